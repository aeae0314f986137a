// api::timeline and the planner: the steps per situation, business-day
// counting, statuses, messages from draft and bad input.
#include <doctest/doctest.h>

#include <string>

#include "core/api/api.h"
#include "json_door.h"
#include "core/timeline/timeline.h"

using json_door::json;

namespace {
json timeline(const json& input) { return json_door::call(gigcheck::api::timeline, input); }
}  // namespace

namespace {

const json* step(const json& out, const std::string& id) {
  if (!out.contains("steps")) return nullptr;
  for (const json& s : out["steps"])
    if (s["id"] == id) return &s;
  return nullptr;
}

std::string date_of(const json& out, const std::string& id) {
  const json* s = step(out, id);
  return s ? s->at("date").get<std::string>() : std::string("<none>");
}

std::string error_field(const json& out) {
  if (!out.contains("error")) return "<no error>";
  return out["error"]["field"].get<std::string>();
}

bool draft_available() {
  json probe = json_door::call(
      gigcheck::api::draft,
      json{{"kind", "nudge"},
           {"fields", {{"name", "佐藤 花子"}, {"message_date", "2026-09-18"}, {"subject", "納品のご連絡"}}}});
  return probe.contains("text");
}

}  // namespace

TEST_CASE("after delivery on Friday 2026-09-18 (before the Silver Week)") {
  json out = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}});
  REQUIRE(out.contains("steps"));
  const json* nudge = step(out, "nudge");
  REQUIRE(nudge);
  // 9/19-9/23 are Saturday, Sunday, 敬老の日, 国民の休日, 秋分の日.
  CHECK(nudge->at("date") == "2026-09-28");
  CHECK(nudge->at("business_days") == 3);
  CHECK(nudge->at("from") == "date");
  CHECK(nudge->at("kind") == "nudge");
  CHECK(nudge->at("title") == "自分で催促");
  CHECK(nudge->at("days_since_event") == 10);
  CHECK(!nudge->contains("calendar_days"));

  const json* acceptance = step(out, "acceptance_deadline");
  REQUIRE(acceptance);
  CHECK(acceptance->at("date") == "2026-09-25");
  CHECK(acceptance->at("calendar_days") == 7);

  CHECK(date_of(out, "platform_reminder") == "2026-09-21");
  CHECK(step(out, "platform_reminder")->at("business_day") == false);
  CHECK(date_of(out, "support_request") == "2026-10-01");
  CHECK(step(out, "support_request")->at("title") == "連絡催促申請");
  CHECK(date_of(out, "inquiry") == "2026-10-01");
  CHECK(step(out, "inquiry")->at("title") == "お問い合わせ");

  // Steps are in date order and start with the event.
  const json& steps = out["steps"];
  CHECK(steps[0]["kind"] == "event");
  CHECK(steps[0]["date"] == "2026-09-18");
  for (std::size_t i = 1; i < steps.size(); ++i)
    CHECK(steps[i - 1]["date"].get<std::string>() <= steps[i]["date"].get<std::string>());

  // The page marks the days off between the event and the last step.
  const json& off = out["non_business_days"];
  REQUIRE(off.size() == 7);
  CHECK(off[2]["date"] == "2026-09-21");
  CHECK(off[2]["reason"] == "敬老の日");
  CHECK(off[3]["reason"] == "国民の休日");
  CHECK(off[4]["reason"] == "秋分の日");
}

TEST_CASE("after delivery: escalation never comes before the acceptance week is over") {
  // Every delivery date of 2026 and the year-end variant.
  for (const char* closed : {"none", "year_end"}) {
    for (auto n = gigcheck::date::to_days({2026, 1, 1}); n <= gigcheck::date::to_days({2026, 12, 31}); ++n) {
      std::string day = gigcheck::date::format(gigcheck::date::from_days(n));
      json out = timeline(json{{"situation", "after_delivery"}, {"date", day}, {"closed_days", closed}});
      REQUIRE(out.contains("steps"));
      CAPTURE(day);
      CHECK(date_of(out, "support_request") > date_of(out, "acceptance_deadline"));
      CHECK(date_of(out, "support_request") > date_of(out, "nudge"));
      CHECK(step(out, "support_request")->at("business_day") == true);
      CHECK(step(out, "nudge")->at("business_day") == true);
    }
  }
}

TEST_CASE("after contract: nudge, 連絡催促申請, then 契約途中終了リクエスト 10 days later") {
  json out = timeline(json{{"situation", "after_contract"}, {"date", "2026-09-18"}});
  REQUIRE(out.contains("steps"));
  CHECK(out["steps"].size() == 4);
  CHECK(date_of(out, "sent") == "2026-09-18");
  CHECK(date_of(out, "nudge") == "2026-09-28");
  CHECK(date_of(out, "support_request") == "2026-10-01");
  CHECK(step(out, "support_request")->at("from") == "nudge");
  CHECK(step(out, "support_request")->at("business_days") == 3);
  const json* end = step(out, "early_termination");
  REQUIRE(end);
  CHECK(end->at("date") == "2026-10-11");
  CHECK(end->at("calendar_days") == 10);
  CHECK(end->at("from") == "support_request");
  CHECK(end->at("title") == "契約途中終了リクエスト");
  CHECK(end->at("weekday") == "日");
  CHECK(end->at("business_day") == false);
}

