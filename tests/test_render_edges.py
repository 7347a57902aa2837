"""What the bot posts at the edges, word for word: declines with related passages, missing outlets, files left
out of the index, refused builds, the exact sizes at which text is cut or moved to the next page."""

from __future__ import annotations

import datetime as dt

import discord

from bot.render import limits
from bot.render.answers import answer_pages, citation_line
from bot.render.listings import UNDATED_HINT, history_embed, report_embed, sources_pages
from bot.render.plain import embed_as_text
from bot.render.text import escape, masked_link
from index.articles import Article
from index.results import Answer, ChangeReport, ChangeSummary, Quote, Source

SOURCE = Source("a1", "Guaido calls protests", "Hot Air", "2019-04-30", "https://example.org/guaido", 0, 10)
NO_OUTLET = Source("a2", "Untitled", "", "2019-05-01", "", 0, 10)
TOO_LONG = "*(the passage is too long to show here; see the article)*"


def test_a_decline_numbers_its_related_passages_and_names_their_outlets():
    related = (Quote("Maduro took office in 2013.", 1.0, SOURCE), Quote("Chavez died in 2013.", 0.9, NO_OUTLET))
    embed = answer_pages(Answer("When was Chavez born?", abstained=True, related=related), 3, 5)[0]
    assert [(f.name, f.value, f.inline) for f in embed.fields] == [
        (
            "Related, not an answer (1 of 2) · Hot Air",
            "> Maduro took office in 2013.\n" + citation_line(SOURCE, "Maduro took office in 2013."),
            False,
        ),
        (
            "Related, not an answer (2 of 2) · unknown outlet",
            "> **Chavez** died in 2013.\n" + citation_line(NO_OUTLET, "Chavez died in 2013."),
            False,
        ),
    ]


def test_a_quote_without_an_outlet_says_so_and_one_date_needs_no_as_of():
    others = (NO_OUTLET, *(Source(f"b{n}", "T", f"Outlet {n}", "2019-05-02", "", 0, 5) for n in range(4)))
    quote = Quote("Protests grew.", 1.0, NO_OUTLET, others)
    field = answer_pages(Answer("Who?", (quote,)), 3, 5)[0].fields[0]
    assert field.name == "Quote 1 of 1 · unknown outlet"
    assert field.value.endswith(
        "\nAlso in: unknown outlet (1 May 2019), Outlet 0 (2 May 2019), Outlet 1 (2 May 2019), "
        "Outlet 2 (2 May 2019) and 1 more"
    )


def test_long_titles_and_outlets_are_cut_at_their_limits():
    long = Source("a3", "T" * 160, "O" * 90, "2019-05-01", "", 0, 5)
    assert citation_line(long, "x") == f"— *{'T' * 149}…* · {'O' * 79}… · 1 May 2019"
    quote = Quote("Protests grew.", 1.0, SOURCE, (Source("b", "T", "P" * 70, "2019-05-02", "", 0, 5),))
    value = answer_pages(Answer("Who?", (quote,)), 3, 5)[0].fields[0].value
    assert value.endswith(f"\nAlso in: {'P' * 59}… (2 May 2019)")


def _passage(middle: int) -> str:
    # The same first and last five words whatever its length, so its citation (and its link) stays the same.
    return "Alpha beta gamma delta epsilon " + "x" * middle + " zeta eta theta iota kappa."


def test_a_passage_that_just_fits_its_field_is_shown_whole_and_one_character_more_is_cut():
    room = limits.FIELD_VALUE - len(citation_line(SOURCE, _passage(1))) - 2
    middle = room - len("> " + _passage(0))
    whole = answer_pages(Answer("Who?", (Quote(_passage(middle), 1.0, SOURCE),)), 3, 5)[0].fields[0].value
    assert whole.startswith("> " + _passage(middle) + "\n")
    cut = answer_pages(Answer("Who?", (Quote(_passage(middle + 1), 1.0, SOURCE),)), 3, 5)[0].fields[0].value
    assert "*(cut here; the full passage is in the linked article)*" in cut


def _quote_with_room(room: int) -> Quote:
    """A long passage whose citation leaves exactly `room` characters for it (the title makes up the size)."""
    text = " ".join(["Guaido spoke."] * 40)
    for length in range(1, 151):
        source = Source("a4", "T" * length, "O" * 80, "2019-05-01", "https://example.org/" + "u" * 280, 0, 5)
        citation = citation_line(source, text)
        if limits.FIELD_VALUE - len(citation) - 2 == room and "jump to the passage" in citation:
            return Quote(text, 1.0, source)
    raise AssertionError(f"no title length leaves {room} characters")


def test_with_eighty_characters_left_a_cut_passage_is_shown_and_with_fewer_only_a_note():
    at_least = answer_pages(Answer("Who?", (_quote_with_room(80),)), 3, 5)[0].fields[0].value
    assert at_least.startswith("> Guaido spoke.")
    assert "*(cut here; the full passage is in the linked article)*" in at_least
    fewer = answer_pages(Answer("Who?", (_quote_with_room(79),)), 3, 5)[0].fields[0].value
    assert fewer.startswith(TOO_LONG + "\n")


