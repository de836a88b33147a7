"""The `briefings` command as users and other tools run it: the contract of DESIGN.md."""
import json
import re

import pytest
import yaml

SECTIONS = ["## Summary", "## Key figures", "## Quotes", "## Timeline", "## Sources"]


def test_help_teaches_each_command(run_briefings):
    top = run_briefings("--help").stdout
    for word in ("generate", "analyse", "build", "Exit status"):
        assert word in top
    assert "--json" in run_briefings("generate", "--help").stdout
    assert "--timeline-dates" in run_briefings("generate", "--help").stdout
    assert "--with-text" in run_briefings("analyse", "--help").stdout
    assert "--site" in run_briefings("build", "--help").stdout


def test_generate_on_the_seeds_gives_one_complete_briefing(run_briefings, seeds_dir, tmp_path):
    result = run_briefings("generate", seeds_dir, "--docs", tmp_path / "docs", "--json", tmp_path / "b.json", cwd=tmp_path)
    export = json.loads((tmp_path / "b.json").read_text())
    assert export["version"] == 1 and len(export["briefings"]) == 1
    briefing = export["briefings"][0]
    assert sorted((s["outlet"], s["date"]) for s in briefing["sources"]) == [("ANI", "2024-12-31"), ("UPI", "2024-12-31")]
    for section in ("summary", "figures", "quotes", "timeline", "entities"):
        assert briefing[section], section
    assert "warning:" not in result.stderr  # every field the seeds state was found
    assert briefing["title"].endswith("between North Korea and Russia")  # a whole clause, not "... in relations"
    page = (tmp_path / "docs" / "briefings" / f"{briefing['slug']}.md").read_text()
    assert [line for line in page.splitlines() if line.startswith("## ")] == SECTIONS
    index = (tmp_path / "docs" / "briefings" / "index.md").read_text()
    assert f"({briefing['slug']}.md)" in index


