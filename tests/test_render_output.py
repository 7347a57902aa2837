"""What the bot posts, word for word: lists, reports, history, help, citations, and Discord's exact limits."""

from __future__ import annotations

import datetime as dt

import discord

from bot.render.answers import answer_pages, citation_line
from bot.render.help import help_embed
from bot.render.limits import fits, shorten
from bot.render.listings import history_embed, report_embed, sources_pages
from bot.render.plain import embed_as_text
from bot.render.text import block_quote, text_fragment_url
from index.articles import Article
from index.builder import ChangeSummary
from index.maintenance import ChangeReport
from index.search import Answer, Quote, Source

LINKED = Article("a1", "Guaido [calls] *protests*", "b", "Hot Air", dt.date(2019, 4, 30), "https://example.org/guaido")
UNLINKED = Article("a2", "No link", "b", "", None, "")


def test_sources_show_linked_titles_outlets_and_dates():
    assert sources_pages([LINKED, UNLINKED], 42)[0].to_dict() == {
        "color": discord.Colour.dark_teal().value,
        "description": "[Guaido (calls) \\*protests\\*](https://example.org/guaido)\nHot Air · 30 April 2019\n\n"
        "**No link**\nunknown outlet · ⚠️ undated",
        "flags": 0,
        "footer": {"text": "Page 1 of 1 · every answer quotes these articles word for word"},
        "title": "Sources: 2 articles, 42 passages",
        "type": "rich",
    }
    empty = sources_pages([], 0)
    assert len(empty) == 1 and (empty[0].title, empty[0].description) == ("Sources", "No articles are indexed yet.")
    assert empty[0].colour == discord.Colour.dark_teal()


def test_ten_sources_fill_one_page_and_the_eleventh_starts_the_next():
    articles = [Article(f"a{n}", f"Title {n}", "b", "Outlet", dt.date(2019, 5, 1)) for n in range(11)]
    assert len(sources_pages(articles[:10], 1)) == 1
    pages = sources_pages(articles, 1)
    assert [p.description.count("**Title") for p in pages] == [10, 1]
    assert [p.footer.text[:12] for p in pages] == ["Page 1 of 2 ", "Page 2 of 2 "]


def test_a_change_report_lists_every_outcome():
    summary = ChangeSummary(added=["a-1"], updated=["b`2"], removed=["c"], unchanged=["d"], articles=6, passages=70)
    embed = report_embed(ChangeReport(summary, refused=[("x.pdf", "unsupported format (.pdf)")]))
    assert (embed.title, embed.description) == ("Articles updated", "The index now holds 6 articles and 70 passages.")
    assert embed.colour == discord.Colour.green()
    assert [(f.name, f.value, f.inline) for f in embed.fields] == [
        ("Added (1)", "`a-1`", False),
        ("Updated (1)", "`b'2`", False),
        ("Removed (1)", "`c`", False),
        ("Unchanged (1)", "`d`", False),
        ("Refused (1)", "`x.pdf`: unsupported format (.pdf)", False),
    ]
    unchanged = report_embed(ChangeReport(ChangeSummary(unchanged=["d"], articles=5, passages=60)))
    assert unchanged.title == "Nothing changed" and [f.name for f in unchanged.fields] == ["Unchanged (1)"]
    assert unchanged.colour == discord.Colour.dark_teal()


def test_the_history_shows_when_who_what_and_counts():
    entries = [
        {"when": "2019-05-01T10:20:30+00:00", "who": "mod_1", "action": "add", "added": ["a", "b"], "refused": ["x"]},
        {"when": "2019-05-02T08:00:00+00:00", "action": "rollback"},
    ]
    embed = history_embed(entries)
    assert embed.title == "History of changes"
    assert embed.description == (
        "`2019-05-01 10:20` mod\\_1 · add · added 2, refused 1\n`2019-05-02 08:00` ? · rollback · —"
    )
    assert embed.colour == discord.Colour.dark_teal()
    entry = {"when": "2019-05-01T10:20", "action": "add", "updated": ["a"], "removed": ["b"], "unchanged": ["c"]}
    counts = history_embed([entry])
    assert counts.description.endswith("add · updated 1, removed 1, unchanged 1")
    empty = history_embed([])
    assert (empty.title, empty.description) == ("History", "No changes recorded yet.")
    assert empty.colour == discord.Colour.dark_teal()


