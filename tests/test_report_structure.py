"""Report structure on real documents, with exact values.

The seed report (text rendering and the PDF made from it), corpus PDFs read through
`conftest.extracted` (shared with the corpus ratchet, so each file is read once), and the
layout step on hand-made character records (engine-independent facts: superscripts,
subscripts, ligatures, columns).
"""

from __future__ import annotations

import io

import pytest
from conftest import CORPUS, SAMPLES, extracted, need_corpus

from soilkit.errors import EncryptedError, InputError, NoTextLayerError
from soilkit.model import Document, Line, Span
from soilkit.read.layout import chars_to_lines
from soilkit.read.pdf import read_pdf
from soilkit.structure.textjoin import Joiner


def _para(doc, number):
    return next(p for p in doc.paragraphs if p.number == number)


def _note(doc, number):
    return next(f for f in doc.footnotes if f.number == number)


def _scale(name: str):
    """A PDF of corpus/scale/ (no expectation file: the tests state what was checked)."""
    need_corpus()
    doc = extracted(str(CORPUS / "scale" / f"{name}.pdf"))
    assert isinstance(doc, Document), f"{name} was not read as a report"
    return doc


def _corpus(name: str):
    need_corpus()
    doc = extracted(str(CORPUS / "pdf" / f"{name}.pdf"))
    assert isinstance(doc, Document), f"{name} was not read as a report"
    return doc


# ---------------------------------------------------------------- the seed report


@pytest.fixture(scope="module",
                params=["seed-report.txt", "seed-report.pdf", "seed-report.html"])
def seed(request):
    path = SAMPLES / request.param
    if not path.exists():
        pytest.skip(f"{path.name} is not in samples/")
    return extracted(str(path))


def test_seed_paragraph_8_carries_footnotes_9_10_11(seed):
    para = _para(seed, 8)
    assert para.footnotes == [9, 10, 11]
    assert para.text.startswith("Under its Decision 15/28 on Biodiversity and Agriculture")
    assert "Soil Biodiversity (Plan of Action" in para.text  # marker 9 taken out, no space left


def test_seed_footnote_2_is_the_decision_symbol(seed):
    assert _note(seed, 2).text == "UNEP/CBD/COP/DEC/VIII/23."
    assert _note(seed, 2).cited_in == [1]


def test_seed_table_of_contents_gives_no_paragraph(seed):
    assert [p.number for p in seed.paragraphs] == list(range(1, 18))
    assert not any("....." in p.text or p.text.startswith("Introduction") for p in seed.paragraphs)
    assert [(s.number, s.title) for s in seed.sections][1:] == [
        ("I.", "INTRODUCTION"), ("II.", "FAO ACTIVITIES")]


def test_seed_paragraph_7_continues_after_the_footnote_block(seed):
    para = _para(seed, 7)
    assert para.footnotes == [6, 7, 8]
    assert "The results of the survey will be published in mid 2023 and will serve" in para.text
    assert para.text.endswith("on the Global Biodiversity Monitoring Framework.")


def test_seed_metadata(seed):
    meta = seed.metadata
    assert meta.title.startswith("PROGRESS REPORT ON THE IMPLEMENTATION")
    assert meta.body == "COMMISSION ON GENETIC RESOURCES FOR FOOD AND AGRICULTURE"
    assert meta.session == "Nineteenth Regular Session"
    assert meta.place == "Rome"
    assert meta.dates == ["2023-07-17", "2023-07-21"]


def test_seed_footnote_urls(seed):
    assert _note(seed, 4).urls == ["https://www.fao.org/global-soil-partnership/netsob/en/"]
    assert _note(seed, 13).urls == [
        "https://www.fao.org/global-soil-partnership/about/gsp-action-framework-2022-2030/en/"]


# ---------------------------------------------------------------- corpus documents


