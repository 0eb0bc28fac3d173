"""The text of every 'blind29' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-comics-workshop-2027.pdf": {
        "title": "Bulles: the comics workshop of UM, 2027-2028",
        "short": "Comics workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/bulles-comics-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Bulles comics workshop",
        "pages": [
            [
                ("h1", "Bulles: the comics workshop of UM, 2027-2028"),
                (
                    "p",
                    "In the comics workshop of the Culture Department, a comics author and an illustrator show "
                    "students and staff how to turn an idea into a page: a short script, panels, drawing, "
                    "speech bubbles and inking. This guide applies from 1 September "
                    "2027 to 31 August 2028. In 2026-2027, 96 people drew in the workshop.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: a one-page comic drawn in a single evening", "Tuesday 12 October 2027 or Tuesday 18 January 2028, 18:00–20:30", "the drawing room of the Culture Department, Triolet campus, building 7, room 7.04", "free"],
                        ["short comics course: \"from the script to the inked page\", in 10 sessions", "Thursday, 18:30–20:30, from 4 November 2027", "the drawing room, room 7.04", "€55"],
                        ["digital comics and webtoon course on graphics tablets, in 6 sessions", "Monday, 18:30–20:30, from 7 February 2028", "the computer room, building 7, room 7.08", "€45"],
                        ["comics weekend: drawing outdoors and a 24-hour comic challenge, with the author", "Saturday 1 and Sunday 2 April 2028", "a gîte in Saint-Martin-de-Londres, by minibus", "€65, meals and night included"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery sessions take 16 people, the short comics course 12, the digital course 10, one "
                    "per tablet, and the weekend 12. Students with a need-based grant pay half price; staff and "
                    "researchers pay €15 more per course. Register from 27 September 2027 in the \"Culture\" tile of "
                    "your UM account.",
                ),
                ("h2", "Who can draw?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; the weekend, with its night away, is open from 18. You do not need to know how to draw: "
                    "stick figures tell a story too.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring an A4 sketchbook, an HB pencil and an eraser. The workshop provides the Bristol board, the "
                    "inks, the brushes, the fine markers and the light table. For the digital course, bring a USB "
                    "stick.",
                ),
                ("h2", "The Bulles comic strip contest"),
                (
                    "p",
                    "Every year, the workshop holds a comic strip contest open to all UM students, whether or not "
                    "they follow a course. The theme for 2028 is \"Neighbours\". To enter, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Draw a comic of 1 to 4 A4 pages, in black and white or in colour, in French, in English or "
                        "without words, on the theme of the year.",
                        "Submit it in the \"Culture\" tile of your UM account by 28 February 2028, as a PDF scan at "
                        "300 dpi, with your name only on the entry form: the jury judges the comics anonymously.",
                        "Wait for the jury, made up of the comics author, a bookseller from a comics shop and a "
                        "student of the workshop, which shortlists 8 comics by 31 March 2028.",
                        "If your comic is shortlisted, it is shown in the hall of the Student House from 10 April "
                        "2028, and you present it in 3 minutes at the awards evening, on Thursday 4 May 2028 at "
                        "19:00, in the same hall.",
                        "Collect your prize: €250 and the cover of the fanzine for the winner, a comics voucher of "
                        "€80 for each of the two runners-up, and a visitors' prize chosen by the public of the "
                        "exhibition.",
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
                        "your original pages are yours: the workshop never keeps or sells them;",
                        "no tracing of published comics, in the workshop or in the contest;",
                        "no images made by an artificial intelligence tool, in the workshop or in the contest;",
                        "wash the brushes before you leave;",
                        "put the caps back on the markers.",
                    ],
                ),
            ],
            [
                ("h2", "The fanzine"),
                (
                    "p",
                    "Every June, the workshop publishes \"Bulles\", a fanzine of comics by its members, printed in "
                    "400 copies and put online on the website of the Culture Department. It is made in four stages:",
                ),
                (
                    "table",
                    [
                        ["Stage", "By when", "What happens"],
                        ["sending your pages", "20 April 2028", "members who have followed a course send up to 4 pages, scanned at 300 dpi, in the \"Culture\" tile"],
                        ["layout", "May 2028", "one meeting of 15 minutes per author with the illustrator, who places the pages"],
                        ["proofs", "6 June 2028", "you check the printed proof of your pages; no changes are made after that date"],
                        ["launch evening", "Friday 16 June 2028, 18:30, in the hall of the Student House", "each author signs copies and receives 5 free copies; further copies cost €3"],
                    ],
                    (36, 50, 80),
                ),
                (
                    "p",
                    "Authors keep all the rights to their pages: by signing the publication form, they only allow UM "
                    "to print the fanzine and to put it online. Pages published elsewhere are not accepted.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow a course and publish pages in the fanzine or enter the comic strip contest "
                    "can have it recognised as a cultural engagement unit worth 2 ECTS credits.",
                ),
                (
                    "p",
                    "Contact: Bulles, Culture Department, bulles@umontpellier.fr, +33 4 65 82 53 57. Triolet campus, "
                    "building 7, room 7.06; Monday and Thursday, 10:00–12:30.",
                ),
            ],
        ],
    },
    "08-tai-chi-and-qigong-courses-2027.pdf": {
        "title": "Tai chi and qigong courses at UM, 2027-2028",
        "short": "Tai chi and qigong 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/tai-chi-and-qigong-courses-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – University Sports Service, tai chi and qigong courses",
        "pages": [
            [
                ("h1", "Tai chi and qigong courses at UM, 2027-2028"),
                (
                    "p",
                    "Tai chi is a Chinese martial art practised slowly, as a chain of movements called a form, in "
                    "which the weight flows from one leg to the other. Qigong is a gentler family of breathing and "
                    "movement exercises. Both improve balance, posture and concentration, and neither needs "
                    "strength or flexibility. The University Sports Service offers courses taught by two of its "
                    "instructors, who hold a federal diploma in Chinese martial and energy arts, in the dance studio "
                    "of the Triolet sports hall and, in spring, outdoors. This guide applies to the academic year "
                    "2027-2028. In 2026-2027, 180 people followed a course.",
                ),
                ("h2", "The courses"),
                (
                    "table",
                    [
                        ["Course", "When", "Where", "Price"],
                        ["introductory class: posture, breathing and the first movements", "Wednesday 6 October 2027 or Wednesday 2 February 2028, 12:30–13:30", "the dance studio of the Triolet sports hall, building 45, room 45.08", "free"],
                        ["12-week tai chi course: the 24-movement form", "Tuesday, 18:00–19:30, from 9 November 2027", "the dance studio, room 45.08", "€36"],
                        ["6-week qigong course against exam stress", "Thursday, 12:30–13:30, from 13 January 2028", "the dance studio, room 45.08", "€18"],
                        ["8-week seated tai chi for wheelchair users and people with reduced mobility", "Friday, 10:00–11:00, from 4 February 2028", "the dance studio, room 45.08, with step-free access", "€12"],
                        ["outdoor morning practice for those who have followed a course", "Saturday, 8:30–9:30, from 8 April to 24 June 2028", "under the plane trees of the Richter campus", "free"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The introductory classes take 30 people, the tai chi course 20, the qigong course 25, the seated "
                    "course 10 and the outdoor practice 40. Students with a need-based grant pay nothing; staff and "
                    "researchers pay €15 more per course. Register from 20 September 2027 in the \"Sport\" tile of "
                    "your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. You fill in a health "
                    "questionnaire when you register; no medical certificate is needed. If you are pregnant, or have "
                    "back or knee pain, talk to the instructor before the first session.",
                ),
            ],
            [
                ("h2", "What to wear"),
                (
                    "p",
                    "Wear loose clothes that let you bend your knees, and flat shoes with a thin, soft sole, or "
                    "thick socks: no bare feet on the studio floor. Bring a bottle of water and a light jumper for "
                    "the standing meditation at the end, when the body cools down.",
                ),
                ("h2", "How to follow the 12-week tai chi course"),
                (
                    "p",
                    "The certificate of the course is given only to those who follow it to the end. To get it, "
                    "follow these steps:",
                ),
                (
                    "num",
                    [
                        "Register in the \"Sport\" tile of your UM account and choose the 12-week tai chi course.",
                        "Fill in the health questionnaire online before the first session.",
                        "Attend at least 9 of the 12 sessions; tell the instructor in advance if you must miss one.",
                        "Practise the form at home for 10 minutes a day with the instructor's video, which you find "
                        "in the same tile.",
                        "At the last session, perform the 24 movements in a group of 4, in front of the instructor, "
                        "and collect your certificate of participation.",
                    ],
                ),
                ("h2", "Rules of the studio"),
                (
                    "bullet",
                    [
                        "arrive 5 minutes early: latecomers wait at the door until the end of the warm-up;",
                        "phones off, and no photos or filming during the sessions;",
                        "in the push-hands exercises with a partner, push slowly and never try to make anyone fall;",
                        "silence during the standing meditation;",
                        "put the chairs of the seated course back along the wall after the session.",
                    ],
                ),
                ("h2", "Stress and sleep"),
                (
                    "p",
                    "Qigong helps many students to calm down before exams, but it does not replace care. If stress "
                    "keeps you awake or stops you working, the instructors can put you in touch with the "
                    "psychologists of the Student Health Service, who see students free of charge and in "
                    "confidence: +33 4 65 82 70 71.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who receive the certificate of the 12-week tai chi course can have it recognised as a "
                    "sport unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: tai chi and qigong courses, University Sports Service, taichi@umontpellier.fr, "
                    "+33 4 65 82 41 52. Triolet sports hall, building 45, room 45.01; Tuesday and Thursday, "
                    "13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-dry-stone-wall-volunteers.docx": {
        "title": "Pierres Sèches: rebuilding the dry-stone walls of the garrigue – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/pierres-seches-dry-stone-walls",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Pierres Sèches: rebuilding the dry-stone walls of the garrigue – volunteer guide 2028"),
            (
                "p",
                "North of Montpellier, the garrigue is crossed by thousands of kilometres of dry-stone walls and "
                "terraces, and dotted with capitelles, the small round huts that shepherds and winegrowers built "
                "without a drop of mortar. These walls hold the soil on the slopes, slow down the water of the "
                "autumn storms and shelter lizards, insects and small birds. Many of them are now collapsing. "
                "Pierres Sèches, run by the Student Life Department with the association \"Les Murets du Pic "
                "Saint-Loup\", trains volunteers to rebuild them on work days around the Pic Saint-Loup, with the "
                "association's wallers. In 2027, 44 volunteers rebuilt 63 metres of wall and one capitelle.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff. The work days are open from 18. "
                "Volunteers aged 16 and 17 can join the mapping walks and the tool sessions, with the written "
                "consent of a parent. You need no experience and no particular strength: a good waller lifts "
                "with the legs and chooses the stone, not the muscle. Volunteers commit to at least 3 work days "
                "in the season, which runs from March to June 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training day: stones, tools and safety", "Saturday 4 March 2028, 9:00–17:00", "the association's training wall in Saint-Martin-de-Londres, by minibus from the Student House at 8:00", "20"],
                    ["work day on a wall, a terrace or a capitelle", "one Saturday every two weeks from 18 March to 24 June 2028, 9:00–16:30", "sites around the Pic Saint-Loup, by minibus from the Student House at 8:00", "12"],
                    ["mapping walk: locating walls and capitelles with a tablet", "Wednesday, 14:00–17:00, from 5 April 2028", "the hills around Saint-Gély-du-Fesc, by bus", "8"],
                    ["tool session: sharpening, repairing and storing the tools", "the first Tuesday of each month, 17:30–19:30, from March to June 2028", "the workshop of the Student House, building 20", "10"],
                    ["open day for the public: a walk to the restored capitelle", "Sunday 11 June 2028, 10:00–17:00", "Saint-Martin-de-Londres, starting at the village square", "10 guides"],
                ],
            ),
            ("h1", "Becoming a volunteer"),
            ("p", "To take part in your first work day, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Pierres Sèches\", by 25 February "
                    "2028.",
                    "Attend the training day of 4 March 2028, where the wallers teach you to sort, place and wedge "
                    "the stones of a wall.",
                    "Collect your kit from the coordinator: safety shoes, work gloves, safety glasses and knee pads.",
                    "Book your work days in the planner of the scheme at least 7 days ahead: the two minibuses have "
                    "9 seats each.",
                    "Within 48 hours of each work day, upload the photos of the wall before and after your work to "
                    "the shared folder, and write down your hours.",
                ],
            ),
            ("h1", "The walls are alive"),
            (
                "p",
                "Old walls are homes for wildlife. Before moving a stone, look under it. If you find a snake, step "
                "back slowly and let it leave: all the snakes of the garrigue are harmless to people who leave them "
                "alone, and all are protected. Never take a lizard, a scorpion or a plant home. Volunteers only work "
                "on sites whose owner has signed an agreement with the association: never touch a wall or a "
                "capitelle on your own.",
            ),
            ("h1", "Rules of the work days"),
            (
                "bullet",
                [
                    "wear your safety shoes and your gloves from the minute you arrive until you leave the site;",
                    "lift with your knees bent, and never lift a stone heavier than 25 kilograms alone;",
                    "never stand below someone who is working on a higher terrace;",
                    "carry at least 2 litres of water: a work day is cancelled when more than 32°C or a storm is "
                    "forecast;",
                    "no fire and no smoking in the garrigue, at any time of the year.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a heritage project. Students who attend "
                "the training day and at least 5 work days in the season can have it recognised as a student "
                "engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Pierres Sèches coordinator, Student Life Department: pierresseches@umontpellier.fr, "
                "+33 4 65 82 36 28. Student House, Triolet campus, building 20, room 112; Monday and Thursday, "
                "10:00–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-cricket-club.md"] = """---
