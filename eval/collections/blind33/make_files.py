"""The text of every 'blind33' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-rugby-club-2027.pdf": {
        "title": "Ovalie: the rugby club of UM, 2027-2028",
        "short": "Rugby club at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/ovalie-rugby-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Ovalie rugby club",
        "pages": [
            [
                ("h1", "Ovalie: the rugby club of UM, 2027-2028"),
                (
                    "p",
                    "Rugby union is played by two teams of fifteen who carry and pass an oval ball backwards to "
                    "ground it behind the opponents' line. Rugby sevens is played by seven a side, and touch rugby "
                    "replaces the tackle with a touch of two hands. Ovalie, the rugby club of the Sports Department, trains "
                    "students and staff with two coaches who hold the state coaching diploma for rugby. This guide "
                    "applies to 2027-2028. In 2026-2027, the club had 87 members, 31 of them women.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the oval ball, the pass backwards and a game of touch, without contact", "Thursday 23 September 2027, 18:30–20:30", "the rugby pitch of the Triolet sports grounds, building 44", "free"],
                        ["touch rugby, mixed, without tackles, for every level", "Monday, 12:30–13:45, from 27 September 2027", "the rugby pitch", "included in the membership"],
                        ["training of the women's fifteen and of the men's fifteen", "Tuesday and Friday, 19:00–21:00, from 28 September 2027", "the rugby pitch", "included in the membership"],
                        ["rugby sevens, for the spring tournaments", "Saturday, 10:00–12:00, from 4 March to 27 May 2028", "the synthetic pitch of the Triolet sports grounds", "€15 for the season"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery session takes 50 people, touch rugby 40, each fifteen a squad of 35 and the "
                    "sevens 24. Membership costs €45 for the academic year for students and €70 for staff and "
                    "researchers, insurance and a club shirt included. The licence of the French university "
                    "sports federation, €35, is needed only to play matches. Register from 20 September 2027 in "
                    "the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. Contact rugby, in the fifteens and "
                    "the sevens, starts at 18: younger members play touch rugby only. Staff and researchers train "
                    "with the club but never play university matches.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Boots with moulded or screw-in studs and a water bottle. A mouthguard is compulsory in every "
                    "contact drill and every match: the club sells one for €12, shaped to your teeth in hot water "
                    "at the first session. A scrum cap is allowed but not required.",
                ),
                ("h2", "Playing in the university championship"),
                (
                    "p",
                    "The club enters its two fifteens in the university championship of the Occitanie region, with "
                    "matches on Wednesday afternoons. To play in it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Come to at least 4 training sessions of your fifteen in October.",
                        "Pass the contact induction, on tackling and falling safely, on Saturday 9 October or "
                        "Saturday 16 October 2027, from 9:30 to 12:00, on the rugby pitch.",
                        "Take the licence of the French university sports federation through the club, for €35, "
                        "with a medical certificate of fitness for rugby less than 6 months old, by 22 October 2027.",
                        "Train at least twice a week; after 2 absences in a row without warning, you lose your place in the squad.",
                        "Say in the club's app by the Sunday evening before each match whether you can play; the "
                        "coaches name the 23 players of the match on the Monday.",
                    ],
                ),
                ("h2", "Rules of the sessions"),
                (
                    "bullet",
                    [
                        "no rings, earrings, watches or piercings on the pitch;",
                        "a mouthguard in every contact drill;",
                        "never tackle above the line of the shoulders, and never lift a player off the ground;",
                        "stop at once when a coach whistles;",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["contact inductions", "9 and 16 October 2027", "tackling and falling safely"],
                        ["regional university championship", "November 2027 to March 2028, on Wednesday afternoons", "home and away matches in Occitanie"],
                        ["final phase of the French university championship", "12 to 14 May 2028, in Tarbes", "the 8 best women's and men's fifteens of France"],
                        ["Ovalie Sevens Cup", "3 June 2028, on the synthetic pitch", "the club's sevens tournament, for 16 teams of students"],
                        ["touch rugby on the beach", "17 June 2028, on the beach of Palavas-les-Flots", "a tournament for fun, open to every member"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For regional matches, the club pays the minibus. If a fifteen qualifies "
                    "for the final phase, the club pays the coach, the hotel and the meals; each player pays a "
                    "contribution of €25.",
                ),
                ("h2", "Head knocks"),
                (
                    "p",
                    "A player who takes a blow to the head and shows any sign of concussion, such as a headache or "
                    "dizziness, leaves the pitch at once, sees a doctor within 48 hours and plays again only after "
                    "21 days, with a written note from the doctor.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who play the whole season with a fifteen, the regional championship included, can have "
                    "it recognised as a sport unit worth 2 ECTS credits; students who attend at least 20 sessions of "
                    "touch rugby and play in the Ovalie Sevens Cup, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Ovalie, Sports Department, ovalie@umontpellier.fr, +33 4 65 82 47 62. Triolet campus, "
                    "building 45, room 45.14; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-upholstery-workshop-2027.pdf": {
        "title": "Le Crin: the upholstery workshop of UM, 2027-2028",
        "short": "Upholstery workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/le-crin-upholstery-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Le Crin upholstery workshop",
        "pages": [
            [
                ("h1", "Le Crin: the upholstery workshop of UM, 2027-2028"),
                (
                    "p",
                    "An upholsterer gives an old chair a new seat. In traditional French upholstery, the springs "
                    "are tied by hand with twine, the stuffing is horsehair, which gives the workshop its name, and "
                    "everything is held with tacks; modern upholstery uses foam and staples. Le Crin, the upholstery "
                    "workshop of the Culture Department, is taught by an upholsterer who holds the French vocational "
                    "certificate in upholstery. This guide applies to 2027-2028. In 2026-2027, its members "
                    "re-covered 41 seats and 9 armchairs.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery afternoon: re-cover a stool with foam and fabric, and take it home", "Saturday 23 October 2027 or Saturday 5 February 2028, 14:00–18:00", "the workshop, Triolet campus, building 16, room 16.05", "€20, stool and fabric included"],
                        ["beginners' course: stripping, webbing, foam and top cover, on a chair seat, in 10 sessions", "Monday, 18:00–20:30, from 8 November 2027", "the workshop, room 16.05", "€85, materials included except the top fabric"],
                        ["traditional course: an armchair in the traditional way, with springs, horsehair and calico, in 24 sessions", "Wednesday, 18:00–21:00, from 10 November 2027 to 14 June 2028", "the workshop, room 16.05", "€260, springs, webbing and horsehair included"],
                        ["flea market morning: choosing a chair worth restoring", "Sunday 7 November 2027, 8:00–11:00", "the flea market of the Mosson district", "free"],
                        ["open workshop: the trestles and tools for your own project", "Thursday, 17:00–20:00, from 13 January 2028", "room 16.05", "€5 per evening"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery afternoons take 10 people, the beginners' course 8, the traditional course 7 and "
                    "the flea market morning 12; the open workshop has 6 trestles. Students with a need-based grant "
                    "pay half price; staff and researchers pay €25 more per course. Register from 27 September 2027 "
                    "in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The traditional course is for "
                    "people who have followed the beginners' course, this year or in an earlier year, or who show the "
                    "upholsterer a seat they have upholstered. Stripping an old chair raises a lot of dust: the "
                    "workshop gives dust masks, but if you have asthma, ask your doctor before you register.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Your chair, old clothes and closed shoes. The workshop lends the tack hammers, the rippers and "
                    "the curved needles, and sells tacks and twine at cost. For an armchair, count about 1.5 metres "
                    "of top fabric: the workshop's group order from a fabric merchant in Lyon gives 20% off.",
                ),
                ("h2", "Joining the traditional course"),
                ("p", "The traditional course starts in November and takes the whole year. To join it, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or bring a seat you have upholstered to the upholsterer on any "
                        "Monday in October, from 17:00 to 18:00.",
                        "Bring the frame of your armchair to be checked on Tuesday 19 or Wednesday 20 October 2027, "
                        "from 17:00 to 19:00: frames with woodworm or a broken leg are refused.",
                        "Register in the \"Culture\" tile of your UM account by 27 October 2027 and pay the first "
                        "half of the price, €130.",
                        "Pay the second half, €130, by 31 January 2028, in the same tile.",
                        "Bring your top fabric by 15 March 2028, and take your armchair home after the last session, "
                        "on 14 June 2028.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "keep the tacks in their tin, never in your mouth, even if old upholsterers did;",
                        "point the staple gun at the frame only, never towards a hand;",
                        "wear a dust mask while you strip an old seat;",
                        "sweep your trestle and hang every tool back on the wall before you leave.",
                    ],
                ),
                ("h2", "Tetanus and small wounds"),
                (
                    "p",
                    "Old tacks are rusty: check that your tetanus vaccination is up to date. If you are not sure, "
                    "the doctors of the Student Health Service check it and vaccinate you free of charge, by "
                    "appointment: +33 4 65 82 70 52.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The seats and armchairs of the year are shown in the hall of the Student House from 19 to 23 "
                    "June 2028; the opening is on Monday 19 June at 18:00. Students who finish an armchair in the "
                    "traditional course and show it at the exhibition can have it recognised as a cultural "
                    "engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Le Crin, Culture Department, lecrin@umontpellier.fr, +33 4 65 82 53 47. Triolet "
                    "campus, building 16, room 16.06; Tuesday and Thursday, 13:30–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-glow-worm-survey-volunteers.docx": {
        "title": "Vers Luisants: counting the glow-worms of the campuses and the garrigue – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/vers-luisants-glow-worm-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Vers Luisants: counting the glow-worms of the campuses and the garrigue – volunteer guide 2028"),
            (
                "p",
                "Glow-worms are not worms but beetles. On warm nights in June and July, the wingless females "
                "climb a grass stem and light up the end of their abdomen with a steady greenish glow, to call the "
                "males, which fly above them. The larvae live two years in the grass and eat snails. Glow-worms are "
                "declining wherever their habitat is built on, and wherever street lights are too bright: a male "
                "cannot see a glowing female under a lamp. Vers Luisants, run by the Student Life Department with "
                "an ecologist of the University of Montpellier, trains volunteers to count the glowing females "
                "along fixed routes, year after year, and its results go into a national glow-worm survey and to "
                "the lighting services of the Métropole. In 2027, 29 volunteers walked 41 transects and counted "
                "1,870 glowing females.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff. The night transects are open "
                "from 18 only; the larvae afternoons and the results evening are open from 16, with the written "
                "consent of a parent for volunteers under 18. You need no knowledge of insects, but you must be "
                "at ease walking at night in the countryside. Volunteers commit to walking at least 3 night "
                "transects between 5 June and 28 July 2028.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the life of glow-worms, the protocol and the app, then a first walk", "Thursday 1 June 2028, 20:30–23:30", "Triolet campus, building 15, room 15.08, then the campus meadow", "30"],
                    ["night transect: a route of 400 metres walked slowly with a red light, counting every glowing female", "any evening from 5 June to 28 July 2028, starting 45 minutes after sunset", "12 transects on the Triolet and Richter campuses and in the garrigue north of Montpellier", "2"],
                    ["larvae afternoon: looking for larvae under stones and in the leaf litter", "Saturday 13 May and Saturday 20 May 2028, 14:00–17:00", "the garrigue of Saint-Gély-du-Fesc, by minibus from the car park of building 36", "10"],
                    ["lights-out evening: counting the females of a street before and after its street lights are switched off", "Friday 30 June 2028, 21:30–00:30", "a street of the Hôpitaux-Facultés district, with the lighting services of the Métropole", "16"],
                    ["results evening: the map of the year", "Tuesday 26 September 2028, 18:30–20:30", "the hall of the Student House", "60"],
                ],
            ),
            ("h1", "Walking your first night transect"),
            ("p", "To walk your first night transect, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Vers Luisants\", by 25 May 2028.",
                    "Attend the training evening of 1 June 2028.",
                    "Find a partner, or let the app give you one, and book a transect and an evening in the app.",
                    "Collect your kit from the coordinator: a head torch with a red light, a tally counter, a "
                    "reflective vest and the map of your transect.",
                    "Walk the 400 metres in 20 to 30 minutes, on a dry evening with little wind, count every glowing "
                    "female within 2 metres of the path, and enter the counts in the app the same night.",
                ],
            ),
            ("h1", "Glow or flash?"),
            (
                "p",
                "A glowing female of the common glow-worm is a steady greenish point of light close to the ground, "
                "which does not move and does not blink. Around Montpellier you may also see small lights that "
                "flash while they fly: they are the males of another beetle, a firefly. Count them on a separate "
                "line of the app, never with the glow-worms. When you are not sure, note the place and ask the "
                "coordinator: never guess.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "use only the red light of your head torch on a transect: a white light stops a female glowing;",
                    "never pick up a glow-worm, female or larva;",
                    "always walk in pairs, and tell the coordinator in the app when you start and when you finish;",
                    "stay on the path, and turn back if a storm is coming;",
                    "if you meet wild boar, stand still and let them go their way.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training evening and walk at least 6 night transects can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Vers Luisants coordinator, Student Life Department: versluisants@umontpellier.fr, "
                "+33 4 65 82 36 77. Student House, Triolet campus, building 20, room 126; Monday and Wednesday, "
                "14:00–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-quadball-club.md"] = """---
