"""The text of the 'blind6' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-hosting-foreign-researchers.pdf": {
        "title": "Hosting a foreign researcher: the hosting agreement (convention d'accueil)",
        "short": "Hosting agreement for foreign researchers",
        "url": "https://intranet.umontpellier.fr/welcome-centre/hosting-agreement-researchers.pdf",
        "audience": "staff",
        "header": "University of Montpellier – International Welcome Centre",
        "pages": [
            [
                ("h1", "Hosting a foreign researcher: the hosting agreement (convention d'accueil)"),
                (
                    "p",
                    "Researchers from outside the European Union who come to work in a UM laboratory for "
                    "more than 3 months need a visa or residence permit marked \"talent – researcher\". To "
                    "obtain it, they must first receive a hosting agreement (convention d'accueil) signed "
                    "by the university. The agreement states the research project, the dates of the stay "
                    "and the resources of the researcher. The International Welcome Centre prepares it at "
                    "the request of the host laboratory. Each year, it issues about 450 hosting agreements.",
                ),
                ("h2", "Who needs a hosting agreement?"),
                (
                    "p",
                    "Researchers who are nationals of a country outside the European Union, the European "
                    "Economic Area and Switzerland, who hold at least a master's degree, and who come to "
                    "UM to carry out research or to teach at university level. Doctoral candidates, "
                    "postdoctoral researchers, visiting professors and engineers with a master's degree "
                    "are all concerned.",
                ),
                ("h2", "Which document for which stay?"),
                (
                    "table",
                    [
                        ["Length of the stay", "What the researcher needs", "Document from UM"],
                        ["up to 3 months", "a short-stay visa, if their nationality requires one", "an invitation letter from the laboratory"],
                        ["3 to 12 months", "a long-stay visa \"talent – researcher\"", "a hosting agreement"],
                        ["more than 12 months", "a long-stay visa, then a multi-year residence permit of up to 4 years", "a hosting agreement"],
                    ],
                    (36, 70, 60),
                ),
                (
                    "p",
                    "Researchers who already live in another EU country with a researcher permit can come "
                    "for up to 180 days without a new visa; the laboratory must still tell the International "
                    "Welcome Centre before they arrive.",
                ),
            ],
            [
                ("h2", "Steps"),
                (
                    "p",
                    "The request is made by the host laboratory, not by the researcher. Count at least 3 "
                    "months between the request and the arrival: the consulates' delays vary a lot from "
                    "one country to another.",
                ),
                (
                    "num",
                    [
                        "The director of the host laboratory fills in the request on the Welcome platform at "
                        "least 3 months before the planned arrival.",
                        "The laboratory uploads the documents listed below.",
                        "The International Welcome Centre checks the file and prepares the agreement within "
                        "15 working days.",
                        "The agreement is signed for the President by the Vice-President for Research and "
                        "sent to the researcher by e-mail.",
                        "The researcher applies for the visa at the French consulate in their country of "
                        "residence, with the signed agreement.",
                        "Within 3 months of arrival, the researcher validates the visa online and comes to "
                        "an appointment at the International Welcome Centre.",
                    ],
                ),
                ("h2", "Documents to upload"),
                (
                    "bullet",
                    [
                        "a copy of the researcher's passport;",
                        "a copy of the master's degree or doctorate, with a translation if it is not in "
                        "English or French;",
                        "a CV and a one-page description of the research project;",
                        "the employment contract, the grant letter or any proof of resources of at least "
                        "€1,850 gross per month for the whole stay;",
                        "a proof of health insurance for the first months, if the researcher is not "
                        "employed by UM.",
                    ],
                ),
                (
                    "p",
                    "A researcher whose resources are below €1,850 gross per month cannot receive a hosting "
                    "agreement. The laboratory can top up a grant from its own budget to reach this amount.",
                ),
            ],
            [
                ("h2", "Family"),
                (
                    "p",
                    "The spouse and the children under 18 of the researcher can come with them. The spouse "
                    "receives a residence permit \"talent – family\" that allows them to work in France. "
                    "List them in the request: the International Welcome Centre then sends a letter for the "
                    "family's visa applications together with the agreement.",
                ),
                ("h2", "Costs"),
                (
                    "p",
                    "The visa costs €99. After arrival, the researcher pays a residence tax of €225 online "
                    "when validating the visa. UM reimburses these costs to researchers who hold a UM "
                    "contract of more than 12 months.",
                ),
                ("h2", "Useful delays"),
                (
                    "table",
                    [
                        ["Step", "Delay"],
                        ["Request by the laboratory", "at least 3 months before arrival"],
                        ["Agreement prepared by the Welcome Centre", "15 working days"],
                        ["Validation of the visa after arrival", "within 3 months"],
                        ["Renewal request for a longer stay", "2 months before the end of the permit"],
                    ],
                    (96, 70),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Can the researcher start working before the visa? No: the researcher can start only "
                    "once they are in France with the \"talent – researcher\" visa.",
                ),
                (
                    "p",
                    "Can the dates change after signature? Yes, by an amendment requested by the "
                    "laboratory; changes of more than 1 month need a new agreement.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Researchers desk, International Welcome Centre: welcome-researchers@umontpellier.fr, "
                    "+33 4 65 81 29 75. Triolet campus, building 9, first floor.",
                ),
            ],
        ],
    },
    "12-tuition-fee-exemptions-2027.pdf": {
        "title": "Tuition fee exemptions for non-EU students 2027-2028",
        "short": "Tuition fee exemptions 2027-2028",
        "url": "https://www.umontpellier.fr/en/admission/tuition-fee-exemptions-2027-2028.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Registration Department",
        "pages": [
            [
                ("h1", "Tuition fee exemptions for non-EU students 2027-2028"),
                (
                    "p",
                    "Since 2019, students from outside the European Union who enrol for the first time in a "
                    "French public university pay higher registration fees than European students. The "
                    "University of Montpellier can exempt some of them from the difference: they then pay "
                    "the same fees as European students. This document explains who is exempted, how to "
                    "apply and when.",
                ),
                ("h2", "The fees in 2027-2028"),
                (
                    "table",
                    [
                        ["Level", "Fee without exemption", "Fee with exemption"],
                        ["Bachelor's degree (licence)", "€2,895 per year", "€178 per year"],
                        ["Master's degree", "€3,941 per year", "€254 per year"],
                        ["Doctorate", "€397 per year", "no exemption needed: same fee for all"],
                    ],
                    (56, 55, 55),
                ),
                ("h2", "Who is exempted without applying?"),
                (
                    "bullet",
                    [
                        "exchange students, who pay their fees to their home university;",
                        "refugees and beneficiaries of subsidiary protection;",
                        "students who hold a French long-term residence permit;",
                        "students already enrolled in a French university before 2019 who continue the "
                        "same cycle.",
                    ],
                ),
                ("h2", "Who can apply for an exemption?"),
                (
                    "p",
                    "Other non-EU students admitted to UM can apply. The exemption committee gives up to "
                    "600 exemptions a year, on one of these grounds: academic excellence, with an average "
                    "of at least 14/20 (or its equivalent) in the last year of study; low family income; "
                    "or enrolment in a programme run with a partner university in Africa or South-East Asia.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Accept your offer of admission to UM.",
                        "Apply on the exemptions platform between 1 April and 31 May 2027; students admitted "
                        "after 31 May can apply until 15 July 2027.",
                        "Upload your latest transcripts, a proof of your family's income and a letter "
                        "explaining your request.",
                        "The exemption committee meets in June and in July; the decision is sent by e-mail "
                        "by 20 July 2027, or by 10 August 2027 for the late applications.",
                        "Enrol online, paying the fee stated in the decision.",
                    ],
                ),
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Exemptions platform opens", "1 April 2027"],
                        ["Deadline for applications", "31 May 2027"],
                        ["Deadline for students admitted late", "15 July 2027"],
                        ["Decisions", "by 20 July 2027"],
                        ["Decisions on late applications", "by 10 August 2027"],
                    ],
                    (96, 70),
                ),
                ("h2", "Renewal"),
                (
                    "p",
                    "An exemption is given for one academic year. It is renewed automatically for the next "
                    "year of the same degree if the student passes the year with an average of at least "
                    "12/20. A student who fails the year must apply again.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Tuition Fees and Exemptions desk, Student Registration Department: "
                    "fee-exemptions@umontpellier.fr, +33 4 65 81 33 40. Triolet campus, building 1, room 015.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-export-control-research.docx": {
        "title": "Export control in research: sharing equipment, data and know-how with foreign partners",
        "url": "https://intranet.umontpellier.fr/research/export-control",
        "audience": "staff",
        "blocks": [
            ("title", "Export control in research: sharing equipment, data and know-how with foreign partners"),
            (
                "p",
                "Research Department, Export Control Officer. Guide for researchers and laboratory "
                "directors, version of 1 September 2026.",
            ),
            ("h1", "1. Why export control concerns researchers"),
            (
                "p",
                "Some equipment, software, materials and technical knowledge can be used both for civil and "
                "for military purposes. The European Union lists these dual-use items, and their transfer "
                "outside the EU needs a licence from the French authorities. A transfer is not only a "
                "shipment: an e-mail with technical data, access to a shared drive or a training given to a "
                "foreign visitor can also be an export. Breaches can lead to criminal penalties for the "
                "person and for the university.",
            ),
            ("h1", "2. What is not concerned"),
            (
                "p",
                "Basic scientific research and information already in the public domain are not controlled. "
                "You can publish your results in a journal or present them at a conference without any "
                "formality.",
            ),
            ("h1", "3. Sensitive countries"),
            (
                "p",
                "The Export Control Officer keeps on the intranet the list of the countries under an EU "
                "embargo or EU sanctions. Any cooperation with an institution in one of these countries "
                "must be reviewed before it starts, even when no dual-use item is involved.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Before sending equipment, software or technical data outside the EU, or before "
                    "welcoming a foreign visitor in a restricted-access zone of a laboratory, fill in the "
                    "export control self-assessment form on the intranet.",
                    "Send the form to the Export Control Officer at least 4 weeks before the planned "
                    "transfer or arrival.",
                    "The Officer tells you within 10 working days whether a licence or an authorisation is "
                    "needed.",
                    "If it is, the Officer applies for it to the national authority on behalf of UM; do not "
                    "send anything before the answer.",
                    "Keep the documents of the transfer (form, licence, shipping documents) for 5 years.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Export Control Officer, Research Department: export-control@umontpellier.fr, "
                "+33 4 65 81 53 55. Saint-Priest campus, building 2, room 121.",
            ),
            ("h1", "Situations and delays"),
            (
                "table",
                [
                    ["Situation", "What to do", "Usual delay"],
                    [
                        "Publishing results or presenting them at a conference",
                        "nothing",
                        "none",
                    ],
                    [
                        "Sending a dual-use instrument outside the EU",
                        "export licence requested by the Officer",
                        "2 to 4 months",
                    ],
                    [
                        "Sharing controlled technical data with a partner outside the EU",
                        "self-assessment form and review by the Officer",
                        "10 working days",
                    ],
                    [
                        "Welcoming a foreign visitor in a restricted-access zone",
                        "access authorisation from the Ministry",
                        "2 months",
                    ],
                    [
                        "Mission to a country under EU sanctions",
                        "approval of the university's security officer",
                        "3 weeks",
                    ],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
