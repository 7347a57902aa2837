"""Which words of a quote to highlight for a question: those sharing a stem with the question's content words."""

from __future__ import annotations

import re

from index.text import lexical_terms, question_terms

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def highlight_spans(question: str, text: str) -> list[tuple[int, int]]:
    """Character spans of `text` whose word matches a content word of `question` (merged when adjacent)."""
    wanted = set(question_terms(question))
    if not wanted:
        return []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        terms = lexical_terms(match.group(0))
        if terms and terms[0] in wanted:
            start, end = match.span()
            between = text[spans[-1][1] : start] if spans else "x"
            if not between.strip() and "\n" not in between:  # bold never spans lines (each is quoted apart)
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans
