"""Split an article body into quotable passages: exact spans at paragraph and sentence boundaries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import blingfire

MAX_PASSAGE_CHARS = 420
MAX_LEAD_IN_WORDS = 22
MAX_ABSORBED_CHARS = 700
MAX_CONTINUED_CHARS = 560
MIN_STANDALONE_CHARS = 70
MAX_HEADING_WORDS = 15

_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^[ \t]*[•·▪◦*\-–][ \t]+")
_QUOTE_OPENERS = "\"'“‘«„"
OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[:]))[\"'“‘«„](?=\S)")
CLOSING_QUOTE = re.compile(r"(?<=\S)[\"'”’»](?=[\s.,;:!?)\]]|$)")
_BOILERPLATE = re.compile(
    r"^(advertisement|leave a reply|your email address will not be published\.?|"
    r"(share|read more|related|sign up|subscribe)\b.{0,60}|"
    r"via [\w ]{0,40}|"
    r"(©|\(c\)|copyright).{0,80}(rights reserved)?\.?)$",
    re.IGNORECASE,
)
# A live blog's items: "Update: Moving toward the palace", "Breaking news – …" (not "Breaking-news coverage").
_LIVE_UPDATE = re.compile(r"(?:updated?|breaking(?: news)?|correction)\s*(?::|[-–—]\s)", re.IGNORECASE)
_REPORTING_VERBS = re.compile(
    r"\b(tweet(ed|s)?|said|says|wrote|writes|added|posted|declared|told|announced|stated|"
    r"reads|saying|warned|insisted|responded|replied|continued)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Passage:
    """A quotable span of an article body: `text` is exactly body[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Paragraph:
    start: int
    end: int
    bullet: bool


@dataclass(frozen=True)
class _Unit:
    """A window of whole sentences inside paragraph number `paragraph`."""

    start: int
    end: int
    paragraph: int
    bullet: bool


def chunk_article(body: str, max_chars: int = MAX_PASSAGE_CHARS) -> list[Passage]:
    """Cut `body` into passages of whole sentences that read on their own.

    A passage is a paragraph, or a window of its sentences when it is long. A lead-in ("Pence tweeted:",
    a heading question) takes along the quote or list it introduces; a paragraph carrying on an open quote,
    or too short to stand alone ("he added."), joins the passage before it.
    """
    paragraphs = [p for p in _paragraphs(body) if not _BOILERPLATE.match(body[p.start : p.end])]
    units = [
        _Unit(start, end, number, paragraph.bullet)
        for number, paragraph in enumerate(paragraphs)
        for start, end in _sentence_windows(body, paragraph, max_chars)
    ]
    passages: list[Passage] = []
    position = 0
    while position < len(units):
        unit = units[position]
        end, following = unit.end, position + 1
        ends_paragraph = following == len(units) or units[following].paragraph != unit.paragraph
        if ends_paragraph and following < len(units):
            end, following = _absorb(body, units, following, unit, end)
        starts_paragraph = position == 0 or units[position - 1].paragraph != unit.paragraph
        if passages and starts_paragraph and _joins_previous(body, passages[-1], unit, end):
            previous = passages.pop()
            passages.append(Passage(previous.start, end, body[previous.start : end]))
        else:
            passages.append(Passage(unit.start, end, body[unit.start : end]))
        position = following
    return passages


def _joins_previous(body: str, previous: Passage, unit: _Unit, end: int) -> bool:
    """True for a paragraph that carries on the previous passage's open quote, or is too short to stand alone (a live
    blog's "Update: …" line stands alone however short)."""
    if body[previous.end : unit.start].strip() or end - previous.start > MAX_CONTINUED_CHARS:
        return False
    if body[unit.start] in _QUOTE_OPENERS:
        opened = len(OPENING_QUOTE.findall(previous.text))
        closed = len(CLOSING_QUOTE.findall(previous.text))
        if opened > closed:
            return True
    text = body[unit.start : end]
    if _LIVE_UPDATE.match(text):
        return False  # a live blog's "Update: …" line is news of its own, however short
    short = len(text) < MIN_STANDALONE_CHARS and _ends_sentence(text)
    return short and not unit.bullet and not _BULLET.match(_line_at(body, previous.end - 1))


def _ends_sentence(text: str) -> bool:
    """True when `text` ends like a sentence (a heading or a lead-in ending in ':' does not)."""
    stripped = text.rstrip().rstrip("\"'”’»)")
    return stripped[-1:] in (".", "!", "?", "…")


def _line_at(body: str, position: int) -> str:
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    return body[start : end if end >= 0 else len(body)]


def sentences(body: str) -> list[tuple[int, int]]:
    """Spans of every sentence of the body (one pass over the whole text), boilerplate paragraphs left out."""
    boilerplate = [(p.start, p.end) for p in _paragraphs(body) if _BOILERPLATE.match(body[p.start : p.end])]
    return [(start, end) for start, end in sentence_spans(body) if not any(s <= start < e for s, e in boilerplate)]


def _paragraphs(body: str) -> list[_Paragraph]:
    """Non-empty lines, trimmed of surrounding spaces and bullet markers."""
    found = []
    for match in _LINE.finditer(body):
        line = match.group(0)
        bullet = _BULLET.match(line)
        lead = bullet.end() if bullet else len(line) - len(line.lstrip())
        content = line[lead:].rstrip()
        if content:
            start = match.start() + lead
            found.append(_Paragraph(start, start + len(content), bool(bullet)))
    return found


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of `text` (shifted by `offset`): never across a line break, and a split before a
    lower-case word undone."""
    _, raw = blingfire.text_to_sentences_and_offsets(text)
    spans: list[tuple[int, int]] = []
    for raw_start, raw_end in raw:
        for line in _LINE.finditer(text, raw_start, raw_end):
            piece = line.group(0).strip()
            if not piece:
                continue
            start = text.index(piece, line.start())
            end = start + len(piece)
            same_line = spans and "\n" not in text[spans[-1][1] : start]
            if same_line and not _starts_sentence(piece):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    if not spans and text.strip():
        stripped = text.strip()
        first = text.index(stripped)
        spans = [(first, first + len(stripped))]
    return [(start + offset, end + offset) for start, end in spans]


@lru_cache(maxsize=4096)  # the checks ask of the same few passages for every mention they weigh
def sentence_around(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence of `text` holding position `at` ("U.S." and "Gen." end none); the whole text when
    `at` falls between sentences."""
    return next(((start, end) for start, end in sentence_spans(text) if start <= at < end), (0, len(text)))


def _starts_sentence(piece: str) -> bool:
    first = piece.lstrip(_QUOTE_OPENERS + "([ ")[:1]
    return not first.islower()


def _sentence_windows(body: str, paragraph: _Paragraph, max_chars: int) -> list[tuple[int, int]]:
    """Group a paragraph's sentences into windows of at most `max_chars` (a longer sentence stands alone)."""
    text = body[paragraph.start : paragraph.end]
    if len(text) <= max_chars:
        return [(paragraph.start, paragraph.end)]
    sentences = sentence_spans(text, paragraph.start)
    count = -(-len(text) // max_chars)
    target = len(text) / count
    windows: list[tuple[int, int]] = []
    for start, end in sentences:
        if windows and (end - windows[-1][0] <= target * 1.15 or end - windows[-1][0] <= 60):
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _lead_in_kind(text: str) -> str:
    """ "heading" for a short heading line, "lead" for a line announcing a quote or list, else ""."""
    stripped = text.rstrip()
    if stripped.endswith("?") and len(stripped.split()) <= MAX_HEADING_WORDS:
        return "heading"
    if len(stripped) < MIN_STANDALONE_CHARS and not _ends_sentence(stripped) and not stripped.endswith(":"):
        return "heading"
    if stripped.endswith(":"):
        return "lead"
    if any(mark in stripped for mark in _QUOTE_OPENERS + "”’"):
        return ""
    if len(stripped.split()) <= MAX_LEAD_IN_WORDS and _REPORTING_VERBS.search(stripped):
        return "lead"
    return ""


def _absorb(body: str, units: list[_Unit], index: int, unit: _Unit, end: int) -> tuple[int, int]:
    """Extend a lead-in over what it introduces; return the passage end and the next unit to read."""
    kind = _lead_in_kind(body[unit.start : unit.end])
    following = units[index]
    if (kind == "heading" and not following.bullet) or (kind == "lead" and body[following.start] in _QUOTE_OPENERS):
        return following.end, index + 1
    while kind == "lead" and index < len(units) and units[index].bullet:
        if units[index].end - unit.start > MAX_ABSORBED_CHARS:
            break
        end, index = units[index].end, index + 1
    return end, index
