"""The text of every 'blind39' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-mountain-bike-club-2027.pdf": {
        "title": "Caillasse: the mountain bike club of UM, 2027-2028",
        "short": "Mountain bike club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/caillasse-mountain-bike-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Caillasse mountain bike club",
        "pages": [
            [
                ("h1", "Caillasse: the mountain bike club of UM, 2027-2028"),
                (
                    "p",
                    "Mountain biking means riding a sturdy bike with wide tyres off the road: on forest tracks, on "
                    "narrow stony paths called singletracks and down rocky descents. Caillasse (French slang for "
                    "loose stones) is the mountain bike club of the Sports Department; qualified instructors lead "
                    "all its rides. This guide applies to 2027-2028. In 2026-2027, the club had 58 members.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["skills evenings: balance, braking, climbing and riding over roots and steps, on a marked area", "Tuesday, 18:00–20:00, from 5 October to 14 December 2027", "the skills area of the Triolet sports complex, behind building 47", "included in the membership"],
                        ["discovery ride: an easy ride of 15 kilometres on forest tracks", "Saturday 16 October 2027, 9:00–13:00", "the garrigue north of the campus", "€5, bike and helmet lent"],
                        ["beginners' course: from forest tracks to stony singletracks, in 4 half-days", "Saturdays 6, 13, 20 and 27 November 2027, 9:00–13:00", "the garrigue around Grabels and Saint-Gély-du-Fesc", "€45, bike, helmet and transport included"],
                        ["club rides: 30 to 60 kilometres for every level, with the club's instructors", "Sunday, from 9 January to 25 June 2028", "the Pic Saint-Loup, the Hortus and the Séranne", "€6 per ride"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery ride takes 20 people and the beginners' course 12; on club rides, each instructor "
                    "leads a group of 10. Membership costs €40 for the academic year for students and €65 for staff "
                    "and researchers, insurance included. The club lends 14 mountain bikes with helmets: free for "
                    "the discovery ride and the beginners' course, €8 per ride on club rides. Register from 20 September 2027 in "
                    "the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or "
                    "over; members under 18 need the written consent of a parent. Every member must be able to ride "
                    "a bicycle on their own, to brake and to stop on a slope; the instructors check it at the start "
                    "of the discovery ride or on the first morning of the beginners' course.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "A helmet of your own if you have one, padded gloves, glasses, and closed trainers that grip, "
                    "never flip-flops or sandals; 1.5 litres of water, a snack and a spare inner tube. In the "
                    "hunting season, from September to the end of February, wear the orange vest that the "
                    "instructors hand out at the start of each ride.",
                ),
                ("h2", "Joining the club rides"),
                ("p", "To join the club rides, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or ride the 12-kilometre test loop with an instructor at a "
                        "skills evening.",
                        "Attend at least 3 skills evenings and pass the skills test by 14 December 2027: ride down "
                        "the three steps of the skills area and stop on a line when the instructor calls out.",
                        "Attend the safety briefing on falls, heat, hunting days and first aid on Thursday 6 January "
                        "2028, from 18:30 to 20:30, in room 47.05.",
                        "Book each ride in the club's app by the Thursday before; the club cancels by text message "
                        "at 19:00 the evening before if rain or strong wind is forecast.",
                        "Pay €6 per ride in the app and be at the minibus on the Triolet campus at 8:00; the bikes "
                        "travel on the club's trailer.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "wear your helmet, buckled, whenever you are on the bike;",
                        "give way to walkers and to riders on horseback, and pass them at walking pace;",
                        "never overtake the instructor at the front or drop behind the one at the back;",
                        "stay on the tracks: never cut across the garrigue or ride on a closed or private track.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["skills training", "Tuesdays from 5 October to 14 December 2027", "balance, braking and the skills test; no club rides before January"],
                        ["club rides", "Sundays from 9 January to 25 June 2028", "from June, rides start at 7:30 and end by noon because of the heat"],
                        ["Caillasse Raid", "Sunday 2 July 2028, 7:00–17:00, from the Triolet campus", "the closing ride: 70 kilometres to the Pic Saint-Loup and back, with a picnic at the top"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone falls"),
                (
                    "p",
                    "A rider who falls and hits their head stops riding for the day, even if they feel fine, and "
                    "the instructor calls 15 at any sign of drowsiness, vomiting or confusion. Never move a rider "
                    "with pain in the neck or the back: keep them still and warm, and call 15 or 112.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the beginners' course and at least 8 club rides can have it recognised as "
                    "a sport unit worth 2 ECTS credits; students who follow the beginners' course and pass the "
                    "skills test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Caillasse, Sports Department, caillasse@umontpellier.fr, +33 4 67 14 52 73. Triolet "
                    "campus, building 46, room 46.12; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-felt-making-workshop-2027.pdf": {
        "title": "Toison: the felt-making workshop of UM, 2027-2028",
        "short": "Felt-making workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/toison-felt-making-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Toison felt-making workshop",
        "pages": [
            [
                ("h1", "Toison: the felt-making workshop of UM, 2027-2028"),
                (
                    "p",
                    "Felt is the oldest fabric in the world: wool fibres rubbed with hot, soapy water cling to each "
                    "other and shrink into a thick, warm cloth, without spinning or weaving. The nomads of Central "
                    "Asia still cover their yurts with it. In wet felting, you lay thin layers of wool crosswise, "
                    "soak them, then rub and roll them for a long time; in needle felting, you sculpt a small "
                    "figure by stabbing a ball of wool thousands of times with a barbed needle. Toison (\"fleece\" "
                    "in French), the felt-making workshop of the Culture Department, is taught by a textile artist "
                    "in the textile room of the Student House, with the wool of sheep from the Causses. This guide "
                    "applies to 2027-2028. In 2026-2027, 44 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: needle-felt a small animal to take home", "Tuesday 19 October 2027 or Tuesday 25 January 2028, 18:00–21:00", "the textile room, Student House, building 20, room 024", "€10, wool included"],
                        ["beginners' course: wet felting, from a flat piece to a bowl and a pair of slippers, in 6 sessions", "Tuesday, 18:00–21:00, from 9 November to 14 December 2027", "the textile room", "€60, wool included"],
                        ["advanced course: a seamless hat or bag felted on a form, and nuno felt on silk, in 5 sessions", "Saturday, 9:30–12:30, from 4 March to 1 April 2028", "the textile room", "€85, wool and silk included"],
                        ["open studio: work on your own project with the tools of the workshop and advice from the artist", "first Thursday of each month, 17:00–20:00, from 7 October 2027", "the textile room", "free for those who have followed a course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 14 people, the beginners' course 10 and the advanced course 8. "
                    "Students with a need-based grant pay half price; staff and researchers pay €15 more per course. "
                    "Register from 4 October 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The advanced course is open "
                    "only to people who have followed the beginners' course and finished its slippers. People who "
                    "are allergic to wool or to lanolin, the grease of sheep's wool, say so when they register: the "
                    "workshop keeps alpaca fibre for them.",
                ),
            ],
            [
                ("h2", "What to wear and bring"),
                (
                    "p",
                    "Wet felting is wet: wear old clothes and closed shoes, and bring two old towels to each "
                    "session of the courses. The workshop lends rubber gloves, aprons, bamboo mats, olive oil soap "
                    "and felting needles. Wash a felted piece by hand in cold water only: hot water makes it shrink.",
                ),
                ("h2", "Joining the advanced course"),
                ("p", "To join the advanced course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course and finish your pair of slippers by its last session, on 14 "
                        "December 2027.",
                        "Choose a project, a hat or a bag, and send a sketch of it to the artist through the "
                        "\"Culture\" tile by 4 February 2028.",
                        "Register in the same tile by 18 February 2028 and pay the price of the course, €85.",
                        "Bring to the first session, on Saturday 4 March 2028 at 9:30, two old towels and a photo "
                        "of the colours you want.",
                        "Collect your piece at the desk of the Culture Department from 10 April 2028, once it has "
                        "dried on its form.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "keep the felting needles in their holder, and never leave one on a table or a chair;",
                        "needle-felt only on the foam pad, with a leather finger guard, and always stab away from "
                        "your fingers;",
                        "mop up any water on the floor at once: the tiles get slippery;",
                        "no food or drinks on the work tables;",
                        "put wet pieces to dry on the rack, never on a radiator.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "Felting needles are sharp and brittle. If a needle breaks and a piece stays under the skin, do "
                    "not try to dig it out: cover the finger and go to the nurses of the Student Health Service, "
                    "+33 4 67 14 71 52. Cool a burn from the kettle under cold running water for 20 minutes; for a "
                    "large burn, call 15.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The pieces of the year are shown in the hall of the Student House from 15 to 26 May 2028. "
                    "Students who follow the beginners' course and the advanced course and show a piece there can "
                    "have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Toison, Culture Department, toison@umontpellier.fr, +33 4 67 14 53 82. Triolet "
                    "campus, building 29, room 0.31; Monday and Thursday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-dolphin-survey-volunteers.docx": {
        "title": "Aileron: photographing the dolphins of the Gulf of Lion – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/aileron-dolphin-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Aileron: photographing the dolphins of the Gulf of Lion – volunteer guide 2028"),
            (
                "p",
                "Bottlenose dolphins live all along the coast of the Gulf of Lion, from the Camargue to Sète. They "
                "travel in groups of 5 to 30, hunt fish close to the shore and often follow fishing boats. Each "
                "dolphin can be recognised by the nicks and notches on the back edge of its dorsal fin, which stay "
                "for life and are as unique as a fingerprint. Photo-identification relies on them: volunteers "
                "photograph every fin, and the photos are matched against a catalogue, which shows how many "
                "dolphins live along the coast, where they go and which calves are born. Aileron (\"fin\" in "
                "French), run by the Student Life Department with a marine biologist of the Faculty of Sciences, "
                "takes volunteers to sea every summer on a small research boat from the harbour of Le Grau-du-Roi. "
                "In 2027, 41 volunteers went on 36 outings, met dolphins on 22 of them and identified 63 different "
                "dolphins.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of marine life, no boating licence and no camera of your own, but you must be able to "
                "spend 6 hours on a small open boat, in the sun and sometimes in a swell. Volunteers commit to at "
                "least 3 boat outings and 2 photo sorting evenings between 3 June and 9 October 2028. People who "
                "get seasick can still come: they take a remedy before leaving and sit at the back of the boat, "
                "where it moves least.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the dolphins of the Gulf, the protocol and the camera", "Tuesday 16 May 2028, 18:00–21:00", "Triolet campus, building 22, room 22.07", "45"],
                    ["camera morning: photographing fins with the long lens, on the quay", "Saturday 27 May or Saturday 10 June 2028, 9:00–12:00", "the harbour of Le Grau-du-Roi", "12"],
                    ["boat outing: searching for dolphins, photographing their fins and noting what they do", "Tuesday, Thursday and Saturday mornings from 3 June to 30 September 2028, 7:30–13:30", "at sea, from the harbour of Le Grau-du-Roi", "5"],
                    ["photo sorting evening: matching the fins with the catalogue", "Monday, 18:00–20:30, from 12 June to 9 October 2028", "Triolet campus, building 22, room 22.07", "12"],
                    ["results evening: the dolphins of the year", "Thursday 30 November 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first boat outing"),
            ("p", "To go on your first boat outing, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Aileron\", by 9 May 2028.",
                    "Attend the training evening of 16 May 2028 and one of the two camera mornings.",
                    "Book an outing in the app at least 5 days ahead: each boat takes 5 volunteers, a skipper and "
                    "the biologist.",
                    "Pack warm layers, a windproof jacket, a cap, sun cream, sunglasses, 1.5 litres of water and a "
                    "packed lunch; take a seasickness remedy the evening before if you need one.",
                    "Be on the quay at 7:15: the biologist hands out the life jackets, the camera and the data "
                    "sheet.",
                ],
            ),
            ("h1", "Which dolphin is it?"),
            (
                "p",
                "The bottlenose dolphin is large and grey, 2.5 to 4 metres long, with a short, thick beak and a "
                "tall, curved fin; it comes close to the coast. The striped dolphin is smaller and slimmer, with a "
                "thin dark stripe running from the eye to the belly; it lives further out, in groups that often "
                "leap clear of the water. Photograph the fins of both, but note the striped dolphins apart: only "
                "the bottlenose dolphins go into the catalogue. A fin without any nick cannot be recognised: "
                "photograph it anyway and note it as \"clean\". A dolphin found dead or stranded on a beach is "
                "never touched: note the place and call the coordinator at once.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never come closer than 100 metres to a group: the skipper slows down and lets the dolphins "
                    "come to the boat;",
                    "never feed, touch or swim with the dolphins, and never cross the path of a group;",
                    "stay at most 30 minutes with the same group, and leave at once if the dolphins keep diving "
                    "away from the boat;",
                    "wear your life jacket on deck at all times, and hold on with one hand when the boat moves;",
                    "no outing when the wind is above 15 knots: the coordinator cancels by text message at 18:00 "
                    "the evening before.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students "
                "who attend the training evening, 5 boat outings and 3 photo sorting evenings can have it "
                "recognised as a student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Aileron coordinator, Student Life Department: aileron@umontpellier.fr, +33 4 67 14 36 74. "
                "Student House, Triolet campus, building 20, room 132; Monday and Thursday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-beach-tennis-club.md"] = """---
