"""The text of every 'blind24' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-campus-mural-project-2027.pdf": {
        "title": "Murs Ouverts: designing and painting murals on the campus walls, 2027-2028",
        "short": "Murs Ouverts mural project 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/murs-ouverts-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, the Murs Ouverts mural project",
        "pages": [
            [
                ("h1", "Murs Ouverts: designing and painting murals on the campus walls, 2027-2028"),
                (
                    "p",
                    "The campuses of the University of Montpellier have many walls of bare grey concrete. Since "
                    "2025, Murs Ouverts, run by the Culture Department with the Grounds Service, has turned some "
                    "of them into murals: students and staff send designs, the university community chooses "
                    "them, and teams of volunteer painters put them on the wall with a professional muralist. "
                    "This guide applies from 1 September "
                    "2027 to 31 August 2028. In 2026-2027, 95 painters covered 420 square "
                    "metres of wall.",
                ),
                ("h2", "The three walls of 2027-2028"),
                (
                    "table",
                    [
                        ["Wall", "Where", "Size", "Painting dates"],
                        ["the restaurant wall", "Triolet campus, south wall of the student restaurant", "24 m by 4 m", "12 to 23 April 2028"],
                        ["the stairway wall", "Richter campus, outdoor stairway of building A", "15 m by 3 m", "3 to 12 May 2028"],
                        ["the sports hall wall", "Saint-Priest campus, north wall of the sports hall", "30 m by 5 m", "29 May to 9 June 2028"],
                    ],
                    (42, 62, 30, 42),
                ),
                (
                    "p",
                    "Painting days run from 9:00 to 17:00, Monday to Saturday. "
                    "Each wall takes 25 painters, and each painter comes on at least 3 days. Paint, brushes, "
                    "rollers, overalls, gloves and masks are provided; painters bring their own lunch.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "Anyone who studies or works at UM can send a design: students, exchange students included, "
                    "doctoral candidates, researchers and staff. To paint, you must be 18 or over, because the "
                    "work is done on scaffolding. No drawing skill is needed to paint: the muralist traces the "
                    "outlines on the wall, and the teams fill them in, colour by colour.",
                ),
            ],
            [
                ("h2", "Sending a design"),
                (
                    "p",
                    "The call for designs is open from 4 October to 26 November 2027. A design is a drawing in "
                    "colour at the scale of 1:20, on paper or as a digital file, with a title and a text of 100 "
                    "words at most on its meaning. The "
                    "designs are shown in the hall of the Triolet campus learning centre from 6 to 17 December "
                    "2027, and students and staff vote for them in the UM app. A jury of students, the muralist "
                    "and the Grounds Service then chooses one design for each wall, and announces it on 14 "
                    "January 2028.",
                ),
                ("h2", "How to paint on a wall"),
                (
                    "p",
                    "Places are given in order of registration, but the authors of the chosen designs go first "
                    "on their own wall. To paint, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Register for a wall in the \"Culture\" tile of your UM account, from 17 January to 11 "
                        "March 2028, with the days you can come.",
                        "Wait for the confirmation e-mail, sent within 7 days, with your days and your team.",
                        "Attend the 2-hour safety session on working at height, on Wednesday 29 March or on "
                        "Wednesday 5 April 2028, from 17:30 to 19:30, in the lecture hall of building 5 of the "
                        "Triolet campus.",
                        "On your first day, come at 8:45 to the meeting point of your wall, in old clothes and "
                        "closed shoes.",
                        "At the end of each day, wash your brushes and rollers with water at the cleaning station "
                        "and sign the attendance sheet.",
                    ],
                ),
                ("h2", "Rules on the site"),
                (
                    "bullet",
                    [
                        "above 2 metres, work only from the scaffolding tower, never from a ladder;",
                        "no more than 2 painters on the scaffolding tower at a time;",
                        "use only the water-based facade paints of the project; spray cans are for painters "
                        "trained by the muralist, with a mask;",
                        "paint only inside the outlines of the chosen design: no tag, signature or message of "
                        "your own;",
                        "no music through a loudspeaker: the walls are next to classrooms and offices.",
                    ],
                ),
            ],
            [
                ("h2", "After the painting"),
                (
                    "p",
                    "One week after the last painting day, the Grounds Service covers each mural with a clear "
                    "coating that protects it from the sun and makes graffiti easy to wash off. A panel next "
                    "to the wall gives the title of the design, its meaning and the first names of its authors "
                    "and painters. The murals stay on the walls for at least 5 years.",
                ),
                ("h2", "Credits and certificate"),
                (
                    "p",
                    "Every painter receives a certificate giving the number of days painted. Students who paint "
                    "on at least 4 days and attend the safety session can have it recognised as a cultural "
                    "engagement unit worth 2 ECTS credits. Exchange students ask the international relations "
                    "officer of their faculty to add it to their learning agreement.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["an injury or a fall on the site", "the UM security post", "+33 4 65 81 99 20, at any hour"],
                        ["scaffolding, paint or water on the site", "the site manager of the Grounds Service", "+33 4 65 81 24 55, on painting days"],
                        ["designs, registration, days, certificates", "Murs Ouverts, Culture Department", "mursouverts@umontpellier.fr"],
                    ],
                    (56, 56, 54),
                ),
                (
                    "p",
                    "Contact: Murs Ouverts, Culture Department, mursouverts@umontpellier.fr, +33 4 65 81 53 91. "
                    "Triolet campus, building 7, room 032; Tuesday and Thursday, 9:30–12:30.",
                ),
            ],
        ],
    },
    "08-petanque-club-2027.pdf": {
        "title": "Le Cochonnet: the UM pétanque club, its evenings and its tournament 2027-2028",
        "short": "Le Cochonnet pétanque club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/le-cochonnet-petanque-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the Le Cochonnet pétanque club",
        "pages": [
            [
                ("h1", "Le Cochonnet: the UM pétanque club, its evenings and its tournament 2027-2028"),
                (
                    "p",
                    "In the south of France, pétanque is played in every village square: two teams throw steel "
                    "balls, the boules, as close as possible to a small wooden ball, the cochonnet, and the team "
                    "with the closest boules scores. It takes a minute to learn and a lifetime to master, and it "
                    "is one of the easiest ways to meet people in Montpellier. Le Cochonnet is the pétanque club "
                    "of UM students and staff, based in the Student House. This guide applies to the academic "
                    "year 2027-2028. In 2026-2027, the club had 90 members from 28 countries.",
                ),
                ("h2", "What the club offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["beginners' evening: rules, pointing and shooting", "Tuesday, 18:00–20:00, from 5 October 2027", "the boules ground behind the Student House, Triolet campus", "included in the membership"],
                        ["club evening: games in teams drawn by lot", "Thursday, 18:00–21:00", "the boules ground behind the Student House", "included in the membership"],
                        ["winter games under cover", "Thursday, 18:00–21:00, from 6 January to 24 February 2028", "the covered boulodrome of the Lattes pétanque club", "€2 per evening"],
                        ["Trophée du Cochonnet, the tournament of the Student Festival", "Saturday 15 April 2028, 9:30–18:00", "the Esplanade of the Triolet campus", "free for players and the public"],
                    ],
                    (50, 44, 42, 30),
                ),
                (
                    "p",
                    "Membership costs €12 for the academic year for students and €25 for staff and researchers. "
                    "Members borrow a set of 3 boules from the club for each evening; those who want their own "
                    "buy a set through the club at €28. The beginners' evening takes 24 people. The club evening "
                    "has no limit, and the tournament takes 64 teams of two.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                    "16 or over. You need no experience and no boules. Players who use a wheelchair play on the "
                    "same ground: the club has a ramp, and boules can be picked up with a magnet on a string.",
                ),
            ],
            [
                ("h2", "Playing in the tournament"),
                (
                    "p",
                    "The Trophée du Cochonnet is open to members of the club and to other players alike. To enter it, "
                    "follow these steps:",
                ),
                (
                    "num",
                    [
                        "Find a partner: teams are of two players, and at least one of them must be a UM student "
                        "or member of staff.",
                        "Register your team in the \"Student House\" tile of your UM account, from 1 to 31 March "
                        "2028.",
                        "Pay the entry fee of €4 per team in the same tile; it goes to the prizes.",
                        "Come at 9:00 on the day of the tournament to the welcome table, with your student or "
                        "staff card, to draw your first opponents.",
                        "After each game, write the score on the board of the welcome table, signed by both "
                        "teams.",
                    ],
                ),
                ("h2", "Club rules"),
                (
                    "bullet",
                    [
                        "never throw while someone is standing in front of the circle;",
                        "measure with the club's tape, never with your feet;",
                        "the boules borrowed from the club go back into their bag at the end of the evening;",
                        "no alcohol at club evenings and at the tournament;",
                        "leave the ground as you found it: smooth it with the rake before you go.",
                    ],
                ),
                ("h2", "Events"),
                (
                    "p",
                    "The club plays at about 6 events a year: the welcome week, games against the pétanque "
                    "clubs of the city, the Trophée du Cochonnet and the end-of-year barbecue. It does not play "
                    "at private parties. Students who help run the Trophée du Cochonnet and come to at least 15 "
                    "club evenings can have it recognised as a student engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Le Cochonnet, Student House, cochonnet@asso.umontpellier.fr, +33 4 65 81 34 82. "
                    "Triolet campus, building 20, room 126; Monday and Thursday, 17:00–18:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-basket-weaving-workshop.docx": {
        "title": "Willow and reed: the basket-weaving workshop \"Atelier Osier\" of the Culture Department – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/basket-weaving-workshop",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Willow and reed: the basket-weaving workshop \"Atelier Osier\" of the Culture Department – guide 2027-2028"),
            (
                "p",
                "People have woven baskets for longer than they have made pots, and every region weaves what "
                "grows there: willow in Europe, bamboo and rattan in Asia, palm leaves and grasses in Africa, "
                "the reeds of the Camargue on the shores of the Mediterranean. In a workshop of the Triolet "
                "campus, a master basket maker of the Culture Department teaches students and staff to weave. "
                "You make a small round basket in one day, and a shopping basket or a tray in a few weeks. "
                "In 2026-2027, 120 people wove 260 pieces in the workshop.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The workshop is open to UM students, researchers and staff; it is not open to the public. "
                "Participants must be 16 or over, because the workshop uses knives, bodkins and secateurs. The "
                "basket maker explains in French and in English. Students with a need-based grant pay 40% less "
                "for every course.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery day: a small round willow basket", "first Saturday of each month, 9:30–16:30, from October to May", "the weaving workshop, Triolet campus, building 31, room 31.06", "€25, willow included"],
                    ["willow course: a shopping basket with a handle, in 5 sessions", "5 Mondays from 8 November to 6 December 2027, 18:00–21:00", "the weaving workshop, room 31.06", "€60, willow included"],
                    ["Camargue reed course: a tray and a bread basket in 4 sessions", "4 Wednesdays from 2 to 23 February 2028, 18:00–21:00", "the weaving workshop, room 31.06", "€50, reeds included"],
                    ["baskets of the world: coiling with grasses and palm leaves", "Saturday 18 March 2028, 9:30–16:30", "the weaving workshop, room 31.06", "€30"],
                    ["open workshop for those who have followed a course", "every Thursday, 14:00–18:00", "the weaving workshop, room 31.06", "€4 per afternoon; willow at cost"],
                ],
            ),
            (
                "p",
                "Each course takes 10 people, and the open workshop 8. Register for the discovery days and the "
                "courses in the \"Culture\" tile of your UM account; book the open workshop at the desk of the "
                "workshop.",
            ),
            ("h1", "Preparing a course"),
            (
                "p",
                "Tools are lent, and the willow is soaked for you before each session. To book a course and come "
                "prepared, follow these steps:",
            ),
            (
                "num",
                [
                    "Register for the course in the \"Culture\" tile of your UM account and pay within 7 days, by "
                    "bank card or with Izly.",
                    "Choose the size of your basket in the online pattern book of the workshop before the first "
                    "session, so that the basket maker soaks the right amount of willow.",
                    "Come in old clothes that can get wet, with a towel; aprons and knee pads are lent.",
                    "At the first session, learn to split and trim the rods with the basket maker before you "
                    "start the base.",
                    "Take your basket home at the end of the last session, and let it dry for a week away from a "
                    "radiator.",
                ],
            ),
            ("h1", "Taking your work home"),
            (
                "p",
                "Your baskets are yours. A willow basket weighs little but does not fold: to take one abroad, "
                "the basket maker advises packing your clothes inside it in your suitcase. Baskets made of "
                "Camargue reed may need a plant health check to enter some countries outside the European "
                "Union; ask the customs of your country before you leave.",
            ),
            ("h1", "Rules in the workshop"),
            (
                "bullet",
                [
                    "always cut away from your body, with the knife closed when you put it down;",
                    "no food or drink at the weaving benches;",
                    "sweep the offcuts into the green bin, never into the sink;",
                    "put the soaking tanks back under the bench, and mop up the water you spill;",
                    "never take willow out of the workshop without paying for it.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Atelier Osier, Culture Department: osier@umontpellier.fr, +33 4 65 81 53 47. Triolet campus, "
                "building 31, room 31.06; Tuesday and Friday, 13:30–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-letterpress-and-linocut-studio.md"] = """---
