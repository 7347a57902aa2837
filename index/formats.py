"""Reading an article from the bytes of a .md, .txt or .html file, refusing what is not an article."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath
from urllib.parse import urlsplit

from index.articles import (
    Article,
    ArticleError,
    make_article_id,
    parse_date,
    split_front_matter,
    valid_article_id,
)
from index.datelines import find_dateline
from index.text import words

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MIN_ARTICLE_WORDS = 8
MAX_TITLE_CHARS = 300
SUPPORTED_SUFFIXES = (".md", ".txt", ".html", ".htm")

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"RIFF": "a media file",
    b"\x7fELF": "a program",
}


def parse_article(
    data: bytes,
    filename: str,
    article_id: str | None = None,
    defaults: dict[str, str] | None = None,
) -> Article:
    """Turn the bytes of an uploaded or stored file into an Article, or raise ArticleError with why not.

    `article_id` is given for corpus files (their file name); an upload's id comes from its date and title,
    never from the file. `defaults` fills metadata the file itself does not give (title, source, published,
    url).
    """
    if reason := format_refusal(filename):
        raise ArticleError(reason)
    suffix = PurePath(filename).suffix.lower()
    text = decode_text(data)
    if suffix in (".html", ".htm"):
        from index.html_extract import extract_html

        fields, body = extract_html(text)
    elif suffix == ".md":
        fields, body = split_front_matter(text)
        if not fields:
            fields = _dateline_fields(body)
        fields.setdefault("title", _first_line(body).lstrip("#").strip())
    else:
        fields, body = _dateline_fields(text), text
        fields["title"] = _first_line(body)
    for key, value in (defaults or {}).items():
        if value and not fields.get(key):
            fields[key] = value
    return _build(fields, body, article_id)


def format_refusal(filename: str) -> str | None:
    """Why a file of this name is refused before it is read (not a supported format), or None."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return f"unsupported format ({suffix or 'no extension'}); send .txt, .md or .html"
    return None


def size_refusal(size: int) -> str | None:
    """Why a file of `size` bytes is refused before it is read (over the limit), or None."""
    if size > MAX_ARTICLE_BYTES:
        return f"is {size / 1048576:.1f} MB, over the {MAX_ARTICLE_BYTES // 1048576} MB limit"
    return None


def decode_text(data: bytes) -> str:
    """Decode UTF-8 text, refusing empty, oversized and binary files with a reason."""
    if reason := size_refusal(len(data)):
        raise ArticleError(reason)
    if not data.strip():
        raise ArticleError("is empty")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"is {kind}, not a text article")
    if b"\x00" in data[:4096]:
        raise ArticleError("is a binary file, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError("is not UTF-8 text") from exc
    return text.removeprefix("\ufeff")


# Legal in a URL but they end or open Discord's [label](target) syntax; percent-encoded they mean the same.
_LINK_BREAKING = {ord(c): f"%{ord(c):02X}" for c in "()[]<>\"'`\\|{}^"}
_HOST = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.?$")


def clean_url(url: str) -> str:
    """`url` as a safe http(s) link with a host: characters that would break a Discord link percent-encoded;
    whitespace, control characters and a user name or password in the link are refused (ArticleError)."""
    shown = repr(url[:60])
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zs", "Zl", "Zp") for c in url):
        raise ArticleError(f"the url {shown} contains spaces or invisible characters; percent-encode them")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError on a malformed port)
    except ValueError as exc:
        raise ArticleError(f"the url {shown} is not a valid link") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise ArticleError(f"the url {shown} is not an http(s) link")
    if "@" in parts.netloc:
        raise ArticleError(f"the url {shown} names a user or password before its host; give the plain link")
    if not _HOST.match(host):
        raise ArticleError(f"the url {shown} has no valid host name")
    return url.translate(_LINK_BREAKING)


def _dateline_fields(body: str) -> dict[str, str]:
    """Date and outlet from a dateline in the first lines of a file without front matter."""
    dateline = find_dateline(body)
    return dateline.fields() if dateline else {}


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _build(fields: dict[str, str], body: str, article_id: str | None) -> Article:
    if len(words(body)) < MIN_ARTICLE_WORDS:
        raise ArticleError(
            "has no article text (fewer than a sentence of words)", fix="put the article's text after the front matter"
        )
    # Cut before joining the words, so the corpus file (written on one line) and the index hold the same title.
    title = " ".join(" ".join(fields.get("title", "").split())[:MAX_TITLE_CHARS].split())
    if not title:
        raise ArticleError("has no title", field="title", fix="add a `title:` line to the front matter")
    date_key = "published" if fields.get("published") else "date"
    try:
        published = parse_date(fields.get("published") or fields.get("date") or "")
    except ArticleError as exc:
        raise ArticleError(str(exc), field=date_key, fix=exc.fix) from None
    article_id = article_id or make_article_id(title, published)
    if not valid_article_id(article_id):
        raise ArticleError(f"{article_id!r} is not a valid article id (lowercase letters, digits, dashes)")
    try:
        url = clean_url(fields.get("url", "").strip()) if fields.get("url", "").strip() else ""
    except ArticleError as exc:
        raise ArticleError(str(exc), field="url", fix="give a plain http(s) link, or leave `url:` empty") from None
    return Article(
        id=article_id,
        title=title,
        body=body,
        source=" ".join((fields.get("source") or fields.get("outlet") or "").split()),
        published=published,
        url=url,
    )