title: Les Guichets du Lez – the cricket club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/les-guichets-du-lez-cricket
audience: students, researchers and staff
language: en
---

# Les Guichets du Lez: the cricket club of the Student House

Cricket is played by two teams of 11 around a pitch of 20.12 metres with a wicket of three wooden stumps at each end. The bowler tries to hit the wicket with a ball of about 160 grams; the batter defends it and scores runs. Hardly known in France, it is followed by more than a billion people, from India to the Caribbean. "Les Guichets du Lez" is the cricket club of UM students and staff, coached by a volunteer coach who holds the federal coaching diploma of France Cricket. It plays on the artificial pitch of the Veyrassi sports ground and, in winter, in the nets of the Triolet sports hall. This page applies to the academic year 2027-2028. In 2026-2027, the club had 64 members from 17 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| taster afternoon: batting, bowling and a short game | Saturday 25 September 2027, 14:00–17:00 | the artificial pitch of the Veyrassi sports ground | 1 | free |
| beginners' sessions with a soft ball | Wednesday, 17:30–19:00 | the Veyrassi sports ground | 16, from 6 October 2027 | €30 |
| winter nets: batting and bowling practice with a hard ball | Monday, 19:00–20:30 | Triolet sports hall, building 45, room 45.02 | 12, from 8 November 2027 | €20 |
| softball cricket evening: mixed teams, short games and music | Friday 19 November 2027 and Friday 24 March 2028, 18:30–21:30 | Triolet sports hall, room 45.02 | 2 | €3 per player |
| Sunday friendly matches against clubs of the region | Sunday, 13:30–18:30, every other week from 2 April to 25 June 2028 | the Veyrassi sports ground or away | 7 | included in the membership |

