"""The text of every 'blind27' document; run this to rebuild corpus/ (see ../collection_tools.py).

The PDF and DOCX files (`PDFS`, `DOCXS`) are written by the shared writer, with their `.meta.yaml`
sidecars; the Markdown, HTML and text files and the sidecars of the HTML and text files are kept
here as they are written (`TEXTS`), so that the whole corpus can be rebuilt from this one file.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec, html_page, sidecar, write_texts  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-stone-carving-workshop-2027.pdf": {
        "title": "Atelier Pierre Vive: stone carving at UM, 2027-2028",
        "short": "Stone carving at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/stone-carving-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Atelier Pierre Vive",
        "pages": [
            [
                ("h1", "Atelier Pierre Vive: stone carving at UM, 2027-2028"),
                (
                    "p",
                    "Montpellier is a city of pale stone: its mansions and its churches were built with limestone "
                    "from the region, soft enough to carve when it leaves the quarry and hard once it has dried. In "
                    "the stone carving workshop of the Culture Department, a sculptor and a stonemason teach students "
                    "and staff to carve it with a point, a claw chisel and a mallet. This guide applies from 1 September 2027 to 31 August 2028. "
                    "In 2026-2027, 96 people carved in the workshop.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery afternoon: carve a leaf in relief in a small block of limestone", "Saturday 9 October 2027 or Saturday 15 January 2028, 14:00–17:30", "the stone workshop, Triolet campus, building 33, room 33.02", "€15, stone included"],
                        ["\"a head in stone\": a portrait in limestone, in 10 sessions", "Monday, 18:00–21:00, from 8 November 2027", "the stone workshop, room 33.02", "€95, stone included"],
                        ["letter carving: a name, a date or a short poem cut into a slab", "Tuesday, 18:30–21:00, 4 sessions from 1 February 2028", "the stone workshop, room 33.02", "€40, slab included"],
                        ["open workshop for those who have followed a course", "every Thursday, 14:00–18:00", "the stone workshop, room 33.02", "€5 per afternoon; stone at cost"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery afternoons take 10 people, the portrait course and the letter carving 8 each, and "
                    "the open workshop 6. Students with a need-based grant pay half price; staff and researchers pay "
                    "€20 more per course. Register from 27 September 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can carve?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. Carving raises fine dust: people with asthma should talk to the sculptor before "
                    "they register.",
                ),
            ],
            [
                ("h2", "What to wear and bring"),
                (
                    "p",
                    "The workshop lends the tools, the safety glasses, the masks and a leather glove for the hand that "
                    "holds the chisel. Come in old clothes that cover your arms and in closed shoes with thick soles. "
                    "Bring a photo or a drawing of what you want to carve, and a bottle of water.",
                ),
                ("h2", "The spring symposium"),
                (
                    "p",
                    "From Monday 15 to Friday 19 May 2028, 6 carvers of the workshop each carve a block of about 50 "
                    "kilograms in public, on the lawn in front of building 5 of the Triolet campus. To take part in "
                    "the symposium, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Follow at least one course of the workshop during the year.",
                        "Send a sketch and a model of your project, no taller than 20 centimetres, in the "
                        "\"Culture\" tile of your UM account by 15 March 2028.",
                        "Wait for the jury of the Culture Department, which selects 6 projects and answers by 5 "
                        "April 2028.",
                        "Come to the preparation day on Saturday 29 April 2028, to rough out your block with the "
                        "stonemason.",
                        "Carve during the symposium week, and sign the loan agreement: your sculpture stays on show on "
                        "the campus until 30 September 2028, then it is yours.",
                    ],
                ),
                ("h2", "Rules in the workshop"),
                (
                    "p",
                    "The workshop has five rules:",
                ),
                (
                    "bullet",
                    [
                        "wear safety glasses whenever you strike a chisel, and a mask whenever you rasp or sand;",
                        "strike away from your body and never towards a neighbour: the benches stand 2 metres apart;",
                        "lift blocks heavier than 20 kilograms with the hoist, never by hand;",
                        "clean up the dust with a damp cloth or the vacuum cleaner, never with a brush;",
                        "put every tool back on the board, sharp ends down.",
                    ],
                ),
            ],
            [
                ("h2", "Borrowing tools"),
                (
                    "p",
                    "Members who have followed a course can borrow hand tools to carve at home, for up to 4 weeks, "
                    "against a deposit:",
                ),
                (
                    "table",
                    [
                        ["Tool", "How many", "Deposit", "Whom to ask"],
                        ["set of 4 chisels: point, claw, flat chisel and gouge", "8 sets", "€40, paid back when the set comes back complete", "the desk of the workshop"],
                        ["mallet in iron or in wood", "10 mallets", "€15, paid back in the same way", "the desk of the workshop"],
                        ["rasps and rifflers for the finish", "6 sets", "no deposit, but they may not leave the workshop", "the sculptor"],
                    ],
                    (46, 30, 52, 38),
                ),
                ("h2", "Taking your work home"),
                (
                    "p",
                    "A finished piece is yours. Pieces heavier than 15 kilograms go home in the Culture Department's van, on the collection day "
                    "of Saturday 24 June 2028. Book a slot with the logistics desk of the Culture Department: "
                    "+33 4 65 82 53 58.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The year's work is shown at the exhibition \"Pierres du campus\", in the hall of the Student "
                    "House, from 2 to 23 June 2028. Students who follow a course and take part in the symposium or in "
                    "the exhibition can have it recognised as a cultural engagement unit worth 2 ECTS credits.",
                ),
                (
                    "p",
                    "Contact: Atelier Pierre Vive, Culture Department, pierrevive@umontpellier.fr, +33 4 65 82 53 71. "
                    "Triolet campus, building 33, room 33.01; Monday and Thursday, 13:30–17:00.",
                ),
            ],
        ],
    },
    "08-paragliding-club-2027.pdf": {
        "title": "Ailes du Salagou: the UM paragliding club 2027-2028",
        "short": "Ailes du Salagou paragliding club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/ailes-du-salagou-paragliding-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the Ailes du Salagou paragliding club",
        "pages": [
            [
                ("h1", "Ailes du Salagou: the UM paragliding club 2027-2028"),
                (
                    "p",
                    "A paraglider has no engine and no frame: it is a wing of fabric that fills with air when the "
                    "pilot runs down a slope, and it can stay up for hours when the sun warms the ground and the air "
                    "rises. West of Montpellier, the red hills around the Lac du Salagou are one of the best places in "
                    "the south of France to learn. Ailes du Salagou is the paragliding club of UM students and staff, "
                    "based in the Student House. Its members learn with the state-qualified instructors of a partner "
                    "flying school at Clermont-l'Hérault, 45 kilometres from the Triolet campus. This guide applies to "
                    "the academic year 2027-2028. In 2026-2027, the club had 58 members, and 19 of them made their "
                    "first solo flight.",
                ),
                ("h2", "What the club offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery flight in a two-seater wing, with an instructor as pilot", "Saturday 16 October 2027 or Saturday 22 April 2028, 9:00–13:00", "Mont Liausson, above the Lac du Salagou", "€75 per flight"],
                        ["ground handling: inflating and steering the wing on flat ground", "Wednesday, 14:00–17:00, from 13 October 2027", "the training field of the flying school, Clermont-l'Hérault", "included in the membership"],
                        ["theory evenings: weather, air law and the wing, for the first pilot's exam", "Tuesday, 18:30–20:30, 6 sessions from 11 January 2028", "Triolet campus, building 22, room 22.08", "€20"],
                        ["beginners' course: first solo flights from a gentle slope, 5 days", "Monday 21 to Friday 25 February 2028", "the training slope of the flying school", "€390, wing, harness and radio lent"],
                        ["flying weekend in the Alps, for pilots who have finished the beginners' course", "Saturday 20 and Sunday 21 May 2028", "Saint-André-les-Alpes, by minibus", "€140, lodging included"],
                    ],
                    (52, 44, 42, 28),
                ),
                (
                    "p",
                    "Membership costs €45 for the academic year for students and €70 for staff and researchers. Every "
                    "pilot also needs the licence of the French free flight federation, €85 for the year at the "
                    "student rate, which includes insurance; the club orders it for you. The beginners' course takes "
                    "8 pilots, ground handling 10, and the discovery flights 12 passengers a day.",
                ),
                ("h2", "Who can fly?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; pilots under 18 need the written consent of a parent. You must weigh between 45 and 100 "
                    "kilograms, the range of the club's wings, and be able to run 50 metres carrying 15 kilograms. The "
                    "licence requires a medical certificate of fitness for free flight that is less than 1 year old. "
                    "The discovery flight needs no licence and no experience.",
                ),
            ],
            [
                ("h2", "Getting there"),
                (
                    "p",
                    "A club minibus with 8 seats leaves the Student House at 12:45 on Wednesdays for ground handling, "
                    "and at 7:30 on flying days. Book your seat in the \"Student House\" tile of your UM account by "
                    "18:00 the day before.",
                ),
                ("h2", "How to start flying"),
                (
                    "p",
                    "Nobody flies alone on the first day. To make your first solo flight, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Join the club in the \"Student House\" tile of your UM account, under \"Ailes du Salagou\", "
                        "and pay the membership.",
                        "Get a medical certificate of fitness for free flight, then take the licence of the federation "
                        "through the club.",
                        "Come to at least 4 ground handling afternoons, until the instructor signs the \"wing "
                        "control\" box of your pilot's logbook.",
                        "Register for the beginners' course by 31 January 2028; the 8 places are given in order of "
                        "registration.",
                        "During the course, take off only when the instructor clears you, and keep your radio on: the "
                        "instructor guides you through it until you land.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "wear a helmet and a harness with a back protector at every take-off, even for a short hop;",
                        "never take off without the instructor's go-ahead, and never fly alone until you have passed "
                        "the first pilot's exam;",
                        "check the wing, the lines and the reserve parachute with a partner before every flight;",
                        "keep away from the power lines and from the shore of the lake when you land;",
                        "no flying after a drink of alcohol, or when you feel tired or unwell.",
                    ],
                ),
                ("h2", "Weather and cancellations"),
                (
                    "p",
                    "Paragliding depends on the weather. A flying day is cancelled when the wind is above 25 km/h or "
                    "when a storm is forecast; the club tells you by text message by 7:00. A cancelled discovery "
                    "flight is moved to another date, or refunded if no other date suits you.",
                ),
                (
                    "p",
                    "Students who complete the beginners' course and at least 10 ground handling afternoons can have "
                    "it recognised as a student engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Ailes du Salagou, Student House, ailesdusalagou@asso.umontpellier.fr, "
                    "+33 4 65 82 35 42. Triolet campus, building 20, room 133; Monday and Wednesday, 12:30–14:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-food-rescue-volunteers.docx": {
        "title": "Zéro Gâchis: rescuing unsold food for students – volunteer guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/zero-gachis-food-rescue",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Zéro Gâchis: rescuing unsold food for students – volunteer guide 2027-2028"),
            (
                "p",
                "Every evening, markets, bakeries and shops throw away food that is still good to eat: a bruised "
                "apple, yesterday's bread, a lettuce that will not sell. At the same time, many students skip meals "
                "at the end of the month. Zéro Gâchis, run by the Student Life Department with the association "
                "\"Les Glaneurs du Lez\", brings the two together: volunteers collect unsold fruit, vegetables and "
                "bread from shopkeepers who have signed a partnership with UM, and share them out free of charge "
                "among students at the Student House. In 2026-2027, 74 volunteers rescued 11.2 tonnes of food, and "
                "about 600 students a week came to the stall.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 17 or over. Volunteers under "
                "18 need the written consent of a parent and do not take part in the van rounds. Drivers of the van "
                "must be 21 or over and have held a driving licence for at least 3 years. You need no experience: "
                "each shift is led by a team leader of the association. Any student with a UM student card can "
                "collect food at the stall, whatever their income.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per shift"],
                    ["collection round by cargo bike", "Tuesday and Friday, 13:30–15:30", "two markets of the city centre, then the Student House", "4"],
                    ["sorting and sharing stall", "Tuesday and Friday, 17:00–19:00", "the hall of the Student House, Triolet campus, building 20", "6"],
                    ["van round to two supermarkets and a bakery", "Saturday, 8:30–11:30", "departure from the car park of building 20", "3"],
                    ["hygiene training: sorting, storage and allergens", "Saturday 9 October 2027 or Saturday 22 January 2028, 9:30–12:30", "Student House, room 112", "12 per training"],
                    ["\"disco soup\" evening: cooking rescued vegetables together, with music", "Thursday 25 November 2027, 18:30–22:00", "the kitchen of the Student House", "20"],
                ],
            ),
            (
                "p",
                "Shifts are booked in the planner of the association, and every volunteer commits to at least 2 "
                "shifts a month.",
            ),
            ("h1", "Becoming a volunteer"),
            ("p", "To join the Zéro Gâchis team, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Zéro Gâchis\", with the days "
                    "when you are free.",
                    "Attend one of the two hygiene trainings: no one handles food without it.",
                    "Do 2 shifts alongside a team leader, one collection round and one stall.",
                    "Choose your shifts in the planner of the association, at least a week ahead.",
                    "Collect your green bib and your volunteer card at the stall, and wear the bib on every round, "
                    "so that shopkeepers recognise you.",
                ],
            ),
            ("h1", "What is collected, and what is not"),
            (
                "p",
                "Volunteers collect fruit, vegetables, bread and pastries, and dry goods such as pasta or rice in "
                "damaged packets. They never collect meat, fish, dairy products or ready meals, which must be kept "
                "cold all the way, something the scheme cannot guarantee. Anything mouldy or soft goes to the "
                "compost, not to the stall.",
            ),
            ("h1", "Rules of the stall"),
            (
                "bullet",
                [
                    "wash your hands before you sort, and wear gloves to handle bread;",
                    "weigh every crate and write it in the record book: the shopkeepers receive the figures;",
                    "one bag per student at the stall, and students bring their own bag;",
                    "volunteers help themselves after the stall closes, like everyone else, never before;",
                    "nothing is sold: the food is given, and so is your time.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of volunteering at the end of the year. Students who attend a "
                "training and do at least 20 shifts in the year can have it recognised as a student engagement unit "
                "worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Zéro Gâchis coordinator, Student Life Department: zerogachis@umontpellier.fr, +33 4 65 82 36 58. "
                "Student House, Triolet campus, building 20, room 112; Monday and Friday, 10:00–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-ultimate-frisbee-club.md"] = """---
