"""The text of every 'blind41' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-sand-yachting-club-2027.pdf": {
        "title": "Bourrasque: the sand yachting club of UM, 2027-2028",
        "short": "Sand yachting club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/bourrasque-sand-yachting-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Bourrasque sand yachting club",
        "pages": [
            [
                ("h1", "Bourrasque: the sand yachting club of UM, 2027-2028"),
                (
                    "p",
                    "A sand yacht is a light three-wheeled cart with a sail: the pilot lies almost flat in a seat "
                    "of canvas, steers the front wheel with the feet and holds the sheet that trims the sail. Bourrasque "
                    "(French for a gust of wind) is the sand yachting club of the Sports Department. Its sand yachts "
                    "sail from October to April, when the long beaches of the coast are empty. This guide applies "
                    "to 2027-2028. In 2026-2027, the club had 34 members.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["theory evenings: the wind, the sail, steering and the rules of the beach", "Tuesday, 18:00–19:30, from 5 October to 30 November 2027", "Triolet campus, building 36, room 36.02", "included in the membership"],
                        ["discovery session: 2 hours on a two-seater sand yacht, next to an instructor", "Saturday 16 October 2027, 10:00–12:00 or 14:00–16:00", "the beach of l'Espiguette, by minibus", "€15, transport included"],
                        ["beginners' course: sailing alone, turning and stopping, in 4 afternoons", "Saturdays 6, 13, 20 and 27 November 2027, 13:00–17:00", "the beach of l'Espiguette", "€90, sand yacht, helmet and transport included"],
                        ["club outings: sailing in groups of 8 whenever the wind is right", "Sunday, from 16 January to 2 April 2028", "the beaches of l'Espiguette and of Gruissan", "€12 per outing"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery session takes 24 people and the beginners' course 12; the club owns 10 "
                    "single-seat sand yachts and 2 two-seaters, and members sail only the club's. Membership costs "
                    "€45 for the academic year for students and €70 for staff and researchers, insurance included. "
                    "Register from 27 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. You need no driving licence and no "
                    "experience of sailing. Pilots must weigh at least 45 kilos, or the wind lifts the sand yacht: "
                    "lighter members sail the two-seater with an instructor.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Warm, windproof clothes, gloves, sunglasses or ski goggles "
                    "against the flying sand, and closed shoes that hold the foot, never sandals or flip-flops; a "
                    "change of clothes, 1 litre of water and a snack. The club lends the helmets.",
                ),
                ("h2", "Joining the club outings"),
                ("p", "To join the club outings, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or show an instructor that you can sail alone if you have "
                        "sailed a sand yacht before.",
                        "Attend at least 3 theory evenings and pass the sailing test by 11 December 2027: a slalom "
                        "between 6 cones, then a stop within 10 metres of a flag.",
                        "Attend the safety talk on the wind, the tide line, other beach users and first aid on "
                        "Tuesday 11 January 2028, from 18:30 to 20:00, in room 36.02.",
                        "Book each outing in the club's app by the Thursday before at 18:00; the club confirms by "
                        "text message on Saturday at 18:00 whether the forecast wind is between 8 and 28 knots.",
                        "Pay €12 per outing in the app and be at the minibus in front of building 36 at 8:30; the "
                        "minibus is back on the campus by 17:00.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "wear your helmet with the chin strap closed, and your gloves, whenever you sit in a sand "
                        "yacht;",
                        "keep at least 50 metres away from walkers, riders, dogs and anglers, and pass them at "
                        "walking pace;",
                        "never sail in the dunes, or on the wet sand within 20 metres of the water;",
                        "stop only by turning into the wind, never by putting a foot or a hand on the sand;",
                        "leave a parked sand yacht with its nose into the wind and its sheet loose.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["learning", "October to December 2027", "the theory evenings, the beginners' course and the sailing test; no club outings before January"],
                        ["club outings", "Sundays from 16 January to 2 April 2028", "only when the wind is right; in March, outings start at 9:00, before the sea breeze"],
                        ["the Bourrasque Regatta", "Sunday 9 April 2028, 9:00–17:00, on the beach of Gruissan", "the closing day: three races around the buoys, 12 kilometres in all, with a barbecue on the beach"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If a sand yacht tips over"),
                (
                    "p",
                    "Let go of the sheet at once, keep your hands inside the seat and stay seated until the sand "
                    "yacht has stopped; the instructor checks your neck before you get up. Rinse sand out of an eye "
                    "with the saline solution in every instructor's bag, without rubbing. The instructor calls 15 "
                    "after any blow to the head.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the beginners' course and at least 8 club outings can have it recognised as "
                    "a sport unit worth 2 ECTS credits; students who follow the beginners' course and pass the "
                    "sailing test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Bourrasque, Sports Department, bourrasque@umontpellier.fr, +33 4 67 14 52 36. Triolet "
                    "campus, building 46, room 46.09; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-bobbin-lace-workshop-2027.pdf": {
        "title": "Fuseaux: the bobbin lace workshop of UM, 2027-2028",
        "short": "Bobbin lace workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/fuseaux-bobbin-lace-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Fuseaux bobbin lace workshop",
        "pages": [
            [
                ("h1", "Fuseaux: the bobbin lace workshop of UM, 2027-2028"),
                (
                    "p",
                    "Bobbin lace is made without a needle. Fine threads are wound on small wooden bobbins, which "
                    "hang in pairs from a firm round pillow; the lacemaker crosses and twists the pairs over a "
                    "pattern drawn on card and pinned to the pillow, and a pin holds each stitch in place until the "
                    "lace is finished. In France, the old centre of the craft is Le Puy-en-Velay, where thousands "
                    "of women once made lace at their doors. Fuseaux (French for bobbins), the bobbin lace "
                    "workshop of the Culture Department, is taught by a lacemaker in the craft room of the Student "
                    "House. This guide applies to 2027-2028. In 2026-2027, 26 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: make a small lace heart with 6 pairs of bobbins", "Tuesday 19 October 2027 or Tuesday 25 January 2028, 18:00–20:30", "the craft room, Student House, building 20, room 034", "€6, thread included"],
                        ["beginners' course: the cloth stitch, the half stitch, the twist and a first bookmark, in 7 sessions", "Tuesday, 18:00–20:30, from 2 November to 14 December 2027", "the craft room", "€48, thread included"],
                        ["torchon course: a lace edging for a handkerchief in the torchon style, in 5 sessions", "Saturday, 9:30–12:30, from 4 March to 1 April 2028", "the craft room", "€65, thread and pins included"],
                        ["open studio: work on your own lace with the pillows of the workshop and advice from the lacemaker", "first Thursday of each month, 17:00–20:00, from 7 October 2027", "the craft room", "free for those who have followed a course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 10 people, the beginners' course 8, one per pillow, and the "
                    "torchon course 8. Students with a need-based grant pay half price; staff and researchers pay "
                    "€10 more per course. Register from 27 September 2027 in the \"Culture\" tile of your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. You need no experience: the "
                    "beginners' course starts with winding your first bobbins. The torchon course is open only to "
                    "people who have followed the beginners' course and finished its bookmark. Left-handed "
                    "lacemakers work exactly as right-handed ones do.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring a small pair of sharp scissors and, if you wear them, your reading glasses: the threads "
                    "are fine. The workshop lends the pillows, the bobbins, the pins, the patterns and the bobbin "
                    "winder. Wash a finished piece of lace by hand in lukewarm water and dry it flat, pinned out on "
                    "a towel.",
                ),
                ("h2", "Joining the torchon course"),
                ("p", "To join the torchon course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course and finish your bookmark by its last session, on 14 December "
                        "2027.",
                        "Choose an edging in the workshop's folder, a fan, a diamond or a heart, and tell the "
                        "lacemaker through the \"Culture\" tile by 31 January 2028.",
                        "Register in the same tile by 14 February 2028 and pay the price of the course, €65.",
                        "Bring to the first session, on Saturday 4 March 2028 at 9:30, a handkerchief of white "
                        "cotton and a small pair of sharp scissors.",
                        "Collect your edged handkerchief at the desk of the Culture Department from 18 April 2028, "
                        "once the lacemaker has sewn the lace on.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "put every pin back in the pincushion, and count your pins before you leave;",
                        "wind the bobbins only with the winder, never round your finger;",
                        "never lift a pillow by its pins or its bobbins: carry it flat, with both hands;",
                        "no food or drinks on the lace tables;",
                        "cover your pillow with its cloth at the end of the session.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "Wash a pin prick with soap and water and cover it. If a pin breaks off in the skin, do not dig "
                    "for it: go to the nurses of the Student Health Service, +33 4 67 14 71 40. Rest your eyes for "
                    "5 minutes every half hour by looking out of the window.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The lace of the year is shown in the hall of the Student House from 15 to 26 May 2028. "
                    "Students who follow the beginners' course and the torchon course and show a piece there can "
                    "have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Fuseaux, Culture Department, fuseaux@umontpellier.fr, +33 4 67 14 53 72. Triolet "
                    "campus, building 29, room 0.27; Monday and Thursday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-badger-survey-volunteers.docx": {
        "title": "Blaireau: watching the badgers of the holm oak woods – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/blaireau-badger-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Blaireau: watching the badgers of the holm oak woods – volunteer guide 2028"),
            (
                "p",
                "The European badger is grey, up to 90 centimetres long, with a white face crossed by two black "
                "stripes. It lives in family groups in a sett, a network of tunnels and chambers dug into a bank "
                "or under the roots of oaks, which the same family may use for a hundred years. It comes out at "
                "dusk and eats earthworms, insects, fruit and roots. Badgers are shy and rarely seen, and many "
                "are killed on the roads: nobody knows how many live in the woods around Montpellier. Blaireau "
                "(French for badger), run by the Student Life Department with a mammal ecologist of the Faculty "
                "of Sciences, trains volunteers to find setts, check trail cameras and watch setts at dusk in "
                "the holm oak woods of Puéchabon and Argelliers, north-west of Montpellier. In 2027, 33 "
                "volunteers searched 40 square kilometres and found 27 setts, 19 of them in use.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of animals, but you must be able to walk 6 kilometres off the paths and then sit "
                "still and silent for 2 hours in the dark. Volunteers commit to at least 4 dusk watches and 2 "
                "camera rounds between 11 April and 29 September 2028. The survey lends binoculars, head torches "
                "with a red light, trail cameras and data sheets.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: badgers, setts, signs and the protocol", "Tuesday 21 March 2028, 18:30–21:00", "Triolet campus, building 22, room 22.10", "40"],
                    ["tracks day: finding setts, latrines, paths and hairs caught on fences", "Saturday 25 March or Saturday 1 April 2028, 9:30–16:30", "the woods of Puéchabon", "15"],
                    ["dusk watch: sitting near a sett from sunset for 2 hours and counting the badgers that come out", "Tuesday and Friday evenings from 11 April to 29 September 2028", "the setts of Puéchabon and Argelliers, by minibus", "5"],
                    ["camera round: changing the memory cards and batteries of the trail cameras", "Sunday mornings from 16 April to 24 September 2028, 8:00–12:00", "the same woods, by minibus", "4"],
                    ["results evening: the badgers of the year", "Thursday 23 November 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first dusk watch"),
            ("p", "To go on your first dusk watch, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Blaireau\", by 14 March 2028.",
                    "Attend the training evening of 21 March 2028 and one of the two tracks days.",
                    "Book a dusk watch in the app at least 3 days ahead: each minibus takes 5 volunteers and the "
                    "coordinator.",
                    "Pack dark clothes that do not rustle, a cushion or a folding stool, a warm layer, insect "
                    "repellent, 1 litre of water and a snack in a quiet box.",
                    "Be at the minibus in front of building 22 at the time given in the app, 2 hours before sunset: "
                    "the coordinator hands out the red-light torches, the binoculars and the data sheets.",
                ],
            ),
            ("h1", "Is it a badger sett?"),
            (
                "p",
                "A badger sett has several wide entrances, wider than they are high, with large mounds of dug "
                "earth in front of them and often old bedding of dry grass and leaves. A fox's earth has a "
                "single, narrower and taller hole, a strong smell and bones or feathers around it; a rabbit "
                "burrow is much smaller. Badgers leave their droppings in small pits, the latrines, near the sett "
                "or at the edge of their territory, and their footprints show five toes in a row with long claw "
                "marks. Photograph every sign next to the scale card and record it in the app.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never put a hand, a stick or a camera into the entrance of a sett;",
                    "sit with the wind blowing from the sett towards you, at least 20 metres away;",
                    "use only the red light of your torch: no white light, no phone screen and no flash;",
                    "wear no perfume and never leave food near a sett;",
                    "never tell anyone outside the survey where a sett is: the map stays in the app.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students "
                "who attend the training evening, 6 dusk watches and 2 camera rounds can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Blaireau coordinator, Student Life Department: blaireau@umontpellier.fr, +33 4 67 14 36 58. "
                "Student House, Triolet campus, building 20, room 142; Monday and Thursday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-taekwondo-club.md"] = """---
