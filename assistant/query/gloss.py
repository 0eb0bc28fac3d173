"""The English gloss of a French question: its content words in the words the English texts use.

Not a translation: it only puts the question's content words in the words the texts use
("bourse" → grant scholarship, "Japon" → Japan), so that BM25, the coverage of the question's
terms and the check of what it names work across the two languages. The glossary
(``glossary_fr.json``) holds the vocabulary of international relations and student mobility;
words it lacks (names, acronyms, numbers, English words) are kept as they are.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from assistant.query.paraphrase import paraphrases
from assistant.text import STOPWORDS, fold, index_terms

GLOSSARY_FILE = Path(__file__).with_name("glossary_fr.json")

# French function words and auxiliaries a gloss leaves out (STOPWORDS holds the commonest).
_FUNCTION = frozenset(
    """a ai as avons avez ont est sont etait etre ete fait faire faut il y peut peuvent puis peux
    dois doit doivent devons devez on se s l d j n c m t qu jusqu lorsqu puisqu quelqu vos votre
    notre nos leur leurs mon ton son sa ses ta tes lui eux moi toi soi ne pas plus tres bien aussi
    alors donc mais car si tout tous toute toutes chaque entre chez vers sans sous pendant lors
    quel quelle quels quelles lequel laquelle lesquels combien comment quand pourquoi ou dont
    est-ce qu'est-ce cela ca ceci celui celle ceux celles afin ainsi deja encore jamais toujours
    veux voudrais voudrait souhaite souhaiterais aimerais existe existent y-a-t-il a-t-il a-t-elle
    donne-moi dites-moi peut-on puis-je dois-je faut-il doit-on suis es sommes etes comme contre
    quelques
    grace cense censee vas allons iront fais faisons ferai fera feront ferait serai sera seront
    serait aurai aura auront aurait avais avait pourrai pourra pourrais pourrait pouvons pouvez
    devrai devra devrais devrait faudra faudrait sais savez voulez svp stp merci bonjour bonsoir
    salut vraiment trop assez parce puisque ici ok quelque chose meme autre autres coup
    cordialement eu eue eus eues
    ayant aie aies ait ayons ayez aient eut eussent auras aurez aurons aurions auriez auraient
    aviez avaient aurais etant etais etions etiez etaient seras serez serons serais serions seriez
    seraient sois soit soyons soyez soient fus fut furent pouvais pouvait pouvions pouviez pouvaient
    pourras pourrons pourrez pourront pourrions pourriez pourraient puisse puisses puissions
    puissiez puissent voulons veulent voulais voulait voulions vouliez voulaient voudrai voudras
    voudra voudrons voudrez voudront voudrions voudriez voudraient veuille veuilles veuillez
    veuillent devais devait devions deviez devaient devras devrons devrez devront devrions devriez
    devraient doive doives fallu faille savons savent savais savait saurai sauras saura saurons
    saurez sauront saurais saurait saurions sauriez sache saches sachez sachant faisais faisait
    faisions faisiez faisaient feras ferez ferons ferions feriez feraient fasse fasses fassent
    faisant ferais allais allait allions alliez allaient aille ailles aillent cet chacun chacune
    aucun aucune certains certaines certain certaine quiconque autrui tel telle tels telles celui-ci
    celle-ci ceux-ci celles-ci celui-la celle-la ceux-la voici voila auquel auxquels auxquelles
    duquel desquels desquelles lesquelles seulement notamment surtout egalement plutot tellement
    tant autant davantage dedans dehors dessus dessous devant derriere ailleurs partout autour parmi
    aupres durant malgre sauf hormis envers cependant pourtant toutefois neanmoins quoique lorsque
    tandis pourvu voire ni abord aussitot hein euh bah ben dis disons disent importe plait peut-etre
    peux-tu sais-tu pourrais-tu connais-tu dis-moi donnerai trouver trouvera trouverai
    vrai vu hyper""".split()
)
# "réunit-il", "a-t-elle", "compte-t-on": the verb of an inverted question, without its pronoun.
_INVERSION = re.compile(r"(?:-t)?-(?:il|elle|ils|elles|on|je|nous|vous|moi|toi|ce)$", re.IGNORECASE)
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quelqu)['’]", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’+-]+")
# "À qui je m'adresse ?": to address oneself to someone is to contact them, not an address.
_TURN_TO = re.compile(r"\b(?:[mts]['’]|nous |vous )adress\w*", re.IGNORECASE)
# « le minibus part à quelle heure », « il part d'où »: the verb, which leaves, not a share or
# "take part" (« à part », « quelque part », « une part de » are no verb).
_LEAVES = re.compile(
    r"(?<!\bà )(?<!\ba )(?<!quelque )(?<!\bune )(?<!\bla )(?<!\bma )(?<!\bsa )(?<!\bta )(?<!\bde )"
    r"\bpart(?= (?:à|a|de|d'|du|des|quand|vers|tous|chaque)\b)",
    re.IGNORECASE,
)
# « payer 10 balles »: after a sum, slang for euros, not balls.
_SLANG_EUROS = re.compile(r"(\d)\s+(?:balles|boules|bails)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _glossary() -> tuple[dict[str, str], dict[str, str]]:
    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    return dict(data["words"]), dict(data["names"])


_TOPIC_FIRST = re.compile(r"^\W*[^\W\d_][\w'’-]*\s*[,:]")


def glossed_capitals(text: str) -> list[str]:
    """The capitalised words past the first (or the first, when a comma sets it apart as the topic)
    that the gloss reads as common words, in any form it knows: alone, not in a name of several
    ("l'adhésion à [Boussole]": compass), and unlike their English."""
    words = _glossary()[0]
    tokens = [t for t in (_ELISION.sub("", t).strip("-'’") for t in _TOKEN.findall(text)) if t]
    # « Gamelle, l'adhésion c'est quel prix ? »: a first word set apart by a comma is the topic
    # put first, a name as much as one further on.
    topic = bool(_TOPIC_FIRST.match(text))
    return [
        token
        for i, token in enumerate(tokens)
        if (i > 0 or topic)
        and token[:1].isupper()
        and not _in_name(tokens, i)
        and (english := _lookup(fold(token.lower()), words, {})) is not None
        and token.lower() not in english.lower().split()
    ]


@lru_cache(maxsize=1)
def _compounds() -> dict[str, int]:
    """The glossary's English phrases that name one thing ("grape harvest"), by their length in
    words: the other words of a gloss are each an alternative of their own."""
    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    return {phrase: len(phrase.split()) for phrase in data.get("compounds", ())}


def alternatives(english: str) -> list[str]:
    """A glossed word's alternatives, any of which renders it: "plane ticket flight ticket" is a
    plane ticket or a flight ticket, "help support" help or support, "grape harvest" one thing."""
    compounds = _compounds()
    longest = max(compounds.values(), default=1)
    words = english.split()
    found: list[str] = []
    i = 0
    while i < len(words):
        size = next(
            (
                n
                for n in range(min(longest, len(words) - i), 1, -1)
                if " ".join(words[i : i + n]) in compounds
            ),
            1,
        )
        found.append(" ".join(words[i : i + size]))
        i += size
    return found


def gloss(text: str) -> str:
    """The content words of a French text in the texts' English words, names kept (see above)."""
    return " ".join(glossed_words(text))