title: Les Balais d'Oc – the quadball club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/les-balais-d-oc-quadball-club
audience: students, researchers and staff
language: en
---

# Les Balais d'Oc: the quadball club of the Student House

Quadball, the sport once called quidditch, is a mixed contact sport played by two teams of seven on a grass pitch with three hoops at each end. Every player holds a broom, in practice a plastic pipe, between the legs. Chasers score 10 points by throwing the volleyball through a hoop, beaters throw dodgeballs to send opponents back to their own hoops, and after 20 minutes a neutral flag runner comes onto the pitch with a flag hanging from the back of the shorts: the seeker who pulls the flag scores 35 points and ends the game. No team may have more than four players of the same gender on the pitch at once. Les Balais d'Oc is the quadball club of UM students and staff, coached by two former players of the French national team. This page applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 11 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery afternoon: the broom, the hoops and your first goals | Sunday 3 October 2027, 14:00–17:00 | the synthetic pitch of the Triolet sports grounds, building 44 | 1 | free |
| beginners' training: passing, the positions and safe tackling | Wednesday, 18:00–19:30 | the synthetic pitch | 20, from 13 October 2027 | €25 |
| squad training: tactics and full contact, for the competition squad | Saturday, 10:00–12:30 | the synthetic pitch | every week from 16 October 2027 | included in the membership |
| referee course: the rules, the flag runner and the whistle | Thursday, 18:30–20:30 | Student House, building 20, room 214 | 4, from 2 December 2027 | €10 |
| fantasy tournament: mixed teams drawn at random with players from other clubs | Sunday 23 January 2028, 9:30–17:00 | the synthetic pitch | 1 | €8 per player, lunch included |

