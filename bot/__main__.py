"""`python -m bot`: load the index (building it on first use) and run the bot, or show a sample answer."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.service import AnswerService
from bot.settings import MISSING_TOKEN, BotSettings, load_settings

log = logging.getLogger("bot")

PRIVILEGED_INTENT_MISSING = (
    "Discord refused the Message Content intent: turn it on for this bot on the Bot page of the developer "
    "portal (https://discord.com/developers/applications), or `!ask` cannot read questions."
)


def start_service(settings: BotSettings) -> AnswerService:
    """The answer service over the index in INDEX_DIR, built from CORPUS_DIR first if there is none, or if
    the one there cannot be used (damaged, or made with other models)."""
    from index.embedding import load_default_embedders
    from index.maintenance import Maintainer
    from index.search import Engine
    from index.storage import IndexDamagedError

    embedders = load_default_embedders(settings.multilingual)
    maintainer = Maintainer(settings.corpus_dir, settings.index_dir, embedders)
    if not maintainer.folder.exists():
        log.info("no index in %s yet: building it from %s", settings.index_dir, settings.corpus_dir)
        maintainer.build(who="bot start-up")
    try:
        engine = Engine.open(settings.index_dir, embedders)
    except IndexDamagedError as exc:
        log.warning("%s; rebuilding the index from %s", exc, settings.corpus_dir)
        maintainer.build(who="bot start-up")
        engine = Engine.open(settings.index_dir, embedders)
    if not _index_matches_corpus(engine, settings):
        # The corpus folder is the source of truth: a change cut short (a kill between writing an article and
        # swapping the index) or an edit by hand is caught up now, re-embedding only what changed.
        log.warning("the index does not match %s: updating it from the corpus", settings.corpus_dir)
        maintainer.build(who="bot start-up")
        engine.reload_if_changed()
    state = engine.state
    models = ", ".join(f"{c['model']} ({c['dim']}d)" for c in state.channels.values())
    log.info("loaded %d articles, %d passages; models: %s", len(state.articles), state.passage_count, models)
    return AnswerService(engine, maintainer)


def _index_matches_corpus(engine, settings: BotSettings) -> bool:
    from index.articles import corpus_hash
    from index.corpus import load_corpus

    articles, _ = load_corpus(settings.corpus_dir)
    return engine.state.corpus_hash() == corpus_hash(articles)


def sample_answer(service, settings: BotSettings) -> str:
    """What the bot would post for the sample question, as text."""
    from bot.render.answers import answer_pages
    from bot.render.plain import embed_as_text

    async def ask():
        return await service.ask(settings.sample_question, settings.quotes_per_page)

    answer = asyncio.run(ask())
    page = answer_pages(answer, settings.quotes_per_page, len(service.articles()))[0]
    return embed_as_text(page)


def main() -> int:
    """Start Cronista."""
    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("discord.http", "faiss", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    service = start_service(settings)
    if settings.token is None:
        print(MISSING_TOKEN, file=sys.stderr)
        print(f"\nMeanwhile, this is how Cronista answers `/ask {settings.sample_question}`:\n")
        print(sample_answer(service, settings))
        service.close()
        return 0
    import discord

    from bot.client import create_bot

    bot = create_bot(settings, service, live=True)
    try:
        bot.run(settings.token, log_handler=None)
    except discord.LoginFailure:
        print("Discord refused the token: copy it again from the Bot page of the developer portal.", file=sys.stderr)
        return 1
    except discord.PrivilegedIntentsRequired:
        print(PRIVILEGED_INTENT_MISSING, file=sys.stderr)
        return 1
    finally:
        service.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
