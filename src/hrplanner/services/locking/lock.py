"""The writer lock: one writer per register, through an app-level lock file beside the register.

The lock file ``<register>.lock`` holds who writes (user, computer, process, since when) as JSON, and
is held with an operating-system lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows)
that the system drops when the process ends, also when it is killed. So a lock file left behind by a
crash is recognised as stale and taken over. A lock file written on *another* computer that is not
locked any more is not taken over silently: network file systems do not always pass locks between
computers, so we cannot tell a crashed session from a running one; the user decides
(:func:`break_lock`).

SQLite's own locking keeps the file consistent with several connections; this lock is about people:
two colleagues editing the same register at once would overwrite each other's figures.

The lock file sits in a folder others can write to, so it is handled as hostile: it is created
exclusively (``O_CREAT | O_EXCL | O_NOFOLLOW``), an existing one is opened without following a link
and must be a regular file with one name that looks like a lock file, or the lock is refused with a
message naming the problem. The lock is never written through a link into another file.
"""

from __future__ import annotations

import errno
import getpass
import json
import logging
import os
import socket
import stat
import sys
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import hrplanner
from hrplanner import files
from hrplanner.services.errors import ServiceError

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


class UnsafeLockFile(LockUnavailable):
    """The lock path is not a plain lock file (a link, a folder, a FIFO, another file): refused."""


#: A lock file holds a short JSON text; anything longer is not ours.
MAX_LOCK_BYTES = 4096


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
        mine, there = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def read_holder(register_path: Path | str) -> LockHolder | None:
    """Who the lock file names, if there is one (whether or not it is still held)."""
    path = lock_path(register_path)
    try:
        if files.require_regular(path, "lock file") is None:
            return None
        data = files.read_regular(path, MAX_LOCK_BYTES)
    except (OSError, files.FileProblem):
        return None
    return LockHolder.from_text(data.decode("utf-8", "replace"))


def _unsafe(register: Path, path: Path, what: str) -> UnsafeLockFile:
    return UnsafeLockFile(f"The lock file {path} of {register.name} is {what}; hrplanner does not write "
                          f"through it. Remove {path.name} (after checking nobody edits {register.name}) "
                          "and try again")


def _open_lock_file(register: Path, path: Path) -> tuple[int | None, bool]:
    """Create the lock file exclusively, or open the existing one safely: (descriptor, created), the
    descriptor None when the file vanished meanwhile."""
    try:
        return files.create_exclusive(path), True
    except FileExistsError:
        pass
    except OSError as exc:
        raise LockUnavailable(f"Cannot write the lock file {path.name} beside {register.name} "
                              f"({files.cause(exc)})") from exc
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None, False
    except OSError as exc:
        raise LockUnavailable(f"Cannot read the lock file {path.name} ({files.cause(exc)})") from exc
    if not stat.S_ISREG(status.st_mode):
        raise _unsafe(register, path, files.kind_of(status.st_mode) + ", not a regular file")
    if status.st_nlink > 1:
        raise _unsafe(register, path, f"a file with {status.st_nlink} names (a hard link to another file)")
    if status.st_size > MAX_LOCK_BYTES:
        raise _unsafe(register, path, f"{status.st_size:,} bytes long, not an hrplanner lock file")
    try:
        fd = files.open_existing_nofollow(path)
    except FileNotFoundError:
        return None, False
    except files.FileProblem as exc:
        raise _unsafe(register, path, str(exc).removeprefix(f"{path} is ")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _unsafe(register, path, "a symbolic link") from None
        raise LockUnavailable(f"Cannot write the lock file {path.name} beside {register.name} "
                              f"({files.cause(exc)})") from exc
    text = _read_fd(fd).strip()
    if text and (not text.startswith("{") or (text.endswith("}") and LockHolder.from_text(text) is None)):
        os.close(fd)
        raise _unsafe(register, path, "not an hrplanner lock file (it holds something else)")
    return fd, False


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
        fd, created = _open_lock_file(register, path)
        if fd is None:
            continue
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
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                os.ftruncate(fd, 0)
                os.write(fd, data)
                os.fsync(fd)
            except OSError as exc:
                raise LockUnavailable(f"Cannot write the lock file {path.name} beside {register.name} "
                                      f"({files.cause(exc)})") from exc
            return WriterLock(register, fd, me)
        except BaseException:
            try:
                if created and _same_file(fd, path):  # ours, and never written: it goes again
                    path.unlink()
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
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(status.st_mode) or (stat.S_ISREG(status.st_mode) and status.st_nlink > 1):
        path.unlink()  # the user asked to remove it: the name goes, never what it points to
        log.warning("lock path %s of %s (%s) removed by the user", path, register, files.kind_of(status.st_mode))
        return None
    if not stat.S_ISREG(status.st_mode):
        raise _unsafe(register, path, files.kind_of(status.st_mode))
    holder = read_holder(register)
    try:
        fd = files.open_existing_nofollow(path)
    except FileNotFoundError:
        return None
    except (OSError, files.FileProblem) as exc:
        raise LockUnavailable(f"Cannot remove the lock file {path.name}: {exc}") from exc
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
