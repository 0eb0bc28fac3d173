"""The question-answering engine: one embedding, hybrid retrieval, then the extractive draft;
and the provider that hands out the engine of the serving index generation."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from assistant.domain import Answer, Chunk, Draft, Evidence, Passage, Turn
from assistant.embeddings import Embedder
from assistant.institutions import named_in
from assistant.query import compound
from assistant.query.askers import distinct_names, gives_an_age, rule_for
from assistant.query.evidence import load_model
from assistant.query.extractive import ExtractiveComposer, leads_with_kit, says_transport
from assistant.query.followup import (
    about_the_service,
    asked_types,
    context_of,
    contextual_query,
    goes_on,
    is_follow_up,
    named_service,
    names_one_thing_at_most,
    with_previous,
)
from assistant.query.french import (
    FRENCH_EVIDENCE_FILE,
    FrenchComposer,
    FrenchRetriever,
    framed_in_french,
)
from assistant.query.questions import (
    AnswerType,
    asked_at_um,
    asked_part,
    asks_kit,
    asks_transport,
    is_comparison,
    is_yes_no,
    named_terms,
    satisfies,
    says_kit,
    told_elsewhere,
    wants_steps,
    wants_unit,
)
from assistant.query.retrieval import Mode, Retriever
from assistant.settings import Settings
from assistant.store.generations import current_generation
from assistant.store.index import Index, IndexMismatchError, IndexNotFoundError
from assistant.text import index_terms, language, plain_apostrophes

# Chunks of the retrieved documents read besides the retrieved passages when those lack what the
# question needs (a procedure, the asked kind of fact).
WIDENING_PASSAGES = 3
# Added to the fused score of a retrieved chunk of the shape the question asks for.
SHAPE_BOOST = 0.2
# Passages ranked after the first k that widening may draw from.
RESERVE = 10
# Passages retrieved beyond k, so that k remain once other institutions' pages are left out.
OTHER_INSTITUTIONS_SLACK = 10
# More beyond k when a page's passages are left out ("If not, where else…?"): a page has many.
AWAY_SLACK = 30
# The rank at which a passage naming what the first pages do not is read (see ``_naming``).
NAMING_PLACE = 5


@dataclass
class Assistant:
    """Everything needed to answer, loaded once: the model, the index, retriever and composer."""

    settings: Settings
    embedder: Embedder
    index: Index
    retriever: Retriever
    composer: ExtractiveComposer
    # French questions: the multilingual view of the index, its retriever and composer (None
    # when the multilingual encoder is off or the index holds no vectors of it).
    french: tuple[Index, Retriever, ExtractiveComposer] | None = None

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> Assistant:
        """Open the serving index; raises IndexNotFoundError when there is none."""
        embedder = embedder or Embedder(settings.embedding_model, settings.multilingual_model)
        index = Index.open(settings.index_dir, settings.chroma_url, settings.exact_search_max_chunks)
        if index.model != embedder.name:
            index.close()
            raise IndexMismatchError(
                f"the index was built with {index.model!r} but the configured model is "
                f"{embedder.name!r}: run 'assistant ingest' again"
            )

        def composer(index: Index, french: bool = False) -> ExtractiveComposer:
            return (FrenchComposer if french else ExtractiveComposer)(
                index,
                fallback_contact=settings.fallback_contact,
                fallback_contact_fr=settings.fallback_contact_fr,
                min_evidence=settings.min_evidence,
                evidence_model=load_model(FRENCH_EVIDENCE_FILE) if french else None,
            )

        french = None
        encoder = embedder.multilingual
        if encoder is not None and index.multilingual_model == encoder.name:
            view = index.multilingual()
            french = (
                view,
                FrenchRetriever(view, encoder, fusion=settings.fusion),
                composer(view, french=True),
            )
        return cls(
            settings=settings,
            embedder=embedder,
            index=index,
            retriever=Retriever(index, embedder, fusion=settings.fusion),
            composer=composer(index),
            french=french,
        )

    def search(
        self, query: str, k: int = 5, history: Sequence[Turn] = (), mode: Mode = "hybrid"
    ) -> list[Passage]:
        """The ``k`` passages that best answer ``query``: those its answer quotes first, then
        retrieval's order. The quoted ones may rank past ``k`` by retrieval alone (a procedure
        or a contact line found by widening), and they are what a reader should see."""
        found = self._retrieve(contextual_query(query, history), query, k, mode=mode)
        found = self._naming(query, found, self._space(query)[0], mode)
        quoted = self._quoted(self.draft(query, history, mode=mode).answer, found)
        return [*quoted, *(p for p in found if p not in quoted)][:k]

    def _quoted(self, answer: Answer, found: list[Passage]) -> list[Passage]:
        """The passages of the answer's citations, with their retrieval scores where they have one."""
        by_index = {p.index: p for p in found}
        quoted: list[Passage] = []
        for citation in answer.citations:
            for i in self.index.chunks_of(citation.document):
                chunk = self.index.chunks[i]
                passage = by_index.get(i) or Passage(i, chunk, citation.score, None, None)
                if chunk.text == citation.text and passage not in quoted:
                    quoted.append(passage)
        return quoted

    def _space(self, asked: str) -> tuple[Index, Retriever, ExtractiveComposer]:
        """The vectors a question is matched in: the multilingual ones for a French question."""
        if self.french is not None and language(asked) == "fr":
            return self.french
        return self.index, self.retriever, self.composer

    def _retrieve(
        self,
        query: str,
        asked: str,
        k: int,
        *,
        vector: NDArray[np.float32] | None = None,
        mode: Mode = "hybrid",
        shaped: bool = True,
        away: frozenset[str] = frozenset(),
    ) -> list[Passage]:
        """The ``k`` best passages, leaving out pages about another institution that ``asked``
        does not name (their figures are right for them and wrong for us) and those in ``away``."""
        retriever = self._space(asked)[1]
        slack = OTHER_INSTITUTIONS_SLACK + (AWAY_SLACK if away else 0)
        found = retriever.search(query, k + slack, vector=vector, mode=mode)
        kept = [
            p
            for p in found
            if (p.chunk.institution is None or named_in(p.chunk.institution, asked))
            and p.chunk.document not in away
        ]
        return (self._shaped(self._wanted(asked), kept) if shaped else kept)[:k]

    def _naming(self, asked: str, passages: list[Passage], index: Index, mode: Mode) -> list[Passage]:
        """The passages, with the best one naming what the question names that none of the first
        few pages names ("a visiting professor from [Sherbrooke]": the partnership page beside
        the visiting-professor page), put in at the ``NAMING_PLACE``-th place: an answer across two
        pages needs both, and the first page crowds the ranking. For the passages shown and
        measured (``search``); the extractive answer is chosen from retrieval's own order."""
        if mode == "dense" or len(passages) < NAMING_PLACE:
            return passages
        first = passages[: NAMING_PLACE - 1]
        pages = [index.document_terms(p.chunk.document) for p in passages[:NAMING_PLACE]]
        own = set(index_terms(asked))
        # The asker's situation counts ("I'd like to invite a professor from Sherbrooke."): the
        # names of each sentence of the question.
        parts = [part for part in re.split(r"(?<=[.!?:])\s+", asked) if part]
        named = [n for part in parts for n in named_terms(part if part.endswith("?") else part + "?")]
        for terms, _ in named:
            # The question's own word, not the country a city stands for ("heidelberg", not german).
            wanted = [a for t in terms for a in t.split("|") if a in own]
            if any(all(any(a in page for a in t.split("|")) for t in terms) for page in pages):
                continue
            for i, _score in index.lexical_search(wanted, 3):
                chunk = index.chunks[i]
                if chunk.institution is not None and not named_in(chunk.institution, asked):
                    continue
                if any(p.index == i for p in first):
                    break
                naming = Passage(i, chunk, passages[NAMING_PLACE - 1].score, None, None)
                rest = [p for p in passages[NAMING_PLACE - 1 :] if p.index != i]
                return [*first, naming, *rest]
        return passages

    @staticmethod
    def _shaped(wanted: Callable[[Chunk], bool] | None, passages: list[Passage]) -> list[Passage]:
        """A chunk of the asked shape (the procedure of a steps question, a line holding the asked
        fact) moved up past close neighbours that only share the topic."""
        if wanted is None:
            return passages
        return sorted(passages, key=lambda p: -(p.score + SHAPE_BOOST * wanted(p.chunk)))

    @staticmethod
    def _wanted(asked: str, context: str | None = None) -> Callable[[Chunk], bool] | None:
        """What a chunk must hold for the question: a list or procedure, a sentence stating the
        asked typed fact; None for an open question."""
        if asks_kit(asked):
            # "What should I wear?": prose that says what to bring or wear, or a list headed so;
            # not the rules list beside it that says "wear safety glasses".
            return lambda chunk: leads_with_kit(chunk) or (not chunk.is_unit and says_kit(chunk.text))
        if wants_unit(asked):
            return lambda chunk: chunk.is_unit
        kinds = asked_types(asked, context)
        if not kinds and gives_an_age(asked):
            kinds = frozenset({AnswerType.AGE})  # "My cousin is 17. Can he…?": the page's age rule
        if not kinds and asks_transport(asked):
            return lambda chunk: says_transport(chunk.text)  # "how would I get home afterwards?"
        names = distinct_names(asked) if not kinds and is_yes_no(asked) else []
        if names:
            # "I work in the library. Could I volunteer…?": the page's rule for staff, often a
            # line under "Who can apply?" that shares few of the question's words.
            return lambda chunk: any(rule_for(chunk.stated(i), names) for i in range(len(chunk.sentences)))
        if not kinds:
            return None
        if AnswerType.CONTACT in kinds:
            # "Who should we contact about...?": the closest chunks name someone; the line that
            # gives their e-mail or phone is what they may lack.
            kinds = frozenset({AnswerType.CONTACT})

        read: dict[str, bool] = {}  # by chunk id: a chunk is looked at when ranked and when widening

        def states_it(chunk: Chunk) -> bool:
            if chunk.id not in read:
                sentences = range(len(chunk.sentences))
                read[chunk.id] = any(satisfies(kinds, chunk.stated(i), asked) for i in sentences)
            return read[chunk.id]

        return states_it

    def draft(
        self,
        question: str,
        history: Sequence[Turn] = (),
        *,
        standalone: str | None = None,
        sources: int = 0,
        mode: Mode = "hybrid",
        topical: bool = True,
        away: frozenset[str] = frozenset(),
        first_pages: frozenset[str] = frozenset(),
    ) -> Draft:
        """Retrieve and compose; ``standalone`` is a follow-up already rewritten to stand alone.

        With a conversation, a question that may lean on it ("How many institutions are
        involved?") is answered both with the previous question and alone; the draft with the
        better evidence wins, so a follow-up needs no pronoun to be recognised, unless only the
        draft with the previous question quotes ``first_pages`` alone (the pages the first part
        of a compound question was answered from). The pages named in ``away`` are not read: the
        question asks for somewhere else than they are.
        """
        if standalone:
            return self._compose(standalone, standalone, None, sources, mode, away=away)
        question = plain_apostrophes(question)
        history = [Turn(t.role, plain_apostrophes(t.content)) for t in history]
        # "Can you compare the two: what you make, when and how much?" is one question.
        parts = None if is_comparison(question) else compound.split(question)
        answered, first = (
            self._compound(parts, history, sources, mode, away, first_pages) if parts else (None, None)
        )
        if answered is not None:
            return answered
        whole = self._whole(question, history, sources, mode, topical, away, first_pages)
        if first is not None and not whole.answer.answered and not compound.in_turn(question, parts):
            # "Am I allowed to join, and can I do the full-contact part?": the part the texts answer,
            # saying that the rest was not found (not for two questions asked in turn, see
            # ``compound.in_turn``).
            return compound.partly(first, question)
        return whole

    def _whole(
        self,
        question: str,
        history: Sequence[Turn],
        sources: int,
        mode: Mode,
        topical: bool,
        away: frozenset[str] = frozenset(),
        first_pages: frozenset[str] = frozenset(),
    ) -> Draft:
        """The question answered whole, with the previous one when it may lean on it."""
        joint = with_previous(question, history)
        if joint == question:
            return self._compose(question, question, None, sources, mode, away=away)
        # A follow-up asks something new: the previous answer's sentences are not its answer.
        said = next((t.content for t in reversed(history) if t.role == "assistant"), "")
        # The page a conversation is about lends a follow-up's quote from it some trust; the first
        # part of a compound question (``topical`` off) lends none: the second often asks another page.
        topic = self._topic(history, mode) if topical and goes_on(question) else None
        context = context_of(joint, question)
        drafts = [self._compose(joint, question, context, sources, mode, said, topic, away)]
        if not is_follow_up(question):
            drafts.append(self._compose(question, question, None, sources, mode, said, topic, away))
        if (
            first_pages
            and len(drafts) > 1
            and _quoted_within(drafts[0], first_pages)
            and not _quoted_within(drafts[1], first_pages)
        ):
            # "…the cheerleading club: from what age can you join, and how much is the beginners'
            # course?": read after the first part, the second asks of the first one's pages, not of
            # another club's course that its words alone would find.
            return drafts[0]
        return max(drafts, key=lambda d: (d.answer.answered, d.answer.evidence.score))

    def _compound(
        self,
        parts: tuple[str, str],
        history: Sequence[Turn],
        sources: int,
        mode: Mode,
        away: frozenset[str] = frozenset(),
        first_pages: frozenset[str] = frozenset(),
    ) -> tuple[Draft | None, Draft | None]:
        """The answer to a question that asks two things, each part answered on its own, the second
        read after the first; None when the parts do not answer it (it is then asked whole), with
        the first part's answer when only it was answered. A compound part of a compound question
        keeps to the pages its first part was answered from (``first_pages``), as the part does."""
        first = self.draft(parts[0], history, sources=sources, mode=mode, away=away, first_pages=first_pages)
        if compound.whether_unsaid(parts, first):
            # "Are scorpions part of the survey too? … How many did they record?": the texts do not
            # say whether there is what the first part asks of, so not what the second asks of it.
            return first, None
        if compound.reached_in_first(parts, first):
            return first, None
        after = [*history, Turn("user", compound.first_as_read(parts)), Turn("assistant", first.answer.text)]
        if asked_at_um(parts[0]) and not asked_at_um(parts[1]):
            # "At UM's club, what's the membership, and which evening is net? A mate in Innsbruck says
            # …": the second part is asked of UM too, not of the institution the story names.
            away = away | self._other_institutions(asked_part(parts[1]))
        # "Which office handles it, and when is it open?": the office the first answer names.
        service = named_service(first.answer.text) if first.answer.answered else None
        named = about_the_service(parts[1], service) if service else None
        pages = frozenset(c.document for c in first.answer.citations)
        if named:
            second = self.draft(named, history, sources=sources, mode=mode, away=away)
        elif compound.claims_apart(parts):
            second = self.draft(parts[1], history, sources=sources, mode=mode, away=away)
        else:
            second = self.draft(
                parts[1], after, sources=sources, mode=mode, topical=False, away=away, first_pages=pages
            )
        if (
            compound.asks_elsewhere(parts[1])
            and pages
            and {c.document for c in second.answer.citations} <= pages
        ):
            # "Can I join? If not, is there anywhere at the university where I could learn?": not
            # on the page that says whether one can join.
            titles = {c.title for c in first.answer.citations}
            elsewhere = self.draft(
                compound.told_without(parts[1], titles),
                history,
                sources=sources,
                mode=mode,
                away=away | pages,
            )
            second = elsewhere if elsewhere.answer.answered else second
        there = bool(pages) and compound.points_there(parts[1])
        if there:
            # "…what's the most I can work in a week, and how much does a bed cost over there?": there
            # is where the first part was answered, not any page with a bed.
            others = self.index.documents - pages
            second = self.draft(parts[1], history, sources=sources, mode=mode, away=away | others)
        if compound.reaches_whom(parts, first, second):
            return second, None  # "Who can help me…, and how do I reach them?": the line names who
        if not second.answer.answered and not there and not names_one_thing_at_most(parts[1]):
            # "...Am I allowed to, and who signs these agreements at UM?": the second part may
            # ask a general rule, which the first part's page does not hold. "What are the
            # conditions?" names nothing to ask it of but the first part's thing.
            second = self.draft(parts[1], history, sources=sources, mode=mode, away=away)
        if compound.answers_both(first, second):
            return compound.joined(first, second), None
        if compound.quotes_all_of(first, second):
            return first, None  # its quotes answer the second part too ("…? Et le voyage… ?")
        return None, first if first.answer.answered and not second.answer.answered else None

    def _other_institutions(self, asked: str) -> frozenset[str]:
        """The pages about another institution than UM that ``asked`` does not name."""
        others = self.index.other_institutions()
        return frozenset(
            document for document, institution in others.items() if not named_in(institution, asked)
        )

    def _topic(self, history: Sequence[Turn], mode: Mode) -> str | None:
        """The document the conversation's last exchange is about: the one retrieval ranks first
        for the last question and its answer together."""
        asked = next((t.content for t in reversed(history) if t.role == "user"), "")
        said = next((t.content for t in reversed(history) if t.role == "assistant"), "")
        found = self._retrieve(f"{asked}\n{said}", asked, 1, mode=mode, shaped=False) if asked else []
        return found[0].chunk.document if found else None

    def _compose(
        self,
        query: str,
        asked: str,
        context: str | None,
        sources: int,
        mode: Mode,
        said: str = "",
        topic: str | None = None,
        away: frozenset[str] = frozenset(),
    ) -> Draft:
        composer = self._space(asked)[2]
        passages, vector, closest = self._passages(query, asked, mode, away)
        draft = composer.draft(
            asked,
            passages,
            vector,
            context=context,
            sources=sources,
            offered=closest,
            said=said,
            topic=topic,
        )
        if composer is not self.composer and draft.answer.answered:
            # The quote stays the English text, verbatim; the frame around it is French.
            draft = replace(draft, answer=replace(draft.answer, text=framed_in_french(draft.answer)))
        return draft

    def _passages(
        self, query: str, asked: str, mode: Mode, away: frozenset[str] = frozenset()
    ) -> tuple[list[Passage], NDArray[np.float32], set[int]]:
        """The passages to answer from, the question's vector, and the passages that may serve as
        further sources: the closest ones by retrieval alone. The chunks moved up for their shape
        or added by widening were read to find the answer; as sources they only give a model more
        to confuse (other dates, other amounts)."""
        index, retriever, _ = self._space(asked)
        # A story about another place before what is asked of UM is matched by its words, lightly,
        # but not by its meaning, which would be the other place's rule.
        vector = retriever.embed(asked_part(asked) if told_elsewhere(asked) else query)
        k = self.settings.retrieval_k
        found = self._retrieve(query, asked, k + RESERVE, vector=vector, mode=mode, shaped=False, away=away)
        closest = {p.index for p in found[:k]}
        wanted = self._wanted(asked, context_of(query, asked))
        found = self._shaped(wanted, found)
        widened = self._widened(wanted, found[:k], found[k:], vector, index, wants_steps(asked))
        return widened, vector, closest

    def quotes(self, question: str, history: Sequence[Turn] = ()) -> list[tuple[str, Evidence]]:
        """The quotes the composer shortlists, with their evidence: what the evidence model is
        trained on. A question with history is read with the previous one."""
        query = with_previous(question, history)
        passages, vector, _ = self._passages(query, question, "hybrid")
        context = context_of(query, question)
        return self._space(question)[2].quotes(question, passages, vector, context)

    def _widened(
        self,
        wanted: Callable[[Chunk], bool] | None,
        passages: list[Passage],
        reserve: list[Passage],
        vector: NDArray[np.float32],
        index: Index,
        steps: bool = False,
    ) -> list[Passage]:
        """The passages, plus what the question needs when the closest chunks may lack it: the
        lists and procedures of a steps question, the lines that hold the asked fact (a phone
        number, an e-mail...) of a typed one; from the documents the passages come from, or from
        the next-ranked passages (a contact directory is rarely the closest page)."""
        if wanted is None:
            return passages
        return self._with(passages, reserve, vector, index, wanted, steps)

    def _with(
        self,
        passages: list[Passage],
        reserve: list[Passage],
        vector: NDArray[np.float32],
        index: Index,
        wanted: Callable[[Chunk], bool],
        steps: bool,
    ) -> list[Passage]:
        seen = {p.index for p in passages}
        best_of: dict[str, float] = {}
        for p in passages:
            best_of.setdefault(p.chunk.document, p.score)
        extra = []
        for document, score in best_of.items():
            for i in self.index.chunks_of(document):
                chunk = self.index.chunks[i]
                if i in seen or not wanted(chunk):
                    continue
                dense = float(index.chunk_vectors[i] @ vector)
                extra.append(Passage(i, chunk, score * dense, dense, None))
                seen.add(i)
        for p in reserve:
            if p.index not in seen and wanted(p.chunk):
                dense = float(index.chunk_vectors[p.index] @ vector)
                extra.append(replace(p, score=p.score * dense))
                seen.add(p.index)
        # A procedure is asked for by "What's the procedure?" with few of its words: the numbered
        # steps of the retrieved documents come before their other lists.
        extra.sort(key=lambda p: (not (steps and p.chunk.kind == "steps"), -p.score))
        return [*passages, *extra[:WIDENING_PASSAGES]]

    def ask(self, question: str, history: Sequence[Turn] = (), mode: Mode = "hybrid") -> Answer:
        return self.draft(question, history, mode=mode).answer


