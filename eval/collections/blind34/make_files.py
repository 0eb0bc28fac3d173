"""The text of every 'blind34' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-netball-club-2027.pdf": {
        "title": "Les Cigales: the netball club of UM, 2027-2028",
        "short": "Netball club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/les-cigales-netball-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Les Cigales netball club",
        "pages": [
            [
                ("h1", "Les Cigales: the netball club of UM, 2027-2028"),
                (
                    "p",
                    "Netball is played by two teams of seven, with a ring 3.05 metres high and no backboard at each "
                    "end. A player who catches the ball may not run with it and must pass or shoot within 3 seconds, "
                    "and touching an opponent is a foul. Les Cigales, the netball club of the Sports Department, "
                    "trains a women's team and a mixed team with two coaches. This guide applies to 2027-2028. In "
                    "2026-2027, the club had 58 members from 17 countries.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the footwork rule, the pass and the positions", "Thursday 30 September 2027, 18:30–20:30", "the gym of the Triolet sports complex, building 46", "free"],
                        ["beginners' sessions at lunchtime, mixed, for every level", "Monday, 12:15–13:30, from 4 October 2027", "the gym", "included in the membership"],
                        ["training of the women's team and of the mixed team", "Tuesday and Thursday, 20:00–22:00, from 5 October 2027", "the gym", "included in the membership"],
                        ["fast5 league: a short version, five a side, between teams of members", "Saturday, 10:00–12:30, from 15 January to 25 March 2028", "the outdoor courts of the Triolet sports complex", "€12 for the season"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery session takes 36 people, the beginners' sessions 28, each squad 14 and the fast5 "
                    "league 30. Membership costs €40 for the academic year for students and €60 for staff "
                    "and researchers, insurance and the loan of a position bib included. The licence of the French "
                    "netball federation, €28, is needed only to play championship matches. Register from 22 "
                    "September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. The mixed team never has more than "
                    "3 men on the court at once. Staff and researchers play in the fast5 league and train with the "
                    "club, but the matches of the university championship are for students only.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Indoor court shoes with non-marking soles and good ankle support, and a water bottle. Every ring, "
                    "earring, watch and bracelet comes off before the session: umpires check hands before each match.",
                ),
                ("h2", "Playing in the university championship"),
                (
                    "p",
                    "The club enters its women's team and its mixed team in the university netball championship of "
                    "the Occitanie region, with matches on Sunday afternoons. To play in it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Come to at least 6 training sessions of your team in October.",
                        "Take the position assessment, in which the coaches try you in three positions, on Saturday 16 "
                        "October or Saturday 23 October 2027, from 10:00 to 12:00, in the gym.",
                        "Take the licence of the French netball federation through the club, for €28, with a medical "
                        "certificate of fitness for netball less than 1 year old, by 29 October 2027.",
                        "Train at least twice a week; after 3 absences without warning, you lose your place in the squad.",
                        "Answer the poll in the club's app by the Friday evening before each match; the coaches name the "
                        "10 players of the match on the Saturday.",
                    ],
                ),
                ("h2", "Rules of the sessions"),
                (
                    "bullet",
                    [
                        "no jewellery of any kind, and nails short enough not to scratch;",
                        "never snatch or knock the ball out of an opponent's hands;",
                        "stand at least 0.9 metres from a player who holds the ball when you defend;",
                        "warm up with the group for 15 minutes before any game;",
                        "stop at once when the coach whistles twice.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["position assessments", "16 and 23 October 2027", "the coaches try each player in three positions"],
                        ["regional university championship", "November 2027 to March 2028, on Sunday afternoons", "home and away matches in Occitanie"],
                        ["final phase of the French university championship", "18 to 20 May 2028, in Rennes", "the 8 best women's teams and the 8 best mixed teams of France"],
                        ["Cigales Cup", "10 June 2028, in the gym", "the club's tournament, for 12 teams of students and staff"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For regional matches, the club pays the minibus. If a team qualifies for the final phase, the "
                    "club pays the train, the hotel and the meals; each player pays a contribution of €30.",
                ),
                ("h2", "Twisted ankles"),
                (
                    "p",
                    "A player who twists an ankle stops at once, puts ice on it for 20 minutes, has it checked by a "
                    "doctor within 72 hours and plays again only after 14 days at the earliest, with a written note "
                    "from the doctor.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who play the whole season with a team, the regional championship included, can have "
                    "it recognised as a sport unit worth 2 ECTS credits; students who attend at least 15 beginners' "
                    "sessions and play the whole fast5 league, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Les Cigales, Sports Department, cigales@umontpellier.fr, +33 4 65 82 47 85. Triolet "
                    "campus, building 45, room 45.09; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-watchmaking-workshop-2027.pdf": {
        "title": "L'Échappement: the watchmaking workshop of UM, 2027-2028",
        "short": "Watchmaking workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/l-echappement-watchmaking-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, L'Échappement watchmaking workshop",
        "pages": [
            [
                ("h1", "L'Échappement: the watchmaking workshop of UM, 2027-2028"),
                (
                    "p",
                    "A mechanical watch needs no battery: a coiled mainspring drives a train of wheels, and the "
                    "escapement, which gives the workshop its name, lets that energy out in tiny steps, in time with "
                    "the balance wheel that swings back and forth several times a second. Every few years, a "
                    "mechanical watch has to be taken apart, cleaned, oiled and put together again. L'Échappement, "
                    "the watchmaking workshop of the Culture Department, is taught by a watchmaker who holds the "
                    "French vocational certificate in watchmaking. This guide applies to 2027-2028. In 2026-2027, "
                    "its members serviced 34 watches.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: take apart and put back together the movement of an old pocket watch", "Thursday 21 October 2027 or Thursday 3 February 2028, 18:00–21:00", "the workshop, Triolet campus, building 14, room 14.03", "€15"],
                        ["beginners' course: the movement, the tools, cleaning and oiling, in 12 sessions, on a practice movement you keep", "Tuesday, 18:00–20:30, from 9 November 2027", "the workshop, room 14.03", "€120, practice movement included"],
                        ["servicing course: take apart, clean, oil and regulate your own mechanical watch, in 10 sessions", "Wednesday, 18:00–21:00, from 19 January to 22 March 2028", "the workshop, room 14.03", "€90, oils and gaskets included"],
                        ["open bench: the benches and tools of the workshop for your own project", "Saturday, 9:30–12:30, from 15 January 2028", "room 14.03", "€6 per morning"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery evenings take 8 people each, the beginners' course 8 and the servicing course 6; "
                    "the open bench has 5 benches. Students with a need-based grant pay half price; staff and "
                    "researchers pay €20 more per course. Register from 4 October 2027 in the \"Culture\" tile of "
                    "your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The servicing course is for "
                    "people who have followed the beginners' course, this year or in an earlier year, or who pass a "
                    "short practical test with the watchmaker. Watchmakers work under a magnifying loupe for hours: "
                    "the workshop lends loupes, but bring your glasses if you wear them.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Your watch, in a box. The workshop lends the screwdrivers, the tweezers and the loupes. Only "
                    "mechanical watches, hand-wound or automatic, are serviced: quartz watches, which run on a "
                    "battery, are not taken. Spare parts are ordered through the workshop and paid at cost.",
                ),
                ("h2", "Joining the servicing course"),
                ("p", "To join the servicing course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or pass the practical test with the watchmaker on any Tuesday "
                        "in November 2027, from 17:00 to 18:00.",
                        "Bring your watch to be checked on Monday 6 or Tuesday 7 December 2027, from 17:00 to 19:00: "
                        "watches with a broken balance or water inside the case are refused.",
                        "Register in the \"Culture\" tile of your UM account by 17 December 2027 and pay the price of "
                        "the course, €90.",
                        "Order any spare part your watch needs through the workshop by 21 January 2028.",
                        "Take your watch home after the last session, on 22 March 2028, with the printout of its "
                        "timing test.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "never open a watch without the watchmaker at the bench;",
                        "keep the movement under its dust cover whenever you are not working on it;",
                        "never run the ultrasonic cleaner on your own;",
                        "no food or drinks on the benches;",
                        "count the screws in your tray before you leave.",
                    ],
                ),
                ("h2", "Cleaning fluids"),
                (
                    "p",
                    "The cleaning fluids are flammable and irritate the eyes: wear the gloves and safety glasses the "
                    "workshop gives you. If a fluid splashes into your eye, rinse it for 15 minutes at the eye-wash "
                    "station by the door, then call the nurses of the Student Health Service: +33 4 65 82 71 36.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The watches of the year are shown in the hall of the Student House from 12 to 16 June 2028. "
                    "Students who finish the servicing course and show their watch there can have it recognised as "
                    "a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: L'Échappement, Culture Department, echappement@umontpellier.fr, +33 4 65 82 53 68. "
                    "Triolet campus, building 14, room 14.04; Monday and Wednesday, 13:30–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-ant-survey-volunteers.docx": {
        "title": "Fourmis en Ville: counting the ants of the campuses and the garrigue – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/fourmis-en-ville-ant-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Fourmis en Ville: counting the ants of the campuses and the garrigue – volunteer guide 2028"),
            (
                "p",
                "Ants turn and air the soil, carry seeds far from the plant that made them and eat huge numbers of "
                "other insects. About 90 species of ants live around Montpellier, most of them discreet. Two others "
                "are anything but discreet: the Argentine ant, which came from South America a century ago and now "
                "forms one vast colony along the Mediterranean coast, and Tapinoma, a black ant that invades "
                "gardens and houses in the south of France. Both push the native species out. Fourmis en Ville, run "
                "by the Student Life Department with a myrmecologist of the Faculty of Sciences, trains volunteers "
                "to count the ants that come to small baits along fixed routes, year after year, and its results go "
                "into a national ant survey. In 2027, 35 volunteers laid 620 baits and found 27 species.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under "
                "18 need the written consent of a parent. You need no knowledge of insects: the training afternoon "
                "and the sorting evenings teach you all you need. Volunteers commit to at least 4 bait rounds "
                "between 2 May and 30 June 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training afternoon: the ants of Montpellier, the bait protocol and the app", "Wednesday 26 April 2028, 14:00–17:00", "Triolet campus, building 15, room 15.10", "30"],
                    ["bait round: 10 baits laid along a route and checked after one hour", "any morning from 2 May to 30 June 2028, 8:00–10:00", "16 routes on the Triolet and Richter campuses and in the garrigue of Grabels", "2"],
                    ["sorting evening: counting and naming the ants of the tubes under a microscope", "Thursday 11 May, 25 May, 8 June and 22 June 2028, 18:00–20:30", "the teaching laboratory of building 24", "12"],
                    ["flying ant watch: reporting the swarms of winged ants that leave the nests after rain", "any day from 1 June to 31 August 2028", "anywhere in Montpellier, in the app", "no limit"],
                    ["results evening: the map of the year", "Wednesday 11 October 2028, 18:30–20:30", "the hall of the Student House", "60"],
                ],
            ),
            ("h1", "Doing your first bait round"),
            ("p", "To do your first bait round, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Fourmis en Ville\", by 19 April 2028.",
                    "Attend the training afternoon of 26 April 2028.",
                    "Pair up with another volunteer, or let the app pair you, and book a route and a morning in the app.",
                    "Collect your kit from the coordinator: 10 white cards, a pot of tuna and a tube of honey, a "
                    "timer, soft forceps, 10 sample tubes, labels and the map of your route.",
                    "Lay a pinch of tuna and a drop of honey on each card, 5 metres apart, wait 60 minutes, photograph "
                    "every card, put the ants of each card in its own tube, and bring the tubes to the coordinator "
                    "within 2 days.",
                ],
            ),
            ("h1", "Native or invasive?"),
            (
                "p",
                "The Argentine ant is small, about 3 millimetres long, light brown, and walks in dense, fast lines "
                "that can run for tens of metres. Tapinoma is black, a little larger, and gives off a smell of "
                "rancid butter when it is crushed. If you find either of them far from the places already on the map, "
                "photograph the trail, note the place in the app and tell the coordinator: never spray or poison a "
                "trail yourself.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "use only the baits of the kit, never sugar, jam or biscuits;",
                    "pick ants up with the soft forceps, never with your fingers: some of them sting;",
                    "never dig up or break open a nest;",
                    "collect every card at the end of the round, so that no bait is left behind;",
                    "if you are allergic to insect stings, tell the coordinator and always carry your treatment.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training afternoon, 6 bait rounds and one sorting evening can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Fourmis en Ville coordinator, Student Life Department: fourmis@umontpellier.fr, +33 4 65 82 36 41. "
                "Student House, Triolet campus, building 20, room 128; Tuesday and Thursday, 14:00–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-lacrosse-club.md"] = """---
