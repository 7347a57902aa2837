"""Whose words "he said" reports, read from the lines before a passage in its article: after "National Security
Advisor John Bolton said the Venezuelan military has a choice to make…", the line '"Venezuelans have made clear that
the current path toward democracy is irreversible," he tweeted.' is Bolton's. For a question asking a named person's
words ("what exactly did Trump's tweet say?", "what did Pompeo say about Russia?"), a passage naming no one speaking
but "he" or "she", after a line (of the five before it) naming people speaking and not the asked one, reports someone
else's words. Lines naming nobody speaking leave the passage to the other checks.
"""

from __future__ import annotations

import re

from index.names import QUOTED
from index.person_said import asked_person_words, someone_unnamed_speaks
from index.speakers import NAMED_AFTER, NAMED_BEFORE, asked_speaker_words, speakers_in
from index.text import words


def asks_someones_words(question: str) -> bool:
    """Whether `question` asks what a named person said, or their exact words."""
    return bool(_asked(question))


def someone_else_spoke_before(question: str, passage: str, before: list[str]) -> bool:
    """Whether `passage` has only "he" or "she" speaking, and the nearest of the lines `before` it in its article
    (nearest first) that names the person whose words `question` asks for or has someone named speaking has
    someone else speaking."""
    asked = _asked(question)
    if not asked or any(speaker in asked for speaker in speakers_in(passage, (NAMED_BEFORE, NAMED_AFTER))):
        return False
    unquoted = QUOTED.sub(lambda quote: '"' + " " * (len(quote.group()) - 1), passage)
    if asked & set(words(passage)) or not someone_unnamed_speaks(unquoted, asked):
        return False
    for line in map(_outside_quotes, before):
        if asked & set(words(line)):
            return False  # "Defence Minister Vladimir Padrino Lopez condemned…" before "'…,' he said" is his
        if speakers_in(line, (NAMED_BEFORE, NAMED_AFTER)):
            return True
    return False


# A quote running to the end of its line, opened at the line's start or after a colon: a speech quoted over several
# paragraphs ("'The regime's claim… Maduro does not have the backing…", then "He continued: '…").
_QUOTE_TO_THE_END = re.compile(r"(?:^\s*|:\s*)['‘\"“].*$")


def _outside_quotes(line: str) -> str:
    """`line` without what it quotes: a name said by the speaker is not the speaker's."""
    return _QUOTE_TO_THE_END.sub(" ", QUOTED.sub(" ", line))


def lines_before(article: str, start: int) -> list[str]:
    """The last few non-empty lines of `article` before the passage starting at `start`, nearest first."""
    lines = [line for line in article[:start].splitlines() if line.strip()]
    return lines[::-1][:_LINES_BACK]


# A speaker named up to this many lines back may still be "he": a speech is quoted over several paragraphs ("In his own
# address…, Guaido…", "In footage posted on Twitter, he said: '…", "'The regime's claim…", "He continued: '…"). Five
# lines set aside two more development look-alikes than three, and no answer of the development sets or eval/foreign.
_LINES_BACK = 5


def _asked(question: str) -> frozenset[str]:
    """The folded words naming the person whose words `question` asks for."""
    return asked_person_words(question) or asked_speaker_words(question)
