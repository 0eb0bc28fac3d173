"""What every evaluation collection shares: the PDF/DOCX writer and the question-set checker.

A collection (eval/collections/<name>/) keeps only its data: questions.jsonl, corpus/, the text of
its PDF and DOCX files in make_files.py (a `Binaries`, with a `Style` if its layout differs), and
the parameters of its checks in checks.json (a `Checks`). Its two scripts are thin entry points:

    .venv/bin/python eval/collections/<name>/make_files.py   # rebuild the PDF/DOCX files
    .venv/bin/python eval/collections/<name>/check.py        # exit status 1 on any error

The writer needs fpdf2, python-docx and the DejaVu Sans font. The checker uses the standard library,
plus pypdf, python-docx and BeautifulSoup when they are installed (otherwise the PDF and DOCX text is
taken from the source strings). It makes every check any collection's own checker made; where a
collection's documents predate a convention, checks.json says so (`layout_checks`, `mixed_traps`).

A new collection, or one written on the old pattern (its own copy of the checker and the writer):
- check.py: the five lines every collection's check.py has (copy one; nothing in it is per set);
- checks.json: id_pattern, distractors, probes (the old PROBES, keyed by question id), and
  switchboard/address when its HTML footers give other ones than the defaults of `Checks`;
- make_files.py: keep PDFS and DOCXS as they are, delete everything from `_block_strings` down, and
  end with `FILES = Binaries(HERE / "corpus", PDFS, DOCXS)` and `if __name__ == "__main__":
  FILES.write_all()` (its header as in any other collection's make_files.py);
then run both scripts: `git status` must show no change under corpus/.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

# ================================================================ writing PDF and DOCX files

# Block kinds: ("h1", text) page title, ("h2", text) section heading, ("p", text) paragraph,
# ("num", [items]) numbered list, ("bullet", [items]) bulleted list,
# ("table", [[cells], ...], (column widths)) with the first row as the header row; a DOCX
# also has ("title", text). A table without column widths takes `Style.table_col_widths`.
Block = tuple[Any, ...]
Spec = dict[str, Any]


@dataclass(frozen=True)
class Style:
    """How a collection's files are laid out. Every field changes the bytes written, so a
    collection keeps the values its files were first made with (the defaults: train, heldout,
    blind, blind2; 'plus' overrides most of them)."""

    fixed_date: dt.datetime = dt.datetime(2026, 9, 15, 8, 30, 0, tzinfo=dt.UTC)
    # Formatted with n (page number), total (pages) and short (the spec's "short" title); a spec's
    # own "footer" template wins.
    footer: str = "University of Montpellier – {short} – page {n} of {total}"
    table_font_size: float = 9.5
    table_line_height: float = 5.4
    table_col_widths: tuple[int, ...] | None = None
    docx_bold_header_row: bool = True
    quote_sidecar_title: bool = True


def _block_strings(block: Block) -> list[str]:
    kind, content = block[0], block[1]
    if kind in ("num", "bullet"):
        return list(content)
    if kind == "table":
        return [cell for row in content for cell in row]
    return [content]


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


@dataclass
class Binaries:
    """The PDF and DOCX files of one collection, kept as text so that they can be rebuilt
    byte-identically (fixed creation date and zip timestamps) and so that the checker can compare
    the text extracted from a file with its source."""

    corpus: Path
    pdfs: dict[str, Spec]
    docxs: dict[str, Spec]
    style: Style = field(default_factory=Style)

    def footer_text(self, spec: Spec, number: int, total: int) -> str:
        template: str = spec.get("footer", self.style.footer)
        return template.format(n=number, total=total, short=spec.get("short", ""))

    def pdf_page_strings(self, name: str) -> list[list[str]]:
        """Source strings of each page of a PDF, running header and footer included."""
        spec = self.pdfs[name]
        total = len(spec["pages"])
        pages = []
        for number, blocks in enumerate(spec["pages"], start=1):
            strings = [spec["header"]]
            for block in blocks:
                strings.extend(_block_strings(block))
            strings.append(self.footer_text(spec, number, total))
            pages.append(strings)
        return pages

    def docx_strings(self, name: str) -> list[str]:
        """Source strings of a DOCX in reading order: paragraphs, then table cells, as the
        assistant's parser reads them."""
        strings: list[str] = []
        tables: list[str] = []
        for block in self.docxs[name]["blocks"]:
            (tables if block[0] == "table" else strings).extend(_block_strings(block))
        return strings + tables

    def make_pdf(self, name: str, spec: Spec, out: Path) -> None:
        from fpdf import FPDF

        regular, bold = _find_font()
        total = len(spec["pages"])
        footer_text = self.footer_text
        style = self.style

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
        pdf.set_creation_date(style.fixed_date)
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
                    widths = block[2] if len(block) > 2 else style.table_col_widths
                    pdf.set_font("Body", "", style.table_font_size)
                    with pdf.table(col_widths=widths, line_height=style.table_line_height) as table:
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

    def make_docx(self, spec: Spec, out: Path) -> None:
        import docx

        document = docx.Document()
        props = document.core_properties
        props.title = spec["title"]
        props.author = "International Relations Department, University of Montpellier"
        props.created = self.style.fixed_date.replace(tzinfo=None)
        props.modified = self.style.fixed_date.replace(tzinfo=None)
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
                if self.style.docx_bold_header_row:
                    for cell in table.rows[0].cells:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            else:
                raise ValueError(kind)
        buffer = io.BytesIO()
        document.save(buffer)
        self._write_stable_zip(buffer.getvalue(), out)

    def _write_stable_zip(self, data: bytes, out: Path) -> None:
        """Rewrite a .docx with fixed entry timestamps, so regenerating gives identical bytes."""
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                info = zipfile.ZipInfo(item.filename, date_time=self.style.fixed_date.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                target.writestr(info, source.read(item.filename))

    def write_sidecar(self, out: Path, spec: Spec) -> None:
        """NAME.meta.yaml next to a binary: its title, url, audience and language (no validity
        date: a binary document of these collections never expires)."""
        title = f'"{spec["title"]}"' if self.style.quote_sidecar_title else spec["title"]
        out.with_suffix(".meta.yaml").write_text(
            f"title: {title}\nurl: {spec['url']}\naudience: {spec.get('audience', 'all')}\nlanguage: en\n",
            encoding="utf-8",
        )

    def write_all(self) -> None:
        self.corpus.mkdir(exist_ok=True)
        for name, spec in self.pdfs.items():
            self.make_pdf(name, spec, self.corpus / name)
            self.write_sidecar(self.corpus / name, spec)
            print("wrote", name)
        for name, spec in self.docxs.items():
            self.make_docx(spec, self.corpus / name)
            self.write_sidecar(self.corpus / name, spec)
            print("wrote", name)


# ================================================================ checking a question set

KINDS = {
    "fact",
    "number",
    "date",
    "contact",
    "steps",
    "list",
    "comparison",
    "follow-up",
    "unanswerable-near",
    "unanswerable-far",
    "expired",
    "distractor",
    "cross-doc",
}
# In this order in every line of questions.jsonl (must_not, when there, after answer_any).
ORDER = ["id", "question", "answerable", "evidence", "answer_any", "must_not", "lang", "history", "document"]
ORDER += ["page", "kind"]
OPTIONAL = {"must_not"}
FIELDS = set(ORDER) - OPTIONAL
SUPPORTED = (".md", ".txt", ".html", ".pdf", ".docx")
META_KEYS = ("title", "url", "audience", "language")
FOOTER = re.compile(r"University of Montpellier – .+ – page (\d+) of (\d+)")


# ---------------------------------------------------------------- the HTML pages and sidecars
# The site around a page's main text (cookie banner, header, menu, related links, footer), the
# boilerplate the assistant must leave out, and the sidecar of a file; a line of the page too long
# for the code goes on after a backslash, which joins it back.

HTML_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} – University of Montpellier</title>
  <meta name="description" content="{description}">
  <link rel="canonical" href="{url}">
