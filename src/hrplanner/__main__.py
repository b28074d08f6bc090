"""Start-up: ``hrplanner`` starts the app; ``hrplanner COMMAND ...`` runs a headless command.

The GUI is imported only when it is needed, so the command line starts fast and runs without a
display. On Linux, a missing Qt xcb library is reported with the one apt-get line that installs it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 "
    "libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libegl1 libgl1 "
    "libfontconfig1 libdbus-1-3"
)
#: The shared libraries Qt's xcb platform plugin is linked against (libqxcb.so), by their names in the
#: message and the file names the dynamic loader finds them by.
XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor.so.0", "xcb-icccm": "libxcb-icccm.so.4",
                 "xcb-image": "libxcb-image.so.0", "xcb-keysyms": "libxcb-keysyms.so.1",
                 "xcb-render-util": "libxcb-render-util.so.0", "xkbcommon-x11": "libxkbcommon-x11.so.0",
                 "xcb-xkb": "libxcb-xkb.so.1", "EGL": "libEGL.so.1", "fontconfig": "libfontconfig.so.1"}


def missing_xcb_libraries() -> list[str]:
    """Shared libraries Qt's xcb platform plugin needs that this Linux machine lacks.

    Each is loaded by the file name the plugin asks for: a millisecond, where looking them up by name
    (``ctypes.util.find_library``) runs ``ldconfig`` once per library, 35-40 ms of every start on an X11
    desktop. The plugin loads them right after anyway, so they stay loaded."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and not os.environ.get("DISPLAY") and os.environ.get("WAYLAND_DISPLAY"):
        return []
    return [name for name, file_name in XCB_LIBRARIES.items() if not _loads(file_name)]


def _loads(file_name: str) -> bool:
    """Whether the dynamic loader finds and loads the shared library ``file_name``."""
    import ctypes

    try:
        ctypes.CDLL(file_name)
    except OSError:
        return False
    return True


def mistyped_command(argv: Sequence[str]) -> str | None:
    """The message for a first argument that looks like a command but is neither a command nor a file
    (``hrplanner sumary ...``), or None. A file to open has a suffix, a folder in it, or exists."""
    if not argv or argv[0].startswith("-"):
        return None
    first = argv[0]
    if os.path.lexists(first) or "/" in first or os.sep in first or "." in first:
        return None
    from hrplanner.cli import command_names

    names = command_names()
    if first in names:
        return None
    import difflib

    close = difflib.get_close_matches(first.lower(), sorted(names), n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else f" (commands: {', '.join(sorted(names))})"
    return f"hrplanner: unknown command '{first}'{hint} (see hrplanner --help)"


def is_gui_invocation(argv: Sequence[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    if first in INFO_OPTIONS:
        return False
    if first.startswith("-"):
        return first in ("--lang", "--reset-settings") or first.startswith("--lang=")
    if first.endswith(".hrplan"):  # a register to open: no need to load every command
        return True
    from hrplanner.cli import command_names

    return first not in command_names()


#: Options that only print (the version, the list of commands): no log file, no command module.
INFO_OPTIONS = ("--version", "-h", "--help")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in INFO_OPTIONS:
        from hrplanner.cli import run

        return run(args)
    from hrplanner.logs import setup_logging

    setup_logging()
    mistyped = mistyped_command(args)
    if mistyped:
        print(mistyped, file=sys.stderr)
        return 2
    if not is_gui_invocation(args):
        from hrplanner.cli import run

        return run(args)
    missing = missing_xcb_libraries()
    if missing:
        print(
            "hrplanner: the app needs Qt's X11 libraries, which are missing on this machine "
            f"({', '.join(missing)}). Install them with:\n"
            f"  sudo apt-get install -y {XCB_PACKAGES}",
            file=sys.stderr,
        )
        return 2
    from hrplanner.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
