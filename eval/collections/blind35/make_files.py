"""The text of every 'blind35' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-floorball-club-2027.pdf": {
        "title": "Les Mistrals: the floorball club of UM, 2027-2028",
        "short": "Floorball club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/les-mistrals-floorball-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Les Mistrals floorball club",
        "pages": [
            [
                ("h1", "Les Mistrals: the floorball club of UM, 2027-2028"),
                (
                    "p",
                    "Floorball is a form of indoor hockey played with a light plastic stick and a plastic ball with 26 "
                    "holes that weighs less than 23 grams. Two teams of five players and a goalkeeper play in a rink "
                    "with low boards; the goalkeeper has no stick and stops the ball with the body and the hands. Body "
                    "checks are not allowed, and no stick may be raised above the waist. Les Mistrals, the floorball "
                    "club of the Sports Department, trains a women's team and a men's team. This guide applies to 2027-2028. In 2026-2027, the club had 46 "
                    "members from 15 countries.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the stick, the wrist shot and a first game", "Friday 1 October 2027, 18:00–20:00", "the gym of the Triolet sports complex, building 46", "free"],
                        ["beginners' sessions at lunchtime, for every level", "Wednesday, 12:15–13:30, from 6 October 2027", "the gym", "included in the membership"],
                        ["training of the women's team and of the men's team", "Monday and Thursday, 20:00–22:00, from 4 October 2027", "the gym", "included in the membership"],
                        ["3-on-3 league: short games without goalkeepers", "Sunday, 17:00–19:00, from 16 January to 26 March 2028", "the small gym", "€10 for the season"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery session takes 40 people, the beginners' sessions 30, each squad 18 and the 3-on-3 "
                    "league 36. Membership costs €38 for the academic year for students and €55 for staff and "
                    "researchers, insurance and the loan of a stick included. The licence of the French floorball "
                    "federation, €32, is needed only to play championship matches. Register from 21 September 2027 in "
                    "the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. Staff and researchers play in the "
                    "3-on-3 league and train with the club, but the matches of the university championship are for "
                    "students only.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Indoor shoes with non-marking soles, shin guards and a water bottle. The club lends the "
                    "sticks, the protective goggles and the full kit of the goalkeepers: helmet, padded trousers, "
                    "jersey and knee pads.",
                ),
                ("h2", "Playing in the university championship"),
                (
                    "p",
                    "The club enters its women's team and its men's team in the university floorball championship of "
                    "the Occitanie region, with matches on Wednesday evenings. To play in it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Come to at least 5 training sessions of your team before 31 October 2027.",
                        "Take the skills test with the coach on Thursday 4 November 2027, from 20:00 to 22:00, in the gym.",
                        "Take the licence of the French floorball federation through the club, for €32, with a medical "
                        "certificate of fitness for floorball less than 1 year old, by 19 November 2027.",
                        "Collect the team jersey, lent for the season against a deposit of €50, at the first match.",
                        "Say in the club's app by the Monday before each match whether you can play; the coach names "
                        "the 14 players of the match on the Tuesday.",
                    ],
                ),
                ("h2", "Rules of the sessions"),
                (
                    "bullet",
                    [
                        "wear the protective goggles in every game if you are under 18, and whenever the coach asks;",
                        "never raise your stick above your waist, before or after a shot;",
                        "never hit, lift or kick an opponent's stick;",
                        "never play the ball with your head or your hands, except the goalkeeper in the crease;",
                        "stop at once when the coach whistles three times.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["skills test", "4 November 2027", "the coach decides who plays in each squad"],
                        ["regional university championship", "November 2027 to March 2028, on Wednesday evenings", "home and away matches in Occitanie"],
                        ["final phase of the French university championship", "24 to 26 May 2028, in Strasbourg", "the 6 best women's teams and the 6 best men's teams of France"],
                        ["Mistral Trophy", "17 June 2028, in the gym", "the club's tournament, for 10 teams of students and staff"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For regional matches, the club pays the minibus. If a team qualifies for the final phase, the "
                    "club pays the train and the hotel, and each player pays €45, meals included.",
                ),
                ("h2", "A ball or a stick in the eye"),
                (
                    "p",
                    "A player hit in the eye by the ball or a stick stops at once, keeps the eye closed under a cold "
                    "pack and is seen by a doctor on the same day. The player comes back "
                    "only with a written note from the doctor, and after 7 days at the earliest.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who play the whole season with a team, the regional championship included, can have "
                    "it recognised as a sport unit worth 2 ECTS credits; students who attend at least 15 beginners' "
                    "sessions and play the whole 3-on-3 league, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Les Mistrals, Sports Department, mistrals@umontpellier.fr, +33 4 65 82 47 66. Triolet "
                    "campus, building 45, room 45.14; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-glassblowing-workshop-2027.pdf": {
        "title": "La Paraison: the glassblowing workshop of UM, 2027-2028",
        "short": "Glassblowing workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/la-paraison-glassblowing-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, La Paraison glassblowing workshop",
        "pages": [
            [
                ("h1", "La Paraison: the glassblowing workshop of UM, 2027-2028"),
                (
                    "p",
                    "Glass softens in the flame of a torch, and a rod or a tube of glass turned patiently in that "
                    "flame can be pulled, bent, joined and blown into almost any shape. Scientists have long needed "
                    "this craft: the flasks, condensers and columns of a chemistry laboratory are made and repaired "
                    "by scientific glassblowers. La Paraison, the glassblowing workshop of the Culture Department, is "
                    "taught by the scientific glassblower of the Faculty of Sciences in the faculty's glass workshop, "
                    "on 6 bench torches fed with gas and oxygen; its name is the word for the gob of hot glass that a "
                    "glassblower shapes. This guide applies to 2027-2028. In 2026-2027, 41 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: pull a glass rod into a twisted stirrer and make a marble", "Tuesday 19 October 2027 or Tuesday 1 February 2028, 18:00–21:00", "the glass workshop, Triolet campus, building 22, room 22.01", "€18"],
                        ["beginners' course: setting the torch, drawing, bending and joining rods, in 6 sessions", "Tuesday, 18:00–21:00, from 9 November to 14 December 2027", "the glass workshop, room 22.01", "€140, glass and gas included"],
                        ["blowing course: blowing bubbles, a small vase and a Christmas bauble from a tube, in 8 sessions", "Thursday, 18:00–21:00, from 27 January to 16 March 2028", "the glass workshop, room 22.01", "€160, glass and gas included"],
                        ["open torch: the torches of the workshop for your own project, with the glassblower present", "Saturday, 9:30–12:30, from 5 February 2028", "room 22.01", "€9 per morning, glass included"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 6 people, one per torch, and so do the beginners' course and the "
                    "blowing course; the open torch has 4 places. Students with a need-based grant pay half price; "
                    "staff and researchers pay €25 more per course. Register from 4 October 2027 in the \"Culture\" "
                    "tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or "
                    "over: the workshop uses open flames at more than 1,000 degrees and bottles of oxygen, and its "
                    "insurance does not cover minors. The blowing course is for people who have followed the "
                    "beginners' course, this year or in an earlier year, or who pass a short practical test with the "
                    "glassblower. People who wear contact lenses keep them in, under the workshop's glasses.",
                ),
            ],
            [
                ("h2", "What to wear"),
                (
                    "p",
                    "Clothes of cotton or wool, with sleeves that do not hang loose: synthetic fabrics such as fleece "
                    "or polyester melt onto the skin if a drop of hot glass falls on them. Closed leather or canvas "
                    "shoes, long hair tied back, no scarf. The workshop lends the didymium glasses, whose lenses cut "
                    "the yellow glare of the flame so that you can see the glass, and the heat-resistant pads.",
                ),
                ("h2", "Joining the blowing course"),
                ("p", "To join the blowing course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or pass the practical test with the glassblower on any Tuesday "
                        "in November 2027, from 17:00 to 18:00.",
                        "Send the glassblower a photo of two pieces you have made, a bent rod and a joint between two "
                        "rods, by 10 December 2027.",
                        "Register in the \"Culture\" tile of your UM account by 7 January 2028 and pay the price of the "
                        "course, €160.",
                        "Attend the safety briefing on the oxygen bottles on Thursday 20 January 2028, from 18:00 to "
                        "19:00: without it, you may not light a torch.",
                        "Take your pieces home after the last session, on 16 March 2028, once they have cooled "
                        "overnight in the annealing oven.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "never light a torch unless the glassblower is in the room;",
                        "never leave a lit torch, even for a few seconds;",
                        "put hot glass down only on the graphite pad, never on the bench or in your hand: hot glass "
                        "looks exactly like cold glass;",
                        "no food or drinks in the workshop;",
                        "close the gas and the oxygen at the bottle before you leave.",
                    ],
                ),
                ("h2", "Burns"),
                (
                    "p",
                    "If you burn yourself, cool the burn under running water for 20 minutes at the sink by the door, "
                    "then call the nurses of the Student Health Service: +33 4 65 82 71 30. Never put ice, butter or "
                    "cream on a burn.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The pieces of the year are shown in the hall of the Student House from 5 to 9 June 2028. "
                    "Students who finish the blowing course and show a piece there can have it recognised as a "
                    "cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: La Paraison, Culture Department, paraison@umontpellier.fr, +33 4 65 82 53 81. Triolet "
                    "campus, building 29, room 0.11; Monday and Thursday, 13:30–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-earthworm-survey-volunteers.docx": {
        "title": "Lombrics: counting the earthworms of the campuses and the vineyards – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/lombrics-earthworm-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Lombrics: counting the earthworms of the campuses and the vineyards – volunteer guide 2028"),
            (
                "p",
                "Earthworms dig the galleries through which water and air enter the soil, pull dead leaves down "
                "into it and turn them into humus. A healthy meadow can hold more than 200 earthworms per square "
                "metre, and how many live in a soil, and of which kinds, says a lot about how it is farmed. "
                "Scientists sort earthworms into three groups: litter dwellers, which live among the dead leaves "
                "on the surface; topsoil dwellers, which live in the first centimetres of soil and rarely come up; "
                "and deep burrowers, which dig vertical galleries a metre deep or more and come up at night to "
                "feed. Lombrics, run by the Student Life Department with a soil ecologist of the Faculty of "
                "Sciences, trains volunteers to count the earthworms of 24 plots on the campuses and in the "
                "vineyards of partner farms, and its results go into a national earthworm observatory. In 2027, "
                "31 volunteers counted 5,400 earthworms.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under "
                "18 need the written consent of a parent. You need no knowledge of soils: the training afternoon "
                "teaches you all you need. Volunteers commit to at least 3 sampling mornings between 8 February and "
                "28 March 2028, when the soil is moist and the earthworms are near the surface.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training afternoon: the earthworms of Montpellier, the mustard protocol and the app", "Wednesday 2 February 2028, 14:00–17:00", "Triolet campus, building 15, room 15.08", "36"],
                    ["sampling morning: mustard water poured on three squares of 1 metre by 1 metre, and the earthworms that come up counted", "Tuesday and Saturday mornings from 8 February to 28 March 2028, 9:00–12:00", "24 plots on the Triolet and Richter campuses and in the vineyards of 4 partner farms around Montpellier", "3"],
                    ["spade morning: digging out a block of soil and sorting its earthworms by hand, to check the mustard counts", "Saturday 4 March and Saturday 25 March 2028, 9:00–12:30", "the experimental meadow of the Faculty of Sciences, Triolet campus", "10"],
                    ["night walk: finding deep burrowers feeding at the surface, with a red torch", "Thursday 9 March 2028, 20:00–22:00", "the lawns of the Triolet campus", "25"],
                    ["results evening: the earthworm map of the year", "Tuesday 16 May 2028, 18:30–20:30", "the hall of the Student House", "70"],
                ],
            ),
            ("h1", "Doing your first sampling morning"),
            ("p", "To do your first sampling morning, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Lombrics\", by 28 January 2028.",
                    "Attend the training afternoon of 2 February 2028.",
                    "Join a team of three in the app, and book a plot and a morning.",
                    "Collect your kit from the coordinator: a square frame of 1 metre, a watering can, three 300-gram "
                    "jars of mild mustard, a tray, soft tweezers, a bottle of water to rinse the earthworms and the "
                    "map of your plot.",
                    "Mix one jar of mustard into 10 litres of water for each square, pour it in two halves 10 minutes "
                    "apart, collect every earthworm that comes up for 20 minutes, rinse it, count it by group in the "
                    "app, and put it back on its square.",
                ],
            ),
            ("h1", "Which group is it?"),
            (
                "p",
                "Litter dwellers are small, at most 5 centimetres long, and dark red all over. Topsoil dwellers are "
                "pale, pink, grey or greenish, and curl up when you pick them up. Deep burrowers are the largest, "
                "often more than 15 centimetres long, with a dark red-brown head and a paler, flattened tail. If you "
                "find a flat worm with a head shaped like a hammer, photograph it and tell the coordinator: it is an "
                "invasive land flatworm, not an earthworm, and it feeds on them.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "use only the mild mustard of the kit: strong mustard burns the earthworms;",
                    "never pour mustard water within 5 metres of a pond, a ditch or a stream;",
                    "handle earthworms with wet hands or the soft tweezers, and never leave them in the sun;",
                    "put every earthworm back on its square once it is counted;",
                    "on the partner farms, stay on the paths and close every gate behind you.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training afternoon, 5 sampling mornings and one spade morning can have it recognised as "
                "a student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Lombrics coordinator, Student Life Department: lombrics@umontpellier.fr, +33 4 65 82 36 84. "
                "Student House, Triolet campus, building 20, room 126; Wednesday and Friday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-kendo-club.md"] = """---
