"""The text of the 'blind3' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-teaching-field-trips-abroad.pdf": {
        "title": "Teaching field trips abroad 2027: guide for teaching teams",
        "short": "Teaching field trips abroad 2027",
        "url": "https://intranet.umontpellier.fr/education/field-trips-abroad-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – Education and Student Success Department",
        "pages": [
            [
                ("h1", "Teaching field trips abroad 2027"),
                (
                    "p",
                    "A few days in a Spanish wetland, a visit to a Dutch greenhouse cluster, a week of "
                    "geology in the Alps on the Italian side: field trips abroad give students an experience "
                    "that no lecture can replace. The Education and Student Success Department funds part "
                    "of the cost of field trips abroad that are part of a UM degree programme.",
                ),
                ("h2", "Which trips can be funded?"),
                ("p", "A trip can be funded when it meets the following conditions:"),
                (
                    "bullet",
                    [
                        "it lasts from 3 to 12 days, travel included, and is part of a course that gives credits;",
                        "the group has at least 8 students enrolled in the same UM programme;",
                        "at least one member of UM staff goes with the group for every 12 students;",
                        "the programme includes at least 5 hours of teaching or field work per day on site.",
                    ],
                ),
                ("h2", "Funding"),
                (
                    "table",
                    [
                        ["Destination", "Support per student per day", "Maximum per trip"],
                        ["Europe", "€25", "€4,000"],
                        ["Outside Europe", "€40", "€7,500"],
                    ],
                    (56, 60, 50),
                ),
                (
                    "p",
                    "Students pay at most €150 per trip towards the costs. Students who receive a "
                    "need-based grant pay nothing; the department covers their share. Trips to one of "
                    "UM's strategic partner universities are given priority in the ranking.",
                ),
            ],
            [
                ("h2", "What the support can pay for"),
                (
                    "bullet",
                    [
                        "travel by train, coach or plane, in economy class;",
                        "accommodation in hostels, field stations or student residences;",
                        "entrance fees to sites, museums and protected areas;",
                        "local guides and the rental of scientific equipment.",
                    ],
                ),
                (
                    "p",
                    "Meals and personal expenses are not covered. Staff members who go with the group "
                    "travel on a mission order, and their costs are paid by their faculty.",
                ),
                ("h2", "Safety and insurance"),
                (
                    "p",
                    "Every trip is registered on Ariane, the travel register of the French Ministry of "
                    "Foreign Affairs. Trips to a country or region that the Ministry classes in orange "
                    "need the written approval of the UM Defence and Security Officer; trips to red zones "
                    "are never funded. Each student must have civil liability insurance and repatriation "
                    "insurance for the whole trip. Students who have no repatriation insurance can join the "
                    "UM group policy for €4 per trip.",
                ),
                ("h2", "During the trip"),
                (
                    "p",
                    "The staff member in charge keeps the list of participants with their emergency contacts "
                    "and carries the UM emergency number card. Any accident or serious incident is reported "
                    "to the Field Trips desk within 24 hours.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Prepare a day-by-day programme, a budget and the provisional list of students.",
                        "Submit the application on the teaching projects platform by the closing date of "
                        "the session.",
                        "The Field Trips Committee gives its decision within 4 weeks of the closing date.",
                        "At least 3 weeks before departure, send the final list of participants and their "
                        "emergency contacts to the Field Trips desk and register the trip on Ariane.",
                        "Within 1 month of your return, send a short report and the receipts.",
                    ],
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Session", "Closing date", "Trips covered"],
                        ["Session 1", "15 October 2026", "January to June 2027"],
                        ["Session 2", "15 March 2027", "July to December 2027"],
                    ],
                    (50, 56, 60),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Field Trips desk, Education and Student Success Department: field-trips@umontpellier.fr, "
                    "+33 4 65 81 44 18. Richter campus, building C, room 210.",
                ),
            ],
        ],
    },
    "12-international-thesis-prize.pdf": {
        "title": "International Thesis Prize 2027",
        "short": "International Thesis Prize 2027",
        "url": "https://www.umontpellier.fr/en/research/doctorate/international-thesis-prize-2027.pdf",
        "audience": "researchers",
        "header": "University of Montpellier – Doctoral College",
        "pages": [
            [
                ("h1", "International Thesis Prize 2027"),
                (
                    "p",
                    "The International Thesis Prize rewards doctoral theses with a strong international "
                    "dimension that were defended at UM between 1 September 2025 and 31 August 2026. It "
                    "is awarded by the Doctoral College with the support of the UM Foundation.",
                ),
                ("h2", "Who can apply?"),
                (
                    "p",
                    "Doctors of UM whose thesis meets at least one of these conditions: the thesis was "
                    "prepared in cotutelle with a foreign university; the candidate spent at least 6 months "
                    "in a research laboratory abroad during the doctorate; or the thesis led to at least two "
                    "publications co-written with a laboratory abroad. A candidate can apply only once.",
                ),
                ("h2", "Prizes"),
                (
                    "table",
                    [
                        ["Category", "Prizes", "Amount per prize"],
                        ["Health and life sciences", "2", "€3,000"],
                        ["Sciences and engineering", "2", "€3,000"],
                        ["Humanities, law, economics and management", "2", "€3,000"],
                        ["Special prize \"Mediterranean and the South\"", "1", "€5,000"],
                    ],
                    (90, 30, 46),
                ),
                (
                    "p",
                    "In total, 7 prizes are awarded. Each laureate also receives a travel grant of €1,000 "
                    "to present the thesis at a conference abroad within 12 months of the ceremony.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "p",
                    "Applications are made on the Doctoral College platform. The file contains the thesis "
                    "in PDF, a summary of 4 pages in English, the report of the defence, a letter from the "
                    "thesis supervisor and a CV. Theses written in a language other than French or English "
                    "are accepted if the summary is in English.",
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Applications open", "2 November 2026"],
                        ["Closing date for applications", "11 January 2027"],
                        ["Deliberations of the jury", "March 2027"],
                        ["Award ceremony", "6 May 2027"],
                    ],
                    (96, 70),
                ),
                (
                    "p",
                    "At the ceremony, each laureate presents the thesis in 3 minutes. Laureates who now "
                    "live abroad can attend online, or in person with their travel paid by the Doctoral "
                    "College.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Thesis prize desk, Doctoral College: thesis-prize@umontpellier.fr, +33 4 65 81 58 30. "
                    "Saint-Priest campus, building 5, room 206.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-foreign-language-lecturers.docx": {
        "title": "Recruiting foreign language lecturers (lecteurs and maîtres de langue)",
        "url": "https://intranet.umontpellier.fr/hr/foreign-language-lecturers",
        "audience": "staff",
        "blocks": [
            ("title", "Recruiting foreign language lecturers (lecteurs and maîtres de langue)"),
            (
                "p",
                "Human Resources Department, Language Lecturers Recruitment Unit. Guide for language "
                "departments, version of 14 September 2026.",
            ),
            ("h1", "1. Scope"),
            (
                "p",
                "Foreign language lecturers are young graduates who teach their native language at UM, "
                "mostly in conversation classes, language labs and oral exams. UM recruits about 25 of "
                "them each year, for 14 languages, in the language centre and in the faculties. This guide "
                "explains how a department recruits them.",
            ),
            ("h1", "2. Recruitment through exchange agreements"),
            (
                "p",
                "Most lecturers come from partner universities that send one of their graduates every "
                "year, while UM sends one of its own graduates in return. The exchange of lecturers is set "
                "out in an agreement with the partner university, signed in the same way as all UM "
                "partnership agreements.",
            ),
            ("h1", "3. Contracts"),
            (
                "p",
                "The table at the end of this guide sets out the two types of contract. Contracts start on "
                "1 September 2027 and last one year; they can be renewed once. Lecturers who come from "
                "outside Europe receive a relocation allowance of €400 with their first salary.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Send the department's needs (language, number of hours, profile) to the Language "
                    "Lecturers Recruitment Unit by 31 January 2027.",
                    "Publish the offer on the UM jobs website, or ask the partner university to propose a "
                    "candidate, by 15 March 2027.",
                    "Hold the interviews by videoconference in April 2027, with at least 2 teachers of the "
                    "department.",
                    "Send the chosen candidate's file to the unit by 15 May 2027; the unit prepares the "
                    "contract and the hosting documents needed for the visa.",
                    "Welcome the lecturer at the induction day on 3 September 2027 and name a teacher of "
                    "the department as tutor for the first semester.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Language Lecturers Recruitment Unit, Human Resources Department: lecteurs@umontpellier.fr, "
                "+33 4 65 81 12 84. Triolet campus, building 3, room 012.",
            ),
            ("h1", "Types of contract"),
            (
                "table",
                [
                    ["Contract", "Diploma required", "Teaching hours per year", "Monthly gross pay"],
                    ["Lecteur", "bachelor's degree", "300 hours", "€1,850"],
                    ["Maître de langue", "master's degree", "288 hours", "€2,250"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
