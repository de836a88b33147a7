"""Named entities by rule: people, organisations and places, one `Entity` per mention.

One regex pass finds capitalised tokens; neighbouring tokens joined by spaces (or by "of", "de",
"bin", ...) form runs. A run is cut at possessives and at titles ("Velmar's Prime Minister |
Elena Varga"), loses sentence-initial function words ("The", "Earlier"), and each piece is typed
by the cues around it, not by lists of particular people:

- person: a title or role before it, a speech verb around it, a given-name shape, or a later
  surname (or East Asian family name) of a person already named;
- organisation: a head word (Agency, Ministry, Party, ...), a few institutions everyone knows,
  an acronym, "the state-run X", an outlet that "reported";
- place: countries, continents and capitals (general knowledge), else "in X", "X region",
  "north of X", "X, <country>", "city of X".

All mentions of one name get the type of its strongest cue, and all mentions of one entity the
same canonical name ("Varga" -> "Elena Varga", "NPC" -> the name it abbreviates).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Literal, Optional, Union

from ..days import WEEKDAY_NAMES
from ..letters import UPPER
from ..model import Entity, EntityType, Span

# ---------------------------------------------------------------------------------------------
# General knowledge: countries (with their common short forms), continents, world capitals.
# (Ordered by length, then alphabetically.)

_COUNTRIES = """Chad Cuba Fiji Gaza Iran Iraq Laos Mali Oman Peru Togo Benin Chile China Congo Egypt Gabon
Ghana Haiti India Italy Japan Kenya Libya Malta Nauru Nepal Niger Palau Qatar Samoa Spain Sudan
Syria Tibet Tonga Wales Yemen Angola Belize Bhutan Bosnia Brazil Brunei Canada Crimea Cyprus
France Gambia Greece Guinea Guyana Israel Jordan Kosovo Kuwait Latvia Malawi Mexico Monaco
Norway Panama Poland Russia Rwanda Serbia Sweden Taiwan Turkey Tuvalu Uganda Zambia Albania
Algeria Andorra Armenia Austria Bahamas Bahrain Belarus Belgium Bolivia Burundi Comoros Croatia
Czechia Denmark Ecuador England Eritrea Estonia Finland Georgia Germany Grenada Hungary Iceland
Ireland Jamaica Kashmir Lebanon Lesotho Liberia Moldova Morocco Myanmar Namibia Nigeria Romania
Senegal Somalia Tunisia Ukraine Uruguay Vanuatu Vatican Vietnam Barbados Botswana Bulgaria
Cambodia Cameroon Colombia Djibouti Dominica Eswatini Ethiopia Honduras Kiribati Malaysia
Maldives Mongolia Pakistan Paraguay Portugal Scotland Slovakia Slovenia Suriname Tanzania
Thailand Zimbabwe Argentina Australia Greenland Guatemala Indonesia Lithuania Mauritius
Nicaragua Palestine Singapore Venezuela Azerbaijan Bangladesh Kazakhstan Kyrgyzstan Luxembourg
Madagascar Mauritania Micronesia Montenegro Mozambique Seychelles Tajikistan Uzbekistan
Afghanistan Netherlands Philippines Switzerland Turkmenistan Liechtenstein""".split()
_MULTIWORD_PLACES = [
    "Antigua and Barbuda", "Bosnia and Herzegovina", "Burkina Faso", "Cape Verde",
    "Central African Republic", "Costa Rica", "Czech Republic", "Dominican Republic",
    "East Timor", "El Salvador", "Equatorial Guinea", "Guinea-Bissau", "Ivory Coast",
    "Marshall Islands", "New Zealand", "North Korea", "North Macedonia", "Papua New Guinea",
    "Saint Lucia", "San Marino", "Saudi Arabia", "Sierra Leone", "Solomon Islands",
    "South Africa", "South Korea", "South Sudan", "Sri Lanka", "Trinidad and Tobago",
    "United Arab Emirates", "United Kingdom", "United States", "West Bank", "Gaza Strip",
    "Hong Kong", "Northern Ireland", "Middle East", "North America", "South America",
    "Latin America", "Central America", "Central Asia", "Southeast Asia", "East Asia",
    "Western Europe", "Eastern Europe", "Korean Peninsula",
]
_CONTINENTS = "Africa Asia Europe Oceania Antarctica Arctic Caribbean Balkans Scandinavia".split()
_CAPITALS = """Kabul Tirana Algiers Luanda Yerevan Canberra Vienna Baku Nassau Manama Dhaka Minsk
Brussels Belmopan Thimphu Sarajevo Gaborone Brasilia Brasília Sofia Ouagadougou Yaounde Ottawa
Santiago Beijing Bogota Bogotá Kinshasa Brazzaville Zagreb Havana Nicosia Prague Copenhagen Quito
Cairo Asmara Tallinn Suva Helsinki Paris Libreville Banjul Tbilisi Berlin Accra Athens Conakry
Georgetown Tegucigalpa Budapest Reykjavik Delhi Jakarta Tehran Baghdad Dublin Jerusalem Rome
Kingston Tokyo Amman Astana Nairobi Pristina Bishkek Vientiane Riga Beirut Maseru Monrovia
Tripoli Vilnius Antananarivo Lilongwe Bamako Valletta Nouakchott Chisinau Ulaanbaatar Podgorica
Rabat Maputo Naypyidaw Windhoek Kathmandu Amsterdam Wellington Managua Niamey Abuja Pyongyang
Skopje Oslo Muscat Islamabad Ramallah Asuncion Asunción Lima Manila Warsaw Lisbon Doha Bucharest
Moscow Kigali Riyadh Dakar Belgrade Freetown Bratislava Ljubljana Mogadishu Pretoria Seoul Juba
Madrid Colombo Khartoum Paramaribo Stockholm Bern Damascus Taipei Dushanbe Dodoma Bangkok Lome
Tunis Ankara Ashgabat Kampala Kyiv Kiev London Washington Montevideo Tashkent Caracas Hanoi Sanaa
Lusaka Harare""".split()
_MULTIWORD_CAPITALS = [
    "Buenos Aires", "La Paz", "Phnom Penh", "San Jose", "Santo Domingo", "San Salvador",
    "Addis Ababa", "Guatemala City", "Port-au-Prince", "New Delhi", "Kuwait City", "Kuala Lumpur",
    "Mexico City", "Panama City", "Port Moresby", "Abu Dhabi", "The Hague", "Tel Aviv",
    "Cape Town", "Vatican City", "Dar es Salaam",
]
# Short forms and official long forms, mapped to the name a reader knows.
_PLACE_ALIASES = {
    "U.S.": "United States", "US": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "DPRK": "North Korea", "Democratic People's Republic of Korea": "North Korea",
    "ROK": "South Korea", "Republic of Korea": "South Korea",
    "PRC": "China", "People's Republic of China": "China",
    "Russian Federation": "Russia", "UAE": "United Arab Emirates", "DRC": "Congo",
    "Democratic Republic of Congo": "Congo", "Democratic Republic of the Congo": "Congo",
    "Czechia": "Czech Republic", "Burma": "Myanmar", "Holland": "Netherlands",
    "Kiev": "Kyiv", "Côte d'Ivoire": "Ivory Coast", "Islamic Republic of Iran": "Iran",
}
_PLACE_ALIASES = {k.replace("’", "'"): v for k, v in _PLACE_ALIASES.items()}
KNOWN_PLACES = frozenset(
    _COUNTRIES + _MULTIWORD_PLACES + _CONTINENTS + _CAPITALS + _MULTIWORD_CAPITALS
) | frozenset(_PLACE_ALIASES)
# Upper-case place codes are places, not organisations' acronyms.
_PLACE_CODES = frozenset(k for k in _PLACE_ALIASES if k.replace(".", "").isupper())

# Adjectives of nationality and the like: never entities ("Russian", "North Korean").
DEMONYMS = frozenset("""Afghan Albanian Algerian American Angolan Arab Arabic Argentine Argentinian
Armenian Asian Australian Austrian Azerbaijani Bangladeshi Belarusian Belgian Bolivian Bosnian
Brazilian British Bulgarian Burmese Cambodian Cameroonian Canadian Chilean Chinese Colombian
Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean
Estonian Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek Guatemalan
Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian
Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian
Lebanese Libyan Lithuanian Malaysian Malian Maltese Mexican Moldovan Mongolian Moroccan Nepali
Nigerian Nigerien Norwegian Pakistani Palestinian Panamanian Peruvian Polish Portuguese Qatari
Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Slovak Slovenian Somali Spanish
Sudanese Swedish Swiss Syrian Taiwanese Tajik Thai Tunisian Turkish Turkmen Ugandan Ukrainian
Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean African Caribbean Latin Nordic
Soviet Western Eastern Northern Southern Islamic Muslim Christian Jewish Catholic Protestant
Sunni Shiite Shia Hindu Buddhist Orthodox Arabian Balkan Baltic Persian Hispanic Latino Latina
Asian-American African-American Democrat Democrats Republican Republicans Libertarian""".split())
# Compass words go with a following demonym: "North Korean", "South African".
_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western".split())

_MONTHS_AND_DAYS = frozenset("""January February March April May June July August September
October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()) | frozenset(
    name.capitalize() for name in WEEKDAY_NAMES)

# ---------------------------------------------------------------------------------------------
# Cue words.

# Titles written before a name; a run is cut after the last of them.
_TITLES = frozenset("""President Vice Prime Minister Secretary Adviser Advisor Leader Chancellor
Premier King Queen Prince Princess Pope Emperor Sheikh Emir Sultan Ayatollah Governor Gov.
Senator Sen. Rep. Representative Congressman Congresswoman Mayor Ambassador Envoy Judge Justice
Chairman Chairwoman Chairperson Chair Chief Director Commander General Gen. Maj. Col. Lt. Capt.
Sgt. Cpl. Adm. Brig. Cmdr. Mr. Mrs. Ms. Dr. Prof. Professor Rev. Spokesman Spokeswoman
Spokesperson CEO Coach Officer Deputy Attorney Speaker Sir Dame Lord Lady Cardinal Bishop Mr Mrs
Ms Dr Prof
Archbishop Rabbi Imam Marshal Colonel Major Lieutenant Captain Sergeant Admiral Commissioner
Inspector Detective Counsel Comrade Field Staff Supreme Sec. Amb. Atty. Pres. Det. Insp. Supt.
President-elect Secretary-General Director-General Attorney-General Governor-General Foreign Defense
Defence Interior Finance Press Security Councillor Councilor
Councilman Councilwoman Alderman Delegate Del. Magistrate Constable Superintendent Patriarch Pastor
Father Sheriff Moderator Treasurer Comptroller Auditor Trooper Chaplain
Historian Lawyer Assistant Acting Interim Assemblyman Assemblywoman Assemblymember Councilmember
Supervisor Selectman Selectwoman Freeholder Whip Administrator""".split())
HONORIFICS = frozenset("Mr Mrs Ms Dr Prof Sir Dame Lord Lady".split())
# Titles that only qualify the one after them ("Foreign Minister", "Press Secretary"): alone
# they are no title.
_TITLE_MODIFIERS = frozenset("Vice Prime Deputy Foreign Defense Defence Interior Finance Press "
                             "Security Field Staff Supreme Chief Attorney Assistant Acting "
                             "Interim".split())
# Words of an office after "of": "Secretary of State Jane Roe", "Chief of Staff Ali Demir".
_OFFICE_WORDS = frozenset("State Defense Defence Staff Health Justice Treasury Interior Commerce "
                          "Energy Education Labor Labour Agriculture Transportation Homeland "
                          "Security Foreign Affairs Finance the and Economy Trade Commonwealth Intelligence "
                          "National House Senate Navy Army Veterans Housing Environment Transport Culture "
                          "Immigration Elections Budget Revenue Tourism Planning Communications".split())