title: Hikari – the kendo club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/hikari-kendo-club
audience: students, researchers and staff
language: en
---

# Hikari: the kendo club of the Sports Department

Kendo is the Japanese way of the sword, practised with a sword of four bamboo slats, the shinai, and a suit of armour: a helmet with a metal grille, thick gloves, a breastplate and a padded apron around the waist. A point is scored only by a clean strike on the head, the wrists, the side of the body or the throat, made with the right part of the shinai, in the right posture and with a loud shout, the kiai. There are no weight or gender categories, and many people practise into their seventies. Hikari is the kendo club of the Sports Department, taught by a holder of the 6th dan who practised for twelve years in Osaka. This page applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 11 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery evening: bowing, holding the shinai and your first strikes | Friday 24 September 2027, 18:30–20:30 | the dojo of the Triolet sports complex, building 47 | 1 | free |
| beginners' course: footwork, the basic strikes and the etiquette of the dojo, without armour | Monday, 19:00–20:30 | the dojo | 20, from 4 October 2027 | €35 |
| club practice, in armour from January, for every grade | Wednesday and Friday, 19:30–21:30 | the dojo | every week from 6 October 2027 | included in the membership |
| kata mornings: the ten forms of kendo kata, with a wooden sword | Sunday, 10:00–12:00 | the dojo | 6, from 16 January 2028 | €15 |
| "Hikari Taikai": a team tournament with the clubs of the region | Saturday 22 April 2028, 9:00–18:00 | the gym of the Triolet sports complex, building 46 | 1 | €8 per player, lunch included |

