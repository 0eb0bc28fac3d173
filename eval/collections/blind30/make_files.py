"""The text of every 'blind30' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-rocketry-club-2027.pdf": {
        "title": "Apogée: the rocketry club of UM, 2027-2028",
        "short": "Rocketry club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/apogee-rocketry-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Faculty of Sciences, Apogée rocketry club",
        "pages": [
            [
                ("h1", "Apogée: the rocketry club of UM, 2027-2028"),
                (
                    "p",
                    "Apogée, the rocketry club of the Faculty of Sciences, teaches "
                    "students and staff to build and launch model rockets and, every year, builds one experimental "
                    "rocket for C'Space, the national launch campaign for student rockets run by the French space "
                    "agency CNES and the association Planète Sciences. This guide applies to 2027-2028. "
                    "In 2026-2027, the club had 72 members, and its experimental rocket \"Garrigue "
                    "II\" reached 2,140 metres.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery afternoon: build a small cardboard model rocket and launch it", "Saturday 16 October 2027 or Saturday 5 February 2028, 14:00–18:00", "the club's workshop, Triolet campus, building 36, room 36.02", "€8, kit and motor included"],
                        ["model rocket course: \"from the tube to the parachute\", in 8 sessions", "Wednesday, 18:00–20:30, from 10 November 2027", "the workshop, room 36.02", "€40, two kits included"],
                        ["flight computer workshop: an altimeter and a parachute release, in 6 sessions", "Tuesday, 18:00–20:30, from 1 February 2028", "the electronics room, building 36, room 36.05", "€30"],
                        ["launch days for model rockets and the club's mini-rockets", "Saturday 18 March and Saturday 29 April 2028, 9:00–17:00", "a farm field near Gignac, by minibus", "free for members"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery afternoons take 16 people, the model rocket course 12, the flight computer "
                    "workshop 10, and each launch day 30. Membership costs €15 for the academic year for students and "
                    "€30 for staff and researchers; it includes insurance. Students with a need-based grant pay half "
                    "price for the course and the workshop; staff and researchers pay €15 more. Register from 27 "
                    "September 2027 in the \"Student House\" tile of your UM account.",
                ),
                ("h2", "Who can build?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent and never handle the motors of the "
                    "mini-rockets, which the safety officer installs.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring clothes that can take glue and paint, and closed shoes; the club lends the safety glasses "
                    "and the tools. For the launch days, bring a hat, 2 litres of water and a packed lunch: the field "
                    "has no shade.",
                ),
                ("h2", "The experimental rocket"),
                (
                    "p",
                    "Each year, a team of 15 members designs and builds an experimental rocket of about 2 metres with "
                    "a small experiment on board, launched at C'Space in July on the military camp of Ger, near "
                    "Tarbes. To join the team, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Follow the model rocket course or the flight computer workshop, or show the project leader a "
                        "rocket you have built.",
                        "Apply to the team in the \"Student House\" tile of your UM account by 30 November 2027, "
                        "saying which part you want to work on: the structure, the recovery system, the electronics "
                        "or the experiment.",
                        "Take part in the three reviews of the project with the volunteers of Planète Sciences, who "
                        "check that the rocket is safe and stable (see the table on page 3).",
                        "Attend the motor safety course with the club's safety officer, on Saturday 29 January 2028.",
                        "Come to C'Space, from Saturday 15 to Saturday 22 July 2028: the rocket flies only if it "
                        "passes the final checks on site.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "safety glasses whenever you drill, saw, sand or solder;",
                        "motors and igniters stay in the locked cabinet: only the safety officer takes them out;",
                        "epoxy glue and spray paint only under the extractor, with gloves on;",
                        "never test an igniter or an ejection charge in the workshop, even without a motor;",
                        "unplug the soldering irons before you leave.",
                    ],
                ),
                ("h2", "Launch days"),
                (
                    "p",
                    "On launch days, the safety officer decides: rockets fly only from the launch rail, after a "
                    "countdown, with everyone at least 15 metres away, and never when the wind is above 30 km/h. "
                    "Never run after a rocket that lands in a neighbouring field: tell the safety officer.",
                ),
            ],
            [
                ("h2", "The experimental rocket, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "By when", "What happens"],
                        ["preliminary review", "14 December 2027", "the team presents the design and the experiment to a volunteer of Planète Sciences, by video call"],
                        ["critical review", "21 March 2028", "the volunteer checks the stability and the recovery system of the half-built rocket"],
                        ["ground tests", "April to June 2028", "the parachute release is tested 10 times on the ground"],
                        ["final checks and flight", "15 to 22 July 2028, at C'Space", "the rocket passes the final checks and flies"],
                    ],
                    (36, 50, 80),
                ),
                (
                    "p",
                    "The club pays the minibus, the tents and the meals of the team at C'Space: members only bring "
                    "their own sleeping bag.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who stay in the team for the whole year and take part in C'Space can have it "
                    "recognised as a student engagement unit worth 2 ECTS credits; those who follow the model "
                    "rocket course and launch their own rocket on a launch day, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Apogée, Faculty of Sciences, apogee@asso.umontpellier.fr, +33 4 65 82 47 63. Triolet "
                    "campus, building 36, room 36.01; Tuesday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-leatherwork-workshop-2027.pdf": {
        "title": "Atelier Tanin: the leatherwork workshop of UM, 2027-2028",
        "short": "Leatherwork workshop 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/atelier-tanin-leatherwork-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Atelier Tanin leatherwork workshop",
        "pages": [
            [
                ("h1", "Atelier Tanin: the leatherwork workshop of UM, 2027-2028"),
                (
                    "p",
                    "A wallet that lasts thirty years is made with a knife, a ruler, two needles and a lot of "
                    "patience. The leather is cut, the holes are marked with a pricking iron, and the pieces are "
                    "sewn by hand with a saddle stitch, which holds even when one stitch breaks; the edges are then "
                    "bevelled, sanded and burnished until they shine. In Atelier Tanin, the leatherwork workshop of "
                    "the Culture Department, a saddler and leatherworker teaches students and staff to make small "
                    "leather goods and bags. The workshop uses only vegetable-tanned leather, tanned with tree bark "
                    "and without chromium. This guide applies to the academic year 2027-2028. In 2026-2027, 88 "
                    "people worked leather in the workshop.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: a card holder in three hours", "Tuesday 19 October 2027 or Tuesday 25 January 2028, 18:00–21:00", "the leather room, Triolet campus, building 7, room 7.14", "€12, leather included"],
                        ["beginners' course: cutting, saddle stitching and edges, for a wallet and a belt, in 8 sessions", "Thursday, 18:00–20:30, from 4 November 2027", "the leather room, room 7.14", "€70, leather included"],
                        ["bag course: a tote bag with a lined pocket, in 10 sessions", "Monday, 18:00–20:30, from 7 February 2028", "the leather room, room 7.14", "€95, plus the leather at cost"],
                        ["tooling workshop: decorating leather with stamps and a swivel knife, in 4 sessions", "Wednesday, 14:00–16:30, from 12 January 2028", "the leather room, room 7.14", "€30"],
                        ["open workshop: the tables and tools for your own project", "Friday, 14:00–18:00, from 7 January 2028", "the leather room, room 7.14", "€4 per afternoon"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery evenings take 10 people, the beginners' course 8, the bag course 6 and the tooling "
                    "workshop 8; the open workshop has 6 tables. Students with a need-based grant pay half price; "
                    "staff and researchers pay €20 more per course. Register from 27 September 2027 in the "
                    "\"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The open workshop is for "
                    "people aged 18 or over who have followed a course. Vegetable-tanned leather rarely causes "
                    "allergies; if you react to leather, or do not want to work it, ask for cork fabric for the "
                    "discovery evening.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring an apron, closed shoes and, if you have long hair, something to tie it back. The workshop "
                    "provides the leather, the waxed linen thread, the needles, the knives, the pricking irons, the "
                    "mallets and the cutting mats. Offcuts are free for members, for small pieces such as key rings.",
                ),
                ("h2", "How to use the open workshop"),
                ("p", "The open workshop is for projects of your own. To work there, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, the bag course or the tooling workshop this year: the "
                        "discovery evening alone is not enough.",
                        "Pass the knife safety check with the leatherworker: 10 minutes, at the end of any course "
                        "session.",
                        "Book a table in the \"Culture\" tile of your UM account, for at most 2 afternoons a month.",
                        "Buy the leather you need from the workshop's stock, at cost, about €2.80 per square "
                        "decimetre, and pay for it in the same tile.",
                        "Before you leave, put the knives back in the locked cabinet and sign the tool sheet.",
                    ],
                ),
                ("h2", "Rules of the leather room"),
                (
                    "bullet",
                    [
                        "always cut away from your body and from your other hand, on a cutting mat;",
                        "a knife that is not in your hand is in its sheath;",
                        "contact glue is used only under the extractor, and its pot is closed after each use;",
                        "the edge burnishing motor is used only after the leatherworker has shown you how;",
                        "no food or drinks on the tables: a drop of coffee marks this leather for good.",
                    ],
                ),
                ("h2", "Cuts"),
                (
                    "p",
                    "Leather knives are very sharp, and the first aid kit hangs next to the door. If a cut needs more "
                    "than a plaster, go to the nurses of the Student Health Service, who see students without an "
                    "appointment on the Triolet campus, building 5: +33 4 65 82 70 64.",
                ),
                ("h2", "End-of-year show and credits"),
                (
                    "p",
                    "The pieces of the year are shown on Thursday 1 June 2028 at 18:00, in the hall of the Student "
                    "House. Students who follow the bag course and show their bag at the end-of-year show can have "
                    "it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Atelier Tanin, Culture Department, tanin@umontpellier.fr, +33 4 65 82 53 74. Triolet "
                    "campus, building 7, room 7.15; Monday and Wednesday, 13:30–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-butterfly-count-volunteers.docx": {
        "title": "Ailes de Garrigue: counting the butterflies of the campuses and the garrigue – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/ailes-de-garrigue-butterfly-counts",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Ailes de Garrigue: counting the butterflies of the campuses and the garrigue – volunteer guide 2028"),
            (
                "p",
                "Butterflies are among the first animals to react to a change in the climate, in farming or in the "
                "way green spaces are managed: where they disappear, something has changed. Ailes de Garrigue, run "
                "by the Student Life Department with an ecologist of the University of Montpellier, trains "
                "volunteers to count the butterflies of the Triolet and Richter campuses and of the garrigue north "
                "of Montpellier, following the national protocol of butterfly transects. Every count goes into a "
                "national database used by researchers. In 2027, 38 volunteers walked 212 transects and recorded "
                "61 species, among them the Southern Festoon, a protected species.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff. The campus transects are open from "
                "16, with the written consent of a parent for volunteers under 18; the garrigue transects and the "
                "moth night are open from 18. You need no knowledge of insects: the training day teaches you the 40 "
                "commonest butterflies of Montpellier, and the counting app helps with the others. Volunteers commit "
                "to walking a transect at least once every two weeks during the season, from April to July 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["identification training: the commonest species, the protocol and the app", "Saturday 18 March 2028, 9:30–16:00", "Triolet campus, building 15, room 15.02, and the campus garden", "30"],
                    ["campus transect: a fixed route of 1 kilometre, walked in about 30 minutes", "any sunny day from 3 April to 28 July 2028, at least once every two weeks", "4 routes on the Triolet and Richter campuses", "2"],
                    ["garrigue transect", "Saturday morning, every two weeks from 8 April to 22 July 2028", "the hills of the Lez valley near Prades-le-Lez, by minibus from the Student House at 8:30", "8"],
                    ["moth night: a lamp and a white sheet to attract moths", "Friday 9 June 2028, 21:30–0:30", "the campus garden, Triolet campus", "20"],
                    ["photo identification evening: naming the species photographed during the counts", "the first Tuesday of each month from May to September 2028, 18:00–20:00", "the Student House, building 20, room 124", "15"],
                ],
            ),
            ("h1", "Walking your first transect"),
            ("p", "To walk your first transect, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Ailes de Garrigue\", by 10 March "
                    "2028.",
                    "Attend the identification training of 18 March 2028.",
                    "Install the counting app, download the map of your route, and collect your kit from the "
                    "coordinator: a field guide, a net and a notebook.",
                    "Walk your first transect in April with the coordinator or an experienced volunteer.",
                    "Enter your count in the app on the same day, with photos of the species you could not name.",
                ],
            ),
            ("h1", "When and how to count"),
            (
                "p",
                "Count only between 10:00 and 16:00, when it is at least 13°C with sunshine, or at least 17°C under "
                "clouds, and when the wind is below 30 km/h: in other weather butterflies hardly fly, and a count of "
                "zero would mislead the researchers. Walk slowly and steadily, and count every butterfly seen up to "
                "2.5 metres on each side of you and 5 metres ahead. Use the net only for a butterfly you cannot name "
                "otherwise, release it at once where you caught it, and never catch a Southern Festoon or any other "
                "protected species: photograph it instead.",
            ),
            ("h1", "Rules of the counts"),
            (
                "bullet",
                [
                    "stay on the paths, and never cross a fence or enter a private field;",
                    "never take a butterfly, a caterpillar or an egg home;",
                    "carry at least 1 litre of water and wear a hat: counts stop when more than 33°C is forecast;",
                    "after a garrigue transect, check your skin and your clothes for ticks;",
                    "never walk a garrigue transect alone.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training day and walk at least 8 transects in the season can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Ailes de Garrigue coordinator, Student Life Department: ailesdegarrigue@umontpellier.fr, "
                "+33 4 65 82 36 39. Student House, Triolet campus, building 20, room 124; Tuesday and Friday, "
                "10:00–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-golf-club.md"] = """---
