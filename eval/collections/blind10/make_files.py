"""The text of the 'blind10' PDF and DOCX files; run this to rebuild them (see ../collection_tools.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from collection_tools import Binaries, Spec  # noqa: E402  (the shared module sits one folder up)

PDFS: dict[str, Spec] = {
    "07-foreign-doctors-specialised-training-2027.pdf": {
        "title": "Specialised medical training in Montpellier for doctors with a foreign degree (DFMS/DFMSA) 2027-2028",
        "short": "DFMS/DFMSA training 2027-2028",
        "url": "https://www.umontpellier.fr/en/medicine/international/dfms-dfmsa-2027-2028.pdf",
        "audience": "all",
        "header": "University of Montpellier – Faculty of Medicine, International Medical Training office",
        "pages": [
            [
                ("h1", "Specialised medical training for doctors with a foreign degree 2027-2028"),
                (
                    "p",
                    "Doctors who graduated outside the European Union can complete part of their specialist "
                    "training, or deepen it, in the departments of the Montpellier University Hospital (CHU). "
                    "They enrol at the Faculty of Medicine of the University of Montpellier in one of two "
                    "national diplomas: the DFMS (diplôme de formation médicale spécialisée) or the DFMSA "
                    "(diplôme de formation médicale spécialisée approfondie). The International Medical "
                    "Training office of the faculty manages the files. This guide covers the trainees who start "
                    "in November 2027.",
                ),
                ("h2", "Two diplomas"),
                (
                    "table",
                    [
                        ["Diploma", "For whom", "Length in Montpellier", "Fee per year", "Places in 2027-2028"],
                        ["DFMS", "doctors in specialist training in their own country", "2 to 6 semesters", "€510", "40"],
                        ["DFMSA", "specialists who want to deepen one field", "1 or 2 semesters", "€510", "25"],
                    ],
                    (22, 50, 34, 26, 34),
                ),
                (
                    "p",
                    "Trainees work in a hospital department as acting interns (faisant fonction d'interne). The "
                    "CHU pays them a gross salary of about €2,050 per month, with the night and weekend shifts "
                    "paid on top. Trainees funded by a scholarship of their government are not paid by the CHU.",
                ),
                ("h2", "Who can apply?"),
                (
                    "bullet",
                    [
                        "doctors who hold a medical degree that allows them to practise in the country where they graduated;",
                        "for the DFMS, who are enrolled in specialist training in that country; for the DFMSA, who hold a specialist diploma;",
                        "with a level B2 in French, proven by a TCF or DELF certificate.",
                    ],
                ),
                (
                    "p",
                    "Candidates from a country where French is an official language do not need a French "
                    "certificate. Doctors who already hold a French residence permit as refugees follow another "
                    "procedure and should contact the office.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Apply through the French embassy in your country, on the national DFMS/DFMSA platform, "
                        "by 31 January 2027, and choose Montpellier and your speciality.",
                        "Take the national online assessment of French and medical knowledge on 10 March 2027.",
                        "The faculty's coordinators match the candidates with hospital departments in April; a "
                        "head of department may call you for a 20-minute video interview.",
                        "Receive your hosting letter and your training contract by 15 May 2027, then apply for your "
                        "visa at the French consulate.",
                        "Arrive by 29 October 2027 and attend the 2-day induction at the faculty on 2 and 3 "
                        "November 2027.",
                    ],
                ),
                ("h2", "Documents for the platform"),
                (
                    "bullet",
                    [
                        "your medical degree and its sworn translation into French;",
                        "the certificate of enrolment in specialist training (DFMS) or your specialist diploma (DFMSA);",
                        "a CV of at most 3 pages;",
                        "your TCF or DELF certificate, unless you are exempt;",
                        "a letter of the head of your training programme at home, approving your stay.",
                    ],
                ),
                (
                    "p",
                    "Trainees who are not paid by the CHU must also show that they have resources of at least "
                    "€1,300 per month for the whole stay.",
                ),
                ("h2", "During the training"),
                (
                    "p",
                    "Each trainee has a tutor in the department and a coordinator at the faculty. The trainee takes "
                    "part in the courses of the French residents of the same speciality. At the end of each "
                    "semester, the head of department assesses the trainee; the DFMS or DFMSA is awarded after "
                    "the last semester, with a thesis of about 30 pages for the DFMSA only.",
                ),
            ],
            [
                ("h2", "Key dates"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Applications on the national platform", "by 31 January 2027"],
                        ["National online assessment", "10 March 2027"],
                        ["Matching with hospital departments", "April 2027"],
                        ["Hosting letters sent by the faculty", "by 15 May 2027"],
                        ["Induction at the faculty", "2 and 3 November 2027"],
                        ["First semester in the departments", "from 2 November 2027 to 30 April 2028"],
                    ],
                    (96, 70),
                ),
                ("h2", "FAQ"),
                (
                    "p",
                    "Can my family come with me? Yes. Your spouse and children can apply for a visa as the family "
                    "of a trainee; the office sends you a list of nurseries and schools.",
                ),
                (
                    "p",
                    "Can I extend my training? A DFMS trainee can add semesters within the limit of 6, if the "
                    "department and the home programme agree. A DFMSA cannot last more than 2 semesters.",
                ),
                (
                    "p",
                    "Does the DFMS allow me to practise in France afterwards? No. The DFMS and the DFMSA are "
                    "training diplomas: they do not give the right to practise medicine in France after the "
                    "training, and trainees must go back to their country at the end.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "International Medical Training office, Faculty of Medicine: dfms@umontpellier.fr, "
                    "+33 4 65 81 75 30. Arnaud de Villeneuve campus, building B, room 214; Monday to Thursday, "
                    "9:00–12:00.",
                ),
            ],
        ],
    },
    "12-diplomas-for-graduates-abroad-2027.pdf": {
        "title": "Getting your UM diploma when you live abroad, and graduation ceremonies 2027",
        "short": "Diplomas for graduates abroad 2027",
        "url": "https://www.umontpellier.fr/en/studies/diplomas-graduates-abroad-2027.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Administration Department, Diplomas office",
        "pages": [
            [
                ("h1", "Getting your diploma when you live abroad"),
                (
                    "p",
                    "Your diploma is printed a few months after the jury has awarded your degree. Many "
                    "international graduates have already left France by then. This guide explains how to get "
                    "the original diploma from abroad, and which documents you can use while you wait. It is "
                    "published by the Diplomas office of the Student Administration Department and applies to "
                    "degrees awarded in 2026 and 2027.",
                ),
                ("h2", "Five ways to receive your diploma"),
                (
                    "table",
                    [
                        ["Way", "Cost", "Usual delay"],
                        ["in person, at the diploma desk of your faculty", "free", "from the date given in the e-mail 'your diploma is ready'"],
                        ["by someone you trust, with your signed proxy and a copy of your passport", "free", "same"],
                        ["by registered post to an address in France or in the European Union", "€15", "3 weeks"],
                        ["by registered post to an address outside the European Union", "€38", "6 weeks"],
                        ["through the French embassy or consulate in your country", "free", "3 to 6 months"],
                    ],
                    (86, 22, 58),
                ),
                (
                    "p",
                    "The original diploma is issued only once: a lost diploma is never replaced. In that case, the "
                    "office issues a certificate stating that you hold the degree.",
                ),
                ("h2", "Before you receive it"),
                (
                    "p",
                    "As soon as the jury has met, download your certificate of success (attestation de réussite) "
                    "from your UM account; it is free and accepted by most employers and universities. Graduates "
                    "of 2027 also get a certified electronic diploma in their UM account, which anyone can check "
                    "online with its verification code.",
                ),
                ("h2", "Getting it by post"),
                (
                    "num",
                    [
                        "Wait for the e-mail 'your diploma is ready', sent to your UM address and your personal address.",
                        "Fill in the sending form online and give your full postal address abroad.",
                        "Pay the postage fee online by card.",
                        "Upload a copy of your passport or identity card.",
                        "The office sends the diploma within 10 working days, by registered post; the tracking "
                        "number is e-mailed to you.",
                    ],
                ),
            ],
            [
                ("h2", "Apostille and legalisation"),
                (
                    "p",
                    "Some countries ask for an apostille or a legalised copy of a French diploma. UM cannot give "
                    "them: the office only certifies that the signature on the diploma is the President's, "
                    "within 5 working days, before you ask the competent authority.",
                ),
                ("h2", "Graduation ceremonies 2027"),
                (
                    "table",
                    [
                        ["Ceremony", "Date", "Where", "Registration by"],
                        ["International graduates' ceremony", "Saturday 3 July 2027, 15:00", "Corum, Montpellier", "4 June 2027"],
                        ["Online ceremony for graduates abroad", "Thursday 8 July 2027, 18:00 (Paris time)", "live stream", "25 June 2027"],
                    ],
                    (50, 46, 34, 36),
                ),
                (
                    "p",
                    "Each graduate who comes to the ceremony in Montpellier can bring 2 guests. The diploma "
                    "itself is not handed out at the ceremonies: you receive a symbolic scroll, and your "
                    "diploma follows one of the five ways above.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Diplomas office, Student Administration Department: diplomas@umontpellier.fr, "
                    "+33 4 65 81 21 40. Richter campus, building B, room 011; Monday to Friday, 9:00–12:00.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, Spec] = {
    "08-inventions-with-foreign-partners.docx": {
        "title": "Inventions made with a foreign partner: co-ownership and patents, guide for researchers",
        "url": "https://intranet.umontpellier.fr/research/technology-transfer/inventions-with-foreign-partners",
        "audience": "staff",
        "blocks": [
            ("title", "Inventions made with a foreign partner: co-ownership and patents, guide for researchers"),
            (
                "p",
                "Research and Innovation Department, Technology Transfer Office. Guide for researchers, lecturers, "
                "engineers and doctoral candidates, version of 2 November 2026.",
            ),
            ("h1", "1. Why a co-ownership agreement"),
            (
                "p",
                "When UM researchers and the researchers of a foreign university or company make an invention "
                "together, the invention belongs to both institutions. Before any patent is filed, the "
                "institutions sign a co-ownership agreement that says who files the patent, who pays for it, "
                "who may license it and how the income is shared. The co-ownership agreement is an "
                "international agreement of the university: it follows the procedure for establishing an "
                "international partnership, and no researcher, head of laboratory or dean can sign it.",
            ),
            ("h1", "2. Keep it confidential"),
            (
                "p",
                "An invention that has been made public can no longer be patented. Do not publish it, present "
                "it at a conference, put it in a thesis or a poster, or send it to anyone outside the two "
                "teams before the patent is filed. If a publication cannot wait, tell the Technology Transfer "
                "Office: it can file a provisional application within 3 weeks.",
            ),
            ("h1", "3. Steps"),
            (
                "num",
                [
                    "Declare the invention to the Technology Transfer Office with the invention disclosure form, "
                    "within 1 month of the result and before any publication.",
                    "The office assesses the invention with you and the foreign team within 6 weeks.",
                    "The office negotiates the co-ownership agreement with the technology transfer office of the "
                    "partner and sends it a draft within 2 months.",
                    "The leading co-owner files the first patent application; the international extensions are "
                    "filed within the 12-month priority period.",
                    "Each UM inventor signs the inventor's declaration, which gives their share of the invention.",
                ],
            ),
            ("h1", "4. The inventors' share"),
            (
                "p",
                "UM inventors who are public servants or contract staff receive 50% of UM's net income from the "
                "invention, up to €40,000 a year, and 25% above that amount, shared between them according to "
                "the inventor's declaration. They also receive a bonus of €1,500 when the patent is filed. "
                "Doctoral candidates with a doctoral contract are treated as staff; other doctoral candidates "
                "and interns sign an assignment of rights with UM first.",
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Technology Transfer Office, Research and Innovation Department: inventions@umontpellier.fr, "
                "+33 4 65 81 52 70. Saint-Priest campus, building 5, room 210.",
            ),
            ("h1", "Usual terms of the co-ownership agreement"),
            (
                "table",
                [
                    ["Situation", "UM share of the invention", "Patent costs paid by UM", "Leading co-owner"],
                    ["both teams contributed equally", "50%", "50%", "chosen in the agreement"],
                    ["the UM team made most of the invention", "70%", "70%", "UM"],
                    ["the foreign team made most of the invention", "30%", "30%", "the partner"],
                    ["the partner is a foreign company", "negotiated, at least 40%", "none", "the company"],
                ],
            ),
        ],
    },
}


FILES = Binaries(HERE / "corpus", PDFS, DOCXS)

if __name__ == "__main__":
    FILES.write_all()
