"""The words programme pages are written with: honorifics, offices, job titles, labels.

Lists of general English (and UN) vocabulary, never names or strings of one page: they let the
parser tell a person's name from a job title, an organisation from a place, and a speaker line
from a session title.
"""

from __future__ import annotations

import re

# Forms of address that are not part of a name (longest first so "H.E. Mr." is taken whole).
HONORIFICS = (
    "The Right Honourable", "The Rt Hon.", "The Rt. Hon.", "Rt. Hon.", "Rt Hon.",
    "The Honourable", "The Honorable", "Honourable", "Honorable", "Hon.",
    "H.E.", "H. E.", "HE", "S.E.", "Mr.", "Mrs.", "Ms.", "Mx.", "Miss", "Mr", "Mrs", "Ms",
    "Dr.", "Dr", "Prof.", "Prof", "Professor", "Lord", "Lady", "Baroness", "Baron", "Sir",
    "Dame", "Rev.", "Sen.", "Amb.", "Excellency", "His Excellency", "Her Excellency",
    "Rep.", "Gov.", "Cllr.", "Cllr", "Eng.", "Ing.",
    "M.", "Mme", "Mme.", "Sra.", "Sr.", "Dra.",
    # lower-case academic titles of Dutch, German and Belgian pages ("Prof. dr. ir. X")
    "dr.", "dr", "ir.", "drs.", "ing.", "mr.",
)
_HONORIFIC_ALT = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
# One or more honorifics at the start of a person's text ("H.E. Mr.", "Prof. Dr.").
HONORIFIC_RUN = re.compile(rf"^(?:(?:{_HONORIFIC_ALT})(?=[\s,]|$)\s*)+")
# An honorific opening a person after a comma, inside a line that starts with a title:
# "Launch of the Report, Mr. Luca Montanarella, Chair ...". Bare "HE"/"M." are too ambiguous.
# Also after a dash or "by" ("14:00 Unlocking SOC - Mr. Pete Smith, …", "Closure by Ms. X"), and
# after a bare space for the abbreviations ("… and way forward Ms Monica Kobayashi, FAO").
HONORIFIC_AFTER_COMMA = re.compile(
    r"(?:,\s+|\s+[-–—|]\s+|\s+by\s+)(?=(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|"
    r"Ms\.?|Dr\.?|Prof\.?|Professor|Lord|Lady|Sir|Dame|Hon\.|Honourable|Honorable|"
    r"The Honou?rable|Amb\.)\s+[A-ZÀ-Þ])"
    r"|(?:(?<=[a-zà-ÿ?)])|(?<=[a-zà-ÿ]{2}\.))(?<!\band)(?<!\bor)(?<!\bwith)(?<!Prof\.)"
    r"(?<!Mrs\.)(?<!Rev\.)(?<!Hon\.)(?<!Sen\.)(?<!Amb\.)(?<!Rep\.)(?<!Gov\.)\s+"
    r"(?=(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.)\s+[A-ZÀ-Þ][\w’'-]+\s+[A-ZÀ-Þa-z])"
)

# Honours and degrees printed after a name ("John Berg OBE", "Ana Ruiz, PhD"): not part of it
POST_NOMINALS = {"OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "FRSE", "PhD", "Ph.D.", "Ph.D",
                 "DPhil", "MSc", "M.Sc.", "BSc", "MBA", "MPH", "FAAS"}

# Offices printed before a name ("Mayor London Breed", "Prime Minister Mia Mottley"): a role.
OFFICES = (
    "Prime Minister", "Deputy Prime Minister", "Vice President", "Vice-President", "President",
    "Deputy Mayor", "Mayor", "Governor", "Lieutenant Governor", "Senator", "Minister",
    "Deputy Minister", "Secretary", "Secretary-General", "Chancellor", "Premier", "Ambassador",
    "Commissioner", "Congressman", "Congresswoman", "Representative", "Governor-General",
    "King", "Queen", "Prince", "Princess", "Crown Prince", "Sheikh", "Chief", "Councillor",
    "Councilor", "Speaker", "Director-General", "Executive Secretary", "Special Envoy",
)
OFFICE_RUN = re.compile(
    r"^(?:" + "|".join(re.escape(o) for o in sorted(OFFICES, key=len, reverse=True))
    + r")(?=\s+[A-ZÀ-Þ])"
)

