"""Regenerate the binary documents (PDF, DOCX) of the 'heldout' evaluation corpus, and their sidecars.

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

DOCXS: dict[str, dict] = {
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
