"""The text of every 'blind25' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-cosplay-workshops-and-parade-2027.pdf": {
        "title": "Cosplay Campus: costume workshops and the cosplay parade, 2027-2028",
        "short": "Cosplay Campus 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/cosplay-campus-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Cosplay Campus",
        "pages": [
            [
                ("h1", "Cosplay Campus: costume workshops and the cosplay parade, 2027-2028"),
                (
                    "p",
                    "Cosplay, a word made of \"costume\" and \"play\", means making the costume of a character from a "
                    "manga, a film, a comic or a video game, and wearing it in public. Since 2024, Cosplay Campus, "
                    "run by the Culture Department with a costume maker of a Montpellier theatre, has taught "
                    "students and staff to make costumes, and it ends each year with a cosplay parade at the Student"
                    " Festival. This guide applies from 1 September 2027 to 31 August 2028. In 2026-2027, 80 "
                    "cosplayers went on stage in front of 2,500 people.",
                ),
                ("h2", "The workshops of 2027-2028"),
                (
                    "table",
                    [
                        ["Workshop", "When", "Where", "Price"],
                        ["foam armour: cutting, heat-shaping and painting foam", "Tuesday, 18:00–21:00, 4 sessions from 9 November 2027", "the costume workshop, Triolet campus, building 31, room 31.10", "€30, foam included"],
                        ["wigs: cutting and styling a synthetic wig", "Saturday 4 December 2027, 10:00–17:00", "the costume workshop", "€20, wig not included"],
                        ["sewing for costumes: patterns, machine and finishing", "Monday, 18:30–21:00, 5 sessions from 17 January 2028", "the costume workshop", "€25"],
                        ["props: light props in foam and papier-mâché", "Saturday 12 February 2028, 10:00–17:00", "the costume workshop", "€15"],
                        ["stage make-up for cosplay", "Wednesday 8 March 2028, 18:00–21:00", "the costume workshop", "€12"],
                    ],
                    (50, 46, 42, 28),
                ),
                (
                    "p",
                    "Each workshop takes 12 people, and the wig day 10. Students with a need-based grant pay half "
                    "price. Register in the \"Culture\" tile of your UM account, from 18 October 2027 for the autumn "
                    "workshops and from 6 December 2027 for the spring ones. Sewing machines, heat guns, tools and "
                    "glue are lent; the fabric, wigs and paint of your own costume are at your expense.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "The workshops are open to UM students, exchange students included, doctoral candidates, "
                    "researchers and staff, from the age of 16, because of the cutters and heat guns. The parade "
                    "is open to the same people, at any age; cosplayers under 18 bring a parental authorisation "
                    "signed by a parent.",
                ),
            ],
            [
                ("h2", "The cosplay parade"),
                (
                    "p",
                    "The parade takes place on Saturday 22 April 2028, from 14:00 to 18:00, on the stage of the "
                    "Esplanade of the Triolet campus, as part of the Student Festival. It has three categories: "
                    "craftsmanship, for a costume you made yourself, judged up close backstage before the parade; "
                    "performance, a scene of 60 seconds at most on stage, alone; and group, a scene of 2 minutes at "
                    "most for 2 to 6 cosplayers. A jury of five gives a prize in each category: a voucher of €150 "
                    "for a fabric shop of Montpellier.",
                ),
                ("h2", "How to take part in the parade"),
                (
                    "p",
                    "The parade takes 60 cosplayers, in order of registration. To take part, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Register in the \"Culture\" tile of your UM account, from 1 February to 20 March 2028, with "
                        "your category, your character and the work it comes from.",
                        "By 5 April 2028, upload 3 reference pictures of the character and, for a performance or a "
                        "group, your soundtrack as an MP3 file.",
                        "Bring your props to the props check on Friday 21 April 2028, from 17:00 to 19:00, at the "
                        "costume workshop: each prop is measured and checked, and receives a green sticker.",
                        "On the day, come at 12:30 to the backstage tent on the Esplanade, for make-up and, in the "
                        "craftsmanship category, for the judging.",
                        "Wait for your number behind the stage, and stay after your turn for the group photo and the "
                        "prizes at 17:30.",
                    ],
                ),
                ("h2", "Rules of the parade"),
                (
                    "bullet",
                    [
                        "no real weapon, no metal blade and no replica firearm: props are made of foam, cardboard, "
                        "wood or plastic;",
                        "no prop longer than 1.5 metres, and no prop without the green sticker of the props check;",
                        "no fire, smoke, confetti or glitter that comes off on the stage;",
                        "you must be able to climb the 5 steps of the stage alone in your costume;",
                        "cosplay is not consent: ask before you take a photo of someone or touch a costume.",
                    ],
                ),
            ],
            [
                ("h2", "Storing your costume"),
                (
                    "p",
                    "Between workshops, cosplayers can leave a costume in progress in one "
                    "of the 20 lockers of the costume workshop, against a deposit of €10.",
                ),
                ("h2", "Credits and certificate"),
                (
                    "p",
                    "Every cosplayer receives a certificate of participation. Students who follow at least 3 "
                    "workshops and present a costume they made in the craftsmanship category can have it "
                    "recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["an injury or a faint backstage", "the UM security post", "+33 4 65 82 99 30, at any hour"],
                        ["a prop refused at the check, or a prop broken on the day", "the props desk of the parade", "+33 4 65 82 53 80, on 21 and 22 April 2028"],
                        ["workshops, registration, categories, prizes", "Cosplay Campus, Culture Department", "cosplay@umontpellier.fr"],
                    ],
                    (56, 56, 54),
                ),
                (
                    "p",
                    "Contact: Cosplay Campus, Culture Department, cosplay@umontpellier.fr, +33 4 65 82 53 74. "
                    "Triolet campus, building 7, room 034; Tuesday and Thursday, 14:00–17:00.",
                ),
            ],
        ],
    },
    "08-archery-club-2027.pdf": {
        "title": "La Cible: the UM archery club, its sessions and its tournament 2027-2028",
        "short": "La Cible archery club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/la-cible-archery-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the La Cible archery club",
        "pages": [
            [
                ("h1", "La Cible: the UM archery club, its sessions and its tournament 2027-2028"),
                (
                    "p",
                    "People have shot with bows for tens of thousands of years, and every culture has its own way: "
                    "the longbow of England, the short bows of the steppes, the tall bamboo bow of Japan, the "
                    "recurve bow of the Olympic Games. Archery asks for calm more than strength, and people of "
                    "every size and age shoot side by side. La Cible is the archery club of UM students and staff, "
                    "based in the Student House, with an outdoor range on the Saint-Priest campus and a qualified "
                    "instructor. This guide applies to the academic year 2027-2028. In 2026-2027, the club had 64 "
                    "members from 20 countries.",
                ),
                ("h2", "What the club offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["beginners' sessions: stance, drawing and release", "Wednesday, 17:30–19:30, from 6 October 2027", "the outdoor range of the Saint-Priest campus", "included in the membership"],
                        ["club shooting: free practice at 18 and 30 metres", "Saturday, 10:00–13:00", "the outdoor range", "included in the membership"],
                        ["indoor winter shooting at 18 metres", "Monday, 19:00–21:00, from 8 November 2027 to 28 February 2028", "the sports hall of the Richter campus", "€3 per evening"],
                        ["Flèche du Printemps, the tournament of the Student Festival", "Sunday 23 April 2028, 9:00–17:00", "the outdoor range", "free for archers and the public"],
                    ],
                    (50, 44, 42, 30),
                ),
                (
                    "p",
                    "Membership costs €20 for the academic year for students and €40 for staff and researchers. "
                    "Members borrow a bow, an arm guard and 6 arrows at each session; those who want arrows of "
                    "their own buy a set of 6 through the club at €36, cut to the length of their arms. The "
                    "beginners' sessions take 16 people and the club shooting 24; the tournament takes 48 archers.",
                ),
                ("h2", "Who can shoot?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 15 "
                    "or over. You need no experience and no equipment. Archers who use a wheelchair shoot from the "
                    "same line: the shooting line is level and paved, and the club lends a bow stand. Archers who "
                    "wear glasses keep them on.",
                ),
            ],
            [
                ("h2", "Shooting in the tournament"),
                (
                    "p",
                    "The Flèche du Printemps is open to members of the club and to other archers who have shot for "
                    "at least 10 hours. To enter it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Ask an instructor of the club to sign your safety card once you have shot for at least 10 "
                        "hours.",
                        "Register in the \"Student House\" tile of your UM account, from 1 to 31 March 2028.",
                        "Pay the entry fee of €6 in the same tile; it pays for the target faces and the medals.",
                        "Come at 8:30 on the day of the tournament to the registration table, with your student or "
                        "staff card and your safety card, to get your target number.",
                        "After each end of 6 arrows, write your scores on the score sheet, signed by the other "
                        "archer of your target.",
                    ],
                ),
                ("h2", "Rules of the range"),
                (
                    "bullet",
                    [
                        "never nock an arrow before the two whistle blasts that open shooting;",
                        "draw your bow only towards the target, never towards a person, even without an arrow;",
                        "walk to the targets only at three whistle blasts, all together, and never run on the range;",
                        "wear closed shoes and the arm guard, and tie back long hair and loose sleeves;",
                        "no alcohol at the sessions and at the tournament.",
                    ],
                ),
                ("h2", "Events"),
                (
                    "p",
                    "The club shoots at about 5 events a year: the welcome week, the open day of the Saint-Priest "
                    "campus, two friendly matches with the clubs of the region and the Flèche du Printemps. "
                    "Students who help run the Flèche du Printemps and come to at least 20 sessions can have it "
                    "recognised as a student engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: La Cible, Student House, lacible@asso.umontpellier.fr, +33 4 65 82 34 63. "
                    "Triolet campus, building 20, room 122; Monday and Wednesday, 17:00–18:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-mosaic-workshop.docx": {
        "title": "Stone and glass: the mosaic workshop \"Atelier Tesselles\" of the Culture Department – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/mosaic-workshop",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Stone and glass: the mosaic workshop \"Atelier Tesselles\" of the Culture Department – guide 2027-2028"),
            (
                "p",
                "Mosaics have covered floors and walls for more than two thousand years: the Roman floors found "
                "all around the Mediterranean, the golden walls of Ravenna and Istanbul, the zellige of Morocco, "
                "the broken tiles of Gaudí in Barcelona. A mosaic is made of tesserae, small pieces of stone, "
                "glass or ceramic set side by side. In a workshop of the Triolet campus, a mosaicist of the "
                "Culture Department teaches students and staff to cut tesserae and to set them. You make a "
                "coaster in an afternoon, and a panel or a mirror frame in a few weeks. In 2026-2027, 95 people "
                "made 180 pieces in the workshop.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The workshop is open to UM students, researchers and staff; it is not open to the public. "
                "Participants must be 16 or over, because the workshop uses glass cutters, nippers and a hammer. "
                "The mosaicist explains in French, in English and in Spanish. Students with a need-based grant "
                "pay 30% less for every course.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery afternoon: a coaster in glass tesserae", "second Wednesday of each month, 14:00–17:00, from October to May", "the mosaic workshop, Triolet campus, building 33, room 33.04", "€15, materials included"],
                    ["Roman mosaic course: a panel in marble and stone, in 6 sessions", "6 Tuesdays from 9 November to 14 December 2027, 18:00–21:00", "the mosaic workshop, room 33.04", "€70, stone included"],
                    ["broken-tile mosaic: a mirror frame in 2 days", "Saturday 22 and Saturday 29 January 2028, 9:30–16:30", "the mosaic workshop, room 33.04", "€40, tiles and mirror included"],
                    ["a house number plate for outdoors, in 3 sessions", "3 Thursdays from 2 to 16 March 2028, 18:00–21:00", "the mosaic workshop, room 33.04", "€35"],
                    ["open workshop for those who have followed a course", "every Friday, 14:00–18:00", "the mosaic workshop, room 33.04", "€3 per afternoon; tesserae at cost"],
                ],
            ),
            (
                "p",
                "The discovery afternoons take 12 people, each course 10, and the open workshop 8. Register for "
                "the discovery afternoons and the courses in the \"Culture\" tile of your UM account; book the open "
                "workshop at the desk of the workshop.",
            ),
            ("h1", "Preparing a course"),
            (
                "p",
                "Tools, goggles and gloves are lent. To book a course and come prepared, follow these steps:",
            ),
            (
                "num",
                [
                    "Register for the course in the \"Culture\" tile of your UM account and pay within 5 days, by "
                    "bank card or with Izly.",
                    "Bring a drawing of your design at full size to the first session, or choose one in the "
                    "pattern folder of the workshop.",
                    "Come in closed shoes and in clothes that can get dirty; aprons are lent.",
                    "At the first session, practise cutting with the nippers on offcuts before you touch your own "
                    "piece.",
                    "Stay 30 minutes longer at the last session for the grouting, and collect your piece at the "
                    "desk one week later, once the grout has dried.",
                ],
            ),
            ("h1", "Taking your work home"),
            (
                "p",
                "Your pieces are yours. A stone panel of 30 by 30 centimetres weighs about 4 kilograms: to take "
                "it abroad, pack it flat in your hold luggage, never in the cabin. The workshop gives bubble wrap "
                "and a cardboard box for free. Pieces for outdoors stand frost only if they are set with the "
                "outdoor adhesive of the house number course.",
            ),
            ("h1", "Rules in the workshop"),
            (
                "bullet",
                [
                    "wear safety goggles whenever you cut glass or stone, even for one cut;",
                    "sweep up shards with the brush and the dustpan, never with your hand;",
                    "no food or drink at the benches;",
                    "pour grout and adhesive waste into the bucket, never into the sink: it blocks the pipes;",
                    "never take tesserae out of the workshop without paying for them.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Atelier Tesselles, Culture Department: tesselles@umontpellier.fr, +33 4 65 82 53 48. Triolet "
                "campus, building 33, room 33.04; Tuesday and Friday, 13:30–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-amateur-radio-club.md"] = """---
