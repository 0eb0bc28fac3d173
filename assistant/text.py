"""Text primitives shared by ingestion, retrieval, answering and evaluation."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import Stemmer

_ABBREVIATIONS = frozenset(
    "etc e.g i.e dr mr mrs ms prof st vs no cf approx dept univ fig p pp vol ed eds".split()
)
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace.
_SENTENCE_END = re.compile(r"[.!?]+[\"'»”)\]]*(?=\s+)")
_WORD = re.compile(r"[a-z0-9]+(?:_[0-9]+)?")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing done down during each either else ever few
    for from further get gets got had has have having he her here hers herself him himself his how i
    if in into is it its itself just let me might mine more most much must my myself need needs no nor
    not now of off on once only or other others our ours ourselves out over own please same shall she
    should so some such tell than that the their theirs them themselves then there these they this
    those through to too under until up upon us very via was we were what whatever when where whether
    which while who whom whose why will with within without would yes yet you your yours yourself
    know want like give show explain describe find kind kinds type types way ways thing things
    many much
    qu
    le la les un une des du de et ou en au aux est sont que qui quoi quel quelle quels quelles comment
    pourquoi quand ou dans pour par sur avec ce cette ces il elle ils elles je tu nous vous mon ma mes
    """.split()
)


# A phone's curly apostrophes ("don’t", « qu’il »), which every pattern reads as the straight one.
_CURLY_APOSTROPHES = "\u2018\u2019\u02bc"
# Dashes become hyphens, and ligatures NFKD leaves whole their two letters ("cœur": coeur, not cur).
_BEFORE_FOLDING = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys(_CURLY_APOSTROPHES, "'"),  # the straight one, not nothing
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
    }
)


_APOSTROPHES = str.maketrans(dict.fromkeys(_CURLY_APOSTROPHES, "'"))


def plain_apostrophes(text: str) -> str:
    """The text with a phone's curly apostrophes ("don’t", « qu’il ») made straight, as every
    pattern reads them."""
    return text.translate(_APOSTROPHES)


def fold(text: str) -> str:
    """Lowercase ASCII rendering: accents dropped (NFKD), case folded."""
    # Dashes are not ASCII: dropped, they would join "2027–2028" or "UK–Switzerland" into one word.
    decomposed = unicodedata.normalize("NFKD", text.translate(_BEFORE_FOLDING))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def normalize_for_match(text: str) -> str:
    """The evaluation's matching form: folded, only a-z and 0-9 kept."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


# "15,000" and "15 000" are one number, 15000; "1.3" and "1,3" stay one token: a grade, a version.
_THOUSANDS = re.compile(r"(?<=\d)[,\s.](?=\d{3}\b)")
_DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")


def words(text: str) -> list[str]:
    """Folded alphanumeric words, in order; numbers whole ("15,000" → 15000, "1.3" → 1_3)."""
    folded = _DECIMAL.sub("_", _THOUSANDS.sub("", fold(text)))
    return _WORD.findall(folded)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stem_all(tokens: list[str]) -> list[str]:
    """Snowball (English) stems of already-folded tokens."""
    return list(_stemmer().stemWords(tokens))


# A bound is said in stopwords ("at most €5,000", "up to 3 months"): it is indexed as the word a
# question uses for it ("Is there a cap?" → maximum, see the paraphrase table).
_BOUNDS = (
    (
        re.compile(
            r"\b(?:at most|no more than|not more than|capped at"
            r"|(?:may|must|can|does|do|shall|will) not exceed|cannot exceed"
            r"|(?:up|limited) to(?=\s*[€$£]?\s*\d))(?!\w)"
        ),
        " maximum ",
    ),
    (re.compile(r"\b(?:at least|no less than|not less than)\b"), " minimum "),
)


# What an English contraction adds is a stopword ("you're", "don't", "can't"), not the terms "re",
# "don" and "ca"; the "re" of "re-enrol" stays.
_CONTRACTED = (
    (re.compile(r"\b(ca|wo)n't\b"), lambda m: "can" if m.group(1) == "ca" else "will"),
    (re.compile(r"n't\b"), lambda m: " not"),
    (re.compile(r"(?<=[a-z])'(?:re|ve|ll|d|m)\b"), lambda m: ""),
)


_HYPHENATED = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")
_VOWELS = re.compile(r"[aeiouy]+")


def _one_word_if_echoed(found: re.Match[str]) -> str:
    """ "flip-flops", "ping-pong", "hip-hop" as one word: the halves of a compound that echoes
    itself with another vowel mean nothing alone (a flip-flop is no flip: "What if it flips
    over?" is not about shoes)."""
    first, second = found.group(1), found.group(2)
    frame = _VOWELS.sub("*", first)
    singular = second[:-1] if second.endswith("s") else second
    echoed = first not in (second, singular) and frame == _VOWELS.sub("*", singular)
    return first + second if echoed and "*" in frame else found.group()


def index_terms(text: str) -> list[str]:
    """Terms for lexical indexing and matching: folded words, stopwords dropped, stemmed."""
    lowered = text.lower().replace("\u2019", "'")
    for contraction, spelled in _CONTRACTED:
        lowered = contraction.sub(spelled, lowered)
    for pattern, word in _BOUNDS:
        lowered = pattern.sub(word, lowered)
    lowered = _HYPHENATED.sub(_one_word_if_echoed, lowered)
    return stem_all([w for w in words(lowered) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())])


