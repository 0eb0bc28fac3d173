"""The text of every 'blind49' document; run this to rebuild corpus/ (see ../collection_tools.py).

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

PDFS["07-basque-pelota-club-2027.pdf"] = {
    "title": "Fronton: the Basque pelota club of UM, 2027-2028",
    "short": "Basque pelota club",
    "url": "https://www.umontpellier.fr/en/campus-life/sport/fronton-basque-pelota-club-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Fronton Basque pelota club",
    "pages": [
        [
            ("h1", "Fronton: the Basque pelota club of UM, 2027-2028"),
            (
                "p",
                "Basque pelota is a family of games in which a ball is hit against a high wall, the "
                "fronton. Fronton plays paleta: two pairs take turns to hit a hollow "
                "rubber ball against the front wall with a solid wooden bat, the paleta. The ball must strike the wall above a "
                "metal strip 1 metre high and come back into the court, and a player may let it bounce "
                "only once. Fronton is the Basque pelota club of the Sports Department. It plays at the "
                "municipal fronton of the Grammont sports park, and on its indoor wall in winter. This guide "
                "applies to 2027-2028.",
            ),
            ("h2", "What the club offers in 2027-2028"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["try-out afternoon: the serve and your first rallies", "Saturday 25 September 2027, 14:00–17:00", "the outdoor fronton", "€5, paleta, balls and goggles included"],
                    ["beginners' course: the forehand, the backhand and the serve, in 6 sessions", "Wednesday, 16:00–17:30, from 6 October to 17 November 2027, with no session on 3 November", "the outdoor fronton", "€30 for the 6 sessions"],
                    ["club training: drills, then matches in pairs", "Tuesday, 18:30–20:30, every week from 5 October 2027", "the outdoor fronton, then the indoor wall from December", "included in the membership"],
                    ["winter doubles league: a match a week against another pair", "Friday, 19:00–21:00, from 5 November 2027 to 24 March 2028", "the indoor wall", "€2 per evening"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "The try-out afternoon takes 16 people and the beginners' course 12. Membership costs €25 "
                "for the academic year for students and €40 for staff and researchers; it includes "
                "insurance and the loan of the club's paletas and goggles. A paleta of your own costs "
                "€45 through the club instead of €60. Register "
                "from 13 September 2027 in the \"Sport\" tile of your UM account.",
            ),
        ],
        [
            ("h2", "Who can join?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                "16 or over; members under 18 need the written consent of a parent. You need no "
                "experience of racket sports. Goggles are compulsory for every player in every rally: the "
                "club lends them. Every member fills in "
                "a health questionnaire; a medical certificate is needed only for competitions.",
            ),
            ("h2", "What to bring"),
            (
                "p",
                "Sports shoes with light soles that do not mark the floor, a towel and a bottle of water. "
                "The club lends the paletas, the goggles and the balls; a thin glove for the bat hand "
                "costs €6 at the club's desk.",
            ),
            ("h2", "Playing at the student championship"),
            (
                "p",
                "The club sends 2 pairs to the French student championship in Bayonne on Saturday 13 May "
                "2028. To be one of them, follow these steps:",
            ),
            (
                "num",
                [
                    "Come to at least 10 club trainings between 5 October 2027 and 1 February 2028.",
                    "Pair up with another member of the club and register your pair with the coach by 15 "
                    "February 2028.",
                    "Pass the club's test by 7 March 2028: 20 returns in a row against the wall, "
                    "alternating forehand and backhand.",
                    "Take the licence of the French Basque pelota federation through the club, for €29, "
                    "by 28 March 2028.",
                    "Pay €38 in the app by 19 April 2028 for the train and two nights in Bayonne; the group "
                    "meets at Montpellier Saint-Roch station at 6:40 on Friday 12 May 2028.",
                ],
            ),
            ("h2", "Rules of the court"),
            (
                "bullet",
                [
                    "goggles go on before you step onto the court and stay on until you leave it;",
                    "wait for your turn behind the back line, and never walk across a court during a "
                    "rally;",
                    "call out before you fetch a ball from the next court;",
                    "the last pair collects every ball and puts the paletas back in the club's box.",
                ],
            ),
        ],
        [
            ("h2", "The season"),
            (
                "table",
                [
                    ["Period", "What happens", "Where"],
                    ["autumn, from September to November 2027", "the try-out afternoon, the beginners' course and club training", "the outdoor fronton"],
                    ["winter, from December 2027 to March 2028", "club training on Tuesdays and the winter doubles league on Fridays", "the indoor wall"],
                    ["spring, from April to June 2028", "club training, and free games for members on Saturdays, 10:00–12:00, from 1 April 2028", "the outdoor fronton"],
                    ["\"Fronton Night\": a doubles tournament and a dinner, open to members and friends", "Friday 16 June 2028, 18:00–23:00", "the outdoor fronton, €10 with the dinner"],
                ],
                (56, 66, 44),
            ),
            ("h2", "A ball in the face"),
            (
                "p",
                "A rubber ball hit hard can travel at more than 100 km/h. A player hit on the face stops for the evening. If the ball hit near "
                "the eye, go to the nurses of the Student Health Service the same day, +33 4 67 14 72 41; "
                "if you see flashes of light or a dark shadow, call 15 at once.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow the beginners' course, come to at least 20 club trainings and help "
                "to run Fronton Night can have it recognised as a sport unit worth 1 ECTS credit, or 2 "
                "ECTS credits if they also play at the student championship.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Fronton, Sports Department: fronton@umontpellier.fr, +33 4 67 14 52 68. Triolet campus, "
                "building 45, room 45.15; Wednesday and Friday, 12:30–14:00.",
            ),
        ],
    ],
}

PDFS["08-screen-printing-workshop-2027.pdf"] = {
    "title": "Racle: the screen printing workshop of UM, 2027-2028",
    "short": "Screen printing workshop at UM 2027-2028",
    "url": "https://www.umontpellier.fr/en/campus-life/culture/racle-screen-printing-workshop-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Culture Department, Racle screen printing workshop",
    "pages": [
        [
            ("h1", "Racle: the screen printing workshop of UM, 2027-2028"),
            (
                "p",
                "In screen printing, ink is pushed through a fine mesh of polyester stretched on a "
                "frame, the screen, with a rubber blade called a squeegee. A stencil blocks the mesh "
                "wherever no ink should pass. The finest stencils are made with a photo emulsion: the screen is coated with it, the design is printed in black "
                "on a transparent film, and the screen is exposed to ultraviolet light through the film. "
                "The light hardens the emulsion everywhere except under the black lines, which wash out "
                "with water. Each colour needs its own screen. Racle (French for a squeegee) is the screen printing workshop of the "
                "Culture Department, taught by a printmaker in the print room of building 29, room 0.05. "
                "This guide applies to 2027-2028. In 2026-2027, 41 people took part.",
            ),
            ("h2", "The activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery evening: printing a tote bag through a paper stencil", "Thursday 21 October 2027 or Thursday 3 February 2028, 18:00–20:30", "the print room, building 29, room 0.05", "€8, the tote bag included"],
                    ["one-colour course: your own design on a photo screen, printed on paper and fabric, in 4 sessions", "Monday, 18:00–21:00, from 15 November to 6 December 2027", "the print room", "€45, the screen, the emulsion, the ink and 2 T-shirts included"],
                    ["multi-colour course: a poster of up to 3 colours, in 6 sessions", "Saturday, 10:00–13:00, from 5 February to 25 March 2028, with no sessions on 26 February and 4 March", "the print room", "€85, after the one-colour course"],
                    ["print-your-own afternoon: the workshop's designs printed on your own clothes", "Saturday 13 May 2028, 14:00–17:00", "the print room", "€4"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "Each discovery evening takes 12 people, the one-colour course 10, the multi-colour course "
                "8 and the print-your-own afternoon 20. Students with a need-based grant pay half price; "
                "staff and researchers pay €10 more per course. Extra screens cost €18. Register from 20 "
                "September 2027 in the \"Culture\" tile of your UM account.",
            ),
        ],
        [
            ("h2", "Who can take part?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                "16 or over; participants under 18 need the written consent of a parent. You need no "
                "experience, and you do not need to draw well: a design can be lettering or a photo. The multi-colour course is only for "
                "people who have printed with a photo screen. The workshop uses water-based inks only, "
                "with no solvents.",
            ),
            ("h2", "What to bring"),
            (
                "p",
                "An apron or old clothes, since the ink does not wash out once dry, and your design in "
                "black on white, on paper or on a USB key. The workshop lends the squeegees, the gloves "
                "and the exposure unit, and provides the screens, the emulsion, the films and the inks.",
            ),
            ("h2", "Joining the multi-colour course"),
            ("p", "To join the multi-colour course, follow these steps:"),
            (
                "num",
                [
                    "Finish the one-colour course of November 2027, or show the teacher a print you have "
                    "made yourself with a photo screen, by 10 December 2027.",
                    "Register in the \"Culture\" tile by 12 January 2028 and pay the price of the course, "
                    "€85.",
                    "Send your design in the same tile by 24 January 2028, as separate layers, one per "
                    "colour, with at most 3 colours, in A3 format.",
                    "Come to the first session, on Saturday 5 February 2028 at 9:45, in old clothes: your "
                    "films are printed and your screens coated before you arrive.",
                    "Take home 10 prints of your poster at the last session, on 25 March 2028, and leave "
                    "one for the exhibition.",
                ],
            ),
        ],
        [
            ("h2", "Rules of the workshop"),
            (
                "bullet",
                [
                    "the photo emulsion is opened and spread only in the room with the yellow light;",
                    "never look at the ultraviolet lamp of the exposure unit while it is on;",
                    "a screen is washed as soon as you stop printing, since ink dries in the mesh within "
                    "10 minutes and blocks it for good;",
                    "left-over ink is scraped back into its pot, never poured down the sink;",
                    "wear gloves to clean the screens;",
                    "no food and no drinks in the print room.",
                ],
            ),
            ("h2", "Ink in the eye"),
            (
                "p",
                "If ink or screen cleaner splashes into an eye, rinse it with the eyewash bottle by the "
                "sink for 15 minutes without rubbing, then go to the nurses of the Student Health Service, "
                "+33 4 67 14 72 41.",
            ),
            ("h2", "The exhibition and sale"),
            (
                "p",
                "The posters of the year are shown and sold in the hall of the Student House from Monday "
                "22 to Friday 26 May 2028; the opening is on Monday 22 May 2028 at 18:00. Each print is "
                "sold at €5.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow both courses and show a poster at the exhibition can have it "
                "recognised as a cultural engagement unit worth 1 ECTS credit.",
            ),
            (
                "p",
                "Contact: Racle, Culture Department, racle@umontpellier.fr, +33 4 67 14 53 47. Triolet "
                "campus, building 29, room 0.25; Tuesday and Thursday, 14:00–17:00.",
            ),
        ],
    ],
}

DOCXS["09-otter-survey-volunteers.docx"] = {
    "title": "Loutre: looking for otters along the rivers east of Montpellier – volunteer guide 2028",
    "url": "https://www.umontpellier.fr/en/campus-life/volunteering/loutre-otter-survey",
    "audience": "students, researchers and staff",
    "blocks": [
        ("title", "Loutre: looking for otters along the rivers east of Montpellier – volunteer guide 2028"),
        (
            "p",
            "The Eurasian otter almost disappeared from the rivers of southern France in the last "
            "century, and it is now coming back. Otters are shy and mostly active at night, so they are "
            "rarely seen; they are found from the signs they leave. The main sign is the spraint, the "
            "otter's dropping, which it leaves on a stone, a root or under a bridge to mark its stretch "
            "of river. Loutre (French for otter), run by the Student Life Department with a mammal "
            "ecologist of the Faculty of Sciences, trains volunteers to look for these signs along 16 "
            "sections of 1 kilometre of the Vidourle, the Bénovie and the Bérange. In 2027, 22 "
            "volunteers found otter signs on 9 of the 16 sections.",
        ),
        ("h1", "Who can volunteer?"),
        (
            "p",
            "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers "
            "under 18 need the written consent of a parent and always go out with an adult. You need no "
            "knowledge of mammals. Volunteers commit to at least 4 survey mornings between 5 February and "
            "26 March 2028. The survey lends gloves, sample tubes, folding rulers and tablets with the "
            "survey app. The sections on the Vidourle and the Bénovie are reached by minibus; the four "
            "sections on the Bérange are reached by bike, about 35 minutes from the campus along a cycle "
            "path. Volunteers who have no bike can borrow one from the bike loan of the Sustainability "
            "Office.",
        ),
        ("h1", "Activities"),
        (
            "table",
            [
                ["Activity", "When", "Where", "Volunteers per session"],
                ["training evening: the otter, the protocol and the app", "Tuesday 18 January 2028, 18:00–20:00", "Triolet campus, building 13, room 13.04", "40"],
                ["identification evening: spraints and footprints, from photos and plaster casts", "Thursday 27 January 2028, 18:00–19:30", "Triolet campus, building 13, room 13.04", "40"],
                ["survey morning: walking a section of 1 kilometre on the bank, in teams of two", "Saturday and Sunday mornings from 5 February to 26 March 2028, 8:00–12:00", "the rivers, by minibus or by bike", "16"],
                ["camera trap round: changing the cards and batteries of the 6 camera traps", "Wednesday afternoons from 9 February to 29 March 2028, 14:00–17:00", "the Vidourle, by minibus", "4"],
                ["results evening: the otter map of the year and the best camera trap films", "Tuesday 25 April 2028, 18:30–20:30", "the hall of the Student House", "60"],
            ],
        ),
        ("h1", "Going on your first survey morning"),
        ("p", "To go on your first survey morning, follow these steps:"),
        (
            "num",
            [
                "Sign up in the \"Student Life\" tile of your UM account, under \"Loutre\", by 11 January 2028.",
                "Attend the training evening of 18 January 2028: nobody goes out without it. The "
                "identification evening of 27 January is not compulsory, but it helps a lot.",
                "Book a survey morning in the app by the Wednesday before at 12:00: each section takes 2 "
                "volunteers.",
                "Bring rubber boots, waterproof clothes, water and a snack; the gloves, the tubes, the rulers "
                "and the tablets are handed out at the start.",
                "Meet the coordinator in front of the Student House at 7:15; the minibus is back by 12:45.",
            ],
        ),
        ("h1", "How the survey works"),
        (
            "p",
            "The team walks its section slowly along the bank and checks the places where otters like to "
            "leave their mark: under bridges, on large stones in the river, on tree roots and where a "
            "stream joins the river. Each spraint and each footprint is photographed with the ruler next "
            "to it, and its place is recorded in the app. One spraint in five is collected with gloves in "
            "a tube, for a DNA test at the laboratory. A morning is cancelled by text message by 6:00 when "
            "the river is in flood: the banks are then dangerous, and the signs are washed away.",
        ),
        ("h1", "Otter or coypu?"),
        (
            "p",
            "The coypu, a large rodent from South America, is common along the same rivers. An otter's "
            "footprint shows five round toes spread in a fan, about 6 centimetres wide; a coypu's hind "
            "foot shows long thin toes joined by a web. Otter spraints are black when fresh, full of fish "
            "scales and tiny bones, and smell of fish or of jasmine tea; coypu droppings are green-brown, "
            "shaped like an olive stone with fine grooves, and hardly smell. When in doubt, photograph it: "
            "the ecologist checks every photo before the results evening.",
        ),
        ("h1", "Rules of the survey"),
        (
            "bullet",
            [
                "never go into the water or cross the river, even in boots",
                "never touch a spraint with bare hands",
                "stay on the paths along the banks: most of the land beside the rivers is private",
                "never post online the place of a fresh sign or of a den",
                "if you find a dead otter, do not touch it: photograph it and call the coordinator",
            ],
        ),
        ("h1", "Credits"),
        (
            "p",
            "Students who attend the training evening, at least 6 survey mornings and the results evening "
            "can have it recognised as a student engagement unit worth 1 ECTS credit. Every volunteer "
            "receives a certificate of participation in a citizen science project.",
        ),
        ("h1", "Contact"),
        (
            "p",
            "Loutre coordinator, Student Life Department: loutre@umontpellier.fr, +33 4 67 14 36 52. "
            "Student House, Triolet campus, building 20, room 141; Tuesday and Thursday, 9:30–12:30.",
        ),
    ],
}

TEXTS["01-bike-polo-club.md"] = """---
title: Maillet – the bike polo club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/maillet-bike-polo-club
audience: students, researchers and staff
language: en
---

