"""Corpus files for the tests: Markdown in the project's format, and real files of each other
supported format, written with that format's own library."""

from __future__ import annotations

from pathlib import Path

HTML_PAGE = """<!doctype html>
<html lang="en"><head><title>Summer school | University site</title></head>
<body>
  <header>
    <a href="/">Home</a> <a href="/contact">Contact</a> <a href="/erasmus">Erasmus portal login</a>
  </header>
  <nav><ul><li>Home</li><li>Research</li><li>International cookie settings</li></ul></nav>
  <main>
    <article>
      <h1>Summer school in tropical ecology</h1>
      <p>The summer school in tropical ecology takes place every July at the Baillarguet field station.</p>
      <h2>Applications</h2>
      <p>Master's students apply with a one-page motivation letter sent to the school's secretariat.</p>
    </article>
  </main>
  <aside>Related: newsletter subscription form</aside>
  <footer>Copyright University site. Legal notice. Accessibility statement.</footer>
  <script>var tracking = "analytics";</script>
</body></html>
"""


def write_pdf(path: Path, pages: list[str], title: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def write_docx(path: Path, title: str, sections: list[tuple[str, str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    for heading, text in sections:
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
    document.save(str(path))
    return path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def doc(title: str, body: str) -> str:
    """A corpus file in the project's format: YAML front matter, then Markdown."""
    return f"---\ntitle: {title}\naudience: all\nlanguage: en\n---\n\n{body}\n"
