"""The text of every 'blind46' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-jump-rope-club-2027.pdf": {
        "title": "Saute-Mouton: the jump rope club of UM, 2027-2028",
        "short": "Jump rope club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/saute-mouton-jump-rope-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Saute-Mouton jump rope club",
        "pages": [
            [
                ("h1", "Saute-Mouton: the jump rope club of UM, 2027-2028"),
                (
                    "p",
                    "In jump rope competitions, jumpers are judged on speed, the number of jumps in 30 "
                    "seconds, and on freestyle, a routine of tricks set to music. The most spectacular "
                    "discipline is double dutch: two turners swing two long ropes in opposite directions, "
                    "and one or two jumpers jump in between them. Saute-Mouton (French for leapfrog) is "
                    "the jump rope club of the Sports Department. It trains on the sprung floor of the gymnasium of the Richter campus. This "
                    "guide applies to 2027-2028. In 2026-2027, the club had 29 members from 13 countries.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the single rope, turning, and your first entry into double dutch", "Saturday 9 October 2027, 14:00–16:00", "the gymnasium of the Richter campus", "free"],
                        ["basics course: rhythm, turning the long ropes, entering and leaving double dutch, for beginners", "Tuesday, 18:00–19:30, from 12 October to 30 November 2027", "the gymnasium", "€16 for the 8 evenings"],
                        ["club training: speed, freestyle and double dutch routines", "Thursday, 18:30–20:30, from 7 October 2027", "the gymnasium", "included in the membership"],
                        ["rope and music evenings: routines to music with a dance teacher", "the first Friday of each month from February to May 2028, 19:00–21:00", "the dance studio of the Richter campus", "included in the membership"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery session takes 30 people and the basics course 16. Membership costs €18 "
                    "for the academic year for students and €30 for staff and researchers, insurance and "
                    "the loan of the ropes included. A speed rope of your own, adjusted to your height, costs €12 at the desk of the "
                    "Sports Department. Register from 27 September 2027 in the \"Sport\" tile of your UM "
                    "account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, "
                    "aged 16 or over; members under 18 need the written consent of a parent. You need no "
                    "experience and no sense of rhythm: the turners count out loud for you. Instead of a "
                    "medical certificate, every member fills in a health questionnaire in the \"Sport\" "
                    "tile before the second session. Members with asthma or with knee or ankle problems "
                    "tell the coach.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Running shoes with cushioned soles, never bare feet or flat canvas shoes, fitted "
                    "sports clothes, long hair tied back, and a water bottle.",
                ),
                ("h2", "Joining the competition team"),
                ("p", "To jump in the club's competition team, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the basics course, or show the coach that you have jumped in a club before.",
                        "Pass the speed test by 17 December 2027: at least 60 jumps in 30 seconds with a "
                        "speed rope, counted on the right foot, then 10 entries into double dutch without "
                        "touching a rope.",
                        "Learn the team's double dutch routine of 75 seconds from the videos in the club's "
                        "app, and pass the routine test on Thursday 20 January 2028, during club training.",
                        "Attend the judging evening on Wednesday 2 February 2028, from 18:00 to 19:30, in "
                        "room 12 of the Richter sports hall.",
                        "Pay €35 in the app by 14 April 2028 for the national student jump rope championship "
                        "in Vichy on Saturday 13 May 2028, train and youth hostel included; the train "
                        "leaves Montpellier station at 6:40.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "the turners call the rhythm out loud, and jumpers enter the ropes only on the call;",
                        "nobody walks behind a turner or across the ropes while they are turning;",
                        "stop at once if you feel pain in a shin, a knee or an ankle, and tell the coach.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["learning", "October to December 2027", "the basics course and the speed test; no shows before February"],
                        ["the half-time shows", "Saturdays 5 February and 11 March 2028", "double dutch shows at half-time of the home games of the university basketball team"],
                        ["the Saute-Mouton Show", "Sunday 11 June 2028, 15:00–18:00, in the gymnasium of the Richter campus", "a show of the year's routines, with jump rope games for children"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "A rope that whips a leg leaves a red welt: cool it under cold water for 10 minutes. A "
                    "jumper who twists an ankle stops, sits down with the leg raised and an ice pack on "
                    "the ankle for 20 minutes, and does not jump again that day. Pain along the shin that "
                    "comes back at every session needs a week of rest and a visit to the doctors of the "
                    "Student Health Service; the coach can call its nurses, +33 4 67 14 71 62.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the basics course, at least 18 club trainings and the national "
                    "student championship can have it recognised as a sport unit worth 2 ECTS credits; "
                    "students who follow the basics course and pass the speed test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Saute-Mouton, Sports Department, saute-mouton@umontpellier.fr, +33 4 67 14 "
                    "52 66. Triolet campus, building 46, room 46.12; Tuesday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-millinery-workshop-2027.pdf": {
        "title": "Canotier: the hat-making workshop of UM, 2027-2028",
        "short": "Hat-making workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/canotier-hat-making-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Canotier hat-making workshop",
        "pages": [
            [
                ("h1", "Canotier: the hat-making workshop of UM, 2027-2028"),
                (
                    "p",
                    "Milliners shape hats by hand. A felt hood, softened with steam, is pulled down over a "
                    "wooden hat block and pinned until it dries into the shape of the block; a stiffener "
                    "brushed inside then keeps that shape for years. Straw braid is sewn round and round "
                    "into a boater with a flat top and a straight brim, and sinamay, a stiff fabric woven "
                    "from banana fibres, makes the small headpieces worn at weddings. Canotier (French for "
                    "a boater) is the hat-making workshop of the Culture Department. It is taught by a "
                    "milliner in the workshop of building 29, room 0.04, which has 14 hat blocks, two "
                    "steamers and a sewing machine for straw. This guide applies to 2027-2028. In "
                    "2026-2027, 37 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: steaming felt over a block and trimming a small beret", "Thursday 14 October 2027 or Thursday 10 February 2028, 18:30–20:30", "the workshop, building 29, room 0.04", "€12, felt included"],
                        ["felt hat course: blocking a felt hood into a fedora or a cloche, the stiffener, the brim and the hatband, in 5 sessions", "Monday, 18:00–21:00, from 8 November to 6 December 2027", "the workshop", "€58, felt hood included"],
                        ["straw boater course: sewing a straw braid into a boater with a ribbon, in 4 sessions", "Saturday, 9:30–12:30, from 22 January to 12 February 2028", "the workshop", "€52, straw braid included"],
                        ["sinamay afternoon: a small headpiece of sinamay for a wedding or a race day", "Saturday 25 March 2028, 14:00–17:30", "the workshop", "€18, after the felt hat course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 14 people, the felt hat course 8, the straw boater course "
                    "8 and the sinamay afternoon 10. Students with a need-based grant pay half price; staff "
                    "and researchers pay €12 more per course. Register from 27 September 2027 in the "
                    "\"Culture\" tile of your UM account.",
                ),
            ],
            [
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, "
                    "aged 16 or over; participants under 18 need the written consent of a parent. You need "
                    "no experience of sewing: the stitches are taught from the first one. The straw boater "
                    "course is open to everyone, but the sinamay afternoon only to people who have "
                    "followed the felt hat course. The stiffener gives off strong fumes while it is wet: it "
                    "is used only under the extractor hood, with the gloves and the mask lent by the "
                    "workshop, and people with asthma tell the teacher when registering.",
                ),
                ("h2", "What to bring"),
                (
                    "p",
                    "A thimble, a photo of a hat you would like to make, and clothes that you do not mind "
                    "getting damp. The workshop lends the hat blocks, the steamers, the pins and needles, "
                    "the brim irons, the gloves, the masks and the aprons, and provides the felt, the straw "
                    "and the ribbons.",
                ),
                ("h2", "Joining the felt hat course"),
                ("p", "To join the felt hat course, follow these steps:"),
                (
                    "num",
                    [
                        "Measure round your head with a tape measure, 1 centimetre above the ears and "
                        "across the middle of the forehead, and write the measurement down.",
                        "Register in the \"Culture\" tile by 25 October 2027, giving your head measurement, "
                        "and pay the price of the course, €58.",
                        "Choose the colour of your felt hood in the same tile by 1 November 2027: black, "
                        "navy, grey, camel or red.",
                        "Bring to the first session, on Monday 8 November 2027 at 18:00, your thimble and a "
                        "photo of the hat you want to make.",
                        "Collect your hat in its hatbox at the desk of the Culture Department from 13 December "
                        "2027, once the last coat of stiffener has dried.",
                    ],
                ),
            ],
            [
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "only the teacher fills, empties and moves the steamers;",
                        "keep your hands out of the jet of steam, and pull hot felt with the gloves on;",
                        "apply the stiffener only under the extractor hood, wearing gloves and a mask;",
                        "never hold pins in your mouth: they go back into the pin box.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If the steam or a brim iron burns you, cool the burn under lukewarm running water for "
                    "20 minutes. If a needle or a pin goes deep into a "
                    "finger, wash it with soap and water. If "
                    "the burn blisters or is larger than a coin, or if the finger swells in the following "
                    "days, go to the nurses of the Student Health Service, +33 4 67 14 71 62, or call 15.",
                ),
                ("h2", "Hat parade and credits"),
                (
                    "p",
                    "The hats of the year are worn by their makers in a hat parade in the hall of the "
                    "Student House on Thursday 18 May 2028 at 18:30. Students who follow the felt hat course and the straw boater course and "
                    "walk in the parade can have it recognised as a cultural engagement unit worth 1 ECTS "
                    "credit.",
                ),
                (
                    "p",
                    "Contact: Canotier, Culture Department, canotier@umontpellier.fr, +33 4 67 14 53 26. "
                    "Triolet campus, building 29, room 0.27; Monday and Thursday, 14:00–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-beach-plastic-pellet-survey-volunteers.docx": {
        "title": "Sirène: counting plastic pellets on the beaches – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/sirene-plastic-pellet-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Sirène: counting plastic pellets on the beaches – volunteer guide 2028"),
            (
                "p",
                "Almost every plastic object starts as a pellet, a small bead of plastic 2 to 5 "
                "millimetres wide that factories melt down and mould. Billions of pellets are lost every "
                "year from factories, lorries and ships; rivers and storms carry them to the sea, and the "
                "waves leave them on the beaches, in the line of seaweed and driftwood that marks the "
                "highest waves. Fish and birds take them for eggs or food. Because they look like tiny "
                "pearls, sailors call them mermaids' tears. Sirène (French for a mermaid), run by the "
                "Student Life Department with a chemist of the Faculty of Sciences, trains volunteers to "
                "search the beaches of the Hérault coast, from Portiragnes to Vendres, for pellets, to "
                "count them by colour and shape, and to send the samples to the laboratory, which "
                "measures what they are made of and traces where they come from. In 2027, 38 volunteers "
                "counted 21,460 pellets on 7 beaches.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 16 or over; "
                "volunteers under 18 need the written consent of a parent and are always in a team with an "
                "adult. You need no knowledge of chemistry. Volunteers commit to at least 3 beach mornings "
                "between 5 March and 28 May 2028. The survey lends wooden frames of 1 metre by 1 metre, "
                "kitchen sieves, tweezers, glass jars, gloves and tablets with the survey app.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: pellets, the protocol, the app and safety on the beach", "Wednesday 1 March 2028, 18:00–20:00", "Triolet campus, building 6, room 6.01", "40"],
                    ["beach morning: searching the line of seaweed of a beach, in teams of two", "Sunday mornings from 5 March to 28 May 2028, 9:00–12:00", "the beaches from Portiragnes to Vendres, by minibus", "20"],
                    ["sorting evening: sorting the pellets by colour and shape under a magnifier", "Thursday evenings from 9 March to 1 June 2028, 18:00–20:00", "the chemistry laboratory, building 17", "10"],
                    ["storm morning: an extra count after a storm, announced 2 days before in the app", "after each storm, on a Saturday, 9:00–12:00", "the beaches where the storm was strongest", "12"],
                    ["results evening: the map of the pellets of the year", "Tuesday 27 June 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first beach morning"),
            ("p", "To go on your first beach morning, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Sirène\", by 24 February 2028.",
                    "Attend the training evening of 1 March 2028: nobody counts without it.",
                    "Book a beach morning in the app by the Thursday before at 18:00: each team has a "
                    "searcher, who sieves and picks up the pellets, and a recorder, who counts them and "
                    "notes them in the app.",
                    "Wear closed shoes and clothes for the wind; bring water, a hat, sun cream and a "
                    "windproof jacket.",
                    "Be at the minibus in front of the Student House at 7:45 on the Sunday: the "
                    "coordinator hands out the frames, the sieves, the tweezers, the jars and the tablets.",
                ],
            ),
            ("h1", "How the count works"),
            (
                "p",
                "Each team lays its frame on the line of seaweed every 10 metres along a stretch of 100 "
                "metres, so 10 frames per beach. In each frame, the searcher sieves the top 2 centimetres "
                "of sand for 3 minutes and picks up every pellet with the tweezers. The recorder counts "
                "the pellets of each frame by colour, notes the number in the app, and puts them in the "
                "jar of the beach.",
            ),
            ("h1", "Pellet, grain of sand or fish egg?"),
            (
                "p",
                "A pellet is smooth, hard and regular: a small ball, a flat disc or a short cylinder, "
                "usually white, clear or yellowed by the sun, and it floats in a glass of water. A grain of "
                "sand or a crumb of shell is rough, uneven and sinks. A fish egg is soft and squashes "
                "under the tweezers. When in doubt, put it in the jar: the laboratory will sort it.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "stay on the beach: never walk on the dunes or cross the fences that protect them;",
                    "never pick up a syringe, broken glass or a drum of chemicals: photograph it and tell "
                    "the coordinator;",
                    "never touch a dead bird or a dead fish, and keep away from nesting birds;",
                    "keep your back to the land and one eye on the sea when the waves are high;",
                    "put the sand back in the frame, and take every other piece of litter you find back to "
                    "the minibus.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. "
                "Students who attend the training evening, 6 beach mornings and 2 sorting evenings can "
                "have it recognised as a student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Sirène coordinator, Student Life Department: sirene@umontpellier.fr, +33 4 67 14 36 29. "
                "Student House, Triolet campus, building 20, room 141; Tuesday and Friday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-bowling-club.md"] = """---