</head>
<body>
  <div id="cookie-consent" class="cookie-consent" role="dialog" aria-label="Cookies">
    <p>We use cookies to make this website work and to measure its audience. \
You can accept them, refuse them or choose which ones to allow.</p>
    <button type="button">Accept all</button> <button type="button">Refuse all</button> \
<a href="/en/cookies">Settings</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/en">University of Montpellier</a>
    <form class="search" action="/en/search"><input type="search" name="q" placeholder="Search"></form>
    <a href="{french}">Français</a>
  </header>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/en/study">Study</a></li>
      <li><a href="/en/research">Research</a></li>
      <li><a href="/en/international">International</a></li>
      <li><a href="/en/students">Student life</a></li>
      <li><a href="/en/about">About UM</a></li>
    </ul>
  </nav>
"""

HTML_TAIL = """  <aside class="related">
    <h2>See also</h2>
    <ul>
{links}
    </ul>
    <p>{notice}</p>
  </aside>
  <footer class="site-footer">
    <p>University of Montpellier – Presidency, 12 place de l'Université, 34090 Montpellier, France</p>
    <p>Switchboard: +33 4 65 70 00 10</p>
    <p><a href="/en/legal">Legal notice</a> · <a href="/en/accessibility">Accessibility</a> · \
<a href="/en/cookies">Cookies</a></p>
  </footer>
