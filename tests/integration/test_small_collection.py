"""Answers read from a small collection written here: a contact directory line beside the role it
reaches, list items that share their headings, a list under a heading, a table of distance bands,
a residence page."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain import Turn
from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.query.engine import Assistant
from assistant.query.evidence import FEATURES
from assistant.settings import Settings
from tests.utils.paths import ROOT

PAGE = """# Protecting scientific potential

If the project involves dual-use items, software or technology, ask the Defence and Security
Official for an export-control assessment. Ask the research contracts office to check the partner
against the sanctions lists. The rules apply to every laboratory of the university.

## Calendar of the master's scholarships

- Opening of applications: 1 December 2026
- Closing of applications: 31 January 2027
- Interviews: February and March 2027
- Results: by 30 April 2027

## Travel allowance of a mobility

| One-way distance | Travel allowance per participant |
|---|---|
| 100 to 499 km | €180 |
| 500 to 1,999 km | €275 |
| 2,000 to 2,999 km | €360 |
| 3,000 to 3,999 km | €530 |
| 4,000 km or more | €820 |

## Taking equipment abroad

An ATA carnet is a customs document accepted in about 80 countries. It costs €210 and it is valid
for 1 year. The carnet is issued by the Chamber of Commerce at the request of the customs desk.

## What to send to the customs desk

- the list of the items, with their serial numbers;
- the value of each item, with a copy of the purchase invoice;
- the countries you will visit and the dates of the trip;
- the mission order of the person who carries the equipment.

## Contacts

- Defence and Security Official: fsd@umontpellier.fr, +33 4 65 78 90 12 (by appointment).
- Data protection officer: dpo@umontpellier.fr, +33 4 65 78 90 30.
"""


RESIDENCES = """# University residences

Exchange students can book a room in a university residence through the housing office.

| Residence | Location | Type of room | Monthly rent |
|---|---|---|---|
| Résidence Pic Saint-Loup | Triolet campus, tramway line 1 | Room in a shared flat of four | €328 |
| Résidence Les Arceaux | City centre, tramway line 3 | Studio of 21 m² with kitchenette and shower | €455 |

## How to book a room

1. Fill in the housing request on the housing platform before 15 June.
2. Pay the deposit of €200 within 8 days of the offer.
3. Collect your keys at the residence reception on arrival.
"""


LABEL = """# The European research label

A research stay in the United Kingdom, Switzerland or Norway counts for the label: what counts is
the country, not membership of the European Union.

The registration fee of €95 is not included in the invoice of the doctoral school: you pay it
yourself.
"""


LECTURERS = """# Foreign language lecturers

Foreign language lecturers are young graduates who teach their native language at UM for one year.
The exchange of lecturers is set out in an agreement with the partner university, signed in the same
way as all UM partnership agreements. The department welcomes the lecturer in September.
"""

AGREEMENTS = """# International cooperation

The cooperation department prepares the texts that bind the university to foreign institutions and
keeps their originals. At the UM, only the President is authorized to sign them.
"""

PARTNERS = """# Strategic partnerships

A strategic partnership involves every faculty of both universities. Our strategic partners are the
University of Barcelona, the University of Heidelberg and the University of Sherbrooke.
"""

CONFERENCES = """# Support for international conferences

The call funds conferences held at UM with participants from abroad. A workshop receives €3,000 and a
congress €15,000. Conferences co-organised with one of UM's strategic partner universities receive
an additional €2,500.
"""

AT_RISK = """# Scientists at risk

UM hosts researchers who are in danger in their country or who had to leave it. They stay for up to
12 months in a host research unit and receive a grant of €2,000 a month.
"""

TRANSLATION = """# Translation for international relations

| Request | Languages | Usual delay | Cost |
|---|---|---|---|
| web page or brochure | English | 15 working days | €25 per page |
| letter to a partner | English, Spanish | 3 working days | free |

Other languages, such as Arabic or Chinese, are sent to an external agency, whose invoice your
service pays.
"""


HOLIDAYS = """# Religious holidays

## Can I be absent for a religious holiday?

Yes. Every student may be excused for up to 4 days per academic year for religious holidays. What
you must do depends on the activity you miss:

| Activity on the day | What happens | Request needed? |
|---|---|---|
| lectures | no attendance is taken | no |
| final exam | you sit the exam in the replacement session | yes, at least 21 days before |
"""


EXTENSION = """# Extending an exchange to a second semester

| Your exchange programme | Extension possible? | Who must agree |
|---|---|---|
| Erasmus+ | yes, if the agreement has enough months left | your home coordinator |
| bilateral agreement outside Europe | yes, if the agreement allows a full year | your home university |
| free-mover | no | not applicable |

The extension of your exchange does not extend your housing contract; ask your residence to keep
your room as soon as you receive the answer of the Incoming Exchange desk.

The Incoming Exchange desk of the International Relations Department handles the requests for an extension.
"""

DESKS = """# Desks of the International Relations Department

| Desk | What it handles | Opening hours |
|---|---|---|
| Outgoing Mobility desk | UM students leaving on exchange | Monday and Thursday, 14:00–17:00 |
| Incoming Exchange desk | exchange students coming to UM | Monday to Friday, 9:30–12:30 |
| Staff Mobility desk | staff teaching or training abroad | Tuesday, 10:00–12:00 |
"""


LEAVE = """# Long leave to visit family abroad

The usual rule at UM is that annual leave cannot be taken for more than 31 consecutive days. Staff
whose family lives outside the European Union can take up to 45 consecutive calendar days of leave,
once every 2 calendar years.

Make your request at least 3 months before the first day of the leave:

1. Check the days you have on the Leave page of the staff portal.
2. Agree on the dates with your line manager.
3. Send the form to the Leave and Working Time unit.
"""


# The age rule sits apart from the steps and the prices, which share the question's words.
POTTERY = """# Pottery workshop of the Student House

The pottery workshop of the Student House teaches throwing on the wheel and glazing, on Monday and
Thursday evenings, in room 012. A course of 10 sessions costs €60, clay and firing included.

To join a course, follow these steps:

1. Register for the course in the Student House tile of your UM account.
2. Pay within 7 days, by bank card or with Izly.
3. Come to the first session in old clothes.

## Who can come

The workshop is open to UM students, researchers and staff. Participants must be 16 or over,
because the kilns reach 1,200 degrees.

## What to bring

Bring an apron and a towel, and wear closed shoes. Keep your nails short for throwing.

## Rules of the workshop

The workshop has four rules:

- wear safety glasses and heat gloves whenever you open a kiln;
- never carry a piece that is still hot;
- clean your wheel and put the tools back on their board;
- leave the kiln room to the technician after 21:00.

## Firing

Pieces are fired twice, and you take them home about three weeks after the session.
"""


MAP_LIBRARY = """# Volunteering at the map library

Volunteers scan and catalogue the old maps of the university's map library, on Tuesday and Friday
afternoons, in the reading room of building 3.

## Frequently asked questions

Can I borrow the old maps for my thesis? Volunteering gives no access to the collections for
research. Students who need a map for their research book a visit with the curators, with the
reading-room form.

Do I need to know about maps? No, the curators train every volunteer on the first afternoon.
"""


PHOTO_CLUB = """# Photo club of the Student House

The photo club meets in room 105 of the Student House. Membership costs €10 for the year.

| Activity | When | Where | Price |
|---|---|---|---|
| darkroom basics: developing your first film | Tuesday, 18:00–20:30 | room 105 | €35 for the term |
| portrait weekend | Saturday 12 and Sunday 13 March | the studio of the Student House | €20 |

The darkroom basics course takes 9 people and the portrait weekend 7. Cameras are lent.
"""


ASSISTANTS = """# French language assistants abroad

UM students can spend a year abroad as French language assistants in a school of a partner country.

| Country | Hours per week | Monthly allowance |
|---|---|---|
| Germany | 12 | €950 |
| Spain | 12 | €800 |
| Mexico | 15 | MXN 12,000 |
| North Africa and the Middle East | 14 | €600 |

UM pays a travel grant of €450 to every assistant, and €900 for Mexico, paid in September.
"""


GREEN_TRAVEL = """# Green travel grant

To help, UM pays a green travel grant to students who go to their mobility in Europe by train or
bus instead of flying. The UM grant cannot be combined with the Erasmus+ green travel support.

The grant is not paid automatically. To receive it, follow these steps:

1. Calculate the distance with the UM travel calculator.
2. Sign the sworn statement of your travel plan in MoveOn.
3. Upload your tickets within 1 month of your return.

Accepted proofs: train tickets in your name, bus tickets in your name.
"""


SUMMER_SCHOOLS = """# Summer schools

To apply for a summer school, follow these steps:

1. Register on the summer schools portal.
2. Confirm your place by paying a deposit of €300 within 10 days of the offer.
3. Pay the rest of the fee by 1 June.
"""


BUDDIES = """# Buddy programme

Any UM student can be a buddy from their second semester. Each buddy is matched with 1 to 3
incoming students.

## What a buddy does

- write to the incoming students before they arrive
- meet them on their arrival day
- show them the campus and the library

## How to become a buddy

1. Fill in the buddy application by 20 June.
2. Attend the online training session.
3. Receive your match by e-mail.
"""

SAFETY = """SAFETY ABROAD

COUNTRIES AND AREAS AT RISK

The Ministry for Europe and Foreign Affairs publishes travel advice for every country with a colour
map. The university applies the following policy:

Red zone ("formellement déconseillé"): no mobility, internship or mission may take place in a zone
classified red, and no exception is granted.

Orange zone ("déconseillé sauf raison impérative"): a stay is possible only with the prior written
authorisation of the university's security officer.

Yellow zone and green zone: no authorisation is needed.
"""

STAFF_MISSIONS = """# Staff missions abroad

Missions to a country or area classified orange by the Ministry for Europe and Foreign Affairs also
need the authorisation of the Defence and Security Official; missions to red zones are not
authorised. Book every mission through the travel agency.
"""

# A whole page with a table, steps and an FAQ: the blind15 collection's, read where it is.
THESIS = ROOT / "eval" / "collections" / "blind15" / "corpus" / "10-writing-your-thesis-in-english.md"

DELEGATIONS = """# Hosting a foreign delegation

Tell the Protocol unit at least 6 weeks before the visit of a delegation, with the form on the
intranet.

## Meeting the President

A meeting with the President or a Vice-President must be asked for in the form, at least 8 weeks
before the visit. It is not guaranteed: the President's office answers within 2 weeks.
"""


FIRST_AID = """# First-aid training

UM trains students and staff in first aid with its own trainers, in French and, for some sessions,
in English. The civic first-aid course takes one day and is free for students.

## Enrolment

Choose a session in the Prevention tile of your UM account. Cancel at least 3 working days before
the session if you cannot come.
"""


FILM_CLUB = """# International film club

## Questions

Can I bring a friend? Yes. A guest who is not a member pays €3.

I am a researcher. Can I show a documentary about my research? Yes. The "Science on screen" evening
in April shows 2 documentaries chosen with researchers; write to the club before 1 February.
"""


KITS = """# Welcome kits

Most student rooms are furnished but empty: the Kit Store lends bedding and kitchen kits.

| Kit | What is in it | One semester | Full year | Deposit |
|---|---|---|---|---|
| bedding kit | a duvet, a pillow and 2 sets of sheets | €25 | €40 | €50 |
| kitchen kit | 2 pans, 4 plates and cutlery | €20 | €30 | €40 |
"""


MUSEUM_PASS = """# Museum pass

The Culture Department sells a museum pass that opens the doors of partner museums for a whole
year.

The museum pass costs €12 for students and covers one year.

Museums are busy at weekends: book a slot on the museum's website with the code of your museum pass.

The museum pass is personal: the museums check it against your student card.

The museum pass does not cover temporary exhibitions in every museum.

A lost museum pass is replaced free of charge by the museums desk.

The museum pass covers guided visits in English in some museums.

Students who lose their card can still use the museum pass in the museums with the app.

The museums of the pass open late on the first Thursday of the month for pass holders.

