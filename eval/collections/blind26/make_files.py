"""The text of every 'blind26' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-jazz-big-band-and-jam-sessions-2027.pdf": {
        "title": "Le Lez Big Band and the jazz jam sessions, 2027-2028",
        "short": "Jazz at UM 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/jazz-big-band-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Le Lez Big Band and the jam sessions",
        "pages": [
            [
                ("h1", "Le Lez Big Band and the jazz jam sessions, 2027-2028"),
                (
                    "p",
                    "Jazz was born in New Orleans more than a century ago, out of the blues and ragtime, and it has "
                    "been reinvented in every decade since. Le Lez Big "
                    "Band, named after the river of Montpellier, is the jazz orchestra of UM students and staff, "
                    "conducted by a jazz teacher of the Montpellier conservatoire; the jam sessions are open to "
                    "every musician. This guide applies from 1 September 2027 to 31 August 2028. In 2026-2027, the "
                    "band played 9 concerts and the jam sessions welcomed 310 musicians.",
                ),
                ("h2", "What is on in 2027-2028"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["big band rehearsals: swing, Latin jazz and funk, 17 musicians", "Wednesday, 19:30–22:00, from 13 October 2027", "the music room of the Culture Department, Triolet campus, building 7, room 7.12", "free, after an audition"],
                        ["jam sessions with a house rhythm section", "last Thursday of each month, 20:30–23:30, from 28 October 2027", "the cafeteria of the Student House", "free, open to everyone"],
                        ["improvisation workshop: scales, chords and trading fours", "Monday, 18:30–20:30, 8 sessions from 8 November 2027", "the music room, room 7.12", "€40"],
                        ["jazz singing day: phrasing, scat and singing in front of a band", "Saturday 5 February 2028, 10:00–17:00", "the music room, room 7.12", "€20"],
                    ],
                    (50, 46, 42, 28),
                ),
                (
                    "p",
                    "The improvisation workshop takes 12 musicians and the singing day 10. Students with a "
                    "need-based grant pay half price. Register for the workshop and the singing day in the "
                    "\"Culture\" tile of your UM account, from 18 October 2027.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff. Big band "
                    "musicians must read music; musicians who play by ear are welcome at the jam sessions and the "
                    "workshops. The jam sessions are also open to musicians from outside UM aged 16 or over.",
                ),
            ],
            [
                ("h2", "Joining the big band"),
                (
                    "p",
                    "The big band has 17 musicians: 5 saxophones, 4 trumpets, 4 trombones and a rhythm section of "
                    "piano, guitar, double bass and drums. Places become free each year when members graduate: in "
                    "2027-2028, the band is looking for 2 trumpets, 1 trombone, 1 baritone saxophone and a double "
                    "bass. Auditions take place from 4 to 6 October 2027, from 18:00 to 21:00, in room 7.12. To join "
                    "the band, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Book an audition slot in the \"Culture\" tile of your UM account by 1 October 2027.",
                        "Download the audition pack from the same tile: a swing tune and its backing track.",
                        "At the audition, play the tune of the pack, then either improvise on its chords or play a "
                        "short passage that you have never seen before.",
                        "If you are selected, come to a trial rehearsal on Wednesday 13 October 2027; the conductor "
                        "confirms your place after it.",
                        "Sign the band charter: you come to at least 80% of the rehearsals and to every concert.",
                    ],
                ),
                ("h2", "Rules of the jam sessions"),
                (
                    "p",
                    "A jam session only works if everybody gets to play, so the sessions follow a few rules:",
                ),
                (
                    "bullet",
                    [
                        "write your name and your instrument on the list at the door: the host calls musicians in "
                        "that order;",
                        "play at most 2 tunes in a row, then leave the stage to the next musicians;",
                        "the house provides the drum kit, the bass and guitar amplifiers and the piano: bring only "
                        "your instrument, your cymbals and your sticks;",
                        "choose tunes that most musicians know, and count the tempo in clearly;",
                        "behind a soloist, play quietly, and applaud every solo.",
                    ],
                ),
            ],
            [
                ("h2", "Concerts"),
                (
                    "p",
                    "The big band plays at the welcome week, at the Student Festival on Friday 21 April 2028 at "
                    "21:00 on the Esplanade, and at its spring concert on Saturday 20 May 2028 "
                    "at 20:30 in the Rabelais hall, with a guest soloist. Tickets for the spring concert cost €8, "
                    "and €4 for students.",
                ),
                ("h2", "Borrowing an instrument"),
                (
                    "p",
                    "The Culture Department lends a few instruments to members of the band and of the workshop, "
                    "for the year, against a deposit:",
                ),
                (
                    "table",
                    [
                        ["Instrument", "How many", "Deposit", "Whom to ask"],
                        ["tenor or baritone saxophone", "2 tenors and 1 baritone", "€150, paid back when the instrument comes back intact", "the instrument store of the Culture Department"],
                        ["trumpet or trombone", "2 trumpets and 2 trombones", "€100, paid back in the same way", "the instrument store"],
                        ["double bass", "1, which stays in room 7.12", "no deposit, but it may not leave the music room", "the conductor of the big band"],
                    ],
                    (42, 40, 48, 36),
                ),
                (
                    "p",
                    "Instrument store of the Culture Department: +33 4 65 82 53 19. Triolet campus, building 7, "
                    "room 7.02; Tuesday, 16:00–18:00.",
                ),
                ("h2", "Credits and certificate"),
                (
                    "p",
                    "Students who play in the big band for the whole year, with at least 80% of the rehearsals and every concert, can "
                    "have it recognised as a cultural engagement unit worth 2 ECTS credits.",
                ),
                (
                    "p",
                    "Contact: Le Lez Big Band, Culture Department, bigband@umontpellier.fr, +33 4 65 82 53 62. "
                    "Triolet campus, building 7, room 7.10; Monday and Wednesday, 14:00–17:00.",
                ),
            ],
        ],
    },
    "08-horse-riding-club-2027.pdf": {
        "title": "Crins du Sud: the UM horse riding club 2027-2028",
        "short": "Crins du Sud riding club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/crins-du-sud-riding-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the Crins du Sud riding club",
        "pages": [
            [
                ("h1", "Crins du Sud: the UM horse riding club 2027-2028"),
                (
                    "p",
                    "In the Camargue, an hour from Montpellier, small grey horses have lived half-wild among the "
                    "marshes for centuries, and the herdsmen still ride them to work with the black bulls. Riding "
                    "asks for balance and calm more than strength, and a horse notices a nervous rider long before "
                    "the rider does. Crins du Sud is the riding club of UM students and staff, based in the Student "
                    "House. Its members ride at the Mas des Aigrettes equestrian centre in Lattes, 8 kilometres south "
                    "of the Triolet campus, with the instructors of the centre. This guide applies to the academic "
                    "year 2027-2028. In 2026-2027, the club had 72 members from 21 countries.",
                ),
                ("h2", "What the club offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["beginners' lessons: walk, trot and first canter, 10 lessons", "Tuesday, 18:00–19:00, from 12 October 2027", "the Mas des Aigrettes equestrian centre, Lattes", "€180 for the 10 lessons"],
                        ["lessons by level, after the beginners' lessons", "Wednesday, 14:00–19:00, one hour per group", "the equestrian centre", "€19 per lesson"],
                        ["stable afternoon: grooming, feeding and caring for hooves", "first Sunday of each month, 14:00–17:00", "the equestrian centre", "free for members"],
                        ["a day's ride in the Camargue, among the ponds and the bulls", "Saturday 23 October 2027 and Saturday 13 May 2028, 9:00–18:00", "a ranch of the Camargue, by coach from the Student House", "€85, lunch included"],
                        ["Trophée des Facs: show jumping and dressage between universities", "Sunday 2 April 2028, 9:00–17:00", "the equestrian centre", "€25 per rider, free for spectators"],
                    ],
                    (50, 44, 44, 28),
                ),
                (
                    "p",
                    "Membership costs €25 for the academic year for students and €40 for staff and researchers. "
                    "Every rider also needs the licence of the French Equestrian Federation, €37 for the year, which "
                    "includes insurance; the club orders it for you. Each lesson takes 8 riders; the Camargue rides "
                    "take 14, on horses used to beginners.",
                ),
                ("h2", "Who can ride?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 "
                    "or over. You need no experience. The club lends riding helmets and body protectors. Wear long "
                    "trousers, and boots or shoes with a small heel: never trainers, which can slide through the "
                    "stirrup. Riders with a disability ride in adapted lessons on Saturday mornings, with an "
                    "instructor of the centre trained for them.",
                ),
            ],
            [
                ("h2", "Getting to the equestrian centre"),
                (
                    "p",
                    "A club minibus with 9 seats leaves the Student House at 17:15 on Tuesdays and at 13:30 on "
                    "Wednesdays, and brings riders back after the last lesson. Riders who come by tram get off at "
                    "the terminus of line 3, a 15-minute walk from the centre.",
                ),
                ("h2", "How to start"),
                (
                    "p",
                    "The beginners' lessons start from zero. To join them, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Join the club in the \"Student House\" tile of your UM account, under \"Crins du Sud\", and "
                        "pay the membership.",
                        "Pay the €37 of the federation licence in the same tile; the club sends you the licence by "
                        "e-mail within a week.",
                        "Register for the beginners' lessons from 27 September 2027; the 8 places of each group are "
                        "given in order of registration.",
                        "Book your seat in the minibus each week, by Monday 20:00, in the same tile.",
                        "Come 20 minutes early to your first lesson, to choose a helmet and meet your horse with the "
                        "instructor.",
                    ],
                ),
                ("h2", "Rules at the equestrian centre"),
                (
                    "bullet",
                    [
                        "wear a helmet with its strap fastened whenever you are on a horse, even at a walk;",
                        "pass behind a horse only at a good distance, or with a hand on its rump so that it knows "
                        "you are there;",
                        "never feed a horse without the instructor's permission: bread and sugar make horses ill;",
                        "no smoking in the stables or near the hay;",
                        "tell the instructor before the lesson if you are tired, injured or afraid.",
                    ],
                ),
                ("h2", "Cancellations and credits"),
                (
                    "p",
                    "A lesson cancelled at least 48 hours ahead is moved to another week; a lesson missed without "
                    "warning is lost. When a storm or a strong wind is forecast, the centre cancels the lessons and "
                    "gives them again later in the year. Students who take at least 20 lessons and help to run the "
                    "Trophée des Facs can have it recognised as a student engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Crins du Sud, Student House, crinsdusud@asso.umontpellier.fr, +33 4 65 82 34 58. "
                    "Triolet campus, building 20, room 126; Tuesday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-woodworking-workshop.docx": {
        "title": "Wood and hand tools: the woodworking workshop Atelier Copeaux of the Culture Department – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/woodworking-workshop",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Wood and hand tools: the woodworking workshop Atelier Copeaux of the Culture Department – guide 2027-2028"),
            (
                "p",
                "Before plastic and steel, almost everything people used was made of wood: houses and boats, tools "
                "and bowls, chairs and toys. In the woodworking workshop of the Triolet campus, a cabinetmaker of "
                "the Culture Department teaches students and staff to saw, plane, join and finish wood, mostly with "
                "hand tools. You carve a spoon in an afternoon and build a stool in a few weeks. The wood comes from "
                "local trees: olive, walnut, and the plane trees felled in the parks of the city. In 2026-2027, 110 "
                "people made 240 pieces in the workshop.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The workshop is open to UM students, researchers and staff; it is not open to the public. "
                "Participants must be 18 or over, because the workshop has a band saw and a lathe. The cabinetmaker "
                "explains in French and in English. Students with a need-based grant pay 40% less for every course.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["spoon carving afternoon: a spoon with a knife and a gouge", "first Saturday of each month, 14:00–17:30, from October to June", "the woodworking workshop, Triolet campus, building 35, room 35.01", "€12, wood included"],
                    ["a three-legged stool in oak, in 5 sessions", "5 Thursdays from 4 November to 2 December 2027, 18:00–21:00", "the woodworking workshop, room 35.01", "€60, wood included"],
                    ["a chopping board in walnut, in one day", "Saturday 29 January 2028, 9:30–16:30", "the woodworking workshop, room 35.01", "€25, wood included"],
                    ["bringing an old piece of furniture back to life: stripping, sanding and oiling, in 4 sessions", "4 Tuesdays from 7 to 28 March 2028, 18:00–21:00", "the woodworking workshop, room 35.01", "€30; bring your own piece"],
                    ["open workshop for those who have followed a course", "every Wednesday, 14:00–18:00", "the woodworking workshop, room 35.01", "€4 per afternoon; wood at cost"],
                ],
            ),
            (
                "p",
                "The spoon carving afternoons take 10 people, each course 8, and the open workshop 6. Register for "
                "the afternoons and the courses in the \"Culture\" tile of your UM account; book the open workshop "
                "at the desk of the workshop.",
            ),
            ("h1", "Preparing a course"),
            (
                "p",
                "Tools, safety glasses and ear defenders are lent. To book a course and come prepared, follow these "
                "steps:",
            ),
            (
                "num",
                [
                    "Register for the course in the \"Culture\" tile of your UM account and pay within 7 days, by "
                    "bank card or with your Izly account.",
                    "For the furniture course, send a photo and the measurements of your piece to the workshop at "
                    "least 2 weeks before the first session: pieces wider than 1.2 metres do not fit through the "
                    "door.",
                    "Come in closed shoes and in clothes without loose sleeves; aprons are lent.",
                    "At the first session, take the 30-minute safety tour of the workshop with the cabinetmaker "
                    "before you touch a tool.",
                    "Collect your piece at the desk 3 days after the last session, once the oil has dried.",
                ],
            ),
            ("h1", "Taking your work home"),
            (
                "p",
                "Your pieces are yours. Finished wood without bark travels well in a suitcase. Some countries, such "
                "as Australia and New Zealand, check wooden objects at the border: declare your piece when you "
                "arrive, and keep the note from the workshop that names the wood and the finish; the desk prints it "
                "for free.",
            ),
            ("h1", "Rules in the workshop"),
            (
                "bullet",
                [
                    "wear safety glasses at every machine, and ear defenders at the band saw;",
                    "never use the band saw or the lathe unless the cabinetmaker is in the room;",
                    "no gloves, scarves or loose hair near the lathe;",
                    "carry chisels and gouges with the blade down, and put them back in the rack after use;",
                    "put shavings and sawdust in the sack by the door, and sweep your bench before you leave.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Atelier Copeaux, Culture Department: copeaux@umontpellier.fr, +33 4 65 82 53 27. Triolet campus, "
                "building 35, room 35.01; Tuesday and Wednesday, 13:30–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-fencing-club.md"] = """---
