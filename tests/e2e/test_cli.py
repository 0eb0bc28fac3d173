"""The `assistant` console script, run as a user would run it."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from assistant.settings import Settings
from tests.utils.documents import doc, write
from tests.utils.server import ASSISTANT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ASSISTANT), *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ingest_json_then_reingest_embeds_nothing_and_names_bad_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.md", doc("Alpha", "# Alpha\n\nThe alpha office signs agreements."))
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    paths = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    first = run("ingest", "--json", *paths)
    assert first.returncode == 1, first.stderr  # a failed file makes the exit non-zero...
    summary = json.loads(first.stdout)
    assert (
        summary["documents"] == summary["added"] == 1 and summary["chunks_embedded"] == summary["chunks"] == 1
    )
    assert summary["failed"][0]["path"] == "broken.txt" and "binary" in summary["failed"][0]["error"]
    assert "broken.txt" in first.stderr
    (corpus / "broken.txt").unlink()
    second = run("ingest", "--json", *paths)
    assert second.returncode == 0  # ...and the good file was indexed all the same.
    assert json.loads(second.stdout)["chunks_embedded"] == 0


def test_ask_json_matches_the_api_contract(settings: Settings) -> None:
    result = run("ask", "When was UNIMED founded?", "--json", "--index", str(settings.index_dir))
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert set(body) == {"answer", "answered", "citations", "fallback", "mode", "model_ms"}
    assert body["answered"] and "1991" in body["answer"]


def test_ask_text_output_lists_sources(settings: Settings) -> None:
    result = run("ask", "What is the AUF?", "--index", str(settings.index_dir))
    assert (
        result.returncode == 0 and "[1]" in result.stdout and "06-international-networks.md" in result.stdout
    )


def test_ask_without_index_tells_what_to_run(tmp_path: Path) -> None:
    result = run("ask", "Who signs?", "--index", str(tmp_path / "none"))
    assert result.returncode == 3 and "assistant ingest" in result.stderr


def test_ask_blank_question_is_refused(tmp_path: Path) -> None:
    result = run("ask", "  ", "--index", str(tmp_path))
    assert result.returncode == 2 and "question" in result.stderr


def test_ingest_missing_corpus_is_a_usage_error(tmp_path: Path) -> None:
    result = run("ingest", "--corpus", str(tmp_path / "missing"), "--index", str(tmp_path / "i"))
    assert result.returncode == 2 and "does not exist" in result.stderr


@pytest.mark.slow  # three retrievers over the dev set, in a child process
def test_eval_reports_the_three_retrievers_side_by_side(settings: Settings, tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps(
            {
                "id": "x1",
                "question": "When was the Coimbra Group founded?",
                "answerable": True,
                "evidence": "founded in 1985",
                "answer_any": [["1985"]],
            }
        )
        + "\n"
        + json.dumps({"id": "x2", "question": "What is the capital of Australia?", "answerable": False})
        + "\n"
    )
    result = run("eval", str(cases), "--json", "--index", str(settings.index_dir))
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert set(metrics) == {"hybrid", "dense", "bm25"}
    assert metrics["hybrid"]["recall@5"] == 1.0 and metrics["hybrid"]["answer_accuracy"] == 1.0
    assert metrics["hybrid"]["abstention"] == 1.0
    table = run("eval", str(cases), "--index", str(settings.index_dir))
    assert "recall@5" in table.stdout and "bm25" in table.stdout
