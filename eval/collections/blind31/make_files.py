"""The text of every 'blind31' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-triathlon-club-2027.pdf": {
        "title": "Tri Lez: the triathlon club of UM, 2027-2028",
        "short": "Triathlon club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/tri-lez-triathlon-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Tri Lez triathlon club",
        "pages": [
            [
                ("h1", "Tri Lez: the triathlon club of UM, 2027-2028"),
                (
                    "p",
                    "A triathlon is a swim, a bike ride and a run, one after the other, with the clock running "
                    "during the changes. Tri Lez, the triathlon club of the Sports Department, trains students and "
                    "staff with a coach who holds the state coaching diploma for triathlon. This guide applies to "
                    "2027-2028. In 2026-2027, the club had 58 members.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery morning: a 200-metre swim, a 5-kilometre ride and a 2-kilometre run, at your own pace", "Saturday 9 October 2027 or Saturday 1 April 2028, 9:00–12:00", "the Antigone olympic pool, then the Triolet sports grounds", "€5, pool entry included"],
                        ["swimming technique course: front crawl, breathing and turns, in 10 sessions", "Tuesday, 7:00–8:15, from 12 October 2027", "the Antigone olympic pool", "€45, pool entry included"],
                        ["group rides of 50 to 80 kilometres", "Sunday, 8:30–11:30, from 17 October 2027", "departure from the Triolet sports hall, building 45", "free for members"],
                        ["brick sessions: a ride followed at once by a run, in 8 sessions", "Thursday, 17:30–19:30, from 2 March 2028", "the Triolet sports grounds", "€20"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery mornings take 20 people, the swimming technique course 14, the brick sessions 16 "
                    "and each group ride 24, in groups of 8. Membership costs €35 for the academic year for students "
                    "and €60 for staff and researchers; it includes insurance. Students with a need-based grant pay "
                    "half price for the course and the brick sessions; staff and researchers pay €15 more. Register "
                    "from 27 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can train?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent, and the group rides and races are "
                    "open from 18 only. To join the swimming technique course, you must be able to swim 50 metres "
                    "without stopping.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring a swimsuit and goggles; the club gives each member an orange swim cap. For the rides, "
                    "you need a road bike or a hybrid bike with two working brakes, a helmet and water; the club "
                    "lends 6 road bikes for the discovery mornings and the first two rides.",
                ),
                ("h2", "Racing the university championship"),
                (
                    "p",
                    "The club sends a team to the French university triathlon championship, a sprint triathlon of "
                    "750 metres of swimming, 20 kilometres of cycling and 5 kilometres of running, on Sunday 21 May "
                    "2028 at the Lac du Salagou. To race it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Follow the swimming technique course, or show the coach that you can swim 750 metres in "
                        "under 20 minutes, at a test on any Tuesday in October.",
                        "Ride at least 6 group rides before the end of February, so that the coach can check that "
                        "you ride safely in a group.",
                        "Take the licence of the French triathlon federation through the club, for €45, with a "
                        "medical certificate of fitness for triathlon less than 1 year old, by 31 January 2028.",
                        "Finish the club's test triathlon on Saturday 8 April 2028 at the Lac du Crès.",
                        "Put your name on the team list with the coach by 15 April 2028; the coach picks 8 racers "
                        "and 2 reserves on 22 April.",
                    ],
                ),
                ("h2", "Rules of the sessions"),
                (
                    "bullet",
                    [
                        "your helmet is fastened on every ride, from the first metre to the last;",
                        "ride in single file on the roads, and never more than two abreast;",
                        "in the pool, swim in the lane of your level and overtake only at the wall;",
                        "no headphones on rides or runs;",
                        "every rider carries a spare inner tube, tyre levers and a pump.",
                    ],
                ),
                ("h2", "Heat and storms"),
                (
                    "p",
                    "When more than 30°C is forecast, the Sunday ride starts at 7:00 instead of 8:30. Rides are "
                    "cancelled in a thunderstorm or when the wind is above 50 km/h.",
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "By when", "What happens"],
                        ["swim test", "26 October 2027", "a timed 400 metres, to place each member in a swimming group"],
                        ["winter base", "November 2027 to February 2028", "long rides and two swims a week"],
                        ["test triathlon", "8 April 2028, at the Lac du Crès", "a short triathlon of 400 metres, 10 kilometres and 2.5 kilometres"],
                        ["university championship", "21 May 2028, at the Lac du Salagou", "the sprint triathlon, with an individual and a team ranking"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For the championship, the club pays the entry fees, the minibus and the van that carries the "
                    "bikes: members only bring their own bike and their kit.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who train all year and race the university championship can have it recognised as a "
                    "sport unit worth 2 ECTS credits; those who follow the swimming technique course and finish the "
                    "test triathlon, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Tri Lez, Sports Department, trilez@asso.umontpellier.fr, +33 4 65 82 47 28. Triolet "
                    "campus, building 45, room 45.14; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-blacksmithing-workshop-2027.pdf": {
        "title": "L'Enclume: the blacksmithing workshop of UM, 2027-2028",
        "short": "Blacksmithing workshop 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/l-enclume-blacksmithing-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, L'Enclume blacksmithing workshop",
        "pages": [
            [
                ("h1", "L'Enclume: the blacksmithing workshop of UM, 2027-2028"),
                (
                    "p",
                    "A blacksmith heats a bar of steel until it glows orange, then shapes it on the anvil with a "
                    "hammer before it cools: draw it out, bend it, twist it, punch a hole in it, and heat it again. "
                    "In L'Enclume, the blacksmithing workshop of the Culture Department, a blacksmith teaches "
                    "students and staff to forge hooks, tools and knives. The workshop has two gas forges and four "
                    "anvils in a ventilated room; it burns no coal. This guide applies to the academic year "
                    "2027-2028. In 2026-2027, 64 people forged in the workshop.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: forge a wall hook in three hours", "Wednesday 20 October 2027 or Wednesday 26 January 2028, 18:00–21:00", "the forge, Triolet campus, building 11, room 11.03", "€15, steel included"],
                        ["beginners' course: drawing out, bending, twisting and punching, for a hook, a poker and a bottle opener, in 8 sessions", "Tuesday, 18:00–20:30, from 9 November 2027", "the forge, room 11.03", "€80, steel included"],
                        ["knife course: forging, grinding and hardening a small kitchen knife, in 6 sessions", "Thursday, 18:00–20:30, from 10 February 2028", "the forge, room 11.03", "€90, plus the wood of the handle at cost"],
                        ["tool-making workshop: your own tongs and punches, in 4 sessions", "Saturday, 9:30–12:30, from 15 January 2028", "the forge, room 11.03", "€35"],
                        ["open forge: the forges and anvils for your own project", "Friday, 14:00–18:00, from 14 January 2028", "the forge, room 11.03", "€6 per afternoon"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery evenings take 8 people, the beginners' course 6, the knife course 5 and the "
                    "tool-making workshop 6; the open forge has 4 anvils. Students with a need-based grant pay half "
                    "price; staff and researchers pay €20 more per course. Register from 27 September 2027 in the "
                    "\"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The knife course and the open "
                    "forge are for people aged 18 or over. Near the forges the room reaches 35°C: if you have a heart "
                    "condition or are pregnant, ask your doctor before you register.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Wear clothes of cotton or wool only, with long sleeves: synthetic fabrics melt when a spark "
                    "lands on them. Bring leather boots or safety shoes, and tie back long hair. The workshop lends "
                    "the leather aprons, the safety glasses, the ear defenders, the gloves and all the tools.",
                ),
                ("h2", "How to use the open forge"),
                ("p", "The open forge is for projects of your own. To work there, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, the knife course or the tool-making workshop this year: the "
                        "discovery evening alone is not enough.",
                        "Pass the forge safety check with the blacksmith: 15 minutes, at the end of any course "
                        "session, on lighting and shutting down a gas forge and using the fire extinguisher.",
                        "Book an anvil in the \"Culture\" tile of your UM account, for at most 3 afternoons a month.",
                        "Buy the steel you need from the workshop's stock, at cost, about €4 per kilogram, and pay "
                        "for it in the same tile.",
                        "Before you leave, close the main gas valve with the blacksmith watching and sign the forge "
                        "register.",
                    ],
                ),
                ("h2", "Rules of the forge"),
                (
                    "bullet",
                    [
                        "treat every piece of metal as hot: never touch one to find out;",
                        "hot pieces go on the cooling rack, never on the floor or on a bench;",
                        "safety glasses at all times, and ear defenders whenever someone is hammering;",
                        "quench only in the quench tank, and oil only under the hood;",
                        "never leave a lit forge, even for a minute.",
                    ],
                ),
                ("h2", "Burns"),
                (
                    "p",
                    "Cool any burn at once under cold running water for 20 minutes, at the sink next to the door. "
                    "If a burn is larger than a coin or blisters, go to the nurses of the Student Health Service, "
                    "who see students without an appointment on the Triolet campus, building 5: +33 4 65 82 70 64.",
                ),
                ("h2", "End-of-year exhibition and credits"),
                (
                    "p",
                    "The pieces of the year are shown on Wednesday 31 May 2028 at 18:00, in the hall of the Student "
                    "House. Students who follow the knife course and show their knife at the exhibition can have it "
                    "recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: L'Enclume, Culture Department, enclume@umontpellier.fr, +33 4 65 82 53 19. Triolet "
                    "campus, building 11, room 11.04; Tuesday and Thursday, 13:30–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-hedgehog-survey-volunteers.docx": {
        "title": "Hérissons des Campus: counting the hedgehogs of the campuses – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/herissons-des-campus-hedgehog-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Hérissons des Campus: counting the hedgehogs of the campuses – volunteer guide 2028"),
            (
                "p",
                "The hedgehog comes out at night, eats beetles, worms and slugs, and sleeps through the winter from "
                "November to March. It is still common in the gardens of Montpellier, but it is declining: roads, "
                "fences without gaps, pesticides and robotic lawnmowers kill or isolate it. Hérissons des Campus, run "
                "by the Student Life Department with an ecologist of the University of Montpellier, trains volunteers "
                "to find out where hedgehogs live on the Triolet and Richter campuses and in the gardens of the city. "
                "Volunteers use footprint tunnels: a tunnel of plastic with a little cat food in the middle, between "
                "two strips of ink and two sheets of paper. A hedgehog that walks through leaves its footprints on "
                "the paper. Every result goes into a national hedgehog survey. In 2027, 42 volunteers set 180 "
                "tunnels, and hedgehogs walked through 37% of them.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff. The tunnel weeks are open from 16, "
                "with the written consent of a parent for volunteers under 18; the night walks are open from 18. You "
                "need no knowledge of animals: the training evening teaches you the protocol and how to tell a "
                "hedgehog's footprints from those of a rat or a cat. Volunteers commit to running at least two "
                "tunnel weeks during the season, from April to September 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the hedgehog, the tunnel protocol and the app", "Tuesday 4 April 2028, 18:00–20:30", "Triolet campus, building 15, room 15.06", "35"],
                    ["tunnel-making morning: building tunnels from recycled plastic boards", "Saturday 15 April 2028, 10:00–13:00", "the workshop of the Student House, building 20, room 010", "12"],
                    ["tunnel week: a line of 10 tunnels checked every morning for 5 days", "any week from 17 April to 29 September 2028, at least twice in the season", "6 lines on the Triolet and Richter campuses", "2"],
                    ["night walk: looking for hedgehogs with a red torch", "Thursday, every two weeks from 4 May to 14 September 2028, 21:30–23:30", "the Triolet campus and the campus garden", "10"],
                    ["garden survey: a line of 5 tunnels lent to a volunteer who has a garden", "May to September 2028", "your own garden, in Montpellier or nearby", "1 per garden"],
                ],
            ),
            ("h1", "Running your first tunnel week"),
            ("p", "To run your first tunnel week, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Hérissons des Campus\", by 30 "
                    "March 2028.",
                    "Attend the training evening of 4 April 2028.",
                    "Book a week and a line in the app, and collect your kit from the coordinator: 10 tunnels, ink, "
                    "paper, pegs and a bag of cat food.",
                    "Set the tunnels on the Monday evening, 20 metres apart along a hedge or a wall, each with fresh "
                    "paper and a spoonful of food.",
                    "Check the papers every morning from Tuesday to Saturday, photograph every footprint, enter the "
                    "results in the app, and bring the kit back on the Saturday.",
                ],
            ),
            ("h1", "Reading the footprints"),
            (
                "p",
                "A hedgehog's footprint is about 2.5 centimetres long and shows five toes, the front feet like small "
                "hands. Rats leave narrower prints with long thin toes, and cats leave round prints without claws. "
                "When you are not sure, send the photo to the coordinator through the app: never guess, because a "
                "false hedgehog spoils the map.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never pick up a hedgehog, except to move one out of a road, with gloves, into the nearest hedge;",
                    "never give a hedgehog milk or bread: it cannot digest them, and water is enough;",
                    "at night, use only a red light, and keep at least 2 metres away from a hedgehog;",
                    "never leave a tunnel out after your week, and never set one in a private garden without the owner's agreement;",
                    "a hedgehog out in daylight is usually ill: tell the coordinator at once.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training evening and run at least two tunnel weeks can have it recognised as a student "
                "engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Hérissons des Campus coordinator, Student Life Department: herissons@umontpellier.fr, "
                "+33 4 65 82 36 71. Student House, Triolet campus, building 20, room 122; Monday and Wednesday, "
                "10:00–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-bridge-club.md"] = """---
