"""The text of every 'blind23' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-reading-volunteers-2027.pdf": {
        "title": "Lecteurs Solidaires: recording books and course texts for students who cannot read print, 2027-2028",
        "short": "Lecteurs Solidaires reading volunteers 2027-2028",
        "url": "https://www.umontpellier.fr/en/libraries/accessibility/lecteurs-solidaires-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – University Libraries, the Lecteurs Solidaires reading volunteers",
        "pages": [
            [
                ("h1", "Lecteurs Solidaires: recording books and course texts for students who cannot read print, 2027-2028"),
                (
                    "p",
                    "Some students cannot read a printed page: students who are blind or partially sighted, and "
                    "many students with dyslexia. Publishers' accessible files cover only part of what they "
                    "need, and course texts, articles and the exam papers of past years are often missing. "
                    "Lecteurs Solidaires, run by the accessibility unit of the University Libraries, asks "
                    "volunteers to record these texts in the recording booths of the library, to describe the "
                    "figures of textbooks in words and to proofread braille. Every recording is made for a "
                    "named student registered with the Disability Support Service, under the copyright "
                    "exception for people with a disability. This guide applies from 1 September 2027 to 31 "
                    "August 2028. In 2026-2027, 118 volunteers recorded 2,400 hours for 63 students.",
                ),
                ("h2", "Three ways to help"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Commitment"],
                        ["recording texts aloud in a booth", "Monday to Friday, 9:00–19:00, on booking, from 4 October 2027 to 26 May 2028", "recording booths 1 to 4, Richter campus library, 2nd floor", "at least 2 hours a week for one term"],
                        ["describing images: writing text descriptions of figures, maps and graphs", "whenever you like", "from home, with the online description tool", "at least 10 figures a month"],
                        ["proofreading braille", "Thursday, 14:00–17:00", "braille room of the accessibility unit, Triolet campus learning centre, room 0.12", "at least 3 afternoons a term"],
                    ],
                    (46, 46, 44, 30),
                ),
                (
                    "p",
                    "Each of the four booths takes one volunteer at a time; slots are booked up to 2 weeks "
                    "ahead. Texts are recorded in the language they are written in: in 2027-2028, the unit needs "
                    "readers in French, English, Spanish, German, Italian, Portuguese, Arabic, Chinese and "
                    "Russian. Braille proofreading is open only to volunteers who read braille.",
                ),
                ("h2", "Who can volunteer?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                    "18 or over. Readers need a clear voice and must read the language of their texts fluently; "
                    "an accent is no problem, as long as every word can be understood. Volunteers who describe "
                    "images must know the subject: the figures of a chemistry textbook go to a chemist.",
                ),
            ],
            [
                ("h2", "How to become a reading volunteer"),
                (
                    "p",
                    "Training sessions take place on Wednesday 29 September 2027 and on Wednesday 19 January "
                    "2028. To record texts, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Fill in the volunteer form in the \"Libraries\" tile of your UM account, with the "
                        "languages you read fluently and the subjects you know.",
                        "Record a voice test of 2 minutes on your phone, reading the test page of the form, and "
                        "upload it.",
                        "Wait for the answer of the accessibility unit, sent by e-mail within 10 days.",
                        "Attend one 2-hour training session, from 17:30 to 19:30, in training room 1 of the "
                        "Richter campus library, and sign the confidentiality agreement.",
                        "Book your booth slots in the \"Libraries\" tile, where the texts waiting to be recorded "
                        "are listed with the date on which each student needs them.",
                    ],
                ),
                ("h2", "Rules in the booth"),
                (
                    "bullet",
                    [
                        "read every word, footnotes and captions included, and say the number of each new page;",
                        "never comment on a text or correct its author, even when you think the author is wrong;",
                        "stop every 45 minutes for a break of 10 minutes, to rest your voice;",
                        "after a mistake, pause for 3 seconds and read the whole sentence again: the technicians "
                        "cut the mistake out;",
                        "never copy, share or keep a recording or a text: they belong to the student they are "
                        "made for;",
                        "no food or drink in the booth, except water in a bottle with a cap.",
                    ],
                ),
            ],
            [
                ("h2", "Priorities and delays"),
                (
                    "p",
                    "Texts that a student needs for an exam are recorded first, then course texts, then the books "
                    "of the reading lists. A book of 300 pages takes about 15 hours to record. A recording "
                    "reaches the student within 10 working days of the request, and no later than 5 working days "
                    "before the exam it is needed for.",
                ),
                ("h2", "Credits and certificate"),
                (
                    "p",
                    "Every volunteer receives a certificate giving the number of hours recorded or of figures "
                    "described. Students who record at least 30 hours in the year can have it recognised as a "
                    "student engagement unit worth 2 ECTS credits. Exchange students ask the international "
                    "relations officer of their faculty to add it to their learning agreement.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["a booth that does not work, a slot to cancel", "the reception desk of the Richter campus library", "+33 4 65 81 45 02, or at the desk on the ground floor"],
                        ["the volunteer form, the training, the texts to record", "Lecteurs Solidaires, accessibility unit of the University Libraries", "lecteurs@umontpellier.fr"],
                        ["a student who needs texts recorded, described or in braille", "their adviser at the Disability Support Service", "at their next appointment"],
                    ],
                    (56, 56, 54),
                ),
                (
                    "p",
                    "Contact: Lecteurs Solidaires, accessibility unit of the University Libraries, "
                    "lecteurs@umontpellier.fr, +33 4 65 81 45 88. Richter campus library, 2nd floor, office 2.06; "
                    "Monday to Thursday, 10:00–16:00.",
                ),
            ],
        ],
    },
    "08-samba-percussion-band-2027.pdf": {
        "title": "Batuc'UM: the UM samba and percussion band, its rehearsals and its parades 2027-2028",
        "short": "Batuc'UM samba band 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/batucum-samba-band-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the Batuc'UM samba band",
        "pages": [
            [
                ("h1", "Batuc'UM: the UM samba and percussion band, its rehearsals and its parades 2027-2028"),
                (
                    "p",
                    "Batuc'UM is the samba band of UM students and staff, based in the Student House. A "
                    "batucada is a band of drums and percussion born in the samba schools of Brazil: the deep "
                    "surdos keep the beat, the snare drums and the repiniques answer them, and the tamborims, "
                    "the agogô bells and the shakers fill in the rhythm. Nobody reads music: the rhythms are "
                    "learnt by ear, and the band leader, the mestre, leads with a whistle and hand signs that "
                    "everyone understands, whatever their language. This guide applies to the academic year "
                    "2027-2028. In 2026-2027, the band had 70 members from 26 countries and played at 9 events.",
                ),
                ("h2", "What the band offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["beginners' rehearsal: the 6 rhythms of the repertoire", "Monday, 19:00–21:00, from 4 October 2027", "rehearsal room of the Student House, Triolet campus, building 20, room 004", "included in the membership"],
                        ["band rehearsal", "Thursday, 19:00–21:30", "rehearsal room, room 004", "included in the membership"],
                        ["drum care and tuning morning", "Saturday 16 October 2027, 10:00–12:00", "rehearsal room, room 004", "free"],
                        ["parade of the Student Festival", "Thursday 13 April 2028, 17:00–19:00", "from the Triolet campus to the Place de la Comédie", "free for the public"],
                    ],
                    (50, 44, 42, 30),
                ),
                (
                    "p",
                    "Membership costs €20 for the academic year for students and €35 for staff and researchers. "
                    "Beginners borrow an instrument of the band for the year; members who want their own "
                    "drumsticks buy them at the band's price, €8 a pair. The beginners' rehearsal takes 25 "
                    "people and the band up to 40. Foam earplugs are handed out free at every rehearsal.",
                ),
                ("h2", "Who can play?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                    "16 or over. You need no experience and no instrument: the band owns 60 of them. People with "
                    "a hearing problem ask the Student Health Service for advice before they join, because a "
                    "batucada plays at more than 100 decibels.",
                ),
            ],
            [
                ("h2", "Playing at a parade or a gig"),
                (
                    "p",
                    "The band plays at about 8 events a year. To play at one of them, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Come to at least 10 band rehearsals on Thursday evenings.",
                        "Learn the 6 rhythms of the repertoire and the mestre's sign for each of them; the mestre "
                        "checks them with you during a rehearsal.",
                        "Register for the event in the \"Student House\" tile of your UM account, at least 2 weeks "
                        "before it.",
                        "Collect the band's yellow T-shirt and your instrument in the rehearsal room 1 hour before "
                        "the event.",
                        "After the event, clean your instrument, put it back in its case and bring it back to the "
                        "rehearsal room the same day.",
                    ],
                ),
                ("h2", "Rules of the band"),
                (
                    "bullet",
                    [
                        "wear earplugs at every rehearsal and at every gig;",
                        "no playing in the rehearsal room after 22:00: the Student House has neighbours;",
                        "only members who have signed a loan agreement take an instrument home, for 1 month at "
                        "most;",
                        "watch the mestre: when the whistle blows twice, everyone stops;",
                        "no alcohol before or during a gig.",
                    ],
                ),
                ("h2", "Events and credits"),
                (
                    "p",
                    "The band plays at the welcome days in September, at the parade of the Student Festival and "
                    "at sports and charity events of the university. It does not play at private parties. "
                    "Students who play at 6 events and come to at least 20 rehearsals in the year can have it "
                    "recognised as a cultural engagement unit worth 1 ECTS credit.",
                ),
                (
                    "p",
                    "Contact: Batuc'UM, Student House, batucum@asso.umontpellier.fr, +33 4 65 81 34 37. Triolet "
                    "campus, building 20, room 004; Monday and Thursday, 18:00–19:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-stained-glass-workshop.docx": {
        "title": "Light and colour: the stained-glass workshop \"Atelier Lumière\" of the Culture Department – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/stained-glass-workshop",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Light and colour: the stained-glass workshop \"Atelier Lumière\" of the Culture Department – guide 2027-2028"),
            (
                "p",
                "Stained glass has coloured the churches of Europe for a thousand years, and the mosques, "
                "temples and houses of many other countries. In a workshop of the Triolet campus, a master "
                "glazier of the Culture Department teaches students and staff to cut glass, to assemble it with "
                "lead or with copper foil in the Tiffany way, and to paint on it. You make a suncatcher in one "
                "evening, and a lamp shade or a window panel in a few weeks. No drawing skill is needed: "
                "patterns are provided. In 2026-2027, 140 people made 310 pieces in the workshop.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The workshop is open to UM students, researchers and staff; it is not open to the public. "
                "Participants must be 18 or over, because the workshop uses lead, soldering irons and glass "
                "cutters. The glazier explains in French and in English. Students with a need-based grant pay "
                "30% less for every course.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["discovery evening: a small copper-foil suncatcher", "first Wednesday of each month, 18:00–20:30, from October to May", "the glass workshop, Triolet campus, building 31, room 31.04", "€20, materials included"],
                    ["Tiffany course: a lamp shade or a panel in copper foil, in 5 sessions", "5 Tuesdays from 9 November to 7 December 2027, 18:00–21:00", "the glass workshop, room 31.04", "€75, materials included"],
                    ["lead came course: a traditional window panel in 6 sessions", "6 Thursdays from 3 February to 9 March 2028, 18:00–21:00", "the glass workshop, room 31.04", "€90, materials included"],
                    ["painting on glass with grisaille", "Saturday 25 March 2028, 9:30–16:30", "the glass workshop, room 31.04", "€30"],
                    ["open workshop for those who have followed a course", "every Friday, 14:00–18:00", "the glass workshop, room 31.04", "€5 per afternoon; glass at cost"],
                ],
            ),
            (
                "p",
                "Each course takes 8 people, and the open workshop 6. Register for the discovery evenings and "
                "the courses in the \"Culture\" tile of your UM account; book the open workshop at the desk of "
                "the workshop.",
            ),
            ("h1", "Preparing a course"),
            (
                "p",
                "Everything you need is lent, except your clothes. To book a course and come prepared, follow "
                "these steps:",
            ),
            (
                "num",
                [
                    "Register for the course in the \"Culture\" tile of your UM account and pay within 5 days, by "
                    "bank card or with Izly.",
                    "Choose your design in the online pattern book of the workshop, or draw your own at full size "
                    "and send it to the glazier a week before the first session.",
                    "Come in closed shoes and a long-sleeved cotton top; safety glasses, gloves and aprons are "
                    "lent.",
                    "At the first session, cut your glass on the cutting table with the glazier, never over your "
                    "knees.",
                    "Collect your piece at the workshop one week after the last session, once the cement is dry.",
                ],
            ),
            ("h1", "Taking your work home"),
            (
                "p",
                "Your pieces are yours. The workshop gives you a box lined with foam for each panel; a panel of "
                "the lead came course weighs about 3 kg. To take a piece abroad, the glazier advises carrying it "
                "in your hand luggage rather than checking it in.",
            ),
            ("h1", "Rules in the workshop"),
            (
                "bullet",
                [
                    "wash your hands after touching lead, and always before you eat or drink;",
                    "no food or drink in the workshop;",
                    "sweep glass splinters with the brush, never with your hand;",
                    "solder only under the fume extractor, and switch your soldering iron off before you leave;",
                    "never take glass out of the workshop without paying for it.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Atelier Lumière, Culture Department: vitrail@umontpellier.fr, +33 4 65 81 53 84. Triolet "
                "campus, building 31, room 31.04; Wednesday and Friday, 13:30–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-bread-making-and-student-bakery.md"] = """---
