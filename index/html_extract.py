"""A saved web page to article text: main paragraphs only, with title, outlet, date and link."""

from __future__ import annotations

import logging
import re
import warnings
from urllib.parse import urlparse

from index.articles import ArticleError

log = logging.getLogger(__name__)

_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SITE_NAME = re.compile(r"<meta[^>]+property=[\"']og:site_name[\"'][^>]+content=[\"']([^\"']+)[\"']", re.IGNORECASE)


def extract_html(html: str) -> tuple[dict[str, str], str]:
    """Return (metadata fields, body) of the article in a web page; raise if it holds no article."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=False,  # True keeps a process-wide cache: the same page read twice would come back empty
        )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleError("is a web page with no article text in it")
    paragraphs = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    title = (getattr(document, "title", None) or "").strip() or paragraphs[0]
    fields = {
        "title": title,
        "source": _outlet(html, title, getattr(document, "url", None) or ""),
        "published": (getattr(document, "date", None) or "")[:10],
        "url": getattr(document, "url", None) or "",
    }
    return fields, "\n\n".join(paragraphs) + "\n"


def _outlet(html: str, title: str, url: str) -> str:
    """The outlet's name: og:site_name, else the suffix of the <title> ("… | Outlet"), else the host."""
    match = _SITE_NAME.search(html)
    if match:
        return match.group(1).strip()
    tag = _TITLE_TAG.search(html)
    if tag:
        full = " ".join(tag.group(1).split())
        for separator in (" | ", " - ", " — ", " – "):
            head, sep, tail = full.rpartition(separator)
            if sep and tail and head.strip().lower() == title.lower():
                return tail.strip()
    return urlparse(url).hostname or ""
