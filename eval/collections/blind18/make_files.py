"""The text of the 'blind18' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-carpooling-to-campus-2027.pdf": {
        "title": "Carpooling to campus with CoVoit'UM: guide for students and staff 2027-2028",
        "short": "Carpooling to campus 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/mobility/carpooling-2027-2028.pdf",
        "audience": "students and staff",
        "header": "University of Montpellier – Logistics Department, Sustainable Mobility unit",
        "pages": [
            [
                ("h1", "Carpooling to campus with CoVoit'UM: guide for students and staff 2027-2028"),
                (
                    "p",
                    "Many international researchers rent a house in a village outside Montpellier, and many "
                    "students live in Sète, Lunel or Lodève, where rents are lower but buses are rare. "
                    "CoVoit'UM, the carpooling platform of the University of Montpellier, puts drivers and "
                    "passengers who travel to the same campus in touch, and UM pays part of the cost of each "
                    "shared trip. This guide applies from 1 September 2027 to 31 August 2028. In 2026-2027, "
                    "3,100 people used the platform and shared 41,000 trips.",
                ),
                ("h2", "What you pay and what you receive"),
                (
                    "table",
                    [
                        ["Who", "What they pay or receive", "Conditions"],
                        ["driver, student or staff", "receives €0.09 per km and per passenger, paid each month by bank transfer", "up to €100 per month"],
                        ["student passenger", "pays nothing: UM pays the driver's share", "at most 2 trips a day"],
                        ["staff passenger", "pays €0.04 per km; UM pays the rest", "taken from the bank card saved in the app"],
                        ["staff member who carpools often", "receives a sustainable mobility allowance of €250 per year", "at least 30 days of carpooling in the calendar year"],
                    ],
                    (44, 72, 50),
                ),
                (
                    "p",
                    "Only the first 60 km of each trip are paid. A trip counts only if it starts or ends at a "
                    "UM campus.",
                ),
                ("h2", "Who can use CoVoit'UM?"),
                (
                    "p",
                    "UM students and staff with a UM account, and visiting researchers with a guest account. "
                    "Drivers must have held a driving licence for at least 2 years, their licence must be valid "
                    "in France, and their car must be insured. A car can take at most 4 passengers.",
                ),
            ],
            [
                ("h2", "Parking spaces for carpoolers"),
                (
                    "table",
                    [
                        ["Campus", "Reserved spaces", "Where"],
                        ["Triolet", "40", "car park P1, at the entrance on the avenue"],
                        ["Richter", "25", "underground car park of building C, level -1"],
                        ["Saint-Priest", "15", "car park P3"],
                        ["Arnaud de Villeneuve", "10", "car park P2"],
                    ],
                    (50, 36, 80),
                ),
                (
                    "p",
                    "The spaces are reserved until 9:30 for cars with at least one passenger. Security staff "
                    "check the trip in the app; a car parked there without a trip can be fined €35.",
                ),
                ("h2", "Your first trip as a passenger"),
                (
                    "p",
                    "Install the CoVoit'UM app from the usual app stores before your first trip. Then proceed "
                    "as follows:",
                ),
                (
                    "num",
                    [
                        "Log in with your UM account, and add a photo and a mobile number on which drivers can "
                        "reach you.",
                        "Enter your usual journeys: your address, your campus and the times you arrive and leave.",
                        "Book a seat on a trip at the latest 1 hour before it leaves; for a return trip, book "
                        "both ways.",
                        "At the meeting point, scan the driver's QR code in the app: a trip that is not scanned "
                        "is not paid to the driver.",
                        "Rate the trip in the app within 48 hours.",
                    ],
                ),
                ("h2", "Rules"),
                (
                    "bullet",
                    [
                        "cancel at least 2 hours before the trip; after 3 late cancellations in a month, your "
                        "account is suspended for 15 days;",
                        "a driver waits at most 5 minutes at the meeting point;",
                        "smoking and vaping are forbidden in the car, even with the windows open;",
                        "animals travel only if the driver agrees when you book.",
                    ],
                ),
            ],
            [
                ("h2", "Guaranteed ride home"),
                (
                    "p",
                    "If your driver cancels after 16:00, or if you must leave campus early because of an "
                    "emergency, such as a sick child, UM pays for a taxi or a tram ticket home. This is possible "
                    "4 times per academic year, up to €40 per journey. Send the receipt in the app within "
                    "7 days.",
                ),
                ("h2", "Strike days"),
                (
                    "p",
                    "On days when the trams or regional trains are on strike, every passenger, student or "
                    "staff, rides free of charge, and drivers receive €0.18 per km and per passenger. The "
                    "monthly limit of €100 does not apply on those days.",
                ),
                ("h2", "Insurance and accidents"),
                (
                    "p",
                    "The driver's car insurance covers the passengers; UM does not insure the cars. For staff, "
                    "an accident on the way between home and work is a commuting accident: report it to Human "
                    "Resources within 48 hours.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["a problem with the app, a trip or a payment", "Sustainable Mobility unit", "carpooling@umontpellier.fr"],
                        ["an accident on the way to work (staff)", "Human Resources, health and safety desk", "hr-safety@umontpellier.fr"],
                        ["harassment or violence during a trip", "UM unit against harassment", "stop-harassment@umontpellier.fr"],
                    ],
                    (52, 50, 64),
                ),
                ("h2", "Questions and answers"),
                (
                    "p",
                    "I do not have a car. Can I still use CoVoit'UM? Yes: most users are passengers.",
                ),
                (
                    "p",
                    "Can I drive with a foreign licence? Yes, if it is valid in France. Upload it in the app; "
                    "the Sustainable Mobility unit checks it within 3 working days.",
                ),
                (
                    "p",
                    "Contact: Sustainable Mobility unit, Logistics Department, carpooling@umontpellier.fr, "
                    "+33 4 65 81 15 92. Richter campus, building C, room 105; Monday to Friday, 9:00–12:00 and "
                    "14:00–16:30.",
                ),
            ],
        ],
    },
    "08-first-aid-training-2027.pdf": {
        "title": "First-aid training for students and staff 2027-2028",
        "short": "First-aid training 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/prevention/first-aid-training-2027-2028.pdf",
        "audience": "students and staff",
        "header": "University of Montpellier – Occupational Health and Safety Department, Prevention unit",
        "pages": [
            [
                ("h1", "First-aid training for students and staff 2027-2028"),
                (
                    "p",
                    "Knowing what to do in the first minutes after an accident or a cardiac arrest saves lives. "
                    "UM trains students and staff in first aid with its own certified trainers, in French and, "
                    "for some sessions, in English. The certificates are recognised everywhere in France. This "
                    "guide applies from 1 September 2027 to 31 August 2028. In 2026-2027, 1,150 people were "
                    "trained, 260 of them international students or staff.",
                ),
                ("h2", "The courses"),
                (
                    "table",
                    [
                        ["Course", "For whom", "Length", "Price", "Certificate"],
                        ["PSC1, civic first aid, level 1", "students and staff", "7 hours, in one day", "free for students; €30 for staff, paid by their service", "PSC1 certificate, valid for life"],
                        ["SST, workplace first aider", "staff named by their head of service", "14 hours, over 2 days", "paid by UM", "SST certificate, valid 2 years"],
                        ["SST refresher", "holders of the SST certificate", "7 hours", "paid by UM", "SST certificate renewed for 2 years"],
                        ["\"Life-saving gestures\"", "anyone at UM", "2 hours", "free", "certificate of attendance"],
                    ],
                    (36, 34, 26, 38, 32),
                ),
                (
                    "p",
                    "The PSC1 and the \"Life-saving gestures\" course are also given in English: the PSC1 on the "
                    "second Saturday of each month from October to May, 9:00–17:00, and \"Life-saving gestures\" "
                    "once a month at lunchtime. Sessions in French take place every week, on the Triolet, "
                    "Richter and Saint-Priest campuses.",
                ),
            ],
            [
                ("h2", "How to enrol"),
                (
                    "p",
                    "A session takes at most 10 people. To enrol in a PSC1 session, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Choose a session in the \"Prevention\" tile of your UM account; sessions in English are "
                        "marked \"EN\".",
                        "Confirm your place by clicking the link in the e-mail you receive, within 48 hours; "
                        "otherwise the place goes to the waiting list.",
                        "Come on the day with your student or staff card and comfortable clothes; lunch is not "
                        "provided.",
                        "Take part in every practical exercise: the certificate is given only to those who "
                        "attend the whole day.",
                        "Download your certificate from your UM account within 2 weeks.",
                    ],
                ),
                (
                    "p",
                    "Cancel at least 3 working days before the session. A student who does not come and has "
                    "not cancelled cannot enrol again during the same semester.",
                ),
                ("h2", "Credits for students"),
                (
                    "p",
                    "The PSC1 counts as a student engagement unit worth 1 ECTS credit, if you then act as a "
                    "first aider at 2 UM events, such as a blood drive or a sports day, during the academic year.",
                ),
                ("h2", "Workplace first aiders"),
                (
                    "p",
                    "Every service must have at least one SST first aider for 20 members of staff. SST first "
                    "aiders receive a bonus of €150 per year and a first-aid kit for their floor. UM has 46 "
                    "defibrillators; they are shown on the map of the UM app.",
                ),
                (
                    "p",
                    "Contact: Prevention unit, Occupational Health and Safety Department, first-aid@umontpellier.fr, "
                    "+33 4 65 81 67 30. Triolet campus, building 30, room 012; Monday to Friday, 9:00–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-world-in-the-classroom-school-visits.docx": {
        "title": "World in the Classroom: presenting your country in local schools – guide for international students 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/world-in-the-classroom",
        "audience": "students",
        "blocks": [
            (
                "title",
                "World in the Classroom: presenting your country in local schools – guide for international "
                "students 2027-2028",
            ),
            (
                "p",
                "Many pupils in the Hérault have never met someone from Ghana, Vietnam or Peru. With the "
                "Académie de Montpellier, the International Relations Department sends international students "
                "into primary and secondary schools to talk about their country, their language and their daily "
                "life. In 2026-2027, 118 students visited 74 schools and met about 4,900 pupils.",
            ),
            ("h1", "Who can take part?"),
            (
                "p",
                "International students enrolled at UM, exchange students and doctoral candidates included. "
                "For primary schools, you need at least a B1 level in French; for secondary schools, you can also "
                "speak in your own language in a language class. A teacher stays in the classroom for the whole "
                "visit: you are never alone with pupils.",
            ),
            ("h1", "The formats"),
            (
                "table",
                [
                    ["Format", "Pupils", "Length", "Language", "Allowance"],
                    ["primary school visit", "one class of pupils aged 6 to 11", "1 hour 30", "French", "€40 per visit"],
                    ["secondary school visit", "one class of pupils aged 11 to 18", "2 hours", "French, or your language in a language class", "€50 per visit"],
                    ["stand at the European Day of Languages", "several classes", "a half day", "any", "€60"],
                    ["online exchange with a class", "one class", "1 hour", "French or English", "€25"],
                ],
            ),
            ("h1", "Training"),
            (
                "p",
                "Before your first visit, you attend a compulsory 3-hour training, \"Speaking to children and "
                "teenagers\", on Saturday 9 October 2027 or on Saturday 29 January 2028, on the Triolet campus.",
            ),
            ("h1", "How to take part"),
            ("p", "Schools ask for visits from October to May. To present your country in a school, follow these steps:"),
            (
                "num",
                [
                    "Register with the \"World in the Classroom\" form before 15 October 2027 for the autumn, or "
                    "before 5 February 2028 for the spring, with your languages and the days you are free.",
                    "Attend the 3-hour training.",
                    "Receive by e-mail a proposal of a school and a date, and accept it within 5 days.",
                    "Send your slides or your plan of activities to the teacher at least 1 week before the visit.",
                    "After the visit, have the teacher sign your attendance sheet, and upload it in the form "
                    "within 10 days to receive your allowance.",
                ],
            ),
            ("h1", "Travel and allowances"),
            (
                "p",
                "The allowance also covers your travel in Montpellier. For a school more than 20 km from "
                "Montpellier, UM pays back your train or bus ticket on top of the allowance. The allowance is a "
                "compensation for volunteering, not a salary: it does not count in the working hours allowed "
                "by a student residence permit. A student can make at most 10 visits per academic year.",
            ),
            ("h1", "Credits"),
            (
                "p",
                "After 6 visits, students can have their volunteering recognised as a student engagement unit "
                "worth 2 ECTS credits.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "World in the Classroom coordinator, International Relations Department: "
                "world-classroom@umontpellier.fr, +33 4 65 81 40 66. Triolet campus, building 1, room 024; "
                "Monday to Thursday, 9:00–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
