"""Tests for the Google VSAQ reader: not-quite-JSON parsing, item order, HTML, corpus counts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from helpers import CORPUS, CORPUS_HINT

import socproc
from socproc.read import read_document
from socproc.read.vsaq import strip_html

INVENTORY = Path(__file__).resolve().parents[1] / "samples" / "inventory.yaml"

MARKUP = re.compile(r"<\s*/?\s*(p|b|i|a|ul|ol|li|br|code|pre|em|strong)\b[^>]*>")

TEMPLATE = """// Copyright header line one
// another comment line
{
  "questionnaire": [
    {
      "type": "block",
      "text": "Security &amp; Privacy",
      "id": "block_sec",
      "items": [
        {"type": "info", "text": "<p>Read this.</p><p>Then answer.</p>"},
        {
          "type": "radiogroup",
          "id": "soc2",
          "text": "Do you have a <b>SOC 2</b> report?" +
                  " Include the type.",
          "choices": [{"soc2_yes": "Yes"}, {"soc2_no": "No &mdash; not yet"}]
        },
        {"type": "block", "text": "Nested", "items": [
          {"type": "line", "id": "auditor", "text": "Auditor name:"},
          {"type": "tip", "id": "tip1", "text": "Use https://x.test/?a=1&amount=2", "cond": "soc2_no"}
        ]},
        {"type": "checkgroup", "id": "certs", "text": "Certifications", "choices": [{"iso": "ISO 27001"}, {"pci": "PCI DSS"}]}
      ]
    }
  ]
}
"""


def test_template_items_in_document_order_with_paths_levels_and_choices(tmp_path: Path) -> None:
    path = tmp_path / "vendor.json"
    path.write_text(TEMPLATE, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "json" and doc.sheets == ()
    got = [(b.kind, b.ref, b.level, b.item_type, b.item_id) for b in doc.blocks]
    assert got == [
        ("heading", "questionnaire[0]", 0, "block", "block_sec"),
        ("item", "questionnaire[0].items[0]", 1, "info", None),
        ("item", "questionnaire[0].items[1]", 1, "radiogroup", "soc2"),
        ("heading", "questionnaire[0].items[2]", 1, "block", None),
        ("item", "questionnaire[0].items[2].items[0]", 2, "line", "auditor"),
        ("item", "questionnaire[0].items[2].items[1]", 2, "tip", "tip1"),
        ("item", "questionnaire[0].items[3]", 1, "checkgroup", "certs"),
    ]
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Security & Privacy"
    assert texts[1] == "Read this.\nThen answer."
    assert texts[2] == "Do you have a SOC 2 report? Include the type."
    assert texts[5] == "Use https://x.test/?a=1&amount=2"  # "&amount" is not "&amp;ount"
    assert doc.blocks[2].choices == ("Yes", "No — not yet")
    assert doc.blocks[6].choices == ("ISO 27001", "PCI DSS")


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><ul><li>two</li><li>three</li></ul>", "One\ntwo\nthree"),
        ("a<br/>b", "a\nb"),
        ("<a href='x'>link</a> &lt;tag&gt; &#169; &nbsp;x", "link <tag> © x"),
        ("  spaced   out  ", "spaced out"),
    ],
)
def test_strip_html(html: str, text: str) -> None:
    assert strip_html(html) == text


# The counts SOURCES.md documents for each template (blocks and answerable items).
VSAQ_COUNTS = {
    "Google_VSAQ_webapp.json": {
        "block": 31,
        "radiogroup": 37,
        "checkgroup": 10,
        "line": 11,
        "box": 15,
        "tip": 55,
    },
    "Google_VSAQ_infrastructure.json": {
        "block": 28,
        "radiogroup": 71,
        "checkgroup": 8,
        "line": 6,
        "box": 11,
        "tip": 76,
    },
    "Google_VSAQ_security_privacy_programs.json": {
        "block": 15,
        "radiogroup": 28,
        "checkgroup": 5,
        "line": 8,
        "box": 5,
        "tip": 36,
    },
    "Google_VSAQ_physical_and_datacenter.json": {
        "block": 9,
        "radiogroup": 16,
        "checkgroup": 4,
        "line": 4,
        "box": 6,
        "tip": 16,
    },
}
ANSWERABLE = {
    "webapp": 73,
    "infrastructure": 96,
    "security_privacy_programs": 46,
    "physical_and_datacenter": 30,
}


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=CORPUS_HINT)
@pytest.mark.parametrize("name", sorted(VSAQ_COUNTS))
def test_corpus_vsaq_counts_match_sources(name: str) -> None:
    doc = read_document(CORPUS / name)
    counts = Counter(b.item_type for b in doc.blocks)
    assert {k: counts[k] for k in VSAQ_COUNTS[name]} == VSAQ_COUNTS[name]
    answerable = sum(counts[k] for k in ("radiogroup", "checkgroup", "line", "box"))
    assert answerable == ANSWERABLE[name.removeprefix("Google_VSAQ_").removesuffix(".json")]
    assert all(b.kind == "heading" for b in doc.blocks if b.item_type == "block")
    # Escaped markup (&lt;script&gt;) is text and stays; real tags are gone.
    assert not any(MARKUP.search(b.text) for b in doc.blocks)
    radios = [b for b in doc.blocks if b.item_type == "radiogroup"]
    assert all(len(b.choices) >= 2 for b in radios)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=CORPUS_HINT)
def test_corpus_vsaq_soc_block_is_found() -> None:
    doc = read_document(CORPUS / "Google_VSAQ_security_privacy_programs.json")
    ids = {b.item_id for b in doc.blocks}
    assert "block_third_party_audits" in ids


def test_a_lone_surrogate_escape_becomes_a_replacement_character(tmp_path: Path) -> None:
    # json.loads turns an unpaired "\ud800" escape into a character no UTF-8 output can hold;
    # it used to fail the input with a misleading "cannot write the output" error.
    src = tmp_path / "q.json"
    src.write_text(
        '{"questionnaire": [{"type": "block", "id": "b\\udfff", "text": "Security", "items": ['
        '{"type": "yesno", "id": "q1", "text": "Do you encrypt data at rest? \\ud800 x"},'
        '{"type": "yesno", "id": "q2", "text": "Emoji pair \\ud83d\\ude00 kept"}]}]}',
        encoding="utf-8",
    )
    inventory = socproc.load_inventory(INVENTORY)
    result = socproc.process(src, inventory, "2026-11-26")
    questions = [r.requirement.question for r in result.responses]
    assert questions == ["Do you encrypt data at rest? \ufffd x", "Emoji pair \U0001f600 kept"]
    written = result.write(tmp_path / "out")
    assert [p.name for p in written] == ["q.response.xlsx", "q.response.json"]
    text = (tmp_path / "out" / "q.response.json").read_text(encoding="utf-8")
    assert "\ufffd" in text