The beginners' sessions take 22 players, the winter nets 14, and each softball evening 40 players. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration for the sessions opens on 20 September 2027 in the "Student House" tile of your UM account.

Membership costs €25 for the academic year for students and €45 for staff and researchers; it includes insurance. The France Cricket licence is optional: it costs €35 and you need it only to play in the regional league. The club lends bats, pads, gloves and helmets. Bring sports shoes with rubber studs or flat soles (no metal spikes on the artificial pitch), a water bottle and, from April, a cap and sun cream. For the Sunday matches, white clothes are the custom: the club lends a white shirt to those who have none.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or over; players under 18 need the written consent of a parent. You need no experience. To play, you fill in a health questionnaire; for the licence, you need a medical certificate of fitness for sport that is less than 1 year old.

## How to play in the regional league

The club has one team in the regional league of France Cricket, with matches on Saturday afternoons from April to June. To be picked for a match, follow these steps:

1. Come to the taster afternoon, or to a free trial at any Wednesday session in October.
2. Join the club in the "Student House" tile of your UM account, under "Les Guichets du Lez", and fill in the health questionnaire.
3. Take the France Cricket licence through the club, with your medical certificate.
4. Attend at least 4 of the winter nets, so that the captain can see how you bat and bowl.
5. Put your name on the selection list with the captain by 31 January 2028; the captain picks the 11 players and 2 reserves of each match on the Wednesday before.

## Rules of the ground

- a helmet every time you bat or keep wicket against a hard ball, whatever your age or level
- nobody walks behind the nets while someone is bowling
- shout "ball!" when a ball flies towards people
- no hard balls in the sports hall outside the nets
- after the session, put the stumps, the balls and the mats back in the club's locker

## Tournament and credits

On Saturday 20 May 2028, the club holds the "T20 du Lez" at the Veyrassi sports ground: 8 teams of 8 players, from UM and from other universities of the region, play short 10-over games from 9:00 to 19:00. Entry costs €6 per player for members and €10 for others, lunch included. Students who attend at least 14 sessions in the year and help to run the T20 du Lez can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

What happens when it rains? Outdoor sessions and matches are cancelled, since a wet pitch is slippery for the bowlers. The captain posts a message on the club's group chat by 12:00.

## Contact