# Maillet: the bike polo club of the Sports Department

Hardcourt bike polo is played on bicycles, on a hard court of about 40 by 20 metres closed by low boards. Two teams of three riders try to hit a small plastic street hockey ball into the other team's goal with long mallets. A game ends when a team scores 5 goals or after 12 minutes. A player who puts a foot on the ground, a "dab", must ride to the centre of the side board and touch it with the mallet before playing the ball again. Maillet (French for a mallet) is the bike polo club of the Sports Department. It plays on the old tennis court of the Triolet campus, fenced with wooden boards. This page applies to the academic year 2027-2028. In 2026-2027, the club had 21 members from 10 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| taster evening: riding one-handed and a first game | Wednesday 22 September 2027, 18:00–20:00 | the bike polo court | 1 | free, bikes, mallets and helmets lent |
| beginners' course: steering, stopping without a dab, passing and shooting | Tuesday, 18:00–19:30 | the bike polo court | 6, from 5 October to 16 November 2027, with no session on 2 November | €30, bikes and mallets included |
| club games: three against three, teams drawn at random | Thursday, 18:30–21:00 | the bike polo court, under floodlights | every week from 7 October 2027 | included in the membership |
| mallet workshop: building your own mallet from a ski pole and a length of plastic pipe | Saturday 20 November 2027, 10:00–13:00 | the bike workshop of building 52 | 1 | €12, materials included |
| "Maillet Cup": a one-day tournament for the student clubs of the region | Saturday 3 June 2028, 9:00–18:00 | the bike polo court | 1 | €9 per player, lunch included |