title: Grand Chelem – the bridge club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/grand-chelem-bridge-club
audience: students, researchers and staff
language: en
---

# Grand Chelem: the bridge club of the Student House

Bridge is a card game for four players who play in two partnerships, North-South against East-West. Each deal has two parts: the auction, in which the pairs bid for the number of tricks they promise to win, and the play, in which the declarer tries to make the contract while the defenders try to stop it. A grand slam, the "grand chelem" of French players, is a contract to win all 13 tricks. Grand Chelem is the bridge club of UM students and staff. It is taught by a teacher who holds the teaching diploma of the French bridge federation, and it plays in room 132 of the Student House. This page applies to the academic year 2027-2028. In 2026-2027, the club had 36 members from 11 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery evening: the rules and your first deals | Tuesday 5 October 2027, 18:30–21:00 | Student House, building 20, room 132 | 1 | free |
| beginners' course with the teacher: from the first trick to the first contract | Thursday, 18:00–20:00 | room 132 | 10, from 14 October 2027 | €30, course book included |
| improvers' course: the bidding system, card play and defence | Monday, 18:00–20:00 | room 132 | 8, from 10 January 2028 | €25 |
| club duplicate tournament: every pair plays the same deals, and the scores are compared | Wednesday, 19:00–22:30 | room 132 | every week from 3 November 2027 | €2 per evening |
| friendly match against the bridge students of Toulouse | Saturday 25 March 2028, 10:00–18:00 | the hall of the Student House | 1 | free for members |

