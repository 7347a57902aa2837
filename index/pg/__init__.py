"""The PostgreSQL backend (INDEX_BACKEND=postgres): generations, history and vectors in one shared database.

Imported only when that backend is chosen; it needs `psycopg` and a server with the pgvector extension.
"""
