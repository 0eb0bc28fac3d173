"""The text of every 'blind43' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-fistball-club-2027.pdf": {
        "title": "Manchette: the fistball club of UM, 2027-2028",
        "short": "Fistball club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/manchette-fistball-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Manchette fistball club",
        "pages": [
            [
                ("h1", "Manchette: the fistball club of UM, 2027-2028"),
                (
                    "p",
                    "Fistball is an old ball game of Europe, played today mostly in Germany, Austria, "
                    "Switzerland, Brazil and Chile. Two teams of five play on a field of 50 by 20 metres, divided in "
                    "the middle by a tape 2 metres above the ground. The ball is hit with the fist or the forearm, "
                    "never with the open hand, and it may bounce once on the ground before each touch; each team has "
                    "three touches to send it back over the tape. Manchette (the French word for a forearm pass) is "
                    "the fistball club of the Sports Department, with a coach who played in the Austrian league. This "
                    "guide applies to 2027-2028.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the fist and forearm strikes, the bounce and the serve", "Saturday 2 October 2027, 10:00–12:00", "the grass pitch of the Triolet sports complex", "free"],
                        ["skills evenings: striking, defending a hard ball, serving and the rules, for beginners", "Monday, 18:30–20:00, from 4 October to 13 December 2027, except 1 November", "the grass pitch", "€25 for the 10 evenings"],
                        ["club training: games of 5 against 5", "Wednesday, 19:00–21:00, from 6 October 2027", "the grass pitch", "included in the membership"],
                        ["winter indoor training", "Friday, 18:00–20:00, from 7 January to 24 March 2028", "the sports hall of the Triolet sports complex, building 43", "included in the membership"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery session takes 25 people and the skills evenings 20. Membership costs €30 for the "
                    "academic year for students and €55 for staff and researchers, insurance and the loan of the balls "
                    "and the padded forearm sleeves included. Register from 13 September 2027 in the \"Sport\" tile of "
                    "your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. You need no experience. Every "
                    "member gives the club a medical certificate of fitness for sport, less "
                    "than 1 year old, by the third session.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Sports clothes, knee pads, running shoes for the grass and indoor shoes with soles that leave no "
                    "marks for the hall. Take off watches, rings and bracelets before you play. You can buy your own "
                    "forearm sleeves for €18 at the desk of the Sports Department.",
                ),
                ("h2", "Joining the match team"),
                ("p", "To play in the club's matches, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the skills evenings, or show the coach that you have played before.",
                        "Attend at least 10 club trainings and pass the skills test by 15 December 2027: 8 good serves "
                        "out of 10 into the back half of the field, then 5 defensive strikes in a row from a hard ball.",
                        "Attend the rules and refereeing evening on Wednesday 12 January 2028, from 18:00 to 19:00, in "
                        "room 43.07.",
                        "Tell the coach in the club's app by the Monday before at 20:00 whether you can play a match; "
                        "the coach posts the team on Wednesday at 22:00.",
                        "Pay €10 per away match in the app for the minibus, and be in front of building 43 at 7:00; "
                        "the minibus comes back the same evening.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "hit the ball only with the fist or the forearm, never with the open hand or the foot;",
                        "dive for a ball only on the grass, never on the hard floor of the hall;",
                        "call \"mine\" before you take a ball, and leave it to the player who called first;",
                        "never serve while a player of the other team is tying a shoe or looking away;",
                        "put every ball back in its net at the end of the session: a lost ball costs the club €35.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["learning", "September to December 2027", "the skills evenings and the skills test; no matches before February"],
                        ["the Occitanie league", "Saturdays 12 February, 18 March and 15 April 2028", "matches of 5 against 5 against the clubs of Albi, Nîmes and Perpignan"],
                        ["the Manchette Cup", "Saturday 3 June 2028, 9:00–18:00, on the grass pitch of the Triolet sports complex", "a tournament for teams of 5 from France, Switzerland and Germany, with a barbecue"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "A player hit in the face by the ball stops at once and sits in the shade with an ice pack from the "
                    "club's bag. A player who feels dizzy, sees double or has a headache after a blow to the head does "
                    "not play again that day and sees a doctor within 24 hours.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the skills evenings, at least 18 club trainings and 2 matches of the league can "
                    "have it recognised as a sport unit worth 2 ECTS credits; students who follow the skills evenings "
                    "and pass the skills test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Manchette, Sports Department, manchette@umontpellier.fr, +33 4 67 14 52 39. Triolet "
                    "campus, building 46, room 46.05; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-chocolate-making-workshop-2027.pdf": {
        "title": "Cabosse: the chocolate making workshop of UM, 2027-2028",
        "short": "Chocolate making workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/cabosse-chocolate-making-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Cabosse chocolate making workshop",
        "pages": [
            [
                ("h1", "Cabosse: the chocolate making workshop of UM, 2027-2028"),
                (
                    "p",
                    "Chocolate starts as the seeds of the cocoa pod, which are fermented, dried, roasted and ground "
                    "into a paste, then mixed with sugar, cocoa butter and, for milk chocolate, milk. To make bars and "
                    "chocolates that shine and snap, the chocolate maker tempers the chocolate: dark chocolate is "
                    "melted to 50 °C, cooled to 28 °C while it is worked on a marble slab, then warmed again to 31 °C, "
                    "so that the cocoa butter sets in fine, even crystals. Badly tempered chocolate turns dull and grey "
                    "and melts in the hand. Cabosse (French for a cocoa pod), the chocolate making workshop of the "
                    "Culture Department, is taught by a chocolate maker in the teaching kitchen of the Student House, "
                    "room 0.30, which has marble slabs and a cold room. This guide applies to 2027-2028. In 2026-2027, "
                    "41 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["tasting evening: taste 8 chocolates from 5 countries and learn what makes a good one", "Thursday 21 October 2027 or Thursday 3 February 2028, 18:30–20:30", "the teaching kitchen, Student House, room 0.30", "€6, chocolate included"],
                        ["tempering course: melting, tempering by hand on the marble, and moulding bars and hollow shapes, in 4 sessions", "Tuesday, 18:00–21:00, from 2 November to 23 November 2027", "the teaching kitchen", "€48, materials included"],
                        ["filled chocolates course: ganaches, pralines and truffles, in 3 sessions", "Saturday, 9:30–12:30, from 12 February to 26 February 2028", "the teaching kitchen", "€36, materials included"],
                        ["Easter eggs afternoon: mould and decorate a hollow egg to take home", "Saturday 1 April 2028, 14:00–17:30", "the teaching kitchen", "€15, after the tempering course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each tasting evening takes 16 people, the tempering course 10, one per marble slab, the filled "
                    "chocolates course 10 and the Easter eggs afternoon 12. Students with a need-based grant pay half "
                    "price; staff and researchers pay €10 more per course. Register from 27 September 2027 in the "
                    "\"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. You need no cooking experience. "
                    "The filled chocolates course and the Easter eggs afternoon are open only to people who have "
                    "followed the tempering course. The kitchen uses nuts, milk, soya and wheat every week: people with "
                    "a severe allergy to nuts cannot take the filled chocolates course, and everyone states their "
                    "allergies when registering.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Closed shoes and two airtight boxes for your chocolates: they keep for 3 weeks in a cool, dry "
                    "cupboard, never in the fridge, where they turn white. The workshop lends the aprons, the caps, the "
                    "thermometers and the moulds.",
                ),
                ("h2", "Joining the filled chocolates course"),
                ("p", "To join the filled chocolates course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the tempering course and temper a batch alone at its last session, on 23 November 2027.",
                        "Choose two fillings in the workshop's recipe book, for example a ganache and a praline, and "
                        "tell the chocolate maker through the \"Culture\" tile by 14 January 2028.",
                        "Register in the same tile by 4 February 2028 and pay the price of the course, €36.",
                        "Bring to the first session, on Saturday 12 February 2028 at 9:30, your two airtight boxes and "
                        "the list of your allergies.",
                        "Collect your chocolates, once set, at the desk of the Culture Department from 1 March 2028.",
                    ],
                ),
                ("h2", "Rules of the kitchen"),
                (
                    "bullet",
                    [
                        "wash your hands when you come in and after touching nuts, and tie long hair back under the cap;",
                        "keep water away from melted chocolate: one drop makes it seize into a thick paste;",
                        "never taste from the spoon you stir with: take a clean tasting spoon each time;",
                        "no phones on the work tops, and no food from outside;",
                        "label every box with your name, the date and the allergens of your fillings.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If hot chocolate burns you, cool the burn under lukewarm running water for 20 minutes, without "
                    "ice or butter, and show it to the nurses of the Student Health Service, +33 4 67 14 71 57. If "
                    "someone's lips or face swell after tasting, call 15 at once and help them to use their adrenaline "
                    "pen if they carry one.",
                ),
                ("h2", "Chocolate sale and credits"),
                (
                    "p",
                    "The chocolates of the year are shown and sold in the hall of the Student House from 3 to 6 April "
                    "2028. Students who follow the tempering course and the filled chocolates course and show a box at "
                    "the sale can have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Cabosse, Culture Department, cabosse@umontpellier.fr, +33 4 67 14 53 45. Triolet "
                    "campus, building 29, room 0.27; Wednesday and Friday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-processionary-caterpillar-survey-volunteers.docx": {
        "title": "Processionnaire: counting the nests of the pine processionary – volunteer guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/processionary-caterpillar-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Processionnaire: counting the nests of the pine processionary – volunteer guide 2027-2028"),
            (
                "p",
                "The pine processionary is a moth whose caterpillars live together through the winter in a nest of "
                "white silk, spun at the tip of a pine branch where it catches the sun. At the end of winter, the caterpillars come down the trunk in a line, head "
                "to tail, the procession that gives them their name, and bury themselves in the soil to turn into "
                "moths. Each caterpillar carries tiny stinging hairs that break off at the slightest touch, float in "
                "the air and cause itching rashes, sore eyes and, in some people, a strong allergic reaction. Processionnaire (the French name of the insect), run by the Student Life "
                "Department with an entomologist of the Faculty of Sciences, trains volunteers to count the nests in "
                "the pines of the campuses and parks of Montpellier, to record the processions and to check the "
                "collar traps fitted round the trunks. In the winter of 2026-2027, 36 volunteers counted 2,140 nests "
                "on 860 pines.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of insects. People with asthma, eczema or a known allergy to caterpillars ask their doctor "
                "before they sign up. Volunteers commit to at least 4 nest counts and 2 trap checks between 20 "
                "November 2027 and 12 April 2028. The survey lends binoculars, tally counters, safety glasses, "
                "nitrile gloves and, for the trap checks, disposable overalls with hoods.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the processionary, its nests and its hairs, safety and the protocol", "Wednesday 10 November 2027, 18:30–21:00", "Triolet campus, building 24, room 24.08", "40"],
                    ["nest count: counting the nests of each pine of a plot with binoculars, from the ground", "Saturday mornings from 20 November 2027 to 26 February 2028, 9:00–12:00", "the pines of the Triolet and Richter campuses and of four parks of Montpellier", "12"],
                    ["trap check: emptying the collar traps round the trunks and counting the caterpillars caught", "Wednesday afternoons from 2 February to 12 April 2028, 14:00–16:00", "the 40 trapped pines of the Triolet campus", "6"],
                    ["procession watch: recording the processions that come down the trunks", "Sunday 5 March and Sunday 19 March 2028, 10:00–13:00", "the park of the Triolet campus", "10"],
                    ["results evening: the nests of the winter and the map of the year", "Thursday 18 May 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first nest count"),
            ("p", "To go on your first nest count, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Processionnaire\", by 3 November 2027.",
                    "Attend the training evening of 10 November 2027: nobody counts without it.",
                    "Book a nest count in the app by the Thursday before at 18:00: each group has 12 volunteers and "
                    "a coordinator.",
                    "Dress in long sleeves, long trousers, closed shoes and a hat, and bring a water bottle and a "
                    "pencil; leave anything made of wool at home, because the hairs cling to it.",
                    "Be in front of building 24 at 8:45 on the Saturday: the coordinator hands out the binoculars, the "
                    "tally counters, the safety glasses and the maps of the plots.",
                ],
            ),
            ("h1", "Nest or not?"),
            (
                "p",
                "A nest of the pine processionary is a tent of white silk, from the size of a fist to that of a "
                "football, at the tip of a branch on the sunny side of the tree, often with dark droppings caught in "
                "the silk. Count each nest once, even if several are close together; a grey, torn nest is an old one "
                "from the winter before, and you note it apart. A spider's web is thin and flat and never holds "
                "caterpillars. The oak processionary lives on oaks, not on pines, and its nests sit on the trunk: "
                "note it on the line \"other\". The caterpillars are 3 to 4 centimetres long, brown with orange "
                "tufts.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never touch a nest or a caterpillar, alive or dead, not even with gloves or a stick;",
                    "never shake a branch, throw anything at a nest or climb a pine;",
                    "stay at least 2 metres from a procession, and never step on it or across it;",
                    "no dogs, even on a lead, and no children under 12 on a count;",
                    "after a trap check, roll the overalls off inside out into the bag, and wash your clothes at 60 °C.",
                ],
            ),
            ("h1", "If the hairs touch you"),
            (
                "p",
                "Do not scratch and do not rub your eyes. Rinse the skin with plenty of water, then shower and change "
                "your clothes as soon as you can; rinse an eye with water for 10 minutes. The coordinator carries an "
                "eye-wash bottle and a soothing cream. If the rash spreads or the eye stays red, see the nurses of the "
                "Student Health Service; if the face or the lips swell, or breathing becomes difficult, call 15.",
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training evening, 6 nest counts and 2 trap checks can have it recognised as a student "
                "engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Processionnaire coordinator, Student Life Department: processionnaire@umontpellier.fr, +33 4 67 14 "
                "36 72. Student House, Triolet campus, building 20, room 141; Monday and Wednesday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-molkky-club.md"] = """---
