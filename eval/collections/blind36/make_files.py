"""The text of every 'blind36' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-freediving-club-2027.pdf": {
        "title": "Grand Bleu: the freediving club of UM, 2027-2028",
        "short": "Freediving club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/grand-bleu-freediving-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Grand Bleu freediving club",
        "pages": [
            [
                ("h1", "Grand Bleu: the freediving club of UM, 2027-2028"),
                (
                    "p",
                    "Freediving is diving on a single breath, without a tank: in the pool, freedivers hold their "
                    "breath floating face down, in static apnoea, or swim as far as they can under water, in dynamic "
                    "apnoea; at sea, they go down along a rope. The main danger is a blackout, a loss of consciousness near the "
                    "surface at the end of a dive, which is why a freediver never dives without a buddy watching. "
                    "Grand Bleu is the freediving club of the Sports Department. This guide applies to 2027-2028. In 2026-2027, the club "
                    "had 34 members from 12 countries.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: breathing and a first breath-hold", "Monday 27 September 2027, 19:30–21:30", "the pool of the Triolet sports complex, building 50", "free"],
                        ["beginners' course: static and dynamic apnoea, the buddy system and rescue, in 10 sessions", "Tuesday, 20:00–21:30, from 12 October to 14 December 2027", "the pool, lanes 1 and 2", "€45"],
                        ["club training in the pool, for every level", "Thursday, 20:30–22:00, from 7 October 2027", "the pool", "included in the membership"],
                        ["sea outings from the boat of a partner dive centre", "Saturday and Sunday mornings, from 3 June to 2 July 2028", "Cap d'Agde", "€18 per outing"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery session takes 16 people, the beginners' course 12 and club training 24; each sea "
                    "outing has 8 places. Membership costs €50 for the academic year for students and €75 for staff "
                    "and researchers, insurance and the loan of a mask, a snorkel and long fins included. The licence "
                    "of the French federation of underwater sports, €41, is needed only for the sea outings and for "
                    "competitions. Register from 22 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can dive?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or "
                    "over, who can swim 100 metres without stopping. Every member needs a medical certificate of "
                    "fitness for freediving less than 1 year old before the first session in the water; the "
                    "discovery session is the only exception. People with asthma, epilepsy or a heart condition "
                    "talk to the instructors before they register.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "A swimsuit, a towel, flip-flops, a swimming cap and a warm layer for after the session. The club lends the masks, "
                    "snorkels, long fins, weight belts and, for the sea outings, 5-millimetre wetsuits.",
                ),
                ("h2", "Joining the sea outings"),
                (
                    "p",
                    "To join the sea outings, at depths of 5 to 15 metres, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Finish the beginners' course, or pass the pool test with an instructor on Thursday 9 March "
                        "2028: a static breath-hold of 2 minutes and 50 metres of dynamic apnoea with fins.",
                        "Take the licence of the French federation of underwater sports through the club, for €41, "
                        "with your medical certificate, by 31 March 2028.",
                        "Attend the evening on safety at sea and rescue on Tuesday 11 April 2028, from 19:00 to 21:30, "
                        "in room 50.02.",
                        "Book each outing in the club's app by the Wednesday before; the instructors form the buddy "
                        "pairs.",
                        "Pay €18 per outing at the dive centre; the club's minibus leaves the Triolet campus at 6:45.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "never hold your breath in the water unless your buddy watches you, until 30 seconds after "
                        "you surface;",
                        "never hyperventilate before a dive: breathe slowly and calmly;",
                        "no breath-hold games or contests;",
                        "stop at once and surface when an instructor taps the side of the pool twice;",
                        "no freediving within 12 hours of a scuba dive.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["pool test", "9 March 2028", "who joins the sea outings"],
                        ["regional pool competition", "Sunday 26 March 2028, in Nîmes", "static and dynamic apnoea, for licensed members"],
                        ["Night of the Grand Bleu", "Friday 12 May 2028, 20:00–23:00, in the pool", "the club's evening of personal bests, open to friends"],
                        ["sea outings", "3 June to 2 July 2028, at Cap d'Agde", "8 divers per outing"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For the regional competition, the club pays the minibus and the entry fee of €25, and each diver "
                    "brings a packed lunch.",
                ),
                ("h2", "A blackout"),
                (
                    "p",
                    "A diver who blacks out, or whose body shakes out of control at the surface, is held with the "
                    "face out of the water by the buddy, who takes off the diver's mask, blows across the face and "
                    "calls \"breathe\". The diver does not go back into the water that "
                    "day, sees a doctor within 24 hours, and freedives again only after 7 days and with the "
                    "instructor's agreement.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who attend at least 20 training sessions and 2 sea outings can have it recognised as a "
                    "sport unit worth 2 ECTS credits; students who finish the beginners' course and pass the pool "
                    "test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Grand Bleu, Sports Department, grandbleu@umontpellier.fr, +33 4 65 82 48 37. Triolet "
                    "campus, building 48, room 48.06; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-natural-dyeing-workshop-2027.pdf": {
        "title": "Garance: the natural dyeing workshop of UM, 2027-2028",
        "short": "Natural dyeing workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/garance-natural-dyeing-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Garance natural dyeing workshop",
        "pages": [
            [
                ("h1", "Garance: the natural dyeing workshop of UM, 2027-2028"),
                (
                    "p",
                    "Before synthetic dyes, every colour of cloth came from plants, insects and shells: reds from the "
                    "roots of madder, yellows from weld, blues from woad and indigo. Most of these dyes only hold on a "
                    "fibre that has first been soaked in a mordant, a mineral salt such as alum, and indigo works in "
                    "another way altogether: it dissolves in a vat without oxygen and turns blue only when the cloth "
                    "comes out into the air. Garance, the natural dyeing workshop of the Culture Department, takes its "
                    "name from the French word for madder. It is taught by a textile conservator in the dye room of "
                    "the Student House, which has 6 gas rings, 2 sinks and a drying rack. This guide applies to "
                    "2027-2028. In 2026-2027, 52 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: dye a cotton bag yellow with onion skins", "Wednesday 20 October 2027 or Wednesday 9 February 2028, 18:00–21:00", "the dye room, Student House, building 20, room 014", "€12"],
                        ["beginners' course: mordants and the three primary colours, yellow, red and blue, in 5 sessions", "Wednesday, 18:00–21:00, from 10 November to 8 December 2027", "the dye room", "€95, fibres and dyes included"],
                        ["indigo weekend: set up an indigo vat and dye your own piece in shades of blue", "Saturday 11 and Sunday 12 March 2028, 9:30–16:30", "the dye room and its courtyard", "€70"],
                        ["dye garden mornings: grow madder, weld and woad in the campus dye garden", "Friday, 9:00–11:00, from 7 April 2028", "the dye garden, behind building 20", "free"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 12 people, the beginners' course 10, the indigo weekend 8 and the "
                    "dye garden mornings 15. Students with a need-based grant pay half price; staff and researchers "
                    "pay €20 more per course. Register from 4 October 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The indigo weekend is open "
                    "from 18 only: the vat contains lime, which burns the eyes and the skin. No experience is "
                    "needed, but the indigo weekend is for people who have followed the beginners' course or a "
                    "discovery evening.",
                ),
            ],
            [
                ("h2", "What to wear and bring"),
                (
                    "p",
                    "Old clothes that can be stained, closed shoes and long hair tied back; the workshop lends the "
                    "aprons, the rubber gloves and the safety glasses. To dye something of your own, bring natural "
                    "fibres only, wool, silk, cotton or linen: polyester and other synthetic fibres do not take natural "
                    "dyes.",
                ),
                ("h2", "Joining the indigo weekend"),
                ("p", "To join the indigo weekend, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or one of the two discovery evenings.",
                        "Register in the \"Culture\" tile of your UM account by 25 February 2028 and pay the price of "
                        "the weekend, €70.",
                        "Wash the piece you want to dye at home at 60 degrees with soap and without softener, and "
                        "bring it dry: at most 500 grams of fabric or yarn.",
                        "Be in the dye room at 9:00 on Saturday 11 March 2028 for the safety briefing on the lime and "
                        "the vat: without it, you may not dye.",
                        "Collect your piece on Sunday 12 March 2028 at 16:30, once it has been rinsed and dried.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "no food or drinks in the dye room, and never use a dye pot for cooking;",
                        "wear gloves whenever you handle a mordant, the lime or a dye bath;",
                        "label every pot with its contents and the date;",
                        "never pour a dye bath or a mordant down the sink: empty it into the waste barrel by the door;",
                        "turn off the gas rings and wipe the benches before you leave.",
                    ],
                ),
                ("h2", "A splash in the eye"),
                (
                    "p",
                    "If a splash of dye, mordant or lime reaches an eye, rinse it with the eye-wash bottle by the sink "
                    "for 15 minutes, keeping the eye open, then call the nurses of the Student Health Service: +33 4 "
                    "65 82 71 35. For lime, call 15 as well.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The pieces of the year are shown in the hall of the Student House from 29 May to 2 June 2028. "
                    "Students who follow the beginners' course and the indigo weekend and show a piece there can have "
                    "it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Garance, Culture Department, garance@umontpellier.fr, +33 4 65 82 53 72. Triolet campus, "
                    "building 29, room 0.14; Tuesday and Friday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-bumblebee-survey-volunteers.docx": {
        "title": "Bourdons: counting the bumblebees of the campuses and the garrigue – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/bourdons-bumblebee-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Bourdons: counting the bumblebees of the campuses and the garrigue – volunteer guide 2028"),
            (
                "p",
                "Bumblebees are the large, furry bees that fly on cool mornings when other bees stay at home. They "
                "live in colonies of 50 to 400 workers that last a single summer; only the young queens survive the "
                "winter, alone, underground. They pollinate wild flowers and many crops, and they can shake pollen "
                "out of flowers such as tomatoes by vibrating their flight muscles. Several species are declining in "
                "the south of France as summers get hotter and drier. Bourdons, run by the Student Life Department "
                "with a pollination ecologist of the Faculty of Sciences, trains volunteers to count the bumblebees "
                "of 20 flower transects on the campuses and in the garrigue, and its results go into a national "
                "pollinator observatory. In 2027, 34 volunteers counted 4,100 bumblebees of 14 species.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under "
                "18 need the written consent of a parent. You need no knowledge of insects: the training afternoon "
                "teaches you the colour groups. Volunteers commit to at least 4 flower walks between 3 April and 29 "
                "June 2028. People who have had a severe reaction to a bee or wasp sting talk to the coordinator "
                "before they sign up and carry their adrenaline pen on every walk.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training afternoon: the bumblebees of Montpellier, the colour groups, the walk protocol and the app", "Wednesday 22 March 2028, 14:00–17:00", "Triolet campus, building 15, room 15.11", "40"],
                    ["flower walk: a transect of 200 metres walked slowly, counting the bumblebees on the flowers", "Monday and Thursday mornings from 3 April to 29 June 2028, 10:00–12:00", "20 transects on the Triolet and Richter campuses and in the garrigue of Grabels", "2"],
                    ["net morning: catching bumblebees with a net, cooling them for a few minutes and naming their species", "Saturday 15 April and Saturday 20 May 2028, 9:00–12:30", "the experimental meadow of the Faculty of Sciences, Triolet campus", "12"],
                    ["nest afternoon: looking for nests in hedges, old walls and banks, without touching them", "Wednesday 10 May 2028, 14:00–17:00", "the hedges of the Triolet campus", "15"],
                    ["results evening: the bumblebee map of the year", "Tuesday 17 October 2028, 18:30–20:30", "the hall of the Student House", "60"],
                ],
            ),
            ("h1", "Doing your first flower walk"),
            ("p", "To do your first flower walk, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Bourdons\", by 15 March 2028.",
                    "Attend the training afternoon of 22 March 2028.",
                    "Pair up with another volunteer in the app, and book a transect and a morning.",
                    "Collect your kit from the coordinator: a clipboard, the card of the colour groups, a hand lens, "
                    "a thermometer, a stopwatch and the map of your transect.",
                    "Walk your transect at a steady pace for 20 minutes, count every bumblebee on the flowers up to 2 "
                    "metres on either side, note its colour group and the flower it is on in the app, and photograph "
                    "the ones you cannot place.",
                ],
            ),
            ("h1", "Which group is it?"),
            (
                "p",
                "The training card sorts bumblebees into four colour groups. White-tailed bumblebees are black with "
                "one or two yellow bands and a white tip to the body. Red-tailed bumblebees are black all over, with "
                "an orange-red tip. Carder bumblebees are ginger or brown all over, without bands. Mountain and "
                "garden bumblebees have three yellow bands and a long face. If you see a very large, shiny black bee "
                "with blue-violet wings, it is a carpenter bee, not a bumblebee: note it apart in the app.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "walk only when it is dry, with little wind and at least 13 degrees in the shade;",
                    "never catch a bumblebee with your hands, even with gloves;",
                    "never open, move or block a nest, and keep at least 2 metres away from it;",
                    "never pick the flowers of the transect;",
                    "in the garrigue, stay on the paths and never light a fire or a cigarette.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training afternoon, 6 flower walks and the nest afternoon can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Bourdons coordinator, Student Life Department: bourdons@umontpellier.fr, +33 4 65 82 36 71. "
                "Student House, Triolet campus, building 20, room 128; Tuesday and Thursday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-squash-club.md"] = """---