title: Birdie – the golf club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/birdie-golf-club
audience: students, researchers and staff
language: en
---

# Birdie: the golf club of the Student House

Golf is played over 9 or 18 holes: the aim is to put the ball in each hole in as few strokes as possible, from the tee to the green. A birdie is a hole played in one stroke fewer than its par. "Birdie" is the golf club of UM students and staff. It is coached by a professional of the Fontcaude golf course in Juvignac, who holds the state coaching diploma for golf, and it practises on the driving range, the putting green and the 9-hole course of Fontcaude, at the terminus of tram line 3 and then 10 minutes on foot. This page applies to the academic year 2027-2028. In 2026-2027, the club had 48 members from 12 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| taster morning: putting, chipping and your first full swings | Saturday 2 October 2027, 9:30–12:30 | the practice area of the Fontcaude golf course | 1 | free |
| beginners' course with the professional | Wednesday, 14:00–15:30 | the driving range and the putting green of Fontcaude | 12, from 13 October 2027 | €60, range balls included |
| winter swing sessions with video analysis | Thursday, 18:00–19:30 | the golf simulator, Triolet sports hall, building 45, room 45.11 | 8, from 6 January 2028 | €40 |
| course permit course: rules, etiquette and a 9-hole playing test | Saturday 4 and Saturday 11 March 2028, 9:00–13:00 | the 9-hole course of Fontcaude | 2 | €35 |
| Sunday outings on the 9-hole course | Sunday, 8:30–11:30, every other week from 9 April to 18 June 2028 | the 9-hole course of Fontcaude | 6 | €12 green fee per outing |

