"""A text's subject terms: its words folded through the synonym table and stemmed, so that "multi-factor authentication" and "MFA" compare equal."""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from functools import lru_cache

from socproc.mapping.signable.vocab import (
    _ACRONYM_RX,
    _FRAME_TEXT,
    _LONGEST_SYNONYM,
    _PARENTHESES_RX,
    _SEPARATORS,
    _SYNONYM_KEY,
    _SYNONYM_STARTS,
    _TIMES_RX,
    _WORD_RX,
    plain_numbers,
)


@lru_cache(maxsize=1 << 16)
def subject_terms(text: str) -> frozenset[str]:
    """The words that say what a text is about: examples in parentheses, follow-up sentences
    and frame words dropped, synonyms folded to one key, light stemming."""
    text = text.split("?")[0]
    if "(" in text:
        text = _PARENTHESES_RX.sub(" ", text)
        text = _ACRONYM_RX.sub(r" \1 ", text).replace("(", " ").replace(")", " ")
    if "U" in text:
        text = _US_RX.sub(" usa ", text)  # "the US" is a country, not the pronoun "us"
    if "IDs" in text:
        text = _IDS_RX.sub(" identifiers ", text)  # "user IDs" are identifiers, not an IDS
    if "ncrypt" in text:
        text = disk_encryption_read(text)
    # "uploads the file to Millennium bcp": an acronym in lower case after a capitalised word
    # is part of a name (a bank's), not the concept.
    text = _NAMED_ACRONYM_RX.sub(r"\1", text)
    text = recurrences_read(text)
    if "very " in text:
        text = intervals_read(text)
    if "uarter" in text:
        text = _FRACTION_RX.sub(" part of ", text)  # "three quarters of our staff": no frequency
    text = plain_numbers(text).lower().translate(_SEPARATORS)
    if "x" in text:
        text = _TIMES_RX.sub("x", text)
    tokens = _WORD_RX.findall(text)
    # Most texts hold no synonym phrase: each word's term comes from the word cache.
    terms = (
        set(map(_term, tokens))
        if _SYNONYM_STARTS.isdisjoint(tokens)
        else set(_folded_terms(tokens))
    )
    if not _ENCRYPTING.isdisjoint(tokens):
        terms.add("encrypt")  # "TLS 1.2", "AES-256" say encrypted without the word
    # A synonym key is never a frame word's stem; subtracting keeps it so if one is added.
    return frozenset(terms) - _NOT_TERMS


def disk_encryption_read(text: str) -> str:
    """A text with full-disk encryption said in its other words folded to one term ("fully
    encrypt the hard disks", "full-disk encryption", "laptops are encrypted with BitLocker",
    "company laptops are encrypted")."""
    text = _FDE_OF_RX.sub(lambda m: f"{_FDE_WORDS}{_not(m[0])} {m['what']} ", text)
    text = _FDE_SAID_RX.sub(lambda m: _FDE_WORDS + _not(m[0]), text)
    text = _FDE_TOOL_RX.sub(_FDE_WORDS, text)
    if "fulldiskencryption" not in text:
        text = _DEVICE_ENCRYPTED_RX.sub(r"\g<0> fulldiskencryption ", text)
    return text


_FDE_WORDS = " fulldiskencryption disk encrypted "


def _not(said: str) -> str:
    """ "not" where the words folded deny ("hard drives are not encrypted"), else ''."""
    return " not " if re.search(r"\bnot\b", said, re.I) else ""


