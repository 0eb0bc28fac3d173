"""The text of every 'blind22' document; run this to rebuild corpus/ (see ../collection_tools.py).

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
    "07-archaeological-dig-volunteers-2027.pdf": {
        "title": "Digging the past: volunteering on the summer excavation and in the finds lab 2027-2028",
        "short": "Archaeological dig volunteers 2027-2028",
        "url": "https://www.umontpellier.fr/en/research/archaeosciences/dig-volunteers-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – ArchéoSciences research unit, volunteers on the dig",
        "pages": [
            [
                ("h1", "Digging the past: volunteering on the summer excavation and in the finds lab 2027-2028"),
                (
                    "p",
                    "Every summer, a research team of the University of Montpellier excavates the Gallo-Roman "
                    "villa of Les Peyrières, a farm of the 1st to the 5th century AD, 25 km west of "
                    "Montpellier. During the year, the finds are washed, sorted and recorded in the "
                    "finds lab of the Triolet campus. Volunteers are welcome at every stage: you do not need to "
                    "study archaeology, and many volunteers are students of biology, geology, chemistry or "
                    "computer science who want to see how their field helps to read the past. This guide applies from 1 September 2027 to 31 August "
                    "2028. In 2027, 74 volunteers from 19 countries took part.",
                ),
                ("h2", "Three ways to take part"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Commitment"],
                        ["finds lab: washing, sorting and labelling pottery, bones and coins", "Tuesday, 17:30–20:00, from 12 October 2027 to 28 March 2028", "Triolet campus, building 22, room 22.03", "at least 4 evenings"],
                        ["summer excavation", "period 1: 5 to 23 June 2028; period 2: 26 June to 13 July 2028; Monday to Friday, 7:00–14:30", "the villa of Les Peyrières", "one full period of 3 weeks"],
                        ["site open day: guiding visitors around the trenches", "Saturday 8 July 2028, 9:00–18:00", "the villa of Les Peyrières", "one half-day"],
                    ],
                    (46, 52, 36, 32),
                ),
                (
                    "p",
                    "Period 2 ends on a Thursday, because 14 July is a public holiday. Each period takes 24 "
                    "volunteers, and the finds lab takes 12 people per evening. Places on the excavation are "
                    "given in order of application, but volunteers who have come to at least 4 evenings of the "
                    "finds lab go first.",
                ),
                ("h2", "Who can volunteer?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates and staff, aged 18 or over on "
                    "the first day of their period. The finds lab is also open to students under 18. "
                    "Excavation is hard physical work in the summer heat: you kneel, dig and carry buckets of "
                    "soil for hours. Your tetanus vaccination must be up to "
                    "date: if your last injection was more than 10 years ago, the Student Health Service gives "
                    "students a free booster.",
                ),
            ],
            [
                ("h2", "How to apply for the summer excavation"),
                (
                    "p",
                    "Applications open on 10 January 2028 and close on 5 March 2028. To apply, follow these "
                    "steps:",
                ),
                (
                    "num",
                    [
                        "Fill in the application form in the \"Research\" tile of your UM account, choosing "
                        "period 1 or period 2, and add a short letter saying why you want to take part.",
                        "Upload proof that your tetanus vaccination is up to date.",
                        "Wait for the answer of the site director, sent by e-mail by 31 March 2028.",
                        "Confirm your place within 10 days and sign the volunteer agreement, which covers you "
                        "with UM's insurance while you work on the site.",
                        "Attend the safety briefing on Wednesday 17 May 2028, 17:30–19:30, in the lecture hall "
                        "of building 22 of the Triolet campus; it is given in French and in English.",
                    ],
                ),
                ("h2", "Travel, food and accommodation"),
                (
                    "p",
                    "Volunteers pay nothing. A UM minibus leaves the Triolet campus every morning at 6:15 and "
                    "brings everyone back at 15:15; lunch is provided on the site. Volunteers who prefer to "
                    "stay near the site can sleep in the village school dormitory, free of charge, from Sunday "
                    "evening to Friday morning; bring a sleeping bag.",
                ),
                ("h2", "What to bring"),
                (
                    "bullet",
                    [
                        "closed safety shoes: sandals and thin-soled trainers are not allowed;",
                        "a wide-brimmed hat, sunscreen and long, light clothes;",
                        "a water bottle of at least 2 litres;",
                        "knee pads or a kneeling mat;",
                        "a 4-inch pointing trowel, if you have one: the site lends trowels, brushes and "
                        "buckets to the others.",
                    ],
                ),
            ],
            [
                ("h2", "Rules on the site"),
                (
                    "bullet",
                    [
                        "never take a find home, not even a small piece of pottery: every find belongs to the "
                        "excavation and is recorded;",
                        "do not post photos of finds or trenches on social media before the end of the "
                        "excavation;",
                        "metal detectors are forbidden on and around the site;",
                        "stop work and tell the trench supervisor at once if you find human bones;",
                        "work stops at 12:00 on days with an orange heatwave warning.",
                    ],
                ),
                ("h2", "Credits"),
                (
                    "p",
                    "Students who complete a full period and write a 5-page report on a find or a method can have it "
                    "recognised as a research engagement unit worth 3 ECTS credits. Exchange students ask the "
                    "international relations officer of their faculty to add it to their learning agreement.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["the evening sessions of the finds lab", "finds lab manager", "findslab@umontpellier.fr"],
                        ["applications, periods, the volunteer agreement", "Dig volunteers desk, ArchéoSciences unit", "dig@umontpellier.fr"],
                        ["an accident or an emergency on the site", "the site director, then the emergency services", "+33 6 52 18 77 40, then 15 or 112"],
                    ],
                    (56, 56, 54),
                ),
                (
                    "p",
                    "Contact: Dig volunteers desk, ArchéoSciences unit, dig@umontpellier.fr, +33 4 65 81 63 27. "
                    "Triolet campus, building 22, room 22.01; Monday, Tuesday and Thursday, 10:00–12:30.",
                ),
            ],
        ],
    },
    "08-tea-club-2027.pdf": {
        "title": "Thé Nomade: the UM tea club, its tastings and the Tea Week 2027-2028",
        "short": "Thé Nomade tea club 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/student-house/the-nomade-tea-club-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student House, the Thé Nomade tea club",
        "pages": [
            [
                ("h1", "Thé Nomade: the UM tea club, its tastings and the Tea Week 2027-2028"),
                (
                    "p",
                    "Thé Nomade is the tea club of UM students, based in the Student House. Tea is drunk almost "
                    "everywhere in the world, and almost everywhere differently: whisked green tea in Japan, "
                    "mint tea poured from high above the glass in Morocco, spiced milk tea in India, tea from a "
                    "samovar in Iran and Russia. The club invites its members to share the tea of their "
                    "country, to taste teas they do not know and to learn how they are grown and brewed. This "
                    "guide applies to the academic year 2027-2028. In 2026-2027, the club had 230 members from "
                    "44 countries.",
                ),
                ("h2", "What the club offers"),
                (
                    "table",
                    [
                        ["Activity", "When", "Where", "Price"],
                        ["tasting evening: 4 teas of one country, presented by a member", "every other Thursday, 18:30–20:00, from 7 October 2027", "Student House, Triolet campus, building 20, room 114", "€2; free for members"],
                        ["matcha and Japanese tea ceremony workshop", "Saturday 20 November 2027 and Saturday 19 February 2028, 10:00–12:00", "Student House, room 114", "€8 for members, €12 for others"],
                        ["the tea library: samples of the club's 60 teas to take home", "Monday and Thursday, 12:30–14:00", "Student House, room 112", "free, for members only"],
                        ["Tea Week: a tea house of the world with 12 stands", "31 January to 4 February 2028, 11:00–18:00", "the hall of the Richter campus library", "€1 a cup"],
                    ],
                    (50, 46, 40, 30),
                ),
                (
                    "p",
                    "Membership costs €10 for the academic year for students and €18 for staff and "
                    "researchers. Members take home up to 3 sachets of 10 grams a month from the tea library. "
                    "The tasting evenings take 30 people; the matcha workshop takes 12, and members book first. "
                    "Everything is explained in French and in English.",
                ),
            ],
            [
                ("h2", "Hosting a tasting evening"),
                (
                    "p",
                    "Every member can present the tea of their country, or of a country they love, at a "
                    "tasting evening. To host an evening, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Choose a date in the \"Student House\" tile of your UM account, at least 4 weeks ahead.",
                        "Send the club the list of the 4 teas you want to serve and where they come from; the "
                        "club buys them, up to €40 for the evening.",
                        "Prepare a short talk of 10 minutes, with photos or a map, in French or English.",
                        "Come at 17:45 to set up the room with a member of the club's team, who shows you the "
                        "kettles and the cups.",
                        "Wash and put away the teapots and cups with the team before 20:30.",
                    ],
                ),
                ("h2", "Rules of the tastings"),
                (
                    "bullet",
                    [
                        "no milk, sugar or honey in the first cup: taste each tea on its own first;",
                        "the host says which teas contain caffeine; ask for a caffeine-free infusion if you need one;",
                        "only the host and the club's team use the kettles and the samovar;",
                        "bring your own cup if you can: the club has 40 cups, and paper cups are not used;",
                        "no alcohol, not even in a tea cocktail.",
                    ],
                ),
                ("h2", "Tea Week and credits"),
                (
                    "p",
                    "During the Tea Week, each stand is held by members from one country or region. Members who "
                    "want to hold a stand send their project to the club before 6 December 2027; 12 projects "
                    "are chosen. Students who hold a stand for the 5 days and host at least 2 tasting evenings "
                    "in the year can have it recognised as a cultural engagement unit worth 1 ECTS credit. The "
                    "money from the cups pays for the teas of the following year.",
                ),
                (
                    "p",
                    "Contact: Thé Nomade, Student House, thenomade@asso.umontpellier.fr, +33 4 65 81 34 19. "
                    "Triolet campus, building 20, room 112; Monday and Thursday, 12:30–14:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-bookbinding-workshop.docx": {
        "title": "Binding books by hand: the bookbinding workshop \"Fil et Carton\" of the University Libraries – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/libraries/bookbinding-workshop",
        "audience": "students, researchers and staff",
        "blocks": [
            ("title", "Binding books by hand: the bookbinding workshop \"Fil et Carton\" of the University Libraries – guide 2027-2028"),
            (
                "p",
                "In the basement of the Richter campus library, the conservation workshop of the University "
                "Libraries repairs old and damaged books. Since 2024, under the name \"Fil et Carton\", it also "
                "opens its doors to students and staff who want to learn bookbinding: to sew a notebook, to "
                "cover a book in cloth, to make marbled paper or to save a book they love that is falling "
                "apart. Bookbinding needs patience more than skill, and it is a quiet way to spend an evening "
                "with people from all over the world. In 2026-2027, 260 people came to the workshop and bound "
                "more than 700 notebooks.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The workshop is open to UM students, researchers and staff; it is not open to the public. "
                "Participants must be 16 or over, because of the knives and the guillotine. You do not need any "
                "experience. The bookbinders explain in French and in English, and one of them also speaks "
                "Portuguese. Students with a need-based grant pay half price for every activity.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["first notebook: a Japanese stab-bound notebook", "first Tuesday of each month, 17:30–19:30, from October to June", "conservation workshop, Richter campus library, basement, room S12", "€6, materials included"],
                    ["case-binding course: a hardback book in 6 sessions", "6 Wednesdays from 12 January to 16 February 2028, 18:00–20:30", "conservation workshop, room S12", "€45, materials included"],
                    ["repair clinic: bring a damaged book of your own", "every Friday, 12:30–14:00", "conservation workshop, room S12", "free; materials at cost"],
                    ["marbled paper morning", "Saturday 11 March 2028, 9:30–12:30", "the art room of the Student House, Triolet campus", "€12"],
                    ["binding your thesis by hand", "on appointment, from 1 to 30 June 2028", "conservation workshop, room S12", "€18 per copy"],
                ],
            ),
            (
                "p",
                "Each activity takes 8 people, and the repair clinic 5. Register for the first notebook, the "
                "course and the marbled paper morning in the \"Libraries\" tile of your UM account; the repair "
                "clinic needs no booking.",
            ),
            ("h1", "Binding your thesis"),
            (
                "p",
                "Master's and doctoral students can bind the copies of their thesis themselves, with the help "
                "of a bookbinder. To bind your thesis, follow these steps:",
            ),
            (
                "num",
                [
                    "Book a 3-hour slot in the \"Libraries\" tile of your UM account, at least 3 weeks before you "
                    "have to hand in the thesis.",
                    "Print your thesis single-sided on A4 paper of 90 grams, with margins of at least 2.5 cm on "
                    "the binding side.",
                    "Choose the colour of the cloth and the text of the spine; gold lettering costs €5 more per "
                    "copy.",
                    "Come to your slot with the printed pages: you sew and cover the books yourself, with a "
                    "bookbinder next to you.",
                    "Collect the copies 48 hours later, when the glue is dry, and pay at the desk by bank card or "
                    "with Izly.",
                ],
            ),
            ("h1", "Borrowing tools"),
            (
                "p",
                "Participants in the case-binding course can borrow a kit with a bone folder, an awl, needles and "
                "linen thread for 3 weeks, with a deposit of €20 paid by cheque and given back when the kit is "
                "returned. Knives and the guillotine never leave the workshop.",
            ),
            ("h1", "Rules in the workshop"),
            (
                "bullet",
                [
                    "always cut on the cutting mat, with the blade moving away from your hand;",
                    "only a bookbinder uses the guillotine;",
                    "never bring a book that belongs to a library: tell the desk of that library instead, which "
                    "sends it to the workshop;",
                    "no food or drink near the work tables;",
                    "wash the glue brushes before you leave.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Fil et Carton, conservation workshop of the University Libraries: bookbinding@umontpellier.fr, "
                "+33 4 65 81 45 93. Richter campus library, basement, room S12; Tuesday and Friday, 13:30–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

# ---------------------------------------------------------------- the other files, as written

TEXTS: dict[str, str] = {}

TEXTS["01-perfume-and-scent-workshops.md"] = """---
title: Scent workshops "L'Atelier des Senteurs" – smell training, perfume creation and scents of the world, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/culture/scent-workshops
audience: students, researchers and staff
language: en
---

