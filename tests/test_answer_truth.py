"""The answer truth set (tests/data/answer_truth) scored by scripts/answer_truth.py: no answer
written into a buyer's file may be a false claim (spec 6.1, section 10 "Truthfulness")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import load_script

from socproc.inventory.load import load_inventory

TRUTH = Path(__file__).parent / "data" / "answer_truth"
AT = load_script("answer_truth")
# Fresh measurement sets (README "Fresh set"), labelled after the code was tuned on the other
# inventories: `scripts/evaluate.py --truth` reports their false claims; the zero-false-claim gates
# below cover the inventories the code was tuned against and the fresh sets' tune rows.
FRESH = (
    "inv_contoso.yaml",
    "inv_adatum.yaml",
    "inv_litware.yaml",
    "inv_trey.yaml",
    "inv_alpine.yaml",
    "inv_dunmore.yaml",
    "inv_fenwick.yaml",
    "inv_wideworld.yaml",
    "inv_southridge.yaml",
    "inv_firstup.yaml",
    "inv_munson.yaml",
    "inv_boulder.yaml",
    "inv_northridge.yaml",
    "inv_sterling.yaml",
    "inv_meadowlark.yaml",
    "inv_larkspur.yaml",
    "inv_marlowe.yaml",
    "inv_ashgrove.yaml",
    "inv_quillon.yaml",
    "inv_corbel.yaml",
    "inv_juniper.yaml",
    "inv_quaystone.yaml",
    "inv_cormorant.yaml",
    "inv_wolfram.yaml",
    "inv_zambezi.yaml",
    "inv_yarrowdale.yaml",
    "inv_oxbridge.yaml",
    "inv_quenby.yaml",
    "inv_wyvern.yaml",
    "inv_yellowknife.yaml",
    "inv_ouray.yaml",
    "inv_carrick.yaml",
    "inv_lapwing.yaml",
    "inv_sanderling.yaml",
    "inv_knot.yaml",
    "inv_dunlin.yaml",
    "inv_stint.yaml",
    "inv_phalarope.yaml",
    "inv_yellowlegs.yaml",
    "inv_turnix.yaml",
    "inv_dovekie.yaml",
    "inv_puffin.yaml",
    "inv_gadwall.yaml",
    "inv_smew.yaml",
    "inv_pintail.yaml",
    "inv_wigeon.yaml",
    "inv_shoveler.yaml",
    "inv_scaup.yaml",
    "inv_pochard.yaml",
    "inv_ruddy.yaml",
    "inv_harlequin.yaml",
    "inv_firecrest.yaml",
    "inv_bunting.yaml",
    "inv_redpoll.yaml",
    "inv_chiffchaff.yaml",
    "inv_stonecurlew.yaml",
    "inv_bullfinch.yaml",
    "inv_goldcrest.yaml",
    "inv_twite.yaml",
    "inv_ortolan.yaml",
    "inv_dunnock.yaml",
    "inv_kestrel.yaml",
    "inv_brant.yaml",
    "inv_fieldfare.yaml",
    "inv_greylag.yaml",
    "inv_ptarmigan.yaml",
    "inv_petrel.yaml",
    "inv_goshawk.yaml",
    "inv_kingfisher.yaml",
    "inv_sheldrake.yaml",
    "inv_sparrowhawk.yaml",
    "inv_bluethroat.yaml",
    "inv_woodlark.yaml",
    "inv_rosefinch.yaml",
    "inv_chukar.yaml",
    "inv_brolga.yaml",
)
# Blind tune sets (README "Tune set"): every row is tune, labelled before any code ran on them, for
# the lead to study; kept out of the zero-false-claim gates until rules have been written from
# them (inv_glenorchy does now; inv_ardgour had none; the first-contact false claims of
# inv_margie (4), inv_proseware (4), inv_wingtip (5), inv_relecloud (3), inv_lucerne (2),
# inv_coho (3), inv_fourth (1), inv_bluey
# (3), inv_cascade (6), inv_elmstead (2), inv_consolidated (4), inv_graphic (2), inv_humongous (5),
# inv_lamna (2), inv_blueyonder (3), inv_adventure (2), inv_vanarsdel (2), inv_nod (2),
# inv_tasmanian (2), inv_bellows (3), inv_tailwind (3), inv_fineart (5), inv_liberty (2),
# inv_citypower (3), inv_bestforyou (2), inv_lakeshore (1), inv_ironwood (1), inv_harborview (1),
# inv_quarry (2), inv_pinecrest (2), inv_sandpiper (2), inv_thornbury (1), inv_pemberton (2),
# inv_wrenfield (4), inv_osprey (2), inv_kittiwake (2), inv_saltmarsh (4), inv_bramble (2) and
# inv_tidewell (2) were fixed by kind; inv_woodgrove, inv_riverbend, inv_gullwing, inv_halyard,
# inv_larchmont, inv_ferrous and inv_pelorus had none; inv_gannet (2), inv_birchmoor (1),
# inv_sorrel (3), inv_tamarack (4), inv_lindqvist (4), inv_parramatta (3), inv_halewood (1),
# inv_ouseburn (1), inv_tarraleah (2), inv_corriedale (1, relabelled to the VULN-04
# precedent), inv_brackenfell (3), inv_moorabool (1), inv_kilbride (2), inv_tussock (1),
# inv_quintana (1), inv_glenorchy (2) and inv_hollowell (1) were fixed by kind).
# Twentieth round: inv_stonechat (1) and inv_mallard (1), last round's, and inv_whimbrel (1),
# inv_dotterel (3), inv_plover (1) and inv_redshank (1, after its merge) were fixed by kind;
# inv_godwit, inv_turnstone and inv_curlew had none. Twenty-first round: inv_avocet (3),
# inv_killdeer (3), inv_willet (1), inv_whinchat (1) and inv_brambling (1) were fixed by kind;
# inv_greenshank had none. Twenty-second round: inv_shearwater (3) was fixed by kind;
# inv_razorbill had none. Twenty-third round: inv_eider (1) and inv_scoter (1) were fixed by
# kind; inv_garganey (1) and inv_goldeneye (1) too. Twenty-fourth round: inv_canvasback (1) was
# fixed by kind; inv_teal and inv_merganser had none. Twenty-fifth round: inv_bufflehead had none;
# inv_goosander's one (T19978) was its own labelling slip, mended in the label; inv_crossbill (2)
# was fixed by kind; inv_dipper had none; inv_linnet (2) was fixed by kind; inv_nuthatch (1, a
# password-protected ZIP by e-mail its writer calls borderline) stays out. Twenty-sixth round:
# inv_siskin had none; inv_wheatear's two (T21379 mended by kind, T21408 its writer's labelling
# slip, mended in the label) and inv_treecreeper's one (T21529) were fixed by kind; inv_wryneck's
# one (T21891) was the scorer finding "qualified" inside "unqualified", mended in the scorer
# (whole words); inv_whitethroat had none.
# Twenty-seventh round: inv_hawfinch (4: a subsidiary's certificate, a duty that falls to a
# museum, a product in one region denied, a conditional forecast), inv_yellowhammer (5: two acts
# timed in one clause, an end of life to come, a certificate that is not of the hosted products,
# a past colocation host twice), inv_corncrake (2: a plan for one product beside a WAF in place,
# engineers left untrained), inv_shrike (4: an exception beyond a named tool, a condition to come,
# a denial of a manner only, another region's storage) and inv_pipit (2: old approved answers
# beside an admission and a control without the factor) were fixed by kind.
# Twenty-eighth round: inv_wagtail (5: a denial at one named site, data in a place only where a
# contract requires it, a move to come once a migration completes, a certificate scope "other
# than" a part, an incident beside an old approved answer), inv_serin (2: a period's end asked
# against the date of the answers, an exclusion named by its own word beside a shared brand
# word) and inv_nightjar (none) were fixed by kind; then inv_redstart (4: a yearly test whose
# last exercise is older than a year, a gap asked before a bridge letter starts, a report's date
# given for the day a test ended) and inv_bittern (none).
# Twenty-ninth round: inv_jackdaw (3: a rule still to be adopted, exempted people read as the
# report's auditor, a policy exception under a prohibition) was fixed by kind and joins the
# gate; inv_skylark (4 at first contact, 3 left) and inv_rook (5, all left) stay out of it.
# Thirtieth round: inv_waxwing (no false claim at first contact, 27% filled) joins the gate;
# inv_chough (3 at first contact: another party's duty, a plan's sites, a PCI scope), and
# inv_fulmar (6: certificates lapsed or suspended by their titles, a bridge-letter gap, and one
# label its writer calls a mistake, T25783) stay out of it.
BLIND_TUNE: tuple[str, ...] = (
    "inv_nuthatch.yaml",
    "inv_skylark.yaml",
    "inv_rook.yaml",
    "inv_merlin.yaml",
    "inv_hobby.yaml",
    "inv_chough.yaml",
    "inv_fulmar.yaml",
    "inv_nightingale.yaml",
    "inv_goldfinch.yaml",
    "inv_hoopoe.yaml",
    "inv_jacana.yaml",
)
# Tune rows filled with the right answer on the code of this commit (scripts/evaluate.py --truth
# --split tune), below which test_the_whole_truth_set_gets_no_false_claim fails.
TUNE_RIGHT_FLOOR = 5290


def _tuned_against(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The rows rules were written against: the first three inventories and the fresh sets'
    tune rows (their held rows are measured by evaluate.py, not gated here); the blind tune sets
    wait until rules have been written from them."""
    return [
        r
        for r in rows
        if r["inventory"] not in BLIND_TUNE
        and (r["inventory"] not in FRESH or r["split"] == "tune")
    ]


