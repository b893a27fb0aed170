#!/usr/bin/env bash
# Builds the release bundle and prints the gzipped size of every file in dist/ and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1 || trunk build --release
printf '%-44s %10s %10s\n' "file" "bytes" "gzip -9"
total_raw=0
total_gz=0
for f in dist/*; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "total" "$total_raw" "$total_gz"
