"""When the passage closest to a question is set aside, a lesser passage about something else does not answer it."""

from __future__ import annotations

import pytest

from index.subject import off_the_subject

QUESTION = "When did the small Russian military force mentioned by CNN first arrive in Venezuela?"
CLOSEST = (
    1,
    "CNN reported that Maduro on Tuesday attempted to flee Venezuela by plane for Cuba but was prevented from doing so "
    "by the Russians, who have a small military force in the country.",
)
ELSE = (2, "Pompeo said Tuesday that Maduro had intended to step down, but Russia had convinced him to stay.")
ABOUT_IT = (3, "The Russian military force arrived in Venezuela in March, with two planes of troops.")


def test_beside_the_closest_passage_set_aside_a_passage_sharing_none_of_its_subject_is_about_something_else():
    # "small", "military", "force" are what the question and the closest passage share, names and days aside.
    assert off_the_subject(QUESTION, [CLOSEST, ELSE, ABOUT_IT], set_aside={1}) == {2}


def test_nothing_is_set_aside_when_the_closest_passage_is_read():
    assert off_the_subject(QUESTION, [CLOSEST, ELSE, ABOUT_IT], set_aside=set()) == set()
    assert off_the_subject(QUESTION, [ELSE, CLOSEST], set_aside={1}) == set()


@pytest.mark.parametrize(
    ("question", "closest"),
    [
        # "Maduro", "Venezuela", "Tuesday": all the closest passage shares with the question, no subject to keep to.
        ("What did Maduro say in Venezuela on Tuesday?", "Maduro spoke in Venezuela on Tuesday."),
        # a day is no subject either: "minister" alone is too little to judge by
        ("What did the minister say on Tuesday?", "The minister spoke on Tuesday."),
    ],
)
def test_names_countries_and_days_are_no_subject(question, closest):
    assert off_the_subject(question, [(1, closest), (2, "Pompeo spoke to reporters.")], set_aside={1}) == set()


def test_whose_report_is_asked_is_no_part_of_the_subject():
    question = "where's Maduro holed up according to the national security adviser"
    closest = (1, "Diaz-Balart said Russia could act against our national security interest if Maduro stayed.")
    bolton = (2, "John Bolton told a radio show that Maduro was hiding out at a compound called Fort Tiuna.")
    assert off_the_subject(question, [closest, bolton], set_aside={1}) == set()
    # Asked without the source, the same words are its subject.
    question = "what does the national security of venezuela depend on"
    assert off_the_subject(question, [closest, bolton], set_aside={1}) == {2}


def test_the_passages_read_are_judged_against_the_closest_one(tmp_path, fake_embedders):
    from index.fit import lacking_rows
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (_, body) in (("cnn", CLOSEST), ("pompeo", ELSE)):
        (corpus / f"{name}.md").write_text(f"---\ntitle: {name}\nsource: Wire\npublished: 2019-05-01\n---\n{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    rows = {state.passage_text(row)[:10]: row for row in range(len(state.keys))}
    passages = [(rows[CLOSEST[1][:10]], CLOSEST[1]), (rows[ELSE[1][:10]], ELSE[1])]
    assert lacking_rows(QUESTION, passages, state) == {row for row, _ in passages}


def test_words_are_compared_by_their_first_letters():
    # "protesters"/"protestors", "wounded"/"wounds": the count of injured protestors keeps its place.
    closest = (1, "A protester was seen with blood pouring from a bullet wound.")
    count = (2, "Over 70 persons have been injured in violent fighting involving pro-Guaido protestors.")
    assert off_the_subject("how many protesters were wounded", [closest, count], set_aside={1}) == set()


def test_a_passage_naming_the_person_the_closest_one_describes_is_on_the_subject():
    # "Guaido's political mentor" is Leopoldo Lopez beside those words; "Mr Lopez" speaks of him, a passage about the
    # military of nobody the closest one names.
    question = "In what year was Guaido's political mentor first locked up?"
    closest = (1, "In a surprise, Leopoldo Lopez, Mr Guaido's political mentor, stood alongside him.")
    detained = (2, "Detained in 2014 for leading a previous round of unrest, Mr Lopez said he had been released.")
    military = (3, "Some members of the military defected, but Maduro by and large retained control.")
    assert off_the_subject(question, [closest, detained, military], set_aside={1}) == {3}


def test_an_owner_beside_the_words_is_not_the_person_they_describe():
    question = "the supreme court head bolton was waiting on, what's his name"
    closest = (
        1,
        "Bolton was waiting for officials, including Nicolas Maduro's defence minister and head of the supreme court.",
    )
    maduro = (2, "Nicolas Maduro delivered a speech on Tuesday night.")
    assert off_the_subject(question, [closest, maduro], set_aside={1}) == {2}