def test_every_inventory_of_the_truth_set_loads_with_an_as_of() -> None:
    for path in sorted(TRUTH.glob("inv_*.yaml")):
        assert load_inventory(path).as_of is not None, path.name


def test_corpus_rows_carry_no_corpus_text() -> None:
    # The corpus files are licensed test inputs: their questions are stored by reference.
    for line in (TRUTH / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["source"] != "written":
            assert "question" not in row and len(row["question_sha1"]) == 40


def test_written_questions_get_no_false_claim_and_no_unsupported_answer() -> None:
    rows = [r for r in _tuned_against(AT.load_rows()) if r["source"] == "written"]
    assert len(rows) > 80
    score = AT.score(rows)
    assert [r["id"] for r, _ in score["false_claims"]] == []
    assert [r["id"] for r, _ in score["unsupported"]] == []


@pytest.mark.corpus
def test_the_whole_truth_set_gets_no_false_claim(corpus: Path) -> None:
    assert corpus == AT.CORPUS
    rows = AT.load_rows()
    assert len(rows) == 26421  # every corpus question found by its id and text hash
    gated = _tuned_against(rows)
    score = AT.score(gated)
    assert score["false_claims"] == []
    # Right answers are not lost on the way either: a change to classification or mapping that
    # blanks answers the inventory states (a confidence under `low_confidence`, a check too
    # wide) fails here. Raise the floor when fills grow; when a change must trade some away,
    # lower it in that commit and say which rows and why.
    tune = [r for r in gated if r["split"] == "tune" and r.get("expected")]
    missed = {r["id"] for r in score["missed"]}
    assert sum(r["id"] not in missed for r in tune) >= TUNE_RIGHT_FLOOR


def test_the_fresh_set_follows_its_split_rule() -> None:
    # README: held = Triage 2.10 or VSAQ source, or an odd-numbered written row; the rest tune.
    lines = (TRUTH / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [r for r in map(json.loads, lines) if r["inventory"] == "inv_contoso.yaml"]
    written = 0
    for row in rows:
        if row["source"] == "written":
            written += 1
            held = written % 2 == 1
        else:
            held = "Triage_v2.10" in row["source"] or row["source"].startswith("Google_VSAQ_")
        assert row["split"] == ("held" if held else "tune"), row["id"]
    assert (len(rows), sum(r["split"] == "held" for r in rows)) == (170, 72)


def test_the_second_fresh_set_follows_its_split_rule() -> None:
    # README "Fresh set: inv_adatum": the rows whose ordinal is divisible by 3 are tune.
    lines = (TRUTH / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [r for r in map(json.loads, lines) if r["inventory"] == "inv_adatum.yaml"]
    for ordinal, row in enumerate(rows, start=1):
        assert row["split"] == ("tune" if ordinal % 3 == 0 else "held"), row["id"]
    assert (len(rows), sum(r["split"] == "held" for r in rows)) == (120, 80)


def test_a_false_claim_is_counted() -> None:
    row = {"expected": "", "false_claims": ["Yes", "No"], "form": "yesno", "fact": ""}
    assert AT._false("Yes", row) and AT._false("No.", row)
    stated = {"expected": "No", "false_claims": [], "form": "yesno", "fact": "x"}
    assert AT._false("Yes", stated) and not AT._false("No", stated)


def test_values_are_matched_as_whole_words() -> None:
    # "qualified" is not found inside "unqualified"; a value inside a sentence still is.
    row = {"expected": "Unqualified", "false_claims": ["Qualified"], "form": "field", "fact": "x"}
    assert not AT._false("Our SOC 2 report carries an unqualified opinion.", row)
    assert AT._false("The opinion is qualified.", row)
    assert AT._same("Our SOC 2 report carries an unqualified opinion.", "Unqualified")
    assert not AT._same("Retained for 190 days.", "90 days")


def test_a_denial_of_a_stated_value_is_a_false_claim_and_a_looser_choice_is_not() -> None:
    dated = {"expected": "2027-03-31", "false_claims": ["Yes", "No"], "form": "field", "fact": "x"}
    assert AT._false("We do not currently hold a bridge letter.", dated)
    assert not AT._false("Our bridge letter runs to 31 March 2027.", dated)
    none_held = {"expected": "None", "false_claims": [], "form": "field", "fact": "x"}
    assert not AT._false("None.", none_held)
    # The labels list the choices that are false; one they leave out is only less precise.
    choice = {"expected": "AWS", "false_claims": ["Azure"], "choices": ["AWS", "Azure", "Other"]}
    assert AT._false("Azure", choice) and not AT._false("Other", choice)
    s = AT.score([])
    assert s["otherwise"] == [] and s["false_claims"] == []


def _rows_of(inventory: str) -> list[dict[str, object]]:
    lines = (TRUTH / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r["inventory"] == inventory]


def test_the_third_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_litware": a blind measurement set, every row held.
    rows = _rows_of("inv_litware.yaml")
    assert len(rows) == 132
    assert {r["split"] for r in rows} == {"held"}


def test_the_fourth_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_trey": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_trey.yaml")
    assert len(rows) == 129
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(1507, 1507 + 129)]


def test_the_alpine_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_alpine": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_alpine.yaml")
    assert len(rows) == 129
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(1921, 1921 + 129)]