The beginners' course takes 16 players, the winter swing sessions 10, the course permit course 12, and each Sunday outing 20 players, in groups of 4. Staff and researchers pay €15 more per course; students with a need-based grant pay half price. Registration opens on 22 September 2027 in the "Student House" tile of your UM account.

Membership costs €20 for the academic year for students and €40 for staff and researchers; it includes insurance. The licence of the French golf federation is optional: it costs €28, and you need it only to get a handicap and to play in the university championship. The club lends half-sets of 7 clubs in a bag, 3 of them for left-handed players, and gloves. Bring sports shoes with flat soles or golf shoes without metal spikes, a cap and water. On the course, wear a shirt with a collar; jeans and tracksuits are not accepted by Fontcaude.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; players under 18 need the written consent of a parent. You need no experience. You fill in a health questionnaire when you join; no medical certificate is needed.

## How to play in the university championship

The club sends a team of 4 players to the regional university golf championship, on Wednesday 17 May 2028. To be picked, follow these steps:

1. Follow the beginners' course, or show the professional that you already play, at a level check on any Wednesday in October.
2. Pass the course permit in March: a quiz on the rules and the etiquette, then 9 holes played with the professional.
3. Take the federation licence through the club.
4. Hand in 3 cards of 9 holes played on the course, each signed by a playing partner, so that the professional can record your first handicap.
5. Put your name on the team list with the captain by 31 March 2028; the captain picks the 4 players and 1 reserve on 20 April.

## Etiquette on the course

- never swing while someone stands within 3 metres of you
- wait until the group in front is out of range before you play
- shout "fore!" when your ball flies towards people
- replace your divots and repair the marks of your ball on the green
- range balls stay on the driving range: never take them onto the course

## Tournament and credits

On Saturday 27 May 2028, the club holds the "Birdie Cup" at Fontcaude: a scramble for 12 teams of 4, in which each team plays its best ball on every shot. Entry costs €15 per player for members and €25 for others, lunch included. Students who attend at least 10 sessions in the year and pass the course permit can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

What happens when there is a storm? Play stops at the first thunder: walk back to the clubhouse at once, and never shelter under a lone tree. The professional posts cancellations on the club's group chat by 8:00.

I have never held a club. Is it too late to start in January? No: the winter swing sessions are open to beginners, and the beginners' course takes new players until 10 November.

## Contact

