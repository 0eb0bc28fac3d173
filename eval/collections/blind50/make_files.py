"""The text of every 'blind50' document; run this to rebuild corpus/ (see ../collection_tools.py).

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

PDFS["07-pole-fitness-club-2027.pdf"] = {
    "title": "Vertige: the pole fitness club of UM, 2027-2028",
    "short": "Pole fitness club",
    "url": "https://www.umontpellier.fr/en/campus-life/sport/vertige-pole-fitness-club-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Vertige pole fitness club",
    "pages": [
        [
            ("h1", "Vertige: the pole fitness club of UM, 2027-2028"),
            (
                "p",
                "Pole fitness is a sport and an art performed on a vertical steel pole, usually 45 "
                "millimetres wide and about 3.5 metres high. Dancers climb the pole, spin around it, hold "
                "poses with their legs and turn upside down, in what is called an invert. Vertige (French for dizziness) is the pole fitness club of the Sports "
                "Department. It trains in the pole room of the gymnasium, building 47, room 47.02, which "
                "has 8 poles and crash mats. This guide applies to "
                "2027-2028. In 2026-2027, the club had 44 members, a quarter of them men.",
            ),
            ("h2", "What the club offers in 2027-2028"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["taster class: your first spins and a pole sit", "Friday 24 September 2027, 18:00–19:30", "the pole room", "€4"],
                    ["beginners' course: the basic spins, the climb, the pole sit and a first routine, in 8 sessions", "Tuesday, 19:00–20:15, from 5 October to 30 November 2027, with no session on 26 October", "the pole room", "€32 for the 8 sessions"],
                    ["club training: level groups, then free practice", "Thursday, 18:00–20:00, every week from 7 October 2027", "the pole room", "included in the membership"],
                    ["flexibility class: splits, back bends and shoulder mobility", "Saturday, 10:00–11:00, from 8 January to 25 March 2028", "room 47.05 of the gymnasium", "€2 per class"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "The taster class takes 16 people, two per pole, the beginners' course 16 and the "
                "flexibility class 20. Membership costs €28 for the academic year for "
                "students and €45 for staff and researchers; it includes insurance and the use of the "
                "poles and the crash mats. A bottle of grip aid costs €11 "
                "at the club's desk. Register from 13 September 2027 in the \"Sport\" tile of your UM "
                "account.",
            ),
        ],
        [
            ("h2", "Who can join?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                "16 or over; members under 18 need the written consent of a parent. The club is open to "
                "everyone, whatever their gender or size. You need no experience and no particular "
                "strength or flexibility: both come with training, and nobody is asked to turn upside down "
                "before the coach says they are ready. Every member fills in a health questionnaire; a "
                "medical certificate is needed only for competitions.",
            ),
            ("h2", "What to wear"),
            (
                "p",
                "Shorts and a tank top or a sports bra: the pole holds on bare skin, on the inside of the "
                "knees, the thighs and the arms, and fabric slides. Do not put lotion or oil on your skin on the day of a class, and take off "
                "rings and watches, which scratch the pole.",
            ),
            ("h2", "Competing at the student championship"),
            (
                "p",
                "The club sends 4 dancers to the French student pole sports championship in Troyes on "
                "Saturday 27 May 2028. To be one of them, follow these steps:",
            ),
            (
                "num",
                [
                    "Come to at least 15 club trainings between 7 October 2027 and 17 February 2028.",
                    "Choose your category, novice or amateur, and give the coach a routine of 3 minutes, "
                    "with its music, by 9 March 2028.",
                    "Pass the club's safety test by 23 March 2028: each move of your routine done 3 times "
                    "in a row over the crash mat, without a fall.",
                    "Get a medical certificate for competitive pole sports, dated after 1 March 2028, and "
                    "take the French university sport licence through the club, for €23, by 6 April 2028.",
                    "Pay €45 in the club's app by 28 April 2028 for the train and two nights in Troyes; the "
                    "group meets at Montpellier Saint-Roch station at 7:05 on Friday 26 May 2028.",
                ],
            ),
            ("h2", "Rules of the pole room"),
            (
                "bullet",
                [
                    "a crash mat lies under every pole on which someone turns upside down;",
                    "poles are cleaned with a cloth and alcohol before and after each dancer;",
                    "a new invert is always tried for the first time with the coach standing next to the "
                    "pole;",
                    "only the coach sets a pole to spinning or to static.",
                ],
            ),
        ],
        [
            ("h2", "Vertige Show and open practice"),
            (
                "p",
                "From 2 April 2028, members can practise freely in the pole room on Sundays, 14:00–17:00. "
                "On Friday 2 June 2028, from 19:00 to 22:00, members perform the routines of the year for "
                "friends and family at Vertige Show, in the gymnasium; spectators pay €7.",
            ),
            ("h2", "Bruises, burns and falls"),
            (
                "p",
                "In the first weeks, most beginners get bruises on the inside of the knees and small skin "
                "burns from sliding down the pole; they fade within a week or two. If you fall onto your head or neck, do "
                "not move, and let the coach call 15. If you twist a wrist or an ankle, or if a skin burn "
                "bleeds, go to the nurses of the Student Health Service the same day, +33 4 67 14 72 55.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow the beginners' course, come to at least 20 club trainings and perform "
                "at Vertige Show can have it recognised as a sport unit worth 1 ECTS credit.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Vertige, Sports Department: vertige@umontpellier.fr, +33 4 67 14 52 79. Triolet campus, "
                "building 45, room 45.17; Tuesday and Thursday, 12:30–14:00.",
            ),
        ],
    ],
}

PDFS["08-rug-tufting-workshop-2027.pdf"] = {
    "title": "Boucle: the rug tufting workshop of UM, 2027-2028",
    "short": "Rug tufting workshop",
    "url": "https://www.umontpellier.fr/en/campus-life/culture/boucle-rug-tufting-workshop-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Boucle rug tufting workshop",
    "pages": [
        [
            ("h1", "Boucle: the rug tufting workshop of UM, 2027-2028"),
            (
                "p",
                "A tufting gun, an electric tool held in both hands, "
                "pushes yarn through a cloth stretched on a wooden frame, from the back of the rug, stitch "
                "by stitch. A loop pile gun leaves the yarn in loops; a cut pile gun cuts each loop open. "
                "When the tufting is done, the back is coated with latex glue, covered with a "
                "backing cloth and trimmed, and the pile can be carved with scissors. "
                "Boucle (French for a loop) is the rug tufting workshop of the Culture Department, taught "
                "by a textile designer in the textile room of building 29, room 0.08. This guide applies "
                "to 2027-2028. In 2026-2027, 36 people took part.",
            ),
            ("h2", "The activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery evening: tufting a small mat of 20 by 20 centimetres with a loop pile gun", "Thursday 14 October 2027 or Thursday 10 February 2028, 18:00–20:30", "the textile room, building 29, room 0.08", "€12, the yarn included"],
                    ["rug course: your own design, tufted, glued and finished as a rug of 60 by 60 centimetres, in 5 sessions", "Wednesday, 18:00–21:00, from 17 November to 15 December 2027", "the textile room", "€55, the cloth, the yarn and the glue included"],
                    ["advanced course: a rug of up to 1 metre, mixing cut and loop pile, with carving, in 6 sessions", "Saturday, 9:30–12:30, from 12 February to 1 April 2028, with no sessions on 4 and 11 March", "the textile room", "€95, after the rug course"],
                    ["yarn swap afternoon: swapping left-over yarn", "Saturday 20 May 2028, 14:00–17:00", "the textile room", "free"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "Each discovery evening takes 10 people, the rug course 8, the advanced course 6 and the "
                "yarn swap afternoon 30. Students with a need-based grant pay half price; staff and "
                "researchers pay €15 more per course. An extra cone of yarn costs €7. Register from 20 "
                "September 2027 in the \"Culture\" tile of your UM account.",
            ),
        ],
        [
            ("h2", "Who can take part?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                "16 or over; participants under 18 need the written consent of a parent. You need no "
                "experience, and you do not need to be good at drawing: the design is projected onto the "
                "cloth and traced, so a photo, a logo or a few shapes cut out of paper will do.",
            ),
            ("h2", "What to bring"),
            (
                "p",
                "Your design on paper or on a USB key, clothes that you do not mind covering in fluff, and "
                "something to tie back long hair. The workshop lends the tufting guns, the frames, the ear "
                "defenders and the safety glasses, and provides the cloth, the yarn, the latex glue and "
                "the backing cloth.",
            ),
            ("h2", "Joining the advanced course"),
            ("p", "To join the advanced course, follow these steps:"),
            (
                "num",
                [
                    "Finish the rug course of November and December 2027, or show the teacher a tufted rug "
                    "that you made yourself, by 7 January 2028.",
                    "Register in the \"Culture\" tile by 19 January 2028 and pay the price of the course, "
                    "€95.",
                    "Send your design in the same tile by 31 January 2028, in colour, at most 1 metre on its "
                    "longest side and with at most 5 colours of yarn chosen from the workshop's colour "
                    "chart.",
                    "Come to the first session, on Saturday 12 February 2028 at 9:15: your cloth is already "
                    "stretched on its frame and your design traced on it.",
                    "Glue the back of your rug at the last session, on 1 April 2028, and collect it from "
                    "Tuesday 4 April 2028, once the latex has dried for 48 hours.",
                ],
            ),
        ],
        [
            ("h2", "Rules of the workshop"),
            (
                "bullet",
                [
                    "ear defenders and safety glasses are worn by everyone in the room while a gun is "
                    "running;",
                    "hold the gun with both hands, and never put a hand on the front of the cloth, where "
                    "the needle comes through;",
                    "unplug the gun before you thread it or clear a jam;",
                    "the latex glue is spread only with the windows open and the extractor fan on;",
                    "no food and no drinks in the textile room.",
                ],
            ),
            ("h2", "A needle in the finger"),
            (
                "p",
                "If the needle of a tufting gun "
                "pierces a finger, release the trigger, unplug the gun, wash the wound with soap and water "
                "and press on it with a clean compress. Then go to the nurses of the Student Health "
                "Service the same day, +33 4 67 14 72 55; if the wound is still bleeding after 10 minutes "
                "of pressure, call 15.",
            ),
            ("h2", "The exhibition"),
            (
                "p",
                "The rugs of the year are shown in the hall of the Student House from Tuesday 25 to Friday "
                "28 April 2028; the opening is on Tuesday 25 April 2028 at 18:30.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow both courses and show a rug at the exhibition can have it recognised "
                "as a cultural engagement unit worth 1 ECTS credit.",
            ),
            (
                "p",
                "Contact: Boucle, Culture Department, boucle@umontpellier.fr, +33 4 67 14 53 58. Triolet "
                "campus, building 29, room 0.27; Monday and Wednesday, 14:00–17:00.",
            ),
        ],
    ],
}

DOCXS["09-ragweed-survey-volunteers.docx"] = {
    "title": "Ambroisie: mapping ragweed around Montpellier – volunteer guide 2028",
    "url": "https://www.umontpellier.fr/en/campus-life/volunteering/ambroisie-ragweed-survey",
    "audience": "students, researchers and staff",
    "blocks": [
        ("title", "Ambroisie: mapping ragweed around Montpellier – volunteer guide 2028"),
        (
            "p",
            "Common ragweed is a plant from North America that has spread across France along roads, "
            "rivers, field edges and building sites. From mid-August to the end of September, each plant "
            "releases millions of grains of pollen, which cause hay fever, itchy eyes and asthma in many "
            "people: a few plants in a street are enough. A plant pulled up before it flowers makes "
            "neither pollen nor seeds. Ambroisie (French for ragweed), run by the Student Life Department "
            "with a plant ecologist of the Faculty of Sciences, trains volunteers to map ragweed in 30 "
            "squares of 1 kilometre around Montpellier, and to pull it up where the owners of the land "
            "agree. In 2027, 26 volunteers mapped 4,100 plants and pulled up 2,300 of them.",
        ),
        ("h1", "Who can volunteer?"),
        (
            "p",
            "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers "
            "under 18 need the written consent of a parent and always go out with an adult. You need no "
            "knowledge of plants. Volunteers commit to at least 3 survey mornings between 3 June and 22 "
            "July 2028. People who know that they are allergic to ragweed pollen can map and pull plants "
            "in June, but should stop once the first flowers appear. The survey lends gloves, tablets "
            "with the survey app, bin bags and a folding frame of 1 square metre. Volunteers who want to "
            "map the square around their own home, outside the organised mornings, can borrow the same "
            "kit from the Field Equipment Loan Desk of the Faculty of Sciences.",
        ),
        ("h1", "Activities"),
        (
            "table",
            [
                ["Activity", "When", "Where", "Volunteers per session"],
                ["training evening: the plant, its look-alikes, the protocol and the app", "Tuesday 16 May 2028, 18:00–20:00", "Triolet campus, building 15, room 15.03", "40"],
                ["identification walk: ragweed and its look-alikes in the field", "Saturday 27 May 2028, 9:00–12:00", "the banks of the Lez at Lattes", "20"],
                ["survey morning: walking the roadsides and field edges of a square, in teams of two", "Wednesday and Saturday mornings from 3 June to 22 July 2028, 7:30–11:30", "the 30 squares, by minibus", "12"],
                ["pulling session: pulling up the plants of a mapped site, with the owner's agreement", "Tuesday evenings from 13 June to 18 July 2028, 18:00–20:30", "the mapped sites, by minibus", "10"],
                ["results evening: the ragweed map of the year", "Thursday 12 October 2028, 18:30–20:30", "the hall of the Student House", "60"],
            ],
        ),
        ("h1", "Going on your first survey morning"),
        ("p", "To go on your first survey morning, follow these steps:"),
        (
            "num",
            [
                "Sign up in the \"Student Life\" tile of your UM account, under \"Ambroisie\", by 9 May 2028.",
                "Attend the training evening of 16 May 2028: nobody goes out without it. The identification "
                "walk of 27 May is not compulsory, but it helps a lot.",
                "Book a survey morning in the app by the Monday before at 12:00: each square takes 2 "
                "volunteers.",
                "Wear long trousers, closed shoes and a hat, and bring water and sun cream; the gloves, the "
                "tablets and the bags are handed out in the minibus.",
                "Meet the coordinator in front of the Student House at 7:00; the minibus is back by 12:00.",
            ],
        ),
        ("h1", "How the survey works"),
        (
            "p",
            "The team walks slowly along every road, path, riverbank and field edge of its square. Each "
            "patch of ragweed is photographed, placed on the map in the app and given a class: 1 to 10 "
            "plants, 11 to 100, or more than 100. In one patch out of ten, the team lays the frame on the "
            "ground and counts every plant inside it. Patches of more than 100 plants are reported to the "
            "town hall, which must have them removed. A morning is cancelled by text message by 6:00 when "
            "the forecast is above 34 °C.",
        ),
        ("h1", "Ragweed or mugwort?"),
        (
            "p",
            "Mugwort, a common native plant, grows in the same places and is often pulled up by mistake. "
            "Ragweed leaves are cut into many thin lobes and are the same green on both sides; its stem "
            "is hairy and often turns red, and a crushed leaf hardly smells. Mugwort leaves are dark green "
            "on top and silvery white underneath, and smell strongly when crushed. When in doubt, "
            "photograph the top and the underside of a leaf: the ecologist checks every photo before the "
            "plants are pulled.",
        ),
        ("h1", "Rules of the survey"),
        (
            "bullet",
            [
                "always wear gloves to pull ragweed, and pull it out with its roots",
                "never pull a plant that is already in flower: map it and leave it to the town services",
                "never enter a field, a garden or a building site without the owner's agreement",
                "on roads without a pavement, walk facing the traffic, and never cross a motorway or a "
                "railway",
                "pulled plants go in the bags and then in household waste, never in compost or green "
                "waste, where their seeds survive",
            ],
        ),
        ("h1", "Credits"),
        (
            "p",
            "Students who attend the training evening, at least 5 survey mornings and the results evening "
            "can have it recognised as a student engagement unit worth 1 ECTS credit. Every volunteer "
            "receives a certificate of participation in a citizen science project.",
        ),
        ("h1", "Contact"),
        (
            "p",
            "Ambroisie coordinator, Student Life Department: ambroisie@umontpellier.fr, +33 4 67 14 36 48. "
            "Student House, Triolet campus, building 20, room 139; Monday and Thursday, 9:30–12:30.",
        ),
    ],
}

TEXTS["01-street-workout-club.md"] = """---
title: Gainage – the street workout club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/gainage-street-workout-club
audience: students, researchers and staff
language: en
---