def test_the_fenwick_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_fenwick": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_fenwick.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(2621, 2621 + 130)]


def test_the_wideworld_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_wideworld": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_wideworld.yaml")
    assert len(rows) == 129
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(2881, 2881 + 129)]


def test_the_southridge_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_southridge": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_southridge.yaml")
    assert len(rows) == 133
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(3300, 3300 + 133)]


def test_the_firstup_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_firstup": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_firstup.yaml")
    assert len(rows) == 133
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(4290, 4290 + 133)]


def test_the_munson_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_munson": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_munson.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(4740, 4740 + 130)]


def test_the_dunmore_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_dunmore": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_dunmore.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(2341, 2341 + 130)]


def test_the_boulder_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_boulder": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_boulder.yaml")
    assert len(rows) == 134
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(5190, 5190 + 134)]


def test_the_northridge_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_northridge": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_northridge.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(5640, 5640 + 130)]


def test_the_sterling_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_sterling": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_sterling.yaml")
    assert len(rows) == 132
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(6090, 6090 + 132)]


def test_the_meadowlark_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_meadowlark": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_meadowlark.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(6540, 6540 + 130)]


def test_the_larkspur_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_larkspur": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_larkspur.yaml")
    assert len(rows) == 136
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(7000, 7000 + 136)]


