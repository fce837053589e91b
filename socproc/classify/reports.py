"""SOC reports named outright: names, synonyms, legacy standards, Type I/II (DOMAIN.md section 6)."""

from __future__ import annotations

import re
from collections.abc import Collection

from socproc.classify.gated import Gated, gate_words
from socproc.classify.needs import SOC1_BIT, SOC3_BIT, TYPE1, TYPE1_BIT, TYPE2, TYPE2_BIT, Decision
from socproc.classify.text import split_tokens
from socproc.model import SocNeed

_NOT_A_REPORT_NEXT = (
    r"(?!\s*(?:analysts?|tiers?|levels?|teams?|managers?|leads?|staff|shifts?|engineers?))"
)
_NUM = r"(?:[123]|iii|ii|i)(?![\w])"
# Every alternative starts a word with one of these letters, and its second character is one
# of the second class ("so", "ss", "at", "is", "tr", "ty", "t2"...); saying so up front lets
# the regex engine skip most positions (about 5x faster on question text, the second class
# another third).
_REPORT = re.compile(
    r"\b(?=[stacigw][osatryei12])(?:"
    r"(?P<socfw>\bsoc for (?:cyber[\s\-]?security|(?:the )?supply chain)\b)"
    rf"|(?P<soc>\bsoc[\s\-]*{_NUM}(?:\s*(?:,|/|&|\+|and|or|et|ou|und|oder|y|o)\s*(?:soc[\s\-]*)?{_NUM})*){_NOT_A_REPORT_NEXT}"
    r"|(?P<umbrella>\bssae[\s\-]*1[68]\b|\bsas[\s\-]*70\b)"
    r"|(?P<soc1syn>\bat[\s\-]*c(?:\s+section)?[\s\-]*320\b|\b[ica]sae[\s\-]*3402\b|\bcsae[\s\-]*3416\b"
    r"|\baaf[\s\-]*0?1/(?:06|20)\b)"
    r"|(?P<soc2syn>\bat[\s\-]*c(?:\s+section)?[\s\-]*205\b|\b[ic]sae[\s\-]*3000\b"
    r"|\btrust services? (?:criteria|principles?|reports?|examinations?)\b|\btsc (?:report|examination|attestation)"
    r"|\b(?:csa[\s\-]*)?star (?:level[\s\-]*2 )?attestation\b"
    # (CSA STAR and an attestation in one clause: "listed on CSA STAR with a Level 2
    # attestation", "a Level 2 attestation on the CSA STAR registry": STAR Attestation is a
    # SOC 2 with the Cloud Controls Matrix; STAR Certification is ISO 27001's and not matched)
    # (a self-attestation or a PCI attestation of compliance is neither)
    r"|\bcsa[\s\-]*star\b[^.?;:]{0,50}?(?<!self-)(?<!self )\battestation\b(?! of compliance)"
    r"|(?<!self-)(?<!self )\battestation\b(?! of compliance)[^.?;:]{0,30}?\b(?:on|in|under|with|from|for) (?:the |your )?csa[\s\-]*star\b)"
    r"|(?P<soc3syn>\bsystrust\b|\bwebtrust\b(?! for)|\bgeneral[\s\-]use (?:report|assurance|soc)"
    r"|\btrust services? seal\b)"
    r"|(?P<socgen>\bsoc(?=[\s\-]+(?:type[\s\-]*\w+[\s\-]+)?(?:reports?|audits?|attestations?|examinations?"
    r"|assurance|(?:pruf)?bericht)\b)|(?<=rapport )soc\b|(?<=informe )soc\b|(?<=rapports )soc\b"
    r"|\bservice organi[sz]ation controls?\b)"
    r"|(?P<bare>\bsoc(?:[\s\-]*aas|[\s\-]*as[\s\-]*a[\s\-]*service)?\b)"
    r"|(?P<type>\b(?:type|typ|tipo)[\s\-]*(?:1|2|ii|i|one|two)(?![\w])|\bt[12]\b)"
    r")"
)
_ROMAN = re.compile(r"\b(?:iii|ii|i)\b")
# A type the text rules out: "Type II is not required", "no Type I", "not a Type II", "a Type 2
# is not yet required" (ruled out for now).
_NEGATED_AFTER = re.compile(
    r"(?:\s*(?:reports?|audits?|attestations?))?\s*(?:is|are|will be|would be)?\s*(?:not(?: yet| currently| presently| now)?|no longer)"
    r" (?:required|needed|necessary|requested|asked for|accepted|acceptable|sufficient|mandatory"
    r"|expected)"
    # ("the Type 2 will not be asked for until next year", "a Type II won't be required yet")
    r"|(?:\s*(?:reports?))?\s*(?:will|would|shall)(?: not|n't) be (?:required|needed|necessary"
    r"|requested|asked for|expected|mandatory)|(?:\s*(?:reports?))?\s*won't be (?:required|needed"
    r"|necessary|requested|asked for|expected|mandatory)"
    r"|(?:\s*(?:reports?))?\s*(?:is|are) optional"
    # ("a Type I will not do", "a Type 1 won't be enough")
    r"|(?:\s*(?:reports?))?\s*(?:will|would|does|do)(?: not|n't) (?:do|suffice|be (?:enough|sufficient"
    r"|accepted|acceptable))|(?:\s*(?:reports?))?\s*won't (?:do|suffice|be (?:enough|sufficient"
    r"|accepted|acceptable))"
)
_NEGATED_BEFORE = re.compile(
    # ("n't" ends a word: "they don't need a Type 2", "we won't accept a Type I")
    r"(?:\b(?:no|not|without|never)|n't)(?: (?:need|needed|require|required|want|accept|expect))?"
    r"(?: (?:a|an|any|the))?\s*(?:soc[\s\-]*2\s*)?$"
)
# What another report stands in for ("a Type 1 in lieu of a Type 2", "instead of the Type II"):
# ruled out too (tested only where one of its words occurs).
_STOOD_IN_FOR = re.compile(
    r"\b(?:in lieu of|instead of|rather than|in place of)(?: (?:a|an|any|the))?\s*"
    r"(?:soc[\s\-]*2\s*)?$"
)
_STAND_IN = ("lieu", "instead", "rather", "place of")
# Which of the two types a report is, asked with a copula ("is it Type I or Type II", "is your
# SOC 2 a Type 1 or a Type 2 report"): a question, not an ask for either.
_WHICH_TYPE = re.compile(
    # (the report named with its owner: "is the platform's SOC 2 a Type I or a Type II")
    r"(?:\b(?:is|are|was|were) (?:it|this|that|they|(?:your|the|their) [\w\s\-']{1,40}?)"
    # (the same asked as "whether": "whether it is a Type 1 or a Type 2")
    r"|\bwhether (?:it|this|that|they|(?:your|the|their) [\w\s\-']{1,40}?) (?:is|are|was|were))"
    r" (?:an? )?"
    r"(?:type|typ|tipo)[\s\-]*(?:1|i|one|2|ii|two) or (?:an? )?(?:(?:type|typ|tipo)[\s\-]*)?"
    r"(?:1|i|one|2|ii|two)\b"
)
# Two types offered as either ("a Type 1 or a Type 2, whichever you have", "either a Type I or a
# Type II is fine"): joined by "or", with "either / whichever / any" before or just after.
_OR_BETWEEN = re.compile(r"\s*,?\s*(?:or|and/or)\s+(?:an?\s+)?(?:soc[\s\-]*2\s+)?")
_EITHER_BEFORE = re.compile(r"\beither (?:an? )?(?:soc[\s\-]*2 )?(?:report )?$")
_EITHER_AFTER = re.compile(
    r"(?: report)?[\s,.;:)\-]*(?:(?:is|are|will be|would be) )?(?:either|whichever|any (?:one|type)"
    r"|both (?:are|is|would be) (?:fine|ok|okay|acceptable))\b"
)
# A condition on what the vendor holds, before a type: "if it's only a", "if you only have a".
_ONLY_FOR_NOW = re.compile(
    r"\bif (?:it'?s|it is|that'?s|that is|you (?:only |just )?(?:have|hold)|there'?s|there is"
    r"|yours is|your (?:current )?(?:report|soc 2) is) (?:only |just |currently |still )?(?:an? )?$"
)
# A type the buyer says is under way, not yet issued ("we understand a Type 2 is being
# audited this year", "your Type II is in progress"), beside another type asked: told, not
# asked for. Said as a statement (the verb after the type), outside a condition.
# (its period or window told as running: "while your first Type II period is still running",
# "your Type 2 observation window is ongoing")
_UNDERWAY_AFTER = re.compile(
    r"(?: (?:report|audit|examination|engagement))?(?: (?:observation|audit|testing|review))?"
    r"(?: (?:period|window))? (?:is|are) (?:now |currently |already |still )?"
    r"(?:being (?:audited|prepared|performed|conducted|examined|tested|drafted|written|done"
    r"|observed)|under ?way|in progress|in preparation|planned|scheduled|running|ongoing"
    r"|under audit)\b"
)
# ... or a period of it told as one to come ("state when your Type 2 observation period
# begins", "the date your Type II audit window will open"): its start asked about, not the
# report asked for, whatever word asks it (an indirect "when" is no condition here).
_TO_BEGIN_AFTER = re.compile(
    r"(?: (?:report|audit|examination|engagement))? (?:observation|audit|testing|review"
    r"|examination|reporting) (?:period|window) (?:begins|starts|opens|commences|will (?:begin"
    r"|start|open|commence)|is (?:due|set|scheduled|planned) to (?:begin|start|open|commence))\b"
)
_CONDITION = re.compile(r"\b(?:if|unless|until|once|when|whether)\b")
TYPE1_CUE = Gated(
    "design|point|a la date|stichtag|en una fecha",
    r"design(?:ed)?\b.{0,80}?\b(?:as of|point[\s\-]in[\s\-]time|specific date|single date|a date)"
    r"|point[\s\-]in[\s\-]time|suitability of (?:the )?design|suitably designed|design only"
    r"|a la date du|zu einem stichtag|stichtag|en una fecha",
    words="design designed point suitability suitably date stichtag fecha",
    first="adepsz",
    split=True,
)
TYPE2_CUE = Gated(
    "operat|over a period|throughout|tested over|month|review period|audit period|observation period|examination period|exception|efficacite|sur une periode|wirksamkeit|zeitraum|eficacia|durante un periodo",
    r"operat\w* effective\w*|over a period|throughout (?:the |a |an |each |its )?(?:(?:review|audit"
    r"|examination|observation|reporting|testing) )?(?:period|year|months?)\b|tested over|over (?:a |the )?(?:past |last )?"
    r"(?:\d+|three|six|nine|twelve)[\s\-]*months?|(?:\d+|three|six|nine|twelve)[\s\-]month"
    r" (?:period|review|window|audit)|review period|audit period|observation period|examination period"
    r"|exceptions? (?:noted )?(?:from|in|during) (?:the )?test|efficacite operationnelle"
    r"|sur une periode|wirksamkeit|uber einen zeitraum|eficacia operativa|durante un periodo",
    words="operating operated operate operation operational operationally period throughout tested month exception efficacite periode wirksamkeit zeitraum eficacia periodo",
    first="0-9adeinorstuw",
    split=True,
)
REPORT_WORDS = Gated(
    "report|audit|attestation|examination|opinion|cpa|assurance|rapport|informe|bericht|testat|seal|summary of your",
    r"\breports?\b|\baudit|\battestation|\bexamination|\bauditor|\bopinion|\bcpa\b|\baicpa|\bassurance"
    r"|\brapport|\binforme\b|bericht|\btestat|\bseal\b|\bsummary of your (?:audit|report|soc)",
)
# A framework whose named ISAE 3000 attestation is not a SOC 2 (BSI C5 reports use ISAE 3000).
_ISAE3000_OWNERS = frozenset({"BSI C5"})
_REPORT_GATE = gate_words(
    "soc soc1 soc2 soc3 socii ssae ssae16 ssae18 sas sas70 c isae csae asae aaf trust tsc star systrust "
    "webtrust organization organisation type typ tipo t1 t2 socaas rapport informe"
)
# "general" opens a report name only as "general use" (a SOC 3): both words, not "general ledger".
_GENERAL_USE = frozenset(("general", "use"))