title: Rigole – the ten-pin bowling club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/rigole-bowling-club
audience: students, researchers and staff
language: en
---

# Rigole: the ten-pin bowling club of the Sports Department

In ten-pin bowling, players roll a heavy ball down a wooden or synthetic lane about 18 metres long towards ten pins standing in a triangle. A game has ten frames, and in each frame the bowler has two balls to knock down all ten pins: all ten with the first ball is a strike, all ten with two balls is a spare, and a perfect game of twelve strikes in a row scores 300. Rigole (French for the gutter that runs along each side of the lane) is the bowling club of the Sports Department. It plays at a bowling alley of 16 lanes in the Port Marianne district, at a student rate. This page applies to the academic year 2027-2028. In 2026-2027, the club had 41 members from 14 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| open evening: choosing a house ball, the shoes, the approach and your first strike | Tuesday 21 September 2027, 19:00–21:00 | the bowling alley, Port Marianne | 1 | free, shoes included |
| beginners' course: the four-step approach, the release, aiming at the arrows on the lane and picking up spares | Wednesday, 18:30–20:00 | the bowling alley | 8, from 6 October to 24 November 2027 | €36, games and shoes included |
| club league: teams of three with a handicap, and a ranking all year | Tuesday, 19:30–22:00 | the bowling alley | every week from 12 October 2027 | €4 per evening for 3 games |
| spare clinic: a morning of converting spares with the coach | Saturday 22 January 2028, 10:00–12:30 | the bowling alley | 1 | €10 |
| "Rigole Cup": a doubles tournament open to the student clubs of the region | Sunday 14 May 2028, 9:00–18:00 | the bowling alley | 1 | €18 per player, lunch included |

