"""Timelines from the articles' own words: dates resolved with tense, merged across outlets, by topic."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from conftest import CORPUS

from index.articles import Article
from index.corpus import load_corpus
from index.text import fold
from index.timeline.build import article_timeline, cited, corpus_timeline, select, suggestions
from index.timeline.expressions import MONTHS, WEEKDAYS, find_dates

TUESDAY, WEDNESDAY = dt.date(2019, 4, 30), dt.date(2019, 5, 1)


@pytest.fixture(scope="module")
def seed_timeline() -> dict:
    articles, _ = load_corpus(CORPUS)
    return corpus_timeline({a.id: article_timeline(a) for a in articles})


def _find(entries: list[dict], *words: str) -> list[dict]:
    """Entries whose sentence, in any of the outlets reporting it, has all the words."""
    texts = lambda e: [fold(e["text"]), *(fold(a["text"]) for a in e["also_in"])]  # noqa: E731
    return [e for e in entries if any(all(w.lower() in t for w in words) for t in texts(e))]


def test_the_seed_corpus_key_events_appear_with_their_dates_in_order(seed_timeline):
    entries, _ = select(seed_timeline)
    wanted = [
        ("2019-01-23", ("announced on january 23", "acting president")),
        ("2019-04-30", ("early tuesday", "video", "carlota")),
        ("2019-04-30", ("lopez has been released",)),
        ("2019-04-30", ("vehicles plowed into",)),
        ("2019-04-30", ("chilean ambassador's residence",)),
        ("2019-04-30", ("tuesday night appearance on national television",)),
        ("2019-05-01", ("fox news interview",)),
        ("2019-05-01", ("may day protests",)),
    ]
    positions = []
    for date, words in wanted:
        found = [e for e in _find(entries, *words) if e["date"] == date]
        assert found, f"no event on {date} with {words}"
        positions.append(entries.index(found[0]))
    assert positions[0] < positions[1] < positions[4] < positions[5] < positions[6]
    assert max(positions[2], positions[3]) < positions[4]
    refuge = _find(entries, "chilean ambassador's residence")[0]
    address = _find(entries, "tuesday night appearance")[0]
    assert refuge["part_of_day"] in ("late", "night") and address["part_of_day"] == "night"


def _weekday_named(expression: str) -> int | None:
    for name, number in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", fold(expression)):
            return number
    return None


def test_no_event_carries_a_date_its_sentence_does_not_support(seed_timeline):
    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    for entry in seed_timeline["entries"]:
        article = articles[entry["article_id"]]
        assert article.body[entry["start"] : entry["end"]] == entry["text"]
        assert entry["expression"] in entry["text"]
        date = dt.date.fromisoformat(entry["date"])
        weekday = _weekday_named(entry["expression"])
        if weekday is not None:
            assert date.weekday() == weekday, entry
            assert abs((date - article.published).days) < 7, entry
        years = re.findall(r"\b(19|20)\d\d\b", entry["expression"])
        if years:
            assert str(date.year) in entry["expression"], entry
        month = next((n for name, n in MONTHS.items() if re.search(rf"\b{name}\b", fold(entry["expression"]))), None)
        if month is not None and entry["precision"] != "year":
            assert date.month == month, entry
        if re.search(r"\b(today|tonight|not long ago)\b", fold(entry["expression"])):
            assert date == article.published, entry


def test_events_reported_by_several_articles_are_one_entry_citing_all(seed_timeline):
    stunning = _find(seed_timeline["entries"], "the stunning events began early tuesday")
    assert len(stunning) == 1
    cited = {stunning[0]["article_id"], *(a["article_id"] for a in stunning[0]["also_in"])}
    assert len(cited) == 2


def test_sentences_sharing_only_names_and_the_day_stay_separate_entries(seed_timeline):
    entries = seed_timeline["entries"]
    for words in (["waited to see if that remained"], ["supporters of president", "clash"]):
        alone = [e for e in entries if all(w in fold(e["text"]) for w in words)]
        assert alone, words
        assert not any(all(w in fold(a["text"]) for w in words) for e in entries for a in e["also_in"]), words


def test_background_is_kept_earlier_and_a_date_range_limits_it(seed_timeline):
    entries, _ = select(seed_timeline)
    missile = _find(entries, "1962")[0]
    assert missile["precision"] == "year" and entries.index(missile) < entries.index(_find(entries, "january 23")[0])
    assert _find(entries, "detained in 2014")[0]["date"] == "2014-01-01"
    day, _ = select(seed_timeline, date_from="2019-04-30", date_to="2019-04-30")
    assert day and all(e["date"] == "2019-04-30" for e in day)


def test_background_is_marked_in_the_json_and_on_discord(seed_timeline):
    from bot.render.timeline import timeline_pages

    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    events = cited(select(seed_timeline)[0], articles)
    missile = _find(events, "1962")[0]
    assert missile["background"] and not _find(events, "january 23")[0]["background"]
    headings = [field.name for page in timeline_pages(events, "the main events") for field in page.fields]
    assert "1962 (background)" in headings and "Wednesday 23 January 2019" in headings


def test_a_topic_narrows_the_timeline_to_that_person(seed_timeline):
    entries, note = select(seed_timeline, topic="Lopez")
    assert "Leopoldo Lopez" in note
    assert _find(entries, "chilean") and _find(entries, "lopez has been released")
    assert all("lopez" in fold(e["text"]) for e in entries)
    assert not _find(entries, "padrino")
    assert "Leopoldo Lopez" in suggestions(seed_timeline, "lo")


def _dates(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(m.expression, m.date.isoformat()) for m in find_dates(text, published)]


def test_tense_decides_which_weekday_is_meant():
    assert _dates("Protests are planned for Wednesday.", TUESDAY) == [("Wednesday", "2019-05-01")]
    assert _dates("On Tuesday, Guaido called for an uprising.", WEDNESDAY) == [("On Tuesday", "2019-04-30")]
    assert _dates("Maduro spoke on Tuesday night.", WEDNESDAY) == [("on Tuesday night", "2019-04-30")]
    assert _dates("He was freed yesterday and will march tomorrow.", TUESDAY) == [
        ("yesterday", "2019-04-29"),
        ("tomorrow", "2019-05-01"),
    ]


def test_tense_is_read_in_the_clause_of_the_date_only():
    assert _dates("On Tuesday, Guaido said he will return.", WEDNESDAY) == [("On Tuesday", "2019-04-30")]
    assert _dates("Maduro appeared next to Padrino on Tuesday.", WEDNESDAY) == [("on Tuesday", "2019-04-30")]
    assert _dates("Protests were planned for Tuesday.", WEDNESDAY) == [("Tuesday", "2019-04-30")]


def test_an_explicit_date_beside_a_weekday_decides_and_bare_numbers_are_not_years():
    assert _dates("The talks are set for Friday, May 3.", TUESDAY) == [("Friday, May 3", "2019-05-03")]
    assert _dates("The army sent 2000 soldiers to the border.", TUESDAY) == []
    assert _dates("He was detained in 2014, recalling the 1962 Cuban crisis.", TUESDAY) == [
        ("2014", "2014-01-01"),
        ("1962", "1962-01-01"),
    ]


def test_the_part_of_day_is_read_around_explicit_dates_and_spanish_words():
    def parts(text: str) -> list[str]:
        return [m.part_of_day for m in find_dates(text, WEDNESDAY)]

    assert parts("Clashes broke out early on April 30 near the base.") == ["early"]
    assert parts("On the night of April 30, Lopez fled.") == ["night"]
    assert parts("Ayer por la noche, Maduro habló.") == ["night"]
    assert parts("The march of April 30 was large.") == [""]


def test_spanish_dates_are_read():
    assert _dates("El martes, Guaidó llamó a los militares a rebelarse.", WEDNESDAY) == [("El martes", "2019-04-30")]
    assert _dates("Las marchas del 1 de mayo fueron masivas.", WEDNESDAY) == [("1 de mayo", "2019-05-01")]
    assert _dates("Mañana habrá nuevas protestas en Caracas.", TUESDAY) == [("Mañana", "2019-05-01")]
    assert _dates("Por la mañana hubo disturbios.", TUESDAY) == []


def test_relative_words_inside_quoted_speech_are_not_dated():
    assert _dates("'We saw violence today,' Pompeo said.", WEDNESDAY) == []
    assert _dates("He said: 'Tomorrow, May 1, we march.'", TUESDAY) == [("May 1", "2019-05-01")]


def test_a_spanish_article_gets_its_own_dated_events():
    article = Article(
        "es-1",
        "Marcha en Caracas",
        "El martes por la noche, Maduro habló en televisión. Guaidó convocó una marcha para el miércoles.\n",
        "El Diario",
        TUESDAY,
    )
    events = article_timeline(article)["events"]
    # The call for a march was made on the article's day; the march's day is kept as the planned one.
    assert [(e["date"], e["part_of_day"], e["planned"]) for e in events] == [
        ("2019-04-30", "night", ""),
        ("2019-04-30", "", "2019-05-01"),
    ]


def test_the_command_line_prints_the_json_contract(real_index_dir, capsys):
    from index.cli import main

    assert main(["timeline", "Lopez", "--index-dir", str(real_index_dir), "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert events and [e["date"] for e in events] == sorted(e["date"] for e in events)
    required = {"date", "part_of_day", "expression", "text", "article_id", "title", "source", "published", "url"}
    assert required | {"start", "end", "also_in"} <= set(events[0])
    assert main(["timeline", "--from", "30 April", "--index-dir", str(real_index_dir)]) == 1
