"""Figures in news text: a number, its qualifier, and what it counts or measures.

"an estimated 11,000 troops", "at least 3,000 North Korean soldiers", "about 120 miles",
"11,000 to 12,000 North Korean troops", "$4 billion", "15 per cent".

Three steps:
1. Number tokens: digits (separators, decimals, sign, currency, scale words such as "million" or
   "bn"), written-out numbers ("twenty-five", "a dozen", "two hundred") and fractions. A cheap scan
   finds where one may start (a digit or currency sign; a number word after a space in a folded
   ASCII copy of the text); the token regex is tried there, and a number whose next characters
   rule out dates and times skips their alternatives. Looks backwards (a prefix such as a month,
   a qualifier, a label) check the word before with string methods first and run a regex only
   when it may match: a regex searched at the end of a span is tried from every position in it.
   The things that look like numbers but are not figures (dates, times, phone numbers, ordinals,
   decades, version strings) are alternatives of the token regex tried first, so they consume
   their digits before a number can match; vague amounts ("hundreds of", "several hundred")
   hold no word a written number opens with.
2. Neighbouring tokens joined by "to", "-", "–" or "between ... and" become one range.
3. The words after a token or range give its unit: a measure right after the number (%, km,
   degrees Celsius, a hyphenated "27-kilometer"), else the counted noun, the first plural noun
   within a few words, skipping modifiers ("3,000 North Korean soldiers" -> "soldiers"). The words
   before it give the qualifier ("an estimated", "at least").

Decisions:
- Never figures: years (a bare integer 1000-2199 unless a measure follows: "1200 degrees"), days
  of dates, times, ordinals, durations (a number whose noun is a time unit: "three days",
  "a 10-year plan", or that "ago" follows: "66 Ma ago"; a rate such as "per hour" is no
  duration), identifiers ("Voyager 2", "F-16", "COVID-19", "Section 230", "No. 3"), phone
  numbers, "one" as a pronoun ("no one", "one of the").
- Vague plurals ("hundreds of", "tens of thousands of", "several hundred") are skipped: they give
  no value that could be compared or merged across sources.
- A fraction in digits is a figure before a measure ("1/4 inch") or "of" ("1/3 of the budget"),
  else a date or a code ("on 3/4").
- Thousands may be grouped by commas, spaces or narrow spaces ("11,000", "10 000 dollars"), but
  not before a hyphen ("40 100-metre sprints" are two numbers).
- A qualifier and a label are read on the number's own line only.
- A bare number in digits ("the index rose to 42") is a figure with unit None, unless a death toll
  reaches it ("the toll rose to 42", "a death toll of 42": unit "dead"). A written-out number
  needs a noun ("two countries"), unless it is large ("two hundred") or counts a group ("two of
  the"); "one" needs a noun and must not follow "no", "the", "any", "each", ...
- A height written "5-foot-11" is one figure in feet (5 + 11/12); "6 feet 2 inches" stays two.
- "from 3 to 5" is a range, except after a verb of change ("rose from 3% to 5%": two figures).
- A range's value is its lower end and value_max its upper end; a dash between a higher and a
  lower number ("won 3-1") is a score and no figure.
- "47 others" and "47 more" (also "another 47") take the unit of the nearest preceding figure of
  the same sentence; "45 and 50 cases" gives 45 the unit of 50.
- Sizes: a run of more than 18 digits is no number (a code, an account or a serial number), a
  written-out number has at most four parts of up to two scale words each ("two hundred thousand",
  "four hundred and twelve": about eight words), and a figure beyond a quadrillion (1e15) either
  way is dropped: no news figure is larger, and bigger values would not fit a float.
- Units are written as the text has them ("soldiers", "miles", "km"), except symbols and their
  spellings: "%", "per cent" -> "percent"; "$" -> "dollars" ("C$" -> "Canadian dollars"), "€" ->
  "euros", "£" -> "pounds"; "°C" -> "degrees Celsius". Rates keep their denominator: "$15/hour" -> "dollars per hour".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from operator import itemgetter
from typing import Optional

from ..days import MONTH_NUMBERS, WEEKDAY_NAMES
from ..model import Figure, Span

# ------------------------------------------------------------------------------------ vocabulary

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# (with Indian English's lakh and crore: "Rs 500 crore" is 500 x 10^7, "five lakh" 5 x 10^5)
SCALE_WORDS = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
               "lakh": 10**5, "crore": 10**7}
SCALE_ABBREVIATIONS = {
    "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12,
    "k": 10**3, "K": 10**3, "M": 10**6, "m": 10**6, "b": 10**9, "B": 10**9, "T": 10**12,
}
_LAKH_CRORE = 10**12  # "Rs 1.5 lakh crore"
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
VULGAR_FRACTIONS = {"½": "0.5", "⅓": "0.3333", "⅔": "0.6667", "¼": "0.25", "¾": "0.75",
                    "⅛": "0.125", "⅜": "0.375", "⅝": "0.625", "⅞": "0.875"}

CURRENCIES = {
    # (other countries' dollars by name: a table that says "dollars" reads as US dollars)
    "$": "dollars", "US$": "dollars", "A$": "Australian dollars", "C$": "Canadian dollars",
    "HK$": "Hong Kong dollars", "NZ$": "New Zealand dollars", "S$": "Singapore dollars", "R$": "reais", "€": "euros", "£": "pounds", "¥": "yen",
    "₹": "rupees", "₽": "rubles", "USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen",
    "CNY": "yuan", "INR": "rupees", "Rs": "rupees", "Rs.": "rupees",
    "dlrs": "dollars", "Dlrs": "dollars",  # news wires: "dlrs 50 million"
}


def _with_plurals(*singulars: str) -> frozenset[str]:
    return frozenset(singulars) | {w + "s" for w in singulars}


# Money's units as the figures name them: CURRENCIES' names and the currency words an amount may
# take ("500 Mexican pesos", "20 shekels"). One set for all who ask whether a figure is money.
MONEY_UNITS = frozenset(CURRENCIES.values()) | _with_plurals(
    "dollar", "euro", "pound", "peso", "franc", "rupee", "ruble", "rouble", "dinar", "shilling",
    "shekel", "dirham", "riyal", "hryvnia", "krona", "krone",
) | {"reais", "yen", "yuan", "renminbi", "rand", "lira", "lire", "kronor", "kroner", "pence", "penny"}


def is_money(unit: Optional[str]) -> bool:
    """Whether a figure's unit is money: "euros", "dollars per share"."""
    return unit is not None and unit.split(" ")[0].lower() in MONEY_UNITS


# Time units: a number counting them is a duration, which the timeline, not the figures, covers.
DURATION_WORDS = _with_plurals(
    "second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "year",
    "yr", "decade", "night", "weekend", "semester", "millennium",
) | {"century", "centuries", "millennia"}

# Measures: a number before one is a figure even where it would otherwise look like a year or an
# identifier ("1200 degrees"), and one may stand in the singular ("a 5 metre shark").
MEASURE_WORDS = _with_plurals(
    "mile", "kilometre", "kilometer", "metre", "meter", "centimetre", "centimeter", "millimetre",
    "millimeter", "nanometre", "nanometer", "micrometre", "micrometer", "yard", "light-year",
    "gram", "kilogram", "milligram", "microgram", "tonne", "ton", "pound", "ounce", "kilo",
    "litre", "liter", "millilitre", "milliliter", "centilitre", "centiliter", "gallon", "barrel",
    "cup", "tablespoon", "teaspoon", "pint", "quart", "acre", "hectare", "degree", "kelvin",
    "watt", "kilowatt", "megawatt", "gigawatt", "terawatt", "kilowatt-hour", "megawatt-hour",
    "gigawatt-hour", "terawatt-hour", "joule", "calorie", "kilocalorie", "volt", "kilovolt",
    "amp", "ampere", "newton", "pascal", "decibel", "electronvolt", "byte", "kilobyte",
    "megabyte", "gigabyte", "terabyte", "petabyte", "exabyte", "bit", "kilobit", "megabit",
    "gigabit", "knot", "percent", "dollar", "euro", "rupee", "ruble", "rouble", "franc", "peso",
    "shekel", "dinar", "dirham", "riyal", "hryvnia", "cent", "dime", "nickel", "time",
) | {"foot", "feet", "inch", "inches", "hertz", "kilohertz", "megahertz", "gigahertz", "mph",
     "kph", "horsepower", "yen", "yuan", "renminbi", "rand", "lira", "lire", "reais", "penny",
     "pence"}

# Collective and irregular plurals that a count may take ("200 staff", "2.3 million people").
IRREGULAR_PLURALS = frozenset(
    "people children men women police personnel staff crew cattle sheep fish deer aircraft "
    "spacecraft feet teeth geese mice livestock offspring dice".split()
)

SINGULARS_IN_MEN = frozenset("omen specimen regimen abdomen stamen acumen semen hymen".split())

# Words ending in "s" that are no plural noun.
NOT_PLURAL = frozenset(
    "has was is as its his this thus yes perhaps always whereas besides towards afterwards "
    "upwards sometimes news less unless across".split()
)

# Words that end the search for a counted noun: what follows them is not what the number counts.
STOP_WORDS = frozenset(
    "of in on at to for from by with into onto over under between among amid amongst per than "
    "as about after before since during across near against through throughout within without "
    "toward towards via including despite until till upon like unlike "
    "and or but nor while whereas who which that whom whose when where what why how if "
    "is are was were be been being has have had do does did will would can could may might must "
    "shall should said says say told according "
    "the a an this these those their his her its our your my them him it they he she we you i "
    "us me each apiece every any all both either neither no not also only just already still "
    "now then there here so too very ago later earlier out up down off back away "
    "dead alive missing hurt left remaining "
    "today yesterday tomorrow vs versus plus minus".split()
) | frozenset(WEEKDAY_NAMES)

QUALIFIER_WORDS = frozenset(
    "an estimated at least most more less fewer greater than no not upwards in excess of as many "
    "much few little close to nearly almost about around approximately roughly some over under "
    "up just well only a total further additional another exactly precisely barely mere extra "
    "record maximum minimum below above".split()
)

