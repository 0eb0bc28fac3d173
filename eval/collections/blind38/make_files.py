"""The text of every 'blind38' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-canyoning-club-2027.pdf": {
        "title": "Cascade: the canyoning club of UM, 2027-2028",
        "short": "Canyoning club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/cascade-canyoning-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Cascade canyoning club",
        "pages": [
            [
                ("h1", "Cascade: the canyoning club of UM, 2027-2028"),
                (
                    "p",
                    "Canyoning means going down a river gorge on foot: walking in the stream, swimming across deep "
                    "pools, sliding down rock chutes, jumping into the water and abseiling down waterfalls on a "
                    "rope, in a thick wetsuit, a helmet and a harness. The gorges of the Cévennes, the Hérault and "
                    "the Orb are among the finest in Europe. Cascade is the canyoning club of "
                    "the Sports Department; all its descents are led by qualified instructors. This guide applies to "
                    "2027-2028. In 2026-2027, the club had 47 members.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["rope evenings: knots, abseiling and safety on the rope, indoors", "Tuesday, 19:00–21:00, from 11 January to 28 March 2028", "the climbing wall of the gym, building 50", "included in the membership"],
                        ["discovery descent: a short, easy canyon with slides and small jumps", "Saturday 6 May 2028, 9:00–17:00", "an easy canyon of the Hérault valley, 1 hour from Montpellier", "€25, transport and equipment included"],
                        ["beginners' course: from walking and swimming in the stream to abseils of 15 metres, in 4 days", "Saturdays 13, 20 and 27 May and 3 June 2028, 8:00–18:00", "canyons of the Hérault and the Orb", "€140, transport and equipment included"],
                        ["club outings: canyons of every level with the club's instructors", "Saturday or Sunday, from 17 June to 24 September 2028", "the Cévennes, the Hérault and the Orb", "€20 per day"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery descent takes 12 people and the beginners' course 10; on the club outings, each "
                    "instructor leads a group of 8. Membership costs €45 for the academic year for students and €70 "
                    "for staff and researchers, insurance and the loan of the wetsuit, helmet, harness and rope "
                    "gear included. No federation licence is needed: the club's insurance covers all its activities. "
                    "Register from 3 January 2028 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or "
                    "over: the club takes no minors. Every member must be able to swim 25 metres in deep water "
                    "without help and to jump into the water from a height of 2 metres; the instructors check both "
                    "at the discovery descent or on the first day of the beginners' course.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Old trainers with soles that grip, or canyoning shoes, never sandals; a swimsuit to wear under "
                    "the wetsuit; a packed lunch and 1.5 litres of water, carried in the waterproof drum that the "
                    "club lends; dry clothes and a towel for the drive back.",
                ),
                ("h2", "Joining the club outings"),
                ("p", "To join the club outings, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or show the club a record of at least 5 canyons done with a "
                        "professional guide.",
                        "Attend at least 4 rope evenings and pass the rope test by 28 March 2028: abseil 10 metres "
                        "on your own and lock the rope when the instructor calls out.",
                        "Attend the safety briefing on storms, rising water and first aid on Wednesday 14 June "
                        "2028, from 18:30 to 20:30, in room 50.06.",
                        "Book each outing in the club's app by the Wednesday before; the club cancels by text "
                        "message at 20:00 the evening before if storms are forecast upstream.",
                        "Pay €20 per day in the app; the club's minibus leaves the Triolet campus at 7:30.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "wear the helmet and the wetsuit from the top of the canyon to the bottom, even on hot days;",
                        "never jump before an instructor has checked the depth of the pool below;",
                        "never go into a canyon after a storm or when the water turns brown;",
                        "stay between the first and the last instructor of your group at all times;",
                        "blow your whistle three times if you see someone in trouble.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["rope training indoors", "Tuesdays from 11 January to 28 March 2028, building 50", "knots, abseils and the rope test; no canyons in winter"],
                        ["first descents", "May and early June 2028", "the discovery descent and the beginners' course"],
                        ["Cascade Night", "Friday 6 October 2028, 19:00–23:00, on the terrace of the Student House", "closing evening: the photos of the summer and a barbecue"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "When the water rises"),
                (
                    "p",
                    "A storm upstream can make the water rise within minutes, even under a blue sky. If the water suddenly rises, turns brown or starts carrying leaves and branches, climb at "
                    "once onto a ledge above the dark line that high water leaves on the rock, and wait there for "
                    "the instructor's signal. Never try to cross the stream or swim back upstream.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the beginners' course and at least 6 club outings can have it recognised "
                    "as a sport unit worth 2 ECTS credits; students who follow the beginners' course and pass the "
                    "rope test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Cascade, Sports Department, cascade@umontpellier.fr, +33 4 67 14 52 47. Triolet "
                    "campus, building 48, room 48.16; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-kintsugi-workshop-2027.pdf": {
        "title": "Fêlures: the kintsugi workshop of UM, 2027-2028",
        "short": "Kintsugi workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/felures-kintsugi-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Fêlures kintsugi workshop",
        "pages": [
            [
                ("h1", "Fêlures: the kintsugi workshop of UM, 2027-2028"),
                (
                    "p",
                    "Kintsugi, \"golden joinery\" in Japanese, is the art of mending broken pottery with lacquer "
                    "dusted with gold, so that the cracks show instead of being hidden. The traditional lacquer, "
                    "urushi, is the sap of an Asian tree: it hardens in a warm, damp cabinet, one thin layer a week, "
                    "and until then it can give the skin a strong rash. Fêlures, the kintsugi workshop of the Culture Department, is taught "
                    "by a ceramics restorer in the restoration room of the Student House. Beginners work with a "
                    "modern resin and brass powder; the traditional course uses urushi and real gold. This guide "
                    "applies to 2027-2028. In 2026-2027, 36 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: mend a cracked bowl with resin and brass powder", "Wednesday 13 October 2027 or Wednesday 9 February 2028, 18:00–21:00", "the restoration room, Student House, building 20, room 018", "€12, bowl included"],
                        ["beginners' course: gluing, filling the gaps, sanding and gilding with modern materials, in 5 sessions", "Wednesday, 18:00–21:00, from 10 November to 8 December 2027", "the restoration room", "€70, materials included"],
                        ["traditional course: urushi lacquer and gold powder, in 8 sessions, one layer a week", "Saturday, 10:00–13:00, from 4 March to 22 April 2028", "the restoration room", "€150, gold included"],
                        ["repair clinic: bring a broken cup and the restorer tells you how to save it", "Thursday 18 May 2028, 17:00–20:00", "the hall of the Student House", "free"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 12 people, the beginners' course 10 and the traditional course 6. "
                    "Students with a need-based grant pay half price; staff and researchers pay €20 more per course. "
                    "Register from 27 September 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The traditional course is "
                    "open from 18 only, to people who have followed the beginners' course and passed the skin test: "
                    "at the last beginners' session, the restorer puts a drop of diluted urushi on the inside of "
                    "your forearm, and anyone who gets a rash within 3 days cannot follow the traditional course.",
                ),
            ],
            [
                ("h2", "What to wear and bring"),
                (
                    "p",
                    "Old clothes with long sleeves. The workshop lends gloves, dust masks and tools. Bring your own "
                    "broken pieces only if they are ceramics or "
                    "porcelain, with every fragment: glass and plastic do not hold the lacquer. A piece mended with "
                    "resin must never again hold food or drink; a piece mended with urushi can, once it has hardened "
                    "for 3 months.",
                ),
                ("h2", "Joining the traditional course"),
                ("p", "To join the traditional course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course.",
                        "Pass the skin test at the last session of the beginners' course, on 8 December 2027.",
                        "Register in the \"Culture\" tile of your UM account by 11 February 2028 and pay the price "
                        "of the course, €150.",
                        "Bring to the first session, on Saturday 4 March 2028 at 10:00, a broken piece of ceramics "
                        "or porcelain no larger than a dinner plate, with all its fragments.",
                        "Collect your mended piece at the desk of the Culture Department from 19 May 2028, once "
                        "the last layer has hardened in the drying cabinet.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "never touch wet urushi with bare skin: gloves and long sleeves at all times;",
                        "no food or drinks in the restoration room;",
                        "label every piece with your name and put it in the drying cabinet, never on a windowsill;",
                        "clean the brushes and the tables with the cleaning oil, never with water;",
                        "pick up ceramic dust with the vacuum cleaner, never with a broom.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If lacquer touches your skin, wipe it off at once with vegetable oil, then wash with soap and "
                    "cold water; if a rash appears or spreads, call the nurses of the Student Health Service: "
                    "+33 4 67 14 71 35. For a deep cut, press a clean cloth on the wound and call 15.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The pieces of the year are shown in the library of the Richter campus from 22 May to 2 June "
                    "2028. Students who follow the beginners' course and the traditional course and show a piece "
                    "there can have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Fêlures, Culture Department, felures@umontpellier.fr, +33 4 67 14 53 68. Triolet "
                    "campus, building 29, room 0.22; Tuesday and Friday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-seahorse-survey-volunteers.docx": {
        "title": "Cavalets: counting the seahorses of the Thau lagoon – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/cavalets-seahorse-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Cavalets: counting the seahorses of the Thau lagoon – volunteer guide 2028"),
            (
                "p",
                "Two species of seahorse live in the Thau lagoon, between Sète and Agde. They hold on to the "
                "seagrass with their tails, swim upright by beating a small fin on their back, and feed on tiny "
                "shrimps that they suck in through their snout; it is the male that carries the eggs, in a pouch "
                "on his belly, until they hatch. The seagrass meadows where they live have shrunk in many "
                "lagoons, and nobody knows for sure whether the seahorses of Thau are doing better or worse than "
                "ten years ago. Cavalets, run by the Student Life Department with a marine biologist of the "
                "Faculty of Sciences, trains volunteers to snorkel along 20 lines of 100 metres laid over the "
                "seagrass, along the shores of Balaruc-les-Bains and Marseillan, every summer. Its results go "
                "into a national observatory of seahorses. In 2027, 34 volunteers counted 286 seahorses.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of marine life and no diving licence, but you must be able to swim 200 metres in open "
                "water without stopping, and you need a medical certificate of fitness for snorkelling less than "
                "1 year old. Volunteers commit to at least 4 line swims between 7 June and 13 September 2028. "
                "People who get seasick or who have ear problems talk to the coordinator before they sign up.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the two seahorses, the seagrass, the protocol and the underwater slate", "Thursday 18 May 2028, 18:00–21:00", "Triolet campus, building 24, room 24.03", "40"],
                    ["pool session: snorkelling, clearing the mask and following a line", "Saturday 27 May or Saturday 3 June 2028, 9:00–12:00", "the pool of the Triolet sports complex, building 44", "16"],
                    ["line swim: following a 100-metre line over the seagrass and noting every seahorse on the slate", "Wednesday and Saturday mornings from 7 June to 13 September 2028, 8:30–11:30", "20 lines along the shores of Balaruc-les-Bains and Marseillan", "4"],
                    ["night snorkel: watching the seahorses feed by torchlight", "Friday 21 July and Friday 18 August 2028, 21:30–23:30", "the shore of Balaruc-les-Bains", "8"],
                    ["results evening: the seahorse map of the year", "Thursday 23 November 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Doing your first line swim"),
            ("p", "To do your first line swim, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Cavalets\", by 12 May 2028.",
                    "Upload in the same tile your medical certificate of fitness for snorkelling.",
                    "Attend the training evening of 18 May 2028 and one of the two pool sessions.",
                    "Join a team of four in the app, and book a line and a morning.",
                    "Collect your kit from the coordinator: a wetsuit, a mask and snorkel, fins, a buoy with a "
                    "red flag, the underwater slate and the map of your line.",
                ],
            ),
            ("h1", "Which seahorse is it?"),
            (
                "p",
                "The long-snouted seahorse has a mane of small fleshy threads on its head and along its neck. The "
                "short-snouted seahorse is smooth, with no mane, and its snout is shorter than a third of its "
                "head. Note both in the app, with the height of the seagrass where you saw them. The pipefish, a "
                "thin, straight cousin of the seahorse, is common in the seagrass too: note it apart. A seahorse "
                "found on bare sand is noted with its position and never moved.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never touch, catch or chase a seahorse, and never take a photo with a flash;",
                    "stay within 10 metres of your teammates and tow the buoy with the red flag at all times;",
                    "never stand on the seagrass or kick it: float over it with slow fin strokes;",
                    "no swim when the wind is above 20 knots or a storm is forecast: the coordinator cancels by text "
                    "message at 7:00;",
                    "rinse the kit in fresh water and hang it up in the store after each swim.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students "
                "who attend the training evening, 6 line swims and a night snorkel can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Cavalets coordinator, Student Life Department: cavalets@umontpellier.fr, +33 4 67 14 36 91. "
                "Student House, Triolet campus, building 20, room 136; Tuesday and Thursday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-canoe-polo-club.md"] = """---