The beginners' course takes 20 players, at 5 tables, the improvers' course 16, and each duplicate tournament 14 tables. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration opens on 20 September 2027 in the "Student House" tile of your UM account.

Membership costs €12 for the academic year for students and €24 for staff and researchers; it includes insurance, the cards, the bidding boxes and the printed deal records. The licence of the French bridge federation is optional: it costs €20 for students, and you need it only for the university championship and federation tournaments. Bring a pen: everything else is on the tables.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; players under 18 need the written consent of a parent. You need no experience, and you do not need a partner: the club pairs players who come alone. The teacher explains in French and in English, and the bidding boxes use the international symbols.

## How to play in the university championship

The club sends 2 pairs to the French university bridge championship, on Saturday 22 April 2028. To be picked, follow these steps:

1. Follow the beginners' course, or show the teacher that you already play, at a placement deal on any Wednesday in October.
2. Play at least 8 of the club's duplicate tournaments between November and February, with the same partner if you can.
3. Take the federation licence through the club.
4. Agree your bidding system with your partner and hand in your filled-in convention card to the teacher by 28 February 2028.
5. Put your pair on the team list with the captain by 15 March 2028; the captain picks 2 pairs and 1 reserve pair on 29 March.

## Manners at the table

- bid only with the bidding box, never aloud
- never comment on a deal while the other tables are still playing it
- phones stay switched off in your bag during a tournament
- never look at the cards of another table
- call the tournament director for any irregularity, and never settle it between yourselves

## Tournament and credits

On Saturday 20 May 2028, the club holds the "Trophée Grand Chelem" in the hall of the Student House: a pairs tournament for 30 pairs, open to players from other clubs. Entry costs €8 per player for members and €12 for others, snacks included. Students who attend at least 10 sessions in the year and play in the Trophée can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

I learnt another bidding system at home. Can I keep it? Yes. The club teaches the standard French system, but in the duplicate tournaments a pair can play any system it likes, if both partners fill in a convention card and show it to their opponents before the first deal.

I have never played cards. Is bridge too hard to start in January? No: the beginners' course takes new players until 18 November, and from January the discovery evening is repeated on the first Tuesday of each month.

## Contact

