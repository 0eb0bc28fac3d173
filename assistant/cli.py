"""The ``assistant`` command: ingest, ask, serve, eval, gaps, migrate, migrate-index."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from assistant.settings import Settings, get_settings

EXIT_FAILED_FILES = 1
EXIT_USAGE = 2
EXIT_NOT_READY = 3


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if isinstance(getattr(args, "corpus", None), str):  # eval takes a list: its own collections
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
    from assistant.store.chroma import VectorStoreUnavailableError

    settings = _settings(args)
    if not settings.corpus_dir.is_dir():
        return _fail(f"corpus folder {settings.corpus_dir} does not exist", EXIT_USAGE)
    try:
        embedder = Embedder(settings.embedding_model, settings.multilingual_model)
        embedder.model  # noqa: B018 - ingest encodes with sentence-transformers: fail here if it cannot load
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
    except (IngestBusyError, VectorStoreUnavailableError) as exc:
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
    # Read by numpy's OpenBLAS and torch when they load, so set before the app is imported (the
    # workers, separate processes, inherit them). A question's encode is a few small matrix
    # products: one BLAS thread is enough, and a second one only fights the other
    # workers and the event loop for the cores. torch runs only for an upload's ingest: it gets
    # its share of the cores, as it would alone.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // args.workers)))
    import uvicorn

    from api import create_app

    # uvicorn would take the client from X-Forwarded-For on any loopback connection; the app reads
    # that header itself, from ASSISTANT_TRUSTED_PROXIES only (assistant/web/clients.py).
    if args.workers == 1:
        uvicorn.run(create_app(_settings(args)), host=args.host, port=args.port, proxy_headers=False)
        return 0
    # Several workers are separate processes that each build the app from an import string, so
    # the folders given here reach them through the environment; each opens the same generation.
    if args.corpus:
        os.environ["ASSISTANT_CORPUS_DIR"] = str(Path(args.corpus).resolve())
    if args.index:
        os.environ["ASSISTANT_INDEX_DIR"] = str(Path(args.index).resolve())
    from assistant.web.workers import serve_forked

    serve_forked("api:app_factory", host=args.host, port=args.port, workers=args.workers)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.services.evaluation import load_cases

    path = Path(args.file)
    if not path.is_file():
        return _fail(f"{path} does not exist", EXIT_USAGE)
    try:
        cases = load_cases(path)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    if args.lang:
        cases = [c for c in cases if c.lang == args.lang]
    corpora = [Path(c) for c in args.corpus or []]
    missing = [str(c) for c in corpora if not c.is_dir()]
    if missing:
        return _fail(f"corpus folder {', '.join(missing)} does not exist", EXIT_USAGE)
    if not corpora:
        results = _eval_columns(cases, _settings(args), args.retrieval)
    else:
        import tempfile

        from assistant.services.evaluation import temporary_index

        with tempfile.TemporaryDirectory(prefix="assistant-eval-") as folder:
            settings = temporary_index(_settings(args), corpora, Path(folder))
            results = _eval_columns(cases, settings, args.retrieval)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _print_eval(results)
    return 0


def _eval_columns(cases: list[Any], settings: Settings, modes: list[str] | None) -> dict[str, Any]:
    """Hybrid, dense and BM25 columns on the extractive path; an llm column when a model is set."""
    from assistant.services.evaluation import evaluate

    responder = _responder(settings)
    assistant = responder.provider.get()
    results: dict[str, Any] = {}
    for mode in modes or ("hybrid", "dense", "bm25"):

        def search(query: str, history: list[Any], mode: Any = mode) -> list[str]:
            return [p.chunk.text for p in assistant.search(query, 5, history, mode=mode)]

        def ask(question: str, history: list[Any], mode: Any = mode) -> Any:
            return assistant.ask(question, history, mode=mode)

        results[mode] = evaluate(cases, ask, search)
    if responder.writer is not None:
        # The language model writes from hybrid retrieval: one more column, same cases, all on
        # one event loop (the model's HTTP client keeps its connections on it).
        loop = asyncio.new_event_loop()
        try:
            results["llm"] = evaluate(
                cases,
                lambda q, h: loop.run_until_complete(responder.answer(q, h)),
                lambda q, h: [p.chunk.text for p in assistant.search(q, 5, h)],
            )
        finally:
            loop.run_until_complete(responder.writer.aclose())
            loop.close()
    return results


def _print_eval(results: dict[str, Any]) -> None:
    first = next(iter(results.values()))
    metrics = [k for k, v in first.items() if not isinstance(v, dict)]
    print(f"{'metric':<20}" + "".join(f"{m:>10}" for m in results))
    for metric in metrics:
        print(f"{metric:<20}" + "".join(f"{_cell(results[m][metric]):>10}" for m in results))
    column = "llm" if "llm" in results else next(iter(results))
    for group in ("by_kind", "by_lang"):
        print(f"\n{column} {group.removeprefix('by_')}:")
        for name, s in results[column][group].items():
            answered = f"correct {s['correct']}/{s['answerable']}" if s["answerable"] else ""
            abstained = f"abstained {s['abstained']}/{s['unanswerable']}" if s["unanswerable"] else ""
            print(f"  {name:<20}{answered:<18}{abstained}")
    for name in ("hybrid", "llm"):
        for kind, ids in results.get(name, {}).get("failures", {}).items():
            if ids:
                print(f"{name} {kind} failures: {', '.join(ids)}")


def _workers(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers from 1 to 64")
    return int(text)


def _days(text: str) -> int:
    """``30d``, ``30`` → 30 days (the ``--since`` of ``assistant gaps``)."""
    number = text.strip().lower().removesuffix("d")
    if not number.isdigit() or not 1 <= int(number) <= 3650:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days such as 30d (1 to 3650)")
    return int(number)


def cmd_gaps(args: argparse.Namespace) -> int:
    import datetime as dt

    from assistant.embeddings import Embedder
    from assistant.services.feedback import FeedbackStore
    from assistant.services.gaps import GapFinder
    from assistant.services.questions import QuestionLog
    from assistant.store.index import Index, IndexNotFoundError
    from assistant.web.schemas import GapList

    settings = _settings(args)
    log = QuestionLog(FeedbackStore(settings.database_url).engine, settings.log_retention_days, enabled=False)
    try:
        index: Index | None = Index.open(
            settings.index_dir, settings.chroma_url, settings.exact_search_max_chunks
        )
    except IndexNotFoundError:
        index = None  # the groups are found all the same, only without their closest document
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=args.since)
    embedder = Embedder(settings.embedding_model, settings.multilingual_model)
    gaps = GapFinder(log).find(embedder, index, since)
    if args.json:
        print(GapList(groups=gaps).model_dump_json(indent=2))
        return 0
    if not gaps:
        print(f"no unanswered or disliked questions in the last {args.since} days")
    for gap in gaps:
        handled = " (handled)" if gap.handled else ""
        print(f"{gap.count:>4}  {gap.label}{handled}  [{gap.id}]")
        print(f"      {gap.first_seen} .. {gap.last_seen}; closest document: {gap.closest_document or '-'}")
        for example in gap.examples:
            print(f"      - {example}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from assistant.services.feedback import FeedbackStore

    settings = _settings(args)
    try:
        store = FeedbackStore(settings.database_url)  # opening a store upgrades its schema
    except SQLAlchemyError as exc:
        return _fail(f"the database cannot be migrated: {exc}", EXIT_USAGE)
    print(f"database {store.engine.url.render_as_string(hide_password=True)} is at the newest revision")
    return 0


def cmd_migrate_index(args: argparse.Namespace) -> int:
    from assistant.ingest.lock import IngestBusyError, writer_lock
    from assistant.store.chroma import VectorStoreUnavailableError, collection_name, copy_to_server
    from assistant.store.generations import current_generation
    from assistant.store.layout import CHROMA

    settings = _settings(args)
    if settings.chroma_url is None:
        return _fail("set ASSISTANT_CHROMA_URL to the Chroma server the index moves to", EXIT_USAGE)
    try:
        # Under the writer lock: no ingest publishes another generation while this one is copied.
        with writer_lock(
            settings.index_dir, database_url=settings.database_url, redis_url=settings.redis_url
        ):
            folder = current_generation(settings.index_dir)
            if folder is None:
                return _fail(f"no index in {settings.index_dir}: run 'assistant ingest'", EXIT_NOT_READY)
            if not (folder / CHROMA).is_dir():
                return _fail(f"{folder.name} has no embedded vectors: it was built for a server", EXIT_USAGE)
            copied = copy_to_server(folder, settings.chroma_url)
    except (IngestBusyError, VectorStoreUnavailableError) as exc:
        return _fail(str(exc), EXIT_USAGE)
    target = collection_name(folder.name)
    print(f"{copied} vectors of {folder.name} copied to the collection {target} on {settings.chroma_url}")
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
    serve.add_argument(
        "--workers",
        type=_workers,
        default=1,
        help="worker processes (default 1); each opens the same index generation read-only",
    )
    serve.set_defaults(func=cmd_serve)

    evaluate = sub.add_parser("eval", help="score a JSONL question set")
    evaluate.add_argument("file")
    evaluate.add_argument("--index", help="index to score (default: ASSISTANT_INDEX_DIR or ./index)")
    evaluate.add_argument(
        "--corpus",
        action="append",
        metavar="DIR",
        help="score over these corpus folders instead (repeatable), indexed in a temporary folder",
    )
    evaluate.add_argument("--lang", choices=("en", "fr"), help="only the questions in this language")
    evaluate.add_argument(
        "--retrieval",
        action="append",
        choices=("hybrid", "dense", "bm25"),
        help="score only this retrieval (repeatable; default: all three side by side)",
    )
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.set_defaults(func=cmd_eval)

    gaps = with_paths(
        sub.add_parser("gaps", help="unanswered and disliked questions, grouped by topic (the question log)")
    )
    gaps.add_argument("--since", type=_days, default=30, metavar="DAYS", help="e.g. 30d (default: 30d)")
    gaps.add_argument("--json", action="store_true", help="print the /v1/admin/gaps response as JSON")
    gaps.set_defaults(func=cmd_gaps)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date (Alembic)")
    migrate.set_defaults(func=cmd_migrate)

    migrate_index = with_paths(
        sub.add_parser("migrate-index", help="copy the serving generation's vectors to ASSISTANT_CHROMA_URL")
    )
    migrate_index.set_defaults(func=cmd_migrate_index)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
