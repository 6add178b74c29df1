"""Session pages: exact values on the seed page, its HTML rendering, and the formats programme
pages are printed in (the page texts below are written for these tests)."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT, SAMPLES

import soilkit
from soilkit.model import Document, SessionPage
from soilkit.structure.sessions.people import is_name, parse_people, unglue
from soilkit.structure.sessions.times import find_dates, find_times

SEED_TEXT = SAMPLES / "seed-session-page.txt"
SEED_HTML = SAMPLES / "seed-session-page.html"
SEGMENT = "Soils as keystone for food security and ecosystem restoration"


def _sessions(path) -> list[dict]:
    page = soilkit.extract(str(path))
    assert isinstance(page, SessionPage)
    return page.to_dict()["sessions"]


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- the seed page


def test_seed_page_sessions_times_and_parent():
    sessions = _sessions(SEED_TEXT)
    assert [s["title"] for s in sessions] == [
        "Soils and the UN Decade on Ecosystem Restoration",
        "Soil Organic Carbon: How can smallholder farming communities benefit from carbon "
        "sequestration projects?",
        "“Measuring Progress” on Gender & Land Tenure",
    ]
    for s in sessions:
        assert s["status"] == "LIVE NOW"
        assert (s["date"], s["start"], s["end"], s["timezone"]) == ("2020-06-03", "14:00",
                                                                    "18:00", None)
        assert s["parent"] == SEGMENT
        # the segment's organiser line is handed to the sessions it holds
        assert s["sponsors"][0].startswith("This session is organised under TMG’s SEWOH Lab")
    first = sessions[0]
    assert first["description"].startswith("The draft strategy of the UN Decade on")
    assert first["description"].split("\n\n")[1].startswith("This session addresses both")
    assert len(first["objectives"]) == 4
    assert first["objectives"][2] == ("Discuss pathways to ensure that restoration measures "
                                      "consider tenure rights")
    assert sessions[1]["objectives"] == [] and sessions[2]["objectives"] == []


def test_seed_page_people():
    sessions = _sessions(SEED_TEXT)
    first = sessions[0]["people"]
    assert first[0] == {"name": "Annalisa Mauro", "honorific": None,
                        "role": "Global Network Coordinator",
                        "organization": "International Land Coalition", "acronym": "ILC",
                        "function": "speaker"}
    assert [(p["name"], p["function"]) for p in first] == [
        ("Annalisa Mauro", "speaker"), ("Susan Chomba", "speaker"),
        ("Martin Yemefack", "speaker"), ("Tim Christophersen", "concluding remarks"),
        ("Alexander Müller", "facilitator"),  # glued to the line before in the text
    ]
    assert (first[3]["organization"], first[3]["acronym"]) == ("UN Environment", "UNEP")
    assert (first[4]["role"], first[4]["organization"]) == ("Managing Director", "TMG Research")
    amy = sessions[1]["people"][0]
    assert (amy["name"], amy["role"], amy["organization"], amy["acronym"]) == (
        "Amy Duchelle", "Team Leader – Climate Change, Energy & Low-Carbon", "CIFOR / ICRAF",
        None)
    assert sessions[1]["people"][3]["name"] == "Sarah D’haen"
    assert [p["function"] for p in sessions[2]["people"]] == ["speaker"] * 3 + ["facilitator"]


def test_seed_html_gives_the_same_sessions_as_the_text():
    from_text = soilkit.extract(str(SEED_TEXT)).to_dict()
    from_html = soilkit.extract(str(SEED_HTML)).to_dict()
    assert from_html["source"]["format"] == "html"
    assert from_html["sessions"] == from_text["sessions"]
    assert from_html["event"] == from_text["event"]


def test_seed_html_sample_is_what_the_script_writes():
    spec = importlib.util.spec_from_file_location("make_session_html",
                                                  ROOT / "scripts" / "make_session_html.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rendered = module.render(SEED_TEXT.read_text(encoding="utf-8"))
    assert rendered == SEED_HTML.read_text(encoding="utf-8")
    assert rendered.count("<h2>") == 3 and '<ul class="speakers">' in rendered


def test_type_is_detected_and_can_be_forced():
    assert isinstance(soilkit.extract(str(SEED_TEXT)), SessionPage)
    assert isinstance(soilkit.extract(str(SAMPLES / "seed-report.txt")), Document)
    assert isinstance(soilkit.extract(str(SEED_TEXT), type="report"), Document)


def test_descriptions_go_through_the_reference_finder(monkeypatch):
    import soilkit.references as refs

    seen = []
    monkeypatch.setattr(refs, "find_references", lambda text, **kw: seen.append(text) or [])
    soilkit.extract(str(SEED_TEXT))
    assert len(seen) == 3 and seen[0].startswith("The draft strategy")


# ---------------------------------------------------------------- other formats

DAYS = """Global Soil Week 2024

Programme

Monday, 4 March 2024

09:00 – 10:30 Opening plenary
Welcome to the week and a look at the state of the world's soils.
Opening remarks: Dr. Jane Okello, Director, Land and Water Division, FAO
Keynote: Prof. Pedro Alvarez, University of Chile
Moderator: Ms. Laura Brandt, Senior Advisor, GIZ

11:00 – 12:30 Soil carbon markets: promise or peril?
Key questions:
• Is soil carbon permanent enough to be sold?
• Who carries the risk when it is lost?
{speakers}
Chaired by H.E. Ms. Amina Diallo, Minister of Agriculture, Senegal

Tuesday, 5 March 2024

2:00 PM - 3:30 PM Field visit: restoring degraded rangelands
Participants visit a restoration site near the venue.
""".format(speakers="Speakers: Ahmed Karim, Policy Officer, UNCCD; Mei Lin, Researcher, "
                    "CIFOR-ICRAF (tbc); Tom Weber, CEO, SoilTrust")


def test_day_headings_set_the_date_and_labels_set_functions(tmp_path):
    sessions = _sessions(_write(tmp_path, "days.txt", DAYS))
    assert [(s["title"], s["date"], s["start"], s["end"]) for s in sessions] == [
        ("Opening plenary", "2024-03-04", "09:00", "10:30"),
        ("Soil carbon markets: promise or peril?", "2024-03-04", "11:00", "12:30"),
        ("Field visit: restoring degraded rangelands", "2024-03-05", "14:00", "15:30"),
    ]
    opening = sessions[0]["people"]
    assert [(p["honorific"], p["name"], p["function"]) for p in opening] == [
        ("Dr.", "Jane Okello", "opening remarks"), ("Prof.", "Pedro Alvarez", "keynote"),
        ("Ms.", "Laura Brandt", "moderator")]
    assert opening[1]["organization"] == "University of Chile" and opening[1]["role"] is None
    markets = sessions[1]
    assert markets["objectives"] == ["Is soil carbon permanent enough to be sold?",
                                     "Who carries the risk when it is lost?"]
    assert [(p["name"], p["role"], p["organization"], p["function"])
            for p in markets["people"]] == [
        ("Ahmed Karim", "Policy Officer", "UNCCD", "speaker"),
        ("Mei Lin", "Researcher", "CIFOR-ICRAF", "speaker"),  # "(tbc)" is not part of it
        ("Tom Weber", "CEO", "SoilTrust", "speaker"),
        ("Amina Diallo", "Minister of Agriculture", "Senegal", "moderator"),
    ]
    assert markets["people"][3]["honorific"] == "H.E. Ms."
    page = soilkit.extract(str(tmp_path / "days.txt")).to_dict()
    assert page["event"] == {"name": "Global Soil Week 2024",
                             "dates": ["2024-03-04", "2024-03-05"]}


PARTS = """Day 2 | Thursday 14 November

MORNING

10:00-11:15 (CET)
Financing soil health
How can public and private finance reach the farmers who restore soils? This session looks
at blended finance models.
Panelists:
Maria Gonzalez (World Bank)
Kofi Mensah (Alliance for a Green Revolution in Africa)
Sarah Johnson
(Moderator)

AFTERNOON

14:00-15:00 (CET)
Youth voices for land
Young leaders share their stories from the field.
Aisha Bello
Lucas Moreau
Facilitator: David Kim, Programme Officer, UNEP
"""


def test_day_parts_names_only_and_a_label_over_the_lines_below(tmp_path):
    sessions = _sessions(_write(tmp_path, "parts.txt", PARTS))
    assert [(s["title"], s["date"], s["start"], s["end"], s["timezone"], s["parent"])
            for s in sessions] == [
        ("Financing soil health", None, "10:00", "11:15", "CET", None),  # no year printed
        ("Youth voices for land", None, "14:00", "15:00", "CET", None),
    ]
    assert [(p["name"], p["organization"], p["function"]) for p in sessions[0]["people"]] == [
        ("Maria Gonzalez", "World Bank", "panelist"),
        ("Kofi Mensah", "Alliance for a Green Revolution in Africa", "panelist"),
        ("Sarah Johnson", None, "moderator"),
    ]
    assert [(p["name"], p["function"]) for p in sessions[1]["people"]] == [
        ("Aisha Bello", "speaker"), ("Lucas Moreau", "speaker"), ("David Kim", "facilitator")]


BLOCKS = """Morning Programme

8:30 a.m.

Welcome Coffee

Tree Planting Ceremony

Governor Ana Silva, State of Mato Grosso

Finance for Forests

10:00 a.m.

Investing in Restoration: What Works

Moderator: Paul Green, Editor, Forest News

Ngozi Adeyemi, Managing Partner, Green Capital Fund