title: Quille – the mölkky club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/quille-molkky-club
audience: students, researchers and staff
language: en
---

# Quille: the mölkky club of the Sports Department

Mölkky is a Finnish throwing game played outdoors, on grass, sand or gravel. Twelve wooden pins numbered from 1 to 12 stand in a tight group 3.5 metres from the throwing line, and each player in turn throws a wooden stick, the mölkky, underarm at them. Knocking down a single pin scores the number written on it; knocking down several scores as many points as there are pins down. The pins are stood up again where they fell, so the game spreads out as it goes. The first player or team to reach exactly 50 points wins; a throw that goes over 50 sends you back to 25, and three misses in a row put you out of the game. Quille (French for a skittle) is the mölkky club of the Sports Department. It plays on the gravel grounds behind hall C of the Triolet sports complex, building 45, and in the hall itself in bad weather. This page applies to the academic year 2027-2028. In 2026-2027, the club had 44 members from 19 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery evening: your first throws and the scoring, in teams mixed with club members | Thursday 23 September 2027, 18:00–19:30 | the gravel grounds, building 45 | 1 | free |
| beginners' course: the underarm throw, aiming at one pin, knocking down a group, scoring and tactics | Wednesday, 18:00–19:30 | the gravel grounds | 8, from 6 October 2027 | €24 |
| club games: games in teams of 2 to 4 | Tuesday and Friday, 18:30–20:30 | the gravel grounds | every week from 5 October 2027 | included in the membership |
| winter league: a game every Saturday, with a ranking | Saturday, 14:00–17:00, from 8 January to 25 March 2028 | hall C, building 45 | 12 | €2 per Saturday |
| "Quille Open": the club's tournament in teams of 3 for the students of the region | Sunday 28 May 2028, 9:30–18:00 | the lawn of the Student House | 1 | €18 per team of 3, free for spectators |