title: Ondes Courtes – the amateur radio club and its campus station, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/ondes-courtes-amateur-radio
audience: students, researchers and staff
language: en
---

# Ondes Courtes: the amateur radio club and its campus station

Long before the internet, radio amateurs were talking across oceans with a few watts and a wire strung between two trees. They still do, by voice, in Morse code and through small satellites built by other amateurs, and when storms cut the phone networks, they pass on messages for the emergency services. "Ondes Courtes" is a student association that runs an amateur radio station in building 6 of the Triolet campus, under the supervision of a licensed radio amateur of the Department of Physics. This page applies to the academic year 2027-2028. In 2026-2027, 52 members made 4,100 contacts with stations in 117 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery afternoon: listen to the world and make a first contact | Saturday 16 October 2027, 14:00–17:00 | the club station, Triolet campus, building 6, room 115 | 1 | free |
| Morse code for beginners | Monday, 18:30–20:00 | the club station, room 115 | 10, from 18 October 2027 | €15 |
| licence course: rules, electronics and radio technique | Wednesday, 18:00–20:30 | Triolet campus, building 6, room 112 | 12, from 12 January 2028 | €30, exam fee not included |
| satellite evening: a contact through an amateur satellite | Thursday 3 February 2028, 19:00–22:00 | the roof terrace of building 6 | 1 | free for members |
| antenna day: build a wire antenna for your window | Saturday 11 March 2028, 9:30–16:30 | the electronics room of building 6, room 108 | 1 | €18, parts included |

