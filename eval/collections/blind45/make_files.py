"""The text of every 'blind45' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-goalball-club-2027.pdf": {
        "title": "Carillon: the goalball club of UM, 2027-2028",
        "short": "Goalball club",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/carillon-goalball-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Carillon goalball club",
        "pages": [
            [
                ("h1", "Carillon: the goalball club of UM, 2027-2028"),
                (
                    "p",
                    "Goalball was created in 1946 for soldiers who had lost their sight. Two teams of "
                    "three face each other on a court of 18 by 9 metres, with a goal as wide as the court "
                    "at each end. Players roll the ball towards the other goal, and the defenders stop "
                    "it by lying flat across the goal. The ball weighs 1.25 kilograms and has bells "
                    "inside, and every player wears blacked-out eyeshades and follows the ball by ear; "
                    "the lines of the court are raised, so that players find them with their hands. "
                    "Carillon (French for a chime of bells) is the goalball club of the Sports "
                    "Department, open to sighted and visually impaired people. It plays in the gymnasium "
                    "of the Triolet sports complex, building 44. This guide applies to 2027-2028.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: the eyeshades, finding the lines, your first throws and blocks", "Saturday 2 October 2027, 14:00–16:00", "the gymnasium, building 44", "free"],
                        ["skills evenings: moving on the court without sight, throwing, blocking and the rules, for beginners", "Wednesday, 18:00–19:30, from 13 October to 8 December 2027", "the gymnasium", "€15 for the 9 evenings"],
                        ["club training: drills, then matches", "Monday, 18:30–20:30, from 4 October 2027", "the gymnasium", "included in the membership"],
                        ["mixed evenings: matches with a regional association of the visually impaired", "the third Friday of each month from January to May 2028, 19:00–21:00", "the gymnasium", "included in the membership"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery session takes 18 people and the skills evenings 12. Membership costs "
                    "€20 for the academic year for students and €35 for staff and researchers, insurance "
                    "and the loan of the eyeshades, the balls and the knee and elbow pads included. "
                    "Register from 20 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can join?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, "
                    "aged 16 or over; members under 18 need the written consent of a parent. You need no "
                    "experience of any sport, and you can be sighted or blind. Every member gives the "
                    "club a medical certificate of fitness for sport, less than 1 year old, before their "
                    "third session. Visually impaired members can ask for a guide from the entrance of "
                    "the sports complex.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "Sports clothes with long sleeves and long trousers, to slide on the floor without "
                    "burns, indoor shoes and a water bottle. Glasses come off before you put on the "
                    "eyeshades; contact lenses can stay in.",
                ),
                ("h2", "Joining the competition team"),
                ("p", "To play in the club's competition team, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the skills evenings, or show the coach that you have played goalball before.",
                        "Attend at least 10 club trainings and pass the blocking test by 15 December "
                        "2027: stop 8 balls out of 10 thrown by the coach, lying across the goal, then "
                        "score 5 goals out of 10 throws.",
                        "Attend the rules and refereeing evening on Wednesday 12 January 2028, from 18:00 "
                        "to 19:30, in room 44.03.",
                        "Tell the coach in the club's app by the Tuesday before at 20:00 whether you can "
                        "play a tournament.",
                        "Pay €10 per away tournament in the app for the minibus, and be in front of "
                        "building 44 at 7:00; the minibus comes back the same evening.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "silence on and around the court while the ball is in play: the players follow it "
                        "by its bells;",
                        "never touch or lift your eyeshades during play: raise a hand and wait for the referee;",
                        "every throw must touch the floor before the middle of the court: a ball thrown "
                        "through the air is a penalty;",
                        "spectators stay behind the barrier and cheer only when a goal is scored.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["learning", "October to December 2027", "the skills evenings and the blocking test; no tournaments before February"],
                        ["the regional tournaments", "Saturdays 12 February, 18 March and 15 April 2028", "tournaments against the clubs of Toulouse, Lyon and Clermont-Ferrand"],
                        ["the Carillon Cup", "Sunday 4 June 2028, 9:00–18:00, in the gymnasium of the Triolet sports complex", "a tournament of mixed teams, with a picnic"],
                    ],
                    (40, 50, 76),
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "A player who takes the ball in the face stops, takes off the eyeshades and sits down "
                    "with an ice pack on the bruise for 10 minutes. A player who feels dizzy, sees "
                    "double or has a headache after a blow to the head does not play again that day and "
                    "sees a doctor the same day; the coach can call the nurses of the Student Health "
                    "Service, +33 4 67 14 71 48.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who follow the skills evenings, at least 16 club trainings and 2 regional "
                    "tournaments can have it recognised as a sport unit worth 2 ECTS credits; students "
                    "who follow the skills evenings and pass the blocking test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Carillon, Sports Department, carillon@umontpellier.fr, +33 4 67 14 52 39. "
                    "Triolet campus, building 46, room 46.10; Monday and Wednesday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-silk-painting-workshop-2027.pdf": {
        "title": "Gutta: the silk painting workshop of UM, 2027-2028",
        "short": "Silk painting workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/gutta-silk-painting-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Gutta silk painting workshop",
        "pages": [
            [
                ("h1", "Gutta: the silk painting workshop of UM, 2027-2028"),
                (
                    "p",
                    "Silk painters stretch white silk on a wooden frame and paint it with liquid dyes "
                    "that run through the fibres like ink on blotting paper. To keep each colour in its "
                    "place, the outlines of the design are first drawn with gutta, a thin rubbery line "
                    "that the dye cannot cross; salt sprinkled on the wet dye draws it into stars and "
                    "streaks. The dry silk is then steamed for three hours to fix the colours. Gutta, the "
                    "silk painting workshop of the Culture Department, is taught by a textile artist in "
                    "the workshop of building 29, room 0.06, which has twelve frames and a steamer. This "
                    "guide applies to 2027-2028. In 2026-2027, 41 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: the frame, a first gutta line and a painted handkerchief of 30 by 30 cm", "Thursday 21 October 2027 or Thursday 3 February 2028, 18:30–20:30", "the workshop, building 29, room 0.06", "€9, silk included"],
                        ["gutta course: drawing with gutta, painting between the lines, salt effects and a scarf of 45 by 180 cm, in 4 sessions", "Tuesday, 18:00–21:00, from 9 November to 30 November 2027", "the workshop", "€46, silk and dyes included"],
                        ["watercolour course: painting wet on wet without gutta, blending colours and a square scarf of 90 by 90 cm, in 3 sessions", "Saturday, 9:30–12:30, from 15 January to 29 January 2028", "the workshop", "€41, silk and dyes included"],
                        ["shibori afternoon: folding, tying and clamping the silk before dyeing it", "Saturday 18 March 2028, 14:00–17:00", "the workshop", "€14, after the gutta course"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 16 people, the gutta course 10, the watercolour course "
                    "8 and the shibori afternoon 12. Students with a need-based grant pay half price; "
                    "staff and researchers pay €10 more per course. Register from 4 October 2027 in the "
                    "\"Culture\" tile of your UM account.",
                ),
            ],
            [
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, "
                    "aged 16 or over; participants under 18 need the written consent of a parent. You "
                    "need no experience of painting: designs can be traced. The watercolour course and "
                    "the shibori afternoon are open only to people who have followed the gutta course. "
                    "The dyes stain the skin and clothes for days and can irritate sensitive skin: "
                    "everyone wears the gloves lent by the workshop, and people with skin allergies tell "
                    "the teacher when registering.",
                ),
                ("h2", "What to bring"),
                (
                    "p",
                    "A soft pencil, an eraser, a design or a photo you would like to paint, and clothes "
                    "that you do not mind staining. The workshop lends the frames, the silk pins, the "
                    "brushes, the gutta bottles, the gloves and the aprons, and provides the silk and the "
                    "dyes.",
                ),
                ("h2", "Joining the watercolour course"),
                ("p", "To join the watercolour course, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the gutta course and finish your scarf at its last session, on 30 November 2027.",
                        "Choose a design for a square scarf of 90 by 90 cm with at most 6 colours, and "
                        "send a sketch in colour to the teacher through the \"Culture\" tile by 20 December "
                        "2027.",
                        "Register in the same tile by 7 January 2028 and pay the price of the course, €41.",
                        "Bring to the first session, on Saturday 15 January 2028 at 9:30, your sketch in "
                        "colour and a jar with a lid.",
                        "Collect your scarf, steamed, washed and ironed, at the desk of the Culture "
                        "Department from 14 February 2028.",
                    ],
                ),
            ],
            [
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "wear gloves whenever you touch the dyes, and never put a brush in your mouth to "
                        "point it;",
                        "only the teacher loads, opens and empties the steamer;",
                        "pour the rinsing water into the grey bucket by the sink, never down the sink;",
                        "no food or drink on the tables, where the dyes stand open;",
                        "write your name on the label of your frame.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If dye splashes into an eye, rinse it with clean water at the eye-wash station by "
                    "the sink for 15 minutes, keeping the eye open. If the steamer burns you, cool the "
                    "burn under lukewarm running water for 20 minutes. If the eye stays red or painful, "
                    "or if the burn blisters or is larger than the palm of your hand, go to the nurses of "
                    "the Student Health Service, +33 4 67 14 71 48, or call 15.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The works of the year are shown in the hall of the library of the Richter campus "
                    "from 22 to 26 May 2028. Students who follow the gutta course and the watercolour "
                    "course and show a piece at the exhibition can have it recognised as a cultural "
                    "engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Gutta, Culture Department, gutta@umontpellier.fr, +33 4 67 14 53 17. "
                    "Triolet campus, building 29, room 0.25; Tuesday and Thursday, 14:00–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-street-tree-census-volunteers.docx": {
        "title": "Canopée: the street tree census – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/street-tree-census",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Canopée: the street tree census – volunteer guide 2028"),
            (
                "p",
                "The streets, squares and parks of Montpellier hold tens of thousands of trees: plane "
                "trees along the avenues, nettle trees with their smooth grey bark, holm oaks, stone "
                "pines, lime trees and, in spring, the pink flowers of the Judas trees. They give shade "
                "in summer, cool the streets by several degrees and shelter birds and insects, but nobody "
                "knows exactly how many there are, how big they are or how well they are doing. Canopée "
                "(French for the canopy of a forest), run by the Student Life Department with a botanist "
                "of the Faculty of Sciences, trains volunteers to record every tree of a street or a "
                "park: its species, the girth of its trunk, its height, its health and a photo, in an app "
                "whose data feed an open map of the trees of the city. In 2027, 44 volunteers recorded "
                "6,320 trees in 9 districts.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 16 or over; "
                "volunteers under 18 need the written consent of a parent and work in the parks only, "
                "never along the streets. You need no knowledge of trees. Volunteers commit to at least 4 "
                "census mornings between 15 April and 24 June 2028. The census lends tape measures, "
                "clinometers for the height, tablets with the census app, fluorescent vests and a set of "
                "cards for recognising the trees.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["training evening: the trees of Montpellier, the protocol, measuring a trunk and safety in the street", "Tuesday 11 April 2028, 18:00–20:30", "Triolet campus, building 24, room 24.02", "50"],
                    ["census morning: recording the trees of a street or a park, in teams of three", "Saturday mornings from 15 April to 24 June 2028, 8:30–12:00", "the districts of Montpellier, by tram", "24"],
                    ["evening walk: the old trees of a park, with the botanist", "Wednesday evenings from 3 May to 14 June 2028, 18:00–20:00", "the parks of the city", "12"],
                    ["giant trees morning: measuring the largest and oldest trees of the city", "Sunday 11 June 2028, 9:00–12:30", "the parks of the city centre", "15"],
                    ["results evening: the map of the year", "Thursday 28 September 2028, 18:30–20:30", "the hall of the Student House", "80"],
                ],
            ),
            ("h1", "Going on your first census morning"),
            ("p", "To go on your first census morning, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Canopée\", by 5 April 2028.",
                    "Attend the training evening of 11 April 2028: nobody measures without it.",
                    "Book a census morning in the app by the Thursday before at 12:00: each team has a "
                    "measurer, a recorder and a lookout who watches the traffic.",
                    "Wear closed shoes and clothes for the weather; bring water, a hat, a pencil and a "
                    "charged phone.",
                    "Be at the tram stop given in the app at 8:30 on the Saturday: the coordinator hands "
                    "out the tape measures, the clinometers, the tablets, the vests and the tree cards.",
                ],
            ),
            ("h1", "Measuring a trunk"),
            (
                "p",
                "The girth of a trunk is measured 1.30 metres above the ground, on the uphill side if the "
                "tree stands on a slope, with the tape held level and pulled tight, and rounded to the "
                "nearest centimetre. If the trunk splits into several stems below 1.30 metres, measure "
                "each stem and tick \"multi-stem\". If a bump or a branch is in the way at 1.30 metres, "
                "measure just above it and note the height.",
            ),
            ("h1", "Plane tree or nettle tree?"),
            (
                "p",
                "The plane tree has bark that peels off in patches, leaving a pattern of grey, green and "
                "cream like a camouflage jacket, large leaves shaped like an open hand, and round balls "
                "of seeds that hang on long stalks all winter. The nettle tree has smooth grey bark "
                "without patches, a bit like the skin of an elephant, narrow leaves with a toothed edge "
                "and a long twisted point, and small dark berries in autumn.",
            ),
            ("h1", "Rules of the census"),
            (
                "bullet",
                [
                    "stay on the pavement: never step into the road or onto the tram tracks to reach a "
                    "tree, and mark it \"not reachable\" instead;",
                    "never climb a tree, and never nail, pin or tie anything to it;",
                    "never break off a twig or a leaf to identify a tree: use the leaves on the ground;",
                    "never enter a private garden, a courtyard or a building site;",
                    "wear your vest along the streets, and explain the census politely to residents who ask.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. "
                "Students who attend the training evening, 6 census mornings and 1 evening walk can have "
                "it recognised as a student engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Canopée coordinator, Student Life Department: canopee@umontpellier.fr, +33 4 67 14 36 "
                "22. Student House, Triolet campus, building 20, room 139; Monday and Wednesday, "
                "9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-aikido-club.md"] = """---