def test_a_long_history_ends_with_how_many_more_and_fits():
    entries = [{"when": "2019-05-01T10:20:30", "who": "m" * 80, "action": "add", "added": ["a"]}] * 200
    embed = history_embed(entries)
    assert fits(embed) and embed.description.endswith("more")
    shown = embed.description.count("\n`2019")
    assert embed.description.endswith(f"… and {200 - shown - 1} more")


def test_help_lists_the_commands_with_the_prefix():
    embed = help_embed("!")
    assert embed.title == "Cronista" and "**verbatim quotes**" in embed.description
    assert [f.name for f in embed.fields][0] == "Ask" and embed.fields[1].name.startswith("Moderators")
    assert "`!ask who leads SEBIN`" in embed.fields[0].value and "`!reindex`" in embed.fields[1].value
    unavailable = help_embed("?", slash_commands_available=False)
    assert unavailable.fields[0].name == "Slash commands are unavailable" and "`?ask`" in unavailable.fields[0].value


SOURCE = Source("a1", "Guaido [calls] *protests*", "Hot Air", "2019-04-30", "https://example.org/guaido", 0, 10)
PASSAGE = "Guaido called for protests on Tuesday."


def test_a_citation_names_the_linked_title_outlet_date_and_jumps_to_the_passage():
    assert citation_line(SOURCE, PASSAGE) == (
        "— [Guaido (calls) \\*protests\\*](https://example.org/guaido) · Hot Air · 30 April 2019 · "
        "[jump to the passage](https://example.org/guaido#:~:text=Guaido%20called%20for%20protests%20on%20Tuesday.)"
    )
    unlinked = Source("a2", "No link", "", "", "", 0, 5)
    assert citation_line(unlinked, "Protests grew.") == "— *No link* · unknown outlet · date unknown"


def test_a_quote_shows_the_highlighted_passage_its_citation_and_up_to_four_other_outlets():
    also = tuple(Source(f"b{n}", "T", f"Outlet_{n}", f"2019-05-0{n + 1}", "", 0, 10) for n in range(6))
    pages = answer_pages(Answer("Who called for protests?", (Quote(PASSAGE, 1.0, SOURCE, also),)), 3, 7)
    assert pages[0].fields[0].value == (
        "> Guaido **called** for **protests** on Tuesday.\n"
        + citation_line(SOURCE, PASSAGE)
        + "\nAlso in: Outlet\\_0 (1 May 2019), Outlet\\_1 (2 May 2019), Outlet\\_2 (3 May 2019), "
        "Outlet\\_3 (4 May 2019) and 2 more"
    )
    four = answer_pages(Answer("q", (Quote(PASSAGE, 1.0, SOURCE, also[:4]),)), 3, 7)[0].fields[0].value
    assert four.endswith("Outlet\\_3 (4 May 2019)")


def test_answer_pages_number_the_quotes_and_the_pages():
    quotes = tuple(Quote(f"Passage {n}.", 1.0, SOURCE) for n in range(5))
    pages = answer_pages(Answer("Who?", quotes), 2, 7)
    assert len(pages) == 3 and [len(p.fields) for p in pages] == [2, 2, 1]
    assert pages[2].fields[0].name.startswith("Quote 5 of 5 · Hot Air")
    footer = "Verbatim quotes from the 7 articles Cronista holds · page 2 of 3 · /sources lists them"
    assert pages[1].footer.text == footer
    assert pages[0].title == "“Who?”" and pages[0].colour.value == discord.Colour.from_rgb(0, 122, 153).value


def test_a_decline_gives_the_question_the_reason_and_where_to_look():
    embed = answer_pages(Answer("Bake *bread*?", abstained=True, reason="nothing here"), 3, 7)[0]
    assert embed.title == "The articles don't answer this" and not embed.fields
    assert embed.description == (
        "I only quote the news articles I hold, and none of them answers “Bake \\*bread\\*?”.\n"
        "Why: nothing here.\n\nUse `/sources` to see which articles are covered."
    )
    assert embed.colour == discord.Colour.light_grey()
    plain = answer_pages(Answer("Bake bread?", abstained=True), 3, 7)[0]
    assert "Why: no passage is close enough to the question." in plain.description