Hon. Peter Obi and Dr. Karin Larsen
"""


def test_block_headings_twelve_hour_times_and_offices(tmp_path):
    sessions = _sessions(_write(tmp_path, "blocks.txt", BLOCKS))
    assert [(s["title"], s["start"], s["parent"]) for s in sessions] == [
        ("Welcome Coffee", "08:30", None),
        ("Tree Planting Ceremony", "08:30", None),
        ("Investing in Restoration: What Works", "10:00", "Finance for Forests"),
    ]
    assert sessions[0]["people"] == []
    governor = sessions[1]["people"][0]
    assert (governor["name"], governor["role"], governor["organization"]) == (
        "Ana Silva", "Governor", "State of Mato Grosso")
    assert [(p["honorific"], p["name"], p["function"]) for p in sessions[2]["people"]] == [
        (None, "Paul Green", "moderator"), (None, "Ngozi Adeyemi", "speaker"),
        ("Hon.", "Peter Obi", "speaker"), ("Dr.", "Karin Larsen", "speaker")]


# ---------------------------------------------------------------- the pieces


@pytest.mark.parametrize("text, start, end, tz", [
    ("14:00-18:00", "14:00", "18:00", None),
    ("9:00 a.m.", "09:00", None, None),
    ("2:00 PM", "14:00", None, None),
    ("2:00 - 3:30 PM", "14:00", "15:30", None),
    ("11:00 – 1:00 p.m.", "11:00", "13:00", None),
    ("12:00 a.m.", "00:00", None, None),
    ("08:00 EAT - 08:30 EAT", "08:00", "08:30", "EAT"),
    ("13:00 to 14:15 (Europe/Brussels) (Europe/Brussels)", "13:00", "14:15", "Europe/Brussels"),
    ("10:00–11:30 UTC+2", "10:00", "11:30", "UTC+2"),
])
def test_times(text, start, end, tz):
    found = find_times(text)
    assert (found.start, found.end, found.timezone) == (start, end, tz)


def test_not_times():
    assert find_times("funded from 2020-2024 for 1.6 billion people") is None


@pytest.mark.parametrize("text, iso", [
    ("3 June 2020", "2020-06-03"),
    ("September 15, 2022", "2022-09-15"),
    ("Friday, 4 December 2015, 12:30 – 14:00", "2015-12-04"),
    ("Thursday 14 November", None),
])
def test_dates(text, iso):
    assert find_dates(text)[0].iso == iso


def test_person_grammar():
    (p,) = parse_people("Mr. Humberto Delgado Rosa, Director, Natural Capital, DG Environment, "
                        "European Commission")
    assert (p.honorific, p.name, p.role, p.organization) == (
        "Mr.", "Humberto Delgado Rosa", "Director, Natural Capital, DG Environment",
        "European Commission")
    (p,) = parse_people("Ms. Monique Barbut, UNCCD Executive Secretary (video message)")
    assert (p.role, p.organization, p.function) == ("UNCCD Executive Secretary", None,
                                                    "video message")
    (p,) = parse_people("Dana Tizya-Tramm, Tribal Councillor, Vuntut Gwitchin Government, "
                        "Old Crow, Yukon Territory")
    assert p.organization == "Vuntut Gwitchin Government, Old Crow, Yukon Territory"
    (p,) = parse_people("Angel Hsu Assistant Professor, Yale-NUD College")
    assert (p.name, p.role, p.organization) == ("Angel Hsu", "Assistant Professor",
                                                "Yale-NUD College")


def test_glued_run_of_people():
    people = parse_people("AnnaBerg (Soil Lab )LeoMcKay (Green Fund, Seed programme)Ida Roy")
    assert [(p.name, p.organization) for p in people] == [
        ("Anna Berg", "Soil Lab"), ("Leo McKay", "Green Fund, Seed programme"),
        ("Ida Roy", None)]
    assert unglue("McLean") == "McLean" and unglue("KasparPaur") == "Kaspar Paur"


def test_names_and_not_names():
    assert is_name("Nasha A. C. Cuvelier") and is_name("José Graziano da Silva")
    assert not is_name("Climate Leadership") and not is_name("Lomond Auditorium")
    assert not is_name("Opening Performance") and not is_name("FAO DG")


MARKDOWN = """# Land Restoration Forum 2025

## Wednesday, 11 June 2025

### 09:30 – 10:30 | Restoring drylands at scale

Drylands cover 41% of the Earth's land surface. This session reviews what has worked.

**Speakers**

- Fatima Sow, Head of Programmes, Great Green Wall Accelerator
- Dr. Omar Haddad, Senior Scientist, ICARDA

Moderated by Julia Meyer, Journalist, Deutsche Welle

### 11:00 – 12:00 | Closing plenary

- Closing remarks: Ibrahim Thiaw, Executive Secretary, UNCCD
"""


def test_markdown_headings_and_a_run_in_label(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "forum.md", MARKDOWN))).to_dict()
    assert page["event"] == {"name": "Land Restoration Forum 2025", "dates": ["2025-06-11"]}
    sessions = page["sessions"]
    assert [(s["title"], s["date"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        ("Restoring drylands at scale", "2025-06-11", "09:30", "10:30", None),
        ("Closing plenary", "2025-06-11", "11:00", "12:00", None),
    ]
    assert [(p["name"], p["acronym"] or p["organization"], p["function"])
            for s in sessions for p in s["people"]] == [
        ("Fatima Sow", "Great Green Wall Accelerator", "speaker"),
        ("Omar Haddad", "ICARDA", "speaker"),
        ("Julia Meyer", "Deutsche Welle", "moderator"),
        ("Ibrahim Thiaw", "UNCCD", "closing remarks"),
    ]


SIDE_EVENT = """Side event: Healthy soils for food security

Date: Tuesday, 12 December 2023
Time: 10.00 - 11.30 (GST)
Venue: SE Room 4, Blue Zone, Expo City Dubai

Organizers: FAO, Global Soil Partnership

Soils are the foundation of food systems. This side event will present the results of the
soil doctors programme.

Programme
10.00 - 10.10 Welcome and opening remarks, Mr. Maurizio Martina, Deputy Director-General, FAO
10.10 - 10.40 Panel discussion
- Ms. Ana Vargas, Secretary, Global Soil Partnership
- Dr. Ravi Lal, Distinguished Professor, Ohio State University
10.40 - 11.30 Q&A and closing
"""


def test_event_page_with_field_labels_and_a_running_order(tmp_path):
    sessions = _sessions(_write(tmp_path, "side.txt", SIDE_EVENT))
    parent = "Side event: Healthy soils for food security"
    assert [(s["title"], s["date"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        ("Welcome and opening remarks", "2023-12-12", "10:00", "10:10", parent),
        ("Panel discussion", "2023-12-12", "10:10", "10:40", parent),
        ("Q&A and closing", "2023-12-12", "10:40", "11:30", parent),
    ]
    assert [(p["name"], p["function"]) for p in sessions[0]["people"]] == [
        ("Maurizio Martina", "opening remarks")]
    assert [p["name"] for p in sessions[1]["people"]] == ["Ana Vargas", "Ravi Lal"]
    # the event holds no people of its own: a parent, not a session; its organisers move down
    assert sessions[2]["sponsors"] == ["Organizers: FAO, Global Soil Partnership"]


TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Programme</title></head><body>
<main>
<h1>Asia-Pacific Soil Partnership Meeting 2024</h1>
<h2>Day 1 – Wednesday, 17 April 2024</h2>
<table>
<thead><tr><th>Time</th><th>Session</th><th>Speakers</th></tr></thead>
<tbody>
<tr><td>09:00–09:30</td><td>Opening session</td>
<td>Mr. Kim Lee, Secretary, Asian Soil Partnership<br>Ms. Sara Tan, Soil Scientist, FAO</td></tr>
<tr><td>09:30–10:30</td><td><strong>Soil information systems</strong>
<p>Countries report on their national soil databases.</p></td>
<td>Moderator: Dr. Ali Khan, Land Resources Institute</td></tr>
<tr><td>10:30–11:00</td><td>Coffee break</td><td></td></tr>
</tbody></table>
<h2>Day 2 – Thursday, 18 April 2024</h2>
<h3>14:00 – 15:30 Field trip</h3>
<p>Visit to a long-term soil experiment.</p>
</main></body></html>
"""


def test_html_programme_table(tmp_path):
    sessions = _sessions(_write(tmp_path, "table.html", TABLE))
    assert [(s["title"], s["date"], s["start"], s["end"]) for s in sessions] == [
        ("Opening session", "2024-04-17", "09:00", "09:30"),
        ("Soil information systems", "2024-04-17", "09:30", "10:30"),
        ("Coffee break", "2024-04-17", "10:30", "11:00"),
        ("Field trip", "2024-04-18", "14:00", "15:30"),
    ]
    assert [(p["honorific"], p["name"], p["organization"]) for p in sessions[0]["people"]] == [
        ("Mr.", "Kim Lee", "Asian Soil Partnership"), ("Ms.", "Sara Tan", "FAO")]
    assert sessions[1]["description"] == "Countries report on their national soil databases."
    assert sessions[1]["people"][0]["function"] == "moderator"


STACKED = """15:00 - 16:30 CEST
Restoring peatlands: the next frontier
Peatlands store twice as much carbon as all the world's forests.
Speakers
Jane Doe
Director, Peatland Programme, Wetlands International (WI)
John Smith
CEO, Acme Carbon
Lena Berg (moderator)
Journalist
"""


def test_name_lines_with_the_affiliation_under_them(tmp_path):
    (session,) = _sessions(_write(tmp_path, "stacked.txt", STACKED))
    assert (session["start"], session["end"], session["timezone"]) == ("15:00", "16:30", "CEST")
    assert [(p["name"], p["role"], p["organization"], p["acronym"], p["function"])
            for p in session["people"]] == [
        ("Jane Doe", "Director, Peatland Programme", "Wetlands International", "WI", "speaker"),
        ("John Smith", "CEO", "Acme Carbon", None, "speaker"),
        ("Lena Berg", "Journalist", None, None, "moderator"),
    ]


def test_section_numbers_are_not_times():
    assert find_times("3.14 Climate change") is None
    assert find_times("10.00 - 11.30 Panel").start == "10:00"


ONE_NAME = """10:00 - 11:00
Ocean Voices
A conversation about the blue economy and coastal livelihoods.
Maria Santos
11:30 - 12:30
Mountain Partnerships
How mountain communities adapt to a changing climate.
Tenzin Norbu
"""


def test_a_lone_name_before_the_next_slot_is_a_speaker(tmp_path):
    sessions = _sessions(_write(tmp_path, "one.txt", ONE_NAME))
    assert [(s["title"], s["start"], [p["name"] for p in s["people"]]) for s in sessions] == [
        ("Ocean Voices", "10:00", ["Maria Santos"]),
        ("Mountain Partnerships", "11:30", ["Tenzin Norbu"]),
    ]


# ------------------------------------------- formats met on fresh programme pages (round 2)
# Each page below is written for the test, in the layout of a kind of real page the parser
# first got wrong.

PIPE_AGENDA = """12:30 | Registration
13:00 - Welcome
13:10 | Where the soil data are
Anna Kovacs, former Head of the Soil Observatory; Board Member
13:40 | Panel on soil monitoring
Moderator: Lena Brandt, European Commission
Tomas Varga, former Director of LUCAS
Mirela Popescu, Data Officer, EEA
14:30 | Coffee break
"""


def test_pipe_rows_lower_case_roles_and_an_institution_is_not_a_name(tmp_path):
    sessions = _sessions(_write(tmp_path, "agenda.txt", PIPE_AGENDA))
    assert [(s["title"], s["start"]) for s in sessions] == [
        ("Registration", "12:30"), ("Welcome", "13:00"),
        ("Where the soil data are", "13:10"), ("Panel on soil monitoring", "13:40"),
        ("Coffee break", "14:30")]
    people = {s["title"]: [(p["name"], p["role"], p["organization"], p["function"])
                           for p in s["people"]] for s in sessions}
    assert people["Where the soil data are"] == [
        # a semicolon inside one person's affiliation does not start a second person
        ("Anna Kovacs", "former Head of the Soil Observatory; Board Member", None, "speaker")]
    assert people["Panel on soil monitoring"] == [
        ("Lena Brandt", None, "European Commission", "moderator"),
        ("Tomas Varga", "former Director of LUCAS", None, "speaker"),
        ("Mirela Popescu", "Data Officer", "EEA", "speaker")]


TITLE_THEN_WHEN = """Our events at the Rio Conventions Pavilion

Land Day: Monday 9 June, 10:00 – 11:30

How land tenure shapes restoration. Organised by the pavilion partners.

Soil Day: Tuesday 10 June, 14:00 – 15:00

Measuring soil carbon on smallholder farms.

Wednesday June 11 | Closing reflections

What the week taught us about soils.
"""


