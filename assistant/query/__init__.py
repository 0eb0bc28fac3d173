"""Query: question (+ history) → passages (retrieval, followup) → extractive answer (extractive, engine)."""
