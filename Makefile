# Two entry points for a fresh machine with Python 3.11 and make:
#   make demo   creates .venv, installs soilkit, extracts the bundled samples
#   make test   installs the test (and samples: reportlab builds the bad-input PDFs) extras,
#               then runs ruff and the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,samples]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/soilkit extract samples/ --out-dir out/
	$(BIN)/soilkit extract samples/seed-report.txt --format table

test: $(VENV)/.test-installed
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest -q

bench: $(VENV)/.test-installed
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out .pytest_cache
