"""PDF output: real PDFs written by WeasyPrint, read back with poppler's tools (no mocks)."""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest


def _missing_tools() -> str | None:
    try:
        import weasyprint  # noqa: F401  (loads Pango through cffi: fails without the system libraries)
    except (ImportError, OSError) as error:
        return f"weasyprint or its system libraries are missing (pip install weasyprint; apt-get install " \
               f"libpango-1.0-0 libpangoft2-1.0-0): {error}"
    for tool in ("pdftotext", "pdfinfo", "pdftohtml", "pdfimages"):
        if not shutil.which(tool):
            return f"{tool} is missing (apt-get install poppler-utils)"
    return None


_REASON = _missing_tools()
if _REASON and os.environ.get("CI"):
    pytest.fail(f"CI installs the PDF tools, yet {_REASON}", pytrace=False)
if _REASON:
    pytest.skip(_REASON, allow_module_level=True)

from generator.model import (Briefing, EntitySummary, FigureReading, MergedFigure,  # noqa: E402
                             MergedQuote, SourceRef, SummarySentence, TimelineEvent)
from generator.pdf import allowed_url, prefix_anchors, write_pdfs  # noqa: E402
from generator.pipeline import Settings, generate  # noqa: E402
from generator.render import DEFAULT_TEMPLATES, Page, Renderer  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
SECTIONS = ["Summary", "Key figures", "Quotes", "Timeline", "Sources"]


def invented(slug: str, title: str, date: str, said: str = "We will reopen the quay by Friday.") -> Briefing:
    return Briefing(
        id=slug, slug=slug, title=title, date=date, description=f"{title}.",
        summary=[SummarySentence("Officials in Tarrow said on Monday that work had stopped.", ("s1", "s2"))],
        figures=[MergedFigure(4200, None, "containers", "about 4,200 containers", "context", ["s1", "s2"],
                              [FigureReading(4200, None, "about 4,200 containers", "s1"),
                               FigureReading(3800, None, "3,800 containers", "s2")], discrepant=True)],
        quotes=[MergedQuote(said, "Dana Whitlock", "full", ["s1"])],
        timeline=[TimelineEvent(date, "day", "The crane collapsed during unloading.", ["s1", "s2"])],
        entities=[EntitySummary("Tarrow", "place", 3)],
        sources=[SourceRef("s1", "Valley Courier", "Crane falls", date, "https://courier.example/a", "a.txt"),
                 SourceRef("s2", "Metro Digest", None, date, None, "b.json#1")],
        tags=["Tarrow"],
    )


NEWEST_FIRST = [invented("crane-falls", "Crane collapse halts Tarrow port", "2026-11-06"),
                invented("ferry-strike", "Ferry crews strike over rosters", "2026-10-20", "Rosters are not negotiable."),
                invented("bridge-opens", "Kelvedon bridge opens after delays", "2026-10-01", "It was worth the wait.")]


