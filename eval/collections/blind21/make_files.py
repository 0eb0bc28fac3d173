"""The text of every 'blind21' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-evacuation-wardens-volunteer-scheme-2027.pdf": {
        "title": "Evacuation wardens: the volunteer fire-safety scheme for students and staff 2027-2028",
        "short": "Evacuation wardens 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/safety/evacuation-wardens-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Prevention and Safety Service, evacuation wardens",
        "pages": [
            [
                ("h1", "Evacuation wardens: the volunteer fire-safety scheme for students and staff 2027-2028"),
                (
                    "p",
                    "When the fire alarm sounds, everyone in a building must be outside within a few minutes, "
                    "and someone has to make sure that nobody is left behind. In each building of the "
                    "University of Montpellier, this is the job of the evacuation wardens: volunteers among "
                    "the students and staff, trained by the Prevention and Safety Service. No experience is "
                    "needed, and international students are welcome: a warden who speaks several languages is "
                    "a great help to visitors and newcomers. This guide applies from 1 September 2027 to "
                    "31 August 2028. In 2026-2027, 420 wardens covered 96 buildings.",
                ),
                ("h2", "The three roles"),
                (
                    "table",
                    [
                        ["Role", "What you do when the alarm sounds", "Training", "Places"],
                        ["guide", "lead the people of your floor along the marked route to the assembly point, and count them there", "initial training of 3 hours", "2 per floor"],
                        ["sweeper", "check that every room, toilet and lab of your floor is empty, close the doors and leave last", "initial training of 3 hours", "1 per floor"],
                        ["extinguisher user", "attack a small fire with an extinguisher, only if it is safe to do so, and never alone", "initial training of 3 hours, plus 2 hours of practice on real fires", "4 per building"],
                    ],
                    (30, 70, 44, 22),
                ),
                ("h2", "Who can volunteer?"),
                (
                    "p",
                    "UM students who are at least 18 years old, exchange students included if they stay for at "
                    "least one full semester, doctoral candidates, researchers and staff. You must be on campus "
                    "at least three half-days a week, in the building you cover. Wardens do not need to be able "
                    "to run or to carry anyone: they guide, check and report.",
                ),
                ("h2", "What wardens receive"),
                (
                    "p",
                    "Each warden receives a yellow high-visibility vest, a torch, a whistle and a floor card "
                    "showing the routes and the assembly point. Staff take the training during their working "
                    "hours.",
                ),
            ],
            [
                ("h2", "How to become a warden"),
                (
                    "p",
                    "Training sessions take place from October to March, and each one takes 15 people. To "
                    "become a warden, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Check with your building manager, or in the \"Safety\" tile of your UM account, which "
                        "roles are still free in your building.",
                        "Sign up for a role in the same tile; staff also ask for the agreement of their line "
                        "manager.",
                        "Book an initial training session: sessions take place on Wednesday afternoons, "
                        "14:00–17:00, in room 4.12 of building 4 of the Triolet campus, and two of them are "
                        "given in English, on 10 November 2027 and 9 February 2028.",
                        "Extinguisher users also book a practice session on real fires, at the training ground "
                        "of the Triolet sports complex, on a Friday morning.",
                        "Collect your vest, torch, whistle and floor card at the Prevention and Safety Service, "
                        "and walk your route once with your building manager.",
                    ],
                ),
                ("h2", "When the alarm sounds: what everyone does"),
                (
                    "bullet",
                    [
                        "stop what you are doing, leave your things and do not go back for them;",
                        "never take a lift: use the stairs and follow the green signs;",
                        "follow the guide in the yellow vest to the assembly point, and stay there until a "
                        "warden tells you that you can go back in;",
                        "if a door is hot, do not open it: take another route;",
                        "if you cannot use the stairs, wait in the refuge area of your floor, next to the "
                        "stairwell, and tell a warden or call the security post.",
                    ],
                ),
            ],
            [
                ("h2", "Drills"),
                (
                    "p",
                    "Each building has two evacuation drills a year: an announced one in October and an "
                    "unannounced one between January and April. The first announced drills take place in the "
                    "week of 11 October 2027. Wardens meet for 30 minutes after each drill to note what went "
                    "wrong: a blocked exit, an alarm nobody heard, a room nobody checked.",
                ),
                ("h2", "Certificate and credits"),
                (
                    "p",
                    "Wardens receive a certificate at the end of the year. Students who take the initial "
                    "training and at least 2 drills in the year can have them recognised as a student "
                    "engagement unit worth 2 ECTS credits. The training is valid for 3 years; after that, a "
                    "1-hour refresher session is needed.",
                ),
                ("h2", "People who cannot use the stairs"),
                (
                    "p",
                    "Students and staff who cannot use the stairs, or who may not hear the alarm, ask the "
                    "Disability Support Service for an individual evacuation plan. The wardens of their "
                    "building are told what to do, without being told why.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["fire or smoke", "the fire brigade, then the UM security post", "18 or 112, then +33 4 65 81 99 00"],
                        ["a blocked exit, a missing extinguisher, an alarm that does not work", "Prevention and Safety Service", "safety@umontpellier.fr"],
                        ["the warden scheme, training sessions, vests", "Evacuation wardens desk, Prevention and Safety Service", "wardens@umontpellier.fr"],
                    ],
                    (56, 56, 54),
                ),
                (
                    "p",
                    "Contact: Evacuation wardens desk, Prevention and Safety Service, wardens@umontpellier.fr, "
                    "+33 4 65 81 11 48. Triolet campus, building 4, room 4.05; Monday to Friday, 9:00–12:00.",
                ),
            ],
        ],
    },
    "08-escape-game-club-2027.pdf": {
        "title": "Les Évadés: the UM escape-game club, the campus escape room and the Escape Week 2027-2028",
        "short": "Les Évadés escape-game club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/escape-game-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the Les Évadés escape-game club",
        "pages": [
            [
                ("h1", "Les Évadés: the UM escape-game club, the campus escape room and the Escape Week 2027-2028"),
                (
                    "p",
                    "Les Évadés is the escape-game club of UM students, based in the Student House. In an "
                    "escape room, a team has one hour to find clues, solve puzzles and open a last lock; it "
                    "works best when people who think differently work together, and it is a fun way to "
                    "practise French or English against the clock. The club runs a campus escape room, builds "
                    "new games and takes its members to the escape rooms of the city. This guide applies to "
                    "the academic year 2027-2028. In 2026-2027, 3,100 players went through the campus room.",
                ),
                ("h2", "What the club offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["\"Le Labo Perdu\", the campus escape room: 60 minutes, teams of 3 to 6", "Wednesday and Friday, 17:00–21:00; Saturday, 14:00–20:00", "Student House, Triolet campus, building 20, room 120", "€3 per player; free for members"],
                        ["game design workshop: build a room with the club", "Monday, 18:30–20:30", "Student House, building 20, room 118", "free, for members only"],
                        ["outing to an escape room in the city", "one Saturday a month", "the city centre", "€12 for members; the club pays the rest"],
                        ["Escape Week: 4 new rooms designed by members", "20 to 24 March 2028, 12:00–20:00", "the Atrium of the Triolet campus learning centre", "€2 per player for each room"],
                    ],
                    (52, 42, 42, 30),
                ),
                (
                    "p",
                    "Membership costs €15 for the academic year for students and €25 for staff and "
                    "researchers. \"Le Labo Perdu\" can be played in French, English or Spanish: choose the "
                    "language when you book. Players must be 16 or over; younger players can play if an adult "
                    "is part of their team.",
                ),
            ],
            [
                ("h2", "How to book the campus escape room"),
                ("p", "A team books one game at a time. To book \"Le Labo Perdu\", follow these steps:"),
                (
                    "num",
                    [
                        "Gather a team of 3 to 6 players; at least one of them must be a UM student or a member "
                        "of UM staff.",
                        "Book a slot in the \"Student House\" tile of your UM account, up to 14 days ahead, and "
                        "choose the language of the game.",
                        "Pay online: €3 per player, or nothing if all the players are members of the club.",
                        "Arrive 10 minutes before your slot for the briefing; a team more than 15 minutes late "
                        "loses its slot.",
                        "Leave coats and bags in the lockers outside the room: you go in with empty hands.",
                    ],
                ),
                ("h2", "Rules of the game"),
                (
                    "bullet",
                    [
                        "never force a lock, a drawer or a piece of furniture: every puzzle opens without strength;",
                        "the door of the room is never locked: you can leave at any time by pressing the green button;",
                        "each team can ask the game master for 3 hints; a fourth hint adds 5 minutes to the team's time;",
                        "photos are not allowed inside the room, so that the puzzles stay secret;",
                        "no food or drink in the room.",
                    ],
                ),
                ("h2", "Best times and new rooms"),
                (
                    "p",
                    "The 10 best times of the year are shown on the board of the Student House. The team with "
                    "the best time of the year without any hint wins an outing for the whole team to the "
                    "escape room of its choice in the city. Members of the game design workshop present their "
                    "room projects to the club's jury before 31 January 2028; the 4 projects chosen are built "
                    "for the Escape Week. Students who design a room for the Escape Week can have it "
                    "recognised as a student engagement unit worth 2 ECTS credits.",
                ),
                (
                    "p",
                    "Contact: Les Évadés, Student House, evades@asso.umontpellier.fr, +33 4 65 81 34 72. "
                    "Triolet campus, building 20, room 118; Wednesday and Friday, 16:00–19:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-urban-sketching-club.docx": {
        "title": "Drawing the city: the UM urban sketching club \"Carnets de Campus\" – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/urban-sketching-club",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Drawing the city: the UM urban sketching club \"Carnets de Campus\" – guide 2027-2028"),
            (
                "p",
                "Urban sketchers draw what they see, on the spot, in a small sketchbook: a café terrace, a tram, "
                "a plane tree in a courtyard, the crowd at a market. The club \"Carnets de Campus\", supported by "
                "the Culture Department, meets on the campuses and in the old town of Montpellier. You do not "
                "need to know how to draw: for the club, a sketch is a way of looking, not a work of art. For "
                "international students, a sketchbook is also a diary of their stay that no photo can replace. "
                "In 2026-2027, the club had 180 members, who filled more than 600 sketchbooks.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The campus sketch walks and the city sketch walks are open to UM students, researchers and "
                "staff and to their families; children under 14 must stay with an adult. The watercolour "
                "workshop, the weekend in Sète and the exhibition are for members of the club. Membership costs "
                "€8 for the academic year for students and €15 for staff and researchers. Everything is "
                "explained in French and in English.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["campus sketch walk", "every Thursday, 12:30–13:45, from October to May", "in front of the Triolet campus learning centre", "free"],
                    ["city sketch walk", "the first and third Saturday of each month, 10:00–12:30", "meeting at the fountain of the Three Graces, Place de la Comédie", "free"],
                    ["watercolour workshop", "4 Mondays in February 2028, 18:00–20:00", "Triolet campus, building 7, room 7.104", "€20 for members"],
                    ["sketching weekend in Sète", "Saturday 13 and Sunday 14 May 2028", "train from Montpellier Saint-Roch station, night in a youth hostel", "€40 for members, meals not included"],
                    ["exhibition of the year's sketchbooks", "1 to 12 June 2028", "the hall of the Student House, Triolet campus", "free"],
                ],
            ),
            ("h1", "Showing your sketchbook at the exhibition"),
            (
                "p",
                "Each June, the club shows the sketchbooks of its members, open at the pages they chose, with "
                "the name of the sketcher and the country they come from. To show your sketchbook, follow these "
                "steps:",
            ),
            (
                "num",
                [
                    "Join the club in the \"Associations\" tile of your UM account, if you are not a member yet.",
                    "Fill at least 20 pages of one sketchbook during the year, with the date and the place on "
                    "each page.",
                    "Choose the 2 pages you want to show, and write a caption of 3 lines in French or English for "
                    "each of them.",
                    "Hand in your sketchbook at the club's desk between 15 and 19 May 2028.",
                    "Collect it after the exhibition, from 13 to 16 June 2028; the club keeps the sketchbooks "
                    "nobody has collected until 30 September 2028.",
                ],
            ),
            ("h1", "Borrowing a sketching kit"),
            (
                "p",
                "The club owns 20 kits, each with a sketchbook, pencils, a fineliner, a small box of watercolours "
                "and a water brush. Members borrow them free of charge for a walk, or for up to 14 days with a "
                "deposit of €30, paid by cheque or in cash and given back when the kit is returned. The "
                "sketchbook of the kit is yours to keep. Ask at a campus walk or by e-mail, at least 2 days "
                "ahead.",
            ),
            ("h1", "Sketching in public places"),
            (
                "bullet",
                [
                    "ask before you draw someone up close, and show them the sketch if they want to see it;",
                    "do not block a pavement, a door or a tram platform with your folding stool;",
                    "do not sketch inside the hospitals of the Arnaud de Villeneuve campus, or in a lecture room "
                    "during a class;",
                    "leave no water, paint or paper behind you;",
                    "never draw children you do not know without the agreement of their parents.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Carnets de Campus coordinator, Culture Department: sketching@umontpellier.fr, +33 4 65 81 52 46. "
                "Triolet campus, building 7, room 020; Tuesday and Thursday, 10:00–12:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-circus-and-juggling-club.md"] = """---