title: Sablé – the beach tennis club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/sable-beach-tennis-club
audience: students, researchers and staff
language: en
---

# Sablé: the beach tennis club of the Sports Department

Beach tennis comes from the beaches of Italy. It is played barefoot on sand, on a court of 16 by 8 metres with a net 1.70 metres high, with a solid racket without strings and a soft, slow ball. The ball must never touch the sand: every shot is a volley, so rallies are quick, and most games are doubles. Sablé (*sable* is French for sand, and a *sablé* is a butter biscuit) is the beach tennis club of the Sports Department. It plays on the two sand courts of the Triolet sports complex, next to building 47, and from May on the beach of Villeneuve-lès-Maguelone. This page applies to the academic year 2027-2028. In 2026-2027, the club had 51 members from 15 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: the racket, the serve and your first rallies | Thursday 23 September 2027, 18:00–20:00 | the sand courts, building 47 | 1 | free |
| beginners' course: the volley, the serve, the smash and moving on sand | Tuesday, 18:00–19:30 | the sand courts | 8, from 5 October 2027 | €28 |
| club training: drills and doubles for every level | Monday and Thursday, 18:30–20:30 | the sand courts | every week from 30 September 2027 | included in the membership |
| beach evenings: doubles on the beach at sunset | Wednesday, 18:30–21:00, from 3 May to 28 June 2028 | the beach of Villeneuve-lès-Maguelone, by the club's minibus | 9 | €4 per evening |
| "Sablé Open": the club's doubles tournament | Saturday 10 June 2028, 9:00–19:00 | the beach of Villeneuve-lès-Maguelone | 1 | €24 per pair, lunch included |

