"""Regenerate the binary documents (PDF, DOCX) of the 'blind2' evaluation corpus, and their sidecars.

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
    "07-international-student-ambassadors.pdf": {
        "title": "International Student Ambassadors 2026–2027: guide for applicants",
        "short": "International Student Ambassadors 2026–2027",
        "url": "https://www.umontpellier.fr/en/international/student-ambassadors-guide.pdf",
        "audience": "students",
        "header": "University of Montpellier – International Relations Department",
        "pages": [
            [
                ("h1", "International Student Ambassadors 2026–2027"),
                (
                    "p",
                    "International Student Ambassadors are UM students who talk about their studies and "
                    "their life in Montpellier to future students from abroad. They answer questions online, "
                    "take part in education fairs and welcome visiting delegations. Ambassadors are paid "
                    "for each mission and receive a certificate at the end of the year.",
                ),
                ("h2", "Who can become an ambassador?"),
                ("p", "To apply, you must meet the following conditions:"),
                (
                    "bullet",
                    [
                        "be enrolled at UM for the whole 2026–2027 academic year, in any degree;",
                        "have completed at least one semester at UM before the start of your missions;",
                        "speak English at C1 level, or French and another language at C1 level;",
                        "be available for at least 20 hours of missions over the year.",
                    ],
                ),
                (
                    "p",
                    "International students and French students who have spent a semester abroad are both "
                    "welcome. The programme recruits 45 ambassadors each year, from all faculties and "
                    "schools of UM.",
                ),
                ("h2", "Training"),
                (
                    "p",
                    "All new ambassadors follow a compulsory training day on Saturday 14 November 2026. It "
                    "covers the UM study offer, the admission procedures for international students, and "
                    "how to answer questions online without giving personal data. The training day is "
                    "paid as 6 hours of missions.",
                ),
            ],
            [
                ("h2", "Missions and pay"),
                (
                    "p",
                    "Missions are offered on the ambassadors' platform; each ambassador chooses the "
                    "missions that fit the timetable of their classes. Pay is gross and is transferred "
                    "at the end of the month after the mission.",
                ),
                (
                    "table",
                    [
                        ["Mission", "Pay", "Typical length"],
                        ["Online chat with future students", "€13.50 per hour", "2-hour slots"],
                        ["Video testimony for the UM website", "€60 per video", "half a day"],
                        ["Campus tour for a visiting delegation", "€40 per tour", "2 hours"],
                        ["Education fair in France", "€110 per day", "1 to 2 days"],
                        ["Education fair abroad", "€150 per day, travel and hotel paid", "3 to 5 days"],
                    ],
                    (62, 58, 46),
                ),
                (
                    "p",
                    "Fairs abroad are open only to ambassadors who have completed at least 10 hours of "
                    "other missions. The number of days of fairs abroad is limited to 8 per ambassador "
                    "and per year.",
                ),
                ("h2", "Rules"),
                (
                    "p",
                    "Ambassadors speak about their own experience. They do not give an opinion on the "
                    "chances of admission of a candidate and they pass every question on visas, fees or "
                    "grades to the International Relations Department. Social media posts made during a "
                    "mission must use the programme hashtag #UMambassadors.",
                ),
            ],
            [
                ("h2", "How to apply"),
                (
                    "num",
                    [
                        "Fill in the online application form on the International Relations website.",
                        "Upload a one-page CV and a video of 90 seconds at most in which you present "
                        "yourself in English.",
                        "Shortlisted candidates meet the ambassadors team for a group interview in the "
                        "second half of October.",
                        "Sign the ambassador charter and your student employment contract before your "
                        "first mission.",
                    ],
                ),
                ("h2", "Calendar"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Applications open", "1 September 2026"],
                        ["Closing date for applications", "5 October 2026"],
                        ["Group interviews", "19 to 30 October 2026"],
                        ["Training day", "14 November 2026"],
                        ["End-of-year ceremony", "10 June 2027"],
                    ],
                    (90, 76),
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Ambassadors team, International Relations Department: ambassadors@umontpellier.fr, "
                    "+33 4 65 81 36 55. Triolet campus, building 8, room 109.",
                ),
            ],
        ],
    },
    "12-solidarity-projects-abroad.pdf": {
        "title": "Solidarity projects abroad: support fund 2027",
        "short": "Solidarity projects abroad 2027",
        "url": "https://www.umontpellier.fr/en/campus-life/solidarity-projects-fund-2027.pdf",
        "audience": "students",
        "header": "University of Montpellier – Student Life Department",
        "pages": [
            [
                ("h1", "Solidarity projects abroad: support fund 2027"),
                (
                    "p",
                    "The solidarity projects fund supports groups of UM students who carry out a "
                    "volunteering project abroad with a local partner organisation, for example in health "
                    "education, the environment or schooling. Projects must take place between 1 June and "
                    "30 September 2027 and last from 3 to 8 weeks on site.",
                ),
                ("h2", "Conditions"),
                (
                    "p",
                    "Groups have 2 to 6 members, all enrolled at UM in 2026–2027. The project must be "
                    "written with the local partner, which sends a letter of support. Projects in "
                    "countries that the French Ministry of Foreign Affairs advises against visiting are "
                    "not funded. Each member must attend the pre-departure weekend on 24 and 25 April "
                    "2027.",
                ),
                ("h2", "Amount of the grant"),
                (
                    "table",
                    [
                        ["Group size", "Project in Europe", "Project outside Europe"],
                        ["2 or 3 students", "up to €1,200", "up to €2,500"],
                        ["4 to 6 students", "up to €2,000", "up to €4,000"],
                    ],
                    (56, 55, 55),
                ),
                (
                    "p",
                    "The grant covers at most 50% of the budget of the project. 70% is paid before "
                    "departure and the rest after the final report.",
                ),
            ],
            [
                ("h2", "Calendar and application"),
                (
                    "table",
                    [
                        ["Step", "Date"],
                        ["Closing date for applications", "8 February 2027"],
                        ["Presentation to the selection committee", "9 to 11 March 2027"],
                        ["Pre-departure weekend", "24 and 25 April 2027"],
                        ["Final report and photos", "within 6 weeks of the return"],
                    ],
                    (96, 70),
                ),
                (
                    "p",
                    "Applications are sent on the student life platform with the project description, the "
                    "budget and the letter of support of the local partner. Each group presents its "
                    "project to the committee in 10 minutes. Groups that received a grant in 2026 can "
                    "apply again only for a different project.",
                ),
                ("h2", "Contact"),
                (
                    "p",
                    "Student Initiatives Office, Student Life Department: "
                    "solidarity-projects@umontpellier.fr, +33 4 65 81 47 30. "
                    "Richter campus, building A, room 015.",
                ),
            ],
        ],
    },
}

DOCXS: dict[str, dict] = {
    "08-thesis-defence-with-foreign-jury-members.docx": {
        "title": "Organising a thesis defence with jury members from abroad",
        "url": "https://intranet.umontpellier.fr/doctoral-college/defence-foreign-jury",
        "audience": "staff",
        "blocks": [
            ("title", "Organising a thesis defence with jury members from abroad"),
            (
                "p",
                "Doctoral College, defence desk. Guide for thesis supervisors and doctoral candidates, "
                "version of 7 September 2026.",
            ),
            ("h1", "1. Scope"),
            (
                "p",
                "This guide applies to every UM doctoral thesis defence in which at least one member of "
                "the jury works at a university or research organisation outside France. Foreign "
                "reviewers and examiners are welcome: the jury may have up to half of its members from "
                "abroad, and the defence may take place in English if the doctoral school agrees.",
            ),
            ("h1", "2. Remote participation"),
            (
                "p",
                "Jury members may take part by videoconference, but the president of the jury must be "
                "present in the room. The doctoral school provides a room with a tested videoconference "
                "system; a technical test is held with each remote member at least 3 days before the "
                "defence.",
            ),
            ("h1", "3. Travel and accommodation"),
            (
                "p",
                "The Doctoral College pays the travel and accommodation of the foreign jury members who "
                "come in person, within the caps in the table below. Tickets are booked by the UM travel "
                "agency only; tickets bought by the jury member are not reimbursed.",
            ),
            ("h1", "4. Steps"),
            (
                "num",
                [
                    "Propose the jury and the two reviewers on the ADUM platform and have them approved "
                    "by the director of the doctoral school.",
                    "Send the thesis manuscript to the reviewers at least 8 weeks before the defence.",
                    "Ask the defence desk to book the travel of each foreign member at least 6 weeks "
                    "before the defence.",
                    "Upload the reviewers' reports on ADUM at least 3 weeks before the defence.",
                    "After the defence, send the signed report of the defence to the defence desk "
                    "within 5 days.",
                ],
            ),
            ("h1", "5. Contact"),
            (
                "p",
                "Defence desk, Doctoral College: defence-desk@umontpellier.fr, +33 4 65 81 58 21. "
                "Saint-Priest campus, building 5, room 210.",
            ),
            ("h1", "Caps per foreign jury member"),
            (
                "table",
                [
                    ["Home country of the member", "Travel cap", "Hotel nights paid", "Hotel cap per night"],
                    ["Europe", "€450", "2 nights", "€120"],
                    ["Africa and the Middle East", "€900", "3 nights", "€120"],
                    ["Americas, Asia and Oceania", "€1,500", "3 nights", "€120"],
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
