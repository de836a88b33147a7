"""Direct quotations and who said them.

Quotation marks are paired in one pass. Curly marks say which way they face; a straight mark's
direction is read from its neighbours (a space before and a letter after opens). A quotation does
not run past its paragraph unless the next paragraph opens with a mark (the news convention for
a quote that goes on), and a mark left open at a paragraph's end is given up so that the marks
after it pair afresh: one stray mark never costs the rest of the article.

The speaker comes from the speech cue around the quotation, tried in this order:
1. a name after a dash, with no verb (“...” ― Pia Sorensen);
2. after it, when the quotation is set off by a comma ("...," Reyes said / ," said Ana Ruiz);
3. before it in its sentence: the nearest cue and the subject before it (He wrote, "..." /
   Kroll described it as a "..." / according to X), or the name after an inverted "said".
   A sentence opening with a participle's clause ("After saying ... “...,” Ana Ruiz left") is
   spoken by the subject after that clause;
4. after it, as a sentence-final attribution (..., the ministry said);
5. for a full quotation with no cue of its own, or quoted words opening a sentence, the speaker
   of the sentence just before it.
Words in marks that look like a title ("Morning Report") are not given a speaker.
A pronoun subject is resolved to the person (for "they" also the organisation) last named as the
subject of a preceding sentence, failing that ("he", "she", "they") to the speaker of the quote
just before, in the same or the previous sentence; an entity is named by its canonical name;
"the ROLE" stands for the person named with it earlier ("press secretary Ana Ruiz", "Ana Ruiz,
the press secretary"), else for itself ("the Kremlin press secretary"). Otherwise the speaker is
None.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Literal, Optional, Union

from ..days import WEEKDAY_ALTERNATION
from ..model import Entity, Quote, QuoteKind, Span
from .entities import (BACK_VERBS, HONORIFICS, KIN_WORDS, NAME_BEFORE_NICKNAME, NICKNAME, PRONOUN_SEX,
                       given_name_sex, noun_sex, surname_of, told_sex)

# Double quotation marks. (str.find skips to each of them ten times faster than a regex scans
# for them.)
_MARKS = ('"', "“", "”")
_ALNUM = re.compile(r"[^\W_]")
# A line's words, trimmed of the spaces around them ("\s" but the newline inside a line's class).
_PARAGRAPH = re.compile(r"[^\s](?:[^\n]*[^\s])?")
# Characters after which a straight mark opens, and before which it closes.
_OPEN_SIDE = frozenset("([{—–-/\n\t ")
_CLOSE_SIDE = frozenset(".,;:!?)]}—–-\n\t ")

# Verbs (entities' BACK_VERBS) that speak only with "back" and what it says next: "fired back that
# ...", ",\" she hit back." (not "was shot", "pushed back the launch", "fired back at the gunman").
_BACK = re.compile(r"[ \t]+back(?=[ \t]*[,.:\"“”]|[ \t]+that\b)")
# Cue nouns, speech acts: "she sent her greetings to “a brave people”"; "Ana Ruiz's claim that
# ..." names its speaker before the possessive.
CUE_NOUNS = frozenset("""greetings message letter remarks speech interview tweet testimony comments
statement claim claims words""".split())
# Speech cues: verbs, the cue nouns, "according (to)", "per" and "put (it)".
CUE_WORDS = frozenset("""say says said saying tell tells told telling writes wrote writing written
adds added adding declares declared declaring stated stating announces announced announcing
describes described describing expresses expressed expressing wished wishing hoped hoping warns
warned warning urges urged urging insists insisted insisting noted noting asks asked asking
replies replied replying called calling refers referred referring concludes concluded concluding
reported reporting tweeted tweeting posted argues argued arguing claimed claiming explains
explained explaining vowed vowing promised promising pledged pledging acknowledged acknowledging
admits admitted admitting suggests suggested suggesting stressed stressing emphasized emphasised
emphasizing emphasising recalled recalling responded responding testified testifying complained
complaining joked quipped conceded conceding labeled labelled labeling labelling dubbed branded
branding praised praising criticized criticised criticizing criticising accused accusing
predicted predicting boasted lamented countered cautioned remarked shouted yelled wondered mused
thanked denounced condemned hailed blasted slammed decried proclaimed asserted asserts maintained
contended reiterated affirmed quoted quoting read reads demanded demands chanted chanting call
calls likened likening continued answered retorted exclaimed pleaded objected reports states
claims notes contends maintains acknowledges concedes recalls predicts denies denied promises
pledges threatened threatens lauded lauding dismissed dismissing exhorted referenced cited citing
complains blasts slams touted touts touting bragged mocked mocking derided ridiculed attacked
attacking labels dubs characterized characterizes characterizing deemed termed rated questioned
confirmed confirms revealed disclosed alleged alleges alleging indicated signaled proclaims
recounted repeated echoed mentioned observed commented tweets opined compared comparing agreed
agrees encouraged encouraging encourages defended defending chided scolded sings sang singing according per
put jokes joking quips defines summed summarized summarised scoffed reminded reminding reminds captioned
interrupted
""".split()) | CUE_NOUNS | BACK_VERBS
# Cues that take the speaker after them as a phrase: "according to a report", ", per the bylaws".
_PHRASE_CUES = frozenset(("according to", "per", "in the words of"))
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|[Ww]e)(?:[ \t]+(?:also|then|once|just|[a-z]+ly))?[ \t]+$")
_THAT_WORD = re.compile(r"\bthat\b")
_SET_OFF_CONTENT = re.compile(r"(?:[ \t]+[a-z]+){0,3}[ \t]*(?:,|:|—|–|--)[ \t]*[\"“]")
_IN_THE_BEFORE = re.compile(r"\b[Ii]n[ \t]+the[ \t]+$")
# Cues after a quote that name who reported it, not who said it, when a speaker before it said it.
_REPORTING_CUES = frozenset(("according to", "per", "reported", "reports", "reporting"))
# Candidates that speak only right before their cue.
_PLAIN_SUBJECTS = frozenset(("place", "document"))
PRONOUNS = {"he": ("person",), "she": ("person",), "they": ("person", "organization"),
            "it": ("organization",)}
# "it read(s)" stands for a writing just named: a sign's words are nobody's, a statement's its
# maker's; a writing someone issued (not one they received) is theirs.
_READS_AFTER = re.compile(r"[ \t]+reads?\b")
_WRITING_BEFORE = re.compile(r"\b(?:issued|sent|posted|published|wrote|released|put[ \t]+out|shared|tweeted)[ \t]+"
                             r"(?:a|an|the|his|her|its|their)[ \t]+(?:[a-z-]+[ \t]+)?"
                             r"(?:statement|message|letter|note|post|tweet|e-?mail|memo|release|notice)\b")
_WRITING_REACH = 250
# Unnamed speakers: "the ministry press secretary", "a senior official", "the ministry".
ROLE_NOUNS = frozenset("""spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen
secretary minister official officials officer officers adviser advisers advisor advisors aide
aides director chief president leader leaders ambassador envoy diplomat diplomats commander
governor senator lawmaker lawmakers legislator legislators representative representatives chairman chairwoman
analyst analysts expert experts source sources ministry agency government authorities police
campaign military prosecutor prosecutors judge witness witnesses resident residents critics
supporters activists observers investigators researchers scientists economists mayor premier
chancellor administration regime embassy office committee council court board nominee candidate
businessman businesswoman executive founder lawyer attorney doctor physician professor
historian strategist pollster consultant journalist reporter columnist editor writer author actor
commentator commentators correspondent correspondents contributor contributors pundit pundits producer
singer coach veteran congressman congresswoman congressmen congresswomen commissioner sheriff
moderator host anchor narrator protesters demonstrators organizers voters father mother family commission
panel union association group staff coroner examiner inspector detective superintendent captain sergeant
lieutenant colonel constable trooper firefighter firefighters nurse nurses surgeon teacher teachers student
students manager owner negotiator negotiators mediator economist scientist researcher activist critic
supporter observer investigator neighbour neighbours neighbor neighbors relative relatives fans mourners
crowd crowds onlookers spectators followers worshippers pilgrims staffer staffers assemblyman assemblywoman
supervisor councilman councilwoman delegate donor donors bundler bundlers fundraiser fundraisers operative
operatives insider insiders ally allies surrogate surrogates volunteer volunteers attendee attendees voter""".split())
# Writings that speak ("the memo states", "a new ad says"), but only as the plain subject right
# before their cue: elsewhere they are mostly objects ("mocked the complaint, saying ...").
DOCUMENT_NOUNS = frozenset("""article report memo brief complaint lawsuit filing clip ad ads website
document study poll survey editorial bylaws""".split())
# Words that may qualify a role before it.
ROLE_MODIFIERS = frozenset("""press foreign defense defence senior top deputy military government
state former national security campaign party health finance interior justice prime vice
executive communications public local federal regional intelligence presidential assistant chief
news administration white house education trade economy transport energy environment agriculture
labor labour police army navy air force ministry department junior unnamed anonymous general other two
three several many some leadership congressional legislative committee political policy transition
""".split())
# The words a quote's subject may not follow: the name is then an object, not the speaker.
_PREPOSITIONS = frozenset("""to with for from of about against at on in into than between among
like including involving via over under toward towards upon within without behind beside
besides near across through alongside amid despite per onto around outside inside along beyond
throughout past""".split())
# Words that end a speaker's title: "said on Monday that Ana Ruiz ..." names no speaker.
_NOT_IN_TITLES = frozenset("""that which who whom when while after before as if because and but
or than then also""".split()) | _PREPOSITIONS
# Cues that may stand before their subject after a clause: "The virus spreads fast, said Ana Ruiz".
_INVERTED_CUES = frozenset("said says added adds wrote writes".split())
# Cue verbs that are also plural nouns: after a determiner ("the states", "their demands") no cue.
_VERB_OR_NOUN = frozenset("states reports notes calls reads demands promises pledges recalls".split())
# Counts that may stand before an unnamed speaker after its cue ("said one senior official").
_COUNTS = frozenset("one another two three several".split())
# A word of a title before a name: "Rep.", "9/11", "co-founder"; not "Monday," nor "(D)".
_TITLE_WORD = re.compile(r"[\w./’'-]+")
_DETERMINERS = frozenset("the a an his her their its our this that these those".split())
# Words that count a plural noun ("several states", "two reports"), and "united" ("the united
# states" of lower-cased text). (Not "both", "all", "more": "the union once more demands".)
_COUNTING = frozenset("""several many some other most few two three four five six seven eight nine ten dozen
dozens hundreds thousands united""".split())
# Titles that stand before a name outside it: "Dr Bo Hagen" is named "Bo Hagen".
_TITLES_BEFORE_NAMES = frozenset("""dr dr. mr mr. mrs mrs. ms ms. miss prof prof. sir dame lord lady
president judge senator sen. rep. gov. gen. rev. mayor""".split())
# Lower-case title words between a role and a name: "board chair Lene Marr", "agency head Bo Hagen".
TITLE_NOUNS = frozenset("""chair chairperson co-chair manager treasurer head member coordinator
organizer organiser captain trustee owner""".split())
# Lower-case words that end in a title suffix ("-ist") but are verbs.
_VERBS_LIKE_TITLES = frozenset("insist insists assist assists resist resists exist exists persist "
                               "persists consist consists".split())
_COORDINATION = re.compile(r"\b(?:and|but|or|then)\b|;")
# A clause's own plain subject after a comma: "..., a string of former guerrillas called".
_OWN_SUBJECT = re.compile(r"[ \t]*(?:the|a|an|some|many|several|hundreds|thousands|dozens)[ \t]+[a-z]",
                          re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r",[ \t]+(?:who|which|whose)\b")
# A relative clause set off by commas that ends right before a verb, after words of their own.
_CLOSING_RELATIVE = re.compile(r"(?<=[^\s,])[ \t]*,[ \t]+(?:who|which|whose)\b[^,;:“”\"\n]*,[ \t]*$")
# The same after a short apposition: ", a Republican who has endorsed Barlow,".
_APPOSITION_THEN_RELATIVE = re.compile(r",[ \t]+(?:an?|the)[ \t]+[^,;:.“”\"\n]{1,60}?[ \t](?:who|which|whose)\b")
# What links a participle to its sentence's subject: a comma or a subordinator ("while chanting").
_ING_LINK = re.compile(r"(?:,|\b(?:while|when|as|after|before|by|without))\s*$")
_SET_OFF = re.compile(r"[\s,—–-]*")
# Between a statement and who issued it: "a statement from (the) ...", "a letter by ..."
_ISSUED_BY = re.compile(r"[ \t]+(?:from|by|of)[ \t]+")
# Between a role and the one it serves, titles aside: "spokesman for (President) Ana Ruiz".
_ROLE_OF = re.compile(r"[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.]*[ \t]+){0,2}")
# "of the Port Authority", "from Velmar University": where a speaker works, no verb nor clause in it.
_AFFILIATION = re.compile(r"[ \t]+(?:of|from|at)[ \t]+[^,;:()\"“”\n]{2,80}?[ \t]+")
_ADJACENT = re.compile(r"[ \t]+(?:\w+ly[ \t]+)?")
_TITLE_GAP = re.compile(r"(?:[ \t]+[A-Z][\w.]*)*[ \t]+")
_SUBORDINATE = re.compile(r"\b(?:when|because|after|before|as|while|if|that|which|who|whom|"
                         r"where|and|but|since|until|although|though)\b")
# (the dash may open the next line: a reader's words, then "― Tamika Hollins, 34, Port Alder")
_DASH = re.compile(r"(?:[ \t]*\n){0,2}[ \t]*[―—–]+[ \t]*")
_NAME_AFTER_DASH = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.'’-]*(?=[ \t]*(?:[,.(]|$))",
                              re.M)
_ARTICLE = re.compile(r"(?:An?|One|The)[ \t]+")
_CLAUSE_END = re.compile(r"[,.;:\"“”(]")
_SMALL_WORDS = frozenset("a an the and of in on at to for or with from by".split())
_ACCORDING_TO = re.compile(r"[ \t]+to\b")
# Between a possessor and its cue noun: "'s ", "’s earlier ", "s' ".
_POSSESSIVE = re.compile(r"['’]s?(?:[ \t]+[a-z]+)?[ \t]+")
_AFTER_COMMA = re.compile(r",[\"”]?[ \t]$")
# After a parenthetical cue: the clause or sentence ends ("she said," / "she said on Monday.").
_CLAUSE_CLOSE = re.compile(r"(?:[ \t]+(?:on|last|this)[ \t]+\w+)?[ \t]*(?:[,.;]|$)")
# What stands before the name of a show, a work or an event: a preposition ("on the", "at a",
# "broadcast of"), a possessive ("MSNBC's", "his").
_VENUE = re.compile(r"(?:\b(?:on|at|in|to|for|from|during|into|onto|of)[ \t]+"
                    r"(?:(?:the|a|an)[ \t]+)?"
                    r"|\b(?:his|her|their|its|our|my)[ \t]+|[A-Z][\w.&-]*['’]s?[ \t]+)$")
# Nouns of a work and verbs of its naming, right before the marks: the words in them are its title.
_WORK_WORDS = frozenset("""film movie book song album single show play documentary series novel poem
programme program opera musical painting exhibition titled entitled blockbuster comedy thriller
sitcom drama course video""".split())
# "show" and "play" as verbs, after a plural subject: "the attacks show “...”", "polls show".
_VERB_AFTER_PLURAL = re.compile(r"\b(?!(?:news|its|his|this|was|is|has)\b)[a-z]{2,}s[ \t]+(?:show|play)[ \t]*$")
# Nouns after which a name in marks is set off ("its ballot title, “...”").
_NAMING_NOUNS = frozenset("title titles headline".split())
_SAYING = "said|says|argued|argues|insisted|insists|noted|added|adds|claimed|claims"
# A work's noun as the subject of a clause someone reports: "said the program “simply puts ...”".
_SAID_THE_WORK = re.compile(rf"\b(?:{_SAYING})[ \t]+(?:that[ \t]+)?(?:the|this|its|his|her|their)[ \t]+[a-z]+[ \t]*$")
# ... unless the clause goes on to speak of the work: "said the song “drivers license” was about".
_VERB_AFTER_TITLE = re.compile(r"[ \t]+(?:is|was|are|were|has|had|became|becomes|topped|tops|debuted|won|wins)\b")
# A verb of saying or being before a label in marks: "Trump said the “Fake News” report", "the deal
# was a “Total Disaster” agreement": the speaker's own coinage, which is a quote.
_SAID_OR_IS_BEFORE = re.compile(rf"\b(?:{_SAYING}|called|calls|is|was|are|were)[ \t]+(?:that[ \t]+)?"
                                r"(?:the|a|an|this|his|her|their|its)[ \t]+$")
# The things a name in marks may stand before: "the “Waters of the United States” rule".
_TITLED_THING_AFTER = re.compile(r"[ \t]+(?:rule|rules|act|law|bill|plan|program|programme|initiative|policy"
                                r"|doctrine|pact|agreement|accord|treaty|slogan|motto|campaign|movement|tour"
                                r"|summit|forum|award|prize|strategy|proposal|amendment|measure|report|study)\b")
# Nouns of works whose titles, set off after them, are no quotes, but which a speaker may also be
# quoted on or by ("said on the podcast “...”", “...,” the podcast host said): only a title counts.
_TITLED_WORK_WORDS = frozenset("""memoir memoirs biography autobiography anthem hymn essay podcast motto jingle ad
advertisement commercial""".split())
# Things a name in marks right before them names: the “Iron Curtain” speech, “Spring of Life” rallies.
_NAMED_THING_AFTER = re.compile(r"[ \t]+([a-z]+)")
_NAMED_THINGS = frozenset("""speech speeches campaign campaigns demonstration demonstrations rally rallies
protest protests marches program programs programme programmes operation policy doctrine initiative
movement strategy summit tour law bill slogan site website award prize festival concert conference
ceremony series""".split())  # (no noun that is also a verb: "march", "show", "act", "plan")
# A writing and its author before the words it holds: "a letter signed by", "a note written by".
_AUTHORED_BY = re.compile(r"\b(?:letter|statement|note|message|e-?mail|memo|petition|appeal|testament|will)"
                          r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:signed|written|sent|issued|penned)[ \t]+by[ \t]+$")
_LEAD_IN_END = re.compile(r"[\s:,—–-]*")
# A writing named with its author, which "the letter said" points back to: "a letter from", "a
# note signed by"; and how far back (about two sentences).
_WRITING_BY = re.compile(r"[ \t]+(?:(?:signed|written|sent|issued|penned)[ \t]+)?(?:from|by)[ \t]+")
_WRITING_REACH = 300
# Roles whose office follows them: "secretary of state", "minister of defence", "chief of staff".
_ROLES_OF = frozenset("secretary minister director chief head commissioner chairman chairwoman".split())
_OFFICE = re.compile(r" of (?:the )?(?:state|defen[cs]e|staff|finance|health|justice|interior|education|"
                     r"homeland security|communications|police|security|foreign affairs)\b", re.IGNORECASE)
# Names joined by "and" before a speaker's name, opening their clause: "Ana and Bo Hagen
# said", ", Ivo, Lena and Dan Hagen said".
_JOINED_BEFORE = re.compile(r"(?:^|(?<=[.,;:”\"\n] )|(?<=\bboth ))"
                            r"((?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?, )*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) and $")
# "quoted" and any title or determiner before the name it quotes: "quoted Dr Ana Ruiz as saying".
_QUOTED_BEFORE = re.compile(r"\bquot(?:ed|es|ing)[ \t]+(?:[\w.]+[ \t]+){0,3}$")
# A phrase set off after a title that names what it is: ," a ten-part video course".
_WORK_AFTER = re.compile(r"(?:[ \t]*,)?[ \t]+(?:a|an|the)[ \t]+((?:[\w-]+[ \t]+){0,3}[\w-]+)")
# The subject between "as" and "put it", up to five words.
_AS_SUBJECT = re.compile(r"\bas[ \t]+((?:[\w.'’&-]+[ \t]+){1,5})$")
# "as a “...”", "as being in the “...”" right before a quote, and the word before "as".
_AS_BEFORE = re.compile(r"(\w+)[ \t]+as(?:[ \t]+(?:a|an|the|being))?"
                        r"(?:[ \t]+(?:in|on)[ \t]+the)?[ \t]*$")
# A clause of its own between two quotes of a sentence: the second one's attribution may not reach the first.
_CONTRAST = re.compile(r";|\b(?:but|yet|while|whereas|although|though)\b")
# A word before a quote that makes its words a name, a sign's or a slogan: “Iron Shield”, not a statement.
_NAMING_BEFORE = re.compile(r"\b(?:reading|reads|read|named|dubbed|nicknamed|titled|entitled|called|call|as|of"
                            r"|slogan|motto|chants?|chanting|chanted)[,:]?[ \t]*$")
_CLAUSE_BREAK = re.compile(r"[;:]|,?[ \t]+(?:while|whereas|but)[ \t]+(?=\w)")
# A relative "that" or "which" after a noun, whose clause has its own subject ("an act that
# officials describe as"); not the "that" of a reported clause ("said that").
_OBJECT_RELATIVE = re.compile(r"(\w+)[ \t]+(?:that|which|whom)[ \t]+(?=\w)")
_SAYING_BEFORE_THAT = frozenset("""said says say told tells argued argues claimed claims noted notes added adds
believe believes believed think thinks thought warned warns insisted insists wrote writes so such""".split())
_NOT_CASTING = frozenset("""such known well same just so served serves serving worked works
working acted acts acting stands stood standing poses posed posing doubles doubled running ran
runs""".split())
# A participle of naming set off after the one it names: ", dubbed Cuba's", ", known as the",
# ", known to supporters across the state as".
_NAMED_AS = re.compile(r"(?:,|[ \t][-—–])[ \t]+(?:dubbed|nicknamed|billed[ \t]+as|branded|labell?ed"
                       r"|known[ \t]+(?:(?:to|among|by)[ \t]+(?:[\w.’'-]+[ \t]+){1,5})?as"
                       r"|identified)[ \t]+"
                       r"(?:[\w.’'-]+[ \t]+){0,2}(?:[“\"][^“”\"]{1,40}[”\"][ \t]+(?:and|or)[ \t]+)?$")
# A participle of naming set off after a noun, before a title: "the spot, called “Stand Tall,”".
_NAMING_PARTICIPLE = re.compile(r"(?:,|[ \t][-—–])[ \t]+(?:also[ \t]+)?(?:called|titled|entitled|named)[ \t]*$")
# A passive verb: "has been (increasingly) referred to", "was dubbed", "are seen"; and its
# auxiliary alone, right before a cue that is its participle.
_BE = r"\b(?:is|are|was|were|been|being|be)[ \t]+(?:[a-z]+ly[ \t]+)?"
_PASSIVE = re.compile(_BE + r"(?:[a-z]+ed|seen|known|sought|held|thought|taken|given|shown|kept|made|told)\b")
_PASSIVE_BEFORE = re.compile(_BE + "$")
# A determiner and a lower-case noun (up to two words before it) right before a cue.
# A noun phrase holds no function word: "The patients have been admitted" has no speaker.
_NOT_IN_NOUN_PHRASES = frozenset("""the a an one another that this these those by and or but of to in on at
for with from as who which have has had been be being was were is are him her them it his its their
not while when after before without whereas if because""".split())
_NOT_IN_NOUN_PHRASE = rf"(?!(?:{'|'.join(sorted(_NOT_IN_NOUN_PHRASES, key=len, reverse=True))})\b)"
# Cue words that are nouns after a determiner, besides the cue nouns.
_NOUN_CUES = CUE_NOUNS | frozenset("call calls demands reports notes promises pledges warning tweets".split())
# A speech act named as a noun, with up to one word describing it: "a short statement", "a
# conference call". Who made it speaks; it names nobody. Right before a noun cue, or with its
# noun before a participle cue: "issued a brief statement saying". (A possessive's act is the
# possessor's: "Kim extended his greetings to ...".)
_DETERMINER_PHRASE = (r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)[ \t]+"
                      rf"(?:{_NOT_IN_NOUN_PHRASE}[a-z][\w-]*[ \t]+)?")
_SPEECH_ACT = re.compile(_DETERMINER_PHRASE + "$")
_SPEECH_ACT_BEFORE_PARTICIPLE = re.compile(_DETERMINER_PHRASE + f"(?:{'|'.join(sorted(_NOUN_CUES))})" + r"[ \t]+$")
_SETTING_PREPOSITION = re.compile(r"\b(?:on|in|during|at|via|through|over|with)[ \t]+$")
_PARTICIPLE_CUES = frozenset(("saying", "stating", "reading", "declaring"))  # ("warning" is a noun cue)
_NOUN_SUBJECT = re.compile(r"(?:^|(?<=[\s,]))(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+"
                           rf"((?:{_NOT_IN_NOUN_PHRASE}[a-z][\w-]*[ \t]+){{0,2}}{_NOT_IN_NOUN_PHRASE}[a-z][\w-]*)"
                           r"[ \t]+(?:[a-z]+ly[ \t]+)?$")
# Nouns of words said, not of who says them: ," the same slogan chanted at every rally".
_UTTERANCE_NOUNS = frozenset("""cry slogan chant phrase motto refrain words message headline title
line term label nickname catchphrase mantra""".split())
# Adverbs that may stand between a plain subject and its cue: "the coast guard also said".
_ADVERBS = frozenset("also still now then again too later first often never always once already".split())
_MODALS = frozenset("must will would can could should may might shall".split())
# Nouns that end like adverbs: "the royal family said", "a close ally warned".
_NOUNS_IN_LY = frozenset("family ally assembly monopoly rally supply reply anomaly bully daily weekly".split())
_IT = re.compile(r"[ \t]+it\b")
# "," as the memo put it': an "as" clause that only attributes.
_AS_CLAUSE = re.compile(r"[\s,—–-]*as\b")
_CAPITALISED = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w'’-]*")
_NON_ALNUM = re.compile(r"[\W_]*")
# One word, neither spaced nor hyphenated ("work-related" is a phrase).
_ONE_WORD = re.compile(r"[^\s\-‐–—]+")
# Between partial quotes listed in a row: marks, commas, and words that join a list ("and a",
# "who is"); a noun or a preposition between makes them separate phrases.
_LISTING_GAP = re.compile(r"[\"“”,;\s]*"
                          r"(?:(?:and|or|nor|a|an|the|who|is|was|are|were)[\"“”,;\s]+){0,3}")
# A question or exclamation in marks that ends a sentence, and a name and its speech verb
# that open the next one: “Why now?” | Ana Ruiz asked.
_ASKED_ENDS = frozenset(('?"', '!"', "?”", "!”"))
_NAME_SAID = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:said|says|asked|asks|added|adds|told|"
                        r"wrote|writes|replied|continued|recalled|exclaimed|wondered|shouted|"
                        r"demanded|demands|insisted|insists|declared|cried|yelled|responded|"
                        r"answered|countered|pleaded|tweeted|explained|retorted|snapped|quipped|"
                        r"interjected|interrupted|shot[ \t]+back)\b")
# A sentence that opens with a participle's clause, "After saying ...", "Insisting ...": the
# participle's subject is the main clause's.
_OPENING_CLAUSE = re.compile(r"[\W_]*(?:(?:after|before|while|when|since|upon|by|in|despite|"
                             r"without|besides)[ \t]+)?", re.I)
# A sentence opening with a participle phrase whose agent or topic is not its subject: "Asked by
# Halloway whether he paid, Vail ...", "Pressed by the moderator, Martin Esquivel, he ...".
_OPENING_PARTICIPLE = re.compile(
    r"[\W_]*(?:Asked|Pressed|Questioned|Challenged|Confronted|Interviewed|Told|Shown|Quizzed|Grilled)[ \t]+"
    r"(?:by[ \t]+the[ \t]+[^,.;:]{1,60},(?:[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]*,(?=[ \t]+(?:he|she|they|[A-Z])))?"
    # (the words may hold abbreviations, "Pressed by Sen. Tom Lee,", and a name in them its
    # apposition, "Asked whether Tom Hale, the committee chairman, would back it,")
    r"|[^,;:\"“”]{1,120}?[A-Z][\w'’-]*,[ \t]+(?:the|a|an|his|her|its|their)(?:[ \t]+[\w'’.-]+){1,6},[^,;:\"“”]{1,100},"
    r"|[^,;:\"“”]{1,120},)[ \t]+")
# "Asked whether ...", "Asked about ...": a question put to someone, not "Asked Ana Ruiz: “...”".
_QUESTION_WORD_AFTER = re.compile(r"[ \t]+(?:whether|if|about|why|how|what|when|where|who|to)\b")
# The verbs by which someone presses another with a question.
_PRESSING_VERBS = "pressed|challenged|quizzed|grilled|questioned|confronted"
# A clause opening a sentence in which someone presses another, up to the one pressed: "When
# Avery pressed |Tallis on the law, he said".
_PRESSED_OPENING = re.compile(r"[\W_]*(?:When|As|After)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}"
                              rf"(?:{_PRESSING_VERBS}|asked)[ \t]+"
                              r"(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen)\.[ \t]+)?")
# A phrase of place or time opening a sentence, before its subject: "At a rally in Toledo, he
# attacked Farkas", "On Tuesday the congressman said".
# (Without a comma, only a few words of time: "On Tuesday the congressman said", not "Last year
# Brenner beat the governor".)
_OPENING_SETTING = re.compile(
    r"[\W_]*(?:(?:At|In|On|During|After|Before|Later|Earlier|Since|From|Outside|Inside|Last|This|Then|Meanwhile"
    r"|Speaking[ \t]+(?:at|to|in|on))\b(?:[^,.;:!?\"“”]{1,80}?,[ \t]*"
    rf"|(?:[ \t]+(?:[a-z0-9]+|{WEEKDAY_ALTERNATION})){{0,3}}[ \t]+(?=(?:he|she|they|the)\b)))")
# A sentence opening with the person it is about, whom its subject is not: "For Tyler Bressler,
# ..., the whole thing has been surreal", "To Ana Ruiz, the vote was a betrayal".
_FRONTED_TOPIC = re.compile(r"[\W_]*(?:For|To)[ \t]+(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Rev)\.[ \t]+)?")
_MARKS_AND_SPACES = re.compile(r"[\s\"”]*")
# The longest attribution that may interrupt one quotation ("," said the agency's director, "),
# with an apposition or a relative clause about the speaker ("," said Piet Morrow, a lawyer for
# the trust, who has challenged the quarry for years. "): PolNeAR's annotators join such pieces.
_INTERRUPTION = 240
# After a quote: a name or pronoun, a past verb that no cue list holds, and the sentence's end
# ("shot back", "laughed", "snapped", "deadpanned"). The verb may take a particle or an adverb.
_BARE_VERB_AFTER = re.compile(
    r"[ \t]+(?P<subject>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*|he|she|the[ \t]+[a-z]+)[ \t]+"
    r"(?P<verb>[a-z]{2,}ed|shot|spat|shook|broke|threw|fired)(?:[ \t]+(?:back|out|up|in|off|again|[a-z]+ly))?"
    r"[ \t]*(?:[.;]|$)")
_BARE_REACH = 60  # a cue further from the quote than this does not stop the test above
# How far back from a cue or a quote the text is read for the mark or colon that ends it.
_LOOK_BACK = 40


def _whole_words(words: Iterable[str]) -> re.Pattern:
    """A regex for any of `words` as a whole word, built as a trie of letters: the regex engine
    tries a plain alternation word by word at every position, a trie letter by letter, which is
    three times faster here."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(letter) + pattern(child)
                    for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    # The lookahead for a first letter spares the trie's alternatives at the end of every word,
    # where \b holds too (a sixth less time).
    firsts = "".join(sorted(letter for letter in trie))
    return re.compile(r"\b(?=[" + re.escape(firsts) + "])" + pattern(trie) + r"\b")


