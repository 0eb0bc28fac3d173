"""The text of every 'blind44' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-teqball-club-2027.pdf": {
        "title": "Courbe: the teqball club of UM, 2027-2028",
        "short": "Teqball club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/courbe-teqball-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Courbe teqball club",
        "pages": [
            [
                ("h1", "Courbe: the teqball club of UM, 2027-2028"),
                (
                    "p",
                    "Teqball was invented in Hungary in 2012. It is played with a size 5 football on a curved table, 3 metres long and 1.7 "
                    "metres wide, whose two halves bend down towards the ends, with a rigid net in the middle. Players "
                    "may touch the ball with any part of the body except the hands and the arms, at most three times "
                    "before sending it back, and never twice in a row with the same part of the body; the ball must "
                    "bounce once on the other side of the table. Courbe (French for a curve) is the teqball club of the Sports Department. It owns four tables, "
                    "set up under the covered playground of the Triolet sports complex, building 47. This guide "
                    "applies to 2027-2028.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: control, the first volleys and the bounce on the curve", "Saturday 9 October 2027, 14:00–16:00", "the covered playground, building 47", "free"],
                        ["technique evenings: control, serving, smashing and the rules of singles and doubles, for beginners", "Thursday, 18:00–19:30, from 14 October to 9 December 2027, except 11 November", "the covered playground", "€16 for the 8 evenings"],
                        ["club training: singles and doubles matches", "Tuesday, 18:30–20:30, from 12 October 2027", "the covered playground", "included in the membership"],
                        ["teqvolley evenings: the same tables with a volleyball, played with the hands, 2 against 2", "Friday, 18:00–19:30, from 14 January to 31 March 2028", "the covered playground", "included in the membership"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery session takes 20 people and the technique evenings 16, four to a table. Membership "
                    "costs €24 for the academic year for students and €40 for staff and researchers, insurance and the "
                    "loan of the balls and the tables included. Register from 20 September 2027 in the \"Sport\" tile "
                    "of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. You need no experience of football. "
                    "Every member gives the club a medical certificate of fitness for sport, less than 1 year old, "
                    "before their fourth session.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Sports clothes, flat indoor trainers or running shoes, a water bottle and, from April, a cap. "
                    "Football boots with studs are not allowed on the concrete of the playground.",
                ),
                ("h2", "Joining the competition team"),
                ("p", "To play in the club's competition team, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the technique evenings, or show the coach that you have played teqball or football "
                        "tennis before.",
                        "Attend at least 12 club trainings and pass the control test by 14 December 2027: 20 touches in "
                        "a row without the ball touching the ground, then 7 good serves out of 10.",
                        "Attend the rules and umpiring evening on Tuesday 11 January 2028, from 18:00 to 19:00, in room "
                        "47.02.",
                        "Tell the coach in the club's app by the Thursday before at 20:00 whether you can play a "
                        "tournament; the coach posts the team on Friday at 12:00.",
                        "Pay €8 per away tournament in the app for the minibus, and be in front of building 47 at 7:30; "
                        "the minibus comes back the same evening.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "never touch the ball with the hands or the arms, except in teqvolley;",
                        "never sit, lean or stand on a table, and never drag a table: four people lift it;",
                        "never dive for the ball on the concrete;",
                        "put every ball back in its bag at the end of the session: a lost ball costs the club €22.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["learning", "October to December 2027", "the technique evenings and the control test; no tournaments before February"],
                        ["the southern student circuit", "Saturdays 5 February, 11 March and 8 April 2028", "tournaments of singles and doubles against the clubs of Toulouse, Marseille and Nice"],
                        ["the Courbe Open", "Sunday 11 June 2028, 9:00–18:00, under the covered playground of the Triolet sports complex", "an open tournament in singles and doubles, with a barbecue"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "A player who twists an ankle stops at once, sits down with the leg raised and puts an ice pack from "
                    "the club's bag on it for 20 minutes. A player who cannot put weight on the foot, or whose ankle "
                    "swells fast, does not play again that day and sees a doctor within 24 hours; the coach can call the "
                    "nurses of the Student Health Service, +33 4 67 14 71 63.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the technique evenings, at least 18 club trainings and 2 tournaments of the "
                    "southern student circuit can have it recognised as a sport unit worth 2 ECTS credits; students "
                    "who follow the technique evenings and pass the control test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Courbe, Sports Department, courbe@umontpellier.fr, +33 4 67 14 52 47. Triolet campus, "
                    "building 46, room 46.14; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-marquetry-workshop-2027.pdf": {
        "title": "Placage: the marquetry workshop of UM, 2027-2028",
        "short": "Marquetry workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/placage-marquetry-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Placage marquetry workshop",
        "pages": [
            [
                ("h1", "Placage: the marquetry workshop of UM, 2027-2028"),
                (
                    "p",
                    "Marquetry makes pictures and patterns out of wood veneer: sheets of wood less than a millimetre "
                    "thick, sliced from the trunks of walnut, maple, sycamore, pear, ebony and dozens of other trees. "
                    "The pieces are cut with a scalpel or a fine fretsaw, fitted together like a jigsaw, glued onto a "
                    "board and pressed; the picture is then sanded and varnished until the grain of each wood shines. "
                    "Placage (French for veneering), the "
                    "marquetry workshop of the Culture Department, is taught by a craftsman who restores old furniture, "
                    "in the workshop of building 29, room 0.04, which has a veneer press and a dust extractor. This "
                    "guide applies to 2027-2028. In 2026-2027, 37 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: the woods of the veneer, and a first coaster cut with the knife", "Tuesday 19 October 2027 or Tuesday 1 February 2028, 18:30–20:30", "the workshop, building 29, room 0.04", "€8, materials included"],
                        ["knife course: cutting veneer with a scalpel, the window method, gluing and pressing a tray of 20 by 30 cm, in 4 sessions", "Wednesday, 18:00–21:00, from 3 November to 24 November 2027", "the workshop", "€42, materials included"],
                        ["fretsaw course: the marquetry saw, cutting several veneers in one packet, a picture of 30 by 40 cm, in 3 sessions", "Saturday, 9:00–12:30, from 22 January to 5 February 2028", "the workshop", "€39, materials included"],
                        ["sand shading afternoon: giving relief to the pieces by scorching them in hot sand", "Saturday 11 March 2028, 14:00–17:00", "the workshop", "€12, after the knife course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 14 people, the knife course 8, the fretsaw course 6, one per saw, and "
                    "the sand shading afternoon 10. Students with a need-based grant pay half price; staff and "
                    "researchers pay €10 more per course. Register from 4 October 2027 in the \"Culture\" tile of your "
                    "UM account.",
                ),
            ],
            [
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. You need no experience of "
                    "woodwork or of drawing. The fretsaw course and the sand shading afternoon are open only to people "
                    "who have followed the knife course. Fine wood dust irritates the nose and the lungs, and a few "
                    "tropical woods cause allergies: everyone wears the dust mask lent by the workshop when sanding, "
                    "and people with asthma tell the teacher when registering.",
                ),
                ("h2", "What to bring"),
                (
                    "p",
                    "A sharp pencil, an eraser, tracing paper and clothes that you do not mind getting glue on. The "
                    "workshop lends the scalpels, the cutting mats, the saws, the clamps, the aprons and the dust masks, "
                    "and provides the veneers.",
                ),
                ("h2", "Joining the fretsaw course"),
                ("p", "To join the fretsaw course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the knife course and finish your tray at its last session, on 24 November 2027.",
                        "Draw or choose a picture of 30 by 40 cm with at most 25 pieces, and send it to the teacher "
                        "through the \"Culture\" tile by 7 January 2028.",
                        "Register in the same tile by 14 January 2028 and pay the price of the course, €39.",
                        "Bring to the first session, on Saturday 22 January 2028 at 9:00, your picture printed at full "
                        "size and two sheets of tracing paper.",
                        "Collect your picture, pressed and varnished, at the desk of the Culture Department from 28 "
                        "February 2028.",
                    ],
                ),
            ],
            [
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "keep the cover on every scalpel blade when you are not cutting, and always cut away from the "
                        "hand that holds the veneer;",
                        "never blow sawdust off the bench: switch on the extractor and use the brush;",
                        "only the teacher heats and handles the glue pot and the hot sand;",
                        "no food or drink on the benches, where glue and veneers lie about;",
                        "write your name on the back of every piece of work and leave it on the drying rack.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If a blade cuts you, press a clean compress firmly on the cut for 10 minutes and keep the hand "
                    "raised; the workshop's first aid kit hangs by the door. If the bleeding does not stop, or if the "
                    "cut is deep or gapes, go to the nurses of the Student Health Service, +33 4 67 14 71 63, or call "
                    "15.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The works of the year are shown in the hall of the library of the Triolet campus from 15 to 19 May "
                    "2028. Students who follow the knife course and the fretsaw course and show a piece at the "
                    "exhibition can have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Placage, Culture Department, placage@umontpellier.fr, +33 4 67 14 53 62. Triolet campus, "
                    "building 29, room 0.19; Monday and Thursday, 14:00–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-bee-eater-colony-survey-volunteers.docx": {
        "title": "Guêpier: counting the bee-eater colonies – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/bee-eater-colony-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Guêpier: counting the bee-eater colonies – volunteer guide 2028"),
            (
                "p",
                "The European bee-eater is one of the most colourful birds of Europe: chestnut on the head and back, "
                "golden yellow on the throat and turquoise underneath, with a long curved bill and two pointed feathers "
                "that stick out of its tail. It spends the winter in Africa and comes back to the south of France at "
                "the end of April to nest in colonies in sandy banks, along rivers, in sand quarries and in roadside "
                "cuttings, where each pair digs a tunnel up to 1.5 metres long with a nest chamber at the end. As its "
                "name says, it feeds on bees and wasps, which it catches in flight and beats against a branch to "
                "remove the sting. Guêpier (the French name of the "
                "bird), run by the Student Life Department with an ornithologist of the Faculty of Sciences, trains "
                "volunteers to count the burrows in use and the adults of the colonies of the Hérault, to record the "
                "prey brought to the young and to count the young before they fly. In 2027, 31 volunteers counted "
                "1,180 burrows in use in 23 colonies.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over, because several "
                "colonies are in working sand quarries. You need no knowledge of birds. Volunteers commit to at least 3 "
                "colony counts between 13 May and 8 July 2028. The survey lends binoculars, spotting scopes on tripods, "
                "tally counters and, for the quarries, high-visibility vests and hard hats.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the bee-eater, its colonies, the protocol and safety in the quarries", "Tuesday 2 May 2028, 18:30–21:00", "Triolet campus, building 26, room 26.03", "45"],
                    ["colony count: counting the burrows in use and the adults of a colony from a hide or from the minibus", "Saturday mornings from 13 May to 8 July 2028, 7:00–10:00", "the sand quarries and the river banks of the Hérault valley, by minibus", "8"],
                    ["prey watch: recording with a spotting scope what the adults bring to the burrows", "Wednesday evenings from 31 May to 5 July 2028, 18:00–20:00", "the colony on the banks of the Vidourle", "5"],
                    ["young count: counting the young at the mouths of the burrows before they fly", "Sunday 2 July and Sunday 9 July 2028, 7:00–10:00", "the six largest colonies", "10"],
                    ["results evening: the colonies of the year and the map of the burrows", "Thursday 21 September 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first colony count"),
            ("p", "To go on your first colony count, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Guêpier\", by 25 April 2028.",
                    "Attend the training evening of 2 May 2028: nobody counts without it.",
                    "Book a colony count in the app by the Wednesday before at 18:00: each group has 8 volunteers and a "
                    "coordinator.",
                    "Dress in dull colours, green, brown or grey, never white or bright colours, with closed shoes and "
                    "a hat; bring sun cream, 1.5 litres of water and a pencil.",
                    "Be in front of building 26 at 6:15 on the Saturday: the coordinator hands out the binoculars, the "
                    "spotting scopes, the tally counters and the data sheets, and the vests and hard hats for the "
                    "quarries.",
                ],
            ),
            ("h1", "Bee-eater burrow or not?"),
            (
                "p",
                "A bee-eater's burrow is an oval hole about 7 centimetres wide and 5 high, alone or in loose groups of "
                "a few holes, with two grooves worn in the sand at its lip by the bird's feet. The sand martin, a small "
                "brown swallow, nests in the same banks, but its holes are round, about 4 centimetres wide, and packed "
                "in dense rows near the top of the bank: note them on the line \"other\". A burrow is in use when you "
                "see an adult go in or come out, or fresh sand spilled below it.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "stay at least 50 metres from the bank, in the hide or behind the minibus, and never walk on top of "
                    "a bank: the burrows collapse;",
                    "never play recordings of bird calls, and no drones;",
                    "speak quietly, and leave a colony after 2 hours at most;",
                    "in the quarries, follow the rules of the operator, keep the vest and the hard hat on, and never "
                    "climb a heap of sand;",
                    "never post the place of a colony online: give your photos to the coordinator.",
                ],
            ),
            ("h1", "In the heat"),
            (
                "p",
                "Colony counts end at 10:00, before the worst heat, but July mornings are already hot in the quarries, "
                "where the sand reflects the sun. Drink before you are thirsty and keep your hat on. A volunteer who "
                "feels dizzy or sick, or who has a headache, sits in the shade with water and a wet cloth on the neck, "
                "and the coordinator stops the count; if the person becomes confused or stops sweating, call 15.",
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training evening, 5 colony counts and 1 prey watch can have it recognised as a student "
                "engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Guêpier coordinator, Student Life Department: guepier@umontpellier.fr, +33 4 67 14 36 31. Student "
                "House, Triolet campus, building 20, room 147; Tuesday and Friday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-canne-de-combat-club.md"] = """---
