// The core's JSON reader and writer, checked against the RFC 8259 grammar and
// against nlohmann/json, an independent implementation.
#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "core/json/json.h"

using gigcheck::Json;
using gigcheck::parse_json;

namespace {

// Our text for `text`, or "(refused)".
std::string round_trip(std::string_view text) {
  std::optional<Json> parsed = parse_json(text);
  return parsed ? parsed->dump() : "(refused)";
}

// nlohmann/json's compact text for `text` (keys sorted, as ours), or "(refused)".
std::string reference(std::string_view text) {
  nlohmann::json parsed = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  return parsed.is_discarded() ? "(refused)" : parsed.dump();
}

}  // namespace

TEST_CASE("documents read and written again match nlohmann/json") {
  const char* documents[] = {
      R"({"text": "はじめまして。よろしくお願いいたします。", "job_text": ""})",
      R"({"b": 1, "a": [true, false, null, 0, 12, -345], "c": {"z": {}, "y": []}})",
      R"( { "escapes" : "\" \\ \/ \b \f \n \r \t \u0001 \u001f \u00e9 \u3042" } )",
      R"({"emoji": "\ud83d\ude00 😀", "nul": "a\u0000b"})",
      R"({"same": 1, "same": 2})",  // a repeated key keeps its last value
      "\xEF\xBB\xBF{\"bom\": 1}",    // a byte order mark is skipped
      R"(["ＬＩＮＥ", "ﾗｲﾝ", "　"])",
      "{\"tab\":\t1,\r\n\"nl\":\n2}",
      "[]",
      "\"text\"",
      "18446744073709551615",
  };
  for (const char* d : documents) {
    CAPTURE(d);
    CHECK(round_trip(d) == reference(d));
    CHECK(round_trip(d) != "(refused)");
  }
}

TEST_CASE("text that is not JSON is refused") {
  const char* refused[] = {
      "", " ", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[,1]", "{a:1}", "{'a':1}",
      "[01]", "[1.]", "[.5]", "[+1]", "[-]", "[1e]", "[1e+]", "[NaN]", "[Infinity]", "[tru]", "[nul]",
      "{\"a\":1} x", "[1] [2]", "[\"unterminated]", "[\"a\\x\"]", "[\"a\\u12\"]", "/* c */ {}",
      "[\"tab\tinside\"]", "[\"line\nbreak\"]",
      "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"\\ud800x\"]",  // lone surrogates
      "[\"\xff\"]", "[\"\xc0\xaf\"]", "[\"\xe0\x80\x80\"]", "[\"\xed\xa0\x80\"]",      // bad UTF-8
      "[\"\xf4\x90\x80\x80\"]", "[\"\xe3\x81\"]", "[\"\x80\"]", "[\"\xf8\x88\x80\x80\x80\"]",
  };
  for (const char* text : refused) {
    CAPTURE(text);
    CHECK_FALSE(parse_json(text).has_value());
    CHECK(reference(text) == "(refused)");  // the independent reader agrees
  }
}

TEST_CASE("numbers: kept as written, refused from 10^309 up, as JavaScript reads them as Infinity") {
  CHECK(round_trip("[4.79, 4.790, -0.0, 1E+2, 5e-1]") == "[4.79,4.790,-0.0,1E+2,5e-1]");
  CHECK(parse_json("[1e308]"));
  CHECK(parse_json("[9.99e308]"));
  CHECK(parse_json("[10e307]"));
  CHECK(parse_json("[0.001e311]"));
  CHECK(parse_json("[1e-400]"));   // underflows to zero: harmless
  CHECK(parse_json("[0e999999]"));  // zero at any scale
  CHECK_FALSE(parse_json("[1e309]"));
  CHECK_FALSE(parse_json("[-1e309]"));
  CHECK_FALSE(parse_json("[0.1e310]"));
  CHECK_FALSE(parse_json("[1e400]"));
  CHECK_FALSE(parse_json("[1e99999999999999999999]"));
  CHECK_FALSE(parse_json(("[1" + std::string(309, '0') + "]").c_str()));
  CHECK(parse_json(("[1" + std::string(308, '0') + "]").c_str()));
}

