"""The user's preferences, each declared once here with its key, type and default.

Why one module: QSettings hands back whatever was stored, typed loosely (an INI file turns a one-item
list into a string and a number into text). Every key is a :class:`Setting`, and :func:`get` converts
what was stored to the declared type, falling back to the default on anything unreadable, so no
caller repeats a default or a conversion. Register data never lives here; only the user's choices.

In tests, ``HRPLANNER_SETTINGS_DIR`` redirects everything to an INI file in that folder (read each
time a QSettings is made, so a test can point it at its own temporary folder).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

import hrplanner

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is stored, what type it has, what it is when never set."""

    key: str
    type: type
    default: T
    minimum: int | None = None
    maximum: int | None = None


#: "nl" or "en"; "" = never chosen (the app then speaks Dutch).
LANGUAGE = Setting("ui/language", str, "")
#: Register files opened recently, newest first.
RECENT_FILES = Setting("files/recent", list, [])
RECENT_FILES_MAX = 8
#: The folder of the last file dialog.
LAST_DIRECTORY = Setting("files/last_directory", str, "")
#: Main window geometry and tool bar/dock state (QByteArray from saveGeometry/saveState).
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
#: The name written to the audit log for changes made in this app ("" = the system's login name).
USER_NAME = Setting("audit/user_name", str, "")
#: Whether the app asked once for that name (it asks at the first start).
USER_NAME_ASKED = Setting("audit/user_name_asked", bool, False)
#: Cells built from fewer persons than this are hidden in anything shared (MODEL.md 5).
SMALL_NUMBER_THRESHOLD = Setting("privacy/small_number_threshold", int, 5, minimum=1, maximum=100)
#: How many backups of a register file to keep.
BACKUP_COUNT = Setting("files/backup_count", int, 10, minimum=0, maximum=100)
#: Draws of the Monte Carlo uncertainty band of a projection.
MONTE_CARLO_DRAWS = Setting("projection/monte_carlo_draws", int, 1000, minimum=100, maximum=100_000)

ALL_SETTINGS: tuple[Setting, ...] = (
    LANGUAGE, RECENT_FILES, LAST_DIRECTORY, WINDOW_GEOMETRY, WINDOW_STATE, USER_NAME, USER_NAME_ASKED,
    SMALL_NUMBER_THRESHOLD, BACKUP_COUNT, MONTE_CARLO_DRAWS,
)


def qsettings() -> QSettings:
    """The app's QSettings: the platform's native store, or an INI file in HRPLANNER_SETTINGS_DIR."""
    folder = os.environ.get("HRPLANNER_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "hrplanner.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                     hrplanner.ORGANISATION_NAME, hrplanner.APP_NAME)


def settings_location() -> str:
    """Where the settings are stored (a file path, or the registry key on Windows)."""
    return qsettings().fileName()


def _convert(setting: Setting[T], raw: Any) -> T:
    kind = setting.type
    if kind is list:
        if raw is None or raw == "":
            return list(setting.default)  # type: ignore[return-value]
        items = raw if isinstance(raw, (list, tuple)) else [raw]
        return [str(item) for item in items if str(item)]  # type: ignore[return-value]
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(setting.default)  # type: ignore[return-value]
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes")  # type: ignore[return-value]
        return bool(raw)  # type: ignore[return-value]
    if kind is int:
        value = int(float(raw))
        if setting.minimum is not None and value < setting.minimum:
            return setting.default
        if setting.maximum is not None and value > setting.maximum:
            return setting.default
        return value  # type: ignore[return-value]
    return kind(raw)


def get(setting: Setting[T]) -> T:
    """The stored value converted to the setting's type, or its default."""
    raw = qsettings().value(setting.key)
    if raw is None:
        return list(setting.default) if setting.type is list else setting.default  # type: ignore[return-value]
    try:
        return _convert(setting, raw)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting[T], value: T) -> None:
    """Store a value (converted to the declared type first, so a bad value fails here, not later)."""
    store = qsettings()
    if setting.type is list:
        store.setValue(setting.key, [str(v) for v in value])  # type: ignore[union-attr]
    else:
        store.setValue(setting.key, _convert(setting, value))
    store.sync()


