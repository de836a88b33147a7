"""Rendering: the five sections in order, citations, and article text that stays inert."""
import html
import re

import markdown
import pytest
import yaml

from generator.model import (Briefing, EntitySummary, FigureReading, MergedFigure, MergedQuote, SourceRef,
                             SummarySentence, TimelineEvent)
from generator.render import (BrokenTemplate, Renderer, figure_in_context, format_date, format_figure, format_number, md, plan_mark,
                              safe_url)

HOSTILE = ('<script>alert(1)</script> {{ config }} {% raw %} [click](javascript:alert(1)) '
           '<img src=x onerror=alert(1)> | a | b | *stars* _under_ `code` ---')


def briefing(text="The port reopened on Friday.", title="Port reopens"):
    return Briefing(
        id="abc", slug="port-reopens", title=title, date="2026-11-06", description=text,
        summary=[SummarySentence(text, ("s1", "s2"))],
        figures=[MergedFigure(4200, None, "containers", "about 4,200 containers", text, ["s1", "s2"],
                              [FigureReading(4200, None, "about 4,200 containers", "s1"),
                               FigureReading(3800, None, "3,800 containers", "s2")], discrepant=True)],
        quotes=[MergedQuote(text, "Dana Whitlock", "full", ["s1", "s2"])],
        timeline=[TimelineEvent("2026-11-02", "day", text, ["s1"]), TimelineEvent("2026-10", "month", text, ["s2"])],
        entities=[EntitySummary("Tarrow", "place", 3)],
        sources=[SourceRef("s1", "Valley Courier", "Crane falls", "2026-11-03", "https://courier.example/a", "a.txt"),
                 SourceRef("s2", "Metro Digest", None, "2026-11-04", "javascript:alert(1)", "b.json#1", "s1")],
        tags=["Tarrow"],
    )


def to_html(markdown_text):
    assert markdown_text.startswith("---\n")
    body = markdown_text[4:].split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=["tables", "toc"])


def test_sections_in_contract_order_with_citations():
    page = Renderer().briefing(briefing()).content
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## Summary", "## Key figures", "## Quotes", "## Timeline", "## Sources"]
    assert '[[1]](#source-1 "Valley Courier, 2026-11-03")[[2]](#source-2 "Metro Digest, 2026-11-04")' in page
    assert '<a id="source-1"></a>' in page and '<a id="source-2"></a>' in page
    assert "(sources differ)" in page and "3,800 containers per Metro Digest (Wed 4 Nov 2026)" in page
    assert "Mon 2 Nov 2026" in page and "October 2026" in page
    assert "copy of source 1" in page


def test_front_matter_is_valid_yaml_for_any_title():
    title = 'A "quoted": title\n- with: [yaml] {syntax} # and more'
    page = Renderer().briefing(briefing(title=title)).content
    front = yaml.safe_load(page[4:].split("\n---\n", 1)[0])
    assert front["title"] == html.escape(" ".join(title.split()))  # MkDocs puts it into HTML as it is
    assert front["date"] == "2026-11-06" and front["tags"] == ["Tarrow"]


def test_hostile_article_text_stays_inert():
    page = Renderer().briefing(briefing(text=HOSTILE, title=HOSTILE)).content
    html = to_html(page)
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "{{ config }}" in html or "{{ config }}" in page.replace("\\", "")  # shown as text, not run
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<em>stars</em>" not in html and "<code>code</code>" not in html
    # Table pipes in article text do not add cells.
    for row in html.split("<tr>")[1:]:
        assert row.count("<td") in (0, 3)


def test_md_escapes_line_start_structure():
    assert md("1. not a list") == "1\\. not a list"
    assert md("# not a heading") == "\\# not a heading"
    assert md("- not a bullet") == "\\- not a bullet"
    assert md("> not a quote") == "&gt; not a quote"
    assert md("line\nbreak") == "line break"


def test_only_http_links():
    assert safe_url("https://x.example/a b") == "https://x.example/a%20b"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None