TEST_CASE("limits: nesting and the number of values, each named as the reason") {
  auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  gigcheck::JsonError why;
  CHECK(parse_json(nested(5), {5}, &why));
  CHECK(why == gigcheck::JsonError::none);
  CHECK_FALSE(parse_json(nested(6), {5}, &why));
  CHECK(why == gigcheck::JsonError::too_deep);
  CHECK_FALSE(parse_json(std::string(6, '['), {5}, &why));  // refused before the missing ends are seen
  CHECK(why == gigcheck::JsonError::too_deep);
  CHECK(parse_json("{\"a\":{\"b\":1}}", {2}));
  CHECK_FALSE(parse_json("{\"a\":{\"b\":{}}}", {2}));
  // [0,0,0] is four values: the array and its three items.
  CHECK(parse_json("[0,0,0]", {64, 4}, &why));
  CHECK_FALSE(parse_json("[0,0,0]", {64, 3}, &why));
  CHECK(why == gigcheck::JsonError::too_many_values);
  CHECK(parse_json("[\"a,b,c,d,e\"]", {64, 2}));  // commas in strings are not values
  CHECK_FALSE(parse_json("[0,", {64, 100}, &why));
  CHECK(why == gigcheck::JsonError::syntax);
}

TEST_CASE("the writer escapes as nlohmann/json does and keeps keys sorted") {
  Json j = Json::object();
  j["text"] = std::string("quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f unit \x1f del \x7f あ😀");
  j["a"] = -7;
  j["list"] = {1, "two", true, nullptr};
  std::string ours = j.dump();
  CHECK(ours == nlohmann::json::parse(ours).dump());
  CHECK(ours.find("\\u001f") != std::string::npos);
  CHECK(ours.rfind("{\"a\":-7,\"list\":[1,\"two\",true,null],\"text\":", 0) == 0);
}

TEST_CASE("the writer replaces each invalid UTF-8 byte with U+FFFD, so answers are always valid UTF-8") {
  CHECK(Json(std::string("a\xff" "b")).dump() == "\"a\xEF\xBF\xBD" "b\"");
  CHECK(Json(std::string("\xe3\x81")).dump() == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json(std::string("\xed\xa0\x80")).dump() == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json(std::string("あ")).dump() == "\"あ\"");
}

TEST_CASE("values: integers at the extremes, objects from pairs, reading absent members") {
  CHECK(Json(std::numeric_limits<std::int64_t>::min()).dump() == "-9223372036854775808");
  CHECK(Json(std::numeric_limits<std::uint64_t>::max()).dump() == "18446744073709551615");
  CHECK(Json(0).dump() == "0");
  CHECK(Json{{"b", 1}, {"a", {{"c", "d"}}}}.dump() == R"({"a":{"c":"d"},"b":1})");
  CHECK(Json{1, 2}.dump() == "[1,2]");
  CHECK(Json::array({Json{{"k", 1}}}).dump() == R"([{"k":1}])");
  const Json doc = *parse_json(R"({"a": {"b": "x"}})");
  CHECK(doc["a"]["b"] == "x");
  CHECK(doc["missing"]["deeper"].is_null());
  CHECK(doc.find("missing") == nullptr);
  CHECK(doc["a"].contains("b"));
}

TEST_CASE("random documents, some broken: both readers accept the same texts and write the same answers") {
  // Integers only: nlohmann/json rewrites other numbers (1.5e3 as 1500.0).
  const char* scalars[] = {"\"a\"", "\"b\"", "\"あ\"", "\"\\u3042\"", "\"\\ud83d\\ude00\"", "\"\\n\"",
                           "1", "-2", "0", "true", "false", "null"};
  const char* damage[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", " ", "x", "\xe3\x81", "\xff", "7"};  // no "-": nlohmann writes -0 as 0
  std::uint32_t state = 12345;
  auto next = [&](std::uint32_t n) { return ((state = state * 1664525u + 1013904223u) >> 8) % n; };  // high bits: the low ones cycle
  auto pick = [&](auto& list) { return std::string(list[next(sizeof list / sizeof *list)]); };
  std::function<std::string(int)> value = [&](int depth) -> std::string {
    std::uint32_t kind = depth > 3 ? 2 : next(3);
    std::string out = kind == 0 ? "[" : kind == 1 ? "{" : "";
    if (kind == 2) return pick(scalars);
    for (std::uint32_t i = 0, n = next(4); i < n; ++i) {
      if (i) out += ",";
      if (kind == 1) out += pick(scalars).front() == '"' ? "\"k" + std::to_string(next(3)) + "\":" : "\"k\":";
      out += value(depth + 1);
    }
    return out + (kind == 0 ? "]" : "}");
  };
  int accepted = 0, refused = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = value(0);
    if (next(2) == 0) {  // damage it: insert, replace or remove at one place
      std::size_t at = next(static_cast<std::uint32_t>(text.size()) + 1);
      std::uint32_t how = next(3);
      if (how == 0) text.insert(at, pick(damage));
      else if (at < text.size()) text.replace(at, 1, how == 1 ? pick(damage) : "");
    }
    CAPTURE(text);
    std::string ours = round_trip(text);
    REQUIRE(ours == reference(text));
    (ours == "(refused)" ? refused : accepted) += 1;
  }
  CHECK(accepted > 5000);  // both kinds are well represented
  CHECK(refused > 5000);
}
