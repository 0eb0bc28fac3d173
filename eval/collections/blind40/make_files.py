"""The text of every 'blind40' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-nordic-walking-club-2027.pdf": {
        "title": "Foulée: the Nordic walking club of UM, 2027-2028",
        "short": "Nordic walking club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/foulee-nordic-walking-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Foulée Nordic walking club",
        "pages": [
            [
                ("h1", "Foulée: the Nordic walking club of UM, 2027-2028"),
                (
                    "p",
                    "Nordic walking was born in Finland as the summer training of cross-country skiers: you push "
                    "two light poles behind you at every step, so that your arms and back work as hard as your "
                    "legs. Foulée (French for stride) is the Nordic walking club of the Sports Department. This "
                    "guide applies to 2027-2028. In 2026-2027, the club had 46 members.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["technique evenings: the stride, the plant and the push of the pole", "Thursday, 18:00–19:30, from 7 October to 9 December 2027", "the paths of the Triolet campus, from the front of building 47", "included in the membership"],
                        ["discovery walk: 6 kilometres along the Lez", "Saturday 9 October 2027, 9:30–12:00", "the banks of the Lez, from the Méric park", "€4, poles lent"],
                        ["beginners' course: the technique in 4 mornings, from flat paths to steep garrigue", "Sundays 7, 14, 21 and 28 November 2027, 9:00–12:00", "the hills of the Gardiole, near Frontignan", "€30, poles and transport included"],
                        ["club walks: 12 to 22 kilometres for every level", "Sunday, from 9 January to 18 June 2028", "the Gardiole, the Lez valley and the shores of the Thau lagoon", "€5 per walk"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery walk takes 30 people and the beginners' course 15; on club walks, each "
                    "instructor leads a group of 12. Membership costs €30 for the academic year for students and "
                    "€50 for staff and researchers, insurance included. The club lends 20 pairs of poles: free for "
                    "the discovery walk and the beginners' course, €2 per walk on club walks. Register from 27 "
                    "September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. Every member must be able to walk "
                    "10 kilometres at a steady pace on rough tracks.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Walking shoes or trail shoes with a sole that grips, never town shoes with smooth soles; "
                    "1.5 litres of water, a snack, a cap, sun cream and a windproof jacket. In the hunting season, "
                    "from September to the end of February, wear the orange vest that the instructors hand out at "
                    "the start of each walk.",
                ),
                ("h2", "Joining the club walks"),
                ("p", "To join the club walks, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or learn the technique at the technique evenings with an "
                        "instructor.",
                        "Attend at least 4 technique evenings and pass the test walk by 9 December 2027: 8 "
                        "kilometres with hills in less than 1 hour 45 minutes.",
                        "Attend the safety talk on heat, hunting days, ticks and first aid on Tuesday 11 January "
                        "2028, from 18:30 to 20:00, in room 47.12.",
                        "Book each walk in the club's app by the Friday before at noon; the club cancels by text "
                        "message at 18:00 the evening before if a storm or strong wind is forecast.",
                        "Pay €5 per walk in the app and be at the minibus in front of building 47 at 8:15; the "
                        "walk ends back on the campus by 14:00.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "keep two metres behind the walker in front of you, so that your poles never catch their "
                        "heels;",
                        "carry your poles with the tips down and behind you whenever you are not walking with them, "
                        "and always in the minibus;",
                        "never walk ahead of the instructor at the front or fall behind the one at the back;",
                        "give way to cyclists and to riders on horseback, and stop to let them pass;",
                        "put the rubber pads on the tips on tarmac and in villages.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["technique training", "Thursdays from 7 October to 9 December 2027", "the stride, the poles and the test walk; no club walks before January"],
                        ["club walks", "Sundays from 9 January to 18 June 2028", "from May, walks start at 7:30 and end by noon because of the heat"],
                        ["the Foulée Marathon", "Sunday 25 June 2028, 6:30–16:00, from the Triolet campus", "the closing walk: 42 kilometres to the sea at Palavas and back along the Lez, or a half of 21 kilometres, with lunch on the beach"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone is unwell"),
                (
                    "p",
                    "A walker who feels dizzy, stops sweating or gets a headache in the heat stops at once in the "
                    "shade, drinks in small sips and is cooled with wet cloths; the instructor calls 15 at any sign "
                    "of confusion. Check your skin for ticks after each walk and take them off with a tick remover, "
                    "which every instructor carries.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the beginners' course and at least 10 club walks can have it recognised as "
                    "a sport unit worth 2 ECTS credits; students who follow the beginners' course and pass the test "
                    "walk, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Foulée, Sports Department, foulee@umontpellier.fr, +33 4 67 14 52 88. Triolet campus, "
                    "building 46, room 46.17; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-quilting-workshop-2027.pdf": {
        "title": "Courtepointe: the patchwork and quilting workshop of UM, 2027-2028",
        "short": "Quilting workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/courtepointe-quilting-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Courtepointe quilting workshop",
        "pages": [
            [
                ("h1", "Courtepointe: the patchwork and quilting workshop of UM, 2027-2028"),
                (
                    "p",
                    "Patchwork means sewing small pieces of fabric together into a larger design, square by square. "
                    "Quilting means stitching three layers together, the patchwork top, a soft filling called "
                    "wadding and a backing fabric, so that they make one warm, padded cloth. In the south of France, "
                    "the old craft of boutis goes further: two layers of fine white cotton are sewn together along "
                    "a drawn pattern, then each shape is stuffed with cotton cord from the back, so that the pattern "
                    "stands out in relief. Courtepointe (an old French word for a quilt), the patchwork and quilting "
                    "workshop of the Culture Department, is taught by a textile artist in the sewing room of the "
                    "Student House. This guide applies to 2027-2028. In 2026-2027, 37 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: sew a small patchwork coaster by hand", "Wednesday 20 October 2027 or Wednesday 2 February 2028, 18:00–21:00", "the sewing room, Student House, building 20, room 028", "€8, fabric included"],
                        ["beginners' course: cutting, piecing on the sewing machine and quilting a cushion cover, in 6 sessions", "Wednesday, 18:00–21:00, from 10 November to 15 December 2027", "the sewing room", "€55, fabric and wadding included"],
                        ["boutis course: a small square of boutis, from the drawing to the stuffing, in 5 sessions", "Saturday, 9:30–12:30, from 11 March to 8 April 2028", "the sewing room", "€75, cotton and cord included"],
                        ["open studio: work on your own quilt with the machines of the workshop and advice from the artist", "first Monday of each month, 17:00–20:00, from 4 October 2027", "the sewing room", "free for those who have followed a course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 12 people, the beginners' course 9, one per sewing machine, and "
                    "the boutis course 8. Students with a need-based grant pay half price; staff and researchers "
                    "pay €12 more per course. Register from 27 September 2027 in the \"Culture\" tile of your UM "
                    "account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. You need no experience of "
                    "sewing: the beginners' course starts with threading the machine. The boutis course is open "
                    "only to people who have followed the beginners' course and finished its cushion cover. People "
                    "who are allergic to nickel say so when they register: the workshop keeps leather thimbles for "
                    "them.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Bring a thimble that fits your middle finger if you have one. The workshop lends the sewing "
                    "machines, rotary cutters, cutting mats, rulers, pins, needles and irons. Wash a finished quilt "
                    "at 30 degrees and dry it flat: a boutis is washed by hand only.",
                ),
                ("h2", "Joining the boutis course"),
                ("p", "To join the boutis course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course and finish your cushion cover by its last session, on 15 "
                        "December 2027.",
                        "Choose a pattern in the workshop's book, a heart, a star or a rosette, and tell the artist "
                        "through the \"Culture\" tile by 28 January 2028.",
                        "Register in the same tile by 11 February 2028 and pay the price of the course, €75.",
                        "Bring to the first session, on Saturday 11 March 2028 at 9:30, a thimble and a small pair "
                        "of embroidery scissors.",
                        "Collect your square at the desk of the Culture Department from 20 April 2028, once the "
                        "artist has washed and pressed it.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "close the blade of the rotary cutter after every cut, and always cut away from your body;",
                        "put every pin back on the magnetic dish, and never leave one on a table, a chair or the "
                        "floor;",
                        "stand the iron on its heel, never face down, and unplug it when you leave;",
                        "no food or drinks on the cutting and sewing tables;",
                        "switch off and cover your sewing machine at the end of the session.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "Rotary cutters are as sharp as a scalpel. For a cut, press a clean cloth on it for 10 minutes, "
                    "then go to the nurses of the Student Health Service, +33 4 67 14 71 52; for a deep cut that "
                    "keeps bleeding, call 15. Cool a burn from the iron under cold running water for 20 minutes.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The quilts of the year hang in the hall of the Student House from 22 May to 2 June 2028. "
                    "Students who follow the beginners' course and the boutis course and show a piece there can "
                    "have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Courtepointe, Culture Department, courtepointe@umontpellier.fr, +33 4 67 14 53 91. "
                    "Triolet campus, building 29, room 0.35; Tuesday and Friday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-crayfish-survey-volunteers.docx": {
        "title": "Pince: searching for the white-clawed crayfish of the Cévennes streams – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/pince-crayfish-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Pince: searching for the white-clawed crayfish of the Cévennes streams – volunteer guide 2028"),
            (
                "p",
                "The white-clawed crayfish is the only crayfish native to the streams of southern France. It is "
                "olive brown, up to 12 centimetres long, with claws that are pale underneath, and it needs cool, "
                "clean water: it hides under stones and roots by day and comes out to feed at night. It has "
                "disappeared from most rivers since American crayfish were brought to Europe for farming: they "
                "carry crayfish plague, a disease that does not harm them but kills every native crayfish of a "
                "stream within weeks, and its spores travel on wet boots and nets. Pince (\"claw\" in French), run "
                "by the Student Life Department with a freshwater ecologist of the Faculty of Sciences, takes "
                "volunteers into the streams of the southern Cévennes on summer nights to find out where the "
                "native crayfish still live. In 2027, 29 volunteers searched 48 stream sections, found "
                "white-clawed crayfish in 17 of them and American crayfish in 9.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of rivers or animals, but you must be able to walk upstream at night on slippery "
                "stones, in water up to the knee, for 3 hours. Volunteers commit to at least 3 night surveys and "
                "1 data evening between 23 June and 19 September 2028. The survey lends waders, torches and "
                "nets: nobody brings their own, so that no spores come from another river.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the crayfish of the Cévennes, the protocol and the disinfection of kit", "Wednesday 7 June 2028, 18:00–21:00", "Triolet campus, building 24, room 24.03", "40"],
                    ["handling day: telling the species apart and searching a stream by day", "Saturday 17 June or Saturday 24 June 2028, 10:00–16:00", "a stream of the Hérault valley near Saint-Guilhem-le-Désert", "14"],
                    ["night survey: walking 100 metres of stream upstream with a torch and counting the crayfish", "Friday and Saturday nights from 23 June to 9 September 2028, 21:30–1:00", "the streams of the southern Cévennes, by minibus", "6"],
                    ["data evening: entering the counts and drawing the map", "Tuesday, 18:00–20:30, from 4 July to 19 September 2028", "Triolet campus, building 24, room 24.03", "12"],
                    ["results evening: the crayfish of the year", "Thursday 16 November 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first night survey"),
            ("p", "To go on your first night survey, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Pince\", by 31 May 2028.",
                    "Attend the training evening of 7 June 2028 and one of the two handling days.",
                    "Book a night survey in the app at least 4 days ahead: each minibus takes 6 volunteers and "
                    "the coordinator.",
                    "Pack old trainers that can get wet, long trousers, a warm layer, a change of clothes, 1 litre "
                    "of water and a snack.",
                    "Be at the minibus in front of building 24 at 19:45: the coordinator hands out the "
                    "disinfected waders, the torches, the nets and the data sheets.",
                ],
            ),
            ("h1", "Which crayfish is it?"),
            (
                "p",
                "The white-clawed crayfish is olive brown, with claws that are pale or whitish underneath and "
                "rough on top. The signal crayfish, from North America, is larger, up to 16 centimetres, with "
                "claws that are red underneath and a white or turquoise patch on top, at the joint of the claw. "
                "The red swamp crayfish is dark red, with bright red bumps on its claws; it lives in ditches and "
                "ponds more than in cool streams. Count every crayfish, photograph the American ones, and never "
                "carry an American crayfish alive, even to another stretch of the same stream: it is against the "
                "law. A dead native crayfish may be the first sign of plague: photograph it without touching it "
                "and tell the coordinator the same night.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "disinfect waders, nets and boots before and after every stream, and never walk two streams in "
                    "one night without disinfecting in between;",
                    "never keep a crayfish out of the water for more than 1 minute, and put it back under the "
                    "stone where you found it;",
                    "turn stones over slowly and put each one back the way it was;",
                    "never go into a stream after a storm, or when the water is cloudy or above the knee;",
                    "always stay within sight of the torch of another volunteer.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students "
                "who attend the training evening, 5 night surveys and 2 data evenings can have it recognised as a "
                "student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Pince coordinator, Student Life Department: pince@umontpellier.fr, +33 4 67 14 36 92. Student "
                "House, Triolet campus, building 20, room 138; Tuesday and Thursday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-cheerleading-club.md"] = """---
