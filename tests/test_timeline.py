"""Timelines from the articles' own words: dates resolved with tense, merged across outlets, by topic."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from conftest import CORPUS

from index.articles import Article
from index.corpus import load_corpus
from index.results import Telling, Timeline, TimelineEntry, TimelineEvent
from index.text import fold
from index.timeline.build import article_timeline, cited, corpus_timeline, select, suggestions
from index.timeline.expressions import MONTHS, WEEKDAYS, find_dates
from index.timeline.extract import events_for_article

TUESDAY, WEDNESDAY = dt.date(2019, 4, 30), dt.date(2019, 5, 1)


@pytest.fixture(scope="module")
def seed_timeline() -> Timeline:
    articles, _ = load_corpus(CORPUS)
    return corpus_timeline({a.id: article_timeline(a) for a in articles})


def _find(entries, *words: str) -> list:
    """Entries whose sentence, in any of the outlets reporting it, has all the words."""
    texts = lambda e: [fold(e.text), *(fold(a.text) for a in e.also_in)]  # noqa: E731
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
        found = [e for e in _find(entries, *words) if e.date == date]
        assert found, f"no event on {date} with {words}"
        positions.append(entries.index(found[0]))
    assert positions[0] < positions[1] < positions[4] < positions[5] < positions[6]
    assert max(positions[2], positions[3]) < positions[4]
    refuge = _find(entries, "chilean ambassador's residence")[0]
    address = _find(entries, "tuesday night appearance")[0]
    assert refuge.part_of_day in ("late", "night") and address.part_of_day == "night"


def _weekday_named(expression: str) -> int | None:
    for name, number in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", fold(expression)):
            return number
    return None


def test_no_event_carries_a_date_its_sentence_does_not_support(seed_timeline):
    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    for entry in seed_timeline.entries:
        article = articles[entry.article_id]
        assert article.body[entry.start : entry.end] == entry.text
        assert entry.expression in entry.text
        date = dt.date.fromisoformat(entry.date)
        weekday = _weekday_named(entry.expression)
        if weekday is not None:
            assert date.weekday() == weekday, entry
            assert abs((date - article.published).days) < 7, entry
        years = re.findall(r"\b(19|20)\d\d\b", entry.expression)
        if years:
            assert str(date.year) in entry.expression, entry
        month = next((n for name, n in MONTHS.items() if re.search(rf"\b{name}\b", fold(entry.expression))), None)
        if month is not None and entry.precision != "year":
            assert date.month == month, entry
        if re.search(r"\b(today|tonight|not long ago)\b", fold(entry.expression)):
            assert date == article.published, entry


def test_events_reported_by_several_articles_are_one_entry_citing_all(seed_timeline):
    stunning = _find(seed_timeline.entries, "the stunning events began early tuesday")
    assert len(stunning) == 1
    cited = {stunning[0].article_id, *(a.article_id for a in stunning[0].also_in)}
    assert len(cited) == 2


def test_sentences_sharing_only_names_and_the_day_stay_separate_entries(seed_timeline):
    entries = seed_timeline.entries
    for words in (["waited to see if that remained"], ["supporters of president", "clash"]):
        alone = [e for e in entries if all(w in fold(e.text) for w in words)]
        assert alone, words
        assert not any(all(w in fold(a.text) for w in words) for e in entries for a in e.also_in), words


def test_background_is_kept_earlier_and_a_date_range_limits_it(seed_timeline):
    entries, _ = select(seed_timeline)
    missile = _find(entries, "1962")[0]
    assert missile.precision == "year" and entries.index(missile) < entries.index(_find(entries, "january 23")[0])
    assert _find(entries, "detained in 2014")[0].date == "2014-01-01"
    day, _ = select(seed_timeline, date_from="2019-04-30", date_to="2019-04-30")
    assert day and all(e.date == "2019-04-30" for e in day)


def test_background_is_marked_in_the_json_and_on_discord(seed_timeline):
    from bot.render.timeline import timeline_pages

    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    events = cited(select(seed_timeline)[0], articles)
    missile = _find(events, "1962")[0]
    assert missile.background and not _find(events, "january 23")[0].background
    headings = [field.name for page in timeline_pages(events, "the main events") for field in page.fields]
    assert "1962 (background)" in headings and "Wednesday 23 January 2019" in headings


def test_a_topic_narrows_the_timeline_to_that_person(seed_timeline):
    entries, note = select(seed_timeline, topic="Lopez")
    assert "Leopoldo Lopez" in note
    assert _find(entries, "chilean") and _find(entries, "lopez has been released")
    assert all("lopez" in fold(e.text) for e in entries)
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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def test_no_two_entries_of_a_day_are_near_duplicates(seed_timeline):
    import difflib
    import itertools

    entries = seed_timeline.entries
    for first, second in itertools.combinations(entries, 2):
        if (first.date, first.precision) != (second.date, second.precision):
            continue
        a, b = _words(first.text), _words(second.text)
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        shared = sum(block.size for block in matcher.get_matching_blocks())
        assert shared < 0.6 * min(len(a), len(b)), (first.text, second.text)
    fracturing = _find(entries, "inner circle could be fracturing")
    assert len(fracturing) == 1 and "Figuera" in fracturing[0].text, "the fuller sentence is kept"
    assert fracturing[0].also_in == (), "an article is cited once"


def test_the_main_events_are_few_and_the_moments_that_matter(seed_timeline):
    main, note = select(seed_timeline, main=True)
    assert note == "the main events" and 8 <= len(main) <= 15
    assert all(e.main and e.precision == "day" for e in main)
    for words in (
        ("video", "carlota"),
        ("lopez has been released",),
        ("vehicles plowed into",),
        ("tuesday night appearance on national television",),
        ("prepared to take military action",),
    ):
        assert _find(main, *words), words
    for caption_or_commentary in ("jazz wrote about developments", "supporters are seen near", "(pictured"):
        assert not _find(main, caption_or_commentary)
    every, _ = select(seed_timeline)
    assert len(every) > 3 * len(main), "the main events are a selection"
    lopez_main = select(seed_timeline, topic="Lopez", main=True)[0]
    assert lopez_main == [e for e in select(seed_timeline, "Lopez")[0] if e.main]


def _events(body: str, published: dt.date = WEDNESDAY) -> list[TimelineEntry]:
    events = article_timeline(Article("own-1", "Caracas", body, "Own Outlet", published))["events"]
    return [TimelineEntry.from_dict(e) for e in events]


def test_a_call_is_dated_by_its_own_clause_and_the_day_called_for_is_a_note():
    events = _events(
        "On Tuesday, Guaido appeared at La Carlota. On Tuesday, soldiers joined him. "
        "Later, Guaido sought to keep the momentum going at the end of the day by releasing a video in which he "
        "pressed Venezuelans to take to the streets again on Wednesday. "
        "On Tuesday night, Lopez called for protests on Wednesday. "
        "Guaido nonetheless pressed forward in calling for a new round of street protests Wednesday.\n"
    )
    video, night, forward = (_find(events, words)[0] for words in ("momentum", "lopez called", "nonetheless"))
    assert (video.date, video.part_of_day, video.planned) == ("2019-04-30", "late", "2019-05-01")
    assert video.expression == "at the end of the day"
    assert (night.date, night.part_of_day, night.planned) == ("2019-04-30", "night", "2019-05-01")
    assert (forward.date, forward.planned, forward.expression) == ("2019-04-30", "2019-05-01", "")
    assert "the day this article is about" in forward.anchor


def test_a_date_that_is_the_calls_own_or_a_plans_own_is_not_moved():
    events = _events(
        "On Tuesday, Guaido appeared at La Carlota. On Tuesday, soldiers joined him. "
        "Guaido's call on Tuesday for troops to join him was backed by Washington. "
        "Pompeo called for calm on Tuesday. "
        "Protests are planned for Friday.\n",
        dt.date(2019, 5, 1),
    )
    dates = {e.text[:12]: (e.date, e.planned) for e in events}
    assert dates["Guaido's cal"] == ("2019-04-30", "")
    assert dates["Pompeo calle"] == ("2019-04-30", ""), "a call cannot be for a day before it"
    assert dates["Protests are"] == ("2019-05-03", ""), "a plan's own day dates it"


def test_the_seed_calls_for_wednesday_are_filed_under_tuesday_with_the_planned_day(seed_timeline):
    from bot.render.timeline import event_line

    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    entries = cited(seed_timeline.entries, articles)
    for words, part in (("keep the momentum going", "late"), ("calling for a new round", "")):
        (entry,) = _find(entries, words)
        assert (entry.date, entry.part_of_day, entry.planned) == ("2019-04-30", part, "2019-05-01")
        assert "planned for 1 May" in event_line(entry)
    assert _find(entries, "protests are planned for wednesday")[0].date == "2019-05-01"


def test_an_event_from_two_articles_of_one_outlet_names_both_titles(seed_timeline):
    from bot.render.timeline import event_line

    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    (video,) = _find(cited(seed_timeline.entries, articles), "stunning events began")
    line = event_line(video)
    assert line.count("Daily Mail: ") == 2 and "Daily Mail: Head of Venezuela" in line
    (single,) = _find(cited(seed_timeline.entries, articles), "asked whether he thought russia")
    assert "Daily Mail:" not in event_line(single), "a title only when two articles share an outlet"


def test_the_picture_is_a_png_of_the_expected_size_drawn_from_the_events(seed_timeline):
    import struct

    from matplotlib.figure import Figure

    from index.timeline.picture import HEIGHT_PX, WIDTH_PX, chart_marks, draw, timeline_png

    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    events = cited(select(seed_timeline, main=True)[0], articles)
    png = timeline_png(events, "Timeline: the main events")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (WIDTH_PX, HEIGHT_PX) == (1200, 1500)

    marks, left_out = chart_marks(events)
    assert left_out == 0 and [(m.day, m.main) for m in marks] == [(e.date, True) for e in events]
    figure = Figure()
    draw(figure, marks, "Timeline: the main events")
    texts = [t.get_text() for axes in figure.axes for t in axes.texts]
    days = {dt.date.fromisoformat(e.date) for e in events}
    assert {f"{d:%a} {d.day} {d:%b}" for d in days} <= set(texts)
    labels = [" ".join(t.split()).rstrip("…") for t in texts if "\n" in t]
    assert len(labels) == len(events)
    for label, event in zip(labels, events, strict=True):
        assert " ".join(event.text.split()).startswith(label), label
    legend = [t.get_text() for legend in figure.legends for t in legend.get_texts()]
    assert sorted(legend) == sorted({e.source for e in events})


def test_the_command_line_prints_the_main_events_and_draws_them(real_index_dir, capsys, tmp_path):
    from index.cli import main

    picture = tmp_path / "timeline.png"
    assert main(["timeline", "--main", "--json", "--png", str(picture), "--index-dir", str(real_index_dir)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["main"] is True and 0 < len(printed["events"]) <= 15
    assert all(e["main"] for e in printed["events"])
    assert picture.read_bytes()[:4] == b"\x89PNG"
    assert main(["timeline", "--png", str(tmp_path / "missing" / "x.png"), "--index-dir", str(real_index_dir)]) == 1


def test_captions_and_commentary_are_never_main_events_however_often_repeated():
    from index.timeline.main_events import mark_main_events

    def entry(text: str, position: float, sources: int) -> TimelineEntry:
        also = tuple(Telling(f"other-{n}", 0, len(text), "Tuesday", text) for n in range(sources - 1))
        return TimelineEntry("2019-04-30", "day", "", "Tuesday", "", "", text, 0, len(text), "a", position,
                             also_in=also)  # fmt: skip

    entries = [
        entry("Earlier today Jazz wrote about developments taking place on Tuesday.", 0.0, 3),
        entry("Protesters are seen near the base on Tuesday", 0.5, 3),
        entry("Masked supporters of Maduro (pictured) fired on Tuesday.", 0.0, 3),
        entry("Soldiers freed the opposition leader on Tuesday.", 0.9, 1),
    ]
    marked = mark_main_events(entries, [[]], [set()])
    assert [e.main for e in marked] == [False, False, False, True]


def test_a_stored_timeline_and_its_events_read_back_the_same(seed_timeline):
    """What another storage (a database) keeps is the dict form: reading it back gives the same timeline."""
    stored = json.loads(json.dumps(seed_timeline.to_dict()))
    assert Timeline.from_dict(stored) == seed_timeline and stored["version"] == seed_timeline.version
    optional = ("also_in", "main", "entities", "planned", "importance")
    assert all(any(getattr(e, name) for e in seed_timeline.entries) for name in optional), "each is exercised"
    articles = {a.id: a for a in load_corpus(CORPUS)[0]}
    events = cited(seed_timeline.entries, articles)
    assert [TimelineEvent.from_dict(json.loads(json.dumps(e.as_dict()))) for e in events] == events
    own = [e for a in articles.values() for e in events_for_article(a)]  # each article's, before merging
    assert [TimelineEntry.from_dict(json.loads(json.dumps(e.own_dict()))) for e in own] == own
    assert any(e.planned for e in own) and "main" not in own[0].own_dict()
