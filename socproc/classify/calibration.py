"""Confidence of each decision path, measured on the tune rows: what a confidence means.

Every call the classifier makes goes down one path (a report named, a fact form, a control in
the criteria table's words, a near control alone...). A path's confidence is the accuracy it
can be expected to keep on questions nobody tuned on, estimated from the TUNE rows only (real
questionnaire questions of the tune split, held files excluded; the written requirements are
left out because they were written beside the rules and flatter them):

    confidence = min(prior, Wilson lower bound at z = 1.645 of (right / n)), down to 0.05

`python scripts/evaluate.py --calibration` prints each path's tune count, accuracy and bound
next to the value here; tests/test_classify_calibration.py fails when a path with at least
MIN_ROWS tune rows claims more than its bound. The buyer questions of
`tests/data/labelled_buyer.jsonl` (labelled before the classifier saw them) count as tune
rows. The one-sided 95% bound is what keeps a band honest on unseen text: a path right 29 times in 37 claims 0.65, not 0.78. A path with fewer
than MIN_ROWS tune rows keeps the prior written beside it, which is never above the bound of
the family it belongs to. When the form is ambiguous (no form matched, the topic found by
retrieval alone) the path says so by a confidence near 0.5, not by a guess.

Tune rows flatter a path whose rules were fitted to them. The honest measure of a path is its
first contact: each batch of buyer questions scored once, with the code of the day, before any
rule was changed for it (FIRST_CONTACT). A path with at least MIN_ROWS first-contact rows claims
no more than they earned either, or a coin's worth (UNMEASURED) when they earned less: the
nearest control alone was right on 37 of 75 unseen questions, though on 82 of 88 tune rows, and
claims 0.5 (the mapping sends rows under 0.5 to the reviewer whatever their answer, a cost
for the answer, not for whether a SOC report is needed).
"""

from __future__ import annotations

import math

from socproc.classify.needs import Decision

Z = 1.645  # one-sided 95%
MIN_ROWS = 10
# A path no tune row took has earned nothing: a coin's worth.
UNMEASURED = 0.5

# path → confidence: min(the value set before measuring, earned(right, n)). The comment says
# right / n on the tune rows at the last calibration ("w": written rows added, real ones being
# fewer than MIN_ROWS). Report paths set finer values in reports.py and implicit.py (at most
# the one here); the SOC 1 path sets its own in controls.py.
CONFIDENCE: dict[str, float] = {
    "report": 0.9,  # a report named or asked for (25/25)
    "artifact": 0.8,  # asks for a non-SOC artifact (15/15)
    "framework": 0.65,  # another framework only (16/16; first contact 10/11)
    "soc-other": 0.6,  # "SOC" in another sense: system-on-chip, occupation code (7/7 w)
    "standard-question": 0.25,  # which standard is followed (1/1 w)
    # a control over the buyer's financial reporting → SOC 1 (11/12; first contact 10/15)
    "financial": 0.5,
    "buyer-runs": 0.25,  # a deployment the buyer runs, or the buyer's duty (4/4 w)
    "soc-ops": 0.7,  # a Security Operations Center practice (9/9 w)
    "soc-ops-bare": 0.25,  # a bare "SOC" read as one (1/1 w)
    # a fact, document, history, location, terms, platform form (106/106; first contact 62/66)
    "not-asked": 0.85,
    # AI/ML model work; labellers differ on data use for training (28/29, but first contact
    # 3/5, a Wilson bound of 0.27: the tune rows come from the few questionnaires it was
    # written beside, so it claims the band below 0.7, not 0.8)
    "ai-model": 0.6,
    # the vendor's practice in the criteria table's own words (496/503; first contact 250/287,
    # a Wilson bound of 0.835: the band below 0.85 since buyer12, where 7 of its 28 calls were
    # false needs, a document, insurance terms or history read by a cue word; buyer13's 8 of
    # 32 were documents, a certification, a contact field and a feature's 'logs')
    "cues": 0.8,
    "foreign-cues": 0.25,  # outside English, the criteria table's phrases alone (1/1 w)
    "disposal": 0.25,  # the buyer's data disposed of at the contract's end (1/1 w)
    "risk": 0.45,  # risks identified, assessed or treated, CC3.2's terms (5/6 w)
    "privacy": 0.55,  # the privacy programme (5/5 w)
    "training": 0.55,  # the vendor's people trained, on a law or any subject (5/5 w; new)
    "access": 0.6,  # a logical-access function of the product (9/10 w)
    "protection": 0.25,  # another protection function of the product (1/1 w)
    "protective": 0.4,  # a practice of protection with no control near it (2/2 w)
    # a near control alone, score at least twice the bar (26/28; first contact 14/20)
    "near-strong": 0.5,
    # a near control alone (53/68; first contact 37/75: a coin's worth on unseen text)
    "near": 0.5,
    "not-near-feature": 0.6,  # a feature with no control near it (18/19; first contact 20/25)
    "not-near-label": 0.7,  # a label with no control near it (7/7 w)
    "not-near": 0.5,  # another question with no control near it (18/22)
    "no-cue": 0.5,  # nothing at all found, a short text (no tune row)
    "no-cue-long": 0.5,  # nothing at all found, a longer text (no tune row)
}


# path → (right, n) at first contact, summed over labelled_buyer2 (at 680abe9), buyer3
# (19bc98c), buyer4 (05cbe19), buyer5 (778fcf7), buyer6 and buyer7 (982f97c), buyer10
# (27da4d1), buyer11 (fe37d67), buyer12 (d9aeedc, with T0101's corrected label) and buyer13
# (93beb06): 866 questions, each scored by the code that had never seen it
# (tests/data/labelled_buyer.md; buyer10's by path in the commit that fixed its kinds).
FIRST_CONTACT: dict[str, tuple[int, int]] = {
    "cues": (250, 287),
    "near": (56, 118),
    "not-asked": (126, 134),
    "report": (105, 107),
    "not-near": (60, 76),
    "not-near-feature": (45, 51),
    "near-strong": (28, 35),
    "artifact": (26, 26),
    "framework": (20, 22),
    "financial": (25, 32),
    "protective": (17, 25),
    "not-near-label": (11, 11),
    "soc-ops": (8, 8),
    "access": (6, 7),
    "soc-other": (8, 8),
    "ai-model": (3, 5),
    "risk": (2, 2),
    "protection": (2, 2),
    "privacy": (2, 2),
    "soc-ops-bare": (1, 1),
    "training": (1, 1),
}


def settle(d: Decision, path: str) -> None:
    """Record the path a decision took, and the confidence that path has earned."""
    d.path = path
    d.confidence = CONFIDENCE[path]


def earned(right: int, n: int) -> float:
    """The confidence right / n on tune rows allows: the Wilson lower bound, down to a multiple
    of 0.05; UNMEASURED for a path no tune row took."""
    if n == 0:
        return UNMEASURED
    return math.floor(wilson_lower(right, n) * 20 + 1e-9) / 20


def wilson_lower(right: int, n: int, z: float = Z) -> float:
    """The Wilson score interval's lower bound for right / n (0.0 when n is 0)."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)