The discovery evening takes 30 people, the beginners' course 20 and the kata mornings 16; the Hikari Taikai has room for 24 teams of three. Staff and researchers pay €15 more per course; students with a need-based grant pay half price. Registration opens on 20 September 2027 in the "Sport" tile of your UM account.

Membership costs €45 for the academic year for students and €70 for staff and researchers; it includes insurance and the loan of a shinai for the year. The licence of the French kendo federation costs €38 and is needed only to sit a grading or to enter a competition. Beginners train barefoot, in a tracksuit. From January, once the beginners' course has taught them to strike safely, the club lends each beginner the wide pleated trousers, the jacket and a set of armour for the rest of the year, against a deposit cheque of €150 that is never cashed unless the armour comes back damaged; a new set of armour costs €400 or more.

## Who can practise?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 15 or over; members under 18 need the written consent of a parent. You need no experience and no particular fitness: the beginners' course starts slowly.

## How to take your first grade

Kendo grades go from the 6th kyu up to the 1st kyu, then to the dan grades, and they are awarded by the juries of the French kendo federation. Beginners can take their first kyu grade at the end of their first year. To take it, follow these steps:

1. Attend at least 30 sessions of the beginners' course or of club practice from September.
2. Take the licence of the French kendo federation through the club, for €38, with a medical certificate of fitness for kendo less than 1 year old, by 14 January 2028.
3. Ask the teacher, by 11 February 2028, to put your name on the list of candidates.
4. Take the mock grading at club practice on Friday 3 March 2028.
5. Sit the regional grading on Sunday 26 March 2028 in Toulouse, from 9:00; the club pays the train, and you pay the grading fee of €20.

## Rules of the dojo

- bow when you enter and when you leave the dojo
- check your shinai before each session: a shinai with a split slat is not used until it is repaired
- never strike a partner who is not wearing armour; in the drills of the beginners' course, strikes stop short
- take off every ring, earring and bracelet, and keep your nails short
- stop at once when the teacher calls "yame"

## Credits

Students who attend at least 20 sessions in the year and fight at the Hikari Taikai can have it recognised as a sport unit worth 2 ECTS credits. Members who help to referee or to run the Hikari Taikai receive a certificate of volunteering.

## FAQ

Does it hurt? The armour takes the strikes, but bruises on the forearms are common in the first months, until you learn to strike and to be struck properly.

Do I need to speak Japanese? No. The teacher explains in French and in English; the commands and the names of the strikes are in Japanese, and you learn them in the first sessions.

## Contact

