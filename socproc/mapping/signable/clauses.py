"""A text cut into clauses and statements, and what a statement binds: its predicate, its subject, the places and numbers it names."""

from __future__ import annotations

import re
from functools import lru_cache

from socproc.mapping.places import named_places
from socproc.mapping.signable.caveats import _asked
from socproc.mapping.signable.narrower import _PART_RX, _UNIVERSAL_RX
from socproc.mapping.signable.negation import _REGIONS, _places, clause_span, in_digits
from socproc.mapping.signable.quantities import _FREQUENCY, numbers_in, numbers_in_all
from socproc.mapping.signable.scope import _LIGHT_VERBS
from socproc.mapping.signable.subjects import _GENERAL_TERMS, _term, subject_terms
from socproc.mapping.signable.vocab import _PARENTHESES_RX, _WORD_RX

# Sentences end at a full stop after a word, not after an initial ("N. Virginia").
# Not after a dotted abbreviation ("Kras Podpora d.o.o. in Koper", "e.g. the kiosks"), nor
# before a word in lower case: both go on with the same sentence.
_STOP = r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bSt\.)(?<!\.\w\.)\s+(?![a-z])"
_WHOLE_SENTENCE_RX = re.compile(rf"{_STOP}|(?<=;)\s+")
# Sentences to their full stop, semicolons kept ("Our offices are in Brno and Prague; all our
# employees work from those two offices").
_FULL_SENTENCE_RX = re.compile(_STOP)


# Places that say whose the data or who the people are: "Customers in India are hosted ...",
# "Our researchers in Pune, India, view ...".
_WHOSE_PLACE_RX = re.compile(
    r"\b(?i:customers?|clients?|accounts?|users?|tenants?|institutions?|staff|teams?|engineers?|"
    r"employees|people|personnel|researchers|contractors?|developers|partners?|offices?|"
    r"headquarters|agents|analysts|hospitals|schools|members|patients|merchants|banks|councils)"
    r"\s+(?i:located\s+|based\s+)?(?i:in|from)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w.'’-]*(?:(?:,\s*|\s+(?:and|or)\s+|\s+)(?:the\s+)?[A-Z][\w.'’-]*)*)"
)


