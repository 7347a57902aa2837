"""What the bot posts, checked without Discord: verbatim text, highlights, links, and Discord's limits."""

from __future__ import annotations

import datetime as dt

from bot.render.answers import answer_pages
from bot.render.limits import fits, shorten
from bot.render.listings import report_embed, sources_pages
from bot.render.text import highlighted, text_fragment_url
from bot.render.timeline import timeline_pages
from index.articles import Article
from index.builder import ChangeSummary
from index.maintenance import ChangeReport
from index.results import EventCitation, TimelineEvent
from index.search import Answer, Quote, Source


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis():
    assert shorten("Guaido called for protests on Wednesday", 25) == "Guaido called for…"
    assert shorten("short", 25) == "short"


def test_markdown_in_article_text_is_shown_as_typed_and_highlights_are_bold():
    text = "The *SEBIN* chief_said `no` ~~twice~~"
    shown = highlighted(text, [(5, 10)])
    assert shown.startswith(r"The \***SEBIN**\*")
    assert r"chief\_said" in shown and r"\`no\`" in shown and r"\~\~twice\~\~" in shown


def test_text_fragment_links_point_at_the_passage():
    url = text_fragment_url("https://example.org/a#top", "Guaido, the self-proclaimed president, spoke")
    assert url == "https://example.org/a#:~:text=Guaido%2C%20the%20self%2Dproclaimed%20president%2C%20spoke"
    long = text_fragment_url("https://example.org/a", " ".join(f"w{n}" for n in range(30)))
    assert long.endswith("#:~:text=w0%20w1%20w2%20w3%20w4,w25%20w26%20w27%20w28%20w29")
    assert text_fragment_url("", "anything") == ""


def _source(url: str = "https://example.org/a") -> Source:
    return Source("a", "A title", "Outlet", "2019-05-01", url, 0, 10)


def test_mentions_inside_quotes_are_kept_verbatim():
    quote = Quote("@everyone look: <@123> said hi", 1.0, _source())
    embed = answer_pages(Answer("q", (quote,)), 3, 5)[0]
    assert r"@everyone look: \<@123\> said hi" in embed.fields[0].value  # shown as typed, not as a mention


def test_every_answer_page_fits_discords_limits_even_with_huge_quotes():
    quote = Quote("word " * 2000, 1.0, _source(), also_in=tuple(_source() for _ in range(12)))
    pages = answer_pages(Answer("why " * 100, (quote,) * 9), 3, 5)
    assert len(pages) == 3 and all(fits(p) for p in pages)
    assert "and 8 more" in pages[0].fields[0].value


def test_timeline_pages_stay_within_limits_and_group_by_day():
    other = EventCitation("b", "Other", "Other outlet", "2019-04-30", "", 0, 5, "Tuesday", "Other")
    events = [
        TimelineEvent(
            date=(dt.date(2019, 4, 28) + dt.timedelta(days=n // 40)).isoformat(),
            precision="day",
            part_of_day="night" if n % 3 else "",
            expression="Tuesday",
            anchor="",
            planned="",
            text=f"Event number {n} " + "happened in Caracas " * 20,
            article_id="a",
            title="Title",
            source="Outlet",
            published="2019-04-30",
            url="",
            start=0,
            end=10,
            also_in=(other,) * (n % 2),
        )
        for n in range(120)
    ]
    pages = timeline_pages(events, "the main events")
    assert len(pages) > 1 and all(fits(p) for p in pages)
    names = [f.name for p in pages for f in p.fields]
    assert names[0] == "Sunday 28 April 2019" and "Sunday 28 April 2019 (continued)" in names


def test_sources_are_paged_ten_to_a_page():
    articles = [Article(f"a{n}", f"Title {n}", "body", "Outlet", dt.date(2019, 5, 1)) for n in range(25)]
    pages = sources_pages(articles, 400)
    assert len(pages) == 3 and all(fits(p) for p in pages)
    assert "Outlet · 1 May 2019" in pages[0].description


def test_sources_with_long_titles_and_links_show_every_article_with_whole_links():
    url = "https://example.org/" + "long-path/" * 35
    articles = [Article(f"a{n}", f"Title {n} " + "word " * 60, "body", "Outlet " * 30, None, url) for n in range(25)]
    pages = sources_pages(articles, 400)
    assert all(fits(p) for p in pages)
    assert sum(p.description.count(f"]({url})") for p in pages) == 25


def test_a_report_with_many_refused_files_still_fits():
    summary = ChangeSummary(added=[f"article-{n}" for n in range(80)], articles=85, passages=900)
    report = ChangeReport(summary, refused=[(f"file{n}.pdf", "unsupported format (.pdf)") for n in range(80)])
    embed = report_embed(report)
    assert fits(embed)
    assert "more" in embed.fields[-1].value


def test_an_absurdly_long_link_or_outlet_never_breaks_the_reply():
    source = Source("a", "Title", "Outlet " * 200, "2019-05-01", "https://example.org/" + "x" * 5000, 0, 10)
    pages = answer_pages(Answer("q", (Quote("A short quote.", 1.0, source),) * 5), 5, 5)
    assert all(fits(p) for p in pages)
    assert "example.org" not in pages[0].fields[0].value


def test_a_decline_shows_related_passages_under_their_own_heading_never_as_quotes():
    related = Quote("Hugo Chavez's successor, Nicolas Maduro, took office in 2013.", 1.0, _source())
    answer = Answer("When was Hugo Chavez born?", abstained=True, reason="no passage answers it", related=(related,))
    [embed] = answer_pages(answer, per_page=3, article_count=5)
    assert embed.title == "The articles don't answer this"
    assert [f.name.split(" (")[0] for f in embed.fields] == ["Related, not an answer"]
    assert "took office in 2013" in embed.fields[0].value
    assert not any(f.name.startswith("Quote") for f in embed.fields)


def test_reports_of_different_dates_each_say_as_of_when():
    newer = Quote("Maduro named a new SEBIN chief.", 2.0, Source("b", "B", "Wire", "2019-05-02", "", 0, 10))
    older = Quote("Figuera heads SEBIN.", 1.0, _source())
    [embed] = answer_pages(Answer("Who leads SEBIN?", (newer, older)), per_page=3, article_count=5)
    assert "as of 2 May 2019" in embed.fields[0].name and "as of 1 May 2019" in embed.fields[1].name
    [same_day] = answer_pages(Answer("Who leads SEBIN?", (older, older)), per_page=3, article_count=5)
    assert "as of" not in same_day.fields[0].name