The discovery evening takes 36 people, the beginners' course 20 and each club game 40; the Quille Open has room for 48 teams. Registration opens on 14 September 2027 in the "Sport" tile of your UM account.

Membership costs €25 for the academic year for students and €45 for staff and researchers; it includes insurance and the loan of the club's sets of pins and mölkkys. The licence of the French mölkky federation costs €12 and is needed only for the federation's official tournaments. A tournament set of birch pins, with its carrying bag, costs €39 at the desk of the Sports Department; the club lends 10 sets for the beginners' course, so you need none to start.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience and no strength: in mölkky, aim counts for more than arm.

## How to join the competition team

The club enters two teams of 4 players in the French team championship of mölkky, in Périgueux on Saturday 17 and Sunday 18 June 2028. To join one of them, follow these steps:

1. Play at least 12 club games by 17 December 2027.
2. Pass the accuracy test on Tuesday 11 January 2028: knock down pin 12 alone at least 5 times in 10 throws from the throwing line.
3. Take the licence of the French mölkky federation through the club, for €12, by 1 February 2028.
4. Play at least 6 Saturdays of the winter league; the coaches announce the two teams on Saturday 1 April 2028.
5. Buy the team polo shirt, €22, at the desk of the Sports Department by 5 May 2028, and attend the extra training on Mondays from 15 May 2028, 18:30–20:30; the club pays the train and the hostel in Périgueux.

## Rules of the grounds

- throw only from behind the throwing line, and only when everybody has stepped back behind it
- throw underarm, never overarm, and never throw a pin or a mölkky towards a person
- stand each fallen pin up where its base lies, and never move a pin that another player has knocked down
- never stand or sit on the pins: give a cracked pin to the coach
- no glass on the grounds: bring drinks in plastic bottles or cans

## Credits

Students who follow the beginners' course, play at least 15 club games in the year and help to run the Quille Open can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

Isn't mölkky a game for picnics? It is that too, but the club's games are fast and tactical: a good team plans three throws ahead and leaves the pins where the other team cannot score.

What if it rains? Club games move into hall C, on the rubber floor, with soft foam pins; the club tells members by text message by 16:00.

## Contact