Grand Chelem, Student House: grandchelem@asso.umontpellier.fr, +33 4 65 82 35 92. Triolet campus, building 20, room 132; Tuesday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-degree-verification.html"] = html_page(
    "Verifying your UM degree for employers and bodies abroad: FAQ",
    "How employers, universities and other bodies abroad can check a UM degree or a period of study, with your consent: kinds of checks, delays, prices and contact.",
    "https://www.umontpellier.fr/en/international/degree-verification-faq",
    "/fr/international/verification-des-diplomes-faq",
    """    <h1>Verifying your UM degree for employers and bodies abroad: FAQ</h1>
    <p>When you apply for a job, a further degree, a professional registration or a visa abroad, the employer or the body often wants to check with the university that your degree is real and that the copy you sent has not been altered. The Degree Verification desk of the International Relations Department of the University of Montpellier answers these checks, always in writing and only with your written consent. This FAQ applies from 1 September 2027. In 2026-2027, the desk answered 1,860 checks about 1,120 graduates and former students, for bodies in 52 countries.</p>

    <h2>Which checks can a body ask for?</h2>
    <table>
      <thead>
        <tr><th>Check</th><th>What UM confirms</th><th>Delay</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>degree check</td><td>that you hold the degree, its exact title, its level and the date on which it was awarded</td><td>3 working days</td><td>free</td></tr>
        <tr><td>check of studies without a degree</td><td>your years of enrolment, your programme and the credits you passed, for former students who left UM without the degree</td><td>5 working days</td><td>free</td></tr>
        <tr><td>transcript check</td><td>that a transcript you sent is authentic and unaltered, page by page</td><td>5 working days</td><td>free</td></tr>
        <tr><td>form of the body</td><td>the body's own verification form, filled in, signed and stamped</td><td>10 working days</td><td>€15</td></tr>
        <tr><td>urgent check</td><td>a degree check or a check of studies, answered within 1 working day</td><td>1 working day</td><td>€25</td></tr>
      </tbody>
    </table>
    <p>Delays count from the day on which the desk has both the request of the body and your consent. Degrees awarded since 1 January 1995 are checked in the university's database; for an older degree, the desk asks the university archives, and the check takes 20 working days.</p>

    <h2>Who can ask for a check?</h2>
    <p>Any employer, university, professional body, public authority or screening company, in France or abroad, and you yourself. The desk answers a body only if you have given your consent for that body. It never answers by phone: a check is always answered in writing, in English or in French.</p>

    <h2>How do I give my consent?</h2>
    <p>Consent is given online. Proceed as follows:</p>
    <ol>
      <li>Log in to the "Alumni" tile of your UM account with your former student number; graduates keep this access for life.</li>
      <li>Open "Degree verification" and enter the name and the e-mail address of the body that will check your degree.</li>
      <li>Tick what the body may see: the degree only, or also your transcript and your grades.</li>
      <li>Sign the consent online, or upload the consent form of the body, signed by you.</li>
      <li>Give the body your verification reference, a code of 10 characters that it quotes when it writes to the desk; for a form of the body or an urgent check, pay in the same tile.</li>
    </ol>

    <h2>My future employer uses a screening company. Will UM answer it?</h2>
    <p>Yes, if the company quotes your verification reference. The desk answers the company directly, within the delay of the kind of check, and the company passes the result on to your employer.</p>

    <h2>What does the desk never say?</h2>
    <p>It never states anything you have not ticked: without your agreement, your grades, your rank and your transcript are never sent. It never confirms or denies anything about a person who has not given consent, even to a public authority abroad.</p>

    <h2>My degree is in French. Does the body need a translation?</h2>
    <p>No. The desk gives the title of the degree in French with its official English translation, and answers in English to bodies outside France.</p>

    <h2>I changed my name after I graduated. What do I do?</h2>
    <p>Upload a proof of the change, such as a marriage certificate or a court decision, with your consent: the desk confirms the degree under your former name and states your current name.</p>

    <h2>Can I see what the desk has answered?</h2>
    <p>Yes. A copy of every answer is put in the same tile of your UM account on the day it is sent.</p>

    <h2>What if someone shows a false UM diploma in my name?</h2>
    <p>The desk tells the body that the document does not match its records, reports the case to the legal department of the university and tells you by e-mail.</p>

    <h2>Whom do I contact?</h2>
    <p>Degree Verification desk, International Relations Department: degree-verification@umontpellier.fr, +33 4 65 81 27 66. Triolet campus, building 1, room 1.19; Monday, Wednesday and Friday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/graduates">Graduates abroad</a>',
        '<a href="/en/alumni">Alumni network</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-degree-verification.meta.yaml"] = sidecar(
    "Verifying your UM degree for employers and bodies abroad: FAQ",
    "https://www.umontpellier.fr/en/international/degree-verification-faq",
    "graduates and former students",
)

TEXTS["03-international-students-as-tourist-office-guides-2028.md"] = """---
title: International students as guides for the Montpellier Tourist Office – the agreement for the 2028 season
url: https://www.umontpellier.fr/en/international/campus-life/students-as-tourist-office-guides
audience: international students
language: en
---

# International students as guides for the Montpellier Tourist Office

Every year, visitors from all over the world book guided walks through the historic centre of Montpellier: its narrow streets and private mansions, the Promenade du Peyrou, the oldest faculty of medicine still at work in the world and the Jardin des plantes. The Tourist Office of Montpellier Méditerranée Métropole runs these walks in French and in English with its own guides, but more and more visitors ask for a walk in their own language. Since 2024, an agreement between the University of Montpellier and the Tourist Office has allowed international students of UM to lead walks in their first language, after a training by the Office. The International Welcome Service of the International Relations Department runs the scheme on the UM side. This page applies to the 2028 season, from Saturday 1 April to Saturday 28 October 2028. In 2027, 31 student guides led 640 walks in 14 languages.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €38 for each walk of 2 hours and €55 for each walk of 3 hours, paid by the Tourist Office at the end of each month |
| paid training | five afternoons on the history of the city and on guiding a group, paid €20 each |
| time off classes | guides are excused from classes with compulsory attendance during the five training afternoons |
| city card | a Montpellier City Card for the whole season, to enter the museums and monuments of the walks for free |
| credits | 2 ECTS credits, as a student engagement unit, for guides who lead at least 12 walks |
| certificate | a certificate of work from the Tourist Office, with your languages and the number of walks you led |

Each guide leads 2 to 6 walks a month, mostly on Saturday and Sunday mornings, with groups of at most 25 visitors. The Tourist Office needs 30 student guides. Guides are employed by the Tourist Office, not by UM, on a contract for the season only.

Walks are of two kinds: the walk through the historic centre, of 2 hours, and the walk "Medicine and botany", of 3 hours, which adds the anatomy collections of the Faculty of Medicine and the Jardin des plantes.

## Who can apply?

International students enrolled at UM, exchange students and doctoral candidates included, aged 18 or over, who speak one of the languages the Tourist Office needs as a first language or at C1 level. In 2028 the Office needs Chinese, Japanese, Korean, Arabic, Portuguese, Italian, German, Spanish and Russian. The walks in English and in French are led by the Office's own guides, so the agreement does not recruit guides for them. You also need at least a B2 level in French, because the training is given in French, and you must stay in Montpellier until at least 30 June 2028. Exchange students can apply if they are allowed to work in France. Staff cannot apply under this agreement.

## How to become a student guide

An information meeting takes place on Thursday 18 November 2027 at 12:30 in the hall of the Student House. To become a student guide, follow these steps:

1. Apply in the "International" tile of your UM account by 5 December 2027, with a video of 2 minutes in which you present a place of Montpellier in your language.
2. Attend an interview in French at the Tourist Office, on the place de la Comédie, in the week of 10 January 2028.
3. Sign your contract with the Tourist Office and give your bank details and your social security number by 28 January 2028.
4. Attend the five training afternoons, every Wednesday from 2 February to 1 March 2028, from 14:00 to 17:00, at the Tourist Office.
5. Lead a first walk in March with an experienced guide of the Office listening, then your own walks from 1 April.

