"""The text of every 'blind32' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-handball-club-2027.pdf": {
        "title": "Sept Mètres: the handball club of UM, 2027-2028",
        "short": "Handball club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/sept-metres-handball-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Sept Mètres handball club",
        "pages": [
            [
                ("h1", "Sept Mètres: the handball club of UM, 2027-2028"),
                (
                    "p",
                    "Handball is played indoors by two teams of seven, who pass the ball with their hands and "
                    "shoot at the goal from outside the goal area. The seven-metre throw, the penalty of handball, "
                    "gives the club its name. Sept Mètres, the handball club of the Sports Department, trains "
                    "students and staff with a coach who holds the state coaching diploma for handball. This guide "
                    "applies to 2027-2028. In 2026-2027, the club had 64 members.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: passes, shots and a first match, for people who have never played", "Wednesday 29 September 2027 or Wednesday 2 February 2028, 18:00–20:00", "the main hall of the Triolet sports hall, building 45", "free"],
                        ["mixed beginners' group: the rules and the passes, with short matches", "Monday, 19:30–21:00, from 4 October 2027", "the gymnasium of the Richter campus", "included in the membership"],
                        ["team training, women's team and men's team", "Tuesday and Thursday, 19:00–21:00, from 5 October 2027", "the main hall of the Triolet sports hall", "included in the membership"],
                        ["beach handball, on sand", "Saturday, 10:00–12:00, from 13 May to 17 June 2028", "the sand courts of the Triolet sports grounds", "€10 for the season"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery sessions take 40 people, the beginners' group 28, each team 18 and the beach "
                    "handball 24. Membership costs €40 for the academic year for students and €65 for staff and "
                    "researchers; it includes insurance and a club jersey. The licence of the French handball federation, €30, is needed only to "
                    "play matches. Register from 27 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. Staff and researchers train with "
                    "the club but cannot play in the university championship, which is for students only. The "
                    "beginners' group needs no experience; the teams are for experienced players.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Indoor shoes with soles that leave no marks, shorts and a water bottle with your name on it. "
                    "The club provides the balls and the bibs and lends goalkeepers their protections.",
                ),
                ("h2", "Playing in the university championship"),
                (
                    "p",
                    "The club enters its two teams in the university championship of the Occitanie region, with "
                    "matches on Thursday afternoons from November to March; the best teams go on to the final phase "
                    "of the French university championship in May. To play in it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Come to the selection trainings on Tuesday 5 and Thursday 7 October 2027, where the coach "
                        "sees every player.",
                        "Take the licence of the French handball federation through the club, for €30, with a "
                        "medical certificate of fitness for handball less than 1 year old, by 15 October 2027.",
                        "Train with your team at least once a week; after 3 absences in a row without warning, the "
                        "coach gives your place to another player.",
                        "Keep your Thursday afternoons free for the matches: if your programme has classes then, the "
                        "Sports Department gives you a certificate for your head of programme.",
                        "Confirm in the club's app by the Monday before each match that you can play; the coach "
                        "names the 14 players of each match on the Tuesday.",
                    ],
                ),
                ("h2", "Rules of the sessions"),
                (
                    "bullet",
                    [
                        "no rings, earrings, watches or piercings on the court;",
                        "nails cut short and long hair tied back;",
                        "15 minutes of warm-up before any shot at the goal;",
                        "never shoot at a goalkeeper who is not ready, and never at the head;",
                        "put the balls, the bibs and the goals away at the end of each session.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["selection trainings", "5 and 7 October 2027", "the coach forms the two teams"],
                        ["regional university championship", "November 2027 to March 2028, on Thursday afternoons", "home and away matches in Occitanie"],
                        ["Sept Mètres Cup", "8 April 2028, at the Triolet sports hall", "the club's tournament, for 12 teams, the beginners' group included"],
                        ["final phase of the French university championship", "17 to 19 May 2028, in Clermont-Ferrand", "the 8 best women's and men's teams of France"],
                        ["beach handball tournament", "24 June 2028, on the beach of Carnon", "a tournament for fun, open to every member"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For the matches of the regional championship, the club pays the minibus. If a team qualifies for "
                    "the final phase, the club pays the train, the hotel and the meals; each player pays a "
                    "contribution of €20.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who play the whole season with a team, the regional championship included, can have "
                    "it recognised as a sport unit worth 2 ECTS credits; students who attend at least 20 sessions of "
                    "the beginners' group and play in the Sept Mètres Cup, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Sept Mètres, Sports Department, septmetres@asso.umontpellier.fr, +33 4 65 82 47 45. "
                    "Triolet campus, building 45, room 45.11; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-lutherie-workshop-2027.pdf": {
        "title": "La Rosace: the lutherie workshop of UM, 2027-2028",
        "short": "Lutherie workshop 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/la-rosace-lutherie-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, La Rosace lutherie workshop",
        "pages": [
            [
                ("h1", "La Rosace: the lutherie workshop of UM, 2027-2028"),
                (
                    "p",
                    "A luthier makes and repairs stringed instruments. In La Rosace, the lutherie workshop of the "
                    "Culture Department, named after the decorated ring around the soundhole of a guitar, a luthier "
                    "teaches students and staff to build and repair instruments with hand tools. The workshop has 8 "
                    "benches, a drying cabinet for varnish, and a bandsaw and a drill press that only the luthier "
                    "uses. This guide applies to the academic year 2027-2028. In 2026-2027, 38 people worked in the "
                    "workshop and 5 classical guitars were finished.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery afternoon: build a three-string cigar-box guitar and play it", "Saturday 16 October 2027 or Saturday 29 January 2028, 13:30–18:30", "the workshop, Triolet campus, building 16, room 16.02", "€25, kit included"],
                        ["beginners' course: tools, wood and glue, by building a cajón and a small kalimba, in 8 sessions", "Tuesday, 18:00–20:30, from 9 November 2027", "the workshop, room 16.02", "€70, wood included"],
                        ["guitar course: a classical guitar of your own, from the top to the strings, in 26 sessions", "Thursday, 18:00–21:00, from 4 November 2027 to 15 June 2028", "the workshop, room 16.02", "€320, wood, tuners and strings included"],
                        ["repair and set-up clinic: new strings, string height, cracks and loose bridges on your own guitar", "Wednesday, 17:00–19:00, from 12 January 2028", "the workshop, room 16.02", "€5 per visit, plus parts at cost"],
                        ["open bench: the benches and hand tools for your own project", "Friday, 14:00–18:00, from 14 January 2028", "the workshop, room 16.02", "€4 per afternoon"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery afternoons take 8 people, the beginners' course 8 and the guitar course 6; the "
                    "clinic sees 10 guitars an evening, and the open bench has 8 benches. Students with a need-based "
                    "grant pay half price; staff and researchers pay €30 more per course. Register from 27 September "
                    "2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The guitar course is for "
                    "people who have followed the beginners' course, this year or in an earlier year, or who show the "
                    "luthier a piece of woodwork of their own. The workshop extracts its dust, but some woods irritate "
                    "the skin and the lungs: if you have asthma or a wood allergy, ask your doctor before you "
                    "register.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Old clothes or an apron, closed shoes and a notebook. The workshop lends the chisels, planes, "
                    "scrapers, clamps and files, and sells sandpaper at cost. Leave rings and bracelets at home: they "
                    "catch in the clamps.",
                ),
                ("h2", "Joining the guitar course"),
                ("p", "The guitar course starts in November and takes the whole year. To join it, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or bring a piece of your own woodwork to the luthier on any "
                        "Tuesday in October, from 17:00 to 18:00.",
                        "Register in the \"Culture\" tile of your UM account by 22 October 2027 and pay the first "
                        "half of the price, €160.",
                        "At the first session, choose your wood with the luthier: a spruce or a cedar top, and walnut "
                        "or maple for the back and the sides.",
                        "Pay the second half, €160, by 31 January 2028, in the same tile.",
                        "Varnish your guitar from 11 May 2028, leave it 3 weeks in the drying cabinet, and string it "
                        "with the luthier at the last session, on 15 June 2028.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "push a chisel away from you, with both hands behind the cutting edge;",
                        "never use the bandsaw or the drill press: ask the luthier;",
                        "switch off the glue pot as soon as you have finished with it;",
                        "varnish only in the ventilated booth, with its door closed;",
                        "sweep your bench and put every tool back on the wall before you leave.",
                    ],
                ),
                ("h2", "Cuts"),
                (
                    "p",
                    "For a small cut, use the first aid kit by the door and tell the luthier. If a cut is deep or "
                    "bleeds for more than 10 minutes, go to the nurses of the Student Health Service, who see "
                    "students without an appointment on the Triolet campus, building 5: +33 4 65 82 70 81.",
                ),
                ("h2", "Concert and credits"),
                (
                    "p",
                    "The instruments of the year are shown and played on Thursday 22 June 2028 at 18:30, in the hall "
                    "of the Student House, by their makers or by guest guitarists. Students who finish a guitar and "
                    "bring it to the concert can have it recognised as a cultural engagement unit worth 1 ECTS "
                    "credit.",
                ),
                (
                    "p",
                    "Contact: La Rosace, Culture Department, rosace@umontpellier.fr, +33 4 65 82 53 40. Triolet "
                    "campus, building 16, room 16.04; Monday and Wednesday, 13:30–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-dragonfly-survey-volunteers.docx": {
        "title": "Libellules du Lez: counting the dragonflies of the Lez and the campus ponds – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/libellules-du-lez-dragonfly-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Libellules du Lez: counting the dragonflies of the Lez and the campus ponds – volunteer guide 2028"),
            (
                "p",
                "Dragonflies and damselflies spend most of their lives as larvae under water, for one to three "
                "years, hunting other small animals. Then a larva climbs a stem out of the water, splits its skin "
                "and flies away as an adult, leaving its empty skin, the exuvia, on the stem. Because the larvae "
                "need clean water, dragonflies tell us about the health of a river. Libellules du Lez, run by the "
                "Student Life Department with an entomologist of the University of Montpellier, trains volunteers "
                "to count the adult dragonflies along the Lez and at the two ponds of the Triolet campus, and to "
                "collect the exuviae, which prove that a species breeds there. Every result goes into a national "
                "dragonfly monitoring programme. In 2027, 33 volunteers recorded 41 species and collected 2,300 "
                "exuviae. Some species of the Lez are protected: volunteers count them but never disturb them.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff. The transect walks and the "
                "exuviae mornings are open from 16, with the written consent of a parent for volunteers under 18; "
                "catching dragonflies with a net, to name them in the hand, is only for volunteers aged 18 or over "
                "who have been trained by the coordinator. You need no knowledge of insects: the training day "
                "teaches you the 20 commonest species and the protocol. Volunteers commit to walking at least 4 "
                "transects between May and August 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training day: the 20 commonest species of the Lez, the protocol and the app", "Saturday 22 April 2028, 9:30–16:30", "Triolet campus, building 15, room 15.12", "24"],
                    ["transect walk: a stretch of 500 metres of bank walked slowly, counting every adult", "any sunny day from 2 May to 31 August 2028, between 10:00 and 16:00", "8 transects on the Lez, from Castelnau-le-Lez to Lattes, and the 2 ponds of the Triolet campus", "2"],
                    ["exuviae morning: collecting the empty larval skins from the plants of the bank", "Saturday, every two weeks from 13 May to 22 July 2028, 8:30–11:30", "the Lez at Castelnau-le-Lez, meeting at the tram stop", "8"],
                    ["identification evening: naming the exuviae under the microscope", "Tuesday, once a month from 16 May to 19 September 2028, 18:00–20:30", "Triolet campus, building 15, room 15.12", "12"],
                    ["pond morning for families: dragonflies for volunteers and their children", "Sunday 11 June 2028, 10:00–13:00", "the ponds of the Triolet campus", "40"],
                ],
            ),
            ("h1", "Walking your first transect"),
            ("p", "To walk your first transect, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Libellules du Lez\", by 14 "
                    "April 2028.",
                    "Attend the training day of 22 April 2028.",
                    "Book a transect and a day in the app, and collect your kit from the coordinator: close-focus "
                    "binoculars, a tally counter and a laminated identification sheet.",
                    "Walk your first transect with the coordinator or an experienced volunteer, who shows you where "
                    "it starts and where it ends.",
                    "Walk the 500 metres in 30 to 45 minutes, only in sunshine, above 17°C and with little wind, "
                    "count every adult within 5 metres of the bank, and enter the counts in the app the same day.",
                ],
            ),
            ("h1", "Dragonfly or damselfly?"),
            (
                "p",
                "At rest, a dragonfly holds its wings open and flat, like an aeroplane, and its large eyes touch or "
                "nearly touch on the top of its head. A damselfly is slimmer, folds its wings along its body at "
                "rest, and its eyes are set apart, one on each side of the head. When you are not sure, photograph "
                "the insect and send the photo to the coordinator through the app: never guess.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never catch an adult dragonfly unless you are trained and 18 or over, and release it at once where you caught it;",
                    "never walk in the river: collect exuviae from the bank only;",
                    "keep the exuviae of each site dry, in a labelled box, and never mix two sites;",
                    "check yourself for ticks after every walk along the bank;",
                    "if you see dead fish or a film of oil on the water, tell the coordinator at once.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training day and walk at least 6 transects can have it recognised as a student "
                "engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Libellules du Lez coordinator, Student Life Department: libellules@umontpellier.fr, "
                "+33 4 65 82 36 84. Student House, Triolet campus, building 20, room 124; Tuesday and Friday, "
                "10:00–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-scrabble-club.md"] = """---