# A sports club's name ends in these ("Stellhaven United", "Lindequay FC"), but one alone names
# none, nor opens a run that a speech verb may split ("the United States pledged").
_CLUB_ENDINGS = frozenset("United FC Rovers Athletic Wanderers Albion Hotspur".split())
ORG_HEADS = frozenset("""Agency Ministry Department Council Committee Party Army Forces Force Navy
Corp Corp. Corporation Inc Inc. Ltd Ltd. Co. Company Bank Union Organization Organisation
University College Institute Institution Association Commission Court Parliament Congress
Assembly Senate House Office Bureau Service Services Authority Administration Board Guard Guards
Police Group Network News Times Post Journal Press Media Television Radio Broadcasting
Foundation Fund Trust Federation League Alliance Coalition Movement Front Brigade Brigades Corps
Command Academy School Hospital Airlines Airways Reserve Cabinet Government Secretariat Tribunal
Chamber Society Club Center Centre Council Caucus Commission Tribune Herald Gazette Daily
Telegraph Guardian Observer Monitor Reuters Bloomberg Kremlin Pentagon Politburo Duma Knesset
Bundestag Ministries Departments Industries Holdings Partners Systems Technologies Labs
Laboratories Motors Energy Enterprises Institutes Studios Records Magazine Channel Project
Initiative Program Programme Watch Mission Directorate Inspectorate Prosecutor's
Foods Dairies Securities Insights Mutual Insurance Capital Markets Pharmaceuticals Brands Farms
Mills Airport Railways Railway Shipping Logistics Telecom Bancorp Investments Ventures Centers
Centres Agencies Councils Committees Unions Associations Foundations Organizations Organisations
Offices Bureaus Courts Parties Financial Finance Utilities Electric Petroleum Chemicals
Resources Mining Electronics Aerospace Automotive Hotels Resorts Communications Wireless Bancshares""".split())
# Heads whose name goes on after "for" or "on": "Center for Democracy", "Council on Foreign
# Relations"; not "Party for Hillary Clinton" in a headline.
_FOR_ON_HEADS = frozenset("""Center Centre Centers Centres Institute Institutes Council Commission
Committee Agency Office Bureau Foundation Fund League Movement Alliance Coalition Association
Society Organization Organisation Federation Academy School Hospital Court Board Congress
Conference Forum Network Trust Initiative Project Program Programme""".split())
KNOWN_ORGS = frozenset([
    "Pentagon", "Kremlin", "White House", "United Nations", "NATO", "European Union",
    "Congress", "Senate", "Parliament", "Hamas", "Hezbollah", "Taliban", "Interpol", "Europol",
    "Red Cross", "Red Crescent", "World Bank", "Downing Street", "Elysee", "Élysée",
    "Politburo", "Duma", "Knesset", "Bundestag", "Reuters", "Bloomberg", "Xinhua", "Yonhap",
    "Wagner", "OPEC", "Vatican",
])
_ORG_ALIASES = {"UN": "United Nations", "U.N.": "United Nations", "EU": "European Union",
                "E.U.": "European Union"}
PLACE_HEADS = frozenset("""Oblast Province Region Republic Kingdom Emirates Islands Island Isles
Strait Peninsula Gulf Sea Ocean River Valley Mountains County District Governorate Prefecture
Krai Territory Territories Coast Desert Lake Bay Canal Highlands Plateau Basin Square Street
Avenue Heights Hills Airport Port Harbor Harbour Stadium""".split())
# Administrative words dropped from a place's canonical name: "Kessa Oblast" is "Kessa".
_ADMIN_SUFFIXES = frozenset("Oblast Province Region Governorate Prefecture Krai".split())
# Last words that make a run an event, a law or a holiday, none of them an entity here.
_NON_ENTITY_HEADS = frozenset("""Year Years Day Days Eve Week Treaty Act Acts Agreement Accord
Accords Pact Plan Protocol Convention Charter Declaration Doctrine War Wars Games Cup Prize Award
Awards Olympics Championship Summit Conference Festival Christmas Easter Ramadan Eid Hanukkah
Thanksgiving Bill Law Amendment Constitution Index Revolution Initiative Strategy Deal Program
Budget Report Era Age Century""".split()) - ORG_HEADS
_NON_ORG_ACRONYMS = frozenset("""CEO CFO COO CTO GDP TV AM PM ID OK AI USD EUR GBP UTC GMT PhD MP
MPs DNA HIV AIDS COVID IED IEDs ICBM ICBMs SUV FAQ PDF LGBT LGBTQ VIP RIP CV BC AD II III IV VI VII
VIII IX XI XII XX DC EDT EST CDT CST MDT MST PDT PST BST CET CEST""".split())

# Words that open sentences and so arrive capitalised: never the start of a name.
_STARTERS = frozenset("""The A An He She It They We I You This That These Those His Her Its Their
Our My Your In On At After Before Earlier Later Meanwhile However But And Or Also When While If
As To For With From By Since Despite During Under Over Speaking According Asked Still Yet So
Then Now Today Yesterday Tomorrow Last Next Some Many Most All Both Other Another Such One Two
Three There Here What Who Why How Where Which Whether Although Though Because Until Unlike Like
Among Amid Against About Above Below Between Through Without Within Instead Once Even Only Just
Nor Not No Every Each Few More Less Further Finally First Second Third Indeed Thus Hence Overall
Officials Reports Alongside Separately Elsewhere Additionally Moreover Nevertheless Nonetheless
Previously Currently Recently Eventually Ultimately Initially Following Including Regarding Given
Let Please Sources Critics Analysts Experts Residents Witnesses Police Troops Soldiers Forces
I'm I've I'd I'll I’m I’ve I’d I’ll
People Several Dear Yes Oh Well
Said Says Added Adds Wrote Writes Told Tells Noted Notes Explained Explains Replied Continued
Recalled Declared Insisted Warned Quipped Tweeted Concluded Countered Answered""".split())

# First words that are common English, not given names ("New Year", "Strategic Partnership").
_NOT_GIVEN = frozenset("""Team New North South East West Northern Southern Eastern Western Great Grand
High Old Holy Royal Saint St. Prime Vice Deputy Foreign Interior Defense Defence State Air Sea
Fire Red White Black Green Blue Golden Free Open First Second Last Next Senior Junior Supreme
United Federal National Central General Special Joint International Global World Human Civil
Public Social Democratic Republican Liberal Conservative Labour Labor Green Independent
Islamic Christian Catholic Upper Lower Inner Outer Greater Little Big Middle Main Upper Ground
Home House Senate Congress Court Justice Security Armed Navy Army Police Border Coast Military
Presidential Executive Federal Local Regional City County Town Village Capitol Capital Wall
Main Times Daily Sunday Morning Evening Breaking Live Fox Good Best Bad Happy Merry Dear Our
Their His Her Its Your My Mount Lake Port Fort Camp Operation Project Team Club Fund
Bank""".split())
# Suffixes of adjectives and abstract nouns, which given names do not have.
_NOT_GIVEN_SUFFIXES = tuple(
    "ical atic etic ntic ctic ogic egic omic onic ific istic ative ive ous ary ory tion sion "
    "ment ity ness ship ism ist ing ern ral nal ial tal cal ics ies ed ly".split())

# Words around a name that tell its type (lower-case roles: "spokeswoman Lisa Oduya"). They are
# looked up as words, not searched as regexes: each candidate name costs a few set look-ups.
_ROLE_WORDS = frozenset("""leader spokesman spokeswoman spokesperson secretary minister adviser
advisor chief director official aide commander president governor senator ambassador envoy general
candidate nominee lawyer attorney analyst professor economist researcher chairman chairwoman
comrade founder co-founder reporter editor correspondent coach captain officer mayor judge
prosecutor executive ceo head premier chancellor lawmaker legislator activist colonel lieutenant
sergeant host anchor author columnist historian scientist doctor manager owner strategist pollster
rival opponent successor predecessor dictator counterpart brother sister wife husband son daughter
mother father""".split())
# The subject of a speech verb is a speaker: a person, unless an outlet "reported".
_SPEECH_VERBS = frozenset("""said says told tells wrote writes added adds declared stated announced
described expressed warned warns urged insisted insists noted asked replied argued argues claimed
explained vowed promised pledged acknowledged admitted stressed tweeted posted recalled responded
testified conceded reported reports reporting wished hoped concluded believes thinks
thought retorted countered quipped joked scoffed reminded complained lamented cautioned remarked
""".split())
# Verbs that tell speech only where no object follows them: "“...?” Whitfield interrupted." (not
# "Rain interrupted the vigil", "Arsenal snapped a losing streak").
_SPEECH_VERBS_ALONE = frozenset("interrupted interjected snapped".split())
_REPORTING = frozenset(["reported", "reports", "reporting"])
# Verbs that speak with "back" after them: "shot back", "hit back".
BACK_VERBS = frozenset("fired fires shot shoots pushed pushes hit hits".split())
# Words that may stand between a subject and its verb: "Varga on Friday said".
_SPEECH_FILLERS = frozenset("also then later again once has had have was is".split())
# The words `_speech_verb_after` can walk on from or stop at.
_SPEECH_LEADS = _SPEECH_VERBS | _SPEECH_FILLERS | BACK_VERBS | {"on", "last", "in"}
_SPEECH_BEFORE = frozenset("""said says told wrote added asked replied quoted quoting interviewed
thanked praised criticized criticised accused met urged""".split())
_OUTLET_BEFORE = frozenset("""citing state-run state-owned state-controlled government-run
broadcaster newspaper outlet channel agency network daily tabloid""".split())
_PLACE_PREPOSITIONS = frozenset(
    "in near outside across throughout into inside around toward towards".split())
_TOWARD = frozenset(("toward", "towards"))
# Last words of places that open with a given name: "toward Virginia Beach", "toward Grant Park".
_PLACE_LAST_WORDS = frozenset("""Beach City Park Key Circle Falls Springs Heights Hills Valley County Square Harbor
Island Bay Point Lake Creek Village Township Station Airport Bridge Road Street Avenue Boulevard Center Centre
Mountain Mount Forest Gardens Plaza""".split())
_COMPASS_LOWER = frozenset("""north south east west northeast northwest southeast southwest
northern southern eastern western central""".split())
_PLACE_OF = frozenset(
    "city town village capital port region province state district outskirts suburbs".split())
_PLACE_AFTER = frozenset("""region area province oblast district city town village county border
frontier regions provinces governorate prefecture municipality airport peninsula""".split())
_TRAILING_PUNCTUATION = ".,;:!?)]}\"'”’"

# ---------------------------------------------------------------------------------------------
# Tokens and runs.

_UPPER = UPPER  # (the capitals the readers' datelines know too)
_ABBREVIATIONS = ("Mr|Mrs|Ms|Dr|Prof|Gen|Maj|Col|Lt|Capt|Cmdr|Sgt|Cpl|Adm|Brig|Sen|Rep|Gov|Rev|Hon|"
                  "Amb|Sec|Atty|Supt|Insp|Det|Pres|St|Mt|Ft|Jr|Sr|Corp|Inc|Ltd|Co|Bros|Del")
# Each abbreviation as its first letter (already matched, checked behind) and the rest: "M" + "aj".
_ABBREVIATION_TAILS = "|".join(rf"(?<={a[0]}){a[1:]}" for a in _ABBREVIATIONS.split("|"))
_LONGEST_TAIL = max(len(a) for a in _ABBREVIATIONS.split("|")) - 1
# The pattern opens with the capital itself, then checks that no word character stands before
# it: a leading character class lets the regex engine skip to the next capital at C speed, which
# a leading \b or lookahead would not. Every branch goes on from after that first capital; the
# first three need a stop within a few letters, which one lookahead rules out for most words.
_TOKEN = re.compile(
    rf"[{_UPPER}](?<!\w.)"
    rf"(?:(?=[a-z]{{0,{_LONGEST_TAIL}}}\.)"
    rf"(?:(?:\.[{_UPPER}])+\."                      # U.S., U.K.
    rf"|(?:{_ABBREVIATION_TAILS})\."                # Maj., Dr., Jr.
    rf"|\.(?=[ \t][{_UPPER}][a-z]))"                # the initial in "John F. Kennedy"
    rf"|\w*(?:['’\-]\w+)*"                         # Kessa, O'Neill, Jae-in, Velmar's
    rf"(?:(?<=s)['’](?=[ \t][{_UPPER}]))?)")        # Dockworkers' (Union): a plural possessive