The discovery afternoon takes 36 players, the beginners' training 30 and the squad 21; the fantasy tournament has 12 teams of 7. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration opens on 22 September 2027 in the "Student House" tile of your UM account.

Membership costs €18 for the academic year for students and €30 for staff and researchers; it includes insurance and the loan of a broom. The licence of the French quadball federation costs €22 and is needed only for the squad, which plays the French championship. Bring football boots with moulded studs (metal studs are not allowed) and a mouthguard.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or over; players under 18 need the written consent of a parent and do not tackle. You need no experience and no knowledge of the books: most members had never held a broom before the discovery afternoon. The squad is for students only.

## How to join the competition squad

The squad plays the French quadball championship, whose final tournament takes place in Angers on 22 and 23 April 2028. To join it, follow these steps:

1. Attend at least 8 beginners' trainings, or show the captains that you have already played quadball in a club.
2. Come to the trial session on Saturday 20 November 2027, from 10:00 to 13:00, on the synthetic pitch.
3. Take the federation licence through the club, for €22, with a medical certificate of fitness for contact sports less than 1 year old, by 10 December 2027.
4. Order the squad jersey, €28, with your name and number, by 15 January 2028.
5. Confirm in the club's app by 15 March 2028 that you can travel to Angers; the captains name the 21 players on 20 March.

## Safety on the pitch

- keep your broom between your legs whenever you touch a ball or an opponent
- tackle only from the front or the side, with one arm, never from behind and never above the shoulders
- when a dodgeball hits you, drop any ball you hold, get off your broom and run back to touch your own hoops
- wear your mouthguard in every contact drill
- stop at once when a referee whistles three times

## Credits

Students who attend at least 20 sessions in the year and play the French championship with the squad can have it recognised as a sport unit worth 1 ECTS credit. Players who finish the referee course and referee 2 games of the fantasy tournament receive the referee certificate of the federation.

## FAQ

Is the club really mixed? Yes: men, women and non-binary players train and play together, and the gender rule of quadball keeps every team mixed.

Are the trainings in French? The coaches explain in French and in English, and the calls of the game are in English everywhere.

## Contact

