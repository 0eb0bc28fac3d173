"""Parsing each format, without the model: the HTML parser and the reasons unreadable files give."""

from pathlib import Path

import pytest

from assistant.ingest.corpus import DocumentError, read_document, scan_one
from assistant.ingest.formats import parse_html, parse_markdown, parse_pdf
from tests.utils.documents import HTML_PAGE, write_pdf


def test_html_parser_prefers_main_content() -> None:
    parsed = parse_html(HTML_PAGE.encode())
    assert parsed.title == "Summer school in tropical ecology"
    assert [s.heading for s in parsed.sections] == ["Summer school in tropical ecology", "Applications"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"", "empty"),
        ("corrupt.pdf", b"%PDF-1.4\nthis is not really a pdf\n%%EOF", "PDF"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("broken.docx", b"PK\x03\x04 not a zip", "Word"),
        ("blank.html", b"<html><body><nav>menu</nav></body></html>", "no text"),
    ],
)
def test_unreadable_files_give_a_clear_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        read_document(scan_one(path, tmp_path))


def test_a_table_row_is_the_documents_own_text_under_its_header() -> None:
    parsed = parse_markdown(
        "# Grants\n\nThe grant depends on the distance:\n\n"
        "| One-way distance | Travel allowance |\n|---|---|\n"
        "| 10 to 99 km | €23 |\n| 8,000 km or more | €1,500 |\n"
    )
    (table,) = [b for s in parsed.sections for b in s.blocks if b.kind == "table"]
    assert table.text == "The grant depends on the distance:"
    assert table.header == "One-way distance | Travel allowance"
    assert table.items == ("10 to 99 km | €23", "8,000 km or more | €1,500")


def test_a_pdf_line_cut_before_a_number_stays_in_its_sentence(tmp_path: Path) -> None:
    # The layout cut a phone number; the rest of it ("18.") opens the next line like list item 18.
    page = (
        "Contact\n"
        "Certificate team: skills@umontpellier.fr, +33 4 65 81 52\n"
        "18. Maison des Etudiants, Triolet campus; Tuesday, 13:30-16:30.\n"
        "Steps\n"
        "To apply, proceed as follows:\n"
        "1. Fill in the form.\n"
        "2. Send it to the team.\n"
    )
    parsed = parse_pdf(write_pdf(tmp_path / "a.pdf", [page]).read_bytes())
    blocks = [b for s in parsed.sections for b in s.blocks]
    line = next(b for b in blocks if "skills@" in b.text)
    assert "+33 4 65 81 52 18. Maison des Etudiants" in line.text and not line.items
    steps = next(b for b in blocks if b.items)
    assert steps.items == ("Fill in the form.", "Send it to the team.")


def test_a_pdf_table_is_read_as_rows_under_its_header(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Points\nEach activity brings points, as follows:")
    rows = [
        ("Activity", "Points", "Proof"),
        ("Study exchange abroad, one semester or more", "40", "transcript of records"),
        ("Language certificate at B2 level or above, other than French or Occitan", "20", "certificate"),
        ("Gap period abroad", "30", "report"),
    ]
    with pdf.table(col_widths=(90, 25, 55), line_height=6) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 6, "\nThe same activity counts only once.")
    path = tmp_path / "points.pdf"
    pdf.output(str(path))
    blocks = [b for s in parse_pdf(path.read_bytes()).sections for b in s.blocks]
    table = next(b for b in blocks if b.kind == "table")
    assert table.header == "Activity | Points | Proof"
    assert table.items[0] == "Study exchange abroad, one semester or more | 40 | transcript of records"
    # A cell that wraps onto a second line stays one cell.
    assert table.items[1].startswith(
        "Language certificate at B2 level or above, other than French or Occitan | 20"
    )
    assert table.text.endswith("as follows:")
    assert any(b.text == "The same activity counts only once." for b in blocks)


def test_a_pdf_header_cell_that_wraps_stays_in_the_header() -> None:
    from assistant.ingest.formats.pdf import _table

    layout = [
        "Moving from              Allowance for the      Supplement per",
        "                         staff member           family member",
        "Europe                   €1,800                 €400",
        "rest of the world        €4,000                 €800",
    ]
    rows = _table(layout)
    assert rows is not None
    assert rows[0] == ["Moving from", "Allowance for the staff member", "Supplement per family member"]
    assert rows[1:] == [["Europe", "€1,800", "€400"], ["rest of the world", "€4,000", "€800"]]


