"""French questions over English texts, the parts that need no model: the gloss, the French question
types, the French frame of a quote and the cross-lingual grounding check (with a stand-in encoder)."""

import numpy as np
import pytest

from assistant.domain import Answer, Citation
from assistant.llm.grounding import Grounder
from assistant.query.french import FrenchComposer, framed_in_french
from assistant.query.gloss import gloss
from assistant.query.questions import (
    AnswerType,
    expected_types,
    listed_noun,
    split_afterword,
    states,
    wants_steps,
    wants_unit,
)
from assistant.text import index_terms, language


def test_the_gloss_puts_content_words_in_english_and_keeps_names() -> None:
    assert gloss("Quel est le montant de la bourse pour un semestre en Italie ?") == (
        "amount grant scholarship semester Italy"
    )
    # Names of several capitalised words stay as the texts write them; inverted pronouns go.
    assert (
        gloss("Combien coûtent les frais de dossier Études en France ?")
        == "cost application fee administrative fee Études France"
    )
    # "thèse" folds to the English stopword "these": the glossary knows it first.
    assert gloss("le prix de thèse").endswith("thesis")
    assert gloss("Quand l'UNIMED a-t-elle été créée ?") == "UNIMED created founded established"
    # A capitalised common word alone is glossed: "la Direction des relations internationales".
    assert gloss("le numéro de la Direction des relations internationales").startswith("number department")
    # A plural in -aux and the forms of a verb in -er are read as the word the glossary holds.
    assert gloss("les travaux") == "work"
    assert gloss("Envoyez le dossier") == "send application file"
    assert gloss("ils versent la bourse") == "pay grant scholarship"
    # …in the conditional, the future and the imperfect too.
    assert gloss("le pass me coûterait combien ?") == "pass cost"
    assert gloss("Ils arriveront quand ?") == gloss("ça coûtait combien ?").replace("cost", "arrive")
    assert AnswerType.MONEY in expected_types("Le pass me coûterait combien ?")
    # "suis", "comme", "contre" are function words; "permis" is also the noun.
    assert gloss("Je suis étudiant comme vous") == "student"
    assert "licence" in gloss("Dois-je échanger mon permis contre un permis français ?").split()
    assert gloss("Combien de prix sont décernés ?") == "prize award price awarded award"
    assert gloss("Le bureau est-il fermé un jour férié ?") == "office closes closed public holiday"
    assert gloss("Suis-je sur liste d'attente ?") == "waiting list"


def test_a_capitalised_common_word_the_english_texts_use_is_searched_as_a_name() -> None:
    from types import SimpleNamespace
    from typing import Any

    from assistant.query.french import kept_names

    # The English texts name a club "Boussole"; the glossary reads the word as a compass.
    index: Any = SimpleNamespace(document_frequency={"boussol": 2, "nord": 1, "erasmus": 40})
    assert kept_names("L'adhésion à Boussole, ça coûte combien ?", index) == ["boussol"]
    # A part of a longer name, a name the glossary knows, a word no text uses: nothing kept.
    assert kept_names("Le bureau des échanges avec l'Amérique du Nord ?", index) == []
    assert kept_names("Mon départ en Erasmus, je peux appeler qui ?", index) == []
    assert kept_names("L'adhésion à Boussole ?", SimpleNamespace(document_frequency={})) == []


def test_a_question_with_no_french_signal_is_english() -> None:
    assert language("Quelles sont les étapes pour proposer un module ?") == "fr"
    assert language("Erasmus+ ?") == "en"
    assert language("What is COIL?") == "en"


def test_french_questions_ask_for_the_same_typed_facts() -> None:
    cases = {
        "Combien coûte la Staff Week ?": {AnswerType.MONEY},
        "Jusqu'à quand peut-on demander un logement ?": {AnswerType.DATE},
        "Depuis quand l'UM est-elle membre d'UNIMED ?": {AnswerType.DATE},
        "Quel numéro appeler en cas d'urgence ?": {AnswerType.PHONE},
        "Quelle est l'adresse e-mail du bureau international ?": {AnswerType.EMAIL},
        "Combien de temps faut-il prévoir ?": {AnswerType.DURATION},
        "Combien de membres compte l'EUA ?": {AnswerType.COUNT},
        "Qui préside la commission ?": {AnswerType.AGENT},
        "Quel est le rôle de Campus France ?": set(),
        # The number of an office is its phone number; a file's number is not.
        "C'est quoi le numéro du bureau qui conseille les étudiants sur leur budget ?": {AnswerType.PHONE},
        "Quel est le numéro de dossier ?": set(),
        # A yes/no question asks no typed fact ("No: exchange students pay … only"), as in English.
        "Je viens de Lisbonne, est-ce que je dois payer des frais de scolarité ?": set(),
        "Dois-je payer des frais ?": set(),
        "Est-ce qu'il y a une date limite ?": {AnswerType.DATE},
        # "le mail du bureau" is its e-mail address; "par mail" is how to send.
        "C'est quoi le mail du bureau des inscriptions ?": {AnswerType.EMAIL},
        "Je peux envoyer mon dossier par mail ?": set(),
        "Qui faut-il contacter pour faire financer notre déplacement ?": {
            AnswerType.AGENT,
            AnswerType.CONTACT,
        },
    }
    for question, kinds in cases.items():
        assert expected_types(question) == kinds, question


def test_balles_after_a_sum_are_euros() -> None:
    # « payer 10 balles » is slang for ten euros; tennis balls stay balls.
    assert "euros" in gloss("il fallait payer 10 balles").split()
    assert gloss("des balles de tennis") == "ball tennis"


def test_part_before_a_time_or_a_place_is_the_verb_that_leaves() -> None:
    # « le minibus part à quelle heure » asks when it leaves, not "take part"; « à part », «
    # quelque part » keep their own words.
    assert gloss("le minibus part à quelle heure") == "minibus leave what time"
    assert "leave" not in gloss("à part le salaire").split()