title: Envol – the cheerleading club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/envol-cheerleading-club
audience: students, researchers and staff
language: en
---

# Envol: the cheerleading club of the Sports Department

Cheerleading was born on the sidelines of American university football, but it is now a sport of its own. A team performs a routine of two and a half minutes to music on a sprung floor, with stunts, in which bases lift and throw a flyer while a spotter watches her or his head, pyramids of linked stunts, tumbling, jumps and dance, and a panel of judges marks it. Envol (French for take-off) is the cheerleading club of the Sports Department. It trains in the gymnastics hall of the Triolet sports complex, building 44, which has a sprung floor and an air track. This page applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 12 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: jumps, a first stunt and a short dance | Wednesday 22 September 2027, 18:00–20:00 | the gymnastics hall, building 44 | 1 | free |
| beginners' course: bases, flyers and spotters, the first stunts and how to come down safely | Monday, 19:00–20:30 | the gymnastics hall | 10, from 4 October 2027 | €32 |
| club training: stunts, pyramids, tumbling and the routine of the year | Tuesday and Friday, 18:30–20:30 | the gymnastics hall | every week from 5 October 2027 | included in the membership |
| tumbling workshops: cartwheels, round-offs and back handsprings on the air track | Saturday, 10:00–12:00, from 15 January to 25 March 2028 | the gymnastics hall | 11 | €5 per workshop |
| "Envol Show": the club's gala, with the routines of every team | Saturday 3 June 2028, 20:00–22:00 | the sports hall of the Triolet sports complex, building 43 | 1 | €6 per seat, free for members |

