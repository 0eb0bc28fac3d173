"""Follow-ups read with the conversation, and the second part of a compound question asked of
the service the first answer names."""

from __future__ import annotations

from assistant.domain import Turn
from assistant.query.followup import about_the_service, goes_on, named_service, with_previous


def test_the_service_an_answer_names_is_found_without_its_article() -> None:
    answer = "The Incoming Exchange desk of the International Relations Department handles the requests. [1]"
    assert named_service(answer) == "Incoming Exchange desk"
    assert named_service("Ask the Lost Property office on the Richter campus.") == "Lost Property office"
    # A contact line opens with its service's name, written as a name.
    line = "International Documents Desk, International Relations Department: desk@umontpellier.fr"
    assert named_service(line) == "International Documents Desk"
    assert named_service("Contact the International Relations Department.") is None
    assert named_service("Students apply online before 1 March.") is None


def test_a_pronoun_for_the_service_is_replaced_by_its_name() -> None:
    assert about_the_service("What are their opening hours?", "Incoming Exchange desk") == (
        "What are the Incoming Exchange desk's opening hours?"
    )
    assert about_the_service("When is it open?", "Certificates desk") == "When is the Certificates desk open?"
    assert about_the_service("How do I reach them?", "Lost Property office") == (
        "How do I reach the Lost Property office?"
    )


def test_only_a_contact_hours_or_place_question_is_asked_of_the_service() -> None:
    # What the service does is not asked of it: "it" may be the thing the first part was about.
    assert about_the_service("How much does it cost?", "Housing office") is None
    assert about_the_service("What is the phone number?", "Housing office") is None  # no pronoun
    # In French, the service is named after the question, which the French reading keeps as a name.
    assert about_the_service("Quand est-ce qu'il est ouvert ?", "Housing office") == (
        "Quand est-ce qu'il est ouvert, Housing office ?"
    )
    assert about_the_service("Ça coûte combien ?", "Housing office") is None


def test_a_follow_up_after_what_is_reads_the_topic_not_the_definition_frame() -> None:
    history = [Turn("user", "What's Passe-Murailles?"), Turn("assistant", "A programme of workshops.")]
    assert with_previous("And if I miss a week?", history) == "Passe-Murailles?\nAnd if I miss a week?"
    history = [Turn("user", "C'est quoi Quart de Tour ?"), Turn("assistant", "Le club de speedcubing.")]
    assert with_previous("Et ça rapporte des crédits ?", history).startswith("Quart de Tour ?")


def test_a_reply_before_the_question_goes_on_with_the_conversation() -> None:
    assert goes_on("Ah sympa. Mais j'ai 17 ans, je peux quand même venir ?")
    assert goes_on("Cool. When do I get my bowls back?")
    assert goes_on("And what if my wifi cuts out in the middle of it?")  # a pronoun, as before
    assert not goes_on("Which travel agency does UM use to book staff flights?")
    assert not goes_on("Any tips for memorising irregular German verbs?")


def test_the_same_question_asked_of_another_case_swaps_the_subject() -> None:
    from assistant.query.followup import swaps_the_subject

    assert swaps_the_subject("And if it's in Vietnamese?")
    assert swaps_the_subject("Et si c'est en vietnamien ?")
    # A question of its own after the case asks anew.
    assert not swaps_the_subject("And if it is for a PhD, how long does it take?")


def test_where_the_service_the_first_answer_names_is_asked_of_it_by_name() -> None:

    answer = "If the ear still hurts, go to the nurses of the Student Health Service, +33 4 67 14 72 31. [1]"
    assert named_service(answer) == "Student Health Service"
    assert (
        about_the_service("Where exactly on campus are they?", "Student Health Service")
        == "Where exactly on campus are the Student Health Service?"
    )
    assert about_the_service("Why are they so strict?", "Student Health Service") is None


def test_the_service_is_named_by_the_answers_first_quote() -> None:
    answer = (
        "Poussée, Student House: poussee@asso.umontpellier.fr. [1] Serenata, Culture Department E-mail:"
        " serenata@umontpellier.fr [2]"
    )
    assert named_service(answer) is None
    # A desk named with capitals, as a French answer quotes it.
    quoted = "Selon les documents (en anglais) : « The Good Neighbour Desk of the Department helps » [1]"
    assert named_service(quoted) == "Good Neighbour Desk"
