"""The text of every 'blind37' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-windsurfing-club-2027.pdf": {
        "title": "Tramontane: the windsurfing club of UM, 2027-2028",
        "short": "Windsurfing club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/sport/tramontane-windsurfing-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Sports Department, Tramontane windsurfing club",
        "pages": [
            [
                ("h1", "Tramontane: the windsurfing club of UM, 2027-2028"),
                (
                    "p",
                    "A windsurfer stands on a board and holds a sail fixed to it by a joint that turns in every "
                    "direction; there is no rudder: the sailor steers by tilting the sail. The club takes its name from the tramontane, the north-west "
                    "wind of the Languedoc, which blows from the land out to sea. Tramontane is the windsurfing club of the Sports Department. It sails on the "
                    "lagoon of Pérols, where the water is warm and never deeper than 1.5 metres. This guide applies to 2027-2028.",
                ),
                ("h2", "What the club offers in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery session: first steps on a big board in shallow water", "Saturday 25 September 2027, 14:00–17:00", "the water sports base of Pérols, on the lagoon", "€10"],
                        ["beginners' course: pulling up the sail, turning and sailing upwind, in 8 sessions", "Saturday afternoons, 14:00–17:00, from 2 October to 20 November 2027", "the lagoon", "€120, board, sail and wetsuit included"],
                        ["club sessions for every level", "Wednesday, 14:00–18:00, and Sunday, 10:00–13:00, from 8 March to 28 June 2028", "the lagoon", "included in the membership"],
                        ["sea days with the club's instructors", "Saturday, 10:00–16:00, from 6 May to 24 June 2028", "the beach of Carnon, at the club's beach hut", "€15 per day"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "The discovery session takes 20 people, the beginners' course 16 and each club session 24; each "
                    "sea day has 12 places. Membership costs €60 for the academic year for students and €90 for "
                    "staff and researchers, insurance and the loan of the equipment "
                    "included. The licence of the French sailing federation, €37, is needed only for regattas. "
                    "Register from 13 September 2027 in the \"Sport\" tile of your UM account.",
                ),
                ("h2", "Who can sail?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; members under 18 need the written consent of a parent. Every member must be able to swim "
                    "50 metres and to put their head under water: the instructors check it in the lagoon at the "
                    "first session.",
                ),
            ],
            [
                ("h2", "What to bring"),
                (
                    "p",
                    "A swimsuit, old trainers or water shoes, never bare feet, since the bottom of the lagoon is "
                    "covered with shells; a towel, sun cream, a cap and 1.5 litres of water. The club lends all "
                    "the equipment, including the buoyancy aids that beginners must wear.",
                ),
                ("h2", "Joining the sea days"),
                (
                    "p",
                    "To join the sea days, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Finish the beginners' course, or show an instructor at a club session, by 30 April 2028, "
                        "that you can sail upwind and come back to where you started.",
                        "Pass the self-rescue test at a club session: take the sail off, lay it on the board and "
                        "paddle 100 metres back to the shore lying on the board.",
                        "Attend the briefing on wind, weather and safety at sea on Wednesday 3 May 2028, from 18:30 "
                        "to 20:30, in room 50.04.",
                        "Book each sea day in the club's app by the Thursday before; the club cancels by text "
                        "message at 8:00 if the wind is above 25 knots or blows from the land.",
                        "Pay €15 per day at the beach hut; the club's minibus leaves the Triolet campus at 9:00.",
                    ],
                ),
                ("h2", "Rules of the club"),
                (
                    "bullet",
                    [
                        "wear the buoyancy aid at every session of your first year;",
                        "never sail alone or out of sight of the instructors' rescue boat;",
                        "never sail when the wind blows from the land towards the sea, even a light one;",
                        "if you cannot get back, stay with your board and cross your arms above your head;",
                        "rinse the equipment in fresh water after use.",
                    ],
                ),
            ],
            [
                ("h2", "The season, stage by stage"),
                (
                    "table",
                    [
                        ["Stage", "When", "What happens"],
                        ["winter training on dry land", "Thursdays from 2 December 2027 to 24 February 2028, 19:00–20:30, gym, building 50", "balance, strength and sail theory; nobody sails in winter"],
                        ["regional student regatta", "Sunday 9 April 2028, at Pérols", "slalom and course racing, for licensed members"],
                        ["Tramontane Day", "Sunday 11 June 2028, 10:00–18:00", "open day: a race from Pérols to Carnon and a barbecue"],
                    ],
                    (40, 50, 76),
                ),
                (
                    "p",
                    "For the regional regatta, the club pays the entry fee of €20, and each "
                    "sailor brings a packed lunch and a medical certificate of fitness for sailing less than 1 year "
                    "old.",
                ),
                ("h2", "Carried away by the wind"),
                (
                    "p",
                    "A sailor who is tired, or whom the wind pushes away from the shore, sits on the board and "
                    "crosses both arms above the head: it is the signal the rescue boat watches for. Never leave the "
                    "board to swim to the shore, even when it looks near: a board can be seen from far away, a "
                    "swimmer cannot.",
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who attend at least 16 club sessions and 2 sea days can have it recognised as a sport "
                    "unit worth 2 ECTS credits; students who finish the beginners' course and pass the self-rescue "
                    "test, 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Tramontane, Sports Department, tramontane@umontpellier.fr, +33 4 65 82 48 45. Triolet "
                    "campus, building 48, room 48.09; Tuesday and Friday, 12:30–14:00.",
                ),
            ],
        ],
    },
    "08-papermaking-workshop-2027.pdf": {
        "title": "Filigrane: the papermaking workshop of UM, 2027-2028",
        "short": "Papermaking workshop at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/filigrane-papermaking-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Filigrane papermaking workshop",
        "pages": [
            [
                ("h1", "Filigrane: the papermaking workshop of UM, 2027-2028"),
                (
                    "p",
                    "For centuries, paper was made by hand from old linen and cotton rags, beaten with water into a "
                    "pulp. The papermaker dips a mould, a wooden frame with a fine wire screen, into the vat, lifts "
                    "out a thin layer of fibres and shakes it so that they lock together; the wet sheet is then "
                    "turned out onto a felt, and a pile of sheets and felts is pressed and dried. A design sewn in "
                    "wire onto the screen leaves the paper thinner where it lies, and shows against the light: a "
                    "watermark, filigrane in French. Filigrane, the papermaking workshop of the Culture Department, "
                    "is taught by a paper conservator in the paper room of the Student House, which has 2 vats, a "
                    "beater that turns rags into pulp and a screw press. This guide applies to 2027-2028. In "
                    "2026-2027, 44 people took part.",
                ),
                ("h2", "The activities"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["discovery evening: make five sheets of paper from recycled pulp", "Tuesday 19 October 2027 or Tuesday 15 February 2028, 18:00–21:00", "the paper room, Student House, building 20, room 016", "€10"],
                        ["beginners' course: pulp, forming sheets, turning them out, pressing and drying, in 6 sessions", "Tuesday, 18:00–21:00, from 9 November to 14 December 2027", "the paper room", "€85, pulp and felts included"],
                        ["watermark weekend: sew your own watermark and make 20 sheets with it", "Saturday 18 and Sunday 19 March 2028, 9:30–17:00", "the paper room", "€60"],
                        ["plant fibre afternoons: paper from iris leaves, leeks, straw and reeds", "Friday, 14:00–17:00, from 14 April 2028", "the paper room and its courtyard", "free"],
                    ],
                    (52, 44, 44, 26),
                ),
                (
                    "p",
                    "Each discovery evening takes 10 people, the beginners' course 8, the watermark weekend 8 and "
                    "the plant fibre afternoons 12. Students with a need-based grant pay half price; staff and "
                    "researchers pay €15 more per course. Register from 4 October 2027 in the \"Culture\" tile of "
                    "your UM account.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or "
                    "over; participants under 18 need the written consent of a parent. The plant fibre afternoons "
                    "are open from 18 only: the plants are cooked in a bath of soda ash, which burns the skin and the "
                    "eyes. No experience is needed, but the watermark weekend is for people who have followed the "
                    "beginners' course or a discovery evening.",
                ),
            ],
            [
                ("h2", "What to wear and bring"),
                (
                    "p",
                    "The floor of the paper room is always wet: wear old clothes and closed shoes with soles that "
                    "grip. The workshop lends the aprons and the rubber gloves. For paper from your own rags, bring "
                    "washed cotton or linen only, without buttons, zips or seams: synthetic fabrics do not make paper.",
                ),
                ("h2", "Joining the watermark weekend"),
                ("p", "To join the watermark weekend, follow these steps:"),
                (
                    "num",
                    [
                        "Follow the beginners' course, or one of the two discovery evenings.",
                        "Register in the \"Culture\" tile of your UM account by 3 March 2028 and pay the price of "
                        "the weekend, €60.",
                        "Send the drawing of your watermark to the workshop by 10 March 2028: black lines on white "
                        "paper, no larger than 6 by 6 centimetres.",
                        "Be in the paper room at 9:30 on Saturday 18 March 2028 to sew your watermark onto a mould "
                        "with brass wire; the sheets are made on Sunday.",
                        "Collect your 20 sheets at the desk of the Culture Department from 31 March 2028, once they "
                        "have been pressed and dried.",
                    ],
                ),
                ("h2", "Rules of the workshop"),
                (
                    "bullet",
                    [
                        "no food or drinks in the paper room;",
                        "only the conservator starts the beater, and nobody puts a hand in its tub while it turns;",
                        "wipe up any water on the floor at once;",
                        "never pour pulp down the sink, where it blocks the drains: empty it into the pulp bucket;",
                        "hang the wet felts on the rack to dry before you leave.",
                    ],
                ),
                ("h2", "If someone is hurt"),
                (
                    "p",
                    "If a hand is caught near the beater, press the red emergency stop on the wall by the door "
                    "first, then call the nurses of the Student Health Service: +33 4 65 82 71 35. For soda ash in "
                    "an eye, rinse it with the eye-wash bottle for 15 minutes, and call 15.",
                ),
                ("h2", "Exhibition and credits"),
                (
                    "p",
                    "The paper of the year is shown in the library of the Triolet campus from 2 to 13 May 2028. "
                    "Students who follow the beginners' course and the watermark weekend and show a sheet there "
                    "can have it recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Filigrane, Culture Department, filigrane@umontpellier.fr, +33 4 65 82 53 76. Triolet "
                    "campus, building 29, room 0.18; Monday and Thursday, 13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-dormouse-survey-volunteers.docx": {
        "title": "Lérots: checking the nest boxes of the garden dormice – volunteer guide 2028",
        "url": "https://www.umontpellier.fr/en/campus-life/volunteering/lerots-dormouse-survey",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Lérots: checking the nest boxes of the garden dormice – volunteer guide 2028"),
            (
                "p",
                "The garden dormouse is a small grey-brown rodent with a black mask around its eyes, large ears and "
                "a long tail that ends in a black and white tuft. It climbs trees and walls with ease, eats insects, "
                "snails and fruit, sleeps by day in a hollow tree, a wall or an attic, and hibernates from October "
                "to April. It has disappeared from much of Europe, and even in the south of France, where it is "
                "still common, little is known about how many there are. Lérots, run by the Student Life Department "
                "with a zoologist of the Faculty of Sciences, looks after 60 wooden nest boxes fixed in trees on the "
                "Triolet and Richter campuses and in the wood of Valène, and trains volunteers to check them twice a "
                "month from May to September. Its results go into a national atlas of mammals. In 2027, 29 "
                "volunteers found dormice in 23 of the 60 boxes.",
            ),
            ("h1", "Who can volunteer?"),
            (
                "p",
                "UM students, exchange students included, researchers and staff, aged 18 or over. You need no "
                "knowledge of mammals, but you must be able to climb a ladder of 3 metres, and your tetanus "
                "vaccination must be less than 10 years old, because the boxes are full of old nests and droppings. "
                "Volunteers commit to at least 3 box checks between 2 May and 26 September 2028. People allergic to "
                "animal hair or to dust talk to the coordinator before they sign up.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Volunteers per session"],
                    ["box building morning: building and repairing nest boxes", "Saturday 11 March 2028, 9:00–12:30", "the technical workshop of the Faculty of Sciences, Triolet campus, building 22", "12"],
                    ["training evening: the dormouse, the other guests of the boxes, the protocol and the app", "Tuesday 18 April 2028, 18:00–21:00", "Triolet campus, building 15, room 15.07", "36"],
                    ["box check: opening the 10 boxes of a round and noting the dormice, nests and other animals", "Tuesday and Friday mornings from 2 May to 26 September 2028, 8:00–11:00", "6 rounds of 10 boxes on the Triolet and Richter campuses and in the wood of Valène", "3"],
                    ["night watch: watching the dormice leave the boxes at dusk", "Friday 16 June and Friday 7 July 2028, 21:00–23:30", "the wood of Valène", "10"],
                    ["results evening: the dormouse map of the year", "Thursday 16 November 2028, 18:30–20:30", "the hall of the Student House", "60"],
                ],
            ),
            ("h1", "Doing your first box check"),
            ("p", "To do your first box check, follow these steps:"),
            (
                "num",
                [
                    "Sign up in the \"Student Life\" tile of your UM account, under \"Lérots\", by 9 April 2028.",
                    "Upload in the same tile a copy of the page of your vaccination record that shows the date of "
                    "your last tetanus vaccination.",
                    "Attend the training evening of 18 April 2028.",
                    "Join a team of three in the app, and book a round and a morning.",
                    "Collect your kit from the coordinator: a folding ladder, leather gloves, a sponge to block the "
                    "entrance hole, the key of the boxes, the record sheets and the map of your round.",
                ],
            ),
            ("h1", "Who lives in the boxes?"),
            (
                "p",
                "A garden dormouse is recognised by its black mask and the tuft at the end of its tail. The edible "
                "dormouse, larger, all grey, with a bushy tail and no mask, also lives in the wood of Valène: note "
                "it apart in the app. In spring, many boxes hold the nests of blue tits and great tits; wood mice "
                "and bats use them too. If you hear buzzing when you touch a box, do not open it: write \"wasps\" "
                "on the sheet and move on.",
            ),
            ("h1", "Rules of the survey"),
            (
                "bullet",
                [
                    "never open a box in the rain or when it is below 10 degrees;",
                    "block the entrance hole with the sponge before you lift the lid;",
                    "never touch or pick up an animal: only the coordinator, who holds a licence, handles dormice;",
                    "close each box within 2 minutes, and never open a box with young twice in the same week;",
                    "keep the ladder held by a teammate whenever someone climbs it.",
                ],
            ),
            ("h1", "Credits and certificate"),
            (
                "p",
                "Every volunteer receives a certificate of participation in a citizen science project. Students who "
                "attend the training evening, 6 box checks and a night watch can have it recognised as a student "
                "engagement unit worth 1 ECTS credit.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Lérots coordinator, Student Life Department: lerots@umontpellier.fr, +33 4 65 82 36 83. Student "
                "House, Triolet campus, building 20, room 132; Monday and Thursday, 9:30–12:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-pickleball-club.md"] = """---
