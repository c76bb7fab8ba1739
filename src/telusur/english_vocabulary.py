"""English words telusur knows, for every layer that meets English: the function words that frame a question (STOP),
the course word list (data/english-indonesian.tsv, read once, on first use), and an inflected word's base forms. The
questions' English (query/english.py) and the citation reader's "is this a name or an English word" (citations) both
read them, so they sit below both, beside indonesian.py."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "data" / "english-indonesian.tsv"
# Wiktionary's translations (WikDict via FreeDict, CC BY-SA 3.0), checked and written by bench/english_wikdict.py: the
# words of fields no course list holds ("carp", "fertilizer", "potassium", "buffer"), read after the team's list.
WIKDICT = LEXICON.with_name("english-indonesian-wikdict.tsv")
# Its compounds of two to four words ("civil servant" pegawai_negeri, "maternity leave" cuti_hamil), written by the same
# script: query/english.py reads them as one thing, as it reads its own TERMS.
WIKDICT_PHRASES = LEXICON.with_name("english-indonesian-wikdict-phrases.tsv")

# Words that frame an English question or join its words; never content to look up.
STOP = frozenset("""
a an the of in on at to for from by with about into onto as and or nor but if then than so that this these those
there here it its it's they them their he his she her we our you your i me my what which who whom whose why how
when where is are was were be been being am do does did done have has had having can could will would shall should
may might must not no any some such each every all both either neither one ones other another more most much many
few less least very also just only even still yet up down out over under again further once own same too
according say said tell give name list describe explain define mean meant called known way ways kind kinds sort
thing things
happen happens happened between among per within without upon whether
myself ourselves yourself yourselves himself herself itself themselves ours yours hers theirs him
above across along around behind beyond beside besides despite during except throughout toward towards underneath
until till unlike via since before after through amid amongst
because although though unless while whereas whenever wherever whatever whoever whichever however therefore thus hence
moreover furthermore nevertheless nonetheless otherwise meanwhile
several various else etc already always never sometimes rather quite almost ever perhaps maybe seldom instead indeed
someone somebody something anyone anybody anything everyone everybody everything nobody nothing cannot et al
""".split())

# The helper verbs an English question opens a question or a clause with ("When did …?", "…, and does it …?"): kinds
# reads a time by them ("when is …"), english a second question joined to the first ("What is X and has it …?").
HELPER_VERBS = tuple("is was are were do does did can could will would should must may might has have had".split())


# Light verbs (delexical: "make a will", "get rid of", "take care", "use a tool"): what they say lies in their object, and
# every Indonesian text writes their words (membuat, mendapat, menggunakan), so that the text "has a word for" one says
# nothing of whether it covers the question ("How do I make sourdough bread at home?" of a course that never bakes).
# Read only where a question's share of known words is counted (english.content_words(light=False)), not in search.
LIGHT_VERBS = frozenset("do make take have give get go come put set keep let use".split())


def _word_table(path) -> dict[str, tuple[str, ...]]:
    """A word list's lines, `english<TAB>indonesian words`, '#' lines being its notes."""
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, indonesian = line.split("\t", 1)
            out[english.strip()] = tuple(indonesian.split())
    return out


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """English base form -> Indonesian words (a phrase's words joined by "_")."""
    return _word_table(LEXICON)


@lru_cache(maxsize=1)
def wikdict() -> dict[str, tuple[str, ...]]:
    """English word -> the Indonesian words Wiktionary gives that the team's list does not (WIKDICT), read once, on the
    first English question a look-up misses in the team's list."""
    return _word_table(WIKDICT)


@lru_cache(maxsize=1)
def wikdict_phrases() -> dict[str, tuple[str, ...]]:
    """English compound -> the Indonesian words Wiktionary gives for it (WIKDICT_PHRASES: `phrase<TAB>part of
    speech<TAB>words`), read once, on the first English question."""
    out: dict[str, tuple[str, ...]] = {}
    for line in WIKDICT_PHRASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, _, indonesian = line.split("\t")
            out[english] = tuple(dict.fromkeys(out.get(english, ()) + tuple(indonesian.split())))
    return out


def translations(form: str, named: bool = False) -> tuple[str, ...]:
    """The Indonesian words (a phrase's joined by "_") of an English base form, for an English question's look-up:
    the team's course list (lexicon), whose senses were chosen for course texts; for a word it lacks, Wiktionary's
    (wikdict: "carp" -> ikan_mas, "fertilizer" -> pupuk), unless the question writes the word as a name (named: a
    capital; "James" is no "jam", selai). Only the look-up of a question's words reads the second: is_english_word,
    english_for and the citation reader read the team's list alone."""
    return lexicon().get(form) or (() if named else wikdict().get(form, ()))