# Scent workshops with "L'Atelier des Senteurs": smell training, perfume creation and scents of the world

Montpellier has trained pharmacists, chemists and perfumers for centuries, and the scents of the garrigue (thyme, rosemary, lavender, the resin of the pines) are all around the city. The Culture Department's scent workshops, "L'Atelier des Senteurs", are led by a perfumer and by a chemist of the Faculty of Pharmacy. You learn to recognise and name smells, to understand how a perfume is built, and to create a cologne of your own. Smells bring back memories of home, and many international students bring the spices, woods and flowers of their country to the workshops. This page applies to the academic year 2027-2028. In 2026-2027, 210 people followed a workshop.

## Workshops

| Workshop | When | Where | Sessions | Price |
|---|---|---|---|---|
| smell training: learn to recognise 40 raw materials | Monday, 18:00–20:00 | Faculty of Pharmacy, Arnaud de Villeneuve campus, room P210 | 4, from 4 October 2027 | €25 |
| create your own cologne | Tuesday, 18:30–20:30 | Faculty of Pharmacy, room P210 | 3, from 9 November 2027 | €35, a 50 ml bottle included |
| scents of the world: spices, resins and flowers brought by the participants | Thursday, 18:00–20:00 | Richter campus, building B, room B204 | 3, from 13 January 2028 | €20 |
| solid perfumes and scented balms | Wednesday 2 February 2028, 14:00–17:00 | Faculty of Pharmacy, room P210 | 1 | €15 |
| open morning: guess the smell | Saturday 2 October 2027, 10:00–12:30 | the hall of the Student House, Triolet campus | 1 | free |

