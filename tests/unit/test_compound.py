from dataclasses import replace

from assistant.domain import Answer, Citation, Draft, Evidence
from assistant.query.compound import answers_both, joined, points_there, quotes_all_of, reaches_whom, split


def test_a_question_that_asks_two_things_is_split() -> None:
    assert split("Which portal do I register my stay on, and what number do I call in an emergency?") == (
        "Which portal do I register my stay on?",
        "What number do I call in an emergency?",
    )


def test_what_the_asker_adds_after_the_first_question_stays_after_it() -> None:
    # Not "…in French.?": read up to its last question mark, the first part would ask the aside.
    assert split(
        "Is there a phone number for the water jousting people? I'm way better on the phone than "
        "writing in French. And when do they actually pick up?"
    ) == (
        "Is there a phone number for the water jousting people? I'm way better on the phone than "
        "writing in French.",
        "When do they actually pick up?",
    )


def test_two_things_one_was_advised_to_do_are_checked_apart() -> None:
    # The second thing to do shares the doer and the verb of advice of the first.
    assert split(
        "My neighbour says I should just spray the room with insecticide and crash at a friend's "
        "place for a few days. Is that a good idea?"
    ) == (
        "My neighbour says I should just spray the room with insecticide. Is that a good idea?",
        "My neighbour says I should just crash at a friend's place for a few days. Is that a good idea?",
    )


def test_and_that_opens_another_claim_heard() -> None:
    assert split(
        "Someone said the contest is only for first-year students, and that the sculpture has to be "
        "about your home country. Is that right?"
    ) == (
        "Someone said the contest is only for first-year students. Is that right?",
        "Someone said the sculpture has to be about your home country. Is that right?",
    )


def test_a_second_question_may_open_with_an_adverb() -> None:
    assert split("Do spectators have to pay, and roughly how many fighters take part?") == (
        "Do spectators have to pay?",
        "Roughly how many fighters take part?",
    )
    # …or with a preposition: "and [on] which evenings…".
    assert split("How much is student membership and on which evenings is open practice?") == (
        "How much is student membership?",
        "And on which evenings is open practice?",
    )
    # Fighters are the texts' competitors.
    from assistant.query.paraphrase import extra_terms

    assert "competitor" in extra_terms("How many fighters take part?")


def test_a_second_question_may_open_with_a_preposition() -> None:
    assert split(
        "How many participants does a school need, and by when would I hear if it is cancelled?"
    ) == (
        "How many participants does a school need?",
        "By when would I hear if it is cancelled?",
    )


def test_a_question_word_alone_after_and_asks_the_same_thing_again() -> None:
    assert split("What day is the graduation ceremony and where?") == (
        "What day is the graduation ceremony?",
        "Where does it take place?",
    )
    assert split("Le tournoi, c'est quand, et où ?") == ("Le tournoi, c'est quand ?", "C'est où ?")
    assert split("How and when?") is None
    assert split("Can I still switch to another partner, and until when?") == (
        "Can I still switch to another partner?",
        "Until when can I do it?",
    )
    # "…, and how?" asks for the steps; what the asker adds after the question stays with the first.
    assert split("By when do I have to register, and how? A friend says it is a paper form.") == (
        "By when do I have to register? A friend says it is a paper form.",
        "How do I go about it?",
    )
    french = split("Je m'inscris avant quand, et comment ?")
    assert french == ("Je m'inscris avant quand ?", "Comment faire ?")


def test_a_second_thing_after_and_keeps_the_and_of_a_follow_up() -> None:
    # "…? And for the swimming club?" asks the first question again of another thing.
    assert split(
        "My flatmate is 17. Is she old enough for the ultimate club? And for the swimming club?"
    ) == (
        "My flatmate is 17. Is she old enough for the ultimate club?",
        "And for the swimming club?",
    )
    # « on » opening a French second question is its subject, no complement.
    assert split("Elle doit durer combien de temps ? Et on a le droit de la faire à plusieurs ?") == (
        "Elle doit durer combien de temps?",
        "On a le droit de la faire à plusieurs ?",
    )


def test_a_second_question_may_ask_for_a_bound() -> None:
    assert split("How much is a locker for the summer, and up to how much are my things in it insured?") == (
        "How much is a locker for the summer?",
        "Up to how much are my things in it insured?",
    )


