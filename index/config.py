"""Where the engine finds its corpus and index: command-line options, then environment (or .env), then defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class EngineSettings(BaseSettings):
    """Engine settings read from the environment or a `.env` file in the working directory."""

    # env_ignore_empty: a setting left blank (as in .env.example, "DEV_GUILD_ID=") means "not set".
    # BotSettings inherits this configuration.
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", env_ignore_empty=True)

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path(".cronista/index")
    multilingual: bool = True


def settings_problems(exc: ValidationError) -> str:
    """One line per setting to fix, "  NAME: what is wrong"."""
    return "\n".join(f"  {'.'.join(str(p) for p in error['loc']).upper()}: {error['msg']}" for error in exc.errors())
