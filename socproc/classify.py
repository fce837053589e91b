"""Requirement text → Classification: which SOC report answers it, with criteria, cues and reasons."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from socproc.criteria import (
    ARTIFACTS,
    CATEGORY_ORDER,
    CRITERIA,
    CRITERION_ORDER,
    FINANCIAL_CONTROL_WORDS,
    FINANCIAL_PROCESS,
    FINANCIAL_STRONG,
    FRAMEWORKS,
    PERSONAL_CUES,
    TEST_CUES,
)
from socproc.model import SOC_NEED_ORDER, Classification, Settings, SocNeed

__all__ = ["classify", "classify_all"]

_DEFAULT = Settings()
# Longer texts are cut: a requirement is a sentence or a paragraph, and the cap keeps the
# worst case bounded (classify must stay fast and total on any input).
_MAX_CHARS = 4000

# --------------------------------------------------------------------------- normalising
# One-to-one folding so that positions in the folded text match the original text.
_FOLD_PAIRS = (
    ("aàáâãäåā", "a"), ("cçćč", "c"), ("eèéêëēėę", "e"), ("iìíîïī", "i"), ("nñń", "n"),
    ("oòóôõöøōœ", "o"), ("uùúûüū", "u"), ("yýÿ", "y"), ("sß", "s"), ("aæ", "a"),
    ("'’‘`´", "'"), ('"“”«»', '"'),
)  # fmt: skip
_FOLD = str.maketrans({ch: to for chars, to in _FOLD_PAIRS for ch in chars[1:]})
_TOKEN = re.compile(r"[a-z0-9]+")
_STEMS: dict[str, str] = {}
_ISE = re.compile(r"is(ation|ations|ed|es|ing|e)$")


def _stem(word: str) -> str:
    """A light plural folding, so 'backups' meets 'backup' (same rule for text and cues)."""
    stem = _STEMS.get(word)
    if stem is None:
        # British and American spellings meet ("authorised" → "authorized"); cues are folded
        # the same way, so any consistent rewrite is safe.
        stem = _ISE.sub(r"iz\1", word) if len(word) >= 6 else word
        if len(stem) >= 5:
            if stem.endswith("ies"):
                stem = stem[:-3] + "y"
            elif stem[-1] == "s" and stem[-2] not in "sui":
                stem = stem[:-1]
        if len(_STEMS) < 200_000:  # bounded: arbitrary input must not grow memory forever
            _STEMS[word] = stem
    return stem


def _tokens(folded: str) -> list[str]:
    stems = _STEMS
    return [stems.get(t) or _stem(t) for t in _TOKEN.findall(folded)]


def _fold(text: str) -> str:
    """Lower-case and drop accents ("Überprüfung" → "uberprufung"); cues are folded alike."""
    return text.lower().translate(_FOLD)


# --------------------------------------------------------------------------- cue index
@dataclass(frozen=True, slots=True)
class _Target:
    cid: str
    kind: str  # "strong" | "weak" | "personal" | "plan" | "context"


# The cue phrase as written in the table, for rationales ("socaas", not the folded "socaa").
_CUE_WORDS: dict[tuple[str, ...], str] = {}


def _build_cue_index() -> tuple[dict[tuple[str, ...], tuple[_Target, ...]], dict[str, int]]:
    index: dict[tuple[str, ...], list[_Target]] = {}
    for crit in CRITERIA:
        for cue in crit.cues:
            kind = {"~": "weak", "@": "personal", "^": "plan", "+": "context"}.get(cue[0], "strong")
            phrase = cue[1:] if kind != "strong" else cue
            key = tuple(_tokens(_fold(phrase)))
            if key:
                index.setdefault(key, []).append(_Target(crit.id, kind))
                _CUE_WORDS.setdefault(key, phrase)
    first: dict[str, int] = {}
    for key in index:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return {k: tuple(v) for k, v in index.items()}, first


def _build_signals(
    vocabularies: dict[str, Sequence[str]],
) -> tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int]]:
    """One phrase index for every signal vocabulary: phrase tokens → the signals it raises."""
    index: dict[tuple[str, ...], set[str]] = {}
    for signal, phrases in vocabularies.items():
        for phrase in phrases:
            key = tuple(_tokens(_fold(phrase)))
            if key:
                index.setdefault(key, set()).add(signal)
    first: dict[str, int] = {}
    for key in index:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return {k: frozenset(v) for k, v in index.items()}, first


_CUES, _CUE_FIRST = _build_cue_index()
_SIGNALS, _SIGNAL_FIRST = _build_signals(
    {
        "personal": PERSONAL_CUES,
        "testing": TEST_CUES,
        "fin_strong": FINANCIAL_STRONG,
        "fin_process": FINANCIAL_PROCESS,
        "fin_control": FINANCIAL_CONTROL_WORDS,
    }
)


def _signals(tokens: list[str]) -> dict[str, str]:
    """The signals (personal data, testing, financial words...) the tokens raise, each with
    the first phrase that raised it (for the rationale)."""
    raised: dict[str, str] = {}
    first = _SIGNAL_FIRST
    for i in [i for i, tok in enumerate(tokens) if tok in first]:
        for n in range(1, first[tokens[i]] + 1):
            key = tuple(tokens[i : i + n])
            for signal in _SIGNALS.get(key, ()):
                raised.setdefault(signal, " ".join(key))
    return raised


def _cue_matches(tokens: list[str]) -> list[tuple[str, tuple[_Target, ...]]]:
    """Longest non-overlapping cue phrases, left to right, with their targets."""
    out: list[tuple[str, tuple[_Target, ...]]] = []
    first, size, done = _CUE_FIRST, len(tokens), 0
    # Only positions whose token starts some cue can start a match (most tokens start none).
    for i in [i for i, tok in enumerate(tokens) if tok in first]:
        if i < done:
            continue  # inside the previous, longer match
        for n in range(min(first[tokens[i]], size - i), 0, -1):
            key = tuple(tokens[i : i + n])
            targets = _CUES.get(key)
            if targets:
                out.append((_CUE_WORDS[key], targets))
                done = i + n
                break
    return out


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex at the `|` that are outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class _Gated:
    """A regex that runs only when one of its key substrings occurs in the text.

    Every match of the pattern contains at least one key, so a text without any key cannot
    match; a few substring tests are far cheaper than a regex scan.
    """

    __slots__ = ("keys", "rx", "words")

    def __init__(self, keys: str | tuple[str, ...], pattern: str, words: str = ""):
        self.rx = re.compile(pattern)
        self.keys = tuple(keys.split("|")) if isinstance(keys, str) else keys
        # Optional whole-token gate (cheaper still): every match holds one of these tokens.
        self.words = frozenset(_stem(w) for w in words.split())

    @classmethod
    def auto(cls, pattern: str) -> _Gated:
        """Keys derived from the pattern: one mandatory literal run per top-level alternative."""
        keys: set[str] = set()
        for alt in _top_level_alternatives(pattern):
            bare = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\w[?*]|\w\{0,\d*\}", " ", alt)
            outside = bare
            while True:  # drop every group, innermost first: what is left must occur
                stripped = re.sub(r"\([^()]*\)[?*]?", " ", outside)
                if stripped == outside:
                    break
                outside = stripped
            runs = re.findall(r"[a-z0-9]{2,}", outside)
            if runs:
                keys.add(max(runs, key=len))
                continue
            optional = bare
            while True:  # no literal outside groups: any run outside optional groups
                stripped = re.sub(r"\((?:\?:)?[^()]*\)[?*]", " ", optional)
                if stripped == optional:
                    break
                optional = stripped
            inner = re.findall(r"[a-z0-9]{2,}", optional)
            if not inner:
                return cls(("",), pattern)  # no safe key: always run the regex
            keys.update(inner)
        return cls(tuple(sorted(keys)), pattern)

    def search(self, low: str, tokens: list[str] | None = None) -> re.Match[str] | None:
        if tokens is not None and self.words and self.words.isdisjoint(tokens):
            return None
        for key in self.keys:
            if key in low:
                return self.rx.search(low)
        return None


# --------------------------------------------------------------------------- report patterns
_NOT_A_REPORT_NEXT = (
    r"(?!\s*(?:analysts?|tiers?|levels?|teams?|managers?|leads?|staff|shifts?|engineers?))"
)
_NUM = r"(?:[123]|iii|ii|i)(?![\w])"
# Every alternative starts a word with one of these letters; saying so up front lets the
# regex engine skip most positions (about 5x faster on question text).
_REPORT = re.compile(
    r"\b(?=[stacigw])(?:"
    r"(?P<socfw>\bsoc for (?:cyber[\s\-]?security|(?:the )?supply chain)\b)"
    rf"|(?P<soc>\bsoc[\s\-]*{_NUM}(?:\s*(?:,|/|&|\+|and|or|et|ou|und|oder|y|o)\s*(?:soc[\s\-]*)?{_NUM})*){_NOT_A_REPORT_NEXT}"
    r"|(?P<umbrella>\bssae[\s\-]*1[68]\b|\bsas[\s\-]*70\b)"
    r"|(?P<soc1syn>\bat[\s\-]*c(?:\s+section)?[\s\-]*320\b|\b[ica]sae[\s\-]*3402\b|\bcsae[\s\-]*3416\b"
    r"|\baaf[\s\-]*0?1/(?:06|20)\b)"
    r"|(?P<soc2syn>\bat[\s\-]*c(?:\s+section)?[\s\-]*205\b|\b[ic]sae[\s\-]*3000\b"
    r"|\btrust services? (?:criteria|principles?)\b|\btsc (?:report|examination|attestation)"
    r"|\b(?:csa[\s\-]*)?star (?:level[\s\-]*2 )?attestation\b)"
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
_TYPE1_CUE = _Gated(
    "design|point|a la date|stichtag|en una fecha",
    r"design(?:ed)?\b.{0,80}?\b(?:as of|point[\s\-]in[\s\-]time|specific date|single date|a date)"
    r"|point[\s\-]in[\s\-]time|suitability of (?:the )?design|suitably designed|design only"
    r"|a la date du|zu einem stichtag|stichtag|en una fecha",
    words="design designed point suitability suitably date stichtag fecha",
)
_TYPE2_CUE = _Gated(
    "operat|over a period|throughout|tested over|month|review period|audit period|observation period|examination period|exception|efficacite|sur une periode|wirksamkeit|zeitraum|eficacia|durante un periodo",
    r"operat\w* effective\w*|over a period|throughout|tested over|over (?:a |the )?(?:past |last )?"
    r"(?:\d+|three|six|nine|twelve)[\s\-]*months?|(?:\d+|three|six|nine|twelve)[\s\-]month"
    r" (?:period|review|window|audit)|review period|audit period|observation period|examination period"
    r"|exceptions? (?:noted )?(?:from|in|during) (?:the )?test|efficacite operationnelle"
    r"|sur une periode|wirksamkeit|uber einen zeitraum|eficacia operativa|durante un periodo",
    words="operating operated operate operation operational operationally period throughout tested month exception efficacite periode wirksamkeit zeitraum eficacia periodo",
)
_REPORT_WORDS = _Gated(
    "report|audit|attestation|examination|opinion|cpa|assurance|rapport|informe|bericht|testat|seal|summary of your",
    r"\breports?\b|\baudit|\battestation|\bexamination|\bauditor|\bopinion|\bcpa\b|\baicpa|\bassurance"
    r"|\brapport|\binforme\b|bericht|\btestat|\bseal\b|\bsummary of your (?:audit|report|soc)",
)
_IMPLICIT = _Gated(
    "auditor|cpa|independent|third|attestation report|assurance report|examination report|audit report|rapport d|prufbericht|prufungsbericht|testat|informe de",
    r"auditor'?s'? (?:report|opinion|attestation)|service auditor|\bcpa(?:'s)?(?: firm'?s?)? "
    r"(?:report|attestation|examination|opinion)|independent (?:third[\s\-]party )?(?:attestation|assurance"
    r"|audit report|examination|auditor)|attestation report|assurance report|examination report"
    r"|\baudit report|rapport d'?audit|rapport d'?assurance|prufbericht|prufungsbericht|\btestat\b"
    r"|informe de auditoria|informe de aseguramiento|informe de un auditor"
    r"|\b(?:an?|independent|external|third[\s\-]party|service|cpa) auditor\b"
    r"|\bthird[\s\-]party (?:audit|attestation|assurance)",
    words="auditor auditors cpa independent attestation assurance examination audit rapport prufbericht prufungsbericht testat informe",
)
_LIFECYCLE = _Gated(
    "letter|cuec|complementary|user entity|carve|subservice|opinion|exception|next|period|system description|assertion|lettre|bruckenbrief|carta puente",
    r"bridge letter|gap letter|\bcuecs?\b|complementary user[\s\-]entity|user entity controls"
    r"|complementary subservice|carve[\s\-]?d?[\s\-]?out|subservice organi[sz]ation|qualified opinion"
    r"|unmodified opinion|adverse opinion|audit opinion|exceptions? (?:noted|identified|reported)"
    r"|next (?:audit|examination|report)|report(?:ing)? period|audit period|period covered"
    r"|system description|management'?s? assertion|lettre de couverture|bruckenbrief|carta puente",
    words="bridge gap cuec cuecs complementary user carve carved carveout subservice qualified unmodified adverse audit exception next report reporting period system management assertion lettre bruckenbrief carta",
)
_PUBLIC = _Gated(
    "nda|non|public|general|web|anyone|freely|sans|publiquement|ohne|offentlich|sin |publicamente|posted|published",
    r"without (?:an? |signing (?:an? )?|any )?(?:nda|non[\s\-]disclosure)|\bno nda|nda[\s\-]free|before (?:we |you )?(?:sign(?:ing)? )?"
    r"(?:an? |the )?nda|prior to (?:signing )?(?:an? )?nda|not under (?:an? )?nda|publicly|public (?:report"
    r"|version|summary|link|url|attestation|seal|audit)|\bpublic soc|general[\s\-]use|on your (?:public )?"
    r"web ?site|(?:posted|published) (?:on|to) (?:your|the) web|with anyone|freely (?:distribut|shar|avail)"
    r"|sans (?:accord de confidentialite|nda)|publiquement|ohne (?:nda|geheimhaltung)|offentlich"
    r"|sin (?:nda|acuerdo de confidencialidad)|publicamente",
)
_REQUEST = _Gated(
    "provide|attach|upload|share|send|submit|supply|furnish|forward|make available|cop|fourni|joi|transmettre|bereitstellen|beifugen|ubermitteln|vorlegen|kopie|proporcion|adjunt|facilite|envi|can we|available",
    r"\b(?:provide|attach|upload|share|send|submit|supply|furnish|forward|make available"
    r"|copy of|copies of|fournir|fournissez|joindre|joignez|transmettre|copie|bereitstellen|beifugen"
    r"|ubermitteln|vorlegen|kopie|proporcione|proporcionar|adjunte|adjuntar|facilite|enviar|envie"
    r"|copia|can we (?:see|get|obtain|review)|available (?:for review|upon request|on request))\b",
    words="provide attach upload share send submit supply furnish forward available copy copies fournir fournissez joindre joignez transmettre copie bereitstellen beifugen ubermitteln vorlegen kopie proporcione proporcionar adjunte adjuntar facilite enviar envie copia can",
)
_DESCRIBE = _Gated(
    "describ|explain|detail|description|overview|outline|how |decri|beschreiben",
    r"\b(?:describe|explain|details? (?:of|on|about)|description of|overview of|outline|how (?:do|does"
    r"|is|are|often)|decrire|decrivez|beschreiben|describa|describir)\b",
)
_CERT_WORDS = _Gated(
    "report|rapport|informe|bericht|certif|complian|accredit|attest|aoc|ato|authori|registered|audit|assessed|conforme|zertifi|certificad",
    r"report|rapport|informe|bericht|certif|complian|accredit|attest|\baoc\b|\bato\b|authori[sz]ation|registered|audit|assessed"
    r"|conforme|zertifi|certificad",
)
_DISJUNCTION = _Gated(
    "o|either|equivalent|such as|if not|in lieu|alternatively|acceptable|accepted|gleichwertig",
    r"\bor\b|\beither\b|equivalent|\bsuch as\b|\bif not\b|in lieu of|alternatively|\bacceptable\b"
    r"|\baccepted\b|\bou\b|\boder\b|\bo\b|gleichwertig|equivalente?",
)
# "Which standard is your program based on?" asks for a framework name, not a control.
_FRAMEWORK_QUESTION = _Gated(
    "standard|framework|best practice",
    r"\b(?:which|what|name of)\b.{0,40}\b(?:standards?|frameworks?|best practices)\b"
    r"|\bconform\w* (?:with|to) (?:a |an |any )?(?:specific )?(?:industry[\s\-])?(?:standard|framework)"
    r"|\bbased on (?:a |an |any )?(?:industry[\s\-])?(?:standard|framework)",
)
_COMMERCIAL = _Gated(
    "pric|payment terms|net |discount|fee|quote",
    r"pricing|\bprice|payment terms|\bnet \d+|discount|\bfees?\b|\bquote\b",
)
_HARDWARE = _Gated(
    "chip|silicon|firmware|secure boot|trustzone|embedded|processor|arm|hardware|device|soc vendor",
    r"chip|silicon|firmware|secure boot|trustzone|embedded|processor|\barm\b|hardware|\bdevices?\b|\bsoc vendor",
)
_OCCUPATION = _Gated(
    "soc code|occupation|labo|bls|o*net|wage|visa|job code|soc ",
    r"soc codes?\b|occupation|labou?r categor|\bbls\b|o\*net|\bwage|\bvisa\b|job code|soc \d\d-\d{4}",
)
_CHARGE = _Gated(
    "batter|state of charge|charge|inverter|ev",
    r"batter|state of charge|\bcharge\b|inverter|\bev\b",
)
_OTHER_SOC = _Gated(
    "soc|maturity|statement of|summary of changes|separation of concerns|soil organic",
    r"soc[\s\-]*cmm|soc maturity|maturity (?:level|model)|statement of (?:compliance|conformity)"
    r"|summary of changes|separation of concerns|soil organic carbon",
)
_OPS = _Gated(
    "engineer|on call|weekend|monitor|alert|siem|triage|escalat|staff|shift|analyst|tier|l1|l2|l3|24|hunt|incident|mssp|mdr|noc|runbook|playbook|outsourc|house|managed|headcount|aas|service|team|detect|respond|threat",
    r"monitor|alert|siem|triage|escalat|staff|shift|analyst|tier|\bl[123]\b|24\s*[x/]\s*7|hunt|incident"
    r"|engineer|on[\s\-]call|weekend|mssp|\bmdr\b|\bnoc\b|runbook|playbook|outsourc|in[\s\-]house|managed|headcount|aas\b|service|\bteam"
    r"|detect|respond|threat",
)
_ANALYSTS = _Gated(
    "analyst|tier|level|l1|l2|l3|staff|headcount|certif|employee|contractor|hire",
    r"analyst|\btier|\blevel|\bl[123]\b|staff|headcount|certif|employee|contractor|hire",
)
_OUTSOURCED = _Gated(
    "outsourc|provider|managed|mssp|aas|service|third|party|co-managed|co managed|virtual",
    r"outsourc|provider|managed|mssp|aas\b|as[\s\-]a[\s\-]service|third[\s\-]party|co[\s\-]managed|virtual",
)
_CATEGORY_WORDS: tuple[tuple[str, _Gated], ...] = (
    (
        "security",
        _Gated(
            "security|common criteria",
            r"\bsecurity\b|\bcommon criteria\b",
        ),
    ),
    (
        "availability",
        _Gated(
            "availability|disponibilite|verfugbarkeit|disponibilidad",
            r"\bavailability\b|disponibilite|verfugbarkeit|disponibilidad",
        ),
    ),
    (
        "processing integrity",
        _Gated(
            "processing integrity|integrite du traitement|verarbeitungsintegritat",
            r"processing integrity|integrite du traitement|verarbeitungsintegritat",
        ),
    ),
    (
        "confidentiality",
        _Gated(
            "confidential|vertraulichkeit|confidencialidad",
            r"\bconfidentiality\b|\bconfidentialite|vertraulichkeit|confidencialidad",
        ),
    ),
    (
        "privacy",
        _Gated(
            "privacy|vie privee|datenschutz|privacidad",
            r"\bprivacy\b|vie privee|datenschutz|privacidad",
        ),
    ),
)
_FRAMEWORKS = tuple((name, _Gated.auto(rx)) for name, rx in FRAMEWORKS)
_ARTIFACTS = tuple((name, _Gated.auto(rx)) for name, rx in ARTIFACTS)
_CATEGORY_OF = {
    "CC": "security",
    "A": "availability",
    "PI": "processing integrity",
    "C": "confidentiality",
    "P": "privacy",
}
# A framework whose named ISAE 3000 attestation is not a SOC 2 (BSI C5 reports use ISAE 3000).
_ISAE3000_OWNERS = frozenset({"BSI C5"})


def _category(cid: str) -> str:
    return _CATEGORY_OF[cid.rstrip("0123456789.")]


# Cheap gates: a pattern family can only match when one of its trigger words is a token,
# so most texts skip most regexes (classify must reach 20,000 texts/s).
def _gate(words: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in words.split())


_REPORT_GATE = _gate(
    "soc soc1 soc2 soc3 socii ssae ssae16 ssae18 sas sas70 c isae csae asae aaf trust tsc star systrust "
    "webtrust general organization organisation type typ tipo t1 t2 socaas rapport informe"
)
_FRAMEWORK_GATE = _gate(
    "iso iso27001 27001 27017 27018 27701 22301 42001 9001 27k pci hitrust fedramp stateramp csa star caiq "
    "hipaa 800 nist cmmc bsi c5 cyber tisax irap gdpr rgpd dsgvo ccpa cpra webtrust sig shared hecvat tia iso27k iso27017 iso27018 iso27701 iso22301 iso42001 iso9001 sp800"
)
_PUBLIC_GATE = _gate(
    "nda ndas non public publicly general web website anyone freely sans publiquement ohne offentlich "
    "sin publicamente posted published"
)
_IMPLICIT_GATE = _gate(
    "auditor auditors audit cpa independent attestation assurance examination rapport prufbericht "
    "prufungsbericht testat informe bridge gap cuec cuecs complementary user carve carved subservice "
    "opinion exception exceptions next report reporting period system management lettre bruckenbrief "
    "carta service"
)


# --------------------------------------------------------------------------- features
@dataclass(slots=True)
class _Found:
    """What the patterns saw in one text; the decision rules read only this."""

    text: str
    low: str
    tokens: list[str]
    # Report mentions as (pattern group, start, end, original text), in text order.
    soc: list[tuple[str, int, int, str]] = field(default_factory=list)
    # "Type I/II" mentions as ("I" | "II", start, end, original text).
    types: list[tuple[str, int, int, str]] = field(default_factory=list)


def _find_reports(text: str, low: str) -> _Found:
    found = _Found(text, low, _tokens(low))
    if _REPORT_GATE.isdisjoint(found.tokens):
        return found
    aligned = len(text) == len(low)
    for m in _REPORT.finditer(low):
        group = m.lastgroup or ""
        start, end = m.span()
        original = text[start:end] if aligned else m.group()
        if group == "type":
            word = original.lower().split()[-1] if " " in original.strip() else original.lower()
            num = re.sub(r"^(?:type|typ|tipo|t)[\s\-]*", "", word)
            if num in ("i", "ii") and aligned and not original[-len(num) :].isupper():
                continue  # "type i" in running lower-case text is rare; demand the capital
            found.types.append(("I" if num in ("1", "i", "one") else "II", start, end, original))
        elif group == "soc":
            if aligned and not _roman_ok(original):
                continue
            found.soc.append((group, start, end, original))
        else:
            found.soc.append((group, start, end, original))
    return found


def _roman_ok(original: str) -> bool:
    """Roman numerals after SOC count only in capitals ('SOC II', not 'soc i' in prose)."""
    tail = original[3:]
    return not _ROMAN.search(tail.lower()) or tail.strip(" -").upper() == tail.strip(" -")


def _soc_numbers(original: str) -> set[int]:
    nums: set[int] = set()
    for tok in re.findall(r"iii|ii|i|[123]", original.lower()[3:]):
        nums.add({"1": 1, "i": 1, "2": 2, "ii": 2, "3": 3, "iii": 3}[tok])
    return nums


# --------------------------------------------------------------------------- rules
_T1, _T2, _S1, _S3 = SocNeed.SOC2_TYPE1, SocNeed.SOC2_TYPE2, SocNeed.SOC1, SocNeed.SOC3
# Inside the rules the needs are bits (enum hashing is slow at 20,000 texts/s).
_B1, _BT1, _BT2, _B3 = 1, 2, 4, 8
_NEEDS_OF: tuple[tuple[SocNeed, ...], ...] = tuple(
    tuple(n for bit, n in zip((_B1, _BT1, _BT2, _B3), SOC_NEED_ORDER, strict=True) if mask & bit)
    for mask in range(16)
)
_FRAMEWORK_ARTIFACT = {
    "ISO 27001": "ISO 27001 certificate",
    "PCI DSS": "PCI DSS AOC",
    "HITRUST": "HITRUST certification",
    "FedRAMP": "FedRAMP authorization package",
    "CSA STAR": "CSA STAR entry",
    "HIPAA": "HIPAA attestation",
}
_BACKUP = re.compile(r"back ?up|sauvegard|datensicherung|copia|respaldo|restor")
# Words that make a vendor/supplier mention a third-party-risk control question.
_GOVERNANCE = _gate(
    "security secure privacy assess assessment contract contractual due monitor review audit risk"
)


@dataclass
class _Decision:
    """The classification as it is being built."""

    needs: int = 0  # bits _B1 | _BT1 | _BT2 | _B3
    soc2: bool = False  # a SOC 2 is asked; its type is resolved at the end
    soc2_types: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0
    extra_criteria: set[str] = field(default_factory=set)


def _criteria(
    tokens: list[str], personal: bool, testing: bool
) -> tuple[list[str], list[str], bool]:
    """Criterion ids the cues point to, the cue phrases used, and whether any cue was strong."""
    scores: dict[str, float] = {}
    used: list[str] = []
    strong = False
    strong_ids: set[str] = set()
    matches = _cue_matches(tokens)
    if not matches:
        return [], [], False
    # Context cues (vendors, suppliers) name a control topic only with governance words and
    # no stronger topic: "access revoked for vendors" is about access, not vendor risk.
    topical = not any(t.kind in ("strong", "plan") for _, ts in matches for t in ts)
    topical = topical and not _GOVERNANCE.isdisjoint(tokens)
    for phrase, targets in matches:
        private = [t for t in targets if t.kind == "personal"]
        chosen = private if personal and private else [t for t in targets if t.kind != "personal"]
        if not topical:
            chosen = [t for t in chosen if t.kind != "context"]
        for t in chosen:
            cid = "A1.3" if t.kind == "plan" and testing else t.cid
            weight = 0.5 if t.kind == "weak" else 1.0
            scores[cid] = scores.get(cid, 0.0) + weight
            if weight == 1.0 and t.kind != "context":
                strong = True
                strong_ids.add(cid)
        if chosen:
            used.append(phrase)
    if testing and any(_BACKUP.search(p) for p in used if "A1.2" in scores):
        scores["A1.3"] = max(scores.get("A1.3", 0.0), 1.0)  # tested backups → restore testing
        strong_ids.add("A1.3")
    keep = [c for c, v in scores.items() if v >= 1.0 and (c in strong_ids or not strong)]
    if not keep and scores:
        top = max(scores.values())
        keep = [c for c, v in scores.items() if v == top]
    return keep, used, strong


def _attach_types(found: _Found) -> tuple[dict[int, set[str]], list[tuple[str, int, int, str]]]:
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


def _explicit(found: _Found, frameworks: list[str], d: _Decision) -> list[str]:
    """Reports named outright; returns the generic 'SOC report' mentions left to resolve."""
    attached, free = _attach_types(found)
    numbered = any(m[0] in ("soc", "soc1syn", "soc2syn", "soc3syn") for m in found.soc)
    generic: list[str] = []
    for i, (group, _, _, orig) in enumerate(found.soc):
        types = attached.get(i, set())
        if group == "soc":
            nums = _soc_numbers(orig)
            if 1 in nums:
                d.needs |= _B1
            if 3 in nums:
                d.needs |= _B3
            if 2 in nums:
                d.soc2 = True
                d.soc2_types |= types
            d.reasons.append(f"explicit '{orig.strip()}'")
        elif group == "umbrella":
            if numbered:
                d.reasons.append(f"'{orig}' names the standard behind the SOC report named here")
            else:
                d.needs |= _B1
                d.reasons.append(f"'{orig}' is the legacy/colloquial name of a SOC 1")
        elif group == "soc1syn":
            d.needs |= _B1
            d.reasons.append(f"'{orig}' is the SOC 1 standard or its international equivalent")
        elif group == "soc2syn":
            if "3000" in orig and _ISAE3000_OWNERS.intersection(frameworks):
                continue
            d.soc2 = True
            d.soc2_types |= types
            d.reasons.append(f"'{orig}' means a SOC 2 (Trust Services Criteria examination)")
        elif group == "soc3syn":
            d.needs |= _B3
            d.reasons.append(f"'{orig}' is a general-use (SOC 3) report")
        elif group == "socgen":
            generic.append(orig)
            d.soc2_types |= types
    if free and (found.soc or _REPORT_WORDS.search(found.low)):
        d.soc2 = True
        d.soc2_types |= {t[0] for t in free}
        d.reasons.append(f"'{free[0][3]}' asked for a report → SOC 2")
    if d.soc2_types:
        d.reasons.append(" and ".join(f"'Type {t}'" for t in sorted(d.soc2_types)) + " stated")
    return generic


def _bare_soc(found: _Found, d: _Decision) -> tuple[str | None, str]:
    """The sense of a bare 'SOC' that is not a report name: (sense, reason)."""
    bare = [m for m in found.soc if m[0] == "bare"]
    if not bare:
        return None, ""
    low, orig = found.low, bare[0][3]
    if _OCCUPATION.search(low):
        return (
            "other",
            f"'{orig}' here is a Standard Occupational Classification code, not a report",
        )
    if _OTHER_SOC.search(low):
        return "other", f"'{orig}' here is a maturity model or another acronym, not a report"
    if _CHARGE.search(low) and not _OPS.search(low):
        return "other", f"'{orig}' here is a battery state of charge, not a report"
    if orig == "SoC" or (_HARDWARE.search(low) and not _OPS.search(low)):
        return "other", f"'{orig}' here is a system-on-chip, not a report"
    if _OPS.search(low):
        d.extra_criteria.add("CC7.2")
        if _ANALYSTS.search(low):
            d.extra_criteria.add("CC1.4")
        if _OUTSOURCED.search(low):
            d.extra_criteria.add("CC9.2")
        return (
            "ops",
            f"'{orig}' here is a Security Operations Center (monitoring function), not a report",
        )
    if _REPORT_WORDS.search(low) or _LIFECYCLE.search(low):
        return "report", f"'{orig}' with report vocabulary → a SOC report"
    d.extra_criteria.add("CC7.2")
    return "ops?", f"bare '{orig}' read as a Security Operations Center (ambiguous)"


def _financial(signals: dict[str, str], low: str) -> tuple[bool, bool]:
    """(financial-reporting context, strong) per DOMAIN.md section 3."""
    if "fin_strong" in signals:
        return True, True
    # Process words (payroll, billing) need a control word, and commercial terms are not ICFR.
    process = "fin_process" in signals and "fin_control" in signals
    return process and not _COMMERCIAL.search(low), False


def _soc2_type(d: _Decision, low: str, tokens: list[str], settings: Settings) -> tuple[int, str]:
    """The SOC 2 type bits and where they came from (DOMAIN.md section 6 rule 5)."""
    if d.soc2_types:
        bits = (_BT1 if "I" in d.soc2_types else 0) | (_BT2 if "II" in d.soc2_types else 0)
        return bits, "stated"
    t2, t1 = _TYPE2_CUE.search(low, tokens), _TYPE1_CUE.search(low, tokens)
    if t2:
        d.reasons.append(f"'{t2.group()}' → Type II")
        return _BT2, "cue"
    if t1:
        d.reasons.append(f"'{t1.group()}' → Type I")
        return _BT1, "cue"
    default = _T1 if settings.default_soc2_type == _T1 else _T2
    d.reasons.append(f"no type stated → default {str(default)[6:]}")
    return (_BT1 if default == _T1 else _BT2), "default"


def _frameworks(low: str, tokens: list[str]) -> list[str]:
    if _FRAMEWORK_GATE.isdisjoint(tokens) and "soc for" not in low:
        return []
    return [name for name, rx in _FRAMEWORKS if rx.search(low)]


def _artifact(low: str, frameworks: list[str], request: bool) -> str | None:
    if request:
        for name, rx in _ARTIFACTS:
            if rx.search(low):
                return name
    for name in frameworks:
        if name in _FRAMEWORK_ARTIFACT and (request or _CERT_WORDS.search(low)):
            return _FRAMEWORK_ARTIFACT[name]
    return None


def _implicit(found: _Found, d: _Decision, fin: bool, public: bool, generic: list[str]) -> None:
    """Report requests that name no SOC report: auditor's reports, lifecycle, generic 'SOC report'."""
    low = found.low
    if _IMPLICIT_GATE.isdisjoint(found.tokens) and not generic:
        return
    m = _IMPLICIT.search(low, found.tokens) or _LIFECYCLE.search(low, found.tokens)
    if generic:
        why, conf = f"'{generic[0]}' without a number", 0.7
    elif public and (m or _REPORT_WORDS.search(low)):
        why, conf = "", 0.8
    elif m:
        why, conf = f"'{m.group()}' asks for or about an assurance report", 0.78
    else:
        return
    if public:
        d.needs |= _B3
        d.reasons.append(
            f"{why + '; ' if why else ''}a publicly shareable assurance report → SOC 3"
        )
    elif fin:
        d.needs |= _B1
        d.reasons.append(f"{why}; financial-reporting context → SOC 1")
    else:
        d.soc2 = True
        d.reasons.append(f"{why} → SOC 2 (security assurance is the usual ask)")
    d.confidence = conf