The discovery session takes 32 people, the beginners' course 16 and each club training 28; the Sablé Open has room for 24 pairs. Staff and researchers pay €8 more per course; students with a need-based grant pay half price. Registration opens on 16 September 2027 in the "Sport" tile of your UM account.

Membership costs €30 for the academic year for students and €55 for staff and researchers; it includes insurance and the loan of a racket and balls. The beach tennis licence of the French tennis federation costs €29 and is needed only for the regional team championship. You play barefoot: bring a cap, sunglasses, sun cream and a bottle of water. Sand socks, which protect your feet from hot sand, cost €9 at the desk of the Sports Department.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 15 or over; members under 18 need the written consent of a parent. You need no experience of tennis or of any other racket sport. Players with asthma, a heart condition or a recent sprain tell the coach before their first session.

## How to play in the championship team

The club enters a team of six in the regional beach tennis team championship, with four rounds on Saturdays from April to June 2028. To play in it, follow these steps:

1. Attend at least 10 club trainings by 17 December 2027.
2. Take the beach tennis licence of the French tennis federation through the club, for €29, with a medical certificate of fitness for sport less than 1 year old, by 21 January 2028.
3. Play the selection day on Saturday 5 February 2028, from 10:00 on the sand courts; the coach picks six players.
4. Buy the team's shirt, €18, at the desk of the Sports Department by 25 February 2028.
5. Say in the club's app, by the Wednesday before each round, whether you can play; the club pays the travel in its minibus.

## Rules of the courts

- no shoes on the sand, and no glass anywhere near the courts
- drink at every change of ends, and rest in the shade for 5 minutes every half hour from May to September
- wear a cap and sun cream on sunny days, even in winter
- never jump over the net or crawl under it: walk round the post
- leave the court at the first rumble of thunder, and rake the sand after the last game

## Credits

Students who attend at least 20 sessions in the year and help to run the Sablé Open can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

I have played tennis for years. Will it help? Your eye and your serve, yes; but the ball never bounces, so your long tennis swing is too slow: take the beginners' course anyway.

What happens when it rains? Club training moves to the sports hall, building 46, for footwork and volleys; a beach evening is cancelled by text message at 16:00.

## Contact