class FoundReports:
    """What the patterns saw in one text; the decision rules read only this."""

    __slots__ = ("low", "soc", "text", "tokens", "types", "words")

    def __init__(self, text: str, low: str, tokens: list[str]) -> None:
        self.text = text
        self.low = low
        self.tokens = tokens
        # The same tokens as a set, for the many "does any of these words occur" gates.
        self.words = frozenset(tokens)
        # Report mentions as (pattern group, start, end, original text), in text order.
        self.soc: list[tuple[str, int, int, str]] = []
        # "Type I/II" mentions as ("I" | "II", start, end, original text).
        self.types: list[tuple[str, int, int, str]] = []


def find_reports(text: str, low: str) -> FoundReports:
    found = FoundReports(text, low, split_tokens(low))
    if _REPORT_GATE.isdisjoint(found.words) and not found.words >= _GENERAL_USE:
        return found
    aligned = len(text) == len(low)
    stand_in = any(w in low for w in _STAND_IN)
    for m in _REPORT.finditer(low):
        group = m.lastgroup or ""
        start, end = m.span()
        original = text[start:end] if aligned else m.group()
        if group == "type":
            word = original.lower().split()[-1] if " " in original.strip() else original.lower()
            num = re.sub(r"^(?:type|typ|tipo|t)[\s\-]*", "", word)
            if num in ("i", "ii") and aligned and not original[-len(num) :].isupper():
                continue  # "type i" in running lower-case text is rare; demand the capital
            if (
                _NEGATED_AFTER.match(low, end)
                or _NEGATED_BEFORE.search(low, 0, start)
                or (stand_in and _STOOD_IN_FOR.search(low, 0, start))
            ):
                continue  # "Type II is not required": the type is ruled out, not asked for
            found.types.append(("I" if num in ("1", "i", "one") else "II", start, end, original))
        elif group == "soc":
            if aligned and not _roman_ok(original):
                continue
            found.soc.append((group, start, end, original))
        else:
            found.soc.append((group, start, end, original))
    if found.soc and len(found.types) >= 2 and found.types[0][0] != found.types[1][0]:
        which = _WHICH_TYPE.search(low)
        if which and which.start() <= found.types[0][1] and found.types[1][2] <= which.end():
            # "Is your SOC 2 a Type I or a Type II report?": asks which the vendor holds, so
            # neither is asked for; the type is the questionnaire's or the default (kept when
            # no report is named: the types are then what says a report is asked about); a
            # type named after the question ("If it's the Type 2, send it") is still asked for
            found.types = found.types[2:]
    if (
        found.soc
        and len(found.types) == 2
        and found.types[0][0] != found.types[1][0]
        and _OR_BETWEEN.fullmatch(low, found.types[0][2], found.types[1][1])
        and (
            _EITHER_BEFORE.search(low, max(0, found.types[0][1] - 30), found.types[0][1])
            or _EITHER_AFTER.match(low, found.types[1][2])
        )
    ):
        # "Type I or Type II, either is fine", "whichever type you have": the vendor may give
        # either, so neither type is required; the type is the questionnaire's or the default
        found.types = []
    if len(found.types) >= 2 and found.types[0][0] != found.types[-1][0]:
        # "If it's only a Type 1 right now, when is the Type 2 due?": the type the vendor may
        # hold for now, named in a condition, is not what is asked for; the other type is
        first = found.types[0]
        if _ONLY_FOR_NOW.search(low, max(0, first[1] - 40), first[1]):
            found.types = [t for t in found.types if t[0] != first[0]]
    if len(found.types) >= 2 and found.types[0][0] != found.types[-1][0]:
        told = [t for t in found.types if _underway(low, t) or _TO_BEGIN_AFTER.match(low, t[2])]
        if told and len({t[0] for t in told}) == 1 and len(told) < len(found.types):
            found.types = [t for t in found.types if t[0] != told[0][0]]
    return found