title: Tenkan – the aikido club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/tenkan-aikido-club
audience: students, researchers and staff
language: en
---

# Tenkan: the aikido club of the Sports Department

Aikido is a Japanese martial art that took shape in the 1920s and 1930s. It is practised in pairs: one partner attacks with a grab or a strike, and the other turns with the attack and ends it with a throw or a hold on the mat. There are no competitions: partners take turns, and beginners first learn how to fall without getting hurt. Tenkan (the Japanese name of the pivot by which you turn to face the same way as your partner) is the aikido club of the Sports Department. It trains on the mats of the dojo of the Triolet sports complex, building 43, with a teacher who holds the fourth dan and the state diploma. This page applies to the academic year 2027-2028. In 2026-2027, the club had 33 members from 12 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| open evening: falling safely, the posture and your first pivot | Monday 20 September 2027, 19:00–20:30 | the dojo, building 43 | 1 | free |
| beginners' course: the forward and backward rolls, the breakfalls, the footwork and the first techniques | Tuesday, 19:00–20:30 | the dojo | 10, from 5 October to 7 December 2027 | €28 |
| club training: techniques in pairs, then free practice | Monday and Thursday, 19:00–21:00 | the dojo | every week from 4 October 2027 | included in the membership |
| weapons morning: the wooden sword (bokken) and the wooden staff (jo) | Saturday 29 January 2028, 9:30–12:30 | the dojo | 1 | €6 |
| "Tenkan Seminar": a weekend with a guest teacher, open to the aikido clubs of the region | Saturday 13 and Sunday 14 May 2028, 9:30–17:00 | the large hall of the Triolet sports complex, building 41 | 2 | €20 for the weekend, free for members who help |

