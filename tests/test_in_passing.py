"""Why something happened is not answered by a passage telling it only in passing, nor, beside one, by a passage
never telling it."""

from __future__ import annotations

import pytest

from index.in_passing import told_only_in_passing

IN_PASSING = (
    "Mr Guaido said he called for the uprising to restore Venezuela's constitutional order, broken when Mr Maduro was "
    "sworn in for a second term following elections boycotted by the opposition and considered illegitimate."
)
HEADLINE = "Maduro Declares Victory Over 'Attempted Coup'"
REASON = "The opposition boycotted the vote because its leaders were barred from running."


@pytest.mark.parametrize(
    "question",
    [
        "Why did the opposition boycott the election that gave Maduro his second term?",
        "What was the opposition's reason for boycotting the election?",
        "the opposition boycotted the election maduro won, but why did they boycott it?",
        "¿Por qué la oposición boicoteó las elecciones en las que Maduro fue reelegido?",
    ],
)
def test_an_act_told_in_passing_gives_no_reason_and_neither_does_a_passage_never_telling_it(question):
    passages = [(1, IN_PASSING), (2, HEADLINE), (3, REASON)]
    assert told_only_in_passing(question, passages) == {1, 2}


def test_a_participle_followed_by_a_cause_may_give_the_reason():
    caused = "Maduro won elections boycotted by the opposition in protest at the barring of its candidates."
    question = "Why did the opposition boycott the election?"
    assert told_only_in_passing(question, [(1, caused), (2, HEADLINE)]) == set()


def test_an_allegiance_told_with_no_cause_says_whom_they_back_not_why():
    question = "Why did the National Guard stay loyal to Maduro?"
    caption = (
        "Members of the National Guard who joined Guaido fire into the air to repel forces loyal to President Maduro"
    )
    aside = "Armoured cars of the National Guard, which has largely remained loyal to Maduro, drove into the crowd."
    caused = "The National Guard stayed loyal to Maduro because its commanders feared prosecution."
    elsewhere = "Guaido called on the armed forces to join him."
    assert told_only_in_passing(question, [(1, caption), (2, aside), (3, caused), (4, elsewhere)]) == {1, 2, 4}
    assert told_only_in_passing("Why did the National Guard stay loyal to Maduro?", [(3, caused)]) == set()


def test_without_a_passage_telling_the_act_in_passing_nothing_is_set_aside():
    assert told_only_in_passing("Why did the opposition boycott the election?", [(2, HEADLINE), (3, REASON)]) == set()


def test_a_question_asking_no_reason_sets_nothing_aside():
    assert told_only_in_passing("When did the opposition boycott the election?", [(1, IN_PASSING)]) == set()


def test_the_passages_read_for_a_reason_are_judged_together(tmp_path, fake_embedders):
    from index.fit import lacking_rows
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, body in (("speech", IN_PASSING), ("victory", HEADLINE + "\n\nMaduro spoke on television.")):
        (corpus / f"{name}.md").write_text(f"---\ntitle: {name}\nsource: Wire\npublished: 2019-05-01\n---\n{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    assert lacking_rows("Why did the opposition boycott the election?", passages, state) == {row for row, _ in passages}
