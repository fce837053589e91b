"""Where the data is and where the company is: countries and regions, data kept within or outside a place, data crossing a border, legal names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from socproc.inventory.load import ApprovedAnswer, Control, SubserviceOrg
from socproc.mapping.days import ended_before
from socproc.mapping.holdings import Context
from socproc.mapping.places import named_places
from socproc.mapping.signable.approved_facts import products_named
from socproc.mapping.signable.caveats import _KEPT_WORD_RX, _OUTSIDE_PLACE_RX, _VIEWED_RX
from socproc.mapping.signable.clauses import (
    _FULL_SENTENCE_RX,
    _ONLY_ASK_RX,
    _PERCENT_RX,
    _WHOLE_SENTENCE_RX,
    _WHOSE_PLACE_RX,
    _without_whose_places,
)
from socproc.mapping.signable.control_facts import _LEAD_RX, of_named_product
from socproc.mapping.signable.narrower import _CHOICE_RX, _PART_RX, _SENTENCE_RX
from socproc.mapping.signable.negation import (
    _COUNTRY_RX,
    _DENIAL_RX,
    _PLACE_RX,
    _REGIONS,
    _country,
    _place,
    _places,
)
from socproc.mapping.signable.polarity import (
    _ACCESS_TOO_RX,
    _IN_PLACE_RX,
    _KEPT_RX,
    _LEAVING_PLACE_RX,
)
from socproc.mapping.signable.scope import _PROVIDER_NAMES, org_is_subject
from socproc.mapping.signable.stating import _CONDITION_RX, _per_group
from socproc.mapping.signable.subjects import _GENERAL_TERMS, subject_terms
from socproc.mapping.signable.vocab import _LEGAL_RX, _NAME_RX, NONE, OTHER_ENTITY_RX, Signed


def legal_name_in(question: str, text: str) -> str | None:
    """The legal name an approved answer leads with, for a field asking for it ("Legal name of
    the responding entity" and "Contoso Learning Systems Inc., incorporated in Ontario")."""
    named = _LEGAL_RX.search(question) and _NAME_WORD_RX.search(question)
    if not (named or _NAME_RX.search(question)) or OTHER_ENTITY_RX.search(question):
        return None  # "Vendor Name", "Legal name of the responding entity"; not "Parent company"
    if _MORE_ASKED_RX.search(question) or (not named and _TRADING_NAME_RX.search(text)):
        # "registered company name and registration number?": more than the name; "Vendor
        # Name" beside "X is our trading name": the name it trades under, not the legal one.
        return None
    m = _LEGAL_NAME_RX.match(text.strip())
    return m[1] if m else None


# A name asked with something else: "name and registration number", "name and address".
_MORE_ASKED_RX = re.compile(
    r"\band\s+(?:\w+\s+){0,2}?(?:numbers?|address|country|registration)\b", re.I
)
# A trading name told: "Bellows College is our trading name", "trading as", "known as".
_TRADING_NAME_RX = re.compile(r"\btrading\s+(?:name|as)\b|\btrades\s+as\b|\bknown\s+as\b", re.I)


_NAME_WORD_RX = re.compile(r"\bname\b", re.I)


_LEGAL_FORM = (
    r"(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|plc|PLC|LLP|LP|S\.A|SA|B\.V|BV|AG|"
    r"Pty\s+Ltd|SAS|S\.r\.l|Co|K\.K|KK|S\.L|SL|Oy|AB|AS|A/S|ApS|NV|N\.V|SpA|S\.p\.A|Lda|Ltda|"
    r"SRL|Srl|s\.r\.o|a\.s|Kft|Zrt|ASA|SE|KGaA|KG|OHG|Pte\.?\s+Ltd|Sdn\.?\s+Bhd|Bhd|UAB|d\.o\.o|ehf|"
    r"PLLC|Oyj|S\.A\.S|S\.A\.U|S\.R\.L|S\.A\.C|S\.R\.O|D\.O\.O|Sp\.\s+z\s+o\.o|EOOD|OOD|"
    r"Pvt\.?\s+Ltd|\((?:Pty|Private|Pvt)\)\s+(?:Ltd|Limited))\.?"
)


# "Contoso Learning Systems Inc.", "Nuriplay Co., Ltd." (a form of two parts kept whole), "Weber
# Pumpen GmbH & Co. KG" (a partnership whose partner's form comes first: the name is all of it).
_LEGAL_NAME_RX = re.compile(
    rf"^((?:[A-Z0-9][\w&'’.-]*,?\s+){{1,8}}?{_LEGAL_FORM}(?:(?:,?\s+|\s*&\s*){_LEGAL_FORM})*)"
    r"(?=[,;]|\s|$)"
)


def country_named(question: str, text: str) -> str | None:
    """The country a text names first, for a field that asks for a country ("Country of
    Company Headquarters" and "Our headquarters are at ..., Boston, MA, United States.")."""
    if not _COUNTRY_FIELD_RX.search(question):
        return None
    if _HQ_RX.search(question):
        # "Country of Company Headquarters": the sentence that says where the headquarters
        # are, a city by its country ("in Denver, Colorado"), not a partner's country after it.
        said = next((x for x in _SENTENCE_RX.split(text) if _HQ_RX.search(x)), "")
        m = _COUNTRY_RX.search(said)
        if m:
            return _country(m[0])
        places = named_places(said)
        return places[0][1] if places else None
    m = _COUNTRY_RX.search(text)
    return _country(m[0]) if m else None


_COUNTRY_FIELD_RX = re.compile(r"^\s*country\b|\bcountry\s*(of|\(|:|$)|\bwhich country\b", re.I)


def data_countries(ctx: Context) -> Signed:
    """The countries where the customer's data is kept, as the approved answers on where data
    is stored name them: a country ("both in the United States"), a cloud region
    ("eu-west-2", "Azure Poland Central") or a city ("backups in Helsinki"), in the sentences on
    where data is kept, not on who views it from where. A country named only as where the data
    is not ("not replicated to Canada"), or as whose the data is ("US customers"), is left out;
    and where a place is named that cannot be put in a country, nothing is written: a list of
    "all countries" that leaves one out is untrue."""
    found: list[str] = []
    source = None
    for answer in ctx.current_answers:
        if not _WHERE_DATA_RX.search(answer.question):
            continue
        for said in storage_sentences(answer.answer):
            places = _kept_in(said)
            if places is None:
                return NONE
            found += places
            source = source or answer
    if not found or source is None:
        return NONE
    one: dict[
        str, str
    ] = {}  # a country under two names ("Czech Republic", and "Czechia" for Prague) once
    for country in found:
        one.setdefault(_SAME_COUNTRY.get(country, country), country)
    countries = ", ".join(one.values())
    return Signed(countries, f"{source.answer} (approved answer to: {source.question})", "answer")


_SAME_COUNTRY = {"Czechia": "Czech Republic"}


def data_places(ctx: Context) -> Signed:
    """Where the customer's data is kept, for a field that asks it ("Vendor Hosting Regions",
    "Data Zone"): the sentences of the approved answer on where data is stored that say so, in
    the vendor's words."""
    for answer in ctx.current_answers:
        if _WHERE_DATA_RX.search(answer.question):
            said = " ".join(storage_sentences(answer.answer))
            if said:
                return Signed(said, f"{said} (approved answer to: {answer.question})", "answer")
    return NONE


def work_places(ctx: Context) -> Signed:
    """Where the vendor's people work, for a field that asks it ("Employee Work Locations"):
    the sentences of the approved answers on where the company is that say where its
    employees, staff or contractors work, in the vendor's words."""
    for answer in ctx.current_answers:
        if not _WHERE_COMPANY_RX.search(answer.question) or _WHERE_DATA_RX.search(answer.question):
            continue  # "Where is data stored?": who views it from where is not where they work
        sentences = _FULL_SENTENCE_RX.split(answer.answer.strip())
        work = [x for x in sentences if _WORK_PLACE_RX.search(x) and not _VIEWED_RX.search(x)]
        # Where the headquarters are is where people work too ("Our headquarters are in
        # Singapore. Our support team works in Kuala Lumpur."): a list of all locations
        # without it would leave one out.
        head = [x for x in sentences if _HQ_RX.search(x) and x not in work]
        said = " ".join([*head, *work]) if work else ""
        if said:
            return Signed(said, f"{said} (approved answer to: {answer.question})", "answer")
    return NONE


_WORK_PLACES_ASK_RX = re.compile(
    r"\b(employees?|staff|personnel|workforce|vendor|company|team)['’]?s?\s+work\s+locations?\b|"
    r"^\W*work\s+locations?\b|\bwhere\s+(do|does)\s+(your\s+|the\s+)?(employees|staff|"
    r"personnel|people|team|workforce)\s+work\b",
    re.I,
)


# A field naming where data is kept: "Vendor Hosting Regions", "Data Zone", "Hosting location".
_DATA_PLACES_ASK_RX = re.compile(
    r"^\W*((vendor|solution|service|product)\s+)?(hosting|data|storage)\s+(regions?|zones?|"
    r"locations?|residency)\W*$",
    re.I,
)


_WHERE_COMPANY_RX = re.compile(
    r"\bwhere\b|\blocat|\boffices?\b|\bhead-?quarter|\bhead\s+office\b|\bemployees\b|\bstaff\b|"
    r"\bheadcount\b|\bworkforce\b",
    re.I,
)


# "Employees work in Manchester and Lisbon", "We have 86 employees, in Berlin, in Porto".
_WORK_PLACE_RX = re.compile(
    r"\b(employees|staff|people|personnel|workforce|teams?|engineers|developers|consultants|"
    r"contractors)\b[^.;]{0,40}?\b(work(s|ing)?|based|located|in)\b[^.;]{0,80}?"
    r"\b(in|from|at)\s+(the\s+|our\s+)?[A-Z]",
    re.I,
)


def storage_sentences(text: str) -> list[str]:
    """The sentences of an answer on where data is stored that say where it is kept ("stored
    in AWS Frankfurt", "backups in Helsinki"), not who may view it from where ("Support staff
    in Porto can view ..."); a sentence that names a cloud region or a place is one ("between
    AWS London (eu-west-2) and AWS N. Virginia (us-east-1)")."""
    return [
        said
        for said in _WHOLE_SENTENCE_RX.split(text.strip())
        if (_STORED_RX.search(said) or named_places(said) or _COUNTRY_RX.search(said))
        and not (_VIEWED_RX.search(said) and not _KEPT_WORD_RX.search(said))
    ]


def _kept_in(said: str) -> list[str] | None:
    """The countries a sentence on where data is stored keeps it in, in order; None where it
    names a place (or a region, a site) no country can be given for."""
    skipped = [m.span("place") for m in _WHOSE_PLACE_RX.finditer(said)]
    countries: list[str] = []
    for clause in _STORAGE_CLAUSE_RX.split(said):
        denial = _DENIAL_RX.search(clause)
        located = [(m.start(), _country(m[0]), m.end()) for m in _COUNTRY_RX.finditer(clause)]
        located += [(at, country, at) for at, country in named_places(clause)]
        offset = said.find(clause)
        kept = []
        for at, country, end in sorted(located):
            if any(a <= offset + at < b for a, b in skipped) or _WHOSE_AFTER_RX.match(clause[end:]):
                continue  # "Our researchers in Pune, India", "US customers"
            if denial and denial.start() < at and not _ENDS_OUTSIDE_RX.search(clause[:at]):
                continue  # "no data is stored in India"
            kept.append(country)
        unplaced = any(
            not _placed(m["name"])
            and not _placed_around(clause, m.start("name"), m.end("name"))
            # "in PostgreSQL databases": a name of a kind of thing, not a town
            and not _NOUN_AFTER_RX.match(clause, m.end("name"))
            for m in _IN_NAME_RX.finditer(clause)
            # A place that says whose the data is or who the people are is not where it is.
            if not any(a <= offset + m.start("name") < b for a, b in skipped)
        )
        if not denial and (_SITE_RX.search(clause) or unplaced):
            # "stored in Kraków-Nowa Huta", "backups are kept in a second region", "in Azure
            # in Santiago with backups in São Paulo": a place put in no country (a list of
            # the others would leave it out).
            return None
        countries += kept
    return countries


def _placed_around(clause: str, start: int, end: int) -> bool:
    """Whether a name no country is known for is put in one by its neighbours: a country after
    it ("in Olomouc, Czech Republic"), a place it is in ("at Galata DataPark in Izmir", "the
    Open Telekom Cloud eu-de region in Germany"), or a country it is bracketed under ("in the
    Czech Republic (Vltava Cloud, Prague, with a standby copy in Ostrava)")."""
    if _COUNTRY_AFTER_RX.match(clause, end):
        return True
    site = _SITE_IN_RX.match(clause, end)
    if site is not None and _placed(site["name"]):
        return True
    opened = clause.rfind("(", 0, start)
    return (
        opened > clause.rfind(")", 0, start)
        # the bracket's own first names ("Germany (AWS Frankfurt, Berlin"), not a place a
        # later phrase of it tells ("..., with a copy in Kaunas)")
        and not re.search(r"\b[a-z]{3,}\b", clause[opened:start])
        and bool(_COUNTRY_END_RX.search(clause, max(0, opened - 40), opened))
    )


# A town followed by its country: "in Olomouc, Czech Republic", "in Temuco (Chile)".
_COUNTRY_AFTER_RX = re.compile(
    r"\s*[,(]\s*(the\s+)?(?:" + _COUNTRY_RX.pattern + r")(?!\s*(?:,|\band\b|\bor\b))"
)
# A name used of a kind of thing ("PostgreSQL databases"), not of a site ("Rancagua data
# centre", "Izmir region").
_NOUN_AFTER_RX = re.compile(
    r"\s+(?!(?:and|or|with|as|then|in|at|on|for|data|regions?|facilit\w*|sites?|campus|"
    r"offices?|zones?|halls?|cages?|colocation|servers?|premises)\b)[a-z]"
)


# A site followed by where it is: "Galata DataPark in Izmir", "Cloud eu-de region in Germany".
_SITE_IN_RX = re.compile(
    r"(?:\s+(?:[a-z]{1,3}-[a-z0-9-]+|regions?|data\s+cent(?:re|er)s?|facilit(?:y|ies)|sites?|"
    r"campus|zones?|halls?|cages?)){0,3}\s+in\s+(the\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*)"
)


# A country that ends the text before a bracket: "in the Czech Republic (".
_COUNTRY_END_RX = re.compile(r"(?:" + _COUNTRY_RX.pattern + r")\s*$")


def _placed(name: str) -> bool:
    """Whether a capitalised name after "in" is a place a country is known for, a provider or
    an owner ("in AWS Frankfurt", "in Mainport's data centres"), not an unknown town."""
    folded = name.casefold()
    return bool(
        _COUNTRY_RX.search(name)
        or named_places(name)
        or _PLACE_RX.search(name)
        or name.endswith(("'s", "’s"))
        or any(folded.startswith(p) for p in _PROVIDER_NAMES)
    )


_STORED_RX = re.compile(
    r"\b(stor(ed|es|e|age)|host(ed|s|ing)|kept|keeps?|back(ed)?[- ]?ups?|replica\w*|cop(y|ies)|"
    r"copied|data\s*cent(er|re)s?|regions?|servers?|colocation|cloud|resides?|housed|located|"
    r"process(ed|es))\b",
    re.I,
)


_STORAGE_CLAUSE_RX = re.compile(r";\s|,\s+but\s|\sbut\s|\.\s", re.I)


_WHOSE_AFTER_RX = re.compile(
    r"^[\s-]*(based\s+)?(customers?|clients?|accounts?|users?|tenants?|institutions?|ones|staff|"
    r"employees|teams?)\b",
    re.I,
)


# A site without a name: "in a second region", "at another facility".
_SITE_RX = re.compile(
    r"\b(in|to|at)\s+(a|an|another|other|a\s+second|a\s+separate|a\s+secondary)\s+(\w+\s+)?"
    r"(regions?|data\s*cent(er|re)s?|facilit(y|ies)|sites?|locations?)\b",
    re.I,
)


_IN_NAME_RX = re.compile(
    r"\b(?:in|at)\s+(?:the\s+|our\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*)"
)


def headquarters_country(ctx: Context) -> Signed:
    """The country of the vendor's headquarters, as the approved answer on where it is
    headquartered names it in the sentence that says so ("Our headquarters are in Bengaluru,
    India."); NONE when that sentence names no country or several."""
    for answer in ctx.current_answers:
        # Asked of the headquarters, or told in an answer to another question ("Where are your
        # offices?": "Our head office ... is in Queenstown, New Zealand").
        asked = bool(_HQ_RX.search(answer.question))
        if not asked and not _OWN_HQ_RX.search(answer.answer):
            continue
        # Told in another answer, only the vendor's own ("whose headquarters are in Germany"
        # is its host's, "retailers headquartered in Canada" its customers').
        own = _HQ_RX if asked else _OWN_HQ_RX
        sentences = _SENTENCE_RX.split(answer.answer)
        said = next((x for x in sentences if own.search(x)), "")
        if asked and _BARE_PLACE_RX.match(sentences[0]):
            # "Ulaanbaatar, Mongolia. Our 71 employees work at the head office ...": a first
            # sentence that is a place alone is the direct answer to where the head office is.
            said = sentences[0]
        countries = {_country(m[0]) for m in _COUNTRY_RX.finditer(said) if _of_hq(said, m.start())}
        if len(countries) == 1:
            fact = f"{said} (approved answer to: {answer.question})"
            return Signed(countries.pop(), fact, "answer")
    return NONE


def company_based_in(ctx: Context, question: str) -> Signed:
    """Yes or No to "Is your company based in Canada?", "Is Navlunet's registered head office in
    Hamburg?" from the approved answer on where the company is headquartered or registered, by
    its main clause (not a subsidiary's, a branch's or an office's); NONE otherwise."""
    m = _COMPANY_WHERE_ASK_RX.search(question)
    if m is None or _NOT_COMPANY_RX.search(question) or org_is_subject(ctx, question):
        return NONE  # "Is Sendwave Chat based in Nigeria?" is another company's
    asked = _places(m["place"])
    if not asked:
        return NONE
    for answer in ctx.current_answers:
        if not _COMPANY_WHERE_RX.search(answer.question):
            continue
        body = _LEAD_RX.sub("", answer.answer.strip())
        main = _BRANCH_RX.split(_SENTENCE_RX.split(body)[0])[0]
        places = _places(main) - _REGIONS.keys()
        if not places:
            continue
        said = f"{answer.answer} (approved answer to: {answer.question})"
        return Signed("Yes" if asked & places else "No", said, "answer")
    return NONE


def company_where_asked(question: str) -> bool:
    """Whether a question asks where the company itself is based or registered."""
    return bool(_COMPANY_WHERE_ASK_RX.search(question)) and not _NOT_COMPANY_RX.search(question)


# "Is your company based in Canada?", "registered head office in Hamburg?"
_COMPANY_WHERE_ASK_RX = re.compile(
    r"\b(based|head-?quartered|registered|incorporated|domiciled|head\s*office|headquarters)\b"
    r"[^?]{0,25}?\bin\s+(?:the\s+)?(?P<place>[A-Z][\w .]{1,30}?)\s*\??$",
)


_NOT_COMPANY_RX = re.compile(
    r"\b(data|servers?|hosted|stored|staff|employees|support|backups?|customers?|users?)\b", re.I
)


# An approved answer on where the company is: headquarters, registration, legal entity.
_COMPANY_WHERE_RX = re.compile(
    r"\bhead-?quarter|\bhead\s+office|\bregistered|\blegal\s+(entity|name)|\bincorporat|"
    r"\bwhere\s+are\s+you\s+based|\bcompany\s+address",
    re.I,
)


# Where a subsidiary, a branch or an office begins: "; subsidiary ...", ", with an office in".
_BRANCH_RX = re.compile(
    r";|\b(subsidiar\w*|branch\w*|also|with\s+(an?\s+)?(office|offices|branch)|"
    r"(and|our)\s+(an?\s+)?offices?\s+in)\b",
    re.I,
)


_HQ_RX = re.compile(r"\bhead-?quarter(s|ed)?\b|\bhead\s+office\b", re.I)


# A site of the company other than the head office, or the head office itself.
_SITE_WORD_RX = re.compile(
    r"\b(head-?quarter(s|ed)?|head\s+office|offices?|sites?|branch(es)?|campus|studio|"
    r"subsidiar(y|ies)|hub|warehouse|plant|factory|developers?|contractors?)\b",
    re.I,
)


# A place or address alone, no verb: "Ulaanbaatar, Mongolia.", "250 King Street, Toronto".
_BARE_PLACE_RX = re.compile(
    r"^\s*(?:\d[\w-]*\s+)?[A-Z][\w'’.-]*(?:[\s,()-]+(?:[A-Z0-9][\w'’.-]*|of|the|de|del|la|du|"
    r"and))*[\s.]*$"
)


def _of_hq(sentence: str, at: int) -> bool:
    """Whether the country at `at` is the head office's: the last site named before it is the
    head office, or none is ("... and our development office in Seoul, South Korea" is not)."""
    before = [m[0] for m in _SITE_WORD_RX.finditer(sentence, 0, at)]
    return not before or bool(_HQ_RX.fullmatch(before[-1]))


# The vendor's own head office, in its own words: "Our headquarters are", "we are headquartered".
_OWN_HQ_RX = re.compile(
    r"\bour\s+(head-?quarters|head\s+office)\b|\bwe\s+are\s+head-?quartered\b", re.I
)
_HQ_COUNTRY_ASK_RX = re.compile(r"\bcountry\b[^?]{0,40}\b(head-?quarter|head\s+office)", re.I)


def data_crosses_border(ctx: Context, question: str) -> Signed:
    """Yes to "Is institutional data coming into or going out of the United States at any
    point?" where the approved answer on where data is kept names another country where it
    is stored or seen (a No needs more than a list: NONE otherwise)."""
    m = _CROSSING_ASK_RX.search(question)
    if m is None:
        return NONE
    asked = _places(m["place"])
    if not asked:
        return NONE
    for answer in ctx.current_answers:
        if not _WHERE_DATA_RX.search(answer.question):
            continue
        there = [x for x in _SENTENCE_RX.split(answer.answer) if _places(x) & asked]
        if _CHOICE_RX.search(answer.answer) or (there and all(map(_CONDITION_RX.search, there))):
            # "the region the customer chooses, Canada Central or East US 2": where this
            # institution's data goes is its own choice; "United States customers' data is
            # stored in East US 2 where the contract requires it": its contract's.
            return NONE
        kept = " ".join(p for p in _PART_RX.split(answer.answer) if not _DENIAL_RX.search(p))
        others = _places(kept) - asked - _REGIONS.keys()
        # Data crosses the border asked only where it is there and elsewhere too: "stored in
        # Warsaw, backups in Sweden" says nothing of data coming from the United States.
        if others and _places(kept) & asked:
            said = f"{answer.answer} (approved answer to: {answer.question})"
            return Signed("Yes", said, "answer")
    return NONE


def _inventory_texts(ctx: Context, answers_first: bool = False) -> list[tuple[str, str, str]]:
    """Every control and approved answer as (what is said with its source, the text, the
    source id), controls first unless `answers_first`."""
    controls = [
        (f"{c.description} (control {c.id})", c.description, c.id) for c in ctx.inventory.controls
    ]
    answers = [
        (f"{a.answer} (approved answer to: {a.question})", a.answer, "answer")
        for a in ctx.current_answers
    ]
    return answers + controls if answers_first else controls + answers


def kept_within(ctx: Context, question: str) -> Signed:
    """No to "Do kiosk transaction journals ever leave Jamaica?" where a control says that what
    is asked stays in the place ("kiosk transaction journals stay in Jamaica", "... never leave
    Kenya") and no other sentence of the inventory on it names another country. NONE
    otherwise."""
    m = next((m for m in _LEAVING_PLACE_RX.finditer(question) if _places(m[1])), None)
    if m is None:
        return NONE
    asked = _places(m[1])
    thing = subject_terms(question[: m.start()]) - _GENERAL_TERMS
    if not thing:
        return NONE  # "Does data leave Kenya?": which data is for the sentence to say
    found = NONE
    for said, text, source in _inventory_texts(ctx):
        for sentence in _SENTENCE_RX.split(text):
            if not thing <= subject_terms(sentence):
                continue
            stays = _STAYS_WITHIN_RX.search(sentence)
            if (
                stays is not None
                and _places(stays["place"]) == asked
                # "remain in Jamaica ... before the nightly upload to Miami", "stay in Jamaica
                # until ... copies them to Toronto": for a while, then they leave.
                and not _places(sentence) - asked - _REGIONS.keys()
                and not _LEAVING_WORD_RX.search(sentence)
            ):
                found = found if found.answer else Signed("No", said, source)
            elif _places(sentence) - asked - _REGIONS.keys() or _LEAVING_WORD_RX.search(sentence):
                return NONE  # "journals are copied to Miami nightly": it leaves
    return found


# "stay in Jamaica", "never leave Kenya", "remain within the EU", "are kept only in Chile".
_STAYS_WITHIN_RX = re.compile(
    r"\b(?:(?:stays?|remains?|(?:is|are)\s+kept)\s+(?:only\s+)?(?:in|within|inside)|"
    r"(?:never|not)\s+leaves?)\s+(?P<place>(?:the\s+)?[A-Z][^.;,]{1,40})",
    re.I,
)


# A way out of a place: "whenever they leave", "upload to", "copied to", "until", "sent".
_LEAVING_WORD_RX = re.compile(
    r"\b(?<!not\s)(?<!never\s)(leaves?|left|uploads?|uploaded|upload|cop(y|ies|ied)|sent|sends?|"
    r"transferr?\w*|replicat\w*|exported?|until|before\s+(the\s+)?\w+\s+(upload|transfer|"
    r"export|archive))\b",
    re.I,
)


def uptime_short(ctx: Context, question: str) -> Signed:
    """No to "Do you commit to 99.9% availability?" where the approved answer on uptime states
    only lower levels ("a 99.5% monthly availability SLA on the Professional plan"): no plan
    is committed to the level asked. NONE where any stated level meets it (which plans do is
    for the reviewer) or none is stated."""
    asked = _PERCENT_RX.search(question) if "%" in question or "percent" in question else None
    if asked is None or not _UPTIME_RX.search(question):
        return NONE
    level = float(asked[1])
    for answer in ctx.current_answers:
        if not _UPTIME_RX.search(answer.question):
            continue
        stated = [float(m[1]) for m in _PERCENT_RX.finditer(answer.answer)]
        if stated and all(x < level for x in stated):
            said = f"{answer.answer} (approved answer to: {answer.question})"
            return Signed("No", said, "answer")
    return NONE


_UPTIME_RX = re.compile(r"\b(uptime|availability|service\s+level|SLA)\b", re.I)


def _where_kept_answers(ctx: Context, question: str) -> Iterator[ApprovedAnswer]:
    """The approved answers on where data is kept, in order, up to one by which where this
    customer's data goes depends on it: its choice, or its country ("Canadian libraries' data
    is stored in Canada; US libraries' data in Virginia"), after which none is said."""
    for answer in ctx.current_answers:
        if not _WHERE_DATA_RX.search(answer.question) or (
            _VIEWED_RX.search(answer.question) and not _KEPT_WORD_RX.search(answer.question)
        ):
            continue  # "Where is customer data accessed from?" says who sees it, not where
        if _CHOICE_RX.search(answer.answer) or _per_group(answer.answer, question):
            return
        yield answer


def _kept_said(question: str, text: str) -> str:
    """The sentences of an answer on where data is kept that say where it is kept (of the
    product asked), not where it is not nor who views it from where."""
    return _without_whose_places(
        " ".join(
            p
            for p in _SENTENCE_RX.split(of_named_product(question, text))
            if _KEPT_RX.search(p)
            and not _DENIAL_RX.search(p)
            # "none is stored in New Zealand except results on the labs' own PCs".
            and not _NONE_RX.search(p)
            # "Zuri Support agents in Kampala, Uganda, view BloodTrack data": who sees it.
            and not (_VIEWED_RX.search(p) and not _KEPT_WORD_RX.search(p))
        )
    )


def kept_outside(ctx: Context, question: str) -> Signed:
    """Yes to "Is customer data stored outside New Zealand?" where the approved answer on where
    data is kept keeps it in a country outside the place ("In AWS Sydney, Australia"); NONE
    otherwise (a No is `denies`' "only within")."""
    m = _OUTSIDE_PLACE_RX.search(question) if any(c.isupper() for c in question) else None
    if m is None or not _DATA_ASKED_RX.search(question[: m.start()]):
        return NONE
    if not _STORED_ASK_RX.search(question[: m.start()]) or _ACCESS_TOO_RX.search(question):
        return NONE  # "accessed from outside ...?", "transferred outside ...?" ask of more
    verb = list(_STORED_ASK_RX.finditer(question[: m.start()]))[-1]
    if _PEOPLE_PLACED_RX.search(question[: verb.start()]):
        return NONE  # "Can staff located outside Canada view our data?": where people are
    asked = _places(m[1])
    if len(asked) != 1:
        return NONE
    inside = set(asked) | _REGIONS.get(next(iter(asked)), frozenset())
    for answer in _where_kept_answers(ctx, question):
        kept = _kept_said(question, _of_named(ctx, question[: m.start()], answer.answer))
        if _PRIMARY_ASK_RX.search(question[: m.start()]):
            # "Is primary customer data stored outside Indonesia?": where the copies kept for
            # recovery go ("Daily backups are copied to Singapore") is not asked.
            kept = " ".join(p for p in _SENTENCE_SPLIT_RX.split(kept) if not _of_copies(p))
        places = _storage_places(kept)
        if places - inside - _REGIONS.keys():
            said = f"{answer.answer} (approved answer to: {answer.question})"
            return Signed("Yes", said, "answer")
    return NONE


def _of_copies(part: str) -> bool:
    """Whether a part says where copies alone are kept ("Daily backups are copied to
    Singapore"), not the data with them ("Customer data and its backups are stored in ...")."""
    verb = _STORED_VERB_RX.search(part)
    subject = part[: verb.start()] if verb else part
    return bool(_COPIES_RX.search(part)) and not _AND_RX.search(subject)


_AND_RX = re.compile(r"\band\b|&|,")
_SENTENCE_SPLIT_RX = re.compile(r";\s*|\.\s+")


def _storage_places(kept: str) -> frozenset[str]:
    """The countries data is kept in, as sentences on where it is kept name them: not where the
    company is ("headquartered in Sydney, Australia"), nor a country's name inside another
    place's ("New Mexico", "Lebanon, New Hampshire": a city before its state)."""
    found: set[str] = set()
    for part in _WHERE_KEPT_SPLIT_RX.split(kept):
        if _COMPANY_PLACE_RX.search(part):
            continue
        # After the verb that keeps it: "Data of New Zealand laboratories ... is stored in
        # Sydney" names whose data before it.
        verb = _STORED_VERB_RX.search(part)
        part = part[verb.end() :] if verb else part
        found |= {country for _, country in named_places(part)}
        for m in _PLACE_RX.finditer(part):
            if part[max(0, m.start() - 4) : m.start()].lower() == "new " or re.match(
                r",\s+[A-Z]", part[m.end() :]
            ):
                continue
            found.add(_place(m[0]))
    return frozenset(found)


_NONE_RX = re.compile(r"\b(none|nothing|neither|nowhere)\b", re.I)


_STORED_VERB_RX = re.compile(
    r"\b(stored|hosted|kept|located|resides?|held|housed|processed|replicated|backed\s+up|copied|"
    r"runs?|lives?|moved|migrated)\b",
    re.I,
)


_WHERE_KEPT_SPLIT_RX = re.compile(r";\s*|\.\s+|\s(?:and|but|while|whereas)\s", re.I)


# Where the company is, not its data: "headquartered in", "our offices in", "incorporated".
_COMPANY_PLACE_RX = re.compile(
    r"\b(headquarter\w*|head\s+office|based\s+in|incorporated|registered\s+(in|office)|founded|"
    r"our\s+company|the\s+company)\b",
    re.I,
)


# People named right before where something is: "staff located in", "engineers based in".
_PEOPLE_PLACED_RX = re.compile(
    r"\b(staff|employees?|personnel|people|engineers?|developers?|agents?|administrators?|admins?|"
    r"users?|team|workforce|contractors?|operators?|technicians?|analysts?|support)\s+"
    r"(\w+\s+)?$",
    re.I,
)


_STORED_ASK_RX = re.compile(
    r"\b(stored|store|kept|keep|hosted|host|located|reside|resides|held|hold|housed|backed\s+up)\b",
    re.I,
)


def data_kept_in(ctx: Context, question: str) -> Signed:
    """Yes to "Will data be collected from or processed in or stored in the EEA?" where the
    approved answer on where data is kept stores it in a country of the place asked ("stored
    in Germany"). A No needs every place of collection and processing as well: NONE otherwise
    (a question without "collected from" is ruled out by `denies`' "only elsewhere")."""
    m = _IN_PLACE_RX.search(question) if any(c.isupper() for c in question) else None
    if m is None or not _DATA_ASKED_RX.search(question[: m.start()]):
        # "Are encryption keys stored in the US?" is not answered by where data is kept.
        return NONE
    if _PEOPLE_PLACED_RX.search(question[: m.start()]):
        # "Is access to customer data restricted to staff located in the EU?": where the
        # people are, which where data is kept does not say.
        return NONE
    if _ACCESS_TOO_RX.search(question):
        # "Is candidate data stored and accessed only in Japan?": where it is seen from too,
        # which where it is kept does not say.
        return NONE
    asked = _place(m["place"])
    inside = {asked} | _REGIONS.get(asked, frozenset())
    for answer in _where_kept_answers(ctx, question):
        kept = _kept_said(question, _of_named(ctx, question[: m.start()], answer.answer))
        if _PRIMARY_ASK_RX.search(question):
            # "Is primary customer data hosted in Germany?": not where backups are copied.
            kept = _COPIES_RX.sub(" ", kept)
        said = f"{answer.answer} (approved answer to: {answer.question})"
        # The countries and regions named, a city or a cloud region by its country ("AWS
        # Dublin": Ireland).
        places = _storage_places(kept)
        if _ONLY_ASK_RX.search(question) or _WHOLE_RX.search(question):
            # "Is all data stored exclusively in Mexico?": No where the data is also kept
            # elsewhere ("backups are copied to AWS US East"), Yes only where no other place
            # is named at all.
            if places - inside - _REGIONS.keys():
                return Signed("No", said, "answer")
            # Every place the sentences on where data is kept name, not where people view it
            # from ("support staff in Bengaluru view records").
            stored = _places(" ".join(storage_sentences(answer.answer)))
            if stored and stored <= inside and places and stored_elsewhere(ctx, question) is None:
                return Signed("Yes", said, "answer")
            return NONE
        if places & inside:
            return Signed("Yes", said, "answer")
    return NONE


def stored_elsewhere(ctx: Context, question: str) -> Control | None:
    """A control that keeps the data a question asks is all (or only) in a place somewhere
    else too ("Is all study data stored in the United Kingdom?" and "Study data of US studies
    is hosted in AWS us-east-1", "Backups are copied to AWS eu-west-1 (Ireland)"): the
    inventory's own word on where data is, which an approved "All study data is stored in the
    United Kingdom" written earlier does not outweigh."""
    m = _IN_PLACE_RX.search(question) if any(c.isupper() for c in question) else None
    if m is None or not _DATA_ASKED_RX.search(question[: m.start()]):
        return None
    if not (_ONLY_ASK_RX.search(question) or _WHOLE_RX.search(question)):
        return None
    asked = _place(m["place"])
    inside = {asked} | _REGIONS.get(asked, frozenset())
    return next(
        (
            control
            for control in ctx.inventory.controls
            if _storage_places(_kept_said(question, control.description)) - inside - _REGIONS.keys()
        ),
        None,
    )


def _of_named(ctx: Context, question: str, text: str) -> str:
    """`text` without its sentences on another of the vendor's products, or another region,
    than the one a question names ("Is Vault data stored in the US?" and "Vault, Transcribe
    and Pay data is stored in Montreal. Depo video is stored in Oregon."): sentences naming the
    product or region asked, or none of them ("Backups of every product are in Virginia"), are
    kept."""
    region = _REGION_GROUP_RX.search(question)
    if region is not None:
        # "Are EU-region study data stored only in the EU?" and "EU-region studies are stored
        # in Stockholm ...; US-region studies in AWS Ohio ...": the parts on the region asked,
        # or on none.
        own = region[1].lower()
        kept = [
            x
            for x in _SENTENCE_RX.split(text)
            if not (groups := {g.lower() for g in _REGION_GROUP_RX.findall(x)}) or own in groups
        ]
        text = " ".join(kept) if kept else text
    products = ctx.product_words - _ARTICLE_WORDS
    asked = products_named(products, question)
    if not asked:
        return text
    kept = [
        x
        for x in _SENTENCE_RX.split(text)
        if asked & (said := products_named(products, x)) or not said
    ]
    return " ".join(kept) if kept else text


# Data of a region by its name: "EU-region studies", "the US region's customers".
_REGION_GROUP_RX = re.compile(
    r"\b([A-Z][A-Za-z]*)-region\s+(?:[a-z]+\s+)?(?:customers?|tenants?|clients?|studies|data|"
    r"accounts?|users?|clinics?|schools?|records?)\b"
)
# A capitalised article the product finder may take for a product ("The", opening a sentence).
_ARTICLE_WORDS = frozenset(("The", "Our", "Your", "A", "An"))


_WHOLE_RX = re.compile(r"\b(all|every|entire|entirely)\b", re.I)


_PRIMARY_ASK_RX = re.compile(r"\b(primary|production|main|live)\b", re.I)


# Where copies are: "backups in Frankfurt", "with replicas in Melbourne", "(DR in Oregon)".
_COPIES_RX = re.compile(
    r"\b(back-?ups?|backed\s+up|replicas?|replicated|copies|copied|disaster\s+recovery|DR|"
    r"standby|secondary)\b[^.;,)]*",
    re.I,
)


_DATA_ASKED_RX = re.compile(r"\b(data|information|records|content|files)\b", re.I)


# "coming into or going out of the United States", "leave or enter Canada".
_CROSSING_ASK_RX = re.compile(
    r"\b(?:coming\s+into\s+or\s+going\s+out\s+of|going\s+out\s+of\s+or\s+coming\s+into|"
    r"enter(?:ing)?\s+or\s+leav(?:e|ing))\s+(?P<place>(?:the\s+)?[A-Z][\w. ]{1,30}?)"
    r"(?=\s+at\b|\s+during\b|[?,])"
)


# A field asking where the data or the data centres are: "List all countries where data
# centers are located", "Country where customer data is stored".
_COUNTRIES_ASK_RX = re.compile(
    r"\bcountr(y|ies)\b[^?]{0,60}\b(data\s*cent(er|re)s?|data\b[^?]{0,30}\b(stored|hosted|"
    r"located|processed|resides?)|hosted|servers?)\b",
    re.I,
)


# An approved answer on where the data is kept.
_WHERE_DATA_RX = re.compile(
    r"\b(where|which\s+(regions?|countr(y|ies)|locations?)|regions?|countr(y|ies)|locations?|"
    r"residency)\b[^?]*\bdata\b|\bdata\b[^?]*\b(stored|hosted|located|reside|residency)\b",
    re.I,
)


_IN_RX = re.compile(r"\b(in|within|inside|outside(\s+of)?)\s+(the\s+)?$", re.I)


_ENDS_OUTSIDE_RX = re.compile(r"\boutside\s+(of\s+)?(the\s+)?\s*$", re.I)


def _hosting_orgs(ctx: Context) -> list[SubserviceOrg]:
    """The subservice organisations the reports name whose services are hosting, now: not one
    whose every service ended before `as_of` ("colocation of our servers in Dublin until
    2036-05-15", a host of the report's period, not of today)."""
    return [
        org
        for report in ctx.inventory.reports
        for org in report.subservice_orgs
        if any(map(is_hosting, org.services))
        and not all(ended_before(service, ctx.as_of) for service in org.services)
    ]


def is_hosting(service: str) -> bool:
    """Whether a subservice organisation's service is hosting the vendor's service."""
    return bool(_HOSTING_SERVICE_RX.search(service)) or _provides_hosting(service)


def _provides_hosting(service: str) -> bool:
    """Whether a service is servers or halls the organisation provides ("virtual servers",
    "racks in two data halls"), not work done on the vendor's ("guarding of our data halls",
    "backups of our virtual machines")."""
    m = _SERVERS_RX.search(service)
    return m is not None and not re.search(r"\bof\b", service[: m.start()], re.I)


_SERVERS_RX = re.compile(r"\b(data\s+halls?|virtual\s+(servers?|machines?))\b(?!\s+disks?)", re.I)


_HOSTING_SERVICE_RX = re.compile(
    r"\b(hosting|hosts|cloud|infrastructure|data[- ]?cent(er|re)s?|colocation|iaas|paas)\b|"
    # "hosted" is hosting, but not said of a payment product ("a hosted payment page", "card
    # payment hosted fields", "hosted checkout": a payment processor, not the service's host).
    r"\bhosted\b(?!\s+(?:(?:card|payment|checkout|donation)\s+)*(?:pages?|fields?|checkout|"
    r"forms?|widgets?|iframes?|payments?|cards?)\b)",
    re.I,
)