def test_the_marlowe_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_marlowe": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_marlowe.yaml")
    assert len(rows) == 135
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(7600, 7600 + 135)]


def test_the_ashgrove_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_ashgrove": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_ashgrove.yaml")
    assert len(rows) == 140
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(7900, 7900 + 140)]


def test_the_quillon_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_quillon": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_quillon.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(8200, 8200 + 130)]


def test_the_corbel_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_corbel": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_corbel.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(8500, 8500 + 130)]


def test_the_juniper_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_juniper": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_juniper.yaml")
    assert len(rows) == 136
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(9250, 9250 + 136)]


def test_the_quaystone_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_quaystone": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_quaystone.yaml")
    assert len(rows) == 134
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(9700, 9700 + 134)]


def test_the_cormorant_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_cormorant": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_cormorant.yaml")
    assert len(rows) == 132
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(10440, 10440 + 132)]


def test_the_wolfram_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_wolfram": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_wolfram.yaml")
    assert len(rows) == 137
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(10880, 10880 + 137)]


def test_the_zambezi_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_zambezi": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_zambezi.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(11330, 11330 + 130)]


def test_the_yarrowdale_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_yarrowdale": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_yarrowdale.yaml")
    assert len(rows) == 136
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(11770, 11770 + 136)]


def test_the_oxbridge_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_oxbridge": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_oxbridge.yaml")
    assert len(rows) == 134
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(12210, 12210 + 134)]


