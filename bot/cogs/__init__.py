"""The bot's features, one cog each: asking, timelines, moderation."""
