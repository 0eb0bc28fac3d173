"""The text of the 'blind' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-teaching-in-english-programme.pdf": {
        "title": "Teaching in English: training programme for lecturers 2027",
        "short": "Teaching in English 2027",
        "url": "https://intranet.umontpellier.fr/teaching/teaching-in-english-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – Centre for Teaching and Learning",
        "pages": [
            [
                ("h1", "Teaching in English: training programme for lecturers 2027"),
                (
                    "p",
                    "More and more UM programmes welcome international students, and many courses are now "
                    "taught in English. The Centre for Teaching and Learning offers lecturers a training "
                    "programme to help them teach their discipline in English with confidence: lecturing, "
                    "leading discussions with multilingual groups and assessing students fairly. The "
                    "programme is free for UM staff and counts as professional training time.",
                ),
                ("h2", "Who can apply?"),
                ("p", "The programme is open to the following members of staff:"),
                (
                    "bullet",
                    [
                        "teacher-researchers and lecturers, whether permanent or on a fixed-term contract;",
                        "doctoral candidates who have teaching duties at UM "
                        "during the 2026–2027 academic year;",
                        "language teachers who want to support colleagues of other disciplines.",
                    ],
                ),
                (
                    "p",
                    "Participants need a level of at least B2 in English. An online placement test of 40 "
                    "minutes checks this level; lecturers who already hold a certificate at C1 level or "
                    "above, dated less than 3 years ago, do not need to take it.",
                ),
                ("h2", "Key dates"),
                (
                    "bullet",
                    [
                        "Applications: from 4 January to 12 February 2027",
                        "Online placement test: 1 to 5 March 2027",
                        "Confirmation of places: 10 March 2027",
                        "Modules: from 17 March to 25 June 2027",
                        "Certificate ceremony: 2 July 2027",
                    ],
                ),
                (
                    "p",
                    "The programme has 48 places in 2027. If there are more applicants than places, priority "
                    "is given to lecturers who will teach a course in English in the 2027–2028 academic "
                    "year.",
                ),
            ],
            [
                ("h1", "Modules"),
                (
                    "table",
                    [
                        ["Module", "Hours", "Format", "Dates"],
                        [
                            "M1 – Lecturing in English (compulsory)",
                            "12 hours",
                            "on site, Triolet campus",
                            "17, 24 and 31 March 2027",
                        ],
                        [
                            "M2 – Interactive teaching with international groups",
                            "9 hours",
                            "on site, Triolet campus",
                            "7, 14 and 21 April 2027",
                        ],
                        ["M3 – Assessing students in English", "6 hours", "online", "12 and 19 May 2027"],
                        [
                            "M4 – Individual coaching and class observation",
                            "4 hours",
                            "in your own classes",
                            "to be agreed with the coach",
                        ],
                        [
                            "M5 – Intensive week at a partner university",
                            "25 hours",
                            "abroad",
                            "14 to 18 June 2027",
                        ],
                    ],
                    (70, 22, 38, 36),
                ),
                (
                    "p",
                    "The intensive week (M5) has 8 places. Travel and accommodation are paid through an "
                    "Erasmus+ staff mobility grant, which participants apply for with the support of the "
                    "Centre for Teaching and Learning.",
                ),
                ("h2", "How to enrol"),
                ("p", "To join the programme, complete the following steps:"),
                (
                    "num",
                    [
                        "Take the online placement test on the training "
                        "platform, unless you hold a recent C1 "
                        "certificate.",
                        "Obtain the written agreement of the director of your department or of your doctoral "
                        "school.",
                        "Enrol on the training platform and choose at least two modules, including M1.",
                        "Confirm your place within 7 days of the acceptance "
                        "e-mail; places that are not confirmed "
                        "are offered to the waiting list.",
                        "Attend at least 80% of the hours of each module you chose.",
                    ],
                ),
            ],
            [
                ("h1", "Recognition and contact"),
                ("h2", "Certificate"),
                (
                    "p",
                    "Participants who complete at least 20 hours of training, including M1, receive the "
                    'certificate "Teaching in English at UM". The certificate is added to their training '
                    "record and can be mentioned in promotion files.",
                ),
                ("h2", "Teaching load"),
                (
                    "p",
                    "Once the certificate has been obtained, 8 hours of "
                    "teaching equivalent are credited once "
                    "to the participant's teaching service for the 2027–2028 academic year. Doctoral "
                    "candidates receive 2 ECTS credits in their doctoral training instead.",
                ),
                ("h2", "Support after the programme"),
                (
                    "bullet",
                    [
                        "a monthly online meeting of lecturers who teach in English, to share practices;",
                        "a proofreading service for course materials in "
                        "English, up to 20 pages per semester;",
                        "a self-study English course on the training platform, open all year.",
                    ],
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Teaching in English team, Centre for Teaching and "
                    "Learning: teach-english@umontpellier.fr, "
                    "+33 4 65 81 38 64. Triolet campus, building 7, room 201; Monday to Friday, 9:00–12:30.",
                ),
            ],
        ],
    },
    "12-international-skills-certificate.pdf": {
        "title": "International Skills Certificate: rules 2026–2027",
        "short": "International Skills Certificate 2026–2027",
        "url": "https://www.umontpellier.fr/en/international/skills-certificate-rules.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Life and International Relations",
        "pages": [
            [
                ("h1", "International Skills Certificate: rules 2026–2027"),
                (
                    "p",
                    "The International Skills Certificate recognises the international and intercultural "
                    "experience that UM students gain during their studies, abroad or in Montpellier. It "
                    "is open to all students enrolled in a bachelor's or master's degree at UM. The "
                    "certificate is optional; it is mentioned in the diploma supplement and is presented at "
                    "a ceremony.",
                ),
                ("h2", "Points"),
                (
                    "p",
                    "Each activity brings points. To obtain the certificate, a student must collect at "
                    "least 100 points from at least 3 different activities, and at least one of them must "
                    "take place in Montpellier.",
                ),
                (
                    "table",
                    [
                        ["Activity", "Points", "Proof"],
                        ["Study exchange abroad, one semester or more", "40", "transcript of records"],
                        ["Internship abroad of at least 2 months", "35", "internship certificate"],
                        ["Gap period abroad", "30", "validated gap period report"],
                        ["International summer school", "25", "certificate of attendance"],
                        ["Language certificate at B2 level or above, other than French", "20", "certificate"],
                        [
                            "Volunteer in an international student association for one year",
                            "20",
                            "letter of the association",
                        ],
                        [
                            "Buddy of an incoming international student for one semester",
                            "15",
                            "buddy certificate",
                        ],
                        [
                            "Virtual exchange or online international course",
                            "15",
                            "certificate of completion",
                        ],
                    ],
                    (90, 20, 56),
                ),
                (
                    "p",
                    "The same activity can be counted only once. Activities completed before the student's "
                    "enrolment at UM are not counted.",
                ),
            ],
            [
                ("h1", "How to obtain the certificate"),
                ("p", "To apply for the certificate, follow these steps:"),
                (
                    "num",
                    [
                        'Create your portfolio in the "Skills Certificate" section of the student portal.',
                        "Add each activity as soon as it is completed, with its proof.",
                        "Write a reflective essay of about 1,500 words, in "
                        "French or in English, on what your "
                        "international experiences taught you.",
                        "Submit the portfolio and the essay before the deadline.",
                        "If the jury asks for it, present your experience in a 15-minute interview.",
                    ],
                ),
                ("h2", "Deadlines and ceremonies"),
                (
                    "table",
                    [
                        ["Portfolio submitted by", "Jury", "Ceremony"],
                        ["15 December 2026", "January 2027", "11 February 2027"],
                        ["31 May 2027", "June 2027", "8 July 2027"],
                    ],
                    (60, 50, 56),
                ),
                (
                    "p",
                    "The jury is made up of a member of the International Relations Department, a teacher "
                    "and a student representative. It checks the points and reads the essay. A portfolio "
                    "that is not accepted can be submitted again at the next deadline.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "International Skills Certificate team: skills-certificate@umontpellier.fr, "
                    "+33 4 65 81 52 18. Maison des Étudiants, Triolet campus; Tuesday and Thursday, "
                    "13:30–16:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-hosting-international-interns.docx": {
        "title": "Hosting international interns in UM research units 2026–2027",
        "url": "https://intranet.umontpellier.fr/hr/hosting-international-interns",
        "audience": "staff",
        "blocks": [
            ("title", "Hosting international interns in UM research units 2026–2027"),
            (
                "p",
                "Human Resources Department, international interns desk. Guide for supervisors and "
                "administrative managers of research units, version of 21 September 2026.",
            ),
            ("h1", "1. Who is concerned?"),
            (
                "p",
                "This guide applies when a UM research unit hosts a student enrolled in a foreign university "
                "for an internship of 1 to 6 months that is part of the student's curriculum. An internship "
                "agreement signed before the start of the internship is compulsory; without it, the intern "
                "cannot be received in the unit and is not insured.",
            ),
            ("h1", "2. Stipend and rights of the intern"),
            (
                "p",
                "Interns who stay more than 2 months receive a compulsory stipend of €4.62 per hour of "
                "presence, paid every month by the host unit from the first day. For shorter internships, "
                "the stipend is optional.",
            ),
            ("p", "Interns also have the following rights:"),
            (
                "bullet",
                [
                    "2 days of leave per month of internship for internships of more than 2 months;",
                    "access to the university restaurants at the student rate;",
                    "reimbursement of half of their public transport pass;",
                    "the same working hours and safety rules as the staff of the unit.",
                ],
            ),
            ("h1", "3. Steps for the host unit"),
            ("p", "To host an international intern, the unit follows these steps:"),
            (
                "num",
                [
                    "The supervisor agrees on the internship project, the "
                    "dates and the weekly hours with the intern "
                    "and the home university.",
                    "The administrative manager of the unit creates the internship agreement in the PStage "
                    "application, within the lead time shown in the table below.",
                    "The director of the unit checks whether the intern needs an access authorisation for a "
                    "restricted area and, if so, requests it at the same time.",
                    "The agreement is signed by the intern, the home "
                    "university, the supervisor and the director of "
                    "the unit, and then by the dean of the faculty on behalf of UM.",
                    "The unit sends the signed agreement to the intern, "
                    "who needs it for the visa application.",
                    "On the first day, the unit registers the intern, "
                    "provides a badge and an IT account, and "
                    "organises the safety training.",
                ],
            ),
            ("h1", "4. Contact"),
            (
                "p",
                "International interns desk, Human Resources Department: "
                "interns-international@umontpellier.fr, "
                "+33 4 65 81 24 07.",
            ),
            ("h1", "Lead times by intern profile"),
            (
                "table",
                [
                    ["Intern profile", "Create the agreement at least", "Visa", "Usual visa processing time"],
                    [
                        "Student of a university in the EU, the EEA or Switzerland",
                        "6 weeks before arrival",
                        "not needed",
                        "none",
                    ],
                    [
                        "Student from a country exempt from visas, for an internship of up to 3 months",
                        "2 months before arrival",
                        "not needed",
                        "none",
                    ],
                    [
                        "Student from any other country, or internship of more than 3 months",
                        "4 months before arrival",
                        "long-stay visa for interns",
                        "4 to 8 weeks",
                    ],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
