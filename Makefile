# shuka — every tool pinned here, installed only when missing or at the wrong version.
# make serve  → installs what is missing, serves the article page on http://127.0.0.1:8080
#               and the editor on http://127.0.0.1:8080/editor/
# make test   → installs what is missing, runs every test tier, prints "N passed, N failed"

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

TRUNK_VERSION        := 0.21.14
# wasm-bindgen-cli must equal Cargo.lock's wasm-bindgen exactly (Trunk.toml pins it too).
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/"/,"",$$3); print $$3}' Cargo.lock)
APT_PACKAGES         := chromium chromium-driver
# Gecko and WebKit for the cross-engine tier (tests/engines/): Debian's own builds, no downloads.
ENGINE_APT_PACKAGES  := firefox-esr webkit2gtk-driver xvfb

CARGO_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
CARGO_BIN := $(CARGO_DIR)/bin
# Panic locations embed source paths (trunk passes absolute ones); remapping them makes the wasm (and the
# size figures) the same on every machine, wherever CARGO_HOME is.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_DIR)/registry/src=/registry --remap-path-prefix=$(CURDIR)=/shuka
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: editor bench crates lighthouse size-baseline tools rust-target trunk wasm-bindgen node-tools chromium engines build serve test test-native test-wasm test-e2e test-engines test-gecko test-webkit size lint fmt screenshots clean

tools: rust-target trunk wasm-bindgen node-tools crates

# Trunk runs cargo with --offline: every crate of Cargo.lock must be downloaded first.
crates:
	@cargo fetch --locked --quiet

rust-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || { \
	  echo "installing: rust target wasm32-unknown-unknown (missing)"; rustup target add wasm32-unknown-unknown; }

trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing: trunk $(TRUNK_VERSION) (found: $$(trunk --version 2>/dev/null || echo none); takes ~13 min)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi

# Without --locked: its lockfile pins a crate version the registry no longer has.
wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing: wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (found: $$(wasm-bindgen --version 2>/dev/null || echo none); takes ~6 min)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

# binaryen (wasm-opt 132), esbuild, playwright-core, axe-core, puppeteer-core (drives Debian's
# Firefox over WebDriver BiDi; it downloads no browser): exact versions from package-lock.json.
node-tools:
	@if ! cmp -s package-lock.json node_modules/.shuka-installed-lock; then \
	  echo "installing: npm packages from package-lock.json (node_modules missing or older than the lock)"; \
	  npm ci --no-audit --no-fund && cp package-lock.json node_modules/.shuka-installed-lock; fi

chromium:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing: apt$$missing (missing)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

engines:
	@missing=""; for p in $(ENGINE_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing: apt$$missing (missing; Firefox and WebKit for the engines tier)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

# The editor first: the article's post_build hook copies it into dist/editor/.
build: tools
	trunk build --release --config editor/Trunk.toml
	trunk build --release

# The editor is built once, then copied into every rebuild of the article; after changing
# the editor's code, run `make editor` (trunk serve picks it up on its next rebuild).
serve: tools editor
	@echo "article: http://127.0.0.1:8080/   editor: http://127.0.0.1:8080/editor/"
	trunk serve --release=false

editor: tools
	trunk build --release=false --config editor/Trunk.toml

test: tools chromium engines
	@tools/test-all.sh

test-native:
	cargo test

test-wasm: tools chromium
	cargo test --target wasm32-unknown-unknown --test web

test-e2e: build chromium
	node --test --test-timeout=120000 tests/e2e/

# The reader's core paths in Firefox ESR and WebKitGTK (tests/engines/scenarios.mjs, one engine each).
test-engines: build engines
	node --test --test-timeout=120000 tests/engines/

test-gecko: build engines
	node --test --test-timeout=120000 tests/engines/firefox.test.mjs

test-webkit: build engines
	node --test --test-timeout=120000 tests/engines/webkit.test.mjs

size: build
	@node tools/size.mjs dist

# Lighthouse lives in its own folder so `make test` never installs it.
lighthouse: build chromium
	@command -v openssl >/dev/null || { echo "installing: apt openssl (missing; makes the local TLS certificate)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl; }
	@cmp -s tools/lighthouse/package-lock.json tools/lighthouse/node_modules/.shuka-installed-lock || { \
	  echo "installing: lighthouse 12.2.3 (tools/lighthouse, missing or older than its lock)"; \
	  npm ci --prefix tools/lighthouse --no-audit --no-fund && cp tools/lighthouse/package-lock.json tools/lighthouse/node_modules/.shuka-installed-lock; }
	node tools/lighthouse/run.mjs

# The widget's wasm and glue next to a bare Yew counter built the same way, in one run.
size-baseline: build
	@cargo fetch --locked --quiet --manifest-path bench/baseline/Cargo.toml
	node tools/baseline.mjs

# Prints medians with every run (event → DOM on a 10,000-row table, first paint, 100 mounts,
# memory, long tasks while a 4 MB dataset loads, cold starts), then how long `shuka draft`
# takes on 10,000-character reports and `shuka check` on a 5 MB dataset (native, release).
bench: build chromium
	@cargo fetch --locked --quiet --manifest-path bench/baseline/Cargo.toml
	node tools/bench.mjs
	cargo run --release --quiet --example draft_bench
	cargo run --release --quiet --example parse_bench

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --bin shuka-editor --features editor-ssr -- -D warnings

fmt:
	cargo fmt

# README screenshots need CJK fonts (apt fonts-noto-cjk) to render the text; the last two are
# Firefox's and WebKit's.
screenshots: build chromium engines
	@dpkg -s fonts-noto-cjk >/dev/null 2>&1 || { echo "installing: apt fonts-noto-cjk (missing)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk; }
	node tools/screenshots.mjs

clean:
	rm -rf dist target/wasm32-unknown-unknown