## Rules of the walks

- always wear the badge of the Tourist Office, with your photo and your languages
- start on time, and never finish more than 10 minutes late
- never take a group into a private courtyard without the Office's agreement
- never sell anything and never ask for tips; tips that visitors offer are yours
- on days of heat alert, take the shaded route given by the Office

## FAQ

What if nobody comes? If fewer than 3 visitors have booked, the Office cancels the walk 24 hours ahead and still pays you €15.

Am I paid if I stop before the end of the season? Yes, for every walk led and for the training. The 2 ECTS credits, however, are only for guides who have led at least 12 walks.

What if a visitor is taken ill? Call 15, then the duty manager of the Tourist Office, whose number is on the back of your badge.

## Contact

International Welcome Service, International Relations Department: city-guides@umontpellier.fr, +33 4 65 81 27 37. Triolet campus, building 1, room 1.05; Tuesday to Thursday, 13:30–16:30. The service passes questions about your contract and your pay on to the Tourist Office.
"""

TEXTS["04-faq-boxing-club.html"] = html_page(
    "Uppercut, the boxing club: FAQ",
    "Uppercut: the open evening, boxing fitness, the technique course, sparring and the Uppercut Gala.",
    "https://www.umontpellier.fr/en/campus-life/student-house/boxing-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-boxe-faq",
    """    <h1>Uppercut, the boxing club: FAQ</h1>
    <p>English boxing is fought with the fists only, in gloves, in rounds of two or three minutes: the jab, the cross, the hook and the uppercut, with footwork and defence. In amateur boxing, the bouts are short, the boxers wear a headguard, and the judges count clean punches rather than damage. "Uppercut" is the boxing club of the Student House. Its members train in the combat sports hall of the Triolet sports hall with two coaches who hold the federal coaching diploma of the French boxing federation. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 62 members from 16 countries, and a third of them were women.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open evening: hit the pads with a coach, without contact</td><td>Thursday 7 October 2027, 18:30–21:00</td><td>the combat sports hall, Triolet sports hall, building 45, room 45.08</td><td>free</td></tr>
        <tr><td>"boxing fitness": skipping, pads and bags, never any contact, in 12 sessions</td><td>Tuesday, 18:30–20:00, from 12 October 2027</td><td>the combat sports hall, room 45.08</td><td>€30</td></tr>
        <tr><td>technique course: guard, footwork and the four punches, in 10 sessions</td><td>Monday, 19:00–20:30, from 18 October 2027</td><td>the combat sports hall, room 45.08</td><td>€35</td></tr>
        <tr><td>sparring: controlled boxing with a partner, with a coach watching</td><td>Friday, 18:00–20:00, from 14 January 2028</td><td>the combat sports hall, room 45.08</td><td>included in the membership</td></tr>
        <tr><td>the "Uppercut Gala": an evening of amateur bouts with boxers from three clubs of the region</td><td>Saturday 8 April 2028, 19:00–23:00</td><td>the main hall of the Triolet sports hall</td><td>€6 for spectators, free for members</td></tr>
      </tbody>
    </table>
    <p>Membership costs €40 for the academic year for students and €70 for staff and researchers; it includes the insurance of the federation. Boxing fitness takes 24 people, the technique course 18 and each sparring session 16; the Uppercut Gala welcomes 350 spectators. A session for women only takes place every Wednesday from 18:00 to 19:30, in the same hall.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent, and sparring and bouts are open from 18 only. You need no experience: most members had never worn gloves before.</p>

    <h2>What equipment do I need?</h2>
    <p>For boxing fitness and the technique course, the club lends gloves and pads. Hand wraps are personal and never lent: buy a pair at the club's office for €6. For sparring, you need your own 16-ounce gloves, a headguard and a mouthguard; the club's group order offers the three for about €95.</p>

    <h2>How do I get to sparring?</h2>
    <p>Sparring is for boxers who can defend themselves. To take part, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Uppercut", and pay the membership.</li>
      <li>Follow the technique course and attend at least 8 of its 10 sessions.</li>
      <li>Hand in a medical certificate of fitness for boxing that is less than 1 year old, and take the licence of the federation through the club, for €38.</li>
      <li>Pass the technique check with a coach: 3 rounds of 2 minutes of shadow boxing, the four punches on the pads, and the defence against a partner's jab.</li>
      <li>Get your own gloves, headguard and mouthguard, and book each sparring session in the club's online planner.</li>
    </ol>

    <h2>What are the rules in the hall?</h2>
    <ul>
      <li>hand wraps on before any work on the pads or the bags;</li>
      <li>in sparring, the coach's "stop" ends the exchange at once;</li>
      <li>no punches below the belt, to the back or to the back of the head;</li>
      <li>take off rings, earrings, piercings and watches before you train;</li>
      <li>wipe the bags and the mats after your session.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>Stop, raise your hand and tell a coach: both coaches hold a first aid certificate, and the first aid kit is in the hall. After a blow to the head that leaves you dizzy or with a headache, you stop boxing for at least 7 days and see a doctor. Tell the club's secretary within 48 hours of any injury, for the insurance.</p>

    <h2>I don't want to be hit. Can I still take part?</h2>
    <p>Yes. Boxing fitness never has any contact, and you can stay in it all year. You can also become a judge or a timekeeper at the Uppercut Gala: the coaches train the volunteers in March.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who attend at least 20 sessions in the year and help at the Uppercut Gala can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Uppercut, Student House: uppercut@asso.umontpellier.fr, +33 4 65 82 35 47. Triolet campus, building 20, room 212; Tuesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-boxing-club.meta.yaml"] = sidecar(
    "Uppercut, the boxing club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/boxing-club-faq",
    "students, researchers and staff",
)