Sablé, Sports Department: sable@umontpellier.fr, +33 4 67 14 52 19. Triolet campus, building 46, room 46.08; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-lost-luggage-international-students.html"] = html_page(
    "Arriving without your suitcase: delayed, lost or damaged luggage – FAQ for international students",
    "What to do at the airport, what the Newcomers' Desk gives and pays, what the airline pays back, the steps of a claim, damaged bags and medicines.",
    "https://www.umontpellier.fr/en/international/lost-luggage-faq",
    "/fr/international/bagages-perdus-faq",
    """    <h1>Arriving without your suitcase: delayed, lost or damaged luggage – FAQ for international students</h1>
    <p>Every September, some international students land in Montpellier, Marseille or Paris and wait in vain at the baggage belt. Most delayed bags turn up within 2 or 3 days, but a few are lost for good, and some arrive torn or broken. The Newcomers' Desk of the International Relations Department helps degree and exchange students whose luggage goes astray on their journey to Montpellier: it hands out an emergency pack, gives the certificate that airlines ask for, helps with the claim and, for some students, pays for essentials. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 74 students whose luggage went missing.</p>

    <h2>What should I do before I leave the airport?</h2>
    <p>Go to the baggage desk of the airline that flew you on the last leg, before you leave the baggage hall, and fill in a property irregularity report. It gives your file a reference, which you need for everything else. Keep the report, your boarding pass and the baggage tag stuck on your ticket or passport.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>emergency pack</td><td>a bag of toiletries, a T-shirt, tracksuit trousers, a phone charger and an adapter plug, given free of charge on your first visit</td></tr>
        <tr><td>certificate</td><td>a certificate of enrolment with your address in Montpellier, in French and English, for the airline and the delivery company, within 1 working day</td></tr>
        <tr><td>help with the claim</td><td>a meeting of 30 minutes to fill in the airline's online claim with you, in French or English</td></tr>
        <tr><td>grant for essentials</td><td>up to €120 for clothes and toiletries, for students with a need-based grant or a UM scholarship, paid back on receipts within 2 weeks</td></tr>
      </tbody>
    </table>

    <h2>What does the airline pay?</h2>
    <p>While a bag is delayed, the airline pays back reasonable purchases of essentials, such as clothes, toiletries and a phone charger, on receipts: keep every one. A bag that has not been found 21 days after your flight counts as lost, and the airline pays its value, up to a ceiling of about €1,500 per passenger, against receipts or a list of the contents. Expensive items such as a laptop or jewellery belong in hand luggage: airlines often refuse to pay for them.</p>

    <h2>My luggage did not arrive. What do I do?</h2>
    <p>If your luggage does not arrive, proceed as follows:</p>
    <ol>
      <li>Fill in the property irregularity report at the airline's baggage desk before you leave the airport, and keep its reference and your baggage tag.</li>
      <li>Give the airline an address in Montpellier where someone can sign for the bag, such as the reception of your residence, and a French phone number if you have one.</li>
      <li>Ask the desk for the certificate in the "International" tile of your UM account; you receive it within 1 working day.</li>
      <li>Follow your file online with its reference, and keep the receipts of everything you buy while you wait.</li>
      <li>Send your claim to the airline within 21 days of getting a delayed bag back, or as soon as the airline declares it lost; the desk helps you fill it in.</li>
    </ol>

    <h2>My bag arrived damaged. Is it too late?</h2>
    <p>Report the damage to the airline within 7 days of getting the bag back, with photos of the bag and of anything broken inside. Keep the damaged bag until the airline has answered: it may want to see it.</p>

    <h2>My medicines were in the lost bag. What now?</h2>
    <p>Go to the nurses of the Student Health Service the same day, with the names of your medicines or an old prescription: they arrange a consultation with a doctor who can write a French prescription. Next time, carry at least a week of treatment in your hand luggage.</p>

    <h2>Can the airline deliver my bag to the desk?</h2>
    <p>No: the desk cannot accept luggage. If you have no address yet, ask the airline to keep the bag at Montpellier airport and collect it there with your passport; the airport is 25 minutes from the city centre by the airport shuttle.</p>

    <h2>I am an exchange student. Is it the same for me?</h2>
    <p>Yes: the emergency pack, the certificate and the help with the claim are the same. The grant for essentials is open to exchange students whose home university confirms that they hold a need-based grant.</p>

    <h2>Whom do I contact?</h2>
    <p>Newcomers' Desk, International Relations Department: newcomers-desk@umontpellier.fr, +33 4 67 14 27 63. Triolet campus, building 1, room 1.12; Tuesday and Thursday, 13:30–16:30.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-lost-luggage-international-students.meta.yaml"] = sidecar(
    "Arriving without your suitcase: delayed, lost or damaged luggage – FAQ for international students",
    "https://www.umontpellier.fr/en/international/lost-luggage-faq",
    "international students",
)

TEXTS["03-international-students-on-the-thau-oyster-farms-2028.md"] = """---
title: International students as summer staff on the oyster farms of the Thau lagoon, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/thau-oyster-farm-jobs
audience: international students
language: en
---

# International students as summer staff on the oyster farms of the Thau lagoon

In the Thau lagoon, between Sète and Mèze, oysters and mussels grow on ropes hung from rows of wooden "tables" that stand in the water. Hundreds of family farms raise them, and many sell them on the spot, in tasting huts on the shore at Bouzigues and Mèze. Since 2026, an agreement between the University of Montpellier and the Thau Oyster Farmers' Cooperative offers international students paid summer jobs on the farms of its members: sorting and grading oysters in the sheds, serving in the tasting huts and showing visitors round the farms in their languages. The Holiday Jobs Desk of the Student Life Department recruits and prepares the students. This page applies to the summer season 2028, from Monday 26 June to Sunday 27 August 2028. In the summer of 2027, 11 students worked 390 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.40 gross an hour, and 25% more for the hours worked on a Sunday, paid by the farm at the end of each month |
| hours | in the sheds, from 6:30 to 13:30 with a break of 30 minutes; in the tasting huts, from 17:00 to 23:00; at most 5 days and 35 hours a week |
| transport | a minibus from the Triolet campus at 5:40 for the morning shifts and at 15:50 for the evening shifts, free on every day worked |
| lodging | a bed in a shared room of the cooperative's house in Mèze, €9 a night |
| meals | a free meal at the cooperative's canteen on each day worked |
| clothing | waterproof overalls, rubber boots, an apron and a cut-resistant glove, lent for the season |
| oysters | a box of two dozen oysters to take home at the end of each week worked |
| training | 1 day of training on hygiene, the cold chain, opening oysters safely and the life of the lagoon, paid like a working day |

Contracts are fixed-term seasonal contracts signed with the farm, which is your employer: neither UM nor the cooperative is. The cooperative expects 18 students this summer, on 14 farms.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students included if their visa or residence permit is valid until at least 27 August 2028, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. The sheds need a level of French of at least A2 and the tasting huts B1; farm tours are given in English, German, Spanish or Italian, by students with at least B1 in French. You must be free for at least 4 weeks in a row in July and August, and your tetanus vaccination must be up to date, since oyster shells cut. Students who are allergic to shellfish should not apply.

## How to become summer staff

An information meeting takes place on Thursday 17 February 2028 at 12:30 in lecture theatre B of building 36. To become summer staff, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 12 March 2028, with a CV in French, the weeks when you are free and the jobs you would like.
2. Have an interview by video and a trial morning on a farm in Bouzigues on Saturday 1 April or Saturday 8 April 2028; the cooperative pays the journey.
3. Receive the answer by 21 April 2028 and sign your contract with the farm by 12 May 2028, with a proof of your tetanus vaccination.
4. Choose your shifts in the cooperative's planning by 9 June 2028; any change is confirmed by text message at least 48 hours ahead.
5. Attend the day of training in Mèze on Friday 23 June 2028.

## Rules on the farms

- wear the cut-resistant glove on the hand that holds the oyster, and open oysters with the knife pointing away from you
- wear a life jacket on the boat to the tables, even for a crossing of 5 minutes
- put oysters back in the cold room within 30 minutes, and never sell one that has stood in the sun
- drink water every hour in the sheds, which get very hot by midday

## FAQ

What if the sale of oysters is stopped? After heavy rain, or in a heatwave, the authorities can stop the sale of shellfish from the lagoon for a few days. The farm then gives you other work in the sheds, such as mending bags and cleaning; a shift cancelled after 19:00 the evening before is paid 3 hours.

I cut my hand on a shell. What do I do? Wash the cut at once with clean water and soap, disinfect it and cover it: there is a first aid kit in every shed. Show a cut that turns red or swollen to a doctor the same day.

## Contact

