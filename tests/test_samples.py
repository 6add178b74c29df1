"""The bundled samples: the PDF and HTML renderings of the seed report are what they claim to
be, are up to date with their script, and extract to the same report as the seed text."""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest
from conftest import ROOT, SAMPLES, extracted

SYMBOL = "CGRFA-19/23/9.3"
TXT, HTML, PDF = (str(SAMPLES / f"seed-report.{ext}") for ext in ("txt", "html", "pdf"))


def _script():
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "scripts" /
                                                  "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- the files themselves


def test_html_sample_is_up_to_date():
    script = _script()
    assert script.render_html(script.load_seed()) == (SAMPLES / "seed-report.html").read_text(
        encoding="utf-8")


def test_pdf_sample_is_up_to_date_and_deterministic(tmp_path):
    pytest.importorskip("reportlab", reason="the samples extra (reportlab) is not installed")
    import pdfplumber

    script = _script()
    if script.dejavu_path() is None:
        pytest.skip("the DejaVu fonts the PDF sample embeds are not installed")
    script.write_pdf(script.load_seed(), tmp_path / "a.pdf")
    script.write_pdf(script.load_seed(), tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    # Bytes may differ between reportlab releases; the printed text may not.
    texts = []
    for path in (tmp_path / "a.pdf", SAMPLES / "seed-report.pdf"):
        with pdfplumber.open(path) as pdf:
            texts.append([page.extract_text() for page in pdf.pages])
    assert texts[0] == texts[1]


@pytest.fixture(scope="module")
def pdf_words():
    import pdfplumber

    with pdfplumber.open(PDF) as pdf:
        sizes = {(round(p.width), round(p.height)) for p in pdf.pages}
        words = [p.extract_words(extra_attrs=["size"]) for p in pdf.pages]
    return sizes, words


def test_pdf_sample_is_a4_with_running_header_and_page_numbers(pdf_words):
    sizes, pages = pdf_words
    assert sizes == {(595, 842)} and len(pages) == 4
    top = [[w["text"] for w in page if w["top"] < 60] for page in pages]
    bottom = [[w["text"] for w in page if w["top"] > 790] for page in pages]
    assert top[1:] == [[SYMBOL]] * 3
    assert SYMBOL not in top[0]
    assert "联合国" in top[0] and "Продовольственная" in top[0]
    assert bottom == [[], ["2"], ["3"], ["4"]]
    first = [w["text"] for w in pages[0]]
    assert SYMBOL in first  # printed once on the first page, under the header


def test_pdf_sample_markers_are_small_and_raised_and_notes_sit_at_the_page_foot(pdf_words):
    _, pages = pdf_words
    page2 = pages[1]
    body = [w for w in page2 if w["size"] == pytest.approx(11)]
    # Markers are set at 0.6 of their text's size: 6.6 pt in the body, 5.4 pt in the notes.
    markers = [w for w in page2 if w["size"] == pytest.approx(6.6)]
    assert [w["text"] for w in markers] == [str(n) for n in range(3, 12)]
    # Marker 9 follows "Biodiversity" on the same line, above its baseline.
    nine = next(w for w in markers if w["text"] == "9")
    word = min((w for w in body if w["text"] == "Biodiversity" and w["x1"] <= nine["x0"] + 0.5
                and abs(w["bottom"] - nine["bottom"]) < 8), key=lambda w: nine["x0"] - w["x1"])
    assert word["bottom"] - nine["bottom"] > 3
    notes = [w for w in page2 if w["size"] == pytest.approx(5.4)]
    assert [w["text"] for w in notes] == [str(n) for n in range(3, 12)]
    assert min(w["top"] for w in notes) > max(w["bottom"] for w in body)


# ---------------------------------------------------------------- through the structure step


def _paragraphs(doc, numbered_only=False):
    return [(_label(p.number), p.text, [str(f) for f in p.footnotes]) for p in doc.paragraphs
            if p.number is not None or not numbered_only]


def _label(number):
    return None if number is None else str(number)


def _footnotes(doc):
    return [(str(f.number), f.text) for f in doc.footnotes]


@pytest.mark.parametrize("path", [TXT, HTML, PDF])
def test_paragraph_8_and_footnote_2(path):
    doc = extracted(path)
    p8 = [p for p in doc.paragraphs if _label(p.number) == "8"]
    assert len(p8) == 1
    assert [str(f) for f in p8[0].footnotes] == ["9", "10", "11"]
    assert p8[0].text.startswith("Under its Decision 15/28 on Biodiversity and Agriculture")
    assert p8[0].text.endswith("including their monitoring and reporting.")
    fn2 = [f for f in doc.footnotes if str(f.number) == "2"]
    assert [f.text for f in fn2] == ["UNEP/CBD/COP/DEC/VIII/23."]


@pytest.mark.parametrize("path", [TXT, HTML, PDF])
def test_seventeen_numbered_paragraphs_and_twenty_footnotes(path):
    doc = extracted(path)
    assert [_label(p.number) for p in doc.paragraphs if p.number is not None] == [
        str(n) for n in range(1, 18)]
    assert [str(f.number) for f in doc.footnotes] == [str(n) for n in range(1, 21)]
    p7 = next(p for p in doc.paragraphs if _label(p.number) == "7")
    assert "The results of the survey will be published in mid 2023 and will serve" in p7.text
    assert [str(f) for f in p7.footnotes] == ["6", "7", "8"]


@pytest.mark.parametrize("path", [TXT, HTML, PDF])
def test_table_of_contents_gives_no_paragraph(path):
    doc = extracted(path)
    for p in doc.paragraphs:
        assert not re.search(r"Introduction\s*\.{3,}|\.{5,}|^Paragraphs$", p.text), p.text
        assert p.text not in ("I. Introduction", "II. FAO activities", "1–2", "3–17")


def test_pdf_furniture_does_not_leak_into_paragraphs():
    doc = extracted(PDF)
    for p in doc.paragraphs:
        assert SYMBOL not in p.text, p.text
        assert not re.fullmatch(r"\d+", p.text.strip()), p.text
    p4 = next(p for p in doc.paragraphs if _label(p.number) == "4")
    assert p4.pages == [1, 2]
    assert p4.text.endswith("strategies to improve its implementation.")
    p9 = next(p for p in doc.paragraphs if _label(p.number) == "9")
    assert p9.pages == [2, 3]
    assert "determining best practices for conserving" in p9.text


def test_pdf_footnotes_sit_on_the_page_that_cites_them():
    doc = extracted(PDF)
    assert {str(f.number): f.page for f in doc.footnotes} == {
        **{str(n): 1 for n in (1, 2)}, **{str(n): 2 for n in range(3, 12)},
        **{str(n): 3 for n in range(12, 18)}, **{str(n): 4 for n in range(18, 21)}}


@pytest.mark.parametrize("path", [HTML, PDF])
def test_renderings_give_the_same_numbered_paragraphs_as_the_text(path):
    assert _paragraphs(extracted(path), numbered_only=True) == _paragraphs(
        extracted(TXT), numbered_only=True)


@pytest.mark.parametrize("path", [HTML, PDF])
def test_renderings_give_the_same_paragraphs_as_the_text(path):
    assert _paragraphs(extracted(path)) == _paragraphs(extracted(TXT))


@pytest.mark.parametrize("path", [HTML, PDF])
def test_renderings_give_the_same_footnotes_as_the_text(path):
    assert _footnotes(extracted(path)) == _footnotes(extracted(TXT))
    fn13 = next(f for f in extracted(path).footnotes if str(f.number) == "13")
    assert fn13.text.endswith("Rome. https://www.fao.org/global-soil-partnership/about/"
                              "gsp-action-framework-2022-2030/en/")


@pytest.mark.parametrize("path", [HTML, PDF])
def test_renderings_print_the_symbol(path):
    assert extracted(path).metadata.symbol == SYMBOL