TEXTS["05-tambourin-club.txt"] = """LOU TAMBOURIN: THE TAMBOURIN CLUB - 2027-2028
University of Montpellier - Student House

Tambourin is the traditional ball game of the Hérault. Two teams of five players face each other across a long court and hit a small hard ball back and forth with a tambourin: a round wooden frame with a skin stretched across it, held in one hand. A team scores when the other team lets the ball stop in its half or hits it out. The game is still played every summer in the villages around Montpellier, and the French tambourin federation has its clubs in Cournonterral, Gignac, Notre-Dame-de-Londres and a dozen other villages. Lou Tambourin is the tambourin association of UM students and staff. It plays on the outdoor court of the Triolet sports grounds and, in winter, indoors in the gym. Its members come from 9 countries, and in 2026-2027 the association had 34 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each run by a coach or an experienced member:

taster afternoon: hit your first balls with the coaches, on Wednesday 29 September 2027 from 14:00 to 17:00
beginners' sessions: holding the tambourin, the serve and the return, 8 sessions on Mondays from 18:00 to 19:30, from 4 October 2027
indoor tambourin: the five-a-side game played in the gym, on Thursdays from 19:00 to 21:00, from 4 November 2027 to 24 February 2028
the university league: one match a month against the under-23 teams of the village clubs, from March to June 2028
the festival match: a match against the veterans of Cournonterral during the village festival, on Sunday 21 May 2028 at 16:00
the Coupe de la Fac: the tambourin tournament of the year, for 8 teams of 5, on Saturday 10 June 2028 from 9:00

The general meeting of the association, where the year's programme is voted, takes place on Thursday 14 October 2027 at 18:30 in room 021 of the Student House.

MEMBERSHIP AND TAMBOURINS

Membership costs EUR 18 for the academic year for students and EUR 30 for staff and researchers; it includes insurance and the balls. The beginners' sessions cost EUR 12 for the eight sessions. The club lends tambourins to every member; members who want their own can order one through the club from a craftsman in Gignac, for about EUR 85, made to the size of their hand. The licence of the French tambourin federation costs EUR 15 and is needed only for the league. Members can borrow a tambourin and two balls for the weekend at the desk of the Triolet sports hall.

Members must be 16 or over; members under 18 need the written consent of a parent. In the gym, wear sports shoes with soles that leave no marks.

HOW DO I JOIN THE LEAGUE TEAM?

1. Be a member and follow the beginners' sessions, or show the coach that you already play.
2. Take the federation licence through the club by 31 January 2028.
3. Attend at least 6 indoor sessions during the winter.
4. Play the selection match on Saturday 26 February 2028 on the outdoor court; the coach picks 7 players, 5 on the court and 2 substitutes, for the league.
5. Come to every league match, or warn the captain 72 hours before: after 2 absences without warning you leave the team.

RULES OF THE COURT

Never serve while someone is walking across the court. During the other team's serve, stay behind your line. The ball is hard: players who wear glasses wear the club's sports goggles. Spectators stay behind the barrier. Put the tambourins back in their covers after the game, and never leave one in the sun or in the rain: the skin splits. The gym closes at 22:00.

THE COUPE DE LA FAC

On Saturday 10 June 2028, from 9:00, 8 teams of 5 players from UM and from the village clubs play the Coupe de la Fac on the outdoor court of the Triolet sports grounds. Entry costs EUR 20 per team if every player is a member, and EUR 35 for other teams. The winning team receives the Coupe and a tambourin made by the craftsman of Gignac. Spectators are welcome and pay nothing.

CREDITS

Students who play the whole league and help to run the Coupe de la Fac can have it recognised as a sport unit worth 1 ECTS credit.

CONTACT

Lou Tambourin, Student House
E-mail: loutambourin@asso.umontpellier.fr
Phone: +33 4 65 82 35 29
Student House, Triolet campus, building 20, room 021. Wednesday, 12:30-14:00.
"""

TEXTS["05-tambourin-club.meta.yaml"] = sidecar(
    "Lou Tambourin, the tambourin club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/lou-tambourin",
    "students, researchers and staff",
)

TEXTS["06-changing-programme-mid-year-2027.md"] = """---
title: Changing programme at UM after the first semester, 2027-2028
url: https://www.umontpellier.fr/en/study/changing-programme-mid-year
audience: students
language: en
valid_until: 2028-09-30
---

# Changing programme at UM after the first semester, 2027-2028

Some first-year students find out in their first weeks that their programme is not the right one: a student of law who would rather study sociology, a student of biology who finds the chemistry too heavy. UM lets them change to another of its programmes at the start of the second semester, instead of losing the year. This is a mid-year change of programme: you stay a UM student, with the same student number, and only your programme changes. The Change of Programme desk of the Study Guidance Service examines the requests. This page applies to the students in the first year of a bachelor's degree or of a BUT in 2027-2028. In 2026-2027, 420 students asked to change, and 290 changed programme in January.

## When can you change, and by when do you ask?

| Your situation | What you ask for | When to ask | Your first-semester credits |
|---|---|---|---|
| you move to another programme of the same faculty | a change of programme, decided by the head of the new programme | 15 November to 10 December 2027 | kept for the courses that both programmes share |
| you move to a programme of another faculty of UM | a change of programme, after an interview with the new programme | 8 November to 3 December 2027 | not kept, except for the language and method courses |
| you want time to choose | the "Rebond" semester: a second semester of guidance, with workshops on method and a personal project, before a new programme in September 2028 | 15 November 2027 to 14 January 2028 | not kept; the Rebond semester gives 30 ECTS credits of its own |

The desk answers in 10 working days. A request made after the end of the window of your situation is only examined if places remain in the new programme, and then takes 20 working days. The second semester starts on Monday 24 January 2028 in every programme. Changing programme is free: your enrolment fees for 2027-2028 cover the new programme, and you do not pay the student and campus life contribution (CVEC) again.

## What changes and what does not

Your student number, your UM account and your student card stay the same. Your new timetable appears in your UM account on the day the change is signed. The first-semester exams you passed stay on your transcript, even when their credits do not count in the new programme. Your need-based grant continues: the desk tells the grant office itself. If you have exam arrangements for a disability, they do not follow you automatically: the Disability Support Service renews them for the new programme.

International students with a student residence permit keep their permit, which is valid for any programme of UM; you give the prefecture your new certificate of enrolment when you renew the permit.

## How to change programme

To ask for a change of programme, follow these steps:

1. Make an appointment with a guidance counsellor of the Study Guidance Service, in person or by video, to talk about your plan.
2. Log in to the "Schooling" tile of your UM account, open "Change of programme", choose the new programme or the Rebond semester, and upload a letter of one page explaining your choice.
3. For a programme of another faculty, attend the interview with the new programme in the week the desk gives you.
4. Sign the change online when it is accepted: your enrolment moves to the new programme on the same day.
5. Download your new certificate of enrolment and send it to anyone who needs it: your insurer, your employer or your funding body.

## FAQ

Can I go back to my first programme later? Yes, in September 2028, through the ordinary re-enrolment, if the head of your first programme agrees. The credits you passed in it stay on your transcript.

I am in my second year. Can I use this procedure? No. It is only for first-year students; students of later years change programme in September, by applying on the admission platform for their level.

Can I change to a programme at another university? Not with this procedure, which only covers the programmes of UM: ask the other university how it admits students during the year.

## Contact

Change of Programme desk, Study Guidance Service: change-programme@umontpellier.fr, +33 4 65 81 26 44. Triolet campus, building 3, room 3.02; Monday to Thursday, 9:30–12:30. The desk is closed from 20 December 2027 to 2 January 2028.
"""