class AssistantProvider:
    """Hands out the Assistant for the serving generation, reloading when ``ingest`` publishes one.

    Each request leases one Assistant and keeps it to the end, so an answer never mixes two
    generations; the switch itself is a pointer read (a few microseconds per request). A replaced
    Assistant's index is closed (its Chroma client, its hold on the generation folder) once the
    last lease on it ends.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self._current: Assistant | None = None
        self._lock = threading.Lock()
        self._leases: dict[int, int] = {}  # id() of a leased Assistant → its leases
        self._retired: dict[int, Assistant] = {}  # replaced, still leased

    def get(self) -> Assistant:
        """The Assistant of the serving generation; raises IndexNotFoundError when none is built.
        For a quick look at the index; anything that searches takes a ``lease``."""
        folder = current_generation(self.settings.index_dir)
        current = self._current
        if folder is None:
            if current is not None:
                return current
            raise IndexNotFoundError(
                f"no index in {self.settings.index_dir}: run 'assistant ingest' to build it"
            )
        if current is not None and current.index.folder == folder:
            return current
        with self._lock:
            if self._current is None or self._current.index.folder != folder:
                self.embedder = self.embedder or Embedder(
                    self.settings.embedding_model, self.settings.multilingual_model
                )
                loaded = Assistant.load(self.settings, self.embedder)
                if self._current is not None:
                    self._retire(self._current)
                self._current = loaded
            return self._current

    @contextmanager
    def lease(self) -> Iterator[Assistant]:
        """The serving Assistant, kept open until the block ends even if a new generation is
        published meanwhile."""
        while True:
            assistant = self.get()
            with self._lock:
                if assistant is self._current:  # not retired between get() and here
                    self._leases[id(assistant)] = self._leases.get(id(assistant), 0) + 1
                    break
        try:
            yield assistant
        finally:
            with self._lock:
                left = self._leases.pop(id(assistant)) - 1
                if left:
                    self._leases[id(assistant)] = left
                elif self._retired.pop(id(assistant), None) is not None:
                    assistant.index.close()

    def close(self) -> None:
        """Close the serving index (at shutdown); leased ones close when their lease ends."""
        with self._lock:
            if self._current is not None:
                self._retire(self._current)
                self._current = None

    def _retire(self, assistant: Assistant) -> None:
        # Called with the lock held.
        if self._leases.get(id(assistant)):
            self._retired[id(assistant)] = assistant
        else:
            assistant.index.close()


def _quoted_within(draft: Draft, pages: frozenset[str]) -> bool:
    """Whether the draft answers from those pages alone."""
    cited = {c.document for c in draft.answer.citations}
    return draft.answer.answered and bool(cited) and cited <= pages
