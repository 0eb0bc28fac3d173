"""The text of every 'blind28' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-creative-writing-workshop-2027.pdf": {
        "title": "Encre Fraîche: the creative writing workshop of UM, 2027-2028",
        "short": "Creative writing at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/encre-fraiche-creative-writing-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Encre Fraîche creative writing workshop",
        "pages": [
            [
                ("h1", "Encre Fraîche: the creative writing workshop of UM, 2027-2028"),
                (
                    "p",
                    "In the creative writing workshop of the "
                    "Culture Department, a novelist and a poet show students and staff how to start a text, how to "
                    "keep going and how to read their work to others, in French or in English. This guide "
                    "applies from 1 September 2027 to 31 August 2028. In 2026-2027, 112 people wrote in the "
                    "workshop.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: a short text written from an object or a photograph", "Thursday 7 October 2027 or Thursday 13 January 2028, 18:00–20:30", "the writing room of the Culture Department, Triolet campus, building 7, room 7.02", "free"],
                        ["short fiction course: \"from the first line to the last\", in 10 sessions", "Monday, 18:30–20:30, from 8 November 2027", "the writing room, room 7.02", "€60"],
                        ["poetry course in French and in English, in 6 sessions", "Wednesday, 18:30–20:30, from 2 February 2028", "the writing room, room 7.02", "€40"],
                        ["writing retreat: two days of writing away from the city, with the novelist", "Saturday 18 and Sunday 19 March 2028", "a gîte in Saint-Guilhem-le-Désert, by minibus", "€70, meals and night included"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery sessions take 15 people, the short fiction course 12, the poetry course 10 and "
                    "the retreat 14. Students with a need-based grant pay half price; staff and researchers pay €15 "
                    "more per course. Register from 27 September 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can write?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or "
                    "over; the retreat, with its night away, is open from 18. You may write in French or in English; "
                    "in the poetry course, poems in other languages are welcome, read with a translation.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring a notebook and a pen: every session starts with 10 minutes of writing by hand, even for "
                    "those who then type on a laptop. For your first session, also bring a short passage of a book "
                    "you love, to read aloud to the group.",
                ),
                ("h2", "The Encre Fraîche short story prize"),
                (
                    "p",
                    "Every year, the workshop holds a short story prize open to all UM students, whether or not they "
                    "follow a course. The theme for 2028 is \"Thresholds\". To enter, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Write a story of at most 12,000 characters, spaces included, in French or in English, on "
                        "the theme of the year.",
                        "Submit it in the \"Culture\" tile of your UM account by 31 January 2028, as a PDF file "
                        "without your name in it: the jury reads the stories anonymously.",
                        "Wait for the jury, made up of the novelist, a bookseller and a student of the workshop, "
                        "which shortlists 10 stories by 15 March 2028.",
                        "If your story is shortlisted, read an extract of at most 5 minutes at the prize evening, "
                        "on Thursday 13 April 2028 at 19:00, in the hall of the Student House.",
                        "Collect your prize: €300 and the opening pages of the anthology for the winner, and a "
                        "book voucher of €100 for each of the two runners-up.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "p",
                    "The workshop has five rules:",
                ),
                (
                    "bullet",
                    [
                        "what is read in the workshop stays in the workshop: never pass on another writer's text;",
                        "talk about the text, not about the writer, and always start with what works;",
                        "when it is your turn to be read, send your text to the group at least 48 hours before the "
                        "session;",
                        "no text written by an artificial intelligence tool, in the workshop or in the prize;",
                        "come on time: the first 10 minutes of writing start with the session.",
                    ],
                ),
            ],
            [
                ("h2", "The anthology"),
                (
                    "p",
                    "Every June, the workshop publishes an anthology of texts by its members, printed in 500 copies "
                    "and put online on the website of the Culture Department. It is made in four stages:",
                ),
                (
                    "table",
                    [
                        ["Stage", "By when", "What happens"],
                        ["sending your texts", "30 April 2028", "members who have followed a course send up to 2 texts, 15,000 characters in all, in the \"Culture\" tile"],
                        ["editing", "May 2028", "one meeting of 30 minutes per text with the novelist or the poet, who may suggest cuts"],
                        ["proofs", "10 June 2028", "you read the final page layout of your text; no changes are made after that date"],
                        ["launch evening", "Thursday 22 June 2028, 18:30, in the hall of the Student House", "each author reads a few lines and receives 3 free copies; further copies cost €8"],
                    ],
                    (36, 50, 80),
                ),
                (
                    "p",
                    "Authors keep all the rights to their texts: by signing the publication form, they only allow UM "
                    "to print the anthology and to put it online. A text published elsewhere before cannot be "
                    "included.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow a course and publish a text in the anthology or enter the short story "
                    "prize can have it recognised as a cultural engagement unit worth 2 ECTS credits.",
                ),
                (
                    "p",
                    "Contact: Encre Fraîche, Culture Department, encrefraiche@umontpellier.fr, +33 4 65 82 53 26. "
                    "Triolet campus, building 7, room 7.03; Tuesday and Friday, 10:00–12:30.",
                ),
            ],
        ],
    },
    "08-self-defence-courses-2027.pdf": {
        "title": "Self-defence courses at UM, 2027-2028",
        "short": "Self-defence courses 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/self-defence-courses-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – University Sports Service, self-defence courses",
        "pages": [
            [
                ("h1", "Self-defence courses at UM, 2027-2028"),
                (
                    "p",
                    "Self-defence is not a combat sport, and nobody wins a match. It is about seeing a risk coming, "
                    "keeping a distance, saying no with your voice and your body, freeing yourself from a grab and "
                    "running to a safe place. The University Sports Service offers short courses taught by two of its "
                    "instructors, who hold a federal self-defence diploma, on the mats of the Triolet sports hall. "
                    "No strength and no experience are needed: the techniques are chosen to work for small and tall "
                    "people alike. This guide applies to the academic year 2027-2028. In 2026-2027, 230 people "
                    "followed a course.",
                ),
                ("h2", "The courses"),
                (
                    "table",
                    [
                        ["Course", "When", "Where", "Price"],
                        ["introductory workshop: posture, voice and getting out of a wrist grab", "Saturday 16 October 2027 or Saturday 5 February 2028, 10:00–12:00", "the combat room of the Triolet sports hall, building 45, room 45.10", "free"],
                        ["8-week course, open to all", "Monday, 18:00–19:30, from 8 November 2027", "the combat room, room 45.10", "€30"],
                        ["8-week course for women, taught by a woman instructor", "Wednesday, 18:00–19:30, from 10 November 2027", "the combat room, room 45.10", "€30"],
                        ["6-week course for wheelchair users and people with reduced mobility", "Thursday, 17:00–18:30, from 3 February 2028", "the combat room, room 45.10, with step-free access", "€20"],
                        ["refresher evening for those who have followed a course", "Tuesday 14 March 2028, 18:30–20:30", "the combat room, room 45.10", "€5"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The introductory workshops take 24 people, each 8-week course 16 and the course for people with "
                    "reduced mobility 8. Students with a need-based grant pay nothing; staff and researchers pay €15 "
                    "more per course. Register from 20 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. You fill in a health "
                    "questionnaire when you register; no medical certificate is needed. If you are pregnant or have "
                    "a recent injury, talk to the instructor before the first session.",
                ),
            ],
            [
                ("h2", "What to wear"),
                (
                    "p",
                    "Wear loose, comfortable clothes that you can move and kneel in. You train barefoot on the mats, "
                    "or in socks. Take off rings, earrings and watches, tie back long hair, and bring a bottle of "
                    "water. The instructors lend the pads and the protective gloves.",
                ),
                ("h2", "How to follow an 8-week course"),
                (
                    "p",
                    "The certificate of the course is given only to those who follow it to the end. To get it, "
                    "follow these steps:",
                ),
                (
                    "num",
                    [
                        "Register in the \"Sport\" tile of your UM account and choose the course open to all or "
                        "the course for women.",
                        "Fill in the health questionnaire online before the first session.",
                        "At the first session, learn the stop signal: saying \"stop\" or tapping your partner twice "
                        "ends any exercise at once.",
                        "Attend at least 6 of the 8 sessions; tell the instructor in advance if you must miss one.",
                        "At the last session, go through the final scenario, a walk through a street set up in the "
                        "hall, and collect your certificate of participation.",
                    ],
                ),
                ("h2", "Rules on the mats"),
                (
                    "bullet",
                    [
                        "strikes are practised only on pads, and always stopped short of a partner;",
                        "the stop signal is respected at once, by everyone, every time;",
                        "no filming or photos during the sessions;",
                        "what participants say about their own experiences stays in the room;",
                        "nobody is ever asked why they came.",
                    ],
                ),
                ("h2", "If something has happened to you"),
                (
                    "p",
                    "A course does not replace support. If you have been attacked or harassed, the instructors can "
                    "put you in touch with the psychologists of the Student Health Service, who see students free of "
                    "charge and in confidence: +33 4 65 82 70 64.",
                ),
                (
                    "p",
                    "Students who attend at least 6 sessions of an 8-week course and the refresher evening can "
                    "have it recognised as a free sport unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: self-defence courses, University Sports Service, self-defence@umontpellier.fr, "
                    "+33 4 65 82 41 37. Triolet sports hall, building 45, room 45.01; Monday, Wednesday and Friday, "
                    "13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-bat-survey-volunteers.docx": {
        "title": "Échos de Nuit: listening to the bats of the campuses – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/echos-de-nuit-bat-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Échos de Nuit: listening to the bats of the campuses – volunteer guide 2028"),
            (
                "p",
                "At dusk, when the last students leave the campuses, bats come out to hunt. More than twenty species "
                "live in the Hérault, and a single pipistrelle, which weighs less than a sugar cube, can eat "
                "thousands of insects in a night. Bats find their way and their prey by sending out cries that are "
                "too high for the human ear. With an ultrasound detector, they can be heard, recorded and "
                "identified. Échos de Nuit, run by the Student Life Department with ecologists of a UM research "
                "laboratory and the association \"Chiros de l'Hérault\", trains volunteers to walk listening routes "
                "at night on the campuses, so that the university knows which species live there and can keep "
                "their hunting grounds dark. In 2027, 38 volunteers walked 96 routes and recorded 14 species.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff. The night routes are open from 18, "
                "and always walked in pairs. Volunteers aged 16 and 17 can build bat boxes and analyse recordings, "
                "with the written consent of a parent. You do not need to study biology. Volunteers commit to at "
                "least 6 routes or sessions in the season, which runs from April to September 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training: bats, detectors and the survey protocol", "Saturday 8 April 2028, 14:00–18:00, then a first route from 20:30 to 22:30", "the ecology laboratory, Triolet campus, building 24, room 24.12, then the campus", "20"],
                    ["night listening route: walking 2 kilometres slowly with a detector", "one evening every two weeks from 15 April to 30 September 2028, starting 30 minutes after sunset, about 1 hour 30", "the Triolet, Richter and Saint-Priest campuses and the path along the Lez", "2 per route"],
                    ["sound analysis: identifying the species on the recordings", "Thursday, 17:30–19:30, from 4 May 2028", "the computer room, building 24, room 24.03", "10"],
                    ["building bat boxes from untreated wood", "Saturday 13 May 2028, 9:30–12:30", "the workshop of the Student House, building 20", "12"],
                    ["bat night for the public: a walk with detectors", "Saturday 26 August 2028, 20:00–23:00", "the Triolet campus, starting at the Student House", "8 guides"],
                ],
            ),
            ("h1", "Becoming a volunteer"),
            ("p", "To walk your first listening route, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Échos de Nuit\", by 31 March "
                    "2028.",
                    "Attend the training of 8 April 2028, where you learn to use a detector and walk a first route "
                    "with the ecologists.",
                    "Collect your kit from the coordinator: a detector, a headlamp with a red light, a reflective "
                    "vest and the map of your route.",
                    "Walk your first two routes with an experienced volunteer, then choose your evenings in the "
                    "planner of the scheme.",
                    "Within 48 hours of each route, upload the recordings and the route sheet to the shared folder, "
                    "and give the detector back in room 24.12.",
                ],
            ),
            ("h1", "Bats are protected"),
            (
                "p",
                "All bats are protected species in France. Volunteers only listen: they never catch, handle or "
                "disturb a bat, and they never enter attics, cellars or trees where bats roost. If you find a bat "
                "on the ground, do not pick it up with bare hands, even to help it: put a box over it and call the "
                "coordinator, who contacts the association's care centre.",
            ),
            ("h1", "Rules of the routes"),
            (
                "bullet",
                [
                    "walk in pairs, with your phone charged, and tell the security post when you start and finish;",
                    "use the red light of your headlamp only, and never a flash;",
                    "follow the route on the map at the same slow pace, stopping 5 minutes at each listening point;",
                    "cancel the route in rain or when the wind is strong: bats stay at home, and so do you;",
                    "stay on the paths and never enter a locked building or a private garden.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students "
                "who attend the training and do at least 8 routes or sessions in the season can have it recognised "
                "as a student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Échos de Nuit coordinator, Student Life Department: echosdenuit@umontpellier.fr, +33 4 65 82 36 94. "
                "Student House, Triolet campus, building 20, room 118; Tuesday and Friday, 10:00–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-table-tennis-club.md"] = """---
