"""Files as they really are: the one place that reads, creates and replaces files safely.

Registers, lock files, backups and workbooks live in shared folders that other people (and other
programs) can put anything into: a symbolic link where a lock file should be, a FIFO or a link to
``/dev/zero`` where a workbook should be, a full disk, a read-only folder. Every module that touches
a file goes through these helpers:

- :func:`require_regular` refuses a path that is not a regular file (without following a link that
  the program chose itself, such as a lock file or a backup);
- :func:`create_exclusive` creates a new file that did not exist (``O_CREAT | O_EXCL | O_NOFOLLOW``);
- :func:`atomic_output` is the one atomic-write helper: the caller writes a temporary file beside the
  target (created exclusively), which is flushed and renamed over the target only when everything
  worked, so the target is either the complete new file or what it was before;
- :func:`read_regular` reads a file the user named with a size bound, refusing FIFOs and devices
  without ever blocking on them;
- :func:`remove_leftovers` removes the temporary files of a run that was killed.

Every failure raises :class:`FileProblem`, whose message names the file and the cause in one line.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: Suffixes of the temporary files this module creates: ``.NAME.partial-PID``; the restore uses
#: ``.NAME.restoring-PID`` the same way.
PARTIAL = "partial"
LEFTOVER_KINDS = (PARTIAL, "restoring")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class FileProblem(Exception):
    """A file cannot be read or written safely; the message names the file and the cause."""


def cause(exc: OSError) -> str:
    """The operating system's reason in words ("No space left on device")."""
    if exc.errno == errno.ENOSPC:
        return "No space left on device (the disk is full)"
    if exc.errno == errno.EROFS:
        return "Read-only file system (the disk or folder is read-only)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "Permission denied"
    if exc.errno == getattr(errno, "EDQUOT", -1):
        return "the disk quota is exceeded"
    return exc.strerror or str(exc)


