# Quito Human Mobility site. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= quito_site.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install run test lint messages compilemessages bench clean

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

lint: install ## ruff, Django's system checks, and missing migrations
	$(VENV)/bin/ruff check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

messages: install ## Extract strings into the .po files (es, en, fr, ht)
	for dir in site home legal_guides courses community search; do \
	  (cd $$dir && ../$(PY) ../manage.py makemessages -l es -l en -l fr -l ht --no-obsolete --ignore=tests -v0); \
	done

bench: compilemessages ## Benchmarks: queries, page weight, throughput, enrolment and search
	PY=$(PY) scripts/bench.sh

clean: ## Remove the virtual environment, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles media