def test_a_title_and_its_day_on_one_line(tmp_path):
    sessions = _sessions(_write(tmp_path, "pavilion.txt", TITLE_THEN_WHEN))
    assert [(s["title"], s["start"], s["end"]) for s in sessions] == [
        ("Land Day", "10:00", "11:30"), ("Soil Day", "14:00", "15:00"),
        ("Closing reflections", None, None)]
    assert sessions[2]["description"] == "What the week taught us about soils."


CALENDAR = """Climate week calendar

November 29-December 3, 2025 | Nairobi, Kenya

All times are local.

December 1

Cities and soils summit

  • Premier Thandi Mokoena, Gauteng, South Africa
  • Mayor Carla Ruiz, Quito, Ecuador
  • Ambassador Sven Olsen, Head of the Norwegian Mission to UNEP
  • Inger HALVORSEN, Executive Director, Nordic Soil Council
  • Prof. Paul Weber, soil expert, honorary professor at Bonn

Hall C – Summit Stage

Local leaders share what works.
"""


def test_a_year_carried_from_the_header_offices_with_places_and_capital_surnames(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "calendar.txt", CALENDAR))).to_dict()
    (s,) = page["sessions"]
    assert (s["title"], s["date"]) == ("Cities and soils summit", "2025-12-01")
    assert s["description"] == "Local leaders share what works."  # the room line is skipped
    assert [(p["name"], p["role"], p["organization"]) for p in s["people"]] == [
        ("Thandi Mokoena", "Premier", "Gauteng, South Africa"),
        ("Carla Ruiz", "Mayor", "Quito, Ecuador"),
        ("Sven Olsen", "Ambassador, Head of the Norwegian Mission to UNEP", None),
        ("Inger HALVORSEN", "Executive Director", "Nordic Soil Council"),
        ("Paul Weber", "soil expert, honorary professor at Bonn", None)]


ROOMS = """5 March 2024

09:00 - 10:30

Opening ceremony

Hall A

11:00 - 12:00

High-level session: Soils for cities

Urban Soils Pavilion

09:30 11:30
Stage B
Broadcast of the morning plenary
"""


def test_rooms_under_titles_and_a_start_end_pair(tmp_path):
    sessions = _sessions(_write(tmp_path, "rooms.txt", ROOMS))
    assert [(s["title"], s["start"], s["end"], s["description"]) for s in sessions] == [
        ("Opening ceremony", "09:00", "10:30", None),
        ("High-level session: Soils for cities", "11:00", "12:00", None),
        ("Broadcast of the morning plenary", "09:30", "11:30", None)]


GENEVA = """12 Feb 2025
10:00–12:00

Venue: Environment House, Room 3

Organization: Soil Network Geneva

Welcome & Introduction
Marta SILVA, Director, Soil Network Geneva

Opening remarks
H.E. Amb. Jonas K. BERG, Permanent Mission of Norway
Paul Roth, Swiss Confederation

Panel 2: Who pays for healthy soils? Farmers, cities and the public purse.
Nadia OKAFOR, Economist, World Bank

Moderation: Leo DUPONT, Head of Programmes, Soil Network Geneva
"""


def test_an_agenda_of_items_sharing_the_event_time(tmp_path):
    sessions = _sessions(_write(tmp_path, "geneva.txt", GENEVA))
    assert [(s["title"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        ("Welcome & Introduction", "10:00", "12:00", None),
        ("Opening remarks", "10:00", "12:00", None),
        ("Panel 2: Who pays for healthy soils? Farmers, cities and the public purse.", "10:00",
         "12:00", None)]
    assert all(not s["sponsors"] or "Organization" in s["sponsors"][0] for s in sessions)
    assert [(p["name"], p["honorific"], p["organization"], p["function"])
            for p in sessions[1]["people"]] == [
        ("Jonas K. BERG", "H.E. Amb.", "Permanent Mission of Norway", "opening remarks"),
        ("Paul Roth", None, "Swiss Confederation", "opening remarks")]
    assert [(p["name"], p["function"]) for p in sessions[2]["people"]] == [
        ("Nadia OKAFOR", "speaker"), ("Leo DUPONT", "moderator")]


LABELS_WITH = """08:30 - Registration
09:00 - Taking stock of the soil strategy
Q&A with Maria Lind, Commissioner for Environment, European Commission
Followed by panel discussion, featuring:
- Jan Novak, President, Soil Science Society
- Eva Horvat, Partner, Green Law Group
Welcome by Ida Berg, Mayor of Uppsala
"""


def test_labels_ending_in_with_and_featuring(tmp_path):
    sessions = _sessions(_write(tmp_path, "labels.txt", LABELS_WITH))
    s = sessions[1]
    assert [(p["name"], p["role"], p["organization"], p["function"]) for p in s["people"]] == [
        ("Maria Lind", "Commissioner for Environment", "European Commission", "speaker"),
        ("Jan Novak", "President", "Soil Science Society", "panelist"),
        ("Eva Horvat", "Partner", "Green Law Group", "panelist"),  # not an organisers' line
        ("Ida Berg", "Mayor of Uppsala", None, "opening remarks")]
    assert s["sponsors"] == []


def test_clock_formats_met_on_fresh_pages():
    assert (find_times("10h00: Roundtable").start, find_times("09:30 11:30").end) == (
        "10:00", "11:30")
    assert find_times("11:30 09:30").end is None  # two times, not a range
    assert find_dates("November 29-December 3, 2025")[0].iso == "2025-11-29"
    assert not is_name("European Commission") and not is_name("Swiss Confederation")
    assert is_name("Inger ANDERSEN") and not is_name("GLF Africa")


APPROXIMATE = """Programme of 25 April 2018

+/- 09.30
Arrivals of the delegations

+/- 10.15
First plenary session – political focus
Co-chaired by Anna Lind, European Commission
"""


def test_approximate_times_and_co_chairs(tmp_path):
    sessions = _sessions(_write(tmp_path, "approx.txt", APPROXIMATE))
    assert [(s["title"], s["date"], s["start"]) for s in sessions] == [
        ("Arrivals of the delegations", "2018-04-25", "09:30"),
        ("First plenary session – political focus", "2018-04-25", "10:15")]
    assert [(p["name"], p["function"]) for p in sessions[1]["people"]] == [
        ("Anna Lind", "moderator")]


SINGLE = """  • Day 2: Wednesday, 20 December
  • 18:00-19:00
  • Room: Paris

Closing plenary: what comes next

Paris

Over two days the forum heard from farmers, scientists and investors.

Watch the video
"""


def test_a_single_session_page_is_detected_and_its_room_skipped(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "single.txt", SINGLE)))
    assert isinstance(page, SessionPage)
    (s,) = page.to_dict()["sessions"]
    assert (s["title"], s["start"], s["end"]) == ("Closing plenary: what comes next", "18:00",
                                                  "19:00")
    assert s["description"].startswith("Over two days")


RUNNING_ORDER = """Closing plenary of the soil carbon symposium

14:00 - 14:40 Why soil carbon matters for food security - Mr. Tom Berg, Lund University, Sweden

14:40 - 15:30 Interactive panel:

  • H.E. Ana Ruiz, Ambassador, Permanent Representative of Chile to FAO, IFAD and WFP
  • Ms Lea Moreau, Commissioner of Agriculture, Rural Development, and Blue Economy, \
African Union Commission (video message)
  • Panellist 3: Omar Said, Soil Division, FAO

15:30 - 15:40 | OPENING ADDRESSES
- His Excellency Karim Nasser, Ambassador of Jordan - Mr Ivan Petrov, Deputy Director, UNEP
15:40 - 15:55 Soil carbon: status and way forward Ms Yuki Tanaka, FAO
15:55 - 16:00 Closure of the symposium by Mr. Ravi Kumar, Land and Water Division, FAO
"""


def test_titles_and_people_on_one_running_order_line(tmp_path):
    sessions = _sessions(_write(tmp_path, "order.txt", RUNNING_ORDER))
    assert [(s["title"], s["start"], s["end"]) for s in sessions] == [
        ("Why soil carbon matters for food security", "14:00", "14:40"),
        ("Interactive panel", "14:40", "15:30"),
        ("OPENING ADDRESSES", "15:30", "15:40"),
        ("Soil carbon: status and way forward", "15:40", "15:55"),
        ("Closure of the symposium", "15:55", "16:00")]
    people = [(p["name"], p["honorific"], p["role"], p["organization"], p["function"])
              for s in sessions for p in s["people"]]
    assert people == [
        ("Tom Berg", "Mr.", None, "Lund University, Sweden", "speaker"),
        ("Ana Ruiz", "H.E.", "Ambassador, Permanent Representative of Chile to FAO, IFAD and WFP",
         None, "speaker"),
        ("Lea Moreau", "Ms", "Commissioner of Agriculture, Rural Development, and Blue Economy",
         "African Union Commission", "video message"),
        ("Omar Said", None, "Soil Division", "FAO", "panelist"),
        ("Karim Nasser", "His Excellency", "Ambassador of Jordan", None, "opening remarks"),
        ("Ivan Petrov", "Mr", "Deputy Director", "UNEP", "opening remarks"),
        ("Yuki Tanaka", "Ms", None, "FAO", "speaker"),
        ("Ravi Kumar", "Mr.", "Land and Water Division", "FAO", "speaker")]


TITLES_FIRST = """Daily sessions

Soils in the climate talks
18:15
– 19:00 GMT+2
Where soils stand in the negotiations on agriculture.
Speakers

Live Stream

A field visit to soil labs in Kenya
16:30
– 18:00 GMT+2
Including recordings and a live Q&A with the lab teams
Speakers

Partnerships for healthy soils

11:30 – 13:30 Cairo time – Soil Pavilion (Blue Zone)

No single actor can restore soils alone.

Time: 15:00 – 16:00h EET
"""


def test_titles_printed_before_their_broken_time_ranges(tmp_path):
    sessions = _sessions(_write(tmp_path, "titles_first.txt", TITLES_FIRST))
    assert [(s["title"], s["start"], s["end"], s["timezone"], s["description"])
            for s in sessions] == [
        ("Soils in the climate talks", "18:15", "19:00", "GMT+2",
         "Where soils stand in the negotiations on agriculture."),
        ("A field visit to soil labs in Kenya", "16:30", "18:00", "GMT+2",
         "Including recordings and a live Q&A with the lab teams"),
        ("Partnerships for healthy soils", "11:30", "13:30", "Cairo time",
         "No single actor can restore soils alone.")]
    assert (find_times("15:00 – 16:00h EET").end, find_times("15:00 – 16:00h EET").timezone) == (
        "16:00", "EET")


LAUNCH = """Launch of the soil atlas

Draft agenda, Tuesday 10 June 2025, 16:00 - 18:00 GMT (18:00-20:00 CEST)
Master of Ceremony, Rosa Klein, Soil Officer, FAO
16:00-16:40 (GMT)
Opening ceremony
Welcoming address, Ms. Hana Ito, Deputy Director-General, FAO
Opening address:
- Mr. Felix Adu, Executive Director, UNCCD
- H.E. Mr. Luis Mora, Minister of Environment, Costa Rica (tbc)
"""