def test_a_pdf_row_centred_on_its_middle_line_is_one_row() -> None:
    from assistant.ingest.formats.pdf import _table

    # The longer cells of a row start a line above its first cell and end a line below; a cell
    # carried on ("…per hour and per", "volunteer who") tells which row a line belongs to.
    layout = [
        "Who                      What they get                          Limit",
        "                         €12 per hour and per",
        "team leader              volunteer, paid each month             up to €300 a month",
        "                         by transfer",
        "casual helper            a meal voucher per shift               at most 2 shifts a day",
        "volunteer who            a thank-you gift of a                  at least 10 shifts",
        "helps every week         sweatshirt                             in the year",
    ]
    rows = _table(layout)
    assert rows == [
        ["Who", "What they get", "Limit"],
        ["team leader", "€12 per hour and per volunteer, paid each month by transfer", "up to €300 a month"],
        ["casual helper", "a meal voucher per shift", "at most 2 shifts a day"],
        [
            "volunteer who helps every week",
            "a thank-you gift of a sweatshirt",
            "at least 10 shifts in the year",
        ],
    ]
    # A cell's lines follow each other: first-column text under a line that left that column
    # empty starts the next row, whose other cells come on its middle line.
    contacts = [
        "Situation            Who                        How to reach them",
        "fire or smoke        the fire brigade, then     18 or 112",
        "                     the security post",
        "a blocked exit,",
        "a broken alarm       Safety Service             safety@example.org",
        "or a leak",
    ]
    assert _table(contacts) == [
        ["Situation", "Who", "How to reach them"],
        ["fire or smoke", "the fire brigade, then the security post", "18 or 112"],
        ["a blocked exit, a broken alarm or a leak", "Safety Service", "safety@example.org"],
    ]
    # A header cell ending in such a word ("Registration by") keeps the rows under it apart.
    dates = [
        "Event               Registration by",
        "Welcome day         1 September",
        "Farewell party      1 June",
    ]
    assert _table(dates) == [
        ["Event", "Registration by"],
        ["Welcome day", "1 September"],
        ["Farewell party", "1 June"],
    ]


def test_a_pdf_table_with_justified_cells_is_cut_at_its_header_columns() -> None:
    from assistant.ingest.formats.pdf import _table

    def line(*cells: str) -> str:
        return "".join(cell.ljust(width) for cell, width in zip(cells, (46, 28, 0), strict=False))

    # Justified cells have gaps as wide as the columns'; one runs into the next column.
    layout = [
        line("Support", "For whom", "Amount or limit"),
        line("accessible     mobility     top-up,     for", "outgoing students", "up to €250 a month"),
        line("extra costs abroad"),
        line("travel of an accompanying person", "outgoing students who", "one     return     journey,"),
        line("", "need a companion", "up to €600"),
        "preparatory     visit     to     the      host" + "outgoing students".ljust(28) + "one visit",
        line("university"),
    ]
    rows = _table(layout)
    assert rows is not None
    assert rows[0] == ["Support", "For whom", "Amount or limit"]
    assert rows[2] == [
        "travel of an accompanying person",
        "outgoing students who need a companion",
        "one return journey, up to €600",
    ]
    assert rows[3] == ["preparatory visit to the host university", "outgoing students", "one visit"]
    # Prose whose justified gaps do not fall at the columns stays prose.
    prose = [
        line("Support", "For whom"),
        "The    support    committee    decides    within    one    month    and    tells    you",
        "by    e-mail;    the    first    payment    comes    with    your    mobility    grant.",
    ]
    assert _table(prose) is None


def test_a_pdf_table_whose_justified_cells_close_the_gap_between_columns_is_cut_at_them() -> None:
    from assistant.ingest.formats.pdf import _table

    # Cells justified to their column's width leave two spaces before the next column, so the
    # gaps alone merge them ("…on  your  Mutuelle Campus Sud"); a justified header cell ("EU
    # grant") does not open a column that no row fills.
    layout = [
        "Situation                             Who                            How to reach them"
        + " " * 16
        + "x",
        "a  claim,  or  a  question  on  your  Mutuelle Campus Sud            +33   4   67   20   55",
        "contract                                                             Monday to Saturday",
        "help  to  choose  a  cover,  or  a    Housing   and   Insurance      housing@umontpellier.fr",
        "problem with the UM offer             desk, UM",
    ]
    rows = _table(layout)
    assert rows is not None
    assert rows[0] == ["Situation", "Who", "How to reach them x"]
    assert rows[1] == [
        "a claim, or a question on your contract",
        "Mutuelle Campus Sud",
        "+33 4 67 20 55 Monday to Saturday",
    ]
    assert rows[2] == [
        "help to choose a cover, or a problem with the UM offer",
        "Housing and Insurance desk, UM",
        "housing@umontpellier.fr",
    ]