Hikari, Sports Department: hikari@umontpellier.fr, +33 4 65 82 47 21. Triolet campus, building 45, room 45.12; Monday and Wednesday, 12:30–14:00.
"""

TEXTS["02-faq-interrupting-studies-for-health-reasons.html"] = html_page(
    "Interrupting your studies for health reasons – FAQ for international students",
    "Interrupting your studies at UM for health reasons: who decides, how long, marks, fees, residence permit, scholarship, return, steps and contact.",
    "https://www.umontpellier.fr/en/international/interrupting-studies-health-faq",
    "/fr/international/interruption-etudes-sante-faq",
    """    <h1>Interrupting your studies for health reasons – FAQ for international students</h1>
    <p>An operation, a long illness, an accident, a difficult pregnancy or a depression can make it impossible to follow your courses for months. Rather than fail the year, international students enrolled in a degree at UM can interrupt their studies for health reasons and come back later with the marks they have already earned. The International Student Advice desk of the International Relations Department helps international students enrolled in a bachelor's degree, a BUT or a master's degree to prepare the interruption, and tells them what it changes for their fees, their residence permit and their scholarship. This FAQ applies to interruptions in 2027-2028. In 2026-2027, 86 international students interrupted their studies for health reasons at UM, and 78% of them came back to finish their degree.</p>

    <h2>Who decides?</h2>
    <p>A doctor of the Student Health Service certifies that your health does not allow you to study; the President of the University then grants the interruption, on the proposal of the head of your programme. A certificate from your own doctor is not enough on its own, but the doctors of the Student Health Service read it and can base their opinion on it. You can ask at any time of the year.</p>

    <h2>How long can I stop?</h2>
    <p>An interruption lasts at least one semester and at most one academic year. It can be renewed once, so you can stop for at most two years in a row. You always come back at the start of a semester, in September or in January.</p>

    <h2>Do I keep my marks?</h2>
    <p>Yes. Every module passed with a mark of 10 out of 20 or more stays acquired, and the modules you had started but not finished are cancelled: you take them again from the start when you come back. The year of the interruption does not count as a failed year.</p>

    <h2>Are my tuition fees refunded?</h2>
    <p>It depends on when the interruption starts:</p>
    <table>
      <thead>
        <tr><th>When the interruption starts</th><th>Tuition fees refunded</th></tr>
      </thead>
      <tbody>
        <tr><td>before 1 November 2027</td><td>all the fees of the year, minus €23 of processing costs</td></tr>
        <tr><td>from 1 November 2027 to 31 January 2028</td><td>half the fees of the year</td></tr>
        <tr><td>from 1 February 2028</td><td>no refund</td></tr>
      </tbody>
    </table>
    <p>When you come back, you re-enrol and pay the fees of the year of your return; exemptions from fees must be asked for again.</p>

    <h2>What happens to my residence permit?</h2>
    <p>Your student residence permit stays valid until the date written on it. If you must renew it during the interruption, give the prefecture the interruption letter of the desk, which states the dates of the interruption and of your return, with the decision of the President. Ask for the letter in the "International" tile of your UM account; it is sent within 7 working days. If you go home for treatment and your permit runs out while you are abroad, you will need a new visa to come back: talk to the desk before you leave.</p>

    <h2>Do I keep my scholarship?</h2>
    <p>A UM scholarship for international students is suspended during the interruption and paid again from the month you come back, for the months that were left. A scholarship of your government or of another funder depends on that funder: send it the decision as soon as you receive it.</p>

    <h2>Will anyone help me come back?</h2>
    <p>Yes. One month before your return, the desk offers a return interview of 30 minutes with an adviser and the head of your programme, to plan your timetable and any special arrangements for your exams. During the interruption, the psychologists of the Student Health Service keep seeing you free of charge if you stay in Montpellier.</p>

    <h2>How do I interrupt my studies?</h2>
    <p>To interrupt your studies for health reasons, follow these steps:</p>
    <ol>
      <li>See a doctor of the Student Health Service, by appointment in the "Health" tile of your UM account, and bring your medical records.</li>
      <li>Fill in the interruption request in the "Schooling" tile, with the opinion of the doctor, the date from which you stop and for how long.</li>
      <li>Have the request signed by the head of your programme, who sends it to the President's office; the decision is sent to you within 15 working days.</li>
      <li>Ask the desk for your interruption letter in the "International" tile, and give it to the prefecture if you must renew your residence permit.</li>
      <li>Confirm your return in the "Schooling" tile by 15 June for a return in September, or by 15 November for a return in January.</li>
    </ol>

    <h2>I am only ill for a few weeks. Is this page for me?</h2>
    <p>No. An absence of a few weeks is covered by a medical certificate sent to the studies secretariat of your faculty within 3 days, and missed exams can be taken in the resit session. Exchange students who have to go home for health reasons ask the international relations officer of their faculty and their home university.</p>

    <h2>Whom do I contact?</h2>
    <p>International Student Advice desk, International Relations Department: int-advice@umontpellier.fr, +33 4 65 81 27 36. Triolet campus, building 1, room 1.15; Monday, Wednesday and Thursday, 9:00–12:00.</p>
""",
    [
        '<a href="/en/international/residence-permits">Residence permits</a>',
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 31 July to 20 August 2027.",
)

TEXTS["02-faq-interrupting-studies-for-health-reasons.meta.yaml"] = sidecar(
    "Interrupting your studies for health reasons – FAQ for international students",
    "https://www.umontpellier.fr/en/international/interrupting-studies-health-faq",
    "international students",
)

TEXTS["03-international-students-as-cruise-welcome-guides-in-sete-2028.md"] = """---
title: International students as welcome guides for cruise passengers in Sète, 2028
url: https://www.umontpellier.fr/en/international/campus-life/cruise-welcome-guides-sete
audience: international students
language: en
---

# International students as welcome guides for cruise passengers in Sète

From spring to autumn, cruise ships call at the port of Sète, between the sea and the Thau lagoon, and each of them lands up to 3,000 passengers for a day: Americans, Germans, British, Spanish, Italians and Brazilians, many of whom speak no French. Sète needs people who greet them on the quay, answer their questions in their own language and show them the canals, the fish market and the view from Mont Saint-Clair. Since 2026, an agreement between the University of Montpellier and the Sète Cruise Welcome Association, which welcomes the passengers on behalf of the city, offers international students paid days as welcome guides: they greet the passengers as they come off the ship, staff the information desks of the cruise terminal and of the city centre, and lead short walking tours of the old town. The Student Jobs Office of the Student Life Department recruits and prepares the students. This page applies to the cruise season 2028, from Saturday 8 April to Saturday 28 October 2028. In 2027, 38 students worked on 52 days of call.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €13.40 gross an hour, paid by the association at the end of each month |
| hours | the days of call only: 6 to 10 hours a day between 7:00 and 19:00, and at most 3 days a week |
| travel | your return train ticket between Montpellier and Sète, refunded with your pay for each day worked |
| meals | a packed lunch on each day of call, free |
| uniform | a jacket and a cap in the colours of the association, lent for the season |
| training | 3 mornings of training on the history of Sète, guiding and first aid, paid like working days |
| language bonus | €1.50 more an hour for students who guide in a third language |
| credits | 1 ECTS credit, as a student engagement unit, for students who work at least 12 days of call and write a report of 3 pages |

Contracts are part-time contracts for the season, signed with the association, which is your employer: UM is not. The association expects 64 calls in 2028 and needs 45 students.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students who stay until at least the end of June included, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. You need a level of French of at least B1 and a level of English of at least C1; a third language, German, Spanish, Italian or Portuguese, is a plus. You must be free on at least 8 days of call over the season, most of them weekdays. You need no driving licence. Staff cannot apply under this agreement, and French students apply directly to the association.

## How to become a welcome guide

An information meeting takes place on Wednesday 19 January 2028 at 12:30 in the hall of the Student House. To become a welcome guide, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 6 February 2028, with a CV in French and in English and a video of 1 minute in which you present a place in Montpellier in your best language.
2. Take a group interview at the Student House on Wednesday 16 or Thursday 17 February 2028.
3. Receive the answer by 1 March 2028 and sign your contract with the association by 15 March 2028.
4. Attend the three mornings of training in Sète, on Saturday 11, 18 and 25 March 2028.
5. Choose your days of call in the association's calendar at least 2 weeks ahead: the list of the ships of each month is published on the 1st of the month before.