title: L'Encrier – the student print studio and its letterpress and linocut workshops, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/l-encrier-print-studio
audience: students, researchers and staff
language: en
---

# L'Encrier: the student print studio and its letterpress and linocut workshops

Long before screens, ideas travelled on paper printed by hand: the movable type of Gutenberg and, centuries earlier, of Korea and China, the woodcuts of Japan, the posters of every revolution. "L'Encrier" is a student association that runs a small print studio in the Student House, with the Student Life Department and a printmaker of Montpellier who trains its volunteers. Volunteers print posters and cards for the student associations, and all year round, workshops teach anyone to carve a block and to set type by hand. This page applies to the academic year 2027-2028. In 2026-2027, 140 members and participants printed 3,200 posters and cards.

## Workshops

| Workshop | When | Where | Sessions | Price |
|---|---|---|---|---|
| linocut basics: carve and print your first block | Monday, 18:00–21:00 | print studio of the Student House, Triolet campus, building 20, room 014 | 3, from 11 October 2027 | €20 |
| letterpress: set type by hand and print a card | Wednesday, 18:30–21:00 | print studio of the Student House, room 014 | 2, from 10 November 2027 | €16, 50 printed cards included |
| type of the world: Arabic, Greek, Cyrillic and Hebrew wood type | Thursday, 18:00–21:00 | Richter campus, arts room of building B | 4, from 20 January 2028 | €24 |
| a poster in two colours: linocut for a cause | Saturday 5 February 2028, 9:30–13:00 | print studio of the Student House, room 014 | 1 | €12 |
| open studio morning: print a bookmark | Saturday 9 October 2027, 10:00–12:00 | print studio of the Student House, room 014 | 1 | free |

