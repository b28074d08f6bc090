"""Where a register lives: a local disk, a network drive or a removable drive, and the warning for the
last two (SQLite's locking, and ours, cannot be trusted between computers there)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

#: File systems on which SQLite's (and our) locking cannot be trusted between computers.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs", "lustre",
    "gfs2", "ocfs2", "davfs", "webdav", "sshfs", "afpfs", "beegfs", "gpfs", "orangefs",
})
#: FUSE file systems that are local (others are treated as network ones).
LOCAL_FUSE = frozenset({"fuse.portal", "fuse.lxcfs", "fuse.encfs", "fuse.gocryptfs", "fuse.cryfs",
                        "fuse.mergerfs", "fuse.bindfs", "fuse.squashfuse", "fuseblk"})
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")


@dataclass(frozen=True)
class Storage:
    """Where a file lives: ``kind`` is "local", "network" or "removable"; ``detail`` says why."""

    kind: str
    detail: str = ""


def _unescape_mount(text: str) -> str:
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def linux_storage(path: Path, mounts: str) -> Storage:
    """Classify ``path`` with the text of /proc/mounts."""
    target = path.as_posix()
    best: tuple[str, str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, fstype = _unescape_mount(parts[0]), _unescape_mount(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[1])):
            best = (device, point, fstype)
    if best is None:
        return Storage("local")
    device, point, fstype = best
    base = fstype.split(".", 1)[1] if fstype.startswith("fuse.") else fstype
    if fstype in NETWORK_FILE_SYSTEMS or base in NETWORK_FILE_SYSTEMS or device.startswith("//"):
        return Storage("network", f"{fstype} at {point}")
    if (fstype == "fuse" or fstype.startswith("fuse.")) and fstype not in LOCAL_FUSE:
        return Storage("network", f"{fstype} at {point}")
    if any((point + "/").startswith(root) for root in REMOVABLE_MOUNT_ROOTS):
        return Storage("removable", f"{fstype} at {point}")
    return Storage("local")


def windows_storage(path: Path) -> Storage:  # pragma: no cover - exercised on Windows only
    import ctypes

    text = str(path)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return Storage("network", "a network share")
    buffer = ctypes.create_unicode_buffer(1024)
    if not ctypes.windll.kernel32.GetVolumePathNameW(text, buffer, len(buffer)):  # type: ignore[attr-defined]
        return Storage("local")
    kind = ctypes.windll.kernel32.GetDriveTypeW(buffer.value)  # type: ignore[attr-defined]
    if kind == 4:  # DRIVE_REMOTE
        return Storage("network", f"network drive {buffer.value}")
    if kind == 2:  # DRIVE_REMOVABLE
        return Storage("removable", f"removable drive {buffer.value}")
    return Storage("local")


def storage_of(register_path: Path | str, *, platform: str | None = None, mounts: str | None = None) -> Storage:
    """Whether a file lives on a local disk, a network drive or a removable drive."""
    platform = platform or sys.platform
    try:
        path = Path(register_path).resolve()
    except OSError:
        path = Path(os.path.abspath(register_path))
    try:
        if platform.startswith("linux"):
            if mounts is None:
                mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            return linux_storage(path, mounts)
        if platform == "darwin":
            parts = path.parts
            if len(parts) > 2 and parts[1] == "Volumes":
                return Storage("removable", f"volume /Volumes/{parts[2]}")
            return Storage("local")
        if platform == "win32":
            return windows_storage(path)
    except OSError:
        pass
    return Storage("local")


def storage_warning(register_path: Path | str, **kwargs: object) -> str | None:
    """A warning for a register on a network or removable drive, or None on a local disk."""
    storage = storage_of(register_path, **kwargs)  # type: ignore[arg-type]
    if storage.kind == "local":
        return None
    where = "a network drive" if storage.kind == "network" else "a removable or external drive"
    return (f"{Path(register_path).name} is on {where} ({storage.detail}). SQLite's locking is unreliable "
            "there; copy the file to a local disk to work on it, and copy it back when you are done.")
