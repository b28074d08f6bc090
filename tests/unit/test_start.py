"""Start-up: the GUI or a command, and the one apt-get line when Qt's X11 libraries are missing."""

from __future__ import annotations

import sys

import pytest

from hrplanner import __main__ as start


def test_commands_and_gui_are_told_apart():
    assert start.is_gui_invocation([])
    assert start.is_gui_invocation(["--lang", "en"])
    assert start.is_gui_invocation(["my region.hrplan"])
    assert not start.is_gui_invocation(["summary", "--register", "x.hrplan"])
    assert not start.is_gui_invocation(["--version"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is for Linux only")
def test_missing_xcb_library_prints_the_apt_get_line(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    loaded = []

    def loads(file_name):  # noqa: ANN001, ANN202 - every library there but xcb-cursor
        loaded.append(file_name)
        return file_name != "libxcb-cursor.so.0"

    monkeypatch.setattr(start, "_loads", loads)
    assert start.missing_xcb_libraries() == ["xcb-cursor"]
    assert len(loaded) == len(start.XCB_LIBRARIES)
    started = []
    monkeypatch.setattr("hrplanner.ui.app.run_app", lambda args: started.append(args) or 0)
    assert start.main([]) == 2
    err = capsys.readouterr().err
    assert started == []
    assert "sudo apt-get install -y libxcb-cursor0" in err and "xcb-cursor" in err
    assert "Traceback" not in err and "qt.qpa.plugin" not in err


def test_offscreen_needs_no_x11_libraries(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(start, "_loads", lambda file_name: False)
    assert start.missing_xcb_libraries() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is for Linux only")
def test_a_library_is_found_by_its_file_name_and_a_missing_one_is_not():
    import ctypes.util

    assert start._loads(ctypes.util.find_library("c"))  # the C library's file name ("libc.so.6" on glibc)
    assert not start._loads("libhrplanner-no-such-library.so.0")