Les Balais d'Oc, Student House: balaisdoc@asso.umontpellier.fr, +33 4 65 82 35 81. Triolet campus, building 20, room 214; Tuesday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-cancelling-your-enrolment.html"] = html_page(
    "Leaving UM during the year: cancelling your enrolment – FAQ for international students",
    "How international degree students who stop their studies during the year cancel their enrolment at UM: refunds, residence permit, scholarship, housing, steps and contact.",
    "https://www.umontpellier.fr/en/international/cancelling-your-enrolment-faq",
    "/fr/international/annulation-inscription-faq",
    """    <h1>Leaving UM during the year: cancelling your enrolment – FAQ for international students</h1>
    <p>Every year, some international students enrolled in a degree at UM decide to stop before the end of the academic year: the programme does not suit them, a relative falls ill, money runs out, or they are offered a place elsewhere. They can cancel their enrolment. The International Students Enrolment desk of the Schooling Department handles the cancellations of international students enrolled in a bachelor's degree, a BUT or a master's degree, and tells them what a cancellation changes for their fees, their residence permit and their scholarship. This FAQ applies to the academic year 2027-2028. In 2026-2027, 230 international students cancelled their enrolment, 60% of them before the end of the first semester.</p>

    <h2>Will I get my tuition fees back?</h2>
    <p>It depends on the date of your request:</p>
    <table>
      <thead>
        <tr><th>Request made</th><th>Tuition fees</th><th>Proof</th></tr>
      </thead>
      <tbody>
        <tr><td>by 15 October 2027</td><td>refunded in full, less €30 of administrative costs</td><td>none</td></tr>
        <tr><td>from 16 October to 30 November 2027</td><td>half refunded</td><td>none</td></tr>
        <tr><td>from 1 December 2027</td><td>not refunded, except after a serious illness, an accident or the death of a close relative</td><td>a medical certificate or a death certificate, examined by the refund committee</td></tr>
      </tbody>
    </table>
    <p>The refund committee meets on the first Monday of each month. Refunds are paid within 8 weeks of the decision, by transfer to an account in your name. The student and campus life contribution (CVEC) is not refunded by UM.</p>

    <h2>What happens to my residence permit?</h2>
    <p>Your visa or residence permit was issued for your studies. Once your cancellation is registered, the desk must inform the prefecture of the Hérault within 1 month. Before your permit runs out, you must leave France or apply for a permit on another ground. If you enrol in another French university or school, give its certificate of enrolment to the prefecture yourself.</p>

    <h2>Can I cancel just one semester?</h2>
    <p>No. A cancellation ends your enrolment for the whole academic year 2027-2028. The credits of a semester you have already passed stay on your transcript, and you can ask for a transcript of them when you cancel.</p>

    <h2>How do I cancel my enrolment?</h2>
    <p>Cancellations are made online, in five steps:</p>
    <ol>
      <li>Talk to the head of your programme first: a change of group, of programme or of timetable is sometimes enough.</li>
      <li>In the "Schooling" tile of your UM account, open "Cancel my enrolment" and choose your reason.</li>
      <li>Upload the cancellation form signed by the head of your programme and, if you are owed a refund, the bank details of an account in your name.</li>
      <li>Hand your student card in at the desk, or declare it lost in the same tile.</li>
      <li>Download the certificate of cancellation, sent to you by e-mail within 10 working days; keep it for the prefecture and for your scholarship funder.</li>
    </ol>

    <h2>Do I keep my scholarship?</h2>
    <p>A UM scholarship for international students stops at the end of the month in which you cancel; any monthly payment received after that must be paid back. A scholarship of your government or of another funder depends on that funder: tell it before you cancel.</p>

    <h2>I live in a university residence. Who tells the CROUS?</h2>
    <p>You do. Give the CROUS notice in writing 1 month before you leave your room: UM does not do it for you.</p>

    <h2>Can I come back to UM later?</h2>
    <p>Yes. You apply again, like any other applicant, for 2028-2029 or a later year. A cancelled year does not count as a failed year.</p>

    <h2>I am an exchange student. Is this page for me?</h2>
    <p>No. Exchange students who end their exchange early ask the international relations officer of their faculty.</p>

    <h2>Whom do I contact?</h2>
    <p>International Students Enrolment desk, Schooling Department: int-enrolment@umontpellier.fr, +33 4 65 81 26 48. Triolet campus, building 2, room 2.15; Monday, Wednesday and Friday, 9:00–12:00.</p>
""",
    [
        '<a href="/en/international/residence-permits">Residence permits</a>',
        '<a href="/en/study/enrolment">Enrolment at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Schooling Department is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-cancelling-your-enrolment.meta.yaml"] = sidecar(
    "Leaving UM during the year: cancelling your enrolment – FAQ for international students",
    "https://www.umontpellier.fr/en/international/cancelling-your-enrolment-faq",
    "international students",
)

TEXTS["03-international-students-as-summer-leisure-centre-leaders-2028.md"] = """---
title: International students as summer leaders at the leisure centres of the City of Montpellier, 2028
url: https://www.umontpellier.fr/en/international/campus-life/summer-leisure-centre-leaders
audience: international students
language: en
---

# International students as summer leaders at the city's leisure centres

While the schools are closed in July and August, the leisure centres of the City of Montpellier welcome about 4,000 children aged 3 to 12 every day, and they need extra leaders. At the same time, many international students stay in Montpellier for the summer and look for a job. Since 2026, an agreement between the University of Montpellier and the Education and Youth Department of the City of Montpellier offers international students summer jobs as assistant leaders: besides the usual activities, each of them runs a "language discovery" workshop, in which the children learn songs, games and words from the student's country. The Student Jobs and Volunteering Office of the International Relations Department recruits and prepares the students. This page applies to the summer of 2028, from Thursday 6 July to Friday 25 August 2028. In 2027, 64 students worked in 21 leisure centres.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €68 gross a day, paid by the City at the end of each month |
| training | the theory course of the BAFA, the French certificate for leaders of children's holiday activities, 8 days, paid by the City for students who work at least 3 weeks |
| meals | lunch with the children at the centre, free |
| transport | a tram and bus pass of the Métropole for the weeks of your contract, free |
| clothing | 2 T-shirts and a cap of the City's leisure centres |
| credits | 1 ECTS credit, as a student engagement unit, for students who work at least 4 weeks and write a report of 3 pages |
| certificate | a certificate of work from the City, with the centres and the weeks, which counts as the practical period of the BAFA |

Leaders work from Monday to Friday, from 8:15 to 17:45, with a break of 1 hour, and never on the public holidays of 14 July and 15 August. A leader is in charge of 8 children under 6, or of 12 children aged 6 or over, with the director of the centre and the City's permanent leaders. The City needs 90 students in 2028. Contracts are educational engagement contracts of 2 to 7 weeks, signed with the City, which is your employer: UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students who stay for the summer included, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. You need a level of French of at least B1, since the children and their parents speak French, and you must be free for at least 2 weeks in a row. Because you will work with children, the City asks for an extract of your criminal record from your home country, less than 3 months old and translated into French. Staff cannot apply under this agreement, and French students apply directly to the City.

## How to get a summer job

An information meeting takes place on Thursday 9 March 2028 at 12:30 in the hall of the Student House. To get a summer job, follow these steps:

1. Apply in the "International" tile of your UM account by 7 April 2028, giving the weeks in which you are free and a letter of half a page in French.
2. Attend a group interview at the Education and Youth Department of the City, on 12 or 13 April 2028.
3. Follow the 8 days of the BAFA theory course, from Saturday 22 to Saturday 29 April 2028, at a leisure centre of the City.
4. Sign your contract and give the City your criminal record extract, your residence permit and your social security number by 2 June 2028.
5. Spend the preparation day with the team of your centre on Wednesday 5 July 2028; it is paid like a working day.

## Rules with the children

- never stay alone with a child out of sight of the other adults
- never take photos or videos of the children, and never post any
- never give a child a medicine or food from outside: the director holds the list of allergies
- count the children before every departure and after every return
- tell the director of the centre the same day about any fall, fight or worry

## FAQ

Can I choose my centre? You give three districts of Montpellier when you apply, and the City places you in one of them when it can.

What if I am ill? Call the director of your centre before 8:00, and send a sick note within 48 hours. Days of sick leave are not paid by the City, but your social security may pay part of them.

What about the heat? During a heat alert, the centres keep the children indoors or in the shade from 12:00 to 16:00, and outings are moved to the morning.

## Contact

Student Jobs and Volunteering Office, International Relations Department: summer-leaders@umontpellier.fr, +33 4 65 81 27 36. Triolet campus, building 1, room 1.05; Tuesday to Thursday, 14:00–17:00. The office passes questions about your contract and your pay on to the City.
"""

