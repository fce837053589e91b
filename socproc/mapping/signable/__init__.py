"""Answers the vendor can sign (spec 6.1): the question's form and subject, and the facts that
state an answer.

Evidence is not an answer. A report whose criteria touch a topic is evidence to attach; the
answer must come from a specific fact in the inventory: an approved answer, a control whose
description states what is asked, a document of that topic, an attribute of a report
(reportfacts.py), or the vendor's own name and contact. The decision reads the question's form
(a field to fill, a yes/no question, a request to describe or to provide something) and its
subject (the vendor, another organisation, an admission such as a breach), never a topic word
alone.

The package is split by subject; `stating.states` is the gate, the modules below it the checks it applies, the modules above it the facts that answer. This module gathers the names the rest of socproc uses."""

from __future__ import annotations

from socproc.mapping.signable.approved_facts import (
    admission_draft,
    answer_fits,
    dated_admission,
    dates_in_window,
    dedicated_staff,
    denying_answer,
    denying_since,
    on_asked_product,
    org_acts,
    products_named,
    same_ask,
    second_item,
    second_item_unsaid,
    stating_answer,
    telling_answer,
    tells_a_date,
    told_apart,
)
from socproc.mapping.signable.caveats import _capitalised_names as capitalised_names
from socproc.mapping.signable.choice_facts import named_choices, sign_in_modes
from socproc.mapping.signable.control_facts import (
    OWN_NAME_RX,
    from_document,
    of_named_product,
    stating_controls,
)
from socproc.mapping.signable.data_location import (
    company_based_in,
    company_where_asked,
    country_named,
    data_crosses_border,
    data_kept_in,
    kept_outside,
    kept_within,
    legal_name_in,
    uptime_short,
)
from socproc.mapping.signable.document_facts import (
    asks_without_nda,
    closer_withheld,
    condition_added,
    documents_stating,
    from_approved,
    kind_named_apart,
    leaves_part_out,
    lesser_document,
    named_apart,
    other_document,
    other_target,
    requested_items,
    same_kind,
)
from socproc.mapping.signable.frequency import counts_of
from socproc.mapping.signable.hosting import (
    part_left_out,
    third_parties_holding_data,
    uses_hosting,
)
from socproc.mapping.signable.narrower import of_some_people
from socproc.mapping.signable.negation import countries_in, in_digits, only_denies
from socproc.mapping.signable.polarity import (
    affirms,
    contradicts,
    denies,
    denying_control,
    is_admission,
    negated,
)
from socproc.mapping.signable.practices import (
    ai_switch,
    ai_training,
    around_the_clock,
    backups_stay,
    card_data_kept_out,
    owns_data_centre,
    seen_from_abroad,
    staff_access,
)
from socproc.mapping.signable.quantities import below_minimum, meets_minimum, numbers_in
from socproc.mapping.signable.question_form import (
    PERSON,
    about_provider,
    field_value,
    form_of,
    not_a_certification,
    only_planned,
    others_report,
    set_aside_named,
)
from socproc.mapping.signable.scope import (
    names_org,
    org_is_subject,
    org_words,
    others_duty,
    qualifier_unsaid,
)
from socproc.mapping.signable.stating import states
from socproc.mapping.signable.subjects import short_terms, specific_terms, subject_terms
from socproc.mapping.signable.timed_controls import (
    excepted_elsewhere,
    how_often_choice,
    less_often,
    less_often_control,
    optional_control,
    overdue_control,
    plan_told,
    short_of_bound_control,
    tested_within,
    timed_only_control,
)
from socproc.mapping.signable.vocab import (
    NONE,
    OTHER_ENTITY_RX,
    STATED_SHARE,
    Cue,
    Form,
    Signed,
    plain_numbers,
)

__all__ = [
    "NONE",
    "OTHER_ENTITY_RX",
    "OWN_NAME_RX",
    "PERSON",
    "STATED_SHARE",
    "Cue",
    "Form",
    "Signed",
    "about_provider",
    "admission_draft",
    "affirms",
    "ai_switch",
    "ai_training",
    "answer_fits",
    "around_the_clock",
    "asks_without_nda",
    "backups_stay",
    "below_minimum",
    "capitalised_names",
    "card_data_kept_out",
    "closer_withheld",
    "company_based_in",
    "company_where_asked",
    "condition_added",
    "contradicts",
    "countries_in",
    "country_named",
    "counts_of",
    "data_crosses_border",
    "data_kept_in",
    "dated_admission",
    "dates_in_window",
    "dedicated_staff",
    "denies",
    "denying_answer",
    "denying_control",
    "denying_since",
    "documents_stating",
    "excepted_elsewhere",
    "field_value",
    "form_of",
    "from_approved",
    "from_document",
    "how_often_choice",
    "in_digits",
    "is_admission",
    "kept_outside",
    "kept_within",
    "kind_named_apart",
    "leaves_part_out",
    "legal_name_in",
    "less_often",
    "less_often_control",
    "lesser_document",
    "meets_minimum",
    "named_apart",
    "named_choices",
    "names_org",
    "negated",
    "not_a_certification",
    "numbers_in",
    "of_named_product",
    "of_some_people",
    "on_asked_product",
    "only_denies",
    "only_planned",
    "optional_control",
    "org_acts",
    "org_is_subject",
    "org_words",
    "other_document",
    "other_target",
    "others_duty",
    "others_report",
    "overdue_control",
    "owns_data_centre",
    "part_left_out",
    "plain_numbers",
    "plan_told",
    "products_named",
    "qualifier_unsaid",
    "requested_items",
    "same_ask",
    "same_kind",
    "second_item",
    "second_item_unsaid",
    "seen_from_abroad",
    "set_aside_named",
    "short_of_bound_control",
    "short_terms",
    "sign_in_modes",
    "specific_terms",
    "staff_access",
    "states",
    "stating_answer",
    "stating_controls",
    "subject_terms",
    "telling_answer",
    "tells_a_date",
    "tested_within",
    "third_parties_holding_data",
    "timed_only_control",
    "told_apart",
    "uptime_short",
    "uses_hosting",
]
