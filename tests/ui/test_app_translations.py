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


# --- English plurals ---------------------------------------------------------------------------------------------


def test_english_forms_come_from_the_s_spelling_and_others_wait(bt):
    counted = [bt.Message("Page", "%n cell(s)", numerus=True), bt.Message("Page", "… and %n more", numerus=True),
               bt.Message("Page", "%n item(s)", numerus=True, forms=["%n thing", "%n things"], status="")]
    cell, more, kept = bt.english_forms(counted)
    assert (cell.forms, cell.status) == (["%n cell", "%n cells"], "")
    assert more.status == "unfinished"  # no "(s)": its forms are written by hand, --check says so
    assert kept.forms == ["%n thing", "%n things"]  # a translation made before is kept


def test_the_english_translation_holds_only_the_counted_strings(bt):
    assert bt.EN_QM_FILE.exists() and bt.EN_QM_FILE.stat().st_mtime >= bt.EN_TS_FILE.stat().st_mtime - 1
    english = bt.read_ts(bt.EN_TS_FILE)
    found, _ = bt.extract()
    assert {k for k, m in english.items() if m.status != "vanished"} == {m.key for m in found if m.numerus}
    assert all(m.numerus and len(m.forms) == 2 and all(m.forms) for m in english.values())


@pytest.mark.parametrize("language, one, two", [("en", "A (1 change)", "A (2 changes)"),
                                                ("nl", "A (1 wijziging)", "A (2 wijzigingen)")])
def test_a_scenarios_changes_are_counted_in_words(language, one, two):
    from PySide6.QtCore import QCoreApplication

    from hrplanner.ui.labels import targs
    from hrplanner.ui.language import install_language

    install_language(language)
    assert [targs(QCoreApplication.translate("ScenarioListModel", "%1 (%Ln change(s))", "", n), "A")
            for n in (1, 2)] == [one, two]
    pasted = {"en": ("paste 1 cell", "paste 3 cells"), "nl": ("1 cel plakken", "3 cellen plakken")}[language]
    assert tuple(QCoreApplication.translate("RegisterTable", "paste %n cell(s)", "", n) for n in (1, 3)) == pasted