title: Mot Compte Triple – the Scrabble club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/mot-compte-triple-scrabble-club
audience: students, researchers and staff
language: en
---

# Mot Compte Triple: the Scrabble club of the Student House

Scrabble is a word game for two to four players, who lay words on a board of 15 by 15 squares and score the values of the letters and of the premium squares. In duplicate Scrabble, the form played in French clubs and championships, every player has the same letters at the same time, and each move is scored against the "top", the best move possible, so that luck plays no part. Mot Compte Triple, named after the red "triple word" square, is the Scrabble club of UM students and staff. It plays in French, in room 118 of the Student House, with a referee who holds the refereeing diploma of the French Scrabble federation. This page applies to the academic year 2027-2028. In 2026-2027, the club had 41 members from 14 countries, and a third of them were learning French.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery evening: the rules, the board and your first words | Wednesday 6 October 2027, 18:30–21:00 | Student House, building 20, room 118 | 1 | free |
| "French with tiles": classic games for learners of French, with a tutor at each table, from level A2 | Monday, 18:00–19:45 | room 118 | 12, from 11 October 2027 | €15, word list included |
| duplicate training: the top, the timer and the score sheet | Thursday, 18:30–20:30 | room 118 | 10, from 4 November 2027 | €20 |
| club duplicate tournament: two games of 3 minutes a move, scored by the referee's software | second Tuesday of each month, 19:00–22:30 | room 118 | every month from 9 November 2027 | €3 per evening |
| friendly match against the Scrabble players of Nîmes | Saturday 18 March 2028, 10:00–18:00 | the hall of the Student House | 1 | free for members |