# Full-disk encryption in its words: "fully encrypt the hard disks", "full-disk encryption",
# "hard drives are encrypted", "disk encryption".
_FDE_SAID_RX = re.compile(
    r"\b(?:fully\s+)?encrypt(?:s|ed|ing)?\s+(?:the\s+|their\s+|all\s+)?(?:hard\s+)?"
    r"(?:disks?|drives?)\b|\bfull[\s-]+(?:disk|drive)[\s-]+encrypt\w*|\b(?:hard\s+)?"
    r"(?:disks?|drives?)\s+(?:are|is)\s+(?:not\s+)?(?:fully\s+)?encrypted\b|\b(?:disk|drive)[\s-]+"
    r"encryption\b",
    re.I,
)
# "the hard drives of staff laptops are fully encrypted": what the drives are of is kept.
_FDE_OF_RX = re.compile(
    r"\b(?:hard\s+)?(?:disks|drives)\s+of\s+(?P<what>[^?.;]{1,40}?)\s+(?:are\s+|is\s+)?"
    r"(?:fully\s+)?encrypted\b",
    re.I,
)
# A full-disk tool by name, where encryption is said with it ("encrypted with BitLocker",
# "BitLocker full-disk encryption"); the name alone ("BitLocker is disabled") says nothing.
_FDE_TOOL_RX = re.compile(r"\bencrypted\s+(?:with|by|using)\s+(?:bitlocker|filevault|luks)\b", re.I)
# A computer said to be encrypted is its disk ("Company laptops are encrypted and managed
# with Kandji"): the device class, at most two words before it, then "encrypted".
_DEVICE_ENCRYPTED_RX = re.compile(
    r"(?:^|(?<=[.;:]\s))\W*(?:[\w-]+\s+){0,2}(?:laptops?|notebooks?|workstations?|desktops?|macbooks?|computers?)\s+"
    r"(?:are|is)\s+(?:not\s+)?(?:fully\s+)?encrypted\b",
    re.I,
)


# Identifiers written "IDs" ("unique user IDs", "players' Linnet IDs"), which an intrusion
# detection system ("IDS") is not.
_IDS_RX = re.compile(r"\bIDs\b")
# Plans and roles by their acronyms ("bcp", "drp", "dpo"), in lower case after a capitalised
# word inside a sentence: part of a name ("Millennium bcp", a bank). A feature's acronym after
# a product's name is the product's own ("Okta sso", "Cloudflare waf"), and is kept.
_NAMED_KINDS = frozenset({"bcp", "drp", "dpo", "baa", "rto", "rpo"})
_NAMED_ACRONYM_RX = re.compile(
    r"(?<=\w\s)([A-Z][a-z]+\s+)(?:"
    + "|".join(p[0] for p, key in _SYNONYM_KEY.items() if key in _NAMED_KINDS and len(p) == 1)
    + r")\b"
)
# A share told in quarters: "three quarters of", "a quarter of", "one-quarter of".
_FRACTION_RX = re.compile(r"\b(?:a|one|two|three)[\s-]+quarters?\s+of\b", re.I)


def intervals_read(text: str) -> str:
    """A text with an interval of days, weeks, months or years ("every 18 months", "every six
    months", "every 45 days") read as the named frequency it reaches, rounded to the less
    often ("every 18 months" is "every two years" for "at least annually?": not met)."""
    return _EVERY_INTERVAL_RX.sub(_interval_named, text)


def _interval_named(m: re.Match[str]) -> str:
    days = _interval_days(m)
    named = next((name for limit, name in _NAMED_INTERVALS if 0 < days <= limit), None)
    return named or m[0]


def _interval_days(m: re.Match[str]) -> int:
    n = m["n"].lower()
    count = int(n) if n.isdigit() else _INTERVAL_WORDS.get(n, 0)
    return count * _UNIT_DAYS[m["unit"].lower().rstrip("s")]


def rounded_intervals(text: str) -> frozenset[int]:
    """The days of each interval of `text` that no named frequency is ("every 60 days", "every
    2 weeks", "every 18 months"), which `intervals_read` rounds: right for "at least every 90
    days?", never a dropdown's "Every 90 days" or "Quarterly"."""
    if "very " not in text:
        return frozenset()
    found = {_interval_days(m) for m in _EVERY_INTERVAL_RX.finditer(text)}
    return frozenset(d for d in found if d and d not in _EXACT_DAYS)


# Intervals that are a named frequency: a day, a week, a month (30 days), a quarter (3 months,
# 90 days), half a year (6 months, 180 days), a year (12 months, 365 days), two years.
_EXACT_DAYS = frozenset({1, 7, 30, 90, 180, 360, 365, 720, 730})