TEXTS["10-lichen-survey-volunteers.md"] = """---
title: Lichens en Ville – reading the air of Montpellier in its lichens, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/lichens-en-ville
audience: students, researchers and staff
language: en
---

# Lichens en Ville: reading the air of Montpellier in its lichens

A lichen is a partnership between a fungus and an alga. It has no roots: it takes its water and its food from the air and the rain, and with them whatever the air carries. Some lichens disappear where the air is polluted, others spread where traffic and fertilisers bring nitrogen. By recording which lichens grow on the trunks of the trees, volunteers can map the air of a whole city, street by street. Lichens en Ville, run by the Student Life Department with a lichenologist of the Faculty of Sciences, trains UM volunteers to survey the lichens of the plane trees and lime trees of Montpellier with a grid of 10 squares placed on each trunk. In 2027, 29 volunteers surveyed 410 trees in 18 districts.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: what the lichens say about the air | Wednesday 2 February 2028, 18:30–20:00 | the hall of the Student House | 90 | free |
| identification workshop: the 30 commonest lichens of the city, with hand lenses and microscopes | Saturday 19 February or Saturday 4 March 2028, 9:30–16:30 | Faculty of Sciences, Triolet campus, building 24, room 24.10 | 16 per day | €5, for the hand lens you keep |
| survey mornings: 10 trees of a district surveyed by a team of 3 | Saturday, every two weeks from 11 March to 17 June 2028, 9:00–12:30 | the districts of Montpellier, meeting at a tram stop | 24 | free |
| a day in the Cévennes: surveying reference trees where the air is clean | Saturday 13 May 2028, 7:30–19:00 | the chestnut woods of the Séranne, north of Ganges, by minibus | 16 | €8, lunch included |
| results evening: the map of the city's air, as the lichens read it | Thursday 29 June 2028, 18:30–20:30 | the hall of the Student House | 90 | free |

Each team surveys the same 10 trees every year, so that changes in the air show up over time. The day in the Cévennes gives the survey its reference: the lichens of trees far from any road.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of botany: the workshop teaches you the commonest species, and the survey app shows a photo of each. Volunteers commit to at least 4 survey mornings between March and June.

## How to join a survey team

Teams are formed in February. To join a team, follow these steps:

1. Come to the introductory talk of 2 February, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Lichens en Ville", by 14 February 2028, saying which districts you know.
3. Attend one of the two identification workshops.
4. Pass the identification quiz in the survey app: 20 photos of lichens, at least 15 of them named correctly.
5. Meet your team at the first survey morning, where the coordinator gives you the grid, the survey sheets and your trees.

## What to bring

Your hand lens from the workshop, a pencil, a tape measure of at least 1.5 metres, a smartphone with the survey app and a charged battery, comfortable shoes, a hat and a bottle of water.

## Rules of the survey

- never scrape, pick or cut a lichen: most grow only a few millimetres a year
- survey only trees on public land, never in a private garden or courtyard
- stay on the pavement: never stand in the road to reach a trunk
- survey a tree only if its trunk measures at least 1 metre around at 1.5 metres from the ground
- enter the results of each tree in the app before you move on to the next

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend an identification workshop and at least 6 survey mornings can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I bring my child? Yes: children aged 8 or over can come to the survey mornings with a parent who is a volunteer. They love the hand lens.

What if it rains? Surveys are done in dry weather only, because wet lichens change colour. The coordinator cancels a survey morning by 20:00 the evening before.

Do I have to be good at Latin names? No. The app gives the Latin name and a French name, and the quiz accepts either.

## Contact

Lichens en Ville coordinator, Student Life Department: lichens@umontpellier.fr, +33 4 65 82 36 58. Student House, Triolet campus, building 20, room 126; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a student job and two procedures: bridge, the verification of UM degrees for employers and bodies abroad, the student guides of the Montpellier Tourist Office, boxing, tambourin, changing programme after the first semester, triathlon, blacksmithing, the hedgehog survey and the lichen survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Grand Chelem, Student House | the bridge club, its courses, the duplicate tournaments, the university championship and the Trophée Grand Chelem | grandchelem@asso.umontpellier.fr | +33 4 65 82 35 92 | Student House, Triolet campus, building 20, room 132 | Tuesday and Thursday, 12:30–14:00 |
| Degree Verification desk, International Relations Department | checks of UM degrees, studies and transcripts for employers and bodies abroad | degree-verification@umontpellier.fr | +33 4 65 81 27 66 | Triolet campus, building 1, room 1.19 | Monday, Wednesday and Friday, 9:30–12:30 |
| International Welcome Service, International Relations Department | the student guides of the Tourist Office, their applications and their credits | city-guides@umontpellier.fr | +33 4 65 81 27 37 | Triolet campus, building 1, room 1.05 | Tuesday to Thursday, 13:30–16:30 |
| Uppercut, Student House | the boxing club, boxing fitness, the technique course, sparring and the Uppercut Gala | uppercut@asso.umontpellier.fr | +33 4 65 82 35 47 | Student House, Triolet campus, building 20, room 212 | Tuesday, 12:30–14:00 |
| Lou Tambourin, Student House | the tambourin club, its sessions, the league team and the Coupe de la Fac | loutambourin@asso.umontpellier.fr | +33 4 65 82 35 29 | Student House, Triolet campus, building 20, room 021 | Wednesday, 12:30–14:00 |
| Change of Programme desk, Study Guidance Service | changes of programme after the first semester and the Rebond semester | change-programme@umontpellier.fr | +33 4 65 81 26 44 | Triolet campus, building 3, room 3.02 | Monday to Thursday, 9:30–12:30 |
| Tri Lez, Sports Department | the triathlon club, its sessions, the test triathlon and the university championship | trilez@asso.umontpellier.fr | +33 4 65 82 47 28 | Triolet campus, building 45, room 45.14 | Monday and Thursday, 12:30–14:00 |
| L'Enclume, Culture Department | blacksmithing courses, the open forge and the end-of-year exhibition | enclume@umontpellier.fr | +33 4 65 82 53 19 | Triolet campus, building 11, room 11.04 | Tuesday and Thursday, 13:30–17:00 |
| Hérissons des Campus coordinator, Student Life Department | the hedgehog survey, the tunnel weeks and the night walks | herissons@umontpellier.fr | +33 4 65 82 36 71 | Student House, Triolet campus, building 20, room 122 | Monday and Wednesday, 10:00–12:30 |
| Lichens en Ville coordinator, Student Life Department | the lichen survey, the identification workshops and the survey mornings | lichens@umontpellier.fr | +33 4 65 82 36 58 | Student House, Triolet campus, building 20, room 126 | Tuesday and Thursday, 14:00–17:00 |

## Useful to know

Exam arrangements: students with a disability who have extra time, a separate room or another arrangement for their exams contact the Disability Support Service when they change programme, so that the arrangements are renewed for the new programme before the exams: disability-support@umontpellier.fr, +33 4 65 82 70 23, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 70 64, Triolet campus, building 5, room 012; Monday to Friday, 8:30–17:00. Students who need a medical certificate of fitness for a sport (for the boxing or the triathlon licence, for example) can get one free of charge from the doctors of the same service, by appointment: +33 4 65 82 70 52. Staff ask their own doctor.

Former students who have lost the access to their UM account, for example to give their consent to a degree check, ask the IT help desk to reopen it: it-help@umontpellier.fr, +33 4 65 81 30 40.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 47.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-changing-programme-mid-year-2024.txt"] = """CHANGING PROGRAMME AFTER THE FIRST SEMESTER - 2024-2025
University of Montpellier - Schooling Office

