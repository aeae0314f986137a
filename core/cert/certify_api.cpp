// certify: where the user stands against a platform's certification criteria
// (../shared/api.md). Reads the input with Reader, evaluates each row of the
// platform's table with exact arithmetic, and words the guidance in Japanese.
#include <string>

#include "core/api/api.h"
#include "core/cert/criteria.h"
#include "core/date/date.h"
#include "core/input/input.h"
#include "core/text/fill_in.h"

namespace gigcheck::api {

namespace {

using cert::Criterion;
using cert::Fraction;
using cert::Measure;
using text::fill_in;

// The threshold as the platforms word it: 90%, 4.8, 5, 200.
std::string threshold_text(const Criterion& c) {
  if (c.threshold.den == 0) return "";
  if (c.measure == Measure::ratio) return std::to_string(c.threshold.num * 100 / c.threshold.den) + "%";
  if (c.measure == Measure::average) return cert::floor_decimal(c.threshold.num, c.threshold.den, 1);
  return std::to_string(c.threshold.num / c.threshold.den);
}

Json unknown_result(const Criterion& c) {
  return Json{{"status", "unknown"}, {"message", c.wording.unknown}};
}

Json standing_json(const Criterion& c, bool met, std::int64_t needed, std::optional<std::int64_t> headroom,
                   bool no_record) {
  Json r;
  r["status"] = met ? "met" : "not_met";
  r["needed"] = needed;
  r["headroom"] = headroom ? Json(*headroom) : Json(nullptr);
  std::string message = met ? (*headroom > 0 ? c.wording.headroom : c.wording.headroom_zero)
                            : (no_record ? c.wording.no_record : c.wording.needed);
  message = fill_in(message, "{k}", std::to_string(needed));
  message = fill_in(message, "{m}", headroom ? std::to_string(*headroom) : "");
  r["message"] = fill_in(message, "{t}", threshold_text(c));
  return r;
}

// A rating given as {"stars": [n1..n5]} or {"average": 4.79, "count": 100}.
std::optional<cert::Average> read_rating(Reader& in, const Field& f) {
  if (!in.object(f)) return std::nullopt;
  Field stars = in.at(f, "stars");
  if (stars.present()) {
    if (!in.array(stars)) return std::nullopt;
    if (stars.value->size() != 5) {
      in.fail("invalid_field", stars.path, stars.path + " は★1〜★5の件数を5つ並べた配列で指定してください。");
      return std::nullopt;
    }
    cert::Average a;
    for (std::size_t i = 0; i < 5; ++i) {
      auto n = in.count(in.item(stars, i));
      if (!n) return std::nullopt;
      a.count += *n;
      a.weighted_sum += *n * static_cast<std::int64_t>(i + 1);
    }
    return a;
  }
  Field average = in.at(f, "average");
  if (!average.present()) {
    in.fail("missing_field", f.path, f.path + " には stars（★ごとの件数）か average と count を指定してください。");
    return std::nullopt;
  }
  auto value = in.decimal(average, 2);
  auto count = in.count(in.at(f, "count"));
  if (!value || !count) return std::nullopt;
  if (value->units < value->scale || value->units > 5 * value->scale) {
    in.fail("invalid_field", average.path, average.path + " は 1 から 5 までの数値で入力してください。");
    return std::nullopt;
  }
  return cert::Average{value->units * *count, *count, value->scale};
}

struct Evaluation {
  Json result;
  std::optional<std::int64_t> shortfall;  // what a monthly pace must make up, for projections
};

Evaluation evaluate_ratio(Reader& in, const Field& stats, const Criterion& c) {
  Field ok_field = in.at(stats, c.input), total_field = in.at(stats, c.total_input);
  auto ok = in.count(ok_field, false);
  auto total = in.count(total_field, false);
  if (!ok || !total) return {unknown_result(c), {}};
  if (*ok > *total) {
    in.fail("invalid_field", ok_field.path, ok_field.path + " は " + total_field.path + " 以下にしてください。");
    return {};
  }
  auto s = cert::ratio_standing(*ok, *total, c.threshold);
  Json r = standing_json(c, s.met, s.needed, s.headroom, *total == 0);
  r["value"] = cert::to_string({*ok, *total});
  if (*total > 0) r["display"] = cert::floor_decimal(*ok * 100, *total, 1) + "%";
  return {r, s.met ? std::nullopt : std::optional<std::int64_t>(s.needed)};
}

Evaluation evaluate_average(Reader& in, const Field& stats, const Criterion& c) {
  Field f = in.at(stats, c.input);
  if (!f.present()) return {unknown_result(c), {}};
  auto a = read_rating(in, f);
  if (!a) return {};
  auto s = cert::average_standing(*a, c.threshold);
  Json r = standing_json(c, s.met, s.needed, s.headroom, a->count == 0);
  // Star counts read best as stars/reviews; a displayed average as itself (479/100).
  Fraction value{a->weighted_sum, a->count * a->scale};
  r["value"] = cert::to_string(a->scale > 1 && a->count > 0 ? cert::reduced(value) : value);
  r["count"] = a->count;
  if (a->count > 0) r["display"] = cert::floor_decimal(a->weighted_sum, a->count * a->scale, 2);
  return {r, s.met ? std::nullopt : std::optional<std::int64_t>(s.needed)};
}

Evaluation evaluate_count(Reader& in, const Field& stats, const Criterion& c) {
  auto n = in.count(in.at(stats, c.input), false);
  if (!n) return {unknown_result(c), {}};
  std::int64_t needed = *n >= c.threshold.num ? 0 : c.threshold.num - *n;
  Json r{{"status", needed == 0 ? "met" : "not_met"}, {"needed", needed}, {"value", *n}};
  r["message"] = fill_in(needed == 0 ? c.wording.headroom : c.wording.needed, "{k}", std::to_string(needed));
  return {r, needed ? std::optional<std::int64_t>(needed) : std::nullopt};
}

// Ranks and top-percent figures: met when at or under the threshold.
Evaluation evaluate_at_most(Reader& in, const Field& stats, const Criterion& c) {
  Field f = in.at(stats, c.input);
  std::string shown;
  bool met = false;
  if (c.measure == Measure::rank_at_most) {
    auto rank = in.count(f, false, 1);
    if (!rank) return {unknown_result(c), {}};
    met = *rank <= c.threshold.num;
    shown = std::to_string(*rank);
  } else {
    auto percent = in.decimal(f, 4, false);
    if (!percent) return {unknown_result(c), {}};
    if (percent->units < 0 || percent->units > 100 * percent->scale) {
      in.fail("invalid_field", f.path, f.path + " は 0 から 100 までの数値で入力してください。");
      return {};
    }
    met = percent->units <= c.threshold.num * percent->scale;
    shown = std::to_string(percent->units / percent->scale);
    if (percent->scale > 1) {
      std::string fraction = std::to_string(percent->units % percent->scale + percent->scale).substr(1);
      shown += "." + fraction;
    }
  }
  Json r{{"status", met ? "met" : "not_met"}, {"value", shown}};
  r["message"] = fill_in(met ? c.wording.headroom : c.wording.needed, "{v}", shown);
  return {r, {}};
}

Evaluation evaluate_verifications(Reader& in, const Field& stats, const Criterion& c) {
  Field f = in.at(stats, c.input);
  if (!in.object(f, false)) return {in.failed() ? Json() : unknown_result(c), {}};
  Json missing = Json::array();
  std::string missing_names;
  bool any_unknown = false;
  for (const auto& v : cert::lancers_verifications) {
    auto done = in.boolean(in.at(f, v.key), false);
    if (in.failed()) return {};
    if (!done) {
      any_unknown = true;
    } else if (!*done) {
      missing.push_back(v.key);
      missing_names += (missing_names.empty() ? "" : "・") + std::string(v.name);
    }
  }
  std::string status = !missing.empty() ? "not_met" : any_unknown ? "unknown" : "met";
  Json r{{"status", status}, {"missing", missing}};
  r["message"] = status == "not_met" ? fill_in(c.wording.needed, "{v}", missing_names)
                 : status == "met"   ? c.wording.headroom
                                     : c.wording.unknown;
  return {r, {}};
}

Evaluation evaluate(Reader& in, const Field& stats, const Criterion& c) {
  switch (c.measure) {
    case Measure::ratio: return evaluate_ratio(in, stats, c);
    case Measure::average: return evaluate_average(in, stats, c);
    case Measure::at_least: return evaluate_count(in, stats, c);
    case Measure::rank_at_most:
    case Measure::top_percent: return evaluate_at_most(in, stats, c);
    case Measure::verifications: return evaluate_verifications(in, stats, c);
  }
  return {};
}

// When a monthly pace closes the shortfall: {"months": n, "date": as_of + n months}.
Json projection(std::int64_t shortfall, std::int64_t per_month, const std::optional<date::Date>& as_of) {
  std::int64_t months = (shortfall + per_month - 1) / per_month;
  Json p{{"months", months}};
  if (as_of && months <= 12 * 100) p["date"] = date::format(date::add_months(*as_of, static_cast<int>(months)));
  return p;
}

// The first judgment date strictly after as_of on the anchor + k*cycle schedule.
date::Date next_judgment(const date::Date& anchor, int cycle, const date::Date& as_of) {
  int months_apart = (as_of.year - anchor.year) * 12 + (as_of.month - anchor.month);
  int k = months_apart / cycle - 1;
  if (months_apart < 0) k = -((-months_apart) / cycle) - 1;
  date::Date d = date::add_months(anchor, k * cycle);
  while (date::to_days(d) <= date::to_days(as_of)) d = date::add_months(anchor, ++k * cycle);
  return d;
}

Json judgment_json(Reader& in, const Field& root, const date::Date& as_of, const Json& criteria) {
  Field config = in.at(root, "judgment");
  date::Date anchor = *date::parse(cert::default_judgment_anchor);
  int cycle = cert::default_judgment_cycle_months;
  bool assumed = true;
  if (in.object(config, false)) {
    Field anchor_field = in.at(config, "anchor");
    if (auto text = in.text(anchor_field, false, 10)) {
      auto parsed = date::parse(*text);
      if (!parsed) in.fail("invalid_field", anchor_field.path, anchor_field.path + " は YYYY-MM-DD の実在する日付で指定してください。");
      else anchor = *parsed, assumed = false;
    }
    if (auto months = in.count(in.at(config, "cycle_months"), false, 1, 12)) cycle = static_cast<int>(*months);
  }
  if (in.failed()) return {};
  date::Date next = next_judgment(anchor, cycle, as_of);
  std::string next_text = date::format(next);
  Json blocking = Json::array();
  bool has_unknown = false;
  for (const auto& [id, c] : criteria.items()) {
    if (c["status"] == "unknown") has_unknown = true;
    if (c["status"] != "not_met") continue;
    bool in_time = c.contains("projection") && c["projection"].contains("date") &&
                   c["projection"]["date"].get_ref<const std::string&>() <= next_text;
    if (!in_time) blocking.push_back(id);
  }
  Json j{{"date", next_text}, {"cycle_months", cycle}, {"assumed_schedule", assumed}, {"blocking", blocking}};
  j["on_track"] = blocking.empty() && !has_unknown ? Json(true) : blocking.empty() ? Json(nullptr) : Json(false);
  std::string message = "次の判定日は " + next_text + (assumed ? "（3か月ごとと仮定した目安）" : "") + "です。";
  if (blocking.empty() && !has_unknown) message += "今のペースなら判定日までに基準を満たせる見込みです。";
  else if (blocking.empty()) message += "未入力の項目があるため、間に合うかは判定できません。";
  else message += "今のペースでは判定日までに間に合わない項目があります。";
  j["message"] = message;
  return j;
}

}  // namespace

Json certify(const Json& input) {
  Reader in(input);
  Field root = in.root();
  auto platform = in.choice(in.at(root, "platform"), {"crowdworks", "lancers"});
  Field stats = in.at(root, "stats");
  in.object(stats);
  std::optional<date::Date> as_of;
  Field as_of_field = in.at(root, "as_of");
  if (auto text = in.text(as_of_field, false, 10)) {
    as_of = date::parse(*text);
    if (!as_of) in.fail("invalid_field", as_of_field.path, "as_of は YYYY-MM-DD の実在する日付で指定してください。");
  }
  Field pace = in.at(root, "pace");
  in.object(pace, false);
  if (in.failed()) return error_json(in.error());

  bool crowdworks = *platform == "crowdworks";
  Json criteria = Json::object();
  Json order = Json::array();
  bool any_not_met = false, any_unknown = false;
  auto evaluate_all = [&](const auto& table) {
    for (const Criterion& c : table) {
      Evaluation e = evaluate(in, stats, c);
      if (in.failed()) return;
      e.result["name"] = c.name;
      if (c.measure == Measure::ratio || c.measure == Measure::average)
        e.result["threshold"] = cert::to_string(cert::reduced(c.threshold));
      if (e.shortfall && c.pace_input) {
        auto per_month = in.count(in.at(pace, c.pace_input), false);
        if (per_month && *per_month > 0) e.result["projection"] = projection(*e.shortfall, *per_month, as_of);
      }
      any_not_met |= e.result["status"] == "not_met";
      any_unknown |= e.result["status"] == "unknown";
      criteria[c.id] = std::move(e.result);
      order.push_back(c.id);
    }
  };
  if (crowdworks) evaluate_all(cert::crowdworks_criteria);
  else evaluate_all(cert::lancers_criteria);
  if (in.failed()) return error_json(in.error());

  Json out{{"platform", *platform},
           {"verdict", any_not_met ? "not_eligible" : any_unknown ? "incomplete" : "eligible"},
           {"criteria", criteria},
           {"order", order}};
  if (crowdworks && as_of) {
    Json judgment = judgment_json(in, root, *as_of, criteria);
    if (in.failed()) return error_json(in.error());
    out["next_judgment"] = judgment;
  }
  out["notes"] = Json::array({crowdworks ? cert::crowdworks_profile_note : cert::lancers_task_note});
  return out;
}

}  // namespace gigcheck::api

namespace gigcheck::cert {

Json meta() {
  auto criteria_json = [](const auto& table) {
    Json list = Json::array();
    for (const Criterion& c : table)
      list.push_back({{"id", c.id}, {"name", c.name}, {"threshold", to_string(c.threshold)},
                      {"threshold_text", api::threshold_text(c)}});
    return list;
  };
  return {{"platforms",
           {{{"id", "crowdworks"}, {"name", "クラウドワークス"}, {"badge", "プロクラウドワーカー"},
             {"criteria", criteria_json(crowdworks_criteria)}},
            {{"id", "lancers"}, {"name", "ランサーズ"}, {"badge", "認定ランサー"},
             {"criteria", criteria_json(lancers_criteria)}}}}};
}

}  // namespace gigcheck::cert