def test_a_french_count_counts_the_glossed_noun() -> None:
    question = "Combien de membres compte l'Association européenne des universités ?"
    assert states(AnswerType.COUNT, "With over 850 members, the EUA plays a major role.", question)
    assert not states(AnswerType.COUNT, "It represents universities in 47 European countries.", question)
    # The texts' word for the glossed noun counts it too: "crédits" is "40 ECTS".
    credits = "Je dois valider au minimum combien de crédits ?"
    assert states(AnswerType.COUNT, "a full academic year | 60 ECTS | 40 ECTS | 72 ECTS", credits)


def test_french_steps_and_list_questions_want_the_whole_unit() -> None:
    assert wants_steps("Quelles sont les étapes pour proposer un module COIL ?")
    assert wants_steps("Comment faire pour obtenir une convention de stage ?")
    assert wants_unit("Quelles attestations d'assurance faut-il fournir ?")
    assert not wants_unit("Quel est le montant de la caution ?")
    # Conditions and rules are the members of a set: a list, not a procedure, in either language.
    for question in (
        "Quelles sont les conditions pour partir en congé ?",
        "What are the rules for choosing courses?",
    ):
        assert wants_unit(question) and not wants_steps(question)
    assert wants_unit("Qu'est-ce qu'il faut remplir comme conditions pour avoir le label ?")


def test_everyday_words_of_clubs_workshops_and_safety_are_glossed() -> None:
    # Hobbies, crafts and safety: a darkroom's developer, a sketchbook, wool, a syringe, a wait.
    assert "darkroom" in gloss("Vous avez le numéro de la chambre noire ?")
    assert "developer" in gloss("les bains de révélateur")
    assert "sketchbook" in gloss("J'ai rempli un carnet de croquis")
    assert "wool" in gloss("des petits bouts de laine")
    assert "syringe" in gloss("Si je tombe sur une seringue")
    assert "class" in gloss("j'ai sauté une classe").split()  # a class, not only "classée"
    # A taster session is a discovery one too; one who hesitates to take it up hesitates to start.
    assert "discovery" in gloss("La séance découverte, c'est quand ?").split()
    assert "start" in gloss("une copine qui hésite à s'y mettre").split()
    # A phrase of four words is read whole: « tir à la corde » is tug of war, not shooting.
    assert gloss("Elle fait du tir à la corde") == "tug of war"
    # « spectacle » is the texts' shows ("show" alone is a verb no term keeps); an antlion's
    # « entonnoir » is its pit; « je creuse » digs.
    assert "show" in index_terms(gloss("Pour le spectacle, il faut un costume ?"))
    assert "pit" in gloss("une fourmi dans l'entonnoir").split()
    assert "dig" in gloss("je creuse un peu ?").split()
    # « le car » is a coach, not a word the gloss drops; « les pêches » are peaches as often as fishing.
    assert {"coach", "peaches"} <= set(gloss("Pour les pêches, le car part à quelle heure ?").split())
    # An animal's « mâle » and « femelle » are the texts' ram and ewe (or buck and doe).
    assert {"ram", "ewe"} <= set(gloss("la différence entre un mâle et une femelle").split())
    # The help desk for housing, not the housing benefit that « aide au logement » alone is.
    assert gloss("le bureau d'aide au logement") == "accommodation help desk housing help office"
    # « jamais dansé de ma vie », « pas un mot de hindi », « c'est mort » : experience, knowledge, chance.
    assert {"experience", "knowledge", "chance"} <= set(
        gloss("Jamais dansé de ma vie, pas un mot de hindi, c'est mort ?").split()
    )
    # A judo kimono is the texts' judogi; a demoiselle is a damselfly.
    assert "judogi" in gloss("le club prête les kimonos ?").split()
    assert "damselfly" in gloss("une libellule et une demoiselle").split()
    # Groups, counts, patrols and the things of nature walks and workshops.
    assert {"circle", "count", "patrol", "curator", "shelter", "trap"} <= set(
        gloss("le cercle, le comptage, les patrouilles, les conservateurs, les abris, les pièges").split()
    )
    # A game's scene that makes one uneasy; a paddler; what one puts on.
    assert {"scene", "uncomfortable", "game"} <= set(
        gloss("une scène me met mal à l'aise pendant une partie").split()
    )
    assert "paddlers" in gloss("combien de pagayeurs par bateau").split()
    assert "wear" in gloss("qu'est-ce que je dois mettre").split()
    # A drink, a sweet, a yoghurt are also what a rule names them by: alcohol, food, dairy.
    assert "alcohol" in gloss("On peut boire une bière avant de jouer ?").split()
    assert "dairy" in gloss("les yaourts qui ne sont pas vendus").split()
    assert "food" in gloss("genre des bonbons").split()
    # Sun cream as the rules say it, toads, a supervisor with or without the thesis, pouring out.
    assert "cream" in gloss("de la crème solaire").split()
    assert "toads" in gloss("une tournée crapauds").split()
    assert "pour" in gloss("vider les bains dans l'évier").split()
    # A word the glossary already read through its singular keeps that reading.
    assert gloss("les arbres") == gloss("l'arbre")


@pytest.mark.parametrize(
    "question",
    [
        "Comment je fais pour candidater ?",
        "Je dois faire quoi pour m'inscrire ?",
        "Comment se passe la candidature ?",
        "Comment ça marche pour réserver une chambre ?",
        "Comment on s'inscrit ?",
        "Par où commencer pour postuler ?",
        "Comment réserver une chambre ?",
        # "à suivre" is no verb "a": the question asks for steps, not a name.
        "Quelle est la démarche à suivre pour obtenir la bourse ?",
    ],
)
def test_french_procedures_asked_in_everyday_words(question: str) -> None:
    assert wants_steps(question)


