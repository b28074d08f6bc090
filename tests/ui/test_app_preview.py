"""The app's start from a preview: the overview painted from the register read with sqlite3 alone, the
session that replaces it, and the figures held back until the round's publication says which may be
shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from hrplanner.services.locking import lock_path
from hrplanner.ui import workers
from hrplanner.ui.context import AppContext
from hrplanner.ui.pages.overview import OverviewPage
from hrplanner.ui.pages.overview_figures import PENDING
from hrplanner.ui.safe_open import Preview, open_preview, open_register


def test_a_register_at_the_current_schema_is_previewed_without_a_lock(demo_path):
    preview = open_preview(demo_path)
    assert isinstance(preview, Preview)
    assert preview.read_only and not preview.on_server
    assert not lock_path(demo_path).exists()  # reading takes no lock and writes nothing beside it
    assert [r.reference_date.isoformat() for r in preview.rounds()] == ["2024-12-31", "2025-12-31"]
    preview.close()


def test_no_preview_of_what_is_not_a_register(tmp_path):
    text = tmp_path / "notes.hrplan"
    text.write_text("not a database", encoding="utf-8")
    assert open_preview(text) is None
    assert open_preview(tmp_path / "missing.hrplan") is None


def test_the_session_replaces_the_preview_and_keeps_the_round_chosen_meanwhile(qapp, demo_path):
    context = AppContext()
    context.set_register(open_preview(demo_path))
    assert context.is_preview and context.session is None
    first = context.register.rounds()[0].reference_date
    context.set_round(first)  # the user picks the older round before the session is there
    announced = []
    context.register_changed.connect(lambda _r: announced.append(context.replaced_preview))
    session = open_register(demo_path)
    try:
        context.set_register(session)
        assert announced == [True] and not context.replaced_preview
        assert not context.is_preview and context.session is session
        assert context.current_round == first
        assert lock_path(demo_path).exists()  # the session is the writer
    finally:
        context.set_register(None)
    assert not lock_path(demo_path).exists()


def _held_tasks(monkeypatch) -> list:
    pending: list = []
    monkeypatch.setattr(workers, "_launch", lambda task, synchronous: pending.append(task))
    return pending


def _held_page(qtbot, monkeypatch) -> tuple[AppContext, OverviewPage, list]:  # noqa: ANN001
    """An overview without a register, its background tasks held (not run)."""
    pending = _held_tasks(monkeypatch)
    context = AppContext()
    page = OverviewPage(context)
    qtbot.addWidget(page)
    return context, page, pending


def test_figures_are_pending_until_the_publication_arrives(qtbot, demo_path, monkeypatch):
    """Before the publication no figure is shown (it might be one the publication hides): every cell
    and card shows the pending mark; the publication's figures follow, with x where it hides them."""
    context, page, pending = _held_page(qtbot, monkeypatch)
    session = open_register(demo_path)
    try:
        context.set_register(session)
        model = page.model
        region = model.rowCount() - 1
        assert model.rowCount() == len(session.register.occupations()) + 1
        assert {model.index(row, col).data() for row in range(model.rowCount())
                for col in range(1, model.columnCount())} == {PENDING}
        assert {card.value.text() for card in page.cards} == {PENDING}
        publication = next(t for t in pending if t.name == "overview publication")
        publication.execute()
        persons = sum(s.persons for s in session.register.round_data(session.register.round()).staffing)
        assert model.index(region, 1).data() == f"{persons // 1000}.{persons % 1000:03d}"
        shown = [model.index(row, 1).data() for row in range(region)]
        assert PENDING not in shown and "x" in shown  # the demo hides small occupations
    finally:
        context.set_register(None)


def _nothing_at_hand(monkeypatch) -> None:  # noqa: ANN001
    """No publication made in this process or kept on disk (made ones are not kept either)."""
    from hrplanner.domain.disclosure import publication as pub
    from hrplanner.services.publication_store import PublicationFiles

    monkeypatch.setattr(pub, "_made", {})
    monkeypatch.setattr(PublicationFiles, "load", lambda self, digest: None)
    monkeypatch.setattr(PublicationFiles, "save", lambda self, digest, record: None)


def test_the_preview_starts_no_background_work_until_the_session_is_there(qtbot, demo_path, monkeypatch):
    _nothing_at_hand(monkeypatch)
    context, page, pending = _held_page(qtbot, monkeypatch)
    context.set_register(open_preview(demo_path))
    summary = page.summary
    assert summary is not None and pending == []  # the figures were read; nothing else started
    session = open_register(demo_path)
    try:
        context.set_register(session)
        assert page.summary is summary  # the same file: the preview's figures are kept
        assert "overview publication" in [t.name for t in pending]
    finally:
        context.set_register(None)


