"""The HTML reader on the bundled sample and on the encodings and markup pages really use."""

from __future__ import annotations

import codecs

import pytest
from conftest import SAMPLES

from soilkit.errors import InputError
from soilkit.read import read_lines, sniff_format
from soilkit.read.html import read_html

SAMPLE = SAMPLES / "seed-report.html"


@pytest.fixture(scope="module")
def sample_lines():
    return list(read_html(SAMPLE.read_bytes(), path=str(SAMPLE)))


def _sups(line):
    return [s.text for s in line.spans if s.superscript]


def _text(html: str | bytes):
    data = html.encode("utf-8") if isinstance(html, str) else html
    return [(ln.heading, ln.block, ln.text) for ln in read_html(data) if ln.block != "blank"]


def _starting(lines, prefix):
    found = [ln for ln in lines if ln.text.startswith(prefix)]
    assert len(found) == 1, (prefix, [ln.text[:40] for ln in found])
    return found[0]


def test_sample_is_sniffed_as_html():
    assert sniff_format(SAMPLE.read_bytes(), "renamed.txt") == "html"


def test_sample_paragraph_8_and_footnote_2(sample_lines):
    p8 = _starting(sample_lines, "8. Under its Decision 15/28")
    assert _sups(p8) == ["9", "10", "11"] and p8.block is None
    assert "Soil Biodiversity9 (Plan of Action 2020–2030)" in p8.text
    fn2 = _starting(sample_lines, "2 UNEP")
    assert fn2.text == "2 UNEP/CBD/COP/DEC/VIII/23."
    assert fn2.block == "footnote" and fn2.spans[0].superscript and fn2.spans[0].text == "2"


def test_sample_keeps_whole_paragraphs_and_numbers_its_notes(sample_lines):
    p7 = _starting(sample_lines, "7. In 2022")
    assert _sups(p7) == ["6", "7", "8"]
    assert "The results of the survey will be published in mid 2023" in p7.text
    notes = [ln for ln in sample_lines if ln.block == "footnote"]
    assert [_sups(ln)[0] for ln in notes if ln.spans[0].superscript] == [
        str(n) for n in range(1, 21)]
    assert not any("↩" in ln.text for ln in sample_lines)  # back-links are navigation
    url = _starting(sample_lines, "https://www.fao.org/global-soil-partnership/about/gsp")
    assert url.block == "footnote"


def test_sample_roles_in_document_order(sample_lines):
    named = [(ln.heading, ln.block, ln.text) for ln in sample_lines
             if ln.heading or ln.block in ("toc", "rule")]
    assert named[:8] == [
        (1, None, "COMMISSION ON GENETIC RESOURCES FOR FOOD AND AGRICULTURE"),
        (2, None, "Item 9.3 of the Provisional Agenda"),
        (3, None, "Nineteenth Regular Session"),
        (2, None, "PROGRESS REPORT ON THE IMPLEMENTATION OF THE INTERNATIONAL INITIATIVE FOR "
                  "THE CONSERVATION AND SUSTAINABLE USE OF SOIL BIODIVERSITY"),
        (3, "toc", "TABLE OF CONTENTS"),
        (None, "toc", "\tParagraphs"),
        (None, "toc", "I. Introduction\t1–2"),
        (None, "toc", "II. FAO activities\t3–17"),
    ]
    assert (2, None, "I. INTRODUCTION") in named and (2, None, "II. FAO ACTIVITIES") in named
    texts = [ln.text for ln in sample_lines if ln.text]
    assert texts[:7] == [
        "联合国粮食及农业组织", "Food and Agriculture Organization of the United Nations",
        "Organisation des Nations Unies pour l'alimentation et l'agriculture",
        "Продовольственная и сельскохозяйственная организация Объединенных Наций",
        "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
        "منظمة الغذية والزراعة للأمم المتحدة", "CGRFA-19/23/9.3"]
    # The <title> in <head> and the stylesheet are not text of the document.
    assert not any("font-family" in t or t.startswith("CGRFA-19/23/9.3 –") for t in texts)


