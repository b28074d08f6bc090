"""One writer per register: an app-level lock file beside the register, a read-only view for everyone
else, and a warning for registers on network or removable drives.

The lock file ``<register>.lock`` holds who writes (user, computer, process, since when) as JSON, and
is held with an operating-system lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows)
that the system drops when the process ends, also when it is killed. So a lock file left behind by a
crash is recognised as stale and taken over. A lock file written on *another* computer that is not
locked any more is not taken over silently: network file systems do not always pass locks between
computers, so we cannot tell a crashed session from a running one; the user decides
(:func:`break_lock`).

SQLite's own locking keeps the file consistent with several connections; this lock is about people:
two colleagues editing the same register at once would overwrite each other's figures.
"""

from __future__ import annotations

import errno
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import hrplanner
from hrplanner.db import engine as db
from hrplanner.db.server.address import is_server_url
from hrplanner.services import backups as _backups  # noqa: F401 - rolling backups before migrations
from hrplanner.services.errors import MissingFileError, RegisterFileError, ServiceError
from hrplanner.services.register import Register

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
#: Windows locks byte ranges and keeps others from reading them: lock a byte far beyond the JSON.
_WINDOWS_LOCK_OFFSET = 1 << 30
_HELD_ERRNOS = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK),
                errno.EDEADLK}


class RegisterInUse(ServiceError):
    """Someone else is editing the register; the message names who and since when."""

    def __init__(self, message: str, holder: "LockHolder | None" = None, *, possibly_stale: bool = False):
        super().__init__(message)
        self.holder = holder
        #: True when the holder is on another computer and may have crashed (see break_lock).
        self.possibly_stale = possibly_stale


class LockUnavailable(ServiceError):
    """No lock can be taken at all (e.g. the folder is read-only); the register can only be read."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) a register's writer lock."""

    pid: int
    host: str
    user: str
    started: str  # ISO 8601 with time zone
    app: str = ""

    @classmethod
    def me(cls) -> "LockHolder":
        return cls(os.getpid(), _host(), _user(), datetime.now(timezone.utc).isoformat(timespec="seconds"),
                   f"hrplanner {hrplanner.__version__}")

    @classmethod
    def from_text(cls, text: str) -> "LockHolder | None":
        try:
            data = json.loads(text)
            return cls(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["started"]),
                       str(data.get("app", "")))
        except (ValueError, KeyError, TypeError):
            return None

    def to_text(self) -> str:
        return json.dumps(asdict(self))

    @property
    def since(self) -> str:
        try:
            return datetime.fromisoformat(self.started).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.started

    def describe(self) -> str:
        return f"{self.user} on {self.host} since {self.since} (process {self.pid})"

    @property
    def on_this_host(self) -> bool:
        return self.host.casefold() == _host().casefold()


def _host() -> str:
    try:
        return socket.gethostname() or "this computer"
    except OSError:
        return "this computer"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        return "unknown user"


def lock_path(register_path: Path | str) -> Path:
    return Path(f"{register_path}{LOCK_SUFFIX}")


# --- operating-system locks -----------------------------------------------------------------------------


def _os_lock(fd: int) -> None:
    """Lock ``fd`` without waiting; raises BlockingIOError when someone holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in _HELD_ERRNOS:
                raise BlockingIOError(exc.errno, "locked") from exc
            raise
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_fd(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        chunks.append(chunk)
        if sum(map(len, chunks)) > 64_000:
            break
    return b"".join(chunks).decode("utf-8", "replace").rstrip("\0")


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def read_holder(register_path: Path | str) -> LockHolder | None:
    """Who the lock file names, if there is one (whether or not it is still held)."""
    try:
        return LockHolder.from_text(lock_path(register_path).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


# --- the writer lock ------------------------------------------------------------------------------------


class WriterLock:
    """This process's right to change a register; release it when the register is closed."""

    def __init__(self, register_path: Path, fd: int, holder: LockHolder):
        self.register_path = register_path
        self.path = lock_path(register_path)
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the register free (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":
                _os_unlock(fd)
                os.close(fd)
                self.path.unlink(missing_ok=True)
            else:  # remove it while still holding it: a waiting process then sees a new file
                if _same_file(fd, self.path):
                    self.path.unlink(missing_ok=True)
                os.close(fd)
        except OSError as exc:  # another process just opened it; it will take it over
            log.debug("lock file %s not removed: %s", self.path, exc)

    def __enter__(self) -> "WriterLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock still goes when the object does
        try:
            self.release()
        except Exception:  # noqa: BLE001
            pass


def _in_use_message(register: Path, holder: LockHolder | None) -> str:
    if holder and holder.on_this_host and holder.pid == os.getpid():
        return f"{register.name} is already open for editing in this hrplanner"
    who = holder.describe() if holder else "another hrplanner window (who is unknown)"
    return f"{register.name} is being edited by {who}"


def acquire_writer(register_path: Path | str) -> WriterLock:
    """Take the writer lock of a register, or raise :class:`RegisterInUse` naming who has it.

    A lock left by a process that has ended on this computer is taken over (logged). Raises
    :class:`LockUnavailable` when no lock file can be written (read-only folder).
    """
    register = Path(register_path)
    path = lock_path(register)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise LockUnavailable(
                f"Cannot write the lock file {path.name} beside {register.name} ({exc.strerror or exc})"
            ) from exc
        try:
            try:
                _os_lock(fd)
            except BlockingIOError:
                holder = LockHolder.from_text(_read_fd(fd))
                raise RegisterInUse(_in_use_message(register, holder), holder) from None
            except OSError as exc:  # the file system has no locks: fall back on the file's content
                log.warning("no operating-system lock on %s (%s); relying on the lock file alone", path, exc)
                holder = LockHolder.from_text(_read_fd(fd))
                if holder and (not holder.on_this_host or pid_alive(holder.pid)) and holder.pid != os.getpid():
                    raise RegisterInUse(_in_use_message(register, holder), holder,
                                        possibly_stale=not holder.on_this_host) from None
            if not _same_file(fd, path):  # the previous writer removed it just now: start again
                os.close(fd)
                continue
            previous = LockHolder.from_text(_read_fd(fd))
            if previous is not None and not previous.on_this_host:
                raise RegisterInUse(
                    f"{_in_use_message(register, previous)}, or was until that computer stopped without "
                    f"closing it. If nobody is using it there, remove {path.name} (Open anyway) and open it again",
                    previous, possibly_stale=True)
            if previous is not None:
                log.warning("taking over the stale lock of %s left by %s (process %s)",
                            register, previous.describe(), "still running" if pid_alive(previous.pid) else "ended")
            me = LockHolder.me()
            data = me.to_text().encode("utf-8")
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, data)
            os.fsync(fd)
            return WriterLock(register, fd, me)
        except BaseException:
            try:
                os.close(fd)
            except OSError:
                pass
            raise
    raise RegisterInUse(f"{register.name} is being opened by another process right now; try again")


