"""Figures: a number with its qualifier and what it counts or measures. Invented fixtures, plus the
real seed articles when ../shared/seeds is present."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.figures import extract_figures, is_money
from generator.analysis.sentences import split_sentences
from generator.model import Figure


def figures(text: str) -> list[Figure]:
    found = extract_figures(text, split_sentences(text))
    for figure in found:
        assert text[figure.start:figure.end] == figure.text
    return found


def rows(text: str) -> list[tuple]:
    """(value, value_max, unit, text, qualifier) of each figure, in document order."""
    return [(f.value, f.value_max, f.unit, f.text, f.qualifier) for f in figures(text)]


def values(text: str) -> list:
    return [f.value for f in figures(text)]


# ----------------------------------------------------------------------------- numbers in digits

def test_thousands_separators_and_decimals():
    text = "The depot in Port Elsin shipped 11,000 crates, 3.5 tonnes of grain and 1,250.75 ounces of silver."
    assert rows(text) == [
        (11000, None, "crates", "11,000 crates", None),
        (3.5, None, "tonnes", "3.5 tonnes", None),
        (1250.75, None, "ounces", "1,250.75 ounces", None),
    ]


def test_integral_values_are_ints():
    (figure,) = figures("Officials counted 2.5 million voters.")
    assert figure.value == 2500000 and isinstance(figure.value, int)
    (figure,) = figures("The fund lost 1,250.75 dollars.")
    assert isinstance(figure.value, float)


def test_scale_words_and_money():
    text = ("The Valdorian ministry said 2.3 million people fled, donors pledged $4 billion, "
            "Brindle Corp raised €5m and its rival £2bn, and a bond sold for US$3.2 billion.")
    assert rows(text) == [
        (2300000, None, "people", "2.3 million people", None),
        (4000000000, None, "dollars", "$4 billion", None),
        (5000000, None, "euros", "€5m", None),
        (2000000000, None, "pounds", "£2bn", None),
        (3200000000, None, "dollars", "US$3.2 billion", None),
    ]


def test_money_written_after_the_number_and_rates():
    text = "Ferry crews earn $15.40 an hour, the council spent 20 million pounds, and fuel cost 4 euros."
    assert rows(text) == [
        (15.4, None, "dollars per hour", "$15.40 an hour", None),
        (20000000, None, "pounds", "20 million pounds", None),
        (4, None, "euros", "4 euros", None),
    ]


def test_percent_in_all_spellings():
    text = "Turnout rose 15% in Tarnby, 15 percent in Olsk and 15 per cent in Vell, up 4 percentage points."
    assert rows(text) == [
        (15, None, "percent", "15%", None),
        (15, None, "percent", "15 percent", None),
        (15, None, "percent", "15 per cent", None),
        (4, None, "percentage points", "4 percentage points", None),
    ]


def test_common_measures():
    text = ("The convoy drove 120 km at 80 km/h through 45 degrees Celsius (113 °F) heat, hauling "
            "10kg crates over a 27-kilometer road, 2 inches of dust and 300 square kilometres of dunes; "
            "its 38,000 mph probe used 5 MW and flew 6 miles.")
    assert rows(text) == [
        (120, None, "km", "120 km", None),
        (80, None, "km/h", "80 km/h", None),
        (45, None, "degrees Celsius", "45 degrees Celsius", None),
        (113, None, "degrees Fahrenheit", "113 °F", None),
        (10, None, "kg", "10kg", None),
        (27, None, "kilometer", "27-kilometer", None),
        (2, None, "inches", "2 inches", None),
        (300, None, "square kilometres", "300 square kilometres", None),
        (38000, None, "mph", "38,000 mph", None),
        (5, None, "MW", "5 MW", None),
        (6, None, "miles", "6 miles", None),
    ]


def test_a_height_in_feet_and_inches_is_one_figure_in_feet():
    text = "The 6-foot-4 guard from Tarnby and a 5-foot-11-inch forward joined a 2-foot-deep pool."
    assert [(round(value, 3), unit, written) for value, _, unit, written, _ in rows(text)] == [
        (6.333, "foot", "6-foot-4"), (5.917, "foot", "5-foot-11-inch"), (2, "foot", "2-foot")]
    assert rows("a 10-foot-12 board")[0][3] == "10-foot"  # twelve inches or more: no height


def test_negative_numbers():
    assert rows("Nights in Kessel fell to -10C and to −18 degrees.") == [
        (-10, None, "degrees Celsius", "-10C", None),
        (-18, None, "degrees", "−18 degrees", None),
    ]


def test_bare_number_in_digits_is_a_figure_without_unit():
    assert rows("The index in Marrow Bay rose to 42.") == [(42, None, None, "42", None)]


# ----------------------------------------------------------------------------- written-out numbers

def test_written_out_numbers():
    text = ("Three medics and twenty-five volunteers reached the camp; two hundred families and "
            "a dozen nurses stayed, one thousand and two tents stood.")
    assert rows(text) == [
        (3, None, "medics", "Three medics", None),
        (25, None, "volunteers", "twenty-five volunteers", None),
        (200, None, "families", "two hundred families", None),
        (12, None, "nurses", "a dozen nurses", None),
        (1002, None, "tents", "one thousand and two tents", None),
    ]


def test_two_countries_is_a_figure():
    assert rows("Leaders of the two countries met in Orvieto.") == [(2, None, "countries", "two countries", None)]


def test_written_fractions():
    assert rows("Two and a half miles away, two-thirds of members voted.") == [
        (2.5, None, "miles", "Two and a half miles", None),
        (pytest.approx(2 / 3), None, None, "two-thirds", None),
    ]
    # a fraction of one unit takes the unit
    text = ("The reef lies half a mile out, a third of an acre wide and three quarters of a mile "
            "long; rates fell half a percentage point. Half a chance, but half a pound-cake.")
    assert rows(text) == [
        (0.5, None, "mile", "half a mile", None),
        (pytest.approx(1 / 3), None, "acre", "a third of an acre", None),
        (0.75, None, "mile", "three quarters of a mile", None),
        (0.5, None, "percentage point", "half a percentage point", None),
    ]
    assert [(f.value, f.unit) for f in figures("The sea warmed by half a degree Celsius.")] == [
        (0.5, "degrees Celsius")]


def test_vague_plurals_are_skipped():
    text = ("Hundreds of people and tens of thousands of refugees crossed; several hundred stayed "
            "and a few thousand left, with dozens of trucks.")
    assert figures(text) == []


def test_one_counts_only_before_a_noun():
    text = "One medic died and one senior official resigned on Tuesday."
    assert rows(text) == [
        (1, None, "medic", "One medic", None),
        (1, None, "official", "one senior official", None),
    ]
    # an irregular past tense ends the noun's run as "died" does: "read" is no noun here
    assert rows("One line read: close the bridge. One warden said so.") == [
        (1, None, "line", "One line", None),
        (1, None, "warden", "One warden", None),
    ]


def test_one_as_a_pronoun_is_no_figure():
    text = ("One of the guards said no one saw it; the one who left and the others blamed one "
            "another. On one hand it failed. Each one counted.")
    assert figures(text) == []


# ----------------------------------------------------------------------------- ranges

def test_ranges():
    text = ("Rescuers found 11,000 to 12,000 survivors, between 40 and 50 boats, 40-50 goats, "
            "and from 3 to 5 cars near Lake Ambry.")
    assert rows(text) == [
        (11000, 12000, "survivors", "11,000 to 12,000 survivors", None),
        (40, 50, "boats", "between 40 and 50 boats", None),
        (40, 50, "goats", "40-50 goats", None),
        (3, 5, "cars", "from 3 to 5 cars", None),
    ]


def test_range_with_scale_and_currency_on_both_ends():
    text = "Damage in Fenwick was put at 3 to 5 billion dollars, and fines at between $2 million and $3 million."
    assert rows(text) == [
        (3000000000, 5000000000, "dollars", "3 to 5 billion dollars", None),
        (2000000, 3000000, "dollars", "between $2 million and $3 million", None),
    ]


def test_range_with_units_and_en_dash():
    assert rows("Doses of 44 mg to 50 mg and beams of 3.5–4.0 TeV.") == [
        (44, 50, "mg", "44 mg to 50 mg", None),
        (3.5, 4.0, "TeV", "3.5–4.0 TeV", None),
    ]


def test_a_change_is_two_figures_not_a_range():
    assert rows("Inflation in Zarnia rose from 3% to 5%.") == [
        (3, None, "percent", "3%", None),
        (5, None, "percent", "5%", None),
    ]


def test_scores_and_votes_are_no_ranges():
    assert rows("Harwick won 3-1 and the council vote was 52 to 48.") == [
        (52, None, None, "52", None),
        (48, None, None, "48", None),
    ]


def test_a_number_inside_a_range_is_not_counted_twice():
    found = figures("Between 40 and 50 boats sank.")
    assert len(found) == 1


# ----------------------------------------------------------------------------- nouns and qualifiers

def test_counted_noun_skips_modifiers():
    text = ("Officials in Tesvik said at least 3,000 Northern Highland militiamen and "
            "500 Quorvan-made attack drones were seen about 120 miles north of the border.")
    assert rows(text) == [
        (3000, None, "militiamen", "at least 3,000 Northern Highland militiamen", "at least"),
        (500, None, "drones", "500 Quorvan-made attack drones", None),
        (120, None, "miles", "about 120 miles", "about"),
    ]


def test_qualifiers():
    text = ("An estimated 8,000 miners, more than 40 engineers, nearly 900 porters, up to 12 pilots, "
            "some 70 cooks, roughly 30 guards, around 15 clerks, over 5 tonnes and almost 60 mules.")
    assert [(f.qualifier, f.value) for f in figures(text)] == [
        ("An estimated", 8000), ("more than", 40), ("nearly", 900), ("up to", 12), ("some", 70),
        ("roughly", 30), ("around", 15), ("over", 5), ("almost", 60),
    ]
    assert figures(text)[0].text == "An estimated 8,000 miners"
    # "over" right after a measure is "across": "climbs 3,500 ft over 8 mi"
    assert [(f.qualifier, f.value) for f in figures("The path climbs 3,500 ft over 8 mi, over 40 km in all.")] == [
        (None, 3500), (None, 8), ("over", 40)]


def test_others_and_more_inherit_the_noun_of_the_sentence():
    text = "Floods killed 50 herders and injured 47 others. Later 12 more were found, and another 30 in Ostrava."
    assert rows(text) == [
        (50, None, "herders", "50 herders", None),
        (47, None, "herders", "47 others", None),
        (12, None, "more", "12 more", None),  # a new sentence: nothing to inherit
        (30, None, None, "another 30", "another"),  # nothing countable before it in its sentence
    ]


def test_others_without_an_earlier_figure_keeps_its_word():
    assert rows("Police in Grell detained 9 others.") == [(9, None, "others", "9 others", None)]


def test_number_before_and_or_takes_the_noun_of_the_next():
    assert rows("Inspectors saw 45 and 50 cases in two or three days.") == [
        (45, None, "cases", "45", None),
        (50, None, "cases", "50 cases", None),
    ]


def test_collective_noun_before_a_plural_gives_the_plural():
    assert rows("The jet carried 180 passengers and six crew members.") == [
        (180, None, "passengers", "180 passengers", None),
        (6, None, "members", "six crew members", None),
    ]


def test_an_accounts_negative_in_brackets_but_not_an_aside():
    assert rows("The Tarrow mill's result was ($45.2 million), a loss of ($3).") == [
        (-45200000, None, "dollars", "$45.2 million", None), (-3, None, "dollars", "$3", None)]
    assert values("The dike budget ($600 million) and the fine of 500 euros ($550) stood.") == [600000000, 500, 550]
    assert values("The cost of ($2 billion) was not disclosed.") == [2000000000]


def test_a_glued_k_is_kelvin_beside_temperatures_and_thousands_elsewhere():
    assert rows("The Orsk reactor runs at 300 °C (573.15K); its core was cooled to 4.2K.") == [
        (300, None, "degrees Celsius", "300 °C", None), (573.15, None, "kelvin", "573.15K", None),
        (4.2, None, "kelvin", "4.2K", None)]
    assert values("Brask paid a 1.5K bonus and drew 2.5K fans.") == [1500, 2500]
    assert values("Temperatures hit 35 °C as 2.5K runners finished; a heated row broke out over a 1.5K bonus.") == [
        35, 2500, 1500]
    assert values("Kids ran a ½K loop.") == [500]


def test_indian_scale_words():
    assert rows("Velmar set aside Rs 500 crore for roads, ₹2 lakh per family and Rs 1.5 lakh crore in all.") == [
        (5000000000, None, "rupees", "Rs 500 crore", None), (200000, None, "rupees per family", "₹2 lakh per family", None),
        (1500000000000, None, "rupees", "Rs 1.5 lakh crore", None)]
    assert values("Brask spent Rs 2 lakh crores and five crore rupees.") == [2 * 10**12, 5 * 10**7]


def test_inches_and_cubic_centimetres_glued_to_the_number():
    assert rows("Orvik, 6ft 2in, rode a 125cc scooter with a 6.1in screen; 3 in 5 riders agreed.") == [
        (6, None, "ft", "6ft", None), (2, None, "in", "2in", None), (125, None, "cc", "125cc", None),
        (6.1, None, "in", "6.1in", None)]


def test_powers_of_ten_however_large_and_in_superscript():
    assert rows("The Kessel star weighs 1.989 × 10^30 kg, sends light at 3×10⁸ m/s and holds 10^80 atoms.") == [
        (1989 * 10**27, None, "kg", "1.989 × 10^30 kg", None), (300000000, None, "m per s", "3×10⁸ m/s", None),
        (10**80, None, "atoms", "10^80 atoms", None)]
    # a long run of digits, or e-notation beyond the largest figure, is still a code
    assert figures("Serial 12345678901234567 shipped; chip 2e99 was recalled.") == []


def test_a_number_after_the_outlet_told_counts():
    assert rows("Medics told Vantage News 12 people were killed; one told the BBC 300 homes burned.") == [
        (12, None, "people", "12 people", None), (300, None, "homes", "300 homes", None)]
    # a station's number is no count
    assert figures("She told BBC Radio 4 the plan was dead and told Fox 5 the roads were shut.") == []


# ----------------------------------------------------------------------------- never figures

@pytest.mark.parametrize("text", [
    "The council of Brask met in 2025 and again in February 2022.",
    "The ruling came on December 17 and the appeal on Dec. 30.",
    "The deadline was Nov. 4, 2024, then 17 December, then 2024-12-31 and 12/31/2024.",
    "The 21st century began; the first year was hard and the second worse.",
    "The talks lasted three days and training took two weeks.",
    "Five years ago Lorna Vey signed a 10-year plan and a 30-year-old clerk signed too.",
    "The market opens at 9 a.m. and closes at 10:30 or 5pm.",
    "Voyager 2 flew on, COVID-19 spread and Windows 11 shipped.",
    "F-16 jets flew over Route 66 while Section 230 was debated.",
    "No. 3 won the race and the iPhone 16 sold out.",
    "Call 555-123-4567 or +44 20 7946 0958 for tickets.",
    "Sales in the 1990s and the '80s beat the 2013-14 season.",
    "Version 2.4.1 fixed it; the G7 and MH17 were discussed.",
    "Agent 007 returned.",
])
def test_not_figures(text):
    assert figures(text) == []


def test_what_a_rate_counts_stands_in_its_unit():
    text = "The mill uses 3.5 million gallons of water per day and ships 40 tonnes of flour a week."
    assert [(f.value, f.unit) for f in figures(text)] == [
        (3.5e6, "gallons of water per day"), (40, "tonnes of flour per week")]


def test_durations_are_skipped_but_rates_are_not():
    assert rows("Trucks drove for 16 hours at 200 kilometres per hour.") == [
        (200, None, "kilometres per hour", "200 kilometres per hour", None),
    ]


def test_year_followed_by_a_measure_is_a_figure():
    assert rows("The kiln reached 1200 degrees Celsius in 2019.") == [
        (1200, None, "degrees Celsius", "1200 degrees Celsius", None),
    ]


def test_figures_are_in_order_and_never_overlap():
    text = ("About 2,000 residents, 40-50 boats and $3 million in aid reached Calder on March 3, "
            "while 12 more boats and 5% of the fleet waited 3 days.")
    found = figures(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start


# ----------------------------------------------------------------------------- the real seeds

def _seed_text(path: Path) -> str:
    from generator.readers import read_file

    articles = read_file(path, path.name)
    article = articles[0] if isinstance(articles, list) else articles
    return article.text


def _seed_figures(seeds_dir: Path) -> list[tuple]:
    out = []
    for path in sorted(seeds_dir.glob("*.txt")):
        out.extend((f.value, f.value_max, f.unit, f.text, f.qualifier) for f in figures(_seed_text(path)))
    return out


def test_seed_figures(seeds_dir):
    found = _seed_figures(seeds_dir)
    expected = [
        (11000, None, "troops", "an estimated 11,000 troops", "an estimated"),
        (120, None, "miles", "about 120 miles", "about"),
        (3000, None, "soldiers", "at least 3,000 North Korean soldiers", "at least"),
        (10000, None, "troops", "10,000 North Korean troops", None),
        (11000, 12000, "troops", "11,000 to 12,000 North Korean troops", None),
        (50, None, "soldiers", "50 North Korean soldiers", None),
        (47, None, "soldiers", "47 others", None),
        (2, None, "countries", "two countries", None),
    ]
    for item in expected:
        assert item in found
    assert len(found) == len(expected)  # no year, no day of a date, no "21st", no "three days"


def test_seed_negatives(seeds_dir):
    found = {f[0] for f in _seed_figures(seeds_dir)}
    # years, days of dates ("Dec. 30", "November 4", "December 17"), "21st", "three days"
    assert not found & {2025, 2024, 2022, 31, 30, 17, 4, 21, 3}


# ----------------------------------------------------------------------------------------- sizes

def test_a_run_of_more_than_18_digits_is_no_number():
    text = f"The convoy of {'7' * 320} troops and 12 trucks left. Account 1234567890123456789 holds 40 crates."
    assert rows(text) == [
        (12, None, "trucks", "12 trucks", None),
        (40, None, "crates", "40 crates", None),
    ]


def test_figures_beyond_a_quadrillion_are_dropped():
    text = ("The fund holds 1,000 trillion dollars, not 1,001 trillion dollars, 5e300 troops or "
            "123456789012345678 coins; 999 trillion dollars and 5e-3 grams remain.")
    assert rows(text) == [
        (10**15, None, "dollars", "1,000 trillion dollars", None),
        (999 * 10**12, None, "dollars", "999 trillion dollars", None),
        (0.005, None, "grams", "5e-3 grams", None),
    ]
    for figure in figures(text):
        float(figure.value)  # every value fits a float


def test_a_written_number_reads_at_most_four_parts():
    # Two scale words per part at most: the rest of the run is not read. The words once built one
    # integer of 600,000 digits, multiplying it word by word (hours on this input).
    text = "one " + "hundred " * 300_000 + "troops"
    assert rows(text) == [(10000, None, None, "one hundred hundred", None)]
    assert rows("two hundred and thirty-five thousand four hundred and twelve people came, "
                "one million two hundred thousand voters stayed.") == [
        (235412, None, "people", "two hundred and thirty-five thousand four hundred and twelve people", None),
        (1200000, None, "voters", "one million two hundred thousand voters", None),
    ]


def test_others_in_a_sentence_without_a_count_does_not_scan_all_earlier_figures():
    # 40,000 counted figures, then 40,000 sentences of "others" with no count of their own: a scan
    # of all earlier figures for each (1.6 billion steps) took minutes.
    text = "We saw 5 cars. " * 40_000 + "And 3 others. " * 40_000
    found = figures(text)
    assert len(found) == 80_000
    assert {(f.value, f.unit) for f in found[:40_000]} == {(5, "cars")}
    assert {(f.value, f.unit) for f in found[40_000:]} == {(3, "others")}
    assert rows("Police found 5 cars and 3 others.") == [
        (5, None, "cars", "5 cars", None), (3, None, "cars", "3 others", None)]


# ----------------------------------------------------------------------------- shares, groups, "ago"

def test_a_fraction_in_digits_before_of_is_a_share():
    assert rows("Nearly 1/3 of the budget and 2/5 of the staff went; on 3/4 they met.") == [
        (pytest.approx(1 / 3), None, None, "Nearly 1/3", "Nearly"),
        (0.4, None, None, "2/5", None),
    ]


def test_thousands_grouped_by_spaces():
    assert rows("Donors in Vellmar gave 10 000 dollars, 3 500 000 euros and 12\u00a0500 yen.") == [
        (10000, None, "dollars", "10 000 dollars", None),
        (3500000, None, "euros", "3 500 000 euros", None),
        (12500, None, "yen", "12\u00a0500 yen", None),
    ]


def test_numbers_side_by_side_are_no_group():
    # a hyphenated measure after the second number, or a second number of two digits
    assert values("Athletes in Sorn ran 40 100-metre sprints; the tags read 245 23.") == [40, 100, 245, 23]


def test_a_number_before_ago_is_a_time_whatever_its_unit():
    assert rows("The basin near Quell formed 12 Ma ago, and 300 rangers stayed.") == [
        (300, None, "rangers", "300 rangers", None),
    ]


# ----------------------------------------------------------------------------- qualifiers and prefixes

def test_qualifier_after_a_bracket_or_a_dash():
    text = "Police saw (about 50 cars), and\u2014nearly 40 boats and approx. 5 km of road."
    assert rows(text) == [
        (50, None, "cars", "about 50 cars", "about"),
        (40, None, "boats", "nearly 40 boats", "nearly"),
        (5, None, "km", "approx. 5 km", "approx."),
    ]


def test_qualifier_inside_a_word_is_none():
    assert [f.qualifier for f in figures("The x-about 50 cars and a roundabout 60 vans.")] == [None, None]


def test_qualifier_and_label_stay_on_their_line():
    assert rows("The fleet of Orna had about\n50 ships.") == [(50, None, "ships", "50 ships", None)]
    assert rows("Their Section\n12 boats left.") == [(12, None, "boats", "12 boats", None)]


def test_currency_codes_and_months_before_digits():
    text = "Buyers paid USD 5 million and US$7 billion on october 15 and in December of 2022."
    assert rows(text) == [
        (5000000, None, "dollars", "USD 5 million", None),
        (7000000000, None, "dollars", "US$7 billion", None),
    ]


def test_wire_dollars_and_currencies_named_by_their_country():
    text = ("Tarrow asked for dlrs 50 million, each family got 90,000 marks (dlrs 1,500), and donors "
            "gave 3.2 million U.S. dollars, 500 Mexican pesos and 20 Hong Kong dollars a day. "
            "They sold 300 Dell computers.")
    assert rows(text) == [
        (50000000, None, "dollars", "dlrs 50 million", None),
        (90000, None, "marks", "90,000 marks", None),
        (1500, None, "dollars", "dlrs 1,500", None),
        (3200000, None, "dollars", "3.2 million U.S. dollars", None),
        (500, None, "pesos", "500 Mexican pesos", None),
        (20, None, "Hong Kong dollars per day", "20 Hong Kong dollars a day", None),
        (300, None, "computers", "300 Dell computers", None),
    ]
    # other countries' dollars keep their country, by symbol or by name: "dollars" reads as US dollars
    text = "Orlen paid C$2.1 billion, A$40, HK$15m, NZ$3, S$9, US$7 and 60 Canadian dollars."
    assert [(f.value, f.unit) for f in figures(text)] == [
        (2.1e9, "Canadian dollars"), (40, "Australian dollars"), (15e6, "Hong Kong dollars"),
        (3, "New Zealand dollars"), (9, "Singapore dollars"), (7, "dollars"), (60, "Canadian dollars")]
    # a word before "dollars" that names no country's dollar names what they pay for
    assert [(f.value, f.unit) for f in figures("Orlen got 2 billion Medicaid dollars.")] == [(2e9, "dollars")]


def test_the_number_of_things_reaching_a_bare_number_names_what_it_counts():
    assert rows("The number of people treated in hospital rose to 19.") == [(19, None, "people", "19", None)]
    assert rows("By Tuesday the number of confirmed dead had reached 9.") == [(9, None, "dead", "9", None)]
    assert rows("The total number of cases now stands at 1,211.") == [(1211, None, "cases", "1,211", None)]
    assert rows("Searchers found a third body, bringing the number of confirmed dead to four.")[-1] == (
        4, None, "dead", "four", None)
    # a number the phrase does not reach counts nothing it names
    assert rows("A number of boats were lost; 12 reached port.") == [(12, None, None, "12", None)]
    assert rows("A number of firms saw shares fall to 52.")[0][2] is None
    assert rows("The number of flights was cut and the fare rose to 300.")[0][2] is None
    assert rows("The number of trains was halved, and the wait grew to 40.")[0][2] is None
    assert rows("The number of visitors to the park grew to 40.")[0][2] == "visitors"


def test_a_gallery_counter_and_a_thing_named_by_a_number_are_no_figures():
    assert rows("Image 2 of 30 Buy photo Harbour crews clear the quay at Tarrow.") == []
    assert rows("Image 3/12 Firefighters at the scene.") == []
    assert rows("The back of the 18-wheeler held 100 migrants.") == [(100, None, "migrants", "100 migrants", None)]
    # a number after a picture that counts no pictures
    assert rows("The photo 30 people shared went viral.")[0][:3] == (30, None, "people")
    assert rows("A 12-member panel met.")[0][:3] == (12, None, "member")


def test_a_change_by_an_amount_to_a_level_is_two_figures():
    assert [r[:3] for r in rows("Defence spending rises by €3.1bn to €24.1bn.")] == [
        (3100000000, None, "euros"), (24100000000, None, "euros")]
    assert [r[:3] for r in rows("Sales rose by 3% to 12%.")] == [(3, None, "percent"), (12, None, "percent")]
    assert [r[:3] for r in rows("Membership grew by 200 to 300 people a year.")] == [(200, 300, "people")]


def test_a_confidence_level_is_no_finding():
    assert [r[:3] for r in rows("The risk fell by 24% (95% confidence interval 0.64 to 0.83).")] == [
        (24, None, "percent"), (0.64, 0.83, None)]
    assert [r[:3] for r in rows("The ratio was 0.73 (95% CI, 0.64-0.83).")][1:] == [(0.64, 0.83, None)]
    assert [r[:3] for r in rows("Only 40% confidence remained.")] == [(40, None, "percent")]


def test_a_change_by_a_range_of_amounts_stays_a_range():
    assert [r[:3] for r in rows("Electricity bills will rise by 10% to 15% next year.")] == [(10, 15, "percent")]


def test_numbers_set_off_by_spaced_dashes_are_no_range_nor_score():
    assert [r[:3] for r in rows("The airline revised the number aboard to 116 — 109 passengers and seven crew.")] == [
        (116, None, None), (109, None, "passengers"), (7, None, "crew")]
    assert rows("Rovers won 3-1 on Saturday.") == []


def test_battery_capacity_and_a_count_put_at_a_number():
    assert [r[:3] for r in rows("Its 5,000 mAh battery and a 4,500mAh cell.")] == [(5000, None, "mAh"), (4500, None, "mAh")]
    assert [r[:3] for r in rows("Police put the crowd at 8,000.")] == [(8000, None, "people")]
    assert [r[:3] for r in rows("Police put the number of people arrested at 118.")] == [(118, None, "people")]


def test_the_size_of_a_gathering_counts_people():
    assert rows("A crowd of 38,412 saw the derby.")[0][:3] == (38412, None, "people")
    assert rows("Attendance was more than 1,200 on the first night.")[0][:3] == (1200, None, "people")
    assert rows("A crowd of 5,000 protesters marched.")[0][:3] == (5000, None, "protesters")
    assert rows("Crowd trouble left 14 seats broken and 2,000 stayed away.")[1][:3] == (2000, None, None)


def test_a_lower_case_m_is_millions_before_a_plural_noun_and_metres_before_a_verb():
    assert rows("Some 2.3m people live on the coast.")[0][:3] == (2300000, None, "people")
    assert rows("A cordon of 800m remains in place.")[0][:3] == (800, None, "m")


def test_a_number_takes_the_noun_of_the_group_or_the_change_it_belongs_to():
    assert [r[:3] for r in rows("The party won 42 of the 120 seats.")] == [(42, None, "seats"), (120, None, "seats")]
    assert [r[:3] for r in rows("Halmark widened its recall by 25,000 vehicles to 265,000 on Thursday.")] == [
        (25000, None, "vehicles"), (265000, None, "vehicles")]
    # a number in words before "of the" is one of a group: no count of its own
    assert [r[:3] for r in rows("One of the two men fled.")] == [(2, None, "men")]
    # ... nor is a counter's, whose total counts pictures, not the caption's things
    assert rows("Photos: image 2 of 30 fire crews at work.") == []


def test_a_time_after_an_amount_is_no_rate():
    assert rows("Use fell to 21 percent from 33 percent a week earlier; fuel costs 3 dollars a litre.") == [
        (21, None, "percent", "21 percent", None), (33, None, "percent", "33 percent", None),
        (3, None, "dollars per litre", "3 dollars a litre", None)]
    # a rate followed by what is no time of its own
    assert [r[2] for r in rows("Ardent offered $41.50 per share on Monday, $20 a day on average and "
                               "$15 an hour after tax.")] == ["dollars per share", "dollars per day", "dollars per hour"]


def test_an_emergency_number_before_its_service_is_no_figure():
    assert rows("A 911 call reached the county's 911 communications center; the 999 operator sent 4 crews.") == [
        (4, None, "crews", "4 crews", None)]
    assert [r[2] for r in rows("In all 911 servicemen died and 999 linemen worked on.")] == ["servicemen", "linemen"]
    assert rows("The storm destroyed 911 homes and 999 people fled.")[0][:3] == (911, None, "homes")


def test_the_units_of_money_are_known_as_money():
    text = "It cost $5, €12 million, R$ 40, 500 Mexican pesos, 20 Swiss francs a day and 9 shekels, not 30 tonnes."
    assert [(f.text, is_money(f.unit)) for f in extract_figures(text, split_sentences(text))] == [
        ("$5", True), ("€12 million", True), ("R$ 40", True), ("500 Mexican pesos", True),
        ("20 Swiss francs a day", True), ("9 shekels", True), ("30 tonnes", False)]
    assert not is_money(None) and not is_money("")


def test_number_words_in_capitals_are_not_read():
    assert rows("TWO SHIPS SANK as two boats sank.") == [(2, None, "boats", "two boats", None)]


def test_vague_amounts_with_dozen_and_few():
    assert figures("Many dozen crates and a few thousand nails came, several hundred left.") == []


@pytest.mark.parametrize("text", [
    "The vote was at 9 am and 10.30pm and 9 A.M. on the 5th.",
    "It closed on 2024-12-31, on 17 December and 17-18 May, in the 1990s.",
    "Dial 555-123-4567 at 10:30.",
])
def test_dates_times_and_codes_after_the_leading_digits(text):
    assert figures(text) == []


def test_numbers_that_only_look_like_dates_or_times():
    # what follows the digits ("pens", "apples", "4.5") rules dates and times out
    assert rows("Clerks bought 9 pens, 17 apples, 4.5 tonnes and 2019.5 litres; 10.30 euros.") == [
        (9, None, "pens", "9 pens", None),
        (17, None, "apples", "17 apples", None),
        (4.5, None, "tonnes", "4.5 tonnes", None),
        (2019.5, None, "litres", "2019.5 litres", None),
        (10.3, None, "euros", "10.30 euros", None),
    ]


def test_the_terms_of_a_ratio_count_nothing_alone():
    # "seven patients" is not what "one in seven patients" counts
    text = ("About one in seven flood victims was a child. One in 10 homes lost power, 1 in 4 shops "
            "closed and one out of five workers stayed home. The odds are one in a million.")
    assert rows(text) == []
    assert rows("One out of every five workers stayed home, and one in every 10 shops closed.") == []
    # a count beside "in" is still a count
    assert rows("One soldier died in 10 raids, and 1 voted in favour.") == [
        (1, None, "soldier", "One soldier", None), (10, None, "raids", "10 raids", None), (1, None, None, "1", None)]


def test_a_web_address_is_no_noun_of_a_number():
    assert rows("The clip had 163,646 https://example.com/clip views by Friday.") == [
        (163646, None, None, "163,646", None)]


def test_the_dead_and_injured_are_counted():
    assert rows("The blast left 59 dead and more than 500 injured, with 3 missing.") == [
        (59, None, "dead", "59 dead", None), (500, None, "injured", "more than 500 injured", "more than"),
        (3, None, "missing", "3 missing", None)]


def test_a_bare_number_a_death_toll_reaches_counts_the_dead():
    text = ("The toll for both bombings has risen to 259. A death toll of 42 was reported in Orlen, "
            "raising the death toll from this week's floods to three. The bridge toll is 5 crowns.")
    assert [(f.value, f.unit) for f in figures(text)] == [(259, "dead"), (42, "dead"), (3, "dead"), (5, "crowns")]


def test_a_bare_number_a_fate_follows_counts_those_it_befell():
    text = ("At least 14 were killed and 30 were hurt when the Dunmere ferry sank. Three died later; "
            "two have been wounded. The gauge rose to 42 were it not for the pumps.")
    assert [(f.value, f.unit) for f in figures(text)] == [
        (14, "dead"), (30, "hurt"), (3, "dead"), (2, "wounded"), (42, None)]
    text = "Nine were arrested and four were detained; 12 were charged and 30 were rescued."
    assert [(f.value, f.unit) for f in figures(text)] == [
        (9, "arrested"), (4, "detained"), (12, "charged"), (30, "rescued")]


def test_a_number_in_a_title_case_name_is_no_figure():
    assert values("It was the worst leak since the Three Mile Island accident. Three MPs resigned. "
                  "Four people waded out to the Three Sisters Rocks. Twelve Americans and Two Democrats "
                  "stayed.") == [3, 4, 12, 2]


def test_the_terms_of_a_margin_are_no_figures():
    assert figures("Voters backed the plan by a 3 to 1 margin and a 2-to-1 vote.") == []
    assert values("Prices rose from 3 to 5 percent.") == [3, 5]


def test_a_school_year_is_no_count():
    assert values("Five of the nine were year seven pupils at the Tarrow school.") == [5]


def test_a_time_after_the_number_is_not_its_noun():
    assert rows("Dorvel hired 300 last year and sold 2.1bn last month; wardens fined 35 last night.") == [
        (300, None, None, "300", None), (2100000000, None, None, "2.1bn", None), (35, None, None, "35", None)]
    assert values("The four previous inquiries and two past wardens agreed.") == [4, 2]


def test_half_as_a_share():
    assert [(f.value, f.text) for f in figures("More than half of Tarrow's voters and half the crews left; "
                                                "in the first half the side tired.")] == [
        (0.5, "More than half"), (0.5, "half")]


def test_and_a_half_and_fractions_with_a_scale_word():
    assert values("Two and a half thousand fans came. A million and a half people voted. A dozen and a "
                  "half eggs broke. A quarter of a million people marched; three-quarters of a million "
                  "homes lost power.") == [2500, 1500000, 18, 250000, 750000]


def test_a_past_change_then_the_level_it_reached():
    assert rows("Brent fell $2 to $78 a barrel and Orlen jobless rates fell 0.2% to 3.9%.") == [
        (2, None, "dollars", "$2", None), (78, None, "dollars per barrel", "$78 a barrel", None),
        (0.2, None, "percent", "0.2%", None), (3.9, None, "percent", "3.9%", None)]
    assert [(f.value, f.value_max) for f in figures("Fees will rise 10% to 15%.")] == [(10, 15)]


def test_any_ratio_of_a_smaller_to_a_larger_term():
    assert figures("Two in five adults skip breakfast; nine out of ten dentists and 4 in 10 voters agree.") == []
    assert values("Gunmen killed 15 in 2 raids and 3 in 10 days; Brask won 3 in a row.") == [15, 2, 3, 3]


def test_pence_percent_and_basis_points_written_short():
    assert [(f.value, f.unit) for f in figures("Shares rose 3p to 99p; Tarrow cut 10pc of staff and a "
                                               "25bp rise came. It films 1080p video.")] == [
        (3, "pence"), (99, "pence"), (10, "percent"), (25, "basis points")]


def test_a_dash_after_a_unit_is_a_range_not_a_sign():
    assert [(f.value, f.value_max, f.unit) for f in figures(
        "Rises of 4.5%-5% and $3bn-$4bn over 5km-10km; a 500m-long tunnel.")] == [
        (4.5, 5, "percent"), (3e9, 4e9, "dollars"), (5, 10, "km"), (500, None, "m")]


def test_minus_before_a_number_or_a_currency():
    assert [(f.value, f.text) for f in figures("It was minus 5C; oil fell to -$37.63 and the balance to "
                                               "-£250, plus or minus 4 percentage points.")] == [
        (-5, "minus 5C"), (-37.63, "-$37.63"), (-250, "-£250"), (4, "4 percentage points")]


def test_multipliers_hyphened_scales_and_millions_of_money():
    assert [(f.value, f.unit) for f in figures("Orders grew 3x. Ottawa paid $500-million. Turnover hit "
                                               "3.4m; the mast is 300m tall.")] == [
        (3, "times"), (5e8, "dollars"), (3.4e6, None), (300, "m")]


def test_phone_numbers_with_spaces_and_clock_times_are_no_figures():
    assert figures("Call 020 7946 0958 or 07700 900123; the crews met at 10 o'clock.") == []


def test_from_the_review_of_the_stress_set_rules():
    assert [(f.value, f.value_max) for f in figures("Tarrow profits rose 3% to 5% in the quarter.")] == [(3, 5)]
    assert values("Floods killed 3 in 4 villages.") == [3, 4]
    assert [(f.value, f.value_max) for f in figures("It is worth $3bn -$4bn.")] == [(3e9, 4e9)]
    assert [(f.value, f.value_max, f.unit) for f in figures("Rates of 25bp-50bp; 360p video.")] == [
        (25, 50, "basis points")]
    assert figures("Half the time the Brask trains are late; the better half of the deal.") == []
