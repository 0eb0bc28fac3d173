"""Errors as HTTP responses: the exception handlers, and the error ``responses`` the OpenAPI documents."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.services.documents import AdminError
from assistant.store.chroma import VectorStoreUnavailableError
from assistant.store.index import IndexNotFoundError

Responses = dict[int | str, dict[str, Any]]

NOT_READY: Responses = {
    503: {
        "description": (
            "No index has been built yet, or it was built with another embedding model, or the "
            "Chroma server (ASSISTANT_CHROMA_URL) cannot be reached: retry after Retry-After."
        )
    }
}
# Every route with a JSON body: FastAPI's own answer to a body it cannot decode.
NOT_UTF8: Responses = {400: {"description": "The body is not UTF-8."}}
ADMIN_ERRORS: Responses = {
    401: {"description": "Missing or wrong bearer token."},
    404: {"description": "Administration is off (no ASSISTANT_ADMIN_TOKEN), or no such document."},
    413: {"description": "Request body over the upload limit (ASSISTANT_MAX_FILE_MB)."},
    429: {"description": "Too many admin requests, or too many wrong tokens, from this client."},
}
TOO_MANY: Responses = {
    **NOT_UTF8,
    413: {"description": "Request body over ASSISTANT_MAX_BODY_KB."},
    429: {"description": "Too many requests from this client; see Retry-After."},
}

_ADMIN_STATUS = {"bad_name": 400, "not_found": 404, "too_large": 413, "unsupported": 415, "unreadable": 422}


def _validation_message(error: dict[str, Any]) -> str:
    field = ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"
    return _printable(f"{field}: {error.get('msg', 'invalid value')}")


def _printable(text: str) -> str:
    """``text`` as UTF-8 can carry it: a lone surrogate written as its escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _encodes(value: Any) -> bool:
    try:
        json.dumps(jsonable_encoder(value), ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError):
        return False
    return True


def jsonable_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors without the parts that do not serialise: exceptions in ``ctx``, and an
    ``input`` the response could not encode (the very text that was refused for it)."""
    kept = [
        {k: v for k, v in e.items() if k in ("type", "loc", "msg") or (k == "input" and _encodes(v))}
        for e in errors
    ]
    return [{**e, "msg": _printable(str(e.get("msg", "")))} for e in jsonable_encoder(kept)]


async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 with every problem in one readable ``message``, beside FastAPI's usual ``detail``."""
    errors = list(exc.errors())
    message = "; ".join(_validation_message(e) for e in errors)
    return JSONResponse(status_code=422, content={"message": message, "detail": jsonable_errors(errors)})


async def not_ready(request: Request, exc: IndexNotFoundError) -> JSONResponse:
    """503 until an index is built, with what to run."""
    return JSONResponse(status_code=503, content={"detail": str(exc)})


async def vector_store_down(request: Request, exc: VectorStoreUnavailableError) -> JSONResponse:
    """503 while the Chroma server is down; the next request after it returns is answered."""
    return JSONResponse(status_code=503, content={"detail": str(exc)}, headers={"Retry-After": "5"})


async def admin_error(request: Request, exc: AdminError) -> JSONResponse:
    """A refused document operation, with the status of its kind."""
    return JSONResponse(status_code=_ADMIN_STATUS[exc.kind], content={"detail": str(exc)})


def allowed_methods(request: Request, first: str = "") -> list[str]:
    """Every method the request's path is served with: Starlette's own 405 names only those of
    the first route matching the path (``first``), and a path is often served by two (GET and
    POST); the others are read from the OpenAPI document."""
    methods = {"OPTIONS", *(m.strip() for m in first.split(",") if m.strip())}
    for template, operations in request.app.openapi().get("paths", {}).items():
        if re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), request.url.path):
            methods |= {m.upper() for m in operations}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """FastAPI's answer to an HTTP error, except a wrong method: OPTIONS gets 204 and the methods
    the path serves, any other method 405 with all of them in ``Allow``."""
    if exc.status_code != 405:
        headers = getattr(exc, "headers", None)
        return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail}, headers=headers)
    allow = ", ".join(allowed_methods(request, (getattr(exc, "headers", None) or {}).get("Allow", "")))
    if request.method == "OPTIONS":
        return Response(status_code=204, headers={"Allow": allow})
    return JSONResponse(status_code=405, content={"detail": exc.detail}, headers={"Allow": allow})


def install_handlers(app: FastAPI) -> None:
    """Translate these errors into responses wherever they are raised."""
    # The decorator form: add_exception_handler's type wants handlers of any Exception.
    app.exception_handler(RequestValidationError)(invalid_request)
    app.exception_handler(IndexNotFoundError)(not_ready)
    app.exception_handler(VectorStoreUnavailableError)(vector_store_down)
    app.exception_handler(AdminError)(admin_error)
    app.exception_handler(StarletteHTTPException)(http_error)