title: Tornade – the taekwondo club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/tornade-taekwondo-club
audience: students, researchers and staff
language: en
---

# Tornade: the taekwondo club of the Sports Department

Taekwondo is a Korean martial art and an Olympic sport. It is the art of the feet: fast, high and spinning kicks, blocks and punches, practised in forms, sequences of moves against imagined opponents, and in sparring, in which two athletes in body protectors and head guards score points with kicks. Belts mark progress, from white to yellow, green, blue, red and black. Tornade (French for tornado, the name of a spinning kick) is the taekwondo club of the Sports Department. It trains in the dojo of the Triolet sports complex, building 42, which has a sprung floor covered with mats and a set of electronic body protectors. This page applies to the academic year 2027-2028. In 2026-2027, the club had 44 members from 14 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: kicks on pads, a first form and a little self-defence | Thursday 23 September 2027, 18:30–20:00 | the dojo, building 42 | 1 | free |
| beginners' course: stances, blocks, the basic kicks and the first form, up to the yellow belt | Wednesday, 18:00–19:30 | the dojo | 12, from 6 October 2027 | €36 |
| club training: forms, kicks, self-defence and sparring | Monday and Thursday, 19:00–21:00 | the dojo | every week from 4 October 2027 | included in the membership |
| sparring workshops: bouts with the electronic body protectors, scoring and tactics | Saturday, 10:00–12:00, from 22 January to 1 April 2028 | the dojo | 11 | €4 per workshop |
| "Tornade Cup": the club's tournament of forms and sparring for students from every university of the region | Sunday 28 May 2028, 9:00–18:00 | the sports hall of the Triolet sports complex, building 43 | 1 | €12 per competitor, free for spectators |

