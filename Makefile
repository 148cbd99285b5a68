# exposure-audit: `make demo` audits the bundled sample site, `make test` runs every test.
# Both install the Debian packages they need first (as root, or through sudo).

DEBIAN_PACKAGES := libcurl4-openssl-dev libxml2-dev zlib1g-dev libsqlite3-dev libjemalloc-dev pkg-config poppler-utils catdoc
SWIFT ?= swift

.PHONY: all deps build demo test eval clean

all: build

deps:
	@scripts/install-deps.sh $(DEBIAN_PACKAGES)

build: deps
	$(SWIFT) build

demo: build
	@scripts/demo.sh

# The report tests validate JSON and SARIF output with Python's jsonschema: pip, else Debian's package.
test: deps
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema 2>/dev/null \
		|| scripts/install-deps.sh python3 python3-jsonschema
	$(SWIFT) test

# Detector precision and recall on Corpus/, beside libphonenumber's matcher as the anchor.
eval: deps
	@python3 -c "import phonenumbers" 2>/dev/null || python3 -m pip install -q phonenumbers
	$(SWIFT) build --product exposure-eval
	@"$$($(SWIFT) build --show-bin-path)/exposure-eval" Corpus
	@echo
	@python3 scripts/eval/phonenumbers_anchor.py Corpus

clean:
	rm -rf .build reports

# The crawl benchmark (docs/benchmarks.md): BENCH_SIZES="2000" runs a subset.
.PHONY: bench bench-recrawl
bench: deps
	@scripts/bench/run.sh

# A re-audit of an unchanged 2,000-page site against the first audit: bytes, time, 304s.
bench-recrawl: deps
	@scripts/bench/recrawl.sh