title: Le Fournil – the student bakery and its bread-making workshops, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/student-house/le-fournil-bakery
audience: students, researchers and staff
language: en
---

# Le Fournil: the student bakery and its bread-making workshops

Bread is eaten in almost every country, and almost every country bakes it differently: the baguette and the fougasse of France, the pita of the Middle East, the naan of India, the injera of Ethiopia, the braided challah, the steamed buns of China. "Le Fournil" is a student association that runs a small bakery in the kitchen of the Student House, with the Student Life Department and a master baker of Montpellier who trains its volunteers. Twice a week, volunteers bake bread before classes and sell it at cost; all year round, workshops teach anyone to bake at home. This page applies to the academic year 2027-2028. In 2026-2027, 180 volunteers and participants baked 9,500 loaves.

## Workshops

| Workshop | When | Where | Sessions | Price |
|---|---|---|---|---|
| baguette and country loaf basics | Monday, 18:00–21:00 | kitchen of the Student House, Triolet campus, building 20, room 012 | 3, from 11 October 2027 | €18 |
| sourdough: start and keep your own starter | Wednesday, 18:30–21:00 | kitchen of the Student House, room 012 | 2, from 10 November 2027 | €15, a jar of starter included |
| breads of the world: flatbreads, braided and steamed breads brought by the participants | Thursday, 18:00–21:00 | Richter campus, kitchen of the cafeteria "Le Patio" | 4, from 20 January 2028 | €22 |
| gluten-free breads | Saturday 5 February 2028, 9:30–13:00 | kitchen of the Student House, room 012 | 1 | €10 |
| open bakehouse morning: bake a fougasse | Saturday 9 October 2027, 9:00–12:00 | kitchen of the Student House, room 012 | 1 | free |

