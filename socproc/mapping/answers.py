"""match_answer(): reuse an approved answer for a question asked again (same id, text or fact).

Automatic reuse is lexical and explainable: identical text (after layout noise is removed), then
the same question id with near-identical text, then the same company fact asked in other words
(legal name, headcount...: `similar.fact_key`), then similar text, scored as half character
similarity (difflib) and half overlap of stemmed words; a wording that swaps a word for another
("at rest" → "in transit") or adds a negation is another question and never matches. An
answer is filled in only in the form its question asks for (`answers_question`): a Yes to an
either/or question or a bare No to "Describe ..." is shown to the reviewer instead.
`AnswerIndex.similar` offers the reviewer the nearest answers to other wordings
(`similar.SimilarIndex`), which are never filled in by themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, repeat

from socproc.inventory.load import ApprovedAnswer
from socproc.mapping.similar import (
    FACT_SCORE,
    FACT_TAG,
    Entry,
    SimilarIndex,
    fact_key,
    without_examples,
)
from socproc.model import SimilarAnswer

# Same question id lowers the bar this much: ids are stable within one questionnaire family,
# but a new version may reword (or reuse) an id, so the text must still agree.
ID_ALLOWANCE = 0.1
# A question adding this many words to an approved one asks more than it did (under any id).
_ADDED_WORDS = 2
# One dropping any word of the approved question's own (not of its examples) asks less, and
# only a Yes to the narrower question answers the broader one: "scanned *with an authenticated
# account*?" or "a *formal* plan?" answered No says nothing of other scans or plans.
_DROPPED_WORDS = 1
# Reuse by concepts (off by default, `AnswerIndex(by_concepts=True)`): a similarity this high
# (the same concepts and nearly the same words; no contrast, which halves a score), with no
# runner-up within REUSE_MARGIN that says otherwise. Chosen on the tuning rows of
# tests/data/reuse, where every answer scoring 0.82 or more was right. On the held rows it
# added 2 answers, both right: too few to prove the 0.98 that automatic reuse must reach, so
# across families only near-identical wording and company facts are reused automatically
# (scripts/evaluate.py --reuse measures each rule).
REUSE_SCORE = 0.85
REUSE_MARGIN = 0.15
# Suggestions scoring under this share nothing worth a reviewer's look with the question.
SIMILAR_FLOOR = 0.1
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
# What a blank template leaves in its answer cells for the vendor to overwrite.
_TEMPLATE_HINT = re.compile(
    r"mm\s*/\s*dd\s*/\s*yy|dd\s*/\s*mm\s*/\s*yy|yyyy-mm-dd|555-555-|vendor\.domain|example\.com|"
    r"\bsee instructions\b|^\s*[<\[].*[>\]]\s*$|\benter (your|the) .* here\b|lorem ipsum",
    re.I,
)
# Layout around a question that says nothing about it: its number, an answer-format hint.
# A bare leading number is kept: "12 months of logs" is not "6 months of logs".
LEADING_NUMBER = re.compile(
    r"^\s*(?:q\d+(?:\.\d+)*[.):]?|\d+(?:\.\d+)+[.):]?|\d+[.):]|\(?[a-z]\)|[ivx]+\.)\s+", re.I
)
FORMAT_HINT = re.compile(r"\(\s*(?:yes\s*/\s*no|y\s*/\s*n|yes or no)[^)]*\)|\byes\s*/\s*no\b", re.I)
ABBREVIATIONS = re.compile(r"\b(?:e\.\s?g|i\.\s?e|etc)\b\.?", re.I)  # "e.g." is no word
TIMES = re.compile(r"(?<=\d)\s*x\s*(?=\d)", re.I)  # "24 x 7 x 365" is "24x7x365"
# "pre-defined"/"predefined", "multi factor"/"multi-factor"/"multifactor", "e-mail"/"email".
JOINED_PREFIX = re.compile(
    r"\b(pre|non|multi|self|anti|off|cyber|sub|e(?=-mail))[-\s]+(?=[a-z])", re.I
)
# What `JOINED_PREFIX` needs in (lowercased) text to match at all.
_PREFIX_WORDS = ("pre", "non", "multi", "self", "anti", "off", "cyber", "sub", "e-mail")
_NUMBER_TEXT = "one two three four five six seven eight nine ten"
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(_NUMBER_TEXT.split(), start=1)}
# For matching only: words a rewording adds or drops without changing the question, and the
# buyer's many names for itself ("institution", "client") as one.
_MATCH_STOPWORD_TEXT = (
    "use using utilize utilizing utilise maintain currently organization organisation "
    "company every past last ever"
)
_MATCH_STOPWORDS = _STOPWORDS | frozenset(_MATCH_STOPWORD_TEXT.split())
_PARTY_TEXT = "institution institutional customer client university college school buyer"
_PARTY = frozenset(_PARTY_TEXT.split())
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
# An open question asks for a description or a value: a bare "Yes" or "No" answers nothing.
_OPEN_LEAD = re.compile(
    r"(?:please )?(?:describe|explain|outline|detail|what|how|which|who|where|when|why)\b"
)
# A bare Yes/No is at most this many words ("Yes", "No, none").
_BARE_WORDS = 2
# Two ways of doing one thing that exclude each other, said of how it is done (adverbs, "by
# ..."): joined by "or" ("performed internally or by a third party?", "manually or
# automatically?"), they make an either/or question, which a Yes or No does not answer whatever
# follows it. Said of a thing ("an internal team or an external one") they make a yes/no one.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    (
        r"internally|in house|inhouse|yourselves|ourselves|by (?:your|our) own",
        r"externally|by (?:an? )?(?:third part(?:y|ies)|external|outside|outsourced|managed|"
        r"vendors?|providers?|partners?|contractors?)|outsourced",
    ),
    (r"manually", r"automatically"),
    (r"on premises?|on prem|on site|onsite", r"in the cloud|off site|offsite"),
    (r"physically", r"logically|virtually"),
    (r"centrally", r"locally"),
)
_SIDE_RX = tuple((re.compile(rf"\b(?:{a})\b"), re.compile(rf"\b(?:{b})\b")) for a, b in _OPPOSITES)
# How many words on each side of an "or" name its alternatives.
_ALTERNATIVE_SPAN = 6


# ASCII letters folded to lower case, digits kept, every other byte a space: `fold_words` on
# ASCII text (nearly all of it) in one C pass instead of lower() plus a regex.
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)
WORDS = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=8)  # one question is normalised for controls, documents and answers in turn
def fold_words(text: str) -> str:
    """Lowercase words and digits separated by single spaces."""
    if text.isascii():
        return " ".join(text.encode("ascii").translate(_ASCII_FOLD).decode("ascii").split())
    return " ".join(WORDS.findall(text.lower()))


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    # A light suffix strip so that "encrypted"/"encrypts"/"encrypt" meet; no stemmer dependency.
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> str:
    # "" for a stopword: no normalised word is empty, so "" only ever marks one to drop.
    return "" if word in _STOPWORDS else _stem(word)


def content_tokens(text: str) -> frozenset[str]:
    """The stemmed meaningful words of a text."""
    tokens = set(map(_content_word, fold_words(text).split()))
    tokens.discard("")
    return frozenset(tokens)


def stemmed(text: str) -> str:
    """The text as stemmed words, for whole-phrase containment tests."""
    return " ".join(map(_stem, fold_words(text).split()))


def is_placeholder(answer: str, question: str = "") -> bool:
    """True for an answer cell that answers nothing: empty, "N/A", "TBD", a template hint
    ("mm/dd/yyyy", "555-555-5555") or the question repeated."""
    norm = fold_words(answer)
    if norm in _NON_ANSWERS or _TEMPLATE_HINT.search(answer):
        return True
    return bool(question) and norm == fold_words(question)


def match_text(question: str) -> str:
    """The question without the layout around it (its number, a "(Yes/No)" hint), normalised."""
    text = LEADING_NUMBER.sub("", question, count=1)
    if not text.isascii():
        text = FORMAT_HINT.sub(" ", text)
        text = ABBREVIATIONS.sub(" ", text)
        return fold_words(JOINED_PREFIX.sub(r"\1", TIMES.sub("x", text)))
    # ASCII text: a substitution runs only when the text holds what its pattern needs ("/",
    # "e.", "x", a prefix); most questions hold none, and the scans cost more than the match.
    # On ASCII text, lower() agrees exactly with the patterns' case-insensitive matching.
    if "/" in text or "yes or no" in text.lower():
        text = FORMAT_HINT.sub(" ", text)
    low = text.lower()
    if "e." in low or "i." in low or "etc" in low:
        text = ABBREVIATIONS.sub(" ", text)
        low = text.lower()
    if "x" in low:
        text = TIMES.sub("x", text)
        low = text.lower()
    if any(prefix in low for prefix in _PREFIX_WORDS):
        text = JOINED_PREFIX.sub(r"\1", text)
    return fold_words(text)


@lru_cache(maxsize=1 << 16)
def _match_word(word: str) -> str:
    # "" for a word matching ignores: no normalised word is empty, so "" only marks a drop.
    if word in _MATCH_STOPWORDS:
        return ""
    return "customer" if word in _PARTY else _NUMBER_WORDS.get(word) or _stem(_y_stem(word))


def match_tokens(norm: str) -> frozenset[str]:
    """The stemmed words two wordings of one question must share (see `_MATCH_STOPWORDS`)."""
    # Single letters stay: "Type I" and "Type II" are different reports.
    tokens = set(map(_match_word, norm.split()))
    tokens.discard("")
    return frozenset(tokens)


def _y_stem(word: str) -> str:
    # "notified"/"notifies" meet "notify"; `_stem` alone leaves them apart ("notifi").
    return word[:-3] + "y" if len(word) > 5 and word.endswith(("ied", "ies")) else word


@lru_cache(maxsize=1 << 12)
def _word_sorted(norm: str) -> str:
    return " ".join(sorted(norm.split()))


def _same_word(a: str, b: str) -> bool:
    # "regular"/"regularly", "organisation"/"organization", "institution"/"institutional".
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    return len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6]


def substituted(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when each wording has a word the other lacks: "at rest"/"in transit", "employees"/
    "contractors", "BCP"/"DRP" make another question, however alike the rest reads."""
    only_a = [w for w in a - b if not any(_same_word(w, x) for x in b)]
    if not only_a:
        return False
    return any(not any(_same_word(w, x) for x in a) for w in b - a)