title: Les Faucons – the lacrosse club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/les-faucons-lacrosse-club
audience: students, researchers and staff
language: en
---

# Les Faucons: the lacrosse club of the Student House

Lacrosse was first played by the peoples of North America, long before it became a university sport in Canada and the United States. Each player carries a stick with a small net pocket at the end, catches and throws a hard rubber ball with it, and runs at full speed to shoot into a goal 1.83 metres square. In the men's game, players may check an opponent's body and wear a helmet, gloves and pads; in the women's game, body contact is not allowed and players wear goggles. The mixed game, "sixes", is played six a side on a smaller pitch with a 30-second shot clock. Les Faucons is the lacrosse club of UM students and staff, coached by a former player of a Canadian university team and by a player of the French national team. This page applies to the academic year 2027-2028. In 2026-2027, the club had 42 members from 14 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery afternoon: holding the stick, catching and your first shots | Sunday 26 September 2027, 14:00–17:00 | the grass pitch of the Triolet sports grounds, building 43 | 1 | free |
| beginners' course: cradling, passing, shooting and picking up ground balls | Tuesday, 18:30–20:00 | the grass pitch | 18, from 5 October 2027 | €30 |
| team training: the women's team and the men's team | Thursday, 19:00–21:00 | the grass pitch | every week from 7 October 2027 | included in the membership |
| goalkeeping clinic: stance, saves and clearing the ball | Saturday, 9:30–11:30 | the grass pitch | 5, from 15 January 2028 | €12 |
| "Faucons Sixes": a mixed sixes tournament with players from other clubs | Sunday 30 April 2028, 9:00–18:00 | the grass pitch | 1 | €10 per player, lunch included |