def test_the_quenby_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_quenby": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_quenby.yaml")
    assert len(rows) == 135
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(12630, 12630 + 135)]


def test_the_wyvern_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_wyvern": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_wyvern.yaml")
    assert len(rows) == 135
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(13050, 13050 + 135)]


def test_the_yellowknife_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_yellowknife": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_yellowknife.yaml")
    assert len(rows) == 131
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(13470, 13470 + 131)]


def test_the_ouray_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_ouray": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_ouray.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(13870, 13870 + 130)]


def test_the_carrick_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_carrick": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_carrick.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(14260, 14260 + 130)]


def test_the_lapwing_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_lapwing": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_lapwing.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(14650, 14650 + 130)]


def test_the_sanderling_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_sanderling": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_sanderling.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(15040, 15040 + 130)]


def test_the_knot_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_knot": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_knot.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(15430, 15430 + 130)]


@pytest.mark.parametrize(
    ("inventory", "first", "count"),
    [
        ("inv_margie.yaml", 773, 133),
        ("inv_proseware.yaml", 906, 133),
        ("inv_wingtip.yaml", 1039, 138),
        ("inv_lucerne.yaml", 1305, 96),
        ("inv_woodgrove.yaml", 1401, 106),
        ("inv_coho.yaml", 1641, 130),
        ("inv_fourth.yaml", 1781, 130),
        ("inv_bluey.yaml", 2061, 130),
        ("inv_cascade.yaml", 2201, 130),
        ("inv_elmstead.yaml", 2481, 130),
        ("inv_consolidated.yaml", 2751, 130),
        ("inv_graphic.yaml", 3010, 128),
        ("inv_humongous.yaml", 3138, 129),
        ("inv_lamna.yaml", 3580, 129),
        ("inv_blueyonder.yaml", 3433, 137),
        ("inv_adventure.yaml", 3720, 134),
        ("inv_vanarsdel.yaml", 3860, 134),
        ("inv_nod.yaml", 3994, 133),
        ("inv_tasmanian.yaml", 4140, 131),
        ("inv_bellows.yaml", 4440, 130),
        ("inv_tailwind.yaml", 4590, 131),
        ("inv_fineart.yaml", 4890, 133),
        ("inv_liberty.yaml", 5040, 133),
        ("inv_citypower.yaml", 5340, 130),
        ("inv_bestforyou.yaml", 5490, 136),
        ("inv_lakeshore.yaml", 5790, 142),
        ("inv_ironwood.yaml", 5940, 141),
        ("inv_harborview.yaml", 6240, 130),
        ("inv_quarry.yaml", 6390, 138),
        ("inv_pinecrest.yaml", 6690, 133),
        ("inv_riverbend.yaml", 6840, 129),
        ("inv_sandpiper.yaml", 7150, 132),
        ("inv_thornbury.yaml", 7300, 140),
        ("inv_gullwing.yaml", 7450, 137),
        ("inv_pemberton.yaml", 7750, 134),
        ("inv_wrenfield.yaml", 8050, 135),
        ("inv_halyard.yaml", 8350, 136),
        ("inv_osprey.yaml", 8650, 132),
        ("inv_kittiwake.yaml", 8800, 134),
        ("inv_saltmarsh.yaml", 8950, 133),
        ("inv_bramble.yaml", 9100, 135),
        ("inv_larchmont.yaml", 9400, 132),
        ("inv_tidewell.yaml", 9550, 132),
        ("inv_ferrous.yaml", 9850, 130),
        ("inv_pelorus.yaml", 10000, 132),
        ("inv_gannet.yaml", 10140, 135),
        ("inv_birchmoor.yaml", 10290, 132),
        ("inv_sorrel.yaml", 10580, 130),
        ("inv_tamarack.yaml", 10730, 138),
        ("inv_lindqvist.yaml", 11030, 135),
        ("inv_parramatta.yaml", 11180, 133),
        ("inv_ouseburn.yaml", 11470, 134),
        ("inv_tarraleah.yaml", 12060, 131),
        ("inv_halewood.yaml", 11620, 132),
        ("inv_corriedale.yaml", 11910, 130),
        ("inv_brackenfell.yaml", 12350, 135),
        ("inv_moorabool.yaml", 12490, 130),
        ("inv_kilbride.yaml", 12770, 136),
        ("inv_tussock.yaml", 12910, 133),
        ("inv_ardgour.yaml", 13190, 131),
        ("inv_quintana.yaml", 13330, 130),
        ("inv_glenorchy.yaml", 13610, 130),
        ("inv_hollowell.yaml", 13740, 130),
        ("inv_drumlin.yaml", 14000, 130),
        ("inv_pennant.yaml", 14130, 130),
        ("inv_stonechat.yaml", 14390, 126),
        ("inv_mallard.yaml", 14520, 130),
        ("inv_whimbrel.yaml", 14780, 130),
        ("inv_dotterel.yaml", 14910, 130),
        ("inv_godwit.yaml", 15170, 130),
        ("inv_turnstone.yaml", 15300, 130),
        ("inv_plover.yaml", 15560, 130),
        ("inv_curlew.yaml", 15690, 130),
        ("inv_redshank.yaml", 15820, 130),
        ("inv_avocet.yaml", 16080, 130),
        ("inv_greenshank.yaml", 16210, 130),
        ("inv_killdeer.yaml", 16600, 130),
        ("inv_willet.yaml", 16730, 130),
        ("inv_whinchat.yaml", 16990, 130),
        ("inv_brambling.yaml", 17120, 130),
        ("inv_garganey.yaml", 18680, 130),
        ("inv_teal.yaml", 19070, 130),
        ("inv_merganser.yaml", 19200, 130),
        ("inv_canvasback.yaml", 19330, 130),
    ],
)
def test_a_blind_tune_set_is_entirely_tune(inventory: str, first: int, count: int) -> None:
    # README "Tune set: <name>": labelled blind, every row tune, its ids in one run.
    rows = _rows_of(inventory)
    assert len(rows) == count
    assert {r["split"] for r in rows} == {"tune"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(first, first + count)]