# Words that make a phrase a job title or position.
ROLE_WORDS = {
    "actor", "adviser", "advisor", "advocate", "ambassador", "analyst", "anchor", "architect",
    "assistant", "associate", "author", "ceo", "cfo", "chair", "chairman",
    "chairperson", "chairwoman", "champion", "chancellor", "chief", "co-chair", "co-founder",
    "commissioner", "consultant", "convenor", "convener", "coordinator", "co-ordinator",
    "correspondent", "councillor", "councilor", "counsellor", "counselor", "cto", "coo",
    "delegate", "deputy", "designer", "director", "director-general", "economist", "editor",
    "engineer", "entrepreneur", "envoy", "executive", "expert", "farmer", "fellow", "founder",
    "governor", "head", "host", "journalist", "lead", "leader", "lecturer", "manager", "mayor",
    "member", "minister", "moderator", "officer", "partner", "photographer", "president",
    "principal", "producer", "professor", "rapporteur", "representative",
    "researcher", "scientist", "secretary", "secretary-general", "senator", "specialist",
    "spokesperson", "student", "superintendent", "treasurer", "trustee", "under-secretary",
    "under-secretary-general", "vice-chair", "vice-president", "writer", "activist",
    "liaison", "strategist", "curator", "artist", "musician", "poet", "presenter", "facilitator",
    "owner", "administrator", "attorney", "lawyer", "judge", "physician", "doctor", "nurse",
    "teacher", "chef", "ranger", "pastoralist", "delegation", "ceo/chair", "scholar",
    "candidate", "intern", "chairs", "chaired", "consul", "consul-general", "attaché",
}
# Short forms of positions ("FAO DG", "UNEP ED", "UN USG").
ROLE_ABBREVIATIONS = {
    "DG", "ADG", "DDG", "ED", "DED", "ES", "DES", "SG", "DSG", "USG", "ASG", "CEO", "CFO", "COO",
    "CTO", "MP", "MEP", "PM", "VP", "SVP", "EVP", "MD", "PI", "SRSG", "ERC", "RC", "HC",
    "PhD", "Ph.D.", "MSc", "MBA",
}