The discovery afternoon takes 40 players, the beginners' course 24 and each team a squad of 22; the Faucons Sixes has 16 teams. Staff and researchers pay €15 more per course; students with a need-based grant pay half price. Registration opens on 20 September 2027 in the "Student House" tile of your UM account.

Membership costs €20 for the academic year for students and €35 for staff and researchers; it includes insurance and the loan of a stick for the year. The licence of the French lacrosse federation costs €30 and is needed only to play league matches. The club lends the helmets, gloves and pads of the men's game and the goggles of the women's game; bring football boots with moulded studs and a mouthguard.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; players under 18 need the written consent of a parent and do not play league matches until their 18th birthday. You need no experience: most members had never held a stick before the discovery afternoon. The league teams are for students only.

## How to join a league team

The women's team and the men's team play the second division of the French lacrosse championship, in the southern conference; its final weekend takes place in Grenoble on 13 and 14 May 2028. To join a team, follow these steps:

1. Attend at least 10 sessions of the beginners' course, or show the coaches that you have already played lacrosse in a club.
2. Come to the selection training on Saturday 13 November 2027, from 14:00 to 17:00, on the grass pitch.
3. Take the federation licence through the club, for €30, with a medical certificate of fitness for lacrosse less than 1 year old, by 3 December 2027.
4. Order the team shirt, €25, with your name and number, by 14 January 2028.
5. Say in the club's app by the Wednesday before each match whether you can play; the coaches name the 18 players on the Thursday.

## Safety on the pitch

- never swing your stick towards a player's head, in any version of the game
- in the women's game and in sixes, check only the stick, never the body
- wear your mouthguard in every drill with a ball, and your helmet or goggles as well
- never shoot at a goal unless the goalkeeper is in full kit
- stop at once when a coach whistles twice

## Credits

Students who attend at least 20 sessions in the year and play the league season with a team can have it recognised as a sport unit worth 2 ECTS credits. Members who help to run the Faucons Sixes receive a certificate of volunteering.

## FAQ

Is lacrosse only for North Americans? Not at all: in 2026-2027, the members came from 14 countries, and half of them were French.

Are the trainings in French? The coaches explain in French and in English, and the calls of the game are in English.

## Contact