# Pronouns and roles open sentences too: "Police say they ...".
# Relatives who speak as roles, but only after a possessive ("his wife says", "Ferrow's wife,
# Annika,"): elsewhere ("The grandmother of the boy said ...") the nearest unnamed subject of a
# quote far after them would be taken for theirs.
_POSSESSED_KIN = frozenset("wife husband son daughter brother sister grandfather grandmother widow widower".split())
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?i:his|her|their|my|our)|\w['’]s)[ \t]+$")
_LEXICON = _whole_words({w for lower in CUE_WORDS | ROLE_NOUNS | DOCUMENT_NOUNS | _POSSESSED_KIN | set(PRONOUNS)
                         for w in (lower, lower.capitalize())})


@dataclass
class _Raw:
    """A paired quotation: where its marks stand and the spans of its words."""

    open_at: int
    close_at: Optional[int]  # None when a multi-paragraph quote lacked its last mark
    pieces: list[tuple[int, int]]


class _Candidate:
    """Someone who might be speaking: a person or organisation, a pronoun, or a role."""

    __slots__ = ("start", "end", "kind", "value", "_object_like")

    def __init__(self, start: int, end: int, kind: str, value: str):
        self.start, self.end, self.kind, self.value = start, end, kind, value
        self._object_like: Optional[bool] = None

    def object_like(self, text: str) -> bool:
        """After a preposition ("to Varga") or before a possessive ("Varga's"): not a subject."""
        if self._object_like is None:
            window = text[max(0, self.start - 30):self.start]
            words = window[window.rfind("\n") + 1:].split()
            while words and words[-1].lower() in _TITLES_BEFORE_NAMES:
                words.pop()  # "the trial of Dr Bo Hagen"
            if words and words[-1].lower() in _DETERMINERS:
                words.pop()
            # "he's", "it’s": a pronoun's apostrophe makes a contraction, not a possessive.
            self._object_like = bool(words and words[-1].lower() in _PREPOSITIONS) or (
                self.kind != "pronoun" and text[self.end:self.end + 1] in ("'", "’"))
        return self._object_like


def _position(candidate: _Candidate) -> tuple[int, int]:
    """Candidates in order of their start, the longer first."""
    return candidate.start, -candidate.end


def extract_quotes(text: str, sentences: list[Span], entities: list[Entity]) -> list[Quote]:
    """Every quotation in double marks, in document order, with kind, speaker and cue; in text
    that uses no double marks, in single ones (British style: ‘We will rebuild,’ she said); and
    an interview's answers (see `interview_answers`)."""
    paragraphs = _paragraphs(text)  # (one a line: both ways of quoting read them)
    marked = _marked_quotes(text, sentences, entities, paragraphs)
    answers = interview_answers(text, entities, paragraphs) if ":" in text else []
    if not answers:
        return marked
    return sorted(marked + answers, key=lambda q: (q.start, -q.end))


# An interview printed as questions and answers: "Q: ... / A: ..." lines, or answers after the
# interviewee's name ("Quade: Because the window is open."), one a line.
_ANSWER_LINE = re.compile(r"(?P<label>A|[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*:[ \t]+(?P<answer>\S[^\n]*)")
_QUESTION_LINE = re.compile(r"Q[ \t]*:")
MIN_ANSWERS = 2


def interview_answers(text: str, entities: list[Entity], paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """The answers of an interview printed as questions and answers: the interviewee's words,
    quoted in full though no marks print them. Its lines open with "A:" after lines opening with
    "Q:" (the interviewee is the first person the text names before them), or at least twice
    with one label that is a person's name or surname ("Quade: ..."; "Correction: ..." and
    "Poll: ..." name nobody)."""
    starts = [start for start, _ in paragraphs]
    lines: dict[str, list[re.Match]] = {}
    for at in starts:
        line = _ANSWER_LINE.match(text, at)
        if line:
            lines.setdefault(line.group("label"), []).append(line)
    label, answers = max(lines.items(), key=lambda kv: len(kv[1]), default=("", []))
    if len(answers) < MIN_ANSWERS:
        return []
    people = [e for e in entities if e.type == "person"]
    if label == "A":
        questions = [at for at in starts if _QUESTION_LINE.match(text, at)]
        if len(questions) < MIN_ANSWERS:
            return []
        speaker = next((e.name for e in people if e.start < questions[0]), None)
    else:
        speaker = next((e.name for e in people if e.name == label or e.name.split()[-1] == label), None)
        if speaker is None:
            return []
    found = []
    for answer in answers:
        start, end = answer.span("answer")
        end = start + len(text[start:end].rstrip())
        found.append(Quote(text[start:end], speaker, "full", start, end, "answered"))
    return found


def _marked_quotes(text: str, sentences: list[Span], entities: list[Entity],
                   paragraphs: list[tuple[int, int]]) -> list[Quote]:
    if not any(mark in text for mark in _MARKS):  # many articles quote no one
        # (A text that doubles its single marks, '' for ", is quoting in another style, which the
        # single marks inside its quotations belong to.)
        text = _single_marks_as_double(text) if "''" not in text else text
        if text.find("“") < 0:
            return []
    turns = _transcript_turns(text, paragraphs)
    if turns:
        text = _without_turn_marks(text, turns)
    raws = [r for r in _pair_marks(text, paragraphs)
            if any(_ALNUM.search(text, s, e) for s, e in r.pieces) and not _nickname(text, r)]
    if not raws:
        return []
    finder = _SpeakerFinder(text, sentences, paragraphs, entities, raws)
    found: list[_Found] = []
    for raw in raws:
        pieces = [_trimmed(text, s, e) for s, e in raw.pieces]
        pieces = [(s, e) for s, e in pieces if e > s]
        said = finder.attribute(raw)
        # A quote over several paragraphs reads as one: its pieces joined by a space.
        item = _Found(pieces, " ".join(text[s:e] for s, e in pieces), said,
                      finder.paragraph_of(raw.open_at))
        if found and found[-1].interrupted_before(item, text):
            found[-1].extend(item, " ")
        elif len(found) > 1 and found[-1].said.unattributed and found[-2].interrupted_before(item, text):
            # ," Ana Ruiz said on NBC's “Meet the Press.” “...”: the show's name in the
            # attribution, which is no quote of the one it parts
            found.pop()
            found[-1].extend(item, " ")
        elif found and (found[-1].listed_before(item, text) or found[-1].set_aside_before(item, text)):
            found[-1].extend(item, " … ")
        else:
            found.append(item)
        finder.previous = (finder.sentence_of(pieces[-1][1]), said.speaker)
    if turns:
        _credit_turns(found, turns, entities)
    return [Quote(f.words, f.said.speaker, f.said.kind, f.pieces[0][0], f.pieces[-1][1], f.said.cue)
            for f in found]


# A speaker's surname in capitals as a label before a quote ("PETTIGREW: “", "PETTIGREW, asked
# about his record: “"), as AP's fact checks set out each claim.
_CAPITALS_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,2})(?:,[^:\n“\"]{1,80})?:[ \t]*[\"“]")
# A transcript's turn, each paragraph opening with a mark and the speaker's label in capitals
# (Breitbart's "Partial transcript as follows:" then "“WALLACE: ...", "“PENCE: ..."): the turns
# are no quotations, though the marks would pair them into one, but the quotes inside a turn are
# its speaker's words.
_TURN = re.compile(r"[\"“](?P<label>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})[ \t]*:[ \t]")
_TURNS_MIN = 2


@dataclass(frozen=True)
class _Turn:
    start: int  # the opening mark
    end: int  # the paragraph's end
    label: str
    closed: bool  # the paragraph's last character closes the opening mark (the transcript's end)


def _transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[_Turn]:
    """The paragraphs of transcripts: from a turn on, each paragraph that opens with the same mark
    (a turn's next paragraph goes on with its label), when two or more turns are labelled."""
    turns: list[_Turn] = []
    labelled = 0
    label: Optional[str] = None
    for start, end in paragraphs:
        closed = _turn_closed(text, start, end) if text[start] in '"“' else None
        if closed is None:
            label = None  # ("EMERGENCY ALERT: ...," the message read: a quote, attributed)
            continue
        m = _TURN.match(text, start)
        if m:
            label, labelled = m.group("label"), labelled + 1
        if label is not None:
            turns.append(_Turn(start, end, label, closed))
    return turns if labelled >= _TURNS_MIN else []


def _turn_closed(text: str, start: int, end: int) -> Optional[bool]:
    """How the mark opening the paragraph [start, end) closes: before the paragraph's end (None:
    the paragraph is a quote, no turn), with its last character (True), or not (False)."""
    last = text[end - 1]
    if text[start] == '"':
        if text.find('"', start + 1, end - 1) >= 0:
            return None
        return last == '"' and end - 1 > start
    body = text[start + 1:end - 1]
    closing, opening = body.count("”"), body.count("“")
    if closing > opening:
        return None
    return last == "”" and closing == opening


def _without_turn_marks(text: str, turns: list[_Turn]) -> str:
    """`text` with the marks that open and close the turns made spaces (offsets kept)."""
    chars = list(text)
    for turn in turns:
        chars[turn.start] = " "
        if turn.closed:
            chars[turn.end - 1] = " "
    return "".join(chars)


def _credit_turns(found: list["_Found"], turns: list[_Turn], entities: list[Entity]) -> None:
    """Give the quotes inside a turn the turn's speaker, who says them whoever the turn names
    near them ("WALLACE: But, Governor Pence, as “The Wall Street Journal” wrote"): the person
    whose surname the label is ("PENCE" -> "Mike Pence"), else the label ("Host")."""
    speakers = {label: next((e.name for e in entities if e.type == "person"
                             and e.name.rsplit(None, 1)[-1].upper() == label.rsplit(None, 1)[-1]), label.title())
                for label in {turn.label for turn in turns}}
    starts = [t.start for t in turns]
    for item in found:
        at = item.pieces[0][0]
        index = bisect_right(starts, at) - 1
        if index >= 0 and at < turns[index].end:
            item.said.speaker = speakers[turns[index].label]


@dataclass  # not frozen: one is made per quote, and a frozen one costs three times as much
class _Said:
    """What the speech cue around a quotation tells: its kind, speaker and cue word."""

    kind: QuoteKind
    speaker: Optional[str] = None
    cue: Optional[str] = None
    cue_at: Optional[int] = None  # where the cue word stands

    @property
    def unattributed(self) -> bool:
        """Words in marks that no one is said to say: a title, a name, a term."""
        return self.kind == "partial" and self.speaker is None and self.cue is None


@dataclass
class _Found:
    """A quotation found: the spans of its words, the words, and its attribution."""

    pieces: list[tuple[int, int]]
    words: str
    said: _Said
    paragraph: int

    def extend(self, later: "_Found", joint: str) -> None:
        self.pieces.extend(later.pieces)
        if joint == " " and self.words.endswith(",") and later.words[:1].isupper():
            # "We won," said Ana Ruiz. "We will again.": the comma was the attribution's; the
            # statement's sentence ended there
            self.words = self.words[:-1] + "."
        self.words += joint + later.words

    def interrupted_before(self, later: "_Found", text: str) -> bool:
        """A full quote interrupted only by its attribution goes on in LATER: "We won," said Ana
        Ruiz, "and we will again." and "We won," said Ana Ruiz. "We will again." are one
        statement, as news attribution counts it. Between them stands this one's cue and little
        else, in the same paragraph; LATER has no cue of its own (or shares this one) and the same
        speaker, named or not. LATER may be the rest of the sentence ("I want answers," he said,
        "not excuses."). An unnamed speaker's question is no statement its answer goes on
        ("Where were you?" he asked. "At home.")."""
        said, other = self.said, later.said
        gap_start, gap_end = self.pieces[-1][1], later.pieces[0][0]
        if said.kind != "full" or said.cue_at is None or said.cue is None:
            return False
        if self.words.endswith("?") and said.speaker is None:
            return False  # (a named speaker's question goes on: "Does anybody know?" Ruiz asked. "I don't.")
        if not (other.speaker == said.speaker and later.paragraph == self.paragraph
                and gap_start < said.cue_at < gap_end and gap_end - gap_start <= _INTERRUPTION
                and (other.cue_at is None or other.cue_at == said.cue_at)):
            return False
        if _NEW_LEAD_IN.search(text, said.cue_at, gap_end):
            return False  # ," Pryor told reporters. Asked what was on it, she laughed: "...": a new statement
        if said.speaker is None and _NON_ALNUM.fullmatch(text, said.cue_at + len(said.cue), gap_end) is None:
            # an unnamed speaker's next quote may have a cue whose speaker is unnamed too: "she
            # said. He wrote, "...": only marks may follow this one's cue
            return False
        if other.kind == "full":
            return True
        # the rest of the sentence after the attribution's commas: ...," he said, "not excuses."
        return later.words[:1].islower() and self.words.endswith(",") \
            and _ATTRIBUTION_END.search(text, gap_start, gap_end) is not None

    def set_aside_before(self, later: "_Found", text: str) -> bool:
        """A quote broken by an aside between dashes goes on in LATER, which has no cue of its
        own: "But an email like that one" - she paused - "that's the kind of thing ..." is one
        sentence of one speaker."""
        return (self.said.speaker is not None and later.said.cue_at is None and later.paragraph == self.paragraph
                and _DASHED_ASIDE.fullmatch(text, self.pieces[-1][1], later.pieces[0][0]) is not None)

    def listed_before(self, later: "_Found", text: str) -> bool:
        """Partial quotes that one cue governs in a row are one quotation with words left out:
        called him a “fair-weather friend” and a “coward” -> "fair-weather friend … coward". Only
        a few narrating words may stand between them."""
        said, other = self.said, later.said
        return (said.kind == other.kind == "partial" and said.speaker is not None
                and other.speaker == said.speaker and said.cue_at is not None
                and other.cue_at == said.cue_at
                and _LISTING_GAP.fullmatch(text, self.pieces[-1][1], later.pieces[0][0])
                is not None)


# An aside between dashes that breaks a quote ("..." - she paused - "..."): a pause in one
# sentence, not a new statement, so the words after it are the same speaker's.
_DASHED_ASIDE = re.compile(r",?[\"”][ \t]*[-—–][^\"“”\n]{1,60}?[-—–][ \t]*[\"“]")
# A sentence of narration after the attribution that leads in to the next quote with a colon.
_NEW_LEAD_IN = re.compile(r"[.!?][ \t]+[A-Z][^\"“”\n]*?[ \t][a-z]+\b[^\"“”\n]*:[ \t]*[\"“]$")
# An attribution set off by commas before the rest of a quoted sentence: ...," he said, "not ...
_ATTRIBUTION_END = re.compile(r",[ \t]*[\"“]$")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty line, trimmed: readers put one paragraph per line."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _direction(text: str, pos: int) -> str:
    """ "open", "close" or "either", from the mark and its neighbours."""
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    open_side = before in _OPEN_SIDE or before in "\"“"
    close_side = after in _CLOSE_SIDE or after in "\"”"
    mark = text[pos]
    if mark == "“":
        return "close" if close_side and not open_side else "open"
    if mark == "”":
        return "open" if open_side and not close_side else "close"
    if open_side and not close_side:
        return "open"
    if close_side and not open_side:
        return "close"
    return "either"


_SINGLE_MARK = re.compile("[‘’']")


def _single_marks_as_double(text: str) -> str:
    """`text` with the single quotation marks that pair as a quotation of two words or more turned
    into double ones, offsets unchanged. An opening mark opens a word after a space or bracket; its
    closing mark is the first after it that ends a word before a space or punctuation: an
    apostrophe inside a word ("Ruiz’s") or opening one ("’90s") is none, and "rock 'n' roll"
    quotes one word only."""
    chars: Optional[list[str]] = None
    opened = -1
    paragraph_end = -1  # where the paragraph of the open mark ends
    for mark in _SINGLE_MARK.finditer(text):
        at, char = mark.start(), mark.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if opened >= 0 and 0 <= paragraph_end < at:
            opened = -1  # a quotation in single marks closes in its paragraph
        if opened < 0:
            if char != "’" and before in _OPEN_SIDE and (after.isalnum() or after in "…"):
                opened, paragraph_end = at, text.find("\n", at)
        elif char != "‘" and (after in _CLOSE_SIDE or after in "\"") and not before.isspace():
            if " " in text[opened:at]:
                chars = chars if chars is not None else list(text)
                chars[opened], chars[at] = "“", "”"
            opened = -1
    return "".join(chars) if chars is not None else text


def _mark_positions(text: str) -> list[int]:
    """Where the double quotation marks stand, in order."""
    found = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


_SENTENCE_ENDS = frozenset(".!?…")
# A speech verb set off by a comma, up to three words after it: ", warn scientists", ", he said".
_ATTRIBUTION_SET_OFF = re.compile(
    r",[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?(?:said|says|warned|warns|warn|added|adds|told|explained|insisted)\b")


def _pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[_Raw]:
    marks = [(pos, _direction(text, pos)) for pos in _mark_positions(text)]
    if not marks:
        return []
    para_starts = [p[0] for p in paragraphs]
    para_of = [bisect_right(para_starts, pos) - 1 for pos, _ in marks]
    quotes: list[_Raw] = []
    dead: set[int] = set()  # opening marks found unmatched: never open again
    opened: Optional[int] = None
    pieces: list[tuple[int, int]] = []
    piece_start = para = 0
    nested: Optional[str] = None
    i = 0
    while True:
        if i >= len(marks) or (opened is not None and para_of[i] != para):
            if opened is None:
                break
            if (i < len(marks) and para_of[i] == para + 1
                    and marks[i][0] == paragraphs[para_of[i]][0] and marks[i][1] != "close"
                    and (text[marks[i][0]] == '"') == (text[marks[opened][0]] == '"')):
                # The quote goes on in the next paragraph, which opens with a mark of the same
                # style (a straight mark left open before a curly one is a stray from elsewhere).
                pieces.append((piece_start, paragraphs[para][1]))
                piece_start, para, nested = marks[i][0] + 1, para_of[i], None
                i += 1
                continue
            if pieces:  # a multi-paragraph quote that lost its last mark ends with its paragraph
                pieces.append((piece_start, paragraphs[para][1]))
                quotes.append(_Raw(marks[opened][0], None, pieces))
            else:  # a stray mark: pair the marks after it afresh
                dead.add(opened)
                i = opened + 1
            opened = None
            continue
        pos, direction = marks[i]
        if opened is None:
            if direction != "close" and i not in dead:
                opened, pieces, nested = i, [], None
                piece_start, para = pos + 1, para_of[i]
            i += 1
            continue
        mark, opener = text[pos], text[marks[opened][0]]
        if nested:
            if (nested == "“" and mark == "”") or (nested == '"' and mark == '"'
                                                  and direction != "open"):
                nested = None
            i += 1
            continue
        if direction == "open" and (mark == "“") != (opener == "“"):
            nested = mark  # a quote within the quote, in the other style of marks
            i += 1
            continue
        if direction != "open":
            pieces.append((piece_start, pos))
            quotes.append(_Raw(marks[opened][0], pos, pieces))
            opened = None
            i += 1
            continue
        if mark == opener and _opens_sentence(text, pos) \
                and not _ATTRIBUTION_SET_OFF.search(text, piece_start, pos):
            # The quote goes on in a new paragraph, which opens with a mark, though the text lost
            # the paragraph break ("... who had. “I want to stress ...”": a corpus's sentence lines
            # joined); a stray mark opens no sentence of its own, and what follows it is narration
            # when it attributes words (“Strains differ. This may be a mistake, warn scientists.)
            pieces.append((piece_start, pos - 1))  # up to the space before the mark
            piece_start = pos + 1
            i += 1
            continue
        dead.add(opened)  # a second opening: the first one was stray
        opened = None
    return quotes


def _nickname(text: str, raw: _Raw) -> bool:
    """Whether the words in marks are a nickname set inside a name ('Margaret "Peg" Thistlewood',
    'Dwayne "The Rock" Johnson'): no quote."""
    if raw.close_at is None or raw.close_at - raw.open_at > 25 \
            or NAME_BEFORE_NICKNAME.search(text, max(0, raw.open_at - 20), raw.open_at) is None:
        return False
    nickname = NICKNAME.match(text, raw.open_at)
    return nickname is not None and nickname.end("nickname") == raw.close_at


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the mark at `pos` stands after a sentence's end and a space, inside a paragraph."""
    before = text[max(0, pos - 3):pos]
    return before[-1:] == " " and before.rstrip()[-1:] in _SENTENCE_ENDS


class _SentenceWords:
    """A sentence's speech cues and candidate speakers, in order."""

    __slots__ = ("cues", "cue_starts", "candidates", "candidate_starts")

    def __init__(self, cues: list[tuple[int, int, str]], candidates: list[_Candidate]):
        self.cues, self.candidates = cues, candidates
        self.cue_starts = [c[0] for c in cues]
        self.candidate_starts = [c.start for c in candidates]


class _SpeakerFinder:
    """Finds who speaks each quote. A sentence's cues, pronouns and roles are looked for only
    when a quote asks about that sentence, and only outside quotation marks."""

    def __init__(self, text: str, sentences: list[Span], paragraphs: list[tuple[int, int]],
                 entities: list[Entity], raws: list[_Raw]):
        self.text = text
        self.sentences = _rejoined(text, sentences) if sentences else [Span(0, len(text))]
        self.sentence_starts = [s.start for s in self.sentences]
        self.paragraph_starts = [p[0] for p in paragraphs]
        self.quoted = [(r.open_at, r.close_at if r.close_at is not None else r.pieces[-1][1])
                       for r in raws]
        self.quoted_starts = [q[0] for q in self.quoted]
        self.entities = entities
        self.entity_starts = [e.start for e in entities]
        self.words: dict[int, _SentenceWords] = {}
        self.subjects: dict[int, Optional[_Candidate]] = {}
        self.lowered: Optional[str] = None  # the text in lower case, made when first needed
        self.sex_of: dict[str, str] = {}  # people's sexes, read when "he" or "she" asks
        # The quote before the one being attributed, which extract_quotes sets after each: (sentence
        # of its end, speaker).
        self.previous: Optional[tuple[int, Optional[str]]] = None

    def _words(self, index: int) -> _SentenceWords:
        """The cues and candidates of one sentence, outside its quotes, found when first asked."""
        if index not in self.words:
            text, entities, entity_starts = self.text, self.entities, self.entity_starts
            sentence = self.sentences[index]
            cues: list[tuple[int, int, str]] = []
            candidates: list[_Candidate] = []
            lexical: list[_Candidate] = []  # pronouns and roles
            for start, end in self._unquoted(sentence.start, sentence.end):
                for e in entities[bisect_left(entity_starts, start):bisect_left(entity_starts, end)]:
                    candidates.append(_Candidate(e.start, e.end, e.type, e.name))
                for m in _LEXICON.finditer(text, start, end):
                    self._add_word(m, cues, lexical)
            if lexical:  # the entities come in order already
                candidates += lexical
                candidates.sort(key=_position)
                candidates = self._compound_roles(candidates)
            self.words[index] = _SentenceWords(cues, self._without_titles(candidates))
        return self.words[index]

    def _compound_roles(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """A role or a document right before a role, one space apart, qualifies it: "senior study
        author", "union press officer" are one role, the last noun's."""
        out: list[_Candidate] = []
        for candidate in candidates:
            previous = out[-1] if out else None
            if previous is not None and candidate.kind == "role" and previous.kind in ("role", "document") \
                    and candidate.start - previous.end == 1 and self.text[previous.end] == " " \
                    and (candidate.value[:1].islower() or previous.value.lower() == "veteran" and not any(
                        # "a veteran GOP pollster", where "veteran" qualifies (not "the veteran
                        # Tom Quill", "candidate Gary Johnson's doctor", "Deputy Secretary")
                        c.kind == "person" and candidate.start <= c.start < candidate.end for c in candidates)):
                out[-1] = _Candidate(previous.start, candidate.end, "role", self.text[previous.start:candidate.end])
            else:
                out.append(candidate)
        return out

    def _without_titles(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """Drop the roles that are a name's title ("Senate Majority Leader Ana Ruiz", "board chair
        Lene Marr", "police chief Ana Ruiz": a role before a role before a name), and the
        organisations inside such a title ("Port Authority" in "Port Authority director Mara
        Velde"). Other candidates between them are read through: the gap's words decide."""
        titles: list[_Candidate] = []
        name: Optional[_Candidate] = None  # the name the roles after this one are a title of
        title_start = 0  # where that name's title, as found so far, starts
        for candidate in reversed(candidates):
            if candidate.kind == "person":
                name, title_start = candidate, candidate.start
            elif candidate.kind == "role":
                # A role overlapping the title found ("police chief" over "police") reads to the name.
                gap_end = title_start if candidate.end <= title_start else name.start if name else 0
                if name is not None and candidate.end <= name.start \
                        and self._is_title_gap(candidate.end, gap_end):
                    titles.append(candidate)
                    title_start = min(title_start, candidate.start)
                else:
                    name = None
        if not titles:
            return candidates
        dropped = {id(c) for c in titles}
        return [c for c in candidates if id(c) not in dropped and not (
            c.kind != "person" and any(t.start <= c.start and c.end <= t.end for t in titles))]

    def _is_title_gap(self, start: int, end: int) -> bool:
        """Between a role and a name only title words: capitalised ones ("Majority Leader") or at
        most three lower-case role words ("chair", "glaciologist")."""
        if _TITLE_GAP.fullmatch(self.text, start, end):
            return True
        if end - start > 60:
            return False
        words = self.text[start:end].split()
        return 0 < len(words) <= 3 and all(
            _CAPITALISED.fullmatch(w) or w in ROLE_NOUNS or w in ROLE_MODIFIERS or w in TITLE_NOUNS
            or w.isalpha() and w.islower() and w.endswith(("ist", "ian"))
            and w not in _VERBS_LIKE_TITLES for w in words)

    def _unquoted(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of [start, end) outside quotation marks."""
        out = []
        i = max(bisect_right(self.quoted_starts, start) - 1, 0)
        while i < len(self.quoted) and self.quoted[i][0] < end:
            quote_start, quote_end = self.quoted[i]
            if quote_end > start:
                if quote_start > start:
                    out.append((start, quote_start))
                start = quote_end + 1
            i += 1
        if start < end:
            out.append((start, end))
        return out

    def _add_word(self, m: re.Match, cues: list[tuple[int, int, str]],
                  candidates: list[_Candidate]) -> None:
        text = self.text
        lower = m.group().lower()
        if lower in CUE_WORDS:  # "according" among them
            if m.group() in _NAME_WORDS_AMONG_CUES and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                return  # a word of a name: "the United States should", "Consumer Reports" (not "Trump Says")
            self._add_cue(m, lower, cues)
        elif lower in PRONOUNS:
            if lower == "it" and _READS_AFTER.match(text, m.end()) and _WRITING_BEFORE.search(
                    text, max(0, m.start() - _WRITING_REACH), m.start()):
                return  # "... issued a statement. “...,” it read": its maker speaks, named before
            candidates.append(_Candidate(m.start(), m.end(), "pronoun", lower))
        elif lower in _POSSESSED_KIN and not _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return
        elif text[m.end():m.end() + 2] not in ("'s", "’s"):  # a role, unless "the minister's"
            start = self._role_start(m.start())
            kind = "document" if lower in DOCUMENT_NOUNS else "role"
            end = m.end()
            if lower in _ROLES_OF and text.startswith(" of ", end):
                office = _OFFICE.match(text, end)  # "secretary of state", "minister of defence"
                end = office.end() if office else end
            candidates.append(_Candidate(start, end, kind, text[start:end]))

    def _add_cue(self, m: re.Match, lower: str, cues: list[tuple[int, int, str]]) -> None:
        """The cue that the lexicon word `m` (`lower` in lower case) makes, if any."""
        text = self.text
        if lower == "according":
            to = _ACCORDING_TO.match(text, m.end())
            if to:
                cues.append((m.start(), to.end(), "according to"))
            return
        if lower == "words" and text.startswith(" of ", m.end()):
            # "in the words of a Clinton staffer" names the speaker after it, as "according to"
            # does, where no cue came before it ("Reyes said the bill would, in the words of the
            # late Sen. Kennedy, “...”" is Reyes's)
            the = _IN_THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            if the and not cues:
                cues.append((the.start(), m.end() + 3, "in the words of"))
                return
        cue = lower
        if lower in _VERB_OR_NOUN:
            before = text[max(0, m.start() - 16):m.start()].split()
            if before and (before[-1].lower() in _DETERMINERS or before[-1].lower() in _COUNTING
                           or before[-1].isdigit() and not (len(before) > 1 and before[-2][:1].isupper())):
                # "one of the states suing", "their demands", "18 states had", "the united
                # states": a noun, no cue (but "Teamsters Local 705 calls the offer")
                return
        if lower == "statement" and text[max(0, m.start() - 5):m.start()] == "in a ":
            cue = "in a statement"
        elif lower == "per" and not _AFTER_COMMA.search(text, max(0, m.start() - 3), m.start()):
            return  # "$5 per ticket"; ", per the bylaws" attributes
        elif lower == "put" and not _IT.match(text, m.end()):
            return  # "put on hold"; "as the memo put it" attributes
        elif lower in BACK_VERBS:
            back = _BACK.match(text, m.end())
            if not back:
                return  # "was shot", "pushed back the vote"; "shot back that ..." attributes
            cues.append((m.start(), back.end(), f"{lower} back"))
            return
        elif lower.startswith("ask") and text.startswith((" not to be named", " not to be identified"), m.end()):
            return  # "who asked not to be named": a condition of the speaker's, no speech
        elif lower in _ASKED_OF_SUBJECT and text.startswith(" by ", m.end()) \
                and _PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return  # "had been asked by the party to pull its ads": no one speaks
        cues.append((m.start(), m.end(), cue))

    def _role_start(self, noun_at: int) -> int:
        """Where a role's qualifiers begin: "the Kremlin press secretary" -> "Kremlin"."""
        text = self.text
        window = text[max(0, noun_at - 60):noun_at]
        window = window[window.rfind("\n") + 1:]
        start = noun_at
        for word in reversed(window.split()[-4:]):
            if not (word.lower() in ROLE_MODIFIERS or _CAPITALISED.fullmatch(word)) \
                    or word.lower() in _DETERMINERS or word in ("He", "She", "They", "It", "I"):
                break
            start = text.rindex(word, max(0, noun_at - 60), start)
        return start

    # -- lookups -------------------------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        index = bisect_right(self.sentence_starts, pos) - 1  # asked often: no max() call
        return index if index > 0 else 0

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self.paragraph_starts, pos) - 1

    def _label_speaker(self, raw: _Raw) -> Optional[str]:
        """The person whose surname, in capitals, opens the quote's paragraph as a label before
        it: "PETTIGREW: “...”", "PETTIGREW, asked about his record: “...”" ("THE FACTS:" names
        no one)."""
        paragraph_start = self.paragraph_starts[self.paragraph_of(raw.open_at)]
        if not self.text[paragraph_start:paragraph_start + 2].isupper():
            return None  # (most paragraphs: no label in capitals)
        label = _CAPITALS_LABEL.match(self.text, paragraph_start, raw.open_at + 1)
        if label is None or label.end() != raw.open_at + 1:
            return None
        sentence_end = self.sentences[self.sentence_of(raw.pieces[-1][1])].end
        if raw.close_at is not None and self._cues_between(raw.close_at + 1, max(raw.close_at + 1, sentence_end)):
            return None  # "HOUSTON: “...,” Mayor Ana Ruiz said": a dateline, and a cue names the speaker
        surname = label.group("label").rsplit(None, 1)[-1]
        named = [e.name for e in self.entities[:bisect_left(self.entity_starts, raw.open_at)]
                 if e.type == "person" and surname_of(e.name).upper() == surname]
        return named[-1] if named else None

    def _opens_paragraph(self, pos: int) -> bool:
        """Whether only spaces stand between the start of `pos`'s paragraph and it."""
        return not self.text[self.paragraph_starts[self.paragraph_of(pos)]:pos].strip()

    def _cues_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Cues in [start, end), a stretch of one sentence."""
        words = self._words(self.sentence_of(start))
        return words.cues[bisect_left(words.cue_starts, start):bisect_left(words.cue_starts, end)]

    def _candidates_between(self, start: int, end: int) -> list[_Candidate]:
        """Candidates within [start, end), a stretch of one sentence."""
        words = self._words(self.sentence_of(start))
        found = words.candidates[bisect_left(words.candidate_starts, start):
                                 bisect_left(words.candidate_starts, end)]
        return [c for c in found if c.end <= end]

    def _subject(self, index: int) -> Optional[_Candidate]:
        """The person or organisation a sentence is about: its first named subject."""
        if index not in self.subjects:
            sentence = self.sentences[index]
            start = self._after_opening(sentence.start, sentence.end)
            named = self._named_subject(Span(start, sentence.end)) if index not in self.words else False
            if named is False:
                # (outside quotation marks: "“I didn't like the way Mr. Trump talked,” she said"
                # is about her, not him)
                candidates = [c for span_start, span_end in self._unquoted(start, sentence.end)
                              for c in self._candidates_between(span_start, span_end)
                              if c.kind in ("person", "organization") and not c.object_like(self.text)
                              and not self._bracketed(c.start, c.end) and not self._modifies_noun(c.start, c.end)]
                named = candidates[0] if candidates else None
                if named is not None and named.kind == "organization" and len(candidates) > 1 \
                        and candidates[1].kind == "person" and self._titles(named.end, candidates[1].start):
                    # "CNN commentator Renee Oyelaran wasn't buying it": the organisation is
                    # part of her title, she is the subject
                    named = candidates[1]
            self.subjects[index] = named
        return self.subjects[index]

    def _speaker_opening(self, start: int, limit: int, raw: _Raw) -> Optional[str]:
        """The person, organisation or role that opens the words at `start`, after an article
        ("— A GOP consultant, to Playbook.", "a statement from the White House:"), and ends by
        `limit`."""
        article = _ARTICLE.match(self.text, start)
        start = article.end() if article else start
        opening = next((c for c in self._candidates_between(start, limit) if c.start == start), None)
        if opening is None or opening.kind not in ("person", "organization", "role"):
            return None
        return self._speaker_of(opening, raw)

    def _titles(self, start: int, end: int) -> bool:
        """Whether the words in [start, end) are a title of a role ("commentator", "chief
        economist"): lower-case words, one to three, the last a role."""
        words = self.text[start:end].split()
        return 0 < len(words) <= 3 and self.text[start:start + 1] in " \t" and self.text[end - 1:end] in " \t" \
            and all(w.islower() and w.isalpha() for w in words) and words[-1] in ROLE_NOUNS

    def _after_opening(self, start: int, end: int) -> int:
        """Where the subject of a sentence opening at `start` may stand: after an opening
        participle phrase, whose agent or topic is not it ("Asked by Halloway whether ..., Vail")."""
        opening = _OPENING_PARTICIPLE.match(self.text, start, end)
        return opening.end() if opening else start

    def _named_subject(self, sentence: Span) -> Union[_Candidate, None, Literal[False]]:
        """`_subject` from the entities alone, without reading the sentence for its cues, pronouns
        and roles (most sentences asked about hold no quote, and only pronouns ask about them):
        those are never people or organisations, and a person is never dropped as part of a
        title. False when the first subject is an organisation, which a title may hold."""
        entities, starts = self.entities, self.entity_starts
        for start, end in self._unquoted(sentence.start, sentence.end):
            for e in entities[bisect_left(starts, start):bisect_left(starts, end)]:
                if e.end > sentence.end or e.type not in ("person", "organization") \
                        or self._bracketed(e.start, e.end):
                    continue  # "the World Health Organization (WHO), Keiji Fukuda": no subject
                candidate = _Candidate(e.start, e.end, e.type, e.name)
                if not candidate.object_like(self.text) and not self._modifies_noun(e.start, e.end):
                    return candidate if e.type == "person" else False
        return None

    def _modifies_noun(self, start: int, end: int) -> bool:
        """Whether the name at [start, end) stands between "a" and a noun, which it modifies:
        "During a Harbor Authority town hall, Marisol Penhale ...", "a Trump supporter"."""
        return bool(_ARTICLE_BEFORE.search(self.text, max(0, start - 5), start)
                    and _NAME_AS_MODIFIER.match(self.text, end))

    def _bracketed(self, start: int, end: int) -> bool:
        """Whether the words at [start, end) stand alone in brackets: a gloss, no subject."""
        return self.text[start - 1:start] == "(" and self.text[end:end + 1] == ")"

    # -- attribution ---------------------------------------------------------------------------

    def attribute(self, raw: _Raw) -> _Said:
        """The quote's kind, speaker and cue word."""
        kind = self._kind(raw)
        spanned = self.text[raw.pieces[0][0]:raw.pieces[-1][1]]
        words = spanned.strip()
        if words.count(" ") < _TITLE_MAX_WORDS and _looks_like_title(words) and (
                self._names_a_work(raw) or _last_word(self.text, raw.open_at) in _NAMING_NOUNS
                or _NAMING_PARTICIPLE.search(self.text, max(0, raw.open_at - 20), raw.open_at)
                or (raw.close_at is not None and _TITLED_THING_AFTER.match(self.text, raw.close_at + 1)
                    and not words.endswith(",")
                    and not _SAID_OR_IS_BEFORE.search(self.text, max(0, raw.open_at - _LOOK_BACK), raw.open_at))):
            # the comedy “Salt And Silver,” police said / cited “The Harbour Within,” a video course
            # / the spot, called “Stand Tall,” will air ..., according to the campaign
            # / the ballot title, “Traffic Relief Plan,” / the 2015 “Waters of the United States”
            # rule: a name, though an attribution follows
            return _Said("partial")
        if self.text.endswith(("so-called ", "so called "), 0, raw.open_at):
            # the so-called “blend wall”: the writer's label, whoever uses it (a comma inside the
            # marks, “October surprise,” makes it no statement)
            return _Said("partial")
        if kind == "partial":
            if _looks_like_title(spanned) and _VENUE.search(
                    self.text, max(0, raw.open_at - _LOOK_BACK), raw.open_at):
                # on “Morning Report”, at the “Harvest Forum”: a show or an event, no quote. Words
                # in marks that someone used as a name (called her “Little Miss”) are quoted.
                return _Said(kind)
            if _ONE_WORD.fullmatch(words):
                # One word in marks within narration is a term the writer borrows or flags (called
                # it a “disgrace”, the so-called “reform”): a label, not a statement to quote.
                return _Said(kind)
            if _NAMED_AS.search(self.text, max(0, raw.open_at - 2 * _LOOK_BACK), raw.open_at):
                # Bo, dubbed Tarrow's “harbour hero” and “brave boy”: a name given, by no one
                # the sentence names
                return _Said(kind)
        labelled = self._label_speaker(raw)
        if labelled:
            return _Said(kind, labelled)
        dashed = self._dash_attribution(raw)
        if dashed:
            return _Said(kind, dashed)
        # (most quotes have no "by" near: the test is made here, before any call)
        text = self.text
        if text.find(" by ", max(0, raw.open_at - 2 * _LOOK_BACK), raw.open_at) >= 0 or (
                raw.close_at is not None and text.find(" by ", raw.close_at, raw.close_at + 2 * _LOOK_BACK) >= 0):
            author = self._author_of_writing(raw)
            if author:  # read from a letter signed by Ana Ruiz: “...”
                return _Said(kind, author)
        after = self._after_cue(raw)
        if after and after[2]:
            if kind == "partial" and after[1] in _REPORTING_CUES:
                before = self._before_cue(raw)
                if before and (before[0] or "")[:1].isupper() and not _CLAUSE_BREAK.search(self.text, before[2], raw.open_at):
                    # Ivo Brannstad said the radar “does not work”, the agency reported: his words,
                    # which the agency reports. (Not "the outage indicated that ...": a thing's
                    # name in lower case is no speaker.)
                    return _Said(kind, *before)
            return _Said(kind, after[0], after[1], after[3])
        if kind == "partial" and _last_word(self.text, raw.open_at) in _WORK_WORDS \
                and not _VERB_AFTER_PLURAL.search(self.text, max(0, raw.open_at - _LOOK_BACK), raw.open_at) and not (
                _SAID_THE_WORK.search(self.text, max(0, raw.open_at - _LOOK_BACK), raw.open_at)
                and not (raw.close_at is not None and _VERB_AFTER_TITLE.match(self.text, raw.close_at + 1))):
            # the film “...”, a song titled “...”: a work's name, whatever its case, no quote (but
            # "said the program “simply puts forms where residents are”": the subject of what is said;
            # "said the song “drivers license” was about ...": a title after all)
            return _Said(kind)
        before = self._before_cue(raw)
        if before and kind == "partial" and _CLAUSE_BREAK.search(self.text, before[2], raw.open_at):
            # "X said ..., while Y cast him as “...”": the words are the caster's, not X's.
            cast = self._cast_as(raw)
            if cast:
                return _Said(kind, cast)
        if before:
            return _Said(kind, *before)
        if after:
            return _Said(kind, after[0], after[1], after[3])
        if kind == "partial":
            cast = self._cast_as(raw)
            if cast:
                return _Said(kind, cast)
        sentence_start = self.sentences[self.sentence_of(raw.open_at)].start
        cues_before = self._cues_between(sentence_start, raw.open_at)
        if cues_before and _FIRST_PERSON_BEFORE.search(self.text, max(sentence_start, cues_before[-1][0] - 20),
                                                        cues_before[-1][0]):
            # "Then I told her the truth: “...”": the writer speaks, no one named before
            return _Said(kind)
        if kind == "full" and not _ONE_WORD.fullmatch(words):
            if sentence_start < raw.open_at and not cues_before:
                # "Ivo Hagen got in touch: “...”": a lead-in with no cue, whose subject opens it
                lead_in = self._lead_in_subject(sentence_start, raw.open_at, raw, _OPENING_WORDS)
                if lead_in:
                    return _Said(kind, lead_in)
            if _looks_like_title(words) and ". " not in words:
                # “Prepared For The Worst”, the Ledger thunders: a headline, nobody's statement
                # (“Here comes Big Daddy. The Donald.” is one of two sentences)
                return _Said(kind)
            return _Said(kind, self._inherited(raw))
        if len(words.split()) >= 3 and not _looks_like_title(words) and _NON_ALNUM.fullmatch(
                self.text, self.sentences[self.sentence_of(raw.open_at)].start, raw.open_at):
            # Quoted words that open a sentence go on from the speaker before: ...she said.
            # “You blamed the clerks on television” for it all.
            return _Said(kind, self._inherited(raw))
        return _Said("partial")  # one word, no cue of its own (“Deadline,”): a name, no statement

    def _author_of_writing(self, raw: _Raw) -> Optional[str]:
        """The person who signed, wrote or sent the writing the quoted words are read from, not its
        reader: Hagen in "Ruiz read from a letter signed by Bo Hagen: “...”" and in "“...,” Ruiz
        read from a letter signed by Hagen." (`attribute` asks only when a "by" stands near.)"""
        found = self._candidates_between(self._lead_start(raw), raw.open_at)
        if found and found[-1].kind in ("person", "organization") \
                and _LEAD_IN_END.fullmatch(self.text, found[-1].end, raw.open_at) \
                and _AUTHORED_BY.search(self.text, max(0, found[-1].start - _LOOK_BACK), found[-1].start):
            return self._speaker_of(found[-1], raw)
        if raw.close_at is None:
            return None
        end = self.sentences[self.sentence_of(raw.close_at)].end
        if end - raw.close_at > 2 * _LOOK_BACK or "by" not in self.text[raw.close_at:end]:
            return None
        for candidate in self._candidates_between(raw.close_at + 1, end):
            if candidate.kind in ("person", "organization") and _AUTHORED_BY.search(
                    self.text, max(raw.close_at, candidate.start - _LOOK_BACK), candidate.start):
                return self._speaker_of(candidate, raw)
        return None

    def _author_named_before(self, noun: str, noun_start: int, noun_end: int, verb_at: int, raw: _Raw
                             ) -> Optional[str]:
        """Who wrote "the letter" that speaks with the verb at `verb_at`, when shortly before the
        text names the writing with its author: "The campaign released a letter from Dr. Anna
        Kroll. “...,” the letter said" is the doctor's, not the campaign's that released it."""
        text = self.text
        if not text.endswith("the ", 0, noun_start) or not _ADJACENT.fullmatch(text, noun_end, verb_at):
            return None
        named_at = text.rfind(noun, max(0, noun_start - _WRITING_REACH), noun_start - 4)
        if named_at < 0:
            return None
        issued = _WRITING_BY.match(text, named_at + len(noun))
        if not issued:
            return None
        found = self._candidates_between(issued.end(), min(issued.end() + _LOOK_BACK, noun_start))
        if not found or found[0].kind not in ("person", "organization") \
                or not self._titles_only(text[issued.end():found[0].start].split()):
            return None
        return self._speaker_of(found[0], raw)

    def _names_a_work(self, raw: _Raw) -> bool:
        """Whether a work's noun stands right before the marks ("the comedy “...”"), an event's or
        a campaign's right after them (the “Iron Curtain” speech, “Spring of Life”
        demonstrations), or one ends a phrase set off after them (“...,” a ten-part video course)."""
        before = _last_word(self.text, raw.open_at)
        if before in _WORK_WORDS or before in _TITLED_WORK_WORDS:
            return True
        close = (raw.close_at or raw.pieces[-1][1]) + 1
        named = _NAMED_THING_AFTER.match(self.text, close)
        if named and named[1] in _NAMED_THINGS:
            return True
        after = _WORK_AFTER.match(self.text, close)
        return after is not None and any(w in _WORK_WORDS for w in after[1].lower().split())

    def _lead_start(self, raw: _Raw) -> int:
        """Where the quote's sentence begins, or its opening mark if that comes first."""
        return min(self.sentences[self.sentence_of(raw.open_at)].start, raw.open_at)

    def _kind(self, raw: _Raw) -> QuoteKind:
        """Full: a statement set off as a clause or sentence. Partial: words within narration."""
        if len(raw.pieces) > 1 or raw.close_at is None:
            return "full"
        text = self.text
        sentence = self.sentences[self.sentence_of(raw.open_at)]
        lead_start = min(sentence.start, raw.open_at)
        # Only the end of the lead is read: a quote deep in a long sentence costs no copy of it.
        lead = text[max(lead_start, raw.open_at - _LOOK_BACK):raw.open_at].rstrip()
        words = text[raw.pieces[0][0]:raw.pieces[0][1]].strip()
        sentence_start = _NON_ALNUM.fullmatch(text, lead_start, raw.open_at) is not None \
            or _DATELINE.fullmatch(text, lead_start, raw.open_at) is not None  # "LORAIN, Ohio — “...”"
        cue_before = self._cues_between(max(sentence.start, raw.open_at - 12), raw.open_at)
        starts_clause = sentence_start or lead.endswith((",", ":")) or (
            bool(cue_before) and lead.endswith(cue_before[-1][2]) and words[:1].isupper())
        tail = text[raw.close_at + 1:raw.close_at + 3].lstrip(" \t")
        ends_clause = _last_mark(words) in ",.?!…—–-" or tail[:1] in ("", ".", "?", "!", ",", ";",
                                                                       "\n")
        if not (starts_clause and ends_clause):
            return "partial"
        if sentence_start or lead.endswith(":") or len(words.split()) >= 3 \
                or _last_mark(words) in ",?!":
            return "full"
        return "partial"

    def _after_cue(self, raw: _Raw) -> Optional[tuple[Optional[str], str, bool, int]]:
        """(speaker, cue, set off by a comma, where the cue stands) from an attribution after
        the closing mark."""
        if raw.close_at is None:
            return None
        text = self.text
        start = raw.close_at + 1
        sentence_end = max(self.sentences[self.sentence_of(raw.close_at)].end, start)
        limit = sentence_end
        next_quote = bisect_right(self.quoted_starts, raw.close_at)
        if next_quote < len(self.quoted):
            limit = min(limit, self.quoted[next_quote][0])
        cues = self._cues_between(start, limit)
        if not cues or cues[0][0] > start + _BARE_REACH:
            bare = self._bare_verb_attribution(raw, start)
            if bare or not cues:
                return bare or (self._closing_attribution(next_quote, sentence_end, raw) if limit < sentence_end else None)
        cue_start, cue_end, cue = cues[0]
        if cue in CUE_NOUNS and len(cues) > 1:
            issuer = self._issuer(cue_end, cues[1][0], raw)
            if issuer:  # ," a statement from the coroner's office said
                return issuer, cues[1][2], True, cues[1][0]
            author = self._author_named_before(cue, cue_start, cue_end, cues[1][0], raw)
            if author:  # a letter from Dr. Anna Kroll. “...,” the letter said
                return author, cues[1][2], True, cues[1][0]
        gap = text[start:cue_start]
        if cue in _ANSWERING_CUES and _ECHO_AFTER.match(gap):
            return None  # ," a line the Halvorsen campaign mocked: they answer the words, not say them
        inner_end = _last_mark(text[raw.pieces[-1][0]:raw.pieces[-1][1]])
        set_off = inner_end in ",?!—–-" or gap.lstrip(" \t")[:1] in (",", "—", "–")
        if cue in _PHRASE_CUES or _SET_OFF.fullmatch(gap):
            if cue.endswith("ing") and cue not in _PHRASE_CUES:
                return None  # ," adding that the House would ...: the sentence's subject speaks, not the House
            # ," said Ana Ruiz / , according to the ministry
            speaker = self._speaker_after(cue_end, limit, raw, phrase=cue in _PHRASE_CUES)
            if speaker or (set_off and _UNNAMED_AFTER.match(text, cue_end)
                           and cue not in _PHRASE_CUES and cue not in CUE_NOUNS):
                # ," said a man in the crowd: a speaker no name or list gives, but this quote's own
                return speaker, cue, set_off, cue_start
            return None
        if cue in _INVERTED_CUES and text.endswith(", ", start, cue_start) and not any(
                c.kind in ("person", "organization") for c in self._candidates_between(start, cue_start)):
            # “It is high time” the ferry sailed, said Bo Hagen / ," who died at sea, said
            # Ana Ruiz: a sentence-final inverted attribution takes the whole sentence.
            speaker = self._speaker_after(cue_end, limit, raw)
            if speaker:
                return speaker, cue, True, cue_start
        if set_off:
            named = self._name_in_apposition(start, cue_start)
            if named:  # ," Ana Ruiz, a writer for the Ledger who covers the port, said
                return self._speaker_of(named, raw), cue, set_off, cue_start
        as_clause = _AS_CLAUSE.match(gap)  # ...," as the memo put it
        clause = gap[as_clause.end():] if as_clause else gap
        if len(clause.split()) > 8 or _SUBORDINATE.search(clause):
            affiliated = self._name_with_affiliation(start, cue_start) if set_off else None
            if affiliated:  # ," Dr Ana Ruiz of the National Institute for Health told reporters
                return self._speaker_of(affiliated, raw), cue, set_off, cue_start
            # ...," when Ruiz blasted him: another clause, not an attribution; unless the
            # attribution is set off by commas ("..." to win votes, she said.): it takes it all.
            tail = self._parenthetical(start, cue_start, cue_end, raw)
            return (tail, cue, set_off, cue_start) if tail else None
        candidates = [c for c in self._candidates_between(start, cue_start)
                      if not c.object_like(text) and (
                          c.kind not in _PLAIN_SUBJECTS or _ADJACENT.fullmatch(text, c.end, cue_start))]
        if cue == "put" and as_clause and not candidates:
            speaker = self._as_put_it(cue_start)  # ," as the New Ledger put it
            return (speaker, cue, set_off, cue_start) if speaker else None
        if not candidates and set_off:
            speaker = self._plain_noun_before(cue_start, start)  # ," one voter said
            return (speaker, cue, set_off, cue_start) if speaker else None
        if not candidates or (not set_off and "," not in text[start:candidates[0].start]):
            return None
        return self._speaker_of(self._titled_name(candidates, cue_start), raw), cue, set_off, cue_start

    def _closing_attribution(self, next_quote: int, sentence_end: int, raw: _Raw
                             ) -> Optional[tuple[Optional[str], str, bool, int]]:
        """`_after_cue` of a quote that later quotes of its sentence follow, from an "according
        to" that ends the sentence after the last of them: "would look “transparently political”
        and leave her with “the worst of both worlds,” according to emails seen by Reuters" are
        both the emails'. Not when a cue before the quote, a clause of its own ("... “witch hunt,”
        but ..., according to a person familiar") or a naming word ("code-named “Iron Shield,”")
        may give it to another; nor set off, so that a cue before it names its speaker first."""
        sentence_start = self.sentences[self.sentence_of(raw.open_at)].start
        if _NAMING_BEFORE.search(self.text, max(0, raw.open_at - 20), raw.open_at) \
                or self._cues_between(sentence_start, raw.open_at):
            return None
        last = next_quote
        while last + 1 < len(self.quoted) and self.quoted[last + 1][0] < sentence_end:
            last += 1
        start = self.quoted[last][1] + 1
        cues = self._cues_between(start, sentence_end)
        if len(cues) != 1 or cues[0][2] != "according to" or not _SET_OFF.fullmatch(self.text, start, cues[0][0]) \
                or _CONTRAST.search(self.text, raw.close_at or raw.open_at, start):
            return None
        cue_start, cue_end, cue = cues[0]
        speaker = self._speaker_after(cue_end, sentence_end, raw, phrase=cue in _PHRASE_CUES)
        return (speaker, cue, False, cue_start) if speaker else None

    def _bare_verb_attribution(self, raw: _Raw, start: int) -> Optional[tuple[Optional[str], str, bool, int]]:
        """“...,” Bellweather shot back. / “...!” she laughed.: a name or pronoun and a past verb
        no cue list holds, ending the sentence right after a quote set off by its comma: the
        words' speaker, whatever the verb."""
        if _last_mark(self.text[raw.pieces[-1][0]:raw.pieces[-1][1]]) not in ",?!" or not _NON_ALNUM.fullmatch(
                self.text, self.sentences[self.sentence_of(raw.open_at)].start, raw.open_at):
            return None  # (not 'When the band played “Home Again,” Tarn Oddson cried.')
        m = _BARE_VERB_AFTER.match(self.text, start)
        if not m:
            return None
        candidates = [c for c in self._candidates_between(start, m.start("verb"))
                      if c.kind in ("person", "pronoun", "role") and c.end == m.end("subject")]
        if not candidates:
            return None
        return self._speaker_of(candidates[-1], raw), m.group("verb"), True, m.start("verb")

    def _titled_name(self, candidates: list[_Candidate], cue_at: int) -> _Candidate:
        """The first of the names before a cue, or the person right before it whom a role noun
        ties to the name before: ," Tarrow City manager Bo Hagen said / Harbour Grill owner
        Dana Whitlock tells Radio Tarrow: the club and the grill are theirs, and they speak."""
        first, last = candidates[0], candidates[-1]
        if last is first or last.kind != "person" or not _ADJACENT.fullmatch(self.text, last.end, cue_at):
            return first
        between = self.text[first.end:last.start].split()
        if 1 <= len(between) <= 3 and (between[-1] in ROLE_NOUNS or between[-1] in TITLE_NOUNS) \
                and self._titles_only(between) and all(w.islower() for w in between):
            return last
        if first.kind in ("role", "organization") and (
                self._titles_only(between) or _title_of_office(self.text[first.start:last.start].split())):
            # ," police spokesman Capt. Rod Beer said / House Speaker Paul Ryan said: the role or
            # the body is his, the title before his name
            return last
        return first

    def _name_in_apposition(self, start: int, cue_at: int) -> Optional[_Candidate]:
        """The name right after a quote's closing mark when an apposition set off by commas stands
        between it and the cue: ," Ana Ruiz, the director of the port authority, said. The
        apposition may be long and hold other names, which are not the speaker."""
        found = self._candidates_between(start, cue_at)
        name_start = start
        if found and found[0].kind == "role":
            # ," the bank's chief economist, Lea Moritz, said: the name the role is given
            person = next((c for c in found[1:] if c.kind == "person"), None)
            if person and _role_in_apposition(self.text[start:person.start].split()):
                found, name_start = [person], person.start
        if not found or found[0].kind not in ("person", "organization"):
            return None
        # (titles before the name, a party and state after it: ," Rep. Dan Ambro (R-Tenn.), who ...)
        name_end = _tail_end(self.text, found[0].end) if found[0].kind == "person" else found[0].end
        if self.text[name_end:name_end + 1] != "," or not (
                _SET_OFF.fullmatch(self.text, name_start, found[0].start) or found[0].kind == "person" and self._titles_only(
                    self.text[name_start:found[0].start].strip(" \t,—–-").split())):
            return None
        last_comma = self.text.rfind(",", name_end, cue_at)
        return found[0] if _ADJACENT.fullmatch(self.text, last_comma + 1, cue_at) else None

    def _issuer(self, noun_end: int, verb_at: int, raw: _Raw) -> Optional[str]:
        """Who issued the statement (a cue noun ending at `noun_end`) that speaks with the verb at
        `verb_at`: "a statement from the coroner said" -> the coroner."""
        issued = _ISSUED_BY.match(self.text, noun_end, verb_at)
        if not issued:
            return None
        found = self._candidates_between(issued.end(), verb_at)
        if not found:  # an unnamed issuer no list knows: "the coroner"
            words = _without_determiners(self.text[issued.end():verb_at].split())
            plain = 1 <= len(words) <= 3 and all(w.isalpha() and w.lower() not in _NOT_IN_NOUN_PHRASES for w in words)
            return " ".join(words) if plain else None
        if len(found) != 1 or found[0].kind not in ("person", "organization", "role") \
                or not _ADJACENT.fullmatch(self.text, found[0].end, verb_at):
            return None
        return self._speaker_of(found[0], raw)

    def _name_with_affiliation(self, start: int, cue_at: int) -> Optional[_Candidate]:
        """The person right after a quote's closing mark (titles aside) when only an affiliation
        stands between them and the cue: ," Dr Ana Ruiz of the Port Authority told reporters.
        The affiliation may be long and hold names, which are not the speaker."""
        found = self._candidates_between(start, cue_at)
        if not found or found[0].kind != "person":
            return None
        text = self.text
        titles = text[start:found[0].start].strip(" \t,—–-").split()
        if len(titles) > 2 or any(not w[:1].isupper() or not _TITLE_WORD.fullmatch(w) for w in titles):
            return None
        if not _AFFILIATION.fullmatch(text, found[0].end, cue_at) \
                or _SUBORDINATE.search(text, found[0].end, cue_at):
            return None
        return found[0]

    def _parenthetical(self, start: int, cue_start: int, cue_end: int, raw: _Raw) -> Optional[str]:
        """The speaker of an attribution set off by commas, ", she said," or ", the agency said.",
        whose subject stands alone between the comma and the cue."""
        comma = self.text.rfind(",", start, cue_start)
        if comma < 0 or not _CLAUSE_CLOSE.match(self.text, cue_end):
            return None
        found = self._candidates_between(comma + 1, cue_start)
        if len(found) != 1 or found[0].kind in _PLAIN_SUBJECTS \
                or not _ADJACENT.fullmatch(self.text, found[0].end, cue_start) \
                or self.text[comma + 1:found[0].start].strip().lower() not in ("", "the"):
            return None
        return self._speaker_of(found[0], raw)

    def _dash_attribution(self, raw: _Raw) -> Optional[str]:
        """ “...” — Ana Ruiz: a name after a dash, with no verb."""
        if raw.close_at is None:
            return None
        dash = _DASH.match(self.text, raw.close_at + 1)
        if not dash:
            return None
        if "\n" in dash.group() and not (
                self._opens_paragraph(raw.open_at) and self.text[raw.close_at + 1:raw.close_at + 2] in ("\n", "")):
            return None  # (a byline after a paragraph that quotes: 'Reilly said it was "a travesty."')
        named = self._speaker_opening(dash.end(), self.sentences[self.sentence_of(dash.end())].end, raw)
        if named:
            return named
        name = _NAME_AFTER_DASH.match(self.text, dash.end())
        return name.group().rstrip(".,") if name else None

    def _before_cue(self, raw: _Raw) -> Optional[tuple[Optional[str], str, int]]:
        """(speaker, cue, where the cue stands) from the nearest cue before the quote in its
        sentence; the speaker is None where the cue says someone spoke whom it does not name."""
        sentence_start = self._lead_start(raw)
        cues = self._cues_between(sentence_start, raw.open_at)
        for cue_start, cue_end, cue in reversed(cues):
            if cue in _NAMING_CUES and cue_start > cues[0][0] \
                    and _RELATIVE_BEFORE_CUE.search(self.text, max(0, cue_start - 6), cue_start) \
                    and _FINITE_OPENING.match(self.text, raw.open_at + 1):
                # "She adds that voters who call themselves undecided “have not paid attention”":
                # the quote goes on with the clause the relative clause is in, the earlier cue's
                # (not "critics who say the project “will never pay”": what they say)
                continue
            possessor = self._possessor(cue_start, sentence_start) if cue in CUE_NOUNS else None
            if possessor and any(c[2] not in CUE_NOUNS and c[1] <= possessor.start
                                 and _THAT_WORD.search(self.text, c[1], possessor.start) for c in cues) \
                    and not _SET_OFF_CONTENT.match(self.text, cue_end):
                # "Whitmore said on a call that Comey's latest letter “changes nothing”": the
                # letter is what the earlier cue's speaker talks about, in the clause he reports
                # (not "argued that Smith's letter, “I will pay you back,” amounted to ...": its words)
                continue
            if possessor and (self._verb_takes(possessor, sentence_start) or (
                    _INTERRUPTION_BEFORE_POSSESSOR.search(self.text, max(sentence_start, possessor.start - 60),
                                                          possessor.start)
                    and self.text.startswith(",", cue_end) and not _CONTENT_AFTER_NOUN.match(self.text, cue_end))):
                # "Ruiz called Varga's remarks “a wake-up call”", "Ruiz, asked about Varga's
                # comments, was terse:": the remarks are the object of a speech verb or of a
                # preposition, and the sentence's subject speaks (but "seized on Varga's claim
                # that ...": what follows is the claim).
                continue
            if possessor:
                speaker = self._speaker_of(possessor, raw)
            elif cue in CUE_NOUNS and cue_start > cues[0][0] and (
                    _COPULA_AFTER.match(self.text, cue_end) or self.text.startswith((" “", ' "'), cue_end)
                    and _THAT_THE_BEFORE.search(self.text, max(0, cue_start - 10), cue_start)):
                # "Kaminski said the Scranton speech was “red meat”", "telling a host that the
                # interview “said everything”": the speech is what the earlier cue's speaker
                # describes, not the act of whoever is named before it (but "said Moss sent the
                # message “...”" is Moss's)
                continue
            elif cue in CUE_NOUNS and self.text.startswith(" from ", cue_end) \
                    and (sender := self._speaker_opening(cue_end + 6, raw.open_at, raw)):
                # "The release included a statement from Ron Tuttle, a wheat farmer: “...”" (not
                # "a speech from the Oval Office")
                speaker = sender
            elif cue in _PHRASE_CUES:
                speaker = self._speaker_after(cue_end, raw.open_at, raw, phrase=True)
            elif cue in ("saying", "telling") and (quoted := self._quoted_as(sentence_start, cue_start)):
                speaker = self._speaker_of(quoted, raw)  # the Times quoted Ana Ruiz as saying “...”
            elif (act := self._speech_act_before(cue, cue_start, sentence_start)) is not None:
                # The maker of a speech act named as a noun speaks. In a phrase ("told analysts on
                # a call that ...") it sets an earlier cue, whose speaker speaks; a verb's object
                # ("Teo Brand issued a short statement:") is its subject's; else the sentence names
                # nobody (and a quote before it is no one else's).
                earlier_verb = any(c[2] not in _NOUN_CUES and c[1] <= act for c in cues)
                if earlier_verb and _SETTING_PREPOSITION.search(self.text, max(sentence_start, act - 12), act):
                    continue
                subject = self._subject_before(act, sentence_start, raw)
                if subject is None and earlier_verb:
                    continue
                return subject, cue, cue_start
            elif self._unnamed_subject(cue_start, cue_end):
                continue  # a cue before it may still name the speaker: "She says ... tweets accusing"
            else:
                speaker = self._subject_before(cue_start, sentence_start, raw) or (
                    self._as_put_it(cue_start) if cue == "put" else
                    self._plain_noun_before(cue_start, sentence_start))
                lead = self.text[max(0, cue_start - _LOOK_BACK):cue_start].rstrip(" \t,")
                if not speaker and (lead[-1:] in "\"”" or _NON_ALNUM.fullmatch(
                        self.text, sentence_start, cue_start) or (
                        cue in _INVERTED_CUES and self.text[cue_start - 2:cue_start] == ", "
                        and cue_start == cues[-1][0])) and not (
                        cue == "asked" and _QUESTION_WORD_AFTER.match(self.text, cue_end)):
                    # "We won," said Ana Ruiz, "and we will win again." / Said Ana Ruiz: "We won."
                    # / The virus spreads fast, said Ana Ruiz of the institute: "Hundreds ..."
                    speaker = self._speaker_after(cue_end, raw.open_at, raw)
                if not speaker and cue.endswith("ing") \
                        and _OPENING_CLAUSE.fullmatch(self.text, sentence_start, cue_start):
                    speaker = self._main_subject(raw)
            if speaker:
                return speaker, cue, cue_start
        return None

    def _speech_act_before(self, cue: str, cue_at: int, sentence_start: int) -> Optional[int]:
        """Where a speech act named as a noun begins when `cue` names it or follows it ("a short
        statement", "a brief statement saying"); None when the cue is no such noun."""
        if cue in _NOUN_CUES:
            pattern = _SPEECH_ACT
        elif cue in _PARTICIPLE_CUES:
            pattern = _SPEECH_ACT_BEFORE_PARTICIPLE
        else:
            return None
        act = pattern.search(self.text, max(sentence_start, cue_at - _LOOK_BACK), cue_at)
        return act.start() if act else None

    def _quoted_as(self, sentence_start: int, cue_at: int) -> Optional[_Candidate]:
        """The name in "quoted NAME as saying" right before the cue: the one quoted speaks."""
        if not self.text.endswith(" as ", max(0, cue_at - 4), cue_at):
            return None
        found = self._candidates_between(sentence_start, cue_at - 4)
        if not found or found[-1].kind not in ("person", "organization", "role") \
                or not _ADJACENT.fullmatch(self.text, found[-1].end, cue_at - 4 + 1):
            return None
        return found[-1] if _QUOTED_BEFORE.search(self.text, max(0, found[-1].start - _LOOK_BACK),
                                                  found[-1].start) else None

    def _unnamed_subject(self, cue_start: int, cue_end: int) -> bool:
        """Whether the cue's subject is none that a name before it could be: a passive with no
        agent ("Bo has been referred to as “our son”") or a plain plural noun right before a
        participle ("rallies calling for ...", "signs demanding “...”"; but writings someone put
        out have a maker: "has aired ads accusing ...")."""
        before = self.text[max(0, cue_start - 24):cue_start]
        if not self.text.endswith("ing", cue_start, cue_end):
            return _PASSIVE_BEFORE.search(before) is not None and not self.text.startswith(" by ", cue_end)
        words = before.rsplit(None, 1)
        last = words[-1] if words and before[-1:] in " \t" else ""
        return last.isalpha() and last.islower() and last.endswith("s") and not last.endswith("ss") \
            and last not in ROLE_NOUNS and last not in _NOT_IN_NOUN_PHRASES and not (
                last in DOCUMENT_NOUNS and _PUT_OUT_BEFORE.search(before, 0, len(before) - len(last) - 1))

    def _main_subject(self, raw: _Raw) -> Optional[str]:
        """The subject right after the comma that ends the opening clause holding the quote:
        After saying the road was “a disgrace,” Ana Ruiz left -> Ana Ruiz."""
        if raw.close_at is None:
            return None
        sentence_end = self.sentences[self.sentence_of(raw.open_at)].end
        comma = self.text.find(",", raw.pieces[-1][1] - 1, sentence_end)
        if comma < 0:
            return None
        found = self._candidates_between(comma + 1, sentence_end)
        if not found or found[0].kind not in ("person", "organization", "pronoun", "role") \
                or not _MARKS_AND_SPACES.fullmatch(self.text, comma + 1, found[0].start):
            return None
        return self._speaker_of(found[0], raw)

    def _cast_as(self, raw: _Raw) -> Optional[str]:
        """Who casts someone "as" the quoted words, with no speech verb: "Reyes has been pounding
        the mayor as a “fair-weather friend”": the clause's subject. Not "such as", "known as"
        nor "served as", which name or describe rather than quote."""
        sentence_start = self._lead_start(raw)
        found = _AS_BEFORE.search(self.text, max(sentence_start, raw.open_at - _LOOK_BACK),
                                  raw.open_at)
        if not found or found.group(1).lower() in _NOT_CASTING:
            return None
        # The subject of the clause that casts: "X said ..., while Y cast him as ..." is Y's.
        clause_start = sentence_start
        for clause_break in _CLAUSE_BREAK.finditer(self.text, sentence_start, found.start()):
            clause_start = clause_break.end()
        if _PASSIVE.search(self.text, clause_start, found.end(1)):  # (the verb before "as" included)
            return None  # "Bo has been referred to as “our son”": by whom, it does not say
        # ... or of the relative clause the verb is in: "Senate candidates ..., a balancing act
        # that party officials privately describe as “...”" is the officials'
        for relative in _OBJECT_RELATIVE.finditer(self.text, clause_start, found.start()):
            if relative.group(1).lower() not in _SAYING_BEFORE_THAT:
                clause_start = relative.end()
        subject = next((c for c in self._candidates_between(clause_start, found.start())
                        if c.kind not in _PLAIN_SUBJECTS and not c.object_like(self.text)), None)
        return self._speaker_of(subject, raw) if subject else None

    def _plain_noun_before(self, cue_at: int, start: int) -> Optional[str]:
        """An unnamed speaker no list knows, as the plain subject right before its cue: "one
        questioner claimed", "a neighbour said" -> "questioner", "neighbour"."""
        found = _NOUN_SUBJECT.search(self.text, max(start, cue_at - _LOOK_BACK), cue_at)
        if not found:
            return None
        words = found.group(1).split()
        while len(words) > 1 and (words[-1] in _ADVERBS or words[-1] in _MODALS
                                  or words[-1].endswith("ly") and words[-1] not in _NOUNS_IN_LY):
            words.pop()  # "an accompanying statement specifically warned", "the jurors must also say"
        if words[-1] in _UTTERANCE_NOUNS:
            return None  # ," the same slogan regularly chanted: the words, not who says them
        if len(words) == 1 and found.group().startswith(("the", "The")):
            # "the speaker said" after "Speaker Glenn Harwell": the one named with the role
            holder = self._holder_before(words[0], found.start()) if self._lowered_aligns() else None
            if holder is not None:
                return holder[1]
            # "the company said" after "Orlen Shipping Corp. cut 300 jobs": the one it stands for
            noun_at = found.start(1)
            organisation = self._organisation_meant(_Candidate(noun_at, noun_at + len(words[0]), "role", words[0]))
            if organisation is not None:
                return organisation
        return " ".join(words)

    def _as_put_it(self, cue_at: int) -> Optional[str]:
        """The subject of "as X put it", named or not: "as one senior aide put it"."""
        found = _AS_SUBJECT.search(self.text, max(0, cue_at - _LOOK_BACK * 2), cue_at)
        if not found:
            return None
        return " ".join(_without_determiners(found.group(1).split())) or None

    def _verb_takes(self, possessor: _Candidate, sentence_start: int) -> bool:
        """Whether a speech verb stands right before `possessor` ("called Varga's"), with at most
        a title or a determiner between: the possessor's speech act is then its object."""
        cues = self._cues_between(sentence_start, possessor.start)
        if not cues or cues[-1][2] in CUE_NOUNS or cues[-1][2] in _PHRASE_CUES:
            return False
        between = self.text[cues[-1][1]:possessor.start].split()
        return len(between) <= 2 and not any(w.lower() in _NOT_IN_TITLES for w in between) \
            and "," not in self.text[cues[-1][1]:possessor.start]

    def _possessor(self, cue_at: int, sentence_start: int) -> Optional[_Candidate]:
        """Whose speech act a cue noun names: "Ana Ruiz's claim", "the union’s new statement"."""
        before = self._candidates_between(sentence_start, cue_at)
        if before and before[-1].kind in ("person", "organization") \
                and _POSSESSIVE.fullmatch(self.text, before[-1].end, cue_at):
            return before[-1]
        return None

    def _speaker_after(self, start: int, limit: int, raw: _Raw, phrase: bool = False
                       ) -> Optional[str]:
        """The name right after a cue: "said Ana Ruiz", "according to the ministry". With
        `phrase`, failing a name, the phrase up to the next comma ("according to a report")."""
        found = self._candidates_between(start, limit)
        for index, candidate in enumerate(found):
            between = self.text[start:candidate.start].split()
            if candidate.kind == "role" and index + 1 < len(found) and found[index + 1].kind == "person" \
                    and _role_in_apposition(self.text[start:found[index + 1].start].split()):
                return self._speaker_of(found[index + 1], raw)  # "said its technology editor, Nadia Oyelaran"
            if candidate.kind == "role" and _modifiers_of_a_role(between) and _HEAD_ENDS.match(self.text, candidate.end):
                # "said a commodities analyst", "said one longtime grain analyst": after a cue and
                # a determiner, the words before a role that heads its phrase can only qualify it
                # (not "said a longtime family friend", "a man wearing a police jacket")
                modifiers_start = self.text.index(between[1], self.text.index(between[0], start) + len(between[0]))
                candidate = _Candidate(modifiers_start, candidate.end, "role", self.text[modifiers_start:candidate.end])
                between = between[:1]
            # Titles and roles between: "said Rep. Ana Ruiz", "said 9/11 widow Bo Hagen"; and a
            # count before a role: "said one senior official".
            if all(w.lower() in _DETERMINERS or w.lower() in _COUNTS
                   or (candidate.kind == "role" and w.endswith(_POSSESSIVE_ENDINGS)) for w in between) or (
                    candidate.kind in ("person", "organization") and self._titles_only(between)) or (
                    candidate.kind == "person" and (_role_in_apposition(between) or _title_of_office(between)
                                                    or _role_of_a_body(between))):
                following = found[index + 1] if index + 1 < len(found) else None
                holder = next((c for c in found[index + 1:] if c.kind == "person" and c.start >= candidate.end), None)
                held = self.text[candidate.end:holder.start] if holder else ""
                if holder and (_holds_role(held) or (candidate.kind == "role" and _APPOSED.fullmatch(held))):
                    # "said Tarrow Weekly harbour writer Mira Osk", "said the Courier's editor,
                    # Ana Ruiz": the name the role is given, not the body or person it is of
                    candidate = holder
                elif candidate.kind in ("role", "document") and following and following.kind == "person" \
                        and following.start >= candidate.end \
                        and self._titles_only(self.text[start:following.start].split()):
                    # "said senior study author Dr. Ana Ruiz": the role is the name's title (not
                    # "said a Vail adviser", where the name inside the role says whose adviser)
                    candidate = following
                elif candidate.kind == "role" and following and following.kind == "person" \
                        and _title_of_office(self.text[start:following.start].split()):
                    # "said Secretary of State Jo Lind" (a role set off before its name, "said the
                    # union's president, Ada Krall", was taken at the loop's top)
                    candidate = following
                elif following and following.kind == "person" and candidate.kind != "person" and (
                        _POSSESSIVE.fullmatch(self.text, candidate.end, following.start) or (
                            candidate.kind == "organization"
                            and (self._titles_only(self.text[candidate.end:following.start].split())
                                 or _title_of_office(self.text[start:following.start].split())))):
                    # "said Harvard's Ana Ruiz", "said House Speaker Paul Ryan": the person of the body
                    candidate = following
                return self._speaker_of(candidate, raw)
            break
        if not phrase:
            return None
        clause_end = _CLAUSE_END.search(self.text, start, limit)
        end = clause_end.start() if clause_end else limit
        words = _without_determiners(self.text[start:end].split())
        if len(words) > 10:
            # "according to a complaint filed last week by the Port Authority and two tenants":
            # too long to name the speaker; the first organisation or person in it does.
            named = next((c for c in self._candidates_between(start, end)
                          if c.kind in ("person", "organization")), None)
            return self._speaker_of(named, raw) if named else None
        return " ".join(words) if words else None

    @staticmethod
    def _titles_only(words: list[str]) -> bool:
        """Whether `words`, between a cue and a name, are a few words of a title or role."""
        return len(words) <= 4 and not any(w.lower() in _NOT_IN_TITLES or not _TITLE_WORD.fullmatch(w)
                                           for w in words)

    def _subject_before(self, verb_at: int, sentence_start: int, raw: _Raw) -> Optional[str]:
        """The subject of the verb at `verb_at`: the nearest name before it, unless an object."""
        text = self.text
        verb_ing = text[verb_at:verb_at + 12].split(None, 1)[0].rstrip(",;:").endswith("ing")
        candidates = [c for c in self._candidates_between(sentence_start, verb_at)
                      if self._may_be_subject(c, verb_at, verb_ing)]
        if not candidates:
            return None
        chosen = max(candidates, key=lambda c: (c.end, -c.start))
        gap = text[chosen.end:verb_at]
        # A relative clause set off by commas describes the name: its "and", "then" join nothing
        # to the verb ("Dan Holm, who was then on the council, said").
        joined = gap.rsplit(",", 1)[-1] if _RELATIVE_OPENING.match(gap) else gap
        if _COORDINATION.search(joined) or (verb_ing and _ING_LINK.search(gap)):
            # "Reyes met the envoy and said", "Reyes met the envoy, saying", "Crowds marched past
            # the stadium while chanting": the sentence's subject; but "Pratt attacked Welles,
            # who endorsed Ortiz and called Pratt “...”": the name the relative clause is about
            # (the sentence's subject follows an opening participle phrase: "Asked by Bo Hale
            # whether it had a path, adviser Sam Dela said it did, but conceded ...")
            opening_end = self._after_opening(sentence_start, verb_at)
            chosen = self._relative_head(candidates, verb_at, ("person", "organization"), False) or next(
                (c for c in candidates if c.start >= opening_end), candidates[0])
        elif gap.lstrip().startswith(",") and (
                described := self._relative_head(candidates, chosen.start, ("person", "organization", "role"), True)):
            # "Senator Bo Hagen, who was endorsed by Ana Ruiz, said", "Ray Pelgrom, a Republican
            # who has endorsed Dwight Barlund, said": `chosen` lies in the clause about the name.
            chosen = described
        elif "," in gap and (opening := text.rfind(",", sentence_start, chosen.start)) >= 0 \
                and _RELATIVE_OPENING.match(text, opening) and "," not in text[opening + 1:chosen.start]:
            # "The United Steelworkers, which endorsed Clinton in June, said": the name lies in
            # the clause about the subject, which is the name before it, or one this text missed
            heads = [c for c in candidates if _tail_end(text, c.end) == opening]
            if not heads:
                return None
            chosen = heads[-1]
        elif _OWN_SUBJECT.match(gap.rsplit(",", 1)[-1]) and "," in gap:
            # "With Ruiz in the front row of the hall, a string of former crewmen called
            # for ...": after the comma the clause has a subject of its own, no name.
            return None
        elif "," in (_CLOSING_RELATIVE.sub("", gap) if chosen is candidates[0] else gap).lstrip()[1:] \
                or (chosen.kind == "role" and gap.lstrip().startswith(",")):
            # Between the name and the verb a clause ends: "Ana Ruiz, a senior adviser to the
            # party, said" and "Ana Ruiz, visiting the site, told reporters" go back to the name
            # the commas set off; "If she did, the rules give the chair power to call ..." has no
            # subject here. (A relative clause about a noun after the sentence's first name ends
            # none: "A spokesman for the network, which runs the clinic, said" is the spokesman.)
            # A role set off by commas ("Ana Ruiz, the press secretary, said") describes the name
            # before it, or failing one speaks itself ("the chair, who said").
            apposition = chosen.kind == "role" and gap.lstrip().startswith(",")
            last = chosen.start - 1 if apposition else chosen.end
            # (a tail before the comma: "Roe herself,", "A strategist in Raleigh, who ..."; a role
            # with one only when it opens the subject, not "Ana Ruiz, the head of the Trust,")
            named = [c for c in candidates if c.end <= last and (
                (c.kind != "pronoun" and text.startswith(",", c.end))
                or ((c.kind == "person" or c.kind == "role" and c is candidates[0])
                    and text.startswith(",", _tail_end(text, c.end))))]
            if named and not (named[-1].kind == "role" and chosen.kind == "person"
                              and _NAME_SET_OFF.fullmatch(text, named[-1].end, chosen.start)):
                chosen = named[-1]
            elif not named and not apposition:
                return None
        index = candidates.index(chosen)
        if chosen.kind == "document" and index:
            # "Renee Castor has aired an ad accusing Rep. Mark Dunn of “...”": its maker speaks,
            # the subject right before the verb (not "A PAC supporting Ron Hale released an ad")
            maker = candidates[index - 1]
            made = _MADE_WRITING.match(text, maker.end)
            if made and made.end() == chosen.start and maker.kind in ("person", "organization", "role") \
                    and not maker.object_like(text) and self._opens_clause(maker, sentence_start):
                return self._speaker_of(maker, raw)
        role = candidates[index - 1] if index else None
        if role is not None and role.kind == "role" and chosen.kind in ("person", "organization") \
                and _ROLE_OF.fullmatch(text, role.end, chosen.start):
            # "A spokesman for President Ana Ruiz said": the spokesman speaks, for her.
            link = text[role.end:chosen.start].split()[0]
            return f"{self._speaker_of(role, raw)} {link} {chosen.value}"
        if chosen.kind == "role":
            # the one the role is for, whom "for" makes no subject: "a spokesman for President Ana Ruiz said"
            served = next((c for c in self._candidates_between(chosen.end, verb_at)
                           if c.kind in ("person", "organization")), None)
            if served is not None and _ROLE_OF.fullmatch(text, chosen.end, served.start) \
                    and _ADJACENT.fullmatch(text, served.end, verb_at):
                link = text[chosen.end:served.start].split()[0]
                return f"{self._speaker_of(chosen, raw)} {link} {served.value}"
        return self._speaker_of(chosen, raw)

    def _opens_clause(self, candidate: _Candidate, sentence_start: int) -> bool:
        """Whether only a setting ("In Ohio's 10th District,") and title words stand between the
        sentence's start and `candidate`: its subject, not a name inside it."""
        setting = _OPENING_SETTING.match(self.text, sentence_start, candidate.start)
        start = setting.end() if setting else sentence_start
        words = self.text[start:candidate.start].split()
        return len(words) <= 3 and all(w[:1].isupper() or w.isalpha() and not w.endswith(("ing", "ed"))
                                       and w not in _PREPOSITIONS and w not in _NOT_IN_TITLES for w in words)

    def _relative_head(self, candidates: list[_Candidate], until: int, kinds: tuple[str, ...],
                       after_apposition: bool) -> Optional[_Candidate]:
        """The last of `candidates` of one of `kinds` right before ", who ..." (or "which",
        "whose"; with `after_apposition`, also ", a Republican who ...") whose relative clause
        runs on, no comma after its opening, to `until`: the name the clause is about."""
        for candidate in reversed(candidates):
            if candidate.end > until or candidate.kind not in kinds:
                continue
            end = _tail_end(self.text, candidate.end)  # "Rep. Jim Tully (R-Ohio), who ..."
            if (_RELATIVE_OPENING.match(self.text, end)
                    or after_apposition and _APPOSITION_THEN_RELATIVE.match(self.text, end)) \
                    and "," not in self.text[end + 1:until]:
                return candidate
        return None

    def _may_be_subject(self, candidate: _Candidate, verb_at: int, verb_ing: bool) -> bool:
        text = self.text
        if candidate.kind in _PLAIN_SUBJECTS:
            # A country or a writing speaks only as the plain subject: "Japan branded it ...",
            # "Japan, the largest donor, said ..."
            return not candidate.object_like(text) and bool(
                _ADJACENT.fullmatch(text, candidate.end, verb_at) or (
                    not verb_ing and text[candidate.end:candidate.end + 1] == ","
                    and text[candidate.end + 1:verb_at].rstrip().endswith(",")))
        # "with the press secretary saying": before its participle, a name is its subject.
        return not candidate.object_like(text) or (
            verb_ing and _ADJACENT.fullmatch(text, candidate.end, verb_at) is not None)

    def _speaker_of(self, candidate: _Candidate, raw: _Raw) -> Optional[str]:
        if candidate.kind == "role":
            # (through the role's own phrase: "A spokeswoman for the committee, Jenna Marr, said")
            name_after = _NAME_AFTER_ROLE.match(self.text, candidate.end) or _NAME_AFTER_ROLE_PHRASE.match(
                self.text, candidate.end) or _role_apposed_after(self.text, candidate.end)
            person_after = self._person_at(name_after.end()) if name_after else None
            if person_after is not None:  # "Thackeray's campaign manager, Roland Kessler, told reporters"
                return self._speaker_of(_Candidate(person_after.start, person_after.end, "person", person_after.name), raw)
            return self._role_holder(candidate) or self._organisation_meant(candidate) \
                or self._role_of_pronoun(candidate) or candidate.value
        if candidate.kind != "pronoun":
            if candidate.kind == "person":  # the person now speaking is whom "he" will mean
                self.subjects[self.sentence_of(raw.open_at)] = candidate
                joined = self.text.endswith(" and ", 0, candidate.start) and _JOINED_BEFORE.search(
                    self.text, max(0, candidate.start - 60), candidate.start)
                if joined:  # "Ana and Bo Hagen said": both speak
                    group = joined.group(1)
                    return f"{group[5:] if group.startswith('Both ') else group} and {candidate.value}"
            return candidate.value
        wanted = PRONOUNS[candidate.value]
        sex = PRONOUN_SEX.get(candidate.value, "")
        here = self.sentence_of(candidate.start)
        # "Ban Ki-moon condemned what he called ...": first the subject of the same sentence
        # (not the agent of an opening "Pressed by the moderator, Ana Ruiz, he ...").
        sentence = self.sentences[here]
        pressed = _PRESSED_OPENING.match(self.text, sentence.start, candidate.start)
        if pressed and "person" in wanted:
            # "When Avery pressed Tallis on the law, he said": the one pressed answers
            person = self._person_at(pressed.end())
            if person is not None and self._known_sex(person.name) in ("", sex):
                return person.name
        earlier = [c for c in self._candidates_between(self._after_opening(sentence.start, sentence.end), candidate.start)
                   if c.kind in wanted and not c.object_like(self.text) and self._may_be(c, sex)]
        if earlier:
            return earlier[0].value
        for index in range(here - 1, max(here - 12, -1), -1):
            setting = _OPENING_SETTING.match(self.text, self.sentences[index].start, self.sentences[index].end)
            subject_at = setting.end() if setting else self.sentences[index].start
            opening = self.text[subject_at:subject_at + 8].split(None, 1)
            if opening and opening[0].lower() == candidate.value:
                # "He then warned the board, in case Ruiz came back early ...", "At a rally, he
                # attacked Farkas": the same "he" is that sentence's subject, whom an earlier
                # sentence names, not the name inside it
                continue
            if "person" in wanted:
                # "The nominee closed with a joke. ... he said": the one the role was given
                holder = self._opening_role_holder(index)
                if holder and self._known_sex(holder) in ("", sex):
                    return holder
            # (someone unnamed is taken up only from the last two sentences: no name stands for
            # them further on)
            unnamed = self._unnamed_speaker(subject_at, self.sentences[index].end, sex) \
                if sex and index >= here - _UNNAMED_REACH else None
            subject = self._subject(index)
            if unnamed and (subject is None or _THIRD_PERSON_OF_SEX[sex].search(
                    self.text, raw.pieces[0][0], raw.pieces[-1][1])):
                # "One man in line, who declined to give his name, said ... “...,” he said": the
                # unnamed speaker of the sentence before, not a name further back; so too when that
                # sentence names someone the quote speaks of ("A police spokesman said Moore was
                # held. “He is cooperating,” he said"; but "A neighbor said Ortiz had lived there
                # for 30 years. “I have nothing left,” he said" is Ortiz's)
                return unnamed
            if subject and subject.kind in wanted:
                if self._may_be(subject, sex):
                    return subject.value
                # "Mr. Varga met Lena Ostrova. She said ...": not the subject, known to be a
                # man, but the person named with him
                named = self._person_of_sex(index, sex)
                if named:
                    return named
            elif subject is None and "person" in wanted and index == here - 1:
                topic = _FRONTED_TOPIC.match(self.text, self.sentences[index].start, self.sentences[index].end)
                person = self._person_at(topic.end()) if topic else None
                if person and self.text.startswith(",", person.end) and self._known_sex(person.name) in ("", sex):
                    # "For Tyler Bressler, the student who posted it, the week has been surreal.
                    # “...,” he said": the person the sentence is about, though no subject
                    return person.name
        if candidate.value != "it" and self.previous and self.previous[1] \
                and here - self.previous[0] <= 1 and self._known_sex(self.previous[1]) in ("", sex):
            # "“...,” my father said. He also told me that “...”": no name to read "he" as, but
            # the speaker of the quote just before, an unnamed one, is speaking on.
            return self.previous[1]
        return None

    def _unnamed_speaker(self, start: int, end: int, sex: str) -> Optional[str]:
        """The one person, unnamed and not known to be of the other sex than `sex`, who opens the
        words at [start, end) as their subject: "A spokesman for the county said" -> "spokesman",
        "A neighbor who farms the land across the road said" -> "neighbor", "His wife laughed" ->
        "Dale Kittredge's wife" (not "A report said", nor "Officials said")."""
        opening = _UNNAMED_SPEAKER_OPENING.match(self.text, start, end)
        if opening is None or opening.group("object"):
            return None  # "A reporter told him the vote was close. “...,” he said": him
        head = opening.group("head")
        if not ((head in ROLE_NOUNS or head in _PEOPLE_NOUNS) and head not in _PLURAL_PEOPLE
                and head not in _ORGANISATION_NOUNS  # "A Nevada parole board decided": no "he"
                and not (head.endswith("s") and not head.endswith("ss")) and noun_sex(head) in ("", sex)):
            return None
        if opening.group("possessive"):
            # "His wife laughed at that. “...,” she said": the wife of the one quoted just before
            role = _Candidate(opening.start("role"), opening.end("role"), "role", opening.group("role"))
            return self._role_of_pronoun(role) or opening.group("role")
        return opening.group("role")

    def _may_be(self, candidate: _Candidate, sex: str) -> bool:
        """Whether "he" or "she" (`sex`; "" for other pronouns) may stand for `candidate`: not
        a person the article shows to be of the other sex."""
        return not sex or candidate.kind != "person" or self._known_sex(candidate.value) in ("", sex)

    def _known_sex(self, name: str) -> str:
        """"m" or "f" for a person the article shows to be a man or a woman, else ""."""
        if name not in self.sex_of:
            self.sex_of[name] = told_sex(self.text, [e.start for e in self.entities if e.name == name]) \
                or given_name_sex(name)
        return self.sex_of[name]

    def _person_of_sex(self, index: int, sex: str) -> Optional[str]:
        """The first person named in sentence `index` whom the article does not show to be of
        another sex than `sex`."""
        starts = self.entity_starts
        sentence = self.sentences[index]
        for start, end in self._unquoted(sentence.start, sentence.end):  # not a name someone says
            for e in self.entities[bisect_left(starts, start):bisect_left(starts, end)]:
                if e.type == "person" and self._known_sex(e.name) in ("", sex) \
                        and not self._modifies_noun(e.start, e.end):  # not "a Trump supporter"
                    return e.name
        return None

    def _role_of_pronoun(self, role: _Candidate) -> Optional[str]:
        """ "“...,” Marcus Brandel says. “...,” his wife says": the relative or role of the named
        speaker of the quote just before ("Marcus Brandel's wife"). Only then: elsewhere "his"
        is as often someone else named before (a crime story's "His family said" after "Officer
        Tom Quill shot a man")."""
        possessive = _HIS_OR_HER_BEFORE.search(self.text, max(0, role.start - 5), role.start)
        if possessive is None or self.previous is None or self.previous[1] is None \
                or self.sentence_of(role.start) - self.previous[0] > 1:
            return None
        speaker = self.previous[1]
        sex = "m" if possessive.group(1).lower() == "his" else "f"
        named = any(e.name == speaker and e.type == "person" for e in self.entities)
        return f"{speaker}'s {role.value}" if named and self._known_sex(speaker) in ("", sex) else None

    def _role_holder(self, role: _Candidate) -> Optional[str]:
        """The person that "the ROLE" stands for, named with it earlier in the article:
        "Port Authority director Mara Velde", "Mara Velde, the port authority director" or "the
        port's director, Mara Velde"."""
        text = self.text
        if text[max(0, role.start - 4):role.start].lower() != "the ":
            return None  # "a senior official", "one nominee": someone unnamed
        if not self._lowered_aligns():
            return None
        phrase = role.value.lower()
        # the nearest holder before, under the role's name or its abbreviation ("Sen. Bo Hagen")
        found = [holder for spelling in (phrase, *_ROLE_ABBREVIATIONS.get(phrase, ()))
                 if (holder := self._holder_before(spelling, role.start - 4)) is not None]
        if found:
            return max(found)[1]
        *modifiers, head = phrase.split()
        if not modifiers:
            return None
        # "the Ohio senator", "the former governor", "the Democratic nominee": a holder of the head
        # noun with every other word of the role near the name ("Sen. Ann Roe (R-Ohio)", "Former
        # Gov. Paul Marchetti", "Democratic presidential nominee Celeste Marchetti")
        found = [holder for spelling in (head, *_ROLE_ABBREVIATIONS.get(head, ()))
                 if (holder := self._described_holder_before(spelling, modifiers, role.start - 4)) is not None]
        return max(found)[1] if found else None

    def _described_holder_before(self, head: str, modifiers: list[str], before: int) -> Optional[tuple[int, str]]:
        """The last person named with `head` before `before` whom all of `modifiers` describe
        near that naming."""
        assert self.lowered is not None
        for _ in range(_HOLDERS_TRIED):
            holder = self._holder_before(head, before)
            if holder is None:
                return None
            at = holder[0]
            if all(re.search(rf"\b{re.escape(word)}\b", self._naming_around(at, len(head))) for word in modifiers):
                return holder
            before = at
        return None

    def _naming_around(self, at: int, length: int) -> str:
        """The naming of a role's holder around its head noun at `at` (lower case): the words
        before it back to the last comma, full stop or other name, and the name right after it
        with its tail ("democratic presidential nominee", "sen. ann roe (r-ohio)")."""
        assert self.lowered is not None
        start = max(0, at - _DESCRIPTION_REACH)
        previous = bisect_left(self.entity_starts, at) - 1
        if previous >= 0 and self.entities[previous].end <= at:
            start = max(start, self.entities[previous].end)
        start = max([start] + [self.lowered.rfind(mark, start, at) + 1 for mark in ",;."])
        end = at + length
        following = bisect_left(self.entity_starts, end)
        if following < len(self.entities) and self.entity_starts[following] <= end + 2:
            end = self.entities[following].end
            tail = _HOLDER_TAIL.match(self.text, end)
            end = tail.end() if tail else end
        return self.lowered[start:end]

    def _organisation_meant(self, role: _Candidate) -> Optional[str]:
        """The organisation that "the group", "the company", "the party" stands for: the latest
        named shortly before, one whose name holds the noun if any does ("The Wisconsin Voting
        Rights Coalition celebrated. ... the group said")."""
        noun = role.value.lower().rsplit(None, 1)[-1]
        if noun not in _ORGANISATION_NOUNS or self.text[max(0, role.start - 4):role.start].lower() != "the ":
            return None
        named = [e for e in self.entities[bisect_left(self.entity_starts, role.start - _ORGANISATION_REACH):
                                          bisect_left(self.entity_starts, role.start)] if e.type == "organization"]
        if not named:
            return None
        holding = [e for e in named if noun in e.name.lower()]
        if holding:
            return holding[-1].name
        if noun not in _ANY_ORGANISATION_NOUNS or re.search(
                rf"(?:^|[.!?][\"”’]?[ \t\n]+)An?[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{noun}"
                r"(?=[ \t]+(?:of|that|which|who|called|named|representing)\b|,)", self.text[named[-1].end:role.start]):
            # "A group of 31 former attorneys general says ... The group released": the unnamed
            # one a sentence opened with (not "Acme Corp., a Dallas-based company, ...", nor "A
            # company spokeswoman said")
            return None
        return named[-1].name

    def _opening_role_holder(self, index: int) -> Optional[str]:
        """The person whose role opens sentence `index` as its subject ("The nominee closed ..."),
        named with that role earlier in the article."""
        start = self.sentences[index].start
        setting = _OPENING_SETTING.match(self.text, start, self.sentences[index].end)
        opening = _OPENING_ROLE.match(self.text, setting.end() if setting else start)
        if not opening:
            return None
        return self._role_holder(_Candidate(opening.start(1), opening.end(1), "role", opening.group(1)))

    def _lowered_aligns(self) -> bool:
        """Whether the text in lower case (made once) keeps the text's offsets: not when a letter's
        lower case is longer."""
        if self.lowered is None:
            self.lowered = self.text.lower()
        return len(self.lowered) == len(self.text)

    def _holder_before(self, phrase: str, before: int) -> Optional[tuple[int, str]]:
        """The position and name of the last person named with `phrase` before `before`."""
        text = self.text
        assert self.lowered is not None
        at = self.lowered.rfind(phrase, 0, before)
        while at >= 0:
            if at and (text[at - 1].isalnum() or text[at - 1] in "'’-"):
                at = self.lowered.rfind(phrase, 0, at)  # inside a word: "Hansen." holds no "sen."
                continue
            after = text[at + len(phrase):at + len(phrase) + 1]
            holder = self._person_at(at + len(phrase) + 1) if after == " " else None
            if after == "," and text.startswith(" ", at + len(phrase) + 1) \
                    and not _PREPOSITION_BEFORE_ROLE.search(self.lowered, max(0, at - 16), at):
                # "the port's mayor, Ben Osei, ordered": an apposition the comma closes (not "In a
                # letter to the mayor, Ana Ruiz complained")
                named = self._person_at(at + len(phrase) + 2)
                holder = named if named is not None and text.startswith(",", named.end) else None
            apposed = _APPOSED_ROLE.search(self.lowered, max(0, at - 40), at) if holder is None else None
            if apposed and not after.isalnum():
                # "Mara Velde, the port authority director", "Dale Whitcombe, the Republican nominee"
                index = bisect_right(self.entity_starts, apposed.start()) - 1
                if index >= 0 and self.entities[index].end == apposed.start() \
                        and self.entities[index].type == "person":
                    holder = self.entities[index]
            if holder is not None:
                return at, holder.name
            at = self.lowered.rfind(phrase, 0, at)
        return None

    def _person_at(self, start: int) -> Optional[Entity]:
        index = bisect_left(self.entity_starts, start)
        if index < len(self.entities) and self.entity_starts[index] == start \
                and self.entities[index].type == "person":
            return self.entities[index]
        return None

    def _inherited(self, raw: _Raw) -> Optional[str]:
        """A full quote with no cue of its own: the speaker the next sentence names ("...” That
        is how Kevin Marsh put it), else the speaker of the sentence just before, else the one
        whose short action the sentence before tells ("He paused. “...”")."""
        named_next = self._named_next(raw)
        if named_next:
            return named_next
        here = self.sentence_of(raw.open_at)
        if here == 0:
            return None
        before = self.sentences[here - 1]
        if self.paragraph_of(raw.open_at) - self.paragraph_of(before.start) > 1:
            return None
        previous = self.previous
        if previous and previous[0] == here - 1 and previous[1]:
            return previous[1]
        for cue_start, _, _ in reversed(self._cues_between(before.start, before.end)):
            speaker = self._subject_before(cue_start, before.start, raw)
            if speaker:
                return speaker
        return self._lead_in_subject(before.start, before.end, raw) or self._actor_before(before, raw)

    def _named_next(self, raw: _Raw) -> Optional[str]:
        """The speaker named by the sentence after the quote's, when it opens by pointing back
        at the words: "That is how Kevin Marsh put it", "That's what the mayor told reporters"."""
        if raw.close_at is None:
            return None
        following = self.sentence_of(raw.close_at) + 1
        if following >= len(self.sentences):
            return None
        sentence = self.sentences[following]
        pointer = _POINTS_BACK.match(self.text, sentence.start, sentence.end)
        if not pointer:
            opener = next(iter(self._candidates_between(sentence.start, sentence.end)), None)
            if opener is not None and opener.kind == "person" and not self.text[sentence.start:opener.start].strip() \
                    and _SAID_IT.match(self.text, opener.end):
                return self._speaker_of(opener, raw)  # "Ana Ruiz said it twice on Monday."
            return None
        candidates = [c for c in self._candidates_between(pointer.end(), sentence.end)
                      if c.kind in ("person", "role", "organization")]
        if not candidates or not (pointer.group("noun") or pointer.group("words")
                                  or self._cues_between(candidates[0].end, sentence.end)):
            return None  # "That is what worries Ann Roe": no verb of speech, no speaker
        if pointer.group("noun") and not _TITLE_WORDS.fullmatch(self.text, pointer.end(), candidates[0].start):
            return None  # "the message from workers who ..., angry at Hal Grenn": not his
        return self._speaker_of(candidates[0], raw)

    def _actor_before(self, before: Span, raw: _Raw) -> Optional[str]:
        """The subject of the sentence just before a quote that has no cue, when that sentence
        tells no speech and the quote opens its own: "He paused.", "Asked about the
        ads, Hollis was blunter.", "A strategist, Neil Garabedian, was more hopeful.", "Orvik's
        wife, Ana, was less amused." (not "Hollis asked Orvik about it.", whose answer may follow)."""
        start = self._after_opening(before.start, before.end)  # (its "Asked" tells no speech here)
        if self.text[self.sentences[self.sentence_of(raw.open_at)].start:raw.open_at].strip() \
                or self._cues_between(start, before.end) \
                or self.paragraph_of(raw.open_at) - self.paragraph_of(before.start) > (
                    1 if self._opens_paragraph(raw.open_at) else 0):
            return None
        candidates = self._candidates_between(start, before.end)
        subject = next((c for c in candidates if not c.object_like(self.text)), None)
        if subject is not None and subject.kind == "role" and (apposed := _APPOSED.match(self.text, subject.end)):
            # "Orvik's wife, Ana, was less amused": the name set off after the role
            subject = next((c for c in candidates if c.start == apposed.end() and c.kind == "person"), subject)
        if subject is None or subject.kind not in ("person", "pronoun", "role") or subject.value == "it":
            return None
        opening = self.text[start:subject.start]
        if opening.strip() not in _SUBJECT_OPENERS and not _APPOSITION_OPENING.fullmatch(opening) \
                or subject.kind == "role" and not opening.strip():
            return None  # (a role opens with its article: "Campaign shake-up." is a headline)
        # A longer sentence tells how its subject carried itself, or that it pressed someone
        # with the question that follows; else it is what the words are about ("Hal Grenn died
        # in the fire on Monday. “He was the best of us.”"), or whom the answer is from is
        # unclear ("Orsk pressed Varga. “I will not.”").
        asks = raw.close_at is not None and self.text[raw.pieces[-1][0]:raw.close_at].rstrip()[-1:] == "?"
        if asks and _PRESSING.match(self.text, subject.end, before.end):
            return self._speaker_of(subject, raw)
        if len(self.text[before.start:before.end].split()) > _ACTION_MAX_WORDS \
                and not _DEMEANOUR.match(self.text, subject.end, before.end) \
                or any(c.kind in ("person", "pronoun") and c.start > subject.end + 2
                       and not self.text.startswith(",", c.end) for c in candidates):
            return None
        return self._speaker_of(subject, raw)

    def _lead_in_subject(self, start: int, end: int, raw: _Raw, within: int = 0) -> Optional[str]:
        """The subject of a lead-in that ends in a colon at `end` ("In a statement she struck a
        softer tone:", "Ivo Hagen got in touch about his family:"), which speaks the quote after it;
        with `within`, only a subject among the lead-in's first `within` words."""
        if not self.text[max(start, end - _LOOK_BACK):end].rstrip().endswith(":"):
            return None
        start = self._after_opening(start, end)  # "Pressed by the moderator, Martin Esquivel, he pivoted:"
        subject = next((c for c in self._candidates_between(start, end)
                        if c.kind in ("person", "organization", "pronoun", "role")
                        and not c.object_like(self.text)), None)
        if subject is None or (within and self.text.count(" ", start, subject.start) >= within
                               and not all(word[:1].isupper() or word.lower() in ROLE_NOUNS
                                           or word.lower() in ROLE_MODIFIERS
                                           for word in self.text[start:subject.start].split())):
            return None  # (a long title may stand before it: "Nevada Democratic Party chairman Raul Ruiz:")
        return self._speaker_of(subject, raw)


_HONORIFIC = r"(?:(?:" + "|".join(sorted(HONORIFICS)) + r")\.?[ \t]+)?"
# Nouns that stand for an organisation named before ("the group said"), and those of them that
# may stand for any organisation rather than one whose name holds the noun ("the party" is a Party).
_ANY_ORGANISATION_NOUNS = frozenset("group company firm organisation organization".split())
_ORGANISATION_NOUNS = _ANY_ORGANISATION_NOUNS | frozenset(
    "party campaign ministry agency union coalition committee council commission department board bank "
    "airline club university hospital charity foundation network".split())
_ORGANISATION_REACH = 600  # characters: about three sentences
# A name right after a role, set off or not: "Thackeray's campaign manager, Dr Roland Kessler"
_NAME_AFTER_ROLE = re.compile(r",?[ \t]+" + _HONORIFIC + "(?=[A-Z])")
_NAME_AFTER_ROLE_PHRASE = re.compile(r"[ \t]+(?:for|of|at|with|to)[ \t]+(?:the[ \t]+)?[\w.'’-]+(?:[ \t]+[\w.'’-]+){0,3}?,[ \t]+"
                                     + _HONORIFIC + "(?=[A-Z])")
# A role in lower case set off after a role, then the name: "The moderator, local news anchor Carla Mendes"
_ROLE_APPOSED_AFTER = re.compile(r",[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?P<role>[a-z]+)[ \t]+" + _HONORIFIC + "(?=[A-Z])")
_APPOSED = re.compile(r",[ \t]+" + _HONORIFIC)  # "the Courier's editor, Ana Ruiz", "the board's chief inspector, Dr Ana Feld"
# Verbs of speech whose passive with an agent tells of a request, not of words: "was asked by".
_NAME_WORDS_AMONG_CUES = frozenset(("States", "Reports"))
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*[a-z][ \t]$")
# A sentence that opens with someone unnamed who speaks: "A spokesman for the county said", "One
# man in line, who declined to give his name, said" (`role`: "spokesman", "man").
_UNNAMED_SPEAKER_OPENING = re.compile(
    r"(?:A|An|One|Another|(?P<possessive>His|Her|Their))[ \t]+(?P<role>(?:[a-z-]+[ \t]+){0,3}?(?P<head>[a-z]+))"
    r"(?:[ \t]+(?:in|at|from|for|of|with|on|to)[ \t]+(?:[\w.’'-]+[ \t]+){0,3}?[\w.’'-]+)?"  # "for the county"
    r"(?:,[ \t]+[a-z][^,.;\"“”\n]{0,118},)?"  # ", who declined to give his name,"
    r"(?:[ \t]+(?:who|that)[ \t]+[a-z][^,.;\"“”\n]{0,80}?)?"  # "who farms the land across the road"
    r"[ \t]+(?:said|says|told|tells|added|explained|insisted|recalled|answered|replied|laughed|laughs|smiled"
    r"|smiles|shrugged|shrugs|nodded|nods|sighed|agreed|agrees|paused|hesitated|interjected)\b"
    r"(?P<object>[ \t]+(?:him|her)\b)?")  # (a verb of the scene: not "His father died when he was 12")
# A name between "a" and a noun modifies the noun: "a Trump supporter", "a Harbor Authority town
# hall". (After "the", the word after may be the name's verb: "The Harbour Authority closed".)
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")
_NAME_AS_MODIFIER = re.compile(r"[ \t]+[a-z]")
_THIRD_PERSON_OF_SEX = {"m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"), "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b")}
_UNNAMED_REACH = 2  # sentences back
_PEOPLE_NOUNS = frozenset(KIN_WORDS | {"man", "woman", "boy", "girl", "person"})
_PLURAL_PEOPLE = frozenset("men women people spokesmen spokeswomen spokespeople".split())
_COPULA_AFTER = re.compile(r"[ \t]+(?:was|is|were|are)\b")
_NAMING_CUES = frozenset("call calls called describe describes described".split())
_RELATIVE_BEFORE_CUE = re.compile(r"\b(?:who|that)[ \t]+$")
# Quoted words that open with a finite verb: the predicate of a clause begun before the marks.
_FINITE_OPENING = re.compile(r"(?:have|has|had|are|is|were|was|will|would|can|could|should|must|do|does|did"
                             r"|may|might)\b")
# A verb that puts a writing out, and its determiner, up to the writing's noun: after its maker
# (`_MADE_WRITING`), or right before the noun (`_PUT_OUT_BEFORE`).
_PUT_OUT = (r"(?:aired|airs|run|ran|runs|released|releases|launched|launches|issued|issues|published|publishes"
            r"|posted|posts|sent|sends|unveiled|unveils|filed|files)[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+)?"
            r"(?:new[ \t]+)?")
_MADE_WRITING = re.compile(r"[ \t]+(?:(?:has|have|had|also|just|again|recently)[ \t]+)*" + _PUT_OUT)
_PUT_OUT_BEFORE = re.compile(r"\b" + _PUT_OUT + "$")
# "that the" before a cue noun: the noun is the subject of a reported clause.
_THAT_THE_BEFORE = re.compile(r"\bthat[ \t]+the[ \t]+$")
_HIS_OR_HER_BEFORE = re.compile(r"\b(his|her|His|Her)[ \t]+$")
_ASKED_OF_SUBJECT = frozenset("asked told urged warned".split())
# Between a name and the person after it: a role of the name's ("'s former swimming coach, ").
_ROLE_BETWEEN = re.compile(r"(?P<possessive>['’]s)?((?:[ \t]+[a-z][\w-]*){1,4})(?P<comma>,)?[ \t]+" + _HONORIFIC)
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")  # "the union's", "the rebels'"
# Between a name and its role in apposition, in lower case: ", the (republican) ".
_APPOSED_ROLE = re.compile(r", the (?:[\w-]+ ){0,2}$")
# A sentence whose subject is a role: "The nominee closed ...", "The lieutenant governor laughed".
_OPENING_ROLE = re.compile(r"[\"“]?[Tt]he[ \t]+((?:[a-z-]+[ \t]+)?(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
                           + r"))\b(?!['’])")
_PREPOSITION_BEFORE_ROLE = re.compile(r"\b(?:to|about|unlike|like|for|with|against|from|by|of)[ \t]+the[ \t]+$")
_UNNAMED_AFTER = re.compile(r"[ \t]+(?:a|an|one|another)[ \t]")  # ," said a man in the crowd


def _holds_role(between: str) -> bool:
    """Whether `between` is a role of what stands before it, which the name after it holds."""
    m = _ROLE_BETWEEN.fullmatch(between)
    # (any role set off by commas after a possessive: "Thackeray's running mate, Dale Pruitt")
    return m is not None and (m.group(2).split()[-1] in ROLE_NOUNS or bool(m.group("possessive") and m.group("comma")))


# What may follow a name before the comma of its apposition: a party and state ("Rep. Jim Tully
# (R-Ohio), a member of ..."), the place of an office or a person ("Mayor Linda Okafor of Lorain, a
# Democrat", "A strategist in Raleigh, who ..."), or a reflexive ("Roe herself, asked about ...").
_PARTY_AND_STATE = r"[ \t]*\([^()\n]{1,40}\)"
_CAPITALISED_WORD = r"[A-Z][\w.'’-]*"
_NAME_TAIL = re.compile(rf"{_PARTY_AND_STATE}|[ \t]+(?:of|in|from)[ \t]+(?:the[ \t]+)?{_CAPITALISED_WORD}"
                        rf"(?:[ \t]+{_CAPITALISED_WORD}){{0,3}}(?=,)|[ \t]+(?:himself|herself|themselves)(?=,)")


def _tail_end(text: str, end: int) -> int:
    """Where a name ending at `end` ends with its tail, if any (see _NAME_TAIL)."""
    tail = _NAME_TAIL.match(text, end)
    return tail.end() if tail else end


def _title_of_office(words: list[str]) -> bool:
    """Whether `words`, between a cue and a name, are a title naming an office: "said Deputy
    Secretary of Commerce Ann Bell", "said Mayor of Linwick Carla Hoyt", "Secretary of the
    Commonwealth Darnell Hughes said", "Chairman of the Joint Chiefs of Staff Joseph Dunford"."""
    return 3 <= len(words) <= 8 and 1 <= words.count("of") <= 2 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w == "of" or (w == "the" and words[i - 1] == "of") or (w[:1].isupper() and w.rstrip(".").isalpha())
                for i, w in enumerate(words))


def _without_determiners(words: list[str]) -> list[str]:
    """`words` without the determiners that open them ("the", "a", "his")."""
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return words


# A sentence that is all quoted words, from its opening mark or from inside a quote opened before
# it (not "Hale said, “Why would I?”", whose question has its own cue).
_QUESTION_ALONE = re.compile(r"[\"“][^\"“”]*[\"”]|[^\"“”]*[\"”]")


def _rejoined(text: str, sentences: list[Span]) -> list[Span]:
    """`sentences` with a question or exclamation in marks joined to the attribution after it,
    which a sentence splitter cuts off before a name: “Why now?” | Ana Ruiz asked."""
    out: list[Span] = []
    for sentence in sentences:
        if out and text[out[-1].end - 2:out[-1].end] in _ASKED_ENDS \
                and _QUESTION_ALONE.fullmatch(text, out[-1].start, out[-1].end) \
                and _NAME_SAID.match(text, sentence.start) \
                and "\n" not in text[out[-1].end:sentence.start]:
            out[-1] = Span(out[-1].start, sentence.end)
        else:
            out.append(sentence)
    return out


# The words a subject that opens its sentence may stand among ("On Friday Ana Ruiz wrote:").
_OPENING_WORDS = 4
# A noun in apposition to the quote's words, whose clause tells how others took them: ," a line the
# campaign mocked", ," a claim that Ruiz denied" (the one who answers did not say them; but ," a line
# Ruiz repeated at every stop" is hers).
_ANSWERING_CUES = frozenset("""mocked denied ridiculed derided disputed dismissed rejected criticized criticised
    attacked condemned questioned challenged slammed blasted panned lampooned""".split())
_ECHO_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:a|an|the|that|this)[ \t]+(?:[a-z]+[ \t]+)?(?:line|phrase|remark|comment|claim|pledge|promise"
    r"|refrain|slogan|sentiment|message|description|characterization|characterisation|assertion|charge|accusation"
    r"|label|term|notion|idea|boast|vow|threat|jab|quip|dig|insult|taunt)s?[ \t]+(?:that[ \t]+|which[ \t]+)?")