title: The circus and juggling club "Les Funambules" – juggling, aerial silks, acrobatics and balance, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/associations/les-funambules-circus
audience: students, researchers and staff
language: en
---

# Circus arts with "Les Funambules": juggling, aerial silks, acrobatics and balance

"Les Funambules" is the circus association of UM students. With the support of the University Sports Service, it runs evening classes on the Triolet and Saint-Priest campuses, taught by two professional circus coaches and by experienced student volunteers. Juggling needs no common language: you learn by watching, trying and laughing at the balls you drop, which makes the club one of the easiest places on campus to make friends when you have just arrived. This page applies to the academic year 2027-2028. In 2026-2027, the club had 260 members from 38 countries.

## Classes

| Discipline | Level | When | Where |
|---|---|---|---|
| juggling: balls, clubs and rings | beginners | Monday, 18:00–19:30 | gymnastics hall, Triolet sports complex |
| juggling and diabolo | improvers, after one year of juggling | Monday, 19:30–21:00 | gymnastics hall, Triolet sports complex |
| aerial silks and trapeze | all levels | Tuesday, 19:00–21:00 | gymnastics hall, Triolet sports complex |
| acrobatics and human pyramids | beginners | Wednesday, 18:30–20:00 | the movement room, Saint-Priest campus, building 5 |
| balance: tightrope, unicycle and rola bola | all levels | Thursday, 18:30–20:00 | the movement room, Saint-Priest campus, building 5 |

