"""The register's own facts (``register_meta``: region name, demo flag, versions) as both ways of
reading a register offer them: :class:`~hrplanner.services.register.Register` and
:class:`~hrplanner.db.reader.RegisterReader` each say how to load the rows, this says what they mean."""

from __future__ import annotations

from pathlib import Path


class RegisterMeta:
    """Mixin: ``meta()`` (loaded once, cached in ``_meta``), ``region`` and ``fictitious``.

    A class using it sets ``path`` and ``_meta = None`` and implements :meth:`_load_meta`; it sets
    ``_meta`` back to None when the rows may have changed.
    """

    path: Path
    _meta: dict[str, str] | None

    def _load_meta(self) -> dict[str, str]:
        raise NotImplementedError

    def meta(self) -> dict[str, str]:
        """Every ``register_meta`` key with its value."""
        if self._meta is None:
            self._meta = self._load_meta()
        return self._meta

    @property
    def region(self) -> str:
        """The region's name (the file's stem when none is recorded)."""
        return self.meta().get("region", self.path.stem)

    @property
    def fictitious(self) -> bool:
        """True for the demo region: every screen and export must say the figures are made up."""
        return self.meta().get("fictitious", "0") == "1"
