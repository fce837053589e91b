"""AI features and language models of the product, from the features the inventory describes."""

from __future__ import annotations

import pytest
from common import AS_OF, _with

from socproc.mapping.holdings import context_for
from socproc.mapping.signable import ai_in_product
from socproc.model import Settings

_AI = (
    "Does your solution have AI features, or are there plans to implement AI features in the "
    "next 12 months?"
)
_LLM = (
    "Does your solution leverage a large language model (LLM) or do you plan to do so in the "
    "next 12 months?"
)


@pytest.mark.parametrize(
    ("text", "ai", "llm"),
    [
        # a feature of the product that runs on a model, in words none was written from
        ("Harbour Desk drafts reply suggestions with Azure OpenAI Service.", "Yes", "Yes"),
        ("The Tide forecast predicts berth delays with our own machine-learning model.", "Yes", ""),
        ("Lumen Scan reads invoice photographs with Google's Gemini model.", "Yes", "Yes"),
        # the staff's own tools, a denial, a trial, a plan, a past feature
        ("Our developers use GitHub Copilot.", "", ""),
        ("Stripe Radar uses machine learning to detect fraudulent card payments.", "", ""),
        ("Invoice totals are suggested by a machine-learning model in Ledger.", "Yes", ""),
        ("No machine-learning model is used in our products.", "", ""),
        ("An LLM assistant for dispatchers is being evaluated with two customers.", "", ""),
        ("We plan to add a machine-learning forecast in 2027.", "", ""),
        ("Until 2025 the app suggested prices with a machine-learning model.", "", ""),
    ],
)
def test_ai_in_the_product_is_read_from_its_features(text: str, ai: str, llm: str) -> None:
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    assert ai_in_product(ctx, _AI).answer == ai, text
    assert ai_in_product(ctx, _LLM).answer == llm, text


@pytest.mark.parametrize(
    "question",
    [
        "Does your solution use AI to make decisions about individuals?",
        "Does your solution have AI features that can be disabled?",
        "Do your employees use AI tools?",
    ],
)
def test_more_or_other_asked_of_ai_is_left(question: str) -> None:
    text = "Harbour Desk drafts reply suggestions with Azure OpenAI Service."
    ctx = context_for(_with((text,)), AS_OF, Settings(), ())
    assert ai_in_product(ctx, question).answer == ""