def test_labels_with_a_comma_and_a_master_of_ceremonies_over_the_event(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "launch.txt", LAUNCH))).to_dict()
    sessions = page["sessions"]
    assert page["event"]["dates"] == ["2025-06-10"]
    # the event is listed as a session because its master of ceremonies is listed for it
    assert [(s["title"], s["date"], s["start"], s["end"], s["timezone"], s["parent"])
            for s in sessions] == [
        ("Launch of the soil atlas", "2025-06-10", "16:00", "18:00", "GMT", None),
        ("Opening ceremony", "2025-06-10", "16:00", "16:40", "GMT", "Launch of the soil atlas")]
    assert [(p["name"], p["function"]) for s in sessions for p in s["people"]] == [
        ("Rosa Klein", "master of ceremonies"), ("Hana Ito", "opening remarks"),
        ("Felix Adu", "opening remarks"), ("Luis Mora", "opening remarks")]


def test_a_master_of_ceremonies_slot_holds_no_sessions(tmp_path):
    text = LAUNCH.replace("Launch of the soil atlas\n\n", "")
    sessions = _sessions(_write(tmp_path, "launch2.txt", text))
    assert [(s["title"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        ("Master of ceremony", "16:00", "18:00", None),
        ("Opening ceremony", "16:00", "16:40", None)]


DOTTED_WEBINAR = """Webinar: Soil monitoring in practice

9.30 Opening of the webinar and
the aims of the soil monitoring network

Clara Dumont - INRAE

9.50 First session

Facilitators: Piet Smit - WUR & Ana Costa - ISPRA

Soil health indicators for the new law
Jan-Peter Vogel - DG ENV

Soil data in Europe
Marco Rossi - JRC, European Soil Data Centre (ESDAC)

11.10 Virtual coffee break

Market outlook (11:30-12:15/05:30-06:15)

  • Lea Fischer, Director, Soil Finance Lab
"""


def test_dotted_times_wrapped_titles_and_dashed_affiliations(tmp_path):
    sessions = _sessions(_write(tmp_path, "dotted.txt", DOTTED_WEBINAR))
    assert [(s["title"], s["start"], s["end"]) for s in sessions] == [
        ("Opening of the webinar and the aims of the soil monitoring network", "09:30", None),
        ("First session", "09:50", None),
        ("Soil health indicators for the new law", "09:50", None),
        ("Soil data in Europe", "09:50", None),
        ("Virtual coffee break", "11:10", None),
        ("Market outlook", "11:30", "12:15")]
    people = [(p["name"], p["role"], p["organization"], p["acronym"], p["function"])
              for s in sessions for p in s["people"]]
    assert people == [
        ("Clara Dumont", None, "INRAE", None, "speaker"),
        ("Piet Smit", None, "WUR", None, "facilitator"),
        ("Ana Costa", None, "ISPRA", None, "facilitator"),
        ("Jan-Peter Vogel", "DG ENV", None, None, "speaker"),
        ("Marco Rossi", "JRC", "European Soil Data Centre", "ESDAC", "speaker"),
        ("Lea Fischer", "Director", "Soil Finance Lab", None, "speaker")]


def test_a_section_number_is_still_not_a_time(tmp_path):
    text = "Report of the meeting\n\n3.14 Climate change and the soil carbon balance\n\n" \
           "The group discussed the balance.\n"
    page = soilkit.extract(str(_write(tmp_path, "sections.txt", text)), type="sessions")
    assert all(s.start is None for s in page.sessions)


SINGLE_WEBINAR = """Soil Day Webinar "Roots of resilience"

To mark the day, three networks are co-organising a webinar on soils and drought.

📅 5 December 2024
🕙 13:00 UTC | 14:00 CET
📍 Online

Join us!

Amina Diallo, Programme Officer, UNCCD

Ms. Sofia Lind, Soil Scientist, SLU
"""


def test_a_single_event_page_takes_its_when_and_speakers(tmp_path):
    (s,) = _sessions(_write(tmp_path, "webinar.txt", SINGLE_WEBINAR))
    assert (s["title"], s["date"], s["start"], s["end"], s["timezone"]) == (
        'Soil Day Webinar "Roots of resilience"', "2024-12-05", "13:00", None, "UTC")
    assert [(p["name"], p["organization"]) for p in s["people"]] == [
        ("Amina Diallo", "UNCCD"), ("Sofia Lind", "SLU")]


TABLE_CELLS = """Provisional Agenda
START |
FINISH |
ACTIVITY |
LED BY |
|
08:30 |
09:00 |
Registration and welcome coffee |
|
09:00 |
09:15 |
Opening ceremony (15 min) |
Representative of the host Government |
09:15 |
09:45 |
Aims of the workshop (30 min) |
Mia Holm (Group of Experts) |
"""


def test_a_table_rendered_one_cell_per_line(tmp_path):
    sessions = _sessions(_write(tmp_path, "cells.txt", TABLE_CELLS))
    assert [(s["title"], s["start"], s["end"]) for s in sessions] == [
        ("Registration and welcome coffee", "08:30", "09:00"),
        ("Opening ceremony (15 min)", "09:00", "09:15"),
        ("Aims of the workshop (30 min)", "09:15", "09:45")]
    assert [(p["name"], p["organization"]) for p in sessions[2]["people"]] == [
        ("Mia Holm", "Group of Experts")]


DASH_LABELS = """09:00 – 10:00 : Opening Ceremony
  • Welcome – Rita Gomes, Land Trust Network
  • Moderator – Jo Bell, UNEP
18:00 – 19:30 : Welcome Reception @ Main Hall, Congress Centre
"""


def test_labels_after_a_dash_and_a_place_after_an_at_sign(tmp_path):
    sessions = _sessions(_write(tmp_path, "dash.txt", DASH_LABELS))
    assert [(s["title"], s["start"], s["end"]) for s in sessions] == [
        ("Opening Ceremony", "09:00", "10:00"), ("Welcome Reception", "18:00", "19:30")]
    assert [(p["name"], p["organization"], p["function"]) for p in sessions[0]["people"]] == [
        ("Rita Gomes", "Land Trust Network", "opening remarks"),
        ("Jo Bell", "UNEP", "moderator")]


@pytest.mark.parametrize("text, start, end, tz", [
    ("1330-1530 hrs", "13:30", "15:30", None),
    ("0900 hrs", "09:00", None, None),
    ("16:00-17:30 | Lisbon time (GMT+1)", "16:00", "17:30", "Lisbon time"),
])
def test_four_digit_times_and_a_zone_after_a_bar(text, start, end, tz):
    found = find_times(text)
    assert (found.start, found.end, found.timezone) == (start, end, tz)
    assert find_times("restoration targets for 2021-2030") is None


PAVILION_DAYS = """Pavilion of the Drylands at COP 9
4 - 9 March 2026, Lima, Peru
Time zone: UTC-5
  • Launch Day: Wednesday, 4 March
    0930-1100 hrs
    Rangelands Restored: First Results of the Andean Grazing Pact
    Herders and scientists present what five years of rotational grazing changed.
  • Water Day: Thursday, 5 March
    TBD
"""


def test_a_named_day_heading_and_a_time_zone_note(tmp_path):
    (s,) = _sessions(_write(tmp_path, "days.txt", PAVILION_DAYS))
    assert (s["title"], s["date"], s["start"], s["end"], s["objectives"]) == (
        "Rangelands Restored: First Results of the Andean Grazing Pact", "2026-03-04", "09:30",
        "11:00", [])
    assert s["description"].startswith("Herders and scientists")


CITY_ROOM = """• Monday, 9 March 2026
  • 10:00-11:00 | Lisbon time (GMT+1)

Closing Plenary

Madrid

The closing plenary gathers the partners of the forum to agree on next steps.
"""


def test_a_room_named_after_a_city_under_the_title(tmp_path):
    (s,) = _sessions(_write(tmp_path, "room.txt", CITY_ROOM))
    assert (s["title"], s["date"], s["start"], s["end"], s["parent"]) == (
        "Closing Plenary", "2026-03-09", "10:00", "11:00", None)
    assert s["description"].startswith("The closing plenary")


TABLE_WITH_HEADER = """Our partners hold the side events below during the conference, March 3-14.
Date & Time | Title | Venue | Host |
3 March, 9:00 - 12:00 | Mapping Peat Under the Tundra | Hotel Polar - room Aurora 2 | NPI |
3 March, 10:00 - 11:00 | Drylands Pavilion Opening. | Drylands Pavilion | Pavilion partners |
3 March, 13:15 | Seeds for Sahel Restoration | Side-event room 4 | SRI, ARC (WASCAL) |
"""


def test_a_pipe_table_with_a_header_row(tmp_path):
    path = _write(tmp_path, "table.txt", TABLE_WITH_HEADER)
    assert isinstance(soilkit.extract(str(path)), SessionPage)  # detected as a programme
    sessions = _sessions(path)
    assert [(s["title"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        ("Mapping Peat Under the Tundra", "09:00", "12:00", None),
        # inside the first event's range, but a shorter event of its own, not a part of it
        ("Drylands Pavilion Opening.", "10:00", "11:00", None),
        ("Seeds for Sahel Restoration", "13:15", None, None)]
    assert [s["sponsors"] for s in sessions] == [
        ["Hosts: NPI"], ["Hosts: Pavilion partners"], ["Hosts: SRI, ARC (WASCAL)"]]
    assert all(s["people"] == [] for s in sessions)


def test_an_html_table_with_a_header_row(tmp_path):
    rows = [("Date &amp; Time", "Title", "Venue", "Host"),
            ("3 March, 9:00 - 12:00", "Mapping Peat Under the Tundra", "Hotel Polar", "NPI"),
            ("3 March, 13:15", "Seeds for Sahel Restoration", "Side-event room 4", "SRI")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    page = f"<html><body><h1>Side events</h1><table>{cells}</table></body></html>"
    sessions = _sessions(_write(tmp_path, "table.html", page))
    assert [(s["title"], s["start"], s["end"], s["parent"], s["sponsors"]) for s in sessions] == [
        ("Mapping Peat Under the Tundra", "09:00", "12:00", None, ["Hosts: NPI"]),
        ("Seeds for Sahel Restoration", "13:15", None, None, ["Hosts: SRI"])]


TITLES_BEFORE_SLOTS = """7:30 am – 6:00 pm
Registration and Information
8:00 am – 8:30 am
Welcome Coffee
10h15-10h45 Opening keynote
Peat, people and policy, Professor Ines MARQUES, University of Coimbra
10h45- 11h30 Panel 1: Farming on thawing ground
Q&A 11h30-11h45
"""


def test_titles_with_their_slot_after_them_and_a_talk_under_an_item(tmp_path):
    sessions = _sessions(_write(tmp_path, "slots.txt", TITLES_BEFORE_SLOTS))
    assert [(s["title"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        # an all-day registration desk is no parent of what its range holds
        ("Registration and Information", "07:30", "18:00", None),
        ("Welcome Coffee", "08:00", "08:30", None),
        ("Opening keynote", "10:15", "10:45", None),
        ("Panel 1: Farming on thawing ground", "10:45", "11:30", None),
        ("Q&A", "11:30", "11:45", None)]
    keynote = sessions[2]
    assert keynote["description"] == "Peat, people and policy"
    assert [(p["honorific"], p["name"], p["organization"], p["function"])
            for p in keynote["people"]] == [
        ("Professor", "Ines MARQUES", "University of Coimbra", "keynote")]


NAME_OVER_ROLE_AGENDA = """Opening remarks & Facilitation (5’):

Rosa Ibarra
Director, Office of Soil Partnerships, AGRA

Presentation of the Soil Atlas (15’):

Dr. Kwame Mensah
Chief Scientist, Soil Research Institute

Invited speakers:

H.E. Lina Petrov,
Minister of Agriculture, Bulgaria (tbc)

Introduction of the debate (5’): Rosa Ibarra, Director, Office of Soil Partnerships, AGRA

Roundtable (40’):  Moderator: Ms. Ida Berg, Ambassador, Permanent Mission of Sweden
"""


def test_colon_titles_over_name_and_role_lines(tmp_path):
    sessions = _sessions(_write(tmp_path, "agenda.txt", NAME_OVER_ROLE_AGENDA))
    assert [s["title"] for s in sessions] == [
        "Opening remarks & Facilitation (5’)", "Presentation of the Soil Atlas (15’)",
        "Introduction of the debate (5’)", "Roundtable (40’)"]
    people = [[(p["honorific"], p["name"], p["role"], p["organization"], p["function"])
               for p in s["people"]] for s in sessions]
    assert people[0] == [(None, "Rosa Ibarra", "Director, Office of Soil Partnerships", "AGRA",
                          "opening remarks")]
    assert people[1] == [
        ("Dr.", "Kwame Mensah", "Chief Scientist", "Soil Research Institute", "speaker"),
        # "Invited speakers:", then a name with a comma after it over its role line
        ("H.E.", "Lina Petrov", "Minister of Agriculture", "Bulgaria", "speaker")]
    assert people[2] == [(None, "Rosa Ibarra", "Director, Office of Soil Partnerships", "AGRA",
                          "speaker")]
    assert people[3] == [("Ms.", "Ida Berg", "Ambassador", "Permanent Mission of Sweden",
                          "moderator")]


TALKS = """Tuesday 4 March 2025 - morning
Soil policy in the Union
Moderator: Ana Ruiz, European Soil Office
- Welcome and scope (Ana Ruiz, European Soil Office)
- The Soil Monitoring Law (Piet de Vries, EC ENV)
- Soil data in farm payments: Eva Lind, Swedish Board of Agriculture
- Why Soils Matter, Healthy Rivers
"""


def test_talks_listed_under_a_session_give_its_speakers(tmp_path):
    (s,) = _sessions(_write(tmp_path, "talks.txt", TALKS))
    assert (s["title"], s["date"]) == ("Soil policy in the Union", "2025-03-04")
    assert [(p["name"], p["organization"], p["function"]) for p in s["people"]] == [
        ("Ana Ruiz", "European Soil Office", "moderator"),
        ("Ana Ruiz", "European Soil Office", "speaker"),
        ("Piet de Vries", "EC ENV", "speaker"),
        ("Eva Lind", "Swedish Board of Agriculture", "speaker")]
    # a bullet whose words after the comma place no one is an objective, not a speaker
    assert s["objectives"] == ["Why Soils Matter, Healthy Rivers"]


TITLES_OVER_DATE_FIELDS = """Closing Plenary: Peat. The Memory of the Land.
Date: Thursday, 12 March 2026
Time: 14.00 – 16.00 GMT+1
Plenary Description
Peatlands store a third of the soil carbon of the world. The closing plenary asks how the
memory they keep can guide the restoration work of the next decade.
Friday’s Plenary: Farming the wet way
Date: Friday, 13 March 2026
Time: 09.30 – 11.00 GMT+1
Plenary Description
"""


def test_titles_over_their_date_and_time_fields(tmp_path):
    sessions = _sessions(_write(tmp_path, "plenaries.txt", TITLES_OVER_DATE_FIELDS))
    assert [(s["title"], s["date"], s["start"], s["end"], s["parent"]) for s in sessions] == [
        # a heading in title case is a title even when it ends with a full stop
        ("Closing Plenary: Peat. The Memory of the Land.", "2026-03-12", "14:00", "16:00", None),
        # the second title takes its own date, not the one before it
        ("Friday’s Plenary: Farming the wet way", "2026-03-13", "09:30", "11:00", None)]
    # "Plenary Description" is the heading of the text, not a part of it
    assert sessions[0]["description"].startswith("Peatlands store a third")
    assert sessions[1]["description"] is None


def test_affiliation_notes_countries_and_shared_affiliations():
    # a country in parentheses after the affiliation is where, the abbreviation before it the
    # acronym; link labels such as "(Speech)" are notes
    (p,) = parse_people("Mira Holt, Soil Watch (Chile)")
    assert (p.organization, p.acronym) == ("Soil Watch", None)
    (p,) = parse_people("Tomas Brix, Dryland Research Centre (DRC, Kenya)")
    assert (p.organization, p.acronym) == ("Dryland Research Centre", "DRC")
    (p,) = parse_people("Ms. Ada Lenz, Head of Soils, Land Office (Speech)")
    assert (p.role, p.organization) == ("Head of Soils", "Land Office")
    # the acronym printed before the country that stays with the organisation
    (p,) = parse_people("Olu Bade – Green Belt Trust (GBT), Nigeria")
    assert (p.organization, p.acronym) == ("Green Belt Trust, Nigeria", "GBT")
    # names joined by "and" share the affiliation after them
    assert [(p.name, p.organization) for p in parse_people(
        "Ines Roca and Pavel Dunn, Institute for Arid Soils")] == [
        ("Ines Roca", "Institute for Arid Soils"), ("Pavel Dunn", "Institute for Arid Soils")]
    # organisations with who speaks for each, in parentheses
    assert [(p.name, p.organization) for p in parse_people(
        "UNEP (Karl Moss), FAO (Lena Ortiz)")] == [("Karl Moss", "UNEP"), ("Lena Ortiz", "FAO")]
    # whom a person represents is the organisation
    (p,) = parse_people("Sami Rahal representing Youth Soil Network")
    assert (p.name, p.organization) == ("Sami Rahal", "Youth Soil Network")
    (p,) = parse_people("Eva Stone, Director of Policy at WWF, on behalf of the Soil Alliance.")
    assert (p.role, p.organization) == ("Director of Policy at WWF", "Soil Alliance")
    # a position with a role word inside a hyphenated word, and an acronym-led organisation,
    # are no names
    assert not is_name("Deputy-Secretary General WMO") and not is_name("FAO-North America")
    (p,) = parse_people("Nora Vik, Deputy-Secretary General WMO (video message)")
    assert (p.role, p.function) == ("Deputy-Secretary General WMO", "video message")
    (p,) = parse_people("Ole Dahl, FAO-North America")
    assert (p.role, p.organization) == (None, "FAO-North America")


def test_labels_with_the_kind_of_item_or_a_double_colon(tmp_path):
    text = """10:00 - 11:00 Session 1 – Soils and water
Round-table moderated by Ana Ruiz, Soil Watch
Speakers:: Leo Park, Mia Holm, Ivo Sand
11:00 - 11:30 Greetings
Greetings from Dana Lee, Mayor of Soiltown
Co-facilitators: Kim Aro, Land Office
"""
    sessions = _sessions(_write(tmp_path, "labels.txt", text))
    assert [(p["name"], p["function"]) for p in sessions[0]["people"]] == [
        ("Ana Ruiz", "moderator"), ("Leo Park", "speaker"), ("Mia Holm", "speaker"),
        ("Ivo Sand", "speaker")]
    assert [(p["name"], p["function"]) for p in sessions[1]["people"]] == [
        ("Dana Lee", "message"), ("Kim Aro", "facilitator")]


@pytest.mark.parametrize("text, start, end", [
    ("9h30 – 10h", "09:30", "10:00"),       # a bare French hour closing a range
    ("10h – 10h30 Tea break", "10:00", "10:30"),
    ("Congress hall, 18:30pm", "18:30", None),  # a 24-hour time with a redundant "pm"
])
def test_more_clock_forms(text, start, end):
    found = find_times(text)
    assert (found.start, found.end) == (start, end)
    assert find_times("a 5h course") is None


@pytest.mark.parametrize("text, iso", [
    ("14/10/2023, 09:45 - 10:00", "2023-10-14"),   # day first
    ("10/14/2023", "2023-10-14"),                  # a second number over 12: month first
    ("took place on 07.05.2021 in the hall", "2021-05-07"),
    ("Programme day: 06. May 2021", "2021-05-06"),  # a day number with a full stop
])
def test_numeric_dates(text, iso):
    assert find_dates(text)[0].iso == iso


SINGLE_PANEL = """Healing the Peatlands: Five Steps
An online panel for Peat Week
TIME: 10.00 –11.15 CET AND 17.00 -18.15 CET
Peatlands hold more carbon than all forests. The panel looks at what it takes to rewet them.
- Where rewetting works
- What holds it back
Moderator: Ana Ruiz, Director, Peat Office
Speakers list
Ms. Lena Berg, Chief Executive Officer, Bog Trust
"""


def test_tagline_between_a_title_and_its_time(tmp_path):
    (s,) = _sessions(_write(tmp_path, "panel.txt", SINGLE_PANEL))
    # the tagline is the start of the description; the session run twice keeps its first run
    assert (s["title"], s["start"], s["end"]) == ("Healing the Peatlands: Five Steps", "10:00",
                                                  "11:15")
    assert s["description"].startswith("An online panel for Peat Week")
    assert len(s["objectives"]) == 2
    assert [(p["name"], p["function"]) for p in s["people"]] == [
        ("Ana Ruiz", "moderator"), ("Lena Berg", "speaker")]


ONE_EVENT_FIELDS = """Soil & Society
Short opening talks
Introduction to:
- The agenda of the day
- How to ask questions
Message of welcome:
- Lea Holm, Network President
Welcome by the day's facilitators:
- Ivo Marsh, Policy Director, Soil Network
Location: Date: March 3, 2021 Time: 10:00 am - 10:20 am Ivo Marsh Lea Holm
"""


def test_single_event_with_its_fields_at_the_end(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "fields.txt", ONE_EVENT_FIELDS)),
                           type="sessions")
    (s,) = page.to_dict()["sessions"]
    # a sentence-case line over the item's list describes it; the closing field line gives
    # the when; "… facilitators:" says what the people below do
    assert (s["title"], s["date"], s["start"], s["end"]) == ("Soil & Society", "2021-03-03",
                                                             "10:00", "10:20")
    assert s["description"] == "Short opening talks" and len(s["objectives"]) == 2
    assert [(p["name"], p["function"]) for p in s["people"]] == [
        ("Lea Holm", "message"), ("Ivo Marsh", "facilitator")]


SITE_OVER_TITLE = """Land Days Pavilion

Rewilding Farmland Together

Monday 7 November 2022
10:15 – 11:30 UK time
, Please Note the clocks change on 30 Oct
Rewilding asks farmers to give land back to nature. This event asks how they can afford to.
Cattle Grazing Photo: Soil Watch
The panel will be facilitated by Rosa Vidal, Senior Adviser, Land Office.
"""


def test_site_name_over_a_title_case_title_and_a_facilitator_sentence(tmp_path):
    (s,) = _sessions(_write(tmp_path, "site.txt", SITE_OVER_TITLE))
    assert (s["title"], s["date"], s["start"], s["end"], s["timezone"]) == (
        "Rewilding Farmland Together", "2022-11-07", "10:15", "11:30", "UK time")
    assert s["description"].startswith("Rewilding asks farmers")  # note and caption skipped
    assert [(p["name"], p["role"], p["organization"], p["function"]) for p in s["people"]] == [
        ("Rosa Vidal", "Senior Adviser", "Land Office", "facilitator")]


CONGRESS_LINE = """Dry soils are living soils
Soil Science Congress, Lisbon, 4th May 2019, 15:30pm
Experts discuss how dry soils can be kept alive and productive in a changing climate.
"""


def test_event_and_town_before_the_date_under_a_title(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "congress.txt", CONGRESS_LINE)), type="sessions")
    (s,) = page.to_dict()["sessions"]
    assert (s["title"], s["date"], s["start"]) == ("Dry soils are living soils", "2019-05-04",
                                                   "15:30")


def test_titles_that_name_what_their_people_do(tmp_path):
    text = """10:00 - 10:30 Soil Network Keynote address
Mr. Ivo Marsh, Director, Soil Network
10:30 - 10:45 Welcome talk
Ms. Lea Holm, Policy Director, Land Office
10:45 - 11:30 Interactive Panel:
- Mr. Tom Weir, Soil Network
"""
    sessions = _sessions(_write(tmp_path, "titles.txt", text))
    # a keynote anywhere in the title, a welcome talk; a panel's people stay speakers
    assert [[p["function"] for p in s["people"]] for s in sessions] == [
        ["keynote"], ["opening remarks"], ["speaker"]]
    # a position in the body its acronym abbreviates is a role
    (p,) = parse_people("Ida Roy, Executive Secretary of the Dryland Observatory (DLO – Chile)")
    assert (p.role, p.organization, p.acronym) == (
        "Executive Secretary of the Dryland Observatory", None, "DLO")
    assert find_times("10:00 - 10:30 Tea/Coffee break").timezone is None


RUNNING_ORDER_NAMES = """| 9:00-9:20 |
Welcome Talk - Ana Ruiz |
| 9:20-9:50 |
Talk and Discussion - Leo Park |
| 9:50-10:30 |
Field Tour - guided by Mia Holm |
| 10:30-11:00 |
Discussion Session - Students and Staff separate |
"""


def test_title_dash_name_cells(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "cells.txt", RUNNING_ORDER_NAMES)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], s["start"], [(p["name"], p["function"]) for p in s["people"]])
            for s in sessions] == [
        ("Welcome Talk", "09:00", [("Ana Ruiz", "opening remarks")]),
        ("Talk and Discussion", "09:20", [("Leo Park", "speaker")]),
        ("Field Tour", "09:50", [("Mia Holm", "speaker")]),
        # words after the dash that are no name stay in the title
        ("Discussion Session - Students and Staff separate", "10:30", [])]


