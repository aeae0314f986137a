// api::holidays: the JSON door, including bad input naming the field.
#include <doctest/doctest.h>

#include <string>

#include "core/api/api.h"
#include "json_door.h"

using json_door::json;

namespace {
json holidays(const json& input) { return json_door::call(gigcheck::api::holidays, input); }
}  // namespace

namespace {

std::string error_field(const json& out) {
  if (!out.contains("error")) return "<no error>";
  return out["error"]["field"].get<std::string>();
}

}  // namespace

TEST_CASE("holidays of May 2026: Golden Week with its 振替休日") {
  json out = holidays(json{{"from", "2026-05-01"}, {"to", "2026-05-31"}});
  REQUIRE(out.contains("holidays"));
  const json& list = out["holidays"];
  REQUIRE(list.size() == 4);
  CHECK(list[0]["date"] == "2026-05-03");
  CHECK(list[0]["name"] == "憲法記念日");
  CHECK(list[0]["weekday"] == "日");
  CHECK(list[0]["kind"] == "national");
  CHECK(list[3]["date"] == "2026-05-06");
  CHECK(list[3]["name"] == "振替休日");
  CHECK(list[3]["kind"] == "substitute");
}

TEST_CASE("the range includes both ends") {
  json out = holidays(json{{"from", "2026-09-21"}, {"to", "2026-09-23"}});
  REQUIRE(out["holidays"].size() == 3);
  CHECK(out["holidays"][1]["name"] == "国民の休日");
  CHECK(out["holidays"][1]["kind"] == "citizens");
  CHECK(holidays(json{{"from", "2026-09-24"}, {"to", "2026-09-24"}})["holidays"].empty());
}

TEST_CASE("the whole supported range can be asked for at once") {
  json out = holidays(json{{"from", "1955-01-01"}, {"to", "2099-12-31"}});
  REQUIRE(out.contains("holidays"));
  CHECK(out["holidays"].front()["date"] == "1955-01-01");
  CHECK(out["holidays"].back()["date"] == "2099-11-23");
  CHECK(out["supported_range"]["from"] == "1955-01-01");
  CHECK(out["supported_range"]["to"] == "2099-12-31");
}

TEST_CASE("bad dates name the field") {
  CHECK(error_field(holidays(json{{"from", "2026-02-30"}, {"to", "2026-12-31"}})) == "from");
  CHECK(error_field(holidays(json{{"from", "2026-01-01"}, {"to", "2026-13-01"}})) == "to");
  CHECK(error_field(holidays(json{{"from", "2026/01/01"}, {"to", "2026-12-31"}})) == "from");
  CHECK(error_field(holidays(json{{"from", "2026-1-1"}, {"to", "2026-12-31"}})) == "from");
  CHECK(error_field(holidays(json{{"from", 20260101}, {"to", "2026-12-31"}})) == "from");
  CHECK(error_field(holidays(json{{"from", "2025-02-29"}, {"to", "2026-12-31"}})) == "from");
  CHECK(holidays(json{{"from", "2024-02-29"}, {"to", "2024-03-01"}}).contains("holidays"));
}

TEST_CASE("years outside 1955-2099 are refused, naming the field") {
  json before = holidays(json{{"from", "1954-12-31"}, {"to", "1955-12-31"}});
  CHECK(error_field(before) == "from");
  CHECK(before["error"]["code"] == "invalid_field");
  CHECK(before["error"]["message"].get<std::string>().find("1955-01-01") != std::string::npos);
  CHECK(error_field(holidays(json{{"from", "2099-01-01"}, {"to", "2100-01-01"}})) == "to");
}

TEST_CASE("missing fields and a reversed range") {
  json missing = holidays(json::object());
  CHECK(error_field(missing) == "from");
  CHECK(missing["error"]["code"] == "missing_field");
  CHECK(error_field(holidays(json{{"from", "2026-01-01"}})) == "to");
  CHECK(error_field(holidays(json{{"from", "2026-12-31"}, {"to", "2026-01-01"}})) == "to");
}