title: Raquettes du Lez – the table tennis club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/raquettes-du-lez-table-tennis
audience: students, researchers and staff
language: en
---

# Raquettes du Lez: the table tennis club of the Student House

Table tennis is played on a table 2.74 metres long with a ball of 2.7 grams that can leave a good player's bat at more than 100 km/h. A game is won at 11 points, and the serve changes every two points. It is one of the few sports where a beginner and a champion can share a table and both enjoy it. "Raquettes du Lez" is the table tennis club of UM students and staff, coached by a state-qualified coach of the University Sports Service in the table tennis room of the Triolet sports hall, where 12 tables stand ready. This page applies to the academic year 2027-2028. In 2026-2027, the club had 88 members from 21 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| open evening: free play and a first lesson | Wednesday 29 September 2027, 18:00–20:30 | the table tennis room, Triolet sports hall, building 45 | 1 | free |
| beginners' lessons | Tuesday, 18:00–19:30 | the table tennis room | 20, from 5 October 2027 | €35 |
| improvers' lessons: spin, serve and footwork | Thursday, 18:30–20:00 | the table tennis room | 20, from 7 October 2027 | €45 |
| free play | Monday and Friday, 12:00–14:00 | the table tennis room | every week | included in the membership |
| doubles night: a tournament in pairs, with music | Friday 3 December 2027 and Friday 3 March 2028, 19:00–23:00 | the table tennis room | 2 | €5 per pair |

