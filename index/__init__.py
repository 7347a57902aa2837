"""Cronista's answer engine: articles in, verbatim cited quotes out. Importable without Discord."""
