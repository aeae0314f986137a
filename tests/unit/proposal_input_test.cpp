// Bad input to lint: wrong types, limits, empty and huge text, invalid UTF-8.
#include <doctest/doctest.h>

#include "core/input/input.h"
#include "proposal_helpers.h"

using namespace proposal_test;

namespace {

// What api::call does for lint (that dispatcher lives in the api library).
std::string call_lint(const std::string& input) { return json_door::call_text(gigcheck::api::lint, input); }

}  // namespace

TEST_CASE("lint: wrong types and out-of-range options are error objects") {
  auto error_field = [](const json& out) {
    return out.contains("error") ? out["error"]["field"].get<std::string>() : "(no error)";
  };
  CHECK(error_field(json_door::call(gigcheck::api::lint, json::object())) == "text");
  CHECK(error_field(json_door::call(gigcheck::api::lint, {{"text", 12}})) == "text");
  CHECK(error_field(json_door::call(gigcheck::api::lint, {{"text", "a"}, {"job_text", json::array()}})) == "job_text");
  CHECK(error_field(lint("a", "", {{"max_sentence_length", 0}})) == "options.max_sentence_length");
  CHECK(error_field(lint("a", "", {{"max_sentence_length", "100"}})) == "options.max_sentence_length");
  CHECK(error_field(lint("a", "", {{"max_commas", -1}})) == "options.max_commas");
  CHECK(error_field(lint("a", "", {{"rules", {{"mixed_style", "no"}}}})) == "options.rules.mixed_style");
  CHECK(error_field(json_door::call(gigcheck::api::lint, {{"text", "a"}, {"options", 3}})) == "options");
}

TEST_CASE("lint: empty text gets the two structural issues, at offset 0") {
  json out = lint("");
  REQUIRE(out["issues"].size() == 2);
  CHECK(out["issues"][0]["rule"] == "missing_greeting");
  CHECK(out["issues"][1]["rule"] == "missing_closing");
  CHECK(out["issues"][0]["start"] == 0);
  CHECK(out["issues"][0]["line"] == 1);
  CHECK(out["issues"][0]["column"] == 1);
  CHECK(out["stats"]["characters"] == 0);
}

TEST_CASE("lint: 200,000 characters are accepted; one more is too_large") {
  std::string sentence = "記事の品質には自信があります、";  // no full stop: one enormous sentence with many commas
  std::string big;
  std::size_t chars = 0;
  for (; chars + 15 <= 200000; chars += 15) big += sentence;  // the sentence is 15 characters
  for (; chars < 200000; ++chars) big += "あ";
  json out = lint(big);
  REQUIRE(out.contains("issues"));
  CHECK(count_of(out, "sentence_length") == 1);
  CHECK(count_of(out, "too_many_commas") == 1);
  CHECK(out["stats"]["characters"] == 200000);
  json over = lint(big + "あ");
  REQUIRE(over.contains("error"));
  CHECK(over["error"]["code"] == "too_large");
}

TEST_CASE("lint: invalid UTF-8 through the C++ door is read as U+FFFD, and the JSON door refuses it") {
  std::string text = std::string("はじめまして。\xff\xfe") + "初心者です。よろしくお願いします。";
  // Built with the core's own Json: nlohmann/json refuses to write such text.
  json out = json::parse(gigcheck::api::lint(gigcheck::Json{{"text", text}}).dump());
  auto found = issues_of(out, "negative_self_label");
  REQUIRE(found.size() == 1);
  CHECK(found[0]["start"] == 9);  // 7 characters + two replacement characters
  std::string reply = call_lint("{\"text\": \"\xff\"}");
  CHECK(reply.find("\"invalid_json\"") != std::string::npos);
}

TEST_CASE("lint: offsets are UTF-16 code units, lines and columns count \\r\\n once") {
  std::string text = "😀はじめまして。\r\n初心者です。\r\nよろしくお願いします。";
  auto found = issues_of(lint(text), "negative_self_label");
  REQUIRE(found.size() == 1);
  CHECK(found[0]["start"] == 11);  // 😀 is two units, はじめまして。 seven, \r\n two
  CHECK(found[0]["end"] == 16);
  CHECK(found[0]["line"] == 2);
  CHECK(found[0]["column"] == 1);
  CHECK(span_text(text, found[0]) == "初心者です");
}

TEST_CASE("lint: output is deterministic") {
  std::string text = application("私は、東京で、毎日、丁寧に、記事を書いています。初心者です。〇〇様。");
  CHECK(call_lint(json{{"text", text}}.dump()) == call_lint(json{{"text", text}}.dump()));
}