The beginners' lessons take 16 players, the improvers' lessons 12, and each doubles night 32 pairs. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration for the lessons opens on 20 September 2027 in the "Student House" tile of your UM account.

Membership costs €20 for the academic year for students and €40 for staff and researchers; it includes insurance. The competition licence of the French table tennis federation is optional: it costs €30 and you need it only to play matches against other universities. The club lends bats and balls. Bring indoor sports shoes with light-coloured soles, sports clothes, a towel and a water bottle.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; players under 18 need the written consent of a parent. You need no experience. Two of the tables are adapted for wheelchair users, and para table tennis players train with everyone else. To play, you fill in a health questionnaire; for the competition licence, you need a medical certificate of fitness for sport that is less than 1 year old.

## How to play in the university championship

The club enters teams in the university championship of the region, with matches on Thursday afternoons from January to April. To get a place in a team, follow these steps:

1. Come to the open evening, or to a free trial at any Tuesday lesson in October.
2. Join the club in the "Student House" tile of your UM account, under "Raquettes du Lez", and fill in the health questionnaire.
3. Take the competition licence through the club, with your medical certificate.
4. Play at least 3 of the club's ranking evenings, on the first Wednesday of each month at 19:00, so that the coach can see your level.
5. Register for the championship with the coach by 15 November 2027; the coach makes up the teams of 3 players.

## Rules of the room

- indoor shoes only: outdoor shoes leave marks on the floor
- no food near the tables; water bottles stay on the benches
- wait for the end of the point before fetching a ball from a neighbouring table, and never walk behind a player during a rally
- when people are waiting, a table is kept for 30 minutes at most
- after the last game, fold the tables, take down the nets and put the balls back in their box

## Tournament and credits

On Saturday 25 March 2028, the club holds the "Open des Raquettes" in the Triolet sports hall: 96 players in four levels play singles from 9:00 to 19:00. Entry costs €8 for members and €12 for others. Students who attend at least 18 lessons in the year and help to run the Open can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I bring my own bat? Yes. For matches against other universities, it must have one red and one black rubber approved by the federation.

Can I play outside the sessions? Yes. Two tables in the hall of the Student House are free for members; book them by the hour in the "Student House" tile, and borrow a bat and balls at the reception desk.

## Contact