title: Les Albatros – the ultimate frisbee club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/les-albatros-ultimate
audience: students, researchers and staff
language: en
---

# Les Albatros: the ultimate frisbee club of the Student House

Ultimate is a team sport played with a flying disc of 175 grams. Two teams of seven try to catch the disc in the end zone of the other team; a player who holds the disc may not run, and has ten seconds to pass it. There is no referee, even at world championships: players call their own fouls and settle them on the pitch, a principle known as the "spirit of the game". "Les Albatros" is the ultimate club of UM students and staff, coached by a teacher of the University Sports Service on the synthetic pitch of the Triolet campus. This page applies to the academic year 2027-2028. In 2026-2027, the club had 64 members from 17 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: throws, catches and a first game | Thursday 30 September 2027, 18:00–20:00 | the synthetic pitch, Triolet campus, next to building 40 | 1 | free |
| beginners' training | Monday, 18:30–20:00 | the synthetic pitch | 22, from 4 October 2027 | €40 |
| competition training for the mixed team | Wednesday, 19:00–21:00 | the synthetic pitch | every week from 6 October 2027 | included in the membership |
| "spirit of the game" workshop: the rules, the calls and the spirit circle | Tuesday, 18:30–20:00 | Triolet campus, building 40, room 40.03 | 4, from 1 February 2028 | €8 |
| beach ultimate, barefoot on the sand | first Sunday of April, May and June 2028, 10:00–13:00 | the beach of Palavas-les-Flots, by tram and bus | 3 | €15 |

