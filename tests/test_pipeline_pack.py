"""Results a child sends back are packed (each distinct record once) and come back unchanged."""

from __future__ import annotations

from socproc.model import Classification, Mapping, SimilarAnswer, SocNeed, Status
from socproc.pipeline import pack, same, unpack


def _mapping(score: float, answer: str = "Yes") -> Mapping:
    similar = (SimilarAnswer("inv.yaml", None, "Is data encrypted?", "Yes.", score),)
    return Mapping(Status.COVERED, (), ("soc2",), "Yes.", "", None, answer, True, similar)


def test_equal_records_are_sent_once_and_come_back_in_order() -> None:
    rows = [_mapping(0.5), _mapping(0.25), _mapping(0.5), _mapping(0.5, "No")]
    firsts, order = pack(rows)
    assert len(firsts) == 3
    assert order == [0, 1, 0, 2]
    assert unpack((firsts, order)) == rows


def test_records_equal_but_not_alike_are_kept_apart() -> None:
    # 1 == 1.0 and 0.0 == -0.0, yet they are written differently ("1" and "1.0").
    rows = [_mapping(1.0), _mapping(1), _mapping(-0.0), _mapping(0.0)]  # type: ignore[arg-type]
    back = unpack(pack(rows))
    assert [repr(m.similar_answers[0].score) for m in back] == ["1.0", "1", "-0.0", "0.0"]
    assert all(same(a, b) for a, b in zip(back, rows, strict=True))


def test_same_compares_type_and_value_all_the_way_down() -> None:
    cls = Classification((SocNeed.SOC2_TYPE2,), False, ("CC6.1",), ("security",))
    assert same(cls, Classification((SocNeed.SOC2_TYPE2,), False, ("CC6.1",), ("security",)))
    assert not same(cls, Classification(("SOC 2 Type II",), False, ("CC6.1",), ("security",)))  # type: ignore[arg-type]
    assert not same(True, 1)
    assert not same(frozenset({1}), frozenset({1}))  # not known: never shared


def test_nothing_to_pack() -> None:
    assert unpack(pack([])) == []
