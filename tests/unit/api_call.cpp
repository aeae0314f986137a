// call(): the string door shared by the CLI and the WebAssembly module.
#include <doctest/doctest.h>

#include "core/api/api.h"

using gigcheck::api::call;

TEST_CASE("call answers every function by name and refuses unknown names") {
  for (const char* name : {"certify", "risk", "lint", "draft", "timeline", "holidays"}) {
    CHECK(gigcheck::api::has_function(name));
    std::string out = call(name, "not json");
    CHECK(out.find("\"code\":\"invalid_json\"") != std::string::npos);
  }
  CHECK_FALSE(gigcheck::api::has_function("delete_everything"));
  CHECK(call("delete_everything", "{}").find("\"code\":\"unknown_function\"") != std::string::npos);
}

TEST_CASE("call returns compact UTF-8 JSON") {
  std::string out = call("certify", R"({"platform": "crowdworks", "stats": {"scouts": 5}})");
  CHECK(out.find("\"scouts\":{") != std::string::npos);
  CHECK(out.find("基準（5件）を満たしています。") != std::string::npos);
  CHECK(out.find('\n') == std::string::npos);
}

TEST_CASE("call_with_text answers as call does with the text inside the JSON") {
  using gigcheck::api::call_with_text;
  using gigcheck::Json;
  const std::string text =
      "はじめまして、佐藤と申します。初心者ですが、丁寧に作業いたします。\n"
      "連絡はLINE（ID: sato_0000）でお願いします。よろしくお願いいたします。";
  const std::string job = "【応募方法】\n・稼働可能な時間\n・過去の実績を教えてください。";
  Json rest = {{"job_text", job}, {"options", {{"max_commas", 1}}}};
  Json whole = rest;
  whole["text"] = text;
  std::string expected = call("lint", whole.dump());
  CHECK(expected.find("\"rule\":\"contact_info\"") != std::string::npos);
  CHECK(call_with_text("lint", rest.dump(), "text", text) == expected);
  // A "text" inside the JSON is replaced by the one beside it.
  rest["text"] = "別の文章";
  CHECK(call_with_text("lint", rest.dump(), "text", text) == expected);

  // Errors come as the JSON door gives them.
  CHECK(call_with_text("lint", "{", "text", text) == call("lint", "{"));
  CHECK(call_with_text("lint", "[]", "text", text) == call("lint", "[]"));
  CHECK(call_with_text("lint", "{}", "text", "\xff\xfe") == call("lint", "{\"text\":\"\xff\xfe\"}"));
  CHECK(call_with_text("shred", "{}", "text", text) == call("shred", "{}"));
  // The size limit counts both parts.
  std::string half(gigcheck::limits::max_input_bytes / 2 + 1, 'a');
  std::string refused = call_with_text("lint", Json{{"job_text", half}}.dump(), "text", half);
  CHECK(refused == call("lint", Json{{"job_text", half}, {"text", half}}.dump()));
  CHECK(refused.find("\"code\":\"too_large\"") != std::string::npos);
}
