"""Where hrplanner keeps its files: the per-user data folder (registers, backups, logs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The per-user data folder, the same one Qt's AppDataLocation gives (without importing Qt)."""
    override = os.environ.get("HRPLANNER_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "hrplanner" / "hrplanner"
