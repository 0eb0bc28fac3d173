"""The staff console's page and files (not in the OpenAPI): it asks for the admin token itself and
calls the /v1/admin endpoints with it, so the page holds no secret."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

CONSOLE_DIR = Path(__file__).resolve().parents[2] / "console"
_TYPES = {
    "console.js": "text/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
}
# The page runs no script but its own, loads nothing from elsewhere, and may not be framed.
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

router = APIRouter(include_in_schema=False)


@router.get("/admin", response_class=HTMLResponse)
def console_page() -> FileResponse:
    return FileResponse(CONSOLE_DIR / "index.html", media_type="text/html; charset=utf-8", headers=_HEADERS)


@router.get("/admin/console.js")
def console_script() -> FileResponse:
    return _static("console.js")


@router.get("/admin/console.css")
def console_styles() -> FileResponse:
    return _static("console.css")


def _static(name: str) -> FileResponse:
    return FileResponse(CONSOLE_DIR / name, media_type=_TYPES[name], headers=_HEADERS)