def test_a_passage_too_long_for_its_field_is_cut_at_a_word_with_a_note_and_keeps_its_highlights():
    text = " ".join(["Guaido spoke to the crowd in Caracas."] * 60)
    source = Source("a1", "T", "Outlet", "2019-05-01", "https://example.org/a", 0, len(text))
    value = answer_pages(Answer("What did Guaido say?", (Quote(text, 1.0, source),)), 3, 7)[0].fields[0].value
    assert len(value) <= 1024 and "*(cut here; the full passage is in the linked article)*" in value
    assert value.startswith("> **Guaido** spoke") and value.count("**Guaido**") > 5
    unlinked = Source("a1", "T", "Outlet", "2019-05-01", "", 0, len(text))
    value = answer_pages(Answer("What did Guaido say?", (Quote(text, 1.0, unlinked),)), 3, 7)[0].fields[0].value
    assert "*(cut here; see the article)*" in value


def test_shorten_keeps_text_at_the_limit_and_cuts_one_character_more():
    assert shorten("abcde fghij", 11) == "abcde fghij"
    assert shorten("abcde fghij klm", 14) == "abcde fghij…"
    assert shorten("abcde fghij", 10) == "abcde fgh…"  # no space in the second half: cut inside the word
    assert shorten("Guaido, Maduro, Lopez", 16) == "Guaido, Maduro…"


def _embed(title: int = 0, description: int = 0, fields: int = 0, name: int = 1, value: int = 1, footer: int = 0):
    embed = discord.Embed(title="t" * title or None, description="d" * description or None)
    for _ in range(fields):
        embed.add_field(name="n" * name, value="v" * value)
    if footer:
        embed.set_footer(text="f" * footer)
    return embed


def test_fits_accepts_every_limit_exactly_and_refuses_one_more():
    assert fits(_embed(title=256)) and not fits(_embed(title=257))
    assert fits(_embed(description=4096)) and not fits(_embed(description=4097))
    assert fits(_embed(fields=25)) and not fits(_embed(fields=26))
    assert fits(_embed(fields=1, name=256)) and not fits(_embed(fields=1, name=257))
    assert fits(_embed(fields=1, value=1024)) and not fits(_embed(fields=1, value=1025))
    assert fits(_embed(footer=2048)) and not fits(_embed(footer=2049))
    assert fits(_embed(description=4096, footer=1904)) and not fits(_embed(description=4096, footer=1905))


def test_a_passage_of_ten_words_is_linked_whole_and_longer_ones_by_their_ends():
    ten = " ".join(f"w{n}" for n in range(10))
    assert text_fragment_url("https://e.org/a", ten).endswith("#:~:text=" + ten.replace(" ", "%20"))
    eleven = text_fragment_url("https://e.org/a", ten + " w10")
    assert eleven.endswith("#:~:text=w0%20w1%20w2%20w3%20w4,w6%20w7%20w8%20w9%20w10")
    assert text_fragment_url("https://e.org/a", "a/b  c\nd") == "https://e.org/a#:~:text=a%2Fb%20c%20d"


def test_block_quotes_and_plain_text_keep_every_line():
    assert block_quote("one\n\n two \nthree") == "> one\n> two\n> three"
    embed = _embed(title=3, description=2, fields=1, footer=1)
    assert embed_as_text(embed) == "ttt\n\ndd\n\nn\nv\n\n(f)"
    assert embed_as_text(discord.Embed(title="only")) == "only"


def test_an_answer_without_quotes_is_a_decline_and_quotes_are_full_width_fields():
    assert answer_pages(Answer("Who?"), 3, 7)[0].title == "The articles don't answer this"
    lone = answer_pages(Answer("Who?", (Quote(PASSAGE, 1.0, SOURCE),)), 3, 7)[0].fields[0]
    assert lone.inline is False
    assert lone.value.endswith(citation_line(SOURCE, PASSAGE))  # no "Also in" line for one outlet


def test_a_link_to_a_passage_replaces_only_the_links_own_fragment():
    assert text_fragment_url("https://e.org/a#x#y", "two words") == "https://e.org/a#:~:text=two%20words"