# An exception, a condition or a hedge: "not permitted without MFA" permits it with MFA;
# "encrypted where supported", "reviewed when needed" is not always.
_EXCEPT_RX = re.compile(
    # "Where the customer's bank supports it", "if the browser allows": a condition.
    r"\bdepend(s|ing|ent)?\s+(on|upon)\b|"
    r"\b(?:where|if|when)\b[^,;.]{0,60}?\b(?:supports?|supported|allows?|permits?|provides?|"
    r"offers?|makes?\s+\w+\s+available)\b|"
    # "not permitted without MFA": a condition; "settled without litigation" is none.
    r"\b(?:not|never|no|cannot|can't)\b[^,;.]{0,60}?\bwithout\b(?!\s+exception)|"
    # "The only exceptions are the kiosk PINs ...", "with the exception of the archive".
    r"\bexceptions?\s+(are|is|include|includes)\b|\bwith\s+the\s+exception\s+of\b|"
    # "..., with one exception - the UAT copy ...", "two exceptions: ..." (not "no exceptions").
    r"\bwith\s+(one|two|three|a\s+few|a\s+single|an|some|\d+)\s+([\w-]+\s+)?exceptions?\b|"
    r"\b(one|two|three|a\s+few|\d+)\s+exceptions?\s*[:\-–—]|"
    # "no network intrusion detection beyond Amazon GuardDuty": a tool named as the exception
    # (not "never transferred beyond the EU").
    r"\bbeyond\s+(?-i:[A-Z][\w-]*\s+[A-Z][\w-]*)|"
    # "save where the CISO has granted a dispensation", "to the extent the device supports it".
    r"\bsave\s+(?:where|when|if|in)\b|\bto\s+the\s+extent\b|\bin\s*so\s*far\s+as\b|"
    r"\bas\s+far\s+as\s+(?:the|it|they|possible|practicable)\b|"
    r"\b(except|unless|other than|apart from|aside from|besides|save for|only (if|when|with|after|"
    r"upon)|where (supported|possible|"
    r"feasible|applicable|available)|when (needed|necessary|possible|required)|as (needed|"
    r"appropriate|required)|if (possible|needed|necessary)|best[- ]effort|in most cases)\b",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def excepted(text: str) -> bool:
    """Whether a text makes an exception, sets a condition or hedges (`_EXCEPT_RX`), exempts
    someone ("service accounts are exempt", "the requirement is waived for the Legacy
    edition"; not "no one is exempt") or denies only beyond what it names ("We do not collect
    personal data beyond names and e-mail addresses": it collects those)."""
    return bool(_EXCEPT_RX.search(text)) or _exempted(text) or _beyond_named(text)


def _exempted(text: str) -> bool:
    for m in _EXEMPT_RX.finditer(text):
        if not _NO_EXEMPTION_RX.search(text, *clause_span(text, m.start(), m.end(), ".;", ".;")):
            return True
    return False


# "are exempt", "exempted from", "exemptions for", "is waived", "waives the requirement".
_EXEMPT_RX = re.compile(
    r"\b(?:is|are|was|were|be|been|remain|remains|stay|stays)\s+(?:\w+\s+)?exempt(?:ed)?\b|"
    r"\bexempt(?:ed|s)?\s+(?:[\w'’-]+\s+){0,3}?from\b|"
    r"\bexemptions?\s+(?:for|from|are|is|apply|applies|include|includes|exist|exists|granted|"
    r"may|can|were|was|to)\b|"
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:waived|excused)\b|\bwaives?\s+(?:the|this|it)\b|"
    # "MFA for every account, bar two legacy service accounts"; "a carve-out applies to ..."
    r"\bbar\s+(?:one|two|three|four|a\s+few|\d+|the)\s+(?:[\w-]+\s+){0,3}?(?:accounts?|users?|"
    r"devices?|systems?|servers?|sites?|staff|employees)\b|\bcarve-?outs?\s+(?:applies|apply)\b|"
    # "two warehouse accounts hold a dispensation", "older accounts are grandfathered".
    r"\bdispensations?\b|\bgrandfathered\b|"
    # A policy exception held or granted: "the data science team holds a policy exception to
    # use pseudonymised findings", "was granted a time-limited exception" (not "has never
    # granted an exception").
    r"\b(?:holds?|held|granted|approved|issued|has|have|had|obtained)\s+(?:an?|one|two|three|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exceptions?|waivers?)\b(?!-)|\bgiven\s+leave\s+to\b|"
    # "an exception was granted to two kiosk accounts".
    r"\bexceptions?\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:granted|approved|"
    r"issued|given)\b",
    re.I,
)
_NO_EXEMPTION_RX = re.compile(r"\b(?:no|none|nobody|not|never|neither|nor|without)\b|n't\b", re.I)


def _beyond_named(text: str) -> bool:
    """A denial of what goes beyond a thing named, not a place, a time or an amount: "no
    personal data beyond names" (not "never transferred beyond the EU", "not kept beyond 90
    days", "beyond business hours")."""
    for m in _DENIED_BEYOND_RX.finditer(text):
        what = m["what"]
        if not (_BEYOND_NOT_THING_RX.search(what) or named_places(what) or _places(what)):
            return True
    return False


_DENIED_BEYOND_RX = re.compile(
    r"\b(?:not|never|no|nothing)\b[^.;]{0,80}?\bbeyond\s+"
    r"(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,5})",
    re.I,
)
_BEYOND_NOT_THING_RX = re.compile(
    r"\d|"
    r"\b(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|retention|period|term|date|"
    r"deadline|limit|threshold|borders?|country|countries|region|jurisdiction|premises|"
    r"termination|end|expiry|expiration|closure|cancell?ation|deletion|departure|exit|"
    r"network|perimeter|boundar(?:y|ies)|firewall)\b",
    re.I,
)


@lru_cache(maxsize=1 << 12)
def _passive_predicate(question: str) -> frozenset[str]:
    """The terms of what a passive question asks is done ("be restricted", "Is the plan
    reviewed and updated ...?": both; "reviewed or tested": one is enough, so none is
    required here)."""
    body = question.split("?")[0]
    m = _PASSIVE_RX.search(body) or _ASKED_DONE_RX.match(body)
    if not m:
        return frozenset()
    if m["more"] and _OR_VERB_RX.search(m["more"]):
        return frozenset()
    done = [m["verb"], *(_ED_RX.findall(m["more"] or ""))]
    return frozenset().union(*map(subject_terms, done))