The beginners' training takes 24 players, the spirit workshop 16 and beach ultimate 20. Staff and researchers pay €12 more per course; students with a need-based grant pay half price. Registration for the beginners' training opens on 20 September 2027, and for the spirit workshop and beach ultimate on 10 January 2028, in the "Student House" tile of your UM account.

Membership costs €30 for the academic year for students and €55 for staff and researchers; it includes the licence of the French flying disc federation and its insurance. The club lends discs and coloured bibs. Bring trainers or football boots with moulded studs (metal studs are not allowed), sports clothes, a cap and sun cream for the spring, and a water bottle.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or over. You need no experience and no particular height: in ultimate, running and reading the game count for more than size. To train, you fill in a health questionnaire; to play in a tournament, you need a medical certificate of fitness for sport that is less than 1 year old. The competition team is mixed: each line on the pitch has 3 or 4 women.

## How to play your first match

Beginners play short games from the first training, but a match against another club comes later. To get there, follow these steps:

1. Come to the discovery session, or to a free trial at any Monday training in October.
2. Join the club in the "Student House" tile of your UM account, under "Les Albatros", and fill in the health questionnaire.
3. Attend at least 8 beginners' trainings, until the coach has checked your backhand, your forehand and your marking.
4. Pass the online rules quiz of the federation: 20 questions, of which at least 15 must be right.
5. Play your first match at a Wednesday scrimmage against a visiting club, with a spirit captain of the club at your side.

## Rules on the pitch

- call your own fouls and line calls honestly, and accept the other player's call when you cannot agree
- no contact: a defender may block the disc but must never touch the thrower
- after every match, both teams gather in a spirit circle to say what went well
- stop the game at once if someone is hurt, and call the coach
- leave nothing on the pitch: bottles, tape and bibs go back in the club bag

## Tournament and credits

On Saturday 18 March 2028, the club holds the "Albatros Open" on the synthetic pitch: 16 mixed teams from the universities of the region play from 9:00 to 18:00, at €60 per team, and a prize goes to the team with the best spirit score. Students who attend at least 20 trainings in the year and help to run the Albatros Open can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

What happens when it rains? Trainings go ahead in the rain. They are cancelled only when there is a thunderstorm: the coach sends a text message by 17:00.

Does the disc hurt? Rarely. A disc weighs about as much as a can of soda, and beginners learn to catch it with both hands, like a sandwich, before they try catching with one hand.

## Contact