# Gainage: the street workout club of the Sports Department

Street workout is strength training with the weight of your own body, on the bars of an outdoor park: pull-ups, dips, push-ups and, with time, the skills that make the sport look impossible, such as the muscle-up, in which a pull-up flows into a dip above the bar, the front lever, in which the body hangs flat under the bar, and the human flag, held sideways on a vertical pole. Gainage (French for core training) is the street workout club of the Sports Department. It trains at the workout park next to the athletics track of the Triolet campus, which has pull-up bars at three heights, parallel bars, wall bars and gymnastics rings. This page applies to the academic year 2027-2028. In 2026-2027, the club had 34 members from 12 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: your first pull-ups with a resistance band and a test of your level | Thursday 23 September 2027, 18:00–19:30 | the workout park | 1 | free, bands lent |
| beginners' programme: hanging, rows, dips, push-ups and your first full pull-up | Monday, 18:00–19:15 | the workout park | 8, from 4 October to 29 November 2027, with no session on 1 November | €24, bands included |
| club training: circuits in level groups | Wednesday, 18:30–20:30 | the workout park, or the fitness room of building 45 in the rain | every week from 6 October 2027 | included in the membership |
| skills workshop: the muscle-up and the front lever | Saturday 22 January 2028, 10:00–13:00 | the gymnasium of building 45 | 1 | €8 |
| "Gainage Jam": a strength and freestyle contest for the student clubs of the region | Saturday 10 June 2028, 10:00–18:00 | the workout park | 1 | €6 per athlete, lunch included |

