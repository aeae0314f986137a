// certify() with dated criteria sets: the criteria the current sets add
// (profile, 職種部門, task approval, last login), judgment dates and windows,
// what leaves the window, trends from an earlier snapshot, and the weakest
// criterion. Boundaries are exact; needed/headroom are checked by brute force.
#include <doctest/doctest.h>

#include "core/api/api.h"
#include "json_door.h"

using json_door::json;

namespace {

json certify(const json& input) { return json_door::call(gigcheck::api::certify, input); }

std::string error_field(const json& out) {
  REQUIRE(out.contains("error"));
  return out["error"]["field"].get<std::string>();
}

// A CrowdWorks writer at every threshold of the current set.
json crowdworks() {
  return json::parse(R"({"platform": "crowdworks", "as_of": "2026-11-22", "stats": {
    "jobs_completed": 36, "jobs_total": 40, "rating": {"average": 4.8, "count": 20},
    "communication_rating": {"average": 4.9, "count": 20}, "scouts": 5,
    "monthly_earnings_rank": 200, "division": "writer", "profile_complete": true}})");
}

// A Lancers worker at every threshold of the current set, with 9 of 10 tasks approved.
json lancers() {
  return json::parse(R"({"platform": "lancers", "as_of": "2026-12-01", "stats": {
    "jobs_completed": 18, "jobs_total": 20, "tasks_approved": 9, "tasks_total": 10,
    "messages_received": 50, "replied_within_24h": 40, "rating": {"stars": [0, 0, 0, 2, 8]},
    "earnings_top_percent": 20, "verifications": {"identity": true, "phone": true, "nda": true},
    "last_login": "2026-11-20", "profile_complete": true}})");
}

json criterion(const json& out, const char* id) {
  REQUIRE_MESSAGE(out["criteria"].contains(id), id);
  return out["criteria"][id];
}

}  // namespace

TEST_CASE("the current sets are the default and are named with their source") {
  json cw = certify(crowdworks());
  CHECK(cw["verdict"] == "eligible");
  CHECK(cw["criteria_set"]["id"] == "current");
  CHECK(cw["criteria_set"]["source_url"] == "https://crowdworks.jp/lp/procrowdworker");
  CHECK(cw["criteria_set"]["citation"] ==
        "基準: クラウドワークス「プロクラウドワーカー」（2026年12月時点の公式ページ）");
  CHECK(cw["order"] ==
        json::array({"completion_rate", "rating", "earnings_rank", "scouts", "communication_rating", "profile"}));
  CHECK(cw["notes"].empty());  // the profile is a criterion now, not a reminder
  json la = certify(lancers());
  CHECK(la["verdict"] == "eligible");
  CHECK(la["criteria_set"]["source_url"] == "https://www.lancers.jp/faq/l1005/328");
  CHECK(la["order"] == json::array({"earnings_percentile", "rating", "completion_rate", "task_approval_rate",
                                    "reply_rate_24h", "last_login", "verifications", "profile"}));
  CHECK(criterion(la, "completion_rate")["name"] == "プロジェクト完了率");
}

TEST_CASE("classic keeps the five criteria per platform and today's reminder") {
  json in = crowdworks();
  in["criteria_set"] = "classic";
  in["stats"].erase("profile_complete");
  in["stats"]["monthly_earnings_rank"] = 150;
  in["stats"]["division"] = "engineer";  // ignored: classic has one limit of 200
  json out = certify(in);
  CHECK(out["criteria_set"]["id"] == "classic");
  CHECK(out["order"].size() == 5);
  CHECK(out["verdict"] == "eligible");
  CHECK(criterion(out, "earnings_rank")["message"] == "月間ランキング150位で、基準（200位以内）を満たしています。");
  CHECK(out["notes"] == json::array({"公式の認定基準には、プロフィールと自己PRを入力済みであることも含まれます。"}));
  // The same worker under the current set: an engineer at 150th is over the limit of 100.
  in["criteria_set"] = "current";
  in["stats"]["profile_complete"] = true;
  CHECK(certify(in)["verdict"] == "not_eligible");
  json lancers_classic = lancers();
  lancers_classic["criteria_set"] = "classic";
  lancers_classic["stats"]["tasks_approved"] = 0;  // task approval is not a classic criterion
  json classic_out = certify(lancers_classic);
  CHECK(classic_out["order"] ==
        json::array({"reply_rate_24h", "completion_rate", "earnings_percentile", "rating", "verifications"}));
  CHECK(classic_out["verdict"] == "eligible");
  CHECK_FALSE(classic_out.contains("next_judgment"));
  CHECK(error_field(certify(json{{"platform", "lancers"}, {"stats", json::object()}, {"criteria_set", "2019"}})) ==
        "criteria_set");
}

TEST_CASE("CrowdWorks profile: met, not met or unknown, and it decides the verdict") {
  json in = crowdworks();
  in["stats"]["profile_complete"] = false;
  json out = certify(in);
  CHECK(criterion(out, "profile")["status"] == "not_met");
  CHECK(out["verdict"] == "not_eligible");
  CHECK(out["focus"]["id"] == "profile");
  in["stats"].erase("profile_complete");
  out = certify(in);
  CHECK(criterion(out, "profile")["status"] == "unknown");
  CHECK(out["verdict"] == "incomplete");
  in["stats"]["profile_complete"] = "yes";
  CHECK(error_field(certify(in)) == "stats.profile_complete");
}

TEST_CASE("職種部門: engineers must rank within 100, the other divisions within 200") {
  struct Case {
    const char* division;  // nullptr: not given
    int rank;
    const char* status;
  } cases[] = {
      {"engineer", 100, "met"},  {"engineer", 101, "not_met"}, {"writer", 200, "met"}, {"writer", 201, "not_met"},
      {"designer", 200, "met"},  {"business", 201, "not_met"}, {nullptr, 100, "met"},  {nullptr, 101, "unknown"},
      {nullptr, 200, "unknown"}, {nullptr, 201, "not_met"},
  };
  for (const auto& c : cases) {
    json in = crowdworks();
    in["stats"]["monthly_earnings_rank"] = c.rank;
    if (c.division)
      in["stats"]["division"] = c.division;
    else
      in["stats"].erase("division");
    CAPTURE(c.rank);
    CAPTURE(std::string(c.division ? c.division : "-"));
    json rank = criterion(certify(in), "earnings_rank");
    CHECK(rank["status"] == c.status);
  }
  json in = crowdworks();
  in["stats"]["division"] = "engineer";
  in["stats"]["monthly_earnings_rank"] = 101;
  json rank = criterion(certify(in), "earnings_rank");
  CHECK(rank["limit"] == 100);
  CHECK(rank["message"] ==
        "エンジニア部門の月間ランキング101位です。基準は100位以内です（金額は公開されていません。月10万円前後で届いた例"
        "があります）。");
  in["stats"].erase("division");
  in["stats"]["monthly_earnings_rank"] = 150;
  CHECK(criterion(certify(in), "earnings_rank")["message"] ==
        "月間ランキング150位は、エンジニア部門なら基準（100位以内）に届かず、ほかの部門なら基準（200位以内）を満たしま"
        "す。職種部門を選ぶと判定します。");
  in["stats"]["division"] = "musician";
  CHECK(error_field(certify(in)) == "stats.division");
}

TEST_CASE("タスク承認率: 90% of 10 task approvals is 9, and 9/10 passes") {
  json in = lancers();
  json task = criterion(certify(in), "task_approval_rate");
  CHECK(task["status"] == "met");
  CHECK(task["value"] == "9/10");
  CHECK(task["threshold"] == "9/10");
  CHECK(task["needed"] == 0);
  CHECK(task["headroom"] == 0);
  CHECK(task["message"] == "基準ちょうどです。次に1件でも承認されないと下回ります。");
  in["stats"]["tasks_approved"] = 8;
  json out = certify(in);
  task = criterion(out, "task_approval_rate");
  CHECK(task["status"] == "not_met");
  CHECK(task["needed"] == 10);  // 18/20 is 90%; 17/19 is 89.4%
  CHECK(task["message"] == "あと10件、承認される作業を出すと基準（90%）に届きます。");
  CHECK(out["verdict"] == "not_eligible");
  in["stats"]["tasks_approved"] = 10;
  CHECK(criterion(certify(in), "task_approval_rate")["headroom"] == 1);  // 10/11 is 90.9%, 10/12 is 83.3%
}

TEST_CASE("タスク承認率 is skipped for a worker with no task work, and unknown without the approvals") {
  for (int total : {0, -1}) {
    json in = lancers();
    in["stats"]["tasks_approved"] = 0;
    if (total < 0)
      in["stats"].erase("tasks_total"), in["stats"].erase("tasks_approved");
    else
      in["stats"]["tasks_total"] = total;
    json out = certify(in);
    CHECK_FALSE(out["criteria"].contains("task_approval_rate"));
    CHECK(out["skipped"] == json::parse(R"([{"id": "task_approval_rate", "name": "タスク承認率",
      "message": "タスク方式の仕事がまだないので、タスク承認率は今回の判定に入りません。"}])"));
    CHECK(out["verdict"] == "eligible");
  }
  json in = lancers();
  in["stats"].erase("tasks_approved");
  json out = certify(in);
  CHECK(criterion(out, "task_approval_rate")["status"] == "unknown");
  CHECK(out["verdict"] == "incomplete");
  in["stats"]["tasks_approved"] = 11;
  CHECK(error_field(certify(in)) == "stats.tasks_approved");
}