def test_an_auxiliary_opens_a_second_question_only_before_its_subject() -> None:
    assert split(
        "Can I talk about my work on the radio, and could I also show a documentary at the club?"
    ) == (
        "Can I talk about my work on the radio?",
        "Could I also show a documentary at the club?",
    )
    assert split("I teach ecology and would like to take my group abroad. What's the procedure?") is None
    # People named by what they are are a subject too.
    assert split("What does it cost to join the club, and do members get any discount on kits?") == (
        "What does it cost to join the club?",
        "Do members get any discount on kits?",
    )


def test_a_second_thing_named_alone_at_the_end_is_asked_the_same_question() -> None:
    assert split("How long does matching take, and after how many sessions do I get a certificate?") == (
        "How long does matching take?",
        "After how many sessions do I get a certificate?",
    )
    assert split("What's the rent for a bedding kit for one semester, and the deposit?") == (
        "What's the rent for a bedding kit for one semester?",
        "What about the deposit?",
    )
    assert split("C'est combien le kit literie pour un semestre, et la caution ?") == (
        "C'est combien le kit literie pour un semestre?",
        "Et la caution ?",
    )
    # Not after a yes/no question, nor a name inside one question.
    assert split("Can I borrow a kit, and the lamp?") is None


def test_a_second_question_of_its_own_or_in_french_is_split() -> None:
    assert split("How many sessions must I attend for the certificate? And does it give credits?") == (
        "How many sessions must I attend for the certificate?",
        "Does it give credits?",
    )
    assert split("Il faut combien de séances pour le certificat ? Et ça rapporte des crédits ?") == (
        "Il faut combien de séances pour le certificat?",
        "Ça rapporte des crédits ?",
    )
    assert split("Le bon monte jusqu'à combien, et combien de temps pour réserver ?") == (
        "Le bon monte jusqu'à combien?",
        "Combien de temps pour réserver ?",
    )
    assert split("Where is it? And when?") is None  # too short to be a question of its own
    # Spoken French asks after the verb: "…, et elles sont attribuées comment ?"…
    assert split("Il y a combien de places au bootcamp, et elles sont attribuées comment ?") == (
        "Il y a combien de places au bootcamp?",
        "Elles sont attribuées comment ?",
    )
    # …or after its subject noun, with a complement after the question word.
    assert split("Il y a combien de places au gala, et le billet coûte combien pour un étudiant ?") == (
        "Il y a combien de places au gala?",
        "Le billet coûte combien pour un étudiant ?",
    )
    # …or puts a thing first and asks yes or no of it.
    assert split("L'adhésion c'est combien pour un étudiant, et la licence, elle est obligatoire ?") == (
        "L'adhésion c'est combien pour un étudiant?",
        "La licence, elle est obligatoire ?",
    )
    # …but a story before a single question asks one thing.
    assert split("Je pars en Espagne, et je dois faire quoi ?") is None
    assert split("Je pars en Espagne, et le visa coûte combien ?") is None


def test_a_second_thing_asked_with_the_first_ones_auxiliary_is_split() -> None:
    # The second part keeps the subject, and the verb when only its complement follows "and".
    assert split("My sister is 14. Could she play in the escape room, and come along to the clean-up?") == (
        "My sister is 14. Could she play in the escape room?",
        "My sister is 14. Could she come along to the clean-up?",
    )
    # A question word may come before the auxiliary.
    assert split("How would I get out to the stables on Tuesdays, and to the caves on Sundays?") == (
        "How would I get out to the stables on Tuesdays?",
        "How would I get out to the caves on Sundays?",
    )
    assert split("Could he come along to see the beehives, and to one of the bird walks?") == (
        "Could he come along to see the beehives?",
        "Could he come along to one of the bird walks?",
    )
    # An adverb before the verb, a place after it, and a complement without a comma.
    assert split("Will I still be here for the olive picking and for the mushroom show?") == (
        "Will I still be here for the olive picking?",
        "Will I still be here for the mushroom show?",
    )
    # A condition or a list's last item asks nothing of its own.
    assert split("Can I bring my partner, and if so how much?") is None
    assert split("Can I bring a towel, a mat, and water?") is None


