// certify() as the JSON API answers it: verdicts, wording and bad input.
#include <doctest/doctest.h>

#include "core/api/api.h"
#include "json_door.h"

using json_door::json;

namespace {
json certify(const json& input) { return json_door::call(gigcheck::api::certify, input); }
}  // namespace

namespace {

json crowdworks_ready() {
  return json::parse(R"({"platform": "crowdworks", "stats": {
    "jobs_completed": 36, "jobs_total": 40,
    "rating": {"stars": [0, 0, 0, 1, 4]},
    "communication_rating": {"average": 4.9, "count": 30},
    "scouts": 5, "monthly_earnings_rank": 200, "division": "writer", "profile_complete": true}})");
}

json lancers_ready() {
  return json::parse(R"({"platform": "lancers", "stats": {
    "jobs_completed": 9, "jobs_total": 10, "messages_received": 50, "replied_within_24h": 40,
    "rating": {"average": 4.8, "count": 12}, "earnings_top_percent": 20,
    "verifications": {"identity": true, "phone": true, "nda": true},
    "last_login": "2026-11-20", "profile_complete": true}, "as_of": "2026-11-22"})");
}

std::string error_field(const json& out) {
  REQUIRE(out.contains("error"));
  return out["error"]["field"].get<std::string>();
}

}  // namespace

TEST_CASE("a CrowdWorks worker exactly at every threshold is eligible") {
  json out = certify(crowdworks_ready());
  CHECK(out["verdict"] == "eligible");
  CHECK(out["criteria"]["completion_rate"] ==
        json::parse(R"({"status": "met", "value": "36/40", "threshold": "9/10", "needed": 0, "headroom": 0,
          "display": "90.0%", "name": "納品完了率",
          "message": "基準ちょうどです。次に1件でもキャンセルになると下回ります。"})"));
  CHECK(out["criteria"]["rating"]["headroom"] == 0);
  CHECK(out["criteria"]["scouts"]["needed"] == 0);
  CHECK(out["criteria"]["earnings_rank"]["status"] == "met");
}

TEST_CASE("rank 201 or 4 scouts make a CrowdWorks worker not eligible") {
  json in = crowdworks_ready();
  in["stats"]["monthly_earnings_rank"] = 201;
  CHECK(certify(in)["verdict"] == "not_eligible");
  in = crowdworks_ready();
  in["stats"]["scouts"] = 4;
  json out = certify(in);
  CHECK(out["verdict"] == "not_eligible");
  CHECK(out["criteria"]["scouts"]["needed"] == 1);
  CHECK(out["criteria"]["scouts"]["message"] == "あと1件のスカウトで基準（5件）に届きます。");
}

TEST_CASE("an unknown earnings rank leaves the verdict incomplete, never eligible") {
  json in = crowdworks_ready();
  in["stats"].erase("monthly_earnings_rank");
  json out = certify(in);
  CHECK(out["criteria"]["earnings_rank"]["status"] == "unknown");
  CHECK(out["verdict"] == "incomplete");
}

TEST_CASE("4.79 over 100 reviews reads as exactly 479/100 and needs 5 more 5-star reviews") {
  json in = crowdworks_ready();
  in["stats"]["rating"] = {{"average", 4.79}, {"count", 100}};
  json rating = certify(in)["criteria"]["rating"];
  CHECK(rating["value"] == "479/100");
  CHECK(rating["needed"] == 5);
  CHECK(rating["headroom"].is_null());
  CHECK(rating["message"] == "あと★5の評価が5件で4.8に届きます。");
}

TEST_CASE("headroom is worded as cancellations the worker can absorb") {
  json in = crowdworks_ready();
  in["stats"]["jobs_completed"] = 40;
  in["stats"]["jobs_total"] = 42;  // 40/44 still 90.9%, 40/45 is 88.9%
  json completion = certify(in)["criteria"]["completion_rate"];
  CHECK(completion["headroom"] == 2);
  CHECK(completion["message"] == "あと2件キャンセルになっても基準内です。");
}

TEST_CASE("Lancers at every threshold is eligible and carries the micro-task note") {
  json out = certify(lancers_ready());
  CHECK(out["verdict"] == "eligible");
  CHECK(out["criteria"]["reply_rate_24h"]["value"] == "40/50");
  CHECK(out["criteria"]["reply_rate_24h"]["threshold"] == "4/5");
  CHECK(out["criteria"]["earnings_percentile"]["status"] == "met");
  CHECK(out["notes"].size() == 1);
}

