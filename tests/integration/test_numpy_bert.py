"""The numpy MiniLM (questions, in a server) against sentence-transformers (ingest): the same
vectors, the same tokens, and a serving process that never imports torch."""

import json
import subprocess
import sys

import numpy as np

from assistant.embeddings import Embedder
from assistant.settings import Settings
from tests.utils.paths import CORPUS, ROOT

SHORT = [
    "How do I apply for an Erasmus exchange?",
    "Who signs partnership agreements?",
    "deadline",
    "What is MUSE?",
    "When was the network founded?",
    "Can a PhD student do a double degree?",
    "what's the fee?? (in €)",
    "  Leading and trailing spaces  ",
    "ALL CAPS QUESTION ABOUT THE INTERNATIONAL OFFICE",
    "Is there funding for staff mobility in 2025-2026?",
    "a",
    "",
    "Contact: international@umontpellier.fr or +33 4 67 14 30 00",
    "jane.doe@example.org",
    "Send 3 copies of form B-12 by 15/03/2026 to room 4.07.",
    "1 2 3 4 5 6 7 8 9 10",
    "https://www.umontpellier.fr/international/partenariats",
    "Erasmus+ KA171 vs KA131: what's the difference?",
    "naïve café résumé",
    "日本の大学との協定はありますか",
    "Emoji 🎓 and symbols ≥ ≤ → ✓",
    "| Partner | Country | Since |\n|---|---|---|\n| KU Leuven | Belgium | 2004 |",
    "## Double degree procedure\n\n1. Draft the agreement.\n2. Have it signed by the President.",
    "Tab\tseparated\tvalues and a\nnew line",
    "The grant covers travel (up to €1,500) and a monthly allowance of €700-€850.",
]
FRENCH = [
    "Comment signer une convention de partenariat ?",
    "Quelle est la date limite de candidature pour la mobilité Erasmus ?",
    "Qui contacter pour un double diplôme ?",
    "L'Université de Montpellier fait partie de quels réseaux internationaux ?",
    "Les étudiants en doctorat peuvent-ils bénéficier d'une cotutelle de thèse ?",
]


def long_texts() -> list[str]:
    """Documents of the evaluation collections, whole (most past 256 tokens: truncated), and the
    longest paragraph of each project corpus document."""
    collections = sorted((ROOT / "eval" / "collections").glob("*/corpus/*.md"))
    documents = [f.read_text(encoding="utf-8") for f in collections if f.stat().st_size > 2500][:8]
    corpus = [f.read_text(encoding="utf-8") for f in sorted(CORPUS.glob("*.md"))]
    paragraphs = [max(text.split("\n\n"), key=len) for text in corpus]
    return documents + paragraphs + [" ".join(["partnership"] * 600)]


TEXTS = SHORT + FRENCH + long_texts()


def test_the_texts_cover_short_french_and_truncated_inputs(embedder: Embedder) -> None:
    lengths = [len(embedder.model.tokenizer(t)["input_ids"]) for t in TEXTS]
    assert len(TEXTS) >= 40 and sum(n > 256 for n in lengths) >= 7 and min(lengths) <= 3


def test_question_vectors_match_sentence_transformers(embedder: Embedder) -> None:
    expected = embedder.model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    batched = embedder.encode_queries(TEXTS)  # padded batches, sorted by length
    one_by_one = np.vstack([embedder.encode_query(t) for t in TEXTS])
    for vectors in (batched, one_by_one):
        assert vectors.dtype == np.float32 and vectors.shape == (len(TEXTS), 384)
        cosines = (vectors * expected).sum(axis=1)
        worst = int(np.argmin(cosines))
        assert cosines.min() >= 0.9999, f"{cosines.min()} for {TEXTS[worst][:60]!r}"
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_tokens_and_truncation_match_sentence_transformers(embedder: Embedder) -> None:
    numpy_model = embedder._numpy
    assert numpy_model is not None
    features = embedder.model.tokenize(TEXTS)  # what encode feeds the model: padded to the longest
    for row, encoding in enumerate(numpy_model.tokenizer.encode_batch(TEXTS)):
        expected = features["input_ids"][row][features["attention_mask"][row].bool()].tolist()
        assert encoding.ids == expected, TEXTS[row][:60]


def test_a_server_answers_without_importing_torch(settings: Settings) -> None:
    """The serving path, in a fresh process: load the assistant on the built index, answer an
    English and a French question; torch and the transformers libraries stay out."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from assistant.query.engine import Assistant\n"
        "from assistant.settings import Settings\n"
        "assistant = Assistant.load(Settings(index_dir=Path(sys.argv[1]), corpus_dir=Path(sys.argv[2])))\n"
        "english = assistant.ask('Who signs partnership agreements?')\n"
        "french = assistant.ask('Qui signe les conventions de partenariat ?')\n"
        "heavy = ('torch', 'transformers', 'sentence_transformers')\n"
        "print(json.dumps({'loaded': [m for m in heavy if m in sys.modules],\n"
        "                  'answered': bool(english.text and french.text)}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(settings.index_dir), str(settings.corpus_dir)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert json.loads(result.stdout.splitlines()[-1]) == {"loaded": [], "answered": True}
