"""Regenerate samples/questionnaires/: three buyer questionnaires laid out as buyers send them.

Run from the repository root: `python scripts/make_samples.py`. The outputs are committed;
rerun this only when changing the samples (tests pin their counts).
"""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).resolve().parents[1] / "samples" / "questionnaires"

BANK_SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "1. Independent Assurance",
        [
            (
                "AR-01",
                "Please provide your most recent SOC 2 Type II report, including the auditor's tests of controls.",
            ),
            (
                "AR-02",
                "Does the SOC 2 report include the Availability and Confidentiality trust services categories?",
            ),
            ("AR-03", "Does your SOC 2 report include the Privacy category?"),
            (
                "AR-04",
                "Were any exceptions noted by the service auditor during the most recent examination period?",
            ),
            (
                "AR-05",
                "If the report period ended more than three months ago, provide a bridge letter covering the gap.",
            ),
            (
                "AR-06",
                "Is a SOC 3 report available that we may share with our customers without an NDA?",
            ),
            ("AR-07", "Provide your ISO 27001 certificate and Statement of Applicability."),
            (
                "AR-08",
                "Provide a SOC 2 Type II report or an ISO 27001 certificate; either is acceptable.",
            ),
        ],
    ),
    (
        "2. Access Control",
        [
            (
                "AC-01",
                "Is multi-factor authentication enforced for all administrative access to production systems?",
            ),
            (
                "AC-02",
                "Are user access rights reviewed at least quarterly and revoked promptly upon termination?",
            ),
            ("AC-03", "Describe how privileged access is granted, approved and logged."),
        ],
    ),
    (
        "3. Operations and Monitoring",
        [
            (
                "OM-01",
                "Is your Security Operations Center staffed 24x7 with Tier 1 and Tier 2 analysts?",
            ),
            (
                "OM-02",
                "Are security logs centrally collected in a SIEM and retained for at least one year?",
            ),
            (
                "OM-03",
                "Are backups encrypted, stored in a separate region and restore-tested at least annually?",
            ),
            (
                "OM-04",
                "Do you perform an annual penetration test by an independent firm? Provide the executive summary.",
            ),
            (
                "OM-05",
                "Are changes to production code peer reviewed and approved before deployment?",
            ),
        ],
    ),
    (
        "4. Data Protection and Privacy",
        [
            ("DP-01", "Is customer data encrypted at rest and in transit (TLS 1.2 or higher)?"),
            (
                "DP-02",
                "Can data subjects request access to and export of the personal data you hold about them?",
            ),
            ("DP-03", "Is customer data securely deleted within 30 days of contract termination?"),
        ],
    ),
    (
        "5. Company Information",
        [
            ("CI-01", "Company legal name and registered address."),
            (
                "CI-02",
                "Provide a certificate of insurance showing cyber liability coverage of at least $5M.",
            ),
            ("CI-03", "What are your standard payment terms?"),
        ],
    ),
]


def make_bank_xlsx(path: Path) -> None:
    """An .xlsx with a cover sheet, a title block, section rows and a Yes/No/N/A dropdown."""
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "Instructions"
    cover["A1"] = "Contoso Bank — Third-Party Security Assessment"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"] = "Please complete every question on the 'Vendor Questionnaire' tab."
    cover["A4"] = "Select Yes, No or N/A in the Response column and explain in Comments."
    cover["A5"] = "Return the completed workbook to thirdpartyrisk@contoso.example within 30 days."
    lists = wb.create_sheet("Lists")
    for i, value in enumerate(["Yes", "No", "N/A"], start=1):
        lists.cell(row=i, column=1, value=value)
    lists.sheet_state = "hidden"

    ws = wb.create_sheet("Vendor Questionnaire", 1)
    ws["A1"] = "Vendor Questionnaire"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vendor name:"
    headers = ["Ref", "Question", "Response", "Comments"]
    header_row = 4
    fill = PatternFill("solid", fgColor="1F4E78")
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=header_row, column=col, value=text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
    row = header_row + 1
    first = row
    for section, questions in BANK_SECTIONS:
        ws.cell(row=row, column=1, value=section).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        row += 1
        for ref, text in questions:
            ws.cell(row=row, column=1, value=ref)
            ws.cell(row=row, column=2, value=text).alignment = Alignment(wrap_text=True)
            row += 1
    dv = DataValidation(type="list", formula1="Lists!$A$1:$A$3", allow_blank=True)
    dv.add(f"C{first}:C{row - 1}")
    ws.add_data_validation(dv)
    ws.column_dimensions["B"].width = 80
    ws.column_dimensions["D"].width = 50
    ws.freeze_panes = f"A{header_row + 1}"
    wb.save(path)


