"""Administration of the corpus behind a bearer token: list, upload, delete documents, re-index."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from assistant.embeddings import Embedder
from assistant.ingest.build import IngestBusyError
from assistant.ingest.report import IngestReport
from assistant.query.engine import AssistantProvider
from assistant.services import documents as admin
from assistant.settings import Settings
from assistant.store.index import IndexNotFoundError
from assistant.web.deps import AdminDep, ProviderDep
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
        400: {"description": "The file name has folders in it or is hidden."},
        413: {"description": "The file is over the size limit (ASSISTANT_MAX_FILE_MB)."},
        415: {"description": "The file type is not supported."},
        422: {"description": "The file cannot be read (corrupt, empty, not UTF-8, ...)."},
    },
)
async def upload_document(
    response: Response, file: UploadFile, settings: AdminDep, provider: ProviderDep
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
    name, replaced = await run_in_threadpool(
        admin.store_document, settings.corpus_dir, file.filename, data, limit
    )
    summary = await run_in_threadpool(_reindex, settings, provider)
    entry = provider.get().index.manifest.get(name)
    if entry is None:
        raise HTTPException(status_code=500, detail=f"{name} was stored but is not in the new index")
    if replaced:
        response.status_code = 200
    return UploadResult(document=admin.document_info(name, entry), ingest=summary)


@router.delete("/documents/{document_id:path}", response_model=IngestReport)
def delete_document(document_id: str, settings: AdminDep, provider: ProviderDep) -> IngestReport:
    """Remove a document (and its sidecar) from the corpus and its chunks from the index."""
    admin.delete_document(settings.corpus_dir, document_id)
    return _reindex(settings, provider)


@router.post("/reindex", response_model=IngestReport)
def reindex(settings: AdminDep, provider: ProviderDep) -> IngestReport:
    """Run an incremental re-index of the corpus folder: the summary of `assistant ingest --json`."""
    return _reindex(settings, provider)


def _reindex(settings: Settings, provider: AssistantProvider) -> IngestReport:
    try:
        return admin.reindex(
            settings, provider.embedder or Embedder(settings.embedding_model, settings.multilingual_model)
        )
    except IngestBusyError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
