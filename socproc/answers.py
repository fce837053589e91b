"""match_answer(): reuse an approved answer for a question asked again (same id or same text)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from socproc.inventory import ApprovedAnswer

# Same question id lowers the bar this much: ids are stable within one questionnaire family,
# but a new version may reword (or reuse) an id, so the text must still agree.
ID_ALLOWANCE = 0.1
# Consider at most this many candidates for the slow SequenceMatcher step.
_CANDIDATES = 25
# Words that carry no meaning for matching; negations are deliberately absent ("do you NOT ...").
_STOPWORD_TEXT = (
    "a an the and or of to in on for at by with from as is are was were be been being do does "
    "did you your yours we our us it its this that these those which what who whom how please "
    "any all has have had can could will would should shall may might there their they them "
    "if so such than then also provide describe explain list"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_NEGATIONS = re.compile(
    r"\b(no|not|never|none|without|cannot|can't|don't|doesn't|isn't|aren't|haven't|hasn't|"
    r"won't|n't|pursuing|planned|plan|planning|intend|expect|expected|working toward|"
    r"in progress|underway|upcoming|future|will)\b"
)
_NON_ANSWERS = frozenset({"", "na", "n a", "tbd", "tba", "unknown", "see above"})
# Words that turn a question into its opposite; "t" is what normalising leaves of "n't".
_NEGATION_WORDS = frozenset({"not", "no", "never", "without", "none", "cannot", "nor", "t"})
# Reports an answer may claim to hold, by inventory kind.
_CLAIMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("SOC 1", re.compile(r"\bsoc\s*-?\s*(1|i|one)\b")),
    ("SOC 2", re.compile(r"\bsoc\s*-?\s*(2|ii|two)\b")),
    ("SOC 3", re.compile(r"\bsoc\s*-?\s*(3|iii|three)\b")),
    ("ISAE 3402", re.compile(r"\bisae\s*3402\b")),
    ("ISAE 3000", re.compile(r"\bisae\s*3000\b")),
    ("ISO 27001", re.compile(r"\biso\s*(/\s*iec\s*)?27001\b")),
    ("PCI DSS", re.compile(r"\bpci\b")),
    ("HITRUST", re.compile(r"\bhitrust\b")),
    ("FedRAMP", re.compile(r"\bfedramp\b")),
)
_SOC2_TYPE2 = re.compile(r"\bsoc\s*-?\s*(2|ii|two)\s*,?\s*type\s*(2|ii|two)\b")


def normalize(text: str) -> str:
    """Lowercase words and digits separated by single spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    # A light suffix strip so that "encrypted"/"encrypts"/"encrypt" meet; no stemmer dependency.
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_tokens(text: str) -> frozenset[str]:
    """The stemmed meaningful words of a text."""
    return frozenset(_stem(w) for w in normalize(text).split() if w not in _STOPWORDS)


def stemmed(text: str) -> str:
    """The text as stemmed words, for whole-phrase containment tests."""
    return " ".join(_stem(w) for w in normalize(text).split())


def _negations(norm: str) -> frozenset[str]:
    return frozenset(norm.split()) & _NEGATION_WORDS


def _jaccard(a: frozenset[str], b: frozenset[str], shared: int) -> float:
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