def test_a_french_how_that_asks_for_a_typed_fact_is_no_procedure() -> None:
    assert not wants_steps("Comment contacter le bureau des relations internationales ?")
    assert not wants_steps("Comment votre bureau choisit-il les dates ?")  # "votre" is no infinitive
    assert expected_types("Quelle université a créé le réseau ?") == {AnswerType.NAME}


def test_the_quote_stays_english_inside_a_french_frame() -> None:
    citation = Citation(1, "d.md", "Title", None, None, "The fee is €150.", "The fee is €150.", 1.0)
    answer = Answer(text="The fee is €150. [1]", answered=True, citations=[citation])
    assert framed_in_french(answer) == (
        "Selon les documents de l'Université de Montpellier (en anglais) : « The fee is €150. » [1]"
    )


class _Encoder:
    """A stand-in multilingual encoder: sentences about the same fee share one direction."""

    name, dimension = "stand-in", 2

    def encode_query(self, text: str) -> np.ndarray:
        fee = any(w in text.lower() for w in ("fee", "frais"))
        return np.array([1.0, 0.0] if fee else [0.0, 1.0], dtype=np.float32)

    def encode_chunks(self, texts, sentence_spans, batch_size=64):  # pragma: no cover - unused here
        raise NotImplementedError


def test_a_correct_french_sentence_is_grounded_across_languages() -> None:
    source = Citation(1, "d.md", "Staff Week", None, None, "The participation fee is €150.", "", 1.0)
    grounder = Grounder("Combien coûte la Staff Week ?", [source], lambda t: 1.0, encoder=_Encoder())
    assert grounder.check("Chaque inscrit paie 150 € de frais.").cited == [1]
    assert grounder.check("Le campus ouvre le samedi matin.").reason == "unsupported"
    english_only = Grounder("Combien coûte la Staff Week ?", [source], lambda t: 1.0)
    assert english_only.check("Chaque inscrit paie 150 € de frais.").reason == "unsupported"


def test_a_french_focus_keeps_the_noun_its_de_adds() -> None:
    from assistant.query.questions import focus_terms

    # "les frais d'inscription" asks about registration fees, not any fee ("a Campus France fee").
    assert focus_terms("Combien coûtent les frais d'inscription en master ?") == ["fee|free", "enrol|registr"]
    assert focus_terms("Combien de temps dure le mentorat ?") == []  # "dure" is no "du"


def test_a_service_to_contact_is_a_contact_and_a_delay_before_contacting_is_a_duration() -> None:
    asked = "Bonjour, quel service dois-je contacter pour le visa d'un chercheur que nous accueillons ?"
    assert AnswerType.CONTACT in expected_types(asked)
    delay = "Combien de mois avant le départ faut-il contacter le Service Handicap Étudiants ?"
    assert expected_types(delay) == {AnswerType.DURATION}


def test_a_french_which_question_about_fees_asks_for_money_only_when_its_noun_is_a_sum() -> None:
    grade = "Pour obtenir l'exonération des frais grâce à mes bonnes notes, il faut quelle moyenne ?"
    assert AnswerType.MONEY not in expected_types(grade)
    assert expected_types("Quel est le montant des frais ?") == {AnswerType.MONEY}
    # "je touche combien ?", "on gagne combien ?": what one is paid.
    assert expected_types("Si je fais 64 heures d'enseignement, je touche combien en plus ?") == {
        AnswerType.MONEY
    }
    assert expected_types("On reçoit combien de crédits ?") == {AnswerType.COUNT}


def test_how_to_avoid_the_fees_asks_for_steps_not_an_amount() -> None:
    asked = "Je viens du Cameroun. Comment faire pour ne pas payer les frais d'inscription élevés ?"
    assert AnswerType.MONEY not in expected_types(asked) and wants_steps(asked)


def test_the_askers_situation_before_a_french_question_names_nothing_it_asks() -> None:
    from assistant.query.french import FrenchComposer

    asked = "Mon permis a été délivré en Italie. Est-ce que je dois l'échanger contre un permis français ?"
    assert not FrenchComposer.named(FrenchComposer.__new__(FrenchComposer), asked)
    assert FrenchComposer.named(FrenchComposer.__new__(FrenchComposer), "Quelle bourse pour l'Italie ?")


def test_what_a_french_yes_no_question_asks_about_after_the_askers_situation() -> None:
    from assistant.query.questions import asked_objects

    question = "Pendant les journées d'orientation, est-ce qu'il y a une garderie pour mes enfants ?"
    assert "childcare daycare" in asked_objects(question)
    # "qui" describing "ceux" asks nothing: the question is still yes/no.
    assert asked_objects("Les présentations sont-elles filmées pour ceux qui ne peuvent pas venir ?")
    assert asked_objects("Est-ce que tu sais combien coûte le logement ?") == []


def test_a_degree_acronym_that_spells_a_french_word_stays_a_name() -> None:
    from assistant.query.gloss import gloss

    assert gloss("Je suis apprentie en BUT, une mobilité courte ?").split()[:2] == ["apprentice", "BUT"]
    assert "DU" in gloss("Je prépare un DU de droit").split()
    assert gloss("mais le but est") == "aim purpose"  # the word itself is still glossed
    assert gloss("Le mail de la DRH ?") == "e-mail HR human resources department"


def test_everyday_french_asks_for_steps_and_counts_people_by_any_noun() -> None:
    from assistant.query.questions import _counted_stems, wants_steps

    assert wants_steps("Comment j'obtiens le statut d'étudiant-entrepreneur ?")
    assert wants_steps("On m'a proposé de représenter l'université sur un salon. Ça se passe comment ?")
    # "combien de personnes" is answered by "40 guests"; "combien de membres" counts members.
    assert _counted_stems("Notre labo peut inviter combien de personnes ?") == ()
    assert "member" in _counted_stems("Combien de membres compte le réseau ?")