def _control(
    d: _Decision,
    criteria: list[str],
    cues: list[str],
    strong: bool,
    fin: tuple[bool, bool],
    sense: str | None,
    fin_cue: str = "",
) -> None:
    """A control question: SOC 1 for the buyer's financial reporting, SOC 2 for the TSC topics."""
    names = ", ".join(criteria[:4])
    on = " on " + ", ".join(f"'{c}'" for c in cues[:3]) if cues else ""
    if fin[0]:
        d.needs |= _B1
        cue = fin_cue or "financial process"
        d.reasons.append(
            f"control over the buyer's financial reporting ('{cue}', ICFR/SOX context) → SOC 1"
        )
        d.confidence = 0.85 if fin[1] else 0.72
        if criteria:
            d.confidence -= 0.05
    elif criteria and (strong or len(criteria) > 1):
        d.soc2 = True
        cats = sorted({_category(c) for c in criteria}, key=CATEGORY_ORDER.index)
        d.reasons.append(
            f"control question{on} → {names} ({', '.join(cats)}) → answered by a SOC 2"
        )
        d.confidence = 0.85 if len(criteria) > 1 or sense == "ops" else 0.78
    elif sense in ("ops", "ops?"):
        d.soc2 = True
        d.reasons.append("Security Operations Center practice → CC7.2 → answered by a SOC 2")
        d.confidence = 0.8 if sense == "ops" else 0.45
    elif criteria:
        d.soc2 = True
        d.reasons.append(f"weak control cue{on} → {names} → answered by a SOC 2")
        d.confidence = 0.55


