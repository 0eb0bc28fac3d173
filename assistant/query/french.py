"""French questions over the English texts: the retriever and composer that read a question's
English gloss (``gloss``), the French frame of a quoted answer, and the evidence model calibrated
on French questions (``evidence_model_fr.json``, trained by ``eval/train_evidence.py``)."""

from __future__ import annotations

from pathlib import Path

from assistant.domain import Answer
from assistant.query.extractive import ExtractiveComposer
from assistant.query.gloss import gloss, glossed_capitals, glossed_words
from assistant.query.paraphrase import extra_terms
from assistant.query.questions import AFTERWORD_SHARE, asked_part, named_terms, split_afterword
from assistant.query.retrieval import Retriever
from assistant.store.index import Index
from assistant.text import index_terms

FRENCH_EVIDENCE_FILE = Path(__file__).with_name("evidence_model_fr.json")
# Across two languages the encoder's cosines tell close sentences apart less well than the gloss's
# coverage does ("spring semester" against "autumn semester"): coverage weighs more in the score.
FRENCH_LEXICAL_WEIGHT = 0.6
FRENCH_LEAD = "Selon les documents de l'Université de Montpellier (en anglais) :"


def framed_in_french(answer: Answer) -> str:
    """The quoted English sentences between French quotation marks, each with its [n] marker."""
    quotes = [f"« {c.snippet} » [{c.n}]" for c in answer.citations]
    return f"{FRENCH_LEAD} {' et '.join(quotes)}"


def kept_names(question: str, index: Index) -> list[str]:
    """The index terms of the capitalised words the gloss reads as common words but the English
    texts use as they are written: names ("l'adhésion à [Boussole]", a club, not a compass)."""
    return list(dict.fromkeys(t for word in glossed_capitals(question) for t in _as_name(word, index)))


def _as_name(token: str, index: Index) -> list[str]:
    """The index terms of a capitalised word that the texts hold as it is written."""
    return [t for t in index_terms(token) if index.document_frequency.get(t)]


def _as_glossed(token: str) -> set[str]:
    """The index terms of a word's gloss, and of the texts' words for it."""
    return {t for word in glossed_words(token) for t in _word_terms(word)}


class FrenchRetriever(Retriever):
    """Hybrid retrieval for a French question: multilingual vectors, BM25 over its English gloss."""

    def terms(self, query: str) -> list[str]:
        glossed = index_terms(gloss(query))
        return glossed + [t for t in kept_names(query, self.index) if t not in glossed]


class FrenchComposer(ExtractiveComposer):
    """The extractive composer, with the question's terms and names read from its English gloss."""

    lexical_weight = FRENCH_LEXICAL_WEIGHT

    def term_weights(self, question: str, context: str | None = None) -> dict[str, float]:
        """One weighted term per French word: its English alternatives joined by "|" (any of them
        covers it, see ``text.coverage``), weighing as the rarest of them."""
        weights: dict[str, float] = {}
        asked, after = split_afterword(question)
        for text, share in ((asked, 1.0), (after, AFTERWORD_SHARE), (context or "", 0.5)):
            for word in glossed_words(text):
                stems = sorted(_word_terms(word))
                if stems:
                    weights.setdefault("|".join(stems), share * max(self.index.idf(s) for s in stems))
        for token in glossed_capitals(question):
            # "chez [Volée]": the ensemble, which its gloss (stolen) would have the page say too.
            # The name renders the word as well as its gloss does.
            names = _as_name(token, self.index)
            glossed = "|".join(sorted(_as_glossed(token)))
            if names and glossed in weights:
                weights["|".join(sorted({*glossed.split("|"), *names}))] = weights.pop(glossed)
        for term in kept_names(question, self.index):
            if not any(term in t.split("|") for t in weights):
                weights[term] = self.index.idf(term)
        return weights

    def named(self, question: str) -> list[tuple[set[str], str]]:
        # The asker's situation before the question ("Mon permis a été délivré en Italie.") is
        # read off before the gloss, which keeps no punctuation.
        asked = asked_part(question)
        glossed = gloss(asked)
        # The gloss drops the words that open a French question ("Pour Bousier, on doit…"): a name
        # after them is not the first word of the sentence, whose capital says nothing.
        opener = (asked.split() or [""])[0]
        named = named_terms(glossed if gloss(opener) else f"so {glossed}")
        # "chez [Volée]", "Fil [Rouge]": a capital whose gloss (stolen, red) no text uses, but which
        # the texts hold as written, names the ensemble or the club, as any name does.
        for token in glossed_capitals(asked):
            names, read_as = _as_name(token, self.index), _as_glossed(token)
            if names and read_as and not any(self.index.document_frequency.get(t) for t in read_as):
                named.append((set(names), token[:1].lower()))
        return named

    @staticmethod
    def asked_terms(question: str) -> set[str]:
        return {t for word in glossed_words(asked_part(question)) for t in _word_terms(word)}


def _word_terms(word: str) -> set[str]:
    """The index terms of a glossed word, and of the texts' words for it too ("émeutes" → riots →
    unrest)."""
    return {*index_terms(word), *extra_terms(word)}