Birdie, Student House: birdie@asso.umontpellier.fr, +33 4 65 82 35 71. Triolet campus, building 20, room 146; Monday and Wednesday, 12:30–14:00.
"""

TEXTS["02-faq-home-country-student-loan-forms.html"] = html_page(
    "Forms for student loans and grants from your home country: FAQ",
    "Confirmations of enrolment, attendance, study load and progress for the student finance bodies of your home country: kinds of forms, delays, requests and contact.",
    "https://www.umontpellier.fr/en/international/home-country-student-loan-forms-faq",
    "/fr/international/formulaires-prets-et-bourses-pays-d-origine-faq",
    """    <h1>Forms for student loans and grants from your home country: FAQ</h1>
    <p>Many international students pay for their studies in Montpellier with a loan or a grant from their home country, or with family benefits paid to their parents. The bodies that pay them ask the university to confirm, often on their own form and by a fixed date, that the student is enrolled, attends classes, studies full time or passes the year. Without this confirmation, many of them stop paying. The Funding Certificates desk of the International Relations Department of the University of Montpellier fills in these forms. This FAQ applies from 1 September 2027. In 2026-2027, the desk filled in 1,240 forms for 510 students from 38 countries.</p>

    <h2>Which form can I ask for?</h2>
    <table>
      <thead>
        <tr><th>Form</th><th>What UM confirms</th><th>Delay</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>confirmation of enrolment</td><td>that you are enrolled, your programme, its level and the dates of the academic year</td><td>5 working days</td><td>free</td></tr>
        <tr><td>confirmation of attendance</td><td>that you attend your classes this semester; only from the third week of the semester</td><td>5 working days</td><td>free</td></tr>
        <tr><td>confirmation of study load</td><td>the number of ECTS credits you are registered for in the semester, 30 for a full-time semester</td><td>10 working days</td><td>free</td></tr>
        <tr><td>progress report</td><td>the credits you have passed and your results, once the exam board has met</td><td>10 working days after the exam board</td><td>free</td></tr>
        <tr><td>original posted by UM</td><td>any of the above, signed in ink and posted to the body</td><td>10 working days</td><td>€9 for the postage, or €38 by express courier</td></tr>
      </tbody>
    </table>
    <p>Send your request at least 15 working days before the deadline of your body. Requests for the autumn semester open on 20 September 2027, when enrolment closes, and requests for the spring semester on 7 February 2028.</p>

    <h2>Which forms does the desk fill in?</h2>
    <p>The desk fills in the forms of any public or private body that funds your studies, if they are written in English, French, German or Spanish. For a form in another language, send the English version of the body, or ask for the UM standard letter, which gives the same information in English and in French. The desk only confirms facts about your studies: it never states your rent, your living costs or your income, and it never sends your results to a body without your written consent.</p>

    <h2>Who can ask?</h2>
    <p>Students enrolled at UM in a degree programme and doctoral candidates. Incoming exchange students can ask for confirmations of attendance and of study load only: their enrolment is confirmed by their home university. Former students can ask for the years in which they were enrolled, up to 3 years after they leave UM.</p>

    <h2>How do I ask for a form?</h2>
    <p>Requests are made online only. Proceed as follows:</p>
    <ol>
      <li>Log in to the "International" tile of your UM account and open "Funding forms".</li>
      <li>Choose the kind of form and the semester, and upload the form of your body with your own part already filled in and signed; if your body has no form, choose the UM standard letter.</li>
      <li>Enter the deadline of your body and, for a progress report, tick your consent to the sending of your results.</li>
      <li>Download the completed form, signed and stamped by the desk, as a PDF, and send it to your body yourself.</li>
      <li>If your body wants an original by post, give its postal address and pay the postage in the same tile.</li>
    </ol>

    <h2>My body wants a confirmation every month. Is that possible?</h2>
    <p>Yes, but each month needs a new request in the same tile: the desk sends nothing automatically.</p>

    <h2>What if I drop a course or stop attending?</h2>
    <p>The desk states your real study load on every form it fills in after the change, and many bodies then ask for part of the money back. Talk to your body before you drop a course.</p>

    <h2>I study part time because of a disability. What will the form say?</h2>
    <p>If your reduced study load was agreed with the Disability Support Service, the desk states the reduced load and adds that it was agreed by the university, so that your body can take it into account.</p>

    <h2>Can my body check a form with UM?</h2>
    <p>Yes. A body can write to the desk to check a form that the desk has issued; the desk answers within 5 working days and says nothing else about you.</p>

    <h2>Whom do I contact?</h2>
    <p>Funding Certificates desk, International Relations Department: funding-forms@umontpellier.fr, +33 4 65 81 27 48. Triolet campus, building 1, room 1.16; Monday, Tuesday and Thursday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/incoming">Coming to UM</a>',
        '<a href="/en/international/money">Money matters</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-home-country-student-loan-forms.meta.yaml"] = sidecar(
    "Forms for student loans and grants from your home country: FAQ",
    "https://www.umontpellier.fr/en/international/home-country-student-loan-forms-faq",
    "international students",
)

TEXTS["03-students-as-census-agents-2028.md"] = """---
title: Students as census agents – the agreement between UM and the City of Montpellier, 2028
url: https://www.umontpellier.fr/en/campus-life/jobs/students-as-census-agents
audience: students
language: en
---

# Students as census agents for the City of Montpellier

Every year, from the third Thursday of January, the national census counts part of the population of the large French cities: in Montpellier, about 8% of the dwellings each year, so that the whole city is counted every five years. Census agents visit the addresses of a district, give the residents their codes for the online census or paper forms, help those who need it and collect the forms. Since 2023, an agreement between the University of Montpellier and the City of Montpellier has allowed UM students to work as census agents, with the work fitted around their classes. The Student Jobs desk of the Student Life Department runs the scheme on the UM side. This page applies to the 2028 census, from Thursday 20 January to Saturday 26 February 2028. In 2027, 46 students counted 11,800 dwellings.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €1.25 for each individual form and €0.70 for each dwelling form collected, paid by the City at the end of March |
| paid training | two half-days of training by the City's census coordinators, paid €60 each |
| time off classes | agents are excused from classes with compulsory attendance during the two training half-days |
| transport | a tram and bus pass of the TaM network for January and February, paid by the City |
| credits | 2 ECTS credits, as a student engagement unit, for agents who finish their district |
| certificate | a certificate of work from the City, with your district and the number of dwellings counted |

Each agent covers one district of about 250 dwellings, a few streets, and works about 20 hours a week, mostly in the early evening and on Saturday, when people are at home. A whole district brings in about €900. The City needs 40 student agents. Agents are employed by the City, not by UM, on a contract for the census only.

Districts are of two kinds: districts of flats in the city centre, where agents need the access codes of the buildings, which the coordinator gives them, and districts of houses on the edge of the city, with more walking.

## Who can apply?

UM students aged 18 or over, doctoral candidates included, in any programme. You need at least a B2 level in French and 20 free hours a week from 20 January to 26 February 2028. Exchange students can apply if they are in Montpellier for the whole census and are allowed to work in France. You cannot count the district where you live. Staff cannot work as agents under this agreement: they can apply to the City directly.

## How to become a census agent

An information meeting takes place on Tuesday 16 November 2027 at 12:30 in the hall of the Student House. To become a census agent, follow these steps:

1. Apply in the "Student Jobs" tile of your UM account by 28 November 2027, with your timetable for the second semester and the districts you know.
2. Attend a group interview at the City's census office in the week of 6 December 2027.
3. Sign your contract with the City and give your bank details and your social security number by 17 December 2027.
4. Attend the two training half-days, on Wednesday 5 and Wednesday 12 January 2028, from 14:00 to 18:00, at the City Hall.
5. Walk your district with your coordinator before 20 January 2028 to list every dwelling, then start the census on 20 January.

## Rules of the census

- always wear your census agent card, with your photo, where residents can see it
- never go into a home, even when invited in: help residents at the door
- everything you see and hear is covered by statistical secrecy, for ever
- never ask for money, a bank card number or an identity document
- visit between 9:00 and 20:00, and never on a Sunday

## FAQ

What if nobody opens the door? Leave a notice of visit in the letterbox and come back at another time, up to 3 times; then report the dwelling to your coordinator.

Am I paid if I do not finish my district? Yes, for every form collected and for the training. The 2 ECTS credits, however, are only for a finished district.

What if a resident is aggressive? Leave at once, and call your coordinator, who takes over the address.

## Contact

Student Jobs desk, Student Life Department: census-agents@umontpellier.fr, +33 4 65 82 36 54. Student House, Triolet campus, building 20, room 118; Monday to Wednesday, 13:30–16:30. The desk passes questions about your contract and your pay on to the City's census office.
"""