Classes run from 27 September 2027 to 2 June 2028, except during the university holidays. A class takes at most 24 people; the aerial class takes 10, because each person needs a coach nearby.

## Membership

Membership costs €40 for the academic year for students and €70 for staff and researchers, and it gives access to every class except the aerial one. The aerial silks and trapeze class costs €30 more for the year, for the coach and the checks of the rigging. Students with a need-based grant pay €20 for membership and nothing extra for the aerial class. During the discovery weeks, from 27 September to 10 October 2027, you can try up to three classes for free.

Members can borrow a set of three juggling balls for the whole year, with a deposit of €10.

## Open juggling afternoons

On the second Sunday of each month, from 14:00 to 18:00, the club opens the gymnastics hall of the Triolet sports complex for the "Jongle du dimanche": free practice, swaps of tricks and a short workshop at 15:00. Members come for free; people who are not members, including friends from outside UM, pay €4. Children from 8 years old are welcome with an adult.

## How to join

You can join at any time of the year, but the classes for beginners move faster after December. To become a member, follow these steps:

1. Try up to three classes for free during the discovery weeks, to choose your discipline.
2. Create your member account on the "Les Funambules" page of the UM student associations platform.
3. Pay the membership fee online by bank card; grant holders upload their grant notice to pay the reduced fee.
4. For the aerial class, upload a medical certificate, less than 3 months old, stating that you can practise acrobatic sports.
5. Collect your member wristband at the club desk of the Triolet sports complex on a Monday evening, and wear it at every class.

## Rules in the hall

- warm up with the group for the first 15 minutes of each class, before any trick
- never climb the silks or the trapeze unless a coach is in the hall and a crash mat is underneath
- take off watches, rings and earrings before the class
- clubs, diabolos and unicycles stay in the hall; only the juggling balls can be borrowed
- no food on the mats; water bottles are welcome

## Show and credits

The year ends with the "Nuit des Funambules" on Friday 26 May 2028, at 20:30, under a big top set up on the lawn of the Triolet campus. Students who attend at least 24 classes in the year and perform in the show can have it recognised as a cultural engagement unit worth 2 ECTS credits.

## FAQ

I have never done any sport. Is circus for me? Yes. The juggling class for beginners starts with scarves, which fall slowly, and nobody is asked to do a trick they do not feel ready for.

I am afraid of heights. Can I still try the aerial class? Yes. You start 50 cm above the crash mat, and in the first year nobody climbs higher than 3 metres.

My French is very basic. Will I follow the classes? Yes. The coaches show every move, and they explain in French and in English; the acrobatics coach also speaks Spanish.

## Contact

