"""The text of the 'blind4' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-summer-research-internships.pdf": {
        "title": "Montpellier Summer Research Internships 2027 for international undergraduates",
        "short": "Summer Research Internships 2027",
        "url": "https://www.umontpellier.fr/en/research/summer-research-internships-2027.pdf",
        "audience": "students",
        "header": "University of Montpellier – Research Department",
        "pages": [
            [
                ("h1", "Montpellier Summer Research Internships 2027"),
                (
                    "p",
                    "Every summer, UM research units welcome undergraduates from partner universities "
                    "abroad for a first experience of research. Interns join a team in health, ecology, "
                    "agronomy, chemistry, physics, mathematics or the social sciences, work on a project "
                    "of their own under the guidance of a researcher, and present their results at the end "
                    "of the summer. In 2027, 40 internships are offered.",
                ),
                ("h2", "Who can apply?"),
                ("p", "To be eligible, candidates must:"),
                (
                    "bullet",
                    [
                        "be enrolled in the 2nd or 3rd year of a bachelor's degree at a partner university "
                        "of UM outside France;",
                        "be among the best 20% of their year, as certified by their home university;",
                        "have a level of English of at least B2, or a level of French of at least B2 for "
                        "projects in the social sciences;",
                        "be nominated by the international office of their home university;",
                        "not have done a research internship at UM before.",
                    ],
                ),
                ("h2", "What UM offers"),
                (
                    "table",
                    [
                        ["Support", "Amount"],
                        ["Monthly stipend", "€720 per month"],
                        ["Room in a university residence", "paid by UM for the whole internship"],
                        ["Travel allowance, from Europe", "€500"],
                        ["Travel allowance, from outside Europe", "€1,000"],
                    ],
                    (96, 70),
                ),
                (
                    "p",
                    "Interns from UM's strategic partner universities receive an extra travel allowance "
                    "of €400. The stipend is paid at the end of each month by bank transfer.",
                ),
            ],
            [
                ("h2", "The internship"),
                (
                    "p",
                    "Internships last 8 to 10 weeks, between 7 June and 13 August 2027. Each intern has a "
                    "supervisor in the host team, works 35 hours a week and keeps a research notebook. A "
                    "research unit can host at most 2 interns. In the first week, all interns follow a "
                    "welcome programme with a course on research integrity, a laboratory safety training "
                    "and a visit of the campuses.",
                ),
                ("h2", "Insurance and health"),
                (
                    "p",
                    "Interns must have health insurance valid in France for the whole stay and civil "
                    "liability insurance. Interns from the European Union bring their European Health "
                    "Insurance Card. Others are covered by the group insurance that UM takes out for them "
                    "at no cost. An internship agreement is signed between the intern, the home university "
                    "and UM before arrival.",
                ),
                ("h2", "Poster day"),
                (
                    "p",
                    "On the poster day, each intern presents a poster on the results of the project to "
                    "the host teams and to UM students. The three best posters receive a prize of €300, "
                    "and their authors receive a letter of recommendation from the jury for their future "
                    "applications to a UM master's programme.",
                ),
                ("h2", "After the internship"),
                (
                    "p",
                    "Interns receive a certificate stating the length of the internship and the work "
                    "done. Many home universities give credits for it; UM does not award credits itself.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Choose up to 3 projects in the catalogue published on the Research Department's "
                        "website.",
                        "Ask the international office of your home university to nominate you.",
                        "Submit your application on the internships platform by the closing date, with "
                        "your transcripts, a motivation letter and a letter from a teacher.",
                        "The host teams rank the candidates and may hold short interviews by "
                        "videoconference.",
                        "Accept the offer within 7 days and send the signed internship agreement.",
                    ],
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Applications open", "1 December 2026"],
                        ["Closing date for applications", "31 January 2027"],
                        ["Results", "15 March 2027"],
                        ["Internships", "7 June to 13 August 2027"],
                        ["Poster day", "12 August 2027"],
                    ],
                    (96, 70),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Summer Research Internships desk, Research Department: summer-research@umontpellier.fr, "
                    "+33 4 65 81 52 77. Saint-Priest campus, building 4, room 015.",
                ),
            ],
        ],
    },
    "12-carbon-budget-professional-travel.pdf": {
        "title": "Carbon budget for professional travel abroad 2027",
        "short": "Carbon budget for travel 2027",
        "url": "https://intranet.umontpellier.fr/sustainability/carbon-budget-travel-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – Sustainable Development Office",
        "pages": [
            [
                ("h1", "Carbon budget for professional travel abroad 2027"),
                (
                    "p",
                    "Air travel for missions is the largest single source of greenhouse gas emissions "
                    "of the University of Montpellier's research units. From 1 January 2027, each unit "
                    "receives an annual carbon budget for the professional travel of its members, "
                    "expressed in kilograms of CO2 equivalent (kg CO2e). The unit decides how to share "
                    "it between its members and its projects.",
                ),
                ("h2", "How the budget of a unit is calculated"),
                (
                    "p",
                    "The budget of a unit is the sum of the allowances of its members on 1 January:",
                ),
                (
                    "table",
                    [
                        ["Category of member", "Annual allowance per person"],
                        ["Researcher or lecturer with a permanent post", "1,800 kg CO2e"],
                        ["Doctoral candidate or postdoc", "1,200 kg CO2e"],
                        ["Engineer, technician or administrative staff", "400 kg CO2e"],
                    ],
                    (100, 66),
                ),
                (
                    "p",
                    "As a guide, a return flight from Montpellier to Montreal emits about 1,650 kg CO2e, "
                    "and a return train journey from Montpellier to Brussels about 12 kg CO2e. The "
                    "emissions of each mission are calculated automatically from the mission order.",
                ),
            ],
            [
                ("h2", "Travel that does not count"),
                (
                    "p",
                    "Some travel is not counted in the budget of the unit: the travel of members of a "
                    "thesis jury who come from abroad, the first conference abroad of a doctoral "
                    "candidate, and fieldwork in places that cannot be reached without flying.",
                ),
                ("h2", "When a unit goes over its budget"),
                (
                    "p",
                    "A unit that goes over its budget pays €60 per tonne of CO2e above the budget into "
                    "the UM climate fund, which finances energy savings on the campuses. Unused budget "
                    "cannot be carried over to the next year.",
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Budgets sent to the units", "15 January 2027"],
                        ["Mid-year report to the units", "15 July 2027"],
                        ["Annual report of each unit due", "31 January 2028"],
                    ],
                    (96, 70),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Sustainable Development Office: carbon-budget@umontpellier.fr, +33 4 65 81 10 72. "
                    "Saint-Priest campus, building 1, room 204.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-mentoring-new-international-faculty.docx": {
        "title": "Mentoring programme for newly recruited international faculty",
        "url": "https://intranet.umontpellier.fr/hr/mentoring-international-faculty",
        "audience": "staff",
        "blocks": [
            ("title", "Mentoring programme for newly recruited international faculty"),
            (
                "p",
                "Human Resources Department, HR Development Unit. Guide for new colleagues and their "
                "faculties, version of 7 September 2026.",
            ),
            ("h1", "1. Purpose"),
            (
                "p",
                "Each year UM recruits about 30 lecturers and professors who have built their careers "
                "abroad. Teaching in a French university, dealing with its committees and finding one's "
                "way in its research structures can be confusing. The mentoring programme pairs each of "
                "them with an experienced colleague for their first year.",
            ),
            ("h1", "2. Who can join"),
            (
                "p",
                "The programme is open to lecturers and professors in the first 2 years of their post "
                "at UM who come from a foreign university or who have a foreign nationality. Joining is "
                "voluntary. The mentor is a permanent member of staff from another department of the "
                "same faculty, trained in a half-day session. Mentors receive a reduction of 12 teaching "
                "hours in the year of mentoring.",
            ),
            ("h1", "3. What the programme offers"),
            (
                "p",
                "The table at the end of this guide lists the support offered to new colleagues. "
                "Mentoring lasts one year and can be renewed once at the request of the new colleague.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Sign up for the programme on the HR portal by 30 September 2027.",
                    "The HR Development Unit proposes a mentor within 3 weeks, after talking with the "
                    "faculty.",
                    "Hold the first meeting with your mentor before 31 October 2027 and sign the mentoring "
                    "charter together.",
                    "Meet at least 6 times during the year; one meeting includes a visit to one of your "
                    "classes.",
                    "Fill in the end-of-year review with your mentor by 30 June 2028.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "HR Development Unit, Human Resources Department: mentoring@umontpellier.fr, "
                "+33 4 65 81 12 56. Saint-Priest campus, building 1, room 015.",
            ),
            ("h1", "Support for new colleagues"),
            (
                "table",
                [
                    ["Support", "Content", "Amount or duration"],
                    ["Mentoring", "at least 6 meetings with a mentor", "one year, renewable once"],
                    ["French language course", "classes at the UM Language Centre", "60 hours, free"],
                    ["Teaching course", "teaching in French higher education", "24 hours, free"],
                    ["Research welcome allowance", "paid to the research unit", "€2,500 in the first year"],
                    ["Reduced teaching load", "fewer teaching hours", "32 hours less in the first year"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
