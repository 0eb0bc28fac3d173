"""The text of every 'blind42' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-hurling-club-2027.pdf": {
        "title": "Goélands: the hurling club of UM, 2027-2028",
        "short": "Hurling club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/goelands-hurling-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Goélands hurling club",
        "pages": [
            [
                ("h1", "Goélands: the hurling club of UM, 2027-2028"),
                (
                    "p",
                    "Hurling is the oldest field game of Ireland and one of the fastest in the world. Two teams hit a "
                    "small leather ball, the sliotar, with a wooden stick, the hurley, and may catch it in the hand, "
                    "but never carry it in the hand for more than four steps. Women play the same game under the "
                    "name of camogie. Goélands (French for seagulls) is the hurling and camogie club of the Sports "
                    "Department, with a coach from Kilkenny. It plays on the grass pitch of the Vert-Bois sports "
                    "ground. This guide applies to 2027-2028. In 2026-2027, the club had 29 members.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the grip, the swing and striking a ball from the hand", "Saturday 25 September 2027, 10:00–12:00", "the Vert-Bois sports ground", "free"],
                        ["skills evenings: striking, catching, the solo run and the rules, for beginners", "Tuesday, 18:30–20:00, from 5 October to 14 December 2027", "the Vert-Bois sports ground", "€30 for the 11 evenings"],
                        ["club training: games of 7 against 7 and of 11 against 11", "Thursday, 19:00–21:00, from 7 October 2027", "the Vert-Bois sports ground", "included in the membership"],
                        ["winter indoor training", "Monday, 18:00–19:30, from 10 January to 27 March 2028", "the sports hall of the Triolet sports complex, building 43", "included in the membership"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery session takes 30 people and the skills evenings 20. Membership costs €40 for the academic year "
                    "for students and €65 for staff and researchers, insurance and the loan of a hurley and a helmet "
                    "included. Register from 13 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. You need no experience. Every "
                    "training is mixed. Every member gives the club a medical "
                    "certificate of fitness for sport, less than 1 year old, by the third session.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Sports clothes, shin guards, a gum shield and football boots with moulded studs, never metal "
                    "studs, and a warm layer for the evenings. The club lends the hurleys and the helmets, but you can buy your own hurley, cut to your height, for "
                    "€35 at the desk of the Sports Department.",
                ),
                ("h2", "Joining the match team"),
                ("p", "To play in the club's matches, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the skills evenings, or show the coach that you have played before.",
                        "Attend at least 8 club trainings and pass the skills test by 16 December 2027: 10 strikes "
                        "from the hand at a target 30 metres away, then a solo run of 20 metres with the ball on the "
                        "hurley.",
                        "Attend the rules and safety evening on Tuesday 11 January 2028, from 18:30 to 20:00, in room "
                        "43.05.",
                        "Tell the coach in the club's app by the Wednesday before at 12:00 whether you can play a "
                        "match; the coach posts the team on Thursday at 21:00.",
                        "Pay €8 per away match in the app for the minibus, and be in front of building 43 at 7:30; "
                        "the minibus comes back the same evening.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "wear your helmet with the face guard whenever you hold a hurley, in training too;",
                        "never swing the hurley above your shoulders when another player is within reach;",
                        "tackle the hurley, or shoulder to shoulder, never a player's body from behind;",
                        "never throw the hurley, at the ball or at anything else;",
                        "put every sliotar back in its bag at the end of the session: a lost ball costs the club €6.",
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
                        ["winter", "January to March 2028", "indoor training on Mondays; outdoor training goes on every Thursday"],
                        ["the Mediterranean league", "Saturdays 5 February, 11 March and 8 April 2028", "matches of 11 against 11 against the clubs of Toulouse, Marseille and Nice"],
                        ["the Goélands Cup", "Saturday 27 May 2028, 9:00–18:00, at the Vert-Bois sports ground", "the closing day: a tournament of 7 against 7 for teams from all over France, with a céilí, an evening of Irish dances"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone is hit"),
                (
                    "p",
                    "A player hit on the hand by a hurley or a sliotar stops at once and cools the hand with an ice "
                    "pack from the club's bag; a finger that swells or cannot bend is X-rayed the same day. A player "
                    "hit on the head leaves the pitch and does not play again that day.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the skills evenings and at least 15 club trainings can have it recognised as "
                    "a sport unit worth 2 ECTS credits; students who follow the skills evenings and pass the skills "
                    "test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Goélands, Sports Department, goelands@umontpellier.fr, +33 4 67 14 52 47. Triolet "
                    "campus, building 46, room 46.11; Monday and Wednesday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-soap-making-workshop-2027.pdf": {
        "title": "Savonnette: the soap making workshop of UM, 2027-2028",
        "short": "Soap making workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/savonnette-soap-making-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Savonnette soap making workshop",
        "pages": [
            [
                ("h1", "Savonnette: the soap making workshop of UM, 2027-2028"),
                (
                    "p",
                    "Soap is made by mixing oils or fats with a strong alkali, sodium hydroxide, dissolved in water. In "
                    "the cold process, the soapmaker stirs the warm oils and the alkali solution until they thicken "
                    "like custard, pours the mixture into a mould, cuts it into bars after two days and lets the bars "
                    "cure for four weeks, until they are mild and hard. Savonnette (French for a small bar of soap), "
                    "the soap making workshop of the Culture Department, is taught by a soapmaker in the teaching "
                    "laboratory of building 14, which has fume hoods and eye-wash stations. This guide applies to "
                    "2027-2028. In 2026-2027, 34 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: make three bars from a ready-made glycerine base, with colours and scents, without any alkali", "Wednesday 20 October 2027 or Wednesday 26 January 2028, 18:00–20:30", "the teaching laboratory, building 14, room 14.03", "€8, materials included"],
                        ["cold process course: safety, weighing, the recipe, stirring, moulding, cutting and curing, and a first batch of 8 olive oil bars, in 6 sessions", "Wednesday, 18:00–20:30, from 3 November to 8 December 2027", "the teaching laboratory", "€42, materials included"],
                        ["shampoo bar course: solid shampoos and a conditioner bar, in 3 sessions", "Saturday, 9:30–12:30, from 11 March to 25 March 2028", "the teaching laboratory", "€30, materials included"],
                        ["open lab: make your own batch with the advice of the soapmaker", "second Monday of each month, 17:00–20:00, from 8 November 2027", "the teaching laboratory", "€5 per batch, after the cold process course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 12 people, the cold process course 10, one per work station, and the "
                    "shampoo bar course 10. Students with a need-based grant pay half price; staff and researchers pay "
                    "€10 more per course. Register from 27 September 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent and never handle the alkali: "
                    "the soapmaker weighs and mixes it for them. You need no knowledge of chemistry. The shampoo bar "
                    "course is open only to people who have followed the cold process course.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Long sleeves, long trousers and closed shoes. The workshop lends the goggles, the gloves, the aprons, the scales, the moulds and the "
                    "stick blenders. Bring a shoebox for your bars: they cure on a shelf, not in a bathroom, for 4 "
                    "weeks before you use them.",
                ),
                ("h2", "Joining the shampoo bar course"),
                ("p", "To join the shampoo bar course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the cold process course and cut your first bars at its last session, on 8 December "
                        "2027.",
                        "Choose a hair type in the workshop's recipe book, dry, oily or curly hair, and tell the "
                        "soapmaker through the \"Culture\" tile by 31 January 2028.",
                        "Register in the same tile by 18 February 2028 and pay the price of the course, €30.",
                        "Bring to the first session, on Saturday 11 March 2028 at 9:30, two small glass jars with "
                        "lids and a list of the scents you do not like.",
                        "Collect your shampoo bars, once dry, at the desk of the Culture Department from 26 April 2028.",
                    ],
                ),
                ("h2", "Rules of the laboratory"),
                (
                    "bullet",
                    [
                        "wear the goggles and the gloves from the moment the alkali leaves the cupboard until the "
                        "bench is clean;",
                        "always pour the alkali into the water, never the water onto the alkali, under the fume hood;",
                        "never taste, touch or smell a raw soap mixture: it burns until it has cured;",
                        "no food or drinks in the laboratory, and no phones on the benches;",
                        "label every mould with your name and the date, and leave it on the curing shelf.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If the alkali or raw soap touches your skin, rinse it under running water for 15 minutes, "
                    "without vinegar. If a drop goes into an eye, use the eye-wash station at once and keep rinsing "
                    "for 15 minutes while someone calls the nurses of the Student Health Service, +33 4 67 14 71 52, "
                    "or 15 if the pain does not stop.",
                ),
                ("h2", "Soap sale and credits"),
                (
                    "p",
                    "The soaps of the year are shown and sold in the hall of the Student House from 10 to 13 April "
                    "2028. Students who follow the cold process course and "
                    "the shampoo bar course and show a batch at the sale can have it recognised as a cultural "
                    "engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Savonnette, Culture Department, savonnette@umontpellier.fr, +33 4 67 14 53 58. Triolet "
                    "campus, building 29, room 0.24; Tuesday and Thursday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-mouflon-survey-volunteers.docx": {
        "title": "Mouflon: counting the mouflons of the Caroux – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/mouflon-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Mouflon: counting the mouflons of the Caroux – volunteer guide 2028"),
            (
                "p",
                "The mouflon is a wild sheep with a reddish-brown coat, a white muzzle and a white rump. The rams "
                "carry heavy horns curled in a spiral, which can reach 80 centimetres; the ewes have short horns or "
                "none. Mouflons came from Corsica and Sardinia and were brought to the Caroux massif, in the "
                "Haut-Languedoc, in the last century; several hundred now live on its granite cliffs and heaths. "
                "They graze at dawn and at dusk and rest in the heat of the day. In November, the rams clash their "
                "horns for the ewes, and the lambs are born in April and May. Mouflon (the French word is the same), "
                "run by the Student Life Department with a wildlife ecologist of the Faculty of Sciences, trains "
                "volunteers to count the mouflons along fixed walking routes, to spot them with binoculars from "
                "look-outs and to record the lambs. In 2027, 29 volunteers walked 18 routes and counted 412 "
                "mouflons, 63 of them lambs.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of animals, but you must be able to walk 12 kilometres on steep, stony paths with 700 "
                "metres of climbing, and to stay still and quiet for an hour at a look-out. Volunteers commit to at "
                "least 3 dawn counts and 1 lamb count between 1 April and 30 November 2028. The survey lends "
                "binoculars, a spotting scope for each group, walkie-talkies and data sheets.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: mouflons, telling rams, ewes, yearlings and lambs apart, and the protocol", "Wednesday 15 March 2028, 18:30–21:00", "Triolet campus, building 24, room 24.12", "40"],
                    ["binocular day: practising counts on the slopes above Douch", "Saturday 25 March or Sunday 26 March 2028, 9:00–16:00", "the Caroux massif, by minibus", "16"],
                    ["dawn count: walking a fixed route from first light and counting every mouflon seen from the look-outs", "Saturday mornings from 1 April to 30 September 2028, leaving at 4:30", "the 18 routes of the Caroux, by minibus", "8"],
                    ["lamb count: counting the ewes with lambs on the slopes", "Sunday 14 May, Sunday 28 May and Sunday 11 June 2028, 6:00–12:00", "the gorges of Héric", "12"],
                    ["rut watch: watching the rams clash from a look-out", "Saturday 11 November and Saturday 18 November 2028, 7:00–13:00", "the plateau of the Caroux", "10"],
                ],
            ),
            ("h1", "Going on your first dawn count"),
            ("p", "To go on your first dawn count, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Mouflon\", by 8 March 2028.",
                    "Attend the training evening of 15 March 2028 and one of the two binocular days.",
                    "Book a dawn count in the app by the Wednesday before at 20:00: each minibus takes 8 volunteers "
                    "and the coordinator.",
                    "Pack walking boots, layers for a cold dawn and a hot noon, a hat, sun cream, 2 litres of water "
                    "and a packed breakfast and lunch, in a rucksack that does not rattle.",
                    "Be at the minibus in front of building 24 at 4:30 on the Saturday: the coordinator hands out "
                    "the binoculars, the walkie-talkies and the data sheets on the way.",
                ],
            ),
            ("h1", "Ram, ewe or lamb?"),
            (
                "p",
                "An adult ram is the size of a large dog, dark brown, with a white saddle patch on each flank and "
                "horns that curl in almost a full circle after 6 years. A ewe is smaller and lighter, without a "
                "saddle, with short horns or none. A yearling ram has horns that curve only a little. Lambs stay "
                "glued to the ewe and are grey-brown, without any white patch. A goat escaped from a farm has a "
                "beard and straight horns: do not count it. Photograph every group through the scope with your "
                "phone and record it in the app.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "stay on the paths, and never walk on the cliffs or below them: mouflons knock down stones;",
                    "never come closer than 100 metres to a group, and turn back if the mouflons look up and stop "
                    "grazing;",
                    "no dogs, even on a lead, and no drones;",
                    "never feed a mouflon or leave food at a look-out;",
                    "count each group once, from one look-out only, and note the time.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students "
                "who attend the training evening, 5 dawn counts and 1 lamb count can have it recognised as a "
                "student engagement unit worth 1 ECTS credit. The results of the year are presented on Thursday 7 "
                "December 2028 at 18:30 in the hall of the Student House.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Mouflon coordinator, Student Life Department: mouflon@umontpellier.fr, +33 4 67 14 36 45. Student "
                "House, Triolet campus, building 20, room 137; Tuesday and Friday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-tug-of-war-club.md"] = """---