The taster evening takes 18 people and the beginners' course 12; the Maillet Cup has room for 16 teams of three. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €20 for the academic year for students and €35 for staff and researchers; it includes insurance and the use of the club's 6 polo bikes, its 14 mallets and its helmets. A ready-made mallet of your own costs €28 at the club's desk.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience of polo or hockey, but you must be able to ride a bike confidently with one hand on the handlebar. No medical certificate is needed: every member fills in a health questionnaire in the "Sport" tile. You can play on your own bike if it has a low gear and two working brakes; the coach checks it on your first evening.

## How to play at the French student tournament

The club sends one team of three and a substitute to the French student bike polo tournament in Valence on Saturday 8 and Sunday 9 April 2028. To be in that team, follow these steps:

1. Come to at least 10 club games between 7 October 2027 and 27 January 2028.
2. Form a team of three with a substitute and give its name to the coach by 10 February 2028.
3. Pass the club's skills test by 2 March 2028: ride a slalom of 8 cones one-handed without a dab, then score 3 shots out of 5 from 6 metres.
4. Take the French university sport licence through the club, for €22, by 16 March 2028.
5. Pay €30 in the club's app by 24 March 2028 for the minibus, the bike trailer and the night in Valence; the minibus leaves the Sports Department at 7:30 on Saturday 8 April 2028.

## Rules of the court

- helmets stay on and fastened as soon as you ride onto the court, and gloves are worn for every game
- the mallet never goes above shoulder height, in a swing or in a shot
- after a dab, ride to the centre of the side board and touch it before you play again
- nobody walks onto the court while a game is on: wait behind the boards
- at the end of the evening, the club's bikes and mallets go back into the container, and the last player locks it

## Credits

Students who follow the beginners' course, come to at least 20 club games in the year and help to run the Maillet Cup can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

I keep falling over in tight turns with the mallet in my hand. What am I doing wrong? Lower your saddle by about 2 centimetres, so that your foot can reach the ground quickly, and look where you want to go, not at the ball. Keep the mallet low and on the outside of the turn.

## Contact