title: La Riposte – the fencing club of the Student House, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/la-riposte-fencing
audience: students, researchers and staff
language: en
---

# La Riposte: the fencing club of the Student House

Fencing grew out of the duel, but it has been a sport for well over a century: it was on the programme of the first modern Olympic Games in 1896. Fencers use one of three weapons, each with its own rules: the foil, light and flexible, which scores only on the trunk; the épée, heavier, which scores on the whole body; and the sabre, which cuts as well as thrusts, above the waist. Touches are recorded by an electric scoring box, through a wire that runs inside the fencer's sleeve. "La Riposte" is the fencing club of UM students and staff, coached by a master-at-arms of the University Sports Service in the fencing hall of the Triolet campus. This page applies to the academic year 2027-2028. In 2026-2027, the club had 48 members from 14 countries.

## Activities

| Activity | When | Where | Sessions | Price |
|---|---|---|---|---|
| discovery evening: try the three weapons | Wednesday 6 October 2027, 18:00–20:00 | the fencing hall, Triolet campus, building 41, room 41.02 | 1 | free |
| foil for beginners | Monday, 18:00–19:30 | the fencing hall, room 41.02 | 20, from 11 October 2027 | €45 |
| épée bouts for fencers with a year of practice | Thursday, 19:00–21:00 | the fencing hall, room 41.02 | every week from 14 October 2027 | included in the membership |
| sabre mornings | first Saturday of each month, 10:00–12:30 | the fencing hall, room 41.02 | 8, from 6 November 2027 | €24 |
| refereeing course: rules, hand signals and the scoring box | Tuesday, 18:30–20:30 | Triolet campus, building 41, room 41.05 | 4, from 8 February 2028 | €10 |