def pages_of(briefings: list[Briefing]) -> list[Page]:
    renderer = Renderer()
    return [renderer.briefing(b) for b in briefings] + [renderer.index(briefings)]


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def info_of(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def destinations_of(pdf: Path) -> dict[str, int]:
    """Named destinations (the HTML ids) and their page numbers."""
    out = subprocess.run(["pdfinfo", "-dests", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {m.group(2): int(m.group(1)) for m in re.finditer(r'^\s*(\d+) \[.*\] "(.*)"$', out, re.MULTILINE)}


def internal_links_of(pdf: Path) -> list[tuple[int, str, int]]:
    """(page, link text, target page) of every link inside the PDF, as poppler reads them."""
    out = subprocess.run(["pdftohtml", "-xml", "-stdout", "-i", "-q", str(pdf)],
                         capture_output=True, text=True, check=True).stdout
    links, page = [], 0
    for match in re.finditer(r'<page number="(\d+)"|<a href="[^"#]*#(\d+)">([^<]*)</a>', out):
        if match.group(1):
            page = int(match.group(1))
        else:
            links.append((page, match.group(3), int(match.group(2))))
    return links


def in_order(text: str, parts: list[str]) -> bool:
    """Every part occurs in the text, each after the one before."""
    position = 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    """The example corpus generated, rendered and printed once for the module."""
    root = tmp_path_factory.mktemp("examples")
    result = generate(Settings(sources=[PROJECT / "examples" / "sources"], docs_dir=root / "docs"))
    pages = pages_of(result.briefings)
    return result.briefings, pages, write_pdfs(pages, root / "pdf", "Example edition")


def test_one_pdf_per_briefing_and_an_edition(tmp_path):
    paths = write_pdfs(pages_of(NEWEST_FIRST), tmp_path)
    assert [p.name for p in paths] == ["crane-falls.pdf", "ferry-strike.pdf", "bridge-opens.pdf", "edition.pdf"]
    # No index.pdf, no temporary files; the manifest of what was written beside them.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".briefings-pdf.json"] + [p.name for p in paths])


def test_briefing_pdf_holds_title_sections_quote_and_metadata(tmp_path):
    pdf = write_pdfs(pages_of(NEWEST_FIRST[:1]), tmp_path)[0]
    text = text_of(pdf)
    assert in_order(text, ["Crane collapse halts Tarrow port", "Updated 2026-11-06 · 2 sources"] + SECTIONS)
    assert in_order(text, ["“We will reopen the quay by Friday.”", "— Dana Whitlock, in Valley Courier[1]"])
    assert "3,800 containers per Metro Digest" in text
    assert "Valley Courier, 2026-11-06, “Crane falls” — https://courier.example/a — a.txt" in text
    assert "page 1 of 1" in text  # the footer
    assert text.count("Crane collapse halts Tarrow port") == 1  # the H1: no running header above it on its page
    info = info_of(pdf)
    assert info["Pages"] == "1" and info["Page size"].endswith("(A4)")
    assert info["Title"] == "Crane collapse halts Tarrow port"
    assert info["CreationDate"] == info["ModDate"] == "Fri Nov  6 00:00:00 2026 UTC"  # the briefing's date


def test_citations_link_to_their_sources(tmp_path):
    pdf = write_pdfs(pages_of(NEWEST_FIRST[:1]), tmp_path)[0]
    assert {"source-1", "source-2", "summary", "sources"} <= set(destinations_of(pdf))
    citations = [link for link in internal_links_of(pdf) if link[1].startswith("[")]
    assert citations and all(target == 1 for _, _, target in citations)


def test_edition_has_cover_contents_and_each_briefing_on_its_own_page(tmp_path):
    pages = pages_of(NEWEST_FIRST)
    edition = write_pdfs(pages, tmp_path, title="Harbour edition")[-1]
    text = text_of(edition)
    titles = [b.title for b in NEWEST_FIRST]
    assert in_order(text, ["Harbour edition", "2026-10-01 – 2026-11-06", "3 briefings, newest first",
                           "Contents"] + titles + titles)
    assert info_of(edition)["Pages"] == "5"  # cover, contents, one page per briefing
    assert info_of(edition)["CreationDate"] == "Fri Nov  6 00:00:00 2026 UTC"  # the newest briefing
    page_texts = text.split("\f")
    for page, title in zip(page_texts[2:5], titles):
        assert page.count(title) == 1 and in_order(page, SECTIONS)  # the H1 (no header on its page), then all five sections
    assert re.search(r"Crane collapse halts Tarrow port\s*\.*\s*3\b", page_texts[1])  # contents: page numbers
    assert re.search(r"Kelvedon bridge opens after delays\s*\.*\s*5\b", page_texts[1])


def test_edition_anchors_are_unique_per_briefing(tmp_path):
    edition = write_pdfs(pages_of(NEWEST_FIRST), tmp_path)[-1]
    destinations = destinations_of(edition)
    for page, slug in enumerate(["crane-falls", "ferry-strike", "bridge-opens"], start=3):
        assert destinations[slug] == destinations[f"{slug}--source-1"] == destinations[f"{slug}--summary"] == page
    assert "source-1" not in destinations
    links = internal_links_of(edition)
    contents = [target for page, _, target in links if page == 2]
    assert sorted(set(contents)) == [3, 4, 5]
    citations = [(page, target) for page, text, target in links if page >= 3 and text.startswith("[")]
    assert len(citations) >= 9 and all(page == target for page, target in citations)  # its own sources


def test_prefix_anchors_rewrites_markup_only():
    body = ('<h2 id="summary">Summary</h2><p>A note id="source-1" href="#x" stays.'
            '<a href="#source-1">[1]</a> <a href="https://a.example/#top">out</a></p><p data-id="k"></p>')
    assert prefix_anchors(body, "s--") == (
        '<h2 id="s--summary">Summary</h2><p>A note id="source-1" href="#x" stays.'
        '<a href="#s--source-1">[1]</a> <a href="https://a.example/#top">out</a></p><p data-id="k"></p>')


def test_article_text_stays_text(tmp_path):
    hostile = '<img src="http://127.0.0.1:9/x.png"> <b>bold</b> [link](javascript:alert(1)) *stars*'
    pdf = write_pdfs(pages_of([invented("hostile", "A title", "2026-11-06", said=hostile)]), tmp_path)[0]
    text = " ".join(text_of(pdf).split())  # joins the wrapped line
    assert f"“{hostile}”" in text
    assert "javascript" not in " ".join(t for _, t, _ in internal_links_of(pdf))


def test_nothing_is_fetched_from_the_network(tmp_path):
    """Even markup a user's own template adds may read only data: URLs and the templates folder."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        port = server.getsockname()[1]
        one_pixel = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4"
                     "DwABBAEAX+XDSwAAAABJRU5ErkJggg==")
        page = Page("remote.md", f'---\ntitle: Remote\n---\n# Remote\n\n<img src="http://127.0.0.1:{port}/a.png">\n'
                                 f'<img src="file:///etc/hostname"> <img src="{one_pixel}">\n\n'
                                 f'<link rel="stylesheet" href="http://127.0.0.1:{port}/a.css">\n')
        pdf = write_pdfs([page], tmp_path)[0]
        server.setblocking(False)
        with pytest.raises(BlockingIOError):
            server.accept()  # no connection was attempted
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    kinds = [row.split()[2] for row in images.splitlines()[2:]]
    assert kinds == ["image", "smask"]  # the data: image alone (with its alpha channel)


def test_allowed_urls():
    assert allowed_url("data:text/css,p{}")
    assert allowed_url((DEFAULT_TEMPLATES / "print.css").as_uri())
    assert not allowed_url((DEFAULT_TEMPLATES / ".." / "pyproject.toml").as_uri())
    for url in ("http://a.example/x.png", "https://a.example/", "ftp://a.example/f", "file:///etc/passwd",
                "file://remote-host" + str(DEFAULT_TEMPLATES / "print.css"), "//a.example/x", "x.png"):
        assert not allowed_url(url), url


def test_no_briefings_gives_an_edition_that_says_so(tmp_path):
    paths = write_pdfs(pages_of([]), tmp_path, title="Empty edition")
    assert [p.name for p in paths] == ["edition.pdf"]
    text = text_of(paths[0])
    assert in_order(text, ["Empty edition", "undated", "0 briefings", "Contents", "No briefings yet."])
    assert info_of(paths[0])["Pages"] == "2"


def test_unchanged_output_is_left_untouched(tmp_path):
    pages = pages_of(NEWEST_FIRST)
    first = {p: p.stat().st_mtime_ns for p in write_pdfs(pages, tmp_path)}
    os.utime(tmp_path / "edition.pdf", ns=(1, 1))
    second = {p: p.stat().st_mtime_ns for p in write_pdfs(pages, tmp_path)}
    assert second == {**first, tmp_path / "edition.pdf": 1}
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(p.name for p in first)


def test_pdfs_of_removed_briefings_go_and_other_files_stay(tmp_path):
    (tmp_path / "mine.pdf").write_bytes(b"%PDF-1.4 a reader's own file")
    write_pdfs(pages_of(NEWEST_FIRST), tmp_path)
    assert (tmp_path / "ferry-strike.pdf").exists()
    write_pdfs(pages_of([b for b in NEWEST_FIRST if b.slug != "ferry-strike"]), tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "bridge-opens.pdf", "crane-falls.pdf", "edition.pdf", "mine.pdf"]
    assert "Ferry crews" not in text_of(tmp_path / "edition.pdf")


def test_a_crash_midway_leaves_its_pdfs_listed_for_removal(tmp_path, monkeypatch):
    import generator.pdf as pdf
    real_render, calls = pdf.render_pdf, []

    def render_then_fail(document, stylesheet):
        calls.append(document)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real_render(document, stylesheet)

    monkeypatch.setattr(pdf, "render_pdf", render_then_fail)
    with pytest.raises(RuntimeError):
        write_pdfs(pages_of(NEWEST_FIRST), tmp_path)
    assert [p.name for p in tmp_path.glob("*.pdf")] == [f"{NEWEST_FIRST[0].slug}.pdf"]
    listed = json.loads((tmp_path / pdf.PDF_MANIFEST).read_text())["files"]
    assert f"{NEWEST_FIRST[0].slug}.pdf" in listed

    monkeypatch.setattr(pdf, "render_pdf", real_render)
    write_pdfs(pages_of(NEWEST_FIRST[1:]), tmp_path)  # that briefing is gone by the next run
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(
        [f"{b.slug}.pdf" for b in NEWEST_FIRST[1:]] + ["edition.pdf"])


def test_example_edition_holds_every_briefing_newest_first(example_run):
    briefings, pages, paths = example_run
    assert len(briefings) == 5 and [p.name for p in paths[:-1]] == [f"{b.slug}.pdf" for b in briefings]
    text = text_of(paths[-1])
    titles = [b.title for b in briefings]
    assert in_order(text, ["Example edition", f"{briefings[-1].date} – {briefings[0].date}", "Contents"]
                    + titles + titles)
    single_pages = [int(info_of(p)["Pages"]) for p in paths[:-1]]
    assert int(info_of(paths[-1])["Pages"]) == 2 + sum(single_pages)  # each briefing starts a page
    for path, briefing in zip(paths, briefings):
        assert in_order(" ".join(text_of(path).split()), [briefing.title] + SECTIONS)  # (a long H1 wraps)
    # the running header names the briefing on the pages after its first
    longest = max(zip(paths, briefings), key=lambda pb: int(info_of(pb[0])["Pages"]))
    assert text_of(longest[0]).split("\f")[1].lstrip().startswith(longest[1].title)


def test_same_input_gives_identical_bytes_in_another_process(example_run, tmp_path):
    _, pages, paths = example_run
    (tmp_path / "pages.json").write_text(json.dumps([{"path": p.path, "content": p.content} for p in pages]))
    script = ("import json, sys; from pathlib import Path; from generator.pdf import write_pdfs; "
              "from generator.render import Page; "
              "write_pdfs([Page(**p) for p in json.loads(Path(sys.argv[1]).read_text())], Path(sys.argv[2]), "
              "'Example edition')")
    environment = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(PROJECT)}
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "pages.json"), str(tmp_path / "again")],
                   check=True, env=environment, cwd=PROJECT, timeout=300)
    for path in paths:
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name
