# gongshi — two commands set everything up: `make html` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CONTENT ?= content
OUTPUT ?= output
AS_OF ?=
PORT ?= 8000
DEPT ?=
BENCH_SIZES ?= 1000

export PYTHONDONTWRITEBYTECODE := 1
ifneq ($(AS_OF),)
export GONGSHI_AS_OF := $(AS_OF)
endif

.PHONY: help html publish serve department test lint bench bench-search screenshots validate clean

help:
	@echo "make html         build the demo site into $(OUTPUT)/ (AS_OF=YYYY-MM-DD for a reproducible build)"
	@echo "make serve        serve $(OUTPUT)/ on http://127.0.0.1:$(PORT)/"
	@echo "make publish      build with publishconf.py (absolute SITEURL)"
	@echo "make department DEPT=x   build one department's column alone into $(OUTPUT)-x/"
	@echo "make test         run the whole test suite"
	@echo "make bench        run the benchmarks (BENCH_SIZES='1000 20000 100000')"
	@echo "make bench-search search in headless Chromium, gongshi beside Pagefind (BENCH_SIZES as above)"
	@echo "make screenshots  take the README screenshots in headless Chromium"

$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

validate: $(STAMP)
	$(BIN)/gongshi validate $(CONTENT)

html: $(STAMP) $(NODE_STAMP)
	$(BIN)/gongshi build $(CONTENT) --settings pelicanconf.py --output $(OUTPUT)

publish: $(STAMP) $(NODE_STAMP)
	$(BIN)/gongshi build $(CONTENT) --settings publishconf.py --output $(OUTPUT)

department: $(STAMP) $(NODE_STAMP)
	@test -n "$(DEPT)" || (echo "用法：make department DEPT=<部门目录名> — usage: make department DEPT=x" && exit 2)
	$(BIN)/gongshi build $(CONTENT) --settings pelicanconf.py --output $(OUTPUT)-$(DEPT) --department $(DEPT)

serve:
	@test -d $(OUTPUT) || (echo "先运行 make html — run make html first" && exit 2)
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUT)

lint: $(STAMP)
	$(BIN)/ruff check plugins tests bench pelicanconf.py publishconf.py
	$(BIN)/ruff format --check plugins tests bench pelicanconf.py publishconf.py

test: $(STAMP) $(NODE_STAMP) lint
	$(BIN)/python -m pytest -n 2 -q

bench: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m bench --sizes $(BENCH_SIZES)

bench-search: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m bench.search_browser --sizes $(BENCH_SIZES)

screenshots: $(STAMP) $(NODE_STAMP)
	@fc-list :lang=zh 2>/dev/null | grep -q . || { test "$$(id -u)" = 0 && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; } || echo "需要中文字体：apt-get install fonts-noto-cjk — a Chinese font is needed"
	$(BIN)/python -m tests.site.screenshots

clean:
	rm -rf $(OUTPUT) $(OUTPUT)-* .pytest_cache .gongshi-cache