def test_the_other_case_and_a_quantifier_open_a_second_question() -> None:
    # "…, and if not, who…?": what happens otherwise is a second question, read as a follow-up.
    assert split("Is the health centre open, and if not who do I call?") == (
        "Is the health centre open?",
        "If not who do I call?",
    )
    assert split("Can she sign it herself, and if not, who does?") == (
        "Can she sign it herself?",
        "If not, who does?",
    )
    # The other case asked after the first question's mark, told after the same story.
    assert split("I'm 17. Can I work at the harvest? If not, could I join the orchid counts?") == (
        "I'm 17. Can I work at the harvest?",
        "I'm 17. If not, could I join the orchid counts?",
    )
    assert split("Je peux faire les vendanges ? Sinon, je peux compter les orchidées ?") == (
        "Je peux faire les vendanges?",
        "Sinon, je peux compter les orchidées ?",
    )
    assert split("Is the briefing in English, and is any of the shows in Spanish?") == (
        "Is the briefing in English?",
        "Is any of the shows in Spanish?",
    )


def test_the_size_of_the_thing_just_asked_about_is_not_a_second_question() -> None:
    assert split("How much is the writing retreat, and how many places are there?") is None


def test_nouns_joined_by_and_are_one_question() -> None:
    assert split("What are the Erasmus+ and ICM grants?") is None
    assert split("How and when do I apply?") is None
    assert split("Can I go to Spain and Italy?") is None


def _draft(snippet: str, score: float, answered: bool = True) -> Draft:
    citation = Citation(1, "a.md", "A", None, None, snippet, snippet, 1.0)
    answer = Answer(f"{snippet} [1]", answered, [citation], evidence=Evidence(score=score))
    return Draft(answer, [citation])


def test_the_second_answer_is_numbered_after_the_first() -> None:
    both = joined(_draft("Register on Ariane.", 0.9), _draft("Call +33 4 65 71 00 24.", 0.7))
    assert both.answer.text == "Register on Ariane. [1] Call +33 4 65 71 00 24. [2]"
    assert [c.n for c in both.answer.citations] == [1, 2]
    assert both.answer.evidence.score == 0.7  # as sure as its weaker half


def test_the_same_sentence_twice_does_not_answer_both_parts() -> None:
    assert not answers_both(_draft("One sentence.", 0.9), _draft("One sentence.", 0.9))
    assert answers_both(_draft("One sentence.", 0.9), _draft("Another.", 0.9))


def test_a_first_answer_quoting_the_seconds_sentence_already_answers_both() -> None:
    deposit, travel = "Pay a deposit of €10.", "UM pays their travel up to €400."
    citations = [
        Citation(1, "hack.md", "H", None, None, deposit, deposit, 1.0),
        Citation(2, "hack.md", "H", None, None, travel, travel, 1.0),
    ]
    first = Draft(
        Answer(f"{deposit} [1] {travel} [2]", True, citations, evidence=Evidence(score=0.9)), citations
    )
    assert quotes_all_of(first, _draft(travel, 0.9))
    assert not quotes_all_of(first, _draft("Another.", 0.9))
    assert not quotes_all_of(_draft(deposit, 0.1, answered=False), _draft(deposit, 0.9))
    assert not quotes_all_of(first, _draft(travel, 0.1, answered=False))


def test_a_quote_the_first_answer_gave_is_not_given_again() -> None:
    fair = "Never sign an agreement at a fair."
    president = "Only the President is authorized to sign it."
    citations = [
        Citation(1, "fairs.md", "F", None, None, fair, fair, 1.0),
        Citation(2, "agreements.md", "A", None, None, president, president, 1.0),
    ]
    second = Draft(
        Answer(f"{fair} [1] {president} [2]", True, citations, evidence=Evidence(score=0.9)), citations
    )
    both = joined(_draft(fair, 0.9), second)
    assert both.answer.text == f"{fair} [1] {president} [2]"
    assert [(c.n, c.snippet) for c in both.answer.citations] == [(1, fair), (2, president)]
    assert [c.n for c in both.sources] == [1, 2]


def test_two_french_answers_share_their_frame() -> None:
    lead = "Selon les documents (en anglais) :"
    first, second = _draft("Sixty places.", 0.9), _draft("By lottery.", 0.8)
    first = replace(first, answer=replace(first.answer, text=f"{lead} « Sixty places. » [1]"))
    second = replace(second, answer=replace(second.answer, text=f"{lead} « By lottery. » [1]"))
    assert joined(first, second).answer.text == f"{lead} « Sixty places. » [1] et « By lottery. » [2]"


