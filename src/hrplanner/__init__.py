"""hrplanner: regional workforce planning for youth care."""

__version__ = "0.1.0"
APP_NAME = "hrplanner"
ORGANISATION_NAME = "hrplanner"
REGISTER_SUFFIX = ".hrplan"