Each workshop takes 8 people. Staff and researchers pay €10 more per workshop; students with a need-based grant pay half price. Registration for the autumn workshops opens on 27 September 2027, and for the spring workshops on 6 December 2027, in the "Student House" tile of your UM account. Aprons, inks, lino and carving tools are lent, and you take home everything you print.

## Who can take part?

UM students, exchange students included, researchers and staff. The workshops are open from the age of 16, because of the sharp gouges; the volunteers who run the platen press must be 18 or over. The inks are vegetable-based, but the rollers are cleaned with a citrus solvent: people with an allergy to citrus talk to the association before they register.

## The open studio

Members who have followed a workshop can print on their own during the open studio, every Tuesday and Friday from 17:00 to 20:00, during the teaching weeks. Membership costs €15 for the academic year for students and €25 for staff. Paper is sold at cost: €0.40 for an A5 sheet of cotton paper and €0.30 for an A3 sheet of poster paper. Payment is by Izly or bank card only.

## How to become a press volunteer

You need no experience, only the letterpress workshop. To print with the team, follow these steps:

1. Follow the two sessions of the letterpress workshop.
2. Register as a volunteer in the "Student House" tile of your UM account, under "L'Encrier".
3. Take the 2-hour press safety training on a Saturday morning with the printmaker, and sign the safety sheet.
4. Choose your studio shifts on the shared calendar before the 20th of the previous month: at least 2 shifts a month.
5. On your first shift, print with an experienced volunteer, who checks how you lock the type in the frame before the press starts.

## Rules in the studio

- wear the apron you are given, and tie back long hair near the presses
- always carve away from your other hand, with the block held in the bench hook
- never put your fingers between the platen and the type while the press is moving
- put every letter back in its case, in the right compartment, before you leave
- no food or drink on the workbenches, and wash your hands with soap after handling lead type

## Fête de l'Affiche and credits

The "Fête de l'Affiche" on Saturday 20 May 2028, from 10:00 to 17:00, in the hall of the Triolet campus learning centre, is a poster fair where members print live in front of the visitors and sell their prints; the money goes to new type. Students who work at least 12 shifts in the studio and help at the Fête de l'Affiche can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

I am left-handed. Can I carve lino? Yes: the bench hooks can be turned around, and the studio has 4 sets of gouges with handles shaped for the left hand.

Can my association have its posters printed here? Yes. UM student associations book a print run with the volunteers at least 3 weeks ahead and pay only for the paper.

I cannot draw. Is that a problem? Not at all: you can trace a photo or a drawing onto the lino, and the printmaker explains in French and in English.

## Contact