title: Pagaie – the canoe polo club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/pagaie-canoe-polo-club
audience: students, researchers and staff
language: en
---

# Pagaie: the canoe polo club of the Sports Department

Canoe polo is handball played in kayaks. Two teams of five players, each in a short, round-nosed kayak, try to throw a ball into a goal hung 2 metres above the water at each end of a pitch of 35 by 23 metres. Players pass the ball by hand or lift it with the blade of their paddle, may hold it for only 5 seconds, and may push an opponent who has the ball by the shoulder, or tip them over. Every player wears a helmet with a face guard and a buoyancy aid. Pagaie ("paddle" in French) is the canoe polo club of the Sports Department. It trains in the 25-metre pool of the Triolet sports complex, building 44, and in spring on the river Lez, at the Sports Department's boathouse near the Pont Juvénal. This page applies to the academic year 2027-2028. In 2026-2027, the club had 42 members from 13 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: paddling, tipping over and your first passes | Wednesday 22 September 2027, 19:00–21:00 | the pool, building 44 | 1 | free |
| beginners' course: paddle strokes, the Eskimo roll and handling the ball | Monday, 19:00–20:30 | the pool | 8, from 4 October 2027 | €30 |
| club training: drills and matches for every level | Wednesday and Friday, 20:00–22:00 | the pool | every week from 29 September 2027 | included in the membership |
| river evenings: matches in the open air | Thursday, 18:30–20:30, from 6 April to 22 June 2028 | the boathouse on the Lez | 12 | €3 per evening |
| "Pagaie Trophy": the club's tournament for teams of five | Sunday 21 May 2028, 9:00–18:00 | the boathouse on the Lez | 1 | €30 per team, lunch included |