TEST_CASE("property: task approval needed is minimal and headroom maximal (brute force)") {
  // Independent of exact.cpp: does ok/total reach 90%, and what do more tasks do?
  auto reaches = [](long long ok, long long total) { return total > 0 && 10 * ok >= 9 * total; };
  int checked = 0;
  for (int total = 1; total <= 45; ++total)
    for (int ok = 0; ok <= total; ++ok) {
      json in = lancers();
      in["stats"]["tasks_approved"] = ok;
      in["stats"]["tasks_total"] = total;
      json task = criterion(certify(in), "task_approval_rate");
      CHECK((task["status"] == "met") == reaches(ok, total));
      if (task["status"] == "met") {
        int m = task["headroom"].get<int>();
        CHECK(reaches(ok, total + m));
        CHECK_FALSE(reaches(ok, total + m + 1));
      } else {
        int k = task["needed"].get<int>();
        int least = 0;
        while (!reaches(ok + least, total + least)) ++least;
        CHECK(k == least);
      }
      ++checked;
    }
  CHECK(checked == 1080);
}

TEST_CASE("last login: met before the day a month after it, with the date it lapses") {
  json in = lancers();
  in["as_of"] = "2026-12-19";
  json login = criterion(certify(in), "last_login");
  CHECK(login["status"] == "met");
  CHECK(login["lapses_on"] == "2026-12-20");
  CHECK(login["message"] == "最終ログインは2026-11-20です。2026-12-20になる前にもう一度ログインすれば基準内です。");
  in["as_of"] = "2026-12-20";
  json out = certify(in);
  CHECK(criterion(out, "last_login")["status"] == "not_met");
  CHECK(out["verdict"] == "not_eligible");
  in["stats"]["last_login"] = "2026-01-31";  // a month after Jan 31 is Feb 28
  in["as_of"] = "2026-02-27";
  CHECK(criterion(certify(in), "last_login")["lapses_on"] == "2026-02-28");
  CHECK(criterion(certify(in), "last_login")["status"] == "met");
  in.erase("as_of");
  login = criterion(certify(in), "last_login");
  CHECK(login["status"] == "unknown");
  CHECK(login["lapses_on"] == "2026-02-28");
  in = lancers();
  in["stats"].erase("last_login");
  CHECK(criterion(certify(in), "last_login")["status"] == "unknown");
  in["stats"]["last_login"] = "2026-12-02";  // after as_of
  CHECK(error_field(certify(in)) == "stats.last_login");
  in["stats"]["last_login"] = "2026-11-31";
  CHECK(error_field(certify(in)) == "stats.last_login");
}

TEST_CASE("judgments: CrowdWorks every 3 months, Lancers every month, each reading the 12 months before") {
  json cw = certify(crowdworks())["next_judgment"];
  CHECK(cw["date"] == "2027-01-01");
  CHECK(cw["cadence"] == "quarterly");
  CHECK(cw["window"] == "2026-01-01〜2026-12-31");
  CHECK(cw["leaves_window"] == json({{"from", "2025-11-22"}, {"to", "2025-12-31"}}));
  json in = lancers();
  in["as_of"] = "2026-12-15";
  json la = certify(in)["next_judgment"];
  CHECK(la["date"] == "2027-01-01");
  CHECK(la["cadence"] == "monthly");
  CHECK(la["cycle_months"] == 1);
  CHECK(la["window_from"] == "2026-01-01");
  CHECK(la["window_to"] == "2026-12-31");
  in["as_of"] = "2027-01-01";  // a judgment day: the next one is a month later
  CHECK(certify(in)["next_judgment"]["date"] == "2027-02-01");
  CHECK(certify(in)["next_judgment"]["blocking"] == json::array({"last_login"}));  // lapsed on 2026-12-20
  in["stats"]["last_login"] = "2026-12-28";
  CHECK(certify(in)["next_judgment"]["on_track"] == true);
}

