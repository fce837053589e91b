"""The public library (spec section 9): names, frames, the inbox views, HTML and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import socproc
from socproc.model import (
    RESPONSE_KEYS,
    Classification,
    Mapping,
    Requirement,
    Response,
    SocNeed,
    Status,
)
from socproc.result import (
    DEMAND_COLUMNS,
    GAP_COLUMNS,
    NEEDS,
    STATUSES,
    Batch,
    DemandRow,
    InputRecord,
    Recommendation,
    Result,
    primary_need,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "questionnaires"
INVENTORY = ROOT / "samples" / "inventory.yaml"
AS_OF = "2026-11-26"
LIST_COLUMNS = ("soc_need", "criteria", "categories", "frameworks", "flags", "evidence")
SECTION_9 = ("load_inventory", "process", "process_folder", "classify", "extract")


@pytest.fixture(scope="module")
def inventory() -> socproc.Inventory:
    return socproc.load_inventory(INVENTORY)


@pytest.fixture(scope="module")
def batch(inventory: socproc.Inventory) -> Batch:
    return socproc.process_folder(SAMPLES, inventory, as_of=AS_OF)


def _response(
    question: str, status: Status, needs: tuple[SocNeed, ...] = (), remedy: str = ""
) -> Response:
    return Response(
        Requirement(ref="Q!B2", question=question),
        Classification(soc_need=needs, confidence=0.9),
        Mapping(status=status, remedy=remedy),
    )


def _result(*responses: Response, source: str = "q.xlsx") -> Result:
    return Result(source, "xlsx", date(2026, 11, 26), "Acme", tuple(responses))


# --------------------------------------------------------------------------- the names


@pytest.mark.parametrize("name", [*SECTION_9, "Result", "Batch", "SocprocError", "Inventory"])
def test_section_9_names_are_public_and_documented(name: str) -> None:
    assert name in socproc.__all__
    obj = getattr(socproc, name)
    assert obj.__doc__ and obj.__doc__.strip()


def test_every_name_in_all_resolves() -> None:
    for name in socproc.__all__:
        assert getattr(socproc, name) is not None


def test_package_ships_py_typed() -> None:
    assert (Path(socproc.__file__).parent / "py.typed").is_file()


def test_classify_returns_a_classification() -> None:
    cls = socproc.classify("Please share your SOC 2 Type II report")
    assert isinstance(cls, socproc.Classification)
    assert cls.soc_need == (SocNeed.SOC2_TYPE2,)


def test_extract_finds_requirements_without_mapping() -> None:
    found = socproc.extract(SAMPLES / "contoso_bank_vendor_assessment.xlsx")
    assert isinstance(found, socproc.Extraction)
    assert len(found.requirements) == 22


# --------------------------------------------------------------------------- Result frames


def test_result_frame_is_one_row_per_requirement_with_the_json_keys(
    inventory: socproc.Inventory,
) -> None:
    res = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)
    frame = res.to_frame()
    assert list(frame.columns) == [*RESPONSE_KEYS, "primary_need"]
    assert len(frame) == len(res.requirements) == 22
    assert frame["ref"].tolist() == [r.requirement.ref for r in res.requirements]
    for column in LIST_COLUMNS:
        assert all(isinstance(v, list) for v in frame[column]), column
    assert frame["soc_need"].tolist() == [d["soc_need"] for d in res.to_dict()["requirements"]]


def test_status_and_primary_need_are_categoricals_over_every_value(
    inventory: socproc.Inventory,
) -> None:
    res = socproc.process(SAMPLES / "contoso_bank_vendor_assessment.xlsx", inventory, AS_OF)
    frame = res.to_frame()
    assert isinstance(frame["status"].dtype, pd.CategoricalDtype)
    assert list(frame["status"].cat.categories) == list(STATUSES)
    assert isinstance(frame["primary_need"].dtype, pd.CategoricalDtype)
    assert list(frame["primary_need"].cat.categories) == list(NEEDS)
    # Categories show zeros: this questionnaire has no gap and asks for no SOC 1.
    by_status = frame.groupby("status", observed=False).size().to_dict()
    assert by_status == {"covered": 11, "partial": 2, "gap": 0, "review": 9}
    assert frame.groupby("primary_need", observed=False).size()["SOC 1"] == 0


@pytest.mark.parametrize(
    ("needs", "expected"),
    [
        ((), "none"),
        ((SocNeed.SOC3,), "SOC 3"),
        ((SocNeed.SOC1, SocNeed.SOC2_TYPE2), "SOC 1"),
        ((SocNeed.SOC2_TYPE1, SocNeed.SOC3), "SOC 2 Type I"),
    ],
)
def test_primary_need_is_the_first_need_in_spec_order(
    needs: tuple[SocNeed, ...], expected: str
) -> None:
    assert primary_need(_response("q", Status.COVERED, needs)) == expected


def test_result_counts_and_repr() -> None:
    res = _result(_response("a", Status.GAP), _response("b", Status.COVERED))
    assert res.counts() == {"covered": 1, "partial": 0, "gap": 1, "review": 0}
    assert repr(res) == (
        "<Result 'q.xlsx' as of 2026-11-26: 2 requirements "
        "(covered=1, partial=0, gap=1, review=0), 0 skipped rows>"
    )


# --------------------------------------------------------------------------- Batch views


def test_batch_frame_stacks_every_result_with_its_source(batch: Batch) -> None:
    frame = batch.to_frame()
    assert list(frame.columns) == ["source", *RESPONSE_KEYS, "primary_need"]
    assert len(frame) == sum(len(r.responses) for r in batch.results) == 43
    assert sorted(frame["source"].unique()) == sorted(p.name for p in SAMPLES.iterdir())
    assert isinstance(frame["status"].dtype, pd.CategoricalDtype)
    assert isinstance(frame["primary_need"].dtype, pd.CategoricalDtype)


def test_batch_counts_add_up_the_results(batch: Batch) -> None:
    assert batch.counts() == {"covered": 17, "partial": 2, "gap": 7, "review": 17}
    assert sum(batch.counts().values()) == len(batch.to_frame())


def test_batch_counts_come_from_stats_when_results_are_not_kept(
    inventory: socproc.Inventory, tmp_path: Path
) -> None:
    lean = socproc.process_folder(
        SAMPLES, inventory, as_of=AS_OF, out_dir=tmp_path, keep_results=False
    )
    assert lean.results == []
    assert lean.counts() == {"covered": 17, "partial": 2, "gap": 7, "review": 17}
    assert lean.to_frame().empty
    assert "results were not kept" in lean._repr_html_()


def test_batch_gaps_lists_gap_then_partial_rows(batch: Batch) -> None:
    gaps = batch.gaps()
    assert list(gaps.columns) == list(GAP_COLUMNS)
    assert gaps["status"].tolist() == ["gap"] * 7 + ["partial"] * 2
    assert (gaps["remedy"] != "").all()
    assert gaps.iloc[0]["remedy"] == "obtain a SOC 1 Type II"


def test_result_gaps_is_the_batch_view_of_one_file(batch: Batch) -> None:
    res = next(r for r in batch.results if r.name.startswith("contoso"))
    gaps = res.gaps()
    assert gaps["status"].tolist() == ["partial", "partial"]
    assert set(gaps["source"]) == {res.name}


def test_batch_demand_is_one_row_per_soc_need(batch: Batch) -> None:
    demand = batch.demand()
    assert list(demand.columns) == list(DEMAND_COLUMNS)
    assert demand["need"].tolist() == [str(n) for n in SocNeed]
    soc1 = demand.set_index("need").loc["SOC 1"]
    assert (soc1["questionnaires"], soc1["requirements"], soc1["gap"], soc1["held"]) == (
        2,
        6,
        6,
        "",
    )
    assert batch.recommendation is not None
    assert batch.recommendation.report == "SOC 1 Type II"


def test_empty_batch_views_keep_their_columns() -> None:
    empty = Batch(as_of=date(2026, 11, 26), vendor="Acme")
    assert list(empty.to_frame().columns) == ["source", *RESPONSE_KEYS, "primary_need"]
    assert list(empty.gaps().columns) == list(GAP_COLUMNS)
    assert list(empty.demand().columns) == list(DEMAND_COLUMNS)
    assert empty.counts() == dict.fromkeys(STATUSES, 0)
    assert "0 inputs" in empty._repr_html_()


# --------------------------------------------------------------------------- HTML


def test_result_html_shows_counts_and_top_gaps(batch: Batch) -> None:
    res = next(r for r in batch.results if r.name.startswith("fabrikam"))
    html = res._repr_html_()
    assert res.name in html
    assert "Top gaps" in html and "obtain a SOC 1 Type II" in html
    for status, n in res.counts().items():
        assert f'>{status}</td><td class="n">{n}</td>' in html


def test_batch_html_shows_demand_recommendation_and_failures(batch: Batch) -> None:
    html = batch._repr_html_()
    assert "Next report to pursue: <b>SOC 1 Type II</b>" in html
    assert "Demand across the inbox" in html and "Top gaps" in html
    for name in (p.name for p in SAMPLES.iterdir()):
        assert name in html
    failed = Batch(
        as_of=date(2026, 11, 26),
        vendor="Acme",
        inputs=[InputRecord("old.xls", "failed", "old.xls: is a legacy Excel 97-2003 workbook")],
    )
    assert "Inputs not processed" in failed._repr_html_()
    assert "old.xls: is a legacy Excel 97-2003 workbook" in failed._repr_html_()


def test_html_escapes_questionnaire_and_inventory_text() -> None:
    evil = "<script>alert(1)</script>"
    res = _result(_response(evil, Status.GAP, remedy=evil), source=f"{evil}.xlsx")
    batch = Batch(
        as_of=date(2026, 11, 26),
        vendor=evil,
        results=[res],
        inputs=[InputRecord(f"{evil}.xlsx", "failed", evil)],
        demand_rows=[DemandRow("SOC 1", 1, 1, 0, 0, 1, evil)],
        recommendation=Recommendation(evil, evil),
    )
    for html in (res._repr_html_(), batch._repr_html_()):
        assert "<script>" not in html
        assert "&lt;script&gt;" in html


# --------------------------------------------------------------------------- errors


def test_library_errors_carry_file_place_and_fix(
    inventory: socproc.Inventory, tmp_path: Path
) -> None:
    legacy = tmp_path / "old.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(socproc.SocprocError) as caught:
        socproc.process(legacy, inventory, AS_OF)
    err = caught.value
    assert (err.file, err.fix) == (
        str(legacy),
        "save it as .xlsx (File > Save As > Excel Workbook)",
    )
    assert str(err) == err.line() == f"{legacy}: {err.problem} — {err.fix}"

    with pytest.raises(socproc.SocprocError) as caught:
        socproc.process_folder(tmp_path / "missing", inventory, AS_OF)
    assert (caught.value.file, caught.value.fix) == (str(tmp_path / "missing"), "check the path")


def test_inventory_errors_list_every_problem_with_its_path(tmp_path: Path) -> None:
    bad = tmp_path / "vendor.yaml"
    bad.write_text(
        "vendor: Acme\nreports:\n  - id: soc2\n    kind: SOC 2\n    period_end: 2026-13-01\n"
        "    sharing: NDA\n    catgories: [security]\n",
        encoding="utf-8",
    )
    with pytest.raises(socproc.InventoryError) as caught:
        socproc.load_inventory(bad)
    err = caught.value
    assert isinstance(err, socproc.SocprocError)
    assert err.file == str(bad)
    # In file order, each with its line; `sharing: NDA` can only mean `nda`: not a problem.
    assert [p.split(":")[0] for p in err.problems] == [
        "reports[0].period_end",
        "reports[0].catgories",
    ]
    assert all(" — " in p for p in err.problems)  # each problem ends with its fix
    assert err.problems[1].endswith("did you mean 'categories'? (line 7)")


def test_a_response_reads_like_its_json_row() -> None:
    inventory = socproc.load_inventory(ROOT / "samples" / "inventory.yaml")
    res = socproc.process(
        ROOT / "samples" / "questionnaires" / "fabrikam_payroll_due_diligence.csv",
        inventory,
        as_of="2026-11-26",
    )
    row = res.requirements[0]
    as_json = row.to_dict()
    for key, value in as_json.items():
        got = getattr(row, key)
        if key == "answer_source":
            assert (got.to_dict() if got else None) == value
        elif isinstance(value, list):
            assert [str(v) for v in got] == value
        elif key == "confidence":
            assert round(got, 2) == value
        else:
            assert got == value, key