def test_formatting():
    assert format_number(11000) == "11,000"
    assert format_number(2.5e6) == "2.5 million"
    # 2.3e6 / 1e6 is 2.2999999999999998 in floating point: still "2.3 million", not "2,300,000"
    assert format_number(2.3e6) == "2.3 million" and format_number(1.18e9) == "1.18 billion"
    assert format_number(4e12) == "4 trillion"  # not "4000 billion"
    assert format_number(1.519e9) == "1.519 billion"  # not "1519 million"
    assert format_number(1.2345e9) == "1,234,500,000" and format_number(1234567) == "1,234,567"
    assert format_number(12345678000) == "12,345,678,000" and format_number(4.5e15) == "4,500 trillion"
    hedged = MergedFigure(1400, None, "people", "about 1,400 people", "About 1,400 people left.", ["s1"],
                          qualifier="about")
    assert format_figure(hedged) == "about 1,400"
    hedged.discrepant, hedged.value_max = True, 1600  # the sources' range is the figure
    assert format_figure(hedged) == "1,400 – 1,600"
    assert format_number(3.25) == "3.25"
    # money keeps its cents
    price = MergedFigure(41.5, None, "dollars per share", "$41.50 per share", "It pays $41.50 per share.", ["s1"])
    assert format_figure(price) == "41.50"
    price.value_max = 42
    assert format_figure(price) == "41.50 – 42.00"  # a range in one style
    price.value, price.value_max = 3.125, None
    assert format_figure(price) == "3.125"  # a fraction of a cent is not rounded away
    price.value, price.unit = 12.5, "pesos"
    assert format_figure(price) == "12.50"  # in any currency the figures know
    price.value, price.unit = 2.5e9, "dollars"
    assert format_figure(price) == "2.5 billion"
    assert format_date("2024-12-30", "day") == "Mon 30 Dec 2024"
    assert format_date("2024-12-23", "week") == "week of Mon 23 Dec 2024"
    assert format_date("2022-02", "month") == "February 2022"
    assert format_date("2025", "year") == "2025"


def test_a_figure_is_shown_in_the_words_around_it():
    def shown(context, text):
        return figure_in_context(MergedFigure(0, None, "percent", text, context, ["s1"]))
    # what "9 percent" counts is in the words before and after it, up to the clause's edges
    assert shown("The union, which represents the crews, had sought a pay rise of 9 percent over two years "
                 "before the talks began.", "9 percent") == "…sought a pay rise of 9 percent over two years before the talks…"
    assert shown("Eighty-one percent of members voted for the deal, the union said.",
                 "Eighty-one percent") == "Eighty-one percent of members voted for the deal…"
    # a cut phrase ends on a word that closes it: "…before the" would not
    assert shown("They sought 9 percent over two years before the end of the talks.", "9 percent") == \
        "They sought 9 percent over two years before the end…"
    # the sentence's own start and end take no ellipsis and no full stop
    assert shown("The plant employs 420 people.", "420 people") == "The plant employs 420 people"
    # a clause mark just before the figure would leave one word: the clause before is kept
    assert shown("Sales rose 7 percent, to $5.4 billion.", "$5.4 billion") == "Sales rose 7 percent, to $5.4 billion"
    # the comma of "3,100" ends no clause; a number neither starts nor ends a cut phrase
    assert shown("The group buys milk from about 2,400 farms and employs roughly 3,100 people in the valley.",
                 "about 2,400 farms") == "The group buys milk from about 2,400 farms and employs roughly 3,100 people…"
    assert shown("Analysts said the $1.2 billion deal would lead to 600 job cuts over three years, the union said.",
                 "600 job cuts") == "…the $1.2 billion deal would lead to 600 job cuts over three years…"
    # a clause of two words says too little: the words before say who
    assert shown("The union wants 9 percent; the operator, Halden Terminal Group, has offered 4.5 percent.",
                 "4.5 percent") == "…Halden Terminal Group, has offered 4.5 percent"
    # a figure its sentence does not hold is shown alone
    assert shown("Another sentence.", "12 ships") == "12 ships"


def test_a_figure_on_the_page_says_what_it_counts():
    text = "Crews at Tarrow moved about 4,200 containers off the quay by Friday, the port said."
    b = briefing()
    b.figures = [MergedFigure(4200, None, "containers", "about 4,200 containers", text, ["s1"])]
    page = Renderer().briefing(b).content
    assert "| containers — “Crews at Tarrow moved about 4,200 containers off the quay by Friday…” |" in page


def test_index_is_newest_first():
    older = briefing(title="Older")
    older.slug, older.date = "older", "2026-10-01"
    page = Renderer().index([older, briefing()]).content
    assert page.index("port-reopens.md") < page.index("older.md")
    assert "2 briefings, newest first." in page


def test_user_templates_override_the_default(tmp_path):
    (tmp_path / "index.md.j2").write_text("---\n{{ front_matter }}---\n# Mine {{ briefings | length }}\n")
    renderer = Renderer(tmp_path)
    assert "# Mine 1" in renderer.index([briefing()]).content
    assert "## Summary" in renderer.briefing(briefing()).content  # the default still serves the rest


BRIEFING_TEMPLATE = "---\n{{ front_matter }}---\n# {{ briefing.title | md }}\n"


@pytest.mark.parametrize("broken, problem", [
    ("# {{ briefing.title | md }\n", "line 3: unexpected '}'"),                            # a syntax error
    ("# {{ briefing.titel | md }}\n", "line 3: 'Briefing object' has no attribute 'titel'"),  # a typo
    ("# {{ briefing.title | mdd }}\n", "line 3: No filter named 'mdd'."),
    ("{% include 'header.md.j2' %}\n", "line 3: template 'header.md.j2' not found"),
    ("# {{ briefing.title + 1 }}\n", 'line 3: can only concatenate str (not "int") to str'),  # Python's own error
])
def test_a_broken_user_template_is_named_with_its_line_in_one_line(tmp_path, broken, problem):
    (tmp_path / "briefing.md.j2").write_text(BRIEFING_TEMPLATE.replace("# {{ briefing.title | md }}\n", broken))
    with pytest.raises(BrokenTemplate) as raised:
        Renderer(tmp_path).briefing(briefing())
    assert str(raised.value) == f"template {tmp_path / 'briefing.md.j2'} {problem}"


