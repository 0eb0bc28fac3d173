"""Which institution a page is about: a page about another one never answers for the university."""

import pytest

from assistant.institutions import about, named_in

OTHER = "https://www.imt-mines-ales.fr/en/international"
OURS = "https://www.umontpellier.fr/en/international"


@pytest.mark.parametrize(
    ("title", "text", "url", "institution"),
    [
        ("Incoming students – Université de Nîmes", "", None, "Université de Nîmes"),
        ("Partners of the University of Montpellier", "", None, None),
        # A university's own service, not another university.
        ("Joining the University Choir and the University Symphony Orchestra", "", OURS, None),
        ("Joining the University Choir", "", None, None),
        ("Exchanges – Universität Wien", "", None, "Universität Wien"),
        # A page on another institution's website is about the institution its text names most.
        (
            "Insurance and travel",
            "IMT Mines Alès, a school of the Institut Mines-Télécom.",
            OTHER,
            "Institut Mines-Télécom",
        ),
        ("Student jobs", "At Avignon Université, students work on campus.", OTHER, "Avignon Université"),
        (
            "Field trips",
            "At Université Côte d'Azur, field trips last a week.",
            OTHER,
            "Université Côte d'Azur",
        ),
        # Its acronym and town open the title: "KU Leuven", "ETH Zurich".
        ("KU Leuven – the golf club and the rocketry team", "", OTHER, "KU Leuven"),
        ("KU Leuven – the golf club", "", None, None),
        # Elsewhere but naming no institution: general information (the Erasmus+ agency's page).
        ("Green travel", "Students travel by train to their host university.", OTHER, None),
        # On the university's own website, or with no address, a page names partners freely.
        ("French courses", "Take courses at the Institute of French Studies.", OURS, None),
        ("French courses", "Take courses at the Institute of French Studies.", None, None),
        ("Double degrees", "UM offers double degrees with the Universidad de los Andes.", None, None),
    ],
)
def test_the_institution_a_page_is_about(
    title: str, text: str, url: str | None, institution: str | None
) -> None:
    assert about(title, text, url) == institution


def test_a_question_names_an_institution_by_its_initials() -> None:
    assert named_in("Institut Mines-Télécom", "What insurance does IMT Mines Alès require?")
    assert not named_in("Institut Mines-Télécom", "What insurance does UM require?")


def test_a_single_initial_is_no_acronym() -> None:
    # The initial of "Université d'Angers" is "a": every English question would name it.
    assert not named_in("Université d'Angers", "Is there a deposit for a cello?")
    assert named_in("Université d'Angers", "What does a check-up cost at the Université d'Angers?")
