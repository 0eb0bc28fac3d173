"""The text of the 'blind2' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-international-student-ambassadors.pdf": {
        "title": "International Student Ambassadors 2026–2027: guide for applicants",
        "short": "International Student Ambassadors 2026–2027",
        "url": "https://www.umontpellier.fr/en/international/student-ambassadors-guide.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department",
        "pages": [
            [
                ("h1", "International Student Ambassadors 2026–2027"),
                (
                    "p",
                    "International Student Ambassadors are UM students who talk about their studies and "
                    "their life in Montpellier to future students from abroad. They answer questions online, "
                    "take part in education fairs and welcome visiting delegations. Ambassadors are paid "
                    "for each mission and receive a certificate at the end of the year.",
                ),
                ("h2", "Who can become an ambassador?"),
                ("p", "To apply, you must meet the following conditions:"),
                (
                    "bullet",
                    [
                        "be enrolled at UM for the whole 2026–2027 academic year, in any degree;",
                        "have completed at least one semester at UM before the start of your missions;",
                        "speak English at C1 level, or French and another language at C1 level;",
                        "be available for at least 20 hours of missions over the year.",
                    ],
                ),
                (
                    "p",
                    "International students and French students who have spent a semester abroad are both "
                    "welcome. The programme recruits 45 ambassadors each year, from all faculties and "
                    "schools of UM.",
                ),
                ("h2", "Training"),
                (
                    "p",
                    "All new ambassadors follow a compulsory training day on Saturday 14 November 2026. It "
                    "covers the UM study offer, the admission procedures for international students, and "
                    "how to answer questions online without giving personal data. The training day is "
                    "paid as 6 hours of missions.",
                ),
            ],
            [
                ("h2", "Missions and pay"),
                (
                    "p",
                    "Missions are offered on the ambassadors' platform; each ambassador chooses the "
                    "missions that fit the timetable of their classes. Pay is gross and is transferred "
                    "at the end of the month after the mission.",
                ),
                (
                    "table",
                    [
                        ["Mission", "Pay", "Typical length"],
                        ["Online chat with future students", "€13.50 per hour", "2-hour slots"],
                        ["Video testimony for the UM website", "€60 per video", "half a day"],
                        ["Campus tour for a visiting delegation", "€40 per tour", "2 hours"],
                        ["Education fair in France", "€110 per day", "1 to 2 days"],
                        ["Education fair abroad", "€150 per day, travel and hotel paid", "3 to 5 days"],
                    ],
                    (62, 58, 46),
                ),
                (
                    "p",
                    "Fairs abroad are open only to ambassadors who have completed at least 10 hours of "
                    "other missions. The number of days of fairs abroad is limited to 8 per ambassador "
                    "and per year.",
                ),
                ("h2", "Rules"),
                (
                    "p",
                    "Ambassadors speak about their own experience. They do not give an opinion on the "
                    "chances of admission of a candidate and they pass every question on visas, fees or "
                    "grades to the International Relations Department. Social media posts made during a "
                    "mission must use the programme hashtag #UMambassadors.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Fill in the online application form on the International Relations website.",
                        "Upload a one-page CV and a video of 90 seconds at most in which you present "
                        "yourself in English.",
                        "Shortlisted candidates meet the ambassadors team for a group interview in the "
                        "second half of October.",
                        "Sign the ambassador charter and your student employment contract before your "
                        "first mission.",
                    ],
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Applications open", "1 September 2026"],
                        ["Closing date for applications", "5 October 2026"],
                        ["Group interviews", "19 to 30 October 2026"],
                        ["Training day", "14 November 2026"],
                        ["End-of-year ceremony", "10 June 2027"],
                    ],
                    (90, 76),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Ambassadors team, International Relations Department: ambassadors@umontpellier.fr, "
                    "+33 4 65 81 36 55. Triolet campus, building 8, room 109.",
                ),
            ],
        ],
    },
    "12-solidarity-projects-abroad.pdf": {
        "title": "Solidarity projects abroad: support fund 2027",
        "short": "Solidarity projects abroad 2027",
        "url": "https://www.umontpellier.fr/en/campus-life/solidarity-projects-fund-2027.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Life Department",
        "pages": [
            [
                ("h1", "Solidarity projects abroad: support fund 2027"),
                (
                    "p",
                    "The solidarity projects fund supports groups of UM students who carry out a "
                    "volunteering project abroad with a local partner organisation, for example in health "
                    "education, the environment or schooling. Projects must take place between 1 June and "
                    "30 September 2027 and last from 3 to 8 weeks on site.",
                ),
                ("h2", "Conditions"),
                (
                    "p",
                    "Groups have 2 to 6 members, all enrolled at UM in 2026–2027. The project must be "
                    "written with the local partner, which sends a letter of support. Projects in "
                    "countries that the French Ministry of Foreign Affairs advises against visiting are "
                    "not funded. Each member must attend the pre-departure weekend on 24 and 25 April "
                    "2027.",
                ),
                ("h2", "Amount of the grant"),
                (
                    "table",
                    [
                        ["Group size", "Project in Europe", "Project outside Europe"],
                        ["2 or 3 students", "up to €1,200", "up to €2,500"],
                        ["4 to 6 students", "up to €2,000", "up to €4,000"],
                    ],
                    (56, 55, 55),
                ),
                (
                    "p",
                    "The grant covers at most 50% of the budget of the project. 70% is paid before "
                    "departure and the rest after the final report.",
                ),
            ],
            [
                ("h2", "Calendar and application"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Closing date for applications", "8 February 2027"],
                        ["Presentation to the selection committee", "9 to 11 March 2027"],
                        ["Pre-departure weekend", "24 and 25 April 2027"],
                        ["Final report and photos", "within 6 weeks of the return"],
                    ],
                    (96, 70),
                ),
                (
                    "p",
                    "Applications are sent on the student life platform with the project description, the "
                    "budget and the letter of support of the local partner. Each group presents its "
                    "project to the committee in 10 minutes. Groups that received a grant in 2026 can "
                    "apply again only for a different project.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Student Initiatives Office, Student Life Department: "
                    "solidarity-projects@umontpellier.fr, +33 4 65 81 47 30. "
                    "Richter campus, building A, room 015.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-thesis-defence-with-foreign-jury-members.docx": {
        "title": "Organising a thesis defence with jury members from abroad",
        "url": "https://intranet.umontpellier.fr/doctoral-college/defence-foreign-jury",
        "audience": "staff",
        "blocks": [
            ("title", "Organising a thesis defence with jury members from abroad"),
            (
                "p",
                "Doctoral College, defence desk. Guide for thesis supervisors and doctoral candidates, "
                "version of 7 September 2026.",
            ),
            ("h1", "1. Scope"),
            (
                "p",
                "This guide applies to every UM doctoral thesis defence in which at least one member of "
                "the jury works at a university or research organisation outside France. Foreign "
                "reviewers and examiners are welcome: the jury may have up to half of its members from "
                "abroad, and the defence may take place in English if the doctoral school agrees.",
            ),
            ("h1", "2. Remote participation"),
            (
                "p",
                "Jury members may take part by videoconference, but the president of the jury must be "
                "present in the room. The doctoral school provides a room with a tested videoconference "
                "system; a technical test is held with each remote member at least 3 days before the "
                "defence.",
            ),
            ("h1", "3. Travel and accommodation"),
            (
                "p",
                "The Doctoral College pays the travel and accommodation of the foreign jury members who "
                "come in person, within the caps in the table below. Tickets are booked by the UM travel "
                "agency only; tickets bought by the jury member are not reimbursed.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Propose the jury and the two reviewers on the ADUM platform and have them approved "
                    "by the director of the doctoral school.",
                    "Send the thesis manuscript to the reviewers at least 8 weeks before the defence.",
                    "Ask the defence desk to book the travel of each foreign member at least 6 weeks "
                    "before the defence.",
                    "Upload the reviewers' reports on ADUM at least 3 weeks before the defence.",
                    "After the defence, send the signed report of the defence to the defence desk "
                    "within 5 days.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Defence desk, Doctoral College: defence-desk@umontpellier.fr, +33 4 65 81 58 21. "
                "Saint-Priest campus, building 5, room 210.",
            ),
            ("h1", "Caps per foreign jury member"),
            (
                "table",
                [
                    ["Home country of the member", "Travel cap", "Hotel nights paid", "Hotel cap per night"],
                    ["Europe", "€450", "2 nights", "€120"],
                    ["Africa and the Middle East", "€900", "3 nights", "€120"],
                    ["Americas, Asia and Oceania", "€1,500", "3 nights", "€120"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