# Words that end an organisation's name; a part with one is an organisation, not a place.
ORGANIZATION_WORDS = {
    "academy", "agency", "alliance", "association", "authority", "bank", "board", "bureau",
    "center", "centre", "coalition", "college", "commission", "committee", "company",
    "consortium", "convention", "corporation", "council", "department", "division", "foundation",
    "fund", "government", "group", "initiative", "institute", "institution", "lab",
    "laboratory", "league", "ltd", "inc", "llc", "ministry", "network", "office",
    "organisation", "organization", "panel", "partnership", "platform", "programme", "program",
    "project", "research", "school", "secretariat", "service", "society", "trust", "union",
    "university", "unit", "forum", "federation", "facility", "observatory", "museum",
    "cooperative", "collective", "movement", "mission", "parliament", "senate", "assembly",
    "court", "press", "media", "news", "times", "post", "l.p.", "plc", "gmbh", "ag",
    "ranch", "farm", "farms", "gardens", "winery", "dairy",
}
# Organisation words that are not surnames: a phrase ending in one is not a personal name
# ("Paul Tuinder, European Commission" is one person, not two names).
INSTITUTION_WORDS = {
    "academy", "agency", "alliance", "association", "authority", "bureau", "centre", "center",
    "coalition", "college", "commission", "committee", "consortium", "convention",
    "corporation", "council", "department", "division", "foundation", "government",
    "initiative", "institute", "institution", "laboratory", "ministry", "network",
    "organisation", "organization", "partnership", "programme", "program", "secretariat",
    "society", "university", "federation", "facility", "observatory", "parliament",
    "cooperative", "nations", "union", "confederation", "republic", "kingdom", "embassy",
    "mission", "coordination", "institutions", "organisations", "organizations",
    "associations", "services", "solutions", "technologies", "industries", "international",
    "administrators", "authorities", "ministries", "agencies", "universities", "ranch",
    "farm", "farms", "gardens", "winery", "dairy", "estate",
}
# Place types ending a place name ("Yukon Territory", "Republic of Fiji" is an organisation).
PLACE_WORDS = {
    "territory", "territories", "province", "state", "county", "region", "district",
    "prefecture", "canton", "oblast", "island", "islands", "municipality", "department",
}
# Countries and places printed after an organisation ("Aberdeen University, UK").
COUNTRIES = {
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bangladesh", "barbados", "belgium", "belize", "benin", "bhutan",
    "bolivia", "botswana", "brazil", "bulgaria", "burkina faso", "burundi", "cambodia",
    "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica",
    "croatia", "cuba", "cyprus", "czechia", "czech republic", "denmark", "djibouti", "ecuador",
    "egypt", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "guatemala", "guinea",
    "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
    "kiribati", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
    "libya", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali",
    "malta", "mauritania", "mauritius", "mexico", "moldova", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands", "new zealand",
    "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "panama",
    "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "russian federation", "rwanda", "samoa", "saudi arabia", "senegal",
    "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia",
    "solomon islands", "somalia", "south africa", "south sudan", "spain", "sri lanka", "sudan",
    "suriname", "sweden", "switzerland", "syria", "tajikistan", "tanzania", "thailand", "togo",
    "tonga", "tunisia", "turkey", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine",
    "united arab emirates", "united kingdom", "united states", "uruguay", "uzbekistan",
    "vanuatu", "venezuela", "viet nam", "vietnam", "yemen", "zambia", "zimbabwe", "uk", "usa",
    "us", "u.s.", "u.s.a.", "uae", "eu", "europe", "africa", "asia", "latin america",
    "côte d’ivoire", "côte d'ivoire", "cote d'ivoire", "ivory coast", "guinea-bissau",
    "cabo verde", "cape verde", "timor-leste", "north macedonia", "korea", "republic of korea",
    "dominican republic", "trinidad and tobago", "bosnia and herzegovina", "belarus",
    "democratic republic of the congo", "dr congo", "central african republic", "sahel",
    "equatorial guinea", "comoros", "palestine", "new caledonia", "greenland",
    "scotland", "england", "wales", "california", "new york", "geneva", "rome", "nairobi",
    "bonn", "paris", "london", "washington", "washington, d.c.", "glasgow", "brussels",
}

# Capitalised words that occur in session titles, venues and page furniture but are not
# names: a line made of them is not a person.
NOT_NAME_WORDS = {
    "a", "about", "across", "action", "actions", "address", "affiliate", "after", "afternoon",
    "agenda", "agriculture", "all", "an", "and", "announcement", "annual", "at", "auditorium",
    "award", "awards", "break", "building", "by", "call", "ceremonies", "ceremony", "centre",
    "center", "change", "climate", "closing", "coffee", "commitments", "conference",
    "conversation", "day", "debate", "dialogue", "digital", "dinner", "discussion", "during",
    "earth", "ecosystem", "ecosystems", "evening", "event", "events", "exhibition", "for",
    "forest", "forests", "forum", "from", "future", "global", "hall", "headquarters", "high",
    "high-level", "how", "in", "info", "introduction", "keynote", "land", "launch",
    "leadership", "live", "lunch", "main", "major", "meet", "meeting", "moment", "morning",
    "national", "nature", "networking", "new", "next", "of", "on", "opening", "or",
    "our", "overview", "panel", "pavilion", "performance", "plenary", "presentation",
    "programme", "program", "q&a", "reception", "registration", "remarks", "report",
    "restoration", "room", "schedule", "segment", "session", "sessions", "side", "soil",
    "soils", "speakers", "stage", "summary", "summit", "the", "this", "to", "today", "track",
    "urgent", "video", "virtual", "water", "webinar", "welcome", "what", "when", "where",
    "who", "why", "with", "workshop", "world", "your", "youth", "food", "energy", "finance",
    "health", "innovation", "policy", "science", "sustainable", "development", "biodiversity",
    "adaptation", "mitigation", "resilience", "people", "planet", "community", "communities",
    "landscapes", "landscape", "lab", "part", "round", "roundtable", "table", "wrap-up",
    "wrap", "up", "closure", "celebration", "statement", "statements", "message", "messages",
    "agreement", "framework", "strategy", "online", "zoom", "webcast", "livestream", "photo",
    "side-event", "reflections", "questions", "answers", "tour", "visit", "field", "hub",
    "house", "lounge", "terrace", "studio", "theatre", "theater", "venue", "location",
    "farmers", "workers", "builders", "unions", "industry", "producers", "consumers", "citizens",
    "leaders", "scientists", "experts", "researchers", "students", "partners", "final",
    "summation", "conclusion", "conclusions", "recap", "synthesis", "outlook", "invited",
    "speaker", "oral", "poster", "posters",
}

