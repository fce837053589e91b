"""Control questions: criteria from cues, SOC 1 financial-reporting context, the SOC answer."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from socproc.classify.cues import VOCABULARY, Cue, find_signals, scan
from socproc.classify.gated import Gated, gate_words
from socproc.classify.needs import SOC1_BIT, Decision
from socproc.classify.text import split_tokens
from socproc.criteria import CATEGORY_ORDER, CRITERION_ORDER

COMMERCIAL = Gated(
    "pric|payment terms|net |discount|fee|quote",
    r"pricing|\bprice|payment terms|\bnet \d+|discount|\bfees?\b|\bquote\b",
)
_CATEGORY_OF = {
    "CC": "security",
    "A": "availability",
    "PI": "processing integrity",
    "C": "confidentiality",
    "P": "privacy",
}


def _category(cid: str) -> str:
    return _CATEGORY_OF[cid.rstrip("0123456789.")]


# Looked up per text, so precomputed: each criterion's category, and every set of categories
# in CATEGORY_ORDER.
_CATEGORY_OF_CRITERION = {cid: _category(cid) for cid in CRITERION_ORDER}
_ORDERED_CATEGORIES: dict[frozenset[str], tuple[str, ...]] = {
    frozenset(c for i, c in enumerate(CATEGORY_ORDER) if mask >> i & 1): tuple(
        c for i, c in enumerate(CATEGORY_ORDER) if mask >> i & 1
    )
    for mask in range(1 << len(CATEGORY_ORDER))
}


def categories_of(criteria: Iterable[str]) -> set[str]:
    """The categories of criterion ids."""
    of = _CATEGORY_OF_CRITERION
    return {of[c] if c in of else _category(c) for c in criteria}


def in_category_order(categories: Iterable[str]) -> tuple[str, ...]:
    """The categories in CATEGORY_ORDER (names outside it dropped)."""
    key = frozenset(categories)
    ordered = _ORDERED_CATEGORIES.get(key)
    return ordered if ordered is not None else tuple(c for c in CATEGORY_ORDER if c in key)


_BACKUP = re.compile(r"back ?up|sauvegard|datensicherung|copia|respaldo|restor")
# Words that make a vendor/supplier mention a third-party-risk control question.
_GOVERNANCE = gate_words(
    "security secure privacy assess assessment contract contractual due monitor review audit risk"
)


def criteria_for(
    matches: Sequence[Cue], tokens: Collection[str], personal: bool, testing: bool
) -> tuple[list[str], list[str], bool]:
    """Criterion ids the cues found point to, the cue phrases used, and whether any cue was
    strong."""
    scores: dict[str, float] = {}
    used: list[str] = []
    strong = False
    strong_ids: set[str] = set()
    if not matches:
        return [], [], False
    # Context cues (vendors, suppliers) name a control topic only with governance words and
    # no stronger topic: "access revoked for vendors" is about access, not vendor risk.
    topical = not any(cue.specific for cue in matches)
    topical = topical and not _GOVERNANCE.isdisjoint(tokens)
    for cue in matches:
        if topical:
            chosen = cue.private if personal and cue.private else cue.general
        else:
            chosen = cue.private_no_context if personal and cue.private else cue.general_no_context
        for t in chosen:
            cid = "A1.3" if t.kind == "plan" and testing else t.cid
            weight = 0.5 if t.kind == "weak" else 1.0
            scores[cid] = scores.get(cid, 0.0) + weight
            if weight == 1.0 and t.kind != "context":
                strong = True
                strong_ids.add(cid)
        if chosen:
            used.append(cue.phrase)
    if testing and any(_BACKUP.search(p) for p in used if "A1.2" in scores):
        scores["A1.3"] = max(scores.get("A1.3", 0.0), 1.0)  # tested backups → restore testing
        strong_ids.add("A1.3")
    keep = [c for c, v in scores.items() if v >= 1.0 and (c in strong_ids or not strong)]
    if not keep and scores:
        top = max(scores.values())
        keep = [c for c, v in scores.items() if v == top]
    return keep, used, strong


# The tokens the cue scan and `criteria_for` read: phrase words and governance words. The rest
# are blanked in place and the reading cached by what is left (cues.find_signals does alike).
_READ = VOCABULARY | _GOVERNANCE


def read_cues(
    tokens: list[str],
) -> tuple[Mapping[str, str], tuple[str, ...], tuple[str, ...], bool]:
    """The signals the tokens raise (cues.find_signals), and the criteria, cue phrases and
    strength `criteria_for` reads from their cues. Shared between calls: do not change them."""
    read = _READ
    return _read_cues(tuple([tok if tok in read else "" for tok in tokens]))


@functools.lru_cache(maxsize=16_384)
def _read_cues(
    tokens: tuple[str, ...],
) -> tuple[Mapping[str, str], tuple[str, ...], tuple[str, ...], bool]:
    signals, matches = scan(tokens)
    criteria, cues, strong = criteria_for(
        matches, tokens, "personal" in signals, "testing" in signals
    )
    return signals, tuple(criteria), tuple(cues), strong


# DOMAIN.md section 3's counter-signals pointing to SOC 2. Beside one, a financial process word
# is the setting, not the subject: "transaction approval" in an authentication rule, a payroll
# portal as the example in an access-control question, card transactions (PCI).
_SOC2_COUNTER = Gated(
    "securit|authentica|mfa|factor|2fa|encrypt|confidential|privacy|availability|uptime"
    "|penetration|pen test|pentest|card|pci|pa-dss|trust services|unauthori|breach|incident",
    r"\bsecurity\b(?! deposits?\b)|authenticat|\bmfa\b|\b(multi|two)[ -]?factor|\b2fa\b|encrypt|confidential"
    r"|\bprivacy\b|\bavailability\b|\buptime\b|\bpenetration test|\bpen ?test|\bcredit card"
    r"|\bcardholder|\bcard data\b|\bpci\b|\bpa-dss\b|\btrust services\b"
    # an access no one authorised, a breach or an incident told: the data's protection (CC7.4)
    r"|\bunauthori[sz]ed\b|\bbreach\w*|\bincidents?\b",
)
# ... and what users with elevated rights do, watched: a security control on any system ("who
# reviews what administrators do with elevated rights on the payment system"); its own gate,
# as few texts name such users.
# A change to software tested before it is released, deployed or put live (change management,
# CC8.1): a control of the software's, whichever process the software serves (money released
# after a check is not software); the books named ("feeds our revenue
# recognition") are the strong signal, read before this.
_LIVE = r"\b(?:before|prior to)\b[^?.]{0,30}?\b(?:releas\w*|deploy\w*|goes live|go live|going live|put live|production)\b"
# (a change of the software by name: "a change to the route settlement module", "code changes",
# "a new version"; a change of data, "a change to an employee's pay rate", is none)
_SOFTWARE_CHANGE = (
    r"(?:(?:software|code|system|program|application|app|platform|module|configuration)"
    r" (?:changes?|updates?|upgrades?|releases?|versions?)|(?:changes?|updates?|upgrades?|fix(?:es)?)"
    r" to (?:the |our |your |its |an? )?(?:[\w\-']+ ){0,3}?(?:modules?|systems?|software|code"
    r"|applications?|apps?|platforms?|programs?|engines?|interfaces?)|new (?:versions?|releases?"
    r"|builds?)|patch(?:es)?|hotfix(?:es)?)\b"
)
_RELEASED = Gated(
    "test|check|verif|validat|confirm|make sure|makes sure|made sure|ensur",
    # (the change may be named at length: "test that a change to the invoicing module works
    # before releasing it", "test every update to the payroll engine in a staging copy before")
    r"\btest(?:ed|ing)?\b[^?.]{0,70}?"
    + _LIVE
    # ... or made sure of by another verb, the software's change named ("make sure a change to
    # the payroll module works before release", "is every change to the billing system checked
    # to work before you release it"): the same practice (money or data checked before it is
    # released names no change of software, and stays what it is)
    + r"|\b(?:check|checks|verify|verifies|validate|validates|confirm|confirms|make sure|makes"
    r" sure|ensure|ensures)\b(?: that)? (?:(?:an?|the|each|every|any|all) )?(?:[\w\-']+ ){0,2}?"
    + _SOFTWARE_CHANGE
    + r"[^?.]{0,60}?"
    + _LIVE
    + r"|\b"
    + _SOFTWARE_CHANGE
    + r"[^?.]{0,60}?\b(?:checked|verified|validated|confirmed|made sure|ensured)\b[^?.]{0,40}?"
    + _LIVE,
)
_ELEVATED_ACTS = Gated(
    "admin|privileged|elevated|superuser",
    r"\b(?:administrators?|admins?|privileged|elevated|superusers?)\b[^?.]{0,40}?\b(?:do|does"
    r"|did|actions?|activit(?:y|ies)|sessions?|commands?)\b"
    r"|\b(?:actions?|activit(?:y|ies)|sessions?|commands?) (?:of|by) (?:the |our |your |its )?"
    r"(?:administrators?|admins?|privileged|superusers?)\b",
)


def _soc2_counter(low: str) -> bool:
    """Whether a counter-signal to SOC 1 occurs (substring tests before the rarer pattern)."""
    if _SOC2_COUNTER.search(low):
        return True
    return (
        "admin" in low or "privileged" in low or "elevated" in low or "superuser" in low
    ) and _ELEVATED_ACTS.rx.search(low) is not None


# A sentence that only illustrates ("For example, consider an application that shows payroll
# statements."): what it names is the setting of the question, not what it asks about.
_EXAMPLE_SENTENCE = re.compile(
    r"(?:^|(?<=[.;:?!]))\s*(?:for example|for instance|e\.g\.|consider)\b[^.;?!]*[.;?!]?"
)


# Process words that name no money by themselves, and the words that say money is meant.
_BARE_PROCESS = frozenset(("transaction", "transactions"))
_MONEY = re.compile(
    r"\b(?:financial|finance|payments?|payroll|billing|invoic\w*|ledger|accounting|account"
    r"|funds?|cash|bank\w*|money|monetary|premiums?|claims?|tax\w*|revenue|sox|icfr|fiscal"
    r"|dollars?|currenc\w*|trades?|trading|settlement\w*|deposits?|loans?|interest"
    # (billed to the buyer, accrued in its books: money, whatever the items are called)
    r"|billed|accru\w*"
    # (money paid out or given back: "vendor payouts", "refunds")
    r"|payouts?|refunds?)\b"
)
# What a control over financial processing checks (as against approving or reviewing anything).
_ACCURACY = Gated(
    "accura|complete|reconcil|calculat|withholding|posting|posted|recomput",
    r"\baccura|\bcomplete|\breconcil|\b(?:re)?calculat|\brecomput|\bwithholding\b|\bposting\b"
    r"|\bposted\b",
)


# A bank is money handled only in the compounds that say so (its accounts, transfers, files,
# reconciliations); elsewhere it is an institution, most often the buyer ("notify the bank of
# incidents", "subcontractors with access to bank customer information"), which names no
# financial process.
_BANK = re.compile(r"\bbank(?:'s|s'?)?\b")
_BANK_MONEY = re.compile(
    r"\bbank(?:'s)? (?:accounts?|details|transfers?|wires?|files?|feeds?|statements?|reconciliations?"
    r"|deposits?|payments?|balances?|settlements?|ach|giro)\b"
)


_MONEY_MOVED = (
    r"\b(?:funds|money) (?:are |is |were |was |being )?(?:released|disbursed|transferred|sent|wired)\b"
    r"|\brelease (?:of )?(?:the )?funds\b|\bpa(?:ys|id|ying) off\b|\bdirect[\s\-]deposits?\b"
)
_MONEY_MOVED_RX = re.compile(_MONEY_MOVED)
# Money handed over to the buyer itself ("paid over to the Department", "remitted to us",
# "swept to the Authority's account"): the buyer's money the service collected.
_HANDED_OVER = re.compile(
    r"\bpaid over to\b|\b(?:remitted|swept|settled|credited) (?:in|into|to)\b"
    r"|\b(?:paid|deposited|transferred) (?:in|into|to) (?:us|our|the [\w\-]+'s)\b"
)
_FEE_DEDUCTED = re.compile(
    r"\bnet of (?:the |your |its |our |any )?(?:[\w\-]+ )?(?:fees?|commissions?|charges?)\b"
    r"|\b(?:fees?|commissions?|charges?) (?:deducted|withheld|netted)\b"
)
# A figure set beside another to find errors: "checked against the lender's payoff quote".
_CHECKED_AGAINST = re.compile(
    r"\b(?:checked|compared|matched|reconciled|verified) (?:with|to|against)\b"
    # (the document named between: "check each settlement statement against the sale price")
    r"|\b(?:check|checks|checked|compare|compares|verify|verifies) (?:[\w\-']+ ){1,4}?against\b"
    # (a figure said to agree with another: "the accrual report agrees to the loan balances")
    r"|\b(?:agrees?|agreed|ties|tied) (?:out )?(?:with|to)\b"
)


# DOMAIN.md section 3's business-process objectives named by their objects in any form (the
# cue table's phrases name most in one form: "claims adjudication", "fund accounting"): claims
# adjudicated or paid, investors' subscriptions and redemptions (transfer agency), securities
# priced or traded (fund accounting and the NAV), withdrawals, wires and disbursements of
# assets held or paid for the buyer (custody, payments).
_PROCESS_OBJECTS = Gated(
    "claim|adjudicat|redemption|securities|withdrawal|wire|disburse|deposit|money|payout"
    "|distribution|dividend|check|cheque|instruction|collected|deposited|valuation|to-market|to market"
    "|paid|remitted|transferred|funds|pays off|paying off| we |settled|reimburs|refund"
    "|swept|credited|collect|invoiced|billed|charged|charges|behalf|owed|payable|deduct|withh"
    "|remits|bank statement|split|divided|apportioned|shared out|recharged|passed|settlement"
    "|remittance|distributed",
    # (claims as the object of their processing: paid, priced, adjudicated, submitted,
    # reimbursed; not "marketing claims" or claims of a wrong)
    r"\bclaims?\b(?=[^?.]*\b(?:adjudicat\w*|paid|payments?|pay|funding|eligib\w*|reserves?"
    r"|pric(?:e|ed|ing)|submi\w*|reimburs\w*|settle\w*|process(?:ed|ing)?|declarations?"
    # (claims raised on a payer from the records of the service: "NHS treatment claims are raised
    # from the courses of treatment recorded in your system")
    r"|raised|billed|batch\w*|insurers?|payers?|payors?"
    # (built from what the service records, and sent again when refused: "claims built from
    # the treatments each therapist records, with rejected claims resubmitted")
    r"|built|resubmi\w*|unbilled))"
    # (an item of the service turned into, or included in, a claim: the claim made from it)
    r"|\b(?:into|in) (?:a|an|the|one) (?:[\w\-]+ ){0,1}?claims?\b"
    r"|\b(?:paid|funded)[\s\-]claims?\b|\badjudicat\w*|\bredemptions?\b|\bsecurities\b"
    # (money given back for the buyer: "refunds ... approved before they are paid")
    r"|\brefunds?\b(?=[^?.]*\b(?:paid|issued|credited|processed|approved|authori[sz]ed))"
    # (... or paid out, and accounted for: "each day's payout total reconciled to the pools")
    r"|\bpayouts?\b(?=[^?.]*\b(?:reconcil\w*|balanced|agreed|tied))"
    # (card charges run for the buyer on its customers: "club charges run on the shipment date")
    r"|\b(?:card )?charges (?:are |is |were |was |being )?(?:run|processed|captured|batched)"
    r" (?:on|at|each|every|when|after|before|against|through|via)\b"
    r"|(?<!access )\bwithdrawals?\b(?! of (?:consent|access|permissions?))"
    # (an instruction that moves money is the payment itself: "wire instructions")
    r"|\bwire (?:transfers?|payments?|instructions?)\b|\b(?:payment|remittance|transfer)"
    r" instructions?\b|\bwires\b|\bdisburse\w*"
    # money held for others (deposits held in trust, client money)
    r"|\bdeposits?\b(?=[^?.]*\b(?:held|trust|reconcil\w*|refund\w*))|\bclient money\b"
    # money paid out to those the buyer owes it to ("distribution requests", "before the
    # check is issued")
    r"|\b(?:payouts?|distributions?|dividends?) (?:requests?|payments?|paid|to (?:participants?"
    r"|members?|investors?|beneficiar\w*|shareholders?|creditors?|claimants?))\b"
    # (payouts named by whom they go to, whoever they are: "payouts to teams", "to winners")
    r"|\bpayouts? to (?:the |each |every |all )?[\w\-']+"
    # (... or by what they are paid from, released by the buyer: "vendor payouts from cashless
    # sales ... before we release them")
    r"|\bpayouts? from (?:the |our |your )?[\w\-']+(?: [\w\-']+)?\b(?=[^?.]*\bwe (?:release|approve"
    r"|pay|authori[sz]e)\b)"
    r"|\bchecks? (?:is |are |was |were )?(?:issued|mailed|cut|printed|released)\b"
    r"|\bcheques?\b[^?.]*\b(?:issued|mailed|cut|printed|released|paid|sent)\b"
    # positions valued for the books (mark-to-market, "the valuations used in our close")
    r"|\bmark[\s\-]to[\s\-]market\b|\bvaluations? (?:used in|for the|of (?:the |our |its )?"
    r"(?:trades?|positions?|portfolios?|holdings?|investments?|instruments?|deals?|contracts?)\b)"
    # money collected for the buyer or paid into its account ("permit fees collected online
    # are deposited to the City's account")
    r"|\b(?:fees|payments?|donations?|rents?|fares?|levies|dues|premiums?|fines|sales|takings"
    r"|receipts|proceeds|revenues?|income) (?:are |is |were |was |being )?collected\b|\bcollected"
    r" (?:fees|payments?|donations?|rents?|fares?|levies|dues|premiums?|fines|sales|takings"
    r"|receipts|proceeds|revenues?|income)\b"
    # figures the buyer then pays, posts, books or accrues ("calculated in your system ... before
    # we pay members", "the monthly statement we post"): its books' acts on the vendor's figures
    # (not a question the buyer asks of its own payment: "what do we pay per parcel?")
    # (the look-behinds after "we ", so they run only where it occurs)
    r"|\bwe (?<!\bdo we )(?<!\bcan we )(?<!\bwill we )(?<!\bshould we )(?<!\bmust we )"
    r"(?<!\bwould we )(?<!\bdid we )(?<!\bshall we )(?<!^we )(?:then )?(?:pay|post|book|accrue"
    r"|invoice|bill|remit|recogni[sz]e)\b"
    # (the books' act after another of the buyer's: "before we file the return and book the
    # liability")
    r"|\bwe (?:[\w\-']+ ){1,5}?and (?:then )?(?:pay|post|book|accrue)\b"
    # (money settled or paid to each party at its split or rate: "consignment sales settled to
    # each consignor at the agreed split", "rents paid to each landlord at their percentage")
    r"|\b(?:settled|paid|paid out|remitted|disbursed|distributed) to (?:each|every|the|all|our)"
    r" (?:[\w\-']+ ){0,2}?[\w\-']+ at (?:the |their |its |his |her |our |each |an? )?(?:[\w\-']+ ){0,2}?"
    r"(?:splits?|rates?|percentages?|shares?|terms|commissions?)\b"
    # (what was taken set beside what a processor or acquirer paid in: "each draft matched to
    # the processor's deposit", "card takings reconciled with the acquirer's settlements")
    r"|\b(?:matched|reconciled|tied|agreed|compared|checked) (?:out )?(?:to|with|against) (?:the |each"
    r" |every |our |its |their )?(?:[\w\-']+ ){0,3}?(?:deposits?|payouts?|settlements?"
    r"|remittances?)\b"
    r"|\b(?:deposited|paid|remitted|transferred|settled|swept|credited) (?:in|into|to) (?:the |our "
    r"|your |its |their )?[\w']+(?: bank)? accounts?\b"
    # (money named, then who collects it: "the fees retail agents collect", "the surcharges your
    # service centres collect from participants")
    r"|\b(?:fees|payments?|donations?|rents?|fares?|levies|dues|premiums?|fines|surcharges?|sales"
    r"|takings|receipts|proceeds|revenues?|income) (?:that |which )?(?:[\w\-']+ ){1,3}?"
    r"collects?\b"
    # (what the buyer charges its own customers through the service: "before they are invoiced
    # to our customers", "billed to our members")
    # (whoever they are, named in the plural: "billed to our parents", "to our diners")
    r"|\b(?:invoiced|billed|charged) to our (?:[\w\-]+ )?(?:customers?|clients?|members?"
    r"|patients?|residents?|tenants?|payers?|payors?|accounts?|guests?|owners?"
    r"|(?!(?:bank|cards?|credit)\b)[a-z\-]+s)\b"
    # (money handed over to the buyer itself: "paid over to the Charity", "settled to our bank")
    r"|\bpaid over to\b|\b(?:paid|settled|remitted|transferred) to (?:us|our bank)\b"
    # (money remitted to anyone: "remitted to the DMV weekly", "remitted to the Treasurer")
    r"|\bremitted (?:in|into|to)\b"
    # (money the service pays for the buyer: "the filing fees you pay to the registry on our
    # behalf", "taxes remitted on the client's behalf")
    r"|\b(?:pay|pays|paid|paying|remit|remits|remitted|settles?|settled)\b[^?.]{0,50}?\bon (?:our"
    r"|the [\w\-]+'s|its clients?'?|their clients?'?|behalf of)(?: behalf\b|\b)"
    # (money worked out as owed to or by someone: "the commission owed to each branch", "the
    # amounts payable to growers")
    r"|\b(?:commissions?|fees|royalt(?:y|ies)|amounts?|sums?|money|balances?|shares?|levies"
    r"|dues|rebates?) (?:owed|payable) (?:to|by)\b"
    # (money others deduct or remit to the service for the buyer: "the premiums each payroll
    # office deducts", "contributions that employers withhold and send")
    r"|\b(?:dues|fees|contributions?|premiums?|payments?|levies|deductions?|subscriptions?|taxes)"
    r" (?:that |which )?(?:[\w\-']+ ){1,3}?(?:deducts?|deducted|withholds?|withheld|remits?)\b"
    # (money the service pays out for the buyer and bills back to it, a recharge: "the
    # incentives you pay respondents for our projects, billed to us at cost")
    r"|\b(?:pay|pays|paid|paying)\b[^?.]{0,60}?\b(?:billed|charged|invoiced|recharged|passed on"
    r"|passed through) (?:back )?to (?:us|our (?:account|firm|company|organi[sz]ation))\b"
    # (amounts the buyer reports to a funder, lender or regulator from the service's figures:
    # "the amounts we report to our grant funder", "totals we claim from the state")
    r"|\b(?:amounts?|figures?|totals?|sums?|dollars?) (?:that |which )?we (?:report|claim|submit"
    r"|draw down|invoice|bill) (?:to|from) (?:our |the |each )?(?:[\w\-]+ ){0,2}?(?:funders?"
    r"|grantors?|lenders?|regulators?|agenc(?:y|ies)|department|state|county|board|trustees?"
    r"|donors?|insurers?|payers?|programs?|programmes?)\b"
    # (money paid only once someone has allowed it: "paid to winners only after the steward
    # signs off the results")
    r"|\bpaid\b[^?.]{0,40}?\bonly (?:after|once|when)\b"
    # (money paid through the service: "fees paid to coaches through your platform")
    r"|\bpaid (?:out )?(?:[\w\-']+ ){0,3}?(?:through|via) (?:your|the) (?:[\w\-]+ )?(?:system|platform"
    r"|service|software|app|portal)\b"
    # (money worked out from what the service records and then paid: "owners' revenue shares
    # worked out from the trips flown on their aircraft and paid monthly")
    r"|\b(?:worked out|calculated|computed) (?:from|on|using)\b[^?.]{0,80}?\band (?:then )?(?:paid"
    r"|remitted|settled|disbursed|credited)\b"
    # (money paid with a statement of it: "paid with a monthly owner statement")
    r"|\bpaid\b[^?.]{0,40}?\bwith (?:an? |the |each )?(?:[\w\-]+ ){0,2}?statements?\b"
    # (money the service takes in and divides between parties, a revenue split: "door takings
    # split between the promoter and the venue", "the fees we collect divided among the
    # stylists at their rates")
    r"|\b(?:fees|payments?|takings|sales|receipts|proceeds|revenues?|income|money|commissions?"
    r"|royalt(?:y|ies)|tips|gratuities|earnings|purses?|prize money) (?:[\w\-']+ ){0,6}?(?:split"
    r"|divided|apportioned|shared out) (?:between|among|amongst)\b"
    # (the books' cash set against the bank's own record of it, a bank reconciliation: "the
    # annual accounting ... checked against the bank statements")
    r"|\b(?:checked|compared|matched|reconciled|agreed|tied|verified|balanced) (?:[\w\-']+ ){0,2}?"
    r"(?:to|with|against) (?:the |our |each |its |their |every )?(?:[\w\-]+ )?bank statements?\b"
    # people paid, or the buyer reimbursed, from the service's records ("drivers are paid
    # weekly from the trip records in your system", "the county reimburses us for rides from
    # the invoice your system produces"): money worked out from what the service keeps
    r"|\b(?:are|is|were|was|get|gets|being) (?:paid|settled|reimbursed|remunerated)(?: [\w\-]+){0,2}?"
    r" (?:from|off|out of|on the basis of|based on) (?:the |your |its |our |their )?(?:[\w\-']+ ){0,3}?"
    r"(?:records?|data|statements?|reports?|invoices?|files?|tickets?|logs?|sheets?|figures|totals"
    r"|runs?)\b"
    r"|\breimburs(?:es|e|ed|ing) (?:us|the [\w\-]+)\b[^.?]{0,60}?\bfrom (?:the |your |its )?"
    r"(?:[\w\-']+ ){0,3}?(?:records?|statements?|reports?|invoices?|files?|claims?|data)\b"
    # money released or paid for the buyer ("before funds are released", "pays off trade-in
    # liens on our behalf", "the direct-deposit file you send to the bank")
    rf"|{_MONEY_MOVED}",
    words="funds release direct pays paying pay post book accrue invoice bill remit recognise "
    "swept credited collect collects invoiced billed charged charges "
    "reimburse reimbursed reimbursing "
    "recognize "
    "collected deposited paid remitted transferred settled valuation valuations mark claim claims adjudicate adjudicated adjudicates adjudicating adjudication "
    "adjudications adjudicator adjudicators redemption redemptions securities withdrawal "
    "withdrawals wire wires disburse disbursed disburses disbursing disbursement disbursements "
    "deposit deposits money payout payouts distribution distributions dividend dividends check "
    "checks cheque "
    "cheques instruction instructions refund refunds behalf owed payable deducts deducted "
    "withholds withheld remits bank split divided apportioned shared recharged passed "
    "amount amounts figure figures total totals sum sums dollar dollars settlement settlements "
    "remittance remittances distributed",
)
# Money divided between parties at the rates or shares set for each ("takings split between
# the venue and the promoter at the agreed percentage", "fees divided among the instructors at
# their rates"): a figure worked out for the buyer's books, not a price asked.
_SPLIT_AT_RATE = (
    r"\b(?:split|divided|apportioned|shared out) (?:between|among|amongst)\b[^?.]{0,80}?\b(?:at"
    r"|by|using|per|according to|in line with) (?:the |their |its |each |our |his |her )?"
    r"(?:[\w\-']+ ){0,3}?(?:rates?|percentages?|shares?|splits?|terms|formulae?|formulas?)\b"
)
_SPLIT_AT_RATE_RX = re.compile(_SPLIT_AT_RATE)
# ... and the checks such a control makes beside the cue table's (approve, reconcile, review):
# an instruction verified or checked before it is acted on, a figure signed off, an override.
_CHECKS = Gated(
    "verif|check|sign|overrid|adjudicat|recomput|recalculat|compare|confirm|follow|worked|matched"
    "|cleared|resolved|corrected|investigated|reconciling|reconciles|tying|listing|itemi"
    "|showing|detailing|statement|second|another|different|independent|someone|rejected|unbilled"
    "|uninvoiced|unposted|unrecorded|by a|by an|split|divided|apportioned|shared out|tie|agree"
    "|reconcile|match",
    r"\bverif(?:y|ies|ied|ication)\b|\bcheck(?:s|ed)?\b|\bsigned off\b|\bsign[\s\-]off\b"
    # (a second person who looks at it: "does a second person confirm the change", "approved by
    # someone other than who keyed it")
    r"|\b(?:second|another|different|independent) (?:person|member of staff|staff member"
    r"|employee|officer|colleague|signatory|reviewer|pair of eyes)\b|\bsomeone (?:else|other than)\b"
    # (... named by their job: "rechecked by a second booker", "by another dispatcher")
    r"|\bby (?:a |an )?(?:second|another|different|independent) [a-z\-]{3,}\b|\brecheck\w*"
    # (money divided between parties at the rates or shares set for each, worked out as a
    # figure: "takings split between the venue and the promoter at the agreed percentage")
    rf"|{_SPLIT_AT_RATE}"
    # (a figure set beside the money that moved: "agree to what vendors were reimbursed",
    # "match what was actually paid out")
    r"|\b(?:agrees?|agreed|ties?|tied|match|matches|matched|reconciles?|reconciled) (?:to|with)?"
    r" ?what (?:[\w\-']+ ){0,3}?(?:was|were|is|are|has been|have been) (?:actually )?(?:paid"
    r"|reimbursed|received|collected|deposited|disbursed|remitted|billed|invoiced|redeemed)\b"
    # (a figure the buyer's books are tied to: "a statement we can tie to our books")
    r"|\b(?:tie|ties|tied|agree|agreed|reconcile) (?:it |them |this |these )?(?:out )?(?:to|with)"
    r" (?:our|the|its) (?:general )?(?:books|ledger|gl|accounts)\b"
    # (the forms of "reconcile" the cue table does not list: "a statement reconciling entries to
    # the amount remitted", "the report reconciles sales to deposits")
    r"|\breconcil(?:ing|es)\b"
    # (a figure matched to another: "settled to our bank and matched to the till close")
    r"|\bmatched (?:to|with|against)\b"
    # (a statement or report that accounts for the amount paid over, item by item: "a statement
    # tying tickets sold to the amount paid", "a payout report listing each donation and fee")
    r"|\b(?:statements?|reports?|advices?|breakdowns?)\b[^?.]{0,20}?\b(?:tying|listing|itemi[sz]ing"
    r"|showing|detailing)\b"
    # (... or a statement of the items by whom or what they came from: "with a statement of
    # bookings by agent", "a statement of collections per branch")
    r"|\bstatements? of (?:the |each |all )?(?:[\w\-']+ ){1,3}?(?:by|per|for each|for every)"
    r" [\w\-]+"
    # (confirmed with someone by a second channel: "confirmed by telephone with the client")
    r"|\bconfirm(?:s|ed)? (?:by|with|through|via|over)\b"
    # a figure worked out again, or set beside another, to find errors
    r"|\brecomput\w*|\brecalculat\w*|\bcompared? (?:with|to|against)\b"
    # what failed followed up ("rejected payments followed up before payday")
    r"|\bfollow(?:s|ed|ing)?[\s\-]up (?:on )?(?:the |any )?(?:rejects?|rejected|exceptions?|errors?"
    r"|failures?|failed)\b|\b(?:rejects?|rejected \w+|exceptions?|errors?|failures?)"
    r" (?:are |is |get |being )?followed[\s\-]up\b"
    # (each rejection or error worked until cleared: "with each rejection worked before month end")
    r"|\b(?:each|every|all|any) (?:rejections?|rejects?|exceptions?|errors?|failures?|denials?)"
    r" (?:is |are |gets? )?(?:worked|cleared|resolved|corrected|investigated)\b"
    # (money paid with a statement that accounts for it: "paid with a monthly owner statement")
    r"|\bpaid\b[^?.]{0,40}?\bwith (?:an? |the |each )?(?:[\w\-]+ ){0,2}?statements?\b"
    # (what was refused worked and sent again: "rejected claims worked and resubmitted")
    r"|\brejected \w+ (?:are |is |get |being )?(?:\w+ and )?(?:worked|cleared|resolved|corrected"
    r"|resubmitted|fixed)\b"
    # (none left out of the billing: "so no visit goes unbilled")
    r"|\b(?:no|none of the|nothing) (?:[\w\-']+ ){0,3}?(?:goes|go|is|are|gets?|left|remains?)"
    r" (?:unbilled|uninvoiced|unposted|unrecorded)\b"
    # (adjudication is a claim checked against the plan's terms)
    r"|\boverrid(?:e|es|den)\b|\badjudicat\w*",
)
_APPROVER = re.compile(r"\bapprovers?\b")
_PAID_WITH_STATEMENT = re.compile(
    r"\bpaid\b[^?.]{0,40}?\bwith (?:an? |the |each )?(?:[\w\-]+ ){0,2}?statements?\b"
)
_CHECKED_BEFORE = re.compile(
    r"\b(?:checked|verified|reviewed|validated|approved|confirmed)\b[^?.]{0,40}?\bbefore (?:the |each"
    r" |any |an? |its |our )?(?:[\w\-]+ ){0,2}?(?:invoices?|bills?|claims?|statements?|payments?"
    r"|payouts?|remittances?|money|funds|settlements?)\b"
    # (... or before the money, named by a pronoun, goes to the bank or the payees: "payroll
    # payments checked before they are released to the bank", "verified before it is sent to
    # the employees' accounts")
    r"|\b(?:checked|verified|reviewed|validated|approved|confirmed)\b[^?.]{0,40}?\bbefore (?:they"
    r"|it|these|those) (?:are |is |get |gets )?(?:released|sent|transmitted|submitted|paid"
    r"|transferred|uploaded|disbursed|go|goes)\b[^?.]{0,20}?\b(?:banks?|payees?|employees'?|accounts?"
    r"|processors?|recipients?)\b"
    # (the paper that bills, named first, tied to its source before it goes out: "is each
    # invoice line tied back to the job ticket before it is sent")
    r"|\b(?:invoices?|bills?|claims?|statements?)(?: lines?| amounts?| totals?)? (?:is |are )?"
    r"(?:checked|verified|reviewed|validated|approved|confirmed|matched|tied(?: back| out)?|agreed"
    r"|reconciled)\b[^?.]{0,50}?\bbefore (?:it|they|each|the [\w\-]+) (?:is |are |gets? )?(?:sent"
    r"|issued|released|submitted|posted|mailed|e-?mailed)\b"
)
# A figure checked before it is remitted, a word said only of money paid over ("the State's
# share of the day's fees reconciled to the tests recorded before it is remitted"): money the
# service pays over for the buyer, checked before it goes, whatever the money is called.
_CHECKED_BEFORE_REMITTED = re.compile(
    r"\b(?:checked|verified|reviewed|validated|approved|confirmed|matched|reconciled|agreed)\b"
    r"[^?.]{0,80}?\bbefore (?:it|they|these|those|the [\w\-]+|each [\w\-]+) (?:is |are |gets? )?"
    r"remitted\b"
)
# A figure checked, counted or agreed before the buyer is billed for it or credited with it
# ("reconciled to the gate counts before we are billed", "agreed to the job sheets before you
# invoice us", "reviewed before they are added to the monthly invoices", "counted before the
# returns credit is raised on our account"): the completeness and accuracy of what the buyer
# is billed, a control a SOC 1 tests, whatever the billed things are called.
_CHECKED_BEFORE_BILLED = re.compile(
    r"\b(?:checked|verified|reviewed|validated|approved|confirmed|matched|reconciled|agreed|tied"
    r"|counted|compared)\b[^?.]{0,80}?\bbefore (?:"
    r"(?:we|you|they|the (?:customers?|clients?|buyers?|members?)|our [\w\-]+|each [\w\-]+)"
    r" (?:are|is|get|gets) (?:billed|invoiced|charged)"
    r"|(?:you |they )?(?:bill|invoice|charge) (?:us|our [\w\-]+)"
    r"|(?:invoicing|billing)(?! (?:systems?|software|platforms?|apps?|modules?|tools?|runs? (?:is|are)"
    r" (?:tested|deployed|released)))"
    r"|(?:they|it|each(?: one)?|the [\w\-]+) (?:is |are )?(?:added|put|included|entered|posted"
    # (... or said to appear there or reach it: "before they appear on our invoice", "before
    # they reach our monthly bill")
    r"|appears?|shows?|shown|goes|go|lands?|printed|listed|reach(?:es)?)"
    r"(?: up)?(?: (?:to|on|in|into|onto))? (?:the |an? |each |our |their |your )?(?:[\w\-']+ ){0,3}?"
    r"(?:invoices?|bills?|statements?)"
    r"|(?:the |an? |any |each |our )?(?:[\w\-]+ ){0,2}?(?:credits?|credit notes?) (?:is |are )?"
    r"(?:raised|issued|posted|applied|given|made)"
    # (... or before the bill itself, named by its noun: "checked against our delivery notes
    # before each invoice", "compared with our tickets before every bill", "before the monthly
    # invoice"; the paper's design or the software that makes it are not matched)
    r"|(?:the |each |every |any |our |your |its |their )(?:[\w\-]+ ){0,2}?(?:invoices?|bills?)"
    r"(?![\w\-]| (?:templates?|designs?|layouts?|formats?|systems?|software|modules?|apps?"
    r"|platforms?|tools?|pages?|screens?|runs? (?:is|are) (?:tested|deployed|released)))"
    r")\b"
    # (... or the credit named first and then by a pronoun: "credit notes for missed visits
    # approved before they are applied to our account")
    r"|\b(?:credits?|credit notes?|credit memos?)\b(?! cards?)[^?.]{0,60}?\b(?:checked|verified"
    r"|reviewed|validated|approved|confirmed|matched|reconciled|agreed|counted)\b[^?.]{0,20}?"
    r"\bbefore (?:they|it) (?:is |are |get |gets )?(?:raised|issued|posted|applied|given|made"
    r"|credited)\b"
)
# What the buyer is billed or credited, checked, matched or reconciled against another record
# ("the service visits you bill us for are checked against the visits your technicians logged",
# "alterations billed to us are checked against the tickets crew members sign", "the hours
# invoiced to our sites reconciled to the gate log"): the completeness and accuracy of the
# buyer's billing, a control a SOC 1 tests, whatever the billed things or the records are called.
_BILLED_CHECKED_AGAINST = re.compile(
    r"\b(?:(?:you|they|we are|we're) (?:bill|invoice|charge|billed|invoiced|charged) (?:us|our"
    r" [\w\-]+)(?: for)?|(?:billed|invoiced|charged) to (?:us|our [\w\-]+)|(?:on|in) (?:our|the)"
    r" (?:monthly |weekly )?(?:invoices?|bills?|statements?) (?:to us )?)\b[^?.]{0,60}?\b(?:is |are )?"
    r"(?:checked|verified|validated|matched|reconciled|agreed|tied(?: out| back)?|compared)"
    r" (?:[\w\-]+ )?(?:against|to|with)\b"
)
# Money the service collects for the buyer, named by its kind, reconciled, agreed or checked
# ("the membership direct debits you collect for our parks are reconciled to the membership
# register", "are the parking fees collected on our behalf agreed to the ticket counts"): the
# buyer's money in the service's hands, accounted for (DOMAIN.md section 3), whether or not it is
# paid over in the same sentence. Data, samples and goods collected are not matched.
_MONEY_KINDS = (
    r"(?:fees|payments|direct debits|debits|dues|subscriptions|premiums|rents?|rental|donations"
    r"|takings|cash|money|levies|fares|tolls|charges|contributions|deposits|tuition|fines"
    r"|receipts|instal(?:l)?ments|tips|gratuities)"
)
_COLLECTED_FOR_US_CHECKED = re.compile(
    r"\b" + _MONEY_KINDS + r"\b[^?.]{0,30}?\b(?:(?:you|they|your [\w\-]+) collects?"
    r"|(?:are |is )?collected(?: by (?:you|your [\w\-]+))?) (?:for|on behalf of|on) (?:us|our"
    r" (?:[\w\-]+ )?(?:behalf|[\w\-]+))\b[^?.]{0,60}?\b(?:reconciled|agreed|matched|tied(?: out)?"
    r"|checked|compared|balanced|verified)\b"
)
# ... and the buyer's money named by its kind, taken, paid in or banked by the service into an
# account of the buyer's ("Hire is paid at your desk into our merchant account. Are hire
# takings reconciled to the hire tickets?", "the ticket receipts your box office banks into our
# account matched to the seat sales"): the same money accounted for, however it reaches the
# buyer (the account is the buyer's: "our", a possessive or "client account").
_PAID_INTO_OURS = re.compile(
    r"\b(?:paid|banked|deposited|taken|lodged|transferred|swept|credited|goes|go|banks|pays"
    r"|takes|deposits) (?:[^?.]{0,30}? )?(?:in)?to our (?:[\w\-]+ ){0,2}?(?:accounts?|bank)\b"
)
_OUR_MONEY_AGREED = re.compile(
    r"\b" + _MONEY_KINDS + r"\b(?! (?:data|details|records?|files?|systems?|pages?|screens?"
    r"|apps?|portals?|modules?|terminals?|reports?)\b)[^?.]{0,60}?\b(?:reconciled|agreed|matched"
    r"|tied(?: out| back)?|balanced)(?: back| out| up)? (?:to|with|against)\b"
)
_COLLECT_WORDS = gate_words("collect collects collected")
_PAID_IN_WORDS = gate_words(
    "paid banked deposited taken lodged transferred swept credited goes go banks pays takes deposits"
)
# (every match of the two holds one of these words of checking)
_AGAINST_GATE = gate_words(
    "checked verified validated matched reconciled agreed tied compared balanced"
)
_BILLED_LATER = gate_words(
    "billed invoiced charged bill invoice charge invoicing billing credit credits invoices bills statements"
)
_BILLED_OR_COLLECTED = _BILLED_LATER | _COLLECT_WORDS
# Money named by its own noun (a payout, refund, advance, wage, dividend, cheque) checked,
# matched or reconciled before it is paid, sent, released, printed or booked ("payouts checked
# before they are sent to the bank", "receipts matched to the weights before advances are paid
# on them", "totals checked before the dividend is calculated and booked", "worked out and
# checked before the cheques are printed"): a control over money the buyer pays or books,
# whatever process word the text holds (none of the cue table's may be named). Not the
# software that moves money ("the payment page reviewed before it is released").
_MONEY_ITEMS = (
    r"(?:payouts?|payments?|refunds?|advances?|wages|salar(?:y|ies)|commissions?|dividends?"
    r"|rebates?|cheques?|settlements?|remittances?|disbursements?|distributions?"
    r"|reimbursements?|bonus(?:es)?|stipends?|royalt(?:y|ies)|payroll|pay ?checks?)"
)
_CHECK_VERBS = (
    r"(?:checked|verified|reviewed|validated|approved|confirmed|matched|reconciled|agreed"
    r"|recalculated|recomputed|signed off)"
)
_PAID_OUT = (
    r"(?:paid(?: out)?|sent|released|issued|printed|mailed|cut|disbursed|transferred|wired"
    # (billed to the one who pays it: "the royalty figure checked before it is invoiced")
    r"|remitted|booked|posted|credited|invoiced|billed)"
)
_MONEY_CHECKED_BEFORE = re.compile(
    r"\b" + _CHECK_VERBS + r"\b[^?.]{0,80}?\bbefore (?:the |each |any |an? |its |our |their )?"
    r"(?:[\w\-']+ ){0,2}?" + _MONEY_ITEMS + r" (?:is |are |get |gets |have been |has been )?"
    r"(?:(?:calculated|worked out|approved|finali[sz]ed) and )?" + _PAID_OUT + r"\b"
    r"|\b" + _MONEY_ITEMS + r"\b(?! (?:pages?|modules?|systems?|screens?|apps?|portals?"
    r"|gateways?|apis?|forms?|features?|software|code|integrations?|terminals?|process\w*"
    r"|polic(?:y|ies)|data|details|files?|methods?|options?|links?)\b)[^?.]{0,80}?\b"
    + _CHECK_VERBS
    + r"\b[^?.]{0,60}?\bbefore (?:(?:they|it|these|those|each|any) (?:are |is |get |gets |goes "
    r"|go )?"
    + _PAID_OUT
    # (... or before the file or batch that pays it goes: "each payout reviewed before the ACH
    # file is sent", "refunds approved before the payment batch is released")
    + r"|the (?:[\w\-]+ )?(?:ach|nacha|bacs|payments?|wire|bank|sepa|eft|payroll|disbursement"
    r"|payout|refund) (?:files?|batch(?:es)?|runs?) (?:is |are |gets? )?(?:"
    + _PAID_OUT
    + r"|transmitted|submitted|uploaded|run))\b"
)
_MONEY_ITEM_WORDS = gate_words(
    "payout payouts payment payments refund refunds advance advances wages salary salaries "
    "commission commissions dividend dividends rebate rebates cheque cheques settlement "
    "settlements remittance remittances disbursement disbursements distribution distributions "
    "reimbursement reimbursements bonus bonuses stipend stipends royalty royalties payroll "
    "paycheck paychecks"
)
_AMENDED = gate_words("change changes update updates amendment amendments edit edits")
_TABLES = gate_words("table tables schedule schedules tariff tariffs")
# A table of the fees, rates or prices the service charges for the buyer, changed only with
# approval: master data of the buyer's revenue (DOMAIN.md section 3, "fee schedules"), however
# the table is named ("fee table", "rate table", "tariff file"), not a price asked of the vendor.
_RATE_TABLE = Gated(
    ("table", "schedule", "tariff"),
    r"\b(?:changes?|updates?|amendments?|edits?) (?:to|of) (?:the |a |any |its |our |your )?(?:[\w\-]+ )?"
    r"(?:fees?|rates?|prices?|pricing|tariffs?|charges?|fines?) (?:tables?|schedules?)\b"
    r"[^?.]{0,60}?\b(?:approv\w*|authori[sz]\w*|signed off|sign[\s\-]off)"
    # (a tariff file or table named by the word itself: "edits to the tariff file")
    r"|\b(?:changes?|updates?|amendments?|edits?) (?:to|of) (?:the |a |any |its |our |your )?"
    r"tariffs? (?:[\w\-]+ )?[^?.]{0,60}?\b(?:approv\w*|authori[sz]\w*|signed off|sign[\s\-]off)",
)


# A price, rate or fee the service applies to the buyer's own invoices, tickets or orders,
# changed or overridden only with someone's approval ("are price changes to the per-gallon
# rate approved by a manager before they apply to open delivery tickets", "manual price
# overrides approved by a second person"): master data of the buyer's revenue, as a fee table
# is (DOMAIN.md section 3), not a price asked of the vendor. Not the vendor's own prices to the
# buyer ("before they apply to our invoices", "approved by us").
_PRICE_CHANGE = (
    r"(?:(?:price|pricing|rate|fee|tariff)s? (?:changes?|overrides?|updates?|edits?|adjustments?"
    r"|amendments?)|(?:changes?|overrides?|updates?|edits?|adjustments?|amendments?) (?:to|of|on"
    r"|in) (?:the |a |any |its |an? |each )?(?:[\w\-/']+ ){0,2}?(?:prices?|pricing|rates?|fees?"
    r"|tariffs?)"
    # (... or said with the verb: "if someone changes a grower's price mid-season")
    r"|(?:changes|changed|overrides|overrode|overridden|edits|edited|adjusts|adjusted|amends"
    r"|amended|alters|altered) (?:the |an? |any |its |each |their )?(?:[\w\-]+'s? )?(?:[\w\-/]+ ){0,2}?"
    r"(?:prices?|pricing|rates?|fees?|tariffs?))\b"
)
_PRICE_APPROVED = Gated(
    ("price", "pricing", "rate", "fee", "tariff"),
    _PRICE_CHANGE + r"[^?.]{0,80}?\b(?:approv\w*|authori[sz]\w*|signed off|sign[\s\-]off)\b"
    r"|\b(?:approv\w*|authori[sz]\w*|signs? off)\b[^?.]{0,30}?\b(?:any |each |every |a |an |the )?"
    r"(?:manual )?" + _PRICE_CHANGE,
)
_PRICE_WORDS = gate_words("price prices pricing rate rates fee fees tariff tariffs")
_APPROVAL_WORDS = gate_words(
    "approve approves approved approval authorise authorised authorize authorized signed sign"
)
_BILLING_PAPER = re.compile(
    r"\b(?:invoices?|tickets?|orders?|bills?|billing|invoicing|statements?|receipts?)\b"
)
_VENDORS_PRICE = re.compile(
    r"\b(?:our|my) (?:[\w\-]+ )?(?:invoices?|bills?|subscriptions?|contracts?|renewals?"
    r"|licen[cs]es?|plans?)\b|\bwe (?:pay|are (?:charged|billed|invoiced))\b|\bby us\b"
    r"|\b(?:charged|billed|invoiced) to us\b"
)


def _price_approved(low: str, words: Collection[str]) -> bool:
    """Whether a price or rate the service applies to the buyer's billing is changed only with
    approval (_PRICE_APPROVED), not the vendor's price to the buyer."""
    return (
        not _PRICE_WORDS.isdisjoint(words)
        and not _APPROVAL_WORDS.isdisjoint(words)
        and _PRICE_APPROVED.search(low) is not None
        and _BILLING_PAPER.search(low) is not None
        and _VENDORS_PRICE.search(low) is None
    )


