#!/usr/bin/env bash
# Installs what is missing, builds both targets and runs every test:
# doctest (ctest, also under ASan+UBSan), the WebAssembly module in Node,
# and the page in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --npm
bash scripts/build.sh native wasm sanitize

echo "== C++ unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
ctest --test-dir build/sanitize --output-on-failure -j 2

echo "== C++ unit tests (doctest via ctest)"
ctest --test-dir build/native --output-on-failure -j 2

echo "== WebAssembly module, CLI and page (node --test)"
node --test --test-concurrency=1 tests/node/ tests/browser/