Les Albatros, Student House: albatros@asso.umontpellier.fr, +33 4 65 82 35 14. Triolet campus, building 20, room 131; Tuesday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-letter-of-good-standing.html"] = html_page(
    "Letter of good standing: FAQ",
    "Letters stating that a UM student is enrolled, has no disciplinary sanction and may continue their studies: kinds, delays, requests and validity.",
    "https://www.umontpellier.fr/en/international/letter-of-good-standing-faq",
    "/fr/international/attestation-de-bonne-conduite-faq",
    """    <h1>Letter of good standing: FAQ</h1>
    <p>Universities in the United States, Canada, the United Kingdom and Australia often ask applicants for a "letter of good standing", also called a certificate of good standing or a dean's certification: a letter from their home university confirming that they are enrolled, that they have never been sanctioned for misconduct and that they may continue their studies. Summer schools, visiting student programmes and some employers ask for it too. The Mobility Documents desk of the International Relations Department of the University of Montpellier issues these letters. This FAQ applies from 1 September 2027. In 2026-2027, the desk issued 860 letters, most of them for exchanges and summer schools in North America.</p>

    <h2>Which letter can I ask for?</h2>
    <table>
      <thead>
        <tr><th>Letter</th><th>What it states</th><th>Delay</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>standard letter</td><td>that you are enrolled at UM for the current year, that no disciplinary sanction has been taken against you, and that you may continue your studies</td><td>3 working days</td><td>free</td></tr>
        <tr><td>letter with your study record</td><td>the above, plus your programme and the dates of each year of enrolment at UM</td><td>5 working days</td><td>free</td></tr>
        <tr><td>form of the university abroad</td><td>UM fills in, signs and stamps the host university's own form, often called a dean's certification form</td><td>10 working days</td><td>free</td></tr>
        <tr><td>letter posted by UM</td><td>any of the above, posted directly to the university abroad</td><td>10 working days</td><td>€9 for the postage</td></tr>
      </tbody>
    </table>
    <p>Letters are issued in English; a French version is available on request, at no extra cost. A letter of good standing gives no grades and no average: for your results, ask your faculty for a transcript.</p>

    <h2>Who can ask for one?</h2>
    <p>Current UM students, doctoral candidates included, and former students up to 5 years after they left UM; after that, the registry only issues a certificate of past enrolment. Exchange students who spent one or two semesters at UM can ask for a letter that covers their stay, for example for a later application in their own country.</p>

    <h2>What counts as a disciplinary sanction?</h2>
    <p>Only the decisions of the disciplinary section of UM: a warning, a reprimand, or an exclusion for a period. A warning never appears on the letter. A reprimand or an exclusion appears on it for 5 years after the decision. Failing an exam or repeating a year is not a sanction: you remain in good standing. If a disciplinary procedure is under way, the letter is issued only once the decision has been taken.</p>

    <h2>How do I ask for a letter?</h2>
    <p>Requests are made online only. Proceed as follows:</p>
    <ol>
      <li>Log in to the "International" tile of your UM account and open "Letter of good standing"; former students without an account fill in the online form of the International Relations Department, with a copy of their identity document.</li>
      <li>Choose the kind of letter and, for a form of the university abroad, upload the form; forms must be in English or in French.</li>
      <li>Wait for the student office of your faculty to confirm your enrolment and your disciplinary record; you can follow your request in the same tile.</li>
      <li>Download the letter as a PDF signed electronically, with a verification code that the university abroad can check on the UM website.</li>
      <li>For a posted letter, give the postal address of the university abroad and pay the €9 in the same tile.</li>
    </ol>

    <h2>How long is a letter valid?</h2>
    <p>A letter has no end date, but most universities want one that is less than 3 months old. You can ask for as many letters as you need, free of charge; each new letter bears the date of the day.</p>

    <h2>Can a teacher write the letter instead?</h2>
    <p>No. Only the International Relations Department signs letters of good standing on behalf of UM. A teacher can write you a letter of recommendation, which is something else.</p>

    <h2>My university abroad wants the letter before my enrolment for next year is complete. What can I do?</h2>
    <p>From 1 July, once your results are published, the desk can issue a standard letter for the year that is ending, stating that you have been admitted to the next year of your programme.</p>

    <h2>Whom do I contact?</h2>
    <p>Mobility Documents desk, International Relations Department: good-standing@umontpellier.fr, +33 4 65 81 27 63. Triolet campus, building 1, room 1.17; Monday, Wednesday and Friday, 9:00–12:00.</p>
""",
    [
        '<a href="/en/international/outgoing">Studying abroad</a>',
        '<a href="/en/international/summer-schools">Summer schools abroad</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-letter-of-good-standing.meta.yaml"] = sidecar(
    "Letter of good standing: FAQ",
    "https://www.umontpellier.fr/en/international/letter-of-good-standing-faq",
    "students and former students",
)