Each workshop takes 14 people. Staff and researchers pay €10 more per workshop; students with a need-based grant pay half price. Registration for the autumn workshops opens on 20 September 2027, and for the spring workshops on 6 December 2027. The cologne workshop is open only to people who have followed the smell training, in 2027-2028 or in an earlier year.

## Who can take part?

UM students, exchange students included, researchers and staff, aged 18 or over: some raw materials are not suitable for children. Essential oils are not recommended during pregnancy: pregnant participants can follow the smell training and the open morning, but not the creation workshops. People with asthma or a skin allergy to perfumes talk to the chemist before they register.

## How to register

You can register for one workshop or for several. To register, follow these steps:

1. Come to the open morning if you are not sure which workshop to choose; no booking is needed.
2. Register in the "Culture" tile of your UM account; places are given in order of registration.
3. Fill in the health form of the tile: allergies, asthma and pregnancy.
4. Pay within 5 days by bank card or with Izly; grant holders upload their grant notice first.
5. On the day, come without perfume, scented cream or aftershave, and do not smoke or drink coffee in the hour before: they blunt your sense of smell.

## Rules in the workshop

- never taste a raw material, and never put one directly on your skin
- smell from a paper strip, never from the bottle
- wear the gloves and glasses you are given when you handle essential oils
- after every 6 smells, take a short break and breathe fresh air
- take nothing out of the room except your own creation

## Festival and credits

The year ends with the "Festival des Senteurs" on Tuesday 23 May 2028, from 17:00 to 20:00, in the Atrium of the Richter campus library, where the participants present their creations to the public at a smelling bar. Students who follow the smell training and the cologne workshop and present a creation at the festival can have it recognised as a cultural engagement unit worth 1 ECTS credit.

## FAQ

I lost my sense of smell after an illness. Can the workshops help? You are welcome at the smell training, and many people find that practice helps, but the workshops are not a medical treatment: ask a doctor first.

Can I take my cologne home? Yes. The 50 ml bottle you fill in the cologne workshop is yours, with a label giving the formula you chose.

My French is very basic. Will I follow? Yes. The perfumer explains in French and in English, and the names of the raw materials are written in both languages.

## Contact