## Rules on the quay

- wear your jacket and your badge at all times on duty
- never accept a tip: thank the passenger and point to the association's feedback form
- count your group at every stop of a walking tour, and never leave anyone behind
- if a passenger may miss the ship, call the ship's agent at once: never drive a passenger to the port yourself
- no smoking on the quay or in the cruise terminal

## FAQ

Do guides go on the ships? No. Guides work on the quay, in the cruise terminal and in the city; only the crew and the passengers go aboard.

Can I choose my language? Yes: you say which languages you guide in, and the association gives you groups of passengers who speak them.

What if a call is cancelled? A call cancelled less than 48 hours before the ship is due is paid 4 hours to the guides booked for it.

## Contact

Student Jobs Office, Student Life Department: cruise-guides@umontpellier.fr, +33 4 65 82 36 77. Student House, Triolet campus, building 20, room 110; Tuesday and Thursday, 13:30–16:30. The office passes questions about your contract and your pay on to the association.
"""

TEXTS["04-faq-korfball-club.html"] = html_page(
    "Korfeo, the korfball association: FAQ",
    "Korfeo: the discovery session, the beginners' sessions, club training, beach korfball, the Korfeo Cup and the regional championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/korfball-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-korfball-faq",
    """    <h1>Korfeo, the korfball association: FAQ</h1>
    <p>Korfball was invented in the Netherlands in 1902 and is the only team sport that is mixed by its rules: each team of eight has four women and four men, and each player marks a player of the same gender. The ball is shot into a basket, the korf, fixed on a post 3.5 metres high with no backboard, and players can shoot from all around it. A player holding the ball may not run with it, and a shot is not allowed when a defender stands close enough with a raised arm, so teams win by passing fast and moving without the ball. Korfeo is the korfball association of the Student House. Its members play in the gym of the Triolet sports complex, and on the beach in May and June. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 52 members from 16 countries.</p>

    <h2>What does the association offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the pass, the running-in shot and a first game</td><td>Thursday 30 September 2027, 18:00–20:00</td><td>the gym of the Triolet sports complex, building 46</td><td>free</td></tr>
        <tr><td>beginners' sessions: footwork, shots and the rules, in 10 sessions</td><td>Tuesday, 12:15–13:30, from 5 October 2027</td><td>the gym</td><td>€15</td></tr>
        <tr><td>club training: games and drills for every level</td><td>Thursday, 20:00–22:00, from 7 October 2027</td><td>the gym</td><td>included in the membership</td></tr>
        <tr><td>beach korfball: games of four against four on the sand</td><td>Saturday, 10:00–12:00, from 6 May to 17 June 2028</td><td>the beach of Palavas-les-Flots, by tram and bus</td><td>€3 per morning</td></tr>
        <tr><td>the "Korfeo Cup": a mixed tournament for teams of students from the whole region</td><td>Sunday 12 March 2028, 9:00–18:00</td><td>the gym</td><td>€40 per team</td></tr>
      </tbody>
    </table>
    <p>Membership costs €18 for the academic year for students and €30 for staff and researchers; it includes insurance. The licence of the French korfball federation, €22, is needed only to play in the regional championship and is taken through the association. Because every team has four women and four men, the discovery session takes 20 women and 20 men, and the beginners' sessions 16 women and 16 men; club training takes 48 players, and the Korfeo Cup has room for 12 teams.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience: most members had never seen a korf before the discovery session, and players of basketball or netball learn fast, though they have to forget the dribble.</p>

    <h2>What do I wear?</h2>
    <p>Sports clothes and indoor shoes with non-marking soles in the gym: street shoes are not allowed on its floor. On the beach, everyone plays barefoot; bring sun cream, a cap and water.</p>

    <h2>How do I play in the championship?</h2>
    <p>The championship is not compulsory. If you want to play in the regional korfball championship, proceed as follows:</p>
    <ol>
      <li>Attend at least 6 sessions of club training.</li>
      <li>Take the licence of the French korfball federation through the association, €22, by 26 November 2027, with a medical certificate of fitness for korfball less than 1 year old.</li>
      <li>Come to the team selection at club training on Thursday 2 December 2027: the coach forms a team of four women and four men, and a list of substitutes.</li>
      <li>Order the club shirt, €15, by 14 December 2027.</li>
      <li>Say in the group chat by the Tuesday before each match whether you can play; matches are played on Sunday afternoons.</li>
    </ol>

    <h2>What are the rules at the sessions?</h2>
    <ul>
      <li>warm up for 15 minutes before the first game;</li>
      <li>never hit or snatch the ball out of a player's hands;</li>
      <li>mark only the player the coach gives you, who is of your own gender;</li>
      <li>never hang from the korf or climb the post;</li>
      <li>carry the posts in pairs, never alone: each one weighs 25 kilos.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>The most common injuries are jarred fingers and twisted ankles: stop playing, and tell the person who runs the session. The first aid box is at the reception of the sports complex. The nurses of the Student Health Service see students without an appointment, Monday to Friday, in building 5.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 20 sessions in the year and help to run the Korfeo Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Korfeo, Student House: korfeo@asso.umontpellier.fr, +33 4 65 82 35 71. Triolet campus, building 20, room 221; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-korfball-club.meta.yaml"] = sidecar(
    "Korfeo, the korfball association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/korfball-association-faq",
    "students, researchers and staff",
)

