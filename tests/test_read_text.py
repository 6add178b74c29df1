"""The text/Markdown reader on the seed report and on encodings, markup and plain text."""

from __future__ import annotations

import codecs

import pytest
from conftest import SAMPLES, SEEDS

from soilkit.errors import InputError
from soilkit.read.text import parse_inline, read_text

SEED_REPORT = SAMPLES / "seed-report.txt"


@pytest.fixture(scope="module")
def seed_lines():
    return list(read_text(SEED_REPORT.read_bytes(), path=str(SEED_REPORT)))


def _sups(line):
    return [s.text for s in line.spans if s.superscript]


def _starting(lines, prefix):
    found = [ln for ln in lines if ln.text.startswith(prefix)]
    assert len(found) == 1, (prefix, [ln.text[:40] for ln in found])
    return found[0]


def test_sample_is_the_shared_seed():
    shared = SEEDS / "001_07baf0bca96fb5ca.txt"
    if shared.is_file():
        assert shared.read_bytes() == SEED_REPORT.read_bytes()


def test_paragraph_8_carries_markers_9_10_11(seed_lines):
    line = _starting(seed_lines, "8. Under its Decision 15/28")
    assert _sups(line) == ["9", "10", "11"]
    assert line.block is None and line.heading is None
    assert "<sup>" not in line.text
    assert "Soil Biodiversity9 (Plan of Action 2020–2030)" in line.text
    assert line.text.endswith("including their monitoring and reporting.11")


def test_footnote_2_line(seed_lines):
    line = _starting(seed_lines, "2 UNEP")
    assert line.block == "footnote"
    assert line.text == "2 UNEP/CBD/COP/DEC/VIII/23."
    assert line.spans[0].superscript and line.spans[0].text == "2"
    assert line.spans[1].text == " UNEP/CBD/COP/DEC/VIII/23."


def test_footnote_blocks_and_their_continuations(seed_lines):
    footnotes = [ln for ln in seed_lines if ln.block == "footnote"]
    numbers = [_sups(ln)[0] for ln in footnotes if ln.spans[0].superscript]
    assert numbers == [str(n) for n in range(1, 21)]
    # Footnote 13's URL stands on its own line after a blank line: still footnote 13.
    url = _starting(seed_lines, "https://www.fao.org/global-soil-partnership/about/gsp-action")
    assert url.block == "footnote" and not _sups(url)
    assert url.text == ("https://www.fao.org/global-soil-partnership/about/"
                        "gsp-action-framework-2022-2030/en/")
    assert sum(1 for ln in seed_lines if ln.block == "rule") == 3


def test_body_resumes_after_a_footnote_block(seed_lines):
    resumed = _starting(seed_lines, "published in mid 2023")
    assert resumed.block is None
    assert _sups(resumed) == ["8"]
    i = seed_lines.index(resumed)
    before = [ln for ln in seed_lines[:i] if ln.block != "blank"]
    assert before[-1].text == "7 https://gsb2023.org" and before[-1].block == "footnote"
    assert _starting(seed_lines, "involved in these pilots").block is None


def test_headings_toc_and_italics(seed_lines):
    headings = [(ln.heading, ln.text) for ln in seed_lines if ln.heading]
    assert headings[0] == (1, "COMMISSION ON GENETIC RESOURCES FOR FOOD AND AGRICULTURE")
    assert (2, "I. INTRODUCTION") in headings and (2, "II. FAO ACTIVITIES") in headings
    assert (3, "TABLE OF CONTENTS") in headings
    toc = [ln.text for ln in seed_lines if ln.block == "toc"]
    assert toc == ["\tParagraphs", "I. Introduction .....\t1–2", "II. FAO activities .....\t3–17"]
    line = _starting(seed_lines, "7. In 2022, NETSOB")
    italic = [s.text for s in line.spans if s.italic]
    assert italic == ["State of Knowledge of Soil Biodiversity – Status, Challenges and "
                      "Potentialities"]
    assert _sups(line) == ["6", "7"]
    assert line.text.endswith("The results of the survey will be")


def test_header_scripts_come_through_as_is(seed_lines):
    texts = [ln.text.strip() for ln in seed_lines]
    for printed in ("联合国", "Объединенных Наций", "Alimentación y la Agricultura",
                    "للأمم المتحدة", "Unies pour l'alimentation"):
        assert printed in texts
    assert all(ln.page == 1 for ln in seed_lines)


def test_url_in_angle_brackets_loses_only_the_brackets(seed_lines):
    line = _starting(seed_lines, "4 https://")
    assert line.text == "4 https://www.fao.org/global-soil-partnership/netsob/en/"