def test_a_contact_line_read_after_an_unanswered_who_answers_both_parts() -> None:
    line = _draft("Research Funding unit: intl-funding@umontpellier.fr, +33 4 65 81 52 85.", 0.8)
    nothing = _draft("", 0.3, answered=False)
    parts = ("Who at UM can help me with the budget?", "How do I reach them?")
    assert reaches_whom(parts, nothing, line)
    assert reaches_whom(("Quel service s'occupe du budget ?", "Comment le contacter ?"), nothing, line)
    # A first part that was answered is joined as usual; a line without a contact names no one.
    assert not reaches_whom(parts, _draft("The Research Funding unit helps.", 0.9), line)
    assert not reaches_whom(parts, nothing, _draft("The unit helps with budgets.", 0.8))
    # Nor does a first part that asks something else than who.
    assert not reaches_whom(("How much can I ask for?", "How do I reach them?"), nothing, line)


def test_who_asks_holds_for_a_second_yes_no_part() -> None:
    story = "I'm an exchange student here and I'd like to stay on for a master's."
    assert split(f"{story} When can I apply, and could UM give me a certificate of my rank?") == (
        f"{story} When can I apply?",
        f"{story} Could UM give me a certificate of my rank?",
    )
    # …and so does a second thing asked with the first's head.
    assert split(f"{story} Can I sign up for the choir, and for the orchestra?") == (
        f"{story} Can I sign up for the choir?",
        f"{story} Can I sign up for the orchestra?",
    )
    # A follow-up's "What about…?" reads the first part, which holds the story.
    assert split(f"{story} Could I get a room? And what about the canteen?") == (
        f"{story} Could I get a room?",
        "What about the canteen?",
    )


def test_what_about_after_whether_one_may_join_asks_it_of_the_second_activity() -> None:
    first, second = split(
        "I work in the university's admin and I'd like to volunteer. Could I be a mediator at the "
        "aquarium? And what about the bat survey?"
    ) or ("", "")
    assert first.endswith("Could I be a mediator at the aquarium?")
    # Who asks, and what they ask (whether they may take part), hold for the second thing too.
    assert (
        second
        == "I work in the university's admin and I'd like to volunteer. Could I take part in the bat survey?"
    )
    # Asked of a question that is not about joining, it stays a follow-up.
    assert split("Can I bring my dog to the workshop? And what about the lab?") != (
        "Can I bring my dog to the workshop?",
        "Can I take part in the lab?",
    )


def test_a_half_answered_compound_says_the_rest_was_not_found() -> None:
    from assistant.query.compound import partly

    first = _draft("Participants must be 16 or over. [1]", 0.8)
    assert partly(first, "Can I come, and when is the raku weekend?").answer.text.endswith(
        "I found nothing in the documents on the rest of your question."
    )
    french = partly(first, "Je peux venir, et c'est quand le week-end raku ?").answer.text
    assert french.endswith("Je n'ai rien trouvé dans les documents sur la suite de votre question.")
    assert partly(first, "Can I come?").answer.citations == first.answer.citations


def test_a_question_of_its_own_after_a_compound_is_the_second_part() -> None:
    story = "My daughter is 2."
    asked = f"{story} Can I get special arrangements, and what proof do they want? Also, is there childcare?"
    first, second = split(asked) or ("", "")
    # The first part keeps its own two questions, split in turn when it is answered.
    assert first == f"{story} Can I get special arrangements, and what proof do they want?"
    assert second == f"{story} Is there childcare?"


def test_a_question_asked_after_a_yes_no_and_a_story_is_the_second_part() -> None:
    question = (
        "Are scorpions part of the Toiles survey too? I found one in my shoe last week (!!!). "
        "How many did the volunteers record last year?"
    )
    assert split(question) == (
        "Are scorpions part of the Toiles survey too?",
        "I found one in my shoe last week (!!!). How many did the volunteers record last year?",
    )
    # Any first question, when the one after the story opens with "and".
    question = (
        "What language level do they ask for at the salt works? My French is around B1. "
        "And is speaking Mandarin any use there?"
    )
    assert split(question) == (
        "What language level do they ask for at the salt works?",
        "My French is around B1. And is speaking Mandarin any use there?",
    )
    # A story before a single question, and a first question that is no yes/no, give no parts.
    assert split("I found a scorpion in my shoe. How many did the volunteers record?") is None
    assert split("Beginners' course or servicing course? I can't decide. Which is cheaper?") is None