# What may stand between two tokens of one name.
_JOIN = re.compile(r"[ \t]+(?:(?:of(?:[ \t]+the)?|(?:de|del|della|da|di|du|dos|van|von|der|den|bin|"
                   r"ibn|al|el|la|le|ter|ten)(?:[ \t]+(?:der|den|la|le|los|las|het))?)[ \t]+)?|[ \t]+(?:al|el)-")
# (two particles too: "Ursula von der Leyen", "Ana Maria de la Cruz", "Pieter van der Berg")
# A nickname in marks between a given name (or an initial) and a surname: 'Margaret "Peg"
# Thistlewood', 'Robert C. "Bobby" Scott', 'Thomas "Tommy" O'Neill'; the name's spelling leaves it
# out. The quotes module reads it too.
NICKNAME = re.compile(r"[\"“](?P<nickname>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[\"”][ \t]+(?=[A-Z][\w'’])")
NAME_BEFORE_NICKNAME = re.compile(r"(?<![\w.'’-])[A-Z](?:[a-z]+|\.)[ \t]$")
_OPENING_MARKS = ('"', "“")
_NICKNAME_IN_NAME = re.compile(r"[ \t]+" + NICKNAME.pattern)
_POSSESSIVE_KEEP = frozenset(["People's", "People’s", "Women's", "Women’s", "Children's",
                              "Children’s", "Workers'", "Workers’", "Veterans'", "Veterans’"])
_POSSESSIVE_ENDINGS = ("'s", "’s")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
# Letters and digits in turn name a strain or a model, no organisation: "H1N1", "H5N1".
_STRAIN_CODE = re.compile(r"^[A-Z]\d+[A-Z]\d+$")
_PAREN_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Z0-9&]{1,5})\)")
_PAREN_STARTS = frozenset(" \t(")  # what `_PAREN_ACRONYM` can begin with

# Cue strengths: the strongest cue over all mentions of a name decides its type.
_TITLE, _HEAD, _LISTED, _CUE, _OUTLET, _SPEECH, _SHAPE = 7, 6, 5, 4, 4, 3, 2
_TYPE_ORDER: dict[EntityType, int] = {"person": 3, "organization": 2, "place": 1}
# A cue's rank: (strength, type order, type), compared as a whole; "" is no type (see `_NO_RANK`).
Rank = tuple[int, int, Union[EntityType, Literal[""]]]

# What a spelling resolves to (see `_resolved`): the full names it may stand for, or its canonical
# name and type.
_Resolution = tuple[Optional[tuple[list[int], list[str]]], str, Union[EntityType, Literal[""]]]

# A candidate mention: start, end, spelling, and the rank of its strongest cue (see `_RANKS`; only
# the strongest cue over all mentions of a name counts).
_Mention = tuple[int, int, "_Spelling", Rank]
# start, end, text, and the text without a possessive ending ("Velmar's" -> "Velmar"): the
# bare form is asked for at every step, so it is computed once per token.
Token = tuple[int, int, str, str]


def extract_entities(text: str, sentences: list[Span]) -> list[Entity]:
    """People, organisations and places in `text`, one per mention, in document order."""
    context = _Context(text, sentences)
    tokens = _tokens(text)
    initial = context.initial
    context.mid_sentence = {bare for start, _, _, bare in tokens if start not in initial}
    mentions: list[_Mention] = []
    for run in _runs(text, tokens, context):
        if len(run) == 1:
            # A lone word, the commonest run: nothing to cut or split, and what the word alone
            # decides is worked out once per word.
            token = run[0]
            if token[0] in initial and not _without_sentence_opener(run, context):
                continue
            mention = _lone(token, context)
            if mention:
                mentions.append(mention)
            continue
        if run[0][0] not in initial and _plain_run(run):
            # Words inside a sentence, one space apart, none but the last a title or an
            # organisation's head word, the commonest longer run: no "of" to cut at, no title to
            # split at.
            mention = _typed(run, context, False)
            if mention:
                mentions.append(mention)
            continue
        run = _without_sentence_opener(run, context)
        for piece in _split_at_of(run, text):
            piece = _before_headline_words(piece)
            if piece:
                mentions.extend(_mentions_of_piece(piece, context))
    return _resolve(text, mentions, context.acronyms)


def _tokens(text: str) -> list[Token]:
    """The capitalised words of `text` (see `_TOKEN`). (A loop: compiled, it builds the tuples in
    a fifth less time than a comprehension that unpacks each match's span.)"""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        word: str = m.group()
        start: int = m.start()
        end = start + len(word)
        if word[-1] == "s" and word[-2:] in _POSSESSIVE_ENDINGS:
            tokens.append((start, end, word, word[:-2]))
        else:
            tokens.append((start, end, word, word))
    return tokens


# Capitals per sentence below which a text is set in lower case: news copy has 1.7 to 10 (4.6
# typically) on PolNeAR, TempEval-3, the seeds and the examples; Multi-News's lower-cased
# articles about 1.0, one per sentence start.
LOWER_CASED_CAPITALS = 1.3
MIN_SENTENCES_TO_JUDGE_CASE = 3
_NOT_CAPITALS = bytes(b for b in range(256) if not 65 <= b <= 90)


def lower_cased(text: str, sentences: list[Span]) -> bool:
    """Whether `text` is set in lower case but for its sentences' first letters: its capitals then
    tell few names, and what `extract_entities` finds there is mostly noise ("Government" from
    "u.s. Government", "Coast" from "Coast guard officials"), but for `listed` names."""
    return len(sentences) >= MIN_SENTENCES_TO_JUDGE_CASE and _capitals(text) < LOWER_CASED_CAPITALS * len(sentences)


def listed(name: str) -> bool:
    """Whether a canonical entity name is one this module lists: a known place or organisation."""
    return name in KNOWN_PLACES or name in KNOWN_ORGS


def _capitals(text: str) -> int:
    """How many capitals A to Z `text` holds (counted on its bytes: five times faster than a
    regex, and this runs on every article)."""
    return len(text.encode("utf-8", "replace").translate(None, _NOT_CAPITALS))


def _before_headline_words(piece: list[Token]) -> list[Token]:
    """The piece up to the first verb or pronoun a Title Case headline capitalises: "Lindsey
    Graham Says Trump Is Wrong" -> "Lindsey Graham". (What follows such a word is rarely a name
    alone: "... When It Comes To".)"""
    for index, token in enumerate(piece):
        if token[2] in _HEADLINE_WORDS:
            return piece[:index]
    return piece


def _plain_run(run: list[Token]) -> bool:
    """Whether one space or tab stands between each two words of `run` (so no "of"), and no
    word but the last is a title or an organisation's head word."""
    previous = run[0]
    for token in run[1:]:
        if token[0] - previous[1] != 1 or previous[2] in _HEADS_AND_TITLES:
            return False
        previous = token
    return True


def _norm(name: str) -> str:
    return name.replace("’", "'")


class _Spelling:
    """What a name's own words tell, whatever stands around it: its forms and the cues of its
    words. A name recurs through an article, so each spelling is worked out once (the words of a
    spelling are the same wherever it is written: its tokens are the capitalised words in it)."""

    __slots__ = ("name", "normed", "key", "listed_place", "acronym_org", "rank", "place_listed")

    def __init__(self, raw: str, words: list[str]):
        if len(words) > 1 and ('"' in raw or "“" in raw):
            raw = _NICKNAME_IN_NAME.sub(" ", raw)
        self.name = " ".join(raw.split()) if len(words) > 1 else raw  # a token has no spaces
        self.normed = normed = _norm(self.name)
        self.key = _merge_normed(normed)
        # Countries and capitals stay places whatever stands around them.
        self.listed_place = normed in KNOWN_PLACES
        self.acronym_org = False  # an organisation's acronym, unless a colon follows it
        # The rank of the strongest cue its words give (see `_RANKS`), and whether one of them
        # makes it a place for a name before it (what is around a mention never does).
        self.rank = _PLACE_LISTED if self.listed_place else self._ranked(words)
        self.place_listed = self.rank[2] == "place"

    def _ranked(self, words: list[str]) -> Rank:
        normed = self.normed
        last = words[-1]
        if len(words) == 1 and normed not in _LISTED_ORG_NAMES and last not in _HEAD_WORDS \
                and not last.isupper():
            return _NO_RANK  # most one-word names: no cue below can apply
        rank = _NO_RANK
        if normed in KNOWN_ORGS or normed in _ORG_ALIASES:
            rank = _ORG_LISTED
        # "Bank of England", "Veskarian Chamber of Commerce", "Center for Democracy": a head
        # before "of", "for" or "on" makes an organisation.
        if last in ORG_HEADS or (last in _CLUB_ENDINGS and len(words) > 1) or "&" in normed \
                or (" of " in normed and any(w in ORG_HEADS for w in words[:-1])) or (
                (" for " in normed or " on " in normed) and any(w in _FOR_ON_HEADS for w in words[:-1])):
            rank = _ORG_HEAD
        elif not PLACE_HEADS.isdisjoint(words):
            rank = _PLACE_HEAD
        if len(words) == 1 and last.isupper() and _ACRONYM.match(last) \
                and last not in _NON_ORG_ACRONYMS and not _STRAIN_CODE.match(last):
            if last in _PLACE_CODES:
                rank = max(rank, _PLACE_LISTED)  # (no code is a place's head word)
            else:
                self.acronym_org = True
        if len(words) > 1 and rank == _NO_RANK and _name_shaped(words):
            rank = _PERSON_SHAPED  # the weakest cue
        return rank


class _Context:
    def __init__(self, text: str, sentences: list[Span]):
        self.text = text
        self.sentence_starts = [s.start for s in sentences] or [0]
        # Where any word is capitalised: a sentence's first word, a quotation's first word.
        self.initial = initial = _after_opening_quotes(text)
        for sentence in sentences:
            start = sentence.start
            if start < sentence.end and (text[start].isalnum() or text[start] == "_"):
                initial.add(start)  # the common case, without a search: a word comes first
                continue
            first = _FIRST_WORD.search(text, start, sentence.end)
            if first:
                initial.add(first.start())
        self.mid_sentence: set[str] = set()
        self.acronyms: dict[str, str] = {}
        self.spellings: dict[str, _Spelling] = {}
        # For each word met as a one-word run: the characters cut off its end and its spelling,
        # or None when it names nothing.
        self.lone: dict[str, Optional[tuple[int, _Spelling]]] = {}
        # The keys of names a mention so far has given the strongest rank (see `_cued`).
        self.topped: set[str] = set()

    def spelling(self, raw: str, tokens: list[Token]) -> _Spelling:
        """The `_Spelling` of the name written `raw` over `tokens`: made once, as the words of a
        spelling are the same wherever it is written (so they are listed only then)."""
        spelling = self.spellings.get(raw)
        if spelling is None:
            spelling = self.spellings[raw] = _Spelling(raw, [token[3] for token in tokens])
        return spelling

    def has_lower_word(self, word: str) -> bool:
        """Whether `word` occurs in lower case: then it is a common word, not a name.

        That is, whether `_LOWER_WORD` would find it as a whole match in the text. A few words per
        article ask, so each looks for its own occurrences (str.find runs at C speed) instead of
        listing every lower-case word of the text (which took 0.4 ms on a long article).
        """
        if not _LOWER_WORD_SHAPE.fullmatch(word):
            return False
        text, size = self.text, len(word)
        at = text.find(word)
        while at >= 0:
            before = text[at - 1] if at else " "
            if before in _LOWER_WORD_INNER:  # "x-word", "'word"
                starts_here = not _lower_word_goes_on(text, at)
            else:
                starts_here = not (before.isalnum() or before == "_")  # a word boundary
            if starts_here and text[at + size:at + size + 1] not in _LOWER_WORD_CHARS:
                return True
            at = text.find(word, at + 1)
        return False