def break_lock(register_path: Path | str) -> LockHolder | None:
    """Remove a lock file the user says is stale (the "Open anyway" choice); returns whom it named.

    Refuses when the lock is demonstrably held (by a live process with an operating-system lock).
    """
    register = Path(register_path)
    path = lock_path(register)
    if not path.exists():
        return None
    holder = read_holder(register)
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        try:
            _os_lock(fd)
        except BlockingIOError:
            raise RegisterInUse(_in_use_message(register, holder), holder) from None
        except OSError:
            pass
        if sys.platform != "win32":
            path.unlink(missing_ok=True)
    finally:
        os.close(fd)
    if sys.platform == "win32":
        path.unlink(missing_ok=True)
    log.warning("lock of %s removed by the user (it named %s)", register, holder.describe() if holder else "nobody")
    return holder


# --- opening ----------------------------------------------------------------------------------------------


def open_for_reading(register_path: Path | str, *, any_schema: bool = False) -> Register:
    """Open a register read-only: no lock, no migration, no change to the file.

    With ``any_schema`` an older schema is read as it is (for ``check`` and ``audit``); otherwise it
    must be at the current schema.
    """
    if is_server_url(register_path):  # a server register: the server's roles decide what is read
        return Register.open(register_path, read_only=True)
    path = Path(register_path)
    if not any_schema:
        return Register.open(path, read_only=True)
    db._check_is_sqlite(path)
    revision = db.read_revision(path)
    if revision is None:
        raise db.NotARegisterError(f"{path} is an empty SQLite database, not an hrplanner register")
    if revision not in db.known_revisions():
        raise db.NewerSchemaError(
            f"{path.name} was written by a newer version of hrplanner (schema {revision!r}); "
            f"this is version {hrplanner.__version__}. Update hrplanner to open it; the file was not changed."
        )
    return Register(db.OpenedRegister(path, db.make_engine(path, read_only=True), read_only=True))


def open_for_editing(register_path: Path | str) -> tuple[Register, WriterLock | None, str | None]:
    """Open a register to edit it, or read-only when someone else is editing it.

    Returns ``(register, lock, read_only_reason)``: the lock is None and the reason a message for the
    user when the register was opened read-only. Release the lock after closing the register.
    Raises the usual :class:`RegisterFileError` for a missing, foreign or newer file.
    """
    if is_server_url(register_path):  # no file lock: the server keeps concurrent edits apart
        return Register.open(register_path), None, None
    path = Path(register_path)
    if not path.exists():
        raise MissingFileError(f"Register file not found: {path}")
    db._check_is_sqlite(path)
    try:
        if not os.access(path, os.W_OK):
            raise LockUnavailable(f"{path.name} is write-protected")
        lock = acquire_writer(path)
    except RegisterInUse as busy:
        why, reason = busy, f"{busy}. It is opened read-only; you can make changes once it is closed there."
    except LockUnavailable as unavailable:
        why, reason = unavailable, f"{unavailable}. It is opened read-only."
    else:
        try:
            return Register.open(path), lock, None
        except BaseException:
            lock.release()
            raise
    try:
        return open_for_reading(path), None, reason
    except RegisterFileError as exc:
        raise RegisterFileError(f"{why}, and it cannot be shown read-only: {exc}") from exc


# --- where the file lives ---------------------------------------------------------------------------------

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