TEXTS["03-student-ushers-theatre-13-vents.md"] = """---
title: Student ushers at the Théâtre des 13 vents – the agreement between UM and the theatre, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/student-ushers-13-vents
audience: students
language: en
---

# Student ushers at the Théâtre des 13 vents

Before the lights go down, someone has to welcome the audience, check the tickets, show people to their seats and know where every emergency exit is. At the Théâtre des 13 vents, the national drama centre of Montpellier, in the Domaine de Grammont, part of this work is done by students. Since 2022, an agreement between the University of Montpellier and the theatre has allowed UM students to serve as volunteer ushers: they give their evenings to the theatre, and the theatre gives them free seats, a training and a look behind the scenes. The Culture Department runs the scheme on the UM side. This page applies to the 2027-2028 season. In 2026-2027, 41 student ushers worked 290 evenings.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| free seats | one free seat for a show of the season for every shift you work, for yourself only |
| a seat for a friend | €6 instead of the student price of €12, for one friend per show |
| training | a 3-hour training on welcoming the public, safety and evacuation, given by the theatre's front-of-house manager |
| rehearsals | two open rehearsals a season, reserved for the ushers, followed by a meeting with the director |
| credits | 2 ECTS credits a year, as a cultural engagement unit, for the training and at least 12 shifts in the season |
| certificate | a certificate of volunteering signed by the theatre and by UM, listing your shifts |

A shift starts 1 hour before the show and ends when the last spectator has left, usually 15 minutes after the curtain call. Each evening needs 4 ushers, and 6 on opening nights. The theatre's shuttle leaves the Odysseum tram stop 45 minutes before each show; ushers whose shift ends after 23:30 go home by taxi, at the theatre's expense.

## Who can apply?

UM students aged 18 or over, doctoral candidates included, in any programme. Ushers speak to the audience in French, so you need at least a B1 level in French; exchange students are welcome if they stay for at least one semester. Staff cannot be ushers under this agreement: the theatre offers them reduced prices instead.

## How to become an usher

Information meetings take place at the theatre on Tuesday 14 September and Thursday 23 September 2027, at 18:00. To become a student usher, follow these steps:

1. Apply in the "Culture" tile of your UM account by 1 October 2027, with a few lines on why you want to be an usher and the evenings when you are free.
2. Meet the front-of-house manager for a short interview in French, in the week of 4 October 2027.
3. Attend the 3-hour training at the theatre on Saturday 9 October 2027, from 10:00 to 13:00: no one works a shift without it.
4. Sign the usher charter of the theatre and the volunteering agreement, which confirms that your shifts are unpaid.
5. Choose your shifts in the theatre's online planner at least 10 days ahead: at least 2 shifts a month from October to May.

## Rules of the front of house

- wear black or dark clothes and the usher badge of the theatre; no uniform is provided
- keep your phone in your pocket and on silent during the show, and never take photos of the stage
- let latecomers in only when the stage manager gives the sign, and show them to the seats nearest the door
- learn the emergency exits of both halls before your first shift, and stay at your door during an evacuation
- your free seat is for you: it cannot be sold, swapped or given away

## FAQ

Do I see the show I am working? Usually, yes: once the doors are closed, ushers sit on the folding seats at the back of the hall. On sold-out nights, they watch from the window of the control room.

What if I cannot come to a shift? Swap it with another usher in the planner at least 48 hours before. After 2 shifts missed without warning, you leave the scheme for the rest of the season.

Is it paid? No. The agreement is a volunteering scheme: ushers receive no pay, but the theatre offers a snack and a drink before each shift.

## Contact

Student ushers desk, Culture Department: ushers@umontpellier.fr, +33 4 65 82 53 44. Triolet campus, building 7, room 7.14; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["04-faq-open-water-swimming-club.html"] = html_page(
    "Mer Ouverte, the open-water swimming club: FAQ",
    "Mer Ouverte: sea sessions off Palavas-les-Flots, winter pool training, the sea safety course and the Traversée du Lido.",
    "https://www.umontpellier.fr/en/campus-life/student-house/open-water-swimming-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-nage-en-eau-libre-faq",
    """    <h1>Mer Ouverte, the open-water swimming club: FAQ</h1>
    <p>Swimming in the sea is not swimming in a pool with more water. There is no wall to rest on and no line on the bottom to follow: swimmers lift their head to see where they are going, cope with waves and currents, and get cold. "Mer Ouverte" is the open-water swimming club of the Student House. With two coaches who hold a lifesaving diploma, its members swim in the sea off Palavas-les-Flots in the autumn and from May to July, and train in the pool in winter. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 46 members from 13 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>swimming test and first swim in the sea</td><td>Saturday 25 September 2027, 10:00–12:00</td><td>the beach of Palavas-les-Flots, at lifeguard post 3</td><td>free</td></tr>
        <tr><td>sea sessions: swimming in a group along the beach</td><td>Saturday, 9:00–10:30, from 2 to 30 October 2027 and from 6 May to 1 July 2028</td><td>the beach of Palavas-les-Flots, at lifeguard post 3</td><td>included in the membership</td></tr>
        <tr><td>winter pool training: technique, breathing and sighting</td><td>Thursday, 20:00–21:30, from 4 November 2027 to 30 March 2028</td><td>the Antigone Olympic swimming pool</td><td>included in the membership</td></tr>
        <tr><td>sea safety course: currents, cramps and helping a tired swimmer</td><td>Saturday 15 April 2028, 9:00–12:00</td><td>the pool, then the beach of Palavas-les-Flots</td><td>€10</td></tr>
        <tr><td>the "Traversée du Lido": a 3-kilometre swim from one beach to the next</td><td>Sunday 11 June 2028, 9:00</td><td>from Palavas-les-Flots to Carnon</td><td>€20</td></tr>
      </tbody>
    </table>
    <p>Membership costs €35 for the academic year for students and €55 for staff and researchers; it includes the insurance of the French Swimming Federation and the pool entrance on Thursdays. A sea session takes 20 swimmers, with one coach in a kayak for every 10 swimmers; the Traversée du Lido takes 40.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over, who swim 400 metres without stopping at the swimming test. You can take the test at the first swim in the sea or at any Thursday pool training. No medical certificate is needed to train: you sign a health declaration when you join. For the Traversée du Lido, you need a medical certificate of fitness for open-water swimming that is less than 1 year old.</p>

    <h2>What should I bring?</h2>
    <p>Bring a swimsuit, goggles, a towel, warm clothes and a hot drink for after the swim. The club lends every swimmer a bright orange swim cap and an inflatable tow float: both are compulsory in the sea, so that boats and coaches can see you. A wetsuit is compulsory when the water is below 18 degrees, which is usually the case in October and in May; the club rents out 12 wetsuits at €3 per session.</p>

    <h2>How do I sign up for the sea sessions?</h2>
    <p>The sea sessions are for members only. To take part, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Mer Ouverte", and sign the health declaration.</li>
      <li>Pass the 400-metre swimming test, at the first swim in the sea or in the pool.</li>
      <li>Before your first sea session of the spring, come to at least 4 pool trainings to practise sighting and breathing on both sides.</li>
      <li>Book each sea session on the club's online calendar by 20:00 on the Thursday before.</li>
      <li>On the day, check in with the coach at lifeguard post 3 at 8:45, and collect your cap and your tow float.</li>
    </ol>

    <h2>What are the rules in the water?</h2>
    <p>The sea is not a pool, so the club has four rules:</p>
    <ul>
      <li>never swim alone: each swimmer has a partner and checks on them at every stop;</li>
      <li>stay between the coaches' kayaks and the beach, and never go beyond the yellow buoys of the bathing area without a coach;</li>
      <li>if a coach blows the whistle three times, swim straight back to the beach;</li>
      <li>raise one arm and wave it if you need help: a coach comes at once.</li>
    </ul>

    <h2>What if the sea is rough?</h2>
    <p>A session is cancelled when the red flag flies, when the wind is above 30 km/h or when the water is below 14 degrees. The club tells swimmers by text message by 7:30 on the day. A cancelled session is not made up.</p>

    <h2>What about jellyfish?</h2>
    <p>Some summers bring jellyfish to the coast. If you are stung, get out of the water, rinse the sting with sea water, never with fresh water, and do not rub it; the lifeguards at post 3 treat stings.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who swim at least 15 sea sessions in the year and help as volunteers at the Traversée du Lido can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Mer Ouverte, Student House: merouverte@asso.umontpellier.fr, +33 4 65 82 35 27. Triolet campus, building 20, room 218; Wednesday, 17:30–19:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-open-water-swimming-club.meta.yaml"] = sidecar(
    "Mer Ouverte, the open-water swimming club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/open-water-swimming-club-faq",
    "students, researchers and staff",
)