Les Faucons, Student House: faucons@asso.umontpellier.fr, +33 4 65 82 35 46. Triolet campus, building 20, room 216; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-repeating-a-year.html"] = html_page(
    "Repeating a year at UM – FAQ for international students",
    "What repeating a year means for international degree students at UM: how many times, the modules you keep, fees, residence permit, scholarship, steps and contact.",
    "https://www.umontpellier.fr/en/international/repeating-a-year-faq",
    "/fr/international/redoublement-faq",
    """    <h1>Repeating a year at UM – FAQ for international students</h1>
    <p>Every year, some international students enrolled in a degree at UM do not pass their year: a hard first semester in a new language, an illness, a job that took too much time. When the exam board allows it, they can repeat the year. The International Student Support desk of the International Relations Department helps international students enrolled in a bachelor's degree, a BUT or a master's degree to prepare the repeated year and tells them what it changes for their fees, their residence permit and their scholarship. This FAQ applies to students who repeat a year in 2027-2028. In 2026-2027, 410 international students repeated a year at UM, and 71% of them passed it.</p>

    <h2>How many times can I repeat a year?</h2>
    <p>In a bachelor's degree or a BUT, you can repeat each year once, and at most twice during the whole degree. In a master's degree, you can repeat once during the whole degree, with the agreement of the exam board. A third enrolment in the same year needs an exemption from the President of the University: ask the desk by 15 July 2027.</p>

    <h2>Do I keep the modules I have passed?</h2>
    <p>Yes. Every module passed with a mark of 10 out of 20 or more stays acquired for good, and you take again only the modules you failed. If you owe at most 12 credits of your year, you can also take up to 18 credits of the next year in advance, with the agreement of the head of your programme.</p>

    <h2>Do I pay the tuition fees again?</h2>
    <p>Yes, but how much depends on what you take again:</p>
    <table>
      <thead>
        <tr><th>What you take again</th><th>Tuition fees for the repeated year</th></tr>
      </thead>
      <tbody>
        <tr><td>more than 30 credits</td><td>the full fees of the year</td></tr>
        <tr><td>30 credits or fewer</td><td>half the fees of the year</td></tr>
        <tr><td>only the internship or only the master's thesis</td><td>a flat fee of €175</td></tr>
      </tbody>
    </table>
    <p>Exemptions from fees granted for the failed year are not carried over automatically: ask again when you re-enrol.</p>

    <h2>What happens to my residence permit?</h2>
    <p>To renew a student residence permit, the prefecture checks that you study for real and make progress. Repeating a year once is accepted, but you must prove your progress: besides your certificate of enrolment, give the prefecture the progress letter of the desk, which lists the credits you have passed. Ask for it in the "International" tile of your UM account at least 2 months before your permit runs out; it is sent within 10 working days. After two failed attempts at the same year, the prefecture may refuse to renew your permit.</p>

    <h2>Do I keep my scholarship?</h2>
    <p>A UM scholarship for international students is not paid during a repeated year, unless you failed because of a serious illness certified by the Student Health Service. A scholarship of your government or of another funder depends on that funder: tell it as soon as the results are out.</p>

    <h2>Will anyone help me pass this time?</h2>
    <p>Yes. Every repeating international student signs a success contract with the head of their programme and is offered a tutor: a student of a later year who meets them for 1 hour a week, free of charge, from October to April.</p>

    <h2>How do I re-enrol for the repeated year?</h2>
    <p>To prepare your repeated year, follow these steps:</p>
    <ol>
      <li>Check the decision of the exam board in the "Schooling" tile of your UM account: it must say that you may repeat the year.</li>
      <li>Meet the head of your programme by 10 September 2027 to sign your success contract, which lists the modules you take again.</li>
      <li>Re-enrol in the "Schooling" tile by 24 September 2027 and pay your tuition fees.</li>
      <li>Ask the desk for your progress letter in the "International" tile.</li>
      <li>Apply online to renew your residence permit with your certificate of enrolment and the progress letter, at least 2 months before your permit runs out.</li>
    </ol>

    <h2>I want to change programme instead. Is this page for me?</h2>
    <p>No. Starting a different programme is a change of programme, not a repeated year: ask the studies secretariat of the faculty you want to join. Exchange students who fail a module ask the international relations officer of their faculty.</p>

    <h2>Whom do I contact?</h2>
    <p>International Student Support desk, International Relations Department: int-support@umontpellier.fr, +33 4 65 81 27 14. Triolet campus, building 1, room 1.12; Monday, Tuesday and Thursday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/residence-permits">Residence permits</a>',
        '<a href="/en/study/exams-and-results">Exams and results</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 31 July to 20 August 2027.",
)

TEXTS["02-faq-repeating-a-year.meta.yaml"] = sidecar(
    "Repeating a year at UM – FAQ for international students",
    "https://www.umontpellier.fr/en/international/repeating-a-year-faq",
    "international students",
)

TEXTS["03-international-students-at-the-coastal-campsites-2028.md"] = """---
title: International students as summer receptionists at the campsites of the Hérault coast, 2028
url: https://www.umontpellier.fr/en/international/campus-life/summer-campsite-receptionists
audience: international students
language: en
---

# International students as summer receptionists at the campsites of the Hérault coast

Every summer, the campsites of the Hérault coast, from Vias to Sérignan and Valras-Plage, welcome hundreds of thousands of holidaymakers from Germany, the Netherlands, Belgium, the United Kingdom, Spain and Italy, and their reception desks need staff who speak their languages. At the same time, many international students stay in France for the summer and look for a job. Since 2025, an agreement between the University of Montpellier and the Hérault Campsite Federation offers international students summer jobs as reception assistants: they welcome the guests at their arrival, answer their questions in their languages, book their activities and help them with any problem during their stay. The Student Employment Office of the International Relations Department recruits and prepares the students. This page applies to the summer of 2028, from Saturday 1 July to Saturday 2 September 2028. In 2027, 96 students worked at 31 campsites.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.80 gross an hour, paid by the campsite at the end of each month |
| hours | 35 hours a week, in shifts between 7:30 and 22:00, with 2 days off a week |
| lodging | a bed in a staff mobile home on the campsite, shared with one other student, for €90 a month taken from your pay |
| meals | lunch on working days in the staff dining room of the campsite, €3.50 |
| travel | a coach from Montpellier to the campsite at the start of your contract and back at the end, free |
| training | 2 days of training in reception and in basic first aid, paid like working days |
| end-of-season bonus | €150 for students who work until the last day of their contract |
| credits | 1 ECTS credit, as a student engagement unit, for students who work at least 6 weeks and write a report of 4 pages |

Contracts are seasonal employment contracts of 4 to 9 weeks, signed with the campsite, which is your employer: UM is not. The 38 campsites of the agreement need 120 students in 2028.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students who stay for the summer included, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. You need a level of French of at least B1 and a level of at least B2 in English, German, Dutch, Spanish or Italian, and you must be free for at least 4 weeks in a row. You need no driving licence. Staff cannot apply under this agreement, and French students apply directly to the campsites.

## How to get a summer job

An information meeting takes place on Tuesday 14 March 2028 at 12:30 in the hall of the Student House. To get a summer job, follow these steps:

1. Apply in the "International" tile of your UM account by 10 April 2028, with a CV in French and in English, the weeks in which you are free and the languages you speak.
2. Take a video interview with one or more campsites between 18 and 28 April 2028.
3. Receive your offers by 12 May 2028 and accept one within 5 days.
4. Sign your contract and give the campsite your residence permit, your social security number and your bank details by 9 June 2028.
5. Attend the 2 days of training on 22 and 23 June 2028 in Vias.

## Rules at the reception desk

- never give the code of the entrance barrier to anyone who is not a registered guest
- look at a guest's identity document and give it back at once: never keep a passport
- never take cash outside the till, and never lend your till code
- pass every complaint you cannot solve to the manager on duty
- in an alert, follow the evacuation plan of the campsite and the instructions of the manager

## FAQ