Association "Les Funambules": funambules@asso.umontpellier.fr, +33 6 47 29 13 85 (text messages only). Club desk, Triolet sports complex; Monday, 17:30–19:00.
"""

TEXTS["02-faq-multilingual-quiz-nights.html"] = html_page(
    "Quiz des Nations, the multilingual quiz nights of the Student House: FAQ",
    "Quiz des Nations: monthly quiz nights in French and English, teams, booking, scoring, prizes and the Grand Final.",
    "https://www.umontpellier.fr/en/campus-life/student-house/quiz-des-nations-faq",
    "/fr/vie-des-campus/maison-des-etudiants/quiz-des-nations-faq",
    """    <h1>Quiz des Nations: the multilingual quiz nights, FAQ</h1>
    <p>Quiz des Nations is a series of quiz nights organised by the Student Life Department with the international student associations. Teams answer questions on geography, music, films, science, sport and food from every continent, and every question is read in French and in English. It is one of the easiest ways to meet people: many teams are formed on the night, by students who came alone. This FAQ applies to the academic year 2027-2028. In 2026-2027, 2,300 players took part in 26 nights.</p>

    <h2>What kinds of nights are there?</h2>
    <table>
      <thead>
        <tr><th>Night</th><th>When</th><th>Where</th><th>Entry per team</th></tr>
      </thead>
      <tbody>
        <tr><td>general knowledge quiz</td><td>first Tuesday of each month, 19:30–22:00</td><td>Student House cafeteria, Triolet campus, building 20</td><td>€5</td></tr>
        <tr><td>music quiz: recognise songs from every country</td><td>third Thursday of each month, 20:00–22:30</td><td>cafeteria of building A, Richter campus</td><td>€5</td></tr>
        <tr><td>"Around the world" quiz, with questions written by international students</td><td>Wednesday 17 November 2027 and Wednesday 12 April 2028, 19:00–22:00</td><td>Student House cafeteria</td><td>free</td></tr>
        <tr><td>Grand Final of the season</td><td>Thursday 1 June 2028, 19:30–23:00</td><td>the Atrium of the Triolet campus learning centre</td><td>free, for the 10 best teams of the season</td></tr>
      </tbody>
    </table>
    <p>The nights run from October 2027 to May 2028, except during the university holidays. Each night takes up to 20 teams.</p>

    <h2>Who can play, and in what kind of team?</h2>
    <p>Teams have 2 to 6 players. At least half of each team must be UM students, exchange students included; the others can be staff, researchers or friends from outside UM. For the "Around the world" quiz, each team must have players of at least two nationalities.</p>

    <h2>I don't have a team. Can I still come?</h2>
    <p>Yes. Come to the "solo table" at the entrance 15 minutes before the start: the host puts the people who came alone into teams of 4 or 5. Players of the solo table do not pay the entry fee.</p>

    <h2>How do I book a table?</h2>
    <p>Only the captain of the team books. To book a table, proceed as follows:</p>
    <ol>
      <li>Open the "Quiz des Nations" tile of your UM account and create your team, with its name and the number of players.</li>
      <li>Book a table for a night from the first day of the month, and no later than 48 hours before the night.</li>
      <li>Pay the entry fee for the team in the tile, by bank card or with Izly; it is refunded if you cancel at least 48 hours before.</li>
      <li>Arrive 15 minutes before the start to collect the answer sheets and the team's buzzer.</li>
      <li>Put all the team's phones in the box on your table before the first round; they stay there until the end.</li>
    </ol>

    <h2>How does the scoring work?</h2>
    <p>A night has 6 rounds of 10 questions, and each team has one joker that doubles its points in one round. Answers are accepted in French or in English, and names in any spelling that can be recognised. A team that uses a phone during a round gets no points for that round. The points of each night count towards the season ranking.</p>

    <h2>What can we win?</h2>
    <p>The winning team of each night receives vouchers of €10 per player for the Student House cafeteria. At the Grand Final, the winning team receives €400 for a team outing, and the second team €200.</p>

    <h2>Can I write questions?</h2>
    <p>Yes. Send 10 questions by e-mail, with the answer and a source for each, at least 3 weeks before a night. If the host chooses your questions, your team plays that night for free.</p>

    <h2>Is food or drink served?</h2>
    <p>The cafeteria stays open during the nights, with sandwiches, pizzas and soft drinks. No alcohol is served at the quiz nights.</p>

    <h2>I am hard of hearing. Can I follow the questions?</h2>
    <p>Yes. Every question is read aloud and shown on the screen, and large-print answer sheets are available at the desk.</p>

    <h2>Whom do I contact?</h2>
    <p>Quiz des Nations, Student Life Department: quiz@umontpellier.fr, +33 4 65 81 35 27. Student House, Triolet campus, building 20, room 104; Tuesday and Thursday, 13:00–17:00.</p>
""",
    [
        '<a href="/en/students/student-house">The Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-multilingual-quiz-nights.meta.yaml"] = sidecar(
    "Quiz des Nations, the multilingual quiz nights of the Student House: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/quiz-des-nations-faq",
    "students, researchers and staff",
)

TEXTS["03-calligraphy-workshops.md"] = """---
title: Calligraphy workshops – Latin, Arabic, Chinese and Japanese scripts, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/calligraphy-workshops
audience: students, researchers and staff
language: en
---

# Calligraphy workshops: Latin, Arabic, Chinese and Japanese scripts

The Culture Department runs evening calligraphy workshops, each taught by a calligrapher trained in the tradition of the script: the Latin alphabet, Arabic, Chinese and Japanese. You need no knowledge of the language: you learn to hold the pen or the brush, to breathe and to trace the strokes in the right order. For many international students, it is a way to share the writing of their country; for others, a slow, quiet evening in a busy week. This page applies to the academic year 2027-2028. In 2026-2027, 190 people followed a workshop.

## Workshops

| Workshop | When | Where | Sessions | Price |
|---|---|---|---|---|
| Latin calligraphy: italic and gothic scripts | Monday, 18:00–20:00 | Triolet campus, building 7, room 7.210 | 10, from 4 October 2027 | €35 |
| Arabic calligraphy: naskh and diwani scripts | Tuesday, 18:30–20:30 | Richter campus, building D, room D108 | 10, from 5 October 2027 | €35 |
| Chinese calligraphy with brush and ink | Wednesday, 17:30–19:30 | Richter campus, building D, room D108 | 10, from 6 October 2027 | €35 |
| Japanese calligraphy (shodō) | Thursday, 18:00–20:00 | Triolet campus, building 7, room 7.210 | 8, from 20 January 2028 | €30 |
| discovery morning: write your name in four scripts | Saturday 16 October 2027, 10:00–13:00 | the Atrium of the Triolet campus learning centre | 1 | free |

Each workshop takes 14 people. The prices are for students; staff and researchers pay €60 for a workshop. Students with a need-based grant pay half the student price.

## Materials

The room lends brushes, ink stones and ink for the Chinese and Japanese workshops. For the Latin and Arabic workshops, you buy a starter kit at the first session: a pen holder, nibs or a reed pen (qalam), ink and a pad of practice paper, for €12, and it is yours to keep.

## How to register

Registration for the autumn workshops opens on 13 September 2027, and for the Japanese workshop on 6 December 2027. To register, follow these steps:

1. Come to the free discovery morning if you cannot choose a script; no booking is needed.
2. Register in the "Culture" tile of your UM account for one workshop; places are given in order of registration.
3. Pay the fee in the tile within 3 days, by bank card or with Izly; grant holders upload their grant notice first.
4. Read the e-mail sent a week before the first session: it says what to bring and which kit to buy.
5. Come to every session if you can: after 2 absences without warning, your place can be given to someone on the waiting list.

## Rules in the workshop

- ink bottles stay on the tables covered with protective sheets
- wash brushes and nibs in the sink of the room, never in the toilets
- do not take the paper of the room's pads for other uses
- phones on silent: the workshops are quiet places
- tell the calligrapher if you are allergic to an ink or a solvent

## Exhibition and credits

The works of the year are shown at the exhibition "Écritures du monde", in the Triolet campus learning centre, from 2 to 16 May 2028. Students who attend at least 8 sessions of a workshop and show a piece in the exhibition can have it recognised as a cultural engagement unit worth 1 ECTS credit.

## FAQ

Do I need to read Arabic, Chinese or Japanese? No. The calligraphers teach the strokes and the meaning of each character or word you write.