Quille, Sports Department: quille@umontpellier.fr, +33 4 67 14 52 63. Triolet campus, building 46, room 46.09; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-transport-fines-international-students.html"] = html_page(
    "Fined on the tram or bus: FAQ for international students",
    "Why students are fined, what happens with the ticket inspectors, what the Everyday Life Desk gives, the steps after a fine, paying and contesting.",
    "https://www.umontpellier.fr/en/international/transport-fines-faq",
    "/fr/international/amendes-transports-faq",
    """    <h1>Fined on the tram or bus: FAQ for international students</h1>
    <p>Montpellier's trams and buses have no gates: you must validate your ticket or your travel card on the reader every time you board, including when you change from one line to another. Teams of ticket inspectors check passengers on board and at the stops, and a passenger without a valid, validated ticket is fined on the spot. Many international students are fined in their first weeks, often with a ticket in their pocket that they forgot to validate. The Everyday Life Desk of the International Relations Department helps international degree and exchange students who have been fined on the city's trams and buses to understand the notice, to pay it or to contest it. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 58 students with transport fines, 41 of them in their first two months in France.</p>

    <h2>Why was I fined?</h2>
    <p>The most common reasons are a ticket or a travel card not validated when boarding, or not validated again after a change of line; a travel card left at home; a reduced student fare without the student card that proves it; and a ticket bought on the phone after the inspectors got on. A ticket bought but not validated counts as no ticket at all.</p>

    <h2>What happens when the inspectors stop me?</h2>
    <p>Stay calm and polite, and show your ticket and an identity document, such as your passport or your residence permit. The inspectors write a notice with your name, your address and the amount. You can pay the reduced amount of €45 on the spot by card, or within 7 days; after 7 days the fine is €75, and after 2 months an unpaid fine goes up to €180 and is collected by the public treasury. Never give a false name or a false address: that is an offence in itself, far more serious than the fine.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 15 minutes with an adviser, in French or English, within 2 working days of your request</td></tr>
        <tr><td>translation</td><td>an explanation in English of every line of your notice and of every letter you receive about it</td></tr>
        <tr><td>letter</td><td>a letter in French to contest the fine, written with you, with the list of the proofs to attach</td></tr>
        <tr><td>instalments</td><td>a letter asking the network to let you pay in 3 monthly instalments, for students who cannot pay at once</td></tr>
        <tr><td>social worker</td><td>an appointment within 1 week with a social worker of the regional student services, for students in financial difficulty</td></tr>
      </tbody>
    </table>

    <h2>What do I do after a fine?</h2>
    <p>When you have been fined, proceed as follows:</p>
    <ol>
      <li>Keep the notice, photograph both sides and write down the line, the stop and the time.</li>
      <li>If you hold a personal travel card that was valid at the time but that you had left at home, take it with the notice to a sales agency of the network within 5 working days: the fine is cancelled against a fee of €8.</li>
      <li>If you think that the fine is wrong, contest it in writing within 30 days, with copies of your proofs and never the originals; the desk can write the letter with you.</li>
      <li>Otherwise, pay within 7 days to keep the reduced amount, online with the number of the notice or at a sales agency.</li>
      <li>Keep the receipt, or the answer to your letter, until the end of your stay in France.</li>
    </ol>

    <h2>Does the desk pay the fine for me?</h2>
    <p>No. The desk never pays fines, and neither does the university. A student who cannot pay at once can ask to pay in 3 monthly instalments, and a student in real difficulty can meet a social worker of the regional student services through the desk.</p>

    <h2>I bought a ticket on my phone, but the app crashed before I could validate it. What do I do?</h2>
    <p>Take a screenshot of the purchase and its time as soon as you can, ask your bank for a statement that shows the payment, and contest the fine in writing within 30 days with these proofs. The desk reads the answer of the network with you.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the meeting, the translation, the letters and the appointment with a social worker are the same. Pay or contest every fine before you leave France: an unpaid fine does not disappear when you go home, and it can catch up with you years later, for example when you come back to France.</p>

    <h2>How do I avoid being fined?</h2>
    <p>Validate every time you board, even with a travel card and even for one stop. Carry your student card whenever you travel on a reduced ticket. During the two welcome weeks of September, student volunteers show new international students how to buy and validate a ticket at the tram stop in front of the Triolet campus, every weekday at 12:30. International students in their first year at UM can also collect a free card holder with a reminder in six languages at the desk, while stocks last.</p>

    <h2>Whom do I contact?</h2>
    <p>Everyday Life Desk, International Relations Department: everyday-help@umontpellier.fr, +33 4 67 14 27 62. Triolet campus, building 1, room 1.22; Tuesday and Thursday, 13:30–16:30.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/students/social-support">Social support for students</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-transport-fines-international-students.meta.yaml"] = sidecar(
    "Fined on the tram or bus: FAQ for international students",
    "https://www.umontpellier.fr/en/international/transport-fines-faq",
    "international students",
)

TEXTS["03-international-students-at-the-lavender-harvest-2028.md"] = """---
title: International students at the lavender harvest of the Valensole plateau, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/lavender-harvest-jobs
audience: international students
language: en
---

# International students at the lavender harvest of the Valensole plateau

On the Valensole plateau, in the Alpes-de-Haute-Provence, fields of lavender turn the landscape purple every July. Most of the lavender is cut by machine and distilled for its essential oil, but the flowers sold in bunches and dried bouquets are still cut by hand with a sickle, tied and hung to dry in barns. Since 2026, an agreement between the University of Montpellier and the Lavender Growers' Cooperative of the Valensole Plateau offers international students paid summer jobs with its members: cutting and tying bunches in the fields, filling and labelling bottles in the bottling room of the cooperative's distillery, and welcoming visitors at its Lavender Festival. The Seasonal Work Office of the Student Life Department recruits and prepares the students. This page applies to the harvest of 2028, from Monday 26 June to Friday 11 August 2028. In the summer of 2027, 31 students worked 870 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.45 gross an hour, paid at the end of each month, and a bonus of €150 for students who work the whole season |
| days and hours | Monday to Friday; cutting from 5:30 to 12:00, before the heat, and bottling from 13:30 to 18:00; at most 5 days and 40 hours a week, except in the two peak weeks of July, with 6 days and 46 hours |
| transport | a minibus from the Triolet campus to Valensole every Sunday at 17:00 and back every Friday at 18:30, €10 a return trip, refunded after 3 weeks worked |
| lodging | a bed in a shared mobile home at the cooperative's campsite in Valensole, €6 a night |
| meals | a free breakfast every day, and lunch at €3.50 in the cooperative's canteen |
| equipment | a sickle, gloves, safety glasses and a straw hat, lent for the season |
| lavender | a dried bouquet and a 10 ml bottle of essential oil to take home at the end of each week worked |
| training | 3 hours of training on the sickle, the bees, the bottling room and working in the heat, paid like 3 hours of work |

Contracts are fixed-term seasonal contracts signed with the cooperative, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, who are allowed to work in France, exchange students included if they stay in France until at least 28 July 2028: the hours count towards the hours your residence permit allows. Cutting needs no French; the bottling room needs a level of French of at least A2, to follow the hygiene rules; the welcome desk of the Lavender Festival, in Valensole on Sunday 16 July 2028, needs B1 in French and in English. You must be free for at least 4 weeks in a row and be able to work bent over for two hours. Lavender fields are full of bees: tell the Office when you apply if you are allergic to bee stings.

## How to join the harvest

An information meeting takes place on Tuesday 4 April 2028 at 12:15 in lecture theatre C of building 5. To join the harvest, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 23 April 2028, with a CV in French or English, the weeks when you are free, the jobs you would like and any allergy to bee stings.
2. Have an interview by phone with the cooperative on Thursday 4 or Friday 5 May 2028.
3. Receive the answer by Friday 12 May 2028, and choose your weeks in the cooperative's planning by Friday 19 May 2028.
4. Sign your contract with the cooperative by Friday 9 June 2028, with a copy of your residence permit, your French social security number and your bank details.
5. Take the minibus on Sunday 25 June 2028 at 17:00 and attend the training at the campsite on the morning of Monday 26 June 2028; the first cutting starts the next day at 5:30.

## Rules in the fields

- cut only the rows that the team leader shows you, a hand's width below the lowest flowers
- pull the sickle towards the outside of the row, never towards your legs, and cover its blade whenever you walk
- never swat a bee: move slowly, and if you are stung, scrape the sting out with a fingernail and tell the team leader
- no smoking in the fields or near the drying barns: dry lavender burns like paper
- drink a glass of water every half hour and keep the hat on: the plateau reaches 36 °C by noon

## FAQ

What if it rains? Wet lavender is not cut. A day cancelled by rain before 5:30 is paid 3 hours.