def _lower_word_goes_on(text: str, at: int) -> bool:
    """Whether a `_LOWER_WORD` match begun before `at`, which one of "'’-" precedes, goes on over
    it ("so-called": "called" is no match of its own; "X-rays": "rays" is). Such a match keeps to
    the characters `_LOWER_WORD` continues a word with, so it began in their run before `at`, at
    the first lower-case letter there after a word boundary."""
    start = at - 1
    while start > 0 and text[start - 1] in _LOWER_WORD_CHARS:
        start -= 1
    for letter in range(start, at):
        if text[letter] in _LOWER_LETTERS and not (
                letter and (text[letter - 1].isalnum() or text[letter - 1] == "_")):
            return True
    return False


_FIRST_WORD = re.compile(r"\w")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*")
_LOWER_WORD_SHAPE = re.compile(r"[a-z][a-z'’-]*")
# The characters `_LOWER_WORD` continues a word with, and those of them that are not word characters.
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_LOWER_WORD_CHARS = _LOWER_LETTERS | frozenset("'’-")
_LOWER_WORD_INNER = frozenset("'’-")
_BEFORE_OPENING = frozenset(" \t\n([—")


def _after_opening_quotes(text: str) -> set[int]:
    """Where a quotation begins with a letter or digit, just after its opening mark: a curly
    opening one, or a straight one at the start or after a space, a bracket or a dash.

    (str.find skips to each mark several times faster than a regex scans for them.)
    """
    found = set()
    for mark in ('"', "“", "‘"):
        at = text.find(mark)
        while at >= 0:
            after = at + 1
            opens = mark == "“" or at == 0 or text[at - 1] in _BEFORE_OPENING
            if opens and text[after:after + 1].isalnum():
                found.add(after)
            at = text.find(mark, after)
    return found


def _runs(text: str, tokens: list[Token], context: _Context) -> list[list[Token]]:
    """Group neighbouring tokens of one sentence into runs."""
    runs: list[list[Token]] = []
    previous = (0, -99, "", "")  # far enough before any token to join none
    initial = context.initial
    sentence_starts = context.sentence_starts
    n_starts = len(sentence_starts)
    skip_to = -1
    for index, token in enumerate(tokens):
        if token[0] < skip_to:
            continue  # a nickname inside a name: the name's run goes on after it
        if text[token[0] - 1:token[0]] in _OPENING_MARKS and text[previous[1]:token[0] - 1] in (" ", ". ") \
                and NAME_BEFORE_NICKNAME.search(text, max(0, token[0] - 24), token[0] - 1):
            nickname = NICKNAME.match(text, token[0] - 1)
            if nickname and ((following := bisect_right(sentence_starts, token[0])) == n_starts
                             or sentence_starts[following] > nickname.end()):
                skip_to = nickname.end()
                continue
        if token[3] in _STARTERS and token[0] in initial:
            # A sentence's opening "The", "But", "Earlier" is no part of a name. Such a word
            # always begins its run (a new sentence or a quotation mark stands before it), so
            # skipping it leaves the runs as they would be without it.
            continue
        # Joined when the gap is a space or a joining word, the word before is no possessive,
        # and no sentence starts between them. (Written out here: it runs for most tokens.)
        start = token[0]
        if start == skip_to:
            runs[-1].append(token)  # the surname after a nickname
        elif start - previous[1] > 12:  # most tokens: too far from the one before to join it
            runs.append([token])
        else:
            gap = text[previous[1]:start]
            if (gap == " " or _JOIN.fullmatch(gap) is not None or (
                    gap == ", " and token[2] in ("Jr.", "Sr.")) or (
                    gap in (" for ", " on ") and previous[2] in _FOR_ON_HEADS) or (
                    gap in (" and ", " & ") and _name_goes_on_after_and(gap, runs[-1], tokens, index, text))) \
                    and not (previous[3] != previous[2] and previous[2] not in _POSSESSIVE_KEEP) \
                    and ((following := bisect_right(sentence_starts, previous[0])) == n_starts
                         or sentence_starts[following] > start):  # no sentence starts between
                runs[-1].append(token)  # "Center for Democracy": joined; "Velmar's Varga": not
            else:
                runs.append([token])
        previous = token
    return runs


def _name_goes_on_after_and(gap: str, run: list[Token], tokens: list[Token], index: int, text: str) -> bool:
    """Whether "and" or "&" joins two words of one organisation's name: "Procter & Gamble",
    "Calusa Power & Light", "Food and Drug Administration", "Competition and Markets Board" (not
    "Britain and France", "Ana and Bo Hagen": "and" joins a name only to a head word soon after)."""
    if len(run) > 2 or run[0][2] in _TITLES or _norm(_plain(text, run)) in KNOWN_PLACES \
            or (len(run) > 1 and run[-1][2] in ORG_HEADS) \
            or any(t[2] in _LISTED_GIVEN_NAMES or t[2] in _MONTHS_AND_DAYS for t in run):
        return False  # (nor "Russia and China Daily", "Velm Holdings and Sorvik Group", "Marta Orvik & Lars Brenner")
    if gap == " & ":
        return not (index < len(tokens) and tokens[index][2] in _LISTED_GIVEN_NAMES)
    for ahead in range(index, min(index + 3, len(tokens))):
        if ahead > index and tokens[ahead][0] - tokens[ahead - 1][1] != 1:
            return False
        if tokens[ahead][2] in ORG_HEADS:
            return True
    return False


def _without_sentence_opener(run: list[Token], context: _Context) -> list[Token]:
    """Drop a capital that only marks the start of a sentence ("Reported", "Reports"); the
    plain openers ("The", "Earlier") are gone before the runs are made."""
    first = run[0]
    if first[0] not in context.initial:
        return run
    word = first[3]
    if len(run) > 1:
        two = _norm(_plain(context.text, run[:2]))
        if two in KNOWN_PLACES or two in KNOWN_ORGS or word in KNOWN_PLACES:
            return run
        if word.endswith("ing") or (word.endswith("ly") and _adverb_opening(word, context)) or (
                word not in context.mid_sentence and context.has_lower_word(word.lower())):
            return run[1:]
        if len(run) >= 3 and word.lower() in _OCCUPATIONS and word not in _TITLES and word not in context.mid_sentence \
                and run[-1][2] not in ORG_HEADS:
            return run[1:]  # "Analyst Miriam Feld noted": a role in lower case, capitalised to open the sentence
        return run
    # A lone sentence-initial word counts only if it is known or also capitalised mid-sentence,
    # or if it says something: "Whitcombe said", in a report that never names him in full.
    if word in context.mid_sentence or word in KNOWN_PLACES or word in KNOWN_ORGS \
            or _ACRONYM.match(word) or "." in word:
        return run
    if word.lower() not in _SPEAKING_GROUPS and not word.endswith(_NOT_A_NAME_ENDINGS) \
            and _speech_verb_after(_words_after(context.text, first[1])) and not context.has_lower_word(word.lower()):
        return run
    return []


# Plural nouns that open "Officials said", "Residents told reporters": groups, no names.
_SPEAKING_GROUPS = frozenset("""officials police residents analysts critics witnesses experts sources
authorities investigators prosecutors doctors researchers scientists officers lawmakers democrats
republicans protesters protestors organizers organisers voters parents students teachers neighbors
neighbours others many some both several few most all supporters opponents fans locals economists
aides diplomats relatives families workers employees staff rescuers firefighters paramedics media""".split())
# ... and endings no lone name has there: plural agent nouns' ("Retailers", "Demonstrators",
# "Economists"), a participle's ("Having said that") and an adverb's.
_NOT_A_NAME_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ing", "ed", "ly")


# Words that open place names before a given name: "Port Elizabeth", "Prince Edward Island".
_PLACE_PREFIXES = frozenset("Port Prince Fort San Santa St St. Saint Cape Mount Lake Point New".split())

# Adverbs that open sentences and may stand right before a name ("Only Ana Ruiz voted against").
_OPENING_ADVERBS = frozenset("""Only Early Nearly Finally Currently Recently Previously Initially Eventually
Reportedly Apparently Clearly Actually Obviously Certainly Probably Usually Typically Especially Particularly
Mostly Largely Partly Lately Really Simply Surely Likely Separately Additionally Unfortunately Fortunately
Suddenly Allegedly Originally Ultimately Notably Similarly Immediately Shortly""".split())


def _adverb_opening(word: str, context: "_Context") -> bool:
    """Whether a capitalised word in "-ly" opening a sentence is an adverb, not a name ("Camberly
    Financial", "Kelly Ayotte", "Wembley Stadium"): a known opener, or a word the text also
    writes in lower case and never capitalised mid-sentence."""
    return word in _OPENING_ADVERBS or (
        word not in context.mid_sentence and word not in _WOMEN and context.has_lower_word(word.lower()))


def _split_at_of(run: list[Token], text: str) -> list[list[Token]]:
    """Cut "Varga of Velmar" in two; keep "Bank of Velmar", "Secretary of State"."""
    if not run:
        return []
    pieces: list[list[Token]] = [[run[0]]]
    for previous, token in zip(run, run[1:]):
        if _gap_is_of(text, previous, token) and not (
                previous[2] in ORG_HEADS or previous[2] in PLACE_HEADS
                or previous[2] in _TITLES or previous[2] in _OF_KEEPERS):
            pieces.append([token])
        else:
            pieces[-1].append(token)
    return pieces


# The words after which `_mentions_of_piece` may cut a piece.
_HEADS_AND_TITLES = ORG_HEADS | _TITLES

_OF_KEEPERS = frozenset(
    "City Sea Isle Cape Duke Chiefs Ministry Republic People's People’s".split())


def _gap_is_of(text: str, left: Token, right: Token) -> bool:
    # (Most gaps are one space, and a gap of one character is no "of": not even sliced.)
    return right[0] - left[1] > 1 and text[left[1]:right[0]].split()[:1] == ["of"]


def _mentions_of_piece(piece: list[Token], context: _Context) -> list[_Mention]:
    """Split a piece at its titles and type what is left by its own words."""
    if len(piece) == 1:  # most pieces: no head to cut at, no title to split at
        mention = _lone(piece[0], context)
        return [mention] if mention else []
    # (A head joined to the next word by "for" or "on" opens the name: "Center for Democracy".)
    heads = [i for i, token in enumerate(piece[:-1])
             if token[2] in ORG_HEADS and piece[i + 1][0] - token[1] == 1]
    if heads and piece[-1][2] not in ORG_HEADS and _speech_verb_after(
            _words_after(context.text, piece[-1][1])):
        # "in an interview with the Velmar Times Varga said": a comma gone missing.
        cut = heads[0] + 1
        return (_mentions_of_piece(piece[:cut], context)
                + _mentions_of_piece(piece[cut:], context))
    title_at = _last_title(piece)
    if title_at is None:
        return _typed_list(piece, context, titled=False)
    block_start = title_at
    while block_start > 0 and piece[block_start - 1][2] in _TITLES:
        block_start -= 1
    after = piece[title_at + 1:]
    out = _typed_prefix(piece[:block_start], context) if block_start else []
    titled = True
    if _gap_is_of(context.text, piece[title_at], after[0]):
        # "Secretary of State Jane Roe": the office after "of" belongs to the title, and
        # "President of Russia" names no person.
        while len(after) > 1 and after[0][2] in _OFFICE_WORDS:
            after = after[1:]
        # "President of Castermoor Lydia Okonkwo-Park": the holder's name opens with a given name;
        # "Director of the Central Intelligence Agency Gina Haspel": or follows an office's head
        given = next((i for i in range(len(after) - 2, 0, -1) if after[i][2] in _LISTED_GIVEN_NAMES
                      and after[i - 1][2] not in _PLACE_PREFIXES), None)
        if given is None and len(after) >= 3 and (after[-3][2] in ORG_HEADS or after[-3][2] in _OFFICE_WORDS):
            given = len(after) - 2
        if given is not None:
            after = after[given:]
        titled = after[0] is not piece[title_at + 1]
    if titled and any(t[2] in ORG_HEADS for t in after):
        # "General Assembly", "Major League": the "title" began an organisation's name.
        return out + _typed_list(piece[block_start:], context, titled=False)
    return out + _typed_list(after, context, titled=titled)