Each course takes 12 people, and the antenna day 10. Staff and researchers pay €10 more per course; students with a need-based grant pay a third of the price. Registration for the autumn activities opens on 4 October 2027, and for the spring ones on 6 December 2027, in the "Student House" tile of your UM account. Headphones, Morse keys and radios are lent.

## Who can take part?

UM students, exchange students included, doctoral candidates, researchers and staff, from the age of 15. Anyone may listen. To transmit, you need the French amateur radio licence, or the licence of a country that France recognises for short stays; members without a licence speak on the air only from the club station, with a licensed member next to them.

## The licence and the open station

The licence course prepares the national exam: 20 questions on the rules and 20 on technique, with at least 10 correct answers in each part. The club holds a group exam session in Montpellier with the national frequency agency on Tuesday 6 June 2028; the exam fee of €30 is paid to the agency.

Members can use the station during the open hours, every Tuesday and Thursday from 17:00 to 21:00 and on the first weekend of each month from 10:00 to 18:00. Membership costs €10 for the academic year for students and €20 for staff. Radio amateurs confirm a contact by exchanging a postcard, the QSL card: the club prints 100 cards a year for each member for free.

## How to become a station operator

To operate the station, follow these steps:

1. Come to the discovery afternoon, or follow at least 3 sessions of the Morse course.
2. Join the club in the "Student House" tile of your UM account, under "Ondes Courtes".
3. Take the 1-hour station safety induction with the supervisor, on the first Saturday of each month at 10:00, and sign the station charter.
4. Show your licence to the supervisor, who adds you to the list of operators; without a licence, you operate only next to a licensed member.
5. Book your slots on the club's online calendar, at most 4 hours a week, and write every contact in the station logbook.

## Station rules

- only the supervisor goes up on the roof or touches the antennas
- when a thunderstorm is forecast, switch off the station and unplug the antenna cables
- transmit only inside the amateur bands, and never play music on the air
- no business, no politics and no advertising on the air
- the last person to leave switches off the power and locks the door

## Contest weekend and credits

Once a year, the club takes part in an international contest: from Saturday 13 May 2028 at 14:00 to Sunday 14 May at 14:00, members take turns at a station in a tent on the Saint-Priest campus and contact as many stations as they can in 24 hours. Students who operate at least 30 hours in the year and take a turn at the contest weekend can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I talk to my family at home with the club's radio? Only if they are radio amateurs themselves: amateur radio links licensed stations, it is not a phone line.

I study law. Is this for me? Yes: a third of the members study law, languages or medicine, and the licence course starts from zero.

## Contact