def _added(asked: frozenset[str], held: frozenset[str]) -> list[str]:
    """The words a question asks that the held wording has no form of."""
    return [w for w in asked - held if not any(_same_word(w, x) for x in held)]


def _negations(norm: str) -> frozenset[str]:
    return frozenset(norm.split()) & _NEGATION_WORDS


def _jaccard(a: frozenset[str], b: frozenset[str], shared: int) -> float:
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


class AnswerIndex:
    """Approved answers indexed once per run by id, exact text and token."""

    def __init__(self, answers: Sequence[ApprovedAnswer], *, by_concepts: bool = False):
        self.by_concepts = by_concepts
        # Placeholders ("N/A", "TBD") from imported questionnaires are not answers to reuse.
        self.answers = tuple(a for a in answers if fold_words(a.answer) not in _NON_ANSWERS)
        self._norm = [match_text(a.question) for a in self.answers]
        self._tokens = [match_tokens(n) for n in self._norm]
        # The words a question asks itself (its examples left out), and what its answer says.
        self._own = [match_tokens(match_text(without_examples(a.question))) for a in self.answers]
        self._said = [chosen_polarity(a.answer) for a in self.answers]
        self._negs = [_negations(n) for n in self._norm]
        self._sorted = [_word_sorted(n) for n in self._norm]
        self._by_text: dict[str, int] = {}
        self._by_id: dict[str, list[int]] = {}
        self._by_token: dict[str, list[int]] = {}
        for i, answer in enumerate(self.answers):
            self._by_text.setdefault(self._norm[i], i)
            if answer.question_id:
                self._by_id.setdefault(answer.question_id.strip().lower(), []).append(i)
            for token in self._tokens[i]:
                self._by_token.setdefault(token, []).append(i)
        # One text under several ids with different answers (a sub-question asked under many
        # parents, "Are they reviewed annually?"): the text alone says not which one is meant.
        said: dict[str, set[bool | str]] = {}
        for norm, answer in zip(self._norm, self.answers, strict=True):
            said.setdefault(norm, set()).add(_gist(answer.answer))
        self._ambiguous = frozenset(norm for norm, answers in said.items() if len(answers) > 1)
        self._facts = [entry_fact(a) for a in self.answers]
        self._fits = [answers_question(a.question, a.answer) for a in self.answers]
        self._by_fact: dict[str, list[int]] = {}
        for i, fact in enumerate(self._facts):
            if fact:
                self._by_fact.setdefault(fact, []).append(i)
        self._similar: SimilarIndex | None = None
        self._memo: dict[tuple[str, str | None, float], tuple[ApprovedAnswer, float] | None] = {}
        self._similar_memo: dict[tuple[str, int, str], tuple[tuple[int, float], ...]] = {}

    def _score(
        self,
        i: int,
        norm: str,
        tokens: frozenset[str],
        negs: frozenset[str],
        floor: float,
    ) -> float:
        """Half character similarity, half token overlap; 0 when it cannot reach `floor`.

        `negs` is `_negations(norm)`, worked out once per question.
        """
        if negs != self._negs[i]:
            return 0.0  # "do you encrypt" and "do you not encrypt" are opposite questions
        shared = len(tokens & self._tokens[i])
        jaccard = _jaccard(tokens, self._tokens[i], shared)
        if 0.5 + 0.5 * jaccard < floor:
            return 0.0  # cheapest test first: most candidates share too few words
        if substituted(tokens, self._tokens[i]):
            return 0.0
        if len(_added(tokens, self._tokens[i])) >= _ADDED_WORDS:
            # "a BCP *with a clear owner*" asks more than "a BCP" answered, under any id (a new
            # version of a form may add to a question and keep its id).
            return 0.0
        if self._said[i] is not True and len(_added(self._own[i], tokens)) >= _DROPPED_WORDS:
            return 0.0  # a No to a narrower question is no No to the broader one
        # Words sorted first: "is data encrypted at rest" and "do you encrypt data at rest"
        # differ in order, not in what they ask (measured on tests/data/answer_pairs.jsonl).
        matcher = SequenceMatcher(None, _word_sorted(norm), self._sorted[i], autojunk=False)
        if 0.5 * matcher.quick_ratio() + 0.5 * jaccard < floor:
            return 0.0
        return 0.5 * matcher.ratio() + 0.5 * jaccard

    def _best(
        self,
        indices: Sequence[int],
        norm: str,
        tokens: frozenset[str],
        floor: float,
    ) -> tuple[int, float] | None:
        best: tuple[int, float] | None = None
        negs = _negations(norm)
        for i in indices:
            score = self._score(i, norm, tokens, negs, floor)
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
        hit = self._match_index(question, question_id, threshold)
        if hit is None:
            return None
        answer = self.answers[hit[0]]
        # An answer not of the form its question asks (a Yes to "internally or by a third
        # party?", a bare No to "Describe ..."), or not of the form the new question asks, is
        # shown to the reviewer among the similar answers instead of being filled in.
        if not (self._fits[hit[0]] and answers_question(question, answer.answer)):
            return None
        return answer, hit[1]

    def _match_index(
        self, question: str, question_id: str | None, threshold: float
    ) -> tuple[int, float] | None:
        if not self.answers:
            return None
        norm = match_text(question)
        tokens = match_tokens(norm)
        if not norm:
            return None  # no words: nothing to compare ("???" would equal every "???")
        same_id = self._by_id.get(question_id.strip().lower(), []) if question_id else []
        if norm in self._by_text and norm not in self._ambiguous:
            return self._by_text[norm], 1.0
        if same_id:
            hit = self._best(same_id, norm, tokens, threshold - ID_ALLOWANCE)
            if hit:
                return hit
        if norm in self._ambiguous:
            return None  # several answers to this very text, and no id to choose: the reviewer's
        fact = self._fact_match(question)
        if fact is not None:
            return fact, FACT_SCORE
        counts = Counter(chain.from_iterable(map(self._by_token.get, tokens, repeat(()))))
        overlap = {i: _jaccard(tokens, self._tokens[i], n) for i, n in counts.items()}
        # Only answers sharing enough words can reach the threshold (`_score`'s first test):
        # most questions have none, and are done here.
        viable = [i for i, jaccard in overlap.items() if not 0.5 + 0.5 * jaccard < threshold]
        ranked = sorted(viable, key=lambda i: (-overlap[i], i))
        hit = self._best(ranked[:_CANDIDATES], norm, tokens, threshold)
        if hit and self._norm[hit[0]] in self._ambiguous:
            return None
        if hit is None and self.by_concepts:
            return self._same_concepts(question, threshold)
        return hit

    def _same_concepts(self, question: str, threshold: float) -> tuple[int, float] | None:
        """The entry whose concepts and words the question shares almost all of (a similarity
        of `REUSE_SCORE`, or `threshold` when higher), unless a runner-up close behind says
        something else."""
        found = self._nearest(question, 3)
        if not found or found[0][1] < max(REUSE_SCORE, threshold):
            return None
        best = self.answers[found[0][0]]
        for i, score in found[1:]:
            if found[0][1] - score < REUSE_MARGIN and _gist(self.answers[i].answer) != _gist(
                best.answer
            ):
                return None
        if self._norm[found[0][0]] in self._ambiguous:
            return None
        return found[0]

    def _nearest(self, question: str, k: int, context: str = "") -> tuple[tuple[int, float], ...]:
        key = (question, k, context)
        if key not in self._similar_memo:
            self._similar_memo[key] = tuple(self.similar_index.search(question, k, context))
        return self._similar_memo[key]

    def _fact_match(self, question: str) -> int | None:
        """The entry holding the company fact the question asks for, when the entries holding it
        agree (one answer); None otherwise."""
        key = fact_key(question)
        hits = self._by_fact.get(key, []) if key else []
        if not hits or len({_gist(self.answers[i].answer) for i in hits}) > 1:
            return None
        return hits[0]

    @property
    def similar_index(self) -> SimilarIndex:
        """The library as a `SimilarIndex`, built on first use (most runs never ask)."""
        if self._similar is None:
            self._similar = SimilarIndex(
                [
                    Entry(a.question, a.context or "", f, a.answer)
                    for a, f in zip(self.answers, self._facts, strict=True)
                ]
            )
        return self._similar

    def similar(
        self,
        question: str,
        k: int = 3,
        origin: str = "inventory",
        floor: float = SIMILAR_FLOOR,
        context: str = "",
    ) -> tuple[SimilarAnswer, ...]:
        """Up to `k` approved answers to other wordings of the question, best first, each with
        its score (0-1), for a reviewer to reuse; none scoring under `floor`. `origin` names
        entries without a source (the inventory's own answers); `context` is the section the
        question sits in, which gives a sub-question its subject ("Are they reviewed
        annually?" under "Encryption policy")."""
        if not self.answers or not question.strip():
            return ()
        found: list[SimilarAnswer] = []
        seen: set[tuple[str, str]] = set()
        # A library loaded twice (or the inventory's answers also imported as a library) holds
        # the same entry twice: the reviewer sees it once, and the next one instead.
        for i, score in self._nearest(question, 2 * k, context):
            a = self.answers[i]
            if score < floor or len(found) == k or (a.question, a.answer) in seen:
                continue
            seen.add((a.question, a.answer))
            found.append(
                SimilarAnswer(a.source or origin, a.question_id, a.question, a.answer, score)
            )
        return tuple(found)