def test_resolution_paragraph_markers_pages_and_preamble():
    doc = _corpus("un-ga-res-79-208-biological-diversity")
    para = _para(doc, 47)
    assert para.text.startswith("Notes the ongoing work of the Joint Liaison Group")
    assert para.footnotes == [30, 31, 32] and para.pages == [12]
    assert _para(doc, 3).pages == [6, 7]
    preamble = [p for p in doc.paragraphs if p.number is None]
    assert len(preamble) == 41
    assert preamble[0].text.startswith("Recalling its resolution 78/155 of 19 December 2023")
    assert preamble[0].footnotes == [1]
    assert _note(doc, 20).text == ("See United Nations Environment Programme, document "
                                   "UNEP/CBD/BS/COP-MOP/5/17, annex, decision BS-V/11.")
    assert _note(doc, 22).cited_in == [1]


def test_two_page_resolution_header_and_sub_items():
    """Page 2 of a two-page resolution prints its running header once; it is furniture (it
    carries the symbol the masthead prints), so paragraph 1 runs on over the page break. The
    enacting formula printed without its comma is no paragraph, and a lower-case line set in
    the label column ("certifies relate to expenses occasioned by:") is no heading."""
    doc = _scale("A_RES_78_255")
    assert [p.number for p in doc.paragraphs] == [1, 2, 3]
    assert doc.sections == []
    para = _para(doc, 1)
    assert para.pages == [1, 2]
    assert "of Justice certifies relate to expenses occasioned by: (i) The designation" in para.text
    assert para.text.endswith("resolution 59/276 of 23 December 2004;")
    assert _para(doc, 2).text.startswith("Resolves that the Secretary-General shall report")


def test_italic_sub_headings_and_bold_passages():
    """A lone italic phrase after a numbered paragraph is a sub-heading, not the paragraph's
    last words; a bold passage of several sentences is text under its bold caption."""
    doc = _scale("A_C.3_80_L.8")
    assert doc.metadata.title == ("United Nations Model Strategies on Reducing Reoffending "
                                  "(the Kyoto Model Strategies)")
    assert _para(doc, 11).text.endswith("their specific situation at that point in time.")
    assert [s.title for s in doc.sections if s.level == 2][:3] == [
        "Assessments", "Diversion", "Pretrial detention"]
    titles = [s.title for s in doc.sections]
    assert "Model strategy No. 1" in titles
    box = next(p for p in doc.paragraphs if p.section == "Model strategy No. 1")
    assert box.number is None and box.pages == [5]
    assert box.text.startswith("States should base their decisions regarding the treatment")
    assert box.text.endswith("paid to data protection safeguards in this regard.")


def test_preambular_paragraphs_with_raised_margin_labels():
    """UNFCCC texts label preambular paragraphs "Pp1".."Pp6" in small raised type in the
    margin, before a tab: each label opens an unnumbered paragraph, is not part of its text
    and does not make the lines table rows."""
    doc = _corpus("unfccc-adp-2015-informal-note-8-cochairs-non-paper")
    page1 = [p.text for p in doc.paragraphs if p.number is None and p.pages == [1]]
    assert page1[2:8] == [
        "Being Parties to the United Nations Framework Convention on Climate Change, hereinafter "
        "referred to as “the Convention”,",
        "In furtherance of the objective of the Convention,",
        "Recalling decision 1/CP.17, whereby the Conference of the Parties to the Convention "
        "decided to adopt a protocol, another legal instrument or an agreed outcome with legal "
        "force under the Convention applicable to all Parties at its twenty-first session,",
        "Recognizing the intrinsic relationship between climate change, poverty eradication and "
        "sustainable development,",
        "Emphasizing the need for universal and sustained action by all to respond to the urgent "
        "threat of climate change based on the best available scientific knowledge,",
        "Taking account of the particular vulnerabilities and specific needs of Parties, "
        "especially the least developed country (LDC) Parties,",
    ]
    page10 = [p.text for p in doc.paragraphs if p.number is None and p.pages == [10]]
    assert len(page10) == 6
    assert page10[1] == "Also recalling decisions 2/CP.18, 1/CP.19, and 1/CP.20,"
    assert page10[5].startswith("Emphasizing the importance of respecting and taking into")


def test_hanging_bullets_are_one_paragraph_each():
    """A bullet set out left of the previous item's continuation lines opens a new passage."""
    doc = _corpus("ipbes-ilk-dialogue-3-nexus-assessment-2023")
    texts = [p.text for p in doc.paragraphs if p.pages == [12]]
    assert ("It is important to include energy flows, as these are key to how many IPLCs "
            "conceptualize balance and connections.") in texts
    assert any(t.startswith("It will be important to highlight language alongside knowledge")
               and t.endswith("often lost when languages are lost or translated.")
               for t in texts)