I am allergic to bee stings. Can I still apply? Yes, if your doctor agrees: you then work only in the bottling room, and you carry your adrenaline pen at all times.

## Contact

Seasonal Work Office, Student Life Department: lavender-harvest@umontpellier.fr, +33 4 67 14 36 27. Student House, Triolet campus, building 20, room 124; Monday and Friday, 9:30–12:30.
"""

TEXTS["04-faq-bossaball-association.html"] = html_page(
    "Ressort, the bossaball association: FAQ",
    "Ressort: the discovery afternoon, the beginners' sessions, the club games, the Ressort Cup and the national student tournament.",
    "https://www.umontpellier.fr/en/campus-life/student-house/bossaball-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-bossaball-faq",
    """    <h1>Ressort, the bossaball association: FAQ</h1>
    <p>Bossaball was invented in Spain in 2005. Two teams of four play on an inflatable court divided by a net, with a trampoline in the middle of each side: the attacker bounces on the trampoline to smash the ball over the net, while the three defenders stand on the inflatable around it. Players may touch the ball with any part of the body, up to five touches per side, and a ball that lands on the other team's inflatable scores 1 point, but 3 points if it lands on their trampoline. The game is played to music, and the referee is often the DJ as well. Ressort (French for a spring) is the bossaball association of the Student House. Its two inflatable courts are set up on the lawn of the Student House from April to October, and in the sports hall of the Triolet sports complex, building 43, in winter. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 52 members from 17 countries.</p>

    <h2>What does Ressort offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery afternoon: bouncing on the trampoline and a first game</td><td>Saturday 16 October 2027, 14:00–17:00</td><td>the lawn of the Student House</td><td>free</td></tr>
        <tr><td>beginners' sessions: bouncing and landing, passing with the feet and the hands, serving and smashing, in 6 sessions</td><td>Saturday, 10:00–12:00, from 6 November 2027</td><td>the sports hall, building 43</td><td>€18</td></tr>
        <tr><td>club games: games of 4 against 4, with a referee</td><td>Wednesday, 18:00–20:30, from 10 November 2027</td><td>the sports hall, building 43, then the lawn of the Student House from April</td><td>included in the membership</td></tr>
        <tr><td>the "Ressort Cup": a bossaball tournament for student teams from the whole of France, with a DJ</td><td>Saturday 10 June 2028, 9:00–19:00</td><td>the lawn of the Student House</td><td>€10 per player, lunch included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €22 for the academic year for students and €35 for staff and researchers; it includes insurance and the use of the courts, the balls and the sound system. There is no federation licence to pay. The discovery afternoon takes 30 people, the beginners' sessions 16 and each club game 24; the Ressort Cup has room for 20 teams of 4, with one reserve each.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. Every member gives the association a medical certificate of fitness for sport, less than 1 year old, by the second session at the latest. People with a back or knee problem, and people who are pregnant, ask their doctor about the trampoline first. You need no experience of volleyball or football.</p>

    <h2>Do I have to go on the trampoline?</h2>
    <p>No. Each team has only one attacker on the trampoline at a time, and the three defenders play on the inflatable. New members start as defenders and try the trampoline when the coach thinks that they are ready; some members never go on it.</p>

    <h2>How do I play in the national student tournament?</h2>
    <p>The association sends two teams of four, with one reserve each, to the national student bossaball tournament on the beach of Lacanau, on Saturday 1 July 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Attend at least 10 club games between 10 November 2027 and 29 March 2028.</li>
      <li>Pass the trampoline test at the club game of Wednesday 12 April 2028: 10 controlled bounces, then a smash into a target zone.</li>
      <li>Register in the association's app by 6 May 2028 for the selection games of Saturday 13 May 2028; the coach picks the two teams.</li>
      <li>Buy the team shirt, €20, at the desk of the Student House by 2 June 2028.</li>
      <li>Tell the coach by e-mail, one week before the tournament, whether you can play; the association pays the coach to Lacanau and the campsite.</li>
    </ol>

    <h2>What are the rules on the court?</h2>
    <ul>
      <li>play barefoot, and take off your watch, your rings, your earrings and your glasses before you step onto the inflatable;</li>
      <li>only one player on each trampoline at a time, and nobody stands on the edge of a trampoline;</li>
      <li>never dive head first onto the inflatable, and no somersaults on the trampoline;</li>
      <li>never hang on the net or on its poles;</li>
      <li>no food, drinks or chewing gum on the court, and leave it at once when the referee blows the whistle three times.</li>
    </ul>

    <h2>Is the trampoline dangerous?</h2>
    <p>Not if you land the right way: land on both feet in the middle of the trampoline, or on your bottom or your back on the inflatable, never on your head or your hands. The coach shows the landings at the first session, and a member trained in first aid stands by at every game. The courts are closed when the wind blows above 30 km/h, because the inflatables can lift.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 14 sessions in the year and help to set up the Ressort Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Ressort, Student House: ressort@asso.umontpellier.fr, +33 4 67 14 35 72. Triolet campus, building 20, room 226; Wednesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-bossaball-association.meta.yaml"] = sidecar(
    "Ressort, the bossaball association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/bossaball-association-faq",
    "students, researchers and staff",
)