def _figure_right(low: str) -> bool:
    """_FIGURE_RIGHT, with its keys tested inline (cheaper than a call when none occurs)."""
    return (
        "every" in low
        or "each" in low
        or "once" in low
        or "right" in low
        or "twice" in low
        or "correct" in low
        or "contracted" in low
        or "agreed" in low
        or " not " in low
        or "from being" in low
    ) and (_FIGURE_RIGHT.rx.search(low) is not None)


# A figure said to be complete or right in plain words: every item included or captured once,
# the amounts at the right price or applied to the right account ("every transaction is
# captured once, at the right price", "the volumes and the rebate rate applied are right").
_FIGURE_RIGHT = Gated(
    "every|each|once|right|twice|correct|contracted|agreed| not |from being",
    # (the item may be named at length: "every tap accepted by a validator is included";
    # "reaches" the file that is billed says it is included)
    r"\bevery (?:[\w\-']+ ){0,6}?(?:is |are |was |gets? )?(?:included|captured|counted|claimed"
    # (... or put on the paper that bills it: "every encounter ... put into a claim batch")
    r"|(?:put|turned|made|entered) (?:into|in|on) (?:a|an|the|one) (?:[\w\-]+ ){0,1}?(?:claims?|invoices?"
    r"|bills?|statements?)"
    r"|invoiced|billed|posted|recorded|settled|rated|priced|charged|reach(?:es)?|appears? (?:on|in))\b"
    r"|\b(?:captured|claimed|billed|invoiced|counted|paid|posted|recorded|charged) (?:only |exactly"
    r" |just )?once\b"
    # (turned into, or put on, a claim or bill once: "turned into a claim once")
    r"|\b(?:into|in|on) (?:a|an|one|the) (?:[\w\-]+ ){0,2}?(?:claims?|invoices?|bills?|statements?)"
    r" (?:only |exactly |just )?once\b"
    # (the whole holding every item: "the settlement report we post includes every ticket sold")
    r"|\binclud(?:es|e|ing) every\b"
    # (... said by what the document carries of every item: "each statement carries the weight
    # and price of every lot sold")
    r"|\b(?:carr(?:y|ies)|lists?|shows?|covers?) the (?:[\w\-,']+ ){1,8}?(?:of|for) every\b"
    # (an item that must stay off the bill kept off it: "cancelled rides are not billed", "stop
    # a cancelled visit from being claimed")
    r"|\b(?:are|is|were|was|get|gets) not (?:billed|invoiced|charged|claimed|paid)\b"
    # ("... stop a visit being invoiced twice": the same without "from")
    r"|\b(?:stop|stops|prevent|prevents|keep|keeps)\b[^.?]{0,40}?\b(?:from )?being (?:billed|invoiced"
    r"|charged|claimed|paid)\b"
    # (the other way round: "none is billed twice", "no call is charged twice")
    r"|\b(?:none|nothing|no [\w\-]+) (?:is |are |gets? )?(?:captured|claimed|billed|invoiced"
    r"|counted|paid|posted|recorded|charged) twice\b"
    # (each item worked from the figures of its source paper: "each settlement uses the net
    # weight and contract price on the scale ticket")
    r"|\b(?:each|every) (?:[\w\-']+ ){1,3}?(?:uses|applies|takes|carries) the (?:[\w\-,']+ ){0,8}?"
    r"(?:on|from|in) the (?:[\w\-']+ ){0,2}?(?:tickets?|contracts?|invoices?|orders?|records?"
    r"|statements?|agreements?|schedules?|receipts?)\b"
    r"|\b(?:is|are) (?:all )?right\b|\b(?:at|to|with|for) the (?:right|correct|contracted|agreed)"
    r" (?:[\w\-']+ ){0,3}?(?:price|rate|tariff|fee|amount|premium|commission|farm|account|member|customer|supplier"
    r"|percentage|split|share"
    r"|payee|period|cost|costs|value|balance|cost cent\w*)\b",
)
_RECHECKED = Gated(
    ("recomput", "recalculat", "compare", "agree", "ties ", "tied ", "matched ", "against"),
    r"\brecomput\w*|\brecalculat\w*|\bcompared? (?:with|to|against)\b"
    r"|\b(?:check|checks|checked|compare|compares|verify|verifies) (?:[\w\-']+ ){1,4}?against\b"
    r"|\bmatched (?:with|to|against)\b"
    # (a figure checked to agree with another: a reconciliation in plain words)
    r"|\b(?:agrees?|agreed|ties|tied) (?:out )?(?:with|to)\b",
)
# Money kept apart for those it belongs to ("investor funds held in a segregated client
# account"): the safeguarding of assets a SOC 1 tests (DOMAIN.md section 3, custody), said of a
# process word the cue table knows (funds, cash, payments).
_SAFEKEEPING = Gated(
    "segregat|safeguard|trust",
    r"\b(?:held|kept|placed|deposited)\b[^?.]{0,30}\b(?:segregated|separate|client|trust|escrow"
    r"|custod\w*) (?:bank )?accounts?\b|\bsegregated (?:client |customer |investor )?(?:bank )?"
    r"accounts?\b|\bsafeguard(?:ed|ing)\b|\bheld in trust\b",
)
# Prices of what is held for the buyer (securities, positions) are a valuation, which the NAV
# rests on, not a price asked of the vendor.
_VALUATION = Gated(
    "pric|valuation",
    r"\bpric(?:e|es|ed|ing)\b[^?.]{0,30}\b(?:securities|assets|positions|holdings|instruments"
    r"|investments|portfolios?|claims?)\b|\bpricing (?:sources?|vendors?|feeds?)\b"
    # (a claim priced is a claim processed: its amount under the plan's terms)
    r"|\bvaluations?\b|\bclaims? (?:are |is |were |was )?priced\b",
)
# Access to the data of the people in a financial process (their personal data, bank or card
# details) is that data's protection, a SOC 2 subject; access to a financial application is an
# IT general control of a SOC 1 (DOMAIN.md section 3), and not matched.
_PEOPLES_DATA = Gated(
    "access",
    r"\baccess(?:es|ed)? to (?:[\w\-']+ ){0,4}?(?:personal (?:data|information)|pii|phi"
    r"|details)\b",
    words="access accesses accessed",
)


