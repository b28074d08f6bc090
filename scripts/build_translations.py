"""Update the translation sources from the UI code and compile them:

    .venv/bin/python scripts/build_translations.py           # update hrplanner_nl.ts and _en.ts, build .qm
    .venv/bin/python scripts/build_translations.py --check   # fail when a string lacks its translation

Two translations: Dutch (hrplanner_nl.ts, every string) and English (hrplanner_en.ts, only the counted
strings: Qt shows ``%n`` forms only through a translation, so without one the English app would read
"1 change(s)"). An English source written with "(s)" ("%n cell(s)") gets its two forms ("%n cell",
"%n cells") from that spelling; any other counted string waits, unfinished, for its English forms.

Step 1 finds every translatable string under src/hrplanner/ui (``self.tr("…")``,
``QCoreApplication.translate("Context", "…")``, ``QT_TRANSLATE_NOOP("Context", "…")``,
``QT_TR_NOOP("…")``, and calls of a module's own wrapper such as ``def tr(text): return
QCoreApplication.translate("Context", text)``; a context may be a module constant) and merges them into src/hrplanner/i18n/hrplanner_nl.ts: translations made
before are kept, new strings are added as unfinished, strings no longer in the code are marked
vanished. Step 2 compiles the .ts with ``pyside6-lrelease`` into hrplanner_nl.qm, which the app
loads. Running it twice changes nothing; edit the translations in the .ts (Qt Linguist:
``.venv/bin/pyside6-linguist``) and run it again.

Why not ``pyside6-lupdate`` for step 1: its Python parser (Qt 6.x) puts every ``self.tr`` that
follows a ``QCoreApplication.translate`` call in the same function into a bogus context
"QCoreApplication.self", skips ``self.tr`` inside f-strings and does not see module-level
wrappers, so the app would miss those translations at run time. Python's own parser (ast) sees the code exactly as it runs; the .ts it
writes is the same Linguist format lupdate writes.
"""

from __future__ import annotations

import argparse
import ast
import copy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "src" / "hrplanner" / "ui"
I18N_DIR = ROOT / "src" / "hrplanner" / "i18n"
LANGUAGE = "nl"
TS_FILE = I18N_DIR / f"hrplanner_{LANGUAGE}.ts"
QM_FILE = I18N_DIR / f"hrplanner_{LANGUAGE}.qm"
#: The English translation: the plural forms of the counted strings only.
EN_TS_FILE = I18N_DIR / "hrplanner_en.ts"
EN_QM_FILE = I18N_DIR / "hrplanner_en.qm"
#: The translations built: (language and country of the .ts, .ts, .qm, only the counted strings).
TARGETS = (("nl_NL", TS_FILE, QM_FILE, False), ("en_GB", EN_TS_FILE, EN_QM_FILE, True))


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    status: str = "unfinished"  # "", "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


# --- step 1: find the strings --------------------------------------------------------------------------


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _wrapper_context(node: ast.AST, constants: dict[str, str]) -> str | None:
    """The context of a module's own translate wrapper: ``def tr(text): return
    QCoreApplication.translate("Context", text)`` (or the same as a lambda); None if not one."""
    if isinstance(node, ast.FunctionDef):
        params, bodies = node.args.args, [n.value for n in node.body if isinstance(n, ast.Return)]
    elif isinstance(node, ast.Lambda):
        params, bodies = node.args.args, [node.body]
    else:
        return None
    if not params:
        return None
    for body in bodies:
        if (isinstance(body, ast.Call) and _name(body.func) == "translate" and len(body.args) >= 2
                and isinstance(body.args[1], ast.Name) and body.args[1].id == params[0].arg):
            return _resolve(body.args[0], constants)
    return None


def _resolve(node: ast.AST, constants: dict[str, str]) -> str | None:
    """A string literal, or a module constant holding one."""
    text = _text(node)
    if text is None and isinstance(node, ast.Name):
        text = constants.get(node.id)
    return text


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str, tree: ast.Module):
        self.filename = filename
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.problems: list[str] = []
        self.constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name) and _text(n.value) is not None}
        #: Names of the module's translate wrappers (``tr``, ``_tr``) and their contexts.
        self.wrappers: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                context = _wrapper_context(node, self.constants)
                if context:
                    self.wrappers[node.name] = context
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
                context = _wrapper_context(node.value, self.constants)
                for target in node.targets:
                    if context and isinstance(target, ast.Name):
                        self.wrappers[target.id] = context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str, source: str | None, comment: str | None, numerus: bool, line: int) -> None:
        if source is None:
            return
        if not context:
            self.problems.append(f"{self.filename}:{line}: tr() outside a class: {source!r} has no context")
            return
        self.found.append(Message(context, source, comment or "", numerus, [(self.filename, line)]))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name, args, line = _name(node.func), node.args, node.lineno
        here = self.classes[-1] if self.classes else ""
        optional = lambda i: _text(args[i]) if len(args) > i else None  # noqa: E731
        if isinstance(node.func, ast.Name) and name in self.wrappers and args:
            self._add(self.wrappers[name], _text(args[0]), optional(1), len(args) > 2, line)
        elif name == "tr" and isinstance(node.func, ast.Attribute) and args:
            self._add(here, _text(args[0]), optional(1), len(args) > 2, line)
        elif name == "translate" and len(args) >= 2 and _resolve(args[0], self.constants) is not None:
            self._add(_resolve(args[0], self.constants) or "", _text(args[1]), optional(2), len(args) > 3, line)
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and len(args) >= 2:
            self._add(_resolve(args[0], self.constants) or "", _text(args[1]), optional(2), False, line)
        elif name == "QT_TR_NOOP" and args:
            self._add(here, _text(args[0]), None, False, line)
        self.generic_visit(node)