# "every 18 months", "every six months", "every 45 days": an interval of a count of units.
_EVERY_INTERVAL_RX = re.compile(
    r"\bevery\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|eighteen|twenty-four|thirty|sixty|ninety)\s+(?P<unit>days?|weeks?|months?|years?)\b",
    re.I,
)
_INTERVAL_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty-four": 24,
    "thirty": 30, "sixty": 60, "ninety": 90,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# The named frequencies, each with the most days between it allows.
_NAMED_INTERVALS = (
    (1, "every day"),
    (7, "every week"),
    (31, "every month"),
    (92, "quarterly"),
    (183, "twice a year"),
    (366, "every year"),
    (731, "every two years"),
)


def recurrences_read(text: str) -> str:
    """A text with one named month or weekday recurring read as its frequency ("tested every
    April" → "every year", "each Monday" → "every week"). A list or a range of them ("every
    April and every October", "each April and October", "every Monday to Friday") loses its
    "every", so that no part split from it reads as one a year; nor is a month of some years
    only ("every April in odd-numbered years") one a year. Read before a text is split."""
    if not ("very " in text or "ach " in text):
        return text
    text = _EVERY_MONTH_RX.sub(lambda m: _as_often(m, _MONTH_BEFORE_RX, "every year"), text)
    return _EVERY_WEEKDAY_RX.sub(lambda m: _as_often(m, _WEEKDAY_BEFORE_RX, "every week"), text)