TEST_CASE("Lancers: top 20.01% and a missing phone check are not met") {
  json in = lancers_ready();
  in["stats"]["earnings_top_percent"] = 20.01;
  in["stats"]["verifications"]["phone"] = false;
  json out = certify(in);
  CHECK(out["criteria"]["earnings_percentile"]["status"] == "not_met");
  CHECK(out["criteria"]["verifications"]["missing"] == json::array({"phone"}));
  CHECK(out["verdict"] == "not_eligible");
}

TEST_CASE("a monthly pace projects when each unmet criterion is reached") {
  json in = crowdworks_ready();
  in["stats"]["rating"] = {{"average", 4.79}, {"count", 100}};
  in["stats"]["scouts"] = 2;
  in["as_of"] = "2026-11-22";
  in["pace"] = {{"five_star_reviews_per_month", 2}, {"scouts_per_month", 3}};
  json out = certify(in);
  CHECK(out["criteria"]["rating"]["projection"] == json({{"months", 3}, {"date", "2027-02-22"}}));
  CHECK(out["criteria"]["scouts"]["projection"] == json({{"months", 1}, {"date", "2026-12-22"}}));
  CHECK(out["next_judgment"]["date"] == "2027-01-01");
  CHECK(out["next_judgment"]["on_track"] == false);
  CHECK(out["next_judgment"]["blocking"] == json::array({"rating"}));
}

TEST_CASE("the next judgment follows a configured schedule and is strictly after as_of") {
  json in = crowdworks_ready();
  in["as_of"] = "2027-02-15";
  in["judgment"] = {{"anchor", "2026-02-15"}, {"cycle_months", 3}};
  json judgment = certify(in)["next_judgment"];
  CHECK(judgment["date"] == "2027-05-15");
  CHECK(judgment["assumed_schedule"] == false);
  CHECK(judgment["on_track"] == true);
  in["as_of"] = "2025-12-31";
  in.erase("judgment");
  CHECK(certify(in)["next_judgment"]["date"] == "2026-01-01");
}

TEST_CASE("bad input names the field") {
  struct Case {
    const char* patch;  // replaces these members of stats
    const char* field;
  } cases[] = {
      {R"({"jobs_total": -1})", "stats.jobs_total"},
      {R"({"jobs_total": 3.5})", "stats.jobs_total"},
      {R"({"jobs_total": "40"})", "stats.jobs_total"},
      {R"({"jobs_completed": 41})", "stats.jobs_completed"},
      {R"({"jobs_total": 1000000000001})", "stats.jobs_total"},
      {R"({"rating": {"average": 5.01, "count": 3}})", "stats.rating.average"},
      {R"({"rating": {"average": 0.99, "count": 3}})", "stats.rating.average"},
      {R"({"rating": {"average": 4.795, "count": 3}})", "stats.rating.average"},
      {R"({"rating": {"average": 4.8}})", "stats.rating.count"},
      {R"({"rating": {"stars": [1, 2, 3, 4]}})", "stats.rating.stars"},
      {R"({"rating": {"stars": [1, 2, 3, 4, -5]}})", "stats.rating.stars[4]"},
      {R"({"rating": {}})", "stats.rating"},
      {R"({"rating": 4.8})", "stats.rating"},
      {R"({"monthly_earnings_rank": 0})", "stats.monthly_earnings_rank"},
      {R"({"scouts": true})", "stats.scouts"},
  };
  for (const auto& c : cases) {
    json in = crowdworks_ready();
    json patch_json = json::parse(c.patch);
    for (const auto& [key, value] : patch_json.items()) in["stats"][key] = value;
    std::string patch = c.patch;
    CAPTURE(patch);
    CHECK(error_field(certify(in)) == c.field);
  }
  json lancers = lancers_ready();
  lancers["stats"]["replied_within_24h"] = 51;
  CHECK(error_field(certify(lancers)) == "stats.replied_within_24h");
  lancers = lancers_ready();
  lancers["stats"]["earnings_top_percent"] = 100.5;
  CHECK(error_field(certify(lancers)) == "stats.earnings_top_percent");
  lancers = lancers_ready();
  lancers["stats"]["verifications"]["nda"] = "yes";
  CHECK(error_field(certify(lancers)) == "stats.verifications.nda");
  CHECK(error_field(certify(json::parse(R"({"platform": "coconala", "stats": {}})"))) == "platform");
  CHECK(error_field(certify(json::parse(R"({"platform": "lancers"})"))) == "stats");
  CHECK(error_field(certify(json::parse(R"({"platform": "lancers", "stats": {}, "as_of": "2026-02-30"})"))) == "as_of");
}