def reset(setting: Setting | None = None) -> None:
    """Forget one setting, or all of them (``hrplanner --reset-settings``)."""
    store = qsettings()
    if setting is None:
        store.clear()
    else:
        store.remove(setting.key)
    store.sync()


# --- recent files ---------------------------------------------------------------------------------------


def recent_files() -> list[str]:
    return get(RECENT_FILES)[:RECENT_FILES_MAX]


def add_recent_file(path: str | Path) -> list[str]:
    """Put a file first in the recent list (once; at most RECENT_FILES_MAX); returns the new list."""
    text = str(Path(path).resolve())
    files = [text, *(f for f in recent_files() if f != text)][:RECENT_FILES_MAX]
    put(RECENT_FILES, files)
    return files


def remove_recent_file(path: str | Path) -> list[str]:
    text = str(Path(path).resolve())
    files = [f for f in recent_files() if f != text]
    put(RECENT_FILES, files)
    return files


def last_directory() -> str:
    folder = get(LAST_DIRECTORY)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_directory(path: str | Path) -> None:
    path = Path(path)
    put(LAST_DIRECTORY, str(path if path.is_dir() else path.parent))


# --- window geometry ------------------------------------------------------------------------------------


class GeometryMixin:
    """Saves and restores a top-level window's geometry (and a main window's tool bar state).

    Call :meth:`restore_geometry` once before the first show and :meth:`save_geometry` from
    ``closeEvent``. A dialog passes its own key prefix, e.g. ``restore_geometry("dialogs/about")``.
    """

    def restore_geometry(self: QWidget, prefix: str = "window", default_size: tuple[int, int] = (1280, 820)) -> bool:
        geometry = get(Setting(f"{prefix}/geometry", QByteArray, QByteArray()))
        restored = bool(not geometry.isEmpty() and self.restoreGeometry(geometry))
        if not restored:
            self.resize(*default_size)
        fit_on_screen(self)
        if hasattr(self, "restoreState"):
            state = get(Setting(f"{prefix}/state", QByteArray, QByteArray()))
            if not state.isEmpty():
                self.restoreState(state)
        return restored

    def save_geometry(self: QWidget, prefix: str = "window") -> None:
        put(Setting(f"{prefix}/geometry", QByteArray, QByteArray()), self.saveGeometry())
        if hasattr(self, "saveState"):
            put(Setting(f"{prefix}/state", QByteArray, QByteArray()), self.saveState())


def fit_on_screen(window: QWidget) -> None:
    """Shrink (and move) a top-level window so it lies inside the available area of its screen: a
    size saved on a larger screen, or the default size, never makes it grow past a laptop's screen."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width, height = min(window.width(), room.width()), min(window.height(), room.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - width + 1)
    y = min(max(window.y(), room.top()), room.bottom() - height + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


# --- splitters ------------------------------------------------------------------------------------------


def remember_splitter(splitter, name: str) -> None:  # noqa: ANN001 - a QSplitter
    """Restore a splitter's position saved under ``splitters/<name>`` and save it whenever the user
    moves it."""
    setting = Setting(f"splitters/{name}", QByteArray, QByteArray())
    state = get(setting)
    if not state.isEmpty():
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_a: put(setting, splitter.saveState()))


# --- who makes the changes ------------------------------------------------------------------------------


def login_name() -> str:
    """The operating system's user name ("" when the system does not tell)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name available (no USER/LOGNAME, no password entry)
        return ""


def user_name() -> str:
    """The name recorded in the audit log: the one the user gave, else the system's login name."""
    return get(USER_NAME).strip() or login_name()