def _underway(low: str, t: tuple[str, int, int, str]) -> bool:
    """Whether the type mention `t` is told as under way ("a Type 2 is being audited"),
    outside a condition ("if the Type II is in progress, ...")."""
    if not _UNDERWAY_AFTER.match(low, t[2]):
        return False
    start = max(low.rfind(c, 0, t[1]) for c in ".;?!")
    return _CONDITION.search(low, start + 1, t[1]) is None


def _roman_ok(original: str) -> bool:
    """Roman numerals after SOC count only in capitals ('SOC II', not 'soc i' in prose)."""
    tail = original[3:]
    return not _ROMAN.search(tail.lower()) or tail.strip(" -").upper() == tail.strip(" -")


def _soc_numbers(original: str) -> set[int]:
    nums: set[int] = set()
    for tok in re.findall(r"iii|ii|i|[123]", original.lower()[3:]):
        nums.add({"1": 1, "i": 1, "2": 2, "ii": 2, "3": 3, "iii": 3}[tok])
    return nums


def _attach_types(
    found: FoundReports,
) -> tuple[dict[int, set[str]], list[tuple[str, int, int, str]]]:
    """Give each 'Type I/II' to the SOC mention it qualifies; return the rest as free types."""
    attached: dict[int, set[str]] = {}
    free: list[tuple[str, int, int, str]] = []
    # SOC 3 has no types, so a type never belongs to a mention that names only SOC 3.
    mentions = [
        (i, m)
        for i, m in enumerate(found.soc)
        if m[0] not in ("bare", "socfw", "soc3syn")
        and not (m[0] == "soc" and _soc_numbers(m[3]) == {3})
    ]
    for t in found.types:
        _, ts, te, orig = t
        before = [(ts - m[2], i) for i, m in mentions if m[2] <= ts and ts - m[2] <= 40]
        # "Type II SOC 2": a type qualifies a following name only when nothing stands between.
        after = [
            (m[1] - te, i)
            for i, m in mentions
            if m[1] >= te and not found.low[te : m[1]].strip(" -")
        ]
        if orig.lower() in ("t1", "t2") and not (before or after):
            continue  # a bare 'T2' is only a type right next to a SOC mention
        pick = min(before)[1] if before else (min(after)[1] if after else None)
        if pick is None:
            free.append(t)
        else:
            attached.setdefault(pick, set()).add(t[0])
    return attached, free