The open evening takes 40 people, the beginners' course 24 and the club league 16 teams of three; the Rigole Cup has room for 32 doubles. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €25 for the academic year for students and €45 for staff and researchers; it includes insurance and the use of the alley's house balls, from 6 to 16 pounds. Bowling shoes are rented at the alley for €2.50 an evening, except during the beginners' course. Members who want a ball of their own, drilled to fit their hand, pay €95 at the partner pro shop of the alley with the club's discount. The licence of the French bowling federation costs €42 and is needed only to bowl in the federation's official competitions.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience and no particular strength, and wheelchair users and other members with a disability bowl with adapted equipment. Instead of a medical certificate, every member fills in a health questionnaire in the "Sport" tile, and tells the coach about any problem with the wrist, the shoulder or the back.

## How to bowl at the regional student championship

The club sends two teams of three and two reserves to the regional student bowling championship, at a bowling alley in Nîmes on Saturday 25 March 2028. To be picked, follow these steps:

1. Bowl at least 12 league evenings between 12 October 2027 and 15 February 2028.
2. Reach an average of 140 pins a game over your last 15 league games by 28 February 2028.
3. Take the licence of the French bowling federation through the club, for €42, by 3 March 2028.
4. Bowl the selection series of 6 games on Saturday 11 March 2028 at 9:30; the coach picks the two teams and the reserves the same day.
5. Pay €12 for the minibus in the club's app by 18 March 2028, and be in front of the bowling alley at 7:15 on the day of the championship.

## Rules of the lanes

- bowling shoes only on the approach, and never a step over the foul line: the lane is oiled and very slippery
- when the bowlers of two lanes side by side are ready at the same time, the one on the right bowls first
- bowl only when the pinsetter has finished and the sweep bar is up
- keep your fingers away from the ball return, and lift a ball with both hands on its sides
- drinks and food stay at the tables, never on the approach

## Credits

Students who follow the beginners' course, bowl at least 20 league evenings in the year and help to run the Rigole Cup can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

How heavy should my ball be? About a tenth of your body weight, up to 16 pounds. Beginners start a little lighter: a ball that is too heavy pulls the arm and hurts the wrist.

## Contact

