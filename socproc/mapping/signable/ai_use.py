"""Answers on whether the vendor's product has AI features or uses a large language model,
read from the features its controls and approved answers describe."""

from __future__ import annotations

import re

from socproc.mapping.holdings import Context
from socproc.mapping.signable.negation import _DENIAL_RX, _FULL_STOP_RX
from socproc.mapping.signable.practices import _as_said
from socproc.mapping.signable.scope import _FUTURE_RX, _PAST_RX
from socproc.mapping.signable.stating import _TO_COME_RX
from socproc.mapping.signable.vocab import NONE, Signed


def ai_in_product(ctx: Context, question: str) -> Signed:
    """Yes to whether the product has AI features ("Does your solution have AI features, or
    are there plans to implement AI features in the next 12 months?") or uses a large
    language model ("Does your solution leverage a large language model (LLM) or do you plan
    to do so in the next 12 months?") where a control or an approved answer describes a
    feature of the product that runs on one, in any words ("suggests a credit score with our
    own machine-learning model", "sends each prompt to Azure OpenAI Service", "reads the
    photographs with Google's Gemini model"). Only a model of the kind asked counts (a
    language model for an LLM); the staff's own tools, a model denied, retired, being
    evaluated or planned do not. Never No: an absence is not read here."""
    llm = bool(_LLM_ASK_RX.match(question))
    if not llm and not _AI_ASK_RX.match(question):
        return NONE
    said = _LLM_RX if llm else _MODEL_RX
    for control in ctx.inventory.controls:
        if _feature_said(control.description, said):
            return Signed("Yes", _as_said(control), control.id)
    for answer in ctx.current_answers:
        if _feature_said(answer.answer, said):
            text = f"{answer.answer.strip().rstrip('.')} (approved answer to: {answer.question})"
            return Signed("Yes", text, "answer")
    return NONE


def _feature_said(text: str, model: re.Pattern[str]) -> bool:
    """Whether a sentence of `text` says the product does something with a model of the kind
    asked, now, and not only the vendor's staff with their own tools."""
    for sentence in _FULL_STOP_RX.split(text):
        for clause in re.split(r";\s*", sentence):
            if (
                model.search(clause)
                and _ACTS_RX.search(clause)
                and not _DENIAL_RX.search(clause)
                and not _STAFF_TOOL_RX.search(clause)
                and not _FUTURE_RX.search(clause)
                and not _PAST_RX.search(clause)
                and not _TO_COME_RX.search(clause)
                and not _TRIAL_RX.search(clause)
            ):
                return True
    return False


# HECVAT's REQU-04 and its plain forms: "Does your solution have AI features, or are there
# plans to implement AI features in the next 12 months?", "Does your product use AI?".
_AI_ASK_RX = re.compile(
    r"\s*(?:does|do)\s+(?:your|the)\s+(?:solution|product|service|application|platform|software)\s+"
    r"(?:have|include|offer|contain|use)\s+(?:any\s+)?(?:ai|artificial\s+intelligence|machine[- ]"
    r"learning)(?:\s+(?:features?|capabilit\w+|functionality))?\s*(?:,?\s*or\s+are\s+there\s+plans\s+"
    r"to\s+implement\s+(?:ai|artificial\s+intelligence)\s+features\s+in\s+the\s+next\s+12\s+months)?"
    r"\s*\?\*?\s*$",
    re.I,
)
# HECVAT's AIQU-02: "Does your solution leverage a large language model (LLM) or do you plan
# to do so in the next 12 months?".
_LLM_ASK_RX = re.compile(
    r"\s*(?:does|do)\s+(?:your|the)\s+(?:solution|product|service|application|platform|software)\s+"
    r"(?:leverage|use)\s+(?:an?\s+)?(?:large\s+language\s+models?|llms?)(?:\s+\(llms?\))?\s*"
    r"(?:,?\s*or\s+do\s+you\s+plan\s+to\s+do\s+so\s+in\s+the\s+next\s+12\s+months)?\s*\?\*?\s*$",
    re.I,
)
# A language model by kind or by name.
_LLM = (
    r"large\s+language\s+models?|\bllms?\b|azure\s+openai|\bopenai\b|\bgpt-?[\d.]*\w*|chatgpt|"
    r"\bgemini\b|\bclaude\b|amazon\s+bedrock|\bbedrock\b|\bllama\b|\bmistral\b|generative\s+ai"
)
_LLM_RX = re.compile(_LLM, re.I)
# A model of any kind: machine learning, a trained model, a language model.
_MODEL_RX = re.compile(
    r"machine[- ]learning|\bml\s+models?\b|trained\s+(?:model|on)|neural\s+network|"
    r"(?:ai|artificial\s+intelligence)[- ](?:powered|based|assistant|features?|models?)|" + _LLM,
    re.I,
)
# What a product does with it: suggests, estimates, drafts, reads, answers, summarises, sends.
_ACTS_RX = re.compile(
    r"\b(?:suggests?|estimates?|drafts?|reads?|answers?|summari[sz]es?|sends?|classif\w+|predicts?|"
    r"forecasts?|scores?|recommends?|detects?|flags?|generates?|translates?|transcribes?|"
    r"extracts?|uses?|powered|runs?|assistant|feature|suggested|estimated|drafted|predicted|"
    r"generated|classified|scored|recommended|translated|transcribed|extracted)\b",
    re.I,
)
# The staff's own tools, or a model used internally: "our developers use GitHub Copilot".
_STAFF_TOOL_RX = re.compile(
    r"\b(?:our\s+(?:staff|employees|developers|engineers|support\s+team|team)|employees|"
    r"internally|internal\s+use|copilot|for\s+our\s+own|providers?|partners?|vendors?|"
    r"subprocessors?|third[- ]part\w+|stripe|adyen|paypal|braintree|zendesk|salesforce|hubspot|"
    r"intercom|freshdesk|workspace)\b",
    re.I,
)
# Only tried: "is being evaluated", "a pilot with two customers", "in beta".
_TRIAL_RX = re.compile(
    r"\b(?:evaluat\w+|pilot\w*|trial\w*|beta|prototype\w*|experiment\w*|proof\s+of\s+concept)\b",
    re.I,
)