Can I follow two workshops in the same year? Yes, if places remain after the first week of registration; you pay for each workshop.

I am left-handed. Is that a problem? No. Ask for left-handed nibs in the Latin workshop; for the brush scripts, the calligrapher shows you how to adapt.

## Contact

Calligraphy workshops, Culture Department: calligraphy@umontpellier.fr, +33 4 65 81 52 31. Triolet campus, building 7, room 018; Wednesday and Friday, 10:00–13:00.
"""

TEXTS["04-faq-photography-darkroom.html"] = html_page(
    "La Chambre Noire, the film photography darkroom: FAQ",
    "La Chambre Noire: the black-and-white darkroom of the Culture Department, equipment, induction, booking, rules and the course for beginners.",
    "https://www.umontpellier.fr/en/campus-life/culture/darkroom-faq",
    "/fr/vie-des-campus/culture/chambre-noire-faq",
    """    <h1>La Chambre Noire: the film photography darkroom, FAQ</h1>
    <p>La Chambre Noire is the darkroom of the Culture Department, in the basement of the Student House (Triolet campus, building 20, room S05). Students and staff develop their own black-and-white films there and print their photos on paper, as photographers did before digital cameras. Film photography is slow and full of surprises, and many international students use it to keep a different kind of memory of their stay. This FAQ applies to the academic year 2027-2028. In 2026-2027, the darkroom recorded 1,700 bookings.</p>

    <h2>What is there?</h2>
    <table>
      <thead>
        <tr><th>Equipment</th><th>How many</th><th>Booking slot</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>enlargers for black-and-white prints</td><td>6</td><td>3 hours</td><td>€3 per slot</td></tr>
        <tr><td>film developing station, with tanks and chemicals</td><td>2</td><td>1 hour</td><td>free</td></tr>
        <tr><td>35 mm film cameras to borrow</td><td>10</td><td>up to 14 days</td><td>free, with a deposit of €80</td></tr>
        <tr><td>film scanner</td><td>1</td><td>1 hour</td><td>free</td></tr>
      </tbody>
    </table>
    <p>The chemicals are included. Photo paper is sold at the desk: a box of 25 sheets of 18 × 24 cm costs €9. A roll of black-and-white film costs €7.</p>

    <h2>Who can use it, and when?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, once they have done the darkroom induction. The room is open Monday to Friday, 10:00–20:00, and Saturday, 10:00–14:00. It is closed on Sundays and from 18 December 2027 to 2 January 2028.</p>

    <h2>What is the induction?</h2>
    <p>A 2-hour session on the chemicals, the safety rules and the enlargers, on the first Wednesday of each month from October to May, 14:00–16:00, for 8 people. It is free. It is given in English on the first Wednesday of October and of February, and in French the rest of the year.</p>

    <h2>How do I book?</h2>
    <p>To book a slot, proceed as follows:</p>
    <ol>
      <li>Book a place at an induction session in the "Culture" tile of your UM account, and attend it.</li>
      <li>Once the desk has validated your induction, book an enlarger or a developing station in the same tile, up to 10 days in advance.</li>
      <li>Badge in at the door with your student or staff card; the door only opens during your slot.</li>
      <li>Switch on the extractor fan before you open any chemical.</li>
      <li>Before you leave, rinse the trays, pour the chemicals back into their bottles and write in the register how many prints you made.</li>
    </ol>
    <p>You can book at most 2 slots a week, so that everybody gets a turn.</p>

    <h2>Can I develop colour films?</h2>
    <p>Not in the darkroom: it is equipped for black and white only. The desk sends colour films to a professional lab on Mondays; the prints and scans come back within 10 days, for €8 a roll.</p>

    <h2>What are the rules?</h2>
    <ul>
      <li>wear the gloves and goggles of the room when you handle chemicals;</li>
      <li>never pour chemicals down the sink: use the labelled containers;</li>
      <li>no food or drink in the darkroom;</li>
      <li>never open the door while the red light above it is on;</li>
      <li>if you have asthma or a skin allergy, tell the desk before your induction.</li>
    </ul>

    <h2>Is there a course for beginners?</h2>
    <p>Yes. "From film to print" is a course of 6 Thursday evenings, 18:00–20:30, from 3 February 2028, for 10 people. It costs €25, with one film and a box of paper, and you keep a borrowed camera for the whole course.</p>

    <h2>Can I show my photos?</h2>
    <p>Yes. The exhibition "Regards d'ailleurs" shows prints made in the darkroom in the hall of the Student House in May 2028. Hand in up to 3 prints at the desk before 14 April 2028.</p>

    <h2>Whom do I contact?</h2>
    <p>La Chambre Noire desk, Culture Department: darkroom@umontpellier.fr, +33 4 65 81 52 88. Triolet campus, building 20, basement, room S05; Monday to Friday, 14:00–18:00.</p>
""",
    [
        '<a href="/en/students/culture">Culture on campus</a>',
        '<a href="/en/students/student-house">The Student House</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The opening hours of every room of the Culture Department are also in the UM app.",
)

TEXTS["04-faq-photography-darkroom.meta.yaml"] = sidecar(
    "La Chambre Noire, the film photography darkroom: FAQ",
    "https://www.umontpellier.fr/en/campus-life/culture/darkroom-faq",
    "students, researchers and staff",
)

TEXTS["05-knitting-and-crochet-circle.txt"] = """MAILLE A MAILLE: THE KNITTING AND CROCHET CIRCLE - 2027-2028
University of Montpellier - Student Life Department

Maille a maille is a knitting and crochet circle open to everyone at UM, from complete beginners to people who learned from their grandmother. Members knit for themselves, teach each other stitches from their own countries and, every winter, make hats, scarves and blankets for people who sleep outside in Montpellier. Needles, hooks and yarn are lent, so you can come with empty hands. In 2026-2027, members gave 640 knitted pieces to local charities. This guide applies from 1 September 2027 to 30 June 2028.

WHERE CAN I GIVE YARN?

Boxes for yarn, needles and hooks are in these places:

Triolet campus, Student House, reception desk
Triolet campus, building 7, ground floor, next to the lifts
Richter campus, building A, student lounge
Arnaud de Villeneuve campus, Faculty of Medicine, cafeteria
Saint-Priest campus, building 1, hall
Faculty of Law and Political Science, cafeteria
IUT de Beziers, reception desk

WHAT CAN I GIVE?

