"""The optimiser's choice of further hidden figures in a large region (domain.disclosure.secondary):
the figure next to an unprotected one tried first, and the checks that reuse the moves they found.
A large region (at least ``MANY_ORGANISATIONS``) would make these tests take minutes, so the demo
region stands in for one with the threshold lowered; what comes out is attacked as in
tests/unit/test_disclosure.py (the independent attack of tests/unit/attack.py)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrplanner.domain.demo import generate_demo
from hrplanner.domain.disclosure import Rules, publish
from hrplanner.domain.disclosure import publication as publication_module
from hrplanner.domain.disclosure import secondary
from hrplanner.domain.disclosure.primary import primary
from hrplanner.domain.disclosure.publication import linked_tables
from tests.unit.test_disclosure import assert_safe, regions_with_flows


def demo_with_groups():  # noqa: ANN201
    demo = generate_demo(2025)
    data = max(demo.rounds, key=lambda r: r.reference_date)
    groups: dict[str, list[str]] = defaultdict(list)
    for organisation in demo.organisations:
        groups[organisation.kind].append(organisation.name)
    return data, {k: v for k, v in groups.items() if len(v) >= 3}


def large_region_choice(monkeypatch, calls: list | None = None) -> None:  # noqa: ANN001
    """Every block counts as one of a large region; publications are made afresh (none from earlier
    tests of this process). ``calls``: the figures each next-figure try hid (None: none of them did)."""
    monkeypatch.setattr(secondary, "MANY_ORGANISATIONS", 1)
    monkeypatch.setattr(publication_module, "_made", {})
    if calls is not None:
        single_hide = secondary._single_hide

        def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            found = single_hide(*args, **kwargs)
            calls.append(found)
            return found

        monkeypatch.setattr(secondary, "_single_hide", spy)


def test_the_demo_chosen_as_a_large_region_survives_the_attack(monkeypatch):
    calls: list = []
    large_region_choice(monkeypatch, calls)
    data, groups = demo_with_groups()
    rules = Rules()
    publication = publish(data, rules, groups=groups)
    assert_safe(data, publication, rules, groups)
    # the figures next to unprotected ones did the work, and where none of them did, the program did
    assert any(found is not None for found in calls)
    assert any(found is None for found in calls)


def test_the_next_figure_costs_no_more_persons_than_the_program_where_the_program_chose_one(monkeypatch):
    """Where the program hides a single figure of the unprotected one's row or totals, among those
    tried, trying them smallest first finds a figure of no more persons (it tries that one too)."""
    data, groups = demo_with_groups()
    tables, _, _ = linked_tables(data, (), True, groups)
    rules = Rules()
    compared = 0
    for block in tables.blocks.values():
        fixed = primary(block, rules)
        check = secondary._Check(block, [])
        neighbours = secondary._Neighbours(block)
        hidden = set(fixed)
        for p in sorted(fixed, key=lambda k: -block.value(k)):
            up = secondary.levels(block.value(p), rules.threshold)[1]
            if check.protected(hidden, p, up):
                continue
            chosen = secondary._choose(block, hidden, {p: (0, up)}, rules.threshold, free_cost=hidden)
            new = chosen - hidden
            tried = [k for k in neighbours.of(p) if k not in hidden][:secondary.SINGLE_TRIES]
            if len(new) == 1 and new <= set(tried):
                fresh = secondary._Check(block, [])
                single = secondary._single_hide(hidden, p, up, fresh, neighbours.of(p), set())
                assert single is not None
                assert block.value(single) <= block.value(next(iter(new)))
                compared += 1
            hidden = chosen
    assert compared > 0


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(regions_with_flows(), st.sampled_from([3, 5]))
def test_random_regions_chosen_as_large_regions_survive_the_attack(monkeypatch, region, threshold):
    large_region_choice(monkeypatch)
    data, groups = region
    rules = Rules(threshold=threshold)
    publication = publish(data, rules, groups=groups)
    assert_safe(data, publication, rules, groups)


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_check_answers_as_a_fresh_one_while_the_hidden_figures_grow(random):
    """A check that reuses the moves it found answers every question as a check without them
    (``moved`` cleared before each) as long as the hidden figures only grow."""
    data, groups = demo_with_groups()
    tables, _, _ = linked_tables(data, (), True, groups)
    block = tables.blocks[random.choice(sorted(tables.blocks))]
    positive = [k for k in range(len(block.figures)) if block.value(k) > 0]
    hidden = set(random.sample(positive, len(positive) // 4))
    reusing, fresh = secondary._Check(block, []), secondary._Check(block, [])
    reused = 0
    for _ in range(25):
        hidden |= set(random.sample(positive, 3))
        p = random.choice(sorted(hidden))
        up = random.choice([3, 5, 10])
        reused += bool(reusing.moved[reusing.row_of[p]] >= up)
        fresh.moved[:] = 0.0
        assert reusing.protected(hidden, p, up) == fresh.protected(hidden, p, up)
    assert np.all(reusing.moved >= 0)


def test_making_a_publication_tells_its_progress_and_stops_when_told(monkeypatch):
    """Progress: rising from the choice (the first half) through the attack to 1; never for a
    publication at hand. What the progress raises stops the work, and nothing of it is kept."""
    monkeypatch.setattr(publication_module, "_made", {})
    data, groups = demo_with_groups()
    seen: list[float] = []
    publish(data, Rules(), groups=groups, progress=seen.append)
    assert seen == sorted(seen) and 0 <= seen[0] < 0.5 and seen[-1] == 1.0
    assert any(0 < f < 0.5 for f in seen) and any(0.5 < f < 1 for f in seen)  # both halves report
    again: list[float] = []
    publish(data, Rules(), groups=groups, progress=again.append)  # made in this process: at hand
    assert again == []

    class Stop(Exception):
        pass

    def stop_halfway(fraction: float) -> None:
        if fraction >= 0.5:
            raise Stop

    monkeypatch.setattr(publication_module, "_made", {})
    try:
        publish(data, Rules(), groups=groups, progress=stop_halfway)
    except Stop:
        pass
    else:
        raise AssertionError("the publication went on after its progress raised")
    assert publication_module._made == {}
    made = publish(data, Rules(), groups=groups)  # made afresh, whole
    assert_safe(data, made, Rules(), groups)


def test_a_further_round_reports_the_fraction_reached_again():
    """The choice is the first half (4 figures: a quarter of it a step), the attack the second (2 hidden
    figures); a further round's steps report 1.0 again, so a cancellation still reaches them."""
    seen: list[float] = []
    done = secondary._Done(seen.append, 4)
    done.step(1)
    done.step(3)
    done.attack(2)
    done.step(1)
    done.step(1)
    done.next_round()
    done.step(1)
    done.attack(5)
    done.step(1)
    assert seen == [0.125, 0.5, 0.75, 1.0, 1.0, 1.0]
