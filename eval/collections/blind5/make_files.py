"""The text of the 'blind5' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-msca-postdoctoral-fellowships.pdf": {
        "title": "Marie Skłodowska-Curie Postdoctoral Fellowships 2027: applying with UM as host",
        "short": "MSCA Postdoctoral Fellowships 2027",
        "url": "https://www.umontpellier.fr/en/research/msca-postdoctoral-fellowships-2027.pdf",
        "audience": "all",
        "header": "University of Montpellier – European Projects Office",
        "pages": [
            [
                ("h1", "Marie Skłodowska-Curie Postdoctoral Fellowships 2027"),
                (
                    "p",
                    "The Postdoctoral Fellowships of the Marie Skłodowska-Curie Actions (MSCA), funded by "
                    "the European Commission, let researchers who hold a PhD carry out their own project "
                    "for 1 to 2 years in a host laboratory in Europe. Every year, researchers from all over "
                    "the world choose a UM laboratory as their host. The European Projects Office of the "
                    "Research Department helps them and their future supervisors prepare a strong "
                    "proposal. In 2027, the European deadline for proposals is 9 September 2027.",
                ),
                ("h2", "Who can apply with UM?"),
                ("p", "To apply with a UM laboratory as host, candidates must:"),
                (
                    "bullet",
                    [
                        "hold a PhD on the day of the European deadline;",
                        "have at most 8 years of research experience after the PhD;",
                        "not have lived or worked in France for more than 12 months in the 3 years before "
                        "the deadline;",
                        "have the agreement of a supervisor who holds a permanent post in a UM laboratory.",
                    ],
                ),
                ("h2", "What UM offers to candidates"),
                (
                    "table",
                    [
                        ["Support", "What it includes"],
                        [
                            "Matching",
                            "list of UM supervisors who welcome candidates, online from 1 March 2027",
                        ],
                        [
                            "Writing workshop",
                            "2 days in Montpellier; travel paid up to €600 for candidates coming from abroad",
                        ],
                        ["Review of the draft", "written comments by a former MSCA evaluator"],
                        [
                            "Budget check",
                            "the Office checks the host's part of the budget and the management costs",
                        ],
                    ],
                    (50, 116),
                ),
                (
                    "p",
                    "The writing workshop is organised together with the research offices of the other "
                    "universities of the Coimbra Group.",
                ),
            ],
            [
                ("h2", "The host commitment letter"),
                (
                    "p",
                    "Every proposal includes a letter in which the host institution commits to hosting the "
                    "fellow. At UM, this letter is signed by the Vice-President for Research. The European "
                    "Projects Office prepares it within 10 working days of the supervisor's request. "
                    "Requests received after 25 August 2027 cannot be handled in time for the 2027 call.",
                ),
                ("h2", "When the proposal is funded"),
                (
                    "p",
                    "Fellows recruited by UM receive, on top of the European funding, a relocation "
                    "allowance of €2,000 paid by UM with the first salary, and a free French course of 40 "
                    "hours at the UM Language Centre. The International Welcome Centre prepares the hosting "
                    "agreement they need for their visa.",
                ),
                ("h2", "Seal of Excellence fellowships"),
                (
                    "p",
                    "Proposals that score above the quality threshold but are not funded by the European "
                    "Commission receive a Seal of Excellence. UM funds 3 fellowships of 18 months for "
                    "candidates with a Seal of Excellence who had chosen a UM laboratory as host. The salary "
                    "is the same as that of an MSCA fellow. Candidates apply to the European Projects Office "
                    "within 30 days of receiving their European results.",
                ),
                ("h2", "For supervisors"),
                (
                    "p",
                    "A supervisor can support at most 2 candidates in the same call. Supervisors of funded "
                    "fellows receive a research allowance of €5,000 for their team.",
                ),
            ],
            [
                ("h2", "How to apply with UM"),
                (
                    "num",
                    [
                        "Find a supervisor in a UM laboratory, for example in the matching list, and agree on "
                        "a project.",
                        "Register with the European Projects Office by 15 May 2027, with a one-page summary of "
                        "the project and your CV.",
                        "Take part in the writing workshop and send your draft for review by 14 August 2027.",
                        "Your supervisor asks for the host commitment letter signed by the Vice-President "
                        "for Research.",
                        "Submit the proposal on the European Commission's Funding and Tenders portal before "
                        "the European deadline.",
                    ],
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Matching list online", "1 March 2027"],
                        ["Registration with the European Projects Office", "15 May 2027"],
                        ["Writing workshop", "8 and 9 June 2027"],
                        ["Drafts sent for review", "14 August 2027"],
                        ["European deadline", "9 September 2027"],
                        ["European results", "February 2028"],
                    ],
                    (96, 70),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "European Projects Office, Research Department: msca@umontpellier.fr, +33 4 65 81 53 40. "
                    "Saint-Priest campus, building 2, room 118.",
                ),
            ],
        ],
    },
    "12-guest-house-visiting-academics.pdf": {
        "title": "The Rondelet guest house for visiting academics: rates and booking 2027",
        "short": "Rondelet guest house 2027",
        "url": "https://intranet.umontpellier.fr/welcome-centre/rondelet-guest-house-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – International Welcome Centre",
        "pages": [
            [
                ("h1", "The Rondelet guest house for visiting academics: rates and booking 2027"),
                (
                    "p",
                    "The Rondelet guest house, next to the Triolet campus, has 24 furnished units for "
                    "researchers, lecturers and doctoral candidates from abroad who are invited by a UM unit. "
                    "Stays last from 3 nights to 6 months. The guest house is run by the International "
                    "Welcome Centre.",
                ),
                ("h2", "Rates 2027"),
                (
                    "table",
                    [
                        ["Unit", "Per night", "Per month"],
                        ["Studio, 1 person", "€42", "€780"],
                        ["One-bedroom flat, up to 2 people", "€58", "€1,050"],
                        ["Two-bedroom flat, up to 4 people", "€75", "€1,390"],
                    ],
                    (76, 45, 45),
                ),
                (
                    "p",
                    "The monthly rate applies from 28 nights. Rates include water, electricity, heating, "
                    "Wi-Fi and bed linen. A final cleaning fee of €35 is charged for every stay. Guests from "
                    "the preferred strategic international partners of the MUSE project receive a discount "
                    "of 20% on all rates.",
                ),
                (
                    "p",
                    "The stay is paid either by the host unit, with a purchase order, or by the guest, by "
                    "bank card on arrival. Pets are not allowed.",
                ),
            ],
            [
                ("h2", "How to book"),
                (
                    "num",
                    [
                        "The host unit books the unit on the guest house platform at least 4 weeks before "
                        "the guest arrives.",
                        "The Welcome Centre confirms the booking within 3 working days and asks for a deposit "
                        "of 30% of the price of the stay.",
                        "The guest collects the keys at the reception, Monday to Friday, 8:30–18:00. For a "
                        "later arrival, the code of a key box is sent by e-mail the day before.",
                        "On departure, the guest leaves the keys at the reception or in the key box.",
                    ],
                ),
                (
                    "p",
                    "A booking cancelled less than 7 days before arrival is charged in full.",
                ),
                ("h2", "Calendar 2027"),
                (
                    "table",
                    [
                        ["Event", "Date"],
                        ["Annual maintenance: guest house closed", "2 to 15 August 2027"],
                        ["Bookings for 2028 open", "1 September 2027"],
                        ["Winter closure", "24 December 2027 to 2 January 2028"],
                    ],
                    (96, 70),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Rondelet guest house, International Welcome Centre: guesthouse@umontpellier.fr, "
                    "+33 4 65 81 29 80. 5 rue du Triolet, reception on the ground floor.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-gifts-and-hospitality-foreign-partners.docx": {
        "title": "Gifts and hospitality in relations with foreign partners",
        "url": "https://intranet.umontpellier.fr/ethics/gifts-hospitality-foreign-partners",
        "audience": "staff",
        "blocks": [
            ("title", "Gifts and hospitality in relations with foreign partners"),
            (
                "p",
                "Ethics Office and Protocol Office. Guide for staff who visit or welcome foreign partners, "
                "version of 1 October 2026.",
            ),
            ("h1", "1. Why these rules"),
            (
                "p",
                "Visits to partner universities abroad and visits of foreign delegations to Montpellier "
                "often come with gifts, dinners and invitations. In many cultures, refusing a gift is "
                "impolite. These rules let UM staff respect the customs of their partners while protecting "
                "them, and the university, from any doubt about their independence, in particular when a "
                "partner is also a supplier or a candidate in a call for projects.",
            ),
            ("h1", "2. Who must follow them"),
            (
                "p",
                "All UM staff, permanent or on contract, including doctoral candidates who teach, and the "
                "members of UM committees when they act for the university. The rules apply in France and "
                "abroad.",
            ),
            ("h1", "3. What you must never accept"),
            (
                "p",
                "Cash, gift cards or vouchers, whatever the amount; any gift offered during a call for "
                "tenders or a selection in which you take part; and any gift offered to a member of your "
                "family.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Before a visit abroad, order the gifts for your hosts from the Protocol Office at "
                    "least 3 weeks before departure.",
                    "If you receive a gift worth more than €150, declare it on the ethics form on the "
                    "intranet within 15 days.",
                    "The Ethics Officer tells you within 1 month whether you may keep the gift or whether it "
                    "becomes UM property.",
                    "If a partner offers to pay your travel or your accommodation, ask your head of unit for "
                    "approval before you accept.",
                    "Mention the gifts and the hospitality received in your mission report.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Ethics Office: ethics@umontpellier.fr, +33 4 65 81 10 48. Protocol Office: "
                "protocol@umontpellier.fr, +33 4 65 81 10 26. Both are on the Saint-Priest campus, "
                "building 1, second floor.",
            ),
            ("h1", "Limits"),
            (
                "table",
                [
                    ["Gift or hospitality", "Rule", "Limit"],
                    [
                        "Gift offered by UM to a partner",
                        "chosen from the Protocol Office catalogue",
                        "€90 per delegation",
                    ],
                    [
                        "Gift received worth up to €150",
                        "you may keep it without declaring it",
                        "€150 per partner and per year",
                    ],
                    [
                        "Gift received worth more than €150",
                        "declare it; it may become UM property",
                        "declaration within 15 days",
                    ],
                    [
                        "Meal offered by a partner",
                        "accepted when it is part of the visit",
                        "no more than 2 per visit outside the official programme",
                    ],
                    [
                        "Travel or accommodation paid by a partner",
                        "approval of the head of unit",
                        "before departure",
                    ],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