| Museum | With the pass |
|---|---|
| Musée Fabre | free entry |
| Pavillon Populaire | free guided visit |
| Planétarium Galilée | €4 off each show |

## Buying the museum pass

1. Open the "Culture" tile of the student app and choose the museum pass.
2. Pay online.
3. Show the QR code at the ticket desk of the museum.
"""


BOOK_SWAP = """BOOK-SWAP SHELVES - 2027-2028

Take a book, leave a book: the libraries keep book-swap shelves in the halls of the campuses, where
anyone can take a novel home and leave the ones they have finished.

WHERE ARE THE SHELVES?

Triolet campus, learning centre, entrance hall
Richter campus, library, ground-floor hall
Saint-Priest campus, building 2, hall
Faculty of Pharmacy, cafeteria

WHAT CAN I LEAVE?

Novels, comics and travel guides, in any language, clean and complete.
"""

ROBOTICS = """---
title: Robotics evenings at the Maison des Étudiants
---

# Robotics evenings

Twelve evenings in which you learn to build a small rover in a team of three, from the first
circuit to the race. The evenings run from 2 November 2027 to 31 January 2028 in Montpellier, every Tuesday.

## What you learn

| Evenings | What you learn | Kit |
|---|---|---|
| 1–4 | a blinking circuit, then a motor driver | breadboard and motors |
| 5–8 | the rover's chassis and its wheels | laser-cut frame |
| 9–12 | line-following code for the final race | Arduino board |
"""


ANIMATION = """# Stop-motion workshop

The stop-motion workshop of the Culture Department meets on Tuesday evenings in building 7. Members
shoot short films with modelling clay figures and a tablet that the workshop lends. The year ends
with a public screening of the films in the Student House on 1 June.
"""


BIG_BAND = """# The big band of UM, 2027-2028

The big band of the Culture Department plays jazz, swing and Latin music, and runs open jam
sessions on Thursday evenings. In 2026-2027, the band played 9 concerts and the jam sessions
welcomed 310 musicians.

## The band

The big band has 17 musicians: 5 saxophones, 4 trumpets, 4 trombones and a rhythm section. New
musicians join after an audition in October.
"""


PLANTING = """# Micro-forest planting days

Volunteers plant native trees on the campuses, 3 trees per square metre, in two mornings.

| Activity | When | Where |
|---|---|---|
| training evening | Wednesday 17 November 2027, 18:00 | Triolet campus, building 15, room 15.08 |
| first planting morning | Saturday 27 November 2027, 9:00 | Triolet campus, next to building 36 |
| second planting morning | Saturday 15 January 2028, 9:00 | Saint-Priest campus, by the sports hall |

## Contact