TEXTS["04-faq-water-polo-club.html"] = html_page(
    "Hippocampe, the water polo club: FAQ",
    "Hippocampe: the discovery session, the learners' group, the teams, the swimming fitness session and the Hippocampe Trophy.",
    "https://www.umontpellier.fr/en/campus-life/student-house/water-polo-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-water-polo-faq",
    """    <h1>Hippocampe, the water polo club: FAQ</h1>
    <p>Water polo is played in deep water by two teams of seven, six field players and a goalkeeper, who swim with the ball, pass it with one hand and shoot it into a floating goal. Field players may never touch the bottom or the side of the pool, and they stay up by treading water with the "eggbeater" kick for the whole match, which makes water polo one of the most demanding team sports there is. "Hippocampe" is the water polo club of the Student House. Its members train in the 25-metre pool of the Triolet sports complex with a coach who holds the state diploma for teaching swimming. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 46 members from 13 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: treading water, passes and a short match</td><td>Friday 1 October 2027, 20:00–21:30</td><td>the 25-metre pool, Triolet sports complex, building 46</td><td>free</td></tr>
        <tr><td>learners' group: the eggbeater kick, handling the ball and swimming with it, in 16 sessions</td><td>Tuesday, 20:30–22:00, from 12 October 2027</td><td>the 25-metre pool</td><td>€35</td></tr>
        <tr><td>team training, women's team and men's team</td><td>Monday and Thursday, 20:30–22:00, from 4 October 2027</td><td>the 25-metre pool</td><td>included in the membership</td></tr>
        <tr><td>swimming fitness: lengths, sprints and turns</td><td>Saturday, 9:00–10:30, from 9 October 2027</td><td>the 25-metre pool</td><td>included in the membership</td></tr>
        <tr><td>the "Hippocampe Trophy": a tournament of 8 university teams</td><td>Saturday 18 March 2028, 13:00–20:00</td><td>the 25-metre pool</td><td>free for spectators, €60 per team for visiting clubs</td></tr>
      </tbody>
    </table>
    <p>Membership costs €50 for the academic year for students and €80 for staff and researchers; it includes insurance and the loan of a cap with ear guards. The licence of the French swimming federation, €38, is needed only to play matches and is taken through the club. The discovery session takes 24 people, the learners' group 20 and each team 15; the stands of the pool seat 120 spectators for the Hippocampe Trophy.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience of water polo, but you must be able to swim 200 metres without stopping and to tread water for 2 minutes: the coach checks it at your first session. The matches of the university championship are for students only.</p>

    <h2>What do I wear?</h2>
    <p>A close-fitting swimsuit: swimming shorts and board shorts are not allowed in the pool. Many players wear a second swimsuit over the first, because opponents grab it. The club lends the caps, whose ear guards protect your ears from the ball. Goggles are allowed in the learners' group and at swimming fitness, never in a match.</p>

    <h2>How do I get into the team?</h2>
    <p>Playing matches is not compulsory. If you want to play in the university championship, proceed as follows:</p>
    <ol>
      <li>Pass the swimming test at your first session: 200 metres without stopping and 2 minutes of treading water.</li>
      <li>Attend at least 10 sessions of the learners' group, or show the coach that you have already played in a club.</li>
      <li>Take the licence of the French swimming federation through the club, €38, by 5 November 2027, with the health questionnaire of the federation or, if you answer yes to any of its questions, a medical certificate.</li>
      <li>Come to team training at least twice a week.</li>
      <li>Tell the coach in the club's group chat by noon on the Wednesday before each Saturday match whether you can play; the coach picks the 13 players of the match.</li>
    </ol>

    <h2>What are the rules at the pool?</h2>
    <ul>
      <li>shower before you get into the water;</li>
      <li>nails cut short, and no rings, earrings, watches or necklaces in the water;</li>
      <li>never hold an opponent under water, even for fun;</li>
      <li>no food and no glass bottles on the side of the pool;</li>
      <li>get out of the water at once when the lifeguard blows the whistle three times.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>A lifeguard watches every session, and the first aid room is next to the changing rooms. Most injuries in water polo are scratches and blows to the face or the ears: tell the coach at once. After a blow to an ear that leaves it painful or bleeding, stay out of the water until a doctor has seen it.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who play the whole season with a team can have it recognised as a sport unit worth 2 ECTS credits; students who attend at least 24 sessions of the learners' group and help to run the Hippocampe Trophy, 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Hippocampe, Student House: hippocampe@asso.umontpellier.fr, +33 4 65 82 35 92. Triolet campus, building 20, room 212; Wednesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 20 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-water-polo-club.meta.yaml"] = sidecar(
    "Hippocampe, the water polo club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/water-polo-club-faq",
    "students, researchers and staff",
)

TEXTS["05-taiko-club.txt"] = """KODAMA: THE TAIKO DRUMMING CLUB - 2027-2028
University of Montpellier - Student House

Taiko is the art of the Japanese drums: players stand in a group, strike large drums with thick wooden sticks called bachi, and move and shout together as they play, so that a piece is as much a dance as a rhythm. Kodama, named after the spirits of the trees whose echo answers the drums, is the taiko association of UM students and staff. A teacher who played for four years with a group in Osaka leads the sessions. The association owns 14 drums: 10 medium drums on slanted stands, 3 small high-pitched drums and 1 large drum. It plays in the soundproofed music room of the Student House. In 2026-2027 the association had 34 members from 12 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities:

taster evening: the stance, the grip of the bachi and a first rhythm together, on Thursday 30 September 2027 from 19:00 to 21:00
beginners' course: posture, the basic strokes and the three basic rhythms, 15 sessions on Mondays from 19:00 to 20:30, from 4 October 2027
ensemble: the pieces of the repertoire, for players who know the basic rhythms, on Wednesdays from 19:30 to 21:30, from 6 October 2027
bamboo flute workshop: the transverse flute that leads many taiko pieces, 6 sessions on Saturdays from 10:00 to 11:30, from 15 January 2028
open practice: anyone may come and play, on the last Sunday of each month from 15:00 to 17:00, from 31 October 2027
Kodama Matsuri: the end-of-year concert, on Saturday 10 June 2028 at 19:00, on the lawn of the Student House

The general meeting of the association, where the year's programme is voted, takes place on Tuesday 12 October 2027 at 18:30 in room 003 of the Student House.

MEMBERSHIP, COURSES AND BACHI

Membership costs EUR 12 for the academic year for students and EUR 25 for staff and researchers; it includes insurance. The beginners' course costs EUR 45 for the fifteen sessions, the ensemble EUR 40 per semester and the flute workshop EUR 20, with a flute lent for the six sessions. Students with a need-based grant pay half price for the courses. The beginners' course takes 16 players, since each needs a drum, the ensemble 14 and the flute workshop 8.

The association lends bachi for the taster evening and the first 4 sessions of the beginners' course; after that, players buy their own pair, which costs EUR 18 through the association's group order. Foam earplugs are compulsory at every session and are given free at the door. Players play barefoot or in socks: no shoes on the floor of the music room.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY IN KODAMA MATSURI?

1. Be a member and follow the beginners' course or the ensemble all year, missing at most 4 sessions.
2. Tell the teacher by 28 February 2028 whether you will play the beginners' piece or a piece of the ensemble.
3. Attend the three Sunday rehearsals, on 14, 21 and 28 May 2028, from 14:00 to 17:00.
4. Collect your happi, the short cotton jacket of the group, and your headband from the association on 28 May: both are lent, and you bring black trousers.
5. On the day of the concert, be on the lawn at 15:00 to carry the drums out, and at 17:30 for the warm-up.

RULES OF THE MUSIC ROOM

Earplugs in from the first stroke to the last. Never step over a drum: walk around it. Strike the skin, never the metal rim or the wooden body with full force. Water only, in a closed bottle, and never on a drum. At the end of each session, put the drums back on their stands and cover them. The music room closes at 22:00.

KODAMA MATSURI

On Saturday 10 June 2028 at 19:00, the players of the year give Kodama Matsuri on the lawn of the Student House, or in its theatre if it rains. The concert is free and open to all, with room for 300 people on the lawn.

CREDITS

Students who follow a course all year and play in Kodama Matsuri can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Kodama, Student House
E-mail: kodama@asso.umontpellier.fr
Phone: +33 4 65 82 35 27
Student House, Triolet campus, building 20, room 003. Friday, 12:30-14:00.
"""

TEXTS["05-taiko-club.meta.yaml"] = sidecar(
    "Kodama, the taiko drumming club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/kodama-taiko",
    "students, researchers and staff",
)

TEXTS["06-special-study-arrangements-2027.md"] = """---
title: Special study arrangements for working students, student parents and carers, 2027-2028
url: https://www.umontpellier.fr/en/study/special-study-arrangements
audience: students
language: en
valid_until: 2028-09-30
---

# Special study arrangements for working students, student parents and carers, 2027-2028

Some students cannot attend every class because they work to pay for their studies, raise a child or look after a sick relative. The special study arrangements allow them to follow their degree on adapted terms, set out in a study contract signed with the director of studies of their year. The Special Arrangements desk of the Schooling Department runs the procedure for all the faculties. This page applies to the academic year 2027-2028, for the students of bachelor's degrees, BUTs and master's degrees, international and exchange students included. In 2026-2027, 1,450 students had special arrangements, 38% of them international students.

## Who can ask, and with what proof

| Situation | Proof to upload |
|---|---|
| you work at least 10 hours a week, or at least 120 hours in the semester | your employment contract and your last 2 payslips |
| you raise a child under 12 | the birth certificate of the child |
| you look after a relative with a disability or a long illness | a certificate of the relative's doctor |
| you do a civic service of at least 24 hours a week | your civic service contract |

International students may work up to the hours their residence permit allows: a job within those hours counts like any other.

Students with a disability do not use this procedure: their exam arrangements are decided with the Disability Support Service.

## What the arrangements can give you

- an exemption from attendance at tutorials, module by module
- the final exam only, instead of continuous assessment, in the modules of your choice
- priority for the tutorial groups that fit your working hours
- 7 more days to hand in written work, when the lecturer gives a deadline

Attendance at practicals and lab sessions stays compulsory: the director of studies can move you to an evening group where there is one. The arrangements give no extra time in exams. A student who misses a final exam sits the resit session, like every other student.

## Deadlines

Ask by 15 October 2027 for the autumn semester or for the whole year, and by 15 February 2028 for the spring semester. If your situation changes during a semester, a new job or a birth for example, ask within 15 days of the change. The director of studies decides within 3 weeks. The arrangements last one semester or the whole year, as you asked, and must be asked for again every academic year.

## How to ask

To obtain special study arrangements, follow these steps:

1. Open the "Schooling" tile of your UM account, then "Special arrangements", and choose your situation.
2. Upload the proof asked for in the table above, by the deadline of the semester.
3. Meet the director of studies of your year, who draws up your study contract with you, module by module.
4. Sign the study contract in the same tile; it is sent to the lecturers of your modules.
5. Show the signed contract to the lecturer of each tutorial at the first session after the decision.

## FAQ

Can I go back to continuous assessment in the middle of a semester? No. The choice made in the study contract holds for the whole semester.

Will the arrangements appear on my transcript or my diploma? No. Nothing on your transcript or diploma shows that you studied under special arrangements.

I am an exchange student. Does the study contract change my learning agreement? No. The contract changes how you follow a module, not which modules you take.

## Contact

Special Arrangements desk, Schooling Department: special-arrangements@umontpellier.fr, +33 4 65 81 26 57. Triolet campus, building 2, room 2.11; Tuesday and Thursday, 9:00–12:00 and 14:00–16:00. The desk is closed from 20 December 2027 to 2 January 2028.
"""

TEXTS["10-reptile-survey-volunteers.md"] = """---
title: Écailles – counting the lizards and snakes of the campuses and the garrigue, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/ecailles-reptile-survey
audience: students, researchers and staff
language: en
---

# Écailles: counting the lizards and snakes of the campuses and the garrigue

About 20 species of reptiles live around Montpellier. Among them are the ocellated lizard, the largest lizard of Europe, green with blue spots, and the Montpellier snake, named after the city, which can grow to 2 metres but flees as soon as it feels a step. Reptiles are declining wherever the garrigue is built on or closes into woodland, and many are killed on the roads. Because they hide most of the time, they are counted with refuge boards: squares of roofing sheet laid on the ground, under which lizards and snakes come to shelter and to warm up. Écailles, run by the Student Life Department with a herpetologist of the Faculty of Sciences, trains UM volunteers to lift and check 60 refuge boards on 6 sites, year after year. In 2027, 22 volunteers recorded 740 reptiles of 11 species.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the reptiles of the garrigue, myths and facts | Tuesday 14 March 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| field training: lifting a board, naming what is under it, recording it | Saturday 25 March or Saturday 1 April 2028, 9:00–15:00 | the garrigue of Saint-Gély-du-Fesc, by minibus from the car park of building 39 | 16 per day | €5, for the identification booklet you keep |
| board rounds: checking the 10 boards of a site | Tuesday and Saturday, from 4 April to 1 July 2028, 8:00–11:00 | 6 sites: the meadow of the Triolet campus, the Richter campus and four garrigue sites north of Montpellier | 24 | free |
| wall lizard morning: photographing the lizards of the old walls, to tell them apart by their spots | Sunday 21 May 2028, 9:00–12:00 | the Jardin des Plantes | 12 | free |
| results evening: the reptiles of the year and the advice given to the land managers | Thursday 28 September 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Each site is checked by a pair of volunteers, always the same pair during a season, once a week. The minibus leaves at 7:30 from the car park of building 39 for the garrigue sites; the Triolet and Richter sites are reached on foot.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of reptiles: the field training and the booklet teach you the 11 species of the sites. No volunteer ever handles a reptile, whatever their age: only the herpetologist holds the permit to do so. Volunteers commit to at least 4 board rounds between April and June.

## How to join a site team

Pairs are formed in March. To join one, follow these steps:

1. Come to the introductory talk of 14 March, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Écailles", by 20 March 2028, saying which mornings you are free.
3. Attend one of the two field trainings.
4. Choose your site and your partner in the app, where the coordinator shows the sites that still need a pair.
5. At your first round, collect the board hook, the site map and the recording sheets from the herpetologist.

## What to bring

Closed walking shoes, never sandals, long trousers, a hat, 1 litre of water, a smartphone with the survey app, your identification booklet and the board hook.

## Rules of the survey

- lift each board with the hook, by its far edge first, so that the board stays between you and what is under it
- put each board back gently, exactly where it was, and never move a board to another place
- never touch, catch or corner a reptile: count it and photograph it from 2 metres
- if you see a viper, step back slowly, note it and let it go
- no dogs on the sites, even on a lead

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend a field training and at least 6 board rounds can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Are there dangerous snakes? The asp viper, the only venomous snake of the sites, is rare and shy, and bites only when it is trodden on or handled. The Montpellier snake is harmless to people who leave it alone.

What if I am bitten? Call 15 at once, stay calm and still, and take off your rings and your watch. Never cut or suck the wound. In 2027, no volunteer was bitten.

What if it is cold? Reptiles stay hidden below 12°C and in the rain: the coordinator cancels a round by 20:00 the evening before.

## Contact

Écailles coordinator, Student Life Department: ecailles@umontpellier.fr, +33 4 65 82 36 95. Student House, Triolet campus, building 20, room 130; Tuesday and Friday, 9:30–12:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a summer job and two procedures: quadball, cancelling an enrolment, the summer jobs at the leisure centres of the City of Montpellier, water polo, taiko, the special study arrangements, rugby, upholstery, the glow-worm survey and the reptile survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Les Balais d'Oc, Student House | the quadball club, its trainings, the competition squad, the referee course and the fantasy tournament | balaisdoc@asso.umontpellier.fr | +33 4 65 82 35 81 | Student House, Triolet campus, building 20, room 214 | Tuesday and Thursday, 12:30–14:00 |
| International Students Enrolment desk, Schooling Department | cancellations of enrolment by international degree students, refunds of tuition fees and certificates of cancellation | int-enrolment@umontpellier.fr | +33 4 65 81 26 48 | Triolet campus, building 2, room 2.15 | Monday, Wednesday and Friday, 9:00–12:00 |
| Student Jobs and Volunteering Office, International Relations Department | the summer jobs of the agreement with the City of Montpellier, the applications, the BAFA theory course and the credits | summer-leaders@umontpellier.fr | +33 4 65 81 27 36 | Triolet campus, building 1, room 1.05 | Tuesday to Thursday, 14:00–17:00 |
| Hippocampe, Student House | the water polo club, the learners' group, the teams and the Hippocampe Trophy | hippocampe@asso.umontpellier.fr | +33 4 65 82 35 92 | Student House, Triolet campus, building 20, room 212 | Wednesday, 12:30–14:00 |
| Kodama, Student House | the taiko club, its courses, the bamboo flute workshop, the open practice and Kodama Matsuri | kodama@asso.umontpellier.fr | +33 4 65 82 35 27 | Student House, Triolet campus, building 20, room 003 | Friday, 12:30–14:00 |
| Special Arrangements desk, Schooling Department | special study arrangements for working students, student parents and carers, and study contracts | special-arrangements@umontpellier.fr | +33 4 65 81 26 57 | Triolet campus, building 2, room 2.11 | Tuesday and Thursday, 9:00–12:00 and 14:00–16:00 |
| Ovalie, Sports Department | the rugby club, its fifteens, touch rugby, the sevens and the university championship | ovalie@umontpellier.fr | +33 4 65 82 47 62 | Triolet campus, building 45, room 45.14 | Monday and Thursday, 12:30–14:00 |
| Le Crin, Culture Department | upholstery courses, the flea market morning, the open workshop and the exhibition of the year | lecrin@umontpellier.fr | +33 4 65 82 53 47 | Triolet campus, building 16, room 16.06 | Tuesday and Thursday, 13:30–17:00 |
| Vers Luisants coordinator, Student Life Department | the glow-worm survey, the night transects and the larvae afternoons | versluisants@umontpellier.fr | +33 4 65 82 36 77 | Student House, Triolet campus, building 20, room 126 | Monday and Wednesday, 14:00–17:00 |
| Écailles coordinator, Student Life Department | the reptile survey, the field trainings and the board rounds | ecailles@umontpellier.fr | +33 4 65 82 36 95 | Student House, Triolet campus, building 20, room 130 | Tuesday and Friday, 9:30–12:00 |

## Useful to know

Student parents: the university nursery on the Triolet campus keeps 12 places for the children of students aged 10 weeks to 3 years, open Monday to Friday from 7:30 to 19:00. Apply by 31 May for the next academic year: nursery@umontpellier.fr, +33 4 65 82 71 15, building 7.

Students with a disability ask the Disability Support Service for their exam arrangements at least 6 weeks before the exams: disability-support@umontpellier.fr, +33 4 65 82 70 23, Triolet campus, building 8, room 008; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 70 81, Triolet campus, building 5, room 014; Monday to Friday, 8:30–17:00. Students who need a medical certificate of fitness for a sport (for the quadball or rugby licence, for example) can get one free of charge from the doctors of the same service, by appointment: +33 4 65 82 70 52. Staff ask their own doctor.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

Volunteers of the night transects can call the UM security post, which answers 24 hours a day, every day of the year: +33 4 65 82 99 47.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-special-study-arrangements-2024.txt"] = """SPECIAL STUDY ARRANGEMENTS FOR WORKING STUDENTS - 2024-2025
University of Montpellier - Faculty studies secretariats

This page applies to the academic year 2024-2025.

WHO CAN ASK

Students who work at least 15 hours a week, with an employment contract covering the whole academic year. Students who raise a child can also ask, with the birth certificate of the child. Carers and students in civic service are not covered.

WHEN TO ASK

One request for the whole academic year, by 30 September 2024. No request can be made for the spring semester alone, and no request is examined after the deadline, even if your situation changes.

The dean of the faculty gives the decision within 2 months.

WHAT THE ARRANGEMENTS GIVE

An exemption from attendance at tutorials, in every module of the year. The final exam only, in every module of the year: continuous assessment cannot be kept in some modules and not in others.

Students under special arrangements cannot sit the resit session: a missed final exam is marked zero.

HOW TO ASK

1. Collect the paper request form from the studies secretariat of your faculty.
2. Have it signed by your employer.
3. Hand it in at the studies secretariat with a copy of your employment contract and of your student card.

CONTACT

Studies secretariats of the faculties, coordinated by the Schooling Department
E-mail: studies-secretariat@umontpellier.fr
Phone: +33 4 65 81 26 09
Triolet campus, building 2, room 2.19. Monday and Thursday, 9:00-11:30.
"""

TEXTS["31-special-study-arrangements-2024.meta.yaml"] = sidecar(
    "Special study arrangements for working students, 2024-2025 (expired, superseded by the 2027-2028 edition)",
    "https://www.umontpellier.fr/en/study/special-study-arrangements-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-groningen-quadball-club-and-water-polo-club.md"] = """---
title: University of Groningen – the quadball club and the water polo club
url: https://www.rug.nl/en/student-life/quadball-and-water-polo
audience: students and staff
language: en
---

# University of Groningen: the quadball club and the water polo club

This page of the University of Groningen, in the Netherlands, presents the quadball club and the water polo club of its university sports centre. It applies only to students and staff of the University of Groningen, at its campuses in the city centre and at Zernike.

## Quadball club

The quadball club trains on the grass pitches of the sports centre at Zernike.

| Rule | University of Groningen |
|---|---|
| age | open from 18 years old |
| beginners' course | 12 sessions, €40 |
| membership | €35 a year for students, federation licence included |
| training | Thursday, 19:00–21:00 |
| trial session | Saturday 6 November 2027 |
| licence and medical certificate | due by 1 November 2027 |
| club tournament | Saturday 13 May 2028, €12 per player |
| credits | no ECTS credits |

Contact: quadball club, quadball@rug.nl, +31 50 363 81 20.

## Water polo club

The water polo club trains in the 50-metre pool of the sports centre at Zernike.

- the club is open from 18 years old only
- the discovery session takes place on Wednesday 29 September 2027
- membership costs €65 a year for students, with the federation licence
- new members must swim 100 metres and tread water for 1 minute
- the learners' group has 10 sessions and costs €45
- the club's tournament takes place on Sunday 9 April 2028
- team players receive 3 ECTS credits

Contact: water polo club, waterpolo@rug.nl, +31 50 363 82 40.
"""

TEXTS["41-turku-cancelling-enrolment-and-taiko-club.md"] = """---
title: University of Turku – cancelling your enrolment and the taiko club
url: https://www.utu.fi/en/study/cancelling-enrolment-and-taiko
audience: students
language: en
---

# University of Turku: cancelling your enrolment and the taiko club

This page of the University of Turku, in Finland, presents the cancellation of an enrolment by international degree students and the taiko club of its student union. It applies only to students of the University of Turku, on its campus in the city of Turku, by the Aura river.

## Cancelling your enrolment

International degree students who stop their studies during the academic year can cancel their enrolment.

| Rule | University of Turku |
|---|---|
| full refund of tuition fees | if you cancel by 31 August 2027 |
| administrative fee | €50 |
| refund after the start of the semester | none, whatever the reason |
| cancelling one semester only | possible, for the spring semester |
| informing the immigration service | within 2 weeks, by the university |
| certificate of cancellation | sent within 20 working days |
| applying again | not before 2 academic years |

Contact: student services, cancel-enrolment@utu.fi, +358 29 450 40 10.

## Taiko club

The taiko club of the student union plays in the music rooms of the student union building.

- members must be 18 or over
- the taster evening takes place on Monday 20 September 2027
- membership costs EUR 20 a year for students
- the beginners' course has 10 sessions and costs EUR 60
- the club lends bachi to every member all year
- earplugs are recommended but not compulsory
- the end-of-year concert takes place on Friday 26 May 2028
- the club gives no ECTS credits

Contact: taiko club, taiko@utu.fi, +358 29 450 60 30.
"""



if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
