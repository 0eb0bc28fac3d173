"""The text of the 'blind8' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-jean-monnet-actions-2027.pdf": {
        "title": "Jean Monnet Actions 2027: teaching and research on the European Union – UM support",
        "short": "Jean Monnet Actions 2027",
        "url": "https://intranet.umontpellier.fr/international/europe/jean-monnet-actions-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – International Relations Department, Europe Unit",
        "pages": [
            [
                ("h1", "Jean Monnet Actions 2027: teaching and research on the European Union"),
                (
                    "p",
                    "The Jean Monnet Actions of the Erasmus+ programme fund teaching and research on the "
                    "European Union: its history, law, economy, policies and place in the world. They are open "
                    "to all disciplines, from law and economics to health, environment and engineering, as long "
                    "as the teaching deals with the European Union. The Europe Unit of the International "
                    "Relations Department helps UM teachers prepare their applications for the 2027 call and "
                    "adds its own support to the funded projects.",
                ),
                ("h2", "The actions open to UM in 2027"),
                (
                    "table",
                    [
                        ["Action", "What it funds", "Length", "EU grant (maximum)"],
                        ["Jean Monnet Module", "a short course of at least 40 hours per year on the EU", "3 years", "€30,000"],
                        ["Jean Monnet Chair", "a teacher who gives at least 90 hours per year of courses on the EU", "3 years", "€50,000"],
                        ["Jean Monnet Centre of Excellence", "a centre that brings together EU expertise across faculties", "3 years", "€100,000"],
                        ["Jean Monnet Network", "a network of at least 5 institutions from 5 countries", "3 years", "€300,000"],
                    ],
                    (40, 66, 22, 38),
                ),
                (
                    "p",
                    "The EU grant is a lump sum that covers at most 80% of the budget of the project; UM covers "
                    "the rest, mostly with the time of its staff.",
                ),
                ("h2", "Who can apply?"),
                (
                    "bullet",
                    [
                        "a Module: any permanent teacher of UM, and lecturers on a fixed-term contract that covers the 3 years;",
                        "a Chair: a permanent professor or lecturer who has taught EU topics for at least 5 years;",
                        "a Centre of Excellence or a Network: a team of at least 3 permanent teachers from 2 faculties or more.",
                    ],
                ),
                (
                    "p",
                    "A teacher can hold only one Jean Monnet Chair at a time. Holders of a Chair who finished a "
                    "Chair less than 2 years ago cannot apply for a new one.",
                ),
            ],
            [
                ("h2", "What UM adds"),
                (
                    "p",
                    "The holder of a funded Chair gets a reduction of 64 hours per year in their teaching "
                    "service; the coordinator of a Module gets 24 hours. The Europe Unit adds €3,000 per year "
                    "to each funded Chair to invite speakers from abroad, and the Communication Department "
                    "promotes the courses to students.",
                ),
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Send a pre-proposal of 2 pages to the Europe Unit by 4 December 2026.",
                        "The UM Jean Monnet committee selects the projects that UM will support by 18 December "
                        "2026; it supports at most 4 projects in 2027.",
                        "Write the application with the Europe Unit; the council of your faculty approves the "
                        "teaching hours.",
                        "The Europe Unit obtains the signature of the President on the declaration on honour, "
                        "at the latest 5 working days before the EU deadline.",
                        "Submit the application on the EU Funding & Tenders Portal by 12 February 2027, 17:00 "
                        "(Brussels time).",
                    ],
                ),
                ("h2", "Documents for the application"),
                (
                    "bullet",
                    [
                        "the CV of the academic coordinator;",
                        "the list of their publications on EU topics in the last 5 years;",
                        "the syllabus of each course of the project;",
                        "a letter of support from the dean of the faculty.",
                    ],
                ),
                (
                    "p",
                    "The application is written in English. The courses themselves can be taught in French or "
                    "in any other language.",
                ),
            ],
            [
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Pre-proposal to the Europe Unit", "4 December 2026"],
                        ["Selection by the UM Jean Monnet committee", "18 December 2026"],
                        ["Online information session", "13 January 2027, 14:00"],
                        ["EU deadline", "12 February 2027, 17:00 (Brussels time)"],
                        ["Results", "July 2027"],
                        ["Start of the funded projects", "1 September 2027"],
                    ],
                    (96, 70),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Must the courses be open to all students? At least one course of each Module or Chair must "
                    "be open to students of another faculty, who can take it as an elective.",
                ),
                (
                    "p",
                    "Is there a report at the end? Yes: a final report within 60 days of the end of the project, "
                    "prepared with the Europe Unit, and a short yearly activity report for UM.",
                ),
                (
                    "p",
                    "Can a Chair pay my salary? No. The EU grant pays teaching hours of other teachers, events, "
                    "travel and publications, but not the salary of the Chair holder.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Europe Unit, International Relations Department: europe-unit@umontpellier.fr, "
                    "+33 4 65 81 37 62. Triolet campus, building 8, room 135; Monday to Friday, 9:00–12:30.",
                ),
            ],
        ],
    },
    "12-sponsored-students-2027.pdf": {
        "title": "Sponsored students 2027-2028: studying at UM with funding from a foreign government or organisation",
        "short": "Sponsored students 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/sponsored-students-2027-2028.pdf",
        "audience": "all",
        "header": "University of Montpellier – International Relations Department",
        "pages": [
            [
                ("h1", "Sponsored students 2027-2028"),
                (
                    "p",
                    "Some international students come to the University of Montpellier with a sponsor who pays "
                    "for their studies: a foreign government or ministry, an embassy, a scholarship agency or an "
                    "international organisation. UM then bills the sponsor directly, so the student pays "
                    "nothing at enrolment, and offers service packages that sponsors often ask for.",
                ),
                ("h2", "Service packages 2027-2028"),
                (
                    "table",
                    [
                        ["Package", "What is included", "Price per year, billed to the sponsor"],
                        ["Basic", "follow-up of the enrolment, invoices, reports to the sponsor", "€500"],
                        ["Standard", "Basic, plus 60 hours of French courses and a reserved room in a university residence for the first year", "€1,400"],
                        ["Premium", "Standard, plus an individual academic tutor 2 hours a week and a pick-up at the airport", "€2,600"],
                    ],
                    (28, 98, 40),
                ),
                (
                    "p",
                    "The tuition fees are billed separately, at the rate of the student's programme. The package "
                    "does not include the rent of the room, which the student or the sponsor pays to the "
                    "residence.",
                ),
                ("h2", "Who is a sponsored student?"),
                (
                    "p",
                    "A student admitted to a UM programme whose sponsor signs a financial guarantee letter "
                    "covering at least one academic year of tuition. Students funded by a company in France are "
                    "not sponsored students: they follow the continuing education procedure.",
                ),
                ("h2", "The financial guarantee letter"),
                (
                    "bullet",
                    [
                        "the name and date of birth of the student;",
                        "the programme and the number of years covered;",
                        "the costs covered: tuition, package, health insurance, monthly allowance;",
                        "the billing address and the contact person of the sponsor;",
                        "the signature and the stamp of the sponsor.",
                    ],
                ),
            ],
            [
                ("h2", "How it works"),
                (
                    "num",
                    [
                        "Apply for admission like any other international student, on Études en France or on "
                        "the UM application platform.",
                        "Once admitted, send the sponsor's financial guarantee letter to the Sponsored Students "
                        "desk by 15 July 2027 for the autumn intake.",
                        "The desk sends the invoice to the sponsor within 10 working days and gives you the "
                        "status \"paid by sponsor\", so that you pay nothing when you enrol.",
                        "Complete your online enrolment and pay the CVEC.",
                        "Each semester, with your written consent, the desk sends the sponsor your attendance "
                        "and your grades.",
                    ],
                ),
                (
                    "p",
                    "The CVEC (€105 in 2027-2028) is not included in the invoice: you pay it yourself, unless the "
                    "guarantee letter says that the sponsor pays it.",
                ),
                ("h2", "Payment by the sponsor"),
                (
                    "p",
                    "The sponsor pays within 60 days of the invoice. If it has not paid 90 days after the "
                    "invoice, UM asks the student to pay, and the student's transcripts are withheld until "
                    "payment. UM does not pay monthly allowances on behalf of sponsors: the sponsor pays them "
                    "directly to the student.",
                ),
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Guarantee letter, autumn intake", "by 15 July 2027"],
                        ["Guarantee letter, spring intake", "by 15 December 2027"],
                        ["Invoices to sponsors", "September and February"],
                        ["Reports to sponsors", "end of January and end of June"],
                    ],
                    (96, 70),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Sponsored Students desk, International Relations Department: "
                    "sponsored-students@umontpellier.fr, +33 4 65 81 37 30. Triolet campus, building 8, "
                    "room 118; Monday to Friday, 9:00–12:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-erasmus-capacity-building-projects.docx": {
        "title": "Erasmus+ Capacity Building in Higher Education: guide for UM project teams",
        "url": "https://intranet.umontpellier.fr/international/cooperation/capacity-building-projects",
        "audience": "staff",
        "blocks": [
            ("title", "Erasmus+ Capacity Building in Higher Education: guide for UM project teams"),
            (
                "p",
                "International Relations Department, International Cooperation Projects unit. Guide for "
                "teachers and staff, version of 2 November 2026.",
            ),
            ("h1", "1. What a capacity-building project is"),
            (
                "p",
                "Capacity Building in Higher Education (CBHE) projects are Erasmus+ projects of 2 or 3 years "
                "in which European universities help universities of partner countries in Africa, Asia, Latin "
                "America or the Mediterranean to modernise their programmes, their teaching or their "
                "management. The EU grant is between €200,000 and €1,000,000 per project. UM can be the "
                "coordinator or one of the partners. Every project is run under a partnership agreement between "
                "all its members: see the procedure for establishing an international partnership.",
            ),
            ("h1", "2. Who can lead a project at UM"),
            (
                "p",
                "A permanent teacher or staff member, with the approval of their dean or director. UM "
                "coordinates at most 2 CBHE projects at the same time, so a project in which UM would be the "
                "coordinator is discussed with the unit before any commitment to partners. UM staff who work "
                "on a funded project can be paid up to 96 additional hours per year.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "Tell the International Cooperation Projects unit about your project at least 3 months "
                    "before the Erasmus+ deadline.",
                    "Prepare the budget with the unit, following the budget rules in the table below.",
                    "Your dean and the Vice-President for International Relations approve UM's participation.",
                    "The unit obtains the mandate letter signed for UM and sends it to the coordinator at "
                    "least 2 weeks before the deadline.",
                    "If the project is funded, the unit opens a budget line for it within 1 month of the "
                    "signature of the grant agreement.",
                    "Send a progress report to the unit every 6 months.",
                ],
            ),
            ("h1", "4. Missions abroad"),
            (
                "p",
                "The trips of UM staff follow UM's rules for missions abroad and are booked through UM's travel "
                "agency. The trips of partner staff to Montpellier are paid from the project with the EU unit "
                "costs.",
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "International Cooperation Projects unit, International Relations Department: "
                "coop-projects@umontpellier.fr, +33 4 65 81 37 48. Triolet campus, building 8, room 128.",
            ),
            ("h1", "Budget rules"),
            (
                "table",
                [
                    ["Cost", "EU rule", "UM rule"],
                    ["staff time", "unit costs per day, by country", "UM staff paid as additional hours, up to 96 hours per year"],
                    ["travel", "unit costs by distance", "booked through UM's travel agency"],
                    ["equipment", "at most 40% of the grant, only for the universities of partner countries", "UM cannot buy equipment for itself"],
                    ["subcontracting", "at most 10% of the grant", "public procurement rules"],
                    ["UM administrative fee", "none", "7% of UM's share of the grant"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