title: Dink – the pickleball club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/dink-pickleball-club
audience: students, researchers and staff
language: en
---

# Dink: the pickleball club of the Sports Department

Pickleball was invented in 1965 on an island near Seattle. It is played mostly in doubles, on a court the size of a badminton court with a net a little lower than a tennis net, with solid paddles and a light plastic ball full of holes. The serve is hit underarm, the ball must bounce once on each side before anyone may volley it, and nobody may volley from the zone of 2.13 metres on either side of the net that players call the kitchen. The club takes its name from the dink, a soft shot that drops just over the net into the kitchen. Dink is the pickleball club of the Sports Department; it plays in the sports hall of the Triolet sports complex, building 46, where six courts are marked. This page applies to the academic year 2027-2028. In 2026-2027, the club had 63 members from 17 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery session: the grip, the underarm serve and your first games | Tuesday 21 September 2027, 18:30–20:30 | the sports hall, building 46 | 1 | free |
| beginners' course: the serve, the return, the dink and the rules of the kitchen, in doubles | Thursday, 12:15–13:30 | the sports hall | 10, from 30 September 2027 | €25 |
| club nights: coached drills and open play for every level | Monday and Wednesday, 19:30–21:30 | the sports hall | every week from 27 September 2027 | included in the membership |
| outdoor mornings: open play in the open air | Saturday, 10:00–12:00, from 1 April to 24 June 2028 | the tennis courts of the Richter campus | 13 | €2 per morning |
| "Dink Cup": the club's doubles tournament, in three levels | Sunday 14 May 2028, 9:00–18:00 | the sports hall | 1 | €16 per pair, lunch included |