Holiday Jobs Desk, Student Life Department: oyster-farm-jobs@umontpellier.fr, +33 4 67 14 36 29. Student House, Triolet campus, building 20, room 112; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["04-faq-sepak-takraw-association.html"] = html_page(
    "Rotin, the sepak takraw association: FAQ",
    "Rotin: the discovery session, the beginners' sessions, club training, the outdoor afternoons, the Rotin Cup and the championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/sepak-takraw-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-sepak-takraw-faq",
    """    <h1>Rotin, the sepak takraw association: FAQ</h1>
    <p>Sepak takraw, "kick volleyball", is played all over Southeast Asia, from Malaysia and Thailand to Laos and the Philippines. Two teams of three players face each other across a net 1.52 metres high, on a court the size of a badminton court, and send a hollow ball of woven plastic, once made of rattan, over the net with their feet, knees, chest and head, never with their hands or arms, in at most three touches. Points are won with kick serves and with spikes: the attacker leaps, turns over in the air and smashes the ball down with the sole of the foot. Rotin ("rattan" in French) is the sepak takraw association of the Student House. Its members play in the sports hall of the Triolet sports complex, building 43. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 29 members from 11 countries.</p>

    <h2>What does the association offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the ball, the kick serve and your first rallies</td><td>Friday 1 October 2027, 18:00–20:00</td><td>the sports hall of the Triolet sports complex, building 43</td><td>free</td></tr>
        <tr><td>beginners' sessions: juggling the ball, the inside kick, the header and the serve, in 6 sessions</td><td>Wednesday, 17:30–19:00, from 13 October 2027</td><td>the sports hall</td><td>€18</td></tr>
        <tr><td>club training: drills and matches for every level</td><td>Monday and Friday, 20:00–22:00, from 4 October 2027</td><td>the sports hall</td><td>included in the membership</td></tr>
        <tr><td>outdoor afternoons: takraw in a circle, keeping the ball in the air as long as possible, as it is played in the streets of Southeast Asia</td><td>Sunday 14 May and Sunday 11 June 2028, 14:00–17:00</td><td>the lawn of the Student House</td><td>€2, drinks included</td></tr>
        <tr><td>the "Rotin Cup": a tournament for student teams from the whole of France</td><td>Saturday 25 March 2028, 9:00–19:00</td><td>the sports hall</td><td>€27 per team</td></tr>
      </tbody>
    </table>
    <p>Membership costs €12 for the academic year for students and €22 for staff and researchers; it includes insurance and the loan of balls, knee pads and shin guards. The licence of the French sepak takraw federation, €26, is needed only to play in the national student championship and is taken through the association. The discovery session takes 30 people, the beginners' sessions 18, club training 24 and each outdoor afternoon 40; the Rotin Cup has room for 16 teams.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience. Every member gives the association a medical certificate of fitness for sport, less than 1 year old, by the third session at the latest.</p>

    <h2>What should I wear?</h2>
    <p>Indoor shoes with thin, flat soles, such as futsal shoes, never running shoes with thick soles; shorts or leggings and a T-shirt; no jewellery and no watch. A ball of your own costs €16 at the desk; the balls for beginners are softer and larger.</p>

    <h2>I'm not flexible at all. Can I still play?</h2>
    <p>Yes. The beginners' sessions use a soft ball and a net lowered to 1.30 metres, and each session starts with 20 minutes of stretching; flexibility comes within a few months. Nobody has to spike: many good players only serve, set or block.</p>

    <h2>How do I play in the national student championship?</h2>
    <p>The association enters a team of five, three players and two substitutes, in the national student championship, with two tournament weekends in February and April 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Attend at least 10 sessions of club training.</li>
      <li>Take the licence of the French sepak takraw federation through the association, €26, by 26 November 2027.</li>
      <li>Come to the team selection at club training on Friday 10 December 2027: the coach picks five players.</li>
      <li>Order the team jersey, €19, in the association's online shop by 7 January 2028.</li>
      <li>Tell the coach in the group chat, by the Monday before each tournament weekend, whether you can play; the association pays the travel and the hotel.</li>
    </ol>

    <h2>What are the rules in the hall?</h2>
    <ul>
      <li>warm up and stretch for at least 15 minutes before you play;</li>
      <li>never try a spike before the coach has taught you to land on the crash mat;</li>
      <li>no spikes or overhead kicks when someone stands within 2 metres of you;</li>
      <li>wear knee pads on the court, and shin guards when you block;</li>
      <li>put the balls back in the net bag and the mats against the wall after the session.</li>
    </ul>

    <h2>What if someone gets hurt?</h2>
    <p>A player who twists an ankle stops at once, sits with the leg raised and cools it with an ice pack from the freezer of the hall's office. A player hit on the head who feels dizzy or sick does not play again that day. In an emergency, the coach calls 15. The nurses of the Student Health Service see students without an appointment, Monday to Friday, in building 3.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 16 sessions in the year and help to organise the Rotin Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Rotin, Student House: rotin@asso.umontpellier.fr, +33 4 67 14 35 71. Triolet campus, building 20, room 226; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-sepak-takraw-association.meta.yaml"] = sidecar(
    "Rotin, the sepak takraw association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/sepak-takraw-association-faq",
    "students, researchers and staff",
)

TEXTS["05-irish-music-group.txt"] = """CRAIC: THE IRISH MUSIC GROUP - 2027-2028
University of Montpellier - Culture Department

In Ireland, a session is an evening when musicians sit round a table, often in a pub, and play the traditional dance tunes together: jigs, reels, hornpipes and polkas, strung together in sets of two or three, with now and then a slow air or a song. The fiddle, the tin whistle, the flute, the banjo, the bouzouki, the guitar and the bodhrán, a frame drum played with a small stick, are the usual instruments. There is no conductor and no score on the table: tunes are learnt by ear and passed from player to player. Craic (Irish for fun and good company, said "crack") is the Irish music group of the Culture Department. It owns 12 tin whistles, 2 fiddles, a banjo, a bouzouki and 3 bodhráns, and it is led by a fiddler from County Clare who teaches at a music school in Montpellier. It plays in the music room, room 0.15 of building 31. In 2026-2027 the group had 21 members from 9 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The group has six activities:

open session: listen, or bring any acoustic instrument and play along, on Wednesday 29 September 2027 from 19:00 to 21:00
tin whistle class for beginners: breathing, the first scale, the first ornaments and a first jig learnt by ear, 8 sessions on Mondays from 18:00 to 19:30, from 11 October 2027
group session: the whole group, on Wednesdays from 19:30 to 22:00, from 6 October 2027
set dancing weekend: Irish set dances taught by a caller, with the group as the band, on Saturday 5 and Sunday 6 February 2028 from 10:00 to 17:00
Saint Patrick's céilí: the group plays for a night of dancing at the Student House, on Friday 17 March 2028 at 20:00
summer session in the garden: on Thursday 22 June 2028 at 19:30, in the garden of the Student House

The general meeting of the group, where the members choose the tunes of the year, takes place on Wednesday 20 October 2027 at 18:30 in the music room.

MEMBERSHIP, CLASSES AND INSTRUMENTS

Membership costs EUR 12 for the academic year for students and EUR 25 for staff and researchers; it includes insurance and the group sessions. The tin whistle class costs EUR 20 for the eight sessions, whistle included, and you keep the whistle; the set dancing weekend costs EUR 18. Students with a need-based grant pay half price for the class and the weekend. The class takes 14 players, the group 25 and the weekend 40 dancers.

Members who want to play the fiddle, the banjo, the bouzouki or the bodhrán borrow one of the group's for the year, against a deposit cheque of EUR 150 that is never cashed unless the instrument comes back damaged. You do not need to read music: every tune is taught by ear, phrase by phrase, and a slow recording of it is in the group's app. A session is acoustic: no amplifiers and no drum kit. The tin whistle is shrill, so the group also lends low whistles, an octave lower and much softer, for practice at home without disturbing the neighbours.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE SUMMER SESSION IN THE GARDEN?

1. Be a member and come to the group sessions from March 2028 at the latest, missing at most 2 of them.
2. Play the eight tunes of the summer list by ear with the group leader at the tune evening on Wednesday 3 May 2028.
3. Attend the two run-throughs on Saturday 10 June and Saturday 17 June 2028, from 15:00 to 18:00.
4. Collect the group's green scarf, lent for the evening, by 20 June 2028, and come in a white shirt.
5. On the day of the summer session, be in the garden at 18:30 to tune up.

RULES OF THE SESSION

Tune your instrument to the group's tuner before the session starts, never in the middle of a set. The player who starts a set chooses its tunes and calls the change to the next tune with a shout of "hup!". Play only the tunes you know; for the others, listen, and learn them later from the app. Only one bodhrán plays at a time, softly, and never louder than the fiddles. No food or drinks in the music room except water. The music room closes at 22:30.

THE SUMMER SESSION IN THE GARDEN

On Thursday 22 June 2028 at 19:30, the players of the year give Craic's summer session in the garden of the Student House. It is free and open to all, and it ends with a céilí: a caller teaches the audience two set dances.

CREDITS

Students who play in the group all year and at the summer session can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Craic, Culture Department
E-mail: craic@umontpellier.fr
Phone: +33 4 67 14 53 47
Triolet campus, building 29, room 0.26. Wednesday, 12:30-14:00.
"""

TEXTS["05-irish-music-group.meta.yaml"] = sidecar(
    "Craic, the Irish music group 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/craic-irish-music-group",
    "students, researchers and staff",
)

TEXTS["06-climate-and-sustainability-certificate-2027.md"] = """---
title: The climate and sustainability certificate, 2027-2028
url: https://www.umontpellier.fr/en/study/climate-and-sustainability-certificate
audience: students
language: en
valid_until: 2028-06-30
---

# The climate and sustainability certificate, 2027-2028

Employers, public bodies and laboratories now expect graduates to understand climate change, the loss of biodiversity and the limits of energy and water, and to know how their own job can cut emissions and adapt to a warmer world. The climate and sustainability certificate gives UM students this common ground, whatever they study. It is run by the Transition Office of the Directorate of Studies and is open to every student enrolled at UM in 2027-2028, at every level from the first year of a bachelor's degree to the doctorate, exchange students included. The course is in French, with English subtitles on every video, and the exam can be taken in French or in English. In 2026-2027, 2,180 students took the certificate.

## What the certificate involves

| Part | What it means |
|---|---|
| online course | 12 modules of about 1 hour, with videos and quizzes, open from 27 September 2027 until your exam |
| climate workshop | 3 hours in a group of 8 with a trained student facilitator, around a card game on the causes and effects of climate change |
| project | in a team of 3 to 5 students, a proposal for a change on your campus, in your programme or in your future job, presented in a video of at most 5 minutes |
| exam | a quiz of 60 questions in 1 hour, on a computer in a supervised room |
| result | a mark out of 100: the certificate from 60, "with distinction" from 85 |

The certificate is free, and so is a second try at the next session for students who fail. Students who pass receive 2 ECTS credits in the free unit of the semester in which they sit the exam. Students with a disability can ask for extra time, a screen reader or a separate room.

## Dates

| Stage | Date |
|---|---|
| course opens, registration opens | Monday 27 September 2027 |
| deadline for the winter session | Sunday 7 November 2027, 23:59 |
| climate workshops, winter | from 8 to 26 November 2027 |
| projects due, winter | Friday 3 December 2027, 12:00 |
| winter exam | Thursday 16 December 2027, at 10:00 or 15:00 |
| deadline for the spring session | Sunday 12 March 2028, 23:59 |
| climate workshops, spring | from 13 to 31 March 2028 |
| projects due, spring | Friday 7 April 2028, 12:00 |
| spring exam | Thursday 20 April 2028, at 10:00 or 15:00 |
| results | 2 weeks after each exam, in the "Studies" tile |

## How to register

To take the certificate, follow these steps:

1. Open the course from the "Studies" tile of your UM account, under "Climate certificate".
2. Finish the first module and its quiz: this opens the registration.
3. Register for a session in the same tile by its deadline, 7 November 2027 for the winter session or 12 March 2028 for the spring session, and choose the slot of your climate workshop.
4. Join a project team in the tile within a week of the deadline; the Office places the students who have none.
5. Receive your notice to attend the exam by e-mail 7 days before, with your room and your time, and come 15 minutes early with your student card.

## FAQ

Does it cost anything? No: the course, the workshop, the exam and a second try are all free.

Can I use my notes in the exam? No. The computers of the exam room open only the quiz, without internet access.

What if I miss my climate workshop? Book another slot of the same session in the tile if one is left; otherwise your registration moves to the next session.

## Contact

Transition Office, Directorate of Studies: climate-certificate@umontpellier.fr, +33 4 67 14 22 61. Triolet campus, building 6, room 6.110; Monday to Thursday, 9:00–12:00.
"""

TEXTS["31-sustainable-development-certificate-2024.txt"] = """SUSTAINABLE DEVELOPMENT AWARENESS CERTIFICATE - 2023-2024
University of Montpellier - Sustainable Development Unit

This page applies to the academic year 2023-2024. The sustainable development awareness certificate gives students a mark out of 100 for their knowledge of sustainable development.

WHO CAN TAKE PART

First-year bachelor's students only. Students in later years, master's students, doctoral candidates and exchange students cannot take part.

WHAT THE CERTIFICATE INVOLVES

An online course of 6 modules, without a workshop or a project. One exam only, on paper, on Tuesday 14 May 2024 at 10:00, in lecture theatre A of building 5: 45 minutes, 40 multiple-choice questions, in French only. The pass mark is 50 out of 100. The certificate gives no ECTS credits, only a bonus of 0.25 points on the average of the second semester. Every candidate pays an exam fee of EUR 10, grant-holders included.

HOW TO REGISTER

Register by e-mail to the Sustainable Development Unit by 19 April 2024. Places are given in the order of the e-mails received, up to 400 students.

1. Write to the Sustainable Development Unit with your name, your student number and your programme.
2. Pay the exam fee of EUR 10 at the unit by 26 April 2024.
3. Come on 14 May 2024 at 9:30 with your student card and a black pen.

Results are posted on the notice board of the unit 5 weeks after the exam.

CONTACT

Sustainable Development Unit
E-mail: sd-certificate@umontpellier.fr
Phone: +33 4 67 14 22 09
Triolet campus, building 5, room 5.020. Monday and Wednesday, 9:00-12:00.
"""

TEXTS["31-sustainable-development-certificate-2024.meta.yaml"] = sidecar(
    "Sustainable development awareness certificate, 2023-2024 (expired, superseded by the 2027-2028 climate and sustainability certificate)",
    "https://www.umontpellier.fr/en/study/sustainable-development-certificate-2024",
    "students",
    "2024-06-30",
)

TEXTS["10-stag-beetle-survey-volunteers.md"] = """---
title: Lucane – counting the stag beetles of the oak woods, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/lucane-stag-beetle-survey
audience: students, researchers and staff
language: en
---

# Lucane: counting the stag beetles of the oak woods

The stag beetle is the largest beetle in Europe. The male, up to 8 centimetres long, carries huge jaws shaped like the antlers of a stag, which he uses only to wrestle other males; the female is smaller, with short jaws. The larvae, large white grubs, live for 3 to 5 years inside the rotting wood of old oaks, stumps and roots; the adults live only a few weeks, in June and July, and fly slowly and noisily at dusk, looking for a mate. As dead wood is cleared from woods and parks, the stag beetle is becoming rare. Lucane (its French name), run by the Student Life Department with an entomologist of the Faculty of Sciences, trains volunteers to walk 30 paths of 500 metres at dusk in the oak woods north of Montpellier, count the beetles in flight, look for the remains left by birds and build log piles for the larvae. Its results go into a national survey. In 2027, 33 volunteers counted 412 stag beetles on 24 of the 30 paths.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the stag beetle, its life in dead wood and the protocol | Tuesday 23 May 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| dusk walks: walking a path slowly and counting the beetles in flight | Tuesday and Friday evenings, from 6 June to 21 July 2028, 20:45–22:15 | 30 paths in the oak woods north of Montpellier | 40 | free |
| remains search: looking for the heads, jaws and wing cases that magpies and jays leave under the oaks | Sunday mornings, from 11 June to 23 July 2028, 8:30–11:30 | the same woods | 20 | free |
| log pile day: burying oak logs where the larvae can grow | Saturday 18 November 2028, 9:00–16:00 | the grounds of the Triolet campus | 25 | €4, for the work gloves you keep |
| results evening: the stag beetle map of the year | Thursday 7 December 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Paths are walked by pairs of volunteers, always the same pair during a summer, and the coordinator asks every landowner for permission before the first walk. From 20 June, when most beetles fly, each path is walked twice a week.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects, but you must be able to walk 3 kilometres on rough paths in the half-light, with a torch. Volunteers commit to at least 4 dusk walks between 6 June and 21 July.

## How to join

Pairs are formed at the end of May. To join one, follow these steps:

1. Come to the introductory talk of 23 May, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Lucane", by 1 June 2028, saying which evenings you are free.
3. Find a partner in the app and choose a path among those that still need a pair.
4. Walk your first path with the coordinator on Tuesday 6 June or Friday 9 June 2028.
5. At this first walk, collect the torch with a red filter, the hand counter, the map of your path and the data sheets from the coordinator.

## What to bring

Long trousers, closed shoes, a spray against mosquitoes and ticks, a bottle of water, a light jacket and a charged phone with the survey app.

## Rules of the survey

- never catch, keep or move a stag beetle; if one lands on you, let it walk off on its own
- never take, cut or move dead wood: it is the home of the larvae
- use only the red light of the torch, and never shine it at the trees for long
- stay on the path and walk it at an even pace, in 45 minutes
- check your skin and your clothes for ticks after each walk

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, at least 6 dusk walks and the log pile day can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Do stag beetles bite? The male's jaws look fearsome but are too weak to hurt; the female's are short but can pinch a finger. Leave them alone and nobody gets hurt.

I found a big white grub in a rotten stump. Is it a larva? It may well be. Put the wood back as it was, note the place in the app, and never dig up a stump to look for more.

## Contact

Lucane coordinator, Student Life Department: lucane@umontpellier.fr, +33 4 67 14 36 58. Student House, Triolet campus, building 20, room 144; Tuesday and Friday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job, their studies and their arrival: beach tennis, lost or delayed luggage, the summer jobs on the oyster farms of the Thau lagoon, sepak takraw, Irish music, the climate and sustainability certificate, mountain biking, felt making, the dolphin survey and the stag beetle survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Sablé, Sports Department | the beach tennis club, its courses, the beach evenings, the championship team and the Sablé Open | sable@umontpellier.fr | +33 4 67 14 52 19 | Triolet campus, building 46, room 46.08 | Monday and Thursday, 12:30–14:00 |
| Newcomers' Desk, International Relations Department | international students whose luggage is delayed, lost or damaged on arrival, the emergency packs, the certificates and the grant for essentials | newcomers-desk@umontpellier.fr | +33 4 67 14 27 63 | Triolet campus, building 1, room 1.12 | Tuesday and Thursday, 13:30–16:30 |
| Holiday Jobs Desk, Student Life Department | the summer staff of the agreement with the Thau Oyster Farmers' Cooperative, the applications and the training | oyster-farm-jobs@umontpellier.fr | +33 4 67 14 36 29 | Student House, Triolet campus, building 20, room 112 | Tuesday and Thursday, 14:00–17:00 |
| Rotin, Student House | the sepak takraw association, its sessions, the outdoor afternoons, the championship and the Rotin Cup | rotin@asso.umontpellier.fr | +33 4 67 14 35 71 | Student House, Triolet campus, building 20, room 226 | Thursday, 12:30–14:00 |
| Craic, Culture Department | the Irish music group, the tin whistle class, the set dancing weekend, the loan of instruments and the summer session | craic@umontpellier.fr | +33 4 67 14 53 47 | Triolet campus, building 29, room 0.26 | Wednesday, 12:30–14:00 |
| Transition Office, Directorate of Studies | the climate and sustainability certificate, the online course, the climate workshops and the exams | climate-certificate@umontpellier.fr | +33 4 67 14 22 61 | Triolet campus, building 6, room 6.110 | Monday to Thursday, 9:00–12:00 |
| Caillasse, Sports Department | the mountain bike club, the skills evenings, the beginners' course and the club rides | caillasse@umontpellier.fr | +33 4 67 14 52 73 | Triolet campus, building 46, room 46.12 | Tuesday and Friday, 12:30–14:00 |
| Toison, Culture Department | felt-making courses, the open studio and the exhibition of the year | toison@umontpellier.fr | +33 4 67 14 53 82 | Triolet campus, building 29, room 0.31 | Monday and Thursday, 13:30–16:30 |
| Aileron coordinator, Student Life Department | the dolphin survey, the camera mornings, the boat outings and the photo sorting evenings | aileron@umontpellier.fr | +33 4 67 14 36 74 | Student House, Triolet campus, building 20, room 132 | Monday and Thursday, 9:30–12:30 |
| Lucane coordinator, Student Life Department | the stag beetle survey, the dusk walks, the remains searches and the log pile day | lucane@umontpellier.fr | +33 4 67 14 36 58 | Student House, Triolet campus, building 20, room 144 | Tuesday and Friday, 14:00–17:00 |

## Useful to know

Cycling lessons for adults: the Sports Department teaches students and staff who never learnt to ride a bicycle, in groups of 6, free of charge: 8 lessons of 1 hour on Wednesdays at 12:30 or on Saturdays at 10:00, on a car park of the Triolet campus closed to traffic, with bikes and helmets lent. The last lesson is a ride on the cycle paths of the city with the teacher. Register in the "Sport" tile: cycling-lessons@umontpellier.fr, +33 4 67 14 52 66. A new group starts in October, in February and in April.

Students with a disability who sit the climate and sustainability certificate can ask for a third more time, a screen reader or a separate room by writing to the Disability Support Service at least 4 weeks before the exam: disability-support@umontpellier.fr, +33 4 67 14 71 19, Triolet campus, building 8, room 021; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 52, Triolet campus, building 3, room 012; Monday to Friday, 8:30–17:00. They also give students a remedy for seasickness free of charge before a boat trip, for example for the dolphin survey. The doctors of the same service give students a medical certificate of fitness for sport free of charge, by appointment, for example for the sepak takraw association or the beach tennis licence: +33 4 67 14 71 58.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, 196 for an emergency at sea, or 112. Do not write to a service.
"""

TEXTS["40-tallinn-beach-tennis-club-and-sepak-takraw-club.md"] = """---
title: Tallinn University – the beach tennis club and the sepak takraw club
url: https://www.tlu.ee/en/student-life/beach-tennis-and-sepak-takraw
audience: students and staff
language: en
---

# Tallinn University: the beach tennis club and the sepak takraw club

This page of Tallinn University, in Estonia, presents the beach tennis club and the sepak takraw club of its sports club. It applies only to students and staff of Tallinn University, in its Astra, Mare and Terra buildings in the centre of Tallinn.

## Beach tennis club

The beach tennis club plays on the beach of Pirita in summer and on the indoor sand courts of a sports centre of the city in winter.

| Rule | Tallinn University |
|---|---|
| age | open from 18 years old |
| beginners' course | 10 sessions, €45 |
| membership | €40 a year for students, federation licence included |
| training | Tuesday and Saturday mornings |
| equipment | rackets are not lent: each player buys one, about €80 |
| club tournament | Saturday 1 July 2028, €40 per pair |
| credits | 3 ECTS credits |

Contact: beach tennis club, beachtennis@tlu.ee, +372 640 9150.

## Sepak takraw club

The sepak takraw club plays in the gym of the Mare building.

- the club is open from 18 years old only
- the discovery session takes place on Thursday 14 October 2027
- membership costs €20 a year for students
- the federation licence costs €35 and is compulsory for every member
- the beginners' sessions cost €30
- balls are not lent: each player buys their own from the first session
- the club's cup takes place on Saturday 6 May 2028, at €45 per team
- regular players receive 3 ECTS credits

Contact: sepak takraw club, sepaktakraw@tlu.ee, +372 640 9160.
"""

TEXTS["41-wroclaw-lost-luggage-and-irish-music-group.md"] = """---
title: University of Wrocław – lost luggage of international students, and the Irish music group
url: https://uwr.edu.pl/en/students/lost-luggage-and-irish-music
audience: students
language: en
---

# University of Wrocław: lost luggage of international students, and the Irish music group

This page of the University of Wrocław, in Poland, presents the help that its international office gives international students whose luggage is delayed or lost on their journey, and the Irish music group of its cultural programme. It applies only to students of the University of Wrocław, whose main building stands on University Square, by the Oder river.

## Lost or delayed luggage

International students deal with the airline themselves; the international office gives them documents.

| Rule | University of Wrocław |
|---|---|
| certificate for the airline | sent within 3 working days |
| emergency pack | none |
| grant for essentials | none: the international office pays nothing |
| help with the claim | by e-mail only |
| luggage delivered to the international office | accepted and kept for 30 days |
| lost medicines | students see a doctor of their own choice |

Contact: international office, luggage@uwr.edu.pl, +48 71 375 2210.

## Irish music group

The Irish music group of the cultural programme meets in a seminar room of the main building.

- members must be 18 or over
- the open session takes place on Tuesday 5 October 2027
- membership costs PLN 80 a year for students
- the tin whistle course has 10 sessions and costs PLN 120
- the group does not lend instruments: each player brings their own
- players must read music before they join
- the summer concert takes place on Saturday 24 June 2028
- players receive 2 ECTS credits

Contact: Irish music group, irishmusic@uwr.edu.pl, +48 71 375 2230.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