# A school year or grade before a number in words: "year seven pupils".
_SCHOOL_YEAR = re.compile(r"\b(?:[Yy]ear|[Gg]rade|[Ff]orm|[Pp]rimary|[Cc]lass)[ \u00a0]$")
# Lower-case words before a number that make it a label, not a quantity ("No. 3", "page 12").
LABEL_WORDS = frozenset(
    "no no. nos nos. # number page pages section article chapter route flight room level category "
    "phase stage grade step rule part version model row seat gate platform channel highway "
    "interstate building pier lot unit ward district precinct exit lane bus line season episode "
    "volume vol vol. issue tier class item paragraph clause amendment resolution verse psalm "
    "act figure fig fig. table appendix track badge".split()
)

# "one" is a pronoun after these ("no one", "the one who", "each one").
PRONOUN_ONE_AFTER = frozenset(
    "no the any every each this that which someone anyone only one what".split()
)
# "one" before these is an idiom, not a count ("on one hand", "one day", "one thing is clear").
ONE_IDIOMS = frozenset(
    "way hand side thing point time another other such sort kind type part piece reason "
    "question issue problem step".split()
)
# Verbs that end the noun phrase after "one" ("one soldier fled"); regular ones end in "-ed".
PAST_TENSE_VERBS = frozenset(
    "took went came fell made got won lost ran saw gave found became began fled hit shot struck "
    "died stood sat held kept put set led met paid sent spent built brought bought caught felt "
    "heard knew wrote spoke broke chose drove rose wore grew threw flew drew ate fought sought "
    "left read said told sold thought taught lay laid hung rang sang sank swam shook slept".split()
)
# Hyphenated words after a number that describe it rather than what it counts ("5,000-strong").
NUMBER_MODIFIERS = frozenset("strong odd plus ish something some".split())
# Words after "another", "an additional": the number has no noun of its own.
INHERITING_QUALIFIERS = frozenset({"another", "a further", "an additional", "an extra"})

# ------------------------------------------------------------------------------------- patterns

# Any case, since some feeds lower-case their text ("october 15"), except the months whose names
# are also verbs that may follow a number ("the 12 may face charges", "300 march on").
_MONTH = (
    r"(?:(?i:Jan(?:uary)?|Feb(?:ruary)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)|Mar(?:ch)?|May)\b\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)"
_NOT_FIGURES = [
    rf"\b{_MONTH}[ \u00a0]+{_DAY}(?:[ ]?[-–][ ]?{_DAY})?(?:,?[ ]+\d{{4}}\b)?",  # Dec. 30, Nov. 4, 2024
    rf"\b{_MONTH}[ \u00a0]+(?:of[ ]+)?\d{{4}}\b",  # February 2022 (these two open with a month)
    rf"\b{_DAY}(?:[ ]?[-–][ ]?{_DAY})?[ \u00a0]+(?:of[ ]+)?{_MONTH}(?:,?[ ]+\d{{4}}\b)?",  # 17 December
    r"\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b",  # 2024-12-31
    r"\b\d{1,2}(?P<date_separator>[/.-])\d{1,2}(?P=date_separator)\d{2,4}\b",  # 12/31/2024, 31.12.2024
    r"\b\d+(?:\.\d+){2,}\b",  # versions, addresses
    r"\b\d{1,2}(?:[:.]\d{2})?[ ]?(?:[apAP]\.[mM]\.|[AaPp][Mm]\b)",  # 9 a.m., 9 A.M., 10.30pm
    r"\b\d{1,2}:[ ]?\d{2}(?::\d{2})?\b",  # 10:30
    r"(?:\+\d{1,3}[ .-])?(?:\(\d{3}\)[ ]?|\b\d{3}[-.])\d{3}[-.]\d{4}\b",  # phone numbers
    r"\+\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,5}\b",  # +44 20 7946 0958
    r"\b0\d{2,4}(?:[ \u00a0]\d{3,6}){1,2}\b",  # 020 7946 0958, 07700 900123
    r"\b\d{1,2}[ ]o['’]clock\b",  # 10 o'clock
    r"\b\d+(?:st|nd|rd|th)\b",  # 21st
    r"'?\b\d{1,3}0s\b",  # 1990s, '90s, in his 30s
    r"\b(?:1[89]|20)\d{2}[-–/]\d{2}\b(?![-/])",  # 2013-14
    r"[#]\d+",  # "#3"
]

_UNITS_PATTERN = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_TENS_PATTERN = "|".join(TENS)
_SCALES_PATTERN = "|".join(SCALE_WORDS)
_BELOW_100 = (
    rf"(?:(?:{_TENS_PATTERN})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:{_UNITS_PATTERN}))\b"
)
# Bounded repeats: a number of at most four chunks of at most two scale words each, so that a run
# of number words ("one hundred hundred hundred ...") never builds a huge value.
_WRITTEN_CHUNK = (
    rf"(?:{_BELOW_100}|an?(?=[ ]+(?:{_SCALES_PATTERN}|dozen)\b))(?:[ -]+(?:{_SCALES_PATTERN}|dozen)\b){{0,2}}"
)
# "and" joins chunks only after a scale word: "a hundred and two", not "two and three".
_WRITTEN_NUMBER = (
    rf"(?i:\b{_WRITTEN_CHUNK}(?:(?:(?<=hundred)|(?<=thousand)|(?<=illion)|(?<=dozen))"
    rf"(?:[ ]+and[ ]+|[ -]+){_WRITTEN_CHUNK}){{0,3}}"
    rf"(?:[ ]+and[ ]+a[ ]+half\b(?:[ ]+(?:{_SCALES_PATTERN})\b)?)?)"  # "one and a half million"
)
# The measures a fraction may take with "a" between: "half a mile", "a third of an acre".
_FRACTION_UNITS = (
    "mile|kilometre|kilometer|metre|meter|centimetre|centimeter|millimetre|millimeter|yard|foot"
    "|inch|light-year|gram|kilogram|milligram|tonne|ton|pound|ounce|kilo|litre|liter|millilitre"
    "|milliliter|gallon|barrel|cup|tablespoon|teaspoon|pint|quart|acre|hectare|degree"
    "|percentage[ ]point"
)
_SCALE_AFTER_DEGREE = re.compile(r"[ ]+(?P<scale>Celsius|Fahrenheit|centigrade)\b")
_FRACTION_OF_A_UNIT = re.compile(rf"[ ]+(?:of[ ]+)?an?[ ]+(?P<unit>(?i:{_FRACTION_UNITS}))\b(?!-)")
_WRITTEN_FRACTION = (
    rf"(?i:\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    rf"|an?(?=[ ](?:half|third|quarter)[ ]+of\b))[ -](?:{'|'.join(DENOMINATORS)})\b"
    rf"(?:[ ]+of[ ]+an?[ ]+(?:million|billion|trillion)\b)?"  # "a quarter of a million"
    rf"|\bhalf[ ]+an?[ ]+(?:{_SCALES_PATTERN}|dozen)\b"
    rf"|\bhalf(?={_FRACTION_OF_A_UNIT.pattern})"  # "half a mile"
    # "half of all voters", "half the staff"; not "the first half the side played"
    rf"|(?<!the[ ])(?<!first[ ])(?<!second[ ])(?<!other[ ])(?<!better[ ])\bhalf"
    rf"(?=[ ]+(?:of|the)[ ])(?![ ]+the[ ]+(?:time|battle|man|woman|fun|story)\b))"
)
_VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"
_DIGIT_NUMBER = rf"""
    (?<![\w.,+/^%‰°])                           # not part of a longer number or a power, nor a range's dash
    (?:(?<![A-Za-z][-−])|(?<=\d[A-Za-z][-−])|(?<=\d[A-Za-z]{{2}}[-−])|(?<=\d[A-Za-z]{{3}}[-−]))
                                                # not part of a code ("F-16") but "5km-10km", "$3bn-$4bn"
    (?P<lead_sign>[-−](?=[$€£¥₹₽]))?            # "-£250"
    (?P<currency>(?:(?:US|A|C|HK|NZ|S|R)\$|[$€£¥₹₽]|USD|EUR|GBP|JPY|CNY|INR|Rs\.?|[Dd]lrs)[ \u00a0]?)?
    (?P<sign>[-−](?=\d))?
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,-])|\d+(?:\.\d+)?)
        (?:(?P<vulgar>{_VULGAR})|[ ](?P<mixed_numerator>\d)/(?P<mixed_denominator>\d{{1,2}})(?![\d/]))?
      | (?P<vulgar_only>{_VULGAR})
    )
    (?:[eE](?P<exponent>[-+−]?\d{{1,3}})(?![\w])|[ ]?[x×][ ]?10(?:\^(?P<caret_exponent>[-−]?\d{{1,3}})|(?P<signed_exponent>[-−]\d{{1,3}})
                                                      |(?P<superscript>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}})))?
    (?:[ ]?(?:±|\+/-)[ ]?\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?)?   # an uncertainty, dropped
    (?:(?:[ \u00a0]|-(?=(?i:million|billion|trillion)))?      # "$5.6-billion" (Canadian style)
       (?P<scale>(?i:million|billion|trillion|thousand|lakh[ ]crores?|crores?|lakhs?)|mn|mln|bn|bln|tn|trn)(?![A-Za-z])
      | (?P<scale_letter>[kKmMbBT])(?![A-Za-z0-9]))?
"""
_DIGIT_FRACTION = r"(?<![\w/.,^])(?P<numerator>\d{1,2})/(?P<denominator>\d{1,2})(?![\w/])"

# The token regexes are tried only where a cheap scan found a candidate: an alternation tried at
# every character costs ten times more than a scan whose every branch opens with a literal.


def _digit_token_regex(not_figures: list[str]) -> re.Pattern:
    return re.compile(
        "|".join([
            "(?P<skip>" + "|".join(not_figures) + ")",
            f"(?P<fraction>{_DIGIT_FRACTION})",
            f"(?P<number>{_DIGIT_NUMBER})",
        ]),
        re.VERBOSE,
    )


