"""The reader's second look at a passage it doubts: the question in the passage's own words."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from index.answerability import ANSWERS_AT, read_in_turn
from index.in_passage_words import WordMeanings, in_passage_words

# A tiny table of word vectors: synonyms share a direction, everything else is orthogonal.
_SAME = {"spouse": "wife", "troops": "soldiers", "china": "country", "fighting": "battles", "politician": "ally"}


def _fake_encode(words):
    rows = np.zeros((len(words), 4099), dtype=np.float32)
    for at, word in enumerate(words):
        word = word.lower()  # MiniLM reads words uncased
        rows[at, zlib.crc32(_SAME.get(word, word).encode()) % 4099] = 1.0
    return rows


@pytest.fixture
def meanings() -> WordMeanings:
    return WordMeanings(_fake_encode)


@pytest.mark.parametrize(
    ("question", "passage", "read_as"),
    [
        # A word the passage lacks is read as the passage's word of the same meaning.
        (
            "where's the spy chief's spouse now?",
            "A senior US official said the general's wife is currently outside the country.",
            "where's the spy chief's wife now?",
        ),
        ("did the troops stay?", "About 25 soldiers sought refuge.", "did the soldiers stay?"),
        # Words the passage has stay, and so do words with no match in it.
        ("how many soldiers went to the embassy?", "About 25 soldiers went to the embassy.", None),
        # A word the passage has in another form is the same word: "politician" is not read as "ally".
        ("who is the other politician hiding there?", "another political ally has been holed up.", None),
        # "china" names a country, so it is not read as "country"; a word only written with a capital is never put in.
        ("how much does venezuela owe china", "Every country in the region watched.", None),
        ("did the troops stay", "Soldiers marched.", None),
    ],
)
def test_the_question_is_read_in_the_passages_words_names_and_shared_words_aside(question, passage, read_as, meanings):
    assert in_passage_words(question, passage, meanings) == (read_as or question)


class _SynonymBlindReader:
    """Answers only when the question uses the passage's own word for the thing asked."""

    def score(self, question, passages):
        return np.array([0.9 if "wife" in question else 0.01 for _ in passages])


def test_the_reader_accepts_a_passage_it_doubted_once_the_question_is_in_its_words(meanings):
    passages = [(7, "A senior US official said the general's wife is currently outside the country.")]
    question = "where's the spy chief's spouse?"

    def reword(asked, passage):
        return in_passage_words(asked, passage, meanings)

    assert read_in_turn(_SynonymBlindReader(), question, passages, set(), ANSWERS_AT).answers == ()
    assert read_in_turn(_SynonymBlindReader(), question, passages, set(), ANSWERS_AT, reword=reword).answers == (0,)


def test_the_real_engine_answers_a_synonym_of_the_passages_word(real_engine):
    answer = real_engine.ask("where's the spy chief's spouse right now?")
    assert not answer.abstained
    assert any("general's wife is currently outside the country" in quote.text for quote in answer.quotes)
    assert real_engine.ask("how much money does venezuela owe china").abstained