def test_symbol_font_bullets_are_list_items_not_table_rows():
    """The DMCA summary's bullets are a symbol-font glyph that the text layer holds as "!"
    before a tab: each is a passage of its own, without the glyph, not a table row."""
    doc = _corpus("us-copyright-office-dmca-summary-1998")
    page1 = [p.text for p in doc.paragraphs if p.pages == [1]]
    assert ("Title I, the “WIPO Copyright and Performances and Phonograms Treaties "
            "Implementation Act of 1998,” implements the WIPO treaties.") in page1
    assert ("Title V, the “Vessel Hull Design Protection Act,” creates a new form of "
            "protection for the design of vessel hulls.") in page1
    page10 = [p.text for p in doc.paragraphs if p.pages == [10]]
    assert "The transmission must be initiated by a person other than the provider." in page10
    assert not any("!" in t for t in page1 + page10)


def test_draft_title_after_the_fourth_committee_masthead():
    doc = _scale("A_C.4_80_L.21")
    assert doc.metadata.title == "The occupied Syrian Golan"


def test_resolution_keeps_real_hyphens_at_line_ends():
    doc = _corpus("un-ga-res-79-208-biological-diversity")
    assert "Kunming-Montreal Global Biodiversity Framework, and decides" in _para(doc, 49).text


def test_three_column_reading_order():
    doc = _corpus("us-federal-register-2020-17221-faa-proposed-rule")
    para = next(p for p in doc.paragraphs if p.text.startswith("On October 29, 2018, a Boeing"))
    assert para.pages == [1, 2]
    assert "takeoff from Soekarno-Hatta International Airport in Jakarta" in para.text
    assert para.footnotes == [1, 2, 3]
    assert _note(doc, 12).text.endswith("descend, using control column inputs only.")


def test_minutes_items_and_french_text():
    doc = _corpus("fr-quebec-sainte-adele-demolition-committee-minutes-2023")
    assert [p.text for p in doc.paragraphs if p.number is not None][3] == (
        "Demande de démolition pour le 1069, boulevard de de Sainte-Adèle")
    assert any(p.text == "La séance est levée à 16h05." for p in doc.paragraphs)


def test_negotiating_text_labels_with_suffixes():
    doc = _corpus("unfccc-adp-2015-informal-note-11-draft-agreement")
    assert doc.metadata.symbol == "ADP.2015.11.InformalNote"
    para = next(p for p in doc.paragraphs if p.number == "3ter"
                and p.text.startswith("Notwithstanding paragraphs 2 and 3"))
    assert para.footnotes == [4]


def test_vertical_japanese_without_mojibake():
    doc = _corpus("jp-kanpo-official-gazette-page")
    text = "".join(p.text for p in doc.paragraphs)
    assert "道路交通法" in text
    assert "\ufffd" not in text and "ã" not in text


# ---------------------------------------------------------------- layout on character records


def _chars(text, x, top, size, font="Times-Roman", step=None):
    step = step or size * 0.5
    out = []
    for i, ch in enumerate(text):
        out.append({"text": ch, "x0": x + i * step, "x1": x + (i + 1) * step, "top": top,
                    "bottom": top + size, "size": size, "fontname": font, "upright": True})
    return out


def test_marker_glued_to_a_year_is_superscript_and_a_subscript_is_not():
    body = _chars("in 2006", 72, 100, 10)
    marker = _chars("1", 72 + 7 * 5, 97, 6)  # smaller and raised
    co = _chars("CO", 200, 100, 10)
    sub = _chars("2", 210, 104, 6)  # smaller but lowered
    lines = chars_to_lines(body + marker + co + sub, 1, 600, 800)
    assert len(lines) == 1
    spans = lines[0].spans
    assert [s.text.strip() for s in spans if s.superscript] == ["1"]
    assert "CO2" in lines[0].text