title: Moulinet – the canne de combat club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/moulinet-canne-de-combat-club
audience: students, researchers and staff
language: en
---

# Moulinet: the canne de combat club of the Sports Department

Canne de combat is a French combat sport that grew out of the walking-stick self-defence of nineteenth-century Paris. Two fighters face each other with a light chestnut cane, 95 centimetres long and weighing about 120 grams, and score by touching the head, the torso or the legs of the other with the tip of the cane. A strike only counts if it starts with a wide wind-up, the armé, and travels in an arc: pokes and short jabs score nothing. Moulinet (French for the circle that a cane draws when it is spun round the wrist) is the canne de combat club of the Sports Department. It trains in the dojo of the Triolet sports complex, building 42, with a coach who holds the state diploma. This page applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 14 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| open evening: the mask, the guard and your first strikes against a pad | Tuesday 21 September 2027, 19:00–20:30 | the dojo, building 42 | 1 | free |
| beginners' course: the guard, the four basic strikes, the parries and the footwork | Thursday, 19:00–20:30 | the dojo | 10, from 7 October 2027, except 11 November | €30 |
| club training: technique, then controlled bouts | Monday and Wednesday, 19:00–21:00 | the dojo | every week from 4 October 2027 | included in the membership |
| refereeing morning: judging a touch, counting the points and running a bout | Saturday 22 January 2028, 9:30–12:30 | room 42.03, building 42 | 1 | free |
| "Moulinet Challenge": the club's tournament for the students of the region, by weight and level | Saturday 27 May 2028, 9:00–18:00 | the large hall of the Triolet sports complex, building 41 | 1 | €12 per fighter, free for spectators |

