"""scripts/build_translations.py: finds every way the UI marks a string, keeps translations, is
idempotent."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_translations.py"

SAMPLE = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
CONTEXT = "Wrapped"
HEADER = QT_TRANSLATE_NOOP("Headers", "Persons")

def tr(text, disambiguation=None, n=-1):
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)

class Page:
    def title(self):
        QCoreApplication.translate("Other", "first")
        label = f"{self.tr('in an f-string')}"
        return self.tr("Overview")

def note():
    return tr("%n row(s)", None, 3)
'''


@pytest.fixture(scope="module")
def bt():
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_translations"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("build_translations", None)


def test_extractor_finds_every_pattern_with_the_right_context(bt, tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "page.py").write_text(SAMPLE, encoding="utf-8")
    found, problems = bt.extract(tmp_path / "ui")
    keys = {(m.context, m.source, m.numerus) for m in found}
    assert keys == {("Headers", "Persons", False), ("Other", "first", False),
                    ("Page", "in an f-string", False), ("Page", "Overview", False),
                    ("Wrapped", "%n row(s)", True)}
    assert problems == []


def test_merge_keeps_translations_and_marks_vanished_strings(bt, tmp_path):
    ts = tmp_path / "x.ts"
    old = [bt.Message("Page", "Overview", translation="Overzicht", status=""),
           bt.Message("Page", "Gone", translation="Weg", status="")]
    bt.write_ts(ts, old)
    found = [bt.Message("Page", "Overview", locations=[("../ui/page.py", 3)]),
             bt.Message("Page", "New", locations=[("../ui/page.py", 4)])]
    merged = {m.source: m for m in bt.merge(found, bt.read_ts(ts))}
    assert (merged["Overview"].translation, merged["Overview"].status) == ("Overzicht", "")
    assert merged["New"].status == "unfinished"
    assert merged["Gone"].status == "vanished"
    first = bt.write_ts(ts, list(merged.values()))
    again = bt.write_ts(ts, bt.merge(found, bt.read_ts(ts)))
    assert first == again  # running twice changes nothing


def test_the_shipped_translation_is_compiled(bt):
    assert bt.QM_FILE.exists() and bt.QM_FILE.stat().st_size > 1000
    assert bt.QM_FILE.stat().st_mtime >= bt.TS_FILE.stat().st_mtime - 1