# From a prefix found before the digits (a month, a currency code, a sign), and from the digits or
# currency sign themselves, where the two date forms that open with a month cannot match.
_DIGIT_TOKEN = _digit_token_regex(_NOT_FIGURES)
_DIGIT_TOKEN_AT_DIGIT = _digit_token_regex(_NOT_FIGURES[2:])
_PLAIN_NUMBER = re.compile(f"(?P<number>{_DIGIT_NUMBER})", re.VERBOSE)
# What may follow the leading digits of a date, time, ordinal, decade, phone number or fraction
# ("5th", "10:30", "9am", "17-18 May", "2024-12-31", "1990s", "3/4"); after a space, the first two
# letters of a month, "am", "pm" or "of", or another space or a dash.
_SKIP_FOLLOWERS = frozenset("snrtaApP/.:-–\u00a0")
_SKIP_WORD_OPENINGS = frozenset("ja fe ma ap ju au se oc no de of am a. pm p. o' o’".split())
_TIME_OPENERS = frozenset("aApP")
_SKIP_AFTER_SPACE = frozenset("-– \u00a0")
_WORD_TOKEN = re.compile(
    "|".join([
        f"(?P<written_fraction>{_WRITTEN_FRACTION})",
        f"(?P<written>{_WRITTEN_NUMBER})",
    ])
)
# ASCII digits: a class of a few literal characters is scanned three times faster than \\d.
_DIGIT_CANDIDATE = re.compile(r"[$€£¥₹₽0-9" + "".join(VULGAR_FRACTIONS) + r"][0-9,.]*")
_DIGIT_PREFIX = re.compile(
    rf"(?:\b{_MONTH}[ \u00a0]+(?:of[ ]+)?|\b(?:US|A|C|HK|NZ|S|R)"
    r"|(?:USD|EUR|GBP|JPY|CNY|INR|Rs\.?|[Dd]lrs)[ \u00a0]?|\+\d{1,3}[ .-]|[-−+#'(])$"
)
_MONTH_OPENING = re.compile("jan|feb|apr|jun|jul|aug|sep|oct|nov|dec")  # "Mar", "May": capitals only
_PREFIX_ENDINGS = frozenset("-−+#'(.")
# Words that may end a prefix before a space, in lower case: months, "of", currency codes.
_WORD_PREFIXES = frozenset(MONTH_NUMBERS) | frozenset("of usd eur gbp jpy cny inr rs dlrs".split())
# Words a number may open with. Vague amounts hold none ("hundreds of", "tens of thousands of",
# "several hundred", "a few thousand", "many dozen"), so no number is read in them.
_OPENING_WORDS = list(SMALL_NUMBERS) + list(TENS) + ["half"]


def _first_letter_trie(words: list[str]) -> str:
    """"one|two|ten" as "o(?:ne)|t(?:wo|en)": each branch opens with a literal, so the regex engine
    skips in C to the positions where one could start and tries one branch there, not all."""
    tails: dict[str, list[str]] = {}
    for word in words:
        tails.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})" for first, rest in tails.items()
    )


_A_BEFORE_AMOUNT = r"an?(?=[ ]+(?:hundred|thousand|million|billion|trillion|dozen|half|third|quarter)\b)"
# The word scan runs over a folded copy of the text: ASCII bytes, lower case, and every byte that
# is no letter, digit or "_" turned into a space (non-ASCII characters become "?", then a space,
# so offsets stay). A number word that opens a word then follows a space, and a scan that opens
# with that literal space runs in C from space to space: four times faster than the trie alone.
_FOLD_TO_SPACE = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
).lower()
_WORD_CANDIDATE = re.compile(
    ("[ ](?:" + _first_letter_trie(_OPENING_WORDS) + "|" + _A_BEFORE_AMOUNT + ")").encode()
)


