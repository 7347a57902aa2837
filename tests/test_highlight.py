"""Highlighting: every word of a quote that matches a content word of the question is bold, nothing else is."""

from __future__ import annotations

from bot.render.answers import answer_pages
from bot.render.text import highlighted
from index.highlight import highlight_spans
from index.search import Answer, Quote, Source

QUESTION = "How much oil did the ministry say Venezuela produced?"
TEXT = "Oil output fell, the ministry said; Venezuela produced less oil, the Ministry of Oil said."
BOLD = (
    "**Oil** output fell, the **ministry** said; **Venezuela produced** less **oil**, the **Ministry** of **Oil** said."
)


def _bold(question: str, text: str) -> str:
    return highlighted(text, highlight_spans(question, text))


def test_every_matching_word_is_bold_wherever_and_however_often_it_occurs():
    assert _bold(QUESTION, TEXT) == BOLD


def test_the_posted_answer_shows_every_highlight():
    source = Source("a", "Oil", "Energy Daily", "2019-05-03", "https://example.org/oil", 0, len(TEXT))
    field = answer_pages(Answer(QUESTION, (Quote(TEXT, 1.0, source),)), 3, 5)[0].fields[0]
    assert field.value.startswith(f"> {BOLD}\n")


def test_accents_case_and_word_forms_match_in_spanish():
    text = "Guaido pidió a los militares; Guaidó dijo que el militar"
    shown = _bold("¿Qué dijo Guaidó sobre los militares?", text)
    assert shown == "**Guaido** pidió a los **militares**; **Guaidó** dijo que el **militar**"


def test_neighbouring_matches_are_one_bold_run_and_punctuation_splits_them():
    spans = highlight_spans("oil output", "Oil  output, oil.")
    assert spans == [(0, 11), (13, 16)]
    # Each line of a passage is quoted on its own: bold never runs from one line into the next.
    assert highlight_spans("oil output", "Oil\noutput") == [(0, 3), (4, 10)]


def test_a_question_of_only_common_words_highlights_nothing():
    assert highlight_spans("what did they say about it?", TEXT) == []
    assert _bold("what did they say about it?", "They said it.") == "They said it."
