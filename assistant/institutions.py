"""Which institution a text is about, so that a page about another university never answers a
question about the University of Montpellier (UM)."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from assistant.text import words

# "Université de Nîmes", "University of Montpellier", "Montpellier Business School", "École
# nationale supérieure de chimie de Montpellier", "Universidad Nueva Esperanza".
_NAME = re.compile(
    r"\b(?:École|Ecole|Institut)\s+[\w'’][\w'’-]*(?:\s+(?!and\b|for\b|with\b)[\w'’][\w'’-]*){0,6}"
    r"|\b(?:Universit\w*|Universidad|Institute)"
    r"(?:\s+(?:(?:of|de|du|des|la|le|the|for|y|los|las|del|di|nationale?|supérieure|superieure|polytechnique)\s+|d['’])*"
    r"[A-ZÀ-Ý][\w'’.-]*)+(?:\s+\d)?"
    r"|\b[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*\s+(?:Business School|School of \w+|College)\b"
    # "Avignon Université", "Aix-Marseille Université", "Nantes Université".
    # The name ends there: "At Université Côte d'Azur" is read from "Université".
    r"|\b[A-ZÀ-Ý][\w'’-]*\s+Universit(?:é|e|y)\b(?!\s+(?:of|de|d['’]|[A-ZÀ-Ý]))"
)
# "University Choir", "University Library", "University Sports Association": in English a
# university's own services are named so; another university is "University of …".
_SERVICE = re.compile(r"(?:University|Institute)(?:\s+[A-Z][\w'’-]*)+")
_SHORT_NAME = re.compile(r"^([A-Z]{2,5}\s+[A-ZÀ-Ý][\w'’-]+)\s*(?:[–—:|-]|$)")
# The university's own websites: a page published elsewhere is another institution's.
OUR_DOMAINS = ("umontpellier.fr",)
_OURS = {("university", "montpellier"), ("universite", "montpellier")}
_GENERIC = frozenset("university universite universidad universitat of de du des d la le the y".split())


def is_ours(name: str) -> bool:
    significant = [w for w in words(name) if w not in _GENERIC - {"university", "universite"}]
    return tuple(significant) in _OURS


def about(title: str, text: str = "", url: str | None = None) -> str | None:
    """The other institution a page is about, or None for a page of the university's own: the one
    its title names; else, for a page published on another institution's website, the
    institution its text names most ("IMT Mines Alès is a graduate school of the Institut
    Mines-Télécom...")."""
    if re.search(r"\bUM\b", title) or any(is_ours(m.group()) for m in _NAME.finditer(title)):
        return None
    for match in _NAME.finditer(title):
        if not _SERVICE.fullmatch(match.group().strip()):
            return match.group().strip()
    host = (urlsplit(url).hostname or "") if url else ""
    if not host or any(host == d or host.endswith("." + d) for d in OUR_DOMAINS):
        return None
    # "KU Leuven – the golf club", "ETH Zurich: …": an acronym and a town open the title of a page
    # on another institution's website.
    short = _SHORT_NAME.match(title)
    if short:
        return short.group(1)
    # A page of the Erasmus+ agency or Campus France names no institution of its own: it is
    # general information, not another university's.
    named = Counter(" ".join(m.group().split()) for m in _NAME.finditer(text) if not is_ours(m.group()))
    return named.most_common(1)[0][0] if named else None


def named_in(institution: str, question: str) -> bool:
    """Whether ``question`` names ``institution`` (its distinctive words, or its initials)."""
    asked = set(words(question))
    distinctive = [w for w in words(institution) if w not in _GENERIC and not w.isdigit()]
    local = [w for w in distinctive if w != "montpellier"] or distinctive
    initials = "".join(w[0] for w in words(institution) if w not in _GENERIC)
    # One letter is no acronym: the initial of "Université d'Angers" is the article "a".
    return (bool(local) and all(w in asked for w in local)) or (len(initials) > 1 and initials in asked)
