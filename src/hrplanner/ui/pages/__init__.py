"""The pages of the main window, in navigation order. A page module adds its class to PAGE_MODULES
by name, so the main window stays thin and knows no page in particular."""

from __future__ import annotations

import importlib

#: "module:Class" of every page; the main window builds them in their ``order``.
PAGE_CLASSES: list[str] = [
    "hrplanner.ui.pages.overview:OverviewPage",
    "hrplanner.ui.pages.register_figures:FiguresPage",
    "hrplanner.ui.pages.register_organisations:OrganisationsPage",
    "hrplanner.ui.pages.register_occupations:OccupationsPage",
    "hrplanner.ui.pages.projection:ProjectionPage",
    "hrplanner.ui.pages.scenarios:ScenariosPage",
    "hrplanner.ui.pages.coordination:CoordinationPage",
    "hrplanner.ui.pages.audit:AuditPage",
    "hrplanner.ui.pages.shared_figures:SharedFiguresPage",
]


def load_page_class(spec: str) -> type:
    """The page class named by a "module:Class" spec (importing its module)."""
    module_name, class_name = spec.split(":")
    return getattr(importlib.import_module(module_name), class_name)


def load_page_classes() -> list[type]:
    return sorted((load_page_class(spec) for spec in PAGE_CLASSES), key=lambda c: c.order)