title: Ancre – the tug of war club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/ancre-tug-of-war-club
audience: students, researchers and staff
language: en
---

# Ancre: the tug of war club of the Sports Department

In tug of war, two teams of eight pull on the two ends of a rope until one of them drags the centre mark of the rope 4 metres to its side. It is played in weight categories, indoors on rubber mats and outdoors on grass. Pulling is not about arms: the pullers lean back almost to the ground, push with their legs and move together to the calls of the coach; the last puller, the anchor, wears the end of the rope in a belt. Ancre (French for anchor) is the tug of war club of the Sports Department. It trains in hall B of the Triolet sports complex, building 44, which has a pulling machine. This page applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 16 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: your first pulls against a team of club members | Wednesday 22 September 2027, 18:00–19:30 | hall B, building 44 | 1 | free |
| beginners' course: grip, the lean, footwork, the calls of the coach, pulling on the machine | Tuesday, 18:00–19:30 | hall B | 10, from 5 October 2027 | €30 |
| club training: team pulls, strength and pulling in weight categories | Monday and Thursday, 19:30–21:30 | hall B | every week from 4 October 2027 | included in the membership |
| outdoor pulls: team pulls on grass, in boots | Saturday, 10:00–12:00, from 4 March to 27 May 2028 | the rugby field of the Triolet sports complex | 13 | €3 per session |
| "Ancre Trophy": the club's tournament in weight categories for university teams of the region | Sunday 11 June 2028, 9:00–18:00 | the rugby field of the Triolet sports complex | 1 | €40 per team of 8, free for spectators |

