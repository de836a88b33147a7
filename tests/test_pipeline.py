"""The whole build in-process on the shipped example corpus, and the stages that join the others."""
import datetime as dt

from generator.model import Article, PartialDate, Story
from generator.pipeline import Settings, assign_slugs, complete_dates, generate, slugify, year_from_text

EXPECTED_STORIES = {
    frozenset({"harbor-wire-port-strike.txt", "newsapi-business.json#1", "coastline-daily-port-strike.md",
               "veskaria-herald-port-talks.html", "drosk-evening-post.rss#1"}),
    frozenset({"npa-ambrel-floods.txt", "vpa-lissow-evacuations.txt", "regional-records.jsonl#1",
               "drosk-evening-post.rss#2"}),
    frozenset({"kpw-corran-website.txt", "regional-records.jsonl#2", "northlight-review.atom#1"}),
    frozenset({"newsapi-business.json#2", "tbw-brannock-jobs.txt", "regional-records.jsonl#3",
               "grain-report-dairy-review.md"}),
    frozenset({"tessaly-observer-gallery-theft.html", "northlight-review.atom#2", "forsander-painting-found.txt"}),
}


def run_examples(project_root, tmp_path):
    settings = Settings(sources=[project_root / "examples" / "sources"], docs_dir=tmp_path / "docs")
    return generate(settings)


def test_example_corpus_groups_into_its_five_stories(project_root, tmp_path):
    result = run_examples(project_root, tmp_path)
    by_id = {a.id: a.path for a in result.articles}
    stories = {frozenset(by_id[i] for i in b.article_ids) for b in result.stories}
    assert stories == EXPECTED_STORIES
    strike = next(s for s in result.stories if by_id[s.article_ids[0]] in min(EXPECTED_STORIES, key=len) or True
                  and "newsapi-business.json#1" in {by_id[i] for i in s.article_ids})
    pair = {by_id[a] for pair in strike.duplicates.items() for a in pair}
    assert pair == {"harbor-wire-port-strike.txt", "newsapi-business.json#1"}


def test_example_warnings_are_exactly_the_fields_the_files_lack(project_root, tmp_path):
    result = run_examples(project_root, tmp_path)
    assert sorted(str(w) for w in result.warnings) == [
        "forsander-painting-found.txt: date unknown: no date field, header or dateline gives one",
        "forsander-painting-found.txt: outlet unknown: no outlet field, dateline or credit names one",
        "harbor-wire-port-strike.txt: date unknown: no date field, header or dateline gives one",
        "tbw-brannock-jobs.txt: date unknown: no date field, header or dateline gives one",
    ]
    dates = {a.path: a.published for a in result.articles}
    assert dates["npa-ambrel-floods.txt"] == dt.date(2026, 10, 29)  # year lent by the story's siblings
    assert dates["kpw-corran-website.txt"] == dt.date(2026, 11, 3)


def test_every_briefing_has_its_sections_and_the_index_lists_them_newest_first(project_root, tmp_path):
    result = run_examples(project_root, tmp_path)
    pages = tmp_path / "docs" / "briefings"
    index = (pages / "index.md").read_text()
    positions = [index.index(f"({b.slug}.md)") for b in result.briefings]
    assert positions == sorted(positions)
    assert [b.date for b in result.briefings] == sorted((b.date for b in result.briefings), reverse=True)
    for briefing in result.briefings:
        assert briefing.summary and briefing.quotes and briefing.timeline and briefing.sources
        page = (pages / f"{briefing.slug}.md").read_text()
        assert page.index("## Summary") < page.index("## Key figures") < page.index("## Quotes") \
            < page.index("## Timeline") < page.index("## Sources")


def test_a_second_run_writes_nothing_and_keeps_slugs(project_root, tmp_path):
    first = run_examples(project_root, tmp_path)
    second = run_examples(project_root, tmp_path)
    assert second.written.written == [] and len(second.written.unchanged) == len(first.written.written)
    assert [b.slug for b in first.briefings] == [b.slug for b in second.briefings]


def test_hostile_text_reaches_the_page_escaped(project_root, tmp_path):
    hostile = project_root / "tests" / "fixtures" / "bad" / "hostile.md"
    result = generate(Settings(sources=[hostile], docs_dir=tmp_path / "docs"))
    (briefing,) = result.briefings
    page = (tmp_path / "docs" / "briefings" / f"{briefing.slug}.md").read_text()
    body = page[4:].split("\n---\n", 1)[1]
    assert "<script" not in body and "<img" not in body and "{{ x }}" not in body
    assert "&lt;script&gt;" in body and "\\{\\{ x \\}\\}" in body  # shown as text, escaped


