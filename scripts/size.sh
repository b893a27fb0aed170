#!/usr/bin/env bash
# Builds the release bundle and prints the gzipped size of every file in dist/, then what a browser
# downloads to show the widget: the standalone page (its CSS is inlined in index.html) and an embedding page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1 || trunk build --release
gz() { gzip -9c "dist/$1" | wc -c; }
printf '%-44s %10s %10s\n' "file" "bytes" "gzip -9"
for f in dist/*; do
  printf '%-44s %10d %10d\n' "${f#dist/}" "$(wc -c <"$f")" "$(gz "${f#dist/}")"
done
total() {
  local sum=0
  for f in "$@"; do sum=$((sum + $(gz "$f"))); done
  echo "$sum"
}
printf '%-44s %21d\n' "standalone page (html + js + wasm)" "$(total index.html qm-precheck.js qm-precheck_bg.wasm)"
printf '%-44s %21d\n' "embedded widget (js + wasm + css)" "$(total qm-precheck.js qm-precheck_bg.wasm qmpc.css)"