The discovery session takes 40 people, the beginners' course 24 and each club training 32; the Ancre Trophy has room for 16 teams. Registration opens on 15 September 2027 in the "Sport" tile of your UM account.

Membership costs €35 for the academic year for students and €60 for staff and researchers; it includes insurance and the loan of the club's ropes, belts and chalk. The licence of the French tug of war federation costs €22 and is needed only for official competitions. Pulling boots with a flat heel and no studs, required for the outdoor pulls and for competitions, cost €48 at the desk of the Sports Department; the club lends 20 pairs for the beginners' course.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or over; members under 18 need the written consent of a parent. You need no strength training and no experience: the coach puts new pullers in the middle of the rope.

## How to join the competition team

The club enters a team of 8 pullers and 2 reserves in the 640-kilo category of the French tug of war championship, in Bayonne on Saturday 20 and Sunday 21 May 2028. To join it, follow these steps:

1. Attend at least 16 club trainings by 16 December 2027.
2. Pass the pulling test on the machine on Thursday 13 January 2028: hold a pull of 150 kilos for 30 seconds in the lean.
3. Take the licence of the French tug of war federation through the club, for €22, with a medical certificate of fitness for competition less than 1 year old, by 4 February 2028.
4. Weigh in and pull in the selection pulls on Saturday 26 February 2028, from 14:00 in hall B; the coaches pick the team.
5. Buy the team shirt, €25, at the desk of the Sports Department by 10 March 2028, and attend the extra training on Wednesdays from 15 March 2028, 19:00–21:00; the club pays the train and the hostel in Bayonne.

## Rules of the hall

- never wrap the rope round your hand, your wrist or your body: only the anchor wears it, in the belt
- never sit down or lie on the rope: keep your feet in front of your knees
- never let go of the rope all at once, or the other team falls: lower it only when the coach calls "rest"
- no rings, no watch and no bracelets, and nails cut short
- chalk your hands, never the rope, and put the chalk back in its box

## Credits

Students who attend at least 20 sessions in the year and help to run the Ancre Trophy can have it recognised as a sport unit worth 2 ECTS credits.

## FAQ

Will the rope burn my hands? Not if you hold it right and never let it slide through your hands. Blisters are common in the first weeks: the coach shows you how to tape your hands, and the tape is free.

Can women pull? Yes: every training is mixed, and the championship has a women's category; 17 of the 38 members of 2026-2027 were women.

## Contact