# The process objects' token gate without "security", the stem "securities" folds to: the
# word itself is tested in the text, so "security" alone (most texts) opens no search.
_PROCESS_GATE = _PROCESS_OBJECTS.words - {"security"}


def financial_cue(
    signals: Mapping[str, str], low: str, words: Collection[str] | None = None
) -> str:
    """The words that name the financial context, for the rationale (the bank as an
    institution is none)."""
    if "fin_strong" in signals:
        return signals["fin_strong"]
    if signals.get("fin_process") == "bank" and not _BANK_MONEY.search(low):
        signals = find_signals(split_tokens(_BANK.sub(" ", low)))[0]
    if "fin_process" not in signals:
        m = _PROCESS_OBJECTS.search(low, words) or _BOOKED.search(low)
        if m is None and words is not None and not _RAILS.isdisjoint(words):
            return next(w for w in sorted(_RAILS) if w in words)
        m = m or _BILLED_FROM.search(low)
        return m.group().strip() if m else ""
    return signals["fin_process"]


# The buyer's books said to take a figure from the vendor's output: the buyer (or its controller,
# treasurer, finance team) books, accrues, expenses or recognises an amount of money, the figure
# flows into its cost of goods sold, ledger or statements, or it values its inventory or
# positions with it. That is reliance for financial reporting (DOMAIN.md section 3) however the
# process is named, so a question asked beside it is asked as the books see it.
_BOOKED = Gated(
    (
        "book",
        "accru",
        "expense",
        "recogni",
        "into our",
        "to value",
        " from",
        "capitali",
        "in our",
        "on our",
        "deferred",
        "unearned",
        " as a",
        " as an",
        "post",
        " as customer",
        " as client",
        " as member",
        " as guest",
        " as deposit",
        # (a figure agreed to an account of the books: every such match opens on its verb)
        "reconciled ",
        "agreed ",
        "tied ",
        "matched ",
        "balanced ",
        "trued up",
        "to revenue",
        "to income",
        "to sales",
        "for our",
    ),
    # (a balance the buyer carries as a line of its books, kept or agreed by the service: "the
    # gift card balance we carry as a liability", "the retainers we hold as a liability")
    r"\b(?:we|our (?:company|firm|business|books)) (?:carry|carries|hold|holds|record|records"
    r"|book|books|show|shows|report|reports|treat|treats|account for)(?: (?:it|them|this|that))?"
    r" as (?:an? |our )?(?:liabilit(?:y|ies)|assets?|receivables?|payables?|(?:deferred|unearned)"
    r" (?:revenues?|income)|prepayments?|accruals?)\b"
    # (... or money held for customers until it is earned, carried as their deposits, then moved
    # to revenue: "carried as customer deposits until the job is finished", "only then moved to
    # revenue"; and the unearned balance agreed to what it is for: "the unearned deposit balance
    # agreed to future bookings"; lines of the books)
    r"|\b(?:held|carried|recorded|booked|shown|treated|kept|reported|stays?|remains?) as (?:an? )?"
    r"(?:customer |client |member |guest |advance )?deposits?\b"
    r"|\b(?:moved|transferred|released|taken|recogni[sz]ed) (?:in)?to (?:revenue|income|sales)\b"
    r"|\b(?:deferred|unearned) (?:[\w\-]+ ){0,2}?balances?\b[^?.]{0,60}?\b(?:agreed|reconciled"
    r"|tied|matched|balanced|compared)\b"
    # (... or a figure agreed to an account of the books named by its kind: "the voucher balance
    # reconciled to the liability account", "store credits tied out to the deferred revenue
    # account"; a line of the books, not a user account)
    r"|\b(?:reconciled|agreed|tied(?: out)?|matched|balanced|trued up) (?:to|with|against)"
    r" (?:the |our |its |each |a |their )?(?:[\w\-]+ )?(?:liabilit(?:y|ies)|(?:deferred|unearned)"
    r" (?:revenue|income)|receivables?|payables?|suspense|clearing|accruals?|escrow|general"
    r" ledger|gl|cash|revenue|sales|customer deposits?) (?:control )?accounts?\b"
    # (... or a figure reported or sent to the buyer for an account of its books named by its
    # kind: "the balance of passes not yet used reported to us for our liability account",
    # "sent each month for our customer deposits ledger")
    r"|\b(?:reported|sent|provided|given|supplied|e-?mailed|delivered)\b[^?.]{0,40}?\bfor our"
    r" (?:[\w\-]+ )?(?:liabilit(?:y|ies)|(?:deferred|unearned) (?:revenue|income)|receivables?"
    r"|payables?|suspense|clearing|accruals?|escrow|general ledger|gl|customer deposits?"
    r"|deposits?) (?:control )?(?:accounts?|ledgers?|entr(?:y|ies)|balances?)\b"
    # (... or said in the passive, the balance named first: "unused card value is held as a
    # liability", "deposits are carried as a liability until the session"; a line of the books)
    r"|\b(?:held|carried|recorded|booked|shown|treated|kept|reported|stays?|remains?) as (?:an?"
    r" |our )?(?:liabilit(?:y|ies)|(?:deferred|unearned) (?:revenues?|income)"
    r"|prepayments?|accruals?)\b"
    # (an amount the buyer accrues, books as an expense or recognises, named by a pronoun: "so
    # we can accrue them", "so that we can recognise it"; not "book", which is also a booking)
    r"|\bwe (?:can |may |could |will |should |must |are able to |need to )?(?:accrue|expense"
    r"|recogni[sz]e|capitali[sz]e) (?:it|them|these|those|this|that)\b"
    # (the day's takings posting to the books: "before the day's revenue posts", "before the
    # takings are posted")
    r"|\b(?:revenues?|sales|takings|receipts|income|collections) (?:posts|post|is posted"
    r"|are posted|gets? posted)\b"
    r"|\b(?:we|our (?:controller|treasurer|cfo|bookkeepers?|accountants?|(?:[\w\-]+ )?(?:team"
    r"|department|office|staff)))(?: then)? (?:book|books|booked|capitali[sz]es?|capitali[sz]ed"
    r"|accrue|accrues|accrued|expense|expenses|expensed|recogni[sz]e|recogni[sz]es|recogni[sz]ed)"
    r" (?:the |our |its |an? )?(?:[\w\-']+ ){0,3}?(?:revenues?|income|expenses?|costs?|dut(?:y|ies)"
    r"|fees|sales|interest|liabilit(?:y|ies)|inventory|receivables?|payables?|accruals?|royalt\w+"
    r"|commissions?|rebates?|credits?|charges?|surcharges?|overages?|usage)\b"
    # (the amount named before the act: "the commission income we recognise each month")
    r"|\b(?:revenues?|income|expenses?|costs?|fees|sales|interest|royalt\w+|commissions?|rebates?"
    r"|accruals?) (?:that |which )?we (?:may |can |could |will |should |must |are able to )?"
    r"(?:book|accrue|expense|recogni[sz]e|record)\b"
    # (the amount recognised as revenue: "how much of each subscription we can recognise as
    # revenue each month")
    r"|\bwe (?:may |can |could |will |should |must )?recogni[sz]e (?:it |them |this |that )?as"
    r" (?:revenue|income)\b"
    # (revenue the books defer, worked out or kept by the service: "calculates the deferred
    # revenue by contract", "unearned income tracked per member")
    r"|\b(?:calculat\w*|comput\w*|works? out|worked out|splits?|tracks?|tracked|holds?|held|keeps?"
    r"|kept|records?|recorded|posts?|posted|reports?|reported|stays?|remains?)\b[^?.]{0,60}?"
    r"\b(?:deferred|unearned)"
    r" (?:revenues?|income)\b"
    r"|\b(?:deferred|unearned) (?:revenues?|income)\b[^?.]{0,40}?\b(?:calculated|computed"
    r"|worked out|split|tracked|held|kept|recorded|posted|released|reported)\b"
    r"|\b(?:flows?|feeds?|goes|go|is posted|are posted|is carried|are carried) (?:straight |directly )?"
    r"into our (?:cost of (?:goods sold|sales)|books|ledger|general ledger|accounts|financial"
    r" statements|p&l|income statement|balance sheet)\b"
    # (a figure in the books said to be taken from the vendor's output: "gross written premium
    # in our syndicate accounts is taken from the bordereaux you submit")
    r"|\b(?:in|on) our (?:[\w\-]+ ){0,2}?(?:accounts|books|ledgers?|financial statements|balance"
    r" sheet|p&l|income statement|management accounts)\b[^.?]{0,30}?\b(?:is|are|gets?) (?:taken"
    r"|drawn|derived|sourced|pulled|built) from\b"
    # (the amount capitalised: "the hours billed to us are capitalised as costs of our fleet")
    r"|\bcapitali[sz]ed (?:as|on|in|into|to) (?:[\w\-']+ ){0,4}?(?:costs?|assets?|expenditure"
    r"|balance sheet|books|accounts|ledgers?|capital)\b"
    # (the figure said to be money in the books: "that recovery is income in our accounts")
    r"|\b(?:is|are) (?:an? |part of )?(?:our )?(?:income|revenues?|expenses?|costs?|liabilit(?:y|ies)"
    r"|assets?|receivables?|payables?) (?:in|on) our (?:[\w\-]+ ){0,2}?(?:accounts|books|ledgers?"
    r"|financial statements|balance sheet|p&l|income statement)\b"
    # (a figure of the service reconciled to what the books carry: "inventory quantities
    # reconciled to the stock we carry on our balance sheet", "agreed to the receivables in our
    # ledger")
    r"|\b(?:reconcil\w*|agreed|matched|tied(?: out)?|trued up) (?:to|with|against) (?:the |what )?"
    r"(?:[\w\-']+ ){0,4}?(?:(?:that |which )?(?:we|our \w+) (?:carry|carries|hold|holds|record"
    r"|records|show|shows|report|reports|keep|keeps|book|books) (?:[\w\-]+ ){0,2}?)?(?:in|on) our"
    r" (?:[\w\-]+ ){0,2}?(?:books|ledgers?|balance sheet|accounts|financial statements|p&l"
    r"|management accounts)\b"
    r"|\bwe use (?:it |them |this |that )?to value\b|\bto value (?:our |the )?(?:inventory|stock"
    r"|positions|holdings|investments|portfolios?)\b",
)


