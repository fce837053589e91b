"""Answers you can sign, seventeenth round: tests to be filed beside their modules' tests."""

from __future__ import annotations

from datetime import date

from socproc.classify import classify
from socproc.inventory.load import ApprovedAnswer, Inventory
from socproc.mapping.map import map_requirement
from socproc.model import Mapping, Requirement

AS_OF = date(2026, 6, 30)
YES_NO = ("Yes", "No", "N/A")
BARE = Inventory(vendor="Harbour Ledger Ltd")


def answer(
    question: str,
    choices: tuple[str, ...] = (),
    inventory: Inventory = BARE,
    answers: tuple[ApprovedAnswer, ...] = (),
) -> Mapping:
    req = Requirement(ref="Q!B2", question=question, answer_ref="C2", choices=choices)
    return map_requirement(req, classify(question), inventory, AS_OF, answers=answers)


def test_a_draft_from_approved_words_says_them_once() -> None:
    # A name asked as a field, approved as a yes/no: left for the reviewer, the words once.
    officer = ApprovedAnswer(
        "Do you have a chief privacy officer?",
        "Yes. Our chief privacy officer is Ines Marlow of Harbour Privacy LLP in Dublin.",
    )
    m = answer("Name of your chief privacy officer", answers=(officer,))
    assert m.suggested_response.startswith("DRAFT")
    assert m.suggested_response.count("Ines Marlow of Harbour Privacy") == 1
