"""The text of every 'blind48' document; run this to rebuild corpus/ (see ../collection_tools.py).

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

PDFS: dict[str, Spec] = {}
DOCXS: dict[str, Spec] = {}
TEXTS: dict[str, str] = {}

PDFS["07-wakeboard-club-2027.pdf"] = {
    "title": "Sillage: the wakeboard club of UM, 2027-2028",
    "short": "Wakeboard club",
    "url": "https://www.umontpellier.fr/en/campus-life/sport/sillage-wakeboard-club-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Sillage wakeboard club",
    "pages": [
        [
            ("h1", "Sillage: the wakeboard club of UM, 2027-2028"),
            (
                "p",
                "A wakeboard is a short, wide board with two bindings; the rider stands sideways on it and "
                "holds a rope with a handle. At a cable park, the pull does not come "
                "from a boat but from a cable running overhead around a lake, carried by five pylons. "
                "Sillage (French for the wake of a boat) is the "
                "wakeboard club of the Sports Department. It rides at a cable park near Lunel, open from "
                "April to October. This guide applies to 2027-2028. In 2026-2027, "
                "the club had 39 members from 15 countries.",
            ),
            ("h2", "What the club offers in 2027-2028"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["try-out afternoon: your first starts on the two-tower cable, on a kneeboard and then on a wakeboard", "Saturday 18 September 2027, 14:00–17:00", "the cable park", "€10, board, wetsuit, helmet and vest included"],
                    ["beginners' course: the start from the dock, the turns at the corners and how to fall, in 5 sessions", "Wednesday, 14:00–16:00, from 22 September to 20 October 2027", "the cable park", "€70 for the 5 sessions"],
                    ["club rides: two hours on the main cable", "Saturday, 10:00–12:00, from 25 September to 30 October 2027 and from 8 April to 24 June 2028", "the cable park", "€8 per ride instead of €25"],
                    ["winter dry training: balance boards, core strength and stretching", "Thursday, 18:30–20:00, from 4 November 2027 to 30 March 2028", "the gymnasium of building 52", "included in the membership"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "The try-out afternoon takes 20 people and the beginners' course 12. Membership costs €35 "
                "for the academic year for students and €55 for staff and researchers, insurance and the "
                "loan of a wetsuit included. Register from 6 September 2027 in the \"Sport\" tile of your "
                "UM account.",
            ),
        ],
        [
            ("h2", "Who can join?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                "16 or over; members under 18 need the written consent of a parent. You need no experience "
                "of board sports, but you must be able to swim: before your first ride, you swim 50 metres "
                "without stopping and float on your back for 2 minutes in front of a lifeguard of the "
                "university pool, who signs your swimming card. Every member also fills in a health "
                "questionnaire in the \"Sport\" tile.",
            ),
            ("h2", "What to bring"),
            (
                "p",
                "A swimsuit, a towel, a warm top, sun cream and a padlock for the lockers. "
                "The club lends the boards, the wetsuits, the helmets and the impact vests.",
            ),
            ("h2", "Riding at the student championship"),
            (
                "p",
                "The club sends 6 riders to the French student wakeboard championship near Toulouse on "
                "Saturday 20 May 2028. To be one of them, follow these steps:",
            ),
            (
                "num",
                [
                    "Come to at least 8 club rides between 25 September 2027 and 29 April 2028.",
                    "Pass the club's riding test by 6 May 2028: ride 3 full laps of the main cable without "
                    "falling, then land two jumps on the small kicker.",
                    "Take the licence of the French water ski and wakeboard federation through the club, "
                    "for €26, by 10 May 2028.",
                    "Attend the judging evening on Thursday 11 May 2028, from 18:30 to 20:00, in room 45.03, "
                    "where a judge explains the scoring.",
                    "Pay €32 in the app by 12 May 2028 for the minibus and the entry fee; the minibus leaves "
                    "the Sports Department at 6:15 on the day of the championship.",
                ],
            ),
            ("h2", "Rules of the club"),
            (
                "bullet",
                [
                    "the helmet and the impact vest stay on and fastened from the start dock to the exit "
                    "ramp;",
                    "let go of the handle as soon as you fall, and never wrap the rope round your hand;",
                    "after a fall, raise an arm so that the operator sees you, then swim to the bank with "
                    "your board;",
                    "only one rider on the start dock at a time, and nobody rides after drinking alcohol.",
                ],
            ),
        ],
        [
            ("h2", "The season, stage by stage"),
            (
                "table",
                [
                    ["Stage", "When", "What happens"],
                    ["autumn riding", "September and October 2027", "the try-out afternoon, the beginners' course and the Saturday club rides"],
                    ["spring riding", "8 April to 24 June 2028", "the Saturday club rides again, the riding test and the student championship"],
                    ["the Sunset Session", "Friday 23 June 2028, 18:00–22:00, at the cable park", "an evening of riding and music, open to members and their friends"],
                ],
                (40, 50, 76),
            ),
            ("h2", "If someone is hurt"),
            (
                "p",
                "A rider who hits the water face first and then feels dizzy or sick stops riding for the day "
                "and sees a doctor the same day. Water forced "
                "into the ear by a fall can hurt: if the ear still hurts or runs two days later, go to the "
                "nurses of the Student Health Service, +33 4 67 14 72 31.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow the beginners' course, at least 12 club rides and the student "
                "championship can have it recognised as a sport unit worth 2 ECTS credits; students who "
                "follow the beginners' course and pass the riding test, 1 ECTS credit.",
            ),
            (
                "p",
                "Contact: Sillage, Sports Department, sillage@umontpellier.fr, +33 4 67 14 52 53. "
                "Triolet campus, building 45, room 45.06; Tuesday and Thursday, 12:30–14:00.",
            ),
        ],
    ],
}

PDFS["08-gilding-workshop-2027.pdf"] = {
    "title": "Dorure: the gilding workshop of UM, 2027-2028",
    "short": "Gilding workshop at UM 2027-2028",
    "url": "https://www.umontpellier.fr/en/campus-life/culture/dorure-gilding-workshop-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Culture Department, Dorure gilding workshop",
    "pages": [
        [
            ("h1", "Dorure: the gilding workshop of UM, 2027-2028"),
            (
                "p",
                "Gilding covers wood or plaster with gold leaf, gold beaten to about a ten-thousandth of "
                "a millimetre. The gilder cuts the leaf on a "
                "leather cushion with a blunt gilder's knife and picks it up with a gilder's tip, a flat "
                "brush of long hair. In oil gilding, the leaf is laid on a size of linseed oil when it has "
                "become tacky; the gold stays matt but can go outdoors. In water gilding, the wood is coated "
                "with layers of gesso, then with a red clay called bole; the leaf is laid on the wetted bole "
                "and polished with an agate burnisher until it shines like a mirror. Dorure (French for gilding) is the gilding workshop of the Culture "
                "Department. It is taught by a gilder who restores picture frames, in building 29, room "
                "0.03. This guide applies to 2027-2028. In "
                "2026-2027, 36 people took part.",
            ),
            ("h2", "The activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery evening: cutting imitation leaf and laying it on a small wooden letter", "Thursday 14 October 2027 or Thursday 20 January 2028, 18:30–20:30", "the workshop, building 29, room 0.03", "€10, imitation leaf included"],
                    ["oil gilding course: a small mirror frame gilded with oil size and real gold leaf, in 4 sessions", "Monday, 18:00–21:00, from 8 to 29 November 2027", "the workshop", "€58, the frame, the size and 1 booklet of 25 leaves included"],
                    ["water gilding course: a frame with gesso, bole and burnished gold, in 8 sessions", "Saturday, 9:30–12:30, from 29 January to 25 March 2028, with no session on 26 February", "the workshop", "€125, after the oil gilding course"],
                    ["restoration afternoon: advice on a gilded object of your own", "Saturday 6 May 2028, 14:00–17:00", "the workshop", "€5"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "Each discovery evening and the oil gilding course take 10 people, the water gilding course "
                "8 and the restoration afternoon 12. Students with a need-based grant pay half price; staff "
                "and researchers pay €15 more per course. Extra booklets of 25 leaves cost €32. Register "
                "from 20 September 2027 in the \"Culture\" tile of your UM account.",
            ),
        ],
        [
            ("h2", "Who can take part?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                "16 or over; participants under 18 need the written consent of a parent. You need no "
                "experience. The water gilding course is only for people who have oil-gilded a piece. "
                "The gesso is made with rabbit-skin glue, an animal product: participants who do not want "
                "to use it tell the teacher when registering, and the teacher prepares a synthetic gesso "
                "for them.",
            ),
            ("h2", "What to bring"),
            (
                "p",
                "A pencil, a notebook, and clothes without fluffy wool, since fibres stick to the size. The "
                "workshop lends the gilder's tips, the cushions, the knives and the agate burnishers, and "
                "provides the frames, the gesso, the bole, the size and "
                "the gold leaf.",
            ),
            ("h2", "Joining the water gilding course"),
            ("p", "To join the water gilding course, follow these steps:"),
            (
                "num",
                [
                    "Finish the oil gilding course of November 2027, or show the teacher a piece you have "
                    "oil-gilded yourself, by 10 December 2027.",
                    "Register in the \"Culture\" tile by 14 January 2028 and pay the price of the course, "
                    "€125.",
                    "Choose your frame in the same tile by 21 January 2028: a flat frame of 18 by 24 "
                    "centimetres, or an oval one.",
                    "Bring an old cotton cloth and a soft pencil to the first session, on Saturday 29 January "
                    "2028 at 9:30.",
                    "Collect your frame at the desk of the Culture Department from 10 April 2028, once the "
                    "burnished gold has rested for two weeks.",
                ],
            ),
        ],
        [
            ("h2", "Rules of the workshop"),
            (
                "bullet",
                [
                    "doors and windows stay closed while leaf is being cut: a draught blows it away;",
                    "gold leaf is touched only with the tip and the knife, never with the fingers;",
                    "the scraps of gold go into the glass jar of each bench, never into the bin;",
                    "rags soaked in oil size go into the metal bin with a lid, since they can catch fire on "
                    "their own as they dry;",
                                        "no food and no drinks in the workshop.",
                ],
            ),
            ("h2", "Cuts and dust"),
            (
                "p",
                "The gilder's knife is blunt on purpose, but the scalpels used to recut the gesso are not. "
                "Press a clean cloth on a small cut; if it does not stop bleeding after 10 minutes, go to the nurses "
                "of the Student Health Service, +33 4 67 14 72 31.",
            ),
            ("h2", "The exhibition"),
            (
                "p",
                "The frames of the year are shown at an exhibition in the hall of the Student House from "
                "Monday 15 to Friday 19 May 2028; the opening is on Monday 15 May 2028 at 18:30.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow both gilding courses and show a frame at the exhibition can have it "
                "recognised as a cultural engagement unit worth 1 ECTS credit.",
            ),
            (
                "p",
                "Contact: Dorure, Culture Department, dorure@umontpellier.fr, +33 4 67 14 53 39. "
                "Triolet campus, building 29, room 0.27; Monday and Wednesday, 14:00–17:00.",
            ),
        ],
    ],
}

DOCXS["09-woodpecker-survey-volunteers.docx"] = {
    "title": "Pivert: listening for woodpeckers in the woods north of Montpellier – volunteer guide 2028",
    "url": "https://www.umontpellier.fr/en/campus-life/volunteering/pivert-woodpecker-survey",
    "audience": "students, researchers and staff",
    "blocks": [
        ("title", "Pivert: listening for woodpeckers in the woods north of Montpellier – volunteer guide 2028"),
        (
            "p",
            "Woodpeckers do not sing much: in late winter and spring, they drum. A woodpecker hammers a dead "
            "branch with its bill, ten to forty times a second, to tell its neighbours where its territory "
            "is and to call a mate; each species drums with its own rhythm. Woodpeckers need old trees and "
            "dead wood to feed and to dig their nest holes, and their old holes are then used by tits, "
            "starlings and bats: where woodpeckers are, a wood is in good health. Pivert (French for the "
            "green woodpecker), run by the Student Life Department with an ecologist of the Faculty of "
            "Sciences, trains volunteers to map woodpecker territories by ear along 14 routes in the Bois "
            "de Montmaur and in the holm oak woods around Les Matelles and Saint-Mathieu-de-Tréviers. In "
            "2027, 19 volunteers mapped 61 territories.",
        ),
        ("h1", "Who can volunteer?"),
        (
            "p",
            "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers "
            "under 18 need the written consent of a parent and always go out with an adult. You need no "
            "knowledge of birds. Volunteers commit to at least 3 listening mornings between 4 March and "
            "30 April 2028. The survey lends sound recorders, headphones, binoculars and tablets with the "
            "survey app. Two of the routes follow the wide gravel track of the Bois de Montmaur, where an "
            "all-terrain wheelchair can go from the first listening point to the last.",
        ),
        ("h1", "Activities"),
        (
            "table",
            [
                ["Activity", "When", "Where", "Volunteers per session"],
                ["training evening: woodpeckers, the protocol and the app", "Tuesday 15 February 2028, 18:00–20:00", "Triolet campus, building 6, room 6.11", "36"],
                ["sound evening: learning the drumming and the calls from recordings", "Thursday 24 February 2028, 18:00–19:30", "Triolet campus, building 6, room 6.11", "36"],
                ["listening morning: walking a route of 2 kilometres with 8 listening points, in teams of two", "Saturday and Sunday mornings from 4 March to 30 April 2028, 7:00–11:00", "the woods, by minibus", "12"],
                ["nest hole search: looking for fresh holes in dead trees with the ecologist", "Sunday 7 May 2028, 8:00–12:00", "the Bois de Montmaur", "10"],
                ["results evening: the woodpecker territories of the year on a map", "Wednesday 31 May 2028, 18:30–20:30", "the hall of the Student House", "70"],
            ],
        ),
        ("h1", "Going on your first listening morning"),
        ("p", "To go on your first listening morning, follow these steps:"),
        (
            "num",
            [
                "Sign up in the \"Student Life\" tile of your UM account, under \"Pivert\", by 8 February 2028.",
                "Attend the training evening of 15 February 2028: nobody goes out without it. The sound "
                "evening of 24 February is not compulsory, but it helps a lot.",
                "Book a listening morning in the app by the Thursday before at 18:00: each route takes 2 "
                "volunteers.",
                "Bring warm clothes in dull colours, walking shoes, a flask of something hot and a snack; "
                "the recorders, the headphones and the tablets are handed out in the minibus.",
                "Meet the coordinator in front of the Student House at 6:30; the minibus is back by 11:45.",
            ],
        ),
        ("h1", "How the count works"),
        (
            "p",
            "At each listening point, the team stands still and silent for 5 minutes. One volunteer "
            "listens with the headphones of the recorder and points to each drumming or call; the other "
            "notes in the app the species, the direction and the estimated distance. Drumming that the "
            "team cannot name is recorded and sent with the route. A morning is cancelled by text message "
            "by 5:30 when it rains or when the wind is above 20 km/h, since drumming cannot be heard "
            "through the wind.",
        ),
        ("h1", "Which woodpecker is it?"),
        (
            "p",
            "The great spotted woodpecker drums in short, fast rolls of less than a second, repeated "
            "every half-minute or so. The lesser spotted woodpecker, the size of a sparrow, drums in "
            "longer, weaker and even rolls of about a second and a half. The green woodpecker hardly ever "
            "drums: listen instead for its loud laughing call, a string of a dozen ringing notes. When in "
            "doubt, record it: the ecologist listens to every recording before the results evening.",
        ),
        ("h1", "Rules of the survey"),
        (
            "bullet",
            [
                "never play recordings of woodpeckers in the woods to make them answer",
                "never knock on a tree, climb to a nest hole or put a camera into it",
                "stay on the tracks and paths: outside them, most of the woods are private land",
                "no smoking and no fire in the woods, at any time of the year",
                "if you find an injured bird, do not touch it: call the coordinator",
            ],
        ),
        ("h1", "Credits"),
        (
            "p",
            "Students who attend the training evening, at least 5 listening mornings and the results "
            "evening can have it recognised as a student engagement unit worth 1 ECTS credit. Every "
            "volunteer receives a certificate of participation in a citizen science project.",
        ),
        ("h1", "Contact"),
        (
            "p",
            "Pivert coordinator, Student Life Department: pivert@umontpellier.fr, +33 4 67 14 36 47. "
            "Student House, Triolet campus, building 20, room 139; Monday and Thursday, 9:30–12:30.",
        ),
    ],
}

TEXTS["01-laser-run-club.md"] = """---
title: Gâchette – the laser run club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/gachette-laser-run-club
audience: students, researchers and staff
language: en
---

