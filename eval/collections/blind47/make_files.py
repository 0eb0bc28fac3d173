"""The text of every 'blind47' document; run this to rebuild corpus/ (see ../collection_tools.py).

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

PDFS["07-dodgeball-club-2027.pdf"] = {
    "title": "Esquive: the dodgeball club of UM, 2027-2028",
    "short": "Dodgeball club",
    "url": "https://www.umontpellier.fr/en/campus-life/sport/esquive-dodgeball-club-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Esquive dodgeball club",
    "pages": [
        [
            ("h1", "Esquive: the dodgeball club of UM, 2027-2028"),
            (
                "p",
                "Dodgeball is played by two teams of six on a court split in two by a centre line. Five "
                "soft foam balls lie on the centre line at the start; players rush to grab them, then "
                "try to hit an opponent below the shoulders. A player who is hit is out. A player who "
                "catches a ball thrown at them sends the thrower out and brings a team-mate back in. "
                "Esquive (French for a dodge) "
                "is the dodgeball club of the Sports Department. It plays in the gymnasium of the "
                "Triolet campus, building 47. This guide applies to 2027-2028. In 2026-2027, the club "
                "had 46 members from 17 countries.",
            ),
            ("h2", "What the club offers in 2027-2028"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery session: the rules, throwing, catching and your first sets in mixed teams", "Friday 8 October 2027, 18:00–20:00", "the gymnasium of the Triolet campus", "free"],
                    ["beginners' course: throwing hard and straight, catching, blocking with a ball and team tactics", "Wednesday, 19:00–20:30, from 13 October to 17 November 2027", "the gymnasium", "€15 for the 6 evenings"],
                    ["club training: drills, then matches with changing teams", "Monday, 19:00–21:00, from 4 October 2027", "the gymnasium", "included in the membership"],
                    ["inter-faculty cup: one evening of matches between teams of the faculties", "the last Thursday of each month from January to April 2028, 19:00–22:00", "the gymnasium", "€2 per player and evening"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "The discovery session takes 36 people and the beginners' course 24. Membership costs "
                "€20 for the academic year for students and €32 for staff and researchers, insurance "
                "and the use of the club's balls included. Register from 27 September 2027 in the "
                "\"Sport\" tile of your UM account.",
            ),
            ("h2", "Who can join?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, "
                "aged 16 or over; members under 18 need the written consent of a parent. You need no "
                "experience and no strong arm: most sets are won by catching, not by throwing. Instead "
                "of a medical certificate, every member fills in a health questionnaire in the "
                "\"Sport\" tile before the second session, and members with a shoulder or finger "
                "problem tell the coach.",
            ),
        ],
        [
            ("h2", "What to bring"),
            (
                "p",
                "Indoor sports shoes with soles that leave no marks, never the shoes you came in, sports "
                "clothes, and a water bottle. Rings, watches and earrings come off "
                "before the first throw.",
            ),
            ("h2", "Joining the competition team"),
            ("p", "To play in the club's competition team, follow these steps:"),
            (
                "num",
                [
                    "Come to at least 10 club trainings between 4 October and 13 December 2027.",
                    "Pass the throwing test by 17 January 2028: hit a target of 40 centimetres at least 6 "
                    "times out of 10 from 7 metres, then catch 8 balls out of 10 thrown by the coach.",
                    "Play the selection match on Saturday 5 February 2028 at 14:00 in the gymnasium; the "
                    "coach names the team of 10 players the same evening.",
                    "Attend the two tactics evenings, on Wednesday 23 February and Wednesday 8 March 2028, "
                    "from 19:00 to 20:30, in room 47.02.",
                    "Pay €30 in the app by 17 March 2028 for the French student dodgeball championship in "
                    "Troyes on Saturday 8 April 2028, train and youth hostel included; the train leaves "
                    "Montpellier station at 5:50.",
                ],
            ),
            ("h2", "Rules of the club"),
            (
                "bullet",
                [
                    "no throw at the head: a player hit in the head is not out, and the thrower is;",
                    "only the club's foam balls are used, never a volleyball or a football;",
                    "a player who is out leaves the court at once and waits in line by the side wall;",
                    "nobody throws after the whistle, and nobody picks up a ball from the other half.",
                ],
            ),
        ],
        [
            ("h2", "The season, stage by stage"),
            (
                "table",
                [
                    ["Stage", "When", "What happens"],
                    ["learning", "October to December 2027", "the beginners' course and club training; no matches against other clubs before January"],
                    ["the inter-faculty cup", "Thursdays 27 January, 24 February, 30 March and 27 April 2028", "one evening a month of matches between the faculties, open to every member"],
                    ["the Esquive Night", "Friday 9 June 2028, 19:00–23:30, in the gymnasium of the Triolet campus", "a night tournament in fancy dress with music, open to teams of friends"],
                ],
                (40, 50, 76),
            ),
            ("h2", "If someone is hurt"),
            (
                "p",
                "A foam ball rarely hurts, but a ball caught badly can jam a finger: hold an ice pack on it "
                "for 15 minutes and tape it to the next finger before playing again. A player hit in the "
                "eye stops playing and holds a cold compress over the closed eye; if the eye is still "
                "red or sight is blurred an hour later, go to the nurses of the Student Health Service, "
                "+33 4 67 14 72 18, or to the eye emergency department.",
            ),
            ("h2", "Credits"),
            (
                "p",
                "Students who follow the beginners' course, at least 20 club trainings and the French "
                "student championship can have it recognised as a sport unit worth 2 ECTS credits; "
                "students who follow the beginners' course and pass the throwing test, 1 ECTS credit.",
            ),
            (
                "p",
                "Contact: Esquive, Sports Department, esquive@umontpellier.fr, +33 4 67 14 52 37. "
                "Triolet campus, building 46, room 46.08; Monday and Wednesday, 12:30–14:00.",
            ),
        ],
    ],
}

PDFS["08-espadrille-workshop-2027.pdf"] = {
    "title": "Alpargate: the espadrille workshop of UM, 2027-2028",
    "short": "Espadrille workshop at UM 2027-2028",
    "url": "https://www.umontpellier.fr/en/campus-life/culture/alpargate-espadrille-workshop-2027-2028.pdf",
    "audience": "students, researchers and staff",
    "header": "University of Montpellier – Culture Department, Alpargate espadrille workshop",
    "pages": [
        [
            ("h1", "Alpargate: the espadrille workshop of UM, 2027-2028"),
            (
                "p",
                "An espadrille is a light canvas shoe on a sole of braided jute. The jute braid is coiled "
                "flat into the shape of a foot and stitched through with strong thread; a thin layer of "
                "rubber is glued underneath; then a canvas upper is sewn to the "
                "edge of the sole, stitch by stitch, with a curved needle and waxed thread. Espadrilles "
                "have been worn on both sides of the Pyrenees for centuries. Alpargate (the Catalan word for an espadrille) is the espadrille workshop "
                "of the Culture Department. It is taught by a shoemaker in the workshop of building 29, "
                "room 0.06, which has 12 workbenches, a sole press and an extractor hood. This guide "
                "applies to 2027-2028. In 2026-2027, 41 people took part.",
            ),
            ("h2", "The activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery evening: braiding jute and coiling a small coaster", "Thursday 21 October 2027 or Thursday 3 February 2028, 18:30–20:30", "the workshop, building 29, room 0.06", "€8, jute included"],
                    ["espadrille course: a pair of flat espadrilles, from the sole to the last stitch, in 5 sessions", "Tuesday, 18:00–21:00, from 9 November to 7 December 2027", "the workshop", "€62, soles, canvas and thread included"],
                    ["wedge course: a pair of espadrilles on a wedge heel with ankle ribbons, in 4 sessions", "Saturday, 9:30–12:30, from 4 to 25 March 2028", "the workshop", "€55, after the espadrille course"],
                    ["painting afternoon: painting a pattern on canvas uppers", "Saturday 13 May 2028, 14:00–17:00", "the workshop", "€15, paints included"],
                ],
                (52, 44, 44, 26),
            ),
            (
                "p",
                "Each discovery evening takes 12 people, the espadrille course 10, the wedge course 8 "
                "and the painting afternoon 12. Students with a need-based grant pay half price; staff "
                "and researchers pay €10 more per course. Register from 27 September 2027 in the "
                "\"Culture\" tile of your UM account.",
            ),
        ],
        [
            ("h2", "Who can take part?"),
            (
                "p",
                "UM students, exchange students included, doctoral candidates, researchers and staff, "
                "aged 16 or over; participants under 18 need the written consent of a parent. You need "
                "no experience. The painting afternoon is open to everyone, "
                "but the wedge course only to people who have made a pair on the espadrille course. The "
                "rubber glue gives off strong fumes: it is used only under the extractor hood, and "
                "people with asthma or who are pregnant tell the teacher when registering, so that the "
                "teacher glues their soles for them.",
            ),
            ("h2", "What to bring"),
            (
                "p",
                "An old pair of shoes that fit you well, to serve as a model, a pencil, and clothes that "
                "you do not mind getting glue on. The workshop lends the curved needles, the awls, the "
                "sailmaker's palms that push the needle through the jute, the craft knives, the aprons "
                "and the gloves, and provides the jute soles, the rubber, the canvas and the thread.",
            ),
            ("h2", "Joining the espadrille course"),
            ("p", "To join the espadrille course, follow these steps:"),
            (
                "num",
                [
                    "Stand barefoot on a sheet of paper, trace around each foot with a pencil held upright, "
                    "and measure the length of the longer tracing in centimetres.",
                    "Register in the \"Culture\" tile by 29 October 2027, giving the length of your foot, "
                    "and pay the price of the course, €62.",
                    "Choose the canvas of your uppers in the same tile by 3 November 2027: natural, navy, "
                    "red, or blue and white stripes.",
                    "Bring to the first session, on Tuesday 9 November 2027 at 18:00, your old pair of "
                    "shoes and the paper tracings of your feet.",
                    "Collect your espadrilles at the desk of the Culture Department from 14 December 2027, "
                    "once the glue of the last soles has set for 48 hours.",
                ],
            ),
        ],
        [
            ("h2", "Rules of the workshop"),
            (
                "bullet",
                [
                    "only the teacher works the sole press;",
                    "open and apply the rubber glue only under the extractor hood, and close the pot after each use;",
                    "cut with the craft knife away from your body, on the cutting mat, never on your knee;",
                    "needles and awls go back into their box at the end of every session: count them.",
                ],
            ),
            ("h2", "If someone is hurt"),
            (
                "p",
                "If an awl or a needle pricks you, wash the wound with soap and water and cover it. If "
                "the craft knife cuts you, press a clean compress on the cut for 10 minutes. Glue on the "
                "skin comes off with warm soapy water; never use a solvent. If a cut will not stop "
                "bleeding or a wound swells in the following days, go to the nurses of the Student "
                "Health Service, +33 4 67 14 72 18, or call 15.",
            ),
            ("h2", "Espadrille fair and credits"),
            (
                "p",
                "The espadrilles of the year are shown at an espadrille fair in the hall of the Student "
                "House on Thursday 1 June 2028 at 18:00. Students "
                "who follow the espadrille course and the wedge course and show their pairs at the fair "
                "can have it recognised as a cultural engagement unit worth 1 ECTS credit.",
            ),
            (
                "p",
                "Contact: Alpargate, Culture Department, alpargate@umontpellier.fr, +33 4 67 14 53 47. "
                "Triolet campus, building 29, room 0.25; Tuesday and Friday, 14:00–17:00.",
            ),
        ],
    ],
}

DOCXS["09-white-stork-nest-survey-volunteers.docx"] = {
    "title": "Cigogne: counting white stork nests around the Étang de l'Or – volunteer guide 2028",
    "url": "https://www.umontpellier.fr/en/campus-life/volunteering/cigogne-white-stork-nest-survey",
    "audience": "students, researchers and staff",
    "blocks": [
        ("title", "Cigogne: counting white stork nests around the Étang de l'Or – volunteer guide 2028"),
        (
            "p",
            "White storks build huge nests of sticks, up to 2 metres across, on trees, chimneys, electricity "
            "pylons and on the platforms that villages put up for them. Most storks spend the winter in "
            "Spain or in Africa and come back in February; a pair lays three to five eggs in March or "
            "April, and the chicks leave the nest about two months after they hatch. Storks have come back "
            "to the wet meadows and rice fields around the Étang de l'Or, east of Montpellier, and more of "
            "them nest there every year. Cigogne (French for a stork), run by the Student Life Department "
            "with an ornithologist of the Faculty of Sciences, trains volunteers to find the nests between "
            "Lansargues, Candillargues and Marsillargues, to count the adults and the chicks, and to read "
            "the coloured rings on the legs of the birds. In 2027, 26 volunteers followed 84 nests and "
            "counted 197 chicks.",
        ),
        ("h1", "Who can volunteer?"),
        (
            "p",
            "UM students, exchange students included, researchers and staff, aged 16 or over; volunteers "
            "under 18 need the written consent of a parent and always go out with an adult. You need no "
            "knowledge of birds. Volunteers commit to at least 4 nest rounds between 4 March and 17 June "
            "2028. The survey lends binoculars, telescopes on tripods, tablets with the survey app and "
            "folding stools. Two of the routes run along roads where a wheelchair can follow the whole "
            "round from the minibus.",
        ),
        ("h1", "Activities"),
        (
            "table",
            [
                ["Activity", "When", "Where", "Volunteers per session"],
                ["training evening: storks, the protocol, the app and reading rings", "Tuesday 29 February 2028, 18:00–20:00", "Triolet campus, building 6, room 6.03", "40"],
                ["nest round: visiting the nests of a route with a telescope, in teams of two", "Saturday mornings from 4 March to 17 June 2028, 8:00–12:00", "the villages around the Étang de l'Or, by minibus", "16"],
                ["ring evening: checking the ring codes of the week against the European database", "Wednesday evenings from 8 March to 21 June 2028, 18:00–19:30", "the bird laboratory, building 22", "8"],
                ["chick count: counting the chicks just before they leave the nest", "Sunday 4 and Sunday 11 June 2028, 7:30–12:30", "every nest of the survey", "24"],
                ["results evening: the stork nests of the year on a map", "Thursday 29 June 2028, 18:30–20:30", "the hall of the Student House", "80"],
            ],
        ),
        ("h1", "Going on your first nest round"),
        ("p", "To go on your first nest round, follow these steps:"),
        (
            "num",
            [
                "Sign up in the \"Student Life\" tile of your UM account, under \"Cigogne\", by 22 February 2028.",
                "Attend the training evening of 29 February 2028: nobody goes on a round without it.",
                "Book a nest round in the app by the Wednesday before at 20:00: each team has one route "
                "of 8 to 12 nests.",
                "Bring warm clothes, waterproof boots, a hat and 1 litre of water; the telescopes and "
                "the binoculars are handed out in the minibus.",
                "Meet the coordinator in front of the Student House at 7:15; the minibus is back by 12:45.",
            ],
        ),
        ("h1", "How the count works"),
        (
            "p",
            "At each nest, the team stops at least 100 metres away and watches for 10 minutes through the "
            "telescope. One volunteer watches and the other notes in the app whether the nest is "
            "occupied, how many adults stand on it or come back to it, and, from May, how many chicks "
            "raise their heads above the rim. When a stork wears a ring, the team reads its code, "
            "letters and numbers on a coloured band, and takes a photo through the telescope.",
        ),
        ("h1", "A stork, a heron or an egret?"),
        (
            "p",
            "A white stork is white with black wing feathers, a long red bill and red legs, and it flies "
            "with its neck stretched out. A grey heron is grey with a yellow bill, and flies with its neck "
            "folded back. A little egret is all white, with a black bill and yellow feet. When in doubt, "
            "take a photo: the ornithologist checks it at the ring evening.",
        ),
        ("h1", "Rules of the survey"),
        (
            "bullet",
            [
                "never go closer than 100 metres to a nest, and never stay longer than 10 minutes",
                "never stand or park under an electricity line or a pylon",
                "stay on public roads and paths, and close every gate behind you",
                "never play bird calls or fly a drone near a nest",
                "if you find an injured stork, do not touch it: call the coordinator",
            ],
        ),
        ("h1", "Credits"),
        (
            "p",
            "Students who attend the training evening, at least 6 nest rounds and the chick count can have "
            "it recognised as a student engagement unit worth 1 ECTS credit. Every volunteer receives a "
            "certificate of participation in a citizen science project.",
        ),
        ("h1", "Contact"),
        (
            "p",
            "Cigogne coordinator, Student Life Department: cigogne@umontpellier.fr, +33 4 67 14 36 52. "
            "Student House, Triolet campus, building 20, room 137; Wednesday and Friday, 9:30–12:30.",
        ),
    ],
}

TEXTS["01-axe-throwing-club.md"] = """---
title: Cognée – the axe throwing club of the Sports Department, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sport/cognee-axe-throwing-club
audience: students, researchers and staff
language: en
---

