"""Publications kept between sessions: the attack's proof (domain.disclosure.proof), checked by
arithmetic, decides whether a kept choice of hidden figures is used again; a damaged, stale or planted
record costs a new publication, never a figure (services.publication_store)."""

from __future__ import annotations

import json
import os
from array import array
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrplanner.domain.disclosure import Rules, publish
from hrplanner.domain.disclosure import publication as pub
from hrplanner.domain.disclosure import secondary
from hrplanner.domain.disclosure.proof import certified
from hrplanner.domain.disclosure.proof import certified as check_proof
from hrplanner.domain.disclosure.proof import Change, Packed, pack, packed_from, packed_record
from hrplanner.domain.disclosure.tables import LinkedTables
from hrplanner.domain.records import RoundData, StaffingRecord
from hrplanner.services import publication_store
from hrplanner.services.publication_store import PublicationFiles
from tests.unit.test_disclosure import assert_safe, regions


def two_by_two() -> LinkedTables:
    """Cells a, b, c, d = 1, 5, 5, 1 with both row totals (a + b, c + d) and both column totals
    (a + c, b + d) shown, every total 6."""
    tables = LinkedTables()
    block = tables.block("t")
    a, b, c, d = (block.base(name, value, name) for name, value in (("a", 1), ("b", 5), ("c", 5), ("d", 1)))
    for key, members in ((("t", "a", None), [a]), (("t", "b", None), [b]), (("t", "c", None), [c]),
                         (("t", "d", None), [d]), (("t", "ab", None), [a, b]), (("t", "cd", None), [c, d]),
                         (("t", "ac", None), [a, c]), (("t", "bd", None), [b, d])):
        block.figure(key, members, False)
    return tables


@pytest.mark.parametrize("arrays", [False, True], ids=["python", "numpy"])
def test_a_proof_is_checked_by_arithmetic(arrays):
    def certified(*args):  # noqa: ANN002, ANN202 - each way of checking
        return check_proof(*args, arrays=arrays)

    tables = two_by_two()
    hidden = {"t": {0, 1, 2, 3}}  # the four cells
    # Another table an attacker cannot tell apart: a = 5, b = 1, c = 1, d = 5 (every total still 6, every
    # cell at least 1). Against the truth (1, 5, 5, 1) each cell moves by |5 - 1| = 4.
    witness = {0: 5, 1: 1, 2: 1, 3: 5}
    proof = {("t", k): [0] for k in range(4)}
    assert certified(tables, hidden, 4, [witness], proof)
    assert not certified(tables, hidden, 5, [witness], proof)  # 4 < 5: not wide enough
    # a witness that changes a shown total (a + b = 7) is no table an attacker could hold to be true
    assert not certified(tables, hidden, 4, [{0: 6, 1: 1, 2: 0, 3: 5}], proof)
    # a witness that takes a hidden cell below 1 (c = 0) is none either: hidden figures are at least 1
    assert not certified(tables, hidden, 4, [{0: 6, 1: 0, 2: 0, 3: 6}], proof)
    assert not certified(tables, hidden, 4, [witness], {("t", k): [0] for k in range(3)})  # d has no proof
    assert not certified(tables, hidden, 4, [witness], {("t", k): [1] for k in range(4)})  # no witness 1
    assert not certified(tables, hidden, 4, [{0: -1}], proof)  # counts are at least 0
    # packed: the same witness after an empty one is as good; its cells out of order or one twice are not
    def packed(starts, cells, counts):  # noqa: ANN001, ANN202
        return Packed(array("q", starts), array("i", cells), array("i", counts))

    second = {("t", k): [1] for k in range(4)}
    assert certified(tables, hidden, 4, packed([0, 0, 4], [0, 1, 2, 3], [5, 1, 1, 5]), second)
    assert not certified(tables, hidden, 4, packed([0, 0, 4], [1, 0, 2, 3], [1, 5, 1, 5]), second)
    assert not certified(tables, hidden, 4, packed([0, 0, 4], [0, 0, 2, 3], [5, 5, 1, 5]), second)
    # a witness's first cell may be below the last cell of the witness before it
    both = {("t", k): [0, 1] for k in range(4)}
    assert certified(tables, hidden, 4, packed([0, 4, 8], [0, 1, 2, 3] * 2, [5, 1, 1, 5] * 2), both)


