"""The reference grammar on specific cases: exact spans, kinds, bodies, ids and pinpoints."""

from __future__ import annotations

import pytest

from soilkit.references import find_references
from soilkit.references.context import document_body
from soilkit.references.malformed import find_malformed
from soilkit.references.series import SERIES


def refs(text: str, **kw) -> list[tuple]:
    return [(r.text, r.kind, r.body, r.id, r.pinpoint) for r in find_references(text, **kw)]


@pytest.mark.parametrize(
    ("series", "example"),
    [(s.name, ex) for s in SERIES for ex in s.examples],
)
def test_every_series_example_is_found(series, example):
    printed, kind, body, rid = example
    found = find_references(f"See {printed} for details.")
    assert [(r.kind, r.body, r.id) for r in found] == [(kind, body, rid)], series
    assert found[0].text in printed
    assert found[0].text == f"See {printed} for details."[found[0].start:found[0].end]


CASES = [
    # decisions by symbol and by keyword; Roman and Arabic sessions in one series
    ("CBD/COP/DEC/15/28, Annex", [("CBD/COP/DEC/15/28", "decision", "CBD COP", "15/28", "annex")]),
    ("CBD COP Decision 15/28, paragraph 7.",
     [("15/28", "decision", "CBD COP", "15/28", "paragraph 7")]),
    ("UNEP/CBD/COP/DEC/VIII/23.", [("UNEP/CBD/COP/DEC/VIII/23", "decision", "CBD COP", "8/23",
                                    None)]),
    ("as requested in decision 3/COP.15,2 the secretariat",
     [("3/COP.15", "decision", "UNCCD COP", "15/3", None)]),
    ("Recalling decision 1/CP.21 and decision 1/CMA.3,",
     [("1/CP.21", "decision", "UNFCCC COP", "21/1", None),
      ("1/CMA.3", "decision", "UNFCCC CMA", "3/1", None)]),
    ("Ramsar Resolution XIII.13 on wetlands", [("XIII.13", "resolution", "Ramsar COP", "13/13",
                                                 None)]),
    ("CITES Decision 18.67 applies", [("Decision 18.67", "decision", "CITES CoP", "18/67", None)]),
    ("approved in decision IPBES-7/1, annex", [("IPBES-7/1", "decision", "IPBES", "7/1", "annex")]),
    ("General Assembly resolution 73/284 of 1 March 2019",
     [("73/284", "resolution", "UNGA", "73/284", None)]),
    ("ECOSOC resolution 2015/33, paragraph 46",
     [("2015/33", "resolution", "ECOSOC", "2015/33", "paragraph 46")]),
    ("The Conference had adopted Resolution 3/95 to this effect.",
     [("3/95", "resolution", "FAO Conference", "3/95", None)]),
    ("was adopted by the Conference in November 1983 (Resolution 8/831).",
     [("8/83", "resolution", "FAO Conference", "8/83", None)]),
    # lists and ranges: every printed member, the keyword shared
    ("the COP adopted decisions 15/4 to 15/11.",
     [("15/4", "decision", "CBD COP", "15/4", None), ("15/11", "decision", "CBD COP", "15/11",
                                                       None)]),
    ("Recalling decisions XIII/3 and XIV/30,",
     [("XIII/3", "decision", "CBD COP", "13/3", None),
      ("XIV/30", "decision", "CBD COP", "14/30", None)]),
    ("Decisions 13.24 to 13.26 - Conservation Status of Migratory Species (CMS)",
     [("Decisions 13.24", "decision", "CMS COP", "13/24", None),
      ("13.26", "decision", "CMS COP", "13/26", None)]),
    ("Recalling its resolutions 65/178 of 20 December 2010 and 66/220 of 22 December 2011,",
     [("65/178", "resolution", "UNGA", "65/178", None),
      ("66/220", "resolution", "UNGA", "66/220", None)]),
    # pinpoints before and after
    ("paragraphs 23 and 24 (b) of decision 14/30 of the Conference of the Parties to the CBD",
     [("14/30", "decision", "CBD COP", "14/30", "paragraphs 23 and 24 (b)")]),
    ("decision X/2, annex II, paragraph 3", [("X/2", "decision", "CBD COP", "10/2",
                                              "annex II, paragraph 3")]),
    ("Recalling decision XII/2 C, in which", [("XII/2", "decision", "CBD COP", "12/2",
                                               "section C")]),
    ("as set out in paragraph 14 of decision 3/CP.27,",
     [("3/CP.27", "decision", "UNFCCC COP", "27/3", "paragraph 14")]),
    # a part of a part, printed before: read outermost first
    ("in paragraph 3 of annex II to decision 14/30 of the Conference of the Parties",
     [("14/30", "decision", "CBD COP", "14/30", "annex II, paragraph 3")]),
    ("the indicators in Tables 1 and 2 of annex I to document CBD/SBI/4/2",
     [("CBD/SBI/4/2", "document", "CBD SBI", "CBD/SBI/4/2", "annex I, tables 1 and 2")]),
    ("Recalling paragraphs 5 and 6 of section II of its resolution 70/1,",
     [("70/1", "resolution", "UNGA", "70/1", "section II, paragraphs 5 and 6")]),
    # document symbols: as printed, white space normalised, repaired where broken
    ("see E/CN. 18/2015/11 and UNEP/ EA.3/Res.1",
     [("E/CN. 18/2015/11", "document", "UNFF", "E/CN.18/2015/11", None),
      ("UNEP/ EA.3/Res.1", "resolution", "UNEA", "3/1", None)]),
    ("E/2015/42-E/CN.18/2015/14", [("E/2015/42", "document", "ECOSOC", "E/2015/42", None),
                                   ("E/CN.18/2015/14", "document", "UNFF", "E/CN.18/2015/14",
                                    None)]),
    ("CBD/SBSTTA/23/929 November 2019", [("CBD/SBSTTA/23/9", "document", "CBD SBSTTA",
                                          "CBD/SBSTTA/23/9", None)]),
    ("April 1997CL 112/9 COUNCIL", [("CL 112/9", "document", "FAO Council", "CL 112/9", None)]),
    ("(GSPPA: VII/2019/3)", [("GSPPA: VII/2019/3", "document", "FAO GSP", "GSPPA: VII/2019/3",
                              None)]),
    ("document SC70 Doc. 2 (Rev. 1).", [("SC70 Doc. 2 (Rev. 1)", "document", "CITES SC",
                                         "SC70 Doc. 2 (Rev. 1)", None)]),
    ("Resolution 12.07 (Rev.COP13) on CMS networks",
     [("Resolution 12.07 (Rev.COP13)", "resolution", "CMS COP", "12/7", None)]),
    ("The Ramsar Standing Committee considered SC59 Doc.20 and Resolution XIV.17.",
     [("SC59 Doc.20", "document", "Ramsar SC", "SC59 Doc.20", None),
      ("XIV.17", "resolution", "Ramsar COP", "14/17", None)]),
    ("Governing Council of the United Nations Environment Programme decision 27/2 of 2013",
     [("27/2", "decision", "UNEP GC", "27/2", None)]),
    ("The Council, in November 1983, adopted Resolution 1/85 establishing the Commission",
     [("1/85", "resolution", "FAO Council", "1/85", None)]),
    ("See CBD/COP/15/17, decision 15/4, annex.",
     [("CBD/COP/15/17", "document", "CBD COP", "CBD/COP/15/17", None),
      ("15/4", "decision", "CBD COP", "15/4", "annex")]),
    ("Recalling also its decisions 15/10 of 10 December 202227 and 16/4 of 1 November 2024,",
     [("15/10", "decision", "CBD COP", "15/10", None),
      ("16/4", "decision", "CBD COP", "16/4", None)]),
    ("the Meeting of the Parties to the Montreal Protocol, in decision XXXI/2, and decision "
     "XIV/30 of the CBD", [("XXXI/2", "decision", "Montreal Protocol MOP", "31/2", None),
                           ("XIV/30", "decision", "CBD COP", "14/30", None)]),
    ("Economic and Social Council resolutions 1980/67 of 25 July 1980 on international years "
     "and anniversaries and 1989/84 of 24 May 1989",
     [("1980/67", "resolution", "ECOSOC", "1980/67", None),
      ("1989/84", "resolution", "ECOSOC", "1989/84", None)]),
    ("Report of the United Nations Conference on Environment and Development, Rio de Janeiro, "
     "3–14 June 1992, vol. I (Sales No. E.93.I.8 and corrigendum), resolution 1, annex II.",
     [("resolution 1", "resolution", "UNCED", "1", "annex II")]),
    # a resolution's own number heading it, in a document of its body
    ("Resolution adopted by the United Nations Environment Assembly on 6 December 2017\n"
     "3/6. Managing soil pollution to achieve sustainable development",
     [("3/6", "resolution", "UNEA", "3/6", None)]),
    ("United Nations A/RES/74/242 General Assembly\n74/242. Agriculture development",
     [("A/RES/74/242", "resolution", "UNGA", "74/242", None),
      ("74/242", "resolution", "UNGA", "74/242", None)]),
    ("Rome, 2019. 12/10. The Committee noted", []),
    ("Resolution adopted by the General Assembly\n31/108. United Nations Conference on "
     "Desertification", [("31/108", "resolution", "UNGA", "31/108", None)]),
    # identifiers broken across lines
    ("in decision\n15/28 and CBD/COP/DEC/\n14/30", [("15/28", "decision", "CBD COP", "15/28", None),
                                                   ("CBD/COP/DEC/\n14/30", "decision", "CBD COP",
                                                    "14/30", None)]),
]