def _last_title(piece: list[Token]) -> Optional[int]:
    """The title after which a name begins: "Vice President | Ana Ruiz", "Mr. | King"."""
    found = None
    for i in range(len(piece) - 1):
        word, following = piece[i][2], piece[i + 1][2]
        if word not in _TITLES or (word in _TITLE_MODIFIERS and following not in _TITLES):
            continue
        # "Vice President" names no one; an honorific ("Mr", "Gen.") always comes before one.
        if following not in _TITLES or word.endswith(".") or word in HONORIFICS:
            found = i
    return found


def _typed_prefix(before: list[Token], context: _Context) -> list[_Mention]:
    """What stands before a title: keep places and organisations, drop the rest of the role."""
    out: list[_Mention] = []
    text = context.text
    i = 0
    while i < len(before):
        for j in range(len(before), i, -1):
            name = _norm(_plain(text, before[i:j]))
            if (name in KNOWN_PLACES or name in KNOWN_ORGS or _ACRONYM.match(name)
                    or (before[j - 1][2] in ORG_HEADS and before[i][2] not in DEMONYMS)):
                out.extend(_typed_list(before[i:j], context, titled=False))
                i = j
                break
        else:
            i += 1
    return out


def _plain(text: str, tokens: list[Token]) -> str:
    return " ".join(text[tokens[0][0]:tokens[-1][1]].split())


def _typed_list(tokens: list[Token], context: _Context, titled: bool) -> list[_Mention]:
    """`_typed` as a list of none or one mention."""
    mention = _typed(tokens, context, titled)
    return [mention] if mention else []


def _typed(tokens: list[Token], context: _Context, titled: bool) -> Optional[_Mention]:
    """One mention with the cues its own words and its neighbours give, or none."""
    named = _named(tokens, context, titled)
    if not named:
        return None
    start, end, spelling = named  # (passed on one by one: a call with *named is slower)
    return _cued(start, end, spelling, context, titled)


def _lone(token: Token, context: _Context) -> Optional[_Mention]:
    """`_typed` of a one-word piece with no title before it, the commonest piece."""
    word = token[2]
    lone = context.lone
    named = lone[word] if word in lone else lone.setdefault(word, _lone_named(token, context))
    return _cued(token[0], token[1] - named[0], named[1], context, False) if named else None


def _lone_named(token: Token, context: _Context) -> Optional[tuple[int, _Spelling]]:
    """What a one-word piece's word alone decides, the same wherever it stands: the characters
    cut off its end and its spelling, or None when it names nothing."""
    word, bare = token[2], token[3]
    # `_named([token], context, titled=False)`, shortened: a date, a demonym ("Russian"), a title
    # or a sentence's opener alone names nothing. (Calling `_named` instead gives the same names
    # but made the whole extractor 2-5% slower: this runs for every distinct word of an article.)
    if word in _MONTHS_AND_DAYS or bare in _NOT_ALONE or len(bare) < 2 \
            or bare[1:2].isdigit() and _STRAIN_CODE.match(bare):  # "H1N1"
        return None
    start, end = token[0], token[1]
    if word != bare and word not in _POSSESSIVE_KEEP:
        end -= 2  # "Varga's"
    return token[1] - end, context.spelling(context.text[start:end], [token])


# What no one-word name with no title before it can be; nor is a word in capitals that names
# no organisation ("a local TV said", "the CEO said", "GDP").
_NOT_ALONE = _NON_ENTITY_HEADS | _TITLES | DEMONYMS | _STARTERS | _NON_ORG_ACRONYMS
_MONTH_SURNAMES = frozenset(("May", "March", "June", "April"))


def _month_as_surname(tokens: list[Token], text: str) -> bool:
    """Whether a month ending a run of names is a surname: "Theresa May", "Brian May" (a given
    name before it, no day of the month after it: not "Friday May 5")."""
    last = tokens[-1]
    return len(tokens) >= 2 and last[2] in _MONTH_SURNAMES and tokens[-2][2] not in _MONTHS_AND_DAYS \
        and tokens[-2][2] not in _TITLES and not text[last[1]:last[1] + 3].strip()[:1].isdigit()


# Months that are also given names ("April Hollis", "June Carter", "Jan Ruiz").
_MONTH_GIVEN_NAMES = frozenset(("April", "May", "June", "Jan"))
# Words after which a month is a date, however a name follows it ("in June Carter's absence").
_BEFORE_A_MONTH = frozenset("""in In on On since Since by By until Until till through from From
to of early Early late Late mid last Last next Next this This that each every during During before
Before after After between Between""".split())


def _month_as_given_name(tokens: list[Token], text: str) -> bool:
    """Whether a month opening a run of names is a given name: "said April Hollis", "June Carter
    told us"; not after a word that takes a date ("In June Carter said") nor before a day."""
    first = tokens[0]
    if len(tokens) < 2 or first[2] not in _MONTH_GIVEN_NAMES or tokens[1][2] in _MONTHS_AND_DAYS \
            or tokens[1][2] in _TITLES:
        return False
    before = text[max(0, first[0] - 24):first[0]].split()
    if before and before[-1] in ("and", "or", "to", "through") and len(before) > 1 \
            and before[-2].strip(",") in _MONTHS_AND_DAYS:
        return False  # "in March or April Kessler said"
    return not (before and before[-1] in _BEFORE_A_MONTH)


def _named(tokens: list[Token], context: _Context, titled: bool
           ) -> Optional[tuple[int, int, _Spelling]]:
    """The start, end and spelling of the name in `tokens`, once adjectives, dates and "The" are
    dropped from its ends, or None when it names nothing."""
    text = context.text
    if tokens and tokens[0][2] in _ADJECTIVE_WORDS and tokens[-1][2] not in ORG_HEADS:
        # "North Korean", "Russian": adjectives, unless they begin a name ("North Korea") or
        # an organisation's name ("Polish Press Agency").
        while tokens and (tokens[0][2] in DEMONYMS or (
                tokens[0][2] in _MONTHS_AND_DAYS and not _month_as_given_name(tokens, text)) or (
                tokens[0][2] in _COMPASS and len(tokens) > 1 and tokens[1][2] in DEMONYMS)):
            if _norm(_plain(text, tokens)) in KNOWN_PLACES:
                break
            tokens = tokens[1:]
    while tokens and tokens[-1][2] in _MONTHS_AND_DAYS and not _month_as_surname(tokens, text):
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[0][2] == "The" and _plain(text, tokens) not in KNOWN_PLACES:
        tokens = tokens[1:]  # "the Kremlin", but "The Hague"
    if not tokens:
        return None
    if tokens[-1][2] == "I" and len(tokens) > 1 and tokens[-2][2] not in _LISTED_GIVEN_NAMES:
        return None  # "Then I told her": the pronoun, no numeral after a given name ("Elizabeth I")
    if len(tokens) == 1:
        last = tokens[0][3]
        if last in _NON_ENTITY_HEADS or (last in _TITLES and not titled) or len(last) < 2 \
                or last in DEMONYMS or last in _STARTERS:
            return None
    elif tokens[-1][3] in _NON_ENTITY_HEADS:
        return None
    start, end, final = tokens[0][0], tokens[-1][1], tokens[-1][2]
    if final[-2:] in _POSSESSIVE_ENDINGS and final not in _POSSESSIVE_KEEP:
        end -= 2
    return start, end, context.spelling(text[start:end], tokens)


# The first words `_named` may drop.
_ADJECTIVE_WORDS = DEMONYMS | _MONTHS_AND_DAYS | _COMPASS


def _cued(start: int, end: int, spelling: _Spelling, context: _Context, titled: bool
          ) -> _Mention:
    """The mention of `spelling` at [start, end), with the cues of the words around it."""
    rank = spelling.rank
    if spelling.listed_place:
        return start, end, spelling, rank
    text = context.text
    if spelling.key in context.topped and not (
            text[end:end + 1] in _PAREN_STARTS and _PAREN_ACRONYM.match(text, end)):
        # A name with the strongest rank already ("Mr. Varga" ... "Varga said"): the strongest
        # over all its mentions decides its type (see `_resolve`), so no cue here can change it.
        return start, end, spelling, _PERSON_TITLED
    # The last words before the mention on its line, when only spaces separate them from it.
    if start and text[start - 1] in " \t":
        window = text[start - 40 if start > 40 else 0:start]
        before = window[window.rfind("\n") + 1:].rsplit(None, 3)[-3:]
        previous = before[-1] if before else ""
    else:
        before, previous = _NO_WORDS, ""
    following = text[end:end + 1]
    if titled or previous in _ROLE_WORDS or previous[-1:] == "," and following in _APPOSITION_ENDS \
            and (_is_kin(previous[:-1]) or previous == "name," and before[-2:-1] in (["first"], ["given"])):
        # "spokeswoman Lisa Oduya", "one of his sisters, Lisa,", "who gave only his first name,
        # Luis,": the strongest rank there is, no other cue can change it
        rank = _PERSON_TITLED
        context.topped.add(spelling.key)
    else:
        if spelling.acronym_org and following != ":" and _ORG_LISTED > rank:
            rank = _ORG_LISTED  # "PENCE:" labels a transcript's speaker
        if (following == " " or following == "\t") and _AFTER_CUE_WORD.match(text, end):
            rank = _ranked_after(rank, end, previous, text)
        # (most mentions have none of these words before them; "toward Denver" is a place, but
        # "leaning toward Hillary Clinton" a person)
        if previous in _BEFORE_CUE_WORDS and not (
                previous in _TOWARD and " " in spelling.name and spelling.name.split(" ", 1)[0] in _LISTED_GIVEN_NAMES
                and spelling.name.rsplit(" ", 1)[-1] not in _PLACE_LAST_WORDS):
            rank = _ranked_before(rank, before, following)
        if following == "," and rank == _NO_RANK and " " in spelling.name and _AGE_AFTER.match(text, end) \
                and spelling.normed.split(" ", 1)[0] in KNOWN_PLACES:
            # "Georgia Linwood, 52, owns the diner": an age set off after a name tells a person,
            # though its first word names a place (which kept it from looking like a person's)
            rank = _PERSON_SHAPED
    # Most mentions have no "(" after them, which `_PAREN_ACRONYM` needs.
    if rank != _NO_RANK and (following == "(" or following in _PAREN_STARTS
                                 and text[end + 1:end + 2] in _PAREN_STARTS):
        paren = _PAREN_ACRONYM.match(text, end)
        if paren:
            context.acronyms.setdefault(paren.group(1), spelling.name)
    return start, end, spelling, rank


# Kin are people: a name set off after one is a person's ("his daughter, Lisa, said"). Other
# roles are not asked: "If he becomes vice president, Virginia would..." ends a clause.
KIN_WORDS = frozenset("""brother sister wife husband son daughter mother father widow widower niece
nephew cousin uncle aunt grandson granddaughter grandmother grandfather fiancé fiancée stepson
stepdaughter stepmother stepfather""".split())
_APPOSITION_ENDS = frozenset(",.;:)")
# The role words that open a sentence before a name only as roles: not the titles, nor the words
# that open names too ("Son Heung-min", "Head Start", "Host Committee", "General Mills").
_OCCUPATIONS = _ROLE_WORDS - KIN_WORDS - frozenset("head host general chief captain executive leader".split())


