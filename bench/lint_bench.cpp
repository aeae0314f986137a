// Native per-call time of lint on a 2,000-character application
// (tests/corpus/proposal/bench_application.txt), through three layers:
// the core engine, the C++ API (json in/out) and the JSON text door
// (api::call, what the CLI and WebAssembly use), plus a breakdown of the core
// (split_us, extract_asks_us, rules_off_us, rule_us per rule, each rule's time
// beyond every rule off). bench/lint_bench.mjs runs this program and compares
// it with WebAssembly and textlint.
//   ./build/<you>/lint_bench [path-to-text] [job-post-path]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/api/api.h"
#include "core/proposal/asks.h"
#include "core/proposal/lint.h"
#include "core/text/sentences.h"

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

  // Where the core's time goes (on the decoded text): the phases every call
  // has, then each rule alone minus every rule off (the sentence split and
  // style count that always run). The variants take turns over several passes
  // and keep their best, so that a burst of load on the shared machine does
  // not land on one of them only.
  using gigcheck::proposal::rule_count;
  const auto& rule_table = gigcheck::proposal::rule_registry();
  gigcheck::proposal::LintOptions variants[rule_count + 1];  // [0]: every rule off; [1 + r]: rule r alone
  for (std::size_t v = 0; v <= rule_count; ++v) {
    variants[v].enabled.fill(false);
    if (v > 0) variants[v].enabled[v - 1] = true;
  }
  double split = 1e30, asks = 1e30, variant_us[rule_count + 1];
  std::fill(std::begin(variant_us), std::end(variant_us), 1e30);
  for (int pass = 0; pass < 5; ++pass) {
    split = std::min(
        split, microseconds_per_call([&] { sink += gigcheck::text::split_sentences(decoded.chars).sentences.size(); }));
    asks = std::min(asks, microseconds_per_call([&] { sink += gigcheck::proposal::extract_asks(job_chars).size(); }));
    for (std::size_t v = 0; v <= rule_count; ++v)
      variant_us[v] = std::min(variant_us[v], microseconds_per_call([&] {
                                 sink += gigcheck::proposal::lint_text(decoded, job_chars, variants[v]).issues.size();
                               }));
  }
  double rules_off = variant_us[0];

  std::printf(
      "{\"characters\": %zu, \"issues\": %zu, \"decode_us\": %.2f, \"core_us\": %.2f, \"api_us\": %.2f, \"call_us\": "
      "%.2f, ",
      decoded.chars.size(), gigcheck::api::lint(input)["issues"].size(), decode_only, core, api, call);
  std::printf("\"split_us\": %.2f, \"extract_asks_us\": %.2f, \"rules_off_us\": %.2f, \"rule_us\": {", split, asks,
              rules_off);
  for (std::size_t r = 0; r < rule_count; ++r)
    std::printf("%s\"%.*s\": %.2f", r ? ", " : "", static_cast<int>(rule_table[r]->id.size()), rule_table[r]->id.data(),
                variant_us[r + 1] - rules_off);
  std::printf("}, \"sink\": %zu}\n", sink % 10);
  return 0;
}