Each workshop takes 10 people. Staff and researchers pay €8 more per workshop; students with a need-based grant pay half price. Registration for the autumn workshops opens on 27 September 2027, and for the spring workshops on 6 December 2027, in the "Student House" tile of your UM account. Aprons and tools are lent, and you take home everything you bake.

## Who can take part?

UM students, exchange students included, researchers and staff. The workshops are open from the age of 16, because of the ovens; the volunteers of the bakery must be 18 or over. The kitchen uses wheat, rye, sesame, eggs, milk and nuts every day: people with a food allergy talk to the association before they register.

## The student bakery

Volunteers bake every Tuesday and Friday from 6:00 to 9:00, during the teaching weeks. The bread is sold from 9:30 to 11:00, or until none is left, at the stand in the hall of the Student House: a baguette costs €0.60, a country loaf of 500 g €1.80 and a fougasse €1.50. Payment is by Izly or bank card only. The bread that is not sold at 11:00 goes to the student solidarity grocery.

## How to become a volunteer baker

You need no experience, only the basics workshop. To bake with the team, follow these steps:

1. Follow the three sessions of the "baguette and country loaf basics" workshop.
2. Register as a volunteer in the "Student House" tile of your UM account, under "Le Fournil".
3. Take the 1-hour online food hygiene course and upload its certificate to the tile.
4. Choose your mornings on the shared calendar before the 20th of the previous month: at least 2 mornings a month.
5. On your first morning, come at 5:45 to the back door of the Student House, where an experienced volunteer bakes with you.

## Rules in the kitchen

- tie back long hair, and wear the cap and the apron you are given
- wash your hands before you touch the dough, and again after touching your phone
- take off rings, bracelets and watches before you knead
- only the volunteer in charge of the oven opens it and uses the peel
- never take unsold bread home: it goes to the solidarity grocery

## Fête du Pain and credits

The "Fête du Pain" on Saturday 20 May 2028, from 10:00 to 16:00, on the lawn in front of the Triolet campus learning centre, is a bread fair where members bake the breads of 20 countries in a wood-fired oven hired for the day. Students who bake on at least 12 mornings at the bakery and help at the Fête du Pain can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

I am coeliac. Can I eat the bakery's bread? No: all the bread of the bakery contains wheat or rye. The gluten-free workshop teaches recipes to bake at home, but the kitchen itself is not free of gluten.

Can I keep the sourdough starter? Yes. The jar is yours: keep it in the fridge and feed it with flour and water once a week.

I have never baked anything. Is that a problem? Not at all: most participants of the basics workshop are beginners, and the baker explains in French and in English.

## Contact

