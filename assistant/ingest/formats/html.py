"""HTML pages: the main content only (navigation, banners and footers dropped), lists and tables whole."""

from __future__ import annotations

from typing import Any

from assistant.ingest.formats.structure import Parsed, SectionBuilder, squash

# Elements that hold navigation and boilerplate rather than a page's content.
_BOILERPLATE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PARAGRAPHS = ("p", "blockquote", "pre", "address", "figcaption", "summary")
_BLOCKS = (*_HEADINGS, *_PARAGRAPHS, "ul", "ol", "table", "dl", "li", "div", "section", "article", "details")


def _text(element: Any) -> str:
    return squash(element.get_text(" ", strip=True))


def _items(element: Any) -> list[str]:
    # A nested list is read inside its item: one item is one unit, sub-points included.
    return [_text(li) for li in element.find_all("li", recursive=False)]


def _rows(table: Any) -> list[list[str]]:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is table:
            rows.append([_text(cell) for cell in tr.find_all(("th", "td"), recursive=False)])
    return rows


def _definitions(dl: Any) -> list[str]:
    items: list[str] = []
    for child in dl.find_all(("dt", "dd"), recursive=False):
        if child.name == "dt" or not items:
            items.append(_text(child))
        else:
            items[-1] += ": " + _text(child)
    return items


def _walk(element: Any, builder: SectionBuilder) -> None:
    """Blocks in reading order; loose text in a container counts as a paragraph."""
    loose: list[str] = []
    for child in element.children:
        name = getattr(child, "name", None)
        if name is None:
            loose.append(str(child))
            continue
        if name not in _BLOCKS and not child.find(_BLOCKS):
            loose.append(child.get_text(" "))
            continue
        builder.add_paragraph(" ".join(loose))
        loose = []
        if name in _HEADINGS:
            builder.add_heading(_text(child))
        elif name in _PARAGRAPHS:
            builder.add_paragraph(_text(child))
        elif name in ("ul", "ol"):
            builder.add_list(_items(child), ordered=name == "ol")
        elif name == "table":
            builder.add_table(_rows(child))
        elif name == "dl":
            builder.add_list(_definitions(child), ordered=False)
        else:
            _walk(child, builder)
    builder.add_paragraph(" ".join(loose))


def parse_html(data: bytes) -> Parsed:
    """The page's main content: ``<main>``/``<article>`` when present, navigation and chrome dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for element in soup.find_all(_BOILERPLATE):
        element.decompose()
    for element in soup.select(
        '[role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]'
    ):
        element.decompose()
    root = soup.find("main") or soup.select_one('[role="main"]') or soup.find("article") or soup.body or soup
    builder = SectionBuilder()
    _walk(root, builder)
    h1 = root.find("h1")
    return builder.result(title=(h1.get_text(" ", strip=True) if h1 else None) or title)
