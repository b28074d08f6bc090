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
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-image", "xcb-keysyms", "xcb-render-util",
                 "xkbcommon-x11", "xcb-xkb", "EGL", "fontconfig")


def missing_xcb_libraries() -> list[str]:
    """Shared libraries Qt's xcb platform plugin needs that this Linux machine lacks."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and not os.environ.get("DISPLAY") and os.environ.get("WAYLAND_DISPLAY"):
        return []
    import ctypes.util

    return [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]


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