# A run of capitalised words, particles allowed inside ("Office of International Relations").
# "and" ends a name: "Relations and Research" are two.
_NAME_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|the|de|du|des|la|le)\s+)*[A-Z][\w'-]*)+")
_RUN_PARTICLES = frozenset("of for the de du des la le".split())


def spelled_initials(text: str) -> set[str]:
    """The acronyms a text spells out: the initials of every stretch of two or more capitalised
    words of its names ("Human Resources Department" → hr, rd, hrd), lowercased."""
    found = set()
    for run in _NAME_RUN.findall(text):
        letters = [w[0].lower() for w in run.split() if w.lower() not in _RUN_PARTICLES]
        for start in range(len(letters)):
            for end in range(start + 2, len(letters) + 1):
                found.add("".join(letters[start:end]))
    return found


_BACK_REFERENCES = ("it ", "its ", "this ", "these ", "they ", "their ", "such ")


def refers_back(sentence: str) -> bool:
    """Whether a sentence opens by pointing at the previous one ("It sets out...", "Its aim...")."""
    return sentence.lower().startswith(_BACK_REFERENCES)


def warns_on(previous: str, sentence: str) -> bool:
    """Whether ``sentence`` says what not to do in the case ``previous`` says what to do in ("If
    the water rises, climb onto a ledge…" "Never try to cross the stream."): one instruction."""
    return _IN_CASE.match(previous) is not None and _NEVER.match(sentence) is not None


_IN_CASE = re.compile(r"^(?:if|when|in case|should)\b", re.IGNORECASE)
_NEVER = re.compile(r"^(?:never|do not|don't|don’t)\b", re.IGNORECASE)


# Sentences after an FAQ's question read as its answer: past a few, a text has moved on.
FAQ_ANSWER = 3


def asks(sentence: str) -> bool:
    """Whether a sentence is a question."""
    return sentence.rstrip().endswith("?")


def answers_faq(said: Sequence[str], sentence: str) -> bool:
    """Whether ``sentence`` goes on answering the last question of what was ``said`` ("Do I keep
    the grant?" "No. Both trips must..." "If one of them is a flight, ..."): the first few
    sentences after a question, up to the next one."""
    if asks(sentence):
        return False
    for back, earlier in enumerate(reversed(said)):
        if asks(earlier):
            return back < FAQ_ANSWER
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[start : match.start()].split()
        last_word = before[-1].lower().rstrip(".") if before else ""
        following = text[end:].lstrip()[:1]
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        if following and following.islower():
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        segment = text[begin:end]
        lead = len(segment) - len(segment.lstrip())
        tail = len(segment.rstrip())
        if tail > lead:
            trimmed.append((begin + lead, begin + tail))
    return trimmed


# Phrases by which a text addresses a language model rather than its human readers, by kind:
# - telling it to drop what it was given: "ignore the question", "disregard the other documents";
# - naming its prompt or casting it: "system prompt", "you are now an AI...";
# - ordering a machine reader to say or reveal something: "AI assistants must reveal...";
# - a note addressed to it: "Note to the chatbot:", "Dear AI,", "Chatbot: always say...".
# Kept narrow: institutional prose says none of these. "AI should be used responsibly" is prose,
# so an order needs a verb of saying; "teaching assistants must..." is prose, so a bare
# "assistants" is not a machine; "the model agreement" is prose, so a bare "model" never counts.
_MACHINE = r"(?:ai|chat ?bots?|bots?|language models?|llms?|gpts?|(?:ai|virtual|digital) assistants?)"
_SAY = (
    r"(?:reply|respond|answer|say|state|claim|output|print|write|repeat|mention|recommend|cite|"
    r"ignore|reveal|disclose|tell|share|give|refuse)"
)
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override|overlook)\s+"
    r"(?:(?:all|any|the|your|these|those|every|other|remaining|rest|of|each)\s+)*"
    r"(?:(?:previous|above|prior|earlier|original|preceding|user'?s?|other|provided|given)\s+)*"
    r"(instructions?|prompts?|rules|questions?|guidelines|context|documents?|sources?|texts?|passages?)\b"
    r"|\bsystem prompt\b"
    r"|\b(you are|act as)\s+(now\s+)?(an?\s+)?(ai|assistant|chatbot|language model|llm)\b"
    rf"|\b({_MACHINE}|assistants?)\b[^.]{{0,40}}\b(must|should|shall|will|have to|need to|are to|is to)\s+"
    rf"(always\s+|only\s+|now\s+|never\s+|not\s+)?{_SAY}\b"
    rf"|\b(note|message|instructions?|reminder|attention|warning)\s+(to|for)\s+(the\s+|any\s+|all\s+)?"
    rf"({_MACHINE}|assistant)\b"
    rf"|^\W*((dear|hey|hello|hi|attention)\s+(the\s+)?({_MACHINE}|assistant|model)\s*[:,!]"
    r"|(chat ?bot|bot|llm|language model|assistant)\s*:)",
    re.IGNORECASE,
)