Le Fournil, Student House: fournil@asso.umontpellier.fr, +33 4 65 81 34 66. Triolet campus, building 20, room 116; Tuesday and Friday, 11:00–13:00.
"""

TEXTS["02-faq-puppet-theatre-company.html"] = html_page(
    "Les Ficelles, the student puppet theatre company: FAQ",
    "Les Ficelles: making puppets, learning to work them, the shadow theatre weekend, the touring troupe and the end-of-year show.",
    "https://www.umontpellier.fr/en/campus-life/culture/puppet-theatre-faq",
    "/fr/vie-des-campus/culture/theatre-de-marionnettes-faq",
    """    <h1>Les Ficelles, the student puppet theatre company: FAQ</h1>
    <p>Almost every culture has its puppets: the Sicilian marionettes in their armour, the water puppets of Vietnam, the shadow puppets of Indonesia and Turkey, the Guignol of Lyon. "Les Ficelles" is the puppet theatre company of the Culture Department. Its members make their own puppets, learn to bring them to life with a professional puppeteer, and play for children in the libraries of Montpellier. You do not need to be an actor: many puppeteers never speak on stage. This FAQ applies to the academic year 2027-2028. In 2026-2027, the company had 45 members from 17 countries and gave 22 shows to 2,600 children.</p>

    <h2>What does the company do?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>puppet making: glove, rod and shadow puppets</td><td>Tuesday, 18:00–20:30, from 5 October to 14 December 2027</td><td>arts workshop of the Student House, Triolet campus, building 20, room 018</td><td>€30 for the term, materials included</td></tr>
        <tr><td>manipulation and voice: bringing a puppet to life</td><td>Thursday, 18:30–20:30, from 7 October 2027</td><td>the stage of lecture hall A, Richter campus</td><td>free for members</td></tr>
        <tr><td>shadow theatre weekend</td><td>Saturday 22 and Sunday 23 January 2028, 10:00–17:00</td><td>arts workshop of the Student House, room 018</td><td>€15</td></tr>
        <tr><td>touring shows for children aged 3 to 10</td><td>Wednesday afternoons, from 2 February to 12 April 2028</td><td>8 libraries of the Montpellier library network</td><td>free for the audience</td></tr>
        <tr><td>end-of-year show "Fils et Ombres"</td><td>Friday 9 June 2028, 19:00–20:30</td><td>the theatre of the Student House</td><td>free, open to the public</td></tr>
      </tbody>
    </table>
    <p>Membership of the company costs €10 for the academic year for students and €20 for staff. The making workshop takes 12 people and the shadow theatre weekend 15. The touring troupe has 16 members, chosen at an audition on Thursday 13 January 2028.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over. Every workshop is explained in French and in English.</p>

    <h2>Do I need to speak good French?</h2>
    <p>Only for the speaking roles, which need a level B1 in French. Members who speak little French can work the puppets in silence or play in the shadow show, and this year's touring show, a shadow play, is told in French, Spanish and Arabic.</p>

    <h2>How do I join the touring troupe?</h2>
    <p>The troupe rehearses and tours from January to April. To join it, proceed as follows:</p>
    <ol>
      <li>Follow at least 6 sessions of the Thursday manipulation workshop before the audition.</li>
      <li>Register for the audition in the "Culture" tile of your UM account by 6 January 2028.</li>
      <li>At the audition, play a scene of 3 minutes with a puppet of the company, in the language of your choice.</li>
      <li>If you are chosen, sign the troupe charter and keep your Wednesday afternoons free from February to April.</li>
      <li>Attend the dress rehearsal on Saturday 29 January 2028, 14:00–18:00, in the theatre of the Student House.</li>
    </ol>

    <h2>Can I take my puppets home?</h2>
    <p>Yes: the puppets you make in the making workshop are yours. The puppets and the sets of the company's shows stay in the workshop, and members borrow them only for rehearsals.</p>

    <h2>Does it count towards my degree?</h2>
    <p>Yes. Members of the touring troupe who play at least 6 shows and attend the dress rehearsal can have it recognised as a cultural engagement unit worth 2 ECTS credits. Every member receives a certificate at the end of the year.</p>

    <h2>Can a school come to a show?</h2>
    <p>The tour is organised with the library network of Montpellier, which chooses the 8 libraries each year. Teachers can bring a class to the end-of-year show: they write to the company before 15 May 2028.</p>

    <h2>Whom do I contact?</h2>
    <p>Les Ficelles, Culture Department: ficelles@umontpellier.fr, +33 4 65 81 53 70. Triolet campus, building 7, room 026; Monday and Thursday, 14:00–17:00.</p>
""",
    [
        '<a href="/en/campus-life/culture">Culture Department</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-puppet-theatre-company.meta.yaml"] = sidecar(
    "Les Ficelles, the student puppet theatre company: FAQ",
    "https://www.umontpellier.fr/en/campus-life/culture/puppet-theatre-faq",
    "students, researchers and staff",
)

TEXTS["03-micro-forest-planting-days.md"] = """---
title: Micro-forests on the campuses – tree planting days and summer watering, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sustainability/micro-forests
audience: students, researchers and staff
language: en
---

# Micro-forests: planting young trees on the campuses

A micro-forest is a small, very dense wood: on a patch the size of a tennis court, young trees of native species are planted close together, three per square metre. They compete for light, grow about ten times faster than in an ordinary plantation, cool the air around them in summer and give shelter to birds and insects within a few years. Since 2024, the Grounds Service and the student association "Racines" have planted four micro-forests on the campuses of the University of Montpellier, and each winter students and staff from every continent plant the next ones. This page applies to the academic year 2027-2028. In the winter of 2026-2027, 520 planters put 6,300 young trees in the ground.

## Planting days

| Date | Where | Area and trees | Meeting point and time |
|---|---|---|---|
| Saturday 27 November 2027 | Triolet campus, along the tram line next to building 36 | 300 m², 900 trees | 9:00, in front of building 36 |
| Wednesday 8 December 2027 | Richter campus, the former car park of building C | 150 m², 450 trees | 14:00, at the entrance of building C |
| Saturday 15 January 2028 | Saint-Priest campus | 400 m², 1,200 trees | 9:00, next to the sports hall |
| Saturday 5 February 2028 | Arnaud de Villeneuve campus, behind the Faculty of Medicine | 200 m², 600 trees | 9:30, in front of the Faculty of Medicine |

A planting day lasts about 3 hours; the Wednesday planting ends at 17:30. Each day takes up to 80 planters. The trees come from a nursery of the Hérault: holm oak, downy oak, Montpellier maple, strawberry tree, terebinth, laurustinus, myrtle and 15 other species of the Mediterranean. A planting is put off to the next Saturday in case of frost or heavy rain, because frozen or muddy soil damages the roots; you are told by text message the day before, by 18:00.

## How to take part

To plant on a planting day, follow these steps:

1. Sign up for a date on the page of "Racines" in the UM app.
2. Come to the meeting point on time, in old clothes, with boots or closed shoes, and gloves if you have them; spades, buckets and watering cans are lent.
3. Watch the 10-minute demonstration of the gardener, who shows how deep to plant and how to loosen the roots.
4. Work in teams of 3: one person digs, one plants, one covers the soil with straw.
5. Water each tree you planted, and write your first name on the planting map at the welcome table.

## Rules on the plot

- never walk on the plot once it is covered with straw: the soil must stay loose
- keep the labels on the young trees: they are used to count the trees that survive
- plant only the trees of the nursery, never a plant you bring yourself
- children under 12 are welcome with an adult, but do not use the pickaxes
- take your rubbish home: there are no bins on the plots

## Summer watering and credits

A micro-forest needs water only during its first two summers. From 6 June to 26 September 2028, volunteers water the young forests every Tuesday from 19:00 to 20:30, in teams of 4; sign up for at least 4 evenings in the UM app. Students who plant on at least 3 planting days and water on at least 4 evenings can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Can I plant a tree from my country? No. Only native species of the Mediterranean are planted, because they need no watering after two years and feed the local insects and birds. You can still tell the others about the trees of your country at the welcome table.

Why are the trees so small? The nursery grows them for one or two years only: young trees take root faster than big ones.

Are the micro-forests open to the public? Yes, once they are 3 years old. Until then, they are fenced to keep walkers off the soil.

## Contact