def _published_tasks(pending: list) -> list:
    return [t for t in pending if t.name == "overview publication"]


def _shown_region_persons(page: OverviewPage) -> str:
    model = page.model
    return model.index(model.rowCount() - 1, 1).data()


def _painted_on_the_preview(qtbot, demo_path, monkeypatch) -> tuple[AppContext, OverviewPage, list]:  # noqa: ANN001
    """An overview painted from the preview of ``demo_path``, its background tasks held (not run)."""
    context, page, pending = _held_page(qtbot, monkeypatch)
    context.set_register(open_preview(demo_path))
    assert pending == []  # nothing before the first paint
    with qtbot.waitSignal(page.first_painted, timeout=10_000):
        page.show()
    return context, page, pending


def _kept_as_an_earlier_start_left_them(demo_path, monkeypatch) -> tuple[int, int]:  # noqa: ANN001
    """Both rounds' publications kept on disk and none in this process's memory; the region's persons
    of the latest round and of the one before."""
    from hrplanner.domain.disclosure import publication as pub
    from hrplanner.services.publication import round_publication
    from hrplanner.ui import settings

    monkeypatch.setattr(pub, "_made", {})  # made (and kept) now, or read from where they are kept
    reader = open_preview(demo_path)
    for made in reader.rounds():
        round_publication(reader, made.reference_date, settings.disclosure_rules())
    persons = [sum(s.persons for s in reader.round_data(r).staffing) for r in (reader.round(), reader.rounds()[0])]
    reader.close()
    monkeypatch.setattr(pub, "_made", {})
    return persons[0], persons[1]


def test_a_small_kept_publication_is_in_the_first_paint(qtbot, demo_path, monkeypatch):
    """A small kept publication (the demo's: about half a megabyte) is read and its proof checked
    before the first paint, which has the figures; the previous round's publication (the changes)
    follows that paint, then the session."""
    persons, before = _kept_as_an_earlier_start_left_them(demo_path, monkeypatch)
    context, page, pending = _held_page(qtbot, monkeypatch)
    signals: list[str] = []
    page.figures_shown.connect(lambda: signals.append("figures"))
    page.first_painted.connect(lambda: signals.append("painted"))
    context.set_register(open_preview(demo_path))
    assert _shown_region_persons(page) == f"{persons // 1000}.{persons % 1000:03d}"  # before any paint
    persons_card = next(card for card in page.cards if card.column.name == "persons")
    assert persons_card.change.text() == PENDING and pending == [] and signals == []
    opened: list[bool] = []
    with qtbot.waitSignal(page.first_painted, timeout=10_000):
        page.show()
    assert signals == ["figures", "painted"] and _published_tasks(pending) == []
    page.after_preview_publication(lambda: opened.append(True))
    previous, = [t for t in pending if t.name == "overview previous publication"]
    assert opened == []  # the session waits for the previous round's publication
    previous.execute()
    assert opened == [True] and persons_card.change.text().endswith(f"{persons - before:+d}")
    context.set_register(None)


def test_another_round_chosen_before_the_first_paint_reads_its_own_publication_after_it(
        qtbot, demo_path, monkeypatch):
    """The latest round's small publication was read before the first paint; the round changes before
    that paint to one whose kept file is larger than the limit: its figures are pending in the first
    paint and its own publication is read right after (not the changes of the round it replaced)."""
    from hrplanner.ui.pages import overview

    _kept_as_an_earlier_start_left_them(demo_path, monkeypatch)
    context, page, pending = _held_page(qtbot, monkeypatch)
    context.set_register(open_preview(demo_path))
    assert _shown_region_persons(page) != PENDING  # the latest round's, read at once
    monkeypatch.setattr(overview, "FIRST_PAINT_BYTES", 1000)
    first = context.register.rounds()[0].reference_date
    context.set_round(first)
    page.refresh()  # as the page does when it is shown
    assert page.summary.reference_date == first and _shown_region_persons(page) == PENDING
    with qtbot.waitSignal(page.first_painted, timeout=10_000):
        page.show()
    task, = _published_tasks(pending)
    assert [t.name for t in pending if t.name == "overview previous publication"] == []
    task.execute()
    assert _shown_region_persons(page) != PENDING
    context.set_register(None)


def test_a_large_kept_publication_is_read_after_the_first_paint(qtbot, demo_path, monkeypatch):
    """A kept file larger than FIRST_PAINT_BYTES is not read before the first paint (nothing logged);
    the figures are pending in it and follow from the background."""
    from hrplanner.ui.pages import overview

    persons, _before = _kept_as_an_earlier_start_left_them(demo_path, monkeypatch)
    monkeypatch.setattr(overview, "FIRST_PAINT_BYTES", 1000)
    context, page, pending = _painted_on_the_preview(qtbot, demo_path, monkeypatch)
    assert _shown_region_persons(page) == PENDING
    task, = _published_tasks(pending)
    task.execute()
    assert _shown_region_persons(page) == f"{persons // 1000}.{persons % 1000:03d}"
    context.set_register(None)


