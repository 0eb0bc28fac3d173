from assistant.text import (
    Words,
    answers_faq,
    index_terms,
    language,
    normalize_for_match,
    spelled_initials,
    split_sentences,
)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_split_on_terminal_punctuation() -> None:
    text = "First sentence. Second one! Third? Fourth"
    assert sentences(text) == ["First sentence.", "Second one!", "Third?", "Fourth"]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Degrees (exchanges, etc.) or research. Founded by J. Smith in the U.S. in 1985. Done."
    assert sentences(text) == [
        "Degrees (exchanges, etc.) or research.",
        "Founded by J. Smith in the U.S. in 1985.",
        "Done.",
    ]


def test_normalize_for_match_drops_accents_case_and_punctuation() -> None:
    assert normalize_for_match("Université d'Excellence!") == "universitedexcellence"


def test_index_terms_stem_and_drop_stopwords() -> None:
    assert index_terms("Who signs the partnership agreements?") == ["sign", "partnership", "agreement"]


def test_a_dash_parts_words_as_a_hyphen_does() -> None:
    # Folded to ASCII, an en dash would vanish and "2027–2028" become one word, which "2028-2029"
    # would then seem to name.
    assert index_terms("2027–2028, UK—Switzerland") == ["2027", "2028", "uk", "switzerland"]
    assert not Words(index_terms("Service packages 2027–2028")).covers("2029|29")


def test_what_a_contraction_adds_is_no_term_and_a_curly_apostrophe_is_a_straight_one() -> None:
    from assistant.query.questions import expected_types
    from assistant.text import plain_apostrophes

    # "re" and "don" matched every page that says "you're" or "don't" and weighed as rare words.
    assert index_terms("You're supposed to sign, but I don't understand it and can't read it") == [
        "suppos",
        "sign",
        "understand",
        "read",
    ]
    assert index_terms("re-enrol") == ["re", "enrol"]
    # A phone types "C’est", "don’t": the same words and the same question as "C'est", "don't".
    assert index_terms("I don’t know, qu’il") == index_terms("I don't know, qu'il") == []
    assert plain_apostrophes("C’est combien l’inscription ?") == "C'est combien l'inscription ?"
    question = "C'est combien l'inscription, et je m'inscris où ?"
    assert expected_types(question.replace("'", "’")) == expected_types(question)


def test_a_prefix_covers_a_word_that_differs_by_an_ending_not_a_longer_word() -> None:
    assert Words(["registr"]).covers("regist")
    assert Words(["signatur"]).covers("sign")
    # "citi" (city) does not make a page name citizenship, nor "citizenship" cities.
    assert not Words(["citi"]).covers("citizenship")
    assert not Words(["citizenship"]).covers("citi")


def test_a_bound_said_in_stopwords_is_indexed_as_the_word_a_question_uses() -> None:
    assert "maximum" in index_terms("Students pay at most €150 per trip")
    assert "maximum" in index_terms("The allowance is capped at €7,500 per household")
    assert "maximum" in index_terms("The fee may not exceed 500 euros")
    assert "minimum" in index_terms("at least 2 weeks")
    assert "maximum" not in index_terms("Sign up to the mailing list")


def test_language_of_a_question() -> None:
    assert language("Qui signe les accords de partenariat ?") == "fr"
    assert language("Qu'est-ce que le projet MUSE ?") == "fr"
    assert language("Who signs the partnership agreements?") == "en"
    assert language("MUSE") == "en"  # unsure: English, the language of the texts


def test_british_and_american_spellings_cover_each_other() -> None:
    from assistant.text import coverage, index_terms, spellings

    organisation, organization = index_terms("organisation organization")
    assert coverage({organisation: 1.0}, [organization]) == 1.0
    assert coverage({"colour": 1.0}, ["color"]) == 1.0
    assert coverage({"centr": 1.0}, ["center"]) == 1.0
    assert coverage({"doctor": 1.0}, ["doctorat"]) == 1.0  # a prefix still covers
    assert set(spellings(organisation)) == {organisation, organization}
    assert spellings("is") == ["is"]


def test_the_acronyms_a_text_spells_out() -> None:
    found = spelled_initials("write to Human Resources Department or the Office of International Relations.")
    assert {"hr", "hrd", "oir", "ir"} <= found
    assert "h" not in found  # one letter is no acronym
    assert "rdo" not in found  # "or" ends a name


def test_accents_and_elisions_say_french() -> None:
    # Folded, "à" reads as the English "a" and "peut-on" gives "on": the marks settle it.
    assert language("Jusqu'à quand peut-on s'inscrire à la formation Teaching in English ?") == "fr"
    assert language("What is the année de césure?") == "en"
    assert language("What's the deadline for the Université de Nîmes exchange?") == "en"


def test_an_faq_answer_is_the_few_sentences_after_its_question() -> None:
    said = ["Do I keep the grant?", "No.", "Both trips must be by train."]
    assert answers_faq(said[:1], "No.")
    assert answers_faq(said, "If one of them is a flight, it is not.")
    assert not answers_faq([*said, "Third."], "Fourth.")  # the next topic
    assert not answers_faq(said, "And the return?")  # a question answers nothing
    assert not answers_faq(["No question here."], "None after it.")


def test_an_english_possessive_is_no_french_elision() -> None:
    from assistant.text import language

    assert language("Student membership price at UM's croquet association?") == "en"
    assert language("Il s'inscrit où ?") == "fr"


def test_a_compound_that_echoes_itself_is_one_term() -> None:
    # A flip-flop is no flip: "What if it flips over?" is not answered by the shoes not to wear.
    assert index_terms("never flip-flops; ping-pong, hip-hop") == ["never", "flipflop", "pingpong", "hiphop"]
    assert "flip" not in index_terms("flip-flops") and "flip" in index_terms("if it flips over")
    assert index_terms("a well-known check-in") == ["well", "known", "check"]