# Payment rails: a file or batch on them is money moved.
_RAILS = frozenset(("ach", "nacha", "bacs", "fedwire", "sepa"))
_BILLED_FROM = Gated(
    ("billed", "charged", "invoiced"),
    r"\b(?:are|is|were|was|get|gets|being) billed (?:to|on) (?:[\w\-']+ ){1,4}?(?:from|off|out of"
    r"|using) (?:the |your |its |our )?"
    # ("charged to clients' accounts from the timesheets", "invoiced from your attendance
    # records": the service's records named, as "charged" and "invoiced" say a price too)
    r"|\b(?:are|is|were|was|get|gets|being) (?:billed|charged|invoiced) (?:(?:to|on) (?:[\w\-']+ )"
    r"{1,4}?)?(?:(?:by|per) (?:the |each )?[\w\-]+ )?(?:from|off|out of|using) (?:the |your |its"
    r" |our )?(?:[\w\-']+ ){0,3}?(?:meters?|records?|data"
    r"|reports?|logs?|files?|tickets?|sheets?|notes|timesheets?|readings?|entries|statements?"
    # (the service's stock list or register: "invoiced to owners from the kennel register")
    r"|inventor(?:y|ies)|registers?|ledgers?|rolls?|counts?)\b"
    # (the billed quantities said to be taken from the service's records: "billed acres taken
    # from the aircraft's GPS spray log", "invoiced hours pulled straight from the time clock")
    r"|\b(?:billed|charged|invoiced) (?:[\w\-]+ ){1,2}?(?:are |is )?(?:taken|drawn|pulled|read"
    r"|derived|sourced|calculated|computed|generated) (?:straight |directly |automatically )?"
    r"(?:from|off|out of) (?:the |your |its |our |each )?(?:[\w\-']+ ){0,3}?(?:meters?|records?"
    r"|data|logs?|files?|tickets?|readings?|entries|scans?|timesheets?|time ?clocks?|clocks?"
    r"|trackers?|sensors?)\b"
    # (... or from the items marked or recorded in the service's system: "billed draws taken
    # from the requisitions marked collected in your dispatch system")
    r"|\b(?:billed|charged|invoiced) (?:[\w\-]+ ){1,2}?(?:are |is )?(?:taken|drawn|pulled|read"
    r"|derived|sourced|calculated|computed|generated) (?:straight |directly |automatically )?"
    r"(?:from|off|out of) (?:the |your |its |our |each )?(?:[\w\-']+ ){1,5}?(?:in|on|from|by)"
    r" (?:the |your |its )(?:[\w\-]+ ){0,2}?(?:systems?|apps?|applications?|software|platforms?"
    r"|portals?|databases?|tools?)\b"
    # (billed to the buyer from items the service records, asked with the subject before the
    # verb: "are handling charges billed to us from the picks recorded in the WMS", "fees
    # invoiced to us from the studies read in your worklist")
    r"|\b(?:billed|charged|invoiced) (?:to (?:us|you|(?:the |our |their )?[\w\-]+) )?(?:from|off|out of"
    r"|based on) (?:the |your |its |our )?(?:[\w\-']+ ){0,5}?(?:recorded|logged|captured|scanned"
    r"|read|entered|kept|held|tracked|counted|completed|made|done) (?:in (?:the |your |its )|on (?:the "
    r"|your |its )|through (?:the |your |its )|by (?:the |your |its )?[\w\-]+)"
    # (... or from the items in the service's system, named by no verb: "billed from the units
    # in storage in your inventory system", "charged from the bookings on your platform")
    r"|\b(?:billed|charged|invoiced) (?:to (?:us|you|(?:the |our |their )?[\w\-]+) )?(?:from|off"
    r"|out of|based on) (?:the |your |its |our )?(?:[\w\-']+ ){1,5}?(?:in|on|from) (?:the |your "
    r"|its )(?:[\w\-]+ ){0,2}?(?:systems?|apps?|applications?|software|platforms?|portals?"
    r"|databases?)\b"
    # (billed from the items people record, said by a clause: "billed to the district from the
    # sessions tutors record", "invoiced to our owners produced from the visits our mechanics
    # log", "charged from the timesheets your staff enter")
    r"|\b(?:billed|charged|invoiced) (?:to (?:us|you|(?:the |our |their )?(?:[\w\-]+ )?[\w\-]+) )?"
    r"(?:(?:produced|generated|calculated|computed|raised|created|built|worked out|derived) )?"
    r"(?:from|off|out of|based on) (?:the |your |its |our )?[\w\-']+ (?:that |which )?(?:our |your "
    r"|its |their |the )?(?:[\w\-']+ )?[\w\-']+ (?:records?|logs?|enters?|captures?|scans?|completes?"
    r"|submits?|clocks?|keys?)\b",
)
_BILLED_WORDS = frozenset(("billed", "charged", "invoiced"))


