// The limits of docs/limits.md at their exact boundaries: the largest input
// each function accepts is answered normally, one step further is an error.
#include <doctest/doctest.h>

#include <string>

#include "core/api/api.h"
#include "core/input/input.h"
#include "core/text/utf8.h"
#include "tests/unit/api_bad_input_support.h"

using bad_input::japanese_text;
using bad_input::json;
using bad_input::repeat;
using gigcheck::api::call;

namespace {

std::string error_code(const std::string& out) {
  json answer = bad_input::parse(out);
  if (!answer.is_object() || !answer.contains("error") || !answer["error"].is_object()) return "";
  return answer["error"].value("code", "");
}

}  // namespace

TEST_CASE("text fields accept exactly 200,000 characters and refuse 200,001") {
  const std::size_t limit = gigcheck::limits::max_text_chars;
  CHECK(limit == 200'000);
  for (std::size_t chars : {limit, limit + 1}) {
    std::string text = japanese_text(chars);
    bool over = chars > limit;
    CAPTURE(chars);
    CHECK(error_code(call("lint", json{{"text", text}}.dump())) == (over ? "too_large" : ""));
    CHECK(error_code(call("risk", json{{"job", {{"description", text}}}}.dump())) == (over ? "too_large" : ""));
    CHECK(error_code(call(
              "draft", json{{"kind", "profile"}, {"fields", {{"name", "佐藤 花子"}, {"background", text}}}}.dump())) ==
          (over ? "too_large" : ""));
  }
  // Characters, not bytes or UTF-16 units: 200,000 emoji (4 bytes, 2 units each) pass.
  std::string emoji = repeat("\xF0\x9F\x98\x80", limit);
  CHECK(error_code(call("lint", json{{"text", emoji}}.dump())) == "");
}

TEST_CASE("a call's input may be exactly 4 MiB, not one byte more") {
  const std::string head = R"({"text":"はじめまして。"})";
  const std::size_t limit = gigcheck::limits::max_input_bytes;
  CHECK(error_code(call("lint", head + std::string(limit - head.size(), ' '))) == "");
  CHECK(error_code(call("lint", head + std::string(limit - head.size() + 1, ' '))) == "too_large");
}

TEST_CASE("nesting of 32 levels is read, 33 is refused before parsing") {
  auto nested = [](int depth) { return repeat("{\"x\":", depth - 1) + "{}" + repeat("}", depth - 1); };
  CHECK(error_code(call("lint", nested(32))) == "missing_field");
  CHECK(error_code(call("lint", nested(33))) == "too_deep");
  // Brackets inside strings do not count.
  CHECK(error_code(call("lint", json{{"text", repeat("[{", 1000)}}.dump())) == "");
  // A million unclosed brackets: refused cheaply, no recursion.
  CHECK(error_code(call("lint", std::string(1'000'000, '['))) == "too_deep");
}

TEST_CASE("escaped surrogate pairs are text; lone surrogates are not") {
  CHECK(error_code(call("lint", R"({"text":"よろしく\ud83d\ude00"})")) == "");
  CHECK(error_code(call("lint", R"({"text":"\ud800"})")) == "invalid_json");
  CHECK(error_code(call("lint", R"({"text":"\udc00\ud800"})")) == "invalid_json");
  CHECK(error_code(call("lint", R"({"text":"\ud800\u0041"})")) == "invalid_json");
  // The bytes Embind gives for a lone surrogate in a JavaScript string.
  CHECK(error_code(call("lint", "{\"text\":\"\xED\xA0\x80\"}")) == "invalid_json");
  // Overlong and out-of-range forms.
  CHECK(error_code(call("lint", "{\"text\":\"\xC0\xAF\"}")) == "invalid_json");
  CHECK(error_code(call("lint", "{\"text\":\"\xF4\x90\x80\x80\"}")) == "invalid_json");
}

TEST_CASE("counts are exact up to 10^12; larger and non-integral numbers are refused") {
  auto certify_total = [](const std::string& number) {
    return error_code(
        call("certify", R"({"platform":"crowdworks","stats":{"jobs_completed":0,"jobs_total":)" + number + "}}"));
  };
  CHECK(certify_total("1000000000000") == "");
  CHECK(certify_total("1e12") == "");
  CHECK(certify_total("1000000000001") == "invalid_field");
  CHECK(certify_total("9007199254740993") == "invalid_field");
  CHECK(certify_total("-0") == "");
  CHECK(certify_total("1e15") == "invalid_field");
  CHECK(certify_total("1e16") == "invalid_field");
  CHECK(certify_total("1e308") == "invalid_field");
  CHECK(certify_total("1e400") == "invalid_json");
  CHECK(certify_total("-1e400") == "invalid_json");
  CHECK(certify_total("0.5") == "invalid_field");
}

TEST_CASE("after any error the next valid call is answered normally") {
  const std::string valid = R"({"from":"2026-01-01","to":"2026-01-31"})";
  const std::string expected = call("holidays", valid);
  CHECK(expected.find("元日") != std::string::npos);
  CHECK(expected.find("成人の日") != std::string::npos);
  for (const std::string& bad :
       {std::string("{"), std::string(5'000'000, 'x'), std::string(100, '['), std::string("{\"from\":\"\xFF\"}")}) {
    CHECK(error_code(call("holidays", bad)) != "");
    CHECK(call("holidays", valid) == expected);
  }
}
