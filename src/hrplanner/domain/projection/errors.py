"""Exceptions of the projection engine.

Every rejected parameter names its key, the offending value and the rule it breaks, so that the
message can be shown to an analyst unchanged (MODEL.md 3 and 4.4: "a rejected entry names the
field, the value and the rule, and changes nothing").
"""

from __future__ import annotations

__all__ = ["ParameterError", "ParameterFileError", "Cancelled"]

_MISSING = object()


class ParameterError(ValueError):
    """A projection parameter breaks a rule.

    ``key`` is the path of the parameter (a flat key such as ``group.women.share`` when raised
    while validating parameters, a TOML path such as ``supply.group[1].share`` when raised while
    reading a parameter file), ``value`` the offending value (absent for a missing key) and
    ``rule`` the rule in words ("must be between 0 and 1", "is required", ...).
    """

    def __init__(self, key: str, rule: str, value: object = _MISSING) -> None:
        self.key = key
        self.rule = rule
        self.value = None if value is _MISSING else value
        self.has_value = value is not _MISSING
        super().__init__(self._message())

    def _message(self) -> str:
        if self.has_value:
            return f"{self.key} = {_show(self.value)}: {self.rule}"
        return f"{self.key}: {self.rule}"

    def with_key(self, key: str) -> "ParameterError":
        """The same error reported under another key (e.g. the TOML path of a flat key)."""
        if self.has_value:
            return type(self)(key, self.rule, self.value)
        return type(self)(key, self.rule)


class ParameterFileError(ParameterError):
    """A parameter file cannot be used; ``source`` names the file (or ``<string>``)."""

    def __init__(
        self, key: str, rule: str, value: object = _MISSING, *, source: str = "<string>"
    ) -> None:
        self.source = source
        super().__init__(key, rule, value)

    def _message(self) -> str:
        return f"{self.source}: {super()._message()}"

    def with_key(self, key: str) -> "ParameterFileError":
        if self.has_value:
            return type(self)(key, self.rule, self.value, source=self.source)
        return type(self)(key, self.rule, source=self.source)


class Cancelled(Exception):
    """A long computation (Monte Carlo) was cancelled through its progress callback."""


def _show(value: object) -> str:
    """A short, readable rendering of an offending value."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
