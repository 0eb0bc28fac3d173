"""The text of the 'blind14' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-travel-vaccinations-before-a-mobility-2027.pdf": {
        "title": "Travel health before a mobility: vaccinations and the UM travel clinic 2027-2028",
        "short": "Travel vaccinations 2027-2028",
        "url": "https://www.umontpellier.fr/en/students/health/travel-clinic-vaccinations-2027-2028.pdf",
        "audience": "all",
        "header": "University of Montpellier – Student Health Service, travel clinic",
        "pages": [
            [
                ("h1", "Travel health before a mobility: vaccinations 2027-2028"),
                (
                    "p",
                    "Some destinations require a vaccination to enter the country; many others carry health risks "
                    "that a vaccine or a preventive treatment can avoid. The travel clinic of the UM Student Health "
                    "Service advises students and staff who leave on an exchange, an internship, a research stay or "
                    "a mission, and gives most travel vaccines on the spot. In 2026-2027, it held 1,260 travel "
                    "consultations. This guide applies from 1 September 2027 to 31 August 2028.",
                ),
                ("h2", "Who can use the travel clinic?"),
                (
                    "p",
                    "All UM students, including incoming exchange students, and all UM staff, for any trip abroad. "
                    "People who leave on a mobility or a mission have priority. The consultation is free for "
                    "students; staff pay €25, which is refunded as a mission expense when the trip is a mission.",
                ),
                ("h2", "Vaccines and prices"),
                (
                    "table",
                    [
                        ["Vaccine", "When it is needed", "Students", "Staff"],
                        ["yellow fever", "compulsory to enter some countries of Africa and South America", "€40", "€75"],
                        ["hepatitis A", "most destinations outside Europe and North America", "€25 per dose", "€45 per dose"],
                        ["typhoid", "South Asia, Africa and rural Latin America", "€20", "€38"],
                        ["rabies, before exposure", "long stays in rural areas or work with animals", "€95 for the 2 doses", "€150 for the 2 doses"],
                        ["Japanese encephalitis", "rural stays of more than 1 month in parts of Asia", "€70 per dose", "€110 per dose"],
                        ["routine vaccines (tetanus, polio, measles)", "every destination, if not up to date", "free", "free"],
                    ],
                    (40, 62, 32, 32),
                ),
                (
                    "p",
                    "Students who receive a need-based grant (boursiers) pay nothing for the vaccines required or "
                    "recommended for their destination. For staff, the vaccines needed for a mission are paid by UM "
                    "as mission expenses.",
                ),
            ],
            [
                ("h2", "How to get ready"),
                (
                    "p",
                    "Some vaccines need two doses several weeks apart, so do not wait. To prepare your trip, follow "
                    "these steps:",
                ),
                (
                    "num",
                    [
                        "Check your destination in the country list of the travel clinic, in your UM account.",
                        "Book a travel consultation online at least 10 weeks before you leave.",
                        "Bring the documents listed below to the consultation.",
                        "The doctor tells you which vaccines you need, gives most of them on the spot and writes "
                        "your prescriptions. For yellow fever, you receive the international certificate of "
                        "vaccination, valid from the 10th day after the injection.",
                        "Come back for any second dose: the clinic books the appointment for you before you leave "
                        "the room.",
                    ],
                ),
                ("h2", "What to bring"),
                (
                    "bullet",
                    [
                        "your vaccination record or health record (carnet de santé)",
                        "a passport or an identity card",
                        "your carte Vitale or a proof of health insurance",
                        "the list of the medicines you take and of your allergies",
                        "the dates and the places of your mobility or your mission",
                    ],
                ),
                ("h2", "Malaria"),
                (
                    "p",
                    "There is no vaccine against malaria. For destinations at risk, the doctor prescribes "
                    "antimalarial tablets, which you buy at a pharmacy. UM refunds students who receive a mobility "
                    "grant up to €60 per mobility for these tablets, on the pharmacy's receipt. Mosquito nets and "
                    "repellents are not refunded.",
                ),
                ("h2", "Leaving soon?"),
                (
                    "p",
                    "Book anyway: most vaccines still protect you if they are given late. The clinic keeps 6 urgent "
                    "appointments a week for people who leave within 3 weeks.",
                ),
            ],
            [
                ("h2", "Key dates 2027-2028"),
                (
                    "table",
                    [
                        ["Event", "Date"],
                        ["travel clinic closed for the winter holidays", "24 December 2027 to 2 January 2028"],
                        ["extra Saturday morning sessions for summer departures", "6 May to 24 June 2028"],
                        ["travel clinic closed for the summer", "1 to 21 August 2028"],
                        ["yellow fever injections", "Tuesday and Thursday afternoons only"],
                    ],
                    (100, 66),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "I am an exchange student at UM and I plan a trip to Peru during the holidays. Can I get "
                    "vaccinated at the clinic? Yes, at the student price, even for a private trip.",
                ),
                (
                    "p",
                    "Does French health insurance pay for the yellow fever vaccine? No. The national health "
                    "insurance does not refund it; only the UM prices above and the free vaccines for boursiers apply.",
                ),
                (
                    "p",
                    "I had a yellow fever vaccine 12 years ago. Do I need another one? In most cases no: one "
                    "injection protects for life. Bring your old certificate to the consultation.",
                ),
                (
                    "p",
                    "Can I get my vaccines at my own doctor's instead? Yes. Send the invoices to the clinic: "
                    "boursiers are refunded on the same terms, up to the UM prices.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Travel clinic, Student Health Service: travel-clinic@umontpellier.fr, +33 4 65 81 60 88. "
                    "Triolet campus, Health Centre, room 11; Monday to Friday, 8:30–12:00 and 13:30–17:00.",
                ),
            ],
        ],
    },
    "08-exams-in-another-language-2027.pdf": {
        "title": "Taking exams in another language: rules for international and exchange students 2027-2028",
        "short": "Exams in another language 2027-2028",
        "url": "https://www.umontpellier.fr/en/studies/exams/exams-in-another-language-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Academic Affairs Department and International Relations Department",
        "pages": [
            [
                ("h1", "Taking exams in another language: rules 2027-2028"),
                (
                    "p",
                    "Most UM courses are taught and examined in French. To help students whose first language is "
                    "not French, UM allows some of them to answer their exams in English, to use a bilingual "
                    "dictionary or to have extra time. In 2026-2027, 730 students had such an arrangement. The Exam "
                    "Arrangements desk of the Academic Affairs Department handles the requests with the exam "
                    "offices of the faculties.",
                ),
                ("h2", "Who can have which arrangement?"),
                (
                    "table",
                    [
                        ["Situation", "Answer in English", "Bilingual dictionary", "Extra time"],
                        ["exchange student, written exam of a course taught in French", "yes, on request", "paper dictionary allowed", "none"],
                        ["international student in a UM degree, first year at UM", "only with the teacher's agreement", "paper dictionary allowed", "10 minutes per hour of exam"],
                        ["international student in a UM degree, from the second year at UM", "no", "no", "none"],
                        ["any student, course taught in English", "English or French, as you choose", "no", "none"],
                        ["French as a foreign language course", "no, French only", "no", "none"],
                    ],
                    (56, 40, 36, 34),
                ),
                (
                    "p",
                    "Answers written in English are graded on their content. The quality of the language is not "
                    "graded, except in language courses.",
                ),
            ],
            [
                ("h2", "How to ask"),
                ("p", "Arrangements are never automatic. To ask for an arrangement, proceed as follows:"),
                (
                    "num",
                    [
                        "Check in your course list whether each of your courses is taught in French or in English.",
                        "Fill in the \"Exam language\" request in your UM account by 15 October 2027 for the exams "
                        "of the autumn semester, or by 1 March 2028 for those of the spring semester.",
                        "Attach your learning agreement if you are an exchange student, or the certificate of your "
                        "first enrolment at UM if you are in a degree programme.",
                        "The teacher in charge of each course answers within 10 days, and the exam office of your "
                        "faculty confirms the arrangement.",
                        "The arrangement is printed on your exam notice (convocation); show it to the invigilators.",
                    ],
                ),
                ("h2", "Dictionaries"),
                (
                    "p",
                    "Only a paper bilingual dictionary without any notes is allowed; the invigilators check it at "
                    "the entrance. Electronic translators, phones and smartwatches are forbidden, even switched off.",
                ),
                ("h2", "Oral exams, reports and resits"),
                (
                    "p",
                    "Oral exams take place in the language of the course, but the examiner may allow an exchange "
                    "student to answer in English. An exchange student may write a report or a dissertation in "
                    "English for a course taught in French if the teacher agrees at the start of the semester. An "
                    "arrangement granted for the first session applies to the second session without a new request.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Exam Arrangements desk, Academic Affairs Department: exam-language@umontpellier.fr, "
                    "+33 4 65 81 23 36. Richter campus, building A, room 108; Monday to Friday, 9:00–12:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-video-interviews-of-international-applicants.docx": {
        "title": "Interviewing international applicants by video: guide for admission panels",
        "url": "https://intranet.umontpellier.fr/studies/admissions/video-interviews-international-applicants",
        "audience": "staff",
        "blocks": [
            ("title", "Interviewing international applicants by video"),
            (
                "p",
                "Guide for programme directors and members of admission panels. International Admissions office, "
                "Student Administration Department. Admission campaign 2028, for studies starting in September 2028.",
            ),
            ("h1", "1. Principle"),
            (
                "p",
                "Programmes that interview applicants who live abroad do so by video, on the UM video platform "
                "UM Visio, never by phone or through a private messaging application. Every applicant invited to an "
                "interview must be offered the same conditions, whatever the country. In the 2027 campaign, UM "
                "panels held 2,950 video interviews with applicants from 104 countries.",
            ),
            ("h1", "2. The panel"),
            (
                "p",
                "A panel has at least 2 members, one of whom is a permanent lecturer or professor. An interview "
                "lasts 20 minutes: 15 minutes of questions by the panel and 5 minutes for the applicant's own "
                "questions. A panel holds at most 12 interviews a day.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "The programme director sets the interview period in eCandidat at least 3 weeks before the first "
                    "interview.",
                    "The panel invites each applicant at least 10 days before the interview and offers 2 slots.",
                    "The applicant confirms a slot within 5 days; an applicant who does not answer after one "
                    "reminder is recorded as absent.",
                    "The panel holds the interview and fills in the evaluation grid during the interview.",
                    "The panel enters the mark and its opinion in eCandidat within 48 hours.",
                ],
            ),
            ("h1", "4. Time zones"),
            (
                "p",
                "Slots must fall between 8:00 and 20:00 in the applicant's local time. When no slot of the interview "
                "period is possible, the panel may hold the interview on a Saturday morning, between 8:00 and 12:00, "
                "Paris time.",
            ),
            ("h1", "5. Checking the applicant's identity"),
            (
                "p",
                "At the start of the interview, the applicant shows a passport or an identity card to the camera and "
                "the panel compares the name and the photo with the application file. If they do not match, end the "
                "interview politely and report it within 24 hours to the Admissions Integrity cell: "
                "admissions-integrity@umontpellier.fr.",
            ),
            ("h1", "6. Connection problems"),
            (
                "p",
                "If the connection drops and cannot be restored within 10 minutes, offer the applicant a new slot "
                "within 5 working days. After a second failure, the panel decides on the written file alone.",
            ),
            ("h1", "7. Recording and personal data"),
            (
                "p",
                "Interviews are never recorded, neither by the panel nor by the applicant. The panel's notes and "
                "evaluation grids are kept until 31 December 2028 and then destroyed.",
            ),
            ("h1", "8. Language and accessibility"),
            (
                "p",
                "The interview takes place in the language of teaching of the programme. For a programme taught in "
                "French, the panel may test the applicant's French for at most 5 minutes. An applicant with a "
                "disability can ask for 10 extra minutes or for a sign language interpreter, whom the office books "
                "at least 5 working days before the interview.",
            ),
            ("h1", "9. Contact"),
            (
                "p",
                "International Admissions office, Student Administration Department: "
                "admissions-interviews@umontpellier.fr, +33 4 65 81 25 19. Richter campus, building A, room 215; "
                "Monday to Friday, 9:00–12:00 and 14:00–16:30.",
            ),
            ("h1", "Calendar of the 2028 campaign"),
            (
                "table",
                [
                    ["Intake", "Applications", "Interviews", "Decisions published by"],
                    ["first year of a master's", "15 January to 1 March 2028", "20 March to 14 April 2028", "5 May 2028"],
                    ["second year of a master's", "1 February to 31 March 2028", "18 April to 19 May 2028", "9 June 2028"],
                    ["third year of a bachelor's and university diplomas", "1 March to 30 April 2028", "15 May to 9 June 2028", "30 June 2028"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
