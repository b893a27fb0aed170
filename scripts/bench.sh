#!/usr/bin/env bash
# Prints the figures we track: bundle bytes (gzipped), core timings, and browser timings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "== bundle (release build)"
bash scripts/size.sh
echo
echo "== core (native)"
cargo run --quiet --release --example bench_core
echo
echo "== browser"
node e2e/bench.mjs
