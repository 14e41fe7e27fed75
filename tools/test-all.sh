#!/usr/bin/env bash
# Runs every test tier, even after a failure, and ends with one line: "N passed, N failed".
# A tier without a test count (lint, build, size) is one test: 1 passed, or 0 passed 1 failed.
# A tier that cannot run at all (build error, missing tool) counts as one failure.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0
log=$(mktemp -d)

count_cargo() { # sums "test result: … N passed; M failed" lines
  local p f
  p=$(grep -aoE '[0-9]+ passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -aoE '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  echo "$p $f"
}

count_node() { # node --test prints "# pass N", "# fail N", "# cancelled N" (timeouts: failures)
  local p f
  p=$(grep -aoE '^# pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -aoE '^# (fail|cancelled) [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  echo "$p $f"
}

count_none() { # no test count: the exit status decides (see tier)
  echo "1 0"
}

tier() { # name, counter, command…
  local name=$1 counter=$2; shift 2
  echo "── $name: $*"
  "$@" 2>&1 | tee "$log/$name.txt"
  local rc=${PIPESTATUS[0]} p f
  read -r p f < <($counter "$log/$name.txt")
  if [ "$rc" -ne 0 ] && [ "$counter" = count_none ]; then p=0; f=1; fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  echo "── $name: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
}

# --no-fail-fast: a failing test target must not keep the targets after it from running (and
# being counted).
tier native count_cargo cargo test --no-fail-fast
# The drafter's scores against the corpus, printed (the native tier ran the same test).
cargo test --quiet --test drafting -- --nocapture 2>&1 | grep -E '^(report|all|drafts|[0-9a-z-]+ +[0-9]+ )' || true
tier wasm count_cargo cargo test --no-fail-fast --target wasm32-unknown-unknown --test web
tier lint count_none bash -c 'cargo fmt --check && cargo clippy --all-targets -- -D warnings && cargo clippy --target wasm32-unknown-unknown --bin shuka-editor --features editor-ssr -- -D warnings'
# The editor first: the article's post_build hook copies it into dist/editor/ (see Makefile).
tier build count_none bash -c 'trunk build --release --config editor/Trunk.toml && trunk build --release'
tier e2e count_node node --test --test-timeout=120000 --test-reporter=tap tests/e2e/
# The reader's core paths in Firefox ESR and WebKitGTK (make test-gecko, make test-webkit).
tier engines count_node node --test --test-timeout=120000 --test-reporter=tap tests/engines/
tier size count_none node tools/size.mjs dist --check

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