def test_ligatures_and_font_styles():
    line = chars_to_lines(_chars("e\ufb00ect", 72, 100, 10, "ABCDEF+Calibri-BoldItalic"),
                          1, 600, 800)[0]
    assert line.text == "effect" and line.bold and line.italic


def test_two_columns_are_read_one_after_the_other():
    chars = []
    for row in range(20):
        chars += _chars(f"left column line {row:02d}", 50, 100 + row * 12, 10)
        chars += _chars(f"right column line {row:02d}", 320, 100 + row * 12, 10)
    lines = chars_to_lines(chars, 1, 600, 800)
    texts = [ln.text for ln in lines]
    assert texts[:20] == [f"left column line {row:02d}" for row in range(20)]
    assert texts[20] == "right column line 00" and lines[20].column == 1


# ---------------------------------------------------------------- joining lines


def test_line_end_hyphens():
    joiner = Joiner({"exclusive", "decision-makers"})
    line = lambda t: Line(text=t, page=1, spans=[Span(t)])  # noqa: E731
    assert joiner.join([line("useful to decision-"), line("makers and")]).text == (
        "useful to decision-makers and")
    assert joiner.join([line("the exclus-"), line("ive right")]).text == "the exclusive right"
    assert joiner.join([line("Technological Develop-"), line("ment")]).text == (
        "Technological Development")
    assert joiner.join([line("the Kunming-"), line("Montreal Framework")]).text == (
        "the Kunming-Montreal Framework")
    assert joiner.join([line("demande 2023-"), line("0379;")]).text == "demande 2023-0379;"
    assert joiner.join([line("on COVID\u201119-"), line("related issues")]).text == (
        "on COVID\u201119-related issues")
    assert joiner.join([line("inclusive, science-"), line("and evidence-based")]).text == (
        "inclusive, science- and evidence-based")
    assert joiner.join([line("both short-"), line("to medium-term")]).text == (
        "both short- to medium-term")


def test_space_set_before_a_line_end_hyphen():
    """Justified UN text sets a space before the hyphen it breaks a compound at."""
    joiner = Joiner()
    line = lambda t: Line(text=t, page=1, spans=[Span(t)])  # noqa: E731
    assert joiner.join([line("at its fifty -"), line("sixth session")]).text == (
        "at its fifty-sixth session")
    assert joiner.join([line("of the Secretary -"), line("General")]).text == (
        "of the Secretary-General")
    assert joiner.join([line("the outcome -"), line("The Parties")]).text == (
        "the outcome - The Parties")  # a dash before a new sentence stays a dash
    doc = _scale("A_RES_78_104")
    para = next(p for p in doc.paragraphs if p.text.startswith("Noting also that the Model"))
    assert para.text.endswith("at its fifty-sixth session, after due deliberations,")


def test_broken_url_is_rejoined():
    joiner = Joiner()
    line = lambda t: Line(text=t, page=1, spans=[Span(t)])  # noqa: E731
    text = joiner.join([line("See https://www.example.org/publications/reports-"),
                        line("2023/annual.pdf")]).text
    assert text == "See https://www.example.org/publications/reports-2023/annual.pdf"


# ---------------------------------------------------------------- unreadable PDFs


