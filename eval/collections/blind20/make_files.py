"""The text of the 'blind20' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-campus-apiary-beekeeping-2027.pdf": {
        "title": "The campus apiary: beekeeping course, visits and honey – guide for students and staff 2027-2028",
        "short": "The campus apiary 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/apiary/guide-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Department of Biology, the campus apiary",
        "pages": [
            [
                ("h1", "The campus apiary: beekeeping course, visits and honey – guide for students and staff 2027-2028"),
                (
                    "p",
                    "Behind building 24 of the Triolet campus, the Department of Biology keeps an apiary of "
                    "8 hives, looked after by a professional beekeeper. It is a place to learn how a colony "
                    "lives, to understand why bees matter for the crops of the whole world, and to meet people "
                    "who share a curiosity for nature, whatever language they speak. This guide applies from "
                    "1 September 2027 to 31 August 2028. In 2027, the hives gave 140 kg of honey.",
                ),
                ("h2", "What is on offer"),
                (
                    "table",
                    [
                        ["Activity", "When", "Places", "Price"],
                        ["discovery visit of the apiary", "one Wednesday a month from April to September, 12:15–13:15", "12", "free"],
                        ["beekeeping initiation course, 8 sessions", "8 Saturdays from 18 March to 3 June 2028, 9:00–12:00", "16", "€40 for students, €90 for staff and researchers"],
                        ["honey harvest and extraction", "Saturday 24 June 2028, 9:00–16:00", "20", "free for participants of the course"],
                        ["beeswax candle workshop", "Wednesday 8 December 2027, 14:00–17:00", "15", "€5"],
                    ],
                    (52, 56, 18, 40),
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, researchers and staff, aged "
                    "18 or over. Children from 8 years old can come to the discovery visits with an adult, but "
                    "not to the course. People who have had a strong reaction to a bee or wasp sting must not "
                    "handle the hives: they can follow the discovery visits from behind the safety net and take "
                    "part in the honey extraction, which is done indoors.",
                ),
                ("h2", "Equipment"),
                (
                    "p",
                    "The apiary lends a bee suit with a veil, gloves and boots in every size. Wear long trousers "
                    "and a long-sleeved top under the suit, and no perfume: it excites the bees.",
                ),
            ],
            [
                ("h2", "How to enrol in the initiation course"),
                (
                    "p",
                    "The course has 16 places, and it is often full within a week. To enrol, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Fill in the allergy questionnaire in the \"Apiary\" tile of your UM account; if you have "
                        "ever had a strong reaction to a sting, talk to your doctor before you go on.",
                        "Register for the course in the same tile between 10 January and 4 February 2028; places "
                        "are given in order of registration, then to a waiting list.",
                        "Pay the fee in the tile within 5 days, by bank card or with Izly.",
                        "Attend the theory evening on Wednesday 15 March 2028, 18:00–20:00, in amphitheatre "
                        "24.01: the life of the colony, the beekeeper's year and the safety rules.",
                        "Come to the first practical session on Saturday 18 March 2028, at 9:00, at the gate of "
                        "the apiary behind building 24.",
                    ],
                ),
                ("h2", "Safety rules at the apiary"),
                (
                    "bullet",
                    [
                        "never open a hive or go past the safety net without the beekeeper;",
                        "move slowly, and never wave your arms at a bee;",
                        "if you are stung, scrape the sting off with a fingernail and tell the beekeeper at once;",
                        "only the beekeeper uses the smoker;",
                        "the beekeeper carries an emergency kit and a phone: in case of a strong reaction, call 15 or 112.",
                    ],
                ),
                (
                    "p",
                    "A practical session is cancelled when it rains, when the wind blows at more than 30 km/h "
                    "or when it is colder than 15 °C, because the bees are then nervous. It is replaced by an "
                    "indoor session on the same Saturday, in room 24.105, on the tools, the diseases of bees and "
                    "the making of honey.",
                ),
            ],
            [
                ("h2", "Honey and volunteering"),
                (
                    "p",
                    "Each participant of the course takes home 2 jars of 250 g of honey from the harvest. The "
                    "rest is sold at €6 a jar at the Christmas market of the Student House, and the money pays "
                    "for the upkeep of the hives. After the course, participants can join the team of volunteer "
                    "beekeepers, who check the hives with the beekeeper on Tuesdays, 12:00–13:30, from April "
                    "to September. Students who give 30 hours in the year can have them recognised as a student "
                    "engagement unit worth 2 ECTS credits.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["the course, the visits, the candle workshop", "Apiary desk, Department of Biology", "apiary@umontpellier.fr"],
                        ["samples of bees, pollen or honey for research", "Apiary manager, Department of Biology", "apiary-research@umontpellier.fr"],
                        ["a swarm of bees on campus", "do not go near it; the UM security post calls the beekeeper", "+33 4 65 81 97 00"],
                    ],
                    (44, 56, 66),
                ),
                ("h2", "Questions and answers"),
                (
                    "p",
                    "Is the course given in English? The theory evening is in French with slides in English, "
                    "and the beekeeper also explains in English during the practical sessions.",
                ),
                (
                    "p",
                    "Can I keep bees at home after the course? The course gives you the basics, but in France "
                    "every hive must be declared each year to the authorities; the beekeeper explains how at the "
                    "last session.",
                ),
                (
                    "p",
                    "Contact: Apiary desk, Department of Biology, apiary@umontpellier.fr, +33 4 65 81 73 26. "
                    "Triolet campus, building 24, room 209; Tuesday and Thursday, 9:00–12:00.",
                ),
            ],
        ],
    },
    "08-open-mic-and-stand-up-nights-2027.pdf": {
        "title": "Micro Libre: open-mic and stand-up comedy nights in every language 2027-2028",
        "short": "Micro Libre nights 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/micro-libre-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, Micro Libre nights",
        "pages": [
            [
                ("h1", "Micro Libre: open-mic and stand-up comedy nights in every language 2027-2028"),
                (
                    "p",
                    "Micro Libre is a series of evenings run by the Culture Department with the student "
                    "association \"Rire sans frontières\", where anyone at UM can take the microphone for a few "
                    "minutes: to sing, to read a poem, to slam, to tell a story or to try stand-up comedy. A "
                    "friendly audience is a good place to be heard in your own language, or to dare to make "
                    "people laugh in French. This guide applies to the academic year 2027-2028. In 2026-2027, "
                    "310 performers from 45 countries took the stage.",
                ),
                ("h2", "The four kinds of nights"),
                (
                    "table",
                    [
                        ["Night", "When", "Where", "Language", "Entry"],
                        ["open mic: songs, poems, slam, stories", "first Thursday of each month, 20:00–23:00", "Student House cafeteria, Triolet campus, building 20", "any language", "free"],
                        ["stand-up comedy in English", "third Wednesday of each month, 20:30–22:30", "Le Kiosque, Richter campus", "English", "€2"],
                        ["stand-up comedy in French", "second Friday of each month, 20:30–22:30", "Le Kiosque, Richter campus", "French", "€2"],
                        ["\"Mother tongues\" night: each performer in their first language, with a one-line summary in French or English", "Thursday 25 November 2027 and Thursday 23 March 2028, 20:00–23:00", "Student House cafeteria", "every language", "free"],
                    ],
                    (50, 40, 36, 22, 18),
                ),
                (
                    "p",
                    "At the open mic, each performer has 5 minutes; at the stand-up nights, 7 minutes. Each "
                    "night has 12 performers: 8 slots are booked in advance and 4 are given at the door, from "
                    "19:30, in order of arrival. The nights run from October 2027 to May 2028.",
                ),
            ],
            [
                ("h2", "How to get a slot"),
                ("p", "Anyone at UM can perform, even for the first time. To perform at a night, follow these steps:"),
                (
                    "num",
                    [
                        "Sign up in the \"Micro Libre\" form of the \"Culture\" tile of your UM account at least "
                        "5 days before the night.",
                        "Say what you will perform and what you need: the room has 2 microphones, a keyboard, a "
                        "guitar amplifier and 2 music stands.",
                        "Receive the running order of the night by e-mail 2 days before.",
                        "Arrive 45 minutes before the start for the sound check with the technician.",
                        "Keep to your time: a lamp on the stage turns red 30 seconds before the end of your slot.",
                    ],
                ),
                ("h2", "Rules"),
                (
                    "bullet",
                    [
                        "racist, sexist, homophobic or other hateful jokes are not accepted: the host cuts the microphone;",
                        "the nights are for people aged 18 and over, because the bar of the cafeteria serves beer and wine;",
                        "nobody films a performer without their agreement;",
                        "recorded music is not played: songs are performed live.",
                    ],
                ),
                ("h2", "Comedy writing workshop"),
                (
                    "p",
                    "A workshop to write stand-up in a language that is not your own meets on 6 Tuesdays from "
                    "9 November 2027, from 18:30 to 20:30, in Le Kiosque. It is led by a comedian who performs "
                    "in French and in English, costs €15 and takes 14 people.",
                ),
                ("h2", "The Micro d'or show"),
                (
                    "p",
                    "On Saturday 20 May 2028, at 20:00, the 8 acts chosen by the audience during the year "
                    "perform at the Micro d'or show, in the Atrium of the Triolet campus learning centre. Entry "
                    "is free, and the audience votes for the act of the year.",
                ),
                (
                    "p",
                    "Contact: Micro Libre, Culture Department, micro-libre@umontpellier.fr, +33 4 65 81 52 64. "
                    "Triolet campus, building 7, room 015; Tuesday and Thursday, 14:00–18:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-bird-watching-club-and-bird-count.docx": {
        "title": "Birds of the campus and the lagoons: the UM bird-watching club and the campus bird count – guide 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/bird-watching-club",
        "audience": "students, researchers and staff",
        "blocks": [
            (
                "title",
                "Birds of the campus and the lagoons: the UM bird-watching club and the campus bird count – "
                "guide 2027-2028",
            ),
            (
                "p",
                "Montpellier lies between the garrigue hills and the coastal lagoons, where flamingos, herons and "
                "avocets feed all year. The bird-watching club \"Les Flamants de l'UM\", supported by the "
                "Department of Biology, takes students, researchers and staff to see them, and counts the birds "
                "of the campus for science. You need no experience: the club lends binoculars, and its members "
                "like to share what they know. In 2026-2027, the club had 140 members and recorded 118 species on "
                "the Triolet campus alone.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The campus walks and the lagoon outings are open to UM students, researchers and staff and to "
                "their families; children under 12 must stay with an adult. The bird song workshop, the weekend "
                "in the Camargue and the bird count are for members of the club. Membership costs €10 for the "
                "academic year for students and €20 for staff and researchers. Everything is explained in French "
                "and in English.",
            ),
            ("h1", "Activities"),
            (
                "table",
                [
                    ["Activity", "When", "Where", "Price"],
                    ["campus bird walk", "every Wednesday, 8:00–9:00, from October to June", "in front of building 24, Triolet campus", "free"],
                    ["lagoon outing", "one Saturday a month, 8:30–12:30", "the Étang du Méjean, Lattes: tram line 3, then 20 minutes on foot", "free"],
                    ["bird song workshop", "4 Mondays in March 2028, 18:30–20:00", "Triolet campus, building 24, room 24.105", "€8 for members"],
                    ["weekend in the Camargue", "Saturday 22 and Sunday 23 April 2028", "coach from the Triolet campus, night in a youth hostel", "€35 for members, meals included"],
                    ["campus bird count", "Saturday 13 and Sunday 14 May 2028", "the 12 squares of the Triolet campus map", "free for members"],
                ],
            ),
            ("h1", "Taking part in the campus bird count"),
            (
                "p",
                "Each May, the club counts the birds of the Triolet campus with the method of the national "
                "counts, so that the numbers can be compared from one year to the next; the results go to a "
                "national online database. To take part in the count, follow these steps:",
            ),
            (
                "num",
                [
                    "Join the club in the \"Associations\" tile of your UM account, if you are not a member yet.",
                    "Attend the 1-hour training on the counting method, on Wednesday 10 May 2028 at 18:00, in "
                    "room 24.105.",
                    "Choose one of the 12 squares of the campus map in the online form; each square is counted by "
                    "two people.",
                    "On the Saturday or the Sunday, between 7:00 and 10:00, stop for 10 minutes at each of the 5 "
                    "points of your square and write down every bird you see or hear.",
                    "Enter your list in the club's online form before Monday 15 May 2028 at 12:00.",
                ],
            ),
            ("h1", "Borrowing binoculars"),
            (
                "p",
                "The club owns 15 pairs of binoculars. Members borrow them free of charge for an outing, or for "
                "up to 7 days with a deposit of €50, paid by cheque or in cash and given back when the binoculars "
                "are returned. Ask at a campus walk or by e-mail, at least 2 days ahead.",
            ),
            ("h1", "Respecting the birds"),
            (
                "bullet",
                [
                    "never go near a nest, and move away at once if a bird gives alarm calls;",
                    "do not play recorded bird songs to attract birds: it disturbs them, above all in the breeding "
                    "season;",
                    "stay on the paths around the lagoon, which is a protected natural area;",
                    "dogs are not allowed on the outings, even on a lead;",
                    "share the place where you saw a rare bird only with the club's coordinators.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Bird-watching club coordinator, Department of Biology: birds-club@umontpellier.fr, "
                "+33 4 65 81 73 58. Triolet campus, building 24, room 112; Monday and Wednesday, 10:00–12:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
