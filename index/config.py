"""Where the engine finds its corpus and index: command-line options, then environment (or .env), then defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class EngineSettings(BaseSettings):
    """Engine settings read from the environment or a `.env` file in the working directory."""

    # env_ignore_empty: a setting left blank (as in .env.example, "DEV_GUILD_ID=") means "not set".
    # BotSettings inherits this configuration.
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", env_ignore_empty=True)

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path(".cronista/index")
    multilingual: bool = True
    # files: generation folders in INDEX_DIR (one machine); postgres: one index in DATABASE_URL shared by every
    # process (INDEX_DIR then holds only this machine's journal of changes in progress).
    index_backend: Literal["files", "postgres"] = "files"
    database_url: str = ""
    # A read replica of DATABASE_URL that loads generations; the live pointer and changes stay on the primary.
    database_read_url: str = ""

    @model_validator(mode="after")
    def _database_for_postgres(self) -> EngineSettings:
        if self.index_backend == "postgres" and not self.database_url:
            raise ValueError("INDEX_BACKEND=postgres needs DATABASE_URL (postgresql://user:password@host/db)")
        if self.index_backend != "postgres" and self.database_read_url:
            raise ValueError("DATABASE_READ_URL is for INDEX_BACKEND=postgres (a read replica of DATABASE_URL)")
        return self

    @property
    def backend_options(self) -> dict[str, str]:
        """The Library keyword arguments that choose where the index is kept."""
        options = {"backend": self.index_backend, "database_url": self.database_url}
        return options | ({"database_read_url": self.database_read_url} if self.database_read_url else {})


def settings_problems(exc: ValidationError) -> str:
    """One line per setting to fix, "  NAME: what is wrong"."""
    return "\n".join(f"  {'.'.join(str(p) for p in error['loc']).upper()}: {error['msg']}" for error in exc.errors())
