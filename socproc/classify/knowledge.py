"""Nearest NIST SP 800-53 controls for a question (BM25 over a built term index), and their TSC.

A buyer's control question almost always restates a catalog control in other words; the
question's index terms are looked up in `nist_index.POSTINGS` (built by
scripts/build_knowledge.py) and the controls scored by the summed BM25 weights of the terms
they share. Pure Python, deterministic, a few microseconds a question.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence

from socproc.classify.nist_index import CONTROLS, IDF, MAX_IDF, POSTINGS
from socproc.classify.terms import sourced_terms
from socproc.classify.text import fold, split_tokens
from socproc.classify.tsc_map import criteria_of_control

_CRITERIA = tuple(criteria_of_control(cid) for cid, _ in CONTROLS)
TOP_K = 5
WITHIN_DOCS = 6
_EMPTY: dict[int, float] = {}
_NO_POSTINGS: dict[str, dict[int, float]] = {}
_BY_CRITERION: dict[str, dict[str, dict[int, float]]] = {}
# Controls mapped to more than one criterion, with their criteria.
_MULTI = {doc: frozenset(crits) for doc, crits in enumerate(_CRITERIA) if len(crits) > 1}


class Nearest:
    """The best control for a question: its id, title, BM25 score, criteria and shared terms."""

    __slots__ = (
        "control", "coverage", "criteria", "matched", "ranked", "score", "terms",
        "title", "votes",
    )  # fmt: skip

    def __init__(
        self,
        control: str,
        title: str,
        score: float,
        criteria: tuple[str, ...],
        terms: tuple[str, ...],
        coverage: float = 0.0,
        votes: tuple[tuple[str, float], ...] = (),
        matched: int = 0,
        ranked: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (),
    ) -> None:
        self.control = control
        self.title = title
        self.score = score
        self.criteria = criteria
        self.terms = terms  # the question's words whose index terms the control uses
        # Share of the question's information (IDF mass) that the control's words account for:
        # low when a rare word or two matched and the rest of the question is about other things.
        self.coverage = coverage
        # Criteria by the summed scores of the TOP_K nearest controls that map to them: one
        # control may be a near miss, five rarely all are.
        self.votes = votes
        self.matched = matched  # how many index terms the question and the control share
        self.ranked = ranked  # the TOP_K nearest: (control, title, score, criteria), best first


NONE = Nearest("", "", 0.0, (), ())


def _by_criterion() -> dict[str, dict[str, dict[int, float]]]:
    """criterion → the postings restricted to the controls mapped to it (built once)."""
    if not _BY_CRITERION:
        for term, plist in POSTINGS.items():
            for doc, w in plist.items():
                for crit in _CRITERIA[doc]:
                    _BY_CRITERION.setdefault(crit, {}).setdefault(term, {})[doc] = w
        # Within a criterion a term's few best controls are enough to name the nearest one.
        for index in _BY_CRITERION.values():
            for term, plist in index.items():
                if len(plist) > WITHIN_DOCS:
                    best = sorted(plist.items(), key=lambda dw: (-dw[1], dw[0]))[:WITHIN_DOCS]
                    index[term] = dict(sorted(best))
    return _BY_CRITERION


def nearest(tokens: list[str], within: Sequence[str] = ()) -> Nearest:
    """The nearest control to a question's folded tokens (text.split_tokens), or NONE.

    `within`: criteria the question is already known to be about (the criteria table's own
    phrases named them); only the controls mapped to them are searched, which is faster and
    explains the call by the control nearest within those criteria.
    """
    terms: dict[str, str] = {}  # index term → the question's word, unique, in order
    for term, word in sourced_terms(tokens):
        if term not in terms:
            terms[term] = word
    scores: defaultdict[int, float] = defaultdict(float)
    indexes = [_by_criterion().get(c, _NO_POSTINGS) for c in within] if within else [POSTINGS]
    for index in indexes:
        for term in terms:
            plist = index.get(term)
            if plist is not None:
                for doc, w in plist.items():
                    scores[doc] += w
    if not scores:
        return NONE
    if len(indexes) > 1:  # a control mapped to two of the criteria was counted twice
        for doc in _MULTI.keys() & scores.keys():
            n = len(_MULTI[doc].intersection(within))
            if n > 1:
                scores[doc] /= n
    # Ties keep the order the postings came in (sorted() is stable): deterministic.
    order = sorted(scores, key=scores.__getitem__, reverse=True)[:TOP_K]
    best = order[0]
    tally: dict[str, float] = {}
    for doc in order:
        w = scores[doc]
        for crit in _CRITERIA[doc]:
            tally[crit] = tally.get(crit, 0.0) + w
    votes = tuple(sorted(tally.items(), key=lambda cw: (-cw[1], cw[0])))
    shared = [t for t in terms if best in POSTINGS.get(t, _EMPTY)]
    total = sum(IDF.get(t, MAX_IDF) for t in terms)
    coverage = sum(IDF[t] for t in shared) / total if total else 0.0
    words = tuple(dict.fromkeys(terms[t] for t in shared))
    top = tuple((*CONTROLS[doc], scores[doc], _CRITERIA[doc]) for doc in order)
    cid, title = CONTROLS[best]
    return Nearest(
        cid, title, scores[best], _CRITERIA[best], words, coverage, votes, len(shared), top
    )


@functools.lru_cache(maxsize=4096)
def nearest_to_cues(cue_words: tuple[str, ...], criteria: tuple[str, ...]) -> Nearest:
    """The nearest control to the criteria table's cue phrases, within their criteria.

    Questions that name a practice in the table's words share few distinct cue sets, so the
    search runs once per set.
    """
    return nearest(split_tokens(fold(" ".join(cue_words))), criteria)
