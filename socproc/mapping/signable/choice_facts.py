"""Dropdown choices the controls name: sign-in modes and other named options."""

from __future__ import annotations

import re

from socproc.inventory.load import Control
from socproc.mapping.signable.hosting import _WHICH_RX
from socproc.mapping.signable.narrower import _PART_RX, _SENTENCE_RX
from socproc.mapping.signable.negation import _DENIAL_RX
from socproc.mapping.signable.quantities import _FREQUENCY
from socproc.mapping.signable.scope import _FUTURE_RX, _PAST_RX
from socproc.mapping.signable.subjects import specific_terms, subject_terms
from socproc.mapping.signable.vocab import NONE, Signed


def named_choices(question: str, choices: tuple[str, ...], controls: tuple[Control, ...]) -> Signed:
    """The choices a control on the question's subject names, for a question asking which of
    its named choices apply ("Is your application integrated with any of the following SSO
    mechanisms?" and "SAML 2.0", "OpenID Connect / OAuth2 Login", ...): a choice is named where
    it, or one of its "/" alternatives, is a phrase of a part of the control that denies
    nothing ("OpenID Connect" names neither "OpenID 2.0" nor "LDAP"). Several choices
    only where the question asks for any or all that apply; "Other" and "None" never."""
    many = _ANY_OF_RX.search(question)
    # "How does the application store passwords?" and choices that name their examples
    # ("a key derivation function, such as bcrypt, PBKDF2 or scrypt").
    how = (
        _HOW_ASK_RX.match(question)
        and sum(bool(_CHOICE_EXAMPLES_RX.search(c)) for c in choices) > 1
    )
    if not (many or how or _WHICH_RX.match(question)) or len(choices) < 3:
        return NONE
    if any(_YES_NO_CHOICE_RX.match(c) for c in choices):
        return NONE  # "1) Yes", "2) No", "3) Both modes available": a yes/no dropdown
    wanted = specific_terms(question)
    if not wanted:
        return NONE
    # "How does the application store passwords?" is answered by a sentence on what it asks
    # of (its last word, "passwords"), not by one on backups in "Cloud Storage".
    last = re.findall(r"[\w-]+", question.split("?")[0])[-1:]
    object_terms = subject_terms(last[0]) if how and last else frozenset()
    for control in controls:
        if not wanted & subject_terms(control.description):
            continue
        # Not what is planned, under way or past ("a SOC 2 Type II examination is underway"
        # names no Type II held), nor what is denied ("we do not support LDAP"); and only the
        # sentences on what is asked ("backups ... in Google Cloud Storage, encrypted with
        # AES-256" names no way of storing passwords).
        current = " ".join(
            x
            for x in _SENTENCE_RX.split(control.description)
            if not (_FUTURE_RX.search(x) or _PAST_RX.search(x) or _UNDERWAY_RX.search(x))
            and object_terms <= subject_terms(x)
        )
        words = _name_words(
            " ".join(p for p in _PART_RX.split(current) if not _DENIAL_RX.search(p))
        )
        named = [c for c in choices if _choice_named(c, words)]
        if named and (many or len(named) == 1):
            said = f"{control.description.strip().rstrip('.')} (control {control.id})."
            return Signed(", ".join(named), said, control.id)
    return NONE


def sign_in_modes(question: str, choices: tuple[str, ...], controls: tuple[Control, ...]) -> Signed:
    """ "Does your solution support local authentication?" and its choices ("1) Yes", "2) No",
    "3) Both modes available"): Both where one control states sign-in with a password (a
    local account) and single sign-on, Yes where it states a password sign-in alone. NONE
    where no choice says both or no control states a password sign-in."""
    if not _LOCAL_AUTH_ASK_RX.search(question):
        return NONE
    both = [c for c in choices if _BOTH_CHOICE_RX.search(c)]
    yes = [c for c in choices if _YES_NO_CHOICE_RX.match(c) and "yes" in c.lower()]
    if len(both) != 1 or len(yes) != 1:
        return NONE
    for control in controls:
        text = control.description
        if not _PASSWORD_SIGN_IN_RX.search(text) or (
            _DENIAL_RX.search(text) and not _SSO_WORD_RX.search(text)
        ):
            continue
        said = f"{text.strip().rstrip('.')} (control {control.id})."
        return Signed(both[0] if _SSO_WORD_RX.search(text) else yes[0], said, control.id)
    return NONE


_LOCAL_AUTH_ASK_RX = re.compile(r"\blocal\s+authentication\b", re.I)


_BOTH_CHOICE_RX = re.compile(r"\bboth\b", re.I)


# A sign-in with a password or a local account: "sign in with email and password".
_PASSWORD_SIGN_IN_RX = re.compile(
    r"\bsign(s|ed)?\s+in\b(?:(?!\.\s)[^;]){0,100}\bpassword\b|"
    r"\blocal\s+(\w+\s+)?accounts?\b(?:(?!\.\s)[^;]){0,60}\bpassword\b",
    re.I,
)


_SSO_WORD_RX = re.compile(r"\bsingle\s+sign-on\b|\bSSO\b|\bSAML\b|\bOpenID\b|\bOIDC\b", re.I)


def _choice_named(choice: str, words: str) -> bool:
    if _NOT_A_NAME_RX.match(choice):
        return False
    examples = _CHOICE_EXAMPLES_RX.search(choice)
    if examples is not None:
        # "such as bcrypt, PBKDF2 or scrypt": the choice is named by one of its examples.
        return any(
            f" {' '.join(_NAME_WORD_TOKEN_RX.findall(x.lower()))} " in words
            for x in _EXAMPLE_SPLIT_RX.split(examples["list"])
            if _NAME_WORD_TOKEN_RX.search(x.lower())
        )
    for alternative in choice.split("/"):
        own = [w for w in _NAME_WORD_TOKEN_RX.findall(alternative.lower()) if w not in _NAME_FRAME]
        if own and f" {' '.join(own)} " in words:
            return True
    return False


