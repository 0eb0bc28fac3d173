"""The embeddable widget's files and the page that demonstrates it (not in the OpenAPI)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

WIDGET_DIR = Path(__file__).resolve().parents[2] / "widget"
_STATIC_TYPES = {"widget.js": "text/javascript; charset=utf-8", "widget.css": "text/css; charset=utf-8"}

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def demo_page() -> FileResponse:
    return FileResponse(WIDGET_DIR / "demo.html", media_type="text/html; charset=utf-8")


@router.get("/widget.js")
def widget_script() -> FileResponse:
    return _static("widget.js")


@router.get("/widget.css")
def widget_styles() -> FileResponse:
    return _static("widget.css")


def _static(name: str) -> FileResponse:
    return FileResponse(
        WIDGET_DIR / name, media_type=_STATIC_TYPES[name], headers={"Cache-Control": "public, max-age=300"}
    )
