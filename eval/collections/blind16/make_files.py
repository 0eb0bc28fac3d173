"""The text of the 'blind16' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-welcome-kits-for-international-students-2027.pdf": {
        "title": "Welcome kits: bedding and kitchen kits for international students 2027-2028",
        "short": "Welcome kits 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/incoming/welcome-kits-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Life Department, International Student Welcome Service",
        "pages": [
            [
                ("h1", "Welcome kits: bedding and kitchen kits for international students 2027-2028"),
                (
                    "p",
                    "Most student rooms in Montpellier are furnished but empty: no sheets, no duvet, no pans. "
                    "Rather than buying everything on your first day, you can borrow a welcome kit from UM for "
                    "the length of your stay. Kits are handed out and taken back by the Kit Store of the "
                    "International Student Welcome Service. This guide applies from 1 September 2027 to "
                    "31 August 2028. In 2026-2027, the Kit Store lent 1,240 kits.",
                ),
                ("h2", "The kits"),
                (
                    "table",
                    [
                        ["Kit", "What is in it", "One semester", "Full year", "Deposit"],
                        ["bedding kit", "a duvet, a pillow, 2 sets of sheets for a 90 cm bed and 2 towels", "€25", "€40", "€50"],
                        ["kitchen kit", "2 pans, a frying pan, 4 plates, 4 bowls, 4 glasses, cutlery for 4 and a kettle", "€20", "€30", "€40"],
                        ["study kit", "a desk lamp, a drying rack, a power strip and a plug adapter", "€10", "€15", "€20"],
                        ["bedding and kitchen together", "both kits", "€40", "€60", "€80"],
                    ],
                    (34, 68, 22, 20, 22),
                ),
                (
                    "p",
                    "Students who receive a need-based grant from the CROUS or from their government pay no "
                    "rental, but the deposit is still due. All items are new or washed at 60 °C between two "
                    "students.",
                ),
                ("h2", "Who can borrow a kit?"),
                (
                    "p",
                    "International students enrolled at UM for a stay of at least 3 months, exchange students "
                    "included. Each student can borrow one kit of each type. Visiting researchers can borrow "
                    "kits only if some are left after the first two weeks of the semester.",
                ),
            ],
            [
                ("h2", "How to borrow a kit"),
                (
                    "p",
                    "Kits are limited, and most are booked before the start of the autumn semester. To borrow a "
                    "kit, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Book your kits in the \"Welcome kits\" tile of your UM account at least 10 days before "
                        "your arrival.",
                        "Pay the rental and the deposit online; the deposit is held on your bank card, not charged.",
                        "Collect your kits at the Kit Store with your passport and your booking confirmation, "
                        "during the collection dates.",
                        "Check the contents with the Kit Store staff and sign the list of items.",
                    ],
                ),
                ("h2", "Collection dates"),
                (
                    "table",
                    [
                        ["Semester", "Collection", "Opening hours"],
                        ["autumn 2027", "23 August to 24 September 2027", "Monday to Saturday, 9:00–18:00"],
                        ["spring 2028", "8 January to 4 February 2028", "Monday to Friday, 10:00–17:00"],
                    ],
                    (40, 66, 60),
                ),
                (
                    "p",
                    "Outside these dates, kits that are left can be collected on Wednesdays, 14:00–16:00.",
                ),
                ("h2", "Returning your kit"),
                (
                    "p",
                    "Bring the kits back to the Kit Store, washed, at least 3 days before you leave Montpellier. "
                    "The deposit is released within 10 working days of the return. Missing or damaged items are "
                    "deducted from it:",
                ),
                (
                    "bullet",
                    [
                        "a duvet or a pillow that is lost or stained: €18;",
                        "a set of sheets that is not returned: €9;",
                        "a missing pan or frying pan: €8;",
                        "a broken plate, bowl or glass: €2;",
                        "a kit returned dirty: a cleaning fee of €15.",
                    ],
                ),
            ],
            [
                ("h2", "Giving away what you do not take home"),
                (
                    "p",
                    "Many students leave with things they will not carry home. From 15 June to 15 July 2028, "
                    "the Kit Store accepts clean kitchenware, bedding in good condition and small appliances "
                    "that work. They are given free of charge to new students in September.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["booking, collection or return of a kit", "Kit Store, UM", "welcome-kits@umontpellier.fr"],
                        ["a deposit not released after 10 working days", "Student Payments unit, UM", "student-payments@umontpellier.fr"],
                        ["no money to pay the deposit", "social worker of the CROUS", "appointment through the CROUS website"],
                    ],
                    (52, 42, 72),
                ),
                ("h2", "Questions and answers"),
                (
                    "p",
                    "Can I keep the kit at the end of my stay? Yes. You can buy the bedding kit for €35 and the "
                    "kitchen kit for €25, if you tell the Kit Store at least 2 weeks before you leave.",
                ),
                (
                    "p",
                    "My bed is 140 cm wide. Is there a larger bedding kit? Yes, for €5 more per semester. Choose "
                    "it when you book.",
                ),
                (
                    "p",
                    "Can a friend collect my kit? Yes, with a signed proxy and a copy of your passport.",
                ),
                (
                    "p",
                    "Contact: Kit Store, International Student Welcome Service, welcome-kits@umontpellier.fr, "
                    "+33 4 65 81 40 36. Triolet campus, building 1, room 009; Monday to Friday, 9:30–12:30 "
                    "outside the collection dates.",
                ),
            ],
        ],
    },
    "08-parking-and-bike-access-for-visiting-researchers-2027.pdf": {
        "title": "Parking and bike access for visiting researchers and international staff 2027-2028",
        "short": "Parking and bike access 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus/parking-visiting-researchers-2027-2028.pdf",
        "audience": "researchers and staff",
        "header": "University of Montpellier – Logistics Department, Access and Parking unit",
        "pages": [
            [
                ("h1", "Parking and bike access for visiting researchers and international staff 2027-2028"),
                (
                    "p",
                    "The car parks of the Triolet, Richter, Saint-Priest and Arnaud de Villeneuve campuses are "
                    "closed by barriers and reserved for permit holders. This guide explains how visiting "
                    "researchers, visiting professors and newly arrived international staff get access, for a "
                    "car or a bike. It applies from 1 September 2027 to 31 August 2028. In 2026-2027, the "
                    "Access and Parking unit issued 690 permits to international visitors.",
                ),
                ("h2", "Permits and badges"),
                (
                    "table",
                    [
                        ["Permit", "For whom", "Longest validity", "Price"],
                        ["visitor car permit", "visitors staying less than 3 months", "3 months", "free"],
                        ["temporary staff car permit", "staff and visitors staying 3 to 12 months", "12 months", "€45"],
                        ["charging badge", "holders of a car permit with an electric car", "as the car permit", "€0.25 per kWh"],
                        ["bike shelter badge", "anyone with a UM card", "end of the stay", "€10 deposit"],
                    ],
                    (44, 62, 32, 28),
                ),
                (
                    "p",
                    "A car permit is linked to one number plate; a second plate can be added once during the "
                    "stay. Foreign number plates and hired cars are accepted. A permit gives access to every UM "
                    "campus, but it does not guarantee a space.",
                ),
                ("h2", "Bikes"),
                (
                    "p",
                    "The Logistics Department lends 40 bikes to visiting researchers, free of charge, for up to "
                    "3 months, against a deposit of €150. The secure bike shelters are open 24 hours a day with "
                    "the bike shelter badge.",
                ),
            ],
            [
                ("h2", "How to get a permit"),
                (
                    "p",
                    "Ask your host laboratory's administrator to start the request before you arrive. Then "
                    "proceed as follows:",
                ),
                (
                    "num",
                    [
                        "Your host's administrator registers your visit in the \"Guest access\" application at "
                        "least 10 working days before your arrival.",
                        "You receive an e-mail with a link: upload your driving licence, the registration "
                        "certificate of the car and, for a hired car, the rental contract.",
                        "The Access and Parking unit checks your file within 5 working days.",
                        "For a temporary staff permit, pay online; the permit is then activated on your number "
                        "plate.",
                        "Collect your UM card at the access desk: it opens the barriers and the bike shelters.",
                    ],
                ),
                ("h2", "Rules"),
                (
                    "p",
                    "The barriers open from 6:30 to 21:00 on working days. Outside these hours and at weekends, "
                    "you need a night pass, requested by your laboratory director. A car parked outside a marked "
                    "space receives a warning the first time; the second time, the permit is suspended for "
                    "1 month.",
                ),
                ("h2", "Public transport"),
                (
                    "p",
                    "UM pays 75% of a monthly or yearly public transport pass for staff on a contract of at "
                    "least 3 months, visiting professors included. Send the receipt to your department's HR "
                    "officer every month or once for a yearly pass.",
                ),
                (
                    "p",
                    "Contact: Access and Parking unit, Logistics Department, parking-access@umontpellier.fr, "
                    "+33 4 65 81 11 48. Richter campus, building C, room 008; Monday to Friday, 8:30–12:00 and "
                    "13:30–16:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-intercultural-workshops-for-staff.docx": {
        "title": "Intercultural communication workshops for UM staff 2027-2028",
        "url": "https://intranet.umontpellier.fr/en/hr/training/intercultural-workshops",
        "audience": "staff",
        "blocks": [
            ("title", "Intercultural communication workshops for UM staff 2027-2028"),
            (
                "p",
                "UM welcomes more than 9,000 international students and about 1,100 international researchers "
                "every year. The Staff Training unit offers workshops to help staff work with people from other "
                "cultures: at a reception desk, in a classroom, in a laboratory or in a meeting with partners. "
                "In 2026-2027, 286 members of staff took part in one of them.",
            ),
            ("h1", "Who can take part?"),
            (
                "p",
                "All UM staff, permanent or on a contract, teaching or not. Doctoral candidates who teach can "
                "take the workshop \"Teaching multicultural classes\", which counts as 14 hours of doctoral "
                "training.",
            ),
            ("h1", "The workshops"),
            (
                "p",
                "Each workshop is run by a trainer who specialises in intercultural communication, with role "
                "plays based on real situations at UM. The workshops of 2027-2028 are:",
            ),
            (
                "table",
                [
                    ["Workshop", "Length", "Language", "Dates 2027-2028", "Places"],
                    ["Working with international students", "1 day", "French", "14 October 2027 or 10 February 2028", "16"],
                    ["Welcoming international researchers and their families", "half a day", "French", "25 November 2027", "20"],
                    ["Teaching multicultural classes", "2 days", "English", "17 and 18 January 2028", "14"],
                    ["Communicating with partners in Asia", "1 day", "English", "9 March 2028", "16"],
                    ["Managing conflicts in international teams", "1 day", "French", "6 April 2028", "12"],
                ],
            ),
            ("h1", "How to register"),
            (
                "p",
                "Places are given in the order of registration, with priority for staff who are in daily contact "
                "with international students or researchers. To register, follow these steps:",
            ),
            (
                "num",
                [
                    "Ask your line manager, who must agree to the training.",
                    "Register in the training catalogue on the intranet at least 4 weeks before the workshop.",
                    "The Staff Training unit confirms your place 2 weeks before the workshop.",
                    "Fill in the self-assessment questionnaire of 15 minutes sent with the confirmation.",
                    "Attend the whole workshop and fill in the evaluation form within 1 week; your certificate is "
                    "then sent to you.",
                ],
            ),
            ("h1", "Cost and working time"),
            (
                "p",
                "The workshops are free for UM staff and count as working time. Staff who work on the campuses "
                "of Nîmes, Béziers, Sète or Mende have their train tickets to Montpellier refunded by the Staff "
                "Training unit.",
            ),
            ("h1", "Cancelling"),
            (
                "p",
                "Cancel at least 5 working days before the workshop, so that your place can go to someone on "
                "the waiting list. After a second absence without a reason, you cannot register for any "
                "training of the catalogue for 12 months.",
            ),
            ("h1", "A workshop for your team"),
            (
                "p",
                "A service or a department can ask for a workshop for its own team of 8 to 16 people, on a "
                "date of its choice. Ask at least 3 months ahead. The Staff Training unit pays for up to 3 team "
                "workshops per faculty or service per academic year.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Staff Training unit, Human Resources Department: intercultural-training@umontpellier.fr, "
                "+33 4 65 81 15 26. Richter campus, building B, room 315; Monday to Friday, 9:00–12:00 and "
                "13:30–16:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
