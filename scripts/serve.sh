#!/usr/bin/env bash
# The main job: install what is missing, build the page and serve it on
# http://localhost:${PORT:-8080}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh wasm
exec node scripts/serve.mjs build/wasm/site "${PORT:-8080}"
