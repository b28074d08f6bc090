"""Random command lines against ``hrplanner.cli.run``: whatever the arguments, the exit code is 0, 1 or 2
and no traceback reaches the user. Commands run for real, in a sandbox folder with a small register,
a parameter file and a template; the demo generator is replaced by a quick copy (it writes the same
kind of register, only bigger and slower)."""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hrplanner import cli
from hrplanner.db import repositories as repo
from hrplanner.domain import reference as ref
from hrplanner.domain.projection import dump_toml
from hrplanner.domain.projection.examples import gz_psycholoog
from hrplanner.domain.records import EstablishmentRecord, FlowRecord, OrganisationRecord, RoundData, StaffingRecord
from hrplanner.services.register import Register, occupation_from_spec

from tests.fuzzing import FUZZ



def _small_register(path: Path) -> None:
    with Register.create(path, region="CLI-fuzz", default_occupations=False) as register:
        with register.transaction() as session:
            for order, code in enumerate(("GZ", "JGP")):
                repo.add_occupation(occupation_from_spec(ref.OCCUPATION_BY_CODE[code], order), session=session)
            for name in ("Alfa", "Beta"):
                repo.add_organisation(OrganisationRecord(name, "provider", "Hengelo"), session=session)
            for day, closed, persons in ((date(2024, 12, 31), True, 9), (date(2025, 12, 31), False, 10)):
                data = RoundData(day, str(day.year), closed)
                data.staffing = [StaffingRecord(o, c, "35-44", "women", persons, persons * 0.8)
                                 for o in ("Alfa", "Beta") for c in ("GZ", "JGP")]
                data.establishment = [EstablishmentRecord("Alfa", "GZ", persons * 0.8 + 0.8, 1, 0.8, 0)]
                data.flows = [FlowRecord("Alfa", "GZ", "in", "region", 2), FlowRecord("Alfa", "GZ", "out", "region", 1)]
                round_ = repo.add_round(day, data.label, session=session, closed=closed)
                repo.insert_figures(data, round_.id, session=session)


class Sandbox:
    """The working folder of the fuzzed commands, put back as it was before each command."""

    FILES = ("reg.hrplan", "old.hrplan", "params.toml", "tpl.xlsx", "notes.txt")

    def __init__(self, folder: Path):
        self.folder = folder
        self.pristine = folder / ".pristine"
        self.pristine.mkdir()
        _small_register(self.pristine / "reg.hrplan")
        shutil.copyfile(Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan",
                        self.pristine / "old.hrplan")
        (self.pristine / "params.toml").write_text(dump_toml(gz_psycholoog()), encoding="utf-8")
        (self.pristine / "notes.txt").write_text("geen register\n", encoding="utf-8")
        from hrplanner.services.excel import write_templates

        with Register.open(self.pristine / "reg.hrplan") as register:
            write_templates(register, date(2025, 12, 31), ["Alfa"], self.pristine / "tpl.xlsx", prefill=True)
        self.clean: list[tuple] | None = None
        self.reset()

    def state(self) -> list[tuple]:
        return sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in self.folder.iterdir())

    def reset(self) -> None:
        """Put the folder back as it was (only when a command changed something: it is cheaper)."""
        if self.clean is not None and self.state() == self.clean:
            return
        for entry in self.folder.iterdir():
            if entry.name == ".pristine":
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        for name in self.FILES:
            shutil.copyfile(self.pristine / name, self.folder / name)
        self.clean = self.state()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    box = Sandbox(tmp_path_factory.mktemp("fuzz-cli"))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(box.folder)

        def quick_demo(path, *, seed=0, overwrite=True, organisations=22, rounds=2):  # noqa: ANN001, ANN202 - write_demo's signature
            shutil.copyfile(box.pristine / "reg.hrplan", path)
            return Register.open(path)

        patch.setattr("hrplanner.services.demo.write_demo", quick_demo)
        yield box


@dataclass(frozen=True)
class Option:
    name: str  # "--register", or "" for a positional argument
    takes_value: bool
    required: bool
    typical: tuple[str, ...] = ()  # values that make sense for it (its choices, a file of the sandbox)