title: Boast – the squash club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/boast-squash-club
audience: students, researchers and staff
language: en
---

# Boast: the squash club of the Sports Department

Squash is played by two players in a closed court with four walls, with a light racket and a small hollow rubber ball that has to be warmed up before it bounces properly. Each player hits the ball in turn against the front wall, above the tin, and the ball may bounce once on the floor and off any of the walls. The club takes its name from the boast, a shot that strikes a side wall before the front wall. Boast is the squash club of the Sports Department, coached by a former regional champion; it plays in the squash centre of the Triolet sports complex, building 49, which has four courts with glass back walls. This page applies to the academic year 2027-2028. In 2026-2027, the club had 57 members from 14 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: the grip, the forehand drive and your first rallies | Thursday 23 September 2027, 18:00–20:00 | the squash centre, building 49 | 1 | free |
| beginners' course: the drive, the serve, the boast and the rules, in pairs | Tuesday, 12:15–13:30 | the squash centre | 12, from 5 October 2027 | €30 |
| club nights: coached drills and games for every level | Monday and Thursday, 19:00–21:00 | the squash centre | every week from 4 October 2027 | included in the membership |
| club ladder: challenge matches that members book between themselves | any free court, from 11 October 2027 to 31 May 2028 | the squash centre | as many as you like | €5 for the season |
| "Boast Open": the club's one-day tournament, in four levels | Saturday 15 April 2028, 9:00–19:00 | the squash centre | 1 | €12 per player, lunch included |

