#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the widget on http://127.0.0.1:8080/ (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo
echo "  Serving the widget at  http://127.0.0.1:${PORT}/"
echo
exec trunk serve --release --port "$PORT" --address 127.0.0.1