# (every match of _BOOKED holds one of these tokens: a set test before the search)
_BOOKED_WORDS = gate_words(
    "book books booked accrue accrues accrued expense expenses expensed recognise recognises "
    "recognised recognize recognizes recognized flow flows feed feeds goes go posted carried value "
    "record taken drawn derived sourced pulled built capitalise capitalises capitalised capitalize "
    "capitalizes capitalized income revenue revenues deferred unearned carry carries hold holds "
    "show shows report reports treat treats account held kept stay stays remain remains "
    "recognise capitalize capitalise post posts recorded shown treated reported moved transferred "
    "released taken"
)
# ... and the words of a figure set beside what the books carry ("reconciled to the stock we carry
# on our balance sheet"), searched only where the buyer's books are named ("in our", "on our")
_RECONCILED_WORDS = gate_words("reconcile reconciles reconciled reconciling agreed matched tied")


_FIN_EXTRA = _BOOKED_WORDS | _RAILS | _BILLED_WORDS | _TABLES
# A figure of the service tied to a statement of the buyer's books by name ("the inventory
# valuation ties to our balance sheet", "agree with our trial balance"): the books rely on it.
_TIED_WORDS = gate_words(
    "tie ties tied agree agrees agreed reconcile reconciles reconciled match matches matched"
)
_TIED_TO_BOOKS = re.compile(
    r"\b(?:ties?|tied|agrees?|agreed|reconcil\w*|match(?:es|ed)?)(?: out| up)? (?:to|with) our"
    r" (?:[\w\-]+ ){0,2}?(?:balance sheets?|general ledger|gl|ledgers?|books|financial statements"
    r"|p&l|income statements?|trial balances?|year-end accounts"
    # (the register of the buyer's fixed assets is a ledger of its balance sheet: "agreed to our
    # fixed-asset register", not an inventory of IT assets)
    r"|fixed[\s\-]assets? (?:registers?|ledgers?|records|lists?|sub[\s\-]?ledgers?))\b"
)