TEXTS["04-faq-roller-derby-club.html"] = html_page(
    "Fracas, the roller derby club: FAQ",
    "Fracas: the open skate evening, the Fresh Meat course, contact training, officials and the Fracas Bowl.",
    "https://www.umontpellier.fr/en/campus-life/student-house/roller-derby-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-roller-derby-faq",
    """    <h1>Fracas, the roller derby club: FAQ</h1>
    <p>Roller derby is a contact sport played on quad skates, on a flat oval track, by two teams of five. In each "jam" of up to two minutes, one skater of each team, the jammer, scores a point for every opponent she or he passes, while the blockers of the other team try to stop her or him with their hips and shoulders. Born in the United States in the 1930s and reborn in Texas in the 2000s, it is now played in more than 50 countries. "Fracas" is the roller derby club of the Student House. Its members train in the multisport hall of the Triolet sports hall with two coaches who hold the federal coaching diploma of the French roller sports federation. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 54 members from 14 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open skate evening: put on skates, stand, roll and stop</td><td>Friday 8 October 2027, 19:00–21:30</td><td>the multisport hall, Triolet sports hall, building 45, room 45.04</td><td>free</td></tr>
        <tr><td>"Fresh Meat" course: skating, falling and stopping, in 12 sessions</td><td>Monday, 19:30–21:30, from 18 October 2027</td><td>the multisport hall, room 45.04</td><td>€35</td></tr>
        <tr><td>contact training: blocking, jamming and game strategy</td><td>Wednesday, 19:30–21:30, and Sunday, 10:00–12:00, from 12 January 2028</td><td>the multisport hall, room 45.04</td><td>included in the membership</td></tr>
        <tr><td>officials day: referees on skates and officials who keep the score and the time</td><td>Saturday 22 January 2028, 9:30–17:00</td><td>the multisport hall, room 45.04</td><td>€10</td></tr>
        <tr><td>the "Fracas Bowl": a tournament with three teams of the region</td><td>Saturday 6 May 2028, 13:00–20:00</td><td>the main hall of the Triolet sports hall</td><td>€4 for spectators, free for members</td></tr>
      </tbody>
    </table>
    <p>Membership costs €35 for the academic year for students and €60 for staff and researchers; it includes the insurance of the federation. The Fresh Meat course takes 20 skaters, a contact training 28 and the officials day 15 people; the Fracas Bowl welcomes 400 spectators.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent, and contact training and bouts are open from 18 only. You need no experience: most members had never worn skates before. Fracas has two teams, a women's team that plays in the national league and a mixed team, open to skaters of every gender, that plays friendly bouts.</p>

    <h2>What equipment do I need?</h2>
    <p>For the Fresh Meat course, the club lends quad skates in sizes 35 to 46, a helmet, wrist guards, elbow pads and knee pads. A mouthguard is compulsory and never lent: buy one at the club's office for €8. For contact training, you need your own skates and helmet; the club's group order offers a starter pack for about €150.</p>

    <h2>How do I get to contact training?</h2>
    <p>Contact training is for skaters who can fall and stop safely. To take part, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Fracas", and pay the membership.</li>
      <li>Follow the Fresh Meat course and attend at least 10 of its 12 sessions.</li>
      <li>Hand in a medical certificate of fitness for roller derby that is less than 1 year old, and take the licence of the federation through the club, for €42.</li>
      <li>Pass the minimum skills test with a coach: 27 laps of the track in 5 minutes, a plough stop, falls on one and on both knees, and turning to skate backwards.</li>
      <li>Get your own skates and helmet, and book each contact training in the club's online planner.</li>
    </ol>

    <h2>What are the rules on the track?</h2>
    <ul>
      <li>full protective gear, mouthguard included, every minute you are on skates;</li>
      <li>no blocks with the elbows, the hands or the head, and no blocks to the back or below mid-thigh;</li>
      <li>everyone skates counter-clockwise, even during the warm-up;</li>
      <li>a long whistle means stop at once, wherever you are;</li>
      <li>take off rings, earrings and watches before you skate.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>Stay down, raise your hand and wait for a coach: both coaches hold a first aid certificate, and the first aid kit is in the hall. For a serious injury, the coach calls 15 or 112. Tell the club's secretary within 48 hours of any injury, for the insurance.</p>

    <h2>I don't want to be hit. Can I still take part?</h2>
    <p>Yes. You can skate in the Fresh Meat course without ever moving on to contact, or become a referee or an official: the officials day trains you, and every bout needs at least 7 of them.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who attend at least 20 contact trainings in the year and officiate at the Fracas Bowl can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Fracas, Student House: fracas-derby@asso.umontpellier.fr, +33 4 65 82 35 83. Triolet campus, building 20, room 208; Wednesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-roller-derby-club.meta.yaml"] = sidecar(
    "Fracas, the roller derby club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/roller-derby-club-faq",
    "students, researchers and staff",
)

TEXTS["05-billiards-club.txt"] = """LE TAPIS VERT: THE BILLIARDS CLUB - 2027-2028
University of Montpellier - Student House

A billiards table is a slab of slate covered with green cloth, and a game is won with the eye, a steady arm and a little geometry. Le Tapis Vert is the billiards association of UM students and staff. It has three tables in room 017 of the Student House: two pool tables, for eight-ball, and one French carom table, without pockets, on which the game is played with three balls. Its members come from 19 countries, and in 2026-2027 the association had 57 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each run by an experienced member:

free play evenings: the tables open to members, from Monday to Thursday, from 17:00 to 21:00
beginners' lessons: stance, bridge, cueing and the first shots, 6 sessions on Tuesdays from 18:00 to 19:30, from 12 October 2027
carom workshop: the French game with three balls and no pockets, 5 sessions on Saturdays from 10:00 to 12:00 from 29 January 2028
the eight-ball league: one match a week against another member, in divisions of 8 players, from November 2027 to April 2028
trick shot evening: the best players of the club show their trick shots, on Friday 10 December 2027 at 19:00
the Tapis Vert Open: the eight-ball tournament of the year, for 64 players, on Saturday 13 May 2028 from 10:00

The general meeting of the association, where the year's programme is voted, takes place on Thursday 7 October 2027 at 18:30 in room 017.

MEMBERSHIP AND CUES

Membership costs EUR 15 for the academic year for students and EUR 25 for staff and researchers; it includes insurance, the table time and the balls. The beginners' lessons cost EUR 10 for the six sessions. The club lends house cues to every member; members who have their own cue can rent a locker in the room for EUR 8 a year. Outside the free play evenings, members can book a table for 1 hour at a time, at most 3 hours a week, in the "Student House" tile of their UM account.

Members must be 16 or over; members under 18 need the written consent of a parent. Like everywhere in the Student House, alcohol is not allowed in the room.

HOW DO I JOIN THE LEAGUE?

1. Be a member and have played for at least one semester, or follow the beginners' lessons.
2. Register for the league in the "Student House" tile of your UM account, under "Le Tapis Vert", by 29 October 2027.
3. Play a placement match against the league manager in the week of 2 November 2027, so that you start in the right division.
4. Arrange each weekly match with your opponent, and enter the score in the league sheet within 48 hours.
5. Keep playing: the top 2 players of each division move up in February, and after 2 matches missed without warning you leave the league.

RULES OF THE ROOM

Chalk your cue away from the table, never over the cloth. Keep one foot on the floor for every shot: nobody sits or lies on a table. Glasses and bottles stay on the shelf, never on the rails of a table. A cue is never used to point, to lean on or to play around. Brush the cloth of your table after the last game of the evening. The room closes at 22:00.

THE TAPIS VERT OPEN

On Saturday 13 May 2028, from 10:00, 64 players from UM and other universities of the region play the Tapis Vert Open in room 017 and in the hall of the Student House, where two tables are brought in. Entry costs EUR 5 for members and EUR 8 for others. The winner receives a cue worth EUR 120. Spectators are welcome and pay nothing.

CREDITS

Students who play the whole eight-ball league and help to run the Tapis Vert Open can have it recognised as a student engagement unit worth 1 ECTS credit.

CONTACT

Le Tapis Vert, Student House
E-mail: tapisvert@asso.umontpellier.fr
Phone: +33 4 65 82 35 16
Student House, Triolet campus, building 20, room 017. Thursday, 17:00-18:30.
"""

TEXTS["05-billiards-club.meta.yaml"] = sidecar(
    "Le Tapis Vert, the billiards club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/le-tapis-vert-billiards",
    "students, researchers and staff",
)

TEXTS["06-transferring-to-a-university-abroad-2027.md"] = """---
title: Leaving UM to continue your degree at a university abroad, 2027-2028
url: https://www.umontpellier.fr/en/international/outgoing/transferring-to-a-university-abroad
audience: students
language: en
valid_until: 2028-09-30
---

# Leaving UM to continue your degree at a university abroad, 2027-2028

Some UM students are admitted by a university abroad to continue their studies there: a second-year bachelor's student who moves to a university in Germany, a master's student accepted in Canada. Unlike an exchange, this is a departure: the university abroad becomes your university, and UM no longer awards your degree. Before it confirms your admission, the university abroad often asks for a transfer file from UM, proving that you leave UM in order, with the credits you have passed. The Transfers Abroad desk of the International Relations Department prepares these files. This page applies to the students who leave UM during or at the end of 2027-2028. In 2026-2027, the desk prepared 310 transfer files.

## When do you leave, and by when do you ask?

| Your situation | What you ask for | When to ask | Your fees |
|---|---|---|---|
| you leave before the start of classes, without having followed any | cancellation of your enrolment and a transfer file | 1 to 30 September 2027 | refunded, minus €23 of administrative costs |
| you leave after the first semester | a transfer file with the transcript of the first semester | 20 January to 15 February 2028 | not refunded |
| you leave at the end of the year, after the exam board | a transfer file with the transcript of all your years at UM | 15 May to 31 August 2028 | not refunded |

The desk prepares a file in 10 working days. A request made after the end of the window of your situation is still accepted, but takes 20 working days. After 30 September 2027, fees are not refunded, whatever the date of your departure. The refund is paid by the Student Fees Office, to the bank account from which the fees were paid. The student and campus life contribution (CVEC) is never refunded by UM: ask the national CVEC website.

## What the transfer file contains

The file holds a certificate of departure, which gives the date on which you leave UM and states that you owe nothing to the university, your transcript of records, and, if the university abroad asks for one, a letter from the head of your programme. The electronic file is free. A paper file posted by UM to the university abroad costs €12, or €35 by express courier.

The desk checks with the libraries and the finance department that you owe nothing: a book that has not been returned, or fees that have not been paid, block the file until they are settled.

## How to ask for your transfer file

To ask for your transfer file, follow these steps:

1. Get the letter of admission of the university abroad, or its conditional offer.
2. Log in to the "International" tile of your UM account, open "Transfer abroad", choose your situation and upload the letter.
3. Return every library book and pay anything you owe to the university.
4. For a paper file, give the postal address of the university abroad and pay the €12 in the same tile.
5. Download your certificate of departure and your transcript, signed electronically: your UM account stays open for 12 months after your departure, then closes.

## FAQ

Can I come back to UM later? Yes, but you apply again like any new student, through the admission platform for your level. The credits you passed at UM stay on your UM transcript.

I am abroad on exchange and my host university has offered me a place in its degree. What do I do? Finish your exchange year first, then ask for a transfer file as a student who leaves at the end of the year. Tell the international relations officer of your faculty before you sign anything.

What happens to my need-based grant? It stops at the end of the month in which you leave UM.

Can a friend collect the paper file for me? No. The paper file is only posted to the university abroad; you download the electronic file yourself.

## Contact

Transfers Abroad desk, International Relations Department: transfers-abroad@umontpellier.fr, +33 4 65 81 27 59. Triolet campus, building 1, room 1.12; Monday to Thursday, 13:30–16:30. The desk is closed from 31 July to 20 August 2028.
"""

TEXTS["10-transhumance-walk-volunteers.md"] = """---
title: Sur les Drailles – walking the transhumance with the shepherds, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/sur-les-drailles-transhumance
audience: students, researchers and staff
language: en
---

# Sur les Drailles: walking the transhumance with the shepherds

Every June, when the grass of the plains turns yellow, flocks of sheep leave the Gard and the Hérault on foot for the summer pastures of Mont Aigoual, as they have for centuries. For four days, shepherds, dogs and a thousand or more sheep follow the drailles, the old stone-edged tracks of the Cévennes, and cross villages that come out to watch. Sur les Drailles, run by the Student Life Department with the association "Bergers de l'Aigoual", sends UM volunteers to walk with the shepherds: they open and close gates, keep the flock off the roads, help at the evening camps and learn a trade that is disappearing. In 2027, 26 volunteers walked with 2 flocks and 2,300 sheep.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| information evening with a shepherd | Thursday 3 February 2028, 18:30–20:30 | the hall of the Student House | 80 | free |
| training day on a sheep farm: moving a flock, working with the dogs, gates and roads | Saturday 11 March or Saturday 25 March 2028, 9:00–17:00 | a farm in Viols-le-Fort, by minibus from the Student House at 8:00 | 15 per day | €10, lunch included |
| shearing day: rolling and packing the wool | Saturday 6 May 2028, 8:00–16:00 | a farm near Ganges, by minibus | 8 | free |
| the transhumance walk: 4 days on foot with a flock, about 25 kilometres a day | Thursday 15 to Sunday 18 June 2028 | from the Vidourle valley to L'Espérou, on Mont Aigoual | 12 per flock, 2 flocks | €40, meals and nights included |
| a week at the summer pastures with a shepherd: moving the fences and watching the flock | Monday 10 to Sunday 16 July 2028 | the pastures of Mont Aigoual | 4 | free, meals included |

The walk ends on Sunday 18 June with the festival of the transhumance at L'Espérou, where the flocks arrive decorated with pompoms and bells; the minibus brings volunteers back to Montpellier at 19:00. The nights are spent in gîtes and, on one night, in tents at a farm.

## Who can volunteer?

UM students, exchange students included, researchers and staff. The walk and the week at the pastures are open from 18; the training day and the shearing day are open from 16, with the written consent of a parent. You need no experience with animals, but you must be able to walk 25 kilometres a day for 4 days in a row with a backpack of about 6 kilograms.

## How to join the walk

Volunteers for the walk are chosen in February. To walk with a flock, follow these steps:

1. Come to the information evening of 3 February, or watch its recording in the "Student Life" tile of your UM account.
2. Apply in the same tile, under "Sur les Drailles", by 20 February 2028.
3. Attend one of the two training days in March.
4. Pay the €40 and sign the charter of the walk by 15 May 2028.
5. Come to the meeting before the walk, on Wednesday 7 June 2028 at 18:30 at the Student House, where the coordinator checks your boots and your backpack.

## What to bring

Walking boots that you have already worn in, a backpack of about 35 litres, a sleeping bag, a rain jacket, a warm layer for the evenings on the Aigoual, a hat, sun cream, a head torch and a water bottle of at least 1.5 litres.

## Rules of the walk

- walk where the shepherd puts you, and never between the flock and its dogs
- close every gate you open, even if the flock has already passed
- never feed the sheep, and never call or stroke the working dogs
- no smoking on the tracks, at any time
- leave the route only with the shepherd's agreement

## Credits and certificate

Every volunteer receives a certificate of participation. Students who attend a training day and walk the four days of the transhumance can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I bring my own dog? No. The flock's dogs would take it for a threat, and a strange dog can scatter a flock.

What if it rains? The walk goes on in the rain; only the shepherd can stop it, in a storm.

Is there vegetarian food? Yes: ask for it when you apply.

## Contact

Sur les Drailles coordinator, Student Life Department: drailles@umontpellier.fr, +33 4 65 82 36 47. Student House, Triolet campus, building 20, room 116; Monday and Thursday, 14:00–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a student job and two procedures of the international office: golf, forms for student loans and grants from your home country, the census agents of the City of Montpellier, roller derby, billiards, leaving UM for a university abroad, rocketry, leatherwork, butterfly counts and the transhumance. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Birdie, Student House | the golf club, its courses, the course permit, the university championship and the Birdie Cup | birdie@asso.umontpellier.fr | +33 4 65 82 35 71 | Student House, Triolet campus, building 20, room 146 | Monday and Wednesday, 12:30–14:00 |
| Funding Certificates desk, International Relations Department | forms for student loans, grants and family benefits from your home country | funding-forms@umontpellier.fr | +33 4 65 81 27 48 | Triolet campus, building 1, room 1.16 | Monday, Tuesday and Thursday, 9:30–12:30 |
| Student Jobs desk, Student Life Department | census agents for the City of Montpellier, their applications and their credits | census-agents@umontpellier.fr | +33 4 65 82 36 54 | Student House, Triolet campus, building 20, room 118 | Monday to Wednesday, 13:30–16:30 |
| Fracas, Student House | the roller derby club, the Fresh Meat course, contact training and the Fracas Bowl | fracas-derby@asso.umontpellier.fr | +33 4 65 82 35 83 | Student House, Triolet campus, building 20, room 208 | Wednesday, 12:30–14:00 |
| Le Tapis Vert, Student House | the billiards club, its lessons, the eight-ball league and the Tapis Vert Open | tapisvert@asso.umontpellier.fr | +33 4 65 82 35 16 | Student House, Triolet campus, building 20, room 017 | Thursday, 17:00–18:30 |
| Transfers Abroad desk, International Relations Department | transfer files for students who leave UM for a university abroad | transfers-abroad@umontpellier.fr | +33 4 65 81 27 59 | Triolet campus, building 1, room 1.12 | Monday to Thursday, 13:30–16:30 |
| Apogée, Faculty of Sciences | the rocketry club, its courses, its launch days and the experimental rocket | apogee@asso.umontpellier.fr | +33 4 65 82 47 63 | Triolet campus, building 36, room 36.01 | Tuesday and Thursday, 12:30–14:00 |
| Atelier Tanin, Culture Department | leatherwork courses, the open workshop and the end-of-year show | tanin@umontpellier.fr | +33 4 65 82 53 74 | Triolet campus, building 7, room 7.15 | Monday and Wednesday, 13:30–17:00 |
| Ailes de Garrigue coordinator, Student Life Department | the butterfly counts, the transects and the moth night | ailesdegarrigue@umontpellier.fr | +33 4 65 82 36 39 | Student House, Triolet campus, building 20, room 124 | Tuesday and Friday, 10:00–12:30 |
| Sur les Drailles coordinator, Student Life Department | the transhumance walk, the training days and the week at the pastures | drailles@umontpellier.fr | +33 4 65 82 36 47 | Student House, Triolet campus, building 20, room 116 | Monday and Thursday, 14:00–17:00 |

## Useful to know

Refunds of fees: the Student Fees Office pays back the fees of students who cancel their enrolment, and answers questions about a refund that has not arrived: student-fees@umontpellier.fr, +33 4 65 81 26 71, Triolet campus, building 2, room 2.08; Monday to Friday, 9:00–12:00.

Library books of students who have left: a student who is already abroad can return UM library books by registered post to the loans desk of the Triolet campus library, which confirms the return by e-mail: library-loans@umontpellier.fr, +33 4 65 81 30 12.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 70 64, Triolet campus, building 5, room 012; Monday to Friday, 8:30–17:00. Students who need a medical certificate of fitness for a sport (for the roller derby licence, for example) can get one free of charge from the doctors of the same service, by appointment: +33 4 65 82 70 52. Staff ask their own doctor.

People with a disability who need step-free access, adapted equipment, a reduced study load or another arrangement contact the Disability Support Service: disability-support@umontpellier.fr, +33 4 65 82 70 23, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Exchange students who want the credits of an activity of this directory in their learning agreement, and students abroad on exchange who think of staying at their host university for a whole degree, ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 47.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-transferring-to-a-university-abroad-2024.txt"] = """LEAVING UM FOR A UNIVERSITY ABROAD - 2024-2025
University of Montpellier - Student Records Office

This page applies to the UM students who leave UM during or at the end of 2024-2025 to continue their studies at a university abroad.

WHEN TO ASK

A single window for all transfer requests: 1 June to 15 July 2025. Students who leave during the year receive only a certificate of departure, without a transcript, until the June exam board has met.

Students who cancel their enrolment before 15 September 2024 are refunded their fees minus EUR 30. After that date, nothing is refunded.

The Student Records Office prepares a transfer file in 30 days.

HOW TO ASK

1. Download the paper transfer request form from the website of the Student Records Office.
2. Post it with a copy of your letter of admission and a library clearance form stamped by every library you used.
3. Collect your transfer file in person at the Student Records Office, or pay EUR 20 to have it posted to the university abroad.

AFTER YOUR DEPARTURE

Your UM account closes on the day of your departure. A student who leaves UM for a university abroad cannot be admitted again to UM in the following academic year.

CONTACT

Student Records Office
E-mail: records-transfers@umontpellier.fr
Phone: +33 4 65 81 26 33
Triolet campus, building 2, room 2.03. Tuesday and Thursday, 9:00-11:30.
"""

TEXTS["31-transferring-to-a-university-abroad-2024.meta.yaml"] = sidecar(
    "Leaving UM for a university abroad, 2024-2025",
    "https://www.umontpellier.fr/en/international/outgoing/transferring-to-a-university-abroad-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-ku-leuven-golf-club-and-rocketry-club.md"] = """---
title: KU Leuven – the golf club and the rocketry team
url: https://www.kuleuven.be/english/student-life/golf-and-rocketry
audience: students and staff
language: en
---

# KU Leuven: the golf club and the rocketry team

This page of KU Leuven, in Belgium, presents the golf club of its sports service and its student rocketry team. It applies only to students and staff of KU Leuven, in Leuven and at its campuses in Brussels, Ghent, Antwerp, Kortrijk and Bruges.

## Golf club

The golf club trains at a golf course in Tervuren, reached by a shuttle bus from the Arenberg campus in Heverlee.

| Rule | KU Leuven |
|---|---|
| beginners' course | 20 players per group, open from 18 years old |
| price of the beginners' course | €90 for 10 lessons |
| membership | €30 a year for students, federation licence included |
| winter practice | Tuesday, 17:00–18:30, at the indoor range |
| university championship | team list closes on 15 March 2028 |
| tournament | Saturday 10 June 2028, teams of 2, €20 per player |
| credits | no ECTS credits |

Contact: golf club, golf@kuleuven.be, +32 16 37 42 10.

## Rocketry team

The student rocketry team builds its rockets in a workshop of the Faculty of Engineering Science, on the Arenberg campus.

- the team is open from 18 years old only
- the model rocket course has 6 sessions and costs €60; it takes 18 people
- the discovery afternoon takes place on Saturday 23 October 2027
- applications to the rocket team close on 15 January 2028
- the team's rocket is launched at a European rocketry competition in Portugal in October
- its last rocket reached 3,050 metres
- members pay their own travel to the competition
- members of the team receive 3 ECTS credits

Contact: rocketry team, rocketry@kuleuven.be, +32 16 32 75 40.
"""

TEXTS["41-gothenburg-roller-derby-club-and-student-loan-forms.md"] = """---
title: University of Gothenburg – the roller derby club and forms for foreign student finance
url: https://www.gu.se/en/student-life/roller-derby-and-student-finance-forms
audience: students and staff
language: en
---

# University of Gothenburg: the roller derby club and forms for foreign student finance

This page of the University of Gothenburg, in Sweden, presents the roller derby club of its student sports association and the forms it fills in for the student finance bodies of other countries. It applies only to students and staff of the University of Gothenburg, at Humanisten, Medicinareberget, Campus Linné and the School of Business, Economics and Law.

## Roller derby club

The club trains in a sports hall near Campus Linné.

- members must be 15 or over
- no medical certificate is needed
- membership costs SEK 300 a year for students
- the beginners' course has 8 sessions and costs SEK 400
- contact training is open to all members after 3 months
- the club lends mouthguards to beginners
- the club's tournament takes place on Saturday 20 May 2028
- the club gives no ECTS credits

Contact: roller derby club, rollerderby@gu.se, +46 31 786 44 20.

## Forms for foreign student finance

Students whose studies are paid by a loan or a grant from another country can ask the university to fill in the form of their funding body.

| Rule | University of Gothenburg |
|---|---|
| delay | 3 working days for every form |
| price | free |
| original sent by post | SEK 50, posted within 5 working days |
| who can ask | current students only |
| languages of the forms | Swedish or English only |
| requests for the autumn semester | open on 1 September 2027 |
| confirmation of attendance | from the first week of the semester |

Contact: student finance forms, studentfinance@gu.se, +46 31 786 10 50.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