def _as_often(m: re.Match[str], another_before: re.Pattern[str], frequency: str) -> str:
    """`frequency` for a named month or day recurring alone, its bare name in a list."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    if m["rest"] is not None or another_before.search(before):
        return m["name"]
    return frequency


# The names of the months and the days of the week (the C locale's: English), lower case.
_MONTH_NAMES = tuple(m.lower() for m in calendar.month_name[1:])
_DAY_NAMES = tuple(d.lower() for d in calendar.day_name)
_MONTHS = f"(?:{'|'.join(_MONTH_NAMES)})"
_WEEKDAYS = f"(?:{'|'.join(_DAY_NAMES)})"
# Another name just before, in a list: "April and every October", "Monday, every Thursday".
_MONTH_BEFORE_RX = re.compile(rf"\b{_MONTHS}\s*(?:,|&|and|or)\s*$", re.I)
_WEEKDAY_BEFORE_RX = re.compile(rf"\b{_WEEKDAYS}s?\s*(?:,|&|and|or)\s*$", re.I)


def _listed(names: str) -> str:
    """What makes a named month or day one of several: another name after a list word ("April
    and October", "Monday to Friday"), or some of the years only ("in odd-numbered years")."""
    return (
        rf"(?=\s*(?:,|&|-|–|/|and\b|or\b|to\b|through\b|thru\b|until\b)\s*(?:every\s+|each\s+)?"
        rf"{names}\b|\s+in\s+(?:odd|even|leap|alternate|every\s+other|[\w-]+-numbered)\b)"
    )


_EVERY_MONTH_RX = re.compile(
    rf"\b(?:every|each)\s+(?P<name>{_MONTHS})\b(?P<rest>{_listed(_MONTHS)})?", re.I
)
_EVERY_WEEKDAY_RX = re.compile(
    rf"\b(?:every|each)\s+(?P<name>{_WEEKDAYS})\b(?P<rest>{_listed(_WEEKDAYS)})?", re.I
)


def _folded_terms(tokens: list[str]) -> list[str]:
    """The terms of `tokens` in order, a synonym phrase of up to four words folded to its one
    key ("protected health information" → phi); frame words give ''."""
    if _SYNONYM_STARTS.isdisjoint(tokens):
        # Most texts hold no synonym phrase: each word's term comes from the word cache.
        return list(map(_term, tokens))
    terms: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _SYNONYM_STARTS:
            for n in range(min(_LONGEST_SYNONYM, len(tokens) - i), 0, -1):
                key = _SYNONYM_KEY.get(tuple(tokens[i : i + n]))
                if key is not None:
                    terms.append(key)
                    i += n
                    break
            else:
                terms.append(_term(tokens[i]))
                i += 1
            continue
        terms.append(_term(tokens[i]))
        i += 1
    return terms


@lru_cache(maxsize=1 << 14)
def _alternatives(text: str) -> frozenset[str]:
    """The subject terms of the words either side of an "or" ("Canada East or Central US"
    → canada, east, central, usa): alternatives, of which none is stated alone."""
    if " or " not in text:
        return frozenset()
    # Examples in parentheses ("MFA (push or FIDO2 keys) is enforced") are not alternatives.
    text = _ASIDE_RX.sub(" ", text)
    return frozenset().union(*(_either_side(m[0]) for m in _OR_PAIR_RX.finditer(text)))


def _either_side(pair: str) -> frozenset[str]:
    """The terms of "X or Y" that one side says and the other does not: what both say is
    said either way ("BitLocker or FileVault" are both full-disk encryption)."""
    left, _, right = pair.partition(" or ")
    one, other = subject_terms(left), subject_terms(right)
    return (one | other) - (one & other)


_ASIDE_RX = re.compile(r"\([^()]*\)")


_OR_PAIR_RX = re.compile(r"(?:[\w-]+\s+){0,1}[\w-]+\s+or\s+[\w-]+(?:\s+[\w-]+)?")


_US_RX = re.compile(r"\bU\.?S\.?A?\b\.?")


# Protocols and ciphers that are encryption by name.
_ENCRYPTING = frozenset({"tls", "ssl", "https", "aes", "aes256", "sftp", "ftps", "ipsec"})


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    """A word's subject term: its stem, or '' for a frame word or a single character."""
    if word in _FRAME_WORDS or len(word) <= 1:
        return ""
    stem = _stem(word)
    return "" if stem in _FRAME_STEMS else stem


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light suffix strip, so that "approved"/"approval" and "central"/"centrally" meet."""
    if len(word) > 6 and word.endswith("ly"):
        word = word[:-2]
    # "copied"/"copies"/"copy" and "denied"/"denies"/"deny" meet on the "y".
    if len(word) > 5 and word.endswith(("ied", "ies")):
        return word[:-3] + "y"
    for suffix, repl in (("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("al", "")):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            # "scanned", "logging", "planned": the doubled consonant goes with the suffix.
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
                stem = stem[:-1]
            return stem
    return word


_DOUBLED = frozenset("bdgmnprt")


_FRAME_WORDS = frozenset(_FRAME_TEXT.split())


# Terms so common in control questions that they never carry a question alone.
_GENERAL_TERMS = frozenset(
    _stem(w)
    for w in [
        "access",
        "user",
        "users",
        "account",
        "accounts",
        "application",
        "applications",
        "production",
        "server",
        "servers",
        "network",
        "networks",
        "test",
        "tested",
        "testing",
        "review",
        "reviewed",
        "team",
        "environment",
        "environments",
        "employee",
        "admin",
        "manage",
        "managed",
        "management",
        "protect",
        "protected",
        "monitor",
        "monitored",
        "platform",
        "infrastructure",
        "tool",
        "tools",
        "third",
        "party",
        "parties",
        "vendor",
        "vendors",
        "record",
        "records",
    ]
)


_FRAME_STEMS = frozenset(_stem(w) for w in _FRAME_WORDS)


def short_terms(text: str, without: Collection[str] = ()) -> frozenset[str]:
    """A text's subject terms (less `without`) by their first five letters, where stems part
    ("assess" and "assessed", "qualified" and "qualification")."""
    return frozenset(t[:5] for t in subject_terms(text) if t not in without)


def verb_stem(word: str) -> str:
    """A verb by the first five letters of its stem: "secure", "secured" → "secur"."""
    return _stem(word.lower())[:5]


def specific_terms(text: str) -> frozenset[str]:
    """The subject terms of a text that carry its subject alone (not "access", "review")."""
    return subject_terms(text) - _GENERAL_TERMS


_NOT_TERMS = _FRAME_STEMS | {""}
