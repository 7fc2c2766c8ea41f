# Comptoir — set-up and everyday commands. Everything lives in a local virtual environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint translations benchmark clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

## Install what is needed and open the app on the default local database.
run: $(STAMP)
	$(BIN)/comptoir

## Install what is needed and run the whole test suite (what CI runs).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

## Refresh the .ts files from the sources, then compile them to .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py' 'app/*.py' 'app/**/*.py') -ts resources/translations/comptoir_fr.ts resources/translations/comptoir_en.ts
	$(BIN)/pyside6-lrelease resources/translations/comptoir_fr.ts resources/translations/comptoir_en.ts

## Build the 100k-contact database and measure the targets (figures in benchmarks/results.md).
benchmark: $(STAMP)
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