Ondes Courtes, Student House: ondescourtes@asso.umontpellier.fr, +33 4 65 82 34 15. Triolet campus, building 20, room 118; Tuesday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-speedcubing-club.html"] = html_page(
    "Quart de Tour, the speedcubing club: FAQ",
    "Quart de Tour: the beginners' method, speed methods, the blindfolded day, the timing nights and the Montpellier Cube Open.",
    "https://www.umontpellier.fr/en/campus-life/student-house/speedcubing-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-speedcubing-faq",
    """    <h1>Quart de Tour, the speedcubing club: FAQ</h1>
    <p>In 1974, Ernő Rubik, a Hungarian teacher of architecture, made a cube of wood and elastic to show his students how objects move in space. Half a century later, solving the cube and its cousins as fast as possible is a sport with competitions on every continent, and the world record is under 4 seconds. "Quart de Tour" is the speedcubing club of the Student House. Its members learn to solve the cube, then to solve it fast, with one hand or blindfolded, and to solve the other puzzles of the family: the pyramid, the megaminx and cubes from 2x2 to 7x7. You need no gift for mathematics. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 44 members from 16 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>beginners' method: your first complete solve</td><td>Tuesday, 18:00–19:30, 5 sessions from 12 October 2027</td><td>the games room of the Student House, Triolet campus, building 20, room 016</td><td>€10, a cube to keep included</td></tr>
        <tr><td>speed methods: the first two layers together, the last layer in two steps</td><td>Thursday, 18:30–20:30, from 14 October 2027</td><td>the games room, room 016</td><td>free for members</td></tr>
        <tr><td>blindfolded solving day</td><td>Saturday 29 January 2028, 10:00–16:00</td><td>Richter campus, building C, room C.205</td><td>€8</td></tr>
        <tr><td>timing nights: timed rounds on competition timers</td><td>second Friday of each month, 19:00–22:00, from 12 November 2027</td><td>the cafeteria of the Student House</td><td>free, open to everyone</td></tr>
        <tr><td>"Montpellier Cube Open", an official competition</td><td>Saturday 8 and Sunday 9 April 2028, 9:00–18:00</td><td>the hall of building 9, Triolet campus</td><td>€12 entry fee, free for spectators</td></tr>
      </tbody>
    </table>
    <p>Membership costs €6 for the academic year for students and €12 for staff. The beginners' method takes 16 people and the blindfolded day 10. The Montpellier Cube Open takes 90 competitors.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over. The timing nights and the Montpellier Cube Open are open to everyone, at UM or not, at any age; competitors under 18 bring a parental authorisation.</p>

    <h2>Do I need my own cube?</h2>
    <p>No. The club lends 30 cubes of every size during sessions, and the beginners' method includes a 3x3 cube that you keep. Twice a year, in October and in March, members can order cubes through the club's group order, at 20% below the shop price.</p>

    <h2>How do I enter the Montpellier Cube Open?</h2>
    <p>The results of the Open count in the world ranking of the World Cube Association. To compete, proceed as follows:</p>
    <ol>
      <li>Create your competitor profile on the website of the World Cube Association.</li>
      <li>Register on the page of the Open, linked from the "Student House" tile of your UM account, from 1 to 28 February 2028, and pay the €12 entry fee; places are given in order of registration.</li>
      <li>Choose your events: at most 5 of the 9 events of the Open.</li>
      <li>Watch the 10-minute video on the competition rules, from the 15 seconds of inspection to the use of the timer.</li>
      <li>On the day, check in at the welcome desk before 8:45 with an identity document, and judge or scramble for at least one round of an event you do not compete in.</li>
    </ol>

    <h2>What are the rules of the timing nights?</h2>
    <p>A timer is precise and fragile, so the club has four rules:</p>
    <ul>
      <li>touch only your own cube and the timer of your station;</li>
      <li>no food or drink on the timing tables;</li>
      <li>take a cube apart or lubricate it only in the repair corner, never at the tables;</li>
      <li>silence during a blindfolded attempt.</li>
    </ul>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who help run the Montpellier Cube Open on both days and come to at least 10 club sessions can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Is my time at a timing night a record?</h2>
    <p>No. Only the results of official competitions such as the Open enter the world ranking; the times of the timing nights go on the club's own board.</p>

    <h2>Whom do I contact?</h2>
    <p>Quart de Tour, Student House: quartdetour@asso.umontpellier.fr, +33 4 65 82 34 27. Triolet campus, building 20, room 216; Thursday, 17:00–19:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-speedcubing-club.meta.yaml"] = sidecar(
    "Quart de Tour, the speedcubing club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/speedcubing-club-faq",
    "students, researchers and staff",
)

TEXTS["03-toad-crossing-volunteers.md"] = """---
title: Route des Crapauds – carrying toads and newts across the road to their pond, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/route-des-crapauds
audience: students, researchers and staff
language: en
---

# Route des Crapauds: helping toads and newts across the road

On the first mild and rainy nights at the end of winter, toads, frogs and newts leave the woods where they spent the winter and walk back to the pond where they were born, to breed. North of Montpellier, the road of the Mas de Caylus runs between such a wood and such a pond, and 3,000 cars use it every day: before 2022, hundreds of animals were run over each spring. Since then, the association "Mares Vivantes" and the Student Life Department, with ecologists of the university, have put up a low fence along 800 metres of road each winter. The animals follow the fence and drop into buckets sunk into the ground; volunteers carry the buckets across the road, count the animals and release them on the side of the pond. This page applies to the academic year 2027-2028. In 2027, 130 volunteers carried 9,400 animals of 7 species across the road.

## Ways to help

| Activity | When | Where | Places |
|---|---|---|---|
| putting up the fence | Saturday 22 January 2028, 9:00–16:00 | the road of the Mas de Caylus | 30 |
| evening bucket rounds | every evening from 1 February to 31 March 2028, 19:00–21:00 | along the fence | 6 per evening |
| morning bucket rounds | every morning from 1 February to 31 March 2028, 7:30–8:30 | along the fence | 4 per morning |
| taking down the fence | Saturday 8 April 2028, 9:00–13:00 | the road of the Mas de Caylus | 20 |

Each volunteer takes at least 6 rounds in the season. For the evening rounds, a minibus with 8 seats leaves the Student House at 18:30 and brings volunteers back at 21:30; morning volunteers come by their own means, since the first bus arrives too late. Each animal is noted on the count sheet: its species, its sex and whether it is alive. The counts go to the regional biodiversity database, and they support the plan of the Hérault to build a tunnel for amphibians under the road in 2029.

## The species

The volunteers meet the spiny toad, by far the most common, the natterjack toad, the parsley frog, the tree frog, the palmate newt, the marbled newt and, on the wettest nights, the fire salamander. Nobody needs to know them in advance: the training and the identification card in the app are enough.

## Who can take part?

UM students, exchange students included, doctoral candidates, researchers and staff. The fence days are open from the age of 16; the bucket rounds are for people aged 18 or over, because they take place in the dark next to a road. Children aged 8 or over may come to the fence days with a parent.

## How to start

Identification training takes place on Thursday 13 January and on Tuesday 18 January 2028, from 18:00 to 19:30, in room 3.12 of building 4 of the Triolet campus. To take part in the rounds, follow these steps:

1. Fill in the volunteer form in the "Student Life" tile of your UM account by 20 January 2028, with the rounds you prefer, morning or evening.
2. Attend one of the two identification trainings.
3. Choose your rounds on the shared rota of "Mares Vivantes", which opens on 24 January 2028.
4. Install the count app on your phone and log in with the code given at the training.
5. Walk your first round with an experienced volunteer, who shows you how to lift an animal and how to empty a bucket.

