"""Timelines: dated events taken verbatim from the articles, merged across outlets, filtered by topic."""