# What joins two items of a list: beside it an SSAE 16/18 is a report of its own, not the
# standard the other report was made under.
_LIST_JOIN = re.compile(r"\b(?:and|as well as|along with|together with|plus|also)\b|[,;]")

# The legacy name followed by what names a report ("SSAE 18 report", "SSAE 16 Type II audit").
_REPORT_NOUN = re.compile(
    r"(?:\s+(?:soc\s*1\s+)?(?:type[\s\-]*(?:1|2|i|ii)\s+)?)(?:reports?|audits?|examinations?"
    r"|attestations?)\b"
)
_UNDER = re.compile(
    r"\b(?:under|per|pursuant to|in accordance with|according to|following|in line with)"
    r"(?: the)?(?: aicpa'?s?)?\s*$"
)


def _own_item(found: FoundReports, at: int) -> bool:
    """An SSAE 16/18 or SAS 70 named as a report of its own beside a numbered SOC report ("your
    SSAE 18 report for the accounting service and your SOC 2 Type II for the hosting"): the
    legacy name of a SOC 1, when a report noun follows it, a list joins it to every numbered
    mention and none of them is a SOC 1 already ("a SOC 2 report under SSAE 18", "SSAE 18 SOC 1"
    name the standard; "the SSAE 18 bridge letter" is the SOC 2's)."""
    _, start, end, _ = found.soc[at]
    low = found.low
    if not _REPORT_NOUN.match(low, end):
        return False  # "the SSAE 18 bridge letter", "an SSAE 18 engagement": no report of its own
    if _UNDER.search(low, max(0, start - 40), start):
        return False  # "a SOC 2 report, issued under SSAE 18": the standard
    for group, s, e, orig in found.soc:
        if group not in ("soc", "soc1syn", "soc2syn", "soc3syn"):
            continue
        if group == "soc1syn" or (group == "soc" and 1 in _soc_numbers(orig)):
            return False
        between = low[end:s] if s >= end else low[e:start]
        if not _LIST_JOIN.search(between):
            return False
    return True


