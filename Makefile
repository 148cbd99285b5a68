# exposure-audit: `make demo` audits the bundled sample site, `make test` runs every test.
# Both install the Debian packages they need first (as root, or through sudo).

DEBIAN_PACKAGES := libcurl4-openssl-dev libxml2-dev zlib1g-dev pkg-config
SWIFT ?= swift

.PHONY: all deps build demo test clean

all: build

deps:
	@scripts/install-deps.sh $(DEBIAN_PACKAGES)

build: deps
	$(SWIFT) build

demo: build
	@scripts/demo.sh

test: deps
	$(SWIFT) test

clean:
	rm -rf .build reports

# The crawl benchmark (docs/benchmarks.md): BENCH_SIZES="2000" runs a subset.
.PHONY: bench
bench: deps
	@scripts/bench/run.sh