def test_a_common_noun_glossed_with_an_acronym_names_nothing() -> None:
    from assistant.query.gloss import gloss
    from assistant.query.questions import named_terms

    assert named_terms("Le certificat médical de mon médecin, il est accepté ?") == []
    assert named_terms("Elle sert à quoi, la carte étudiante ?") == []  # "student id", no "ID"
    assert "documents" in gloss("Quels papiers l'université peut me fournir ?").split()


def test_what_a_french_question_asks_is_read_in_english_without_the_askers_story() -> None:
    terms = FrenchComposer.asked_terms(
        "Mon directeur a griffonné un mot hier. Quelles sont les étapes du partenariat ?"
    )
    assert "partnership" in terms and "step" in terms
    assert not {"director", "yesterday", "word"} & terms


@pytest.mark.parametrize(
    "question",
    [
        "Qu'est-ce que mes parents doivent signer pour que je puisse commencer ?",
        "Je dois apporter quoi ?",
        "Qu'est-ce qu'il faut prendre pour les matinées de comptage ?",
    ],
)
def test_what_must_be_signed_or_brought_is_a_list_in_french(question: str) -> None:
    assert wants_unit(question) and not wants_steps(question)


def test_what_one_must_take_along_is_what_to_bring() -> None:
    assert "bring" in gloss("Qu'est-ce qu'il faut prendre pour la sortie ?").split()
    assert "bring" not in gloss("Je peux prendre autant de trucs que je veux ?").split()  # taking


def test_je_m_y_prends_comment_asks_for_the_steps() -> None:
    assert wants_steps("Je m'y prends comment pour avoir un rendez-vous ?")


def test_joining_asked_with_comment_last_asks_for_the_steps() -> None:
    assert wants_steps("Je voudrais rendre visite à des personnes âgées. Je m'inscris comment ?")
    assert wants_steps("On postule comment pour la bourse ?")
    assert not wants_steps("Je paie comment ?")  # how to pay is a means, not a procedure


def test_a_plural_phrase_is_glossed_as_its_singular() -> None:
    assert gloss("Combien d'ordinateurs portables peut-on emprunter ?").startswith("laptop")
    assert "academic year" in gloss("pendant les années universitaires")


def test_a_support_group_for_students_who_feel_alone_is_glossed() -> None:
    glossed = gloss("le groupe de parole pour les étudiants qui se sentent seuls")
    assert "discussion group" in glossed and "feel" in glossed and "alone" in glossed
    assert gloss("l'artiste invité").startswith("artist")


@pytest.mark.parametrize(
    "question",
    [
        "Concrètement, elle sert à quoi la carte étudiante ?",
        "À quoi servent les badges ?",
        "What can I use the student card for?",
        "What is the European Student Card used for?",
    ],
)
def test_what_a_thing_is_for_is_the_list_of_its_uses(question: str) -> None:
    assert wants_unit(question)


def test_a_pupil_is_not_only_high() -> None:
    # "élève" and "élevé" fold alike: both readings stay.
    assert {"pupils", "high"} <= set(gloss("combien d'élèves par session").split())


def test_whom_to_call_asked_last_is_a_contact() -> None:
    asked = "Pour préparer mon traitement avant mon départ, je peux appeler qui ?"
    assert AnswerType.CONTACT in expected_types(asked)


def test_everyday_words_of_exams_and_records_are_glossed() -> None:
    assert {"characters", "headscarf", "holidays", "classification"} <= set(
        gloss("combien de caractères ; je porte le voile ; les fêtes ; mon classement").split()
    )


def test_the_doctoral_college_is_glossed_as_one_name() -> None:
    assert "doctoral college" in gloss("Comment je monte mon dossier pour la bourse du Collège doctoral ?")


def test_whom_i_write_to_is_a_contact_and_i_names_no_one() -> None:
    asked = "À qui j'écris pour une question sur la bourse de séjour de recherche ?"
    assert AnswerType.CONTACT in expected_types(asked)
    assert not states(AnswerType.AGENT, "Can I go to a company abroad rather than a laboratory?", asked)


def test_cours_are_classes_too() -> None:
    assert "classes" in gloss("les cours du semestre de printemps commencent quand ?").split()


def test_the_rules_of_a_named_place_are_its_own() -> None:
    from assistant.query.questions import rules_of_place

    assert rules_of_place("Je pars à Shanghai. Quelles sont les règles de la Chine pour les médicaments ?")
    assert rules_of_place("What are China's rules for medicines?")
    assert not rules_of_place("What are the rules for birds?")
    assert not rules_of_place("I'm going to China. What are the rules for medicines?")


def test_had_is_no_eu_and_my_voucher_is_no_good() -> None:
    # "j'ai eu" is the past of avoir, which the texts' "EU" must not match; "EU" in capitals is.
    assert gloss("J'ai eu mon bon pour le TOEFL") == "voucher TOEFL"
    assert gloss("les étudiants hors EU") == "students outside EU"


def test_a_meal_at_the_resto_u_is_glossed_as_the_texts_say_it() -> None:
    assert {"university", "restaurant", "meal"} <= set(gloss("manger au resto U").split())
    assert {"visit", "defend"} <= set(gloss("ils viennent me voir ; je peux soutenir").split())


def test_whom_to_ask_for_advice_in_the_middle_of_the_question_is_a_contact() -> None:
    asked = "J'hésite entre les deux formules, je peux demander conseil à qui à l'UM ?"
    assert AnswerType.CONTACT in expected_types(asked)


def test_how_i_do_something_myself_asks_for_the_steps() -> None:
    assert wants_steps("Comment je souscris l'offre de l'UM, concrètement ?")
    assert wants_steps("Comment on réserve une chambre ?")
    assert not wants_steps("Comment je sais si je suis admis ?")  # how I know, not how I do it


def test_a_basic_plan_is_no_low_formula() -> None:
    assert gloss("la formule de base") == "basic cover basic plan"
    assert "low" not in gloss("le tarif de base").split()


