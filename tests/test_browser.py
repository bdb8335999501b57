"""The dashboard in a real browser: Streamlit serves app.py, Playwright drives Debian's Chromium.

An analyst pastes an article, visits every page and sees what the store holds; an article with
``<img onerror>`` and ``<script>`` shows as text and no dialog ever opens. Screenshots go to
tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium", allow_module_level=True)

# written for this test, in the manner of the seed article (no shared text copied)
SAMPLE = (
    "التقى الرئيس الروسي فلاديمير بوتين، أمس الخميس، وزير الخارجية الإيراني عباس عراقجي في "
    "العاصمة موسكو، بحضور وزير الخارجية الروسي سيرغي لافروف.\n\n"
    "وقال عراقجي إن طهران متمسكة بحقها في تخصيب اليورانيوم، فيما حذر لافروف من أي عمل عسكري "
    "ضد إيران.\n\nومن المقرر أن يجتمع لافروف وعراقجي مجدداً يوم السبت المقبل في موسكو."
)
XSS = "مقال اختبار <img src=x onerror=alert(1)> ثم <script>alert(2)</script> نهاية المقال."
PAGES = ["ingest", "articles", "timeline", "meetings", "map", "keywords", "entities", "stances"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("streamlit exited early")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("streamlit did not become healthy")


@contextlib.contextmanager
def _serve(db: Path | None, **extra_env: str) -> Iterator[tuple[str, str]]:
    """``streamlit run app.py`` on a free loopback port with its own database (or none set)."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    if db is not None:
        env["MARSAD_DB"] = str(db)
    env.update(extra_env)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url, f"sqlite:///{db}" if db else ""
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    with _serve(tmp_path_factory.mktemp("browser") / "marsad.sqlite") as s:
        yield s


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _settle(page: object, ms: int = 1500) -> None:
    """Wait until Streamlit has finished the run (no running indicator), then a little more."""
    page.wait_for_selector('[data-testid="stAppViewContainer"]')
    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        page.wait_for_timeout(400)
        if page.locator('[data-testid="stStatusWidget"]').count() == 0:
            break
    page.wait_for_timeout(ms)


def _paste(page: object, text: str, source: str, title: str) -> None:
    page.locator('[data-testid="stMain"] textarea').first.fill(text)
    page.get_by_label("المصدر").first.fill(source)
    page.get_by_label("العنوان").first.fill(title)
    page.get_by_role("button", name="حلّل المقال").click()
    _settle(page)


def test_analyst_walks_through_every_page(server: tuple[str, str], browser: object) -> None:
    url, db_url = server
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ar")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(url)
    _settle(page)
    # an empty store opens on Ingest, saying what to do
    page.get_by_text("لا توجد مقالات بعد").first.wait_for(timeout=30000)
    _paste(page, SAMPLE, "اختبار", "بوتين يستقبل عراقجي")
    _paste(page, XSS, "اختبار", "اختبار الترميز")
    page.get_by_text("اكتمل الإدخال").first.wait_for(timeout=30000)
    page.screenshot(path=str(ARTIFACTS / "ingest.png"), full_page=True)

    from marsad.store import Store

    store = Store(db_url)
    assert store.count() == 2
    meetings = store.meetings_df()

    for name in PAGES:
        page.goto(f"{url}/{name}")
        _settle(page, 2500)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        assert page.locator('[data-testid="stException"]').count() == 0, name
        main = page.locator('[data-testid="stMain"]').inner_text()
        if name == "articles":
            assert "عراقجي" in main or "اختبار الترميز" in main
        if name == "meetings":
            if len(meetings):
                assert meetings["participants"].iloc[0][0] in main
            else:
                assert "لم تُستخرج" in main or "لا شيء يطابق" in main
        # the interface reads right to left
        direction = page.evaluate(
            "getComputedStyle(document.querySelector('[data-testid=\"stMain\"]')).direction")
        assert direction == "rtl"

    # the markup article reads as text in the reader, and nothing ran
    page.goto(f"{url}/articles")
    _settle(page)
    box = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first
    box.click()
    page.get_by_role("option").filter(has_text="اختبار الترميز").first.click()
    _settle(page)
    reader = page.locator(".marsad-reader").first.inner_text()
    assert "<script>alert(2)</script>" in reader and "<img src=x onerror=alert(1)>" in reader
    assert page.locator(".marsad-reader img").count() == 0
    assert page.locator(".marsad-reader script").count() == 0
    page.screenshot(path=str(ARTIFACTS / "articles-xss.png"), full_page=True)

    # English interface: the switch flips labels and direction
    page.get_by_text("English").first.click()
    _settle(page)
    assert page.get_by_text("Choose an article").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "articles-en.png"), full_page=True)
    assert dialogs == []