def glossed_words(text: str) -> list[str]:
    """The gloss word by word: each French content word's English words ("grant scholarship": any
    of them says the same), or the word itself when the glossary lacks it."""
    words, names = _glossary()
    text = _LEAVES.sub("partent", _SLANG_EUROS.sub(r"\1 euros", _TURN_TO.sub("contacter", text)))
    tokens = [_INVERSION.sub("", _ELISION.sub("", t)).strip("-'’") for t in _TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in (4, 3, 2, 1):  # "tir à la corde", "afrique du sud", "année universitaire"
            phrase = fold(" ".join(tokens[i : i + size]))
            found = names.get(phrase) or (
                words.get(phrase) or words.get(_singular(phrase)) if size > 1 else None
            )
            if size <= len(tokens) - i and found:
                out.append(found)
                i += size
                break
        else:
            token = tokens[i]
            folded = fold(token)
            # A capitalised word inside a name of several ("Études en France") is kept; alone
            # ("la Direction des relations internationales") it is a common word, glossed.
            capital = token[:1].isupper() and i > 0 and _in_name(tokens, i)
            # A degree's acronym that is also a French word ("un BUT", "un DU") stays a name.
            capital = capital or (token.isupper() and folded in _WORDS_AS_ACRONYMS)
            # "le programme Passerelle", "l'application Campus": a name after the kind of thing it is.
            capital = capital or (token[:1].isupper() and i > 0 and fold(tokens[i - 1]) in _NAMED_KINDS)
            # "thèse", "an" fold to English stopwords ("these", "an"): the glossary knows them.
            # "j'ai eu" is had, but "EU" in capitals is the European Union.
            acronym = token.isupper() and len(token) > 1
            if (folded in _FUNCTION and not acronym) or (
                folded in STOPWORDS and not capital and folded not in words
            ):
                pass
            elif not capital and (found := _lookup(folded, words, names)):
                out.append(found)
            elif (
                not capital
                and "-" in folded
                # "Aigues-Mortes", "Saint-Gély": a place whose parts are capitalised is a name.
                and not all(part[:1].isupper() for part in token.split("-") if part)
                and (parts := _hyphenated(folded, words, names))
            ):
                out.append(parts)  # "accords-cadres", "enseignant-chercheur"
            else:
                out.append(token)
            i += 1
    return out


def covering_terms(english: str) -> set[str]:
    """The question terms that cover a glossed word: any of its alternatives, a compound by all of its words
    ("vendanges", grape harvest: "grape+harvest"), and the texts' words for an alternative or for a
    whole compound, not for a part of one ("housing" in "housing allowance" is no allowance)."""
    singles: set[str] = set()
    compounds: list[list[str]] = []
    for alternative in alternatives(english):
        stems = index_terms(alternative)
        if len(stems) > 1:
            compounds.append(stems)
        else:
            singles.update(stems)
    options = singles | {"+".join(stems) for stems in compounds}
    for phrase, found in paraphrases(english):
        if set(phrase) <= singles or any(set(stems) <= set(phrase) for stems in compounds):
            options.update(found)
    return options


_NAMED_KINDS = frozenset(
    """programme programmes dispositif projet reseau plateforme application appli label prix concours
    festival club association""".split()
)
_PARTICLES = frozenset("de du des la le les l d en et of the".split())
# Acronyms of French degrees that spell a common word: "BUT" (bachelor of technology) is no aim,
# "DU" (university diploma) no article.
_WORDS_AS_ACRONYMS = frozenset({"but", "du"})


def _singular(phrase: str) -> str:
    """A plural phrase in the singular the glossary holds ("ordinateurs portables")."""
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in phrase.split())


