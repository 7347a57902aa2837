"""Cronista on Discord: the adapter over the answer engine in `index` (commands, rendering, permissions)."""