DOC_SHOTS = ROOT / "docs" / "screenshots"
SHOT_PAGES = {"": "dashboard", "articles": "articles", "timeline": "timeline", "map": "map",
              "keywords": "keywords", "entities": "entities", "stances": "stances",
              "ingest": "ingest"}


def test_app_opens_on_the_sample_data(tmp_path: Path, browser: object) -> None:
    """MARSAD_AUTOLOAD_SAMPLE=1 (the README's run command): the first visit finds the sample
    articles stored and their meetings on the landing page. Screenshots of every page go to
    tests/artifacts/sample-*.png, and to docs/screenshots/ with MARSAD_UPDATE_SCREENSHOTS=1."""
    from components.state import sample_paths

    if not sample_paths():
        pytest.skip("sample_data/ holds no articles")
    db = tmp_path / "sample.sqlite"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    update_docs = os.environ.get("MARSAD_UPDATE_SCREENSHOTS") == "1"
    with _serve(db, MARSAD_AUTOLOAD_SAMPLE="1") as (url, db_url):
        page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="ar")
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        _settle(page, 3000)
        from marsad.store import Store

        store = Store(db_url)
        deadline = time.monotonic() + 90  # a loaded machine analyses the samples slowly
        while store.count() < len(sample_paths()) and time.monotonic() < deadline:
            page.wait_for_timeout(500)
        _settle(page, 1500)
        assert store.count() >= len(sample_paths())
        meetings = store.meetings_df()
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert "من التقى بمن" in main
        for participants in meetings["participants"].head(3):
            assert participants[0] in main
        for slug, name in SHOT_PAGES.items():
            if slug:
                page.goto(f"{url}/{slug}")
                _settle(page, 3000)
            assert page.locator('[data-testid="stException"]').count() == 0, slug
            shot = ARTIFACTS / f"sample-{name}.png"
            page.screenshot(path=str(shot))
            if update_docs:
                DOC_SHOTS.mkdir(parents=True, exist_ok=True)
                shutil.copy(shot, DOC_SHOTS / f"{name}.png")

        # a point on the timeline opens its sentence; the button opens the article at that span
        page.goto(f"{url}/timeline")
        _settle(page, 2000)
        pts = page.locator(".scatterlayer .trace .points path")
        assert pts.count() > 0
        box = pts.nth(0).bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        page.get_by_role("button", name="افتح المقال").first.wait_for(timeout=30000)
        page.screenshot(path=str(ARTIFACTS / "sample-timeline-selected.png"))
        page.get_by_role("button", name="افتح المقال").first.click()
        page.locator("#marsad-focus").first.wait_for(timeout=30000)
        _settle(page, 1000)
        page.screenshot(path=str(ARTIFACTS / "sample-articles-focus.png"))
        assert dialogs == []


def test_hosted_sessions_do_not_see_each_others_articles(browser: object) -> None:
    """Hosted without a configured database (MARSAD_PER_SESSION=1 stands in for Community
    Cloud): each visitor gets a private store, so one visitor's paste is not on another's page."""
    with _serve(None, MARSAD_PER_SESSION="1") as (url, _):
        first = browser.new_context(locale="ar").new_page()
        second = browser.new_context(locale="ar").new_page()
        first.goto(url)
        _settle(first)
        _paste(first, SAMPLE, "اختبار", "بوتين يستقبل عراقجي")
        first.get_by_text("اكتمل الإدخال").first.wait_for(timeout=30000)
        second.goto(f"{url}/articles")
        _settle(second)
        main = second.locator('[data-testid="stMain"]').inner_text()
        assert "بوتين يستقبل عراقجي" not in main
        assert "لا توجد مقالات بعد" in main