The discovery session takes 24 people, the beginners' course 16 and each club night 32; the Boast Open has room for 48 players. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration opens on 20 September 2027 in the "Sport" tile of your UM account.

Membership costs €40 for the academic year for students and €65 for staff and researchers; it includes insurance, the loan of a racket and the right to book a court for free play twice a week. The licence of the French squash federation costs €34 and is needed only for interclub matches and ranked tournaments. Each player brings a ball; the club sells balls with two yellow dots, the slowest, for €4. Protective goggles are compulsory for members under 18 and recommended for everyone: the club does not lend them, so buy a pair, about €25, or borrow one from the sports equipment library of the Sports Department. Shoes must have non-marking soles.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience, but squash is intense: if you have not done any sport for a long time, start with the beginners' course.

## How to play in the interclub team

The club enters a team of five in the regional interclub championship, with five match days on Sundays from February to May 2028. To play in it, follow these steps:

1. Attend at least 10 club nights by 30 November 2027.
2. Take the licence of the French squash federation through the club, for €34, with a medical certificate of fitness for squash less than 1 year old, by 10 December 2027.
3. Play the selection round robin on Saturday 15 January 2028, from 9:00; the coach picks the five players and two substitutes.
4. Confirm in the club's app, by 31 January 2028, the match days on which you can play.
5. Travel with the team to away matches in the club's minibus; the club pays the travel, and you pay your own lunch.

## Rules of the courts

- open the court door only between rallies, after knocking on the glass
- never step onto a court in street shoes or in running shoes with black soles
- stop and call "let" whenever your swing could hit your opponent: never play through
- wipe any sweat or water off the floor at once
- leave the court on time for the next players, and switch off the lights after the last game of the evening

## Credits

Students who attend at least 25 sessions in the year and referee at least three matches at the Boast Open can have it recognised as a sport unit worth 2 ECTS credits.

## FAQ

Can I bring a friend who is not at UM? Yes, once a month, for €6; your friend signs the insurance form at the desk of the squash centre.

Can I practise on my own? Yes: a court booked for free play can be used alone, and the coach hands out a sheet of drills for solo practice.

## Contact