Can I choose my campsite? You give your three preferred campsites when you apply, and the campsites choose among the students they interview.

Can a friend and I work at the same campsite? Yes, if the campsite offers you both a contract; say so in your application, and you can then share a mobile home.

What if I am ill? Call the manager of your campsite before your shift, and send a sick note within 48 hours. Days of sick leave are not paid by the campsite, but your social security may pay part of them.

## Contact

Student Employment Office, International Relations Department: campsite-jobs@umontpellier.fr, +33 4 65 81 27 52. Triolet campus, building 1, room 1.07; Monday to Wednesday, 14:00–17:00. The office passes questions about your contract and your pay on to the campsite.
"""

TEXTS["04-faq-roundnet-club.html"] = html_page(
    "Spirale, the roundnet club: FAQ",
    "Spirale: the discovery session, the beginners' sessions, club practice, the Spirale Open and the night tournament.",
    "https://www.umontpellier.fr/en/campus-life/student-house/roundnet-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-roundnet-faq",
    """    <h1>Spirale, the roundnet club: FAQ</h1>
    <p>Roundnet is played two against two around a small round net, stretched like a trampoline on a frame at ankle height. The serving team hits a ball the size of a fist down onto the net; the other team has up to three touches between its two players to hit it back onto the net. There are no sides and no boundaries: after the serve, players may move anywhere around the net, which makes rallies fast and acrobatic. "Spirale" is the roundnet club of the Student House. Its members play indoors in the gym of the Triolet sports complex in autumn and winter, and outdoors on the lawn of the Student House in spring. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 64 members from 19 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the serve, the three touches and a first game</td><td>Wednesday 6 October 2027, 18:00–20:00</td><td>the lawn of the Student House, or the gym if it rains</td><td>free</td></tr>
        <tr><td>beginners' sessions: the basic hits, the positions and the rules, in 12 sessions</td><td>Monday, 18:00–19:30, from 11 October 2027</td><td>the gym of the Triolet sports complex, building 46</td><td>€20</td></tr>
        <tr><td>club practice: games and drills for every level</td><td>Wednesday, 20:00–22:00, from 13 October 2027</td><td>the gym, then the lawn from April</td><td>included in the membership</td></tr>
        <tr><td>the "Spirale Open": a tournament for pairs from all over the south of France</td><td>Saturday 8 April 2028, 9:00–19:00</td><td>the lawn of the Student House</td><td>€16 per pair</td></tr>
        <tr><td>night tournament under the floodlights</td><td>Friday 2 June 2028, 19:00–23:00</td><td>the synthetic pitch of the Triolet sports grounds</td><td>€6 per pair</td></tr>
      </tbody>
    </table>
    <p>Membership costs €15 for the academic year for students and €25 for staff and researchers; it includes insurance, and members may borrow a net and balls for the weekend. The licence of the French roundnet federation, €20, is needed only to play official tournaments and is taken through the club. The discovery session takes 32 people, the beginners' sessions 24 and club practice 40, on 10 nets; the Spirale Open has room for 48 pairs.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience, just good reflexes and a partner, and the club finds you one if you come alone.</p>

    <h2>What do I wear?</h2>
    <p>Sports clothes and indoor shoes with non-marking soles in the gym: street shoes are not allowed on its floor. Outdoors, running shoes are enough. Sunglasses and caps are allowed on the lawn, but not during the night tournament.</p>

    <h2>How do I play official tournaments?</h2>
    <p>Official tournaments are not compulsory. If you want to play in the French roundnet tour, proceed as follows:</p>
    <ol>
      <li>Attend at least 8 sessions of club practice.</li>
      <li>Find a partner in the club, or post in the club's group chat that you are looking for one.</li>
      <li>Take the licence of the French roundnet federation through the club, €20, by 17 December 2027, with the health questionnaire of the federation.</li>
      <li>Register your pair on the federation's website at least 3 weeks before each tournament; the club pays the entry fee for up to 3 tournaments a year.</li>
      <li>Order the club shirt, €18, by 31 January 2028: pairs of the club play every official tournament in it.</li>
    </ol>

    <h2>What are the rules at the sessions?</h2>
    <ul>
      <li>warm up for 10 minutes before the first game;</li>
      <li>never stand, sit or jump on a net;</li>
      <li>shout "ball!" when a ball flies towards another game, and stop playing when you hear it;</li>
      <li>keep 3 metres between two nets;</li>
      <li>fold the nets and take them back to the storeroom at the end of the session.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>The most common injuries are twisted ankles and jarred fingers: stop playing, and tell the person who runs the session. The first aid box is in the storeroom of the gym. The sports physiotherapist of the Sports Department sees members free of charge on Wednesdays from 12:00 to 14:00, in building 46.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who attend at least 20 sessions in the year and help to run the Spirale Open can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Spirale, Student House: spirale@asso.umontpellier.fr, +33 4 65 82 35 63. Triolet campus, building 20, room 218; Tuesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-roundnet-club.meta.yaml"] = sidecar(
    "Spirale, the roundnet club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/roundnet-club-faq",
    "students, researchers and staff",
)