L'Atelier des Senteurs, Culture Department: senteurs@umontpellier.fr, +33 4 65 81 53 62. Triolet campus, building 7, room 024; Tuesday and Friday, 10:00–12:30.
"""

TEXTS["02-faq-mushroom-identification.html"] = html_page(
    "Wild mushrooms: the autumn walks and the checking desk of the Faculty of Pharmacy, FAQ",
    "Wild mushrooms: guided walks, the free checking desk of the Faculty of Pharmacy, the identification evening and the exhibition.",
    "https://www.umontpellier.fr/en/campus-life/nature/wild-mushrooms-faq",
    "/fr/vie-des-campus/nature/champignons-faq",
    """    <h1>Wild mushrooms: the walks and the checking desk, FAQ</h1>
    <p>Every autumn, thousands of people pick wild mushrooms in the forests around Montpellier, and every autumn some of them are poisoned. Newcomers are most at risk: several deadly species of Europe look very much like edible mushrooms of Asia, Africa or the Americas. The mycology team of the Faculty of Pharmacy and the student association "Les Mycophiles" run guided walks and a free desk where a mycologist checks what you have picked. This FAQ applies to the autumn of 2027. In 2026, the desk checked 1,900 baskets and found deadly mushrooms in 37 of them.</p>

    <h2>What is on offer?</h2>
    <table>
      <thead>
        <tr><th>Activity</th><th>When</th><th>Where</th><th>Price</th></tr>
      </thead>
      <tbody>
        <tr><td>checking desk: a mycologist checks every mushroom of your basket</td><td>Monday and Thursday, 17:00–19:00, from 4 October to 25 November 2027</td><td>mycology lab, Faculty of Pharmacy, Arnaud de Villeneuve campus, room P012</td><td>free</td></tr>
        <tr><td>day walk in the forests of the Aigoual</td><td>Saturdays 16 October, 6 November and 20 November 2027, 7:30–18:00</td><td>coach from the Triolet campus, in front of the Student House</td><td>€12, coach included</td></tr>
        <tr><td>half-day walk in the pine woods of the Gardiole hills</td><td>Sunday 24 October 2027, 9:00–13:00</td><td>meeting at the car park of the town hall of Fabrègues</td><td>free</td></tr>
        <tr><td>identification evening: 30 common species under the microscope</td><td>Wednesday 10 November 2027, 18:00–21:00</td><td>teaching room P105, Faculty of Pharmacy</td><td>€5</td></tr>
        <tr><td>exhibition of fresh mushrooms</td><td>Saturday 27 and Sunday 28 November 2027, 10:00–18:00</td><td>the hall of the Faculty of Pharmacy</td><td>free</td></tr>
      </tbody>
    </table>
    <p>The day walks take 48 people, the number of seats in the coach; the Gardiole walk takes 25 people and the identification evening 24. Book them in the "Culture" tile of your UM account. The checking desk needs no booking; it is closed on 1 and 11 November, which are public holidays.</p>

    <h2>Who can come on the walks?</h2>
    <p>UM students, exchange students included, researchers and staff, with their families. Children from 10 years old are welcome with an adult. The walks are in French; on 6 November, a guide also explains in English. The walks are not difficult, but you walk about 8 km on forest paths.</p>

    <h2>How do I have my mushrooms checked?</h2>
    <p>Bring everything you have picked, even the mushrooms you think you know. To have your harvest checked, proceed as follows:</p>
    <ol>
      <li>Pick whole mushrooms, with the foot and its base: never cut them, because the base is often what tells a deadly species from an edible one.</li>
      <li>Carry them in a basket or a cardboard box, never in a plastic bag, in which they rot.</li>
      <li>Keep each kind apart, wrapped in newspaper, and bring them within 24 hours of picking.</li>
      <li>Come to the desk during its opening hours, and give the mycologist the whole harvest, not a sample.</li>
      <li>Take back only the mushrooms that the mycologist has declared edible: the poisonous ones, and every mushroom that touched them, are destroyed on the spot.</li>
    </ol>

    <h2>Can I send a photo instead?</h2>
    <p>No. A photo is never enough to identify a mushroom: the desk does not answer photos sent by e-mail or by message, and you should not trust an identification app either.</p>

    <h2>What should I bring on a walk?</h2>
    <p>Walking shoes, a raincoat, water and a packed lunch for the day walks. Baskets and knives are lent by the association. Each walker may pick at most 2 litres of mushrooms, the limit set in the forests of the walks.</p>

    <h2>What if someone feels ill after eating wild mushrooms?</h2>
    <p>Call 15 or 112 at once, even if the symptoms seem mild, and keep the leftovers and the peelings for the doctors. The symptoms of the deadliest species often appear only 6 to 24 hours after the meal.</p>

    <h2>Can I learn more?</h2>
    <p>Yes. The members of "Les Mycophiles" (membership €5 a year) meet every other Wednesday, 18:30–20:00, in room P105 of the Faculty of Pharmacy, from 6 October to 15 December 2027, to identify the finds of the week.</p>

    <h2>Whom do I contact?</h2>
    <p>Mycology desk, Faculty of Pharmacy: mycology@umontpellier.fr, +33 4 65 81 62 19. Arnaud de Villeneuve campus, Faculty of Pharmacy, room P012; Monday to Thursday, 14:00–17:00. Association "Les Mycophiles": mycophiles@asso.umontpellier.fr.</p>
""",
    [
        '<a href="/en/students/health">Student Health Service</a>',
        '<a href="/en/students/associations">Student associations</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The Faculty of Pharmacy is closed from 18 December 2027 to 2 January 2028.",
)

TEXTS["02-faq-mushroom-identification.meta.yaml"] = sidecar(
    "Wild mushrooms: the autumn walks and the checking desk of the Faculty of Pharmacy, FAQ",
    "https://www.umontpellier.fr/en/campus-life/nature/wild-mushrooms-faq",
    "students, researchers and staff",
)

TEXTS["03-campus-olive-harvest.md"] = """---
title: Olive harvest days on the campuses – picking, pressing and the new oil, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/sustainability/olive-harvest
audience: students, researchers and staff
language: en
---

# Olive harvest days: picking the olives of the campuses

More than 300 olive trees grow on the campuses of the University of Montpellier, some of them planted a century ago. For years, their olives fell on the paths. Since 2023, the Grounds Service and the student association "Rameau d'Olivier" have invited students and staff to pick them each November. The olives are pressed at a cooperative mill near Montpellier, and the oil is shared between the pickers and the student solidarity grocery. It is a morning outdoors with people from every continent, and for many international students a first taste of a Mediterranean tradition. This page applies to the academic year 2027-2028. In November 2026, 310 pickers harvested 2.1 tonnes of olives, which gave 320 litres of oil.

## Harvest days

| Date | Where | Trees | Meeting point and time |
|---|---|---|---|
| Saturday 13 November 2027 | Triolet campus, the olive grove next to the sports complex | 120 | 9:00, at the entrance of the sports complex |
| Wednesday 17 November 2027 | Richter campus | 45 | 14:00, in front of building A |
| Saturday 20 November 2027 | Saint-Priest campus | 80 | 9:00, at the car park of building 5 |
| Saturday 27 November 2027 | Arnaud de Villeneuve campus and the garden of the Faculty of Pharmacy | 60 | 9:30, in front of the Faculty of Pharmacy |

A harvest lasts about 3 hours; the Wednesday harvest ends at 17:30. Each harvest takes up to 60 pickers. A harvest is put off by one week in case of rain, because wet olives go mouldy before they reach the mill; you are told by e-mail the evening before, by 19:00.

## How to take part

To pick olives on a harvest day, follow these steps:

1. Sign up for a date in the "Rameau d'Olivier" form of the "Sustainability" tile of your UM account.
2. Come to the meeting point on time, with long sleeves, closed shoes and gloves if you have them; nets, rakes and crates are lent.
3. Join a team of 4 around a tree: two people spread the nets, the others comb the branches with the rakes.
4. Remove the leaves and twigs from the nets, and pour the olives into the crates.
5. Bring the crates to the weighing table, where your name is noted for the share of oil.

## Rules under the trees

- never climb into a tree: use only the ladders, and only while another picker holds them
- do not pick the trees marked with a red ribbon: they are used for research
- children under 12 can pick from the ground, but never go up a ladder
- leave the olives that have fallen on the ground: they spoil the oil
- do not pick olives outside the harvest days: the trees belong to the university

## Pressing and the new oil

On Friday 3 December 2027, 20 pickers can visit the mill while the olives of the campuses are pressed; the places are drawn by lot among the pickers on 29 November. The new oil is handed out at the "Fête de l'huile nouvelle" on Thursday 20 January 2028, from 12:00 to 14:00, in the hall of the Student House, with bread from a local bakery. Each picker receives a 25 cl bottle for each harvest day; one third of the oil goes to the student solidarity grocery.

## Table olives workshop

Raw olives are far too bitter to eat: they must be cured for several weeks. On Tuesday 23 November 2027, from 18:00 to 20:00, the association shows how to cure olives in brine, in room 116 of the Student House, building 20. It costs €4, and each participant leaves with a 1-litre jar of green olives to cure at home.

## Credits

Students who pick on at least 3 harvest days and help at the Fête de l'huile nouvelle can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

Are the trees sprayed with pesticides? No. Since 2022, the trees have been treated only with white clay, sprayed in summer, which keeps the olive fly away and is allowed in organic farming.

Can I taste an olive straight from the tree? You can, but you will not enjoy it: raw olives are extremely bitter. They are not toxic.