Les Guichets du Lez, Student House: guichets@asso.umontpellier.fr, +33 4 65 82 35 47. Triolet campus, building 20, room 142; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-certified-course-descriptions.html"] = html_page(
    "Certified course descriptions: FAQ",
    "Certified descriptions of the courses you took at UM, for recognition by universities, employers and professional bodies abroad: kinds, delays, what is certified, requests and contact.",
    "https://www.umontpellier.fr/en/international/certified-course-descriptions-faq",
    "/fr/international/descriptifs-de-cours-certifies-faq",
    """    <h1>Certified course descriptions: FAQ</h1>
    <p>A transcript lists your courses and your grades, but it says nothing of what you learnt. When a university abroad decides which of your courses it recognises, or when a professional body abroad checks your training as an engineer, a nurse or a pharmacist, it often asks for the content of each course, its hours and its credits, certified by your university. The Course Records desk of the International Relations Department of the University of Montpellier issues these certified course descriptions. This FAQ applies from 1 September 2027. In 2026-2027, the desk certified 3,150 course descriptions for 690 students and graduates.</p>

    <h2>Which document can I ask for?</h2>
    <table>
      <thead>
        <tr><th>Document</th><th>What it contains</th><th>Delay</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>descriptions for one year</td><td>the content, the hours of lectures, tutorials and practicals, the ECTS credits and the assessment of each course of one year of your programme</td><td>10 working days</td><td>free</td></tr>
        <tr><td>full programme pack</td><td>the descriptions of all the years you took, with the learning outcomes of the programme</td><td>20 working days</td><td>free</td></tr>
        <tr><td>translation into English</td><td>a translation, certified by the desk, of descriptions that exist in French only</td><td>15 more working days</td><td>€6 per course, at most €90 per request</td></tr>
        <tr><td>form of a body abroad</td><td>UM fills in, signs and stamps the course section of the form of a university or a professional body abroad</td><td>15 working days</td><td>free</td></tr>
        <tr><td>sealed copy posted by UM</td><td>any of the above, sent in a sealed envelope to the body abroad</td><td>15 working days</td><td>€14 for the postage</td></tr>
      </tbody>
    </table>
    <p>A request can cover at most 60 courses. Descriptions of courses taken before 2012 are kept on paper in the university archives: the search adds 30 working days.</p>

    <h2>What exactly is certified?</h2>
    <p>The desk certifies the description of each course as it was published in the year you took it, not the current one: programmes change, and the body abroad needs to know what you actually studied. Each page bears the stamp of the desk and the number of the pack. The hours are those of the timetable, not your personal study time. The descriptions do not state your grades: send your transcript with them.</p>

    <h2>Who can ask?</h2>
    <p>Current UM students and former students, with no time limit. Incoming exchange students can ask for the descriptions of the UM courses they passed, for recognition by their home university. Courses that a UM student took abroad on exchange are not described by UM: ask the partner university.</p>

    <h2>How do I ask for certified descriptions?</h2>
    <p>Requests are made online only. Proceed as follows:</p>
    <ol>
      <li>Log in to the "International" tile of your UM account and open "Certified course descriptions"; former students without an account use the online form of the International Relations Department.</li>
      <li>Choose the document and the years it should cover; for a form of a body abroad, upload the form.</li>
      <li>Check the list of courses that the desk prepares from your transcript, and confirm it within 7 days: without your confirmation, the request is closed.</li>
      <li>Download the certified descriptions as a PDF signed electronically, with a verification code that the body abroad can check on the UM website.</li>
      <li>For a sealed copy, give the postal address of the body abroad and pay the €14 in the same tile.</li>
    </ol>

    <h2>Can I ask for some courses only?</h2>
    <p>Yes. You can tick the courses you need, from a single one; many universities abroad only ask for the courses they are thinking of recognising.</p>

    <h2>The university abroad says the description is too short. What can I do?</h2>
    <p>Ask the desk for a detailed description: when your faculty has kept them, the desk adds the weekly outline and the reading list of each course. This adds 10 working days, at no extra cost.</p>

    <h2>Can my teacher write a description of the course instead?</h2>
    <p>A teacher can describe a course in a letter, but only the Course Records desk certifies descriptions on behalf of UM, and most bodies abroad refuse letters that are not certified.</p>

    <h2>Whom do I contact?</h2>
    <p>Course Records desk, International Relations Department: course-descriptions@umontpellier.fr, +33 4 65 81 27 36. Triolet campus, building 1, room 1.14; Monday, Wednesday and Friday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/outgoing">Studying abroad</a>',
        '<a href="/en/international/recognition">Recognition of studies</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-certified-course-descriptions.meta.yaml"] = sidecar(
    "Certified course descriptions: FAQ",
    "https://www.umontpellier.fr/en/international/certified-course-descriptions-faq",
    "students and former students",
)

TEXTS["03-student-volunteers-cinemed-film-festival.md"] = """---
title: Student hosts and student jury at Cinemed – the agreement between UM and the festival, 2027
url: https://www.umontpellier.fr/en/campus-life/culture/student-volunteers-cinemed
audience: students
language: en
---

# Student hosts and student jury at Cinemed

Every autumn, Cinemed, the Montpellier International Mediterranean Film Festival, fills the Corum with films from Morocco, Lebanon, Greece, Italy, Spain, Türkiye and every other shore of the Mediterranean, and with the people who make them. Since 2022, an agreement between the University of Montpellier and the festival has allowed UM students to take part as volunteer student hosts, who look after the festival's guests and its debates, and as members of a student jury for the short films. The Culture Department runs the scheme on the UM side. This page applies to the 2027 festival, from Friday 22 to Saturday 30 October 2027. In 2026, 64 student hosts worked 380 shifts.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| festival pass | a free pass to every screening, for yourself only, for the seats still free 10 minutes before the start |
| guest tickets | 2 free tickets for family or friends for every 3 shifts you work |
| training | an evening of training by the festival's guest team: the programme, looking after guests, and safety in the Corum |
| meeting the filmmakers | the volunteers' breakfast with the directors and the official jury, on the last morning of the festival |
| credits | 2 ECTS credits, as a cultural engagement unit, for the training and at least 6 shifts |
| certificate | a certificate of volunteering signed by the festival and by UM, listing your shifts and your team |

A shift lasts 5 hours: 10:00–15:00, 15:00–20:00 or 18:00–23:00. The festival needs 12 student hosts a day, and 18 on the opening and closing evenings. Hosts who work two shifts in a day receive a meal voucher of €10. The Corum is at the Corum stop of tram lines 1 and 2.

Student hosts work in one of three teams: the guest team, who meet the directors and actors at the station, go with them between their hotel, the Corum and their meetings, and help them with the language; the debate team, who pass the microphones and keep time in the questions and answers after the screenings; and the schools team, who take groups of secondary school pupils to the morning screenings.

The student jury has 7 members. They watch the 12 films of the short film competition, meet on 29 October to choose the winner, and give the UM student jury prize of €1,500 to its director at the closing evening. Members of the jury are not hosts in the same year.

## Who can apply?

UM students aged 18 or over, doctoral candidates included, in any programme. You need at least a B1 level in French. For the guest team, you also need a C1 level in Arabic, Italian, Spanish, Greek or Turkish, or in English. Exchange students are welcome if they are at UM from September to December at least. Staff cannot volunteer under this agreement: the festival sells them a full pass at €25 instead of €45.

## How to take part

Information meetings take place at the Student House on Tuesday 21 September and Thursday 23 September 2027, at 18:30. To become a student host, follow these steps:

1. Apply in the "Culture" tile of your UM account by 3 October 2027, with the languages you speak, the team you prefer and the days when you are free.
2. Meet the volunteer coordinator of the festival for an interview of 10 minutes in the week of 4 October 2027.
3. Attend the training evening on Tuesday 12 October 2027, from 18:00 to 21:00, at the Corum: no one works a shift without it.
4. Sign the volunteer charter of the festival and the volunteering agreement, which confirms that your shifts are unpaid.
5. Choose at least 4 shifts in the festival's online planner by 15 October 2027.

To join the student jury, send instead a letter of one page about a Mediterranean film that you love, in the same tile, by 26 September 2027.

## Rules of the festival

- wear the red festival T-shirt and your accreditation badge
- never ask a guest for a selfie, an autograph or a favour for your own film project
- a guest's hotel, phone number and travel plans are confidential
- phones are silent in the screening rooms, and never used during a film
- if a guest is unwell or cannot be found, call the leader of the guest team on your radio; never drive a guest in your own car

## FAQ

