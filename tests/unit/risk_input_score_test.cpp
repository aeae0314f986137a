#include <doctest/doctest.h>

#include <string>

#include "core/api/api.h"
#include "json_door.h"
#include "core/input/input.h"
#include "core/risk/risk.h"

using gigcheck::risk::Severity;
using json_door::json;

namespace {

std::string error_field(const json& out) {
  if (!out.contains("error")) return "(no error)";
  return out["error"]["field"].get<std::string>() + ":" + out["error"]["code"].get<std::string>();
}

}  // namespace

TEST_CASE("bad input gets an error object with the field path") {
  auto risk = [](const json& input) { return json_door::call(gigcheck::api::risk, input); };
  CHECK(error_field(risk(json::object())) == "job:missing_field");
  CHECK(error_field(risk({{"job", json::object()}})) == "job.description:missing_field");
  CHECK(error_field(risk({{"job", {{"description", 42}}}})) == "job.description:invalid_field");
  CHECK(error_field(risk({{"job", "text"}})) == "job:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}, {"hires_planned", -1}}}})) ==
        "job.hires_planned:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}, {"estimated_hours", 0}}}})) ==
        "job.estimated_hours:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"stage", "signed"}})) == "stage:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"messages", "hello"}})) == "messages:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"messages", {"ok", 3}}})) == "messages[1]:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"client", {{"rating", 5.5}}}})) ==
        "client.rating:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"client", {{"rating", 4.123}}}})) ==
        "client.rating:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"client", {{"identity_verified", "yes"}}}})) ==
        "client.identity_verified:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"client", {{"reviews", {true}}}}})) ==
        "client.reviews[0]:invalid_field");
  CHECK(error_field(risk({{"job", {{"description", "x"}}}, {"options", {{"minimum_wage", 0}}}})) ==
        "options.minimum_wage:invalid_field");
}

TEST_CASE("huge text is refused cleanly; the limit itself is accepted") {
  std::string megabyte(1024 * 1024, 'a');
  CHECK(error_field(json_door::call(gigcheck::api::risk, {{"job", {{"description", megabyte}}}})) ==
        "job.description:too_large");
  std::string at_limit(gigcheck::limits::max_text_chars, 'a');
  json out = json_door::call(gigcheck::api::risk, {{"job", {{"description", at_limit}}}});
  CHECK_FALSE(out.contains("error"));
  CHECK(out.contains("level"));
}

TEST_CASE("absent optional fields are unknown, not bad: an empty description is graceful") {
  json out = json_door::call(gigcheck::api::risk, {{"job", {{"description", ""}}}});
  REQUIRE_FALSE(out.contains("error"));
  CHECK(out["stage"] == "before_contract");
  CHECK(out["minimum_wage"]["yen_per_hour"] == 1121);
  // No client fields: neither identity nor rating counts.
  for (const json& s : out["signals"]) {
    CHECK(s["id"] != "identity_unverified");
    CHECK(s["id"] != "low_rating");
  }
}

TEST_CASE("invalid UTF-8 inside a text: replaced, offsets stay consistent") {
  // The JSON layer refuses invalid UTF-8 (the API's parse_input); make_doc on its own replaces it.
  auto doc = gigcheck::risk::make_doc("job.description", gigcheck::risk::DocKind::job, "LINE\xFF追加して");
  CHECK(doc.decoded.had_invalid_bytes);
  CHECK(doc.norm.chars.size() == 9);  // L I N E U+FFFD 追 加 し て
  std::optional<gigcheck::InputError> error;
  CHECK_FALSE(gigcheck::parse_input("{\"job\":{\"description\":\"\xFF\"}}", error).has_value());
  REQUIRE(error.has_value());
  CHECK(error->code == "invalid_json");
}

TEST_CASE("a configurable minimum wage moves the low_pay boundary exactly") {
  json input = {{"job", {{"description", "時給1,000円、データ入力、Excelで納品、納期は毎週金曜日。"}}}};
  auto has_low_pay = [](const json& out) {
    for (const json& s : out["signals"])
      if (s["id"] == "low_pay") return true;
    return false;
  };
  CHECK(has_low_pay(json_door::call(gigcheck::api::risk, input)));  // 1,000 < 1,121
  input["options"] = {{"minimum_wage", 1000}};
  CHECK_FALSE(has_low_pay(json_door::call(gigcheck::api::risk, input)));  // equal is not below
  input["options"] = {{"minimum_wage", 1001}};
  CHECK(has_low_pay(json_door::call(gigcheck::api::risk, input)));
}

TEST_CASE("score: documented weights, levels and monotonicity") {
  using gigcheck::risk::combine_score;
  using gigcheck::risk::level_for_score;
  CHECK(combine_score({}) == 0);
  CHECK(combine_score({Severity::high}) == 60);
  CHECK(combine_score({Severity::medium}) == 30);
  CHECK(combine_score({Severity::low}) == 15);
  CHECK(level_for_score(combine_score({Severity::low, Severity::low})) == "medium");  // weak signs add up to 中
  CHECK(combine_score({Severity::medium, Severity::medium}) == 51);
  // Without a high-harm signal the score stops below 高, however many weaker signs there are.
  CHECK(combine_score({Severity::medium, Severity::medium, Severity::medium, Severity::low}) == 59);
  CHECK(level_for_score(combine_score(std::vector<Severity>(10, Severity::medium))) == "medium");
  CHECK(combine_score({Severity::high, Severity::medium}) == 72);
  CHECK(level_for_score(0) == "low");
  CHECK(level_for_score(24) == "low");
  CHECK(level_for_score(25) == "medium");
  CHECK(level_for_score(59) == "medium");
  CHECK(level_for_score(60) == "high");
  CHECK(level_for_score(combine_score({Severity::high})) == "high");
  // Adding any signal never lowers the score, and the score stays within 0..100.
  std::vector<Severity> all = {Severity::low, Severity::medium, Severity::high};
  std::vector<Severity> found;
  int previous = 0;
  for (int i = 0; i < 30; ++i) {
    found.push_back(all[i % 3]);
    int score = combine_score(found);
    CHECK(score >= previous);
    CHECK(score <= 100);
    previous = score;
  }
  // Raising one severity never lowers the score.
  CHECK(combine_score({Severity::low, Severity::low}) <= combine_score({Severity::medium, Severity::low}));
  CHECK(combine_score({Severity::medium, Severity::low}) <= combine_score({Severity::high, Severity::low}));
}

TEST_CASE("stage changes which signals count") {
  json base = {
      {"job", {{"description", "ブログ記事の執筆、1記事3,000文字で5,000円、納期1週間、Googleドキュメントで納品。"}}},
      {"messages", {"Zoomで面談させてください。LINE IDはabc123です、追加してください。"}}};
  auto ids = [](const json& out) {
    std::string s;
    for (const json& sig : out["signals"]) s += sig["id"].get<std::string>() + " ";
    return s;
  };
  CHECK(ids(json_door::call(gigcheck::api::risk, base)) == "off_platform_contact pre_contract_interview ");
  base["stage"] = "after_contract";
  CHECK(ids(json_door::call(gigcheck::api::risk, base)) == "");
}
