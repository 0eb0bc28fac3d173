"""Passages → an answer with numbered citations, or an abstention that names whom to contact.

The extractive composer returns sentences of the texts verbatim. It answers only when the best
sentence is *evidence*: semantically close to the question, lexically covering what the question
is about, and, for questions that ask for a typed fact, containing a fact of that type.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from assistant.domain import Answer, Chunk, Citation, Draft, Evidence, Passage
from assistant.query.askers import asker_names, broader_names, gives_an_age, restricts, rule_for
from assistant.query.evidence import MODEL_FILE, ORDER_FILE, EvidenceModel, load_model
from assistant.query.followup import asked_types, swaps_the_subject
from assistant.query.gloss import covering_terms
from assistant.query.membership import groups_of, mentioned_names
from assistant.query.paraphrase import extra_terms, paraphrases
from assistant.query.questions import (
    AFTERWORD_SHARE,
    AGE_RULE,
    CURRENCY_CODES,
    NOBODY_NOWHERE,
    NUMBER_WORDS,
    RULES_WORDS,
    AnswerType,
    also_done,
    asked_action,
    asked_manner,
    asked_modifiers,
    asked_objects,
    asked_part,
    asked_thing,
    asked_variants,
    asks_difference,
    asks_kit,
    asks_rules,
    asks_tally,
    asks_transport,
    dated_action,
    dated_subject,
    dated_thing,
    focus_terms,
    is_comparison,
    is_yes_no,
    is_yes_no_fr,
    listed_noun,
    named_terms,
    offered_instead,
    pointed_thing,
    procedure_kind,
    procedure_object,
    rules_of_place,
    satisfies,
    says_kit,
    split_afterword,
    states,
    story_names,
    told_elsewhere,
    told_first,
    untranslated_objects,
    wants_steps,
    wants_unit,
)
from assistant.query.regions import city_countries, is_place, place_terms, regions_of
from assistant.store.index import Index
from assistant.text import (
    FAQ_ANSWER,
    Words,
    answers_faq,
    asks,
    coverage,
    fold,
    index_terms,
    language,
    refers_back,
    spelled_initials,
    term_alternatives,
    warns_on,
)

# A question's word this close to its rarest one's weight is rare too (see ``_next_naming``).
RARE_SHARE = 0.7
# Candidate sentences rank by cosine similarity plus these shares of their lexical coverage of
# the question and of their passage's fused retrieval score (chosen on eval/, see README).
SENTENCE_LEXICAL_WEIGHT = 0.3
SENTENCE_PASSAGE_WEIGHT = 0.4
# The items of one list share its headings, so their coverage ties: the item whose own words name
# what is asked ("Results: by 30 April") goes first.
OWN_WORDS_WEIGHT = 0.05
# A second sentence joins the answer when it scores at least this share of the best one.
SECOND_SENTENCE_RATIO = 0.92
# For a question that asks for a typed fact (a date, a count...), two sentences that both state
# one are both quoted unless the second scores under this share of the best: picking the wrong
# one of two close dates would be a wrong answer, quoting both (each cited) is not. Dev results
# do not change anywhere between 0.7 and 0.92; on the held-out set, 0.75 and below fix one
# paraphrase ("When did UM join...?": founding date vs membership date).
TYPED_SECOND_SENTENCE_RATIO = 0.7
# Ways to reach someone: a line that gives one is the whole answer to "Which e-mail...?", however
# little of the question's wording it repeats.
_REACH = (AnswerType.EMAIL, AnswerType.PHONE, AnswerType.CONTACT, AnswerType.WEB, AnswerType.ADDRESS)
# The nouns by which a question names the type of fact it asks for. A fee or a price is money
# of one kind (a grant is not a fee): those are named by the quote or not at all.
_TYPE_NOUNS = frozenset(
    index_terms(
        "deadline date day amount rate sum number phone telephone email e-mail address hours time "
        "duration length percentage rent price cost"
    )
)
_FIGURES = {AnswerType.MONEY, AnswerType.COUNT, AnswerType.DURATION, AnswerType.PERCENT, AnswerType.DATE}
_NAMED = {
    AnswerType.AGENT,
    AnswerType.PERSON,
    AnswerType.NAME,
}  # who-questions: a name, not a value to compare
# For a steps or list question, a list or table scoring at least this share of the best sentence
# is quoted whole instead of it: the procedure is the answer, not its closest sentence.
UNIT_RATIO = 0.85
# For a steps question, the numbered procedure of the best quote's document is quoted whole when
# it scores at least this share of the best quote (a list of conditions often scores higher).
OWN_STEPS_RATIO = 0.3
# For a list question, a list of the best quote's document is quoted whole from this share.
OWN_LIST_RATIO = 0.6
# A steps question is about another page than its best quote's when the retrieved passages of
# that page weigh this many times as much.
TOPIC_MASS = 1.5
# Longest paragraph under the heading a list question asks that is quoted whole.
PROSE_LIST_SENTENCES = 3
# A quote naming the thing a "When is the …?" asks the date of goes first from this share of the
# best quote's score.
DATED_RATIO = 0.75
# …and, for a bare "When is it?" after a story, from this share, among twice the shortlist: the
# story's words, which rank the quotes, say more about the asker than about the thing.
POINTED_RATIO = 0.5
# Candidates (by the hand-weighted score) that the evidence model reorders.
RERANK = 6
# How close to the best quote's score another page's quote must be to move past it for naming more
# of what a yes/no question asks about.
OTHER_PAGE_RATIO = 0.8
# Candidates beyond those that give a way to reach someone, reordered too when one is asked for.
REACHING = 2
# How much less evidence a group's rule quoted with the listing of the member asked about needs:
# the hop itself is evidence the question's words, told as a story, do not show.
HOP_TRUST = 0.1
# Words that name no subject a follow-up could turn to: the measure after "how" ("how [long]
# before…": a page titled "Long leave" is not what it asks about) and a reply ("[OK]. And…").
_NO_SUBJECT = frozenset(
    index_terms("long much many far often soon old big early late ok okay cool great nice perfect fine")
)
# How much less evidence a follow-up's quote from the page the conversation is about needs: the
# conversation names the page's subject, which the follow-up's own words leave out ("And do I
# need my own cue?" after a question on the billiards club).
TOPIC_TRUST = 0.1
# Longest label of a directory line ("Defence and Security Official: fsd@...") named in an answer.
DIRECTORY_LABEL = 80


# "Two species of seahorse…", "three kinds of owl": a page about to tell the kinds apart.
_KINDS_OF = re.compile(
    r"\b(?:two|three|four|five|2|3|4|5) (?:species|kinds|types|sorts|groups|families|varieties) of ([a-z-]+)",
    re.IGNORECASE,
)


# "Is Russia on the list of sanctioned countries?", « La Russie fait-elle partie des pays… ? »
_ON_A_LIST = re.compile(
    r"\b(?:on|in) (?:the|their|your|a|its) (?:[\w-]+ )?list\b|\blisted\b|\bamong the\b"
    r"|\bsur la liste\b|\bfait(?:-elle|-il)? partie des\b|\bparmi les\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Question:
    """What the answer must satisfy: the question's term weights, the asked fact types, the names
    it uses, and whether it asks for a whole list or procedure."""

    weights: dict[str, float]
    kinds: frozenset[AnswerType]
    named: list[tuple[set[str], str]]
    unit_wanted: bool
    text: str = ""
    focus: tuple[str, ...] = ()  # what it asks about (``questions.focus_terms``), read once
    asked: frozenset[str] = frozenset()  # the terms of what is asked, without the asker's story
    kit: bool = False  # it asks what to bring or wear (``questions.asks_kit``)
    apart: bool = False  # it asks how to tell things apart (``questions.asks_difference``)
    on_a_list: bool = False  # it asks whether what it names is on a list ("Is Russia on the list…?")
    french: bool = False  # it is asked in French
    rules: bool = False  # it asks for rules (``questions.asks_rules``)

    @property
    def by_region(self) -> bool:
        """Whether a figure is asked for, which a table may give by region rather than by country."""
        return bool(self.kinds & _FIGURES)


@dataclass(frozen=True)
class _Candidate:
    passage: Passage
    sentence: int
    dense: float
    coverage: float
    whole: bool = False  # quote the candidate's whole list or table
    lexical_weight: float = SENTENCE_LEXICAL_WEIGHT
    own: float = 0.0  # coverage by the sentence's own words, without its headings
    through: int = -1  # the last sentence quoted, when it goes past the candidate (an FAQ answer)
    since: int = -1  # the first sentence quoted, when it comes before the candidate (an FAQ answer)

    @property
    def score(self) -> float:
        return (
            self.dense
            + self.lexical_weight * self.coverage
            + OWN_WORDS_WEIGHT * self.own
            + SENTENCE_PASSAGE_WEIGHT * self.passage.score
        )


# Where a name is looked for: the words, the terms, and the acronyms the text spells out.
_Where = tuple[Words, frozenset[str], Callable[[], frozenset[str]]]


def _span(candidate: _Candidate) -> tuple[int, int]:
    """The sentences to quote: the candidate, with the sentence an opening "It"/"This" refers to;
    or its whole list or table."""
    if candidate.whole:
        return 0, len(candidate.passage.chunk.sentences) - 1
    first = candidate.sentence
    if first > 0 and refers_back(candidate.passage.chunk.sentence(first)):
        first -= 1
    if candidate.since >= 0:
        first = min(first, candidate.since)
    return first, max(candidate.sentence, candidate.through)


def _with_faq_answer(candidate: _Candidate) -> _Candidate:
    """An FAQ's question ("I take the train but fly back. Do I keep the grant?") quoted with its
    answer, the sentences after it up to the next question: the question alone answers nothing."""
    chunk = candidate.passage.chunk
    if candidate.whole or chunk.is_unit:
        return candidate
    said = [chunk.sentence(k) for k in range(len(chunk.sentences))]
    i = candidate.sentence
    if (chunk.section or "").rstrip().endswith("?") and len(said) <= FAQ_ANSWER and not any(map(asks, said)):
        # The whole answer under its question heading: "Only folding bikes." "Other bikes are not
        # allowed." answer "Can I take my bike on the tram?" together.
        return replace(candidate, since=0, through=len(said) - 1)
    asked = next((k for k in range(i - 1, -1, -1) if asks(said[k])), None)
    if asked is not None and asked + 1 < i and answers_faq(said[:i], said[i]):
        # A later sentence of an FAQ's answer ("Students who need specimens ask the curators…")
        # is quoted from the answer's first ("Volunteering gives no access to the collections."),
        # which says yes or no to the FAQ's question.
        return replace(candidate, since=asked + 1)
    if i + 1 < len(said) and not asks(said[i]) and asks(said[i + 1]):
        i += 1  # the situation the question is asked in
    if not asks(said[i]):
        return candidate
    last = i
    while last + 1 < len(said) and answers_faq(said[: last + 1], said[last + 1]):
        last += 1
    return candidate if last == i else replace(candidate, through=last)


def _first(
    ranked: list[_Candidate], holds: Callable[[_Candidate], bool], within: int = RERANK
) -> list[_Candidate]:
    """The shortlisted candidates ``holds`` is true of first, in their order, then the rest."""
    chosen = [c for c in ranked[:within] if holds(c)]
    return chosen + [c for c in ranked if c not in chosen]


# A list asked for and told in prose ("Wear loose clothes. You train barefoot. Take off rings…"):
# the sentences next to the best one that answer nearly as well are its other items.
PROSE_ITEM_RATIO = 0.85


def _with_neighbours(best: _Candidate, shortlist: list[_Candidate], kit: bool = False) -> _Candidate:
    """The best quote widened to the sentences around it in its paragraph that the shortlist
    holds at nearly its score: the items of a list told in prose; for what to bring or wear, the
    sentences that say it ("Come in old clothes…" "Bring a photo…"), whatever their score."""
    near = {
        c.sentence
        for c in shortlist
        if c.passage.index == best.passage.index and c.score >= PROSE_ITEM_RATIO * best.score
    }
    if kit:
        chunk = best.passage.chunk
        near |= {k for k in range(len(chunk.sentences)) if says_kit(chunk.sentence(k))}
    first, last = _span(best)
    while first - 1 in near:
        first -= 1
    while last + 1 in near:
        last += 1
    return replace(best, since=first, through=last) if (first, last) != _span(best) else best


# What "Which countries…?" lists: places, which the answer must name.
_PLACE_NOUNS = frozenset(index_terms("countries cities"))
# A sentence that carries on the one before: "Some authorities want the signature certified. The
# desk then asks the General Affairs Department…": the first states the case, the second what is done.
_SEQUEL = re.compile(r"^(?:[\w'’-]+\s+){1,3}then\b|^(?:in (?:that|this|such a) case|if so)\b", re.IGNORECASE)


# "…for UM?", "on behalf of the university", "on our side": who does it for the university.
_UNIVERSITY_SIDE = re.compile(
    r"\b(?:for|on behalf of|at|of)\s+(?:the\s+)?(?:UM|university|University of Montpellier)\b"
    r"|\b(?:UM's|the university's|our)\s+side\b|\bon our side\b",
    re.IGNORECASE,
)
_NAMES_UNIVERSITY = re.compile(r"\bUM\b|\bUniversity of Montpellier\b")
# Who does it, by a title: "signed by the President", "only the Vice-President … may".
_NAMED_DOER = re.compile(r"\b(?:by|only)\s+(?:the\s+|its\s+|UM's\s+)?[A-Z][\w-]+")


# What a follow-up says before it asks: "Nice. And if…?", "OK, thanks. What about…?".
_FILLER = frozenset(index_terms("ok okay nice great thanks thank cool perfect right alright sure fine good"))
# Opening hours: "Tuesday to Friday, 12:00-19:00", "9 am – 5 pm".
_HOURS = re.compile(
    r"\b\d{1,2}(?::\d\d|h\d\d| ?[ap]m)\s*[-–]\s*\d{1,2}(?::\d\d|h\d\d| ?[ap]m)\b", re.IGNORECASE
)
# A place-and-hours line is short: longer, it is prose about something else.
CONTACT_TAIL_WORDS = 20


def _with_sequel(candidate: _Candidate) -> _Candidate:
    """A quoted sentence with the sentence that carries it on (see ``_SEQUEL``), or that opens by
    pointing back at it ("It is not guaranteed: the office answers within 2 weeks.")."""
    chunk = candidate.passage.chunk
    if candidate.whole or chunk.is_unit:
        return candidate
    last = max(candidate.sentence, candidate.through)
    if last + 1 < len(chunk.sentences) and (
        _SEQUEL.search(chunk.sentence(last + 1))
        or refers_back(chunk.sentence(last + 1))
        or _where_and_when(chunk.sentence(last), chunk.sentence(last + 1))
        or warns_on(chunk.sentence(last), chunk.sentence(last + 1))
    ):
        return replace(candidate, through=last + 1)
    return candidate


def _where_and_when(line: str, after: str) -> bool:
    """Whether ``after`` is the rest of the contact ``line``: the office and its hours ("Station
    manager: radio@…, +33 4…. Triolet campus, building 16, room 003; Monday to Thursday, 10:00–18:00."),
    not another service's line."""
    return (
        states(AnswerType.CONTACT, line, "")
        and not states(AnswerType.CONTACT, after, "")
        and len(after.split()) <= CONTACT_TAIL_WORDS
        and (states(AnswerType.ADDRESS, after, "") or _HOURS.search(after) is not None)
    )


def _stated_entry(candidate: _Candidate, kinds: frozenset[AnswerType]) -> str:
    """The candidate's sentence as its facts are read; for a question that asks how to reach
    someone, a contact line with its place and hours (see ``_where_and_when``): "…, how do I reach
    them, and which days are they in?" is answered by the line and its tail, as they are quoted."""
    chunk, i = candidate.passage.chunk, candidate.sentence
    stated = chunk.stated(i)
    reach = kinds.intersection(_REACH)
    if reach and i + 1 < len(chunk.sentences) and _where_and_when(chunk.sentence(i), chunk.sentence(i + 1)):
        return f"{stated} {chunk.sentence(i + 1)}"
    return stated


def _ways_to_name(name: frozenset[str]) -> list[tuple[str, ...]]:
    """How a table row may name what a question names, most precise first: the name itself, the
    country of a city ("Tunis": Tunisia), then the regions that hold it ("North Africa", "rest of
    the world")."""
    ways: list[tuple[str, ...]] = [tuple(sorted(name))]
    countries = [
        stem
        for city, country in city_countries().items()
        if set(index_terms(city)) == set(name)
        for stem in index_terms(country)
    ]
    ways += [(stem,) for stem in countries]
    for stem in [*countries, *name] if len(name) == 1 else countries:
        ways += [region for region in regions_of({stem}) if region not in ways]
    return ways


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    if a.passage.index != b.passage.index:
        return False
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return a0 <= b1 and b0 <= a1


class ExtractiveComposer:
    """Picks the sentence(s) that answer a question from retrieved passages, or abstains."""

    lexical_weight = SENTENCE_LEXICAL_WEIGHT  # of a candidate's coverage in its score (step 8)

    def __init__(
        self,
        index: Index,
        *,
        fallback_contact: str,
        min_evidence: float,
        fallback_contact_fr: str | None = None,
        evidence_model: EvidenceModel | None = None,
    ) -> None:
        self.index = index
        self.evidence_model = evidence_model
        self.fallback_contact = fallback_contact
        self.fallback_contact_fr = fallback_contact_fr or fallback_contact
        self.min_evidence = min_evidence

    def term_weights(self, question: str, context: str | None = None) -> dict[str, float]:
        """IDF weight of each question term; terms of the conversation context count half. An
        everyday phrase ("last day") is one term that the texts' word ("deadline") covers too."""
        question = _DEICTIC_TIME.sub(" ", question)
        asked, after = split_afterword(question)
        weights = {_as_figure(t): self.index.idf(t) for t in index_terms(asked) if t not in NOBODY_NOWHERE}
        for term in (t for t in index_terms(after) if t not in NOBODY_NOWHERE):
            # What the asker adds after the question tells why they ask, seldom what.
            weights.setdefault(_as_figure(term), AFTERWORD_SHARE * self.index.idf(term))
        for phrase, words in paraphrases(question):
            if phrase and all(t in weights for t in phrase):
                # One term for the phrase, covered by its words or by the texts' ones.
                weight = max(weights.pop(t) for t in dict.fromkeys(phrase))  # "face to face": once
                weights["|".join(sorted({*phrase, *words}))] = weight
            elif not phrase and words:
                # "find out" is all stopwords: what it asks about is only in the texts' words.
                weights["|".join(sorted(words))] = min(self.index.idf(t) for t in words)
        for term in index_terms(context or ""):
            weights.setdefault(term, 0.5 * self.index.idf(term))
        return weights

    def named(self, question: str) -> list[tuple[set[str], str]]:
        """What the question names, that the quoted sentence or its headings must name too."""
        return named_terms(question)

    @staticmethod
    def asked_terms(question: str) -> set[str]:
        """The terms of what is asked, without the asker's story before or after it."""
        return set(index_terms(asked_part(question)))

    def abstain(self, evidence: Evidence | None = None, question: str = "") -> Answer:
        """The abstention, in the question's language (French or English)."""
        # The fallback is the answer's last sentence, so a client can set it apart.
        if language(question) == "fr":
            fallback = f"Veuillez contacter {self.fallback_contact_fr}."
            notice = "Je n'ai pas trouvé cette information dans les documents de l'Université de Montpellier."
        else:
            fallback = f"Please contact {self.fallback_contact}."
            notice = "I could not find this in the University of Montpellier's documents."
        return Answer(
            text=f"{notice} {fallback}", answered=False, fallback=fallback, evidence=evidence or Evidence()
        )

    def candidates(
        self,
        passages: Sequence[Passage],
        vector: NDArray[np.float32],
        weights: dict[str, float],
        whole_units: bool = False,
    ) -> list[_Candidate]:
        found = []
        total = sum(weights.values()) or 1.0
        for passage in passages:
            sims = self.index.sentence_vectors_of(passage.index) @ vector
            if whole_units and passage.chunk.is_unit:
                # A list asked for is judged as a whole: its items seldom repeat what its
                # heading and lead-in say it lists ("What to send to the desk").
                sims = np.maximum(sims, float(self.index.chunk_vectors[passage.index] @ vector))
            heading = Words(self.index.heading_terms[passage.index])
            headed = {t for t in weights if heading.covers(t)}
            sentence_terms = self.index.sentence_terms[passage.index]
            for i, terms in enumerate(sentence_terms):
                said = list(terms)
                if i > 0 and refers_back(passage.chunk.sentence(i)):
                    said += sentence_terms[i - 1]  # "It" stands for the previous sentence's subject
                if passage.chunk.kind == "table" and 0 < passage.chunk.lead <= i:
                    said += sentence_terms[passage.chunk.lead - 1]  # the row's column headers
                elif passage.chunk.kind != "text" and 0 < passage.chunk.lead <= i:
                    for lead in sentence_terms[: passage.chunk.lead]:
                        said += lead  # an item is read under its lead-in
                spoken = Words(said)
                stated = {t for t in weights if spoken.covers(t)}
                cover = sum(weights[t] for t in stated | headed) / total
                own = sum(weights[t] for t in stated) / total
                found.append(
                    _Candidate(passage, i, float(sims[i]), cover, lexical_weight=self.lexical_weight, own=own)
                )
        return sorted(found, key=lambda c: -c.score)

    def _named(
        self,
        candidate: _Candidate,
        named: list[tuple[set[str], str]],
        by_region: bool = False,
        on_a_list: bool = False,
    ) -> float | None:
        """Share of what the question names (a country, a programme, a residence) that the sentence,
        its headings or its list's lead-in name; None when the document does not name it at all:
        a page on Colombia's grant does not answer about Germany, but a page about a partnership
        with Nueva Esperanza answers about it even in a sentence that says "the first students"."""
        if not named:
            return 1.0
        index = candidate.passage.index
        vocabulary = [*self.index.sentence_terms[index][candidate.sentence], *self.index.heading_terms[index]]
        if candidate.passage.chunk.is_unit:
            vocabulary += self.index.context_terms[index]  # a list item is read under its lead-in
        chunk = candidate.passage.chunk
        document = chunk.document
        in_document: _Where = (
            self.index.document_vocabulary(document),
            self.index.document_terms(document),
            lambda: self.index.document_initials(document),
        )

        def quote_initials() -> frozenset[str]:
            quoted = " ".join([chunk.sentence(candidate.sentence), chunk.title, chunk.section or ""])
            return frozenset(spelled_initials(quoted))

        in_quote: _Where = Words(vocabulary), frozenset(vocabulary), quote_initials

        def found(terms: set[str], initials: str, where: _Where) -> bool:
            if terms and all(where[0].covers(t) for t in terms):
                return True
            # Initials stand for a phrase of two words or more ("eua"), never for a single word;
            # an acronym ("HR") for the words a text spells out ("Human Resources").
            if len(initials) > 1 and (
                initials in where[1] or (terms == {initials} and initials in where[2]())
            ):
                return True
            # For a figure, a country is named by a region that holds it ("Rest of the world"
            # for Japan); whether UM has a partner in India is not answered by a region.
            regions = regions_of(terms) if by_region else ()
            return any(all(where[0].covers(t) for t in region) for region in regions)

        # A page that names no place at all gives one rule for everyone: where the asker lives
        # or goes ("a lecturer who lives in Brazil", "once I'm back in Madrid") does not change it.
        # Unless the question asks whether the place is on a list ("Is Russia on the list of
        # sanctioned countries?"): a page that names none does not say.
        if place_terms().isdisjoint(self.index.document_terms(document)) and not on_a_list:
            named = [(terms, initials) for terms, initials in named if not is_place(terms)]
            if not named:
                return 1.0
        if not all(found(terms, initials, in_document) for terms, initials in named):
            return None
        return sum(found(terms, initials, in_quote) for terms, initials in named) / len(named)

    def _ranked(
        self, question: str, passages: Sequence[Passage], vector: NDArray[np.float32], context: str | None
    ) -> tuple[list[_Candidate], list[_Candidate], _Question]:
        """All candidate sentences, and those that may answer: of the asked type, naming what the
        question names, the best few reordered by the evidence model."""
        own = frozenset(self.asked_terms(question))
        weights = _told_lightly(self.term_weights(question, context), own, question)
        kinds = asked_types(question, context)
        # A procedure's answer is general: "with a university in Quebec" does not restrict it.
        unit_wanted = wants_unit(question)
        everything = self.candidates(passages, vector, weights, unit_wanted)
        asked = _Question(
            weights,
            kinds,
            # …but whether a name is on a list is answered only by a quote that names it.
            # So is "What are China's rules…?": the rules of a place are its own.
            []
            if unit_wanted and not is_yes_no(question) and not rules_of_place(question)
            else self.named(question),
            unit_wanted,
            question,
            tuple(focus_terms(question)),
            own,
            asks_kit(question),
            asks_difference(question),
            _ON_A_LIST.search(question) is not None,
            language(question) == "fr",
            asks_rules(question),
        )
        story = self._story_pages(question, everything)
        ranked = [
            c
            for c in everything
            if (unit_wanted or not _header(c))
            and satisfies(kinds, _stated_entry(c, kinds), question)
            and self._named(c, asked.named, asked.by_region, asked.on_a_list) is not None
            and (not story or self._named(c, story) is not None)
        ]
        # The hand-weighted score shortlists; the learned model, which also weighs what the
        # question names and whether a whole list is quoted, orders the shortlist.
        rest = ranked[RERANK:]
        # "Who should I talk to about...?": a directory line that gives the e-mail repeats few of
        # the question's words; the best of them are read by the model however they rank here.
        reaching = list(itertools.islice((c for c in rest if _reaches(c, asked)), REACHING))
        rest = [c for c in rest if c not in reaching]
        head = [self._as_quoted(c, asked) for c in ranked[:RERANK] + reaching]
        scores = [self._evidence([c], ranked, vector, asked, ORDER_FILE).score for c in head]
        order = sorted(range(len(head)), key=lambda i: -scores[i])
        if context and swaps_the_subject(question):
            # "What about Brazil?": what the follow-up swaps in is what its answer must name.
            order.sort(
                key=lambda i: -(self._named(head[i], asked.named, asked.by_region, asked.on_a_list) or 0.0)
            )
        return everything, _topic_contact_first([head[i] for i in order] + rest, everything, asked), asked

    def _story_pages(self, question: str, everything: list[_Candidate]) -> list[tuple[set[str], str]]:
        """The names of the asker's story that title one page retrieved, and one only ("…I've been
        going to Ancre's trainings since October. What do I need to do to get picked?"): what is
        asked is asked of it, so a page that never names it (another page's steps) does not
        answer. A place ("back home in Punjab") or a name no title holds restricts nothing; nor do
        the story's names when what is asked names something itself ("Our Hack'UM team wants to
        print a prototype. Is the FabLab open on the Saturday?") or when they title two pages
        ("…lacrosse with Les Faucons and roundnet with Spirale. Can I join both?")."""
        if named_terms(question):
            return []
        retrieved = {c.passage.chunk.document for c in everything}
        names = [(name, self.index.titled(name[0])) for name in story_names(question)]
        names = [(name, titled) for name, titled in names if not is_place(name[0])]
        pages = {page for _, titled in names for page in titled}
        return [name for name, titled in names if titled] if len(pages) == 1 and pages <= retrieved else []

    def _focus(self, candidate: _Candidate, asked: _Question) -> float:
        """Share of the question's focus ("the [age limit] for...") named by the quoted sentence,
        its headings, or the lead-in it is read under: a sentence on the topic that never names
        what is asked about does not answer it."""
        # A typed question's noun for the type itself ("the [deadline] for...", "what hourly
        # [rate]") is stated by the typed fact ("before 5 March", "€4.62 per hour").
        focus = asked.focus
        if not focus:
            return 1.0
        index, chunk = candidate.passage.index, candidate.passage.chunk
        first, last = _span(candidate)
        vocabulary = [t for i in range(first, last + 1) for t in self.index.sentence_terms[index][i]]
        vocabulary += self.index.heading_terms[index]
        if chunk.is_unit:
            vocabulary += [t for i in range(chunk.lead) for t in self.index.sentence_terms[index][i]]
        if asked.kinds:
            vocabulary += [a for f in focus for a in f.split("|") if a in _TYPE_NOUNS]
        return coverage(dict.fromkeys(focus, 1.0), vocabulary)

    def _foreign(self, candidate: _Candidate, asked: _Question) -> float:
        """Share of the question's focus that the candidate's whole document never names: a page
        on a residence's rooms and rents that never mentions a laundry does not say whether
        there is one, however close its sentences are. Everyday wording the paraphrase table
        knows ("last day" → deadline) is left out: the texts have more ways to say it ("before
        15 April") than the table lists."""
        plain = [f for f in asked.focus if "|" not in f]
        if not plain:
            return 0.0
        terms = self.index.document_vocabulary(candidate.passage.chunk.document)
        return sum(not terms.covers(f) for f in plain) / len(asked.focus)

    def _dated(self, ranked: list[_Candidate], action: tuple[str, ...]) -> list[_Candidate]:
        """For "Until when can I apply?", the shortlisted quotes that name applying first: the
        others date other steps of the calendar."""
        if not action:
            return ranked

        def names(c: _Candidate) -> bool:
            terms = self._quoted_terms(c)
            chunk = c.passage.chunk
            if chunk.kind == "table" and 0 < chunk.lead <= c.sentence:
                # "Programme you apply for | Application window": a row is dated under its header.
                terms = [*terms, *self.index.sentence_terms[c.passage.index][chunk.lead - 1]]
            return any(t in action for t in terms)

        return _first(ranked, names)

    def _dated_by_name(self, ranked: list[_Candidate], thing: str | None, pointed: bool) -> list[_Candidate]:
        """For "When are the info meetings…?", the shortlisted quotes whose own words name the
        meetings first: a step read under a lead-in that names them dates another step. ``pointed``:
        the thing is what a bare "When is it?" points at in the story."""
        terms = _terms_naming(thing) if thing else []
        if not terms:
            return ranked

        def names(c: _Candidate) -> bool:
            said = Words(self.index.sentence_terms[c.passage.index][c.sentence])
            return any(said.covers(t) for t in terms)

        # A quote far behind the best that names the thing only in other words of a gloss
        # (« soirées »: evenings) speaks of something else.
        floor = (POINTED_RATIO if pointed else DATED_RATIO) * ranked[0].score
        return _first(ranked, lambda c: c.score >= floor and names(c), 2 * RERANK if pointed else RERANK)

    def _about_objects(self, ranked: list[_Candidate], question: str) -> list[_Candidate]:
        """For a yes/no question ("Does that also keep my [room] in the [residence]?"), the
        shortlisted quotes that name more of what it asks about first: a table row of the same
        page that names neither says yes or no to something else."""
        heads = asked_objects(question, when=False, kinds=False)
        # "give the talk": the texts' words for a phrase the head is part of name it too (speak).
        phrases = paraphrases(question)
        objects = [
            [*_terms_naming(head), *(t for words in _texts_words_of(head, phrases) for t in words)]
            for head in heads
        ]
        if not objects or language(question) != "en":
            return ranked
        # "a letter [of good standing]": the thing the head is of names it too ("you remain in
        # good standing" says yes or no to the letter).
        complements = [_complement(head, question) for head in heads]

        def named(c: _Candidate) -> int:
            said = Words(self._quoted_terms(c))
            return sum(
                any(said.covers(t) for t in terms) or bool(of and all(said.covers(t) for t in of))
                for terms, of in zip(objects, complements, strict=True)
            )

        # Another page naming more of them, but quoting much worse, speaks of something else
        # ("lecturers" in a list of who may apply for a grant, against the tax rule for every
        # employee): it is not moved past the best quote.
        best = ranked[0]
        most = named(best)

        def order(c: _Candidate) -> int:
            return -(named(c) if _near(c, best) else min(named(c), most))

        head = sorted(ranked[:RERANK], key=order)
        return head + ranked[RERANK:]

    def _trust(self, best: _Candidate, question: str, hop: bool, topic: str | None) -> float:
        """How much less evidence the best quote needs: a hop, or the page's rule for the asker,
        is evidence the question's words do not show; so is the page the conversation is about."""
        # "My daughter is 17. Can she join…?": the page's rule for such an asker ("Members must be 16
        # or over") answers what the question's words, told as a story, do not show.
        if (
            hop
            or self._rule_for_the_asker(best, question)
            or _kit_asked_under_its_heading(best, question)
            or self._names_pointed(best, question)
        ):
            return HOP_TRUST
        return TOPIC_TRUST if topic is not None and best.passage.chunk.document == topic else 0.0

    def _names_pointed(self, best: _Candidate, question: str) -> bool:
        """Whether a bare "When is it?" is answered by a quote that names, in its own words, the
        thing the story points at ("…not to miss the info meeting…": "An information meeting takes
        place on…"): the question has no words of its own to show it."""
        thing = pointed_thing(question)
        if not thing:
            return False
        said = Words(self.index.sentence_terms[best.passage.index][best.sentence])
        return any(said.covers(t) for t in _terms_naming(thing))

    @staticmethod
    def _rule_for_the_asker(best: _Candidate, question: str) -> bool:
        """Whether a yes/no question that gives a minor's age is answered by the page's age rule
        (see ``_for_the_asker``); the rules naming other kinds of asker (staff, doctoral
        candidates) are too common on a page to say as much."""
        names = [re.compile(AGE_RULE, re.IGNORECASE)] if gives_an_age(question) else []
        if not names or not (is_yes_no(question) or is_yes_no_fr(question)):
            return False
        first, last = _span(best)
        text = " ".join(best.passage.chunk.sentence(i) for i in range(first, last + 1))
        return rule_for(text, names, best.passage.chunk.kind == "table")

    def _for_the_asker(self, ranked: list[_Candidate], question: str) -> list[_Candidate]:
        """For a yes/no question whose asker says who they are ("I'm here on Erasmus. Can I run
        for a seat…?"), the shortlisted quotes of the best quote's page that state a rule for
        such people first ("Exchange students … cannot stand as candidates"): the page's
        general rule is not theirs."""
        names = asker_names(question)
        if not names or not ranked or not (is_yes_no(question) or is_yes_no_fr(question)):
            return ranked
        best = ranked[0]
        head = ranked[:RERANK]

        def text(c: _Candidate) -> str:
            first, last = _span(c)
            return " ".join(c.passage.chunk.sentence(i) for i in range(first, last + 1))

        # Further down, the best quote's own page: its age rule may rank low ("Participants must be
        # 16 or over" beside the steps of "Can my cousin, 17, take the course?").
        pool = [c for c in head if _near(c, best)]
        pool += [c for c in ranked[RERANK:] if c.passage.chunk.document == best.passage.chunk.document]
        quoted = [(c, text(c)) for c in pool]
        theirs = [(c, t) for c, t in quoted if rule_for(t, names, c.passage.chunk.kind == "table")]
        if not theirs:
            theirs = [(c, t) for c, t in quoted if rule_for(t, broader_names(question))]
        first = [c for c, t in sorted(theirs, key=lambda ct: not restricts(ct[1]))]
        return first + [c for c in ranked if c not in first]

    def _saying_something_new(self, ranked: list[_Candidate], question: str) -> list[_Candidate]:
        """For a follow-up ("And if I sign up and then can't go?"), the quotes that name something
        the follow-up itself asks, when any does: a sentence on the conversation's topic alone
        ("UM trains students in first aid") answers the turn before."""
        own = [t for t in self.term_weights(question) if t not in _FILLER]
        if not own:
            return ranked

        # "…contact? Also I'm only 17 until March, is that a problem?": an age rule answers the age told.
        ages = [re.compile(AGE_RULE, re.IGNORECASE)] if gives_an_age(question) else []

        def says(c: _Candidate) -> bool:
            words = Words([*self._quoted_terms(c), *self.index.heading_terms[c.passage.index]])
            if ages and rule_for(c.passage.chunk.sentence(c.sentence), ages, c.passage.chunk.kind == "table"):
                return True
            return any(words.covers(t) for t in own)

        return [c for c in ranked if says(c)] or ranked

    def _doing(self, ranked: list[_Candidate], action: tuple[str, ...]) -> list[_Candidate]:
        """For "Who signs the agreement?", the candidates that say who does it ("signed by the
        legal representatives", "only the President is authorized to sign it"); none when no
        sentence does: one that only names someone near the topic ("the jury meets in March")
        does not say who chairs it."""
        if not action:
            return ranked
        term = "|".join(action)
        return [c for c in ranked if Words(self._quoted_terms(c)).covers(term)]

    def _quoted(
        self, best: _Candidate, ranked: list[_Candidate], asked: _Question, extreme: bool
    ) -> list[_Candidate]:
        """The best quote, with the row of the other thing compared or a second sentence nearly as
        good, unless it is a whole list or a table's extreme row."""
        chosen = [_with_sequel(_with_faq_answer(best))]
        if asked.unit_wanted and not (best.whole or extreme) and best.passage.chunk.kind == "text":
            chosen = [_with_neighbours(chosen[0], ranked[:RERANK], asked.kit)]
        compared = self._compared(best, ranked, asked) if not (best.whole or extreme) else []
        chosen += compared
        ratio = TYPED_SECOND_SENTENCE_RATIO if asked.kinds - _NAMED else SECOND_SENTENCE_RATIO
        for other in ranked[1:3] if not (best.whole or extreme or compared) else ():
            # An FAQ's question answers nothing alone; a contact line goes on with its office.
            widened = _with_sequel(_with_faq_answer(other))
            if other.score >= ratio * best.score and not _overlaps(widened, chosen[0]):
                chosen.append(widened)
                break
            if other.score >= ratio * best.score and widened.since >= 0:
                # The rest of the same FAQ answer ("No. The top-up is for children under 16." "The
                # travel of a child aged 16 or 17 can still be refunded."): one quote of both.
                first, last = _span(chosen[0])
                chosen[0] = replace(chosen[0], since=first, through=max(last, _span(widened)[1]))
        if len(chosen) == 1 and not (best.whole or extreme):
            chosen += _answer_goes_on(chosen[0], ranked + self._next_chunk(chosen[0])) or self._next_naming(
                chosen[0], ranked, asked
            )
        if asked.rules and best.whole and best.passage.chunk.kind == "text":
            chosen = self._whole_section(best, ranked)
        if asked.kit and len(chosen) == 1 and best.passage.chunk.kind == "text":
            chosen += _kit_goes_on(chosen[0], ranked)
        # "…in price and in group size?", "How much is the retreat, and how many places are
        # there?": the sizes often have a sentence of their own beside the table of prices.
        chosen += self._group_sizes(chosen, asked.text)
        return chosen

    def _whole_section(self, quote: _Candidate, ranked: list[_Candidate]) -> list[_Candidate]:
        """A paragraph of rules quoted whole, with the chunks before and after it under the same
        heading ("RULES OF THE MUSIC ROOM"), in order: each rule is one of them."""
        chunk = quote.passage.chunk
        read = {c.passage.index: replace(c, whole=True) for c in reversed(ranked)}  # the best of each
        read[quote.passage.index] = quote

        def same(i: int) -> bool:
            return self._in_section(i, chunk) is not None

        first = last = quote.passage.index
        while same(first - 1) and quote.passage.index - first < _SECTION_CHUNKS:
            first -= 1
        while same(last + 1) and last - quote.passage.index < _SECTION_CHUNKS:
            last += 1
        return [
            read.get(i)
            or _Candidate(Passage(i, self.index.chunks[i], 0.0, None, None), 0, 0.0, 0.0, whole=True)
            for i in range(first, last + 1)
        ]

    def _next_chunk(self, quote: _Candidate) -> list[_Candidate]:
        """The chunk after the quote's, as a candidate, when retrieval did not bring it: the rest
        of an FAQ answer repeats few of the question's words ("If the dart went in deep…")."""
        after = quote.passage.index + 1
        if after >= len(self.index.chunks):
            return []
        passage = Passage(after, self.index.chunks[after], 0.0, None, None)
        return [_Candidate(passage, 0, 0.0, 0.0)]

    def _next_naming(self, quote: _Candidate, ranked: list[_Candidate], asked: _Question) -> list[_Candidate]:
        """The sentence right after the quote when it names the question's rarest word that the
        quote does not ("my H0 locomotives": "The layout runs on H0 track…")."""
        weights = asked.weights
        if not weights:
            return []
        first, last = _span(quote)
        after = next(
            (
                c
                for c in ranked
                if c.passage.index == quote.passage.index and c.sentence == last + 1 and not c.whole
            ),
            None,
        )
        if after is None:
            return []
        terms = self.index.sentence_terms[quote.passage.index]
        said = [t for i in range(first, last + 1) for t in terms[i]]
        return [after] if _names_a_rare_word(said, terms[last + 1], weights) else []

    def _group_rule(
        self,
        best: _Candidate,
        everything: list[_Candidate],
        question: str,
        vector: NDArray[np.float32],
        asked: _Question,
    ) -> list[_Candidate]:
        """For a question naming a member of a group that the best page never names ("a workshop
        with colleagues from Heidelberg"), the sentence that gives the group's rule ("…with one of
        UM's strategic partner universities receive an extra €2,500", stating the asked fact if
        one is asked) and the one that lists the member (see ``membership``); empty when there is
        none."""
        document = best.passage.chunk.document
        for name in mentioned_names(question):
            if name <= self.index.document_terms(document):
                continue  # the page names it itself
            for group in groups_of(self.index, name):
                listing = self.index.chunks[group.chunk]
                rules = [
                    c
                    for c in everything
                    if c.passage.chunk.document != listing.document
                    and group.named_by(self.index.sentence_terms[c.passage.index][c.sentence])
                    and satisfies(asked.kinds, c.passage.chunk.stated(c.sentence), question)
                ]
                if not rules:
                    continue
                rule = max(rules, key=lambda c: (c.passage.chunk.document == document, c.score))
                passage = Passage(group.chunk, listing, 0.0, None, None)
                member = [
                    c
                    for c in self.candidates([passage], vector, asked.weights)
                    if c.sentence == group.sentence
                ]
                return [rule, *member[:1]]
        return []

    def _for_the_university(
        self,
        chosen: list[_Candidate],
        ranked: list[_Candidate],
        question: str,
        vector: NDArray[np.float32],
        weights: dict[str, float],
    ) -> _Candidate | None:
        """For "Who signs it for UM?", the sentence of another page that says who does it at UM
        ("At the UM, only the President is authorized to sign it"), when the quoted page only
        says "signed by the legal representatives" or "as all UM agreements": the second hop names
        the university's own. Looked for among the shortlist, then in the whole index."""
        action = asked_action(question)
        if not action or not _UNIVERSITY_SIDE.search(question):
            return None
        if any(_NAMED_DOER.search(c.passage.chunk.sentence(c.sentence)) for c in chosen):
            return None  # the quote already names who does it
        documents = {c.passage.chunk.document for c in chosen}
        term = "|".join(action)

        def says_it(c: _Candidate) -> bool:
            return (
                c.passage.chunk.document not in documents
                and bool(_NAMES_UNIVERSITY.search(c.passage.chunk.sentence(c.sentence)))
                and bool(_NAMED_DOER.search(c.passage.chunk.sentence(c.sentence)))
                and Words(self.index.sentence_terms[c.passage.index][c.sentence]).covers(term)
            )

        found = [c for c in ranked[: 2 * RERANK] if says_it(c)]
        if not found:
            hits = self.index.lexical_search([*action, "um"], 10)
            passages = [Passage(i, self.index.chunks[i], score, None, score) for i, score in hits]
            found = sorted(
                (c for c in self.candidates(passages, vector, weights) if says_it(c)),
                key=lambda c: -c.score,
            )
        return found[0] if found else None

    def _quoted_terms(self, candidate: _Candidate) -> list[str]:
        """The index terms of the sentences the candidate quotes."""
        first, last = _span(candidate)
        terms = self.index.sentence_terms[candidate.passage.index]
        return [t for i in range(first, last + 1) for t in terms[i]]

    def _another_kind(self, best: _Candidate, question: str, head: str) -> bool:
        """Whether the page gives the procedure for another kind of the thing a how-to question
        acts on ("open a [bank] account" against "your UM account"): it never names the kind, or
        names it neither in its headings nor right before the thing ("a bank card")."""
        kind = procedure_kind(question)
        if not kind:
            return False
        stems = index_terms(kind)
        within = [words for phrase, words in paraphrases(question) if set(stems) & set(phrase)]
        alternatives = [*covering_terms(kind), *(t for words in within for t in words), *stems]
        document = best.passage.chunk.document
        if not any(self.index.document_vocabulary(document).covers(t) for t in alternatives):
            return True
        # A page about that kind of thing ("Pottery workshop": a pottery course) names it in its
        # headings.
        headings = Words(self.index.heading_terms[best.passage.index])
        return not any(headings.covers(t) for t in alternatives) and not self._said_together(
            document, kind, head
        )

    def _said_together(self, document: str, kind: str, head: str) -> bool:
        """Whether the document has the kind word right before the head ("bank account"): "a bank
        card" and "your UM account" name other things. A page without the head's own word (it
        has the texts' word for it) is not held to the pair."""
        kinds, heads = set(index_terms(kind)), set(index_terms(head))
        if not heads & self.index.document_terms(document):
            return True  # the page words the head its own way: no pair to read
        return any(a in kinds and b in heads for a, b in self.index.document_pairs(document))

    def _never_named(self, best: _Candidate, question: str) -> bool:
        """Whether a yes/no question asks about something the quoted page never names, in the
        question's words or the texts' words for them ("Does UM find [a flat] for the lecturers?"
        against a page on lecturers that never mentions housing): the page says neither yes nor no.
        Likewise what a how-to question asks to act on ("How do I open a bank [account]?"): a
        procedure from a page that never names it is another procedure, and what a "When does
        the … open?" asks the date of ("the Christmas [market]"): another thing's dates."""
        done_to = procedure_object(question)
        objects = asked_objects(question) + asked_manner(question) + ([done_to] if done_to else [])
        objects += dated_subject(question)
        # The thing a date or price is asked of ("Tri Lez's winter [duathlon]"): no page at all naming
        # it, the quote dates or prices another.
        kinds = asked_modifiers(question) + asked_thing(question)
        untranslated = untranslated_objects(question)
        if not objects and not kinds and not untranslated:
            return False
        document = best.passage.chunk.document
        vocabulary = self.index.document_vocabulary(document)

        def spelled_out(head: str) -> bool:
            # An acronym for the words the page spells out ("the EU": European Union).
            return len(head) > 1 and head.lower() in self.index.document_initials(document)

        def only_as_an_activity(head: str, alternatives: list[str]) -> bool:
            # "my phone [screen]" against a page on a film's "screening", a "train" against
            # "training": the page has the word only as the name of an activity.
            stems = index_terms(head)
            others = [t for t in alternatives if t not in stems]
            if head.endswith(("ing", "ings")) or len(head) < 5 or len(stems) != 1:
                return False
            if any(vocabulary.covers(t) for t in others):
                return False
            written = self.index.document_words(document)
            forms = [w for w in written if w.startswith(stems[0][:4]) and index_terms(w) == stems]
            return bool(forms) and all(w.endswith("ing") for w in forms)

        # The texts' words for a phrase the head is part of count too ("upper limit": maximum).
        phrases = paraphrases(question)
        if _says_which_way(question, vocabulary):
            objects = []
        for head in objects:
            within = _texts_words_of(head, phrases)
            if any(not words for words in within):
                continue  # part of an idiom that names nothing: "out of my own [pocket]" (yourself)
            alternatives = _alternatives(head, within)
            if not any(vocabulary.covers(t) for t in alternatives) and not (
                spelled_out(head) or _in_two_words(head, vocabulary)
            ):
                return True
            if only_as_an_activity(head, alternatives):
                return True
        # A French word the glossary lacks that the texts use is an English word too ("des
        # [costumes]"): held to the page as a glossed one is. One no text uses ("du [banjo]",
        # "la [greffe]") is a thing no page names: none says yes or no to it.
        for word in untranslated:
            stems = index_terms(word)
            if stems and not all(vocabulary.covers(t) for t in stems):
                return True
            # "du [mini-golf]": a compound whose parts the page has apart ("golf", "minibus").
            parts = word.split("-")
            if len(parts) == 2 and len(stems) == 2 and not self._said_together(document, *parts):
                return True
        if self._another_kind(best, question, done_to or "") or self._another_variant(best, question):
            return True
        # Which kind of it is asked ("[leather] binding"): no page at all naming that kind, the
        # quote speaks of another.
        everywhere = self.index.vocabulary()
        for word in kinds:
            stems = index_terms(word)
            within = _texts_words_of(word, phrases)
            if any(not words for words in within):
                continue
            alternatives = [*_alternatives(word, within), *stems]
            if not any(everywhere.covers(t) for t in alternatives):
                return True
        return False

    def _another_variant(self, best: _Candidate, question: str) -> bool:
        """Whether the question asks a kind of what the page is about that the page never names ("a
        [walking] netball group" of a netball club's page): the page offers another kind."""
        document = best.passage.chunk.document
        vocabulary = self.index.document_vocabulary(document)
        return any(
            self._page_is_about(document, after, best.passage.chunk.title)
            and not any(vocabulary.covers(t) for t in [*covering_terms(word), *index_terms(word)])
            for word, after in asked_variants(question)
        )

    def _page_is_about(self, document: str, word: str, title: str) -> bool:
        """Whether the page is the one about the word: its title names it and most of the chunks that
        use it are the page's ("netball" of the netball club's page, not "club" of any club's)."""
        terms = index_terms(word)
        if len(terms) != 1 or terms[0] not in index_terms(title):
            return False
        term = terms[0]
        own = sum(
            term in self.index.context_terms[i] or any(term in s for s in self.index.sentence_terms[i])
            for i in self.index.chunks_of(document)
        )
        return 2 * own >= self.index.document_frequency.get(term, 0)

    def _completed(
        self,
        chosen: list[_Candidate],
        ranked: list[_Candidate],
        everything: list[_Candidate],
        vector: NDArray[np.float32],
        asked: _Question,
    ) -> list[_Candidate]:
        """The quotes with what completes them: the university's own rule beside another body's, the
        directory line of the service they name, the sentence describing each thing told apart."""
        chosen = [
            *chosen,
            *filter(None, [self._for_the_university(chosen, ranked, asked.text, vector, asked.weights)]),
        ]
        chosen += filter(None, [_directory_line(chosen, everything, asked)])
        chosen += self._whose_line(chosen, asked)
        chosen = self._office_over_the_page(chosen)
        return [*chosen, *self._described(chosen, ranked, asked)]

    def _in_section(self, position: int, chunk: Chunk) -> Chunk | None:
        """The chunk at ``position`` when it is running text of ``chunk``'s document and section."""
        other = self.index.chunks[position] if 0 <= position < len(self.index.chunks) else None
        same = other is not None and (other.document, other.section, other.kind) == (
            chunk.document,
            chunk.section,
            "text",
        )
        return other if same else None

    def _office_over_the_page(self, chosen: list[_Candidate]) -> list[_Candidate]:
        """The office and hours of a contact line that ends its chunk, when they open the next one
        of the same section ("…dorure@…, +33 4…." | "Triolet campus, building 29, room 0.27; Monday
        and Wednesday, 14:00–17:00."): the rest of the line, right after it, as ``_with_sequel``
        adds it within a chunk."""
        completed: list[_Candidate] = []
        for quote in chosen:
            completed.append(quote)
            chunk, after = quote.passage.chunk, quote.passage.index + 1
            if quote.whole or chunk.is_unit or _span(quote)[1] != len(chunk.sentences) - 1:
                continue
            other = self._in_section(after, chunk)
            if (
                other is not None
                and _where_and_when(chunk.sentence(_span(quote)[1]), other.sentence(0))
                and not any(c.passage.index == after for c in chosen)
            ):
                completed.append(_Candidate(Passage(after, other, 0.0, None, None), 0, 0.0, 0.0))
        return completed

    def _whose_line(self, chosen: list[_Candidate], asked: _Question) -> list[_Candidate]:
        """For a contact line that names nobody ("Book by e-mail or phone: allergy@…"), the
        sentence that opens its entry ("Allergies: the allergist of the Student Health Service
        sees…"), in its chunk or the one before: whom the line reaches is what was asked."""
        if AnswerType.CONTACT not in asked.kinds or not chosen or chosen[0].whole:
            return []
        quote = chosen[0]
        chunk = quote.passage.chunk
        if not _BARE_CONTACT.match(chunk.sentence(quote.sentence)):
            return []
        before = [(quote.passage, k) for k in range(_span(quote)[0] - 1, -1, -1)]
        previous = quote.passage.index - 1
        other = self._in_section(previous, chunk)
        if other is not None:
            passage = Passage(previous, other, 0.0, None, None)
            before += [(passage, k) for k in range(len(other.sentences) - 1, -1, -1)]
        for passage, k in before:
            if _ENTRY_LABEL.match(passage.chunk.sentence(k)):
                # Scored as the line it opens: the answer's evidence is still the line's.
                return [replace(quote, passage=passage, sentence=k, since=-1, through=-1)]
        return []

    def _described(
        self, chosen: list[_Candidate], ranked: list[_Candidate], asked: _Question
    ) -> list[_Candidate]:
        """For "How do I tell the Argentine ant from Tapinoma?", the two best sentences of the quoted
        page that open on a thing asked about ("The Argentine ant is small…", "Tapinoma is
        black…"): each describes one, where the best quote often names them all to introduce them.
        Rows of a table compared ("the basic and the Plus cover") already describe each."""
        if not asked.apart or not chosen or chosen[0].passage.chunk.is_unit:
            return []
        document = chosen[0].passage.chunk.document
        # "Scientists sort earthworms into three groups: [litter dwellers], …, [deep burrowers]": the
        # things a quote lists after its colon are those told apart, each described on its own.
        said = chosen[0].passage.chunk.sentence(chosen[0].sentence)
        items = re.split(r";\s*(?:and\s+)?", said.partition(":")[2])
        names = [re.split(r",|\s+(?:which|who|that|with)\b", item)[0] for item in items if item.strip()]
        listed = {t for name in names if len(names) > 1 for t in index_terms(name)} - asked.asked
        # "Two species of [seahorse] live in the lagoon": the sentences opening on a seahorse ("The
        # long-snouted seahorse has a mane…") describe each kind.
        first, last = _span(chosen[0])
        quoted = " ".join(chosen[0].passage.chunk.sentence(i) for i in range(first, last + 1))
        kinds = _KINDS_OF.search(quoted)
        if kinds is not None and not listed:
            return self._describing(chosen, set(index_terms(kinds.group(1))), qualified=True)
        if listed:
            return self._describing(chosen, listed)
        return [
            c
            for c in ranked
            if c.passage.chunk.document == document
            and not c.passage.chunk.is_unit  # "pick [ants] up with the forceps": a rule, no description
            and not any(_overlaps(c, x) for x in chosen)
            and asked.asked & set(self.index.sentence_terms[c.passage.index][c.sentence][:_OPENING_TERMS])
        ][:2]

    def _describing(
        self, chosen: list[_Candidate], listed: set[str], qualified: bool = False
    ) -> list[_Candidate]:
        """The sentences of the quote's page, in its order, that open on one of the things it
        lists, retrieved or not: each describes one of them. ``qualified``: on a kind of the thing
        ("The [long-snouted] seahorse…"), not on the thing itself ("A seahorse found on sand…")."""
        found: list[_Candidate] = []
        for i in self.index.chunks_of(chosen[0].passage.chunk.document):
            chunk = self.index.chunks[i]
            if chunk.is_unit:
                continue
            for k, terms in enumerate(self.index.sentence_terms[i]):
                candidate = _Candidate(Passage(i, chunk, 0.0, None, None), k, 0.0, 0.0)
                opening = terms[1 : _OPENING_TERMS + 1] if qualified else terms[:_OPENING_TERMS]
                if listed & set(opening) and not any(_overlaps(candidate, x) for x in chosen):
                    found.append(candidate)
        return found[:_DESCRIBED_LISTED]

    def _compared(self, best: _Candidate, ranked: list[_Candidate], asked: _Question) -> list[_Candidate]:
        """For a question naming two things ("a lab in Canada compared with one in Germany") answered
        by a table row, the quote of its document that names the one the row does not: each row
        answers for its own."""
        if len(asked.named) < 2 or best.passage.chunk.kind != "table":
            return []

        def names(c: _Candidate, terms: set[str]) -> bool:
            # The quoted sentence itself, not its table's lead-in, which names every row's region.
            said = Words(self.index.sentence_terms[c.passage.index][c.sentence])
            regions = regions_of(terms) if asked.by_region else ()
            return any(all(said.covers(t) for t in group) for group in (tuple(terms), *regions))

        found: list[_Candidate] = []
        for terms, _ in asked.named:
            if names(best, terms):
                continue
            other = next(
                (
                    c
                    for c in ranked
                    if c.passage.chunk.document == best.passage.chunk.document
                    and names(c, terms)
                    and not any(_overlaps(c, x) for x in (best, *found))
                ),
                None,
            )
            if other is not None:
                found.append(other)
        return found

    def _group_sizes(self, chosen: list[_Candidate], question: str) -> list[_Candidate]:
        """For a comparison that asks the size of the groups, or one thing's price and size, the
        first sentence of the quoted rows' page that gives one, when the rows do not: pages often
        give the sizes in a sentence of their own beside the table of prices ("The course takes 10
        people and the weekend 8.")."""
        if not chosen or not _GROUP_SIZE_ASKED.search(fold(question)):
            return []
        # A row under a "Places" or "Group" column gives its size itself.
        if any(_GROUP_SIZE.search(c.passage.chunk.sentence(c.sentence)) for c in chosen) or any(
            c.passage.chunk.kind == "table"
            and c.passage.chunk.lead > 0
            and _SIZE_COLUMN.search(c.passage.chunk.sentence(c.passage.chunk.lead - 1))
            for c in chosen
        ):
            return []
        best = chosen[0]
        # "The course takes 10 people", "groups of 8": what a group takes, not "the club had 70
        # members".
        sizes = (
            (i, k)
            for i in self.index.chunks_of(best.passage.chunk.document)
            if self.index.chunks[i].kind == "text"
            for k in range(len(self.index.chunks[i].sentences))
            if _GROUP_TAKES.search(self.index.chunks[i].sentence(k))
        )
        i, k = next(sizes, (-1, -1))
        if i < 0:
            return []
        passage = Passage(i, self.index.chunks[i], best.passage.score, None, None)
        return [replace(best, passage=passage, sentence=k, whole=False, since=-1, through=-1)]

    def _compared_rows(self, everything: list[_Candidate], question: str) -> list[_Candidate]:
        """For "I'm hesitating between Spain and Mexico. How do they compare for hours and pay?",
        one row of a table for each thing compared, the story's names included: each row answers
        for its own, and no single sentence compares them. Empty unless one document's table has
        a row for every name."""
        names = mentioned_names(question)
        if not is_comparison(question):
            return []
        if len(names) < 2:
            rows = self._compared_activities(everything, question)
            return rows + self._group_sizes(rows, question) if rows else []
        rows = [
            c
            for c in everything
            if c.passage.chunk.kind == "table" and c.passage.chunk.lead and c.sentence in c.passage.chunk.rows
        ]
        for document in dict.fromkeys(c.passage.chunk.document for c in rows):
            found: list[_Candidate] = []
            for name in names:
                ways = _ways_to_name(name)
                here = [c for c in rows if c.passage.chunk.document == document and c not in found]
                row = min(
                    (
                        (level, -c.score, k, c)
                        for k, c in enumerate(here)
                        for level, terms in enumerate(ways)
                        if all(self._row_words(c).covers(t) for t in terms)
                    ),
                    default=None,
                    key=lambda x: x[:3],
                )
                if row is None:
                    break
                found.append(row[3])
            else:
                return found + self._group_sizes(found, question)
        return []

    def _compared_activities(self, everything: list[_Candidate], question: str) -> list[_Candidate]:
        """For "Should I do a discovery evening or the beginners' course? Can you compare the two?",
        the rows of one table whose first cell names an activity the question names, in the
        question's order: two or more of one document's table, or none."""
        asked = set(index_terms(question))
        found: dict[str, list[tuple[int, _Candidate]]] = {}
        for c in everything:
            chunk = c.passage.chunk
            if chunk.kind != "table" or not chunk.lead or c.sentence not in chunk.rows:
                continue
            label = chunk.cells(c.sentence)[0].split(":")[0]
            name = index_terms(label)
            if name and set(name) <= asked and len(name) < len(asked):
                # Where the question names it first; a word it spells otherwise ("beginners") is
                # not found as written and says nothing of the order.
                found_at = [at for w in label.lower().split() if (at := question.lower().find(w)) >= 0]
                found.setdefault(chunk.document, []).append((min(found_at, default=len(question)), c))
        best = max(found.values(), key=len, default=[])
        rows = list({c.sentence: (at, c) for at, c in sorted(best, key=lambda x: -x[1].score)}.values())
        return [c for _, c in sorted(rows, key=lambda x: x[0])] if len(rows) >= 2 else []

    def _row_words(self, candidate: _Candidate) -> Words:
        """The words of the quoted sentence itself (a table row's own cells, without its header)."""
        return Words(self.index.sentence_terms[candidate.passage.index][candidate.sentence])

    def _other_row(self, best: _Candidate, asked: _Question) -> bool:
        """Whether the quote is a table row that does not name a one-word name of the question (a
        language, a country, a city) which its page names elsewhere: "a translation into Arabic"
        against the row "brochure | English | €25 per page" of a page that sends Arabic to an
        agency. The row is the rule for another value of its column."""
        if best.whole or best.passage.chunk.kind != "table":
            return False
        single = [
            (terms, initials) for terms, initials in asked.named if len(terms) == 1 and len(initials) == 1
        ]
        share = self._named(best, single, asked.by_region) if single else 1.0
        return share is not None and share < 1.0

    def _names_no_place(self, best: _Candidate, question: str) -> bool:
        """Whether "Which countries…?" is answered by a quote that names no country or city
        ("Researchers who are in danger in their country"): it lists none."""
        if listed_noun(question) not in _PLACE_NOUNS:
            return False
        # A place the question names is its topic ("the Nagoya Protocol"), not one listed.
        places = place_terms() - set(index_terms(question))
        return places.isdisjoint(self._quoted_terms(best))

    def _listing(self, ranked: list[_Candidate], question: str) -> list[_Candidate]:
        """The candidates whose list or table lists what a "Which universities...?" question asks
        for: its lead-in or header names it ("University | Country | ...")."""
        noun = listed_noun(question)
        return [] if noun is None else [c for c in ranked if self._headed_by(c.passage.index, noun)]

    def _under_its_question(self, best: _Candidate, question: str) -> _Candidate:
        """An item of a list or a row of a table headed by the question itself ("WHERE ARE THE
        SHELVES?" over the places, for "Where on campus are the book-swap shelves?"; "What you
        learn" over the weeks, for "What will I learn?"), widened to the whole unit: the heading
        asks what its items answer together, each one only in part."""
        chunk = best.passage.chunk
        heading = chunk.section or ""
        if best.whole or chunk.kind not in ("list", "table") or not _asks(heading) or is_yes_no(question):
            return best
        return replace(best, whole=True) if _heading_covered(chunk, _question_words(question)) else best

    def _headed_by(self, position: int, noun: str) -> bool:
        """Whether the chunk is a list or table whose lead-in or header names ``noun``."""
        chunk = self.index.chunks[position]
        lead = [t for terms in self.index.sentence_terms[position][: chunk.lead] for t in terms]
        return chunk.is_unit and coverage({noun: 1.0}, lead) == 1.0

    @staticmethod
    def _as_quoted(candidate: _Candidate, asked: _Question) -> _Candidate:
        """A list or procedure is quoted whole for a question that asks for one, or when the
        sentence only leads in to it."""
        chunk = candidate.passage.chunk
        if not chunk.is_unit:
            return candidate
        if asked.unit_wanted:
            # "What should I bring?" is answered by a list of what to bring, not by the rules
            # beside it that happen to say what to wear ("- wear safety glasses when you strike").
            kit_only = asked.kit and not leads_with_kit(chunk)
            return candidate if kit_only else replace(candidate, whole=True)
        # A lead-in that itself states the typed fact asked ("Make your request at least 3 months
        # before the leave:" for "how many days…?") is a sentence like any other.
        stated = bool(asked.kinds) and satisfies(asked.kinds, chunk.stated(candidate.sentence), asked.text)
        return (
            replace(candidate, whole=True)
            if _leads_in(chunk, candidate.sentence) and not stated
            else candidate
        )

    def quotes(
        self,
        question: str,
        passages: Sequence[Passage],
        vector: NDArray[np.float32],
        context: str | None = None,
    ) -> list[tuple[str, Evidence]]:
        """The shortlisted quotes with their evidence, best first: what the evidence model is
        trained on (``eval/train_evidence.py``)."""
        _, ranked, asked = self._ranked(question, passages, vector, context)
        shortlist = ranked[:RERANK]
        return [(self._snippet(c), self._evidence([c], ranked, vector, asked, ORDER_FILE)) for c in shortlist]

    def draft(
        self,
        question: str,
        passages: Sequence[Passage],
        vector: NDArray[np.float32],
        *,
        context: str | None = None,
        sources: int = 0,
        offered: set[int] | None = None,
        said: str = "",
        topic: str | None = None,
    ) -> Draft:
        """The extractive answer plus up to ``sources`` numbered sources (none when it abstains),
        further sources taken from the ``offered`` passages (all, by default), preferring
        sentences the previous answer (``said``) did not quote; a quote from the document the
        conversation is about (``topic``) needs less evidence."""
        if not passages:
            return Draft(self.abstain(question=question), [])
        everything, ranked, asked = self._ranked(question, passages, vector, context)
        compared = self._compared_draft(everything, vector, asked, passages, offered, sources)
        if compared is not None:
            return compared
        if not ranked:
            missing = Evidence(missing_types=tuple(sorted(k.value for k in asked.kinds)))
            return Draft(self.abstain(missing, question), [])
        ranked = self._doing(_unsaid(ranked, said), asked_action(question))
        if not ranked:
            return Draft(self.abstain(question=question), [])
        if context and not asked.kinds and not asked.named:
            # A typed follow-up ("How long does it last?") is held to its type, one that names a
            # place ("What about Brazil?") to that name, which a region's row may stand for.
            ranked = self._saying_something_new(ranked, question)
        ranked = self._reordered(ranked, question, topic, asked)
        ranked = _contacts_last(_kit_first(ranked) if asked.kit else ranked, asked)
        ranked += self._unretrieved_list(ranked, vector, asked.weights)
        ranked += self._unretrieved_listing(ranked, vector, question, asked)
        case = _what_to_do_if(ranked[:RERANK], question)
        steps = wants_steps(question) and case is None
        # A steps question is answered by its procedure, not the row a story's figure falls in.
        banded = None if steps else _banded(ranked, question)
        if banded is None and not steps and _beyond_bands(ranked[:RERANK], question):
            return Draft(self.abstain(question=question), [])
        source, extreme = (None if steps else _extreme(ranked[:RERANK], question)) or banded or (None, None)
        ranked = ranked if steps else _whether_not_how(ranked, question)
        best = (
            extreme
            or case
            or _as_unit(
                ranked,
                asked,
                steps,
                self._listing(ranked, question),
                bool(asked.kinds & _FIGURES),
                not asked.kinds,
            )
        )
        if not extreme and not steps:
            best = self._headed(best, ranked, vector, question, asked)
        if self._not_its_answer(best, question, asked, topic):
            return Draft(self.abstain(Evidence(off_subject=True), question), [])
        # A list quoted because the best sentence points to it ("the documents listed below") is
        # judged with that sentence: it holds the question's words, the list what it refers to.
        pointer = ranked[0] if best.passage.index != ranked[0].passage.index and best.whole else None
        if pointer is not None and _pointed_to(pointer, ranked) != replace(best, whole=False):
            pointer = None
        hop = self._group_rule(best, everything, question, vector, asked)
        chosen = hop or self._quoted(best, ranked, asked, bool(extreme))
        chosen = self._completed(
            [self._under_its_question(c, question) for c in chosen], ranked, everything, vector, asked
        )
        if source:
            # The table is the evidence; the figures chose the row, so the superlative is answered.
            plain = {t: w for t, w in asked.weights.items() if not _superlative(t)}
            evidence = self._evidence([source], ranked, vector, replace(asked, weights=plain))
        else:
            evidence = self._evidence([pointer, *chosen] if pointer else chosen, ranked, vector, asked)
        if evidence.score < self.min_evidence - self._trust(best, question, bool(hop), topic):
            return Draft(self.abstain(evidence, question), [])
        return self._drafted(chosen, evidence, everything, passages, offered, sources)

    def _compared_draft(
        self,
        everything: list[_Candidate],
        vector: NDArray[np.float32],
        asked: _Question,
        passages: Sequence[Passage],
        offered: set[int] | None,
        sources: int,
    ) -> Draft | None:
        """The answer to a question that compares things, from a row for each, if it has one."""
        compared = self._compared_rows(everything, asked.text)
        if not compared:
            return None
        evidence = self._evidence(compared, everything, vector, asked)
        # A row for each thing compared is evidence the question's words do not show, as a hop is.
        if evidence.score < self.min_evidence - HOP_TRUST:
            return None
        return self._drafted(compared, evidence, everything, passages, offered, sources)

    def _not_its_answer(self, best: _Candidate, question: str, asked: _Question, topic: str | None) -> bool:
        """Whether the best quote, however close, answers another question: it never names what is
        asked about, it is another page than the one the follow-up goes on with, another place's or
        another row's."""
        return (
            self._never_named(best, question)
            or (topic is not None and not self._turns_to(best, topic, asked))
            or self._names_no_place(best, question)
            or self._other_row(best, asked)
            or _told_again(best, question)
            or self._not_done(best, question)
            or self._reply_to_another(best, question)
        )

    def _reply_to_another(self, best: _Candidate, question: str) -> bool:
        """Whether the quote is an FAQ's bare reply ("No: the airlines' own staff make the
        announcements.") that, with its FAQ's question and its headings, leaves out a thing a yes/no
        question asks about ("…get free [flights] from the airlines?"): it says no to another
        question, on a page that names the thing elsewhere."""
        chunk = best.passage.chunk
        said = chunk.sentence(best.sentence)
        if not _BARE_REPLY.match(said) or not is_yes_no(question):
            return False
        faq = chunk.sentence(best.sentence - 1) if best.sentence else ""
        words = Words(
            [
                *index_terms(f"{said} {faq if asks(faq) else ''} {chunk.title}"),
                *self.index.heading_terms[best.passage.index],
            ]
        )
        phrases = paraphrases(question)
        for head in asked_objects(question):
            within = _texts_words_of(head, phrases)
            if all(within) and not any(words.covers(t) for t in _alternatives(head, within)):
                return True
        return False

    def _not_done(self, best: _Candidate, question: str) -> bool:
        """Whether a yes/no question asks if the doer also does something ("Do the volunteers also
        record which kinds of ants get caught?") that the quote never says is done: a rule about
        ants in the pits says neither yes nor no to recording them."""
        done = also_done(question)
        if not done:
            return False
        said = Words([*self._quoted_terms(best), *self.index.heading_terms[best.passage.index]])
        return not any(said.covers(t) for t in done)

    def _on_topic_first(
        self, ranked: list[_Candidate], topic: str | None, asked: _Question
    ) -> list[_Candidate]:
        """A follow-up's shortlist with first the quotes of the page the conversation is about
        ("And do I need my own cue?" after the billiards club: not the boxing club's gloves),
        unless the follow-up turns to another page's subject, a word of that page's headings the
        conversation's page never uses ("What about the photo club?")."""
        if topic is None:
            return ranked
        on = [c for c in ranked if c.passage.chunk.document == topic]
        if not on or on[0] is ranked[0]:
            return ranked
        if any(self._turns_to(c, topic, asked) for c in ranked[: ranked.index(on[0])]):
            return ranked
        return on + [c for c in ranked if c.passage.chunk.document != topic]

    def _turns_to(self, candidate: _Candidate, topic: str, asked: _Question) -> bool:
        """Whether a follow-up turns from the conversation's page to the candidate's: it uses a word
        of the candidate's headings that the conversation's page never does ("What about the
        [photo] club?", "And do I need a [visa] for that?")."""
        if candidate.passage.chunk.document == topic:
            return True
        vocabulary = self.index.document_vocabulary(topic)
        headings = Words(self.index.heading_terms[candidate.passage.index])
        return any(
            headings.covers(t) and not vocabulary.covers(t)
            for t in asked.weights
            if not set(t.split("|")) & _NO_SUBJECT
        )

    def _reordered(
        self, ranked: list[_Candidate], question: str, topic: str | None, asked: _Question
    ) -> list[_Candidate]:
        """The shortlist with first the quotes that hold what the question's shape asks for: the
        action dated, the things asked about, the asker's rule, a way to travel, a bound. They
        stay on the conversation's page: another page's rule bounding the asker's weight does not
        answer "Am I going to get flattened?" after a question about the sumo club."""
        ranked = self._on_topic_first(ranked, topic, asked)
        ranked = self._dated(self._this_year(ranked, question), dated_action(question))
        pointed = pointed_thing(question)
        ranked = self._dated_by_name(ranked, pointed or dated_thing(question), pointed is not None)
        ranked = self._for_the_asker(self._about_objects(ranked, question), question)
        ranked = _by_bound(_by_transport(_at_the_office(ranked, question), question), question)
        return self._on_topic_first(self._in_the_case(ranked, question), topic, asked)

    def _in_the_case(self, ranked: list[_Candidate], question: str) -> list[_Candidate]:
        """For "If it pours down for a week, do I lose my wages?", the shortlisted quotes that name
        the case first ("The trees are not shaken in the rain…, paid as usual"): the rule on pay
        for every day says neither yes nor no for that case. The case is read by its rarest word; a
        question that asks for a figure in the case ("If I volunteer…, how many half-days…?") or a
        best quote that names it is left as it is."""
        case = _CASE.match(" ".join(question.lower().split()))
        if case is None or not ranked or language(question) != "en" or not is_yes_no(question):
            return ranked
        weights = self.term_weights(case.group(1))
        if not weights:
            return ranked
        rarest = max(weights, key=lambda t: weights[t]).split("|")

        def names_it(c: _Candidate) -> bool:
            return any(Words(self._quoted_terms(c)).covers(t) for t in rarest)

        if names_it(ranked[0]):
            return ranked
        first = [c for c in ranked[:RERANK] if names_it(c)]
        return first + [c for c in ranked if c not in first]

    def _this_year(self, ranked: list[_Candidate], question: str) -> list[_Candidate]:
        """The shortlist with last year's figures last ("In 2026-2027, the jam sessions welcomed
        310 musicians" on a page for 2027-2028), unless the question asks about the past or a
        year: "How many musicians play in the big band?" is asked of this year."""
        if asks_tally(question) or _PAST_TENSE.search(question):
            return ranked

        def of_last_year(c: _Candidate) -> bool:
            year = _LAST_YEAR.match(c.passage.chunk.sentence(c.sentence))
            if year is None:
                return False
            later = f"{int(year.group(1)) + 1}-{int(year.group(1)) + 2}"
            chunks = [self.index.chunks[i] for i in self.index.chunks_of(c.passage.chunk.document)]
            return any(later in chunk.title or later in chunk.text for chunk in chunks)

        return _first(ranked, lambda c: not of_last_year(c))

    def _drafted(
        self,
        chosen: list[_Candidate],
        evidence: Evidence,
        everything: list[_Candidate],
        passages: Sequence[Passage],
        offered: set[int] | None,
        sources: int,
    ) -> Draft:
        """The answer quoting the chosen candidates, with up to ``sources`` numbered sources."""
        # A quote already inside an earlier one (a contact line's tail, a row of a table quoted
        # whole) would only repeat it under another number.
        kept: list[_Candidate] = []
        for candidate in chosen:
            if not any(self._snippet(candidate) in self._snippet(k) for k in kept):
                kept.append(candidate)
        chosen = kept
        picked = list(chosen)
        offered = ({p.index for p in passages} if offered is None else offered) | {
            c.passage.index for c in chosen
        }
        for other in everything:
            if len(picked) >= sources:
                break
            if other.passage.index in offered and not any(_overlaps(other, p) for p in picked):
                picked.append(other)
        citations = self._citations(picked)
        answer = Answer(
            text=" ".join(f"{c.snippet} [{c.n}]" for c in citations[: len(chosen)]),
            answered=True,
            citations=citations[: len(chosen)],
            evidence=evidence,
        )
        return Draft(answer, citations[: max(sources, len(chosen))])

    def _unretrieved_list(
        self, ranked: list[_Candidate], vector: NDArray[np.float32], weights: dict[str, float]
    ) -> list[_Candidate]:
        """The list the best quote points to ("the documents listed below") when retrieval did
        not bring it: its items seldom repeat the question's words."""
        best = ranked[0]
        forward = _points(best)
        if forward is None or _pointed_to(best, ranked) is not None:
            return []
        here = best.passage.index
        side = [
            i
            for i in self.index.chunks_of(best.passage.chunk.document)
            if (i > here if forward else i < here) and self.index.chunks[i].kind in ("list", "table")
        ]
        if not side:
            return []
        nearest = min(side, key=lambda i: abs(i - here))
        passage = Passage(nearest, self.index.chunks[nearest], 0.0, None, None)
        return self.candidates([passage], vector, weights, whole_units=True)

    def _headed(
        self,
        best: _Candidate,
        ranked: list[_Candidate],
        vector: NDArray[np.float32],
        question: str,
        asked: _Question,
    ) -> _Candidate:
        """The unit under the heading the question asks ("What you learn" for "What do they teach
        …?"), and for a list question its page's prose under such a heading ("What to bring":
        "Walking boots…, a backpack…") rather than a table beside it, retrieved or not."""
        french = language(question) == "fr"
        wh = _WH_WORD.search(question.lower())
        asking = wh.group(0) if wh else _WH_WORDS
        # The asker's story names no heading: "…I'm bringing my flatmates to watch" asks for no
        # "What to bring".
        own = _question_words(asked_part(question))
        told = set(index_terms(question)) - asked.asked
        if not asked.kinds and (wh or (french and asked.unit_wanted)):
            # Its own words, not the conversation's: a heading the earlier turn names is its topic.
            heard = Words([*self.asked_terms(question), *own.words]) if french else own
            best = _headed_by_the_question(best, ranked, question, asking, heard)
        if not asked.unit_wanted or (wh is None and not french) or is_yes_no(question):
            return best
        # A French question names the heading in the texts' words its terms stand for.
        words = [
            w
            for t in asked.weights
            if not set(t.split("|")) <= told
            for alternative in term_alternatives(t)
            for w in alternative
        ]
        terms = Words([*words, *own.words])
        if _heading_asked(best.passage.chunk, asking, terms):
            return _whole_prose(best)
        home = best.passage.chunk.document
        prose = [
            i
            for i in self.index.chunks_of(home)
            if self.index.chunks[i].kind == "text" and _heading_asked(self.index.chunks[i], asking, terms)
        ]
        if len(prose) != 1:
            return best
        passage = Passage(prose[0], self.index.chunks[prose[0]], 0.0, None, None)
        found = self.candidates([passage], vector, asked.weights)
        return _whole_prose(max(found, key=lambda c: c.score)) if found else best

    def _unretrieved_listing(
        self, ranked: list[_Candidate], vector: NDArray[np.float32], question: str, asked: _Question
    ) -> list[_Candidate]:
        """For "Which museums does the pass cover?", the list or table of the best quote's
        document headed by what is asked for ("Museum | With the pass | …") when retrieval did not
        bring it: its rows are names, which seldom repeat the question's words."""
        noun = listed_noun(question) if asked.unit_wanted and not wants_steps(question) else None
        if noun is None or any(self._headed_by(c.passage.index, noun) for c in ranked):
            return []
        retrieved = {c.passage.index for c in ranked}
        headed = [
            i
            for i in self.index.chunks_of(ranked[0].passage.chunk.document)
            if i not in retrieved and self.index.chunks[i].kind != "steps" and self._headed_by(i, noun)
        ]
        if len(headed) != 1:
            return []  # none, or several the question does not choose between
        passage = Passage(headed[0], self.index.chunks[headed[0]], 0.0, None, None)
        return self.candidates([passage], vector, asked.weights, whole_units=True)

    def _evidence(
        self,
        chosen: list[_Candidate],
        ranked: list[_Candidate],
        vector: NDArray[np.float32],
        asked: _Question,
        model: Path = MODEL_FILE,
    ) -> Evidence:
        """The signals of ``evidence.FEATURES`` for the quoted candidates, and the model's verdict."""
        best, weights = chosen[0], asked.weights
        # Coverage is judged on the passages the answer quotes, headings included.
        quoted = Words(t for c in chosen for t in self.index.context_terms[c.passage.index])
        context_coverage = coverage(weights, quoted)
        total = sum(weights.values()) or 1.0
        frequency = self.index.document_frequency
        # Words of the asker's story that no page uses ("someone grabbed my bag on the tram") say
        # nothing against the quote; unknown words of what is asked do.
        unknown = (
            sum(
                w
                for t, w in weights.items()
                if not any(frequency.get(a) for a in t.split("|"))
                and any(a in asked.asked for a in t.split("|"))
            )
            / total
        )
        runner_up = next((c.score for c in ranked if c.passage.index != best.passage.index), 0.0)
        # A French story word no page uses is mostly one the glossary lacks ("kayak-polo"): no
        # more missing from this quote than from any other.
        absent = [
            w
            for t, w in weights.items()
            if not quoted.covers(t)
            and (
                not asked.french
                or any(frequency.get(a) for a in t.split("|"))
                or any(a in asked.asked for a in t.split("|"))
            )
        ]
        missing = max(absent, default=0.0) / max(weights.values(), default=1.0)
        features = (
            best.dense,
            float(self.index.chunk_vectors[best.passage.index] @ vector),
            context_coverage,
            best.coverage,
            unknown,
            best.passage.score,
            float(bool(asked.kinds)),
            float(best.whole),
            best.score - runner_up,
            self._named(best, asked.named, asked.by_region, asked.on_a_list) or 0.0,
            missing,
            float(_reaches(best, asked)),
            self._focus(best, asked),
            self._foreign(best, asked),
        )
        return Evidence(
            score=(
                self.evidence_model if model == MODEL_FILE and self.evidence_model else load_model(model)
            ).probability(features),
            dense=best.dense,
            coverage=context_coverage,
            features=features,
        )

    @staticmethod
    def _snippet(candidate: _Candidate) -> str:
        chunk = candidate.passage.chunk
        first, last = _span(candidate)
        if not candidate.whole or not chunk.is_unit:
            quoted = " ".join(chunk.sentence(i) for i in range(first, last + 1))
            if chunk.kind == "table" and 0 < chunk.lead <= first:
                return f"{chunk.sentence(chunk.lead - 1)}\n{quoted}"  # a row is read under its header
            return quoted
        lead = " ".join(chunk.sentence(i) for i in range(chunk.lead))
        items = [chunk.sentence(i) for i in chunk.rows]
        marks = [f"{n}." if chunk.kind == "steps" else "-" for n in range(1, len(items) + 1)]
        return "\n".join(
            [*([lead] if lead else []), *(f"{m} {item}" for m, item in zip(marks, items, strict=True))]
        )

    @staticmethod
    def _citations(picked: list[_Candidate]) -> list[Citation]:
        citations: list[Citation] = []
        for n, candidate in enumerate(picked, start=1):
            chunk = candidate.passage.chunk
            where = (chunk.document, chunk.title, chunk.section, chunk.url)
            snippet, score = ExtractiveComposer._snippet(candidate), round(candidate.score, 4)
            citations.append(Citation(n, *where, snippet, chunk.text, score, chunk.page))
        return citations


_LEAST_WORDS = ("cheapest", "lowest", "smallest", "least expensive", "fewest", "minimum")
_MOST_WORDS = ("most expensive", "highest", "largest", "biggest", "greatest", "maximum")
# "Do they guarantee [a minimum] of paid days?", « un minimum de jours »: whether there is a bound,
# not the least row of a table.
_BOUND_ASKED = r"(?<!\ba )(?<!\bany )(?<!\bun )(?<!\bune )"
_LEAST = re.compile(rf"{_BOUND_ASKED}\b({'|'.join(_LEAST_WORDS)})\b")
_MOST = re.compile(rf"{_BOUND_ASKED}\b({'|'.join(_MOST_WORDS)})\b")
# A sentence that states the bound itself: "Students pay at most €150 per trip".
_AT_LEAST = re.compile(r"\b(at least|a minimum of|no less than|not less than)\b")
_AT_MOST = re.compile(
    r"\b(at most|up to|a maximum of|no more than|not more than|may not exceed|cannot exceed|limited to)\b"
)
# The question terms _extreme answers: "expensive" of "most expensive" stays a topic word.
_SUPERLATIVE_STEMS = frozenset(
    t for w in (*_LEAST_WORDS, *_MOST_WORDS) if " " not in w for t in index_terms(w)
) | frozenset(index_terms("least"))
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_MONEY = r"(?:[€$£]\s?)?"  # "up to €12,000": a band of amounts
_AMOUNT = re.compile(_NUMBER)
_CURRENCY = re.compile(rf"[€$£]|\beur(?:os?)?\b|\b(?:{CURRENCY_CODES})\b", re.IGNORECASE)


def _extreme(shortlist: list[_Candidate], question: str) -> tuple[_Candidate, _Candidate] | None:
    """For "the cheapest...", "the smallest grant...": the row of the best-ranked table whose
    amount is the least (or the greatest), with the shortlisted row of that table it was read
    from (the evidence). Rows are compared by their figures, which neither the
    encoder nor the term weights can do."""
    text = question.lower()
    least_word = _LEAST.search(text)
    word = least_word or _MOST.search(text)
    if word is None:
        return None
    least = least_word is not None
    row = next((c for c in shortlist if c.passage.chunk.kind == "table"), None)
    if row is None:
        return None
    chunk = row.passage.chunk
    header = chunk.cells(chunk.lead - 1) if chunk.lead else []
    if word.group() in (cell.strip().lower() for cell in header):
        return None  # "the minimum for a full year" names the table's Minimum column, not a row
    # "The maximum a student has to pay" is answered by the sentence that states it, ranked
    # before the table: the largest row of a table of grants is another figure.
    bound = _AT_LEAST if least else _AT_MOST
    for c in shortlist[: shortlist.index(row)]:
        if c.passage.chunk.kind != "table" and bound.search(c.passage.chunk.sentence(c.sentence).lower()):
            return None
    chunk = row.passage.chunk
    values = {i: v for i in chunk.rows if (v := _row_amount(chunk.cells(i)))}
    if len(values) < 2:
        return None
    pick = (min if least else max)(values, key=lambda i: values[i])
    return row, replace(row, sentence=pick, whole=False)


# A table row's key: a band ("100 to 499 km", "8,000 km or more", "2,000 km and more", "less than
# 10") or one value ("7 (Notable)").
_BAND = re.compile(
    rf"^\s*(?:(?:more than|over|above|from)\s+{_MONEY}(?P<after>{_NUMBER})[a-z\s]{{0,15}}?"
    rf"(?:up to|to|under|below|less than)\s+{_MONEY}(?P<until>{_NUMBER})"
    rf"|{_MONEY}(?P<low>{_NUMBER})\s*(?:[a-z²]+\s*)?(?:to|–|-)\s*{_MONEY}(?P<high>{_NUMBER})"
    rf"|{_MONEY}(?P<floor>{_NUMBER})[^|]*?\b(?:or|and) (?:more|over|above|higher|beyond)\b"
    rf"|(?:more than|over|above|from|at least)\s+{_MONEY}(?P<above>{_NUMBER})"
    rf"|(?:less than|under|below)\s+{_MONEY}(?P<below>{_NUMBER})"
    rf"|up to\s+{_MONEY}(?P<most>{_NUMBER})"
    rf"|{_MONEY}(?P<value>{_NUMBER})(?![\d,.]))",
    re.IGNORECASE,
)
# A band stated inside a later cell ("courses worth 13 to 30 ECTS credits"): a range only.
_INNER_BAND = re.compile(
    rf"(?<![\w.,])(?P<low>{_NUMBER})\s*(?:[a-z²]+\s*)?(?:to|–|-)\s*(?P<high>{_NUMBER})"
    rf"|\bup to\s+(?P<most>{_NUMBER})|\b(?:less than|under|below)\s+(?P<below>{_NUMBER})"
    rf"|(?P<floor>{_NUMBER})\s*(?:[a-z²]+\s*)?(?:or|and) (?:more|over|above|higher|beyond)\b",
    re.IGNORECASE,
)
# Figures of a question that are not years ("in 2027"): what a banded row is looked up by.
_FIGURE = re.compile(rf"(?<![\w.,]){_NUMBER}(?![\w,]|\.\d)")


# Counts written as words before a unit: "a five-month exchange", "three weeks". One to twelve:
# larger counts are written in figures, and "a dozen" is an estimate, no key to look a row up by.
_SPELLED = {w: n for w, n in NUMBER_WORDS.items() if n <= 12 and not w.startswith("dozen")}
_SPELLED_COUNT = re.compile(
    rf"\b({'|'.join(_SPELLED)})[\s-]+(?=(?:month|week|day|year|semester|hour|student|people|person)s?\b)",
    re.IGNORECASE,
)


# "this year's auditions", "next month": a time told from the asker's today, which the texts
# state as dates ("from 4 to 6 October 2027"), not by the word.
_DEICTIC_TIME = re.compile(
    r"\b(?:this|next|last|the coming|the current)\s+(?:academic\s+)?"
    r"(?:year|month|week|semester|term)(?:'s|’s)?",
    re.IGNORECASE,
)


# A count spelled out in the question is covered by its figure in the texts ("the [ten] lessons":
# 10 lessons). "one" is left out: it is mostly no count ("one of them").
_FIGURE_OF = {index_terms(w)[0]: str(n) for w, n in NUMBER_WORDS.items() if 1 < n <= 20 and "dozen" not in w}


def _as_figure(term: str) -> str:
    """A question term with its figure as an alternative ("ten|10")."""
    figure = _FIGURE_OF.get(term)
    return f"{term}|{figure}" if figure else term


# "20 000 km", "1 500 €": thousands set apart by a space, as French (and SI) write them.
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def _in_two_words(head: str, vocabulary: Words) -> bool:
    """Whether a word is made of two the page uses ("beehives": a bee, the hives)."""
    word = head.lower()
    for i in range(3, len(word) - 3):
        parts = [index_terms(word[:i]), index_terms(word[i:])]
        if all(parts) and all(vocabulary.covers(t) for part in parts for t in part):
            return True
    return False


def _complement(head: str, question: str) -> list[str]:
    """The terms of what the head is "of" in the question ("letter of [good standing]"), or none."""
    match = re.search(
        rf"\b{re.escape(head)}s? of (?:the |a |an |my |your |our |their )?((?:[\w'-]+ ){{0,2}}[\w'-]+)",
        question,
        re.IGNORECASE,
    )
    return index_terms(match.group(1)) if match else []


# "my programme only has [eight students]", "I graduated [four years] ago": a quantity of the
# asker's, which a rule's bound on the same noun ("fewer than 10 students") decides.
_QUANTITY = re.compile(rf"\b(\d+|{'|'.join(NUMBER_WORDS)})\s+(?:[a-z'-]+\s+)?([a-z]+s)\b", re.IGNORECASE)
_BOUND = re.compile(
    r"\b(?:fewer than|less than|more than|over|under|at least|at most|up to|no more than|a maximum of"
    r"|a minimum of|within)\s+(?:\d+|[a-z]+)\s+([a-z'-]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)


# "Where's their office?", « Où se trouve leur bureau ? »: where the people who run something sit.
_OFFICE_ASKED = re.compile(
    r"\bwhere(?:'s|’s| is| are)\s+(?:the|their|your|his|her|its)\s+(?:[\w-]+\s+)?"
    r"(?:office|desk|secretariat|bureau)\b"
    r"|\boù (?:est|se trouve|sont)\s+(?:le|leur|son|votre)\s+(?:bureau|secrétariat|guichet)\b",
    re.IGNORECASE,
)


def _at_the_office(ranked: list[_Candidate], question: str) -> list[_Candidate]:
    """For "Where's their office?", the shortlisted places of a contact: an address in a contact
    section or right after an e-mail or phone line ("…: lombrics@…, +33 4… . Student House,
    building 20, room 126; Wednesday and Friday"), not the place where an activity happens."""
    if not _OFFICE_ASKED.search(question):
        return ranked

    def of_a_contact(c: _Candidate) -> bool:
        chunk = c.passage.chunk
        said = chunk.sentence(c.sentence)
        if not states(AnswerType.ADDRESS, said, question):
            return False
        after_a_line = c.sentence > 0 and states(AnswerType.CONTACT, chunk.sentence(c.sentence - 1), question)
        return (
            after_a_line
            or states(AnswerType.CONTACT, said, question)
            or "contact" in (chunk.section or "").lower()
        )

    return _first(ranked, of_a_contact)


# A figure of an academic year the page's own year follows ("In 2026-2027, the club had 46
# members"), and what a question asks of the past in, besides a tally's words (``asks_tally``):
# a past tense, "last", a year.
_LAST_YEAR = re.compile(r"^In (20\d\d)[-–/]20\d\d,")
_PAST_TENSE = re.compile(
    r"\b(?:did|was|were|had|happened|last|ago|20\d\d|dernière|derniere|dernier)\b", re.IGNORECASE
)


def _by_bound(ranked: list[_Candidate], question: str) -> list[_Candidate]:
    """The shortlisted quotes that bound a quantity the asker gives first: "No rank is given when
    the cohort has fewer than 10 students" decides "my programme only has eight students"."""
    nouns = {t for m in _QUANTITY.finditer(question) for t in index_terms(m.group(2))[:1]}
    # "My French is about B1": a language level, which a rule's required level decides.
    leveled = _LEVEL.search(question) is not None
    if not nouns and not leveled:
        return ranked

    def bounds(c: _Candidate) -> bool:
        said = c.passage.chunk.sentence(c.sentence)
        levels = leveled and _LEVEL.search(said) is not None and _LEVEL_RULE.search(said) is not None
        return levels or any(set(index_terms(m.group(1))) & nouns for m in _BOUND.finditer(said))

    return _first(ranked, bounds)


# A language level of the common European framework ("B1", "C1"), and a rule that requires one.
_LEVEL = re.compile(r"\b[ABC][12]\b")
_LEVEL_RULE = re.compile(r"\b(?:at least|minimum|or above|or higher|need|needs|required|requires)\b", re.I)


def _figures(question: str) -> list[float]:
    question = _SPACED_THOUSANDS.sub("", question)
    found: list[float] = [float(_SPELLED[m.group(1).lower()]) for m in _SPELLED_COUNT.finditer(question)]
    for match in _FIGURE.finditer(question):
        text = match.group().rstrip(".,")
        if re.fullmatch(r"(19|20)\d\d", text):
            continue
        found.append(float(text.replace(",", "")))
    return found


def _in_band(key: str, figure: float, pattern: re.Pattern[str] = _BAND) -> bool:
    """Whether a row's key (its first cell) holds the figure."""
    # A key opens with its band; a later cell may state one anywhere in its words.
    match = pattern.match(key) if pattern is _BAND else pattern.search(key)
    if match is None:
        return False
    number = {k: float(v.replace(",", "")) for k, v in match.groupdict().items() if v}
    if "after" in number:  # "More than 1 month and up to 6 months"
        return number["after"] < figure <= number["until"]
    if "low" in number:
        return number["low"] <= figure <= number["high"]
    if "floor" in number:
        return figure >= number["floor"]
    if "above" in number:
        return figure > number["above"]
    if "below" in number:
        return figure < number["below"]
    if "most" in number:
        return figure <= number["most"]
    return figure == number["value"]


def _band_rows(chunk: Chunk, figure: float, question: str) -> list[int]:
    """The rows whose key holds the figure; else those with a later cell giving a band in the
    unit the question gives it in ("say 30 credits" → "courses worth 13 to 30 ECTS credits")."""
    rows = [i for i in chunk.rows if _in_band(chunk.cells(i)[0], figure)]
    if rows:
        return rows
    units = _units(question)
    return [
        i
        for i in chunk.rows
        if any(_in_units(cell, units) and _in_band(cell, figure, _INNER_BAND) for cell in chunk.cells(i)[1:])
    ]


def _units(question: str) -> set[str]:
    """The units the question's figures are given in ("4,000 km", "30 credits"), singular."""
    return {u.lower().rstrip("s") for _, u in _MEASURE.findall(question)}


def _in_units(text: str, units: set[str]) -> bool:
    """Whether a cell measures in one of the units: a figure, then the unit ("1,999 km", "30 ECTS
    credits"), not the word elsewhere ("second Friday of each month" is no 14-second time)."""
    measured = re.findall(r"\d[\d,.]*[\s-]*([a-z]+)(?:\s+([a-z]+))?", text.lower())
    return bool(units & {w.rstrip("s") for pair in measured for w in pair if w})


# Words of how the asker came to ask ("My cousin [says]…", "A [friend] [told] me…", « Une pote m'a
# dit… »): whom they heard it from and what they feel, never what a page states.
_TELLING = frozenset(
    index_terms(
        """friend friends mate mates pal buddy cousin cousins aunt uncle sister brother flatmate
        flatmates classmate classmates roommate colleague colleagues neighbour neighbor someone
        somebody guy say says said tell tells told hear heard think thought reckon wonder wondering
        know knew love loved wish hope hoping apparently mention mentioned swear swore"""
    )
)
# How much such a word of the story weighs against the words of what is asked.
TELLING_SHARE = 0.25
# An FAQ's reply that opens on its yes or no ("No: the airlines' own staff make the announcements.").
_BARE_REPLY = re.compile(r"^(?:no|yes)\b\s*[:.,;!–—-]", re.IGNORECASE)


def _alternatives(head: str, within: list[list[str]]) -> list[str]:
    """The terms that name a head a question asks about: a glossed head is covered by any of its
    alternatives, a compound by all its words, with the texts' words for a phrase it is part of."""
    stems = index_terms(head)
    alternatives = [*covering_terms(head), *(t for words in within for t in words)]
    return alternatives + [t for stem in stems for t in _SAME_THING.get(stem, ())]


def _texts_words_of(head: str, phrases: list[tuple[list[str], list[str]]]) -> list[list[str]]:
    """The texts' words for each of the question's phrases that the head is part of ("give the
    [talk]": speak, present); an empty list for an idiom that names nothing."""
    stems = set(index_terms(head))
    return [words for phrase, words in phrases if stems & set(phrase)]


def _told_lightly(weights: dict[str, float], asked: frozenset[str], question: str) -> dict[str, float]:
    """The question's term weights, a word of how the asker came to ask weighing a quarter: a
    story's "cousin" and "says" are not what a quote must cover. Nor is any word of a story about
    another place when what is asked names UM ("My cousin in Estonia says every member [buys]
    the licence. At UM's club, how much…?"): it tells what holds there."""
    elsewhere = told_elsewhere(question)

    def light(term: str) -> bool:
        alternatives = term.split("|")
        return not any(a in asked for a in alternatives) and (
            bool(elsewhere) or all(a in _TELLING for a in alternatives)
        )

    return {t: w * TELLING_SHARE if light(t) else w for t, w in weights.items()}


# "If a needle breaks…", "Should the boat capsize…", "In case of…": what to do when a thing happens.
_WHAT_IF = re.compile(r"(?:if|should|in case|whenever)\b", re.IGNORECASE)
# "What am I supposed to do?", "What should I do now?": what to do, with no goal named ("…to get
# the grant?"), after the asker has told what happened.
_WHAT_NOW = re.compile(
    r"^(?:so,?\s+)?what (?:am i supposed to|are we supposed to|should (?:i|we)|do (?:i|we)|must i"
    r"|do (?:i|we) have to|do (?:i|we) need to|can (?:i|we)|shall (?:i|we))"
    r" do(?: now| next| then| first| about it| in that case| right away| straight away"
    r"| immediately)?\s*(?:\?|,|$)"
    # "…it stuck in my mate's foot and we panicked. What should we have done?": what to do then.
    r"|^(?:so,?\s+)?what (?:should|could|ought) (?:i|we) (?:to )?have done\s*(?:\?|,|$)"
    r"|^(?:so,?\s+)?what (?:was i|were we) (?:supposed|meant) to do\s*(?:\?|,|$)"
    # « Je dois faire quoi maintenant ? », « Que faire ? »: the French forms a procedure is asked by.
    r"|^(?:et\s+)?(?:on|je|j'|nous) (?:dois|doit|devons) faire quoi(?: maintenant| alors)?\s*(?:\?|,|$)"
    r"|^(?:et\s+)?(?:alors\s+)?que faire\s*(?:\?|,|$)"
    # "…I slice my finger open on a scalpel. First aid steps?": what to do there and then.
    r"|^(?:the\s+|any\s+)?first[- ]aid(?:\s+(?:steps?|procedure|instructions|tips))?\s*(?:\?|,|$)",
    re.IGNORECASE,
)
_CASE_FIRST = re.compile(r"^(?:and\s+)?(?:if|when)\b[^?]*?,\s*(?=what\b)", re.IGNORECASE)
# The words every procedure's lead-in has ("To register, follow these steps:").
_LEAD_IN_WORDS = frozenset(index_terms("follow these steps step how to do"))


def _terms_naming(thing: str) -> list[str]:
    """The terms a quote names a thing by: its own and the texts' words for it."""
    return [*index_terms(thing), *extra_terms(thing)]


def _told_again(best: _Candidate, question: str) -> bool:
    """Whether the quote says what the asker gave as known and names what is asked only as part of
    it: "The desk hands out free helmets, but does it also lend a bike?" against "…collect a free
    bike helmet…". It answers nothing the asker did not say."""
    told = told_first(question)
    if not told:
        return False
    told_terms = set(index_terms(told))
    # What is asked again ("the loan of a dinghy" after "the loan of a jacket") is no new thing.
    objects = {t for head in asked_objects(question) for t in index_terms(head)} - told_terms
    said = [index_terms(w) for w in best.passage.chunk.sentence(best.sentence).split()]
    said_terms = [terms[0] if terms else "" for terms in said]
    if not objects or told_terms.isdisjoint(said_terms):
        return False
    # An asked thing right before a told one is a kind of it ("bike helmet"), not the thing asked.
    apart = [
        t
        for i, t in enumerate(said_terms)
        if t in objects and (said_terms[i + 1 : i + 2] or [""])[0] not in told_terms
    ]
    return not apart


def _what_to_do_if(ranked: list[_Candidate], question: str) -> _Candidate | None:
    """The quote that answers "What am I supposed to do?", asked after the asker tells what
    happened to them ("I jabbed my finger and the tip of the needle snapped off"), with what the
    page says to do if that happens: the best quote says what to do in a case, and no procedure
    retrieved is for anything the question names ("To join the advanced course, follow these
    steps:"). None when the question is not of that kind or the page has no such quote."""
    asked = asked_part(question)
    # "…: if the steam gets my hand, what do I do right away?": the case told, then the question.
    now = _CASE_FIRST.sub("", asked)
    if not ranked or asked == question or not _WHAT_NOW.search(now) or not wants_steps(question):
        return None
    top = max(ranked, key=lambda c: c.score)
    best = top.passage.chunk
    # Under an FAQ's "What if a dart hits someone?", the answer may open on how it happens.
    heading = re.sub(r"^what\s+", "", (best.section or "").lower())
    if best.kind == "steps" or not (_WHAT_IF.match(best.sentence(top.sentence)) or _WHAT_IF.match(heading)):
        return None
    words = set(index_terms(question)) - _LEAD_IN_WORDS
    procedures = [c for c in ranked if c.passage.chunk.kind == "steps"]
    # A word of the page's title ("darts" of the darts association's page) is what all its
    # procedures are about, not one the question names.
    if any(
        (words - set(index_terms(c.passage.chunk.title))) & set(index_terms(c.passage.chunk.sentence(0)))
        for c in procedures
    ):
        return None
    # "…if the steam gets my hand, or I jab a pin…?": each case the question tells, as the
    # sentences around the quote say what to do in it ("If the steam or a brim iron burns you…").
    told = words - set(index_terms(best.title))
    cases = [
        k
        for k in range(len(best.sentences))
        if _WHAT_IF.match(best.sentence(k)) and told & set(index_terms(best.sentence(k)))
    ]
    if top.whole or best.is_unit or not cases:
        return top
    return replace(top, since=min(top.sentence, *cases), through=max(top.sentence, *cases))


def _banded(ranked: list[_Candidate], question: str) -> tuple[_Candidate, _Candidate] | None:
    """For "It is about 8,600 km: what travel allowance...?", "And a 7 from a Spanish
    university?": the one row of the best-ranked table whose band or key holds the question's
    figure, with the ranked row of that table it was read from (the evidence)."""
    figures = _figures(question)
    if len(figures) != 1:
        return None
    seen = set()
    for c in ranked:
        chunk = c.passage.chunk
        if chunk.kind != "table" or c.passage.index in seen:
            continue
        seen.add(c.passage.index)
        rows = _band_rows(chunk, figures[0], question)
        if len(rows) == 1 and len(chunk.rows) > 1:
            return c, replace(c, sentence=rows[0], whole=False)
    return None


# A figure of the question and the unit after it: "4,000 km", "a five-month stay".
_MEASURE = re.compile(rf"(?<![\w.,])({_NUMBER}|{'|'.join(_SPELLED)})[\s-]*([a-z]+)", re.IGNORECASE)


def _beyond_bands(shortlist: list[_Candidate], question: str) -> bool:
    """Whether the table the question's figure would be looked up in has bands of that unit
    ("500 to 1,999 km"), none of which holds the figure ("more than 4,000 km" when the last band
    ends at 3,999): the documents do not give that case, and a neighbouring band is wrong."""
    figures = _figures(question)
    units = _units(question)
    if len(figures) != 1 or not units:
        return False
    for c in shortlist:
        chunk = c.passage.chunk
        if chunk.kind != "table":
            continue
        keys = [chunk.cells(i)[0] for i in chunk.rows]
        ranges = [k for k in keys if (m := _BAND.match(k)) and not m.group("value")]
        measured = [k for k in ranges if _in_units(k, units)]
        if len(measured) >= 2 and not any(_in_band(k, figures[0]) for k in keys):
            return True
    return False


def _superlative(term: str) -> bool:
    """Whether a question term (alternatives joined by "|") is a superlative that _extreme reads."""
    return any(a in _SUPERLATIVE_STEMS for a in term.split("|"))


def _row_amount(cells: list[str]) -> float | None:
    """A row's amount: its last cell with a currency, else its last cell holding a figure."""
    figures = [c for c in cells if _AMOUNT.search(c)]
    priced = [c for c in figures if _CURRENCY.search(c)]
    cell = (priced or figures or [""])[-1]
    match = _AMOUNT.search(cell)
    return float(match.group().replace(",", "")) if match else None


# A heading that asks without a question mark: "What you learn", "Where to find the shelves".
_WH_WORDS = "what|where|when|who|which|how"
_INDIRECT_QUESTION = re.compile(rf"(?i)(?:{_WH_WORDS})\s+\w")


def _asks(heading: str) -> bool:
    """Whether a section heading is a question, with its mark or without ("What you learn")."""
    return heading.endswith("?") or _INDIRECT_QUESTION.match(heading) is not None


def _question_words(question: str) -> Words:
    """The question's terms and the texts' words for its phrases."""
    return Words([*index_terms(question), *extra_terms(question)])


def _heading_covered(chunk: Chunk, asked: Words) -> bool:
    """Whether the question (its ``asked`` words) repeats its unit's heading."""
    terms = index_terms(chunk.section or "")
    return bool(terms) and all(asked.covers(t) for t in terms)


# "If it pours down for a week, do I…?", "And what if I miss a session, …?": the case asked of.
_CASE = re.compile(
    r"^(?:and |but |so )?(?:what )?if ([^,?]{3,80}?)(?:,|\s+(?:do|does|can|will|would|is|are|should)\b)"
)

# The question word the heading must share, and a comparison, which one unit does not answer.
_WH_WORD = re.compile(rf"\b(?:{_WH_WORDS})\b")
_COMPARES = re.compile(
    r"\b(?:larger|higher|lower|bigger|smaller|more|less|fewer|better|cheaper|longer|shorter|compare\w*)\b"
)


# A contact line that names nobody: "Book by e-mail or phone: …", "Write to …".
_BARE_CONTACT = re.compile(
    r"^(?:To book, )?(?:Book|Write|Call|Phone|Ring|E-mail|Email|Contact|Ask|Apply|Register|Sign up|Send)\b"
)
# The opening of a directory entry: "Allergies: the allergist of …".
_ENTRY_LABEL = re.compile(r"^[A-Z][\w'’ -]{2,40}:\s+\S")


def _rules_quote(ranked: list[_Candidate], best: _Candidate) -> _Candidate | None:
    """Rules asked: the paragraph under a heading that says so, however close a list of another
    kind ranks ("The workshop has three activities:"), unless the page gives its rules as a list
    of their own, which ``_as_unit`` reads the lists for; a list quoted best is quoted whole (« il
    faut respecter quoi ? »: each rule of it is asked)."""
    whole_list = replace(best, whole=True) if best.passage.chunk.kind == "list" else None
    headed = [
        c
        for c in ranked
        if c.passage.chunk.kind == "text"
        and RULES_WORDS.search(c.passage.chunk.section or "")
        and c.score >= UNIT_RATIO * best.score
    ]
    if not headed:
        return whole_list
    page = headed[0].passage.chunk.document
    listed = any(
        c.passage.chunk.is_unit and c.passage.chunk.document == page and _says_rules(c.passage.chunk)
        for c in ranked
    )
    if listed or (headed[0] is not best and _says_rules(best.passage.chunk)):
        return whole_list
    return replace(headed[0], whole=True)


def _says_rules(chunk: Chunk) -> bool:
    """Whether a chunk's heading or a list's lead-in says it holds rules."""
    said = [chunk.section or "", *(chunk.sentence(i) for i in range(chunk.lead if chunk.is_unit else 0))]
    return any(RULES_WORDS.search(text) for text in said)


# How many chunks before or after a quoted paragraph of rules still belong to it.
_SECTION_CHUNKS = 4


def _answer_goes_on(quote: _Candidate, ranked: list[_Candidate]) -> list[_Candidate]:
    """The rest of the answer under a question heading ("What if I get hurt?") when it goes on in
    the next chunk and the quote ends where its chunk does: the whole answer, not its first part."""
    chunk = quote.passage.chunk
    if not (chunk.section or "").rstrip().endswith("?") or _span(quote)[1] != len(chunk.sentences) - 1:
        return []
    following = [
        c
        for c in ranked
        if c.passage.index == quote.passage.index + 1
        and c.passage.chunk.section == chunk.section
        and c.passage.chunk.document == chunk.document
        and c.passage.chunk.kind == "text"
    ]
    if not following:
        return []
    first = min(following, key=lambda c: c.sentence)
    return [replace(first, sentence=0, through=len(first.passage.chunk.sentences) - 1)]


def _kit_goes_on(quote: _Candidate, ranked: list[_Candidate]) -> list[_Candidate]:
    """What to bring or wear told on under the same heading in the chunk before or after the
    quote's ("Come in old clothes…" | "Bring a photo…"): its sentences that say it, or what the
    organisers lend, which the asker need not bring."""
    chunk = quote.passage.chunk
    for c in ranked:
        other = c.passage.chunk
        if (
            abs(c.passage.index - quote.passage.index) == 1
            and other.kind == "text"
            and other.section == chunk.section
            and other.document == chunk.document
        ):
            said = [k for k in range(len(other.sentences)) if _kit_or_lent(other.sentence(k))]
            if said:
                return [replace(c, sentence=said[0], through=said[-1], whole=False)]
    return []


def _kit_or_lent(sentence: str) -> bool:
    """Whether the sentence says what to bring or wear, or what the organisers lend instead."""
    return says_kit(sentence) or _LENT.search(sentence) is not None


_LENT = re.compile(r"\b(?:lends?|lent|provides?|provided|supplies|supplied)\b")


def _whole_prose(candidate: _Candidate) -> _Candidate:
    """A short paragraph under the heading a list question asks is its answer as a whole ("Wear
    loose clothes… Bring a bottle of water…")."""
    chunk = candidate.passage.chunk
    short = chunk.kind == "text" and len(chunk.sentences) <= PROSE_LIST_SENTENCES
    return replace(candidate, whole=True) if short else candidate


def _says_which_way(question: str, vocabulary: Words) -> bool:
    """Whether a yes/no question offers another way ("…, or is it all done online?") that the
    page names, or asks how a procedure is done: the page says which of the two holds, whatever
    it says of the first."""
    instead = offered_instead(question)
    return bool(instead) and (all(vocabulary.covers(t) for t in instead) or wants_steps(question))


def _heading_asked(chunk: Chunk, wh: str, asked: Words) -> bool:
    """Whether the chunk's heading asks what the question asks, with the question's word for
    what it asks (``wh``, a pattern) and in its words (``asked``): "What to bring"."""
    section = (chunk.section or "").lower()
    return re.match(rf"(?:{wh})\b", section) is not None and _asks(section) and _heading_covered(chunk, asked)


def _headed_by_the_question(
    best: _Candidate, ranked: list[_Candidate], question: str, wh: str, asked: Words
) -> _Candidate:
    """For "What do they teach over the five evenings?", the table headed "What you learn" on the
    best quote's page rather than a sentence of its prose that says part of it, or a list of
    another heading (« il apporte quoi ? »: "What the agreement gives", not "Rules of the walks"):
    the heading asks the question, with its word for what it asks (``wh``) and in its words
    (``asked``), and its rows answer it together."""
    if is_yes_no(question) or is_yes_no_fr(question) or _COMPARES.search(question.lower()):
        return best
    if best.whole and _heading_asked(best.passage.chunk, wh, asked):
        return best
    home = best.passage.chunk.document
    headed = {
        c.passage.index: c
        for c in ranked
        if c.passage.chunk.document == home
        and c.passage.chunk.kind in ("list", "table")
        and _heading_asked(c.passage.chunk, wh, asked)
    }
    return replace(next(iter(headed.values())), whole=True) if len(headed) == 1 else best


def _leads_in(chunk: Chunk, i: int) -> bool:
    """Whether sentence ``i`` of a list or table leads in to its items ("The programme is open to
    the following members of staff:", a table's header): quoted, it brings the items. The
    sentences of the paragraph before it say something of their own."""
    last = chunk.lead - (2 if chunk.kind == "table" else 1)  # a table's header comes after
    return i < chunk.lead and (i >= last or chunk.sentence(i).rstrip().endswith(":"))


# The first terms of a sentence, where it names what it is about ("[The Argentine ant] is small").
# How many things a quote that lists them may have described, one sentence each.
_DESCRIBED_LISTED = 4
_OPENING_TERMS = 2


def _contacts_last(ranked: list[_Candidate], asked: _Question) -> list[_Candidate]:
    """For a list question that asks no contact ("Which workshops does the club run?"), the rows of
    a table of whom to reach ("Situation | Who | How to reach them") after the rest: they name the
    workshops only to say whom to ask about them."""
    if not asked.unit_wanted or asked.kinds & set(_REACH):
        return ranked
    return sorted(ranked, key=lambda c: _reach_table(c.passage.chunk))  # stable: the order kept within each


def _reach_table(chunk: Chunk) -> bool:
    """Whether the chunk is a table of whom to reach: a header saying so, and rows that give an
    e-mail or a phone number."""
    if chunk.kind != "table" or _REACH_HEADER.search(chunk.text.split("\n", 1)[0]) is None:
        return False
    rows = (chunk.sentence(i) for i in range(chunk.lead, len(chunk.sentences)))
    return sum(states(AnswerType.CONTACT, row, "") for row in rows) >= 2


_REACH_HEADER = re.compile(
    r"\b(?:how to reach|contacts?|phone|e-mail|email|who to (?:call|ask|write to))\b", re.I
)


def _kit_first(ranked: list[_Candidate]) -> list[_Candidate]:
    """For "What should I bring?", the sentences that say what to bring or wear, or a list headed
    so, before the prices around them, however these rank; the other lists (rules, steps) are
    left out when something says it."""
    says = [_says_kit(c) for c in ranked]
    kit = [c for c, said in zip(ranked, says, strict=True) if said]
    rest = [c for c, said in zip(ranked, says, strict=True) if not said]
    # What the page heads as the kit ("## What to bring") before a rule elsewhere that says to
    # wear something ("Wear long trousers tucked into your socks…", under "Ticks").
    headed = [c for c in kit if says_kit(c.passage.chunk.section or "")]
    kit = headed + [c for c in kit if c not in headed]
    return kit + [c for c in rest if not (kit and c.passage.chunk.is_unit)]


def _says_kit(candidate: _Candidate) -> bool:
    """Whether the candidate says what to bring or wear, or is in a list headed so: an item of
    another list ("- carry out everything you bring in", a rule) does not."""
    chunk = candidate.passage.chunk
    if chunk.is_unit and (candidate.whole or candidate.sentence >= chunk.lead):
        return leads_with_kit(chunk)
    # "## What to bring / A hat, sun cream, a bottle of water…": the heading says it.
    return says_kit(chunk.sentence(candidate.sentence)) or says_kit(chunk.section or "")


def _kit_asked_under_its_heading(best: _Candidate, question: str) -> bool:
    """Whether "What should I bring?" is answered by what its page lists under "What to bring":
    the heading says it is the kit, however few of the question's words the items repeat. A yes
    or no ("Do I need my own helmet?") is not: the kit need not name the thing asked about."""
    if not asks_kit(question) or is_yes_no(question) or is_yes_no_fr(question):
        return False
    return says_kit(best.passage.chunk.section or "")


def leads_with_kit(chunk: Chunk) -> bool:
    """Whether a list's heading or lead-in says what to bring or wear ("What to bring",
    "Documents to take for your child", "Bring these documents:")."""
    return says_kit(chunk.section or "") or any(says_kit(chunk.sentence(i)) for i in range(chunk.lead))


def _header(candidate: _Candidate) -> bool:
    """Whether the candidate is a table's header line: it names the columns, not a fact. A
    question about one row ("Is there a laundry in X?") is answered by a row or not at all. The
    prose before the header is no header ("Every student may be excused for up to 4 days.")."""
    chunk = candidate.passage.chunk
    if chunk.kind != "table" or candidate.sentence >= chunk.lead:
        return False
    # A lead-in that ends in a colon introduces the rows as the header names them.
    return candidate.sentence == chunk.lead - 1 or chunk.sentence(candidate.sentence).rstrip().endswith(":")


def _reaches(candidate: _Candidate, asked: _Question) -> bool:
    """Whether the question asks how to reach someone and the quote gives a way."""
    kinds = [k for k in _REACH if k in asked.kinds]
    if not kinds:
        return False
    first, last = _span(candidate)
    chunk = candidate.passage.chunk
    return any(states(k, chunk.sentence(i), asked.text) for k in kinds for i in range(first, last + 1))


def _topic_contact_first(
    ranked: list[_Candidate], everything: list[_Candidate], asked: _Question
) -> list[_Candidate]:
    """For "To prepare my treatment before I leave, who can I call?", the contact line of the page
    the question is closest to (the travel health page's "Travel Health desk: travel-health@…"),
    before another page's line that shares more of its words (a directory's "Staff who prepare a
    mission… see the occupational physician"): whom to reach is the topic page's own service."""
    if AnswerType.CONTACT not in asked.kinds or not ranked or not everything:
        return ranked
    topic = everything[0].passage.chunk.document
    if ranked[0].passage.chunk.document == topic:
        return ranked
    own = next((c for c in ranked if c.passage.chunk.document == topic and _reaches(c, asked)), None)
    return ranked if own is None else [own, *(c for c in ranked if c is not own)]


def _names_a_rare_word(said: Sequence[str], then: Sequence[str], weights: dict[str, float]) -> bool:
    """Whether the sentence after a quote (its terms ``then``) names one of the question's rarest
    words that the quote (``said``) does not: a word weighing at least ``RARE_SHARE`` of the
    rarest, since the rarest is often a word of the asker's story ("a [couple] of H0 locomotives")."""
    top = max(weights.values(), default=0.0)
    quoted, after = Words(said), Words(then)
    return any(w >= RARE_SHARE * top and not quoted.covers(t) and after.covers(t) for t, w in weights.items())


def _unsaid(ranked: list[_Candidate], said: str) -> list[_Candidate]:
    """The candidates whose sentence the previous answer did not quote, if any is left: "And
    what if we don't spend all of it?" is not answered by the grant it followed up on."""
    if not said:
        return ranked
    said = " ".join(said.split())
    fresh = [c for c in ranked if " ".join(c.passage.chunk.sentence(c.sentence).split()) not in said]
    return fresh or ranked


def _directory_line(
    chosen: list[_Candidate], everything: list[_Candidate], asked: _Question
) -> _Candidate | None:
    """For "Who should I talk to about...?" answered by "ask the Defence and Security Official",
    the directory line of that service or role ("Defence and Security Official: fsd@..., +33..."),
    from the retrieved passages: how to reach them is what was asked."""
    if AnswerType.CONTACT not in asked.kinds or any(_reaches(c, asked) for c in chosen):
        return None
    said = " ".join(" ".join(ExtractiveComposer._snippet(c) for c in chosen).lower().split())
    for c in everything:
        line = c.passage.chunk.sentence(c.sentence)
        label = " ".join(line.split(":", 1)[0].lower().split())
        # "Teaching in English team, Centre for Teaching and Learning: ..." is the line of the
        # Centre the answer names, by either of its names.
        names = [n.strip() for n in label.split(",")]
        named = any(len(n) > 2 and n in said for n in names)
        if ":" in line and 2 < len(label) <= DIRECTORY_LABEL and named and _reaches(c, asked):
            return c
    # A topic page gives its own contact line ("Student Competitions desk: competitions@..."),
    # however few words of the question it repeats: it is whom to reach about that topic. A page
    # with several (a directory) does not say which of them the question is about.
    home = chosen[0].passage.chunk.document
    lines = {(c.passage.index, c.sentence): c for c in everything if c.passage.chunk.document == home}
    reaching = [c for c in lines.values() if _reaches(c, asked)]
    return reaching[0] if len(reaching) == 1 else None


def _topic_document(ranked: list[_Candidate], best: str) -> str:
    """For a steps question whose best quote is no procedure, the page the question is about,
    whose procedure answers it: the best quote's, unless the retrieved passages come mostly
    from another page (a list of conditions elsewhere can quote best)."""
    mass: dict[str, float] = {}
    seen: set[int] = set()
    for c in ranked:
        if c.passage.index not in seen:
            seen.add(c.passage.index)
            mass[c.passage.chunk.document] = mass.get(c.passage.chunk.document, 0.0) + c.passage.score
    top = max(mass, key=lambda d: mass[d])
    return top if mass[top] > TOPIC_MASS * mass.get(best, 0.0) else best


_POINTS_FORWARD = re.compile(
    r"\b(?:listed|set out|given|shown|described) below\b|\bthe following\b"
    # "Check every offer with the list below", "see the checklist below"
    r"|\bthe (?:list|checklist|points|checks|documents|conditions|criteria) below\b",
    re.I,
)
_POINTS_BACK = re.compile(
    r"\b(?:listed|set out|given|shown|described|mentioned|information|documents|details|items|papers)"
    r" above\b",
    re.I,
)


def _points(candidate: _Candidate) -> bool | None:
    """Whether the candidate's sentence points to a list below (True) or above (False); None when
    it points to none, or leads in to its own items ("The following means count:")."""
    chunk = candidate.passage.chunk
    if chunk.is_unit and candidate.sentence < chunk.lead:
        return None
    sentence = chunk.sentence(candidate.sentence)
    if _POINTS_FORWARD.search(sentence):
        return True
    return False if _POINTS_BACK.search(sentence) else None


def _pointed_to(best: _Candidate, ranked: list[_Candidate]) -> _Candidate | None:
    """For a list or open question whose best quote points to a list further down ("The laboratory
    uploads the documents listed below.") or up ("Send the information above"), that list: the
    next or the previous one of its document."""
    forward = _points(best)
    if forward is None:
        return None
    lists = [
        c
        for c in ranked
        if c.passage.chunk.document == best.passage.chunk.document
        and c.passage.chunk.kind in ("list", "table")
        and (c.passage.index > best.passage.index if forward else c.passage.index < best.passage.index)
    ]
    # The closest one: the next list after a "below", the last one before an "above".
    return min(lists, key=lambda c: (abs(c.passage.index - best.passage.index), -c.score), default=None)


# Words a page may use for the thing a yes/no question names ("sign language [classes]" on a page
# of courses). Only for whether the page names it: as search terms, "course" for "class" brought
# a procedure to join a course before the table row that says the course is free.
_SAME_THING = {
    stem: tuple(index_terms(others))
    for stem, others in (
        ("class", "course lesson"),
        ("lesson", "course class"),
        ("cours", "class lesson"),
        # "Is there any way to [learn]?" of a page where the Sports Department teaches.
        ("learn", "teach teaches taught"),
    )
}


# "…compare in price and in group size?": the size of each group, which the page often gives in a
# sentence of its own beside the table of prices ("The course takes 10 people and the weekend 8.").
_GROUP_SIZE_ASKED = re.compile(
    r"\bgroup sizes?\b|\bsize of (?:the |each )?groups?\b|\bhow many (?:people|places|participants)\b"
    r"|\bhow big\b|\btailles? des? groupes?\b|\bnombre de places\b"
    # « il y a combien de places ? », « on est combien ? » (accents folded; not « j'en ramène
    # combien au maximum ? », a count of things)
    r"|\bcombien de (?:places|personnes|participants)\b|\b(?:on|nous) (?:est|sera|sommes) combien\b",
    re.IGNORECASE,
)
# "takes 12 people", "8 places", "and the weekend 8": a group's size.
_TAKES = (
    r"\btakes?\s+(?:up\s+to\s+|at\s+most\s+)?\d+\b"
    r"(?!\s*(?:minutes?|mins?|hours?|h\b|days?|weeks?|months?|years?|semesters?|sessions?|evenings?))"
)
_GROUP_TAKES = re.compile(
    rf"{_TAKES}|\b(?:welcomes?|seats?)\s+(?:up\s+to\s+|at\s+most\s+)?\d+\b|\bgroups?\s+of\s+(?:up\s+to\s+)?\d+\b"
    r"|\b\d+\s+(?:people|places|participants)\s+(?:per|in each|a)\s+"
    r"(?:group|session|course|workshop|class)\b",
    re.IGNORECASE,
)
_SIZE_COLUMN = re.compile(r"\b(?:places|group|size|people|participants|seats)\b", re.IGNORECASE)
_GROUP_SIZE = re.compile(
    r"\b\d+\s+(?:people|participants|persons|places|players|members|volunteers|students|guests|pupils"
    r"|performers|learners|paddlers|runners|singers|dancers|walkers|riders|seats|spots)\b"
    rf"|{_TAKES}",
    re.IGNORECASE,
)


# How one travels: a vehicle, a line, a lift ("a minibus with 8 seats leaves the Student House at
# 18:30", "the association's van drops volunteers at a tram stop", "lends 12 bikes").
_TRANSPORT_SAID = re.compile(
    r"\b(?:minibus|bus|buses|coach|coaches|tram|trams|train|trains|shuttle|van|taxi|bikes?|bicycles?"
    r"|car ?pool\w*|lifts?|drives?|drops?|picks? up|metro|on foot|walk)\b",
    re.IGNORECASE,
)


def _near(c: _Candidate, best: _Candidate) -> bool:
    """Whether a candidate may be moved before the best: on its page, or scoring nearly as well
    (another page quoting much worse speaks of something else)."""
    return c.passage.chunk.document == best.passage.chunk.document or c.score >= OTHER_PAGE_RATIO * best.score


def says_transport(text: str) -> bool:
    """Whether the text says how one travels (a minibus, a tram, a lift...)."""
    return _TRANSPORT_SAID.search(text) is not None


def _by_transport(ranked: list[_Candidate], question: str) -> list[_Candidate]:
    """For "how would I get home afterwards?", the shortlisted quotes of the best quote's page (or
    nearly as good) that say how one travels, first."""
    if not ranked or not asks_transport(question):
        return ranked
    best = ranked[0]
    first = [
        c
        for c in ranked
        if _near(c, best) and not c.whole and says_transport(c.passage.chunk.sentence(c.sentence))
    ]
    return first + [c for c in ranked if c not in first]


def _whether_not_how(ranked: list[_Candidate], question: str) -> list[_Candidate]:
    """For a yes/no question ("Could I sign up for tutoring?"), the quotes without a procedure's
    or a list's lead-in ("To get a tutor, follow these steps:", "Boxes are in these places:"),
    which would bring the whole unit: it asks whether, not how or where, and the unit says
    neither (unless nothing else is left); a list's own items stay."""
    if not is_yes_no(question):
        return ranked

    def leads_in(c: _Candidate) -> bool:
        chunk = c.passage.chunk
        return chunk.kind in ("steps", "list") and (c.whole or _leads_in(chunk, c.sentence))

    return [c for c in ranked if not leads_in(c)] or ranked


def _as_unit(
    ranked: list[_Candidate],
    asked: _Question,
    steps: bool,
    listing: Sequence[_Candidate] = (),
    figures: bool = True,
    untyped: bool = False,
) -> _Candidate:
    """The best candidate, widened to its whole list or table when that is the answer: a steps or
    list question, or a best sentence that only leads in to the list after it. Among the lists
    close enough to the best sentence, the best retrieved one wins (a numbered one for a
    procedure, one whose lead-in or header names what is asked for): its rows are not read one
    by one. Rules asked for, when the best sentence is one of a paragraph headed as the rules,
    are that paragraph, not a list nearby."""
    best, unit_wanted = ranked[0], asked.unit_wanted
    chunk = best.passage.chunk
    # "Come to the desk with the documents listed below" answers a list question, or "What should
    # I take?", only with the list it points to; a typed question ("Where is the desk?") is
    # answered by the sentence, a steps question by its procedure.
    pointer = best
    if unit_wanted and not steps:
        # A list question: a quote close to the best that points to a list ("Check every offer
        # with the list below") brings the list, which often shares few words with the question.
        highest = max(c.score for c in ranked)
        pointer = next(
            (c for c in ranked if c.score >= UNIT_RATIO * highest and _points(c) is not None), best
        )
    pointed = _pointed_to(pointer, ranked) if (not steps if unit_wanted else untyped) else None
    if pointed is not None:
        return replace(pointed, whole=True)
    rules_quote = _rules_quote(ranked, best) if asked.rules and not steps else None
    if rules_quote is not None:
        return rules_quote
    if not unit_wanted:
        return replace(best, whole=True) if chunk.is_unit and _leads_in(chunk, best.sentence) else best
    # When the best quote is not itself a procedure, its document is the topic, and that
    # document's own numbered steps are the answer to a steps question.
    home = _topic_document(ranked, chunk.document) if steps else None
    if chunk.kind == "steps" and home == chunk.document:
        # A procedure quoted best is its own page's; another page's procedure is preferred only
        # when the retrieved passages come mostly from that page ("the UM grant for the train"
        # against a summer school's payment step).
        home = None
    # For a list question, a sentence of the best document is no list: that document's own
    # lists are read from further down, where their items seldom repeat the question's words.
    # A procedure quoted best for a question that asks for no procedure ("What does a buddy do?"
    # against "How to become a buddy") is no list of what is asked either.
    lists_home = chunk.document if not steps and (not chunk.is_unit or chunk.kind == "steps") else None

    def close_enough(c: _Candidate) -> bool:
        # A procedure is told apart from the conditions listed near it by its numbers, not its
        # words: the best document's own numbered steps answer a steps question from further down.
        own_steps = c.passage.chunk.kind == "steps" and c.passage.chunk.document == home
        # A table whose header names what is asked ("Museum | …" for "Which museums…?") is a list.
        own_list = (c.passage.chunk.kind == "list" or c in listing) and c.passage.chunk.document == lists_home
        ratio = OWN_STEPS_RATIO if own_steps else OWN_LIST_RATIO if own_list else UNIT_RATIO
        return c.score >= ratio * best.score

    units = [c for c in ranked if c.passage.chunk.is_unit and close_enough(c)]
    if asked.kit:
        units = [c for c in units if leads_with_kit(c.passage.chunk)]  # see ``_as_quoted``
    if not units:
        return best
    top = max(
        units,
        key=lambda c: (
            # A procedure for "How do I...?"; the members of a set, not a procedure, for "Which...?"
            steps == (c.passage.chunk.kind == "steps"),
            c.passage.chunk.document == home,
            c in listing,
            # "Which ways of travelling qualify?" asks for the members of a set, not for figures:
            # a list of them, not the table of amounts beside it.
            figures or c.passage.chunk.kind != "table",
            # Of two procedures, the one the question's words pick (as a unit), then retrieval's.
            c.score if steps and c.passage.chunk.kind == "steps" else 0.0,
            c.passage.score,
        ),
    )
    return replace(top, whole=True)