def test_each_quote_is_its_own_blockquote():
    b = briefing()
    from generator.model import MergedQuote
    b.quotes.append(MergedQuote("Second words", None, "partial", ["s2"]))
    html = to_html(Renderer().briefing(b).content)
    assert html.count("<blockquote>") == 2


def test_an_unknown_outlet_is_named_so_in_the_header():
    b = briefing()
    b.sources[1] = SourceRef("s2", None, None, None, None, "b.txt")
    page = Renderer().briefing(b).content
    assert "2 sources: Valley Courier, unknown outlet*" in page


def test_a_plan_whose_day_has_passed_was_expected():
    def mark(date, precision, briefing_date="2026-11-04"):
        return plan_mark(TimelineEvent(date, precision, "The union will vote.", ["s1"], True), briefing_date)
    assert mark("2026-11-05", "day") == " (expected)"
    assert mark("2026-11-03", "day") == " (was expected)"
    assert mark("2026-11-02", "week") == " (expected)"  # the week of 2 Nov is not over on the 4th
    assert mark("2026-10-26", "week") == " (was expected)"
    assert mark("2026-11", "month") == " (expected)" and mark("2026-10", "month") == " (was expected)"
    assert mark("2026", "year") == " (expected)"
    assert plan_mark(TimelineEvent("2026-11-03", "day", "The union voted.", ["s1"]), "2026-11-04") == ""


def test_a_series_shows_its_earlier_readings():
    from generator.render import earlier_readings
    from generator.model import FigureReading
    figure = MergedFigure(3, None, "people", "three people", "Three people died.", ["a", "b"],
                          [FigureReading(2, None, "two people", "a"), FigureReading(3, None, "three people", "b")],
                          series=True)
    assert [r.text for r in earlier_readings(figure)] == ["two people"]
    figure.series = False
    assert earlier_readings(figure) == []


def without_tooltips(page: str) -> str:
    return re.sub(r' "[^"]*"\)', ")", page)


def test_a_citation_s_tooltip_names_its_source_and_stays_inert():
    b = briefing()
    b.sources[0] = SourceRef("s1", 'Courier") [x](javascript:alert(1)) "<b>', None, None, None, "a.txt")
    page = Renderer().briefing(b).content
    assert '[[1]](#source-1 "Courier x javascript:alert 1 b")' in page
    html_page = to_html(page)
    assert "<b>" not in html_page and 'href="javascript' not in html_page
    assert 'title="Courier x javascript:alert 1 b"' in html_page


def test_a_quote_says_which_sources_print_it_whole_and_which_in_part():
    b = briefing()
    b.quotes[0] = MergedQuote("We will not take chances with the quay", "Dana Whitlock", "full", ["s1", "s2"])
    assert "in Valley Courier[[1]](#source-1) (also in Metro Digest[[2]](#source-2))" in without_tooltips(
        Renderer().briefing(b).content)
    b.quotes[0].in_part = ["s2"]
    page = without_tooltips(Renderer().briefing(b).content)
    assert "in Valley Courier[[1]](#source-1) (in part in Metro Digest[[2]](#source-2))" in page
    assert "also in" not in page
    b.sources.append(SourceRef("s3", "Harbor Wire", None, "2026-11-05", None, "c.txt"))
    b.quotes[0].sources.append("s3")
    page = without_tooltips(Renderer().briefing(b).content)
    assert ("in Valley Courier[[1]](#source-1) (also in Harbor Wire[[3]](#source-3); in part in Metro "
            "Digest[[2]](#source-2))") in page


def test_a_few_words_in_marks_are_shown_in_their_sentence_once():
    b = briefing()
    said = "Ana Ruiz called the offer \u201cfair\u201d and the timetable \u201ctoo slow\u201d on Monday."
    b.quotes = [MergedQuote("fair", "Ana Ruiz", "partial", ["s1"], context=said),
                MergedQuote("too slow", "Ana Ruiz", "partial", ["s1"], context=said),
                MergedQuote("We will not sign a deal that leaves the night shift behind", "Ana Ruiz", "partial",
                            ["s2"], context="She said: we will not sign ...")]
    page = Renderer().briefing(b).content
    assert page.count("> Ana Ruiz called the offer \u201cfair\u201d") == 1 and "\u201ctoo slow\u201d\n" not in page
    assert "> \u201cWe will not sign a deal that leaves the night shift behind\u201d" in page  # long enough alone
    assert to_html(page).count("<blockquote>") == 2