Raquettes du Lez, Student House: raquettes@asso.umontpellier.fr, +33 4 65 82 35 61. Triolet campus, building 20, room 135; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-certificate-of-class-rank.html"] = html_page(
    "Certificate of class rank: FAQ",
    "Certificates stating a UM student's rank in their cohort, for applications to universities abroad: kinds, delays, how the rank is calculated, requests and contact.",
    "https://www.umontpellier.fr/en/international/certificate-of-class-rank-faq",
    "/fr/international/attestation-de-rang-faq",
    """    <h1>Certificate of class rank: FAQ</h1>
    <p>French transcripts give grades out of 20, but many universities abroad also want to know where an applicant stands in their year: 12th out of 180, or in the top 10% of the cohort. Graduate schools in the United States, universities in Korea, China, India and Singapore, and several joint master's programmes ask for this rank in their application forms. The Applications Abroad desk of the International Relations Department of the University of Montpellier issues certificates of class rank for these applications. This FAQ applies from 1 September 2027. In 2026-2027, the desk issued 540 certificates.</p>

    <h2>Which certificate can I ask for?</h2>
    <table>
      <thead>
        <tr><th>Certificate</th><th>What it states</th><th>Delay</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>rank for one year</td><td>your rank and the number of students in your cohort for one completed year of your programme</td><td>5 working days</td><td>free</td></tr>
        <tr><td>rank for the whole degree</td><td>your rank over all the completed years of your bachelor's or master's degree, based on the average of those years</td><td>10 working days</td><td>free</td></tr>
        <tr><td>percentage band</td><td>whether you are in the top 5%, 10%, 25% or 50% of your cohort, without the exact rank</td><td>5 working days</td><td>free</td></tr>
        <tr><td>form of the university abroad</td><td>UM fills in, signs and stamps the rank section of the host university's own form</td><td>15 working days</td><td>free</td></tr>
        <tr><td>sealed copy posted by UM</td><td>any of the above, sent in a sealed envelope to the university abroad</td><td>15 working days</td><td>€12 for the postage</td></tr>
      </tbody>
    </table>
    <p>Certificates are issued in English; a French version is available on request, at no extra cost.</p>

    <h2>How is my rank calculated?</h2>
    <p>The exam office of your faculty calculates the rank from the official results of the exam board, using the grades of the first exam session only: grades obtained at resits are not used. Students with the same average share the same rank, and the next rank is skipped: if two students are 4th, the next one is 6th. No rank is given when the cohort has fewer than 10 students; the certificate then states your average and the average of the cohort. If you spent a year abroad on exchange, your rank for that year is based on the grades converted by your faculty, and the certificate says so.</p>

    <h2>Who can ask for one?</h2>
    <p>Current UM students and former students up to 3 years after they left UM. A rank can only be given for a year whose results have been published by the exam board. Incoming exchange students are not ranked at UM, since they do not belong to a cohort; they can ask for their transcript instead.</p>

    <h2>How do I ask for a certificate?</h2>
    <p>Requests are made online only. Proceed as follows:</p>
    <ol>
      <li>Log in to the "International" tile of your UM account and open "Certificate of class rank"; former students without an account use the online form of the International Relations Department.</li>
      <li>Choose the kind of certificate and the year or years it should cover; for a form of the university abroad, upload the form.</li>
      <li>Wait while the desk asks the exam office of your faculty for your rank; you can follow your request in the same tile.</li>
      <li>Download the certificate as a PDF signed electronically, with a verification code that the university abroad can check on the UM website.</li>
      <li>For a sealed copy, give the postal address of the university abroad and pay the €12 in the same tile.</li>
    </ol>

    <h2>How long is a certificate valid?</h2>
    <p>The rank of a completed year never changes, so a certificate has no end date and you can send the same one to several universities. Ask for a new certificate once a new year of your programme is complete.</p>

    <h2>My results are not good. Can I ask for the percentage band only?</h2>
    <p>Yes. You choose the kind of certificate, and you can ask for the percentage band even if a form asks for the exact rank; the university abroad then decides whether to accept it.</p>

    <h2>Can my teacher or my faculty's secretariat write the rank in a letter?</h2>
    <p>No. Only the Applications Abroad desk signs certificates of class rank on behalf of UM. A teacher can mention your results in a recommendation letter, but UM does not confirm a rank given in that way.</p>

    <h2>Whom do I contact?</h2>
    <p>Applications Abroad desk, International Relations Department: class-rank@umontpellier.fr, +33 4 65 81 27 48. Triolet campus, building 1, room 1.21; Monday, Tuesday and Thursday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/outgoing">Studying abroad</a>',
        '<a href="/en/international/masters-abroad">Master programmes abroad</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-certificate-of-class-rank.meta.yaml"] = sidecar(
    "Certificate of class rank: FAQ",
    "https://www.umontpellier.fr/en/international/certificate-of-class-rank-faq",
    "students and former students",
)

TEXTS["03-student-mediators-aquarium-mare-nostrum.md"] = """---
title: Student science mediators at the Aquarium Mare Nostrum – the agreement between UM and the aquarium, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/science-and-society/student-mediators-aquarium-mare-nostrum
audience: students
language: en
---

# Student science mediators at the Aquarium Mare Nostrum

Why does a clownfish not get stung by its anemone? How does an octopus change colour? Visitors of the Aquarium Mare Nostrum, next to the Odysseum shopping centre, ask hundreds of such questions every weekend. Since 2023, an agreement between the University of Montpellier and the aquarium has allowed UM students to answer them as volunteer science mediators: at stations placed along the galleries, they show a shark egg case, a sea urchin skeleton or a live plankton sample under a microscope, and explain what visitors are looking at. The Science and Society Department runs the scheme on the UM side. This page applies to the 2027-2028 season. In 2026-2027, 36 student mediators worked 410 half-days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| free entry | a free annual pass to the aquarium, for yourself only |
| guest tickets | 2 free tickets for family or friends for every 5 half-days you work |
| training | two days of training by the aquarium's biologists and its education team: the animals, speaking to families, and safety |
| behind the scenes | one visit of the quarantine area and of the food preparation kitchen with a keeper, once a season |
| credits | 2 ECTS credits a year, as a science and society engagement unit, for the training and at least 15 half-days in the season |
| certificate | a certificate of science mediation signed by the aquarium and by UM, listing your half-days and your stations |

A half-day runs from 10:00 to 14:00 or from 14:00 to 18:00. Each half-day needs 3 mediators, and 5 during the school holidays. Mediators who work a full day receive a lunch voucher of €8 from the aquarium. The aquarium is at the Odysseum stop of tram line 1, and gives mediators two tram tickets for each half-day.

## Who can apply?

UM students aged 18 or over, doctoral candidates included, in any programme: you do not need to study biology, only to be curious and to like explaining. Most visitors are French families, so you need at least a B2 level in French; one station welcomes visitors in English, and students with a C1 level in English and an A2 level in French can apply for it. Exchange students are welcome if they stay for at least one full semester. Staff cannot be mediators under this agreement: the aquarium gives them 30% off the entry price instead.

## How to become a mediator

Information meetings take place at the aquarium on Wednesday 22 September and Tuesday 28 September 2027, at 18:00. To become a student mediator, follow these steps:

1. Apply in the "Science and Society" tile of your UM account by 8 October 2027, with the languages you speak and the days when you are free.
2. Meet the education manager of the aquarium in the week of 11 October 2027, and present an animal of your choice in 3 minutes, as you would to a family.
3. Attend both training days, on Saturday 23 and Sunday 24 October 2027, from 9:00 to 17:00: no one works a half-day without them.
4. Sign the mediator charter of the aquarium and the volunteering agreement, which confirms that your half-days are unpaid.
5. Choose your half-days in the aquarium's online planner at least 2 weeks ahead: at least 2 half-days a month from November to June.

## Rules of the galleries

- wear the blue mediator T-shirt and the badge that the aquarium lends you
- never tap on the glass, and never put your hands or anyone else's in a tank, except in the touch pool with a keeper present
- never feed the animals, even with food that visitors hand you
- if a child is lost, stay with the child and call the security desk on your radio; never leave with the child
- phones stay in the staff lockers during your half-day

## FAQ

Can I work in the summer? Yes. In July and August, the aquarium needs 5 mediators a day; tell the education manager by 1 June 2028 which weeks you can do.

What if I cannot come to a half-day? Swap it with another mediator in the planner at least 72 hours before. After 2 half-days missed without warning, you leave the scheme for the rest of the season.

Is it paid? No. The agreement is a volunteering scheme: mediators receive no pay, only the pass, the guest tickets, the lunch vouchers and the tram tickets.

## Contact

