// Per-call time of `risk` (native) on a 5,000-character job post with
// messages. Prints microseconds per call through the JSON door (api::call) and
// for the risk core alone (make_doc for every text, then assess: no JSON), so
// the split is visible; see bench/risk_bench.mjs for WASM. The same file built
// with em++ (docs/risk.md, "Speed") times the core in WebAssembly:
//   em++ -std=c++17 -O3 -fno-exceptions -I. -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1
//        bench/risk_bench.cpp core/*/*.cpp -o /tmp/rb.js
//   node --no-experimental-fetch /tmp/rb.js
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>

#include "core/api/api.h"
#include "core/risk/risk.h"

namespace {

// A realistic post: concrete paragraphs, a few lures, full-width and half-width forms.
std::string five_thousand_character_post() {
  const std::string paragraph =
      "【継続案件】子育て情報サイトの記事執筆をお願いします。キーワードに沿って構成から作成していただき、"
      "1記事3,000〜4,000文字、文字単価0.8円です。納期は構成承認後5日、Googleドキュメントで納品してください。"
      "初心者の方も歓迎します。詳細は公式ＬＩＮＥでお伝えしますので、ID：ｋｏｓｏｄａｔｅ＿０１を友だち追加してください"
      "。"
      "契約前にテスト記事を1本書いていただきます。ﾗｲﾝでのご連絡も可能です。住所と生年月日をご記載ください。\n";
  std::string post;
  std::size_t chars = 0;
  while (chars < 5000) {
    post += paragraph;
    for (unsigned char c : paragraph) chars += (c & 0xC0) != 0x80;
  }
  return post;
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n')
      out += "\\n";
    else if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else
      out += c;
  }
  return out + "\"";
}

// The texts of the bench input, in the order risk_api.cpp reads them.
struct CoreInput {
  std::string title, description, message;
  std::string reviews[2];
};

// What risk_api.cpp builds from the bench input, without the JSON.
gigcheck::risk::Context core_context(const CoreInput& in) {
  using namespace gigcheck::risk;
  Context c;
  c.docs.push_back(make_doc("job.title", DocKind::job, in.title));
  c.docs.push_back(make_doc("job.description", DocKind::job, in.description));
  c.hires_planned = 20;
  c.identity_verified = false;
  c.rating_centi = 420;
  c.rating_count = 12;
  c.docs.push_back(make_doc("client.reviews[0]", DocKind::review, in.reviews[0]));
  c.docs.push_back(make_doc("client.reviews[1]", DocKind::review, in.reviews[1]));
  c.docs.push_back(make_doc("messages[0]", DocKind::message, in.message));
  c.minimum_wage = default_minimum_wage;
  for (std::size_t i = 0; i < c.docs.size(); ++i) c.docs[i].order = static_cast<std::uint32_t>(i);
  return c;
}

#ifdef __EMSCRIPTEN__
constexpr const char* platform = "wasm, em++";
#else
constexpr const char* platform = "native";
#endif

// Microseconds per call of fn: wall and CPU time over `calls` calls.
template <typename Fn>
void time_calls(int calls, Fn fn, double& wall, double& cpu) {
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  for (int i = 0; i < calls; ++i) fn();
  cpu = double(std::clock() - cpu_start) * 1e6 / CLOCKS_PER_SEC / calls;
  wall = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / calls;
}

// Wall time per call of the least disturbed of many short rounds: on a shared
// machine the fastest round is the one closest to the code's own cost.
template <typename Fn>
double best_round(Fn fn) {
  double best = 1e30;
  for (int round = 0; round < 40; ++round) {
    constexpr int calls = 50;
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) fn();
    double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / calls;
    if (us < best) best = us;
  }
  return best;
}

}  // namespace

int main() {
  std::string post = five_thousand_character_post();
  std::string input =
      "{\"job\":{\"title\":\"記事ライター募集\",\"description\":" + json_string(post) +
      ",\"hires_planned\":20},\"messages\":[\"ご応募ありがとうございます。Zoomで面談させてください。\"],"
      "\"client\":{\"identity_verified\":false,\"rating\":4.2,\"rating_count\":12,"
      "\"reviews\":[\"返事が遅く不安でした。\",\"丁寧な方でした。\"]}}";
  std::size_t chars = 0;
  for (unsigned char c : post) chars += (c & 0xC0) != 0x80;
  std::string first = gigcheck::api::call("risk", input);  // warm up, and check it answers
  if (first.rfind("{\"error\"", 0) == 0) {
    std::printf("error: %s\n", first.c_str());
    return 1;
  }
  constexpr int calls = 300;
  // Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  std::size_t bytes = 0;
  for (int i = 0; i < calls; ++i) bytes += gigcheck::api::call("risk", input).size();
  double cpu = double(std::clock() - cpu_start) * 1e6 / CLOCKS_PER_SEC;
  auto elapsed = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  std::printf("risk (%s): %zu-character post, %d calls, %.1f us per call wall, %.1f us CPU (output %zu bytes)\n",
              platform, chars, calls, elapsed / calls, cpu / calls, bytes / calls);

  // The core alone: the same texts straight into make_doc and assess.
  CoreInput core{"記事ライター募集",
                 post,
                 "ご応募ありがとうございます。Zoomで面談させてください。",
                 {"返事が遅く不安でした。", "丁寧な方でした。"}};
  std::size_t signals = 0;
  double core_wall = 0, core_cpu = 0, docs_wall = 0, docs_cpu = 0;
  constexpr int core_calls = 2000;
  for (int i = 0; i < 50; ++i) signals += gigcheck::risk::assess(core_context(core)).signals.size();  // warm up
  time_calls(
      core_calls, [&] { signals += gigcheck::risk::assess(core_context(core)).signals.size(); }, core_wall, core_cpu);
  time_calls(
      core_calls, [&] { signals += core_context(core).docs.size(); }, docs_wall, docs_cpu);
  double core_best = best_round([&] { signals += gigcheck::risk::assess(core_context(core)).signals.size(); });
  double docs_best = best_round([&] { signals += core_context(core).docs.size(); });
  std::printf(
      "risk core (%s): make_doc + assess, %d calls, %.1f us per call wall, %.1f us CPU "
      "(make_doc %.1f us CPU, assess %.1f us CPU); best round %.1f us (make_doc %.1f us); %zu signals\n",
      platform, core_calls, core_wall, core_cpu, docs_cpu, core_cpu - docs_cpu, core_best, docs_best,
      gigcheck::risk::assess(core_context(core)).signals.size());
  return signals == 0;
}