TEST_CASE("a cancellation that leaves the 12-month window lifts the rate by the next judgment") {
  json in = lancers();
  in["stats"]["jobs_completed"] = 36;
  in["stats"]["jobs_total"] = 41;  // 87.8% today
  in["leaving"] = {{"jobs_completed", 0}, {"jobs_total", 1}};
  json out = certify(in);
  json completion = criterion(out, "completion_rate");
  CHECK(completion["status"] == "not_met");
  CHECK(completion["at_next_judgment"]["value"] == "36/40");
  CHECK(completion["at_next_judgment"]["status"] == "met");
  CHECK(completion["at_next_judgment"]["message"] ==
        "判定日（2027-01-01）には古い実績が集計から外れて36/40（90.0%）になります。基準ちょうどです。次に1件でも"
        "キャンセルになると下回ります。");
  CHECK(out["next_judgment"]["blocking"].empty());
  // Completed jobs leaving lower it instead: 36/40 with 2 completions leaving is 34/38, under 90%.
  in["stats"]["jobs_total"] = 40;
  in["leaving"] = {{"jobs_completed", 2}, {"jobs_total", 2}};
  out = certify(in);
  CHECK(criterion(out, "completion_rate")["status"] == "met");
  CHECK(criterion(out, "completion_rate")["at_next_judgment"]["status"] == "not_met");
  CHECK(out["next_judgment"]["blocking"] == json::array({"completion_rate"}));
  // Scouts of the past year leave too.
  json cw = crowdworks();
  cw["leaving"] = {{"scouts", 1}};
  json scouts = criterion(certify(cw), "scouts")["at_next_judgment"];
  CHECK(scouts["value"] == 4);
  CHECK(scouts["needed"] == 1);
  // More failures leaving than there are, or more than the totals, are errors.
  in["leaving"] = {{"jobs_completed", 0}, {"jobs_total", 5}};  // 36/40 has 4 cancellations
  CHECK(error_field(certify(in)) == "leaving.jobs_total");
  in["leaving"] = {{"jobs_completed", 37}, {"jobs_total", 37}};
  CHECK(error_field(certify(in)) == "leaving.jobs_completed");
}

TEST_CASE("a trend from an earlier snapshot dates when a criterion is reached, or says it will not be") {
  json in = crowdworks();
  in["stats"]["jobs_completed"] = 35;  // 35/40 today, 30/35 on 2026-08-23 (91 days before)
  in["earlier"] = {{"date", "2026-08-23"}, {"stats", {{"jobs_completed", 30}, {"jobs_total", 35}}}};
  json trend = criterion(certify(in), "completion_rate")["trend"];
  // (35 + 5t/91)/(40 + 5t/91) >= 9/10  <=>  t >= 182
  CHECK(trend["days"] == 182);
  CHECK(trend["date"] == "2027-05-23");
  CHECK(trend["reached"] == true);
  CHECK(trend["message"] == "2026-08-23からのペースが続けば、2027-05-23ごろに基準に届きます。");
  // Half of the recent jobs cancelled: the rate falls, it is never reached at this pace.
  in["earlier"]["stats"] = {{"jobs_completed", 31}, {"jobs_total", 32}};
  trend = criterion(certify(in), "completion_rate")["trend"];
  CHECK(trend["reached"] == false);
  CHECK_FALSE(trend.contains("date"));
  CHECK(trend["message"] == "2026-08-23からのペースのままでは、基準に届きません。");
  // An average from stars then and a displayed average now are compared on one scale.
  json rating = crowdworks();
  rating["stats"]["rating"] = {{"average", 4.7}, {"count", 20}};  // 94 stars over 20
  rating["earlier"] = {{"date", "2026-10-23"}, {"stats", {{"rating", {{"stars", {0, 0, 0, 5, 5}}}}}}};  // 45 over 10
  // +49 stars over +10 reviews in 30 days: (94 + 49t/30)/(20 + 10t/30) >= 4.8  <=>  t >= 60
  CHECK(criterion(certify(rating), "rating")["trend"]["days"] == 60);
  in["earlier"]["date"] = "2026-11-22";
  CHECK(error_field(certify(in)) == "earlier.date");
  in.erase("as_of");
  in["earlier"]["date"] = "2026-08-23";
  CHECK(error_field(certify(in)) == "earlier.date");
  in = crowdworks();
  in["earlier"] = {{"date", "2026-08-23"}, {"stats", {{"jobs_completed", 41}, {"jobs_total", 40}}}};
  CHECK(error_field(certify(in)) == "earlier.stats.jobs_completed");
}

TEST_CASE("focus names the weakest unmet criterion and what to do about it this week") {
  json in = crowdworks();
  in["stats"]["jobs_completed"] = 30;  // needs 20 more of 40: the widest gap
  in["stats"]["scouts"] = 4;           // needs 1 more of 4
  json out = certify(in);
  CHECK(out["focus"]["id"] == "completion_rate");
  CHECK(out["focus"]["message"].get<std::string>().rfind("今週は", 0) == 0);
  in["stats"]["monthly_earnings_rank"] = 201;  // a rank has no count to make up: the hardest
  CHECK(certify(in)["focus"]["id"] == "earnings_rank");
  CHECK_FALSE(certify(crowdworks()).contains("focus"));
}
