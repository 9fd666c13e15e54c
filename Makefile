# iamport-client: every command sets up what it needs on a machine with only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: help venv generate check-generated spec-check lint format typecheck pytest test demo bench docs clean

help:
	@echo "make demo             run the seed stories end to end against the local sandbox"
	@echo "make test             every check: spec, drift, ruff, mypy --strict, pytest"
	@echo "make generate         regenerate generated/iamport_api from spec/iamport.yaml"
	@echo "make check-generated  fail if generated/ differs from what the generator makes"
	@echo "make bench            benchmarks (long)"
	@echo "make docs             build the documentation site into site/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,sandbox]'
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
	$(BIN)/mypy generated/iamport_api wrapper/iamport_client

pytest: venv
	$(BIN)/python -m pytest

test: spec-check check-generated lint typecheck pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site