The open evening takes 30 people, the beginners' course 20 and each club training 26; the Tenkan Seminar has room for 80 people on the mats. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €32 for the academic year for students and €55 for staff and researchers; it includes insurance and the loan of the wooden swords and staffs. The licence of the French federation costs €37 and is needed only to take a grade or to train at the federation's courses. Beginners train in a tracksuit; after the beginners' course, members wear a white training suit, the keikogi, which costs €35 at the desk of the Sports Department. The club lends 15 keikogi in sizes S to XL to members who cannot buy one.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience of any martial art and no particular strength or flexibility. Every member gives the club a medical certificate of fitness for sport, less than 1 year old, by the third session, and tells the teacher about any problem with the back, the neck or the knees.

## How to take your first grade

The club holds a grading for the first grade, the fifth kyu, once a year. To take it, follow these steps:

1. Attend at least 20 club trainings after the end of the beginners' course, by 3 March 2028.
2. Take the licence of the French federation through the club, for €37, by 17 March 2028: nobody can be graded without it.
3. Pass the practice grading in front of the teacher on Thursday 30 March 2028, during club training.
4. Register for the grading in the club's app by 14 April 2028 and pay the grading fee of €15.
5. On Saturday 20 May 2028, be at the dojo at 9:30 in a clean keikogi, with your grading booklet, €8 at the desk of the Sports Department; the grading starts at 10:00 and the results are given at 12:30.

## Rules of the dojo

- bow when you step onto the mats and when you leave them
- bare feet on the mats, and sandals or flip-flops as soon as you step off them: never walk barefoot to the changing rooms
- nails of the hands and feet cut short, and no watches, rings, earrings or necklaces
- tap the mat or your partner twice to stop a technique, and let go at once when your partner taps
- never practise with the wooden weapons unless the teacher is in the dojo

## Credits

Students who follow the beginners' course, attend at least 20 club trainings in the year and help to run the Tenkan Seminar can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

I am afraid of falling. Is aikido for me? Yes. The first three sessions of the beginners' course are spent learning to roll and to fall on thick crash mats, and nobody is thrown before the teacher has seen them fall safely on their own.

## Contact