def _gist(answer: str) -> bool | str:
    # What an answer says, for telling whether two answers agree: its Yes/No when it has one
    # ("Yes" and "Yes. See our IR page." agree), else its words.
    said = polarity(answer)
    return fold_words(answer) if said is None else said


def entry_fact(answer: ApprovedAnswer) -> str | None:
    """The company fact a library entry holds: its `fact:` tag, else what its question asks."""
    for tag in answer.tags:
        if tag.startswith(FACT_TAG):
            return tag[len(FACT_TAG) :]
    return fact_key(answer.question)


def match_answer(
    question: str, question_id: str | None, answers: Sequence[ApprovedAnswer], threshold: float
) -> tuple[ApprovedAnswer, float] | None:
    """The approved answer for a question: identical text, then same id and near-identical
    text, then similar text; None below `threshold`."""
    return AnswerIndex(answers).match(question, question_id, threshold)


def leading_choice(answer: str, choices: Sequence[str]) -> str | None:
    """The dropdown choice an approved answer is or starts with, the longest when several do:
    "Tier II. Two feeds." → "Tier II" (not "Tier I"); "1) Self owned and managed" as is."""
    said = fold_words(answer)
    hits = [c for c in choices if (n := fold_words(c)) and (said == n or said.startswith(n + " "))]
    return max(hits, key=lambda c: len(fold_words(c)), default=None)


