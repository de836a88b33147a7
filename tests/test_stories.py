"""Grouping: copies found, one story per event, a same-country same-week distractor kept apart."""
import datetime as dt

from generator.model import Article
from generator.stories import find_duplicates, group


def article(id_, text, day=3, title=None):
    return Article(id=id_, path=f"{id_}.txt", text=text, title=title, published=dt.date(2026, 11, day))


FLOOD_A = ("The river Ambrel burst its banks in Lissow on Monday, forcing about 3,000 residents from their "
           "homes. Mayor Ines Kovac said emergency crews had rescued 40 people from rooftops. The Velm "
           "weather office warned that more rain would fall on the Ambrel valley through Thursday.")
FLOOD_B = ("Floodwater from the Ambrel swept through Lissow after days of rain, and some 3,000 people were "
           "evacuated. Kovac, the mayor, told reporters that rescuers in boats had reached 40 stranded "
           "residents. Forecasters expect the Ambrel to crest again by Thursday.")
FLOOD_COPY = FLOOD_A.replace("on Monday", "early on Monday").replace("40 people", "forty people")
STRIKE = ("Dock workers at the port of Tarrow in Velm walked out on Monday over pay, halting container "
          "traffic. The dockers' union said 1,200 members joined the strike. Port director Anton Ruhl "
          "said talks with the union would resume on Thursday.")


def test_lightly_rewritten_wire_copy_is_a_duplicate():
    articles = [article("a", FLOOD_A), article("b", FLOOD_B), article("c", FLOOD_COPY, day=4)]
    assert find_duplicates(articles) == {2: 0}


def test_same_country_same_days_different_event_stays_apart():
    stories = group([article("a", FLOOD_A), article("s", STRIKE), article("b", FLOOD_B, day=4)])
    assert sorted(sorted(s.article_ids) for s in stories) == [["a", "b"], ["s"]]


def test_copies_join_their_original_and_are_remembered():
    stories = group([article("a", FLOOD_A), article("c", FLOOD_COPY, day=4), article("s", STRIKE)])
    flood = next(s for s in stories if "a" in s.article_ids)
    assert flood.duplicates == {"c": "a"}


def test_story_ids_are_stable_as_articles_arrive():
    first = group([article("a", FLOOD_A), article("s", STRIKE)])
    previous = {a: s.id for s in first for a in s.article_ids}
    second = group([article("a", FLOOD_A), article("s", STRIKE), article("b", FLOOD_B, day=1)], previous)
    assert {s.id for s in second} == {s.id for s in first}
    assert next(s for s in second if "b" in s.article_ids).id == previous["a"]


def test_grouping_is_deterministic_and_one_story_forces_a_single_group():
    articles = [article("a", FLOOD_A), article("s", STRIKE), article("b", FLOOD_B)]
    assert [s.article_ids for s in group(articles)] == [s.article_ids for s in group(list(reversed(articles)))]
    from generator.stories import Grouping
    assert len(group(articles, options=Grouping(one_story=True))) == 1


def test_the_two_seeds_are_one_story(seed_texts):
    stories = group(list(seed_texts.values()))
    assert len(stories) == 1 and len(stories[0].article_ids) == 2