The discovery session takes 36 people, the beginners' course 20 and each club training 30; the Envol Show has 250 seats. Staff and researchers pay €10 more per course; students with a need-based grant pay half price. Registration opens on 15 September 2027 in the "Sport" tile of your UM account.

Membership costs €35 for the academic year for students and €60 for staff and researchers; it includes insurance and the loan of the club's competition uniform for the Envol Show. The licence of the French cheerleading federation costs €31 and is needed only for the national university championship. Train in clean indoor trainers with thin soles, shorts or leggings and a fitted T-shirt; white cheer shoes, which grip the bases' hands, cost €39 at the desk of the Sports Department but are not compulsory.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience of gymnastics or dance. Members with a back, shoulder or wrist problem tell the coach before their first session.

## How to join the competition team

The club enters a team of 16 in the national university cheerleading championship, in Lyon on Saturday 8 and Sunday 9 April 2028. To join it, follow these steps:

1. Attend at least 12 club trainings by 10 December 2027.
2. Take the licence of the French cheerleading federation through the club, for €31, with a medical certificate of fitness for sport less than 1 year old, by 14 January 2028.
3. Try out on Saturday 29 January 2028, from 14:00 in the gymnastics hall; the coaches pick 16 athletes.
4. Buy the team uniform, €42, at the desk of the Sports Department by 18 February 2028.
5. Attend the extra training on Sunday mornings from 5 March 2028, 10:00–12:00; the club pays the train and the hotel in Lyon.

## Rules of the hall

- never try a stunt or a pyramid without a coach in the hall and a spotter behind the flyer
- no jewellery and no watch, nails cut short and long hair tied up
- stunt only on the sprung floor or on the mats, never on the bare floor
- warm up for at least 15 minutes before any stunt or tumbling
- a flyer who feels unsure calls "down", and the bases bring her or him down at once

## Credits

Students who attend at least 20 sessions in the year and help to run the Envol Show can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

Is cheerleading only for women? No: the club is mixed, and 9 of its 38 members in 2026-2027 were men, many of them bases. Teams in the championship are mixed too.

Do I have to be very light to be a flyer? No. The coach chooses the roles during the beginners' course; a flyer needs balance, a firm body and trust in her or his bases more than a light weight. Everybody learns to spot.

## Contact

Envol, Sports Department: envol@umontpellier.fr, +33 4 67 14 52 41. Triolet campus, building 46, room 46.14; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-pregnancy-and-new-parents-international-students.html"] = html_page(
    "Expecting a baby during your studies: pregnancy and birth – FAQ for international students",
    "What the Family Desk gives, the first steps of a pregnancy, studying while pregnant, the steps after the birth, the residence permit of a baby and the feeding room.",
    "https://www.umontpellier.fr/en/international/pregnancy-and-new-parents-faq",
    "/fr/international/grossesse-et-jeunes-parents-faq",
    """    <h1>Expecting a baby during your studies: pregnancy and birth – FAQ for international students</h1>
    <p>Each year, some international students learn that they are expecting a child while they study in Montpellier, often far from their families and in a health system they do not know yet. The Family Desk of the International Relations Department helps degree and exchange students who are pregnant, or whose partner is, and students who have just become parents: it meets them, explains each step, gives a birth kit and the certificates they need and, for some students, pays a grant for new parents. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 23 students who were expecting a child.</p>

    <h2>What should I do first?</h2>
    <p>See a doctor or a midwife as soon as you know. They send the declaration of pregnancy to your health insurance, which must receive it before the end of the 14th week; from then on, your check-ups are paid back. Then ask the desk for a meeting: the earlier you come, the more time you have for the steps below.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 45 minutes with the family adviser, in French or English, within 5 working days of your request</td></tr>
        <tr><td>birth kit</td><td>a box of baby clothes from birth to 6 months, a baby sleeping bag, a bath thermometer and nappies for the first week, given free of charge from the 7th month of pregnancy</td></tr>
        <tr><td>certificates</td><td>a certificate of enrolment and of your study arrangements, in French and English, for the prefecture, your embassy or your scholarship body, within 2 working days</td></tr>
        <tr><td>grant for new parents</td><td>€350 per child, for students with a need-based grant or a UM scholarship, paid within 3 weeks of receiving the birth certificate</td></tr>
      </tbody>
    </table>

    <h2>Can I keep studying while I am pregnant?</h2>
    <p>Yes. On a medical certificate sent to the studies office of your faculty, you can sit your exams on another date or in a separate room, be excused from practical classes that are unsafe during pregnancy, such as some chemistry labs, and take a break of up to 12 weeks around the birth without losing your year.</p>

    <h2>The baby is born. What do I do now?</h2>
    <p>After the birth, proceed as follows:</p>
    <ol>
      <li>Declare the birth at the town hall of the town where the baby was born, within 5 days of the birth, with the certificate of the maternity ward and your passports.</li>
      <li>Ask the town hall for 3 full copies of the birth certificate, free of charge.</li>
      <li>Register the child with the consulate of your country, which issues the child's passport or identity document.</li>
      <li>Add the child to your health insurance, and to your partner's, in your online account.</li>
      <li>Send a copy of the birth certificate to the desk through the "International" tile; the grant for new parents is paid within 3 weeks.</li>
    </ol>

    <h2>Does my baby need a residence permit?</h2>
    <p>No: a child under 18 needs no residence permit of their own, and your student residence permit stays valid. To travel abroad with the baby and come back to France, ask the prefecture for a travel document for a foreign child, at least 2 months before the trip; the desk helps you fill in the form.</p>

    <h2>Can I bring my baby to the campus?</h2>
    <p>Babies cannot come into lecture theatres, laboratories or exam rooms. The Student House has a quiet room for feeding and changing a baby, room 015 of building 20, open Monday to Friday from 8:00 to 19:00, with a changing table, armchairs and a fridge for milk.</p>

    <h2>I am an exchange student. Is it the same for me?</h2>
    <p>Yes: the meeting, the birth kit and the certificates are the same. The grant for new parents is open to exchange students whose home university confirms that they hold a need-based grant. Check with your home insurance which costs it pays in France.</p>

    <h2>Whom do I contact?</h2>
    <p>Family Desk, International Relations Department: family-desk@umontpellier.fr, +33 4 67 14 27 48. Triolet campus, building 1, room 1.16; Monday and Wednesday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-pregnancy-and-new-parents-international-students.meta.yaml"] = sidecar(
    "Expecting a baby during your studies: pregnancy and birth – FAQ for international students",
    "https://www.umontpellier.fr/en/international/pregnancy-and-new-parents-faq",
    "international students",
)

TEXTS["03-international-students-at-the-cevennes-chestnut-harvest-2027.md"] = """---
title: International students at the chestnut harvest in the Cévennes, autumn 2027
url: https://www.umontpellier.fr/en/international/campus-life/cevennes-chestnut-harvest-jobs
audience: international students
language: en
---