The discovery session takes 24 people, the beginners' course 12 and each club training 30; the Pagaie Trophy has room for 16 teams. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration opens on 15 September 2027 in the "Sport" tile of your UM account.

Membership costs €35 for the academic year for students and €60 for staff and researchers; it includes insurance and the loan of a kayak, a paddle, a helmet and a buoyancy aid. The licence of the French canoe-kayak federation costs €32 and is needed only for the regional championship. You do not need any equipment of your own: bring a swimsuit, a T-shirt or rash vest for the river evenings, and nothing else. Jewellery and watches stay in the changing room.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience, but at the first session every new member passes the capsize test: tip over, get out of the kayak under water and swim 25 metres in the buoyancy aid.

## How to play in the championship team

The club enters a team of eight in the regional canoe polo championship, with five rounds on Sundays from February to June 2028. To play in it, follow these steps:

1. Learn the Eskimo roll and show it to the coach at a club training by 19 November 2027.
2. Take the licence of the French canoe-kayak federation through the club, for €32, with a medical certificate of fitness for sport less than 1 year old, by 10 December 2027.
3. Play the selection match on Friday 14 January 2028, from 20:00; the coach picks eight players.
4. Buy the team's numbered bib, €12, at the desk of the Sports Department by 28 January 2028.
5. Say in the club's app, by the Tuesday before each round, whether you can play; the club pays the travel and the trailer that carries the kayaks.

## Rules of the pool

- raise your paddle only to play the ball, and never swing it near a player's head
- wear the helmet with its face guard and the buoyancy aid whenever you are in a kayak
- shower before you get into the pool, and never walk on the pool deck in outdoor shoes
- carry the kayaks in pairs: never drag them over the tiles
- empty the kayaks and hang the buoyancy aids up to dry after the last match of the evening

## Credits

Students who attend at least 20 sessions in the year and help to run the Pagaie Trophy can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

Can I bring a friend who is not at UM? Yes, twice per semester, for €4 each time; your friend signs the insurance form at the desk of the pool.

I am scared of being stuck upside down. The spray decks of the beginners' kayaks open with a pull loop, and the coach teaches you to get out under water in the shallow end at your first session, before any game.

## Contact