def test_the_dunlin_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_dunlin": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_dunlin.yaml")
    assert len(rows) == 127
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(15950, 15950 + 127)]


def test_the_stint_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_stint": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_stint.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(16340, 16340 + 130)]


def test_the_phalarope_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_phalarope": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_phalarope.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(16470, 16470 + 130)]


def test_the_yellowlegs_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_yellowlegs": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_yellowlegs.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(16860, 16860 + 130)]


def test_the_turnix_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_turnix": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_turnix.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(17250, 17250 + 130)]


def test_the_dovekie_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_dovekie": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_dovekie.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(17380, 17380 + 130)]


def test_the_puffin_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_puffin": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_puffin.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(17770, 17770 + 130)]


def test_the_gadwall_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_gadwall": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_gadwall.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(17900, 17900 + 130)]


def test_the_smew_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_smew": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_smew.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(18030, 18030 + 130)]


def test_the_pintail_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_pintail": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_pintail.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(18420, 18420 + 130)]


def test_the_wigeon_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_wigeon": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_wigeon.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(18550, 18550 + 130)]


def test_the_shoveler_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_shoveler": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_shoveler.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(18940, 18940 + 130)]


def test_the_scaup_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_scaup": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_scaup.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(19460, 19460 + 130)]


def test_the_pochard_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_pochard": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_pochard.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(19590, 19590 + 130)]