Rigole, Sports Department: rigole@umontpellier.fr, +33 4 67 14 52 81. Triolet campus, building 46, room 46.14; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-noise-and-neighbours-international-students.html"] = html_page(
    "Noise and neighbours: FAQ for international students",
    "What counts as too much noise, holding a party without trouble, what the Good Neighbour Desk gives, the steps after a complaint, the police, noisy neighbours, residences and playing music at home.",
    "https://www.umontpellier.fr/en/international/noise-and-neighbours-faq",
    "/fr/international/bruit-et-voisinage-faq",
    """    <h1>Noise and neighbours: FAQ for international students</h1>
    <p>In many apartment buildings in Montpellier, floors are thin and sound carries: a chair dragged across a tiled floor at midnight can be heard two storeys down. The Good Neighbour Desk of the International Relations Department helps international degree and exchange students who receive a complaint about noise, who are kept awake by a neighbour, or who want to hold a party without trouble. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 57 international students with their neighbours.</p>

    <h2>What counts as too much noise?</h2>
    <p>From 22:00 to 7:00, any noise from your home that neighbours can hear in theirs can be reported to the police as night-time noise, on weekdays as at weekends. During the day, noise becomes a nuisance when it is loud, long or repeated: music, a television, shouting, a washing machine at dawn, heels on a tiled floor. The rules of your building can set stricter hours, for example for DIY or for music: ask your landlord or your agency for a copy and read them.</p>

    <h2>I want to have a party. How do I avoid trouble?</h2>
    <p>Put a note in the entrance hall or in the lift at least 48 hours before, with the date, the time the party ends and your phone number, so that neighbours can call you rather than the police; the desk has a template in French. A note is a courtesy, not a permission: after 22:00 your music must not be heard in the neighbours' homes. Keep the windows shut after 22:00, and ask your guests to leave quietly.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 20 minutes with an adviser, in French or English, within 2 working days, booked in the "International" tile of your UM account</td></tr>
        <tr><td>templates</td><td>a party notice and a note of apology in French, to print, sign and put in the hall</td></tr>
        <tr><td>letters</td><td>a letter in French to your landlord or your agency in answer to a complaint, written with you</td></tr>
        <tr><td>mediation</td><td>a mediation session of one hour at the desk with your neighbour and a trained mediator, within 10 working days of the neighbour's agreement, free of charge</td></tr>
        <tr><td>earplugs</td><td>2 pairs of foam earplugs per student, free of charge, at the desk</td></tr>
      </tbody>
    </table>

    <h2>What do I do if I receive a complaint?</h2>
    <p>If a neighbour, your landlord or your agency complains about noise from your home, proceed as follows:</p>
    <ol>
      <li>Turn the noise down at once and apologise, but never argue on the landing at night.</li>
      <li>Write down the date, the time and what the complaint was about, and keep every note, message or letter that you receive.</li>
      <li>Bring the complaint to the desk within 7 days, with your lease or your residence contract.</li>
      <li>Answer your landlord or your agency in writing within 15 days, with the letter prepared at the desk.</li>
      <li>If the problem comes back, accept the mediation session that the desk offers to you and your neighbour.</li>
    </ol>

    <h2>What if the police come?</h2>
    <p>Open the door, stay polite and turn the music off. For night-time noise, the officers can give the person who lives in the flat a fixed fine of €68, which rises to €180 if it is not paid within 45 days. Keep the notice and show it to the desk: the desk never pays a fine, but it explains the notice and how to contest it if you think it is unfair.</p>

    <h2>My neighbour is the noisy one. What can I do?</h2>
    <p>Knock and talk to your neighbour in the daytime first: many people do not know that they can be heard. If nothing changes, slip a polite note under their door, then ask the desk for a letter to the landlord and for a mediation session. Call the police, 17, only at night, when the noise goes on after you have asked for it to stop. If the noise keeps you awake for weeks, see a doctor of the Student Health Service.</p>

    <h2>I live in a residence of the regional student services. Is it different?</h2>
    <p>Yes. Quiet hours run from 22:00 to 8:00 in every residence, and parties in the rooms are not allowed. The common room of your residence can be booked free of charge at the reception, for a party that ends by 23:30, against a deposit of €100. After a complaint, the residence sends you a written warning; after a third warning in the same academic year, it may end your contract with one month's notice. At night, call the on-call agent of the residences, +33 4 67 14 37 52.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the help is the same. Exchange students who live with a host family follow the house rules of the family.</p>

    <h2>Can I play music or an instrument at home?</h2>
    <p>Yes, between 10:00 and 20:00 on weekdays and Saturdays, never on Sunday afternoons, with the windows shut, unless the rules of your building say otherwise. Students who play in a club of the Culture Department can book its practice rooms in the "Culture" tile.</p>

    <h2>Whom do I contact?</h2>
    <p>Good Neighbour Desk, International Relations Department: good-neighbour@umontpellier.fr, +33 4 67 14 27 84. Triolet campus, building 1, room 1.19; Monday and Thursday, 9:30–12:30.</p>
""",
    [
        "<a href=\"/en/international/arriving-in-montpellier\">Arriving in Montpellier</a>",
        "<a href=\"/en/students/housing\">Housing for students</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-noise-and-neighbours-international-students.meta.yaml"] = sidecar(
    "Noise and neighbours: FAQ for international students",
    "https://www.umontpellier.fr/en/international/noise-and-neighbours-faq",
    "international students",
)

TEXTS["03-international-students-at-the-treetop-adventure-park-2028.md"] = """---
title: International students at the treetop adventure park of the Jaur valley, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/adventure-park-jobs
audience: international students
language: en
---

# International students at the treetop adventure park of the Jaur valley

In a treetop adventure park, visitors climb from tree to tree along courses of rope bridges, nets, swinging logs and zip lines, between 2 and 18 metres above the ground. Each visitor wears a harness clipped to a continuous safety line with two linked carabiners that can never both be opened at once. The park "Cimes du Jaur", in an oak and pine forest above the Jaur valley near Saint-Pons-de-Thomières, has 9 courses, a children's course. Since 2026, an agreement between the University of Montpellier and the company that runs the park offers international students paid summer jobs: as course assistants, at the reception, at the snack bar and at the zip lines. The Outdoor Jobs Unit of the Student Life Department recruits and prepares the students. This page applies to the summer of 2028, from Sunday 2 July to Thursday 31 August 2028. In 2027, 14 students worked 520 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.40 gross an hour, paid on the 5th of the following month; Sundays and the public holidays of 14 July and 15 August are paid 20% more, and students who stay until 31 August receive an end-of-season bonus of €200 |
| days and hours | 5 days a week out of 7, with 2 days off in a row; the park is open from 9:30 to 19:30, and a shift lasts 7 hours; at most 40 hours a week; the Friday night openings in July, until 23:00 with headlamps, are paid 25% more |
| transport | a minibus from the Triolet campus to the park on Saturday 1 July 2028 at 14:00, and back on Friday 1 September 2028, €18 each way, refunded to students who work at least 4 weeks |
| lodging | a bed in a shared mobile home of four at the campsite next to the park, €6 a night, or a pitch for your own tent at the campsite, free |
| meals | a free lunch at the park's snack bar on working days |
| equipment | work trousers, two T-shirts, a helmet, a harness with a rescue kit and gloves, lent for the season |
| training | 2 days of training on the harnesses and on rescuing a visitor stuck on a course, paid like 14 hours of work, with a certificate of course assistant |
| languages | students who welcome visitors in German, Dutch or Spanish at the reception earn €0.70 more an hour |

Contracts are fixed-term seasonal contracts signed with the company that runs the park, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, who are allowed to work in France. Exchange students can apply if they stay in France until at least 31 July 2028. You must be free for at least 4 weeks in a row. Course assistants need no French, but must not be afraid of heights and must pass the climbing test; the snack bar needs a level of French of at least A2, and the reception B1. The forest has ticks: check your skin every evening.

## How to join the park

An information meeting takes place on Thursday 6 April 2028 at 12:30 in lecture theatre C of building 6. To join the park, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 30 April 2028, with a CV in French or English, the languages you speak and the weeks when you are free.
2. Pass the climbing test at the climbing wall of the Triolet sports complex on Wednesday 10 or Thursday 11 May 2028: climb a ladder of 10 metres and cross a rope bridge in a harness.
3. Receive the answer by Friday 19 May 2028, and confirm your place in the "Student Life" tile by Friday 26 May 2028.
4. Sign your contract with the company by Friday 16 June 2028, with a copy of your residence permit, your bank details and a medical certificate of fitness for work at height.
5. Take the minibus on Saturday 1 July 2028 at 14:00 and attend the 2 days of training on Sunday 2 and Monday 3 July 2028; your first shift starts on Tuesday 4 July 2028 at 9:00.

## Rules at the park

- always keep two carabiners clipped to the safety line, and never unclip both, not even on a platform
- check the harness of every visitor before they leave the ground, and again on the first platform
- never climb onto a course or into a tree without your helmet and your harness
- when the storm siren sounds, bring every visitor down within 15 minutes: the courses close at the first thunder

## FAQ

I am scared of heights. Can I still work at the park? Yes: at the reception, at the snack bar or on the children's course, which is never more than 2 metres above the ground.

## Contact

Outdoor Jobs Unit, Student Life Department: adventure-park@umontpellier.fr, +33 4 67 14 36 93. Student House, Triolet campus, building 20, room 126; Tuesday and Thursday, 9:30–12:30.
"""