def test_a_publication_at_hand_is_shown_from_the_preview_before_the_session(qtbot, demo_path, monkeypatch):
    """A large publication kept from an earlier start is checked against the preview itself once the
    window is painted: its figures come before the session, which opens after them and makes nothing
    again."""
    from hrplanner.ui.pages import overview

    persons, before = _kept_as_an_earlier_start_left_them(demo_path, monkeypatch)
    monkeypatch.setattr(overview, "FIRST_PAINT_BYTES", 1000)  # read after the first paint
    context, page, pending = _painted_on_the_preview(qtbot, demo_path, monkeypatch)
    assert _shown_region_persons(page) == PENDING
    opened: list[bool] = []
    page.after_preview_publication(lambda: opened.append(True))
    assert opened == []  # the session waits for the figures at hand
    task, = _published_tasks(pending)
    task.execute()  # the round's own publication: its figures, the changes pending
    assert opened == [] and context.is_preview  # the session waits for the previous round's too
    assert _shown_region_persons(page) == f"{persons // 1000}.{persons % 1000:03d}"
    shown = [page.model.index(row, 1).data() for row in range(page.model.rowCount() - 1)]
    assert PENDING not in shown and "x" in shown  # the demo hides small occupations
    persons_card = next(card for card in page.cards if card.column.name == "persons")
    assert persons_card.change.text() == PENDING
    previous, = [t for t in pending if t.name == "overview previous publication"]
    previous.execute()
    assert opened == [True] and context.is_preview
    assert persons_card.change.text().endswith(f"{persons - before:+d}")  # the demo's region is shown both rounds
    session = open_register(demo_path)
    try:
        context.set_register(session)
        assert _published_tasks(pending) == [task]  # the preview's publication stands
        assert "overview shortages" in [t.name for t in pending]
        assert _shown_region_persons(page) == f"{persons // 1000}.{persons % 1000:03d}"
    finally:
        context.set_register(None)


def test_a_publication_still_to_be_made_waits_for_the_session(qtbot, demo_path, monkeypatch):
    """Nothing kept: the preview makes nothing (the figures stay pending) and the session opens at
    once; its publication task makes it."""
    from hrplanner.domain.disclosure import publication as pub
    from hrplanner.services.publication_store import PublicationFiles

    monkeypatch.setattr(pub, "_made", {})
    monkeypatch.setattr(PublicationFiles, "load", lambda self, digest: None)
    monkeypatch.setattr(PublicationFiles, "save", lambda self, digest, record: None)
    context, page, pending = _painted_on_the_preview(qtbot, demo_path, monkeypatch)
    first, = _published_tasks(pending)
    opened: list[bool] = []
    page.after_preview_publication(lambda: opened.append(True))
    first.execute()  # finds nothing at hand, quickly
    assert opened == [True] and pub._made == {}
    assert _shown_region_persons(page) == PENDING
    session = open_register(demo_path)
    try:
        context.set_register(session)
        assert len(_published_tasks(pending)) == 2  # the session's makes it
    finally:
        context.set_register(None)


def test_a_session_that_comes_while_the_preview_finds_nothing_kept_makes_the_publication(
        qtbot, demo_path, monkeypatch):
    from hrplanner.domain.disclosure import publication as pub
    from hrplanner.services.publication_store import PublicationFiles

    monkeypatch.setattr(pub, "_made", {})
    monkeypatch.setattr(PublicationFiles, "load", lambda self, digest: None)
    context, page, pending = _painted_on_the_preview(qtbot, demo_path, monkeypatch)
    first, = _published_tasks(pending)
    session = open_register(demo_path)
    try:
        context.set_register(session)  # while the preview's task still runs: it is left to finish
        assert _published_tasks(pending) == [first]
        first.execute()  # nothing kept: the session's publication is started now
        assert len(_published_tasks(pending)) == 2
        assert _shown_region_persons(page) == PENDING
    finally:
        context.set_register(None)


