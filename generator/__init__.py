"""briefings: a folder of news articles in, a searchable static briefing site out."""

__version__ = "0.1.0"