Yarn of any fibre, in full balls or in leftovers of at least 20 grams, knitting needles, crochet hooks and pattern books. Half-finished projects, felted or dirty yarn and wool eaten by moths are not accepted: the volunteers throw them away. If you want to give more than one large bag of yarn, do not fill a box: write to the circle, who will arrange a time for you to bring it to the Student House.

THE MEETINGS

The circle meets every Tuesday, from 12:15 to 13:45, in the lounge of the Student House (Triolet campus, building 20, room 102), and on the first Saturday of each month, from 14:00 to 17:00, in the cafeteria of building A of the Richter campus, from 5 October 2027 to 13 June 2028. Meetings are free and take up to 30 people. The talk is in French and in English, and members teach in many more languages.

HOW DO I JOIN?

1. Register in the "Student House" tile of your UM account, under "Maille a maille".
2. Come to a Tuesday meeting: a volunteer gives you needles and a ball of yarn and shows you the first stitch.
3. If you are a beginner, follow the "first scarf" series, on the 4 Tuesdays of October.
4. Borrow needles and up to 3 balls of yarn at a time to knit at home; give back what you do not use.
5. Join the members' group in the UM app, where the pattern of the month is posted.

THE WINTER CAMPAIGN "CHAUD DEVANT"

From 2 November 2027 to 31 January 2028, members knit hats, scarves and blankets for the night shelters of Montpellier. A blanket is made of 25 squares of 20 cm by 20 cm, so everyone can help, even with one square. The pieces are handed to the shelters on the last Saturday of each month.

THE GRAND TRICOT

Once a year, the circle holds the Grand Tricot, a knit-in open to everyone, members or not, on Saturday 20 November 2027, from 10:00 to 18:00, in the hall of the Triolet campus learning centre. The aim is to knit 400 squares in one day. Hot drinks are offered to the knitters.

LEARNING MORE

Special workshops take place on Saturday mornings: socks and gloves (3 Saturdays in January 2028, EUR 8, materials included) and "stitches of the world", where members from different countries teach a stitch of their own tradition (free, once a term).

BECOMING A VOLUNTEER TEACHER

Experienced knitters can teach beginners at the Tuesday meetings, about 1 hour a week. Volunteer teachers receive a tote bag of the circle and, after a full semester, a certificate of volunteering.

CONTACT

Maille a maille, Student Life Department
E-mail: maille@umontpellier.fr
Phone: +33 4 65 81 36 14
Student House, Triolet campus, building 20, room 102. Tuesday, 12:00-14:00, and Thursday, 14:00-17:00.
"""

TEXTS["05-knitting-and-crochet-circle.meta.yaml"] = sidecar(
    "Maille a maille, the knitting and crochet circle 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/knitting-circle",
    "students, researchers and staff",
)

TEXTS["06-alcohol-free-bartending-course-2027.md"] = """---
title: Zéro Degré – the alcohol-free bartending and barista course, 2027-2028 edition
url: https://www.umontpellier.fr/en/campus-life/health/zero-degre
audience: students, researchers and staff
language: en
valid_until: 2028-08-31
---

# Zéro Degré: the alcohol-free bartending and barista course, 2027-2028

Zéro Degré is a short evening course in which you learn to make alcohol-free cocktails, syrups and coffee drinks like a professional, and to host a party where nobody has to drink to have fun. The Student Health Service runs it with two bartenders from the hotel and catering trade. Many international students take it before looking for a job in a café or a bar, and student associations send the people who organise their parties. This is the third edition. In 2026-2027, 210 people received the certificate, 74 of them international students.

## Who can take part?

UM students of every field, exchange students included, and doctoral candidates. Staff and researchers can take part in the spring session, if places remain after the lottery. You need no experience. The course uses no alcohol at all, so students under 18 are welcome.

## Sessions and groups

| Session | Evenings | Registration |
|---|---|---|
| autumn | 5 weeks, from the week of 8 November to the week of 6 December 2027 | from 4 to 24 October 2027, at midnight |
| spring | 5 weeks, from the week of 6 March to the week of 3 April 2028 | from 17 January to 13 February 2028, at midnight |

Each session has 5 evenings, one a week, from 18:30 to 21:30, in the training bar of the Student House, Triolet campus, building 20, room 012. Each session has 36 places in three groups of 12: the Monday and Tuesday groups are taught in French, the Wednesday group in English. Places are given by lottery after registration closes; students who organise parties for an association go first. The course costs €20, ingredients included; students with a need-based grant take it for free.

## What you learn

| Evening | What you learn |
|---|---|
| 1 | the bar: tools, hygiene, measures and speed of service |
| 2 | home-made syrups, shrubs and fruit purées |
| 3 | coffee: espresso, milk foam and the basics of latte art |
| 4 | the classics without alcohol: virgin mojito, fruit punch, spritz made with bitter soda |
| 5 | hosting a safer party, and the final practical test |

On evening 5, a nurse of the Student Health Service explains how to recognise a guest who has drunk too much or taken drugs, how to put someone in the recovery position and when to call 15.

## How to register

To register for a session, follow these steps:

1. Fill in the registration form on the Zéro Degré page, with the session and the group you want.
2. Say whether you have a food allergy: the recipes are adapted for you.
3. Wait for the result of the lottery, sent by e-mail within 4 days of the close of registration.
4. Confirm your place within 72 hours and pay the fee by bank card or with Izly; grant holders upload their grant notice instead.
5. Come to the first evening with closed shoes and long hair tied back: the training bar follows the hygiene rules of a real bar.

## Certificate, credits and jobs

You receive the Zéro Degré certificate if you attend all 5 evenings and pass the final practical test: three drinks served to a jury in 10 minutes. Students who receive the certificate can have the course recognised as a free elective unit worth 1 ECTS credit.

Certificate holders can apply for paid evening shifts at the bar of the Student House and at the alcohol-free bars of university parties, at the hourly rate of UM student jobs.

A participant who misses an evening can make it up once with another group of the same session, if a place is free.

## FAQ

Will I learn to make cocktails with alcohol? No. The course is entirely alcohol-free: the techniques are the same, but no spirits, wine or beer are used.

Can I take the drinks home? No. You taste what you make during the evening; for hygiene reasons, nothing leaves the training bar.

Is the certificate a professional diploma? No. It shows an employer that you have followed the course, but it is not a diploma of the hotel and catering trade.

## Contact

