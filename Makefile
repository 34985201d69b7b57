# flashpoint: `make demo` installs and codes the bundled example articles; `make test` installs and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: install
	rm -f flashpoint.duckdb
	$(BIN)/flashpoint code src/flashpoint/examples --published 2022-01-10
	$(BIN)/flashpoint ingest src/flashpoint/examples --db flashpoint.duckdb --published 2022-01-10

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) flashpoint.duckdb .pytest_cache
