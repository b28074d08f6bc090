"""Exceptions of the projection engine.

Every rejected parameter names its key, the offending value and the rule it breaks, so that the
message can be shown to an analyst unchanged (MODEL.md 3 and 4.4: "a rejected entry names the
field, the value and the rule, and changes nothing").

An error has the shape of a validation :class:`~hrplanner.domain.validation.Issue`: ``code`` (the kind
of rule, one of :data:`CODES`), ``key`` (the field), ``value`` and ``rule`` (in English, for the command
line). :meth:`ParameterError.issue` gives it as an Issue, so the app shows it in its language as it
shows every validation message (``ui/issues.py``); the domain knows no translation.
"""

from __future__ import annotations

__all__ = ["ParameterError", "ParameterFileError", "Cancelled", "CODES"]

_MISSING = object()

#: The kinds of parameter rule (``ParameterError.code``).
CODES: dict[str, str] = {
    "range": "a value outside its range",
    "whole": "not a whole number",
    "single": "low, middle and high must be equal",
    "boolean": "a yes/no value that is neither",
    "unknown": "a key the projection does not have",
    "value": "not a low/middle/high value",
    "required": "missing",
    "year": "a curve point's year outside its range",
    "order": "a year before the base year or outside the horizon",
    "name": "a group or care type name that is empty, has dots or is taken",
    "sum": "shares that do not sum to 1",
    "file": "a parameter file that cannot be used",
}


class ParameterError(ValueError):
    """A projection parameter breaks a rule.

    ``key`` is the path of the parameter (a flat key such as ``group.women.share`` when raised
    while validating parameters, a TOML path such as ``supply.group[1].share`` when raised while
    reading a parameter file), ``value`` the offending value (absent for a missing key) and
    ``rule`` the rule in words ("must be between 0 and 1", "is required", ...).
    """

    def __init__(self, key: str, rule: str, value: object = _MISSING, *, code: str = "") -> None:
        self.key = key
        self.rule = rule
        self.code = code
        self.value = None if value is _MISSING else value
        self.has_value = value is not _MISSING
        super().__init__(self._message())

    def issue(self, location: str = ""):  # noqa: ANN201 - an Issue (imported late: validation is heavier)
        """The error as a validation issue (field = key), placed at ``location`` (an occupation)."""
        from hrplanner.domain.validation import Issue

        return Issue(self.key, self.value if self.has_value else "", self.rule, location=location,
                     code=f"parameter.{self.code}")

    def _message(self) -> str:
        if self.has_value:
            return f"{self.key} = {_show(self.value)}: {self.rule}"
        return f"{self.key}: {self.rule}"

    def with_key(self, key: str) -> "ParameterError":
        """The same error reported under another key (e.g. the TOML path of a flat key)."""
        if self.has_value:
            return type(self)(key, self.rule, self.value, code=self.code)
        return type(self)(key, self.rule, code=self.code)


class ParameterFileError(ParameterError):
    """A parameter file cannot be used; ``source`` names the file (or ``<string>``)."""

    def __init__(
        self, key: str, rule: str, value: object = _MISSING, *, source: str = "<string>", code: str = "file"
    ) -> None:
        self.source = source
        super().__init__(key, rule, value, code=code)

    def _message(self) -> str:
        return f"{self.source}: {super()._message()}"

    def with_key(self, key: str) -> "ParameterFileError":
        if self.has_value:
            return type(self)(key, self.rule, self.value, source=self.source, code=self.code)
        return type(self)(key, self.rule, source=self.source, code=self.code)


class Cancelled(Exception):
    """A long computation (Monte Carlo) was cancelled through its progress callback."""


def _show(value: object) -> str:
    """A short, readable rendering of an offending value."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
