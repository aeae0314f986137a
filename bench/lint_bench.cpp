// Native per-call time of lint on a 2,000-character application
// (tests/corpus/proposal/bench_application.txt), through three layers:
// the core engine, the C++ API (json in/out) and the JSON text door
// (api::call, what the CLI and WebAssembly use). bench/lint_bench.mjs runs
// this program and compares it with WebAssembly and textlint.
//   ./build/<you>/lint_bench [path-to-text] [job-post-path]
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/api/api.h"
#include "core/proposal/lint.h"

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Wall time, the best of many short rounds: the build machine is shared, and
// the fastest round is the one least disturbed by other processes.
template <typename Fn>
double microseconds_per_call(Fn fn) {
  using clock = std::chrono::steady_clock;
  for (int i = 0; i < 200; ++i) fn();  // warm up
  double best = 1e30;
  for (int round = 0; round < 40; ++round) {
    constexpr int calls = 100;
    auto start = clock::now();
    for (int i = 0; i < calls; ++i) fn();
    double us = std::chrono::duration<double, std::micro>(clock::now() - start).count() / calls;
    if (us < best) best = us;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const char* text_path = argc > 1 ? argv[1] : "tests/corpus/proposal/bench_application.txt";
  const char* job_path = argc > 2 ? argv[2] : "tests/corpus/proposal/bench_job.txt";
  std::string text = read_file(text_path);
  std::string job = read_file(job_path);
  if (text.empty()) {
    std::fprintf(stderr, "cannot read %s (run from the repository root)\n", text_path);
    return 1;
  }
  gigcheck::text::Decoded decoded = gigcheck::text::decode(text);
  std::u32string job_chars = gigcheck::text::decode(job).chars;
  gigcheck::proposal::LintOptions options;
  gigcheck::Json input = {{"text", text}, {"job_text", job}};
  std::string input_text = input.dump();

  std::size_t sink = 0;
  double core = microseconds_per_call([&] {
    gigcheck::text::Decoded d = gigcheck::text::decode(text);
    sink += gigcheck::proposal::lint_text(d, job_chars, options).issues.size();
  });
  double decode_only = microseconds_per_call([&] { sink += gigcheck::text::decode(text).chars.size(); });
  double api = microseconds_per_call([&] { sink += gigcheck::api::lint(input)["issues"].size(); });
  double call = microseconds_per_call([&] { sink += gigcheck::api::call("lint", input_text).size(); });

  std::printf("{\"characters\": %zu, \"issues\": %zu, \"decode_us\": %.2f, \"core_us\": %.2f, \"api_us\": %.2f, \"call_us\": %.2f, \"sink\": %zu}\n",
              decoded.chars.size(), gigcheck::api::lint(input)["issues"].size(), decode_only, core, api, call, sink % 10);
  return 0;
}