The discovery session takes 40 people, the beginners' course 24 and each club training 32; the Tornade Cup has room for 120 competitors. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration opens on 16 September 2027 in the "Sport" tile of your UM account.

Membership costs €40 for the academic year for students and €65 for staff and researchers; it includes insurance and the loan of the sparring protectors: body protector, head guard, forearm and shin guards. The licence of the French taekwondo federation costs €38 and is needed only for official competitions and for the black belt. The dobok, the white training suit, costs €29 at the desk of the Sports Department and is compulsory from your third session; come to the first two in a tracksuit. A mouthguard, €6 at the same desk, is compulsory for sparring.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 15 or over; members under 18 need the written consent of a parent. You need no experience of martial arts and no flexibility at the start. Members with asthma or a heart, knee or hip problem tell the coach before their first session.

## How to join the competition team

The club enters a team of 8 in the French university taekwondo championship, in Orléans on Saturday 25 and Sunday 26 March 2028. To join it, follow these steps:

1. Attend at least 15 club trainings by 17 December 2027.
2. Pass the yellow belt at the grading of Thursday 13 January 2028, unless you already hold a higher belt.
3. Take the licence of the French taekwondo federation through the club, for €38, with a medical certificate of fitness for competition less than 1 year old, by 28 January 2028.
4. Fight in the selection bouts on Saturday 5 February 2028, from 14:00 in the dojo; the coaches pick 8 athletes by weight category.
5. Buy the team tracksuit, €45, at the desk of the Sports Department by 24 February 2028, and attend the extra training on Tuesdays from 29 February 2028, 19:00–21:00; the club pays the train and the hostel in Orléans.

## Rules of the dojo

- bow to the coach when you step onto the mats and when you leave them
- barefoot on the mats, and shoes never beyond the line of the benches
- no jewellery and no watch, nails cut short and long hair tied up
- spar only with a coach in the dojo, in full protectors and with your mouthguard in
- stop at once when the coach calls "kalyeo", the Korean word for stop

## Credits

Students who attend at least 20 sessions in the year and help to run the Tornade Cup can have it recognised as a sport unit worth 2 ECTS credits.

## FAQ

Do I have to fight? No. Sparring is never compulsory: many members train only forms, kicks and self-defence, and pass their belts without a single bout.

I wear glasses. Can I train? Yes. Take them off for sparring and wear contact lenses or sports goggles if you need to see; for forms and kicks on pads, you can keep your glasses on.

## Contact