def _decide(found: _Found, settings: Settings) -> Classification:
    low, tokens = found.low, found.tokens
    d = _Decision()
    frameworks = _frameworks(low, tokens)
    signals = _signals(tokens)
    criteria, cues, strong = _criteria(tokens, "personal" in signals, "testing" in signals)
    fin = _financial(signals, low)
    public = not _PUBLIC_GATE.isdisjoint(tokens) and bool(_PUBLIC.search(low))
    request = bool(_REQUEST.search(low, tokens)) and not _DESCRIBE.search(low)
    artifact = _artifact(low, frameworks, request)
    sense, sense_why = _bare_soc(found, d)

    generic = _explicit(found, frameworks, d) if found.soc or found.types else []
    if sense == "report":
        generic.append("SOC")
    if d.needs or d.soc2:
        d.confidence = 0.95 if d.soc2_types or not d.soc2 else 0.9
        if {m[0] for m in found.soc} & {"umbrella", "soc"} == {"umbrella"} and d.needs == _B1:
            d.confidence = 0.8
        if public and d.needs == _B3:
            d.confidence = 0.95
    elif not (frameworks and not generic and not public):
        _implicit(found, d, fin[0], public, generic)
    if sense_why:
        d.reasons.append(sense_why)
    if not d.needs and not d.soc2:
        if artifact and (request or frameworks):
            d.reasons.append(f"asks for a non-SOC artifact ({artifact}) → no SOC report need")
            d.confidence = 0.85
        elif frameworks and (_CERT_WORDS.search(low) or not strong):
            d.reasons.append(f"other framework only ({', '.join(frameworks)}) → no SOC report need")
            d.confidence = 0.85
        elif sense == "other":
            d.confidence = 0.88
        elif set(criteria) <= {"CC5.3"} and _FRAMEWORK_QUESTION.search(low):
            d.reasons.append("asks which standard or framework is followed → no SOC report need")
            d.confidence = 0.75
        else:
            fin_cue = signals.get("fin_strong") or signals.get("fin_process", "")
            _control(d, criteria, cues, strong, fin, sense, fin_cue)
    if not d.needs and not d.soc2 and not d.reasons:
        d.reasons.append("no report, control or privacy cue → not a SOC-report need")
        d.confidence = 0.8 if len(tokens) <= 14 else 0.68

    type_source: str | None = None
    if d.soc2:
        types, type_source = _soc2_type(d, low, tokens, settings)
        d.needs |= types
    all_criteria = sorted(set(criteria) | d.extra_criteria, key=CRITERION_ORDER.__getitem__)
    cats = {_category(c) for c in all_criteria}
    if found.soc and d.needs & (_BT1 | _BT2 | _B3):  # a report-scope question may name categories
        cats |= {name for name, rx in _CATEGORY_WORDS if rx.search(low)}
    items = d.needs.bit_count() + len(frameworks) + (1 if artifact and not frameworks else 0)
    alternatives = bool(d.needs) and (
        (items >= 2 and bool(_DISJUNCTION.search(low))) or "equivalent" in low
    )
    if alternatives:
        d.reasons.append("any one of the named items will do (alternatives)")
    if (
        cues
        and (d.needs or d.soc2)
        and not any(r.startswith(("control", "weak")) for r in d.reasons)
    ):
        d.reasons.append("cues: " + ", ".join(f"'{c}'" for c in cues[:5]))
    return Classification(
        soc_need=_NEEDS_OF[d.needs],
        alternatives=alternatives,
        criteria=tuple(all_criteria),
        categories=tuple(c for c in CATEGORY_ORDER if c in cats),
        frameworks=tuple(frameworks),
        confidence=round(min(max(d.confidence, 0.05), 0.99), 2),
        rationale="; ".join(d.reasons),
        type_source=type_source,
        artifact=artifact,
        public=public,
    )