Ancre, Sports Department: ancre@umontpellier.fr, +33 4 67 14 52 81. Triolet campus, building 46, room 46.14; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-bedbugs-international-students.html"] = html_page(
    "Bedbugs in your room: FAQ for international students",
    "How to recognise bedbugs, what not to do, what the Accommodation Help Desk gives, the steps in the first days, who pays for the treatment and a landlord who blames you.",
    "https://www.umontpellier.fr/en/international/bedbugs-faq",
    "/fr/international/punaises-de-lit-faq",
    """    <h1>Bedbugs in your room: FAQ for international students</h1>
    <p>Bedbugs are small flat insects, brown and about 5 millimetres long, that hide in the seams of mattresses, in bed frames and behind skirting boards, and come out at night to feed on the blood of sleepers. They carry no disease, but their bites itch, they spread from room to room and from suitcase to suitcase, and getting rid of them takes weeks. The Accommodation Help Desk of the International Relations Department helps international degree and exchange students who find bedbugs where they live, whether they rent from a private landlord, live in a residence or stay with a host. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 46 students with bedbugs, 29 of them in their first two months in France.</p>

    <h2>How do I know they are bedbugs?</h2>
    <p>Bedbug bites are itchy red spots, often three or four in a line on the arms, the neck or the legs, that appear in the morning. Look along the seams of the mattress and in the corners of the bed frame with a torch: you may see the bugs themselves, small black dots like ink stains, which are their droppings, and pale empty skins.</p>

    <h2>What should I not do?</h2>
    <p>Do not move to a friend's room with your things: you will take the bugs with you. Do not throw your mattress out into the street, and do not spray insecticides or set off a fogger yourself: sprays drive the bugs into the walls and the next rooms, and they harm your health. Do not scratch the bites: a cold cloth and an anti-itch cream from the pharmacy are enough, and if a bite becomes swollen, hot or infected, see a doctor.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 20 minutes with an adviser, in French or English, within 1 working day of your request</td></tr>
        <tr><td>letter</td><td>a letter in French to your landlord or your residence, written with you and sent the same day, asking for a treatment by a professional</td></tr>
        <tr><td>kit</td><td>a kit lent for the treatment: 10 large sealable plastic bags, a mattress cover that bedbugs cannot cross and a lint roller, with 12 free tokens for the dryers of the laundry of the Student House</td></tr>
        <tr><td>room</td><td>a room in the guest residence of the Triolet campus for up to 3 nights, free of charge, while your own room is treated</td></tr>
        <tr><td>emergency grant</td><td>up to €250, for students with a need-based grant or a UM scholarship, for a treatment that nobody else pays or to replace bedding you had to throw away, paid within 2 weeks of the decision</td></tr>
      </tbody>
    </table>

    <h2>What do I do in the first days?</h2>
    <p>When you find bedbugs, proceed as follows:</p>
    <ol>
      <li>Photograph the bugs, the black dots and your bites, and keep one bug on a piece of tape.</li>
      <li>Tell your landlord or the office of your residence in writing within 48 hours, with the photos; the desk can write the letter with you.</li>
      <li>Wash your sheets, clothes and towels at 60 °C, or put them in a hot dryer for 30 minutes, and close them in the sealable bags at once.</li>
      <li>Keep everything that cannot be washed, such as books, shoes and bags, closed in the sealable bags until the treatment is over.</li>
      <li>Let the professional in for the treatment, and again for the second treatment 2 to 3 weeks later; sleep in your room between the two, on the mattress in its cover, so that the last bugs come out.</li>
    </ol>

    <h2>Who pays for the treatment?</h2>
    <p>In a rented room or flat, the landlord pays for the professional treatment, unless he proves that you brought the bedbugs in. In a residence of the regional student services, the residence treats the room, and the rooms next to it, free of charge. If you live with a host family, or in a shared flat where nobody agrees to pay, tell the desk: a student who holds a need-based grant may receive the emergency grant.</p>

    <h2>My landlord says I brought them in and wants me to pay. What do I do?</h2>
    <p>Do not pay anything and do not sign anything on the spot. Ask for the answer in writing and bring it to the desk: an adviser reads it with you and helps you to answer within 8 days.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the meeting, the letter, the kit and the room are the same. The emergency grant is open to exchange students whose home university confirms that they hold a need-based grant.</p>

    <h2>How do I avoid bringing bedbugs back from a trip?</h2>
    <p>In a hotel or a hostel, put your suitcase on the luggage rack, never on the bed or the floor. Back home, wash your clothes at 60 °C at once, and put small things that cannot be washed in the freezer for 72 hours. International students in their first year at UM can collect a free luggage liner, a large bag that closes round a suitcase, at the desk, while stocks last.</p>

    <h2>Whom do I contact?</h2>
    <p>Accommodation Help Desk, International Relations Department: housing-help@umontpellier.fr, +33 4 67 14 27 48. Triolet campus, building 1, room 1.18; Monday and Wednesday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-bedbugs-international-students.meta.yaml"] = sidecar(
    "Bedbugs in your room: FAQ for international students",
    "https://www.umontpellier.fr/en/international/bedbugs-faq",
    "international students",
)

TEXTS["03-international-students-at-the-peach-harvest-2028.md"] = """---
title: International students at the peach harvest of the Têt valley, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/peach-harvest-jobs
audience: international students
language: en
---

# International students at the peach harvest of the Têt valley

In the Têt valley, between Perpignan and Prades, orchards of peaches and nectarines cover thousands of hectares. A peach is picked by hand when it comes off with a gentle turn of the wrist, and the same tree is picked three or four times a week as its fruit ripens. Since 2026, an agreement between the University of Montpellier and the Peach Growers' Association of the Têt Valley offers international students paid summer jobs on the farms of its members: picking in the orchards, sorting and packing at the packing station of the cooperative, and selling at the association's Peach Festival. The Harvest Jobs Desk of the Student Life Department recruits and prepares the students. This page applies to the harvest of 2028, from Monday 19 June to Friday 25 August 2028. In the summer of 2027, 26 students worked 1,040 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.20 gross an hour, and 25% more for the hours worked on the public holidays of 14 July and 15 August, paid by the farm at the end of each month |
| days and hours | Monday to Saturday; picking from 6:00 to 12:30 and packing from 14:00 to 19:00; at most 6 days and 44 hours a week |
| transport | a coach from the Triolet campus to Ille-sur-Têt every Sunday at 18:00 and back every Saturday at 15:00, free; the farm drives you to the orchards |
| lodging | a bed in a shared room of the association's hostel in Ille-sur-Têt, €7 a night |
| meals | a free lunch on each day worked; the students cook their dinners in the hostel kitchen |
| equipment | a picking bag worn on the chest, a cap, secateurs and safety shoes, lent for the season |
| fruit | a crate of 5 kilos of peaches to take home at the end of each week worked |
| training | 4 hours of training on picking, ladders, the packing station and working in the heat, paid like 4 hours of work |

Contracts are fixed-term seasonal contracts signed with the farm, which is your employer: neither UM nor the association is. The association expects 40 students this summer, on 15 farms.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, who are allowed to work in France, exchange students included if they stay in France until at least 31 July 2028: the hours count towards the hours your residence permit allows. Picking needs no French; the packing station needs a level of French of at least A2, to follow the safety instructions; the stand at the Peach Festival, in Ille-sur-Têt on Sunday 23 July 2028, needs B1. You must be free for at least 3 weeks in a row and be able to climb a ladder of 3 steps and carry 12 kilos. Students with an allergy to peach skin should not apply.

## How to join the harvest

An information meeting takes place on Thursday 6 April 2028 at 12:30 in lecture theatre B of building 6. To join the harvest, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 30 April 2028, with a CV in French or English, the weeks when you are free and the jobs you would like.
2. Have an interview by video with a grower on Tuesday 9 or Wednesday 10 May 2028.
3. Receive the answer by Tuesday 16 May 2028, and choose your weeks in the association's planning by Sunday 21 May 2028.
4. Sign your contract with the farm by Friday 2 June 2028, with a copy of your residence permit, your French social security number and your bank details.
5. Take the coach on Sunday 18 June 2028 at 18:00 and attend the training at the hostel on the morning of Monday 19 June 2028; the first picking starts the next day at 6:00.

## Rules in the orchards

- pick a peach only when it comes off with a gentle turn, and never pull it or shake a branch
- hold each peach in the palm of your hand, never by the fingertips, and lay it in the bag
- never climb into a tree: use the ladder of the row, and only with its three legs on flat ground
- never eat fruit from a row marked with a red flag: it has just been sprayed
- drink a glass of water every half hour and wear the cap: the orchards reach 35 °C by noon

## FAQ

What if there is a storm? Picking stops at the first thunder and the pickers wait in the barn. A day cancelled for hail or a storm before 6:00 is paid 2 hours.

What happens in a heatwave? Above 38 °C, picking starts at 5:30 and stops at 11:00, and the packing moves to the cool room of the packing station.

## Contact