def test_spoken_french_asks_after_c_est() -> None:
    from assistant.query.questions import focus_terms

    assert expected_types("C'est quand les soldes d'hiver à Montpellier ?") == {AnswerType.DATE}
    assert expected_types("C'est qui le responsable ?") == {AnswerType.AGENT}
    # What takes place is what is asked about: a page that never names the holidays has no date for them.
    assert focus_terms("C'est quand les vacances de Noël à la fac ?") == ["holiday|vacat"]


def test_spoken_french_asks_when_after_a_pronoun_and_the_verb_of_taking_place() -> None:
    assert expected_types("Il tombe quand, l'après-midi découverte des Faucons ?") == {AnswerType.DATE}
    assert expected_types("Ça commence quand, le tournoi ?") == {AnswerType.DATE}
    # Falling is no date: « il tombe » asks when only with « quand ».
    assert "when" in gloss("Il tombe quand, l'après-midi découverte ?").split()
    assert "when" not in gloss("Il tombe souvent de son vélo ?").split()


@pytest.mark.parametrize(
    "question",
    ["Il y a quoi exactement dans le kit cuisine ?", "Que contient le kit ?", "What's in the kitchen kit?"],
)
def test_what_a_thing_holds_is_the_list_of_its_items(question: str) -> None:
    assert wants_unit(question)
    assert not wants_steps(question)


def test_a_farewell_and_boxes_are_glossed() -> None:
    assert gloss("la soirée d'adieu") == "evening party farewell goodbye"
    assert "boxes" in gloss("mes cartons").split()


def test_everyday_words_are_glossed_and_auxiliaries_left_out() -> None:
    assert "choir" in gloss("le concert de Noël de la chorale").split()
    assert "filling" in gloss("mon plombage est cassé").split()
    # A conditional of "avoir" asks nothing: it is no term a page must hold.
    assert gloss("vous auriez un chargeur ?") == gloss("vous avez un chargeur ?")
    # A phrase whose words the glossary already holds is left to them: each stays a term.
    assert {"open", "saturday"} <= set(gloss("ouvert le samedi").split())


@pytest.mark.parametrize(
    "question",
    ["Je le signale à qui ?", "Je m'adresse à qui ?", "Avant la fermeture, j'appelle qui ?"],
)
def test_whom_to_reach_asked_at_the_end(question: str) -> None:
    # Spoken French asks "à qui" after the verb: whom to reach, a contact line.
    assert AnswerType.CONTACT in expected_types(question)


def test_recording_is_glossed_in_both_senses() -> None:
    assert "record" in gloss("enregistrer une soutenance").split()
    assert gloss("le studio d'enregistrement") == "recording studio"


def test_a_name_after_the_kind_of_thing_it_is_stays_a_name() -> None:
    # "passerelle" is a footbridge; the Passerelle programme is a name.
    assert "Passerelle" in gloss("Qui peut s'inscrire au programme Passerelle ?").split()
    assert "military" in gloss("mon service militaire").split()


def test_a_french_list_question_names_what_it_lists_in_english() -> None:
    # A table headed "Activity | When | …" or "Museum | …" lists what these ask for.
    question = "Qu'est-ce qu'on peut faire comme activités quand on est bénévole au jardin ?"
    assert wants_unit(question) and listed_noun(question) == "activ"
    assert listed_noun("Quels musées le pass couvre-t-il ?") == "museum"
    assert listed_noun("Il y a quoi comme ateliers ?") == "workshop"
    # "comme" before a noun that lists nothing ("comme étudiant") or a determiner asks for no list.
    assert not wants_unit("Je peux venir comme étudiant ?")
    assert listed_noun("Je peux venir comme les autres ?") is None


def test_a_number_for_a_place_is_its_phone() -> None:
    assert AnswerType.PHONE in expected_types("Vous avez un numéro pour la salle Pixel ?")
    assert AnswerType.PHONE not in expected_types("Vous avez un numéro de dossier ?")
    # The asker's own phone is a device, not a number to call.
    assert AnswerType.PHONE not in expected_types("Comment faire réparer l'écran cassé de mon téléphone ?")
    assert AnswerType.PHONE not in expected_types("J'ai un téléphone portable volé, je fais quoi ?")
    assert AnswerType.PHONE in expected_types("Je peux les joindre par téléphone ?")


def test_a_farm_is_no_closing_and_notes_are_notes() -> None:
    assert "farm" in gloss("La journée à la ferme, c'est quand ?").split()
    assert "closes" in gloss("Le bureau ferme à quelle heure ?").split()
    assert "notes" in gloss("on a le droit d'avoir ses notes ?").split()
    assert "besides" in gloss("À part les légumes, qu'est-ce qu'on peut commander ?").split()
    assert "given" in gloss("elles sont attribuées comment ?").split()  # "places are given by lottery"


def test_a_modal_frame_is_no_object_of_a_yes_no_question() -> None:
    from assistant.query.questions import asked_objects

    question = "Pour le concours d'éloquence, on a le droit d'avoir ses notes ?"
    assert asked_objects(question) == ["public speaking contest", "grades notes"]
    # …but a permit to work is a thing: "une autorisation de travail".
    assert "work permit" in asked_objects("Est-ce qu'il me faut une autorisation de travail pour un job ?")


def test_a_ligature_folds_to_its_two_letters() -> None:
    # "cœur", "sœur", "œufs": NFKD leaves "œ" whole, which folding to ASCII used to drop.
    from assistant.text import fold

    assert fold("Cœur, sœur, Œuvre") == "coeur, soeur, oeuvre"
    assert gloss("des œufs et ma sœur") == "egg sister"
    assert "heart" in gloss("par cœur").split()


def test_everyday_words_of_clubs_and_hobbies_are_glossed() -> None:
    # The vocabulary of a student's free time, not only of mobility: a fresh page's topic.
    assert "caving" in gloss("Il y a un club de spéléologie ?").split()
    assert "telescope" in gloss("On peut regarder dans la lunette astronomique ?").split()
    assert "windsurfing" in gloss("des cours de planche à voile").split()


