"""Text helpers shared by chunking, lexical search and evaluation: folding, tokens, language."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from index.results import Question
from index.spelling import american

# Curly quotes, dashes and odd spaces, mapped one to one onto their plain forms.
_PUNCT_FOLD = str.maketrans(
    "\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2012\u2212\u00a0\u2009\u202f",
    "'''''\"\"\"\"\"----   ",
)


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` as a set (for word lists written as prose)."""
    return frozenset(text.split())


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SPACES = re.compile(r"\s+")

ENGLISH_STOPWORDS = word_set(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves s t don't it's he's she's that's
    what's who's i'm i've tell give show please know think thing things say get got one ones said
    says many much
    """
)
SPANISH_STOPWORDS = word_set(
    """
    a al algo ante antes como con contra cual cuales cuando de del desde donde durante e el ella
    ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado estan estas este esto
    estos fue fueron ha han hasta hay la las le les lo los mas me mi mientras muy nada ni no nos o
    otra otro para pero poco por porque que quien quienes se sea segun ser si sin sobre su sus
    tambien te tiene tienen todo todos tu un una unas uno unos y ya dijo dice hizo paso qué quién
    cómo cuándo dónde cuál sucedio ocurrio
    """
)
# Months (1–12) and weekdays (Monday 0 … Sunday 6), English (with the usual abbreviations) and Spanish, folded.
_MONTHS_IN_ORDER = (
    ("january jan", "enero"),
    ("february feb", "febrero"),
    ("march mar", "marzo"),
    ("april apr", "abril"),
    ("may", "mayo"),
    ("june jun", "junio"),
    ("july jul", "julio"),
    ("august aug", "agosto"),
    ("september sep sept", "septiembre"),
    ("october oct", "octubre"),
    ("november nov", "noviembre"),
    ("december dec", "diciembre"),
)
SPANISH_MONTHS = frozenset(spanish for _, spanish in _MONTHS_IN_ORDER)
MONTH_NUMBERS = {
    name: number
    for number, (english, spanish) in enumerate(_MONTHS_IN_ORDER, start=1)
    for name in [*english.split(), spanish]
}
# The English months and their short forms, capitalised, longest first ("June" before "Jun"); and the Spanish ones.
ENGLISH_MONTHS = "|".join(
    sorted((name.capitalize() for name in MONTH_NUMBERS if name not in SPANISH_MONTHS), key=len, reverse=True)
)
SPANISH_MONTH_NAMES = "|".join(sorted(SPANISH_MONTHS))
# Words speaking of someone already named: "He later left", "They moved", "his family".
THIRD_PERSON = re.compile(r"\b(?:he|she|they|him|her|them|his|their)\b", re.IGNORECASE)
WEEKDAY_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            "monday lunes",
            "tuesday martes",
            "wednesday miercoles",
            "thursday jueves",
            "friday viernes",
            "saturday sabado",
            "sunday domingo",
        ]
    )
    for name in names.split()
}
# Months and weekdays written out (each English month's first name, not its abbreviations): dates, never names or
# places.
MONTHS_AND_DAYS = frozenset(english.split()[0] for english, _ in _MONTHS_IN_ORDER) | SPANISH_MONTHS
MONTHS_AND_DAYS |= frozenset(WEEKDAY_NUMBERS)
# Function words that are common in one language and rare in the other (so no "a", "no", "me").
_SPANISH_HINTS = word_set(
    """
    el la los las un una unos unas del al de que quien como cuando donde cual cuales por para con
    sin sobre entre es son fue fueron era eran esta estan este esto estos estas ese esa eso se su
    sus le les lo y o pero muy mas ya hay hubo han ha dijo dice hizo paso tiene tienen porque segun
    tras hasta desde tambien en pa cuanto cuantos cuanta cuantas
    """
)
_ENGLISH_HINTS = word_set(
    """
    the of and to in is are was were what who whom which where when why how did does do has have had
    this that these those with for from by about will would could should it its they them their
    there been being an any can you your he she his her
    """
)


_COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower-case `text` and fold accents, curly quotes and dashes to plain ASCII-like forms."""
    text = text.translate(_PUNCT_FOLD).lower()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def without_possessive(word: str) -> str:
    """`word` without a possessive ending, straight or curly ("Maduro's" → "Maduro")."""
    return word.removesuffix("'s").removesuffix("’s")


def holds_any_word(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds one of `words` (folded) as a whole word, whatever its case and accents ("Guaidó" for
    "guaido")."""
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(word)}\b", folded) for word in words)


def squash(text: str) -> str:
    """Fold `text` and collapse all runs of whitespace to one space (the identity of a passage)."""
    return _SPACES.sub(" ", fold(text)).strip()


def content_key(text: str) -> int:
    """A stable positive 63-bit id for a passage: equal only for identical texts, so every place that shares
    a key can be cited for exactly the quoted words."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") & 0x7FFF_FFFF_FFFF_FFFF


def sha256_hex(data: str | bytes) -> str:
    """Hex SHA-256 of text (UTF-8) or bytes."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def words(text: str) -> list[str]:
    """The folded words of `text`, possessive endings dropped ("venezuela's" -> "venezuela")."""
    return [w.split("'")[0] if w.endswith("'s") else w for w in _WORD.findall(fold(text))]


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


# Words compared by their first letters: "protesters" and "protestors", "officers" and "officer" are one.
BEGINNING = 5


def term_beginnings(text: str) -> set[str]:
    """The first letters (`BEGINNING`) of each search term of `text`."""
    return {term[:BEGINNING] for term in lexical_terms(text)}


def lexical_terms(text: str) -> list[str]:
    """Stemmed content words of `text` for BM25: stop words (English and Spanish) removed, British spellings
    read as American ("defence" and "defense" are one term)."""
    kept = [american(w) for w in words(text) if w not in ENGLISH_STOPWORDS and w not in SPANISH_STOPWORDS]
    return _stemmer().stemWords(kept)


def word_stems(text: str) -> list[str]:
    """Every word of `text` stemmed, stop words kept ("got", "given")."""
    return _stemmer().stemWords([american(w) for w in words(text)])


def guess_language(text: str) -> str:
    """Return "es" when `text` reads as Spanish, else "en" (a vote of function words and Spanish marks)."""
    tokens = words(text)
    spanish = sum(t in _SPANISH_HINTS for t in tokens) + sum(ch in "¿¡ñÑ" for ch in text)
    spanish += sum(ch in "áéíóúÁÉÍÓÚ" for ch in text) / 2
    english = sum(t in _ENGLISH_HINTS for t in tokens)
    return "es" if spanish > english else "en"


def question_terms(question: str) -> list[str]:
    """The content terms of a question: those a checked Question carries, else stemmed now."""
    return list(question.terms) if isinstance(question, Question) else lexical_terms(question)


# A question that opens by asking why asks for a reason, whatever it names later: "why does Putin care so much
# who runs Caracas" asks neither who runs it nor for a name; "why was he jailed?" still asks for the charges.
# "Porque" (because) and "para que" (so that) open statements, not questions; "why… and who replaced him?"
# asks a second question. "¿Para qué institución trabaja…?" asks for which one (the reason row of
# data/attributes.tsv takes the same nouns as <<FOR_WHICH>>). Not an outlet: read as which one, "¿para qué periódico
# trabaja el fotógrafo?" was answered by passages naming none (measured at stop 73), so it stays read as why.
FOR_WHICH = (
    r"instituci[oó]n|instituto|centro|fundaci[oó]n|ministerio|banco|organizaci[oó]n|organismo|empresa|compa[nñ]ía|firma|"
    r"pa[ií]s|gobierno|partido|universidad|grupo"
)
_WHY_OPENING = re.compile(rf"^\W*(?:why|how come|por qu[eé]|porqué|para qué(?!\s+(?:{FOR_WHICH})\b))\b", re.IGNORECASE)
_SECOND_QUESTION = re.compile(
    r"\b(?:and|y|e)\s+(?:who|what|which|when|where|how|qui[eé]n|qu[eé]|cu[aá]l|cu[aá]nd|d[oó]nde|c[oó]mo|cu[aá]nt)",
    re.IGNORECASE,
)


def reason_opening_end(question: str) -> int | None:
    """Where the opening of a question asking only why ends ("¿Por qué"), or None if it asks something else: a
    fact asked for only after that opening is part of the reason, not what the question wants."""
    opening = _WHY_OPENING.search(question)
    if not opening or _SECOND_QUESTION.search(question, opening.end()):
        return None
    return opening.end()


# Counts written in words, English and Spanish: "three", "dozens", "varios".
NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|dozen|dozens|hundred|hundreds|thousand|"
    "thousands|million|millions|billion|billions|several|half|none|"
    "uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cientos|miles|millones|varios|varias|algunos"
)
# A year of the last two centuries, or its decade ("the 1990s").
A_YEAR = r"\b(?:1[89]\d\d|20\d\d)s?\b"