def _in_name(tokens: list[str], i: int) -> bool:
    """Whether the capitalised token ``i`` is one word of a name of several capitalised words."""
    for step in (-1, 1):
        j = i + step
        while 0 < j < len(tokens) and fold(tokens[j]) in _PARTICLES:
            j += step
        if 0 < j < len(tokens) and tokens[j][:1].isupper():
            return True
    return False


def _hyphenated(folded: str, words: dict[str, str], names: dict[str, str]) -> str:
    """The glossed parts of a hyphenated word the glossary lacks whole, or "" if it lacks them."""
    found = [_lookup(part, words, names) for part in folded.split("-")]
    return " ".join(f for f in found if f) if all(found) else ""


def _lookup(folded: str, words: dict[str, str], names: dict[str, str]) -> str | None:
    """The English of a word, or of its masculine or singular form ("créées" → "cree"), or of the
    singular or the infinitive the glossary holds instead ("travaux" → travail, "décernés" →
    décerner, "envoyez" → envoyer)."""
    for form in (folded, folded[:-1], folded[:-2], folded[:-3]):
        if form != folded and (len(form) < 3 or folded[len(form) :] not in _ENDINGS):
            continue
        if form in words:
            return words[form]
        if form in names:
            return names[form]
    for ending, replacements in _INFLECTIONS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            for replacement in replacements:
                if stem + replacement in words:
                    return words[stem + replacement]
    return None


_ENDINGS = frozenset({"s", "x", "e", "es", "ee", "ees"})
# Plurals in -aux and the forms of a verb in -er or -ir, by what the glossary would hold instead;
# longer endings first.
_INFLECTIONS = (
    ("aux", ("al", "ail")),
    # A verb in -ir: "rebondissait", "choisissent" (rebondir, choisir).
    ("issaient", ("ir",)),
    ("issait", ("ir",)),
    ("issais", ("ir",)),
    ("issent", ("ir",)),
    ("issez", ("ir",)),
    ("issons", ("ir",)),
    # The conditional and the future ("coûterait", "coûteront") and the imperfect ("coûtait").
    ("eraient", ("er",)),
    ("erait", ("er",)),
    ("erais", ("er",)),
    ("eront", ("er",)),
    ("erez", ("er",)),
    ("era", ("er",)),
    ("aient", ("er",)),
    ("ait", ("er",)),
    ("ees", ("er",)),
    ("es", ("er",)),
    ("ee", ("er",)),
    ("e", ("er",)),
    ("ez", ("er",)),
    ("ons", ("er",)),
    ("ent", ("er",)),
)