def kind_of(mode: int) -> str:
    """What a file mode is, in words."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def require_regular(path: Path | str, what: str = "file", *, follow: bool = False, single_link: bool = False,
                    missing_ok: bool = True) -> os.stat_result | None:
    """Check that ``path`` is a regular file (or absent when ``missing_ok``); returns its status.

    ``follow`` False (for files the program named itself) refuses a symbolic link; True (for a file
    the user named) follows it and judges what it points to. ``single_link`` refuses a file with
    other hard links (a lock file that is another name for the register).
    """
    path = Path(path)
    try:
        status = os.stat(path) if follow else os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):  # absent (a file where a folder should be: absent too)
        if missing_ok:
            return None
        raise FileProblem(f"{what} {path} does not exist") from None
    except OSError as exc:
        raise FileProblem(f"Cannot read {what} {path}: {cause(exc)}") from exc
    if not stat.S_ISREG(status.st_mode):
        raise FileProblem(f"{what} {path} is {kind_of(status.st_mode)}, not a regular file; "
                          "remove it or choose another name")
    if single_link and status.st_nlink > 1:
        raise FileProblem(f"{what} {path} has {status.st_nlink} names (a hard link to another file); "
                          "remove it")
    return status


def create_exclusive(path: Path | str, mode: int = 0o644) -> int:
    """Create a new file for reading and writing and return its descriptor; never follows a link and
    never opens a file that exists (raises FileExistsError then)."""
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY, mode)


def open_existing_nofollow(path: Path | str) -> int:
    """Open an existing file for reading and writing without following a link; refuses anything but a
    regular file with one name (descriptor returned; checked on the open file, not just the name)."""
    fd = os.open(path, os.O_RDWR | _NOFOLLOW | _NONBLOCK | _CLOEXEC | _BINARY)
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise FileProblem(f"{path} is {kind_of(status.st_mode)}, not a regular file")
        if status.st_nlink > 1:
            raise FileProblem(f"{path} has {status.st_nlink} names (a hard link to another file)")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return fd
    except BaseException:
        os.close(fd)
        raise


def _megabytes(count: int) -> str:
    return f"{count // (1 << 20)} MB" if count % (1 << 20) == 0 else f"{count / 1e6:.1f} MB"


def read_regular(path: Path | str, max_bytes: int, label: str | None = None, *, follow: bool = True) -> bytes:
    """The bytes of a regular file the user named, at most ``max_bytes`` of them.

    A FIFO, a device (``/dev/zero``), a folder or a socket is refused without blocking: the file is
    opened non-blocking and judged by the open descriptor, and never more than ``max_bytes + 1``
    bytes are read. Messages start with ``label`` (default: the path). ``follow`` False (a file the
    program named itself) refuses a symbolic link instead of following it.
    """
    path = Path(path)
    label = str(path) if label is None else label
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY | (0 if follow else _NOFOLLOW))
    except FileNotFoundError:
        raise FileProblem(f"{label}: file not found") from None
    except IsADirectoryError:
        raise FileProblem(f"{label}: is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            raise FileProblem(f"{label}: is a symbolic link; refused") from None
        raise FileProblem(f"{label}: cannot be read ({cause(exc)})") from exc
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise FileProblem(f"{label}: is {kind_of(status.st_mode)}, not a regular file; refused")
        if status.st_size > max_bytes:
            raise FileProblem(f"{label}: the file is {status.st_size / 1e6:.1f} MB; at most "
                              f"{_megabytes(max_bytes)} is accepted")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise FileProblem(f"{label}: the file grew beyond {_megabytes(max_bytes)} while it was read; "
                              f"at most {_megabytes(max_bytes)} is accepted")
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem(f"{label}: cannot be read ({cause(exc)})") from exc
    finally:
        os.close(fd)


def partial_path(target: Path) -> Path:
    """The temporary name of ``target`` while it is being written."""
    return target.with_name(f".{target.name}.{PARTIAL}-{os.getpid()}")


def fsync_file(path: Path | str) -> None:
    """Flush a file's content to the disk (the file is opened without following a link)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path | str) -> None:
    """Flush a folder's entries (a rename) to the disk; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_output(target: Path | str, what: str = "file", *, overwrite: bool = True) -> Iterator[Path]:
    """Write ``target`` atomically: yields a new, empty temporary path beside it to write to.

    When the block ends without an error the temporary file is flushed to disk and renamed over the
    target in one step; on any error it is removed and the target is as it was. The target must be a
    regular file or absent (a link is refused, not followed; ``overwrite`` False refuses an existing
    file). Operating-system errors become one :class:`FileProblem` naming the file and the cause.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(f"The folder {folder} does not exist")
    status = require_regular(target, what)
    if status is not None and not overwrite:
        raise FileProblem(f"{target} already exists")
    partial = partial_path(target)
    try:
        partial.unlink(missing_ok=True)  # ours, from a run of this process id that was killed
        os.close(create_exclusive(partial))
    except FileExistsError:
        raise FileProblem(f"Cannot write {what} {target}: {partial.name} is in the way") from None
    except OSError as exc:
        raise FileProblem(f"Cannot write {what} {target}: {cause(exc)}") from exc
    try:
        yield partial
        require_regular(partial, what, missing_ok=False)
        fsync_file(partial)
        require_regular(target, what)  # nobody put a link there meanwhile (a link would be replaced anyway)
        os.replace(partial, target)
        fsync_dir(folder)
    except OSError as exc:
        raise FileProblem(f"Cannot write {what} {target}: {cause(exc)}") from exc
    finally:
        for leftover in (partial, *(Path(f"{partial}{x}") for x in ("-wal", "-shm", "-journal"))):
            try:
                if os.path.lexists(leftover):
                    os.unlink(leftover)
            except OSError:
                pass


def write_atomic(target: Path | str, data: bytes | Iterable[bytes], what: str = "file", *,
                 overwrite: bool = True) -> Path:
    """Write ``data`` to ``target`` through :func:`atomic_output`; returns the target. ``data``: the
    bytes, or pieces of them written one after the other (a large file that is never whole in
    memory); an error while the pieces are made leaves the target as it was, like any other."""
    with atomic_output(target, what, overwrite=overwrite) as partial:
        fd = os.open(partial, os.O_WRONLY | os.O_TRUNC | _NOFOLLOW | _CLOEXEC | _BINARY)
        try:
            for piece in (data,) if isinstance(data, (bytes, bytearray, memoryview)) else data:
                view = memoryview(piece)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
        finally:
            os.close(fd)
    return Path(target)


def workbook_bytes(workbook) -> bytes:  # noqa: ANN001 - an openpyxl Workbook
    """An openpyxl workbook saved into memory (so that a full disk can never leave a half zip file or
    an "Exception ignored" message from a zip file closed late); write it with :func:`write_atomic`."""
    import io

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<kind>" + "|".join(LEFTOVER_KINDS) + r")-(?P<pid>\d+)"
                       r"(?:-wal|-shm|-journal)?$")


def remove_leftovers(target: Path | str, pid_alive=None) -> list[Path]:  # noqa: ANN001
    """Remove the temporary files of ``target`` left by runs that were killed (their process has ended).

    Only regular files named ``.NAME.partial-PID`` or ``.NAME.restoring-PID`` for this very ``NAME``
    are touched, never a link's target. Returns what was removed.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if not match or match["name"] != target.name:
            continue
        pid = int(match["pid"])
        if pid == os.getpid() or (pid_alive is not None and pid_alive(pid)):
            continue
        try:
            if entry.is_symlink() or entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