# A sentence that opens by pointing back at the quote before it and names who said it: "That is
# how Kevin Marsh put it", "That's what the mayor told reporters", "Those were the words of ...".
_POINTS_BACK = re.compile(r"[ \t]*(?:That|This|Such)(?:['’]s|[ \t]+(?:is|was))[ \t]+(?:how|what|(?P<noun>the[ \t]+"
                          r"(?:message|word|verdict|view|response|reply|answer|assessment|argument|warning|promise"
                          r"|pitch|refrain|mantra|advice)[ \t]+(?:from|of)))[ \t]+(?:(?:the|a|an)[ \t]+)?"
                          r"|[ \t]*(?:Those|These)[ \t]+were[ \t]+the[ \t]+(?P<words>words)[ \t]+of[ \t]+")
# A dateline before a story's first words: "KESSA, Ohio — ", "WASHINGTON (AP) — ".
_DATELINE = re.compile(r"[\W_]*[A-Z][A-Z.'’ -]{2,}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?[ \t]*"
                       r"(?:\([^()\n]{1,30}\)[ \t]*)?[—–-]{1,2}[ \t]*[\W_]*")
# Lower-case words of a title before a name: "campaign chairman ".
# Words of a title before a name ("subcommittee Chairman "), not a preposition ("Democrats to Sen.").
_TITLE_WORDS = re.compile(r"(?:(?!(?:to|about|for|at|with|on|in|by|from|of)\b)[A-Za-z][\w.-]*[ \t]+){0,3}")
# "... ” Ana Ruiz said it twice.": a name opening the next sentence, and a verb of speech of "it".
_SAID_IT = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|put|puts|repeated|repeats|wrote|writes|summed)[ \t]+"
                      r"(?:it|that|this|so)(?:[ \t]*[.,;!?]|[ \t]+(?:[a-z]+ly|twice|again|once|on|at|in|last|this"
                      r"|to|during|before|after|up)\b)")  # (not "said that the tax would", "says it is")
