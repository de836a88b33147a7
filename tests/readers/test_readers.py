"""Each reader on a small invented file, and bad input: a clear message naming the file, no stop."""
import datetime as dt
import json

import pytest

from generator.readers import read_file, read_sources

BODY = ("The harbour authority of Tarrow closed two berths on Monday after a crane collapsed. "
        "About 4,200 containers were stranded, officials said.")


def one(tmp_path, name, content, mode="w"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    articles = read_file(path, name)
    assert len(articles) == 1
    return articles[0]


def test_text_with_headline_and_ap_dateline(tmp_path):
    a = one(tmp_path, "a.txt", f"Crane collapse closes Tarrow berths\n\nTARROW, Velm (AP) — {BODY}\n")
    assert (a.title, a.outlet, a.path) == ("Crane collapse closes Tarrow berths", "AP", "a.txt")
    assert a.text == BODY
    assert any("date unknown" in w for w in a.warnings)


def test_a_dateline_with_accented_capitals_names_outlet_and_date(tmp_path):
    a = one(tmp_path, "a.txt", f"SÃO RENÉ, Veskaria, Nov 5, 2026 (Harbor Wire) - {BODY}\n")
    assert (a.outlet, a.published, a.text, a.warnings) == ("Harbor Wire", dt.date(2026, 11, 5), BODY, [])


def test_text_with_header_and_credit_has_no_warning(tmp_path):
    a = one(tmp_path, "b.txt", f" date 2026-11-03 Tarrow: {BODY} (Velm Press Agency)")
    assert (a.outlet, a.published, a.warnings) == ("Velm Press Agency", dt.date(2026, 11, 3), [])
    assert a.title is None and a.text == BODY


def test_markdown_front_matter_and_body(tmp_path):
    a = one(tmp_path, "c.md", "---\ntitle: Crane falls\ndate: 2026-11-03\noutlet: Valley Courier\n"
                              "url: https://courier.example/crane\nauthor: Ann Lee\n---\n"
                              f"## Port\n\n{BODY.replace('Monday', '*Monday*')}\n\n> \"We will reopen,\" she said.\n")
    assert (a.title, a.outlet, a.published, a.url, a.author) == (
        "Crane falls", "Valley Courier", dt.date(2026, 11, 3), "https://courier.example/crane", "Ann Lee")
    assert a.text.split("\n\n") == ["Port", BODY, '"We will reopen," she said.']
    assert a.warnings == []


def test_markdown_with_broken_front_matter_keeps_the_body_and_says_why(tmp_path):
    a = one(tmp_path, "d.md", f"---\ntitle: \"unclosed\ndate:\t2026\n---\n{BODY}\n")
    assert a.text == BODY
    assert any("front matter is not valid YAML" in w for w in a.warnings)


def test_front_matter_never_closed_keeps_its_fields_out_of_the_text_and_says_so(tmp_path):
    a = one(tmp_path, "e.md", f"---\ntitle: Strike ends\ndate: 2026-11-05\noutlet: Valley Courier\n\n{BODY}\n")
    assert (a.title, a.published, a.outlet, a.text) == ("Strike ends", dt.date(2026, 11, 5), "Valley Courier", BODY)
    assert a.warnings == ["front matter opened with --- on line 1 is never closed; lines 2-4 were read as its "
                          "fields, the rest as text: close it with a --- line"]


def test_a_number_for_a_title_is_its_text(tmp_path):
    assert one(tmp_path, "n.md", f"---\ntitle: 1984\n---\n\n{BODY}\n").title == "1984"


def test_a_rule_opening_the_text_is_no_front_matter(tmp_path):
    a = one(tmp_path, "f.md", f"---\n\n{BODY}\n")
    assert a.text == BODY
    assert not any("front matter" in w for w in a.warnings)
    # nor is a text whose first line after the rule opens with a word and a colon
    for opening in ("TARROW: Dockworkers walked out on Monday.", "Update: the port reopened on Friday."):
        a = one(tmp_path, "g.md", f"---\n{opening}\n\n{BODY}\n")
        assert a.text == f"{opening}\n\n{BODY}" and not any("front matter" in w for w in a.warnings)


def test_unclosed_front_matter_ends_before_an_indented_paragraph(tmp_path):
    a = one(tmp_path, "h.md", f"---\ntitle: Strike ends\ntags:\n  - port\n    The crews walked out on Monday.\n\n{BODY}\n")
    assert a.title == "Strike ends"
    a = one(tmp_path, "i.md", f"---\ntitle: Strike ends\n    The crews walked out on Monday.\n\n{BODY}\n")
    assert a.title == "Strike ends" and a.text.startswith("The crews walked out on Monday.")


def test_html_page_drops_boilerplate(tmp_path):
    page = f"""<html><head><title>Crane falls | Courier</title>
    <meta property="og:title" content="Crane falls"><meta property="og:site_name" content="Valley Courier">
    <meta property="article:published_time" content="2026-11-03T08:00:00Z">
    <link rel="canonical" href="https://courier.example/crane"></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
    <article><h1>Crane falls</h1><p>{BODY}</p><p>Repairs could take until Friday, the harbour master said.</p></article>
    <footer>Copyright 2026 Valley Courier. We use cookies.</footer></body></html>"""
    a = one(tmp_path, "e.html", page)
    assert (a.title, a.outlet, a.published, a.url) == (
        "Crane falls", "Valley Courier", dt.date(2026, 11, 3), "https://courier.example/crane")
    assert "4,200 containers" in a.text and "cookies" not in a.text and "Sport" not in a.text


def test_an_html_pages_date_does_not_depend_on_the_clock(tmp_path):
    # a page dated after the day the tool runs (a machine whose clock is behind) keeps its date
    page = f"""<html><head><title>Crane falls</title>
    <meta property="article:published_time" content="2041-05-07T18:20:00+01:00"></head>
    <body><article><h1>Crane falls</h1><p>{BODY}</p></article></body></html>"""
    assert one(tmp_path, "f.html", page).published == dt.date(2041, 5, 7)


def test_json_newsapi_response_gives_one_article_per_record(tmp_path):
    data = {"status": "ok", "articles": [
        {"source": {"id": None, "name": "Metro Digest"}, "title": "One", "publishedAt": "2026-11-03T10:00:00Z",
         "url": "https://metro.example/1", "author": "B. Ek", "content": BODY},
        {"source": {"name": "Metro Digest"}, "title": "Two", "publishedAt": "2026-11-04", "content": BODY}]}
    path = tmp_path / "f.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    first, second = read_file(path, "f.json")
    assert (first.path, first.outlet, first.published, first.author) == (
        "f.json#1", "Metro Digest", dt.date(2026, 11, 3), "B. Ek")
    assert (second.path, second.title, second.published) == ("f.json#2", "Two", dt.date(2026, 11, 4))
    assert first.id != second.id


def test_jsonl_with_a_broken_line_keeps_the_others(tmp_path):
    path = tmp_path / "g.jsonl"
    good = json.dumps({"title": "A", "body": BODY, "published": "2026-11-03", "outlet": "Wire"})
    path.write_text(f"{good}\n{{broken\n{good}\n", encoding="utf-8")
    result = read_sources([path])
    assert [a.path for a in result.articles] == ["g.jsonl#1", "g.jsonl#3"]
    assert any(w.path == "g.jsonl#2" and "not valid JSON" in w.message for w in result.warnings)


def test_a_json_record_with_fields_of_the_wrong_type_is_skipped_and_says_why(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"content": ["a", "b"], "title": 5, "date": 12}))
    records = [{"content": BODY, "title": ["Strike"], "url": ["https://courier.example/a"], "date": "2026-11-03",
                "outlet": "Wire"},
               {"body": {"text": BODY}, "date": "2026-11-03"}]
    (tmp_path / "two.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    result = read_sources([tmp_path])
    assert [(a.path, a.title) for a in result.articles] == [("two.jsonl#1", None)]
    assert [str(w) for w in result.warnings] == [
        "one.json: content is a list, expected text; skipped",  # one warning: the date of no article is no matter
        "two.jsonl#1: title is a list, expected text; ignored",
        "two.jsonl#1: url is a list, expected text; ignored",
        "two.jsonl#2: body is an object, expected text; skipped",
    ]


def test_rss_and_atom_feeds(tmp_path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Northern Post</title>
    <item><title>Ships diverted</title><link>https://post.example/ships</link>
    <pubDate>Tue, 03 Nov 2026 09:00:00 +0000</pubDate><description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
    </channel></rss>"""
    a = one(tmp_path, "h.rss", rss)
    assert (a.title, a.outlet, a.published, a.url, a.path) == (
        "Ships diverted", "Northern Post", dt.date(2026, 11, 3), "https://post.example/ships", "h.rss#1")
    assert a.text == BODY
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Metro Digest</title><id>urn:x</id><updated>2026-11-04T00:00:00Z</updated>
    <entry><title>Crane</title><id>urn:y</id><link href="https://metro.example/c"/>
    <published>2026-11-04T07:00:00Z</published><updated>2026-11-04T07:00:00Z</updated>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""
    b = one(tmp_path, "i.atom", atom)
    assert (b.outlet, b.published, b.text) == ("Metro Digest", dt.date(2026, 11, 4), BODY)


def test_a_truncated_feed_says_how_many_entries_came_with_their_text(tmp_path):
    item = "<item><title>{}</title><pubDate>Tue, 03 Nov 2026 09:00:00 +0000</pubDate><description>{}</description></item>"
    feed = ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Northern Post</title>\n'
            + item.format("Ships diverted", BODY) + "\n" + item.format("Berths reopen", BODY) + "\n</channel></rss>")
    cut_in_second = feed[:feed.index("Berths reopen") + 40]
    (tmp_path / "a.rss").write_text(cut_in_second)
    result = read_sources([tmp_path / "a.rss"])
    assert [a.title for a in result.articles] == ["Ships diverted"]
    assert [str(w) for w in result.warnings] == [
        "a.rss#1: the feed is not well-formed XML (line 4: no element found); entries recovered with their text: 1 of 2",
        "a.rss#2: no article text found; skipped"]
    # cut inside the first entry's text: nothing was recovered, and the warning does not say otherwise
    (tmp_path / "b.rss").write_text(feed[:feed.index("Ships diverted") + 40])
    result = read_sources([tmp_path / "b.rss"])
    assert result.articles == []
    assert [str(w) for w in result.warnings] == [
        "b.rss: skipped: the feed is not well-formed XML (line 3: no element found) and no entry with its text "
        "could be recovered"]


def test_encodings_are_detected(tmp_path):
    latin = "date 2026-11-03 Tarrow: José Müller, who runs a café by the quay, said the port was calm. (Wire)"
    assert one(tmp_path, "l1.txt", latin.encode("latin-1")).text.startswith("José Müller, who runs a café")
    assert one(tmp_path, "u16.txt", latin.encode("utf-16")).text.startswith("José Müller")
    assert one(tmp_path, "u16le.txt", latin.encode("utf-16-le")).text.startswith("José Müller")
    assert one(tmp_path, "u16be.txt", latin.encode("utf-16-be")).text.startswith("José Müller")
    curly = "date 2026-11-03 Tarrow: \u201cWe are ready,\u201d said the harbour master. (Wire)"
    assert one(tmp_path, "cp.txt", curly.encode("cp1252")).text == "\u201cWe are ready,\u201d said the harbour master."


def test_bad_files_are_skipped_with_a_message_naming_them(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    # NULs on every other byte like UTF-16, but the "characters" are controls: still binary.
    (tmp_path / "pseudo16.txt").write_bytes(bytes(b for i in range(1, 400) for b in (i % 31 + 1, 0)))
    (tmp_path / "broken.json").write_text('{"title": "x", "content": ', encoding="utf-8")
    (tmp_path / "numbers.json").write_text("[1, 2, 3]", encoding="utf-8")
    (tmp_path / "nobody.html").write_text("<html><body><nav>Home</nav><footer>(c)</footer></body></html>")
    (tmp_path / "good.txt").write_text(f"date 2026-11-03 Tarrow: {BODY} (Wire)", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = read_sources([tmp_path, tmp_path / "missing"])
    assert [a.path for a in result.articles] == ["good.txt"]
    messages = {w.path: w.message for w in result.warnings}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "binary" in messages["pseudo16.txt"]
    assert "not valid JSON" in messages["broken.json"] and "line 1" in messages["broken.json"]
    assert "no article records" in messages["numbers.json"]
    assert "no article text" in messages["nobody.html"]
    assert "no such file" in messages[str(tmp_path / "missing")]
    assert "notes.pdf" not in messages  # unsupported extensions in a folder are not articles


def test_paths_are_relative_to_the_source_argument(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(f"date 2026-11-03 Tarrow: {BODY} (Wire)", encoding="utf-8")
    result = read_sources([tmp_path])
    assert [a.path for a in result.articles] == ["sub/x.txt"]


def test_seeds_are_read_with_outlet_and_date(seed_texts):
    assert set(seed_texts) == {"UPI", "ANI"}
    assert seed_texts["ANI"].published == dt.date(2024, 12, 31)
    assert seed_texts["UPI"].published is None and seed_texts["UPI"].partial_date.month == 12
    assert seed_texts["UPI"].warnings == [] and seed_texts["ANI"].warnings == []


def test_front_matter_aliases_are_refused_not_expanded(tmp_path):
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nauthor: *b\n---\n"
    a = one(tmp_path, "bomb.md", bomb + BODY + "\n")
    assert a.text == BODY and a.author is None
    assert any("front matter is not valid YAML" in w for w in a.warnings)


def test_numeric_dates(tmp_path):
    path = tmp_path / "n.jsonl"
    records = [{"content": BODY, "outlet": "W", "date": 20240304}, {"content": BODY, "outlet": "W", "date": 1709510400},
               {"content": BODY, "outlet": "W", "date": 42}]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    first, second, third = read_file(path, "n.jsonl")
    assert first.published == dt.date(2024, 3, 4) and second.published == dt.date(2024, 3, 4)
    assert third.published is None and any("'42' is not a date" in w for w in third.warnings)


def test_utf8_with_a_stray_latin1_byte_stays_utf8(tmp_path):
    text = "date 2026-11-03 Tarrow: \u201cWe will reopen,\u201d said the owner of Caf".encode() + b"\xe9 Lune. (Wire)"
    a = one(tmp_path, "mixed.txt", text)
    assert a.outlet == "Wire" and a.text.startswith("\u201cWe will reopen,\u201d") and "Caf\ufffd Lune" in a.text


def test_feed_titles_are_plain_text_and_dates_keep_their_zone(tmp_path):
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title type="html">Feed &amp;amp; &lt;b&gt;Co&lt;/b&gt;</title><id>urn:x</id><updated>2024-03-05T00:00:00Z</updated>
    <entry><title type="html">Tom &amp;amp; Jerry &lt;b&gt;win&lt;/b&gt; vote</title><id>urn:y</id>
    <published>2024-03-04T23:30:00-05:00</published><updated>2024-03-04T23:30:00-05:00</updated>
    <content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""
    a = one(tmp_path, "z.atom", atom)
    assert (a.title, a.outlet, a.published) == ("Tom & Jerry win vote", "Feed & Co", dt.date(2024, 3, 4))


def test_a_record_of_a_list_keeps_its_number_when_alone(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"articles": [{"content": BODY, "outlet": "W", "date": "2026-11-03"}]}))
    assert [a.path for a in read_file(path, "one.json")] == ["one.json#1"]
    path.write_text(json.dumps({"content": BODY, "outlet": "W", "date": "2026-11-03"}))
    assert [a.path for a in read_file(path, "one.json")] == ["one.json"]


def test_control_and_bidi_characters_are_removed(tmp_path):
    text = "date 2026-11-03 Tarrow: The \u202eport\u202c closed\x1b[31m on Monday.\x07 (Wire)"
    a = one(tmp_path, "ctl.txt", text)
    assert a.text == "The port closed[31m on Monday."


def test_linked_folders_are_followed_once_and_loops_end(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text(f"date 2026-11-03 Tarrow: {BODY} (Wire)", encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "linked").symlink_to(elsewhere)
    (elsewhere / "loop").symlink_to(elsewhere)
    result = read_sources([sources])
    assert [a.path for a in result.articles] == ["linked/a.txt"]


def test_json_record_with_headline_and_stamp_in_its_text(tmp_path):
    text = f"Crane collapse closes Tarrow berths Page last updated at 08:58 GMT, Tuesday, 3 November 2026 {BODY}"
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"text": text, "outlet": "Valley Courier"}), encoding="utf-8")
    (a,) = read_file(path, "s.json")
    assert (a.title, a.published, a.text, a.warnings) == (
        "Crane collapse closes Tarrow berths", dt.date(2026, 11, 3), BODY, [])


def test_a_field_title_wins_over_the_headline_before_a_stamp(tmp_path):
    text = f"Crane falls Tuesday 3 November 2026 21.31 GMT {BODY}"
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"title": "Crane falls at Tarrow", "text": text, "date": "2026-11-04"}))
    (a,) = read_file(path, "t.json")
    assert (a.title, a.published, a.text) == ("Crane falls at Tarrow", dt.date(2026, 11, 4), BODY)


def test_blog_header_gives_the_author_and_date(tmp_path):
    a = one(tmp_path, "blog.txt", f"Ann Lee | 14:07 UK time, Tuesday, 3 November 2026 {BODY}\n\n(Valley Courier)")
    assert (a.author, a.published, a.outlet, a.text) == ("Ann Lee", dt.date(2026, 11, 3), "Valley Courier", BODY)


def test_print_note_and_place_dateline_leave_the_text(tmp_path):
    a = one(tmp_path, "p.txt", f"Crane collapse closes berths\n\nTARROW — {BODY}\n"
                               "This article appeared on p7 of the Valley Courier on Wednesday 4 November 2026.")
    assert (a.title, a.text) == ("Crane collapse closes berths", BODY)


def test_a_headline_with_a_place_and_a_dash_is_still_a_headline(tmp_path):
    a = one(tmp_path, "h.txt", f"Tarrow — The Night The Cranes Fell\n\n{BODY}")
    assert (a.title, a.text) == ("Tarrow — The Night The Cranes Fell", BODY)


def test_character_references_in_text_and_json_are_read(tmp_path):
    body = ("The ferry &quot;Marisol&quot; sailed on Monday &#124; crews &amp; AT&T staff cheered "
            "&#x202e;loudly. (Wire)")
    a = one(tmp_path, "refs.txt", "date 2026-11-03 Tarrow: " + body)
    assert a.text == 'The ferry "Marisol" sailed on Monday | crews & AT&T staff cheered loudly.'
    record = {"title": "Tom &amp; Jerry sail", "content": "Crews &quot;cheered&quot; the ferry on Monday.",
              "outlet": "W", "date": "2026-11-03"}
    b = one(tmp_path, "refs.json", json.dumps(record))
    assert (b.title, b.text) == ("Tom & Jerry sail", 'Crews "cheered" the ferry on Monday.')
    # a newsroom system's codes, which HTML does not know, are markup
    record["content"] = "Crews cheered the ferry on Monday. &UR; The port reopened. &QL;"
    assert one(tmp_path, "codes.json", json.dumps(record)).text == "Crews cheered the ferry on Monday. The port reopened."


def test_a_headline_in_capitals_takes_the_case_its_article_writes_its_words_in(tmp_path):
    text = ("FERRY CREWS IN ORLEN END STRIKE OVER NEW ROTA\n\n"
            "Former strikers returned to the ferries in Orlen on Monday after the union and ORLEN "
            "Lines agreed a new rota, ending a strike that the former port manager called costly. (Wire)")
    a = one(tmp_path, "caps.txt", text)
    assert a.title == "Ferry crews in Orlen end strike over new rota"
    # a name the text writes only at a sentence's start keeps its capital
    text = "QUEST OF JUAN HAGEN GOES ON\n\nJuan Hagen wants his boat back, and the quest goes on. (Wire)"
    assert one(tmp_path, "caps2.txt", text).title == "Quest of Juan Hagen goes on"


def test_text_tokenised_the_penn_treebank_way_reads_as_plain_text(tmp_path):
    record = {"text": "Dr Hagen 's lawyers say he does n't know . `` We will appeal , '' the lawyer said . "
                      "The agency -LRB- HPA -RRB- counted 5 % more cases .", "date": "2026-11-03", "outlet": "W"}
    a = one(tmp_path, "ptb.json", json.dumps(record))
    assert a.text == ("Dr Hagen's lawyers say he doesn't know. “We will appeal,” the lawyer said. "
                      "The agency (HPA) counted 5% more cases.")
    # one sentence a line: the lines are one paragraph, and a quotation runs across them
    record["text"] = "`` Who opened the harbour gate ? \nWho saw him , '' she asked . \n\nThe court rose ."
    assert one(tmp_path, "lines.json", json.dumps(record)).text == (
        "“Who opened the harbour gate? Who saw him,” she asked.\n\nThe court rose.")
    record["text"] = "She was ` murdered for money ' , he said . It 's pain and\\/or fear ."
    assert one(tmp_path, "single.json", json.dumps(record)).text == (
        "She was ‘murdered for money’, he said. It's pain and/or fear.")
    # ordinary text keeps its spaces and marks
    record = {"text": 'He said "no , thanks" and left.', "date": "2026-11-03", "outlet": "W"}
    assert one(tmp_path, "plain.json", json.dumps(record)).text == 'He said "no , thanks" and left.'


def test_a_first_line_in_title_case_is_a_headline_though_it_ends_in_a_full_stop(tmp_path):
    text = ("Harbour Board Votes To Reopen The Tarrow Ferry Terminal.\n\n"
            "The harbour board voted on Monday to reopen the ferry terminal. (Wire)")
    a = one(tmp_path, "tc.txt", text)
    assert a.title == "Harbour Board Votes To Reopen The Tarrow Ferry Terminal"
    assert a.text == "The harbour board voted on Monday to reopen the ferry terminal."
    # a one-line opening paragraph of prose stays text
    text = "The harbour board voted on Monday to reopen the ferry terminal.\n\nCrews cheered. (Wire)"
    assert one(tmp_path, "prose.txt", text).text.startswith("The harbour board voted")


def test_a_first_line_above_a_dateline_is_a_headline_though_it_ends_in_a_full_stop(tmp_path):
    text = ("Thackeray defends plan.\n\nCOLUMBUS, Ohio (AP) — Warren Thackeray on Tuesday defended his "
            "plan, telling reporters that the system \"is broken.\"")
    a = one(tmp_path, "dl.txt", text)
    assert (a.title, a.outlet) == ("Thackeray defends plan", "AP")
    assert a.text.startswith("Warren Thackeray on Tuesday")
    # abbreviations make no second sentence
    text = "Stein removed from N.Y. debate site.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein was escorted off."
    assert (one(tmp_path, "ab.txt", text).title, one(tmp_path, "ab.txt", text).outlet) == (
        "Stein removed from N.Y. debate site", "UPI")
    # a byline opening the text is no headline
    a = one(tmp_path, "by.txt", "By Jonas Eklund\n\nVALDRA, March 16 (EPA) — The court struck down the law.")
    assert (a.title, a.outlet, a.text) == (None, "EPA", "The court struck down the law.")


def test_a_release_note_above_the_text_is_no_headline_and_dates_it(tmp_path):
    a = one(tmp_path, "a.txt", "EMBARGOED UNTIL 00:01 GMT WEDNESDAY 9 DECEMBER 2026\n\n"
                               f"Crane collapse closes Tarrow berths\n\nTARROW, Dec 8 (Velm Wire) - {BODY}\n")
    assert (a.title, a.outlet, a.published, a.text) == (
        "Crane collapse closes Tarrow berths", "Velm Wire", dt.date(2026, 12, 8), BODY)
    b = one(tmp_path, "b.txt", f"FOR IMMEDIATE RELEASE\n\nTarrow berths close\n\n{BODY}\n")
    assert (b.title, b.text) == ("Tarrow berths close", BODY)
    # the note's date dates a text that has no other
    c = one(tmp_path, "c.txt", f"EMBARGOED UNTIL 9 DECEMBER 2026\n\n{BODY}\n")
    assert (c.published, c.text) == (dt.date(2026, 12, 9), BODY)


def test_a_front_matter_date_written_out_with_its_year_is_read(tmp_path):
    for written in ('"Dec. 10, 2026"', "10 December 2026", "Thursday, December 10, 2026"):
        a = one(tmp_path, "a.md", f"---\ntitle: Berths close\ndate: {written}\nsource: Velm Wire\n---\n{BODY}\n")
        assert (a.published, a.warnings) == (dt.date(2026, 12, 10), []), written
    a = one(tmp_path, "a.md", f"---\ntitle: Berths close\ndate: Soon 10, 2026\nsource: Velm Wire\n---\n{BODY}\n")
    assert a.published is None and any("not a date this tool can read" in w for w in a.warnings)


def test_a_label_alone_is_a_release_note_but_a_headline_in_capitals_is_a_headline(tmp_path):
    a = one(tmp_path, "a.txt", f"URGENT WARNING AS TARROW RIVER BURSTS ITS BANKS\n\n{BODY}\n")
    assert (a.title, a.text) == ("Urgent warning as Tarrow river bursts its banks", BODY)
    b = one(tmp_path, "b.txt", f"BREAKING\n\nTarrow berths close\n\n{BODY}\n")
    assert (b.title, b.text) == ("Tarrow berths close", BODY)
    c = one(tmp_path, "c.txt", f"EMBARGOED UNTIL 00:01 GMT 9 Dec 2026\n\nTarrow berths close\n\n{BODY}\n")
    assert (c.title, c.published, c.text) == ("Tarrow berths close", dt.date(2026, 12, 9), BODY)


def test_front_matter_that_is_no_yaml_is_read_field_by_field(tmp_path):
    a = one(tmp_path, "explainer.md", "---\ntitle: Storm Ada: what we know\ndate: 2027-05-11\n"
                                       "outlet: Tarrow Ledger\n---\n" + BODY + "\n")
    assert (a.title, a.published, a.outlet) == ("Storm Ada: what we know", dt.date(2027, 5, 11), "Tarrow Ledger")
    assert any("read one by one" in w for w in a.warnings)


@pytest.mark.parametrize("published, date, warning", [
    ("23/02/2027", dt.date(2027, 2, 23), None),
    ("02/23/2027", dt.date(2027, 2, 23), None),
    ("03/04/2027", None, "may be day-first or month-first"),
])
def test_numeric_dates_are_read_when_their_order_is_plain(tmp_path, published, date, warning):
    record = '{"title": "Berths close", "text": "%s", "published": "%s", "publisher": "Tarrow Ledger"}' % (
        BODY, published)
    a = one(tmp_path, "item.json", record)
    assert a.published == date
    assert (warning is None) == all("day-first" not in w for w in a.warnings)


def test_numeric_dates_whose_order_does_not_matter_or_that_are_impossible():
    from generator.readers.base import parse_date
    assert parse_date("05/05/2027") == dt.date(2027, 5, 5)
    assert parse_date("30/02/2027") is None
