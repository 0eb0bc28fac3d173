import pytest

from assistant.domain import Turn
from assistant.query.engine import Assistant
from assistant.query.retrieval import PassageRetriever


def test_hybrid_search_finds_the_passage(assistant: Assistant) -> None:
    passages = assistant.search("When was the Coimbra Group founded?", k=3)
    assert "founded in 1985" in passages[0].chunk.text
    assert passages[0].chunk.section == "Coimbra Group"
    assert passages[0].score >= passages[1].score >= passages[2].score


@pytest.mark.parametrize("mode", ["dense", "bm25"])
def test_single_retrievers_work_alone(assistant: Assistant, mode: str) -> None:
    passages = assistant.search("Campus France scholarship programs", k=5, mode=mode)  # type: ignore[arg-type]
    assert any("Campus France" in p.chunk.text for p in passages)
    side = "dense" if mode == "dense" else "lexical"
    assert all(getattr(p, side) is not None for p in passages)


def test_follow_up_retrieves_with_the_conversation(assistant: Assistant) -> None:
    history = [Turn("user", "Tell me about the Coimbra Group."), Turn("assistant", "It is a network [1].")]
    top = assistant.search("What is its aim?", k=1, history=history)[0]
    assert top.chunk.section == "Coimbra Group"


def test_langchain_retriever_returns_documents_with_metadata(assistant: Assistant) -> None:
    retriever = PassageRetriever(retriever=assistant.retriever, k=2)
    documents = retriever.invoke("UNIMED membership since 2019")
    assert len(documents) == 2
    assert any("since 2019" in d.page_content for d in documents)
    assert {"chunk_id", "document", "title", "section", "url", "score"} <= set(documents[0].metadata)


def test_search_puts_the_passage_the_answer_quotes_first(assistant: Assistant) -> None:
    # Retrieval alone ranks the association's general description first; the count is in the
    # next chunk, and a reader of the results sees first what the answer rests on.
    question = "How many members does the European University Association have?"
    answer = assistant.ask(question)
    assert answer.answered
    assert assistant._retrieve(question, question, 1)[0].chunk.text != answer.citations[0].text
    assert assistant.search(question, k=1)[0].chunk.text == answer.citations[0].text