Grounds Service, micro-forests: microforets@umontpellier.fr, +33 4 65 81 24 96. Triolet campus, building 3, room 3.09; Monday to Friday, 8:30–11:30. Association "Racines": racines@asso.umontpellier.fr.
"""

TEXTS["04-faq-magic-and-illusion-club.html"] = html_page(
    "Tours de Main, the magic club: FAQ",
    "Tours de Main: beginners' classes, sleight of hand, mentalism, close-up lunches and the Nuit de la Magie gala.",
    "https://www.umontpellier.fr/en/campus-life/student-house/magic-club-faq",
    "/fr/vie-des-campus/maison-des-etudiants/club-de-magie-faq",
    """    <h1>Tours de Main, the magic club: FAQ</h1>
    <p>Magic needs no common language: a card that vanishes amazes people in Seoul, Lagos and Montpellier alike. "Tours de Main" is the magic club of UM students, based in the Student House. Its members learn close-up magic with cards, coins and ropes, stage illusions and mentalism, and perform for the other students several times a year. France has a long history of magic: Jean-Eugène Robert-Houdin, often called the father of modern magic, gave his name to the escape artist Houdini. This FAQ applies to the academic year 2027-2028. In 2026-2027, the club had 85 members from 23 countries.</p>

    <h2>What does the club offer?</h2>
    <table>
      <thead>
        <tr><th>Session</th><th>When</th><th>Where</th><th>Places</th></tr>
      </thead>
      <tbody>
        <tr><td>beginners' class: 10 tricks with cards, coins and ropes in 10 weeks</td><td>Monday, 18:30–20:00, from 4 October 2027 and from 17 January 2028</td><td>Student House, Triolet campus, building 20, room 122</td><td>14</td></tr>
        <tr><td>advanced workshop: sleight of hand and misdirection</td><td>Wednesday, 19:00–21:00</td><td>Student House, room 122</td><td>10</td></tr>
        <tr><td>mentalism evening: reading minds, or seeming to</td><td>Friday 19 November 2027 and Friday 17 March 2028, 19:00–21:30</td><td>the Atrium of the Richter campus library</td><td>20</td></tr>
        <tr><td>close-up lunches: members perform at the tables of the cafeteria</td><td>first Thursday of each month, 12:00–14:00</td><td>cafeteria of the Triolet campus</td><td>no booking</td></tr>
        <tr><td>gala "Nuit de la Magie"</td><td>Saturday 25 March 2028, 20:00–22:30</td><td>the theatre of the Student House</td><td>300 seats</td></tr>
      </tbody>
    </table>
    <p>Membership costs €12 for the academic year for students and €20 for staff and researchers, and every new member receives a deck of cards. The classes and workshops are free for members. The gala is open to the public: tickets cost €5, and €3 for UM students.</p>

    <h2>Who can join?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff, aged 16 or over. The classes are given in French and in English, and most tricks are shown more than explained.</p>

    <h2>How do I get on stage at the gala?</h2>
    <p>Ten acts are chosen each year, by members alone or in groups. To perform at the gala, proceed as follows:</p>
    <ol>
      <li>Prepare an act of 4 to 7 minutes, with or without words, in any language.</li>
      <li>Send a video of the whole act to the club by 15 February 2028.</li>
      <li>Wait for the answer of the selection panel, sent by e-mail by 1 March 2028.</li>
      <li>Give the stage manager the list of your props and your music at least 2 weeks before the gala.</li>
      <li>Attend the technical rehearsal on Thursday 23 March 2028, 18:00–22:00, and come at 18:30 on the day of the gala.</li>
    </ol>

    <h2>What are the rules of the club?</h2>
    <p>Magicians have their own code, and the club adds a few rules of its own:</p>
    <ul>
      <li>never reveal how another member's trick is done, not even to your friends;</li>
      <li>no tricks with fire, blades or live animals, at the club or on stage;</li>
      <li>never perform for money in the name of the club;</li>
      <li>ask before filming a member's act, and post nothing without their agreement.</li>
    </ul>

    <h2>Can I borrow props and books?</h2>
    <p>Yes. The club's library holds 180 books and videos on magic, and members can borrow props such as linking rings or a card stand for 2 weeks, with a deposit of €15 paid in cash and given back when the prop is returned.</p>

    <h2>Does the club count towards my degree?</h2>
    <p>Yes. Students who perform at the gala and at 3 close-up lunches can have it recognised as a cultural engagement unit worth 1 ECTS credit.</p>

    <h2>Can I book the club for a party?</h2>
    <p>No. The club performs only at UM events and at the Student Festival; it does not perform at private parties or weddings.</p>

    <h2>Whom do I contact?</h2>
    <p>Tours de Main, Student House: toursdemain@asso.umontpellier.fr, +33 4 65 81 34 28. Triolet campus, building 20, room 122; Wednesday, 17:00–19:00.</p>
""",
    [
        '<a href="/en/students/student-house">Student House</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Student House is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["04-faq-magic-and-illusion-club.meta.yaml"] = sidecar(
    "Tours de Main, the magic club: FAQ",
    "https://www.umontpellier.fr/en/campus-life/student-house/magic-club-faq",
    "students, researchers and staff",
)

TEXTS["05-model-making-and-railway-club.txt"] = """VOIE ETROITE: THE MODEL-MAKING AND MODEL RAILWAY CLUB - 2027-2028
University of Montpellier - Student Life Department

Voie Etroite is the club of UM students and staff who build things small: model trains and their landscapes, kits of aircraft and ships, models of buildings. Its great project is a model of the railway line from Montpellier to Sete at the H0 scale of 1:87: it is 14 metres long and has 120 metres of track. Members from Germany, Japan, Britain or the United States often bring the habits of the model railways of their country; others have never held a paintbrush. In 2026-2027, the club had 64 members. This guide applies from 1 September 2027 to 30 June 2028.

WHAT YOU CAN DO

The club has six workshops, each led by an experienced member:

railway layout: laying track, wiring and digital control of the trains
scenery: hills, vines, rocks, water and the villages of the Herault
plastic kits: aircraft, cars and tanks
ship models: sailing ships built from plans
architecture: card models of the buildings of Montpellier
painting: brushes, airbrush and weathering

Members can work in several workshops. The layout and scenery workshops build the Montpellier-Sete line together; in the other workshops, each member builds a model of their own.

THE MEETINGS

The club meets every Tuesday, from 18:00 to 21:00, and every Saturday, from 14:00 to 18:00, in its clubroom in the basement of building 9 of the Triolet campus (room 9.01), from 5 October 2027 to 24 June 2028. The clubroom takes up to 20 people at a time.