# The buyer's auditors of its finances ("our finance auditors", "our external financial
# auditors"): who a report asked for will serve says the buyer's financial reporting relies on
# it (SOC 1), as "user auditors" does ("auditor" is the token of both numbers).
# The buyer's goods in the vendor's custody, held for it or on its account, counted or agreed
# to the buyer's own records ("Is the timber stored for us counted and agreed to our stock
# records each month end?", "Are the bottles kept on our behalf reconciled with our inventory
# list?"): the safeguarding of the buyer's assets, which its books carry (DOMAIN.md section 3,
# custody), however the records are named; things of the estate (devices, media, data) are
# an asset inventory and not matched.
_CUSTODY_WORDS = gate_words("held stored kept warehoused stocked")
_HELD_FOR_US_AGREED = re.compile(
    r"^(?![^?]*\b(?:laptops?|devices?|servers?|media|drives?|disks?|hardware|tapes?|computers?"
    r"|phones?|tablets?|workstations?|endpoints?|keys?|data|backups?|software|licen[cs]es?"
    r"|records? of (?:access|users?)|accounts? of)\b)[^?]*?(?:\b(?:held|stored|kept|warehoused"
    r"|stocked)\b[^?.]{0,40}?\b(?:for us|on our (?:account|behalf)|for our account|in our name)\b"
    # (... or the goods named as the buyer's, then held at the vendor's: "the district-owned
    # instruments held at your workshop", "our pallets stored in your warehouse")
    r"|\b(?:our|\w+-owned|owned by (?:us|the [\w\-]+))(?: [\w\-]+){1,3}? (?:are |is )?(?:held"
    r"|stored|kept|warehoused|stocked) (?:at|in|by) (?:your|the vendor's|the supplier's)\b)"
    r"[^?]*?\b(?:counted|reconciled|agreed|matched|tied|checked|compared)\b[^?.]{0,40}?\b(?:to"
    r"|with|against) our (?:[\w\-]+ ){0,2}?(?:records?|ledgers?|books|registers?|lists?"
    r"|sheets?|counts?)\b"
)