TEXTS["05-sea-shanty-choir.txt"] = """BORDÉE: THE SEA SHANTY CHOIR - 2027-2028
University of Montpellier - Culture Department

Sea shanties are the work songs of the sailors of the great sailing ships. A solo singer, the shantyman, sings a line, and the whole crew answers with the chorus, so that everybody hauls on a rope or pushes the bars of the capstan at the same moment. Shanties were sung in English, in French, where they are called chants de marins, and in the languages of every port, and many tell of storms, of long voyages and of the families left on shore. Today choirs sing them on quays and at sea festivals, without instruments or with only a drum and a fiddle. Bordée (French for a watch on a ship, the part of the crew on duty) is the sea shanty choir of the Culture Department. It is led by a singer from Brittany who has sung with shanty choirs in ports all along the Atlantic coast, and it rehearses in the music room of building 32, room 0.05. In 2026-2027 the choir had 34 members from 15 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The choir has six activities:

open rehearsal: come and sing your first choruses, no experience needed, on Tuesday 28 September 2027 from 18:30 to 20:00
shantyman workshop: learning to lead a shanty as the solo singer, 5 sessions on Mondays from 18:30 to 20:00, from 8 November 2027
choir rehearsal: the whole choir, on Tuesdays from 19:00 to 21:00, from 5 October 2027
singing evening: the choir sings in the hall of the Student House and the audience joins in the choruses, on Friday 3 December 2027 at 19:30
harbour afternoon: the choir sings on the quays of the old port of Sète, free and open to all, on Saturday 15 April 2028 from 15:00 to 18:00
spring concert: on Saturday 20 May 2028 at 20:00, in the theatre of the Student House

The general meeting of the choir, where the members choose the new songs of the year, takes place on Tuesday 19 October 2027 at 18:00 in room 0.05.

MEMBERSHIP, WORKSHOP AND COSTUMES

Membership costs EUR 12 for the academic year for students and EUR 25 for staff and researchers; it includes insurance, the choir rehearsals and the songbook. The shantyman workshop costs EUR 15 for the five sessions; students with a need-based grant pay half price for it. The workshop takes 12 singers and the choir 40.

For the concerts, the choir lends each singer a striped sailor's jersey and a cap; singers wear their own dark trousers and dark shoes. Singers buy their own red neckerchief, at EUR 6 at the desk of the Culture Department, and keep it.

You need no experience of singing, you do not need to read music, and you do not need to speak English. Every song is taught by ear, line by line, and the leader records each part for the choir's app, so that you can practise at home. The words of each song come with a translation into French and English and a guide to pronouncing them.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I SING A SOLO AT THE SPRING CONCERT?

1. Be a member and come to at least 10 choir rehearsals between January and April 2028.
2. Follow the shantyman workshop, or show the leader that you have led shanties before.
3. Sing one verse of the shanty of your choice in front of the leader at the solo audition on Tuesday 18 April 2028.
4. Attend the two general rehearsals on Saturday 6 May and Saturday 13 May 2028, from 14:00 to 17:00.
5. On the day of the concert, be at the theatre at 18:30 for the warm-up and the sound check.

RULES OF THE REHEARSAL

Arrive before 19:00: the choir warms up its voices together for 10 minutes, and a singer who arrives after the warm-up listens and joins in at the next song. Keep the beat with your foot, never by banging on the tables or the chairs. Phones stay silent in your bag. Record only with the leader's agreement, and never post a recording of the choir without it. Water only in the music room. A singer with a sore throat or a cold comes and listens, but does not sing. The music room closes at 21:30.

THE SPRING CONCERT

On Saturday 20 May 2028 at 20:00, the singers of the year give Bordée's spring concert in the theatre of the Student House. It is free, but seats must be booked in the "Culture" tile from 2 May 2028, and it ends with a last shanty sung by the choir and the audience together, standing.

CREDITS

Students who sing in the choir all year and in the spring concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Bordée, Culture Department
E-mail: bordee@umontpellier.fr
Phone: +33 4 67 14 53 71
Triolet campus, building 29, room 0.16. Tuesday, 12:30-14:00.
"""

TEXTS["05-sea-shanty-choir.meta.yaml"] = sidecar(
    "Bordée, the sea shanty choir 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/bordee-sea-shanty-choir",
    "students, researchers and staff",
)

TEXTS["06-international-soapbox-race-2027.md"] = """---
title: Bolide, the international soapbox race, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/bolide-soapbox-race
audience: students
language: en
valid_until: 2028-06-30
---

# Bolide: the international soapbox race, 2027-2028

A soapbox is a small cart without an engine that runs down a slope by gravity alone, with a driver who steers and brakes. The first ones were built from the wooden crates in which soap was delivered. Bolide (French for a racing car) is the soapbox race of the university: teams of students design and build a soapbox, then race it down a closed road against the clock, in front of a jury and of the public. Each team must include at least one international student. It is run by the Campus Events Office of the Student Life Department and is open to every student enrolled at UM in 2027-2028, from the first year of the bachelor's degree to the doctorate, exchange students included. Teams have 3 to 5 students. The theme of the decoration in 2028 is "an animal of your country". In 2026-2027, 17 teams with students from 29 countries took part.

## What the race involves

| Part | What it means |
|---|---|
| building | 3 evenings of 3 hours with a technician in the technical workshop of building 5: the frame, the steering and the brakes |
| design file | a drawing of your soapbox with its measurements, its brakes and its steering, for the selection |
| materials | a voucher of €60 per team for wood, screws and paint at a DIY store; the wheels and the brakes are lent by the Office |
| technical check | every soapbox is checked before it may race: the brakes, the steering and the helmets |
| race day | 3 timed runs down 600 metres of closed road, of which the best 2 count |
| prizes | €400 for the fastest team, €250 for the second and €100 for the third; one design prize of €200, voted by the public |

Taking part is free, and the Office lends the helmets and runs a minibus. Students who attend the three building evenings and race on race day can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements to drive or to watch.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 7 February 2028 |
| registration deadline | Sunday 5 March 2028, 23:59 |
| building evenings | Tuesday 14, Tuesday 21 and Tuesday 28 March 2028, 18:00–21:00, in building 5 |
| design files due | Friday 31 March 2028, 12:00 |
| teams selected for the race | by Friday 7 April 2028 |
| technical check | Saturday 29 April 2028, 9:00–13:00, in front of building 5 |
| trial runs | Saturday 6 May 2028, 14:00–18:00, on the race road |
| race day | Sunday 21 May 2028, 10:00–17:00, on the closed road of the hill of Clapiers; prizes at 18:00 |

## How to enter

To take part in the race, follow these steps:

1. Form a team of 3 to 5 students with at least one international student and register it in the "Student Life" tile of your UM account by 5 March 2028, naming a driver and a reserve driver.
2. Send at least 2 members of the team to each of the three building evenings, on 14, 21 and 28 March 2028.
3. Upload your design file in the tile by 31 March 2028 at noon; the Office selects 24 teams for the race by 7 April 2028.
4. Bring your soapbox to the technical check on 29 April 2028; a soapbox that fails it can be checked again at the trial runs on 6 May 2028.
5. On race day, be at the start by 8:30 with your soapbox: the Office's van collects the soapboxes from building 5 the evening before, and the minibus leaves from building 20 at 7:45.

## Rules of the soapbox

- no engine, no battery and no pedals: gravity only
- four wheels, at most 1.2 metres wide and 2.5 metres long, and at most 80 kilos without the driver
- two brakes that work on their own, one of them on the rear wheels, and a steering wheel or a bar, never ropes
- the driver wears a full-face helmet, gloves, long sleeves and long trousers
- at the start, at most two team members push the soapbox, for at most 5 metres; everyone else watches from behind the straw bales

## FAQ

Can a friend who is not a student drive our soapbox? No: the driver, like every member of a team, must be a student enrolled at UM.

What if it rains on race day? A wet road is too slippery for the brakes. If rain is forecast, the race moves to Sunday 28 May 2028, and the Office tells the teams by text message by 18:00 the day before.

What happens to our soapbox after the race? It is yours: take it home by 17:00 on Monday 22 May 2028, or give it to the Office.

## Contact

Campus Events Office, Student Life Department: soapbox-race@umontpellier.fr, +33 4 67 14 36 58. Student House, Triolet campus, building 20, room 112; Monday to Thursday, 10:00–12:30.
"""