Grounds Service, micro-forests: microforets@umontpellier.fr, +33 4 65 81 24 96.
Triolet campus, building 3, room 3.09; Monday to Friday, 8:30–11:30.
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    base = tmp_path_factory.mktemp("contact-lines")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "research-partners.md").write_text(PAGE)
    (corpus / "residences.md").write_text(RESIDENCES)
    (corpus / "research-label.md").write_text(LABEL)
    (corpus / "language-lecturers.md").write_text(LECTURERS)
    (corpus / "partnership-agreements.md").write_text(AGREEMENTS)
    (corpus / "strategic-partners.md").write_text(PARTNERS)
    (corpus / "conference-support.md").write_text(CONFERENCES)
    (corpus / "scientists-at-risk.md").write_text(AT_RISK)
    (corpus / "translation.md").write_text(TRANSLATION)
    (corpus / "religious-holidays.md").write_text(HOLIDAYS)
    (corpus / "exchange-extension.md").write_text(EXTENSION)
    (corpus / "family-leave.md").write_text(LEAVE)
    (corpus / "language-assistants.md").write_text(ASSISTANTS)
    (corpus / "green-travel.md").write_text(GREEN_TRAVEL)
    (corpus / "summer-schools.md").write_text(SUMMER_SCHOOLS)
    (corpus / "buddies.md").write_text(BUDDIES)
    (corpus / "safety-abroad.txt").write_text(SAFETY)
    (corpus / "staff-missions.md").write_text(STAFF_MISSIONS)
    (corpus / "thesis-in-english.md").write_text(THESIS.read_text())
    (corpus / "delegations.md").write_text(DELEGATIONS)
    (corpus / "first-aid.md").write_text(FIRST_AID)
    (corpus / "film-club.md").write_text(FILM_CLUB)
    (corpus / "museum-pass.md").write_text(MUSEUM_PASS)
    (corpus / "welcome-kits.md").write_text(KITS)
    (corpus / "book-swap.txt").write_text(BOOK_SWAP)
    (corpus / "robotics.md").write_text(ROBOTICS)
    (corpus / "student-elections.md").write_text(ELECTIONS)
    (corpus / "night-lights.md").write_text(NIGHT_COUNT)
    (corpus / "earthworms.md").write_text(EARTHWORMS)
    (corpus / "newts.md").write_text(NEWTS)
    (corpus / "desks.md").write_text(DESKS)
    (corpus / "pottery.md").write_text(POTTERY)
    (corpus / "map-library.md").write_text(MAP_LIBRARY)
    (corpus / "photo-club.md").write_text(PHOTO_CLUB)
    (corpus / "stop-motion.md").write_text(ANIMATION)
    (corpus / "big-band.md").write_text(BIG_BAND)
    (corpus / "tree-planting.md").write_text(PLANTING)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index")
    build_index(Path(corpus), settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    return Assistant.load(settings, embedder)


def test_whom_to_talk_to_is_answered_with_the_roles_directory_line(small: Assistant) -> None:
    answer = small.ask("Who should I talk to about export-control issues in a research collaboration?")
    assert answer.answered
    assert "Defence and Security Official" in answer.text
    assert "fsd@umontpellier.fr" in answer.text  # how to reach them, not only their title
    assert "dpo@umontpellier.fr" not in answer.text


def test_the_list_item_whose_own_words_name_it_is_quoted(small: Assistant) -> None:
    answer = small.ask("When will I find out whether I got a master's scholarship?")
    assert answer.answered
    assert "30 April" in answer.text


def test_a_list_question_is_not_answered_by_a_sentence_beside_the_list(small: Assistant) -> None:
    # The items never say "carnet" or "documents": their heading says what they list. The
    # sentence that does say both is about the carnet, not what to send for it.
    answer = small.ask("Which documents must I send to the customs desk for a carnet?")
    assert "customs document accepted" not in answer.text
    assert not answer.answered or "serial numbers" in answer.text


def test_a_distance_is_looked_up_in_the_band_that_holds_it(small: Assistant) -> None:
    answer = small.ask("What travel allowance does a participant get for a one-way distance of 3,200 km?")
    assert answer.answered
    assert "€530" in answer.text
    assert "€360" not in answer.text and "€820" not in answer.text


def test_a_page_that_never_names_what_is_asked_about_does_not_answer(small: Assistant) -> None:
    # The residence's row is on topic, but nothing on the page says whether it has a laundry.
    assert not small.ask("Is there a laundry room in Résidence Pic Saint-Loup?").answered
    answer = small.ask("What is the monthly rent in Résidence Pic Saint-Loup?")
    assert answer.answered and "€328" in answer.text


# The three groups are named in one sentence and described in others, which share few words with
# the question.
EARTHWORMS = """# Earthworm counts

Lombrics, run by the Student Life Department, counts the earthworms of the campus lawns in March.

## The earthworms

Scientists sort earthworms into three groups: litter dwellers, which live among the dead leaves;
topsoil dwellers, which live in the first centimetres of soil; and deep burrowers, which dig
galleries a metre deep. Volunteers pour mustard water on a square of one metre and count what comes
up, then put every worm back on its square.

## Safety

Wear gloves, and wash your hands before you eat.

## Field notes

Litter dwellers are small and dark red all over. Topsoil dwellers are pale pink or grey and curl up
when picked up. Deep burrowers are the largest, with a dark head and a flattened tail.
"""


NIGHT_COUNT = """# Night lights survey

Night Lights, run by the Student Life Department, trains volunteers to count the beetles that glow
in the grass of the campuses on summer nights.

## What you will see

Two beetles light up the campus lawns in June: the glow-worm, and the firefly that came from Italy.
The glow-worm is a steady green point of light on a grass stem, which never moves.
The firefly flashes every second while it flies above the grass.
Volunteers walk the same route each week with a red torch and a tally sheet.
"""


ELECTIONS = """# Student elections 2027

Students elect their representatives to the councils of the university every two years.

| Council | Student seats | Who votes |
|---|---|---|
| Faculty councils | 4 to 8 | the students of the faculty, exchange students included |
| Board of Directors | 6 | all students enrolled in a UM degree |

To stand as a candidate for a seat, join a list of students of the same council before 10 November 2027.

Exchange students are enrolled in their home university. They vote only for the council of the
faculty that hosts them, and they cannot stand as candidates.
"""


def test_a_yes_no_question_about_something_the_page_never_names_is_not_answered(small: Assistant) -> None:
    # Booking a room is on the page; a parking space for the residents is not.
    assert not small.ask("Does the housing office find a parking space for exchange students?").answered
    answer = small.ask("Can exchange students book a room in a university residence?")
    assert answer.answered and "housing office" in answer.text
    # Nor does it say whether that is done in a way it never mentions.
    assert not small.ask("Can exchange students book a room in a university residence anonymously?").answered


def test_a_yes_no_question_about_a_kind_no_page_names_is_not_answered(small: Assistant) -> None:
    # Studios are on the residence page; a garden studio is not, nor on any other page.
    assert small.ask("Can exchange students book a studio in Résidence Les Arceaux?").answered
    assert not small.ask("Can exchange students book a garden studio in Résidence Les Arceaux?").answered
    # An activity named without a determiner is asked about as a noun after a determiner is.
    assert not small.ask("Does the housing office also teach cooking to exchange students?").answered


def test_a_yes_no_question_is_answered_by_the_rule_for_who_the_asker_says_they_are(small: Assistant) -> None:
    # The page's general rule (how to stand) is not the exchange student's: the exception is.
    answer = small.ask("I'm here on Erasmus for the year. Can I run for a seat on my faculty council?")
    assert answer.answered and "cannot stand as candidates" in answer.citations[0].snippet
    answer = small.ask(
        "Je suis en Erasmus cette année. Est-ce que je peux être candidat au conseil de ma faculté ?"
    )
    assert answer.answered and "cannot stand as candidates" in answer.citations[0].snippet
    # Asked without saying who asks, the general rule answers.
    answer = small.ask("Can I run for a seat on my faculty council?")
    assert answer.answered and "cannot stand" not in answer.citations[0].snippet


def test_a_yes_no_question_that_gives_a_minor_s_age_is_answered_by_the_page_s_age_rule(
    small: Assistant,
) -> None:
    # Asked for someone aged 15 or 17, whether they may is the page's age rule, not its steps.
    for question in (
        "My cousin is 15 and just started at UM. Can he take the pottery course?",
        "Can a 17-year-old sign up for the pottery workshop?",
        "Can my brother, who is 15, take the pottery course?",
        # A yes/no question asked by its tag.
        "My little brother is 15 and would like to take the pottery course, is that possible?",
        "Mon frère a 15 ans, il peut s'inscrire à l'atelier de poterie ?",
        "Est-ce que mon frère, qui a 15 ans, peut s'inscrire à l'atelier de poterie ?",
    ):
        answer = small.ask(question)
        assert answer.answered and "16 or over" in answer.citations[0].snippet, question
    # "How old…?" asks the age itself.
    answer = small.ask("How old do you have to be for the pottery workshop?")
    assert answer.answered and "16 or over" in answer.text


def test_the_second_part_of_a_compound_question_is_asked_of_the_service_the_first_names(
    small: Assistant,
) -> None:
    answer = small.ask("Which office handles extending an exchange stay, and what are their opening hours?")
    assert answer.answered and "Incoming Exchange desk" in answer.text
    # The hours are those of the desk the first part names, whichever desk comes first on the page.
    hours = next(c.snippet for c in answer.citations if "opening hours" in c.snippet.lower())
    assert "Incoming Exchange desk" in hours and "9:30" in hours


def test_a_french_question_asked_by_its_tone_is_held_to_what_it_names(small: Assistant) -> None:
    # "… ?" with no question word asks yes or no: the residence page names a kitchenette, not a
    # swimming pool or a car park, of which it says neither yes nor no.
    assert small.ask("Le studio de la résidence Les Arceaux a une cuisine ?").answered
    assert not small.ask("La résidence Les Arceaux a aussi une piscine ?").answered
    assert not small.ask("Le studio de la résidence Les Arceaux a un parking ?").answered
    # A word the glossary lacks but the texts use is English too: the research label's, not
    # the residence page's ("kitchenette" is).
    assert small.ask("Le studio de la résidence Les Arceaux a une kitchenette ?").answered
    assert not small.ask("La résidence Pic Saint-Loup a aussi un label ?").answered
    # One no text uses is a thing no page names.
    assert not small.ask("L'atelier de poterie de la Maison des étudiants fait aussi du raku ?").answered


def test_an_acronym_or_an_idiom_in_a_yes_no_question_is_read_as_the_page_words_it(small: Assistant) -> None:
    # "the UK", "the EU": the page spells out United Kingdom and European Union.
    answer = small.ask("Does a research stay still count for the label now that the UK is out of the EU?")
    assert answer.answered and "membership of the European Union" in answer.text
    # "out of my own pocket" names no object: the page says "you pay it yourself".
    answer = small.ask("Do I have to pay the registration fee for the label out of my own pocket?")
    assert answer.answered and "pay it yourself" in answer.text
    assert not small.ask("Does the label pay for a language course in Norway?").answered


def test_a_procedure_is_no_answer_for_something_its_page_never_names(small: Assistant) -> None:
    answer = small.ask("How do I book a room in a university residence?")
    assert answer.answered and "deposit of €200" in answer.text
    # The only procedure in the collection books a room; a bank account or citizenship is
    # another procedure, in English or in French.
    assert not small.ask("How do I open a French bank account?").answered
    assert not small.ask("How do I apply for French citizenship?").answered
    assert not small.ask("Comment on fait une demande de naturalisation ?").answered
    # The pottery page names a "bank card" and a "UM account": no bank account.
    assert not small.ask("How do I open a bank account to pay for the pottery course?").answered
    assert small.ask("How do I pay for the pottery course?").answered


def test_who_does_something_is_answered_by_a_sentence_that_says_who_does_it(small: Assistant) -> None:
    answer = small.ask("Who checks the partner against the sanctions lists?")
    assert answer.answered and "research contracts office" in answer.text
    # Roles are named near export control, but no sentence says who chairs anything.
    assert not small.ask("Who chairs the export-control assessments?").answered


def test_a_page_with_several_contact_lines_does_not_lend_one_to_another_service(small: Assistant) -> None:
    answer = small.ask("Who should I contact to have a partner checked against the sanctions lists?")
    assert answer.answered and "research contracts office" in answer.text
    # The page's directory reaches two other roles, not the research contracts office.
    assert "fsd@umontpellier.fr" not in answer.text and "dpo@umontpellier.fr" not in answer.text


def test_who_signs_for_the_university_is_read_on_the_page_that_says_who_does_at_um(small: Assistant) -> None:
    # The lecturers' page only says "as all UM agreements": the second hop names the signatory.
    answer = small.ask(
        "We swap language lecturers with a university in Taiwan. Who on our side signs the agreement?"
    )
    assert answer.answered and "same way as all UM partnership agreements" in answer.text
    assert "only the President is authorized" in answer.text
    assert {c.document for c in answer.citations} == {"language-lecturers.md", "partnership-agreements.md"}


def test_a_member_named_in_the_story_gets_the_rule_of_its_group_with_the_listing(small: Assistant) -> None:
    # No page says "Heidelberg" and "€2,500" together: one lists the partners, one gives their rule.
    answer = small.ask(
        "We're planning a workshop with colleagues from the University of Heidelberg. "
        "Does that get us anything extra from the conference call?"
    )
    assert answer.answered and "€2,500" in answer.text and "University of Heidelberg" in answer.text
    assert {c.document for c in answer.citations} == {"conference-support.md", "strategic-partners.md"}


def test_which_countries_is_answered_only_by_a_quote_that_names_one(small: Assistant) -> None:
    answer = small.ask("Which countries can the research stay for the European label be in?")
    assert answer.answered and "Switzerland" in answer.text
    # The page speaks of the researchers' country but names none.
    assert not small.ask("Which countries did the scientists at risk hosted by UM come from?").answered


def test_a_table_row_for_another_value_of_its_column_does_not_answer(small: Assistant) -> None:
    answer = small.ask("How much does a translation of a brochure into English cost per page?")
    assert answer.answered and "€25 per page" in answer.text
    # The rows give English and Spanish; the page sends Arabic elsewhere without a price.
    assert not small.ask("How much per page is a translation of a brochure into Arabic?").answered


def test_whether_a_name_is_on_a_list_needs_a_quote_that_names_it(small: Assistant) -> None:
    # A list is asked for, but a yes/no question about one name is not answered by a list without it.
    assert not small.ask("Is Russia on the list of countries where the ATA carnet is accepted?").answered
    assert small.ask("Is the University of Heidelberg on the list of strategic partners?").answered


def test_the_prose_above_a_tables_header_is_quoted_for_what_it_states(small: Assistant) -> None:
    answer = small.ask("How many days a year can a student be excused for religious holidays?")
    assert answer.answered
    assert "up to 4 days per academic year" in answer.text


def test_a_yes_no_question_is_answered_by_the_quote_naming_what_it_asks_about(small: Assistant) -> None:
    # The table rows of the same page say yes or no to extending, not to keeping the room.
    answer = small.ask(
        "I'm on Erasmus+ and the agreement has enough months left. "
        "Does extending also keep my room in the residence?"
    )
    assert answer.answered
    assert "housing contract" in answer.citations[0].snippet


def test_a_lead_in_stating_another_figure_does_not_bring_its_steps(small: Assistant) -> None:
    # "at least 3 months before" is a duration too, but the steps it leads to answer nothing here.
    answer = small.ask("How many days in a row can I take off to visit my family in Vietnam?")
    assert answer.answered
    assert "45 consecutive calendar days" in answer.text
    assert "line manager" not in answer.text


def test_things_compared_in_the_story_get_one_table_row_each(small: Assistant) -> None:
    # No sentence compares them; the sentence naming one of them answers for it alone.
    answer = small.ask(
        "I'm hesitating between Spain and Mexico for my assistantship. How do they compare for hours and pay?"
    )
    assert answer.answered
    assert "€800" in answer.text and "MXN 12,000" in answer.text
    assert "travel grant" not in answer.text
    # A city is named by its country's row, or else by its region's.
    answer = small.ask(
        "The two candidates live in Madrid and in Tunis. How different would their allowance be?"
    )
    assert answer.answered
    assert "€800" in answer.text and "€600" in answer.text


def test_a_follow_up_swapping_the_subject_needs_a_quote_naming_it(small: Assistant) -> None:
    history = [
        Turn("user", "What is the monthly allowance of a language assistant in Spain?"),
        Turn("assistant", "Spain | 12 | €800 [1]"),
    ]
    answer = small.ask("What about Tunisia?", history)
    assert answer.answered
    assert "€600" in answer.citations[0].snippet  # the row of the region that holds it


def test_a_follow_up_is_answered_by_a_quote_naming_what_it_asks(small: Assistant) -> None:
    history = [
        Turn("user", "Is there a first-aid course in English at UM?"),
        Turn("assistant", "The civic first-aid course takes one day and is free for students. [1]"),
    ]
    answer = small.ask("Nice. And if I sign up and then can't go?", history)
    assert answer.answered
    assert "3 working days" in answer.text  # not a sentence on the topic of the turn before


def test_a_follow_up_is_not_answered_from_another_page_it_does_not_turn_to(small: Assistant) -> None:
    history = [
        Turn("user", "What is the pottery workshop?"),
        Turn(
            "assistant",
            "The pottery workshop of the Student House teaches throwing on the wheel and glazing, on "
            "Monday and Thursday evenings, in room 012. [1]",
        ),
    ]
    # The film club's page says a member may bring a friend; of the pottery workshop, no page does.
    assert not small.ask("OK. Can I come with a friend?", history).answered


def test_a_follow_up_that_turns_to_another_page_s_subject_is_answered_there(small: Assistant) -> None:
    history = [
        Turn("user", "What is the pottery workshop?"),
        Turn("assistant", "The pottery workshop of the Student House teaches throwing on the wheel. [1]"),
    ]
    answer = small.ask("OK. And do I need my own camera for the photo club?", history)
    assert answer.answered
    assert answer.citations[0].document.endswith("photo-club.md")


def test_the_date_of_a_kind_of_thing_no_page_names_is_not_answered(small: Assistant) -> None:
    # The photo club has a portrait weekend; no page has a raku one.
    assert not small.ask("When is the pottery workshop's raku weekend?").answered
    assert small.ask("When is the photo club's portrait weekend?").answered


def test_a_sentence_is_quoted_once_even_when_its_faq_question_ranks_second(small: Assistant) -> None:
    answer = small.ask("Could I also show the documentary we made at the film club?")
    assert answer.answered
    assert answer.text.count("Science on screen") == 1


def test_the_rent_of_a_thing_is_stated_by_its_price_in_a_table(small: Assistant) -> None:
    # The table says "One semester | €25", never "rent": the word names the amount asked for.
    answer = small.ask("What's the rent for a bedding kit for one semester?")
    assert answer.answered
    assert "€25" in answer.text


def test_a_steps_question_gets_the_procedure_of_the_page_it_is_about(small: Assistant) -> None:
    # Another page's procedure may quote best ("paying a deposit"); the page the retrieved
    # passages mostly come from holds the procedure asked for.
    answer = small.ask(
        "I'm going to take the train to my Erasmus in Kraków and heard UM gives you money for that. "
        "What do I have to do to get it?"
    )
    assert answer.answered
    assert "travel calculator" in answer.text
    assert "deposit" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What does a buddy do?",
        "What is expected of a buddy?",
        "On attend quoi d'un buddy ?",
        "Un buddy fait quoi ?",
    ],
)
def test_what_a_role_involves_is_its_list_of_tasks_not_how_to_take_it_up(
    small: Assistant, question: str
) -> None:
    answer = small.ask(question)
    assert answer.answered
    assert "arrival day" in answer.text
    assert "training session" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Puis-je partir en mobilité dans une zone classée rouge par le ministère des Affaires étrangères ?",
        "Can I go on a mobility to an area the Ministry for Foreign Affairs classifies red?",
    ],
)
def test_an_item_of_a_list_is_read_under_its_lead_in(small: Assistant, question: str) -> None:
    # The plain text page's zones are a list under the ministry's lead-in; the staff page names
    # the ministry in its own sentence, but it is about missions, not a mobility.
    answer = small.ask(question)
    assert answer.answered
    assert "no mobility" in answer.text