The foil course takes 14 people, the sabre mornings 10 and the refereeing course 12. Staff and researchers pay €15 more per course; students with a need-based grant pay half price. Registration for the autumn courses opens on 27 September 2027, and for the refereeing course on 10 January 2028, in the "Student House" tile of your UM account.

Membership costs €35 for the academic year for students and €60 for staff and researchers; it includes the licence of the French Fencing Federation and its insurance. The club lends the jacket, the mask, the glove, the underarm protector and the weapons. Bring indoor sports shoes with clean soles, long trousers or leggings, and a water bottle.

## Who can take part?

UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over. You need no experience. To train, you fill in a health questionnaire; to fence in a competition, you need a medical certificate of fitness for fencing that is less than 6 months old. Left-handed fencers are welcome, and the club lends left-handed grips. Fencers who use a wheelchair fence from a frame fixed to the floor, on Thursday evenings.

## How to start fencing bouts

Beginners fence their first bouts after a few weeks of footwork. To get there, follow these steps:

1. Come to the discovery evening, or to a free trial session on any Monday in October.
2. Join the club in the "Student House" tile of your UM account, under "La Riposte", and fill in the health questionnaire.
3. Follow at least 6 sessions of the foil course, until the master-at-arms has checked your lunge, your parries and your salute.
4. Pass the white blazon, the first grade of French fencing, held on the last Monday of each month: it shows that you can move, attack and defend safely.
5. Borrow a body wire, plug it into the scoring box and fence your first bouts to 5 touches, with a club referee.

## Rules in the fencing hall

- never point a weapon at someone without a mask, not even in jest
- put your mask on before you step onto the piste, and take it off only after the bout
- salute your opponent and the referee before and after each bout, and shake hands with your unarmed hand
- stop at once if a blade breaks, and hand the broken blade to the master-at-arms
- no jewellery and no watch on the piste; tie long hair so that it stays inside the mask

## Tournament and credits

On Saturday 25 March 2028, the club holds the "Tournoi des Trois Armes" in the fencing hall: teams of three, a foilist, an épéeist and a sabreur, come from the universities of the region; 24 teams can enter, at €9 per team. Students who fence at least 25 sessions in the year and referee at the tournament can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Does it hurt? A touch feels like a firm poke. Beginners get a few bruises on the arms in the first weeks; the jacket and the underarm protector stop the blade.

I wear glasses. Can I fence? Yes: sports glasses or contact lenses fit under the mask; ordinary glasses tend to fog up.

## Contact