# The kinds of agenda item a "… moderated by" label may name before its verb.
_ITEM_KINDS = (r"(?:event|session|panel|plenary|round-?table|discussion|debate|dialogue|"
               r"workshop|webinar|conversation)")
# Labels that introduce people and what they say about the people's function.
_LABELS: list[tuple[str, str]] = [
    (r"concluding remarks(?:\s+by)?", "concluding remarks"),
    (r"closing remarks(?:\s+by)?", "closing remarks"),
    (r"closing(?:\s+session)?\s+by", "closing remarks"),
    (r"opening remarks(?:\s+by)?", "opening remarks"),
    (r"introductory remarks(?:\s+by)?", "opening remarks"),
    (r"welcom(?:e|ing) remarks(?:\s+by)?", "opening remarks"),
    (r"opening(?:\s+session)?\s+by|opening(?=\s*[:：]|$)", "opening remarks"),
    (r"welcom(?:e|ing)(?:\s+(?:address|speech|words))?\s+by", "opening remarks"),
    # "Welcome – Name, Org" (never "Welcome" alone or with a colon: that is an agenda item)
    (r"welcome(?=\s+[–—]\s)|welcome(?=$)", "opening remarks"),
    (r"(?:welcom(?:e|ing)|opening)\s+(?:address|speech|words|statements?)(?:es)?(?:\s+by)?",
     "opening remarks"),
    (r"closing\s+(?:address|speech|words|statements?)(?:es)?(?:\s+by)?", "closing remarks"),
    (r"keynote(?:\s+(?:address|speech|speaker|lecture|presentation))?(?:\s+by)?", "keynote"),
    (r"video message(?:s)?(?:\s+(?:from|by))?", "video message"),
    (r"(?:messages?|greetings?)\s+(?:from|by)|messages? of welcome|welcome messages?",
     "message"),
    # "Plenary moderated by", "Round-table moderated by": the kind of item, then the label
    (rf"(?:{_ITEM_KINDS}\s+)?(?:co-)?(?:moderated|chaired)\s+by", "moderator"),
    (r"(?:co-)?(?:moderators?|moderation|chairs?|chairpersons?)", "moderator"),
    (rf"(?:{_ITEM_KINDS}\s+)?(?:co-)?facilitated\s+by", "facilitator"),
    (r"(?:co-)?(?:facilitators?|facilitation)", "facilitator"),
    (r"rapporteurs?", "rapporteur"),
    (r"narrated\s+by|narrators?", "narrator"),
    (r"master(?:s)? of ceremon(?:y|ies)|mc|emcee", "master of ceremonies"),
    (r"setting the scene|scene setting|introduction by|presentations?\s+by", "speaker"),
    (r"(?:performance|performed)\s+by|performers?", "performer"),
    (r"announcements?\s+by", "announcement"),
    (r"(?:followed by\s+)?(?:an?\s+)?(?:high-level\s+)?panel(?:\s+discussion)?,?\s+"
     r"(?:with|featuring)", "panelist"),
    (r"panel(?:ists|lists|ist|list)?|discussants?|respondents?", "panelist"),
    (r"(?:list of )?speakers?(?: list)?|presenters?|presented\s+by|featuring|"
     r"with\s+speakers?|guests?|"
     r"introduced\s+by|interventions?\s+by|statements?\s+by|"
     r"(?:q\s?&\s?a|fireside chat|in conversation|conversation|interview)\s+with|"
     r"(?:representatives?|speakers|delegates|presenters)\s+(?:from|of)|(?:guided|led)\s+by|"
     r"remarks\s+(?:from|by)",
     "speaker"),
]
# "Label:" or "Label by" at the start of a line. Labels ending in "by"/"from" need no colon.
LABEL = re.compile(
    r"^(?P<label>" + "|".join(f"(?:{p})" for p, _ in _LABELS) + r")"
    r"(?:\s+\d{1,2})?"  # "Panellist 2: …"
    r"(?:\s*[:：]+\s*|\s+[–—]\s+|(?<=by)\s+|(?<=from)\s+|(?<=with)\s+|(?<=featuring)\s+|"
    r"(?<=ceremony),\s+|(?<=ceremonies),\s+|(?<=address),\s+|(?<=remarks),\s+)(?P<rest>.*)$",
    re.I,
)
_LABEL_FUNCTIONS = [(re.compile(rf"^(?:{p})$", re.I), f) for p, f in _LABELS]
# A label glued to the text before it, as when a page's blocks lose their separation:
# "... UN Environment (UNEP)Facilitated by Alexander Müller".
GLUED_LABEL = re.compile(
    r"(?<=[)\]a-zà-ÿ.])(?=(?:Facilitated by|Moderated by|Chaired by|Moderator:|Moderators:|"
    r"Facilitator:|Speakers:|Panellists:|Panelists:|Concluding remarks|Closing remarks|"
    r"Opening remarks|Keynote:|Rapporteur:)\b)"
)