def test_two_questions_asked_in_turn_are_two_parts_unless_the_second_asks_the_same_thing() -> None:
    from assistant.query.compound import in_turn

    question = "I'm 17. Can I join the squash club at my age? Do I need some kind of paper from my parents?"
    assert split(question) == (
        "I'm 17. Can I join the squash club at my age?",
        "I'm 17. Do I need some kind of paper from my parents?",
    )
    assert in_turn(question, split(question))
    french = "Il y a une séance découverte gratuite chez Dink ? Elle tombe quand ?"
    assert split(french) == ("Il y a une séance découverte gratuite chez Dink ?", "Elle tombe quand ?")
    # The first's thing asked again, the other case, or a part too short to ask alone: one question.
    assert split("Can I ring the circus club about the aerial class? What's their number?") is None
    assert split("La maison d'hôtes ferme l'été pour l'entretien ? C'est à quelles dates ?") is None
    assert split("Je peux poser la mandoline sur ma chaise ? Ou c'est mal vu ?") is None
    assert split("Les lauréats ont-ils une aide pour aller en colloque ? De combien ?") is None
    joined = "Can I join the club, and what does it cost?"
    assert not in_turn(joined, split(joined))


def test_a_second_part_asked_of_what_the_texts_do_not_say_there_is_is_not_answered() -> None:
    from assistant.query.compound import whether_unsaid

    unfound = Draft(Answer(text="I could not find this.", answered=False), [])
    off = Draft(
        Answer(text="I could not find this.", answered=False, evidence=Evidence(off_subject=True)), []
    )
    found = Draft(Answer(text="Yes. [1]", answered=True), [])
    easter = ("Does the agreement cover jobs during the Easter holidays?", "And what would the pay be then?")
    assert whether_unsaid(easter, unfound)
    assert not whether_unsaid(easter, found)
    # A second question of its own is answered on its own, unless the texts never name the first's thing.
    scorpions = ("Are scorpions part of the survey too?", "How many did the volunteers record last year?")
    assert not whether_unsaid(scorpions, unfound)
    assert whether_unsaid(scorpions, off)
    # Only a yes/no first part asks whether there is the thing.
    assert not whether_unsaid(("Which jobs does the agreement cover?", "And what is the pay then?"), unfound)


def test_a_bare_second_part_reads_the_first_part_s_question_without_the_story() -> None:
    from assistant.query.compound import first_as_read

    story = "Ma copine joue au squash depuis le lycée à Lahore et elle veut absolument m'initier."
    asked = "Il y a une séance découverte gratuite chez Boast ?"
    first = f"{story} {asked}"
    assert first_as_read((first, "Elle tombe quand ?")) == asked
    # A longer second part keeps the story; so does a first part that stands for it.
    assert first_as_read((first, "Et il faut amener sa raquette ou le club en prête ?")) == first
    whom = "I want to ask about the thesis award. Which office is in charge?"
    assert first_as_read((whom, "What's their email?")) == whom
    that = "Our group wants funding for a project in Senegal. Does the university help with that?"
    assert first_as_read((that, "How much?")) == that


def test_the_other_case_asking_for_somewhere_else_is_told_apart() -> None:
    from assistant.query.compound import asks_elsewhere

    assert asks_elsewhere(
        "I can't ride a bike. If not, is there anywhere at the university where I could learn?"
    )
    assert asks_elsewhere("If not, where else on campus can I play?")
    assert asks_elsewhere("Sinon, il y a un endroit pour apprendre ?")
    assert not asks_elsewhere("If not, could I at least join the counts?")
    assert not asks_elsewhere("Is there anywhere to park?")  # no other case: the same page may say
    # A place of the university at large, not of the page the first part is answered from.
    assert asks_elsewhere("Is that a problem, and is there somewhere on campus I can get the shot?")


