"""The nouns for a person that tell a question asking for someone's name."""

from __future__ import annotations

import re

import pytest

from index.person_nouns import one_person, plural, several_people


@pytest.mark.parametrize(
    ("noun", "several"),
    [("official", "officials"), ("spokesman", "spokesmen"), ("congresswoman", "congresswomen"), ("person", "people")],
)
def test_a_person_noun_has_its_plural(noun, several):
    assert plural(noun) == several


def test_one_person_and_several_people_are_told_apart():
    one, many = re.compile(rf"^(?:{one_person()})$"), re.compile(rf"^(?:{several_people()})$")
    assert one.match("spokeswoman") and not one.match("spokeswomen")
    assert many.match("spokeswomen") and many.match("supporters") and not many.match("official")
