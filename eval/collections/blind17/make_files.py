"""The text of the 'blind17' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-safe-return-at-night-2027.pdf": {
        "title": "Getting home safely at night: the Safe Return scheme for students 2027-2028",
        "short": "Safe Return at night 2027-2028",
        "url": "https://www.umontpellier.fr/en/campus-life/safety/safe-return-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Life Department, Campus Safety and Prevention unit",
        "pages": [
            [
                ("h1", "Getting home safely at night: the Safe Return scheme for students 2027-2028"),
                (
                    "p",
                    "Students often leave a library, a laboratory, a rehearsal or a student evening after the "
                    "last tram, which leaves the campuses at about 0:45. Walking home alone through empty "
                    "streets is the situation students most often describe as frightening, and international "
                    "students who do not know the city yet are the most exposed. The Safe Return scheme offers "
                    "three free ways to get home. This guide applies from 1 September 2027 to 31 August 2028. "
                    "In 2026-2027, the scheme carried out 7,400 journeys, 2,950 of them by international "
                    "students.",
                ),
                ("h2", "The three services"),
                (
                    "table",
                    [
                        ["Service", "When", "How far", "Cost"],
                        ["night shuttle (a minibus of 8 seats)", "Monday to Thursday, 23:00–2:00", "any address within 6 km of the campus", "free"],
                        ["taxi voucher", "every night, 23:00–6:00, when the shuttle does not run", "up to €25 of fare per journey", "free, 6 vouchers per semester"],
                        ["Night Buddies (students who walk you home)", "Thursday to Saturday, 22:00–2:00", "homes within 20 minutes' walk", "free"],
                    ],
                    (44, 50, 40, 32),
                ),
                ("h2", "Who can use it?"),
                (
                    "p",
                    "All UM students, exchange students and doctoral candidates included, with a UM student "
                    "card. Staff and visiting researchers cannot use the scheme; they can ask their laboratory "
                    "for a night taxi under the rules of their own service. A journey must start from a UM "
                    "campus, a UM library or a CROUS residence and end at your home.",
                ),
                (
                    "p",
                    "During the exam periods, the night shuttle also runs on Friday and Saturday nights, and "
                    "each student receives 2 extra taxi vouchers.",
                ),
            ],
            [
                ("h2", "Night shuttle stops"),
                (
                    "table",
                    [
                        ["Stop", "First departure", "Last departure"],
                        ["Richter library, main entrance", "23:00", "1:30"],
                        ["Triolet campus, in front of building 7", "23:10", "1:40"],
                        ["Saint-Priest campus, main gate", "23:25", "1:25"],
                        ["Arnaud de Villeneuve campus, car park P2", "23:40", "1:10"],
                    ],
                    (80, 40, 40),
                ),
                (
                    "p",
                    "The shuttle leaves every 30 minutes from each stop. Tell the driver your address when you "
                    "get in; the driver plans the route so that everyone is dropped at their door.",
                ),
                ("h2", "How to use a taxi voucher"),
                (
                    "p",
                    "Taxi vouchers are carried by the partner company TaxiLune. Before your first night out, "
                    "install the UM app. Then proceed as follows:",
                ),
                (
                    "num",
                    [
                        "Activate \"Safe Return\" in the UM app once, with your student number and a mobile "
                        "number on which you can be called.",
                        "When you need a taxi, order it in the app; the waiting time is shown before you confirm.",
                        "Show the QR code of your voucher to the driver when you get in.",
                        "The voucher pays up to €25; if the fare is higher, you pay the difference to the driver "
                        "by card.",
                        "Rate the journey in the app within 24 hours, and report there any problem with the "
                        "driver or the car.",
                    ],
                ),
                ("h2", "Rules for the taxi vouchers"),
                (
                    "bullet",
                    [
                        "a voucher is personal, but up to 3 students can share a taxi with one voucher;",
                        "vouchers are not valid to or from the airport or the Saint-Roch and Sud de France stations;",
                        "unused vouchers are lost at the end of the semester;",
                        "a driver who has waited 10 minutes for a student who does not show up can leave, "
                        "and the voucher counts as used.",
                    ],
                ),
            ],
            [
                ("h2", "Night Buddies"),
                (
                    "p",
                    "Night Buddies are UM students trained in first aid and in de-escalation, who walk in pairs "
                    "with students going home on foot. They wait at the exit of the Richter library and of "
                    "building 7 on the Triolet campus on the hour, from 22:00 to 2:00. You can also call them "
                    "to come to you on campus: +33 6 70 41 28 93. Students who want to become Night Buddies "
                    "follow a training of 12 hours in October and receive 2 credits for student engagement "
                    "after 15 evenings.",
                ),
                ("h2", "Whom to contact"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["an emergency, on campus or on your way home", "UM security post", "+33 4 65 81 99 99, 24 hours a day"],
                        ["a problem with a taxi or the shuttle", "Campus Safety and Prevention unit", "safe-return@umontpellier.fr"],
                        ["harassment or an assault", "UM listening unit against violence", "listening-unit@umontpellier.fr"],
                    ],
                    (56, 50, 60),
                ),
                ("h2", "Questions and answers"),
                (
                    "p",
                    "I have used my 6 vouchers. Can I get more? Once per semester, if you study or work on "
                    "campus after 23:00 for your course, your programme director can ask for 4 more vouchers.",
                ),
                (
                    "p",
                    "I live outside Montpellier. Can I use the scheme? The taxi voucher pays up to €25, "
                    "wherever you live; the shuttle and the Night Buddies only serve the addresses given above.",
                ),
                (
                    "p",
                    "I lost my phone. Can I still take the shuttle? Yes: show your student card to the driver.",
                ),
                (
                    "p",
                    "Contact: Campus Safety and Prevention unit, Student Life Department, safe-return@umontpellier.fr, "
                    "+33 4 65 81 90 12. Triolet campus, building 2, room 011; Monday to Friday, 9:00–12:30 and "
                    "13:30–17:00.",
                ),
            ],
        ],
    },
    "08-videoconference-rooms-for-international-partners-2027.pdf": {
        "title": "Videoconference rooms and studios for meetings, teaching and juries with partners abroad 2027-2028",
        "short": "Videoconference rooms 2027-2028",
        "url": "https://intranet.umontpellier.fr/en/digital/videoconference-rooms-2027-2028.pdf",
        "audience": "staff and researchers",
        "header": "University of Montpellier – Digital Services Department, Audiovisual and Videoconference unit",
        "pages": [
            [
                ("h1", "Videoconference rooms and studios for meetings, teaching and juries with partners abroad 2027-2028"),
                (
                    "p",
                    "Thesis juries with members abroad, courses taught with a partner university, project "
                    "meetings with consortium members on other continents: a good connection and good sound "
                    "matter more than the software. The Audiovisual and Videoconference unit equips rooms for "
                    "these uses and provides technicians. This guide applies from 1 September 2027 to "
                    "31 August 2028. In 2026-2027, the unit handled 2,150 bookings, 38% of them with partners "
                    "outside Europe.",
                ),
                ("h2", "Rooms and studios"),
                (
                    "table",
                    [
                        ["Room", "Seats", "Equipment", "Where", "Price for UM users"],
                        ["small videoconference room", "6", "a camera, a speakerphone and a 75-inch screen", "9 rooms, on every campus", "free"],
                        ["large videoconference room", "30", "2 cameras, ceiling microphones and 2 screens", "Richter campus, building B; Triolet campus, building 9", "free"],
                        ["hybrid teaching studio", "40", "a tracking camera, lecture capture and an interactive screen", "Triolet campus, building 9", "free for UM courses"],
                        ["recording studio", "3", "a green screen, studio lights and a teleprompter", "Richter campus, building B", "€40 per half day for projects with external funding; otherwise free"],
                    ],
                    (34, 14, 46, 40, 32),
                ),
                (
                    "p",
                    "Rooms can be booked from 8:00 to 19:00 on working days. For calls with partners in other "
                    "time zones, the large rooms can also be booked early, from 6:00, or late, until 23:00, with "
                    "a technician present. Partners and other organisations outside UM can hire a large room "
                    "for €75 per hour, technician included.",
                ),
            ],
            [
                ("h2", "How to book"),
                (
                    "p",
                    "Book at least 3 working days ahead for an ordinary meeting, 10 working days ahead for an "
                    "early or late slot, and 1 month ahead for a thesis defence. Then proceed as follows:",
                ),
                (
                    "num",
                    [
                        "Book the room in the \"Rooms\" application of the intranet, and tick \"technician\" if you "
                        "need one.",
                        "Send the connection details of the call (Zoom, Teams, Webex or an H.323 address) to "
                        "visio@umontpellier.fr at least 2 working days before.",
                        "For a thesis defence or a jury, hold a test call with the members abroad and the "
                        "technician at least 2 days before the event; it lasts about 20 minutes.",
                        "On the day, the technician opens the room 15 minutes before the start.",
                        "If the connection is lost, call the technician on call on extension 4455; a backup "
                        "phone line is ready in every room.",
                    ],
                ),
                ("h2", "Recordings"),
                (
                    "p",
                    "Meetings and courses can be recorded only if every participant agrees, which the "
                    "organiser announces at the start. Recordings can be downloaded for 30 days and are then "
                    "deleted. Thesis defences are never recorded.",
                ),
                ("h2", "Cancellations"),
                (
                    "p",
                    "Cancel at least 24 hours before in the \"Rooms\" application. After 2 bookings not used and "
                    "not cancelled in the same semester, you cannot book for 3 months.",
                ),
                (
                    "p",
                    "Contact: Audiovisual and Videoconference unit, Digital Services Department, "
                    "visio@umontpellier.fr, +33 4 65 81 34 80. Richter campus, building B, room 014; Monday to "
                    "Friday, 8:00–18:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-minibuses-for-trips-with-international-students.docx": {
        "title": "Borrowing a UM minibus for trips with international students – guide for staff 2027-2028",
        "url": "https://intranet.umontpellier.fr/en/logistics/minibuses-for-student-trips",
        "audience": "staff",
        "blocks": [
            ("title", "Borrowing a UM minibus for trips with international students – guide for staff 2027-2028"),
            (
                "p",
                "Welcome outings, visits to companies, field days and trips to partner universities are often "
                "the best moments of an international student's stay. The Logistics Department lends minibuses "
                "to UM services that organise such trips. In 2026-2027, its minibuses made 164 trips and "
                "carried about 1,300 students.",
            ),
            ("h1", "Who can borrow a minibus?"),
            (
                "p",
                "UM services and faculties, for a trip organised by a member of staff: the International "
                "Student Welcome Service, the international officers of the faculties and lecturers who take "
                "a class on a visit. Student associations cannot borrow a minibus directly; a member of staff "
                "must organise the trip and travel with the group.",
            ),
            ("h1", "The vehicles"),
            (
                "table",
                [
                    ["Vehicle", "Number", "Seats", "Licence needed", "Cost charged to the service", "Kept at"],
                    ["9-seat minibus", "4", "8 passengers and the driver", "B licence held for at least 3 years", "€0.32 per km", "Triolet campus"],
                    ["9-seat electric minibus", "2", "8 passengers and the driver", "B licence held for at least 3 years", "€0.12 per km; range 250 km", "Richter campus"],
                    ["20-seat minicoach", "1", "19 passengers and the driver", "D licence, or a driver of the Logistics Department at €30 per hour", "€0.85 per km", "Saint-Priest campus"],
                ],
            ),
            ("h1", "Who can drive?"),
            (
                "p",
                "Only UM staff can drive, never students. Drivers must have followed the 2-hour course "
                "\"Driving a minibus safely\" once; it takes place on the first Monday of each month at the "
                "Triolet garage. A licence issued in the European Union is accepted; a licence issued outside "
                "the European Union is accepted only during the first year of the driver's residence in France.",
            ),
            ("h1", "How to book"),
            (
                "p",
                "Minibuses are much in demand in September and at the end of the spring semester. To book one, "
                "follow these steps:",
            ),
            (
                "num",
                [
                    "Fill in the trip form on the intranet at least 3 weeks before the trip, with the programme, "
                    "the list of passengers and the names of the drivers.",
                    "Have the form signed by your head of service, who gives the budget line to be charged.",
                    "The vehicle fleet desk confirms within 5 working days.",
                    "Collect the keys, the fuel card and the logbook at the fleet desk on the working day before "
                    "the trip, between 14:00 and 16:00.",
                    "Check the vehicle with the fleet staff and sign the inspection sheet.",
                    "Return the keys, the fuel card and the completed logbook by 10:00 on the next working day, "
                    "with at least half a tank or a battery charged to 80%.",
                ],
            ),
            ("h1", "On the road"),
            (
                "p",
                "The UM insurance covers only the passengers on the list sent with the form. Every passenger "
                "must give an emergency contact before departure. Drivers take a break of 15 minutes every "
                "2 hours. Trips to Spain and Italy are allowed, up to 600 km from Montpellier; tell the fleet "
                "desk 10 days before, so that the insurer can be informed.",
            ),
            ("h1", "Fines and accidents"),
            (
                "p",
                "Traffic and parking fines are charged to the driver personally. After an accident, fill in "
                "an accident report with the other driver and call the Logistics Department's on-call number, "
                "+33 6 71 20 45 18, which answers 24 hours a day.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Vehicle fleet desk, Logistics Department: vehicle-fleet@umontpellier.fr, +33 4 65 81 11 60. "
                "Richter campus, building C, room 012; Monday to Friday, 8:00–12:00 and 13:30–16:30.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