TEXTS["05-steel-band.txt"] = """PAN'ACIER: THE STEEL BAND - 2027-2028
University of Montpellier - Culture Department

The steel pan was born in Trinidad and Tobago in the 1930s and 1940s, when musicians of the carnival bands began to hammer the tops of oil drums into bowls with notes of different pitches. A pan is played with two short sticks tipped with rubber, and each note is a small dent in the bowl: the smaller the dent, the higher the note. The tenor pan carries the melody, the double seconds and the cello pans play the harmony, and the bass pans, six full drums for one player, hold the rhythm. Pan'Acier is the steel band of the Culture Department. It is led by a pannist who played for eight years in a steel orchestra of Port of Spain, and it owns 18 pans: 8 tenor pans, 4 double seconds, 3 cello pans and 3 sets of bass pans. It rehearses in room 0.04 of building 29. In 2026-2027 the band had 24 members from 13 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The band has six activities:

taster evening: play your first notes on a tenor pan and a short calypso, on Wednesday 29 September 2027 from 18:30 to 20:30
beginners' group: holding the sticks, the layout of the notes and three tunes, 16 sessions on Wednesdays from 18:30 to 20:00, from 6 October 2027
band rehearsal: the whole band, for players who know at least three tunes, on Mondays from 19:00 to 21:30, from 4 October 2027
tuning workshop: how a pan is tuned and why it goes out of tune, with a pan tuner from London, on Saturday 5 and Sunday 6 February 2028 from 10:00 to 16:00
carnival parade: the band plays on a float in the students' carnival through the city centre, on Thursday 2 March 2028 from 14:00 to 17:00
Pan'Acier's summer concert: on Friday 9 June 2028 at 20:30, on the lawn of the Student House

The general meeting of the band, where the year's programme is voted, takes place on Tuesday 12 October 2027 at 18:30 in room 0.04 of building 29.

MEMBERSHIP, COURSES AND INSTRUMENTS

Membership costs EUR 12 for the academic year for students and EUR 25 for staff and researchers; it includes insurance and the band rehearsals. The beginners' group costs EUR 40 for the sixteen sessions and the tuning workshop EUR 30. Students with a need-based grant pay half price for the courses. The beginners' group takes 12 players, the band 20 and the tuning workshop 8.

The band's pans never leave the rehearsal room, except for the parade and the concert. Members may practise alone in room 0.04 on Tuesdays and Fridays from 17:00 to 21:00, after booking a slot in the "Culture" tile of their UM account. Each player buys a pair of sticks, EUR 12, at the first session. You do not need to read music: tunes are taught by ear and with charts of the notes.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY IN THE SUMMER CONCERT?

1. Be a member and follow the beginners' group or the band rehearsals all year, missing at most 4 sessions.
2. Pass the tune check with the leader on Monday 3 April 2028: play two tunes of the concert by heart.
3. Attend the two weekend rehearsals, on Saturday 13 and Sunday 14 May 2028, from 10:00 to 17:00.
4. Collect the band's shirt, lent for the concert, by 2 June 2028.
5. On the day of the concert, be on the lawn at 16:00 to carry and set up the pans, and at 18:30 for the sound check.

RULES OF THE REHEARSAL ROOM

Play a pan only with its own sticks: a drumstick, a fist or a ring dents the notes and puts the pan out of tune. Never put a pan down on its playing surface, and never stack pans inside one another. Carry a pan by its rim, with both hands, never by its stand. No drinks on the pans or near them. Ear plugs are free at the door: wear them during the band rehearsals, when 20 pans play at once. The rehearsal room closes at 22:00.

THE SUMMER CONCERT

On Friday 9 June 2028 at 20:30, the players of the year play Pan'Acier's summer concert on the lawn of the Student House, or in its hall if it rains. The concert is free and open to all, and the band ends it with a tune to which the audience is invited to dance.

CREDITS

Students who play in the band all year and in the summer concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Pan'Acier, Culture Department
E-mail: panacier@umontpellier.fr
Phone: +33 4 65 82 53 44
Triolet campus, building 29, room 0.06. Tuesday, 12:30-14:00.
"""

TEXTS["05-steel-band.meta.yaml"] = sidecar(
    "Pan'Acier, the steel band 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/pan-acier-steel-band",
    "students, researchers and staff",
)

TEXTS["06-sport-bonus-2027.md"] = """---
title: The sport bonus, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/sport-bonus
audience: students
language: en
valid_until: 2028-09-30
---

# The sport bonus, 2027-2028

Students who practise a sport regularly with the Sports Department can have bonus points added to the average of their semester. The bonus rewards regular practice and progress, not the level: a beginner who comes every week can earn as much as a regional champion. It is open to students of a bachelor's degree, of a BUT and of the first year of a master's degree. Doctoral candidates cannot earn it, and exchange students, whose marks are sent to their home university, receive a certificate of practice instead. The sport bonus office of the Sports Department registers the students and records the bonus for all the faculties. This page applies to the academic year 2027-2028. In 2026-2027, 3,800 students earned a sport bonus, of 0.27 point on average.

## How the bonus is calculated

In each semester, the teacher gives you a mark out of 20 for your attendance, your progress and a practical assessment in the last session. Only the points above 10 count: they are divided by 20 and added to the average of your semester, so a mark of 16 adds 0.3 point, and a mark of 20, the most, adds 0.5 point. A mark of 10 or below adds nothing, and the bonus can never lower your average.

## Semesters and deadlines

| Semester | Sessions | Register by | Practical assessment |
|---|---|---|---|
| autumn semester | 12 weekly sessions from 4 October 2027 | 24 September 2027 | in the last session, by 17 December 2027 |
| spring semester | 12 weekly sessions from 24 January 2028 | 14 January 2028 | in the last session, by 21 April 2028 |

Registration is free. You earn the bonus in one activity per semester: you may practise as many sports as you like, but you choose one of them for the bonus when you register. More than 40 activities are open for the bonus, from swimming and climbing to the weekly training of the clubs of the Sports Department, such as kendo and floorball. Only the activities of the Sports Department count: the sports associations of the Student House do not, even when they play in the same gym.

## Absences

You may miss 2 sessions in a semester. A third absence without a medical certificate, sent to the sport bonus office within 5 days, cancels the bonus of that semester. Students with a disability can earn the bonus in an adapted activity, chosen with the Disability Support Service.

## How to earn the bonus

To earn the sport bonus, follow these steps:

1. Open the "Sport" tile of your UM account and choose an activity marked "sport bonus", by the registration deadline of the semester.
2. Show the teacher your registration on your phone at the first session, so that your name is on the attendance list.
3. Attend at least 10 of the 12 sessions; the teacher records your attendance in the app at each session.
4. Take the practical assessment in the last session of the semester.
5. Check your bonus in the "Schooling" tile, where it appears with your semester results; if it is missing, write to the sport bonus office within 10 days of the results.

## FAQ

Does the bonus count in a resit? No. The bonus is added to the average of the first exam session only; if you resit, it is not added again.

Will it show on my transcript? Yes, on a separate line, "sport bonus", with the points added.

I play matches with a club team. Do they count as sessions? No: only the weekly sessions count, not matches or tournaments.

## Contact

Sport bonus office, Sports Department: sport-bonus@umontpellier.fr, +33 4 65 82 47 10. Triolet campus, building 45, room 45.02; Monday to Thursday, 9:00–12:00. The office is closed from 18 December 2027 to 2 January 2028.
"""