@lru_cache(maxsize=1 << 12)
def _passive_alternatives(question: str) -> frozenset[str]:
    """The terms of the acts a passive question offers as alternatives ("masked or removed"),
    of which a text must say one; empty when it offers none."""
    body = question.split("?")[0]
    m = _PASSIVE_RX.search(body) or _ASKED_DONE_RX.match(body)
    if not m or not m["more"] or not _OR_VERB_RX.search(m["more"]):
        return frozenset()
    done = [m["verb"], *(_ED_RX.findall(m["more"]))]
    return frozenset().union(*map(subject_terms, done)) - _GENERAL_TERMS


@lru_cache(maxsize=1 << 14)
def _passive_subject(question: str) -> frozenset[str]:
    """The specific terms of what a passive question is about ("Are backups retained ...?":
    backups), which a text must name."""
    body = question.split("?")[0]
    m = _ASKED_DONE_RX.match(body)
    if m is None:
        return frozenset()
    subject = _ADVERB_RX.sub(" ", _AUXILIARY_RX.sub("", body[: m.start("verb")]))
    return subject_terms(subject) - _GENERAL_TERMS - _FREQUENCY.keys()


_ADVERB_RX = re.compile(r"\b\w+ly\b", re.I)


_AUXILIARY_RX = re.compile(r"^\s*(is|are|was|were)\s+(all\s+|any\s+|the\s+|your\s+)*", re.I)


def _places_stated(question: str, text: str) -> bool:
    """Whether the places a question names are the text's ("stored only in the UK?" is not
    stated by an encryption control, nor by "stored in Germany with backups in France")."""
    asked = _places(question)
    if not asked:
        return True
    # "New Zealand customer data is stored in Sydney", "for every customer, including our
    # hospitals in Uganda": the customers' country is not where the data is.
    kept = _without_whose_places(text)
    named = _places(kept)
    # A country of a region asked states it: "stored in Germany" is stored in the EEA.
    within = {region for region, members in _REGIONS.items() if named & members}
    if not asked <= named | within:
        return False
    if _STAY_ALL_ASK_RX.search(question):
        # "Does all player data of EU titles stay within the EU?" and "In-game chat logs of
        # every region are stored in Seoul": some of it is kept elsewhere (a city or a cloud
        # region by its country).
        inside = set(asked).union(*(_REGIONS.get(a, frozenset()) for a in asked))
        cities = {country for _, country in named_places(kept)}
        if (named | cities) - inside - _REGIONS.keys():
            return False
    return not (_ONLY_ASK_RX.search(question) and named - asked)


# "all ... data ... stay within / kept in" a place.
_STAY_ALL_ASK_RX = re.compile(
    r"\b(all|every|entire)\b[^?]*\b(stay|stays|remain|remains|kept|stored|reside|resides)\b",
    re.I,
)


_ONLY_ASK_RX = re.compile(r"\b(only|exclusively|solely)\b", re.I)


# A place naming whose the data is: "New Zealand customer data", "EU customers' records".
_GROUP_PLACE_RX = re.compile(
    r"\b(?:[A-Z][\w.]*\s+){1,3}(?=(customers?|clients?|users?|tenants?|institutions?)['’]?s?\s+"
    r"(data|records|information|content|backups?)\b)|"
    # "(Ireland for UK data, Oregon for US data)": whose data, not where it is.
    r"(?<=\bfor\s)(?:[A-Z][\w.]*\s+){1,3}(?=data\b)"
)


# "Are you a covered entity?" and "we are a business associate", "Acme is a ...".
_IDENTITY_ASK_RX = re.compile(
    r"\s*(are\s+you|is\s+(your\s+(company|organi[sz]ation)|the\s+vendor))\s+(a|an)\b", re.I
)


_IDENTITY_RX = re.compile(r"\b(we\s+are|we're|is|acts?\s+as|as)\s+(a|an)\b", re.I)


# A practice for one named system: "for the TideTrack web frontend", "against the LMS".
_NAMED_SCOPE_RX = re.compile(
    r"\b(?:for|on|against|in|to|at)\s+(?:the\s+|our\s+)?(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*|"
    r"[A-Z][a-z]{2,})\b"
)