# The most words a sentence of action before a quote may have ("He paused.", "Henning shrugged.")
_ACTION_MAX_WORDS = 5
# What may stand before a sentence's subject ("A strategist", "The former governor"), or before
# a name set off after its role ("Orvik's wife, Ana,", "His campaign manager, Bo Hagen,").
_ARTICLES = ("A", "An", "The", "One", "Another")
_SUBJECT_OPENERS = frozenset(("",) + _ARTICLES)
_APPOSITION_OPENING = re.compile(rf"(?:(?:{'|'.join(_ARTICLES)}|His|Her|Their|Its|[A-Z][\w.'’-]*['’]s)[ \t]+)?"
                                 r"(?:(?!and\b)[\w-]+[ \t]+){0,3}(?!and\b)[\w-]+,[ \t]+")
_PRESSING = re.compile(rf"[ \t]+(?:{_PRESSING_VERBS}|turned[ \t]+to)\b")
# How a subject carried itself, right after it (and its apposition), in a longer sentence before
# a quote it speaks: "Velde was blunter", "Ekberg, a strategist, was slightly more hopeful",
# "she paused".
_DEMEANOUR = re.compile(r"(?:,[^,.;:]{1,60})?,?[ \t]+(?:(?:was|seemed|sounded|appeared|looked|is|seems|sounds)[ \t]+"
                        r"(?:[a-z]+ly[ \t]+)?(?:more|less|(?!(?:never|ever|under|over|after|later|either|neither|other"
                        r"|rather|together|former|whether)\b)[a-z]{3,}er\b)"
                        r"|(?:[a-z]+ly[ \t]+)?(?:paused|shrugged|smiled|sighed|laughed|nodded|frowned|grinned|winced"
                        r"|hesitated|bristled|demurred|scoffed|chuckled|softened|brightened)\b)")