def label_function(label: str) -> str:
    label = re.sub(r"\s+", " ", label.strip())
    for pattern, function in _LABEL_FUNCTIONS:
        if pattern.match(label):
            return function
    return "speaker"


# A status note after a person: not part of the role; some of them give the function.
STATUS_NOTE = re.compile(
    r"\s*[(\[](?P<note>tbc|t\.b\.c\.|tbd|to be confirmed|to be announced|invited|"
    r"video message|pre-recorded|recorded|virtual|online|remote|in person|in-person|on site|"
    r"on-site|onsite|remote link|speech|presentation|slides|moderator|"
    r"moderation|facilitator|chair|co-chair|keynote|rapporteur|panellist|panelist|"
    r"speaker|organi[sz]er|host|"
    # the same notes on Dutch, German, French and Spanish pages
    r"spreker|sprecher(?:in)?|intervenante?|ponente|orador(?:a)?|organisator|"
    r"moderador(?:a)?|modérat(?:eur|rice)|moderatorin)[)\]]\s*",
    re.I,
)
NOTE_FUNCTIONS = {
    "video message": "video message", "pre-recorded": "video message",
    "moderator": "moderator", "moderation": "moderator", "chair": "moderator",
    "co-chair": "moderator", "facilitator": "facilitator", "keynote": "keynote",
    "rapporteur": "rapporteur", "panellist": "panelist", "panelist": "panelist",
    "moderador": "moderator", "moderadora": "moderator", "modérateur": "moderator",
    "modératrice": "moderator", "moderatorin": "moderator",
}

# Session titles that say what their people do ("Opening Performance", "Meet the Master of
# Ceremonies").
TITLE_FUNCTIONS = [
    (re.compile(r"\bperformance\b", re.I), "performer"),
    (re.compile(r"\b(?:opening|welcom(?:e|ing)) (?:remarks|address(?:es)?|statements?)\b", re.I),
     "opening remarks"),
    (re.compile(r"\bclosing (?:remarks|address(?:es)?|statements?)\b", re.I), "closing remarks"),
    (re.compile(r"\bconcluding (?:remarks|address|statements?)\b", re.I), "concluding remarks"),
    (re.compile(r"\bintroductory (?:remarks|address|statements?)\b", re.I), "opening remarks"),
    (re.compile(r"\bmaster of ceremonies\b|\bemcee\b", re.I), "master of ceremonies"),
    (re.compile(r"\bkeynote\b", re.I), "keynote"),
    (re.compile(r"^welcom(?:e|ing) (?:speech|talk|words|by)\b|^welcome (?:and|&) opening\b|"
                r"^opening (?:and|&) welcome\b", re.I), "opening remarks"),
    (re.compile(r"\bby (?:the )?moderators?$", re.I), "moderator"),
]
# "Barcelona Congress Photo: IUCN", "Photo by A. Lee": a caption, not a line of the programme
PHOTO_CREDIT = re.compile(r"^(?:\S+\s+){0,6}(?:photo(?:graph)?s?|image|credits?)(?:\s+credits?)?"
                          r"\s*(?::|©|by\b)", re.I)