Tenkan, Sports Department: tenkan@umontpellier.fr, +33 4 67 14 52 73. Triolet campus, building 46, room 46.08; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-lost-keys-international-students.html"] = html_page(
    "Locked out or lost your keys? FAQ for international students",
    "Why doors lock by themselves, avoiding locksmith scams, what the Home Help Desk gives, the steps after losing your keys, residences, exchange students and keeping your keys.",
    "https://www.umontpellier.fr/en/international/lost-keys-faq",
    "/fr/international/cles-perdues-faq",
    """    <h1>Locked out or lost your keys? FAQ for international students</h1>
    <p>Many front doors in France lock by themselves when pulled shut, and every autumn international students end up on the landing in their socks, with the keys on the kitchen table. The Home Help Desk of the International Relations Department helps international degree and exchange students who are locked out, who have lost their keys or whose keys have been stolen, to get back in without being cheated and to deal with the landlord and the insurer. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 63 international students with keys.</p>

    <h2>Why is it so easy to get locked out?</h2>
    <p>Most flats in Montpellier have a door with a latch that closes on its own: once the door is pulled shut, it opens from the outside only with the key. Students who step out to empty the bin or to fetch a parcel are the ones who get caught most often.</p>

    <h2>How do I avoid being cheated by a locksmith?</h2>
    <p>Beware of the flyers in letterboxes and of the first results of a search on your phone: many are call centres that charge €400 to €900 for opening a door that was only pulled shut. Ask for the price in writing before any work starts, refuse to have the lock drilled if the door was not locked with the key, and never pay in cash without an invoice. The locksmiths on the desk's list charge at most €120 for it on a weekday between 8:00 and 19:00, and at most €180 at night, on Sundays and on public holidays.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 15 minutes with an adviser, in French or English, on the same day if you come before 11:00</td></tr>
        <tr><td>locksmiths</td><td>the list of 6 locksmiths of Montpellier that have signed the desk's charter of fair prices</td></tr>
        <tr><td>spare key</td><td>a spare key of your room or flat kept in a sealed envelope in the desk's safe, free of charge, handed back only to you against your student card</td></tr>
        <tr><td>emergency night</td><td>a voucher for one night at the youth hostel of Montpellier if you cannot get back in before 22:00, once per academic year</td></tr>
        <tr><td>insurance</td><td>a check, with you, of whether your home insurance pays for the locksmith or a new lock, and a letter in French to your insurer</td></tr>
      </tbody>
    </table>

    <h2>What do I do if I have lost my keys?</h2>
    <p>If your keys have not turned up after a day, proceed as follows:</p>
    <ol>
      <li>Ask the lost property office of the tram network and the security post of each campus where you have been.</li>
      <li>Tell your landlord, your agency or the reception of your residence in writing within 24 hours, and say whether your address or your name was on the key ring.</li>
      <li>If your address was on the key ring, or if the keys were stolen together with your bag, ask for the lock cylinder to be changed the same week; the cost, €80 to €250, is yours unless your insurer pays it.</li>
      <li>Declare the loss to your insurer within 5 working days, with the locksmith's invoice.</li>
      <li>When you receive the new keys, sign the key receipt and leave one new key with the desk.</li>
    </ol>

    <h2>Will the university pay for the locksmith?</h2>
    <p>No. The desk never pays for a locksmith, a new lock or new keys, and neither does the university. What it offers is the list of locksmiths, the emergency night and the letter to your insurer; a student in real financial difficulty can meet a social worker of the regional student services through the desk.</p>

    <h2>I live in a residence of the regional student services. Is it different?</h2>
    <p>Yes. From 19:00 to 7:00 and at weekends, call the night caretaker of the residences, +33 4 67 14 37 90, who opens your room free of charge the first time in the academic year and for €15 each time after that. A lost access badge costs €12 and a lost room key €18, paid at the reception of your residence on the next working day. Never call a locksmith for a room in a residence: only the residence may open or change its locks.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the help is the same. Before you leave France, give back every key and badge and collect your spare key from the desk: a key missing at the end of your lease is charged to you at the price of a new lock cylinder.</p>

    <h2>How do I avoid getting locked out?</h2>
    <p>Touch your keys before you pull the door shut, never put your address on your key ring, and never hide a key under the doormat or in the letterbox. Leave a spare key with the desk or with a friend nearby. International students in their first year at UM can collect a free key finder, a small tag that rings from an app on the phone, at the desk in September and October, while stocks last.</p>

    <h2>Whom do I contact?</h2>
    <p>Home Help Desk, International Relations Department: home-help@umontpellier.fr, +33 4 67 14 27 66. Triolet campus, building 1, room 1.24; Tuesday and Friday, 9:30–12:30.</p>
""",
    [
        "<a href=\"/en/international/arriving-in-montpellier\">Arriving in Montpellier</a>",
        "<a href=\"/en/students/housing\">Housing for students</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-lost-keys-international-students.meta.yaml"] = sidecar(
    "Locked out or lost your keys? FAQ for international students",
    "https://www.umontpellier.fr/en/international/lost-keys-faq",
    "international students",
)

TEXTS["03-international-students-at-the-plum-harvest-2028.md"] = """---
title: International students at the plum harvest of the Lot valley, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/plum-harvest-jobs
audience: international students
language: en
---

# International students at the plum harvest of the Lot valley

In the orchards of the Lot valley, around Agen and Villeneuve-sur-Lot, farmers grow a small purple plum that is dried into the prunes of Agen. The plums are not picked by hand: at the end of the summer, a machine grips each trunk and shakes the tree, and the fruit falls onto a net spread underneath like an upside-down umbrella. The plums are then dried for about a day in tunnel ovens at 75 °C. Since 2025, an agreement between the University of Montpellier and the Prune Growers' Cooperative of Sainte-Livrade offers international students paid summer jobs: on the harvest crews in the orchards, at the drying ovens, on the packing line and on its stand at the Prune Fair. The Summer Work Unit of the Student Life Department recruits and prepares the students. This page applies to the harvest of 2028, from Monday 21 August to Friday 22 September 2028. In 2027, 18 students worked 410 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.20 gross an hour, paid on the 10th of the following month; night shifts at the ovens are paid 25% more, and students who stay until 22 September receive an end-of-harvest bonus of €150 |
| days and hours | Monday to Friday, and Saturday morning in the first two weeks; the orchards from 7:00 to 13:00 and from 14:30 to 17:00; the ovens in shifts of 8 hours, by day or by night; at most 42 hours a week |
| transport | a minibus from the Triolet campus to Sainte-Livrade on Sunday 20 August 2028 at 14:00, and back on Saturday 23 September 2028, €25 each way, refunded to students who work at least 3 weeks |
| lodging | a bed in a dormitory of six in the cooperative's holiday centre, €5 a night, or a pitch for your own tent in its grounds, free |
| meals | a free lunch in the cooperative's canteen on working days; you cook breakfast and dinner in the holiday centre |
| equipment | safety shoes, gloves, ear defenders and a fluorescent vest, lent for the season |
| prunes | a box of 1 kilogram of prunes to take home at the end of each week worked |
| training | 3 hours of training on safety and food hygiene, paid like 3 hours of work |
| driving | students who hold a driving licence valid in France can drive the small tractors that carry the crates, after half a day of training, for €1 more an hour |

Contracts are fixed-term seasonal contracts signed with the cooperative, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, who are allowed to work in France. Exchange students can apply if they stay in France until at least 8 September 2028; the hours you work count towards the hours that your residence permit allows. The orchards need no French; the ovens and the packing line need a level of French of at least A2; the stand at the Prune Fair, in Sainte-Livrade on Saturday 2 September 2028, needs B1 in French. You must be free for at least 3 weeks in a row. Ripe plums attract wasps: tell the Unit when you apply if you are allergic to stings, and bring your adrenaline pen.

## How to join the harvest

An information meeting takes place on Tuesday 11 April 2028 at 12:30 in lecture theatre B of building 5. To join the harvest, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 7 May 2028, with a CV in French or English and the weeks when you are free.
2. Have a phone interview with the cooperative on Tuesday 16 or Wednesday 17 May 2028.
3. Receive the answer by Friday 26 May 2028, and confirm your place in the "Student Life" tile by Friday 2 June 2028.
4. Sign your contract with the cooperative by Friday 30 June 2028, with a copy of your residence permit, your French social security number and your bank details.
5. Take the minibus on Sunday 20 August 2028 at 14:00 and attend the safety training on the morning of Monday 21 August 2028; the first shift in the orchards starts at 14:30 the same day.

## Rules in the orchards and at the ovens

- never stand within 5 metres of a tree while the machine is shaking it
- wear the safety shoes at all times, and the ear defenders near the machines
- never open the door of a drying oven: only the oven manager does
- do not eat plums from the crates, which are weighed: use the tasting crate
- drink a glass of water every half hour and keep a hat on: the valley often reaches 36 °C in late August

## FAQ

What if it rains? The trees are not shaken in the rain, because wet plums split; the orchard crews work on the packing line, paid as usual.

## Contact

Summer Work Unit, Student Life Department: plum-harvest@umontpellier.fr, +33 4 67 14 36 57. Student House, Triolet campus, building 20, room 122; Monday and Wednesday, 9:30–12:30.
"""