La Riposte, Student House: lariposte@asso.umontpellier.fr, +33 4 65 82 34 71. Triolet campus, building 20, room 124; Monday and Thursday, 12:30–14:00.
"""

TEXTS["02-faq-language-of-instruction-certificate.html"] = html_page(
    "Certificate of the language of instruction: FAQ",
    "Certificates stating that a UM programme or its modules were taught and assessed in English or in French: kinds, delays, requests and copies.",
    "https://www.umontpellier.fr/en/international/certificate-language-of-instruction-faq",
    "/fr/international/attestation-langue-enseignement-faq",
    """    <h1>Certificate of the language of instruction: FAQ</h1>
    <p>Universities abroad, employers and professional bodies often ask applicants to prove the language in which they studied, and many of them accept a certificate from the university instead of the result of a language test. The International Relations Department of the University of Montpellier issues such a certificate, the "certificate of the language of instruction", known in English-speaking countries as a medium of instruction letter. It states in which language your programme, or some of its modules, was taught and assessed. This FAQ applies from 1 September 2027. In 2026-2027, the department issued 1,240 certificates, most of them for master's applications in the United Kingdom, Canada, Germany and the Netherlands.</p>

    <h2>Which certificates can I ask for?</h2>
    <table>
      <thead>
        <tr><th>Certificate</th><th>What it states</th><th>Delay</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>programme certificate</td><td>that the whole programme was taught and assessed in English</td><td>5 working days</td><td>free</td></tr>
        <tr><td>module certificate</td><td>the list of the modules taught and assessed in English, with their ECTS credits</td><td>10 working days</td><td>free</td></tr>
        <tr><td>certificate of teaching in French</td><td>that the programme was taught and assessed in French, for applications in French-speaking countries</td><td>5 working days</td><td>free</td></tr>
        <tr><td>certificate in a sealed envelope</td><td>any of the above, posted by UM directly to a university abroad</td><td>10 working days</td><td>€12 for the postage</td></tr>
      </tbody>
    </table>
    <p>A programme certificate needs at least 75% of the ECTS credits of your programme taught and assessed in English; below that, you receive a module certificate. Certificates are issued in English; the certificate of teaching in French is issued in French and in English.</p>

    <h2>Who can ask for one?</h2>
    <p>Current UM students, and graduates who obtained their diploma from 2015 onwards. Exchange students who followed modules taught in English at UM can ask for a module certificate for those modules. For diplomas obtained before 2015, the archives do not record the language of teaching: the department can only certify the modules that a teacher of the time confirms in writing.</p>

    <h2>How do I ask for a certificate?</h2>
    <p>Requests are made online only; the desk does not take requests by e-mail. Proceed as follows:</p>
    <ol>
      <li>Log in to the "International" tile of your UM account and open "Certificate of the language of instruction"; graduates without an account fill in the graduates' form on the website of the International Relations Department, with a copy of their diploma.</li>
      <li>Choose the kind of certificate, and upload the page of the application guide of the university abroad if it asks for a particular wording.</li>
      <li>Wait for the director of your programme to confirm the language of each module; the department then prepares the certificate.</li>
      <li>Download the certificate as a PDF with an electronic seal and a QR code, which the university abroad can scan to check it.</li>
      <li>For a sealed envelope, give the postal address of the university abroad and pay the €12 in the same tile.</li>
    </ol>

    <h2>Does the certificate replace an English test?</h2>
    <p>It depends on the university or the employer that asks for it. Many accept it instead of an IELTS or TOEFL score, but some ask for a test whatever language you studied in, and UM cannot promise that your certificate will be accepted. Check the language requirements of the university you apply to before you ask.</p>

    <h2>Does the certificate give my level of English?</h2>
    <p>No. It states the language in which you were taught and assessed, not your own level in that language; it never gives a level such as B2 or C1.</p>

    <h2>How many copies can I get?</h2>
    <p>The PDF can be printed and sent as often as you need. You can also collect up to 3 stamped paper copies at the desk for free; each further paper copy costs €2.</p>

    <h2>Can I get it in another language?</h2>
    <p>No. The department issues certificates only in English and in French. If a university asks for another language, a sworn translation is at your expense.</p>

    <h2>Whom do I contact?</h2>
    <p>Certificates desk, International Relations Department: instruction-certificates@umontpellier.fr, +33 4 65 81 27 46. Triolet campus, building 1, room 1.21; Monday, Tuesday and Thursday, 9:30–12:00.</p>
""",
    [
        '<a href="/en/international/outgoing">Studying abroad</a>',
        '<a href="/en/international/graduates">International graduates</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The International Relations Department is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-language-of-instruction-certificate.meta.yaml"] = sidecar(
    "Certificate of the language of instruction: FAQ",
    "https://www.umontpellier.fr/en/international/certificate-language-of-instruction-faq",
    "students and graduates",
)

TEXTS["03-student-volunteer-firefighters.md"] = """---
title: Student volunteer firefighters – the agreement between UM and the fire and rescue service of the Hérault, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/student-volunteer-firefighters
audience: students
language: en
---

# Student volunteer firefighters: studying and serving with the fire and rescue service of the Hérault

In France, four firefighters out of five are volunteers: they train, then go out on calls, alongside their jobs or their studies. Most calls are not fires: about 80% are for people who are ill or hurt at home, in the street or on the road. Since 2021, an agreement between the University of Montpellier and the fire and rescue service of the Hérault, the SDIS 34, has helped students to serve as volunteer firefighters without failing their studies. The Student Life Department gives the "student volunteer firefighter" status to students who hold a commitment with the fire service. This page applies to the academic year 2027-2028. In 2026-2027, 62 UM students were volunteer firefighters in 19 fire stations of the Hérault.

## What the status gives

| Arrangement | What it means |
|---|---|
| timetable | first choice of tutorial and practical groups, to keep two free evenings or one free day a week for on-call duty |
| absences | up to 10 half-days a year for training or a call, excused on a certificate from your fire station |
| exams | you are never on call during your exam sessions; a student called out just before an exam sits a make-up exam within 3 weeks |
| credits | 3 ECTS credits a year, as a student engagement unit, for at least 150 hours of on-call duty or training |
| on-call allowance | paid by the fire service, not by UM: from €8.20 an hour of call-out, tax-free |

On-call duty is done from home or from the fire station, depending on the station: when the alert sounds on your phone, you have 7 minutes to reach the station. Students who live further away do their on-call duty in the station itself.

## Who can apply?

UM students aged 17 or over, with the consent of a parent under 18, in any year and any programme, who pass the medical check-up and the physical tests of the fire service. Exchange students can apply if they stay in Montpellier for at least a full academic year and have a B2 level in French, since training, radio messages and calls are in French. Nationality does not matter, but students from outside the European Union need a residence permit that covers the first year of their commitment.

## Training

The initial training lasts 24 days, spread over your first 2 years, on weekends and during the holidays, at the training centre of the fire service in Vailhauquès. It starts with first aid and the rescue of people, then moves on to fires and to protecting property. A new volunteer goes out on rescue calls once the first-aid module is passed, after about 5 weeks, and on fires only after the fire module.

## How to apply

Information meetings take place on Wednesday 6 October and Tuesday 12 October 2027, at 12:30, in room 110 of the Student House. To become a student volunteer firefighter, follow these steps:

1. Apply on the website of the SDIS 34 with a CV and a cover letter, and tick "student of the University of Montpellier".
2. Pass the medical check-up with a doctor of the fire service, and the physical tests: a shuttle run, push-ups and a 50-metre swim.
3. Sign your commitment with the fire service, for 5 years, renewable.
4. Upload a copy of your commitment in the "Student Life" tile of your UM account by 15 November 2027, to receive the student volunteer firefighter status for the year.
5. Give your timetable to the head of your fire station, and enter your on-call availability in the fire service's app before the 20th of each month for the following month.

## Rules of the agreement

- tell your teachers of an absence for a call within 48 hours, and upload the certificate of your fire station in the same tile
- never leave an exam room because the alert sounds: your exam comes first
- practical work that cannot be made up, such as clinical placements and field trips, comes before on-call duty
- the status is renewed each year: upload your record of on-call hours by 30 June 2028
- wear your uniform only on duty, never at lectures

## FAQ

Do I need to be very sporty? You need to be in good health and to pass the physical tests; the fire service helps you prepare, and its sports sessions are free for volunteers.

Can I take a break if my studies get too heavy? Yes. You can suspend your commitment for up to a year, for example for your final year or a semester abroad, by writing to your fire station.

Will my first call be a fire? Hardly ever: most first calls are for people who have fallen, fainted or been hurt on the road, and you always go with experienced firefighters.

## Contact

Student volunteer firefighters desk, Student Life Department: student-firefighters@umontpellier.fr, +33 4 65 82 36 92. Student House, Triolet campus, building 20, room 108; Wednesday and Friday, 10:00–12:00.
"""

TEXTS["04-faq-caving-club.html"] = html_page(
    "Aven, the caving club: FAQ",
    "Aven: the discovery outing, rope technique evenings, cave mapping, the Larzac weekend and the cave clean-up day.",
    "https://www.umontpellier.fr/en/campus-life/student-house/caving-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-speleologie-faq",
    """    <h1>Aven, the caving club: FAQ</h1>
    <p>North of Montpellier, the limestone plateaus of the Causses and the hills of the Séranne and the Hortus are full of holes: over millions of years, water has dug caves, galleries and deep shafts into the rock. In the south of France, such a shaft is called an "aven". "Aven" is the caving club of the Student House. With two state-qualified instructors, its members explore caves on foot and on ropes, map them, and help to keep them clean. You do not need to be an athlete, but you need to be at ease in the dark and to accept getting muddy. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 38 members from 15 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>discovery outing: a cave with walking passages and no ropes</td><td>Sunday 17 October 2027, 8:00–17:00</td><td>a cave of the Hortus, by minibus from the Student House</td><td>€15, equipment included</td></tr>
        <tr><td>rope technique evenings: going up and down a rope safely</td><td>Tuesday, 19:00–21:00, from 2 November 2027</td><td>the gymnasium of the Triolet campus, building 41, room 41.08</td><td>included in the membership</td></tr>
        <tr><td>cave mapping day: measuring a gallery and drawing its map</td><td>Saturday 22 January 2028, 10:00–16:00</td><td>Triolet campus, building 22, room 22.13</td><td>€5</td></tr>
        <tr><td>caving weekend on the Larzac plateau</td><td>Saturday 4 and Sunday 5 March 2028</td><td>a gîte of the Larzac, by minibus</td><td>€55, meals and lodging included</td></tr>
        <tr><td>cave clean-up day with the regional caving committee</td><td>Sunday 30 April 2028, 8:00–18:00</td><td>a cave of the Séranne</td><td>free</td></tr>
      </tbody>
    </table>
    <p>Membership costs €30 for the academic year for students and €50 for staff and researchers, the insurance of the French Caving Federation included. The discovery outing takes 12 people and the Larzac weekend 16; underground, each group of 4 beginners goes with one instructor.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over. You must be able to walk uphill for an hour with a bag. No medical certificate is needed: you sign a health declaration when you join.</p>

    <h2>What do I need to bring?</h2>
    <p>The club lends the helmet with its headlamp, the harness, the overalls and the rope equipment. Bring rubber boots, warm clothes that can get dirty (wool or fleece, not cotton, which stays cold once wet), a change of clothes for the minibus, a snack and 1 litre of water. The caves of the region stay at about 13 degrees all year round.</p>

    <h2>How do I sign up for an outing?</h2>
    <p>Outings are for members only, except the discovery outing. To take part, proceed as follows:</p>
    <ol>
      <li>Join the club in the "Student House" tile of your UM account, under "Aven", and sign the health declaration.</li>
      <li>Register for the outing on the club's online calendar by the Wednesday before, at 20:00.</li>
      <li>For an outing on ropes, come to at least 3 rope technique evenings first, until an instructor signs your rope card.</li>
      <li>Come to the equipment check on the Friday before the outing, at 18:00, in the club room, to try on your harness and helmet.</li>
      <li>On the day, be in front of the Student House at 7:45: the minibus leaves at 8:00 sharp.</li>
    </ol>

    <h2>What are the rules underground?</h2>
    <p>Caves are fragile and can be dangerous, so the club has four rules:</p>
    <ul>
      <li>before each outing, the team leaves its route and the time it will come out with a member who stays on the surface;</li>
      <li>never touch stalactites and other formations: the grease of a fingerprint stops their growth for good;</li>
      <li>carry out everything you bring in, food wrappers and used batteries included;</li>
      <li>keep quiet and keep your light away from the bats; from November to March, the caves where bats spend the winter are closed.</li>
    </ul>

    <h2>What happens if it rains?</h2>
    <p>Some caves of the region flood within an hour of a storm. If rain is forecast on the day, the outing is cancelled or moved to a cave that does not flood; the club tells you by e-mail by 20:00 the day before.</p>

    <h2>I'm a bit claustrophobic. Can I still try?</h2>
    <p>Yes. The cave of the discovery outing has wide, high galleries and no narrow passage, and you can turn back at any time with an instructor.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who take part in at least 6 outings and in the cave clean-up day can have it recognised as a student engagement unit worth 1 ECTS credit.</p>

    <h2>Whom do I contact?</h2>
    <p>Aven, Student House: aven@asso.umontpellier.fr, +33 4 65 82 34 86. Triolet campus, building 20, room 214; Tuesday, 17:30–19:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-caving-club.meta.yaml"] = sidecar(
    "Aven, the caving club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/caving-club-faq",
    "students, researchers and staff",
)

