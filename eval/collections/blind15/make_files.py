"""The text of the 'blind15' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-home-insurance-for-international-students-2027.pdf": {
        "title": "Home insurance for international students 2027-2028",
        "short": "Home insurance 2027-2028",
        "url": "https://www.umontpellier.fr/en/students/housing/home-insurance-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Life Department, housing and insurance",
        "pages": [
            [
                ("h1", "Home insurance for international students 2027-2028"),
                (
                    "p",
                    "In France, every tenant must insure their home against the risks of renting it: water damage, "
                    "fire and explosion. Your landlord or your residence asks for an insurance certificate when you "
                    "sign the lease and then once a year. Home insurance also includes civil liability, which pays "
                    "for damage you cause to other people in your daily life. This guide, written for international "
                    "students, applies from 1 September 2027 to 31 August 2028.",
                ),
                ("h2", "The UM student offer"),
                (
                    "p",
                    "UM has agreed prices with the mutual insurer Mutuelle Campus Sud for all UM students, exchange "
                    "students included. You can choose the basic cover or the Plus cover. In 2026-2027, 3,900 "
                    "students took out the UM offer.",
                ),
                (
                    "table",
                    [
                        ["Your home", "Basic cover, per year", "Plus cover, per year"],
                        ["room in a CROUS residence", "€28", "€49"],
                        ["studio or flat up to 30 m²", "€45", "€79"],
                        ["flat share, per tenant, up to 4 tenants", "€38", "€65"],
                        ["flat from 31 to 60 m²", "€72", "€118"],
                    ],
                    (76, 45, 45),
                ),
                (
                    "p",
                    "The basic cover includes water damage, fire, broken windows and civil liability. The Plus cover "
                    "adds theft after a break-in, and your laptop and phone up to €1,000 per year, even outside your "
                    "home. The excess is €80 per claim for the basic cover and €40 for the Plus cover.",
                ),
            ],
            [
                ("h2", "How to take out the UM offer"),
                (
                    "p",
                    "The certificate is needed on the day you receive your keys, so take out the insurance a few "
                    "days before. To take out the UM offer, follow these steps:",
                ),
                (
                    "num",
                    [
                        "Open the \"Insurance\" tile of your UM account and follow the link to the quote of Mutuelle "
                        "Campus Sud.",
                        "Enter the address and the size of your home and choose the basic or the Plus cover.",
                        "Choose the start date: the day on which you receive your keys.",
                        "Pay for the year at once, or in monthly instalments at no extra cost if the yearly price is "
                        "over €40.",
                        "Download your insurance certificate at once and send it to your landlord or your residence "
                        "before you move in.",
                    ],
                ),
                ("h2", "When you leave"),
                (
                    "p",
                    "The contract is renewed every year. If you leave your home before the end of the year, send "
                    "the insurer the check-out inspection report: the contract ends on the day you leave, and the "
                    "full months not used are refunded.",
                ),
                ("h2", "If something happens"),
                ("p", "French law sets short delays to declare a claim. Keep in mind:"),
                (
                    "bullet",
                    [
                        "declare water damage, a fire or broken windows within 5 working days;",
                        "declare a theft within 2 working days, with the report you made at a police station;",
                        "take photos of the damage before you clean or repair anything;",
                        "keep the invoices of your laptop, your phone and any valuable item;",
                        "for a water leak, fill in the joint report (constat amiable de dégât des eaux) with your "
                        "neighbour or your landlord.",
                    ],
                ),
            ],
            [
                ("h2", "Whom to call"),
                (
                    "table",
                    [
                        ["Situation", "Who", "How to reach them"],
                        ["a claim, or a question on your contract", "Mutuelle Campus Sud", "+33 4 67 20 55 90, Monday to Saturday, 8:00–20:00"],
                        ["help to choose a cover, or a problem with the UM offer", "Housing and Insurance desk, UM", "housing-insurance@umontpellier.fr"],
                        ["a dispute with your landlord about the damage", "Legal Clinic, UM", "legal-clinic@umontpellier.fr"],
                    ],
                    (56, 44, 66),
                ),
                ("h2", "Questions and answers"),
                (
                    "p",
                    "I already have home insurance in my country. Is that enough? Only if it covers a home in France "
                    "and gives you a certificate in French or in English that names your address here. Most foreign "
                    "contracts do not.",
                ),
                (
                    "p",
                    "I am here for one semester only. Do I pay for a whole year? No: send the check-out inspection "
                    "report when you leave and the full months not used are refunded.",
                ),
                (
                    "p",
                    "Is my CROUS room not insured by the residence? The building is, but your belongings and your "
                    "civil liability are not: CROUS residences ask every resident for a certificate.",
                ),
                (
                    "p",
                    "Contact: Housing and Insurance desk, Student Life Department, housing-insurance@umontpellier.fr, "
                    "+33 4 65 81 28 40. Triolet campus, building 1, room 018; Monday to Friday, 9:00–12:30.",
                ),
            ],
        ],
    },
    "08-charm-eu-short-mobilities-2027.pdf": {
        "title": "CHARM-EU alliance: short mobilities for UM students 2027-2028",
        "short": "CHARM-EU short mobilities 2027-2028",
        "url": "https://www.umontpellier.fr/en/international/charm-eu/short-mobilities-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department, CHARM-EU office",
        "pages": [
            [
                ("h1", "CHARM-EU alliance: short mobilities for UM students 2027-2028"),
                (
                    "p",
                    "UM is a member of CHARM-EU, a European university alliance with partners such as the "
                    "Universitat de Barcelona, Utrecht University, Trinity College Dublin and Eötvös Loránd "
                    "University in Budapest. Besides its joint master's, the alliance offers short mobilities: "
                    "a few days or weeks with students of the other universities, with credits. In 2026-2027, 118 "
                    "UM students took part.",
                ),
                ("h2", "Who can apply?"),
                (
                    "p",
                    "Students enrolled at UM in a bachelor's or a master's degree, with a B1 level in English. "
                    "Students in the first semester of the first year of a bachelor's degree cannot apply. Each "
                    "student can take part in at most two short mobilities per academic year.",
                ),
                ("h2", "The four formats"),
                (
                    "table",
                    [
                        ["Format", "Length", "Credits", "UM grant", "Places for UM"],
                        ["challenge week", "5 days on site", "2 ECTS", "€420", "60"],
                        ["blended course", "6 weeks online and 5 days on site", "4 ECTS", "€450", "40"],
                        ["research trip", "10 days on site", "3 ECTS", "€600", "25"],
                        ["virtual course", "8 weeks online", "3 ECTS", "no grant", "no limit"],
                    ],
                    (40, 50, 22, 26, 28),
                ),
                (
                    "p",
                    "The grant covers travel and accommodation and is paid in one instalment about 2 weeks before the "
                    "on-site part starts. Students who travel by train both ways receive €50 more.",
                ),
            ],
            [
                ("h2", "Sessions and deadlines 2027-2028"),
                (
                    "table",
                    [
                        ["Session", "Dates", "Where", "Deadline"],
                        ["challenge week \"Water in the city\"", "24 to 28 January 2028", "Utrecht", "15 November 2027"],
                        ["blended course \"Food systems\"", "6 March to 21 April 2028, on site 17 to 21 April", "Barcelona", "10 January 2028"],
                        ["research trip \"Danube ecology\"", "29 May to 7 June 2028", "Budapest", "1 March 2028"],
                        ["virtual course \"European identities\"", "2 October to 24 November 2027", "online", "15 September 2027"],
                    ],
                    (52, 50, 30, 34),
                ),
                ("h2", "How to apply"),
                ("p", "Ask your programme director first whether the credits can count in your degree. Then proceed as follows:"),
                (
                    "num",
                    [
                        "Apply on the CHARM-EU portal by the deadline of the session, with a motivation letter of 1 "
                        "page and your last transcript.",
                        "A committee of the alliance selects the students; you receive an answer within 3 weeks of the "
                        "deadline.",
                        "Confirm your place within 5 days, or it goes to the next student on the waiting list.",
                        "Sign a short learning agreement with your programme director and the CHARM-EU office.",
                        "After the session, upload your certificate of participation within 1 month.",
                    ],
                ),
                (
                    "p",
                    "A student who cancels less than 2 weeks before the start without a serious reason repays the "
                    "grant. Contact: CHARM-EU office, International Relations Department, "
                    "charm-eu-mobility@umontpellier.fr, +33 4 65 82 33 61. Triolet campus, building 8, room 140; "
                    "Tuesday to Thursday, 9:30–12:30.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "09-hosting-a-foreign-delegation.docx": {
        "title": "Hosting a foreign delegation at UM: guide for host departments",
        "url": "https://intranet.umontpellier.fr/en/international/protocol/hosting-foreign-delegations",
        "audience": "staff",
        "blocks": [
            ("title", "Hosting a foreign delegation at UM: guide for host departments"),
            (
                "p",
                "Every year, UM receives about 60 official delegations from foreign universities, research bodies, "
                "embassies and governments. This guide tells the faculties, institutes, laboratories and services "
                "that host them what to do and what UM pays. It applies from 1 September 2027.",
            ),
            ("h1", "What is a delegation?"),
            (
                "p",
                "A delegation is a group of at least 3 people who represent a foreign institution on an official "
                "visit to UM. A visit by one or two researchers to a colleague is not a delegation and does not need "
                "this procedure.",
            ),
            ("h1", "Steps"),
            (
                "p",
                "The Protocol unit of the International Relations Department must be told of every delegation at "
                "least 6 weeks before the visit, and at least 10 weeks before for a delegation led by a minister, "
                "an ambassador or a university president. Then proceed as follows:",
            ),
            (
                "num",
                [
                    "Fill in the \"Delegation visit\" form on the intranet, with the list of the visitors, their "
                    "functions, the purpose of the visit and a draft programme.",
                    "If the programme includes a laboratory in a restricted zone (ZRR), send the passport copies of "
                    "the visitors at least 5 weeks before the visit, for the approval of the Security and Defence "
                    "Officer.",
                    "Book the rooms and the meals; the Protocol unit can book the Council room of the Presidency, "
                    "which seats 40 people.",
                    "Send the final programme to the visitors and to the Protocol unit 2 weeks before the visit.",
                    "After the visit, send the Protocol unit a report of 1 page within 10 days.",
                ],
            ),
            ("h1", "Meeting the President"),
            (
                "p",
                "A meeting with the President or a Vice-President must be asked for in the form, at least 8 weeks "
                "before the visit. It is not guaranteed: the President's office answers within 2 weeks.",
            ),
            ("h1", "Gifts, flags and photos"),
            (
                "p",
                "The Protocol unit gives the host department UM gifts free of charge: one gift for the head of the "
                "delegation and a smaller one for each member. Flags of the visitors' country are displayed only for "
                "delegations led by a minister or an ambassador; the Protocol unit lends them. Photos of the visitors "
                "may be published only with their consent; ask the Communication Department at least 1 week before "
                "the visit if you want a news article.",
            ),
            ("h1", "Languages"),
            (
                "p",
                "Most visits are held in English or in French. If an interpreter is needed, the Protocol unit books "
                "one at least 3 weeks before the visit, on a quote paid by the host department.",
            ),
            ("h1", "What is paid and by whom"),
            (
                "p",
                "The costs of a visit are paid by the host department, within the limits in the table. The "
                "visitors pay their own travel to Montpellier and their hotel, unless an agreement with their "
                "institution says otherwise.",
            ),
            (
                "table",
                [
                    ["Item", "Limit", "Paid by"],
                    ["lunch or dinner", "€45 per guest, drinks included", "host department"],
                    ["coffee break", "€6 per guest", "host department"],
                    ["UM participants at a meal", "at most one UM participant for two guests", "host department"],
                    ["gifts", "free", "Protocol unit"],
                    ["interpreter", "on quote", "host department"],
                    ["local transport (minibus or taxi)", "on quote", "host department"],
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Protocol unit, International Relations Department: protocol-international@umontpellier.fr, "
                "+33 4 65 82 30 15. Richter campus, building B, room 204; Monday to Friday, 9:00–12:30 and "
                "14:00–17:00.",
            ),
        ],
    },
}

FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
