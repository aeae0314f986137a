// Shared by the API fuzz targets: runs one API function on the fuzzer's bytes
// the way api::call() does (parse_input, the function, dump), then checks what every answer must be. Each target links
// only its own feature library, so one feature's half-written code cannot
// stop the others from being fuzzed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/api/api.h"
#include "core/input/input.h"
#include "core/text/utf8.h"
#include "tests/unit/json_door.h"

namespace gigcheck_fuzz {

using nlohmann::json;

[[noreturn]] inline void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n%.2000s\n", what, detail.c_str());
  std::abort();
}

using json_door::ApiFunction;

// The text api::call(name, input) would return, computed without linking
// core/api (whose dispatch table needs every feature).
inline std::string call_like_api(ApiFunction function, std::string_view input) {
  return json_door::call_text(function, input);
}

// Every answer is one compact JSON object of valid UTF-8: either a result or
// {"error": {"code": "...", "field": "...", "message": "..."}} and nothing else.
inline void check_answer(const std::string& out) {
  if (!gigcheck::text::is_valid_utf8(out)) fail("answer is not valid UTF-8", out);
  json parsed = json::parse(out, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) fail("answer is not a JSON object", out);
  auto error = parsed.find("error");
  if (error == parsed.end()) return;
  if (parsed.size() != 1 || !error->is_object()) fail("error answer has other members", out);
  for (const char* key : {"code", "field", "message"}) {
    auto it = error->find(key);
    if (it == error->end() || !it->is_string()) fail("error object lacks a string member", out);
  }
  if ((*error)["code"].get_ref<const std::string&>().empty()) fail("empty error code", out);
  if ((*error)["message"].get_ref<const std::string&>().empty()) fail("empty error message", out);
}

inline int run(ApiFunction function, const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string out = call_like_api(function, input);
  check_answer(out);
  // Deterministic: the CLI and the module must agree byte for byte.
  if (size < 4096 && call_like_api(function, input) != out) fail("answer differs on a second call", out);
  return 0;
}

}  // namespace gigcheck_fuzz

#define GIGCHECK_API_FUZZ_TARGET(function)                                            \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    return gigcheck_fuzz::run(gigcheck::api::function, data, size);                   \
  }