TEST_CASE("after application: a week after the deadline, or two weeks after applying") {
  json with = timeline(json{{"situation", "after_application"}, {"date", "2026-09-18"}, {"deadline", "2026-09-30"}});
  REQUIRE(with.contains("steps"));
  CHECK(with["steps"].size() == 3);
  CHECK(date_of(with, "deadline") == "2026-09-30");
  CHECK(date_of(with, "give_up") == "2026-10-07");
  CHECK(step(with, "give_up")->at("from") == "deadline");
  CHECK(step(with, "give_up")->at("calendar_days") == 7);
  CHECK(step(with, "give_up")->at("kind") == "give_up");
  CHECK(with["deadline"] == "2026-09-30");

  json without = timeline(json{{"situation", "after_application"}, {"date", "2026-09-18"}});
  REQUIRE(without.contains("steps"));
  CHECK(without["steps"].size() == 2);
  CHECK(date_of(without, "deadline") == "<none>");
  CHECK(date_of(without, "give_up") == "2026-10-02");
  CHECK(step(without, "give_up")->at("from") == "date");

  // The deadline may be the day of applying.
  json same = timeline(json{{"situation", "after_application"}, {"date", "2026-09-18"}, {"deadline", "2026-09-18"}});
  CHECK(date_of(same, "give_up") == "2026-09-25");
}

TEST_CASE("year-end closing pushes business-day steps into January") {
  json plain = timeline(json{{"situation", "after_delivery"}, {"date", "2026-12-25"}});
  json closed = timeline(json{{"situation", "after_delivery"}, {"date", "2026-12-25"}, {"closed_days", "year_end"}});
  CHECK(date_of(plain, "nudge") == "2026-12-30");
  CHECK(date_of(closed, "nudge") == "2027-01-05");
  CHECK(closed["closed_days"] == "year_end");
  CHECK(plain["closed_days"] == "none");
  // Calendar-day steps do not move.
  CHECK(date_of(plain, "acceptance_deadline") == date_of(closed, "acceptance_deadline"));
}

TEST_CASE("status against today and the next step") {
  json out = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"today", "2026-09-25"}});
  REQUIRE(out.contains("steps"));
  CHECK(step(out, "delivered")->at("status") == "past");
  CHECK(step(out, "platform_reminder")->at("status") == "past");
  CHECK(step(out, "acceptance_deadline")->at("status") == "today");
  CHECK(step(out, "nudge")->at("status") == "upcoming");
  CHECK(out["next_step"] == "acceptance_deadline");
  CHECK(out["today"] == "2026-09-25");

  json later = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"today", "2026-12-01"}});
  CHECK(!later.contains("next_step"));
  json none = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}});
  CHECK(!none["steps"][0].contains("status"));
  CHECK(!none.contains("next_step"));
}

TEST_CASE("messages come from draft when it can write them, and never break the timeline") {
  json input = {{"situation", "after_delivery"},
                {"date", "2026-09-18"},
                {"name", "佐藤 花子"},
                {"client_name", "山田"},
                {"subject", "記事3本の納品"}};
  json out = timeline(input);
  REQUIRE(out.contains("steps"));
  const json* nudge = step(out, "nudge");
  REQUIRE(nudge);
  CHECK(!step(out, "delivered")->contains("template"));
  CHECK(!step(out, "acceptance_deadline")->contains("template"));
  if (draft_available()) {
    // Exactly what draft writes for the same fields.
    json direct = json_door::call(gigcheck::api::draft, json{{"kind", "nudge"},
                                                             {"fields",
                                                              {{"name", "佐藤 花子"},
                                                               {"client_name", "山田"},
                                                               {"subject", "記事3本の納品"},
                                                               {"message_date", "2026-09-18"},
                                                               {"stage", "after_delivery"},
                                                               {"desired_reply_date", "2026-09-30"}}}});
    REQUIRE(direct.contains("text"));
    CHECK(nudge->at("template") == direct["text"]);
    // Without the worker's name the message is there at once, with 〇〇 to fill in.
    json nameless = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}});
    const json* bare = step(nameless, "nudge");
    REQUIRE(bare);
    REQUIRE(bare->contains("template"));
    CHECK(bare->at("template").get<std::string>().find("〇〇") != std::string::npos);
    CHECK(!bare->contains("template_error"));
  } else {
    CHECK(!nudge->contains("template"));
    CHECK(!nudge->contains("template_error"));
  }
  json contract = timeline(json{{"situation", "after_contract"}, {"date", "2026-09-18"}, {"name", "佐藤 花子"}});
  const json* end = step(contract, "early_termination");
  REQUIRE(end);
  CHECK(end->contains("template") == draft_available());
}