The open evening takes 30 people, the beginners' course 18 and each club training 28; the Moulinet Challenge has room for 64 fighters. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €35 for the academic year for students and €60 for staff and researchers; it includes insurance and the loan of the canes, the masks, the padded suits and the gloves. The licence of the French federation costs €29 and is needed only for the federation's official competitions. A competition cane of chestnut costs €14 at the desk of the Sports Department, and a mask of your own €65; the club lends 20 full sets of equipment, so you need nothing to start.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 17 or over; members under 18 need the written consent of a parent. You need no experience of any combat sport. Every member gives the club a medical certificate of fitness for sport, less than 1 year old, by the fourth session.

## How to fight in the French student championship

The club sends up to six fighters to the French student championship of canne de combat, in Angoulême on Saturday 10 and Sunday 11 June 2028. To be one of them, follow these steps:

1. Attend at least 15 club trainings by 20 December 2027.
2. Pass the technical test on Wednesday 12 January 2028: 20 clean strikes in one minute on the pad, each with a full wind-up, then a two-minute bout without a single forbidden strike.
3. Follow the refereeing morning of 22 January 2028, and take the licence of the French federation through the club, for €29, by 31 January 2028.
4. Fight at least 2 bouts at the regional open in Béziers on Sunday 19 March 2028; the coach names the six fighters on Monday 3 April 2028.
5. Buy the club's competition jacket, €48, at the desk of the Sports Department by 28 April 2028, and attend the extra training on Fridays from 5 May 2028, 18:30–20:30; the club pays the train and the hostel in Angoulême.

## Rules of the dojo

- never strike unless both fighters wear their masks, and never take the mask off during a bout
- strike only with the last third of the cane, never with the handle, and never thrust the tip at the face
- no strikes to the back of the head, the neck, the throat, the knees or the groin
- check your cane before each session: a split or splintered cane goes straight into the red box
- salute your partner before and after every bout, and stop at once when the referee calls "halte"

## Credits

Students who follow the beginners' course, attend at least 20 club trainings in the year and help to run the Moulinet Challenge can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

Does it hurt? Rarely. Strikes are controlled in training, and the padded suit and the mask take the rest; expect a few small bruises on the forearms in the first weeks.

## Contact

