# iamport-client: every command sets up what it needs on a machine with only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# Two stages so that `make demo` on a fresh clone installs only what the demo needs.
RUNTIME_STAMP := $(VENV)/.runtime-stamp
STAMP  := $(VENV)/.dev-stamp
SHOP_STAMP := $(VENV)/.shop-stamp

BENCH_VENV  := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.bench-stamp

.PHONY: help venv generate check-generated spec-check lint format typecheck pytest test demo shop bench bench-smoke docs chromium clean

help:
	@echo "make demo             run the seed stories end to end against the local sandbox"
	@echo "make test             every check: spec, drift, ruff, mypy --strict, pytest"
	@echo "make shop             the sandbox and the example shop, to try a checkout in a browser"
	@echo "make generate         regenerate generated/iamport_api from spec/iamport.yaml"
	@echo "make check-generated  fail if generated/ differs from what the generator makes"
	@echo "make bench            benchmarks, side by side with the official client (long)"
	@echo "make docs             build the documentation site into site/"

$(RUNTIME_STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -e '.[sandbox]'
	touch $(RUNTIME_STAMP)

$(STAMP): $(RUNTIME_STAMP)
	$(PIP) -e '.[dev,sandbox,cli]'
	touch $(STAMP)

$(SHOP_STAMP): $(RUNTIME_STAMP)
	$(PIP) -e '.[shop]'
	touch $(SHOP_STAMP)

venv: $(STAMP)

generate: venv
	$(BIN)/python generator/generate.py

check-generated: venv
	$(BIN)/python generator/generate.py --check

spec-check: venv
	$(BIN)/openapi-spec-validator spec/iamport.yaml

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: venv
	$(BIN)/mypy generated/iamport_api wrapper/iamport_client sandbox/iamport_sandbox bench \
	  examples/shop_common examples/shop_fastapi examples/shop_django examples/run_shop.py \
	  tests/typing/user_code.py
	@# A user's program calling ten resources with plain values: the public signatures type-check.
	$(BIN)/mypy tests/typing/user_calls.py

# Two xdist workers: most tests wait on sockets, browsers and subprocesses, so two keep both cores
# busy. `loadgroup` keeps tests that share an expensive session fixture (the built docs site, the
# built wheel) on one worker. PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 2
pytest: venv chromium
	$(BIN)/python -m pytest --ignore=tests/bench -n $(PYTEST_WORKERS) --dist loadgroup

# The docs and checkout browser tests need Debian's headless Chromium; install it when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the docs browser check..."; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "!!! could not install chromium: the docs browser tests will be SKIPPED !!!"; \
	  else echo "!!! no root/apt-get: the docs browser tests will be SKIPPED !!!"; fi; }
	@# Korean text in the checkout screenshots needs a Hangul font (the tests read the DOM).
	@fc-list :lang=ko 2>/dev/null | grep -q . || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's fonts-nanum for Korean text in browser screenshots..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-nanum >/dev/null \
	      || echo "(no Hangul font: Korean text shows as boxes in the screenshots)"; \
	  else echo "(no Hangul font: Korean text shows as boxes in the screenshots)"; fi; }

docs: venv
	$(BIN)/python tools/docs/build.py

# The official client pins an old `requests`, so benchmarks get their own environment.
$(BENCH_STAMP): pyproject.toml bench/requirements.txt Makefile
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[sandbox]' -r bench/requirements.txt
	touch $(BENCH_STAMP)

# A tiny run of the whole harness, so that `make bench` cannot rot.
bench-smoke: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m pytest tests/bench -q -p no:cacheprovider

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m bench

# Every check, two jobs at a time (this machine class has two cores): the two environments are made
# side by side, then the checks run as their environment is ready. Each job's output is printed
# whole when it ends.
test:
	$(MAKE) --no-print-directory -j2 --output-sync=target spec-check check-generated lint typecheck pytest bench-smoke

demo: $(RUNTIME_STAMP)
	$(BIN)/python examples/demo.py

# SHOP_ARGS="--django" for the Django shop; --port/--sandbox-port to move them.
shop: $(SHOP_STAMP)
	$(BIN)/python examples/run_shop.py $(SHOP_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) .pytest_cache .mypy_cache .ruff_cache site