class AnswerIndex:
    """Approved answers indexed once per run by id, exact text and token."""

    def __init__(self, answers: Sequence[ApprovedAnswer]):
        # Placeholders ("N/A", "TBD") from imported questionnaires are not answers to reuse.
        self.answers = tuple(a for a in answers if normalize(a.answer) not in _NON_ANSWERS)
        self._norm = [normalize(a.question) for a in self.answers]
        self._tokens = [content_tokens(a.question) for a in self.answers]
        self._negs = [_negations(n) for n in self._norm]
        self._by_text: dict[str, int] = {}
        self._by_id: dict[str, list[int]] = {}
        self._by_token: dict[str, list[int]] = {}
        for i, answer in enumerate(self.answers):
            self._by_text.setdefault(self._norm[i], i)
            if answer.question_id:
                self._by_id.setdefault(answer.question_id.strip().lower(), []).append(i)
            for token in self._tokens[i]:
                self._by_token.setdefault(token, []).append(i)
        self._memo: dict[tuple[str, str | None, float], tuple[ApprovedAnswer, float] | None] = {}

    def _score(self, i: int, norm: str, tokens: frozenset[str], floor: float) -> float:
        """Half character similarity, half token overlap; 0 when it cannot reach `floor`."""
        if _negations(norm) != self._negs[i]:
            return 0.0  # "do you encrypt" and "do you not encrypt" are opposite questions
        shared = len(tokens & self._tokens[i])
        jaccard = _jaccard(tokens, self._tokens[i], shared)
        if 0.5 + 0.5 * jaccard < floor:
            return 0.0
        matcher = SequenceMatcher(None, norm, self._norm[i], autojunk=False)
        if 0.5 * matcher.quick_ratio() + 0.5 * jaccard < floor:
            return 0.0
        return 0.5 * matcher.ratio() + 0.5 * jaccard

    def _best(
        self, indices: Sequence[int], norm: str, tokens: frozenset[str], floor: float
    ) -> tuple[int, float] | None:
        best: tuple[int, float] | None = None
        for i in indices:
            score = self._score(i, norm, tokens, floor)
            if score >= floor and (best is None or score > best[1]):
                best = (i, score)
        return best

    def match(
        self, question: str, question_id: str | None, threshold: float
    ) -> tuple[ApprovedAnswer, float] | None:
        """The best approved answer for a question, with its similarity (0-1), or None."""
        key = (question, question_id, threshold)
        if key not in self._memo:
            self._memo[key] = self._match(question, question_id, threshold)
        return self._memo[key]

    def _match(
        self, question: str, question_id: str | None, threshold: float
    ) -> tuple[ApprovedAnswer, float] | None:
        if not self.answers:
            return None
        norm, tokens = normalize(question), content_tokens(question)
        if not norm:
            return None  # no words: nothing to compare ("???" would equal every "???")
        if norm in self._by_text:
            return self.answers[self._by_text[norm]], 1.0
        if question_id:
            same_id = self._by_id.get(question_id.strip().lower(), [])
            hit = self._best(same_id, norm, tokens, threshold - ID_ALLOWANCE)
            if hit:
                return self.answers[hit[0]], hit[1]
        counts: dict[int, int] = {}
        for token in tokens:
            for i in self._by_token.get(token, ()):
                counts[i] = counts.get(i, 0) + 1
        ranked = sorted(counts, key=lambda i: (-_jaccard(tokens, self._tokens[i], counts[i]), i))
        hit = self._best(ranked[:_CANDIDATES], norm, tokens, threshold)
        return (self.answers[hit[0]], hit[1]) if hit else None


def match_answer(
    question: str, question_id: str | None, answers: Sequence[ApprovedAnswer], threshold: float
) -> tuple[ApprovedAnswer, float] | None:
    """The approved answer for a question: identical text, then same id and near-identical
    text, then similar text; None below `threshold`."""
    return AnswerIndex(answers).match(question, question_id, threshold)


def polarity(answer: str) -> bool | None:
    """True for an answer that starts Yes-like, False for No-like, None otherwise."""
    first = normalize(answer).split(" ", 1)[0] if answer.strip() else ""
    if first in ("yes", "y", "true", "compliant", "implemented"):
        return True
    if first in ("no", "n", "false", "none", "not"):
        return False
    return None


def claimed_reports(answer: str) -> set[str]:
    """The report kinds an answer says the vendor holds (negated or future mentions excluded).

    "SOC 2 Type II" is returned as "SOC 2 Type II" as well as "SOC 2", so that a Type II claim
    can be checked against a held Type I.
    """
    claims: set[str] = set()
    # Judge each clause on its own: "no SOC 1, but our SOC 2 ..." claims only the SOC 2.
    for clause in re.split(r"[.;,:()]|\bbut\b|\bhowever\b|\bwhile\b", answer.lower()):
        if _NEGATIONS.search(clause):
            continue
        claims.update(kind for kind, rx in _CLAIMS if rx.search(clause))
        if _SOC2_TYPE2.search(clause):
            claims.add("SOC 2 Type II")
    return claims