Maillet, Sports Department: maillet@umontpellier.fr, +33 4 67 14 52 61. Triolet campus, building 45, room 45.09; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-fire-safety-at-home-international-students.html"] = html_page(
    "Fire safety at home and help after a fire: FAQ for international students",
    "Smoke alarms, what the Fire Safety Desk gives, what to do during a fire, the steps after a fire at home, chargers and extension leads, smoking and candles, insurance and residences.",
    "https://www.umontpellier.fr/en/international/fire-safety-at-home-faq",
    "/fr/international/securite-incendie-logement-faq",
    """    <h1>Fire safety at home and help after a fire: FAQ for international students</h1>
    <p>A pan of oil left on the hob, a phone charging under a pillow, a candle next to a curtain, a cigarette in bed: most fires at home start small and in the same few ways. Every year, a few international students lose their room, their papers or their laptop to a fire, far from their family and often without knowing what they can ask for in France. The Fire Safety Desk of the International Relations Department helps international degree and exchange students to prevent fires at home and to get back on their feet after one. This FAQ applies to 2027-2028. In 2026-2027, the desk gave out 240 smoke alarms and helped 17 students after a fire.</p>

    <h2>Must my flat have a smoke alarm?</h2>
    <p>Yes. In France, every home must have at least one smoke alarm, fixed to the ceiling of the hallway or of the landing that leads to the bedrooms. In a rented flat, the landlord fits it; the tenant presses its test button once a month and changes its battery. If your home has none, the desk gives you one.</p>

    <h2>What does the desk give?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>smoke alarm</td><td>free, with a battery that lasts 10 years, one per home, collected at the desk with a proof of address</td></tr>
        <tr><td>fire blanket</td><td>a fire blanket for the kitchen, sold at the desk at €6 instead of €18</td></tr>
        <tr><td>home check</td><td>an adviser visits your home within 10 working days, for about 30 minutes, and checks the smoke alarm, the sockets, the extension leads and the way out</td></tr>
        <tr><td>emergency room</td><td>after a fire, a furnished room in a university residence for up to 7 nights, free of charge, from the same evening</td></tr>
        <tr><td>fresh start grant</td><td>up to €300 for clothes, bedding and books lost in a fire, refunded on receipts</td></tr>
      </tbody>
    </table>

    <h2>What do I do if a fire starts?</h2>
    <p>If oil catches fire in a pan, turn off the heat and cover the pan with its lid or a fire blanket; never throw water on it. If the fire spreads, get everyone out, close the door of the room behind you and call 18 or 112 from outside. Never take the lift. If the stairs are full of smoke, stay in your flat, put wet towels under the door and show yourself at a window.</p>

    <h2>There has been a fire in my home. What now?</h2>
    <p>Once everyone is safe, proceed as follows:</p>
    <ol>
      <li>Do not go back in until the firefighters tell you that you may; then photograph every damaged room and object.</li>
      <li>Call or write to the desk within 24 hours; if you cannot sleep at home, it finds you an emergency room the same day.</li>
      <li>Declare the fire to your home insurer within 5 working days, with the photos and a list of what was damaged; the adviser helps you write the declaration in French.</li>
      <li>Tell your landlord in writing within the same 5 working days, and keep a copy of your letter.</li>
      <li>Keep the receipt of everything you buy to replace what you lost, and send the receipts to the desk within 2 months for the fresh start grant.</li>
    </ol>
    <p>If your passport or your residence permit burned, the desk gives you a certificate of the fire for the consulate and the prefecture.</p>

    <h2>Are phone chargers and extension leads really dangerous?</h2>
    <p>They can be. Never plug an extension lead into another one, never charge a phone under a pillow or on the bed, and use the charger that came with the device. Charge the battery of an e-scooter or an e-bike only while you are awake and at home, and never in front of the door you would use to get out.</p>

    <h2>I smoke. Is that a problem?</h2>
    <p>A cigarette is the first cause of deadly fires at home: smokers fall asleep with it. Never smoke in bed or on a sofa when you are tired, and put out cigarettes in a heavy ashtray with a little water. If you would like to stop smoking, the tobacco specialist of the Student Health Service can help you. Candles are just as risky: never leave one burning in an empty room.</p>

    <h2>I live in a university residence. Is it the same?</h2>
    <p>The residences have their own smoke alarms and fire doors: report a fault to the reception of your residence, never to the desk, and never cover an alarm, even to cook. The emergency room and the fresh start grant are the same for residents.</p>

    <h2>Do I need home insurance?</h2>
    <p>A tenant must be insured for fire and water damage, and the landlord can ask for the certificate every year. If you have no home insurance, you may have to pay yourself for the damage to the flat; the desk still gives the emergency room and the fresh start grant.</p>

    <h2>Whom do I contact?</h2>
    <p>Fire Safety Desk, International Relations Department: fire-safety@umontpellier.fr, +33 4 67 14 27 84. Triolet campus, building 1, room 1.22; Tuesday and Friday, 9:30–12:30.</p>
""",
    [
        "<a href=\"/en/international/arriving-in-montpellier\">Arriving in Montpellier</a>",
        "<a href=\"/en/students/housing\">Finding a home</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-fire-safety-at-home-international-students.meta.yaml"] = sidecar(
    "Fire safety at home and help after a fire: FAQ for international students",
    "https://www.umontpellier.fr/en/international/fire-safety-at-home-faq",
    "international students",
)

TEXTS["03-international-students-as-airport-passenger-assistants-2028.md"] = """---
title: International students as passenger assistants at Montpellier airport, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/airport-passenger-assistants
audience: international students
language: en
---

# International students as passenger assistants at Montpellier airport

In July and August, the airport of Montpellier welcomes holiday flights from all over Europe and North Africa, and its queues fill with travellers who do not speak French. Garrigue Handling, the company that runs check-in and passenger services for several airlines at the airport, needs people who can help them in their own language. Since 2027, an agreement between the University of Montpellier and Garrigue Handling offers international students paid summer work as passenger assistants: guiding travellers in the check-in queues, helping them at the self-service kiosks, answering questions at the information desk and walking groups to their gate. Passenger assistants never screen bags or people and never handle luggage. The Airport Jobs Desk of the Student Life Department recruits and prepares the students. This page applies to the summer of 2028, from Saturday 1 July to Thursday 31 August 2028. In 2027, 28 students worked at the airport.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €13.40 gross an hour, paid by bank transfer on the 5th of the following month; hours worked before 6:00 and on Sundays are paid 25% more |
| language bonus | €1.50 more per hour for a third language, beyond French and English, that is written in your contract and used at your post |
| shifts | from 4 to 8 hours; at most 5 shifts and 30 hours a week, with at least 11 hours between the end of one shift and the start of the next |
| planning | sent in the company's app every Thursday for the following week |
| training | 3 paid training days in June, at the hourly rate |
| uniform | polo shirts, trousers, a light jacket and a lanyard lent for the summer; you bring your own plain black shoes |
| meals | a meal voucher of €8 for every shift of 6 hours or more |
| transport | for shifts that start before 6:00, a company minibus leaves the Port Marianne tram stop at 4:15; for the other shifts, half the price of your monthly bus pass is refunded |
| resits | no student is given a shift on the day of one of their resit exams; give your resit dates when you apply |

Contracts are fixed-term contracts for the summer, signed with Garrigue Handling, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, whose residence permit allows them to work in France and covers the weeks they offer. You must be free for at least 5 weeks between 1 July and 31 August 2028, speak English at level B2 and French at level B1. A third language is welcome but not required. No experience of an airport is needed.

## How to become a passenger assistant

An information meeting takes place on Tuesday 14 March 2028 at 12:30 in lecture theatre 1 of building 5. To become a passenger assistant, follow these steps:

1. Apply in the "Student Life" tile of your UM account by Friday 31 March 2028, with a CV in French and in English, your languages and their levels, and the weeks when you are free.
2. Take a language interview of 15 minutes by video with Garrigue Handling, between 10 and 14 April 2028, in English, in French and, if you have one, in your third language.
3. Receive the answer by Friday 21 April 2028, then upload the documents for your airport badge in the company's app by Friday 5 May 2028: your passport, your residence permit and your addresses of the last 5 years. The security check for the badge takes up to 6 weeks.
4. Attend the three training days on Monday 19, Tuesday 20 and Wednesday 21 June 2028, from 9:00 to 17:00 at the airport: safety, security, passengers with reduced mobility and the layout of the terminal.
5. Collect your uniform and your badge on the last training day, and enter your availability for July and August in the app by Friday 23 June 2028; your first planning arrives on Thursday 29 June 2028.

## Rules at the airport

- wear your badge where it can be seen at all times, and never lend it to anyone
- never hold, carry or watch a bag or a parcel for a passenger, even for a minute; report any unattended bag to the security staff and do not touch it
- give passengers only the gates, times and delays shown on the screens, never a guess
- phones stay in your locker during your shift
- smoking only in the marked smoking area outside the terminal, never in uniform in front of the doors
- no photos and no videos in the areas behind security

## FAQ

My French is not perfect. Will I have to make announcements over the loudspeakers? No: the airlines' own staff make the announcements. Passenger assistants talk to travellers face to face, and a team leader is always on duty for the difficult questions.

## Contact

Airport Jobs Desk, Student Life Department: airport-jobs@umontpellier.fr, +33 4 67 14 36 74. Student House, Triolet campus, building 20, room 118; Monday and Wednesday, 13:30–16:00.
"""