def _pdf_with_text(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if text:
        c.drawString(72, 720, text)
    else:
        c.rect(72, 72, 200, 200, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def _encrypted(data: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_user_password_is_an_encrypted_error():
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdf")
    data = _encrypted(_pdf_with_text("Secret text"), "user", "owner")
    with pytest.raises(EncryptedError, match="encrypted: a password is needed to open it"):
        list(read_pdf(data, path="locked.pdf"))


def test_owner_password_only_opens():
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdf")
    data = _encrypted(_pdf_with_text("Readable text"), "", "owner")
    assert [ln.text for ln in read_pdf(data, path="owner.pdf")] == ["Readable text"]


def test_image_only_pdf_needs_ocr():
    pytest.importorskip("reportlab")
    with pytest.raises(NoTextLayerError, match="no text layer"):
        list(read_pdf(_pdf_with_text(""), path="scan.pdf"))


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%garbage that never ends", b"not a pdf at all",
                                  b""])
def test_corrupt_input_is_an_input_error(data):
    with pytest.raises(InputError, match="not a readable PDF"):
        list(read_pdf(data, path="bad.pdf"))


def test_truncated_pdf_is_an_input_error():
    pytest.importorskip("reportlab")
    data = _pdf_with_text("Some text")
    with pytest.raises(InputError, match="not a readable PDF"):
        list(read_pdf(data[: len(data) // 3], path="cut.pdf"))


def test_hard_wrapped_text_is_one_paragraph(tmp_path):
    from soilkit.read import source_for
    from soilkit.read.text import read_text
    from soilkit.structure.report import build_report

    data = (b"## I. INTRODUCTION\n\n"
            b"1. The first paragraph is wrapped at seventy columns, as plain text\n"
            b"files often are, and it names the\n"
            b"United Nations at the start of a line.\n"
            b"2. The second paragraph.\n")
    doc = build_report(list(read_text(data, path="wrapped.txt")),
                       source_for("wrapped.txt", data, "text"))
    assert [(p.number, p.text) for p in doc.paragraphs] == [
        (1, "The first paragraph is wrapped at seventy columns, as plain text files often are, "
            "and it names the United Nations at the start of a line."),
        (2, "The second paragraph."),
    ]
    assert [(s.number, s.title) for s in doc.sections] == [("I.", "INTRODUCTION")]


def test_plain_footnote_number_at_the_page_foot():
    """A footnote whose number is not raised opens where the page's text carries that
    marker raised; a continuation line starting with a number does not open one."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 700
    for i in range(12):
        c.setFont("Times-Roman", 11)
        text = f"1. Body text of the first paragraph runs over several lines, line {i:02d}"
        c.drawString(72, y, text if i == 0 else text[3:])
        y -= 14
    c.drawString(72, y, "and ends here with a marker")
    c.setFont("Times-Roman", 7)
    c.drawString(72 + c.stringWidth("and ends here with a marker", "Times-Roman", 11), y + 4, "1")
    c.setFont("Times-Roman", 9)
    c.drawString(72, 120, "1 A plain footnote that runs over to")
    c.drawString(80, 109, "12 May 2024 on the next line.")
    c.showPage()
    c.save()
    from soilkit.read import source_for
    from soilkit.structure.report import build_report

    data = buf.getvalue()
    doc = build_report(list(read_pdf(data, path="plain.pdf")), source_for("plain.pdf", data, "pdf"))
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "A plain footnote that runs over to 12 May 2024 on the next line.")]
    assert doc.paragraphs[0].footnotes == [1]
    assert doc.paragraphs[0].text.endswith("and ends here with a marker")


def test_table_rows_and_labels_told_apart():
    from soilkit.structure.tables import is_row

    def row(text):
        return is_row(Line(text=text, page=1))

    assert row("Goal/target\tHeadline or binary indicator")
    assert row("4\tA.3 Red List Index")  # a bare number and a tab: a table row
    assert not row("12.\tDecides to convene")  # a paragraph label and its tab stop
    assert not row("3.1\tThe governing body shall")  # a sub-paragraph label
    assert not row("(a)\tTo work with relevant organizations")
    assert not row("Plain text without any cell boundary")


@pytest.mark.parametrize("every", [3, 13])  # 13 pages: caches emptied 4 times, or once
def test_a_pdf_read_from_its_file_in_chunks_is_the_pdf_read_from_bytes(monkeypatch, every):
    """Long PDFs are read from the file, pdfminer's caches emptied every FORGET_EVERY pages (so
    memory stays flat): the lines, the page numbers and the source's hash are those of one
    whole read."""
    need_corpus()
    import soilkit.read.pdf as pdfmod
    from soilkit.api import load

    path = CORPUS / "pdf" / "un-ga-res-79-208-biological-diversity.pdf"
    data = path.read_bytes()
    whole, whole_source = load(str(path), data=data)
    monkeypatch.setattr(pdfmod, "FORGET_EVERY", every)
    chunked, chunked_source = load(str(path))
    assert whole_source == chunked_source and whole_source.pages == 13
    assert [(ln.page, ln.text, ln.top) for ln in chunked] == [
        (ln.page, ln.text, ln.top) for ln in whole]
