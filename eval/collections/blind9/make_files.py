"""The text of the 'blind9' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-scholarships-to-go-abroad-2027.pdf": {
        "title": "External scholarships to study or do research abroad 2027-2028: UM pre-selection and support",
        "short": "External scholarships abroad 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/outgoing/external-scholarships-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department, Scholarships Abroad desk",
        "pages": [
            [
                ("h1", "External scholarships to study or do research abroad 2027-2028"),
                (
                    "p",
                    "Foreign governments, foundations and agencies offer scholarships to French students who want "
                    "to study or do research in their country. Some of them only accept candidates nominated by "
                    "their university; for the others, you apply on your own but UM can help you. The "
                    "Scholarships Abroad desk of the International Relations Department runs the UM pre-selection "
                    "and coaches the candidates. This guide covers the scholarships for stays that start in the "
                    "academic year 2027-2028.",
                ),
                ("h2", "The scholarships supported by UM"),
                (
                    "table",
                    [
                        ["Scholarship", "For whom", "Destination", "Amount", "UM nomination"],
                        ["Fulbright research grant", "master's students and doctoral candidates", "United States", "USD 2,200 per month for 4 to 10 months", "no: individual application"],
                        ["DAAD research grant", "doctoral candidates", "Germany", "€1,300 per month for 1 to 6 months", "no: individual application"],
                        ["JSPS summer programme", "doctoral candidates", "Japan", "JPY 530,000 for 2 months", "yes: 3 candidates at most"],
                        ["Entente Cordiale scholarship", "master's students", "United Kingdom", "£10,000 for one year", "no: individual application"],
                        ["Mitacs Globalink research award", "master's students", "Canada", "CAD 6,000 for 12 to 24 weeks", "yes: 5 candidates at most"],
                    ],
                    (34, 34, 24, 42, 32),
                ),
                (
                    "p",
                    "For the JSPS programme and the Mitacs award, only the candidates pre-selected by UM can "
                    "apply. For the other scholarships, UM reviews your application and can add a letter of "
                    "endorsement signed by the Vice-President for International Relations.",
                ),
                ("h2", "Who can take part in the UM pre-selection?"),
                (
                    "bullet",
                    [
                        "students enrolled at UM in 2026-2027 in a master's programme, and doctoral candidates enrolled in a UM doctoral school;",
                        "with an average of at least 12/20 in the last year of studies;",
                        "with a language level of at least B2 in the language of teaching of the host institution.",
                    ],
                ),
                (
                    "p",
                    "Doctoral candidates in their last year can take part only if they will defend after the end "
                    "of the stay. Students who already received a scholarship of the same programme cannot apply "
                    "again.",
                ),
            ],
            [
                ("h2", "What UM adds"),
                (
                    "p",
                    "Every pre-selected candidate gets a mock interview with a jury of 3 UM teachers, in the "
                    "language of the scholarship. UM reimburses the language test (TOEFL, IELTS, TestDaF) of "
                    "pre-selected candidates, up to €250, with the receipt. Candidates who go to one of the "
                    "preferred international partners of the MUSE project receive an extra travel grant of €600 "
                    "from UM.",
                ),
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Choose your scholarship and check its own rules on the website of the organisation.",
                        "Fill in the UM pre-selection form on the mobility platform by 8 January 2027, with your "
                        "project and the documents listed below.",
                        "The UM committee interviews the candidates in 15 minutes on 26 January 2027 and "
                        "announces its choice by 2 February 2027.",
                        "Pre-selected candidates write their application with the desk and take their mock "
                        "interview in February.",
                        "Submit your application to the organisation before its own deadline; for the JSPS "
                        "programme and the Mitacs award, the desk submits the nominations for you.",
                    ],
                ),
                ("h2", "Documents for the UM pre-selection"),
                (
                    "bullet",
                    [
                        "a CV of at most 2 pages;",
                        "a project of at most 2 pages, in the language of the scholarship;",
                        "your transcripts of the last 2 years;",
                        "a letter of support from your supervisor or the head of your programme;",
                        "the acceptance or invitation letter of the host, if you already have it.",
                    ],
                ),
                (
                    "p",
                    "The pre-selection form and the documents can be written in French or in English, except the "
                    "project.",
                ),
            ],
            [
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Information meeting, online", "1 December 2026, 12:30"],
                        ["UM pre-selection form", "by 8 January 2027"],
                        ["Interviews of the UM committee", "26 January 2027"],
                        ["Results of the UM pre-selection", "by 2 February 2027"],
                        ["Nominations sent by UM (JSPS, Mitacs)", "by 5 March 2027"],
                        ["Results of the organisations", "from May 2027"],
                    ],
                    (96, 70),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Can I apply for two scholarships? Yes, but you can hold only one of them: if you receive "
                    "two, you must refuse one.",
                ),
                (
                    "p",
                    "Can I keep my Erasmus+ grant? No, not for the same months, but you can keep a CROUS grant "
                    "if your stay is part of your UM programme.",
                ),
                (
                    "p",
                    "Do I stay enrolled at UM? Yes. Master's students and doctoral candidates stay enrolled at UM "
                    "and pay their usual fees; the stay abroad is recognised in their programme.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Scholarships Abroad desk, International Relations Department: "
                    "scholarships-abroad@umontpellier.fr, +33 4 65 81 37 25. Triolet campus, building 8, room "
                    "116; Monday to Friday, 9:00–12:30.",
                ),
            ],
        ],
    },
    "12-student-entrepreneurs-2027.pdf": {
        "title": "Student-entrepreneur status for international students and graduates 2027-2028",
        "short": "Student entrepreneurs 2027-2028",
        "url": "https://www.umontpellier.fr/en/innovation/student-entrepreneurs-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Innovation Department, Student Entrepreneurship Hub",
        "pages": [
            [
                ("h1", "Student-entrepreneur status 2027-2028"),
                (
                    "p",
                    "The national student-entrepreneur status lets students and recent graduates work on a "
                    "business project while keeping the rights of a student. At the University of Montpellier it "
                    "is managed by the Student Entrepreneurship Hub (PEPITE Montpellier) of the Innovation "
                    "Department. International students and graduates can apply on the same terms as French "
                    "students, with a few extra rules on their residence permit.",
                ),
                ("h2", "Three tracks"),
                (
                    "table",
                    [
                        ["Track", "For whom", "Fee per year", "What is included"],
                        ["Status only", "students enrolled in a degree programme of any French university", "free", "a coach, workshops and access to the coworking space"],
                        ["Student-entrepreneur diploma (D2E)", "students, and graduates within 2 years of their last degree", "€495", "the status, enrolment as a student, 1 day a week of coaching"],
                        ["D2E with incubation", "D2E students whose company is about to be created", "€890", "the D2E, plus a desk in the incubator and 4 hours of expert advice per month"],
                    ],
                    (46, 46, 22, 52),
                ),
                (
                    "p",
                    "The CVEC is not included in the D2E fee. Graduates enrolled in the D2E keep a student social "
                    "status and can use the university restaurants.",
                ),
                ("h2", "International students and graduates"),
                (
                    "p",
                    "Non-EU graduates enrolled in the D2E can renew their student residence permit for one year "
                    "with the D2E enrolment certificate. A D2E student can work up to 964 hours a year, like any "
                    "student. Graduates who hold a job-seeking residence permit (RECE) keep it and do not need "
                    "to change it to join the D2E.",
                ),
                (
                    "p",
                    "International students in an exchange programme cannot apply: they can join the hub's "
                    "workshops as guests.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Apply on the national student-entrepreneur platform, at the latest 3 weeks before a "
                        "committee, with a description of your project.",
                        "Meet a coach of the hub for 1 hour to prepare your pitch.",
                        "Present your project to the committee: a pitch of 10 minutes and 10 minutes of questions, "
                        "in French or English.",
                        "After a favourable decision, enrol in the D2E online and pay the fee.",
                        "International students: ask the hub for the certificate for the prefecture, which it "
                        "issues within 5 working days of your enrolment.",
                    ],
                ),
                ("h2", "Committee dates"),
                (
                    "table",
                    [
                        ["Committee", "Date", "Application deadline"],
                        ["Summer committee", "8 June 2027", "18 May 2027"],
                        ["Autumn committee", "14 September 2027", "24 August 2027"],
                        ["Winter committee", "7 December 2027", "16 November 2027"],
                    ],
                    (56, 55, 55),
                ),
                (
                    "p",
                    "A project that the committee did not accept can be presented again once, at one of the next "
                    "2 committees. The D2E starts on 1 October for the summer and autumn committees and on 1 "
                    "February for the winter committee.",
                ),
                ("h2", "Prize"),
                (
                    "p",
                    "Each year, the hub gives 3 prizes of €2,000 to the best projects of D2E students, chosen at "
                    "the Demo Day in June.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Student Entrepreneurship Hub (PEPITE Montpellier), Innovation Department: "
                    "entrepreneurs@umontpellier.fr, +33 4 65 81 58 40. Saint-Priest campus, building 4, room "
                    "008; Monday to Friday, 9:00–17:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-international-education-fairs.docx": {
        "title": "Representing UM at international education fairs: guide for staff",
        "url": "https://intranet.umontpellier.fr/international/recruitment/education-fairs",
        "audience": "staff",
        "blocks": [
            ("title", "Representing UM at international education fairs: guide for staff"),
            (
                "p",
                "International Relations Department, International Recruitment unit. Guide for teachers and "
                "administrative staff, version of 9 November 2026.",
            ),
            ("h1", "1. Why UM goes to fairs abroad"),
            (
                "p",
                "Each year, the University of Montpellier presents its master's and doctoral programmes at about "
                "10 education fairs abroad, most of them organised by Campus France. The International "
                "Recruitment unit chooses the fairs, pays for the stands and sends teams of UM staff, who meet "
                "future students and partner universities. A fair is not the place to make commitments: never "
                "sign an agreement or a memorandum of understanding at a fair, even a short one, and send any "
                "proposal of a partner to the unit, which follows the procedure for establishing an "
                "international partnership.",
            ),
            ("h1", "2. Who can represent UM"),
            (
                "p",
                "Permanent staff, and staff on a contract of more than 1 year, with the agreement of their line "
                "manager. Each representative must first follow the half-day training \"Presenting UM abroad\", "
                "and can take part in at most 2 fairs per academic year. At least one member of each team speaks "
                "the language of the country or English.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "Answer the unit's call for volunteers, published each June for the next academic year.",
                    "Get the agreement of your line manager on the mission order form.",
                    "Follow the training \"Presenting UM abroad\" at least 1 month before the fair.",
                    "Collect the brochures and the roll-up banner from the unit 2 weeks before the fair; the unit "
                    "ships heavy material itself.",
                    "Within 10 days after the fair, enter the contacts you collected in the unit's online form and "
                    "send a report of 1 page.",
                ],
            ),
            ("h1", "4. Mission costs and time"),
            (
                "p",
                "The unit pays travel, accommodation and daily allowances, following UM's rules for missions "
                "abroad; the faculty of the representative pays nothing. A representative who works on a "
                "Saturday or a Sunday at a fair gets 1 day of rest for each weekend day worked, to be taken within "
                "2 months.",
            ),
            (
                "p",
                "Contacts of future students are personal data: keep them only in the unit's form, never in a "
                "personal spreadsheet or on your phone.",
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "International Recruitment unit, International Relations Department: "
                "recruitment-fairs@umontpellier.fr, +33 4 65 81 37 92. Triolet campus, building 8, room 152.",
            ),
            ("h1", "Fairs 2026-2027"),
            (
                "table",
                [
                    ["Fair", "Country", "Month", "Stand (paid by the unit)", "UM staff sent"],
                    ["Campus France fair, Casablanca", "Morocco", "November 2026", "€2,400", "3"],
                    ["Campus France fair, Hanoi", "Vietnam", "January 2027", "€3,200", "2"],
                    ["Higher education fair, New Delhi", "India", "February 2027", "€3,800", "2"],
                    ["Study in Europe fair, Mexico City", "Mexico", "March 2027", "€2,900", "2"],
                    ["Campus France fair, Dakar", "Senegal", "April 2027", "€1,900", "2"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