MEMBERSHIP

Membership costs EUR 25 for the academic year for students and EUR 40 for staff and researchers. It includes the tools, glues and paints of the clubroom. Members buy their own kits, and a model shop of the city centre gives them 10% off.

HOW DO I JOIN?

1. Visit the clubroom on a Saturday afternoon; no booking is needed.
2. Register in the "Student House" tile of your UM account, under "Voie Etroite".
3. Pay the membership with Izly or by bank card at the clubroom.
4. Attend the tool safety session, held on the first Tuesday of each month at 18:00: craft knives, soldering irons and the airbrush.
5. Choose a workshop; its leader helps you pick a first model.

YOUR OWN TRAINS

Members can run their own locomotives on the layout once a member of the layout workshop has checked them. The layout runs with DCC digital control on H0 track: locomotives without a DCC decoder run only on the test track.

RULES OF THE CLUBROOM

Use the airbrush and solvent-based paints only in the ventilated spray booth, with the mask provided. Cut away from your hand, on a cutting mat. Switch off the soldering irons before you leave. Never touch a model that is not yours without asking its builder.

THE EXHIBITION

The club's exhibition, "Trains et Maquettes", takes place on Saturday 8 and Sunday 9 April 2028, from 10:00 to 18:00, in the gymnasium of the Triolet campus, with the layout of the club and those of 6 other clubs of the region. Entry costs EUR 3 for the public and is free for UM students and staff. Children aged 8 or over can drive a train on the layout, with a member next to them.

CONTACT

Voie Etroite, Student Life Department
E-mail: voieetroite@asso.umontpellier.fr
Phone: +33 4 65 81 37 12
Triolet campus, building 9, room 9.01. Tuesday and Saturday, during the meetings.
"""

TEXTS["05-model-making-and-railway-club.meta.yaml"] = sidecar(
    "Voie Etroite, the model-making and model railway club 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/model-railway-club",
    "students, researchers and staff",
)

TEXTS["06-kite-festival-2027.md"] = """---
title: Festival du Vent – kite-making workshops and the kite festival on the beach, 2027-2028 edition
url: https://www.umontpellier.fr/en/campus-life/culture/festival-du-vent
audience: students, researchers and staff
language: en
valid_until: 2028-08-31
---

# Festival du Vent: kite-making workshops and the kite festival, 2027-2028

Kites were flown in China more than two thousand years ago, and they are still flown all over the world: the fighter kites of Afghanistan and India, the giant round kites of Guatemala, the hexagonal rokkaku of Japan, the box kites of Europe. Each spring, the Culture Department and the student association "Cerf-Volant Club" invite students and staff to make a kite in a workshop and to fly it on the beach at the Festival du Vent, a day open to the public with flying demonstrations, workshops for children and a parade of the kites made during the year. The festival needs volunteers: students and staff who welcome the visitors, keep the flying areas safe and help children build their first kite. This is the fourth edition. In 2026-2027, 2,100 visitors came and the workshops made 230 kites.

## Who can take part?

UM students of every level, exchange students included, doctoral candidates, researchers and staff. The kite-making workshops are open from the age of 16, and volunteers must be 18 or over. Children of any age can come to the festival with an adult; the children's workshops take them from 6 years old.

## Workshops and festival

| Event | Dates | Place | Registration |
|---|---|---|---|
| kite-making workshops | Saturdays 12, 19 and 26 February and 4 March 2028, 9:30–12:30 | the art room of the Student House, Triolet campus | from 10 January to 2 February 2028 |
| Festival du Vent | Sunday 26 March 2028, 10:00–17:00 | the beach of the Grand Travers, between Carnon and La Grande-Motte | volunteers: from 1 to 15 March 2028 |

In the workshops, you make a flat diamond kite in one Saturday or a Japanese rokkaku in two; each Saturday costs €6, materials included, and takes 20 people. Festival volunteers work in shifts of three and a half hours, 9:00–12:30 or 13:30–17:00, and everyone helps to pack up from 17:00 to 18:00. Each volunteer takes at least 1 shift. The festival needs 45 volunteers, taken in order of registration, but volunteers who have made a kite in the workshops go first for the flying areas.

## Getting there

Two free UM coaches leave the Triolet campus, in front of the Student House, at 8:15 for the volunteers and at 9:30 for everyone else, and come back at 18:15. Seats are booked with the festival registration.

## Briefing

Every volunteer attends a 1-hour briefing on the safety of the flying areas and on the children's workshops, on Wednesday 22 March 2028, from 18:00 to 19:00, in the lecture hall of building 5 of the Triolet campus. It is given in French, with a summary in English.

## How to volunteer

To volunteer at the festival, follow these steps:

1. Fill in the volunteer form in the "Culture" tile of your UM account, with your shifts, your coach seat and the languages you speak.
2. Wait for the confirmation e-mail, sent within 5 days of the close of registration, with your role and your shift.
3. Attend the briefing; a volunteer who misses it works at the welcome tent, not on the flying areas.
4. Take the 8:15 coach, and collect your cap, your badge and your radio at the welcome tent.
5. Give back your badge and your radio at the welcome tent before you take the coach home.

## Rules of the flying areas

- no kite flies higher than 50 metres: Montpellier airport is close, and its planes pass over the beach
- only lines of cotton or polyester are allowed: lines coated with glass or metal, used for kite fights, are forbidden
- never fly above people, the car park or the dunes
- stop flying at once when a volunteer blows the whistle
- when the wind goes over 40 km/h, all kites come down

## What volunteers receive

Each volunteer receives a festival cap to keep, a packed lunch and a certificate of volunteering. Students who make a kite in the workshops and work 2 shifts at the festival can have it recognised as a cultural engagement unit worth 1 ECTS credit.

## FAQ

What if there is no wind? The festival goes ahead: the children's workshops and the parade of kites on the sand need no wind. If the forecast for the day is over 40 km/h, the festival is moved to Sunday 2 April 2028; the decision is posted in the UM app on the Friday before, at 18:00.

Can I bring my own kite? Yes, any kite, as long as its line follows the rules of the flying areas. Fighter kites fly only in the area for experienced flyers.

## Contact

Culture Department, Festival du Vent: festivalduvent@umontpellier.fr, +33 4 65 81 53 75. Triolet campus, building 7, room 028; Monday to Thursday, 9:30–12:30.
"""

TEXTS["10-animal-shelter-volunteering.md"] = """---
title: Pattes et Campus – volunteering at the animal shelters of Montpellier, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/pattes-et-campus
audience: students and doctoral candidates
language: en
---

# Pattes et Campus: volunteering with the animals of three shelters