# Someone's remarks after a preposition in an interruption set off by commas, which are no speech
# act of theirs before the quote ("Ferrow, asked about Orrin's comments, was terse:"), unless what
# they said follows ("seized on Orrin's claim that ...").
_INTERRUPTION_BEFORE_POSSESSOR = re.compile(
    r",[^,]{0,40}?\b(?:about|on|over|to|against|with|after|despite|of|at|by)[ \t]+(?:(?:the|a|an)[ \t]+)?$")
_CONTENT_AFTER_NOUN = re.compile(r"[ \t]+that\b|[ \t]*[:,]?[ \t]*[“\"]")
# How many earlier holders of a role's head noun are tried, and how far before each naming the
# role's other words are looked for ("Democratic presidential nominee Ana Ruiz").
_HOLDERS_TRIED = 4
_DESCRIPTION_REACH = 40
# ... and what after the name may describe the holder: "(R-Ohio)", "of Ohio", "from Dayton"
# (as _NAME_TAIL, but with no comma needed after it: "Sen. Ann Roe of Ohio spoke")
_HOLDER_TAIL = re.compile(
    rf"{_PARTY_AND_STATE}|[ \t]+(?:of|from)[ \t]+{_CAPITALISED_WORD}(?:[ \t]+{_CAPITALISED_WORD}){{0,2}}")