def test_witnesses_are_kept_packed_and_read_back_as_they_were():
    witnesses = [{3: 7, 0: 2}, {}, {2**31 - 1: 0}]
    record = json.loads(json.dumps(packed_record(pack(witnesses))))
    packed = packed_from(record)
    assert [packed.witness(w) for w in range(len(packed))] == [{0: 2, 3: 7}, {}, {2**31 - 1: 0}]
    assert pack([{2**31: 1}]) is None and pack([{0: 1.5}]) is None and pack([[1, 2]]) is None  # not 4-byte counts
    assert packed_from({**record, "starts": packed_record(pack([{0: 1}, {1: 1}, {2: 1}, {3: 1}]))["starts"]}) is None


def test_a_hidden_zero_is_refused():
    tables = LinkedTables()
    block = tables.block("t")
    block.figure(("t", "a", None), [block.base("a", 0, "a")], False)
    assert not certified(tables, {"t": {0}}, 1, [{0: 5}], {("t", 0): [0]})


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regions(), st.sampled_from([3, 5]))
def test_every_publication_comes_with_a_proof_for_every_hidden_figure(data, threshold):
    rules = Rules(threshold=threshold)
    publication = publish(data, rules)
    hidden = publication._hidden
    assert set(publication._witnesses) == {(name, k) for name, ks in hidden.items() for k in ks}
    record = json.loads(json.dumps(pub.stored(publication)))
    assert pub.restore(record, publication._tables, rules) == hidden


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regions(), st.data())
def test_both_ways_of_checking_a_proof_agree(data, draw):
    """The numpy check (for the many witness cells of a large region) and the plain one give the same
    verdict on a real proof and on the same proof with one witness cell changed."""
    rules = Rules(threshold=5)
    publication = publish(data, rules)
    record = pub.stored(publication)
    packed = packed_from(json.loads(json.dumps(record))["witnesses"])
    witnesses = [packed.witness(w) for w in range(len(packed))]
    proof = {(name, k): ids for name, k, ids in record["proof"]}
    tables, hidden = publication._tables, publication._hidden
    assert certified(tables, hidden, 5, witnesses, proof, arrays=False)
    assert certified(tables, hidden, 5, witnesses, proof, arrays=True)
    assert certified(tables, hidden, 5, packed, proof, arrays=False)
    assert certified(tables, hidden, 5, packed, proof, arrays=True)
    if witnesses:
        w = draw.draw(st.integers(0, len(witnesses) - 1))
        cells = sum(len(b.values) for b in tables.blocks.values())
        cell = draw.draw(st.integers(0, cells - 1))
        truth = [v for b in tables.blocks.values() for v in b.values]
        witnesses[w] = dict(witnesses[w])
        witnesses[w][cell] = max(0, witnesses[w].get(cell, truth[cell]) + draw.draw(st.integers(-3, 3)))
        assert certified(tables, hidden, 5, witnesses, proof, arrays=False) == \
            certified(tables, hidden, 5, witnesses, proof, arrays=True)
    # a witness no proof uses does not count, however wrong (a cell beyond the tables, a count below 0),
    # and a proof without one of its witnesses is judged the same both ways
    cells = sum(len(b.values) for b in tables.blocks.values())
    original = [packed.witness(w) for w in range(len(packed))]
    junk = [*original, {cells + 5: -1}]
    assert certified(tables, hidden, 5, junk, proof, arrays=False)
    assert certified(tables, hidden, 5, junk, proof, arrays=True)
    if proof:
        key = draw.draw(st.sampled_from(sorted(proof)))
        fewer = {**proof, key: proof[key][1:]}
        assert certified(tables, hidden, 5, junk, fewer, arrays=False) == \
            certified(tables, hidden, 5, junk, fewer, arrays=True)


