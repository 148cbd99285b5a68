# exposure-audit: `make demo` audits the bundled sample site, `make test` runs every test.
# Both install the Debian packages they need first (as root, or through sudo).

DEBIAN_PACKAGES := libcurl4-openssl-dev libxml2-dev pkg-config
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