# Other organisations the vendor deals with, in its own words.
_SUPPLIERS_RX = re.compile(
    r"\b(vendors|suppliers|sub-?processors|subcontractors|third[- ]part(y|ies)|"
    r"service\s+providers)\b",
    re.I,
)


def _without_whose_places(text: str) -> str:
    """`text` without the places that say whose the data is or who the people are ("New
    Zealand customer data", "our hospitals in Uganda", "agents in Kampala, Uganda, view ..."),
    not where it is kept."""
    text = _GROUP_PLACE_RX.sub(" ", text)
    return " ".join(
        _WHOSE_PLACE_RX.sub(lambda m: m[0][: m.start("place") - m.start()], x)
        for x in _WHOLE_SENTENCE_RX.split(text)
    )


def _numbers_bound(question: str, text: str, specific: frozenset[str]) -> bool:
    """Whether each number a question asks is said, in the text, in a clause that names what
    the question asks of it (a specific word of the question, not only the number's unit)."""
    words = specific - _FREQUENCY.keys() - _UNIT_TERMS
    done = _passive_predicate(question)
    asked = in_digits(_ROUND_CLOCK_RX.sub(" ", question.split("?")[0]))
    text = in_digits(text)
    for number in numbers_in(asked):
        # The words of the question's own clause with the number ("in transit (TLS 1.2)"
        # beside "at rest"): those are what the number is asked of.
        near = frozenset().union(
            *(subject_terms(p) for p in _PART_RX.split(asked) if number in numbers_in_all(p))
        )
        words_n = (words & near or words) - {number}
        if not words_n:
            continue
        clauses = [terms for part, terms in _numbered_parts(text) if number in part]
        if clauses and not any(terms & words_n and done <= terms for terms in clauses):
            # "Is TLS 1.2 disabled?" and "TLS 1.2 is accepted; 1.0 and 1.1 are disabled".
            return False
        missing = words_n - frozenset().union(*clauses)
        if clauses and any(
            number not in numbers and terms & missing for numbers, terms in _numbered_parts(text)
        ):
            # "Are gateway logs retained for 90 days?" and "Cloud platform logs are kept for 90
            # days. Gateway logs stay on the gateway for 7 days": the number asked is said of
            # another thing; what is asked has its own.
            return False
        together = frozenset().union(*clauses)
        if (
            clauses
            and _UNIVERSAL_RX.search(question)
            and any(
                w not in together and any(w in terms for _, terms in _numbered_parts(text))
                for w in words_n
            )
        ):
            # "AES-256 for all databases" and "databases use AES-128; uploads use AES-256":
            # a word asked is said with another number.
            return False
        mine = together & (subject_terms(asked) - {number} - _UNIT_TERMS)
        if (
            clauses
            and not _asked(question).capability
            and any(
                number not in numbers and len(terms & words_n) >= 2 and not mine - terms
                for numbers, terms in _numbered_parts(text)
            )
        ):
            # "Is data encrypted using AES-256?" and "databases AES-128; uploads AES-256": the
            # same practice with another number, and nothing asked that tells them apart.
            return False
    return True