L'Encrier, Student House: encrier@asso.umontpellier.fr, +33 4 65 81 34 71. Triolet campus, building 20, room 114; Tuesday and Friday, 12:00–14:00.
"""

TEXTS["02-faq-dj-and-electronic-music-workshop.html"] = html_page(
    "Platines, the DJ and electronic music workshop: FAQ",
    "Platines: learning to mix, producing music on a computer, the vinyl weekend, the open decks and the resident crew.",
    "https://www.umontpellier.fr/en/campus-life/culture/dj-workshop-faq",
    "/fr/vie-des-campus/culture/atelier-dj-faq",
    """    <h1>Platines, the DJ and electronic music workshop: FAQ</h1>
    <p>Dance music travels faster than any other: the sound systems of Jamaica, the house of Chicago, the techno of Detroit and Berlin, the amapiano of South Africa, the baile funk of Brazil. "Platines" is the DJ and electronic music workshop of the Culture Department. Its members learn to mix on turntables and controllers, to make their own tracks on a computer, and to play in front of a crowd at student events. You do not need to play an instrument or to read music. This FAQ applies to the academic year 2027-2028. In 2026-2027, the workshop had 60 members from 21 countries and played at 14 events.</p>

    <h2>What does the workshop offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>DJ basics: beatmatching, transitions and reading a crowd</td><td>Tuesday, 18:00–20:30, from 5 October to 14 December 2027</td><td>the DJ booth of the Student House, Triolet campus, building 20, room 024</td><td>€35 for the term, headphones lent</td></tr>
        <tr><td>music production on a computer</td><td>Thursday, 18:30–20:30, from 7 October 2027</td><td>music computer room, Richter campus, building D, room D.104</td><td>free for members</td></tr>
        <tr><td>vinyl weekend: mixing on turntables</td><td>Saturday 22 and Sunday 23 January 2028, 10:00–17:00</td><td>the DJ booth of the Student House, room 024</td><td>€20</td></tr>
        <tr><td>open decks: 30-minute sets by members</td><td>first Friday of the month, 19:00–23:00, from 4 February to 2 June 2028</td><td>the cafeteria of the Student House</td><td>free entry</td></tr>
        <tr><td>end-of-year party "Son du Campus"</td><td>Friday 9 June 2028, 20:00–00:30</td><td>the courtyard of the Student House</td><td>free, for UM students and staff with their card</td></tr>
      </tbody>
    </table>
    <p>Membership of the workshop costs €12 for the academic year for students and €25 for staff. The DJ basics course takes 10 people and the vinyl weekend 8. The resident crew has 12 members, chosen at a listening session on Thursday 13 January 2028.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over. Members under 18 take part in every workshop, but do not play at the end-of-year party. Every session is explained in French and in English.</p>

    <h2>Do I need my own equipment?</h2>
    <p>No. The booth has two turntables, four controllers and a mixer, and the DJ basics course lends headphones. For the production course, bring a laptop if you have one: the music computer room has 8 computers with a production program for those who do not.</p>

    <h2>Can I play any music I like?</h2>
    <p>You can play any style, but only music you have bought or made yourself, as files or records: tracks from a streaming service cannot be used in a set. The Culture Department pays the music rights for every event of the workshop.</p>

    <h2>How do I join the resident crew?</h2>
    <p>The crew plays at the welcome week, the Student Festival and the end-of-year party. To join it, proceed as follows:</p>
    <ol>
      <li>Follow at least 8 sessions of the DJ basics course before the listening session.</li>
      <li>Register for the listening session in the "Culture" tile of your UM account by 6 January 2028.</li>
      <li>At the listening session, play a set of 10 minutes on the booth's controllers, in the style of your choice.</li>
      <li>If you are chosen, sign the crew charter and attend the 1-hour hearing protection session of the Student Health Service.</li>
      <li>Play your first set at the open decks of Friday 4 February 2028, with a member of the crew next to you.</li>
    </ol>

    <h2>Is it loud?</h2>
    <p>The sound of every event is kept under 102 decibels by a limiter, and foam earplugs are handed out free at the entrance. Members who play wear their earplugs or monitor at a low level.</p>

    <h2>Does it count towards my degree?</h2>
    <p>Yes. Members of the resident crew who play at least 4 events and attend the hearing protection session can have it recognised as a cultural engagement unit worth 2 ECTS credits. Every member receives a certificate at the end of the year.</p>

    <h2>Can I hire the crew for a party?</h2>
    <p>No. The crew plays only at events of UM and of its student associations, which write to the workshop at least 4 weeks before the event. It does not play at private parties or weddings.</p>

    <h2>Whom do I contact?</h2>
    <p>Platines, Culture Department: platines@umontpellier.fr, +33 4 65 81 53 62. Triolet campus, building 7, room 030; Monday and Wednesday, 14:00–17:00.</p>
""",
    [
        '<a href="/en/campus-life/culture">Culture Department</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-dj-and-electronic-music-workshop.meta.yaml"] = sidecar(
    "Platines, the DJ and electronic music workshop: FAQ",
    "https://www.umontpellier.fr/en/campus-life/culture/dj-workshop-faq",
    "students, researchers and staff",
)

TEXTS["03-herbarium-digitisation-volunteers.md"] = """---
title: Herbarium volunteers – photographing and transcribing the dried plants of the UM herbarium, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/herbarium-volunteers
audience: students, researchers and staff
language: en
---

# Herbarium volunteers: bringing old plant collections online

A herbarium is a library of dried plants: each plant is pressed, glued onto a sheet of paper and labelled with its name, the place and the date where it was collected, and the name of its collector. The herbarium of the University of Montpellier keeps about 4 million sheets, collected since the 18th century in more than 150 countries. Botanists all over the world use them to follow how plants move with the climate, but most sheets can only be seen in Montpellier. Since 2023, the herbarium team and the student association "Feuilles Vives" have been photographing the sheets and typing their labels, so that anyone can consult them online. This page applies to the academic year 2027-2028. In 2026-2027, 210 volunteers photographed 61,000 sheets and transcribed 48,000 labels.

## Ways to volunteer

| Activity | When | Where | Places |
|---|---|---|---|
| photographing sheets | Monday and Wednesday, 9:30–12:30 | the imaging room of the herbarium, Institute of Botany | 4 per session |
| transcribing labels | whenever you like | from home, on the online transcription platform | no limit |
| transcription evenings with the curators | Thursday 18 November 2027, Thursday 10 February 2028 and Thursday 13 April 2028, 18:00–21:00 | the reading room of the herbarium | 30 per evening |
| repairing damaged sheets | Friday, 14:00–17:00 | the restoration room of the herbarium | 3 per session |

A photography volunteer handles about 150 sheets in a session. Photographers and repairers come at least once every two weeks, for at least one term. Labels are written in Latin, French, German, English, Spanish or Italian, often by hand: transcribers type exactly what they read, spelling mistakes included, and mark with a question mark what they cannot read.

## Who can take part?

The online transcription is open to anyone aged 16 or over, at UM or elsewhere. The sessions in the herbarium are open to UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over, because many old sheets were treated with poisons against insects. Pregnant volunteers transcribe online only. No knowledge of botany is needed.

## How to start

Inductions take place on the first Monday of each month, at 14:00, in the reading room of the herbarium. To volunteer in the herbarium, follow these steps:

1. Create an account on the online transcription platform and transcribe at least 50 labels, to learn how labels are written.
2. Fill in the volunteer form in the "Student Life" tile of your UM account, with the activity and the slot you prefer.
3. Attend a 2-hour induction, where the curators show how to handle a sheet, how to wear the gloves and what to do in case of fire.
4. Do your first session next to a curator, who shows you how to lay a sheet on the copy stand without bending it.
5. Before you leave each session, enter the barcodes of the sheets you handled on the session sheet.

## Rules in the herbarium

