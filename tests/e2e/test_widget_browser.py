"""The widget in a real headless Chromium (Debian's), against a real `assistant serve` on loopback.

Screenshots are saved under artifacts/widget/ for a person to look at.
"""

import json
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from assistant.services.feedback import FeedbackStore
from assistant.settings import Settings
from tests.utils.paths import ROOT
from tests.utils.server import running_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts" / "widget"
HOSTILE_CSS = """
  * { font-family: "Comic Sans MS", fantasy !important; letter-spacing: 3px !important; }
  button { background: red !important; color: yellow !important; padding: 40px !important;
           border: 10px dashed lime !important; font-size: 40px !important; border-radius: 0 !important; }
  div { background: purple !important; color: white !important; margin: 25px !important;
        padding: 30px !important; line-height: 4 !important; }
  p { font-size: 50px !important; color: orange !important; text-transform: uppercase !important; }
  textarea { width: 10px !important; }
"""


@pytest.fixture(scope="module")
def server(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    database = f"sqlite:///{tmp_path_factory.mktemp('widget')}/feedback.db"
    env = {
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_DATABASE_URL": database,
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
    }
    with running_server(env) as base:
        yield base, database


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
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    yield context.new_page()
    context.close()


def ask(page: Page, question: str):
    page.get_by_test_id("input").fill(question)
    page.get_by_test_id("send").click()
    answer = page.get_by_test_id("answer").last
    expect(answer).to_have_attribute("aria-busy", "false", timeout=60_000)
    return answer


def test_ask_stream_cite_feedback_fallback_and_french(page: Page, server: tuple[str, str]) -> None:
    base, database = server
    page.goto(f"{base}/")
    page.get_by_test_id("launcher").click()
    with page.expect_response(f"{base}/v1/ask/stream") as streamed:
        answer = ask(page, "Who signs international partnership agreements?")
    assert streamed.value.headers["content-type"].startswith("text/event-stream")
    body = streamed.value.text()
    assert body.index("event: meta") < body.index("event: delta") < body.index("event: done")
    expect(answer).to_contain_text("President")
    sources = answer.locator(".sources li")
    assert sources.count() >= 1
    expect(sources.first).to_contain_text("Procedure for establishing an international partnership")

    answer.get_by_test_id("citation").first.click()
    expect(answer.locator(".sources li.highlight")).to_have_count(1)
    focused = page.evaluate("document.querySelector('um-assistant').shadowRoot.activeElement.id")
    assert focused == answer.locator(".sources li.highlight").get_attribute("id")
    page.screenshot(path=str(ARTIFACTS / "answer-with-sources.png"))

    answer.get_by_test_id("feedback-up").click()
    expect(answer.get_by_test_id("feedback-up")).to_have_attribute("aria-pressed", "true")
    rows: list[dict] = []
    for _ in range(50):
        rows = FeedbackStore(database).feedback_rows()
        if rows:
            break
        time.sleep(0.1)
    assert rows and rows[-1]["helpful"] is True
    assert rows[-1]["question"] == "Who signs international partnership agreements?"
    assert "President" in rows[-1]["answer"] and rows[-1]["citations"]

    fallback = ask(page, "What is the capital of Australia?")
    expect(fallback.locator(".fallback")).to_contain_text("cooperation department")
    assert fallback.get_by_test_id("citation").count() == 0
    page.screenshot(path=str(ARTIFACTS / "abstention.png"))

    page.click("[data-set-lang=fr]")
    expect(page.get_by_test_id("send")).to_have_text("Envoyer")
    expect(page.get_by_test_id("input")).to_have_attribute(
        "placeholder", "ex. : Qui signe les conventions de partenariat ?"
    )
    expect(page.locator("um-assistant .head h2")).to_have_text("Assistant des partenariats internationaux")
    # The conversation survived the switch (it lives in sessionStorage).
    assert page.get_by_test_id("answer").count() == 2
    page.screenshot(path=str(ARTIFACTS / "french.png"))


def test_a_french_question_gets_the_english_quote_framed_in_french(
    page: Page, server: tuple[str, str]
) -> None:
    base, _ = server
    page.goto(f"{base}/")
    page.get_by_test_id("launcher").click()
    page.click("[data-set-lang=fr]")
    answer = ask(page, "Qui a le droit de signer une convention de partenariat international ?")
    expect(answer).to_contain_text("Selon les documents de l'Université de Montpellier (en anglais)")
    expect(answer).to_contain_text("« At the UM, only the President is authorized to sign it. »")
    citation = answer.get_by_test_id("citation").first
    expect(citation).to_have_text("[1]")
    sources = answer.locator(".sources li")
    expect(sources.first).to_contain_text("Procedure for establishing an international partnership")
    expect(sources.first.locator("blockquote")).to_contain_text("only the President is authorized to sign it")
    citation.click()
    expect(answer.locator(".sources li.highlight")).to_have_count(1)
    # The thumbs are drawn, not emoji: no emoji font is needed to see them.
    for testid in ("feedback-up", "feedback-down"):
        button = answer.get_by_test_id(testid)
        expect(button.locator("svg")).to_have_count(1)
        assert button.inner_text().strip() == ""
        box = button.locator("svg").bounding_box()
        assert box is not None and box["width"] >= 16 and box["height"] >= 16
    page.screenshot(path=str(ARTIFACTS / "french-answer.png"))


def test_follow_up_sends_the_stored_conversation(page: Page, server: tuple[str, str]) -> None:
    base, _ = server
    page.goto(f"{base}/")
    page.get_by_test_id("launcher").click()
    ask(page, "Do I need an agreement to set up an international partnership?")
    page.reload()
    page.get_by_test_id("launcher").click()
    assert page.get_by_test_id("answer").count() == 1  # restored from sessionStorage
    with page.expect_request(f"{base}/v1/ask/stream") as sent:
        answer = ask(page, "And who signs it?")
    history = json.loads(sent.value.post_data or "{}")["history"]
    assert history[0] == {
        "role": "user",
        "content": "Do I need an agreement to set up an international partnership?",
    }
    assert history[1]["role"] == "assistant"
    expect(answer).to_contain_text("President")


def test_keyboard_only_use(page: Page, server: tuple[str, str]) -> None:
    base, _ = server
    page.goto(f"{base}/")
    page.get_by_test_id("launcher").focus()
    page.keyboard.press("Enter")
    active = "document.querySelector('um-assistant').shadowRoot.activeElement?.dataset.testid"
    assert page.evaluate(active) == "input"
    page.keyboard.type("When was the Coimbra Group founded?")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("answer").last).to_contain_text("1985", timeout=60_000)
    page.keyboard.press("Escape")
    expect(page.locator("um-assistant .panel")).to_be_hidden()
    assert page.evaluate(active) == "launcher"
    outline = page.evaluate(
        "getComputedStyle(document.querySelector('um-assistant').shadowRoot.activeElement).outlineStyle"
    )
    assert outline != "none"  # visible focus