def test_a_comparison_in_price_and_group_size_quotes_the_sentence_of_the_sizes(small: Assistant) -> None:
    # The prices are in the table's rows; the sizes in a sentence of their own under it.
    answer = small.ask(
        "At the photo club, how does the darkroom basics course compare with the portrait weekend, in price"
        " and in group size?"
    )
    assert answer.answered and "€35" in answer.text and "€20" in answer.text
    assert "takes 9 people and the portrait weekend 7" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "At the photo club, how much is the portrait weekend, and how many places are there?",
        "Au club photo, le week-end portrait, ça coûte combien et il y a combien de places ?",
    ],
)
def test_the_price_and_the_size_of_one_thing_quote_the_sentence_of_the_sizes(
    small: Assistant, question: str
) -> None:
    # Not a comparison: one thing's price in its row, its size in the sentence under the table.
    answer = small.ask(question)
    assert answer.answered and "€20" in answer.text, answer.text
    assert "the portrait weekend 7" in answer.text, answer.text


def test_a_later_sentence_of_an_faq_answer_is_quoted_with_the_answer_s_first(small: Assistant) -> None:
    # The closest sentence says how to get a map for research; the answer's first says no to
    # the volunteer.
    answer = small.ask(
        "I'm a geography master's student. If I volunteer at the map library, would I be allowed to"
        " use the maps for my research?"
    )
    assert answer.answered and answer.text.startswith("Volunteering gives no access to the collections")
    assert "book a visit with the curators" in answer.citations[0].snippet
    # The next question of the FAQ is not part of this answer.
    assert "Do I need to know about maps" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "If I write my PhD in English, will my diploma be any different from one for a thesis in French?",
    ],
)
def test_an_faq_question_quoted_second_brings_its_answer(small: Assistant, question: str) -> None:
    answer = small.ask(question)
    assert answer.answered
    assert "The diploma is the same" in answer.text