def test_windows_1252_declared_by_http_equiv():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><p>Décision – “adoptée”</p></body></html>')
    assert _text(page.encode("cp1252")) == [(None, None, "Décision – “adoptée”")]


def test_latin1_label_means_windows_1252_and_undeclared_falls_back():
    declared = ('<meta charset="iso-8859-1"><p>Caf\u00e9 \u2013 ok</p>').encode("cp1252")
    assert _text(declared) == [(None, None, "Café – ok")]
    undeclared = "<html><body><p>Résumé</p></body></html>".encode("cp1252")
    assert _text(undeclared) == [(None, None, "Résumé")]
    utf8 = "<html><body><p>Résumé 日本</p></body></html>".encode()
    assert _text(utf8) == [(None, None, "Résumé 日本")]


def test_utf16_with_bom_and_xml_declaration():
    page = ('<?xml version="1.0" encoding="utf-16"?><html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><h1>ⵜⴰⵎⴰⵣⵉⵖⵜ</h1><p>Décision</p></body></html>")
    data = codecs.BOM_UTF16_LE + page.encode("utf-16-le")
    assert sniff_format(data, "x") == "html"
    assert _text(data) == [(1, None, "ⵜⴰⵎⴰⵣⵉⵖⵜ"), (None, None, "Décision")]


def test_noise_is_skipped_and_blocks_become_lines():
    page = """<!DOCTYPE html><html><head><title>T</title><style>p{}</style>
    <script>var x = 1;</script></head><body>
    <header><a href="/">Home</a></header><nav><ul><li>Menu</li></ul></nav>
    <main><h2>Programme <em>2024</em></h2>
    <p>First   paragraph,
       spread over lines<br>and a break.</p>
    <div hidden>secret</div><p style="display:none">gone</p>
    <ul><li>one</li><li><p>two</p></li></ul>
    <blockquote>cited</blockquote>
    <table><tr><th>Time</th><th>Session</th></tr><tr><td>09:00</td><td>Opening</td></tr></table>
    </main><footer>© site</footer></body></html>"""
    lines = list(read_html(page.encode()))
    assert [(ln.heading, ln.block, ln.text) for ln in lines] == [
        (2, None, "Programme 2024"),
        (None, "blank", ""),
        (None, None, "First paragraph, spread over lines"),
        (None, None, "and a break."),
        (None, "blank", ""),
        (None, "list", "one"),
        (None, "blank", ""),
        (None, "list", "two"),
        (None, "blank", ""),
        (None, "quote", "cited"),
        (None, "blank", ""),
        (None, "table", "Time\tSession"),
        (None, "blank", ""),
        (None, "table", "09:00\tOpening"),
    ]
    assert [s.italic for s in lines[0].spans] == [False, True]


def test_layout_table_cells_are_not_data():
    page = ("<table><tr><td><h1>Report</h1><p>Body text here.</p></td>"
            "<td><p>Side</p></td></tr></table>"
            "<table><tr><td>A <br>b</td><td></td><td> C </td><td></td></tr></table>")
    assert _text(page) == [(1, None, "Report"), (None, None, "Body text here."),
                           (None, None, "Side"), (None, "table", "A b\t\tC")]


def test_pandoc_endnotes():
    page = """<p>Text<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">
    <sup>1</sup></a> and more<a href="#fn2" class="footnote-ref" role="doc-noteref"><sup>2</sup>
    </a>.</p><section id="footnotes" class="footnotes footnotes-end-of-document"
    role="doc-endnotes"><hr /><ol><li id="fn1"><p>Decision 15/4.<a href="#fnref1"
    class="footnote-back" role="doc-backlink">↩︎</a></p></li><li id="fn2"><p>See
    <a href="https://www.cbd.int">https://www.cbd.int</a></p><p>Second paragraph.</p></li>
    </ol></section>"""
    lines = [ln for ln in read_html(page.encode()) if ln.block not in ("blank", "rule")]
    assert [(ln.block, ln.text, _sups(ln)) for ln in lines] == [
        (None, "Text1 and more2.", ["1", "2"]),
        ("footnote", "1 Decision 15/4.", ["1"]),
        ("footnote", "2 See https://www.cbd.int", ["2"]),
        ("footnote", "Second paragraph.", []),
    ]


def test_word_export_footnotes():
    page = """<html><body><div class=WordSection1><p class=MsoNormal>Adopted in
    2006<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span
    class=MsoFootnoteReference>[1]</span></a> by the COP.</p></div>
    <div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
    <div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a
    style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1"><span
    class=MsoFootnoteReference>[1]</span></a> UNEP/CBD/COP/DEC/VIII/23.</p></div></div>
    </body></html>"""
    lines = [ln for ln in read_html(page.encode()) if ln.block not in ("blank", "rule")]
    assert [(ln.block, ln.text, _sups(ln)) for ln in lines] == [
        (None, "Adopted in 20061 by the COP.", ["1"]),
        ("footnote", "1 UNEP/CBD/COP/DEC/VIII/23.", ["1"]),
    ]


def test_rule_then_footnote_paragraphs_then_body_again():
    page = ("<p>Body<sup>3</sup> text.</p><hr><p><sup>3</sup> CBD/COP/DEC/14/30.</p>"
            "<p>https://www.cbd.int/decisions</p><p>Body resumes here.</p>"
            '<div class="endnotes"><p>4. A plain numbered endnote.</p></div>')
    got = [(b, t) for _, b, t in _text(page)]
    assert got == [(None, "Body3 text."), ("rule", ""), ("footnote", "3 CBD/COP/DEC/14/30."),
                   ("footnote", "https://www.cbd.int/decisions"),
                   (None, "Body resumes here."), ("footnote", "4 A plain numbered endnote.")]


def test_programme_page_order_and_roles():
    page = """<html><body><main><h1>Global Landscapes Forum</h1>
    <h2>Soils as keystone</h2><p>3 June 2020 · 14:00-18:00</p>
    <p>The session unites <strong>representatives</strong>.</p>
    <ul><li>Learn from projects</li><li>Explore the role of soils</li></ul>
    <h3>Speakers</h3><ul><li>Susan Chomba, Project Manager, ICRAF</li></ul></main></body></html>"""
    assert _text(page) == [
        (1, None, "Global Landscapes Forum"),
        (2, None, "Soils as keystone"),
        (None, None, "3 June 2020 · 14:00-18:00"),
        (None, None, "The session unites representatives."),
        (None, "list", "Learn from projects"),
        (None, "list", "Explore the role of soils"),
        (3, None, "Speakers"),
        (None, "list", "Susan Chomba, Project Manager, ICRAF"),
    ]


def test_empty_and_binary_input_give_one_line_errors():
    with pytest.raises(InputError) as err:
        list(read_lines(b"   \n", "html", path="empty.html"))
    assert str(err.value) == "empty.html: empty HTML document"
    with pytest.raises(InputError) as err:
        list(read_lines(b"<html>\x00\x01\x02\x00\x00\x07\x00", "html", path="bin.html"))
    assert str(err.value) == "bin.html: binary data, not text (NUL bytes)"


def test_ordered_lists_print_their_labels():
    page = ("<ol><li>Takes note of the report;</li><li><p>Decides:</p><ol type=a><li>first;</li>"
            "<li>second.</li></ol></li></ol><ol start=4 type=I><li>Fourth</li></ol>"
            '<ol style="list-style-type: none"><li>Unlabelled</li></ol><ul><li>Bullet</li></ul>')
    assert [t for _, _, t in _text(page)] == [
        "1. Takes note of the report;", "2. Decides:", "a. first;", "b. second.", "IV. Fourth",
        "Unlabelled", "Bullet"]
    assert {b for _, b, _ in _text(page)} == {"list"}


def test_contents_areas_are_marked():
    page = ('<p class=MsoToc1><a href="#_Toc1">I. Introduction<span>. . . </span>1</a></p>'
            '<div id="toc"><p>II. Activities\t3</p></div><p class=MsoNormal>1. Body text.</p>')
    assert _text(page) == [(None, "toc", "I. Introduction. . . 1"),
                           (None, "toc", "II. Activities 3"),
                           (None, None, "1. Body text.")]
