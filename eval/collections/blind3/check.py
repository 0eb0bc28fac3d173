"""Check the 'blind3' question set against its documents.

Run from the project root (so that ./corpus is the shipped seed corpus), or set UM_SHIPPED_CORPUS:

    .venv/bin/python eval/collections/blind3/check.py

Uses the standard library, plus pypdf and python-docx when they are installed (otherwise the PDF and
DOCX text is taken from the source strings in make_files.py). Exits with status 1 on any error.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
sys.path.insert(0, str(HERE))
import make_files  # noqa: E402  (data only: importing it writes nothing)

DISTRACTORS = {
    "40-amu-oceania-exchange-and-emergency-aid.md",
    "41-uca-field-trips-and-language-lecturers.md",
}
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
FIELDS = {
    "id",
    "question",
    "answerable",
    "evidence",
    "answer_any",
    "lang",
    "history",
    "document",
    "page",
    "kind",
}
OPTIONAL = {"must_not"}
META_KEYS = ("title", "url", "audience", "language")
FOOTER = re.compile(r"University of Montpellier – .+ – page (\d+) of (\d+)")
SWITCHBOARD = "+33 4 65 70 00 10"

# Strings whose absence from every UM document shows that an unanswerable question has no answer there.
PROBES = {
    "d145": ["last year", "were funded"],
    "d146": ["minibus", "vehicle"],
    "d147": ["Sydney", "Melbourne", "Auckland", "Monash", "Queensland"],
    "d148": ["last year", "students received"],
    "d149": ["ratified"],
    "d150": ["chaired", "chairs the"],
    "d151": ["internet allowance", "telework allowance", "home office"],
    "d152": ["housing for lecturers", "flat for", "accommodation for lecturers"],
    "d153": ["surf"],
    "d154": ["rugby"],
    "d167": ["last year", "iGEM"],
    "d168": ["partner bank", "recommended bank", "Crédit", "BNP", "Société Générale"],
    "d169": ["flatshare", "shared flat", "colocation", "flat share"],
    "d170": ["Lunaret"],
}

errors: list[str] = []
warnings: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def norm(text: str) -> str:
    """Matching key: no case, no accents, letters and digits only."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def shipped_corpus() -> Path:
    env = os.environ.get("UM_SHIPPED_CORPUS")
    if env:
        return Path(env)
    if (Path.cwd() / "corpus" / "01-international-partnerships.md").is_file():
        return Path.cwd() / "corpus"
    return HERE.parents[2] / "corpus"


# ---------------------------------------------------------------- text extraction


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

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if any("cookie" in (value or "") for _, value in attrs):
            self.cookie = True
        if tag == "main":
            self.depth += 1
        if tag == "footer":
            self.in_footer += 1
        if tag in self.BLOCKS:
            (self.main if self.depth else self.outside).append(" ")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if tag == "footer":
            self.in_footer -= 1
        if tag in self.BLOCKS:
            (self.main if self.depth else self.outside).append(" ")

    def handle_data(self, data):
        (self.main if self.depth else self.outside).append(data)
        if self.in_footer:
            self.footer.append(data)


def html_main(path: Path) -> MainText:
    parser = MainText()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def pdf_pages(path: Path) -> list[str]:
    try:
        import pypdf
    except ImportError:
        return [" ".join(strings) for strings in make_files.pdf_page_strings(path.name)]
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def docx_text(path: Path) -> str:
    try:
        import docx
    except ImportError:
        return " ".join(make_files.docx_strings(path.name))
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