## Rules on the roadside

- wear the reflective vest you are lent at all times, and cross the road only at the marked crossing
- no sun cream, insect repellent or hand cream before a round: amphibians breathe partly through their skin
- wet your hands in the bucket before you pick up an animal, and hold it gently, never by a leg
- wash your hands after the round: the skin of toads and salamanders gives off irritating substances
- never take an animal, an egg or a tadpole home

## Credits

Every volunteer receives a certificate giving the number of rounds. Students who attend a training and take at least 15 rounds can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

What if it is dry and cold? Few animals move below 6 degrees or without rain, but the rounds still take place: animals that fall into a bucket cannot wait until the next rain.

I am afraid of toads. Can I still help? Yes: count-sheet keepers hold the torch and write down what the others find, without touching anything.

Are the animals dangerous? No. Toads do not give warts; just keep your hands away from your eyes until you have washed them.

## Contact

Route des Crapauds, Student Life Department: crapauds@umontpellier.fr, +33 4 65 82 36 45. Student House, Triolet campus, building 20, room 104; Monday to Thursday, 14:00–16:30.
"""

TEXTS["04-faq-wine-tasting-club.html"] = html_page(
    "Le Cep, the wine-tasting club: FAQ",
    "Le Cep: the introduction to tasting, the wines of the world evenings, wine and cheese, the Nez d'Or contest and the estate visit.",
    "https://www.umontpellier.fr/en/campus-life/student-house/wine-tasting-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-oenologie-faq",
    """    <h1>Le Cep, the wine-tasting club: FAQ</h1>
    <p>Vines have grown around Montpellier for more than two thousand years, and the Languedoc is today the largest wine region of France. "Le Cep" is the wine-tasting club of the Student House. Its members learn to look at a wine, to smell it and to describe it, and to understand what the grape, the soil, the climate and the winemaker give to it, from the Languedoc to Georgia, where wine was first made 8,000 years ago. Tasting is not drinking: each sample is 3 centilitres, and it is spat out. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 70 members from 19 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>introduction to tasting: colour, nose and mouth</td><td>Monday, 19:00–21:00, 4 sessions from 8 November 2027</td><td>the tasting room of the Student House, Triolet campus, building 20, room 022</td><td>€40 for the 4 evenings</td></tr>
        <tr><td>wines of the world: Georgia, Chile, South Africa, Lebanon and more</td><td>first Thursday of each month, 19:00–21:30, from 2 December 2027</td><td>the tasting room, room 022</td><td>€12 per evening</td></tr>
        <tr><td>wine and cheese: which goes with which</td><td>Wednesday 16 February 2028, 19:00–21:30</td><td>the tasting room, room 022</td><td>€15</td></tr>
        <tr><td>blind tasting contest "Nez d'Or", in teams of three</td><td>Friday 24 March 2028, 18:30–22:00</td><td>the cafeteria of the Student House</td><td>€6 per team</td></tr>
        <tr><td>visit to a wine estate of the Pic Saint-Loup: the vines in spring and the cellar</td><td>Saturday 13 May 2028, 9:00–17:00</td><td>by coach from the Student House</td><td>€25, lunch included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €10 for the academic year for students and €20 for staff and researchers. The introduction takes 14 people, the wines of the world evenings 20, and the coach of the visit 45.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over, since wine is served. Your age is checked at the door with your student or staff card. People who do not drink alcohol are welcome: they smell and describe the wines without tasting them, and a grape juice of the same grape is served to them at every evening.</p>

    <h2>How do I start?</h2>
    <p>The first evening starts from zero: glasses, spittoons and the aroma kit are provided. To join the club, proceed as follows:</p>
    <ol>
      <li>Pay the membership in the "Student House" tile of your UM account, under "Le Cep".</li>
      <li>Register for the introduction in the same tile, from 25 October 2027; its places are given in order of registration.</li>
      <li>Bring your student or staff card to every evening, for the age check at the door.</li>
      <li>At the first evening, collect your tasting notebook and learn the 24 scents of the aroma kit.</li>
      <li>After the introduction, book the wines of the world evenings month by month, in the same tile.</li>
    </ol>

    <h2>What are the rules of the club?</h2>
    <p>A tasting is only useful with a clear head, so the club has four rules:</p>
    <ul>
      <li>spit every sample into the spittoon, and never taste more than 8 samples in an evening;</li>
      <li>no perfume or aftershave at a tasting: it hides the smell of the wines;</li>
      <li>nobody comes by car or by motor scooter: the evenings end before the last tram;</li>
      <li>water and bread are on every table; drink water between the samples.</li>
    </ul>

    <h2>Can I bring a wine from my country?</h2>
    <p>Yes. Members may bring a bottle from their home country to a wines of the world evening, after telling the club 2 weeks before; the club pays them back up to €15 a bottle.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>No. Le Cep gives no ECTS credits, but every member who follows the whole introduction receives a certificate of the four evenings.</p>

    <h2>Does the club sell wine?</h2>
    <p>No. The club sells no wine and no tastings to people outside the club, and it does not serve wine at parties or at events of other associations.</p>

    <h2>Whom do I contact?</h2>
    <p>Le Cep, Student House: lecep@asso.umontpellier.fr, +33 4 65 82 34 39. Triolet campus, building 20, room 218; Wednesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-wine-tasting-club.meta.yaml"] = sidecar(
    "Le Cep, the wine-tasting club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/wine-tasting-club-faq",
    "students, researchers and staff",
)

