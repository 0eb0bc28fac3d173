"""The text of the 'heldout' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-international-masters-scholarships.pdf": {
        "title": "International Master's Excellence Scholarships 2027–2028",
        "short": "Master's Excellence Scholarships 2027–2028",
        "url": "https://www.umontpellier.fr/en/international/masters-excellence-scholarships.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department",
        "pages": [
            [
                ("h1", "International Master's Excellence Scholarships 2027–2028"),
                ("p", "The University of Montpellier awards International Master's Excellence Scholarships "
                      "to high-achieving international students who join a first-year master's programme "
                      "(M1) at UM in September 2027. The scholarships are funded by the university and its "
                      "foundation, and aim to attract talented students from all continents to UM's master's "
                      "programmes taught in French or in English."),
                ("h2", "Number of scholarships"),
                ("p", "For the 2027–2028 academic year, 60 scholarships are available across all faculties "
                      "and schools. At least 20 of them are reserved for students from Africa and the "
                      "Mediterranean region."),
                ("h2", "Eligibility"),
                ("p", "You can apply if you meet all the following conditions:"),
                ("bullet", [
                    "You are not a French national and you did not live in France during the 2026–2027 "
                    "academic year.",
                    "You hold, or will hold before September 2027, a bachelor's degree or an equivalent "
                    "degree of at least 180 ECTS credits.",
                    "You obtained your last degree less than 3 years ago.",
                    "You have applied for admission to a UM master's programme for 2027–2028.",
                    "You do not receive another scholarship from the French government for the same year.",
                ]),
                ("h2", "Key dates"),
                ("bullet", [
                    "Opening of applications: 1 December 2026",
                    "Closing of applications: 31 January 2027 at 23:59 (Paris time)",
                    "Interviews: February and March 2027",
                    "Results: by 30 April 2027",
                    "Acceptance of the scholarship: within 15 days of the results",
                ]),
            ],
            [
                ("h1", "What the scholarship includes"),
                ("table", [
                    ["Component", "Amount", "Payment"],
                    ["Monthly allowance", "€1,100 per month", "for 10 months, from September to June"],
                    ["Installation allowance", "€500", "once, on arrival"],
                    ["Travel grant", "€700", "once, on presentation of the tickets"],
                    ["Tuition fees", "exemption from differentiated tuition fees", "every year"],
                ], (45, 55, 66)),
                ("p", "The scholarship is awarded for one year. It is renewed for the second year of the "
                      "master's (M2) if the student has validated the 60 ECTS credits of the first year with "
                      "an average of at least 12 out of 20."),
                ("h2", "How to apply"),
                ("p", "To apply for a scholarship, complete the following steps:"),
                ("num", [
                    "Apply for admission to a first-year master's programme at UM on the admission platform, "
                    "and note your application number.",
                    "Ask two referees, at least one of them a teacher at your current university, to send a "
                    "recommendation letter directly to the scholarships office.",
                    "Fill in the online scholarship application form, with a motivation letter of at most 2 "
                    "pages in French or in English.",
                    "Upload your transcripts of the last two years and, if you have one, a language "
                    "certificate.",
                    "Submit the form before the closing date; incomplete applications are not examined.",
                    "Check your e-mail: the director of the master's programme may invite you to an online "
                    "interview of 20 minutes.",
                ]),
            ],
            [
                ("h1", "Selection and payment"),
                ("p", "Applications are assessed by a committee chaired by the Vice-President for "
                      "International Relations. The committee gives 50% of the marks to academic excellence, "
                      "30% to motivation and the professional project, and 20% to the recommendation letters."),
                ("h2", "Payment"),
                ("p", "The monthly allowance is paid by bank transfer at the end of each month. The first "
                      "payment is made in October, together with the allowance for September, once the "
                      "scholarship holder has enrolled and handed in the certificate of arrival."),
                ("h2", "Obligations of scholarship holders"),
                ("bullet", [
                    "Attend all classes: more than 3 unjustified absences in a semester suspend the payment "
                    "of the allowance.",
                    "Inform the scholarships office at once if you interrupt your studies; the allowance is "
                    "then stopped from the following month.",
                    "Take part in at least 2 events of the scholars' network each year, such as the "
                    "Ambassadors' Day in March.",
                ]),
                ("h2", "Contact"),
                ("p", "Scholarships office, International Relations Department: "
                      "scholarships-master@umontpellier.fr, +33 4 65 74 66 91 (Monday to Friday, "
                      "9:30–12:00)."),
            ],
        ],
    },
    "12-export-control-research-partners.pdf": {
        "title": "Protecting scientific potential: rules for international research partnerships",
        "short": "Rules for international research partnerships",
        "url": "https://intranet.umontpellier.fr/research/protecting-scientific-potential.pdf",
        "audience": "staff",
        "header": "University of Montpellier – Research and Innovation Department",
        "pages": [
            [
                ("h1", "Protecting scientific potential: rules for international research partnerships"),
                ("p", "In force since 1 March 2026. These rules apply to all members of UM research units, "
                      "including doctoral candidates and hosted researchers, who work with a foreign partner: "
                      "joint research projects, research agreements, exchanges of data or samples, hosting of "
                      "foreign researchers and missions abroad."),
                ("h2", "1. Why these rules?"),
                ("p", "Some research results, equipment and know-how could be misused for military purposes "
                      "or to the detriment of national interests. The French rules on the protection of "
                      "scientific and technical potential and the European regulation on dual-use items set "
                      "the framework. Breaching export-control rules is a criminal offence, even when the "
                      "technology is sent by a simple e-mail."),
                ("h2", "2. Restricted areas"),
                ("p", "28 UM laboratories contain at least one restricted area (ZRR). Any person who is not "
                      "a member of the unit, such as an intern, a doctoral candidate or a visiting researcher, "
                      "needs an authorisation before entering a restricted area. Send the request to the "
                      "Defence and Security Official at least 2 months before the arrival; without an answer "
                      "from the ministry within 2 months, the request is refused."),
                ("h2", "3. Before signing a research agreement"),
                ("p", "Before you sign a research agreement or start a collaboration with a foreign partner, "
                      "follow these steps:"),
                ("num", [
                    "Complete the sensitivity self-assessment grid available on the research intranet.",
                    "Ask the research contracts office to check the partner and its staff against the EU and "
                    "French sanctions lists.",
                    "If the project involves dual-use items, software or technology, ask the Defence and "
                    "Security Official for an export-control assessment.",
                    "Send the draft agreement and the completed grid to the Defence and Security Official at "
                    "least 4 weeks before the planned date of signature.",
                    "Submit the agreement for signature only after the written clearance of the Defence and "
                    "Security Official.",
                ]),
            ],
            [
                ("h2", "4. Lead times"),
                ("table", [
                    ["Situation", "Contact", "Apply at least"],
                    ["Access of a foreign visitor or intern to a restricted area",
                     "Defence and Security Official", "2 months before arrival"],
                    ["Export licence for dual-use items or technology",
                     "Defence and Security Official and research contracts office", "3 months before the transfer"],
                    ["Research agreement with a foreign partner in a sensitive field",
                     "Defence and Security Official", "4 weeks before signature"],
                    ["Transfer of personal data outside the European Union",
                     "Data protection officer", "3 weeks before the transfer"],
                ], (70, 56, 40)),
                ("h2", "5. Research data and samples"),
                ("bullet", [
                    "Personal data may be transferred outside the EU only with the standard contractual "
                    "clauses annexed to the agreement, validated by the data protection officer.",
                    "Unpublished research data are shared through the university's secure file-sharing "
                    "service, never through personal cloud accounts.",
                    "Biological samples and plant material sent abroad require a material transfer agreement "
                    "signed before shipment.",
                ]),
                ("h2", "6. Travelling abroad with equipment"),
                ("p", "For missions to countries listed as sensitive by the Defence and Security Official, "
                      "take a blank laptop lent by the IT department instead of your usual computer. Book it "
                      "at least 10 days before departure; it is wiped when you return it."),
                ("h2", "7. Contacts"),
                ("p", "Defence and Security Official: fsd@umontpellier.fr, +33 4 65 78 90 12 (by appointment). "
                      "Data protection officer: dpo@umontpellier.fr, +33 4 65 78 90 30."),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-staff-mobility-for-training.docx": {
        "title": "Erasmus+ staff mobility for training 2026–2027",
        "url": "https://intranet.umontpellier.fr/dri/erasmus/staff-mobility-for-training",
        "audience": "staff",
        "blocks": [
            ("title", "Erasmus+ staff mobility for training 2026–2027"),
            ("p", "International Relations Department, Erasmus+ office (staff and BIP unit). Call for "
                  "applications, version of 14 September 2026."),
            ("h1", "1. What is a training mobility?"),
            ("p", "An Erasmus+ training mobility allows staff of the University of Montpellier to spend from "
                  "2 to 60 days, travel days excluded, in a higher education institution, a company or another "
                  "organisation in another Erasmus+ programme country, to learn from colleagues and improve "
                  "the skills they use in their job."),
            ("p", "The following activities are eligible:"),
            ("bullet", [
                "job shadowing with a colleague who has a similar job in a partner institution;",
                "structured training courses, including language courses linked to your job;",
                "international staff weeks organised by partner universities;",
                "observation periods in a company or a public organisation.",
            ]),
            ("h1", "2. Who can apply?"),
            ("p", "All staff whose employment contract with UM covers the whole period of the mobility: "
                  "administrative and technical staff, librarians, teachers and teacher-researchers. Priority "
                  "is given to staff who have never taken part in an Erasmus+ mobility and to staff whose job "
                  "involves contacts with international students or partners. Each member of staff can receive "
                  "at most one training grant per academic year."),
            ("h1", "3. Grant"),
            ("p", "The grant is made of a daily individual support and a travel contribution. The daily rates "
                  "depend on the host country and are shown in the table at the end of this document."),
            ("p", "The travel contribution depends on the distance between Montpellier and the host city: "
                  "€225 for 100 to 499 km, €320 for 500 to 1,999 km and €410 for 2,000 to 2,999 km. Staff who "
                  "travel by train or bus receive €50 more and up to 2 extra days of individual support."),
            ("p", "70% of the grant is paid before departure, once the grant agreement is signed; the remaining "
                  "30% is paid after the return, once the certificate of attendance and the EU survey have been "
                  "received."),
            ("h1", "4. How to apply"),
            ("p", "To apply for a training mobility, follow these steps:"),
            ("num", [
                "Find a host: a partner university, a company, or a staff week in the catalogue of the "
                "Erasmus+ office.",
                "Agree with the host on a mobility agreement for training, with the programme of activities and "
                "the dates.",
                "Obtain the approval of your line manager on the application form.",
                "Submit the application form and the mobility agreement in the staff mobility application before "
                "the deadline.",
                "After selection, request your mission order and sign the grant agreement with the Erasmus+ "
                "office.",
                "Within 30 days of your return, submit the certificate of attendance signed by the host and "
                "complete the EU survey.",
            ]),
            ("h1", "5. Deadlines"),
            ("p", "There are two rounds each year: 20 November 2026 for mobilities between 1 January and 30 June "
                  "2027, and 15 April 2027 for mobilities between 1 July and 31 December 2027. The selection "
                  "committee meets within 3 weeks of each deadline."),
            ("h1", "6. Contact"),
            ("p", "Erasmus+ office, staff and BIP unit: erasmus-staff@umontpellier.fr, +33 4 65 73 45 70."),
            ("h1", "Daily rates of individual support"),
            ("table", [
                ["Country group", "Countries", "Days 1 to 14", "Days 15 to 60"],
                ["Group 1", "Denmark, Finland, Iceland, Ireland, Liechtenstein, Luxembourg, Norway, Sweden",
                 "€176 per day", "€123 per day"],
                ["Group 2", "Austria, Belgium, Cyprus, Germany, Greece, Italy, Malta, Netherlands, Portugal, Spain",
                 "€156 per day", "€109 per day"],
                ["Group 3", "Bulgaria, Croatia, Czechia, Estonia, Hungary, Latvia, Lithuania, North Macedonia, "
                 "Poland, Romania, Serbia, Slovakia, Slovenia, Türkiye", "€136 per day", "€95 per day"],
            ]),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