Pagaie, Sports Department: pagaie@umontpellier.fr, +33 4 67 14 52 31. Triolet campus, building 48, room 48.14; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-parcels-and-customs-international-students.html"] = html_page(
    "Receiving parcels and your belongings from home – FAQ for international students",
    "What you pay on a parcel from outside the EU, your belongings, food and medicines, a parcel held at customs, the refund of duties and parcels sent to the desk.",
    "https://www.umontpellier.fr/en/international/parcels-and-customs-faq",
    "/fr/international/colis-et-douane-faq",
    """    <h1>Receiving parcels and your belongings from home – FAQ for international students</h1>
    <p>Many international students have their winter clothes, their books or a box of home cooking sent on after them. A parcel from outside the European Union goes through customs, and the carrier may ask you for documents, or for duties and VAT, before it delivers it. The Arrivals Desk of the International Relations Department explains the rules, gives you the certificates that customs ask for, helps you claim back money paid by mistake and can receive your parcels while you have no address. This FAQ applies to degree students and exchange students in 2027-2028. In 2026-2027, the desk helped 212 students whose parcel was held at customs.</p>

    <h2>Will I have to pay anything on a parcel?</h2>
    <p>It depends on what is inside and where it comes from:</p>
    <table>
      <thead>
        <tr><th>What arrives</th><th>What you pay</th></tr>
      </thead>
      <tbody>
        <tr><td>your own used belongings, sent when you settle in France</td><td>nothing, if they arrive within 12 months of your arrival and you have owned them for at least 6 months</td></tr>
        <tr><td>a gift from a private person outside the EU, worth up to €45</td><td>nothing</td></tr>
        <tr><td>a gift worth more than €45, or anything bought online outside the EU</td><td>VAT of 20%, customs duties above €150, and the carrier's handling fee, about €10</td></tr>
        <tr><td>a parcel sent from another EU country</td><td>nothing: there is no customs check</td></tr>
      </tbody>
    </table>

    <h2>What do customs ask for my own belongings?</h2>
    <p>A list of the belongings in the parcel, in French or in English, with their approximate value, dated and signed; a copy of your passport and of your visa or residence permit; and a certificate of enrolment. The desk gives a certificate of enrolment for customs within 2 working days of your request. Exchange students who stay less than 12 months bring their belongings in only for the time of their stay: keep the signed list, since you must take the same things home.</p>

    <h2>Can my family send me food?</h2>
    <p>Yes, but a parcel from outside the EU may not contain meat, milk or anything made from them, nor fresh fruit, vegetables, plants or seeds: customs destroy them. Dry packaged food such as tea, spices, rice, biscuits or sweets is allowed, up to 10 kg per parcel.</p>

    <h2>And medicines?</h2>
    <p>Up to 3 months of treatment, with a copy of the prescription inside the parcel. Customs hold larger amounts until a doctor in France has written a new prescription.</p>

    <h2>I have no address yet. Where can I have a parcel sent?</h2>
    <p>During your first 6 weeks in Montpellier, you can have up to 3 parcels sent to the desk, each weighing at most 5 kg. Write your name, your student number and "c/o Arrivals Desk" above the address of the desk. The desk keeps each parcel for 15 days and hands it over against your student card or your passport.</p>

    <h2>My parcel is held at customs. What do I do?</h2>
    <p>If customs hold your parcel, proceed as follows:</p>
    <ol>
      <li>Read the notice from the carrier or the post office: it gives the reference of the parcel and how many days you have to answer, usually 10.</li>
      <li>Ask the desk for a certificate of enrolment for customs in the "International" tile of your UM account; you receive it within 2 working days.</li>
      <li>Send the carrier, through the link in the notice, the documents it asks for: for your own belongings, the signed list, a copy of your passport and residence permit, and the certificate.</li>
      <li>Pay the VAT and the duties online if any are asked, then choose a day for the delivery.</li>
      <li>If you were charged for your own belongings, claim the money back within 30 days with the signed list; the desk helps you fill in the claim.</li>
    </ol>

    <h2>Can UM help me pay?</h2>
    <p>Yes, if you hold a need-based grant or a UM scholarship for international students. The desk pays back the duties and VAT paid on one parcel of belongings per academic year, up to €80. Apply in the "International" tile within 1 month of the delivery, with the receipt of the carrier. The refund does not cover the postage.</p>

    <h2>What about sending things home at the end of my stay?</h2>
    <p>In June and July, the desk gives out free used moving boxes and lends a parcel scale; you pay the postage yourself. Parcels to another EU country need no customs form; for a country outside the EU, fill in the customs declaration at the post office and list every item.</p>

    <h2>I am an exchange student. Is it the same for me?</h2>
    <p>Yes: the certificate, the parcels sent to the desk and the refund are the same, apart from the rule on belongings brought in for the time of your stay.</p>

    <h2>Whom do I contact?</h2>
    <p>Arrivals Desk, International Relations Department: arrivals-desk@umontpellier.fr, +33 4 67 14 27 45. Triolet campus, building 1, room 1.05; Monday, Tuesday and Thursday, 10:00–13:00.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/international/scholarships">Scholarships for international students</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-parcels-and-customs-international-students.meta.yaml"] = sidecar(
    "Receiving parcels and your belongings from home – FAQ for international students",
    "https://www.umontpellier.fr/en/international/parcels-and-customs-faq",
    "international students",
)

TEXTS["03-international-students-on-the-cevennes-steam-train-2028.md"] = """---
title: International students as summer staff on the Cévennes steam train, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/cevennes-steam-train-jobs
audience: international students
language: en
---

# International students as summer staff on the Cévennes steam train

Between Anduze and Saint-Jean-du-Gard, a steam train runs for 13 kilometres along the valley of the Gardon, over four viaducts and through a long tunnel, with a stop at the bamboo garden of Anduze. It runs from April to October and, in July and August, carries up to 900 passengers a day in closed carriages and open summer carriages. Since 2025, an agreement between the University of Montpellier and the Cévennes Steam Railway Association, which runs the line, offers international students paid summer jobs: they welcome passengers at the two stations, give the commentary on board in their languages, sell tickets, serve in the buffet car and help the crew clean the carriages at the end of the day. The Summer Jobs Desk of the Student Life Department recruits and prepares the students. This page applies to the summer season 2028, from Monday 3 July to Sunday 3 September 2028. In the summer of 2027, 14 students worked 460 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.60 gross an hour, and €1.20 more an hour on days when you give the commentary in a language other than French and English, paid by the association at the end of each month |
| hours | 7 hours a day, from 9:00 to 17:00 with an hour for lunch; at most 4 days a week, weekends included |
| transport | a coach from the Triolet campus at 7:45, back by 18:30, free on every day worked |
| lodging | a bed in a shared room of the association's gîte in Anduze, €10 a night |
| meals | a lunch voucher of €9 for the station café on each day worked |
| clothing | a cap, two polo shirts and a railway waistcoat, lent for the season, and safety shoes for cleaning the carriages |
| rides | free return trips on the train for you and up to 4 guests, on days when you do not work |
| training | 2 days of training on the history of the line, safety on the platforms and the commentary, paid like working days |

Contracts are fixed-term summer contracts signed with the association, which is your employer: UM is not. The association expects 20 students this summer.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students included if their visa or residence permit is valid until at least 3 September 2028, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. Commentary guides need a level of French of at least B2 and a level of English of at least B1; for the ticket office and the buffet car, A2 in French is enough. A third language is a plus, above all German, Dutch, Spanish, Italian or Japanese. You must be free for at least 3 weeks in a row in July and August.

## How to become summer staff

An information meeting takes place on Tuesday 15 February 2028 at 12:15 in lecture theatre C of building 9. To become summer staff, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 10 March 2028, with a CV in French, the weeks on which you are free and the languages in which you could give the commentary.
2. Take a language test by video and a half-day trial at Anduze station on Saturday 25 March or Saturday 1 April 2028; the association pays the journey to the trial.
3. Receive the answer by 14 April 2028 and sign your contract with the association by 5 May 2028.
4. Learn the 9-page commentary that comes with your contract, and attend the two days of training at Anduze on Thursday 29 and Friday 30 June 2028.
5. Choose your days in the association's planning by 16 June 2028; any change is confirmed by text message at least 72 hours ahead.

## Rules on the line

- never cross the track, and stay behind the white line on the platform while a train moves
- keep passengers' heads and arms inside the carriages, above all in the tunnel
- never climb onto the engine or into the cab unless the driver asks you to
- wear your cap and your badge at all times on duty, and drink water at every stop

## FAQ

What happens on days of high fire risk? Sparks from a steam engine can set the dry hillsides alight, so on days of very high fire risk in the Cévennes a diesel engine pulls the train instead and the timetable stays the same. A day cancelled by the association after 7:00 on the same morning is paid 4 hours.

Is the commentary hard to learn? It takes about a week of evenings. Guides give it with a microphone, carriage by carriage, and can read it from the tablet during their first week.

## Contact