def test_a_sentence_that_carries_on_the_quote_is_quoted_with_it(small: Assistant) -> None:
    # "It is not guaranteed: …" says what becomes of the request the quote is about.
    answer = small.ask("How far ahead must a delegation ask for a meeting with the President?")
    assert answer.answered
    assert "8 weeks" in answer.text and "not guaranteed" in answer.text


def test_which_things_are_read_from_the_table_headed_by_them(small: Assistant) -> None:
    # Retrieval may miss the table: its rows are names that repeat none of the question's words,
    # while the page's sentences and its procedure do. The table of the best quote's page whose
    # header names what is asked ("Museum | …") is the list all the same.
    question = "Which museums does the museum pass cover?"
    vector = small.retriever.embed(question)
    found = small.retriever.search(question, 8, vector=vector)
    table = [p for p in found if p.chunk.kind == "table" and p.chunk.document == "museum-pass.md"]
    assert table  # retrieval brings it here; the composer is shown what it would see without it
    missed = [p for p in found if p not in table]
    answer = small.composer.draft(question, missed, vector).answer
    assert answer.answered
    for museum in ("Musée Fabre", "Pavillon Populaire", "Planétarium Galilée"):
        assert museum in answer.text, answer.text


def test_a_class_asked_about_is_named_by_a_page_of_courses(small: Assistant) -> None:
    # Classes, lessons and courses are one thing to a student: the page names what is asked.
    answer = small.ask("Is there a first-aid class for students in English?")
    assert answer.answered and "in English" in answer.text