TEXTS["05-geocaching-club.txt"] = """BOUSSOLE: THE GEOCACHING CLUB - 2027-2028
University of Montpellier - Student House

Geocaching is a treasure hunt played all over the world with a phone or a GPS. Players hide small waterproof boxes, called caches, each with a logbook inside, and publish their coordinates on the geocaching website; other players go and find them, sign the logbook and put the cache back where it was. There are more than three million caches in the world, and several hundred within an hour of Montpellier. Boussole is the geocaching association of UM students and staff. It looks after 34 caches of its own, on the Triolet campus, in the historic centre and in the garrigue north of the city, and takes beginners on their first hunts. In 2026-2027, the association had 31 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each led by an experienced member:

beginners' hunts on the Triolet campus: reading coordinates, using the app and finding 5 easy caches, on Wednesdays in October from 14:00 to 16:00
hunts in the historic centre, among the lanes of the Ecusson, on the second Saturday of each month from 10:00 to 12:30
garrigue outings by minibus to the hills north of Montpellier, on the last Sunday of each month from 9:00 to 16:00
cache-building workshop: making a waterproof container and its logbook, on the first Tuesday of each month from 18:00 to 19:30
night hunts with headlamps and reflectors, on Friday 12 November 2027 and Friday 17 March 2028, from 19:30 to 22:30
maintenance rounds: checking the association's caches after storms and replacing wet logbooks, whenever needed

The beginners' hunts and the workshop start in room 024 of the Student House. The garrigue outings stop in July and August, and are cancelled whenever the fire risk in the hills is declared very severe.

THE MEETINGS

The association meets on the first Monday of each month, from 12:30 to 13:30, in room 024 of the Student House, from 4 October 2027 to 5 June 2028.

MEMBERSHIP AND EQUIPMENT

Membership costs EUR 8 for the academic year for students and EUR 15 for staff and researchers; it includes insurance. The geocaching app is free, and you do not need a paying account. The association lends 10 GPS handsets, and headlamps for the night hunts. Each garrigue outing costs EUR 5 for the minibus. Bring walking shoes, 2 litres of water for the hills, a pen, and a few small objects to trade.

HOW DO I JOIN?

1. Come to a beginners' hunt on a Wednesday in October: your first hunt is free.
2. Register in the "Student House" tile of your UM account, under "Boussole", and pay the membership.
3. Create a free account on the geocaching website and send your player name to the association, so that it can follow your finds.
4. Find at least 10 caches, on your own or with the association, before you hide one of your own.
5. To hide a cache, send its location and a photo to the association's cache reviewer, who checks that the owner of the place agrees and that the cache is at least 161 metres from any other.

RULES OF THE GAME

Never dig, break branches or move stones to hide or find a cache. No caches in protected natural areas, on railways, near schools or inside public buildings. Put every cache back exactly where you found it, and close it well. If you take an object from a cache, leave one of equal or greater value; never leave food, which attracts animals. Stay discreet: people who do not play should not find the caches by watching you.

THE SPRING HUNT

On Saturday 8 April 2028, from 14:00 to 18:00, the association holds a treasure hunt on the Triolet campus, as part of the Student Festival: teams of 2 to 4 follow a trail of 12 caches, and the first team to solve the final puzzle wins. It is free and open to everyone, members or not; children from 8 can take part with an adult.

CREDITS

Students who hide and look after at least 3 caches during the year and help to run the spring hunt can have it recognised as a student engagement unit worth 1 ECTS credit.

CONTACT

Boussole, Student House
E-mail: boussole@asso.umontpellier.fr
Phone: +33 4 65 82 35 36
Student House, Triolet campus, building 20, room 024. Thursday, 17:00-18:30.
"""

TEXTS["05-geocaching-club.meta.yaml"] = sidecar(
    "Boussole, the geocaching club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/boussole-geocaching",
    "students, researchers and staff",
)

TEXTS["06-changing-or-giving-up-an-exchange-place-2027.md"] = """---
title: Changing or giving up your exchange place after selection, 2027-2028
url: https://www.umontpellier.fr/en/international/outgoing/changing-or-giving-up-an-exchange-place
audience: students
language: en
valid_until: 2028-06-30
---

# Changing or giving up your exchange place after selection, 2027-2028

Every winter, the International Relations Department selects the UM students who will spend a semester or a year at a partner university the following year. Between selection and departure, plans change: a student prefers another destination, needs to leave in the spring instead of the autumn, or decides not to go at all. A change or a withdrawal is possible, but it affects other students, who are waiting for free places, and the partner universities, to which UM has already sent names. This page sets out the rules of the Outgoing Exchanges desk for students selected in the 2027-2028 round, for exchanges in 2028-2029. In the 2026-2027 round, 1,310 students were selected; 96 of them changed their destination and 118 gave up their place.

## What can you ask for, and by when?

| Request | Deadline | Conditions | Answer |
|---|---|---|---|
| change of destination | 15 March 2028 | only to a partner that still has places after the first round, and with the agreement of your faculty | within 10 working days |
| change of semester | 31 March 2028 | the partner must agree, and your courses at UM must allow it | within 15 working days |
| withdrawal without penalty | 30 April 2028 | for any reason; the place goes to the waiting list | acknowledgement by e-mail |
| late withdrawal | from 1 May 2028 | UM has already nominated you to the partner | acknowledgement by e-mail |

A late withdrawal is recorded in your selection file: the next time you apply for an exchange, your application is considered only after those of students without a late withdrawal. No late withdrawal is recorded when you give up for a serious reason backed by a document, such as an illness, a death in your family or a failed year. You may ask for only one change of destination per round.

Places given up by 30 April 2028 go to the students on the waiting list of the same partner, in the order of the selection; the desk contacts them by e-mail, and they have 5 days to accept.

## Grants

If you give up after receiving a grant advance, you pay it back within 30 days of your withdrawal. When you give up for a serious reason backed by a document, UM can reimburse costs that you have already paid and cannot get back, such as a flight or a housing deposit, up to €400, on receipts.

## How to give up your place

To withdraw from an exchange, follow these steps:

1. Talk to the international relations officer of your faculty, who can sometimes suggest a change instead of a withdrawal.
2. Fill in the withdrawal form on the mobility platform, with the reason and, for a serious reason, the supporting document.
3. If you have already received a grant advance, pay it back within 30 days, following the instructions in the acknowledgement e-mail of the desk.
4. Cancel your housing and your course registration at the partner university yourself: UM only tells the partner that you will not come.
5. Keep the acknowledgement e-mail of the desk: it is your proof that the withdrawal was recorded.

## FAQ

I have been selected, but I may fail my year. What happens? If you do not pass your year at UM, your exchange is cancelled automatically, and no late withdrawal is recorded.

Can I swap places with a friend who was selected for another partner? No. Places are never exchanged between students; each of you must ask for a change of destination.

I was selected for an exchange and for a double degree. Do I have to choose? Yes: tell the desk which one you keep by 15 February 2028; the other place goes to the waiting list.

Will a withdrawal appear on my transcript? No. It appears only in your selection file at the International Relations Department.

## Contact

Outgoing Exchanges desk, International Relations Department: outgoing-exchanges@umontpellier.fr, +33 4 65 81 27 35. Triolet campus, building 1, room 1.12; Monday to Thursday, 13:30–16:30.
"""

