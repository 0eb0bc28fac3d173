"""Questions that ask two things at once ("Which portal do I register on, and what number do I
call?"): each part is answered on its own, the second as a follow-up of the first, and the two
answers are joined with their citations renumbered. One sentence rarely answers both parts, and
the two facts often sit in different documents."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.domain import Answer, Citation, Draft
from assistant.query.questions import (
    AnswerType,
    asked_part,
    asks_office_hours,
    expected_types,
    is_yes_no,
    is_yes_no_fr,
    stated_first,
    states,
)
from assistant.text import index_terms, language

# The question words spoken French may put last ("…, et elles sont attribuées comment ?").
_WH_FR = "comment|combien|quand|où|qui|quoi|quel|quelle|quels|quelles"
# "..., and what/which/how...": a second question after a coordinating "and". A bare "and"
# between nouns ("Erasmus+ and ICM") is not a split: a question word must follow.
_SECOND_QUESTION = re.compile(
    # "…, and by when would I hear?": a preposition may open the second question.
    r"(?:,\s*|\s+)(?:and|but|also)\s+"
    # "…open, and if not, who do I call?": the other case's question is a second one; so is the
    # question of a case ("…, and if I want my own pistol, what's the price?").
    r"(?=(?:(?:if not|otherwise|if [^,?]{3,60}),?\s+)?"
    r"(?:(?:by|until|till|from|for|in|on|at|to|with|up to|after|before|within|during)\s+)?"
    # "…, and roughly how many…?": an adverb of the asking may come first.
    r"(?:(?:roughly|about|approximately|also|then|exactly|more or less)\s+)?"
    r"(?:what|which|who|whom|whose|when|where|how)\b"
    # An auxiliary asks only before its subject: "…, and could I also…?", not "I teach and would like…".
    r"|(?:is|are|do|does|can|could|should|would|will|may|must)\s+(?:i|we|you|they|he|she|it|there|the|a|an"
    r"|my|our|your|their|this|that|these|those|um|someone|anyone"
    # "…, and do members get a discount?": people named by what they are.
    r"|members|students|staff|participants|volunteers|people|visitors|children|kids|beginners|guests"
    # "…, and is any of the shows in English?": a quantifier is a subject too.
    r"|any|anything|anyone|anybody|some|someone|something|each|every|all|both|none)\b)"
    # The same in French: "…, et combien de temps pour réserver ?".
    r"|(?:,\s*|\s+)(?:et|mais)\s+(?=(?:(?:à|a|de|pour|jusqu'à|en|dans|avec|par)\s+)?"
    r"(?:quel|quelle|quels|quelles|qui|quand|où|comment|combien|est-ce)\b)"
    # Spoken French asks after the verb: "…de code, et elles sont attribuées comment ?", "…, et
    # le billet coûte combien ?".
    r"|,\s*(?:et|mais)\s+(?=(?:il|elle|ils|elles|on|ça|ca|c'est|je|j'|tu|vous|nous"
    r"|(?:le|la|les|un|une|mon|ma|mes|son|sa|ses|votre|vos|notre|nos|leur|leurs|ce|cette|ces)\s+\w+"
    r"|l'\s*\w+)\b[^?,]{0,60}?"
    # "…coûte combien [pour un étudiant] ?": the question word may come before a complement.
    # "…et on s'engage sur combien de nuits au minimum ?": or before what it counts.
    rf"\b(?:{_WH_FR})(?:\s+(?:pour|à|au|aux|en|dans|avec|chez|par|sur|de|d'|des)\b[^?,]{{0,40}})?\s*\?\s*$)"
    # A yes/no question of the same thing after the others: « …on s'inscrit où, avant quand, et
    # c'est payant ? ».
    r"|,\s*(?:et|mais)\s+(?=(?:c'est|ca|ça|il faut|faut-il)\s[^?,]{2,40}\?\s*$)"
    # A thing put first, then asked yes or no of: "…pour un étudiant, et la licence, elle est
    # obligatoire ?".
    r"|,\s*(?:et|mais)\s+(?=(?:le|la|les|l['’]\s*)\s*[\w'’-]+(?:\s+[\w'’-]+){0,3},\s*"
    r"(?:il|elle|ils|elles|c'est|ça|ca)\b[^?,]{2,60}\?\s*$)"
    # A second question of its own that opens with "and": "…certificate? And does it give credits?",
    # « …le certificat ? Et ça rapporte des crédits ? ».
    r"|(?<=\?)\s+(?:and|also|plus|et|aussi|puis)\b[,\s]+(?=\S.*\?\s*$)"
    # "…contact pls? email + phone. also i'm 17, can i even sign up?": after a request that follows
    # the first question, as after its "?" (a first part with no "?" is checked in split()).
    r"|(?<=[.!])\s+(?:also|plus|aussi)\b[,\s]+(?=\S.*\?\s*$)"
    # "How many mornings…, how long do we stand at each stop, and what…?": questions in a series,
    # each with its own question word and verb (a first part with no question word is checked in
    # split()).
    r"|,\s+(?=(?:how (?:much|many|long|often|far|old)|what|which|when|where|who)\b(?:\s+[\w'-]+){0,3}?"
    r"\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|must|may)\b"
    # "…how much do the lessons cost, how many evenings do [they] last…": of the same thing, one question.
    r"(?![^,?]*\b(?:it|they|them|its|their|these|those)\b)[^,?]{3,}[,?])"
    # The other case asked after the first's "?": "…possible at my age? If not, could I at least
    # join the counts?", « …à mon âge ? Sinon, je peux… ? »; the second part keeps its "if not".
    r"|(?<=\?)\s+(?=(?:if not|otherwise|failing that|sinon|si non|autrement)\b,?\s+\S.*\?\s*$)",
    re.IGNORECASE,
)
_MARKER = re.compile(r"\[(\d+)\]")
# "…, and how many places are there?": the size of the group of the thing just asked about.
_SIZE_OF_IT = re.compile(
    r"^how many (?:places|people|participants|spots|seats)"
    r"(?: (?:are there|is it for|does it take|are available))?(?: at most| in total)?\s*\?$"
    # "…what do the beginners' lessons cost and how many are there?": how many of the thing itself.
    r"|^how many (?:of them )?(?:are there|is that|does it take)(?: in total| altogether)?\s*\?$",
    re.IGNORECASE,
)
# Each part keeps at least this many words: "how and when" is one question.
_MIN_PART_WORDS = 3


# "What's the rent for a bedding kit, and the deposit?", « C'est combien le kit, et la caution ? »:
# a second thing asked the same question about, named by a noun phrase alone at the end.
_SECOND_THING = re.compile(
    r",\s*(?P<and>and|et)\s+(?P<thing>(?:the|its|their|his|her|my|your|our|le|la|les|sa|son|ses)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}|l['’]\s*[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*\?\s*$",
    re.IGNORECASE,
)
_ASKS_FIRST = re.compile(
    r"^(?:what|which|how|when|where|who|quel|quelle|quels|quelles|combien|quand|où|c'est)\b", re.IGNORECASE
)


# Spoken French puts the question word last ("…, et je dois faire quoi ?"); the part before "et"
# is a question of its own only when it asks something too.
# "…je dois faire quoi ?", "…je prends quoi [en vrai] ?": the question word last, or before a word
# of how it is asked.
_ASKED_LAST_FR = re.compile(
    rf"\b(?:{_WH_FR})(?:\s+(?:en vrai|exactement|alors|du coup|au juste|concr[eè]tement|donc))?\s*\?\s*$",
    re.IGNORECASE,
)
_ASKS_FR = re.compile(
    rf"\b(?:{_WH_FR}|est-ce|il y a|y a-t-il|peut|peux|puis|dois|doit|faut)\b", re.IGNORECASE
)


# "Could she play in the escape room, and come along to the clean-up?", "Could he come to see the
# hives, and to one of the bird walks?": a second thing asked with the first's auxiliary, subject
# (and verb, when only its complement follows "and").
_YES_NO_HEAD = re.compile(
    # "How would I get out to the stables, and to the caves?": a question word may come first.
    r"(?:^|(?<=[.!?:])\s+)(?P<head>(?:(?:how|where|when)\s+)?(?:can|could|may|might|would|will|should|do|does"
    r"|did|is|are|am)\s+"
    r"(?:i|we|you|he|she|they|it|(?:my|our|his|her|their|your)\s+[a-z]+)"
    # "Will I still be around for…": an adverb before the verb belongs to the head.
    r"(?:\s+(?:still|also|really|just|ever|even|actually))?)\s+"
    r"(?P<verb>[a-z]+(?:\s+(?:along|up|in|out|over|back|by|round|around|away|here|there))?)\b",
    re.IGNORECASE,
)
# "…for the olive picking and for the mushroom exhibition?": a complement after "and" needs no comma.
_AND_MORE = re.compile(
    r"(?:,\s*and\s+(?:also\s+)?|\s+and\s+(?:also\s+)?(?=(?:to|at|in|on|for|with|into|onto|from)\s))"
    r"(?P<rest>[^,?]+?)\s*\?\s*$",
    re.IGNORECASE,
)
_COMPLEMENT_FIRST = frozenset("to at in on for with into onto from".split())
# A condition asks nothing of its own; a thing named alone after a yes/no question ("Can I borrow
# a kit, and the lamp?") is one more object of the same question, which one sentence may list.
_NO_SECOND_THING = frozenset(
    """if so then when or not else too as how what why
    a an the my our his her their your some any this that""".split()
)


def _shared_head(question: str) -> tuple[str, str] | None:
    """A yes/no question and the second thing its ", and …" asks the same of, or None."""
    heads = list(_YES_NO_HEAD.finditer(question))
    more = _AND_MORE.search(question)
    if not heads or more is None or more.start() < heads[-1].end():
        return None
    head, rest = heads[-1], more["rest"]
    words = rest.lower().split()
    if len(words) < 2 or words[0] in _NO_SECOND_THING:
        return None
    lead = f"{head['head']} {head['verb']}" if words[0] in _COMPLEMENT_FIRST else head["head"]
    second = f"{lead} {rest}?"
    return f"{question[: more.start()].strip()}?", second[:1].upper() + second[1:]


# "What day is the ceremony, and where?", « C'est quand, et où ? »: a question word alone after
# "and" asks the same thing's place, day or price, as a follow-up of the first part.
_BARE_WH_LAST = re.compile(
    r"[,\s]+(?:and|et)\s+(?P<wh>where|when|until when|by when|how much|how|où|quand|jusqu'à quand|combien"
    r"|comment)"
    r"\s*\?\s*$",
    re.IGNORECASE,
)
_ASKED_OF_IT = {
    "where": "Where does it take place?",
    "when": "When does it take place?",
    "how much": "How much does it cost?",
    # "By when do I have to register, and how?": the steps of doing it.
    "how": "How do I go about it?",
    "comment": "Comment faire ?",
    "until when": "Until when can I do it?",
    "by when": "By when must it be done?",
    "jusqu'à quand": "Jusqu'à quand ?",
    "où": "C'est où ?",
    "quand": "C'est quand ?",
    "combien": "Ça coûte combien ?",
}


# "…what's the minimum age and the price of the beginners' course?": two facts of one thing,
# each of a type of its own, which no one sentence need state together.
_TWO_FACTS = re.compile(
    r"^(?P<before>.*?)\b(?P<wh>what(?:'s| is| are| were| was)|tell me)\s+"
    r"(?P<first>(?:the|its)\s+[\w' -]{2,30}?)"
    r"\s+and\s+(?P<second>(?:the|its)\s+[\w' -]{2,30}?)\s+(?P<of>(?:of|for)\s+[^?]{3,})\?",
    re.IGNORECASE,
)


def _two_facts_of_one_thing(question: str) -> tuple[str, str] | None:
    """The two questions of "What's the A and the B of X?" when A and B ask facts of different
    types (an age and a price, a date and a place), or None."""
    match = _TWO_FACTS.match(question)
    if match is None:
        return None
    first = f"What is {match['first']} {match['of']}?"
    second = f"What is {match['second']} {match['of']}?"
    kinds = expected_types(first), expected_types(second)
    if not all(kinds) or kinds[0] == kinds[1]:
        return None
    # "…? I'm asking because my friend's club has other rules.": why they ask, not what.
    after = question[match.end() :].strip() if "?" in question[match.end() :] else ""
    return f"{match['before']}{match['wh']} {match['first']} {match['of']}? {after}".strip(), second


# « La grande finale, quand » : a thing put first, then only a question word asked of it.
_TOPIC_THEN_WH = re.compile(
    r"^(?:(?:et|and)\s+)?(?P<topic>[^,?]{3,60}),\s*(?:c'est\s+)?(?:quand|où|combien|comment|when|where)\s*$",
    re.IGNORECASE,
)


def _first_of_a_series(before: str) -> bool:
    """Whether the words before a comma are the first question of a series ("How many mornings
    would I commit to, how long…, and what…?"): one question of its own, with no comma of its own
    (after one, the series is read whole: "What's the pay, do Sundays pay more, how many days…")."""
    asked = asked_part(f"{before}?")
    return bool(_ASKS_FIRST.match(asked)) and "," not in asked


def split(question: str) -> tuple[str, str] | None:
    """The two questions of a compound question, or None for a single one."""
    claims = _claims_checked(question)
    if claims is not None:
        return claims
    # "…, and how? A friend told me it's a paper form.": what the asker adds after the question
    # goes with the first part.
    asked, after = question[: question.rfind("?") + 1], question[question.rfind("?") + 1 :].strip()
    bare = _BARE_WH_LAST.search(asked)
    before = asked[: bare.start()] if bare else ""
    if bare is not None and "?" not in before and len(before.split()) >= _MIN_PART_WORDS:
        first = before.strip(" ,;")
        mark = " ?" if language(question) == "fr" else "?"
        return f"{first}{mark} {after}".rstrip(), _ASKED_OF_IT[bare["wh"].lower()]
    # "Can I…, and what proof…? Also, is there…?": the question of its own after the first "?"
    # is the second part; the first keeps its own two, split in turn.
    matches = [
        m
        for m in _SECOND_QUESTION.finditer(question)
        if ("?" in question[: m.start()] or not question[: m.start()].rstrip().endswith((".", "!")))
        and (m.group().strip() != "," or _first_of_a_series(question[: m.start()]))
    ]
    own = [m for m in matches if question[: m.start()].rstrip().endswith("?")]
    match = own[0] if own else matches[0] if matches else None
    if match is None:
        return (
            _asked_again(question)
            or _told_again(_shared_head(question))
            or _two_facts_of_one_thing(question)
            or _asked_after_story(question)
            or _asked_in_turn(question)
        )
    first = question[: match.start()].strip(" ,;?")
    # "Is there a phone number…? I'm better on the phone than in French. And when…?": what the
    # asker adds after the first question goes with it, after its question mark.
    head, mark, added = first.rpartition("?")
    told = mark and added.strip().endswith((".", "!", "…"))
    first, added = (head.strip(" ,;?"), f" {added.strip()}") if told else (first, "")
    second = question[match.end() :].strip()
    if stated_first(asked) == match.end():
        return None  # "The desk gives a kit, but do they also lend a pram?": one question after its story
    if min(len(first.split()), len(second.split())) < _MIN_PART_WORDS:
        return None
    if _SIZE_OF_IT.match(second[: second.find("?") + 1] if "?" in second else second):
        return None  # "How much is the retreat, and how many places are there?": the size of the same thing
    if _ASKED_LAST_FR.search(second) and not _ASKS_FR.search(first):
        return None  # "Je pars en Espagne, et je dois faire quoi ?": one question after its story
    asked_first = f"{first}?{added}"
    topic = _TOPIC_THEN_WH.match(first)
    if topic is not None:
        # « La grande finale, quand et dans quelle salle ? »: the second asks of the same thing.
        second = f"{topic['topic']}, {second[:1].lower()}{second[1:]}"
    joined = _joined_too(first, second)
    if joined is not None:
        return _told_again((asked_first, joined))
    if language(question) == "en" and second.split()[0].lower() in _COMPLEMENT_FIRST:
        # "…? And for the swimming club?": the first question asked again of another thing, as a
        # follow-up says it.
        return asked_first, f"And {second}"
    return _told_again((asked_first, second[:1].upper() + second[1:]))


# "…said you pay €25 to sit it and there's only one exam date, in March. Is that still how it
# works?": what the asker heard, claim by claim, then whether it holds.
_HEARD = re.compile(
    r"\b(?:said|says|told me|tells me|reckons|claims|claimed|heard|m'a dit|m'a raconté|dit|para[iî]t"
    # "According to her, everyone competes on their own, …": what the asker heard, as "she says".
    r"|according to (?:her|him|them|my [\w-]+|(?:the|a) [\w-]+),?)\s+"
    r"(?:that\s+|qu(?:e\s+|'))?",
    re.IGNORECASE,
)
_STILL_SO = re.compile(
    r"\b(?:is|are) (?:that|this|it|they) (?:still |really )?(?:true|right|correct|the case|so|how it works)\b"
    r"|\bstill (?:true|the case|how it works|valid|the rule)\b"
    # "Does it still work like that?"
    r"|\b(?:does|do|is|are) (?:it|that|this|they) still (?:work|go|run|happen)s? (?:like that|that way)\b"
    r"|\bis that (?:still )?(?:how it works|the rule)\b"
    # "My neighbour says I should spray the room and crash at a friend's. Is that a good idea?"
    r"|\b(?:is|was) (?:that|this|it) (?:a )?(?:good|smart|wise|bad) (?:idea|plan)\b"
    r"|\bc'est (?:toujours|encore|bien|vraiment) (?:comme [çc]a|vrai|le cas|valable)\b"
    r"|\btoujours (?:le cas|vrai|valable)\b",
    re.IGNORECASE,
)
# Where one claim ends and the next starts: "…, and that you get…", "…, there's only…", « …, et il
# faut… ».
_NEXT_CLAIM = re.compile(
    r"(?:,\s*|\s+)and\s+(?:that\s+)?(?=(?:you|it|it's|there|there's|they|we|he|she|its|their|every|each|no|only)\b)"
    # "…said the contest is only for first-years, and that the sculpture has to be…": another claim.
    r"|,?\s+and\s+that\s+(?=(?:the|a|an|all|any|everyone|everybody|nobody)\b)"
    r"|,\s*(?=(?:you|it's|there's|there is|they)\b)"
    r"|(?:,\s*|\s+)et\s+(?:que\s+|qu')?(?=(?:il|elle|on|c'est|ça|ca|y|tu|vous|je|j')\b)",
    re.IGNORECASE,
)


def _claims_checked(question: str) -> tuple[str, str] | None:
    """The question asked of the first claim the asker heard, and of the others, when it asks
    whether what they heard still holds: one sentence rarely corrects them all."""
    if _STILL_SO.search(question) is None:
        return None
    heard = _HEARD.search(question)
    if heard is None:
        return None
    end = re.search(r"[.!?]\s", question[heard.end() :] + " ")
    stop = heard.end() + (end.start() if end else len(question))
    told = question[heard.end() : stop]
    cut = _NEXT_CLAIM.search(told)
    # "…says I should spray the room and crash at a friend's": the second thing to do shares the
    # first one's doer and verb of advice.
    advised = _ADVISED.match(told) if cut is None else None
    shared = advised.group() if advised else ""
    cut = _NEXT_DEED.search(told, len(shared)) if advised else cut
    if cut is None or min(len(told[: cut.start()].split()), len(told[cut.end() :].split())) < 2:
        return None
    before, after = question[: heard.end()], question[stop:]
    return f"{before}{told[: cut.start()]}{after}", f"{before}{shared}{told[cut.end() :]}{after}"


_ADVISED = re.compile(
    r"(?:i|you|we) (?:should|must|have to|need to|ought to|can)\s+(?:just\s+|really\s+)?", re.IGNORECASE
)
_NEXT_DEED = re.compile(
    r"\s+and\s+(?:then\s+)?(?!(?:the|a|an|my|your|his|her|their|its|that|this)\b)(?=[a-z]+\s)"
)


def claims_apart(parts: tuple[str, str]) -> bool:
    """Whether the parts are claims the asker heard, each asked with the whole story (see
    ``_claims_checked``): the second stands alone, not read after the first's answer."""
    heard = [_HEARD.search(part) for part in parts]
    return (
        heard[0] is not None
        and heard[1] is not None
        and _STILL_SO.search(parts[1]) is not None
        and parts[0][: heard[0].end()] == parts[1][: heard[1].end()]
    )


# "Are scorpions part of the survey too? I found one in my shoe. How many did they record?": a
# yes/no question (or any question, when the last opens with "and"), what the asker tells, then a
# question of its own.
_YES_NO_THEN_STORY = re.compile(r"^(?P<first>[^?]+\?)\s+(?P<second>[^?]*[.!]\s+[^?]+\?)\s*$")


def _asked_after_story(question: str) -> tuple[str, str] | None:
    """A yes/no question, then the asker's story and a second question asked after it; None for
    any other question (a story told before a single question is no second part)."""
    found = _YES_NO_THEN_STORY.match(question.strip())
    if found is None or len(found["first"].split()) < 2 * _MIN_PART_WORDS:
        return None
    first, second = found["first"], found["second"]
    if not (
        is_yes_no_fr(first) if language(question) == "fr" else is_yes_no(first)
    ) and not _ASKED_TOO.search(second):
        return None
    return first, second


# "What level do they ask for? My French is B1. And is Mandarin any use?": a question that opens
# with "and" after the story asks one more thing, whatever the first asked.
_ASKED_TOO = re.compile(r"[.!]\s+(?:and|also|plus|et|aussi)\b[^.!?]*\?\s*$", re.IGNORECASE)


# "Is there a free taster at Dink? When is it?", « …chez Dink ? Elle tombe quand ? »: two questions
# one after the other, the second of its own (the story before the first holds for it).
_TWO_QUESTIONS = re.compile(r"^(?P<first>[^?]+\?)\s+(?P<second>[^?.!]+\?)\s*$")


# "If not, is there anywhere at the university where I could learn?", « Sinon, il y a un autre
# endroit… ? »: the other case asks for a place or a way other than the first part's.
_ELSEWHERE = re.compile(
    r"\b(?:if not|otherwise|failing that|sinon|si non|autrement)\b,?\s+.*"
    r"\b(?:anywhere|somewhere|elsewhere|else|any way|another way|other way|ailleurs|autre endroit|autre part"
    r"|un endroit|quelque part|un moyen|un autre moyen)\b"
    # "…, and is there somewhere on campus I can get the shot?": a place of the university at large.
    r"|\b(?:somewhere|anywhere|elsewhere) (?:else )?(?:on campus|at the university|at uni|at um)\b"
    r"|\b(?:quelque part|un endroit|ailleurs) (?:sur le campus|[àa] la fac|[àa] l'universit[ée])",
    re.IGNORECASE | re.DOTALL,
)


def asks_elsewhere(part: str) -> bool:
    """Whether a compound question's second part asks, in case the first part's answer is no, for
    somewhere or some way else: it is answered from other pages than the first part's."""
    return bool(_ELSEWHERE.search(asked_part(part) or part))


def told_without(part: str, titles: set[str]) -> str:
    """The part with the words of the pages' titles left out of the asker's story ("I'd like to
    join the [sailing club], but I can't swim"): asked for somewhere else than those pages, it
    asks for what the story needs, not for what they are about."""
    asked = asked_part(part) or part
    story = part[: len(part) - len(asked)] if part.endswith(asked) else ""
    words = {w.lower() for title in titles for w in re.findall(r"[\w'-]+", title) if index_terms(w)}
    words -= {w.lower() for w in re.findall(r"[\w'-]+", asked)}
    kept = re.sub(r"[\w'-]+", lambda m: "" if m.group().lower() in words else m.group(), story)
    return " ".join(kept.split()) + (" " if kept.strip() else "") + asked


def in_turn(question: str, parts: tuple[str, str] | None) -> bool:
    """Whether ``parts``, the question's split, are two questions asked in turn with no "and"
    between them: the second then often asks the first's thing again ("…accessible by
    wheelchair? Is there a ramp?"), and the texts not saying it leaves the first part's answer
    beside the question."""
    return parts is not None and parts == _asked_in_turn(question)


def _asked_in_turn(question: str) -> tuple[str, str] | None:
    """Two questions asked in turn, with no "and" between them, or None."""
    found = _TWO_QUESTIONS.match(question.strip())
    if found is None:
        return None
    first, second = found["first"], found["second"].strip()
    last = re.split(r"(?<=[.!])\s+", first)[-1]
    words = [len(re.findall(r"\w+", part)) for part in (last, second)]
    if min(words) < _MIN_PART_WORDS or _SAME_THING.search(second):
        return None
    return _told_again((first, second))


# "…? Or is it frowned upon?", "…? C'est quand ?", "…? What's their number?": the other case, or the
# first question's thing asked again, which its answer gives.
_SAME_THING = re.compile(r"^(?:or|ou)\b|^(?:\S+\s+){0,3}(?:it|its|their|c'est|ça|ca)\b", re.IGNORECASE)


# "Could I be a host at the festival? And what about the wall rebuilding?": whether the asker may
# take part in one more activity, which its own page answers, not the first part's.
_WHAT_ABOUT = re.compile(r"^(?:and\s+)?(?:what|how)\s+about\s+(?P<thing>[^?]+?)\s*\?\s*$", re.IGNORECASE)
# Not "get" or "go": "Could I get a room? And what about the canteen?" asks the canteen's own thing.
_JOINING = frozenset(
    "be join sign register enrol enroll apply volunteer help take attend participate".split()
)


def _joined_too(first: str, second: str) -> str | None:
    """The second part, "What about X?" after a question whether the asker may join something,
    asked whether they may take part in X too; None otherwise."""
    thing = _WHAT_ABOUT.match(second)
    heads = list(_YES_NO_HEAD.finditer(first))
    if thing is None or not heads or heads[-1]["verb"].split()[0].lower() not in _JOINING:
        return None
    head = heads[-1]["head"]
    return f"{head[:1].upper()}{head[1:]} take part in {thing['thing']}?"


def _told_again(parts: tuple[str, str] | None) -> tuple[str, str] | None:
    """The parts, the second a yes or no told after the asker's story too ("I'm an exchange
    student here. When can I apply, and could UM give me…?": who asks holds for both; a
    follow-up's "What about…?" or "them" reads the first part, which holds it)."""
    if parts is None:
        return None
    first, second = parts
    story = _STORY.match(first)
    # "…I'd love to try the accordion later: do I have to buy one?": a story of its own.
    own = _STORY.match(second) or _OWN_STORY.match(second)
    if story is None or not (is_yes_no(second) or is_yes_no_fr(second)) or own:
        return parts
    return first, f"{story.group().strip()} {second}"


# The sentences a question's asker tells before asking ("I work in admin. Could I…?").
_STORY = re.compile(r"^.*[.!](?=\s+\S)", re.DOTALL)
_OWN_STORY = re.compile(r"^(?:i|i'd|i'm|i've|we|we'd|my|je|j'|on)\b[^?:]{8,}:\s+\S", re.IGNORECASE)


def _asked_again(question: str) -> tuple[str, str] | None:
    """A question and the thing named alone after it, asked as a follow-up ("What about the
    deposit?", « Et la caution ? »), or None."""
    thing = _SECOND_THING.search(question)
    if thing is None or not _ASKS_FIRST.match(question.strip()):
        return None
    first = question[: thing.start()].strip(" ,;?")
    if len(first.split()) < _MIN_PART_WORDS:
        return None
    english = thing["and"].lower() == "and"
    return f"{first}?", f"What about {thing['thing']}?" if english else f"Et {thing['thing']} ?"


# "Who at UM can help me with…", "Which HR unit do I send…", "What office handles…": who to turn to.
_ASKS_WHOM = re.compile(
    r"(?:^|[.!?]\s+)(?:who\b|(?:which|what)\s+(?:\w+\s+){0,2}(?:service|office|unit|desk|department|team)\b"
    r"|qui\b|(?:quel|quelle)\s+(?:service|bureau|guichet|cellule|équipe)\b)",
    re.IGNORECASE,
)
_REACH = re.compile(
    r"\b(?:reach|contact|call|write to|e-?mail|phone|get in touch|contacter|joindre|appeler|écrire|mail"
    r"|téléphone|numéro)\b",
    re.IGNORECASE,
)


def first_as_read(parts: tuple[str, str]) -> str:
    """The first part as the second one reads it, as a follow-up: a bare second part ("Elle
    tombe quand ?") asks of the thing the first one's question names, not of the asker's story
    before it; a first part that stands for the story ("Which office deals with that?") keeps it."""
    first, second = parts
    asked = asked_part(first)
    bare = len(re.findall(r"\w+", second)) <= _BARE_PART_WORDS < len(re.findall(r"\w+", asked))
    if not bare or _POINTS_TO_STORY.search(asked) or _ASKS_WHOM.search(asked):
        return first
    return asked


# A second part this short asks only of the first one's thing.
_BARE_PART_WORDS = 4
# "Which office deals with [that]?", « C'est quel service qui [s'en] occupe ? »: the story is its thing.
_POINTS_TO_STORY = re.compile(r"\b(?:that|this|it|them|ça|ca|cela|ceci|s'en|m'en)\b", re.IGNORECASE)


def reaches_whom(parts: tuple[str, str], first: Draft, second: Draft) -> bool:
    """Whether the second part ("…, and how do I reach them?"), read after a first that asks who
    helps and found no answer alone, quotes a contact line: the line names who, and how to reach
    them, so it answers both."""
    if first.answer.answered or not second.answer.answered or not second.answer.citations:
        return False
    quoted = second.answer.citations[0].snippet
    return bool(
        _ASKS_WHOM.search(parts[0])
        and _REACH.search(parts[1])
        and states(AnswerType.CONTACT, quoted, parts[1])
    )


# What "…, and who do I call?" asks for: a way to reach someone, and whom.
_REACHING = frozenset({AnswerType.CONTACT, AnswerType.PHONE, AnswerType.EMAIL, AnswerType.AGENT})


def reached_in_first(parts: tuple[str, str], first: Draft) -> bool:
    """Whether the second part asks only whom to reach ("What am I supposed to do, and who do I
    call?") and the first part's quote already says it ("…go to the nurses of the Student Health
    Service, +33 4 67 14 71 52"): another page's contact line would answer for someone else."""
    kinds = expected_types(parts[1])
    if first.answer.answered and asks_office_hours(parts[1]):
        # "Who do I write to about Maillet? … And when is someone actually in their office?": the
        # contact line's tail gives its hours.
        quoted = " ".join(c.snippet for c in first.answer.citations)
        return states(AnswerType.CONTACT, quoted, parts[1]) and states(AnswerType.DATE, quoted, parts[1])
    if not first.answer.answered or not kinds or not kinds <= _REACHING or kinds == {AnswerType.AGENT}:
        return False
    quoted = " ".join(c.snippet for c in first.answer.citations)
    return states(AnswerType.CONTACT, quoted, parts[1])


def whether_unsaid(parts: tuple[str, str], first: Draft) -> bool:
    """Whether the first part asks yes or no of a thing the texts never name (its closest quote
    is about another thing), or does not find whether there is one when the second part asks of
    it ("…during the Easter holidays? … And what would the pay be then?"): what the second asks
    of it, they cannot hold either."""
    asks_whether = is_yes_no(parts[0]) or is_yes_no_fr(parts[0])
    if not asks_whether or first.answer.answered:
        return False
    return first.answer.evidence.off_subject or _OF_IT.search(parts[1]) is not None


# What a second part says to ask of the first part's thing: "…be then?", "…is it?", « …c'est combien ? »,
# « on y va quand ? ».
_OF_IT = re.compile(
    r"\b(?:it|its|they|them|their|then|there|that|those|one|ones|ça|ca|c'est|y)\b",
    re.IGNORECASE,
)


def answers_both(first: Draft, second: Draft) -> bool:
    """Both parts answered, each with something of its own: the same sentence quoted twice
    answers at most one of them, and so does a quote of it with the sentence after it."""
    if not (first.answer.answered and second.answer.answered):
        return False
    quoted = {c.snippet for c in first.answer.citations}
    return any(not any(c.snippet.startswith(q) for q in quoted) for c in second.answer.citations)


def points_there(part: str) -> bool:
    """Whether a compound question's second part asks of the place the first part is about ("how
    much does a bed cost over there?", « et le logement là-bas ? »). "Out there" and "up there"
    often mean outdoors or up a mountain, not the first part's page."""
    return _THERE.search(part) is not None


_THERE = re.compile(r"\b(?:over there|là-bas|la-bas)\b", re.IGNORECASE)


def quotes_all_of(first: Draft, second: Draft) -> bool:
    """Both parts answered, the first already quoting every sentence the second quotes: the first
    answer answers both."""
    if not (first.answer.answered and second.answer.answered):
        return False
    quoted = {c.snippet for c in first.answer.citations}
    return all(c.snippet in quoted for c in second.answer.citations)


def partly(first: Draft, question: str) -> Draft:
    """The first part's answer to a question that asks two things, when the texts answer only
    that part: it says so, so the quote is not read as the answer to both."""
    if language(question) == "fr":
        notice = "Je n'ai rien trouvé dans les documents sur la suite de votre question."
    else:
        notice = "I found nothing in the documents on the rest of your question."
    answer = replace(first.answer, text=f"{first.answer.text} {notice}")
    return replace(first, answer=answer)


def joined(first: Draft, second: Draft) -> Draft:
    """Both answers in one, the second's citations numbered after the first's; a quote the first
    answer already gave is not given again."""
    second = _without_repeats(second, {c.snippet for c in first.answer.citations})
    shift = len(first.answer.citations)

    def renumbered(citations: list[Citation]) -> list[Citation]:
        return [replace(c, n=c.n + shift) for c in citations]

    text = _MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", second.answer.text)
    lead, framed, _ = first.answer.text.partition("«")
    if framed and lead.strip() and text.startswith(lead):
        # Two French answers share their frame ("Selon les documents… : « … »"): it is said once.
        text = "et " + text[len(lead) :]
    weaker = min(first.answer.evidence, second.answer.evidence, key=lambda e: e.score)
    answer = Answer(
        text=f"{first.answer.text} {text}",
        answered=True,
        citations=[*first.answer.citations, *renumbered(second.answer.citations)],
        evidence=weaker,
    )
    cited = [*first.answer.citations, *renumbered(second.answer.citations)]
    return Draft(answer, cited)


def _without_repeats(draft: Draft, quoted: set[str]) -> Draft:
    """The draft without the quotes already given, its markers renumbered from 1. Only a plain
    answer ("quote [1] quote [2]") is cut; a framed one (French) is kept whole."""
    citations = draft.answer.citations
    # A quote inside one already given (a contact line's tail) is a repeat too.
    repeated = [c for c in citations if any(c.snippet in q for q in quoted)]
    text = draft.answer.text
    if not repeated or len(repeated) == len(citations):
        return draft
    for c in repeated:
        piece = f"{c.snippet} [{c.n}]"
        if piece not in text:
            return draft
        text = text.replace(piece, "", 1)
    kept = [c for c in citations if c not in repeated]
    number = {c.n: k for k, c in enumerate(kept, start=1)}
    text = _MARKER.sub(lambda m: f"[{number[int(m.group(1))]}]", " ".join(text.split()))
    renumbered = [replace(c, n=number[c.n]) for c in kept]
    answer = replace(draft.answer, text=text, citations=renumbered)
    return Draft(answer, renumbered)