_ROLE_ABBREVIATIONS = {
    "senator": ("sen.",), "governor": ("gov.",), "representative": ("rep.",), "congressman": ("rep.",),
    "congresswoman": ("rep.",), "general": ("gen.",), "captain": ("capt.",), "sergeant": ("sgt.",),
    "detective": ("det.",), "professor": ("prof.",), "lieutenant": ("lt.",), "colonel": ("col.",),
    "superintendent": ("supt.",), "inspector": ("insp.",), "attorney general": ("atty. gen.",)}
# A comma and any title between a role and the name set off after it, which names the holder:
# "A port official, Dr Ana Ruiz of the Harbour Board, said" is Ana Ruiz's.
_NAME_SET_OFF = re.compile(r",[ \t]+(?:[A-Z][\w.]*[ \t]+){0,2}")


# Words that stand between a determiner and a role noun in a clause, not in the role's own phrase:
# "said a deal would help analysts", "said a woman whose family owns it".
_NOT_ROLE_MODIFIERS = _NOT_IN_TITLES | _PREPOSITIONS | _MODALS | _DETERMINERS | frozenset(
    "is are was were be been has have had do does did not no whose".split())
# What may follow the head noun of a speaker's phrase: its end, or a phrase or clause about it.
_HEAD_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)—–\n]|$)|[ \t]+(?:in|of|for|at|with|from|on|who|which|that|and)\b")


