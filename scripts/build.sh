#!/usr/bin/env bash
# Builds gigcheck: `native` (library, CLI, tests), `wasm` (module and site/), or both.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emcc runs its JavaScript optimizer with node, which needs acorn from here.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
jobs=$(nproc 2>/dev/null || echo 2)

for target in "${@:-native wasm}"; do
  for t in $target; do
    case "$t" in
      native)
        cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
        cmake --build build/native -j "$jobs" ;;
      sanitize)
        cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Debug -DGIGCHECK_SANITIZE=ON >/dev/null
        cmake --build build/sanitize -j "$jobs" ;;
      wasm)
        emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
        cmake --build build/wasm -j "$jobs" ;;
      *) echo "unknown build: $t" >&2; exit 64 ;;
    esac
  done
done
