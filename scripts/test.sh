#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native unit tests, browser component tests in headless
# Chromium, and end-to-end journeys against the release build. Exits non-zero if any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== formatting and lints"
cargo fmt --check
leptosfmt --check --quiet src
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
# The module graph, test-only edges included, has no cycle: the domain at the bottom, the screens on top.
python3 scripts/module-graph.py

echo "== native tests (the pure core)"
cargo test --quiet

echo "== browser component tests (wasm-bindgen-test, headless Chromium)"
# The runner gives the whole suite 20 s by default; on a loaded machine the suite is slower, not wrong.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown

echo "== end-to-end journeys (release build, real Chromium)"
trunk build --release
node --test e2e/
