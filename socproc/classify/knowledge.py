"""Nearest NIST SP 800-53 controls for a question (BM25 over a built term index), and their TSC.

A buyer's control question almost always restates a catalog control in other words; the
question's index terms are looked up in `nist_index.POSTINGS` (built by
scripts/build_knowledge.py) and the controls scored by the summed BM25 weights of the terms
they share. Pure Python, deterministic, a few microseconds a question.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Sequence

from socproc.classify.nist_index import CONTROLS, MAX_IDF, TERMS
from socproc.classify.terms import sourced_terms
from socproc.classify.text import fold, split_tokens
from socproc.classify.tsc_map import criteria_of_control

_CRITERIA = tuple(criteria_of_control(cid) for cid, _ in CONTROLS)
TOP_K = 5
WITHIN_DOCS = 6
# Controls mapped to more than one criterion, with their criteria.
_MULTI = {doc: frozenset(crits) for doc, crits in enumerate(_CRITERIA) if len(crits) > 1}
# Index term → its line of nist_index.TERMS, unparsed: a question touches a few dozen of the
# 2,222 terms, so each is parsed on first use (`_entry`) and importing costs milliseconds.
_LINES: dict[str, str] = dict(line.split(" ", 1) for line in TERMS.splitlines())

Postings = tuple[tuple[int, ...], tuple[float, ...]]
_NO_POSTINGS: Postings = ((), ())


class _Entries(dict[str, tuple[float, Postings]]):
    """term → (IDF, (control positions, BM25 weights)), parsed from its line on first use."""

    def __missing__(self, term: str) -> tuple[float, Postings]:
        line = _LINES.get(term)
        if line is None:
            return MAX_IDF, _NO_POSTINGS  # not stored: unknown terms are unbounded in number
        idf, rest = line.split(" ", 1)
        at, weights = rest.split(";")
        found = float(idf), (tuple(map(int, at.split())), tuple(map(float, weights.split())))
        self[term] = found
        return found


_ENTRIES = _Entries()


def postings(term: str) -> Postings:
    """The controls using an index term most, and the term's BM25 weight in each."""
    return _ENTRIES[term][1]


def idf(term: str) -> float:
    """How telling an index term is: its IDF over the controls (MAX_IDF if no control uses it)."""
    return _ENTRIES[term][0]


def index_terms_known() -> list[str]:
    """Every index term, in the index's order."""
    return list(_LINES)


class _Within(dict[tuple[str, str], Postings]):
    """(criterion, term) → the term's postings restricted to the controls mapped to that
    criterion, the WITHIN_DOCS best of them (enough to name the nearest one), built on use."""

    def __missing__(self, key: tuple[str, str]) -> Postings:
        crit, term = key
        if term not in _LINES:
            return _NO_POSTINGS  # not stored: unknown terms are unbounded in number
        at, weights = _ENTRIES[term][1]
        kept = [(doc, w) for doc, w in zip(at, weights, strict=True) if crit in _CRITERIA[doc]]
        if len(kept) > WITHIN_DOCS:
            kept = sorted(sorted(kept, key=lambda dw: (-dw[1], dw[0]))[:WITHIN_DOCS])
        found = (tuple(d for d, _ in kept), tuple(w for _, w in kept))
        self[key] = found
        return found


_WITHIN = _Within()


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


def nearest(tokens: list[str], within: Sequence[str] = ()) -> Nearest:
    """The nearest control to a question's folded tokens (text.split_tokens), or NONE.

    `within`: criteria the question is already known to be about (the criteria table's own
    phrases named them); only the controls mapped to them are searched, which is faster and
    explains the call by the control nearest within those criteria.
    """
    terms: dict[str, str] = {}  # index term → the question's word, unique, in order
    for term, word in sourced_terms(tokens, question=True):
        if term not in terms:
            terms[term] = word
    # Questionnaires repeat their wording with other numbers and names around it: the search
    # depends only on the index terms (numbers have none), so it is cached by them.
    return _nearest(tuple(terms.items()), tuple(within))


@functools.lru_cache(maxsize=8192)
def _nearest(pairs: tuple[tuple[str, str], ...], within: tuple[str, ...]) -> Nearest:
    terms = dict(pairs)
    scores: dict[int, float] = {}
    get = scores.get
    entries = _ENTRIES
    if within:
        lists = [_WITHIN[crit, term] for crit in within for term in terms]
    else:
        lists = [entries[term][1] for term in terms]
    # Summed in the order the postings come (criterion, term, position): float sums and the
    # order of ties are deterministic.
    for at, weights in lists:
        for doc, w in zip(at, weights, strict=True):
            scores[doc] = get(doc, 0.0) + w
    if not scores:
        return NONE
    if len(within) > 1:  # a control mapped to two of the criteria was counted twice
        for doc in _MULTI.keys() & scores.keys():
            n = len(_MULTI[doc].intersection(within))
            if n > 1:
                scores[doc] /= n
    # nlargest is sorted(..., reverse=True)[:TOP_K]: ties keep the order docs were first scored.
    order = heapq.nlargest(TOP_K, scores, key=scores.__getitem__)
    best = order[0]
    tally: dict[str, float] = {}
    for doc in order:
        w = scores[doc]
        for crit in _CRITERIA[doc]:
            tally[crit] = tally.get(crit, 0.0) + w
    votes = tuple(sorted(tally.items(), key=lambda cw: (-cw[1], cw[0])))
    shared = [t for t in terms if best in entries[t][1][0]]
    total = sum(entries[t][0] for t in terms)
    coverage = sum(entries[t][0] for t in shared) / total if total else 0.0
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