- wear the nitrile gloves and the lab coat you are given, and wash your hands when you leave
- carry a sheet flat, in its folder, with both hands
- pencils only: no pens and no markers near the sheets
- never eat or drink in the herbarium: food attracts the insects that eat dried plants
- never take a specimen, or a piece of one, out of the herbarium, not even a leaf that has fallen off
- bags and coats stay in the lockers at the entrance

## Summer and credits

The herbarium is closed from 24 July to 21 August 2028; online transcription goes on all summer. Every volunteer receives a certificate giving the number of hours and sheets. Students who give at least 40 hours in the year, online hours included, can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I use the sheets for my master's thesis? Volunteering gives no access to the collections for research. Students and researchers who need specimens ask the curators for a visit or a loan, with the form of the herbarium.

Can I find plants collected in my country? Very probably: the online catalogue can be searched by country, and volunteers often ask to photograph the sheets of their own country.

I have asthma. Can I still come? Dust from old sheets can bother people with asthma: talk to the curators first, who may suggest online transcription.

## Contact

Herbarium volunteers, herbarium of the University of Montpellier: herbier.benevoles@umontpellier.fr, +33 4 65 81 29 40. Institute of Botany, ground floor, room 0.07; Monday to Friday, 9:00–12:00.
"""

TEXTS["04-faq-bonsai-club.html"] = html_page(
    "Kodama, the bonsai club: FAQ",
    "Kodama: the beginners' course, wiring and shaping, the repotting day, the nursery visit and the exhibition Petits Géants.",
    "https://www.umontpellier.fr/en/campus-life/student-house/bonsai-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-bonsai-faq",
    """    <h1>Kodama, the bonsai club: FAQ</h1>
    <p>Growing a tree in a pot and shaping it for years is an art of many countries: the bonsai of Japan, the penjing of China, the hòn non bộ of Vietnam. "Kodama" is the bonsai club of the Student House. Its members learn to prune, wire and repot small trees, and look after the club's collection of 40 trees on the terrace of the Student House, most of them Mediterranean species such as the olive, the juniper, the holm oak and the hackberry. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 14 countries.</p>

    <h2>What does the club do?</h2>
    <table>
      <thead>
        <tr><th>Session</th><th>When</th><th>Where</th><th>Places</th></tr>
      </thead>
      <tbody>
        <tr><td>beginners' course: your first tree, from a nursery plant</td><td>Wednesday, 18:00–20:00, 6 sessions from 6 October 2027</td><td>the terrace room of the Student House, Triolet campus, building 20, room 210</td><td>12</td></tr>
        <tr><td>wiring and shaping</td><td>Monday, 18:30–20:30, from 10 January 2028</td><td>the terrace room, room 210</td><td>10</td></tr>
        <tr><td>visit to a bonsai nursery in Lunel</td><td>Saturday 13 November 2027, 9:00–13:00</td><td>by minibus from the Student House</td><td>15</td></tr>
        <tr><td>repotting day</td><td>Saturday 4 March 2028, 9:00–17:00</td><td>the terrace of the Student House</td><td>20</td></tr>
        <tr><td>exhibition "Petits Géants"</td><td>Saturday 22 and Sunday 23 April 2028, 10:00–18:00</td><td>the hall of the Triolet campus learning centre</td><td>open to all, free</td></tr>
      </tbody>
    </table>
    <p>Membership costs €15 for the academic year for students and €30 for staff and researchers. The beginners' course costs €25 more, with a young tree, a pot and soil included; the nursery visit costs €5.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over. Registration for the beginners' course opens on 20 September 2027, and its 12 places are given in order of registration.</p>

    <h2>How do I start?</h2>
    <p>Nothing is needed for the first session: tools, trees and soil are provided. To join the club, proceed as follows:</p>
    <ol>
      <li>Pay the membership in the "Student House" tile of your UM account, under "Kodama".</li>
      <li>Register for the beginners' course in the same tile.</li>
      <li>At the first session, choose your tree among the nursery plants of the club: olive, juniper or Chinese elm.</li>
      <li>At the end of the course, decide whether your tree goes home with you or stays on the terrace.</li>
      <li>Put your name on the watering rota for at least one week each term.</li>
    </ol>

    <h2>What are the rules of the club?</h2>
    <p>A bonsai takes years to shape and minutes to ruin, so the club has four rules:</p>
    <ul>
      <li>never prune or wire a tree that belongs to someone else;</li>
      <li>clean and oil the tools after each session;</li>
      <li>no chemical fertiliser or pesticide: the club uses only organic fertiliser;</li>
      <li>water the club's trees during your week on the rota, even at weekends.</li>
    </ul>

    <h2>Can I leave my tree on the terrace?</h2>
    <p>Yes, up to 2 trees per member. During the summer holidays, from 8 July to 25 August 2028, the club's volunteers water them. Indoor trees, such as the ficus sold in shops, stay in the terrace room and never go outside in winter.</p>

    <h2>Can I borrow tools?</h2>
    <p>Yes. Members can borrow a set of tools (concave cutter, wire cutter and scissors) for 2 weeks, with a deposit of €40 paid by bank card and given back when the tools are returned.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who look after the club's collection on the rota all year and help at the exhibition on both days can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Does the club sell trees?</h2>
    <p>No. The club does not sell trees, not even at the exhibition, and it does not look after trees that do not belong to members.</p>

    <h2>Whom do I contact?</h2>
    <p>Kodama, Student House: kodama@asso.umontpellier.fr, +33 4 65 81 34 53. Triolet campus, building 20, room 212; Wednesday, 17:00–19:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-bonsai-club.meta.yaml"] = sidecar(
    "Kodama, the bonsai club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/bonsai-club-faq",
    "students, researchers and staff",
)