def test_small_screen_and_contrast(browser: Browser, server: tuple[str, str]) -> None:
    base, _ = server
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{base}/")
    page.get_by_test_id("launcher").click()
    panel = page.locator("um-assistant .panel").bounding_box()
    assert panel and panel["x"] >= 0 and panel["x"] + panel["width"] <= 360
    send = page.get_by_test_id("send").bounding_box()
    assert send and send["x"] + send["width"] <= 360
    ratio = page.evaluate(
        """() => {
          const el = document.querySelector('um-assistant').shadowRoot.querySelector('.send');
          const s = getComputedStyle(el);
          const lum = (c) => { const v = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map((x) => {
              x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
          const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
          return (a + 0.05) / (b + 0.05);
        }"""
    )
    assert ratio >= 4.5
    page.screenshot(path=str(ARTIFACTS / "small-screen.png"))
    context.close()


STYLE_PROBES = {
    "launcher": ".launcher",
    "send": ".send",
    "input": ".composer textarea",
    "messages": ".messages",
    "intro": ".intro",
}
PROPERTIES = [
    "backgroundColor",
    "color",
    "fontFamily",
    "fontSize",
    "paddingTop",
    "borderTopWidth",
    "borderTopStyle",
    "borderRadius",
    "letterSpacing",
    "lineHeight",
    "textTransform",
    "width",
]


def computed_styles(page: Page) -> dict[str, dict[str, str]]:
    return page.evaluate(
        """([probes, properties]) => {
          const root = document.querySelector('um-assistant').shadowRoot;
          const out = {};
          for (const [name, selector] of Object.entries(probes)) {
            const s = getComputedStyle(root.querySelector(selector));
            out[name] = Object.fromEntries(properties.map((p) => [p, s[p]]));
          }
          return out;
        }""",
        [STYLE_PROBES, PROPERTIES],
    )


def test_host_page_css_cannot_restyle_the_widget(page: Page, server: tuple[str, str]) -> None:
    base, _ = server

    def open_page(url: str, css: str) -> dict[str, dict[str, str]]:
        html = (
            f"<!doctype html><html lang='en'><head><style>{css}</style></head><body><div><p>Host page</p>"
            f"<button>Host button</button></div><script src='{base}/widget.js' defer></script></body></html>"
        )
        page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
        page.goto(url)
        page.get_by_test_id("launcher").wait_for()
        page.wait_for_function(
            "getComputedStyle(document.querySelector('um-assistant').shadowRoot.querySelector('.launcher'))"
            ".borderTopLeftRadius === '24px'"
        )
        before = computed_styles(page) | {"closed": {}}
        page.get_by_test_id("launcher").click()
        return before | computed_styles(page)

    plain = open_page(f"{base}/plain-host", "")
    hostile = open_page(f"{base}/hostile-host", HOSTILE_CSS)
    assert hostile == plain
    assert page.evaluate(
        "getComputedStyle(document.querySelector('body > div > button')).backgroundColor"
    ) == ("rgb(255, 0, 0)")  # the hostile rules are live on the host page itself
    page.screenshot(path=str(ARTIFACTS / "hostile-host-page.png"))
