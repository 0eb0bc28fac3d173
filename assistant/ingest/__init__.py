"""Ingest: corpus files → documents (formats, corpus) → chunks (chunking) → index generations (build)."""