# International students at the chestnut harvest in the Cévennes

On the steep slopes of the Cévennes, chestnut groves planted on stone terraces have fed the villages for centuries. From early October, the ripe burrs fall and split, and the chestnuts must be picked from the ground within a few days, before they rot or the wild boar eat them. Some are sold fresh; others are dried for weeks on a rack above a slow fire in a small stone drying house, then shelled and ground into flour. Since 2025, an agreement between the University of Montpellier and the Cévennes Chestnut Growers' Association offers international students paid autumn jobs on the farms of its members: picking chestnuts under the trees, sorting them in the sheds and selling them at the association's Chestnut Fair. The Seasonal Work Desk of the Student Life Department recruits and prepares the students. This page applies to the harvest of 2027, from Saturday 2 October to Sunday 14 November 2027. In the autumn of 2026, 19 students worked 310 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.20 gross an hour, and 25% more for the hours worked on a Sunday or on 1 November, paid by the farm within 10 days of the end of the harvest |
| days and hours | Saturdays and Sundays, and every day of the autumn break from Monday 25 to Sunday 31 October 2027; picking from 8:30 to 16:30 with a lunch break of 1 hour; at most 6 days and 42 hours a week |
| transport | a coach from the Triolet campus to Lasalle on Saturday at 6:30 and back on Sunday at 18:30, free |
| lodging | a bed in a shared room of the association's hostel in Lasalle, €7 a night |
| meals | a free lunch on the farm and a free dinner at the hostel on each day worked |
| equipment | thick leather gloves against the spiny burrs, knee pads, a picking basket and rubber boots, lent for the harvest |
| chestnuts | a bag of 5 kilos of chestnuts to take home at the end of each weekend worked |
| training | half a day of training on picking, sorting, the drying houses and working safely on steep slopes, paid like half a working day |

Contracts are fixed-term seasonal contracts signed with the farm, which is your employer: neither UM nor the association is. The association expects 26 students this autumn, on 15 farms.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students included, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. Picking and sorting need a level of French of at least A2; the stand at the Chestnut Fair, on Saturday 6 and Sunday 7 November 2027, needs B1. You must be free for at least 4 weekends, or for the whole autumn break, and be able to work bent over on steep ground all day. Students who are allergic to chestnuts or to latex should not apply.

## How to join the harvest

An information meeting takes place on Thursday 9 September 2027 at 12:30 in lecture theatre A of building 9. To join the harvest, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 19 September 2027, with a CV in French, the weekends when you are free and the jobs you would like.
2. Have an interview by video with a grower on Wednesday 22 or Thursday 23 September 2027.
3. Receive the answer by Monday 27 September 2027, and choose your weekends in the association's planning by Wednesday 29 September 2027.
4. Sign your contract with the farm by Friday 1 October 2027, with a copy of your residence permit and your French social security number.
5. Attend the half day of training in Lasalle on the morning of Saturday 2 October 2027; the first picking starts that afternoon.

## Rules on the farms

- wear the gloves whenever you touch the burrs, and open them with your boot, never with bare hands
- never climb a chestnut tree or shake its branches
- keep out of the groves on hunting days: the farmer tells you the evening before
- carry baskets and bags of at most 20 kilos, and always lift the sacks of the drying house with a second person
- never go into a drying house while its fire is lit unless the farmer is with you: the smoke is thick

## FAQ

What if it rains? Picking stops in heavy rain, and the farm gives you sorting work in the shed. A day cancelled after 18:00 the evening before is paid 4 hours.

A spine of a burr broke off in my finger. What do I do? Take it out with the tweezers of the farm's first aid kit, disinfect the finger and cover it. Show a finger that turns red or swollen to a doctor within 2 days.

## Contact

