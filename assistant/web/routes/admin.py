"""Administration of the corpus behind a bearer token: list, upload, delete documents, re-index."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from assistant.embeddings import Embedder
from assistant.ingest.build import IngestBusyError
from assistant.ingest.report import IngestReport
from assistant.services import documents as admin
from assistant.store.index import IndexNotFoundError
from assistant.web.deps import AdminDep, ProviderDep, Services, ServicesDep
from assistant.web.errors import ADMIN_ERRORS
from assistant.web.schemas import DocumentList, UploadResult

# Read uploads in pieces so that an oversized one is refused without holding it all in memory.
_UPLOAD_PIECE = 1024 * 1024

router = APIRouter(prefix="/v1/admin", tags=["admin"], responses=ADMIN_ERRORS)


@router.get("/documents", response_model=DocumentList)
def list_documents(settings: AdminDep, provider: ProviderDep) -> DocumentList:
    """Every document of the serving index: title, format, size, chunks, status, update time."""
    try:
        manifest = provider.get().index.manifest
    except IndexNotFoundError:
        manifest = {}
    return DocumentList(documents=admin.list_documents(manifest))


@router.post(
    "/documents",
    response_model=UploadResult,
    status_code=201,
    responses={
        200: {"description": "The document replaced one of the same name.", "model": UploadResult},
        400: {"description": "The file name has folders in it or is hidden, or the form is not multipart."},
        409: {"description": "Another ingest held the index for too long."},
        413: {"description": "The file is over the size limit (ASSISTANT_MAX_FILE_MB)."},
        415: {"description": "The file type is not supported."},
        422: {"description": "The file cannot be read (corrupt, empty, not UTF-8, ...)."},
        500: {"description": "The file was stored but the new index does not hold it."},
    },
)
async def upload_document(
    response: Response, file: UploadFile, settings: AdminDep, services: ServicesDep
) -> UploadResult:
    """Add or replace one document (multipart field `file`); it is stored and indexed at once."""
    admin.check_name(file.filename)
    limit = settings.max_file_bytes
    pieces, size = [], 0
    while piece := await file.read(_UPLOAD_PIECE):
        size += len(piece)
        if size > limit:
            raise admin.AdminError("too_large", f"file is larger than the {limit / 1e6:.0f} MB limit")
        pieces.append(piece)
    data = b"".join(pieces)
    name = await run_in_threadpool(admin.check_document, file.filename, data, limit)
    replaced: list[bool] = []
    summary = await _reindex(
        services, lambda: replaced.append(admin.write_document(settings.corpus_dir, name, data))
    )
    entry = services.provider.get().index.manifest.get(name)
    if entry is None:
        raise HTTPException(status_code=500, detail=f"{name} was stored but is not in the new index")
    if replaced[0]:
        response.status_code = 200
    return UploadResult(document=admin.document_info(name, entry), ingest=summary)


@router.delete(
    "/documents/{document_id:path}",
    response_model=IngestReport,
    responses={
        400: {
            "description": "Not a document id: a NUL, a name too long for a file, a way out of the corpus."
        },
        409: {"description": "Another ingest held the index for too long."},
    },
)
async def delete_document(document_id: str, settings: AdminDep, services: ServicesDep) -> IngestReport:
    """Remove a document (and its sidecar) from the corpus and its chunks from the index."""
    admin.check_id(document_id)
    return await _reindex(services, lambda: admin.delete_document(settings.corpus_dir, document_id))


@router.post(
    "/reindex",
    response_model=IngestReport,
    responses={409: {"description": "Another ingest held the index for too long."}},
)
async def reindex(settings: AdminDep, services: ServicesDep) -> IngestReport:
    """Run an incremental re-index of the corpus folder: the summary of `assistant ingest --json`."""
    return await _reindex(services)


async def _reindex(services: Services, change: Callable[[], None] | None = None) -> IngestReport:
    """The corpus change and the re-index, under the writer lock, on the inference thread: the
    embedding model runs on that one thread only (see ``Responder.run``), so questions wait for
    a re-index's encoding rather than share the model with it."""
    settings, provider = services.settings, services.provider
    embedder = provider.embedder or Embedder(settings.embedding_model, settings.multilingual_model)
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(
            services.inference, lambda: admin.reindex(settings, embedder, change=change)
        )
    except IngestBusyError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