TEXTS["31-sport-bonus-2024.txt"] = """SPORT BONUS - 2024-2025
University of Montpellier - Sports secretariat of the faculties

This page applies to the academic year 2024-2025. Students who practise a sport with the university can have bonus points added to their average, in one of the activities taught by the sports teachers of the faculties.

WHO CAN EARN IT

Students in the first and second years of a bachelor's degree only. Students of BUTs and master's degrees cannot earn the bonus. Exchange students receive nothing.

HOW THE BONUS IS CALCULATED

The bonus is earned over the whole year, in 20 sessions, and added once, to the average of the year. The teacher gives a mark out of 20; only the points above 12 count, divided by 40, so a mark of 20 adds 0.2 point, the most. A student may miss 1 session in the year; a second absence, even with a medical certificate, cancels the bonus.

REGISTRATION

Register once for the whole year, by 15 September 2024, with the paper form of the sports secretariat, and pay a fee of EUR 10 for the year. Only the activities held on the Triolet campus count.

1. Collect the paper registration form at the sports secretariat.
2. Have it signed by the teacher of your activity.
3. Hand it in at the sports secretariat with a cheque of EUR 10.

The bonus appears on the transcript of the year, with the results of the June exams.

CONTACT

Sports secretariat of the faculties
E-mail: sports-secretariat@umontpellier.fr
Phone: +33 4 65 82 47 02
Triolet campus, building 45, room 45.20. Tuesday and Thursday, 14:00-16:30.
"""

TEXTS["31-sport-bonus-2024.meta.yaml"] = sidecar(
    "Sport bonus, 2024-2025 (expired, superseded by the 2027-2028 edition)",
    "https://www.umontpellier.fr/en/campus-life/sport/sport-bonus-2024",
    "students",
    "2025-08-31",
)

TEXTS["10-grasshopper-survey-volunteers.md"] = """---
title: Criquets – counting the grasshoppers of the garrigue and the campuses, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/criquets-grasshopper-survey
audience: students, researchers and staff
language: en
---

# Criquets: counting the grasshoppers of the garrigue and the campuses

On a hot afternoon in the garrigue, every step sends grasshoppers jumping ahead, and the air is full of their songs, which most species make by rubbing their hind legs against their wings. More than 60 species live around Montpellier, among them the Egyptian grasshopper, one of the largest in Europe at up to 7 centimetres, and the blue-winged grasshopper, grey as a stone on the ground but flashing bright blue wings when it flies. Grasshoppers feed birds, lizards and spiders, and how many there are of each species says how the grasslands are doing. They are counted in two ways: by walking slowly along a line and counting the grasshoppers that jump ahead, and by ear, with a small ultrasound detector for the songs too high for human ears. Criquets, run by the Student Life Department with an entomologist of the Faculty of Sciences, trains UM volunteers to walk 12 transects of 100 metres, year after year. In 2027, 22 volunteers recorded 6,800 grasshoppers of 37 species.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the grasshoppers of the garrigue and how to tell them apart | Tuesday 13 June 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| field training: walking a transect, the sweep net, the detector and the identification key | Saturday 24 June or Saturday 1 July 2028, 9:00–16:00 | the garrigue of Combaillaux, by minibus from the car park of building 37 | 14 per day | €6, for the magnifying box and the key you keep |
| transect afternoons: walking and listening along a transect of 100 metres | Tuesday and Friday, from 4 July to 15 September 2028, 15:00–18:00 | 12 transects: three on the Triolet campus, one on the Richter campus and eight in the garrigue north of Montpellier | 24 | free |
| song evening: recording the singers of the night with the ultrasound detector | Thursday 20 July and Thursday 17 August 2028, 21:00–23:00 | the meadow of the Triolet campus | 15 | free |
| results evening: the grasshoppers of the year and the advice given to the land managers | Wednesday 11 October 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Each transect is walked by a team of two, always the same team during a season, once a week. The minibus leaves at 14:30 from the car park of building 37 for the garrigue transects; the campus transects are reached on foot. Transects are walked only in sunshine, with little wind, between 20 and 34 degrees: above 34 degrees, the afternoon is cancelled by text message at 12:00.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects: the field training and the key teach you the 25 most common species of the transects. Volunteers commit to at least 4 transect afternoons between July and September, so the survey suits people who stay in Montpellier for the summer.

## How to join a transect team

Teams are formed in June. To join one, follow these steps:

1. Come to the introductory talk of 13 June, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Criquets", by 20 June 2028, saying which afternoons you are free.
3. Attend one of the two field trainings.
4. Choose your transect and your teammate in the app, where the coordinator shows the transects that still need a team.
5. At your first afternoon, collect the sweep net, the ultrasound detector, the clicker counter and the thermometer from the entomologist.

## What to bring

Light long trousers, closed shoes, a wide-brimmed hat, sun cream, 2 litres of water, a smartphone with the survey app, your magnifying box and your identification key.

## Rules of the survey

- walk at the pace of the protocol, 100 metres in 10 minutes, never faster
- catch a grasshopper only with the net, and hold it by the thorax, never by its hind legs, which break off
- release every grasshopper where you caught it, and never take one home
- never walk a transect alone
- rest in the shade as soon as you feel dizzy or get a headache, and drink before you are thirsty

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend a field training and at least 6 transect afternoons can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Do grasshoppers bite? The largest can give a small nip with their jaws when you hold them, but it does no harm, and none of them is venomous.

What if someone feels unwell in the heat? Move them to the shade, give them water, cool them with wet cloths, and call 15 if they are confused or stop sweating.

## Contact

Criquets coordinator, Student Life Department: criquets@umontpellier.fr, +33 4 65 82 36 92. Student House, Triolet campus, building 20, room 134; Monday and Thursday, 14:00–17:00.
"""

