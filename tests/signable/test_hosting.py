"""Answers you can sign (spec 6.1): the rules of mapping/signable/hosting.py, read through
`answer` (end to end) or the function that applies them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from common import AS_OF, BRIDGE, CONTROLS, INVENTORY, SOC2, YES_NO, answer

from socproc.inventory.load import Control, Report, SubserviceOrg


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (("Self-Managed", "AWS", "Azure", "GCP"), "AWS"),
        (("On premises", "Amazon Web Services", "Other"), "Amazon Web Services"),
        (("Self-Managed", "Azure", "GCP"), ""),  # no choice names the provider: the reviewer's
    ],
)
def test_the_hosting_provider_is_the_subservice_org_that_hosts(
    choices: tuple[str, ...], expected: str
) -> None:
    m = answer("Select your hosting option.", choices)
    assert (m.answer, m.filled) == (expected, bool(expected))


def test_a_hosting_provider_is_named_only_when_the_reports_name_one() -> None:
    colo = SubserviceOrg("Meridian Data Centers, LLC", "inclusive", ("colocation hosting",))
    two = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, colo)),)
    )
    assert answer("Who is your data center provider?", inventory=two).filled is False
    none = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=()),))
    assert answer("Who is your data center provider?", inventory=none).filled is False
    # A yes/no question about the provider is about that organisation, not a name to fill.
    assert answer("Does your hosting provider hold a SOC 2 report?", YES_NO).filled is False
    # A requirement that mentions cloud providers does not ask which one hosts the service.
    verify = answer(
        "Verify the application encrypts communications between components, particularly when "
        "these are in different containers, systems, sites, or cloud providers."
    )
    assert verify.answer != "Amazon Web Services"


def test_a_hosting_subservice_org_is_a_third_party_holding_the_data() -> None:
    m = answer("Do any subcontractors or third parties store or process our data?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    assert "Amazon Web Services (hosting)" in m.suggested_response
    # A question about the vendor's own practice towards third parties is not this admission.
    assert answer("Do you assess third parties that process data?", YES_NO).answer != "Yes"
    # No hosting organisation named: no answer either way.
    bare = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=()),))
    assert answer("Do third parties store our data?", YES_NO, inventory=bare).filled is False


def test_using_a_hosting_provider_is_stated_by_the_subservice_organisation_that_hosts() -> None:
    asked = "Do you use Azure, Amazon Web Services, or a similar outsourced data centre?"
    m = answer(asked, YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    assert "Amazon Web Services" in m.suggested_response
    assert answer("Does your platform rely on a cloud service provider?", YES_NO).answer == "Yes"
    for more in (
        "Do you use your cloud provider's built-in key management service?",
        "Do you use AWS Shield Advanced?",
        "Do you use Microsoft Azure?",  # another provider: not a No either
    ):
        assert answer(more, YES_NO).filled is False, more


def test_a_colocation_provider_is_not_a_cloud_provider() -> None:
    colo = replace(
        SOC2,
        subservice_orgs=(
            SubserviceOrg("Meridian Data Centers, LLC", "inclusive", ("colocation hosting",)),
        ),
    )
    inventory = replace(INVENTORY, reports=(colo,))
    assert answer("Do you use a hosting provider?", YES_NO, inventory=inventory).answer == "Yes"
    cloud = answer("Do you use a cloud service provider?", YES_NO, inventory=inventory)
    assert cloud.filled is False


def test_data_hosted_by_a_third_party_is_stated_in_any_question_form() -> None:
    m = answer("Will our data be shared with or hosted by any third parties?", YES_NO)
    assert (m.answer, m.filled) == ("Yes", True)
    assert answer("Will our data be shared with any third parties?", YES_NO).filled is False


def test_a_numbered_dropdown_choice_names_the_hosting_provider() -> None:
    choices = ("1) Self-hosted", "2) Azure", "3) AWS", "4) Other")
    assert answer("Select your hosting option.", choices).answer == "3) AWS"


def test_a_vendors_own_cloud_environment_is_not_the_hosting_provider() -> None:
    m = answer("Do you require MFA for administrators of your cloud environment?", YES_NO)
    assert "another organisation" not in m.suggested_response
    hosting = answer("Is a SOC 2 Type 2 report available for the hosting environment?", YES_NO)
    assert hosting.answer == ""


def test_margie_kinds_fields_firm_and_hosting_provider() -> None:
    assert answer("Date").answer == AS_OF.isoformat()  # a form's own date field
    assert (
        answer("Which firm performed your SOC 2 examination?").answer == "Kestrel & Lowe CPAs LLP"
    )
    gps = SubserviceOrg("Vantix Telematics", "inclusive", ("GPS device data",))
    mixed = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, gps)),)
    )
    asked = "Are the controls of your hosting provider tested in your SOC 2 report?"
    assert answer(asked, YES_NO, mixed).answer == "No"  # AWS hosts and is carved out
    similar = "Do you use Google Cloud, Microsoft Azure, or a similar outsourced data center?"
    assert answer(similar, YES_NO).answer == "Yes"  # AWS is a similar one


HOSTING_CHOICES = ("1) Self owned and managed", "2) Physical Co-location", "3) Virtual Co-location")
HOSTING_CHOICES += ("4) AWS", "5) Azure", "6) GCP", "7) Other")


@pytest.mark.parametrize(
    ("orgs", "expected"),
    [
        ((SubserviceOrg("Amazon Web Services", "carve-out", ("hosting",)),), "4) AWS"),
        (
            (SubserviceOrg("Harbor Colo Ltd", "carve-out", ("colocation hosting",)),),
            "2) Physical Co-location",
        ),
        (
            (
                SubserviceOrg(
                    "Oracle Cloud Infrastructure", "carve-out", ("infrastructure hosting",)
                ),
            ),
            "7) Other",
        ),
        (
            (
                SubserviceOrg("Azure", "carve-out", ("cloud hosting for the EU region",)),
                SubserviceOrg("Linode", "carve-out", ("cloud hosting for the US region",)),
            ),
            "7) Other",
        ),
        ((SubserviceOrg("Courtline", "inclusive", ("court record retrieval",)),), ""),
    ],
)
def test_a_hosting_option_is_the_kind_of_hosting_the_reports_name(
    orgs: tuple[SubserviceOrg, ...], expected: str
) -> None:
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs),))
    assert answer("Select your hosting option.", HOSTING_CHOICES, inventory).answer == expected
    where = ("Institution Secured Facility", "Third-Party Data Center", "Other")
    hosted = answer("Where will the software/service be hosted?", where, inventory).answer
    assert hosted == ("Third-Party Data Center" if expected else "")


def test_a_host_named_by_two_reports_is_said_once() -> None:
    soc2 = replace(
        SOC2, subservice_orgs=(SubserviceOrg("Cologix Canada, Inc.", "carve-out", ("colocation",)),)
    )
    iso = Report(
        id="iso-1",
        kind="ISO 27001",
        expires=date(2028, 1, 31),
        subservice_orgs=(
            SubserviceOrg("Cologix Canada, Inc.", "carve-out", ("colocation", "power")),
        ),
    )
    inventory = replace(INVENTORY, reports=(soc2, iso))
    m = answer("Do any third parties store or process our data?", YES_NO, inventory=inventory)
    assert m.suggested_response.count("Cologix") == 1


def test_one_hosting_provider_worded_two_ways_is_one_provider() -> None:
    wide = SubserviceOrg(
        "Microsoft Azure (North Europe and UK South regions)", "carve-out", ("cloud hosting",)
    )
    narrow = SubserviceOrg("Microsoft Azure (North Europe region)", "carve-out", ("cloud hosting",))
    other = Report(
        id="isae",
        kind="ISAE 3402",
        type="Type II",
        period_end=date(2026, 3, 31),
        subservice_orgs=(narrow,),
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(wide,)), BRIDGE, other))
    choices = ("Self-Managed", "Physical Co-Location", "AWS", "Azure", "GCP", "Hybrid/Other")
    assert answer("Select your hosting option.", choices, inventory).answer == "Azure"


@pytest.mark.parametrize(
    "asked",
    [
        "Do all of your subprocessors hold SOC 2 reports?",
        "Does each of your suppliers have an ISO 27001 certificate?",
        "Do third parties that process our data hold ISO 27001 certification?",
    ],
)
def test_the_subprocessors_certificates_are_not_the_vendors(asked: str) -> None:
    m = answer(asked, YES_NO)
    assert (m.answer, m.filled) == ("", False)


def test_a_provider_named_with_its_regions_is_its_dropdown_short_name() -> None:
    google = SubserviceOrg("Google Cloud (us-east4 and us-central1)", "carve-out", ("hosting",))
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(google,)),))
    choices = ("Self-Managed", "Physical Co-Location", "AWS", "Azure", "GCP", "Hybrid/Other")
    assert answer("Select your hosting option.", choices, inventory).answer == "GCP"
    aws = SubserviceOrg(
        "Amazon Web Services, Inc. (Canada Central region)", "carve-out", ("hosting",)
    )
    inventory = replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=(aws,)),))
    numbered = ("1) Self owned and managed", "4) AWS", "5) Azure", "6) GCP", "7) Other")
    assert answer("Select your hosting option.", numbered, inventory).answer == "4) AWS"


def _with_orgs(*orgs: SubserviceOrg) -> object:
    return replace(INVENTORY, reports=(replace(SOC2, subservice_orgs=orgs),))


def test_a_processors_own_hosted_page_does_not_make_it_the_services_host() -> None:
    aws = SubserviceOrg("Amazon Web Services", "carve-out", ("cloud hosting in eu-west-1",))
    for services in (
        ("hosted checkout pages and card acquiring",),
        ("card payment hosted fields in the web shop",),
        ("payment acceptance on a hosted payment page",),
    ):
        payments = SubserviceOrg("Lanyard Pay Ltd", "carve-out", services)
        inventory = _with_orgs(aws, payments)
        m = answer(
            "Select your hosting option.", ("Self-Managed", "AWS", "Hybrid/Other"), inventory
        )
        assert m.answer == "AWS", services
    # An organisation the service is hosted by still is its host.
    hosted_by = SubserviceOrg("Tarn Compute AB", "carve-out", ("the platform is hosted by it",))
    m = answer("Who is your data center provider?", inventory=_with_orgs(hosted_by))
    assert m.answer == "Tarn Compute AB"


def test_a_provider_of_virtual_servers_or_data_halls_hosts_the_service() -> None:
    for services in (("virtual servers", "object storage"), ("racks in two Oslo data halls",)):
        org = SubserviceOrg("Fjellsky AS", "carve-out", services)
        m = answer("Who is your data center provider?", inventory=_with_orgs(org))
        assert m.answer == "Fjellsky AS", services
    # Administering the vendor's databases is not hosting them.
    admin = SubserviceOrg("Kelp DBA Ltd", "inclusive", ("patching of the managed PostgreSQL",))
    aws = SubserviceOrg("Amazon Web Services", "carve-out", ("cloud hosting",))
    m = answer(
        "Select your hosting option.", ("AWS", "Azure", "Hybrid/Other"), _with_orgs(aws, admin)
    )
    assert m.answer == "AWS"


def test_where_data_is_stored_names_the_listed_provider_over_its_kind() -> None:
    choices = ("AWS", "Azure", "Institution Secured Facility", "Third-Party Data Center", "Other")
    asked = "Where will the institution's data be stored?"
    assert answer(asked, choices).answer == "AWS"  # SOC2's only host is Amazon Web Services
    # Another organisation of the reports keeps data too: the provider alone would hide it.
    aws = SubserviceOrg("Amazon Web Services", "carve-out", ("cloud hosting",))
    carrier = SubserviceOrg("Ringway Voice", "carve-out", ("stores call recordings",))
    assert answer(asked, choices, _with_orgs(aws, carrier)).answer == "Third-Party Data Center"


def test_the_reports_host_is_not_the_host_of_a_part_their_scope_leaves_out() -> None:
    soc2 = replace(
        SOC2, scope="Harbour Desk and Harbour Pay in AWS eu-west-1; Harbour Rewards is not in scope"
    )
    inventory = replace(INVENTORY, reports=(soc2, BRIDGE))
    assert answer("Which cloud provider hosts Harbour Rewards?", (), inventory).answer == ""
    choices = ("AWS", "Azure", "GCP", "Other")
    assert answer("Which cloud provider hosts Harbour Rewards?", choices, inventory).answer == ""
    # Nor does a control that names the provider beside the part answer the dropdown.
    servers = Control("PHY-2", "Our servers are in AWS and, for Harbour Rewards, Google Cloud.")
    named = replace(inventory, controls=(servers,))
    assert answer("Which cloud provider hosts Harbour Rewards?", choices, named).answer == ""
    assert answer("Which cloud provider hosts Harbour Desk?", (), inventory).answer == (
        "Amazon Web Services"
    )


@pytest.mark.parametrize(
    "asked",
    ["Hosting provider for the dispatch portal", "Which cloud provider hosts the dispatch portal?"],
)
def test_a_part_said_to_run_somewhere_of_its_own_is_not_hosted_by_the_reports_host(
    asked: str,
) -> None:
    own = Control(
        "HOST-02", "The dispatch portal runs in our own racks at a colocation site in Leeds.", ()
    )
    inventory = replace(INVENTORY, controls=(*CONTROLS, own))
    assert answer(asked, (), inventory).answer == ""
    assert answer("Hosting provider", (), inventory).answer == "Amazon Web Services"


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Claim data of our Brazilian clinics is stored in Azure Brazil South, run for us by a "
        "local partner.",
        "The legacy billing database still runs on our own servers in the Leeds office.",
    ],
)
def test_a_second_place_of_hosting_in_the_controls_leaves_the_provider_unchosen(
    elsewhere: str,
) -> None:
    # The reports name AWS alone; a control keeps part of the service somewhere else.
    inventory = replace(INVENTORY, controls=(*INVENTORY.controls, Control("HOST-90", elsewhere)))
    assert answer("Select your hosting option.", HOSTING_CHOICES, inventory).answer == ""
    assert answer("Who is your data center provider?", (), inventory).answer == ""


def test_the_reports_host_named_again_in_a_control_still_chooses_it() -> None:
    said = "Application logs and database backups are kept in AWS CloudWatch and Amazon S3."
    inventory = replace(INVENTORY, controls=(*INVENTORY.controls, Control("HOST-91", said)))
    assert answer("Select your hosting option.", HOSTING_CHOICES, inventory).answer == "4) AWS"


def test_a_host_whose_service_ended_before_today_is_no_host_now() -> None:
    # Blind tune set inv_yellowhammer's kind: a colocation provider "until 2036-05-15" beside
    # Azure made the hosting option "Hybrid/Other" a year after the move.
    colo = SubserviceOrg(
        "Harbour DataCentre Ltd",
        "carve-out",
        ("colocation of our servers in Leeds until 2026-02-28",),
    )
    moved = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, colo)), BRIDGE)
    )
    got = answer("Select your hosting option.", ("AWS", "Azure", "GCP", "Hybrid/Other"), moved)
    assert got.answer == "AWS"
    # Look-alike: a colocation that lasts until a later day still hosts.
    later = replace(colo, services=("colocation of our servers in Leeds until 2027-02-28",))
    both = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, later)), BRIDGE)
    )
    got = answer("Select your hosting option.", ("AWS", "Azure", "GCP", "Hybrid/Other"), both)
    assert got.answer != "AWS"


def test_a_host_whose_contract_was_renewed_still_hosts() -> None:
    # Review of 1b7e1c7..4f7496d: "until 2026-01-31 and renewed each year" is no end.
    colo = SubserviceOrg(
        "Harbour DataCentre Ltd",
        "carve-out",
        ("colocation of our backup servers, contracted until 2026-01-31 and renewed each year",),
    )
    both = replace(
        INVENTORY, reports=(replace(SOC2, subservice_orgs=(*SOC2.subservice_orgs, colo)), BRIDGE)
    )
    got = answer("Select your hosting option.", ("AWS", "Azure", "GCP", "Hybrid/Other"), both)
    assert got.answer != "AWS"
