#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build/fuzz, replays every
# kept crasher in tests/fuzz/regressions/, then fuzzes each target for a bounded
# time, one after another at the lowest CPU priority.
#   bash tests/fuzz/run.sh            # 20 s per target
#   bash tests/fuzz/run.sh 600        # 10 minutes per target
#   bash tests/fuzz/run.sh 60 lint    # only some targets
# Logs: build/fuzz/logs/<target>.log; new crashers: build/fuzz/artifacts/<target>/.
# Exits 1 when a regression input or a fuzzing run fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(utf8 normalize input certify holidays timeline lint draft risk)
build=build/fuzz

CC=clang CXX=clang++ cmake -S . -B "$build" -DGIGCHECK_FUZZ=ON -DGIGCHECK_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
nice -n 19 cmake --build "$build" -j 2 --target "${targets[@]/#/fuzz_}" >/dev/null || exit 1
[ -d "$build/corpus" ] || node tests/fuzz/make_seeds.mjs "$build/corpus" || exit 1
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

for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
  max_len=20000
  case "$target" in utf8|normalize) max_len=8192 ;; esac
  # shellcheck disable=SC2046
  nice -n 19 "$build/fuzz_$target" "$build/corpus/$target" $(extra_seeds "$target") \
    -dict=tests/fuzz/gigcheck.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=$max_len -print_final_stats=1 -artifact_prefix="$build/artifacts/$target/" \
    >"$build/logs/$target.log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$target.log" | grep -o '[0-9]*$')
  cov=$(grep -o 'cov: [0-9]*' "$build/logs/$target.log" | tail -1)
  if [ $rc -eq 0 ]; then
    echo "fuzz $target: ${seconds}s, ${runs:-?} runs, ${cov:-cov ?}, no findings"
  else
    echo "fuzz $target: FINDING (exit $rc), see $build/logs/$target.log and $build/artifacts/$target/"; status=1
  fi
done
exit $status
