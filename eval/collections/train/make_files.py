"""Regenerate the binary documents (PDF, DOCX) of the 'train' evaluation corpus, and their sidecars.

Run:  python make_files.py      (needs fpdf2, python-docx and the DejaVu Sans font)

The text of every PDF page and DOCX paragraph is kept here as data (PDFS, DOCXS), so that check.py
can compare the extracted text with its source. Importing this module has no side effects; only
running it writes files into corpus/. The PDF creation date and the DOCX zip timestamps are fixed,
so rebuilding gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FIXED_DATE = dt.datetime(2026, 9, 15, 8, 30, 0, tzinfo=dt.timezone.utc)

# Block kinds: ("h1", text) page title, ("h2", text) section heading, ("p", text) paragraph,
# ("num", [items]) numbered list, ("bullet", [items]) bulleted list,
# ("table", [[cells], ...], (column widths)) with the first row as the header row.

PDFS: dict[str, dict] = {
    "07-joint-masters-mediterranean-water.pdf": {
        "title": "Joint Master's in Mediterranean Water Management (MedWater) – 2027 intake",
        "short": "Joint Master's MedWater, 2027 intake",
        "url": "https://www.umontpellier.fr/en/education/medwater-joint-masters.pdf",
        "audience": "students",
        "header": "University of Montpellier – Faculty of Sciences",
        "pages": [
            [
                ("h1", "Joint Master's in Mediterranean Water Management (MedWater) – 2027 intake"),
                ("p", "MedWater is a two-year joint master's programme of 120 ECTS credits, taught in English by "
                      "three universities: the University of Montpellier, which coordinates it, the University of "
                      "Barcelona and the Aristotle University of Thessaloniki. Students learn how to manage water "
                      "resources, droughts and floods in the Mediterranean region, and move to another university "
                      "each semester."),
                ("p", "Graduates receive a joint degree awarded by the three universities, together with a joint "
                      "diploma supplement."),
                ("h2", "Structure of the programme"),
                ("table", [
                    ["Semester", "University", "Main courses"],
                    ["S1: September 2027 – January 2028", "University of Montpellier",
                     "hydrology, water quality, climate change and water resources"],
                    ["S2: February – June 2028", "University of Barcelona",
                     "water law and governance, economics of water, geographic information systems"],
                    ["S3: September 2028 – January 2029", "Aristotle University of Thessaloniki",
                     "irrigation, floods and droughts, coastal aquifers"],
                    ["S4: February – July 2029", "any consortium university or associated partner",
                     "master's thesis (30 ECTS credits) in a laboratory or a company"],
                ], (52, 52, 62)),
                ("h2", "The consortium"),
                ("p", "The three universities are bound by a consortium agreement, signed by their legal "
                      "representatives, which sets common rules for admission, tuition fees, examinations and the "
                      "award of the joint degree. 12 associated partners, among them water agencies, engineering "
                      "companies and research institutes, host master's theses and give lectures."),
            ],
            [
                ("h1", "Admission"),
                ("p", "To be admitted to MedWater, you need:"),
                ("bullet", [
                    "a bachelor's degree of at least 180 ECTS credits in hydrology, civil or environmental "
                    "engineering, geography, agronomy or a related field;",
                    "a B2 level in English at least: IELTS 6.5, TOEFL iBT 90, or Cambridge B2 First with a score "
                    "of at least 176;",
                    "a motivation letter and 2 recommendation letters.",
                ]),
                ("h2", "Key dates for the 2027 intake"),
                ("bullet", [
                    "Opening of applications: 1 October 2026",
                    "Deadline for applicants who ask for a consortium scholarship: 15 January 2027",
                    "Deadline for self-funded applicants: 31 March 2027",
                    "Results for scholarship applicants: by 15 March 2027",
                    "Start of the programme: 6 September 2027 in Montpellier",
                ]),
                ("h2", "How to apply"),
                ("p", "Applications are made online only. Proceed as follows:"),
                ("num", [
                    "Create an account on the MedWater application portal and fill in the online form.",
                    "Upload your degree certificate and transcripts, translated into English if needed, your CV in "
                    "the Europass format, your language certificate and your motivation letter.",
                    "Enter the e-mail addresses of 2 referees, who upload their letters directly on the portal.",
                    "Tick the scholarship box if you want to be considered for a consortium scholarship.",
                    "Submit your application before the deadline; you can apply only once per intake.",
                    "If you are shortlisted, take part in a 30-minute online interview with two members of the "
                    "selection board.",
                ]),
            ],
            [
                ("h1", "Tuition fees and scholarships"),
                ("table", [
                    ["Student", "Tuition fees per year", "Total for 2 years"],
                    ["Nationals of an EU or EEA country", "€2,500", "€5,000"],
                    ["Nationals of other countries", "€4,500", "€9,000"],
                    ["Holders of a consortium scholarship", "no fees", "no fees"],
                ], (66, 50, 50)),
                ("p", "For the 2027 intake, the consortium awards 14 scholarships of €1,400 per month for 24 "
                      "months, plus a contribution of €3,000 to travel and installation costs. The selection board "
                      "gives 40% of the marks to the academic record, 30% to the motivation and the fit with the "
                      "programme, and 30% to the interview."),
                ("h2", "Living costs and insurance"),
                ("p", "Plan a budget of at least €950 per month for living costs in Montpellier, Barcelona or "
                      "Thessaloniki. Every student must have a health insurance valid in the three countries for the "
                      "whole programme; the consortium offers a group insurance at €32 per month."),
                ("h2", "Contact"),
                ("p", "MedWater secretariat, Faculty of Sciences: medwater@umontpellier.fr, +33 4 65 87 55 10 "
                      "(Monday to Thursday, 9:30–12:30)."),
            ],
        ],
    },
    "12-latin-america-exchange-scholarships.pdf": {
        "title": "Latin America Exchange Scholarships 2027–2028",
        "short": "Latin America Exchange Scholarships 2027–2028",
        "url": "https://www.umontpellier.fr/en/international/latin-america-scholarships.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department",
        "pages": [
            [
                ("h1", "Latin America Exchange Scholarships 2027–2028"),
                ("p", "The University of Montpellier offers Latin America Exchange Scholarships to students of its "
                      "partner universities in Latin America who come to UM for one semester of exchange. The "
                      "scholarships help to pay for living costs in Montpellier and for the journey to France."),
                ("h2", "Eligibility"),
                ("p", "You can receive a scholarship if:"),
                ("bullet", [
                    "you are enrolled at a Latin American university that has a student exchange agreement with "
                    "UM;",
                    "your home university nominates you for an exchange semester at UM in 2027–2028;",
                    "you have completed at least 2 years of higher education when you arrive;",
                    "you have a B1 level in French or a B2 level in English, depending on the language of your "
                    "courses at UM;",
                    "you do not receive an Erasmus+ grant for the same semester.",
                ]),
                ("h2", "What the scholarship includes"),
                ("table", [
                    ["Component", "Amount", "Payment"],
                    ["Monthly allowance", "€850 per month, for 5 months", "at the end of each month"],
                    ["Travel grant", "€1,000", "once, on arrival, on presentation of the ticket"],
                    ["Housing", "priority for a room in a university residence", "–"],
                ], (45, 60, 61)),
                ("p", "20 scholarships are available for 2027–2028: 12 for the autumn semester and 8 for the "
                      "spring semester."),
            ],
            [
                ("h2", "Key dates"),
                ("bullet", [
                    "Nomination by the home university: before 30 April 2027 for the autumn semester 2027, and "
                    "before 15 October 2027 for the spring semester 2028.",
                    "Results: 31 May 2027 for the autumn semester, and 15 November 2027 for the spring semester.",
                ]),
                ("h2", "How to apply"),
                ("num", [
                    "Ask the international office of your home university to nominate you for an exchange at UM.",
                    "Once you have been nominated, complete the UM exchange application on the mobility platform "
                    "and tick the box of the Latin America scholarship.",
                    "Upload a one-page motivation letter in French, English or Spanish, your transcript and your "
                    "language certificate.",
                    "Wait for the decision, which is sent by e-mail to you and to your home university.",
                    "Accept the scholarship within 10 days, and send the certificate of arrival once you are in "
                    "Montpellier.",
                ]),
                ("h2", "Selection"),
                ("p", "A committee of the International Relations Department selects the scholarship holders on "
                      "their academic results (60% of the marks) and their motivation (40%). At most 4 scholarships "
                      "can go to students of the same home university."),
                ("h2", "Contact"),
                ("p", "Latin America scholarships office: latam-scholarships@umontpellier.fr, +33 4 65 80 71 33 "
                      "(Monday to Friday, 14:00–16:30)."),
            ],
        ],
    },
}

DOCXS: dict[str, dict] = {
    "08-validation-of-studies-abroad.docx": {
        "title": "Admission with a foreign qualification: validation of studies completed abroad",
        "url": "https://www.umontpellier.fr/en/admission/validation-of-studies-abroad",
        "audience": "students",
        "blocks": [
            ("title", "Admission with a foreign qualification: validation of studies completed abroad"),
            ("p", "Admissions and Validation Office, Student Registration Department. Procedure for the "
                  "2027–2028 academic year, version of 1 October 2026."),
            ("h1", "1. What is a validation of studies?"),
            ("p", "If you studied abroad and your qualification does not give you direct access to the year you "
                  "want to enter at the University of Montpellier, a validation of studies lets a teaching "
                  "commission compare your studies with the UM programme and admit you to a given year, for "
                  "example the third year of a bachelor's or the first year of a master's. A validation of "
                  "studies gives access to a programme; it does not award a French degree."),
            ("p", "The commission looks at the courses you followed, their number of hours and credits, your "
                  "grades and, where relevant, your professional experience."),
            ("h1", "2. Who uses this procedure?"),
            ("p", "This procedure is for applicants with a foreign qualification who live in France or in a "
                  "country without the Études en France procedure. If you live in a country where the Études en "
                  "France procedure applies, you do not apply to UM directly: you apply through Campus France, "
                  "and your studies are assessed as part of that application. Exchange students do not need a "
                  "validation of studies."),
            ("h1", "3. Documents to provide"),
            ("bullet", [
                "a copy of your passport or identity card;",
                "your diplomas and your transcripts for every year of higher education;",
                "the official description of the courses you followed, with their number of hours;",
                "a comparability statement from ENIC-NARIC France, if you already have one;",
                "a CV and a letter explaining why you want to enter the programme.",
            ]),
            ("p", "Documents that are not in French or in English must be translated by a sworn translator."),
            ("h1", "4. How to apply"),
            ("num", [
                "Choose the programme and the year you want to enter in the UM course catalogue.",
                "Create an application on the validation platform and select the option for studies completed "
                "abroad.",
                "Upload the documents listed above within the application window of the level you request "
                "(see the table below).",
                "Pay the processing fee of €45 online; refugees and beneficiaries of subsidiary protection do "
                "not pay it.",
                "Follow your application on the platform: the commission may invite you to an interview by "
                "videoconference.",
                "If the decision is favourable, complete your administrative registration before the date "
                "given in your decision letter.",
            ]),
            ("p", "A favourable decision is valid only for the academic year for which you applied. If your "
                  "application is refused, you can ask for a second review within 2 months of the decision."),
            ("h1", "5. Contact"),
            ("p", "Admissions and Validation Office: validation-studies@umontpellier.fr, +33 4 65 88 20 60 "
                  "(phone line open Monday to Thursday, 9:00–12:00)."),
            ("h1", "Application windows for 2027–2028"),
            ("table", [
                ["Level requested", "Application window", "Commission", "Decision by"],
                ["Second year of a bachelor's (L2)", "1 February – 15 March 2027", "April 2027", "15 May 2027"],
                ["Third year of a bachelor's (L3)", "1 February – 31 March 2027", "May 2027", "10 June 2027"],
                ["First year of a master's (M1)", "15 February – 15 April 2027", "late May 2027", "20 June 2027"],
                ["Second year of a master's (M2)", "1 March – 30 April 2027", "June 2027", "5 July 2027"],
            ]),
        ],
    },
}

def _block_strings(block: tuple) -> list[str]:
    kind, content = block[0], block[1]
    if kind in ("num", "bullet"):
        return list(content)
    if kind == "table":
        return [cell for row in content for cell in row]
    return [content]


def footer_text(spec: dict, number: int, total: int) -> str:
    return f"University of Montpellier – {spec['short']} – page {number} of {total}"


def pdf_page_strings(name: str) -> list[list[str]]:
    """Source strings of each page of a PDF, running header and footer included."""
    spec = PDFS[name]
    total = len(spec["pages"])
    pages = []
    for number, blocks in enumerate(spec["pages"], start=1):
        strings = [spec["header"]]
        for block in blocks:
            strings.extend(_block_strings(block))
        strings.append(footer_text(spec, number, total))
        pages.append(strings)
    return pages


def docx_strings(name: str) -> list[str]:
    """Source strings of a DOCX in reading order (paragraphs, then table cells)."""
    strings: list[str] = []
    tables: list[str] = []
    for block in DOCXS[name]["blocks"]:
        (tables if block[0] == "table" else strings).extend(_block_strings(block))
    return strings + tables


def _find_font() -> tuple[str, str]:
    """A Unicode TTF (regular, bold): the PDFs contain €, – and accented letters."""
    dirs = [os.environ.get("UM_EVAL_FONT_DIR", ""), "/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/Library/Fonts", "C:/Windows/Fonts"]
    for directory in filter(None, dirs):
        regular, bold = Path(directory) / "DejaVuSans.ttf", Path(directory) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return str(regular), str(bold)
    sys.exit("make_files.py: DejaVu Sans not found; set UM_EVAL_FONT_DIR to a folder holding "
             "DejaVuSans.ttf and DejaVuSans-Bold.ttf")


def make_pdf(name: str, spec: dict, out: Path) -> None:
    from fpdf import FPDF

    regular, bold = _find_font()
    total = len(spec["pages"])

    class Document(FPDF):
        def header(self) -> None:
            self.set_font("Body", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 6, spec["header"], align="L")
            self.ln(12)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Body", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 6, footer_text(spec, self.page_no(), total), align="C")
            self.set_text_color(0, 0, 0)

    pdf = Document(format="A4")
    pdf.add_font("Body", "", regular)
    pdf.add_font("Body", "B", bold)
    pdf.set_title(spec["title"])
    pdf.set_author("University of Montpellier")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    for expected, blocks in enumerate(spec["pages"], start=1):
        pdf.add_page()
        for block in blocks:
            kind, content = block[0], block[1]
            if kind == "h1":
                pdf.set_font("Body", "B", 15)
                pdf.multi_cell(0, 8, content)
                pdf.ln(3)
            elif kind == "h2":
                pdf.ln(2)
                pdf.set_font("Body", "B", 11.5)
                pdf.multi_cell(0, 6.5, content)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Body", "", 10.5)
                pdf.multi_cell(0, 5.6, content)
                pdf.ln(2.5)
            elif kind in ("num", "bullet"):
                pdf.set_font("Body", "", 10.5)
                for i, item in enumerate(content, start=1):
                    marker = f"{i}." if kind == "num" else "•"
                    pdf.set_x(pdf.l_margin)
                    pdf.cell(8, 5.6, marker)
                    pdf.multi_cell(0, 5.6, item)
                    pdf.ln(1.5)
                pdf.ln(1.5)
            elif kind == "table":
                pdf.set_font("Body", "", 9.5)
                with pdf.table(col_widths=block[2], line_height=5.4) as table:
                    for cells in content:
                        row = table.row()
                        for cell in cells:
                            row.cell(cell)
                pdf.ln(3)
            else:
                raise ValueError(kind)
        if pdf.page != expected:
            sys.exit(f"make_files.py: content of page {expected} of {name} overflows to page {pdf.page}")
    pdf.output(str(out))


def make_docx(name: str, spec: dict, out: Path) -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title = spec["title"]
    props.author = "International Relations Department, University of Montpellier"
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.last_modified_by = "International Relations Department"
    props.revision = 1
    for block in spec["blocks"]:
        kind, content = block[0], block[1]
        if kind == "title":
            document.add_heading(content, level=0)
        elif kind == "h1":
            document.add_heading(content, level=1)
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "num":
            for item in content:
                document.add_paragraph(item, style="List Number")
        elif kind == "bullet":
            for item in content:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(content):
                for c, text in enumerate(cells):
                    table.cell(r, c).text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    document.save(buffer)
    _write_stable_zip(buffer.getvalue(), out)


def _write_stable_zip(data: bytes, out: Path) -> None:
    """Rewrite a .docx with fixed entry timestamps, so regenerating gives identical bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))


def write_sidecar(out: Path, spec: dict) -> None:
    """NAME.meta.yaml next to a binary: its title, url, audience and language (no validity date)."""
    out.with_suffix(".meta.yaml").write_text(
        f"title: \"{spec['title']}\"\nurl: {spec['url']}\naudience: {spec.get('audience', 'all')}\n"
        "language: en\n", encoding="utf-8")


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    for name, spec in PDFS.items():
        make_pdf(name, spec, CORPUS / name)
        write_sidecar(CORPUS / name, spec)
        print("wrote", name)
    for name, spec in DOCXS.items():
        make_docx(name, spec, CORPUS / name)
        write_sidecar(CORPUS / name, spec)
        print("wrote", name)


if __name__ == "__main__":
    main()