TEXTS["05-accordion-club.txt"] = """SOUFFLET: THE ACCORDION CLUB - 2027-2028
University of Montpellier - Student House

The accordion makes its sound when air from the bellows, pushed and pulled by the left arm, passes over small metal reeds. On the diatonic button accordion, the instrument of folk dances all over Europe, each button gives one note when you push the bellows and another when you pull; on the chromatic accordion and the piano accordion, a key gives the same note both ways. Soufflet, named after the bellows, is the accordion association of UM students and staff. A teacher who played for ten years in bal folk bands in Brittany leads the sessions, and most tunes are learnt by ear. The association owns 11 instruments: 8 diatonic accordions, 2 chromatic accordions and 1 piano accordion. It plays in room 005 of the Student House. In 2026-2027 the association had 29 members from 10 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities:

open evening: try a diatonic accordion and learn the first bars of a tune, on Tuesday 28 September 2027 from 18:30 to 20:30
beginners' course: the bellows, the buttons and five dance tunes, 20 sessions on Tuesdays from 18:30 to 19:45, from 5 October 2027
intermediate group: the left-hand basses and the repertoire of the bal, for players who know at least five tunes, on Thursdays from 19:00 to 20:30, from 7 October 2027
bal folk workshop: playing together for dancers, in the right tempo, 4 sessions on Saturdays from 14:00 to 17:00, from 22 January 2028
monthly bal: the players of the association play for a folk dance open to all, on the first Friday of each month from 20:30 to 23:30, from 5 November 2027
Soufflet's Big Bal: the end-of-year bal folk, on Saturday 3 June 2028 at 20:00, in the courtyard of the Student House

The general meeting of the association, where the year's programme is voted, takes place on Wednesday 13 October 2027 at 18:30 in room 005 of the Student House.

MEMBERSHIP, COURSES AND INSTRUMENTS

Membership costs EUR 15 for the academic year for students and EUR 28 for staff and researchers; it includes insurance. The beginners' course costs EUR 50 for the twenty sessions, the intermediate group EUR 35 per semester and the bal folk workshop EUR 16. Students with a need-based grant pay half price for the courses. The beginners' course takes 10 players, since each needs an instrument, the intermediate group 12 and the bal folk workshop 15.

The association lends a diatonic accordion for the whole year to every player of the beginners' course, against a deposit cheque of EUR 200 that is never cashed unless the instrument comes back damaged. Instruments go back to the association by 15 June 2028. The teacher adjusts the straps to your size at the first session. You do not need to read music: tunes are taught by ear and with tablature.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE BIG BAL?

1. Be a member and follow the beginners' course or the intermediate group all year, missing at most 3 sessions.
2. Tell the teacher by 29 February 2028 which set of tunes you will play.
3. Attend the two Saturday rehearsals, on 13 and 20 May 2028, from 14:00 to 17:00.
4. Play at least once at a monthly bal before June, with the intermediate group.
5. On the day of the Big Bal, be in the courtyard at 17:00 to set up the stage, and at 19:00 for the sound check.

RULES OF THE MUSIC ROOM

Never put an accordion down on its bellows: stand it on its feet or lay it in its case. Close the bellows strap as soon as you stop playing. No drinks near the instruments. Never leave an accordion in a car or in the sun: the reeds are held with wax, which softens above 40 degrees. At the end of each session, put every accordion back in its case and on its shelf. The music room closes at 22:00.

THE BIG BAL

On Saturday 3 June 2028 at 20:00, the players of the year play Soufflet's Big Bal in the courtyard of the Student House, or in its theatre if it rains. The bal is free and open to all, and a dance teacher calls the steps of each dance for beginners.

CREDITS

Students who follow a course all year and play at the Big Bal can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Soufflet, Student House
E-mail: soufflet@asso.umontpellier.fr
Phone: +33 4 65 82 35 38
Student House, Triolet campus, building 20, room 005. Wednesday, 12:30-14:00.
"""

TEXTS["05-accordion-club.meta.yaml"] = sidecar(
    "Soufflet, the accordion club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/soufflet-accordion",
    "students, researchers and staff",
)

TEXTS["06-digital-skills-certificate-2027.md"] = """---
title: The digital skills certificate, 2027-2028
url: https://www.umontpellier.fr/en/study/digital-skills-certificate
audience: students
language: en
valid_until: 2028-09-30
---

# The digital skills certificate, 2027-2028

Employers expect graduates to find and check information online, to work with shared documents and spreadsheets, to protect their data and to use digital tools with care for the environment. The digital skills certificate tests these skills in five areas: information and data, communication and collaboration, content creation, security, and the digital environment. It gives a score out of 800 and is valid for 3 years. Every student in the final year of a bachelor's degree or a BUT must sit it to be awarded the degree; master's students, doctoral candidates and exchange students may sit it if they wish. The Digital Skills desk of the Digital Learning Department organises the preparation and the exam sessions for all the faculties. This page applies to the academic year 2027-2028. In 2026-2027, 6,900 students sat the exam, 11% of them international students.

## Sessions and deadlines

| Session | Exam dates | Register by | Where |
|---|---|---|---|
| autumn session | 6 to 10 December 2027 | 12 November 2027 | the computer rooms of building 6, Triolet campus |
| spring session | 3 to 7 April 2028 | 10 March 2028 | the computer rooms of building 6 |
| resit session | 19 to 21 June 2028 | 26 May 2028 | the computer rooms of building 6 |

You can sit at most two sessions in the academic year, and both are free. A student who is registered but does not come, without a medical certificate, loses that session.

## The exam

The exam lasts 1 hour 30 minutes, on a UM computer, in a supervised room: bring your student card, nothing else. It mixes multiple-choice questions with practical tasks, such as sorting a spreadsheet or finding the author of an image. The certificate is awarded from a score of 300 out of 800, and the score, not a pass or a fail, appears on the certificate. International students choose when they register whether they sit the exam in French or in English.

Students who already hold the certificate, with a date less than 3 years old on the day of their final exam board, do not sit it again: they upload it instead. Students with a disability can have extra time, decided with the Disability Support Service.

## How to get the certificate

To obtain the digital skills certificate, follow these steps:

1. Open the "Digital" tile of your UM account and activate your account on the training platform.
2. Take the positioning test, 45 minutes online, by 15 October 2027: it shows your level in each of the five areas.
3. Follow the training modules the platform suggests, on your own or at the preparation workshops held every Thursday from 12:30 to 13:30 in room 6.05.
4. Register for a session in the "Schooling" tile by its deadline, and choose the language of your exam.
5. Sit the exam with your student card; your score is sent within 48 hours, and you download the certificate from the training platform.

## FAQ

What if my score is below 300? Register for the next session: your training modules stay open, and only your best score counts.

Will the score appear on my diploma? No. The certificate is a separate document, but your score appears on your diploma supplement.

I do not have a laptop. Is that a problem? No. You sit the exam on a UM computer, and the computer rooms of building 6 are open for training from Monday to Friday, 8:00 to 20:00.

## Contact

Digital Skills desk, Digital Learning Department: digital-skills@umontpellier.fr, +33 4 65 81 28 33. Triolet campus, building 6, room 6.02; Monday and Thursday, 10:00–12:00 and 14:00–16:30. The desk is closed from 20 December 2027 to 2 January 2028.
"""