"French with tiles" takes 24 players, at 6 tables, the duplicate training 30, and each club tournament 40 players. Staff and researchers pay €8 more per course; students with a need-based grant pay half price. Registration opens on 20 September 2027 in the "Student House" tile of your UM account.

Membership costs €10 for the academic year for students and €20 for staff and researchers; it includes insurance, the boards, the tiles, the timers and the score sheets. The licence of the French Scrabble federation is optional: it costs €25 for students, and you need it only for the university championship and federation tournaments. Bring a pen and a pencil.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; players under 18 need the written consent of a parent. Duplicate is open at every level of French, since every word is checked in the official word list; "French with tiles" asks for at least an A2 level. You need no partner and no team: in duplicate, everyone plays alone against the top.

## How to play in the university championship

The club sends a team of 4 players to the French university Scrabble championship, on Saturday 15 April 2028. To be picked, follow these steps:

1. Play at least 6 of the club's duplicate tournaments between November and March.
2. Reach an average of at least 70% of the top over your best 4 tournaments: the referee's software works it out for you.
3. Take the federation licence through the club by 31 January 2028.
4. Play the qualifying game on Tuesday 7 March 2028, in room 118, at 19:00.
5. Put your name on the team list with the captain by 20 March 2028; the captain picks 4 players and 1 reserve on 24 March.

## Manners at the table

- draw your tiles from the bag held above eye level, without looking inside
- never touch another player's rack or tiles
- phones stay switched off in your bag during a tournament
- in duplicate, write your move on the slip before the timer rings, or it scores zero
- challenge a word only with the club's copy of the official word list, and call the referee for any dispute

## Tournament and credits

On Saturday 27 May 2028, the club holds the "Trophée Mot Compte Triple" in the hall of the Student House: a duplicate tournament of three games for 60 players, open to players from other clubs. Entry costs €6 per player for members and €10 for others, lunch included. Students who attend at least 10 sessions in the year and play in the Trophée can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I play in English? The club plays in French, but on the last Friday of each month, from 18:30 to 21:00, room 118 holds an evening of classic Scrabble in English, with English boards, for members and their friends. It is free.

Can I play a word from my own language? Only the words of the official French word list count. A word of your language is valid only if the list has taken it in, as it has taken in "kebab", "sushi" and "tsunami".

## Contact