# Gâchette: the laser run club of the Sports Department

Laser run is the last event of the modern pentathlon, and a sport of its own. Runners start together and run four laps of 800 metres; before each lap they stop at a shooting range, where they must hit a target 10 metres away five times with a laser pistol, or wait until 50 seconds have passed, before running on. The pistol sends a harmless beam of light, with no pellet and no gunpowder. The first runner across the line after the fourth lap wins. Gâchette (French for a trigger) is the laser run club of the Sports Department. It trains on the athletics track of the Triolet campus stadium, next to a covered shooting range of 8 lanes. This page applies to the academic year 2027-2028. In 2026-2027, the club had 27 members from 11 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| taster evening: holding the pistol, aiming and a first short race | Tuesday 21 September 2027, 18:30–20:30 | the stadium and the range | 1 | free |
| beginners' course: aiming and breathing, the change from running to shooting, and pacing an 800-metre lap | Thursday, 18:00–19:30 | the stadium and the range | 7, from 7 October to 25 November 2027, with no session on 11 November | €35, pistols and targets included |
| club training: intervals on the track and shooting series | Tuesday and Friday, 18:00–20:00 | the stadium and the range | every week from 5 October 2027 | included in the membership |
| winter range evenings: shooting only, with scores kept over the winter | Wednesday, 19:00–20:30 | the range | every week from 1 December 2027 to 23 February 2028 | €2 per evening |
| "Gâchette Relay": mixed relays of two runners, open to the student clubs of the region | Sunday 14 May 2028, 9:30–17:00 | the stadium and the range | 1 | €8 per runner, lunch included |