TEXTS["31-digital-skills-certificate-2024.txt"] = """DIGITAL SKILLS CERTIFICATE - 2024-2025
University of Montpellier - Computing services of the faculties

This page applies to the academic year 2024-2025. The digital skills certificate tests how students find information online, work with documents and protect their data.

WHO MUST SIT IT

Students in the third year of a bachelor's degree. Students of BUTs and master's degrees cannot sit it.

ONE SESSION

One exam session in the academic year, from 17 to 21 March 2025. Register by 31 January 2025. There is no resit session: a student who fails or misses the session sits it again the next academic year, for a fee of EUR 15.

THE EXAM

The exam lasts 2 hours and is taken in French only. The score is out of 600, and the certificate is awarded from a score of 250. The certificate is valid for 2 years. No extra time is given.

HOW TO REGISTER

1. Collect the paper registration form from the computing service of your faculty.
2. Have it stamped by the studies secretariat.
3. Hand it in at the computing service with a copy of your student card.

CONTACT

Computing services of the faculties, coordinated by the IT Department
E-mail: faculty-computing@umontpellier.fr
Phone: +33 4 65 81 28 05
Triolet campus, building 6, room 6.11. Tuesday and Friday, 9:00-11:30.
"""

TEXTS["31-digital-skills-certificate-2024.meta.yaml"] = sidecar(
    "Digital skills certificate, 2024-2025 (expired, superseded by the 2027-2028 edition)",
    "https://www.umontpellier.fr/en/study/digital-skills-certificate-2024",
    "students",
    "2025-08-31",
)

TEXTS["10-spider-survey-volunteers.md"] = """---
title: Toiles – counting the spiders of the campuses and the garrigue, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/toiles-spider-survey
audience: students, researchers and staff
language: en
---

# Toiles: counting the spiders of the campuses and the garrigue

More than 1,700 species of spiders live in France, and several hundred of them around Montpellier. Among them are the wasp spider, striped yellow and black, which hangs its large web in tall grass at the end of summer, and the ladybird spider, whose red and black males wander the garrigue in spring. Spiders eat huge numbers of insects, and which species live in a place says a lot about the health of its plants and soil. They are counted in three ways: by beating branches over a white tray, by sweeping the grass with a net, and at night, with a head torch, by the light that the eyes of wolf spiders reflect. Toiles, run by the Student Life Department with an arachnologist of the Faculty of Sciences, trains UM volunteers to survey 8 plots, year after year. In 2027, 26 volunteers recorded 3,100 spiders of 84 species.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the spiders of the garrigue, myths and facts | Tuesday 4 April 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| field training: the beating tray, the sweep net and the identification key | Saturday 15 April or Saturday 22 April 2028, 9:00–16:00 | the garrigue of Grabels, by minibus from the car park of building 37 | 14 per day | €8, for the hand lens and the key you keep |
| plot mornings: beating and sweeping a plot of 20 by 20 metres | Wednesday and Sunday, from 26 April to 28 June 2028, 7:30–10:30 | 8 plots: two on the Triolet campus, one on the Richter campus and five in the garrigue north of Montpellier | 16 | free |
| eyeshine night: finding wolf spiders by the light reflected from their eyes | Friday 19 May and Friday 16 June 2028, 21:30–23:30 | the meadow of the Triolet campus | 20 | free |
| results evening: the spiders of the year and the advice given to the land managers | Thursday 5 October 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Each plot is surveyed by a pair of volunteers, always the same pair during a season, once a week. The minibus leaves at 7:00 from the car park of building 37 for the garrigue plots; the campus plots are reached on foot.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of spiders, and you do not need to like them: the field training and the key teach you the 40 most common species of the plots. Volunteers commit to at least 5 plot mornings between April and June.

## How to join a plot team

Pairs are formed in April. To join one, follow these steps:

1. Come to the introductory talk of 4 April, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Toiles", by 10 April 2028, saying which mornings you are free.
3. Attend one of the two field trainings.
4. Choose your plot and your partner in the app, where the coordinator shows the plots that still need a pair.
5. At your first morning, collect the beating tray, the sweep net, the pooter and the sample tubes from the arachnologist.

## What to bring

Long trousers tucked into your socks, closed shoes, a long-sleeved shirt, a hat, 1.5 litres of water, a smartphone with the survey app, your hand lens and your identification key.

## Rules of the survey

- never pick up a spider with your fingers: use the pooter or a tube
- release every spider where you found it, unless the arachnologist asks you to keep it
- never break a web to photograph it or to get past it
- never lift a stone with bare hands, and put every stone back as it was
- check yourself for ticks after every morning

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend a field training and at least 6 plot mornings can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Are there dangerous spiders? The Mediterranean black widow, black with red spots, lives under stones in the garrigue. It is rare and bites only when it is pressed against the skin; its bite is painful but seldom serious for a healthy adult. No other spider of the plots can harm you.

What if I am bitten? Call 15 at once, stay calm, and note the time of the bite. Never cut the wound. In 2027, no volunteer was bitten.

What about ticks? Remove a tick at once with the tick remover of your kit, and see a doctor if a red ring appears around the bite in the following weeks.

## Contact

Toiles coordinator, Student Life Department: toiles@umontpellier.fr, +33 4 65 82 36 58. Student House, Triolet campus, building 20, room 132; Monday and Friday, 9:30–12:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a summer job and two procedures: lacrosse, repeating a year, the summer jobs at the campsites of the Hérault coast, roundnet, the accordion, the digital skills certificate, netball, watchmaking, the ant survey and the spider survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Les Faucons, Student House | the lacrosse club, its courses, the league teams and the Faucons Sixes | faucons@asso.umontpellier.fr | +33 4 65 82 35 46 | Student House, Triolet campus, building 20, room 216 | Monday and Thursday, 12:30–14:00 |
| International Student Support desk, International Relations Department | international degree students who repeat a year, progress letters and tutors | int-support@umontpellier.fr | +33 4 65 81 27 14 | Triolet campus, building 1, room 1.12 | Monday, Tuesday and Thursday, 9:30–12:30 |
| Student Employment Office, International Relations Department | the summer jobs of the agreement with the Hérault Campsite Federation, the applications and the training | campsite-jobs@umontpellier.fr | +33 4 65 81 27 52 | Triolet campus, building 1, room 1.07 | Monday to Wednesday, 14:00–17:00 |
| Spirale, Student House | the roundnet club, its sessions, official tournaments and the Spirale Open | spirale@asso.umontpellier.fr | +33 4 65 82 35 63 | Student House, Triolet campus, building 20, room 218 | Tuesday, 12:30–14:00 |
| Soufflet, Student House | the accordion club, its courses, the loan of instruments, the monthly bal and the Big Bal | soufflet@asso.umontpellier.fr | +33 4 65 82 35 38 | Student House, Triolet campus, building 20, room 005 | Wednesday, 12:30–14:00 |
| Digital Skills desk, Digital Learning Department | the digital skills certificate, the training platform and the exam sessions | digital-skills@umontpellier.fr | +33 4 65 81 28 33 | Triolet campus, building 6, room 6.02 | Monday and Thursday, 10:00–12:00 and 14:00–16:30 |
| Les Cigales, Sports Department | the netball club, its teams, the fast5 league and the university championship | cigales@umontpellier.fr | +33 4 65 82 47 85 | Triolet campus, building 45, room 45.09 | Tuesday and Friday, 12:30–14:00 |
| L'Échappement, Culture Department | watchmaking courses, the open bench and the exhibition of the year | echappement@umontpellier.fr | +33 4 65 82 53 68 | Triolet campus, building 14, room 14.04 | Monday and Wednesday, 13:30–17:00 |
| Fourmis en Ville coordinator, Student Life Department | the ant survey, the bait rounds and the sorting evenings | fourmis@umontpellier.fr | +33 4 65 82 36 41 | Student House, Triolet campus, building 20, room 128 | Tuesday and Thursday, 14:00–17:00 |
| Toiles coordinator, Student Life Department | the spider survey, the field trainings and the plot mornings | toiles@umontpellier.fr | +33 4 65 82 36 58 | Student House, Triolet campus, building 20, room 132 | Monday and Friday, 9:30–12:00 |

## Useful to know

Activity grant: students with a need-based grant, and international students in financial difficulty, can ask the Student Life Department for an activity grant of up to €80 a year towards the price of a club, a course or a workshop of the Student House, the Sports Department or the Culture Department. The grant is paid directly to the club or the department. Apply in the "Student Life" tile at least 2 weeks before the price is due; the decision comes within 10 working days: activity-grant@umontpellier.fr, +33 4 65 82 36 20, Student House, building 20, room 120.

Students with a disability ask the Disability Support Service for extra time in their exams, the digital skills certificate included, at least 4 weeks before the exam: disability-support@umontpellier.fr, +33 4 65 82 71 05, Triolet campus, building 8, room 012; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 71 36, Triolet campus, building 5, room 018; Monday to Friday, 8:30–17:00. Students who need a medical certificate of fitness for a sport (for the lacrosse or netball licence, for example) can get one free of charge from the doctors of the same service, by appointment: +33 4 65 82 71 48. Staff ask their own doctor.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["40-trento-lacrosse-club-and-roundnet-club.md"] = """---
title: University of Trento – the lacrosse club and the roundnet club
url: https://www.unitn.it/en/student-life/lacrosse-and-roundnet
audience: students and staff
language: en
---