def polarity(answer: str) -> bool | None:
    """True for an answer that starts Yes-like, False for No-like, None otherwise."""
    first = fold_words(answer).split(" ", 1)[0] if answer.strip() else ""
    if first in ("yes", "y", "true", "compliant", "implemented"):
        return True
    if first in ("no", "n", "false", "none", "not"):
        return False
    return None


def chosen_polarity(answer: str) -> bool | None:
    """`polarity` of an answer, read past the number of a dropdown choice ("2) No" is a No)."""
    return polarity(LEADING_NUMBER.sub("", answer, count=1))


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


def is_alternative(norm: str) -> bool:
    """Whether a normalised question asks which of two exclusive ways holds ("is monitoring
    performed internally or by a third party?"): a Yes or No is no answer to it."""
    words = norm.split()
    for at, word in enumerate(words):
        if word != "or":
            continue
        before = " ".join(words[max(0, at - _ALTERNATIVE_SPAN) : at])
        after = " ".join(words[at + 1 : at + 1 + _ALTERNATIVE_SPAN])
        for one, other in _SIDE_RX:
            if (one.search(before) and other.search(after)) or (
                other.search(before) and one.search(after)
            ):
                return True
    return False


@lru_cache(maxsize=1 << 12)
def answers_question(question: str, answer: str) -> bool:
    """Whether an answer has the form its question asks for: no Yes/No to an either/or
    question, and no bare Yes/No to an open one ("Describe ...", "How ...?"). An answer that
    fails is the vendor's slip, not an answer to reuse by itself (a reviewer may still)."""
    said = chosen_polarity(answer)
    if said is None:
        return True
    norm = match_text(question)
    if " or " in f" {norm} " and is_alternative(norm):
        return False
    return not (_OPEN_LEAD.match(norm) and len(fold_words(answer).split()) <= _BARE_WORDS)
