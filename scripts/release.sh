#!/usr/bin/env bash
# Trunk post-build hook: writes the service worker for this build into the staging directory, with the
# list of files it precaches and a release name derived from their contents (a new build, a new cache).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$dir"
files=(index.html qm-precheck.js qm-precheck_bg.wasm qmpc.css manifest.webmanifest icon.svg icon-192.png icon-512.png)
for f in "${files[@]}"; do
  [[ -f "$f" ]] || { echo "release.sh: $f is missing from the build" >&2; exit 1; }
done
if command -v sha256sum >/dev/null; then
  release=$(cat "${files[@]}" | sha256sum | cut -c1-16)
else
  release=$(cat "${files[@]}" | shasum -a 256 | cut -c1-16)
fi
list=$(printf '"%s",' "${files[@]}")
list="[${list%,}]"
sed -e "s/__RELEASE__/${release}/" -e "s/__FILES__/${list}/" sw.js >sw.js.tmp
mv sw.js.tmp sw.js