# Agenda items that are logistics, not segments: an all-day registration desk holds no
# sessions, whatever its printed range.
LOGISTICS = re.compile(
    r"^(?:[\w&/-]+\s+){0,3}(?:registration|breakfast|lunch|coffee|tea|break|reception|"
    r"dinner|networking|exhibition|information desk)\b", re.I)
# Badges a programme platform prints next to a title.
BADGE = re.compile(
    r"(?:^|\s+)(?P<badge>LIVE NOW|LIVE|ON DEMAND|ON-DEMAND|UPCOMING|ENDED|SOLD OUT|FULL|"
    r"CANCELL?ED|POSTPONED|NEW|REPLAY|RECORDED|FEATURED|WATCH NOW|JOIN NOW)\s*$"
)
# Parts of the day printed as headings between sessions.
DAYPART = re.compile(r"^(?:morning|afternoon|evening|night|midday|lunchtime|am|pm)"
                     r"(?:\s+(?:sessions?|programme|program))?\s*:?$", re.I)
# Lines that tie a session to its enclosing segment ("Main Session: …").
PARENT_LABEL = re.compile(
    r"^(?:main session|parent session|part of|segment|track|stream|theme|thematic area|"
    r"session series|series|strand|programme|program)\s*[:：]\s*(?P<parent>\S.*)$",
    re.I,
)
# Lines introducing objectives.
OBJECTIVES_LABEL = re.compile(
    r"^(?:(?:session |key |main |specific )?(?:objectives?|aims?|goals?|key questions|"
    r"guiding questions|questions|expected outcomes?|outcomes?|key messages|topics|"
    r"learning objectives)(?: of the session| include)?)\s*[:：]?\s*$",
    re.I,
)
# Sentences saying who organises or pays for a session.
SPONSOR = re.compile(
    r"\b(?:organi[sz]ed (?:under|by|in)|co-organi[sz]ed|funded by|sponsored by|supported by|"
    r"in partnership with|in collaboration with|hosted by|financed by|with the support of|"
    r"with funding from|convened by|brought to you by)\b",
    re.I,
)
# Field labels on event pages: "Time: 10.00 - 11.30", "Venue: Room 4", "Organizers: FAO".
TIME_FIELD = re.compile(r"^(?:date|time|when|date and time|date & time|schedule)\s*[:：]\s*",
                        re.I)
# The header cells of a programme table and the field a column holds (None: read the cell
# as it is: a when, a title).
TABLE_HEADERS: dict[str, str | None] = {
    **dict.fromkeys(("date", "time", "date & time", "date and time", "date/time", "day",
                     "when", "start", "end", "start time", "end time", "hour", "hours",
                     "title", "session", "event", "topic", "activity", "theme", "item",
                     "programme", "program", "agenda", "description", "session title",
                     "event title"), None),
    **dict.fromkeys(("venue", "room", "location", "place", "where", "pavilion"), "Venue"),
    **dict.fromkeys(("host", "hosts", "organizer", "organizers", "organiser", "organisers",
                     "organized by", "organised by", "organizing partner", "partners",
                     "co-organizers", "co-organisers", "hosted by", "convener", "conveners"),
                    "Hosts"),
    **dict.fromkeys(("speakers", "speaker", "panelists", "panellists", "presenters",
                     "speakers/panelists"), "Speakers"),
    **dict.fromkeys(("moderator", "moderators", "chair", "facilitator"), "Moderator"),
}
# "PRICE: Free admission", "RSVP: …", "WHAT: <the title again>": fields of an event page that
# are neither when, where nor who
LOGISTICS_FIELD = re.compile(
    r"^(?:what|price|prices|cost|costs|fees?|tickets?|reservations?|rsvp|registration|"
    r"contact|contacts|dress code|parking|access|accessibility|language|languages|"
    r"add\.? infos?|more infos?|further information|interpretation|capacity)\s*[:：]", re.I)