Boast, Sports Department: boast@umontpellier.fr, +33 4 65 82 48 13. Triolet campus, building 48, room 48.03; Tuesday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-bereavement-international-students.html"] = html_page(
    "When a close relative dies abroad – FAQ for international students",
    "Bereavement leave, exams, travel grant, residence permit, proof and support for international students whose close relative dies abroad.",
    "https://www.umontpellier.fr/en/international/bereavement-faq",
    "/fr/international/deces-proche-faq",
    """    <h1>When a close relative dies abroad – FAQ for international students</h1>
    <p>Losing someone close is hard anywhere, and harder when your family is thousands of kilometres away. If a close relative dies while you are studying at UM, you can go home for the funeral and to be with your family without losing your year. The International Student Care desk of the International Relations Department organises your absence with your faculty, helps you pay for the journey and makes sure you can come back to France. This FAQ applies to degree students and exchange students in 2027-2028. In 2026-2027, the desk helped 64 international students who had lost a relative.</p>

    <h2>Who counts as a close relative?</h2>
    <p>A parent or step-parent, a child, a spouse or partner, a brother or sister, a grandparent, or the person who raised you. For an uncle, an aunt, a cousin or a friend, the bereavement leave does not apply, but the desk can still ask your teachers to excuse one or two days of absence.</p>

    <h2>How long can I be away?</h2>
    <p>The bereavement leave excuses up to 10 working days of absence, or up to 15 working days if the funeral takes place outside Europe. The leave can start on the day you hear the news, and it can be split if the funeral takes place later. Absences during the leave never count against you, including in courses where attendance is marked.</p>

    <h2>What about my exams?</h2>
    <p>A continuous assessment test missed during the leave is replaced by another test or by an assignment, set by the teacher. A final exam missed during the leave can be taken in a replacement session organised by your faculty within 6 weeks of your return; if you prefer, you can sit it in the resit session instead, where it counts as a first attempt.</p>

    <h2>Can UM help pay for the journey?</h2>
    <p>Yes. The bereavement travel grant of UM's solidarity fund pays part of a return ticket, once per academic year. The amount depends on where the funeral takes place:</p>
    <table>
      <thead>
        <tr><th>Where the funeral takes place</th><th>Most the grant pays</th></tr>
      </thead>
      <tbody>
        <tr><td>in Europe, in North Africa or in Turkey</td><td>€300</td></tr>
        <tr><td>in the rest of Africa or in the Middle East</td><td>€550</td></tr>
        <tr><td>in the Americas, in Asia or in Oceania</td><td>€800</td></tr>
      </tbody>
    </table>
    <p>Apply within 2 months of the death, with your ticket and a proof of the death. The grant is paid into your bank account within 10 working days. It is open to students with or without a scholarship, and it does not have to be paid back.</p>

    <h2>What happens to my residence permit?</h2>
    <p>If your residence permit is valid until after your return, travel with it and with your passport: nothing else is needed. If you only have the receipt of a renewal application, it may not let you back into France: the desk then writes a letter of support stating your enrolment and the reason for your journey, within 2 working days, and you ask the French consulate for a return visa before you come back.</p>

    <h2>What proof do I need?</h2>
    <p>A death certificate, a funeral notice or a letter from the hospital or the funeral home. A document in another language than French or English can be sent with a translation made by yourself. Send it to the desk within 1 month of your return; you do not need it before you leave.</p>

    <h2>Does it change my scholarship?</h2>
    <p>No. A UM scholarship for international students is paid as usual during the leave. If you hold a scholarship of your government or of another funder, the desk can write to that funder for you.</p>

    <h2>How do I go about it?</h2>
    <p>If a close relative dies, proceed as follows:</p>
    <ol>
      <li>Tell the desk as soon as you can, by e-mail or by phone, even from the airport: give your name, your programme and the dates you expect to be away.</li>
      <li>Let the desk inform your teachers and the studies secretariat of your faculty: you do not need to write to each of them.</li>
      <li>If your residence permit runs out before your return, ask the desk for the letter of support before you leave.</li>
      <li>Apply for the bereavement travel grant in the "International" tile of your UM account within 2 months of the death, with your ticket and the proof.</li>
      <li>Within 7 days of your return, ask the studies secretariat for the dates of your replacement tests and exams.</li>
    </ol>

    <h2>Is anyone there to talk to?</h2>
    <p>Yes. The psychologists of the Student Health Service see students free of charge, in English or in French, and keep a slot every day for students who have just lost someone. The desk can also put you in touch with a student of your country who has been through the same.</p>

    <h2>I am an exchange student. Is it the same for me?</h2>
    <p>Yes: the leave, the exams and the grant are the same. The desk also informs your home university, and the international relations officer of your faculty adapts your learning agreement if you miss too much of a course.</p>

    <h2>Whom do I contact?</h2>
    <p>International Student Care desk, International Relations Department: care-desk@umontpellier.fr, +33 4 65 81 27 48. Triolet campus, building 1, room 1.07; Monday, Tuesday and Thursday, 9:00–12:30.</p>
""",
    [
        '<a href="/en/international/residence-permits">Residence permits</a>',
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-bereavement-international-students.meta.yaml"] = sidecar(
    "When a close relative dies abroad – FAQ for international students",
    "https://www.umontpellier.fr/en/international/bereavement-faq",
    "international students",
)

TEXTS["03-international-students-at-the-mont-aigoual-ski-areas-2028.md"] = """---
title: International students as seasonal staff at the Mont Aigoual ski areas, winter 2027-2028
url: https://www.umontpellier.fr/en/international/campus-life/mont-aigoual-ski-jobs
audience: international students
language: en
---

# International students as seasonal staff at the Mont Aigoual ski areas

Two hours from Montpellier, Mont Aigoual rises to 1,567 metres, and in a good winter its slopes carry enough snow for the ski areas of Prat-Peyrot: a dozen runs for downhill skiing, trails for cross-country skiing and snowshoeing, and a snow garden where children learn to ski. On weekends and during the school holidays, thousands of families from Montpellier, Nîmes and the Cévennes come up for the day. Since 2025, an agreement between the University of Montpellier and the Aigoual Snow Association, which runs the ski areas on behalf of the local councils, offers international students paid days as seasonal staff: they help skiers onto the drag lifts, fit skis and boots in the rental shop, sell passes at the ticket office and welcome families at the snow garden. The Student Jobs Office of the Student Life Department recruits and prepares the students. This page applies to the winter season 2027-2028, from Saturday 18 December 2027 to Sunday 19 March 2028, if the snow allows. In the winter of 2026-2027, 22 students worked 310 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.80 gross an hour, paid by the association at the end of each month |
| hours | weekends and school holidays only: 8:30 to 17:00, 7 hours paid a day, and at most 2 days a week during term time |
| transport | a shuttle bus from the Triolet campus at 6:45, back by 19:00, free |
| meals | a hot lunch at the restaurant of the ski areas on each day worked, free |
| clothing | a padded jacket, ski trousers, gloves and a hat, lent for the season |
| ski pass | a season pass for the ski areas, for your days off too, and 3 free ski lessons for beginners |
| training | 2 days of training at Prat-Peyrot on safety at the lifts, first aid and welcoming customers, paid like working days |
| guaranteed days | at least 8 paid days, even if the ski areas stay closed for lack of snow |

Contracts are seasonal part-time contracts signed with the association, which is your employer: UM is not. The association expects 30 students this winter.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students who stay until at least the end of March included, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. You need a level of French of at least A2 and a level of English of at least B2. You need not know how to ski for the rental shop, the ticket office or the snow garden, but lift attendants must be able to ski down a red run. You must be free on at least 10 days over the season, including at least 5 days of the February school holidays.

## How to become seasonal staff

An information meeting takes place on Wednesday 20 October 2027 at 12:30 in the hall of the Student House. To become seasonal staff, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 8 November 2027, with a CV in French and the list of the weekends and holidays on which you are free.
2. Take an interview by video with the association on Tuesday 16 or Wednesday 17 November 2027.
3. Receive the answer by 26 November 2027 and sign your contract with the association by 3 December 2027.
4. Attend the two days of training at Prat-Peyrot on Saturday 11 and Sunday 12 December 2027.
5. Choose your days in the association's planning by the 20th of the month before; the association confirms them by text message 3 days ahead, depending on the snow.

## Rules at the ski areas

- wear your jacket and your badge at all times on duty
- stop the lift at once with the red button if a skier falls in the lift track
- never let a child under 8 ride a drag lift alone
- call the ski patrol for any injury on the slopes, and never move an injured skier yourself
- no alcohol on duty, and no skiing on the runs during your working hours

## FAQ

What if the road is closed? When snow or ice closes the road, the shuttle does not leave, and a day cancelled after 6:00 on the same morning is paid 3 hours.

Is it very cold? It can be −15 °C with the wind at the top of the lifts: wear thermal underwear and two pairs of socks under the clothing you are lent.

Can I ski on my days off? Yes: your season pass works every day of the season, and the shuttle takes students on free seats.

## Contact

Student Jobs Office, Student Life Department: ski-jobs@umontpellier.fr, +33 4 65 82 36 58. Student House, Triolet campus, building 20, room 112; Monday and Wednesday, 13:30–16:30. The office passes questions about your contract and your pay on to the association.
"""

