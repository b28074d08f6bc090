"""Logging to a rotating file in the user's data folder, shared by the app and the command line."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from hrplanner.paths import data_dir


def log_file() -> Path:
    return data_dir() / "logs" / "hrplanner.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to the log file (created on demand); returns its path."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_hrplanner", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._hrplanner = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