# University of Trento: the lacrosse club and the roundnet club

This page of the University of Trento, in Italy, presents the lacrosse club and the roundnet club of its university sports centre. It applies only to students and staff of the University of Trento, at its campuses in the city and on the hill of Povo, above the Adige valley.

## Lacrosse club

The lacrosse club trains on the grass pitch of the sports centre.

| Rule | University of Trento |
|---|---|
| age | open from 18 years old |
| beginners' course | 10 sessions, €45 |
| membership | €30 a year for students, federation licence included |
| training | Wednesday, 19:00–21:00 |
| selection training | Saturday 6 November 2027 |
| licence and medical certificate | due by 15 November 2027 |
| club tournament | Sunday 14 May 2028, €15 per player |
| credits | 3 ECTS credits for league players |

Contact: lacrosse club, lacrosse@unitn.it, +39 0461 28 15 20.

## Roundnet club

The roundnet club plays in the sports hall of the sports centre, and outdoors in summer.

- the club is open from 18 years old only
- the discovery session takes place on Tuesday 5 October 2027
- membership costs €25 a year for students
- the federation licence costs €30 and is compulsory for every member
- the beginners' sessions cost €35
- the club's open tournament takes place on Saturday 22 April 2028, at €20 per pair
- regular players receive 2 ECTS credits

Contact: roundnet club, roundnet@unitn.it, +39 0461 28 16 40.
"""

TEXTS["41-galway-repeating-a-year-and-accordion-club.md"] = """---
title: University of Galway – repeating a year and the accordion club
url: https://www.universityofgalway.ie/en/study/repeating-a-year-and-accordion
audience: students
language: en
---

# University of Galway: repeating a year and the accordion club

This page of the University of Galway, in Ireland, presents the rules for international degree students who repeat a year and the accordion club of its students' union. It applies only to students of the University of Galway, on its campus by the river Corrib.

## Repeating a year

International degree students who fail their year may be allowed to repeat it.

| Rule | University of Galway |
|---|---|
| number of repeated years | one repeated year in the whole degree |
| modules passed | must all be taken again |
| tuition fees | the full fees of the year, whatever you take again |
| progress letter for the immigration service | sent within 15 working days |
| university scholarship | kept during the repeated year |
| tutoring | not offered |
| deadline to re-enrol | 1 September 2027 |

Contact: international office, repeat-year@universityofgalway.ie, +353 91 49 20 10.

## Accordion club

The accordion club of the students' union plays in the music rooms of the students' union building.

- members must be 18 or over
- the taster evening takes place on Monday 27 September 2027
- membership costs EUR 25 a year for students
- the beginners' course has 8 sessions and costs EUR 70
- the club does not lend instruments: members rent one for EUR 30 a month
- players must read music
- the end-of-year concert takes place on Friday 26 May 2028
- the club gives no ECTS credits

Contact: accordion club, accordion@universityofgalway.ie, +353 91 49 30 30.
"""



if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
