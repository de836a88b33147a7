"""Per-article analysis: sentences, then each extractor over them. Pure and cacheable.

Dates are resolved against the article's publication date, so `analyse` runs once that date is
complete (after grouping has lent a year to datelines that lack one).
"""
from __future__ import annotations

from ..model import Analysis, Article
from .dates import extract_dates
from .entities import extract_entities
from .figures import extract_figures
from .quotes import extract_quotes
from .sentences import split_sentences


def analyse(article: Article) -> Analysis:
    text = article.text
    sentences = split_sentences(text)
    entities = extract_entities(text, sentences)
    return Analysis(
        article_id=article.id,
        sentences=sentences,
        figures=extract_figures(text, sentences),
        quotes=extract_quotes(text, sentences, entities),
        dates=extract_dates(text, sentences, article.published),
        entities=entities,
    )
