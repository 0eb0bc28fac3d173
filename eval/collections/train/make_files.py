"""The text of the 'train' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-joint-masters-mediterranean-water.pdf": {
        "title": "Joint Master's in Mediterranean Water Management (MedWater) – 2027 intake",
        "short": "Joint Master's MedWater, 2027 intake",
        "url": "https://www.umontpellier.fr/en/education/medwater-joint-masters.pdf",
        "audience": "students",
        "header": "University of Montpellier – Faculty of Sciences",
        "pages": [
            [
                ("h1", "Joint Master's in Mediterranean Water Management (MedWater) – 2027 intake"),
                ("p", "MedWater is a two-year joint master's programme of 120 ECTS credits, taught in English by "
                      "three universities: the University of Montpellier, which coordinates it, the University of "
                      "Barcelona and the Aristotle University of Thessaloniki. Students learn how to manage water "
                      "resources, droughts and floods in the Mediterranean region, and move to another university "
                      "each semester."),
                ("p", "Graduates receive a joint degree awarded by the three universities, together with a joint "
                      "diploma supplement."),
                ("h2", "Structure of the programme"),
                ("table", [
                    ["Semester", "University", "Main courses"],
                    ["S1: September 2027 – January 2028", "University of Montpellier",
                     "hydrology, water quality, climate change and water resources"],
                    ["S2: February – June 2028", "University of Barcelona",
                     "water law and governance, economics of water, geographic information systems"],
                    ["S3: September 2028 – January 2029", "Aristotle University of Thessaloniki",
                     "irrigation, floods and droughts, coastal aquifers"],
                    ["S4: February – July 2029", "any consortium university or associated partner",
                     "master's thesis (30 ECTS credits) in a laboratory or a company"],
                ], (52, 52, 62)),
                ("h2", "The consortium"),
                ("p", "The three universities are bound by a consortium agreement, signed by their legal "
                      "representatives, which sets common rules for admission, tuition fees, examinations and the "
                      "award of the joint degree. 12 associated partners, among them water agencies, engineering "
                      "companies and research institutes, host master's theses and give lectures."),
            ],
            [
                ("h1", "Admission"),
                ("p", "To be admitted to MedWater, you need:"),
                ("bullet", [
                    "a bachelor's degree of at least 180 ECTS credits in hydrology, civil or environmental "
                    "engineering, geography, agronomy or a related field;",
                    "a B2 level in English at least: IELTS 6.5, TOEFL iBT 90, or Cambridge B2 First with a score "
                    "of at least 176;",
                    "a motivation letter and 2 recommendation letters.",
                ]),
                ("h2", "Key dates for the 2027 intake"),
                ("bullet", [
                    "Opening of applications: 1 October 2026",
                    "Deadline for applicants who ask for a consortium scholarship: 15 January 2027",
                    "Deadline for self-funded applicants: 31 March 2027",
                    "Results for scholarship applicants: by 15 March 2027",
                    "Start of the programme: 6 September 2027 in Montpellier",
                ]),
                ("h2", "How to apply"),
                ("p", "Applications are made online only. Proceed as follows:"),
                ("num", [
                    "Create an account on the MedWater application portal and fill in the online form.",
                    "Upload your degree certificate and transcripts, translated into English if needed, your CV in "
                    "the Europass format, your language certificate and your motivation letter.",
                    "Enter the e-mail addresses of 2 referees, who upload their letters directly on the portal.",
                    "Tick the scholarship box if you want to be considered for a consortium scholarship.",
                    "Submit your application before the deadline; you can apply only once per intake.",
                    "If you are shortlisted, take part in a 30-minute online interview with two members of the "
                    "selection board.",
                ]),
            ],
            [
                ("h1", "Tuition fees and scholarships"),
                ("table", [
                    ["Student", "Tuition fees per year", "Total for 2 years"],
                    ["Nationals of an EU or EEA country", "€2,500", "€5,000"],
                    ["Nationals of other countries", "€4,500", "€9,000"],
                    ["Holders of a consortium scholarship", "no fees", "no fees"],
                ], (66, 50, 50)),
                ("p", "For the 2027 intake, the consortium awards 14 scholarships of €1,400 per month for 24 "
                      "months, plus a contribution of €3,000 to travel and installation costs. The selection board "
                      "gives 40% of the marks to the academic record, 30% to the motivation and the fit with the "
                      "programme, and 30% to the interview."),
                ("h2", "Living costs and insurance"),
                ("p", "Plan a budget of at least €950 per month for living costs in Montpellier, Barcelona or "
                      "Thessaloniki. Every student must have a health insurance valid in the three countries for the "
                      "whole programme; the consortium offers a group insurance at €32 per month."),
                ("h2", "Contact"),
                ("p", "MedWater secretariat, Faculty of Sciences: medwater@umontpellier.fr, +33 4 65 87 55 10 "
                      "(Monday to Thursday, 9:30–12:30)."),
            ],
        ],
    },
    "12-latin-america-exchange-scholarships.pdf": {
        "title": "Latin America Exchange Scholarships 2027–2028",
        "short": "Latin America Exchange Scholarships 2027–2028",
        "url": "https://www.umontpellier.fr/en/international/latin-america-scholarships.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department",
        "pages": [
            [
                ("h1", "Latin America Exchange Scholarships 2027–2028"),
                ("p", "The University of Montpellier offers Latin America Exchange Scholarships to students of its "
                      "partner universities in Latin America who come to UM for one semester of exchange. The "
                      "scholarships help to pay for living costs in Montpellier and for the journey to France."),
                ("h2", "Eligibility"),
                ("p", "You can receive a scholarship if:"),
                ("bullet", [
                    "you are enrolled at a Latin American university that has a student exchange agreement with "
                    "UM;",
                    "your home university nominates you for an exchange semester at UM in 2027–2028;",
                    "you have completed at least 2 years of higher education when you arrive;",
                    "you have a B1 level in French or a B2 level in English, depending on the language of your "
                    "courses at UM;",
                    "you do not receive an Erasmus+ grant for the same semester.",
                ]),
                ("h2", "What the scholarship includes"),
                ("table", [
                    ["Component", "Amount", "Payment"],
                    ["Monthly allowance", "€850 per month, for 5 months", "at the end of each month"],
                    ["Travel grant", "€1,000", "once, on arrival, on presentation of the ticket"],
                    ["Housing", "priority for a room in a university residence", "–"],
                ], (45, 60, 61)),
                ("p", "20 scholarships are available for 2027–2028: 12 for the autumn semester and 8 for the "
                      "spring semester."),
            ],
            [
                ("h2", "Key dates"),
                ("bullet", [
                    "Nomination by the home university: before 30 April 2027 for the autumn semester 2027, and "
                    "before 15 October 2027 for the spring semester 2028.",
                    "Results: 31 May 2027 for the autumn semester, and 15 November 2027 for the spring semester.",
                ]),
                ("h2", "How to apply"),
                ("num", [
                    "Ask the international office of your home university to nominate you for an exchange at UM.",
                    "Once you have been nominated, complete the UM exchange application on the mobility platform "
                    "and tick the box of the Latin America scholarship.",
                    "Upload a one-page motivation letter in French, English or Spanish, your transcript and your "
                    "language certificate.",
                    "Wait for the decision, which is sent by e-mail to you and to your home university.",
                    "Accept the scholarship within 10 days, and send the certificate of arrival once you are in "
                    "Montpellier.",
                ]),
                ("h2", "Selection"),
                ("p", "A committee of the International Relations Department selects the scholarship holders on "
                      "their academic results (60% of the marks) and their motivation (40%). At most 4 scholarships "
                      "can go to students of the same home university."),
                ("h2", "Contact"),
                ("p", "Latin America scholarships office: latam-scholarships@umontpellier.fr, +33 4 65 80 71 33 "
                      "(Monday to Friday, 14:00–16:30)."),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-validation-of-studies-abroad.docx": {
        "title": "Admission with a foreign qualification: validation of studies completed abroad",
        "url": "https://www.umontpellier.fr/en/admission/validation-of-studies-abroad",
        "audience": "students",
        "blocks": [
            ("title", "Admission with a foreign qualification: validation of studies completed abroad"),
            ("p", "Admissions and Validation Office, Student Registration Department. Procedure for the "
                  "2027–2028 academic year, version of 1 October 2026."),
            ("h1", "1. What is a validation of studies?"),
            ("p", "If you studied abroad and your qualification does not give you direct access to the year you "
                  "want to enter at the University of Montpellier, a validation of studies lets a teaching "
                  "commission compare your studies with the UM programme and admit you to a given year, for "
                  "example the third year of a bachelor's or the first year of a master's. A validation of "
                  "studies gives access to a programme; it does not award a French degree."),
            ("p", "The commission looks at the courses you followed, their number of hours and credits, your "
                  "grades and, where relevant, your professional experience."),
            ("h1", "2. Who uses this procedure?"),
            ("p", "This procedure is for applicants with a foreign qualification who live in France or in a "
                  "country without the Études en France procedure. If you live in a country where the Études en "
                  "France procedure applies, you do not apply to UM directly: you apply through Campus France, "
                  "and your studies are assessed as part of that application. Exchange students do not need a "
                  "validation of studies."),
            ("h1", "3. Documents to provide"),
            ("bullet", [
                "a copy of your passport or identity card;",
                "your diplomas and your transcripts for every year of higher education;",
                "the official description of the courses you followed, with their number of hours;",
                "a comparability statement from ENIC-NARIC France, if you already have one;",
                "a CV and a letter explaining why you want to enter the programme.",
            ]),
            ("p", "Documents that are not in French or in English must be translated by a sworn translator."),
            ("h1", "4. How to apply"),
            ("num", [
                "Choose the programme and the year you want to enter in the UM course catalogue.",
                "Create an application on the validation platform and select the option for studies completed "
                "abroad.",
                "Upload the documents listed above within the application window of the level you request "
                "(see the table below).",
                "Pay the processing fee of €45 online; refugees and beneficiaries of subsidiary protection do "
                "not pay it.",
                "Follow your application on the platform: the commission may invite you to an interview by "
                "videoconference.",
                "If the decision is favourable, complete your administrative registration before the date "
                "given in your decision letter.",
            ]),
            ("p", "A favourable decision is valid only for the academic year for which you applied. If your "
                  "application is refused, you can ask for a second review within 2 months of the decision."),
            ("h1", "5. Contact"),
            ("p", "Admissions and Validation Office: validation-studies@umontpellier.fr, +33 4 65 88 20 60 "
                  "(phone line open Monday to Thursday, 9:00–12:00)."),
            ("h1", "Application windows for 2027–2028"),
            ("table", [
                ["Level requested", "Application window", "Commission", "Decision by"],
                ["Second year of a bachelor's (L2)", "1 February – 15 March 2027", "April 2027", "15 May 2027"],
                ["Third year of a bachelor's (L3)", "1 February – 31 March 2027", "May 2027", "10 June 2027"],
                ["First year of a master's (M1)", "15 February – 15 April 2027", "late May 2027", "20 June 2027"],
                ["Second year of a master's (M2)", "1 March – 30 April 2027", "June 2027", "5 July 2027"],
            ]),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