def test_a_justified_cell_that_touches_the_next_column_keeps_its_last_letter() -> None:
    from assistant.ingest.formats.pdf import _table

    # The layout sets the last letter of a justified cell on the next column's start
    # ("first18:00"): the cut goes where the letters give way to the figures, not at the column.
    layout = [
        "Activity                           When                         Price",
        "discovery  session:  the  stick,   Friday  1  October  2027,    free",
        "the   wrist   shot   and   a   first18:00–20:00",
        "game",
        "brick  sessions:  a  ride  and  a  Thursday,    17:30–19:30,    €20",
        "run,   straight   after,   in   8  from 2 March 2028",
        "sessions                           ",
        "beginners'       sessions       at Wednesday,                   included",
        "lunchtime                          12:15–13:30                  ",
    ]
    rows = _table(layout)
    assert rows is not None
    assert rows[1] == [
        "discovery session: the stick, the wrist shot and a first game",
        "Friday 1 October 2027, 18:00–20:00",
        "free",
    ]
    assert rows[2][1] == "Thursday, 17:30–19:30, from 2 March 2028"


def test_a_pdf_table_whose_cells_are_centred_on_several_lines_is_read_by_the_plain_texts_rows() -> None:
    from assistant.ingest.formats.pdf import _page_lines

    # The layout cannot tell that "regional university" starts a row whose dates take three lines
    # and whose last cell is centred on the middle one; the plain text gives each cell's lines
    # together, one cell after the other.
    layout = "\n".join(
        [
            "Stage                      When                               What happens",
            "skills test                4 November 2027                    the coach decides who plays",
            "regional       university  November   2027   to   March",
            "championship               2028,       on       Wednesday     home and away matches",
            "                           evenings",
            "Mistral Trophy             17 June 2028, in the gym           the club's tournament",
        ]
    )
    plain = "\n".join(
        [
            "Stage When What happens",
            "skills test 4 November 2027 the coach decides who plays",
            "regional  university",
            "championship",
            "November  2027  to  March",
            "2028,  on  Wednesday",
            "evenings",
            "home and away matches",
            "Mistral Trophy 17 June 2028, in the gym the club's tournament",
        ]
    )
    [table] = _page_lines(plain, layout)
    assert table == [
        ["Stage", "When", "What happens"],
        ["skills test", "4 November 2027", "the coach decides who plays"],
        [
            "regional university championship",
            "November 2027 to March 2028, on Wednesday evenings",
            "home and away matches",
        ],
        ["Mistral Trophy", "17 June 2028, in the gym", "the club's tournament"],
    ]


def test_a_pdf_question_over_a_list_heads_it(tmp_path: Path) -> None:
    page = (
        "The grant is paid within 6 weeks of the check of your proofs.\n"
        "Which proofs are accepted?\n"
        "- train tickets in your name;\n"
        "- bus or coach tickets in your name.\n"
        "Night trains are welcome.\n"
    )
    parsed = parse_pdf(write_pdf(tmp_path / "a.pdf", [page]).read_bytes())
    (section,) = [s for s in parsed.sections if any(b.items for b in s.blocks)]
    assert section.heading == "Which proofs are accepted?"
    assert section.blocks[0].items == ("train tickets in your name;", "bus or coach tickets in your name.")


def test_a_pdf_cell_ending_in_a_capital_letter_ends_its_row() -> None:
    from assistant.ingest.formats.pdf import _table

    # "building A" is a name's letter, not the article "a" that carries a cell onto the next row.
    layout = [
        "Wall                      Where                                  Size",
        "the restaurant wall       Triolet campus, south wall of the      24 m by 4 m",
        "                          student restaurant",
        "the stairway wall         Richter campus, outdoor                15 m by 3 m",
        "                          stairway of building A",
        "the sports hall wall      Saint-Priest campus, north wall        30 m by 5 m",
    ]
    rows = _table(layout)
    assert rows is not None
    assert rows[2] == ["the stairway wall", "Richter campus, outdoor stairway of building A", "15 m by 3 m"]
    assert rows[3] == ["the sports hall wall", "Saint-Priest campus, north wall", "30 m by 5 m"]


def test_a_pdf_cell_ending_in_a_comma_carries_its_row_onto_the_next_line() -> None:
    from assistant.ingest.formats.pdf import _table

    # Every cell of the row wraps, the first one too: its next line fills the first column, yet the
    # comma says the row goes on.
    layout = [
        "Activity                                   When                                     Price",
        "discovery afternoon: a stool with foam,    Saturday 23 October 2027 or Saturday 5   €20, stool",
        "and take it home                           February 2028, 14:00–18:00               included",
        "beginners' course                          Monday, 18:00–20:30                      €85",
        "guitar course                              Thursday, 18:00–21:00                    €320",
    ]
    rows = _table(layout)
    assert rows is not None
    assert rows[1] == [
        "discovery afternoon: a stool with foam, and take it home",
        "Saturday 23 October 2027 or Saturday 5 February 2028, 14:00–18:00",
        "€20, stool included",
    ]
    assert rows[2] == ["beginners' course", "Monday, 18:00–20:30", "€85"]
