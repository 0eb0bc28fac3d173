"""The text of the 'blind11' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-prior-learning-refugee-applicants-2027.pdf": {
        "title": "Recognition of prior studies and experience for refugee and exiled applicants 2027-2028",
        "short": "Prior learning for refugee applicants 2027-2028",
        "url": "https://www.umontpellier.fr/en/continuing-education/prior-learning-refugees-2027-2028.pdf",
        "audience": "all",
        "header": "University of Montpellier – Continuing Education Department, Prior Learning unit",
        "pages": [
            [
                ("h1", "Recognition of prior studies and experience for refugee and exiled applicants 2027-2028"),
                (
                    "p",
                    "Many refugees and exiled people had to interrupt their studies, or could not bring their "
                    "diplomas with them. The University of Montpellier can take their previous studies and their "
                    "work experience into account to admit them to a programme, to exempt them from part of it or "
                    "to award them a diploma. The Prior Learning unit of the Continuing Education Department "
                    "examines the applications and helps the applicants at every step. This guide applies to "
                    "admissions for the academic year 2027-2028.",
                ),
                ("h2", "Three routes"),
                (
                    "table",
                    [
                        ["Route", "What it gives", "Who can use it", "Fee for refugee applicants"],
                        [
                            "VAPP (validation of professional and personal experience)",
                            "admission to a programme without the diploma normally required",
                            "applicants aged 20 or more who stopped their initial studies at least 2 years ago",
                            "free (usually €250)",
                        ],
                        [
                            "VES (validation of higher education studies)",
                            "exemption from part of a programme for studies done abroad",
                            "applicants who studied in higher education abroad",
                            "free (usually €150)",
                        ],
                        [
                            "VAE (validation of experience)",
                            "all or part of a UM diploma without following the courses",
                            "applicants with at least 1 year of experience related to the diploma",
                            "€300 (usually €1,900)",
                        ],
                    ],
                    (38, 44, 52, 32),
                ),
                (
                    "p",
                    "The reduced fees apply to refugees, beneficiaries of subsidiary protection, beneficiaries of "
                    "temporary protection and asylum seekers who hold an asylum application certificate.",
                ),
                ("h2", "If your diplomas are missing"),
                (
                    "p",
                    "Applicants who cannot produce their diploma or their transcripts because of their situation "
                    "are not excluded. They sign a sworn statement that lists their studies, send any document "
                    "they still have (photos, an old student card, certificates) and take an interview of 45 "
                    "minutes with a panel of 2 teachers of the field, who assess their level. A European "
                    "Qualifications Passport for Refugees, issued by the Council of Europe, replaces the interview.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Book an information meeting with the Prior Learning unit, on campus or by video; the "
                        "meetings take place every Tuesday at 10:00.",
                        "Choose the programme and the route with your adviser, who checks that you meet the "
                        "conditions.",
                        "Fill in the application file on the unit's platform and attach your documents, by 30 April "
                        "2027 for a start in September 2027, or by 30 September 2027 for the programmes that start "
                        "in January 2028.",
                        "If your diplomas are missing, take the interview with the panel in May 2027 (in October "
                        "2027 for a start in January).",
                        "The validation committee of the programme decides; you receive the decision by e-mail by "
                        "30 June 2027 (by 15 November 2027 for a start in January).",
                        "Enrol in your programme with the decision letter.",
                    ],
                ),
                ("h2", "Documents to attach"),
                (
                    "bullet",
                    [
                        "your passport, residence permit or asylum application certificate;",
                        "a CV in French or English;",
                        "your diplomas and transcripts with a translation into French or English, or the sworn "
                        "statement if they are missing;",
                        "for VAPP and VAE, certificates from your employers, or a written description of your work "
                        "if you cannot get them;",
                        "the proof of your status (refugee, subsidiary or temporary protection, asylum seeker) for "
                        "the reduced fee.",
                    ],
                ),
                (
                    "p",
                    "Translations do not need to be sworn for the application. A sworn translation is only required "
                    "for the diploma that is used for your enrolment.",
                ),
            ],
            [
                ("h2", "Key dates 2027-2028"),
                (
                    "table",
                    [
                        ["Step", "Start in September 2027", "Start in January 2028"],
                        ["Applications on the platform", "1 March – 30 April 2027", "1 – 30 September 2027"],
                        ["Interviews for applicants without diplomas", "May 2027", "October 2027"],
                        ["Decisions of the validation committees", "by 30 June 2027", "by 15 November 2027"],
                        ["Start of the programme", "September 2027", "January 2028"],
                    ],
                    (70, 48, 48),
                ),
                ("h2", "Language and support"),
                (
                    "p",
                    "Programmes taught in French require a level B2 in French. The committee can admit an "
                    "applicant with a level B1 on condition that they follow the free French course of the "
                    "Language Centre, 6 hours a week during the first semester. Each admitted refugee student is "
                    "paired with a volunteer student mentor of the same faculty.",
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Does a VAPP decision give me a diploma? No. It only gives access to the programme: you take "
                    "the same exams as the other students.",
                ),
                (
                    "p",
                    "Can I apply to several programmes? Yes, to 3 programmes at most, with one application file "
                    "for each.",
                ),
                (
                    "p",
                    "Is the decision valid in other universities? No. A VAPP or VES decision is valid only for the "
                    "UM programme it names, and for 2 academic years.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Prior Learning unit, Continuing Education Department: prior-learning@umontpellier.fr, "
                    "+33 4 65 81 30 45. Richter campus, building D, room 120; Tuesday and Thursday, 9:00–12:00 and "
                    "14:00–16:00.",
                ),
            ],
        ],
    },
    "12-doctoral-teaching-assignments-2027.pdf": {
        "title": "Teaching during your doctorate 2027-2028: guide for international doctoral candidates",
        "short": "Doctoral teaching 2027-2028",
        "url": "https://www.umontpellier.fr/en/doctorate/teaching-assignments-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Doctoral College, Doctoral Teaching desk",
        "pages": [
            [
                ("h1", "Teaching during your doctorate 2027-2028"),
                (
                    "p",
                    "Doctoral candidates at the University of Montpellier can teach bachelor's students during their "
                    "thesis: tutorials, practical work in laboratories or courses in English. Teaching is optional, "
                    "paid, and counted in the doctoral training. International doctoral candidates are welcome to "
                    "teach, including those who do not speak French yet, in the modules taught in English. The "
                    "Doctoral Teaching desk of the Doctoral College coordinates the assignments with the faculties.",
                ),
                ("h2", "Three ways to teach"),
                (
                    "table",
                    [
                        ["Way", "For whom", "Hours per academic year", "Pay (gross)"],
                        [
                            "teaching assignment in the doctoral contract",
                            "candidates with a UM doctoral contract",
                            "32 or 64 hours",
                            "€1,150 a year for 32 hours, €2,300 for 64 hours, paid monthly",
                        ],
                        [
                            "hourly teaching",
                            "candidates funded otherwise (foreign government scholarship, industrial contract)",
                            "up to 96 hours",
                            "€43.50 per hour of tutorial",
                        ],
                        [
                            "English-taught modules",
                            "any doctoral candidate with a level C1 in English",
                            "up to 32 hours, within the limits above",
                            "as above",
                        ],
                    ],
                    (38, 50, 34, 44),
                ),
                (
                    "p",
                    "Candidates who hold a student residence permit may work up to 964 hours a year in total, "
                    "teaching included. Candidates with a talent residence permit for researchers have no such "
                    "limit. Candidates paid by the hour must have another main income of at least €1,000 per month, "
                    "for example their scholarship.",
                ),
                ("h2", "Language"),
                (
                    "p",
                    "Teaching in French requires a level B2 in French, assessed by the head of the module. No French "
                    "is required for the English-taught modules of the international bachelor's and master's "
                    "programmes.",
                ),
            ],
            [
                ("h2", "How to get a teaching assignment"),
                (
                    "num",
                    [
                        "Read the teaching offers that the faculties publish on the Doctoral College website from "
                        "3 May to 31 May 2027.",
                        "Contact the head of the module that interests you and agree on the hours.",
                        "Ask your thesis supervisor and the director of your doctoral school to approve the request.",
                        "Submit the request on the ADUM platform by 31 May 2027.",
                        "Receive the confirmation of your assignment by 15 July 2027, then sign the amendment to your "
                        "contract or your hourly contract.",
                    ],
                ),
                ("h2", "Training to teach"),
                (
                    "p",
                    "In their first year of teaching, doctoral candidates take the 3-day course \"Teaching in higher "
                    "education\", which counts for 18 hours of doctoral training. The session in English takes "
                    "place from 6 to 8 September 2027; the sessions in French take place in September and January.",
                ),
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Teaching offers published", "3 May – 31 May 2027"],
                        ["Requests on ADUM", "by 31 May 2027"],
                        ["Confirmation of assignments", "by 15 July 2027"],
                        ["Course in English", "6 – 8 September 2027"],
                        ["Start of first-semester teaching", "13 September 2027"],
                    ],
                    (96, 70),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Can I teach more than 64 hours with a doctoral contract? No. Teaching in the doctoral contract "
                    "is limited to 64 hours a year.",
                ),
                (
                    "p",
                    "Can I start teaching in my third year? Yes, but only candidates who will defend after 31 August "
                    "2028 can ask for an assignment for 2027-2028.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Doctoral Teaching desk, Doctoral College: doctoral-teaching@umontpellier.fr, +33 4 65 81 40 35. "
                    "Richter campus, building E, room 204; Monday to Friday, 9:00–12:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-funders-outside-europe.docx": {
        "title": "Applying for research funding from a funder outside the European Union: guide for researchers",
        "url": "https://intranet.umontpellier.fr/research/funding/funders-outside-europe",
        "audience": "staff",
        "blocks": [
            ("title", "Applying for research funding from a funder outside the European Union: guide for researchers"),
            (
                "p",
                "Research and Innovation Department, International Research Funding unit. Guide for researchers and "
                "research engineers, version of 8 February 2027.",
            ),
            ("h1", "1. Why contact the unit"),
            (
                "p",
                "Funders outside the European Union, such as the US National Institutes of Health (NIH), the Japan "
                "Society for the Promotion of Science (JSPS) or private foundations, each have their own rules: "
                "registrations, budget formats, indirect cost rates and reports in their own currency. The "
                "International Research Funding unit helps UM researchers prepare the budget, submits the "
                "application in UM's name and negotiates the grant agreement. Every application that names UM as "
                "the institution that receives the money must go through the unit, even when the principal "
                "investigator works abroad.",
            ),
            ("h1", "2. Registrations"),
            (
                "p",
                "UM already holds the registrations that American funders require (a UEI number and a SAM.gov "
                "registration). The unit creates your personal account in eRA Commons for the NIH, or in the "
                "portal of the funder, within 10 working days of your request. No account is created in the last "
                "week before a deadline.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "Tell the unit about your project with the intention form at least 8 weeks before the funder's "
                    "deadline.",
                    "Build the budget with the unit, which adds the indirect costs allowed by the funder and a "
                    "margin of 5% for changes in the exchange rate.",
                    "Get the approval of your head of laboratory, who signs the intention form.",
                    "Send the final scientific text to the unit before the internal deadline for your funder (see "
                    "the table at the end of this guide).",
                    "The unit checks the file and submits it in UM's name; you receive the confirmation of "
                    "submission.",
                    "If the project is funded, the unit negotiates the grant agreement, which follows the procedure "
                    "for establishing an international partnership.",
                ],
            ),
            ("h1", "4. Who signs"),
            (
                "p",
                "The application and the grant agreement commit the university. No researcher, head of laboratory "
                "or dean may sign them, even when the funder's portal asks the principal investigator to click "
                "\"submit\": the unit does it with the signature of UM's authorised representative.",
            ),
            ("h1", "5. Indirect costs and salaries"),
            (
                "p",
                "When a funder pays less than 12% of indirect costs, the project must be approved by the Research "
                "Committee, which meets every month; ask for its opinion at least 6 weeks before the deadline. "
                "Salaries paid on a foreign grant follow French rules: a postdoc paid on an NIH grant receives a UM "
                "employment contract, not an American stipend.",
            ),
            ("h1", "6. Contact"),
            (
                "p",
                "International Research Funding unit, Research and Innovation Department: "
                "intl-funding@umontpellier.fr, +33 4 65 81 52 85. Saint-Priest campus, building 5, room 118; Monday "
                "to Friday, 9:00–17:00.",
            ),
            ("h1", "Usual terms of frequent funders"),
            (
                "table",
                [
                    ["Funder", "Country", "Indirect costs paid to UM", "Internal deadline (before the funder's deadline)", "Currency of the grant"],
                    ["NIH (National Institutes of Health)", "United States", "8%", "15 working days", "USD"],
                    ["JSPS (Japan Society for the Promotion of Science)", "Japan", "10%", "10 working days", "JPY"],
                    ["Wellcome", "United Kingdom", "none", "10 working days", "GBP"],
                    ["Gates Foundation", "United States", "up to 15%", "15 working days", "USD"],
                    ["CIHR (Canadian Institutes of Health Research)", "Canada", "none", "10 working days", "CAD"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