TEXTS["31-soapbox-parade-2024.txt"] = """SOAPBOX PARADE - 2023-2024
University of Montpellier - International Welcome Office

This page applies to the academic year 2023-2024. In the soapbox parade, new international students decorate a soapbox and ride it down a gentle slope in front of a jury.

WHO CAN TAKE PART

International students in their first year at UM only, in pairs: two students per soapbox. French students, exchange students and doctoral candidates cannot take part.

WHAT THE PARADE INVOLVES

No building and no design file: each pair rents a ready-made soapbox from the office for EUR 15 and decorates it on the theme "carnival". One afternoon only, on Saturday 13 April 2024 from 14:00 to 17:00, on the avenue in front of the Triolet campus, closed to traffic. There is no timed race: the jury gives one prize, for the best decoration, a voucher of EUR 80. The parade gives no credits. Each pair pays a registration fee of EUR 10, and each rider brings their own bicycle helmet.

HOW TO REGISTER

Register by e-mail to the International Welcome Office by 29 March 2024. Places are given in the order of the e-mails received, up to 15 pairs.

1. Write to the International Welcome Office with your two names, your programmes and your countries.
2. Pay the rent of the soapbox and the registration fee, EUR 25 in all, at the office by 5 April 2024.
3. Collect your soapbox at the office on Monday 8 April 2024 and bring it back, undamaged, by Friday 19 April 2024.

The winner is announced at the end of the afternoon, and every pair receives a cap in the colours of the university.

CONTACT

International Welcome Office
E-mail: soapbox-parade@umontpellier.fr
Phone: +33 4 67 14 27 39
Triolet campus, building 1, room 1.35. Friday, 14:00-17:00.
"""

TEXTS["31-soapbox-parade-2024.meta.yaml"] = sidecar(
    "Soapbox parade, 2023-2024 (expired, superseded by the 2027-2028 international soapbox race)",
    "https://www.umontpellier.fr/en/campus-life/student-life/soapbox-parade-2024",
    "international students",
    "2024-06-30",
)

TEXTS["10-hare-survey-volunteers.md"] = """---
title: Lièvre – counting the brown hares of the plains by night, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/lievre-hare-survey
audience: students, researchers and staff
language: en
---

# Lièvre: counting the brown hares of the plains by night

The brown hare is larger than a rabbit, with long legs and long ears tipped with black. It lives alone in open fields and vineyards, rests by day in a shallow hollow in the ground, the form, and comes out at dusk to feed. Its young, the leverets, are born with fur and open eyes and are left alone in the grass, where their mother visits them once a night. Hares are hard to count by day, but at night their eyes shine orange in a spotlight, which is how naturalists count them: a car drives slowly along fixed tracks while spotters sweep the fields on each side with a lamp. Lièvre (French for hare), run by the Student Life Department with a wildlife ecologist of the Faculty of Sciences, trains volunteers to count the hares along 14 fixed tracks in the plains and vineyards north and east of Montpellier, at the end of winter, before the crops grow tall. In 2027, 27 volunteers drove the 14 tracks four times each and counted 1,310 hares, on average 9.4 per kilometre.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: hares, the spotlight count and its protocol | Tuesday 8 February 2028, 18:30–20:00 | the hall of the Student House | 70 | free |
| spotlight training: practising the sweep and the recording on one track | Saturday 19 February 2028, 20:30–23:30 | a track near Mauguio, by minibus | 24 | free |
| night counts: counting the hares of a track from a car, with a spotlight on each side | Tuesday and Friday nights, from 22 February to 31 March 2028, 21:00–00:30 | the 14 tracks of the plains, by car or minibus | 42 | free |
| field morning: finding the forms, the tracks and the droppings of hares | Sunday 26 March 2028, 9:30–12:30 | the vineyards of the Lez valley | 20 | €4, for the reflective vest you keep |
| results evening: the hares of the year | Thursday 22 June 2028, 18:30–20:30 | the hall of the Student House | 70 | free |

Each car carries a driver, two spotters, one on each side, and a recorder; the drivers are staff of the department or volunteers who have held a driving licence for at least 3 years.

## Who can volunteer?

UM students, exchange students included, researchers and staff. The night counts and the spotlight training are open from 18; the introductory talk, the field morning and the results evening are open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of animals, but you must stay alert until after midnight in a cold car. Volunteers commit to at least 4 night counts between 22 February and 31 March 2028.

## How to join

Car teams are formed in February. To join one, follow these steps:

1. Come to the introductory talk of 8 February, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Lièvre", by 13 February 2028, saying which nights you are free and whether you can drive.
3. Attend the spotlight training of 19 February 2028.
4. Book your night counts in the app by the Monday before at 12:00: each car takes 4 volunteers.
5. On your first night, meet the coordinator in front of building 24 at 20:30 and collect the spotlight, the data sheets and the GPS of your car.

## What to bring

Warm layers, a hat and gloves, a blanket, a flask of something hot, a snack, a pencil and a charged phone with the survey app.

## Rules of the survey

- sweep the spotlight only over the fields, never over houses, farm buildings, roads or other cars
- switch the spotlight off at once when a car comes towards you
- never take the car into a field: stop only on the edge of the track, with the hazard lights on
- never chase a hare, and never pick up a leveret: its mother has not abandoned it
- count each hare once, when you first see it, and note its distance on the data sheet

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the spotlight training and at least 6 night counts can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

How do I tell a hare from a rabbit in the light? A hare is alone or in twos in the middle of a field, sits tall on long legs and runs in zigzags; rabbits stay in groups near a hedge and show a white tail when they run. Note the rabbits on the line "other animals".

Does the light hurt the hares? No: it sweeps over each hare for a second or two, and the car never stops to keep one in the beam. A hare that starts to run is not lit again.

## Contact

Lièvre coordinator, Student Life Department: lievre@umontpellier.fr, +33 4 67 14 36 19. Student House, Triolet campus, building 20, room 152; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and the troubles of daily life: mölkky, fines on the trams and buses, the summer jobs at the lavender harvest, bossaball, the sea shanty choir, the international soapbox race, fistball, chocolate making, the processionary caterpillar survey and the hare survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Quille, Sports Department | the mölkky club, the winter league and the Quille Open | quille@umontpellier.fr | +33 4 67 14 52 63 | Triolet campus, building 46, room 46.09 | Monday and Thursday, 12:30–14:00 |
| Everyday Life Desk, International Relations Department | international students fined on the trams and buses, the notices, the letters to contest a fine and the payment in instalments | everyday-help@umontpellier.fr | +33 4 67 14 27 62 | Triolet campus, building 1, room 1.22 | Tuesday and Thursday, 13:30–16:30 |
| Seasonal Work Office, Student Life Department | the summer jobs of the agreement with the Lavender Growers' Cooperative of the Valensole Plateau, the applications and the training | lavender-harvest@umontpellier.fr | +33 4 67 14 36 27 | Student House, Triolet campus, building 20, room 124 | Monday and Friday, 9:30–12:30 |
| Ressort, Student House | the bossaball association, the club games and the Ressort Cup | ressort@asso.umontpellier.fr | +33 4 67 14 35 72 | Student House, Triolet campus, building 20, room 226 | Wednesday, 12:30–14:00 |
| Bordée, Culture Department | the sea shanty choir, the shantyman workshop and the spring concert | bordee@umontpellier.fr | +33 4 67 14 53 71 | Triolet campus, building 29, room 0.16 | Tuesday, 12:30–14:00 |
| Campus Events Office, Student Life Department | the international soapbox race, its building evenings, the technical check and race day | soapbox-race@umontpellier.fr | +33 4 67 14 36 58 | Student House, Triolet campus, building 20, room 112 | Monday to Thursday, 10:00–12:30 |
| Manchette, Sports Department | the fistball club, the skills evenings, the matches and the Manchette Cup | manchette@umontpellier.fr | +33 4 67 14 52 39 | Triolet campus, building 46, room 46.05 | Tuesday and Friday, 12:30–14:00 |
| Cabosse, Culture Department | chocolate making courses, the tasting evenings and the chocolate sale of the year | cabosse@umontpellier.fr | +33 4 67 14 53 45 | Triolet campus, building 29, room 0.27 | Wednesday and Friday, 13:30–16:30 |
| Processionnaire coordinator, Student Life Department | the processionary caterpillar survey, the nest counts, the trap checks and the procession watches | processionnaire@umontpellier.fr | +33 4 67 14 36 72 | Student House, Triolet campus, building 20, room 141 | Monday and Wednesday, 9:30–12:30 |
| Lièvre coordinator, Student Life Department | the hare survey, the spotlight training, the night counts and the field morning | lievre@umontpellier.fr | +33 4 67 14 36 19 | Student House, Triolet campus, building 20, room 152 | Tuesday and Thursday, 14:00–17:00 |

## Useful to know

Foot pain: the podiatrist of the Student Health Service sees students and staff free of charge, by appointment: a first consultation of 30 minutes, with a look at how you walk and run, then up to 2 follow-up consultations in the year, for pain in the feet, the ankles or the knees after sport, long walks or jobs spent standing. Students who need insoles made to measure pay €30 for them. Book by e-mail or phone: podiatrist@umontpellier.fr, +33 4 67 14 71 86.

Students with a disability who enter the international soapbox race can ask for a brake worked by hand, fitted by the technician, a seat with side supports, or a place along the race road reached by a ramp, by writing to the Disability Support Service at least 4 weeks before race day: disability-support@umontpellier.fr, +33 4 67 14 71 29, Triolet campus, building 8, room 021; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Money troubles: the social workers of the regional student services see students in financial difficulty by appointment, in the Student House, room 104, +33 4 67 14 36 05; they can grant emergency aid for rent and food, never for fines.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 57, Triolet campus, building 3, room 012; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment and treat free of charge rashes and sore eyes caused by the hairs of processionary caterpillars, and bee stings that cause a strong reaction; they also give the medical certificate of fitness for sport, for example for the fistball club or the bossaball association: +33 4 67 14 71 48.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114. Do not write to a service.
"""