#: Sensible values per option (or positional argument, by its dest), so that half the command lines
#: get past the option checks and run.
TYPICAL = {
    "--register": ("reg.hrplan", "old.hrplan"), "--round": ("2025-12-31", "2024-12-31"),
    "--params": ("params.toml",), "--from": ("reg.hrplan", "old.hrplan", "tpl.xlsx"), "--to": ("copy.hrplan",),
    "--organisation": ("Alfa", "Beta"), "--occupation": ("GZ", "JGP"), "--draws": ("3", "20"),
    "--seed": ("1", "7"), "--explain": ("2030", "2043"), "--keep": ("2", "10"), "--since": ("2025-01-01",),
    "--until": ("2030-12-31",), "--limit": ("5",), "--user": ("anna",), "--entity": ("figures", "register"),
    "--text": ("Alfa",), "--scenario": ("basis",), "--places-per-supervisor": ("2",), "--action": ("import",),
    "--lever": ("retention=1.1", "intake=40", "unmet=2", "speed=1"),
    "files": ("tpl.xlsx",), "out": ("outdir", "out.xlsx"), "path": ("x.hrplan",),
}


def _options() -> dict[str, list[Option]]:
    """Every command's options and positional arguments, read from the parser itself."""
    parser = cli.build_parser()
    found: dict[str, list[Option]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = [Option(a.option_strings[0] if a.option_strings else "", a.nargs != 0,
                                      bool(a.required) or not a.option_strings,
                                      tuple(a.choices or TYPICAL.get(a.option_strings[0] if a.option_strings
                                                                     else a.dest, ())))
                               for a in sub._actions if not isinstance(a, argparse._HelpAction)]
    return found


OPTIONS = _options()
ALL_OPTIONS = sorted({o.name for opts in OPTIONS.values() for o in opts if o.name} | {"--version", "--help", "-h", "--"})
_SAFE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\\\x00"),
                     max_size=12).filter(lambda t: ".." not in t and not t.startswith("~"))
VALUES = st.one_of(
    st.sampled_from([*Sandbox.FILES, "missing.hrplan", "new.hrplan", "out.xlsx", "outdir", "sub", ".", "",
                     "2025-12-31", "2024-12-31", "2031-01-01", "31-12-2025", "2025-02-30", "0", "1", "-1", "3",
                     "2025", "2043", "1e3", "nan", "abc", "99999999999999999999", "Alfa", "Beta", "GZ", "JGP",
                     "women", "table", "json", "csv", "xml", "low", "middle", "high", "staffing", "figures"]),
    _SAFE_TEXT,
)


@st.composite
def command_lines(draw) -> list[str]:
    """Two in three plausible (the command's own options with sensible values), the rest anything."""
    names = sorted(OPTIONS)
    command = draw(st.sampled_from([*names, *names, "--version", "-h"]) if draw(st.integers(0, 9)) else _SAFE_TEXT)
    own = OPTIONS.get(command, [])
    argv = [command]
    plausible = draw(st.integers(0, 2)) > 0
    if plausible:
        for option in own:
            if option.required or draw(st.booleans()):
                argv += [option.name] if option.name else []
                if option.takes_value:
                    typical = option.typical and draw(st.integers(0, 3))
                    argv.append(draw(st.sampled_from(option.typical) if typical else VALUES))
    for _ in range(draw(st.integers(0, 6)) if not plausible else draw(st.integers(0, 5)) // 5):
        kind = draw(st.integers(0, 9))
        if kind < 4 and own:
            argv.append(draw(st.sampled_from([o.name for o in own if o.name] or ["--"])))
        elif kind < 5:
            argv.append(draw(st.sampled_from(ALL_OPTIONS)))
        else:
            argv.append(draw(VALUES))
    return argv


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.run(argv)
        except SystemExit as exited:  # argparse: --help, --version, bad options
            code = exited.code if isinstance(exited.code, int) else (0 if exited.code is None else 2)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.slow
@FUZZ
@given(argv=command_lines())
@example(argv=["restore", "--register", ".", "--from", "reg.hrplan"])  # found by this test: a folder as register
def test_fuzz_command_lines(sandbox, argv):
    sandbox.reset()
    code, _out, err = run_cli(argv)
    assert code in (0, 1, 2), f"exit {code} for {argv}: {err}"
    assert "Traceback" not in err, f"{argv}: {err}"


def test_the_sandbox_commands_work(sandbox):
    """The fixtures are real: commands on them succeed, so the fuzzing reaches past the option checks."""
    sandbox.reset()
    assert run_cli(["summary", "--register", "reg.hrplan"])[0] == 0
    assert run_cli(["check", "--register", "reg.hrplan"])[0] == 0
    assert run_cli(["project", "--params", "params.toml"])[0] == 0
    code, out, _ = run_cli(["import", "--register", "reg.hrplan", "tpl.xlsx", "--dry-run"])
    assert code == 0 and "tpl.xlsx" in out
    assert run_cli(["demo", "x.hrplan"])[0] == 0 and Path("x.hrplan").exists()
    code, _, err = run_cli(["summary", "--register", "missing.hrplan"])
    assert code == 2 and err.count("\n") == 1