def explicit_reports(found: FoundReports, frameworks: list[str], d: Decision) -> list[str]:
    """Reports named outright; returns the generic 'SOC report' mentions left to resolve."""
    attached, free = _attach_types(found)
    numbered = any(m[0] in ("soc", "soc1syn", "soc2syn", "soc3syn") for m in found.soc)
    generic: list[str] = []
    for i, (group, _, _, orig) in enumerate(found.soc):
        types = attached.get(i, set())
        if group == "soc":
            nums = _soc_numbers(orig)
            if 1 in nums:
                d.needs |= SOC1_BIT
            if 3 in nums:
                d.needs |= SOC3_BIT
            if 2 in nums:
                d.soc2 = True
                d.soc2_types |= types
            d.reasons.append(f"explicit '{orig.strip()}'")
        elif group == "umbrella":
            if numbered and not _own_item(found, i):
                d.reasons.append(f"'{orig}' names the standard behind the SOC report named here")
            else:
                d.needs |= SOC1_BIT
                d.reasons.append(f"'{orig}' is the legacy/colloquial name of a SOC 1")
        elif group == "soc1syn":
            d.needs |= SOC1_BIT
            d.reasons.append(f"'{orig}' is the SOC 1 standard or its international equivalent")
        elif group == "soc2syn":
            if "3000" in orig and _ISAE3000_OWNERS.intersection(frameworks):
                continue
            d.soc2 = True
            d.soc2_types |= types
            d.reasons.append(f"'{orig}' means a SOC 2 (Trust Services Criteria examination)")
        elif group == "soc3syn":
            d.needs |= SOC3_BIT
            d.reasons.append(f"'{orig}' is a general-use (SOC 3) report")
        elif group == "socgen":
            generic.append(orig)
            d.soc2_types |= types
    if free and (found.soc or REPORT_WORDS.search(found.low)):
        d.soc2 = True
        d.soc2_types |= {t[0] for t in free}
        d.reasons.append(f"'{free[0][3]}' asked for a report → SOC 2")
    if d.soc2_types:
        d.reasons.append(" and ".join(f"'Type {t}'" for t in sorted(d.soc2_types)) + " stated")
    return generic