TEXTS["40-rijeka-molkky-club-and-bossaball-club.md"] = """---
title: University of Rijeka – the mölkky club and the bossaball club
url: https://uniri.hr/en/student-life/molkky-and-bossaball
audience: students and staff
language: en
---

# University of Rijeka: the mölkky club and the bossaball club

This page of the University of Rijeka, in Croatia, presents the mölkky club and the bossaball club of its student sports association. It applies only to students and staff of the University of Rijeka, whose clubs play on the campus above the city, on the Kvarner Gulf, near the mouth of the Rječina. Prices are in euros.

## Mölkky club

The mölkky club plays on the sports grounds of the campus.

| Rule | University of Rijeka |
|---|---|
| age | open from 18 years old |
| beginners' course | 5 sessions, €40 |
| membership | €30 a year for students, federation licence included |
| club games | Monday and Thursday |
| sets of pins | not lent: each member buys a set, €45 |
| club tournament | Saturday 10 June 2028, €24 per team of 3 |
| credits | 3 ECTS credits |

Contact: mölkky club, molkky@uniri.hr, +385 51 265 410.

## Bossaball club

The bossaball club plays on an inflatable court by the sea, from May to September.

- the club is open from 18 years old only
- the discovery session takes place on Saturday 20 May 2028
- membership costs €35 a year for students
- no medical certificate is needed
- the beginners' sessions cost €30 for 10 sessions
- players wear soft indoor shoes, never bare feet
- the club's tournament takes place on Saturday 8 July 2028, at €15 per player
- regular players receive 2 ECTS credits

Contact: bossaball club, bossaball@uniri.hr, +385 51 265 420.
"""

TEXTS["41-exeter-transport-fines-support-and-sea-shanty-choir.md"] = """---
title: University of Exeter – help for international students with transport fines, and the sea shanty choir
url: https://www.exeter.ac.uk/students/international/transport-fines-and-shanty-choir
audience: students
language: en
---

# University of Exeter: help for international students with transport fines, and the sea shanty choir

This page of the University of Exeter, in Devon, in the south-west of England, presents the help that its international student support team gives international students fined on buses and trains, and the sea shanty choir of its students' guild. It applies only to students of the University of Exeter, whose campuses stand above the city on the River Exe. Prices are in pounds sterling.

## Fined on a bus or a train

International students deal with the transport companies themselves; the support team gives them advice.

| Rule | University of Exeter |
|---|---|
| meeting with an adviser | by video only, within 4 working days |
| letter to contest a fine | not provided: students fill in a template |
| translation of the notice | none |
| deadline to contest a fine | within 14 days |
| forgotten travel card | no cancellation: the fine must be paid |
| help with paying | a loan of up to £50, repaid within 3 months |

Contact: international student support, fines-help@exeter.ac.uk, +44 1392 72 4410.

## Sea shanty choir

The sea shanty choir of the students' guild rehearses in a room of the guild.

- members must be 18 or over
- the open rehearsal takes place on Monday 27 September 2027
- membership costs £15 a year for students
- the shantyman workshop has 8 sessions and costs £30
- the choir does not lend costumes: each singer buys a striped jersey, £25
- singers must be able to read music
- the spring concert takes place on Saturday 24 June 2028
- singers receive 5 UK credits

Contact: sea shanty choir, shanty@exeter.ac.uk, +44 1392 72 4430.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