class Doc:
    def __init__(self, path: Path, shipped: bool = False) -> None:
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
            self.pages = [ws(p) for p in pdf_pages(path)]
            self.text = " ".join(self.pages)
        elif suffix == ".docx":
            self.text = docx_text(path)
        else:
            raise ValueError(path)
        sidecar = path.with_suffix(".meta.yaml")
        if sidecar.is_file():
            self.meta = {**self.meta, **parse_yaml(sidecar.read_text(encoding="utf-8"))}
        self.text = ws(self.text)
        self.key = norm(self.text)
        valid_until = self.meta.get("valid_until")
        self.expired = bool(valid_until) and dt.date.fromisoformat(valid_until) < dt.date.today()
        self.distractor = self.name in DISTRACTORS
        self.current_um = not self.expired and not self.distractor

    def scope(self, page: int | None) -> str:
        if self.pages and page is not None:
            return self.pages[page - 1] if 1 <= page <= len(self.pages) else ""
        return self.text


def load_docs() -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    for path in sorted(CORPUS.iterdir()):
        if path.name.endswith(".meta.yaml"):
            continue
        docs[path.name] = Doc(path)
    shipped = shipped_corpus()
    if not shipped.is_dir():
        error(f"shipped corpus not found at {shipped}; run from the project root or set UM_SHIPPED_CORPUS")
    else:
        for path in sorted(shipped.glob("*.md")):
            docs[path.name] = Doc(path, shipped=True)
    return docs


# ---------------------------------------------------------------- document checks


def check_documents(docs: dict[str, Doc]) -> None:
    own = [d for d in docs.values() if not d.shipped]
    formats: dict[str, int] = {}
    for doc in own:
        formats[doc.path.suffix] = formats.get(doc.path.suffix, 0) + 1
        words = len(doc.text.split())
        if not 200 <= words <= 900:
            error(f"{doc.name}: {words} words (expected 200-900)")
        for key in META_KEYS:
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
            if SWITCHBOARD not in footer or "34090 Montpellier" not in footer:
                error(f"{doc.name}: the footer must hold the postal address and the switchboard number")
            if norm(SWITCHBOARD) in doc.key or "place de l'Université" in doc.text:
                error(f"{doc.name}: the switchboard number or the postal address is inside <main>")
        if doc.path.suffix == ".pdf":
            if not 2 <= len(doc.pages) <= 3:
                error(f"{doc.name}: {len(doc.pages)} pages (expected 2-3)")
            for number, text in enumerate(doc.pages, start=1):
                match = FOOTER.search(text)
                if not match or match.groups() != (str(number), str(len(doc.pages))):
                    error(
                        f"{doc.name}: page {number} has no running footer 'page {number} of {len(doc.pages)}'"
                    )
                if not text.startswith("University of Montpellier – "):
                    error(f"{doc.name}: page {number} has no running header")
                source = " ".join(make_files.pdf_page_strings(doc.name)[number - 1])
                for sentence in make_files.pdf_page_strings(doc.name)[number - 1]:
                    if ws(sentence) not in text:
                        warnings.append(
                            f"{doc.name} p.{number}: source string not found as extracted: {sentence[:60]!r}"
                        )
                del source
            if not any(b[0] == "table" for page in make_files.PDFS[doc.name]["pages"] for b in page):
                error(f"{doc.name}: no table")
        if doc.path.suffix == ".docx":
            import_ok = True
            try:
                import docx
            except ImportError:
                import_ok = False
            if import_ok:
                d = docx.Document(str(doc.path))
                styles = {p.style.name for p in d.paragraphs}
                if not {"Heading 1", "List Number"} <= styles or not d.tables:
                    error(f"{doc.name}: needs headings, a numbered list and a table")
    expired = [d.name for d in own if d.expired]
    if len(expired) != 1 or docs[expired[0]].meta.get("valid_until") != "2024-06-30":
        error(f"expected exactly one expired document with valid_until 2024-06-30, found {expired}")
    for name in DISTRACTORS:
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


# ---------------------------------------------------------------- question checks


def find(evidence: str, doc: Doc, page: int | None) -> bool:
    return ws(evidence) in doc.scope(page)