Zéro Degré team, Student Health Service: zerodegre@umontpellier.fr, +33 4 65 81 57 40. Triolet campus, building 6, room 105; Monday to Thursday, 9:00–12:00.
"""

TEXTS["10-campus-and-beach-clean-up-days.md"] = """---
title: Clean-up days – litter picking on the campuses, along the Lez and on the beaches, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sustainability/clean-up-days
audience: students, researchers and staff
language: en
---

# Clean-up days: litter picking on the campuses, along the Lez and on the beaches

The Sustainable Development Office and the student association "Mains Vertes" organise clean-up days: volunteers spend a morning picking up litter on a campus, along the banks of the Lez river or on a beach near Montpellier. Everything collected is sorted, weighed and recorded, so that the local councils know where the waste comes from. It is a simple way to do something useful for your new city, and to meet people who care about it. This page applies to the academic year 2027-2028. In 2026-2027, 1,250 volunteers collected 3.8 tonnes of waste.

## Dates and places

| Date | Where | Meeting point and time |
|---|---|---|
| Saturday 16 October 2027 | the Triolet and Richter campuses | 9:00, in front of the Student House, Triolet campus |
| Saturday 20 November 2027 | the banks of the Lez, between Port Marianne and Lattes | 9:00, at the Port Marianne tram stop |
| Saturday 12 February 2028 | the Arnaud de Villeneuve and Saint-Priest campuses | 9:30, in front of the Faculty of Medicine |
| Saturday 25 March 2028 | the beach of Villeneuve-lès-Maguelone | 8:30, coach from the Triolet campus, back at 13:30 |
| Saturday 13 May 2028 | the beach of Carnon | 8:30, coach from the Triolet campus, back at 13:30 |

Each clean-up lasts about 3 hours. The coaches to the beaches are free and take 50 people each; the other clean-ups have no limit. At the end of each clean-up, the association offers the volunteers a picnic of local products.

## How to take part

To take part in a clean-up, follow these steps:

1. Sign up for the date in the "Mains Vertes" form of the "Sustainability" tile of your UM account; for the beaches, book a seat in the coach at the same time.
2. Read the safety sheet sent to you by e-mail 3 days before.
3. Come to the meeting point on time, with closed shoes, water and a hat; gloves, bags and litter grabbers are lent.
4. Work in a team of 3 or 4 with a team leader, who gives you a zone and three bags: one for glass, one for plastic and one for everything else.
5. Bring your bags to the weighing point at the end, where the waste is sorted and recorded.

## Safety rules

- never pick up a syringe, a needle or a gas bottle: mark the place and tell your team leader
- pick up broken glass only with gloves and the grabber
- stay away from the water's edge along the Lez, and never go into the river
- do not walk on the dunes: they are protected
- children under 16 come with an adult who stays with them

## Credits and team leaders

Students who take part in at least 4 clean-ups in the year and help to organise one of them can have it recognised as a student engagement unit worth 1 ECTS credit. Volunteers who want to become team leaders follow a 2-hour training on Wednesday 6 October 2027, 18:00–20:00, in room 5.08 of building 5 of the Triolet campus.

## Clean-up kits for groups

A class, a lab or an association can organise its own clean-up on a campus: borrow a kit of 20 pairs of gloves, 10 grabbers and bags from the Sustainable Development Office, at least 10 days ahead. The office collects the full bags afterwards.

## FAQ

What if it rains? A clean-up is cancelled in case of heavy rain or a storm warning; you receive a text message by 7:00 that morning.

What happens to the waste? It is recycled where possible, and the figures go to a national database of litter on French coasts and rivers.

Can I bring my dog? No: dogs are not allowed, not even on a lead, because of the broken glass.

Is it only for students? No: staff and researchers come too, and friends from outside UM can join if they sign up.

## Contact

Sustainable Development Office: cleanup@umontpellier.fr, +33 4 65 81 25 63. Triolet campus, building 5, room 5.02; Monday to Thursday, 9:00–17:00. Association "Mains Vertes": mainsvertes@asso.umontpellier.fr.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time and their safety on campus: circus, quizzes, calligraphy, photography, knitting, alcohol-free bartending, evacuation wardens, escape games, sketching and clean-ups. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Association "Les Funambules" | circus classes, membership, the Jongle du dimanche, the show | funambules@asso.umontpellier.fr | +33 6 47 29 13 85 (text messages only) | club desk, Triolet sports complex | Monday, 17:30–19:00 |
| Quiz des Nations, Student Life Department | quiz nights, table bookings, questions sent by players, the Grand Final | quiz@umontpellier.fr | +33 4 65 81 35 27 | Student House, Triolet campus, building 20, room 104 | Tuesday and Thursday, 13:00–17:00 |
| Calligraphy workshops, Culture Department | registration, starter kits, the exhibition "Écritures du monde" | calligraphy@umontpellier.fr | +33 4 65 81 52 31 | Triolet campus, building 7, room 018 | Wednesday and Friday, 10:00–13:00 |
| La Chambre Noire desk, Culture Department | the darkroom, inductions, camera loans, colour films | darkroom@umontpellier.fr | +33 4 65 81 52 88 | Triolet campus, building 20, basement, room S05 | Monday to Friday, 14:00–18:00 |
| Maille a maille, Student Life Department | the knitting circle, gifts of yarn, the Grand Tricot | maille@umontpellier.fr | +33 4 65 81 36 14 | Student House, Triolet campus, building 20, room 102 | Tuesday, 12:00–14:00; Thursday, 14:00–17:00 |
| Zéro Degré team, Student Health Service | registration, the lottery, the certificate, jobs at the bars | zerodegre@umontpellier.fr | +33 4 65 81 57 40 | Triolet campus, building 6, room 105 | Monday to Thursday, 9:00–12:00 |
| Evacuation wardens desk, Prevention and Safety Service | becoming a warden, training sessions, vests | wardens@umontpellier.fr | +33 4 65 81 11 48 | Triolet campus, building 4, room 4.05 | Monday to Friday, 9:00–12:00 |
| Les Évadés, Student House | the campus escape room, the game design workshop, the Escape Week | evades@asso.umontpellier.fr | +33 4 65 81 34 72 | Triolet campus, building 20, room 118 | Wednesday and Friday, 16:00–19:00 |
| Carnets de Campus coordinator, Culture Department | sketch walks, kit loans, the exhibition of sketchbooks | sketching@umontpellier.fr | +33 4 65 81 52 46 | Triolet campus, building 7, room 020 | Tuesday and Thursday, 10:00–12:00 |
| Sustainable Development Office | clean-up days, coaches to the beaches, kits for groups | cleanup@umontpellier.fr | +33 4 65 81 25 63 | Triolet campus, building 5, room 5.02 | Monday to Thursday, 9:00–17:00 |

