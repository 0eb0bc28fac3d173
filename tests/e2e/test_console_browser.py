"""The staff console in a real headless Chromium (Debian's), against a real `assistant serve` on
loopback with the question log on: groups of unanswered questions, a 👎 from the widget, an upload
from the page, hostile text, and the token.

The tests run in file order on one server: each adds to the log what the next one expects.
Screenshots of every tab are saved under artifacts/console/.
"""

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from tests.utils.paths import CORPUS, ROOT
from tests.utils.server import ASSISTANT, running_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts" / "console"
TOKEN = "console-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Three topics the corpus says nothing about, ten ways each (each abstains on the project corpus).
UNANSWERED = {
    "housing": [
        "Where can I find student accommodation in Montpellier?",
        "How do I apply for a room in a student residence?",
        "Is a deposit required to rent a student room?",
        "How much is the rent for a student room?",
        "Can I get help finding accommodation before I arrive?",
        "How early should I apply for a room in a student residence?",
        "Who should I contact about student housing?",
        "How do I book a room in a university residence?",
        "Are furnished student flats available near campus?",
        "What is the deadline to apply for student accommodation?",
    ],
    "sport": [
        "Which sports can I practise at the university?",
        "How much does the sports membership cost for students?",
        "How do I join a university sports team?",
        "Are sports activities free for students?",
        "Can I take swimming lessons at the university?",
        "Where is the university sports centre?",
        "How do I sign up for university sports?",
        "Does the university have a football team?",
        "Are there yoga classes for students?",
        "What sports facilities does the campus have?",
    ],
    "library": [
        "What are the opening hours of the university library?",
        "How do I borrow books from the library?",
        "Can I use the library as an exchange student?",
        "Is the university library open on Saturdays?",
        "How many books can I borrow from the library?",
        "Can I reserve a study room in the library?",
        "How do I get a library card?",
        "Is there printing in the university library?",
        "Where is the main university library?",
        "Can I access the library's online databases from home?",
    ],
}
ANSWERED = [
    "Who signs international partnership agreements?",
    "When was the Coimbra Group founded?",
    "What is UNIMED?",
    "What is the MUSE project?",
    "Who is authorized to sign an international partnership agreement?",
    "What is a double degree?",
    "What is Erasmus+?",
    "What is the AUF?",
    "What is the EUA?",
    "What is Campus France?",
]
HOSTILE = "<img src=x onerror=alert(1)> Where is the cafeteria on campus?"
NEW_DOCUMENT = (
    "# Buddy programme\n\n"
    "The Buddy programme pairs each incoming exchange student with a UM student volunteer, "
    "who helps them settle in during their first month in Montpellier.\n"
)
NEW_QUESTION = "What does the Buddy programme do?"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[dict[str, str]]:
    """A server on its own copy of the corpus (the upload test adds to it), with the log on."""
    base = tmp_path_factory.mktemp("console")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    build_index(corpus, base / "index", embedder, chunk_max_chars=Settings().chunk_max_chars)
    env = {
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_INDEX_DIR": str(base / "index"),
        "ASSISTANT_DATABASE_URL": f"sqlite:///{base}/assistant.db",
        "ASSISTANT_ADMIN_TOKEN": TOKEN,
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        # This suite checks that every route wants the token; the throttle on wrong tokens, which
        # would turn the later 401s into 429s, has its own tests (test_admin_gate.py).
        "ASSISTANT_ADMIN_FAILED_TOKENS_PER_MINUTE": "1000",
        "ASSISTANT_ADMIN_RATE_LIMIT_PER_MINUTE": "0",
        "ASSISTANT_QUESTION_LOG": "on",
    }
    with running_server(env) as base_url:
        yield {**env, "base": base_url}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.accept()))
    opened.dialogs = dialogs  # type: ignore[attr-defined]
    yield opened
    context.close()


def ask(base: str, question: str) -> dict:
    response = httpx.post(f"{base}/v1/ask", json={"question": question}, timeout=60)
    response.raise_for_status()
    return response.json()


def logged(base: str) -> list[dict]:
    response = httpx.get(f"{base}/v1/admin/questions", params={"limit": 10_000}, headers=AUTH, timeout=30)
    response.raise_for_status()
    return response.json()["questions"]


def wait_logged(base: str, count: int) -> list[dict]:
    """The log is written in the background: wait until ``count`` questions are in it."""
    for _ in range(100):
        rows = logged(base)
        if len(rows) >= count:
            return rows
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} questions logged: {len(logged(base))}")


def sign_in(page: Page, base: str) -> None:
    page.goto(f"{base}/admin")
    page.get_by_test_id("console-token").fill(TOKEN)
    page.get_by_test_id("console-login").click()
    expect(page.get_by_test_id("document-row").first).to_be_visible()