def test_somewhere_else_is_asked_without_the_first_pages_subject_in_the_story() -> None:
    from assistant.query.compound import told_without

    part = "I'd like to join the sailing club, but I can't swim. If not, is there anywhere I could learn?"
    asked = told_without(part, {"Bordée: the sailing club of UM, 2027-2028"})
    assert "sailing" not in asked and "club" not in asked
    assert "can't swim" in asked and asked.endswith("If not, is there anywhere I could learn?")


def test_a_french_story_then_one_question_asked_last_is_not_split() -> None:
    # "…mardi soir, et j'avais prévu short et tongs… Je prends quoi en vrai ?": the first part
    # asks nothing; "en vrai" after the question word does not make it another question.
    story = "Première sortie mardi soir, et j'avais prévu short et tongs vu la chaleur…"
    assert split(f"{story} Je prends quoi en vrai ?") is None


def test_what_the_asker_states_as_known_before_but_is_no_question_of_its_own() -> None:
    # "The Family Desk gives a birth kit" asks nothing: the question starts at "do they".
    question = "The Family Desk gives a birth kit, but do they also lend a pram? Ours is lost."
    assert split(question) is None
    # A clause that asks is still a question of its own.
    assert split("Can I join the club, but do I need a licence first?") is not None


def test_what_the_asker_heard_is_checked_claim_by_claim() -> None:
    from assistant.query.compound import claims_apart

    question = (
        "A friend said you pay €25 to sit it and there's only one exam date, in March. "
        "Is that still how it works?"
    )
    parts = split(question)
    assert parts == (
        "A friend said you pay €25 to sit it. Is that still how it works?",
        "A friend said there's only one exam date, in March. Is that still how it works?",
    )
    assert claims_apart(parts)
    # "4 minutes and 3 slides" is one claim; a question that does not ask whether it holds is not
    # split on what was heard.
    assert split("Someone said you get 4 minutes and 3 slides. Is that right?") is None
    assert split("A friend said you pay €25 and there's one date. When is it?") is None
    # "According to her, …" tells what was heard; "Does it still work like that?" asks if it holds.
    assert split(
        "According to her, everyone competes alone, you get 10 straws on the day. "
        "Does it still work like that?"
    ) == (
        "According to her, everyone competes alone. Does it still work like that?",
        "According to her, you get 10 straws on the day. Does it still work like that?",
    )


def test_a_second_part_with_a_story_of_its_own_is_not_told_the_first_ones() -> None:
    parts = split(
        "Money's tight this year. If I join the band, how much do I pay in total? "
        "And I'd love to try the accordion later: do I have to buy one?"
    )
    assert parts is not None
    assert not parts[1].startswith("Money's tight")
    assert parts[1].startswith("I'd love to try the accordion later")


def test_over_there_points_at_the_first_parts_place() -> None:
    assert points_there("How much does a bed cost over there?")
    assert points_there("Et le logement là-bas, ça coûte combien ?")
    # "out there at night" is outdoors, not the first part's page.
    assert not points_there("What am I not supposed to do out there at night?")


def test_two_facts_of_one_thing_of_two_types_are_asked_apart() -> None:
    asked = "At the club, what's the minimum age and the price of the beginners' course? I'm asking because."
    assert split(asked) == (
        "At the club, what's the minimum age of the beginners' course?",
        "What is the price of the beginners' course?",
    )
    # Two facts of one type, or no types at all, are one question.
    assert split("What are the aims and the scope of the programme?") is None


def test_a_part_naming_one_thing_asks_of_the_first_parts_thing() -> None:
    from assistant.query.followup import names_one_thing_at_most

    assert names_one_thing_at_most("What are the conditions?")
    assert names_one_thing_at_most("Et le logement ?")
    assert not names_one_thing_at_most("Who signs these agreements at UM?")


def test_a_spoken_french_second_question_may_count_after_its_question_word() -> None:
    asked = (
        "Les sorties, c'est sur quelle période exactement, et on s'engage sur combien de nuits au minimum ?"
    )
    assert split(asked) == (
        "Les sorties, c'est sur quelle période exactement?",
        "On s'engage sur combien de nuits au minimum ?",
    )