</body>
</html>
"""


def html_page(
    title: str, description: str, url: str, french: str, main: str, links: list[str], notice: str
) -> str:
    head = HTML_HEAD.format(title=title, description=description, url=url, french=french)
    tail = HTML_TAIL.format(links="\n".join(f"      <li>{link}</li>" for link in links), notice=notice)
    return head + "  <main>\n" + main.strip("\n") + "\n  </main>\n" + tail


def sidecar(title: str, url: str, audience: str, valid_until: str | None = None) -> str:
    text = f'title: "{title}"\nurl: {url}\naudience: {audience}\nlanguage: en\n'
    return text + (f"valid_until: {valid_until}\n" if valid_until else "")


def write_texts(folder: Path, texts: dict[str, str]) -> None:
    """Write a collection's text documents (Markdown, HTML, plain text, sidecars) into its corpus/."""
    corpus = folder / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
        print("wrote", name)


@dataclass(frozen=True)
class Checks:
    """What differs between the collections' checks; the rest holds for every collection."""

    # Question ids: one letter per collection, so that two sets can never share an id.
    id_pattern: str
    # Documents about other institutions: never the source of a UM answer.
    distractors: frozenset[str]
    # Question id -> strings whose absence from every UM document shows that the unanswerable
    # question has no answer there.
    probes: dict[str, list[str]]
    # The contact details every HTML page carries in its footer, and must not carry inside <main>
    # (boilerplate there would make the switchboard the answer to every contact question).
    switchboard: str = "+33 4 65 70 00 10"
    address: str = "place de l'Université"
    # Each collection has exactly one expired document, out of date since this day.
    expired_until: str = "2024-06-30"
    # The conventions the later collections' documents were written to (metadata on every file, the
    # switchboard and postal address in every HTML footer, a table in every PDF, headings, a
    # numbered list and a table in every DOCX); 'plus' was written before them and does not follow
    # them all.
    layout_checks: bool = True
    # Questions whose must_not values may come from either kind of trap document (expired or
    # distractor) rather than only from the kind the question is named after.
    mixed_traps: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path: Path) -> Checks:
        """A collection's checks.json: the fields above, sets as lists."""
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("distractors", "mixed_traps"):
            if key in data:
                data[key] = frozenset(data[key])
        return cls(**data)


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """No case, no accents; spaces and punctuation kept."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def norm(text: str) -> str:
    """Matching key: no case, no accents, letters and digits only."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def shipped_corpus(collection: Path) -> Path:
    env = os.environ.get("UM_SHIPPED_CORPUS")
    if env:
        return Path(env)
    if (Path.cwd() / "corpus" / "01-international-partnerships.md").is_file():
        return Path.cwd() / "corpus"
    return collection.parents[2] / "corpus"


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---\n", 4)
    return parse_yaml(text[4:end]), text[end + 5 :]