def _is_kin(word: str) -> bool:
    """A kinship noun, singular or plural: "sister", "sisters"."""
    return word in KIN_WORDS or word[-1:] == "s" and word[:-1] in KIN_WORDS


def _ranked_before(rank: Rank, before: list[str], following: str
                   ) -> Rank:
    """`rank` with the cues of the words `before` a mention other than a role (outlets, speech
    verbs, "in", "north of"), given the character `following` it."""
    previous = before[-1]
    if previous in _OUTLET_BEFORE and _ORG_OUTLET > rank:
        rank = _ORG_OUTLET
    # "..., said Ana Ruiz." but not "said Medicare is failing".
    if (previous in _SPEECH_BEFORE or (previous == "to" and before[-2:] == ["according", "to"])) \
            and following in ("", ",", ".", ";", "\n") and _PERSON_SPEECH > rank:
        rank = _PERSON_SPEECH
    # "in Kessa", "north of Kessa"; but what follows "Velmar's" tells nothing of Velmar.
    if following not in ("'", "’") and previous in _PLACE_BEFORE_LAST \
            and _PLACE_CUED > rank and _place_before(before):
        rank = _PLACE_CUED
    return rank


def _ranked_after(rank: Rank, end: int, previous: str, text: str
                  ) -> Rank:
    """`rank` with the cues of the words after a mention that ends at `end` and that a space
    follows: "Varga said", "Kessa region". The next words on the line are taken as written,
    punctuation and all: most first words can begin no way to a speech verb, and then the others
    are never cleaned."""
    after = _words_after(text, end)
    first = _clean(after[0]) if after else ""
    # "Ines Kovac of Lissow said": the verb's subject is the person before "of", not Lissow.
    if (first in _SPEECH_LEADS or first in _SPEECH_VERBS_ALONE) and previous != "of":
        verb = _speech_verb_after(after)
        if verb in _REPORTING:
            if _ORG_OUTLET > rank:
                rank = _ORG_OUTLET
        elif verb and _PERSON_SPEECH > rank:
            rank = _PERSON_SPEECH
    if first in _PLACE_AFTER and _PLACE_CUED > rank:
        rank = _PLACE_CUED
    return rank


_NO_WORDS: list[str] = []


def _words_after(text: str, pos: int) -> list[str]:
    """The next words after `pos` as written, punctuation and all, when a space follows `pos`.

    Readers take them through `_clean`: most look at the first word only, so the others are
    never cleaned.
    """
    if text[pos:pos + 1] not in (" ", "\t"):
        return []
    return text[pos:pos + 50].split("\n", 1)[0].split(None, 5)[:5]


def _clean(word: str) -> str:
    return word.strip(_TRAILING_PUNCTUATION)


def _speech_verb_after(words: list[str]) -> Optional[str]:
    """The speech verb of which the name just before `words` (from `_words_after`) is the
    subject, if any."""
    i = 0
    while i < len(words):
        word = _clean(words[i])
        if word in _SPEECH_VERBS or word in _SPEECH_VERBS_ALONE and words[i][-1:] in (".", ",", ";", ":"):
            return word
        if word in BACK_VERBS and i + 1 < len(words) and _clean(words[i + 1]) == "back" and (
                words[i + 1] != "back" or i + 2 < len(words) and words[i + 2] == "that"):
            return word  # "Ocampo shot back that", "..., Ocampo hit back." (not "pushed back the launch")
        if word in _SPEECH_FILLERS:
            i += 1
        elif word in ("on", "last") and i == 0:
            i += 2  # "on Friday", "last week"
        elif word == "in" and i == 0 and len(words) > 1 and _clean(words[1]) == "a":
            i += 3  # "in a statement"
        else:
            return None
    return None


def _place_before(words: list[str]) -> bool:
    """ "in X", "near the X", "north of X", "city of X"."""
    if words and words[-1] == "the":
        words = words[:-1]
    if not words:
        return False
    last = words[-1]
    if last in _PLACE_PREPOSITIONS or last in _COMPASS_LOWER:
        return True
    return last == "of" and len(words) > 1 and (words[-2] in _PLACE_OF
                                                or words[-2] in _COMPASS_LOWER)


# The last words `_place_before` can accept: most names have none of them before them.
_PLACE_BEFORE_LAST = _PLACE_PREPOSITIONS | _COMPASS_LOWER | {"the", "of"}
# The last words before a mention that `_ranked_before` finds a cue in.
_BEFORE_CUE_WORDS = _OUTLET_BEFORE | _SPEECH_BEFORE | _PLACE_BEFORE_LAST | {"to"}
# What a mention's next word must begin with for `_ranked_after` to find a cue in it (its first
# word, cleaned, is one of these): one C-speed match rules most mentions out.
# (The words are grouped by their first letter: the regex engine tries the one group that
# letter opens, not each word in turn.)
_AFTER_CUE_WORDS = _SPEECH_LEADS | _SPEECH_VERBS_ALONE | _PLACE_AFTER
_AFTER_CUE_WORD = re.compile(
    r"[ \t]\s*[" + re.escape(_TRAILING_PUNCTUATION) + "]*(?:" + "|".join(
        first + "(?:" + "|".join(sorted(w[1:] for w in _AFTER_CUE_WORDS if w[0] == first)) + ")"
        for first in sorted({w[0] for w in _AFTER_CUE_WORDS})) + ")")


# Given names that end like the adjectives and nouns `_NOT_GIVEN_SUFFIXES` keeps out ("Military",
# "Primary", "Weekly", "United"): Hillary Clinton, Gregory Meeks, Ted Cruz, Kelly Ayotte.
_GIVEN_LIKE_ADJECTIVES = frozenset("""Hillary Mary Gary Cary Zachary Rosemary Rory Cory Gregory Emily Kelly
Holly Molly Sally Shelly Beverly Kimberly Ashley Lily Polly Billy Willy Wally Ned Ted Fred Jed Reed Ahmed
Mohammed Clive Olive Vern Crystal Chantal Trinity Charity Clement Ming Ling Sterling Alfred Manfred
Mildred Winifred Jarred""".split())


