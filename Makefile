# iamport-client: every command sets up what it needs on a machine with only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# Two stages so that `make demo` on a fresh clone installs only what the demo needs.
RUNTIME_STAMP := $(VENV)/.runtime-stamp
STAMP  := $(VENV)/.dev-stamp

.PHONY: help venv generate check-generated spec-check lint format typecheck pytest test demo bench docs clean

help:
	@echo "make demo             run the seed stories end to end against the local sandbox"
	@echo "make test             every check: spec, drift, ruff, mypy --strict, pytest"
	@echo "make generate         regenerate generated/iamport_api from spec/iamport.yaml"
	@echo "make check-generated  fail if generated/ differs from what the generator makes"
	@echo "make bench            benchmarks (long)"
	@echo "make docs             build the documentation site into site/"

$(RUNTIME_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -e '.[sandbox]'
	touch $(RUNTIME_STAMP)

$(STAMP): $(RUNTIME_STAMP)
	$(PIP) -e '.[dev,sandbox]'
	touch $(STAMP)

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
	$(BIN)/mypy generated/iamport_api wrapper/iamport_client sandbox/iamport_sandbox

pytest: venv
	$(BIN)/python -m pytest

test: spec-check check-generated lint typecheck pytest

demo: $(RUNTIME_STAMP)
	$(BIN)/python examples/demo.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site