I can only come for an hour. Is that useful? Yes: come at the start, when the nets are spread, and tell your team before you leave.

## Contact

Grounds Service, olive harvest: olives@umontpellier.fr, +33 4 65 81 24 90. Triolet campus, building 3, room 3.07; Monday to Friday, 8:30–11:30. Association "Rameau d'Olivier": rameau@asso.umontpellier.fr.
"""

TEXTS["04-faq-wikipedia-edit-a-thons.html"] = html_page(
    "Wiki Sprint, the Wikipedia edit-a-thons of the University Libraries: FAQ",
    "Wiki Sprint: first steps on Wikipedia, edit-a-thons in every language, the Wikidata evening, credits and class sessions.",
    "https://www.umontpellier.fr/en/libraries/wiki-sprint-faq",
    "/fr/bibliotheques/wiki-sprint-faq",
    """    <h1>Wiki Sprint: Wikipedia edit-a-thons, FAQ</h1>
    <p>Wiki Sprint is a series of workshops and edit-a-thons in which the University Libraries help students and staff to write and improve Wikipedia articles, with reliable sources from the libraries' collections. Many subjects have an article in English or French but none in Vietnamese, Swahili or Portuguese, and international students are often the best people to write them. No technical skills are needed: if you can write an e-mail, you can edit Wikipedia. This FAQ applies to the academic year 2027-2028. In 2026-2027, 340 participants created 95 articles and improved 1,200 others in 27 languages.</p>

    <h2>What kinds of sessions are there?</h2>
    <table>
      <thead>
        <tr><th>Session</th><th>When</th><th>Where</th><th>Places</th></tr>
      </thead>
      <tbody>
        <tr><td>first steps: create your account and make your first edit</td><td>first Wednesday of each month, 12:30–13:45</td><td>training room 2, Richter campus library</td><td>16</td></tr>
        <tr><td>edit-a-thon "Montpellier in every language": translate articles about the city and its region</td><td>Saturday 20 November 2027, 10:00–17:00</td><td>the group study area of the Triolet campus learning centre</td><td>60</td></tr>
        <tr><td>Wikidata evening for researchers and doctoral candidates</td><td>Tuesday 14 December 2027, 17:00–19:00</td><td>training room 2, Richter campus library</td><td>16</td></tr>
        <tr><td>edit-a-thon "Women of science": articles on women scientists</td><td>Wednesday 8 March 2028, 14:00–20:00</td><td>the Atrium of the Richter campus library</td><td>50</td></tr>
        <tr><td>drop-in help desk: ask a librarian about an article</td><td>every Thursday, 16:00–18:00</td><td>desk B, Triolet campus learning centre</td><td>no booking</td></tr>
      </tbody>
    </table>
    <p>Sessions run from October 2027 to May 2028, except during the university holidays. All sessions are free.</p>

    <h2>Who can take part?</h2>
    <p>UM students, exchange students included, doctoral candidates, researchers and staff. The "Montpellier in every language" edit-a-thon is also open to the students of the other universities of Montpellier. The librarians work in French and in English, and you can write in any language version of Wikipedia.</p>

    <h2>How do I take part in an edit-a-thon?</h2>
    <p>Book at least 3 days before the session. To take part, proceed as follows:</p>
    <ol>
      <li>Create your Wikipedia account at home before the session; you can choose a username that is not your real name.</li>
      <li>Book your place in the "Libraries" tile of your UM account.</li>
      <li>Choose a topic from the list sent with the confirmation e-mail, or suggest your own to the librarians.</li>
      <li>Bring your own laptop and its charger; the room has 10 computers for those who have none.</li>
      <li>Sign the attendance sheet at the end, and write on it the titles of the articles you edited.</li>
    </ol>

    <h2>Are there rules about what I can write?</h2>
    <p>Yes: the rules of Wikipedia. The librarians insist on four of them:</p>
    <ul>
      <li>do not write about yourself, your lab, your supervisor or a company you work for: this is a conflict of interest;</li>
      <li>cite a published, reliable source for every fact you add: course notes and personal memories are not sources;</li>
      <li>never copy and paste text, even with its source: write in your own words;</li>
      <li>add only images that you took yourself or that are under a free licence.</li>
    </ul>

    <h2>Can Wiki Sprint count towards my degree?</h2>
    <p>Yes. Students who attend a first-steps workshop and 2 edit-a-thons, and who create or substantially improve 3 articles, can have it recognised as a student engagement unit worth 1 ECTS credit. A certificate of participation is sent to everyone who signed an attendance sheet.</p>

    <h2>Can a lecturer bring a class?</h2>
    <p>Yes. A lecturer can book a session for a class of up to 30 students, by e-mail, at least 4 weeks ahead. The librarians prepare a list of topics linked to the course.</p>

    <h2>What if my article is deleted?</h2>
    <p>It happens: about one new article in four written by beginners is deleted within a month, usually for lack of sources. The librarians advise beginners to improve an existing article before they create a new one, and they help you to defend or rewrite a deleted article at the drop-in help desk.</p>

    <h2>Is food provided?</h2>
    <p>At the two large edit-a-thons, coffee, tea and pastries are offered, and the Saturday edit-a-thon also offers a light lunch at noon. No food is allowed in the training room.</p>

    <h2>Whom do I contact?</h2>
    <p>Wiki Sprint team, University Libraries: wikisprint@umontpellier.fr, +33 4 65 81 45 70. Richter campus library, office 1.14; Monday to Friday, 10:00–16:00.</p>
""",
    [
        '<a href="/en/libraries">University Libraries</a>',
        '<a href="/en/libraries/training">Library training sessions</a>',
        '<a href="/en/international/directory">Directory of international services</a>',
    ],
    "The libraries close at 17:00 on Saturdays from October to May.",
)

TEXTS["04-faq-wikipedia-edit-a-thons.meta.yaml"] = sidecar(
    "Wiki Sprint, the Wikipedia edit-a-thons of the University Libraries: FAQ",
    "https://www.umontpellier.fr/en/libraries/wiki-sprint-faq",
    "students, researchers and staff",
)

TEXTS["05-origami-and-paper-folding-circle.txt"] = """MILLE PLIS: THE ORIGAMI AND PAPER-FOLDING CIRCLE - 2027-2028
University of Montpellier - Student Life Department

Mille Plis is a circle where people fold paper together: cranes and boxes, flowers and animals, stars made of dozens of modules. A square of paper is all you need, and folding instructions are drawn, not written, so no common language is needed. Some members learned to fold as children in Japan, China or Mexico; others discover origami here. In 2026-2027, the circle had 150 members and folded 4,200 cranes for the children's wards of the university hospital. This guide applies from 1 September 2027 to 30 June 2028.

THE FIVE LEVELS

The circle follows a path of five levels, each with its colour and its models:

white: the crane, the jumping frog and the paper cup
yellow: the lily, the masu box and the fortune teller
orange: the flapping bird, the star box and the butterfly
red: the modular star of 30 units and the kusudama ball
black: the dragon, tessellations and your own designs

A member moves to the next level after folding its three models in front of a volunteer teacher. There is no test and no hurry: most members stay at the yellow level for a whole term.

THE MEETINGS

The circle meets every Wednesday, from 12:30 to 13:45, in the lounge of the Student House (Triolet campus, building 20, room 110), and on the last Friday of each month, from 18:00 to 21:00, for the "Nuit du Pli" in the student lounge of building B of the Richter campus, from 6 October 2027 to 14 June 2028. Meetings are free and take up to 25 people.

PAPER

Squares of origami paper are free at the meetings. Special papers are sold at cost: a sheet of Japanese washi costs EUR 0.50, and a pack of 100 squares of 15 cm costs EUR 4. Members can also bring old magazines, maps and wrapping paper, which the circle cuts into squares.

HOW DO I JOIN?

1. Register in the "Student House" tile of your UM account, under "Mille Plis".
2. Come to a Wednesday meeting: a volunteer teacher gives you paper and folds the crane with you, step by step.
3. Take a white-level card, on which the teachers note the models you have folded.
4. Borrow a book of diagrams from the circle's library, for 2 weeks at most.
5. Join the members' group in the UM app, where the model of the month is posted.

THE THOUSAND CRANES

In Japan, folding a thousand cranes is a wish for recovery. From 10 January to 10 March 2028, members fold cranes for the children's wards of the university hospital. The cranes are hung in garlands of 40, so 25 garlands make a thousand. Anyone can help, even with one crane: a box for cranes stands at the reception desk of the Student House. The garlands are handed over to the hospital on Saturday 18 March 2028.

THE GIANT STAR

Once a year, the circle folds a giant modular star of 1,200 units in one evening, open to everyone, members or not: on Friday 4 February 2028, from 18:00 to 23:00, in the hall of the Triolet campus learning centre. The star then hangs in the learning centre until the end of June.

WORKSHOPS

Special workshops take place on Saturday mornings: tessellations (3 Saturdays in March 2028, EUR 10, paper included) and "folding for maths", where future teachers learn to use origami to teach geometry (free, once a term).

FOLDING AT THE HOSPITAL

Volunteers aged 18 or over can fold with children in the playroom of the children's hospital on Wednesday afternoons, from 14:30 to 16:30. They first attend a 1-hour briefing with the play coordinator of the hospital, and they must not come if they have a cold, a cough or a fever.

CONTACT

Mille Plis, Student Life Department
E-mail: milleplis@umontpellier.fr
Phone: +33 4 65 81 37 05
Student House, Triolet campus, building 20, room 110. Wednesday, 12:00-14:00, and Friday, 10:00-12:00.
"""

TEXTS["05-origami-and-paper-folding-circle.meta.yaml"] = sidecar(
    "Mille Plis, the origami and paper-folding circle 2027-2028",
    "https://www.umontpellier.fr/en/campus-life/student-house/origami-circle",
    "students, researchers and staff",
)

TEXTS["06-science-festival-volunteers-2027.md"] = """---
title: Science festival volunteers – the Science Village of the Fête de la Science and the Science Tram, 2027-2028 edition
url: https://www.umontpellier.fr/en/science-and-society/science-festival-volunteers
audience: students, researchers and staff
language: en
valid_until: 2028-08-31
---

# Science festival volunteers: the Science Village and the Science Tram, 2027-2028

Each October, during the national Fête de la Science, UM opens a Science Village where researchers show their work to the public: experiments, microscopes, robots, fossils and games. In March, the Science Tram takes experiments into a tram for a day. Both events need volunteers: students and staff who welcome the visitors, run activities with the researchers and help school groups. You do not need to study science; you need to like explaining things. International volunteers are especially welcome: they run the "Science without borders" stand, where activities are offered in other languages. This is the fourth edition. In 2026-2027, 165 volunteers welcomed 14,000 visitors.

## Who can volunteer?

UM students of every field and level, exchange students included, doctoral candidates, researchers and staff. Students under 18 can volunteer with a written authorisation from a parent. Volunteers never supervise children on their own: school groups always come with their teachers.

## Events and registration

| Event | Dates | Place | Registration |
|---|---|---|---|
| Science Village | Friday 8 to Sunday 10 October 2027; the Friday is for school groups | tents on the lawn in front of the Triolet campus learning centre | from 1 to 19 September 2027 |
| Science Tram | Saturday 25 March 2028 | a tram of line 1, between the Odysseum and Mosson stops | from 17 January to 20 February 2028 |

Volunteers work in shifts of 4 hours: 9:00–13:00 or 13:00–17:00, and also 17:00–21:00 on Saturday 9 October, for the evening of experiments for adults. Each volunteer takes at least 2 shifts and at most 6. The Science Village needs 140 volunteers and the Science Tram 30. Places are given in order of registration, but volunteers who speak a language other than French and English go first for the "Science without borders" stand.

## Training

Every volunteer attends a 2-hour briefing on how to explain science to children and to the public, and on the safety rules of the stands: on Wednesday 29 September 2027 for the Science Village, and on Wednesday 15 March 2028 for the Science Tram, from 17:30 to 19:30, in the lecture hall of building 5 of the Triolet campus. The briefings are given in French, with a summary in English.

## How to register

To volunteer, follow these steps:

1. Fill in the volunteer form in the "Science and Society" tile of your UM account, with the event, your shifts and the languages you speak.
2. Wait for the confirmation e-mail, sent within 7 days of the close of registration, with your stand and your shifts.
3. Attend the briefing of your event; a volunteer who misses it cannot work at a stand, only at the welcome tent.
4. Collect your T-shirt and your badge at the welcome tent, 30 minutes before your first shift.
5. Fill in the short evaluation form sent by e-mail after the event.

## What volunteers receive

Each volunteer receives a T-shirt of the festival to keep, a meal voucher of €8 for each day on which they work two shifts, and a certificate of volunteering. Students who work at least 4 shifts and attend the briefing can have it recognised as a student engagement unit worth 1 ECTS credit.

## FAQ

I study law. Can I still volunteer? Yes. Volunteers who are not scientists welcome the visitors, guide school groups between the stands and run the games of the welcome tent.

Can I bring an experiment of my own? Yes, if a researcher of your lab supervises it: send a description to the Science and Society Office before 10 September 2027, so that its safety can be checked.

Is it paid? No. Volunteering is not paid, but students who want a paid job at the festival can apply for the 10 student jobs of the set-up team, posted in July.

## Contact

Science and Society Office: sciencefestival@umontpellier.fr, +33 4 65 81 28 44. Triolet campus, building 2, room 2.11; Monday to Thursday, 9:30–12:30.
"""

TEXTS["10-intergenerational-visits.md"] = """---
title: Générations Campus – student visits to older people in partner care homes, 2027-2028
url: https://www.umontpellier.fr/en/campus-life/volunteering/generations-campus
audience: students and doctoral candidates
language: en
---