def _name_words(text: str) -> str:
    """The text's words, spaced, for finding a name as a phrase ("OpenID Connect" is not
    "OpenID 2.0" even where "2.0" is said of SAML)."""
    return f" {' '.join(_NAME_WORD_TOKEN_RX.findall(text.lower()))} "


_HOW_ASK_RX = re.compile(r"\s*how\s+(does|do|is|are)\b", re.I)


_UNDERWAY_RX = re.compile(r"\b(under\s*way|in\s+progress|ongoing|being\s+\w+ed)\b", re.I)


# The examples a choice gives: "(such as SHA-256)", "e.g., DES, 3DES, AES, etc.".
_CHOICE_EXAMPLES_RX = re.compile(r"\b(?:such\s+as|e\.g\.,?)\s+(?P<list>[^()]+?)(?:\)|\.?$)", re.I)


_EXAMPLE_SPLIT_RX = re.compile(r",\s*|\s+or\s+|\s+and\s+|\betc\b", re.I)


# "any of the following", "all that apply": a question whose answer may be several choices.
_ANY_OF_RX = re.compile(r"\b(any|all|each)\s+of\s+the\s+following\b|\ball\s+that\s+apply\b", re.I)


_YES_NO_CHOICE_RX = re.compile(r"\s*(\d+\)\s*)?(yes|no)\b", re.I)


_NOT_A_NAME_RX = re.compile(r"\s*(other|none|n/?a|not\s+applicable|unknown|yes|no)\b", re.I)


_NAME_WORD_TOKEN_RX = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


# Words a choice adds to the name it gives: "OpenID Connect / OAuth2 Login".
_NAME_FRAME = frozenset({"login", "sign", "on", "in", "the", "protocol", "standard"})


def _often_choice(days: int, hire: bool, choices: tuple[str, ...]) -> str:
    """The choice whose period holds `days` between runs (see `how_often_choice`), in whatever
    order the choices are listed ("Annually / Quarterly / Monthly / Never" as well as "Once
    per month or more often / Once per quarter / Less frequently"): the one of that period;
    else, where the choices are ranges, the range it falls in; "" where none is true."""
    plain: list[tuple[int, str]] = []
    less = ""
    for choice in choices:
        lower = choice.lower()
        if _NEVER_RX.search(lower):
            continue
        if "hire" in lower:
            # "Upon hire, and at least once per year." for a yearly or more frequent practice
            # begun on hire; "Once, upon hire" or "On hire only" is no answer for a practice
            # that recurs ("on hire and every two years after that").
            yearly = (
                bool(_PER_YEAR_RX.search(lower)) or _choice_period(lower) == _FREQUENCY["annual"]
            )
            if hire and yearly and days <= _FREQUENCY["annual"]:
                return choice
            continue
        if _LESS_OFTEN_RX.search(lower):
            less = choice
            continue
        period = None if _MODIFIED_PERIOD_RX.search(lower) else _choice_period(lower)
        if period is None:
            # A choice not read ("Less than once a year", "Bi-annually": which way?): no guess.
            return ""
        plain.append((period, choice))
    if len({p for p, _ in plain}) < len(plain):
        return ""  # two choices of one period ("Annually", "At least annually"): no guess
    plain.sort(key=lambda pc: pc[0])
    exact = [c for p, c in plain if p == days]
    if exact:
        return exact[0]
    ranged = bool(less) or any(_MORE_OFTEN_RX.search(c) for _, c in plain)
    for at, (period, choice) in enumerate(plain):
        if days <= period:
            # "Monthly" is no answer for a weekly practice, unless it reads "or more often"
            # or the choices are ranges ("Once per quarter" for every two months).
            if _MORE_OFTEN_RX.search(choice) or (ranged and at > 0):
                return choice
            return ""
    return less if plain and days > plain[-1][0] else ""


def _choice_period(choice: str) -> int | None:
    if _MANY_A_YEAR_RX.search(choice):
        return _FREQUENCY["semiannual"]
    periods = [_FREQUENCY[t] for t in subject_terms(choice) if t in _FREQUENCY]
    return min(periods) if periods else None


_HOW_OFTEN_ASK_RX = re.compile(
    r"\s*how\s+often\s+(?:\(on\s+average\)\s+)?(?P<verb>do|does|are|is)\s+(?P<rest>[^?]+)",
    re.I,
)


_HIRE_RX = re.compile(r"\b(at|upon|on)\s+hire\b|\bwhen\s+(they\s+)?join|\bon\s+joining\b", re.I)


_NEVER_RX = re.compile(r"\bnever\b|\bnone\b", re.I)


_PER_YEAR_RX = re.compile(r"\b(per|a|each|every)\s+year\b", re.I)


_LESS_OFTEN_RX = re.compile(r"\bless\s+(frequently|often)\b", re.I)


# A period bent by a word before it: "less than annually", "more than once a year", "at least
# annually", "bi-annually" (twice a year or every two years).
_MODIFIED_PERIOD_RX = re.compile(
    r"\b(less|more|fewer)\s+than\b|\bat\s+(least|most)\b|\bbi-?(annual|month|week)", re.I
)


_MORE_OFTEN_RX = re.compile(r"\bor\s+more\s+(often|frequently)\b", re.I)


_MANY_A_YEAR_RX = re.compile(r"\b(multiple|several)\s+times\s+(a|per)\s+year\b", re.I)
