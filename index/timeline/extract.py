"""Dated events of one article: each a verbatim sentence, its date, and the expression the date came from."""

from __future__ import annotations

import re
from collections import Counter

from index.articles import Article
from index.chunking import sentences
from index.results import TimelineEntry
from index.text import fold
from index.timeline.clauses import planned_dates
from index.timeline.entities import names_in
from index.timeline.expressions import DateMention, find_dates, quoted_spans

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# Phrases that point back to the day an article is about ("a dramatic day", "by nightfall").
_DAY_ANAPHORA = re.compile(
    r"\b(?P<expr>a dramatic day|that day|later that day|that (?:morning|afternoon|evening|night)|"
    r"by nightfall|at nightfall|late in the evening|early in the morning|at the end of the day|"
    r"as the hours dragged on|ese dia|esa noche|al anochecer)\b"
)
_ANAPHORA_PART = {
    "nightfall": "night",
    "night": "night",
    "evening": "evening",
    "morning": "morning",
    "end of the day": "late",
    "noche": "night",
    "anochecer": "night",
    "afternoon": "afternoon",
}


def events_for_article(article: Article) -> list[TimelineEntry]:
    """Every sentence of `article` that carries a date expression, with the date it resolves to.

    A date that names what a call or a plan asks for ("pressed Venezuelans to take to the streets again on
    Wednesday") does not date the call: the event takes the day its own clause gives, or the article's day,
    and keeps the planned day as `planned`.
    """
    dated: list[tuple[int, int, list[DateMention], list[bool]]] = []
    undated: list[tuple[int, int]] = []
    quoted = _quoted_in_paragraphs(article.body)
    for start, end in sentences(article.body):
        inside = [(max(s, start) - start, min(e, end) - start) for s, e in quoted if s < end and start < e]
        sentence = article.body[start:end]
        mentions = find_dates(sentence, article.published, inside)
        if mentions:
            dated.append((start, end, mentions, planned_dates(sentence, mentions, inside)))
        else:
            undated.append((start, end))
    acts = [(s, e, _most_precise([m for m, p in zip(ms, ps, strict=True) if not p])) for s, e, ms, ps in dated]
    focal = _focal_day([(s, e, m) for s, e, m in acts if m is not None], article)
    found: list[tuple[int, int, DateMention, str]] = []
    for (start, end, mentions, planned), (_, _, act) in zip(dated, acts, strict=True):
        plans = [m for m, p in zip(mentions, planned, strict=True) if p]
        plan = _most_precise(plans)
        act = act or _anaphora(article.body[start:end], focal) or _article_day(article, focal, plan)
        if plan is not None and act is not None and plan.precision == act.precision == "day" and act.date < plan.date:
            found.append((start, end, act, plan.date.isoformat()))
        else:  # nothing planned after the act: the sentence's most precise date is the act's own
            found.append((start, end, _most_precise(mentions), ""))
    if focal is not None:
        found.extend((s, e, m, "") for s, e in undated if (m := _anaphora(article.body[s:e], focal)))
    length = max(len(article.body), 1)
    events, seen = [], set()
    for start, end, mention, plan_date in sorted(found, key=lambda item: item[0]):
        text = article.body[start:end]
        if fold(text) in seen:
            continue  # a repeated caption is one event
        seen.add(fold(text))
        events.append(
            TimelineEntry(
                date=mention.date.isoformat(),
                precision=mention.precision,
                part_of_day=mention.part_of_day,
                expression=mention.expression,
                anchor=mention.anchor,
                planned=plan_date,
                text=text,
                start=start,
                end=end,
                article_id=article.id,
                position=round(start / length, 3),
                names=tuple(sorted({key for key, _ in names_in(text)})),
            )
        )
    return events


def _most_precise(mentions: list[DateMention]) -> DateMention | None:
    """The first of the most precise mentions (a day before a month before a year), None if there are none."""
    return min(mentions, key=lambda m: _PRECISION_RANK[m.precision]) if mentions else None


def _article_day(article: Article, focal: DateMention | None, plan: DateMention | None) -> DateMention | None:
    """The day an article reports, for a call or plan whose own clause names no day: the day it is about,
    else its publication day. Its expression is empty: no words of the sentence give it."""
    if plan is None or article.published is None:
        return None
    if focal is not None:
        anchor = f"the day this article is about, {focal.date:%A %d %B %Y}; {plan.expression!r} is the day planned"
        return DateMention(plan.start, plan.start, "", focal.date, "day", "", anchor)
    anchor = f"the article's publication day; {plan.expression!r} is the day planned"
    return DateMention(plan.start, plan.start, "", article.published, "day", "", anchor)


def _quoted_in_paragraphs(body: str) -> list[tuple[int, int]]:
    """Quoted speech spans, found paragraph by paragraph so a quote running over sentences is seen whole."""
    spans = []
    for match in re.finditer(r"[^\n]+", body):
        spans.extend((match.start() + s, match.start() + e) for s, e in quoted_spans(match.group(0)))
    return spans


def _focal_day(found: list[tuple[int, int, DateMention]], article: Article) -> DateMention | None:
    """The day the article is about: the day it names near publication at least twice as often as any other."""
    if article.published is None:
        return None
    near = [m for _, _, m in found if m.precision == "day" and abs((m.date - article.published).days) <= 7]
    ranked = Counter(m.date for m in near).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    named = Counter(m.expression.lower() for m in near if m.date == ranked[0][0])
    expression = named.most_common(1)[0][0]
    return next(m for m in near if m.date == ranked[0][0] and m.expression.lower() == expression)


def _anaphora(sentence: str, focal: DateMention | None) -> DateMention | None:
    """A phrase pointing back to the day the article is about ("by nightfall"), dated with that day."""
    if focal is None:
        return None
    folded = fold(sentence)
    match = _DAY_ANAPHORA.search(folded if len(folded) == len(sentence) else sentence.lower())
    if not match:
        return None
    phrase = sentence[match.start("expr") : match.end("expr")]
    part = next((p for word, p in _ANAPHORA_PART.items() if word in match.group("expr")), "")
    anchor = f"the day this article is about, {focal.date:%A %d %B %Y}, which it names as {focal.expression!r}"
    return DateMention(match.start(), match.end(), phrase, focal.date, "day", part, anchor)