## Useful to know

People with a disability who need an individual evacuation plan, step-free access, large-print documents or another arrangement for an activity of this directory contact the Disability Support Service: disability@umontpellier.fr, +33 4 65 81 70 30, Triolet campus, building 8, room 004; Monday to Friday, 9:00–12:00 and 13:30–16:30. The service arranges the adaptation with the activity.

Exchange students who want the credits of an activity of this directory (the circus club, the calligraphy workshops, Zéro Degré, the evacuation wardens, the clean-up days) in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 81 99 00.

In case of fire, call 18 or 112; in a medical emergency, call 15 or 112. Do not write to a service.
"""

TEXTS["31-alcohol-free-bartending-course-2024.txt"] = """ZERO DEGRE: ALCOHOL-FREE BARTENDING COURSE 2024-2025
University of Montpellier - Student Health Service

Zero Degre is an evening course in which students learn to make alcohol-free cocktails for parties and events. The 2024-2025 edition is the first one. The course has four evenings and is given by a bartender from a Montpellier cocktail bar.

WHO CAN TAKE PART?

UM students aged 18 or over, in a bachelor's or a master's degree. Exchange students, doctoral candidates and staff cannot take part in this first edition.

DATES AND PLACE

There is one session only, in the spring: 4 evenings, on Mondays from 3 to 24 March 2025, from 18:00 to 20:00, in the cafeteria of building 36 of the Triolet campus. All evenings are taught in French only. Coffee drinks are not part of the course.

PLACES AND FEE

The course has 24 places, given on a first come, first served basis. A fee of EUR 30 is paid when you register, for the ingredients; it is not refunded, and grant holders pay it too.
Registration opens on 13 January 2025 and closes on 2 February 2025.

HOW TO REGISTER

1. Send the registration form by e-mail to the Student Health Service.
2. Pay the fee of EUR 30 at the desk of the Student Health Service.
3. Bring your own apron and a cocktail shaker to the first evening.

CERTIFICATE

Participants who attend the 4 evenings receive a certificate of attendance. There is no final test, the course does not give ECTS credits, and the certificate does not give access to student jobs.

CONTACT

Zero Degre, Student Health Service
E-mail: zerodegre.sse@umontpellier.fr
Phone: +33 4 65 81 57 12
Triolet campus, building 6, room 014. Monday and Friday, 9:30-12:00.
"""

TEXTS["31-alcohol-free-bartending-course-2024.meta.yaml"] = sidecar(
    "Zero Degre: alcohol-free bartending course 2024-2025",
    "https://www.umontpellier.fr/en/campus-life/health/zero-degre-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-le-havre-alcohol-free-bar-course-and-evacuation-wardens.md"] = """---
title: Université Le Havre Normandie – the alcohol-free bar course and the evacuation wardens
url: https://www.univ-lehavre.fr/en/campus-life/bar-course-and-evacuation-wardens
audience: students and staff
language: en
---

# Université Le Havre Normandie: the alcohol-free bar course and the evacuation wardens

This page of Université Le Havre Normandie presents its evening course in alcohol-free bartending and its volunteer evacuation wardens. It applies only to students and staff of Université Le Havre Normandie, on its campuses in Le Havre.

## "Bar Zéro", the alcohol-free bar course

Students learn to prepare alcohol-free cocktails and coffee drinks, with no prior experience.

| Rule | Université Le Havre Normandie |
|---|---|
| length | 4 evenings, 12 hours |
| classes | Thursday, 18:00–21:00, Lebon campus, Le Havre |
| autumn session | 18 November to 9 December 2027; registration closes on 5 November 2027 |
| spring session | 2 to 23 March 2028; registration closes on 18 February 2028 |
| places | 24, in two groups of 12, taught in French only |
| fee | €25 per participant, grant holders included |
| age | 18 or over |
| certificate | after the 4 evenings and a written test |
| credits | 2 ECTS credits |

Places are given in order of registration. Contact: Bar Zéro team, barzero@univ-lehavre.fr, +33 2 32 74 40 15.

## The evacuation wardens

Volunteers guide the people of their floor out of the building when the fire alarm sounds.

- the initial training of 4 hours takes place on Tuesday mornings
- training sessions are given in French only
- exchange students cannot be wardens
- each building has two drills a year, the first in the week of 4 October 2027
- extinguisher users practise on real fires on a Thursday afternoon
- wardens receive 1 ECTS credit after a full year
- the security post answers on +33 2 32 74 40 00

Contact: evacuation wardens, serrefile@univ-lehavre.fr, +33 2 32 74 41 20.
"""

TEXTS["41-saint-etienne-quiz-nights-and-circus-classes.md"] = """---
title: Université Jean Monnet Saint-Étienne – quiz nights and circus classes
url: https://www.univ-st-etienne.fr/en/campus-life/quiz-nights-and-circus
audience: students and staff
language: en
---

# Université Jean Monnet Saint-Étienne: quiz nights and circus classes

This page of Université Jean Monnet Saint-Étienne presents the quiz nights of its student office and the classes of its students' circus association. It applies only to students and staff of Université Jean Monnet, on the Tréfilerie, Manufacture and Métare campuses in Saint-Étienne.

## "Quiz du Lundi", the quiz nights

| Rule | Université Jean Monnet Saint-Étienne |
|---|---|
| nights | first Monday of each month, 20:00–22:30, Tréfilerie campus cafeteria |
| teams | 3 to 8 players |
| entry | €8 per team |
| booking | closes 24 hours before the night |
| phones | allowed during the music round only |
| prizes | vouchers of €15 per player for the winning team of each night |
| season final | Thursday 25 May 2028; final: €250 for the winning team |

Contact: Quiz du Lundi, quiz@univ-st-etienne.fr, +33 4 77 42 17 60.

## Circus classes

The students' circus association gives classes in juggling, aerial silks and acrobatics on the Métare campus.

- juggling for beginners: Tuesday, 18:00–19:30; aerial silks: Friday, 18:00–20:00
- membership costs €50 a year for students, €25 for grant holders and €90 for staff
- the aerial class costs €45 more for the year
- only one trial class is free
- the open juggling afternoon takes place on the first Saturday of each month; people who are not members pay €6
- the end-of-year show takes place on Saturday 10 June 2028
- students who attend 30 classes receive 1 ECTS credit

Contact: circus association, cirque@univ-st-etienne.fr, +33 4 77 42 18 33.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