TEXTS["05-campus-hens.txt"] = """LES COCOTTES: THE HENS OF THE SAINT-PRIEST CAMPUS - 2027-2028
University of Montpellier - Student Life Department

Since 2022, 14 hens have lived in a henhouse at the edge of the orchard of the Saint-Priest campus. They eat the vegetable peelings of the student restaurant of the campus, about 2 tonnes a year that would otherwise be thrown away, and they lay about 3,000 eggs a year. Some are old breeds of France, such as the Marans and the Gatinaise; others are laying hens rescued from farms at the end of their career. The student association Les Cocottes looks after them with the Grounds Service. No experience is needed: many members had never held a hen before. In 2026-2027, the association had 58 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each led by an experienced member:

the morning round: opening the henhouse, fresh water and grain
the evening round: shutting the hens in at dusk, against the foxes
the peelings round: collecting the peelings at the kitchen door of the student restaurant
eggs: collecting, dating and sharing out the eggs
cleaning: changing the straw of the henhouse on Saturday mornings
compost: turning the old straw into compost for the campus orchard

Members can take part in several activities. The morning round starts at 7:45; the time of the evening round follows the sunset and is shown each week on the rota.

THE MEETINGS

The association meets on the first Wednesday of each month, from 12:30 to 13:30, in room 3.014 of building 3 of the Saint-Priest campus, from 6 October 2027 to 7 June 2028. Each member takes at least one round a week for a whole term.

MEMBERSHIP AND EGGS

Membership is free for students and costs EUR 10 for the academic year for staff and researchers. The member who does the morning round takes home up to 6 eggs; the other eggs go to the food parcels of the Student Life Department. Eggs are never sold.

HOW DO I JOIN?

1. Come to a monthly meeting, or to the henhouse on a Saturday morning during the cleaning.
2. Register in the "Student House" tile of your UM account, under "Les Cocottes".
3. Attend the 1-hour hygiene and handling induction, held at the henhouse on the second Saturday of each month at 10:00.
4. Choose your rounds on the shared rota, at least one a week.
5. Do your first round with an experienced member, who gives you the code of the padlock.

BIRD FLU

When the national risk level for bird flu is "high", the hens stay in their covered run, visits are stopped, and members step into the disinfectant foot bath at the gate before each round. Members who have been near other poultry in the previous 3 days do not come to the henhouse.

RULES AT THE HENHOUSE

Always close the gate of the run and the door of the henhouse behind you. Wash your hands after handling a hen or an egg. Never give the hens meat, avocado, citrus peel or salty food. Never take a hen out of the run. Write every round in the henhouse notebook, with the number of eggs.

SUMMER

The student restaurant closes from 21 July to 24 August 2028: during those weeks, the Grounds Service buys grain, and members who stay in Montpellier keep the rounds going.

OPEN DAY

On Saturday 15 April 2028, from 10:00 to 12:00, the henhouse is open to the families of students and staff. Children aged 5 or over can hold a hen, with a member next to them. The open day is free.

CONTACT

Les Cocottes, Student Life Department
E-mail: cocottes@asso.umontpellier.fr
Phone: +33 4 65 82 37 52
Saint-Priest campus, building 3, room 3.014. Friday, 12:00-13:30.
"""

TEXTS["05-campus-hens.meta.yaml"] = sidecar(
    "Les Cocottes, the hens of the Saint-Priest campus 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/volunteering/campus-hens",
    "students, researchers and staff",
)

TEXTS["06-evening-rounds-with-homeless-people-2027.md"] = """---
title: Maraudes Solidaires – evening rounds with homeless people in Montpellier, winter 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/maraudes-solidaires
audience: students, researchers and staff
language: en
valid_until: 2028-03-31
---

# Maraudes Solidaires: evening rounds with homeless people, winter 2027-2028

Every winter, several hundred people sleep in the streets of Montpellier, and many of them spend whole days without speaking to anyone. Maraudes Solidaires, run by the Student Life Department with the association "Chaleur Humaine", sends small teams of volunteers out in the evening to meet them: to bring a hot drink, soup and a blanket, to talk, and to tell them about the night shelters, the day centres and the emergency number 115. A "maraude", in French, is such a round on foot. This is the fourth winter of the programme. In the winter of 2026-2027, 96 volunteers made 410 rounds and met about 380 people.

## Who can take part?

UM students of every level, exchange students included, doctoral candidates, researchers and staff, aged 18 or over. You do not need to speak fluent French: each team has at least two French speakers, and many of the people met speak Arabic, Spanish, Romanian or English.

## Training and rounds

| Activity | Dates | Place | Registration |
|---|---|---|---|
| training evenings | Tuesday 19 October and Thursday 21 October 2027, 18:30–21:00 | room 1.03 of building 9, Triolet campus | from 27 September to 15 October 2027 |
| evening rounds | every Monday, Wednesday and Friday from 2 November 2027 to 31 March 2028, 19:30–22:30 | the city centre, from the base of Chaleur Humaine near the Saint-Roch station | from 27 September to 30 November 2027 |
| Sunday breakfasts | every Sunday from 7 November 2027 to 26 March 2028, 8:00–10:30 | the day centre of Chaleur Humaine, Figuerolles district | whenever a place is free |
| collection of warm clothes | from 15 to 26 November 2027 | the reception desk of the Student House | none |

Teams of 4 walk together, led by an experienced volunteer of Chaleur Humaine. Each volunteer makes at least 8 rounds in the winter. The rounds take 48 volunteers, in order of registration, but volunteers who stay in Montpellier during the Christmas holidays go first. After a round, the association's van drops volunteers at a tram stop, or at home within Montpellier after 22:30.

## Training

Every volunteer attends one training evening: how to start a conversation, how to respect someone's refusal, what to do in an emergency and which services exist in the city. It is given in French, with an interpreter into English on the Thursday evening.

## How to volunteer

To take part in the rounds, follow these steps:

1. Fill in the volunteer form in the "Student Life" tile of your UM account, with the evenings you can do and the languages you speak.
2. Attend a training evening; a volunteer who misses both evenings cannot go on rounds.
3. Sign the charter of Chaleur Humaine on respect and confidentiality.
4. Choose your rounds on the association's online planning, before the 25th of each month for the following month.
5. Make your first round as an observer, as the fifth member of an experienced team.

## Rules on the rounds

- always stay with your team: never go alone, and never go into a squat or a tent
- never give money, and never give your phone number or your address
- never take photos of the people you meet, and never post about them on social media
- ask before you sit down or offer anything, and accept a no
- in a medical emergency, the team leader calls 15; for a bed for the night, the team calls 115 with the person

## What volunteers receive

Each volunteer is lent a warm jacket of the association for the winter and receives a certificate of volunteering. Students who attend the training and make at least 12 rounds can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

I am afraid I will not know what to say. Most of a round is listening: the team leader starts the conversations, and many people simply want to talk about football, the weather or their country.

Can I bring clothes or food that I have at home? Bring clean warm clothes, sleeping bags and hygiene products to the collection in November. Food cooked at home cannot be handed out, for reasons of food safety.

What if someone is aggressive? The team steps back calmly and moves on; the team leader decides, and reports the incident to the association.

## Contact

Maraudes Solidaires, Student Life Department: maraudes@umontpellier.fr, +33 4 65 82 36 58. Student House, Triolet campus, building 20, room 106; Monday to Thursday, 10:00–12:30.
"""

