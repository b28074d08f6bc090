"""The one-way layer rule: domain, db, services and the command line never import Qt."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import hrplanner

PACKAGE = Path(hrplanner.__file__).parent
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.as_posix() == "__main__.py":
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in QT_MODULES or name.startswith("hrplanner.ui"):
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_the_checker_sees_a_qt_import(tmp_path):
    # The AST check above must be able to fail: a module importing Qt is reported.
    module = tmp_path / "leak.py"
    module.write_text("from PySide6.QtCore import QObject\nimport pyqtgraph as pg\n")
    assert {"PySide6.QtCore", "pyqtgraph"} <= imported_modules(module)


def test_import_linter_contracts_are_kept():
    executable = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert executable, "import-linter is part of the test extra"
    root = PACKAGE.parent.parent
    result = subprocess.run([executable, "--no-cache"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_command_line_does_not_load_qt():
    code = (
        "import sys, hrplanner.cli as c; c.build_parser(); "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_qt_contract_names_every_module_outside_the_ui():
    # a new top-level module or package (like cli/ and paths.py) must be put under the contract
    import tomllib

    config = tomllib.loads((PACKAGE.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (qt,) = [c for c in contracts if c["name"] == "Only the ui layer imports Qt"]
    top_level = {path.stem for path in PACKAGE.glob("*.py")} | {
        path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    expected = {f"hrplanner.{name}" for name in top_level - {"__init__", "__main__", "ui"}}
    assert expected == set(qt["source_modules"])
    assert {"hrplanner.cli", "hrplanner.paths"} <= expected