def test_dateline_year_comes_from_siblings_else_from_the_text():
    def art(id_, published=None, partial=None, text="A crane fell."):
        return Article(id=id_, path=id_, text=text, published=published, partial_date=partial)
    articles = {"a": art("a", dt.date(2025, 1, 2)), "b": art("b", partial=PartialDate(12, 31)),
                "c": art("c", partial=PartialDate(3, 6), text="Prices rose in 2023. They will fall in 2027.")}
    warnings = complete_dates([Story("s1", ["a", "b"]), Story("s2", ["c"])], articles)
    assert articles["b"].published == dt.date(2024, 12, 31)  # nearest the sibling, across the new year
    assert articles["c"].published == dt.date(2023, 3, 6)
    assert [w.path for w in warnings] == ["c"] and "2023" in warnings[0].message
    assert year_from_text("Nothing dated here.") is None


def test_slugs_are_unique_url_safe_and_stable():
    from generator.model import Briefing
    def b(id_, title):
        return Briefing(id_, "", title, "2026-11-01", "", [], [], [], [], [], [])
    slugs = assign_slugs([b("x", "Crane falls — Tarrow!"), b("y", "Crane falls: Tarrow"), b("z", "Index")], {})
    assert slugs["x"] == "crane-falls-tarrow" and slugs["y"] == "crane-falls-tarrow-2"
    assert assign_slugs([b("y", "New title")], {"y": "crane-falls-tarrow-2"}) == {"y": "crane-falls-tarrow-2"}
    assert slugify("Café Müller’s 2,000 rooms") == "cafe-mullers-2-000-rooms"


def test_slugs_avoid_hand_written_pages_and_none_is_overwritten(seeds_dir, tmp_path):
    from generator.pipeline import generate as run
    first = run(Settings(sources=[seeds_dir], docs_dir=tmp_path / "a" / "docs"))
    slug = first.briefings[0].slug
    docs = tmp_path / "b" / "docs"
    (docs / "briefings").mkdir(parents=True)
    (docs / "briefings" / f"{slug}.md").write_text("MINE")
    second = run(Settings(sources=[seeds_dir], docs_dir=docs))
    assert second.briefings[0].slug == f"{slug}-2"
    assert (docs / "briefings" / f"{slug}.md").read_text() == "MINE"


def test_progress_counts_one_of_a_thing_in_the_singular(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("date 2026-11-03 Tarrow: The ferry to Velm was cancelled on Monday.")
    said = []
    generate(Settings(sources=[tmp_path / "news"], docs_dir=tmp_path / "docs"), progress=said.append)
    counts = [message.split(" under ")[0] for message in said[1:]]  # the first names the sources
    assert counts == ["read: 1 article from 1 file, 1 warning", "group: 1 story",
                      "analyse: 1 article analysed, 0 from the cache", "condense: 1 story",
                      "render: 1 page and the index", "write: 2 written, 0 unchanged, 0 removed"]


def test_an_article_an_extractor_fails_on_is_named_and_the_run_goes_on(tmp_path, monkeypatch):
    import generator.pipeline as pipeline
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text("date 2026-11-03 Tarrow: The ferry to Velm carried 40 people on Monday.")
    (news / "bad.txt").write_text("date 2026-11-03 Tarrow: The ferry to Velm was cancelled on Monday.")
    real = pipeline.analyse

    def failing_on_bad(article):
        if article.path.endswith("bad.txt"):
            raise ValueError("unforeseen text")
        return real(article)

    monkeypatch.setattr(pipeline, "analyse", failing_on_bad)
    said = []
    result = generate(Settings(sources=[news], docs_dir=tmp_path / "docs"), progress=said.append)
    failed = [w for w in result.warnings if w.path.endswith("bad.txt") and "analysis failed" in w.message]
    assert failed and "ValueError: unforeseen text" in failed[0].message
    assert "analyse: 1 article analysed, 0 from the cache, 1 failed" in said
    assert sum(len(b.figures) for b in result.briefings) == 1  # the good article's 40 people
    assert all(result.analyses[a.id].sentences for a in result.articles)
    # the failed article is not cached: a later run reads it again
    monkeypatch.setattr(pipeline, "analyse", real)
    said.clear()
    generate(Settings(sources=[news], docs_dir=tmp_path / "docs"), progress=said.append)
    assert "analyse: 1 article analysed, 1 from the cache" in said



def test_an_article_the_sentence_splitter_fails_on_is_named_too(tmp_path, monkeypatch):
    import generator.analysis as analysis
    import generator.pipeline as pipeline
    news = tmp_path / "news"
    news.mkdir()
    (news / "bad.txt").write_text("date 2026-11-03 Tarrow: The ferry to Velm was cancelled on Monday.")

    def failing(text):
        raise IndexError("unforeseen text")

    monkeypatch.setattr(analysis, "split_sentences", failing)
    monkeypatch.setattr(pipeline, "split_sentences", failing)
    result = generate(Settings(sources=[news], docs_dir=tmp_path / "docs"))
    assert any("analysis failed (IndexError" in w.message for w in result.warnings)
    assert [result.analyses[a.id].sentences for a in result.articles] == [[]]
