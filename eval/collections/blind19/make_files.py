"""The text of the 'blind19' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-fablab-makerspace-2027.pdf": {
        "title": "The UM FabLab: 3D printers, laser cutters and electronics – guide for students and staff 2027-2028",
        "short": "The UM FabLab 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/fablab/guide-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Student Life Department and Faculty of Sciences, the UM FabLab",
        "pages": [
            [
                ("h1", "The UM FabLab: 3D printers, laser cutters and electronics – guide for students and staff 2027-2028"),
                (
                    "p",
                    "The UM FabLab is an open workshop where students, researchers and staff make things "
                    "themselves: a part for a course project, a prototype for a start-up, a lamp for their room. "
                    "Two fab managers and a team of student helpers explain how the machines work, in French and "
                    "in English. The FabLab is on the Triolet campus, building 25, ground floor. This guide "
                    "applies from 1 September 2027 to 31 August 2028. In 2026-2027, the FabLab had 1,400 "
                    "members and ran 4,100 print jobs.",
                ),
                ("h2", "Machines and prices"),
                (
                    "table",
                    [
                        ["Machine", "How many", "Price", "Induction needed"],
                        ["3D printer, filament (PLA)", "12", "€0.05 per gram of filament", "1-hour 3D printing induction"],
                        ["3D printer, resin", "2", "€0.30 per ml of resin", "2-hour resin induction"],
                        ["laser cutter: wood, cardboard and acrylic up to 6 mm", "2", "€8 per hour of cutting", "2-hour laser induction"],
                        ["vinyl cutter and heat press, for stickers and T-shirts", "1", "€1 per sheet of vinyl", "30-minute demonstration"],
                        ["electronics bench: soldering irons, Arduino boards, oscilloscopes", "6 places", "free; components at cost", "30-minute soldering safety briefing"],
                        ["sewing and embroidery machines", "3", "free", "none"],
                    ],
                    (50, 22, 44, 50),
                ),
                (
                    "p",
                    "Membership costs €15 for the academic year for students and €35 for staff and researchers. "
                    "Only members can use the machines. Members who lead a \"Make your own\" workshop get a free "
                    "membership the following year.",
                ),
                ("h2", "Who can use the FabLab?"),
                (
                    "p",
                    "UM students, exchange students included, doctoral candidates, staff, and visiting "
                    "researchers with a UM guest account. Inductions are given in French every Monday at 12:30 "
                    "and in English every Wednesday at 12:30.",
                ),
            ],
            [
                ("h2", "Opening hours"),
                (
                    "p",
                    "Monday to Friday, 10:00–19:00, and until 21:00 on Thursdays for the \"Open Lab\" evening; "
                    "Saturday, 10:00–14:00, during the semesters only. The FabLab is closed from 18 December 2027 "
                    "to 2 January 2028 and in August.",
                ),
                ("h2", "Your first 3D print"),
                (
                    "p",
                    "Printers are booked in slots, and a print never starts without a fab manager. For your "
                    "first print, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Join the FabLab at the desk or in the \"FabLab\" tile of your UM account.",
                        "Attend the 1-hour 3D printing induction, on Monday in French or on Wednesday in English.",
                        "Prepare your model as an STL file, and slice it on a FabLab computer, or bring the sliced "
                        "file on a USB key.",
                        "Book a printer in the online calendar: at most 8 hours per print and 2 bookings per week.",
                        "Start the print with a fab manager, who checks the first layer, and pay for the filament "
                        "at the desk, by card or with Izly, when you collect the print.",
                    ],
                ),
                ("h2", "Rules"),
                (
                    "bullet",
                    [
                        "never leave the laser cutter while it is cutting, even for a minute;",
                        "never put PVC or vinyl in the laser cutter: it gives off chlorine gas;",
                        "weapons, parts of weapons and copies of keys are never made at the FabLab;",
                        "prints that are not collected within 14 days are recycled;",
                        "leave your place clean and put the tools back before you go.",
                    ],
                ),
                (
                    "p",
                    "A member who breaks a rule of safety can be excluded from the FabLab for the rest of the "
                    "academic year.",
                ),
            ],
            [
                ("h2", "Workshops, classes and research"),
                (
                    "p",
                    "\"Make your own\" workshops take place on Thursday evenings from 18:30 to 20:30: solder a "
                    "badge that lights up, build a desk lamp, print a board game. Each costs €5, materials "
                    "included. Teaching staff can book the whole FabLab for a class on Tuesday mornings, at least "
                    "3 weeks ahead; their department pays for the materials. Researchers who need a prototype pay "
                    "the staff prices; for jobs of more than 20 hours of machine time, the FabLab manager sends a "
                    "quote.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["membership, bookings, inductions", "FabLab desk", "fablab@umontpellier.fr"],
                        ["a class project or a research prototype", "FabLab manager", "fablab-manager@umontpellier.fr"],
                        ["a burn or an injury at the FabLab", "first-aid kit at the desk, then the UM security post", "+33 4 65 81 97 00"],
                    ],
                    (46, 50, 70),
                ),
                ("h2", "Questions and answers"),
                (
                    "p",
                    "Can I sell what I make? Yes, in small runs of up to 20 objects. For more, ask the FabLab "
                    "manager first.",
                ),
                (
                    "p",
                    "Can the fab managers print my file for me? No. The FabLab is a place to learn: you make "
                    "your object yourself, with their help.",
                ),
                (
                    "p",
                    "Contact: FabLab desk, fablab@umontpellier.fr, +33 4 65 81 25 40. Triolet campus, "
                    "building 25, ground floor; Monday to Friday, 10:00–19:00.",
                ),
            ],
        ],
    },
    "08-multilingual-theatre-workshop-2027.pdf": {
        "title": "Scènes croisées: the multilingual theatre workshop 2027-2028",
        "short": "Multilingual theatre workshop 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/culture/theatre-workshop-2027-2028.pdf",
        "audience": "students, researchers and staff",
        "header": "University of Montpellier – Culture Department, theatre workshop",
        "pages": [
            [
                ("h1", "Scènes croisées: the multilingual theatre workshop 2027-2028"),
                (
                    "p",
                    "Scènes croisées is the theatre workshop of the Culture Department. Students, researchers "
                    "and staff of every nationality rehearse with two professional directors and perform in "
                    "May. Acting in French is a lively way to gain confidence in the language, and the workshop "
                    "also has groups in English and in several languages. This guide applies to the academic "
                    "year 2027-2028. In 2026-2027, 96 people took part, from 29 countries.",
                ),
                ("h2", "The four groups"),
                (
                    "table",
                    [
                        ["Group", "When", "Language", "Audition"],
                        ["theatre in French, for learners of French from level A2", "Monday, 18:30–21:00", "French", "yes"],
                        ["English-speaking company", "Tuesday, 19:00–21:30", "English", "yes"],
                        ["improvisation", "Wednesday, 18:00–20:00", "French and English", "no"],
                        ["multilingual creation: a play written by the group in its own languages", "Thursday, 18:30–21:30", "every language of the group", "yes"],
                    ],
                    (60, 38, 38, 30),
                ),
                (
                    "p",
                    "All groups rehearse in the Black Box, the theatre room of the Triolet campus, building 29, "
                    "from the week of 11 October 2027 to the performances. Each group takes at most 16 people. "
                    "The workshop costs €30 for the academic year for students and €60 for staff and "
                    "researchers.",
                ),
            ],
            [
                ("h2", "How to join"),
                (
                    "p",
                    "Auditions take place from 4 to 8 October 2027, in the Black Box. To join a group, follow "
                    "these steps:",
                ),
                (
                    "num",
                    [
                        "Register for an audition slot in the \"Culture\" tile of your UM account, before "
                        "30 September 2027.",
                        "Prepare a text of 1 to 2 minutes, in the language of the group, which you know by heart.",
                        "Come to the audition: you say your text, then play a short improvised scene with the "
                        "director.",
                        "Receive the answer by e-mail within 4 days.",
                        "Pay the fee in the \"Culture\" tile before the first rehearsal.",
                    ],
                ),
                (
                    "p",
                    "For the improvisation group, there is no audition: register and come to the first session.",
                ),
                ("h2", "Attendance"),
                (
                    "p",
                    "Rehearsals are compulsory. After 3 absences without a valid reason, the director can give "
                    "your role to someone else. In the last two weeks before the performances, there are extra "
                    "rehearsals on Saturday afternoons.",
                ),
                ("h2", "Performances and credits"),
                (
                    "p",
                    "The four groups perform during the Scènes croisées festival, from 23 to 27 May 2028, in the "
                    "Black Box; entry is free for the audience. Students can have the workshop recognised as a "
                    "cultural unit worth 3 ECTS credits, if they attend the whole year and perform in the "
                    "festival.",
                ),
                (
                    "p",
                    "Contact: theatre workshop, Culture Department, theatre@umontpellier.fr, +33 4 65 81 52 35. "
                    "Triolet campus, building 29, room 012; Monday and Thursday, 14:00–18:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-astronomy-nights-and-club.docx": {
        "title": "Stars over the Triolet: astronomy nights and the astronomy club – guide for students and staff 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/astronomy-nights",
        "audience": "students, researchers and staff",
        "blocks": [
            (
                "title",
                "Stars over the Triolet: astronomy nights and the astronomy club – guide for students and "
                "staff 2027-2028",
            ),
            (
                "p",
                "On the roof of building 13 of the Triolet campus, the Department of Physics keeps a small "
                "observatory with a 400 mm telescope under a dome. With the student astronomy club, it opens "
                "the sky to everyone at UM: public nights, club evenings, courses and a trip far from the lights "
                "of the city. Many international students come to see the stars of a sky they do not know. In "
                "2026-2027, 1,250 people came to the observatory.",
            ),
            ("h1", "Who can come?"),
            (
                "p",
                "The public nights are open to UM students, researchers and staff and to their families, "
                "children included. The club, the courses and the trip are for members of the club. Everything "
                "is explained in French and in English.",
            ),
            ("h1", "What is on offer"),
            (
                "table",
                [
                    ["Activity", "When", "Places", "Price"],
                    ["public observation night", "one Friday a month from October to June, from 20:30 (21:30 from April)", "40", "free, booking needed"],
                    ["club evening", "every Tuesday, 19:00–21:30", "25", "membership: €15 a year for students, €25 for staff"],
                    ["telescope course", "3 Saturdays in November, 14:00–17:00", "10", "€20 for members"],
                    ["astrophotography workshop", "2 Saturday nights in February", "8", "€10 for members"],
                    ["dark-sky night on the Causse du Larzac", "Saturday 13 May 2028, 17:00 to 2:00", "30", "€18 for members, coach and soup included"],
                ],
            ),
            ("h1", "Booking a public night"),
            ("p", "The dates of the public nights are in the UM app. To come to a public night, follow these steps:"),
            (
                "num",
                [
                    "Book your places in the \"Astronomy nights\" page of the UM app, at most 4 places per booking.",
                    "Check your e-mails at 16:00 on the day: if the sky is cloudy, the night is cancelled and "
                    "replaced by an indoor talk in amphitheatre 13.01.",
                    "Come to the foot of building 13 ten minutes before the start, with warm clothes, even in "
                    "spring.",
                    "Switch your phone to night mode, or put red film over your torch: white light blinds the "
                    "observers.",
                    "Follow the guide up to the dome: children must stay with an adult at all times.",
                ],
            ),
            ("h1", "Borrowing a telescope"),
            (
                "p",
                "Members who have completed the telescope course can borrow one of the club's 6 portable "
                "telescopes for up to 4 nights, with a deposit of €150 held on their bank card. Ask for it at a "
                "club evening, at least one week ahead.",
            ),
            ("h1", "Safety"),
            (
                "p",
                "Never look at the Sun through a telescope or binoculars without the club's solar filter: it "
                "blinds in less than a second. The dome is reached by a steep metal staircase; visitors who cannot "
                "climb it can follow the observation on a screen in the room at the foot of the staircase.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Astronomy nights coordinator, Department of Physics: astro-nights@umontpellier.fr, "
                "+33 4 65 81 77 42. Triolet campus, building 13, room 305; Tuesday and Friday, 10:00–16:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