Tornade, Sports Department: tornade@umontpellier.fr, +33 4 67 14 52 63. Triolet campus, building 46, room 46.21; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-road-accidents-international-students.html"] = html_page(
    "After a road accident: FAQ for international students",
    "What to do at the scene of a road accident, the joint accident report, what the Student Assistance Desk gives, the steps after the accident, who pays and an offer of cash.",
    "https://www.umontpellier.fr/en/international/road-accidents-faq",
    "/fr/international/accidents-de-la-route-faq",
    """    <h1>After a road accident: FAQ for international students</h1>
    <p>Most international students get around Montpellier by bike, on foot, by tram or in a borrowed car, and French traffic rules and paperwork are new to many of them. Every year, some are hurt or involved in an accident, often in their first weeks. The Student Assistance Desk of the International Relations Department helps degree and exchange students after a road accident: it meets them, explains each step, checks their papers, writes the certificates they need and, for some students, pays an emergency grant. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 31 students after an accident, 22 of them on a bike.</p>

    <h2>What do I do at the scene?</h2>
    <p>Make the place safe first: move out of the traffic if you can, and put on a reflective vest if you were driving. Call 112 if anyone is hurt. Never leave before you have given your name and address to the other people involved: leaving the scene is an offence in France. Photograph the cars, the bikes and the road, and note the names and phone numbers of witnesses.</p>

    <h2>What is the joint accident report?</h2>
    <p>The joint accident report, called the constat amiable, is a form of two pages that the people involved fill in together and sign at the scene, one copy each. It also works when a bike meets a car. Each person ticks the boxes that describe what happened and draws a sketch. Never sign a report that you do not understand: take the other person's name, address, insurer and number plate, and fill the report in later with the help of the desk.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 30 minutes with an adviser, in French or English, within 2 working days of your request, or the same day if you were hurt</td></tr>
        <tr><td>papers</td><td>the adviser checks your joint accident report before you send it, and translates into English the letters of insurers and of the police</td></tr>
        <tr><td>certificate</td><td>a certificate of enrolment and of absence, in French and English, for your teachers, your employer or your scholarship body, within 1 working day</td></tr>
        <tr><td>emergency grant</td><td>up to €400, for students with a need-based grant or a UM scholarship, for care that is not paid back or to replace a bike or a phone broken in the accident, paid within 2 weeks of the decision</td></tr>
      </tbody>
    </table>

    <h2>What do I do in the days after the accident?</h2>
    <p>After an accident, proceed as follows:</p>
    <ol>
      <li>See a doctor within 24 hours, even if you feel fine, and ask for the initial medical certificate, which describes your injuries.</li>
      <li>Send the joint accident report to your insurer within 5 working days, by registered letter or in its app, with your photos.</li>
      <li>If the other driver left without giving their details, or if someone was hurt, report the accident at a police station within 48 hours.</li>
      <li>Keep every receipt: the doctor, the pharmacy, the taxi and the repair of your bike.</li>
      <li>Send the desk a copy of the report through the "International" tile; an adviser calls you back within 2 working days.</li>
    </ol>

    <h2>Who pays for my injuries?</h2>
    <p>Your French health insurance pays back your care as for any illness. If a car hit you while you were on foot or on a bike, its insurer pays for your injuries in almost every case, even if you made a mistake yourself.</p>

    <h2>The other driver offers me cash to forget the whole thing. Should I accept?</h2>
    <p>No. Never accept cash instead of a joint accident report, even for a small sum: if your injuries or the damage to your bike turn out worse than they looked, you will have nothing to show your insurer. Fill in the report, or take the driver's details and number plate, and tell the desk.</p>

    <h2>Can I keep up with my courses?</h2>
    <p>Yes. On a medical certificate sent to the studies office of your faculty, you can be excused from classes and practical work for the time the doctor gives, and follow the course material online.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the meeting, the help with the papers and the certificates are the same. The emergency grant is open to exchange students whose home university confirms that they hold a need-based grant. Check with your home insurance what it pays in France.</p>

    <h2>Can the desk help me avoid an accident?</h2>
    <p>Yes: international students in their first year at UM can collect a free bike helmet and a set of lights at the desk, while stocks last.</p>

    <h2>Whom do I contact?</h2>
    <p>Student Assistance Desk, International Relations Department: assistance-desk@umontpellier.fr, +33 4 67 14 27 63. Triolet campus, building 1, room 1.22; Tuesday and Thursday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-road-accidents-international-students.meta.yaml"] = sidecar(
    "After a road accident: FAQ for international students",
    "https://www.umontpellier.fr/en/international/road-accidents-faq",
    "international students",
)

TEXTS["03-international-students-at-the-asparagus-harvest-2028.md"] = """---
title: International students at the asparagus harvest of the Petite Camargue, spring 2028
url: https://www.umontpellier.fr/en/international/campus-life/asparagus-harvest-jobs
audience: international students
language: en
---

# International students at the asparagus harvest of the Petite Camargue

In the light, sandy soils between Vauvert and Saint-Gilles, at the edge of the Camargue, farmers grow asparagus in long mounds of sand. From March, the spears push up through the sand and must be cut every morning, one by one, with a long gouge slid into the mound: white asparagus before its tip shows, green asparagus once it stands 20 centimetres tall. A spear left one day too long opens and cannot be sold. Since 2026, an agreement between the University of Montpellier and the Asparagus Growers' Association of the Gard Sands offers international students paid spring jobs on the farms of its members: cutting in the fields, sorting and bunching in the packing sheds, and selling at the association's Asparagus Fair. The Spring Jobs Desk of the Student Life Department recruits and prepares the students. This page applies to the harvest of 2028, from Saturday 18 March to Sunday 28 May 2028. In the spring of 2027, 21 students worked 356 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.40 gross an hour, and 20% more for the hours worked before 6:00 or on a public holiday, paid by the farm at the end of each month |
| days and hours | Saturdays and Sundays, and every day of the spring break from Monday 24 to Sunday 30 April 2028; cutting from 6:00 to 12:00 and sorting from 14:00 to 17:00; at most 6 days and 40 hours a week |
| transport | a minibus from the Triolet campus to Vauvert on Saturday at 5:15 and back on Sunday at 18:00, free |
| lodging | a bed in a shared room of the association's gîte in Vauvert, €6 a night |
| meals | a free breakfast and a free lunch on the farm on each day worked |
| equipment | a cutting gouge, a harvest basket on a belt, gloves and a wide sun hat, lent for the season |
| asparagus | a bunch of 1 kilo of asparagus to take home at the end of each weekend worked |
| training | 3 hours of training on cutting, the packing shed and working in the sun, paid like 3 hours of work |

Contracts are fixed-term seasonal contracts signed with the farm, which is your employer: neither UM nor the association is. The association expects 30 students this spring, on 12 farms.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students included, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. Cutting needs no French; sorting and bunching in the packing sheds need a level of French of at least A2; the stand at the Asparagus Fair, in Vauvert on Sunday 9 April 2028, needs B2. You must be free for at least 5 weekends, or for the whole spring break, and be able to bend forward for a whole morning. Students with back problems should not apply, and students whose skin reacts to plant sap wear the gloves at all times.

## How to join the harvest

An information meeting takes place on Tuesday 15 February 2028 at 12:30 in lecture theatre C of building 5. To join the harvest, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 27 February 2028, with a CV in French or English, the weekends when you are free and the jobs you would like.
2. Have an interview by video with a grower on Thursday 2 or Friday 3 March 2028.
3. Receive the answer by Wednesday 8 March 2028, and choose your weekends in the association's planning by Sunday 12 March 2028.
4. Sign your contract with the farm by Wednesday 15 March 2028, with a copy of your residence permit and your French social security number.
5. Attend the training in Vauvert on the morning of Saturday 18 March 2028; the first cutting starts the next day at dawn.

## Rules on the farms

- slide the gouge in along the spear and cut it below the sand, without touching the young spears next to it
- never drive a tractor or a quad of the farm, even for a few metres
- drink water every hour: there are bottles at the end of each row
- wear the sun hat and sun cream from the first morning: the white sand reflects the sun
- put each full basket in the shade at the end of the row, never in the sun

## FAQ

What if it rains? Cutting goes on in light rain, and the farm lends waterproofs. A day cancelled for a storm after 18:00 the evening before is paid 3 hours.

What happens in a heatwave? Asparagus can grow 10 centimetres a day in the heat, so the farm may ask for a second cutting in the evening, paid at the same rate and always within the 40 hours a week.

## Contact