TEXTS["05-skateboarding-club.txt"] = """RAMPE SUD: THE SKATEBOARDING CLUB - 2027-2028
University of Montpellier - Student House

Skateboarding was born on the pavements of California in the 1950s, when surfers put wheels under small boards for the days without waves, and it became an Olympic sport at the Tokyo Games. Rampe Sud is the skateboarding association of UM students and staff. It has a practice area behind the Student House, with a flat area, two boxes and a mini-ramp, and reserved hours at the municipal skatepark of Grammont. Beginners learn to stand, push, turn and stop before they try their first tricks. Nobody needs to be young or fearless: several members started after the age of 30. In 2026-2027, the association had 54 members. This guide applies from 1 September 2027 to 31 August 2028.

WHAT YOU CAN DO

The association has six activities, each led by an experienced member:

beginners' sessions: standing, pushing, turning and stopping on flat ground, on Tuesdays from 18:00 to 19:30
women's sessions, for women of every level, on Thursdays from 18:00 to 19:30
mini-ramp sessions at the practice area, on Saturdays from 10:00 to 12:30
the skatepark of Grammont, reserved for the association on Sundays from 9:00 to 11:00
board workshop: assembling a board, cleaning the bearings, changing the grip tape, on the first Wednesday of each month from 18:30 to 20:00
longboard rides on the cycle paths along the Lez, on the last Sunday of each month from 10:00 to 12:00

All sessions start at the practice area, except the skatepark and the rides. The association does not skate in the rain: wet boards slip, and water spoils the wood and the bearings.

THE MEETINGS

The association meets on the second Monday of each month, from 12:30 to 13:30, in room 020 of the Student House, from 11 October 2027 to 12 June 2028.

MEMBERSHIP AND EQUIPMENT

Membership costs EUR 15 for the academic year for students and EUR 25 for staff and researchers; it includes insurance. The association lends 12 complete boards, helmets, wrist guards, and knee and elbow pads. Twice a year, in October and in March, members can buy a complete board through the association's group order, at EUR 55.

HOW DO I JOIN?

1. Come to a beginners' session on a Tuesday in October: your first two sessions are free.
2. Register in the "Student House" tile of your UM account, under "Rampe Sud", and pay the membership.
3. Sign the safety charter at your first session as a member.
4. Skate at least 5 beginners' sessions before you go on the mini-ramp; the session leader ticks them on your card.
5. To skate at Grammont, show your membership card to the session leader at the gate.

SAFETY

A helmet is compulsory for everyone on the mini-ramp and at the skatepark, whatever their level, and wrist guards are compulsory for beginners. Falling is part of learning: beginners first learn how to fall, on the grass, rolling onto their side. The first-aid kit is in the box at the entrance of the practice area.

RULES AT THE PRACTICE AREA

Wait your turn at the top of the ramp and call "dropping" before you go. Never sit or leave a board on the ramp. No skating at the practice area after 21:00, for the neighbours. Headphones in one ear at most. No glass bottles.

BEST TRICK CONTEST

On Saturday 6 May 2028, from 14:00 to 18:00, the association holds a Best Trick contest at the skatepark of Grammont, as part of the Student Festival. Each skater has 3 attempts per round. The contest is open to members and free to watch; beginners have a category of their own.

CREDITS

Students who lead at least 10 beginners' sessions during the year can have it recognised as a student engagement unit worth 1 ECTS credit.

CONTACT

Rampe Sud, Student House
E-mail: rampesud@asso.umontpellier.fr
Phone: +33 4 65 82 34 93
Student House, Triolet campus, building 20, room 220. Wednesday, 17:00-18:30.
"""

TEXTS["05-skateboarding-club.meta.yaml"] = sidecar(
    "Rampe Sud, the skateboarding club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/rampe-sud-skateboarding",
    "students, researchers and staff",
)

TEXTS["06-erasmus-zero-grant-mobility-2027.md"] = """---
title: Erasmus+ without a grant – zero-grant exchanges and traineeships, 2027-2028
url: https://www.umontpellier.fr/en/international/outgoing/erasmus-zero-grant
audience: students
language: en
valid_until: 2028-06-30
---

# Erasmus+ without a grant: zero-grant exchanges and traineeships, 2027-2028

An Erasmus+ student is not defined by the grant. Students selected for an Erasmus+ study exchange or traineeship who receive no money from the European Union keep every other right of the programme: they pay no tuition fees to the host institution, their credits are recognised through the learning agreement, they follow the online language course of the programme, and the mobility appears in their diploma supplement. This is called a "zero-grant" mobility. It is handled by the Outgoing Mobility desk of the International Relations Department. This page applies to mobilities that start between 1 July 2027 and 30 June 2028. In 2026-2027, 118 UM students went abroad on a zero-grant mobility, out of 1,460 Erasmus+ students.

## When is a mobility zero-grant?

| Situation | Erasmus+ grant | Can it change? |
|---|---|---|
| the first 10 months of Erasmus+ mobility in a study cycle | paid | – |
| the months beyond the 10th in the same study cycle | zero-grant | no |
| student ranked after the last funded place | zero-grant | yes, if a funded student withdraws before 15 January 2028 |
| student who holds a scholarship that cannot be combined with an EU grant | zero-grant | no |
| student who turns the grant down for another reason | zero-grant | yes, on request before departure |

A study cycle is the bachelor's, the master's or the doctorate; the months of earlier cycles do not count. Zero-grant mobilities are open to study exchanges and to traineeships alike.

When a funded student withdraws, the freed grant goes to the first zero-grant student of the same faculty on the waiting list, and it is then paid for the whole mobility, from its first day.

## What stays the same, and what does not

Zero-grant students have the same obligations as funded students: the grant agreement, the learning agreement, the language tests of the programme and the final report. They receive no top-up of any kind from the European Union. The need-based grant of the French State is kept during the mobility, and it can be combined with a zero-grant mobility. The international relations officer of your faculty can tell you whether your faculty has a mobility aid of its own.

## How to go abroad as a zero-grant student

To have your zero-grant mobility registered, follow these steps:

1. Accept your exchange or traineeship place on the mobility platform and tick "zero-grant", with the reason, by 15 June 2027 for a mobility that starts in the autumn, or by 15 November 2027 for one that starts in the spring.
2. Sign the Erasmus+ grant agreement for €0 on the mobility platform at least 3 weeks before departure: without it, you are not an Erasmus+ student, and the host institution may charge you tuition fees.
3. Have your learning agreement signed by yourself, your faculty and the host institution before you leave.
4. Take the online language test of the programme before departure, and again at the end of the mobility.
5. Within 10 days of your return, upload the confirmation of stay signed by the host institution, and fill in the EU participant report that you receive by e-mail.

## FAQ

Does "zero-grant" appear on my transcript or my diploma? No. Your transcript and your diploma supplement mention an Erasmus+ mobility, and nothing about the grant.

Does a zero-grant mobility use up my Erasmus+ months? Yes. Its months count among the months of Erasmus+ mobility of your study cycle, just like those of a funded mobility.

Why would anyone turn the grant down? Some government and foundation scholarships forbid any other public grant for the same months: their holders go zero-grant to keep their scholarship.

I am an exchange student at UM. Can UM make me zero-grant? No. Incoming exchange students deal with the Erasmus+ grant of their home university.

## Contact

Outgoing Mobility desk, International Relations Department: erasmus-outgoing@umontpellier.fr, +33 4 65 81 27 58. Triolet campus, building 1, room 1.14; Monday to Thursday, 9:30–12:00.
"""

