"""The bot's settings, from the environment or `.env`, checked at start-up with messages that say what to fix."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, field_validator

from bot.checks import ModerationPolicy
from index.config import EngineSettings, settings_problems


class BotSettings(EngineSettings):
    """Everything `python -m bot` can be configured with (see `.env.example`)."""

    discord_token: SecretStr | None = None
    command_prefix: str = Field("!", min_length=1, max_length=5)
    dev_guild_id: int | None = None
    moderation_guild_ids: str = ""
    moderator_role_ids: str = ""
    moderator_user_ids: str = ""
    cooldown_questions: int = Field(3, ge=1, le=100)
    cooldown_seconds: float = Field(30.0, gt=0, le=3600)
    quotes_per_page: int = Field(3, ge=1, le=5)
    max_quotes: int = Field(9, ge=1, le=25)
    # Discord allows 3 s for the first response; slower work defers ("thinking…") and follows up.
    defer_after_seconds: float = Field(1.5, ge=0, le=2.5)
    button_timeout_seconds: float = Field(180.0, ge=10, le=840)  # a reply can be edited for 15 minutes
    allow_url_fetch: bool = False
    fetch_timeout_seconds: float = Field(10.0, gt=0, le=60)
    fetch_max_bytes: int = Field(2 * 1024 * 1024, gt=0, le=10 * 1024 * 1024)
    sample_question: str = "Who is the head of SEBIN?"
    question_log_days: int = Field(90, ge=0, le=3650)  # 0 turns the question log, and with it feedback, off
    question_log_salt: SecretStr | None = None  # empty: a random salt kept in INDEX_DIR/questions.salt
    feedback_buttons: bool = True
    log_level: str = "INFO"
    # Run as discord.py's AutoShardedBot: one process, several gateway shards (Discord requires sharding from
    # 2,500 servers; each shard holds at most 2,500). SHARD_COUNT empty: as many as Discord recommends.
    bot_sharded: bool = False
    shard_count: int | None = Field(None, ge=1, le=1000)

    @field_validator("moderation_guild_ids", "moderator_role_ids", "moderator_user_ids")
    @classmethod
    def _id_lists(cls, value: str) -> str:
        for part in value.replace(" ", "").split(","):
            if part and not part.isdigit():
                raise ValueError("must be a comma-separated list of numeric Discord ids")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @property
    def moderator_roles(self) -> frozenset[int]:
        """Role ids whose members may change the articles (in the moderation servers only)."""
        return _ids(self.moderator_role_ids)

    @property
    def moderation_policy(self) -> ModerationPolicy:
        """Where moderation commands work and who may use them there; the servers default to DEV_GUILD_ID."""
        guilds = _ids(self.moderation_guild_ids)
        if not guilds and self.dev_guild_id:
            guilds = frozenset({self.dev_guild_id})
        return ModerationPolicy(guilds, self.moderator_roles, _ids(self.moderator_user_ids))

    @property
    def token(self) -> str | None:
        """The Discord token, or None when it is not configured."""
        secret = self.discord_token.get_secret_value().strip() if self.discord_token else ""
        return secret or None


def _ids(value: str) -> frozenset[int]:
    return frozenset(int(p) for p in value.replace(" ", "").split(",") if p)


def load_settings() -> BotSettings:
    """Read the settings; a problem becomes a SystemExit with one line per setting to fix."""
    try:
        return BotSettings()
    except ValidationError as exc:
        message = "Cronista cannot start; fix these settings in .env or the environment:\n" + settings_problems(exc)
        raise SystemExit(message) from None


MISSING_TOKEN = (
    "No Discord token is configured. Put DISCORD_TOKEN=... in a .env file next to this README "
    "(copy .env.example) or in the environment, then run `make run` again."
)

EMPTY_TOKEN = (
    "DISCORD_TOKEN is empty in {env}: paste the bot's token after DISCORD_TOKEN= (Bot page of "
    "https://discord.com/developers/applications), then run `make run` again."
)


def missing_token_message(env_file: Path = Path(".env")) -> str:
    """Why there is no token: an empty DISCORD_TOKEN= line in an existing .env, or no token anywhere."""
    try:
        text = env_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return MISSING_TOKEN
    if re.search(r"^\s*(?:export\s+)?DISCORD_TOKEN\s*=\s*[\"']?\s*[\"']?\s*$", text, flags=re.M):
        return EMPTY_TOKEN.format(env=env_file)
    return MISSING_TOKEN