TEXTS["04-faq-tchoukball-association.html"] = html_page(
    "TchoukOc, the tchoukball association: FAQ",
    "TchoukOc: the discovery session, the beginners' sessions, club training, beach tchoukball, the TchoukOc Trophy and the championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/tchoukball-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-tchoukball-faq",
    """    <h1>TchoukOc, the tchoukball association: FAQ</h1>
    <p>Tchoukball was invented in Switzerland in the 1970s by a doctor who wanted a ball game without the injuries of handball and basketball. There is no contact at all: defenders may not block a pass or a shot, or touch the attacking players. At each end of the court stands a frame, a net of one square metre tilted like a trampoline, and a team scores when the ball it throws at a frame bounces back and lands on the floor of the court, out of reach of the defenders. The defenders score nothing: they try to catch the rebound before it touches the floor. A player may take at most three steps with the ball, hold it at most three seconds, and a team may make at most three passes before it shoots. TchoukOc is the tchoukball association of the Student House. Its members play in the small gym of the Triolet sports complex, and on the beach in May and June. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 44 members from 13 countries.</p>

    <h2>What does the association offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the shot at the frame, catching the rebound and a first game</td><td>Wednesday 29 September 2027, 18:30–20:30</td><td>the small gym of the Triolet sports complex, building 44</td><td>free</td></tr>
        <tr><td>beginners' sessions: passes, shots, positions and the rules, in 8 sessions</td><td>Monday, 12:15–13:30, from 4 October 2027</td><td>the small gym</td><td>€12</td></tr>
        <tr><td>club training: games and drills for every level</td><td>Wednesday, 20:00–22:00, from 6 October 2027</td><td>the small gym</td><td>included in the membership</td></tr>
        <tr><td>beach tchoukball: games of five against five on the sand</td><td>Sunday, 10:00–12:00, from 7 May to 18 June 2028</td><td>the beach of Carnon, by tram and bus</td><td>€2 per morning</td></tr>
        <tr><td>the "TchoukOc Trophy": a tournament for teams of students and staff from the whole region</td><td>Saturday 25 March 2028, 9:00–18:00</td><td>the small gym</td><td>€35 per team</td></tr>
      </tbody>
    </table>
    <p>Membership costs €15 for the academic year for students and €25 for staff and researchers; it includes insurance. The licence of the French tchoukball federation, €20, is needed only to play in the French university championship and is taken through the association. The discovery session takes 42 people, the beginners' sessions 28 and club training 35, that is five teams of seven; the TchoukOc Trophy has room for 10 teams.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience: handball and volleyball players learn fast, but they have to unlearn the block.</p>

    <h2>What do I wear?</h2>
    <p>Sports clothes and indoor shoes with non-marking soles in the gym; knee pads are a good idea, because players often dive to catch the ball. On the beach, play barefoot, and bring a cap, sun cream and water.</p>

    <h2>How do I play in the championship?</h2>
    <p>The championship is not compulsory. If you want to play in the French university tchoukball championship, proceed as follows:</p>
    <ol>
      <li>Attend at least 5 sessions of club training.</li>
      <li>Take the licence of the French tchoukball federation through the association, €20, by 19 November 2027, with a medical certificate of fitness for tchoukball less than 1 year old.</li>
      <li>Come to the team selection at club training on Wednesday 1 December 2027: the coach forms a team of seven players and three substitutes.</li>
      <li>Pay the travel contribution of €25 for the three tournament weekends by 15 December 2027.</li>
      <li>Say in the group chat by the Sunday before each tournament weekend whether you can play.</li>
    </ol>

    <h2>What are the rules at the sessions?</h2>
    <ul>
      <li>never touch an opponent or stand in the way of a pass or a shot;</li>
      <li>never step into the forbidden zone, the half-circle of 3 metres in front of each frame;</li>
      <li>never change the angle of a frame: only the coach adjusts it;</li>
      <li>carry the frames in pairs, never alone: each one weighs 20 kilos;</li>
      <li>take off watches, rings and bracelets before you play.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>The most common injuries are bruised knees and jarred fingers: stop playing, and tell the person who runs the session. The first aid kit is in the association's kit bag, and a defibrillator hangs at the entrance of the small gym. The nurses of the Student Health Service see students without an appointment, Monday to Friday, in building 5.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 18 sessions in the year and referee at the TchoukOc Trophy can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>TchoukOc, Student House: tchoukoc@asso.umontpellier.fr, +33 4 65 82 35 86. Triolet campus, building 20, room 218; Tuesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-tchoukball-association.meta.yaml"] = sidecar(
    "TchoukOc, the tchoukball association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/tchoukball-association-faq",
    "students, researchers and staff",
)

TEXTS["05-gamelan-orchestra.txt"] = """SEKAR LAUT: THE GAMELAN ORCHESTRA - 2027-2028
University of Montpellier - Culture Department

A gamelan is the traditional orchestra of Java and Bali, in Indonesia: bronze gongs that hang in a frame, rows of small kettle gongs laid on cords, bronze keys over wooden resonators, a few drums and sometimes flutes and voices. Its instruments are made and tuned together and belong together: a gong of one gamelan does not play in tune with another. Nobody conducts: the drummer leads the tempo, and every player listens to the others. Sekar Laut, "flower of the sea", is the gamelan orchestra of the Culture Department. It owns a Javanese gamelan of 26 instruments in both of its tunings, made in a workshop of Central Java, and it is led by a musician who studied for six years in Surakarta. It rehearses in the gamelan room, room 0.02 of building 31. In 2026-2027 the orchestra had 21 members from 12 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The orchestra has six activities:

open evening: play your first pattern on the bronze keys and strike the big gong, on Tuesday 28 September 2027 from 18:00 to 20:00
beginners' group: the instruments, the number notation and four pieces, 14 sessions on Thursdays from 18:00 to 19:30, from 7 October 2027
orchestra rehearsal: the whole orchestra, for players who know at least four pieces, on Tuesdays from 19:00 to 21:30, from 5 October 2027
drum workshop: the kendang, the drum that leads the gamelan, with a drummer from Surakarta, on Saturday 22 and Sunday 23 January 2028 from 10:00 to 16:00
shadow puppet night: the orchestra plays for a wayang, a shadow puppet play, with a puppeteer from Yogyakarta, on Thursday 16 March 2028 at 20:00
spring concert: on Saturday 27 May 2028 at 18:00, in the auditorium of building 36

The general meeting of the orchestra, where the year's programme is voted, takes place on Tuesday 19 October 2027 at 18:00 in the gamelan room.

MEMBERSHIP, COURSES AND INSTRUMENTS

Membership costs EUR 15 for the academic year for students and EUR 30 for staff and researchers; it includes insurance and the orchestra rehearsals. The beginners' group costs EUR 35 for the fourteen sessions and the drum workshop EUR 25. Students with a need-based grant pay half price for the courses. The beginners' group takes 10 players, the orchestra 24 and the drum workshop 6.

The instruments never leave the gamelan room, except for the concert. Members may practise in the room on Wednesdays from 17:00 to 20:00, after booking a slot in the "Culture" tile of their UM account. There is nothing to buy: the mallets belong to the orchestra. You do not need to read Western music: the pieces are written in numbers, from 1 to 7, and played by heart.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY IN THE SPRING CONCERT?

1. Be a member and follow the beginners' group or the orchestra rehearsals all year, missing at most 3 sessions.
2. Pass the piece check with the leader on Tuesday 18 April 2028: play two pieces of the concert by heart, on two different instruments.
3. Attend the dress rehearsal on Saturday 20 May 2028, from 10:00 to 17:00.
4. Collect the batik shirt of the orchestra, lent for the concert, by 23 May 2028.
5. On the day of the concert, be at building 36 at 14:30 to carry and set up the instruments, and at 17:00 for the warm-up.

RULES OF THE GAMELAN ROOM

Take off your shoes at the door; wear socks in winter. Never step over an instrument: walk around it, as the players do in Java. Only the gong player strikes the big gong. Carry the gongs and their frames in pairs, and never put a bronze key down on the floor. No food or drinks in the room. The gamelan room closes at 22:00.

THE SPRING CONCERT

On Saturday 27 May 2028 at 18:00, the players of the year play Sekar Laut's spring concert in the auditorium of building 36. The concert is free and open to all, and after the last piece the audience is invited onto the stage to try the instruments.

CREDITS

Students who play in the orchestra all year and in the spring concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Sekar Laut, Culture Department
E-mail: sekarlaut@umontpellier.fr
Phone: +33 4 65 82 53 67
Triolet campus, building 29, room 0.09. Wednesday, 12:30-14:00.
"""

TEXTS["05-gamelan-orchestra.meta.yaml"] = sidecar(
    "Sekar Laut, the gamelan orchestra 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/sekar-laut-gamelan-orchestra",
    "students, researchers and staff",
)

TEXTS["06-honours-programme-2027.md"] = """---
title: The honours programme for bachelor's students, 2027-2028
url: https://www.umontpellier.fr/en/study/honours-programme
audience: students
language: en
valid_until: 2028-09-30
---

# The honours programme for bachelor's students, 2027-2028

The honours programme offers curious and motivated bachelor's students more than their degree: a research seminar with scientists of every field, a project in a research team, a course in a new language and a doctoral candidate as a mentor. It adds about 4 hours a week to a normal timetable. It is open to students in the second or third year of a bachelor's degree and in the second year of a BUT. Exchange students cannot apply, as the programme lasts a whole year. The Honours Office of the Directorate of Studies selects the students and follows them through the year. This page applies to the academic year 2027-2028. In 2026-2027, 312 students applied and 120 were admitted.

## What the programme involves

| Part | What it means |
|---|---|
| research seminar | 12 evenings per semester, on Wednesdays from 17:30 to 19:30, each with a researcher of a different field |
| project in a research team | 60 hours over the year in a laboratory of UM, on a question chosen with the team |
| new language | 2 hours a week of a language you have never studied, among Arabic, Chinese, Japanese, Korean, Portuguese and Russian |
| mentor | a doctoral candidate, met at least 5 times in the year |
| Honours Day | a poster on your project, presented on Friday 2 June 2028 |

Honours students receive €300 for books or for travel to a conference or a summer school. The programme is worth 6 ECTS credits on top of the credits of the degree: they appear on the diploma supplement, with the mention "honours programme", but they do not count in the average of the degree. Students who finish the programme receive an honours certificate signed by the President.

## Who can apply?

Students whose average in the previous academic year was at least 13 out of 20, with no module failed. A student repeating a year cannot apply. Students with special study arrangements, athletes and students with a job included, can apply, and the Honours Office adapts the timetable of the project with them. Students with a disability can ask for arrangements for the interview.

## Dates

| Stage | Date |
|---|---|
| applications open | Monday 6 September 2027 |
| deadline for applications | Sunday 26 September 2027, 23:59 |
| interviews | 11 to 15 October 2027 |
| results | Friday 22 October 2027 |
| deadline to accept a place | Wednesday 27 October 2027 |
| first research seminar | Wednesday 10 November 2027 |

## How to apply

To apply for the honours programme, follow these steps:

1. Check in the "Schooling" tile of your UM account that your average of last year is at least 13 out of 20.
2. Choose two projects in the catalogue of the research teams, published on 6 September 2027.
3. Write a letter of motivation of at most one page, in French or in English.
4. Apply in the "Studies" tile by 26 September 2027, with your letter, your transcripts and the name of a teacher the Honours Office may ask for an opinion.
5. Take an interview of 15 minutes with two members of the honours committee between 11 and 15 October 2027, and accept your place in the same tile by 27 October 2027.

## FAQ

Does it cost anything? No. The programme is free, and the €300 are paid to every honours student.

Can I leave the programme? Yes, at any time until the end of the first semester, without any mention on your transcript.

What if I fail a module of my degree? You stay in the programme if you pass the module in the resit session; if you do not, you leave it at the end of the year, and the credits you have earned in it are kept.

## Contact

Honours Office, Directorate of Studies: honours-programme@umontpellier.fr, +33 4 65 81 22 40. Triolet campus, building 7, room 7.104; Monday to Thursday, 9:30–12:00.
"""

TEXTS["31-honours-programme-2024.txt"] = """HONOURS PROGRAMME - 2024-2025
University of Montpellier - Honours secretariat of the faculties

This page applies to the academic year 2024-2025. The honours programme offers selected students a research seminar and a project in a laboratory, in addition to their degree.

WHO CAN APPLY

Students in the third year of a bachelor's degree only, with an average of at least 14 out of 20 in the previous year. BUT students cannot apply.

WHAT THE PROGRAMME INVOLVES

A research seminar of 10 evenings per semester, on Thursdays, and a project of 40 hours in a laboratory. There is no language course and no mentor. The programme is worth 4 ECTS credits. Honours students receive no grant.

HOW TO APPLY

Apply with the paper form of the honours secretariat by 15 September 2024. There is no interview: students are selected on their file, and the results are sent by post on 4 October 2024.

1. Collect the paper application form at the honours secretariat of your faculty.
2. Have it signed by the head of your programme.
3. Hand it in at the honours secretariat with your transcripts by 15 September 2024.

CONTACT

Honours secretariat of the faculties
E-mail: honours-secretariat@umontpellier.fr
Phone: +33 4 65 81 22 05
Triolet campus, building 7, room 7.020. Tuesday and Friday, 14:00-16:30.
"""

TEXTS["31-honours-programme-2024.meta.yaml"] = sidecar(
    "Honours programme, 2024-2025 (expired, superseded by the 2027-2028 edition)",
    "https://www.umontpellier.fr/en/study/honours-programme-2024",
    "students",
    "2025-06-30",
)

TEXTS["10-beaver-survey-volunteers.md"] = """---
title: Castors – looking for the beavers of the Lez and the Mosson, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/castors-beaver-survey
audience: students, researchers and staff
language: en
---

# Castors: looking for the beavers of the Lez and the Mosson

The Eurasian beaver, the largest rodent in Europe at up to 30 kilos, almost disappeared from France a century ago; it survived in the lower Rhône and has since come back up the rivers of the south, and it now lives along the Lez and the Mosson, a few hundred metres from the campuses. Beavers are active at night and rarely seen, but they leave many signs: trees gnawed into the shape of a pencil, piles of wood chips, mud slides down the bank, footprints with webbed hind feet, and burrows dug into the bank with their entrance under water. They are counted by their signs, section by section, in winter, when the vegetation is low and the beavers eat bark. Castors, run by the Student Life Department with a mammal ecologist of the Faculty of Sciences, trains volunteers to walk 16 sections of 1 kilometre of riverbank each winter. In the winter of 2026-2027, 26 volunteers found fresh signs of beavers on 11 of the 16 sections.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the beavers of Montpellier and how to read their signs | Tuesday 16 November 2027, 18:30–20:00 | the hall of the Student House | 80 | free |
| field training: walking a section, the signs, the measures and the app | Saturday 27 November or Saturday 4 December 2027, 9:00–13:00 | the banks of the Lez at Lattes, meeting at the Lattes Centre tram stop | 16 per day | €5, for the field guide you keep |
| bank walks: walking a section of 1 kilometre and recording every sign | Wednesday and Saturday mornings, from 8 December 2027 to 26 February 2028, 9:00–12:00 | 16 sections: ten on the Lez and six on the Mosson | 48 | free |
| dusk watch: waiting in silence by an active burrow to see the beavers come out | Thursday 23 March and Thursday 20 April 2028, 18:30–21:30 | the Lez, at a place given to the watchers on the day | 10 | free |
| results evening: the beaver map of the winter | Tuesday 23 May 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Each section is walked by a team of three, always the same team during a winter, once every two weeks. Walks are cancelled by text message at 7:00 when an orange flood warning is in force or when the river has risen after rain.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of mammals, but you must be able to walk for 3 hours on rough and muddy banks. Volunteers commit to at least 3 bank walks between December and February.

## How to join a bank team

Teams are formed in November. To join one, follow these steps:

1. Come to the introductory talk of 16 November, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Castors", by 24 November 2027, saying which mornings you are free.
3. Attend one of the two field trainings.
4. Choose your section and your teammates in the app, where the coordinator shows the sections that still need a team.
5. At your first walk, collect the tape measure, the ruler for footprints, the GPS tablet and the first aid kit from the coordinator.

## What to bring

Rubber boots or walking boots, a waterproof jacket, warm layers, gloves, a smartphone with the survey app, your field guide and something warm to drink.

## Rules of the survey

- never walk on a burrow or a dam, and never try to open one
- stay on the top of the bank: never climb down a steep bank or step into the water
- never walk a section alone, and tell the coordinator when your team has finished
- no dogs, even on a lead
- at the dusk watches, keep silent, stay still and use only a red light

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend a field training, at least 5 bank walks and a dusk watch can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Are beavers dangerous? No. They are shy and flee as soon as they hear you; a beaver that is cornered can bite, so never try to approach, touch or feed one.

How do I tell a beaver from a coypu? The coypu, common along the Lez, is much smaller, has white whiskers and a long round tail, and is often seen by day; the beaver has a broad flat tail. Note coypu apart in the app.

## Contact

Castors coordinator, Student Life Department: castors@umontpellier.fr, +33 4 65 82 36 96. Student House, Triolet campus, building 20, room 136; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["11-student-life-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, study and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-life-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, study and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a paid job, their studies and a hard time: squash, the loss of a close relative abroad, the seasonal jobs at the Mont Aigoual ski areas, tchoukball, the gamelan orchestra, the honours programme, freediving, natural dyeing, the bumblebee survey and the beaver survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Boast, Sports Department | the squash club, its courses, the club ladder, the interclub team and the Boast Open | boast@umontpellier.fr | +33 4 65 82 48 13 | Triolet campus, building 48, room 48.03 | Tuesday and Thursday, 12:30–14:00 |
| International Student Care desk, International Relations Department | international students who lose a close relative, the bereavement leave, the travel grant and the letters of support | care-desk@umontpellier.fr | +33 4 65 81 27 48 | Triolet campus, building 1, room 1.07 | Monday, Tuesday and Thursday, 9:00–12:30 |
| Student Jobs Office, Student Life Department | the seasonal staff of the agreement with the Aigoual Snow Association, the applications and the training | ski-jobs@umontpellier.fr | +33 4 65 82 36 58 | Student House, Triolet campus, building 20, room 112 | Monday and Wednesday, 13:30–16:30 |
| TchoukOc, Student House | the tchoukball association, its sessions, beach tchoukball, the championship and the TchoukOc Trophy | tchoukoc@asso.umontpellier.fr | +33 4 65 82 35 86 | Student House, Triolet campus, building 20, room 218 | Tuesday, 12:30–14:00 |
| Sekar Laut, Culture Department | the gamelan orchestra, the beginners' group, the drum workshop and the spring concert | sekarlaut@umontpellier.fr | +33 4 65 82 53 67 | Triolet campus, building 29, room 0.09 | Wednesday, 12:30–14:00 |
| Honours Office, Directorate of Studies | applications to the honours programme, the interviews, the projects and the mentors | honours-programme@umontpellier.fr | +33 4 65 81 22 40 | Triolet campus, building 7, room 7.104 | Monday to Thursday, 9:30–12:00 |
| Grand Bleu, Sports Department | the freediving club, its courses, the pool test and the sea outings | grandbleu@umontpellier.fr | +33 4 65 82 48 37 | Triolet campus, building 48, room 48.06 | Monday and Thursday, 12:30–14:00 |
| Garance, Culture Department | natural dyeing courses, the indigo weekend, the dye garden and the exhibition of the year | garance@umontpellier.fr | +33 4 65 82 53 72 | Triolet campus, building 29, room 0.14 | Tuesday and Friday, 13:30–16:30 |
| Bourdons coordinator, Student Life Department | the bumblebee survey, the flower walks and the net mornings | bourdons@umontpellier.fr | +33 4 65 82 36 71 | Student House, Triolet campus, building 20, room 128 | Tuesday and Thursday, 9:30–12:30 |
| Castors coordinator, Student Life Department | the beaver survey, the field trainings, the bank walks and the dusk watches | castors@umontpellier.fr | +33 4 65 82 36 96 | Student House, Triolet campus, building 20, room 136 | Monday and Wednesday, 14:00–17:00 |

## Useful to know

Sports equipment library: the Sports Department lends students and staff sports equipment free of charge for up to 3 weeks, against a deposit cheque of €60 that is never cashed unless the equipment comes back damaged: squash goggles, snowshoes, sleeping bags, tents, wetsuits and more. Book in the "Sport" tile and collect the equipment at the desk: sport-library@umontpellier.fr, +33 4 65 82 47 85, Triolet campus, building 45, room 45.08; Tuesday and Friday, 12:00–14:00.

Students with a disability who apply to the honours programme can ask for arrangements for their interview (extra time, a sign language interpreter or an interview by video) by writing to the Disability Support Service at least 10 days before the interviews: disability-office@umontpellier.fr, +33 4 65 82 71 12, Triolet campus, building 8, room 015; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 71 35, Triolet campus, building 5, room 022; Monday to Friday, 8:30–17:00. The doctors of the same service give students a medical certificate of fitness for a sport free of charge, by appointment (for the squash or tchoukball licence, for example): +33 4 65 82 71 47. They do not sign certificates for freediving, which must come from a sports doctor or a doctor of the French federation of underwater sports: Grand Bleu gives its members a list of these doctors in Montpellier. The psychologists of the service see students free of charge, by appointment, and keep a slot every day for students in mourning: +33 4 65 82 71 58. Staff ask their own doctor.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["40-minho-squash-club-and-tchoukball-club.md"] = """---
title: University of Minho – the squash club and the tchoukball club
url: https://www.uminho.pt/en/student-life/squash-and-tchoukball
audience: students and staff
language: en
---

# University of Minho: the squash club and the tchoukball club

This page of the University of Minho, in Portugal, presents the squash club and the tchoukball club of its academic sports service. It applies only to students and staff of the University of Minho, on its campuses of Gualtar in Braga and Azurém in Guimarães.

## Squash club

The squash club plays on the two courts of the sports pavilion of the Gualtar campus.

| Rule | University of Minho |
|---|---|
| age | open from 18 years old |
| beginners' course | 10 sessions, €50 |
| membership | €60 a year for students, federation licence included |
| training | Wednesday and Friday evenings |
| goggles | compulsory for every player, lent by the club |
| club tournament | Saturday 6 May 2028, €20 per player |
| credits | no ECTS credits |

Contact: squash club, squash@uminho.pt, +351 253 601 410.

## Tchoukball club

The tchoukball club plays in the sports pavilion of the Azurém campus, and on the beach in summer.

- the club is open from 18 years old only
- the discovery session takes place on Tuesday 5 October 2027
- membership costs €28 a year for students
- the federation licence costs €30 and is compulsory for every member
- the beginners' sessions cost €30
- the club's trophy takes place on Saturday 22 April 2028, at €50 per team
- regular players receive 2 ECTS credits

Contact: tchoukball club, tchoukball@uminho.pt, +351 253 601 420.
"""

TEXTS["41-tampere-bereavement-leave-and-gamelan.md"] = """---
title: Tampere University – bereavement leave for international students and the gamelan ensemble
url: https://www.tuni.fi/en/students/bereavement-leave-and-gamelan
audience: students
language: en
---

# Tampere University: bereavement leave for international students and the gamelan ensemble

This page of Tampere University, in Finland, presents the rules for international students who lose a close relative abroad and the gamelan ensemble of its cultural services. It applies only to students of Tampere University, on its City Centre, Hervanta and Kauppi campuses.

## Bereavement leave

International students whose close relative dies abroad may take bereavement leave.

| Rule | Tampere University |
|---|---|
| close relatives | parents, children and spouses only; grandparents are not included |
| length of the leave | up to 5 working days, wherever the funeral takes place |
| missed exams | taken in the next resit session only |
| travel grant | none |
| letter for the immigration office | sent within 10 working days |
| proof of the death | needed before you leave, with a certified translation |

Contact: international student services, bereavement@tuni.fi, +358 294 52 1100.

## Gamelan ensemble

The gamelan ensemble of the cultural services rehearses in the music room of the City Centre campus.

- members must be 18 or over
- the open evening takes place on Thursday 30 September 2027
- membership costs EUR 22 a year for students
- the beginners' course has 10 sessions and costs EUR 50
- each player buys a pair of mallets, EUR 20
- players must read Western notation
- the spring concert takes place on Saturday 3 June 2028
- players receive 2 ECTS credits

Contact: gamelan ensemble, gamelan@tuni.fi, +358 294 52 1200.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