class MemoryStore:
    """Records in a dict; it vouches for a record exactly as it was when a check passed on it."""

    def __init__(self):
        self.records: dict[str, object] = {}
        self.loads = 0
        self.vouched: set[tuple[str, str, str]] = set()

    def load(self, digest, witnesses=True):  # noqa: ANN001, ANN201
        self.loads += 1
        record = self.records.get(digest)
        if not witnesses and isinstance(record, dict):
            record = {name: value for name, value in record.items() if name != "witnesses"}
        return record

    def save(self, digest, record):  # noqa: ANN001
        self.records[digest] = json.loads(json.dumps(record))

    def _as_now(self, digest: str, check: str) -> tuple[str, str, str]:
        record = self.records.get(digest)
        if isinstance(record, dict):  # it vouches for the record without its witnesses
            record = {name: value for name, value in record.items() if name != "witnesses"}
        return digest, check, json.dumps(record, sort_keys=True)

    def checked(self, digest, check):  # noqa: ANN001, ANN201
        return self._as_now(digest, check) in self.vouched

    def check_passed(self, digest, check):  # noqa: ANN001
        self.vouched.add(self._as_now(digest, check))


def small_region() -> RoundData:
    """Four organisations, two occupations; one cell of 2 persons and one of 3 (hidden by the threshold)."""
    data = RoundData(date(2025, 12, 31))
    for organisation, occupation, persons in (("A", "X", 20), ("B", "X", 2), ("C", "X", 14), ("D", "X", 9),
                                              ("A", "Y", 11), ("B", "Y", 7), ("C", "Y", 3), ("D", "Y", 12)):
        data.staffing.append(StaffingRecord(organisation, occupation, "35-44", "women", persons, persons * 0.8))
    return data


def forget_made() -> None:
    with pub._guard:
        pub._made.clear()


