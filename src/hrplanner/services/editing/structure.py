"""Structural edits: organisations, occupations and rounds, each checked with the register's rules
(:mod:`hrplanner.domain.validation`) and written in one transaction with an audit entry. The add and
remove pairs (and edits, which return the old values) are what undo needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlmodel import Session, select

from hrplanner.db import repositories as repo
from hrplanner.db.models import Occupation, Organisation, Round
from hrplanner.domain import validation as v
from hrplanner.domain.records import OrganisationRecord
from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.editing.base import EditorBase, raise_errors
from hrplanner.services.editing.cells import MODELS, audit_text
from hrplanner.services.errors import NotFoundError, ServiceError

ORGANISATION_FIELDS = ("name", "kind", "municipality", "active")
OCCUPATION_FIELDS = ("name_nl", "name_en", "level", "register", "registration_required", "training_route",
                     "training_years")


class StructureEdits(EditorBase):
    """Add, edit and remove organisations, occupations and rounds; close and reopen rounds."""

    # --- organisations ----------------------------------------------------------------------------

    def add_organisation(self, name: str, kind: str, municipality: str, active: bool = True) -> Organisation:
        checked = v.check_organisation({"name": name, "kind": kind, "municipality": municipality,
                                        "active": active})
        with self.register.transaction() as session:
            issues = list(checked.issues)
            if checked.ok and repo.organisation_by_name(checked.values["name"], session=session):
                issues.append(Issue("name", name, "an organisation with this name already exists"))
            raise_errors(issues)
            record = OrganisationRecord(**checked.values)  # type: ignore[arg-type]
            row = repo.add_organisation(record, session=session)
            self._audit(session, "add", "organisation", record.name, "", _describe(checked.values))
        return row

    def edit_organisation(self, name: str, changes: Mapping[str, object]) -> dict[str, object]:
        """Change name, kind, municipality or active; returns the old values of the changed fields."""
        _require_known_fields(changes, ORGANISATION_FIELDS, "organisation")
        with self.register.transaction() as session:
            row = _organisation(session, name)
            current = {key: getattr(row, key) for key in ORGANISATION_FIELDS}
            checked = v.check_organisation({**current, **changes})
            issues = list(checked.issues)
            new_name = checked.values["name"]
            if checked.ok and new_name != row.name and repo.organisation_by_name(new_name, session=session):
                issues.append(Issue("name", changes.get("name"), "an organisation with this name already exists"))
            raise_errors(issues)
            old: dict[str, object] = {}
            for key in changes:
                if checked.values[key] != current[key]:
                    old[key] = current[key]
                    setattr(row, key, checked.values[key])
                    self._audit(session, "edit", "organisation", f"{name}/{key}", audit_text(current[key]),
                                audit_text(checked.values[key]))
            session.add(row)
        return old

    def remove_organisation(self, name: str) -> None:
        """Remove an organisation that has no figures in any round (the undo of adding it)."""
        with self.register.transaction() as session:
            row = _organisation(session, name)
            if _has_figures(session, organisation_id=row.id):
                raise ServiceError(f"Organisation {name!r} has figures; deactivate it instead of removing it")
            session.delete(row)
            self._audit(session, "remove", "organisation", name, _describe({"name": name}), "")

    # --- occupations --------------------------------------------------------------------------------

    def add_occupation(self, values: Mapping[str, object]) -> Occupation:
        checked = v.check_occupation(values)
        with self.register.transaction() as session:
            issues = list(checked.issues)
            code = checked.values["code"]
            if checked.ok and repo.occupation_by_code(code, session=session):  # type: ignore[arg-type]
                issues.append(Issue("code", values.get("code"), "an occupation with this code already exists"))
            raise_errors(issues)
            order = max((o.sort_order for o in repo.list_occupations(session=session)), default=-1) + 1
            row = Occupation(**_occupation_columns(checked.values), code=code, sort_order=order)
            repo.add_occupation(row, session=session)
            self._audit(session, "add", "occupation", str(code), "", _describe(checked.values))
        return row

    def edit_occupation(self, code: str, changes: Mapping[str, object]) -> dict[str, object]:
        """Change an occupation's names, level, register or training; the code stays (figures and
        scenarios refer to it). Returns the old values of the changed fields."""
        if "code" in changes and changes["code"] != code:
            raise ValidationError([Issue("code", changes["code"],
                                         "the code of an occupation cannot be changed; add a new occupation")])
        _require_known_fields({k: c for k, c in changes.items() if k != "code"}, OCCUPATION_FIELDS, "occupation")
        with self.register.transaction() as session:
            row = _occupation(session, code)
            current = _occupation_values(row)
            checked = v.check_occupation({**current, **changes, "code": code})
            raise_errors(checked.issues)
            old: dict[str, object] = {}
            for key in changes:
                if key == "code" or checked.values[key] == current[key]:
                    continue
                old[key] = current[key]
                setattr(row, "register_code" if key == "register" else key, checked.values[key])
                self._audit(session, "edit", "occupation", f"{code}/{key}", audit_text(current[key]),
                            audit_text(checked.values[key]))
            session.add(row)
        return old

    def remove_occupation(self, code: str) -> None:
        """Remove an occupation without figures (the undo of adding it)."""
        with self.register.transaction() as session:
            row = _occupation(session, code)
            if _has_figures(session, occupation_id=row.id):
                raise ServiceError(f"Occupation {code!r} has figures and cannot be removed")
            session.delete(row)
            self._audit(session, "remove", "occupation", code, code, "")

    # --- rounds ---------------------------------------------------------------------------------------

    def add_round(self, reference_date: object, label: str = "") -> Round:
        day, issues = v.check_date("reference_date", reference_date)
        issues += v.check_text("label", label, max_length=80, required=False)
        with self.register.transaction() as session:
            if day is not None and repo.round_by_date(day, session=session):
                issues.append(Issue("reference_date", day.isoformat(), "a round with this reference date exists"))
            raise_errors(issues)
            assert day is not None
            row = repo.add_round(day, label.strip() if label else "", session=session)
            self._audit(session, "add", "round", day.isoformat(), "", row.label)
        return row

    def remove_round(self, reference_date: date) -> None:
        """Remove a round without figures (the undo of adding it)."""
        with self.register.transaction() as session:
            row = _round(session, reference_date)
            if _has_figures(session, round_id=row.id):
                raise ServiceError(f"Round {reference_date.isoformat()} has figures and cannot be removed")
            session.delete(row)
            self._audit(session, "remove", "round", reference_date.isoformat(), row.label, "")

    def set_round_closed(self, reference_date: date, closed: bool) -> bool:
        """Close (read-only) or reopen a round; returns whether it was closed before."""
        with self.register.transaction() as session:
            row = _round(session, reference_date)
            was = row.closed
            if was != closed:
                row.closed = closed
                session.add(row)
                self._audit(session, "close" if closed else "reopen", "round", reference_date.isoformat(),
                            "closed" if was else "open", "closed" if closed else "open")
        return was

    def close_round(self, reference_date: date) -> bool:
        return self.set_round_closed(reference_date, True)

    def reopen_round(self, reference_date: date) -> bool:
        return self.set_round_closed(reference_date, False)


# --- helpers ------------------------------------------------------------------------------------------


def _require_known_fields(changes: Mapping[str, object], known: tuple[str, ...], what: str) -> None:
    unknown = [k for k in changes if k not in known]
    if unknown:
        raise ValidationError([Issue("field", k, f"is not a field of an {what}") for k in unknown])


def _organisation(session: Session, name: str) -> Organisation:
    row = repo.organisation_by_name(name, session=session)
    if row is None:
        raise NotFoundError(f"No organisation named {name!r}")
    return row


def _occupation(session: Session, code: str) -> Occupation:
    row = repo.occupation_by_code(code, session=session)
    if row is None:
        raise NotFoundError(f"No occupation with code {code!r}")
    return row


def _round(session: Session, reference_date: date) -> Round:
    row = repo.round_by_date(reference_date, session=session)
    if row is None:
        raise NotFoundError(f"No round with reference date {reference_date.isoformat()}")
    return row


def _has_figures(session: Session, **where: int | None) -> bool:
    for model in MODELS.values():
        conditions = [getattr(model, column) == value for column, value in where.items() if hasattr(model, column)]
        if len(conditions) != len(where):
            continue
        if session.exec(select(model.id).where(*conditions).limit(1)).first() is not None:  # type: ignore[attr-defined]
            return True
    return False


def _occupation_values(row: Occupation) -> dict[str, object]:
    return {"code": row.code, "name_nl": row.name_nl, "name_en": row.name_en, "level": row.level,
            "register": row.register_code, "registration_required": row.registration_required,
            "training_route": row.training_route, "training_years": row.training_years}


def _occupation_columns(values: Mapping[str, object]) -> dict[str, object]:
    return {"name_nl": values["name_nl"], "name_en": values["name_en"], "level": values["level"],
            "register_code": values["register"], "registration_required": values["registration_required"],
            "training_route": values["training_route"], "training_years": values["training_years"]}


def _describe(values: Mapping[str, object]) -> str:
    return ", ".join(f"{k}={audit_text(val)}" for k, val in values.items())
