"""Answers you can sign, seventeenth round: tests to be filed beside their modules' tests."""

from __future__ import annotations

from datetime import date

from socproc.classify import classify
from socproc.inventory.load import ApprovedAnswer, EvidenceDocument, Inventory
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


def test_a_document_requested_in_the_imperative_is_answered_with_the_document_not_yes() -> None:
    policy = EvidenceDocument("vm-pol", "Vendor Management Policy", ("vendor management",))
    held = Inventory(vendor="Harbour Ledger Ltd", documents=(policy,))
    for request in (
        "Send us a copy of your vendor management policy.",
        "Please upload the vendor management policy.",
    ):
        asked = answer(request, inventory=held)
        assert asked.suggested_response.startswith("Our Vendor Management Policy")
        assert asked.answer.startswith("Our Vendor Management Policy")
    # Asked yes or no, it is answered yes or no.
    can = answer("Can you share your vendor management policy?", YES_NO, inventory=held)
    assert can.answer == "Yes" and can.suggested_response.startswith("Yes. Our Vendor")