BULLETED_RUNNING_ORDER = """Our webinar brings soil scientists and farmers together to talk.

  • 8:45 am: Online room opens
  • 9:00 am: Ana Ruiz, Soil Network
    Why cover crops pay
  • 9:10 am: Welcome Speech (Prof Dr. Leo Park)
  • 9:20 am: Keynote 1: Soil life and yields (Mia Holm, Chief Scientist, Crop Institute)
"""


def test_bulleted_running_order_with_speakers_first_or_in_parentheses(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "bullets.txt", BULLETED_RUNNING_ORDER)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], s["start"], [(p["name"], p["function"]) for p in s["people"]])
            for s in sessions] == [
        ("Online room opens", "08:45", []),
        # a slot that opens with its speaker names its talk on the line under them
        ("Why cover crops pay", "09:00", [("Ana Ruiz", "speaker")]),
        # a name alone in parentheses, told by its honorifics ("Prof Dr.")
        ("Welcome Speech", "09:10", [("Leo Park", "opening remarks")]),
        # a title starting with a label ("Keynote 1:") is still a title
        ("Keynote 1: Soil life and yields", "09:20", [("Mia Holm", "keynote")])]
    (p,) = parse_people("H.E. Ivo Sand, Chilean Ambassador Berlin")
    assert (p.role, p.organization) == ("Chilean Ambassador Berlin", None)