Spring Jobs Desk, Student Life Department: asparagus-harvest@umontpellier.fr, +33 4 67 14 36 74. Student House, Triolet campus, building 20, room 124; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["04-faq-sumo-association.html"] = html_page(
    "Poussée, the sumo association: FAQ",
    "Poussée: the discovery session, the beginners' sessions, club training, sumo on the sand, the Poussée Open and the championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/sumo-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-sumo-faq",
    """    <h1>Poussée, the sumo association: FAQ</h1>
    <p>Sumo is the national sport of Japan. Two wrestlers face each other in a ring 4.55 metres across, crouch, and charge at the same moment. The first who steps out of the ring, or who touches the ground with anything but the soles of the feet, loses; most bouts last less than ten seconds. Amateur sumo, the sport of the international federation, is open to women and men and is fought in weight categories. Wrestlers wear the mawashi, a long belt of thick cotton wrapped around the waist and hips, over cycling shorts or a leotard. Poussée (French for push) is the sumo association of the Student House. Its members train barefoot in the wrestling room of the Triolet sports complex, building 41, on a ring marked on the mats. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 22 members from 9 countries.</p>

    <h2>What does Poussée offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the crouch, the leg raise and your first charge</td><td>Friday 8 October 2027, 18:00–20:00</td><td>the wrestling room of the Triolet sports complex, building 41</td><td>free</td></tr>
        <tr><td>beginners' sessions: the stance, the charge, pushing from the hips and falling safely, in 10 sessions</td><td>Tuesday, 18:00–19:30, from 12 October 2027</td><td>the wrestling room</td><td>€25</td></tr>
        <tr><td>club training: charges, pushes, throws and bouts</td><td>Thursday, 19:00–21:00, and Sunday, 10:00–12:00, from 14 October 2027</td><td>the wrestling room</td><td>included in the membership</td></tr>
        <tr><td>sumo on the sand: bouts in a ring drawn on the beach</td><td>Saturday 20 May and Saturday 17 June 2028, 15:00–18:00</td><td>the beach of Petit Travers, by tram and bus</td><td>€4, drinks included</td></tr>
        <tr><td>the "Poussée Open": a tournament in weight categories for students from the whole of France</td><td>Saturday 22 April 2028, 9:00–18:00</td><td>the wrestling room</td><td>€10 per wrestler</td></tr>
      </tbody>
    </table>
    <p>Membership costs €18 for the academic year for students and €28 for staff and researchers; it includes insurance and the loan of a training mawashi. The licence of the French sumo federation, €27, is needed only to fight in the national student championship and is taken through the association. The discovery session takes 30 people, the beginners' sessions 16, club training 20 and each afternoon on the sand 30; the Poussée Open has room for 80 wrestlers.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience. Every member gives the association a medical certificate of fitness for sport, less than 1 year old, by the second session at the latest.</p>

    <h2>What should I wear?</h2>
    <p>You train barefoot. Wear cycling shorts or a leotard, and a fitted T-shirt for training if you wish; the association lends the mawashi and shows you how to wrap it. Bring flip-flops for the walk to the mats, a towel and a bottle of water.</p>

    <h2>I'm light. Won't the heavy wrestlers crush me?</h2>
    <p>No. In the Poussée Open and in the championship, you fight only in your own weight category, and in training the coach pairs you with a partner of about your weight. Sumo is won by getting lower than the other wrestler and pushing from the hips, not by weight alone: light, fast wrestlers often beat heavier ones by stepping aside at the charge.</p>

    <h2>How do I fight in the national student championship?</h2>
    <p>The association sends a team of six wrestlers, one per weight category, to the national student championship, on one tournament day in March 2028. To fight in it, follow these steps:</p>
    <ol>
      <li>Attend at least 10 sessions of club training.</li>
      <li>Take the licence of the French sumo federation through the association, €27, by 26 November 2027.</li>
      <li>Weigh in and fight the selection bouts at club training on Sunday 12 December 2027: the coach picks one wrestler per category.</li>
      <li>Order your own mawashi in the colours of the association, €35, at the desk of the Student House by 21 January 2028.</li>
      <li>Tell the coach by e-mail, two weeks before the championship, whether you can fight; the association pays the travel and the hotel.</li>
    </ol>

    <h2>What are the rules in the ring?</h2>
    <ul>
      <li>bow to your opponent at the edge of the ring before and after every bout;</li>
      <li>push, slap with the open hand or grip the mawashi, but never punch, kick, pull hair or grab the throat;</li>
      <li>never grip the front flap of the mawashi, which covers the groin;</li>
      <li>warm up for at least 20 minutes, with the leg raises and the splits, before the first charge;</li>
      <li>take off rings, earrings and watches and cut your nails short before you step into the ring.</li>
    </ul>

    <h2>What if someone gets hurt?</h2>
    <p>A wrestler who lands badly on a shoulder or a knee stops at once and cools it with an ice pack from the freezer of the hall's office. A wrestler who hits their head and feels dizzy does not fight again that day. In an emergency, the coach calls 15.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 16 sessions in the year and help to organise the Poussée Open can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Poussée, Student House: poussee@asso.umontpellier.fr, +33 4 67 14 35 27. Triolet campus, building 20, room 227; Wednesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-sumo-association.meta.yaml"] = sidecar(
    "Poussée, the sumo association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/sumo-association-faq",
    "students, researchers and staff",
)

TEXTS["05-mariachi-band.txt"] = """SERENATA: THE MARIACHI BAND - 2027-2028
University of Montpellier - Culture Department

Mariachi is the music of Jalisco, in western Mexico, played at weddings, birthdays, town feasts and, all over Mexico, in serenades sung under a window. A mariachi band stands in a line and everybody sings. The violins and the trumpets play the melody; the vihuela, a small guitar with five strings and a rounded back, strums the rhythm; the guitarron, a large bass guitar that the player holds against the belly, plays the bass; a guitar and sometimes a harp complete the band. Its songs are the lively son, the ranchera, the slow bolero and the huapango, sung in falsetto, and they are broken by the grito, a long joyful shout. Serenata is the mariachi band of the Culture Department. It owns 3 vihuelas, a guitarron and a harp, and it is led by a trumpeter who teaches at a music school in Montpellier. It rehearses in room 0.12 of building 31. In 2026-2027 the band had 15 members from 7 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The band has six activities:

open rehearsal: listen, or bring any instrument and play along, on Wednesday 29 September 2027 from 19:00 to 21:00
singing workshop for every member: singing in Spanish, the falsetto of the huapango and the grito, 6 sessions on Mondays from 18:00 to 19:30, from 11 October 2027
band rehearsal: the whole band, on Wednesdays from 19:30 to 22:00, from 6 October 2027
Day of the Dead evening: the band plays around the altar of flowers and candles in the hall of the Student House, on Tuesday 2 November 2027 at 19:00
Valentine's serenades: the band sings a song to the person of your choice anywhere on the Triolet campus, free of charge, on Monday 14 February 2028 from 12:00 to 14:00; ask for a serenade in the band's app by 9 February
summer concert on the lawn: on Friday 9 June 2028 at 20:00, on the lawn of the Student House

The general meeting of the band, where the members choose the songs of the year, takes place on Wednesday 20 October 2027 at 18:30 in room 0.12.

MEMBERSHIP, WORKSHOP AND INSTRUMENTS

Membership costs EUR 12 for the academic year for students and EUR 24 for staff and researchers; it includes insurance and the band rehearsals. The singing workshop costs EUR 18 for the six sessions; students with a need-based grant pay half price for it. The workshop takes 14 singers and the band 20 players.

Members who want to play the vihuela, the guitarron or the harp borrow one of the band's for the year, against a deposit cheque of EUR 250 that is never cashed unless the instrument comes back damaged. Violinists, trumpeters and guitarists bring their own instrument. Every song is handed out as a sheet with the words and the chords, with a recording in the band's app. The violins and the trumpets read their parts; the vihuela and the guitarron need no reading of music, since the strumming patterns are taught by ear in the first rehearsals.

For the concerts, the band lends each player its charro costume: a short black jacket, trousers with a row of silver buttons and a wide red bow tie. Bring your own black shoes. Nobody wears a sombrero on stage.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE SUMMER CONCERT?

1. Be a member and come to at least 10 band rehearsals between January and April 2028.
2. Play and sing the twelve songs of the concert list with the band leader at the audition evening on Wednesday 3 May 2028.
3. Attend the two dress rehearsals on Saturday 20 May and Saturday 27 May 2028, from 14:00 to 17:00.
4. Try on and collect the charro costume, lent for the evening, by 2 June 2028, and bring black shoes.
5. On the day of the concert, be on the lawn at 18:30 for the sound check.

RULES OF THE REHEARSAL

Tune your instrument to the band's tuner before the rehearsal starts, never in the middle of a song. The band leader counts in each song and raises a hand to call the last verse. In a bolero, the trumpets rest and the violins play softly, so that the singer can be heard. The grito belongs in the instrumental breaks, never in the middle of a verse. Play only the songs of the band's folder; for the others, listen, and learn them later from the app. No food or drinks in the room except water. The room closes at 22:30.

THE SUMMER CONCERT ON THE LAWN

On Friday 9 June 2028 at 20:00, the players of the year give Serenata's summer concert on the lawn of the Student House. It is free and open to all, and it ends with Cielito Lindo, which the whole audience sings with the band.

CREDITS

Students who play in the band all year and at the summer concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Serenata, Culture Department
E-mail: serenata@umontpellier.fr
Phone: +33 4 67 14 53 47
Triolet campus, building 29, room 0.31. Wednesday, 12:30-14:00.
"""

TEXTS["05-mariachi-band.meta.yaml"] = sidecar(
    "Serenata, the mariachi band 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/serenata-mariachi-band",
    "students, researchers and staff",
)

TEXTS["06-international-song-contest-2027.md"] = """---
title: Voix du monde, the international song contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/voix-du-monde-song-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Voix du monde: the international song contest, 2027-2028

Students at UM speak more than a hundred languages, and many of them sing. Voix du monde (French for voices of the world) is the song contest of the university: students sing a song of their choice, alone or in a group, in front of a jury and an audience, in any language, French included. The jury does not mark the language: it marks the voice, the stage presence and how well the song reaches an audience that may not understand a word of it. The contest is run by the Concerts Office of the Culture Department and is open to every student enrolled at UM in 2027-2028, from the first year of the bachelor's degree to the doctorate, exchange students included. There are two categories: solo, and groups of 2 to 5 singers. In 2026-2027, 48 acts from 31 countries took part.

## What the contest involves

| Part | What it means |
|---|---|
| training | 2 workshops of 2 hours with a vocal coach, on breathing and on stage presence |
| video | a video of your song, filmed on a phone in one take, for the selection |
| semi-final | one song of at most 4 minutes, sung live, in front of a jury of 4 and an audience |
| final | the 10 best acts of the semi-finals, 5 in each category, in the theatre of the Student House |
| prizes | in each category, €600 for the jury's first prize and €300 for the second; one audience prize of €250 for both categories |

Taking part is free. Students who attend both workshops and sing in a semi-final can have it recognised as a cultural engagement unit worth 1 ECTS credit. Singers with a disability can ask for arrangements on stage.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 8 November 2027 |
| registration deadline | Sunday 5 December 2027, 23:59 |
| breathing workshop | Wednesday 15 December 2027, 18:00–20:00 |
| stage workshop | Wednesday 12 January 2028, 18:00–20:00 |
| videos due | Friday 28 January 2028, 12:00 |
| acts selected for the semi-finals | by Monday 14 February 2028 |
| semi-finals | Thursday 9 and Friday 10 March 2028, 19:00–22:00 |
| final | Friday 7 April 2028, 20:00 |

## How to enter

To take part in the contest, follow these steps:

1. Register in the "Culture" tile of your UM account by its deadline, 5 December 2027, and choose the solo or the group category; a group registers once, with the names of all its singers.
2. Attend the two workshops, on 15 December 2027 and 12 January 2028.
3. Upload the video of your song and its words, with a translation into French or English, in the tile by 28 January 2028 at noon; the Office selects 30 acts for the semi-finals by 14 February 2028.
4. Send your backing track, if you use one, to the Office by e-mail at least 1 week before your semi-final.
5. Receive your time in the semi-finals by e-mail, and come 45 minutes early for the sound check.

## Rules of the song

- at most 4 minutes: a song that runs over is faded out and cannot win a prize
- sung live: a backing track may hold instruments but never a recorded voice
- singers may play their own instrument, but nobody else joins them on stage
- the words of the song must not insult any person or group
- the jury marks the voice, the stage presence and the link with the audience, never the language

## FAQ

Can I take part a second time? Yes, unless you won a jury's first prize in an earlier year.

Can a member of staff sing in my group? No: every singer of a group must be a student enrolled at UM.

What if I lose my voice before my semi-final? Tell the Office before your time with a medical certificate: you can sing in the other semi-final if a time is left.

## Contact

Concerts Office, Culture Department: song-contest@umontpellier.fr, +33 4 67 14 53 18. Triolet campus, building 29, room 1.05; Monday to Thursday, 10:00–12:30.
"""

TEXTS["31-multilingual-singing-contest-2024.txt"] = """MULTILINGUAL SINGING CONTEST - 2023-2024
University of Montpellier - International Evenings Unit

This page applies to the academic year 2023-2024. In the multilingual singing contest, international students sing a song in front of a jury.

WHO CAN TAKE PART

International students enrolled in a degree programme at UM only. Exchange students, French students and doctoral candidates cannot take part. Solo singers only: no groups.

WHAT THE CONTEST INVOLVES

No workshop and no video selection. One round only, on Thursday 14 March 2024 at 19:00, in the hall of the Student House: a song of at most 3 minutes, sung in the singer's mother tongue only, never in French or in English. The jury gives one prize of EUR 300. The contest gives no credits. Every singer pays a registration fee of EUR 10.

HOW TO REGISTER

Register by e-mail to the International Evenings Unit by 16 February 2024. Places are given in the order of the e-mails received, up to 16 singers.

1. Write to the International Evenings Unit with your name, your programme and the title of your song.
2. Pay the registration fee of EUR 10 at the unit by 23 February 2024.
3. Send the words of your song by e-mail by 8 March 2024.

The winner is announced at the end of the evening.

CONTACT

International Evenings Unit
E-mail: singing-contest@umontpellier.fr
Phone: +33 4 67 14 27 09
Triolet campus, building 1, room 1.40. Wednesday, 14:00-17:00.
"""

TEXTS["31-multilingual-singing-contest-2024.meta.yaml"] = sidecar(
    "Multilingual singing contest, 2023-2024 (expired, superseded by the 2027-2028 international song contest)",
    "https://www.umontpellier.fr/en/campus-life/culture/multilingual-singing-contest-2024",
    "international students",
    "2024-06-30",
)

TEXTS["10-shield-bug-survey-volunteers.md"] = """---
title: Punaise – counting the shield bugs of the parks and gardens, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/punaise-shield-bug-survey
audience: students, researchers and staff
language: en
---

# Punaise: counting the shield bugs of the parks and gardens

Shield bugs owe their name to their flat body, shaped like the shield of a knight. They feed on the sap of plants and on seeds with a beak folded under the body, and when they are disturbed they release a liquid with a strong smell, which is why they are also called stink bugs. Around Montpellier, the green shield bug, bright green in summer, turns brown in autumn; the striped shield bug, with red and black stripes, sits on the flower heads of fennel and wild carrot; and the brown marmorated stink bug, which came from Asia in packing crates, damages fruit crops and gathers by the hundred in houses in autumn to spend the winter. Punaise (French for bug), run by the Student Life Department with an entomologist of the Faculty of Sciences, trains volunteers to count shield bugs along fixed transects, strips of 50 metres in the parks and gardens of Montpellier. Its results go into a national survey. In 2027, 38 volunteers counted 4,716 shield bugs of 26 species on 24 transects; 17% of them were brown marmorated stink bugs.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the shield bugs of Montpellier, how to tell them apart and the protocol | Wednesday 3 May 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| counting mornings: walking a fixed transect slowly and counting the bugs on every flower head and leaf | Tuesday and Friday mornings, from 16 May to 28 July 2028, 9:00–11:00 | 24 transects in the parks and gardens of Montpellier | 30 | free |
| photo evenings: naming the bugs on the photos of the week with the entomologist | Thursday, 18:00–19:30, from 25 May to 27 July 2028 | Triolet campus, building 24, room 24.07 | 20 | free |
| autumn search: finding the brown marmorated stink bugs that gather on walls and in window frames before the winter | Saturday 14 October 2028, 9:00–12:00 | the buildings of the Triolet campus | 25 | €2, for the hand lens you keep |
| results evening: the shield bugs of the year | Thursday 7 December 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Transects are counted by pairs of volunteers, always the same pair during a summer, and the coordinator asks the parks service for permission before the first count. From 1 July, when the heat comes early in the day, the counting mornings start at 8:00 instead of 9:00.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects, but you must be able to walk slowly in the sun for 2 hours. Volunteers commit to at least 6 counting mornings between 16 May and 28 July.

## How to join

Pairs are formed in May. To join one, follow these steps:

1. Come to the introductory talk of 3 May, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Punaise", by 10 May 2028, saying which mornings you are free.
3. Find a partner in the app and choose a transect among those that still need a pair.
4. Walk your first transect with the coordinator on Tuesday 16 May or Friday 19 May 2028.
5. At this first count, collect the hand lens, the tally counter, the measuring tape, the identification card and the data sheets from the coordinator.

## What to bring

A hat, sun cream, a bottle of water, a pencil, thin gloves and a charged phone with the survey app.

## Rules of the survey

- never kill a shield bug, not even a brown marmorated stink bug: count it, photograph it and leave it where it is
- look under each leaf by turning it gently, and never shake, bend or break a plant
- never pick a bug up with your bare fingers: let it walk onto a card, or wear the thin gloves
- never count on a transect that has just been sprayed: look for the notice of the parks service
- stay on the paths of the park, and never go into a private garden without the owner's permission

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, at least 8 counting mornings and the autumn search can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Do shield bugs bite or sting? No. They have no sting, and their beak is made for plants, not for skin. The liquid they release smells strongly and can stain clothes yellow, so wear the gloves and wash your hands with soap after the count: the smell goes within an hour.

## Contact

Punaise coordinator, Student Life Department: punaise@umontpellier.fr, +33 4 67 14 36 29. Student House, Triolet campus, building 20, room 150; Tuesday and Friday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a spring job and the accidents of daily life: taekwondo, road accidents, the spring jobs at the asparagus harvest, sumo, mariachi music, the international song contest, sand yachting, bobbin lace, the badger survey and the shield bug survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Tornade, Sports Department | the taekwondo club, its courses, the sparring workshops, the competition team and the Tornade Cup | tornade@umontpellier.fr | +33 4 67 14 52 63 | Triolet campus, building 46, room 46.21 | Monday and Thursday, 12:30–14:00 |
| Student Assistance Desk, International Relations Department | international students after a road accident, the reports, the certificates and the emergency grant | assistance-desk@umontpellier.fr | +33 4 67 14 27 63 | Triolet campus, building 1, room 1.22 | Tuesday and Thursday, 9:30–12:30 |
| Spring Jobs Desk, Student Life Department | the spring jobs of the agreement with the Asparagus Growers' Association of the Gard Sands, the applications and the training | asparagus-harvest@umontpellier.fr | +33 4 67 14 36 74 | Student House, Triolet campus, building 20, room 124 | Tuesday and Thursday, 14:00–17:00 |
| Poussée, Student House | the sumo association, its sessions, sumo on the sand, the championship and the Poussée Open | poussee@asso.umontpellier.fr | +33 4 67 14 35 27 | Student House, Triolet campus, building 20, room 227 | Wednesday, 12:30–14:00 |
| Serenata, Culture Department | the mariachi band, the singing workshop, the Valentine's serenades, the loan of instruments and the summer concert | serenata@umontpellier.fr | +33 4 67 14 53 47 | Triolet campus, building 29, room 0.31 | Wednesday, 12:30–14:00 |
| Concerts Office, Culture Department | the international song contest, its workshops, the semi-finals and the final | song-contest@umontpellier.fr | +33 4 67 14 53 18 | Triolet campus, building 29, room 1.05 | Monday to Thursday, 10:00–12:30 |
| Bourrasque, Sports Department | the sand yachting club, the theory evenings, the beginners' course and the club outings | bourrasque@umontpellier.fr | +33 4 67 14 52 36 | Triolet campus, building 46, room 46.09 | Tuesday and Friday, 12:30–14:00 |
| Fuseaux, Culture Department | bobbin lace courses, the open studio and the exhibition of the year | fuseaux@umontpellier.fr | +33 4 67 14 53 72 | Triolet campus, building 29, room 0.27 | Monday and Thursday, 13:30–16:30 |
| Blaireau coordinator, Student Life Department | the badger survey, the tracks days, the dusk watches and the camera rounds | blaireau@umontpellier.fr | +33 4 67 14 36 58 | Student House, Triolet campus, building 20, room 142 | Monday and Thursday, 9:30–12:30 |
| Punaise coordinator, Student Life Department | the shield bug survey, the counting mornings, the photo evenings and the autumn search | punaise@umontpellier.fr | +33 4 67 14 36 29 | Student House, Triolet campus, building 20, room 150 | Tuesday and Friday, 14:00–17:00 |

## Useful to know

Eating well: the dietitian of the Student Health Service sees students and staff free of charge, by appointment: a first consultation of 45 minutes, then up to 4 follow-up consultations in the year, for advice on eating well on a small budget, on a vegetarian or a religious diet, for sport, or about worries with food and weight. A talk on eating well on a student budget takes place on the first Tuesday of each month at 12:30 in building 3, room 016. Book by e-mail or phone: dietitian@umontpellier.fr, +33 4 67 14 71 66.

Singers with a disability who enter the international song contest can ask for a chair on stage, a sign language interpreter for the audience or a ramp to the stage by writing to the Disability Support Service at least 4 weeks before their semi-final: disability-support@umontpellier.fr, +33 4 67 14 71 23, Triolet campus, building 8, room 021; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 40, Triolet campus, building 3, room 012; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment and give them free of charge the initial medical certificate after a road accident and the medical certificate of fitness for sport, for example for the taekwondo licence or the sumo association: +33 4 67 14 71 45.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114. Do not write to a service.
"""

TEXTS["40-sofia-taekwondo-club-and-sumo-club.md"] = """---
title: Sofia University – the taekwondo club and the sumo club
url: https://www.uni-sofia.bg/en/student-life/taekwondo-and-sumo
audience: students and staff
language: en
---

# Sofia University: the taekwondo club and the sumo club

This page of Sofia University "St. Kliment Ohridski", in Sofia, Bulgaria, presents the taekwondo club and the sumo club of its sports department. It applies only to students and staff of Sofia University, whose sports complex lies in the student town at the foot of Mount Vitosha. Prices are in euros.

## Taekwondo club

The taekwondo club trains in the martial arts hall of the sports complex.

| Rule | Sofia University |
|---|---|
| age | open from 18 years old |
| beginners' course | 10 sessions, €60 |
| membership | €50 a year for students, federation licence included |
| training | Tuesday and Friday evenings |
| dobok | lent free of charge to every member |
| club tournament | Saturday 13 May 2028, €20 per competitor |
| credits | 3 ECTS credits |

Contact: taekwondo club, taekwondo@uni-sofia.bg, +359 2 930 8410.

## Sumo club

The sumo club trains on a clay ring in the wrestling hall of the sports complex.

- the club is open from 18 years old only
- the discovery session takes place on Monday 4 October 2027
- membership costs €30 a year for students
- the federation licence costs €40 and is compulsory for every member
- the beginners' sessions cost €45
- the club does not lend mawashi: each wrestler buys one, €50
- the club's tournament takes place on Sunday 7 May 2028, at €25 per wrestler
- regular wrestlers receive 4 ECTS credits

Contact: sumo club, sumo@uni-sofia.bg, +359 2 930 8420.
"""

TEXTS["41-swansea-road-accident-support-and-mariachi-band.md"] = """---
title: Swansea University – support for international students after a road accident, and the mariachi band
url: https://www.swansea.ac.uk/students/international/road-accidents-and-mariachi-band
audience: students
language: en
---

# Swansea University: support for international students after a road accident, and the mariachi band

This page of Swansea University, in Wales, presents the help that its international student advice team gives international students after a road accident, and the mariachi band of its Latin American society. It applies only to students of Swansea University, whose Singleton Park campus lies on the shore of Swansea Bay. Prices are in pounds sterling.

## After a road accident

International students deal with their insurers themselves; the advice team gives them documents and a small grant.

| Rule | Swansea University |
|---|---|
| meeting with an adviser | by phone only, within 5 working days |
| letter for your tutors | sent within 7 working days |
| emergency grant | £150, for every international student |
| reporting to the police | within 24 hours, if nobody's details were exchanged |
| telling your insurer | within 14 days |
| free helmet and lights | none |

Contact: international student advice, accidents@swansea.ac.uk, +44 1792 604 210.

## Mariachi band

The mariachi band of the Latin American society rehearses in a practice room of the students' union.

- members must be 18 or over
- the open rehearsal takes place on Thursday 30 September 2027
- membership costs £25 a year for students
- the singing workshop has 8 sessions and costs £40
- the band does not lend instruments: each player brings their own
- the costume is not lent: each player buys their own
- the summer concert takes place on Saturday 17 June 2028
- players receive 10 CQFW credits

Contact: mariachi band, mariachi@swansea.ac.uk, +44 1792 604 230.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