Mot Compte Triple, Student House: motcomptetriple@asso.umontpellier.fr, +33 4 65 82 35 64. Triolet campus, building 20, room 118; Monday and Wednesday, 12:30–14:00.
"""

TEXTS["02-faq-deferring-admission.html"] = html_page(
    "Deferring your admission to UM by one year: FAQ",
    "How international applicants admitted to UM who cannot start in September can keep their place for the following year: reasons, deadlines, deposit, steps and contact.",
    "https://www.umontpellier.fr/en/international/deferring-admission-faq",
    "/fr/international/report-d-admission-faq",
    """    <h1>Deferring your admission to UM by one year: FAQ</h1>
    <p>Every year, some international applicants who have been admitted to a UM programme cannot start in September: their visa is late or refused, they fall ill, they are called up for military service, or a scholarship or a job keeps them at home for another year. Instead of applying again, they can ask UM to keep their place for the following academic year: this is a deferral of admission. The International Admissions desk of the International Relations Department examines the requests, with the head of each programme. This FAQ applies to applicants admitted for 2027-2028 who ask to start in September 2028. In 2026-2027, the desk received 540 requests and granted 410 of them.</p>

    <h2>For which reasons can I ask?</h2>
    <table>
      <thead>
        <tr><th>Reason</th><th>Proof to upload</th><th>Decision</th></tr>
      </thead>
      <tbody>
        <tr><td>visa refused, or not issued by 15 September 2027</td><td>the refusal of the consulate, or the proof of your visa appointment</td><td>deferral granted, unless the programme has closed its places for 2028-2029</td></tr>
        <tr><td>illness, accident or pregnancy</td><td>a medical certificate, in English or in French</td><td>deferral granted</td></tr>
        <tr><td>compulsory military or civil service</td><td>your call-up papers</td><td>deferral granted, renewable once for a second year</td></tr>
        <tr><td>a scholarship, a job or an internship that starts later</td><td>a letter of the funder or of the employer</td><td>at the decision of the head of programme</td></tr>
        <tr><td>personal or family reasons</td><td>a letter of one page</td><td>at the decision of the head of programme</td></tr>
      </tbody>
    </table>
    <p>Ask by 30 September 2027. If your visa is refused after that date, you can still ask until 15 October 2027. A deferral is for one academic year only and cannot be extended, except for military or civil service. The desk answers in 15 working days.</p>

    <h2>Can every programme be deferred?</h2>
    <p>No. The health studies (medicine, pharmacy, dentistry and midwifery) and the BUTs grant no deferrals: their places are set each year. For a master's degree, the head of programme decides in every case, whatever the reason.</p>

    <h2>How do I ask for a deferral?</h2>
    <p>Requests are made online. Proceed as follows:</p>
    <ol>
      <li>Log in to the applicant space of UM with the number of your application, the one on your letter of admission.</li>
      <li>Open "Deferral request", choose your reason and upload the proof asked for in the table above.</li>
      <li>Pay the deferral deposit of €150 by card in the same space: it secures your place and is deducted from your enrolment fees in September 2028.</li>
      <li>Wait for the decision of the desk, sent to you by e-mail with a new letter of admission for 2028-2029.</li>
      <li>Confirm in the applicant space by 15 May 2028 that you will come; without your confirmation, your place is given to another applicant.</li>
    </ol>

    <h2>Will I get the deposit back?</h2>
    <p>The deposit is refunded in full if your deferral is refused, or if your visa is refused again for 2028-2029, with the refusal of the consulate as proof. It is not refunded if you simply change your mind.</p>

    <h2>I have already paid my enrolment fees for 2027-2028. What happens to them?</h2>
    <p>They are refunded, less €23 of administrative costs, within 6 weeks of the decision. The student and campus life contribution (CVEC) is refunded on its national website, not by UM.</p>

    <h2>Can I use my visa for 2027-2028 next year?</h2>
    <p>No. You apply for a new visa for 2028-2029 with your new letter of admission. Start early: consulates ask for the letter at least 3 months before your departure.</p>

    <h2>Do I keep my UM scholarship?</h2>
    <p>A scholarship of UM for international students is kept for 2028-2029, once. A scholarship of your government or of another funder depends on that funder: ask it before you request the deferral.</p>

    <h2>I am an exchange student. Can I defer my exchange?</h2>
    <p>No. Exchange students are not admitted by this desk: ask your home university to nominate you again for 2028-2029.</p>

    <h2>Whom do I contact?</h2>
    <p>International Admissions desk, International Relations Department: admissions-deferral@umontpellier.fr, +33 4 65 81 27 52. Triolet campus, building 1, room 1.12; Monday, Tuesday and Thursday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/apply">Applying to UM from abroad</a>',
        '<a href="/en/international/visas">Visas and residence permits</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-deferring-admission.meta.yaml"] = sidecar(
    "Deferring your admission to UM by one year: FAQ",
    "https://www.umontpellier.fr/en/international/deferring-admission-faq",
    "international applicants",
)

TEXTS["03-international-students-at-the-grape-harvest-2028.md"] = """---
title: International students at the grape harvest – the agreement with the Chamber of Agriculture of the Hérault, 2028
url: https://www.umontpellier.fr/en/international/campus-life/grape-harvest-jobs
audience: international students
language: en
---

# International students at the grape harvest

The Hérault is one of the largest wine-growing départements of France, and every year, from the end of August to the end of September, its winegrowers need thousands of pickers to cut the bunches by hand. At the same time, many international students look for a paid job before their classes start. Since 2025, an agreement between the University of Montpellier and the Chamber of Agriculture of the Hérault has brought the two together: the Chamber finds estates that have signed the charter of the agreement, and the Welcome and Integration Office of the International Relations Department recruits and prepares the students. This page applies to the 2028 harvest, from Monday 28 August to Friday 29 September 2028. In 2027, 146 students picked grapes on 38 estates.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.40 gross an hour, paid by the winegrower by bank transfer within 8 days of the end of your contract |
| transport | a coach from the Triolet campus to the estates and back, free, every working day |
| lunch | a hot lunch at the estate, free |
| equipment | secateurs, gloves and a bucket lent by the estate; a hat and sun cream given on the first day |
| time off classes | students are excused from classes with compulsory attendance for at most 5 working days in September, on showing their contract |
| credits | 1 ECTS credit, as a student engagement unit, for students who work at least 15 days and write a report of 2 pages |
| certificate | a certificate of work from the Chamber of Agriculture, with the estates and the number of days |

Pickers work from Monday to Friday, from 7:00 to 14:00, with two breaks of 20 minutes: the grapes are picked in the cool of the morning, before the heat. The coach leaves at 6:15 from the car park of building 36 and is back at about 15:00. Each estate takes a team of 8 to 15 students, led by a team leader of the estate. The Chamber needs 180 students in 2028. Contracts are harvest contracts of 1 to 4 weeks, signed with the winegrower, who is your employer: UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028 or admitted for 2028-2029, exchange students and doctoral candidates included, aged 18 or over, who are allowed to work in France: the hours of the harvest count towards the hours your residence permit allows. You must be free for at least 5 working days in a row. No French is needed: the team leaders give their instructions in French and in English, and the training shows every gesture. Picking is hard physical work, bent over the vines for hours: if you have back problems, ask your doctor before you apply. Staff cannot apply under this agreement, and French students apply directly to the Chamber.

## How to get a harvest job

An information meeting takes place on Thursday 4 May 2028 at 12:30 in the hall of the Student House. To get a harvest job, follow these steps:

1. Apply in the "International" tile of your UM account by 31 May 2028, giving the weeks in which you are free.
2. Attend the half-day of training on safety and picking on Saturday 24 June 2028, from 9:00 to 12:30, at the Chamber of Agriculture in Lattes.
3. Read the e-mail that gives you your estate and your weeks, sent by 14 July 2028.
4. Sign your harvest contract with the winegrower and give your bank details, your social security number and a copy of your residence permit by 21 August 2028.
5. Be at the coach at 6:15 on your first morning, in closed shoes and long trousers, with 2 litres of water.

## Rules in the vines

- close your secateurs whenever you move, and never point them at a neighbour
- keep your free hand away from the blade: most cuts are to the fingers of the other hand
- drink water at the end of every row, even if you are not thirsty
- never climb on a trailer or a tractor
- tell the team leader about every cut or sting, however small

## FAQ

What if it rains? The estate stops the picking when the rain is heavy. Hours not worked are not paid, but once the coach has brought you to the estate you are paid for at least 2 hours.

Can I sleep at the estate? The agreement does not include housing, since the coach brings you back every day. A few estates offer a bed to pickers who stay the whole season: ask the office when you apply.

What if I am stung by a wasp? Wasps love ripe grapes. Tell the team leader, who has the first aid kit. If your face or throat swells or you find it hard to breathe, call 15 at once.

## Contact

Welcome and Integration Office, International Relations Department: harvest-jobs@umontpellier.fr, +33 4 65 81 27 19. Triolet campus, building 1, room 1.08; Monday to Wednesday, 13:30–16:30. The office passes questions about your contract and your pay on to the Chamber of Agriculture.
"""

