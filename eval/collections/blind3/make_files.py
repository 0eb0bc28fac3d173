"""Regenerate the binary documents (PDF, DOCX) of the 'blind3' evaluation corpus, and their sidecars.

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
FIXED_DATE = dt.datetime(2026, 9, 15, 8, 30, 0, tzinfo=dt.UTC)

# Block kinds: ("h1", text) page title, ("h2", text) section heading, ("p", text) paragraph,
# ("num", [items]) numbered list, ("bullet", [items]) bulleted list,
# ("table", [[cells], ...], (column widths)) with the first row as the header row.

PDFS: dict[str, dict] = {
    "07-teaching-field-trips-abroad.pdf": {
        "title": "Teaching field trips abroad 2027: guide for teaching teams",
        "short": "Teaching field trips abroad 2027",
        "url": "https://intranet.umontpellier.fr/education/field-trips-abroad-2027.pdf",
        "audience": "staff",
        "header": "University of Montpellier – Education and Student Success Department",
        "pages": [
            [
                ("h1", "Teaching field trips abroad 2027"),
                (
                    "p",
                    "A few days in a Spanish wetland, a visit to a Dutch greenhouse cluster, a week of "
                    "geology in the Alps on the Italian side: field trips abroad give students an experience "
                    "that no lecture can replace. The Education and Student Success Department funds part "
                    "of the cost of field trips abroad that are part of a UM degree programme.",
                ),
                ("h2", "Which trips can be funded?"),
                ("p", "A trip can be funded when it meets the following conditions:"),
                (
                    "bullet",
                    [
                        "it lasts from 3 to 12 days, travel included, and is part of a course that gives credits;",
                        "the group has at least 8 students enrolled in the same UM programme;",
                        "at least one member of UM staff goes with the group for every 12 students;",
                        "the programme includes at least 5 hours of teaching or field work per day on site.",
                    ],
                ),
                ("h2", "Funding"),
                (
                    "table",
                    [
                        ["Destination", "Support per student per day", "Maximum per trip"],
                        ["Europe", "€25", "€4,000"],
                        ["Outside Europe", "€40", "€7,500"],
                    ],
                    (56, 60, 50),
                ),
                (
                    "p",
                    "Students pay at most €150 per trip towards the costs. Students who receive a "
                    "need-based grant pay nothing; the department covers their share. Trips to one of "
                    "UM's strategic partner universities are given priority in the ranking.",
                ),
            ],
            [
                ("h2", "What the support can pay for"),
                (
                    "bullet",
                    [
                        "travel by train, coach or plane, in economy class;",
                        "accommodation in hostels, field stations or student residences;",
                        "entrance fees to sites, museums and protected areas;",
                        "local guides and the rental of scientific equipment.",
                    ],
                ),
                (
                    "p",
                    "Meals and personal expenses are not covered. Staff members who go with the group "
                    "travel on a mission order, and their costs are paid by their faculty.",
                ),
                ("h2", "Safety and insurance"),
                (
                    "p",
                    "Every trip is registered on Ariane, the travel register of the French Ministry of "
                    "Foreign Affairs. Trips to a country or region that the Ministry classes in orange "
                    "need the written approval of the UM Defence and Security Officer; trips to red zones "
                    "are never funded. Each student must have civil liability insurance and repatriation "
                    "insurance for the whole trip. Students who have no repatriation insurance can join the "
                    "UM group policy for €4 per trip.",
                ),
                ("h2", "During the trip"),
                (
                    "p",
                    "The staff member in charge keeps the list of participants with their emergency contacts "
                    "and carries the UM emergency number card. Any accident or serious incident is reported "
                    "to the Field Trips desk within 24 hours.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Prepare a day-by-day programme, a budget and the provisional list of students.",
                        "Submit the application on the teaching projects platform by the closing date of "
                        "the session.",
                        "The Field Trips Committee gives its decision within 4 weeks of the closing date.",
                        "At least 3 weeks before departure, send the final list of participants and their "
                        "emergency contacts to the Field Trips desk and register the trip on Ariane.",
                        "Within 1 month of your return, send a short report and the receipts.",
                    ],
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Session", "Closing date", "Trips covered"],
                        ["Session 1", "15 October 2026", "January to June 2027"],
                        ["Session 2", "15 March 2027", "July to December 2027"],
                    ],
                    (50, 56, 60),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Field Trips desk, Education and Student Success Department: field-trips@umontpellier.fr, "
                    "+33 4 65 81 44 18. Richter campus, building C, room 210.",
                ),
            ],
        ],
    },
    "12-international-thesis-prize.pdf": {
        "title": "International Thesis Prize 2027",
        "short": "International Thesis Prize 2027",
        "url": "https://www.umontpellier.fr/en/research/doctorate/international-thesis-prize-2027.pdf",
        "audience": "researchers",
        "header": "University of Montpellier – Doctoral College",
        "pages": [
            [
                ("h1", "International Thesis Prize 2027"),
                (
                    "p",
                    "The International Thesis Prize rewards doctoral theses with a strong international "
                    "dimension that were defended at UM between 1 September 2025 and 31 August 2026. It "
                    "is awarded by the Doctoral College with the support of the UM Foundation.",
                ),
                ("h2", "Who can apply?"),
                (
                    "p",
                    "Doctors of UM whose thesis meets at least one of these conditions: the thesis was "
                    "prepared in cotutelle with a foreign university; the candidate spent at least 6 months "
                    "in a research laboratory abroad during the doctorate; or the thesis led to at least two "
                    "publications co-written with a laboratory abroad. A candidate can apply only once.",
                ),
                ("h2", "Prizes"),
                (
                    "table",
                    [
                        ["Category", "Prizes", "Amount per prize"],
                        ["Health and life sciences", "2", "€3,000"],
                        ["Sciences and engineering", "2", "€3,000"],
                        ["Humanities, law, economics and management", "2", "€3,000"],
                        ["Special prize \"Mediterranean and the South\"", "1", "€5,000"],
                    ],
                    (90, 30, 46),
                ),
                (
                    "p",
                    "In total, 7 prizes are awarded. Each laureate also receives a travel grant of €1,000 "
                    "to present the thesis at a conference abroad within 12 months of the ceremony.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "p",
                    "Applications are made on the Doctoral College platform. The file contains the thesis "
                    "in PDF, a summary of 4 pages in English, the report of the defence, a letter from the "
                    "thesis supervisor and a CV. Theses written in a language other than French or English "
                    "are accepted if the summary is in English.",
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Applications open", "2 November 2026"],
                        ["Closing date for applications", "11 January 2027"],
                        ["Deliberations of the jury", "March 2027"],
                        ["Award ceremony", "6 May 2027"],
                    ],
                    (96, 70),
                ),
                (
                    "p",
                    "At the ceremony, each laureate presents the thesis in 3 minutes. Laureates who now "
                    "live abroad can attend online, or in person with their travel paid by the Doctoral "
                    "College.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Thesis prize desk, Doctoral College: thesis-prize@umontpellier.fr, +33 4 65 81 58 30. "
                    "Saint-Priest campus, building 5, room 206.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, dict] = {
    "08-foreign-language-lecturers.docx": {
        "title": "Recruiting foreign language lecturers (lecteurs and maîtres de langue)",
        "url": "https://intranet.umontpellier.fr/hr/foreign-language-lecturers",
        "audience": "staff",
        "blocks": [
            ("title", "Recruiting foreign language lecturers (lecteurs and maîtres de langue)"),
            (
                "p",
                "Human Resources Department, Language Lecturers Recruitment Unit. Guide for language "
                "departments, version of 14 September 2026.",
            ),
            ("h1", "1. Scope"),
            (
                "p",
                "Foreign language lecturers are young graduates who teach their native language at UM, "
                "mostly in conversation classes, language labs and oral exams. UM recruits about 25 of "
                "them each year, for 14 languages, in the language centre and in the faculties. This guide "
                "explains how a department recruits them.",
            ),
            ("h1", "2. Recruitment through exchange agreements"),
            (
                "p",
                "Most lecturers come from partner universities that send one of their graduates every "
                "year, while UM sends one of its own graduates in return. The exchange of lecturers is set "
                "out in an agreement with the partner university, signed in the same way as all UM "
                "partnership agreements.",
            ),
            ("h1", "3. Contracts"),
            (
                "p",
                "The table at the end of this guide sets out the two types of contract. Contracts start on "
                "1 September 2027 and last one year; they can be renewed once. Lecturers who come from "
                "outside Europe receive a relocation allowance of €400 with their first salary.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Send the department's needs (language, number of hours, profile) to the Language "
                    "Lecturers Recruitment Unit by 31 January 2027.",
                    "Publish the offer on the UM jobs website, or ask the partner university to propose a "
                    "candidate, by 15 March 2027.",
                    "Hold the interviews by videoconference in April 2027, with at least 2 teachers of the "
                    "department.",
                    "Send the chosen candidate's file to the unit by 15 May 2027; the unit prepares the "
                    "contract and the hosting documents needed for the visa.",
                    "Welcome the lecturer at the induction day on 3 September 2027 and name a teacher of "
                    "the department as tutor for the first semester.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Language Lecturers Recruitment Unit, Human Resources Department: lecteurs@umontpellier.fr, "
                "+33 4 65 81 12 84. Triolet campus, building 3, room 012.",
            ),
            ("h1", "Types of contract"),
            (
                "table",
                [
                    ["Contract", "Diploma required", "Teaching hours per year", "Monthly gross pay"],
                    ["Lecteur", "bachelor's degree", "300 hours", "€1,850"],
                    ["Maître de langue", "master's degree", "288 hours", "€2,250"],
                ],
            ),
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
    dirs = [
        os.environ.get("UM_EVAL_FONT_DIR", ""),
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
        "/Library/Fonts",
        "C:/Windows/Fonts",
    ]
    for directory in filter(None, dirs):
        regular, bold = Path(directory) / "DejaVuSans.ttf", Path(directory) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return str(regular), str(bold)
    sys.exit(
        "make_files.py: DejaVu Sans not found; set UM_EVAL_FONT_DIR to a folder holding "
        "DejaVuSans.ttf and DejaVuSans-Bold.ttf"
    )


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
        f'title: "{spec["title"]}"\nurl: {spec["url"]}\naudience: {spec.get("audience", "all")}\n'
        "language: en\n",
        encoding="utf-8",
    )


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