def open_gaps(page: Page) -> list[dict]:
    """The groups as the page shows them (count, label, questions), once it has drawn them."""
    with page.expect_response(lambda r: "/v1/admin/gaps" in r.url) as answered:
        page.get_by_test_id("tab-gaps").click()
    assert answered.value.status == 200
    expect(page.locator("#gap-status")).not_to_have_text("Loading…")
    groups = []
    for group in page.get_by_test_id("gap-group").all():
        groups.append(
            {
                "id": group.get_attribute("data-id"),
                "count": int(group.get_by_test_id("gap-count").inner_text()),
                "label": group.locator("summary .label").inner_text(),
                "questions": group.locator(".questions li").all_text_contents(),
            }
        )
    return groups


def test_the_console_groups_unanswered_questions_as_the_cli_does(page: Page, server: dict[str, str]) -> None:
    base = server["base"]
    for topic in UNANSWERED.values():
        for question in topic:
            assert ask(base, question)["answered"] is False, question
    for question in ANSWERED:
        assert ask(base, question)["answered"] is True, question
    wait_logged(base, 40)

    sign_in(page, base)
    page.screenshot(path=str(ARTIFACTS / "documents.png"), full_page=True)
    groups = open_gaps(page)
    assert [g["count"] for g in groups] == [10, 10, 10]
    by_topic = {frozenset(g["questions"]): g for g in groups}
    assert set(by_topic) == {frozenset(questions) for questions in UNANSWERED.values()}
    page.get_by_test_id("gap-group").first.locator("summary").click()
    page.screenshot(path=str(ARTIFACTS / "gaps.png"), full_page=True)

    result = subprocess.run(
        [str(ASSISTANT), "gaps", "--json", "--since", "30d"],
        env={**os.environ, **{k: v for k, v in server.items() if k.startswith("ASSISTANT_")}},
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    cli = json.loads(result.stdout)["groups"]
    assert [(g["id"], g["label"], g["count"], g["questions"]) for g in cli] == [
        (g["id"], g["label"], g["count"], g["questions"]) for g in groups
    ]
    served = httpx.get(f"{base}/v1/admin/gaps", headers=AUTH, timeout=60).json()["groups"]
    assert served == cli


def test_a_group_marked_handled_is_hidden_then_shown_on_request(page: Page, server: dict[str, str]) -> None:
    sign_in(page, server["base"])
    open_gaps(page)
    first = page.get_by_test_id("gap-group").first
    handled_id = first.get_attribute("data-id")
    first.locator("summary").click()
    first.get_by_role("button", name="Mark handled").click()
    expect(page.get_by_test_id("gap-group")).to_have_count(2)
    expect(page.locator("#gap-status")).to_contain_text("1 handled groups hidden")
    page.locator("#show-handled").check()
    expect(page.get_by_test_id("gap-group")).to_have_count(3)
    expect(page.locator(f'[data-id="{handled_id}"] .badge.handled')).to_be_visible()
    # The mark is kept by the server: a new analysis still knows it, and it can be taken off.
    groups = httpx.get(f"{server['base']}/v1/admin/gaps", headers=AUTH, timeout=60).json()["groups"]
    assert [g["id"] for g in groups if g["handled"]] == [handled_id]
    page.locator(f'[data-id="{handled_id}"]').get_by_role("button", name="Not handled").click()
    page.locator("#show-handled").uncheck()
    expect(page.get_by_test_id("gap-group")).to_have_count(3)


def test_a_thumbs_down_in_the_widget_shows_under_feedback(page: Page, server: dict[str, str]) -> None:
    base = server["base"]
    page.goto(f"{base}/")
    page.get_by_test_id("launcher").click()
    page.get_by_test_id("input").fill(ANSWERED[0])
    page.get_by_test_id("send").click()
    answer = page.get_by_test_id("answer").last
    expect(answer).to_have_attribute("aria-busy", "false", timeout=60_000)
    with page.expect_response(f"{base}/v1/feedback") as rated:
        answer.get_by_test_id("feedback-down").click()
    assert rated.value.status == 201
    widget_rows = [q for q in wait_logged(base, 41) if q["surface"] == "widget"]
    assert widget_rows and widget_rows[0]["question"] == ANSWERED[0] and widget_rows[0]["answer_id"]

    sign_in(page, base)
    page.get_by_test_id("tab-feedback").click()
    card = page.get_by_test_id("disliked-answer").first
    expect(card.locator("h3")).to_have_text(ANSWERED[0])
    expect(card.locator(".answer")).to_contain_text("President")
    expect(card.locator(".sources")).to_contain_text("05-partnership-procedure-and-contacts.md")
    assert card.locator("svg.thumb").count() == 1
    rating = page.get_by_test_id("document-rating").filter(
        has_text="05-partnership-procedure-and-contacts.md"
    )
    expect(rating.locator("td.down")).to_have_text("1")
    expect(rating.locator("td.up")).to_have_text("0")
    page.screenshot(path=str(ARTIFACTS / "feedback.png"), full_page=True)


def test_hostile_text_is_shown_as_text(page: Page, server: dict[str, str]) -> None:
    base = server["base"]
    assert ask(base, HOSTILE)["answered"] is False
    wait_logged(base, 42)
    sign_in(page, base)
    open_gaps(page)
    group = page.get_by_test_id("gap-group").filter(has_text="onerror")
    expect(group).to_have_count(1)
    group.locator("summary").click()
    expect(group.locator(".questions li", has_text="onerror")).to_have_text(HOSTILE)
    assert page.locator("#gaps img").count() == 0
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_activity_search_and_export(page: Page, server: dict[str, str]) -> None:
    base = server["base"]
    sign_in(page, base)
    total = len(logged(base))
    page.get_by_test_id("tab-activity").click()
    expect(page.locator("#activity-summary")).to_contain_text(f"{total} questions in 30 days")
    expect(page.locator("#chart svg g.day")).to_have_count(30)
    page.screenshot(path=str(ARTIFACTS / "activity.png"), full_page=True)
    page.select_option("#activity-days", "90")
    expect(page.locator("#chart svg g.day")).to_have_count(90)

    page.get_by_test_id("tab-search").click()
    page.locator("#search-query").fill("double degree agreement")
    page.locator("#search-query").press("Enter")
    first = page.get_by_test_id("search-result").first
    expect(first).to_contain_text("04-double-degree-procedure.md")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)

    page.get_by_test_id("tab-export").click()
    with page.expect_download() as downloaded:
        page.get_by_role("button", name="Question log (CSV)").click()
    lines = Path(downloaded.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("asked_at,question,language,answered") and len(lines) == total + 1
    page.screenshot(path=str(ARTIFACTS / "export.png"), full_page=True)


def test_the_console_is_keyboard_usable_and_speaks_french(page: Page, server: dict[str, str]) -> None:
    sign_in(page, server["base"])
    page.get_by_test_id("tab-documents").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_test_id("tab-gaps")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_test_id("tab-gaps")).to_be_focused()
    page.keyboard.press("End")
    expect(page.get_by_test_id("tab-export")).to_have_attribute("aria-selected", "true")
    page.click("[data-set-lang=fr]")
    expect(page.get_by_test_id("tab-gaps")).to_have_text("Lacunes")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_test_id("tab-gaps").click()
    expect(page.get_by_test_id("gap-group").first.locator("summary")).to_contain_text("posée")


