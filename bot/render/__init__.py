"""Turning engine results into Discord messages that respect Discord's limits (pure functions, tested alone)."""