TEXTS["05-weather-club-and-station.txt"] = """NIMBUS: THE WEATHER CLUB AND ITS CAMPUS STATION - 2027-2028
University of Montpellier - Student Life Department

Nimbus is the club of UM students and staff who watch the sky. Since 2019, it has run a weather station on the roof of building 36 of the Triolet campus, which records the temperature, the humidity, the pressure, the wind and the rain every 10 minutes and puts them online. Montpellier has a weather of extremes: summers over 40 degrees, and autumn storms that can drop 200 mm of rain in a few hours. Members come from physics, geography and agronomy, but also from law and languages; many learnt about weather in a very different climate at home. In 2026-2027, the club had 46 members. This guide applies from 1 September 2027 to 30 June 2028.

WHAT YOU CAN DO

The club has six activities, each led by an experienced member:

the station: reading, cleaning and checking the instruments
forecasting: a forecast for the campuses, published every Monday in the UM app
storm watch: following the autumn storms of the Mediterranean on radar
clouds: photographing the clouds over the campus for the club's cloud atlas
climate data: comparing today's readings with 100 years of records of Montpellier
the balloon: preparing the spring launch of a weather balloon

Members can take part in several activities. The forecasting team meets on Sunday evenings online; the other activities meet at the club meetings.

THE MEETINGS

The club meets every Tuesday, from 18:00 to 20:00, in room 36.208 of building 36 of the Triolet campus, from 5 October 2027 to 20 June 2028. Every morning of the teaching weeks, one member reads the manual rain gauge at 8:00 and writes the reading in the station log.

MEMBERSHIP

Membership costs EUR 8 for the academic year for students and EUR 15 for staff and researchers. It includes the club's cap and access to the roof. A shop of scientific instruments in the city centre gives members 15% off thermometers, rain gauges and home weather stations.

HOW DO I JOIN?

1. Come to a Tuesday meeting; no booking is needed.
2. Register in the "Student House" tile of your UM account, under "Nimbus".
3. Pay the membership with Izly or by bank card at the meeting.
4. Attend the roof safety session, held on the first Tuesday of each month at 17:30, before you go up to the station.
5. Put your name on the rota of morning readings, for at least one week each term.

YOUR OWN STATION

Members who have a weather station at home can add its readings to the club's map of the Herault once a member of the station team has checked where the sensors are placed: a thermometer in the sun or against a wall gives false readings.

RULES ON THE ROOF

Never go up to the roof alone: always in pairs, with the key of the club. Stay inside the railings. Do not go up when a storm warning of level orange or red is in force. Never touch the lightning rod. Write every visit in the station log.

THE BALLOON LAUNCH

On Saturday 18 March 2028, at 10:00, the club launches a weather balloon from the sports ground of the Triolet campus. The balloon carries a probe that measures the air up to about 30 km high before it bursts; the probe comes down under a parachute, and members go to find it with a GPS. Three classes of a primary school of Montpellier come to watch; children aged 9 or over can help fill the balloon with a member next to them. The launch is free and open to everyone.

CONTACT

Nimbus, Student Life Department
E-mail: nimbus@asso.umontpellier.fr
Phone: +33 4 65 81 37 26
Triolet campus, building 36, room 36.208. Tuesday, 17:00-19:00.
"""

TEXTS["05-weather-club-and-station.meta.yaml"] = sidecar(
    "Nimbus, the weather club and its campus station 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/weather-club",
    "students, researchers and staff",
)

TEXTS["06-sea-turtle-nest-watch-2028.md"] = """---
title: Veille Caouanne – watching for sea turtle nests on the beaches of the Hérault, summer 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/veille-caouanne
audience: students, researchers and staff
language: en
valid_until: 2028-09-30
---

# Veille Caouanne: watching for sea turtle nests on the beaches, summer 2028

The loggerhead turtle, "caouanne" in French, used to lay its eggs only on the beaches of the eastern Mediterranean. With warmer seas, it now comes further west, and since 2020 nests have been found almost every summer on the beaches of Occitanie. A nest that nobody has seen is often destroyed by beach cleaning machines or trampled by bathers. Veille Caouanne, run by the Student Life Department with the association "Tortues du Golfe", sends volunteers to walk the beaches at dawn in summer, looking for the tracks a turtle leaves when it comes ashore at night. This is the fourth edition. In the summer of 2027, 74 volunteers walked 1,900 km of beach and found 3 nests.

## Who can take part?

UM students of every level, exchange students included, doctoral candidates, researchers and staff. The training evenings are open from the age of 16, and the patrols and night watches are for people aged 18 or over. You need to be able to walk 6 km on sand.

## Training and patrols

| Activity | Dates | Place | Registration |
|---|---|---|---|
| training evenings | Tuesday 9 May and Thursday 11 May 2028, 18:00–20:30 | the lecture hall of building 5, Triolet campus | from 3 to 28 April 2028 |
| dawn patrols | every day from 15 June to 31 August 2028, 6:00–8:00 | the beaches of the Grand Travers, Villeneuve-lès-Maguelone and Sète | from 3 April to 31 May 2028 |
| night watches at a nest about to hatch | from about 55 days after the eggs are laid, 21:00–01:00 | at the nest | when a nest is found |

Patrols are walked in pairs, on a stretch of about 6 km of beach. Each volunteer walks at least 4 patrols in the summer. The network takes 60 volunteers, in order of registration, but volunteers who stay in Montpellier in both July and August go first. Only volunteers who have walked at least 5 patrols are called for the night watches.

## Getting there

Travel costs are not refunded. The first trams leave too late for a patrol at 6:00, so "Tortues du Golfe" lends 12 bikes for the summer to volunteers without a car; they are collected at its base in Carnon.

## Training

Every volunteer attends one training evening, on the biology of the turtle, how to recognise its tracks and what to do when you find some. It is given in French and in English.

## How to volunteer

To take part in the patrols, follow these steps:

1. Fill in the volunteer form in the "Student Life" tile of your UM account, with your dates in Montpellier, your beach and whether you need a bike.
2. Wait for the confirmation e-mail, sent within 7 days of the close of registration, with your patrol partner and your first dates.
3. Attend a training evening; a volunteer who misses both evenings cannot patrol.
4. Install the network's app on your phone, in which you record each patrol and send the photos of any tracks.
5. Walk your first patrol with an experienced volunteer of "Tortues du Golfe".

## Rules on the beach

- never touch a turtle, an egg or a baby turtle, and never dig where you think a nest is
- when you find tracks, call the network's hotline at once and wait next to them until someone comes
- stay at least 20 metres from a turtle on the beach, and keep other people away
- at night, use only a red light: white light and camera flashes make the baby turtles lose their way to the sea
- never post the place of a nest on social media

## What volunteers receive

Each volunteer receives a T-shirt of the network to keep and a certificate of volunteering. Students who attend the training and walk at least 8 patrols can have it recognised as a student engagement unit worth 1 ECTS credit, added to their transcript of the next academic year.

## FAQ

What if we find no nest all summer? Most patrols find nothing, and that is useful too: the network also needs to know where turtles did not come. Patrols without a nest count for the credit.

Can I swim after my patrol? Yes, once the patrol is recorded in the app; but never inside the fence of a nest.

## Contact

Veille Caouanne, Student Life Department: caouanne@umontpellier.fr, +33 4 65 81 36 74. Student House, Triolet campus, building 20, room 108; Monday to Thursday, 10:00–12:30.
"""