The discovery session takes 25 people, the beginners' programme 15 and the skills workshop 12; the Gainage Jam has room for 48 athletes. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €15 for the academic year for students and €30 for staff and researchers; it includes insurance and the use of the club's resistance bands, rings and chalk. A pair of wrist wraps of your own costs €9 at the club's desk.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You do not need to be able to do a single pull-up: the beginners' programme starts with hanging from the bar and with rows, feet on the ground, and resistance bands take part of your weight until you are strong enough. No medical certificate is needed: every member fills in a health questionnaire in the "Sport" tile. If you have hurt a shoulder, an elbow or a wrist in the last 12 months, tell the coach before your first session.

## How to compete at the French student championship

The club sends 5 athletes to the French student street workout championship in Albi on Saturday 29 and Sunday 30 April 2028. To be one of them, follow these steps:

1. Come to at least 12 club trainings between 6 October 2027 and 2 February 2028.
2. Pass the club's test by 1 March 2028: 12 pull-ups, 20 dips and an L-sit of 15 seconds on the parallel bars.
3. Choose your category, strength or freestyle, and show the coach your routine of 90 seconds by 15 March 2028.
4. Take the French university sport licence through the club, for €21, by 22 March 2028.
5. Pay €34 in the club's app by 5 April 2028 for the train and the night in Albi; the group meets at Montpellier Saint-Roch station at 7:10 on Saturday 29 April 2028.

## Rules of the park

- warm up your wrists and shoulders for 10 minutes before you hang from a bar
- one athlete per bar at a time: wait your turn beside the bars, never underneath them
- no training on wet bars: when it rains, the session moves to the fitness room
- chalk stays in the club's bucket, and the bars are brushed at the end of the session
- nobody tries a new skill above head height without a spotter
- the last athlete puts the bands and the rings back in the club's locker and locks it

## Credits

Students who follow the beginners' programme, come to at least 20 club trainings in the year and help to run the Gainage Jam can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

My palms blister and tear on the bar. What can I do? Calluses are normal, but thick ones tear. File them down with a pumice stone once a week, dry your hands with chalk, and hold the bar in your fingers rather than in the middle of your palm. A torn blister is washed with soap, covered, and kept off the bar for 2 days.

## Contact

