"""The ``assistant`` command: ingest, ask, serve, eval."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from assistant.settings import Settings, get_settings

EXIT_FAILED_FILES = 1
EXIT_USAGE = 2
EXIT_NOT_READY = 3


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "corpus", None):
        overrides["corpus_dir"] = Path(args.corpus)
    if getattr(args, "index", None):
        overrides["index_dir"] = Path(args.index)
    settings = get_settings()
    return settings.model_copy(update=overrides) if overrides else settings


def _fail(message: str, code: int) -> int:
    print(f"assistant: {message}", file=sys.stderr)
    return code


def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.embeddings import Embedder, ModelLoadError
    from assistant.ingest.build import IngestBusyError, ingest_corpus

    settings = _settings(args)
    if not settings.corpus_dir.is_dir():
        return _fail(f"corpus folder {settings.corpus_dir} does not exist", EXIT_USAGE)
    try:
        embedder = Embedder(settings.embedding_model)
    except ModelLoadError as exc:
        return _fail(str(exc), EXIT_USAGE)
    bar = None
    if sys.stderr.isatty() and not args.json:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="chunk", desc="embedding", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.n = done
            bar.refresh()

    try:
        report = ingest_corpus(settings, embedder, progress=progress)
    except IngestBusyError as exc:
        return _fail(str(exc), EXIT_USAGE)
    finally:
        if bar is not None:
            bar.close()
    summary = report.as_dict()
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"{report.documents} documents indexed ({report.added} added, {report.updated} updated, "
            f"{report.removed} removed, {report.unchanged} unchanged, {len(report.expired)} expired), "
            f"{report.chunks} chunks, {report.chunks_embedded} embedded, in {report.seconds:.2f} s "
            f"(index {settings.index_dir}/{report.generation})"
        )
        for path in report.expired:
            print(f"expired (past valid_until, not served): {path}")
    for failure in report.failed:
        print(f"assistant: skipped {failure['path']}: {failure['error']}", file=sys.stderr)
    return EXIT_FAILED_FILES if report.failed else 0


def _responder(settings: Settings) -> Any:
    """The Responder the API uses, with the configured language model if any."""
    from concurrent.futures import ThreadPoolExecutor

    from assistant.llm.client import Writer
    from assistant.llm.responder import Responder
    from assistant.query.engine import AssistantProvider
    from assistant.store.index import IndexNotFoundError

    provider = AssistantProvider(settings)
    try:
        provider.get()
    except (IndexNotFoundError, ValueError) as exc:
        raise SystemExit(_fail(str(exc), EXIT_NOT_READY)) from exc
    return Responder(provider, ThreadPoolExecutor(max_workers=1), Writer.from_settings(settings))


def cmd_ask(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from assistant.web.schemas import AskRequest, AskResponse

    try:
        request = AskRequest(question=args.question)
    except ValidationError as exc:
        return _fail(f"question {exc.errors()[0]['msg']}", EXIT_USAGE)
    responder = _responder(_settings(args))

    async def answer() -> Any:
        try:
            return await responder.answer(request.question)
        finally:
            if responder.writer is not None:
                await responder.writer.aclose()

    response = AskResponse.from_answer(asyncio.run(answer()))
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    print(response.answer)
    for citation in response.citations:
        where = citation.title
        if citation.section and citation.section != citation.title:
            where = f"{citation.title} › {citation.section}"
        page = f", p. {citation.page}" if citation.page is not None else ""
        print(f"  [{citation.n}] {where} ({citation.document}{page})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api import create_app

    uvicorn.run(create_app(_settings(args)), host=args.host, port=args.port)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.domain import Turn
    from assistant.services.evaluation import evaluate, load_cases
    from assistant.web.schemas import AskResponse

    path = Path(args.file)
    if not path.is_file():
        return _fail(f"{path} does not exist", EXIT_USAGE)
    try:
        cases = load_cases(path)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    responder = _responder(_settings(args))
    assistant = responder.provider.get()
    results: dict[str, Any] = {}
    for mode in ("hybrid", "dense", "bm25"):

        def ask(question: str, history: list[dict[str, str]], mode: Any = mode) -> dict[str, Any]:
            turns = [Turn(**t) for t in history]  # type: ignore[arg-type]
            return AskResponse.from_answer(assistant.ask(question, turns, mode=mode)).model_dump()

        def search(query: str, history: list[dict[str, str]], mode: Any = mode) -> list[str]:
            turns = [Turn(**t) for t in history]  # type: ignore[arg-type]
            return [p.chunk.text for p in assistant.search(query, 5, turns, mode=mode)]

        results[mode] = evaluate(cases, ask, search)
    if responder.writer is not None:
        # The language model writes from hybrid retrieval: one more column, same cases, all on
        # one event loop (the model's HTTP client keeps its connections on it).
        loop = asyncio.new_event_loop()

        def write(question: str, history: list[dict[str, str]]) -> dict[str, Any]:
            turns = [Turn(**t) for t in history]  # type: ignore[arg-type]
            answer = loop.run_until_complete(responder.answer(question, turns))
            return AskResponse.from_answer(answer).model_dump()

        try:
            results["llm"] = evaluate(cases, write, lambda q, h: search(q, h, "hybrid"))
        finally:
            loop.run_until_complete(responder.writer.aclose())
            loop.close()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    metrics = [k for k in results["hybrid"] if k != "failures"]
    print(f"{'metric':<20}" + "".join(f"{m:>10}" for m in results))
    for metric in metrics:
        print(f"{metric:<20}" + "".join(f"{_cell(results[m][metric]):>10}" for m in results))
    for column in ("hybrid", "llm"):
        for kind, ids in results.get(column, {}).get("failures", {}).items():
            if ids:
                print(f"{column} {kind} failures: {', '.join(ids)}")
    return 0


def _cell(value: Any) -> str:
    return "-" if value is None else str(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Cited answers about the University of Montpellier's international partnerships.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def with_paths(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--corpus", help="corpus folder (default: ASSISTANT_CORPUS_DIR or ./corpus)")
        p.add_argument("--index", help="index folder (default: ASSISTANT_INDEX_DIR or ./index)")
        return p

    ingest = with_paths(sub.add_parser("ingest", help="index the corpus (only new text is embedded)"))
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")
    ingest.set_defaults(func=cmd_ingest)

    ask = with_paths(sub.add_parser("ask", help="answer one question"))
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the /v1/ask response as JSON")
    ask.set_defaults(func=cmd_ask)

    serve = with_paths(sub.add_parser("serve", help="serve the HTTP API"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=cmd_serve)

    evaluate = with_paths(sub.add_parser("eval", help="score a JSONL question set"))
    evaluate.add_argument("file")
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