def check_question(q: dict, docs: dict[str, Doc], seen: set[str]) -> None:
    qid = q.get("id", "?")
    missing = FIELDS - q.keys()
    extra = q.keys() - FIELDS - OPTIONAL
    if missing or extra:
        error(f"{qid}: missing fields {sorted(missing)}, unknown fields {sorted(extra)}")
        return
    if not re.fullmatch(r"d\d{3}", qid) or qid in seen:
        error(f"{qid}: bad or duplicate id")
    seen.add(qid)
    if q["kind"] not in KINDS:
        error(f"{qid}: unknown kind {q['kind']}")
    if q["lang"] not in ("en", "fr"):
        error(f"{qid}: bad lang")
    if not isinstance(q["question"], str) or not q["question"].strip():
        error(f"{qid}: empty question")
    history = q["history"]
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
        for probe in PROBES.get(qid, []):
            for d in um_docs:
                if ws(probe).lower() in d.text.lower():
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
    if not q["evidence"] or not all(isinstance(e, str) and e.strip() for e in q["evidence"]):
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
    if not q["answer_any"] or not all(isinstance(g, list) and g for g in q["answer_any"]):
        error(f"{qid}: answer_any must be a non-empty list of non-empty groups")
        return
    keys = [norm(s) for s in scopes]
    for group in q["answer_any"]:
        if not any(norm(alt) and any(norm(alt) in k for k in keys) for alt in group):
            error(f"{qid}: no alternative of {group} in the evidence document(s)")
    must_not = q.get("must_not", [])
    if q["kind"] in ("expired", "distractor") and not must_not:
        error(f"{qid}: {q['kind']} questions need must_not")
    for value in must_not:
        key = norm(value)
        for d in current:
            if key in d.key:
                error(f"{qid}: must_not {value!r} appears in current UM document {d.name}")
        for group in q["answer_any"]:
            for alt in group:
                if key in norm(alt):
                    error(f"{qid}: must_not {value!r} is inside the answer alternative {alt!r}")
        if q["kind"] == "expired" and not any(key in d.key for d in docs.values() if d.expired):
            error(f"{qid}: must_not {value!r} is not in the expired document")
        if q["kind"] == "distractor" and not any(key in d.key for d in docs.values() if d.distractor):
            error(f"{qid}: must_not {value!r} is not in a distractor document")
    if q["kind"] == "distractor" and not re.search(r"\bUM\b|University of Montpellier", q["question"]):
        error(f"{qid}: a distractor question names UM")
    # Paraphrase: the question should not copy six words in a row from its document.
    words = re.findall(r"[\w'’-]+", q["question"].lower())
    text = " " + " ".join(re.findall(r"[\w'’-]+", doc.text.lower())) + " "
    for i in range(len(words) - 5):
        chunk = " ".join(words[i : i + 6])
        if f" {chunk} " in text:
            warnings.append(f"{qid}: question copies '{chunk}' from {name}")
            break


def main() -> int:
    docs = load_docs()
    check_documents(docs)
    questions = []
    for number, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"line {number}: {exc}")
    seen: set[str] = set()
    for q in questions:
        check_question(q, docs, seen)
    for qid in PROBES:
        if qid not in seen:
            error(f"probe for unknown question {qid}")

    kinds: dict[str, dict[str, int]] = {}
    for q in questions:
        kinds.setdefault(q.get("kind", "?"), {}).setdefault(q.get("lang", "?"), 0)
        kinds[q.get("kind", "?")][q.get("lang", "?")] += 1
    print(
        f"questions: {len(questions)} ("
        + ", ".join(f"{lang} {sum(1 for q in questions if q.get('lang') == lang)}" for lang in ("en", "fr"))
        + f"; answerable {sum(1 for q in questions if q.get('answerable'))})"
    )
    for kind in sorted(kinds):
        print(f"  {kind:18} " + "  ".join(f"{lang} {n}" for lang, n in sorted(kinds[kind].items())))
    for message in warnings:
        print("warning:", message)
    for message in errors:
        print("ERROR:", message)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