CHAIRED_BLOCKS = """International Meeting on Dry Soils
1 – 3 June 2009, Tromsø, Norway
Monday June 1 - Day 1
Opening Session
Chair: Ana Ruiz, Soil Office of Norway
9:00 - 9:15
Opening Address: Minister of Climate
Mr. Leo K. Berg
9:15 - 9:40
Words from Partner Bodies
Speakers from FAO (Mia Holm), UNEP (Ivo
Sand), EU (Lea Park)
9:40 - 10:00
Coffee Break
Session 1: Dry soils worldwide
Chair: Tom Weir
10:00 - 10:30
Soils of the Sahel
Ines Roca and Pavel Dunn, Institute for Arid Soils
"""


def test_blocks_with_their_chairs_and_runs_inside(tmp_path):
    sessions = _sessions(_write(tmp_path, "chaired.txt", CHAIRED_BLOCKS))
    assert [(s["title"], s["date"], s["start"], s["parent"]) for s in sessions] == [
        # a block heading with its chair is a session of its own, and the parent of the
        # slots under it (a day heading ending "- Day 1" is still a day heading)
        ("Opening Session", "2009-06-01", None, None),
        ("Opening Address: Minister of Climate", "2009-06-01", "09:00", "Opening Session"),
        ("Words from Partner Bodies", "2009-06-01", "09:15", "Opening Session"),
        ("Coffee Break", "2009-06-01", "09:40", None),  # a break is no part of the block
        ("Session 1: Dry soils worldwide", "2009-06-01", None, None),
        ("Soils of the Sahel", "2009-06-01", "10:00", "Session 1: Dry soils worldwide")]
    people = [[(p["name"], p["organization"], p["function"]) for p in s["people"]]
              for s in sessions]
    assert people[0] == [("Ana Ruiz", "Soil Office of Norway", "moderator")]
    # a name with its honorific alone under a title is its speaker
    assert people[1] == [("Leo K. Berg", None, "opening remarks")]
    # "Org (Name)" runs, wrapped inside the parentheses
    assert people[2] == [("Mia Holm", "FAO", "speaker"), ("Ivo Sand", "UNEP", "speaker"),
                         ("Lea Park", "EU", "speaker")]
    assert people[5] == [("Ines Roca", "Institute for Arid Soils", "speaker"),
                         ("Pavel Dunn", "Institute for Arid Soils", "speaker")]


UNTIMED_PRESENTATIONS = """Presentations

Day 1 - Monday 3rd May

Opening of the meeting

Opening of the meeting

  • Mr. Leo Park, Director-General of the Soil Office (Speech)

Screening of the Soil Film

Keynote talks of the first day

Keynote talks of the first day

Soil Office Keynote address, Ms. Mia Holm, Chief Scientist, Soil Office
"""


def test_untimed_page_headings_printed_twice_and_talks_under_a_heading(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "untimed.txt", UNTIMED_PRESENTATIONS)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    # a title under a day heading is an agenda item on a page that prints no times; a
    # heading over talks is their parent; "(Speech)" is a link label
    assert [(s["title"], s["parent"], [(p["name"], p["role"], p["function"])
                                       for p in s["people"]]) for s in sessions] == [
        ("Opening of the meeting", None,
         [("Leo Park", "Director-General of the Soil Office", "speaker")]),
        ("Screening of the Soil Film", None, []),
        ("Soil Office Keynote address", "Keynote talks of the first day",
         [("Mia Holm", "Chief Scientist", "keynote")])]


def test_a_long_title_after_its_time_and_a_plenary_under_its_venue_field(tmp_path):
    text = """Working group on soil messages
The group drafts the messages of the outcome document, open to all participants of the week.
Venue: Green Room          Timing: 9:00-11:00 and 11:30-13:00
Closing plenary of the week
14:00 - 14:40 Why soil carbon matters for farms - Mr. Tom Berg, Lund University, Sweden
14:40 - 15:30 Presentation by the working group chairs of the main messages of every theme, \
to be reported in the outcome document of the week
Venue: Green Room          Timing: 14:00-15:30
"""
    page = soilkit.extract(str(_write(tmp_path, "plenary.txt", text)), type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"][:30], s["start"], s["end"], s["parent"]) for s in sessions] == [
        ("Working group on soil messages", "09:00", "11:00", None),
        ("Why soil carbon matters for fa", "14:00", "14:40", "Closing plenary of the week"),
        ("Presentation by the working gr", "14:40", "15:30", "Closing plenary of the week")]


def test_description_field_names_are_dropped(tmp_path):
    text = """10.00 - 10.55: Opening of the Soil Pavilion
11.05 - 11.55: Courts for the climate: a youth view
Organizers: Youth for Soil Law
Description of the session: This youth-led panel shows two legal avenues for soil justice.
Speakers:: Ana Ruiz, Leo Park
"""
    page = soilkit.extract(str(_write(tmp_path, "pavilion.txt", text)), type="sessions")
    s = page.to_dict()["sessions"][1]
    assert s["description"] == "This youth-led panel shows two legal avenues for soil justice."
    assert s["sponsors"] == ["Organizers: Youth for Soil Law"]
    assert [p["name"] for p in s["people"]] == ["Ana Ruiz", "Leo Park"]


EVENT_WITH_FIELDS_AND_ITEMS = """Healthy Soils: Farmers and Scientists Compare Notes
PANEL DISCUSSION
WHAT: Healthy Soils: Farmers and Scientists Compare Notes
WHEN: Thursday May 9, 2019 – 9:00am - 12pm
WHERE: Soil House – 12 Field Road, Springfield
PRICE: Free admission
Program
9:00 am: Welcome and coffee
9:30 am: Start of the morning
‐ Opening remarks
‐ A field story from the Sahel on soil carbon and yields, Ivo Sand.
Roundtable on soil data and farm policy. Participants:
- Ana Ruiz (Soil Office)
- Leo Park (USDA-ARS)
‐ Summation, Mia Holm (Soil Network)
‐ Closing remarks by Tom Weir, Consul of Chile
"""