def _modifiers_of_a_role(words: list[str]) -> bool:
    """Whether `words`, between a cue and a role noun, are a determiner or count and up to four
    plain or capitalised words that qualify the role: "a commodities", "one longtime grain", "a
    senior House GOP leadership". (A name among them would have been a candidate of its own.)"""
    return 2 <= len(words) <= 5 and (words[0].lower() in _DETERMINERS or words[0].lower() in _COUNTS) \
        and all(w.replace("-", "").isalpha() and w.lower() not in _NOT_ROLE_MODIFIERS for w in words[1:])


def _role_apposed_after(text: str, end: int) -> Optional[re.Match]:
    """`_ROLE_APPOSED_AFTER` at `end`, when its last word is a role ("local news anchor", not
    "who told")."""
    m = _ROLE_APPOSED_AFTER.match(text, end)
    return m if m and (m.group("role") in ROLE_NOUNS or m.group("role") in TITLE_NOUNS) else None


def _role_of_a_body(words: list[str]) -> bool:
    """Whether `words`, between a cue and a name, are a body's name of many words and a role in it:
    "said Democratic Senatorial Campaign Committee spokesman Isaac Thorne" (a short one is a title,
    `_titles_only`)."""
    return 3 <= len(words) <= 8 and words[-1] in ROLE_NOUNS and all(
        w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words[:-1])