# Générations Campus: visiting older people in the care homes of Montpellier

Many older people in care homes receive few visits, and many international students live far from their own grandparents. Générations Campus, run by the Student Life Department with four care homes of Montpellier, brings them together: pairs of students visit the residents once a week, to talk, play cards, read, make music or help with a video call to the family. The residents share their memories of the city; the students share their countries. This page applies to the academic year 2027-2028. In 2026-2027, 96 students took part, 41 of them international students.

## Partner care homes

| Care home | District | Afternoon activity | When |
|---|---|---|---|
| Résidence Les Micocouliers | Boutonnet, 10 minutes on foot from the Triolet campus | reading the newspaper aloud and talking about the news | Tuesday, 14:30–16:30 |
| Résidence Le Jardin d'Hiver | Port Marianne | card games, music and songs | Wednesday, 15:00–17:00 |
| Résidence Les Tilleuls | Celleneuve | digital help: video calls, photos and messages to the family | Thursday, 14:00–16:00 |
| Résidence Les Arceaux | Les Arceaux | languages afternoon with residents who speak Spanish, Italian, Portuguese or Arabic | Friday, 14:30–16:30 |

Students visit in pairs, always on the same afternoon and with the same residents, for at least 3 months: the residents need to see familiar faces. Each care home takes 8 students per term. The visits start in the week of 18 October 2027 for the autumn term and in the week of 31 January 2028 for the spring term, and they stop during the university holidays. Travel costs are not refunded.

## Who can take part?

UM students, exchange students included, and doctoral candidates, aged 18 or over. A level A2 in French is enough: the residents are patient, and the Friday afternoon is held in other languages. Before the first visit, the care homes ask for an extract of your criminal record less than 3 months old; students who arrived in France less than a year ago give one from their country of origin, with a translation into French or English. The flu vaccine is recommended but not compulsory.

## How to join

Two information meetings take place, on Tuesday 5 October 2027 and on Tuesday 18 January 2028, at 12:30, in room 108 of the Student House. To join, follow these steps:

1. Attend an information meeting, or watch its recording in the "Student House" tile of your UM account.
2. Fill in the form in the same tile, with the afternoon you prefer and the languages you speak.
3. Upload your criminal record extract.
4. Attend the 2-hour training given by the staff of the care homes, on the Saturday morning before the visits start.
5. Make your first visit with the coordinator, who introduces you to the residents.

## Rules of the visits

- never give a resident food, drinks or medicine, even if they ask for it: many of them follow a diet or a treatment
- do not take photos or videos of residents, and post nothing about them online
- never lend or accept money or gifts
- knock and wait before you enter a room, and respect a resident who does not want a visit that day
- do not come if you have a cold, a cough, a fever or diarrhoea: tell the coordinator and the care home before 12:00

## Events and credits

The residents and the students meet at the "Bal des Générations", a dance afternoon with a band, on Saturday 11 December 2027, from 14:30 to 17:30, at the Résidence Le Jardin d'Hiver, and at a garden party at the Résidence Les Arceaux on Saturday 10 June 2028.

Students who make at least 20 visits in the year and write a 3-page reflective report can have it recognised as a student engagement unit worth 2 ECTS credits. Every volunteer receives a certificate at the end of the year.

## FAQ

Can I bring my instrument? Yes, but ask the coordinator first: the Wednesday afternoon at the Jardin d'Hiver is the best one for music.

What if a resident I visit falls ill or dies? The coordinator tells you in person, and you can talk with the psychologist of the care home. You are never expected to give care.

Can I keep visiting during the exams? Yes, or you can pause for the two weeks of exams: tell the coordinator a week ahead.

## Contact

Générations Campus coordinator, Student Life Department: generations@umontpellier.fr, +33 4 65 81 36 52. Student House, Triolet campus, building 20, room 108; Monday and Wednesday, 13:30–17:00.
"""

TEXTS["11-international-services-directory.md"] = """---
title: Directory of campus life services for international students, researchers and staff
url: https://www.umontpellier.fr/en/international/campus-life-services-directory
audience: all
language: en
---

# Directory of campus life services for international students, researchers and staff

This directory lists the University of Montpellier services and student associations that international students, researchers and staff contact most often about their free time and their volunteering: scent workshops, wild mushrooms, the olive harvest, Wikipedia, origami, the science festival, the archaeological dig, tea, bookbinding and visits to older people. Write to the service first: each service answers e-mails within 3 working days. Phone lines are open during the opening hours of each desk.

| Service | What it handles | E-mail | Phone | Where | Opening hours |
|---|---|---|---|---|---|
| L'Atelier des Senteurs, Culture Department | scent workshops, registration and the health form, the Festival des Senteurs | senteurs@umontpellier.fr | +33 4 65 81 53 62 | Triolet campus, building 7, room 024 | Tuesday and Friday, 10:00–12:30 |
| Mycology desk, Faculty of Pharmacy | checking mushrooms, the walks, the identification evening, the exhibition | mycology@umontpellier.fr | +33 4 65 81 62 19 | Arnaud de Villeneuve campus, Faculty of Pharmacy, room P012 | Monday to Thursday, 14:00–17:00 |
| Grounds Service, olive harvest | harvest days, the visit of the mill, the new oil | olives@umontpellier.fr | +33 4 65 81 24 90 | Triolet campus, building 3, room 3.07 | Monday to Friday, 8:30–11:30 |
| Wiki Sprint team, University Libraries | edit-a-thons, first steps on Wikipedia, sessions for classes | wikisprint@umontpellier.fr | +33 4 65 81 45 70 | Richter campus library, office 1.14 | Monday to Friday, 10:00–16:00 |
| Mille Plis, Student Life Department | the origami circle, the thousand cranes, the giant star, folding at the hospital | milleplis@umontpellier.fr | +33 4 65 81 37 05 | Student House, Triolet campus, building 20, room 110 | Wednesday, 12:00–14:00; Friday, 10:00–12:00 |
| Science and Society Office | science festival volunteers, the Science Village, the Science Tram | sciencefestival@umontpellier.fr | +33 4 65 81 28 44 | Triolet campus, building 2, room 2.11 | Monday to Thursday, 9:30–12:30 |
| Dig volunteers desk, ArchéoSciences unit | the summer excavation, applications, the volunteer agreement | dig@umontpellier.fr | +33 4 65 81 63 27 | Triolet campus, building 22, room 22.01 | Monday, Tuesday and Thursday, 10:00–12:30 |
| Thé Nomade, Student House | tasting evenings, the tea library, the Tea Week | thenomade@asso.umontpellier.fr | +33 4 65 81 34 19 | Triolet campus, building 20, room 112 | Monday and Thursday, 12:30–14:00 |
| Fil et Carton, University Libraries | bookbinding workshops, the repair clinic, binding theses | bookbinding@umontpellier.fr | +33 4 65 81 45 93 | Richter campus library, basement, room S12 | Tuesday and Friday, 13:30–17:00 |
| Générations Campus coordinator, Student Life Department | visits to care homes, the training, the Bal des Générations | generations@umontpellier.fr | +33 4 65 81 36 52 | Student House, Triolet campus, building 20, room 108 | Monday and Wednesday, 13:30–17:00 |