Gainage, Sports Department: gainage@umontpellier.fr, +33 4 67 14 52 73. Triolet campus, building 45, room 45.21; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-rental-deposit-international-students.html"] = html_page(
    "Getting your rental deposit back: FAQ for international students",
    "How much a deposit can be, what the Tenancy Desk offers, moving in, the steps to get a deposit back, what a landlord can keep, late payment, help after leaving France and residences.",
    "https://www.umontpellier.fr/en/international/rental-deposit-faq",
    "/fr/international/depot-de-garantie-faq",
    """    <h1>Getting your rental deposit back: FAQ for international students</h1>
    <p>When you rent a flat in France, you pay the landlord a deposit, which is meant to come back to you when you leave, minus the cost of any damage. Every year, international students lose part or all of it: they leave France in a hurry, the move-out inspection takes place without them, or the landlord simply never pays. The Tenancy Desk of the International Relations Department helps international degree and exchange students to protect their deposit from the day they move in, and to get it back once they leave. This FAQ applies to 2027-2028. In 2026-2027, the desk went with 190 students to their move-out inspection and helped 64 students to recover a deposit that had been kept.</p>

    <h2>How much can my landlord ask for?</h2>
    <p>For an unfurnished flat, the deposit is at most one month's rent without charges; for a furnished flat, at most two months' rent without charges. It is paid once, when you sign the lease. Do not stop paying your last month's rent to use up the deposit: the landlord could then keep the deposit and still claim the rent.</p>

    <h2>What does the desk offer?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>lease check</td><td>before you sign, an adviser reads the lease and the entry inventory with you, free of charge, within 5 working days of your request</td></tr>
        <tr><td>translation</td><td>an English translation of your entry inventory, the room-by-room report on the state of the flat, within 10 working days</td></tr>
        <tr><td>move-out inspection</td><td>an adviser comes with you to the exit inventory with your landlord, for about 45 minutes, if you book at least 15 days before</td></tr>
        <tr><td>formal demand letter</td><td>a letter in French, sent for you by registered post, with the postage paid by the desk</td></tr>
        <tr><td>bridging loan</td><td>an interest-free loan of up to €500 while you wait for your deposit, repaid within 3 months</td></tr>
      </tbody>
    </table>

    <h2>What should I do when I move in?</h2>
    <p>Go through the entry inventory room by room with the landlord, and have every stain, scratch, crack and broken item written down before you sign it. Take dated photos of every room, of the walls, the floors and the appliances, and keep them until your deposit is back. Within 10 days of moving in, you can still ask the landlord in writing to add a defect that you had missed.</p>

    <h2>I am leaving. How do I get my deposit back?</h2>
    <p>Proceed as follows:</p>
    <ol>
      <li>Give your landlord written notice, by registered letter or by hand against a signed receipt, and tell the desk your leaving date at least 6 weeks before you leave.</li>
      <li>Book the move-out inspection with the desk at least 15 days before the exit inventory.</li>
      <li>Clean the flat, hand back all the keys at the exit inventory, photograph every room, and give the landlord your new address and the details of a bank account that you will keep after leaving France.</li>
      <li>If the deposit has not arrived within 1 month of the exit inventory, or within 2 months when the exit inventory lists damage, tell the desk: it sends the landlord a formal demand letter by registered post.</li>
      <li>If nothing has come 3 weeks after the letter, the desk helps you to take the case to the departmental conciliation commission, which is free and needs no lawyer.</li>
    </ol>

    <h2>What can the landlord keep?</h2>
    <p>Only the cost of damage shown by comparing the entry and exit inventories, backed by a quote or an invoice, and any unpaid rent or charges. Normal wear and tear cannot be charged: paint that has faded over the years, a carpet worn where people walk, the small holes of a few picture hooks. In a block of flats, the landlord may keep up to 20% of the deposit until the yearly account of the charges, and must then pay back the rest within a month.</p>

    <h2>What if my landlord pays late?</h2>
    <p>A landlord who pays the deposit back late owes you, on top of it, 10% of the monthly rent without charges for each month begun after the deadline. The desk adds this amount to its demand letter.</p>

    <h2>I have already left France. Can the desk still help?</h2>
    <p>Yes, by e-mail, if you write to it within 6 months of leaving. Send the desk your lease, both inventories, your photos and a signed authorisation, and it deals with your landlord for you.</p>

    <h2>I live in a university residence. Is it the same?</h2>
    <p>No. The residences return deposits themselves: ask the reception of your residence, not the desk, about an inspection or a late deposit. The bridging loan is the same for residents.</p>

    <h2>I cannot pay my next rent until the deposit comes back. What can I do?</h2>
    <p>Ask the desk about the bridging loan. If that is not enough, the social worker of the Student Life Department can see you and look at emergency aid.</p>

    <h2>Whom do I contact?</h2>
    <p>Tenancy Desk, International Relations Department: tenancy@umontpellier.fr, +33 4 67 14 27 66. Triolet campus, building 1, room 1.18; Monday and Thursday, 9:30–12:30.</p>
""",
    [
        "<a href=\"/en/international/arriving-in-montpellier\">Arriving in Montpellier</a>",
        "<a href=\"/en/students/housing\">Finding a home</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-rental-deposit-international-students.meta.yaml"] = sidecar(
    "Getting your rental deposit back: FAQ for international students",
    "https://www.umontpellier.fr/en/international/rental-deposit-faq",
    "international students",
)

TEXTS["03-international-students-as-youth-cup-liaison-officers-2028.md"] = """---
title: International students as team liaison officers at the Lez Youth Cup, July 2028
url: https://www.umontpellier.fr/en/international/campus-life/youth-cup-liaison-officers
audience: international students
language: en
---

# International students as team liaison officers at the Lez Youth Cup

Every July, the Lez Youth Cup brings about 60 football teams of girls and boys under 15 and under 17 to the pitches of Montpellier and the towns around it. Many of the teams speak little French or English. Since 2026, an agreement between the University of Montpellier and Lez Sport Événements, the association that organises the tournament, offers international students paid work as team liaison officers. A liaison officer stays with one team for the whole tournament: meeting it at the airport or the station, travelling with it on the tournament buses, translating for its coaches, checking the match times and the meals, and taking a player to the tournament doctor when needed. Liaison officers do not coach the players and do not look after them at night. The Event Jobs Desk of the Student Life Department recruits and prepares the students. This page applies to the tournament of 2028: the contracts run from Monday 3 to Monday 17 July 2028, and the matches from Saturday 8 to Sunday 16 July 2028. In 2027, 41 students were liaison officers.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.60 gross an hour, paid by bank transfer on 4 August 2028; hours worked after 22:00 are paid 20% more, and hours worked on Friday 14 July, a public holiday, are paid double |
| end-of-tournament bonus | €150 for every liaison officer who stays with their team until it leaves |
| working time | at most 10 hours a day and 48 hours a week, with one full day off during the tournament, chosen with your zone leader |
| training | 2 paid training days, on Monday 3 and Tuesday 4 July 2028, at the hourly rate |
| outfit | two tournament T-shirts, a cap and a backpack, which you keep |
| meals | lunch and dinner with your team, free of charge, on every working day |
| transport | a free pass for the trams and buses of Montpellier from 3 to 17 July, and the tournament buses with your team |
| tickets | two free tickets for friends or family to the finals on Sunday 16 July 2028 |
| insurance | the organiser's insurance covers you for every working hour |

Contracts are fixed-term contracts signed with Lez Sport Événements, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 19 or over on 3 July 2028, whose residence permit allows them to work in France and is valid until 17 July 2028. You must speak English at level B2, French at level B1 and, fluently, at least one other language spoken by the teams; the languages needed in 2028 are listed in the application form. Since liaison officers work with minors, every candidate must give an extract of their criminal record.

## How to become a liaison officer

An information meeting takes place on Wednesday 8 March 2028 at 12:30 in lecture theatre 3 of building 5. To become a liaison officer, follow these steps:

1. Apply in the "Student Life" tile of your UM account by Sunday 2 April 2028, with a CV in French and in English and the languages you speak, with their levels.
2. Take a group interview of 45 minutes at the Student House between Tuesday 18 and Friday 21 April 2028, in French, in English and in the language of the teams you would look after.
3. Receive the answer by Friday 5 May 2028, then upload by Friday 26 May 2028 an extract of your criminal record less than 3 months old, from France and from every country where you lived in the last 5 years, translated if it is not in French or English.
4. Attend the first aid course of 7 hours on Saturday 17 June 2028 at the Student House, free of charge, unless you already hold a first aid certificate.
5. Attend the two training days of 3 and 4 July 2028 at the main stadium of the tournament, where you receive your team, your outfit and your accreditation; your team arrives on Thursday 6 or Friday 7 July 2028.

## Rules with the teams

- wear your accreditation where it can be seen at all times
- never be alone with a player in a closed room or a car: stay where the group or another adult can see you
- never give a player any medicine, not even a painkiller: take the player to the tournament doctor
- never drive players in your own car
- no photos or videos of the players on your own social media
- no alcohol during your working day, even at the evening events
- report any problem with your team to your zone leader at once, by phone

## FAQ

I hardly know the rules of football. Is that a problem? No. The coaches deal with the game; what the team needs from you is its language, the timetable and a calm voice when the bus is late.

## Contact

Event Jobs Desk, Student Life Department: event-jobs@umontpellier.fr, +33 4 67 14 36 83. Student House, Triolet campus, building 20, room 122; Tuesday and Thursday, 13:30–16:30.
"""

