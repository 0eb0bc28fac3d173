"""The text of the 'blind7' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-orientation-days-incoming-students.pdf": {
        "title": "Orientation Days for new international students, autumn 2027",
        "short": "Orientation Days 2027",
        "url": "https://www.umontpellier.fr/en/international/welcome/orientation-days-2027.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Welcome Centre",
        "pages": [
            [
                ("h1", "Orientation Days for new international students, autumn 2027"),
                (
                    "p",
                    "Before classes start, the International Welcome Centre organises five Orientation Days "
                    "for the international students who arrive at UM for the autumn semester. They help you "
                    "settle in: formalities, life in Montpellier, studying at a French university, and a lot "
                    "of people to meet. The Orientation Days take place from Monday 30 August to Friday 3 "
                    "September 2027, on the Triolet campus. They are free.",
                ),
                ("h2", "Who can take part?"),
                (
                    "p",
                    "All new international students of UM: exchange students, students enrolled for a "
                    "whole degree, and doctoral candidates in the first year of their PhD. Students who were "
                    "already at UM last year are welcome at the talks, but not at the activities with limited "
                    "places.",
                ),
                ("h2", "Programme"),
                (
                    "table",
                    [
                        ["Day", "Morning (9:30–12:30)", "Afternoon (14:00–17:00)"],
                        ["Monday 30 August", "welcome session and student card", "campus tours with student volunteers"],
                        ["Tuesday 31 August", "talk: studying at a French university", "bank account and phone plan clinic"],
                        ["Wednesday 1 September", "residence permit workshop (non-EU students)", "guided tour of the city centre"],
                        ["Thursday 2 September", "welcome meetings of the faculties", "sports afternoon"],
                        ["Friday 3 September", "placement test for French courses", "welcome party at the Maison des étudiants, from 19:00"],
                    ],
                    (38, 64, 64),
                ),
                (
                    "p",
                    "An optional trip to the seaside at Palavas-les-Flots takes place on Saturday 4 September "
                    "2027; it costs €10, lunch included.",
                ),
            ],
            [
                ("h2", "When you arrive in Montpellier"),
                (
                    "p",
                    "From 23 August to 5 September 2027, student volunteers welcome you at Montpellier "
                    "Saint-Roch railway station and at Montpellier airport, every day from 9:00 to 19:00. "
                    "A free shuttle takes you from the airport to the university residences; book it at "
                    "least 72 hours before your arrival.",
                ),
                ("h2", "How to register"),
                (
                    "p",
                    "Registration is free but compulsory, because the number of places in some activities is "
                    "limited. The steps are:",
                ),
                (
                    "num",
                    [
                        "Register for the Orientation Days on the Welcome Centre's website by 1 August 2027.",
                        "If you arrive by plane, book the airport shuttle at least 72 hours before your arrival.",
                        "When you arrive, come to the Student Welcome desk in building 9 with the documents listed below.",
                        "Collect your welcome pack and your timetable for the week.",
                        "Attend the welcome session on Monday morning and the welcome meeting of your faculty "
                        "on Thursday: these two are compulsory for exchange students.",
                    ],
                ),
                ("h2", "Documents to bring"),
                (
                    "bullet",
                    [
                        "your passport or national identity card, and your visa if you have one;",
                        "your letter of admission or acceptance letter;",
                        "a proof of accommodation in Montpellier;",
                        "your European Health Insurance Card or a proof of health insurance;",
                        "2 identity photos;",
                        "your CVEC certificate, if you are enrolled for a whole degree.",
                    ],
                ),
                (
                    "p",
                    "Students who attend all five days receive an attendance certificate and 1 ECTS credit "
                    "in the \"Intercultural skills\" module, if their programme offers it.",
                ),
            ],
            [
                ("h2", "If you arrive late"),
                (
                    "p",
                    "Students who arrive after 3 September come to a catch-up session on Monday 13 September "
                    "2027 at 14:00, in building 9. It covers the formalities and the residence permit; the "
                    "other activities are not repeated.",
                ),
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Registration for the autumn Orientation Days", "by 1 August 2027"],
                        ["Welcome at the station and the airport", "23 August – 5 September 2027"],
                        ["Autumn Orientation Days", "30 August – 3 September 2027"],
                        ["Catch-up session", "13 September 2027, 14:00"],
                        ["Registration for the spring Orientation Days", "by 15 December 2027"],
                        ["Spring Orientation Days", "18 – 20 January 2028"],
                    ],
                    (96, 70),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Can my partner or my family come? Your partner can come to the welcome party on Friday; "
                    "the other activities are for students only.",
                ),
                (
                    "p",
                    "Are the talks in French? The talks are given in English, with a session in French for "
                    "the residence permit workshop on Wednesday.",
                ),
                (
                    "p",
                    "Is there a spring edition? Yes, shorter: 3 days, from 18 to 20 January 2028, for the "
                    "students who arrive for the spring semester.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Student Welcome desk, International Welcome Centre: welcome-students@umontpellier.fr, "
                    "+33 4 65 81 29 60. Triolet campus, building 9, ground floor; Monday to Friday, "
                    "9:00–17:00 during the Orientation Days, otherwise 9:00–12:30.",
                ),
            ],
        ],
    },
    "12-relocation-allowance-international-staff-2027.pdf": {
        "title": "Relocation allowance for staff recruited from abroad 2027",
        "short": "Relocation allowance 2027",
        "url": "https://intranet.umontpellier.fr/hr/relocation-allowance-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – Human Resources Department",
        "pages": [
            [
                ("h1", "Relocation allowance for staff recruited from abroad 2027"),
                (
                    "p",
                    "Moving to France for a new job is expensive. To help the lecturers, researchers, "
                    "engineers and administrative staff it recruits from abroad, the University of "
                    "Montpellier pays a relocation allowance that covers part of the cost of the move. The "
                    "amount depends on where you lived before and on the number of family members who move "
                    "with you.",
                ),
                ("h2", "Amounts in 2027"),
                (
                    "table",
                    [
                        ["Moving from", "Allowance for the staff member", "Supplement per family member"],
                        ["Europe (EU, EEA, Switzerland, United Kingdom)", "€1,800", "€400"],
                        ["North Africa and the Middle East", "€2,500", "€500"],
                        ["rest of the world", "€4,000", "€800"],
                    ],
                    (66, 50, 50),
                ),
                (
                    "p",
                    "Family members are the spouse or partner and the children who move with you. The "
                    "allowance is capped at €7,500 per household, whatever the number of family members.",
                ),
                ("h2", "Who can receive it?"),
                (
                    "bullet",
                    [
                        "staff recruited to a permanent post, or on a contract of at least 24 months;",
                        "who lived abroad for at least 12 months before their recruitment;",
                        "and whose first day at UM is between 1 January and 31 December 2027.",
                    ],
                ),
                (
                    "p",
                    "Doctoral candidates, staff who come from another French public institution and staff who "
                    "already received a relocation allowance from UM cannot receive it.",
                ),
                ("h2", "What it covers"),
                (
                    "bullet",
                    [
                        "the plane or train tickets of the staff member and the family members;",
                        "the moving company or the shipping of personal belongings;",
                        "the first month of temporary accommodation in Montpellier;",
                        "the visa fees and the residence tax.",
                    ],
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Ask the International Recruitment desk for the request form within 3 months of your first day at UM.",
                        "Send the form with the invoices of your expenses and a proof of your residence abroad "
                        "(for example a lease or a tax notice).",
                        "The desk checks the file within 20 working days.",
                        "The allowance is paid with your salary, in the month after the approval.",
                    ],
                ),
                (
                    "p",
                    "You can ask for an advance of 50% of the allowance before the move, on presentation of a "
                    "quote from a moving company. If you leave UM within 2 years of your arrival, you pay back "
                    "half of the allowance.",
                ),
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["First arrivals covered", "1 January 2027"],
                        ["Last arrivals covered", "31 December 2027"],
                        ["Last day to send a request", "31 March 2028"],
                        ["Payment", "with the salary of the month after the approval"],
                    ],
                    (96, 70),
                ),
                ("h2", "Tax"),
                (
                    "p",
                    "The allowance is exempt from income tax and from social contributions, up to the amount "
                    "of the expenses you can prove with invoices.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "International Recruitment desk, Human Resources Department: relocation@umontpellier.fr, "
                    "+33 4 65 81 23 80. Richter campus, building A, room 110; by appointment.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-teaching-in-programmes-abroad.docx": {
        "title": "Teaching in UM degree programmes delivered abroad: guide for teaching staff",
        "url": "https://intranet.umontpellier.fr/international/teaching-missions-programmes-abroad",
        "audience": "staff",
        "blocks": [
            ("title", "Teaching in UM degree programmes delivered abroad: guide for teaching staff"),
            (
                "p",
                "International Relations Department, Transnational Education Unit. Guide for lecturers and "
                "professors, version of 1 October 2026.",
            ),
            ("h1", "1. UM programmes abroad"),
            (
                "p",
                "The University of Montpellier delivers 14 of its bachelor's and master's degrees abroad, "
                "with partner institutions in Morocco, Tunisia, Senegal, Lebanon, Vietnam, China and "
                "Cambodia. The students are enrolled at UM and receive the same diploma as in Montpellier. "
                "Part of the teaching is given on site by UM teachers during teaching missions of 1 to 3 weeks. "
                "Setting up a new programme abroad needs a partnership agreement: see the procedure for "
                "establishing an international partnership.",
            ),
            ("h1", "2. Who can teach abroad"),
            (
                "p",
                "Permanent teaching staff, and contract lecturers who have taught at UM for at least 1 year. "
                "A teacher can go on at most 2 missions per academic year. Each hour taught abroad counts as "
                "1.25 hours in your teaching service. The teaching is given in French, except in the master's "
                "programmes in Vietnam and China, which are taught in English.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "The director of the programme abroad sends the teaching schedule to the Transnational "
                    "Education Unit by 30 June for the autumn semester and by 15 November for the spring "
                    "semester.",
                    "Accept the mission on the Unit's platform; your head of department approves it.",
                    "The Unit issues your mission order and books your flights and hotel through the travel "
                    "agency at least 5 weeks before departure.",
                    "Send your course materials and the exam paper to the local coordinator at least 2 weeks "
                    "before your first class.",
                    "After the mission, enter the grades within 15 days and send the attendance sheets signed "
                    "by the local coordinator to the Unit.",
                ],
            ),
            ("h1", "4. Health and safety"),
            (
                "p",
                "Check the travel advice of the Ministry of Foreign Affairs before each mission. The "
                "vaccinations required for the destination, for example yellow fever for Senegal, are given "
                "free of charge by the occupational health service; make an appointment at least 1 month "
                "before departure.",
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Transnational Education Unit, International Relations Department: tne@umontpellier.fr, "
                "+33 4 65 81 37 40. Triolet campus, building 8, room 130.",
            ),
            ("h1", "Allowances by destination"),
            (
                "table",
                [
                    ["Destination", "Daily allowance", "Flights", "Rest day on return"],
                    ["North Africa (Morocco, Tunisia)", "€95 per day", "economy class", "none"],
                    ["West Africa (Senegal)", "€110 per day", "economy class", "none"],
                    ["Middle East (Lebanon)", "€120 per day", "economy class", "none"],
                    [
                        "Asia (Vietnam, China, Cambodia)",
                        "€130 per day",
                        "premium economy for flights of more than 9 hours",
                        "1 day",
                    ],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