def test_same_input_gives_byte_identical_output(run_briefings, project_root, tmp_path):
    sources = project_root / "examples" / "sources"
    for name in ("one", "two"):
        run_briefings("generate", sources, "--docs", tmp_path / name / "docs", "--json", tmp_path / name / "b.json",
                      cwd=tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    assert (one / "b.json").read_bytes() == (two / "b.json").read_bytes()
    pages = sorted(p.relative_to(one) for p in (one / "docs" / "briefings").iterdir())
    assert pages == sorted(p.relative_to(two) for p in (two / "docs" / "briefings").iterdir())
    for page in pages:
        assert (one / page).read_bytes() == (two / page).read_bytes()


def test_sources_given_replace_the_configured_ones_and_stale_pages_go(run_briefings, project_copy, seeds_dir):
    run_briefings("generate", cwd=project_copy)
    example_pages = set((project_copy / "docs" / "briefings").iterdir())
    assert len(example_pages) >= 5
    run_briefings("generate", seeds_dir, cwd=project_copy)
    pages = sorted(p.name for p in (project_copy / "docs" / "briefings").iterdir())
    assert len(pages) == 2 and "index.md" in pages
    assert (project_copy / "docs" / "index.md").exists()  # the hand-written page is never touched


def test_analyse_exports_what_each_extractor_found(run_briefings, seeds_dir, tmp_path):
    run_briefings("analyse", *sorted(seeds_dir.glob("*.txt")), "--json", tmp_path / "a.json", "--with-text")
    articles = json.loads((tmp_path / "a.json").read_text())["articles"]
    assert len(articles) == 2
    for article in articles:
        text = article["text"]
        for kind in ("sentences", "quotes", "figures", "dates", "entities"):
            assert article[kind], kind
        for item in article["quotes"] + article["figures"] + article["dates"]:
            assert text[item["start"]:item["end"]] == item["text"]
        assert article["date"] == "2024-12-31"
    listing = run_briefings("analyse", *sorted(seeds_dir.glob("*.txt"))).stdout
    assert "figure" in listing and "quote" in listing and "date" in listing


def test_exit_status(run_briefings, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    nothing = run_briefings("generate", tmp_path, "--docs", tmp_path / "d", check=False, cwd=tmp_path)
    assert nothing.returncode == 1 and "empty.txt" in nothing.stderr
    usage = run_briefings("generate", "--summary-words", "many", check=False, cwd=tmp_path)
    assert usage.returncode == 2
    no_config = run_briefings("generate", check=False, cwd=tmp_path)
    assert no_config.returncode == 2 and "SOURCES" in no_config.stderr
    (tmp_path / "a.txt").write_text("A dam on the river Kessel cracked and engineers closed the road below it.")
    strict = run_briefings("generate", tmp_path / "a.txt", "--docs", tmp_path / "d", "--strict", check=False, cwd=tmp_path)
    assert strict.returncode == 3 and "a.txt: outlet unknown" in strict.stderr
    ok = run_briefings("generate", tmp_path, "--docs", tmp_path / "d", check=False, cwd=tmp_path)
    assert ok.returncode == 0 and "empty.txt: skipped" in ok.stderr


@pytest.mark.parametrize("flag, value", [("--summary-words", "40"), ("--timeline-dates", "2")])
def test_condense_flags(run_briefings, project_root, tmp_path, flag, value):
    sources = project_root / "examples" / "sources"
    run_briefings("generate", sources, "--docs", tmp_path / "d", "--json", tmp_path / "b.json", flag, value)
    for briefing in json.loads((tmp_path / "b.json").read_text())["briefings"]:
        if flag == "--summary-words":
            assert sum(len(s["text"].split()) for s in briefing["summary"]) <= 40
        else:
            assert len({e["date"] for e in briefing["timeline"]}) <= 2


def test_watch_regenerates_when_a_source_is_added(briefings_cmd, tmp_path):
    import signal
    import subprocess
    import time

    sources = tmp_path / "news"
    sources.mkdir()
    (sources / "a.txt").write_text("date 2026-11-03 Tarrow: A crane collapsed at the Tarrow container terminal, "
                                   "stranding about 4,200 containers. (Valley Courier)", encoding="utf-8")
    pages = tmp_path / "docs" / "briefings"
    # stderr to a file, not a pipe nobody reads: a full pipe would block the watcher's progress lines
    log = (tmp_path / "watch.log").open("w")
    # A test run started in the background (`pytest &` in a shell without job control) ignores
    # SIGINT, and a child inherits that: Python then installs no Ctrl-C handler. Ctrl-C is what is
    # tested, so the watcher gets the default.
    watcher = subprocess.Popen(briefings_cmd + ["watch", str(sources), "--docs", str(tmp_path / "docs"),
                                                "--interval", "0.2"], stderr=log, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while not (pages / "index.md").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(list(pages.glob("*.md"))) == 2
        (sources / "b.txt").write_text("date 2026-11-04 Kelvedon: Floodwater closed the Kelvedon ring road after "
                                       "the river Ambrel rose two metres overnight. (Northern Post)", encoding="utf-8")
        while len(list(pages.glob("*.md"))) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(list(pages.glob("*.md"))) == 3
    finally:
        watcher.send_signal(signal.SIGINT)
        try:
            assert watcher.wait(timeout=30) == 0
        finally:
            watcher.kill()
            log.close()
    assert "watching" in (tmp_path / "watch.log").read_text()


def test_pdf_command_prints_every_briefing_and_the_edition(run_briefings, seeds_dir, tmp_path):
    pytest.importorskip("weasyprint")
    result = run_briefings("pdf", seeds_dir, "--docs", tmp_path / "docs", "--out", tmp_path / "pdf", cwd=tmp_path)
    pdfs = sorted(p.name for p in (tmp_path / "pdf").glob("*.pdf"))
    assert len(pdfs) == 2 and "edition.pdf" in pdfs
    assert all((tmp_path / "pdf" / name).read_bytes().startswith(b"%PDF-") for name in pdfs)
    assert "pdf: wrote 2 files" in result.stderr


def test_bad_option_values_are_usage_errors(run_briefings, tmp_path):
    for args in (["--summary-words", "-5"], ["--timeline-dates", "0"], ["--templates", str(tmp_path / "nope")]):
        result = run_briefings("generate", tmp_path, *args, check=False, cwd=tmp_path)
        assert result.returncode == 2, args


def test_a_broken_template_is_a_usage_error_said_in_one_line(run_briefings, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("date 2026-11-03 Tarrow: A crane fell at the port. (Valley Courier)")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "briefing.md.j2").write_text("---\n{{ front_matter }}---\n# {{ briefing.title | md }\n")
    result = run_briefings("generate", "news", "--templates", "mine", "--docs", "docs", "-q", check=False, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "briefings: template mine/briefing.md.j2 line 3: unexpected '}'\n"
    assert not (tmp_path / "docs" / "briefings").exists()


def test_build_strict_fails_with_exit_3(run_briefings, project_copy, tmp_path):
    (tmp_path / "a.txt").write_text("A dam on the river Kessel cracked and engineers closed the road below it.")
    result = run_briefings("build", tmp_path / "a.txt", "--strict", cwd=project_copy, check=False)
    assert result.returncode == 3 and "strict" in result.stderr


ARTICLE = ("TARROW (Valley Courier) - A second crane at the Tarrow container terminal was taken out of service on "
           "Saturday after inspectors found cracks in its boom, the port authority said. \"We will not take "
           "chances with the quay,\" said harbour master Dana Whitlock.\n")


def test_init_starts_a_project_that_builds_a_site(run_briefings, tmp_path):
    project = tmp_path / "mysite"
    result = run_briefings("init", project, cwd=tmp_path)
    assert "briefings build" in result.stderr  # it says what to do next
    assert (project / "docs" / "index.md").is_file() and (project / "articles").is_dir()
    (project / "articles" / "crane.txt").write_text(ARTICLE, encoding="utf-8")
    run_briefings("build", cwd=project)
    assert len(list((project / "site" / "briefings").glob("*/index.html"))) == 1
    # nothing that exists is overwritten
    again = run_briefings("init", project, cwd=tmp_path, check=False)
    assert again.returncode == 2 and "already there" in again.stderr


def test_init_writes_the_sources_it_is_given(run_briefings, tmp_path):
    news = tmp_path / "feeds with spaces"
    run_briefings("init", "--sources", news, "--sources", "more", tmp_path / "site", cwd=tmp_path)
    config = yaml.safe_load((tmp_path / "site" / "mkdocs.yml").read_text())
    briefings = next(p["briefings"] for p in config["plugins"] if isinstance(p, dict) and "briefings" in p)
    assert briefings["sources"] == [str(news), "more"] and news.is_dir() and (tmp_path / "site" / "more").is_dir()
    (tmp_path / "a-file").write_text("x")
    refused = run_briefings("init", tmp_path / "a-file", cwd=tmp_path, check=False)
    assert refused.returncode == 2 and "is a file" in refused.stderr


def test_the_site_template_is_this_project_s_configuration_but_for_its_sources(project_root):
    # (the theme's settings stay in one place: what init writes is what this project builds with)
    ours = yaml.safe_load((project_root / "mkdocs.yml").read_text())
    shipped = yaml.safe_load((project_root / "templates" / "site" / "mkdocs.yml").read_text())
    for config in (ours, shipped):
        next(p["briefings"] for p in config["plugins"] if isinstance(p, dict) and "briefings" in p).pop("sources")
    assert ours == shipped
    assert (project_root / "docs" / "index.md").read_text() == (project_root / "templates" / "site" / "index.md").read_text()


def test_build_takes_the_condensing_options_of_generate(run_briefings, project_copy):
    run_briefings("build", "--one-story", "--summary-words", "40", cwd=project_copy)
    pages = list((project_copy / "docs" / "briefings").glob("*.md"))
    assert len(pages) == 2  # the one story and the index
    assert len(list((project_copy / "site" / "briefings").glob("*/index.html"))) == 1
    page = next(p for p in pages if p.name != "index.md").read_text()
    summary = page.split("## Summary", 1)[1].split("## ", 1)[0]
    assert len(re.sub(r"\[\[\d+\]\]\(#source-\d+\)", "", summary).split()) <= 40