@lru_cache(maxsize=1)
def english_for() -> dict[str, tuple[str, ...]]:
    """Indonesian word -> the English base forms whose entry gives it as one word ("produksi" -> manufacture, produce,
    production): the word list read backwards, for a passage a text writes in English."""
    out: dict[str, list[str]] = {}
    for english, words in lexicon().items():
        for word in words:
            if "_" not in word:
                out.setdefault(word, []).append(english)
    return {word: tuple(english) for word, english in out.items()}


def is_english_word(word: str) -> bool:
    """An English word telusur reads: a function word or one of the word list's (any inflection: "disorders")."""
    return word.lower() in STOP or any(form in lexicon() for form in base_forms(word))


# Irregular verb forms of common English words -> their base form ("kept" -> "keep"), and irregular plurals and
# comparatives ("children" -> "child"): the suffix rules below cannot reach them. A verb's own are a past form
# wherever one is read ("How many came?": a verb, quantity).
IRREGULAR_VERBS = dict(pair.split(":") for pair in """
arose:arise arisen:arise awoke:awake bore:bear borne:bear beaten:beat became:become began:begin begun:begin
bent:bend bound:bind bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break bred:breed
brought:bring built:build burnt:burn bought:buy caught:catch chose:choose chosen:choose came:come crept:creep
dealt:deal dug:dig drew:draw drawn:draw dreamt:dream drank:drink drunk:drink drove:drive driven:drive ate:eat
eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee flew:fly flown:fly
forbade:forbid forbidden:forbid forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze
frozen:freeze got:get gotten:get went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide
held:hold kept:keep knelt:kneel knew:know known:know laid:lay led:lead learnt:learn left:leave lent:lend
lit:light lost:lose made:make meant:mean met:meet paid:pay proved:prove proven:prove rode:ride
ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run saw:see seen:see sought:seek sold:sell sent:send
shook:shake shaken:shake shone:shine shot:shoot showed:show shown:show shrank:shrink sang:sing sung:sing
sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak spent:spend spun:spin
stood:stand stole:steal stolen:steal stuck:stick stung:sting struck:strike stricken:strike swore:swear
sworn:swear swept:sweep swam:swim swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear
told:tell thought:think threw:throw thrown:throw understood:understand undertook:undertake undertaken:undertake
underwent:undergo undergone:undergo woke:wake woken:wake wore:wear worn:wear wove:weave woven:weave wept:weep
won:win withdrew:withdraw withdrawn:withdraw wrote:write written:write
""".split())
IRREGULAR = dict(pair.split(":") for pair in """
better:good best:good worse:bad worst:bad
children:child men:man women:woman people:person feet:foot teeth:tooth mice:mouse geese:goose lives:life
wives:wife knives:knife leaves:leaf halves:half selves:self thieves:thief criteria:criterion phenomena:phenomenon
analyses:analysis bases:basis crises:crisis hypotheses:hypothesis theses:thesis diagnoses:diagnosis
curricula:curriculum syllabi:syllabus stimuli:stimulus indices:index appendices:appendix
""".split()) | IRREGULAR_VERBS


# Prefixes a verb keeps through its irregular forms ("rebuilt", "overcame", "undertaken", "withheld", "mistook"): the
# table above lists the unprefixed forms, so the prefixed base is read through them, longest prefix first.
_VERB_PREFIXES = ("under", "over", "with", "fore", "out", "mis", "re", "un", "up")

# Irregular plurals closing a compound ("grandchildren", "businessmen", "chairwomen"), "women" before "men".
_COMPOUND_PLURALS = (("children", "child"), ("women", "woman"), ("men", "man"))


def base_forms(word: str) -> list[str]:
    """The word and the base forms it may be an inflection of ("theories" -> "theory", "burning" -> "burn",
    "defined" -> "define", "children" -> "child"), most likely first."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$|'$", "", w)
    out = [w]
    if w in IRREGULAR:
        out.append(IRREGULAR[w])
    for prefix in _VERB_PREFIXES:  # "rebuilt" -> "rebuild", "overtaken" -> "overtake", "upheld" -> "uphold"
        if w.startswith(prefix) and w[len(prefix):] in IRREGULAR_VERBS and w not in IRREGULAR:
            out.append(prefix + IRREGULAR_VERBS[w[len(prefix):]])
            break
    for plural, single in _COMPOUND_PLURALS:  # "grandchildren" -> "grandchild", "chairmen" -> "chairman"
        if w.endswith(plural) and len(w) >= len(plural) + 4:
            out.append(w[:-len(plural)] + single)
            break
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[:-len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "planned" -> "plan"
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")  # "studied" -> "study"
    if w.endswith("ly") and len(w) > 5:
        out.append(w[:-2])
    return list(dict.fromkeys(out))
