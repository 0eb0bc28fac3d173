"""LLM: the language model client, its prompts, the grounding check and the streaming responder."""