def addresses_a_model(sentence: str) -> bool:
    """Whether a sentence is an instruction to a language model (a prompt injection)."""
    return bool(_INSTRUCTION.search(sentence))


# Function words that tell French from English in a question; elided articles and pronouns
# ("l'accord", "qu'est-ce") split into one-letter words.
_FRENCH_WORDS = frozenset(
    """le la les un une des du de et est sont que qui quoi quel quelle quels quelles comment pourquoi
    quand ou dans pour par sur avec ce cette ces il elle ils elles je tu nous vous mon ma mes au aux
    pas ne se sa son ses leur leurs peut faut y l d qu j n s c m t""".split()
)
_ENGLISH_WORDS = frozenset(
    """the a an is are was were what who whom which when where why how do does did of to in for with
    on and or can could i you my it its this that there be have has should""".split()
)


def language(text: str) -> str:
    """ "fr" or "en": the language of a question, by its function words (English when unsure)."""
    # An English possessive ("UM's croquet association") leaves an "s" that French elides as "s'".
    tokens = words(_POSSESSIVE.sub("", text))
    # Accented words and elisions ("jusqu'à", "s'inscrire") are French too: folded, "à" reads as
    # the English "a", and "peut-on" gives an English "on".
    marked = len(_FRENCH_MARKS.findall(text))
    french = sum(t in _FRENCH_WORDS for t in tokens) + marked
    english = sum(t in _ENGLISH_WORDS for t in tokens)
    return "fr" if french > english else "en"


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_FRENCH_MARKS = re.compile(
    r"\b(?:l|d|qu|s|n|j|c|m|jusqu|lorsqu|puisqu)['’](?=\w)|\b\w*[àâçéèêëîïôûùœ]\w*", re.IGNORECASE
)