Hundreds of dogs and cats wait for a new home in the shelters around Montpellier, and the shelters never have enough people to walk, brush and play with them. Many international students, for their part, miss the pets they left at home. Pattes et Campus, run by the Student Life Department with three partner shelters, brings them together: students walk the dogs, tame the shy cats and care for retired farm animals, and an animal that is used to people finds a family more easily. This page applies to the academic year 2027-2028. In 2026-2027, 84 students took part, 30 of them international students, and 212 animals of the partner shelters were adopted.

## Partner shelters

| Shelter | Where | What volunteers do | When |
|---|---|---|---|
| Refuge des Garrigues | Grabels, 20 minutes by bus from the Occitanie tram stop | walking the dogs on the paths of the garrigue | Wednesday, 14:00–16:30, and Saturday, 9:30–12:00 |
| Chatterie du Lez | Castelnau-le-Lez | brushing, feeding and playing with the cats, above all the shy ones | Tuesday and Friday, 17:00–19:00 |
| Ferme des Quatre Vents | Lattes | feeding and grooming retired donkeys, goats and ponies | Sunday, 9:00–12:00 |

Volunteers come at least twice a month, always on the same slot, for at least one term. Each shelter takes 10 students per term. Dogs are walked by pairs of volunteers, each with one dog on a lead. Travel costs are not refunded.

## Who can take part?

UM students, exchange students included, and doctoral candidates, aged 18 or over. No experience with animals is needed. You need a civil liability insurance, which most home insurance contracts include: the shelters ask for its certificate. Volunteers with an allergy to cats choose the dogs or the farm.

## How to join

Two information meetings take place, on Thursday 30 September 2027 and on Thursday 20 January 2028, at 12:30, in room 106 of the Student House. To join, follow these steps:

1. Attend an information meeting, or watch its recording in the "Student House" tile of your UM account.
2. Fill in the form in the same tile, with the shelter and the slot you prefer.
3. Upload your civil liability insurance certificate.
4. Attend the 90-minute training at your shelter, on the Saturday morning after the meeting, where the staff show how to approach, hold and walk the animals.
5. Do your first two slots with an experienced volunteer before you go with another beginner.

## Rules at the shelters

- never let a dog off its lead, even in a fenced field
- give the animals only the treats of the shelter, never your own food
- wash your hands after each cat room, so that diseases do not pass from one room to the next
- tell the staff at once about a bite or a scratch, even a small one
- never take an animal home: adoption goes through the shelter

## Adoption

Volunteers who want to adopt an animal go through the usual procedure of the shelter. The shelters ask international students where the animal will live when their studies end, and how it will travel with them if they go home.

## Events and credits

The Refuge des Garrigues opens its doors to the public on Saturday 16 October 2027, from 10:00 to 17:00, and volunteers show the visitors around. From 15 to 26 November 2027, a collection of blankets, towels and pet food takes place at the reception desk of the Student House. Students who come to at least 16 slots in the year and help at the collection can have it recognised as a student engagement unit worth 1 ECTS credit. Every volunteer receives a certificate at the end of the year.

## FAQ

I am afraid of big dogs. Can I still walk dogs? Yes: the Refuge des Garrigues gives beginners small, calm dogs, and you never walk a dog you do not feel safe with.

Can I bring my own dog on the walks? No. Shelter dogs can be nervous with other dogs.

What if I go home for the holidays? Tell the coordinator 2 weeks ahead: another volunteer takes your slot.

## Contact

Pattes et Campus coordinator, Student Life Department: pattes@umontpellier.fr, +33 4 65 81 36 58. Student House, Triolet campus, building 20, room 106; Tuesday and Thursday, 13:30–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time and their volunteering: bread and the student bakery, puppets, micro-forests, magic, model railways, kites, reading for students who cannot read print, samba, stained glass and animal shelters. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| Le Fournil, Student House | bread-making workshops, the student bakery, volunteer bakers, the Fête du Pain | fournil@asso.umontpellier.fr | +33 4 65 81 34 66 | Student House, Triolet campus, building 20, room 116 | Tuesday and Friday, 11:00–13:00 |
| Les Ficelles, Culture Department | the puppet theatre company, the audition, the tour, the end-of-year show | ficelles@umontpellier.fr | +33 4 65 81 53 70 | Triolet campus, building 7, room 026 | Monday and Thursday, 14:00–17:00 |
| Grounds Service, micro-forests | planting days, summer watering | microforets@umontpellier.fr | +33 4 65 81 24 96 | Triolet campus, building 3, room 3.09 | Monday to Friday, 8:30–11:30 |
| Tours de Main, Student House | the magic club, its classes and its gala | toursdemain@asso.umontpellier.fr | +33 4 65 81 34 28 | Student House, Triolet campus, building 20, room 122 | Wednesday, 17:00–19:00 |
| Voie Etroite, Student Life Department | the model-making and model railway club, the exhibition | voieetroite@asso.umontpellier.fr | +33 4 65 81 37 12 | Triolet campus, building 9, room 9.01 | Tuesday and Saturday, during the meetings |
| Culture Department, Festival du Vent | kite-making workshops, festival volunteers, the coaches to the beach | festivalduvent@umontpellier.fr | +33 4 65 81 53 75 | Triolet campus, building 7, room 028 | Monday to Thursday, 9:30–12:30 |
| Lecteurs Solidaires, University Libraries | reading volunteers, recording booths, image descriptions, braille | lecteurs@umontpellier.fr | +33 4 65 81 45 88 | Richter campus library, 2nd floor, office 2.06 | Monday to Thursday, 10:00–16:00 |
| Batuc'UM, Student House | the samba band, rehearsals, instrument loans, parades | batucum@asso.umontpellier.fr | +33 4 65 81 34 37 | Student House, Triolet campus, building 20, room 004 | Monday and Thursday, 18:00–19:00 |
| Atelier Lumière, Culture Department | stained-glass courses, the open workshop | vitrail@umontpellier.fr | +33 4 65 81 53 84 | Triolet campus, building 31, room 31.04 | Wednesday and Friday, 13:30–17:00 |
| Pattes et Campus coordinator, Student Life Department | volunteering at the shelters, the training, the collection | pattes@umontpellier.fr | +33 4 65 81 36 58 | Student House, Triolet campus, building 20, room 106 | Tuesday and Thursday, 13:30–17:00 |

## Useful to know

People with a disability who need step-free access, an adapted task, documents in large print or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability@umontpellier.fr, +33 4 65 81 70 52, Triolet campus, building 8, room 004; Monday to Friday, 9:00–12:00 and 13:30–16:30. The service arranges the adaptation with the activity. Students who need texts recorded, described or in braille also go through their adviser at the Disability Support Service.