# A period the text says has not run ("You have not completed an audit period yet", "there has
# been no observation period so far", "your review period has not started"): no period of
# operation for a report to cover, so it is no cue of a Type II.
_PERIOD_NOT_RUN_BEFORE = re.compile(
    r"(?:(?:\b(?:not|never|yet to)|n't)(?: yet)? (?:completed|finished|had|run|undergone|started"
    r"|begun|reached|ended|closed|been through|gone through|done)|\bno|\bbefore any)"
    r"(?: (?:a|an|any|the|your|its|our|their|first|full|single))*(?: [\w\-]+)?\s*$"
)
_PERIOD_NOT_RUN_AFTER = re.compile(
    r"\s*(?:(?:has|have|had|is|was)(?: not| yet to|n't| never)(?: yet)? (?:run|ended|started|begun"
    r"|finished|been completed|completed|closed|been run|taken place|elapsed)"
    r"|(?:is|are) (?:not yet|yet to be) (?:complete|completed|finished|over|run|closed))\b"
)
_PERIOD_PHRASE = re.compile(r"(?:review|audit|observation|examination) period")


def _period_not_run(low: str, m: re.Match[str]) -> bool:
    """Whether a Type II cue that names a period (`m`) says the period has not run."""
    if not _PERIOD_PHRASE.fullmatch(m.group()):
        return False
    return bool(
        _PERIOD_NOT_RUN_BEFORE.search(low, max(0, m.start() - 60), m.start())
        or _PERIOD_NOT_RUN_AFTER.match(low, m.end())
    )


_DEFAULT_TYPE1 = f"no type stated → default {str(TYPE1)[6:]}"
_DEFAULT_TYPE2 = f"no type stated → default {str(TYPE2)[6:]}"


def soc2_type(d: Decision, low: str, tokens: Collection[str], default: SocNeed) -> tuple[int, str]:
    """The SOC 2 type bits and where they came from (DOMAIN.md section 6 rule 5)."""
    if d.soc2_types:
        bits = (TYPE1_BIT if "I" in d.soc2_types else 0) | (
            TYPE2_BIT if "II" in d.soc2_types else 0
        )
        return bits, "stated"
    # The token gates checked here first: most texts pass neither, and a call costs more.
    t2 = None if TYPE2_CUE.words.isdisjoint(tokens) else TYPE2_CUE.search(low, tokens)
    t1 = None if TYPE1_CUE.words.isdisjoint(tokens) else TYPE1_CUE.search(low, tokens)
    not_run = None
    if t2 and _period_not_run(low, t2):
        # (a period not yet run: the report can only speak of a date, the design, a Type I;
        # another cue of a Type II the text holds still counts)
        not_run, t2 = (
            t2,
            next((m for m in TYPE2_CUE.rx.finditer(low) if not _period_not_run(low, m)), None),
        )
    if t2:
        d.reasons.append(f"'{t2.group()}' → Type II")
        return TYPE2_BIT, "cue"
    if not_run:
        d.reasons.append(f"'{not_run.group()}' not yet run → Type I")
        return TYPE1_BIT, "cue"
    if t1:
        d.reasons.append(f"'{t1.group()}' → Type I")
        return TYPE1_BIT, "cue"
    if default == TYPE1:
        d.reasons.append(_DEFAULT_TYPE1)
        return TYPE1_BIT, "default"
    d.reasons.append(_DEFAULT_TYPE2)
    return TYPE2_BIT, "default"