# "Time zone: UTC+3", "Timezone: CET": a note on the times, not a session
ZONE_FIELD = re.compile(r"^(?:time ?zone|all times)\s*[:：]\s*\S{1,30}$", re.I)
VENUE_FIELD = re.compile(r"^(?:venue|location|place|where|room|address)\s*[:：]\s*\S", re.I)
# A bare noun needs its colon: "Partner, Brunswick Group" is a person's role and employer.
SPONSOR_FIELD = re.compile(
    r"^(?:(?:organi[sz]ers?|co-organi[sz]ers?|organi[sz]ations?|organi[sz]ing partners?|hosts?|"
    r"partners?|sponsors?|conveners?)\s*[:：]|"
    r"(?:organi[sz]ed by|hosted by|sponsored by|funded by|convened by|in partnership with)"
    r"\s*[:：]?)\s*\S",
    re.I,
)
# Page furniture printed as a heading over the programme.
FURNITURE = re.compile(
    r"^(?:(?:event |detailed |full |draft |provisional |conference |session |daily )?"
    r"(?:programme|program|agenda|schedule|overview|description|details|information|"
    r"sessions|events)(?: of events| at a glance)?|"
    # "Plenary Description", "Panel details": the heading of a session's text
    r"[A-Za-z]+ (?:description|details)|"
    r"about(?: the (?:event|session))?|background|register|registration|share|read more:.*|"
    r"more information about the (?:event|session|webinar|meeting)\.?|"
    r"(?:event )?recording:.*|(?:programme|program|agenda|event) (?:overview|highlights|outline)|"
    r"(?:extracts?|excerpts?|highlights|outline|overview) (?:of|from) the (?:programme|program|"
    r"agenda)|"
    r"add to (?:my )?calendar|back to (?:agenda|programme|program)|read more|more info(?:rmation)?|"
    r"(?:watch|view|see) (?:the )?(?:video|recording|replay|livestream|webcast|session)|"
    r"(?:register|join) (?:here|now|us|the (?:session|event|webinar|livestream))|save the date|"
    r"loading(?: events?)?|this event has (?:passed|ended)|summary|live ?stream(?:ing)?|"
    r"watch live|online|zoom(?: link)?|webinar link|in person|hybrid|start|finish|end|"
    r"activity|activities|led by|download (?:the )?(?:\S+ ){0,3}(?:programme|program|agenda|"
    r"brochure|pdf|schedule)|"
    r"time|times|session|sessions|title|topic|venue|room|date|day|format)\s*[:!]?$",
    re.I,
)
# Rooms printed under a time or a title ("Ballroom B", "Stage A", "Oceans & Islands Pavilion",
# "Bonn Zone"): the noun that names a place to sit.
ROOM_NOUNS = {
    "room", "rooms", "hall", "ballroom", "auditorium", "pavilion", "theatre", "theater",
    "stage", "studio", "zone", "station", "lounge", "foyer", "amphitheatre", "amphitheater",
    "salon", "aula", "arena", "hub",
}
# Venue lines ("Lomond Auditorium, Glasgow, UK"): logistics, not people.
VENUE_WORDS = re.compile(
    r"\b(?:auditorium|hall|room|centre|center|headquarters|building|hotel|pavilion|venue|"
    r"online|virtual|zoom|webex|teams|hybrid|plenary|theatre|theater|stage|floor|campus|"
    r"conference centre|zone|studio)\b",
    re.I,
)
# Words that end a sentence fragment rather than a heading ("This event will be live
# webcast in:").
FUNCTION_WORDS = {
    "in", "on", "at", "by", "for", "of", "to", "with", "from", "and", "or", "the", "a", "an",
    "is", "are", "will", "be", "as", "via",
}
NAME_PARTICLES = {
    "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "e", "el", "la", "le",
    "van", "von", "y", "bin", "binti", "ibn", "al", "ben", "ter", "ten", "zu", "af", "st.",
    "den", "des", "dei", "degli", "dello", "vom", "zur", "op",
}
# Surname prefixes written with an inner capital: not a place where two names were glued.
CAPITAL_PREFIXES = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz",
                    "O'", "O’", "D'", "D’", "St", "Al", "El", "Ben", "Abu", "Ter"}