def extract(source_dir: Path = SOURCE_DIR) -> tuple[list[Message], list[str]]:
    """Every translatable string under ``source_dir``, in file and line order, merged by key."""
    merged: dict[tuple[str, str, str], Message] = {}
    problems: list[str] = []
    for path in sorted(source_dir.rglob("*.py")):
        relative = Path("..") / path.relative_to(source_dir.parent)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        finder = _Finder(relative.as_posix(), tree)
        finder.visit(tree)
        problems.extend(finder.problems)
        for message in finder.found:
            if message.key in merged:
                merged[message.key].locations.extend(message.locations)
                merged[message.key].numerus |= message.numerus
            else:
                merged[message.key] = message
    return list(merged.values()), problems


# --- step 1b: merge with the .ts -----------------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    if not path.exists():
        return {}
    known: dict[tuple[str, str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            message = Message(
                name, node.findtext("source") or "", node.findtext("comment") or "",
                node.get("numerus") == "yes",
                translation=(translation.text or "") if translation is not None and not forms else "",
                forms=forms,
                status=translation.get("type", "") if translation is not None else "unfinished",
            )
            known[message.key] = message
    return known


def merge(found: list[Message], known: dict[tuple[str, str, str], Message]) -> list[Message]:
    """Found strings with their known translations; strings no longer found become vanished."""
    result = []
    for message in found:
        old = known.get(message.key)
        if old is not None:
            message.translation, message.forms = old.translation, old.forms
            done = bool(old.translation or any(old.forms))
            message.status = "" if done and old.status in ("", "vanished", "obsolete") else "unfinished"
        result.append(message)
    seen = {m.key for m in found}
    for key, old in known.items():
        if key not in seen and (old.translation or any(old.forms)):
            old.status = "vanished"
            old.locations = []
            result.append(old)
    return result


def _translation_xml(message: Message) -> str:
    status = f' type="{message.status}"' if message.status else ""
    if message.numerus:
        forms = message.forms or ["", ""]
        inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
        return f"        <translation{status}>{inner}\n        </translation>"
    return f"        <translation{status}>{escape(message.translation)}</translation>"


def english_forms(messages: list[Message]) -> list[Message]:
    """The counted strings for the English translation: an unfinished one written with "(s)" gets its
    singular and plural from that spelling; one translated before keeps its forms."""
    for message in messages:
        if message.numerus and message.status == "unfinished" and "(s)" in message.source:
            message.forms = [message.source.replace("(s)", ""), message.source.replace("(s)", "s")]
            message.status = ""
    return messages


def write_ts(path: Path, messages: list[Message], language: str = f"{LANGUAGE}_NL") -> str:
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in by_context[context]:
            numerus = ' numerus="yes"' if message.numerus else ""
            lines.append(f"    <message{numerus}>")
            for filename, line in message.locations:
                lines.append(f'        <location filename="{escape(filename)}" line="{line}"/>')
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            lines.append(_translation_xml(message))
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    text = "\n".join(lines) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return text


# --- step 2: compile --------------------------------------------------------------------------------------


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this environment")
    return found


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run([lrelease(), "-silent", "-removeidentical", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update the .ts files from the UI code and build the .qm files.")
    parser.add_argument("--check", action="store_true", help="exit 1 when a string has no translation")
    parser.add_argument("--list", action="store_true", help="list the untranslated strings")
    options = parser.parse_args(argv)
    found, problems = extract()
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    missing_any = False
    for language, ts, qm, counted_only in TARGETS:
        wanted = [copy.deepcopy(m) for m in found if m.numerus or not counted_only]
        messages = merge(wanted, read_ts(ts))
        if counted_only:
            messages = english_forms(messages)
        write_ts(ts, messages, language)
        compile_qm(ts, qm)
        current = [m for m in messages if m.status != "vanished"]
        missing = [m for m in current if m.status == "unfinished"]
        missing_any = missing_any or bool(missing)
        print(f"{ts.relative_to(ROOT)}: {len(current)} strings, {len(current) - len(missing)} translated, "
              f"{len(missing)} unfinished; {qm.relative_to(ROOT)} built")
        if options.list or options.check:
            for m in missing:
                print(f"  [{m.context}] {m.source!r}  ({m.locations[0][0]}:{m.locations[0][1]})")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 1 if options.check and missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