TEXTS["10-hospital-clown-volunteers.md"] = """---
title: Clowns de Garde – student clowns for children in hospital, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/clowns-de-garde
audience: students and doctoral candidates
language: en
---

# Clowns de Garde: student clowns for children in hospital

A long stay in hospital is hard for a child: the days are long, parents cannot always be there, and every visit is a doctor or a nurse. Clowns de Garde, run by the Student Life Department with the paediatric wards of three partners, trains students to visit children in pairs as clowns, with a red nose, a few tricks and a lot of listening. A clown who makes a child laugh in a language the child does not speak is no rare sight: most of the work is done without words. This page applies to the academic year 2027-2028. In 2026-2027, 36 students, 15 of them international students, made 420 visits.

## Partners

| Partner | Where | Who the clowns visit | When |
|---|---|---|---|
| paediatric wards of the Arnaud de Villeneuve hospital | Montpellier, tram stop Occitanie | children aged 3 to 15 in long stays | Wednesday, 14:00–16:30 |
| Centre Les Mûriers | Lattes | children in rehabilitation after an accident or an operation | Saturday, 10:00–12:00 |
| Maison des Familles | Montpellier, near the hospital | brothers and sisters of sick children, while their parents are at the hospital | Sunday, 15:00–17:00 |

Clowns visit at least twice a month, always with the same partner, for the whole year. Each partner takes 8 students. Visits last 2 hours and are always made in pairs. Travel costs are not refunded.

## Who can take part?

UM students, exchange students included, and doctoral candidates, aged 18 or over. No experience of theatre is needed. You need a recent extract of your criminal record with no conviction, which the partners ask for because you work with children; volunteers from abroad give the equivalent document of their country, translated into French or English. Your vaccinations must be up to date, measles included.

## How to join

Two information meetings take place, on Tuesday 28 September 2027 and on Tuesday 18 January 2028, at 12:30, in room 110 of the Student House. To join, follow these steps:

1. Attend an information meeting, or watch its recording in the "Student House" tile of your UM account.
2. Fill in the form in the same tile, with the partner and the slot you prefer.
3. Upload your criminal record extract and a copy of your vaccination record.
4. Follow the clown training: 8 sessions of 3 hours with a professional clown, on Monday evenings, from the Monday after the meeting.
5. Make your first three visits with an experienced clown before you go with another beginner.

## Rules of the visits

- never visit when you are ill, even with a cold: tell the coordinator and stay at home
- wash your hands with the gel before and after each room
- knock and ask before you enter a room, and leave when a child or a parent says no
- never give a child food or sweets, and never take photos
- what you see and hear in the wards stays there

## Costume

The clowns' red noses, wigs and hats are lent by the programme; each clown puts together a costume of their own from old clothes. Costumes are washed at 60 degrees after each visit.

## Events and credits

On Saturday 11 December 2027, from 14:00 to 17:00, the clowns run the Christmas party of the paediatric wards. In March 2028, a collection of toys and books in good condition takes place at the reception desk of the Student House. Students who make at least 16 visits in the year and follow the whole training can have it recognised as a student engagement unit worth 1 ECTS credit. Every clown receives a certificate at the end of the year.

## FAQ

I am very shy. Can I be a clown? Yes: many good clowns are shy people. The training starts with games in which nobody has to be funny.

My French is basic. Is that a problem? No. Clowns speak little, and most visits are made of mime, music and small tricks; your partner can speak French if needed.

What if I go home for the holidays? Tell the coordinator 3 weeks ahead: another pair takes your visits.

## Contact

Clowns de Garde coordinator, Student Life Department: clowns@umontpellier.fr, +33 4 65 81 36 83. Student House, Triolet campus, building 20, room 110; Monday and Wednesday, 13:30–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time and their volunteering: printing, DJing, the herbarium, bonsai, the weather club, sea turtles, murals, pétanque, basket weaving and hospital clowns. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| L'Encrier, Student House | letterpress and linocut workshops, the open studio, press volunteers, the Fête de l'Affiche | encrier@asso.umontpellier.fr | +33 4 65 81 34 71 | Student House, Triolet campus, building 20, room 114 | Tuesday and Friday, 12:00–14:00 |
| Platines, Culture Department | the DJ and electronic music workshop, the resident crew, the open decks | platines@umontpellier.fr | +33 4 65 81 53 62 | Triolet campus, building 7, room 030 | Monday and Wednesday, 14:00–17:00 |
| Herbarium volunteers, herbarium of the University of Montpellier | photographing and transcribing sheets, inductions, repairs | herbier.benevoles@umontpellier.fr | +33 4 65 81 29 40 | Institute of Botany, ground floor, room 0.07 | Monday to Friday, 9:00–12:00 |
| Kodama, Student House | the bonsai club, its courses and its exhibition | kodama@asso.umontpellier.fr | +33 4 65 81 34 53 | Student House, Triolet campus, building 20, room 212 | Wednesday, 17:00–19:00 |
| Nimbus, Student Life Department | the weather club, the campus station, the balloon launch | nimbus@asso.umontpellier.fr | +33 4 65 81 37 26 | Triolet campus, building 36, room 36.208 | Tuesday, 17:00–19:00 |
| Veille Caouanne, Student Life Department | sea turtle patrols, the training evenings, bike loans | caouanne@umontpellier.fr | +33 4 65 81 36 74 | Student House, Triolet campus, building 20, room 108 | Monday to Thursday, 10:00–12:30 |
| Murs Ouverts, Culture Department | the call for designs, registration of painters, certificates | mursouverts@umontpellier.fr | +33 4 65 81 53 91 | Triolet campus, building 7, room 032 | Tuesday and Thursday, 9:30–12:30 |
| Le Cochonnet, Student House | the pétanque club, its evenings and the Trophée du Cochonnet | cochonnet@asso.umontpellier.fr | +33 4 65 81 34 82 | Student House, Triolet campus, building 20, room 126 | Monday and Thursday, 17:00–18:30 |
| Atelier Osier, Culture Department | basket-weaving courses, discovery days, the open workshop | osier@umontpellier.fr | +33 4 65 81 53 47 | Triolet campus, building 31, room 31.06 | Tuesday and Friday, 13:30–17:00 |
| Clowns de Garde coordinator, Student Life Department | clown visits to children in hospital, the training, the toy collection | clowns@umontpellier.fr | +33 4 65 81 36 83 | Student House, Triolet campus, building 20, room 110 | Monday and Wednesday, 13:30–17:00 |

## Useful to know

People with a disability who need step-free access, an adapted task or workstation, documents in large print or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability@umontpellier.fr, +33 4 65 81 70 52, Triolet campus, building 8, room 004; Monday to Friday, 9:00–12:00 and 13:30–16:30. The service arranges the adaptation with the activity.

Exchange students who want the credits of an activity of this directory (the print studio, the DJ crew, the herbarium, the bonsai club, the turtle patrols, the murals, the pétanque club, the hospital clowns) in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 81 99 20.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-sea-turtle-nest-watch-2025.txt"] = """SEA TURTLE NEST WATCH - SUMMER 2025
University of Montpellier - Student Life Department