@lru_cache(maxsize=1 << 12)
def _numbered_parts(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each clause of a text with a number in it: its numbers and its subject terms."""
    return tuple(
        (numbers_in(part), subject_terms(part))
        for part in _PART_RX.split(text)
        if any(c.isdigit() for c in part)
    )


# "24 x 7 x 365", "24/7": how often, not a quantity of something.
_ROUND_CLOCK_RX = re.compile(r"\b\d+\s*[x/]\s*\d+(\s*[x/]\s*\d+)?\b", re.I)


_UNIT_TERMS = frozenset(
    map(_term, ("days", "hours", "minutes", "weeks", "months", "years", "bit", "percent"))
)


_PERCENT_RX = re.compile(r"\b(\d{1,2}(\.\d+)?)\s*(%|percent)", re.I)


_OPPOSITE_PAIRS = (
    (r"\bcommercial\b", r"\bopen[- ]source\b|\bfree\b|\bin-house\s+built\b"),
    (
        r"\bautomat\w*",
        r"\bmanual(ly)?\b|\bby\s+hand\b|\bon[- ]?site\s+by\s+(a|an|the|our)\s+(technician|"
        r"engineer)",
    ),
    (r"\bmanual(ly)?\b|\bby\s+hand\b", r"\bautomat\w*"),
    # The channel or place: "patched remotely?" and "patched on site by a technician";
    # "report incidents online?" and "by telephone".
    (r"\bremote(ly)?\b", r"\b(on[- ]?site|in\s+person|at\s+the\s+(site|terminal|premises))\b"),
    (r"\b(on[- ]?site|in\s+person)\b", r"\bremote(ly)?\b"),
    (
        r"\b(online|electronically|through\s+(the|a|our)\s+(portal|web\s*site|app))\b",
        r"\bby\s+(tele)?phone\b|\bby\s+(post|mail|fax|letter)\b|\bin\s+person\b|\bon\s+paper\b",
    ),
    (r"\bdedicated\b", r"\bshared\b"),
    # "Do cameras share the office network?" and "the camera network is a separate private APN".
    (
        r"\b(share[sd]?|sharing|same)\b",
        r"\b(separate[sd]?|segmented|isolated|segregated|dedicated)\b",
    ),
    (
        r"\b(second|peer|independent|another|two[- ]person|four[- ]eyes)\b",
        r"\b(single|one|sole|same)\s+(engineer|person|developer|individual|employee)\b",
    ),
    (
        r"\b(manage\w*\s+(them\s+)?yoursel(f|ves)|self[- ]managed|(your|their)\s+own\s+"
        r"(encryption\s+)?keys?|bring\s+(your|their)\s+own\s+keys?|byok)\b",
        r"\b(google|aws|amazon|azure|microsoft|provider|cloud|platform)[- ]managed\b",
    ),
    (r"\b(block\w*|disabl\w*|prevent\w*|prohibit\w*)\b", r"\b(allowed|permitted|enabled)\b"),
    (r"\b(internal|in-house)\b", r"\b(external|outsourced|third[- ]party)\b"),
    # "Are backups stored in a different region from production?" and "stored in the same AWS
    # London region as production".
    *(
        (
            rf"\b(different|separate|another|distinct)\s+(\w+\s+)?{place}",
            rf"\bsame\s+([\w-]+\s+){{0,3}}?{place}",
        )
        for place in (r"regions?\b", r"sites?\b", r"zones?\b", r"data\s*cent(er|re)s?\b")
    ),
    # "Is your bug bounty program public?" and "We run a private bug bounty program".
    (r"\bpublic\b", r"\b(private|invitation[- ]only|invite[- ]only)\b"),
    (r"\b(private|invitation[- ]only|invite[- ]only|by\s+invitation)\b", r"\bpublic\b"),
    # A level of a check or a service: "an enhanced DBS check?" and "a basic DBS check".
    (r"\benhanced\b", r"\b(basic|standard)\b"),
    # "Can customers change the password rules?", "configurable by customers?" and "cannot be
    # changed by the customer".
    (
        r"\b(configurable|customi[sz]able|adjustable|can\s+(\w+\s+){0,2}?(change|configure|"
        r"customi[sz]e|modify|adjust|set))\b",
        r"\b(cannot|can\s*not|can't)\s+be\s+(changed|configured|customi[sz]ed|modified|adjusted|"
        r"set)\b|"
        r"\bnot\s+(configurable|customi[sz]able|adjustable)\b",
    ),
    # "disabled by the end of their last day?" and "within three working days of it".
    (
        r"\b(by\s+the\s+end\s+of\s+(their|the|an?\s+\w+['’]s)\s+last\s+(working\s+)?day|"
        r"on\s+(their|the)\s+last\s+(working\s+)?day|(the\s+)?same\s+day)\b",
        r"\bwithin\s+(\w+\s+){1,2}?(working\s+|business\s+)?(days?|weeks?)\b",
    ),
    # "an individual login for each technician?" and "the password is shared by the field
    # technicians".
    (
        r"\b(individual|personal|unique|separate|named|own)\s+(\w+\s+)?(logins?|accounts?|"
        r"passwords?|credentials?|user\s*ids?|pins?|passcodes?)\b|\bunique\s+to\s+each\b",
        # "one user account per yard, which the yard's staff use together"; "the readers all use
        # one maintenance password"; "the same PIN is used on every terminal".
        r"\bshared\b|\b(use|used|share)\s+(it\s+|them\s+)?together\b"
        r"|\bone\s+(\w+\s+){0,2}?(logins?|accounts?|passwords?|credentials?|pins?)\s+(is\s+)?"
        r"(per|(used\s+)?(for|by|on|across)\s+(each|every|all|the\s+whole))\b"
        r"|\b(all|both|every\s+\w+)\s+(\w+\s+){0,3}?(use|uses|have|has|share|shares)\s+"
        r"(one|a\s+single|the\s+same|a\s+common)\s+(\w+\s+){0,2}?(logins?|accounts?|passwords?|"
        r"credentials?|pins?)\b"
        r"|\b(the\s+same|one\s+common|a\s+common|an?\s+identical)\s+(\w+\s+){0,2}?(logins?|"
        r"accounts?|passwords?|credentials?|pins?)\s+(is|are)\s+(used|set|configured)\s+"
        r"(on|for|by|across)\b",
    ),
    # "reviewed outside business hours?" and "reviewed during business hours".
    (
        r"\boutside\s+(of\s+)?(\w+\s+)?(business|office|working)\s+hours\b",
        r"\b(during|in|within)\s+(\w+\s+)?(business|office|working)\s+hours\b",
    ),
    (r"\b(external|outsourced)\b", r"\b(internal|in-house)\b"),
    # "Are fraud scores binding on merchants?", "Is the model's output mandatory for merchants
    # to follow?" and "Scores are advisory"; "Is the training compulsory?" and "optional".
    (
        r"\b(binding|mandatory|compulsory|obligatory|must\s+be\s+followed|enforced\s+on)\b",
        r"\b(advisory|informational|for\s+information\s+only|non-binding|optional|voluntary)\b",
    ),
    # One member of a family of algorithms or protocols named for another: "hashed using
    # bcrypt?" is not stated by PBKDF2, "authenticate over SAML?" not by OpenID Connect.
    (r"\bbcrypt\b", r"\b(pbkdf2|scrypt|argon2\w*|sha-?\d+|md5)\b"),
    (r"\bscrypt\b", r"\b(pbkdf2|bcrypt|argon2\w*|sha-?\d+|md5)\b"),
    (r"\bpbkdf2\b", r"\b(bcrypt|scrypt|argon2\w*|md5)\b"),
    (r"\bargon2\w*", r"\b(pbkdf2|bcrypt|scrypt|sha-?\d+|md5)\b"),
    (r"\bsaml\b", r"\b(openid|oidc|ldap|kerberos)\b"),
    (r"\b(openid|oidc)\b", r"\b(saml|ldap|kerberos)\b"),
)


_OPPOSITES = tuple((re.compile(a, re.I), re.compile(b, re.I)) for a, b in _OPPOSITE_PAIRS) + tuple(
    (re.compile(b, re.I), re.compile(a, re.I)) for a, b in _OPPOSITE_PAIRS[:1]
)


_RECORD_ASK_RX = re.compile(
    r"\b(a|an|the|your)\s+(\w+\s+)?(list|inventory|register|catalog(ue)?)\s+of\b", re.I
)


_RECORD_NAMED_RX = re.compile(r"\b(list|inventor\w*|register|catalog\w*|record\w*)\b", re.I)


_TOOL_ASK_RX = re.compile(
    r"\bintrusion\s+(detection|prevention)\s+systems?\b|\b(IDS|IPS|HIDS|NIDS)\b", re.I
)


_TOOL_NAMED_RX = re.compile(r"\bintrusion\b|\b(IDS|IPS|HIDS|NIDS)\b|\bguardduty\b", re.I)


_SAME_AS_RX = re.compile(r"\bsame\b[^?]{0,40}\bas\b", re.I)


def _strictly_less(question: str, text: str) -> bool:
    """Whether a question asks for less than a number the text states exactly ("Is the RTO
    less than 8 hours?" and "the RTO is 8 hours")."""
    m = _LESS_THAN_RX.search(question)
    return m is not None and bool(re.search(rf"\b{m['n'] or m['n2']}\b", text))


# "less than 8 hours", "under 4", "more than 35 days", "longer than 90": not the number itself.
_LESS_THAN_RX = re.compile(
    r"\b(less|fewer|shorter|more|greater|longer)\s+than\s+(?P<n>\d+)|"
    r"\b(under|below|over|exceeds?)\s+(?P<n2>\d+)",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def _acts_stated(acts: frozenset[str], said: frozenset[str], text: str) -> bool:
    """Whether a text says each act (by its stem, or a word starting like it: "used" is a
    frame word, not a term)."""
    if not acts:
        return True
    words = said | set(_WORD_RX.findall(text.lower()))
    return all(any(t.startswith(v[:6]) for t in words) for v in acts)


def _active_predicate(question: str) -> frozenset[str]:
    """The term of what an active question asks the vendor does ("Do you watermark ...?":
    watermark), unless it is a light verb that leaves the saying to its object ("Do you
    conduct background checks?")."""
    m = _ACTIVE_RX.match(question)
    if m is None or m["verb"].lower() in _LIGHT_VERBS:
        return frozenset()
    return subject_terms(m["verb"])


_ACTIVE_RX = re.compile(
    r"\s*(?:(?:do|does|did)\s+(?:you|we|your\s+\w+|the\s+\w+)|"
    # "Can voters reuse their code?": what a group can do is its verb too.
    r"(?:can|could|may)\s+(?:your\s+\w+|the\s+\w+|[a-z]+s))\s+(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.I,
)


_PASSIVE_RX = re.compile(
    # "been penetration tested": a noun may come before the verb, as an adverb may.
    r"\b(?:be|been)\s+(?:(?!\w+ed\b)\w+\s+)?(?P<verb>\w+ed)\b"
    r"(?P<more>(?:\s*(?:,|and|or)\s+\w+ed\b)*)",
    re.I,
)


# "Is the incident response plan reviewed and updated annually?": the first verb done to the
# subject, after a few of its words.
_ASKED_DONE_RX = re.compile(
    r"\s*(?:is|are|was|were)\s+(?:[\w.-]+\s+){1,5}?(?P<verb>\w+ed)"
    r"(?P<more>(?:\s*(?:,|and|or)\s+\w+ed\b)*)"
    # The verb, not an adjective before a noun ("Are automated tools used?"): what follows
    # it is the end, a preposition, an adverb or a coordinated verb.
    r"(?=\s*$|\s*[,;]|\s+(?:and|or|by|to|for|at|in|on|with|within|from|before|after|when|if|"
    r"upon|during|across|against|under|over|into|prior|using|through|via|every|each|per|once|"
    r"twice|\w+ly)\b)",
    re.I,
)


_ED_RX = re.compile(r"\b(\w+ed)\b", re.I)


_OR_VERB_RX = re.compile(r"\bor\b", re.I)


def covers_clauses(question: str, text: str) -> bool:
    """Whether `text` says something of every clause of the question that has a subject, and of
    what each names apart from the others ("recordings retained 90 days and face templates
    retained 90 days" needs the face templates said, not only "retained" and "90 days")."""
    said = subject_terms(text)
    parts = [t for t in map(subject_terms, clauses(question)) if t]
    if not all(terms & said for terms in parts):
        return False
    if len(parts) < 2 or not _AND_CLAUSES_RX.search(question):
        return True
    # Only clauses that ask the same of two things share words ("retained 90 days"); "managed
    # detection and response provider" is one thing cut in two.
    shared = frozenset().union(*(a & b for i, a in enumerate(parts) for b in parts[i + 1 :]))
    return not shared or all(
        not (own := terms - shared - _GENERAL_TERMS) or own & said for terms in parts
    )


# Two things asked alike, joined by "and": "recordings retained 90 days and face templates
# retained 90 days?", "are X and Y both encrypted?".
_AND_CLAUSES_RX = re.compile(r"\s(and|as\s+well\s+as)\s", re.I)


@lru_cache(maxsize=1 << 14)
def clauses(question: str) -> tuple[str, ...]:
    """The qualifying parts of a question: split at commas, semicolons and 'with/that/which'."""
    body = _PARENTHESES_RX.sub(" ", question.split("?")[0])
    return tuple(c for c in _CLAUSE_RX.split(body) if c.strip())


_CLAUSE_RX = re.compile(r"[,;]|\s(?:with|that|which|and)\s", re.I)