TEXTS["10-prison-workshop-volunteers.md"] = """---
title: Passe-Murailles – student volunteers running workshops in prison, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/passe-murailles
audience: students and doctoral candidates
language: en
---

# Passe-Murailles: student volunteers running workshops in prison

Most people in prison will come out one day, and what they learn inside makes a difference to what comes next: many left school early, and some speak little French. Passe-Murailles, run by the Student Life Department with the teaching unit of the prison of Villeneuve-lès-Maguelone and its probation service, trains students to run weekly workshops with prisoners, next to the prison's own teachers. Volunteers do not teach as professionals: they help, listen, and bring the outside world in for two hours. This page applies to the academic year 2027-2028. In 2026-2027, 34 students ran 620 workshops.

## Workshops

| Workshop | With whom | When | Where |
|---|---|---|---|
| study support | prisoners preparing a diploma, from the first school certificate to the diploma that gives access to university, in groups of 4 | Tuesday, 14:00–16:00 | the school of the prison |
| French conversation | foreign prisoners who speak little French | Thursday, 14:00–16:00 | the library of the prison |
| debate club | adults of the detention building, on a subject they choose | Saturday, 9:30–11:30 | the activity room |

Volunteers come every week, always to the same workshop, from November to June, and always in pairs. Each workshop takes 8 students. A minibus of the Student Life Department leaves the Triolet campus at 13:00 on Tuesdays and Thursdays and at 8:45 on Saturdays, and brings volunteers back after the workshop.

## Who can take part?

UM students, exchange students included, and doctoral candidates, aged 18 or over, who stay in Montpellier until the end of June: the clearance of the prison administration takes about 8 weeks, so a volunteer who leaves in January could hardly start. You need an identity card or a passport; volunteers from outside the European Union also need a residence permit valid until June. For study support and the debate club, you need at least a B2 level in French.

## How to join

Two information meetings take place, on Tuesday 21 September and on Wednesday 29 September 2027, at 12:30, in room 110 of the Student House. To join, follow these steps:

1. Attend an information meeting, or watch its recording in the "Student Life" tile of your UM account.
2. Send the application form in the same tile by 8 October 2027, with a copy of your identity document and, if you need one, of your residence permit.
3. Wait for the clearance of the prison administration, which sends you an entry card after about 8 weeks.
4. Follow the training: 3 evenings of 2 hours on the prison, its rules and how to run a workshop, and a visit of the prison with an officer of the probation service.
5. Run your first 2 workshops with an experienced volunteer before you go with another beginner.

## Rules inside

- bring in only your entry card and your identity document: phones, keys, bags and money stay in the lockers at the entrance
- never give, receive or carry anything, not even a letter or a book, without the agreement of the teacher
- give only your first name, never your address, your phone number or your social media accounts
- never ask a prisoner why they are in prison
- follow the instructions of the prison staff at all times, and leave the room at once if an alarm sounds

## Events and credits

In December 2027, a collection of new dictionaries and French textbooks takes place at the reception desk of the Student House: the prison accepts only new books, in their wrapping. On Saturday 10 June 2028, the debate club holds its end-of-year debate inside the prison, in front of a jury of teachers. Students who run at least 20 workshops and follow the whole training can have it recognised as a student engagement unit worth 2 ECTS credits. Every volunteer receives a certificate at the end of the year.

## FAQ

I study law. Can I help prisoners with their case? No. Volunteers never give legal advice; prisoners can see the lawyers of the legal aid point of the prison.

Is it safe? Workshops take place in the school, the library and the activity room, with prison staff nearby and an alarm button in each room.

What if I miss a week? Tell the coordinator at least 48 hours ahead: the other volunteer of your pair runs the workshop, or it is postponed.

## Contact

Passe-Murailles coordinator, Student Life Department: passemurailles@umontpellier.fr, +33 4 65 82 36 87. Student House, Triolet campus, building 20, room 112; Tuesday and Friday, 9:30–12:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time and their volunteering: amateur radio, speedcubing, the toad crossing, wine tasting, the campus hens, the evening rounds with homeless people, cosplay, archery, mosaic and the prison workshops. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Ondes Courtes, Student House | the amateur radio club, its courses, the station and the contest weekend | ondescourtes@asso.umontpellier.fr | +33 4 65 82 34 15 | Student House, Triolet campus, building 20, room 118 | Tuesday and Thursday, 12:30–14:00 |
| Quart de Tour, Student House | the speedcubing club, its sessions and the Montpellier Cube Open | quartdetour@asso.umontpellier.fr | +33 4 65 82 34 27 | Student House, Triolet campus, building 20, room 216 | Thursday, 17:00–19:00 |
| Route des Crapauds, Student Life Department | the toad crossing, the fence days, the bucket rounds and the minibus | crapauds@umontpellier.fr | +33 4 65 82 36 45 | Student House, Triolet campus, building 20, room 104 | Monday to Thursday, 14:00–16:30 |
| Le Cep, Student House | the wine-tasting club, its evenings, the Nez d'Or and the estate visit | lecep@asso.umontpellier.fr | +33 4 65 82 34 39 | Student House, Triolet campus, building 20, room 218 | Wednesday, 12:30–14:00 |
| Les Cocottes, Student Life Department | the campus hens, the rounds and the open day | cocottes@asso.umontpellier.fr | +33 4 65 82 37 52 | Saint-Priest campus, building 3, room 3.014 | Friday, 12:00–13:30 |
| Maraudes Solidaires, Student Life Department | the evening rounds, the Sunday breakfasts, the collection of warm clothes | maraudes@umontpellier.fr | +33 4 65 82 36 58 | Student House, Triolet campus, building 20, room 106 | Monday to Thursday, 10:00–12:30 |
| Cosplay Campus, Culture Department | the costume workshops, the parade, the lockers | cosplay@umontpellier.fr | +33 4 65 82 53 74 | Triolet campus, building 7, room 034 | Tuesday and Thursday, 14:00–17:00 |
| La Cible, Student House | the archery club, its sessions and the Flèche du Printemps | lacible@asso.umontpellier.fr | +33 4 65 82 34 63 | Student House, Triolet campus, building 20, room 122 | Monday and Wednesday, 17:00–18:30 |
| Atelier Tesselles, Culture Department | mosaic courses, discovery afternoons, the open workshop | tesselles@umontpellier.fr | +33 4 65 82 53 48 | Triolet campus, building 33, room 33.04 | Tuesday and Friday, 13:30–17:00 |
| Passe-Murailles coordinator, Student Life Department | the prison workshops, the clearance, the training, the book collection | passemurailles@umontpellier.fr | +33 4 65 82 36 87 | Student House, Triolet campus, building 20, room 112 | Tuesday and Friday, 9:30–12:00 |

## Useful to know

People with a disability who need step-free access, a hearing loop or adapted headphones, documents in large print or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability@umontpellier.fr, +33 4 65 82 70 15, Triolet campus, building 8, room 006; Monday to Friday, 9:00–12:00 and 14:00–17:00. The service arranges the adaptation with the activity.

Exchange students who want the credits of an activity of this directory (the radio club, the speedcubing club, the toad crossing, the evening rounds, cosplay, archery, the prison workshops) in their learning agreement ask the international relations officer of their faculty, not the services above. The wine-tasting club and the campus hens give no credits.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 30.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-evening-rounds-with-homeless-people-2024.txt"] = """EVENING ROUNDS WITH HOMELESS PEOPLE - WINTER 2024-2025
University of Montpellier - Student Life Department