def test_files_left_out_of_the_index_are_named_on_the_first_page_with_why():
    articles = [Article(f"a{n}", f"Title {n}", "b", "Outlet", dt.date(2019, 5, 1)) for n in range(11)]
    pages = sources_pages(articles, 1, [("bad`name.md", "unsupported *format* " + "r" * 250), ("n" * 90, "empty")])
    assert [(f.name, f.value, f.inline) for f in pages[0].fields] == [
        (
            "Not in the live index (2)",
            f"`bad'name.md`: unsupported \\*format\\* {'r' * 178}…\n`{'n' * 80}`: empty",
            False,
        )
    ]
    assert not pages[1].fields


def test_a_source_line_cuts_long_titles_and_outlets():
    article = Article("a", "T" * 250, "b", "O" * 90, dt.date(2019, 5, 1), "")
    assert sources_pages([article], 1)[0].description == f"**{'T' * 199}…**\n{'O' * 79}… · 1 May 2019"


def _article(title_length: int, n: int = 0) -> Article:
    return Article(f"a{n}", "T" * title_length, "b", "O" * 80, dt.date(2019, 5, 1), "https://example.org/" + "u" * 380)


def test_a_page_of_sources_holds_exactly_its_limit_and_one_character_more_moves_an_article_on():
    five = "\n\n".join(sources_pages([_article(200, n) for n in range(5)], 1)[0].description.split("\n\n"))
    sixth = limits.DESCRIPTION - len(five) - 2 - len(sources_pages([_article(0)], 1)[0].description)
    assert 0 < sixth <= 200
    full = sources_pages([*(_article(200, n) for n in range(5)), _article(sixth, 5)], 1)
    assert [len(p.description) for p in full] == [limits.DESCRIPTION]
    over = sources_pages([*(_article(200, n) for n in range(5)), _article(sixth + 1, 5)], 1)
    assert [p.description.count("\n\n") + 1 for p in over] == [5, 1]


def test_a_report_says_which_articles_are_undated_and_how_to_date_them():
    report = ChangeReport(ChangeSummary(added=["x"], articles=1, passages=3), undated=["x"])
    assert [(f.name, f.value, f.inline) for f in report_embed(report).fields] == [
        ("Added (1)", "`x`", False),
        ("Undated (1)", "`x`", False),
        ("How to date them", UNDATED_HINT, False),
    ]


def test_a_refused_build_in_the_history_names_three_files_and_why():
    refused = [{"file": f"f{n}.md", "reason": "bad *date* " + "r" * 250} for n in range(4)]
    entry = {"when": "2019-05-01T10:20:30", "who": "mod", "action": "build refused", "refused": refused}
    lines = [f"  `f{n}.md`: bad \\*date\\* {'r' * 188}…" for n in range(3)]
    assert history_embed([entry]).description == "\n".join(
        ["`2019-05-01 10:20` mod · build refused · refused 4", *lines]
    )


def test_the_history_uses_the_whole_description_before_saying_how_many_more():
    entries = [{"when": "2019-05-01T10:20:30", "who": "m" * 40, "action": "add", "added": ["a"]}] * 40
    description = history_embed(entries).description
    assert 2000 < len(description) <= limits.DESCRIPTION and description.count("\n`2019") == 39


def _refused_report(total: int) -> discord.Embed:
    """A report whose refused files' lines, joined, are `total` characters long (ten lines)."""
    names = [(f"f{n}.md", "r" * 90) for n in range(10)]
    size = len("\n".join(f"`{name}`: {reason}" for name, reason in names))
    names[-1] = ("f9.md", "r" * (90 + total - size))
    return report_embed(ChangeReport(ChangeSummary(), refused=names))


def test_refused_files_fill_a_field_up_to_its_margin_then_say_how_many_more():
    # 991 characters and "… and 1 more" with the 20-character margin make exactly 1,024.
    whole = _refused_report(991).fields[0].value
    assert len(whole) == 991 and whole.endswith("r")
    assert _refused_report(992).fields[0].value.endswith("\n… and 1 more")


def test_line_starts_that_would_make_a_list_are_escaped_and_nothing_else_changes():
    assert escape("- a\n  + b\n12. c\nnot - here") == "\\- a\n  \\+ b\n12\\. c\nnot - here"
    assert embed_as_text(discord.Embed(description="only")) == "only"
    assert limits.shorten("XXXX XXXX XXXX", 12) == "XXXX XXXX…"


def test_a_link_is_written_only_for_a_usable_target_of_at_most_four_hundred_characters():
    assert masked_link("x", "javascript:alert(1)") == "x" and masked_link("x", "") == "x"
    url = "https://example.org/" + "u" * 380
    assert masked_link("x", url) == f"[x]({url})"
    assert masked_link("x", url + "u") == "x"