Summer Jobs Desk, Student Life Department: steam-train-jobs@umontpellier.fr, +33 4 67 14 36 52. Student House, Triolet campus, building 20, room 118; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["04-faq-underwater-hockey-association.html"] = html_page(
    "Poulpes, the underwater hockey association: FAQ",
    "Poulpes: the discovery session, the beginners' sessions, club training, the sea outings, the Poulpes Cup and the championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/underwater-hockey-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-hockey-subaquatique-faq",
    """    <h1>Poulpes, the underwater hockey association: FAQ</h1>
    <p>Underwater hockey was invented in England in 1954 by divers who wanted to keep fit in winter. Two teams of six players, with a mask, a snorkel and fins, push a lead puck of about 1.3 kilos along the bottom of a pool with a short stick, holding their breath, and try to put it into the other team's goal, a metal tray 3 metres wide lying on the bottom. Players take turns: six are in the water, four wait at the side, and they swap at any moment. Poulpes ("octopuses" in French) is the underwater hockey association of the Student House. Its members play in the 25-metre pool of the Triolet sports complex, and snorkel in the sea in June. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 38 members from 12 countries.</p>

    <h2>What does the association offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: mask, fins and snorkel, the stick and your first goals</td><td>Tuesday 28 September 2027, 20:00–22:00</td><td>the pool of the Triolet sports complex, building 44</td><td>free</td></tr>
        <tr><td>beginners' sessions: swimming with fins, diving head first, pushing and passing the puck, in 6 sessions</td><td>Saturday, 10:00–11:30, from 9 October 2027</td><td>the pool</td><td>€15</td></tr>
        <tr><td>club training: drills and games for every level</td><td>Tuesday and Thursday, 21:00–22:30, from 5 October 2027</td><td>the pool</td><td>included in the membership</td></tr>
        <tr><td>sea outings: snorkelling along a rocky coast</td><td>Sunday 4 June and Sunday 18 June 2028, 9:00–17:00</td><td>the coast of Cap d'Agde, by minibus</td><td>€12 per outing, transport included</td></tr>
        <tr><td>the "Poulpes Cup": a tournament for student teams from the whole of France</td><td>Saturday 11 March 2028, 9:00–19:00</td><td>the pool</td><td>€36 per team</td></tr>
      </tbody>
    </table>
    <p>Membership costs €15 for the academic year for students and €25 for staff and researchers; it includes insurance and the loan of a stick, a glove and a cap with ear guards. The licence of the French underwater sports federation, €38, is needed only to play in the national student championship and is taken through the association. The discovery session takes 30 people, the beginners' sessions 20, club training 40 and each sea outing 16; the Poulpes Cup has room for 12 teams.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You must be able to swim 100 metres without stopping, but you need no diving experience. Every member gives the association a medical certificate of fitness for underwater sports, less than 1 year old, by the second session at the latest.</p>

    <h2>Do I need my own mask and fins?</h2>
    <p>Not at first: the association lends masks, snorkels and fins for the discovery session and the six beginners' sessions. After that, members bring their own; the association sells a set of mask, snorkel and fins for €45. Wear a one-piece swimsuit or tight swimming trunks, and no jewellery; tie long hair back under the cap.</p>

    <h2>I wear glasses. Can I still play?</h2>
    <p>Yes. The association lends masks with corrective lenses from -1 to -6 dioptres. If your sight is weaker than that, or if you are long-sighted, order your own mask with lenses at an optician; contact lenses are not allowed under the mask.</p>

    <h2>How do I play in the national student championship?</h2>
    <p>The association enters a team of ten in the national student championship, with three tournament weekends from January to April 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Attend at least 8 sessions of club training.</li>
      <li>Take the licence of the French underwater sports federation through the association, €38, by 3 December 2027.</li>
      <li>Come to the team selection at club training on Thursday 9 December 2027: the coach picks ten players.</li>
      <li>Order the team cap, €14, in the association's online shop by 14 January 2028.</li>
      <li>Tell the coach in the group chat, by the Sunday before each tournament weekend, whether you can play; the association pays the travel.</li>
    </ol>

    <h2>What are the rules in the water?</h2>
    <ul>
      <li>push the puck only with the stick, never with your hand or your glove;</li>
      <li>never grab another player, their fins or their snorkel;</li>
      <li>never breathe fast and deep before a dive to stay down longer: it can make you faint under water;</li>
      <li>come up as soon as you need air, and never dive when no coach is watching from the side;</li>
      <li>rinse the masks and hang the fins up to dry after the session.</li>
    </ul>

    <h2>What if someone feels unwell?</h2>
    <p>A player who comes up dizzy or confused leaves the water at once and sits at the side with a coach. Anyone who does not come up is brought to the surface by the nearest players, and the coach calls 15. The first aid kit and the oxygen are in the lifeguards' room; the nurses of the Student Health Service see students without an appointment, Monday to Friday, in building 5.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 18 sessions in the year and help to organise the Poulpes Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Poulpes, Student House: poulpes@asso.umontpellier.fr, +33 4 67 14 35 62. Triolet campus, building 20, room 224; Wednesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-underwater-hockey-association.meta.yaml"] = sidecar(
    "Poulpes, the underwater hockey association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/underwater-hockey-association-faq",
    "students, researchers and staff",
)

TEXTS["05-student-brass-band.txt"] = """LA FANFARONNE: THE STUDENT BRASS BAND - 2027-2028
University of Montpellier - Culture Department

In France, a fanfare is a street band of brass and drums: trumpets, trombones, saxophones, a sousaphone wrapped around the player's body, a bass drum and a snare drum. It plays standing or marching, without chairs or music stands, and its players learn their tunes by heart. Student fanfares play at rugby matches, carnivals, graduation days and the weddings of friends, often in fancy dress. La Fanfaronne is the brass band of the Culture Department. It owns 6 trumpets, 4 trombones, 3 saxophones, a sousaphone and 2 drums, and it is led by a trumpeter who teaches at the regional conservatoire. It rehearses in the band room, room S.04 in the basement of building 33. In 2026-2027 the band had 24 members from 8 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The band has six activities:

open rehearsal: try a trumpet, a trombone or a drum and play a first riff with the band, on Thursday 30 September 2027 from 19:00 to 21:00
beginners' class: breathing, buzzing the lips, the first notes and a first tune learnt by ear, 10 sessions on Tuesdays from 18:00 to 19:30, from 12 October 2027
band rehearsal: the whole band, on Thursdays from 19:30 to 22:00, from 7 October 2027
brass weekend: arranging and playing with a brass band from New Orleans, on Saturday 22 and Sunday 23 January 2028 from 10:00 to 17:00
carnival parade: the band leads the students' carnival through the city centre, on Thursday 2 March 2028 at 18:00
summer street concert: on Saturday 17 June 2028 at 19:00, on the esplanade of the Triolet campus

The general meeting of the band, where the members choose the year's tunes, takes place on Thursday 21 October 2027 at 18:30 in the band room.

MEMBERSHIP, COURSES AND INSTRUMENTS

Membership costs EUR 15 for the academic year for students and EUR 30 for staff and researchers; it includes insurance and the band rehearsals. The beginners' class costs EUR 35 for the ten sessions and the brass weekend EUR 25. Students with a need-based grant pay half price for the courses. The beginners' class takes 10 players, the band 30 and the brass weekend 24.

Members who have no instrument borrow one of the band's for the year, against a deposit cheque of EUR 200 that is never cashed unless the instrument comes back damaged. Mouthpieces are personal and never shared: buy one at the desk for EUR 12. You do not need to read music: the band learns every tune by ear, and the scores are only a help. Brass is loud, so the band also lends a practice mute, which lets you play in your room without disturbing the neighbours.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY IN THE SUMMER STREET CONCERT?

1. Be a member and follow the band rehearsals from February 2028 at the latest, missing at most 3 of them.
2. Play the four tunes of the programme by heart to the band leader at the tune check on Thursday 4 May 2028.
3. Attend the two dress rehearsals on Saturday 3 June and Saturday 10 June 2028, from 14:00 to 17:00.
4. Collect the band's orange shirt, lent for the concert, by 14 June 2028, and come in black trousers.
5. On the day of the concert, be at the band room at 17:00 to warm up.

RULES OF THE BAND ROOM

Wear the earplugs that the band lends at every rehearsal: a brass band in a small room is louder than a motorway. Empty the water from your instrument into the bucket, never onto the floor. Never lend or borrow a mouthpiece. No food or drinks in the room except water. Put every instrument back in its case on the rack. The band room closes at 22:30. In parades, walk behind the banner, and stop playing when the drummer raises both sticks.

THE SUMMER STREET CONCERT

On Saturday 17 June 2028 at 19:00, the players of the year give La Fanfaronne's summer street concert on the esplanade of the Triolet campus. The concert is free and open to all; it ends with a parade to the terrace of the Student House, where the audience is invited to dance.

CREDITS

Students who play in the band all year and in the summer street concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

La Fanfaronne, Culture Department
E-mail: fanfaronne@umontpellier.fr
Phone: +33 4 67 14 53 24
Triolet campus, building 29, room 0.19. Tuesday, 12:30-14:00.
"""

TEXTS["05-student-brass-band.meta.yaml"] = sidecar(
    "La Fanfaronne, the student brass band 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/la-fanfaronne-student-brass-band",
    "students, researchers and staff",
)

TEXTS["06-french-writing-certificate-2027.md"] = """---
title: The French writing certificate – spelling and grammar, 2027-2028
url: https://www.umontpellier.fr/en/study/french-writing-certificate
audience: students
language: en
valid_until: 2028-06-30
---

# The French writing certificate – spelling and grammar, 2027-2028

Recruiters in France often put aside a cover letter with spelling mistakes, and many internship tutors say the same of reports. The French writing certificate measures how well you write French: spelling, grammar, the agreement of past participles, punctuation and the choice of words. It gives a score out of 1,000 that employers in France know and that stays valid for 4 years. UM students prepare for it online and with teachers, and sit the exam on campus. It is run by the French Writing Centre of the Directorate of Studies and is open to every student enrolled at UM in 2027-2028, at every level from the first year of a bachelor's degree to the doctorate, exchange students included. International students need a level of French of at least B2; below that, a course of French as a foreign language is a better first step. In 2026-2027, 1,240 students sat the exam.

## What the certificate involves

| Part | What it means |
|---|---|
| online training | a platform with 140 lessons and exercises, open from 4 October 2027 until your exam, with a personal plan set by a first test of 30 minutes |
| workshops | 6 evening workshops of 2 hours with a teacher of the Centre, on the hardest rules: past participles, words that sound alike, punctuation |
| mock exam | a full practice exam, marked, in the week before each session |
| exam | 2 hours on a computer in a supervised room: a dictation and 150 multiple-choice questions |
| result | a score out of 1,000 and a certificate that states a level: 500 "professional", 700 "business", 900 "expert" |

The training, the workshops and the first sitting of the exam are free for UM students; a second sitting costs €30, and students with a need-based grant pay nothing. Students who score at least 600 receive 1 ECTS credit in the free unit of the semester in which they sit the exam. Students with a disability, dyslexia included, can ask for extra time and an adapted screen.

## Dates

| Stage | Date |
|---|---|
| platform opens, registration opens | Monday 4 October 2027 |
| deadline for the autumn session | Sunday 14 November 2027, 23:59 |
| mock exam, autumn | week of 29 November 2027 |
| autumn session | Wednesday 8 December 2027, at 9:00 or 14:00 |
| deadline for the spring session | Sunday 5 March 2028, 23:59 |
| mock exam, spring | week of 27 March 2028 |
| spring session | Wednesday 5 April 2028, at 9:00 or 14:00 |
| results | 3 weeks after each session, in the "Studies" tile |

## How to register

To sit the certificate, follow these steps:

1. Open the training platform from the "Studies" tile of your UM account, under "French writing certificate".
2. Take the first test of 30 minutes, which sets your personal plan of lessons.
3. Register for a session in the same tile by its deadline: 14 November 2027 for the autumn session, 5 March 2028 for the spring session.
4. Receive your notice to attend by e-mail 10 days before the exam, with your room and your time.
5. Come 20 minutes before the start with your student card and an identity document; phones stay switched off in your bag at the front of the room.

## FAQ

Does it cost anything? Not the first time: the training, the workshops and your first sitting are free. A second sitting costs €30, free for grant-holders.

Can I use a dictionary or a spell checker? No. The computers of the exam room have no spell checker and no internet access.

What if I am ill on the day of the exam? Send the Centre a medical certificate within 5 days: your place moves to the next session, free of charge.

## Contact

French Writing Centre, Directorate of Studies: writing-certificate@umontpellier.fr, +33 4 67 14 22 38. Triolet campus, building 7, room 7.204; Monday to Thursday, 9:30–12:30.
"""

TEXTS["31-french-spelling-certificate-2024.txt"] = """FRENCH SPELLING CERTIFICATE - 2023-2024
University of Montpellier - Language Office

This page applies to the academic year 2023-2024. The French spelling certificate gives students a score out of 1,000 for their spelling and grammar.

WHO CAN TAKE PART

Students in the second or third year of a bachelor's degree only. First-year students, master's students, doctoral candidates and exchange students cannot take part.

WHAT THE CERTIFICATE INVOLVES

An online training platform, without workshops or a mock exam. One exam session only, on paper, on Thursday 21 March 2024 at 14:00, in lecture theatre B of building 6: 3 hours of multiple-choice questions, without a dictation. The certificate gives no ECTS credits. Every candidate pays an exam fee of EUR 25, grant-holders included.

HOW TO REGISTER

Register by e-mail to the Language Office by 1 March 2024. Places are given in the order of the e-mails received, up to 300 students.

1. Write to the Language Office with your name, your student number and your programme.
2. Pay the exam fee of EUR 25 at the office by 8 March 2024.
3. Come on 21 March 2024 at 13:30 with your student card and a black pen.

Results are posted on the notice board of the Language Office 6 weeks after the exam.

CONTACT

Language Office
E-mail: spelling-certificate@umontpellier.fr
Phone: +33 4 67 14 22 05
Triolet campus, building 7, room 7.012. Tuesday and Friday, 9:00-12:00.
"""

TEXTS["31-french-spelling-certificate-2024.meta.yaml"] = sidecar(
    "French spelling certificate, 2023-2024 (expired, superseded by the 2027-2028 French writing certificate)",
    "https://www.umontpellier.fr/en/study/french-spelling-certificate-2024",
    "students",
    "2024-06-30",
)

TEXTS["10-barn-owl-survey-volunteers.md"] = """---
title: Effraie – looking for the barn owls of the plain and sorting their pellets, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/effraie-barn-owl-survey
audience: students, researchers and staff
language: en
---

# Effraie: looking for the barn owls of the plain and sorting their pellets

The barn owl has a white, heart-shaped face, a white breast and a golden back. It hunts voles, mice and shrews over fields at night, and nests in barns, church towers, dovecotes and old farm buildings. As old buildings are closed up, roads get busier and rat poison spreads, it is becoming rare around cities. A barn owl swallows its prey whole and, a few hours later, coughs up a pellet of fur and bones: each pellet holds the skulls of two to four small mammals, so a pile of pellets tells which mammals live around the nest. Effraie (the French name of the barn owl), run by the Student Life Department with an ornithologist of the Faculty of Sciences, trains volunteers to visit 45 sites in the plain between Montpellier and the Pic Saint-Loup, look for signs of owls, collect pellets, and take them apart in the laboratory. In 2027, 27 volunteers found barn owls at 16 of the 45 sites and identified 1,130 prey in their pellets.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the barn owl, its prey and how to look for it | Tuesday 7 March 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| site visits: looking for owls, droppings and pellets in a barn, a tower or a farm building | Saturday mornings, from 25 March to 24 June 2028, 9:00–12:00 | 45 sites between Montpellier and the Pic Saint-Loup | 30 | free |
| pellet evenings: soaking the pellets, sorting the bones and naming the skulls | Thursday, 18:00–20:30, from 6 April to 15 June 2028 | the teaching laboratory, Triolet campus, building 24, room 24.10 | 16 per evening | €3, for the tweezers and the skull chart you keep |
| dusk watch: watching an owl leave its nest to hunt | Friday 9 June or Friday 30 June 2028, 21:00–23:00 | two farms in the plain | 10 | free |
| results evening: the owl map of the year | Tuesday 5 December 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Sites are visited by pairs of volunteers, always the same pair during a spring, and the coordinator writes to every owner before the first visit. From 1 May, when there are young owls in the nests, pairs only pick up pellets on the ground and never climb towards a nest.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of birds, but you must be able to climb steep stairs and ladders in dusty, dark buildings. People with asthma or allergic to dust talk to the coordinator before they sign up. Volunteers commit to at least 3 site visits between March and June.

## How to join

Pairs are formed in the middle of March. To join one, follow these steps:

1. Come to the introductory talk of 7 March, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Effraie", by 17 March 2028, saying which Saturdays you are free.
3. Find a partner in the app and choose your sites among those that still need a pair.
4. Attend one pellet evening before your first visit, to learn what a pellet looks like.
5. At your first visit, collect the torch, the dust masks, the gloves, the paper bags for the pellets and the owner's letter from the coordinator.

## What to bring

Old clothes with long sleeves, closed shoes with soles that grip, a bottle of water, a pencil and a smartphone with the survey app.

## Rules of the survey

- never disturb an owl: if one flies out, leave the building quietly at once and note the time
- never touch an egg or a young owl, and never use a flash inside a building
- wear gloves and a dust mask to pick up pellets, and wash your hands before you eat
- close every door and gate as you found it, and never go in without the owner's letter
- put the pellets of each site in a separate paper bag, labelled with the number of the site and the date

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, at least 4 site visits and 3 pellet evenings can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Are the pellets dirty? They are dry and do not smell, since the owl digests only the flesh; but they can carry the germs of rodents, hence the gloves and the washing of hands.

Will I see an owl? Rarely by day: an owl that is seen has usually been disturbed. The dusk watches are the best chance to see one hunting.

## Contact

Effraie coordinator, Student Life Department: effraie@umontpellier.fr, +33 4 67 14 36 87. Student House, Triolet campus, building 20, room 140; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a summer job, their studies and their parcels: canoe polo, parcels and customs, the summer jobs on the Cévennes steam train, underwater hockey, the brass band, the French writing certificate, canyoning, kintsugi, the seahorse survey and the barn owl survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Pagaie, Sports Department | the canoe polo club, its courses, the river evenings, the championship team and the Pagaie Trophy | pagaie@umontpellier.fr | +33 4 67 14 52 31 | Triolet campus, building 48, room 48.14 | Tuesday and Friday, 12:30–14:00 |
| Arrivals Desk, International Relations Department | international students' parcels and belongings, the certificates for customs, parcels sent to the desk and the refund of duties | arrivals-desk@umontpellier.fr | +33 4 67 14 27 45 | Triolet campus, building 1, room 1.05 | Monday, Tuesday and Thursday, 10:00–13:00 |
| Summer Jobs Desk, Student Life Department | the summer staff of the agreement with the Cévennes Steam Railway Association, the applications and the training | steam-train-jobs@umontpellier.fr | +33 4 67 14 36 52 | Student House, Triolet campus, building 20, room 118 | Monday and Wednesday, 14:00–17:00 |
| Poulpes, Student House | the underwater hockey association, its sessions, the sea outings, the championship and the Poulpes Cup | poulpes@asso.umontpellier.fr | +33 4 67 14 35 62 | Student House, Triolet campus, building 20, room 224 | Wednesday, 12:30–14:00 |
| La Fanfaronne, Culture Department | the brass band, the beginners' class, the brass weekend, the loan of instruments and the summer street concert | fanfaronne@umontpellier.fr | +33 4 67 14 53 24 | Triolet campus, building 29, room 0.19 | Tuesday, 12:30–14:00 |
| French Writing Centre, Directorate of Studies | the French writing certificate, the training platform, the workshops and the exam sessions | writing-certificate@umontpellier.fr | +33 4 67 14 22 38 | Triolet campus, building 7, room 7.204 | Monday to Thursday, 9:30–12:30 |
| Cascade, Sports Department | the canyoning club, the rope evenings, the beginners' course and the club outings | cascade@umontpellier.fr | +33 4 67 14 52 47 | Triolet campus, building 48, room 48.16 | Monday and Thursday, 12:30–14:00 |
| Fêlures, Culture Department | kintsugi courses, the traditional urushi course, the repair clinic and the exhibition of the year | felures@umontpellier.fr | +33 4 67 14 53 68 | Triolet campus, building 29, room 0.22 | Tuesday and Friday, 13:30–16:30 |
| Cavalets coordinator, Student Life Department | the seahorse survey, the pool sessions, the line swims and the night snorkels | cavalets@umontpellier.fr | +33 4 67 14 36 91 | Student House, Triolet campus, building 20, room 136 | Tuesday and Thursday, 9:30–12:30 |
| Effraie coordinator, Student Life Department | the barn owl survey, the site visits, the pellet evenings and the dusk watches | effraie@umontpellier.fr | +33 4 67 14 36 87 | Student House, Triolet campus, building 20, room 140 | Monday and Wednesday, 14:00–17:00 |

## Useful to know

Swimming lessons for adults: the Sports Department teaches students and staff who cannot swim, or who are afraid of deep water, in groups of 8, free of charge: 10 lessons of 45 minutes on Tuesdays and Thursdays at 12:15, in the pool of the Triolet sports complex, building 44, with a swimming certificate at the end for those who swim 25 metres. Register in the "Sport" tile: swim-lessons@umontpellier.fr, +33 4 67 14 52 60. A new group starts in October, in January and in April.

Students with a disability, dyslexia included, who sit the French writing certificate can ask for a third more time and for a screen with large letters or a reading voice by writing to the Disability Support Service at least 3 weeks before the exam: disability-support@umontpellier.fr, +33 4 67 14 71 12, Triolet campus, building 8, room 015; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 35, Triolet campus, building 5, room 022; Monday to Friday, 8:30–17:00. The doctors of the same service give students a medical certificate of fitness for a sport free of charge, by appointment, including for underwater sports and snorkelling, for example for underwater hockey or the seahorse survey, and for the canoe polo licence: +33 4 67 14 71 47. Staff ask their own doctor.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, 196 for an emergency at sea, or 112. Do not write to a service.
"""

TEXTS["40-zaragoza-canoe-polo-club-and-underwater-hockey-club.md"] = """---
title: University of Zaragoza – the canoe polo club and the underwater hockey club
url: https://www.unizar.es/en/student-life/canoe-polo-and-underwater-hockey
audience: students and staff
language: en
---

# University of Zaragoza: the canoe polo club and the underwater hockey club

This page of the University of Zaragoza, in Spain, presents the canoe polo club and the underwater hockey club of its university sports service. It applies only to students and staff of the University of Zaragoza, on its San Francisco campus and its Río Ebro campus in Zaragoza.

## Canoe polo club

The canoe polo club plays on the river Ebro, at the rowing club's pontoon, and in the covered pool of the San Francisco campus in winter.

| Rule | University of Zaragoza |
|---|---|
| age | open from 18 years old |
| beginners' course | 10 sessions, €50 |
| membership | €40 a year for students, federation licence included |
| training | Monday and Wednesday evenings |
| equipment | kayaks lent; each player buys a paddle and a helmet, about €90 |
| club tournament | Saturday 27 May 2028, €45 per team |
| credits | 2 ECTS credits |

Contact: canoe polo club, canoepolo@unizar.es, +34 976 761 050.

## Underwater hockey club

The underwater hockey club plays in the covered pool of the San Francisco campus.

- the club is open from 18 years old only
- the discovery session takes place on Wednesday 6 October 2027
- membership costs €25 a year for students
- the federation licence costs €30 and is compulsory for every member
- the beginners' sessions cost €25
- masks, snorkels and fins are not lent: each player brings their own from the first session
- the club's cup takes place on Saturday 22 April 2028, at €50 per team
- regular players receive 2 ECTS credits

Contact: underwater hockey club, hockeysub@unizar.es, +34 976 761 060.
"""

TEXTS["41-salzburg-parcels-and-customs-and-brass-band.md"] = """---
title: University of Salzburg – parcels and customs for international students, and the brass band
url: https://www.plus.ac.at/en/students/parcels-customs-and-brass-band
audience: students
language: en
---

# University of Salzburg: parcels and customs for international students, and the brass band

This page of the Paris Lodron University of Salzburg, in Austria, presents the help that its international office gives international students who receive parcels and belongings from home, and the brass band of its cultural programme. It applies only to students of the University of Salzburg, in its faculties in the old town and at Unipark Nonntal.

## Parcels and customs

International students whose belongings or parcels come from outside the European Union deal with customs themselves; the international office gives them documents.

| Rule | University of Salzburg |
|---|---|
| certificate of enrolment for customs | sent within 5 working days |
| parcels received for students without an address | none: the international office does not accept parcels |
| refund of duties and VAT | none |
| food from outside the EU | not allowed in parcels at all |
| medicines | up to 1 month of treatment |
| moving boxes at the end of the stay | sold at €3 each |

Contact: international office, parcels@plus.ac.at, +43 662 8044 6010.

## Brass band

The brass band of the cultural programme rehearses in the music room of Unipark Nonntal.

- members must be 18 or over
- the open rehearsal takes place on Monday 4 October 2027
- membership costs EUR 30 a year for students
- the beginners' course has 12 sessions and costs EUR 80
- the band does not lend instruments: each player brings their own
- players must read music before they join
- the summer concert takes place on Sunday 2 July 2028
- players receive 2 ECTS credits

Contact: brass band, brassband@plus.ac.at, +43 662 8044 6300.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