TEXTS["04-faq-judo-club.html"] = html_page(
    "Ippon, the judo club: FAQ",
    "Ippon: the open mat, the beginners' course, judo for all levels, adapted judo and the Ippon Cup.",
    "https://www.umontpellier.fr/en/campus-life/student-house/judo-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-judo-faq",
    """    <h1>Ippon, the judo club: FAQ</h1>
    <p>Judo, "the gentle way", is a Japanese martial art and an Olympic sport: two judoka in white or blue jackets try to throw each other onto the back, or to pin each other to the mat, using the balance and the strength of the partner rather than their own. A clean throw onto the back scores "ippon" and wins the contest at once. "Ippon" is the judo club of the Student House. Its members train in the dojo of the Triolet sports hall with two teachers who hold the state diploma for teaching judo. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 74 members from 19 countries, from white belts to 3rd dan.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open mat: falls and a first throw, in a borrowed judogi</td><td>Thursday 30 September 2027, 18:30–20:30</td><td>the dojo, Triolet sports hall, building 45, room 45.03</td><td>free</td></tr>
        <tr><td>beginners' course: breakfalls, the first eight throws and the holds, in 14 sessions</td><td>Monday, 18:00–19:30, from 11 October 2027</td><td>the dojo, room 45.03</td><td>€40</td></tr>
        <tr><td>judo for all levels: technique and randori, the free practice</td><td>Wednesday, 19:00–21:00, from 6 October 2027</td><td>the dojo, room 45.03</td><td>included in the membership</td></tr>
        <tr><td>adapted judo, for members with a physical, sensory or intellectual disability</td><td>Friday, 17:00–18:30, from 8 October 2027</td><td>the dojo, room 45.03</td><td>included in the membership</td></tr>
        <tr><td>the "Ippon Cup": a tournament of the universities of the region, by weight and by belt</td><td>Sunday 12 March 2028, 9:00–18:00</td><td>the main hall of the Triolet sports hall</td><td>free for spectators, €10 for competitors of other clubs</td></tr>
      </tbody>
    </table>
    <p>Membership costs €45 for the academic year for students and €75 for staff and researchers; the licence of the French judo federation, €42, is compulsory from the first session and is taken through the club. The open mat takes 30 people, the beginners' course 25 and the Wednesday session 40 on the mat; the Ippon Cup welcomes 120 competitors and 400 spectators. Every new member receives a white belt.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. Competitions are open from 17, and strangles and armlocks are taught from 18 only. You need no experience: the beginners' course starts with learning to fall.</p>

    <h2>What do I wear?</h2>
    <p>For the open mat and the first month of the beginners' course, the club lends a judogi, the jacket and trousers of judo. After that, you need your own: the club's group order offers one for €35. Bring flip-flops to walk from the changing room to the mat: nobody walks barefoot off the mat, and nobody wears shoes on it.</p>

    <h2>How do I start competing?</h2>
    <p>Competing is not compulsory, and most members never do. If you want to, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Ippon", and take the licence.</li>
      <li>Hand in a medical certificate of fitness for judo in competition that is less than 1 year old.</li>
      <li>Hold at least the yellow belt: the teachers grade the members at the belt session of Friday 10 December 2027.</li>
      <li>Train at least twice a week during the 6 weeks before your first competition.</li>
      <li>Put your name on the teachers' list by 31 January 2028 for the academic championship of Saturday 4 March 2028, or by 15 February 2028 for the Ippon Cup.</li>
    </ol>
    <p>A second belt session takes place on Friday 7 April 2028.</p>

    <h2>What are the rules in the dojo?</h2>
    <ul>
      <li>bow when you step onto the mat and when you leave it;</li>
      <li>nails of the hands and feet cut short, and long hair tied back;</li>
      <li>no rings, earrings, piercings, watches or hair clips on the mat;</li>
      <li>a clean judogi at every session, and flip-flops everywhere off the mat;</li>
      <li>tap the mat or your partner twice to stop at once, and let go as soon as your partner taps.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>Tap, stop and tell a teacher: both teachers hold a first aid certificate, and the first aid kit is at the edge of the mat. After an injury to a shoulder, an elbow or a knee, you come back on the mat only with a note from a doctor. Tell the club's secretary within 5 days of any injury, for the insurance.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who attend at least 24 sessions in the year and help to run the Ippon Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Ippon, Student House: ippon@asso.umontpellier.fr, +33 4 65 82 35 73. Triolet campus, building 20, room 208; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-judo-club.meta.yaml"] = sidecar(
    "Ippon, the judo club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/judo-club-faq",
    "students, researchers and staff",
)

TEXTS["05-flamenco-club.txt"] = """DUENDE: THE FLAMENCO CLUB - 2027-2028
University of Montpellier - Student House

Flamenco is the music and dance of Andalusia: the song (cante), the guitar (toque) and the dance (baile), held together by a rhythm that the dancers strike with their heels and that everyone claps with their hands, the palmas. Duende is the flamenco association of UM students and staff. A dancer trained in Seville teaches the dance, and a guitarist and a singer play at the sessions. The association dances in the dance studio of the Student House, which has a wooden floor made for the heels of flamenco shoes. Its members come from 15 countries, and in 2026-2027 the association had 52 members, a quarter of them men. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities:

taster evening: palmas and the first steps of the sevillanas, on Tuesday 28 September 2027 from 19:00 to 21:00
beginners' dance course: posture, arms, heel work and the four sevillanas, 12 sessions on Tuesdays from 19:00 to 20:30, from 5 October 2027
intermediate dance: the rhythms of the tangos and the alegrías, on Thursdays from 19:00 to 20:30, from 7 October 2027
palmas and cajón workshop: clapping and drumming the rhythms, 6 sessions on Wednesdays from 18:00 to 19:00, from 12 January 2028
the juerga: an open evening with the guitarist and the singer, where anyone may dance, on the first Friday of each month from 20:00, from 5 November 2027
Noche de Duende: the end-of-year show, on Saturday 3 June 2028 at 20:30, in the theatre of the Student House

The general meeting of the association, where the year's programme is voted, takes place on Wednesday 13 October 2027 at 18:30 in room 014 of the Student House.

MEMBERSHIP, COURSES AND SHOES

Membership costs EUR 15 for the academic year for students and EUR 28 for staff and researchers; it includes insurance. The beginners' dance course costs EUR 36 for the twelve sessions, the intermediate dance EUR 30 per semester and the palmas and cajón workshop EUR 10. Students with a need-based grant pay nothing for the courses, only the membership. The beginners' course takes 20 dancers, the intermediate dance 16 and the palmas workshop 12.

Flamenco shoes have small nails in the heel and the toe. The association lends 20 pairs, from size 36 to size 44, for the taster evening and the first month of the beginners' course; after that, dancers buy their own, and the association's group order from a maker in Seville costs about EUR 70 a pair. Practice skirts are lent all year. Men and women dance in the same classes.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I DANCE IN NOCHE DE DUENDE?

1. Be a member and follow a dance course all year, missing at most 3 sessions.
2. Tell the teacher by 31 January 2028 which piece you want to dance: the sevillanas for the beginners, the tangos for the intermediate group.
3. Attend the four Saturday rehearsals, on 6, 13, 20 and 27 May 2028, from 10:00 to 13:00.
4. Collect your costume from the association on 27 May: the skirts, shawls and shirts are lent, and you bring your own shoes.
5. Attend the dress rehearsal on Friday 2 June 2028 at 18:00 in the theatre, and be there at 19:00 on the day of the show.

RULES OF THE STUDIO

Flamenco shoes only on the wooden floor of the studio: never in the corridors or outside, where the nails scratch and slip. No street shoes on the floor. Water only, in a closed bottle. Never film the teacher or the musicians without their agreement. Warm up your ankles and calves before any heel work. The studio closes at 22:00, except on the evenings of the juerga, which end at 23:30.

NOCHE DE DUENDE

On Saturday 3 June 2028 at 20:30, the dancers of the year, the guitarist and the singer give Noche de Duende in the theatre of the Student House, which has 180 seats. Tickets cost EUR 5, and EUR 3 for members, on sale from 2 May at the desk of the Student House.

CREDITS

Students who follow a dance course all year and dance in Noche de Duende can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Duende, Student House
E-mail: duende@asso.umontpellier.fr
Phone: +33 4 65 82 35 16
Student House, Triolet campus, building 20, room 014. Tuesday, 12:30-14:00.
"""

TEXTS["05-flamenco-club.meta.yaml"] = sidecar(
    "Duende, the flamenco club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/duende-flamenco",
    "students, researchers and staff",
)

TEXTS["06-exam-scripts-and-grade-reviews-2027.md"] = """---
title: Seeing your marked exam scripts and asking for a grade review, 2027-2028
url: https://www.umontpellier.fr/en/study/exam-scripts-and-grade-reviews
audience: students
language: en
valid_until: 2028-09-30
---

# Seeing your marked exam scripts and asking for a grade review, 2027-2028

After each exam session, every UM student has the right to see their written exam scripts once they are marked, to understand their grades and to learn from their mistakes. A student who finds an error, such as a question left unmarked or points added up wrongly, can ask for a grade review. The Exam Results desk of the Schooling Department runs the procedure for all the faculties. This page applies to the exams of the academic year 2027-2028, for the students of bachelor's degrees, BUTs and master's degrees, exchange students included. In 2026-2027, 3,900 students booked a consultation and 610 asked for a review; 140 grades were corrected.

## Windows of the year

| Exam session | Results published | Consultation of the scripts | Grade review requested by |
|---|---|---|---|
| first session, autumn semester | Thursday 3 February 2028 | 7 to 18 February 2028 | 25 February 2028 |
| first session, spring semester | Thursday 8 June 2028 | 12 to 23 June 2028 | 30 June 2028 |
| second session (resits) of both semesters | Thursday 6 July 2028 | 10 to 13 July 2028 | 17 July 2028 |

A request made after the deadline of its session is not examined. The consultation is free, and so is the review.

## Seeing your scripts

Consultations take place with the lecturer who marked the exam, or with another member of the teaching team, in slots of 15 minutes. You may take photos of your script, but you never take it away: scripts are kept by the faculty for 1 year, then destroyed. For an oral exam there is no script: ask the examiner for a meeting within the same window. Marked continuous assessment work is handed back in class.

Exchange students who have already gone home can ask the lecturer by e-mail, within the consultation window, for a scan of their script.

## What a grade review can and cannot do

A grade review is not a second marking. The head of the exam board checks that every question was marked, that the points were added up correctly and that the grade was copied correctly into your transcript, and can ask the lecturer to mark a question that was left unmarked. A review can raise your grade; it never lowers it. The decision of the exam board on your year, once it has deliberated, is not reviewed: only errors of fact are corrected.

The head of the exam board answers in 15 working days. If you disagree with the answer, you can write to the President of the University within 2 months of it, and then go to the administrative court.

Students with a disability who need an accessible room or extra time to read their script ask the Disability Support Service before they book.

## How to see your scripts and ask for a review

To see your scripts and, if needed, ask for a grade review, follow these steps:

1. Read your results in the "Schooling" tile of your UM account on the day they are published.
2. Book a consultation slot with the lecturer in the same tile, under "My scripts", within the consultation window of the session.
3. Come to the consultation with your student card; note or photograph what you think is wrong.
4. Fill in the grade review form under "My scripts" by the deadline of the session, saying which question or which addition is wrong, and add your photos.
5. Read the answer of the head of the exam board in the same tile; if your grade changes, a corrected transcript follows within 10 working days.

## FAQ

I failed one module. Can I also see the scripts of the exams I passed? Yes: you can see the scripts of all your written exams of the session, passed or failed.

Can my parents come with me? No. The consultation is for the student only, but you may come with the student representative of your year.

## Contact

Exam Results desk, Schooling Department: exam-results@umontpellier.fr, +33 4 65 81 26 33. Triolet campus, building 2, room 2.07; Monday to Friday, 9:00–12:00. The desk is closed from 20 December 2027 to 2 January 2028.
"""

TEXTS["10-wild-orchid-survey-volunteers.md"] = """---
title: Orchidées Sauvages – counting the wild orchids of the garrigue, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/orchidees-sauvages
audience: students, researchers and staff
language: en
---

# Orchidées Sauvages: counting the wild orchids of the garrigue

Around Montpellier, more than 60 species of wild orchids flower between March and June, in the garrigue, on dry grassland, and even on roadsides and campus lawns. Many of them are bee orchids: their flowers imitate a female insect in shape, colour and scent so well that males try to mate with them and carry off their pollen. Wild orchids decline where grassland is built on, mown too early or left to turn into scrub. Orchidées Sauvages, run by the Student Life Department with a botanist of the Faculty of Sciences, trains UM volunteers to count and map the flowering orchids of 14 plots of 1 hectare each, year after year, so that the managers of the land know where to mow late and where to graze. In 2027, 27 volunteers counted 9,400 flowering stems of 31 species.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the orchids of the garrigue and why they are declining | Tuesday 7 March 2028, 18:30–20:00 | the hall of the Student House | 90 | free |
| field training: the 25 commonest orchids of the region, in the field | Saturday 18 March or Saturday 25 March 2028, 9:00–16:00 | the Mosson valley, by minibus from the car park of building 36 | 16 per day | €6, for the field guide you keep |
| count mornings: counting and mapping the flowering orchids of a plot with a GPS | Saturday, every week from 1 April to 27 May 2028, 8:30–12:30 | 14 plots: the meadow of the Triolet campus, the Mosson valley and the Causse d'Aumelas | 30 | free |
| roadside day: finding the orchids of the verges before the mowing, with the road services of the Métropole | Wednesday 17 May 2028, 8:00–13:00 | the verges of the roads north of Montpellier | 20 | free |
| results evening: the map of the year and the advice given to the land managers | Tuesday 27 June 2028, 18:30–20:30 | the hall of the Student House | 90 | free |

Each plot is counted by a team of 2 to 4 volunteers, always the same team during a season. The minibus leaves at 8:00 from the car park of building 36 for the Mosson valley and the Causse d'Aumelas; the plots of the Triolet campus meadow are reached on foot.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of botany: the field training teaches you the commonest species, and the survey app shows a photo of each. Volunteers commit to at least 3 count mornings in April and May.

## How to join a counting team

Teams are formed in March. To join a team, follow these steps:

1. Come to the introductory talk of 7 March, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Orchidées Sauvages", by 10 March 2028, saying on which Saturdays you are free.
3. Attend one of the two field trainings.
4. Choose your plot and your team in the app, where the coordinator shows the plots that are still free.
5. On your first count morning, collect the GPS, the plot map and the marker flags from the botanist at the minibus.

## What to bring

Walking boots, long trousers, because the kermes oak of the garrigue is prickly, a hat, 1.5 litres of water, a smartphone with the survey app, your field guide and a snack.

## Rules of the survey

- never pick an orchid or dig one up: several species are protected, and a picked stem is a stem missing from the count
- walk along the edges of the plot and between the flags, never across a patch of flowers
- never publish the exact place of a rare orchid, on social networks or anywhere else
- close every gate behind you: the plots of the Causse d'Aumelas are grazed by sheep
- no dogs on the plots, even on a lead

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend a field training and at least 5 count mornings can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

I have hay fever. Will the count mornings be hard for me? Orchids give off almost no pollen, but the grasses around them do: in April and May, take your treatment before you come, and ask for a plot on the Causse, where there is less grass.

What if it rains? Orchids are counted in light rain too. The coordinator cancels a count morning only for a storm or heavy rain, by 20:00 the evening before.

Can I take photos? Yes, as many as you like, without sharing the place of rare species. The best photos are shown at the results evening.

## Contact

Orchidées Sauvages coordinator, Student Life Department: orchidees@umontpellier.fr, +33 4 65 82 36 92. Student House, Triolet campus, building 20, room 128; Monday and Thursday, 14:00–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a seasonal job and two procedures: Scrabble, the deferral of an admission to UM, the grape harvest jobs of the agreement with the Chamber of Agriculture of the Hérault, judo, flamenco, seeing exam scripts and asking for a grade review, handball, lutherie, the dragonfly survey and the wild orchid survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Mot Compte Triple, Student House | the Scrabble club, its courses, the duplicate tournaments, the university championship and the Trophée Mot Compte Triple | motcomptetriple@asso.umontpellier.fr | +33 4 65 82 35 64 | Student House, Triolet campus, building 20, room 118 | Monday and Wednesday, 12:30–14:00 |
| International Admissions desk, International Relations Department | deferrals of admission for international applicants, the deferral deposit and the new letters of admission | admissions-deferral@umontpellier.fr | +33 4 65 81 27 52 | Triolet campus, building 1, room 1.12 | Monday, Tuesday and Thursday, 9:30–12:30 |
| Welcome and Integration Office, International Relations Department | the grape harvest jobs of the agreement with the Chamber of Agriculture, the applications, the training and the credits | harvest-jobs@umontpellier.fr | +33 4 65 81 27 19 | Triolet campus, building 1, room 1.08 | Monday to Wednesday, 13:30–16:30 |
| Ippon, Student House | the judo club, its courses, adapted judo, competitions and the Ippon Cup | ippon@asso.umontpellier.fr | +33 4 65 82 35 73 | Student House, Triolet campus, building 20, room 208 | Thursday, 12:30–14:00 |
| Duende, Student House | the flamenco club, its dance courses, the palmas and cajón workshop, the juerga and Noche de Duende | duende@asso.umontpellier.fr | +33 4 65 82 35 16 | Student House, Triolet campus, building 20, room 014 | Tuesday, 12:30–14:00 |
| Exam Results desk, Schooling Department | consultations of marked exam scripts and grade reviews | exam-results@umontpellier.fr | +33 4 65 81 26 33 | Triolet campus, building 2, room 2.07 | Monday to Friday, 9:00–12:00 |
| Sept Mètres, Sports Department | the handball club, its teams, the beginners' group, beach handball and the university championship | septmetres@asso.umontpellier.fr | +33 4 65 82 47 45 | Triolet campus, building 45, room 45.11 | Tuesday and Friday, 12:30–14:00 |
| La Rosace, Culture Department | lutherie courses, the repair clinic, the open bench and the concert of the year | rosace@umontpellier.fr | +33 4 65 82 53 40 | Triolet campus, building 16, room 16.04 | Monday and Wednesday, 13:30–17:00 |
| Libellules du Lez coordinator, Student Life Department | the dragonfly survey, the transect walks and the exuviae mornings | libellules@umontpellier.fr | +33 4 65 82 36 84 | Student House, Triolet campus, building 20, room 124 | Tuesday and Friday, 10:00–12:30 |
| Orchidées Sauvages coordinator, Student Life Department | the wild orchid survey, the field trainings and the count mornings | orchidees@umontpellier.fr | +33 4 65 82 36 92 | Student House, Triolet campus, building 20, room 128 | Monday and Thursday, 14:00–17:00 |

## Useful to know

Consultations of exam scripts: students with a disability who need an accessible room, extra time or a reader to consult their scripts contact the Disability Support Service at least 3 working days before their consultation slot: disability-support@umontpellier.fr, +33 4 65 82 70 23, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 70 81, Triolet campus, building 5, room 014; Monday to Friday, 8:30–17:00. Students who need a medical certificate of fitness for a sport (for judo competitions or the handball licence, for example) can get one free of charge from the doctors of the same service, by appointment: +33 4 65 82 70 52. Staff ask their own doctor.

Applicants who have lost the access to the applicant space of UM, for example to confirm a deferred admission, ask the IT help desk to reopen it: it-help@umontpellier.fr, +33 4 65 81 30 40.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 47.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-exam-scripts-and-grade-reviews-2024.txt"] = """SEEING YOUR EXAM SCRIPTS AND ASKING FOR A GRADE REVIEW - 2024-2025
University of Montpellier - Faculty exam offices

This page applies to the exams of the academic year 2024-2025.

WHEN TO ASK

The results of the first session were published on Friday 31 January 2025 for the autumn semester and on Friday 6 June 2025 for the spring semester.

Scripts of the first session can be consulted only during the 5 working days that follow the results: from 3 to 7 February 2025 for the autumn semester, and from 10 to 16 June 2025 for the spring semester. Scripts of the second session (resits) cannot be consulted.

Grade reviews must be asked for by 14 February 2025 for the autumn semester and by 20 June 2025 for the spring semester.

Photos of scripts are not allowed. A photocopy of your script costs EUR 2 per page, paid at the exam office.

A grade review is a second marking by another lecturer: the grade can go up or down.

The exam office gives its decision within 30 days.

HOW TO ASK

1. Ask the exam office of your faculty for an appointment by e-mail.
2. Consult your script at the exam office, with a member of staff present.
3. Fill in the paper grade review form and hand it in at the exam office with a copy of your student card.

CONTACT

Exam offices of the faculties, coordinated by the Schooling Department
E-mail: exams-office@umontpellier.fr
Phone: +33 4 65 81 26 05
Triolet campus, building 2, room 2.21. Monday and Thursday, 9:00-11:30.
"""

TEXTS["31-exam-scripts-and-grade-reviews-2024.meta.yaml"] = sidecar(
    "Seeing your exam scripts and asking for a grade review, 2024-2025",
    "https://www.umontpellier.fr/en/study/exam-scripts-and-grade-reviews-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-tuebingen-scrabble-club-and-handball-club.md"] = """---
title: University of Tübingen – the Scrabble club and the handball club
url: https://www.uni-tuebingen.de/en/student-life/scrabble-and-handball
audience: students and staff
language: en
---

# University of Tübingen: the Scrabble club and the handball club

This page of the University of Tübingen, in Germany, presents the Scrabble club and the handball club of its university sports and culture programme. It applies only to students and staff of the University of Tübingen, at its campuses in the town centre, on the Morgenstelle and on the Schnarrenberg.

## Scrabble club

The Scrabble club plays in German and in English, in the old town, near the Neckar.

| Rule | University of Tübingen |
|---|---|
| beginners' course | 8 lessons, €20 |
| group size | 16 players, open from 18 years old |
| membership | €8 a year for students, federation licence included |
| weekly tournament | Thursday, 19:00–22:00 |
| university championship | team list closes on 1 April 2028 |
| club tournament | Saturday 10 June 2028, €5 per player |
| credits | no ECTS credits |

Contact: Scrabble club, scrabble@uni-tuebingen.de, +49 7071 29 741 20.

## Handball club

The handball club trains in the university sports hall on the Morgenstelle.

- the club is open from 18 years old only
- the discovery session takes place on Thursday 14 October 2027
- membership costs €25 a year for students, with the federation licence
- the licence and the medical certificate are due by 30 September 2027
- the teams play the German university championship, with a final in June 2028
- members pay their own travel to away matches and to the final
- team players receive 3 ECTS credits

Contact: handball club, handball@uni-tuebingen.de, +49 7071 29 752 40.
"""

TEXTS["41-padua-judo-club-and-deferring-admission.md"] = """---
title: University of Padua – the judo club and deferring admission
url: https://www.unipd.it/en/student-life/judo-and-deferred-admission
audience: students and applicants
language: en
---

# University of Padua: the judo club and deferring admission

This page of the University of Padua, in Italy, presents the judo club of its university sports centre and the deferral of an admission to its degree programmes. It applies only to students and applicants of the University of Padua, at its campuses in the city centre, at Portello and at Agripolis in Legnaro.

## Judo club

The club trains in the dojo of the university sports centre, near the Portello campus.

- members must be 15 or over
- the open mat takes place on Saturday 2 October 2027
- membership costs €50 a year for students, federation licence included
- the beginners' course has 10 sessions and costs €60
- no medical certificate is needed to compete in club tournaments
- the club lends judogis to every member all year
- the club's tournament takes place on Sunday 26 March 2028
- the club gives no ECTS credits

Contact: judo club, judo@unipd.it, +39 049 827 50 10.

## Deferring admission

Applicants admitted to a degree programme who cannot start in the autumn can ask to start a year later.

| Rule | University of Padua |
|---|---|
| deadline to ask | 31 August 2027 |
| deferral deposit | none |
| length of a deferral | up to 2 academic years |
| programmes that can be deferred | every programme, medicine included |
| decision | within 30 days |
| confirmation of your place | by 1 June 2028 |
| enrolment fees already paid | refunded in full |

Contact: international admissions, admissions@unipd.it, +39 049 827 30 40.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
