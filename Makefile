# Quito Human Mobility site. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= quito_site.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install run test lint messages compilemessages bench constraints audit clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test,dev]'
	touch $@

install: $(VENV)/.installed ## Create .venv and install the project (editable) from the constraints file

compilemessages: install ## Compile the .po catalogues into .mo files (msgfmt if installed, else pure Python)
	$(PY) manage.py compile_catalogues -v0

run: compilemessages ## Set everything up (SQLite + demo content) and serve on http://$(HOST):$(PORT)
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py seed_demo
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: compilemessages ## Run the whole test suite (PostgreSQL when available, else SQLite)
	PY=$(PY) scripts/test.sh $(ARGS)

lint: install ## ruff (lint and format), import contracts, the template linter and line length, Django's checks, missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=. $(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/djlint --lint $$(git ls-files '*.html')
	$(PY) scripts/check_template_lines.py $$(git ls-files '*.html')
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# Every app with a locale/ folder has its own catalogues.
LOCALE_APPS := $(patsubst %/locale,%,$(wildcard */locale))
messages: install ## Extract strings into the .po files (es, en, fr, ht) of every app with a locale/ folder
	for dir in $(LOCALE_APPS); do \
	  (cd $$dir && ../$(PY) ../manage.py makemessages -l es -l en -l fr -l ht --no-obsolete --ignore=tests -v0); \
	done

bench: compilemessages ## Benchmarks: queries, page weight, throughput, enrolment and search
	PY=$(PY) scripts/bench.sh

# Resolved for the oldest supported Python (3.11; 3.11.5 because the pinned soupsieve needs it).
# An existing constraints.txt is uv's preference list, so pins only move with UPGRADE=1.
UV_COMPILE := pyproject.toml --extra test --extra dev --python-version 3.11.5 --no-annotate
constraints: ## Regenerate constraints.txt from pyproject.toml with uv (keeps today's pins; UPGRADE=1 moves them)
	test -x $(VENV)/bin/uv || $(PY) -m pip install --quiet 'uv>=0.4'
	$(VENV)/bin/uv pip compile $(UV_COMPILE) $(if $(UPGRADE),--upgrade) \
	  --custom-compile-command "make constraints  (uv pip compile $(UV_COMPILE) -o constraints.txt)" \
	  --quiet -o constraints.txt

# The advisory source is PyPI's per-release JSON API (its "vulnerabilities" field): probe it with the pinned Django.
AUDIT_PROBE := import json, re, urllib.request; \
  v = re.search(r"(?mi)^django==(\S+)", open("constraints.txt").read()).group(1); \
  assert "vulnerabilities" in json.load(urllib.request.urlopen(f"https://pypi.org/pypi/Django/{v}/json", timeout=10))
audit: ## pip-audit the pinned packages of constraints.txt (says "not audited" when PyPI's advisories are unreachable)
	@if ! $(PY) -c '$(AUDIT_PROBE)' >/dev/null 2>&1; then \
	  echo "make audit: not audited: the advisory source (pypi.org JSON API) is unreachable from here"; exit 0; fi; \
	if ! $(PY) -m pip_audit --version >/dev/null 2>&1 && ! $(PY) -m pip install --quiet pip-audit >/dev/null 2>&1; then \
	  echo "make audit: not audited: pip-audit is not installed and could not be installed"; exit 0; fi; \
	$(PY) -m pip_audit --requirement constraints.txt --no-deps --disable-pip --progress-spinner off

clean: ## Remove the virtual environment, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles media