def test_event_fields_and_an_agenda_of_bulleted_items(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "fields.txt", EVENT_WITH_FIELDS_AND_ITEMS)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    event = "Healthy Soils: Farmers and Scientists Compare Notes"
    # the event's range holds every item, start-only ones too; the bulleted items are
    # siblings, each with its speaker
    assert [(s["title"], s["date"], s["start"], s["parent"],
             [(p["name"], p["organization"], p["function"]) for p in s["people"]])
            for s in sessions] == [
        ("Welcome and coffee", "2019-05-09", "09:00", event, []),
        ("Start of the morning", "2019-05-09", "09:30", event, []),
        ("Opening remarks", "2019-05-09", "09:30", event, []),
        ("A field story from the Sahel on soil carbon and yields", "2019-05-09", "09:30", event,
         [("Ivo Sand", None, "speaker")]),
        ("Roundtable on soil data and farm policy", "2019-05-09", "09:30", event,
         [("Ana Ruiz", "Soil Office", "speaker"), ("Leo Park", "USDA-ARS", "speaker")]),
        ("Summation", "2019-05-09", "09:30", event, [("Mia Holm", "Soil Network", "speaker")]),
        ("Closing remarks", "2019-05-09", "09:30", event,
         [("Tom Weir", None, "closing remarks")])]


FIELD_NAMES_OVER_VALUES = """Event
04 Mar 2025

Soil and migration in the drylands

  • Date
    04 Mar 2025, 17:00pm
  • Location
    Room 2, Soil Centre, Nairobi
  • Organizer

    Soil Network, Land Office

Opening Remarks: Ms. Ana Ruiz, Director, Land Office

Remarks from a farmer: Mr. Leo Park, Farmer and Mayor of Soiltown

Panelists

  • Ms. Mia Holm, Soil Network
  • The Government of Kenya
  • Economic Community of East African States
  • Mr. Ivo Sand, Land Office
"""


def test_field_names_over_their_values_and_unnamed_panelists(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "iom.txt", FIELD_NAMES_OVER_VALUES)),
                           type="sessions")
    (s,) = page.to_dict()["sessions"]
    assert (s["title"], s["date"], s["start"]) == ("Soil and migration in the drylands",
                                                   "2025-03-04", "17:00")
    assert s["sponsors"] == ["Organizer: Soil Network, Land Office"]
    # bullets naming only an organisation in a list of panelists are no objectives
    assert s["objectives"] == []
    assert [(p["name"], p["function"]) for p in s["people"]] == [
        ("Ana Ruiz", "opening remarks"), ("Leo Park", "speaker"), ("Mia Holm", "panelist"),
        ("Ivo Sand", "panelist")]


ROUND_TABLE_OF_CONSTITUENCIES = """A – Welcome
* Welcome by the Organisers – Ana Ruiz – Soil Forum
* European Commission – Leo Park – DG Environment

B – ROUND TABLE (Moderator: Mia Holm)
Soil problems and solutions:
* Land Tenure – Ivo Sand – PhD, Associate Professor at the Soil University
* International Institutions – Tom Weir – FAO Soil Partnership
* European Farmers and Farm Workers – Lea Berg – European Coordination of Farmers
"""


def test_topic_name_affiliation_bullets_and_a_moderator_in_parentheses(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "round.txt", ROUND_TABLE_OF_CONSTITUENCIES)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [s["title"] for s in sessions] == ["A – Welcome", "B – ROUND TABLE"]
    assert [(p["name"], p["role"], p["organization"], p["function"])
            for p in sessions[1]["people"]] == [
        ("Mia Holm", None, None, "moderator"),
        # a degree after the name is no part of the role
        ("Ivo Sand", "Associate Professor at the Soil University", None, "speaker"),
        ("Tom Weir", None, "FAO Soil Partnership", "speaker"),
        ("Lea Berg", None, "European Coordination of Farmers", "speaker")]
    # a directorate-general after the Commission is the body; alone, it is kept as the role
    assert sessions[0]["people"][1]["role"] == "DG Environment"
    (p,) = parse_people("Eva Stone, Head of Unit Soils, European Commission, DG AGRI")
    assert (p.role, p.organization) == ("Head of Unit Soils, European Commission", "DG AGRI")


def test_semicolons_post_nominals_and_lists_inside_an_affiliation():
    (p,) = parse_people("Ana Ruiz, soil scientist; professor, Soil Institute, University of Ohio")
    assert (p.role, p.organization) == ("soil scientist; professor, Soil Institute",
                                        "University of Ohio")
    (p,) = parse_people("Dr. John Berg OBE, Soil Mission Board (TBC)")
    assert (p.name, p.organization) == ("John Berg", "Soil Mission Board")
    (p,) = parse_people("Ida Roy, Director, Research for the Plant Nutrition Institute (PNI; TBC)")
    assert (p.organization, p.acronym) == ("Research for the Plant Nutrition Institute", "PNI")
    (p,) = parse_people("Tom Weir, specialist, Department of Agriculture, Conservation & Forestry")
    assert (p.role, p.organization) == ("specialist",
                                        "Department of Agriculture, Conservation & Forestry")
    (p,) = parse_people("Rep. Lea Park, Chair, Soil Caucus")
    assert (p.honorific, p.name) == ("Rep.", "Lea Park")


AFTERNOON_OF_TALKS = """NOTE: All times Central Standard

1:00 pm – 1:15 pm
Introduction - Ana Ruiz and Leo Park
1:15 pm – 2:00 pm
Ana Ruiz - Presentation
2:00 pm – 2:20 pm
An interview with Mia Holm
2:20 pm – 3:00 pm
Panel: Soils and Food
How soils feed us, and what it takes. Featuring Ivo Sand, Lea Berg, Tom Weir
  • 15:00-16:00 Soils and Water (Soil Network and Water Forum)
Speakers: Dr. Eva Stone (Soil Network), Prof. Max Grün (Water Forum Ambassador), Ms. Ida Roy (IWF)
4:00 pm – 5:00 pm
Soil House Center
Closing Reception
"""


def test_names_in_titles_and_descriptions_and_a_venue_over_a_title(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "talks.txt", AFTERNOON_OF_TALKS)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], s["start"], [p["name"] for p in s["people"]]) for s in sessions] == [
        ("Introduction", "13:00", ["Ana Ruiz", "Leo Park"]),
        ("Presentation", "13:15", ["Ana Ruiz"]),
        ("An interview with Mia Holm", "14:00", ["Mia Holm"]),
        ("Panel: Soils and Food", "14:20", ["Ivo Sand", "Lea Berg", "Tom Weir"]),
        ("Soils and Water (Soil Network and Water Forum)", "15:00",
         ["Eva Stone", "Max Grün", "Ida Roy"]),
        ("Closing Reception", "16:00", [])]  # the venue line over the title is skipped
    assert [(p["role"], p["organization"]) for p in sessions[-2]["people"]] == [
        (None, "Soil Network"), ("Water Forum Ambassador", None), (None, "IWF")]


def test_numbered_labelled_people_and_a_one_cell_table_header(tmp_path):
    text = """| Time |
Description |
| 9:00-9:25 |
Welcome Talk - Ana Ruiz |
| 9:25-9:40 |
1. Greetings from Leo Park, MEP European Parliament
2. Greetings from H.E. Mia Holm, Chilean Ambassador Berlin
| 9:40-10:00 |
Coffee Break |
"""
    page = soilkit.extract(str(_write(tmp_path, "cells.txt", text)), type="sessions")
    sessions = page.to_dict()["sessions"]
    # the header cells are no field ("Time: Description"); numbered people under one label
    # stay in one item
    assert [(s["title"], s["parent"], [p["name"] for p in s["people"]]) for s in sessions] == [
        ("Welcome Talk", None, ["Ana Ruiz"]), ("Greetings", None, ["Leo Park", "Mia Holm"]),
        ("Coffee Break", None, [])]


EUROPEAN_PROGRAMME = """Soil Life Conference: Small World, Big Stakes

14h30             Welcoming speech & moderator: MEP, Ana RUIZ

14h35             Opening: Leo PARK, Special Adviser, Landowners Association

15h00- 15h30 Panel 1: What drives soil life

  • Carbon farming, Mia HOLM, Policy Officer, DG Climate Action- Land Use Unit
  • Soil health in practice, Agrico, Ivo VAN SAND
  • Are microbes the key? SoilLab – Ghent University, Eva STONE

15h30-15h45 Q&A

1 Lunch 15:45 - 16:30

17h55-18:00 Concluding remarks: MEP, Tom WEIR

10/12/2021 - 10/12/2021
"""


def test_capitalised_surnames_offices_before_names_and_a_date_after_the_programme(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "eu.txt", EUROPEAN_PROGRAMME)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], s["date"], s["start"], s["end"]) for s in sessions] == [
        ("Welcoming speech & moderator", "2021-12-10", "14:30", None),
        ("Opening", "2021-12-10", "14:35", None),
        ("Panel 1: What drives soil life", "2021-12-10", "15:00", "15:30"),
        ("Q&A", "2021-12-10", "15:30", "15:45"),
        ("Lunch", "2021-12-10", "15:45", "16:30"),  # an item number before the title
        ("Concluding remarks", "2021-12-10", "17:55", "18:00")]
    people = [[(p["name"], p["role"], p["organization"], p["function"]) for p in s["people"]]
              for s in sessions]
    assert people[0] == [("Ana RUIZ", "MEP", None, "opening remarks")]
    assert people[1] == [("Leo PARK", "Special Adviser", "Landowners Association",
                          "opening remarks")]
    assert people[2] == [
        ("Mia HOLM", "Policy Officer", "DG Climate Action- Land Use Unit", "speaker"),
        ("Ivo VAN SAND", None, "Agrico", "speaker"),
        ("Eva STONE", None, "SoilLab – Ghent University", "speaker")]
    assert people[5] == [("Tom WEIR", "MEP", None, "concluding remarks")]


def test_notes_in_other_languages_and_sentences_naming_people(tmp_path):
    text = """1 Welcome & coffee 09:00 - 09:30
2 Introduction 09:30 - 09:40
Both guests - Ana Ruiz and Leo Park - will be present.
Mia Holm, Soil Institute (spreker)
"""
    page = soilkit.extract(str(_write(tmp_path, "nl.txt", text)), type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], s["start"]) for s in sessions] == [("Welcome & coffee", "09:00"),
                                                           ("Introduction", "09:30")]
    assert [(p["name"], p["organization"]) for p in sessions[1]["people"]] == [
        ("Mia Holm", "Soil Institute")]


RUN_IN_TALKS = """8:00 – 8:30am – Registration

8:30-8:35 Welcome and Overview

Morning Session Focus – Soil Carbon in Gardens.

  • 9:30-10:00 Ana T. Ruiz – Understanding Compaction Severely compacted soil has poor \
structure and little life in it.
  • 10:00-10:30 Leo Park – Soil and the Water Cycle

10:30-10:45 Break

14:30-15:00 Free time, accommodation to rooms
15:00-15:30 Aim of the meeting. Mrs. Mia Holm. project co-ordinator, Soil Consult OU.
15:30-16:00 Overview of the work plan. Duties of the partners under the contract. Mr. Ivo Sand, \
project lead, Soil Consult OU.
"""