def test_an_office_s_hours_asked_after_its_contact_line_are_its_tail() -> None:
    from assistant.query.compound import reached_in_first
    from assistant.query.questions import expected_types, satisfies

    line = _draft(
        "Maillet, Student House: maillet@asso.umontpellier.fr. Room 231; Thursday, 12:30–14:00.", 0.8
    )
    parts = ("Who do I write to about Maillet?", "And when is someone actually in their office?")
    assert reached_in_first(parts, line)
    # A contact line without hours does not say when the office is open.
    assert not reached_in_first(parts, _draft("Maillet: maillet@asso.umontpellier.fr.", 0.8))
    # Whom to write to is said by an address to write to, not by a body's name alone.
    kinds = expected_types(parts[0])
    assert not satisfies(kinds, "Maillet is the croquet association of the Student House.", parts[0])
    assert satisfies(kinds, "Maillet, Student House: maillet@asso.umontpellier.fr.", parts[0])
    # So is whom to reach when the question asks how: « Qui organise Carton Plein, comment je les joins ? »
    question = "Qui organise Carton Plein, comment je les joins ?"
    assert not satisfies(
        expected_types(question), "Carton Plein is run by the Student Events Team.", question
    )


def test_whose_opens_a_second_question() -> None:
    assert split("I cut my finger. First aid steps, and whose number should I ring?") == (
        "I cut my finger. First aid steps?",
        "Whose number should I ring?",
    )


def test_a_fact_named_with_no_verb_is_asked() -> None:
    # "Student membership price at UM's croquet association" is no statement the asker gives.
    assert split(
        "Student membership price at UM's croquet association, and do they want a medical certificate?"
    ) == (
        "Student membership price at UM's croquet association?",
        "Do they want a medical certificate?",
    )
    assert split("The membership price went up, and do they still lend the mallets?") is None
    assert split("The membership fee covers insurance, and do they lend the mallets?") is None


def test_a_french_yes_no_question_after_the_others_is_a_second_part() -> None:
    assert split("Pour le concours, on s'inscrit où, avant quand, et c'est payant ?") == (
        "Pour le concours, on s'inscrit où, avant quand?",
        "C'est payant ?",
    )


def test_a_question_after_a_request_that_follows_the_first_is_a_second_part() -> None:
    assert split(
        "gachette contact pls? email + phone + where the office is. also i'm 17, can i even sign up?"
    ) == ("gachette contact pls? email + phone + where the office is.", "I'm 17, can i even sign up?")
    # A story before the question is no first question: "also" opens no second one.
    assert split("I run a lot. Also I'm 17, can I even sign up?") is None


def test_questions_in_a_series_are_parts_and_so_is_the_question_of_a_case() -> None:
    assert split(
        "How many mornings would I have to commit to, how long do we stand at each stop, and what kind"
        " of wind means the morning is off?"
    ) == (
        "How many mornings would I have to commit to?",
        "How long do we stand at each stop, and what kind of wind means the morning is off?",
    )
    # Of the same thing ("they"), or after a comma of its own, the series is read whole.
    assert split("How much do the lessons cost, how many evenings do they last, and when are they?") == (
        "How much do the lessons cost, how many evenings do they last?",
        "When are they?",
    )
    assert (
        split("What's the hourly pay, do Sundays pay more, how many days a week could I work at most?")
        is None
    )
    assert split("How much is membership, and if I want my own pistol, what's the price?") == (
        "How much is membership?",
        "If I want my own pistol, what's the price?",
    )


def test_how_many_there_are_of_the_thing_just_asked_about_is_no_second_part() -> None:
    assert split("What do the beginners' lessons cost and how many are there? My cousin is confused.") is None


def test_a_second_answer_that_quotes_the_first_again_with_its_next_sentence_answers_nothing() -> None:
    from assistant.domain import Answer, Citation, Draft, Evidence
    from assistant.query.compound import answers_both

    def draft(*snippets: str) -> Draft:
        citations = [Citation(k, "d.md", "D", None, None, s, s, 1.0) for k, s in enumerate(snippets, 1)]
        return Draft(
            Answer(text=" ".join(snippets), answered=True, citations=citations, evidence=Evidence()), []
        )

    first = draft("The specialist sees students free of charge.")
    assert not answers_both(first, draft("The specialist sees students free of charge. It is meant for all."))
    assert answers_both(first, draft("1. Check your name. 2. The specialist sees students free of charge."))


def test_a_thing_put_first_is_what_the_second_question_word_asks_of() -> None:
    assert split("Et la grande finale, quand et dans quelle salle ?") == (
        "Et la grande finale, quand?",
        "La grande finale, dans quelle salle ?",
    )
