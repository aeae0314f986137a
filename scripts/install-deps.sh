#!/usr/bin/env bash
# Installs what gigcheck needs and is missing: Debian packages (as root) and
# the npm test tools pinned in package-lock.json. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

want_npm=${1:-}   # "--npm" also installs the npm test tools; "--fuzz" clang for tests/fuzz/run.sh

missing=()
for pkg in emscripten esbuild nlohmann-json3-dev doctest-dev node-acorn cmake make g++; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# Node may come from another vendor's package: ask for the command, not the package.
command -v node >/dev/null || missing+=(nodejs)
if [ "$want_npm" = --npm ]; then
  command -v npm >/dev/null || missing+=(npm)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # A Japanese font, as every user has: without one the browser tests and
  # bench/site_bench.mjs lay out tofu, which costs Chromium other work.
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
fi
# Only the fuzz command (tests/fuzz/run.sh) needs clang, with its libFuzzer.
if [ "$want_npm" = --fuzz ]; then
  command -v clang++ >/dev/null || missing+=(clang)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$want_npm" = --npm ]; then
  # Reinstall only when the lock file changed since the last install.
  stamp=node_modules/.gigcheck-lock
  if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
fi