def test_a_kept_publication_is_used_without_the_optimiser(monkeypatch):
    data, rules, store = small_region(), Rules(), MemoryStore()
    forget_made()
    first = publish(data, rules, store=store)
    assert len(store.records) == 1
    # kept in a store, a publication held in memory lets go of its proof and linked tables (most of it
    # at 300 organisations) and answers the same as one that holds them
    assert first._tables is None and first._witnesses == {}
    forget_made()
    held = publish(data, rules)
    assert held._tables is not None and held.as_rows() == first.as_rows()
    forget_made()

    def no_optimiser(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the optimiser ran although a valid publication was kept")

    monkeypatch.setattr(secondary, "protect", no_optimiser)
    again = publish(data, rules, store=store)
    assert again.as_rows() == first.as_rows() and again._tables is None
    assert again.hidden("persons", "B", "X") and again.hidden("persons", "C", "Y")
    again.audit()  # the kept publication passes the attack as well
    assert_safe(data, again, rules)


def test_only_a_publication_at_hand_is_given_for_a_first_look(monkeypatch):
    """publish_kept gives what publish would, but only when it is made or kept already: it never runs
    the optimiser, and a record whose proof fails is no publication at hand."""
    data, rules, store = small_region(), Rules(), MemoryStore()
    forget_made()

    def no_optimiser(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a publication was made for a first look")

    with monkeypatch.context() as patched:
        patched.setattr(secondary, "protect", no_optimiser)
        assert pub.publish_kept(data, rules, store=store) is None
    assert store.records == {} and pub._made == {}  # nothing made, nothing kept
    made = publish(data, rules, store=store)
    assert pub.publish_kept(data, rules, store=store) is made  # made in this process
    forget_made()
    monkeypatch.setattr(secondary, "protect", no_optimiser)
    kept = pub.publish_kept(data, rules, store=store)  # kept on disk, its proof checked
    assert kept is not None and kept.as_rows() == made.as_rows()
    assert kept.hidden("persons", "B", "X") and kept.hidden("persons", "C", "Y")
    forget_made()
    (digest, record), = store.records.items()
    tables, _, _ = pub.linked_tables(data)
    store.records[digest] = tampered(record, "shows a small cell", tables.blocks["persons"].index(("persons", "B", "X")))
    assert pub.publish_kept(data, rules, store=store) is None


def tampered(record: dict, how: str, small_cell: int) -> dict:
    record = json.loads(json.dumps(record))
    if how == "shows a small cell":
        record["hidden"]["persons"].remove(small_cell)
    elif how == "changes a witness":
        packed = packed_from(record["witnesses"])
        packed.counts[0] += 1
        record["witnesses"] = packed_record(packed)
    elif how == "reorders a witness":  # the same cell twice in one witness
        packed = packed_from(record["witnesses"])
        assert packed.starts[1] >= 2  # the first witness moves at least two cells
        packed.cells[1] = packed.cells[0]
        record["witnesses"] = packed_record(packed)
    elif how == "cuts the witnesses short":
        record["witnesses"]["counts"] = record["witnesses"]["counts"][:-8]
    elif how == "is not base64":
        record["witnesses"]["cells"] = "not base64!"
    elif how == "drops a proof":
        record["proof"] = record["proof"][1:]
    elif how == "not a record":
        record = {"format": 1, "hidden": "everything"}
    elif how == "another format":
        record["format"] = 0
    return record


@pytest.mark.parametrize("how", ["shows a small cell", "changes a witness", "reorders a witness",
                                 "cuts the witnesses short", "is not base64", "drops a proof", "not a record",
                                 "another format"])
def test_a_record_that_does_not_prove_itself_is_made_again(how):
    data, rules, store = small_region(), Rules(), MemoryStore()
    forget_made()
    first = publish(data, rules, store=store)
    (digest, record), = store.records.items()
    tables, _, _ = pub.linked_tables(data)
    store.records[digest] = tampered(record, how, tables.blocks["persons"].index(("persons", "B", "X")))
    assert pub.restore(store.records[digest], tables, rules) is None
    forget_made()
    again = publish(data, rules, store=store)  # made again, and kept again
    assert again.as_rows() == first.as_rows()
    assert pub.restore(store.records[digest], tables, rules) is not None


def test_another_rule_or_other_figures_are_kept_apart():
    data, store = small_region(), MemoryStore()
    forget_made()
    publish(data, Rules(threshold=5), store=store)
    publish(data, Rules(threshold=3), store=store)
    data.staffing.append(StaffingRecord("D", "Y", "55-59", "men", 6, 5.0))
    publish(data, Rules(threshold=5), store=store)
    assert len(store.records) == 3


DIGEST = "ab" * 32


def test_the_files_keep_a_record_and_read_it_back(tmp_path):
    store = PublicationFiles(tmp_path / "cache")
    assert store.load(DIGEST) is None
    store.save(DIGEST, {"format": 1, "hidden": {}})
    assert store.load(DIGEST) == {"format": 1, "hidden": {}}
    assert os.stat(tmp_path / "cache").st_mode & 0o077 == 0  # private to the user
    with pytest.raises(ValueError, match="digest"):
        store.load("../../etc/passwd")


def test_a_link_a_damaged_or_huge_file_is_not_read(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text('{"format": 1}')
    store = PublicationFiles(folder)
    (folder / f"{DIGEST}.json").symlink_to(elsewhere)
    assert store.load(DIGEST) is None  # never followed
    other = "cd" * 32
    (folder / f"{other}.json").write_bytes(b"\xff\xfe not json")
    assert store.load(other) is None
    (folder / f"{other}.json").write_text('{"format": 1, "hidden": {}}')
    monkeypatch.setattr(publication_store, "MAX_BYTES", 10)
    assert store.load(other) is None


def test_a_store_for_small_files_leaves_a_larger_one_unread_and_says_nothing(tmp_path, caplog):
    record = {"format": 1, "hidden": {"persons": [1, 2, 3]}}
    PublicationFiles(tmp_path / "cache").save(DIGEST, record)
    size = (tmp_path / "cache" / f"{DIGEST}.json").stat().st_size
    assert PublicationFiles(tmp_path / "cache", read_at_most=size - 1).load(DIGEST) is None
    assert PublicationFiles(tmp_path / "cache", read_at_most=size).load(DIGEST) == record
    assert PublicationFiles(tmp_path / "cache", read_at_most=size).load("cd" * 32) is None  # none kept
    assert caplog.text == ""


def test_only_the_newest_are_kept_and_a_failure_is_only_logged(tmp_path, caplog):
    store = PublicationFiles(tmp_path / "cache", keep=3)
    digests = [f"{i:064x}" for i in range(5)]
    for age, digest in enumerate(digests):
        store.save(digest, {"n": age})
        os.utime(store.folder / f"{digest}.json", (1_000_000 + age, 1_000_000 + age))
    store.save(digests[4], {"n": 4})
    assert sorted(p.stem for p in store.folder.iterdir()) == sorted(digests[2:])
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    PublicationFiles(blocked / "cache").save(DIGEST, {"n": 1})  # does not raise
    assert "publication not kept" in caplog.text


def test_the_register_s_publication_is_kept_in_the_data_folder(demo_path, tmp_path, monkeypatch):
    from hrplanner.services.publication import round_publication
    from hrplanner.services.register import Register

    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))
    register = Register.open(demo_path, read_only=True)
    try:
        forget_made()
        first = round_publication(register)
        kept = list((tmp_path / "data" / "cache" / "publications").glob("*.json"))
        assert len(kept) == 1
        forget_made()
        monkeypatch.setattr(secondary, "protect", lambda *a, **k: pytest.fail("made again"))
        again = round_publication(register)
        assert again.as_rows() == first.as_rows()
    finally:
        register.close()


def test_base_cells_added_at_once_are_checked_as_one_by_one():
    tables = LinkedTables()
    block = tables.block("t")
    assert list(block.bases(["a", "b"], [3, 0], ["A", "B"])) == [0, 1]
    assert block.base("c", 2.0, "C") == 2 and block.values == [3, 0, 2] and block.owners == ["A", "B", "C"]
    for values in ([-1], [True], [1.5]):
        with pytest.raises(ValueError, match="must be a whole number of at least 0"):
            block.bases(["d"], values, ["D"])
    with pytest.raises(ValueError, match="added twice"):
        block.bases(["a"], [1], ["A"])


@pytest.mark.parametrize("cells, counts, well_formed", [
    ([0, 3, 5], [2, 0, 7], True),
    ([], [], True),
    ([3, 0], [1, 1], False),  # not increasing
    ([2, 2], [1, 1], False),  # a cell twice
    ([0, 6], [1, 1], False),  # beyond the 6 base cells (0 to 5)
    ([0, 1], [1, -1], False),  # a count below 0
])
def test_a_witness_is_checked_for_its_form_packed_or_not(cells, counts, well_formed):
    from hrplanner.domain.disclosure.proof import _cells_and_counts

    packed = Packed(array("q", [0, len(cells)]), array("i", cells), array("i", counts))
    as_given = _cells_and_counts(packed, 0, 6)
    assert (as_given is not None) == well_formed
    if well_formed:
        assert list(as_given[0]) == cells and list(as_given[1]) == counts
    if len(set(cells)) == len(cells):  # a mapping holds each cell once: order does not matter there
        mapping = _cells_and_counts([dict(zip(cells, counts))], 0, 6)
        assert (mapping is not None) == (min(cells, default=0) >= 0 and max(cells, default=0) < 6
                                          and min(counts, default=0) >= 0)
        if mapping is not None:
            assert list(mapping[0]) == sorted(cells)
    assert _cells_and_counts([{0: True}], 0, 6) is None  # a count that is not a whole number


def counting_proof_checks(monkeypatch) -> list[int]:  # noqa: ANN001
    """Counts the proof checks the disclosure layer runs on kept records (each still runs)."""
    calls: list[int] = []

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        return check_proof(*args, **kwargs)

    monkeypatch.setattr(pub, "certified", counted)
    return calls


def kept_here(data: RoundData, folder) -> pub.Publication | None:  # noqa: ANN001
    forget_made()
    return pub.publish_kept(data, Rules(), store=PublicationFiles(folder))


def test_a_record_checked_once_is_stamped_and_not_checked_again(tmp_path, monkeypatch):
    data, folder = small_region(), tmp_path / "cache"
    forget_made()
    made = publish(data, Rules(), store=PublicationFiles(folder))
    (record,) = folder.glob("*.json")
    assert not record.with_suffix(".checked").exists()  # made, kept, not checked from the file yet
    checks = counting_proof_checks(monkeypatch)
    first = kept_here(data, folder)
    assert checks == [1] and record.with_suffix(".checked").exists()
    key = (folder / publication_store.KEY_NAME).stat()
    assert key.st_size == 32 and key.st_mode & 0o077 == 0  # the user's alone
    second = kept_here(data, folder)
    assert checks == [1]  # vouched for by the stamp: not checked again
    assert first.as_rows() == second.as_rows() == made.as_rows()
    assert second.hidden("persons", "B", "X") and second.hidden("persons", "C", "Y")
    assert_safe(data, second, Rules())  # the attack finds nothing on what the stamp let through


@pytest.mark.parametrize("how", ["record changed", "stamp changed", "stamp from elsewhere", "key replaced",
                                 "other check", "stamp is a link", "key is a link"])
def test_a_stamp_that_does_not_fit_the_record_gets_it_checked_in_full(tmp_path, monkeypatch, how):
    data, folder = small_region(), tmp_path / "cache"
    forget_made()
    made = publish(data, Rules(), store=PublicationFiles(folder))
    kept_here(data, folder)  # checked and stamped
    (record,) = folder.glob("*.json")
    stamp, key = record.with_suffix(".checked"), folder / publication_store.KEY_NAME
    if how == "record changed":  # the same hidden figures, written otherwise: other bytes
        record.write_text(json.dumps(json.loads(record.read_text()), indent=1))
    elif how == "stamp changed":
        stamp.write_bytes(stamp.read_bytes()[::-1])
    elif how == "stamp from elsewhere":  # record and stamp copied from another installation
        other = tmp_path / "other"
        forget_made()
        publish(data, Rules(), store=PublicationFiles(other))
        kept_here(data, other)
        stamp.write_bytes((other / stamp.name).read_bytes())
        assert stamp.read_bytes() != b""
    elif how == "key replaced":
        key.write_bytes(os.urandom(32))
    elif how == "other check":
        monkeypatch.setattr(pub, "PROOF_CHECK", pub.PROOF_CHECK + " (next version)")
    elif how == "stamp is a link":
        good = tmp_path / "stamp"
        good.write_bytes(stamp.read_bytes())
        stamp.unlink()
        stamp.symlink_to(good)
    elif how == "key is a link":
        good = tmp_path / "key"
        good.write_bytes(key.read_bytes())
        key.unlink()
        key.symlink_to(good)
    checks = counting_proof_checks(monkeypatch)
    again = kept_here(data, folder)
    assert checks == [1]  # checked in full, and it holds
    assert again.as_rows() == made.as_rows()


def test_a_vouched_record_that_shows_a_small_cell_is_still_refused():
    """The stamp spares the proof's arithmetic only: the rules' own hidden figures are checked always."""
    data, rules, store = small_region(), Rules(), MemoryStore()
    forget_made()
    publish(data, rules, store=store)
    (digest, record), = store.records.items()
    tables, _, _ = pub.linked_tables(data)
    store.records[digest] = tampered(record, "shows a small cell", tables.blocks["persons"].index(("persons", "B", "X")))
    store.check_passed(digest, pub.PROOF_CHECK)  # vouched for, wrongly
    forget_made()
    assert pub.publish_kept(data, rules, store=store) is None


def test_a_record_whose_proof_fails_is_not_stamped(tmp_path):
    data, folder, _, record, apart = kept_apart(tmp_path)
    tables, _, _ = pub.linked_tables(data)
    whole = {**json.loads(record.read_text()), "witnesses": json.loads(apart.read_text())}
    changed = tampered(whole, "changes a witness", tables.blocks["persons"].index(("persons", "B", "X")))
    apart.write_text(json.dumps(changed["witnesses"]))  # the record itself as it was
    assert kept_here(data, folder) is None
    assert not record.with_suffix(".checked").exists()


def kept_apart(tmp_path):  # noqa: ANN001, ANN201
    """The small region's publication made and kept in a fresh folder: data, folder, the publication,
    its record file and its witnesses file."""
    data, folder = small_region(), tmp_path / "cache"
    forget_made()
    made = publish(data, Rules(), store=PublicationFiles(folder))
    (record,) = folder.glob("*.json")
    return data, folder, made, record, record.with_suffix(".witnesses")


def test_the_witnesses_are_kept_apart_and_read_only_to_check_the_proof(tmp_path, monkeypatch):
    data, folder, made, record, apart = kept_apart(tmp_path)
    assert "witnesses" not in json.loads(record.read_text())
    assert packed_from(json.loads(apart.read_text())) is not None
    checks = counting_proof_checks(monkeypatch)
    assert kept_here(data, folder).as_rows() == made.as_rows()  # checked with the witnesses, stamped
    assert checks == [1]
    apart.write_text("not read any more")  # stamped: the proof's witnesses are not needed
    assert kept_here(data, folder).as_rows() == made.as_rows()
    assert checks == [1]
    record.with_suffix(".checked").unlink()  # not vouched for: checked, and without witnesses refused
    assert kept_here(data, folder) is None
    apart.unlink()
    assert kept_here(data, folder) is None


def test_a_record_kept_whole_by_an_earlier_version_is_still_used(tmp_path, monkeypatch):
    data, folder, made, record, apart = kept_apart(tmp_path)
    record.write_text(json.dumps({**json.loads(record.read_text()), "witnesses": json.loads(apart.read_text())}))
    apart.unlink()
    checks = counting_proof_checks(monkeypatch)
    assert kept_here(data, folder).as_rows() == made.as_rows()
    assert kept_here(data, folder).as_rows() == made.as_rows()
    assert checks == [1]  # checked once, then stamped


def test_a_small_callers_limit_counts_the_witnesses_too(tmp_path):
    """The first paint waits only for a small region's publication: the size of both files decides."""
    _, folder, _, record, apart = kept_apart(tmp_path)
    both = record.stat().st_size + apart.stat().st_size
    digest = record.stem
    assert PublicationFiles(folder, read_at_most=both).load(digest) is not None
    assert PublicationFiles(folder, read_at_most=both - 1).load(digest) is None
    assert PublicationFiles(folder, read_at_most=both - 1).load(digest, witnesses=False) is None


def test_stamps_go_with_their_records_when_old_ones_are_dropped(tmp_path):
    store = PublicationFiles(tmp_path / "cache", keep=2)
    digests = [f"{i:064x}" for i in range(3)]
    for age, digest in enumerate(digests):
        store.save(digest, {"n": age})
        assert store.load(digest) == {"n": age}
        store.check_passed(digest, "a check")
        assert store.checked(digest, "a check") and not store.checked(digest, "another check")
        os.utime(store.folder / f"{digest}.json", (1_000_000 + age, 1_000_000 + age))
    store.save(digests[2], {"n": 2})
    assert sorted(p.name for p in store.folder.iterdir()) == sorted(
        [publication_store.KEY_NAME] + [f"{d}{suffix}" for d in digests[1:] for suffix in (".json", ".checked")])
    store.save(digests[2], {"n": 2, "witnesses": {"apart": True}})
    os.utime(store.folder / f"{digests[2]}.json", (1_000_002, 1_000_002))
    store.save(f"{3:064x}", {"n": 3})  # the oldest record goes, with its stamp and witnesses
    assert not (store.folder / f"{digests[1]}.json").exists() and not (store.folder / f"{digests[1]}.checked").exists()
    assert (store.folder / f"{digests[2]}.witnesses").exists()
    assert store.load(digests[2]) == {"n": 2, "witnesses": {"apart": True}}
    assert store.load(digests[2], witnesses=False) == {"n": 2}


@given(st.dictionaries(st.integers(0, 2**31 - 1), st.integers(-(2**31 - 1), 2**31 - 1), max_size=30))
def test_a_change_is_the_same_witness_as_its_dict(changes):
    """The attack hands out witnesses as Change (two arrays): the same mapping, packed the same, and one
    that does not fit four bytes stays a dict."""
    change = Change.of(changes)
    assert isinstance(change, Change)
    assert dict(change) == changes and len(change) == len(changes) and change == changes
    assert list(change.items()) == sorted(changes.items())
    for cell, count in changes.items():
        assert change[cell] == count and cell in change
    assert (2**31 + 5) not in change and change.get(-1) is None
    assert pack([change]) == pack([changes])
    assert Change.of(dict(changes)).key() == change.key()
    assert Change.of({**changes, 2**31: 1}) == {**changes, 2**31: 1}
    assert not isinstance(Change.of({**changes, 2**31: 1}), Change)


def test_a_change_out_of_bounds_is_not_packed():
    """A Change is packed as its arrays are, after checking the bounds the packed list keeps: a
    negative cell, or a count of -2**31 (which four bytes hold, but the packed list does not), refuse it
    as they refuse the same dict."""
    assert pack([Change(array("i", [-1, 4]), array("i", [1, 2]))]) is None
    assert pack([Change(array("i", [0]), array("i", [-(2**31)]))]) is None
    assert pack([{-1: 1}]) is None and pack([{0: -(2**31)}]) is None
    inside = Change(array("i", [0, 2**31 - 1]), array("i", [-(2**31 - 1), 2**31 - 1]))
    assert pack([inside]) == pack([{0: -(2**31 - 1), 2**31 - 1: 2**31 - 1}])


@given(st.lists(st.dictionaries(st.integers(0, 2**31 - 1), st.integers(-(2**31 - 1), 2**31 - 1), max_size=12),
                max_size=8), st.integers(1, 40))
def test_witnesses_are_written_in_pieces_as_one_json_text(witnesses, size):
    """The witness tables are written in pieces (never whole in memory): the pieces make the very
    bytes of the whole text, whatever the size of a piece."""
    record = packed_record(pack([Change.of(w) for w in witnesses]))
    pieces = list(publication_store._json_pieces(record, size))
    assert all(len(piece) <= size for piece in pieces)
    assert b"".join(pieces) == json.dumps(record, separators=(",", ":")).encode("utf-8")
    assert packed_from(json.loads(b"".join(pieces))) == pack(witnesses)


def test_a_failure_while_the_pieces_are_made_keeps_the_old_file(tmp_path):
    """Pieces written one after the other are still written atomically: when making a piece fails the
    file is as it was, and no partial file is left beside it."""
    from hrplanner.files import write_atomic

    target = tmp_path / "kept.witnesses"
    target.write_bytes(b"old")

    def pieces():
        yield b"new, "
        raise OSError("disk gone")

    with pytest.raises(Exception, match="disk gone"):
        write_atomic(target, pieces(), "witnesses")
    assert target.read_bytes() == b"old" and sorted(os.listdir(tmp_path)) == ["kept.witnesses"]
    write_atomic(target, iter([b"new", b", ", b"whole"]), "witnesses")
    assert target.read_bytes() == b"new, whole"