@pytest.mark.parametrize("raw, expected", [
    ("see https://x.org/a_b_c and snake_case_name",
     [("see https://x.org/a_b_c and snake_case_name", "")]),
    ("**Bold** and *it*", [("Bold", "b"), (" and ", ""), ("it", "i")]),
    ("a claim[^3] and 2006¹", [("a claim", ""), ("3", "s"), (" and 2006", ""), ("1", "s")]),
    (r"1\. not a list, \*not italic\*", [("1. not a list, *not italic*", "")]),
    ("AT&amp;T <em>x</em>", [("AT&T ", ""), ("x", "i")]),
    ("[FAO](https://www.fao.org) site", [("FAO (https://www.fao.org) site", "")]),
    ("a * b * c", [("a * b * c", "")]),
])
def test_inline_markup(raw, expected):
    def style(s):
        return ("b" if s.bold else "") + ("i" if s.italic else "") + ("s" if s.superscript
                                                                      else "")
    assert [(s.text, style(s)) for s in parse_inline(raw)] == expected


def test_utf16_with_bom():
    text = "Café ⵜⴰⵎⴰⵣⵉⵖⵜ\n日本語の文書\n"
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        lines = list(read_text(bom + text.encode(enc)))
        assert [ln.text for ln in lines if ln.text] == ["Café ⵜⴰⵎⴰⵣⵉⵖⵜ", "日本語の文書"]


def test_utf16_without_bom_and_utf32_and_utf8_bom():
    assert [ln.text for ln in read_text("Résumé\n".encode("utf-16-le"))][0] == "Résumé"
    assert [ln.text for ln in read_text(codecs.BOM_UTF32_LE + "Ж".encode("utf-32-le"))] == ["Ж"]
    assert [ln.text for ln in read_text(codecs.BOM_UTF8 + "# Tête".encode())][0] == "Tête"


def test_windows_1252_fallback():
    data = "Décision – “quoted” 2 700 €".encode("cp1252")
    assert [ln.text for ln in read_text(data)] == ["Décision – “quoted” 2 700 €"]


def test_binary_is_refused_with_one_line():
    with pytest.raises(InputError) as err:
        list(read_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", path="pic.txt"))
    assert str(err.value) == "pic.txt: binary data, not text (NUL bytes)"
    with pytest.raises(InputError):
        list(read_text(bytes(range(128, 256)) * 40 + bytes(range(1, 31)) * 40, path="x"))


def test_form_feeds_are_page_breaks():
    lines = list(read_text(b"first page\n\x0csecond page\nmore\n\x0cthird"))
    assert [(ln.page, ln.text) for ln in lines if ln.text] == [
        (1, "first page"), (2, "second page"), (2, "more"), (3, "third")]


def test_plain_text_is_taken_as_printed():
    raw = "Minutes of the meeting\n\n1. The chair_person opened *the* session.\n• Item one\n"
    lines = [ln for ln in read_text(raw.encode(), markdown=False) if ln.block != "blank"]
    assert [ln.text for ln in lines] == ["Minutes of the meeting",
                                         "1. The chair_person opened *the* session.",
                                         "• Item one"]
    assert [ln.block for ln in lines] == [None, None, "list"]
    assert not any(ln.heading for ln in lines)


def test_markdown_footnote_definitions_lists_and_tables():
    raw = ("Title\n=====\n\nText with a note[^1].\n\n- first item\n- second\n\n"
           "| Name | Date |\n|---|---|\n| COP 16 | 2024 |\n\n[^1]: The note,\n    continued.\n")
    lines = [ln for ln in read_text(raw.encode(), markdown=True) if ln.block != "blank"]
    got = [(ln.heading, ln.block, ln.text) for ln in lines]
    assert got == [
        (1, None, "Title"),
        (None, None, "Text with a note1."),
        (None, "list", "first item"),
        (None, "list", "second"),
        (None, "table", "Name\tDate"),
        (None, "table", "COP 16\t2024"),
        (None, "footnote", "1 The note,"),
        (None, "footnote", "    continued."),
    ]
    assert _sups(lines[1]) == ["1"] and _sups(lines[-2]) == ["1"]


def test_plain_text_notes_printed_with_superscript_digits():
    raw = "The Commission adopted it in 2006¹ and revised it.²\n\n¹ Decision VIII/23.\n² Ibid.\n"
    lines = [ln for ln in read_text(raw.encode(), markdown=False) if ln.block != "blank"]
    assert [(ln.block, ln.text, _sups(ln)) for ln in lines] == [
        (None, "The Commission adopted it in 20061 and revised it.2", ["1", "2"]),
        ("footnote", "1 Decision VIII/23.", ["1"]),
        ("footnote", "2 Ibid.", ["2"]),
    ]