TEST_CASE("bad input names the field") {
  auto field_for = [](json input) { return error_field(timeline(input)); };
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2026-02-30"}}) == "date");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2026/09/18"}}) == "date");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "18-09-2026"}}) == "date");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", 20260918}}) == "date");
  CHECK(field_for({{"situation", "after_delivery"}}) == "date");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "1954-12-31"}}) == "date");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2100-01-01"}}) == "date");
  CHECK(field_for({{"situation", "after_silence"}, {"date", "2026-09-18"}}) == "situation");
  CHECK(field_for({{"date", "2026-09-18"}}) == "situation");
  CHECK(field_for({{"situation", 3}, {"date", "2026-09-18"}}) == "situation");
  CHECK(field_for({{"situation", "after_application"}, {"date", "2026-09-18"}, {"deadline", "2026-09-17"}}) ==
        "deadline");
  CHECK(field_for({{"situation", "after_application"}, {"date", "2026-09-18"}, {"deadline", "2026-09-31"}}) ==
        "deadline");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"today", "today"}}) == "today");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"closed_days", "obon"}}) == "closed_days");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"name", 42}}) == "name");
  CHECK(field_for({{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"name", std::string(201, 'a')}}) ==
        "name");
  CHECK(field_for({{"situation", "after_contract"}, {"date", "2026-09-18"}, {"messages_sent", 0}}) == "messages_sent");
  // The steps of a date near the end of 2099 would run into 2100.
  json late = timeline(json{{"situation", "after_contract"}, {"date", "2099-12-28"}});
  CHECK(error_field(late) == "date");
  CHECK(timeline(json{{"situation", "after_contract"}, {"date", "2099-12-01"}}).contains("steps"));
}

TEST_CASE("unknown fields are ignored and null means absent") {
  json out = timeline(json{{"situation", "after_delivery"},
                           {"date", "2026-09-18"},
                           {"platform", "crowdworks"},
                           {"today", nullptr},
                           {"deadline", nullptr}});
  CHECK(out.contains("steps"));
}

TEST_CASE("Lancers: its own desk steps and names, and none of CrowdWorks'") {
  // Lancers' help: 連絡催促申請 once 7 days pass without contact; the desk then
  // sets a deadline 7 days after the request.
  json out = timeline(
      json{{"situation", "after_delivery"}, {"platform", "lancers"}, {"date", "2026-09-18"}, {"today", "2026-09-18"}});
  CHECK(out["platform"] == "lancers");
  CHECK(step(out, "platform_reminder") == nullptr);
  CHECK(step(out, "acceptance_deadline") == nullptr);
  CHECK(step(out, "inquiry") == nullptr);
  const json* delivered = step(out, "delivered");
  REQUIRE(delivered);
  CHECK(delivered->at("title") == "完了報告（納品）");
  const json* request = step(out, "support_request");
  REQUIRE(request);
  // 7 days without contact is 9/25, but the user's own nudge comes first: on
  // 9/28 (after the 9/21-9/23 holidays), so the request is the business day after.
  CHECK(request->at("date") == "2026-09-29");
  CHECK(request->at("title").get<std::string>().find("ランサーズ") != std::string::npos);
  const json* deadline = step(out, "platform_deadline");
  REQUIRE(deadline);
  CHECK(deadline->at("date") == "2026-10-06");  // 7 days after the request
  for (const json& s : out["steps"]) CHECK(s.dump().find("クラウドワークス") == std::string::npos);
  // CrowdWorks stays the default, with its own names.
  json cw = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}});
  CHECK(cw["platform"] == "crowdworks");
  CHECK(step(cw, "platform_reminder") != nullptr);
  CHECK(step(cw, "platform_deadline") == nullptr);
}

TEST_CASE("the headline is the user's next action, not the next event") {
  // 2026-09-18 (Fri) delivered; 9/21-9/23 are holidays (敬老の日, 国民の休日, 秋分の日).
  json out = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"today", "2026-09-19"}});
  REQUIRE(out.contains("next_action"));
  CHECK(out["next_step"] == "platform_reminder");  // the desk's reminder comes first, but the user does nothing then
  CHECK(out["next_action"]["step"] == "nudge");
  CHECK(out["next_action"]["text"] == "9月28日（月）に検収の催促メッセージを送る");
  CHECK(step(out, "nudge")->at("date_text") == "2026年9月28日（月）");
  // Past every step: no headline.
  json late = timeline(json{{"situation", "after_application"}, {"date", "2026-09-01"}, {"today", "2026-12-01"}});
  CHECK_FALSE(late.contains("next_action"));
}

TEST_CASE("a platform the timeline does not know is refused with its field") {
  json out = timeline(json{{"situation", "after_delivery"}, {"date", "2026-09-18"}, {"platform", "coconala"}});
  CHECK(out["error"]["field"] == "platform");
}
