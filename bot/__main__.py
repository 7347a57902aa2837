"""`python -m bot`: load the index (building it on first use) and run the bot, or show a sample answer."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.service import AnswerService
from bot.settings import BotSettings, load_settings, missing_token_message
from index.errors import CorpusError

log = logging.getLogger("bot")

PRIVILEGED_INTENT_MISSING = (
    "Discord refused the Message Content intent: turn it on for this bot on the Bot page of the developer "
    "portal (https://discord.com/developers/applications), or `!ask` cannot read questions."
)


def start_service(settings: BotSettings) -> AnswerService:
    """The answer service over the index in INDEX_DIR, first built or caught up from CORPUS_DIR (the source of
    truth) when it is missing, unusable (damaged, other models, older rules) or behind the corpus folder."""
    from index.embedding import load_default_embedders
    from index.library import Library
    from index.reader.reader import load_default_reader

    embedders = load_default_embedders(settings.multilingual)
    library = Library.start(
        settings.corpus_dir,
        settings.index_dir,
        embedders,
        who="bot start-up",
        reader=load_default_reader(),
        **settings.backend_options,
    )
    state = library.engine.state
    models = ", ".join(f"{c['model']} ({c['dim']}d)" for c in state.channels.values())
    log.info("loaded %d articles, %d passages; models: %s", len(state.articles), state.passage_count, models)
    return AnswerService(library)


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
    try:
        service = start_service(settings)
    except CorpusError as exc:
        print(f"Cronista cannot start: {exc}", file=sys.stderr)
        return 1
    if settings.token is None:
        print(missing_token_message(), file=sys.stderr)
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
    except (TimeoutError, OSError, discord.GatewayNotFound) as exc:  # aiohttp's connection errors are OSErrors
        print(
            f"Cannot reach Discord ({exc}): check the network connection, then run `make run` again.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
