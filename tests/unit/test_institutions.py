"""Which institution a page is about: a page about another one never answers for the university."""

import pytest

from assistant.institutions import about, named_in


@pytest.mark.parametrize(
    ("title", "text", "institution"),
    [
        ("Incoming students – Université de Nîmes", "", "Université de Nîmes"),
        ("Partners of the University of Montpellier", "", None),
        # The title names no institution: the page that never names UM is about the one it names.
        (
            "Insurance and green travel",
            "IMT Mines Alès, a school of the Institut Mines-Télécom, ...",
            "Institut Mines-Télécom",
        ),
        (
            "Student jobs",
            "At Avignon Université, students work on campus. Avignon Université pays...",
            "Avignon Université",
        ),
        ("Field trips", "At Université Côte d'Azur, field trips last a week.", "Université Côte d'Azur"),
        # A page of the university's own may name partners: it names UM too.
        ("Double degrees", "UM offers double degrees with the Universidad de los Andes.", None),
        ("Green travel", "Students travel by train to their host university.", None),
    ],
)
def test_the_institution_a_page_is_about(title: str, text: str, institution: str | None) -> None:
    assert about(title, text) == institution


def test_a_question_names_an_institution_by_its_initials() -> None:
    assert named_in("Institut Mines-Télécom", "What insurance does IMT Mines Alès require?")
    assert not named_in("Institut Mines-Télécom", "What insurance does UM require?")