def test_a_list_under_the_question_it_answers_is_quoted_whole(small: Assistant) -> None:
    # "WHERE ARE THE SHELVES?" heads the places: each line answers the question only in part.
    answer = small.ask("Where on campus are the book-swap shelves?")
    assert answer.answered
    for place in ("learning centre", "Richter campus", "Saint-Priest", "Faculty of Pharmacy"):
        assert place in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What will we actually learn during the robotics evenings?",
        # The page's prose says part of it ("you learn to build a small rover"): the table whose
        # heading the question asks, in the texts' words, says all of it.
        "What do they teach during the robotics evenings?",
    ],
)
def test_a_table_under_the_heading_a_question_repeats_is_quoted_whole(
    small: Assistant, question: str
) -> None:
    # "What you learn" heads the evenings: each row answers the question only in part.
    answer = small.ask(question)
    assert answer.answered
    for part in ("blinking circuit", "chassis", "line-following code"):
        assert part in answer.text, answer.text


def test_the_date_of_a_thing_no_page_names_is_not_answered(small: Assistant) -> None:
    # "Christmas" matches December dates, but the market is what the date is asked of.
    assert not small.ask("When does the Christmas market in Montpellier open this year?").answered
    assert small.ask("When do applications for the master's scholarships open?").answered


def test_a_kind_of_what_a_page_is_about_that_it_never_names_is_not_offered(small: Assistant) -> None:
    # The photo club's page is the one about photos and never says "digital": it offers another kind.
    assert not small.ask("Does the photo club run digital photo courses?").answered
    assert not small.ask("Does the photo club have a digital photo course, and when is it?").answered
    assert small.ask("Does the photo club have a darkroom course, and when is it?").answered


def test_a_question_about_a_thing_no_page_names_is_not_answered_after_a_story(small: Assistant) -> None:
    # The second question, asked after the story, asks of the bronze casting: no page holds it.
    story = "I saw some lovely pieces at a market last week. How many sessions does a course take?"
    assert not small.ask(f"Is bronze casting part of the pottery workshop too? {story}").answered
    glazing = small.ask(f"Is glazing part of the pottery workshop too? {story}")
    assert glazing.answered and "10 sessions" in glazing.text


@pytest.mark.parametrize(
    "question",
    [
        "How do I tell the glow-worm from the firefly on the lawns?",
        "Comment je fais la différence entre un ver luisant et une luciole sur les pelouses ?",
    ],
)
def test_telling_two_things_apart_quotes_the_sentence_describing_each(
    small: Assistant, question: str
) -> None:
    answer = small.ask(question)
    assert answer.answered
    assert "steady green point" in answer.text and "flashes every second" in answer.text


def test_a_thing_a_page_names_only_as_an_activity_is_not_named(small: Assistant) -> None:
    # "screening" is the workshop's evening, not a screen: the page says nothing of one.
    assert not small.ask("Does the stop-motion workshop have a big screen for the films?").answered
    assert small.ask("When is the screening of the stop-motion films?").answered


def test_a_yes_no_question_offering_another_way_is_answered_by_the_page_naming_it(small: Assistant) -> None:
    # The page never names a cheque: asked alone, it says neither yes nor no…
    assert not small.ask("Do I pay for the museum pass with a cheque at the museum?").answered
    # …but it names the other way the asker offers, and says which of the two holds.
    answer = small.ask("Do I pay for the museum pass with a cheque at the museum, or is it all done online?")
    assert answer.answered and "museum pass" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What should I bring to the pottery workshop?",
        "Qu'est-ce que je dois apporter à l'atelier de poterie ?",
    ],
)
def test_a_list_question_is_answered_by_the_prose_under_the_heading_it_asks(
    small: Assistant, question: str
) -> None:
    # "What to bring" is told in two sentences, not as a list: both are the answer.
    answer = small.ask(question)
    assert answer.answered
    for thing in ("apron", "closed shoes", "nails short"):
        assert thing in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What should I wear for the pottery workshop?",
        "Do I need to bring anything to the pottery workshop?",
        "Je dois mettre quoi pour l'atelier de poterie ?",
    ],
)
def test_what_to_wear_is_answered_by_what_to_bring_not_by_a_rule_that_says_wear(
    small: Assistant, question: str
) -> None:
    # The rules list says "wear safety glasses" too, and is a list, which the question's "what"
    # would otherwise call for: it tells what to do at the kiln, not what to come in.
    answer = small.ask(question)
    assert answer.answered
    assert "closed shoes" in answer.text, answer.text
    assert "safety glasses" not in answer.text, answer.text