Moulinet, Sports Department: moulinet@umontpellier.fr, +33 4 67 14 52 81. Triolet campus, building 46, room 46.12; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-stolen-bikes-international-students.html"] = html_page(
    "Bike stolen? FAQ for international students",
    "Why bikes are stolen, the municipal pound, what the Daily Matters Desk gives, the steps after a theft, insurance, rental bikes and keeping your bike.",
    "https://www.umontpellier.fr/en/international/stolen-bikes-faq",
    "/fr/international/vol-de-velo-faq",
    """    <h1>Bike stolen? FAQ for international students</h1>
    <p>Montpellier is a good city for cycling, and many international students buy a second-hand bike in their first weeks. Bike theft is common, though: a bike left overnight at a tram stop or locked only by its front wheel often disappears within days. The Daily Matters Desk of the International Relations Department helps international degree and exchange students whose bike has been stolen to report the theft, to deal with their insurer and to get back on a bike. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 47 international students after a bike theft, 29 of them in their first semester.</p>

    <h2>Why are so many bikes stolen?</h2>
    <p>Most stolen bikes were fastened with a thin cable lock, which can be cut in a few seconds, or locked by the front wheel only, so that the thief leaves the wheel and takes the rest. Bikes left for several nights in the same place, at the station or in the courtyard of a building open to the street, are taken most often. Quick-release wheels and saddles disappear too.</p>

    <h2>Are you sure it was stolen?</h2>
    <p>Before you report a theft, check that the bike was not removed by the city: bikes locked to railings, traffic signs or tree grilles, and wrecks left for weeks, are taken away to the municipal pound. Call the city's lost property office with the place and the date. A bike taken to the pound is returned within 30 days against a fee of €20, to a person who shows the key of the lock or another proof that the bike is theirs.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 20 minutes with an adviser, in French or English, within 3 working days of your request</td></tr>
        <tr><td>report</td><td>help to fill in the online pre-complaint in French, and the list of what to take to the police station</td></tr>
        <tr><td>insurance</td><td>a check, with you, of whether your home insurance or your bank card covers the theft, and a letter in French to your insurer</td></tr>
        <tr><td>translation</td><td>an explanation in English of the receipt of your complaint and of every letter from your insurer</td></tr>
        <tr><td>replacement</td><td>a voucher of €40 for a second-hand bike at the bike workshop of the Student House, once per academic year, on showing the receipt of your complaint</td></tr>
      </tbody>
    </table>

    <h2>What do I do after a theft?</h2>
    <p>As soon as you notice that your bike has gone, proceed as follows:</p>
    <ol>
      <li>Photograph the place and the broken lock if it is still there, and write down where and when you last saw the bike.</li>
      <li>Fill in the online pre-complaint within 48 hours, with the frame number, a photo of the bike and its receipt if you have one; the desk can fill it in with you.</li>
      <li>Go to the police station on the day of your appointment with your passport or your residence permit to sign the complaint, and keep the receipt that the officer gives you.</li>
      <li>Declare the theft to your insurer within 2 working days of noticing it, with a copy of the receipt of the complaint.</li>
      <li>If your bike was marked, report its marking number as stolen on the register of the marking scheme, so that a bike found by the police can be returned to you.</li>
    </ol>

    <h2>Will the university pay for a new bike?</h2>
    <p>No. The desk never pays for a stolen bike, and neither does the university. What it offers is the voucher of €40 towards a second-hand bike at the bike workshop of the Student House, and a student in real financial difficulty can meet a social worker of the regional student services through the desk.</p>

    <h2>My bike was a long-term rental from the city's bike service. What do I do?</h2>
    <p>Tell the rental service within 24 hours and send it the receipt of your complaint within 7 days: the service then charges you a flat fee of €90 instead of keeping the whole deposit of €300. The desk can help you write the e-mail to the service.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the meeting, the help with the complaint, the letter to the insurer and the voucher are the same. If your bike is stolen in your last weeks, file the complaint before you leave France: a bike that the police find can be given back only to the owner named in the complaint, and the police can write to you by e-mail after you have left.</p>

    <h2>How do I keep my bike?</h2>
    <p>Lock the frame and the back wheel together to a fixed rack with a U-lock, never with a cable alone, and take your lights and your bags with you. International students in their first year at UM can borrow a U-lock from the desk for the academic year against a deposit of €10, while stocks last. Every Thursday in October, from 12:00 to 14:00, the desk marks bikes for free in front of building 1 with a number engraved on the frame; at other times, marking costs €5 at the bike workshop of the Student House.</p>

    <h2>Whom do I contact?</h2>
    <p>Daily Matters Desk, International Relations Department: daily-matters@umontpellier.fr, +33 4 67 14 27 84. Triolet campus, building 1, room 1.18; Monday and Wednesday, 13:30–16:30.</p>
""",
    [
        '<a href="/en/international/arriving-in-montpellier">Arriving in Montpellier</a>',
        '<a href="/en/students/social-support">Social support for students</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-stolen-bikes-international-students.meta.yaml"] = sidecar(
    "Bike stolen? FAQ for international students",
    "https://www.umontpellier.fr/en/international/stolen-bikes-faq",
    "international students",
)

TEXTS["03-international-students-at-the-pink-garlic-harvest-2028.md"] = """---
title: International students at the pink garlic harvest of Lautrec, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/pink-garlic-harvest-jobs
audience: international students
language: en
---

# International students at the pink garlic harvest of Lautrec

Around the village of Lautrec, in the Tarn, farmers grow a garlic with a pink skin and a mild taste, protected by a quality label for decades. The heads are pulled by hand in July, dried, then tied by their long stalks into bunches and plaits. Since 2026, an agreement between the University of Montpellier and the Pink Garlic Growers' Cooperative of Lautrec offers international students paid summer jobs with its members: pulling and bundling the garlic in the fields, sorting and plaiting it in the cooperative's drying sheds, and serving on its stand at the Pink Garlic Festival. The Student Jobs Unit of the Student Life Department recruits and prepares the students. This page applies to the harvest of 2028, from Monday 3 July to Friday 25 August 2028. In the summer of 2027, 22 students worked 640 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.10 gross an hour, paid on the 5th of the following month, plus €0.50 for each plait of 12 heads that passes the quality check, and a bonus of €120 for students who stay until 25 August |
| days and hours | Monday to Friday; pulling in the fields from 6:00 to 12:30 and plaiting in the sheds from 14:00 to 18:00; at most 35 hours a week, except in the two weeks of pulling, from 3 to 13 July, with up to 44 hours over 6 days |
| transport | a coach from the Triolet campus to Lautrec every Sunday at 16:00 and back every Friday at 19:00, €15 a return trip, refunded after 4 weeks worked |
| lodging | a bed in a room for two in the cooperative's hostel in Lautrec, €7 a night, with a shared kitchen |
| meals | a free lunch on working days; breakfast and dinner are yours to cook in the hostel kitchen |
| equipment | gloves, knee pads, a cap and pruning shears, lent for the season |
| garlic | a plait of pink garlic to take home at the end of each week worked |
| training | 2 hours of training on pulling, sorting, plaiting and working in the heat, paid like 2 hours of work |

Contracts are fixed-term seasonal contracts signed with the cooperative, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, who are allowed to work in France, exchange students included if they stay in France until at least 4 August 2028: the hours count towards the hours your residence permit allows. Pulling needs no French; the plaiting sheds need a level of French of at least A2, to follow the food safety rules; the stand at the Pink Garlic Festival, in Lautrec on Friday 4 August 2028, needs B1 in French and in English. You must be free for at least 3 weeks in a row and be able to kneel and bend for long periods. Garlic dust irritates the skin and the eyes of some people: tell the Unit when you apply if you have asthma or eczema.

## How to join the harvest

An information meeting takes place on Thursday 6 April 2028 at 12:30 in lecture theatre A of building 36. To join the harvest, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 30 April 2028, with a CV in French or English, the weeks when you are free and the jobs you would like.
2. Have a video interview with the cooperative on Wednesday 10 or Thursday 11 May 2028.
3. Receive the answer by Wednesday 17 May 2028, and choose your weeks in the cooperative's planning by Wednesday 24 May 2028.
4. Sign your contract with the cooperative by Wednesday 14 June 2028, with a copy of your residence permit, your French social security number and your bank details.
5. Take the coach on Sunday 2 July 2028 at 16:00 and attend the training in the sheds on the morning of Monday 3 July 2028; the first pulling starts the next day at 6:00.

## Rules in the fields and the sheds

- pull only the rows that the team leader shows you, and lay the heads in the sun with their leaves all pointing the same way
- never cut the stalks: the plaits need them long
- wear the gloves in the sheds: peeling the outer skins all day dries and cracks the hands
- no smoking in the sheds: dry garlic skins catch fire easily
- drink a glass of water every half hour in the fields: the Tarn reaches 35 °C by noon in July

## FAQ

What if it rains? Garlic is not pulled from wet soil. A day in the fields cancelled before 6:00 is paid 2 hours, and the sheds work whatever the weather.

## Contact

Student Jobs Unit, Student Life Department: garlic-harvest@umontpellier.fr, +33 4 67 14 36 44. Student House, Triolet campus, building 20, room 118; Tuesday and Thursday, 9:30–12:30.
"""

