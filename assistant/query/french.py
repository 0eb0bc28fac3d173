"""French questions over the English texts: the word-by-word English gloss their terms are matched
by, the retriever and composer that read it, the French frame of a quoted answer, and the evidence
model calibrated on French questions (``evidence_model_fr.json``, ``eval/train_evidence.py``).

The gloss is not a translation: it only puts the question's content words in the words the texts
use ("bourse" → grant scholarship, "Japon" → Japan), so that BM25, the coverage of the question's
terms and the check of what it names work across the two languages. Words the glossary lacks
(names, acronyms, numbers, English words) are kept as they are.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from assistant.domain import Answer
from assistant.query.extractive import ExtractiveComposer
from assistant.query.questions import named_terms
from assistant.query.retrieval import Retriever
from assistant.text import STOPWORDS, fold, index_terms

FRENCH_EVIDENCE_FILE = Path(__file__).with_name("evidence_model_fr.json")
GLOSSARY_FILE = Path(__file__).with_name("glossary_fr.json")
FRENCH_LEAD = "Selon les documents de l'Université de Montpellier (en anglais) :"

# French function words and auxiliaries a gloss leaves out (STOPWORDS holds the commonest).
_FUNCTION = frozenset(
    """a ai as avons avez ont est sont etait etre ete fait faire faut il y peut peuvent puis peux
    dois doit doivent devons devez on se s l d j n c m t qu jusqu lorsqu puisqu quelqu vos votre
    notre nos leur leurs mon ton son sa ses ta tes lui eux moi toi soi ne pas plus tres bien aussi
    alors donc mais car si tout tous toute toutes chaque entre chez vers sans sous pendant lors
    quel quelle quels quelles lequel laquelle lesquels combien comment quand pourquoi ou dont
    est-ce qu'est-ce cela ca ceci celui celle ceux celles afin ainsi deja encore jamais toujours
    veux voudrais voudrait souhaite souhaiterais aimerais existe existent y-a-t-il a-t-il a-t-elle
    donne-moi dites-moi peut-on puis-je dois-je faut-il doit-on""".split()
)
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quelqu)['’]", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’+-]+")


@lru_cache(maxsize=1)
def _glossary() -> tuple[dict[str, str], dict[str, str]]:
    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    return dict(data["words"]), dict(data["names"])


def gloss(text: str) -> str:
    """The content words of a French text in the texts' English words, names kept (see above)."""
    words, names = _glossary()
    tokens = [_ELISION.sub("", t).strip("-'’") for t in _TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):  # "afrique du sud", "coree du sud", "royaume-uni"
            phrase = fold(" ".join(tokens[i : i + size]))
            if size <= len(tokens) - i and phrase in names:
                out.append(names[phrase])
                i += size
                break
        else:
            token = tokens[i]
            folded = fold(token)
            capital = token[:1].isupper() and i > 0
            if folded in _FUNCTION or (folded in STOPWORDS and not capital):
                pass
            elif folded in words and not capital:
                out.append(words[folded])
            elif not capital and folded.endswith(("s", "x")) and folded[:-1] in words:
                out.append(words[folded[:-1]])
            else:
                out.append(token)
            i += 1
    return " ".join(out)


def framed_in_french(answer: Answer) -> str:
    """The quoted English sentences between French quotation marks, each with its [n] marker."""
    quotes = [f"« {c.snippet} » [{c.n}]" for c in answer.citations]
    return f"{FRENCH_LEAD} {' et '.join(quotes)}"


class FrenchRetriever(Retriever):
    """Hybrid retrieval for a French question: multilingual vectors, BM25 over its English gloss."""

    def terms(self, query: str) -> list[str]:
        return index_terms(gloss(query))


class FrenchComposer(ExtractiveComposer):
    """The extractive composer, with the question's terms and names read from its English gloss."""

    def term_weights(self, question: str, context: str | None = None) -> dict[str, float]:
        return super().term_weights(gloss(question), gloss(context) if context else None)

    def named(self, question: str) -> list[tuple[set[str], str]]:
        return named_terms(gloss(question))