def test_a_compound_question_half_answered_gets_that_half_and_says_the_rest_was_not_found(
    small: Assistant,
) -> None:
    # Asked alone, the raku weekend is no page's; asked after the age rule, the age rule is still
    # the answer to the first part, and the answer says it does not cover the second.
    question = "Can a 17-year-old sign up for the pottery workshop, and when is the raku weekend?"
    answer = small.ask(question)
    assert answer.answered and "16 or over" in answer.citations[0].snippet
    assert answer.text.endswith("I found nothing in the documents on the rest of your question.")
    assert not any("raku" in c.snippet.lower() for c in answer.citations)


def test_a_count_asked_of_today_is_not_last_years_figure(small: Assistant) -> None:
    # The page is for 2027-2028: "In 2026-2027, … 310 musicians" is last year's, which only a
    # question about the past asks for.
    answer = small.ask("How many musicians play in the big band?")
    assert answer.answered and "17 musicians" in answer.citations[0].snippet, answer.text
    past = small.ask("How many musicians came to the jam sessions last year?")
    assert past.answered and "310" in past.citations[0].snippet, past.text


def test_where_the_office_is_is_the_contact_address_not_an_activity_place(small: Assistant) -> None:
    # The table's "Where" column says where the planting happens; the office is the address that
    # follows the service's e-mail and phone.
    answer = small.ask("I'd like to meet whoever runs the micro-forest planting days. Where's their office?")
    assert answer.answered and "room 3.09" in answer.citations[0].snippet, answer.text


def test_the_things_a_quote_lists_to_tell_apart_are_described_one_by_one(small: Assistant) -> None:
    answer = small.ask("What is the difference between the three groups of earthworms?")
    assert answer.answered, answer.text
    described = ("Litter dwellers are small", "Topsoil dwellers are pale", "Deep burrowers are the largest")
    for opening in described:
        assert any(c.snippet.startswith(opening) for c in answer.citations), answer.text


def test_a_french_story_word_no_page_uses_is_not_what_the_quote_misses(small: Assistant) -> None:
    # "kayak-polo" is in no glossary and on no page: every quote lacks it, so it says nothing
    # against this one. The evidence model reads "missing" as the weight of the term it lacks.
    question = "Mon coloc fait du kayak-polo depuis des années. Le big band, il a combien de musiciens ?"
    text, evidence = small.quotes(question)[0]
    assert "17 musicians" in text
    assert evidence.features[FEATURES.index("missing")] < 0.5


def test_a_contact_line_with_its_days_answers_how_to_reach_them_and_when(small: Assistant) -> None:
    # The e-mail is in the line's first sentence, the days in its tail: together they are the entry.
    answer = small.ask(
        "J'aimerais planter des arbres sur le campus (on peut venir à deux ?). C'est quel service qui "
        "gère ça, comment je les contacte, et ils sont là quels jours ?"
    )
    assert answer.answered
    assert "microforets@umontpellier.fr" in answer.text and "Monday to Friday" in answer.text


def test_a_quote_inside_an_earlier_one_is_not_repeated(small: Assistant) -> None:
    answer = small.ask(
        "I'd like to plant trees on campus (can we come as a pair?). Which service handles that, how "
        "do I reach them, and which days are they in?"
    )
    assert "microforets@umontpellier.fr" in answer.text
    assert answer.text.count("room 3.09") == 1  # the line's tail, quoted with it, not again after it


def test_whether_a_country_is_on_a_list_is_not_answered_by_a_page_that_names_none(small: Assistant) -> None:
    # The page gives one rule wherever one goes, but whether Morocco is on the list it cannot say.
    assert not small.ask("Is Morocco on the sanctions list?").answered


def test_two_activities_compared_are_quoted_by_their_rows_in_the_question_order(small: Assistant) -> None:
    answer = small.ask(
        "Micro-forests: should I go to the training evening first or straight to the first planting "
        "morning? Can you compare the two for me: when they happen and where?"
    )
    assert answer.answered
    evening, morning = answer.text.find("17 November 2027"), answer.text.find("27 November 2027")
    assert 0 <= evening < morning
    assert "15 January 2028" not in answer.text  # the row of the other morning is not compared


# The kinds are counted in one sentence and described, each, further down the page.
NEWTS = """# Newt watch

Tritons, run by the Student Life Department, counts the newts of the campus ponds at night in March.

## The newts

Two species of newt live in the ponds of the campus. They hide under stones by day and swim up to
the surface at night to breathe.

## Which newt is it?

The marbled newt is green with black marks, and the male has a crest along its back. The palmate
newt is small and brown, and the male has black webbed hind feet. A newt found on a path is noted
and put back in the water.
"""


def test_the_kinds_a_page_counts_are_told_apart_by_the_sentences_describing_each(small: Assistant) -> None:
    answer = small.ask("How do I tell the two species of newt apart when I see one in the pond?")
    assert answer.answered
    assert "marbled newt is green" in answer.text and "palmate" in answer.text
    assert "found on a path" not in answer.text  # a newt, not a kind of newt


def test_a_minor_s_age_rule_answers_whether_they_may_join_asked_in_french(small: Assistant) -> None:
    # The rule shares few words with the story and the question; it is the rule for this asker.
    answer = small.ask(
        "Ma fille a 17 ans et elle entre à l'université en septembre. Elle peut s'inscrire à "
        "l'atelier de poterie à son âge ?"
    )
    assert answer.answered
    assert "16 or over" in answer.text