TEXTS["10-tiger-mosquito-watch-volunteers.md"] = """---
title: Sentinelles du Tigre – tracking the tiger mosquito on the campuses, 2028 season
url: https://www.umontpellier.fr/en/campus-life/volunteering/sentinelles-du-tigre
audience: students, researchers and staff
language: en
---

# Sentinelles du Tigre: tracking the tiger mosquito on the campuses

The tiger mosquito, small, black and striped with white, arrived in the Hérault in 2010 and now lives in every town of the department. Unlike most mosquitoes, it bites during the day, and it can pass on dengue, chikungunya or Zika after biting an infected traveller. Its females lay their eggs just above the water line in any small container: a saucer under a flower pot, a blocked gutter, a forgotten bucket. "Sentinelles du Tigre", run by the Student Life Department with entomologists of a UM research laboratory, trains students and staff to follow the mosquito with egg traps on the campuses of Montpellier, and to remove the small pools of water where it breeds. The counts go to the laboratory and to the regional health agency. This page applies to the 2028 season, from April to October 2028. In 2027, 52 volunteers looked after 120 traps and counted 41,000 eggs.

## Activities

| Activity | When | Where | Places |
|---|---|---|---|
| training: the tiger mosquito, setting a trap and counting eggs | Saturday 15 April 2028, 9:30–12:30 | a teaching laboratory, Triolet campus, building 24, room 24.05 | 24 |
| trap rounds: changing the water and the wooden strip of each trap | every second Wednesday, 14:00–16:00, from 3 May to 18 October 2028 | the Triolet, Richter and Saint-Priest campuses, in pairs | 40 volunteers |
| egg counts under the magnifying glass | every second Thursday, 17:00–19:00, from 4 May to 19 October 2028 | the teaching laboratory, room 24.05 | 12 |
| "water hunts": emptying saucers, buckets and gutters | first Saturday of each month from May to October, 10:00–12:00 | the campuses and the gardens of the student residences | 20 |
| open laboratory day for the public | Saturday 30 September 2028, 14:00–18:00 | the teaching laboratory, room 24.05 | – |

Each trap is a black pot of 1 litre, filled with water, with a strip of wood on which the females lay. The strips go to the laboratory every two weeks. A round covers 15 traps and takes about 2 hours. Rounds go on in July and August with the volunteers who stay in Montpellier: tell the coordinator before the end of May which summer weeks you can do.

## Who can take part?

UM students, exchange students included, doctoral candidates, researchers and staff. The egg counts take place in a laboratory and are open from 18; volunteers aged 16 and 17 can do the trap rounds and the water hunts with the written consent of a parent. Volunteers commit to at least 3 months of the season. You do not need to study biology. People who react strongly to mosquito bites should talk to the coordinator before they start.

## How to become a sentinel

To join the trap rounds, follow these steps:

1. Sign up in the "Student Life" tile of your UM account, under "Sentinelles du Tigre", by 5 April 2028.
2. Attend the training of 15 April 2028, where you set a trap and count the eggs on a real strip.
3. Collect your kit from the coordinator: a bag with strips, a water bottle, labels, gloves and the map of your traps.
4. Do your first round with an experienced sentinel, then choose your rounds in the planner of the scheme.
5. After every round, enter the number of each trap and the date in the app, and drop the strips in the box of room 24.05 the same day.

## Rules of the rounds

- never use insecticide, and never move a trap: the counts only mean something if each trap stays in the same place all season
- wear gloves to handle the strips, and label each strip with the number of its trap
- if a trap is broken or missing, note it in the app and tell the coordinator; do not replace it yourself
- empty any standing water you find on campus, but never enter a private garden or a locked area
- wear long sleeves and insect repellent on the rounds

## Credits and certificate

Every sentinel receives a certificate of participation in a citizen science project. Students who attend the training and do at least 10 rounds or counts in the season can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Will I get bitten a lot? Less than you think: the rounds take place in the early afternoon, and long sleeves and repellent keep most mosquitoes away.

Are the eggs dangerous? No. Eggs cannot bite, and the strips are dried before they reach the laboratory, so nothing hatches.

Is there dengue in Montpellier? Most summers, a few cases caught locally are reported in the south of France. The traps show the health agency where the mosquito is most active; if you have a fever after a trip, see a doctor.

## Contact

Sentinelles du Tigre coordinator, Student Life Department: sentinelles@umontpellier.fr, +33 4 65 82 36 81. Student House, Triolet campus, building 20, room 116; Tuesday and Thursday, 9:30–12:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering and two procedures of the international office: ultimate frisbee, letters of good standing, the student ushers of the Théâtre des 13 vents, open-water swimming, geocaching, changing or giving up an exchange place, stone carving, paragliding, food rescue and the tiger mosquito. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Les Albatros, Student House | the ultimate frisbee club, its trainings and the Albatros Open | albatros@asso.umontpellier.fr | +33 4 65 82 35 14 | Student House, Triolet campus, building 20, room 131 | Tuesday and Thursday, 12:30–14:00 |
| Mobility Documents desk, International Relations Department | letters of good standing and forms of universities abroad | good-standing@umontpellier.fr | +33 4 65 81 27 63 | Triolet campus, building 1, room 1.17 | Monday, Wednesday and Friday, 9:00–12:00 |
| Student ushers desk, Culture Department | the student ushers of the Théâtre des 13 vents, their training and their shifts | ushers@umontpellier.fr | +33 4 65 82 53 44 | Triolet campus, building 7, room 7.14 | Tuesday and Thursday, 14:00–17:00 |
| Mer Ouverte, Student House | the open-water swimming club, its sea sessions and the Traversée du Lido | merouverte@asso.umontpellier.fr | +33 4 65 82 35 27 | Student House, Triolet campus, building 20, room 218 | Wednesday, 17:30–19:00 |
| Boussole, Student House | the geocaching club, its hunts and the spring hunt | boussole@asso.umontpellier.fr | +33 4 65 82 35 36 | Student House, Triolet campus, building 20, room 024 | Thursday, 17:00–18:30 |
| Outgoing Exchanges desk, International Relations Department | changes of destination or semester and withdrawals from an exchange | outgoing-exchanges@umontpellier.fr | +33 4 65 81 27 35 | Triolet campus, building 1, room 1.12 | Monday to Thursday, 13:30–16:30 |
| Atelier Pierre Vive, Culture Department | stone carving courses, the open workshop and the spring symposium | pierrevive@umontpellier.fr | +33 4 65 82 53 71 | Triolet campus, building 33, room 33.01 | Monday and Thursday, 13:30–17:00 |
| Ailes du Salagou, Student House | the paragliding club, its lessons, the minibus and the discovery flights | ailesdusalagou@asso.umontpellier.fr | +33 4 65 82 35 42 | Student House, Triolet campus, building 20, room 133 | Monday and Wednesday, 12:30–14:00 |
| Zéro Gâchis coordinator, Student Life Department | food rescue rounds, the sharing stall and the volunteers | zerogachis@umontpellier.fr | +33 4 65 82 36 58 | Student House, Triolet campus, building 20, room 112 | Monday and Friday, 10:00–12:30 |
| Sentinelles du Tigre coordinator, Student Life Department | tiger mosquito traps, egg counts and water hunts | sentinelles@umontpellier.fr | +33 4 65 82 36 81 | Student House, Triolet campus, building 20, room 116 | Tuesday and Thursday, 9:30–12:00 |

## Useful to know

Medical certificates for sport: students who need a medical certificate of fitness for a sport or a competition (an ultimate tournament, the paragliding licence, the Traversée du Lido) can get one free of charge from the Student Health Service, by appointment: sport-health@umontpellier.fr, +33 4 65 82 70 52, Triolet campus, building 5, room 014; Monday to Friday, 8:30–12:00 and 13:30–17:00. Staff ask their own doctor.

People with a disability who need step-free access, adapted equipment or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability-support@umontpellier.fr, +33 4 65 82 70 19, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 41.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112; at sea, call 196 or wave to the nearest lifeguard post. Do not write to a service.
"""