TEXTS["04-faq-darts-association.html"] = html_page(
    "Fléchette, the darts association: FAQ",
    "Fléchette: the discovery evening, the beginners' sessions, the club nights, the Fléchette Open and the national student championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/darts-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-flechettes-faq",
    """    <h1>Fléchette, the darts association: FAQ</h1>
    <p>A dartboard is divided into 20 numbered segments, each with a thin outer ring that doubles its score and a thin inner ring that trebles it; the outer bull in the centre is worth 25 and the bullseye 50. In the most common game, 501, each player starts at 501 and subtracts the score of every three darts, and must land exactly on zero with a dart in a double ring. The centre of the board hangs 1.73 metres above the floor, and players throw from a line 2.37 metres away, the oche. Darts is played with steel-tipped darts on boards of sisal fibre, or with plastic-tipped soft darts on electronic boards. Fléchette (French for a dart) is the darts association of the Student House. It plays in the games room of the Student House, building 20, room 012, which has six sisal boards and two electronic boards. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 36 members from 15 countries.</p>

    <h2>What does Fléchette offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery evening: your first throws and a game of "round the clock"</td><td>Wednesday 6 October 2027, 18:00–20:00</td><td>the games room of the Student House</td><td>free</td></tr>
        <tr><td>beginners' sessions: the stance, the grip, the throw, counting and finishing in 501, in 6 sessions</td><td>Wednesday, 18:00–19:30, from 13 October 2027</td><td>the games room</td><td>€12</td></tr>
        <tr><td>club nights: 501, cricket and doubles, with a league table</td><td>Monday and Thursday, 19:00–22:00</td><td>the games room</td><td>included in the membership</td></tr>
        <tr><td>the "Fléchette Open": a soft-tip tournament in pairs for the students of the region</td><td>Saturday 15 April 2028, 10:00–19:00</td><td>the hall of the Student House</td><td>€6 per player, sandwiches included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €15 for the academic year for students and €25 for staff and researchers; it includes insurance and the loan of the club's darts. The licence of the French darts federation, €20, is needed only to play in the federation's official competitions. The discovery evening takes 24 people, the beginners' sessions 12 and each club night 30; the Fléchette Open has room for 32 pairs.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. No medical certificate is asked for. You need no experience and no head for numbers: the association's app keeps the scores. No alcohol is served or allowed at any activity of the association.</p>

    <h2>Do I need my own darts?</h2>
    <p>No. The association lends steel-tipped darts for the sisal boards and soft darts for the electronic boards. Members who want their own buy a set of tungsten darts at €30 with the association's discount at a games shop in the city centre; darts of your own may weigh at most 40 grams each. Spare flights and plastic tips are sold at €1 at the bar of the games room.</p>

    <h2>How do I play in the national student championship?</h2>
    <p>The association sends four players and one reserve to the national student darts championship in Dunkirk on Saturday 10 June 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Play at least 15 club nights between 18 October 2027 and 2 March 2028.</li>
      <li>Reach an average of 40 points per three darts in the league table by 31 March 2028.</li>
      <li>Register in the association's app by 14 April 2028 for the qualifying night of Thursday 27 April 2028, where the captain picks the four players and the reserve.</li>
      <li>Buy the team shirt, €22, at the desk of the Student House by 19 May 2028.</li>
      <li>Confirm by e-mail to the captain, 2 weeks before the championship, that you can play; the association pays the train to Dunkirk and the youth hostel.</li>
    </ol>

    <h2>What are the rules at the boards?</h2>
    <ul>
      <li>never throw while anyone stands between the oche and the board, and go to the board only when the thrower has thrown all three darts;</li>
      <li>pull darts out of the board by the barrel, with a twist, never by the flights;</li>
      <li>walk to the board along the wall, never across another player's lane;</li>
      <li>steel-tipped darts on the sisal boards only, soft darts on the electronic boards only;</li>
      <li>put the club's darts back in their case at the end of the night, and never take them out of the games room.</li>
    </ul>

    <h2>What if a dart hits someone?</h2>
    <p>It happens rarely, mostly when a dart bounces off the wire onto a foot. If a dart sticks in the skin, pull it out straight, wash the wound with soap and water for 5 minutes and cover it with a plaster from the first aid box by the door. If the dart went in deep, near an eye or in a joint, do not pull it out: call the nurses of the Student Health Service, +33 4 67 14 71 48, or 15. Check that your tetanus vaccination is up to date.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 15 club nights in the year and help to run the Fléchette Open can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Fléchette, Student House: flechette@asso.umontpellier.fr, +33 4 67 14 35 71. Triolet campus, building 20, room 214; Wednesday, 12:30–14:00.</p>
""",
    [
        "<a href=\"/en/students/student-house\">Student House</a>",
        "<a href=\"/en/students/sport\">Sport at UM</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-darts-association.meta.yaml"] = sidecar(
    "Fléchette, the darts association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/darts-association-faq",
    "students, researchers and staff",
)

TEXTS["05-beatbox-crew.txt"] = """TCHAK: THE BEATBOX CREW - 2027-2028
University of Montpellier - Culture Department

Beatboxers make the sounds of a drum kit, a bass line and a DJ's scratches with nothing but their lips, tongue, throat and breath. Every beginner starts with the same five sounds: the kick drum, a "b" pushed out through closed lips; the hi-hat, a short "t"; the snare, a sharp "pf"; the inward snare, a "k" breathed in; and the lip roll, the lips buzzing like a motorbike. Tchak (the sound of a snare drum in French comics) is the beatbox crew of the Culture Department. It is led by a beatboxer who has twice reached the final of a French beatbox championship, and it works in the music room of the Student House, room 0.08, which has a sound system, two microphones and a loop station. In 2026-2027 the crew had 22 members from 11 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The crew has six activities:

open workshop: your first kick, hi-hat and snare, no experience needed, on Thursday 30 September 2027 from 18:00 to 19:30
beginners' class: the five basic sounds and your first beat, 8 sessions on Tuesdays from 18:00 to 19:30, from 12 October to 30 November 2027
crew session: the whole crew, on Thursdays from 19:00 to 21:00, from 7 October 2027
loop station afternoon: building a song layer by layer with the crew's loop station, on Saturday 22 January 2028 from 14:00 to 17:00
open battle: beatboxers face each other in rounds of one minute, and the audience votes by cheering, in the hall of the Student House, on Friday 17 March 2028 at 19:30
spring showcase: on Friday 12 May 2028 at 20:00, in the theatre of the Richter campus

MEMBERSHIP, CLASSES AND MICROPHONES

Membership costs EUR 12 for the academic year for students and EUR 20 for staff and researchers; it includes insurance and the crew sessions. The beginners' class costs EUR 16 for the eight sessions; students with a need-based grant take it free of charge. The beginners' class takes 15 beatboxers and the crew 25.

The crew lends its microphones for every activity. For hygiene, each member has a foam cover of their own, bought at EUR 3 at the desk of the Culture Department, and puts it on the microphone before using it; nobody sings into a microphone without their own cover.

You need no musical experience and no good voice to start: beatbox is a technique, not a gift, and each sound is taught slowly, letter by letter, before it is sped up. The leader records every pattern, slowly and at full speed, for the crew's app, so that you can practise at home; lip rolls and hi-hats are quiet enough for a shared flat, and the kick can be practised without a sound, just with the lips. Beatboxing dries the mouth: bring a bottle of water to every session.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PERFORM A SOLO IN THE SPRING SHOWCASE?

1. Be a member and come to at least 10 crew sessions between January and April 2028.
2. Pass the sound check with the leader: the five basic sounds, clean, at 90 beats a minute, then a beat of 16 bars without stopping.
3. Perform a routine of one minute of your own in front of the leader at the showcase audition on Thursday 13 April 2028.
4. Attend the dress rehearsal on Saturday 6 May 2028, from 14:00 to 18:00.
5. On the day of the showcase, be at the theatre at 18:30 for the sound check and the vocal warm-up.

RULES OF THE MUSIC ROOM

Put your own foam cover on a microphone before you use it, and take it off afterwards. Arrive before 19:00: the crew warms up its lips, tongue and breathing together for 10 minutes, and a beatboxer who arrives after the warm-up listens until the next round. The volume of the sound system is set by the leader and nobody turns it up. Beatboxers who sit close to the speakers are advised to wear musicians' ear plugs. Water only in the room, no food and no chewing gum. A beatboxer with a sore throat or a hoarse voice comes and listens, but does not beatbox. The room closes at 21:30.

THE SPRING SHOWCASE

On Friday 12 May 2028 at 20:00, the beatboxers of the year give Tchak's spring showcase in the theatre of the Richter campus. It is free, but seats must be booked in the "Culture" tile from 24 April 2028. The showcase ends with the crowd beat: the leader splits the audience into four groups, kicks, hi-hats, snares and bass, and conducts them in a beat together with the crew.

CREDITS

Students who beatbox in the crew all year and in the spring showcase can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Tchak, Culture Department
E-mail: tchak@umontpellier.fr
Phone: +33 4 67 14 53 41
Triolet campus, building 29, room 0.23. Tuesday, 12:30-14:00.
"""

TEXTS["05-beatbox-crew.meta.yaml"] = sidecar(
    "Tchak, the beatbox crew 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/tchak-beatbox-crew",
    "students, researchers and staff",
)

TEXTS["06-international-paper-plane-contest-2028.md"] = """---
title: Vol Plané, the international paper plane contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/vol-plane-paper-plane-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Vol Plané: the international paper plane contest, 2027-2028

A sheet of paper, a few precise folds and a good throw: a well-trimmed paper plane can glide for more than ten seconds or fly the length of a sports hall. Vol Plané (French for a glide) is the paper plane contest of the university: teams of students fold their planes, learn to trim and throw them, and compete in the large hall of the Triolet sports complex, building 41, in front of a jury and of the public. Each team must include at least one international student. It is run by the Campus Events Unit of the Student Life Department and is open to every student enrolled at UM in 2027-2028, from the first year of the bachelor's degree to the doctorate, exchange students included. Teams have 3 to 5 students. The theme of the design category in 2028 is "a bird of your country". In 2026-2027, 26 teams with students from 31 countries took part.

## What the contest involves

| Part | What it means |
|---|---|
| folding workshops | 2 Wednesday evening workshops of 2 hours with an aeronautics engineer of the Faculty of Sciences, in room 5.02 of building 5: the folds, the balance of the plane and the trim of the wing tips |
| paper | 30 sheets of A4 paper of 80 grams per square metre per team, stamped by the Unit; only stamped sheets may be thrown |
| categories | distance: the longest throw, measured in a straight line; time aloft: the longest flight, timed from the hand to the floor; design: the most beautiful plane that flies at least 5 metres |
| qualifying evening | every team throws in the three categories; the 12 teams with the best combined score go to the final |
| final | 3 throws per category for each team, in front of a jury of three |
| prizes | €250 for the best team on the combined score, €150 for the second and €80 for the third; a "Boomerang prize" of €50 for the plane that lands closest to its own thrower |

Taking part is free, and the Unit provides the paper. Students who attend both folding workshops and throw at the qualifying evening can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements to throw or to watch.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 10 January 2028 |
| registration deadline | Sunday 6 February 2028, 23:59 |
| folding workshops | Wednesday 16 February and Wednesday 1 March 2028, 18:00–20:00, in building 5 |
| sketches of the design plane due | Friday 10 March 2028, 12:00 |
| stamped paper handed out | from Monday 13 March 2028, at the desk of the Unit |
| qualifying evening | Thursday 23 March 2028, 18:00–21:00, in the large hall |
| final | Saturday 8 April 2028, 14:00–18:00, in the large hall of the Triolet sports complex; prizes at 18:30 |

## How to enter

To take part in the contest, follow these steps:

1. Form a team of 3 to 5 students with at least one international student and register it in the "Student Life" tile of your UM account by 6 February 2028, naming a captain.
2. Send at least 2 members of the team to each of the two folding workshops, on 16 February and 1 March 2028.
3. Upload a sketch of your design plane in the tile by 10 March 2028 at noon, and collect your 30 stamped sheets at the desk of the Unit from 13 March 2028.
4. Throw at the qualifying evening on 23 March 2028; the Unit announces the 12 finalists by Monday 27 March 2028.
5. On the day of the final, be in the hall by 13:00 with your planes in a flat box: the jury checks every plane between 13:00 and 13:45.

## Rules of the plane

- one stamped sheet per plane, folded only: no cuts, no tape, no glue, no staples and no paper clips
- the design plane may be drawn and coloured with pencils or felt pens, but not painted
- throw by hand from behind the line: no launchers and no rubber bands
- a plane that hits a wall or the ceiling is measured where it first touches the floor
- nobody steps into the throwing lane until the judge calls "clear"

## FAQ

Can a friend who is not a student throw for our team? No: every member of a team, and every thrower, must be a student enrolled at UM.

What if our planes get crushed before the final? Each team can swap up to 3 sheets at the desk of the Unit until the day before the final, and the jury allows 10 minutes to refold a plane that is damaged in the hall.

## Contact

Campus Events Unit, Student Life Department: paper-planes@umontpellier.fr, +33 4 67 14 36 78. Student House, Triolet campus, building 20, room 112; Tuesday to Friday, 10:00–12:30.
"""

TEXTS["10-dung-beetle-survey-volunteers.md"] = """---
title: Bousier – counting the dung beetles of the garrigue pastures, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/bousier-dung-beetle-survey
audience: students, researchers and staff
language: en
---

# Bousier: counting the dung beetles of the garrigue pastures

Dung beetles live on the droppings of sheep, horses and cattle. Within a few days they break up a cowpat and bury it, which feeds the soil and removes the larvae of the flies that plague the flocks. Some roll a ball of dung away, others dig tunnels straight under the pat, and the smallest live inside it. Their numbers fall where the animals are given some worming treatments, which pass into the dung. Bousier (French for dung beetle), run by the Student Life Department with an entomologist of the Faculty of Sciences, trains volunteers to check live traps in 10 pastures of the garrigue north of Montpellier, grazed by the flocks of two shepherds, and to sort, count and release the beetles they catch. Each pasture has 6 traps: a plastic pot buried level with the ground, under a grid that holds a little fresh sheep dung as bait, with a small roof against the rain. In 2027, 19 volunteers counted 8,740 dung beetles of 31 species.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: dung beetles, the pastures and the protocol | Tuesday 18 April 2028, 18:30–20:00 | the hall of the Student House | 50 | free |
| sorting training: telling the rollers, the tunnellers and the dwellers apart with a hand lens, then a first trap round | Saturday 22 April 2028, 9:00–12:30 | a pasture near Saint-Martin-de-Londres | 16 | free |
| trap rounds: emptying the traps of a pasture, then sorting, counting and releasing the beetles | Tuesday and Friday mornings, from 2 May to 23 June 2028, 8:00–12:00 | the 10 pastures, by minibus | 20 | free |
| dusk walk: the beetles that fly out at nightfall, with a guide | Saturday 3 June 2028, 20:00–22:30 | the pastures near Saint-Martin-de-Londres | 15 | €4, for the folding hand lens you keep |
| results evening: the dung beetles of the year | Thursday 29 June 2028, 18:30–20:30 | the hall of the Student House | 50 | free |

Each pasture is checked by two volunteers, a sorter and a recorder, with a coordinator who drives the minibus and moves between the pastures.

## Who can volunteer?

UM students, exchange students included, researchers and staff. The trap rounds and the sorting training are open from 18, because the pastures are far from any road and the minibus leaves early; the introductory talk, the dusk walk and the results evening are open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects, and you must not mind handling dung with gloves. Volunteers commit to at least 5 trap rounds between 2 May and 23 June 2028.

## How to join

To join the trap rounds, follow these steps:

1. Come to the introductory talk of 18 April, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Bousier", by 20 April 2028, saying which mornings you are free and whether you have sorted insects before.
3. Attend the sorting training of 22 April 2028.
4. Book your trap rounds in the app by the Sunday before at 20:00: each pasture takes 2 volunteers.
5. On your first round, meet the coordinator in front of the Student House at 7:30 and collect the gloves, the hand lenses, the sorting trays, the data sheets and the trowel.

## What to bring

Closed walking shoes, long trousers, a hat, sun cream, 1.5 litres of water, a snack, and clothes that you do not mind getting dirty.

## Rules of the survey

- never touch dung or beetles without gloves, and wash your hands before you eat
- release every beetle in the shade, in the pasture where it was caught, never on the path
- close every gate behind you, and walk round the flock, never through it
- keep at least 20 metres away from the shepherds' guard dogs, and never feed or stroke them
- at the end of the season, fill in the hole of every trap that you take out

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the sorting training and at least 7 trap rounds can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

How do I tell a roller from a tunneller? Rollers have long, thin back legs, and they push their ball of dung backwards, walking on their front legs. Tunnellers are rounder and stockier, with short, strong legs made for digging, and the males often carry a horn on the head. Dwellers are small, under 1 centimetre, and live inside the dung.

Is it smelly? Less than you would think: sheep dung dries fast in the garrigue and smells of grass. The gloves, an apron and a bucket of water with soap travel in the minibus.

## Contact

Bousier coordinator, Student Life Department: bousier@umontpellier.fr, +33 4 67 14 36 64. Student House, Triolet campus, building 20, room 152; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["11-clubs-jobs-and-daily-life-directory.md"] = """---
title: Directory of club, culture, volunteering, summer job and daily life services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/clubs-jobs-and-daily-life-directory
audience: all
language: en
---

# Directory of club, culture, volunteering, summer job and daily life services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and the small disasters of daily life: aikido, lost keys, the summer jobs at the plum harvest, darts, beatbox, the international paper plane contest, goalball, silk painting, the street tree census and the dung beetle survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Tenkan, Sports Department | the aikido club, the beginners' course, the grading and the Tenkan Seminar | tenkan@umontpellier.fr | +33 4 67 14 52 73 | Triolet campus, building 46, room 46.08 | Tuesday and Friday, 12:30–14:00 |
| Home Help Desk, International Relations Department | lost keys and locked doors of international students, the list of locksmiths, the spare keys and the letters to insurers | home-help@umontpellier.fr | +33 4 67 14 27 66 | Triolet campus, building 1, room 1.24 | Tuesday and Friday, 9:30–12:30 |
| Summer Work Unit, Student Life Department | the summer jobs of the agreement with the Prune Growers' Cooperative of Sainte-Livrade, the applications and the contracts | plum-harvest@umontpellier.fr | +33 4 67 14 36 57 | Student House, Triolet campus, building 20, room 122 | Monday and Wednesday, 9:30–12:30 |
| Fléchette, Student House | the darts association, the club nights and the Fléchette Open | flechette@asso.umontpellier.fr | +33 4 67 14 35 71 | Student House, Triolet campus, building 20, room 214 | Wednesday, 12:30–14:00 |
| Tchak, Culture Department | the beatbox crew, the beginners' class, the open battle and the spring showcase | tchak@umontpellier.fr | +33 4 67 14 53 41 | Triolet campus, building 29, room 0.23 | Tuesday, 12:30–14:00 |
| Campus Events Unit, Student Life Department | the international paper plane contest, its folding workshops, the qualifying evening and the final | paper-planes@umontpellier.fr | +33 4 67 14 36 78 | Student House, Triolet campus, building 20, room 112 | Tuesday to Friday, 10:00–12:30 |
| Carillon, Sports Department | the goalball club, the skills evenings, the tournaments and the Carillon Cup | carillon@umontpellier.fr | +33 4 67 14 52 39 | Triolet campus, building 46, room 46.10 | Monday and Wednesday, 12:30–14:00 |
| Gutta, Culture Department | the silk painting courses, the discovery evenings and the exhibition of the year | gutta@umontpellier.fr | +33 4 67 14 53 17 | Triolet campus, building 29, room 0.25 | Tuesday and Thursday, 14:00–17:00 |
| Canopée coordinator, Student Life Department | the street tree census, the census mornings, the evening walks and the giant trees morning | canopee@umontpellier.fr | +33 4 67 14 36 22 | Student House, Triolet campus, building 20, room 139 | Monday and Wednesday, 9:30–12:30 |
| Bousier coordinator, Student Life Department | the dung beetle survey, the sorting training, the trap rounds and the dusk walk | bousier@umontpellier.fr | +33 4 67 14 36 64 | Student House, Triolet campus, building 20, room 152 | Tuesday and Thursday, 14:00–17:00 |

## Useful to know

Skin: the dermatologist of the Student Health Service sees students and staff free of charge, by appointment, for a skin check of 15 minutes. It is meant for anyone with a mole that has changed shape or colour, a sunburn that blistered, or a rash after working or volunteering outdoors. The service's desk sells tubes of sun cream with a protection factor of 50 at €4. Book by e-mail or phone: dermatology@umontpellier.fr, +33 4 67 14 71 27.

Students with a disability who enter the international paper plane contest can ask for a seated throwing position, a helper who fetches their planes in the hall, or a seat next to the jury with a description of each throw, by writing to the Disability Support Service at least 2 weeks before the qualifying evening: disability-support@umontpellier.fr, +33 4 67 14 71 38, Triolet campus, building 8, room 021; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Money troubles: the social workers of the regional student services see students in financial difficulty by appointment, in the Student House, room 104, +33 4 67 14 36 15; they can grant emergency aid for rent and food, but never to pay a locksmith or a new lock.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 71 48, Triolet campus, building 3, room 012; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment, treat small wounds, burns and blows to the head free of charge, and give the medical certificate of fitness for sport, for example for the aikido club or the goalball club: +33 4 67 14 71 55.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["31-paper-plane-throw-2024.txt"] = """PAPER PLANE THROW - 2023-2024
University of Montpellier - Orientation Office

This page applies to the academic year 2023-2024. In the paper plane throw, new international students fold a paper plane and throw it as far as they can across the sports hall of the Richter campus, in front of a jury.

WHO CAN TAKE PART

International students in their first year at UM only, each on their own: there are no teams. French students, exchange students and doctoral candidates cannot take part.

WHAT THE THROW INVOLVES

No workshop and no sketch: each student brings a plane folded at home from any paper they like, and tape is allowed. One evening only, on Thursday 18 April 2024 from 18:00 to 20:00, in the sports hall of the Richter campus. There is one category, the distance, and one prize, for the longest throw, a voucher of EUR 40. The throw gives no credits. Each student pays an entry fee of EUR 3 and has two throws.

HOW TO REGISTER

Register by e-mail to the Orientation Office by 5 April 2024. Places are given in the order of the e-mails received, up to 40 students.

1. Write to the Orientation Office with your name, your programme and your country.
2. Pay the entry fee of EUR 3 at the office by 12 April 2024.
3. Bring your plane to the hall by 17:30 on the day; the jury checks that it flies before the throws begin.

The winner is announced at the end of the evening, and every student receives a badge of the university.

CONTACT

Orientation Office
E-mail: paper-throw@umontpellier.fr
Phone: +33 4 67 14 27 45
Triolet campus, building 1, room 1.33. Monday, 14:00-17:00.
"""

TEXTS["31-paper-plane-throw-2024.meta.yaml"] = sidecar(
    "Paper plane throw, 2023-2024 (expired, superseded by the 2027-2028 international paper plane contest)",
    "https://www.umontpellier.fr/en/campus-life/student-life/paper-plane-throw-2024",
    "international students",
    "2024-06-30",
)

TEXTS["40-passau-aikido-club-and-darts-club.md"] = """---
title: University of Passau – the aikido club and the darts club
url: https://www.uni-passau.de/en/student-life/aikido-and-darts
audience: students and staff
language: en
---

# University of Passau: the aikido club and the darts club

This page of the University of Passau, in Germany, presents the aikido club and the darts club of its university sports centre. It applies only to students and staff of the University of Passau, whose campus lies on the bank of the Inn, a short walk from the point where the Inn and the Ilz flow into the Danube. Prices are in euros.

## Aikido club

The aikido club trains in the martial arts room of the sports centre, with a teacher who holds the third dan.

| Rule | University of Passau |
|---|---|
| age | open from 18 years old |
| beginners' course | 8 sessions, €40 |
| membership | €45 a year for students, federation licence included |
| club training | Wednesday and Friday |
| equipment | not lent: each member buys a training suit, €50, and a wooden sword and staff, €25 |
| gradings | none at the club: members are graded in Munich, twice a year |
| weekend seminar | Saturday 6 May 2028, €30 |
| credits | 2 ECTS credits |

Contact: aikido club, aikido@uni-passau.de, +49 851 509 1810.

## Darts club

The darts club plays in the basement of a student residence, from October to June.

- the club is open from 18 years old only
- the discovery evening takes place on Tuesday 12 October 2027
- membership costs €25 a year for students
- a medical certificate is required to join
- the beginners' sessions cost €30 for 4 sessions
- players bring their own steel-tipped darts: the club lends none
- the Passau Darts Open takes place on Saturday 22 April 2028, at €15 per player
- regular players receive 2 ECTS credits

Contact: darts club, darts@uni-passau.de, +49 851 509 1820.
"""

TEXTS["41-maribor-lost-keys-support-and-beatbox-crew.md"] = """---
title: University of Maribor – help for international students who lose their keys, and the beatbox crew
url: https://www.um.si/en/student-life/international/lost-keys-and-beatbox
audience: students
language: en
---

# University of Maribor: help for international students who lose their keys, and the beatbox crew

This page of the University of Maribor, in Slovenia, presents the help that its international office gives international students who are locked out or who lose their keys, and the beatbox crew of its student organisation. It applies only to students of the University of Maribor, whose faculties lie along the Drava river, at the foot of the Pohorje hills. Prices are in euros.

## Lost keys

International students deal with locksmiths, landlords and insurers themselves; the international office gives them advice.

| Rule | University of Maribor |
|---|---|
| meeting with an adviser | by e-mail only, within 4 working days |
| locksmiths | no list: students find a locksmith alone |
| spare key | not kept by the office |
| emergency night | none: students pay for their own hostel |
| letter to the insurer | not provided: students fill in a template |
| deadline to tell the insurer | within 10 days |
| key finder | sold at €9 |

Contact: international office, keys-help@um.si, +386 2 250 4110.

## Beatbox crew

The beatbox crew of the student organisation meets in a rehearsal room of the student centre.

- members must be 18 or over
- the open workshop takes place on Wednesday 29 September 2027
- membership costs €20 a year for students
- the beginners' class has 6 sessions and costs €35
- the crew does not lend microphones: each member buys one, €60
- members need at least one year of musical experience
- the spring showcase takes place on Friday 9 June 2028
- members receive 3 ECTS credits

Contact: beatbox crew, beatbox@um.si, +386 2 250 4130.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