TEXTS["04-faq-capoeira-association.html"] = html_page(
    "Ginga, the capoeira association: FAQ",
    "Ginga: the open class, the beginners' classes, the training evenings, the music workshop, the batizado and the first cord, the studio rules and wrists.",
    "https://www.umontpellier.fr/en/campus-life/student-house/capoeira-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-capoeira-faq",
    """    <h1>Ginga, the capoeira association: FAQ</h1>
    <p>Capoeira was born in Brazil among enslaved Africans. It is a game between two players that mixes a fight, a dance and acrobatics: the players kick, sweep and dodge, but an attack is avoided rather than blocked, and a good kick stops short of the partner. The game takes place inside a circle of people, the roda, who clap and sing in Portuguese to the rhythm of the berimbau, a musical bow with a gourd, of the pandeiro, a tambourine, and of the atabaque, a tall drum. Every movement starts from the ginga, the rocking step that gives the association its name. Ginga is the capoeira association of the Student House. It trains in the dance studio of the Student House, building 20, room 012, with a teacher who has played capoeira for 15 years. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 31 members from 14 countries.</p>

    <h2>What does Ginga offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open class: the ginga, two kicks, one escape and your first roda</td><td>Tuesday 28 September 2027, 18:30–20:00</td><td>the dance studio</td><td>free</td></tr>
        <tr><td>beginners' classes: the basic kicks, escapes, cartwheels and the rules of the roda, in 8 sessions from 11 October to 6 December 2027, with no session on 1 November</td><td>Monday, 19:00–20:30</td><td>the dance studio</td><td>€25</td></tr>
        <tr><td>training for all levels: sequences in pairs, then a roda</td><td>Thursday, 19:00–21:00</td><td>the dance studio</td><td>included in the membership</td></tr>
        <tr><td>music workshop: the berimbau, the pandeiro, the atabaque and the songs, in 4 sessions from 15 January 2028</td><td>Saturday, 10:00–12:00</td><td>room 014 of the Student House</td><td>€8</td></tr>
        <tr><td>the batizado: the day of workshops with guest teachers at which new players receive their first cord</td><td>Saturday 25 March 2028, 9:00–18:00</td><td>the hall of the Student House</td><td>€15, the cord included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €10 for the academic year for students and €20 for staff and researchers; it includes insurance and the training evenings. The open class takes 35 people, the beginners' classes 20 and the music workshop 12; the batizado has room for 60 players.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience and no particular fitness: the movements are learnt slowly, and nobody is asked to do a flip. No medical certificate is needed, but every member fills in a health questionnaire when joining.</p>

    <h2>Do I need to speak Portuguese?</h2>
    <p>No. The songs are learnt phrase by phrase, with the lyrics and a translation printed in the association's songbook, and the teacher explains everything in French and in English.</p>

    <h2>What do I wear?</h2>
    <p>For the classes, loose trousers and a T-shirt; everyone plays barefoot. For the batizado, players wear white capoeira trousers, which the association sells at €22 a pair.</p>

    <h2>How do I receive my first cord?</h2>
    <p>Capoeira players wear a coloured cord as a belt, which shows their level. To receive your first cord at the batizado, follow these steps:</p>
    <ol>
      <li>Come to at least 16 classes or training evenings between 11 October 2027 and 25 February 2028.</li>
      <li>Pass the cord test with the teacher by 9 March 2028: the ginga, 6 basic kicks, 3 escapes and one song of the roda sung from memory.</li>
      <li>Order white capoeira trousers from the association if you have none, and pay the €15 of the batizado in the association's app by 16 March 2028.</li>
      <li>Play in the rehearsal roda on Saturday 18 March 2028, from 10:00 to 12:00.</li>
      <li>Be in the hall of the Student House at 9:00 on Saturday 25 March 2028, dressed in white; the guest teachers hand out the cords at 17:00.</li>
    </ol>

    <h2>What are the rules of the studio?</h2>
    <ul>
      <li>shoes stay on the rack by the door: the floor is for bare feet only;</li>
      <li>take off rings, watches and necklaces before the warm-up;</li>
      <li>kicks stop short of the partner, and nobody touches a partner's head;</li>
      <li>enter the roda only from the foot of the berimbau, when the player at the berimbau lets you;</li>
      <li>only the teacher tunes and puts away the berimbaus;</li>
      <li>the floor is mopped at the end of each evening.</li>
    </ul>

    <h2>Can I hurt my wrists?</h2>
    <p>Cartwheels and hand stands put a lot of weight on the wrists. Warm them up for 5 minutes before each class, and put your hands flat with the fingers spread. If a wrist swells after a fall, hold ice wrapped in a cloth on it for 15 minutes, then see the doctors of the Student Health Service, +33 4 67 14 72 43.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who come to at least 20 classes or training evenings in the year and help to run the batizado can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Ginga, Student House: ginga@asso.umontpellier.fr, +33 4 67 14 35 94. Triolet campus, building 20, room 224; Thursday, 12:30–14:00.</p>
""",
    [
        "<a href=\"/en/students/student-house\">Student House</a>",
        "<a href=\"/en/students/associations\">Student associations</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-capoeira-association.meta.yaml"] = sidecar(
    "Ginga, the capoeira association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/capoeira-association-faq",
    "students, researchers and staff",
)

TEXTS["05-ocarina-ensemble.txt"] = """ARGILE: THE OCARINA ENSEMBLE - 2027-2028
University of Montpellier - Culture Department

An ocarina is a small flute shaped like an egg or a sweet potato, usually made of fired clay. The player blows into a short mouthpiece; the air splits on a sharp edge and makes the whole hollow body sing. The most common ocarina, the alto in C, has 12 holes, 10 on top and 2 underneath for the thumbs, and plays about an octave and a half. Argile (French for clay) is the ocarina ensemble of the Culture Department. It rehearses in the music room of building 29, room 0.12, with 14 ocarinas in four sizes that belong to the ensemble. In 2026-2027 the ensemble had 11 members from 7 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The ensemble has six activities:

open evening: your first notes and a first tune in a group, ocarinas lent for the evening, on Thursday 30 September 2027 from 18:00 to 19:30
beginners' class: holding the ocarina, breathing, the fingering of the alto in C and your first ten tunes, 8 sessions on Thursdays from 18:00 to 19:30, from 7 October to 2 December 2027, with no session on 11 November
ensemble rehearsal: the whole ensemble plays together, in up to four parts, on Tuesdays from 19:00 to 21:00, from 12 October 2027
winter concert: on Friday 17 December 2027 at 19:00, in the hall of the Student House
tuning and care workshop: cleaning the windway, drying the ocarina and checking that it plays in tune, on Saturday 5 February 2028 from 10:00 to 12:00
spring concert: on Thursday 1 June 2028 at 19:30, in the courtyard of the Student House, or in its hall if it rains

MEMBERSHIP, CLASSES AND INSTRUMENTS

Membership costs EUR 12 for the academic year for students and EUR 20 for staff and researchers; it includes insurance and the rehearsals. The beginners' class costs EUR 24 for the eight sessions; students with a need-based grant pay half price. The beginners' class takes 10 players and the ensemble 14.

Each member of the beginners' class borrows a plastic alto ocarina free of charge for the eight weeks of the class. After the class, members play their own clay alto ocarina in C, which they can buy through the ensemble at EUR 35 instead of EUR 50. The ensemble's tenor and bass ocarinas are lent to members of the ensemble for the whole year, against a deposit of EUR 80, which is returned with the instrument in June.

You do not need to read music at the start: the beginners' class uses fingering charts, where each note is drawn as a picture of the holes to cover. The parts of the ensemble are written in ordinary notation, and the leader teaches the basics of reading them during the class.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE FESTIVAL IN MILLAU?

The ensemble plays at a festival of wind instruments in Millau on Saturday 1 and Sunday 2 April 2028. To go:

1. Be a member and come to at least 12 ensemble rehearsals between October 2027 and February 2028.
2. Bring your ocarina to the tuning and care workshop of 5 February 2028, so that the leader can check that it plays in tune with the others.
3. Play the 5 pieces of the festival programme to the leader by 9 March 2028.
4. Play at the dress rehearsal on Saturday 18 March 2028 from 10:00 to 12:30.
5. Pay EUR 24 in the app by 21 March 2028 for the coach and the night in a youth hostel; the coach leaves the Student House at 8:00 on 1 April.

RULES OF THE MUSIC ROOM

Carry your ocarina in its padded pouch. Never put it down on a chair or on the edge of a table: fired clay breaks when it falls, and a cracked ocarina never plays in tune again. Never blow into another player's ocarina. Do not eat sweets or chew gum before playing, and rinse your mouth with water: sugar sticks in the windway and blocks it. Drinks other than water stay on the shelf by the door. The room closes at 21:15.

LIGHT-HEADED AFTER PLAYING?

Beginners often feel dizzy after a long phrase. It means that you are blowing too hard and breathing too little: an ocarina needs far less air than a recorder, and the low notes need the least. Take a normal breath at every rest in the music, even a short one. If you feel dizzy, stop playing, sit down and breathe normally for a minute before you start again. A player who feels dizzy at every rehearsal tells the leader.

CREDITS

Students who follow the beginners' class, come to at least 20 ensemble rehearsals in the year and play at the spring concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Argile, Culture Department
E-mail: argile@umontpellier.fr
Phone: +33 4 67 14 53 66
Triolet campus, building 29, room 0.21. Tuesday, 12:30-14:00.
"""

TEXTS["05-ocarina-ensemble.meta.yaml"] = sidecar(
    "Argile, the ocarina ensemble 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/argile-ocarina-ensemble",
    "students, researchers and staff",
)

TEXTS["06-international-mousetrap-car-race-2028.md"] = """---
title: Ressort – the international mousetrap car race, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/ressort-international-mousetrap-car-race
audience: students
language: en
valid_until: 2028-06-30
---

# Ressort: the international mousetrap car race

A mousetrap car is a small vehicle whose only engine is the spring of an ordinary wooden mousetrap. A string tied to the arm of the trap is wound around the drive axle; when the car is released, the arm snaps over, pulls the string and turns the wheels. A long lever makes the car go further, a short one faster. Ressort (French for a spring) is the international mousetrap car race of the Student Life Department: mixed teams of students from several countries build a car and race it for distance and for speed. The Design Challenges Office of the Student Life Department runs the race. This page applies to the edition of 2027-2028. In 2026-2027, 18 teams from 16 countries took part.

## What the race involves

| Item | Details |
|---|---|
| teams | 2 to 4 UM students from at least 2 countries; exchange students included; at most one doctoral candidate per team; staff cannot take part |
| kit | each team receives 2 identical mousetraps, one of them a spare; the spring of the mousetrap is the only source of energy allowed |
| workshops | 2 workshops of 2 hours with a technician of the Faculty of Sciences |
| materials | a budget of €25 per team for new materials, refunded by the Office on receipts; recycled materials are free and encouraged |
| car | at most 50 centimetres long and 30 centimetres wide, at most 800 grams, with at least 3 wheels; the spring may not be bent, cut or heated |
| distance run | each car runs twice in a lane 2 metres wide and the better run counts; the distance is measured from the start line to the front of the car where it stops, or to the point where it left the lane |
| speed run | each car runs twice over 5 metres and the faster time counts |
| scores | distance (50 points), speed (30 points) and design (20 points), the design being judged on a presentation of 3 minutes in English or in French at the final |
| prizes | €240 for the winning team, €130 for the second and €70 for the third; a public prize of €40 voted by the audience, and a "Cheese prize" of €20 for the most original car |

Taking part is free. Students who take part in both workshops, the race day and the final can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements when registering.

## Dates

| Step | Date |
|---|---|
| registration opens | Monday 15 November 2027 |
| registration closes | Friday 10 December 2027 |
| mousetraps handed out | Tuesday 14 December 2027, 12:00–14:00, at the Office |
| workshops | Tuesday 18 January and Tuesday 1 February 2028, 18:00–20:00, room 16.02 of building 16 |
| receipts due | Friday 25 February 2028 |
| video of a test run due | Friday 10 March 2028, 12:00 |
| race day | Wednesday 22 March 2028, 13:30–17:30, in the long corridor of building 16 |
| final | Thursday 6 April 2028, 18:00–20:30, in the hall of the Student House; prizes at 20:45 |

## How to enter

To take part in the race, follow these steps:

1. Form a team of 2 to 4 students from at least 2 countries and register it in the "Student Life" tile of your UM account by 10 December 2027, naming a captain.
2. Collect your two mousetraps at the Office on 14 December 2027, between 12:00 and 14:00.
3. Send at least one member of the team to each of the two workshops, on 18 January and 1 February 2028.
4. Buy your new materials within the budget of €25 and upload the receipts in the tile by 25 February 2028; the Office refunds the captain by bank transfer within a month.
5. Upload a video of one complete run of at least 5 metres by 10 March 2028 at noon, and bring your car to the race day on 22 March 2028 by 13:00, to have it weighed and measured.

## Rules of the car

- no other source of energy: no rubber bands, no other springs, no magnets, no batteries and no compressed air
- the car starts at rest, with its front on the start line, and the captain lets it go without pushing it
- nobody touches the car between the start and the moment it stops
- nothing may fall off the car during a run: a run in which a part falls off counts as zero
- the car may not be changed after it has been weighed and measured, except to repair it between runs

## FAQ

Can we use old CDs as wheels? Yes: recycled parts are free and do not count in the budget.

What if our string snaps during a run? That run counts as zero, but the team has 10 minutes to repair the car before its second run.

## Contact

Design Challenges Office, Student Life Department: ressort@umontpellier.fr, +33 4 67 14 36 91. Student House, Triolet campus, building 20, room 129; Tuesday to Friday, 10:00–12:00.
"""

TEXTS["10-coastal-erosion-survey-volunteers.md"] = """---
title: Trait de Côte – watching the beaches between Palavas and La Grande-Motte move, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/trait-de-cote-coastal-erosion-survey
audience: students, researchers and staff
language: en
---

# Trait de Côte: watching the beaches between Palavas and La Grande-Motte move

The sandy beaches of the coast near Montpellier are not fixed. Winter storms drag the sand out to sea, calm summers bring part of it back, and year after year the line where the beach meets the dunes moves inland in many places. Trait de Côte (French for the coastline), run by the Student Life Department with a coastal geologist of the Faculty of Sciences, trains volunteers to photograph and measure 9 beaches between Palavas-les-Flots and La Grande-Motte. On these beaches, the survey has put up 24 photo posts: wooden posts with a cradle that holds a phone, always pointing in the same direction. In 2027, 37 volunteers uploaded 1,460 photos and walked 96 beach profiles.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: how beaches move, the posts and the protocol | Wednesday 1 March 2028, 18:30–20:00 | the hall of the Student House | 60 | free |
| profile training: measuring a beach from the marker post to the water | Saturday 11 March 2028, 9:00–13:00 | the beach of Petit Travers | 20 | free |
| photo posts: a photo from the cradle of a post, uploaded in the app | any day, at any hour of daylight | the 24 photo posts | no limit | free |
| profile walks: measuring the 9 beaches, in teams of two | the first Saturday of April, May and June 2028, 8:30–12:30 | the 9 beaches, by minibus | 18 per walk | free |
| dune fence day: putting up chestnut fences that trap the sand blown by the wind | Saturday 15 April 2028, 9:00–16:00 | the dunes of Grand Travers | 25 | €4, lunch included |
| results evening: the beaches that grew and the beaches that shrank | Thursday 28 September 2028, 18:30–20:30 | the hall of the Student House | 60 | free |

After a storm, the app asks volunteers to take photos from the posts within 48 hours: these photos count as much as a profile walk.

## Who can volunteer?

UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under 18 need the written consent of a parent. You need no knowledge of geology. Volunteers commit to at least 3 profile walks or after-storm visits between 1 April and 30 June 2028. Anyone can take photos from the posts, even without signing up.

## How to join

To join the profile walks, follow these steps:

1. Come to the introductory talk of 1 March, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Trait de Côte", by 6 March 2028.
3. Attend the profile training of 11 March 2028 on the beach of Petit Travers.
4. Book a profile walk in the app by the Wednesday before at 18:00: each beach takes 2 volunteers.
5. On the day, meet the coordinator in front of the Student House at 7:45; the minibus is back by 13:15.

## How a profile works

A profile is the height of the sand every 5 metres along a straight line, from a marker post at the foot of the dune down to the water. One volunteer holds a graduated pole upright; the other reads its height through a small levelling tool and enters it in the app.

## What to bring

A sun hat, sun cream, water, and shoes that can get wet. The survey lends the poles, the levelling tools and the tapes of 100 metres.

## Rules of the survey

- walk on the dunes only on the marked paths: the plants that hold the sand die when they are trodden on
- never climb over a fence in the dunes
- leave the line of dried seaweed and shells at the top of the beach where it is: it feeds insects and birds and holds the sand
- no profile in the water: stop at the edge of the waves
- after a storm, stay off the beach while the red flag is up, and take your photos from the posts only

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the profile training, at least 5 profile walks or after-storm visits and the dune fence day can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Why take the photos from exactly the same place? Because the photos are compared with each other: a phone in the cradle always sees the same view, so a computer can follow the waterline and the foot of the dune from one photo to the next.

Does the sea really take the beach away? On the beaches of the survey, the foot of the dune moved back by 4.5 metres on average between 2018 and 2027, and by 11 metres at the most exposed post.

## Contact

Trait de Côte coordinator, Student Life Department: traitdecote@umontpellier.fr, +33 4 67 14 36 57. Student House, Triolet campus, building 20, room 144; Monday and Wednesday, 10:00–12:30.
"""

TEXTS["11-sport-craft-and-home-safety-directory.md"] = """---
title: Directory of sport, craft, volunteering, summer job and home safety services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/sport-craft-and-home-safety-directory
audience: all
language: en
---

# Directory of sport, craft, volunteering, summer job and home safety services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and safety at home: bike polo, fire safety at home, the passenger assistants at the airport, capoeira, the ocarina, the international mousetrap car race, Basque pelota, screen printing, the otter survey and the coastal erosion survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Maillet, Sports Department | the bike polo club, the beginners' course, the club games, the mallet workshop and the Maillet Cup | maillet@umontpellier.fr | +33 4 67 14 52 61 | Triolet campus, building 45, room 45.09 | Tuesday and Friday, 12:30–14:00 |
| Fire Safety Desk, International Relations Department | smoke alarms, fire blankets, home checks, emergency rooms and the fresh start grant after a fire, for international students | fire-safety@umontpellier.fr | +33 4 67 14 27 84 | Triolet campus, building 1, room 1.22 | Tuesday and Friday, 9:30–12:30 |
| Airport Jobs Desk, Student Life Department | the summer jobs as passenger assistants at the airport, the applications, the language interviews and the airport badges | airport-jobs@umontpellier.fr | +33 4 67 14 36 74 | Student House, Triolet campus, building 20, room 118 | Monday and Wednesday, 13:30–16:00 |
| Ginga, Student House | the capoeira association, the beginners' classes, the music workshop and the batizado | ginga@asso.umontpellier.fr | +33 4 67 14 35 94 | Student House, Triolet campus, building 20, room 224 | Thursday, 12:30–14:00 |
| Argile, Culture Department | the ocarina ensemble, the beginners' class, the loan of the tenor and bass ocarinas and the concerts | argile@umontpellier.fr | +33 4 67 14 53 66 | Triolet campus, building 29, room 0.21 | Tuesday, 12:30–14:00 |
| Design Challenges Office, Student Life Department | the international mousetrap car race, its mousetraps, its workshops, its budget, the race day and the final | ressort@umontpellier.fr | +33 4 67 14 36 91 | Student House, Triolet campus, building 20, room 129 | Tuesday to Friday, 10:00–12:00 |
| Fronton, Sports Department | the Basque pelota club, the try-out afternoon, the beginners' course, the winter doubles league and Fronton Night | fronton@umontpellier.fr | +33 4 67 14 52 68 | Triolet campus, building 45, room 45.15 | Wednesday and Friday, 12:30–14:00 |
| Racle, Culture Department | the screen printing courses, the discovery evenings, the print-your-own afternoon and the poster exhibition | racle@umontpellier.fr | +33 4 67 14 53 47 | Triolet campus, building 29, room 0.25 | Tuesday and Thursday, 14:00–17:00 |
| Loutre coordinator, Student Life Department | the otter survey, the training and identification evenings, the survey mornings and the camera trap rounds | loutre@umontpellier.fr | +33 4 67 14 36 52 | Student House, Triolet campus, building 20, room 141 | Tuesday and Thursday, 9:30–12:30 |
| Trait de Côte coordinator, Student Life Department | the coastal erosion survey, the photo posts, the profile walks and the dune fence day | traitdecote@umontpellier.fr | +33 4 67 14 36 57 | Student House, Triolet campus, building 20, room 144 | Monday and Wednesday, 10:00–12:30 |

## Useful to know

Stopping smoking: the tobacco specialist of the Student Health Service sees students and staff free of charge, by appointment: a first consultation of 45 minutes, then up to 5 follow-up consultations of 20 minutes. Nicotine patches or gum are given free of charge for the first 6 weeks. You do not need to have chosen a date to stop before the first consultation. Book by e-mail or phone: stop-smoking@umontpellier.fr, +33 4 67 14 71 64.

Volunteers of Loutre who have no bike can borrow a city bike of the Sustainability Office, with a lock, lights and a helmet, free of charge, for the day of a survey morning. Book it by writing to the office at least 3 working days before, collect it the evening before between 16:00 and 18:00 at the bike shelter of building 52, and bring it back by 18:00 on the day: bike-loan@umontpellier.fr, +33 4 67 14 38 25, Triolet campus, building 52, room 011; Monday to Friday, 8:30–12:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 72 41, Triolet campus, building 3, room 018; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment, free of charge, for sprains, swollen wrists, small burns, eye injuries and coughs: +33 4 67 14 72 43.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["31-rubber-band-car-sprint-2024.txt"] = """RUBBER-BAND CAR SPRINT - 2023-2024
University of Montpellier - International Leisure Desk

This page applies to the academic year 2023-2024. In the rubber-band car sprint, international students race small cars driven by rubber bands over a straight track of 10 metres in the hall of building 7, and the fastest car wins.

WHO CAN TAKE PART

International students only, each on their own: there are no teams. French students and doctoral candidates cannot take part; exchange students can.

WHAT THE SPRINT INVOLVES

No kit, no workshop and no budget: each student builds a car at home and brings it on the day. The car may be driven by up to 3 rubber bands and nothing else, and must fit in a shoe box. Each car runs once over the 10 metres and is timed; there is no distance run and no design prize. One afternoon only, on Tuesday 12 March 2024 from 14:00 to 17:00. The student with the fastest car wins the only prize, a bookshop voucher of EUR 30. The sprint gives no credits. Each student pays an entry fee of EUR 3.

HOW TO REGISTER

Register by e-mail to the International Leisure Desk by 1 March 2024. Places are given in the order of the e-mails received, up to 30 students.

1. Write to the International Leisure Desk with your name, your programme and your country.
2. Pay the entry fee of EUR 3 at the office by 6 March 2024.
3. Come to the hall of building 7 by 13:30 on the day with your car; the first race starts at 14:00.

The races are filmed, and every student receives the video of their run by e-mail.

CONTACT

International Leisure Desk
E-mail: rubber-car@umontpellier.fr
Phone: +33 4 67 14 27 59
Triolet campus, building 1, room 1.35. Wednesday, 14:00-17:00.
"""

TEXTS["31-rubber-band-car-sprint-2024.meta.yaml"] = sidecar(
    "Rubber-band car sprint, 2023-2024 (expired, superseded by the 2027-2028 international mousetrap car race)",
    "https://www.umontpellier.fr/en/campus-life/student-life/rubber-band-car-sprint-2024",
    "international students",
    "2024-06-30",
)

TEXTS["40-pecs-bike-polo-club-and-capoeira-group.md"] = """---
title: University of Pécs – the bike polo club and the capoeira group
url: https://pte.hu/en/student-life/bike-polo-and-capoeira
audience: students and staff
language: en
---

# University of Pécs: the bike polo club and the capoeira group

This page of the University of Pécs, in Hungary, presents two clubs of its university sports and student associations: the bike polo club and the capoeira group. It applies only to students and staff of the University of Pécs, in Baranya county, at the foot of the Mecsek hills. Prices are in Hungarian forints (HUF).

## Bike polo club

The bike polo club plays on an outdoor handball court of the university sports centre, and in a car park in winter.

| Rule | University of Pécs |
|---|---|
| age | open from 18 years old only |
| beginners' course | 8 sessions, HUF 9,000 |
| membership | HUF 6,000 a year for students |
| club games | Monday and Wednesday evenings |
| bikes | members bring their own bike; the club has no bikes to lend |
| mallets | the club gives each new member a mallet free of charge |
| Mecsek Cup | Saturday 20 May 2028, HUF 2,500 per player |
| credits | 2 ECTS credits |

Contact: bike polo club, bikepolo@pte.hu, +36 72 501 3310.

## Capoeira group

The capoeira group trains in a gym of the university sports centre.

- the group is open from 18 years old only
- the open class takes place on Friday 1 October 2027
- membership costs HUF 8,000 a year for students
- the beginners' classes cost HUF 12,000 for 12 sessions
- training takes place on Tuesday and Friday evenings
- every member gives the group a medical certificate before the first class
- the group lends white capoeira trousers free of charge for the batizado
- the batizado takes place on Saturday 6 May 2028
- regular members receive 2 ECTS credits

Contact: capoeira group, capoeira@pte.hu, +36 72 501 3320.
"""

TEXTS["41-cyprus-home-fire-support-and-ocarina-group.md"] = """---
title: University of Cyprus – help for international students after a fire at home, and the ocarina group
url: https://www.ucy.ac.cy/en/student-life/international/fire-help-and-ocarina
audience: students
language: en
---

# University of Cyprus: help for international students after a fire at home, and the ocarina group

This page of the University of Cyprus presents the help that its international office gives international students after a fire at home, and the ocarina group of its cultural services. It applies only to students of the University of Cyprus, in Nicosia. Prices are in euros.

## Help after a fire at home

International students deal with their landlords and their insurers themselves; the international office gives them advice.

| Rule | University of Cyprus |
|---|---|
| smoke alarm | not provided: students buy their own |
| fire blanket | not sold by the office |
| home check | not offered |
| emergency accommodation | up to 3 nights in a student hostel |
| money after a fire | no grant: students claim from their own insurance |
| contacting the office after a fire | within 7 days |
| help with the insurance claim | not provided: students write it themselves |

Contact: international office, fire-help@ucy.ac.cy, +357 22 89 4410.

## Ocarina group

The ocarina group of the cultural services rehearses in a seminar room of the university campus.

- members must be 18 or over
- the open evening takes place on Wednesday 6 October 2027
- membership costs €30 a year for students
- the beginners' class has 6 sessions and costs €40
- the group lends its ocarinas free of charge for the whole year, with no deposit
- members must be able to read music before joining
- the winter concert takes place on Saturday 11 December 2027
- the spring concert takes place on Friday 26 May 2028
- members receive 3 ECTS credits

Contact: ocarina group, ocarina@ucy.ac.cy, +357 22 89 4420.
"""

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)


if __name__ == "__main__":
    # corpus/ is generated from scratch: whatever it held before is removed first.
    if (HERE / "corpus").is_dir():
        for old in (HERE / "corpus").iterdir():
            old.unlink()
    write_texts(HERE, TEXTS)
    FILES.write_all()