def parse_yaml(text: str) -> dict[str, str]:
    data = {}
    for line in text.splitlines():
        if ":" in line and not line.startswith(" "):
            key, value = line.split(":", 1)
            data[key.strip()] = value.strip().strip('"')
    return data


class MainText(HTMLParser):
    """Text inside <main>, and the set of sectioning tags seen in the page."""

    BLOCKS: ClassVar[set[str]] = {
        "p",
        "li",
        "td",
        "th",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "div",
        "ul",
        "ol",
        "table",
        "br",
    }

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.main: list[str] = []
        self.outside: list[str] = []
        self.tags: set[str] = set()
        self.footer: list[str] = []
        self.in_footer = 0
        self.cookie = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if any("cookie" in (value or "") for _, value in attrs):
            self.cookie = True
        if tag == "main":
            self.depth += 1
        if tag == "footer":
            self.in_footer += 1
        if tag in self.BLOCKS:
            (self.main if self.depth else self.outside).append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self.depth -= 1
        if tag == "footer":
            self.in_footer -= 1
        if tag in self.BLOCKS:
            (self.main if self.depth else self.outside).append(" ")

    def handle_data(self, data: str) -> None:
        (self.main if self.depth else self.outside).append(data)
        if self.in_footer:
            self.footer.append(data)


def html_main(path: Path) -> MainText:
    parser = MainText()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def pdf_pages(path: Path, files: Binaries) -> list[str]:
    try:
        import pypdf
    except ImportError:
        return [" ".join(strings) for strings in files.pdf_page_strings(path.name)]
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def docx_text(path: Path, files: Binaries) -> str:
    try:
        import docx
    except ImportError:
        return " ".join(files.docx_strings(path.name))
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


class Doc:
    def __init__(
        self, path: Path, files: Binaries, distractors: frozenset[str], shipped: bool = False
    ) -> None:
        self.path, self.name, self.shipped = path, path.name, shipped
        self.pages: list[str] = []  # PDF only
        self.meta: dict[str, str] = {}
        suffix = path.suffix
        if suffix == ".md":
            self.meta, body = split_front_matter(path.read_text(encoding="utf-8"))
            self.text = body
        elif suffix == ".txt":
            self.text = path.read_text(encoding="utf-8")
        elif suffix == ".html":
            self.html = html_main(path)
            self.text = "".join(self.html.main)
            try:
                from bs4 import BeautifulSoup
            except ImportError:
                pass
            else:  # the same text as read by BeautifulSoup, when it is installed
                main = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("main")
                self.text = main.get_text(" ") if main else ""
        elif suffix == ".pdf":
            self.pages = [ws(p) for p in pdf_pages(path, files)]
            self.text = " ".join(self.pages)
        elif suffix == ".docx":
            self.text = docx_text(path, files)
        else:
            raise ValueError(path)
        sidecar = path.with_suffix(".meta.yaml")
        if sidecar.is_file():
            self.meta = {**self.meta, **parse_yaml(sidecar.read_text(encoding="utf-8"))}
        self.text = ws(self.text)
        self.key = norm(self.text)
        valid_until = self.meta.get("valid_until", "")
        self.expired = bool(valid_until) and dt.date.fromisoformat(valid_until) < dt.date.today()
        self.distractor = self.name in distractors
        self.current_um = not self.expired and not self.distractor

    def scope(self, page: int | None) -> str:
        if self.pages and page is not None:
            return self.pages[page - 1] if 1 <= page <= len(self.pages) else ""
        return self.text