Exchange students who want the credits of an activity of this directory (the bakery, the puppet troupe, the micro-forests, the magic gala, the kite festival, Lecteurs Solidaires, the samba band, the animal shelters) in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 81 99 20.

In an emergency, call 15 for a medical emergency, 18 for a fire, or 112. Do not write to a service.
"""

TEXTS["31-kite-festival-2024.txt"] = """KITE FESTIVAL 2024-2025
University of Montpellier - Culture Department

Each spring, UM invites its students to make a kite and to fly it on the beach. The 2024-2025 edition is the first one.

WHO CAN TAKE PART?

UM students aged 18 or over, in a bachelor's or a master's degree. Exchange students, doctoral candidates and staff cannot take part in this first edition.

WORKSHOPS

Two kite-making workshops take place on Saturday 8 and Saturday 15 March 2025, from 14:00 to 17:00, in room 2.04 of building 2 of the Triolet campus. Each workshop costs EUR 10 and takes 12 people.

THE FESTIVAL

The kite festival takes place on Sunday 30 March 2025, from 11:00 to 16:00, on the beach of Palavas-les-Flots. There is no coach: take tram line 3 to its last stop, then walk for 25 minutes. Volunteers work the whole day, from 10:00 to 16:30. There is no height limit for the kites.

PLACES AND REGISTRATION

The festival has 25 places for volunteers, given on a first come, first served basis. Registration opens on 3 February 2025 and closes on 21 February 2025.

HOW TO REGISTER

1. Send the volunteer form by e-mail to the Culture Department.
2. Come to the beach at 10:00 on the day of the festival.
3. Collect your T-shirt at the welcome desk; it must be given back at the end of the day.

WHAT VOLUNTEERS RECEIVE

Volunteers receive a sandwich and a certificate of volunteering. Volunteering does not give ECTS credits.

CONTACT

Culture Department
E-mail: cerfsvolants@umontpellier.fr
Phone: +33 4 65 81 53 10
Triolet campus, building 7, room 012. Tuesday and Thursday, 14:00-17:00.
"""

TEXTS["31-kite-festival-2024.meta.yaml"] = sidecar(
    "Kite festival 2024-2025",
    "https://www.umontpellier.fr/en/campus-life/culture/kite-festival-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-littoral-kite-festival-and-reading-volunteers.md"] = """---
title: Université du Littoral Côte d'Opale – kite festival volunteers and reading volunteers
url: https://www.univ-littoral.fr/en/campus-life/kite-festival-and-reading-volunteers
audience: students and staff
language: en
---

# Université du Littoral Côte d'Opale: kite festival volunteers and reading volunteers

This page of the Université du Littoral Côte d'Opale (ULCO) presents the volunteers of its kite festival and its reading volunteers. It applies only to students and staff of the Université du Littoral Côte d'Opale, on its campuses of Dunkerque, Calais, Boulogne-sur-Mer and Saint-Omer.

## Kite festival volunteers

Volunteers welcome the visitors, keep the flying areas safe and run the children's workshops of the university's kite festival on the Opal Coast.

| Rule | Université du Littoral Côte d'Opale |
|---|---|
| kite-making workshops | 3 Saturdays in March 2028, €10 per Saturday, 15 people |
| festival | Sunday 9 April 2028, on the beach of Boulogne-sur-Mer |
| shifts | 5 hours, from 9:00 to 14:00 or from 13:00 to 18:00; at least 2 shifts |
| places | 30 volunteers, given by lot |
| registration | closes on 20 February 2028 |
| age | volunteers aged 16 or over |
| height | kites may fly up to 100 metres high |
| getting there | no coach: volunteers come by their own means |
| what volunteers receive | a meal voucher of €10 |
| credits | 2 ECTS credits after 2 shifts |

Contact: kite festival volunteers, cerfvolant@univ-littoral.fr, +33 3 21 99 43 10.

## Reading volunteers

Volunteers record course texts for students with a visual impairment in the library of the Dunkerque campus.

- volunteers must be 17 or over; those under 18 need an authorisation from a parent
- the recording booths are open Monday to Saturday, from 8:30 to 20:00
- volunteers record at least 1 hour a week for the whole year
- texts are recorded in French and in English only
- the training lasts 3 hours, on Saturday 2 October 2027
- no voice test is required
- readers take a break of 15 minutes every hour
- students receive 1 ECTS credit after 20 hours of recording

Contact: reading volunteers, lecture@univ-littoral.fr, +33 3 28 23 71 40.
"""

TEXTS["41-gustave-eiffel-puppet-theatre-and-bread-workshops.md"] = """---
title: Université Gustave Eiffel – the puppet theatre workshop and the bread-making workshops
url: https://www.univ-gustave-eiffel.fr/en/campus-life/puppets-and-bread
audience: students and staff
language: en
---

# Université Gustave Eiffel: the puppet theatre workshop and the bread-making workshops

This page of the Université Gustave Eiffel presents the puppet theatre workshop of its culture service and the bread-making workshops of its student bakery. It applies only to students and staff of the Université Gustave Eiffel, on its campuses of Champs-sur-Marne and Meaux.

## Puppet theatre

Students make puppets and play for the children of the schools around the Cité Descartes.

| Rule | Université Gustave Eiffel |
|---|---|
| making workshop | Monday, 18:00–21:00, €45 for the term, 10 people |
| age | 18 or over |
| French | a level B2 in French for every member |
| audition | Thursday 9 December 2027 |
| touring troupe | 12 members, shows on Saturday mornings in the schools of Champs-sur-Marne |
| shadow theatre | no shadow theatre workshop this year |
| credits | 3 ECTS credits after 8 shows |
| end-of-year show | Saturday 17 June 2028 |

Contact: puppet theatre, marionnettes@univ-eiffel.fr, +33 1 60 95 72 40.

## Bread-making workshops and the student bakery

The student bakery of the Champs-sur-Marne campus teaches students to bake and sells their bread.

- workshops take 12 people and are open from 18 years old
- sourdough workshop: 3 sessions, €25
- baguette basics: 2 sessions, €20
- grant holders pay the full price
- the student bakery bakes on Monday and Thursday mornings, from 5:30 to 8:30
- a baguette costs €0.80 and a country loaf €2.20
- volunteer bakers bake at least 4 mornings a month
- students receive 2 ECTS credits after 10 mornings
- the bread festival takes place on Saturday 3 June 2028

Contact: student bakery, fournil@univ-eiffel.fr, +33 1 60 95 73 15.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
