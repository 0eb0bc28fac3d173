"""LangChain's own standard suite for retrievers (langchain-tests), run against ``PassageRetriever``
over the real index: what a LangChain user may rely on, ``invoke(query, k=1)`` included."""

from typing import Any

import pytest
from langchain_core.retrievers import BaseRetriever
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.query.engine import Assistant
from assistant.query.retrieval import PassageRetriever, Retriever


class TestPassageRetriever(RetrieversIntegrationTests):
    _retriever: Retriever

    @pytest.fixture(autouse=True)
    def _over_the_project_index(self, assistant: Assistant) -> None:
        # The suite builds retrievers from class properties; the index comes from the session.
        type(self)._retriever = assistant.retriever

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return PassageRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"retriever": self._retriever}

    @property
    def retriever_query_example(self) -> str:
        return "Who signs international partnership agreements?"