The discovery session takes 30 people, the beginners' course 20 and each club night 36; the Dink Cup has room for 32 pairs. Staff and researchers pay €8 more per course; students with a need-based grant pay half price. Registration opens on 16 September 2027 in the "Sport" tile of your UM account.

Membership costs €30 for the academic year for students and €55 for staff and researchers; it includes insurance, the loan of a paddle and the balls of the club nights. The licence of the French pickleball federation costs €28 and is needed only for the regional league and ranked tournaments. You do not need your own paddle; members who want one can buy a club paddle at the desk for €35. Shoes must be indoor court shoes with non-marking soles: running shoes do not hold the side steps of the game, and most sprained ankles in pickleball come from them.

## Who can play?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience. Tennis, badminton and table tennis players learn fast, and the coach can move them from the discovery session straight to the club nights.

## How to play in the league team

The club enters a team of six in the regional pickleball league, with four match days on Sundays from January to April 2028. To play in it, follow these steps:

1. Attend at least 8 club nights by 26 November 2027.
2. Take the licence of the French pickleball federation through the club, for €28, with a medical certificate of fitness for sport less than 1 year old, by 3 December 2027.
3. Play the selection evening on Wednesday 8 December 2027, from 19:30; the coach picks three pairs and two substitutes.
4. Order the team shirt, €18, at the desk of the Sports Department by 14 January 2028.
5. Say in the club's app, by the Wednesday before each match day, whether you can play; the club pays the travel to away matches.

## Rules of the courts

- never walk behind or across a court during a rally: wait at the side until the point is over
- call "ball on court" and stop at once when a ball rolls onto your court
- in the hall, play only with the indoor balls: the outdoor balls are harder and mark the floor
- give up the court after 15 minutes when other players are waiting
- put the nets and posts away in pairs after the last game of the evening

## Credits

Students who attend at least 22 sessions in the year and help to run the Dink Cup can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

Can I bring a friend who is not at UM? Yes, twice per semester, for €5 each time; your friend signs the insurance form at the desk of the sports hall.

I have a bad knee. Can I still play? Pickleball is gentler on the knees than tennis, but tell the coach before your first session, and start with the beginners' course.

## Contact