def test_a_compound_gloss_is_covered_by_all_its_words_and_alternatives_by_any() -> None:
    from assistant.query.gloss import alternatives, covering_terms
    from assistant.text import Words

    # "vendanges" is a grape harvest, not any harvest; "aider" is to help or to support.
    assert alternatives("grape harvest") == ["grape harvest"]
    assert alternatives("help support") == ["help", "support"]
    assert alternatives("plane ticket flight ticket") == ["plane ticket", "flight ticket"]
    assert alternatives("residence permit") == ["residence permit"]
    assert alternatives("Carte Vitale health insurance card") == ["Carte Vitale", "health insurance card"]
    olives = Words(["harvest", "oliv", "tree"])
    assert not any(olives.covers(t) for t in covering_terms("grape harvest"))
    assert any(Words(["grape", "harvest"]).covers(t) for t in covering_terms("grape harvest"))
    assert any(Words(["support"]).covers(t) for t in covering_terms("help support"))
    # The texts' word for a part of a compound is no word for the whole: "housing" is no allowance.
    assert not any(Words(["accommod", "allow"]).covers(t) for t in covering_terms("housing allowance"))


def test_what_the_asker_adds_after_the_question_is_read_apart_unless_it_asks_too() -> None:
    asked, after = split_afterword("La matinée découverte, c'est quand ? J'ai un pote qui hésite.")
    assert asked == "La matinée découverte, c'est quand ?"
    assert after == " J'ai un pote qui hésite."
    # A request after the question asks for a fact too: it stays with the question.
    question = "Qui s'occupe des rapports de retour ? Il me faut leur numéro de téléphone."
    assert split_afterword(question) == (question, "")
    assert split_afterword("C'est quand ?") == ("C'est quand ?", "")


def test_where_one_started_from_is_the_first_one_not_a_departure() -> None:
    assert gloss("revenir dans ma filière de départ").endswith("first programme")
    assert "home country" in gloss("mon pays de départ")
    assert gloss("ma date de départ") == "departure date"  # a departure still is one


def test_the_other_way_a_french_question_guesses_is_no_thing_asked_about() -> None:
    from assistant.query.questions import asked_objects

    asked = asked_objects("Est-ce que le club prête les kimonos ou faut que j'en achète un direct ?")
    assert asked and all("judogi" in thing or "kimono" in thing for thing in asked)
    # Two things asked about together stay two things.
    assert len(asked_objects("Le club fait aussi des voitures ou des avions ?")) == 2


def test_the_thing_a_french_price_or_date_question_asks_about_is_in_english() -> None:
    from assistant.query.questions import asked_thing

    # Put first or after its question word: the head noun and the kind its bare "de" adds.
    assert asked_thing("L'atelier de violon à La Rosace, c'est combien ?") == ["workshop", "violin fiddle"]
    assert asked_thing("Combien coûte le stage de voile ?") == ["internship", "headscarf veil sailing"]
    assert asked_thing("La retraite d'écriture, c'est quand ?")[1:] == ["writing"]
    # A name after "à" is held to the question's names, not read as a kind.
    assert asked_thing("C'est combien l'adhésion à Kodama ?") == ["membership"]
    # A yes/no question asks about no priced or dated thing.
    assert asked_thing("Le club prête des raquettes ?") == []


def test_words_of_night_walks_and_workshops_are_glossed() -> None:
    from assistant.query.questions import asked_objects

    assert gloss("un ver luisant") == "glow-worm"
    assert "firefly" in gloss("une luciole")
    assert "stool" in gloss("un petit tabouret")
    assert "upholstery" in gloss("l'atelier tapisserie")
    # "une belle photo": the adjective before the noun is no thing asked about.
    assert asked_objects("Je peux faire une belle photo ?") == ["photo photograph"]


def test_a_verb_after_its_subject_is_not_read_as_the_noun_it_spells() -> None:
    # « je cours » is running, « le cours » a course.
    assert gloss("je cours pas très vite, c'est gênant ?") == "run quickly fast problem"
    assert gloss("le cours est court") == "course courses classes short"


def test_a_doctor_s_paper_is_a_medical_certificate() -> None:
    from assistant.query.questions import asked_objects

    assert gloss("un papier du médecin") == "medical certificate"
    # Held as one thing by a yes/no question too, with its "du".
    assert asked_objects("Pour le sparring, je dois fournir un papier du médecin ?") == [
        "medical certificate"
    ]
    assert "boxing" in gloss("venir boxer avec moi")


def test_a_stand_is_a_stall_and_a_distribution_a_sharing() -> None:
    assert gloss("le stand de distribution") == "stand booth stall distribution sharing handing out"


def test_what_one_gains_is_what_a_scheme_gives() -> None:
    # « qu'est-ce qu'on y gagne ? » asks what the scheme gives, a heading's word ("What the
    # agreement gives").
    assert "gives" in gloss("qu'est-ce qu'on y gagne ?").split()


@pytest.mark.parametrize(
    "question",
    [
        "Faut que je fasse quoi exactement ?",
        "Il faut que je fasse quoi ?",
        "Qu'est-ce qu'il faut que je fasse ?",
    ],
)
def test_what_one_must_do_in_the_subjunctive_asks_for_the_steps(question: str) -> None:
    from assistant.query.questions import wants_steps

    assert wants_steps(question)


def test_a_licence_is_a_bachelor_s_degree_or_a_federation_s_licence() -> None:
    from assistant.query.questions import asked_objects

    # « La licence, elle est obligatoire ? » asked of a club: the page's "licence" says yes or no.
    assert "licence" in gloss("la licence")
    assert "bachelor" in gloss("la licence")
    assert any("licence" in thing for thing in asked_objects("La licence, elle est obligatoire ou pas ?"))


def test_footwear_is_shoes() -> None:
    for word in ("baskets", "tongs", "chaussons"):
        assert "shoes" in gloss(f"en {word}"), word