def test_the_ruddy_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_ruddy": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_ruddy.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(20110, 20110 + 130)]


def test_the_harlequin_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_harlequin": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_harlequin.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(20240, 20240 + 130)]


def test_the_firecrest_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_firecrest": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_firecrest.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(20630, 20630 + 130)]


def test_the_bunting_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_bunting": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_bunting.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(21020, 21020 + 130)]


def test_the_redpoll_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_redpoll": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_redpoll.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(21540, 21540 + 130)]


def test_the_chiffchaff_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_chiffchaff": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_chiffchaff.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(21670, 21670 + 130)]


def test_the_stonecurlew_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_stonecurlew": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_stonecurlew.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(22060, 22060 + 130)]


def test_the_bullfinch_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_bullfinch": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_bullfinch.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(22580, 22580 + 130)]


def test_the_goldcrest_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_goldcrest": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_goldcrest.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(22710, 22710 + 130)]


def test_the_twite_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_twite": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_twite.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(23100, 23100 + 130)]


def test_the_ortolan_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_ortolan": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_ortolan.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(23230, 23230 + 130)]


def test_the_dunnock_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_dunnock": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_dunnock.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(23750, 23750 + 130)]


def test_the_kestrel_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_kestrel": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_kestrel.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(23880, 23880 + 130)]


def test_the_brant_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_brant": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_brant.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(24270, 24270 + 130)]


def test_the_fieldfare_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_fieldfare": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_fieldfare.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(24790, 24790 + 130)]


def test_the_greylag_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_greylag": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_greylag.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(24920, 24920 + 130)]


def test_the_ptarmigan_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_ptarmigan": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_ptarmigan.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(25310, 25310 + 130)]


def test_the_petrel_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_petrel": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_petrel.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(25830, 25830 + 130)]


def test_the_goshawk_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_goshawk": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_goshawk.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(25960, 25960 + 130)]


def test_the_kingfisher_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_kingfisher": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_kingfisher.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(26090, 26090 + 130)]


def test_the_sheldrake_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_sheldrake": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_sheldrake.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(26220, 26220 + 130)]


def test_the_sparrowhawk_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_sparrowhawk": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_sparrowhawk.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(26480, 26480 + 130)]


def test_the_bluethroat_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_bluethroat": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_bluethroat.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(26610, 26610 + 130)]


def test_the_woodlark_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_woodlark": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_woodlark.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(27000, 27000 + 130)]


def test_the_rosefinch_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_rosefinch": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_rosefinch.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(26870, 26870 + 130)]


def test_the_chukar_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_chukar": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_chukar.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(27260, 27260 + 130)]


def test_the_brolga_fresh_set_is_entirely_held() -> None:
    # README "Fresh set: inv_brolga": a blind measurement set, every row held, its ids in one run.
    rows = _rows_of("inv_brolga.yaml")
    assert len(rows) == 130
    assert {r["split"] for r in rows} == {"held"}
    assert [r["id"] for r in rows] == [f"T{n:04d}" for n in range(27390, 27390 + 130)]
