#!/usr/bin/env bash
# Trunk post-build hook: writes the service worker for this build into the staging directory, with the
# list of files it precaches, each file's SHA-256 and a release name derived from their contents (a new
# build, a new cache); then, for a release build, a .br and a .gz copy of every text and wasm file for
# servers that send precompressed files (see README).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$dir"
files=(index.html qm-precheck.js qm-precheck_bg.wasm qmpc.css manifest.webmanifest icon.svg icon-192.png icon-512.png)
# The script's inline snippets (imported by qm-precheck.js), the trainer samples and the earlier bank
# editions, the last two fetched on demand.
shopt -s nullglob
files+=(snippets/*/*.js samples/*.json editions/*.json)
shopt -u nullglob
for f in "${files[@]}"; do
  [[ -f "$f" ]] || { echo "release.sh: $f is missing from the build" >&2; exit 1; }
done
sha() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
release=$(cat "${files[@]}" | sha | cut -c1-16)
list=$(printf '"%s",' "${files[@]}")
list="[${list%,}]"
hashes=$(sha "${files[@]}" | awk '{ printf "%s\"%s\":\"%s\"", (NR > 1 ? "," : ""), $2, $1 }')
hashes="{${hashes}}"
sed -e "s|__RELEASE__|${release}|" -e "s|__FILES__|${list}|" -e "s|__HASHES__|${hashes}|" sw.js >sw.js.tmp
mv sw.js.tmp sw.js
if [[ "${TRUNK_PROFILE:-release}" == "release" ]]; then
  node "$root/scripts/precompress.mjs" .
fi
