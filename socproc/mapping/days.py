"""Days a text names: the span a date as said may mean ("Q3 2029", "07/01/2029", "July
2029"), a change told as to come on a day, and a text dated by its own words."""

from __future__ import annotations

import re
from datetime import date, timedelta

# A month's number by the first three letters of its name.
_MONTH_NUMBERS = {
    name: i + 1
    for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


# A day, month, quarter or year named: "2029-07-01", "07/01/2029", "1 July 2029", "July 1,
# 2029", "July 2029", "Q3 2029", "the third quarter of 2029", "2029".
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = (
    r"(?<![\w/-])(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+\d{4}"
    r"|" + _MONTH + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}"
    r"|q[1-4]\s+\d{4}|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?\d{4}"
    r"|(?:19|20)\d\d)\b"
)


# What is to change on a day named: "From 2029-07-01 ... will", "In Q3 2029 we will", "will
# use hardware keys after the 2029 migration", "becomes mandatory on 1 July 2029", "reaches end of
# life on 2037-06-30".
DATED_CHANGE = (
    r"(?:(?:effective|as\s+of|from|starting|beginning|commencing|in|during|after|by)\s+"
    r"(?:(?:with\s+)?(?:the\s+)?)?" + _DAY + r",?\s[^.;,]{0,60}\bwill\b"
    r"|\bwill\b[^.;,]{0,60}\b(?:effective|as\s+of|from|starting|beginning|commencing|on|in|"
    r"during|after|by)\s+(?:the\s+)?"
    + _DAY
    + r"|\b(?:becomes?|takes?\s+effect|goes?\s+live|commences?)\b[^.;,]{0,40}"
    r"\b(?:on|from|in|as\s+of)\s+"
    + _DAY
    # A product's end on a day: "reaches end of life on 2037-06-30", "will be retired in 2029".
    + r"|\b(?:reach(?:es)?\s+(?:its\s+)?end[\s-]of[\s-](?:life|support|sale)|(?:is|will\s+be)\s+"
    r"(?:retired|decommissioned|withdrawn|sunset)|retires)\b[^.;,]{0,40}?\b(?:on|in|at)\s+"
    r"(?:the\s+end\s+of\s+)?" + _DAY + ")"
)


_DATED_CHANGE_RX = re.compile(DATED_CHANGE, re.I)
_DAY_RX = re.compile(_DAY, re.I)


def dated_start(text: str) -> tuple[date, date] | None:
    """The first and last day a text's change on a day named could fall on ("From 07/01/2029
    ... will": 2029-01-07 to 2029-07-01, the order of day and month being unknown; "in Q3
    2029": 2029-07-01 to 2029-09-30); None when the text names no such change."""
    m = _DATED_CHANGE_RX.search(text) if "20" in text or "19" in text else None
    return _first_day(m[0]) if m is not None else None


def starts_on(text: str) -> tuple[date, date] | None:
    """The first and last day a text says something starts on, in any tense ("mandatory from
    1 July 2029", "required as of Q3 2029", "Starting 2029, ..."); None when it names none."""
    m = _START_DAY_RX.search(text) if "20" in text or "19" in text else None
    return _first_day(m[0]) if m is not None else dated_start(text)


# A start on a day: "from 1 July 2029", "as of Q3 2029", "starting in 2029", "effective".
_START_DAY_RX = re.compile(
    r"\b(?:from|as\s+of|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?|effective|"
    r"commencing|with\s+effect\s+from)\s+(?:the\s+)?" + _DAY,
    re.I,
)


def said_before(text: str, as_of: date) -> bool:
    """Whether a text dates what it says to a time before `as_of` ("As of our 2024
    questionnaires, all data is stored in the United States", "Correct as at 31 March 2025"):
    true of then, not said of now."""
    m = _AS_OF_DAY_RX.search(text) if " as " in f" {text.lower()}" else None
    span = _first_day(m[0]) if m is not None else None
    return span is not None and span[1] < as_of


# "As of our 2024 questionnaires, ..." opening a sentence, "correct as at 31 March 2025"
# anywhere (not "our SOC 2 Type I report as of 2026-09-30", the report's own date).
_AS_OF_DAY_RX = re.compile(
    r"(?:(?:^|(?<=[.;:!?(]))\s*as\s+(?:of|at)|\b(?:correct|accurate|true)\s+as\s+(?:of|at))\s+"
    r"(?:(?:our|the|this|its)\s+)?(?:\w+\s+)?" + _DAY,
    re.I,
)


def source_dated_before(source: str | None, as_of: date) -> bool:
    """Whether an approved answer's source names the year it was written for, and that year
    ended more than a year before `as_of` ("2023 client questionnaire (Ballincollig Foods)",
    "HECVAT_2024_Acme.xlsx", read in 2026): an answer of then, to be confirmed, not said of now."""
    years = [int(y) for y in _SOURCE_YEAR_RX.findall(source or "")]
    return bool(years) and max(years) < as_of.year - 1


_SOURCE_YEAR_RX = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def ended_before(text: str, as_of: date) -> bool:
    """Whether a text says what it tells lasted until a day before `as_of` ("colocation of
    our servers in Dublin until 2036-05-15"): over, not said of now."""
    m = _UNTIL_DAY_RX.search(text) if "until" in text.lower() else None
    if m is None or _RENEWED_RX.search(text):
        return False  # "contracted until 2026-01-31 and renewed each year": not over
    span = _first_day(m[0])
    return span is not None and span[1] < as_of


# "until 2036-05-15", "until its decommissioning on 2036-05-15", "until March 2025" (not "until
# at least 2031", a commitment).
_UNTIL_DAY_RX = re.compile(
    r"\buntil\s+(?!at\s+least\b)(?:[\w-]+\s+){0,3}?(?:on\s+|in\s+)?" + _DAY, re.I
)


_RENEWED_RX = re.compile(r"\b(renew\w*|extend\w*|prolong\w*|roll(?:s|ed)?\s+over)\b", re.I)


def _first_day(text: str) -> tuple[date, date] | None:
    """The first and last day the first date in `text` may mean."""
    day = _DAY_RX.search(text)
    return _day_span(day[0].lower()) if day is not None else None


def _day_span(said: str) -> tuple[date, date] | None:
    """The first and last day a date as said may mean."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", said):
            day = date(int(said[:4]), int(said[5:7]), int(said[8:10]))
            return day, day
        year = int(said[-4:])
        if "/" in said:
            a, b = (int(x) for x in said.split("/")[:2])
            days = [date(year, m, d) for m, d in ((a, b), (b, a)) if m <= 12]
            return min(days), max(days)
    except ValueError:
        return None
    quarter = re.search(r"q([1-4])|(first|second|third|fourth)\s+quarter", said)
    if quarter:
        n = (
            int(quarter[1])
            if quarter[1]
            else ("first", "second", "third", "fourth").index(quarter[2]) + 1
        )
        return date(year, 3 * n - 2, 1), _month_end(year, 3 * n)
    month = re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", said)
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    number = _MONTH_NUMBERS[month[1]]
    numbered = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", said[:-4])
    try:
        if numbered:
            exact = date(year, number, int(numbered[1]))
            return exact, exact
    except ValueError:
        return None
    return date(year, number, 1), _month_end(year, number)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