This page applies to the first-year students of 2024-2025 who want to change to another UM programme at the start of the second semester.

WHEN TO ASK

A single window for every change of programme, within a faculty or between faculties: 2 to 20 December 2024. Requests made after 20 December 2024 are not examined.

The credits of the first semester are never kept after a change of programme: you start the new programme with the credits of the second semester only.

A change of programme costs an administrative fee of EUR 15.

The Schooling Office gives its decision within 30 days.

HOW TO ASK

1. Download the paper change of programme form from the website of the Schooling Office.
2. Have it signed by the head of your current programme and by the head of the new programme.
3. Post it to the Schooling Office with a cheque of EUR 15 and a copy of your student card.

GOING BACK

A student who changes programme cannot go back to the first programme in the same or the following academic year.

CONTACT

Schooling Office
E-mail: schooling-changes@umontpellier.fr
Phone: +33 4 65 81 26 18
Triolet campus, building 2, room 2.14. Tuesday and Thursday, 9:00-11:30.
"""

TEXTS["31-changing-programme-mid-year-2024.meta.yaml"] = sidecar(
    "Changing programme after the first semester, 2024-2025",
    "https://www.umontpellier.fr/en/study/changing-programme-mid-year-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-maastricht-bridge-club-and-triathlon-club.md"] = """---
title: Maastricht University – the bridge club and the triathlon club
url: https://www.maastrichtuniversity.nl/student-life/bridge-and-triathlon
audience: students and staff
language: en
---

# Maastricht University: the bridge club and the triathlon club

This page of Maastricht University, in the Netherlands, presents the bridge club and the triathlon club of its student sports and culture centre. It applies only to students and staff of Maastricht University, at its campuses in the inner city, at Randwyck and in Venlo.

## Bridge club

The bridge club plays in the student centre of the inner city campus, on the Tapijn grounds.

| Rule | Maastricht University |
|---|---|
| beginners' course | 12 lessons, €45 |
| group size | 24 players, open from 18 years old |
| membership | €15 a year for students, federation membership included |
| weekly tournament | Tuesday, 19:30–23:00 |
| university championship | team list closes on 1 March 2028 |
| club tournament | Saturday 3 June 2028, €10 per player |
| credits | no ECTS credits |

Contact: bridge club, bridge@maastrichtuniversity.nl, +31 43 388 52 10.

## Triathlon club

The triathlon club swims in the university sports centre at Randwyck and rides in the hills of South Limburg.

- the club is open from 18 years old only
- the swimming course has 6 sessions and costs €60; it takes 10 people
- the discovery morning takes place on Saturday 16 October 2027
- the team list for the student championship closes on 1 April 2028
- the team races the Dutch student championship in June 2028
- members pay their own entry fees and travel
- members of the team receive 3 ECTS credits

Contact: triathlon club, triathlon@maastrichtuniversity.nl, +31 43 388 47 60.
"""

TEXTS["41-oslo-boxing-club-and-degree-verification.md"] = """---
title: University of Oslo – the boxing club and degree verification
url: https://www.uio.no/english/student-life/boxing-and-degree-verification
audience: students and staff
language: en
---

# University of Oslo: the boxing club and degree verification

This page of the University of Oslo, in Norway, presents the boxing club of its student sports association and the verification of its degrees for employers and other bodies. It applies only to students and former students of the University of Oslo, at Blindern and at its other campuses in the city.

## Boxing club

The club trains in the sports centre at Blindern.

- members must be 15 or over
- no medical certificate is needed
- membership costs NOK 450 a year for students
- the beginners' course has 8 sessions and costs NOK 500
- sparring is open to all members after 2 months
- the club lends hand wraps to every member
- the club's gala takes place on Saturday 22 April 2028
- the club gives no ECTS credits

Contact: boxing club, boxing@uio.no, +47 22 85 41 30.

## Degree verification

Employers and other bodies can ask the university to confirm the degree of a graduate.

| Rule | University of Oslo |
|---|---|
| delay | 2 working days for every check |
| price | NOK 200 for every check |
| urgent checks | not offered |
| degrees that can be checked | degrees awarded since 2000 only |
| consent of the graduate | by e-mail to the university |
| answers by phone | given to employers who call the office |
| transcript check | not offered |

Contact: degree verification, verification@uio.no, +47 22 85 50 60.
"""



if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