def test_talk_titles_after_names_run_in_descriptions_and_people_after_full_stops(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "runin.txt", RUN_IN_TALKS)), type="sessions")
    sessions = page.to_dict()["sessions"]
    block = "Morning Session Focus – Soil Carbon in Gardens."
    assert [(s["title"], s["start"], s["parent"], [p["name"] for p in s["people"]])
            for s in sessions] == [
        ("Registration", "08:00", None, []),
        ("Welcome and Overview", "08:30", None, []),
        # "Name – Talk": the words after the dash name a talk, not an employer
        ("Understanding Compaction", "09:30", block, ["Ana T. Ruiz"]),
        ("Soil and the Water Cycle", "10:00", block, ["Leo Park"]),
        ("Break", "10:30", None, []),
        # no zone, no room; the block goes on until the next heading
        ("Free time, accommodation to rooms", "14:30", block, []),
        ("Aim of the meeting", "15:00", block, ["Mia Holm"]),
        ("Overview of the work plan", "15:30", block, ["Ivo Sand"])]
    assert sessions[2]["description"].startswith("Severely compacted soil")
    assert sessions[7]["description"] == "Duties of the partners under the contract."
    assert [(p["role"], p["organization"]) for p in sessions[6]["people"]] == [
        ("project co-ordinator", "Soil Consult OU")]


EVENT_WITH_TALKS = """Soil Day Webinar - May 3rd: Healing the Ground

May 3, 2022, 1:00pm - 2:00pm
Zoom Webinar
Lea Berg

Recording: Soil Day Webinar - Healing the Ground

1:00 pm

Ana Ruiz  Soil Health and the Future of Farming in the Great Plains of America Today
1:10 pm

Leo Park – The Long-Term and the Short-Term Soil Carbon Cycle
"""


def test_talks_inside_an_event_range_past_a_contact_line(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "webinar.txt", EVENT_WITH_TALKS)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    event = "Soil Day Webinar - May 3rd: Healing the Ground"
    # a name and a column gap, or a dash, then a long talk title (even with hyphens)
    assert [(s["title"], s["start"], s["parent"], [p["name"] for p in s["people"]])
            for s in sessions] == [
        # a name under the item's fields is its (contact) person
        (event, "13:00", None, ["Lea Berg"]),
        ("Soil Health and the Future of Farming in the Great Plains of America Today", "13:00",
         event, ["Ana Ruiz"]),
        ("The Long-Term and the Short-Term Soil Carbon Cycle", "13:10", event, ["Leo Park"])]


FIELDS_ON_ONE_LINE = """Soil water for all?

Monday 26 August | 10.00-11.30 | Room: K21

Dry soils are spreading. The session asks how water can reach every field.

10:00 Setting the stage
Ana Ruiz, SWP/WMO Soil Programme

10:10 Welcome and Opening
Leo Park, GWP, Soil CEE

10:20 Pillar 1: Soil moisture maps
Mia Holm, WMO and
Ivo Sand, WMO
"""


def test_a_line_of_fields_with_bars_and_people_joined_by_a_line_final_and(tmp_path):
    sessions = _sessions(_write(tmp_path, "water.txt", FIELDS_ON_ONE_LINE))
    event = "Soil water for all?"
    # a single line of "|" fields is no table row: its time is the session's, which holds
    # the items; "Setting the stage" is no room
    assert [(s["title"], s["start"], s["parent"], [(p["name"], p["organization"], p["function"])
                                                   for p in s["people"]]) for s in sessions] == [
        ("Setting the stage", "10:00", event, [("Ana Ruiz", "SWP/WMO Soil Programme", "speaker")]),
        ("Welcome and Opening", "10:10", event, [("Leo Park", "Soil CEE", "opening remarks")]),
        ("Pillar 1: Soil moisture maps", "10:20", event,
         [("Mia Holm", "WMO", "speaker"), ("Ivo Sand", "WMO", "speaker")])]


def test_programme_extracts_on_a_news_page_and_numeric_dates_are_no_times(tmp_path):
    text = """Announcement: Seminar on Soils and Drought

Online, 05.03.2021

The seminar will present tools and practices that help farmers prepare for drought.

Extracts of the programme:
  • Opening address, Ana Ruiz, Director of Soils, Ministry of Water, the Republic of Chile
  • Introduction by the Moderator, H.E. Leo Park, Ambassador of Chile to FAO
"""
    page = soilkit.extract(str(_write(tmp_path, "news.txt", text)), type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], s["date"], s["start"]) for s in sessions][-2:] == [
        ("Opening address", "2021-03-05", None),
        ("Introduction by the Moderator", "2021-03-05", None)]
    assert [(p["name"], p["organization"], p["function"]) for s in sessions[-2:]
            for p in s["people"]] == [
        ("Ana Ruiz", "Ministry of Water, the Republic of Chile", "opening remarks"),
        ("Leo Park", None, "moderator")]


def test_table_rows_with_link_cells_and_a_bulleted_agenda_with_untimed_items(tmp_path):
    text = """Monday, 3 May 2021

Time Presentation subject Download pdf View video
09:00-09:10 Welcome and opening (Ana Ruiz) DAY1_01_welcome_Ruiz not available
09:10-09:30 Soil data in practice (Pieter van den Berg & Mia Holm) DAY1_02_data_Berg  Vimeo
"""
    page = soilkit.extract(str(_write(tmp_path, "rows.txt", text)), type="sessions")
    assert [(s["title"], s["start"], [p["name"] for p in s["people"]])
            for s in page.to_dict()["sessions"]] == [
        ("Welcome and opening", "09:00", ["Ana Ruiz"]),
        ("Soil data in practice", "09:10", ["Pieter van den Berg", "Mia Holm"])]
    text = """Friday 3rd of May 2019 from 13.00 to 15.30

Workshop draft agenda:

    • 13.10 Soil sample presentation [20min]
    • Discussion 1 [20 min]
    • 13.30 Field methods presentation [20min]
    • Wrap up [15min]
"""
    page = soilkit.extract(str(_write(tmp_path, "bullets.txt", text)), type="sessions")
    assert [(s["title"], s["date"], s["start"]) for s in page.to_dict()["sessions"]] == [
        ("Soil sample presentation [20min]", "2019-05-03", "13:10"),
        ("Discussion 1 [20 min]", "2019-05-03", "13:10"),
        ("Field methods presentation [20min]", "2019-05-03", "13:30"),
        ("Wrap up [15min]", "2019-05-03", "13:30")]


PANEL_PAGE = """Virtual Panel "Soils at breaking point"

22/03/2023

This session raises awareness about the state of soils and the data needed to govern them.

Tuesday 22 March - 10:45-12:15 (GMT)

AGENDA

10:45-10:55 (GMT)

Welcome and introduction

11:15-12:05

High Level Panel on the momentum for soil safekeeping - Ana Ruiz, Soil Officer of the Land Office:

  • Mr Leo Park, Deputy Minister for Development of Economy, Trade and Agriculture of Chile
  • H.E. Mia Holm, Minister of Environment, Chile (video message)

More information about the event.
"""


def test_an_items_when_printed_in_two_places_and_a_panel_line_naming_its_lead(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "panel.txt", PANEL_PAGE)), type="sessions")
    sessions = page.to_dict()["sessions"]
    event = 'Virtual Panel "Soils at breaking point"'
    assert [(s["title"], s["date"], s["start"], s["parent"]) for s in sessions] == [
        ("Welcome and introduction", "2023-03-22", "10:45", event),
        ("High Level Panel on the momentum for soil safekeeping", "2023-03-22", "11:15", event)]
    assert sessions[1]["description"] is None  # the link line is furniture
    assert [(p["name"], p["role"], p["organization"], p["function"])
            for p in sessions[1]["people"]] == [
        ("Ana Ruiz", "Soil Officer of the Land Office", None, "speaker"),
        ("Leo Park", "Deputy Minister for Development of Economy, Trade and Agriculture of Chile",
         None, "speaker"),
        ("Mia Holm", "Minister of Environment", "Chile", "video message")]


PANELS_WITH_NOTES = """Soil Science Futures panel:

Ana Ruiz (Soil University, Lima, USNC past chair)- keynote presenter, discussion moderator
Leo Park (Dryland Institute)
Mengqiang (Mike) Holm (University of Soils)

Joint Discussion of both Panels:
Ivo Sand (Soil College, USNC Chair)- discussion moderator
Final Summation: Lea Berg- Incoming SSSA President
"""


def test_panel_lines_with_dash_notes_nicknames_and_a_labelled_summation(tmp_path):
    page = soilkit.extract(str(_write(tmp_path, "panels.txt", PANELS_WITH_NOTES)),
                           type="sessions")
    sessions = page.to_dict()["sessions"]
    assert [(s["title"], [(p["name"], p["role"], p["organization"], p["function"])
                          for p in s["people"]]) for s in sessions] == [
        ("Soil Science Futures panel", [
            # a dash note after the parentheses gives the function; parentheses ending in a
            # position are all role
            ("Ana Ruiz", "Soil University, Lima, USNC past chair", None, "keynote"),
            ("Leo Park", None, "Dryland Institute", "speaker"),
            ("Mengqiang (Mike) Holm", None, "University of Soils", "speaker")]),
        ("Joint Discussion of both Panels",
         [("Ivo Sand", "Soil College, USNC Chair", None, "moderator")]),
        ("Final Summation", [("Lea Berg", "Incoming SSSA President", None, "speaker")])]


def test_an_offset_before_its_zone_and_a_theme_over_a_timed_title(tmp_path):
    assert find_times("9.30–10.30 +4 GMT").timezone == "+4 GMT"
    text = """PROTECT soils and water

9.30–10.30 +4 GMT

Rising to the Challenge: Soil and Water Ways of Knowing

This panel discusses the growing threat of droughts to soils and the farms they feed.
"""
    page = soilkit.extract(str(_write(tmp_path, "theme.txt", text)), type="sessions")
    (s,) = page.to_dict()["sessions"]
    # the line after the time, followed by its own text, is the title; the theme above the
    # time is the block it belongs to
    assert (s["title"], s["start"], s["end"], s["timezone"], s["parent"]) == (
        "Rising to the Challenge: Soil and Water Ways of Knowing", "09:30", "10:30", "+4 GMT",
        "PROTECT soils and water")
    assert s["description"].startswith("This panel discusses")


def test_kind_of_talk_speaker_organisation_then_title(tmp_path):
    text = """Date: 12/12/2022 AM
Programme
9.15 – 9.20: Welcome (Main Hall)
9.20 – 9.40: Invited Speaker – Ana van der Berg (UCLouvain) Monitoring soil health for policy
9.40 – 9.55: Oral Presentation – Leo Park (ILVO) Soil microbes after a drought
"""
    page = soilkit.extract(str(_write(tmp_path, "talks.txt", text)), type="sessions")
    assert [(s["title"], s["date"], s["start"], [(p["name"], p["organization"])
                                                 for p in s["people"]])
            for s in page.to_dict()["sessions"]] == [
        ("Welcome (Main Hall)", "2022-12-12", "09:15", []),
        ("Monitoring soil health for policy", "2022-12-12", "09:20",
         [("Ana van der Berg", "UCLouvain")]),
        ("Soil microbes after a drought", "2022-12-12", "09:40", [("Leo Park", "ILVO")])]


def test_a_degree_and_field_after_a_name_is_a_role():
    (p,) = parse_people("Jan Visser - PhD Soil Science")
    assert (p.role, p.organization) == ("PhD Soil Science", None)
