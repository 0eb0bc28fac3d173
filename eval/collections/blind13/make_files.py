"""The text of the 'blind13' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-green-travel-grant-2027.pdf": {
        "title": "Green travel grant for mobility: guide 2027-2028",
        "short": "Green travel grant 2027-2028",
        "url": "https://www.umontpellier.fr/en/university/sustainability/green-travel-grant-2027-2028.pdf",
        "audience": "all",
        "header": "University of Montpellier – Sustainable Development Department, Sustainable Campus office",
        "pages": [
            [
                ("h1", "Green travel grant for mobility 2027-2028"),
                (
                    "p",
                    "Travel is the largest source of greenhouse gas emissions of the University of Montpellier. Its "
                    "climate plan aims to cut the emissions of academic travel by 40% by 2030. To help, UM pays a "
                    "green travel grant to students and staff who go to their mobility or their mission in Europe by "
                    "train, bus or car-sharing instead of flying. In 2026-2027, 620 students and staff received it, "
                    "and their journeys saved an estimated 480 tonnes of CO2. The Sustainable Campus office of the "
                    "Sustainable Development Department runs the grant with the International Relations Department.",
                ),
                ("h2", "Who can receive it?"),
                (
                    "p",
                    "Students who leave for an exchange, an internship or a research stay, and staff who leave on a "
                    "mission of at least 3 days, can receive the grant when their destination is in Europe and when "
                    "at least 80% of the distance of the outbound and of the return journey is covered by train, "
                    "bus, coach, ferry or car-sharing. The distance is the one given by the UM travel calculator, "
                    "one way, from Montpellier.",
                ),
                ("h2", "How much?"),
                (
                    "table",
                    [
                        ["Distance one way", "Students", "Staff"],
                        ["under 500 km", "not paid", "not paid"],
                        ["500 to 999 km", "€60", "€40"],
                        ["1,000 to 1,999 km", "€120", "€80"],
                        ["2,000 km and more", "€200", "€140"],
                    ],
                    (60, 53, 53),
                ),
                (
                    "p",
                    "The amount covers the outbound and the return journey together. Because the journey takes "
                    "longer, students also receive up to 4 extra days of mobility grant for the travel days, and "
                    "staff can add up to 2 travel days to their mission, with the usual daily allowance.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "p",
                    "The grant is not paid automatically: it depends on your travel plan and on your proofs. To "
                    "receive it, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Calculate the distance and the CO2 saved with the UM travel calculator, on the Green "
                        "travel page of your UM account.",
                        "At least 3 weeks before you leave, sign the sworn statement of your travel plan: in MoveOn "
                        "for students, in your mission order for staff.",
                        "Keep every ticket, booking confirmation and receipt of the journey.",
                        "Within 1 month of your return, upload the proofs of the outbound and of the return journey.",
                        "The grant is paid within 6 weeks of the check of your proofs.",
                    ],
                ),
                ("h2", "Which proofs are accepted?"),
                (
                    "bullet",
                    [
                        "train tickets or rail pass bookings in your name",
                        "bus or coach tickets in your name",
                        "a car-sharing receipt from a car-sharing platform",
                        "ferry tickets in your name",
                        "for a private car with at least 3 people on board: the toll receipts and a statement "
                        "signed by every passenger",
                    ],
                ),
                ("h2", "Rules to know"),
                (
                    "p",
                    "Night trains are welcome. A flight is accepted for a part of the journey only if it covers less "
                    "than 20% of the distance, for example a short flight to reach a ferry. A car driven alone, even an "
                    "electric one, is not low-carbon travel and gives no grant.",
                ),
                (
                    "p",
                    "The UM grant cannot be combined with the Erasmus+ green travel support for the same journey: "
                    "if you receive the Erasmus+ support, you do not receive the UM grant.",
                ),
            ],
            [
                ("h2", "Key dates 2027-2028"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["travel plans open for the year's departures", "1 July 2027"],
                        ["review of the budget; amounts may be lowered for later departures", "15 January 2028"],
                        ["last departure covered by the 2027-2028 grant", "31 August 2028"],
                        ["last day to upload proofs for the year", "30 September 2028"],
                    ],
                    (116, 50),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "My train home was cancelled and I had to fly back. Do I lose the grant? No. Upload the "
                    "cancellation notice of the rail company: you receive half of the grant, for the outbound journey.",
                ),
                (
                    "p",
                    "Are destinations outside Europe eligible? No, with one exception: Morocco and Tunisia, when you "
                    "travel by train and ferry, are treated as destinations of 2,000 km and more.",
                ),
                (
                    "p",
                    "Can a doctoral candidate on a research stay receive the staff amount? No. Doctoral candidates "
                    "receive the student amount, even when they have a doctoral contract.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Sustainable Campus office, Sustainable Development Department: green-travel@umontpellier.fr, "
                    "+33 4 65 81 55 27. Saint-Priest campus, building 3, room 108; Monday to Thursday, 9:30–12:00.",
                ),
            ],
        ],
    },
    "08-disability-support-for-mobility.pdf": {
        "title": "Studying abroad with a disability: support for outgoing and incoming students 2027-2028",
        "short": "Disability and mobility 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/mobility/disability-support-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Disability Support service and International Relations Department",
        "pages": [
            [
                ("h1", "Studying abroad with a disability: support 2027-2028"),
                (
                    "p",
                    "A disability or a long-term illness should not stop anyone from studying abroad. The Disability "
                    "Support service and the International Relations Department help UM students who leave for an "
                    "exchange or an internship abroad, and the international students who come to UM on exchange. "
                    "In 2026-2027, 74 outgoing students and 39 incoming students received this support. The support "
                    "described here is paid by UM and can be added to any other support, such as the Erasmus+ "
                    "inclusion support.",
                ),
                ("h2", "Who can receive it?"),
                (
                    "p",
                    "Students with a disability or a long-term illness who have a support plan (plan "
                    "d'accompagnement) drawn up with a UM university doctor. Incoming exchange students can have a "
                    "support plan drawn up when they arrive.",
                ),
                ("h2", "What support?"),
                (
                    "table",
                    [
                        ["Support", "For whom", "Amount or limit"],
                        ["accessible mobility top-up, for extra costs abroad", "outgoing students", "up to €250 per month"],
                        ["travel of an accompanying person", "outgoing students who need a companion", "one return journey, up to €600"],
                        ["preparatory visit to the host university", "outgoing students", "one visit of up to 3 days, up to €400"],
                        ["translation of the support plan into English for the host university", "outgoing students", "free"],
                        ["note-taker or sign language interpreter", "incoming exchange students", "up to 20 hours a week"],
                    ],
                    (66, 50, 50),
                ),
            ],
            [
                ("h2", "Preparing your mobility"),
                ("p", "To prepare an accessible stay abroad, follow these steps:"),
                (
                    "num",
                    [
                        "Book a meeting with the Disability Support service at least 6 months before you leave.",
                        "Have your support plan drawn up or updated by a UM university doctor.",
                        "Choose your destination with your mobility coordinator and check the accessibility "
                        "information of the host university.",
                        "Send the request for the top-up and the estimate of your extra costs by 30 April 2027 for a "
                        "departure in the autumn semester, or by 31 October 2027 for a departure in the spring "
                        "semester.",
                        "The support committee decides within 1 month; the first payment comes with your mobility "
                        "grant.",
                    ],
                ),
                ("h2", "Incoming exchange students"),
                (
                    "p",
                    "Say on your application form that you need support, then meet the Disability Support service "
                    "within your first 2 weeks at UM. Your exam arrangements are in place within 3 weeks of the "
                    "meeting.",
                ),
                ("h2", "Your privacy"),
                (
                    "p",
                    "The host university only learns which arrangements you need, never your diagnosis, and only if "
                    "you agree in writing. Your medical file stays with the UM university doctor.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Disability Support service: disability-mobility@umontpellier.fr, +33 4 65 81 66 30. Triolet "
                    "campus, building 5, room 002; Monday to Friday, 9:00–12:00 and 14:00–16:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-internship-agreements-abroad.docx": {
        "title": "Internship agreements for internships abroad: guide for students, host organisations and tutors",
        "url": "https://intranet.umontpellier.fr/careers/internships/internship-agreements-abroad",
        "audience": "all",
        "blocks": [
            ("title", "Internship agreements for internships abroad"),
            (
                "p",
                "Guide for students, host organisations abroad and teaching supervisors. International Internships "
                "office, Careers and Internships Department. Academic year 2027-2028.",
            ),
            ("h1", "1. Principle"),
            (
                "p",
                "Every internship abroad, compulsory or optional, needs an internship agreement (convention de stage) "
                "signed by three parties: the student, the host organisation and UM. The agreement is prepared in "
                "PStage, the UM internship platform. It must be signed by all parties before the first day of the "
                "internship. An internship abroad lasts at most 6 months in the same host organisation in one "
                "academic year. In 2026-2027, UM signed 1,640 agreements for internships abroad, in 78 countries.",
            ),
            ("h1", "2. Who signs for the host organisation?"),
            (
                "p",
                "The legal representative of the host organisation (for example its managing director or its "
                "human resources director) signs the agreement, or a person to whom this power has been "
                "delegated in writing. The internship tutor in the host organisation signs too. Hosts abroad may "
                "sign electronically or return a scanned signature. For UM, the director of your faculty or "
                "school signs last, on behalf of the President.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "Enter your internship in PStage by the deadline given in the table at the end of this guide.",
                    "Your teaching supervisor checks and approves the tasks of the internship in PStage.",
                    "The International Internships office checks the agreement and sends it to the host "
                    "organisation for signature, in a bilingual version.",
                    "The host organisation signs and returns the agreement within 3 weeks.",
                    "The director of your faculty signs; you receive the signed agreement by e-mail and may then "
                    "start your internship.",
                ],
            ),
            ("h1", "4. Languages"),
            (
                "p",
                "The agreement is bilingual French–English. French–Spanish and French–German versions also exist. "
                "For any other language, the host may attach a translation, but the French text prevails.",
            ),
            ("h1", "5. Pay and grant"),
            (
                "p",
                "Abroad, the rules of the host country apply to the pay of interns. For internships longer than 2 "
                "months, UM asks hosts abroad to pay a monthly allowance. A student whose host pays nothing can "
                "ask for the UM internship abroad grant: €350 per month, for 4 months at most.",
            ),
            ("h1", "6. Changes during the internship"),
            (
                "p",
                "Any change of dates, tasks, place or tutor needs an amendment (avenant) entered in PStage at least "
                "10 days before the change takes effect. An internship of the academic year 2027-2028 cannot end "
                "after 30 September 2028.",
            ),
            ("h1", "7. If a host refuses the UM agreement"),
            (
                "p",
                "Some companies abroad refuse the UM agreement and ask the student to sign their own contract. "
                "Contact the International Internships office: UM can attach the company's document to the "
                "agreement as an annex, but the UM agreement remains compulsory and must be signed.",
            ),
            ("h1", "8. Contact"),
            (
                "p",
                "International Internships office, Careers and Internships Department: intern-abroad@umontpellier.fr, "
                "+33 4 65 81 44 72. Richter campus, building B, room 214; Monday to Friday, 9:00–12:00.",
            ),
            ("h1", "Deadlines by destination"),
            (
                "table",
                [
                    ["Destination", "Enter the internship in PStage", "Extra check"],
                    ["European Union, EEA and Switzerland", "at least 6 weeks before the start", "none"],
                    ["United Kingdom", "at least 8 weeks before the start", "none"],
                    ["other countries", "at least 8 weeks before the start", "travel risk check by the Mobility Safety desk"],
                    ["countries or regions where French travel advice says not to go", "not allowed", "not applicable"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
