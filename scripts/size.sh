#!/usr/bin/env bash
# Builds the release bundle and prints the size of every file in dist/ (raw, gzip -9 and brotli 11: the
# precompressed copies the build writes beside it), then what a browser downloads to show the widget: the
# standalone page (its CSS is inlined in index.html) and an embedding page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1 || trunk build --release
gz() { if [[ -f "dist/$1.gz" ]]; then wc -c <"dist/$1.gz"; else gzip -9c "dist/$1" | wc -c; fi; }
br() { if [[ -f "dist/$1.br" ]]; then wc -c <"dist/$1.br"; else echo 0; fi; }
printf '%-58s %10s %10s %10s\n' "file" "bytes" "gzip -9" "brotli"
while IFS= read -r f; do
  rel="${f#dist/}"
  printf '%-58s %10d %10d %10d\n' "$rel" "$(wc -c <"$f")" "$(gz "$rel")" "$(br "$rel")"
done < <(find dist -type f ! -name '*.gz' ! -name '*.br' ! -path '*/.stage/*' | sort)
total() {
  local kind=$1 sum=0
  shift
  for f in "$@"; do sum=$((sum + $($kind "$f"))); done
  echo "$sum"
}
snippet=$(cd dist && ls snippets/*/*.js)
page=(index.html qm-precheck.js $snippet qm-precheck_bg.wasm)
embed=(qm-precheck.js $snippet qm-precheck_bg.wasm qmpc.css)
printf '%-58s %21d %10d\n' "standalone page (html + js + wasm)" "$(total gz "${page[@]}")" "$(total br "${page[@]}")"
printf '%-58s %21d %10d\n' "embedded widget (js + wasm + css)" "$(total gz "${embed[@]}")" "$(total br "${embed[@]}")"
