"""Someone the articles never name: no passage can say what happened to them."""

from __future__ import annotations

from index.lexical import LexicalIndex
from index.strangers import names_unknown_to

ARTICLES = [
    "Opposition leader Juan Guaido called for an uprising; Leopoldo Lopez stood beside him.",
    "Colombian President Ivan Duque condemned the violence, said Cabello.",
]


def _lexical() -> LexicalIndex:
    import numpy as np

    return LexicalIndex.empty().with_rows(np.zeros(0, dtype=bool), ARTICLES)


def test_a_person_no_article_names_is_unknown():
    assert names_unknown_to("Was Guaido's deputy Edgar Zambrano arrested after the uprising?", _lexical()) == [
        "Edgar Zambrano"
    ]


def test_a_person_named_in_any_article_or_in_part_is_known():
    lexical = _lexical()
    assert names_unknown_to("What did Ivan Duque say about the uprising?", lexical) == []
    assert names_unknown_to("Was Leopoldo Lopes arrested again?", lexical) == []  # a misspelt surname: Leopoldo known
    assert names_unknown_to("What did President Duque say?", lexical) == []


def test_single_words_and_spanish_questions_are_not_read():
    lexical = _lexical()
    assert names_unknown_to("What did the Pentagon chief say?", lexical) == []  # a paraphrase's own word
    assert names_unknown_to("¿Qué fue la Operación Libertad de Guaido?", lexical) == []


def test_the_engine_declines_a_question_about_someone_the_articles_never_name(real_engine):
    answer = real_engine.ask("Was Guaido's deputy Edgar Zambrano arrested after the uprising?")
    assert answer.abstained