The taster evening takes 24 people and the beginners' course 16; the Gâchette Relay has room for 30 teams. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €25 for the academic year for students and €40 for staff and researchers; it includes insurance and the use of the club's 8 laser pistols. Members who want a pistol of their own can order a training laser pistol through the club in November, at €340 instead of €420. The licence of the French modern pentathlon federation costs €38 and is needed only to race in the federation's competitions.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no shooting experience, but you should be able to run 2 kilometres without stopping. Since laser run is above all a running sport, every member gives the club a medical certificate of fitness for running, less than 6 months old, before the first training. Runners who wear glasses shoot with them.

## How to race at the French student championship

The club sends 6 runners to the French student laser run championship, in Aix-en-Provence on Saturday 1 April 2028. To be picked, follow these steps:

1. Come to at least 12 club trainings between 5 October 2027 and 28 January 2028.
2. Pass the club's test by 18 February 2028: the full race of 4 laps and 4 shooting series in less than 16 minutes.
3. Take the licence of the French modern pentathlon federation through the club, for €38, by 3 March 2028.
4. Race the club selection on Saturday 11 March 2028 at 9:30 on the track; the coach names the 6 runners the same day.
5. Pay €22 in the club's app by 22 March 2028 for the minibus and the night in Aix-en-Provence; the minibus leaves the Sports Department at 14:00 on Friday 31 March 2028.

## Rules of the range

- point the pistol only at the targets, even when it is switched off
- the pistol stays on the shooting table between series: nobody runs with it
- nobody steps in front of the firing line while a pistol is on a table
- no running spikes on the mats of the range
- stop at once when the range officer blows the whistle
- at the end of the evening, switch the pistol off and put it back in its case

## Credits

Students who follow the beginners' course, come to at least 24 club trainings in the year and help to run the Gâchette Relay can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

After the run my hands shake so much that I miss almost every shot. What can I do? Slow down over the last 50 metres before the range, breathe out slowly twice before you raise the pistol, and press the trigger in the pause after breathing out. The shaking gets smaller after a few weeks of training.

## Contact

Gâchette, Sports Department: gachette@umontpellier.fr, +33 4 67 14 52 46. Triolet campus, building 45, room 45.12; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-unpaid-wages-international-students.html"] = html_page(
    "Unpaid wages and problems with an employer: FAQ for international students",
    "What an employer owes you, what the Work Rights Desk checks and writes, the steps when your wages are not paid, work in cash, night work, accidents at work and internships.",
    "https://www.umontpellier.fr/en/international/unpaid-wages-faq",
    "/fr/international/salaires-impayes-faq",
    """    <h1>Unpaid wages and problems with an employer: FAQ for international students</h1>
    <p>Many international students work alongside their studies, in restaurants, shops, delivery, childcare or tutoring. Most jobs go well, but every year some students are paid late, find hours missing from their payslip, or are paid in cash with no payslip at all, and do not know what they can ask for in France. The Work Rights Desk of the International Relations Department helps international degree and exchange students who have a problem with an employer in France. It does not work for employers and does not report students to anyone. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 58 international students recover unpaid wages.</p>

    <h2>What must my employer give me?</h2>
    <p>A written contract that states your hours and your pay, signed before or on your first day; a payslip every month, with your hours, your gross pay and your net pay; and your wages at least once a month, on the date set in the contract. The minimum wage applies to students as to anyone else. Hours worked beyond those of your contract are paid too: on a part-time contract, the first extra hours are paid at least 10% more.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 45 minutes with an adviser, in French or English, within 5 working days, booked in the "International" tile of your UM account</td></tr>
        <tr><td>payslip check</td><td>an adviser compares your payslips with your own record of your shifts and works out what you are owed</td></tr>
        <tr><td>letters</td><td>a formal letter in French asking your employer to pay, written with you and signed by you</td></tr>
        <tr><td>interpreter</td><td>an interpreter by phone, in 12 languages, for your meetings at the desk and at the labour inspectorate</td></tr>
        <tr><td>lawyer</td><td>a free consultation of 30 minutes with a lawyer, at the desk, on the first Thursday of each month</td></tr>
      </tbody>
    </table>

    <h2>My employer has not paid me. What do I do?</h2>
    <p>When your wages are late or missing, proceed as follows:</p>
    <ol>
      <li>Write down every shift you have worked, with the date and the times you started and finished, and keep your contract, your payslips and every message from your employer.</li>
      <li>Book a meeting at the desk and bring all of it; the adviser works out with you what you are owed.</li>
      <li>Send the formal letter, signed by you, by registered post; the desk pays the postage, and your employer then has 15 days to pay.</li>
      <li>If you have still not been paid after those 15 days, come back to the desk, which helps you write to the labour inspectorate and file a claim at the labour court of Montpellier; filing a claim there costs nothing.</li>
      <li>Never sign a receipt saying that you have been paid everything you are owed before an adviser has checked it.</li>
    </ol>

    <h2>My employer pays me in cash and gives me no payslip. Is that a problem?</h2>
    <p>Yes, for you more than for anyone: undeclared hours do not count for your rights, and you are not covered if you are injured at work. Talk to the desk: an adviser helps you ask your employer to declare you, from the next payslip.</p>

    <h2>I work at night and cannot sleep during the day. Can anyone help?</h2>
    <p>Night work is work between 21:00 and 6:00. Ask your employer for the breaks your contract sets, and do not work more than two nights in a row before exams. If you sleep badly for more than a month, see the sleep specialist of the Student Health Service.</p>

    <h2>I hurt myself at work. What should I do?</h2>
    <p>Tell your employer within 24 hours, even for a small injury, and ask them to declare the accident; they must do so within 48 hours. See a doctor the same day and keep the medical certificate. If your employer refuses to declare it, the desk helps you declare it yourself.</p>

    <h2>Is it the same for exchange students and interns?</h2>
    <p>Exchange students with a job receive exactly the same help. Students on an internship with an internship agreement are not employees: a problem with an internship goes to the internship office of their faculty, not to the desk.</p>

    <h2>Does a job problem affect my residence permit?</h2>
    <p>The desk does not advise on residence permits: for those, ask the welcome desk of the International Relations Department. Keep a copy of every payslip all the same, since the prefecture may ask for them when you renew your permit.</p>

    <h2>Whom do I contact?</h2>
    <p>Work Rights Desk, International Relations Department: work-rights@umontpellier.fr, +33 4 67 14 27 71. Triolet campus, building 1, room 1.17; Monday and Thursday, 13:30–16:30.</p>
""",
    [
        "<a href=\"/en/international/arriving-in-montpellier\">Arriving in Montpellier</a>",
        "<a href=\"/en/students/jobs\">Student jobs</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-unpaid-wages-international-students.meta.yaml"] = sidecar(
    "Unpaid wages and problems with an employer: FAQ for international students",
    "https://www.umontpellier.fr/en/international/unpaid-wages-faq",
    "international students",
)

TEXTS["03-international-students-as-film-extras-2028.md"] = """---
title: International students as extras in the television series "Les Terrasses", spring 2028
url: https://www.umontpellier.fr/en/international/campus-life/film-extras
audience: international students
language: en
---

# International students as extras in the television series "Les Terrasses"

Every spring, the production company Lauzes Productions shoots a season of "Les Terrasses", a television drama about the families who run the cafés of a square in the old town of Montpellier. A scene in a café, a market or a lecture hall needs dozens of people in the background who walk, sit, chat without a sound and never look at the camera: the extras. Since 2026, an agreement between the University of Montpellier and Lauzes Productions offers international students paid days as extras: passers-by, customers, students, tourists, and now and then a short action next to an actor. The Casting Desk of the Student Life Department recruits and prepares the students. This page applies to the shoot of 2028, from Monday 24 April to Friday 30 June 2028. In 2027, 46 students worked 203 days on set.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €104 gross for a day of up to 8 hours on set, paid by bank transfer at the end of the following month; each hour beyond 8 is paid €14, and hours after 22:00 are paid 30% more |
| featured extras | an extra chosen to do a short action next to an actor, such as ordering a coffee or opening a door, receives a bonus of €60 for that day |
| lines in your language | an extra who speaks a few background lines in their own language, on the phone or at a market stall, receives €20 more for that day |
| costume fitting | a fitting of about an hour at the costume store, paid €25; extras whose own clothes are chosen for a scene receive €10 per outfit |
| days | at most 3 shooting days a week; a day on set lasts at most 11 hours, breaks included |
| call times | sent by text message by 19:00 the evening before; most calls are between 6:00 and 14:00 |
| meals | a free hot meal on set for every day of shooting, and water, coffee and fruit all day |
| transport | most sets can be reached by tram, and the day's tram tickets are refunded; for sets outside Montpellier, a coach leaves from the Saint-Éloi tram stop |
| exams | no student is called on the day of one of their exams; give your exam dates when you apply and update them in the tile |

Contracts are short fixed-term contracts for each day of shooting, signed with Lauzes Productions, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, whose residence permit allows them to work in France. Exchange students can apply if they stay in Montpellier until at least 31 May 2028. You must be free on at least 6 weekdays during the shoot. You need no acting experience and no French: extras do not speak, except in the background lines in their own language.

## How to become an extra

An information meeting takes place on Thursday 9 March 2028 at 12:30 in lecture theatre 2 of building 36. To become an extra, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 17 March 2028, with two recent photos, one of your face and one full length, your height, your clothing and shoe sizes, and the weekdays when you are free.
2. Come to the casting session at the Student House on Wednesday 22 March 2028, between 14:00 and 18:00: new photos, your measurements and a chat of 2 minutes in English or in French.
3. Receive the answer by Friday 31 March 2028, and create your account on the payroll platform of Lauzes Productions by Friday 7 April 2028, with your residence permit, your IBAN and your social security number.
4. Go to the costume fitting you are given, between 10 and 20 April 2028, at the costume store of Lauzes Productions, a 10-minute walk from the Sabines tram stop.
5. Answer each call by text message before 21:00 the evening before, and be on set at your call time with your outfits in a bag and a charged phone.

## Rules on set

- never look at the camera, even when an actor walks right past you
- no photos, no videos and no posts about the set, the actors or the story until the episode has been broadcast
- phones switched off from "action" to "cut"
- no visible brand logos, and no white shirts or thin stripes, which flicker on screen
- never leave the set, even for a minute, without telling the second assistant director, who is in charge of the extras
- do not ask the actors for photos or autographs on set

## FAQ

I'm shy. Will I have to act? No: most extras walk, sit or talk without a sound in the background. Nobody becomes a featured extra or speaks a line without agreeing first.

## Contact

Casting Desk, Student Life Department: casting-desk@umontpellier.fr, +33 4 67 14 36 63. Student House, Triolet campus, building 20, room 116; Tuesday and Thursday, 10:00–12:30.
"""

