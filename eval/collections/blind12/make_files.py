"""The text of the 'blind12' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "08-graduation-ceremony-international-graduates-2027.pdf": {
        "title": "Graduation ceremony for international graduates 2027: practical guide",
        "short": "Graduation ceremony 2027",
        "url": "https://www.umontpellier.fr/en/international/graduation-ceremony-2027.pdf",
        "audience": "students",
        "header": "University of Montpellier – Communication Department, Events and Protocol unit",
        "pages": [
            [
                ("h1", "Graduation ceremony for international graduates 2027"),
                (
                    "p",
                    "Each year, the University of Montpellier celebrates the international students who completed "
                    "a degree at UM during the previous academic year. Graduates, their families and their teachers "
                    "meet for an afternoon of speeches, music and photos. The Events and Protocol unit of the "
                    "Communication Department organises the ceremony with the International Relations Department. "
                    "In 2026, 870 graduates and 2,150 guests from 94 countries took part.",
                ),
                ("h2", "Date and place"),
                (
                    "p",
                    "The ceremony takes place on Saturday 20 November 2027 in the Berlioz auditorium of the Corum, "
                    "in the centre of Montpellier. It is free for graduates and their guests.",
                ),
                ("h2", "Who is invited?"),
                (
                    "p",
                    "International students who obtained a bachelor's degree, a professional bachelor's degree, a "
                    "master's degree, an engineering degree or a doctorate at UM between 1 September 2026 and 31 "
                    "August 2027 are invited, whether they still live in France or not. Exchange students and "
                    "students of short programmes are not invited, as they do not receive a UM degree. Graduates "
                    "of a double degree with a partner university abroad are welcome.",
                ),
                ("h2", "Programme of the day"),
                (
                    "table",
                    [
                        ["Time", "What happens", "Where"],
                        ["13:00", "collection of gowns and caps", "Corum, level 0"],
                        ["14:00", "doors open for guests", "Berlioz auditorium"],
                        ["15:00", "ceremony: speeches, music and the call of the graduates by faculty", "Berlioz auditorium"],
                        ["17:00", "group photos by faculty", "Corum, esplanade"],
                        ["17:30", "reception with the teachers", "Corum, level 1"],
                        ["19:00", "return of gowns", "Corum, level 0"],
                    ],
                    (22, 100, 44),
                ),
                (
                    "p",
                    "Graduates are called on stage one by one and receive a symbolic scroll. The diploma itself is "
                    "not given at the ceremony: it is sent or handed over by the faculty.",
                ),
            ],
            [
                ("h2", "How to register"),
                (
                    "p",
                    "Registration is compulsory, for graduates and for their guests. To register:",
                ),
                (
                    "num",
                    [
                        "Open the invitation e-mail sent to your personal e-mail address on 6 September 2027 and "
                        "click on the registration link.",
                        "Fill in the form by 8 October 2027, with the exact spelling of your name as you want it read "
                        "on stage and your gown size.",
                        "Register your guests on the same form: up to 3 guests per graduate.",
                        "Receive your e-tickets by e-mail by 30 October 2027 and show them at the entrance, on paper "
                        "or on your phone.",
                    ],
                ),
                (
                    "p",
                    "Graduates who want more than 3 guests can ask for extra tickets from 25 October 2027; they are "
                    "given in order of request, as long as seats remain. Children under 3 years old do not need a "
                    "ticket.",
                ),
                ("h2", "Gowns and caps"),
                (
                    "p",
                    "Gowns and caps are lent free of charge against a deposit of €40, paid by card at the "
                    "collection desk and refunded when the gown is returned the same evening.",
                ),
                ("h2", "Families abroad"),
                (
                    "p",
                    "The ceremony is streamed live on the UM website with subtitles in English, and the video stays "
                    "online for 6 months. The official photographer's pictures are sent to each graduate by e-mail "
                    "within 3 weeks.",
                ),
                ("h2", "Accessibility"),
                (
                    "p",
                    "The Corum is accessible to wheelchair users. Tell the unit on the registration form if you or "
                    "a guest need a reserved seat or a sign language interpreter, by 8 October 2027.",
                ),
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Invitation e-mails sent", "6 September 2027"],
                        ["End of registration", "8 October 2027"],
                        ["Extra guest tickets", "from 25 October 2027"],
                        ["E-tickets sent", "by 30 October 2027"],
                        ["Ceremony", "20 November 2027"],
                    ],
                    (96, 70),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Events and Protocol unit, Communication Department: graduation@umontpellier.fr, +33 4 65 81 15 "
                    "33. Triolet campus, building 1, room 020; Monday to Friday, 10:00–12:00 and 14:00–17:00.",
                ),
            ],
        ],
    },
    "09-dual-nationals-studying-abroad.pdf": {
        "title": "Dual nationals on a mobility abroad: guide for outgoing students 2027-2028",
        "short": "Dual nationals abroad 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/outgoing/dual-nationals-guide-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department, Outgoing Mobility desk",
        "pages": [
            [
                ("h1", "Dual nationals on a mobility abroad"),
                (
                    "p",
                    "About one UM student in eight holds French nationality and the nationality of another country. "
                    "Many of them choose to spend their exchange semester or their internship in that other "
                    "country. Holding two nationalities changes a few things before and during the stay: the "
                    "passport you travel with, the help France can give you, your registration at the consulate "
                    "and, sometimes, your status at the host university. The Outgoing Mobility desk of the "
                    "International Relations Department wrote this guide for students who leave between 1 September "
                    "2027 and 31 August 2028.",
                ),
                ("h2", "What changes for you"),
                (
                    "table",
                    [
                        ["Situation", "What to know", "What UM asks you"],
                        [
                            "you go to the country of your other nationality",
                            "you enter and leave that country with its passport; France cannot give you consular "
                            "protection against that country's authorities",
                            "give both nationalities on the mobility form",
                        ],
                        [
                            "you go to a third country",
                            "you choose the passport you travel with and keep using it for the whole stay",
                            "give the passport you travel with on the mobility form",
                        ],
                        [
                            "your stay abroad lasts more than 6 months",
                            "you should register in the Register of French nationals abroad at the consulate",
                            "send the desk the proof of registration within 1 month of arrival",
                        ],
                        [
                            "the host university enrols its own nationals as local students",
                            "you may have to pay local fees or follow the local admission rules",
                            "ask the desk before you apply",
                        ],
                    ],
                    (42, 74, 50),
                ),
                (
                    "p",
                    "Always come back to France or to the Schengen area with your French passport or your French "
                    "identity card, even if you left the other country with its passport.",
                ),
            ],
            [
                ("h2", "Before you leave"),
                (
                    "p",
                    "Start these steps as soon as your place is confirmed, and at the latest 3 months before "
                    "departure:",
                ),
                (
                    "num",
                    [
                        "Check that both passports are valid until at least 6 months after the planned end of your "
                        "stay, and renew the one that is not.",
                        "Declare both nationalities on the outgoing mobility form on MoveOn, by 15 May 2027 for a stay "
                        "in the autumn semester or by 15 October 2027 for a stay in the spring semester.",
                        "Ask the consulate of your other country whether you have obligations there during your stay, "
                        "such as military service, a tax return or an exit permit; UM cannot advise you on them.",
                        "Take part in the pre-departure meeting for dual nationals, held online on 2 June 2027 and on "
                        "9 November 2027.",
                        "Give the desk the phone number you will use abroad within 2 weeks of your arrival.",
                    ],
                ),
                ("h2", "Documents to take with you"),
                (
                    "bullet",
                    [
                        "your French passport or French identity card;",
                        "the passport of your other country;",
                        "your certificate of acceptance from the host university;",
                        "a certificate of enrolment at UM for 2027-2028;",
                        "a copy of your birth certificate, which some consulates ask for to renew a passport abroad.",
                    ],
                ),
                ("h2", "Grants"),
                (
                    "p",
                    "Dual nationals receive the mobility grants in the same way as other students. There is one "
                    "exception: the €150 top-up for a first stay abroad is not paid for a stay in a country whose "
                    "nationality you hold.",
                ),
            ],
            [
                ("h2", "Key dates 2027-2028"),
                (
                    "table",
                    [
                        ["Step", "Autumn semester 2027", "Spring semester 2028"],
                        ["Declaration on MoveOn", "by 15 May 2027", "by 15 October 2027"],
                        ["Online meeting for dual nationals", "2 June 2027", "9 November 2027"],
                        ["Passports checked by", "1 June 2027", "1 November 2027"],
                    ],
                    (70, 48, 48),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Can the French embassy help me if I am arrested in the country of my other nationality? Usually "
                    "not: that country treats you as one of its own citizens. Contact the Outgoing Mobility desk and "
                    "your family; the desk alerts the French embassy, which can only act informally.",
                ),
                (
                    "p",
                    "Do I need a visa for the country of my other nationality? No, as long as you enter with its "
                    "passport. If you enter with your French passport, you need the same visa as any French student.",
                ),
                (
                    "p",
                    "Can I do my internship at a public body of my other country? Yes. The internship agreement is "
                    "the same as for any other internship abroad, signed by UM, the host and you.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Outgoing Mobility desk, International Relations Department: outgoing-mobility@umontpellier.fr, "
                    "+33 4 65 81 37 55. Triolet campus, building 8, room 118; Monday, Tuesday and Thursday, "
                    "9:30–12:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "04-foreign-experience-in-staff-grading.docx": {
        "title": "Counting your work abroad in your grade and salary: guide for newly recruited staff",
        "url": "https://intranet.umontpellier.fr/hr/recruitment/foreign-experience-grading",
        "audience": "staff",
        "blocks": [
            ("title", "Counting your work abroad in your grade and salary: guide for newly recruited staff"),
            (
                "p",
                "Human Resources Department, Recruitment and Careers unit. Guide for lecturers, professors, "
                "researchers, engineers and technicians recruited by UM, version of 12 March 2027.",
            ),
            ("h1", "1. Why it matters"),
            (
                "p",
                "When you are recruited by UM, your salary depends on your grade and on your step (échelon) in that "
                "grade. Your previous professional experience, in France or abroad, can place you at a higher step "
                "from the start. This is called the classification (classement). Experience abroad counts just like "
                "experience in France, but it must be proved with documents that the Recruitment and Careers unit "
                "can read.",
            ),
            ("h1", "2. What counts"),
            (
                "p",
                "The table at the end of this guide shows how each kind of activity abroad is counted. Part-time "
                "work of at least 50% counts in full; part-time work of less than 50% counts for half of its length. "
                "Periods that overlap are counted once.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "Download the classification form from the staff portal in your first week.",
                    "List every period of work since your master's degree, with the exact dates, the employer, the "
                    "position and the working time.",
                    "Attach a certificate from each employer; if an employer has closed or does not answer, attach "
                    "your contracts and payslips instead.",
                    "Send the complete file to the Recruitment and Careers unit within 6 months of taking up your "
                    "post.",
                    "Receive the classification decision within 3 months; your new step applies from the date of "
                    "your appointment, and the difference in salary is paid back to that date.",
                ],
            ),
            ("h1", "4. Translations"),
            (
                "p",
                "Documents in English, Spanish, German or Italian are accepted as they are. Documents in any other "
                "language need a translation into French by a sworn translator; UM refunds up to €200 of "
                "translation costs per file.",
            ),
            ("h1", "5. Contract staff"),
            (
                "p",
                "Contract staff are not classified in a grade, but their starting salary on the UM salary grid for "
                "contract staff also takes their experience into account: each full year of experience related to "
                "the position counts for one year on the grid, up to 12 years. They send the same documents with "
                "their signed contract.",
            ),
            ("h1", "6. If you disagree"),
            (
                "p",
                "You can ask the unit to review the decision within 2 months of receiving it, with any new document. "
                "The decision is final once it has been reviewed; UM does not revise it later, even if you find "
                "another certificate.",
            ),
            ("h1", "7. Contact"),
            (
                "p",
                "Recruitment and Careers unit, Human Resources Department: careers-grading@umontpellier.fr, "
                "+33 4 65 81 72 40. Saint-Priest campus, building 1, room 310; Tuesday and Thursday, 9:00–12:30.",
            ),
            ("h1", "How activities abroad are counted"),
            (
                "table",
                [
                    ["Activity abroad", "Share counted", "Limit"],
                    ["research or teaching position at a university or a public research organisation", "100%", "no limit"],
                    ["postdoctoral position", "100%", "no limit"],
                    ["doctorate with a paid contract or a scholarship", "100%", "up to 3 years"],
                    ["work in a company in the field of the position", "50%", "up to 7 years"],
                    ["work in a company outside the field of the position", "not counted", "not applicable"],
                    ["unpaid research or volunteer work", "not counted", "not applicable"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