def test_the_changes_follow_the_figures_and_show_x_without_the_previous_round_s_publication(
        qtbot, demo_path, monkeypatch):
    """The round's figures come first with their changes pending; the previous round's publication
    brings the changes, and without one (no safe publication of that round) every change shows x."""
    from hrplanner.services import publication as shared
    from hrplanner.services.errors import ServiceError

    context, page, pending = _held_page(qtbot, monkeypatch)
    session = open_register(demo_path)
    try:
        context.set_register(session)
        first, latest = [r.reference_date for r in session.register.rounds()]
        persons_card = next(card for card in page.cards if card.column.name == "persons")
        changes: list[bool] = []
        page.changes_shown.connect(lambda: changes.append(True))
        now, = _published_tasks(pending)
        now.execute()
        assert persons_card.value.text() != PENDING and persons_card.change.text() == PENDING
        assert f"{PENDING} ({PENDING})" in page.model.index(page.model.rowCount() - 1, 1).data(
            Qt.ItemDataRole.ToolTipRole)  # the previous value in the tooltip pending too
        previous, = [t for t in pending if t.name == "overview previous publication"]
        previous.execute()
        persons = [sum(s.persons for s in session.register.round_data(session.register.round(day)).staffing)
                   for day in (first, latest)]
        assert persons_card.change.text().endswith(f"{persons[1] - persons[0]:+d}") and changes == [True]
        assert f"{PENDING} ({PENDING})" not in page.model.index(page.model.rowCount() - 1, 1).data(
            Qt.ItemDataRole.ToolTipRole)  # the tooltip's previous value is there too
        # the same round again, now without a publication of the previous round
        real = shared.round_publication

        def refused(register, round_date=None, rules=None, progress=None):  # noqa: ANN001, ANN202
            if round_date == first:
                raise ServiceError("no safe publication")
            return real(register, round_date, rules, progress)

        monkeypatch.setattr(shared, "round_publication", refused)
        pending.clear()
        page._show(page.summary)
        _published_tasks(pending)[0].execute()
        [t for t in pending if t.name == "overview previous publication"][0].execute()
        assert persons_card.change.text() == "x" and persons_card.value.text() not in (PENDING, "x")
        assert changes == [True, True]
    finally:
        context.set_register(None)


def test_changes_not_at_hand_for_the_preview_are_made_by_the_session(qtbot, demo_path, monkeypatch):
    """The round's publication is kept, the previous round's not: its changes stay pending on the
    preview and the session makes that publication, also when it came while the preview looked."""
    from hrplanner.domain.disclosure import publication as pub
    from hrplanner.services.publication import round_publication
    from hrplanner.ui import settings

    reader = open_preview(demo_path)
    _first, latest = [r.reference_date for r in reader.rounds()]
    kept_now = round_publication(reader, latest, settings.disclosure_rules())
    reader.close()
    monkeypatch.setattr(pub, "_made", {})

    def at_hand(register, round_date=None, rules=None, read_at_most=None):  # noqa: ANN001, ANN202
        return kept_now if round_date == latest else None  # only the latest round's

    monkeypatch.setattr("hrplanner.services.publication.kept_round_publication", at_hand)
    context, page, pending = _painted_on_the_preview(qtbot, demo_path, monkeypatch)
    assert _published_tasks(pending) == []  # the round's own was at hand before the first paint
    persons_card = next(card for card in page.cards if card.column.name == "persons")
    assert persons_card.value.text() != PENDING and persons_card.change.text() == PENDING
    looking, = [t for t in pending if t.name == "overview previous publication"]
    session = open_register(demo_path)
    try:
        context.set_register(session)  # while the preview still looks for the previous round's
        looking.execute()  # none at hand: the session's task makes it
        making = [t for t in pending if t.name == "overview previous publication"]
        assert len(making) == 2 and persons_card.change.text() == PENDING
        making[1].execute()
        assert persons_card.change.text() not in (PENDING, "x")
    finally:
        context.set_register(None)


PROBE = r"""
import os, sys
os.environ["HRPLANNER_BENCH_EXIT_ON_SHOWN"] = "1"
import hrplanner.ui.app as app
markers = app._bench_markers
def probe(overview, started, with_session):
    loaded = lambda: sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "numpy", "scipy", "pyqtgraph")
                            if m in sys.modules)
    overview.first_painted.connect(lambda: print("loaded-at-first-paint", *loaded(), flush=True))
    return markers(overview, started, with_session)
app._bench_markers = probe
sys.exit(app.run_app(sys.argv[1:]))
"""


def test_nothing_heavy_is_loaded_before_the_first_paint(tmp_path, demo_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HRPLANNER_DATA_DIR=str(tmp_path / "data"),
               HRPLANNER_SETTINGS_DIR=str(tmp_path / "settings"))
    result = subprocess.run([sys.executable, "-c", PROBE, str(demo_path)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-800:]
    lines = result.stdout.splitlines()
    assert "loaded-at-first-paint" in lines  # nothing after the word: none of them was loaded
    names = [line.split()[0] for line in lines]
    assert names.index("loaded-at-first-paint") < names.index("hrplanner-session") < names.index("hrplanner-figures")
    assert "hrplanner-charts" in names
    assert str(Path(demo_path).resolve()) in (tmp_path / "settings" / "hrplanner.ini").read_text(encoding="utf-8")