Seasonal Work Desk, Student Life Department: chestnut-harvest@umontpellier.fr, +33 4 67 14 36 81. Student House, Triolet campus, building 20, room 118; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["04-faq-kabaddi-association.html"] = html_page(
    "Souffle, the kabaddi association: FAQ",
    "Souffle: the discovery session, the beginners' sessions, club training, the beach kabaddi afternoons, the Souffle Trophy and the championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/kabaddi-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-kabaddi-faq",
    """    <h1>Souffle, the kabaddi association: FAQ</h1>
    <p>Kabaddi comes from India and is played all over South Asia, from Pakistan and Nepal to Bangladesh, and in Iran. Two teams of seven face each other on a court of 13 by 10 metres divided in two halves. In turn, each team sends a raider into the other half: the raider tries to touch as many defenders as possible and to get back over the middle line, all on one breath, chanting "kabaddi, kabaddi" without a pause to show that she or he is not breathing in. The defenders try to hold the raider until the breath runs out. Each defender touched, or each raider stopped, wins a point. Souffle ("breath" in French) is the kabaddi association of the Student House. Its members play barefoot on the mats of the combat sports hall of the Triolet sports complex, building 45. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 27 members from 10 countries.</p>

    <h2>What does Souffle offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the raid, the chant and your first holds</td><td>Thursday 7 October 2027, 18:00–20:00</td><td>the combat sports hall of the Triolet sports complex, building 45</td><td>free</td></tr>
        <tr><td>beginners' sessions: footwork, the raid, the ankle hold and falling safely, in 8 sessions</td><td>Monday, 18:00–19:30, from 11 October 2027</td><td>the combat sports hall</td><td>€20</td></tr>
        <tr><td>club training: raids, chains of defenders and matches</td><td>Wednesday, 19:00–21:00, and Saturday, 10:00–12:00, from 13 October 2027</td><td>the combat sports hall</td><td>included in the membership</td></tr>
        <tr><td>beach kabaddi afternoons: four against four on the sand, as it is played on the beaches of India</td><td>Sunday 21 May and Sunday 18 June 2028, 14:00–17:00</td><td>the beach of Palavas-les-Flots, by tram and bus</td><td>€3, drinks included</td></tr>
        <tr><td>the "Souffle Trophy": a tournament for student teams from the whole of France</td><td>Saturday 15 April 2028, 9:00–19:00</td><td>the combat sports hall</td><td>€30 per team</td></tr>
      </tbody>
    </table>
    <p>Membership costs €15 for the academic year for students and €25 for staff and researchers; it includes insurance and the use of the mats. The licence of the French kabaddi federation, €24, is needed only to play in the national student championship and is taken through the association. The discovery session takes 28 people, the beginners' sessions 16, club training 24 and each beach afternoon 32; the Souffle Trophy has room for 12 teams.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience. Every member gives the association a medical certificate of fitness for sport, less than 1 year old, by the third session at the latest.</p>

    <h2>What should I wear?</h2>
    <p>You play barefoot. Wear shorts or leggings and a fitted T-shirt without pockets, zips or buttons that a hand could catch; bring flip-flops to walk to the mats and a bottle of water. Knee pads, €14 at the desk, are recommended for defenders.</p>

    <h2>I'm small and not very strong. Can I still play?</h2>
    <p>Yes. The best raiders are often small and fast: they win points by dodging and touching, not by pushing. Defenders never tackle alone but in a chain of two or three holding hands, so a light player is never left to stop a heavy one. Men and women train together, but matches of the championship are played in separate teams.</p>

    <h2>How do I play in the national student championship?</h2>
    <p>The association enters a team of ten, seven players and three substitutes, in the national student championship, with two tournament days in February and May 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Attend at least 12 sessions of club training.</li>
      <li>Take the licence of the French kabaddi federation through the association, €24, by 3 December 2027.</li>
      <li>Come to the team selection at club training on Saturday 18 December 2027: the coach picks ten players.</li>
      <li>Order the team shirt, €17, in the association's online shop by 14 January 2028.</li>
      <li>Tell the coach in the group chat, by the Tuesday before each tournament day, whether you can play; the association pays the travel.</li>
    </ol>

    <h2>What are the rules on the mats?</h2>
    <ul>
      <li>warm up for at least 15 minutes, neck and knees included, before you play;</li>
      <li>hold a raider only by the ankle, the thigh or the waist, never by the neck, the hair or the clothes;</li>
      <li>never hold a raider before the coach has taught you to fall on the mats;</li>
      <li>cut your nails short and take off rings, earrings and watches before you step on the mats;</li>
      <li>no shoes and no food on the mats.</li>
    </ul>

    <h2>What if someone gets hurt?</h2>
    <p>A player who feels a knee twist stops at once, sits with the leg raised and cools it with an ice pack from the freezer of the hall's office. A player who hits their head and feels dizzy or sick does not play again that day. In an emergency, the coach calls 15.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 16 sessions in the year and help to organise the Souffle Trophy can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Souffle, Student House: souffle@asso.umontpellier.fr, +33 4 67 14 35 52. Triolet campus, building 20, room 231; Tuesday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-kabaddi-association.meta.yaml"] = sidecar(
    "Souffle, the kabaddi association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/kabaddi-association-faq",
    "students, researchers and staff",
)

TEXTS["05-klezmer-band.txt"] = """FREYLEKH: THE KLEZMER BAND - 2027-2028
University of Montpellier - Culture Department

Klezmer is the instrumental music of the Jews of Eastern Europe, played for centuries at weddings and feasts from Ukraine and Moldova to Poland and Lithuania, and brought to New York by emigrants. Its dances, the freylekhs, the bulgar and the hora, speed up until the dancers run out of breath; its doina is a slow, free lament in which one player improvises over a held chord. The clarinet and the violin lead, and they imitate the human voice: they sob, laugh and slide between notes. The accordion, the double bass, the trumpet, the trombone, the tsimbl, a hammered dulcimer, and a large drum with a cymbal on top hold the rhythm and the chords. Freylekh (Yiddish for joyful) is the klezmer band of the Culture Department. It owns 2 clarinets, an accordion, a double bass, a tsimbl and the drum, and it is led by a clarinettist who teaches at a music school in Montpellier. It rehearses in room 0.08 of building 33. In 2026-2027 the band had 17 members from 8 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The band has six activities:

open rehearsal: listen, or bring any instrument and play along, on Tuesday 28 September 2027 from 19:00 to 21:00
ornaments workshop for any instrument: the sobs, trills and slides of the klezmer style, 6 sessions on Thursdays from 18:00 to 19:30, from 14 October 2027
band rehearsal: the whole band, on Tuesdays from 19:30 to 22:00, from 5 October 2027
winter ball: the band plays for a night of circle dances at the Student House, on Friday 10 December 2027 at 20:00
Yiddish dance weekend: the circle and line dances of klezmer taught by a dance leader, with the band as the orchestra, on Saturday 18 and Sunday 19 March 2028 from 10:00 to 17:00
spring concert in the courtyard: on Friday 2 June 2028 at 19:30, in the courtyard of the Student House

The general meeting of the band, where the members choose the tunes of the year, takes place on Tuesday 19 October 2027 at 18:30 in room 0.08.

MEMBERSHIP, WORKSHOPS AND INSTRUMENTS

Membership costs EUR 10 for the academic year for students and EUR 22 for staff and researchers; it includes insurance and the band rehearsals. The ornaments workshop costs EUR 15 for the six sessions; the dance weekend costs EUR 16. Students with a need-based grant pay half price for the workshop and the weekend. The workshop takes 12 players, the band 22 and the weekend 50 dancers.

Members who want to play the clarinet, the accordion, the double bass or the tsimbl borrow one of the band's for the year, against a deposit cheque of EUR 200 that is never cashed unless the instrument comes back damaged. Players must be able to read a simple melody from a lead sheet: every tune is handed out as a lead sheet, the melody with its chords, and a slow recording of it is in the band's app. A rehearsal is unamplified: no amplifiers and no microphones, except for the double bass at the spring concert. The trumpets and trombones are loud, so the band lends practice mutes, which make them much softer, for practice at home without disturbing the neighbours.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE SPRING CONCERT?

1. Be a member and come to the band rehearsals from February 2028 at the latest, missing at most 3 of them.
2. Play the ten tunes of the concert list with the band leader at the audition evening on Tuesday 2 May 2028.
3. Attend the two dress rehearsals on Saturday 13 May and Saturday 20 May 2028, from 14:00 to 17:00.
4. Collect the band's red sash, lent for the evening, by 31 May 2028, and come dressed in black.
5. On the day of the concert, be in the courtyard at 18:00 for the sound check.

RULES OF THE REHEARSAL

Tune your instrument to the band's tuner before the rehearsal starts, never in the middle of a tune. The band leader counts in each tune and raises a hand to call the change to the next one. In a doina, only one soloist plays at a time; the others hold the chord softly and wait for the nod of the band leader. Play only the tunes of the band's folder; for the others, listen, and learn them later from the app. No food or drinks in the room except water. The room closes at 22:30.

THE SPRING CONCERT IN THE COURTYARD

On Friday 2 June 2028 at 19:30, the players of the year give Freylekh's spring concert in the courtyard of the Student House. It is free and open to all, and it ends with a hora: the dance leader teaches the audience to dance it in a circle.

CREDITS

Students who play in the band all year and at the spring concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Freylekh, Culture Department
E-mail: freylekh@umontpellier.fr
Phone: +33 4 67 14 53 64
Triolet campus, building 29, room 0.22. Thursday, 12:30-14:00.
"""

TEXTS["05-klezmer-band.meta.yaml"] = sidecar(
    "Freylekh, the klezmer band 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/freylekh-klezmer-band",
    "students, researchers and staff",
)

TEXTS["06-three-minute-thesis-contest-2027.md"] = """---
title: The three-minute thesis contest, 2027-2028
url: https://www.umontpellier.fr/en/study/doctorate/three-minute-thesis-contest
audience: doctoral candidates
language: en
valid_until: 2028-06-30
---

# The three-minute thesis contest, 2027-2028

Can you explain three years of research to your neighbours in three minutes? In the three-minute thesis contest, doctoral candidates present their thesis to a general audience in a talk of at most 3 minutes, with one still slide. Employers, funders and the press now expect researchers to speak clearly about their work, and the contest trains them to do it. It is run by the Doctoral Skills Office of the Directorate of Studies and is open to every doctoral candidate enrolled at UM in 2027-2028, from the first year of the doctorate to the last, candidates in a joint PhD included. Candidates can speak in French, in the French track, or in English, in the English track. In 2026-2027, 64 candidates took part.

## What the contest involves

| Part | What it means |
|---|---|
| training | 2 workshops of 3 hours, on writing a talk and on the voice, with a coach from a theatre company |
| video | a video of your talk, filmed on a phone in one take, for the selection |
| heat | a talk of at most 3 minutes with one still slide, in front of a jury of 5 and an audience |
| final | the 12 best talks of the heats, 6 in each track, in lecture theatre A of building 36 |
| prizes | in each track, €1,000 for the jury's first prize and €500 for the second; one audience prize of €400 for both tracks |

Taking part is free. Candidates who attend both workshops and speak in a heat have 15 hours of doctoral training recorded in their training portfolio by their doctoral school. Candidates with a disability can ask for arrangements on stage.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 4 October 2027 |
| registration deadline | Sunday 14 November 2027, 23:59 |
| writing workshop | Tuesday 23 November 2027, 14:00–17:00 |
| voice workshop | Tuesday 7 December 2027, 14:00–17:00 |
| videos due | Friday 14 January 2028, 12:00 |
| candidates selected for the heats | by Monday 24 January 2028 |
| heats | Tuesday 8 and Wednesday 9 February 2028, 14:00–18:00 |
| final | Thursday 16 March 2028, 18:30 |

## How to enter

To take part in the contest, follow these steps:

1. Ask your thesis supervisor to approve your entry in the "Doctorate" tile of your UM account.
2. Register in the same tile by its deadline, 14 November 2027, and choose the French or the English track.
3. Attend the two workshops, on 23 November and 7 December 2027.
4. Upload your video and your slide in the tile by 14 January 2028 at noon; the Office selects 36 candidates for the heats by 24 January 2028.
5. Receive your time in the heats by e-mail, and come 30 minutes early for the sound check.

## Rules of the talk

- at most 3 minutes: the timer starts with your first word, and a talk that runs over is stopped and cannot win a prize
- one still slide, without animation, sound or video, shown from the start of the talk
- no props, no costume and no notes on stage
- the talk is spoken: no song, rap or poem
- the jury marks clarity, the audience's interest and the talk's link with the thesis

## FAQ

Can I take part a second time? Yes, unless you reached the final in an earlier year.

Can I use my notes in the heat? No: notes are not allowed on stage, and neither is a phone.

What if I am ill on the day of my heat? Tell the Office before your time with a medical certificate: you can speak in the other heat if a time is left.

## Contact

Doctoral Skills Office, Directorate of Studies: thesis-contest@umontpellier.fr, +33 4 67 14 22 75. Triolet campus, building 6, room 6.204; Monday to Thursday, 14:00–17:00.
"""

TEXTS["31-doctoral-research-pitch-contest-2024.txt"] = """DOCTORAL RESEARCH PITCH CONTEST - 2023-2024
University of Montpellier - Research Communication Unit

This page applies to the academic year 2023-2024. In the doctoral research pitch contest, doctoral candidates present their research to a general audience.

WHO CAN TAKE PART

Doctoral candidates in the second or third year of their doctorate only. First-year candidates, candidates in a fourth or later year and candidates in a joint PhD cannot take part.

WHAT THE CONTEST INVOLVES

No workshop and no video selection. One heat only, on Thursday 7 March 2024 at 14:00, in lecture theatre B of building 5: a talk of 4 minutes with up to 3 slides, in French only. The jury gives one prize of EUR 500. The contest gives no training hours. Every candidate pays a registration fee of EUR 15.

HOW TO REGISTER

Register by e-mail to the Research Communication Unit by 9 February 2024. Places are given in the order of the e-mails received, up to 20 candidates.

1. Write to the Research Communication Unit with your name, your doctoral school and the title of your thesis.
2. Pay the registration fee of EUR 15 at the unit by 16 February 2024.
3. Send your slides by e-mail by 1 March 2024.

The winner is announced at the end of the heat.

CONTACT

Research Communication Unit
E-mail: pitch-contest@umontpellier.fr
Phone: +33 4 67 14 22 14
Triolet campus, building 5, room 5.110. Tuesday and Thursday, 9:00-12:00.
"""

TEXTS["31-doctoral-research-pitch-contest-2024.meta.yaml"] = sidecar(
    "Doctoral research pitch contest, 2023-2024 (expired, superseded by the 2027-2028 three-minute thesis contest)",
    "https://www.umontpellier.fr/en/study/doctorate/doctoral-research-pitch-contest-2024",
    "doctoral candidates",
    "2024-06-30",
)

TEXTS["10-ladybird-survey-volunteers.md"] = """---
title: Coccinelle – counting the ladybirds of the parks and gardens, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/coccinelle-ladybird-survey
audience: students, researchers and staff
language: en
---

# Coccinelle: counting the ladybirds of the parks and gardens

About a hundred species of ladybird live in France, from the familiar seven-spot ladybird, red with black spots, to tiny species the size of a pinhead. Most of them eat aphids and protect gardens and crops. The harlequin ladybird, brought from Asia to fight aphids in greenhouses, escaped, spread across Europe and now eats the larvae of native ladybirds. It is hard to recognise: it comes in more than a hundred colour patterns, from orange with 19 black spots to black with 2 or 4 red spots. Coccinelle (the French name of the ladybird), run by the Student Life Department with an entomologist of the Faculty of Sciences, trains volunteers to count ladybirds on fixed routes in the parks and gardens of Montpellier, using a beating tray: a white cloth held under a branch that you tap with a stick. Its results go into a national survey. In 2027, 36 volunteers counted 2,914 ladybirds of 21 species on 25 routes; 41% of them were harlequins.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the ladybirds of Montpellier, how to tell them apart and the protocol | Tuesday 11 April 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| counting mornings: tapping the branches and searching the nettles of a fixed route | Wednesday and Saturday mornings, from 22 April to 1 July 2028, 9:00–11:00 | 25 routes in the parks and gardens of Montpellier | 30 | free |
| larvae afternoons: rearing the larvae found on the routes until they become adults and can be named | Thursday, 14:00–16:00, from 4 May to 29 June 2028 | the insect room of the Faculty of Sciences, building 25, room 25.12 | 12 | free |
| winter search: finding the ladybirds that gather for the winter under bark and in window frames | Saturday 18 November 2028, 9:00–12:00 | the grounds of the Triolet campus | 20 | €3, for the magnifying lens you keep |
| results evening: the ladybirds of the year | Thursday 14 December 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Routes are counted by pairs of volunteers, always the same pair during a spring, and the coordinator asks the parks service for permission before the first count. From 15 May, when the larvae appear, each route is counted twice a week.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects, but you must be able to stand and walk slowly for 2 hours. Volunteers commit to at least 5 counting mornings between 22 April and 1 July.

## How to join

Pairs are formed in April. To join one, follow these steps:

1. Come to the introductory talk of 11 April, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Coccinelle", by 18 April 2028, saying which mornings you are free.
3. Find a partner in the app and choose a route among those that still need a pair.
4. Count your first route with the coordinator on Saturday 22 April or Wednesday 26 April 2028.
5. At this first count, collect the beating tray, the stick, the magnifying lens, the identification card and the data sheets from the coordinator.

## What to bring

A hat, sun cream, a bottle of water, a pencil, a soft paintbrush and a charged phone with the survey app.

## Rules of the survey

- never kill a ladybird, not even a harlequin: count it, photograph it and let it go
- tap each branch three times with the stick, and never shake or break it
- move a ladybird only with the soft paintbrush, never with your fingers
- never count on a hedge or a bed that has just been sprayed: look for the notice of the parks service
- stay on the paths of the park, and never go into a private garden without the owner's permission

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, at least 8 counting mornings and the winter search can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Do ladybirds bite? The harlequin sometimes nips the skin, but it is harmless. The yellow drops that a ladybird leaves on your hand are a bitter liquid that it releases to put off birds: it smells and can stain clothes, so wash your hands after the count.

I found a black ladybird with two red spots. Is it a native one? It may well be a harlequin. Look at its size, 7 to 8 millimetres, and at the white mark shaped like an M or a W behind its head: photograph it and let the app suggest the species.

## Contact

Coccinelle coordinator, Student Life Department: coccinelle@umontpellier.fr, +33 4 67 14 36 47. Student House, Triolet campus, building 20, room 146; Monday and Wednesday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, an autumn job, their doctorate and their family: cheerleading, pregnancy and new parents, the autumn jobs at the chestnut harvest in the Cévennes, kabaddi, klezmer music, the three-minute thesis contest, Nordic walking, patchwork and quilting, the crayfish survey and the ladybird survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Envol, Sports Department | the cheerleading club, its courses, the tumbling workshops, the competition team and the Envol Show | envol@umontpellier.fr | +33 4 67 14 52 41 | Triolet campus, building 46, room 46.14 | Tuesday and Friday, 12:30–14:00 |
| Family Desk, International Relations Department | international students who are expecting a child or have just had one, the birth kits, the certificates and the grant for new parents | family-desk@umontpellier.fr | +33 4 67 14 27 48 | Triolet campus, building 1, room 1.16 | Monday and Wednesday, 9:30–12:30 |
| Seasonal Work Desk, Student Life Department | the autumn jobs of the agreement with the Cévennes Chestnut Growers' Association, the applications and the training | chestnut-harvest@umontpellier.fr | +33 4 67 14 36 81 | Student House, Triolet campus, building 20, room 118 | Monday and Wednesday, 14:00–17:00 |
| Souffle, Student House | the kabaddi association, its sessions, the beach afternoons, the championship and the Souffle Trophy | souffle@asso.umontpellier.fr | +33 4 67 14 35 52 | Student House, Triolet campus, building 20, room 231 | Tuesday, 12:30–14:00 |
| Freylekh, Culture Department | the klezmer band, the ornaments workshop, the dance weekend, the loan of instruments and the spring concert | freylekh@umontpellier.fr | +33 4 67 14 53 64 | Triolet campus, building 29, room 0.22 | Thursday, 12:30–14:00 |
| Doctoral Skills Office, Directorate of Studies | the three-minute thesis contest, its workshops, the heats and the final | thesis-contest@umontpellier.fr | +33 4 67 14 22 75 | Triolet campus, building 6, room 6.204 | Monday to Thursday, 14:00–17:00 |
| Foulée, Sports Department | the Nordic walking club, the technique evenings, the beginners' course and the club walks | foulee@umontpellier.fr | +33 4 67 14 52 88 | Triolet campus, building 46, room 46.17 | Monday and Thursday, 12:30–14:00 |
| Courtepointe, Culture Department | patchwork, quilting and boutis courses, the open studio and the exhibition of the year | courtepointe@umontpellier.fr | +33 4 67 14 53 91 | Triolet campus, building 29, room 0.35 | Tuesday and Friday, 13:30–16:30 |
| Pince coordinator, Student Life Department | the crayfish survey, the handling days, the night surveys and the data evenings | pince@umontpellier.fr | +33 4 67 14 36 92 | Student House, Triolet campus, building 20, room 138 | Tuesday and Thursday, 9:30–12:30 |
| Coccinelle coordinator, Student Life Department | the ladybird survey, the counting mornings, the larvae afternoons and the winter search | coccinelle@umontpellier.fr | +33 4 67 14 36 47 | Student House, Triolet campus, building 20, room 146 | Monday and Wednesday, 14:00–17:00 |

## Useful to know

Stopping smoking: the Student Health Service helps students and staff who want to stop smoking or vaping, free of charge: a first consultation of 45 minutes with a nurse, then 5 follow-up meetings over 3 months, with nicotine patches or gum given free for the first 6 weeks. A group meets on Tuesdays at 12:30 in building 3, room 014. Book by e-mail or phone: stop-smoking@umontpellier.fr, +33 4 67 14 71 64.

Doctoral candidates with a disability who enter the three-minute thesis contest can ask for a seat or a lectern on stage, a sign language interpreter or 30 more seconds by writing to the Disability Support Service at least 3 weeks before their heat: disability-support@umontpellier.fr, +33 4 67 14 71 19, Triolet campus, building 8, room 021; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 52, Triolet campus, building 3, room 012; Monday to Friday, 8:30–17:00. The midwife of the same service sees pregnant students free of charge, by appointment, for their monthly check-ups and for advice on feeding and contraception: +33 4 67 14 71 56. The doctors of the service give students a medical certificate of fitness for sport free of charge, by appointment, for example for the kabaddi association or the cheerleading licence: +33 4 67 14 71 58.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114. Do not write to a service.
"""

TEXTS["40-cluj-cheerleading-club-and-kabaddi-club.md"] = """---
title: Babeș-Bolyai University – the cheerleading club and the kabaddi club
url: https://www.ubbcluj.ro/en/student-life/cheerleading-and-kabaddi
audience: students and staff
language: en
---

# Babeș-Bolyai University: the cheerleading club and the kabaddi club

This page of Babeș-Bolyai University, in Cluj-Napoca, Romania, presents the cheerleading club and the kabaddi club of its sports department. It applies only to students and staff of Babeș-Bolyai University, whose sports base lies in the Central Park of Cluj-Napoca, by the Someș river. Prices are in Romanian lei (RON).

## Cheerleading club

The cheerleading club trains in the gymnastics hall of the sports base.

| Rule | Babeș-Bolyai University |
|---|---|
| age | open from 18 years old |
| beginners' course | 12 sessions, RON 180 |
| membership | RON 150 a year for students, federation licence included |
| training | Monday and Wednesday evenings |
| uniform | not lent: each member buys one, RON 220 |
| club gala | Saturday 10 June 2028, tickets RON 20 |
| credits | 3 ECTS credits |

Contact: cheerleading club, cheer@ubbcluj.ro, +40 264 405 310.

## Kabaddi club

The kabaddi club plays on the mats of the wrestling hall of the sports base.

- the club is open from 18 years old only
- the discovery session takes place on Tuesday 12 October 2027
- membership costs RON 90 a year for students
- the federation licence costs RON 70 and is compulsory for every member
- the beginners' sessions cost RON 120
- players wear wrestling shoes, which each player buys
- the club's cup takes place on Saturday 29 April 2028, at RON 200 per team
- regular players receive 4 ECTS credits

Contact: kabaddi club, kabaddi@ubbcluj.ro, +40 264 405 320.
"""

TEXTS["41-aberdeen-pregnancy-support-and-klezmer-band.md"] = """---
title: University of Aberdeen – support for pregnant international students, and the klezmer band
url: https://www.abdn.ac.uk/students/international/pregnancy-and-klezmer-band
audience: students
language: en
---

# University of Aberdeen: support for pregnant international students, and the klezmer band

This page of the University of Aberdeen, in Scotland, presents the help that its international student advice team gives international students who are expecting a child, and the klezmer band of its music society. It applies only to students of the University of Aberdeen, whose oldest buildings stand in Old Aberdeen, between the rivers Don and Dee. Prices are in pounds sterling.

## Pregnant international students

International students deal with the health service themselves; the advice team gives them documents and a small grant.

| Rule | University of Aberdeen |
|---|---|
| certificate for the visa or the scholarship body | sent within 10 working days |
| meeting with an adviser | by video only, within 3 weeks |
| birth kit | none |
| grant for new parents | £200, for every international student |
| registering the birth | within 21 days, at the registration office of the city |
| feeding room | none on campus |

Contact: international student advice, family@abdn.ac.uk, +44 1224 273 510.

## Klezmer band

The klezmer band of the music society rehearses in a practice room of the music building.

- members must be 18 or over
- the open rehearsal takes place on Wednesday 6 October 2027
- membership costs £30 a year for students
- the ornaments workshop has 10 sessions and costs £45
- the band does not lend instruments: each player brings their own
- nobody needs to read music: everything is taught by ear, without sheet music
- the spring concert takes place on Saturday 27 May 2028
- players receive 10 SCQF credits

Contact: klezmer band, klezmer@abdn.ac.uk, +44 1224 273 530.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