# An age set off by commas after a name: ", 52," (", 52." ends the sentence on it), unless
# another name and number follow, as in a list of results ("Red Sox, 3, Yankees, 1").
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3}(?:\.[ \t\n]|,[ \t]+(?![A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*,[ \t]+\d))")


def _name_shaped(words: list[str]) -> bool:
    """Two or three plain capitalised words, the first shaped like a given name."""
    core = [w for w in words if w not in ("Jr.", "Sr.") and not (
        len(w) == 2 and w[1] == "." and w[0] in _ASCII_CAPITALS)]  # an initial: "F."
    if not 2 <= len(core) <= 3 + (len(core) < len(words)):
        return False
    first = core[0]
    if first in _NOT_GIVEN or (first.endswith(_NOT_GIVEN_SUFFIXES) and first not in _GIVEN_LIKE_ADJECTIVES
                               and first not in _LISTED_GIVEN_NAMES):  # "Jared", "Carly"
        return False
    for word in core:
        if (word in _NOT_IN_NAMES and not (word is first and word in _PLACES_GIVEN_AS_NAMES)) \
                or (word.isupper() and len(word) > 2):
            return False
    return True


# Countries that are common given names too, which may open a person's name ("Jordan Ashby").
# (Not Georgia, Paris, Israel: "Georgia Power", "Paris Match", "Israel Bonds" are no people.)
_PLACES_GIVEN_AS_NAMES = frozenset("Jordan Chad".split())


# Verbs and pronouns that a Title Case headline capitalises ("Relenza Is Effective, Say Doctors",
# "This Is It"): no personal name holds them. ("Will", "Can", "Do", "Said" and "Than" are names:
# Will Smith, Do Kwon, Edward Said, Than Shwe.)
_HEADLINE_WORDS = frozenset("""Is Are Was Were Be Been Has Have Had Does Did Say Says Speaks It Its This That
These Those They We You Our Your Their There Who What When Where Why""".split())
# Words of a type that no personal name contains.
_NOT_IN_NAMES = (DEMONYMS | _MONTHS_AND_DAYS | ORG_HEADS | PLACE_HEADS | _TITLES | KNOWN_PLACES
                 | _COMPASS | _HEADLINE_WORDS)


def _resolve(text: str, mentions: list[_Mention], acronyms: dict[str, str]) -> list[Entity]:
    """Give each name its strongest type and each mention its entity's canonical name."""
    best: dict[str, Rank] = {}
    multi_word: list[tuple[int, _Spelling]] = []  # the names of more than one word
    previous_end, previous_key, previous_rank = -1, "", _NO_RANK
    for start, end, spelling, rank in mentions:
        if " " in spelling.name:
            multi_word.append((start, spelling))
        if (spelling.place_listed and previous_key and _PLACE_CUED > previous_rank
                and text[previous_end:start] in (", ", ",\t")
                and text[end:end + 1] not in ("'", "’")):
            # "Orvik, Ukraine": a name followed by a comma and a listed place is a place.
            if _PLACE_CUED > best.get(previous_key, _NO_RANK):
                best[previous_key] = _PLACE_CUED
        key = spelling.key
        if rank > best.get(key, _NO_RANK):
            best[key] = rank
        previous_end, previous_key, previous_rank = end, key, rank
    people = _PeopleIndex(text)
    # An organisation's first word alone may stand for it ("Brannock" for "Brannock Foods"),
    # unless two organisations share it (see `_resolved`).
    short_forms: dict[str, str] = {}
    for start, spelling in multi_word:
        kind = best.get(spelling.key, _NO_RANK)[2]
        if kind == "person":
            people.add(start, spelling)
        elif kind == "organization":
            first = spelling.normed.split(" ", 1)[0]
            short_forms[first] = spelling.name if short_forms.get(first, spelling.name) == spelling.name else ""
    # What each spelling resolves to, worked out once: the full names it may stand for (the one
    # nearest each mention is taken), else its canonical name and type.
    resolved: dict[_Spelling, _Resolution] = {}
    honoured: set[_Spelling] = set()  # surnames written after "Mr.", "Mrs." somewhere
    # The mentions given a full name: their entity's index in `out`, start, spelling and the
    # index of the full name nearest before them.
    full_named: list[tuple[int, int, _Spelling, int]] = []
    out: list[Entity] = []
    for start, end, spelling, _ in mentions:
        found = resolved.get(spelling)
        if found is None:
            found = resolved[spelling] = _resolved(spelling, best, people, acronyms, short_forms)
        full_names, name, kind = found
        if full_names:
            starts, names = full_names
            # (the cheap test first: it runs for every mention given a full name)
            if text[start - 4:start] in _HONORIFIC_ENDS and _honorific_sex(text, start) \
                    or text[end:end + 1] == " " and _SAID_PRONOUN.match(text, end):
                honoured.add(spelling)
            nearest = max(bisect_left(starts, start) - 1, 0)
            if people.governed(starts[nearest]):
                nearest = people.salient(starts, names, nearest, spelling.normed)
            full_named.append((len(out), start, spelling, nearest))
            out.append(Entity(names[nearest], "person", start, end))
        elif kind:
            out.append(Entity(name, kind, start, end))
    if honoured:  # rare: mind the honorifics, "Mr. Varga" is no "Lena Varga"
        _honour(text, full_named, out, honoured, resolved)
    return out


def _honour(text: str, full_named: list[tuple[int, int, _Spelling, int]], out: list[Entity],
            honoured: set[_Spelling], resolved: dict) -> None:
    """Rename in `out` the entities of `full_named` mentions (see `_resolve`) of `honoured`
    surnames that `_fitting_honorific` gives another full name, or none (then the surname itself)."""
    known: dict[_Spelling, Optional[_Namesakes]] = {}
    followed = _after_honorifics(text)  # (one pass for all the surnames `_namesakes` asks about)
    for at, start, spelling, nearest in full_named:
        if spelling not in honoured:
            continue
        starts, names = resolved[spelling][0]
        if spelling not in known:
            known[spelling] = _namesakes(text, spelling.name, starts, names, followed)
        namesakes = known[spelling]
        if namesakes is None:
            continue
        index = _fitting_honorific(_told_sex_of_mention(text, start, out[at].end, namesakes.known[nearest]),
                                   start, starts, nearest, namesakes)
        name = names[index] if index is not None else spelling.name
        if name != out[at].name:
            out[at] = Entity(name, "person", start, out[at].end)


@dataclass
class _Namesakes:
    """What the words before the full names of one surname tell of their holders' sex: `known`
    ("m", "f" or "") for each full-name mention, and whether a bare surname names no one of them
    ("his wife, Lena Varga" and a "Mr. Varga": only the woman is named in full)."""

    known: list[str]
    bare_unnamed: bool


def _namesakes(text: str, surname: str, starts: list[int], names: list[str],
               followed: dict[str, list[int]]) -> Optional[_Namesakes]:
    """The `_Namesakes` of the full names of `surname`, or None when no holder's sex is known;
    `followed` is `_after_honorifics(text)`."""
    sex_of: dict[str, str] = {}
    for at, name in zip(starts, names):
        if not sex_of.get(name):
            words = text[max(0, at - 20):at].replace(",", " ").split()[-2:]
            sex_of[name] = next((_SEX_WORDS[w] for w in reversed(words) if w in _SEX_WORDS), "") \
                or given_name_sex(name)
    sexes = set(sex_of.values())
    if sexes == {""}:
        return None
    bare_unnamed = len(sexes) == 1 and any(
        text.startswith(surname, at) for at in followed[_OTHER_SEX[sexes.pop()]])
    return _Namesakes([sex_of[name] for name in names], bare_unnamed)


def _after_honorifics(text: str) -> dict[str, list[int]]:
    """Where a surname would stand after an honorific in `text` ("Mr. ", "Mrs ", "Miss "): the
    offsets just after each, by the sex the honorific tells."""
    after: dict[str, list[int]] = {"m": [], "f": []}
    for found in _HONORIFIC_AND_SPACE.finditer(text):
        after[_HONORIFIC_SEX[found.group().rstrip(". ")]].append(found.end())
    return after


# Given names worn, in English-language news, almost only by men or only by women: when the
# article tells nothing of a person's sex, the given name most often does ("Leslie" and "Jordan"
# serve both and are in neither list).
_MEN = frozenset("""Aaron Abdul Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Alexander Alexei Ali
Allen Alvin Andre Andres Andrew Andy Anthony Antonio Ariel Arnold Arthur Austin Barack Barry Bashar Ben
Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bryan
Byron Calvin Carl Carlos Carlton Chad Charles Chris Christopher Chuck Clarence Clark Clifford Clint Cody
Colin Conrad Cory Craig Curtis Dallas Damon Dan Daniel Danny Darrell Darren Dave David Dean Dennis Derek
Derrick Devin Dick Diego Dmitry Dominic Don Donald Doug Douglas Duane Dustin Dwayne Dwight Earl Ed Eddie
Edgar Eduardo Edward Edwin Ehud Elijah Elliot Emmanuel Enrique Eric Ernest Ethan Eugene Evan Felix Fernando
Fidel Francesco Francis Francisco Francois Frank Franklin Fred Gabriel Gary Gene Geoffrey George Gerald
Gerhard Gilbert Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregory Guy Hank Hans Harold Harry Harvey
Hassan Hector Helmut Henry Herbert Herman Hosni Howard Hugh Hugo Hunter Hussein Ian Ibrahim Igor Isaac Ivan
Jack Jacob Jacques Jake James Jared Jason Javier Jay Jeb Jeff Jeffrey Jeremy Jerry Jesse Jesus Jim Jimmy
Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Keith Ken Kenneth Kevin
Khalid Klaus Kofi Kurt Kyle Lance Larry Lawrence Lech Lee Leo Leon Leonard Lewis Lloyd Logan Louis Luca
Lucas Luis Luke Mahmoud Malcolm Manuel Marco Marcus Mario Mark Martin Marvin Matt Matthew Max Melvin
Michael Miguel Mike Mikhail Miles Milton Mitch Mitchell Mitt Mohammed Muammar Muhammad Mustafa Narendra
Nathan Nathaniel Neal Neil Nelson Nicholas Nick Nicolas Nigel Nikolai Noah Norman Oliver Omar Osama Oscar
Owen Pablo Patrick Paul Pedro Perry Peter Phil Philip Pierre Pietro Rafael Ralph Ramon Randy Raul Ray
Raymond Recep Reginald Reince Rex Ricardo Richard Rick Rob Robert Roberto Rodney Roger Romano Ron Ronald
Roy Rudy Russell Ryan Saddam Sam Samuel Scott Sean Sergei Sergio Seth Shane Shimon Shinzo Silvio Simon
Slobodan Stanley Stefan Stephen Steve Steven Stuart Ted Theodore Thomas Tim Timothy Todd Tom Tony Travis
Trevor Troy Tyler Vaclav Victor Viktor Vincent Vladimir Walter Warren Wayne Wesley William Wolfgang Xi
Yasser Yitzhak Yuri Yusuf Zachary""".split())
_WOMEN = frozenset("""Abigail Adriana Aisha Alexandra Alice Alicia Alison Allison Alyssa Amanda Amber
Amelia Amy Ana Anastasia Andrea Angela Angelina Anita Ann Anna Anne Annie Ashley Audrey Barbara Beatrice
Becky Benazir Beth Betsy Betty Beverly Bonnie Brenda Brigitte Brittany Brooke Camila Carly Carmen Carol
Caroline Carolyn Carrie Cassandra Catherine Charlotte Chelsea Cheryl Chiara Christina Christine Cindy
Claire Claudia Colleen Condoleezza Connie Courtney Crystal Cynthia Daisy Danielle Dawn Debbie Deborah
Denise Diana Diane Dianne Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elise Eliza
Elizabeth Ella Ellen Emily Emma Erica Erin Esther Eva Evelyn Fatima Felicia Fiona Florence Frances
Francesca Gabriela Gabrielle Gail Gennifer Gillian Gina Giulia Gloria Golda Grace Greta Gwen Hannah Harriet
Hazel Heather Heidi Helen Hillary Holly Huma Indira Ingrid Irene Irina Isabel Isabella Isabelle Ivana
Ivanka Jacinda Jacqueline Jane Janet Janice Jasmine Jeanne Jenna Jennifer Jenny Jessica Jill Joan Joanne
Jocelyn Josephine Joyce Judith Judy Julia Julie Juliet Kamala Kara Karen Kate Katherine Kathleen Kathy
Katie Katrina Kayla Kelly Kellyanne Kristen Kristin Kylie Laura Lauren Leah Leila Lillian Lily Linda
Lindsay Lisa Loretta Lori Lorraine Louise Lucy Lydia Lynn Madeleine Madeline Madison Marcia Margaret Margot
Maria Marie Marilyn Marine Marjorie Marta Martha Mary Maureen Maxine Megan Meghan Megyn Melania Melanie
Melissa Mette Mia Michelle Miranda Molly Monica Nadia Nancy Naomi Natalia Natalie Natasha Nicola Nicole
Nikki Nina Nora Norma Olga Olivia Paige Pamela Patricia Paula Pauline Peggy Penelope Phyllis Priscilla
Rachel Rebecca Rita Roberta Rosa Rose Rosemary Roxanne Ruth Sabine Sabrina Sally Samantha Sandra Sara Sarah
Savannah Segolene Sharon Sheila Shirley Silvia Sofia Sonia Sophia Sophie Stacy Stephanie Sue Susan Suzanne
Svetlana Sylvia Sylvie Tamara Tammy Tanya Tara Tatiana Teresa Theresa Tiffany Tina Ursula Valerie Vanessa
Vera Veronica Victoria Virginia Vivian Wendy Yasmin Yolanda Yulia Yvonne Zoe""".split())
_LISTED_GIVEN_NAMES = _MEN | _WOMEN  # a given name of either list: one look-up, not two


def given_name_sex(name: str) -> str:
    """ "m" or "f" as a person's given name most often tells it, else ""."""
    first = name.split(None, 1)[0] if name else ""
    return "m" if first in _MEN else "f" if first in _WOMEN else ""


def noun_sex(noun: str) -> str:
    """ "m" or "f" as a noun for a person tells it ("spokeswoman", "man", "father"), else ""."""
    return _SEX_WORDS.get(noun) or _SEX_OF_PEOPLE.get(noun, "")


_SEX_OF_PEOPLE = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "widower": "m", "nephew": "m", "niece": "f",
                  "grandfather": "m", "grandmother": "f", "uncle": "m", "aunt": "f"}


def told_sex(text: str, starts: list[int]) -> str:
    """A person's sex, "m" or "f", as the word just before the mentions starting at `starts`
    tells it ("Mrs. Varga", "spokesman Ivo Dal", "one of his sisters, Lena"); "" when they tell
    nothing or disagree."""
    told = ""
    for start in starts:
        before = text[max(0, start - 20):start].rstrip(" ,")
        word = before.rsplit(None, 1)[-1] if before else ""
        sex = _SEX_WORDS.get(word) or (_SEX_WORDS.get(word[:-1], "") if word[-1:] == "s" else "")
        if sex and told and sex != told:
            return ""
        told = sex or told
    return told


def _fitting_honorific(wanted: str, start: int, starts: list[int], index: int,
                       namesakes: _Namesakes) -> Optional[int]:
    """Which full name of people sharing a surname a mention at `start` stands for, given the
    nearest before it (`index`). A "Mr. Varga" or "Mrs. Varga" stands for the last one named
    before it whose own mentions fit the honorific ("his wife, Lena Varga" is no "Mr. Varga"),
    else the nearest before it if its sex is untold (a reader meets no one else by then: "Harlan
    Dorsett ... Mr. Dorsett ... his son, Peter Dorsett"), else the first after it that fits;
    failing that, the last before it not known to be of the other sex; failing any, for none of
    them (None). A bare "Varga", for the nearest, unless
    `namesakes.bare_unnamed`. `wanted` is the sex the mention is told ("m", "f" or "", see
    `_told_sex_of_mention`); "Varga said he" is told as "Mr. Varga" is."""
    if not wanted:
        return None if namesakes.bare_unnamed else index
    known = namesakes.known
    if known[index] == wanted or (not known[index] and wanted not in known):
        return index  # the nearest fits, or no one fits better
    fitting = [i for i, sex in enumerate(known) if sex == wanted]
    if not known[index] and starts[index] < start and not any(starts[i] < start for i in fitting):
        return index
    fitting = fitting or [i for i, sex in enumerate(known) if not sex]  # not known to be of the other sex
    if not fitting:
        return None
    before = [i for i in fitting if starts[i] < start]
    return before[-1] if before else fitting[0]


def _told_sex_of_mention(text: str, start: int, end: int, nearest_sex: str) -> str:
    """The sex the words around a surname at [start, end) tell: an honorific before it ("Mrs.
    Hensley"), or a pronoun right after its verb of saying, which stands for it ("Hensley said he
    has voted"); else "". A pronoun tells less than an honorific: it counts only against the
    nearest namesake known to be of the other sex (`nearest_sex`; "La Toya Jackson ... Ms Jackson
    said she" is La Toya still, whose sex no word told)."""
    if text[start - 4:start] in _HONORIFIC_ENDS:
        sex = _honorific_sex(text, start)
        if sex:
            return sex
    said = _SAID_PRONOUN.match(text, end)
    if not said or nearest_sex != _OTHER_SEX[PRONOUN_SEX[said.group(1)]] or _DIED.search(text):
        # (an obituary's survivors speak of the dead: "Ruth Keller, 88, died Sunday. Her son,
        # Dale Keller, said she taught ... Keller said she never missed a service")
        return ""
    # ... unless the other sex is the object of what is said: in "Norrby said she taught him
    # everything" the son speaks of his mother
    stop = text.find(".", said.end())
    sex = PRONOUN_SEX[said.group(1)]
    if _OBJECT_PRONOUN[sex].search(text, said.end(), stop if stop >= 0 else len(text)):
        return ""
    return sex