TEXTS["31-changing-or-giving-up-an-exchange-place-2024.txt"] = """CHANGING OR GIVING UP YOUR EXCHANGE PLACE - 2024-2025
University of Montpellier - International Relations Department

This page applies to the students selected in the 2023-2024 round, for exchanges in 2024-2025. It is the first edition of these rules: until now, each faculty had its own. Students who change their mind after selection must follow the rules below.

CHANGES

Change of destination: possible by 1 March 2024, and only within the same country.
Change of semester: not possible. A student who cannot leave in the semester of the selection must withdraw and apply again the following year.

WITHDRAWAL

Withdrawal without penalty is possible until 31 March 2024. After that date, any withdrawal, whatever the reason, excludes the student from the exchange selection of the following year.

Places that are given up go back to the partner university and are not offered to other UM students.

A student selected for two programmes, for example an exchange and a double degree, may keep both places until 31 March 2024.

GRANTS

A grant advance is paid back within 15 days of the withdrawal. UM does not reimburse flights, housing deposits or other costs already paid, whatever the reason for the withdrawal.

HOW TO GIVE UP YOUR PLACE

1. Send a signed letter to the Exchange Mobility Office, by post or at the desk.
2. Pay back any grant advance within 15 days.
3. Tell the partner university yourself that you will not come.

A withdrawal is noted on the transcript of the year as "exchange cancelled".

CONTACT

Exchange Mobility Office
E-mail: exchange-mobility@umontpellier.fr
Phone: +33 4 65 81 27 20
Triolet campus, building 1, room 1.05. Tuesday and Thursday, 9:00-12:00.
"""

TEXTS["31-changing-or-giving-up-an-exchange-place-2024.meta.yaml"] = sidecar(
    "Changing or giving up your exchange place, 2024-2025",
    "https://www.umontpellier.fr/en/international/outgoing/changing-or-giving-up-an-exchange-place-2024",
    "students",
    "2025-06-30",
)

TEXTS["40-uphf-ultimate-club-and-stone-carving.md"] = """---
title: Université Polytechnique Hauts-de-France – the ultimate club and the stone carving workshop
url: https://www.uphf.fr/en/campus-life/ultimate-and-stone-carving
audience: students and staff
language: en
---

# Université Polytechnique Hauts-de-France: the ultimate club and the stone carving workshop

This page of the Université Polytechnique Hauts-de-France (UPHF) presents the ultimate club of its sports service and the stone carving workshop of its culture service. It applies only to students and staff of UPHF, on its Mont Houy campus in Valenciennes and on its sites of Maubeuge and Cambrai.

## Ultimate club

The ultimate club trains in the sports hall of the Mont Houy campus from November to March, and on its grass pitch the rest of the year.

| Rule | UPHF |
|---|---|
| beginners' training | 20 players per group, open from 18 years old |
| price of the beginners' training | €55 for 15 sessions |
| membership | €45 a year for students, federation licence not included |
| spirit of the game workshop | 2 sessions, €12 |
| tournament | Sunday 23 April 2028, 12 teams, €80 per team |
| trainings in the rain | cancelled as soon as it rains |
| credits | 2 ECTS credits after 25 trainings |

Contact: ultimate club, ultimate@uphf.fr, +33 3 27 51 17 40.

## Stone carving workshop

The stone carving workshop of the culture service works with the blue stone of the region, in a workshop of the Mont Houy campus.

- the workshop is open from 18 years old only
- the portrait course has 8 sessions and costs €120; it takes 12 people
- discovery afternoons cost €25 and take 14 people
- a set of chisels is lent against a deposit of €80, for 2 weeks
- the spring symposium takes place from 5 to 9 June 2028, with 4 carvers
- proposals for the symposium are due by 1 March 2028
- participants in the symposium receive 3 ECTS credits
- pieces are taken home by their authors, with no van service

Contact: stone carving workshop, sculpture@uphf.fr, +33 3 27 51 18 20.
"""

TEXTS["41-masaryk-open-water-swimming-and-letter-of-good-standing.md"] = """---
title: Masaryk University – the open-water swimming club and the letter of good standing
url: https://www.muni.cz/en/student-life/open-water-swimming-and-good-standing
audience: students and staff
language: en
---

# Masaryk University: the open-water swimming club and the letter of good standing

This page of Masaryk University (MUNI), in Brno, Czech Republic, presents the open-water swimming club of its university sports centre and the letter of good standing of its study departments. It applies only to students, graduates and staff of Masaryk University, at the University Campus Bohunice, at its faculties in the centre of Brno and in its other buildings.

## Open-water swimming club

The club swims in the Brno reservoir from June to September and trains in the pool of the university sports centre in winter.

- members must be 16 or over, with a parental authorisation under 18
- the swimming test is 800 metres without stopping
- membership costs CZK 900 a year for students, pool entrance not included
- a wetsuit is compulsory when the water is below 20 degrees
- each coach supervises 6 swimmers in open water
- sessions are cancelled in a thunderstorm or when the water is below 16 degrees
- the crossing of the reservoir, 2.5 kilometres long, takes place on Saturday 17 June 2028
- the club gives 2 ECTS credits after 20 sessions in open water

Contact: open-water swimming club, openwater@fsps.muni.cz, +420 549 49 71 10.

## Letter of good standing

Students and graduates can ask for a letter confirming that they are or were enrolled and that no disciplinary measure has been taken against them.

| Rule | Masaryk University |
|---|---|
| delay | 7 working days for every letter |
| price | CZK 200 per letter |
| letter sent by post | CZK 350, posted within 15 working days |
| who can ask | current students, and graduates up to 10 years after graduation |
| disciplinary measures | shown on the letter for 10 years |
| languages | Czech, English or German |
| validity | 6 months from the date of issue |

Contact: study department, goodstanding@muni.cz, +420 549 49 72 20.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
