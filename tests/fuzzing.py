"""Hypothesis settings for the whole test run: a seeded profile in CI, and how many examples the long
fuzz runs (marked ``slow``) draw.

* ``CI=true`` (set by CI services, and by ``.ci/run``) loads the "ci" profile: derandomized (the
  examples are a fixed function of each test, so a CI failure reproduces on any machine), no example
  database, no deadline. Otherwise the "dev" profile: random examples, so local runs keep exploring.
* The fuzz tests of each entry point (the command line, the Excel import, parameter files) draw
  :data:`FUZZ_EXAMPLES` examples each: 1,000 in CI, 200 in a local run (a lighter default for the
  same ``pytest`` command), or ``HRPLANNER_FUZZ_EXAMPLES=N`` for a deeper run. They carry the ``slow``
  marker: ``pytest -m "not slow"`` leaves them out for a quick local round; plain ``pytest`` (the
  README's command, which CI runs) includes them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from hypothesis import HealthCheck, settings

CI_EXAMPLES = 1000
LOCAL_EXAMPLES = 200


def in_ci(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def fuzz_examples(environ: Mapping[str, str] = os.environ) -> int:
    """Examples per fuzz test: HRPLANNER_FUZZ_EXAMPLES, else 1,000 in CI and 200 locally."""
    explicit = environ.get("HRPLANNER_FUZZ_EXAMPLES", "").strip()
    if explicit:
        return max(1, int(explicit))
    return CI_EXAMPLES if in_ci(environ) else LOCAL_EXAMPLES


settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if in_ci() else "dev")

FUZZ_EXAMPLES = fuzz_examples()

#: The settings of every long fuzz run (combine with ``@pytest.mark.slow``).
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