Loggerhead turtles have started to lay their eggs on the beaches of Occitanie. In the summer of 2025, UM invites its students to walk the beach at dawn to look for their tracks. The 2024-2025 edition is the first one.

WHO CAN TAKE PART?

UM students aged 18 or over, in a bachelor's or a master's degree. Exchange students, doctoral candidates and staff cannot take part in this first edition.

TRAINING

One training evening takes place on Wednesday 14 May 2025, from 18:30 to 20:30, in room 2.04 of building 2 of the Triolet campus. It is given in French only.

THE PATROLS

Patrols take place every day from 1 July to 31 August 2025, from 6:30 to 8:30, on the beach of the Grand Travers only. Each volunteer walks at least 6 patrols. Volunteers come by their own means: no bikes are lent. Keep at least 10 metres from a turtle on the beach.

PLACES AND REGISTRATION

The nest watch has 30 places for volunteers, given on a first come, first served basis. Registration opens on 1 April 2025 and closes on 30 April 2025.

HOW TO REGISTER

1. Send the volunteer form by e-mail to the Student Life Department.
2. Attend the training evening.
3. Collect your cap and your patrol notebook at the Student House; the notebook must be given back at the end of the summer.

WHAT VOLUNTEERS RECEIVE

Volunteers receive a cap and a certificate of volunteering. The nest watch does not give ECTS credits.

CONTACT

Student Life Department
E-mail: tortues@umontpellier.fr
Phone: +33 4 65 81 36 10
Student House, Triolet campus, building 20, room 102. Tuesday and Thursday, 14:00-17:00.
"""

TEXTS["31-sea-turtle-nest-watch-2025.meta.yaml"] = sidecar(
    "Sea turtle nest watch, summer 2025",
    "https://www.umontpellier.fr/en/campus-life/volunteering/sea-turtle-nest-watch-2025",
    "students",
    "2025-09-30",
)

TEXTS["40-paris-cite-mural-project-and-dj-workshop.md"] = """---
title: Université Paris Cité – the campus mural project and the DJ workshop
url: https://u-paris.fr/en/campus-life/murals-and-dj-workshop
audience: students and staff
language: en
---

# Université Paris Cité: the campus mural project and the DJ workshop

This page of Université Paris Cité presents the mural project and the DJ workshop of its culture service. It applies only to students and staff of Université Paris Cité, on its campuses of the Grands Moulins and Saint-Germain-des-Prés.

## Mural project

Students design a mural and paint it on a wall of the Grands Moulins campus with an artist.

| Rule | Université Paris Cité |
|---|---|
| walls | 2 walls of the Grands Moulins campus, painted from 9 to 27 May 2028 |
| design call | closes on 15 December 2027; designs chosen by a jury only, with no vote |
| age | painters aged 16 or over |
| teams | 40 painters per wall, each at least 5 days |
| painting days | 10:00 to 18:00, Tuesday to Saturday |
| safety | no safety session: painters work from the ground and from mobile platforms |
| registration | from 10 to 31 January 2028, by e-mail |
| credits | 3 ECTS credits after 6 days of painting |

Contact: mural project, murs@u-paris.fr, +33 1 57 27 60 10.

## DJ workshop

The culture service teaches students to mix and runs a crew of DJs for its events.

- the DJ basics course takes place on Monday, from 19:00 to 21:30, costs €50 per term and takes 14 people
- members must be 18 or over
- the crew has 8 members, chosen at a listening session on Friday 10 December 2027
- members may play music from a streaming service with a DJ subscription
- the crew plays at private parties of staff on request
- students receive 1 ECTS credit after 6 events
- membership costs €20 a year for students

Contact: DJ workshop, dj@u-paris.fr, +33 1 57 27 61 20.
"""

TEXTS["41-compiegne-letterpress-studio-and-weather-club.md"] = """---
title: Université de Technologie de Compiègne – the letterpress studio and the weather club
url: https://www.utc.fr/en/campus-life/letterpress-and-weather-club
audience: students and staff
language: en
---

# Université de Technologie de Compiègne: the letterpress studio and the weather club

This page of the Université de Technologie de Compiègne (UTC) presents the letterpress studio and the weather club of its student associations. It applies only to students and staff of the UTC, on its Royallieu, Benjamin Franklin and Pierre Guillaumat sites.

## Letterpress studio

The students of the UTC restore old presses and print posters for their associations.

| Rule | Université de Technologie de Compiègne |
|---|---|
| workshops | 6 people per workshop, open from 18 years old |
| letterpress workshop | 3 sessions, €30 |
| linocut workshop | 2 sessions, €18 |
| grant holders | pay the full price |
| open studio | Wednesday, 14:00–18:00 |
| press volunteers | at least 4 shifts a month |
| credits | 2 ECTS credits after 20 shifts |
| poster fair | Saturday 10 June 2028 |

Contact: letterpress studio, imprimerie@utc.fr, +33 3 44 23 46 10.

## Weather club

The weather club runs a station on the roof of the Pierre Guillaumat site and forecasts the weather of Compiègne.

- the club meets every Wednesday, from 12:15 to 13:45
- membership costs €5 a year for students and is free for staff
- the morning reading of the rain gauge is at 7:30
- members may go up to the roof alone once they have taken the safety session
- the weather balloon is launched on Saturday 1 April 2028, from the Royallieu site
- children aged 12 or over can help fill the balloon
- a shop of Compiègne gives members 10% off weather instruments

Contact: weather club, meteo@utc.fr, +33 3 44 23 47 80.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