# A count or record of the service's agreed, reconciled or matched to a record of the buyer's
# own books or tills named by its kind ("your count of our pallets reconciled to our inventory
# records", "the prepaid balance agreed to our prepayments account", "tickets reconciled to our
# till takings", "weights reconciled to the credits on our statement"): the buyer's goods or
# money in the service's hands accounted for against what its books carry (DOMAIN.md section
# 3), however the service's side is named. The buyer's bare "records", lists of users or
# approvals, HR files and things of the estate (devices, media, data) are not matched.
_OWN_BOOKS_WORDS = gate_words(
    "inventory stock takings sales receipts statement statements invoice invoices bill bills "
    "credits prepayments prepayment accruals deposits liability receivables payables suspense "
    "deferred unearned liabilities"
)
_AGREED_GATE = gate_words(
    "agreed reconciled matched tied balanced compared agree reconcile match tie balance"
)
# (... and the buyer agreeing a figure the service reports to a line of its books itself, the
# figure named by a pronoun: "so we can agree it to our deferred income", "so that we can
# reconcile them to our voucher liability", "so our accountants can tie them back to our
# unearned income"; deferred or unearned revenue and a liability are lines of the books)
_AGREED_TO_OUR_FIGURES = re.compile(
    r"^(?![^?]*\b(?:laptops?|devices?|servers?|media|drives?|disks?|hardware|tapes?|computers?"
    r"|phones?|tablets?|workstations?|endpoints?|data|backups?|software|licen[cs]es?|users?"
    r"|access|accounts? of|user accounts?)\b)[^?]*?\b(?:(?:agreed|reconciled|matched|tied(?: out"
    r"| back)?|balanced|compared)|(?:agree|reconcile|match|tie|balance) (?:it|them|these|those"
    r"|this|that|each one|each|the figures?|the totals?))"
    r" (?:back |up |out )?(?:to|with|against) (?:the (?:[\w\-]+ ){1,2}?(?:on|in)"
    r" )?our (?:[\w\-]+ ){0,2}?(?:(?:inventory|stock) (?:records?|ledgers?|sheets?|lists?|counts?"
    r"|registers?|books?|reports?)|takings|sales (?:figures|totals|records|ledgers?|reports?)"
    r"|receipts|statements?|invoices?|bills?|credits?|(?:deferred|unearned) (?:income|revenues?)"
    r"|(?:[\w\-]+ )?liabilit(?:y|ies)(?! insurance)"
    r"|(?:prepayments?|accruals?|deposits?"
    r"|(?:deposit )?liability|receivables?|payables?|suspense|clearing|inventory|stock)"
    r" (?:accounts?|ledgers?|balances?))\b"
)


_OUR_FINANCE_AUDITORS = re.compile(
    r"\bour (?:(?:external|group|statutory|year[\s\-]end) )?(?:finance|financial|financial"
    r" statements?) auditors?\b"
)


def books_named(low: str, words: Collection[str]) -> bool:
    """Whether a folded text says the buyer's books take the figure (_BOOKED): "so we can
    accrue them", "held as a liability"; a product's work on a figure asked so is no feature.
    `words`: the text's token set (it gates the search)."""
    return not _BOOKED_WORDS.isdisjoint(words) and _BOOKED.search(low) is not None


