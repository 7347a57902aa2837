"""Questions to quotes with the real models: names, numbers, paraphrases, Spanish, declines, recency."""

from __future__ import annotations

import datetime as dt
import os
import signal

import numpy as np
import pytest
from conftest import BACKENDS, CORPUS, REPO, backend_options

from index.articles import Article
from index.candidates import Candidate
from index.corpus import read_corpus_file
from index.errors import QuestionError
from index.evaluate import load_questions
from index.library import Library
from index.question import read_question
from index.ranking import NEAR_DUPLICATE_OVERLAP, overlap
from index.search import _lexical_view
from index.text import lexical_terms


def _texts(answer):
    return [q.text for q in answer.quotes]


def test_every_quote_is_the_exact_article_text_at_its_offsets(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    for question in ("who leads SEBIN", "what happened at La Carlota", "what did Pompeo say"):
        answer = engine.ask(question, k=5)
        for quote in answer.quotes:
            for place in (quote.cited, *quote.also_in):
                article = read_corpus_file(CORPUS / f"{place.article_id}.md")
                assert article.body[place.start : place.end] == quote.text
                assert place.title == article.title and place.published == article.published_text


def test_names_and_numbers_are_found(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    assert "SEBIN" in _texts(engine.ask("who leads SEBIN"))[0]
    assert "$17billion" in _texts(engine.ask("What is the $17billion?"))[0]


def test_a_paraphrase_finds_the_passage(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    texts = _texts(engine.ask("who runs the intelligence service"))
    assert any("SEBIN" in t or "secret police" in t for t in texts)


def test_a_passage_telling_of_someone_the_sentence_before_names_is_found(real_engine):
    # "Journalist Tucker Carlson continued his line of questioning…" names neither Fox nor Diaz-Balart: the passage
    # before it does.
    texts = _texts(real_engine.ask("who was the fox host grilling diaz balart about the missiles"))
    assert any("Tucker Carlson" in t for t in texts)


def test_every_passage_knows_the_passages_around_its_place(real_engine):
    state = real_engine.state
    before, after = state.neighbours
    rows = [r for r in range(state.passage_count) if "Tucker Carlson continued" in state.passage_text(r)]
    assert len(rows) == 1
    assert "Diaz-Balart" in state.passage_text(int(before[rows[0]]))
    assert after[before[rows[0]]] == rows[0]
    places = state.occurrences[state.occurrences[:, 1] == 0]
    opening = int(places[places[:, 2].argmin(), 0])  # an article's first passage has none before it
    assert before[opening] == -1 and after[opening] >= 0


def test_a_spanish_question_finds_the_english_passage(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    texts = _texts(engine.ask("¿Quién dirige la policía secreta de Venezuela?"))
    assert any("Figuera" in t or "SEBIN" in t for t in texts)


def test_a_spanish_question_is_searched_by_word_through_its_english_gloss():
    # The articles are English: "heridos" finds "wounded", and the name is kept as typed.
    words = _lexical_view(read_question("¿Cuántos heridos hubo en La Carlota?"), "es")
    assert {"wound", "carlota"} <= set(words.terms) and "herido" not in words.terms
    english = read_question("How many were wounded at La Carlota?")
    assert _lexical_view(english, "en") is english


@pytest.mark.parametrize(
    "question",
    ["What is the capital of France?", "How do I bake sourdough bread?", "¿Cómo arreglo mi bicicleta?"],
)
def test_out_of_scope_questions_are_declined_with_a_reason(real_engine_on_each_backend, question):
    engine = real_engine_on_each_backend
    answer = engine.ask(question)
    assert answer.abstained and answer.quotes == ()
    assert answer.reason


@pytest.mark.parametrize(
    "question", ["Who is Juan Guaido?", "what happened to Leopoldo Lopez", "¿Qué hizo Maduro el martes?"]
)
def test_in_scope_questions_are_answered(real_engine_on_each_backend, question):
    engine = real_engine_on_each_backend
    assert not engine.ask(question).abstained


def test_a_repeated_caption_is_shown_once(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    answer = engine.ask("protesters take cover as security forces fire tear gas from La Carlota airbase", k=6)
    texts = _texts(answer)
    assert len(texts) == len(set(texts))
    for i, first in enumerate(texts):
        for second in texts[i + 1 :]:
            assert overlap(set(lexical_terms(first)), set(lexical_terms(second))) < 0.85


def _overlapping_places(first, second) -> bool:
    return any(
        a.article_id == b.article_id and a.start < b.end and b.start < a.end
        for a in (first.cited, *first.also_in)
        for b in (second.cited, *second.also_in)
    )


def test_near_identical_passages_of_the_real_corpus_never_appear_twice_in_one_reply(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    # Outlets reprint wire copy with a word changed; a reply shows such a passage once (e.g. Figuera's post).
    questions = [item["q"] for item in load_questions(REPO / "eval" / "dev_qa.jsonl") if item["kind"] != "oos"]
    for question in questions:
        quotes = engine.ask(question, k=5).quotes
        for i, first in enumerate(quotes):
            for second in quotes[i + 1 :]:
                shared = overlap(set(lexical_terms(first.text)), set(lexical_terms(second.text)))
                assert shared < NEAR_DUPLICATE_OVERLAP, (question, first.text, second.text)
                assert not _overlapping_places(first, second), (question, first.text, second.text)


def test_empty_and_overlong_questions_are_refused(real_engine_on_each_backend):
    engine = real_engine_on_each_backend
    with pytest.raises(QuestionError):
        engine.ask("   ")
    with pytest.raises(QuestionError):
        engine.ask("why " * 400)


WIRE = "Brazil's president said the uprising against Maduro was by no means a defeat for the opposition."


@pytest.fixture(scope="module", params=BACKENDS)
def disagreeing_engine(request, tmp_path_factory, real_embedders):
    """Two reports of the death toll on different days, plus an unrelated article; on each backend, read back by
    another library after the build."""
    root = tmp_path_factory.mktemp("recency")
    corpus = root / "corpus"
    articles = [
        Article(
            "early",
            "Clashes in Caracas",
            "Officials said one person died in the clashes in Caracas on Tuesday.\n",
            "Morning Wire",
            dt.date(2019, 4, 30),
        ),
        Article(
            "late",
            "Death toll rises",
            "Officials said four people died in the clashes in Caracas on Tuesday.\n",
            "Evening Post",
            dt.date(2019, 5, 2),
        ),
        Article(
            "other",
            "Oil output",
            "Venezuela's oil output fell again in April, the ministry said on Friday.\n",
            "Energy Daily",
            dt.date(2019, 5, 3),
        ),
        Article(
            "wire-a",
            "Wire story",
            f"{WIRE}\nThe Morning Wire added its own closing line, about the protests planned for the next day.\n",
            "Morning Wire",
            dt.date(2019, 5, 2),
        ),
        Article(
            "wire-b",
            "Same wire story",
            f"A different opening line from another paper about the day in Caracas.\n{WIRE}\n",
            "Evening Post",
            dt.date(2019, 5, 2),
        ),
    ]
    from index.corpus import write_corpus_file

    for article in articles:
        write_corpus_file(corpus, article)
    options = backend_options(request, request.param)
    Library(corpus, root / "index", real_embedders, **options).build(who="test")
    return Library(corpus, root / "index", real_embedders, **options).engine


def test_a_newer_report_on_the_same_point_comes_first_with_both_dates(disagreeing_engine):
    answer = disagreeing_engine.ask("How many people died in the clashes in Caracas?")
    cited = [(q.cited.article_id, q.cited.published) for q in answer.quotes]
    assert cited[:2] == [("late", "2019-05-02"), ("early", "2019-04-30")]


def test_the_same_paragraph_in_two_outlets_is_one_quote_citing_both(disagreeing_engine):
    answer = disagreeing_engine.ask("What did Brazil's president say about the uprising against Maduro?")
    first = answer.quotes[0]
    assert first.text == WIRE
    assert {first.cited.article_id, *(s.article_id for s in first.also_in)} == {"wire-a", "wire-b"}
    assert all(quote.text != WIRE for quote in answer.quotes[1:])


def test_a_forked_process_still_embeds_questions_with_the_models_it_inherited(real_embedders):
    # E5 runs on a thread of its own; a forked child (a pre-forking server) inherits that executor without its
    # thread, and must not wait for it forever.
    question = "¿Quién dirige el SEBIN?"
    expected = real_embedders["e5"].embed_query(question)
    child = os.fork()
    if child == 0:  # pragma: no cover (runs in the child, which must never return into pytest)
        try:
            signal.alarm(30)
            same = np.allclose(real_embedders["e5"].embed_query(question), expected, atol=1e-5)
            os._exit(0 if same else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_near_repeat_that_adds_the_name_takes_the_place_of_the_sentence_without_it(real_engine):
    # The Daily Mail gives the sentence twice, the second time naming the chief; ranked first, the bare sentence
    # used to push the named one out as its near repeat, and the reader could then accept neither.
    state = real_engine.state
    sentences = [row for row in range(state.passage_count) if state.passage_text(row).startswith("In a possible sign")]
    named = [row for row in sentences if "Manuel Ricardo Cristopher Figuera" in state.passage_text(row)]
    bare = [row for row in sentences if "Figuera" not in state.passage_text(row)]
    assert len(named) == 1 and len(bare) == 1
    chosen = real_engine._distinct(state, np.array([bare[0], named[0]]), np.array([2.0, 1.0]), 5)
    assert [(c.row, c.score) for c in chosen] == [(named[0], 2.0)]
    chosen = real_engine._distinct(state, np.array([named[0], bare[0]]), np.array([2.0, 1.0]), 5)
    assert [c.row for c in chosen] == [named[0]]


def test_a_near_repeat_worded_otherwise_that_adds_the_name_takes_the_place_of_the_one_without(real_engine):
    # "But in a possible sign that Mr Maduro's inner circle…penned a letter" against "…the head of Venezuela's secret
    # police – Manuel Ricardo Cristopher Figuera – wrote a letter": not every word of the first, but every name and
    # his, so a question asking his name can be answered.
    state = real_engine.state
    texts = {row: state.passage_text(row) for row in range(state.passage_count)}
    bare = [row for row, text in texts.items() if text.startswith("But in a possible sign")]
    named = [row for row, text in texts.items() if text.startswith("In a possible sign") and "Manuel Ricardo" in text]
    assert len(bare) == 1 and len(named) == 1
    chosen = real_engine._distinct(state, np.array([bare[0], named[0]]), np.array([2.0, 1.0]), 5)
    assert [(c.row, c.score) for c in chosen] == [(named[0], 2.0)]


class _Passages:
    """Just enough of an index state for choosing distinct passages: texts, each alone in an article of its own."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def passage_text(self, row: int) -> str:
        return self.texts[row]

    def primary(self, row: int) -> np.ndarray:
        return np.array([row, row, 0, len(self.texts[row])])

    def occurrences_of(self, row: int) -> np.ndarray:
        return self.primary(row)[None, :]


def test_a_fuller_repeat_never_brings_in_a_second_copy_of_another_chosen_passage(real_engine):
    state = _Passages(
        [
            "ministry embassy uprising caracas colonel",  # chosen first
            "ministry embassy uprising caracas tanker",  # shares four of five words: not a repeat of the first
            "ministry embassy uprising caracas colonel tanker",  # the first's words and more, but repeats the second
            "ministry embassy uprising caracas colonel general",  # the first's words and more, and nothing else's
        ]
    )
    chosen = real_engine._distinct(state, np.array([0, 1, 2]), np.array([3.0, 2.0, 1.0]), 5)
    assert [c.row for c in chosen] == [0, 1]
    chosen = real_engine._distinct(state, np.array([0, 1, 3]), np.array([3.0, 2.0, 1.0]), 5)
    assert [(c.row, c.score) for c in chosen] == [(3, 3.0), (1, 2.0)]


def test_a_question_naming_an_outlet_finds_that_outlet_s_report(real_engine):
    answer = real_engine.ask("how did zerohedge sum up guaido's big attempt in the end")
    shown = [quote for quote in answer.quotes if "a spectacular failure" in quote.text]
    assert shown and shown[0].cited.source == "ZeroHedge"


@pytest.mark.parametrize(
    ("chosen", "repeat"),
    [
        # Another person in the same words, a number the repeat leaves out, a place's name added with a number lost.
        (
            "Juan Guaido spoke to thousands of supporters in Caracas on Tuesday.",
            "Leopoldo Lopez spoke to thousands of supporters in Caracas on Tuesday.",
        ),
        (
            "Maduro said 25 soldiers had defected to the opposition in Caracas.",
            "Mr Maduro said soldiers had defected to the opposition in Caracas.",
        ),
        (
            "Doctors said 50 people were treated near the clashes in Caracas.",
            "Doctors at the Salud Chacao clinic said people were treated near the clashes in Caracas.",
        ),
    ],
)
def test_a_near_repeat_naming_someone_else_or_losing_a_number_never_takes_the_place(chosen, repeat):
    state = _Passages([chosen, repeat])
    first, second = (Candidate(row, 1.0, state.passage_text(row), state.occurrences_of(row)) for row in (0, 1))
    assert not second.says_more_than(first, state)