def test_what_is_paid_apart_is_what_it_costs() -> None:
    assert "costs" in gloss("il se paie à part")
    assert "costs" in gloss("c'est payant")


def test_everyday_words_of_nature_sport_music_and_work_are_glossed_with_the_french_word_kept() -> None:
    # The English words the texts use, and the French word itself, which a club's name may be
    # ("les Faucons").
    assert {"steam", "vapeur"} <= set(gloss("le train à vapeur").split())
    assert {"barn", "grange"} <= set(gloss("une vieille grange").split())
    assert "dusty" in gloss("c'est hyper poussiéreux").split()
    assert {"falcon", "faucon"} <= set(gloss("des potes des Faucons").split())
    assert "rehearsal" in gloss("pour la répète").split()


def test_spoken_fillers_gloss_to_nothing() -> None:
    # "vu la chaleur" is "given the heat", "en vrai" is "actually": neither is seen nor true.
    glossed = gloss("J'avais prévu des tongs vu la chaleur… Je prends quoi en vrai ?").split()
    assert "seen" not in glossed and "true" not in glossed and "heat" in glossed
    assert "give" in gloss("ça donnerait plus de rythme").split()


def test_a_place_whose_hyphenated_parts_are_capitalised_stays_a_name() -> None:
    # "Aigues-Mortes" is no "shrill dead"; a hyphenated common word is still glossed by its parts.
    glossed = gloss("bosser aux salins d'Aigues-Mortes, c'est hyper aigu")
    assert "Aigues-Mortes" in glossed and "dead" not in glossed and "shrill" in glossed
    assert gloss("un enseignant-chercheur") == "lecturer researcher"


def test_a_phrase_the_glossary_holds_as_one_word_is_one_thing_asked_about() -> None:
    from assistant.query.questions import asked_objects

    # "à la maison" is home, not a house or a centre the page must name.
    assert asked_objects("Je peux ramener un criquet à la maison pour le montrer à mon frère ?") == [
        "grasshopper",
        "home",
    ]


def test_what_is_lent_and_ones_belongings_are_glossed_as_such() -> None:
    # « l'accordéon prêté » is lent, not ready; « mes affaires » are belongings.
    glossed = gloss("Je peux laisser l'accordéon prêté dans le coffre avec mes affaires ?").split()
    assert "lent" in glossed and "ready" not in glossed and "belongings" in glossed


def test_what_the_asker_heard_is_glossed_as_hearsay() -> None:
    # « Il paraît que… » is how they heard of it, which weighs little; not "seems" or "appears".
    assert gloss("Il paraît qu'il y a une réunion d'info").split()[0] == "apparently"


def test_an_ordinal_before_the_noun_is_not_the_thing_asked_about() -> None:
    from assistant.query.questions import asked_objects

    # « dès ma deuxième séance »: the session, not "second"; « un smash » is a spike too.
    objects = asked_objects("Au sepak takraw, je peux tenter un smash dès ma deuxième séance ?")
    assert "second" not in objects and "smash spike" in objects


def test_wanting_and_needing_weigh_as_little_as_in_english() -> None:
    from assistant.text import index_terms

    # « si on veut bosser », « il fallait… »: "want" and "need" are no thing asked about, in the
    # English words they gloss to as in English questions.
    terms = set(index_terms(gloss("si on veut bosser, il fallait pas rater la réunion")))
    assert "want" not in terms and "need" not in terms and {"work", "miss", "meet"} <= terms


def test_a_word_the_glossary_lacks_after_a_noun_is_asked_about_too() -> None:
    from assistant.query.questions import untranslated_objects

    # « des soirées [kemps] ou [yams] »: the kind of evening; a page that never names the games says
    # neither yes nor no.
    objects = untranslated_objects("Le club fait aussi des soirées kemps ou yams ?")
    assert "kemps" in objects and "yams" in objects
    assert untranslated_objects("Il y a des cours tous les jours ?") == []


def test_at_the_same_time_is_said_with_time_too() -> None:
    # « en même temps que la clarinette » against "only one soloist plays at a time".
    assert "time" in gloss("je peux improviser en même temps que la clarinette ?").split()


def test_how_to_reach_them_in_spoken_french_asks_for_a_contact() -> None:
    assert AnswerType.CONTACT in expected_types("Qui organise la course, comment je les joins ?")
    assert AnswerType.CONTACT in expected_types("Et on les joint comment ?")
    # A document attached (« joint ») reaches nobody.
    assert AnswerType.CONTACT not in expected_types("Le formulaire joint, je le rends quand ?")


def test_a_soapbox_and_asking_for_advice_are_glossed() -> None:
    assert "soapbox" in gloss("Notre caisse à savon a un souci")
    assert "advice" in gloss("on voudrait demander conseil avant la vérif technique")


def test_what_one_must_take_with_the_verb_after_que_is_a_list() -> None:
    assert wants_unit("On se gèle dans la voiture : qu'est-ce qu'il faut que j'emporte ?")
    assert not wants_unit("Il faut que je paie quand ?")


def test_a_complement_that_only_says_which_kind_in_french_is_no_thing_of_its_own() -> None:
    from assistant.query.questions import asked_objects

    # « lunettes de vue » are glasses: « vue » is not one more thing the page must name.
    assert asked_objects("Au bossaball, je peux garder mes lunettes de vue pendant le jeu ?") == [
        "glasses",
        "game",
    ]


def test_a_leveret_lighting_and_being_hooked_are_glossed() -> None:
    assert "leveret" in gloss("si je vois un levraut dans l'herbe")
    assert "light" in gloss("on a le droit d'éclairer les champs ?")
    assert "fan" in gloss("ma copine est accro au chocolat")


def test_a_night_outing_is_a_night_walk() -> None:
    from assistant.query.gloss import gloss

    assert "walks" in gloss("on doit s'engager sur combien de sorties de nuit au minimum ?")