# --------------------------------------------------------------------------- public API
def classify(text: str, settings: Settings | None = None) -> Classification:
    """Classify one requirement's text; pure and deterministic, never raises on a str."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return _classify_cached(text[:_MAX_CHARS], settings or _DEFAULT)


# Questionnaires repeat rows (HECVAT repeats its GNRL block on every tab; generated
# workbooks repeat templates); results are immutable, so a bounded cache is safe.
@functools.lru_cache(maxsize=16_384)
def _classify_cached(text: str, settings: Settings) -> Classification:
    return _decide(_find_reports(text, _fold(text)), settings)


def classify_all(texts: Sequence[str], settings: Settings | None = None) -> list[Classification]:
    """Classify a whole questionnaire; rows with a default SOC 2 type take the document's type.

    The type the questionnaire states or cues anywhere (Type II when it asks for both) replaces
    the configured default on the rows that gave no type of their own (DOMAIN.md section 6 rule 5).
    """
    results = [classify(t, settings) for t in texts]
    asked = {
        n
        for c in results
        if c.type_source in ("stated", "cue")
        for n in c.soc_need
        if n in (_T1, _T2)
    }
    if not asked:
        return results
    ctx = _T2 if _T2 in asked else _T1
    why = (
        "the questionnaire asks for both Type I and Type II elsewhere → Type II"
        if len(asked) == 2
        else f"the questionnaire asks for a {ctx} elsewhere"
    )
    out: list[Classification] = []
    for c in results:
        if c.type_source != "default":
            out.append(c)
            continue
        needs = {n for n in c.soc_need if n not in (_T1, _T2)} | {ctx}
        rationale = re.sub(r"; no type stated → default Type I{1,2}", "", c.rationale)
        out.append(
            replace(
                c,
                soc_need=tuple(n for n in SOC_NEED_ORDER if n in needs),
                type_source="context",
                rationale=f"{rationale}; SOC 2 type from document context: {why}",
            )
        )
    return out