## Useful to know

People with a disability who need step-free access, large-print documents or another arrangement to take part in an activity of this directory contact the Disability Support Service: disability@umontpellier.fr, +33 4 65 81 70 44, Triolet campus, building 8, room 006; Monday to Friday, 9:00–12:00 and 13:30–16:30. The service arranges the adaptation with the activity.

Exchange students who want the credits of an activity of this directory (the scent workshops, the olive harvest, Wiki Sprint, the science festival, the excavation, the Tea Week, Générations Campus) in their learning agreement ask the international relations officer of their faculty, not the services above.

The UM security post answers 24 hours a day, every day of the year: +33 4 65 81 99 12.

In a medical emergency, including a suspected mushroom poisoning, call 15 or 112. Do not write to a service.
"""

TEXTS["31-science-festival-volunteers-2024.txt"] = """SCIENCE FESTIVAL VOLUNTEERS 2024-2025
University of Montpellier - Science and Society Office

Each October, during the national Fete de la Science, UM opens a Science Village where researchers show their work to the public. This page is for the students who want to help as volunteers. The 2024-2025 edition is the first one with student volunteers.

WHO CAN VOLUNTEER?

UM students aged 18 or over, in a bachelor's or a master's degree of the Faculty of Sciences. Exchange students, doctoral candidates and staff cannot volunteer in this first edition.

DATES AND SHIFTS

There is one event only: the Science Village, from Friday 4 to Sunday 6 October 2024, in the hall of the Triolet campus learning centre. Volunteers work full days of 8 hours, from 9:00 to 17:00, and take at least 1 day and at most 2. All stands are run in French only.

PLACES AND REGISTRATION

The Science Village has 80 places for volunteers, given on a first come, first served basis. Registration opens on 2 September 2024 and closes on 20 September 2024.

BRIEFING

A 1-hour briefing takes place on Monday 30 September 2024, from 18:00 to 19:00, in room 2.04 of building 2 of the Triolet campus.

HOW TO REGISTER

1. Send the volunteer form by e-mail to the Science and Society Office.
2. Attend the briefing.
3. Collect your T-shirt at the welcome desk; it must be given back at the end of the day.

WHAT VOLUNTEERS RECEIVE

Volunteers receive a sandwich lunch each day and a certificate of volunteering. Volunteering does not give ECTS credits.

CONTACT

Science and Society Office
E-mail: fetescience@umontpellier.fr
Phone: +33 4 65 81 28 10
Triolet campus, building 2, room 2.04. Tuesday and Thursday, 14:00-17:00.
"""

TEXTS["31-science-festival-volunteers-2024.meta.yaml"] = sidecar(
    "Science festival volunteers 2024-2025",
    "https://www.umontpellier.fr/en/science-and-society/science-festival-volunteers-2024",
    "students",
    "2025-08-31",
)

TEXTS["40-toulon-science-festival-volunteers-and-archaeological-dig.md"] = """---
title: Université de Toulon – science festival volunteers and the summer excavation
url: https://www.univ-tln.fr/en/campus-life/science-festival-and-excavation
audience: students and staff
language: en
---

# Université de Toulon: science festival volunteers and the summer excavation

This page of the Université de Toulon presents its volunteers for the Fête de la Science and its summer excavation. It applies only to students and staff of the Université de Toulon, on its campuses of La Garde, Toulon and Draguignan.

## Science festival volunteers

Volunteers welcome the visitors and run experiments with researchers at the science village of the Fête de la Science.

| Rule | Université de Toulon |
|---|---|
| science village | Thursday 7 to Saturday 9 October 2027, La Garde campus |
| shifts | 6 hours, from 9:00 to 15:00 or from 13:00 to 19:00; at least 3 shifts |
| registration | closes on 15 September 2027 |
| places | 60 volunteers, given by lot |
| age | 18 or over |
| languages | stands in French only |
| briefing | 1 hour, on Tuesday 28 September 2027 |
| what volunteers receive | a meal voucher of €10 per shift |
| credits | 2 ECTS credits after 3 shifts |

Contact: science festival volunteers, fetedelascience@univ-tln.fr, +33 4 94 14 20 35.

## The summer excavation

Volunteers dig a Roman farm in the Var with the university's archaeologists.

- the excavation runs in one period of 4 weeks, from 12 June to 7 July 2028, and volunteers stay for the whole period
- volunteers must be 17 or over; those under 18 need an authorisation from a parent
- applications close on 15 February 2028
- the finds lab meets on Monday evenings, from 18:00 to 20:30
- work on the site runs from 6:30 to 13:30
- volunteers pay €60 for the 4 weeks, for meals and the campsite
- students receive 4 ECTS credits after the full period
- work stops at 11:00 on days with a heatwave warning

Contact: summer excavation, fouilles@univ-tln.fr, +33 4 94 14 21 60.
"""

TEXTS["41-bretagne-sud-mushroom-walks-and-perfume-workshops.md"] = """---
title: Université Bretagne Sud – mushroom walks and perfume workshops
url: https://www.univ-ubs.fr/en/campus-life/mushroom-walks-and-perfume-workshops
audience: students and staff
language: en
---

# Université Bretagne Sud: mushroom walks and perfume workshops

This page of the Université Bretagne Sud presents the mushroom walks of its students' nature association and the perfume workshops of its culture service. It applies only to students and staff of the Université Bretagne Sud, on its campuses in Vannes, Lorient and Pontivy.

## Mushroom walks and the checking desk

| Rule | Université Bretagne Sud |
|---|---|
| checking desk | Wednesday, 17:00–19:00, Tohannic campus, Vannes, from 6 October to 24 November 2027 |
| photos | photos sent by e-mail are answered within 48 hours |
| walks | Sundays, in the forests of the Morbihan, €8, 30 walkers |
| children | from 6 years old, with an adult |
| limit | 5 litres per walker |
| identification evening | Tuesday 16 November 2027, €3 |
| exhibition | Saturday 13 November 2027, Lorient |

Contact: mushroom walks, champignons@univ-ubs.fr, +33 2 97 01 26 40.

## Perfume workshops

The culture service offers perfume workshops with a perfumer from Brittany.

- smell training: 6 sessions on Monday evenings, €40
- cologne creation: 2 sessions, €30, with a 30 ml bottle
- workshops take 10 people and are open from 16 years old
- grant holders pay the full price
- the cologne workshop is open to beginners, without the smell training
- the end-of-year show of creations takes place on Friday 2 June 2028
- students receive 2 ECTS credits after 8 sessions

Contact: perfume workshops, parfum@univ-ubs.fr, +33 2 97 01 27 15.
"""


if __name__ == "__main__":
    write_texts(HERE, TEXTS)
    FILES.write_all()