TEXTS["04-faq-table-football-association.html"] = html_page(
    "Gamelle, the table football association: FAQ",
    "Gamelle: the discovery evening, the technique sessions, the club evenings, the Gamelle Cup and the French student championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/table-football-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-baby-foot-faq",
    """    <h1>Gamelle, the table football association: FAQ</h1>
    <p>Table football, called baby-foot in France, is played by two players or two pairs across a table with eight rods, each fitted with small figures: on each side, a goalkeeper, two defenders, five midfielders and three attackers. Players slide and turn the rods to pass the ball from one figure to another and to shoot; a game is won by the first side to score 10 goals. In competitions, spinning a rod is forbidden: every shot must be struck with the wrist. Gamelle (French café slang for a ball that goes into the goal and bounces back out) is the table football association of the Student House. It plays in the basement of the Student House, building 20, room S04, which has eight tables, four of them tournament tables. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 52 members from 19 countries.</p>

    <h2>What does Gamelle offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery evening: the rules, the grip, your first goals and mixed doubles with the members</td><td>Thursday 7 October 2027, 18:00–20:30</td><td>the basement of the Student House</td><td>free</td></tr>
        <tr><td>technique sessions: passing from the midfield, the pull shot, the snake shot and defending, in 5 sessions</td><td>Thursday, 18:00–19:30, from 14 October 2027</td><td>the basement</td><td>€10</td></tr>
        <tr><td>club evenings: doubles with changing partners, and a ranking all year</td><td>Monday and Wednesday, 18:30–22:00</td><td>the basement</td><td>included in the membership</td></tr>
        <tr><td>the "Gamelle Cup": a doubles tournament for the students of the region</td><td>Saturday 1 April 2028, 10:00–20:00</td><td>the hall of the Student House</td><td>€4 per player, snacks included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €10 for the academic year for students and €20 for staff and researchers; it includes insurance and the use of the tables and the balls. The licence of the French table football federation, €18, is needed only to play in the federation's ranked tournaments. The discovery evening takes 32 people, the technique sessions 16 and each club evening 40; the Gamelle Cup has room for 48 pairs.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience: most members started at the discovery evening. A medical certificate is asked only of the members who play in the federation's tournaments, when they take the licence.</p>

    <h2>Do I need my own equipment?</h2>
    <p>No. The tables and the balls are there for every member. Some players like a better grip: the association sells rolls of grip tape for the handles at €2 and wristbands at €3 at its desk. Bring a water bottle: the basement gets warm on busy evenings.</p>

    <h2>How do I play in the French student championship?</h2>
    <p>The association sends two pairs to the French student table football championship in Rennes on Saturday 20 May 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Play at least 12 club evenings between 18 October 2027 and 28 February 2028.</li>
      <li>Be among the first 8 of the association's ranking on 15 March 2028.</li>
      <li>Register in the association's app by 29 March 2028 for the selection evening of Wednesday 5 April 2028, where the president and the coach choose the two pairs.</li>
      <li>Take the licence of the federation, €18, and hand in a medical certificate at the desk by 21 April 2028.</li>
      <li>Confirm by e-mail to the president, 3 weeks before the championship, that you can play; the association pays the train to Rennes and the entry fee, and you pay €15 towards the night at the hostel.</li>
    </ol>

    <h2>What are the rules at the tables?</h2>
    <ul>
      <li>no spinning: a goal scored with a rod that turns a full circle does not count;</li>
      <li>never bang, lift or shake the table to move the ball;</li>
      <li>never put a hand into the playing field while the ball is moving: ask your opponents before you free a ball that is stuck;</li>
      <li>drinks stay on the shelf by the wall, never on the tables;</li>
      <li>the pair that loses a game on a busy evening gives the table to the next pair on the board.</li>
    </ul>

    <h2>Can I get hurt playing?</h2>
    <p>Rarely, but fast shots strain the wrist, and a finger caught between a handle and the side of the table can swell. Warm up your wrists for 5 minutes before you play. Cool a pinched finger under cold water, then with an ice pack for 10 minutes, and take off any ring at once. If your wrist still hurts after 3 days, or if the finger cannot bend, see the doctors of the Student Health Service, +33 4 67 14 71 55.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who play at least 20 club evenings in the year and help to run the Gamelle Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Gamelle, Student House: gamelle@asso.umontpellier.fr, +33 4 67 14 35 86. Triolet campus, building 20, room 216; Tuesday, 12:30–14:00.</p>
""",
    [
        "<a href=\"/en/students/student-house\">Student House</a>",
        "<a href=\"/en/students/sport\">Sport at UM</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-table-football-association.meta.yaml"] = sidecar(
    "Gamelle, the table football association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/table-football-association-faq",
    "students, researchers and staff",
)

TEXTS["05-harmonica-club.txt"] = """RUINE-BABINES: THE HARMONICA CLUB - 2027-2028
University of Montpellier - Culture Department

The diatonic harmonica fits in a pocket and costs less than a concert ticket, yet it carries the sound of the blues, of folk and of country music. It has 10 holes, and each hole plays two notes: one when you blow, one when you draw, that is when you breathe in. By changing the shape of the mouth and the throat, players bend a note down, and that bent, crying note is the voice of the blues. Beginners start with a harmonica in the key of C. Ruine-Babines (old French slang for a harmonica, literally a wrecker of lips) is the harmonica club of the Culture Department. It is led by a blues harmonica player who has recorded three albums, and it works in the small music room of building 29, room 0.18. In 2026-2027 the club had 19 members from 9 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The club has six activities:

open session: your first single notes and the train rhythm, harmonicas lent for the evening, on Wednesday 29 September 2027 from 18:00 to 19:30
beginners' class: single notes, chords, the train rhythm and your first tune, 8 sessions on Mondays from 18:00 to 19:30, from 4 October to 29 November 2027, with no class on 1 November
club session: the whole club plays together, on Wednesdays from 19:00 to 21:00, from 6 October 2027
bending workshop: bending the draw notes of holes 1 to 6, on Saturday 15 January 2028 from 14:00 to 17:00
blues jam: the club plays with guitarists and a drummer in the bar of the Student House, on Thursday 16 March 2028 at 20:00
spring concert: on Friday 2 June 2028 at 20:00, in the courtyard of the Student House

MEMBERSHIP, CLASSES AND HARMONICAS

Membership costs EUR 10 for the academic year for students and EUR 18 for staff and researchers; it includes insurance and the club sessions. The beginners' class costs EUR 14 for the eight sessions; students with a need-based grant pay half price. The beginners' class takes 14 players and the club 24.

A harmonica goes into the mouth, so the club lends harmonicas only at the open session, and cleans them afterwards. After that, each member plays a harmonica of their own: a 10-hole diatonic harmonica in C, sold EUR 24 instead of EUR 30 with the club's discount at a music shop in the city centre. Members who join the blues band later add a harmonica in A and one in D.

You need no musical experience and you do not need to read music: the club writes every tune as tabs, the number of the hole with a plus to blow and a minus to draw. The leader records every exercise for the club's app. A harmonica is louder than it looks: at home, practise between 10:00 and 20:00 with the windows shut, and cup the harmonica in your hands to soften the sound.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I JOIN THE BLUES BAND?

The club's blues band plays at the blues jam and at the spring concert. To join it:

1. Be a member and come to at least 12 club sessions between October 2027 and February 2028.
2. Own a harmonica in C, one in A and one in D.
3. Pass the bending test with the leader by 3 March 2028: the draw bends of holes 1 to 4, in tune, checked with a tuner.
4. Learn the band's 5 tunes from the tabs in the club's app, and play them at the band audition on Wednesday 22 March 2028.
5. Attend the two band rehearsals, on Saturday 13 and Saturday 27 May 2028 from 10:00 to 13:00.

RULES OF THE MUSIC ROOM

Rinse your mouth with water before you play: sugar and crumbs clog the reeds. No food, no sweet drinks and no sweets in the room. Never blow hard: a reed pushed too hard goes out of tune for good. Nobody plays another member's harmonica, and every harmonica goes back into its case after the session. Never wash a harmonica with a wooden comb under the tap: tap it dry on your palm, holes down. A player with a cold or a sore throat comes and listens, but does not play. The room closes at 21:15.

THE SPRING CONCERT

On Friday 2 June 2028 at 20:00, the club gives its spring concert in the courtyard of the Student House; if it rains, the concert moves to the hall. It is free and needs no booking. The concert ends with the great train: every member of the club plays the train rhythm at once, and the leader speeds it up until the train runs out of breath.

CREDITS

Students who play in the club all year and in the spring concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Ruine-Babines, Culture Department
E-mail: ruine-babines@umontpellier.fr
Phone: +33 4 67 14 53 58
Triolet campus, building 29, room 0.21. Wednesday, 12:30-14:00.
"""

TEXTS["05-harmonica-club.meta.yaml"] = sidecar(
    "Ruine-Babines, the harmonica club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/ruine-babines-harmonica-club",
    "students, researchers and staff",
)

TEXTS["06-international-spaghetti-bridge-contest-2028.md"] = """---
title: Al Dente, the international spaghetti bridge contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/al-dente-spaghetti-bridge-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Al Dente: the international spaghetti bridge contest, 2027-2028

A single strand of dry spaghetti snaps between two fingers, yet a few hundred of them, glued into triangles, can carry a bucket full of sand. Al Dente is the spaghetti bridge contest of the university: teams of students design a bridge, build it from dry spaghetti and glue, and load it until it breaks, in the atrium of building 5, in front of a jury and of the public. Each team must include at least one international student. It is run by the Student Challenges Unit of the Student Life Department and is open to every student enrolled at UM in 2027-2028, from the first year of the bachelor's degree to the doctorate, exchange students included. Teams have 2 to 4 students. In 2026-2027, 21 teams with students from 27 countries took part, and the winning bridge, which weighed 412 grams, held 38 kilograms.

## What the contest involves

| Part | What it means |
|---|---|
| building workshops | 2 Tuesday evening workshops of 2 hours with a structural engineer of the Faculty of Sciences, in the workshop of building 36: triangles, trusses, strong joints and how bridges break |
| materials | 1 kilogram of dry spaghetti and 40 sticks of hot glue per team, in a box sealed by the Unit; only the Unit's spaghetti and glue may be used |
| the bridge | a span of 60 centimetres between two tables, with no support in between; a weight of at most 500 grams; a hook at the centre of the deck to hang the load |
| qualifying day | every bridge is weighed, then must hold 5 kilograms for 30 seconds; the 10 lightest bridges that hold go to the final |
| final | a bucket hangs from the hook and is filled with sand until the bridge breaks, in front of a jury of three |
| prizes | €300 for the bridge that holds the most weight for each gram of its own weight, €150 for the second and €75 for the third; an elegance prize of €100 chosen by the public; a "Fusilli prize" of €40 for the most spectacular collapse |

Taking part is free, and the Unit provides the spaghetti and the glue. Students who attend both building workshops and bring a bridge to the qualifying day can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements to build, to load or to watch.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 17 January 2028 |
| registration deadline | Sunday 13 February 2028, 23:59 |
| building workshops | Tuesday 22 February and Tuesday 7 March 2028, 18:00–20:00, in building 36 |
| sealed boxes of spaghetti and glue handed out | from Wednesday 8 March 2028, at the desk of the Unit |
| drawings of the bridge due | Friday 17 March 2028, 12:00 |
| qualifying day | Thursday 30 March 2028, 17:00–20:00, in the atrium of building 5 |
| final | Saturday 15 April 2028, 14:00–18:00, in the atrium of building 5; prizes at 18:30 |

## How to enter

To take part in the contest, follow these steps:

1. Form a team of 2 to 4 students with at least one international student and register it in the "Student Life" tile of your UM account by 13 February 2028, naming a captain.
2. Send at least 1 member of the team to each of the two building workshops, on 22 February and 7 March 2028.
3. Collect your sealed box at the desk of the Unit from 8 March 2028, and upload a drawing of your bridge with its dimensions in the tile by 17 March 2028 at noon.
4. Bring your bridge to the qualifying day on 30 March 2028; the Unit announces the 10 finalists by Monday 3 April 2028.
5. On the day of the final, be in the atrium by 13:00 with your bridge in a box: the jury weighs every bridge again between 13:15 and 13:45.

## Rules of the bridge

- only the Unit's spaghetti and glue: no other pasta, no tape, no string, no wood, no paint and no varnish
- at most 500 grams, and a span of 60 centimetres with nothing under the middle
- the spaghetti must stay dry: no cooked or soaked spaghetti
- no bridge may be repaired after it has been weighed on the day of the final
- the team that loads its bridge wears the safety glasses lent by the Unit, and spectators stay behind the rope: splinters fly when a bridge breaks

## FAQ

Can a friend who studies at another university join our team? No: every member of a team must be a student enrolled at UM.

What if our bridge breaks before the qualifying day? Each team can collect a second sealed box of spaghetti and glue at the desk of the Unit, once, until 24 March 2028.

## Contact

Student Challenges Unit, Student Life Department: al-dente@umontpellier.fr, +33 4 67 14 36 85. Student House, Triolet campus, building 20, room 118; Monday to Thursday, 13:30–16:30.
"""

TEXTS["10-wild-tulip-survey-volunteers.md"] = """---
title: Tulipe – counting the wild tulips of the vineyards, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/tulipe-wild-tulip-survey
audience: students, researchers and staff
language: en
---

# Tulipe: counting the wild tulips of the vineyards

Long before tulips filled the gardens, small wild tulips grew among the crops of the south of France. Each spring, between the rows of some old vineyards and olive groves, they still open their flowers: the yellow wild tulip, with six pointed petals that are green on the outside, and the rarer red tulip of the vineyards, with a black heart. Their bulbs sleep underground for most of the year, and they disappear where the soil is ploughed deeply or sprayed with weedkillers; they survive where winegrowers leave grass between the rows. Tulipe, run by the Student Life Department with a botanist of the Faculty of Sciences and with 12 winegrowers near Montpeyroux and Aniane, trains volunteers to count the tulips of 12 vineyards every spring, so that the winegrowers can see which ways of working the soil keep them alive. In 2027, 23 volunteers counted 14,930 flowering tulips.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: wild tulips, the vineyards and the protocol | Tuesday 14 March 2028, 18:30–20:00 | the hall of the Student House | 50 | free |
| counting training: telling tulip leaves apart and using the frame, in a vineyard | Saturday 18 March 2028, 9:00–12:30 | a vineyard near Montpeyroux | 16 | free |
| count mornings: counting the flowers and the leaves of a vineyard | Monday and Thursday mornings, from 23 March to 27 April 2028, except Easter Monday, 17 April, 8:30–12:30 | the 12 vineyards, by minibus | 18 | free |
| botanical walk: the spring flowers of the vineyards, with the botanist | Sunday 9 April 2028, 9:30–12:30 | the vineyards near Aniane | 15 | €3, for the flower guide you keep |
| results evening: the tulips of the year | Wednesday 31 May 2028, 18:30–20:30 | the hall of the Student House | 50 | free |

Each vineyard is counted by three volunteers, who walk side by side between the rows, with a coordinator who drives the minibus and moves between the vineyards.

## Who can volunteer?

UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under 18 need the written consent of a parent. You need no knowledge of plants. Volunteers commit to at least 4 count mornings between 23 March and 27 April 2028.

## How to join

To join the count mornings, follow these steps:

1. Come to the introductory talk of 14 March, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Tulipe", by 16 March 2028, saying which mornings you are free.
3. Attend the counting training of 18 March 2028.
4. Book your count mornings in the app by the Friday before at 18:00: each vineyard takes 3 volunteers.
5. On your first morning, meet the coordinator in front of the Student House at 7:45 and collect the frame, the tally counter, the data sheets and the kneeling pad.

## How the count works

In each vineyard, the team lays a frame of 1 metre by 1 metre on the ground every 20 steps along 5 rows. In each frame, one volunteer counts the tulips in flower, another counts the tulips with leaves only, and the third notes both numbers and whether the soil between the rows is grassy, bare or freshly ploughed.

## What to bring

Closed walking shoes, long trousers, a hat, 1 litre of water, a snack and a rain jacket.

## Rules of the survey

- never pick a tulip, a flower or a leaf, and never dig up a bulb
- walk only between the rows, and never step over the vines
- keep away from the winegrowers' tractors and machines
- where a sign says that a vineyard has just been treated, stay out of it for 48 hours
- the vineyards are private land: close every gate behind you and leave nothing behind

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the counting training and at least 6 count mornings can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

How do I tell tulip leaves from other leaves? Tulip leaves are broad, grey-green and folded lengthwise like a gutter, two or three to a plant. Grape hyacinths, which grow in the same vineyards, have narrow, floppy leaves lying on the ground, and the leaves of the star of Bethlehem have a white stripe down the middle.

Pollen makes me sneeze. Can I still count tulips? Tulips release hardly any pollen, but the grass between the rows comes into flower in April. Volunteers with hay fever can see the allergist of the Student Health Service before the season starts.

## Contact

Tulipe coordinator, Student Life Department: tulipe@umontpellier.fr, +33 4 67 14 36 47. Student House, Triolet campus, building 20, room 148; Monday and Thursday, 14:00–17:00.
"""

TEXTS["11-student-life-and-everyday-help-directory.md"] = """---
title: Directory of sport, culture, volunteering, summer job and everyday help services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-life-and-everyday-help-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, summer job and everyday help services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and living with their neighbours: bowling, noise and neighbours, the summer jobs at the treetop adventure park, table football, the harmonica, the international spaghetti bridge contest, jump rope, hat making, the plastic pellet survey and the wild tulip survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Rigole, Sports Department | the bowling club, the beginners' course, the club league and the Rigole Cup | rigole@umontpellier.fr | +33 4 67 14 52 81 | Triolet campus, building 46, room 46.14 | Monday and Thursday, 12:30–14:00 |
| Good Neighbour Desk, International Relations Department | noise complaints and neighbour problems of international students, the templates, the letters and the mediation sessions | good-neighbour@umontpellier.fr | +33 4 67 14 27 84 | Triolet campus, building 1, room 1.19 | Monday and Thursday, 9:30–12:30 |
| Outdoor Jobs Unit, Student Life Department | the summer jobs of the agreement with the treetop adventure park of the Jaur valley, the applications, the climbing test and the contracts | adventure-park@umontpellier.fr | +33 4 67 14 36 93 | Student House, Triolet campus, building 20, room 126 | Tuesday and Thursday, 9:30–12:30 |
| Gamelle, Student House | the table football association, the club evenings and the Gamelle Cup | gamelle@asso.umontpellier.fr | +33 4 67 14 35 86 | Student House, Triolet campus, building 20, room 216 | Tuesday, 12:30–14:00 |
| Ruine-Babines, Culture Department | the harmonica club, the beginners' class, the blues band and the spring concert | ruine-babines@umontpellier.fr | +33 4 67 14 53 58 | Triolet campus, building 29, room 0.21 | Wednesday, 12:30–14:00 |
| Student Challenges Unit, Student Life Department | the international spaghetti bridge contest, its building workshops, the qualifying day and the final | al-dente@umontpellier.fr | +33 4 67 14 36 85 | Student House, Triolet campus, building 20, room 118 | Monday to Thursday, 13:30–16:30 |
| Saute-Mouton, Sports Department | the jump rope club, the basics course, the competition team and the Saute-Mouton Show | saute-mouton@umontpellier.fr | +33 4 67 14 52 66 | Triolet campus, building 46, room 46.12 | Tuesday and Thursday, 12:30–14:00 |
| Canotier, Culture Department | the hat-making courses, the discovery evenings and the hat parade | canotier@umontpellier.fr | +33 4 67 14 53 26 | Triolet campus, building 29, room 0.27 | Monday and Thursday, 14:00–17:00 |
| Sirène coordinator, Student Life Department | the plastic pellet survey, the beach mornings, the sorting evenings and the storm mornings | sirene@umontpellier.fr | +33 4 67 14 36 29 | Student House, Triolet campus, building 20, room 141 | Tuesday and Friday, 9:30–12:30 |
| Tulipe coordinator, Student Life Department | the wild tulip survey, the counting training, the count mornings and the botanical walk | tulipe@umontpellier.fr | +33 4 67 14 36 47 | Student House, Triolet campus, building 20, room 148 | Monday and Thursday, 14:00–17:00 |

## Useful to know

Allergies: the allergist of the Student Health Service sees students and staff free of charge, by appointment, for a consultation of 30 minutes with skin prick tests. It is meant for anyone with hay fever, which in Montpellier starts with the cypress pollen from January to March and goes on with the grasses from April, with a food allergy, or with a strong reaction to a sting. Stop taking antihistamine tablets 5 days before the tests, and bring the list of your medicines. Book by e-mail or phone: allergy@umontpellier.fr, +33 4 67 14 71 34.

Students with a disability who want to bowl with Rigole can ask for a bowling ramp, a lighter ball with a handle or a chair at the end of the approach, by writing to the Disability Support Service at least 3 weeks before their first session: disability-support@umontpellier.fr, +33 4 67 14 71 41, Triolet campus, building 8, room 023; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 62, Triolet campus, building 3, room 014; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment, free of charge, for sprains, small wounds and burns, and for students who cannot sleep because of noise or stress: +33 4 67 14 71 55.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["31-spaghetti-tower-challenge-2024.txt"] = """SPAGHETTI TOWER CHALLENGE - 2023-2024
University of Montpellier - First-Year Office

This page applies to the academic year 2023-2024. In the spaghetti tower challenge, new international students build the tallest tower they can from spaghetti, tape and string, with a marshmallow on top, in the hall of the Student House, in front of a jury.

WHO CAN TAKE PART

International students in their first year at UM only, in pairs. French students, exchange students and doctoral candidates cannot take part.

WHAT THE CHALLENGE INVOLVES

No workshop and no drawing: each pair receives on the day 20 strands of spaghetti, 1 metre of tape, 1 metre of string and one marshmallow, and has 18 minutes to build a tower that stands on its own, with the marshmallow at the top. One afternoon only, on Wednesday 20 March 2024 from 14:00 to 17:00, in the hall of the Student House. There is one category, the height, and one prize, for the tallest tower, a voucher of EUR 30 for each member of the winning pair. The challenge gives no credits. Each pair pays an entry fee of EUR 2.

HOW TO REGISTER

Register by e-mail to the First-Year Office by 8 March 2024. Places are given in the order of the e-mails received, up to 30 pairs.

1. Write to the First-Year Office with the names, programmes and countries of both members of the pair.
2. Pay the entry fee of EUR 2 at the office by 15 March 2024.
3. Come to the hall by 13:45 on the day; the jury hands out the materials at 14:00.

The winners are announced at the end of the afternoon, and every student receives a mug of the university.

CONTACT

First-Year Office
E-mail: spaghetti-tower@umontpellier.fr
Phone: +33 4 67 14 27 49
Triolet campus, building 1, room 1.31. Thursday, 14:00-17:00.
"""

TEXTS["31-spaghetti-tower-challenge-2024.meta.yaml"] = sidecar(
    "Spaghetti tower challenge, 2023-2024 (expired, superseded by the 2027-2028 international spaghetti bridge contest)",
    "https://www.umontpellier.fr/en/campus-life/student-life/spaghetti-tower-challenge-2024",
    "international students",
    "2024-06-30",
)

TEXTS["40-konstanz-bowling-club-and-table-football-club.md"] = """---
title: University of Konstanz – the bowling club and the table football club
url: https://www.uni-konstanz.de/en/student-life/bowling-and-table-football
audience: students and staff
language: en
---

# University of Konstanz: the bowling club and the table football club

This page of the University of Konstanz, in Germany, presents two clubs of its university sports centre. It applies only to students and staff of the University of Konstanz, on the shore of Lake Constance, where the Rhine leaves the lake. Prices are in euros.

## Bowling club

The bowling club plays at a bowling alley in the city centre, from October to June.

| Rule | University of Konstanz |
|---|---|
| age | from 18 years old only |
| beginners' course | 6 sessions, €45 |
| membership | €35 a year for students |
| league evenings | Friday |
| balls and shoes | not provided: each member buys bowling shoes, €40 |
| medical certificate | required to join |
| Lake Cup | Saturday 29 April 2028, €25 per player |
| credits | 2 ECTS credits |

Contact: bowling club, bowling@uni-konstanz.de, +49 7531 88 4410.

## Table football club

The table football club plays in the cafeteria of the main building, in the evenings.

- the club is open from 18 years old only
- the discovery evening takes place on Tuesday 12 October 2027
- membership costs €12 a year for students
- a medical certificate is required from every member
- the technique sessions cost €20 for 4 sessions
- club evenings take place on Tuesday and Friday
- the Konstanz Table Football Open takes place on Saturday 6 May 2028, at €8 per player
- regular players receive 2 ECTS credits

Contact: table football club, tablefootball@uni-konstanz.de, +49 7531 88 4420.
"""

TEXTS["41-siena-noise-support-and-harmonica-club.md"] = """---
title: University of Siena – help for international students with noise and neighbours, and the harmonica club
url: https://www.unisi.it/en/student-life/international/noise-and-harmonica
audience: students
language: en
---

# University of Siena: help for international students with noise and neighbours, and the harmonica club

This page of the University of Siena, in Italy, presents the help that its international office gives international students who have trouble with noise or with their neighbours, and the harmonica club of its student association. It applies only to students of the University of Siena, in the hills of Tuscany, around the Piazza del Campo. Prices are in euros.

## Noise and neighbours

International students settle disagreements with their neighbours and landlords themselves; the international office gives them advice.

| Rule | University of Siena |
|---|---|
| meeting with an adviser | by e-mail only, within 5 working days |
| templates | none: students write their own notes |
| mediation | not offered |
| earplugs | not provided |
| letter to the landlord | not provided |
| deadline to answer a complaint | within 30 days |
| quiet hours in residences | from 23:00 to 7:00 |

Contact: international office, noise-help@unisi.it, +39 0577 23 5510.

## Harmonica club

The harmonica club of the student association meets in a room of the student centre.

- members must be 18 or over
- the open session takes place on Thursday 30 September 2027
- membership costs €25 a year for students
- the beginners' class has 10 sessions and costs €40
- the club lends each member a harmonica for the whole year
- members need at least one year of musical experience
- the spring concert takes place on Saturday 10 June 2028
- members receive 3 ECTS credits

Contact: harmonica club, harmonica@unisi.it, +39 0577 23 5530.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
