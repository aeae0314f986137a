#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build/fuzz, replays every
# kept crasher in tests/fuzz/regressions/, then fuzzes each target for a bounded
# time, one after another at the lowest CPU priority.
#   bash tests/fuzz/run.sh            # smoke run (CI): 20 s per target
#   bash tests/fuzz/run.sh 600        # 10 minutes per target
#   bash tests/fuzz/run.sh 60 lint    # only some targets
#   bash tests/fuzz/run.sh long       # the long runs (docs/limits.md): per target 600 s of
#                                     # short inputs, then for the API and input targets 600 s
#                                     # of inputs up to 4 MiB starting from every limit; shapes
#   bash tests/fuzz/run.sh long 120   # the same, 120 s per run
# Logs: build/fuzz/logs/<target>.log; new crashers: build/fuzz/artifacts/<target>/.
# Exits 1 when a regression input or a fuzzing run fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
long=0
if [ "${1:-}" = long ]; then long=1; shift; seconds=${1:-600}; else seconds=${1:-20}; fi
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(utf8 normalize input certify holidays timeline lint draft risk shapes)
# The input limit (core/input/input.h, limits::max_input_bytes): the long runs' max_len.
max_input_bytes=$((4 * 1024 * 1024))
build=build/fuzz

bash scripts/install-deps.sh --fuzz || exit 1
CC=clang CXX=clang++ cmake -S . -B "$build" -DGIGCHECK_FUZZ=ON -DGIGCHECK_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
nice -n 19 cmake --build "$build" -j 2 --target "${targets[@]/#/fuzz_}" >/dev/null || exit 1
[ -d "$build/corpus" ] || node tests/fuzz/make_seeds.mjs "$build/corpus" || exit 1
[ $long = 0 ] || [ -d "$build/corpus-limits" ] || node tests/fuzz/make_seeds.mjs --limits "$build/corpus-limits" || exit 1
mkdir -p "$build/logs"

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0

# Regression inputs: each must now pass.
for target in "${targets[@]}"; do
  dir=tests/fuzz/regressions/$target
  [ -d "$dir" ] || continue
  files=("$dir"/*)
  [ -e "${files[0]}" ] || continue
  if nice -n 19 "$build/fuzz_$target" -timeout=10 -rss_limit_mb=2048 "${files[@]}" >"$build/logs/$target.regressions.log" 2>&1; then
    echo "regressions $target: ${#files[@]} inputs pass"
  else
    echo "regressions $target: FAIL (see $build/logs/$target.regressions.log)"; status=1
  fi
done

# Corpus sharing: the input layer also starts from the API seeds.
extra_seeds() {
  case "$1" in
    input) echo "$build/corpus/certify $build/corpus/timeline $build/corpus/draft" ;;
    normalize) echo "$build/corpus/utf8" ;;
  esac
}

# fuzz <target> <label> <max_len> <corpus dirs…>: one run, its summary line.
fuzz() {
  local target=$1 label=$2 max_len=$3
  shift 3
  mkdir -p "$1" "$build/artifacts/$target"
  nice -n 19 "$build/fuzz_$target" "$@" \
    -dict=tests/fuzz/gigcheck.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" $([ "$max_len" -gt 20000 ] && echo -len_control=0) -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target/" >"$build/logs/$target$label.log" 2>&1
  local rc=$?
  local runs cov
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$target$label.log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$build/logs/$target$label.log" | tail -1)
  if [ $rc -eq 0 ]; then
    echo "fuzz $target$label: ${seconds}s, max_len $max_len, ${runs:-?} runs, ${cov:-cov ?}, no findings"
  else
    echo "fuzz $target$label: FINDING (exit $rc), see $build/logs/$target$label.log and $build/artifacts/$target/"; status=1
  fi
}

for target in "${targets[@]}"; do
  max_len=20000
  case "$target" in utf8|normalize) max_len=8192 ;; shapes) max_len=4096 ;; esac
  # shellcheck disable=SC2046
  fuzz "$target" "" $max_len "$build/corpus/$target" $(extra_seeds "$target")
  # Long runs: inputs up to the input limit, from the inputs at every limit.
  case "$target" in certify|risk|lint|draft|timeline|holidays|input)
    [ $long = 1 ] || continue
    seeds=$build/corpus-limits/$target
    [ "$target" = input ] && seeds=$build/corpus-limits/lint
    fuzz "$target" ".long" $max_input_bytes "$build/corpus-long/$target" "$seeds" "$build/corpus/$target" ;;
  esac
done
exit $status