def optional_module(name: str) -> Any:
    """The module, or None where it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def find(evidence: str, doc: Doc, page: int | None) -> bool:
    return ws(evidence) in doc.scope(page)


class Checker:
    """One run over a collection folder: its files, its documents, then its questions. Errors fail
    the run; warnings (a question that copies its document, an odd field order, a must_not value
    found in no trap document) are things to look at that may be right."""

    def __init__(self, folder: Path, files: Binaries, checks: Checks) -> None:
        self.folder, self.files, self.checks = folder, files, checks
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, message: str) -> None:
        self.errors.append(message)

    def load_docs(self) -> dict[str, Doc]:
        docs: dict[str, Doc] = {}
        corpus = self.folder / "corpus"
        for path in sorted(corpus.iterdir()):
            if path.name.endswith(".meta.yaml"):
                base = path.name.removesuffix(".meta.yaml")
                if not any((corpus / (base + suffix)).is_file() for suffix in SUPPORTED):
                    self.error(f"{path.name}: sidecar without a document")
                continue
            if path.suffix not in SUPPORTED:
                self.error(f"{path.name}: unsupported file in the corpus folder")
                continue
            if path.suffix == ".pdf" and path.name not in self.files.pdfs:
                self.error(f"{path.name}: PDF without a source in make_files.PDFS")
                continue
            if path.suffix == ".docx" and path.name not in self.files.docxs:
                self.error(f"{path.name}: DOCX without a source in make_files.DOCXS")
                continue
            docs[path.name] = Doc(path, self.files, self.checks.distractors)
        shipped = shipped_corpus(self.folder)
        if not shipped.is_dir():
            self.error(
                f"shipped corpus not found at {shipped}; run from the project root or set UM_SHIPPED_CORPUS"
            )
        else:
            for path in sorted(shipped.glob("*.md")):
                if path.name in docs:
                    self.error(f"{path.name}: name used both in corpus/ and in the shipped corpus")
                docs[path.name] = Doc(path, self.files, self.checks.distractors, shipped=True)
        return docs

    def verify_binaries(self) -> None:
        """The PDF and DOCX files must say what make_files.py says they say: the checks read their
        text through pypdf and python-docx, the evaluation through the assistant's parsers."""
        corpus = self.folder / "corpus"
        present = [name for name in [*self.files.pdfs, *self.files.docxs] if (corpus / name).is_file()]
        for name in [*self.files.pdfs, *self.files.docxs]:
            if name not in present:
                self.error(f"{name}: missing; run make_files.py")
        # Without pypdf or python-docx the checks fall back on the source strings alone.
        pypdf = optional_module("pypdf")
        for name in (n for n in present if n in self.files.pdfs and pypdf):
            extracted = [page.extract_text() or "" for page in pypdf.PdfReader(str(corpus / name)).pages]
            sources = self.files.pdf_page_strings(name)
            if len(extracted) != len(sources):
                self.error(f"{name}: {len(extracted)} pages in the file, {len(sources)} in make_files.py")
                continue
            for number, (text, strings) in enumerate(zip(extracted, sources, strict=True), start=1):
                # A word that pypdf reads split by a hyphen at a line end counts as found.
                forms = (ws(text), ws(re.sub(r"(\w)-\n(\w)", r"\1\2", text)))
                for string in strings:
                    if not any(ws(string) in form for form in forms):
                        missing = f"source string not in the extracted text: {string[:60]!r}"
                        self.error(f"{name} page {number}: {missing}")
        docx = optional_module("docx")
        for name in (n for n in present if n in self.files.docxs and docx):
            document = docx.Document(str(corpus / name))
            real = [ws(p.text) for p in document.paragraphs if p.text.strip()]
            real += [ws(c.text) for t in document.tables for row in t.rows for c in row.cells]
            if real != [ws(string) for string in self.files.docx_strings(name)]:
                self.error(f"{name}: file text differs from make_files.py; run make_files.py")

    # ------------------------------------------------------------ document checks

    def check_documents(self, docs: dict[str, Doc]) -> None:
        error, checks = self.error, self.checks
        own = [d for d in docs.values() if not d.shipped]
        formats: dict[str, int] = {}
        for doc in own:
            formats[doc.path.suffix] = formats.get(doc.path.suffix, 0) + 1
            words = len(doc.text.split())
            if not 200 <= words <= 900:
                error(f"{doc.name}: {words} words (expected 200-900)")
            for key in META_KEYS if checks.layout_checks else ():
                if not doc.meta.get(key):
                    error(f"{doc.name}: metadata '{key}' missing (front matter or .meta.yaml sidecar)")
            if doc.path.suffix == ".html":
                h = doc.html
                for tag in ("header", "nav", "main", "aside", "footer"):
                    if tag not in h.tags:
                        error(f"{doc.name}: no <{tag}>")
                if not h.cookie:
                    error(f"{doc.name}: no cookie banner")
                footer = ws("".join(h.footer))
                if checks.layout_checks and (
                    checks.switchboard not in footer or "34090 Montpellier" not in footer
                ):
                    error(f"{doc.name}: the footer must hold the postal address and the switchboard number")
                if norm(checks.switchboard) in doc.key or checks.address in doc.text:
                    error(f"{doc.name}: the switchboard number or the postal address is inside <main>")
            if doc.path.suffix == ".pdf":
                self.check_pdf(doc)
            if doc.path.suffix == ".docx" and checks.layout_checks:
                try:
                    import docx
                except ImportError:
                    pass
                else:
                    d = docx.Document(str(doc.path))
                    styles = {p.style.name for p in d.paragraphs if p.style is not None}
                    if not {"Heading 1", "List Number"} <= styles or not d.tables:
                        error(f"{doc.name}: needs headings, a numbered list and a table")
        expired = [d.name for d in own if d.expired]
        if len(expired) != 1 or docs[expired[0]].meta.get("valid_until") != checks.expired_until:
            until = checks.expired_until
            error(f"expected exactly one expired document with valid_until {until}, found {expired}")
        for name in checks.distractors:
            if name not in docs:
                error(f"distractor {name} missing")
        print(
            "documents:",
            len(own),
            "own +",
            len(docs) - len(own),
            "shipped;",
            ", ".join(f"{k} {v}" for k, v in sorted(formats.items())),
        )

    def check_pdf(self, doc: Doc) -> None:
        if not 2 <= len(doc.pages) <= 3:
            self.error(f"{doc.name}: {len(doc.pages)} pages (expected 2-3)")
        for number, text in enumerate(doc.pages, start=1):
            match = FOOTER.search(text)
            if not match or match.groups() != (str(number), str(len(doc.pages))):
                self.error(
                    f"{doc.name}: page {number} has no running footer 'page {number} of {len(doc.pages)}'"
                )
            if not text.startswith("University of Montpellier – "):
                self.error(f"{doc.name}: page {number} has no running header")
        pages = self.files.pdfs[doc.name]["pages"]
        if self.checks.layout_checks and not any(b[0] == "table" for page in pages for b in page):
            self.error(f"{doc.name}: no table")

    # ------------------------------------------------------------ question checks

    def check_question(self, q: dict[str, Any], docs: dict[str, Doc], seen: set[str]) -> None:
        error = self.error
        qid = q.get("id", "?")
        missing = FIELDS - q.keys()
        extra = q.keys() - FIELDS - OPTIONAL
        if missing or extra:
            error(f"{qid}: missing fields {sorted(missing)}, unknown fields {sorted(extra)}")
            return
        if list(q) != [key for key in ORDER if key in q]:
            self.warnings.append(f"{qid}: unusual field order {list(q)}")
        if not re.fullmatch(self.checks.id_pattern, qid) or qid in seen:
            error(f"{qid}: bad or duplicate id")
        seen.add(qid)
        if q["kind"] not in KINDS:
            error(f"{qid}: unknown kind {q['kind']}")
        if q["lang"] not in ("en", "fr"):
            error(f"{qid}: bad lang")
        if not isinstance(q["question"], str) or not q["question"].strip():
            error(f"{qid}: empty question")
        if not isinstance(q["answerable"], bool):
            error(f"{qid}: answerable must be true or false")
        history = q["history"]
        if not isinstance(history, list) or any(
            not isinstance(t, dict) or set(t) != {"role", "content"} or t["role"] not in ("user", "assistant")
            for t in history
        ):
            error(f"{qid}: history must be a list of {{role, content}} turns")
            return
        must_not = q.get("must_not", [])
        if not isinstance(must_not, list) or not all(isinstance(m, str) and norm(m) for m in must_not):
            error(f"{qid}: must_not must be a list of non-empty strings")
            return
        if q["kind"] == "follow-up":
            if [t.get("role") for t in history] != ["user", "assistant"] or not all(
                t.get("content") for t in history
            ):
                error(f"{qid}: a follow-up needs a history of one user turn and one assistant turn")
        elif history:
            error(f"{qid}: only follow-up questions have a history")
        current = [d for d in docs.values() if d.current_um]

        if not q["answerable"]:
            if q["evidence"] or q["answer_any"] or q["document"] is not None or q["page"] is not None:
                error(f"{qid}: an unanswerable question has no evidence, answer_any, document or page")
            if not q["kind"].startswith("unanswerable"):
                error(f"{qid}: unanswerable question with kind {q['kind']}")
            um_docs = [d for d in docs.values() if not d.distractor]
            for probe in self.checks.probes.get(qid, []):
                for d in um_docs:
                    if fold(ws(probe)) in fold(d.text):
                        error(f"{qid}: probe {probe!r} occurs in {d.name}")
            return

        if q["kind"].startswith("unanswerable"):
            error(f"{qid}: answerable question with kind {q['kind']}")
        name = q["document"]
        doc = docs.get(name)
        if doc is None:
            error(f"{qid}: unknown document {name}")
            return
        if not doc.current_um:
            error(f"{qid}: the expected document {name} is expired or a distractor")
        if doc.pages:
            if not isinstance(q["page"], int) or not 1 <= q["page"] <= len(doc.pages):
                error(f"{qid}: a PDF document needs a valid page")
        elif q["page"] is not None:
            error(f"{qid}: page must be null for a non-PDF document")
        evidence_list = q["evidence"]
        if (
            not isinstance(evidence_list, list)
            or not evidence_list
            or not all(isinstance(e, str) and e.strip() for e in evidence_list)
        ):
            error(f"{qid}: evidence must be a non-empty list of strings")
            return
        scopes: list[str] = []
        other = 0
        for evidence in q["evidence"]:
            if find(evidence, doc, q["page"]):
                scopes.append(doc.scope(q["page"]))
                continue
            if q["kind"] == "cross-doc":
                hits = [d for d in current if d is not doc and find(evidence, d, None)]
                if hits:
                    other += 1
                    scopes.append(hits[0].text)
                    continue
            where = f"{name}" + (f" page {q['page']}" if doc.pages else "")
            error(f"{qid}: evidence not found in {where}: {evidence!r}")
        if q["kind"] == "cross-doc" and (other == 0 or other == len(q["evidence"])):
            error(f"{qid}: a cross-doc question needs evidence from its document and from a second one")
        groups = q["answer_any"]
        if (
            not isinstance(groups, list)
            or not groups
            or not all(
                isinstance(g, list) and g and all(isinstance(a, str) and norm(a) for a in g) for g in groups
            )
        ):
            error(f"{qid}: answer_any must be a non-empty list of non-empty groups of strings")
            return
        keys = [norm(s) for s in scopes]
        evidence_key = norm(" ".join(evidence_list))
        for group in groups:
            if not any(any(norm(alt) in k for k in keys) for alt in group):
                error(f"{qid}: no alternative of {group} in the evidence document(s)")
            elif not any(norm(alt) in evidence_key for alt in group):
                self.warnings.append(
                    f"{qid}: alternatives {group} are in the document but not in the evidence"
                )
        if q["kind"] in ("expired", "distractor") and not must_not:
            error(f"{qid}: {q['kind']} questions need must_not")
        for value in must_not:
            key = norm(value)
            for d in current:
                if key in d.key:
                    error(f"{qid}: must_not {value!r} appears in current UM document {d.name}")
            for group in groups:
                for alt in group:
                    if key in norm(alt) or norm(alt) in key:
                        error(f"{qid}: must_not {value!r} overlaps the answer alternative {alt!r}")
            in_expired = any(key in d.key for d in docs.values() if d.expired)
            in_distractor = any(key in d.key for d in docs.values() if d.distractor)
            if qid in self.checks.mixed_traps:
                if not in_expired and not in_distractor:
                    error(f"{qid}: must_not {value!r} is in no expired or distractor document")
            elif q["kind"] == "expired" and not in_expired:
                error(f"{qid}: must_not {value!r} is not in the expired document")
            elif q["kind"] == "distractor" and not in_distractor:
                error(f"{qid}: must_not {value!r} is not in a distractor document")
            elif not in_expired and not in_distractor:
                self.warnings.append(f"{qid}: must_not {value!r} occurs in no expired or distractor document")
        if q["kind"] == "distractor" and not re.search(r"\bUM\b|University of Montpellier", q["question"]):
            error(f"{qid}: a distractor question names UM")
        # A question that copies six words in a row from its document tests string matching, not
        # understanding; a warning only, since some names are six words long.
        words = re.findall(r"[\w'’-]+", q["question"].lower())
        text = " " + " ".join(re.findall(r"[\w'’-]+", doc.text.lower())) + " "
        for i in range(len(words) - 5):
            chunk = " ".join(words[i : i + 6])
            if f" {chunk} " in text:
                self.warnings.append(f"{qid}: question copies '{chunk}' from {name}")
                break

    def run(self) -> int:
        docs = self.load_docs()
        self.verify_binaries()
        self.check_documents(docs)
        questions = []
        path = self.folder / "questions.jsonl"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                questions.append(json.loads(line))
            except json.JSONDecodeError as exc:
                self.error(f"line {number}: {exc}")
        seen: set[str] = set()
        for q in questions:
            self.check_question(q, docs, seen)
        for qid in self.checks.probes:
            if qid not in seen:
                self.error(f"probe for unknown question {qid}")

        kinds: dict[str, dict[str, int]] = {}
        for q in questions:
            kinds.setdefault(q.get("kind", "?"), {}).setdefault(q.get("lang", "?"), 0)
            kinds[q.get("kind", "?")][q.get("lang", "?")] += 1
        print(
            f"questions: {len(questions)} ("
            + ", ".join(
                f"{lang} {sum(1 for q in questions if q.get('lang') == lang)}" for lang in ("en", "fr")
            )
            + f"; answerable {sum(1 for q in questions if q.get('answerable'))})"
        )
        for kind in sorted(kinds):
            print(f"  {kind:18} " + "  ".join(f"{lang} {n}" for lang, n in sorted(kinds[kind].items())))
        # Where the answers are: the evaluation is only as hard as the formats and pages it draws on.
        formats: dict[str, int] = {}
        for q in questions:
            if q.get("answerable") and q.get("document") in docs:
                suffix = docs[q["document"]].path.suffix
                formats[suffix] = formats.get(suffix, 0) + 1
        late = sum(1 for q in questions if isinstance(q.get("page"), int) and q["page"] >= 2)
        print(
            "answerable per document format: "
            + ", ".join(f"{k} {n}" for k, n in sorted(formats.items()))
            + f"; on PDF page >= 2: {late}"
        )
        for message in self.warnings:
            print("warning:", message)
        for message in self.errors:
            print("ERROR:", message)
        print("OK" if not self.errors else f"{len(self.errors)} error(s)")
        return 1 if self.errors else 0


def load_binaries(folder: Path) -> Binaries:
    """The `FILES` of a collection's make_files.py. Every collection's module has that same name,
    so it is loaded under a name of its own."""
    spec = importlib.util.spec_from_file_location(f"make_files_{folder.name}", folder / "make_files.py")
    if spec is None or spec.loader is None:
        raise ImportError(folder / "make_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not hasattr(module, "FILES"):
        # A collection still on the old pattern (its own writer): say how to fold it in. (Not an
        # isinstance test: this module may be loaded under two names, collection_tools and
        # eval.collections.collection_tools.)
        raise TypeError(f"{folder / 'make_files.py'} has no FILES = Binaries(...): see collection_tools.py")
    files: Binaries = module.FILES
    return files


def check_collection(script: str) -> int:
    """Check the collection folder holding `script` (its check.py) with the parameters in its
    checks.json; the exit status: 1 on any error."""
    folder = Path(script).resolve().parent
    return Checker(folder, load_binaries(folder), Checks.from_file(folder / "checks.json")).run()