def test_uploading_a_markdown_file_makes_its_question_answerable(
    page: Page, server: dict[str, str], tmp_path: Path
) -> None:
    base = server["base"]
    assert ask(base, NEW_QUESTION)["answered"] is False
    note = tmp_path / "buddy-programme.md"
    note.write_text(NEW_DOCUMENT, encoding="utf-8")
    sign_in(page, base)
    rows = page.get_by_test_id("document-row").count()
    page.get_by_test_id("upload-input").set_input_files(str(note))
    expect(page.locator("#doc-status")).to_contain_text("buddy-programme.md indexed", timeout=120_000)
    expect(page.get_by_test_id("document-row")).to_have_count(rows + 1)
    expect(page.locator('[data-id="buddy-programme.md"]')).to_contain_text("Buddy programme")
    answer = ask(base, NEW_QUESTION)
    assert answer["answered"] is True
    assert [c["document"] for c in answer["citations"]] == ["buddy-programme.md"]


def test_without_the_token_every_admin_route_and_data_call_is_401(
    browser: Browser, server: dict[str, str]
) -> None:
    base = server["base"]
    schema = httpx.get(f"{base}/openapi.json").json()
    calls = [
        (method.upper(), path.replace("{document_id}", "x.md").replace("{gap_id}", "abc123"))
        for path, item in schema["paths"].items()
        if path.startswith("/v1/admin")
        for method in item
    ]
    assert len(calls) >= 13
    for method, path in calls:
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            status = httpx.request(method, f"{base}{path}", headers=headers, timeout=30).status_code
            assert status == 401, (method, path, headers, status)

    context = browser.new_context()
    page = context.new_page()
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if "/v1/admin/" in r.url else None)
    page.goto(f"{base}/admin")
    expect(page.get_by_test_id("console-token")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "login.png"))
    page.get_by_test_id("console-token").fill("wrong")
    page.get_by_test_id("console-login").click()
    expect(page.locator("#login-error")).to_contain_text("refused")
    # A stale token in the tab's storage: the page's data calls get 401 and it asks again.
    page.evaluate("sessionStorage.setItem('um-console:token', 'stale')")
    page.reload()
    expect(page.get_by_test_id("console-token")).to_be_visible()
    expect(page.locator("#app")).to_be_hidden()
    assert statuses and set(statuses) == {401}
    context.close()
