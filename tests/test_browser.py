"""The web app in headless Chromium: keyboard quizzes, a typo, the source sentence, results, a review.

Screenshots of each main page, at desktop and phone width, are saved under
``tests/artifacts/`` for a person to look at.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from quizgen.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
SAMPLE = Path(__file__).parent / "data" / "sample"

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

from werkzeug.serving import make_server  # noqa: E402

ANSWERS = {  # prompt: (answer, words of the source sentence)
    "Who did Justin Trudeau meet in Berlin on 14 March 2024?": ("Olaf Scholz", "met German Chancellor Olaf Scholz"),
    "On what date did Justin Trudeau meet Olaf Scholz in Berlin?": ("14 March 2024", "in Berlin on Thursday"),
    "How much was the hydrogen supply agreement signed by Justin Trudeau and Olaf Scholz worth?":
        ("$2.5 billion", "agreement worth $2.5 billion"),
    "Who is the chief executive of Acme Corp <b>&amp;</b>?": ("Jane Doe", '<script>alert("x")</script> Jane Doe said'),
}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1200, "height": 900}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The app served by a real HTTP server on a free loopback port, on a temporary database."""
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(SAMPLE, root / "project")
    app = create_app({
        "SECRET_KEY": "browser tests",
        "DATABASE_URL": f"sqlite:///{root / 'quizgen.sqlite3'}",
        "QUIZGEN_DECKS": str(root / "project" / "decks"),
    })
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
            headless=True,
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh browser context (a new learner) with the app's address as base URL."""
    context = browser.new_context(base_url=base_url, viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


def start_quiz(page) -> None:
    """Start a quiz from the deck page with the options chosen so far, and wait for its first question."""
    page.get_by_role("button", name="Start quiz").click()
    page.wait_for_url("**/quiz/*/q/1")


def press_and_wait(page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


def test_multiple_choice_quiz_with_the_keyboard(page):
    page.goto("/decks/sample-summit")
    start_quiz(page)
    for number in range(1, 5):
        sync_api.expect(page.locator(".quiz-progress")).to_contain_text(f"Question {number} of 4")
        prompt = page.locator("h1.prompt").inner_text()
        answer, source = ANSWERS[prompt]
        options = page.locator(".option-text").all_inner_texts()
        page.keyboard.press(str(options.index(answer) + 1))
        sync_api.expect(page.locator(".option").nth(options.index(answer)).locator("input")).to_be_checked()
        if number == 1:
            screenshot(page, "quiz-choice")
        press_and_wait(page, "Enter")
        sync_api.expect(page.locator(".verdict")).to_have_text("✓ Right!")
        sync_api.expect(page.locator(".source blockquote")).to_contain_text(source)
        if number == 1:
            screenshot(page, "quiz-feedback")
        press_and_wait(page, "Enter")
    assert page.url.endswith("/results")
    sync_api.expect(page.locator("#final-score")).to_have_text("4 / 4")
    sync_api.expect(page.locator(".result-item")).to_have_count(4)
    screenshot(page, "results")


def test_typed_quiz_with_a_typo_shows_almost_and_the_source_sentence(page):
    page.goto("/decks/sample-summit")
    page.get_by_text("Typing", exact=True).click()
    page.get_by_label("Questions").select_option("who_met")
    start_quiz(page)
    answer = page.get_by_placeholder("Type your answer")
    sync_api.expect(answer).to_be_focused()
    answer.fill("Olaf Sholz")
    screenshot(page, "quiz-typed")
    press_and_wait(page, "Enter")
    sync_api.expect(page.locator(".verdict")).to_have_text("≈ Almost: Olaf Scholz")
    source = page.locator(".source blockquote")
    sync_api.expect(source).to_contain_text("Canadian Prime Minister Justin Trudeau met German Chancellor Olaf Scholz in Berlin")
    sync_api.expect(source.locator("mark")).to_have_text("Olaf Scholz")
    screenshot(page, "quiz-almost")

    page.reload()  # a reload shows the same feedback
    sync_api.expect(page.locator(".verdict")).to_have_text("≈ Almost: Olaf Scholz")

    page.locator(".source figcaption a").click()
    cited = page.locator("a.cited:target")
    sync_api.expect(cited).to_contain_text("Olaf Scholz in Berlin on Thursday")
    screenshot(page, "article")
    page.go_back()
    press_and_wait(page, "Enter")
    sync_api.expect(page.locator("#final-score")).to_have_text("1 / 1")


def test_a_quiz_left_halfway_is_resumed_from_the_library(page):
    page.goto("/decks/sample-summit")
    start_quiz(page)
    page.keyboard.press("1")
    press_and_wait(page, "Enter")
    page.goto("/")
    page.get_by_role("link", name="Resume quiz").click()
    sync_api.expect(page.locator(".quiz-progress")).to_contain_text("Question 2 of 4")


def test_review_reveal_and_rate_with_the_keyboard(page):
    page.goto("/decks/sample-summit/review")
    first = page.locator("h1.prompt").inner_text()
    sync_api.expect(page.locator(".review-answer")).to_be_hidden()
    page.keyboard.press("Space")
    sync_api.expect(page.locator(".review-answer")).to_be_visible()
    intervals = page.locator(".rate-interval").all_inner_texts()
    assert len(intervals) == 4 and all(intervals)
    screenshot(page, "review")
    press_and_wait(page, "3")
    assert page.locator("h1.prompt").inner_text() != first
    sync_api.expect(page.locator(".quiz-head")).to_contain_text("3 new")


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_main_pages_fit_the_screen(browser, base_url, width):
    context = browser.new_context(base_url=base_url, viewport=PHONE if width == "phone" else DESKTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)

    def looked_at(name: str) -> None:
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width} width"
        screenshot(page, f"{width}-{name}")

    page.goto("/decks/sample-summit")
    start_quiz(page)
    looked_at("quiz")
    page.keyboard.press("2")
    press_and_wait(page, "Enter")
    looked_at("feedback")
    for _ in range(3):
        press_and_wait(page, "Enter")
        page.keyboard.press("1")
        press_and_wait(page, "Enter")
    press_and_wait(page, "Enter")
    looked_at("results")
    for name, url in [
        ("library", "/"),
        ("deck", "/decks/sample-summit"),
        ("article", "/decks/sample-summit/articles/hostile"),
        ("review", "/decks/sample-summit/review"),
        ("stats", "/stats"),
        ("not-found", "/decks/nope"),
    ]:
        page.goto(url)
        looked_at(name)
    context.close()