Dink, Sports Department: dink@umontpellier.fr, +33 4 65 82 48 21. Triolet campus, building 48, room 48.11; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-passport-renewal-international-students.html"] = html_page(
    "Renewing your passport while you study at UM – FAQ for international students",
    "When to start, the consulate appointment, missed classes, the certificate of enrolment, the consulate travel refund and your residence permit.",
    "https://www.umontpellier.fr/en/international/passport-renewal-faq",
    "/fr/international/renouveler-son-passeport-faq",
    """    <h1>Renewing your passport while you study at UM – FAQ for international students</h1>
    <p>Your passport must stay valid for the whole of your stay in France. Without a valid passport, you cannot renew your residence permit, travel outside France or, sometimes, open a bank account or sign a lease. Most countries renew their citizens' passports only at an embassy or a consulate, in Paris, Lyon or Marseille, on appointments that are often full for weeks. The International Documents Desk of the International Relations Department helps you plan the renewal, excuses your absence and helps you pay for the journey. This FAQ applies to degree students and exchange students in 2027-2028. In 2026-2027, the desk helped 147 international students renew their passport.</p>

    <h2>When should I start?</h2>
    <p>As soon as your passport has less than 9 months of validity left. Appointments at the consulates in Paris are often booked 2 to 3 months ahead, and a new passport can take 6 to 10 weeks to arrive. The prefecture does not renew a residence permit on a passport that expires within 3 months.</p>

    <h2>Can I miss classes for the appointment?</h2>
    <p>Yes. The desk sends your teachers an excuse for up to 2 days of absence per appointment, for at most 2 appointments per academic year, one to apply and one to collect the passport. These absences never count against you, including in courses where attendance is marked. If the appointment falls on the day of an exam, first ask the consulate for another date; if it cannot change it, the studies secretariat of your faculty sets you a replacement exam within 4 weeks.</p>

    <h2>What documents does the desk give me?</h2>
    <p>A certificate of enrolment in French and in English and, if your consulate asks for one, a letter stating your programme and the expected end of your studies. The desk sends them within 3 working days of your request.</p>

    <h2>Can UM help pay for the journey?</h2>
    <p>Yes, if you hold a need-based grant or a UM scholarship for international students. The consulate travel refund pays back a return journey in second class by train or by coach, once per academic year, up to an amount that depends on where the consulate is:</p>
    <table>
      <thead>
        <tr><th>Where the consulate is</th><th>Most the refund pays</th></tr>
      </thead>
      <tbody>
        <tr><td>in Marseille or in Lyon</td><td>€60</td></tr>
        <tr><td>in Paris</td><td>€110</td></tr>
        <tr><td>in another country, when your country has no consulate in France</td><td>€150</td></tr>
      </tbody>
    </table>
    <p>Apply within 1 month of the journey, with your tickets and the confirmation of the appointment. The refund is paid into your bank account within 15 working days. It does not cover a night in a hotel.</p>

    <h2>What happens to my residence permit?</h2>
    <p>Your residence permit stays valid with the new passport: you do not need a new card. Within 1 month of receiving the new passport, declare its number on the online portal for foreigners in France and send the desk a copy of the page with your photo. If your residence permit itself expires within the next 4 months, the desk advises you to renew the passport first and the permit afterwards.</p>

    <h2>Can I travel while the consulate has my passport?</h2>
    <p>No. Some consulates keep the old passport while they make the new one. During that time, do not leave France, not even for a weekend in another country of Europe. In France, your residence permit and your student card are enough to prove who you are, at exams and at the bank.</p>

    <h2>What if my passport expires before the new one arrives?</h2>
    <p>Ask your consulate for a certificate saying that a new passport is being made, and bring it to the desk: the desk writes a letter for the prefecture and, if you need one, for your bank or your landlord.</p>

    <h2>How do I go about it?</h2>
    <p>If your passport has less than 9 months left, proceed as follows:</p>
    <ol>
      <li>Book an appointment at the embassy or consulate of your country, and check on its website which documents it asks for.</li>
      <li>Send the confirmation of the appointment to the desk at least 10 days before it: the desk informs your teachers and prepares your certificate of enrolment.</li>
      <li>Go to the appointment with the documents your consulate asks for and the certificate from the desk.</li>
      <li>Within 1 month of receiving the new passport, declare its number on the online portal for foreigners and send the desk a copy of the page with your photo.</li>
      <li>If you hold a need-based grant or a UM scholarship, apply for the consulate travel refund in the "International" tile of your UM account within 1 month of the journey.</li>
    </ol>

    <h2>I am an exchange student. Is it the same for me?</h2>
    <p>Yes: the excused absences, the certificate and the refund are the same. If your passport expires before the end of your exchange, the desk also tells the international relations officer of your faculty, who can move an exam if needed.</p>

    <h2>Whom do I contact?</h2>
    <p>International Documents Desk, International Relations Department: documents-desk@umontpellier.fr, +33 4 65 81 27 63. Triolet campus, building 1, room 1.12; Monday, Wednesday and Friday, 9:30–12:30.</p>
""",
    [
        '<a href="/en/international/residence-permits">Residence permits</a>',
        '<a href="/en/international/scholarships">Scholarships for international students</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-passport-renewal-international-students.meta.yaml"] = sidecar(
    "Renewing your passport while you study at UM – FAQ for international students",
    "https://www.umontpellier.fr/en/international/passport-renewal-faq",
    "international students",
)

TEXTS["03-international-students-at-the-aigues-mortes-salt-works-2028.md"] = """---
title: International students as summer staff at the Aigues-Mortes salt works, summer 2028
url: https://www.umontpellier.fr/en/international/campus-life/aigues-mortes-salt-works-jobs
audience: international students
language: en
---

# International students as summer staff at the Aigues-Mortes salt works

South of the walled town of Aigues-Mortes, seawater spreads over thousands of hectares of shallow pools and slowly evaporates in the sun and the wind; tiny algae turn the water pink, and from late August the salt is harvested and piled into white hills. In July and August, the salt workers also rake by hand the fleur de sel, the fine crystals that form on the surface of the pools on hot, calm days. Visitors tour the salt marshes by a small tourist train or on foot. Since 2026, an agreement between the University of Montpellier and the Salt Marsh Heritage Association of Aigues-Mortes, which runs the visits and the shop of the salt works, offers international students paid summer jobs: they guide visitors in their languages, welcome them at the ticket desk, work in the shop and help the salt workers rake the fleur de sel at dawn. The Student Employment Office of the Student Life Department recruits and prepares the students. This page applies to the summer season 2028, from Saturday 1 July to Thursday 31 August 2028. In the summer of 2027, 18 students worked 540 days.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.40 gross an hour, and €1.50 more an hour on days when you guide in a language other than French and English, paid by the association at the end of each month |
| hours | 6 hours a day, from 9:30 to 16:30 with an hour for lunch, or from 6:00 to 12:00 on fleur de sel mornings; at most 5 days a week |
| transport | a minibus from the Triolet campus at 8:15, back by 17:30, free; on fleur de sel mornings it leaves at 5:00 |
| lodging | a bed in a shared room of the association's hostel in Aigues-Mortes, €8 a night |
| meals | a packed lunch on each day worked, free |
| clothing | a wide-brimmed hat and three T-shirts, and for the pools, rubber boots, lent for the season |
| visits | a free guided tour of the walled town for every student |
| training | 3 days of training on the salt, its history and guiding a group, paid like working days |

Contracts are fixed-term summer contracts signed with the association, which is your employer: UM is not. The association expects 24 students this summer.

## Who can apply?

International students enrolled at UM in 2027-2028, exchange students included if their visa or residence permit is valid until at least 31 August 2028, aged 18 or over, who are allowed to work in France: the hours count towards the hours your residence permit allows. Guides need a level of French of at least B1 and a level of English of at least B2; for the shop and the ticket desk, A2 in French is enough. A third language is a plus, above all German, Spanish, Italian, Dutch or Chinese. You must be free for at least 4 weeks in a row in July and August.

## How to become summer staff

An information meeting takes place on Thursday 17 February 2028 at 12:30 in the hall of the Student House. To become summer staff, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 12 March 2028, with a CV in French, the weeks on which you are free and the languages in which you could guide.
2. Take a language test and an interview by video with the association on Tuesday 21 or Wednesday 22 March 2028.
3. Receive the answer by 5 April 2028 and sign your contract with the association by 28 April 2028.
4. Learn the 12-page visit script that comes with your contract, and attend the three days of training at Aigues-Mortes on Friday 23, Saturday 24 and Sunday 25 June 2028.
5. Choose your days in the association's planning by 15 June 2028; any change is confirmed by text message at least 48 hours ahead.

## Rules at the salt works

- wear your hat and your badge at all times on duty, and drink water at every break
- never walk on the dykes or the edges of the pools outside the marked paths, and never let visitors do so
- never take salt from the pools or from the salt hills, and never let visitors take any
- keep visitors seated while the train moves, and stop only at the marked stops

## FAQ

What if it is very hot? On days of a red heat warning, the visits on foot stop at 11:00 and the guides finish their day in the shop or at the ticket desk. A day cancelled by the association after 6:00 on the same morning is paid 3 hours.

Is raking the fleur de sel hard work? It is light but slow work: three hours of pulling a long wooden rake across a pool. Only students who ask for it are given fleur de sel mornings.

## Contact

Student Employment Office, Student Life Department: salt-jobs@umontpellier.fr, +33 4 65 82 36 44. Student House, Triolet campus, building 20, room 114; Tuesday and Thursday, 13:30–16:30.
"""