This winter, UM invites its students to join evening rounds in the streets of Montpellier, to bring hot drinks and blankets to homeless people and to tell them where they can sleep. The winter of 2024-2025 is the first one.

WHO CAN TAKE PART?

UM students aged 18 or over, in a bachelor's or a master's degree. Exchange students, doctoral candidates and staff cannot take part in this first winter.

TRAINING

One training evening takes place on Wednesday 16 October 2024, from 18:00 to 20:30, in room 2.10 of building 2 of the Triolet campus. It is given in French only.

THE ROUNDS

Rounds take place every Tuesday and Thursday from 4 November 2024 to 28 February 2025, from 20:00 to 23:00, in the city centre. Teams of 3 students walk together. Each volunteer makes at least 10 rounds. Volunteers go home by their own means after the round.

PLACES AND REGISTRATION

The rounds have 24 places for volunteers, given on a first come, first served basis. Registration opens on 1 October 2024 and closes on 31 October 2024.

HOW TO REGISTER

1. Send the volunteer form by e-mail to the Student Life Department.
2. Attend the training evening.
3. Collect your badge and your thermos flask at the Student House; both must be given back at the end of the winter.

WHAT VOLUNTEERS RECEIVE

Volunteers receive a certificate of volunteering. The rounds do not give ECTS credits.

CONTACT

Student Life Department
E-mail: solidarite@umontpellier.fr
Phone: +33 4 65 82 36 10
Student House, Triolet campus, building 20, room 102. Tuesday and Thursday, 14:00-17:00.
"""

TEXTS["31-evening-rounds-with-homeless-people-2024.meta.yaml"] = sidecar(
    "Evening rounds with homeless people, winter 2024-2025",
    "https://www.umontpellier.fr/en/campus-life/volunteering/evening-rounds-2024",
    "students",
    "2025-03-31",
)

TEXTS["40-cergy-cosplay-workshops-and-speedcubing-club.md"] = """---
title: CY Cergy Paris Université – the cosplay workshops and the speedcubing club
url: https://www.cyu.fr/en/campus-life/cosplay-and-speedcubing
audience: students and staff
language: en
---

# CY Cergy Paris Université: the cosplay workshops and the speedcubing club

This page of CY Cergy Paris Université presents the cosplay workshops and the speedcubing club of its student life service. It applies only to students and staff of CY Cergy Paris Université, on its sites of Les Chênes, Saint-Martin and Neuville.

## Cosplay workshops and parade

Students make their own costumes with a costume designer and show them at a parade on the Chênes site.

| Rule | CY Cergy Paris Université |
|---|---|
| workshops | 8 people per workshop, open from 18 years old |
| foam armour workshop | 3 sessions, €45 |
| parade | Saturday 13 May 2028, one category only, judged on stage |
| registration | until 30 April 2028, by e-mail |
| props | up to 2 metres long, checked on the morning of the parade |
| prize | a voucher of €200 for the winner |
| credits | 2 ECTS credits after 5 workshops |

Contact: cosplay workshops, cosplay@cyu.fr, +33 1 34 25 60 10.

## Speedcubing club

The speedcubing club meets on the Saint-Martin site and holds an official competition every spring.

- the club meets every Wednesday, from 18:00 to 20:00
- membership costs €8 a year for students and is free for staff
- the beginners' course costs €20, cube included, and takes 12 people
- members must be 14 or over
- the club lends no cubes: members bring their own
- the Cergy Cube Open takes place on Saturday 20 May 2028, with an entry fee of €15 and 60 competitors
- students receive 1 ECTS credit after 15 club evenings

Contact: speedcubing club, cubes@cyu.fr, +33 1 34 25 61 20.
"""

TEXTS["41-liege-amateur-radio-club-and-campus-hens.md"] = """---
title: Université de Liège – the amateur radio club and the campus hens
url: https://www.uliege.be/en/campus-life/amateur-radio-and-hens
audience: students and staff
language: en
---

# Université de Liège: the amateur radio club and the campus hens

This page of the Université de Liège (ULiège) presents the amateur radio club and the henhouse of its student associations. It applies only to students and staff of ULiège, on its campuses of the Sart Tilman, the city centre and Gembloux Agro-Bio Tech.

## Amateur radio club

The radio club of ULiège runs a station on the Sart Tilman campus and prepares its members for the Belgian licence.

| Rule | Université de Liège |
|---|---|
| courses | 8 people per course, open from 18 years old |
| Morse course | 8 sessions, €25 |
| licence course | 10 sessions, €60, exam fee included |
| open station | Wednesday, 14:00–18:00 |
| members without a licence | may not transmit at all |
| membership | €15 a year for students |
| contest weekend | 3 and 4 June 2028 |
| credits | 2 ECTS credits after 20 hours at the station |

Contact: radio club, radioclub@uliege.be, +32 4 366 20 10.

## Campus hens

Thirty hens live in a henhouse of the Gembloux Agro-Bio Tech campus, looked after by student volunteers.

- the morning round starts at 7:00
- each volunteer takes 3 rounds a week
- membership costs €5 a year for students
- volunteers buy the eggs at €0.30 each; the rest are sold at the campus shop
- the induction takes place on the first Monday of each month
- children aged 10 or over can hold a hen at the open day of Sunday 30 April 2028
- the association meets every Tuesday, from 12:00 to 13:00

Contact: campus hens, poules@uliege.be, +32 81 62 21 10.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
