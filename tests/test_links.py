"""No article text, title, outlet or URL can add a link or any other live markup to what the bot posts."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.render.answers import answer_pages, citation_line
from bot.render.listings import sources_pages
from bot.render.text import escape, highlighted, masked_link
from bot.render.timeline import event_line
from index.articles import Article, ArticleError
from index.formats import clean_url, parse_article
from index.highlight import highlight_spans
from index.results import TimelineEvent
from index.search import Answer, Quote, Source

PHISH_URL = "https://example.com/a)[PHISH](https://evil.example/login"
LINK_IN_BODY = "Officials shared a [link](https://evil.example) with reporters in Caracas on Tuesday."

# Discord markdown an article could carry; each must show as typed and do nothing.
ATTACKS = [
    "[link](https://evil.example)",
    "[free nitro](<https://evil.example/login> 'official')",
    "\\[escaped](https://evil.example)",
    "<t:1556668800:R> timestamp",
    "</ask:1234567890> command",
    "<@123> <@&456> <#789> @everyone @here",
    "<:emoji:123> <https://evil.example>",
    "||spoiler|| text",
    "```py\nprint('code fence')\n```",
    "`inline code`",
    "# Heading\n## Second heading\n### Third",
    "-# subtext line",
    "> quoted\n>>> quoted block",
    "- list item\n+ other item\n1. numbered",
    "~~strike~~ __under__ *it* **bold** _em_",
]


def _walk(markdown: str) -> list[tuple[str, bool]]:
    """Each character Discord would show, with whether it was escaped (a backslash before punctuation)."""
    out, position = [], 0
    while position < len(markdown):
        char = markdown[position]
        if char == "\\" and position + 1 < len(markdown) and not markdown[position + 1].isalnum():
            out.append((markdown[position + 1], True))
            position += 2
        else:
            out.append((char, False))
            position += 1
    return out


def live_markup(quote_line: str) -> list[str]:
    """Markdown in a line of a quote that Discord would act on, besides the bold highlights."""
    raw = "".join(char if not escaped else "x" for char, escaped in _walk(quote_line)).replace("**", "")
    found = [char for char in raw if char in "*_~|`[]<>#\\"]
    if re.match(r"\s*(?:-|\+|\d+\.)", raw):
        found.append("list or subtext at the start of the line")
    return found


def link_count(markdown: str) -> int:
    """How many masked links Discord would make ("](" not escaped)."""
    return "".join(char if not escaped else "x" for char, escaped in _walk(markdown)).count("](")


def visible(markdown: str) -> str:
    """The text a reader sees: escapes resolved, bold markers gone."""
    shown = "".join(("\x00" if char == "*" else char) if escaped else char for char, escaped in _walk(markdown))
    return shown.replace("**", "").replace("\x00", "*")


def _quote_lines(field_value: str) -> list[str]:
    return [line[2:] for line in field_value.split("\n") if line.startswith("> ")]


def _source(url: str = "https://example.org/a", title: str = "A title", outlet: str = "Outlet") -> Source:
    return Source("a", title, outlet, "2019-05-01", url, 0, 10)


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_in_a_quote_is_shown_as_typed_and_never_live(attack):
    text = f"Reporters wrote: {attack} and then more words followed."
    question = " ".join(re.findall(r"[a-z]+", attack)) or "reporters"
    spans = highlight_spans(question, text)
    assert spans, "the words of the attack are highlighted, the case that used to split the escaping"
    embed = answer_pages(Answer(question, (Quote(text, 1.0, _source()),)), 3, 5)[0]
    lines = _quote_lines(embed.fields[0].value)
    for line in lines:
        assert live_markup(line) == [], line
    assert visible(" ".join(lines)) == " ".join(line.strip() for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_in_titles_outlets_and_timelines_is_never_live(attack):
    article = Article("a", f"Title {attack}", "body " * 20, f"Outlet {attack}", None, "https://example.org/a")
    line = sources_pages([article], 10)[0].description
    assert link_count(line) == 1 and line.startswith("[Title ")
    event = TimelineEvent("a", "t", attack, "", "", 0, 1, "2019-04-30", "day", "", attack, "", "", attack)
    for shown in (escape(attack), event_line(event)):
        for part in shown.split("\n"):
            assert live_markup(part) == [], part
    assert link_count(event_line(replace(event, url=PHISH_URL))) == 1, "the outlet's link, nothing else"


def test_the_phishing_url_probe_cannot_add_a_second_link():
    text = f"---\ntitle: A report\nurl: {PHISH_URL}\n---\n" + "Guaido spoke to supporters in Caracas on Tuesday. " * 3
    article = parse_article(text.encode(), "probe.md")
    assert article.url == "https://example.com/a%29%5BPHISH%5D%28https://evil.example/login"
    for url in (article.url, PHISH_URL):  # the second as an index built before this check would hold it
        line = citation_line(_source(url), "Guaido spoke to supporters")
        assert link_count(line) == 2, "the title and the jump to the passage, nothing else"
        assert "[PHISH]" not in line and "(https://evil.example" not in line


def test_the_link_in_a_body_probe_stays_text_when_the_question_says_link():
    spans = highlight_spans("what link did officials share", LINK_IN_BODY)
    shown = highlighted(LINK_IN_BODY, spans)
    assert "**link**" in shown
    assert live_markup(shown) == [] and visible(shown) == LINK_IN_BODY


def test_masked_links_escape_the_label_and_check_the_target():
    expected = r"[A (title) \*x\*](https://example.org/a%281%29)"
    assert masked_link("A [title] *x*", "https://example.org/a(1)") == expected
    assert masked_link("Title", "javascript:alert(1)", unlinked="*{}*") == "*Title*"
    assert masked_link("Title", "https://example.org/" + "x" * 500) == "Title"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://example.org/a",
        "https://",
        "https:///path-only",
        "https://user:pass@evil.example/",
        "https://example.org/a b",
        "https://example.org/\u202eevil",
        "example.org/no-scheme",
    ],
)
def test_urls_that_are_not_plain_http_links_are_refused(url):
    with pytest.raises(ArticleError):
        clean_url(url)


def test_characters_that_break_a_discord_link_are_percent_encoded_once():
    cleaned = clean_url("https://en.wikipedia.org/wiki/Crisis_(2019)?q=<a>|`b`")
    assert cleaned == "https://en.wikipedia.org/wiki/Crisis_%282019%29?q=%3Ca%3E%7C%60b%60"
    assert clean_url(cleaned) == cleaned