_DIED = re.compile(r"\b(?:died|dies|was killed|were killed|passed away|obituary|funeral|survived by)\b")
# A verb of saying and the pronoun that opens what is said: "Hensley said he", "Hensley told
# reporters that she".
_SAID_PRONOUN = re.compile(r"[ \t]+(?:said|says|added|adds|told[ \t]+[a-z]+|insisted|acknowledged|admitted)"
                           r"[ \t]+(?:that[ \t]+)?(he|she)\b")
PRONOUN_SEX = {"he": "m", "she": "f"}
# The object pronoun of the other sex than the one a subject pronoun tells.
_OBJECT_PRONOUN = {"m": re.compile(r"\bher\b"), "f": re.compile(r"\bhim\b")}


def _honorific_sex(text: str, start: int) -> str:
    """ "m" after "Mr.", "f" after "Mrs.", "Ms." or "Miss", else ""; for a name at `start`."""
    found = _HONORIFIC_BEFORE.search(text, start - 6 if start > 6 else 0, start)
    return _HONORIFIC_SEX[found.group(1)] if found else ""


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]$")
# A preposition, and any title or article after it, right before a name: the name is an object.
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:of|by|with|for|to|from|against|about|under|than)[ \t]+"
                                    r"(?:(?:the|late|former|then|[A-Z][\w.]*)[ \t]+){0,3}$")
# How a full name is governed (`_PeopleIndex.governor`): by nothing, a preposition, or a
# preposition and a kin noun.
Governor = Literal["", "preposition", "kin"]
# A relative after a preposition and a kin noun, an object too: "for his wife, Hillary Clinton".
_KIN_AFTER_PREPOSITION = re.compile(r"\b(?:of|by|with|for|to|from|against|about|under|than)[ \t]+(?i:his|her|their)"
                                    rf"[ \t]+(?:late[ \t]+|older[ \t]+|younger[ \t]+)?(?:{'|'.join(sorted(KIN_WORDS))}),?"
                                    r"[ \t]+(?:(?:the|late|former|then|[A-Z][\w.]*)[ \t]+){0,3}$")
_HONORIFIC_SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
# How the four characters before a name end after an honorific: a cheap test before the regex.
_HONORIFIC_ENDS = frozenset(("Mr. ", "rs. ", "Ms. ", " Mr ", "Mrs ", " Ms ", "iss "))
# An honorific as written before a surname, and the space after it: "Mr. ", "Mr ", "Mrs. ",
# "Mrs ", "Ms. ", "Ms ", "Miss ". (The "M" first: the regex engine skips to each at C speed.)
_HONORIFIC_AND_SPACE = re.compile(r"M(?:rs?\.? |s\.? |iss )")
_OTHER_SEX = {"m": "f", "f": "m"}
_SEX_WORDS = {**dict.fromkeys("""Mr. Mr husband son father brother King Prince Sir Lord
congressman Congressman chairman Chairman spokesman Spokesman businessman""".split(), "m"),
              **dict.fromkeys("""Mrs. Mrs Ms. Ms Miss wife daughter mother sister widow lady Lady
Queen Princess Dame congresswoman Congresswoman chairwoman Chairwoman spokeswoman Spokeswoman
businesswoman""".split(), "f")}


def _resolved(spelling: _Spelling, best: dict[str, Rank], people: _PeopleIndex,
              acronyms: dict[str, str], short_forms: dict[str, str]
              ) -> _Resolution:
    """For `_resolve`: the full names a one-word name may stand for, or None; else the
    spelling's canonical name and type (no type: no entity)."""
    strength, _, kind = best.get(spelling.key, _NO_RANK)
    if " " not in spelling.name and not (kind == "place" and strength >= _LISTED):
        full_names = people.full_names(spelling.normed)
        if full_names:
            return full_names, "", ""
        organisation = short_forms.get(spelling.normed)
        if organisation and kind == "person" and strength < _TITLE:
            # "Brannock said", after "Brannock Foods": the speech cue made a person of what the
            # article names in full as an organisation. (A word with no type, or an
            # organisation of its own, "DNC" beside "DNC Rules Committee", keeps its own.)
            return None, organisation, "organization"
    name, key = spelling.name, spelling.key
    if name in acronyms:
        name = acronyms[name]
        key = _merge_key(name)
        kind = best.get(key, (0, 0, kind))[2] or kind
    return None, _canonical(name, key, kind) if kind else "", kind


_NO_RANK: Rank = (0, 0, "")  # compare with ==, not `is`: compiled (setup.py), ranks are unboxed and re-made
# A cue's rank by its type and strength, made once: (strength, type order, type).
_RANKS = {kind: [(strength, order, kind) for strength in range(_TITLE + 1)]
          for kind, order in _TYPE_ORDER.items()}
# The words of one-word names that `_Spelling._ranked` gives a cue.
_LISTED_ORG_NAMES = KNOWN_ORGS | frozenset(_ORG_ALIASES)
_HEAD_WORDS = ORG_HEADS | PLACE_HEADS
# The ranks of the cues of a name's words and of those around a mention.
_PLACE_LISTED = _RANKS["place"][_LISTED]
_PLACE_HEAD = _RANKS["place"][_HEAD]
_ORG_HEAD = _RANKS["organization"][_HEAD]
_PERSON_SHAPED = _RANKS["person"][_SHAPE]
_PERSON_TITLED = _RANKS["person"][_TITLE]
_PERSON_SPEECH = _RANKS["person"][_SPEECH]
_ORG_LISTED = _RANKS["organization"][_LISTED]
_ORG_OUTLET = _RANKS["organization"][_OUTLET]
_PLACE_CUED = _RANKS["place"][_CUE]


class _PeopleIndex:
    """Full names of people by surname and by first name (family name first in East Asia),
    each with the offsets where it was written out, in document order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_last: dict[str, tuple[list[int], list[str]]] = {}
        self.by_first: dict[str, tuple[list[int], list[str]]] = {}
        self._governors: dict[int, Governor] = {}  # `governor`, worked out so far
        self._first_name_alone: dict[str, bool] = {}  # `called_by_first_name`, worked out so far

    def add(self, start: int, person: _Spelling) -> None:
        """A person's full name `person`, written out at `start`."""
        parts = [p for p in person.normed.split() if p not in ("Jr.", "Sr.")]
        for index, word in ((self.by_last, parts[-1]), (self.by_first, parts[0])):
            starts, names = index.setdefault(word, ([], []))
            starts.append(start)
            names.append(person.name)

    def salient(self, starts: list[int], names: list[str], nearest: int, word: str) -> int:
        """Of the namesakes written before a surname, the one it stands for when the nearest
        (`nearest`) was written after a preposition: the first one named, the article's subject,
        unless an object too ("Tomas Varga, younger brother of President Anton Varga ... Varga
        declared"; "Varga said ... a photo of Lena Varga ... Varga said"; "campaigned for his wife,
        Lena Varga ... Varga said": Tomas, each time). News names a relative of its subject in
        full, and the subject by surname alone. Unless the other was named after a kin noun, and
        the text calls the first one by the first name alone, twice or more, as news calls a child,
        and never by the surname alone before the other was named: then the surname is the
        other's ("Elian Gonzalez ... a trip by his
        father, Juan Miguel Gonzalez ... Gonzalez said ... Elian's relatives ... Elian"). (A
        relative named as a subject, "Her husband, Jose Lopez, was arrested", may be the one the
        story goes on with: the nearest, as for any namesake.) `word` is the one-word mention: a
        first name itself ("Michael") is no surname, and the exception is not asked."""
        if self.governed(starts[0]):
            return nearest
        if word == surname_of(names[0]) and self.governor(starts[nearest]) == "kin" \
                and self.called_by_first_name(names[0]) and not self._surname_alone_between(
                names[0], starts[0], starts[nearest]):
            return nearest
        return 0

    def _surname_alone_between(self, name: str, start: int, end: int) -> bool:
        """Whether the surname of `name` stands alone (no capitalised word before it) between the
        full name written at `start` and `end`."""
        surname = surname_of(name)
        at = self.text.find(surname, start + len(name), end)
        while at >= 0:
            before = self.text[max(0, at - 20):at].split()
            if not self.text[at + len(surname):at + len(surname) + 1].isalpha() and not (
                    before and self.text[at - 1:at].isspace() and before[-1][:1].isupper()):
                return True
            at = self.text.find(surname, at + 1, end)
        return False

    def called_by_first_name(self, name: str) -> bool:
        """Whether the text writes the first name of `name` alone twice or more: not before
        another capitalised word ("John Adams", "Hillary! Hillary!" once), never a month's or a
        day's name ("April Ryan ... in April"), and one that is also a common word not where a
        sentence opens ("Will voters ...?")."""
        alone = self._first_name_alone.get(name)
        if alone is None:
            first = name.split(" ", 1)[0]
            count = 0
            if first not in _MONTHS_AND_DAYS:
                word = first in _GIVEN_NAMES_AS_WORDS
                for m in re.finditer(rf"\b{re.escape(first)}\b(?![ \t]*[A-Z])", self.text):
                    opening = self.text[max(0, m.start() - 3):m.start()].rstrip(" \t\"“")
                    if not word or (opening and opening[-1] not in ".!?\n"):
                        count += 1
                        if count == 2:
                            break
            alone = self._first_name_alone[name] = count == 2
        return alone

    def governed(self, start: int) -> bool:
        """Whether the full name written out at `start` is governed by a preposition ("brother
        of President Anton Varga", "led by Anton Varga", "for his wife, Lena Varga")."""
        return self.governor(start) != ""

    def governor(self, start: int) -> Governor:
        """What governs the full name written out at `start`: "kin" after a preposition and a kin
        noun ("for his wife, Lena Varga"), "preposition" after another ("led by Anton Varga"), else
        "". Only the full names a surname is taken for are asked, a few per article: each is
        searched for when first asked, not when added."""
        governor = self._governors.get(start)
        if governor is None:
            window = max(0, start - 40)
            governor = self._governors[start] = (
                "kin" if _KIN_AFTER_PREPOSITION.search(self.text, window, start)
                else "preposition" if _OBJECT_OF_PREPOSITION.search(self.text, window, start) else "")
        return governor

    def full_names(self, word: str) -> Optional[tuple[list[int], list[str]]]:
        """The full names a one-word mention `word` may stand for, with where each was written:
        a mention stands for the one last written before it, else the first one after it."""
        for index in (self.by_last, self.by_first):
            if word in index:
                return index[word]
        return None


# Given names that are words too, which open sentences as words ("Will voters ...?", "Hope fades").
_GIVEN_NAMES_AS_WORDS = frozenset("""Will May Hope Mark Bill Art Don Sue Pat Rob Grant Chase Faith
Grace Joy Bob Rich Sunny Frank Drew Cliff Dean""".split())


def surname_of(name: str) -> str:
    """The last word of a person's name that is no suffix: "Kane" of "Robert Kane Jr."."""
    words = [w for w in name.split() if w not in ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV")]
    return words[-1] if words else name


def _merge_key(name: str) -> str:
    return _merge_normed(_norm(name))


def _merge_normed(name: str) -> str:
    """`_merge_key` of a name whose apostrophes are plain already."""
    name = _PLACE_ALIASES.get(name, name)
    head, _, last = name.rpartition(" ")
    return head if head and last in _ADMIN_SUFFIXES else name


def _canonical(name: str, key: str, kind: str) -> str:
    """The name an entity goes by; `key` is the name's `_merge_key`."""
    if kind == "place":
        return key
    if kind == "organization":
        name = _ORG_ALIASES.get(name, name)
        if name.startswith("The "):
            name = name[4:]
    return name