def financial_signals(
    signals: Mapping[str, str], low: str, words: Collection[str] | None = None
) -> tuple[bool, bool, bool]:
    """(financial-reporting context, strong, a security control too) per DOMAIN.md section 3.
    `words`: the text's token set, best a set (it gates the searches below)."""
    # (one set test for the three checks below: most texts hold none of their words)
    seen: Collection[str] = () if words is None else words
    extra = words is not None and not _FIN_EXTRA.isdisjoint(seen)
    if (
        "fin_strong" in signals
        or (extra and not _BOOKED_WORDS.isdisjoint(seen) and _BOOKED.search(low) is not None)
        or ("auditor" in seen and "our" in seen and _OUR_FINANCE_AUDITORS.search(low) is not None)
        or (
            "our" in seen
            and not _RECONCILED_WORDS.isdisjoint(seen)
            and ("on our" in low or "in our" in low)
            and _BOOKED.search(low) is not None
        )
        or (
            "our" in seen
            and not _TIED_WORDS.isdisjoint(seen)
            and ("to our" in low or "with our" in low)
            and _TIED_TO_BOOKS.search(low) is not None
        )
        or (
            "our" in seen
            and not _CUSTODY_WORDS.isdisjoint(seen)
            and ("to our" in low or "with our" in low or "against our" in low)
            and _HELD_FOR_US_AGREED.search(low) is not None
        )
        or (
            "our" in seen
            and not _OWN_BOOKS_WORDS.isdisjoint(seen)
            and not _AGREED_GATE.isdisjoint(seen)
            and ("to our" in low or "with our" in low or "against our" in low or " on our " in low)
            and _AGREED_TO_OUR_FIGURES.search(low) is not None
        )
    ):
        found = True, True, _soc2_counter(low)
    else:
        if (
            extra
            and signals.get("fin_process", "bank") == "bank"
            # money moved on a payment rail ("the ACH file", "a BACS run"), or items billed to a
            # payer from the service's records ("treatments are billed to Medicare from the
            # visit notes"): a financial process whatever the items are called
            and (
                not _RAILS.isdisjoint(seen)
                or (not _BILLED_WORDS.isdisjoint(seen) and _BILLED_FROM.search(low) is not None)
            )
        ):
            signals = {**signals, "fin_process": "payments"}
        if (
            extra
            and not _TABLES.isdisjoint(seen)
            and not _AMENDED.isdisjoint(seen)
            and _RATE_TABLE.rx.search(low)
        ):
            # a fee or rate table changed only with approval: its master data (see _RATE_TABLE)
            signals = {**signals, "fin_process": "fee table", "fin_control": "approved"}
        if (
            words is not None
            and "before" in words
            and not _MONEY_ITEM_WORDS.isdisjoint(words)
            and _MONEY_CHECKED_BEFORE.search(low)
        ):
            # money named by its noun checked before it is paid, sent or booked (see
            # _MONEY_CHECKED_BEFORE); the bank there is where it goes, not the process
            process = signals.get("fin_process", "bank")
            signals = {
                **signals,
                "fin_process": "payments" if process == "bank" else process,
                "fin_control": "checked before paid",
            }
        if (
            words is not None
            and "remitted" in words
            and "before" in words
            and _CHECKED_BEFORE_REMITTED.search(low)
        ):
            # money checked before it is remitted (see _CHECKED_BEFORE_REMITTED)
            signals = {
                **signals,
                "fin_process": signals.get("fin_process", "remittance"),
                "fin_control": "checked before paid",
            }
        if (
            words is not None
            and "before" in words
            and not _BILLED_LATER.isdisjoint(words)
            and _CHECKED_BEFORE_BILLED.search(low)
        ):
            # a figure checked before the buyer is billed or credited (see
            # _CHECKED_BEFORE_BILLED)
            signals = {
                **signals,
                "fin_process": signals.get("fin_process", "billing"),
                "fin_control": "checked before paid",
            }
        if (
            words is not None
            and not _BILLED_OR_COLLECTED.isdisjoint(words)
            and not _AGAINST_GATE.isdisjoint(words)
        ):
            if not _BILLED_LATER.isdisjoint(words) and _BILLED_CHECKED_AGAINST.search(low):
                # what the buyer is billed checked against another record (see
                # _BILLED_CHECKED_AGAINST)
                signals = {
                    **signals,
                    "fin_process": signals.get("fin_process", "billing"),
                    "fin_control": "billing checked",
                }
            if not _COLLECT_WORDS.isdisjoint(words) and _COLLECTED_FOR_US_CHECKED.search(low):
                # the buyer's money the service collects, accounted for (see
                # _COLLECTED_FOR_US_CHECKED)
                signals = {
                    **signals,
                    "fin_process": signals.get("fin_process", "collections"),
                    "fin_control": "billing checked",
                }
        if (
            words is not None
            and "our" in words
            and "to our" in low
            and not _PAID_IN_WORDS.isdisjoint(words)
            and not _AGAINST_GATE.isdisjoint(words)
            and _PAID_INTO_OURS.search(low)
            and _OUR_MONEY_AGREED.search(low)
        ):
            # the buyer's money paid into its own account, reconciled (see _PAID_INTO_OURS);
            # the bank there is where it goes, not the process
            process = signals.get("fin_process", "bank")
            signals = {
                **signals,
                "fin_process": "collections" if process == "bank" else process,
                "fin_control": "billing checked",
            }
        if words is not None and _price_approved(low, words):
            # a price or rate applied to the buyer's billing changed only with approval
            signals = {**signals, "fin_process": "price change", "fin_control": "approved"}
        if (
            "fin_process" not in signals
            and words is not None
            and _PROCESS_GATE.isdisjoint(words)
            and "securities" not in low
        ):
            return _NOT_FINANCIAL  # most texts: no process word of either kind
        found = _process_signals(signals, low, words)
    if found[0] and _PEOPLES_DATA.search(low, words) and not _ACCURACY.search(low):
        return _NOT_FINANCIAL
    if found[0] and "background" in seen and _BACKGROUND_CHECKED.search(low):
        # people's backgrounds checked, whatever money they handle or reach ("a background
        # check completed for every employee with access to customer payment data"): the
        # screening of personnel (CC1.4), not a control over the buyer's books
        return _NOT_FINANCIAL
    return found


_BACKGROUND_CHECKED = re.compile(
    r"\bbackground[\s\-](?:checks?|checked|checking|screening|screened|screens?|investigations?"
    r"|vetting|vetted)\b"
)


_NOT_FINANCIAL = (False, False, False)


def _process_signals(
    signals: Mapping[str, str], low: str, words: Collection[str] | None = None
) -> tuple[bool, bool, bool]:
    if signals.get("fin_process") == "bank" and not _BANK_MONEY.search(low):
        # the bank as an institution: whatever other process word the text holds decides
        signals = find_signals(split_tokens(_BANK.sub(" ", low)))[0]
    if "fin_process" in signals and "fin_control" not in signals and _SAFEKEEPING.search(low):
        signals = {**signals, "fin_control": "safeguarded"}
    if "fin_process" not in signals and _PROCESS_OBJECTS.search(low):
        signals = {**signals, "fin_process": "claims"}
        if "fin_control" not in signals and (_CHECKS.search(low) or _figure_right(low)):
            signals["fin_control"] = "checked"
    elif (
        "fin_process" in signals
        and "fin_control" not in signals
        and ("instruction" in low or _MONEY_MOVED_RX.search(low))
        and _PROCESS_OBJECTS.search(low)
        and _CHECKS.search(low)
    ):
        # money the process moves, named as such ("payment instructions verified by a call
        # back before they are executed", "the direct-deposit file you send to the bank"),
        # checked before it is acted on
        signals = {**signals, "fin_control": "checked"}
    elif (
        "fin_process" in signals
        and "fin_control" not in signals
        and _PROCESS_OBJECTS.search(low, words)
        and _CHECKS.search(low)
    ):
        # a process object of the books (claims, payouts, refunds) beside the cue table's process
        # word, checked ("claims submitted to insurers ..., with each rejection worked")
        signals = {**signals, "fin_control": "checked"}
    elif (
        "fin_process" in signals
        and "fin_control" not in signals
        and "approver" in low  # (a substring test first: few texts name one)
        and _APPROVER.search(low)
    ):
        # approval named by its giver ("a second approver before bank details change"): the
        # approval the control words name in other forms
        signals = {**signals, "fin_control": "approver"}
    elif "fin_process" in signals and "fin_control" not in signals and _RECHECKED.search(low):
        # a figure of the process worked out again or set beside another ("interest on loan
        # balances recomputed independently and compared with the system's figures")
        signals = {**signals, "fin_control": "recomputed"}
    elif "fin_process" in signals and "fin_control" not in signals and _figure_right(low):
        signals = {**signals, "fin_control": "checked"}
    elif (
        "fin_process" in signals
        and "fin_control" not in signals
        and (words is None or not _BILLED_WORDS.isdisjoint(words))
        and _BILLED_FROM.search(low)
    ):
        # charges billed from what the service records ("invoiced to our owners produced from
        # the visits our mechanics record"): the amounts are the records' (completeness and
        # accuracy of billing), the control a SOC 1 tests
        signals = {**signals, "fin_control": "billed from records"}
    elif (
        "fin_process" in signals
        and "fin_control" not in signals
        and "before" in low
        and _CHECKED_BEFORE.search(low)
    ):
        # a figure checked before the paper that carries it goes out ("checked before the
        # invoice is sent", "verified before the claim is submitted")
        signals = {**signals, "fin_control": "checked"}
    # Process words (payroll, billing) need a control word, and commercial terms are not ICFR.
    process = "fin_process" in signals and "fin_control" in signals
    if process and ("example" in low or "e.g." in low or "consider" in low):
        rest = _EXAMPLE_SENTENCE.sub(" ", low)
        if rest != low:
            told = find_signals(split_tokens(rest))[0]
            process = "fin_process" in told and "fin_control" in told
    # Fees or prices asked about are terms with the buyer; fees calculated or posted to accounts
    # are money processed, which the checking words say.
    if not process or (
        COMMERCIAL.search(low)
        and not _ACCURACY.search(low)
        and not _VALUATION.search(low)
        # "checked against the lender's payoff quote": the quote is what the figure is
        # checked against, not a price asked about
        and not _CHECKED_AGAINST.search(low)
        # "at the right price": a figure checked, not a price asked
        and not _figure_right(low)
        # "checked before the payment run": a figure checked before money goes out, not a
        # price asked
        and not ("before" in low and _CHECKED_BEFORE.search(low))
        and signals.get("fin_control") not in ("checked before paid", "billing checked")
        # a fee table's changes approved: its master data, not a price asked
        and signals.get("fin_process") not in ("fee table", "price change")
        # the vendor's fee taken out of money it pays over ("net of your fee", "the fee
        # deducted"): a line of the settlement, not a price asked
        and not (
            ("net " in low or "deduct" in low or "withh" in low)
            and _FEE_DEDUCTED.search(low) is not None
        )
        # fees or shares worked out and paid out with a statement of them ("the tutors' fees
        # ... paid with a monthly statement"): money paid for the buyer, not a price asked
        and not ("statement" in low and _PAID_WITH_STATEMENT.search(low))
        # money divided between parties at their rates ("fees collected and split between the
        # company and each inspector at their percentage"): a figure worked out, not a price
        and not (
            ("split" in low or "divided" in low or "apportioned" in low or "shared out" in low)
            and _SPLIT_AT_RATE_RX.search(low)
        )
        # fees or charges the service collects and hands over to the buyer ("paid over to the
        # Department", "swept to the Authority's account"): the buyer's money, not a price
        and _HANDED_OVER.search(low) is None
        # fees or charges billed from what the service records ("fees invoiced to our
        # landlords produced from the visits your surveyors log"): amounts processed, not a
        # price asked, whichever word of checking the text also holds
        and signals.get("fin_control") != "billed from records"
        and not (
            (words is None or not _BILLED_WORDS.isdisjoint(words))
            and _BILLED_FROM.search(low) is not None
        )
    ):
        return False, False, False
    if signals["fin_process"] in _BARE_PROCESS and not _MONEY.search(low):
        # "transactions" alone names no money: processed completely and accurately, it is the
        # Processing Integrity category's subject (PI1.x), unless the text says money
        return False, False, False
    if _soc2_counter(low) or _RELEASED.search(low):
        # Beside a security counter-signal, or a change to software released after testing
        # (change management: "a change to the invoicing part of the app tested before it goes
        # live"), the financial word is the setting the financial word is the setting, unless the text
        # also asks whether the processing is accurate: then both reports apply, and they are
        # not substitutes ("encrypted, and are payroll runs checked for accuracy").
        both = bool(_ACCURACY.search(low))
        return both, False, both
    return True, False, False


def control_criteria(
    d: Decision,
    criteria: Sequence[str],
    cues: Sequence[str],
    strong: bool,
    fin: tuple[bool, bool, bool],
    sense: str | None,
    fin_cue: str = "",
) -> None:
    """A control question: SOC 1 for the buyer's financial reporting, SOC 2 for the TSC topics."""
    names = ", ".join(criteria[:4])
    on = " on '" + "', '".join(cues[:3]) + "'" if cues else ""
    if fin[0]:
        d.needs |= SOC1_BIT
        cue = fin_cue or "financial process"
        d.reasons.append(
            f"control over the buyer's financial reporting ('{cue}', ICFR/SOX context) → SOC 1"
        )
        d.confidence = 0.85 if fin[1] else 0.72
        if criteria:
            d.confidence -= 0.05
        if fin[2] and criteria:
            d.soc2 = True
            d.reasons.append(f"and a security control{on} → {names} → SOC 2")
    elif criteria and (strong or len(criteria) > 1):
        d.soc2 = True
        cats = in_category_order(categories_of(criteria))
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