TEXTS["10-guide-runners-for-visually-impaired-runners.md"] = """---
title: Fil Rouge – running as a guide with visually impaired runners, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/fil-rouge-guide-runners
audience: students, researchers and staff
language: en
---

# Fil Rouge: running as a guide with visually impaired runners

A runner who is blind or partially sighted can run as fast and as far as anyone, with a guide at their side. The two hold a short tether, a loop of rope about 50 centimetres long, and run in step: the guide watches the ground and the traffic, and tells the runner what is coming, a kerb, a turn, a runner to overtake. Fil Rouge, run by the Student Life Department with the association "Foulées Partagées" and the Disability Support Service, trains UM students and staff as guides and pairs them with visually impaired runners from the university and the city. This page applies to the academic year 2027-2028. In 2026-2027, 46 guides ran with 19 runners, and 7 pairs finished a half marathon.

## Activities

| Activity | When | Where | Places |
|---|---|---|---|
| guide training: running tied, giving directions, steps and kerbs | Saturday 9 October 2027 or Saturday 15 January 2028, 9:30–12:30 | the Philippidès stadium, Triolet campus | 20 per training |
| weekly runs in pairs on the track | Tuesday, 18:30–19:30 | the Philippidès stadium | 15 pairs |
| weekly runs in pairs in town | Saturday, 9:00–10:30 | the paths along the Lez, from the Port Marianne tram stop | 12 pairs |
| the "Foulées du Lez", a 10-kilometre race with a category for guided runners | Sunday 26 March 2028, 9:30 | the banks of the Lez, Montpellier | every pair of Fil Rouge |

Pairs are matched by pace: a guide should be able to run comfortably for 45 minutes at the pace of their runner, and a little faster. Each guide runs at least twice a month with the same runner. Runners who are faster than every guide run with two guides, one after the other.

## Who can take part?

As a guide: UM students, exchange students included, doctoral candidates, researchers and staff, aged 18 or over, who can run 8 kilometres without stopping. As a runner: UM students and staff who are blind or partially sighted, whatever their level, and members of Foulées Partagées. The Disability Support Service arranges the first contact for students who would like to run.

## How to become a guide

Guides learn on the track before they guide in town. To become a guide, follow these steps:

1. Fill in the guide form in the "Student Life" tile of your UM account, with your usual pace and the days you can run.
2. Attend one of the two guide trainings, where you also run tied with your eyes covered, to feel what your runner feels.
3. Run 4 Tuesday sessions on the track with an experienced guide next to you.
4. Meet your runner with the coordinator, and agree on your words for left, right, step up and step down.
5. Once the coordinator has signed your guide card, run with your runner in town on Saturdays, and at any other time you both choose.

## Rules of guiding

- the guide wears the orange "GUIDE" bib at every run and every race
- the guide never pulls or pushes: the tether shows the direction, the words say the rest
- announce every kerb, step and turn a few strides before it, and say "stop" clearly in an emergency
- no earphones while guiding, not even in one ear
- in a race, the guide never crosses the finish line ahead of the runner

## Credits and certificate

Every guide receives a certificate of volunteering. Students who attend a training and guide at least 30 runs in the year can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Do I need to be a fast runner? No. Many runners of Foulées Partagées run at an easy pace, and the coordinator pairs you with a runner of your speed.

What if my runner falls? Stop, let them get up at their own pace, and ask before you help. The coordinator has a first-aid kit at the stadium; in town, call 15 in an emergency.

My French is basic. Can I guide? Yes, if you and your runner agree on your words: several pairs run in English or in Spanish.

## Contact

Fil Rouge coordinator, Student Life Department: filrouge@umontpellier.fr, +33 4 65 82 36 74. Student House, Triolet campus, building 20, room 114; Monday and Thursday, 14:00–16:30.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life and international services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life and international services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time, their volunteering and two procedures of the international office: fencing, the certificate of the language of instruction, the student volunteer firefighters, caving, skateboarding, Erasmus+ without a grant, jazz, horse riding, woodworking and guide running. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| La Riposte, Student House | the fencing club, its courses and the Tournoi des Trois Armes | lariposte@asso.umontpellier.fr | +33 4 65 82 34 71 | Student House, Triolet campus, building 20, room 124 | Monday and Thursday, 12:30–14:00 |
| Certificates desk, International Relations Department | certificates of the language of instruction | instruction-certificates@umontpellier.fr | +33 4 65 81 27 46 | Triolet campus, building 1, room 1.21 | Monday, Tuesday and Thursday, 9:30–12:00 |
| Student volunteer firefighters desk, Student Life Department | the student volunteer firefighter status, absences and exams | student-firefighters@umontpellier.fr | +33 4 65 82 36 92 | Student House, Triolet campus, building 20, room 108 | Wednesday and Friday, 10:00–12:00 |
| Aven, Student House | the caving club, its outings and the Larzac weekend | aven@asso.umontpellier.fr | +33 4 65 82 34 86 | Student House, Triolet campus, building 20, room 214 | Tuesday, 17:30–19:00 |
| Rampe Sud, Student House | the skateboarding club, its sessions and the Best Trick contest | rampesud@asso.umontpellier.fr | +33 4 65 82 34 93 | Student House, Triolet campus, building 20, room 220 | Wednesday, 17:00–18:30 |
| Outgoing Mobility desk, International Relations Department | Erasmus+ exchanges and traineeships, zero-grant mobilities | erasmus-outgoing@umontpellier.fr | +33 4 65 81 27 58 | Triolet campus, building 1, room 1.14 | Monday to Thursday, 9:30–12:00 |
| Le Lez Big Band, Culture Department | the big band, the auditions, the jam sessions and the jazz workshops | bigband@umontpellier.fr | +33 4 65 82 53 62 | Triolet campus, building 7, room 7.10 | Monday and Wednesday, 14:00–17:00 |
| Crins du Sud, Student House | the riding club, its lessons, the minibus and the Camargue rides | crinsdusud@asso.umontpellier.fr | +33 4 65 82 34 58 | Student House, Triolet campus, building 20, room 126 | Tuesday and Thursday, 12:30–14:00 |
| Atelier Copeaux, Culture Department | woodworking courses, spoon carving afternoons, the open workshop | copeaux@umontpellier.fr | +33 4 65 82 53 27 | Triolet campus, building 35, room 35.01 | Tuesday and Wednesday, 13:30–17:00 |
| Fil Rouge coordinator, Student Life Department | guide running, the guide trainings and the pairs | filrouge@umontpellier.fr | +33 4 65 82 36 74 | Student House, Triolet campus, building 20, room 114 | Monday and Thursday, 14:00–16:30 |

## Useful to know

Medical certificates for sport: students who need a medical certificate of fitness for a sport or a competition (fencing, riding, a race) can get one free of charge from the Student Health Service, by appointment: health-certificates@umontpellier.fr, +33 4 65 82 70 40, Triolet campus, building 5, room 012; Monday to Friday, 8:30–12:00 and 13:30–17:00. Staff ask their own doctor.

People with a disability who need step-free access, adapted equipment or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability@umontpellier.fr, +33 4 65 82 70 15, Triolet campus, building 8, room 006; Monday to Friday, 9:00–12:00 and 14:00–17:00.

Exchange students who want the credits of an activity of this directory in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 82 99 30.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-erasmus-zero-grant-mobility-2024.txt"] = """ERASMUS+ WITHOUT A GRANT ("ZERO-GRANT") - 2024-2025
University of Montpellier - International Relations Department