TEXTS["04-faq-footbag-association.html"] = html_page(
    "Pied Léger, the footbag association: FAQ",
    "Pied Léger: the first kicks afternoon, the freestyle workshops, the footbag net evenings, the circles, the Pied Léger Open and the French student footbag meeting.",
    "https://www.umontpellier.fr/en/campus-life/student-house/footbag-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-footbag-faq",
    """    <h1>Pied Léger, the footbag association: FAQ</h1>
    <p>A footbag is a small crocheted or stitched bag, about 5 centimetres across and filled with plastic pellets, that is kicked with the feet and never touched with the hands. Some people know it as a hacky sack. In a circle, players keep the footbag in the air together, passing it from foot to foot. In freestyle, a player links tricks to music: stalls, where the bag stops dead on the toe or the inside of the foot, and dexterities, where a leg circles the bag while it is in the air. Footbag net is played over a net 1.5 metres high on a badminton court, like volleyball with the feet. Pied Léger (French for a light foot) is the footbag association of the Student House. It plays in the multi-purpose room of the Student House, building 20, room 008, and outdoors on the lawn in front of the Student House when the weather is dry. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 22 members from 13 countries.</p>

    <h2>What does Pied Léger offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>first kicks afternoon: the inside kick, the toe stall and your first circle</td><td>Wednesday 29 September 2027, 14:00–16:30</td><td>the lawn in front of the Student House</td><td>free, footbags lent</td></tr>
        <tr><td>freestyle workshops: stalls, the clipper and the around-the-world, in 5 sessions</td><td>Monday, 18:30–20:00, from 11 October 2027</td><td>the multi-purpose room</td><td>€10</td></tr>
        <tr><td>footbag net evenings: singles and doubles over the net</td><td>Wednesday, 19:00–21:00</td><td>the multi-purpose room</td><td>included in the membership</td></tr>
        <tr><td>circles: kicking in a circle of 4 to 8 players, everyone welcome</td><td>Friday, 17:00–19:00</td><td>the lawn, or the multi-purpose room when it rains</td><td>free, even for non-members</td></tr>
        <tr><td>the "Pied Léger Open": a freestyle and footbag net contest for the students of the region</td><td>Saturday 15 April 2028, 10:00–18:00</td><td>the hall of the Student House</td><td>€6 per player, lunch included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €6 for the academic year for students and €12 for staff and researchers; it includes insurance and the footbag net evenings. The first kicks afternoon takes 30 people, the freestyle workshops 15 and each net evening 12 players on two courts; the Pied Léger Open has room for 48 players.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience: most people keep the bag up for only two or three kicks on their first evening. No medical certificate is needed.</p>

    <h2>Do I need my own footbag?</h2>
    <p>Only after your first month: the association lends footbags to new members for their first four weeks, then every member plays with a footbag of their own, which keeps them cleaner. The association sells a beginner's footbag at €7, a freestyle footbag of 32 panels at €12 and a net footbag at €9 at its desk. Indoors, wear flat indoor shoes; many freestylers play in old canvas shoes with a wide toe.</p>

    <h2>How do I play at the French student footbag meeting?</h2>
    <p>The association sends four players, two in freestyle and two in footbag net, to the French student footbag meeting in Bourges on Saturday 13 May 2028. To play there, follow these steps:</p>
    <ol>
      <li>Come to at least 10 freestyle workshops or net evenings before 1 March 2028.</li>
      <li>Pass the association's test with two members of the board by 8 March 2028: a routine of 1 minute in freestyle, or 7 good serves out of 10 in footbag net.</li>
      <li>Play in the Pied Léger Open on 15 April 2028, in your category.</li>
      <li>Send a copy of your identity document and your category to the treasurer by 21 April 2028.</li>
      <li>Pay €18 in the association's app by 28 April 2028; the association shares the cars to Bourges, pays the entry fees, and the players sleep at the homes of Bourges players.</li>
    </ol>

    <h2>What are the rules of the multi-purpose room?</h2>
    <ul>
      <li>play only with the feet and the legs, and never throw a footbag at anyone;</li>
      <li>stay at least 3 metres away from the windows;</li>
      <li>the net posts are put up and taken down by two people;</li>
      <li>a footbag that splits goes into the repair box at once: its pellets spread all over the floor;</li>
      <li>the room is swept and the net put away at the end of the evening.</li>
    </ul>

    <h2>Can I get hurt playing?</h2>
    <p>Footbag is gentle, but it works the ankles, the knees and the hips in ways that most sports do not. Warm up your ankles and hips for 10 minutes before you play, and stop when a knee hurts. If an ankle twists and swells, raise it and hold ice wrapped in a cloth on it for 20 minutes, then see the doctors of the Student Health Service, +33 4 67 14 72 37.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who come to at least 20 workshops or net evenings in the year and help to run the Pied Léger Open can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Pied Léger, Student House: piedleger@asso.umontpellier.fr, +33 4 67 14 35 82. Triolet campus, building 20, room 221; Wednesday, 12:30–14:00.</p>
""",
    [
        "<a href=\"/en/students/student-house\">Student House</a>",
        "<a href=\"/en/students/associations\">Student associations</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-footbag-association.meta.yaml"] = sidecar(
    "Pied Léger, the footbag association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/footbag-association-faq",
    "students, researchers and staff",
)

TEXTS["05-hurdy-gurdy-ensemble.txt"] = """MANIVELLE: THE HURDY-GURDY ENSEMBLE - 2027-2028
University of Montpellier - Culture Department

A hurdy-gurdy is a string instrument played on the lap, held by a strap. The right hand turns a crank, which turns a wooden wheel coated with rosin inside the instrument; the wheel rubs the strings like an endless violin bow. The left hand presses wooden keys against the two melody strings to change the note, while the drone strings sound the same note all the time. A small loose bridge, called the dog, buzzes when the player gives the crank short pushes, which marks the rhythm of the dance. Hurdy-gurdies were played all over Europe; in central France and in Occitania they are still played at traditional balls, where everyone dances. Manivelle (French for a crank) is the hurdy-gurdy ensemble of the Culture Department. It is led by a musician who has played at traditional balls for twenty years, and it rehearses in the music room of building 29, room 0.14, with 9 hurdy-gurdies that belong to the ensemble. In 2026-2027 the ensemble had 13 members from 8 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The ensemble has six activities:

open evening: turning the crank and playing your first drone and your first tune, instruments lent for the evening, on Monday 27 September 2027 from 18:00 to 19:30
beginners' class: the crank, the keys, the rhythm of the dog and your first three dance tunes, 10 sessions on Mondays from 18:00 to 19:30, from 4 October to 13 December 2027, with no session on 1 November
ensemble rehearsal: the whole ensemble plays together, on Wednesdays from 19:00 to 21:00, from 6 October 2027
winter ball: the ensemble plays for a traditional ball, with a dance teacher who shows the steps, on Friday 28 January 2028 at 20:30, in the hall of the Student House
care workshop: changing a string, putting cotton on the strings and rosining the wheel, on Saturday 12 February 2028 from 10:00 to 13:00
spring ball: on Friday 9 June 2028 at 20:00, in the courtyard of the Student House, or in its hall if it rains

MEMBERSHIP, CLASSES AND INSTRUMENTS

Membership costs EUR 15 for the academic year for students and EUR 25 for staff and researchers; it includes insurance and the rehearsals. The beginners' class costs EUR 30 for the ten sessions; students with a need-based grant pay half price. The beginners' class takes 8 players and the ensemble 12.

Each member of the beginners' class borrows one of the ensemble's hurdy-gurdies for the whole year and takes it home to practise, against a deposit of EUR 200, which is returned with the instrument in June. The strings need cotton and the wheel needs rosin: each member buys a care kit of cotton and rosin, EUR 9 at the desk of the Culture Department.

You need no musical experience and you do not need to read music: the tunes are learnt by ear, phrase by phrase, and the leader records each tune slowly for the ensemble's app.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE FESTIVAL IN AURILLAC?

The ensemble plays at a festival of traditional music in Aurillac on Saturday 25 and Sunday 26 March 2028. To go:

1. Be a member and come to at least 14 ensemble rehearsals between October 2027 and February 2028.
2. Bring your hurdy-gurdy to the care workshop of 12 February 2028, so that the leader can check the strings and the wheel.
3. Play the 6 tunes of the festival by heart to the leader by 2 March 2028.
4. Play at the dress rehearsal on Saturday 11 March 2028 from 10:00 to 13:00.
5. Pay EUR 28 in the app by 14 March 2028 for the coach and the night in a gite; the coach leaves the Student House at 7:00 on 25 March.

RULES OF THE MUSIC ROOM

Carry a hurdy-gurdy in its case, by the handle, and never by the crank. Never turn the crank backwards. Never touch the wheel with your fingers: the grease of the skin spoils the rosin and the sound. Keep drinks on the shelf by the door, away from the instruments. At the end of the rehearsal, the ensemble's instruments go back into the cupboard, lying flat in their cases. The room closes at 21:15.

PAIN IN THE WRIST, THE BACK OR THE SHOULDER

A hurdy-gurdy weighs about 4 kilos and is played sitting down. Adjust the strap so that the instrument rests on your thighs, sloping slightly away from you, and sit up straight. Turn the crank from the elbow, with a loose wrist, not from the shoulder. A player whose wrist or back still hurts the day after a rehearsal tells the leader, who checks the strap and the way they sit.

CREDITS

Students who follow the beginners' class, come to at least 20 ensemble rehearsals in the year and play at the spring ball can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Manivelle, Culture Department
E-mail: manivelle@umontpellier.fr
Phone: +33 4 67 14 53 58
Triolet campus, building 29, room 0.19. Monday, 12:30-14:00.
"""

TEXTS["05-hurdy-gurdy-ensemble.meta.yaml"] = sidecar(
    "Manivelle, the hurdy-gurdy ensemble 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/manivelle-hurdy-gurdy-ensemble",
    "students, researchers and staff",
)

TEXTS["06-international-chain-reaction-contest-2028.md"] = """---
title: Ricochet – the international chain reaction machine contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/ricochet-international-chain-reaction-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Ricochet: the international chain reaction machine contest

A chain reaction machine does a simple job in the most complicated way possible: a marble rolls down a ramp and knocks over a row of dominoes, the last domino tips a lever, and so on, until at last a flag goes up. Each transfer of energy from one part to the next is a step. Ricochet is the international chain reaction machine contest of the Student Life Department: mixed teams of students of several nationalities build a machine with as many reliable steps as they can, which must do this year's job, raise a paper flag to the top of a mast 50 centimetres high. The Engineering Contests Office of the Student Life Department runs the contest. This page applies to the edition of 2027-2028. In 2026-2027, 24 teams from 19 countries took part.

## What the contest involves

| Item | Details |
|---|---|
| teams | 3 to 5 UM students of at least 2 nationalities; exchange students included; doctoral candidates can mentor a team but not be members of it |
| workshops | 2 workshops of 2 hours with a mechanical engineer of the Faculty of Sciences |
| materials | a budget of €40 per team for new materials, refunded by the Office on receipts; recycled materials are free and encouraged |
| machine | on a base of at most 120 by 80 centimetres and at most 1.5 metres high; at least 10 steps; one run lasts between 30 seconds and 2 minutes |
| energy | the machine is started once, by a single push of one finger; no mains electricity, no motors, no fire, and no liquid other than half a litre of water in a closed tray; batteries are allowed only for lights and bells |
| qualifying | each machine runs 3 times; the 10 machines with the most steps among those that raised the flag at least twice go to the final |
| final | each machine runs twice and the better run counts; the jury scores the number of steps (40 points), the reliability (30 points) and the creativity (30 points); every touch by a team member during a run costs 5 points |
| prizes | €300 for the winning team, €150 for the second and €75 for the third; a public prize of €50 voted by the audience, and a "Murphy prize" of €25 for the most spectacular failure |

Taking part is free. Students who take part in both workshops, the qualifying day and, for the finalists, the final can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements when registering.

## Dates

| Step | Date |
|---|---|
| registration opens | Monday 10 January 2028 |
| registration closes | Friday 4 February 2028 |
| workshops | Tuesday 8 February and Tuesday 22 February 2028, 18:00–20:00, room 4.03 of building 4 |
| receipts due | Friday 10 March 2028 |
| video of a test run due | Friday 17 March 2028, 12:00 |
| qualifying day | Wednesday 29 March 2028, 13:30–17:30, in the hall of building 4 |
| final | Thursday 13 April 2028, 18:00–21:00, in the auditorium of the Student House; prizes at 21:15 |

## How to enter

To take part in the contest, follow these steps:

1. Form a team of 3 to 5 students of at least 2 nationalities and register it in the "Student Life" tile of your UM account by 4 February 2028, naming a captain.
2. Send at least 2 members of the team to each of the two workshops, on 8 and 22 February 2028.
3. Buy your new materials within the budget of €40 and upload the receipts in the tile by 10 March 2028; the Office refunds the captain within 3 weeks.
4. Upload a video of one complete test run of your machine, from the push to the flag, by 17 March 2028 at noon.
5. Bring your machine to the qualifying day on 29 March 2028 and have it set up by 13:00; the Office announces the 10 finalists by Friday 31 March 2028.

## Rules of the machine

- no mains electricity, no motors, no fire, no chemicals and no live animals
- nothing may leave the base during a run: a marble that rolls off the base costs 5 points
- the machine may not be changed after the jury has checked it in, except to reset it between runs
- only the captain starts the machine, with a single push of one finger

## FAQ

Can we use parts of a marble run bought in a shop? Yes, but a step made only of parts of a bought kit counts as half a step.

What if our machine falls apart on the way to the final? Each team has 45 minutes of repairs on the day of the final, before the jury checks the machines in.

## Contact

Engineering Contests Office, Student Life Department: ricochet@umontpellier.fr, +33 4 67 14 36 88. Student House, Triolet campus, building 20, room 126; Monday to Thursday, 14:00–16:30.
"""

TEXTS["10-urban-heat-survey-volunteers.md"] = """---
title: Fournaise – mapping the hottest streets of Montpellier, summer 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/fournaise-urban-heat-survey
audience: students, researchers and staff
language: en
---

# Fournaise: mapping the hottest streets of Montpellier

On a summer evening, the centre of a city can be 4 to 8 °C warmer than the countryside around it. Stone, tar and concrete soak up the sun all day and give the heat back at night, and there are fewer trees to cool the air: this is the urban heat island. Fournaise (French for a furnace), run by the Student Life Department with a climatologist of the Faculty of Sciences, trains volunteers to measure the temperature along 10 routes across Montpellier on hot evenings and to host small temperature loggers at home. In the summer of 2027, 33 volunteers rode or walked 118 routes and hosted 45 loggers.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the heat island, the sensors and the protocol | Tuesday 2 May 2028, 18:30–20:00 | the hall of the Student House | 60 | free |
| sensor training: fixing the sensor to a bike or a backpack and checking it | Saturday 13 May 2028, 10:00–12:00 | in front of the Student House | 20 | free |
| heat rides: riding or walking a route with the sensor, all routes at the same time | evenings announced 2 days ahead when more than 30 °C is forecast, from 15 May to 15 July 2028, from 21:30 | the 10 routes | 20 per evening | free |
| balcony loggers: hosting a logger in the shade on your balcony or at your window for 8 weeks | from 20 May to 15 July 2028 | your home | 50 loggers | a deposit of €20, returned with the logger |
| shade walk: the coolest corners of the city, with a landscape architect | Sunday 11 June 2028, 8:30–11:30 | from the Place de la Comédie | 25 | €3, for the map you keep |
| results evening: the hot and cool streets of the summer | Thursday 21 September 2028, 18:30–20:30 | the hall of the Student House | 60 | free |

Each route is 8 kilometres long by bike; walkers follow the first half of a route, 4 kilometres.

## Who can volunteer?

UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under 18 need the written consent of a parent. You need no knowledge of climate science. Volunteers commit to at least 3 heat rides or walks between 15 May and 15 July 2028. Ride your own bike, or borrow one of the survey's 12 bikes when you book a route.

## How to join

To join the heat rides, follow these steps:

1. Come to the introductory talk of 2 May, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Fournaise", by 9 May 2028, saying whether you will ride, walk, host a logger, or all three.
3. Attend the sensor training of 13 May 2028.
4. When the app announces a heat evening, book a route in the app by 18:00 the day before.
5. On the evening, collect the sensor and the reflective vest at the Student House from 20:45, and start your route at 21:30 sharp.

## How the count works

The sensor, in a white tube open at both ends, records the temperature and the humidity every 2 seconds, and the app records where you are. Keep the tube in the flow of air, at arm's length from your body, at a steady speed of about 12 km/h on a bike, and never stop in the sun. Bring the sensor back to the Student House the same evening, by 23:00, or to the coordinator's office the next morning.

## What to bring

Lights at the front and back of your bike, a helmet, a bottle of water and a charged phone.

## Rules of the survey

- follow the highway code at all times: no red lights, no pavements and no one-way streets the wrong way, even late in the evening
- hang the logger in the shade, at least 1 metre from a wall, and never on a metal railing in the sun
- stop at once and sit in the shade if you feel dizzy, sick or very hot, and call the coordinator

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the sensor training and at least 5 heat rides or walks can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Why measure in the evening and not at midday? Because the difference between the city and the countryside is largest 2 to 3 hours after sunset, when the fields have cooled down and the stone of the city is still giving back the heat of the day.

Does a tree really make a difference? Yes: in 2027, at 22:00, the streets lined with plane trees were on average 2.1 °C cooler than the streets without trees on the same routes.

## Contact

Fournaise coordinator, Student Life Department: fournaise@umontpellier.fr, +33 4 67 14 36 69. Student House, Triolet campus, building 20, room 146; Tuesday and Friday, 10:00–12:30.
"""

TEXTS["11-sport-culture-and-work-help-directory.md"] = """---
title: Directory of sport, culture, volunteering, screen job and work help services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/sport-culture-and-work-help-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, screen job and work help services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a job and their rights at work: laser run, unpaid wages, the extras of the series "Les Terrasses", footbag, the hurdy-gurdy, the international chain reaction machine contest, wakeboarding, gilding, the woodpecker survey and the urban heat survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Gâchette, Sports Department | the laser run club, the beginners' course, the winter range evenings and the Gâchette Relay | gachette@umontpellier.fr | +33 4 67 14 52 46 | Triolet campus, building 45, room 45.12 | Monday and Thursday, 12:30–14:00 |
| Work Rights Desk, International Relations Department | unpaid wages, payslips, formal letters to employers, accidents at work and the free consultations with a lawyer, for international students | work-rights@umontpellier.fr | +33 4 67 14 27 71 | Triolet campus, building 1, room 1.17 | Monday and Thursday, 13:30–16:30 |
| Casting Desk, Student Life Department | the days as extras in the series "Les Terrasses", the applications, the casting session and the costume fittings | casting-desk@umontpellier.fr | +33 4 67 14 36 63 | Student House, Triolet campus, building 20, room 116 | Tuesday and Thursday, 10:00–12:30 |
| Pied Léger, Student House | the footbag association, the freestyle workshops, the net evenings, the circles and the Pied Léger Open | piedleger@asso.umontpellier.fr | +33 4 67 14 35 82 | Student House, Triolet campus, building 20, room 221 | Wednesday, 12:30–14:00 |
| Manivelle, Culture Department | the hurdy-gurdy ensemble, the beginners' class, the loan of the instruments and the balls | manivelle@umontpellier.fr | +33 4 67 14 53 58 | Triolet campus, building 29, room 0.19 | Monday, 12:30–14:00 |
| Engineering Contests Office, Student Life Department | the international chain reaction machine contest, its workshops, its budget, the qualifying day and the final | ricochet@umontpellier.fr | +33 4 67 14 36 88 | Student House, Triolet campus, building 20, room 126 | Monday to Thursday, 14:00–16:30 |
| Sillage, Sports Department | the wakeboard club, the try-out afternoon, the beginners' course, the club rides and the Sunset Session | sillage@umontpellier.fr | +33 4 67 14 52 53 | Triolet campus, building 45, room 45.06 | Tuesday and Thursday, 12:30–14:00 |
| Dorure, Culture Department | the gilding courses, the discovery evenings, the restoration afternoon and the exhibition of frames | dorure@umontpellier.fr | +33 4 67 14 53 39 | Triolet campus, building 29, room 0.27 | Monday and Wednesday, 14:00–17:00 |
| Pivert coordinator, Student Life Department | the woodpecker survey, the training and sound evenings, the listening mornings and the nest hole search | pivert@umontpellier.fr | +33 4 67 14 36 47 | Student House, Triolet campus, building 20, room 139 | Monday and Thursday, 9:30–12:30 |
| Fournaise coordinator, Student Life Department | the urban heat survey, the heat rides, the balcony loggers and the shade walk | fournaise@umontpellier.fr | +33 4 67 14 36 69 | Student House, Triolet campus, building 20, room 146 | Tuesday and Friday, 10:00–12:30 |

## Useful to know

Sleep: the sleep specialist of the Student Health Service sees students and staff free of charge, by appointment, for a consultation of 45 minutes. It is meant for anyone who has slept badly for more than a month, who works at night or in changing shifts, or who falls asleep in lectures. Fill in the sleep diary of the service every morning for the 2 weeks before the consultation, and bring it with the list of your medicines. Book by e-mail or phone: sleep@umontpellier.fr, +33 4 67 14 71 52.

Volunteers of Pivert who use a wheelchair can borrow the all-terrain wheelchair of the Disability Support Service, with two volunteers trained to push and pull it on the tracks. Book it by writing to the service at least 10 days before the listening morning: disability-support@umontpellier.fr, +33 4 67 14 71 57, Triolet campus, building 8, room 031; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 72 31, Triolet campus, building 3, room 012; Monday to Friday, 8:00–18:00. The doctors of the same service see students by appointment, free of charge, for sprains, small wounds, ear pain and coughs: +33 4 67 14 72 37.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["31-domino-chain-challenge-2024.txt"] = """DOMINO CHAIN CHALLENGE - 2023-2024
University of Montpellier - Welcome Events Desk

This page applies to the academic year 2023-2024. In the domino chain challenge, international students set up a long chain of dominoes in the hall of building 4, and the chain that falls furthest without help wins.

WHO CAN TAKE PART

International students only, in pairs: each pair is made of two international students. French students and doctoral candidates cannot take part; exchange students can.

WHAT THE CHALLENGE INVOLVES

No machine, no workshop and no budget: each pair receives on the day a box of 500 wooden dominoes and has 2 hours to set them up on the floor, in a square of 3 metres by 3 metres. Nothing but dominoes may be used. Each chain is started by a member of the jury with one push. One afternoon only, on Thursday 14 March 2024 from 14:00 to 17:00. The pair whose chain knocks down the most dominoes wins the only prize, a dinner voucher of EUR 40. The challenge gives no credits. Each student pays an entry fee of EUR 2.

HOW TO REGISTER

Register by e-mail to the Welcome Events Desk by 4 March 2024. Places are given in the order of the e-mails received, up to 24 pairs.

1. Write to the Welcome Events Desk with the names, programmes and countries of both members of the pair.
2. Pay the entry fee of EUR 2 each at the office by 8 March 2024.
3. Come to the hall of building 4 by 13:45 on the day; the jury hands out the dominoes at 14:00.

The falls are filmed, and every pair receives the video of its chain by e-mail.

CONTACT

Welcome Events Desk
E-mail: domino-challenge@umontpellier.fr
Phone: +33 4 67 14 27 52
Triolet campus, building 1, room 1.31. Thursday, 14:00-17:00.
"""

TEXTS["31-domino-chain-challenge-2024.meta.yaml"] = sidecar(
    "Domino chain challenge, 2023-2024 (expired, superseded by the 2027-2028 international chain reaction machine contest)",
    "https://www.umontpellier.fr/en/campus-life/student-life/domino-chain-challenge-2024",
    "international students",
    "2024-06-30",
)

TEXTS["40-innsbruck-laser-run-club-and-footbag-club.md"] = """---
title: University of Innsbruck – the laser run club and the footbag club
url: https://www.uibk.ac.at/en/student-life/laser-run-and-footbag
audience: students and staff
language: en
---

# University of Innsbruck: the laser run club and the footbag club

This page of the University of Innsbruck, in Austria, presents two clubs of its university sports and student associations: the laser run club and the footbag club. It applies only to students and staff of the University of Innsbruck, in Tyrol, on the river Inn. Prices are in euros.

## Laser run club

The laser run club trains on the university sports ground and shoots in a hall of the sports centre.

| Rule | University of Innsbruck |
|---|---|
| age | open from 18 years old only |
| beginners' course | 5 sessions, €45 |
| membership | €30 a year for students |
| training evenings | Monday and Wednesday |
| pistols | the club lends each member a laser pistol for the whole year |
| medical certificate | not required |
| Inn Valley Relay | Saturday 20 May 2028, €10 per runner |
| credits | 2 ECTS credits |

Contact: laser run club, laserrun@uibk.ac.at, +43 512 507 45210.

## Footbag club

The footbag club plays in a small gym of the sports centre, and outdoors by the river in summer.

- the club is open from 18 years old only
- the discovery afternoon takes place on Thursday 7 October 2027
- membership costs €15 a year for students
- the freestyle workshops cost €25 for 8 sessions
- the club gives each new member a footbag free of charge
- footbag net is played on Thursday evenings
- the Tyrol Footbag Jam takes place on Saturday 6 May 2028, at €10 per player
- regular players receive 2 ECTS credits

Contact: footbag club, footbag@uibk.ac.at, +43 512 507 45220.
"""

TEXTS["41-uppsala-unpaid-wages-support-and-hurdy-gurdy-group.md"] = """---
title: Uppsala University – help for international students with unpaid wages, and the hurdy-gurdy group
url: https://www.uu.se/en/student-life/international/unpaid-wages-and-hurdy-gurdy
audience: students
language: en
---

# Uppsala University: help for international students with unpaid wages, and the hurdy-gurdy group

This page of Uppsala University, in Sweden, presents the help that its international office gives international students who are not paid by an employer, and the hurdy-gurdy group of its student nations. It applies only to students of Uppsala University, in the province of Uppland, on the river Fyris. Prices are in Swedish kronor (SEK).

## Unpaid wages

International students deal with their employers themselves; the international office gives them advice.

| Rule | Uppsala University |
|---|---|
| meeting with an adviser | within 10 working days |
| payslip check | not offered |
| letter to the employer | not provided: students write their own |
| interpreter | not provided |
| lawyer | none at the office: students are sent to a trade union |
| time given to the employer to pay before the authorities are contacted | 1 month |
| accident at work | to be reported to the employer within 7 days |

Contact: international office, work-help@uu.se, +46 18 471 2210.

## Hurdy-gurdy group

The hurdy-gurdy group of the student nations rehearses in the music room of a nation house.

- members must be 18 or over
- the open evening takes place on Tuesday 28 September 2027
- membership costs SEK 200 a year for students
- the beginners' class has 12 sessions and costs SEK 450
- the group lends its instruments free of charge, with no deposit
- members must already play a bowed string instrument and read music
- the winter concert takes place on Saturday 11 December 2027
- the spring concert takes place on Friday 19 May 2028
- members receive 3 ECTS credits

Contact: hurdy-gurdy group, hurdygurdy@uu.se, +46 18 471 2220.
"""

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