DOCX_TABLE = [
    (
        "1.1",
        "Provide a copy of your SSAE 18 SOC 1 Type II report covering at least six months of our fiscal year.",
    ),
    (
        "1.2",
        "Our external auditors rely on your payroll processing and tax withholding controls; describe the reconciliations you perform.",
    ),
    (
        "1.3",
        "Provide an auditor's report on whether your security controls were suitably designed as of a specific date.",
    ),
    ("1.4", "List the complementary user entity controls (CUECs) we are expected to operate."),
    ("1.5", "Are any subservice organizations carved out of your SOC reports? Name them."),
    ("1.6", "Provide a link to your public SOC 3 report."),
]

DOCX_NUMBERED = [
    "Describe your incident response plan and how customers are notified of a breach.",
    "Do you maintain a documented business continuity plan that is tested annually?",
    "The vendor shall perform background checks on all employees with access to customer data.",
    "Do your SOC analysts escalate alerts to an on-call incident commander?",
    "What is the total headcount of your company?",
]


def make_procurement_docx(path: Path) -> None:
    """A .docx with a heading, an intro, a question table and numbered paragraphs."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Northwind Health — Supplier Due Diligence Questionnaire", level=1)
    d.add_paragraph(
        "This questionnaire forms part of our supplier onboarding. Answer each item in the "
        "Supplier Response column. For this engagement a SOC 2 Type I report is acceptable."
    )
    d.add_heading("Section 1: Audit Reports", level=2)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["No.", "Requirement", "Supplier Response"], strict=True
    ):
        cell.text = text
    for number, text in DOCX_TABLE:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = text
    d.add_heading("Section 2: Security Program", level=2)
    for text in DOCX_NUMBERED:
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Thank you for your cooperation.")
    d.save(str(path))


CSV_ROWS = [
    (
        "PAY-01",
        "Assurance",
        "Do you have a SOC 1 Type II report covering your payroll processing services?",
    ),
    (
        "PAY-02",
        "Assurance",
        "Provide a bridge letter covering the period from your report end date to December 31.",
    ),
    ("PAY-03", "Assurance", "Provide both your SOC 1 and SOC 2 reports."),
    (
        "PAY-04",
        "Payroll",
        "How do you ensure pay rate changes in the employee master file are authorized?",
    ),
    (
        "PAY-05",
        "Payroll",
        "Are payroll journal entries to the general ledger reconciled each pay cycle?",
    ),
    ("PAY-06", "Security", "Is a summary of your audit available without an NDA?"),
    (
        "PAY-07",
        "Security",
        "Do you run vulnerability scans on internet-facing systems at least monthly?",
    ),
    ("PAY-08", "Security", "Provide your PCI DSS Attestation of Compliance."),
    (
        "PAY-09",
        "General",
        "Provide the SOC occupational code for each labor category on this contract.",
    ),
    # Pasted from a bulleted list: starts with "-", which must stay text in every output.
    (
        "PAY-10",
        "Security",
        "- Is single sign-on via SAML 2.0 enforced for workforce access to your service?",
    ),
]


def make_payroll_csv(path: Path) -> None:
    """A .csv with an ID, category, question and empty answer/notes columns."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ID", "Category", "Question", "Answer", "Notes"])
        for qid, category, question in CSV_ROWS:
            writer.writerow([qid, category, question, "", ""])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_bank_xlsx(OUT / "contoso_bank_vendor_assessment.xlsx")
    make_procurement_docx(OUT / "northwind_supplier_due_diligence.docx")
    make_payroll_csv(OUT / "fabrikam_payroll_due_diligence.csv")
    print(f"samples written to {OUT}")


if __name__ == "__main__":
    main()
