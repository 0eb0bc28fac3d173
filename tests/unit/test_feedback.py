"""The answer and feedback store on an in-memory SQLite database, used from several threads as the
app uses it (answers recorded on one thread, feedback on another)."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.domain import Answer
from assistant.services.feedback import FeedbackStore


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_store_is_one_database_for_every_thread(url: str) -> None:
    store = FeedbackStore(url)
    answer = Answer(text="Yes.", answered=True)
    with ThreadPoolExecutor(1) as recorder, ThreadPoolExecutor(1) as judge:
        answer_id = recorder.submit(store.record_answer, "Who signs?", answer, []).result()
        feedback_id = judge.submit(store.add_feedback, answer_id, True, None).result()
    assert feedback_id >= 1 and store.feedback_rows()[0]["helpful"] is True