TEXTS["04-faq-croquet-association.html"] = html_page(
    "Maillet, the croquet association: FAQ",
    "Maillet: the discovery afternoon, the beginners' sessions, the club games, the Maillet Trophy and the national student championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/croquet-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-croquet-faq",
    """    <h1>Maillet, the croquet association: FAQ</h1>
    <p>Croquet is a lawn game played with mallets, balls and a course of six hoops and a peg. Players strike their ball with the end of the mallet to send it through the hoops in a fixed order. In golf croquet, the version most students start with, each hoop goes to the first ball through it, and the first side to win 7 of the 13 hoops wins the game; in association croquet, the older and more tactical version, a player whose ball hits another ball earns extra strokes and can carry both balls round the course. The game needs no strength, but a steady hand and a good eye. Maillet (French for a mallet) is the croquet association of the Student House. It plays on the croquet lawn of the Richter campus, next to the sports ground, and on the artificial grass pitch of the Triolet sports complex in winter. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 41 members from 16 countries.</p>

    <h2>What does Maillet offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery afternoon: your first strokes and a game of golf croquet</td><td>Sunday 3 October 2027, 14:00–17:00</td><td>the lawn of the Richter campus</td><td>free</td></tr>
        <tr><td>beginners' sessions: the grip and the stance, running a hoop, the roquet and the croquet stroke, in 5 sessions</td><td>Sunday, 10:00–12:00, from 17 October 2027</td><td>the lawn of the Richter campus</td><td>€15</td></tr>
        <tr><td>club games: golf croquet and association croquet, with handicaps</td><td>Tuesday and Thursday, 17:30–19:30</td><td>the lawn of the Richter campus, then the artificial grass pitch of the Triolet sports complex from November to February</td><td>included in the membership</td></tr>
        <tr><td>the "Maillet Trophy": a golf croquet tournament for pairs from the universities of the south of France, with tea and cakes</td><td>Saturday 17 June 2028, 9:30–18:30</td><td>the lawn of the Richter campus</td><td>€8 per player, lunch included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €20 for the academic year for students and €32 for staff and researchers; it includes insurance and the loan of the mallets, the balls and the clips. The licence of the French croquet federation, €16, is needed only to play in the federation's open tournaments. The discovery afternoon takes 24 people, the beginners' sessions 12 and each club game 20; the Maillet Trophy has room for 16 pairs.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. Croquet is not a contact sport, and no medical certificate is asked for. You need no experience of golf, billiards or any other game.</p>

    <h2>What do I wear?</h2>
    <p>Flat-soled shoes, such as plimsolls or running shoes: heels and studs leave holes in the lawn, and players who come in them are asked to play in socks. White or light clothes are the tradition, but nobody is turned away in colours, except at the Maillet Trophy, where players wear white. Bring a hat and sun cream from April.</p>

    <h2>How do I play in the national student championship?</h2>
    <p>The association sends two pairs and one reserve to the national student golf croquet championship in Dinard, in Brittany, on Saturday 24 June 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Play at least 12 club games between 19 October 2027 and 30 March 2028.</li>
      <li>Reach a handicap of 10 or lower at the handicap day on Sunday 9 April 2028, where the captain watches you play three games.</li>
      <li>Register in the association's app by 3 May 2028 for the selection day of Sunday 14 May 2028; the captain picks the two pairs and the reserve.</li>
      <li>Buy the white team shirt, €19, at the desk of the Student House by 7 June 2028.</li>
      <li>Confirm by e-mail to the captain, 10 days before the championship, that you can play; the association pays the train to Dinard and the youth hostel.</li>
    </ol>

    <h2>What are the rules on the lawn?</h2>
    <ul>
      <li>never swing the mallet above your waist, and never stand behind a player who is about to strike;</li>
      <li>never move a hoop or the peg: tell the captain if one is loose;</li>
      <li>step over the hoops, never on them, and walk round the edge of the lawn when a game is on;</li>
      <li>no bikes, no dogs and no picnics on the lawn;</li>
      <li>leave the lawn at once when the groundsman comes to water it, on Monday and Friday mornings.</li>
    </ul>

    <h2>What if it rains or gets very hot?</h2>
    <p>Club games go on in light rain, but stop when water stands on the lawn, because the balls no longer roll true and the lawn is damaged. From June to September, on days forecast above 32 °C, club games start at 19:00 instead of 17:30, and the association brings water and parasols.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 12 sessions in the year and help to run the Maillet Trophy can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Maillet, Student House: maillet@asso.umontpellier.fr, +33 4 67 14 35 86. Triolet campus, building 20, room 231; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-croquet-association.meta.yaml"] = sidecar(
    "Maillet, the croquet association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/croquet-association-faq",
    "students, researchers and staff",
)

TEXTS["05-tap-dance-company.txt"] = """FRAPPE: THE TAP DANCE COMPANY - 2027-2028
University of Montpellier - Culture Department

Tap dancers wear shoes with two metal plates, the taps, screwed under the toe and the heel, and they dance as much for the ear as for the eye: every step is also a sound, and a good tap dancer is a drummer who plays on the floor. The basic sounds have names that every beginner learns in the first weeks: the shuffle, the flap, the ball change, the cramp roll and the time step. Frappe (French for a strike) is the tap dance company of the Culture Department. It is led by a dancer who has performed in musicals in London and Paris, and it works in the dance studio of the Student House, room 0.12, which has a sprung wooden floor. In 2026-2027 the company had 29 members from 13 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The company has six activities:

open class: put on a pair of tap shoes and learn your first shuffle, no experience needed, on Wednesday 29 September 2027 from 18:30 to 20:00
beginners' class: the basic sounds and a first routine, 10 sessions on Mondays from 18:00 to 19:30, from 4 October 2027, except 1 November
company rehearsal: the whole company, on Wednesdays from 19:00 to 21:00, from 6 October 2027
tap jam: the dancers improvise with a live jazz trio in the hall of the Student House, on Friday 10 December 2027 at 19:30
street show: the company dances on a portable wooden floor on the esplanade Charles-de-Gaulle, free and open to all, on Saturday 8 April 2028 from 15:00 to 17:00
spring show: on Friday 26 May 2028 at 20:00, in the auditorium of building 36

MEMBERSHIP, CLASSES AND SHOES

Membership costs EUR 18 for the academic year for students and EUR 30 for staff and researchers; it includes insurance and the company rehearsals. The beginners' class costs EUR 20 for the ten sessions; students with a need-based grant pay half price for it. The beginners' class takes 14 dancers and the company 30.

The company lends tap shoes, in sizes 35 to 46, for the open class and the beginners' class. Members who go on after the beginners' class buy their own pair, at EUR 45 with the company's discount at a dance shop in the city centre. For the shows, the company lends each dancer a black bowler hat and braces; dancers wear their own black trousers and a white shirt, and buy a bow tie at EUR 5 at the desk of the Culture Department, and keep it.

You need no dance experience and no sense of rhythm to start: rhythm is learned like a language, one sound at a time. Every routine is taught count by count, and the leader films each routine, slowly and at full speed, for the company's app, so that you can practise at home on a wooden board, or in socks if the neighbours complain. Tap is loud: dancers who rehearse several times a week are advised to wear musicians' ear plugs.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I DANCE A SOLO IN THE SPRING SHOW?

1. Be a member and come to at least 12 company rehearsals between January and April 2028.
2. Pass the time step check with the leader, single, double and triple time steps at 120 beats a minute, or show the leader that you have danced tap before.
3. Dance 32 bars of your own choreography in front of the leader at the solo audition on Wednesday 12 April 2028.
4. Attend the two technical rehearsals on Saturday 13 May and Saturday 20 May 2028, from 14:00 to 17:30.
5. On the day of the show, be at the auditorium at 18:00 for the warm-up and the floor check.

RULES OF THE STUDIO

Put your tap shoes on in the studio, never outside: concrete and tiles ruin the taps, and the taps scratch the floors of the corridors. Arrive before 19:00: the company warms up its ankles and calves together for 10 minutes, and a dancer who arrives after the warm-up watches until the next routine. Tie long hair back and take off rings and bracelets. Film only with the leader's agreement, and never post a video of the company without it. Water only in the studio. A dancer with a sprained ankle or sore shins comes and watches, but does not dance. The studio closes at 21:30.

THE SPRING SHOW

On Friday 26 May 2028 at 20:00, the dancers of the year give Frappe's spring show in the auditorium of building 36. It is free, but seats must be booked in the "Culture" tile from 9 May 2028. The show closes with the shim sham, a short routine that the whole audience is taught during the interval and dances with the company at the end.

CREDITS

Students who dance in the company all year and in the spring show can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Frappe, Culture Department
E-mail: frappe@umontpellier.fr
Phone: +33 4 67 14 53 88
Triolet campus, building 29, room 0.21. Thursday, 12:30-14:00.
"""

TEXTS["05-tap-dance-company.meta.yaml"] = sidecar(
    "Frappe, the tap dance company 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/frappe-tap-dance-company",
    "students, researchers and staff",
)

TEXTS["06-international-cardboard-boat-race-2028.md"] = """---
title: Carton Plein, the international cardboard boat race, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/carton-plein-cardboard-boat-race
audience: students
language: en
valid_until: 2028-06-30
---

# Carton Plein: the international cardboard boat race, 2027-2028

A cardboard boat is built from corrugated cardboard, packing tape and paint, and nothing else, and it has to carry its crew across the water without sinking, or at least not before the finish line. Carton Plein (French for a full house, and a pun on carton, cardboard) is the cardboard boat race of the university: teams of students design and build a boat, then race it in the outdoor pool of the Triolet sports complex, in front of a jury and of the public. Each team must include at least one international student. It is run by the Student Events Team of the Student Life Department and is open to every student enrolled at UM in 2027-2028, from the first year of the bachelor's degree to the doctorate, exchange students included. Teams have 2 to 4 students. The theme of the decoration in 2028 is "a legendary ship from your country". In 2026-2027, 14 teams with students from 23 countries took part.

## What the race involves

| Part | What it means |
|---|---|
| building | 2 Saturday workshops of 4 hours with a naval architect in the workshop of building 16: the hull, the folds that make cardboard stiff, and waterproofing with paint and tape |
| boat plan | a drawing of your boat with its measurements, its number of sheets and the places of the crew, for the selection |
| materials | 20 sheets of corrugated cardboard, 6 rolls of packing tape and 2 litres of water-based paint per team, given by the Team; nothing else may go into the boat |
| float test | every boat must carry its crew for 2 minutes in the shallow end before it may race |
| race day | heats of 4 boats over 2 lengths of the 50-metre pool; the 6 fastest boats race the final |
| prizes | €300 for the fastest team, €200 for the second and €100 for the third; a "Titanic prize" of €120 for the most spectacular sinking, voted by the public |

Taking part is free, and the Team lends the paddles and the life jackets. Students who attend both building workshops and race on race day can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements to paddle or to watch.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 14 February 2028 |
| registration deadline | Sunday 12 March 2028, 23:59 |
| building workshops | Saturday 25 March and Saturday 1 April 2028, 9:00–13:00, in building 16 |
| boat plans due | Friday 7 April 2028, 12:00 |
| teams selected for the race | by Friday 14 April 2028 |
| float test | Wednesday 10 May 2028, 14:00–17:00, at the outdoor pool |
| race day | Saturday 3 June 2028, 13:00–18:00, at the outdoor pool of the Triolet sports complex; prizes at 18:30 |

## How to enter

To take part in the race, follow these steps:

1. Form a team of 2 to 4 students with at least one international student and register it in the "Student Life" tile of your UM account by 12 March 2028, naming a captain.
2. Send at least 2 members of the team to each of the two building workshops, on 25 March and 1 April 2028.
3. Upload your boat plan in the tile by 7 April 2028 at noon; the Team selects 20 teams for the race by 14 April 2028.
4. Bring your boat to the float test on 10 May 2028, where every crew member also swims 25 metres; a boat that fails the test can try again at 11:00 on race day.
5. On race day, be at the pool by 12:00 with your boat, in swimwear and a T-shirt: the changing rooms of the sports complex open at 11:30.

## Rules of the boat

- cardboard, packing tape and water-based paint only: no wood, no plastic film, no foam, no glue and no metal
- at most 2.5 metres long and 1 metre wide, with at most 2 people on board at a time
- move the boat only with the paddles lent by the Team: no sails and no oars of your own
- everyone on board wears a buckled life jacket from the moment they step in
- a crew whose boat sinks leaves it where it is and swims to the nearest edge: the lifeguards collect the wreck

## FAQ

Can a friend who is not a student paddle our boat? No: every member of a team, and everyone on board, must be a student enrolled at UM.

What if there is a storm on race day? The pool closes when there is thunder. If a storm is forecast, the race moves to Sunday 11 June 2028, and the Team tells the teams by text message by 18:00 the day before.

## Contact

Student Events Team, Student Life Department: boat-race@umontpellier.fr, +33 4 67 14 36 93. Student House, Triolet campus, building 20, room 109; Monday to Thursday, 14:00–16:30.
"""

TEXTS["31-cardboard-boat-challenge-2024.txt"] = """CARDBOARD BOAT CHALLENGE - 2023-2024
University of Montpellier - New Arrivals Office

This page applies to the academic year 2023-2024. In the cardboard boat challenge, new international students put together a small boat from a kit and paddle it across the indoor pool, in costume, in front of a jury.

WHO CAN TAKE PART

International students in their first year at UM only, in pairs: two students per boat. French students, exchange students and doctoral candidates cannot take part.

WHAT THE CHALLENGE INVOLVES

No workshop and no boat plan: each pair buys a ready-cut kit of cardboard and tape from the office for EUR 12 and assembles it at home, on the theme "pirates". One afternoon only, on Saturday 25 May 2024 from 14:00 to 17:00, at the indoor pool of the Triolet sports complex. There is no timed race: the jury gives one prize, for the best costume, a voucher of EUR 60. The challenge gives no credits. Each pair pays a registration fee of EUR 8, and each paddler brings a life jacket or borrows one at the pool against an identity card.

HOW TO REGISTER

Register by e-mail to the New Arrivals Office by 10 May 2024. Places are given in the order of the e-mails received, up to 12 pairs.

1. Write to the New Arrivals Office with your two names, your programmes and your countries.
2. Pay for the kit and the registration fee, EUR 20 in all, at the office by 17 May 2024.
3. Collect your kit at the office on Tuesday 21 May 2024, and bring your boat to the pool by 13:30 on the day.

The winner is announced at the end of the afternoon, and every pair receives a towel in the colours of the university.

CONTACT

New Arrivals Office
E-mail: boat-challenge@umontpellier.fr
Phone: +33 4 67 14 27 51
Triolet campus, building 1, room 1.31. Wednesday, 14:00-17:00.
"""

TEXTS["31-cardboard-boat-challenge-2024.meta.yaml"] = sidecar(
    "Cardboard boat challenge, 2023-2024 (expired, superseded by the 2027-2028 international cardboard boat race)",
    "https://www.umontpellier.fr/en/campus-life/student-life/cardboard-boat-challenge-2024",
    "international students",
    "2024-06-30",
)

TEXTS["10-nightingale-song-survey-volunteers.md"] = """---
title: Rossignol – counting the singing nightingales of the river valleys, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/rossignol-nightingale-survey
audience: students, researchers and staff
language: en
---

# Rossignol: counting the singing nightingales of the river valleys

The common nightingale is a plain brown bird, and it is far easier to hear than to see. It spends the winter in Africa and comes back in April to the thickets, hedges and riverside woods of the south of France. The males arrive first and sing, by day and above all by night, a loud and varied song of whistles, trills and deep "tchook" notes, to attract the females that fly over in the dark. Rossignol (French for nightingale), run by the Student Life Department with an ecologist of the Faculty of Sciences, trains volunteers to walk 12 fixed routes along the Lez and the Mosson at night and to note every singing male, at 12 listening points of 5 minutes on each route. In 2027, 24 volunteers walked the 12 routes twice each and counted 412 singing males.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the nightingale, its song and the listening protocol | Tuesday 28 March 2028, 18:30–20:00 | the hall of the Student House | 60 | free |
| listening training: telling the nightingale from the blackbird, the song thrush and Cetti's warbler, then a first route | Saturday 8 April 2028, 21:30–00:30 | a route along the Lez, north of Montpellier | 18 | free |
| night walks: counting the singing males of a route, on foot | Monday and Thursday nights, from 20 April to 1 June 2028, 22:00–01:00 | the 12 routes of the Lez and Mosson valleys | 36 | free |
| dawn chorus morning: the other birds of the riverbanks, with a guide | Sunday 7 May 2028, 5:30–8:30 | the banks of the Mosson | 15 | €3, for the red-light head torch you keep |
| results evening: the nightingales of the year | Thursday 29 June 2028, 18:30–20:30 | the hall of the Student House | 60 | free |

Each route is walked by three volunteers: a listener, a recorder who marks each song on the map, and a leader who knows the route and carries the GPS; the leaders are staff of the department or volunteers who have walked at least 2 seasons.

## Who can volunteer?

UM students, exchange students included, researchers and staff. The night walks and the listening training are open from 18; the introductory talk, the dawn chorus morning and the results evening are open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of birds, but you must be able to walk 4 kilometres on rough paths in the dark; volunteers who wear hearing aids are welcome as recorders. Volunteers commit to at least 4 night walks between 20 April and 1 June 2028.

## How to join

To join a route team, follow these steps:

1. Come to the introductory talk of 28 March, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Rossignol", by 2 April 2028, saying which nights you are free and whether you have walked a route before.
3. Attend the listening training of 8 April 2028.
4. Book your night walks in the app by the Friday before at 18:00: each route takes 3 volunteers.
5. On your first night, meet the coordinator in front of the Student House at 21:30 and collect the head torches, the map of your route, the data sheets and the GPS.

## What to bring

Walking shoes, long trousers, a warm top, insect repellent, a bottle of water, a snack and a charged phone with the survey app.

## Rules of the survey

- at the listening points, stand still and silent for the full 5 minutes, and speak only in whispers between them
- use white light only on the path, and switch to red light at the listening points
- stay on the public paths: never enter a garden, a field or a fenced plot, and never cross the river
- never play a recorded song to make a nightingale answer

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the listening training and at least 6 night walks can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

How do I know it is a nightingale and not a blackbird? At night, almost only the nightingale sings: the blackbird stops soon after dark and starts again before dawn. The nightingale's song is louder and faster, with long runs of the same note repeated, sudden silences and deep "tchook" notes that no blackbird makes.

What about ticks? They live in the long grass of the riverbanks. Wear long trousers tucked into your socks and check your skin after each walk; remove a tick with the tick remover in the route bag, and see a doctor if a red ring appears around the bite in the following weeks.

## Contact

Rossignol coordinator, Student Life Department: rossignol@umontpellier.fr, +33 4 67 14 36 86. Student House, Triolet campus, building 20, room 156; Monday and Thursday, 14:00–17:00.
"""

TEXTS["11-sport-culture-and-everyday-help-directory.md"] = """---
title: Directory of sport, culture, volunteering, job and everyday help services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/sport-culture-and-everyday-help-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, job and everyday help services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and the troubles of daily life: canne de combat, stolen bikes, the summer jobs at the pink garlic harvest, croquet, tap dance, the international cardboard boat race, teqball, marquetry, the bee-eater survey and the nightingale survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Moulinet, Sports Department | the canne de combat club, the beginners' course and the Moulinet Challenge | moulinet@umontpellier.fr | +33 4 67 14 52 81 | Triolet campus, building 46, room 46.12 | Tuesday and Friday, 12:30–14:00 |
| Daily Matters Desk, International Relations Department | stolen bikes of international students, the pre-complaint, the letters to insurers and the loan of U-locks | daily-matters@umontpellier.fr | +33 4 67 14 27 84 | Triolet campus, building 1, room 1.18 | Monday and Wednesday, 13:30–16:30 |
| Student Jobs Unit, Student Life Department | the summer jobs of the agreement with the Pink Garlic Growers' Cooperative of Lautrec, the applications and the contracts | garlic-harvest@umontpellier.fr | +33 4 67 14 36 44 | Student House, Triolet campus, building 20, room 118 | Tuesday and Thursday, 9:30–12:30 |
| Maillet, Student House | the croquet association, the club games and the Maillet Trophy | maillet@asso.umontpellier.fr | +33 4 67 14 35 86 | Student House, Triolet campus, building 20, room 231 | Thursday, 12:30–14:00 |
| Frappe, Culture Department | the tap dance company, the beginners' class and the spring show | frappe@umontpellier.fr | +33 4 67 14 53 88 | Triolet campus, building 29, room 0.21 | Thursday, 12:30–14:00 |
| Student Events Team, Student Life Department | the international cardboard boat race, its building workshops, the float test and race day | boat-race@umontpellier.fr | +33 4 67 14 36 93 | Student House, Triolet campus, building 20, room 109 | Monday to Thursday, 14:00–16:30 |
| Courbe, Sports Department | the teqball club, the technique evenings, the tournaments and the Courbe Open | courbe@umontpellier.fr | +33 4 67 14 52 47 | Triolet campus, building 46, room 46.14 | Monday and Thursday, 12:30–14:00 |
| Placage, Culture Department | the marquetry courses, the discovery evenings and the exhibition of the year | placage@umontpellier.fr | +33 4 67 14 53 62 | Triolet campus, building 29, room 0.19 | Monday and Thursday, 14:00–17:00 |
| Guêpier coordinator, Student Life Department | the bee-eater survey, the colony counts, the prey watches and the young counts | guepier@umontpellier.fr | +33 4 67 14 36 31 | Student House, Triolet campus, building 20, room 147 | Tuesday and Friday, 9:30–12:30 |
| Rossignol coordinator, Student Life Department | the nightingale survey, the listening training, the night walks and the dawn chorus morning | rossignol@umontpellier.fr | +33 4 67 14 36 86 | Student House, Triolet campus, building 20, room 156 | Monday and Thursday, 14:00–17:00 |

## Useful to know

Hearing: the audiologist of the Student Health Service sees students and staff free of charge, by appointment, for a hearing test of 20 minutes in a soundproof booth, with advice. It is meant for anyone whose ears whistle or buzz after concerts, rehearsals, tap dancing, DJ sets or noisy jobs, or who hears less well than before. Students who need ear plugs moulded to their ears pay €25 for them. Book by e-mail or phone: audiologist@umontpellier.fr, +33 4 67 14 71 92.

Students with a disability who enter the international cardboard boat race can ask for a seat with a back rest fixed in their boat, the use of the pool's hoist to get into the water, or a place in the shade by the pool for a wheelchair, by writing to the Disability Support Service at least 3 weeks before race day: disability-support@umontpellier.fr, +33 4 67 14 71 35, Triolet campus, building 8, room 018; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Money troubles: the social workers of the regional student services see students in financial difficulty by appointment, in the Student House, room 106, +33 4 67 14 36 12; they can grant emergency aid for rent and food, never to replace stolen belongings.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 63, Triolet campus, building 3, room 014; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment, treat sprains, tick bites and the effects of heat free of charge, and give the medical certificate of fitness for sport, for example for the canne de combat club or the teqball club: +33 4 67 14 71 52.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["40-limerick-canne-de-combat-club-and-croquet-club.md"] = """---
title: University of Limerick – the canne de combat club and the croquet club
url: https://www.ul.ie/student-life/canne-de-combat-and-croquet
audience: students and staff
language: en
---

# University of Limerick: the canne de combat club and the croquet club

This page of the University of Limerick, in Ireland, presents the canne de combat club and the croquet club of its student sports union. It applies only to students and staff of the University of Limerick, whose campus lies on both banks of the River Shannon, joined by a footbridge. Prices are in euros.

## Canne de combat club

The canne de combat club trains in the sports arena of the campus, with a coach who comes from France twice a month.

| Rule | University of Limerick |
|---|---|
| age | open from 18 years old |
| beginners' course | 6 sessions, €45 |
| membership | €40 a year for students, federation licence included |
| club training | Tuesday and Friday |
| equipment | not lent: each member buys a cane, €20, and a mask, €70 |
| club tournament | Saturday 20 May 2028, €20 per fighter |
| credits | 3 ECTS credits |

Contact: canne de combat club, canne@ul.ie, +353 61 202 710.

## Croquet club

The croquet club plays on a lawn by the river, from April to September only.

- the club is open from 18 years old only
- the discovery afternoon takes place on Saturday 22 April 2028
- membership costs €28 a year for students
- a medical certificate is required to join
- the beginners' sessions cost €25 for 8 sessions
- players must wear white at every game
- the club's tournament takes place on Saturday 1 July 2028, at €12 per player
- regular players receive 2 ECTS credits

Contact: croquet club, croquet@ul.ie, +353 61 202 720.
"""

TEXTS["41-stirling-stolen-bike-support-and-tap-dance-company.md"] = """---
title: University of Stirling – help for international students whose bike is stolen, and the tap dance company
url: https://www.stir.ac.uk/student-life/international/stolen-bikes-and-tap-dance
audience: students
language: en
---

# University of Stirling: help for international students whose bike is stolen, and the tap dance company

This page of the University of Stirling, in Scotland, presents the help that its international student advice team gives international students whose bike has been stolen, and the tap dance company of its students' union. It applies only to students of the University of Stirling, whose campus lies around Airthrey Loch, below the Wallace Monument. Prices are in pounds sterling.

## Bike stolen

International students deal with the police and with their insurers themselves; the advice team gives them advice.

| Rule | University of Stirling |
|---|---|
| meeting with an adviser | by phone only, within 5 working days |
| help with the police report | none: students report the theft alone |
| letter to the insurer | not provided: students fill in a template |
| deadline to tell the insurer | within 7 days |
| replacement | no voucher: a loan bike for 2 weeks |
| lock | no loan: D-locks sold at £15 |
| bike marking | £3 per bike |

Contact: international student advice, bike-help@stir.ac.uk, +44 1786 46 7110.

## Tap dance company

The tap dance company of the students' union rehearses in a studio of the sports centre.

- members must be 18 or over
- the open class takes place on Tuesday 28 September 2027
- membership costs £20 a year for students
- the beginners' class has 8 sessions and costs £40
- the company does not lend shoes: each dancer buys a pair of tap shoes, £50
- dancers need at least one year of dance experience
- the spring show takes place on Friday 16 June 2028
- dancers receive 4 UK credits

Contact: tap dance company, tap@stir.ac.uk, +44 1786 46 7130.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