# Cognée: the axe throwing club of the Sports Department

In axe throwing, players throw a small hatchet at a wooden target of upright boards, from about 4 metres away, in a lane fenced with wire mesh. The axe turns once in the air and must stick in the board to score. The bullseye is worth 6 points and the rings around it 5 down to 1; two small blue dots near the top of the target, the killshots, are worth 8 points, but only when the thrower calls them before throwing. A game has 10 throws, and a perfect game scores 80. Cognée (French for a woodcutter's axe) is the axe throwing club of the Sports Department. It throws at an axe throwing hall of 10 lanes in the Garosud business district This page applies to the academic year 2027-2028. In 2026-2027, the club had 34 members from 12 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| open evening: the grip, the stance and your first throws | Thursday 23 September 2027, 19:00–21:00 | the axe throwing hall, Garosud | 1 | free |
| beginners' course: the one-handed throw, the two-handed throw, the distance step and calling the killshots | Monday, 18:30–20:00 | the axe throwing hall | 6, from 4 October to 15 November 2027, with no session on 1 November | €42, lanes and axes included |
| club league: games of 10 throws in pairs, and a ranking all year | Wednesday, 19:00–21:30 | the axe throwing hall | every week from 10 November 2027 | €5 per evening for 3 games |
| big axe clinic: a morning with the two-handed axe, with the coach | Saturday 29 January 2028, 10:00–12:30 | the axe throwing hall | 1 | €12 |
| "Cognée Cup": a pairs tournament open to the student clubs of the region | Sunday 21 May 2028, 9:00–18:00 | the axe throwing hall | 1 | €20 per player, lunch included |

The open evening takes 30 people, the beginners' course 20 and the club league 12 pairs; the Cognée Cup has room for 24 pairs. Registration opens on 13 September 2027 in the "Sport" tile of your UM account.

Membership costs €30 for the academic year for students and €50 for staff and researchers; it includes insurance and the use of the hall's axes. Members who want an axe of their own, of at most 750 grams and checked by the coach, pay €65 for a competition hatchet at the hall's shop with the club's discount. The card of the French axe throwing league costs €15 and is needed only to throw in the league's ranked tournaments.

## Who can join?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over: the hall does not let anyone younger throw, even with the consent of a parent. You need no experience and no particular strength: a good throw comes from the wrist. Wheelchair users throw seated, from the same line. Instead of a medical certificate, every member fills in a health questionnaire in the "Sport" tile, and tells the coach about any problem with the shoulder, the elbow or the wrist.

## How to throw at the regional student tournament

The club sends three pairs and one reserve pair to the regional student axe throwing tournament, at a hall in Montauban on Saturday 15 April 2028. To be picked, follow these steps:

1. Throw at least 10 league evenings between 10 November 2027 and 16 February 2028.
2. Reach an average of 45 points a game over your last 12 league games by 1 March 2028.
3. Take the card of the French axe throwing league through the club, for €15, by 8 March 2028.
4. Throw the selection games, 5 games of 10 throws, on Saturday 18 March 2028 at 10:00; the coach picks the pairs and the reserves the same day.
5. Pay €14 for the minibus in the club's app by 5 April 2028, and be in front of the Sports Department at 6:45 on the day of the tournament.

## Rules of the lanes

- closed shoes only: no sandals, no open heels, no bare feet
- only one thrower in a lane at a time, and nobody steps past the throwing line until both axes have stuck or fallen
- never pull an axe from the target while someone in your lane is holding one; pull it with a rocking movement, never by yanking
- never catch a falling axe: step back and let it drop
- axes are carried by the head, blade down, and never leave the lanes
- no alcohol before or during a session

## Credits

Students who follow the beginners' course, throw at least 18 league evenings in the year and help to run the Cognée Cup can have it recognised as a sport unit worth 1 ECTS credit.

## FAQ

My axe keeps bouncing off the target. What am I doing wrong? Usually the distance: if the axe hits handle first, take half a step back; if it hits with the top of the blade, take half a step forward.

## Contact

Cognée, Sports Department: cognee@umontpellier.fr, +33 4 67 14 52 19. Triolet campus, building 46, room 46.10; Tuesday and Friday, 12:30–14:00.
"""

TEXTS["02-faq-damp-and-mould-international-students.html"] = html_page(
    "Damp and mould at home: FAQ for international students",
    "Why mould appears, what to do yourself, what the Healthy Home Desk lends and writes, the steps when the landlord does nothing, health, residences and host families.",
    "https://www.umontpellier.fr/en/international/damp-and-mould-faq",
    "/fr/international/humidite-et-moisissures-faq",
    """    <h1>Damp and mould at home: FAQ for international students</h1>
    <p>Winters in Montpellier are mild but damp, and many older flats have single glazing, cold outside walls and little ventilation. Water from showers, cooking and laundry drying indoors settles on the coldest surfaces, and within weeks black spots of mould appear in the corners of the bathroom, behind wardrobes and around window frames. The Healthy Home Desk of the International Relations Department helps international degree and exchange students who find damp or mould in their home, who do not know what to ask of their landlord, or who are worried about their health. This FAQ applies to 2027-2028. In 2026-2027, the desk helped 64 international students.</p>

    <h2>Why does mould grow in my flat?</h2>
    <p>Most mould comes from condensation: warm, moist air meets a cold wall or window and turns back into water. A family of two produces several litres of water vapour a day by breathing, cooking and showering. Mould can also come from a leak, from a roof or a gutter, or from damp rising through the walls of a ground-floor flat; those are the landlord's job to repair.</p>

    <h2>What can I do myself?</h2>
    <p>Open the windows wide for 10 minutes every morning, even in winter, and after every shower. Keep every room at 18 °C or more: a room heated only now and then stays cold and damp. Never block an air vent, put lids on pans, dry laundry outside or in a room with the window ajar, and keep furniture 5 centimetres away from the outside walls. Wipe the water off the windows every morning. A patch of mould smaller than a sheet of A4 paper can be washed off with soapy water and dried with a cloth, wearing gloves and a mask; never mix bleach with vinegar or any other product.</p>

    <h2>What can the desk do for me?</h2>
    <table>
      <thead>
        <tr><th>What</th><th>Details</th></tr>
      </thead>
      <tbody>
        <tr><td>meeting</td><td>a meeting of 30 minutes with an adviser, in French or English, within 3 working days, booked in the "International" tile of your UM account</td></tr>
        <tr><td>hygrometer</td><td>a small device that measures the humidity of the air, lent for 2 weeks, free of charge</td></tr>
        <tr><td>dehumidifier</td><td>an electric dehumidifier lent for 4 weeks against a deposit of €50, returned when you bring it back</td></tr>
        <tr><td>cleaning kit</td><td>gloves, a mask and sponges, free of charge, one kit per student</td></tr>
        <tr><td>letters</td><td>a letter in French to your landlord or your agency asking for repairs, written with you, and a second letter if there is no answer</td></tr>
      </tbody>
    </table>

    <h2>The mould keeps coming back and my landlord does nothing. What do I do?</h2>
    <p>When damp or mould comes back after you have aired and cleaned, proceed as follows:</p>
    <ol>
      <li>Photograph every patch of mould with the date, and note the humidity shown by the hygrometer every morning for 1 week.</li>
      <li>Bring the photos and the notes to the desk, with your lease, and prepare the letter to your landlord with an adviser.</li>
      <li>Send the letter by registered post with acknowledgement of receipt; the desk pays the postage for international students.</li>
      <li>If the landlord has not answered or started the repairs within 3 weeks, come back to the desk, which sends the second letter and asks the housing inspectors of the City of Montpellier to visit.</li>
      <li>Keep paying your rent in full the whole time: a tenant who stops paying can lose the flat, even when the landlord is in the wrong.</li>
    </ol>

    <h2>Can mould make me ill?</h2>
    <p>It can. Mould spores can make you cough, give you a runny or blocked nose or itchy eyes, and make asthma worse. Air the room and sleep away from a mouldy wall if you can. If a cough lasts more than 3 weeks, or if your asthma gets worse since you moved in, see the lung specialist of the Student Health Service, and tell them about the mould.</p>

    <h2>I live in a residence of the regional student services. Is it different?</h2>
    <p>Yes. Report the mould on the repair form of your residence and keep the number of the request; the residence sends a technician within 10 working days. If the room is not treated within 1 month, the residence offers you another room in the same residence or in another one, at the same rent. The desk can follow up the request with the residence if nothing happens.</p>

    <h2>Is it the same for exchange students?</h2>
    <p>Yes: the help is the same. Exchange students who live with a host family first talk to the family, then to the desk, which can look for another family with the exchange coordinator.</p>

    <h2>Can I buy a dehumidifier myself?</h2>
    <p>You can, but try the desk's one first: a small dehumidifier uses about as much electricity as a fridge, and it treats the symptoms, not the cause.</p>

    <h2>Whom do I contact?</h2>
    <p>Healthy Home Desk, International Relations Department: healthy-home@umontpellier.fr, +33 4 67 14 27 63. Triolet campus, building 1, room 1.23; Tuesday and Friday, 9:30–12:30.</p>
""",
    [
        "<a href=\"/en/international/arriving-in-montpellier\">Arriving in Montpellier</a>",
        "<a href=\"/en/students/housing\">Housing for students</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The International Relations Department is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-damp-and-mould-international-students.meta.yaml"] = sidecar(
    "Damp and mould at home: FAQ for international students",
    "https://www.umontpellier.fr/en/international/damp-and-mould-faq",
    "international students",
)

TEXTS["03-international-students-as-festival-stewards-2028.md"] = """---
title: International students as stewards at the summer music festival of Sommières, July 2028
url: https://www.umontpellier.fr/en/international/campus-life/festival-stewards
audience: international students
language: en
---

# International students as stewards at the summer music festival of Sommières

Every July, the festival "Écho des Garrigues" fills the meadows below the old town of Sommières, on the river between Montpellier and Nîmes, with three stages, a campsite and about 9,000 visitors a day. Since 2025, an agreement between the University of Montpellier and the association that runs the festival offers international students paid jobs during the festival: as stewards at the entrances and in front of the stages, at the bars, in the recycling team and at the information desk. The Festival Jobs Unit of the Student Life Department recruits and prepares the students. This page applies to the festival of 2028, from Thursday 13 July to Sunday 23 July 2028. In 2027, 31 students worked 268 shifts.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.20 gross an hour, paid on the 10th of August; hours after midnight are paid 25% more, 14 July is paid double, and students who stay until the last day of the festival receive a bonus of €150 |
| shifts | one shift a day of at most 8 hours, with a break of 30 minutes; at most 6 shifts in a row, then a day off; at most 44 hours a week |
| transport | a free shuttle bus from the Triolet campus to the festival on Monday 10 July 2028 at 16:00, and back on Tuesday 25 July 2028 at 10:00 |
| lodging | a place for your tent at the staff campsite, with showers and lockers, free; tents are lent to students who have none |
| meals | two free meals a day at the staff canteen, on working days and days off |
| equipment | two staff T-shirts, a rain poncho, a torch and professional earplugs, lent for the festival |
| training | half a day of safety training on crowds, fire and first aid, paid like 4 hours of work |
| concerts | on each day off, a pass for the evening concerts |
| languages | students who work at the information desk in English, Spanish or Italian earn €0.60 more an hour |

Contracts are fixed-term seasonal contracts signed with the association that runs the festival, which is your employer; UM is not.

## Who can apply?

International students enrolled at UM in 2027-2028, aged 18 or over, whose residence permit allows them to work in France. Exchange students can apply if they stay in France until at least 25 July 2028. You must be free for the whole festival, from 10 to 25 July 2028. Stewards and the recycling team need no French; the bars need a level of French of at least A2, and the information desk B1. Festivals are loud and long: you will stand for most of your shift, in the sun or at night.

## How to join the festival

An information meeting takes place on Tuesday 4 April 2028 at 12:30 in lecture theatre B of building 5. To join the festival, follow these steps:

1. Apply in the "Student Life" tile of your UM account by 28 April 2028, with a CV in French or English, the languages you speak and the job you would like.
2. Come to a group interview at the Student House on Tuesday 16 or Wednesday 17 May 2028, at 14:00: a short role play at an entrance gate, in English or in French.
3. Receive the answer by Friday 26 May 2028, and confirm your place in the "Student Life" tile by Friday 2 June 2028.
4. Sign your contract with the association by Friday 23 June 2028, with a copy of your residence permit, your bank details and your social security number.
5. Take the shuttle on Monday 10 July 2028 at 16:00, attend the safety training on the morning of Tuesday 11 July and the set-up day on Wednesday 12 July; your first shift starts on Thursday 13 July 2028 at 14:00.

## Rules at the festival

- wear your staff T-shirt and your wristband for the whole shift, and never lend the wristband to anyone
- no alcohol during a shift, and none at the staff campsite before your shift
- never let anyone in without a wristband, and call the head steward rather than argue
- wear your earplugs in front of the stages, and drink water every hour
- a lost child is taken to the information desk, never out of the festival

## FAQ

I do not like crowds. Can I still work at the festival? Yes: in the recycling team, which works in the early morning and away from the stages, or at the staff campsite.

## Contact

Festival Jobs Unit, Student Life Department: festival-jobs@umontpellier.fr, +33 4 67 14 36 74. Student House, Triolet campus, building 20, room 131; Monday and Wednesday, 9:30–12:30.
"""

TEXTS["04-faq-yo-yo-and-kendama-association.html"] = html_page(
    "Bilboquet, the yo-yo and kendama association: FAQ",
    "Bilboquet: the discovery afternoon, the trick workshops, the open practice, the Bilboquet Jam and the French student contest.",
    "https://www.umontpellier.fr/en/campus-life/student-house/yo-yo-and-kendama-association-faq",
    "/fr/vie-des-campus/maison-des-etudiants/association-yo-yo-et-bilboquet-faq",
    """    <h1>Bilboquet, the yo-yo and kendama association: FAQ</h1>
    <p>A yo-yo is far more than a toy. Modern yo-yos spin on a ball bearing: thrown down, they keep spinning at the end of the string for a minute or more, long enough for the player to wrap the string into shapes and catch the yo-yo on it. A kendama, from Japan, is a wooden handle with a spike and three cups, tied by a string to a ball with a hole; players swing the ball onto a cup or onto the spike, over and over, in sequences of tricks. Bilboquet (the French cup-and-ball game, the kendama's cousin) is the yo-yo and kendama association of the Student House. It plays in the games hall of the Student House, building 20, room 012, which has a high ceiling and a soft floor. This FAQ applies to the academic year 2027-2028. In 2026-2027, the association had 38 members from 16 countries.</p>

    <h2>What does Bilboquet offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery afternoon: the first throw, the sleeper, your first catches on the big cup, and the association's trick levels</td><td>Wednesday 6 October 2027, 14:00–17:00</td><td>the games hall of the Student House</td><td>free, yo-yos and kendamas lent</td></tr>
        <tr><td>trick workshops: binds, slacks and the trapeze on the yo-yo, the lighthouse and the airplane on the kendama, in 6 sessions</td><td>Tuesday, 18:00–19:30, from 12 October 2027</td><td>the games hall</td><td>€12</td></tr>
        <tr><td>open practice: everyone plays, the experienced members help the beginners</td><td>Monday and Thursday, 18:00–21:00</td><td>the games hall</td><td>included in the membership</td></tr>
        <tr><td>the "Bilboquet Jam": a trick contest for the students of the region, with a yo-yo and a kendama category</td><td>Saturday 25 March 2028, 13:00–19:00</td><td>the hall of the Student House</td><td>€5 per player, snacks included</td></tr>
      </tbody>
    </table>
    <p>Membership costs €8 for the academic year for students and €15 for staff and researchers; it includes insurance and the use of the association's yo-yos and kendamas in the games hall. The discovery afternoon takes 30 people, the trick workshops 14 and each open practice 25; the Bilboquet Jam has room for 60 players.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over; members under 18 need the written consent of a parent. You need no experience and no particular skill: the association's 10 trick levels start with a single throw. No medical certificate is needed.</p>

    <h2>Do I need my own yo-yo or kendama?</h2>
    <p>Not at first: the association's yo-yos and kendamas stay in the games hall for every member. To practise at home, the association sells a beginner's yo-yo that comes back to the hand on its own at €9, a bearing yo-yo for string tricks at €18, a kendama at €14 and packs of 10 strings at €3 at its desk. A yo-yo string wears out after a few hours of play: change it as soon as it looks frayed.</p>

    <h2>How do I play in the French student contest?</h2>
    <p>The association sends four players, two on the yo-yo and two on the kendama, to the French student yo-yo and kendama contest in Castres on Saturday 20 May 2028. To play in it, follow these steps:</p>
    <ol>
      <li>Reach level 5 of the association's trick list, checked by two members of the board, by 15 February 2028.</li>
      <li>Prepare a freestyle of 1 minute to music, and play it at the selection evening on Thursday 9 March 2028 at 19:00, where the board chooses the four players.</li>
      <li>Play in the Bilboquet Jam on 25 March 2028, in your category.</li>
      <li>Send the music of your freestyle as an audio file to the president by 21 April 2028.</li>
      <li>Pay €20 in the association's app by 28 April 2028; the association pays the train to Castres, the entry fee and the night at the youth hostel.</li>
    </ol>

    <h2>What are the rules in the games hall?</h2>
    <ul>
      <li>keep 2 metres between you and the next player, and never play a looping trick towards a person;</li>
      <li>play only on the players' side of the yellow line: the other side is for walking;</li>
      <li>check your string before you play, and change it at once if it is frayed;</li>
      <li>never throw a kendama ball or let it fly off its string: hold the ball when you walk;</li>
      <li>the association's yo-yos and kendamas go back into their crates at the end of the evening.</li>
    </ul>

    <h2>Can I get hurt playing?</h2>
    <p>Rarely, but a string that runs fast round a finger can burn the skin, and a yo-yo or a kendama ball that comes back too fast can hit the face. Cool a string burn under cold water for 10 minutes; many players wear a thin glove on the throwing hand, which the association sells at €3. If a yo-yo hits you near the eye and the eye still hurts an hour later, see the doctors of the Student Health Service, +33 4 67 14 72 25.</p>

    <h2>Does the association count towards my degree?</h2>
    <p>Yes. Students who come to at least 20 open practices in the year and help to run the Bilboquet Jam can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Bilboquet, Student House: bilboquet@asso.umontpellier.fr, +33 4 67 14 35 71. Triolet campus, building 20, room 214; Thursday, 12:30–14:00.</p>
""",
    [
        "<a href=\"/en/students/student-house\">Student House</a>",
        "<a href=\"/en/students/associations\">Student associations</a>",
        "<a href=\"/en/international/directory\">Directory of international services</a>",
    ],
    "The Student House is closed from 24 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-yo-yo-and-kendama-association.meta.yaml"] = sidecar(
    "Bilboquet, the yo-yo and kendama association: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/yo-yo-and-kendama-association-faq",
    "students, researchers and staff",
)

TEXTS["05-handbell-ensemble.txt"] = """VOLÉE: THE HANDBELL ENSEMBLE - 2027-2028
University of Montpellier - Culture Department

A handbell is a small bronze bell with a leather or plastic handle and a clapper inside that swings one way only. Handbell ensembles play sets of tuned bells laid out on tables covered with foam pads: a set of three octaves has 37 bells. Each ringer looks after two neighbouring notes, one bell in each hand, for example C and D and their sharps, and rings them with a circular movement of the arm at the moment they appear in the music; together, ten or twelve ringers play a whole piece, like one instrument with many hands. To stop a note, the ringer presses the bell against the shoulder: that is damping. Volée (as in a peal of bells rung "à toute volée") is the handbell ensemble of the Culture Department. It is led by an organist who rang for ten years in a handbell choir in Boston, and it rehearses in the music room of building 29, room 0.16, with a set of 37 bells and 25 handchimes. In 2026-2027 the ensemble had 17 members from 10 countries. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The ensemble has six activities:

open rehearsal: your first notes in a whole piece, bells and gloves lent for the evening, on Tuesday 28 September 2027 from 18:00 to 19:30
beginners' class: ringing, damping, reading your own two notes and counting, 8 sessions on Tuesdays from 18:00 to 19:30, from 5 October to 23 November 2027
ensemble rehearsal: the whole ensemble plays together, on Thursdays from 19:00 to 21:00, from 7 October 2027, with no rehearsal on 11 November
Christmas concert: carols from many countries, on Tuesday 14 December 2027 at 19:00, in the hall of the Student House
techniques workshop: the shake, the martellato on the pads and the thumb damp, on Saturday 22 January 2028 from 14:00 to 17:00
summer concert: on Friday 16 June 2028 at 20:00, in the auditorium of the Student House

MEMBERSHIP, CLASSES AND GLOVES

Membership costs EUR 12 for the academic year for students and EUR 20 for staff and researchers; it includes insurance and the rehearsals. The beginners' class costs EUR 16 for the eight sessions; students with a need-based grant pay half price. The beginners' class takes 12 ringers and the ensemble 15.

The bells belong to the ensemble and never leave the music room. Bronze tarnishes where a finger has touched it, so every ringer wears white cotton gloves: gloves are lent at the open rehearsal, and after that each member buys a pair of their own, EUR 4 at the desk of the Culture Department.

You need no musical experience. You will learn to read music, but only as much as you need: each ringer marks their own two notes on the score with a coloured pencil and counts the beats. The leader records every piece, note by note, for the ensemble's app, so that you can count along at home.

Members must be 16 or over; members under 18 need the written consent of a parent.

HOW DO I PLAY AT THE HANDBELL FESTIVAL?

The ensemble plays at a festival of handbell ensembles in Rodez on Saturday 18 and Sunday 19 March 2028. To go:

1. Be a member and come to at least 12 ensemble rehearsals between October 2027 and February 2028.
2. Own a pair of white cotton gloves.
3. Pass the reading test with the leader by 24 February 2028: ring your two notes in a short piece you have never seen, in time, after five minutes of reading.
4. Learn the 4 pieces of the festival from the recordings in the ensemble's app, and play them at the dress rehearsal on Saturday 4 March 2028 from 10:00 to 13:00.
5. Pay EUR 25 in the app by 6 March 2028 for the coach and the youth hostel; the coach leaves the Student House at 7:30 on 18 March.

RULES OF THE MUSIC ROOM

Wear your gloves whenever you touch a bell, and hold a bell only by its handle. Put a bell down only on the foam pads, never on a bare table or on the floor. Never let two bells knock together: a dent changes the note for good. Take off rings, bracelets and watches before the rehearsal, since they scratch the bronze. No food and no drinks near the tables. At the end of the rehearsal, every bell goes back into its place in the cases, and a case is carried by two people. The room closes at 21:15.

PAIN IN THE WRIST OR THE SHOULDER

Ringing uses the wrist and the shoulder more than it seems. Warm up for 5 minutes before each rehearsal, and ring with the whole arm, not with a flick of the wrist. A ringer whose wrist or shoulder still hurts the day after a rehearsal tells the leader, who gives them lighter bells for a while.

CREDITS

Students who follow the beginners' class, come to at least 20 ensemble rehearsals in the year and play at the summer concert can have it recognised as a cultural engagement unit worth 1 ECTS credit.

CONTACT

Volée, Culture Department
E-mail: volee@umontpellier.fr
Phone: +33 4 67 14 53 63
Triolet campus, building 29, room 0.22. Thursday, 12:30-14:00.
"""

TEXTS["05-handbell-ensemble.meta.yaml"] = sidecar(
    "Volée, the handbell ensemble 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/culture/volee-handbell-ensemble",
    "students, researchers and staff",
)

TEXTS["06-international-egg-drop-contest-2028.md"] = """---
title: Coquille – the international egg drop contest, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-life/coquille-international-egg-drop-contest
audience: students
language: en
valid_until: 2028-06-30
---

# Coquille: the international egg drop contest

Drop a raw egg from the third floor and it breaks. Wrap it in a capsule of straws, paper and rubber bands, and it can land without a crack, if the capsule spreads the shock of the landing over a few hundredths of a second instead of one. Coquille (French for an eggshell) is the international egg drop contest of the Student Life Department: mixed teams of international and French students design the lightest capsule that keeps a raw egg whole from 10 metres, then from 20 metres, in front of a jury with a mechanical engineer. The Student Projects Unit of the Student Life Department runs the contest. This page applies to the edition of 2027-2028. In 2026-2027, 29 teams from 21 countries took part.

## What the contest involves

| Item | Details |
|---|---|
| teams | 2 to 4 UM students, with at least one international student; exchange students and doctoral candidates included |
| design workshops | 2 workshops of 2 hours with a mechanical engineer of the Faculty of Sciences, on absorbing shocks, drag and testing |
| materials | a kit per team: 30 paper straws, 10 sheets of A4 paper, 2 metres of masking tape, 20 rubber bands and 1 metre of string; only the kit may be used |
| capsule | at most 150 grams without the egg, fitting in a box of 25 centimetres each way; the egg must go in and come out in less than 30 seconds |
| eggs | raw hen's eggs of medium size, given out by the Unit on the day, never brought by the teams |
| qualifying | one drop from the third-floor walkway of building 5, 10 metres high; the 12 lightest capsules whose egg has no crack go to the final |
| final | one drop from a lifting platform at 20 metres; the lightest capsule whose egg has no crack wins |
| prizes | €250 for the winning team, €120 for the second and €60 for the third; a design prize of €80 chosen by the jury, and an "Omelette prize" of €30 for the most spectacular landing |

Taking part is free. Students who take part in both workshops, the qualifying day and, for the finalists, the final can have it recognised as a student engagement unit worth 1 ECTS credit. Students with a disability can ask for arrangements when registering.

## Dates

| Step | Date |
|---|---|
| registration opens | Tuesday 18 January 2028 |
| registration closes | Wednesday 16 February 2028 |
| design workshops | Wednesday 23 February and Wednesday 8 March 2028, 18:00–20:00, room 5.02 of building 5 |
| kits available | from Wednesday 1 March 2028 |
| drawing of the capsule due | Wednesday 15 March 2028, 12:00 |
| qualifying day | Thursday 23 March 2028, 14:00–17:00, at building 5 |
| final | Saturday 8 April 2028, 14:00–18:00, in the car park of building 5; prizes at 18:30 |

## How to enter

To take part in the contest, follow these steps:

1. Form a team of 2 to 4 students with at least one international student and register it in the "Student Life" tile of your UM account by 16 February 2028, naming a captain.
2. Send at least 1 member of the team to each of the two design workshops, on 23 February and 8 March 2028.
3. Collect your kit at the desk of the Unit from 1 March 2028, and upload a drawing of your capsule with its weight in the tile by 15 March 2028 at noon.
4. Bring your capsule to the qualifying day on 23 March 2028; the Unit announces the 12 finalists by Monday 27 March 2028.
5. On the day of the final, be in the car park by 13:15 with your capsule: the jury weighs every capsule again between 13:30 and 13:50.

## Rules of the capsule

- only the materials of the kit: no bubble wrap, no foam, no cotton wool, no glue and no balloons
- a parachute is allowed if it is made from the kit's paper and string
- a capsule may not be changed after it has been weighed on the day of the final
- an egg with the smallest crack counts as broken
- only the Unit's staff drop the capsules, and everyone stays outside the drop zone marked on the ground

## FAQ

Can we practise at home with our own eggs? Yes, as much as you like, but on the qualifying day and at the final only the Unit's eggs are used.

What if our capsule is ruined before the final? Each team can collect a second kit at the desk of the Unit, once, until 31 March 2028.

## Contact

Student Projects Unit, Student Life Department: coquille@umontpellier.fr, +33 4 67 14 36 81. Student House, Triolet campus, building 20, room 122; Tuesday to Friday, 10:00–12:30.
"""

TEXTS["10-mistletoe-survey-volunteers.md"] = """---
title: Druide – counting mistletoe in the trees, winter 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/druide-mistletoe-survey
audience: students, researchers and staff
language: en
---

# Druide: counting mistletoe in the trees

Mistletoe is a shrub that grows on other trees. Its sticky white berries are eaten by thrushes and blackcaps, which wipe the seeds off their bills onto a branch; the seed sends a root into the wood and, years later, a round evergreen ball of mistletoe hangs from the tree. Mistletoe takes water and minerals from its host but makes its own sugar, so a few balls do a tree little harm. In the south of France, it grows on poplars, apple trees, lime trees and pines, and foresters want to know whether it is spreading in the pine woods that suffer from drought. Druide (French for a druid, who cut mistletoe with a golden sickle, or so the story goes), run by the Student Life Department with a forest ecologist of the Faculty of Sciences, trains volunteers to count the mistletoe on the trees of 8 sites every winter: 4 parks of Montpellier and 4 pine woods and old orchards near Murles and Montarnaud. In the winter of 2026-2027, 21 volunteers checked 3,412 trees.

## Activities

| Activity | When | Where | Places | Price |
|---|---|---|---|---|
| introductory talk: mistletoe, its birds and the protocol | Tuesday 30 November 2027, 18:30–20:00 | the hall of the Student House | 50 | free |
| field training: recognising the trees in winter and counting with binoculars, in a park | Saturday 4 December 2027, 9:30–12:30 | a park of Montpellier | 16 | free |
| count walks: counting the mistletoe along a route | Wednesday and Saturday mornings, from 5 January to 26 February 2028, 8:30–12:30 | the 8 sites, by minibus | 12 | free |
| winter bird walk: the birds that eat mistletoe berries, with an ornithologist | Sunday 16 January 2028, 9:00–12:00 | the pine woods near Murles | 15 | €2, for the pocket guide you keep |
| results evening: the mistletoe of the winter | Tuesday 21 March 2028, 18:30–20:30 | the hall of the Student House | 50 | free |

Each route is walked by a team of two volunteers, with a coordinator who drives the minibus and moves between the sites.

## Who can volunteer?

UM students, exchange students included, researchers and staff, aged 16 or over; volunteers under 18 need the written consent of a parent. You need no knowledge of trees. Volunteers commit to at least 4 count walks between 5 January and 26 February 2028.

## How to join

To join the count walks, follow these steps:

1. Come to the introductory talk of 30 November, or watch its recording in the "Student Life" tile of your UM account.
2. Sign up in the same tile, under "Druide", by 1 December 2027, saying which mornings you are free.
3. Attend the field training of 4 December 2027.
4. Book your count walks in the app at least 2 days before, by 18:00: each route takes 2 volunteers.
5. On your first walk, meet the coordinator in front of the Student House at 8:00 and collect the binoculars, the tablet, the tree key and the orange vest.

## How the count works

Each route is 1 kilometre long. For every tree taller than 5 metres within 20 metres of the path, one volunteer names the tree with the tree key and counts the balls of mistletoe with binoculars, and the other notes in the app the kind of tree and the number of balls, in four classes: none, 1 to 5, 6 to 20, more than 20.

## What to bring

Warm clothes, gloves, walking shoes, a hot drink in a flask and a snack.

## Rules of the survey

- never cut, pick or pull down mistletoe, not even a sprig for New Year
- never climb a tree or shake a branch
- the berries are poisonous: never eat them, and wash your hands after touching them
- the pine woods are hunting grounds: wear the orange vest lent by the survey and never leave the path
- orchards are private land: close every gate behind you

## Credits and certificate

Every volunteer receives a certificate of participation in a citizen science project. Students who attend the introductory talk, the field training and at least 6 count walks can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Why count in winter? Because the poplars, apple trees and lime trees have lost their leaves, and the evergreen balls of mistletoe can be seen from far away. In the pines, look for balls of a lighter, yellowish green than the needles.

Does mistletoe kill the trees? Rarely. A tree covered in mistletoe loses more water, and in a very dry summer a pine with more than 20 balls can die: that is what the survey measures.

## Contact

Druide coordinator, Student Life Department: druide@umontpellier.fr, +33 4 67 14 36 58. Student House, Triolet campus, building 20, room 144; Tuesday and Thursday, 14:00–17:00.
"""

TEXTS["11-free-time-and-home-help-directory.md"] = """---
title: Directory of sport, culture, volunteering, festival job and home help services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/free-time-and-home-help-directory
audience: all
language: en
---

# Directory of sport, culture, volunteering, festival job and home help services

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, a summer job and their home: axe throwing, damp and mould, the festival jobs in Sommières, the yo-yo and the kendama, handbells, the international egg drop contest, dodgeball, espadrille making, the white stork survey and the mistletoe survey. Write to the service first: each service answers e-mails within 3 working days.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Cognée, Sports Department | the axe throwing club, the beginners' course, the club league and the Cognée Cup | cognee@umontpellier.fr | +33 4 67 14 52 19 | Triolet campus, building 46, room 46.10 | Tuesday and Friday, 12:30–14:00 |
| Healthy Home Desk, International Relations Department | damp and mould in the homes of international students, the hygrometers, the dehumidifiers and the letters to landlords | healthy-home@umontpellier.fr | +33 4 67 14 27 63 | Triolet campus, building 1, room 1.23 | Tuesday and Friday, 9:30–12:30 |
| Festival Jobs Unit, Student Life Department | the festival jobs of the agreement with the summer music festival of Sommières, the applications, the group interviews and the contracts | festival-jobs@umontpellier.fr | +33 4 67 14 36 74 | Student House, Triolet campus, building 20, room 131 | Monday and Wednesday, 9:30–12:30 |
| Bilboquet, Student House | the yo-yo and kendama association, the trick workshops, the open practice and the Bilboquet Jam | bilboquet@asso.umontpellier.fr | +33 4 67 14 35 71 | Student House, Triolet campus, building 20, room 214 | Thursday, 12:30–14:00 |
| Volée, Culture Department | the handbell ensemble, the beginners' class, the concerts and the handbell festival | volee@umontpellier.fr | +33 4 67 14 53 63 | Triolet campus, building 29, room 0.22 | Thursday, 12:30–14:00 |
| Student Projects Unit, Student Life Department | the international egg drop contest, its design workshops, the qualifying day and the final | coquille@umontpellier.fr | +33 4 67 14 36 81 | Student House, Triolet campus, building 20, room 122 | Tuesday to Friday, 10:00–12:30 |
| Esquive, Sports Department | the dodgeball club, the beginners' course, the competition team and the Esquive Night | esquive@umontpellier.fr | +33 4 67 14 52 37 | Triolet campus, building 46, room 46.08 | Monday and Wednesday, 12:30–14:00 |
| Alpargate, Culture Department | the espadrille courses, the discovery evenings and the espadrille fair | alpargate@umontpellier.fr | +33 4 67 14 53 47 | Triolet campus, building 29, room 0.25 | Tuesday and Friday, 14:00–17:00 |
| Cigogne coordinator, Student Life Department | the white stork survey, the nest rounds, the ring evenings and the chick count | cigogne@umontpellier.fr | +33 4 67 14 36 52 | Student House, Triolet campus, building 20, room 137 | Wednesday and Friday, 9:30–12:30 |
| Druide coordinator, Student Life Department | the mistletoe survey, the field training, the count walks and the winter bird walk | druide@umontpellier.fr | +33 4 67 14 36 58 | Student House, Triolet campus, building 20, room 144 | Tuesday and Thursday, 14:00–17:00 |

## Useful to know

Breathing: the lung specialist of the Student Health Service sees students and staff free of charge, by appointment, for a consultation of 40 minutes with a breathing test. It is meant for anyone with asthma, with a cough that lasts more than 3 weeks, or who gets out of breath easily. Do not use your reliever inhaler in the 4 hours before the test, and bring all your inhalers and the list of your medicines. Book by e-mail or phone: lungs@umontpellier.fr, +33 4 67 14 71 46.

Volunteers of Cigogne who use a wheelchair travel to the nest rounds in the adapted minibus of the Disability Support Service, which has a lift. Book it by writing to the service at least 2 weeks before the round: disability-support@umontpellier.fr, +33 4 67 14 71 49, Triolet campus, building 8, room 025; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Health: the nurses of the Student Health Service see students without an appointment: +33 4 67 14 72 18, Triolet campus, building 3, room 014; Monday to Friday, 8:30–17:30. The doctors of the same service see students by appointment, free of charge, for sprains, small wounds, eye injuries and coughs: +33 4 67 14 72 25.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the exchange coordinator of their department, not the services above.

In an emergency, call 15 for a medical emergency, 17 for the police, 18 for a fire, or 112; people who are deaf or hard of hearing can send a text message to 114.
"""

TEXTS["31-egg-drop-challenge-2024.txt"] = """EGG DROP CHALLENGE - 2023-2024
University of Montpellier - International Induction Office

This page applies to the academic year 2023-2024. In the egg drop challenge, new international students protect a raw egg with straws, tape and paper, and drop it from the first-floor balcony of the Student House, in front of a jury.

WHO CAN TAKE PART

International students in their first year at UM only, each on their own: there are no teams. French students, exchange students and doctoral candidates cannot take part.

WHAT THE CHALLENGE INVOLVES

No workshop and no drawing: each student receives on the day 10 straws, 50 centimetres of tape and one sheet of paper, and has 15 minutes to build a capsule around a raw egg. The capsules are dropped from the first-floor balcony of the Student House, 4 metres high. One afternoon only, on Wednesday 13 March 2024 from 14:00 to 17:00. Every student whose egg survives goes into a prize draw for one prize, a voucher of EUR 25. The challenge gives no credits. Each student pays an entry fee of EUR 1.

HOW TO REGISTER

Register by e-mail to the International Induction Office by 1 March 2024. Places are given in the order of the e-mails received, up to 40 students.

1. Write to the International Induction Office with your name, programme and country.
2. Pay the entry fee of EUR 1 at the office by 8 March 2024.
3. Come to the hall of the Student House by 13:45 on the day; the jury hands out the materials at 14:00.

The prize draw takes place at the end of the afternoon, and every student receives a tote bag of the university.

CONTACT

International Induction Office
E-mail: egg-drop@umontpellier.fr
Phone: +33 4 67 14 27 58
Triolet campus, building 1, room 1.35. Wednesday, 14:00-17:00.
"""

TEXTS["31-egg-drop-challenge-2024.meta.yaml"] = sidecar(
    "Egg drop challenge, 2023-2024 (expired, superseded by the 2027-2028 international egg drop contest)",
    "https://www.umontpellier.fr/en/campus-life/student-life/egg-drop-challenge-2024",
    "international students",
    "2024-06-30",
)

TEXTS["40-goettingen-axe-throwing-club-and-kendama-club.md"] = """---
title: University of Göttingen – the axe throwing club and the yo-yo and kendama club
url: https://www.uni-goettingen.de/en/student-life/axe-throwing-and-kendama
audience: students and staff
language: en
---

# University of Göttingen: the axe throwing club and the yo-yo and kendama club

This page of the University of Göttingen, in Germany, presents two clubs of its university sports and student associations: the axe throwing club and the yo-yo and kendama club. It applies only to students and staff of the University of Göttingen, in Lower Saxony, on the river Leine. Prices are in euros.

## Axe throwing club

The axe throwing club throws at an axe throwing hall in the city, at a student rate.

| Rule | University of Göttingen |
|---|---|
| age | open from 16 years old, with the written consent of a parent under 18 |
| beginners' course | 4 sessions, €30 |
| membership | €40 a year for students |
| league evenings | Thursday |
| own axe | not allowed: members throw only the hall's axes |
| medical certificate | required to join |
| Leine Cup | Saturday 6 May 2028, €25 per player |
| credits | 2 ECTS credits |

Contact: axe throwing club, axe-throwing@uni-goettingen.de, +49 551 39 24410.

## Yo-yo and kendama club

The yo-yo and kendama club meets in the foyer of the central lecture hall building, in the evenings.

- the club is open from 18 years old only
- the discovery afternoon takes place on Wednesday 13 October 2027
- membership costs €10 a year for students
- the trick workshops cost €20 for 8 sessions
- the club lends each member a yo-yo and a kendama for the whole year
- open practice takes place on Tuesday and Friday
- the Göttingen Throw Down takes place on Saturday 22 April 2028, at €8 per player
- regular players receive 2 ECTS credits

Contact: yo-yo and kendama club, kendama@uni-goettingen.de, +49 551 39 24420.
"""

TEXTS["41-jyvaskyla-damp-home-support-and-handbell-choir.md"] = """---
title: University of Jyväskylä – help for international students with damp and mould at home, and the handbell choir
url: https://www.jyu.fi/en/student-life/international/damp-homes-and-handbells
audience: students
language: en
---

# University of Jyväskylä: help for international students with damp and mould at home, and the handbell choir

This page of the University of Jyväskylä, in Finland, presents the help that its international office gives international students who find damp or mould in their home, and the handbell choir of its student union. It applies only to students of the University of Jyväskylä, in Central Finland, by the lake Jyväsjärvi. Prices are in euros.

## Damp and mould at home

International students deal with their landlords themselves; the international office gives them advice.

| Rule | University of Jyväskylä |
|---|---|
| meeting with a housing adviser | within 7 working days |
| hygrometer | not lent |
| dehumidifier | lent for 2 weeks against a deposit of €80 |
| letter to the landlord | not provided: students write their own |
| waiting time before contacting the city's housing inspectors | 2 months |
| rent while the repairs are waited for | may be paid into a blocked account |
| technician in student housing | within 20 working days |

Contact: international office, housing-help@jyu.fi, +358 40 805 3310.

## Handbell choir

The handbell choir of the student union rehearses in a hall of the student union building.

- members must be 18 or over
- the open rehearsal takes place on Wednesday 29 September 2027
- membership costs €20 a year for students
- the beginners' class has 10 sessions and costs €35
- the choir gives every member a pair of gloves free of charge
- members need at least one year of musical experience and must read music
- the Christmas concert takes place on Thursday 9 December 2027
- the spring concert takes place on Saturday 27 May 2028
- members receive 3 ECTS credits

Contact: handbell choir, handbells@jyu.fi, +358 40 805 3320.
"""

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