TEXTS["04-faq-kin-ball-association.html"] = html_page(
    "KinLez, the kin-ball association: FAQ",
    "KinLez: the discovery session, the beginners' sessions, club training, park kin-ball, the KinLez Cup and the championship.",
    "https://www.umontpellier.fr/en/campus-life/student-house/kin-ball-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-de-kin-ball-faq",
    """    <h1>KinLez, the kin-ball association: FAQ</h1>
    <p>Kin-ball was invented in Quebec in 1986 by a teacher of physical education who wanted a game in which every player of a team takes part in every point. It is played with a huge, light ball, 1.22 metres across and weighing about a kilo, by three teams of four players on the court at the same time. The team that has the ball calls out "Omnikin" and the colour of another team, then one of its players hits the ball while the three others hold it up; the team that was called must catch the ball before it touches the floor, or the two other teams score a point. KinLez is the kin-ball association of the Student House, named after the river Lez. Its members play in the large gym of the Triolet sports complex, and on the grass in spring. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 51 members from 16 countries.</p>

    <h2>What does the association offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery session: the call, the hit, the catch and a first game</td><td>Thursday 30 September 2027, 18:00–20:00</td><td>the large gym of the Triolet sports complex, building 47</td><td>free</td></tr>
        <tr><td>beginners' sessions: hitting, catching, positions and the rules, in 6 sessions</td><td>Friday, 12:15–13:30, from 8 October 2027</td><td>the large gym</td><td>€10</td></tr>
        <tr><td>club training: games and drills for every level</td><td>Tuesday, 19:30–21:30, from 5 October 2027</td><td>the large gym</td><td>included in the membership</td></tr>
        <tr><td>park kin-ball: games on the grass, open to friends</td><td>Saturday, 15:00–17:00, from 15 April to 17 June 2028</td><td>the big lawn of the Triolet campus, behind building 20</td><td>free</td></tr>
        <tr><td>the "KinLez Cup": a tournament for teams of students and staff from the whole region</td><td>Saturday 1 April 2028, 9:00–18:00</td><td>the large gym</td><td>€24 per team</td></tr>
      </tbody>
    </table>
    <p>Membership costs €12 for the academic year for students and €22 for staff and researchers; it includes insurance. The licence of the French kin-ball federation, €18, is needed only to play in the French university championship and is taken through the association. The discovery session takes 48 people, the beginners' sessions 24 and club training 36, that is three games of three teams; the KinLez Cup has room for 18 teams.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience and no particular fitness: the ball is light, and the game is about teamwork more than strength.</p>

    <h2>What do I wear?</h2>
    <p>Sports clothes and indoor shoes with non-marking soles in the gym. If you wear glasses, tie them with a sports strap or wear contact lenses: the ball often comes at head height. On the grass, bring trainers with a good grip, a cap and water.</p>

    <h2>How do I play in the championship?</h2>
    <p>The championship is not compulsory. If you want to play in the French university kin-ball championship, which has two tournament weekends in February and March 2028, proceed as follows:</p>
    <ol>
      <li>Attend at least 6 sessions of club training.</li>
      <li>Take the licence of the French kin-ball federation through the association, €18, by 26 November 2027.</li>
      <li>Come to the team selection at club training on Tuesday 7 December 2027: the coach forms two teams of four players and two substitutes.</li>
      <li>Order the team shirt, €15, in the association's online shop by 10 January 2028, in the colour the coach gives your team.</li>
      <li>Tell the coach in the group chat, by the Monday before each tournament weekend, whether you can play; the association pays the travel.</li>
    </ol>

    <h2>What are the rules at the sessions?</h2>
    <ul>
      <li>always call "Omnikin" and a colour before the hit: a hit without a call gives a point to the other teams;</li>
      <li>never hit the ball with your head and never kick it;</li>
      <li>never sit, lie or jump on the ball;</li>
      <li>only the coach inflates and deflates the balls, with the electric pump;</li>
      <li>take off watches, rings and bracelets before you play.</li>
    </ul>

    <h2>What if I get hurt?</h2>
    <p>The most common injuries are jarred fingers and twisted ankles: stop playing, and tell the person who runs the session. Cold packs and the first aid kit are in the association's kit bag, and a defibrillator hangs at the entrance of the large gym. The nurses of the Student Health Service see students without an appointment, Monday to Friday, in building 5.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who attend at least 16 sessions in the year and help to organise the KinLez Cup can have it recognised as a sport unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>KinLez, Student House: kinlez@asso.umontpellier.fr, +33 4 65 82 35 74. Triolet campus, building 20, room 222; Thursday, 12:30–14:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/sport">Sport at UM</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 23 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-kin-ball-association.meta.yaml"] = sidecar(
    "KinLez, the kin-ball association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/kin-ball-association-faq",
    "students, researchers and staff",
)

TEXTS["05-mandolin-orchestra.txt"] = """ESTUDIANTINA: THE MANDOLIN ORCHESTRA - 2027-2028
University of Montpellier - Culture Department

The mandolin is a small lute with eight metal strings in four pairs, tuned like a violin and played with a pick; since its notes die away quickly, a long note is played as a tremolo, the pick going back and forth very fast over the pair of strings. Around 1900, student mandolin orchestras, called estudiantinas, were found in every town of the south of France, of Italy and of Spain, and played serenades in the streets. A mandolin orchestra has mandolins, mandolas, mandocellos and guitars, and sometimes a double bass. Estudiantina is the mandolin orchestra of the Culture Department. It owns 14 mandolins, 4 mandolas and 2 mandocellos, and it is led by a conductor who trained in Naples. It rehearses in the music room, room 0.11 of building 33. In 2026-2027 the orchestra had 19 members from 9 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The orchestra has six activities:

open evening: hold a mandolin, learn the tremolo and play a first tune, on Wednesday 29 September 2027 from 18:00 to 20:00
beginners' class: the pick, the tremolo, the first position and reading simple tunes, 12 sessions on Mondays from 18:00 to 19:30, from 11 October 2027
orchestra rehearsal: the whole orchestra, for players who can play a simple tune in tremolo, on Wednesdays from 19:00 to 21:30, from 6 October 2027
Neapolitan song weekend: accompanying a singer from Naples, on Saturday 5 and Sunday 6 February 2028 from 10:00 to 17:00
serenade walk: the orchestra plays in the squares and courtyards of the old town, on Friday 21 April 2028 at 20:30
spring concert: on Sunday 28 May 2028 at 17:00, in the auditorium of the Richter campus

The general meeting of the orchestra, where the year's programme is voted, takes place on Wednesday 20 October 2027 at 18:00 in the music room.

MEMBERSHIP, COURSES AND INSTRUMENTS

Membership costs EUR 20 for the academic year for students and EUR 35 for staff and researchers; it includes insurance and the orchestra rehearsals. The beginners' class costs EUR 40 for the twelve sessions and the song weekend EUR 30. Students with a need-based grant pay half price for the courses. The beginners' class takes 12 players, the orchestra 28 and the song weekend 20.

Members who have no instrument borrow one of the orchestra's mandolins for the year, against a deposit cheque of EUR 150 that is never cashed unless the instrument comes back damaged. Picks cost EUR 1 at the desk. You do not need to read music to start: the beginners' class teaches it, with tablature first. The music room is open only during rehearsals; to practise on your own, book one of the rehearsal studios of the Culture Department.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY IN THE SPRING CONCERT?

1. Be a member and follow the orchestra rehearsals from January 2028 at the latest, missing at most 4 of them.
2. Play your part of two pieces of the programme to the conductor at the part check on Wednesday 12 April 2028.
3. Attend the two full rehearsals on Saturday 13 May and Saturday 20 May 2028, from 14:00 to 18:00.
4. Collect the orchestra's red scarf, lent for the concert, by 24 May 2028, and come dressed in black.
5. On the day of the concert, be at the auditorium at 14:00 to tune and for the sound check.

RULES OF THE MUSIC ROOM

Never leave a mandolin on a chair or on the floor: put it back in its case or on its stand. Keep the instruments away from the radiators, and from the windows in summer. Tune with the electronic tuner and never force a peg: a broken string is changed by the conductor. No food or drinks in the room. The music room closes at 22:00.

THE SPRING CONCERT

On Sunday 28 May 2028 at 17:00, the players of the year play Estudiantina's spring concert in the auditorium of the Richter campus. The concert is free and open to all, and after the last piece the orchestra plays a serenade for the audience in the garden of the campus.

CREDITS

Students who play in the orchestra all year and in the spring concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Estudiantina, Culture Department
E-mail: estudiantina@umontpellier.fr
Phone: +33 4 65 82 53 81
Triolet campus, building 29, room 0.16. Thursday, 12:30-14:00.
"""

TEXTS["05-mandolin-orchestra.meta.yaml"] = sidecar(
    "Estudiantina, the mandolin orchestra 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/estudiantina-mandolin-orchestra",
    "students, researchers and staff",
)

TEXTS["06-bridging-course-2027.md"] = """---
title: The bridging course in mathematics and physics for new first-year students, 2027-2028
url: https://www.umontpellier.fr/en/study/bridging-course
audience: students
language: en
valid_until: 2028-06-30
---

# The bridging course in mathematics and physics for new first-year students, 2027-2028

The first weeks of a science degree go fast, and many new students find that the mathematics and physics they learnt at school, in France or abroad, are not quite what their lecturers expect. The bridging course helps them start on the right foot: two weeks at the end of the summer to revise and fill the gaps, with tutors, and a week in January for those who need a second chance. It is run by the First-Year Support Office of the Directorate of Studies. It is open to students enrolled at UM in 2027-2028 in the first year of a bachelor's degree in mathematics, physics, chemistry, computer science, life sciences or earth sciences, or in the first year of a BUT, international students included. Students admitted with a "yes, if" answer on Parcoursup must take it. Exchange students cannot take part, as they arrive after it has started. In 2026, 410 students took part.

## What the course involves

| Part | What it means |
|---|---|
| level test | an online test of 45 minutes, in French or in English, that places you in one of three groups |
| summer session | 2 weeks from 23 August to 3 September 2027: mathematics in the mornings and physics in the afternoons, 25 hours of each |
| tutors | third-year and master's students, one tutor for every 12 students |
| study skills | 4 workshops: taking notes, planning your week, working in a group and preparing for exams |
| winter session | 1 week from 10 to 14 January 2028, for students who failed mathematics or physics in the first semester |

The course is free. Each student receives 10 meals at the university restaurant, paid by UM. Students who attend at least 80% of the summer session receive 2 ECTS credits in the free unit of their first semester, and a certificate of attendance. You can take mathematics only, physics only or both.

## Who should take it?

Every new student of the programmes above may take it. It is strongly advised if you took your final school exams abroad, if you did not take the specialist mathematics course in the last year of a French school, or if you have not studied for a year or more. Students with a disability can ask for extra time for the level test and for adapted course materials.

## Dates

| Stage | Date |
|---|---|
| registration opens | Monday 5 July 2027 |
| deadline for registration | Sunday 1 August 2027, 23:59 |
| level test, online | 2 to 8 August 2027 |
| groups and timetables published | Friday 13 August 2027 |
| summer session | Monday 23 August to Friday 3 September 2027 |
| deadline for the winter session | Sunday 19 December 2027, 23:59 |
| winter session | Monday 10 to Friday 14 January 2028 |

## How to register

To register for the summer session, follow these steps:

1. Complete your administrative enrolment at UM and activate your UM account.
2. Register in the "Studies" tile under "Bridging course" by 1 August 2027, choosing mathematics, physics or both.
3. Take the online level test between 2 and 8 August 2027: you need a calculator and a quiet hour, and you can take it only once.
4. Check your group, your rooms and the name of your tutor in the same tile on 13 August 2027.
5. Come to the welcome session on Monday 23 August 2027 at 9:00 in lecture theatre A of building 6, with your student card.

## FAQ

Does it cost anything? No. The course is free, and the 10 meals are paid by UM.

What if I miss a day? You may miss at most two half-days; beyond that, you keep the certificate of the days you attended but not the credits.

I arrive from abroad after 23 August. What can I do? Watch the recordings of the morning lectures in the "Studies" tile, and register for the winter session by 19 December 2027 if your first semester goes badly.

## Contact

First-Year Support Office, Directorate of Studies: bridging-course@umontpellier.fr, +33 4 65 81 22 56. Triolet campus, building 7, room 7.110; Monday to Friday, 9:30–12:00, and in July and August too.
"""

TEXTS["31-bridging-course-2024.txt"] = """MATHEMATICS BRIDGING COURSE - 2024-2025
University of Montpellier - Bachelor's Studies Office

This page applies to the academic year 2024-2025. The bridging course offers new first-year students a week of revision in mathematics before the start of the year.

WHO CAN TAKE PART

Students enrolled in the first year of a bachelor's degree in mathematics or physics only. BUT students cannot take part.

WHAT THE COURSE INVOLVES

One week of mathematics, from 26 to 30 August 2024, 20 hours in all, in a single group taught by lecturers. There is no physics, no tutor, no study skills workshop and no winter session. The level test is taken on paper on the first morning. The course gives no ECTS credits. A fee of EUR 20 is asked for the course book.

HOW TO REGISTER

Register by e-mail to the Bachelor's Studies Office by 15 July 2024. Places are given in the order of the e-mails received, up to 120 students.

1. Write to the Bachelor's Studies Office with your name, your student number and your programme.
2. Pay the fee of EUR 20 at the office by 23 August 2024.
3. Come on 26 August 2024 at 8:30 for the level test on paper.

CONTACT

Bachelor's Studies Office
E-mail: licence-studies@umontpellier.fr
Phone: +33 4 65 81 22 09
Triolet campus, building 7, room 7.015. Tuesday and Thursday, 9:00-12:00.
"""

TEXTS["31-bridging-course-2024.meta.yaml"] = sidecar(
    "Mathematics bridging course, 2024-2025 (expired, superseded by the 2027-2028 edition)",
    "https://www.umontpellier.fr/en/study/bridging-course-2024",
    "students",
    "2024-09-30",
)

TEXTS["10-praying-mantis-survey-volunteers.md"] = """---
title: Mantes – looking for the praying mantises of the meadows and the garrigue, 2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/mantes-praying-mantis-survey
audience: students, researchers and staff
language: en
---

# Mantes: looking for the praying mantises of the meadows and the garrigue

A praying mantis waits without moving, its front legs folded as if in prayer, then snaps them shut on a fly or a grasshopper faster than the eye can follow; it is the only insect that can turn its head to look over its shoulder. Around Montpellier live several species: the European mantis, green or brown and up to 7 centimetres long; the small Mediterranean mantises, hardly 3 centimetres, which run on the ground; and the conehead mantis, with a tall crest on its head, which spends the winter as a young insect. Most adults appear from July to October, and in autumn the females lay their eggs in a case of hardened foam, stuck to a stem or a stone, which survives the winter. Nobody knows how the mantises of the city fare as the meadows shrink. Mantes, run by the Student Life Department with an entomologist of the Faculty of Sciences, trains volunteers to search 30 squares of 50 metres by 50 metres, in the meadows of the campuses and in the garrigue of Montferrier-sur-Lez, every summer. In 2027, 31 volunteers found 420 mantises and 96 egg cases.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: the mantises of Montpellier and how to find them | Tuesday 20 June 2028, 18:30–20:00 | the hall of the Student House | 80 | free |
| field training: searching a square, telling the species apart and using the app | Saturday 1 July or Saturday 8 July 2028, 8:30–12:00 | the dry meadow of the Triolet campus, behind building 23 | 16 per day | €4, for the identification card you keep |
| square searches: searching a square slowly for 40 minutes and recording every mantis | Monday and Thursday mornings, from 17 July to 28 September 2028, 8:00–11:00 | 30 squares: 12 on the Triolet and Richter campuses and 18 in the garrigue of Montferrier-sur-Lez | 40 | free |
| egg case hunt: looking for the egg cases on stems, shrubs and stones | Saturday 18 November 2028, 9:00–12:00 | the garrigue of Montferrier-sur-Lez | 20 | free |
| results evening: the mantis map of the year | Tuesday 12 December 2028, 18:30–20:30 | the hall of the Student House | 80 | free |

Each square is searched by a pair of volunteers, always the same pair during a summer, once every two weeks. Searches end at 11:00, before the heat of the day, and are cancelled by text message at 7:00 on days of an orange or red heat warning.

## Who can volunteer?

UM students, exchange students included, researchers and staff. Every activity is open from 16, with the written consent of a parent for volunteers under 18. You need no knowledge of insects, but you must be able to walk and crouch for 3 hours on rough, dry ground. Volunteers commit to at least 4 square searches between July and September.

## How to join

Pairs are formed at the beginning of July. To join one, follow these steps:

1. Come to the introductory talk of 20 June, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Mantes", by 26 June 2028, saying which mornings you are free.
3. Attend one of the two field trainings.
4. Find a partner in the app and choose your squares among those that still need a pair.
5. At your first search, collect the four pegs and the cord that mark out a square, the stick for parting the grass and the first aid kit from the coordinator.

## What to bring

A hat, light long trousers, closed walking shoes, sun cream, 2 litres of water, a smartphone with the survey app and your identification card.

## Rules of the survey

- never catch a mantis in your hands or take one home: photograph it where it is
- never take or move an egg case
- part the grass with the stick and walk slowly: never trample the square
- check your legs for ticks after each search
- in the garrigue, close every gate behind you: sheep graze there in summer

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend a field training, at least 6 square searches and the egg case hunt can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can a mantis hurt me? No. A large female may pinch with her front legs if you pick her up, which hardly hurts, and no mantis is venomous.

Is it true that the female eats the male? Sometimes: it happens often in a cage, much less in the wild. If you see it, note it in the app.

## Contact

Mantes coordinator, Student Life Department: mantes@umontpellier.fr, +33 4 65 82 36 79. Student House, Triolet campus, building 20, room 138; Tuesday and Friday, 14:00–17:00.
"""

TEXTS["11-student-services-directory.md"] = """---
title: Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/student-services-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, study, job and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering, a summer job, their studies and their papers: pickleball, the renewal of a passport, the summer jobs at the Aigues-Mortes salt works, kin-ball, the mandolin orchestra, the bridging course, windsurfing, papermaking, the dormouse survey and the praying mantis survey. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Dink, Sports Department | the pickleball club, its courses, the outdoor mornings, the league team and the Dink Cup | dink@umontpellier.fr | +33 4 65 82 48 21 | Triolet campus, building 48, room 48.11 | Monday and Thursday, 12:30–14:00 |
| International Documents Desk, International Relations Department | international students who renew their passport, the excused absences, the certificates of enrolment and the consulate travel refund | documents-desk@umontpellier.fr | +33 4 65 81 27 63 | Triolet campus, building 1, room 1.12 | Monday, Wednesday and Friday, 9:30–12:30 |
| Student Employment Office, Student Life Department | the summer staff of the agreement with the Salt Marsh Heritage Association of Aigues-Mortes, the applications and the training | salt-jobs@umontpellier.fr | +33 4 65 82 36 44 | Student House, Triolet campus, building 20, room 114 | Tuesday and Thursday, 13:30–16:30 |
| KinLez, Student House | the kin-ball association, its sessions, park kin-ball, the championship and the KinLez Cup | kinlez@asso.umontpellier.fr | +33 4 65 82 35 74 | Student House, Triolet campus, building 20, room 222 | Thursday, 12:30–14:00 |
| Estudiantina, Culture Department | the mandolin orchestra, the beginners' class, the song weekend, the loan of mandolins and the spring concert | estudiantina@umontpellier.fr | +33 4 65 82 53 81 | Triolet campus, building 29, room 0.16 | Thursday, 12:30–14:00 |
| First-Year Support Office, Directorate of Studies | the bridging course in mathematics and physics, the level test, the tutors and the winter session | bridging-course@umontpellier.fr | +33 4 65 81 22 56 | Triolet campus, building 7, room 7.110 | Monday to Friday, 9:30–12:00 |
| Tramontane, Sports Department | the windsurfing club, its courses, the sea days and the regatta | tramontane@umontpellier.fr | +33 4 65 82 48 45 | Triolet campus, building 48, room 48.09 | Tuesday and Friday, 12:30–14:00 |
| Filigrane, Culture Department | papermaking courses, the watermark weekend, the plant fibre afternoons and the exhibition of the year | filigrane@umontpellier.fr | +33 4 65 82 53 76 | Triolet campus, building 29, room 0.18 | Monday and Thursday, 13:30–16:30 |
| Lérots coordinator, Student Life Department | the dormouse survey, the nest boxes, the box checks and the night watches | lerots@umontpellier.fr | +33 4 65 82 36 83 | Student House, Triolet campus, building 20, room 132 | Monday and Thursday, 9:30–12:30 |
| Mantes coordinator, Student Life Department | the praying mantis survey, the field trainings, the square searches and the egg case hunt | mantes@umontpellier.fr | +33 4 65 82 36 79 | Student House, Triolet campus, building 20, room 138 | Tuesday and Friday, 14:00–17:00 |

## Useful to know

Rehearsal studios: the Culture Department has four soundproof rehearsal studios, two of them with an upright piano and one with a drum kit, that students and staff can book free of charge for up to 6 hours a week, alone or in a group, from Monday to Saturday between 8:00 and 22:00. Book in the "Culture" tile and collect the key at the desk of building 29 against your student card: rehearsal-studios@umontpellier.fr, +33 4 65 82 53 90, Triolet campus, building 31, rooms 0.05 to 0.08.

Students with a disability who take the bridging course can ask for extra time for the level test and for course materials in large print or in braille by writing to the Disability Support Service at least 10 days before the test: disability-office@umontpellier.fr, +33 4 65 82 71 12, Triolet campus, building 8, room 015; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 65 82 71 35, Triolet campus, building 5, room 022; Monday to Friday, 8:30–17:00. They check your vaccination record and give the tetanus vaccine free of charge, by appointment, for example before the dormouse survey: +33 4 65 82 71 40. The doctors of the same service give students a medical certificate of fitness for a sport free of charge, by appointment, for the pickleball or kin-ball licence or for a regatta, for example: +33 4 65 82 71 47. Staff ask their own doctor.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["40-debrecen-pickleball-club-and-kin-ball-club.md"] = """---
title: University of Debrecen – the pickleball club and the kin-ball club
url: https://unideb.hu/en/student-life/pickleball-and-kin-ball
audience: students and staff
language: en
---

# University of Debrecen: the pickleball club and the kin-ball club

This page of the University of Debrecen, in Hungary, presents the pickleball club and the kin-ball club of its university sports centre. It applies only to students and staff of the University of Debrecen, on its Main Campus and its Kassai Road campus in Debrecen.

## Pickleball club

The pickleball club plays on the four courts of the sports hall of the Main Campus.

| Rule | University of Debrecen |
|---|---|
| age | open from 18 years old |
| beginners' course | 8 sessions, €40 |
| membership | €45 a year for students, federation licence included |
| training | Tuesday and Thursday evenings |
| paddles | not lent: each player buys one at the first session, €40 |
| club tournament | Saturday 20 May 2028, €20 per pair |
| credits | no ECTS credits |

Contact: pickleball club, pickleball@unideb.hu, +36 52 512 910.

## Kin-ball club

The kin-ball club plays in the gym of the Kassai Road campus, and in the park in summer.

- the club is open from 18 years old only
- the discovery session takes place on Thursday 7 October 2027
- membership costs €20 a year for students
- the federation licence costs €25 and is compulsory for every member
- the beginners' sessions cost €20
- the club's cup takes place on Saturday 15 April 2028, at €40 per team
- regular players receive 2 ECTS credits

Contact: kin-ball club, kinball@unideb.hu, +36 52 512 920.
"""

TEXTS["41-comenius-passport-renewal-and-mandolin-orchestra.md"] = """---
title: Comenius University Bratislava – passport renewal for international students and the mandolin orchestra
url: https://uniba.sk/en/students/passport-renewal-and-mandolin-orchestra
audience: students
language: en
---

# Comenius University Bratislava: passport renewal for international students and the mandolin orchestra

This page of Comenius University Bratislava, in Slovakia, presents the rules for international students who renew their passport during their studies and the mandolin orchestra of its cultural centre. It applies only to students of Comenius University, in its faculties in the centre of Bratislava and on its Mlynská dolina campus.

## Passport renewal

International students whose passport expires during their studies must renew it at their embassy.

| Rule | Comenius University Bratislava |
|---|---|
| when to start | 6 months before the passport expires |
| excused absence | 1 day per appointment, for one appointment a year only |
| certificate of enrolment | sent within 5 working days |
| help with the journey | none |
| new passport | reported to the foreign police within 3 working days |
| travel during the renewal | allowed within the Schengen area with the residence card |

Contact: international office, passports@uniba.sk, +421 2 9010 2210.

## Mandolin orchestra

The mandolin orchestra of the cultural centre rehearses in the music hall of the Mlynská dolina campus.

- members must be 18 or over
- the open evening takes place on Tuesday 5 October 2027
- membership costs EUR 25 a year for students
- the beginners' course has 8 sessions and costs EUR 60
- the orchestra does not lend instruments: each player brings a mandolin
- players must read music before they join
- the spring concert takes place on Saturday 10 June 2028
- players receive 2 ECTS credits

Contact: mandolin orchestra, mandolin@uniba.sk, +421 2 9010 2300.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
