"""Who may change a register, and how it is opened, in three modules:

- :mod:`.lock`: the writer lock (one writer per register, a hostile-safe lock file beside it);
- :mod:`.opening`: the opening policy (read-only in memory, or as the one writer under the lock,
  with migration, integrity check and clean-up), returning a :class:`RegisterSession`;
- :mod:`.storage`: where the file lives (local, network or removable drive) and the warning.

The names below are the services' door to all three.
"""

from hrplanner.services.locking.lock import (
    LockHolder,
    LockUnavailable,
    RegisterInUse,
    UnsafeLockFile,
    WriterLock,
    acquire_writer,
    break_lock,
    lock_path,
    pid_alive,
    read_holder,
)
from hrplanner.services.locking.opening import (
    RegisterSession,
    open_for_editing,
    open_for_reading,
    open_for_writing,
)
from hrplanner.services.locking.storage import Storage, storage_of, storage_warning

__all__ = [
    "LockHolder", "LockUnavailable", "RegisterInUse", "UnsafeLockFile", "WriterLock", "acquire_writer",
    "break_lock", "lock_path", "pid_alive", "read_holder", "RegisterSession", "open_for_editing",
    "open_for_reading", "open_for_writing", "Storage", "storage_of", "storage_warning",
]