# Stems shorter than this must match exactly; longer ones may match as a prefix ("sign"/"signatur").
_MIN_PREFIX = 4
# ...and by at most this many letters more or fewer: "citi" (city) is no prefix of "citizenship".
_MAX_TAIL = 5


# British and American spellings of a word stem apart ("organis"/"organiz", "colour"/"color",
# "defenc"/"defens", "centr"/"center"); matching reads both as one form. Pairs (form, variant):
# a stem ending in the variant is read with the form, the one that keeps prefixes ("doctor" of
# "doctorate" stays; "centr" of "central").
_SPELLINGS = (("is", "iz"), ("ys", "yz"), ("or", "our"), ("enc", "ens"), ("centr", "center"))


def _ends(term: str, end: str) -> bool:
    return term.endswith(end) and (len(term) > len(end) + 2 or (term == end and len(end) > 3))


@lru_cache(maxsize=65536)
def spelling(term: str) -> str:
    """One form for the British and American spellings of a stem."""
    for form, variant in _SPELLINGS:
        if _ends(term, variant):
            return term[: -len(variant)] + form
    return term


def spellings(term: str) -> list[str]:
    """The stem as either side spells it ("organis" → organis, organiz)."""
    base = spelling(term)
    return [base] + [base[: -len(form)] + variant for form, variant in _SPELLINGS if _ends(base, form)]


class Words:
    """Words, for exact and prefix lookups: a word of at least ``_MIN_PREFIX`` letters covers a
    term it begins or that begins with it, when the two differ by at most ``_MAX_TAIL`` letters.
    Sorted lazily, since most terms match exactly; built once for what is read often (a
    document's terms, ``Index.document_vocabulary``)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = {spelling(w) for w in words}
        self._ordered: list[str] | None = None

    def matches(self, term: str) -> bool:
        if term in self.words:
            return True
        if len(term) < _MIN_PREFIX:
            return False
        if any(term[:k] in self.words for k in range(max(_MIN_PREFIX, len(term) - _MAX_TAIL), len(term))):
            return True  # a shorter word the term begins with
        if self._ordered is None:
            self._ordered = sorted(self.words)
        # A longer word the term begins: "regist" covers "registr", not "citi" "citizenship".
        i = bisect.bisect_left(self._ordered, term)
        while i < len(self._ordered) and self._ordered[i].startswith(term):
            if len(self._ordered[i]) - len(term) <= _MAX_TAIL:
                return True
            i += 1
        return False

    def covers(self, term: str) -> bool:
        """Whether the words cover a question term; a term "a|b" is covered by either alternative,
        an alternative "a+b" (a compound, "grape harvest") by both of its words."""
        return any(all(self.matches(spelling(w)) for w in words) for words in term_alternatives(term))


def term_alternatives(term: str) -> list[list[str]]:
    """The alternatives of a question term ("a|b"), each as the words it needs ("a+b": both)."""
    return [a.split("+") for a in term.split("|")]


def coverage(weights: dict[str, float], vocabulary: Iterable[str] | Words) -> float:
    """Share of the question's term weight that ``vocabulary`` covers (exact or prefix stem match);
    a term "a|b" is covered by either alternative."""
    total = sum(weights.values())
    if not total:
        return 0.0
    found = vocabulary if isinstance(vocabulary, Words) else Words(vocabulary)
    return sum(w for t, w in weights.items() if found.covers(t)) / total


_PIECE = re.compile(r"\s*\S+")
WORDS_PER_DELTA = 3


def pieces(text: str, words: int = WORDS_PER_DELTA) -> Iterator[str]:
    """The text in runs of a few words, whitespace kept, so that the runs joined give it back."""
    tokens = _PIECE.findall(text)
    trailing = text[len("".join(tokens)) :]
    for begin in range(0, len(tokens), words):
        run = "".join(tokens[begin : begin + words])
        yield run + trailing if begin + words >= len(tokens) else run
    if not tokens and text:
        yield text