Science mediation desk, Science and Society Department: mediation-aquarium@umontpellier.fr, +33 4 65 82 54 16. Triolet campus, building 4, room 4.09; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["04-faq-dragon-boat-club.html"] = html_page(
    "Dragons du Lez, the dragon boat club: FAQ",
    "Dragons du Lez: crew training on the Lez at Lattes, winter training on the paddling machines, the drummer and steerer course and the Course des Dragons.",
    "https://www.umontpellier.fr/en/campus-life/student-house/dragon-boat-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-bateau-dragon-faq",
    """    <h1>Dragons du Lez, the dragon boat club: FAQ</h1>
    <p>A dragon boat is a long canoe, 12.5 metres from its carved dragon head to its tail. Twenty paddlers sit side by side in pairs, a drummer at the front beats the rhythm, and a steerer at the back keeps the boat straight with a long oar. Born in southern China, it is a team sport in the strictest sense: a boat only goes fast when twenty paddles enter the water at the same moment. "Dragons du Lez" is the dragon boat club of the Student House. Its members train on the Lez from the canoe base of Lattes, with a coach of the University Sports Service. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 74 members from 19 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open day: a first outing in a dragon boat and the swimming test</td><td>Saturday 2 October 2027, 10:00–12:30</td><td>the canoe base on the Lez, Lattes</td><td>free</td></tr>
        <tr><td>crew training on the water</td><td>Tuesday and Thursday, 18:00–19:30, from 5 October 2027 to 29 June 2028</td><td>the canoe base on the Lez, Lattes</td><td>included in the membership</td></tr>
        <tr><td>winter technique and fitness on the paddling machines</td><td>Wednesday, 12:30–13:30, from 17 November 2027 to 8 March 2028</td><td>Triolet sports hall, building 45, room 45.03</td><td>included in the membership</td></tr>
        <tr><td>drummer and steerer course</td><td>Saturday 15 and Sunday 16 January 2028, 9:00–16:00</td><td>the canoe base on the Lez, Lattes</td><td>€25</td></tr>
        <tr><td>the "Course des Dragons": a 500-metre race between the universities of the region</td><td>Sunday 28 May 2028, 10:00</td><td>the Lez at Port Marianne</td><td>€10 per paddler</td></tr>
      </tbody>
    </table>
    <p>Membership costs €40 for the academic year for students and €65 for staff and researchers; it includes the insurance of the French canoe federation. The club has two boats, so a training session takes 40 paddlers, with a coach in each boat; the drummer and steerer course takes 8 people, and the club's crew for the Course des Dragons has 22 places.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over, who can swim 25 metres and put their head under water. You take this swimming test at the open day, or you hand in a certificate from a swimming pool. You need no experience and no particular strength: the drummer sets a pace that every paddler can follow. You fill in a health questionnaire when you join; no medical certificate is needed.</p>

    <h2>What should I bring?</h2>
    <p>Bring sports clothes that can get wet, shoes that can get wet and stay on your feet (no flip-flops), a change of clothes, a water bottle, and a cap and sun cream from April. In winter, add a windproof jacket. The club lends the paddles and the buoyancy aids.</p>

    <h2>How do I get to the canoe base?</h2>
    <p>Take tram line 3 to the Lattes Centre stop, then walk 12 minutes along the Lez. On training days, a club minibus with 9 seats leaves the Student House at 17:15; book your seat in the "Student House" tile of your UM account by 12:00 the same day.</p>

    <h2>How do I sign up for crew training?</h2>
    <p>Crew training is for members only. To take part, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Dragons du Lez", and fill in the health questionnaire.</li>
      <li>Pass the 25-metre swimming test at the open day, or hand in a swimming certificate from a pool at the club's office.</li>
      <li>Book each training on the club's online calendar by 12:00 the day before: each boat has 20 seats.</li>
      <li>On the day, be at the canoe base 15 minutes early to carry the boat to the water with your crew.</li>
      <li>After your sixth training, the coach gives you a fixed seat in the boat, on the left or on the right.</li>
    </ol>

    <h2>What are the rules on the water?</h2>
    <p>A dragon boat only works when everyone follows the same orders, so the club has four rules:</p>
    <ul>
      <li>wear your buoyancy aid, fastened, from the moment you step onto the pontoon;</li>
      <li>follow the orders of the steerer at once, even when you do not understand why;</li>
      <li>never stand up in the boat, and never lean out to catch something that has fallen in;</li>
      <li>if the boat capsizes, stay with it, hold on to its side and call out your seat number.</li>
    </ul>

    <h2>What if the weather is bad?</h2>
    <p>A training is cancelled when the wind is above 35 km/h, when a thunderstorm is forecast or when an orange flood warning is in force on the Lez. The club tells paddlers by text message by 16:00 on the day. A cancelled training is not made up. During a heatwave, trainings move to 7:00–8:30.</p>

    <h2>Can I be the drummer?</h2>
    <p>Yes, once you have followed the drummer and steerer course and at least 10 trainings as a paddler. The drummer faces the crew and must know every paddler's name.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who attend at least 30 trainings in the year and help as volunteers at the Course des Dragons can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Dragons du Lez, Student House: dragonsdulez@asso.umontpellier.fr, +33 4 65 82 35 73. Triolet campus, building 20, room 221; Tuesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-dragon-boat-club.meta.yaml"] = sidecar(
    "Dragons du Lez, the dragon boat club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/dragon-boat-club-faq",
    "students, researchers and staff",
)

TEXTS["05-tabletop-role-playing-club.txt"] = """LA TAVERNE: THE TABLETOP ROLE-PLAYING CLUB - 2027-2028
University of Montpellier - Student House

In a tabletop role-playing game, a few friends sit around a table and tell a story together. Each player speaks and acts for a character: a knight, a detective in 1920s London, the pilot of a spaceship. The game master describes the world, plays everyone else the characters meet, and applies the rules, often with a roll of the dice. A story can last a single evening, a "one-shot", or a whole year, a "campaign". No board, no screen: only paper, pencils, dice and imagination. La Taverne is the role-playing association of UM students and staff. Its library holds 160 rulebooks, and its tables play in French and in English. In 2026-2027, the association had 42 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each run by an experienced member:

discovery evenings: short adventures of one evening for people who have never played, on Fridays in October from 19:00 to 23:00
campaign tables: a game master and 4 to 6 players who meet every week, on Tuesday, Wednesday or Thursday from 19:00 to 23:00
the English table: a campaign played in English for those who do not speak French, on Wednesdays from 19:00 to 23:00
game master workshop: preparing a scenario, improvising and keeping the table fun, 4 sessions on Saturdays from 14:00 to 17:00 from 15 January 2028
miniature painting: painting the small figures that some games use, on the first Saturday of each month from 14:00 to 17:00
the Nuit de la Taverne: twelve hours of games, from 20:00 on Saturday 12 February 2028 to 8:00 the next morning

All the activities take place in room 026 of the Student House. The association's general meeting, where the year's game masters present their campaigns, is on Monday 11 October 2027 at 18:30, in the same room.

MEMBERSHIP AND EQUIPMENT

Membership costs EUR 10 for the academic year for students and EUR 18 for staff and researchers; it includes insurance. Members can borrow 2 rulebooks at a time from the library, for 3 weeks. The association lends dice and character sheets; you only need a pencil and an eraser. The miniature painting costs EUR 4 per session, paint and figures included. The Nuit de la Taverne costs EUR 6, breakfast included.

Members must be 16 or over. Members under 18 need the written consent of a parent and do not take part in the Nuit de la Taverne.

HOW DO I JOIN A CAMPAIGN?

1. Come to a discovery evening on a Friday in October: your first evening is free.
2. Register in the "Student House" tile of your UM account, under "La Taverne", and pay the membership.
3. Fill in the online player card: the evenings when you are free, the languages you play in, the kinds of story you like (fantasy, science fiction, horror, investigation) and the themes you do not want at the table.
4. Wait for the table coordinator, who places every new player at a campaign table by 29 October 2027; players who join later go on a waiting list.
5. Come to the "session zero" of your table, where the group agrees on the story, the safety tools and the calendar before the first real session.

RULES OF THE TABLE

Every table uses the X card: any player can touch the card in the middle of the table to skip a scene, without having to explain why, and the game master moves on. Phones stay face down, except for players who use a dice app. Put rulebooks, dice and pencils back in their boxes at the end of the evening. No alcohol in the room. The building closes at 23:30: the last table leaves at 23:15, even in the middle of a fight with a dragon.

THE CONVENTION

On Saturday 15 April 2028, from 10:00 to 20:00, La Taverne holds "Les Rencontres de la Taverne" in the hall of the Student House: 30 tables of one-shots in French and in English, run by the association's game masters and by guests from other clubs. It is free and open to everyone, members or not; children from 12 can play with an adult.

CREDITS

Students who are game master of a campaign of at least 10 sessions during the year and run a table at the convention can have it recognised as a student engagement unit worth 1 ECTS credit.

CONTACT

La Taverne, Student House
E-mail: lataverne@asso.umontpellier.fr
Phone: +33 4 65 82 35 88
Student House, Triolet campus, building 20, room 026. Wednesday, 17:30-19:00.
"""

TEXTS["05-tabletop-role-playing-club.meta.yaml"] = sidecar(
    "La Taverne, the tabletop role-playing club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/la-taverne-role-playing",
    "students, researchers and staff",
)

TEXTS["06-staying-on-for-a-degree-after-your-exchange-2027.md"] = """---
title: Staying on for a degree after your exchange at UM, 2027-2028
url: https://www.umontpellier.fr/en/international/incoming/staying-on-for-a-degree-after-your-exchange
audience: incoming exchange students
language: en
valid_until: 2028-06-30
---

# Staying on for a degree after your exchange at UM, 2027-2028

Every year, some exchange students fall in love with Montpellier, with their programme or with their research group, and want to come back as full students. An exchange place is not an enrolment: when the exchange ends, so does your status at UM. To prepare a UM degree afterwards, exchange students can use a transfer application of their own, handled by the Incoming Students desk, instead of the national application platforms and the Études en France procedure that other international applicants use. This page applies to the exchange students who are at UM in 2027-2028 and want to enrol in 2028-2029. In 2026-2027, 212 exchange students applied and 131 were admitted.

## Which programmes, and by when?

| Programme you apply for | Application window | Conditions | Answer by |
|---|---|---|---|
| third year of a bachelor's degree | 15 January to 15 February 2028 | at least 24 ECTS credits passed at UM during your exchange, and a B2 level in French | 15 April 2028 |
| first year of a master's degree | 1 February to 1 March 2028 | a bachelor's degree, or 180 ECTS credits, by the start of the year; B2 in French, or C1 in English for a master's taught in English | 30 April 2028 |
| second year of a master's degree | 1 to 31 March 2028 | a first year of master's, or 240 ECTS credits, in the same field | 31 May 2028 |

Doctoral studies are not part of this procedure: write to the doctoral school of your research group. Each programme keeps about 5% of its places for transfer applicants, and publishes the number of places it offers on 10 January 2028. You can apply to at most 2 programmes in the same round. The application is free of charge.

## Credits, fees and residence permit

The admission panel can recognise up to 30 ECTS credits passed at UM during your exchange: you do not take those courses again. Tuition fees are those of any student of your nationality: students from the European Union pay the national fees, and students from outside it pay the differentiated fees, unless they receive an exemption. Students from outside the European Union who came with an exchange visa need a student residence permit for their degree: apply for it online at least 2 months before your visa ends, with the certificate of admission that the desk sends you.

## How to apply

To apply for a transfer, follow these steps:

1. Check with the head of the programme that you want to join that places are open to transfer applicants, and when the window of that programme closes.
2. Fill in the transfer application in the "International" tile of your UM account, choosing at most 2 programmes.
3. Upload your UM exchange transcript, the transcripts of your home university, a letter of motivation in French or in English, and the release letter of your home exchange coordinator.
4. If the admission panel invites you, come to an interview of 20 minutes, in person or online.
5. Accept the offer in the same tile within 8 days, then enrol online in July.

## FAQ

Do I keep my exchange grant? No. Your Erasmus+ or other exchange grant ends on the last day of your exchange; during your degree, you can apply for the grants open to all students.

What is the release letter? A short letter from the exchange coordinator of your home university saying that it knows you are leaving it. Without it, your application is incomplete.

I went home last year. Can I still use this procedure? No. It is only for students who are at UM on exchange during the current year; former exchange students apply through the usual routes for international applicants.

Do I keep my room in the exchange residence? No. Rooms for exchange students end with the exchange; degree students apply for a room with the CROUS.

## Contact

Incoming Students desk, International Relations Department: incoming-transfer@umontpellier.fr, +33 4 65 81 27 52. Triolet campus, building 1, room 1.08; Monday to Thursday, 9:30–12:00.
"""

TEXTS["10-stop-motion-animation-workshop.md"] = """---
title: Image par Image – the stop-motion animation workshop of the Culture Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/image-par-image-stop-motion
audience: students, researchers and staff
language: en
---

# Image par Image: the stop-motion animation workshop

In stop-motion animation, nothing really moves. A figure of modelling clay, a paper cut-out or a teacup is photographed, moved by a few millimetres, photographed again, and so on: played at 12 images a second, the photos come to life. Some of the best-loved animated films were made this way, one image at a time. In the animation room of the Culture Department, an animator who has worked on feature films teaches students and staff to build a set, to animate a figure and to edit a short film. This page applies to the academic year 2027-2028. In 2026-2027, 54 people took part and made 9 short films.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery afternoon: a 10-second film made with objects and a phone | Saturday 6 November 2027 or Saturday 29 January 2028, 14:00–17:30 | the animation room, Triolet campus, building 7, room 7.06 | 1 | €10 |
| modelling clay course: a team film from the story to the screening | Tuesday, 18:00–21:00 | the animation room | 12, from 9 November 2027 | €70, materials included |
| paper cut-out animation | Thursday, 18:30–21:00 | the animation room | 5, from 3 February 2028 | €35 |
| open studio: the shooting tables for your own project | Wednesday, 14:00–18:00 | the animation room | every week | €4 per afternoon |

The discovery afternoons take 12 people, the modelling clay course 10, in two teams of 5, and the paper cut-out course 8; the open studio has 4 shooting tables. Staff and researchers pay €20 more per course; students with a need-based grant pay half price. Registration opens on 27 September 2027 in the "Culture" tile of your UM account.

Each shooting table has a camera on a stand, two lamps and a laptop with free animation software. The workshop provides the modelling clay, the wire for the skeletons of the figures and the paper. Bring your ideas, and a USB stick of at least 16 GB to take your film home.

## Who can take part?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or over. You do not need to know how to draw: patience counts for more than talent. A team of 5 makes about one minute of film during the 12 sessions of the course.

## How to make your own film at the open studio

The open studio is for those who already know the basics. To shoot a film of your own, follow these steps:

1. Follow a course or a discovery afternoon of the workshop during the year.
2. Book a shooting table in the "Culture" tile of your UM account, for at most 2 afternoons a week.
3. Draw a storyboard of your film and show it to the animator at your first open studio.
4. Shoot at 12 images a second at least, and never move the camera or the lamps between two images.
5. Export your film and put it in the workshop's shared folder: films of at most 3 minutes can be shown at the screening of the year.

## Rules of the animation room

- no food or drinks near the shooting tables
- never touch another team's set: one bumped figure spoils hours of work
- put the modelling clay back in its sealed boxes, one colour per box, so that it does not dry out
- switch off the lamps and the cameras when you leave
- films shown in public use only your own music or music that is free of rights

## Screening and credits

The films of the year are shown on Thursday 1 June 2028 at 20:00, in the cinema room of the Student House; the screening is free and open to everyone. Students who follow the modelling clay course and show a film at the screening can have it recognised as a cultural engagement unit worth 2 ECTS credits.

## FAQ

Can I take my figures home? Yes, after the screening. Until then, they stay in the workshop, in case a shot must be done again.

How many photos does a minute of film take? At 12 images a second, 720 photos, and usually twice as many, since every move is shot more than once.

## Contact

Image par Image, Culture Department: imageparimage@umontpellier.fr, +33 4 65 82 53 82. Triolet campus, building 7, room 7.05; Wednesday and Friday, 13:30–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering and two procedures of the international office: table tennis, certificates of class rank, the student mediators of the Aquarium Mare Nostrum, dragon boating, role-playing games, staying on for a degree after an exchange, creative writing, self-defence, the bat survey and stop-motion animation. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Raquettes du Lez, Student House | the table tennis club, its lessons, the championship and the Open des Raquettes | raquettes@asso.umontpellier.fr | +33 4 65 82 35 61 | Student House, Triolet campus, building 20, room 135 | Monday and Thursday, 12:30–14:00 |
| Applications Abroad desk, International Relations Department | certificates of class rank and forms of universities abroad | class-rank@umontpellier.fr | +33 4 65 81 27 48 | Triolet campus, building 1, room 1.21 | Monday, Tuesday and Thursday, 9:30–12:30 |
| Science mediation desk, Science and Society Department | the student mediators of the Aquarium Mare Nostrum, their training and their half-days | mediation-aquarium@umontpellier.fr | +33 4 65 82 54 16 | Triolet campus, building 4, room 4.09 | Monday and Wednesday, 14:00–17:00 |
| Dragons du Lez, Student House | the dragon boat club, its trainings, the minibus and the Course des Dragons | dragonsdulez@asso.umontpellier.fr | +33 4 65 82 35 73 | Student House, Triolet campus, building 20, room 221 | Tuesday, 12:30–14:00 |
| La Taverne, Student House | the role-playing club, its campaign tables and its convention | lataverne@asso.umontpellier.fr | +33 4 65 82 35 88 | Student House, Triolet campus, building 20, room 026 | Wednesday, 17:30–19:00 |
| Incoming Students desk, International Relations Department | transfer applications of exchange students who want to stay on for a degree | incoming-transfer@umontpellier.fr | +33 4 65 81 27 52 | Triolet campus, building 1, room 1.08 | Monday to Thursday, 9:30–12:00 |
| Encre Fraîche, Culture Department | creative writing courses, the retreat, the short story prize and the anthology | encrefraiche@umontpellier.fr | +33 4 65 82 53 26 | Triolet campus, building 7, room 7.03 | Tuesday and Friday, 10:00–12:30 |
| Self-defence courses, University Sports Service | the introductory workshops, the 8-week courses and the refresher evening | self-defence@umontpellier.fr | +33 4 65 82 41 37 | Triolet sports hall, building 45, room 45.01 | Monday, Wednesday and Friday, 13:30–16:30 |
| Échos de Nuit coordinator, Student Life Department | the bat survey, its night routes, sound analysis and bat boxes | echosdenuit@umontpellier.fr | +33 4 65 82 36 94 | Student House, Triolet campus, building 20, room 118 | Tuesday and Friday, 10:00–12:30 |
| Image par Image, Culture Department | stop-motion animation courses, the open studio and the screening | imageparimage@umontpellier.fr | +33 4 65 82 53 82 | Triolet campus, building 7, room 7.05 | Wednesday and Friday, 13:30–17:00 |

## Useful to know

Medical certificates for sport: students who need a medical certificate of fitness for a sport or a competition (the table tennis competition licence, for example) can get one free of charge from the Student Health Service, by appointment: sport-health@umontpellier.fr, +33 4 65 82 70 52, Triolet campus, building 5, room 014; Monday to Friday, 8:30–12:00 and 13:30–17:00. The psychologists of the same service see students free of charge and in confidence: +33 4 65 82 70 64. Staff ask their own doctor.

Residence permits: exchange students from outside the European Union who are admitted to a degree after their exchange can get help with their online application for a student residence permit from the International Welcome Desk: welcome-desk@umontpellier.fr, +33 4 65 81 27 90, Triolet campus, building 1, room 1.02; Monday to Friday, 9:00–12:30.

People with a disability who need step-free access, adapted equipment or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability-support@umontpellier.fr, +33 4 65 82 70 19, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 41. Volunteers of the night routes of Échos de Nuit call it when they start and when they finish.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112, including on the water. Do not write to a service.
"""

TEXTS["31-staying-on-for-a-degree-after-your-exchange-2024.txt"] = """STAYING ON AFTER YOUR EXCHANGE - 2024-2025
University of Montpellier - International Relations Department

This page applies to the exchange students who are at UM in 2023-2024 and want to enrol in a UM degree in 2024-2025. It is the first edition of this procedure: until now, exchange students applied through the national platforms like any other international applicant.

PROGRAMMES

Transfer applications are possible only to the third year of a bachelor's or the first year of a master's. Applications for the second year of a master's are not accepted.

DEADLINE

A single deadline for all programmes: 1 February 2024. Answers are sent by 31 May 2024.

CONDITIONS

At least 30 ECTS credits passed at UM during your exchange, and a B1 level in French for every programme, including master's taught in English.

Each student may apply to only one programme.

An application fee of EUR 35 is paid online when you apply.

CREDITS

Credits obtained during the exchange are not recognised: every course of the programme must be taken.

HOW TO APPLY

1. Download the application form from the International Relations Department website.
2. Send it by e-mail to the International Admissions Office, with your transcripts and a letter of motivation in French.
3. Accept the offer within 5 days of receiving it.

CONTACT

International Admissions Office
E-mail: international-admissions@umontpellier.fr
Phone: +33 4 65 81 27 15
Triolet campus, building 1, room 1.03. Monday and Wednesday, 14:00-16:30.
"""

TEXTS["31-staying-on-for-a-degree-after-your-exchange-2024.meta.yaml"] = sidecar(
    "Staying on after your exchange, 2024-2025",
    "https://www.umontpellier.fr/en/international/incoming/staying-on-after-your-exchange-2024",
    "incoming exchange students",
    "2025-06-30",
)

TEXTS["40-paris-nanterre-table-tennis-and-creative-writing.md"] = """---
title: Université Paris Nanterre – the table tennis club and the creative writing workshop
url: https://www.parisnanterre.fr/en/campus-life/table-tennis-and-creative-writing
audience: students and staff
language: en
---

# Université Paris Nanterre: the table tennis club and the creative writing workshop

This page of the Université Paris Nanterre presents the table tennis club of its sports service and the creative writing workshop of its culture service. It applies only to students and staff of Paris Nanterre, on its campus in Nanterre, next to La Défense, and on its sites of Ville-d'Avray and Saint-Cloud.

## Table tennis club

The table tennis club plays in the sports hall of the Nanterre campus, where 8 tables are set up on training days.

| Rule | Paris Nanterre |
|---|---|
| beginners' lessons | 24 players per group, open from 18 years old |
| price of the beginners' lessons | €50 for 25 lessons |
| membership | €30 a year for students, federation licence included |
| free play | Tuesday and Thursday, 12:00–13:30 |
| university championship | registration by 1 December 2027, teams of 4 players |
| open tournament | Sunday 9 April 2028, 64 players, €15 per player |
| credits | 2 ECTS credits after 20 lessons |

Contact: table tennis club, tennisdetable@parisnanterre.fr, +33 1 40 97 56 20.

## Creative writing workshop

The creative writing workshop of the culture service meets in the library building of the Nanterre campus.

- the workshop is open from 18 years old only
- the short story course has 8 sessions and costs €90; it takes 15 people
- the poetry course has 4 sessions and costs €30
- the short story prize accepts stories of at most 20,000 characters, sent by 15 February 2028
- the first prize is €500; the prize evening takes place on Thursday 25 May 2028
- the anthology is printed in 300 copies, and each author receives 1 free copy
- participants who publish in the anthology receive 3 ECTS credits

Contact: creative writing workshop, ecriture@parisnanterre.fr, +33 1 40 97 71 35.
"""

TEXTS["41-vilnius-dragon-boat-and-certificate-of-class-rank.md"] = """---
title: Vilnius University – the dragon boat club and the certificate of class rank
url: https://www.vu.lt/en/student-life/dragon-boat-and-class-rank
audience: students and staff
language: en
---

# Vilnius University: the dragon boat club and the certificate of class rank

This page of Vilnius University, in Lithuania, presents the dragon boat club of its sports centre and the certificate of class rank of its study services. It applies only to students, graduates and staff of Vilnius University, at the Saulėtekis campus, in the historic buildings of the old town of Vilnius and at its faculties in Kaunas and Šiauliai.

## Dragon boat club

The club paddles on the Neris river from May to October, and trains in the gym of the sports centre in winter.

- members must be 16 or over, with the consent of a parent under 18
- the swimming test is 50 metres
- membership costs EUR 60 a year for students
- trainings take place on Monday and Wednesday, 18:30–20:00
- the club's boats take 10 paddlers each
- trainings are cancelled when the wind is above 40 km/h
- the university regatta, over 200 metres, takes place on Saturday 10 June 2028
- the club gives 2 ECTS credits after 25 trainings

Contact: dragon boat club, dragonboat@vu.lt, +370 5 268 71 40.

## Certificate of class rank

Students and graduates can ask for a certificate of their rank in their year, for applications to universities abroad.

| Rule | Vilnius University |
|---|---|
| delay | 3 working days for every certificate |
| price | EUR 5 per certificate |
| sealed copy sent by post | EUR 15, posted within 20 working days |
| who can ask | current students, and graduates up to 5 years after graduation |
| smallest cohort ranked | 20 students |
| resit grades | included in the rank |
| languages | Lithuanian or English |

Contact: study services, rank@vu.lt, +370 5 268 70 95.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