# Error classes found on fresh passages (not in dev.yaml), each in a sentence of our own.
FRESH_CASES = [
    # a date glued to a revision number: revisions have one digit
    ("CBD/SBI/4/2/Rev.17 June 2022 ORIGINAL: ENGLISH",
     [("CBD/SBI/4/2/Rev.1", "document", "CBD SBI", "CBD/SBI/4/2/Rev.1", None)]),
    # a symbol glued to the 'Distr. GENERAL' line of a word-processed heading
    ("CBDDistr.GENERALCBD/SBSTTA/25/312 May 2023",
     [("CBD/SBSTTA/25/3", "document", "CBD SBSTTA", "CBD/SBSTTA/25/3", None)]),
    ("Distr. LIMITEDUNEP/EA.6/L.4 for the Assembly",
     [("UNEP/EA.6/L.4", "document", "UNEA", "UNEP/EA.6/L.4", None)]),
    # a word processor's link field code between keyword and number
    ('As asked in decision HYPERLINK "https://example.org/x" 15/13, paragraph 4, the CBD',
     [("15/13", "decision", "CBD COP", "15/13", "paragraph 4")]),
    # 'Dec.' before a Roman session; never a month
    ("The Parties to the Montreal Protocol decided in Dec. XXX/3 and Decision XXIX/10:",
     [("XXX/3", "decision", "Montreal Protocol MOP", "30/3", None),
      ("XXIX/10", "decision", "Montreal Protocol MOP", "29/10", None)]),
    ("signed on 4 Dec. 2019 in Rome", []),
    # French and Spanish versions of the keyword, and their list words
    ("la Conférence des Parties à la CBD, dans ses décisions XII/5 et 13/6,",
     [("XII/5", "decision", "CBD COP", "12/5", None),
      ("13/6", "decision", "CBD COP", "13/6", None)]),
    ("la Asamblea General, en su resolución 72/277 y resoluciones 73/333 y 74/212,",
     [("72/277", "resolution", "UNGA", "72/277", None),
      ("73/333", "resolution", "UNGA", "73/333", None),
      ("74/212", "resolution", "UNGA", "74/212", None)]),
    # CITES committee and plenary papers; a joint Animals/Plants Committee paper
    ("see AC31 Com. 4 (Rev. 1), AC31/PC25 Com. 2 and CoP19 Plen. 3 (Rev. 1)",
     [("AC31 Com. 4 (Rev. 1)", "document", "CITES AC", "AC31 Com. 4 (Rev. 1)", None),
      ("AC31/PC25 Com. 2", "document", "CITES AC", "AC31/PC25 Com. 2", None),
      ("CoP19 Plen. 3 (Rev. 1)", "document", "CITES CoP", "CoP19 Plen. 3 (Rev. 1)", None)]),
    # a CITES list names resolutions by 'Conf.' alone, but only a CITES text counts
    ("CITES resolutions in effect: Conf. 11.3 (Rev. CoP19) Compliance; Conf. 17.4 Demand",
     [("Conf. 11.3 (Rev. CoP19)", "resolution", "CITES CoP", "11/3", None),
      ("Conf. 17.4", "resolution", "CITES CoP", "17/4", None)]),
    ("Proceedings, Conf. 2.3 on soil physics, Vienna", []),
    # FAO report covers: 'C 2019/Report', 'COAG 2020/REP' with a space for the slash
    ("C 2019/Report and COAG 2020/REP were published; COFO 2016/2017 is a biennium",
     [("C 2019/Report", "document", "FAO Conference", "C 2019/Report", None),
      ("COAG 2020/REP", "document", "FAO COAG", "COAG 2020/REP", None)]),
    # the Human Rights Council issues its own resolutions, numbered like the Assembly's
    ("Human Rights Council resolution 52/23 and resolution 51/9 of the Human Rights Council",
     [("52/23", "resolution", "HRC", "52/23", None), ("51/9", "resolution", "HRC", "51/9", None)]),
    ("the Council adopted HRC/RES/50/9 on the right to food",
     [("HRC/RES/50/9", "resolution", "HRC", "50/9", None)]),
    # a long name glued to the word before it still names the body
    ("Human Rights Council text, Recalling alsoGeneral Assembly resolution 75/1 on the UN,",
     [("75/1", "resolution", "UNGA", "75/1", None)]),
    # 'para.' and 'paras.' as pinpoints, written out as the labels write them
    ("General Assembly resolution 71/313, para. 4, and resolution 72/100, paras. 2 and 5",
     [("71/313", "resolution", "UNGA", "71/313", "paragraph 4"),
      ("72/100", "resolution", "UNGA", "72/100", "paragraphs 2 and 5")]),
    # a UNEA session page numbers its resolutions alone; the session comes from the page
    ("At UNEA-6 in Nairobi, Member States adopted 15 resolutions. Resolution 3: Mineral "
     "resources. Resolution 11 asks for more.",
     [("Resolution 3", "resolution", "UNEA", "6/3", None),
      ("Resolution 11", "resolution", "UNEA", "6/11", None)]),
    ("The fourth session of the UN Environment Assembly closed. Resolution 14 covers nitrogen.",
     [("Resolution 14", "resolution", "UNEA", "4/14", None)]),
    ("The board met twice. Resolution 3 was tabled by the chair.", []),
    ("After UNEA 5.2, the General Assembly adopted Resolution 2 on its own agenda.", []),
    # '&' between list members in a table
    ("CMS Decisions 14.11 & 14.12 on bycatch",
     [("Decisions 14.11", "decision", "CMS COP", "14/11", None),
      ("14.12", "decision", "CMS COP", "14/12", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRESH_CASES)
def test_fresh_error_classes(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_grammar(text, expected):
    assert refs(text) == expected


LOOK_ALIKES = [
    "Rome, 15/28 June 2022", "posted 12/07/2005", "page 5/13", "about 3/4 of the land",
    "agenda item 9.3", "SDG 15 and target 15.3", "https://doi.org/10.4060/cb1928en",
    "ISBN 978-92-5-134567-8", "call +1-646-536-7556", "Frontiers 2018/19", "COP13 and SB60",
    "Workshop - Rome 5/7 December", "(JRC/EC)", "ECE/FAO study", "and/or", "1998-99",
    "Item 12.2 of the Provisional Agenda", "the decision of 15/28", "UNEP/DEWA office",
    "REPORT 2018/001", "decision 15/28 June", "CGRFA-18 and CGRFA-19", "Vol. 31 No. 29",
    "http://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/65/162",
    "Recommendation 2.1 of the evaluation", "Decision 9.3 of the agenda", "Annex II/3",
    # national and regional law numbered like treaty decisions
    "Ministerial Resolution 0452/2019 on fertilizers", "decision 12/2019 of the Ministry",
    "Ley 21/2015 de Montes", "Resolución 0261/2018 del Ministerio", "resolution 261/2018",
    "Council Decision 2010/87/EU", "Commission Decision (EU) 2019/1754",
    "Regulation (EU) 2023/1115 on deforestation-free products", "Directive 2009/147/EC",
    "CBD/COP/15/ and A/RES/ are prefixes", "Ramsar Draft Resolution X.00 Enhancing",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_refused(text):
    assert refs(text) == []


def test_context_body_resolves_a_bare_decision():
    text = "The Parties recalled decision 14/30 and welcomed the report."
    assert refs(text, context_body="CBD COP") == [("14/30", "decision", "CBD COP", "14/30", None)]
    found = find_references(text, context_body="CBD COP")
    assert found[0].implicit is True


def test_clause_naming_the_body_is_not_implicit():
    found = find_references("Under its Decision 15/28 on Biodiversity and Agriculture the COP to "
                            "the CBD adopted the plan.")
    assert [(r.id, r.body, r.implicit) for r in found] == [("15/28", "CBD COP", False)]


def test_urls():
    found = find_references("decision 15/28; A/RES/74/242; ICCD/COP(15)/23/Add.1")
    assert [r.url for r in found] == [
        "https://www.cbd.int/doc/decisions/cop-15/cop-15-dec-28-en.pdf",
        "https://undocs.org/A/RES/74/242",
        "https://undocs.org/ICCD/COP(15)/23/Add.1",
    ]


def test_document_body():
    assert document_body("CBD/COP/DEC/15/4\n19 December 2022\nDecision adopted by") == "CBD COP"
    assert document_body("United Nations A/RES/79/208 General Assembly") == "UNGA"
    assert document_body("Nothing to see here.") is None


def test_malformed():
    text = "decision 1/CP 20 and CBD/COP/DEC/15/ and decision 1/CP.20"
    found = find_malformed(text)
    assert [(t, reason) for _, _, t, reason in found] == [
        ("1/CP 20", "UNFCCC decision without the dot: n/CP.n"),
        ("CBD/COP/DEC/15/", "CBD decision symbol without its number"),
    ]
    for start, end, t, _ in found:
        assert text[start:end] == t


@pytest.mark.parametrize(("phrase", "label"), [
    ("the Convention on Biological Diversity", "CBD"),
    ("CONVENTION ON BIOLOGICAL DIVERSITY", "CBD"),
    ("the CBD", "CBD"), ("its SBSTTA", "CBD SBSTTA"),
    ("the General Assembly", "UNGA"), ("the UN General\nAssembly", "UNGA"),
    ("the Economic and Social Council", "ECOSOC"), ("United Nations Environment Assembly", "UNEA"),
    ("the UNEP secretariat", "UNEP"), ("United Nations Forum on Forests", "UNFF"),
    ("the Intergovernmental Science-Policy Platform", "IPBES"), ("Ramsar", "Ramsar COP"),
    ("Trade in Endangered Species", "CITES CoP"), ("CMS-listed species", "CMS COP"),
    ("the FAO Conference", "FAO Conference"), ("the FAO Council", "FAO Council"),
    ("Food and Agriculture Organization", "FAO"), ("the Conference", "Conference"),
    ("the Council", "Council"), ("Conference of the Parties", "COP"),
    ("Governing Council of UNEP", "UNEP GC"), ("Nagoya Protocol", "CBD NP-MOP"),
    ("the Human Rights Council", "HRC"),
])
def test_every_lexicon_word_is_seen(phrase, label):
    from soilkit.references.bodies import words_in

    assert label in [w.label for _, w in words_in(phrase, 0, len(phrase))]