TEXTS["04-faq-acroyoga-association.html"] = html_page(
    "Bascule, the acroyoga association: FAQ",
    "Bascule: the open jam, the beginners' course, the practice evenings, the therapeutic flying workshop, Bascule Day and its showcase, the rules of the room and backs.",
    "https://www.umontpellier.fr/en/campus-life/student-house/acroyoga-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-acroyoga-faq",
    """    <h1>Bascule, the acroyoga association: FAQ</h1>
    <p>Acroyoga mixes yoga, acrobatics and trust. It is practised in groups of three: the base lies on their back on the mat and holds the flyer up on the soles of the feet and on the hands; the flyer balances in the air and moves from one figure to the next; the spotter stands beside them, ready to catch the flyer. The first figure most people learn is the bird, in which the flyer lies face down on the base's feet with arms spread. Practice alternates acrobatic figures with therapeutic flying, in which the flyer hangs relaxed while the base stretches and massages them. Bascule (French for tipping over) is the acroyoga association of the Student House. It trains on mats in the multipurpose room of the Student House, building 20, room 016, with a teacher who has practised acroyoga for 9 years. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 38 members from 15 countries.</p>

    <h2>What does Bascule offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>open jam: the bird, a first flight and how to fall safely</td><td>Wednesday 29 September 2027, 18:30–20:00</td><td>the multipurpose room</td><td>free</td></tr>
        <tr><td>beginners' course: basing, flying, spotting and the first ten figures, in 7 sessions from 13 October to 1 December 2027, with no session on 27 October</td><td>Wednesday, 19:00–20:30</td><td>the multipurpose room</td><td>€21</td></tr>
        <tr><td>practice evening: figures and flows in groups of three</td><td>Monday, 19:00–21:00, from 4 October 2027</td><td>the multipurpose room</td><td>included in the membership</td></tr>
        <tr><td>therapeutic flying workshop: hanging, stretching and massage for the flyer, in 3 sessions from 22 January 2028</td><td>Saturday, 10:00–12:00</td><td>room 014 of the Student House</td><td>€9</td></tr>
        <tr><td>Bascule Day: workshops with guest teachers, and a showcase in the evening</td><td>Saturday 8 April 2028, 9:00–19:00</td><td>the hall of the Student House</td><td>€12, lunch included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €8 for the academic year for students and €18 for staff and researchers; it includes insurance and the practice evenings. The open jam takes 30 people, the beginners' course 18 and the therapeutic flying workshop 12; Bascule Day has room for 70 participants.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience, no flexibility and no particular build: the bases are not always the tallest people in the room, nor the flyers the smallest. No medical certificate is needed, but every member fills in a health questionnaire when joining; if you are pregnant or have back or wrist problems, tell the teacher before your first class.</p>

    <h2>Do I need to come with a partner?</h2>
    <p>No. Most members come alone. The teacher forms the groups of three at the start of each evening and changes them regularly, so that everyone learns to base, to fly and to spot.</p>

    <h2>What do I wear?</h2>
    <p>Fitted leggings or trousers and a T-shirt that stays tucked in, without zips or buttons: a loose top falls over the flyer's face, and slippery fabric makes the grip of the base's feet uncertain. Everyone practises barefoot. Do not put cream or oil on your skin before a class.</p>

    <h2>How do I perform in the showcase of Bascule Day?</h2>
    <p>The showcase closes Bascule Day with short sequences performed by members to music. To perform in it, follow these steps:</p>
    <ol>
      <li>Come to at least 14 classes or practice evenings between 13 October 2027 and 28 February 2028.</li>
      <li>Form a group with a base, a flyer and a spotter, and register it with the teacher by 6 March 2028.</li>
      <li>Show the teacher a sequence of at least 5 figures, each with a safe way down, by 20 March 2028.</li>
      <li>Pay the €12 of Bascule Day in the association's app and send your music by 27 March 2028.</li>
      <li>Come to the dress rehearsal on Thursday 6 April 2028 at 19:00, and be in the hall of the Student House at 8:30 on Saturday 8 April 2028; the showcase starts at 17:00.</li>
    </ol>

    <h2>What are the rules of the room?</h2>
    <ul>
      <li>mats are laid out before the first figure, two thick under any figure in which the flyer is higher than the base's straight arms;</li>
      <li>no figure above the base's straight arms without a spotter;</li>
      <li>when the flyer says "down", the base brings them down at once, slowly;</li>
      <li>nobody lifts anyone during the warm-up;</li>
      <li>long hair is tied back, and watches and bracelets stay in your bag;</li>
      <li>no food on the mats, and the mats are wiped at the end of each evening.</li>
    </ul>

    <h2>Can I hurt my back?</h2>
    <p>Basing is not a matter of strength: when the base's legs are straight and the feet are stacked above the hips, the bones carry the flyer's weight, not the back. Pain usually means that the legs have bent or that the flyer has drifted forward: bring the flyer down and start again. If your lower back still hurts 2 days after a class, see the doctors of the Student Health Service, +33 4 67 14 72 57.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who come to at least 20 classes or practice evenings in the year and help to run Bascule Day can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Bascule, Student House: bascule@asso.umontpellier.fr, +33 4 67 14 35 87. Triolet campus, building 20, room 231; Wednesday, 12:30–14:00.</p>
""",
    [
        "<a href=\"/en/students/student-house\">Student House</a>",
        "<a href=\"/en/students/associations\">Student associations</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-acroyoga-association.meta.yaml"] = sidecar(
    "Bascule, the acroyoga association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/acroyoga-association-faq",
    "students, researchers and staff",
)

TEXTS["05-recorder-consort.txt"] = """PIPEAU: THE RECORDER CONSORT - 2027-2028
University of Montpellier - Culture Department

The recorder is a flute blown from the end. The air passes through a narrow windway over a wooden block and hits a sharp edge, the labium, which makes the tube sing. It has seven finger holes on the front and a thumb hole at the back. Recorders come as a family of sizes: the sopranino, the soprano, the alto, the tenor, the bass and the great bass. A group of recorders playing together is called a consort. Pipeau (an old French word for a simple pipe) is the recorder consort of the Culture Department. It rehearses in the music room of building 29, room 0.14, with 22 recorders in five sizes that belong to the consort. In 2026-2027 the consort had 13 members from 8 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The consort has six activities:

open evening: your first notes and a first tune in a group, recorders lent for the evening, on Tuesday 5 October 2027 from 18:00 to 19:30
beginners' class: holding the recorder, breathing, tonguing, the fingering of the soprano and the alto and your first tunes, 7 sessions on Tuesdays from 18:00 to 19:30, from 12 October to 30 November 2027, with no session on 26 October
consort rehearsal: the whole consort plays together, in up to five parts, on Thursdays from 19:00 to 21:00, from 14 October 2027
care workshop: taking a wooden recorder apart, oiling it and cleaning the windway, on Saturday 20 November 2027 from 14:00 to 16:00
Renaissance ball: the consort plays dances of the 16th century for the historical dance society, on Saturday 12 February 2028 from 20:00, in the hall of the Student House
summer concert: on Friday 9 June 2028 at 19:00, in the courtyard of the Student House, or in its hall if it rains

MEMBERSHIP, CLASSES AND INSTRUMENTS

Membership costs EUR 10 for the academic year for students and EUR 18 for staff and researchers; it includes insurance and the rehearsals. The beginners' class costs EUR 21 for the seven sessions; students with a need-based grant pay nothing. The beginners' class takes 12 players and the consort 16.

Each member of the beginners' class borrows a plastic soprano recorder free of charge for the seven weeks of the class. After the class, members play their own alto recorder in F, which they can buy through the consort: a plastic one at EUR 18 instead of EUR 30, or a wooden one at EUR 95 instead of EUR 140. The consort's tenor, bass and great bass recorders are lent to members for the whole year, against a deposit of EUR 60 for a tenor and EUR 150 for a bass or a great bass, which is returned with the instrument in June.

You do not need to read music at the start: the beginners' class teaches reading step by step, ten minutes at every session, with easy tunes in the treble clef. The bass and the great bass read in the bass clef, which the leader teaches to the members who take one.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE EARLY MUSIC FESTIVAL IN PEZENAS?

The consort plays at a festival of early music in Pézenas on Saturday 6 and Sunday 7 May 2028. To go:

1. Be a member and come to at least 10 consort rehearsals between October 2027 and January 2028.
2. Play your part of each of the 6 pieces of the festival programme to the leader by 2 March 2028.
3. Come to the extra rehearsal on Saturday 1 April 2028 from 14:00 to 18:00.
4. Pay EUR 19 in the app by 12 April 2028 for the coach and the night in a holiday centre.
5. Be in front of the Student House at 8:15 on 6 May: the coach leaves at 8:30.

RULES OF THE MUSIC ROOM

Warm your recorder in your hands or under your arm for a few minutes before you play: a cold windway fills with water. After playing, take the recorder apart, dry the inside with its rod and a cloth, and let it dry in the open air, never in the sun or on a radiator. A new wooden recorder is played no more than 20 minutes a day in its first month. Never blow into another player's recorder. Only water may be drunk in the music room. The room closes at 21:15.

MY RECORDER SOUNDS HOARSE OR STOPS SOUNDING?

Water has collected in the windway. Cover the window, the opening under the mouthpiece, with a finger and blow hard once into the mouthpiece to push the water out. If it happens at every rehearsal, ask the leader: a drop of washing-up liquid diluted in water and run through the windway stops the water from gathering in drops.

CREDITS

Students who follow the beginners' class, come to at least 18 consort rehearsals in the year and play at the summer concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Pipeau, Culture Department
E-mail: pipeau@umontpellier.fr
Phone: +33 4 67 14 53 72
Triolet campus, building 29, room 0.19. Thursday, 12:30-14:00.
"""

TEXTS["05-recorder-consort.meta.yaml"] = sidecar(
    "Pipeau, the recorder consort 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/pipeau-recorder-consort",
    "students, researchers and staff",
)

TEXTS["06-international-trebuchet-contest-2028.md"] = """---
title: Contrepoids – the international trebuchet contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/contrepoids-international-trebuchet-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Contrepoids: the international trebuchet contest

A trebuchet is a throwing machine of the Middle Ages. A heavy counterweight hangs from the short end of a long arm; when it is released, it falls, the long end of the arm swings up, and a sling tied to it whips round and lets go of the projectile at the top of its swing. Contrepoids (French for a counterweight) is the international trebuchet contest of the Student Life Department: mixed teams of students from several countries build a small trebuchet and throw tennis balls for distance and for accuracy. The Build Challenges Office of the Student Life Department runs the contest. This page applies to the edition of 2027-2028. In 2026-2027, 15 teams from 19 countries took part.

## What the contest involves

| Item | Details |
|---|---|
| teams | 3 to 5 UM students from at least 3 countries; exchange students included; doctoral candidates may take part but may not captain a team; staff cannot take part |
| kit | each team receives 2 steel hinges, a counterweight box, 10 kilograms of sand and 3 tennis balls; the falling counterweight is the only source of energy allowed |
| workshops | 3 workshops of 90 minutes with a technician of the mechanical workshop of the Faculty of Sciences |
| materials | a budget of €40 per team for new materials, refunded by the Office on receipts; recycled materials are free and encouraged |
| machine | at most 1.2 metres high when at rest, on a base of at most 1 metre by 1 metre; a counterweight of at most 10 kilograms |
| distance throw | each machine throws 3 times and the best throw counts; the distance is measured from the front of the base to where the ball first lands |
| accuracy throw | each machine throws 3 times at a target 8 metres away, with rings of 50 centimetres, 1 metre and 2 metres worth 10, 5 and 2 points |
| scores | distance (40 points), accuracy (40 points) and design and safety (20 points), the design being judged on a presentation of 4 minutes in English or in French at the final |
| prizes | €300 for the winning team, €150 for the second and €75 for the third; an "Archimedes prize" of €30 for the most elegant machine |

Taking part is free. Students who take part in the three workshops, the throwing day and the final can have it recognised as a student engagement unit worth 1 ECTS credit.

## Dates

| Step | Date |
|---|---|
| registration opens | Monday 8 November 2027 |
| registration closes | Friday 3 December 2027 |
| kits handed out | Thursday 9 December 2027, 12:00–14:00, at the Office |
| workshops | Wednesday 12 January, Wednesday 26 January and Wednesday 9 February 2028, 17:30–19:00, room 36.01 of building 36 |
| receipts due | Friday 3 March 2028 |
| video of a test throw due | Friday 17 March 2028, 12:00 |
| safety inspection | Tuesday 28 March 2028, 12:00–14:00 |
| throwing day | Wednesday 5 April 2028, 13:30–17:30, on the sports field of the Triolet campus |
| final | Thursday 13 April 2028, 18:00–20:30, in the hall of the Student House; prizes at 20:40 |

## How to enter

To take part in the contest, follow these steps:

1. Form a team of 3 to 5 students from at least 3 countries and register it in the "Student Life" tile of your UM account by 3 December 2027, naming a captain who is not a doctoral candidate.
2. Collect your kit at the Office on 9 December 2027, between 12:00 and 14:00.
3. Send at least two members of the team to each of the three workshops.
4. Buy your new materials within the budget of €40 and upload the receipts in the tile by 3 March 2028; the Office refunds the captain by bank transfer within a month.
5. Upload a video of one complete throw by 17 March 2028 at noon, have the machine checked at the safety inspection of 28 March 2028, and bring it to the sports field on 5 April 2028 by 13:00.

## Rules of the throwing field

- nobody stands in front of the machine, or within 3 metres of the arm, once the counterweight is raised
- the counterweight is raised only when the field judge allows it, and the trigger is pulled with a cord at least 2 metres long
- every member of the team wears safety glasses during the throws
- a throw that lands behind the machine counts as zero, and the machine is checked again before its next throw
- the machine may not be changed after the safety inspection, except to repair it

## FAQ

Can we fill the counterweight box with water or stones instead of sand? No: only the sand of the kit, in the box of the kit, so that every team throws with the same weight.

## Contact

Build Challenges Office, Student Life Department: contrepoids@umontpellier.fr, +33 4 67 14 36 95. Student House, Triolet campus, building 20, room 131; Monday to Thursday, 10:00–12:00.
"""

TEXTS["10-flood-marks-survey-volunteers.md"] = """---
title: Repère – finding the marks of past floods in the towns and villages around Montpellier, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/repere-flood-marks-survey
audience: students, researchers and staff
language: en
---

# Repère: finding the marks of past floods around Montpellier

The rivers of the region, the Lez, the Mosson, the Vidourle and the Hérault, are calm most of the year, but after the heavy autumn storms of the Mediterranean they can rise by several metres in a few hours. After a great flood, towns often fix a plaque or paint a line on a wall at the height the water reached, with its date: a flood mark. Many of these marks are forgotten, hidden behind ivy or lost when a wall is rebuilt. Repère (French for a mark), run by the Student Life Department with a hydrologist of the Faculty of Sciences, trains volunteers to find, measure and photograph the flood marks of 18 towns and villages, and to add them to a shared map. In 2027, 29 volunteers recorded 212 marks, 47 of which had never been recorded before.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the floods of the region and how to read a mark | Tuesday 8 February 2028, 18:30–20:00 | the hall of the Student House | 60 | free |
| measuring training: the levelling staff, the laser distance meter and the app | Saturday 19 February 2028, 9:00–12:30 | the old centre of Lattes | 16 | free |
| village walks: searching a town or a village street by street, in teams of three | every other Saturday from 4 March to 27 May 2028, 9:00–13:00 | the 18 towns and villages, by minibus | 15 per walk | free |
| archive afternoons: finding the heights of old floods in newspapers and postcards | Wednesday afternoons from 8 March to 12 April 2028, 14:00–17:00 | the university library of the Triolet campus | 8 | free |
| marker day: fixing new plaques with the town services | Saturday 3 June 2028, 9:00–16:00 | Sommières | 20 | €3, lunch included |
| results evening: the map of the year and the oldest marks found | Tuesday 17 October 2028, 18:30–20:30 | the hall of the Student House | 60 | free |

## Who can volunteer?

UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under 18 need the written consent of a parent. You need no knowledge of hydrology or of history. Volunteers commit to at least 3 village walks between 4 March and 27 May 2028. Anyone can add a mark in the app, even without signing up.

## How to join

To join the village walks, follow these steps:

1. Come to the introductory talk of 8 February, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Repère", by 14 February 2028.
3. Attend the measuring training of 19 February 2028 in Lattes.
4. Book a village walk in the app by the Thursday before at 18:00: each team takes 3 volunteers.
5. On the day, meet the coordinator in front of the Student House at 8:15; the minibus is back by 13:45.

## How a mark is recorded

The team photographs the mark from the front with a 1-metre ruler held next to it, then measures its height above the pavement with the levelling staff, or with the laser distance meter when the mark is high up. The date, the river and any words on the mark are entered in the app, which records the place by GPS. The hydrologist then turns each height into an altitude, so that the marks of different villages can be compared.

## What to bring

Comfortable shoes, water, a hat and a charged phone. The survey lends the levelling staffs, the laser distance meters, the rulers and the high-visibility vests.

## Rules of the survey

- never climb on a wall, a ladder, a roof or a parked car to reach a mark
- never enter a courtyard, a garden or a cellar without the owner's permission
- wear your high-visibility vest in every street, and stay on the pavement
- never clean, scrape or repaint a mark: photograph it as it is
- no walk takes place under an orange or red weather warning for rain or floods, and nobody goes near a river in flood

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the measuring training, at least 5 village walks or archive afternoons and the marker day can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Why look for old marks when the rivers have gauges? Most gauges of the region have measured the water for only a few decades. The marks go back much further: the oldest found so far dates from 1857, and the highest stands 4.3 metres above the street.

Why a ruler in every photo? Because many marks are small plaques or faded lines: the ruler shows their size, and it lets the hydrologist check the measured height on the photo.

## Contact

Repère coordinator, Student Life Department: repere@umontpellier.fr, +33 4 67 14 36 44. Student House, Triolet campus, building 20, room 146; Tuesday and Friday, 10:00–12:30.
"""

TEXTS["11-sport-music-and-tenancy-help-directory.md"] = """---
title: Directory of sport, music, craft, volunteering, summer job and tenancy help services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/sport-music-and-tenancy-help-directory
audience: all
language: en
---

# Directory of sport, music, craft, volunteering, summer job and tenancy help services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and their rented home. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Gainage, Sports Department | the street workout club, the beginners' programme, club training, the skills workshop and the Gainage Jam | gainage@umontpellier.fr | +33 4 67 14 52 73 | Triolet campus, building 45, room 45.21 | Monday and Thursday, 12:30–14:00 |
| Tenancy Desk, International Relations Department | lease checks, translations of inventories, move-out inspections, demand letters and bridging loans for the rental deposits of international students | tenancy@umontpellier.fr | +33 4 67 14 27 66 | Triolet campus, building 1, room 1.18 | Monday and Thursday, 9:30–12:30 |
| Event Jobs Desk, Student Life Department | the summer jobs as team liaison officers at the Lez Youth Cup, the applications, the group interviews and the criminal record extracts | event-jobs@umontpellier.fr | +33 4 67 14 36 83 | Student House, Triolet campus, building 20, room 122 | Tuesday and Thursday, 13:30–16:30 |
| Bascule, Student House | the acroyoga association, the beginners' course, the practice evenings and Bascule Day | bascule@asso.umontpellier.fr | +33 4 67 14 35 87 | Student House, Triolet campus, building 20, room 231 | Wednesday, 12:30–14:00 |
| Pipeau, Culture Department | the recorder consort, the beginners' class, the loan of the tenor, bass and great bass recorders and the concerts | pipeau@umontpellier.fr | +33 4 67 14 53 72 | Triolet campus, building 29, room 0.19 | Thursday, 12:30–14:00 |
| Build Challenges Office, Student Life Department | the international trebuchet contest, its kits, its workshops, its budget, the throwing day and the final | contrepoids@umontpellier.fr | +33 4 67 14 36 95 | Student House, Triolet campus, building 20, room 131 | Monday to Thursday, 10:00–12:00 |
| Vertige, Sports Department | the pole fitness club, the taster class, the beginners' course, the flexibility class and Vertige Show | vertige@umontpellier.fr | +33 4 67 14 52 79 | Triolet campus, building 45, room 45.17 | Tuesday and Thursday, 12:30–14:00 |
| Boucle, Culture Department | the rug tufting courses, the discovery evenings, the yarn swap afternoon and the exhibition of rugs | boucle@umontpellier.fr | +33 4 67 14 53 58 | Triolet campus, building 29, room 0.27 | Monday and Wednesday, 14:00–17:00 |
| Ambroisie coordinator, Student Life Department | the ragweed survey, the training evening, the identification walk, the survey mornings and the pulling sessions | ambroisie@umontpellier.fr | +33 4 67 14 36 48 | Student House, Triolet campus, building 20, room 139 | Monday and Thursday, 9:30–12:30 |
| Repère coordinator, Student Life Department | the flood marks survey, the measuring training, the village walks, the archive afternoons and the marker day | repere@umontpellier.fr | +33 4 67 14 36 44 | Student House, Triolet campus, building 20, room 146 | Tuesday and Friday, 10:00–12:30 |

## Useful to know

Sexual health: the Student Health Service offers sexual health consultations to all students, free of charge and confidential, whatever their health insurance: contraception, emergency contraception, screening tests for sexually transmitted infections and advice. Consultations are by appointment on Mondays and Thursdays, and without an appointment on Wednesdays from 13:30 to 17:00; test results are given in person within 8 days. The nurses hand out condoms and emergency contraception free of charge, without an appointment. Book by e-mail or phone: sexual-health@umontpellier.fr, +33 4 67 14 71 82.

Students who cannot pay their rent or their bills can see the social worker of the Student Life Department by appointment. The social worker can grant emergency aid of up to €400 and helps with applications for housing benefit: social-worker@umontpellier.fr, +33 4 67 14 36 20, Student House, Triolet campus, building 20, room 105; Monday to Thursday, 9:00–12:00.

Volunteers of Ambroisie who want to map the square around their home can borrow a survey kit, with gloves, a tablet with the app, bags and the frame of 1 square metre, from the Field Equipment Loan Desk of the Faculty of Sciences, free of charge, for up to 7 days, against their student card. Book it by writing to the desk at least 2 working days before: field-loan@umontpellier.fr, +33 4 67 14 38 31, Triolet campus, building 15, room 007; Monday to Friday, 13:30–16:30.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 72 55, Triolet campus, building 3, room 022; Monday to Friday, 8:00–18:00. The doctors of the same service see students by appointment, free of charge, for sprains, back pain, skin burns and cuts: +33 4 67 14 72 57.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["31-lolly-stick-catapult-challenge-2024.txt"] = """LOLLY-STICK CATAPULT CHALLENGE - 2023-2024
University of Montpellier - Campus Games Desk

This page applies to the academic year 2023-2024. In the lolly-stick catapult challenge, pairs of international students build a small catapult from ice-lolly sticks and rubber bands and try to throw marshmallows into a paper cup 3 metres away.

WHO CAN TAKE PART

International students only, in pairs: both students of a pair must be international students. French students and staff cannot take part; exchange students and doctoral candidates can.

WHAT THE CHALLENGE INVOLVES

No kit, no workshop and no budget: each pair brings 20 lolly sticks and 10 rubber bands of its own and builds its catapult on the spot, in 45 minutes. The catapult may be at most 30 centimetres long and must be driven by its rubber bands alone. Each pair has 5 throws at the cup and scores one point for each marshmallow that lands in it; there is no distance throw and no design prize. One afternoon only, on Thursday 14 March 2024 from 14:00 to 17:00, in the hall of building 9. The pair with the most points wins the only prize, two cinema vouchers of EUR 15 each. The challenge gives no credits. Each student pays an entry fee of EUR 2.

HOW TO REGISTER

Register by e-mail to the Campus Games Desk by 4 March 2024. Places are given in the order of the e-mails received, up to 20 pairs.

1. Write to the Campus Games Desk with the names, programmes and countries of both students of your pair.
2. Pay the entry fee of EUR 2 each at the office by 8 March 2024.
3. Come to the hall of building 9 by 13:45 on the day with your sticks and rubber bands; the building starts at 14:00.

The throws are filmed, and every pair receives the video of its throws by e-mail.

CONTACT

Campus Games Desk
E-mail: catapult@umontpellier.fr
Phone: +33 4 67 14 27 63
Triolet campus, building 1, room 1.31. Thursday, 14:00-17:00.
"""

TEXTS["31-lolly-stick-catapult-challenge-2024.meta.yaml"] = sidecar(
    "Lolly-stick catapult challenge, 2023-2024 (expired, superseded by the 2027-2028 international trebuchet contest)",
    "https://www.umontpellier.fr/en/campus-life/student-life/lolly-stick-catapult-challenge-2024",
    "international students",
    "2024-06-30",
)

TEXTS["40-gdansk-street-workout-club-and-acroyoga-group.md"] = """---
title: University of Gdańsk – the street workout club and the acroyoga group
url: https://ug.edu.pl/en/student-life/street-workout-and-acroyoga
audience: students and staff
language: en
---

# University of Gdańsk: the street workout club and the acroyoga group

This page of the University of Gdańsk, in Poland, presents two clubs of its university sports and student associations: the street workout club and the acroyoga group. It applies only to students and staff of the University of Gdańsk, on the Baltic coast. Prices are in Polish złoty (PLN).

## Street workout club

The street workout club trains at the outdoor bar park of the university sports centre, and in a gym from November to March.

| Rule | University of Gdańsk |
|---|---|
| age | open from 18 years old only |
| beginners' programme | 10 sessions, PLN 150 |
| membership | PLN 80 a year for students |
| club training | Tuesday and Saturday mornings |
| equipment | members bring their own bands and chalk; the club lends nothing |
| medical certificate | required from every member before the first training |
| Baltic Jam | Saturday 24 June 2028, PLN 40 per athlete |
| credits | 2 ECTS credits |

Contact: street workout club, workout@ug.edu.pl, +48 58 523 2410.

## Acroyoga group

The acroyoga group practises in a dance hall of the university sports centre.

- the group is open from 18 years old only
- the open jam takes place on Thursday 30 September 2027
- membership costs PLN 60 a year for students
- the beginners' course costs PLN 120 for 10 sessions
- practice takes place on Tuesday and Friday evenings
- every member gives the group a medical certificate before the first class
- new members must join with a partner of their own
- the acroyoga festival takes place on Saturday 22 April 2028
- regular members receive 2 ECTS credits

Contact: acroyoga group, acroyoga@ug.edu.pl, +48 58 523 2420.
"""

TEXTS["41-aveiro-rental-deposit-help-and-recorder-group.md"] = """---
title: University of Aveiro – help for international students with their rental deposit, and the recorder group
url: https://www.ua.pt/en/student-life/international/deposit-help-and-recorder-group
audience: students
language: en
---

# University of Aveiro: help for international students with their rental deposit, and the recorder group

This page of the University of Aveiro, in Portugal, presents the help that its international office gives international students whose landlord keeps their rental deposit, and the recorder group of its cultural services. It applies only to students of the University of Aveiro. Prices are in euros.

## Help with a rental deposit

International students deal with their landlords themselves; the international office gives them advice by e-mail.

| Rule | University of Aveiro |
|---|---|
| lease check before signing | not offered |
| translation of the inventory | not offered |
| move-out inspection | students attend it alone; the office does not come |
| demand letter | the office gives a template, and students send it themselves |
| loan while waiting for the deposit | not offered |
| contacting the office after leaving | within 30 days of leaving |
| help with a landlord once the student has left the country | not provided |

Contact: international office, deposit-help@ua.pt, +351 234 370 410.

## Recorder group

The recorder group of the cultural services rehearses in a classroom of the music department.

- members must be 18 or over
- the open evening takes place on Wednesday 6 October 2027
- membership costs €25 a year for students
- the beginners' class has 10 sessions and costs €50
- the group lends its recorders of every size free of charge for the whole year, with no deposit
- members must be able to read music before joining
- the winter concert takes place on Friday 10 December 2027
- the spring concert takes place on Saturday 27 May 2028
- members receive 3 ECTS credits

Contact: recorder group, recorder@ua.pt, +351 234 370 420.
"""

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)


if __name__ == "__main__":
    # corpus/ is generated from scratch: whatever it held before is removed first.
    if (HERE / "corpus").is_dir():
        for old in (HERE / "corpus").iterdir():
            old.unlink()
    write_texts(HERE, TEXTS)
    FILES.write_all()