def test_a_name_after_the_words_that_open_a_french_question_is_a_name() -> None:
    from assistant.query.french import FrenchComposer

    composer = FrenchComposer.__new__(FrenchComposer)
    # « Pour » is glossed away: « Bousier » is no first word, and its capital names the survey.
    asked = "Pour Bousier, on doit s'engager sur combien de matinées au minimum ?"
    assert any("bousier" in terms for terms, _ in composer.named(asked))
    # A first word the gloss keeps is capitalised as any first word is.
    assert not composer.named("Combien de matinées au minimum ?")


def test_a_topic_put_first_with_a_relative_clause_still_opens_a_yes_no_question() -> None:
    from assistant.query.questions import asked_objects

    # « quand » in the topic's relative clause asks nothing; what follows the comma asks yes or no.
    question = "Le bureau qui aide quand on perd ses clés, il peut aussi m'aider à payer une serrure neuve ?"
    assert "lock" in asked_objects(question)
    assert asked_objects("La remise des prix, c'est quand et où ?") == []


def test_how_to_know_whether_it_is_one_tree_or_another_asks_how_to_tell_them_apart() -> None:
    from assistant.query.gloss import gloss
    from assistant.query.questions import asks_difference, wants_steps

    question = "Comment je fais pour savoir si j'ai devant moi un platane ou un micocoulier ?"
    assert asks_difference(question) and not wants_steps(question)
    assert wants_steps("Comment je fais pour m'inscrire ?")
    assert "nettle tree" in gloss("un micocoulier")


def test_a_name_put_first_or_inflected_is_searched_as_a_name() -> None:
    from assistant.query.gloss import glossed_capitals

    # « Gamelle, l'adhésion… »: the topic put first, set apart by a comma, is the club.
    assert glossed_capitals("Gamelle, l'adhésion étudiante c'est quel prix ?") == ["Gamelle"]
    assert glossed_capitals("Salut, c'est combien ?") == []
    # « à Rigole »: a form of « rigoler » the glossary holds by its infinitive, here a club.
    assert "Rigole" in glossed_capitals("Il y a une soirée pour tester avant de m'inscrire à Rigole ?")


def test_a_condition_and_coming_across_something_are_glossed() -> None:
    assert "asthma" in gloss("Je suis asthmatique, c'est risqué ?")
    assert "find" in gloss("Si je tombe sur une tulipe sauvage, je peux la cueillir ?")


def test_at_what_time_asks_for_a_time() -> None:
    from assistant.query.questions import AnswerType, expected_types

    assert AnswerType.DATE in expected_types("À quelle heure ça ouvre ?")
    assert AnswerType.DATE in expected_types("Le minibus part à quelle heure, et d'où ?")
    assert AnswerType.DATE not in expected_types("Il est quelle heure ?")


def test_a_capital_whose_gloss_no_text_uses_is_a_name_the_answer_must_give() -> None:
    from types import SimpleNamespace
    from typing import Any

    frequency = {"vole": 3, "rehears": 5, "comic": 4, "bd": 2, "contact": 9}
    index: Any = SimpleNamespace(document_frequency=frequency, idf=lambda t: 2.0 if t in frequency else 6.0)
    composer = FrenchComposer.__new__(FrenchComposer)
    composer.index = index
    # "Volée" is glossed "stolen", which no text says: the ensemble's name, held to the answer,
    # and one term with its gloss, which the name covers.
    question = "Je contacte qui chez Volée ?"
    assert ({"vole"}, "v") in composer.named(question)
    assert any({"stolen", "vole"} <= set(term.split("|")) for term in composer.term_weights(question))
    # "BD" is glossed "comic", which the texts use: no name the answer must repeat.
    assert not any("bd" in terms for terms, _ in composer.named("Le week-end BD, ça coûte combien ?"))


def test_a_short_complement_after_the_last_comma_leaves_the_french_yes_no_question_whole() -> None:
    from assistant.query.questions import asked_objects

    question = "Fil Rouge propose aussi des sorties en tandem avec des personnes non-voyantes, à vélo ?"
    assert "trips outings walks" in asked_objects(question)
    assert asked_objects("Avec le titre de séjour, je peux rentrer chez moi ?") == []


def test_a_verb_in_ir_is_glossed_in_any_tense_and_an_axe_is_no_chopping() -> None:
    from assistant.query.gloss import glossed_words

    # « rebondissait », « choisissent »: the infinitive the glossary holds (rebondir, choisir).
    assert glossed_words("ma hache rebondissait") == ["axe hatchet chopped", "bounce bounces"]
    assert glossed_words("ils choisissent") == ["choose"]
    assert "bell handbell" in glossed_words("l'ensemble de clochettes")


def test_festive_and_spoken_words_are_glossed_in_the_texts_words() -> None:
    from assistant.query.gloss import gloss

    assert gloss("Pour la Saint-Sylvestre") == "New Year"
    # « la journée de qualif »: the qualifying day, as students say it.
    assert gloss("la journée de qualif") == "day qualifying qualification"
    # « les ateliers de figures »: a trick is a figure in French.
    assert "trick" in gloss("les ateliers de figures")


def test_a_round_of_a_survey_by_bike_is_a_ride() -> None:
    assert "ride" in gloss("je dois faire combien de tournées au minimum ?")


def test_la_grande_finale_is_the_final() -> None:
    assert gloss("La grande finale, c'est quand ?").split()[-1] == "final"


def test_a_fitting_of_costumes_is_an_essayage() -> None:
    assert "fitting" in gloss("l'essayage des costumes, il est payé ?")


def test_jouer_may_be_to_act() -> None:
    assert "act" in gloss("On va me demander de jouer ?").split()


def test_a_vielle_a_roue_is_a_hurdy_gurdy() -> None:
    assert gloss("l'ensemble de vielles à roue").split()[-1] == "hurdy-gurdies"
    assert gloss("les cordes de ma vielle").split()[-1] == "hurdy-gurdy"
