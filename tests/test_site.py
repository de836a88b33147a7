"""The site for real: `briefings build` runs MkDocs Material; search and pages checked in the output
and, where Chromium is installed, in a real headless browser."""
import functools
import http.server
import json
import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest


def search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text())["docs"]


def briefing_locations(site: Path) -> list[str]:
    return sorted(p.parent.relative_to(site).as_posix() for p in (site / "briefings").glob("*/index.html"))


PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory, briefings_cmd):
    import subprocess

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    root = tmp_path_factory.mktemp("seeds-project")
    shutil.copy(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir()
    shutil.copy(PROJECT / "docs" / "index.md", root / "docs" / "index.md")
    result = subprocess.run(briefings_cmd + ["build", str(SEEDS), "--site", str(root / "public")],
                            cwd=root, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return root / "public"


def test_build_of_the_seeds_makes_one_searchable_briefing(seeds_site):
    locations = briefing_locations(seeds_site)
    assert len(locations) == 1
    page = (seeds_site / locations[0] / "index.html").read_text()
    for heading in ("Summary", "Key figures", "Quotes", "Timeline", "Sources"):
        assert re.search(rf"<h2[^>]*>{heading}", page), heading
    quote_word = "reprisal"  # a word of a quote in the seeds
    hits = [d for d in search_index(seeds_site) if quote_word in d["text"].lower()]
    assert any(d["location"].startswith(locations[0] + "/") for d in hits)


def test_build_of_the_example_site(run_briefings, project_copy):
    # One hostile article beside the examples: its title and text must be shown, never run.
    shutil.copy(PROJECT / "tests" / "fixtures" / "bad" / "hostile.md", project_copy / "examples" / "sources")
    result = run_briefings("build", cwd=project_copy)
    site = project_copy / "site"
    locations = briefing_locations(site)
    assert len(locations) >= 6
    index = (site / "briefings" / "index.html").read_text()
    for location in locations:
        assert f'href="{location.split("/", 1)[1]}/"' in index
    # The nav holds a few index pages, not one entry per briefing.
    home = (site / "index.html").read_text()
    assert home.count('class="md-nav__link') < 10
    # The plugin's style for the briefing pages is in the site and linked from every page.
    assert ":target" in (site / "briefings.css").read_text() and 'href="../briefings.css"' in index
    # Hostile article text is shown, never run.
    shown = 0
    for location in locations:
        html = (site / location / "index.html").read_text()
        assert not re.search(r"<script>\s*alert", html) and "<img src=x" not in html
        assert 'href="javascript:' not in html
        shown += "&lt;script&gt;alert" in html
    assert shown >= 1  # the hostile article's page (the Corran example's text quotes a script tag too)
    assert "site built" in result.stderr


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def served(seeds_site):
    handler = functools.partial(_QuietHandler, directory=str(seeds_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def chromium_path():
    path = shutil.which("chromium")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


def test_search_in_a_real_browser_finds_the_briefing_by_a_quote_word(served, seeds_site, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    location = briefing_locations(seeds_site)[0]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            page.goto(served + "/")
            box = page.locator("input.md-search__input")
            results = page.locator(".md-search-result__item a")
            # The index loads in a web worker: a query typed before it is ready is lost, so the
            # query is typed again until the briefing is among the results (a busy machine may
            # take many seconds to build the index).
            deadline = time.monotonic() + 90
            hrefs: list = []
            while not any(f"/{location}/" in href for href in hrefs) and time.monotonic() < deadline:
                box.click()
                box.fill("")
                box.press_sequentially("reprisal")
                try:
                    results.first.wait_for(state="attached", timeout=1000)
                except sync_api.TimeoutError:
                    continue
                hrefs = [a.get_attribute("href") or "" for a in results.all()]
            assert any(f"/{location}/" in href for href in hrefs), hrefs
            page.screenshot(path=str(tmp_path / "search.png"))
            page.goto(served + f"/{location}/")
            assert page.locator("h1").first.inner_text().strip()
            assert page.locator("h2", has_text="Quotes").count() == 1
        finally:
            browser.close()


def test_a_failed_build_leaves_the_previous_site(run_briefings, project_copy, tmp_path):
    run_briefings("build", cwd=project_copy)
    before = sorted(p.relative_to(project_copy / "site") for p in (project_copy / "site").rglob("*.html"))
    (tmp_path / "empty").mkdir()
    failed = run_briefings("build", tmp_path / "empty", cwd=project_copy, check=False)
    assert failed.returncode != 0 and "previous site is unchanged" in failed.stderr
    assert sorted(p.relative_to(project_copy / "site") for p in (project_copy / "site").rglob("*.html")) == before
    assert not [p for p in project_copy.iterdir() if p.name.startswith(".site.")]