Can I watch films during my shift? No. With your pass, you can watch as many films as you like outside your shifts.

What if I cannot come to a shift? Swap it with another host in the planner at least 48 hours before. After 2 shifts missed without warning, the festival takes back your pass.

Is it paid? No. The agreement is a volunteering scheme: hosts receive no pay, only the pass, the guest tickets and the meal vouchers.

## Contact

Festival volunteering desk, Culture Department: cinemed-volunteers@umontpellier.fr, +33 4 65 82 53 41. Triolet campus, building 7, room 7.11; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["04-faq-parkour-club.html"] = html_page(
    "Élan, the parkour club: FAQ",
    "Élan: indoor trainings in the gymnastics hall, outdoor trainings in the city, the level 1 test and the Jam de l'Élan.",
    "https://www.umontpellier.fr/en/campus-life/student-house/parkour-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-parkour-faq",
    """    <h1>Élan, the parkour club: FAQ</h1>
    <p>Parkour is the art of moving through the city with nothing but your body: running, jumping from one wall to another, vaulting over rails, climbing and landing without a sound. It was born in the 1990s in Lisses and Évry, south of Paris, and its practitioners are called traceurs. Parkour is not about taking risks: a good traceur repeats a jump a hundred times close to the ground before trying it higher. "Élan" is the parkour club of the Student House. Its members train in the gymnastics hall of the Triolet sports hall and, in spring, in the streets of Montpellier, with two coaches who hold the federal parkour diploma of the French gymnastics federation. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 58 members from 15 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open session: landings, rolls and first vaults</td><td>Saturday 9 October 2027, 14:00–16:30</td><td>the gymnastics hall, Triolet sports hall, building 45, room 45.06</td><td>free</td></tr>
        <tr><td>indoor training on mats, boxes and bars</td><td>Tuesday and Thursday, 18:30–20:00, from 12 October 2027 to 15 June 2028</td><td>the gymnastics hall, room 45.06</td><td>included in the membership</td></tr>
        <tr><td>outdoor training in the city</td><td>Saturday, 10:00–12:00, from 1 April to 24 June 2028</td><td>meeting at the Student House, then the Antigone and Port Marianne districts</td><td>included in the membership</td></tr>
        <tr><td>assistant coach course</td><td>Saturday 15 and Sunday 16 January 2028, 9:30–16:30</td><td>the gymnastics hall, room 45.06</td><td>€20</td></tr>
        <tr><td>the "Jam de l'Élan": an open afternoon for traceurs of the whole region</td><td>Saturday 13 May 2028, 13:00–19:00</td><td>the parkour area of the Veyrassi sports ground</td><td>€5</td></tr>
      </tbody>
    </table>
    <p>Membership costs €30 for the academic year for students and €55 for staff and researchers; it includes the insurance of the French gymnastics federation. An indoor training takes 24 traceurs with both coaches, an outdoor training 16, and the assistant coach course 8 people; the Jam de l'Élan welcomes 120 traceurs.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent, and the outdoor trainings are open from 18 only. You need no experience and no particular strength. Because parkour involves falls and drops, you must hand in a medical certificate of fitness for parkour that is less than 1 year old when you join.</p>

    <h2>What should I bring?</h2>
    <p>Bring running shoes with a thin, flexible sole and a good grip (not basketball shoes or shoes with air cushions), loose sports clothes that cover your knees, and a water bottle. Take off rings and watches. The club provides the mats and the boxes; gloves are not allowed, since you must feel the wall under your hands.</p>

    <h2>How do I get to the outdoor trainings?</h2>
    <p>Outdoor trainings are for members who have learnt to fall safely indoors. To take part, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Élan", and upload your medical certificate.</li>
      <li>Attend at least 10 indoor trainings, where you learn to land, to roll and to fall without hurting yourself.</li>
      <li>Pass the level 1 test with a coach: a precision jump, a safety vault, a roll on a hard floor and a drop of 1.5 metres into a roll.</li>
      <li>Sign the outdoor charter of the club, on respecting places and the people who live there.</li>
      <li>Book each outdoor training on the club's online calendar by 18:00 on the Friday before: each training has 16 places.</li>
    </ol>

    <h2>What are the rules outdoors?</h2>
    <p>Parkour is only welcome in the city if traceurs are, so the club has four rules:</p>
    <ul>
      <li>never train on roofs, on private property, on monuments or on the tram platforms;</li>
      <li>test every wall, rail and ledge with your hands before you jump on it;</li>
      <li>never train alone, and never film a jump that you have not mastered;</li>
      <li>leave a place at once, and politely, when a resident or a guard asks you to.</li>
    </ul>

    <h2>What if it rains?</h2>
    <p>Wet walls and rails are slippery, so an outdoor training never takes place in the rain: it moves to the gymnastics hall, at the same time. The club tells members by text message by 8:00 on the Saturday morning. Indoor trainings always take place, except during the closure of the sports hall.</p>

    <h2>What if I get hurt?</h2>
    <p>Stop at once and tell a coach, even for a small sprain: both coaches hold a first aid certificate, and the first aid kit is in the hall. For a serious injury, the coach calls 15 or 112. Tell the club's office within 5 days of any injury, for the insurance.</p>

    <h2>Can I coach beginners?</h2>
    <p>Yes, once you have been a member for one year and have followed the assistant coach course. Assistant coaches help at the indoor trainings but never lead an outdoor training alone.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who attend at least 25 trainings in the year and help as volunteers at the Jam de l'Élan can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Élan, Student House: elan-parkour@asso.umontpellier.fr, +33 4 65 82 35 95. Triolet campus, building 20, room 204; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-parkour-club.meta.yaml"] = sidecar(
    "Élan, the parkour club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/parkour-club-faq",
    "students, researchers and staff",
)

TEXTS["05-ukulele-club.txt"] = """LES PETITES CORDES: THE UKULELE CLUB - 2027-2028
University of Montpellier - Student House

The ukulele has four nylon strings, fits in a backpack and costs less than a pair of trainers. It was born in Hawaii from the small guitars that workers from Madeira brought with them in 1879, and it is probably the easiest instrument to start with: with four chords, you can already play hundreds of songs. Les Petites Cordes is the ukulele association of UM students and staff. It owns 45 ukuleles that members can borrow, and its songbooks hold songs in French, English, Spanish, Portuguese and a dozen other languages. In 2026-2027, the association had 51 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each led by an experienced member:

beginners' circle: your first four chords and your first songs in six weeks, on Mondays from 18:30 to 20:00, from 4 October 2027
song circle: everyone plays and sings together from the songbooks, on Thursdays from 19:00 to 21:00
arrangement workshop: writing parts for several ukuleles and for the bass ukulele, 4 sessions on Saturdays from 10:00 to 12:30 from 22 January 2028
the ukulele orchestra: 20 players, chosen at an audition, who prepare the concert of the year, on Wednesdays from 19:00 to 21:30
busking afternoons: playing in the street in small groups, on the first Sunday of each month from April to June 2028, from 15:00 to 17:00, on the Place de la Comédie
the Grand Strum: the concert of the year, on Friday 2 June 2028 at 19:00 in the hall of the Student House

The circles, the workshop and the orchestra meet in room 031 of the Student House. The association's general meeting, where the year's programme is voted, is on Tuesday 12 October 2027 at 18:30, in the same room.

MEMBERSHIP AND INSTRUMENTS

Membership costs EUR 12 for the academic year for students and EUR 20 for staff and researchers; it includes insurance. Members can borrow a ukulele for the whole year, with its case and a tuner, against a deposit cheque of EUR 50 that is never cashed if the instrument comes back in good condition. The beginners' circle costs EUR 15 for the six weeks, songbook included. Members who want their own instrument can buy a concert ukulele through the association's group order, at EUR 45.

Members must be 16 or over. Members under 18 need the written consent of a parent and do not take part in the busking afternoons.

HOW DO I JOIN THE ORCHESTRA?

1. Have played the ukulele for at least one year, or follow the beginners' circle and then the song circle until January.
2. Register in the "Student House" tile of your UM account, under "Les Petites Cordes", and pay the membership.
3. Sign up for the audition in the same tile by 15 December 2027.
4. Come to the audition on Saturday 15 January 2028: play one song of your choice, then read a short chord chart at sight.
5. Come to every rehearsal from Wednesday 19 January 2028; after 3 absences without warning, you leave the orchestra for the year.

RULES OF THE ROOM

Tune your ukulele before the session starts, with a tuner, not during it. Stop playing when the leader speaks: twenty ukuleles noodling make any explanation impossible. Lent ukuleles go back in their cases, and their strings are changed only by the association's instrument manager. No food or drinks near the instruments. The room closes at 22:00.

THE GRAND STRUM

On Friday 2 June 2028, at 19:00, the orchestra and the circles play the Grand Strum in the hall of the Student House. It is free and open to everyone, and anyone who brings a ukulele can join in the last three songs, whose chords are projected on a screen.

CREDITS

Students who play in the orchestra for the whole year and at the Grand Strum can have it recognised as a student engagement unit worth 1 ECTS credit.

CONTACT

Les Petites Cordes, Student House
E-mail: petitescordes@asso.umontpellier.fr
Phone: +33 4 65 82 35 29
Student House, Triolet campus, building 20, room 031. Monday, 17:00-18:30.
"""

TEXTS["05-ukulele-club.meta.yaml"] = sidecar(
    "Les Petites Cordes, the ukulele club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/les-petites-cordes-ukulele",
    "students, researchers and staff",
)

TEXTS["06-re-enrolling-at-um-while-abroad-2027.md"] = """---
title: Re-enrolling at UM for next year while you are abroad, 2027-2028
url: https://www.umontpellier.fr/en/international/outgoing/re-enrolling-while-abroad
audience: outgoing students
language: en
valid_until: 2028-09-30
---

# Re-enrolling at UM for next year while you are abroad, 2027-2028

During an exchange or a traineeship abroad, you remain a UM student: you are enrolled at UM, you pay your fees at UM and your credits abroad count towards your UM degree. But an enrolment lasts one academic year only. To continue your studies in 2028-2029, you must re-enrol online in the summer, like every other student, often while you are still abroad and before your host university has sent your grades. The Outgoing Students desk of the International Relations Department handles these re-enrolments from abroad. This page applies to the UM students who are abroad in 2027-2028, for the second semester or the whole year, and continue at UM in 2028-2029. In 2026-2027, 1,420 students re-enrolled from abroad, and 96 of them after the deadline.

## Which re-enrolment, and by when?

| Your situation | What you do | Window | Deadline for what is missing |
|---|---|---|---|
| your grades from abroad are known and recognised by the exam board in June | standard re-enrolment in the next year of your programme | 5 to 25 July 2028 | none |
| you are still abroad in July, or your grades from abroad are not yet recognised | conditional re-enrolment in the next year, confirmed when the exam board has your grades | 5 July to 15 September 2028 | the transcript of your host university, by 31 October 2028 |
| you stay abroad for another year (extension or double degree) | re-enrolment as an outgoing student for 2028-2029 | 5 July to 30 September 2028 | the learning agreement for 2028-2029, by 15 October 2028 |

If the transcript of your host university has not reached your faculty by 31 October 2028, a conditional re-enrolment is suspended: you lose access to the exams and to your UM account until it arrives. Late re-enrolment is possible until 15 October 2028, with the written agreement of the head of your programme; after that date, no re-enrolment is possible for the year.

## Fees and the student life contribution

You pay the same fees as any other student of your programme, online, by card, in one payment or in three instalments. Before re-enrolling, you must pay the student and campus life contribution (CVEC), €106 for 2028-2029, on the national CVEC website, which accepts foreign bank cards. Students with a need-based grant are exempt from the CVEC and from the fees, and must re-enrol by 30 September 2028 to keep their monthly payments.

## How to re-enrol from abroad

To re-enrol while you are abroad, follow these steps:

1. Pay the CVEC on the national website and download your CVEC certificate.
2. Log in to the "Enrolment" tile of your UM account from 5 July 2028 and choose "re-enrolment from abroad".
3. Upload your CVEC certificate, your learning agreement for 2027-2028 and, if you already have it, the transcript of your host university.
4. Pay your fees online, in one payment or in three instalments.
5. Download your certificate of enrolment for 2028-2029: your student card becomes valid again the first time you tap it on a campus reader.

## FAQ

My host university only publishes its grades in August. Can I still move up a year? Yes. Choose the conditional re-enrolment: the exam board of your faculty meets again in September and on 20 November 2028 for late results.

Can someone re-enrol for me? No. The re-enrolment is made online by you alone. A relative or a friend can only collect paper documents for you at the Enrolment Office, with your signed authorisation and a copy of your identity document.

I failed a course abroad. Which year do I re-enrol in? Your faculty decides, from your learning agreement and your transcript. Ask the international relations officer of your faculty before you re-enrol.

What if my card is refused? Write to the desk before the end of your window: it can send you a payment link by e-mail.

## Contact

Outgoing Students desk, International Relations Department: outgoing-reenrolment@umontpellier.fr, +33 4 65 81 27 63. Triolet campus, building 1, room 1.10; Monday to Thursday, 9:30–12:30. The desk answers e-mails all summer except from 29 July to 18 August 2028.
"""

TEXTS["10-jewellery-workshop.md"] = """---
title: Fil d'Argent – the jewellery workshop of the Culture Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/fil-d-argent-jewellery-workshop
audience: students, researchers and staff
language: en
---

# Fil d'Argent: the jewellery workshop of the Culture Department

A ring starts as a strip of metal no thicker than a fingernail. It is sawn, filed, bent around a steel mandrel, soldered with a small torch, then polished until it shines. In "Fil d'Argent", the jewellery workshop of the Culture Department, a jeweller teaches students and staff to make rings, pendants and earrings in copper, brass and silver, at 8 jeweller's benches. This page applies to the academic year 2027-2028. In 2026-2027, 74 people made jewellery in the workshop.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery afternoon: a copper ring in three hours | Saturday 16 October 2027 or Saturday 22 January 2028, 14:00–17:00 | the jewellery room, Triolet campus, building 7, room 7.09 | 1 | €8, metal included |
| beginners' course: sawing, filing, soldering and polishing, in copper and brass | Tuesday, 18:00–20:30 | the jewellery room | 10, from 9 November 2027 | €60, metals included |
| silver course: a ring and a pendant in silver | Thursday, 18:00–20:30 | the jewellery room | 8, from 3 February 2028 | €75, plus the silver at cost |
| wire and beads workshop, without a torch | Wednesday, 14:00–16:30 | the jewellery room | 5, from 12 January 2028 | €25 |
| open bench: the benches for your own project | Friday, 14:00–18:00 | the jewellery room | every week | €5 per afternoon |

The discovery afternoons take 8 people, the beginners' course 8, the silver course 6 and the wire and beads workshop 10; the open bench has 8 benches. Staff and researchers pay €20 more per course; students with a need-based grant pay half price. Registration opens on 27 September 2027 in the "Culture" tile of your UM account.

Each bench has a saw frame, files, pliers, a mandrel and a small gas torch. The workshop provides the copper, the brass and the wire; silver is sold at cost, about €1.20 per gram, and weighed at the end of each session. Bring an apron in cotton, closed shoes, and something to tie back long hair.

## Who can take part?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over, because of the torches and the acid bath used to clean the metal; the wire and beads workshop, which uses neither, is open from 16. You do not need to be good with your hands: a steady hand comes with practice, and the jeweller prepares a simpler model for anyone who needs one.

## How to work at the open bench

The open bench is for those who already know the basics. To work on a project of your own, follow these steps:

1. Follow a course of the workshop during the year, or the discovery afternoon and the wire and beads workshop.
2. Pass the torch safety check with the jeweller: 15 minutes, at the end of any course session.
3. Book a bench in the "Culture" tile of your UM account, for at most 1 afternoon a week.
4. Show the drawing of your piece to the jeweller at the start of the afternoon.
5. Weigh the silver you have used before you leave, and pay for it in the same tile within 7 days.

## Rules of the jewellery room

- safety glasses whenever you saw, drill or polish
- the torch is lit only when the jeweller is in the room and the extractor is on
- the acid bath is handled by the jeweller only
- no food or drinks at the benches
- sweep the silver filings into the recovery tray: they are melted down and used again

## Exhibition and credits

The pieces of the year are shown on Thursday 25 May 2028 at 18:00, in the hall of the Student House; the exhibition is free and open to everyone. Students who follow the silver course and show a piece at the exhibition can have it recognised as a cultural engagement unit worth 2 ECTS credits.

## FAQ

Can I bring my own metal? Silver yes, with its receipt, so that the jeweller knows what it is. Gold no: the workshop does not work gold.

Can I sell what I make? The pieces are yours, and you may give them or sell them privately. Nothing is sold at the exhibition.

## Contact

Fil d'Argent, Culture Department: fildargent@umontpellier.fr, +33 4 65 82 53 68. Triolet campus, building 7, room 7.10; Tuesday and Friday, 13:30–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering and two procedures of the international office: cricket, certified course descriptions, the student hosts and the student jury of Cinemed, parkour, the ukulele, re-enrolling at UM while abroad, comics, tai chi and qigong, the dry-stone walls of the garrigue and jewellery. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Les Guichets du Lez, Student House | the cricket club, its sessions, the regional league and the T20 du Lez | guichets@asso.umontpellier.fr | +33 4 65 82 35 47 | Student House, Triolet campus, building 20, room 142 | Tuesday and Friday, 12:30–14:00 |
| Course Records desk, International Relations Department | certified course descriptions and forms of bodies abroad | course-descriptions@umontpellier.fr | +33 4 65 81 27 36 | Triolet campus, building 1, room 1.14 | Monday, Wednesday and Friday, 9:30–12:30 |
| Festival volunteering desk, Culture Department | the student hosts and the student jury of Cinemed, their training and their shifts | cinemed-volunteers@umontpellier.fr | +33 4 65 82 53 41 | Triolet campus, building 7, room 7.11 | Tuesday and Thursday, 14:00–17:00 |
| Élan, Student House | the parkour club, its trainings, the level 1 test and the Jam de l'Élan | elan-parkour@asso.umontpellier.fr | +33 4 65 82 35 95 | Student House, Triolet campus, building 20, room 204 | Thursday, 12:30–14:00 |
| Les Petites Cordes, Student House | the ukulele club, its circles, the orchestra and the Grand Strum | petitescordes@asso.umontpellier.fr | +33 4 65 82 35 29 | Student House, Triolet campus, building 20, room 031 | Monday, 17:00–18:30 |
| Outgoing Students desk, International Relations Department | re-enrolment from abroad for the next academic year | outgoing-reenrolment@umontpellier.fr | +33 4 65 81 27 63 | Triolet campus, building 1, room 1.10 | Monday to Thursday, 9:30–12:30 |
| Bulles, Culture Department | comics courses, the weekend, the comic strip contest and the fanzine | bulles@umontpellier.fr | +33 4 65 82 53 57 | Triolet campus, building 7, room 7.06 | Monday and Thursday, 10:00–12:30 |
| Tai chi and qigong courses, University Sports Service | the introductory classes, the tai chi, qigong and seated courses and the outdoor practice | taichi@umontpellier.fr | +33 4 65 82 41 52 | Triolet sports hall, building 45, room 45.01 | Tuesday and Thursday, 13:30–16:30 |
| Pierres Sèches coordinator, Student Life Department | the dry-stone wall work days, the mapping walks and the open day | pierresseches@umontpellier.fr | +33 4 65 82 36 28 | Student House, Triolet campus, building 20, room 112 | Monday and Thursday, 10:00–12:30 |
| Fil d'Argent, Culture Department | jewellery courses, the open bench and the exhibition | fildargent@umontpellier.fr | +33 4 65 82 53 68 | Triolet campus, building 7, room 7.10 | Tuesday and Friday, 13:30–17:00 |

## Useful to know

Medical certificates for sport: students who need a medical certificate of fitness for a sport (for parkour or for the cricket licence, for example) can get one free of charge from the Student Health Service, by appointment: sport-health@umontpellier.fr, +33 4 65 82 70 58, Triolet campus, building 5, room 016; Monday to Friday, 8:30–12:00 and 13:30–17:00. The psychologists of the same service see students free of charge and in confidence: +33 4 65 82 70 71. Staff ask their own doctor.

Paper documents of students abroad: the Enrolment Office hands paper certificates of enrolment and other enrolment documents to a relative or a friend who brings the student's signed authorisation and a copy of the student's identity document: enrolment-office@umontpellier.fr, +33 4 65 81 26 40, Triolet campus, building 2, room 2.05; Monday to Friday, 9:00–12:00 and 13:30–16:00.

People with a disability who need step-free access, adapted equipment or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability-support@umontpellier.fr, +33 4 65 82 70 19, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Exchange students who want the credits of an activity of this directory in their learning agreement, and outgoing students who do not know which year to re-enrol in after failing a course abroad, ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 41.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-re-enrolling-at-um-while-abroad-2024.txt"] = """RE-ENROLLING WHILE ABROAD - 2024-2025
University of Montpellier - Registrar's Office

This page applies to the UM students who are abroad on exchange in 2023-2024 and continue at UM in 2024-2025.

WINDOW

A single re-enrolment window for all students abroad: 1 to 20 July 2024. There is no conditional re-enrolment: students whose grades from abroad are not known by 20 July re-enrol in the same year of their programme, and are moved up later if the exam board validates their year.

FEES

Fees are paid in one payment only. The student life contribution (CVEC) is EUR 95 for 2024-2025.

HOW TO RE-ENROL

1. Download the paper re-enrolment form from the website of the Registrar's Office.
2. Post it to the Registrar's Office with a copy of your CVEC certificate and a cheque for your fees, by 20 July 2024.
3. Collect your certificate of enrolment in person at the Registrar's Office in September; a relative can collect it only with a notarised proxy.

LATE RE-ENROLMENT

After 20 July 2024, students abroad must wait until their return and re-enrol in person, by 30 September 2024.

CONTACT

Registrar's Office
E-mail: registrar-abroad@umontpellier.fr
Phone: +33 4 65 81 26 12
Triolet campus, building 2, room 2.01. Monday and Tuesday, 14:00-16:30.
"""

TEXTS["31-re-enrolling-at-um-while-abroad-2024.meta.yaml"] = sidecar(
    "Re-enrolling while abroad, 2024-2025",
    "https://www.umontpellier.fr/en/international/outgoing/re-enrolling-while-abroad-2024",
    "outgoing students",
    "2025-06-30",
)

TEXTS["40-upec-cricket-club-and-comics-workshop.md"] = """---
title: Université Paris-Est Créteil – the cricket club and the comics workshop
url: https://www.u-pec.fr/en/campus-life/cricket-and-comics
audience: students and staff
language: en
---

# Université Paris-Est Créteil: the cricket club and the comics workshop

This page of the Université Paris-Est Créteil (UPEC) presents the cricket club of its sports service and the comics workshop of its culture service. It applies only to students and staff of UPEC, on its campuses in Créteil and at its sites of Vitry-sur-Seine, Fontainebleau and Sénart.

## Cricket club

The cricket club plays on the football pitch of the Créteil campus, where a mat is rolled out on training days.

| Rule | UPEC |
|---|---|
| beginners' sessions | 30 players per group, open from 18 years old |
| price of the beginners' sessions | €40 for 20 sessions |
| membership | €35 a year for students, federation licence included |
| winter practice | Friday, 18:00–19:30, in the gymnasium |
| regional league | selection list closes on 15 February 2028 |
| tournament | Sunday 18 June 2028, 6 teams, €12 per player |
| credits | 2 ECTS credits after 20 sessions |

Contact: cricket club, cricket@u-pec.fr, +33 1 45 17 66 30.

## Comics workshop

The comics workshop of the culture service meets in the library of the Créteil campus.

- the workshop is open from 18 years old only
- the short comics course has 8 sessions and costs €80; it takes 15 people
- the digital comics course has 4 sessions and costs €30
- the comics contest accepts comics of 1 to 6 pages, sent by 15 March 2028
- the first prize is €400; the awards evening takes place on Thursday 1 June 2028
- the fanzine is printed in 250 copies, and each author receives 2 free copies
- participants who publish in the fanzine receive 3 ECTS credits

Contact: comics workshop, bd@u-pec.fr, +33 1 45 17 71 52.
"""

TEXTS["41-aarhus-parkour-club-and-certified-course-descriptions.md"] = """---
title: Aarhus University – the parkour club and certified course descriptions
url: https://international.au.dk/en/student-life/parkour-and-course-descriptions
audience: students and staff
language: en
---

# Aarhus University: the parkour club and certified course descriptions

This page of Aarhus University, in Denmark, presents the parkour club of its sports association and the certified course descriptions of its study administration. It applies only to students, graduates and staff of Aarhus University, in the University Park in Aarhus, at Emdrup in Copenhagen and at its sites in Herning and Foulum.

## Parkour club

The club trains in a gymnasium near the University Park from October to April, and in the streets of Aarhus from May to September.

- members must be 18 or over
- no medical certificate is needed
- membership costs DKK 350 a year for students
- trainings take place on Monday and Wednesday, 17:00–18:30
- an indoor training takes 30 traceurs
- outdoor trainings are open to all members from their first week
- the club's jam takes place on Saturday 3 June 2028
- the club gives 2 ECTS credits after 30 trainings

Contact: parkour club, parkour@au.dk, +45 87 15 42 10.

## Certified course descriptions

Students and graduates can ask for certified descriptions of their courses, for recognition abroad.

| Rule | Aarhus University |
|---|---|
| delay | 5 working days for every request |
| price | free for up to 20 courses, then DKK 50 per course |
| sealed copy sent by post | DKK 100, posted within 10 working days |
| who can ask | current students, and graduates up to 10 years after graduation |
| paper archives | courses taken before 2015 |
| courses per request | at most 40 courses |
| confirming the list of courses | within 14 days |
| languages | Danish or English |

Contact: study administration, course-descriptions@au.dk, +45 87 15 20 30.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