_ABBREVIATIONS = sorted(
    "km km2 km3 km² km³ km/h kmh kph mph m m2 m3 m² m³ cm mm nm µm mi ft yd kg mg g lb lbs oz t "
    "kt ml mL cl l L gal bbl bpd ha kW MW GW TW kWh MWh GWh TWh Wh W kV V Hz kHz MHz GHz kB KB "
    "MB GB TB PB kb Mb Gb Mbps Gbps eV keV MeV GeV TeV psi dB kcal cal tbsp tsp mAh Ah".split(),
    key=len, reverse=True,
)
MEASURE_ABBREVIATIONS = frozenset(_ABBREVIATIONS)
# A measure right after the number ("15%", "10kg", "120 km", "32 degrees Celsius", "4 sq mi").
_MEASURE_RIGHT = re.compile(
    r"[ \u00a0]?(?:"
    r"(?P<symbol>%|‰|°[ ]?[CFKcfk]?(?![A-Za-z])|[€£¥₹₽](?!\w))"
    r"|(?<=\d)(?P<attached>[CFK])(?![\w°])"
    # British pence and percent, basis points: "99p", "10pc", "25bp"; not a video's resolution
    # ("1080p", "720p": the few heights screens are sold by)
    r"|(?<=\d)(?P<times>[x×])(?!\w)"  # "rose 1.5x", "2x faster"
    r"|(?<=\d)(?<!1080)(?<!2160)(?<!1440)(?<!\b720)(?<!\b480)(?<!\b360)(?P<short>p|pc|bps?)(?!\w|-(?![\d$€£]))"
    r"|(?P<words>(?i:per[ ]?cent|percent|pct|percentage[ ]points?|basis[ ]points?)\b"
    r"|(?i:degrees?)(?:[ ](?:Celsius|Fahrenheit|centigrade|C|F)\b)?"
    r"|(?i:square|sq\.?|cubic|cu\.?)[ ](?:(?i:kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet|foot|yards?)\b"
    r"|(?:km|mi|m|ft|yd)\b))"
    r"|(?P<abbreviation>(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")(?:\^[23])?)"
    r"(?!\w|-(?!(?:long|wide|high|tall|deep|thick)\b|[\d$€£]))"  # but "5km-10km", "a 500m-long tunnel"
    r"|(?P<inch>in)(?=[ ](?:thick|long|wide|tall|high|deep)\b)"
    r"|(?<=\d)(?P<glued>in|cc)(?![\w-])"  # "6ft 2in", "a 6.1in screen", "125cc": only glued to the number
    r")"
)
# What a measure, a hyphenated word or the next word may open with, besides a letter.
_UNIT_OPENERS = frozenset(" \t\u00a0-%‰°€£¥₹₽")
# ("33 percent a week earlier" tells a time, no rate)
# What a measure or a count is of, before its rate: "gallons of water per day".
_OF_A_STUFF = re.compile(r"[ ]+of[ ]+(?P<stuff>[a-z]+)(?=[ ]+(?:per|an?)[ ]|[ ]?/)")
_RATE = re.compile(
    r"(?:[ ]?/[ ]?|[ ]+per[ ]+|[ ]+an?[ ]+(?=(?:hour|day|week|month|year|barrel|gallon|litre|liter"
    r"|ton|tonne|head|person|kilo|pound|share)\b)(?!(?:hour|day|week|month|year)[ ]+(?:earlier|ago|later)\b))"
    r"(?P<rate>[A-Za-z]+[23²³]?)\b"
)
_HYPHEN_COMPOUND = re.compile(r"-(?P<word>[A-Za-z]+)(?:-(?P<second>[A-Za-z]+))?")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(?P<word>[A-Za-z][A-Za-z'’-]*)")
# A currency named by its country: "U.S. dollars", "Hong Kong dollars", "Mexican pesos".
_NATIONAL_CURRENCY = re.compile(
    r"[ \u00a0]+(?P<country>(?:[A-Z]\.){2,3}|US|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]+"
    r"(?P<currency>(?:dollar|euro|pound|peso|franc|rupee|ruble|rouble|dinar|shilling|real)s?|reais"
    r"|yuan|yen|rand|lira|lire|krona|kronor|krone|kroner)\b")
# The dollars named by a country or territory that are not US dollars ("Medicaid dollars" are).
_DOLLAR_COUNTRIES = frozenset(("Canadian", "Australian", "Hong Kong", "New Zealand", "Singapore", "Taiwan",
                               "Taiwanese", "Zimbabwe", "Zimbabwean", "Jamaican", "Bahamian", "Namibian",
                               "Fijian", "Liberian", "Barbadian", "Brunei", "Guyanese", "Belize", "Trinidad"))
# Qualifiers: phrases that end right before a number, after which only spaces come.
_QUALIFIER_PHRASES = (
    "an estimated", "estimated", "at least", "at most", "no more than", "no fewer than",
    "no less than", "not more than", "more than", "less than", "fewer than", "greater than",
    "upwards of", "in excess of", "as many as", "as much as", "as few as", "as little as",
    "close to", "nearly", "almost", "about", "around", "approximately", "approx.", "roughly",
    "just over", "just under", "well over", "well under", "well above", "some", "over", "under",
    "up to", "only", "just", "a total of", "a further", "an additional", "an extra", "another",
    "exactly", "precisely", "barely", "a mere", "a record", "a maximum of", "a minimum of",
    "below", "above",
)
# By their last word, longest first: "no more than" before "more than", as the earliest start wins.
_QUALIFIERS_BY_LAST_WORD = {
    last: tuple(sorted((p for p in _QUALIFIER_PHRASES if p.rsplit(" ", 1)[-1] == last),
                       key=len, reverse=True))
    for last in {phrase.rsplit(" ", 1)[-1] for phrase in _QUALIFIER_PHRASES}
}
_RANGE_GAP = re.compile(
    r"[ \u00a0]?(?P<unit>%|°[ ]?[CF]?|[A-Za-z]{1,4}(?=[ -]))?[ \u00a0]*-?[ \u00a0]*"
    r"(?:(?P<word>to|through|and)[ \u00a0]+|(?P<dash>[-–—])[ \u00a0]*)"
)
_BLANKS = " \t\u00a0"
_BY_BEFORE = re.compile(r"\bby[ \u00a0]+$")
_LEVEL_OVER_CHANGE = 3
_RANGE_OPENER = re.compile(r"(?<![\w-])(?P<opener>(?i:between|from))[ \u00a0]+$")
_CHANGE_VERB = re.compile(
    r"(?i:\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases"
    r"|increasing|decreased?|decreases|decreasing|dropped|drops?|dropping|climbed|climbs?|climbing"
    r"|grew|grows?|growing|jumped|jumps?|declined?|declines|declining|reduced?|reduces|reducing"
    r"|cuts?|raised?|raises|raising|lowered|lowers?|slipped|slid|soared|surged|plunged"
    r"|plummeted|doubled|tripled|went|up|down|changed?|shrank|expanded|swelled|edged|ticked"
    r"|moved|narrowed|widened))[ ]+(?:[a-z]+[ ]+)?$"
)
# A past change verb right before the number: "Brent fell $2 to $78" is the change and the level
# it reached, with no "by" (see _change_then_level).
_PAST_CHANGE_VERB = re.compile(
    r"\b(?:rose|fell|increased|decreased|dropped|climbed|grew|jumped|declined|slipped|slid|soared|surged"
    r"|plunged|plummeted|tumbled|gained|lost|added|shed|edged[ ]+(?:up|down|higher|lower)|ticked[ ]+(?:up|down))"
    r"[ ]+(?:[a-z]+ly[ ]+)?$"
)
_GROUP_AFTER = re.compile(r"[ ]+of[ ]+(?:the|these|those|its|their|his|her|our|them|whom|which|[A-Z]\w*['’]s)\b")
_MONTH_WORD = re.compile(_MONTH)
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")  # "1/3 of the budget": a share, not a date
# "one in seven patients", "4 in 10 voters", "nine out of ten": a ratio, whose terms count nothing
# alone ("seven patients" is not what the sentence counts). The first term is the smaller: "killed
# 15 in 2 attacks" is no ratio.
_TERM_WORDS = {**SMALL_NUMBERS, **TENS}
_RATIO_TERM = r"(?P<term>\d{1,3}|(?i:" + "|".join(sorted(_TERM_WORDS, key=len, reverse=True)) + r"))\b"
_RATIO_BEFORE = re.compile(r"\b" + _RATIO_TERM + r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:every[ \u00a0]+)?$")
_RATIO_AFTER = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:every[ \u00a0]+)?(?:(?P<large>an?[ \u00a0]+"
                          r"(?:hundred|thousand|million|billion)\b)|" + _RATIO_TERM + r"(?![.,]?\d))"
                          r"(?:[ \u00a0]+(?P<noun>[A-Za-z]+))?")
# "a 3 to 1 margin", "a 2-to-1 vote": the terms of a ratio, the number before "to" or after it.
_RATIO_NOUNS = r"(?:margin|ratio|majority|vote|edge|split|odds)\b"
_TO_RATIO_AFTER = re.compile(r"[ \u00a0-]+to[ \u00a0-]+\d+[ \u00a0-]+" + _RATIO_NOUNS)
_TO_RATIO_BEFORE = re.compile(r"\b\d+[ \u00a0-]+to[ \u00a0-]+$")
_RATIO_NOUN_AFTER = re.compile(r"[ \u00a0-]+" + _RATIO_NOUNS)
_AND_OR = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]+")
_WORDS = re.compile(r"[a-z]+")
_LONG_DIGIT_RUN = re.compile(r"\d{19}")
# The largest figure kept: beyond it a value is a code or nonsense, and would overflow a float.
MAX_FIGURE = Decimal(10) ** 15
# A value written with its power of ten is no code ("1.989 × 10^30 kg"); a float still holds it.
MAX_SCIENTIFIC_FIGURE = Decimal(10) ** 100


# ------------------------------------------------------------------------------- intermediate data

@dataclass(slots=True)
class _Number:
    """A number token: its span, its value, and what its form says about it."""

    start: int
    end: int
    value: Decimal
    scale: int = 1  # the multiplier of a scale word ("million"), 1 when none
    currency: Optional[str] = None
    written: bool = False
    bare_integer: bool = False  # digits only: no separator, decimal, sign, currency or scale
    broken: bool = False  # letters stuck to it ("5G", "860BOX"): never a figure
    digit_fraction: bool = False  # "1/4": a figure only before a measure
    word_fraction: bool = False
    large_written: bool = False  # a written number with a scale word: may stand alone
    scientific: bool = False  # written with its power of ten ("6.022 × 10^23"): may be huge

    @property
    def year_like(self) -> bool:
        return self.bare_integer and self.end - self.start == 4 and 1000 <= self.value <= 2199


@dataclass(slots=True)
class _Quantity:
    """One number or range, with what was found around it."""

    low: _Number
    high: Optional[_Number]
    start: int  # where the figure's text starts: its qualifier, "between" or the number
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    kind: Optional[str] = None  # "measure", "count", "duration", "inherit", "drop" or None
    end: int = 0

    @property
    def last(self) -> _Number:
        return self.high or self.low


# ------------------------------------------------------------------------------------- public API

def extract_figures(text: str, sentences: list[Span]) -> list[Figure]:
    """Return the figures of `text` in document order (see the module docstring for the rules)."""
    numbers = _number_tokens(text)
    quantities = _join_ranges(text, numbers)
    limits = [q.low.start for q in quantities[1:]] + [len(text)]
    previous_end, previous_unit = 0, None
    for quantity, limit in zip(quantities, limits):
        _read_surroundings(text, quantity, limit, previous_end)
        if quantity.qualifier == "over" and previous_unit and not text[previous_end:quantity.start].strip(_BLANKS):
            # "climbs 3,500 ft over 8 mi": across, not more than
            quantity.qualifier, quantity.start = None, quantity.low.start
        previous_end, previous_unit = quantity.end, quantity.unit
    _lend_units_backwards(text, quantities)
    _lend_units_forwards(text, quantities)
    return _figures(text, quantities, sentences)


# ------------------------------------------------------------------------------------- step 1

def _number_tokens(text: str) -> list[_Number]:
    # (start, the run of digits found there) for digits, (start, None) for number words
    candidates: list[tuple[int, Optional[str]]] = [(m.start(), m.group()) for m in _DIGIT_CANDIDATE.finditer(text)]
    candidates += [(start, None) for start in _word_candidates(text)]
    candidates.sort(key=itemgetter(0))
    numbers = []
    consumed = 0
    for start, run in candidates:
        if start < consumed:
            continue
        if run is not None:
            prefix = _prefix_start(text, start, max(consumed, start - 14))
            m = (prefix is not None and _DIGIT_TOKEN.match(text, prefix)) \
                or _digit_token_at(text, start, run)
        else:
            m = _WORD_TOKEN.match(text, start)
        if not m:
            continue
        consumed = m.end()
        number = _token_number(text, m)
        if number is not None:
            numbers.append(number)
    return numbers


def _digit_token_at(text: str, start: int, run: str) -> Optional[re.Match]:
    """The token at a digit or currency sign. Dates, times, ordinals, decades, phone numbers and
    fractions go on from their leading digits with one of a few characters ("5th", "10:30",
    "1990s", "3/4", "2024-12-31", "10.30pm") or a month, "am" or "pm" after a space ("17 December",
    "9 a.m."): a number followed by anything else ("50 cars", "$25", "4.5 tonnes") is matched by
    the number pattern alone, without trying theirs."""
    digits = len(run) - len(run.lstrip("0123456789"))
    if digits == 0 or _plain_after(text, start, run, digits):
        return _PLAIN_NUMBER.match(text, start)  # no date opens with "$" or "½"
    return _DIGIT_TOKEN_AT_DIGIT.match(text, start)


def _plain_after(text: str, start: int, run: str, digits: int) -> bool:
    """Whether what follows the leading digits rules out every date, time and code."""
    after = text[start + digits:start + digits + 3]
    first = after[:1]
    if first == " ":
        if run[0] == "0" and after[1:2].isdigit():
            return False  # "020 7946 0958"
        return after[1:3].lower() not in _SKIP_WORD_OPENINGS and after[1:2] not in _SKIP_AFTER_SPACE
    if first == ".":
        number = run.rstrip(".,")
        dots = number.count(".")
        if dots != 1 or digits > 2:
            return dots < 2  # "2019." ends a sentence, "2019.5" is a number; "1.2.3" is no number
        beyond = text[start + len(number):start + len(number) + 2]  # "10.30 pm", "10.30pm"
        if beyond[:1] == " ":
            beyond = beyond[1:]
        return beyond[:1] not in _TIME_OPENERS
    return first not in _SKIP_FOLLOWERS


def _word_candidates(text: str) -> list[int]:
    """Where a number word may open a word ("one" in "someone" is none): lower-case or capitalised
    words only, as all-capital words are mostly headings and codes."""
    folded = b" " + text.encode("ascii", "replace").translate(_FOLD_TO_SPACE)
    # The leading space shifts the folded copy by one: a match's space sits at its word's offset.
    return [m.start() for m in _WORD_CANDIDATE.finditer(folded)
            if not text[m.start() + 1:m.start() + 2].isupper()]


def _prefix_start(text: str, start: int, floor: int) -> Optional[int]:
    """Where a token ending in the number at START may begin, when something before it belongs to
    it: a month ("Dec. 30"), a currency code ("US$5", "USD 5"), a sign or "#". A look at the
    character and the word before decides whether the regex, costly at a string's end, runs."""
    if start <= floor:
        return None
    before = text[start - 1]
    if before in " \u00a0":
        words = text[floor:start].split()
        word = words[-1] if words else ""
        if word.isalpha():
            if word.lower() not in _WORD_PREFIXES:
                return None  # "said 5", "The 300"
        else:
            lower = word.lower()
            # A month, code or "+44" may end the word after a bracket or a quote: look inside it.
            if not (lower != word or "+" in word or lower.endswith(("of", "dlrs"))
                    or _MONTH_OPENING.search(lower)):
                return None
    elif not (before.isalpha() or before in _PREFIX_ENDINGS):
        return None
    prefix = _DIGIT_PREFIX.search(text, floor, start)
    return prefix.start() if prefix else None


def _token_number(text: str, m: re.Match) -> Optional[_Number]:
    kind = m.lastgroup
    if kind == "number":
        return _digit_number(text, m)
    if kind == "fraction":
        return _Number(m.start(), m.end(), _fraction_value(m), digit_fraction=True)
    if kind == "written_fraction":
        return _Number(m.start(), m.end(), _word_fraction_value(m.group()), written=True,
                       word_fraction=True)
    if kind == "written":
        return _written_number(m)
    return None  # a date, a time, a phone number, ...


# Verbs in -s that follow a length in metres as its verb ("a cordon of 800m remains in place"),
# where a count in millions would take a plural noun ("2.3m people").
_EXTENT_VERBS = frozenset("remains stands stretches runs lies extends covers separates sits reaches spans".split())
_MINUS = "minus "
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*(?:[A-Za-z]{1,3}|%)?[ \u00a0]+$")
# Money words before a bare "3.4m": millions, not metres ("turnover hit 3.4m", "a loss of 3.4m").
_MONEY_BEFORE = re.compile(
    r"\b(?i:turnover|loss|losses|profits?|revenues?|sales|earnings|income|debts?|budget|fees?|funding"
    r"|valued|worth|cost|costs|costing|spent|spend|paid|pay|bid|offer|raised|deal|contract|fine[ds]?)"
    r"\b(?:[ ]+(?:of|at|to|hit|reached|was|were|is|are|about|around|nearly|almost|by|for|just|over|under))*[ ]+$"
)
_EMERGENCY_NUMBERS = frozenset(("911", "999"))
_EMERGENCY_SERVICE = re.compile(r"[ ]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|cent(?:er|re)s?|system|lines?"
                                r"|communications?|recordings?|tapes?|emergency|services?)\b")
_WORDS_AFTER_A_MEASURE = frozenset("""and or but before after in at on to for with when while as by from
    until than""".split())
_TEMPERATURE_NEAR = re.compile(
    r"°|\b(?i:temperatures?|degrees|celsius|fahrenheit|kelvin|cool(?:s|ed|ing)|heat(?:s|ed|ing))\b")
_ACCOUNTS_NEGATIVE_BEFORE = re.compile(r"\b(?:is|was|were|are|(?:loss|losses|deficit|shortfall)[ ]of)[ ]\($")
_DIGIT_GROUPS = ("lead_sign", "currency", "sign", "digits", "vulgar", "mixed_numerator", "mixed_denominator",
                 "vulgar_only", "exponent", "caret_exponent", "signed_exponent", "superscript", "scale",
                 "scale_letter")
_FROM_SUPERSCRIPT = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_POWER_OF_TEN = re.compile(r"(?:\^([-−]?\d{1,3})|(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\w^])")


def _digit_number(text: str, m: re.Match) -> Optional[_Number]:
    (lead_sign, currency, sign, digits, vulgar, numerator, denominator, vulgar_only, exponent, caret_exponent,
     signed_exponent, superscript, scale_word, letter) = m.group(*_DIGIT_GROUPS)  # one call, not thirteen
    if m.end() - m.start() > 18 and _LONG_DIGIT_RUN.search(m.group()):
        return None  # an identifier, not a number; its digits stay consumed
    if digits in _EMERGENCY_NUMBERS and not currency and _EMERGENCY_SERVICE.match(text, m.end()):
        return None  # "a 911 call", "the 999 operator": a telephone number
    if vulgar_only:
        value = Decimal(VULGAR_FRACTIONS[vulgar_only])
    else:
        value = Decimal(digits if digits.isdigit() else
                        "".join(digits.replace(",", " ").split()))  # "11,000", "10 000"
        if vulgar:
            value += Decimal(VULGAR_FRACTIONS[vulgar])
        elif denominator:
            if int(denominator) == 0:
                return None
            value += Decimal(int(numerator)) / int(denominator)
    # A power of ten written out ("1.989 × 10^30", "3×10⁸", "10^80") may be huge; "2e99" is a code.
    power_of_ten = caret_exponent or signed_exponent or (superscript or "").translate(_FROM_SUPERSCRIPT)
    end = m.end()
    if not power_of_ten and not exponent and digits == "10" and (alone := _POWER_OF_TEN.match(text, end)):
        power_of_ten = (alone.group(1) or alone.group(2)).translate(_FROM_SUPERSCRIPT)  # "10^80 atoms"
        value, end = Decimal(1), alone.end()
    exponent = exponent or power_of_ten
    if exponent:
        value = value.scaleb(int(exponent.replace("−", "-")))
    start = m.start()
    if lead_sign and _NUMBER_BEFORE.search(text, max(0, start - 12), start):
        lead_sign, start = None, m.start("currency")  # "$3bn -$4bn", "from £100 -£250": a range's dash
    sign = sign or lead_sign
    minus_at = start - len(_MINUS)
    if not sign and not currency and minus_at >= 0 and text[minus_at:start].lower() == _MINUS \
            and not _after_a_number(text, minus_at):
        sign, start = "-", minus_at  # "minus 12 degrees"; not "ten minus 2"
    if currency and not sign and text[start - 1:start] == "(" and text[end:end + 1] == ")" \
            and _ACCOUNTS_NEGATIVE_BEFORE.search(text, max(0, start - 16), start):
        sign = "-"  # "a loss of ($45.2 million)": an account's negative (not "the budget ($600 billion)")
    if sign:
        value = -value
    currency = CURRENCIES[currency.strip()] if currency else None
    scale = 1
    if scale_word:
        word = scale_word.lower().rstrip("s")  # "crores", "lakhs"
        scale = SCALE_WORDS.get(word) or (_LAKH_CRORE if word == "lakh crore" else SCALE_ABBREVIATIONS[scale_word])
    elif letter:
        # "$5m", "10K", "2.3m people" are multiples; "100m sprint" is metres, "5B" a label.
        if letter == "K" and not currency and digits and "." in digits \
                and _TEMPERATURE_NEAR.search(text, max(0, m.start() - 80), end + 80) \
                and (_word_after(text, end) or "and").lower() in _WORDS_AFTER_A_MEASURE:
            # "300 °C (573.15K)", "cooled to 4.2K before": kelvin (see _MEASURE_RIGHT); not
            # "a 1.5K bonus", "35 °C as 2.5K runners finished": a noun after it counts thousands
            end -= 1
        elif currency or letter in "kKM" or _is_plural_word(after := _word_after(text, end)) \
                and (after or "").lower() not in _EXTENT_VERBS \
                or _MONEY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            scale = SCALE_ABBREVIATIONS[letter]
        else:
            end -= 1
    if scale != 1:
        value *= scale
    bare_integer = (
        not currency and scale == 1 and not sign and digits is not None
        and digits.isdigit() and end == m.start("digits") + len(digits)
    )
    broken = (
        end < len(text) and text[end].isalpha() and not _MEASURE_RIGHT.match(text, end)
        or bool(digits) and digits[0] == "0" and digits[1:2].isdigit()
    )  # "5G", "860BOX"; "007", "0958"
    return _Number(start, end, value, scale, currency, bare_integer=bare_integer, broken=broken,
                   scientific=bool(power_of_ten))


_MULTIPLIERS = {"dozen": 12, **SCALE_WORDS}


def _after_a_number(text: str, start: int) -> bool:
    """Whether the word before `start` is a number ("ten minus 2") or joins one ("plus or minus")."""
    word = (_previous_word(text, start, 12) or "").lower()
    return word[-1:].isdigit() or word in _TERM_WORDS or word in ("or", "and")  # "plus or minus 4"


def _written_number(m: re.Match) -> _Number:
    phrase = m.group().lower()
    whole, and_a_half, scale_after = phrase.partition(" and a half")
    total = current = 0
    last_multiplier = 1  # what the last word multiplied by: "a million and a half" is 1.5 million
    large = False  # a scale word: the number may stand without a noun
    for word in _WORDS.findall(whole):
        if word in ("a", "an"):
            current = 1
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
            large = True
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
            large = True
        last_multiplier = _MULTIPLIERS.get(word, 1)
    value = Decimal(total + current)
    if and_a_half and scale_after:  # "two and a half thousand"
        value = (value + Decimal("0.5")) * SCALE_WORDS[scale_after.split()[-1]]
        large = True
    elif and_a_half:
        value += Decimal("0.5") * last_multiplier
    # "a million" alone is an idiom more often than a count ("one in a million").
    large = large and not (phrase.startswith(("a ", "an ")) and len(phrase.split()) == 2)
    return _Number(m.start(), m.end(), value, written=True, large_written=large)


def _fraction_value(m: re.Match) -> Decimal:
    numerator, denominator = int(m.group("numerator")), int(m.group("denominator"))
    if denominator == 0 or numerator >= denominator:
        return Decimal(-1)  # not a fraction ("9/11", "24/7"): dropped as no measure follows
    return Decimal(numerator) / denominator


def _word_fraction_value(phrase: str) -> Decimal:
    words = _WORDS.findall(phrase.lower())
    if words == ["half"]:
        return Decimal("0.5")
    if words[0] == "half":
        return Decimal("0.5") * SCALE_WORDS.get(words[-1], 12)
    numerator = 1 if words[0] in ("a", "an") else SMALL_NUMBERS[words[0]]
    return Decimal(numerator) / DENOMINATORS[words[1]] * SCALE_WORDS.get(words[-1], 1)


def _previous_word(text: str, start: int, window: int) -> Optional[str]:
    """The run of non-blanks that ends before the spaces or tabs ending at START, within WINDOW
    characters; None when START does not follow such a blank. Slicing and splitting cost a tenth
    of a regex searched at a string's end, which is tried from every position before it."""
    tail = text[max(0, start - window):start]
    if not tail or tail[-1] not in _BLANKS:
        return None
    tail = tail.rstrip(_BLANKS)
    if not tail or tail[-1].isspace():
        return None
    return tail.rsplit(None, 1)[-1]


def _follows_label(text: str, start: int) -> bool:
    """A bare integer after "No.", a code ("i7") or a name ("Voyager", "Section") is a label."""
    word = _previous_word(text, start, 40)
    if word is None:
        return False
    word = word.lstrip("\"“‘'([")
    lower = word.lower()
    if lower in LABEL_WORDS:
        return True
    if not word.isalpha() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True  # a code: "i7 860", "A320 12"
    if not word or not word[-1].isalpha():
        return False  # "Ukraine's", "said," and sentence ends are no names
    return word != lower and lower not in STOP_WORDS and lower not in QUALIFIER_WORDS \
        and not _MONTH_WORD.fullmatch(word) \
        and not (_TOLD_BEFORE.search(text, max(0, start - 60), start) and _COUNTED_AFTER.match(text, start))


# "told Reuters 12 people were killed": the name is the one told, and the number what they were told
# (not "told BBC Radio 4 the plan was dead", "told Fox 5 the roads were closed").
_TOLD_BEFORE = re.compile(r"\btold[ ]+(?:the[ ]+)?[A-Z][\w.&'’-]*(?:[ ]+[A-Z][\w.&'’-]*)?[ ]+$")
_COUNTED_AFTER = re.compile(r"\d+[ ]+(?:[a-z]+s|people|children|men|women|staff|police)\b")


# ------------------------------------------------------------------------------------- step 2

def _join_ranges(text: str, numbers: list[_Number]) -> list[_Quantity]:
    quantities: list[_Quantity] = []
    i = 0
    while i < len(numbers):
        low = numbers[i]
        high = numbers[i + 1] if i + 1 < len(numbers) else None
        verdict = _range_verdict(text, low, high) if high else "apart"
        if verdict == "score":
            i += 2
            continue
        if high and verdict == "range":
            if low.scale == 1 and high.scale > 1 and low.value * high.scale < high.value:
                low.value *= high.scale  # "3 to 5 billion": the scale word covers both ends
                low.scale = high.scale
            low.currency = low.currency or high.currency
            opener = _range_opener(text, low.start)
            start = opener.start() if opener else low.start
            quantities.append(_Quantity(low, high, start))
            i += 2
        else:
            quantities.append(_Quantity(low, None, low.start))
            i += 1
    return quantities


def _range_opener(text: str, start: int) -> Optional[re.Match]:
    """"between" or "from" right before START; the cheap look at the word before comes first."""
    before = _previous_word(text, start, 12)
    if before is None or not before.lower().endswith(("between", "from")):
        return None
    return _RANGE_OPENER.search(text, max(0, start - 12), start)


def _range_verdict(text: str, low: _Number, high: _Number) -> str:
    """'range', 'apart', or 'score' for two numbers in a row."""
    if high.start - low.end > 30:
        return "apart"  # a unit, a dash and "through" between them take fewer characters
    gap = _RANGE_GAP.fullmatch(text, low.end, high.start)
    if not gap or low.written != high.written:
        return "apart"
    opener = _range_opener(text, low.start)
    if gap.group("word") == "and" and not (opener and opener.group("opener").lower() == "between"):
        return "apart"
    if opener and opener.group("opener").lower() == "from" and \
            _CHANGE_VERB.search(text, max(0, opener.start() - 30), opener.start()):
        return "apart"  # "rose from 3% to 5%" is a change, not a range
    if gap.group("word") == "to" and (gap.group("unit") or low.currency) and _change_then_level(text, low, high):
        return "apart"
    if gap.group("unit"):
        unit_low, unit_high = _MEASURE_RIGHT.match(text, low.end), _MEASURE_RIGHT.match(text, high.end)
        if not unit_low or not unit_high or _measure_name(unit_low) != _measure_name(unit_high):
            return "apart"
    if gap.group("dash") == "—" and text[high.start - 1] in _BLANKS and text[low.end:high.start].startswith(" "):
        return "apart"  # "down to 116 — 109 passengers and seven crew —": an aside, set off by spaced dashes
    if low.value < high.value or (low.value < 0 and high.value < 0):
        return "range"
    return "score" if gap.group("dash") else "apart"


# ------------------------------------------------------------------------------------- step 3

def _change_then_level(text: str, low: _Number, high: _Number) -> bool:
    """"rises by €3.1bn to €24.1bn", "fell $2 to $78": the change, then the level it reaches, far
    above it ("will rise by 10% to 15%", "grew by 200 to 300 members" and "rose 3% to 5%" are
    ranges); with "by" any change verb, without it a past one right before the change."""
    if high.value < _LEVEL_OVER_CHANGE * low.value:
        return False
    before = text[max(0, low.start - 30):low.start]
    by = _BY_BEFORE.search(before)
    if by:  # the verb stands before "by"
        return _CHANGE_VERB.search(before, 0, by.start()) is not None
    return _PAST_CHANGE_VERB.search(before) is not None


def _read_surroundings(text: str, quantity: _Quantity, limit: int, previous_end: int) -> None:
    """Fill in the unit, kind, end and qualifier of a quantity from the words around it."""
    last = quantity.last
    if _in_counter(text, quantity):
        quantity.kind, quantity.end = "drop", last.end  # "image 1 of 30": a gallery's counter, whatever follows
    elif last.currency:
        quantity.unit, quantity.end = _with_rate(text, last.end, limit, last.currency)
        quantity.kind = "measure"
    elif last.word_fraction and (measure := _FRACTION_OF_A_UNIT.match(text, last.end, limit)):
        # "half a mile", "a third of an acre": the fraction of one unit
        unit, end = measure.group("unit"), measure.end()
        scale = _SCALE_AFTER_DEGREE.match(text, end, limit) if unit.lower() == "degree" else None
        if scale:  # "half a degree Celsius", named as "2 °C" is
            unit, end = _TEMPERATURE_UNITS[scale.group("scale")[0].upper()], scale.end()
        quantity.unit, quantity.end = _with_rate(text, end, limit, unit)
        quantity.kind = "measure"
    else:  # count_of_one: "one", not "one to two"
        quantity.unit, quantity.end, quantity.kind = _unit_after(
            text, last.end, limit, quantity.high is None and last.value == 1, last.written)
        if quantity.unit == "foot" and quantity.high is None and text[quantity.end:quantity.end + 1] == "-":
            inches = _INCHES_AFTER_FOOT.match(text, quantity.end, limit)
            if inches:  # "a 5-foot-11 guard": a height in feet and inches, one figure
                quantity.low = replace(last, value=last.value + Decimal(inches.group(1)) / 12)
                quantity.end = inches.end()
        if quantity.unit is None and quantity.kind is None:
            if _counts_the_dead(text, quantity.start, previous_end):
                quantity.unit, quantity.kind = "dead", "count"
            elif counted := _number_of(text, quantity.start, previous_end):
                quantity.unit, quantity.kind = counted, "count"  # "the number of people treated rose to 19"
            elif _CROWD_BEFORE.search(text, max(previous_end, quantity.start - 40), quantity.start):
                quantity.unit, quantity.kind = "people", "count"  # "a crowd of 38,412", "attendance was 5,200"
            else:
                fate = _FATE_AFTER.match(text, last.end, limit)
                if fate:  # "At least 82 were killed", "40 were hurt", "three died"
                    quantity.unit, quantity.kind = fate.group("fate") or "dead", "count"
    start = quantity.start
    if start and text[start - 1] in _BLANKS:  # a qualifier ends in spaces before the number
        qualifier_start = _qualifier_start(text, start, max(previous_end, start - 30))
        if qualifier_start is not None:
            quantity.qualifier = text[qualifier_start:start].rstrip(_BLANKS)
            quantity.start = qualifier_start


# The inches after a height's "-foot" ("5-foot-11", "6-foot-4-inch"): fewer than twelve.
_INCHES_AFTER_FOOT = re.compile(r"-(1[01]|\d)(?:-inch(?:es)?)?\b(?![.,]?\d|-(?!inch))")


# A verb of a fate after a bare number: the number counts the people it befell ("Nine were
# arrested"). Those killed or who died count as the dead, as a death toll does ("the toll rose to
# 42"); the group "fate" is empty for them.
_FATE_AFTER = re.compile(
    r"[ \t]+(?:(?:were|have[ \t]+been|had[ \t]+been)[ \t]+(?:killed|(?P<fate>injured|wounded|hurt"
    r"|arrested|detained|charged|rescued|evacuated|hospitali[sz]ed))"
    r"|(?:have[ \t]+|had[ \t]+)?died)\b")


def _counts_the_dead(text: str, start: int, previous_end: int) -> bool:
    """Whether a bare number is a death toll's: "the toll rose to 259", "a death toll of 42",
    "bringing the toll for both bombings to 259"."""
    floor = max(previous_end, start - 60)
    at = text.rfind("toll", floor, start)
    return at >= 0 and _TOLL_BEFORE.match(text, at, start) is not None


# The words by which a count reaches its number ("has risen to", "stood at"): an auxiliary, then
# the alternatives a pattern puts in its own group beside others; and a hedge after them.
_HAVE = r"(?:(?:has|had|have)[ \t]+)?"
_REACHES = (r"(?:risen|rose|climbed|jumped|increased|grew|went[ \t]+up)[ \t]+to"
            r"|reached|hit|(?:stood|stands|is|was)(?:[ \t]+now)?[ \t]+at")
_HEDGE_AFTER_LINK = r"[ \t]+(?:at[ \t]+least[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+|about[ \t]+)?$"
# "toll" and the words up to the number: a link ("rose to", "stood at", "of") and no other number
# or clause break between.
_TOLL_BEFORE = re.compile(
    r"toll\b(?:[ \t]+(?:for|from|in)[ \t]+[^,;:.\d]{1,40}?)?[ \t]+" + _HAVE + "(?:" + _REACHES + "|to|at|of)"
    + _HEDGE_AFTER_LINK)


# "The number of X ..." and the words up to the number it reaches, in one clause: no number,
# clause break, "and", "but" or other finite verb between. A bare "to" only after a verb that
# sets the number ("raised the number of homes damaged to 60").
_NUMBER_OF_LINK = re.compile(
    r"(?i:the)[ \t]+(?:total[ \t]+)?number[ \t]+of[ \t]+"
    r"(?P<counted>(?:(?!(?:and|but|was|were|is|are|said|says)\b)[^,;:.\d]){1,60}?)[ \t]+"
    + _HAVE + "(?:" + _REACHES + r"|(?:fallen|fell|dropped)[ \t]+to|(?P<bare>to|at))" + _HEDGE_AFTER_LINK)
_SETTING_VERB = re.compile(r"\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|brings?|brought|bringing"
                           r"|put(?:s|ting)?|increas(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing))[ \t]+$")
# A gathering and the words up to its size: the bare number counts the people in it.
_CROWD_BEFORE = re.compile(
    r"\b(?i:crowds?|attendance|audience)[ \t]+(?:of|at|" + _HAVE + "(?:" + _REACHES + "|was|were))" + _HEDGE_AFTER_LINK)
_FATE_NOUNS = frozenset(("dead", "injured", "wounded", "missing", "displaced", "homeless", "unemployed"))


def _number_of(text: str, start: int, previous_end: int) -> Optional[str]:
    """What "the number of X" counts where it reaches a bare number: "the number of people
    treated rose to 19" -> "people", "the number of confirmed dead had reached 9" -> "dead"."""
    floor = max(previous_end, start - 100)
    if text.rfind("number of ", floor, start) < 0:  # a cheap test first
        return None
    link = _NUMBER_OF_LINK.search(text, floor, start)
    if link is None or (link.group("bare") and not _SETTING_VERB.search(text, max(0, link.start() - 20), link.start())):
        return None
    words = link.group("counted").split()[:2]
    return next((w for w in words if w in _FATE_NOUNS or _is_plural_word(w)), None)


def _qualifier_start(text: str, start: int, floor: int) -> Optional[int]:
    """Where the qualifier before START begins ("at least 3,000"), not before FLOOR: the longest
    phrase, in any case, that ends at the spaces before START and opens a word. Looking the last
    word up first costs a fraction of a regex searched at the end of the text before the number."""
    tail = text[floor:start]
    words_end = len(tail.rstrip(" \u00a0"))
    if words_end == len(tail):
        return None
    lower = tail[:words_end].lower()
    words = lower.rsplit(None, 1)
    if not words or lower[-1].isspace():
        return None  # a line break, not spaces, before the number
    last_word = words[-1]
    phrases = _QUALIFIERS_BY_LAST_WORD.get(last_word)
    if phrases is None and not last_word.isalpha():
        phrases = _QUALIFIERS_BY_LAST_WORD.get(_letters_at_end(last_word))  # "(about"
    for phrase in phrases or ():
        at = floor + words_end - len(phrase)
        if at >= floor and lower.endswith(phrase) and not _opens_inside_word(text, at):
            return at
    return None


def _letters_at_end(word: str) -> str:
    """"nearly" of "and–nearly", "about" of "(about", "approx." of "(approx.": what may end a
    qualifier inside a longer run of non-blanks."""
    dot = word.endswith(".")
    letters = word[:-1] if dot else word
    i = len(letters)
    while i and letters[i - 1].isalpha():
        i -= 1
    return letters[i:] + ("." if dot else "")


def _opens_inside_word(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-")


# Things named by a number of their parts: "an 18-wheeler" is one lorry, "a three-pointer" one shot.
_NAMED_BY_A_NUMBER = frozenset("wheeler wheelers pointer pointers seater seaters decker deckers pounder pounders "
                               "footer footers liner liners timer timers hander handers header headers".split())
# Adjectives that count people as nouns do: "left 59 dead and 527 injured".
_CASUALTY_WORDS = frozenset("dead injured wounded missing hurt killed".split())


def _unit_after(text: str, pos: int, limit: int, count_of_one: bool, written: bool
                ) -> tuple[Optional[str], int, Optional[str]]:
    if pos >= limit or not (text[pos] in _UNIT_OPENERS or text[pos].isalpha()):
        return None, 0, None  # "in 2024, ...": nothing below can match
    measure = _MEASURE_RIGHT.match(text, pos, limit)
    if measure:
        unit, end = _with_rate(text, measure.end(), limit, _measure_name(measure))
        return unit, end, "measure"
    compound = text[pos] == "-" and _HYPHEN_COMPOUND.match(text, pos, limit)
    if compound:
        word, lower = compound.group("word"), compound.group("word").lower()
        if lower in DURATION_WORDS:
            return None, compound.end(), "duration"  # "a 10-year plan", "a 30-year-old"
        if lower in MEASURE_WORDS or word in MEASURE_ABBREVIATIONS:
            unit, end = _with_rate(text, compound.end("word"), limit, word)
            return unit, end, "measure"  # "a 27-kilometer ring", "a twenty-pound bag"
        second = (compound.group("second") or "").lower()
        if lower in ("square", "cubic") and second in MEASURE_WORDS:
            return f"{word}-{compound.group('second')}", compound.end(), "measure"  # "30,000-square-mile"
        if lower in NUMBER_MODIFIERS:
            pos = compound.end("word")  # "a 5,000-strong force": look further
        elif written or not word.islower() or lower in _NAMED_BY_A_NUMBER:
            return None, compound.end(), "drop"  # "one-time", "two-way", "an 18-wheeler"
        else:
            return word, compound.end("word"), "count"  # "a 12-member panel"
    national = _NATIONAL_CURRENCY.match(text, pos, limit)
    if national:  # "3.2 million U.S. dollars", "500 Mexican pesos", "40 Canadian dollars"
        currency = national.group("currency")
        if currency.startswith("dollar") and national.group("country") in _DOLLAR_COUNTRIES:
            currency = f"{national.group('country')} {currency}"
        unit, end = _with_rate(text, national.end(), limit, currency)
        return unit, end, "measure"
    if count_of_one:
        return _singular_noun_after(text, pos, limit)
    saw_more = False
    for _ in range(5):
        m = _NEXT_WORD.match(text, pos, limit)
        if not m:
            break
        word = m.group("word").rstrip("'’")
        lower = word.lower()
        if lower in DURATION_WORDS or lower in MEASURE_WORDS:
            return _duration_or_measure(text, m, limit, word)
        if lower == "others":
            return word, m.end(), "inherit"
        if lower in _CASUALTY_WORDS and not saw_more:
            return word, m.end("word") - (len(m.group("word")) - len(word)), "count"  # "59 dead"
        if lower in STOP_WORDS or lower.endswith(("'s", "’s")) or lower in _TIME_AHEAD_OR_BACK \
                and (_word_after(text, m.end()) or "").lower() in _TIME_AFTER_LAST:
            if lower == "ago":
                return None, m.end(), "duration"  # "66 Ma ago": a time, whatever its unit
            break
        if lower == "more":
            saw_more, pos = True, m.end()
            continue
        if _is_plural_word(lower):
            if text.startswith("://", m.end("word")):
                break  # "163,646 https://...": a web address, no noun
            if lower in IRREGULAR_PLURALS:  # "six crew members", "200 police officers"
                following = _NEXT_WORD.match(text, m.end(), limit)
                if following and _is_plural_word(following.group("word")) \
                        and following.group("word").lower() not in IRREGULAR_PLURALS:
                    m = following
                    word = m.group("word").rstrip("'’")
            return word, m.end("word") - (len(m.group("word")) - len(word)), "count"
        pos = m.end()
    if saw_more:
        return "more", pos, "inherit"
    return None, 0, None


# "hired 300 last year", "arrested 35 last night": a time follows the number, not its noun ("five
# previous resolutions" goes on to the noun).
_TIME_AHEAD_OR_BACK = frozenset("last next past previous coming".split())
_TIME_AFTER_LAST = DURATION_WORDS | frozenset(WEEKDAY_NAMES) | frozenset(
    "spring summer autumn fall winter season quarter time".split()) | frozenset(MONTH_NUMBERS)


def _duration_or_measure(text: str, m: re.Match, limit: int, word: str
                         ) -> tuple[Optional[str], int, str]:
    """A time unit makes the number a duration; a measure word is its unit. (`word`, matched
    by `m`, is one of the two.)"""
    if word.lower() in DURATION_WORDS:
        return None, m.end(), "duration"
    unit, end = _with_rate(text, m.end(), limit, word)
    return unit, end, "measure"


def _singular_noun_after(text: str, pos: int, limit: int) -> tuple[Optional[str], int, Optional[str]]:
    """After "one": the last word of the lower-case run that follows, the noun its modifiers lead
    to ("one senior official", "one warm spring night"), ending before a verb ("one soldier died",
    "one couple planning to") or a function word."""
    noun, end = None, 0
    for _ in range(4):
        m = _NEXT_WORD.match(text, pos, limit)
        if not m:
            break
        word = m.group("word")
        lower = word.lower()
        if lower in DURATION_WORDS or lower in MEASURE_WORDS:
            return _duration_or_measure(text, m, limit, word)
        if not word[0].islower() or lower in STOP_WORDS or lower in PAST_TENSE_VERBS \
                or lower.endswith("ed") or _is_plural_word(lower) or "'" in word or "’" in word:
            break
        if lower.endswith("ing") and noun and not _continues_noun(text, m.end(), limit):
            break  # "one couple planning to", not "one warm spring night"
        noun, end, pos = word, m.end(), m.end()
    return (noun, end, "count") if noun else (None, 0, None)


def _continues_noun(text: str, pos: int, limit: int) -> bool:
    m = _NEXT_WORD.match(text, pos, limit)
    if not m:
        return False
    lower = m.group("word").lower()
    return m.group("word")[0].islower() and lower not in STOP_WORDS and not lower.endswith("ed") \
        and not _is_plural_word(lower)


def _with_rate(text: str, pos: int, limit: int, unit: str) -> tuple[str, int]:
    """Extend a unit by its denominator: "dollars per hour", "kilometres per hour"."""
    rate = _RATE.match(text, pos, limit)
    if rate:
        return f"{unit} per {rate.group('rate')}", rate.end()
    of = _OF_A_STUFF.match(text, pos, limit) if unit not in MONEY_UNITS else None
    rate = _RATE.match(text, of.end(), limit) if of else None
    if of and rate:  # "3.5 million gallons of water per day" (not "$5 of rent a month")
        return f"{unit} of {of.group('stuff')} per {rate.group('rate')}", rate.end()
    return unit, pos


_TEMPERATURE_UNITS = {"C": "degrees Celsius", "F": "degrees Fahrenheit", "K": "kelvin"}


def _measure_name(m: re.Match) -> str:
    symbol = m.group("symbol")
    if symbol:
        if symbol == "%":
            return "percent"
        if symbol == "‰":
            return "per mille"
        if symbol.startswith("°"):
            return _TEMPERATURE_UNITS.get(symbol[-1].upper(), "degrees")
        return CURRENCIES[symbol]
    if m.group("attached"):
        return _TEMPERATURE_UNITS[m.group("attached")]
    if m.group("inch"):
        return "in"
    if m.group("glued"):
        return m.group("glued")
    if m.group("times"):
        return "times"
    if m.group("short"):
        return {"p": "pence", "pc": "percent"}.get(m.group("short"), "basis points")
    words = " ".join((m.group("words") or m.group("abbreviation")).split())
    lower = words.lower()
    if lower in ("percent", "per cent", "percent", "pct"):
        return "percent"
    if lower.startswith("degree"):
        if lower.endswith(" c"):
            return "degrees Celsius"
        if lower.endswith(" f"):
            return "degrees Fahrenheit"
    return words


def _is_plural_word(word: Optional[str]) -> bool:
    if not word:
        return False
    word = word.lower().rstrip("'’")
    if word in IRREGULAR_PLURALS:
        return True
    if word.endswith(("men", "people", "children")) and word not in SINGULARS_IN_MEN:
        return True  # "militiamen", "townspeople", "grandchildren"
    return (len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in NOT_PLURAL and word not in STOP_WORDS)


def _word_after(text: str, pos: int) -> Optional[str]:
    m = _NEXT_WORD.match(text, pos)
    return m.group("word") if m else None


def _lend_units_backwards(text: str, quantities: list[_Quantity]) -> None:
    """"45 and 50 cases", "two or three days", "42 of the 120 seats": the first number counts
    what the second does."""
    for here, after in zip(reversed(quantities[:-1]), reversed(quantities[1:])):
        if here.kind is None and after.kind in ("count", "measure", "duration") \
                and here.high is None and after.qualifier is None \
                and (_AND_OR.fullmatch(text, here.last.end, after.start) or _of_a_group(text, here, after)):
            here.unit, here.kind = after.unit, after.kind


_CHANGE_OPENING = re.compile(r"\b(?:by|from)[ \t]+$")
_TO = re.compile(r"[ \t]+to[ \t]+")


def _lend_units_forwards(text: str, quantities: list[_Quantity]) -> None:
    """"widened the recall by 25,000 vehicles to 265,000", "from 1.2 million cars to 1.5 million":
    the number a change reaches counts what the change does."""
    for before, here in zip(quantities[:-1], quantities[1:]):
        if here.kind is None and before.kind in ("count", "measure") and here.high is None \
                and _CHANGE_OPENING.search(text, max(0, before.start - 6), before.start) \
                and _TO.fullmatch(text, before.end, here.start):
            here.unit, here.kind = before.unit, before.kind


def _of_a_group(text: str, part: _Quantity, group: _Quantity) -> bool:
    """"42 of the 120 seats": a part of a group counted in digits. (A number in words before "of
    the" is mostly one of a group the story names, "one of the two men", "a quarter of the
    budget"; a counter is no part, "image 2 of 30", "Game 3 of 7".)"""
    return not part.last.written and _OF_THE.fullmatch(text, part.last.end, group.start) is not None \
        and not _COUNTER_BEFORE.search(text, max(0, part.start - 10), part.start)


_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_PICTURES = "image|photo|picture|slide"
_COUNTER_BEFORE = re.compile(rf"\b(?i:{_PICTURES}|page|part|chapter|game|episode|item|no\.)[ \t]+$")
# A web page's counter: "Image 1 of 30", "Photo 3 / 12": a number and its total (a flattened
# page may leave a slash of its markup after "of": "image 1 of / 30").
_COUNTER_WORD = rf"\b(?i:{_PICTURES})[ \t]+"
_OF_TOTAL = r"[ \t]*(?:of|/)[ \t]*(?:/[ \t]*)?"
_COUNTER_NUMBER = re.compile(_COUNTER_WORD + "$")
_COUNTER_TOTAL = re.compile(_COUNTER_WORD + r"\d+" + _OF_TOTAL + "$")
_TOTAL_AFTER = re.compile(_OF_TOTAL + r"\d")
_COUNTER_REACH = 20


def _in_counter(text: str, quantity: _Quantity) -> bool:
    """Whether a number is a gallery's counter or its total ("image 1 of 30")."""
    floor = max(0, quantity.start - _COUNTER_REACH)
    if _COUNTER_TOTAL.search(text, floor, quantity.start):
        return True
    return _TOTAL_AFTER.match(text, quantity.last.end) is not None and \
        _COUNTER_NUMBER.search(text, floor, quantity.start) is not None


# ------------------------------------------------------------------------------------- output

def _figures(text: str, quantities: list[_Quantity], sentences: list[Span]) -> list[Figure]:
    sentence_starts = [s.start for s in sentences]
    figures: list[Figure] = []
    counted: list[tuple[int, str]] = []  # (sentence index, unit) of figures that count or measure
    for quantity in quantities:
        if not _is_figure(text, quantity):
            continue
        sentence = bisect.bisect_right(sentence_starts, quantity.start) - 1
        unit = quantity.unit
        inherits = quantity.kind == "inherit" or (
            quantity.kind is None and (quantity.qualifier or "").lower() in INHERITING_QUALIFIERS)
        if inherits:
            # Only the figures of this sentence, the last ones counted: never a scan of them all.
            unit = counted[-1][1] if counted and counted[-1][0] == sentence else unit
        elif unit is not None:
            counted.append((sentence, unit))
        end = max(quantity.end, quantity.last.end)
        low, high = quantity.low.value, quantity.high.value if quantity.high else None
        if high is not None and high < low:
            low, high = high, low  # "-18 to -34 °C"
        figures.append(Figure(  # value, value_max, unit, text, start, end, qualifier
            _plain(low), _plain(high) if high is not None else None, unit,
            text[quantity.start:end], quantity.start, end, quantity.qualifier,
        ))
    return figures


_CONFIDENCE_AFTER = re.compile(r"[ \t]+(?:(?i:confidence[ \t]+(?:interval|level)|credible[ \t]+interval)|CIs?\b)")


def _is_figure(text: str, quantity: _Quantity) -> bool:
    numbers = (quantity.low, quantity.high) if quantity.high else (quantity.low,)
    kind = quantity.kind
    if kind == "duration" or kind == "drop":
        return False
    for n in numbers:
        if n.broken or n.value < 0 and n.digit_fraction \
                or abs(n.value) > (MAX_SCIENTIFIC_FIGURE if n.scientific else MAX_FIGURE):
            return False
        # An identifier ("Voyager 2") reads as a number unless a measure follows; the look back
        # at the word before costs most, so it comes last.
        if kind != "measure" and (n.year_like or n.digit_fraction and not _OF_AFTER.match(text, n.end)
                                  or n.bare_integer and _follows_label(text, n.start)):
            return False
    low = quantity.low
    if _in_ratio(text, quantity):
        return False
    if quantity.unit == "percent" and _CONFIDENCE_AFTER.match(text, quantity.end):
        return False  # "95% confidence interval": the interval's level, not a finding
    if not low.written:
        return True
    if _SCHOOL_YEAR.search(text, max(0, low.start - 8), low.start):
        return False  # "year seven pupils", "grade two classes": a label, no count
    if _in_a_name(text, low, quantity.unit):
        return False
    if low.word_fraction:
        return True
    if quantity.high is None and low.value == 1:
        return kind in ("count", "measure") and _one_counts(text, low, quantity.unit)
    if kind is not None:
        return True
    return low.large_written or (low.value >= 2 and bool(_GROUP_AFTER.match(text, quantity.last.end)))


def _in_a_name(text: str, number: _Number, unit: Optional[str]) -> bool:
    """Whether a number written in words is a word of a name in Title Case: "Three Mile Island",
    "Three Gorges Dam": the number and its noun capitalised, and the noun in the singular or
    another capitalised word after it ("Twelve Americans", "Two Democrats", "Three MPs" count)."""
    if not (unit and text[number.start].isupper() and unit[0].isupper() and unit[1:2].islower()):
        return False
    unit_end = text.find(unit, number.end) + len(unit)
    return not unit.endswith("s") or _CAPITALISED_WORD.match(text, unit_end) is not None


_CAPITALISED_WORD = re.compile(r"[ \t]+[A-Z][a-z]")


def _in_ratio(text: str, quantity: _Quantity) -> bool:
    """Whether the quantity is a term of "one in seven", "1 in 4", "one out of five"."""
    start = quantity.start
    if text[max(0, start - 6):start].endswith(("in ", "of ", "in\u00a0", "of\u00a0", "every ")):
        before = _RATIO_BEFORE.search(text, max(0, start - 22), start)
        if before and _term_value(before.group("term")) < quantity.low.value \
                and not _counted_by_a_verb(text, before.start()):
            return True
    end = quantity.low.end
    if text.startswith((" in ", " out "), end) and quantity.high is None and quantity.low.value < 1000 \
            and not _counted_by_a_verb(text, start):
        after = _RATIO_AFTER.match(text, end)
        if after and (after.group("large") or _term_value(after.group("term")) > quantity.low.value) \
                and (after.group("noun") or "").lower() not in DURATION_WORDS:
            return True  # not "3 in 10 days"
    # "a 3 to 1 margin", "a 2-to-1 vote": the terms of a ratio
    if "to" in text[end:end + 5] and _TO_RATIO_AFTER.match(text, end):
        return True
    return "to" in text[max(0, start - 6):start] and _TO_RATIO_BEFORE.search(text, max(0, start - 12), start) \
        is not None and _RATIO_NOUN_AFTER.match(text, end) is not None


def _counted_by_a_verb(text: str, start: int) -> bool:
    """A past verb right before the number counts it: "killed 3 in 4 villages" is no ratio
    (but "surveyed, 4 in 10 agreed" and "polled 2 in 5" may be)."""
    word = (_previous_word(text, start, 16) or "").lower()
    return word.endswith("ed") and word not in _POLLING_VERBS


_POLLING_VERBS = frozenset("surveyed polled asked questioned interviewed sampled".split())


def _term_value(term: str) -> int:
    return int(term) if term.isdigit() else _TERM_WORDS[term.lower()]


def _one_counts(text: str, number: _Number, unit: Optional[str]) -> bool:
    """"one soldier" counts; "no one", "the one who", "on one hand" do not."""
    before = _previous_word(text, number.start, 20)
    if before and before.lower().strip("\"“(") in PRONOUN_ONE_AFTER:
        return False
    return (unit or "").lower() not in ONE_IDIOMS


def _plain(value: Decimal) -> int | float:
    """An int when the value is whole (the export writes 11000, not 11000.0), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