def _role_in_apposition(words: list[str]) -> bool:
    """Whether `words`, between a cue and a name, are a role set off by a comma before the name:
    "said his daughter, Rosa", "said the campaign's lawyer, Bo Hagen"; after a possessive, any role
    in lower case: "said Ratewise's head of research, Dr Callum Doyle"."""
    if words and words[-1].rstrip(".") in HONORIFICS:
        words = words[:-1]
    if not 2 <= len(words) <= 5 or not words[-1].endswith(","):
        return False
    owner = 1 if words[0].lower() in _DETERMINERS else 0
    if owner < len(words) - 1 and words[owner].endswith(_POSSESSIVE_ENDINGS) and all(
            w.rstrip(",").isalpha() and w.rstrip(",").islower() for w in words[owner + 1:]):
        return True
    role = words[-1][:-1].lower()
    return (role in ROLE_NOUNS or role in KIN_WORDS) and all(
        w.lower() in _DETERMINERS or w.lower() in ROLE_MODIFIERS or w.endswith(_POSSESSIVE_ENDINGS)
        or (i > 0 and w.isalpha() and (w[:1].isupper() or _describes_a_role(w))) for i, w in enumerate(words[:-1]))


def _describes_a_role(word: str) -> bool:
    """A lower-case word that may qualify a role ("technology editor"): no function word or verb form."""
    return word not in _NOT_IN_TITLES and word not in _DETERMINERS and not word.endswith(("ed", "ing"))


def _last_word(text: str, end: int) -> str:
    """The word right before `end` (past a comma and spaces), in lower case."""
    words = text[max(0, end - 16):end].rstrip(" \t,").rsplit(None, 1)
    return words[-1].lower() if words else ""


def _last_mark(words: str) -> str:
    """The last character of quoted words, past closing single quotes: 'outreach,' -> ","."""
    words = words.rstrip(" \t\n'’")
    return words[-1:]


_TITLE_MAX_WORDS = 10


def _looks_like_title(words: str) -> bool:
    """Two or more words, all capitalised but the small ones: a show's or a book's name."""
    parts = words.rstrip(".,").split()
    if not 2 <= len(parts) <= _TITLE_MAX_WORDS:
        return False
    return all(w[0].isupper() or w in _SMALL_WORDS or not w[0].isalpha() for w in parts)
