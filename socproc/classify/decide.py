"""classify(): one requirement's text → Classification, composing the finders and rules."""

from __future__ import annotations

import functools

from socproc.classify.controls import _categories, _control, _criteria, _financial, _ordered
from socproc.classify.cues import _phrases
from socproc.classify.frameworks import _CERT_WORDS, _FRAMEWORK_QUESTION, _artifact, _frameworks
from socproc.classify.gated import _Gated
from socproc.classify.implicit import _DESCRIBE, _PUBLIC, _PUBLIC_GATE, _REQUEST, _implicit
from socproc.classify.needs import _B1, _B3, _BT1, _BT2, _NEEDS_OF, _Decision
from socproc.classify.reports import _explicit, _find_reports, _Found, _soc2_type
from socproc.classify.text import _fold
from socproc.classify.traps import _bare_soc
from socproc.criteria import CRITERION_ORDER
from socproc.model import Classification, Settings, SocNeed

_DEFAULT = Settings()
# Longer texts are cut: a requirement is a sentence or a paragraph, and the cap keeps the
# worst case bounded (classify must stay fast and total on any input).
_MAX_CHARS = 4000
_DISJUNCTION = _Gated(
    "o|either|equivalent|such as|if not|in lieu|alternatively|acceptable|accepted|gleichwertig",
    r"\bor\b|\beither\b|equivalent|\bsuch as\b|\bif not\b|in lieu of|alternatively|\bacceptable\b"
    r"|\baccepted\b|\bou\b|\boder\b|\bo\b|gleichwertig|equivalente?",
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


def _decide(found: _Found, default_type: SocNeed) -> Classification:
    low, tokens = found.low, found.tokens
    d = _Decision()
    frameworks = _frameworks(low, tokens)
    signals, matches = _phrases(tokens)
    criteria, cues, strong = _criteria(matches, tokens, "personal" in signals, "testing" in signals)
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
        types, type_source = _soc2_type(d, low, tokens, default_type)
        d.needs |= types
    all_criteria = sorted(set(criteria) | d.extra_criteria, key=CRITERION_ORDER.__getitem__)
    cats = _categories(all_criteria)
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
        d.reasons.append("cues: '" + "', '".join(cues[:5]) + "'")
    return Classification(
        soc_need=_NEEDS_OF[d.needs],
        alternatives=alternatives,
        criteria=tuple(all_criteria),
        categories=_ordered(cats),
        frameworks=tuple(frameworks),
        confidence=round(min(max(d.confidence, 0.05), 0.99), 2),
        rationale="; ".join(d.reasons),
        type_source=type_source,
        artifact=artifact,
        public=public,
    )


def classify(text: str, settings: Settings | None = None) -> Classification:
    """Classify one requirement's text; pure and deterministic, never raises on a str."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # The only setting classification reads; a str keys the cache far more cheaply than Settings.
    return _classify_cached(text[:_MAX_CHARS], (settings or _DEFAULT).default_soc2_type)


# Questionnaires repeat rows (HECVAT repeats its GNRL block on every tab; generated
# workbooks repeat templates); results are immutable, so a bounded cache is safe.
@functools.lru_cache(maxsize=16_384)
def _classify_cached(text: str, default_type: SocNeed) -> Classification:
    return _decide(_find_reports(text, _fold(text)), default_type)
