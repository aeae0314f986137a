// The bad-input matrix (issue 8): every case in tests/fuzz/bad_input_cases.json
// goes through api::call and must come back as exactly one error object with
// the expected code and field and a Japanese message. The node test
// tests/node/bad-input.test.mjs runs the same cases through the CLI and the
// WebAssembly module.
#include <doctest/doctest.h>

#include <set>

#include "core/api/api.h"
#include "core/text/utf8.h"
#include "tests/unit/api_bad_input_support.h"

using bad_input::json;

namespace {

json load_cases() {
  json file = bad_input::parse(bad_input::read_file(bad_input::fuzz_dir() / "bad_input_cases.json"));
  REQUIRE(file.is_object());
  REQUIRE(file.contains("cases"));
  REQUIRE(file["cases"].is_array());
  return file["cases"];
}

}  // namespace

TEST_CASE("the bad-input matrix covers every function with at least 60 cases") {
  json cases = load_cases();
  CHECK(cases.size() >= 60);
  std::set<std::string> functions, codes;
  for (const json& c : cases) {
    functions.insert(c.value("function", ""));
    codes.insert(c.value("code", ""));
  }
  for (const char* name : {"certify", "risk", "lint", "draft", "timeline", "holidays"})
    CHECK(functions.count(name) == 1);
  for (const char* code :
       {"invalid_json", "too_deep", "too_large", "invalid_field", "missing_field", "unknown_function"})
    CHECK(codes.count(code) == 1);
}

TEST_CASE("every bad input gets an error object naming the field or the reason") {
  for (const json& c : load_cases()) {
    const std::string name = c.value("name", "");
    CAPTURE(name);
    std::string out = gigcheck::api::call(c.value("function", ""), bad_input::input_of(c));
    CHECK(gigcheck::text::is_valid_utf8(out));
    json answer = bad_input::parse(out);
    REQUIRE(answer.is_object());
    REQUIRE(answer.size() == 1);
    REQUIRE(answer.contains("error"));
    const json& error = answer["error"];
    CHECK(error.value("code", "?") == c.value("code", ""));
    CHECK(error.value("field", "?") == c.value("field", ""));
    // A message in Japanese that says what to do: the field's name when there is one.
    std::string message = error.value("message", "");
    CHECK(message.size() > 10);
    if (!c.value("field", "").empty()) CHECK(message.find(c.value("field", "")) != std::string::npos);
  }
}
