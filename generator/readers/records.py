"""JSON and JSON Lines records (`.json`, `.jsonl`): the field names of common news APIs.

A `.json` file holds one record, a list of records, or an API response with the list under
`articles`, `items`, `results`, `data` or `news`.
"""
from __future__ import annotations

import json
from typing import Any

from .base import Reader, Record, decode_references

_LIST_KEYS = ("articles", "items", "results", "data", "news", "entries")


class FileError(ValueError):
    """The whole file is unusable; the message says why."""


class JsonReader(Reader):
    extensions = (".json",)

    def records(self, content: str) -> list[Record]:
        try:
            data = json.loads(content)
        except json.JSONDecodeError as error:
            raise FileError(f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
        items = _record_list(data)
        if items is None:
            raise FileError("JSON holds no article records (expected an object with a text field, "
                            "a list of them, or a list under 'articles')")
        records = [_record(item, n) for n, item in enumerate(items, start=1)]
        for record in records:
            record.in_collection = not (isinstance(data, dict) and items == [data])
        return records


class JsonLinesReader(Reader):
    extensions = (".jsonl", ".ndjson")

    def records(self, content: str) -> list[Record]:
        out = []
        for number, line in enumerate(content.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                out.append(Record(text="", no_text_because=f"line {number} is not valid JSON ({error.msg})"))
                continue
            out.append(_record(item, number))
        for record in out:
            record.in_collection = True
        return out


def _record_list(data: Any) -> list | None:
    if isinstance(data, list):
        return data if all(isinstance(item, dict) for item in data) and data else None
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    return None


def _record(item: Any, number: int) -> Record:
    if not isinstance(item, dict):
        return Record(text="", no_text_because=f"record {number} is not a JSON object")
    record = Record.from_mapping(item)
    # API fields often carry the character references of the page they were taken from.
    record.text = decode_references(record.text) or ""
    record.title = decode_references(record.title)
    return record