In 2024-2025, students selected for an Erasmus+ exchange who receive no grant from the European Union can still go abroad as Erasmus+ students: they pay no tuition fees to the host university, and their credits are recognised through the learning agreement. The 2024-2025 edition of this scheme is the first one.

WHEN IS A MOBILITY ZERO-GRANT?

A mobility is zero-grant in two cases:
- for the months beyond the 9th month of Erasmus+ mobility in a study cycle;
- for students ranked after the last funded place.
A zero-grant mobility stays zero-grant until its end: grants freed by students who withdraw are not passed on to zero-grant students.

WHO CAN GO?

Zero-grant mobilities are open to study exchanges only. Traineeships are not eligible for zero-grant status.

DEADLINE

Tick "zero-grant" on the mobility platform by 31 May 2024, for mobilities of the whole year, in the autumn and in the spring.

HOW TO REGISTER

1. Tick "zero-grant" on the mobility platform by 31 May 2024.
2. Sign the paper grant agreement for EUR 0 at the Erasmus+ mobility desk, at least 1 week before departure.
3. Have your learning agreement signed before you leave.
4. Send the attendance certificate of the host university by e-mail within 30 days of your return.

NEED-BASED GRANT

In 2024-2025, the need-based grant of the French State cannot be combined with a zero-grant mobility: students who hold it must choose.

CONTACT

Erasmus+ mobility desk
E-mail: erasmus-mobility@umontpellier.fr
Phone: +33 4 65 81 27 10
Triolet campus, building 1, room 1.09. Tuesday and Thursday, 14:00-16:30.
"""

TEXTS["31-erasmus-zero-grant-mobility-2024.meta.yaml"] = sidecar(
    "Erasmus+ without a grant (zero-grant), 2024-2025",
    "https://www.umontpellier.fr/en/international/outgoing/erasmus-zero-grant-2024",
    "students",
    "2025-06-30",
)

TEXTS["40-artois-fencing-club-and-jazz-big-band.md"] = """---
title: Université d'Artois – the fencing club and the jazz big band
url: https://www.univ-artois.fr/en/campus-life/fencing-and-big-band
audience: students and staff
language: en
---

# Université d'Artois: the fencing club and the jazz big band

This page of the Université d'Artois presents the fencing club and the jazz big band of its student life and culture services. It applies only to students and staff of the Université d'Artois, on its sites of Arras, Béthune, Douai, Lens and Liévin.

## Fencing club

The fencing club trains in the sports hall of the Arras site, with a fencing master.

| Rule | Université d'Artois |
|---|---|
| courses | 10 people per course, open from 18 years old |
| foil for beginners | 12 sessions, €60 |
| membership | €50 a year for students, federation licence not included |
| refereeing course | 6 sessions, €20 |
| team tournament | Saturday 15 April 2028, 16 teams, €15 per team |
| credits | 2 ECTS credits after 30 sessions |

Contact: fencing club, escrime@univ-artois.fr, +33 3 21 60 37 10.

## Jazz big band

The big band rehearses on the Arras site and plays in the towns of the region.

- the big band has 20 musicians and rehearses every Tuesday, from 20:00 to 22:30
- auditions take place on 20 and 21 September 2027
- jam sessions take place on the second Friday of each month, for students of the university only
- the improvisation workshop costs €55 for 10 sessions and takes 15 musicians
- saxophones are lent against a deposit of €250
- the spring concert takes place on Friday 2 June 2028, with tickets at €10
- members of the band receive 3 ECTS credits after a full year

Contact: big band, bigband@univ-artois.fr, +33 3 21 60 38 20.
"""

TEXTS["41-geneve-caving-club-and-language-of-instruction-certificate.md"] = """---
title: Université de Genève – the caving club and the certificate of the language of instruction
url: https://www.unige.ch/en/campus-life/caving-and-language-certificates
audience: students and staff
language: en
---

# Université de Genève: the caving club and the certificate of the language of instruction

This page of the Université de Genève (UNIGE) presents the caving club of its sports service and the certificate of the language of instruction of its student records office. It applies only to students, graduates and staff of UNIGE, at Uni Mail, Uni Bastions, Uni Dufour and its other buildings in Geneva.

## Caving club

The caving club explores the caves of the Jura and of the Salève with qualified instructors.

- members must be 16 or over, with a parental authorisation under 18
- membership costs CHF 40 a year for students
- the discovery outing costs CHF 30 and takes 8 people
- each instructor takes 6 beginners underground
- rope technique evenings take place on Thursdays, from 18:30 to 21:00
- the caving weekend in the Jura costs CHF 120 and takes 12 people
- outings go ahead in the rain, in caves chosen for it
- the club gives no ECTS credits

Contact: caving club, speleo@unige.ch, +41 22 379 71 10.

## Certificate of the language of instruction

Graduates and students can ask for a certificate stating the language in which their programme was taught.

| Rule | Université de Genève |
|---|---|
| programme certificate | at least 90% of the credits taught in English |
| delay | 15 working days for every certificate |
| price | CHF 20 per certificate |
| sealed envelope | CHF 30, posted within 20 working days |
| paper copies | 1 stamped copy included |
| who can ask | graduates since 2010 and current students |
| languages | French, English or German |

Contact: student records office, attestations-langue@unige.ch, +41 22 379 72 20.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
