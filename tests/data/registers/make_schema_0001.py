"""Build ``schema_0001.hrplan``: a small register at the first schema (Alembic revision 0001), as an
hrplanner 0.1 file before the scenarios and audit tables existed. The migration tests open a copy and
expect it upgraded with these figures intact (test_migrations.py repeats the numbers it needs).

Run from the repository root: ``.venv/bin/python tests/data/registers/make_schema_0001.py``.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from hrplanner.db.engine import make_engine, upgrade

TARGET = Path(__file__).with_name("schema_0001.hrplan")

OCCUPATIONS = [  # id, code, name_nl, name_en, level, register_code, registration_required, route, years, order
    (1, "PM", "Pedagogisch medewerker", "Pedagogical worker", "MBO", "none", 0, "MBO-4 SPW", 3.0, 0),
    (2, "JGP", "Jeugd- en gezinsprofessional", "Youth and family professional", "HBO", "SKJ", 1, "HBO SPH", 4.0, 1),
    (3, "GZ", "GZ-psycholoog", "Health-care psychologist", "post-master", "BIG", 1, "GZ-opleiding", 2.0, 2),
]
ORGANISATIONS = [  # id, name, kind, municipality, active
    (1, "De Linde Jeugdzorg", "provider", "Enschede", 1),
    (2, "Wijkteam Hengelo", "access_team", "Hengelo", 1),
]
ROUNDS = [(1, "2023-12-31", "peildatum 2023", 1), (2, "2024-12-31", "peildatum 2024", 0)]
STAFFING = [  # org, occ, round, age band, sex, persons, fte
    (1, 1, 1, "25-34", "women", 10, 8.0), (1, 1, 1, "55-59", "men", 2, 1.6),
    (1, 2, 1, "35-44", "women", 6, 5.1), (2, 2, 1, "25-34", "women", 4, 3.2),
    (1, 1, 2, "25-34", "women", 11, 8.8), (1, 1, 2, "55-59", "men", 2, 1.5),
    (1, 2, 2, "35-44", "women", 7, 5.9), (1, 3, 2, "45-54", "unknown", 1, 0.8),
    (2, 2, 2, "25-34", "women", 5, 4.0),
]
ESTABLISHMENT = [  # org, occ, round, budgeted fte, open positions, open fte, open 3+ months
    (1, 1, 1, 10.6, 1, 1.0, 0), (1, 2, 1, 6.1, 1, 1.0, 1), (2, 2, 1, 3.2, 0, 0.0, 0),
    (1, 1, 2, 11.3, 1, 1.0, 1), (1, 2, 2, 6.9, 1, 1.0, 0), (1, 3, 2, 1.8, 1, 1.0, 1), (2, 2, 2, 4.8, 1, 0.8, 0),
]
FLOWS = [  # org, occ, round, direction, category, persons
    (1, 1, 2, "in", "education", 2), (1, 1, 2, "out", "retirement", 1),
    (1, 2, 2, "in", "region", 1), (2, 2, 2, "in", "other_sector", 1),
]
TRAINING = [(1, 1, 2, "mbo_bbl", 3, 2, 4, 2)]  # org, occ, round, route, in training, intake, places, supervisors
SICKNESS = [(1, 1, 6.5), (2, 1, 4.0), (1, 2, 7.25), (2, 2, 3.5)]  # org, round, percentage
META = [("region", "Twente (migratietest)"), ("fictitious", "1"), ("app_version", "0.0.9"),
        ("schema_version", "1"), ("created_by", "hrplanner 0.0.9")]


def build(target: Path = TARGET) -> Path:
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    upgrade(engine, "0001")
    engine.dispose()
    conn = sqlite3.connect(target)
    with conn:
        conn.executemany("INSERT INTO occupation VALUES (?,?,?,?,?,?,?,?,?,?)", OCCUPATIONS)
        conn.executemany("INSERT INTO organisation VALUES (?,?,?,?,?)", ORGANISATIONS)
        conn.executemany("INSERT INTO round VALUES (?,?,?,?)", ROUNDS)
        conn.executemany("INSERT INTO staffing (organisation_id, occupation_id, round_id, age_band, sex, persons, fte)"
                         " VALUES (?,?,?,?,?,?,?)", STAFFING)
        conn.executemany("INSERT INTO establishment (organisation_id, occupation_id, round_id, budgeted_fte,"
                         " open_positions, open_fte, open_long) VALUES (?,?,?,?,?,?,?)", ESTABLISHMENT)
        conn.executemany("INSERT INTO flow (organisation_id, occupation_id, round_id, direction, category, persons)"
                         " VALUES (?,?,?,?,?,?)", FLOWS)
        conn.executemany("INSERT INTO training (organisation_id, occupation_id, round_id, route, in_training,"
                         " planned_intake, places, supervisors) VALUES (?,?,?,?,?,?,?,?)", TRAINING)
        conn.executemany("INSERT INTO sickness (organisation_id, round_id, percentage) VALUES (?,?,?)", SICKNESS)
        conn.executemany("INSERT INTO register_meta VALUES (?,?)", META)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{target}{suffix}").exists(), f"{target}{suffix} left behind"
    return target


if __name__ == "__main__":
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")