TEXTS["11-campus-life-services-directory.md"] = """---
title: Directory of sport, culture, volunteering and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/sport-culture-volunteering-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a paid job and two procedures: kendo, interrupting your studies for health reasons, the welcome guides for cruise passengers in Sète, korfball, the steel band, the sport bonus, floorball, glassblowing, the earthworm survey and the grasshopper survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Hikari, Sports Department | the kendo club, its courses, the gradings and the Hikari Taikai | hikari@umontpellier.fr | +33 4 65 82 47 21 | Triolet campus, building 45, room 45.12 | Monday and Wednesday, 12:30–14:00 |
| International Student Advice desk, International Relations Department | international degree students who interrupt their studies for health reasons, interruption letters and return interviews | int-advice@umontpellier.fr | +33 4 65 81 27 36 | Triolet campus, building 1, room 1.15 | Monday, Wednesday and Thursday, 9:00–12:00 |
| Student Jobs Office, Student Life Department | the welcome guides of the agreement with the Sète Cruise Welcome Association, the applications and the training | cruise-guides@umontpellier.fr | +33 4 65 82 36 77 | Student House, Triolet campus, building 20, room 110 | Tuesday and Thursday, 13:30–16:30 |
| Korfeo, Student House | the korfball association, its sessions, beach korfball, the championship and the Korfeo Cup | korfeo@asso.umontpellier.fr | +33 4 65 82 35 71 | Student House, Triolet campus, building 20, room 221 | Thursday, 12:30–14:00 |
| Pan'Acier, Culture Department | the steel band, the beginners' group, the tuning workshop, the parade and the summer concert | panacier@umontpellier.fr | +33 4 65 82 53 44 | Triolet campus, building 29, room 0.06 | Tuesday, 12:30–14:00 |
| Sport bonus office, Sports Department | registrations for the sport bonus, attendance and the points added to the semester average | sport-bonus@umontpellier.fr | +33 4 65 82 47 10 | Triolet campus, building 45, room 45.02 | Monday to Thursday, 9:00–12:00 |
| Les Mistrals, Sports Department | the floorball club, its teams, the 3-on-3 league and the university championship | mistrals@umontpellier.fr | +33 4 65 82 47 66 | Triolet campus, building 45, room 45.14 | Tuesday and Friday, 12:30–14:00 |
| La Paraison, Culture Department | glassblowing courses, the open torch and the exhibition of the year | paraison@umontpellier.fr | +33 4 65 82 53 81 | Triolet campus, building 29, room 0.11 | Monday and Thursday, 13:30–17:00 |
| Lombrics coordinator, Student Life Department | the earthworm survey, the sampling mornings and the spade mornings | lombrics@umontpellier.fr | +33 4 65 82 36 84 | Student House, Triolet campus, building 20, room 126 | Wednesday and Friday, 9:30–12:30 |
| Criquets coordinator, Student Life Department | the grasshopper survey, the field trainings and the transect afternoons | criquets@umontpellier.fr | +33 4 65 82 36 92 | Student House, Triolet campus, building 20, room 134 | Monday and Thursday, 14:00–17:00 |

## Useful to know

First-licence grant: students who take the licence of a sports federation for the first time, through a club of the Sports Department or an association of the Student House, can ask the Student Life Department to pay half of it, up to €25. Apply in the "Student Life" tile within 1 month of taking the licence, with its receipt; the money is paid into your bank account within 3 weeks: licence-grant@umontpellier.fr, +33 4 65 82 36 24, Student House, building 20, room 120.

Students with a disability who want to earn the sport bonus choose an adapted activity with the Disability Support Service at least 3 weeks before the registration deadline of the semester: disability-support@umontpellier.fr, +33 4 65 82 71 09, Triolet campus, building 8, room 012; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 71 30, Triolet campus, building 5, room 018; Monday to Friday, 8:30–17:00. The doctors of the same service give the medical opinion needed to interrupt your studies, and students who need a medical certificate of fitness for a sport (for the kendo, korfball or floorball licence, for example) can get one from them free of charge, by appointment: +33 4 65 82 71 44. The psychologists of the service see students free of charge, by appointment: +33 4 65 82 71 52. Staff ask their own doctor.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["40-leiden-kendo-club-and-korfball-club.md"] = """---
title: Leiden University – the kendo club and the korfball club
url: https://www.universiteitleiden.nl/en/student-life/kendo-and-korfball
audience: students and staff
language: en
---

# Leiden University: the kendo club and the korfball club

This page of Leiden University, in the Netherlands, presents the kendo club and the korfball club of its university sports centre. It applies only to students and staff of Leiden University, in the city of Leiden and in The Hague.

## Kendo club

The kendo club trains in the dojo of the university sports centre.

| Rule | Leiden University |
|---|---|
| age | open from 18 years old |
| beginners' course | 15 sessions, €60 |
| membership | €55 a year for students, federation licence included |
| training | Tuesday and Saturday evenings |
| armour | not lent: members buy their own from their second month |
| first grading | Saturday 1 April 2028, in Amsterdam |
| club tournament | Sunday 21 May 2028, €12 per player |
| credits | no ECTS credits |

Contact: kendo club, kendo@leidenuniv.nl, +31 71 527 40 10.

## Korfball club

The korfball club plays in the sports hall of the sports centre, and outdoors on grass in spring.

- the club is open from 18 years old only
- the discovery session takes place on Monday 27 September 2027
- membership costs €25 a year for students
- the federation licence costs €30 and is compulsory for every member
- the beginners' sessions cost €25
- the club's cup takes place on Sunday 9 April 2028, at €60 per team
- regular players receive 2 ECTS credits

Contact: korfball club, korfball@leidenuniv.nl, +31 71 527 41 20.
"""

TEXTS["41-valencia-interrupting-studies-and-steel-band.md"] = """---
title: University of Valencia – interrupting your studies for health reasons and the steel band
url: https://www.uv.es/en/students/interrupting-studies-and-steel-band
audience: students
language: en
---

# University of Valencia: interrupting your studies for health reasons and the steel band

This page of the University of Valencia, in Spain, presents the rules for international degree students who interrupt their studies for health reasons and the steel band of its cultural service. It applies only to students of the University of Valencia, on its campuses of Blasco Ibáñez, Burjassot and Tarongers.

## Interrupting your studies for health reasons

International degree students who cannot study for health reasons may interrupt their studies.

| Rule | University of Valencia |
|---|---|
| length of an interruption | one semester at most, not renewable |
| modules passed | kept for 2 years only |
| tuition fees | never refunded, whatever the date |
| letter for the immigration office | sent within 20 working days |
| university scholarship | cancelled for the rest of the degree |
| deadline to ask | 28 February 2028 |
| return interview | not offered |

Contact: international office, interruptions@uv.es, +34 963 86 41 00.

## Steel band

The steel band of the cultural service rehearses in the music rooms of the Burjassot campus.

- members must be 18 or over
- the taster evening takes place on Tuesday 28 September 2027
- membership costs EUR 20 a year for students
- the beginners' course has 12 sessions and costs EUR 60
- members may take a pan home to practise, for EUR 15 a month
- players must read music
- the summer concert takes place on Saturday 17 June 2028
- players receive 2 ECTS credits

Contact: steel band, steelband@uv.es, +34 963 86 42 20.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