Harvest Jobs Desk, Student Life Department: peach-harvest@umontpellier.fr, +33 4 67 14 36 91. Student House, Triolet campus, building 20, room 118; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["04-faq-water-jousting-association.html"] = html_page(
    "Pavois, the water jousting association: FAQ",
    "Pavois: the discovery session, the beginners' sessions, the club jousts, the Pavois Cup and the national student tournament.",
    "https://www.umontpellier.fr/en/campus-life/student-house/water-jousting-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-joutes-nautiques-faq",
    """    <h1>Pavois, the water jousting association: FAQ</h1>
    <p>Water jousting has been the great summer game of Sète and of the towns of the Languedoc coast since the 17th century. Two long boats, one red and one blue, are rowed towards each other by ten rowers each, to the sound of an oboe and a drum. At the stern of each boat, the jouster stands on a raised platform, the tintaine, 3 metres above the water, with a wooden shield, the pavois, and a lance of 2.8 metres. As the boats pass, each jouster aims the lance at the other's shield: the one who falls into the water loses. Pavois is the water jousting association of the Student House. Its members joust on the Lez at the nautical base of Port Ariane, in Lattes, from April to October. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 31 members from 11 countries.</p>

    <h2>What does Pavois offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: rowing in the boat and a first jump from the tintaine into the water</td><td>Saturday 9 October 2027, 14:00–17:00</td><td>the nautical base of Port Ariane, Lattes, by tram</td><td>free</td></tr>
        <tr><td>beginners' sessions: rowing in time, climbing the tintaine, holding the lance and the pavois, falling safely, in 8 sessions</td><td>Saturday, 10:00–12:30, from 8 April 2028</td><td>the nautical base of Port Ariane</td><td>€28</td></tr>
        <tr><td>club jousts: jousting in pairs of boats, weight against weight</td><td>Sunday, 10:00–13:00, from 16 April to 1 October 2028</td><td>the nautical base of Port Ariane</td><td>included in the membership</td></tr>
        <tr><td>the "Pavois Cup": a jousting tournament for students from the whole of France, with a meal on the quay</td><td>Saturday 24 June 2028, 9:00–19:00</td><td>the nautical base of Port Ariane</td><td>€12 per jouster, meal included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €20 for the academic year for students and €32 for staff and researchers; it includes insurance, the loan of the lances, the pavois and the life jackets, and a place as a rower in the boats. The licence of the French water jousting federation, €24, is needed only to joust in the national student tournament and is taken through the association. The discovery session takes 24 people, the beginners' sessions 12, and each club joust 30; the Pavois Cup has room for 64 jousters.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. Every member must be able to swim 50 metres, which is tested at the first session on the water, and gives the association a medical certificate of fitness for sport, less than 1 year old, by the second session at the latest. You need no experience of rowing or jousting.</p>

    <h2>Do I have to joust?</h2>
    <p>No. Half of the members only row: each boat needs ten rowers, a helmsman and two musicians. In the Pavois Cup and in the national tournament, jousters joust only in their own weight category, light, medium or heavy.</p>

    <h2>How do I joust in the national student tournament?</h2>
    <p>The association sends a team of six jousters, two per weight category, to the national student water jousting tournament, in Sète on Saturday 8 July 2028. To joust in it, follow these steps:</p>
    <ol>
      <li>Attend at least 6 club jousts between 16 April and 28 May 2028.</li>
      <li>Take the licence of the French water jousting federation through the association, €24, by 12 May 2028.</li>
      <li>Joust in the selection jousts at the club joust of Sunday 4 June 2028: the coach picks two jousters per category.</li>
      <li>Buy the white jersey of the team with the badge of the association, €30, at the desk of the Student House by 16 June 2028.</li>
      <li>Tell the coach by e-mail, one week before the tournament, whether you can joust; the association pays the bus to Sète and the meals.</li>
    </ol>

    <h2>What are the rules on the boats?</h2>
    <ul>
      <li>everyone in the boat wears a fastened life jacket; the jouster takes it off only to climb the tintaine;</li>
      <li>aim the lance only at the pavois, never at the head, the arms or the legs;</li>
      <li>let go of the lance and the pavois as soon as you lose your balance;</li>
      <li>never stand up in a moving boat, except on the tintaine;</li>
      <li>rowers row only on the call of the helmsman, and stop at once when the whistle blows.</li>
    </ul>

    <h2>Is falling into the water dangerous?</h2>
    <p>No, if you fall the right way: let go of the lance and the pavois at once, keep your arms close to your body and fall feet first or on your back, away from the boat. A rescue boat follows every joust, and nobody jousts where the water is less than 2 metres deep. A jouster who feels dizzy after a fall does not joust again that day.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 14 sessions in the year and help to organise the Pavois Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Pavois, Student House: pavois@asso.umontpellier.fr, +33 4 67 14 35 64. Triolet campus, building 20, room 231; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-water-jousting-association.meta.yaml"] = sidecar(
    "Pavois, the water jousting association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/water-jousting-association-faq",
    "students, researchers and staff",
)

TEXTS["05-bollywood-dance-troupe.txt"] = """TAMASHA: THE BOLLYWOOD DANCE TROUPE - 2027-2028
University of Montpellier - Culture Department

Bollywood dance is the dance of the Hindi films made in Mumbai, where almost every film stops for songs danced by the stars and a crowd of dancers. It mixes Indian classical dance and the folk dances of India, such as the bhangra of the Punjab, with its jumps and bouncing shoulders, and the garba of Gujarat, danced in circles, with hip-hop and jazz. The hands tell the story as much as the feet, with gestures taken from classical dance, and the dancers act the words of the song with their faces. Tamasha (a Hindi and Urdu word for a show) is the Bollywood dance troupe of the Culture Department. It is led by a choreographer who trained in Mumbai and teaches at a dance school in Montpellier, and it rehearses in the dance studio of building 31, room 0.08. In 2026-2027 the troupe had 22 members from 12 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The troupe has six activities:

open class: come and dance a first chorus, no experience needed, on Thursday 30 September 2027 from 18:30 to 20:00
bhangra workshop for every member: the steps, the jumps and the shoulder moves of the bhangra, 6 sessions on Mondays from 18:30 to 20:00, from 11 October 2027
troupe rehearsal: the whole troupe, on Thursdays from 19:00 to 21:30, from 7 October 2027
Diwali evening: the troupe dances in the hall of the Student House, lit with small lamps, on Saturday 30 October 2027 at 19:00
Holi afternoon: dancing and throwing coloured powder on the lawn of the Student House, free and open to all, on Saturday 18 March 2028 from 14:00 to 17:00; wear clothes that you do not mind staining
summer show: on Friday 16 June 2028 at 20:30, in the theatre of the Student House

The general meeting of the troupe, where the members choose the songs of the year, takes place on Thursday 21 October 2027 at 18:00 in room 0.08.

MEMBERSHIP, WORKSHOP AND COSTUMES

Membership costs EUR 15 for the academic year for students and EUR 30 for staff and researchers; it includes insurance and the troupe rehearsals. The bhangra workshop costs EUR 20 for the six sessions; students with a need-based grant pay half price for it. The workshop takes 20 dancers and the troupe 24.

Members dance barefoot, in comfortable clothes for rehearsals. For the shows, the troupe lends each dancer a costume: a kurta, a long tunic worn over loose trousers, or a lehenga, a long skirt with a short blouse, with a dupatta, the long scarf that the dancers throw into the air. Dancers buy their own ghungroo, ankle bells, at EUR 14 a pair at the desk of the Culture Department, and wear them only on stage. The troupe lends the bangles and the jewellery for the evening and takes them back after the show.

You need no experience of dance and no knowledge of Hindi. Every choreography is taught in parts of 8 counts, and the choreographer films each part for the troupe's app, so that you can practise at home. The words of each song come with a translation into English and French.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I DANCE IN THE SUMMER SHOW?

1. Be a member and come to at least 12 troupe rehearsals between January and April 2028.
2. Dance the three choreographies of the show in front of the choreographer at the audition evening on Thursday 4 May 2028.
3. Attend the two dress rehearsals on Saturday 3 June and Saturday 10 June 2028, from 14:00 to 18:00.
4. Try on and collect your costume, lent for the evening, by 13 June 2028, and bring your ghungroo.
5. On the day of the show, be at the theatre at 18:00 for make-up and the sound check.

RULES OF THE REHEARSAL

Take off your shoes at the door of the studio and dance barefoot on the sprung floor, never in socks. Warm up with the choreographer for 15 minutes: a dancer who arrives after the warm-up watches and does not dance. When the choreographer claps, the music stops and everybody goes back to their place in the line. Film only with the agreement of the dancers next to you, and never post a video of the troupe without the choreographer's agreement. No food or drinks in the studio except water. The studio closes at 22:00.

THE SUMMER SHOW

On Friday 16 June 2028 at 20:30, the dancers of the year give Tamasha's summer show in the theatre of the Student House. It is free, but seats must be booked in the "Culture" tile from 1 June 2028, and it ends with a dance in which the audience is invited onto the stage.

CREDITS

Students who dance in the troupe all year and in the summer show can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Tamasha, Culture Department
E-mail: tamasha@umontpellier.fr
Phone: +33 4 67 14 53 64
Triolet campus, building 29, room 0.19. Thursday, 12:30-14:00.
"""

TEXTS["05-bollywood-dance-troupe.meta.yaml"] = sidecar(
    "Tamasha, the Bollywood dance troupe 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/tamasha-bollywood-dance-troupe",
    "students, researchers and staff",
)

TEXTS["06-international-sand-sculpture-contest-2027.md"] = """---
title: Sablier, the international sand sculpture contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/sablier-sand-sculpture-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Sablier: the international sand sculpture contest, 2027-2028

Sand sculpture is an art of patience and of water. Sculptors pack wet sand in layers into wooden forms, then carve it from the top down with trowels, spatulas and straws, keeping it damp with a spray so that it does not crumble. A good sculpture can stand for weeks, until the rain and the wind take it back. Sablier (French for hourglass) is the sand sculpture contest of the university: teams of students have six hours on the beach to carve a sculpture on a theme, in front of a jury and of the walkers on the beach. Each team must bring together students of at least two nationalities, because the contest is also a way for international and French students to meet. It is run by the Outdoor Events Office of the Culture Department and is open to every student enrolled at UM in 2027-2028, from the first year of the bachelor's degree to the doctorate, exchange students included. Teams have 3 to 6 students. The theme of 2028 is "a journey". In 2026-2027, 19 teams with students from 34 countries took part.

## What the contest involves

| Part | What it means |
|---|---|
| training | 2 workshops of 3 hours with a sand sculptor: packing the sand, on the campus, and carving, on the beach |
| sketch | a drawing of your sculpture, from the front and from the side, with a short text, for the selection |
| practice day | a day on the beach to try out your design, 3 weeks before the contest |
| contest day | 6 hours of carving on a plot of 5 by 5 metres, with 2 cubic metres of sand already packed in forms |
| prizes | €500 for the jury's first prize, €300 for the second and €150 for the third; one audience prize of €200, voted by the walkers on the beach |

Taking part is free, and the Office lends the forms, the tools and the sprays and runs a minibus. Students who attend both workshops and carve on the contest day can have it recognised as a cultural engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements on the beach.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 6 March 2028 |
| registration deadline | Sunday 26 March 2028, 23:59 |
| packing workshop | Wednesday 5 April 2028, 14:00–17:00, on the Triolet campus |
| carving workshop | Saturday 15 April 2028, 9:00–12:00, on the beach of les Aresquiers |
| sketches due | Friday 21 April 2028, 12:00 |
| teams selected for the contest | by Friday 28 April 2028 |
| practice day | Saturday 29 April 2028, 9:00–16:00 |
| contest day | Saturday 20 May 2028, 9:00–15:00, on the beach of les Aresquiers; prizes at 17:30 |

## How to enter

To take part in the contest, follow these steps:

1. Form a team of 3 to 6 students of at least two nationalities and register it in the "Culture" tile of your UM account by 26 March 2028; one student registers the team, with the names of all its members.
2. Send at least 2 members of the team to each of the two workshops, on 5 April and 15 April 2028.
3. Upload your sketch and its text in the tile by 21 April 2028 at noon; the Office selects 20 teams for the contest by 28 April 2028.
4. Come to the practice day on 29 April 2028, with the whole team if you can, and tell the Office which tools you will need by 10 May 2028.
5. On the contest day, be at the minibus in front of building 20 at 7:45, or on the beach by 8:30 for the draw of the plots.

## Rules of the sculpture

- only sand and sea water: no glue, no paint, no colouring and no structure of wood, wire or plastic inside the sculpture
- carve only inside your plot, and keep to the 6 hours: tools down at 15:00
- use the tools lent by the Office and your own kitchen tools, but no power tools
- the sculpture follows the theme of the year, and no words or signs on it may insult any person or group
- at 18:00 the teams flatten their sculptures and leave the beach as they found it

## FAQ

Can we take part a second time? Yes, but a team that won the jury's first prize cannot enter again with more than half of the same members.

Can a member of staff carve in our team? No: every member of a team must be a student enrolled at UM. Staff can vote for the audience prize like any walker.

What if it rains on the contest day? Light rain does not stop the contest. If a storm or a wind above 50 km/h is forecast, the contest moves to Sunday 21 May 2028, and the Office tells the teams by text message by 19:00 the evening before.

## Contact

Outdoor Events Office, Culture Department: sand-contest@umontpellier.fr, +33 4 67 14 53 26. Triolet campus, building 29, room 1.12; Monday to Thursday, 13:30–16:30.
"""

TEXTS["31-sandcastle-contest-2024.txt"] = """SANDCASTLE CONTEST - 2023-2024
University of Montpellier - Welcome Week Unit

This page applies to the academic year 2023-2024. In the sandcastle contest, new international students build a sandcastle on the beach in front of a jury.

WHO CAN TAKE PART

International students in their first year at UM only. Exchange students, French students and doctoral candidates cannot take part. Each student builds alone: no teams.

WHAT THE CONTEST INVOLVES

No workshop and no sketch. One afternoon only, on Saturday 27 April 2024 from 14:00 to 17:00, on the beach of Palavas: a sandcastle at most 1 metre high, on the theme "my home country", built with your own bucket and spade. The jury gives one prize, a voucher of EUR 100. The contest gives no credits. Every student pays a registration fee of EUR 5.

HOW TO REGISTER

Register by e-mail to the Welcome Week Unit by 12 April 2024. Places are given in the order of the e-mails received, up to 40 students.

1. Write to the Welcome Week Unit with your name, your programme and your country.
2. Pay the registration fee of EUR 5 at the unit by 19 April 2024.
3. Travel to Palavas on your own, by tram and bus: no transport is provided.

The winner is announced at the end of the afternoon, and every builder receives a bucket in the colours of the university.

CONTACT

Welcome Week Unit
E-mail: sandcastle-contest@umontpellier.fr
Phone: +33 4 67 14 27 31
Triolet campus, building 1, room 1.33. Thursday, 14:00-17:00.
"""

TEXTS["31-sandcastle-contest-2024.meta.yaml"] = sidecar(
    "Sandcastle contest, 2023-2024 (expired, superseded by the 2027-2028 international sand sculpture contest)",
    "https://www.umontpellier.fr/en/campus-life/culture/sandcastle-contest-2024",
    "international students",
    "2024-06-30",
)

TEXTS["10-antlion-survey-volunteers.md"] = """---
title: Fourmilion – counting the antlions of the sandy shelters, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/fourmilion-antlion-survey
audience: students, researchers and staff
language: en
---

# Fourmilion: counting the antlions of the sandy shelters

An antlion is the larva of a winged insect that looks like a slim dragonfly with clubbed antennae. The larva, about 1 centimetre long, has long curved jaws. It digs a pit shaped like a cone in fine, dry sand and waits buried at the bottom with only its jaws showing: an ant that steps over the edge slides down the loose sand into its jaws. Pits need sand that stays dry, so antlions live under rock overhangs, at the foot of old walls, under the eaves of buildings and under pines on sandy soil. Fourmilion (French for antlion), run by the Student Life Department with an entomologist of the Faculty of Sciences, trains volunteers to count and measure the pits in fixed squares of 1 metre by 1 metre in sheltered sandy places of Montpellier. In 2027, 31 volunteers counted 5,380 pits in 120 squares; 61% of the squares had at least one pit.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: antlions, their pits and the protocol | Wednesday 10 May 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| counting mornings: counting and measuring the pits of your squares with a ruler, and photographing them | Monday and Thursday mornings, from 22 May to 27 July 2028, 8:30–10:30 | 120 squares along the old walls, in the parks and in the pine woods of Montpellier | 30 | free |
| feeding evenings: watching a larva catch an ant in the terrarium of the laboratory | Wednesday, 18:00–19:30, from 31 May to 26 July 2028 | Triolet campus, building 26, room 26.04 | 15 | free |
| night search: looking with a torch for the adult antlions that fly to the lights in summer | Friday 7 July 2028, 21:30–23:30 | the park of the Triolet campus | 25 | €3, for the head torch with a red light you keep |
| results evening: the antlions of the year | Thursday 30 November 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Squares are counted by pairs of volunteers, always the same pair during a summer, and the coordinator asks the owner of each wall or park for permission before the first count.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects, but you must be able to kneel or crouch for an hour. Volunteers commit to at least 6 counting mornings between 22 May and 27 July.

## How to join

Pairs are formed in May. To join one, follow these steps:

1. Come to the introductory talk of 10 May, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Fourmilion", by 17 May 2028, saying which mornings you are free.
3. Find a partner in the app and choose two squares among those that still need a pair.
4. Count your first squares with the coordinator on Monday 22 May or Thursday 25 May 2028.
5. At this first count, collect the folding ruler, the frame of 1 metre, the fine paintbrush, the identification card and the data sheets from the coordinator.

## What to bring

A kneeling mat or an old cushion, a cap, a bottle of water, a pencil and a charged phone with the survey app.

## Rules of the survey

- never dig up a larva or poke a pit with a stick: measure the pit from above with the ruler
- never drop an ant or any other insect into a pit to watch the larva feed
- walk round the squares, never across them, and never lean on an old wall
- count a pit only if it is a clean cone; a pit half filled with sand or leaves is empty
- never count on a square where the sand is wet: come back 2 days after the rain

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, at least 8 counting mornings and the night search can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Why can I not see a larva in my pit? It is there: a clean cone means that a larva is buried at the bottom, even if you cannot see it. Larvae leave a pit when no ant falls into it for several days.

Can an antlion bite me? Its jaws are made to hold ants and cannot pierce human skin; at most, a larva held in the palm pinches a little. But there is no reason to hold one: count it, measure its pit and leave it where it is.

## Contact

Fourmilion coordinator, Student Life Department: fourmilion@umontpellier.fr, +33 4 67 14 36 83. Student House, Triolet campus, building 20, room 146; Monday and Thursday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and the troubles of daily life: tug of war, bedbugs, the summer jobs at the peach harvest, water jousting, Bollywood dance, the international sand sculpture contest, hurling, soap making, the mouflon survey and the antlion survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Ancre, Sports Department | the tug of war club, its courses, the outdoor pulls, the competition team and the Ancre Trophy | ancre@umontpellier.fr | +33 4 67 14 52 81 | Triolet campus, building 46, room 46.14 | Tuesday and Friday, 12:30–14:00 |
| Accommodation Help Desk, International Relations Department | international students who find bedbugs in their room, the letters to landlords, the kits, the guest rooms and the emergency grant | housing-help@umontpellier.fr | +33 4 67 14 27 48 | Triolet campus, building 1, room 1.18 | Monday and Wednesday, 9:30–12:30 |
| Harvest Jobs Desk, Student Life Department | the summer jobs of the agreement with the Peach Growers' Association of the Têt Valley, the applications and the training | peach-harvest@umontpellier.fr | +33 4 67 14 36 91 | Student House, Triolet campus, building 20, room 118 | Monday and Wednesday, 14:00–17:00 |
| Pavois, Student House | the water jousting association, its sessions, the club jousts, the national student tournament and the Pavois Cup | pavois@asso.umontpellier.fr | +33 4 67 14 35 64 | Student House, Triolet campus, building 20, room 231 | Thursday, 12:30–14:00 |
| Tamasha, Culture Department | the Bollywood dance troupe, the bhangra workshop, the Diwali evening, the Holi afternoon, the costumes and the summer show | tamasha@umontpellier.fr | +33 4 67 14 53 64 | Triolet campus, building 29, room 0.19 | Thursday, 12:30–14:00 |
| Outdoor Events Office, Culture Department | the international sand sculpture contest, its workshops, the practice day and the contest day | sand-contest@umontpellier.fr | +33 4 67 14 53 26 | Triolet campus, building 29, room 1.12 | Monday to Thursday, 13:30–16:30 |
| Goélands, Sports Department | the hurling and camogie club, the skills evenings, the matches and the Goélands Cup | goelands@umontpellier.fr | +33 4 67 14 52 47 | Triolet campus, building 46, room 46.11 | Monday and Wednesday, 12:30–14:00 |
| Savonnette, Culture Department | soap making courses, the open lab and the soap sale of the year | savonnette@umontpellier.fr | +33 4 67 14 53 58 | Triolet campus, building 29, room 0.24 | Tuesday and Thursday, 13:30–16:30 |
| Mouflon coordinator, Student Life Department | the mouflon survey, the binocular days, the dawn counts and the lamb counts | mouflon@umontpellier.fr | +33 4 67 14 36 45 | Student House, Triolet campus, building 20, room 137 | Tuesday and Friday, 9:30–12:30 |
| Fourmilion coordinator, Student Life Department | the antlion survey, the counting mornings, the feeding evenings and the night search | fourmilion@umontpellier.fr | +33 4 67 14 36 83 | Student House, Triolet campus, building 20, room 146 | Monday and Thursday, 14:00–17:00 |

## Useful to know

Back and joint pain: the osteopath of the Student Health Service sees students and staff free of charge, by appointment: a first consultation of 40 minutes, then up to 3 follow-up consultations in the year, for pain in the back, the neck or the joints, after sport or after long hours at a desk. A workshop on sitting at a desk and carrying a backpack takes place on the second Wednesday of each month at 12:30 in building 3, room 018. Book by e-mail or phone: osteopath@umontpellier.fr, +33 4 67 14 71 74.

Students with a disability who enter the international sand sculpture contest can ask for a beach wheelchair, a mat that makes a path across the sand to their plot, or a shaded seat by writing to the Disability Support Service at least 3 weeks before the contest day: disability-support@umontpellier.fr, +33 4 67 14 71 23, Triolet campus, building 8, room 021; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 52, Triolet campus, building 3, room 012; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment and treat free of charge bites that are infected or that cause a strong reaction, for example bedbug bites; they also give the medical certificate of fitness for sport, for example for the hurling club or the water jousting association: +33 4 67 14 71 45.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114. Do not write to a service.
"""

TEXTS["40-latvia-tug-of-war-club-and-water-jousting-club.md"] = """---
title: University of Latvia – the tug of war club and the water jousting club
url: https://www.lu.lv/en/student-life/tug-of-war-and-water-jousting
audience: students and staff
language: en
---

# University of Latvia: the tug of war club and the water jousting club

This page of the University of Latvia, in Riga, Latvia, presents the tug of war club and the water jousting club of its sports centre. It applies only to students and staff of the University of Latvia, whose clubs train in Riga, on the banks of the Daugava. Prices are in euros.

## Tug of war club

The tug of war club trains in the main hall of the university's sports centre.

| Rule | University of Latvia |
|---|---|
| age | open from 18 years old |
| beginners' course | 6 sessions, €45 |
| membership | €55 a year for students, federation licence included |
| training | Wednesday and Saturday |
| pulling boots | lent free of charge to every member |
| club tournament | Saturday 3 June 2028, €60 per team of 8 |
| credits | 3 ECTS credits |

Contact: tug of war club, tug-of-war@lu.lv, +371 6703 4410.

## Water jousting club

The water jousting club trains on a lake outside the city, from May to September.

- the club is open from 18 years old only
- the discovery session takes place on Sunday 14 May 2028
- membership costs €40 a year for students
- the federation licence costs €35 and is compulsory for every member
- the beginners' sessions cost €50
- the club does not lend shields or lances: each jouster buys them, €90
- the club's tournament takes place on Saturday 19 August 2028, at €20 per jouster
- regular jousters receive 4 ECTS credits

Contact: water jousting club, jousting@lu.lv, +371 6703 4420.
"""

TEXTS["41-durham-bedbug-support-and-bollywood-dance-troupe.md"] = """---
title: Durham University – help for international students with bedbugs, and the Bollywood dance troupe
url: https://www.durham.ac.uk/students/international/bedbugs-and-bollywood-dance
audience: students
language: en
---

# Durham University: help for international students with bedbugs, and the Bollywood dance troupe

This page of Durham University, in the north-east of England, presents the help that its international student support team gives international students who find bedbugs in their room, and the Bollywood dance troupe of its Indian society. It applies only to students of Durham University, whose colleges stand around the old city on the River Wear. Prices are in pounds sterling.

## Bedbugs in your room

International students deal with their landlords themselves; the support team gives them advice and a small grant.

| Rule | Durham University |
|---|---|
| meeting with an adviser | by phone only, within 5 working days |
| letter to the landlord | not provided: students write their own |
| treatment kit | none: students buy their own bags |
| temporary room | none |
| emergency grant | £100, for every international student |
| telling your landlord | within 7 days |

Contact: international student support, bedbugs@durham.ac.uk, +44 191 334 2110.

## Bollywood dance troupe

The Bollywood dance troupe of the Indian society rehearses in a studio of the students' union.

- members must be 18 or over
- the open class takes place on Tuesday 28 September 2027
- membership costs £20 a year for students
- the bhangra workshop has 10 sessions and costs £35
- the troupe does not lend costumes: each dancer buys their own
- dancers wear soft dance shoes, never bare feet
- the summer show takes place on Saturday 1 July 2028
- dancers receive 10 UK credits

Contact: Bollywood dance troupe, bollywood@durham.ac.uk, +44 191 334 2130.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
