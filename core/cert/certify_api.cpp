// certify: where the user stands against a platform's certification criteria
// (../shared/api.md). Reads the input with Reader, evaluates each row of the
// chosen criteria set with exact arithmetic, and words the guidance in Japanese.
#include <algorithm>
#include <string>

#include "core/api/api.h"
#include "core/cert/criteria.h"
#include "core/date/date.h"
#include "core/input/input.h"
#include "core/text/fill_in.h"

namespace gigcheck::api {

namespace {

using cert::CriteriaSet;
using cert::Criterion;
using cert::Fraction;
using cert::Measure;

// The threshold as the platforms word it: 90%, 4.8, 5, 200.
std::string threshold_text(const Criterion& c) {
  if (c.threshold.den == 0) return "";
  if (c.measure == Measure::ratio) return std::to_string(c.threshold.num * 100 / c.threshold.den) + "%";
  if (c.measure == Measure::average) return cert::floor_decimal(c.threshold.num, c.threshold.den, 1);
  return std::to_string(c.threshold.num / c.threshold.den);
}

// The values a message's {placeholders} take.
struct Fill {
  std::string t, k, m, v, d, n, l, s, c;
};

Fill with_t(std::string t, std::string k = "", std::string v = "") {
  Fill f;
  f.t = std::move(t);
  f.k = std::move(k);
  f.v = std::move(v);
  return f;
}

std::string word(std::string_view pattern, const Fill& f) {
  std::string out(pattern);
  const std::pair<const char*, const std::string*> keys[] = {{"{t}", &f.t}, {"{k}", &f.k}, {"{m}", &f.m},
                                                             {"{v}", &f.v}, {"{d}", &f.d}, {"{n}", &f.n},
                                                             {"{l}", &f.l}, {"{s}", &f.s}, {"{c}", &f.c}};
  for (const auto& [key, value] : keys)
    if (out.find(key) != std::string::npos) out = text::fill_in(out, key, *value);
  return out;
}

// The numbers a criterion was computed from, for trends and the window.
struct Figures {
  bool counted = false;  // ratio, average or count read
  std::int64_t num = 0;  // successes, stars (on `scale`) or the count
  std::int64_t den = 1;  // total, reviews, or 1 for a count
  std::int64_t scale = 1;
};

struct Evaluation {
  Json result;
  std::optional<std::int64_t> shortfall;  // what a monthly pace must make up, for projections
  Figures figures;
  bool skipped = false;  // not a criterion for this worker (no task work)
};

// What every evaluation may need besides the row.
struct Context {
  Reader& in;
  Field stats;
  std::optional<date::Date> as_of;
  const cert::Division* division = nullptr;
};

Json unknown_result(const Criterion& c) {
  return Json{{"status", "unknown"}, {"message", word(c.wording.unknown, with_t(threshold_text(c)))}};
}

Json standing_json(const Criterion& c, bool met, std::int64_t needed, std::optional<std::int64_t> headroom,
                   bool no_record) {
  Json r;
  r["status"] = met ? "met" : "not_met";
  r["needed"] = needed;
  r["headroom"] = headroom ? Json(*headroom) : Json(nullptr);
  const char* pattern = met ? (*headroom > 0 ? c.wording.headroom : c.wording.headroom_zero)
                            : (no_record ? c.wording.no_record : c.wording.needed);
  Fill f = with_t(threshold_text(c), std::to_string(needed));
  if (headroom) f.m = std::to_string(*headroom);
  r["message"] = word(pattern, f);
  return r;
}

// ok/total as the answer shows it: status, needed, headroom, value, display.
Json ratio_json(const Criterion& c, std::int64_t ok, std::int64_t total) {
  auto s = cert::ratio_standing(ok, total, c.threshold);
  Json r = standing_json(c, s.met, s.needed, s.headroom, total == 0);
  r["value"] = cert::to_string({ok, total});
  if (total > 0) r["display"] = cert::floor_decimal(ok * 100, total, 1) + "%";
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

Evaluation evaluate_ratio(Context& x, const Criterion& c) {
  Reader& in = x.in;
  Field ok_field = in.at(x.stats, c.input), total_field = in.at(x.stats, c.total_input);
  auto ok = in.count(ok_field, false);
  auto total = in.count(total_field, false);
  if (in.failed()) return {};
  if (ok && total && *ok > *total) {
    in.fail("invalid_field", ok_field.path, ok_field.path + " は " + total_field.path + " 以下にしてください。");
    return {};
  }
  if (c.skip_without_total && (!total || *total == 0)) {
    Evaluation e;
    e.skipped = true;
    return e;
  }
  if (!ok || !total) return {unknown_result(c), {}, {}};
  auto s = cert::ratio_standing(*ok, *total, c.threshold);
  return {
      ratio_json(c, *ok, *total), s.met ? std::nullopt : std::optional<std::int64_t>(s.needed), {true, *ok, *total, 1}};
}

Evaluation evaluate_average(Context& x, const Criterion& c) {
  Field f = x.in.at(x.stats, c.input);
  if (!f.present()) return {unknown_result(c), {}, {}};
  auto a = read_rating(x.in, f);
  if (!a) return {};
  auto s = cert::average_standing(*a, c.threshold);
  Json r = standing_json(c, s.met, s.needed, s.headroom, a->count == 0);
  // Star counts read best as stars/reviews; a displayed average as itself (479/100).
  Fraction value{a->weighted_sum, a->count * a->scale};
  r["value"] = cert::to_string(a->scale > 1 && a->count > 0 ? cert::reduced(value) : value);
  r["count"] = a->count;
  if (a->count > 0) r["display"] = cert::floor_decimal(a->weighted_sum, a->count * a->scale, 2);
  return {r, s.met ? std::nullopt : std::optional<std::int64_t>(s.needed), {true, a->weighted_sum, a->count, a->scale}};
}

Json count_json(const Criterion& c, std::int64_t n) {
  std::int64_t needed = n >= c.threshold.num ? 0 : c.threshold.num - n;
  Json r{{"status", needed == 0 ? "met" : "not_met"}, {"needed", needed}, {"value", n}};
  r["message"] =
      word(needed == 0 ? c.wording.headroom : c.wording.needed, with_t(threshold_text(c), std::to_string(needed)));
  return r;
}

Evaluation evaluate_count(Context& x, const Criterion& c) {
  auto n = x.in.count(x.in.at(x.stats, c.input), false);
  if (!n) return {unknown_result(c), {}, {}};
  std::int64_t needed = *n >= c.threshold.num ? 0 : c.threshold.num - *n;
  return {count_json(c, *n), needed ? std::optional<std::int64_t>(needed) : std::nullopt, {true, *n, 1, 1}};
}

// The rank limits the divisions set: the lowest and the highest.
std::pair<std::int64_t, std::int64_t> division_limits(const Criterion& c) {
  std::int64_t low = c.threshold.num, high = c.threshold.num;
  for (const auto& d : cert::crowdworks_divisions) {
    std::int64_t limit = d.rank_limit ? d.rank_limit : c.threshold.num;
    low = std::min(low, limit);
    high = std::max(high, limit);
  }
  return {low, high};
}

Evaluation evaluate_rank(Context& x, const Criterion& c) {
  auto rank = x.in.count(x.in.at(x.stats, c.input), false, 1);
  if (!rank) return {unknown_result(c), {}, {}};
  std::string shown = std::to_string(*rank);
  std::int64_t limit = c.threshold.num;
  Fill f = with_t("", "", shown);
  Json r{{"value", shown}};
  if (c.by_division && !x.division) {
    auto [low, high] = division_limits(c);
    if (*rank > low && *rank <= high) {
      for (const auto& d : cert::crowdworks_divisions)
        if (d.rank_limit == low) f.n = d.name;
      f.l = std::to_string(low);
      f.t = std::to_string(high);
      r["status"] = "unknown";
      r["message"] = word(cert::division_unknown_message, f);
      return {r, {}, {}};
    }
    limit = *rank <= low ? low : high;
  } else if (c.by_division) {
    if (x.division->rank_limit) limit = x.division->rank_limit;
    f.n = x.division->name;
    r["division"] = x.division->id;
  }
  bool met = *rank <= limit;
  f.t = std::to_string(limit);
  r["status"] = met ? "met" : "not_met";
  if (c.by_division) r["limit"] = limit;
  if (c.by_division && !x.division) f.n = "職種部門";
  r["message"] = word(met ? c.wording.headroom : c.wording.needed, f);
  return {r, {}, {}};
}

Evaluation evaluate_percent(Context& x, const Criterion& c) {
  Field f = x.in.at(x.stats, c.input);
  auto percent = x.in.decimal(f, 4, false);
  if (!percent) return {unknown_result(c), {}, {}};
  if (percent->units < 0 || percent->units > 100 * percent->scale) {
    x.in.fail("invalid_field", f.path, f.path + " は 0 から 100 までの数値で入力してください。");
    return {};
  }
  bool met = percent->units <= c.threshold.num * percent->scale;
  std::string shown = std::to_string(percent->units / percent->scale);
  if (percent->scale > 1) shown += "." + std::to_string(percent->units % percent->scale + percent->scale).substr(1);
  Json r{{"status", met ? "met" : "not_met"}, {"value", shown}};
  r["message"] = word(met ? c.wording.headroom : c.wording.needed, with_t(threshold_text(c), "", shown));
  return {r, {}, {}};
}

Evaluation evaluate_verifications(Context& x, const Criterion& c) {
  Reader& in = x.in;
  Field f = in.at(x.stats, c.input);
  if (!in.object(f, false)) return {in.failed() ? Json() : unknown_result(c), {}, {}};
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
  Fill fill = with_t(threshold_text(c), "", missing_names);
  r["message"] = word(status == "not_met" ? c.wording.needed
                      : status == "met"   ? c.wording.headroom
                                          : c.wording.unknown,
                      fill);
  return {r, {}, {}};
}

Evaluation evaluate_flag(Context& x, const Criterion& c) {
  auto done = x.in.boolean(x.in.at(x.stats, c.input), false);
  if (!done) return {x.in.failed() ? Json() : unknown_result(c), {}, {}};
  Json r{{"status", *done ? "met" : "not_met"}, {"value", *done}};
  r["message"] = word(*done ? c.wording.headroom : c.wording.needed, with_t(threshold_text(c)));
  return {r, {}, {}};
}

// Met while as_of is before the date `threshold` months after the input date.
Evaluation evaluate_recent_date(Context& x, const Criterion& c) {
  Reader& in = x.in;
  Field f = in.at(x.stats, c.input);
  auto text = in.text(f, false, limits::max_date_chars);
  if (!text) return {in.failed() ? Json() : unknown_result(c), {}, {}};
  auto last = date::parse(*text);
  if (!last) {
    in.fail("invalid_field", f.path, f.path + " は YYYY-MM-DD の実在する日付で指定してください。");
    return {};
  }
  if (x.as_of && date::to_days(*last) > date::to_days(*x.as_of)) {
    in.fail("invalid_field", f.path, f.path + " は as_of より後の日付にできません。");
    return {};
  }
  date::Date lapses = date::add_months(*last, static_cast<int>(c.threshold.num));
  if (lapses.year > date::last_year) {
    in.fail("invalid_field", f.path,
            f.path + " が遅すぎます。期限が " + std::to_string(date::last_year) + "-12-31 より後になります。");
    return {};
  }
  Fill fill = with_t(threshold_text(c), "", date::format(*last));
  fill.d = date::format(lapses);
  Json r{{"value", fill.v}, {"lapses_on", fill.d}};
  if (!x.as_of) {
    r["status"] = "unknown";
    r["message"] = word(c.wording.unknown, fill);
    return {r, {}, {}};
  }
  bool met = date::to_days(*x.as_of) < date::to_days(lapses);
  r["status"] = met ? "met" : "not_met";
  r["message"] = word(met ? c.wording.headroom : c.wording.needed, fill);
  return {r, {}, {}};
}

Evaluation evaluate(Context& x, const Criterion& c) {
  switch (c.measure) {
    case Measure::ratio:
      return evaluate_ratio(x, c);
    case Measure::average:
      return evaluate_average(x, c);
    case Measure::at_least:
      return evaluate_count(x, c);
    case Measure::rank_at_most:
      return evaluate_rank(x, c);
    case Measure::top_percent:
      return evaluate_percent(x, c);
    case Measure::verifications:
      return evaluate_verifications(x, c);
    case Measure::flag:
      return evaluate_flag(x, c);
    case Measure::recent_date:
      return evaluate_recent_date(x, c);
  }
  return {};
}

// When a monthly pace closes the shortfall: {"months": n, "date": as_of + n months}.
Json projection(std::int64_t shortfall, std::int64_t per_month, const std::optional<date::Date>& as_of) {
  std::int64_t months = (shortfall + per_month - 1) / per_month;
  Json p{{"months", months}};
  // The date only while it stays a four-digit year (and within a century).
  if (as_of && months <= 12 * 100) {
    date::Date when = date::add_months(*as_of, static_cast<int>(months));
    if (when.year <= date::last_year) p["date"] = date::format(when);
  }
  return p;
}

// The trend from an earlier snapshot: when the figure reaches its threshold at that pace.
Json trend_json(const Criterion& c, const Figures& now, const Figures& before, const date::Date& as_of,
                const date::Date& since) {
  // Bring both figures to one scale: stars in 1/(s1*s2) units, reviews times s1*s2.
  std::int64_t common = now.scale * before.scale;
  std::int64_t num = now.num * before.scale, den = now.den * common;
  std::int64_t num_before = before.num * now.scale, den_before = before.den * common;
  std::int64_t days = date::to_days(as_of) - date::to_days(since);
  auto t = cert::days_to_reach(num, den, num_before, den_before, days, c.threshold);
  Fill f;
  f.s = date::format(since);
  Json j{{"since", f.s}, {"reached", t.has_value()}};
  if (t && *t <= 100 * 366 && date::add_days(as_of, *t).year <= date::last_year) {
    j["days"] = *t;
    f.d = date::format(date::add_days(as_of, *t));
    j["date"] = f.d;
  }
  j["message"] = word(t && j.contains("date") ? cert::trend_reached_message : cert::trend_never_message, f);
  return j;
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

struct Schedule {
  date::Date next;
  int cycle = 3;
  bool assumed = true;
};

std::optional<Schedule> read_schedule(Reader& in, const Field& root, const CriteriaSet& set, const date::Date& as_of) {
  Field config = in.at(root, "judgment");
  date::Date anchor = *date::parse(set.anchor);
  Schedule s;
  s.cycle = set.cycle_months;
  if (in.object(config, false)) {
    Field anchor_field = in.at(config, "anchor");
    if (auto text = in.text(anchor_field, false, limits::max_date_chars)) {
      auto parsed = date::parse(*text);
      if (!parsed)
        in.fail("invalid_field", anchor_field.path,
                anchor_field.path + " は YYYY-MM-DD の実在する日付で指定してください。");
      else
        anchor = *parsed, s.assumed = false;
    }
    if (auto months = in.count(in.at(config, "cycle_months"), false, 1, 12)) s.cycle = static_cast<int>(*months);
  }
  if (in.failed()) return std::nullopt;
  s.next = next_judgment(anchor, s.cycle, as_of);
  if (s.next.year > date::last_year) {
    in.fail("invalid_field", "as_of",
            "as_of が遅すぎます。次の判定日が " + std::to_string(date::last_year) +
                "-12-31 より後になり、計算できる範囲を超えます。");
    return std::nullopt;
  }
  return s;
}

// The status a criterion has at the judgment: after its old records leave the window, if known.
const Json& judged_status(const Json& c) {
  return c.contains("at_next_judgment") ? c["at_next_judgment"]["status"] : c["status"];
}

Json judgment_json(const CriteriaSet& set, const Schedule& s, const date::Date& as_of, const Json& criteria) {
  std::string next_text = date::format(s.next);
  Json blocking = Json::array();
  bool has_unknown = false;
  for (const auto& [id, c] : criteria.items()) {
    if (c["status"] == "unknown") has_unknown = true;
    if (judged_status(c) != "not_met") continue;
    bool in_time = c["status"] == "not_met" && c.contains("projection") && c["projection"].contains("date") &&
                   c["projection"]["date"].get_ref<const std::string&>() <= next_text;
    if (!in_time) blocking.push_back(id);
  }
  Json j{{"date", next_text}, {"cycle_months", s.cycle}, {"assumed_schedule", s.assumed}, {"blocking", blocking}};
  j["on_track"] = blocking.empty() && !has_unknown ? Json(true) : blocking.empty() ? Json(nullptr) : Json(false);
  Fill cycle;
  cycle.c = std::to_string(s.cycle);
  std::string message = "次の判定日は " + next_text + (s.assumed ? word(set.schedule_note, cycle) : "") + "です。";
  if (blocking.empty() && !has_unknown)
    message += "今のペースなら判定日までに基準を満たせる見込みです。";
  else if (blocking.empty())
    message += "未入力の項目があるため、間に合うかは判定できません。";
  else
    message += "今のペースでは判定日までに間に合わない項目があります。";
  // The window the judgment reads, and what leaves it between as_of and then.
  date::Date from = date::add_months(s.next, -cert::rolling_window_months);
  date::Date to = date::add_days(s.next, -1);
  date::Date leaving_from = date::add_months(as_of, -cert::rolling_window_months);
  j["cadence"] = s.cycle == set.cycle_months ? set.cadence : "every_" + std::to_string(s.cycle) + "_months";
  j["window_from"] = date::format(from);
  j["window_to"] = date::format(to);
  j["window"] = date::format(from) + "〜" + date::format(to);
  j["leaves_window"] = {{"from", date::format(leaving_from)}, {"to", date::format(date::add_days(from, -1))}};
  if (set.mask == cert::current)
    message += "判定では " + date::format(from) + "〜" + date::format(to) + " の実績が数えられ、" +
               date::format(leaving_from) + "〜" + date::format(date::add_days(from, -1)) +
               " の実績は集計から外れます。";
  j["message"] = message;
  return j;
}

// The figures of the records that leave the window by the next judgment ("leaving"),
// taken from `now`; the figure then, or nullopt (with an error when they do not fit).
std::optional<Figures> after_leaving(Reader& in, const Field& leaving, const Criterion& c, const Figures& now) {
  Field ok_field = in.at(leaving, c.input);
  auto ok = in.count(ok_field, false);
  Field total_field = c.total_input ? in.at(leaving, c.total_input) : Field{};
  auto total = c.total_input ? in.count(total_field, false) : std::optional<std::int64_t>(0);
  if (in.failed() || !ok || !total) return std::nullopt;
  std::int64_t failures_now = now.den - now.num, failures_leaving = *total - *ok;
  if (*ok > now.num) {
    in.fail("invalid_field", ok_field.path, ok_field.path + " は stats." + c.input + " 以下にしてください。");
  } else if (c.total_input && (*ok > *total || *total > now.den || failures_leaving > failures_now)) {
    in.fail("invalid_field", total_field.path,
            total_field.path + " は " + ok_field.path + " 以上、stats." + c.total_input +
                " 以下で、外れる失敗の数が今の失敗の数を超えないようにしてください。");
  }
  if (in.failed()) return std::nullopt;
  Figures then = now;
  then.num -= *ok;
  if (c.total_input) then.den -= *total;
  return then;
}

// How far a not-met criterion still has to go, as needed/(needed + base), for choosing the weakest.
struct Gap {
  std::int64_t needed = 0, base = 0;
};

std::optional<Gap> gap_of(const Criterion& c, const Json& r, const Figures& f) {
  if (!f.counted || !r.contains("needed")) return std::nullopt;
  std::int64_t needed = r["needed"].get<std::int64_t>();
  std::int64_t base = c.measure == Measure::at_least ? f.num : f.den;
  return Gap{needed, base};
}

// The weakest criterion, whose this_week advice the answer gives: one the pace
// never brings over, then the latest trend date; else the earnings criteria
// (no count to make up, and the hardest by practitioners' account); else the
// widest gap needed/(needed + base); else any other not met (a flag, a check).
struct Candidate {
  const Criterion* row;
  int tier;               // lower is weaker
  std::int64_t days = 0;  // tier 0: days to reach (or max when never)
  Gap gap;                // tier 2
};

bool weaker(const Candidate& a, const Candidate& b) {
  if (a.tier != b.tier) return a.tier < b.tier;
  if (a.tier == 0) return a.days > b.days;
  if (a.tier == 2) {
    using Wide = __int128;
    // a.needed/(a.needed+a.base) > b.needed/(b.needed+b.base)
    return Wide(a.gap.needed) * (b.gap.needed + b.gap.base) > Wide(b.gap.needed) * (a.gap.needed + a.gap.base);
  }
  return false;
}

Json citation_json(const CriteriaSet& set) {
  std::string checked = set.checked;
  Json j{{"id", set.id},
         {"effective", set.effective},
         {"source_title", set.source_title},
         {"source_url", set.source_url},
         {"checked", checked}};
  j["source"] = std::string(set.source_title) + (*set.source_url ? std::string(" ") + set.source_url : "");
  std::string citation = text::fill_in(set.citation, "{y}", checked.substr(0, 4));
  int month = (checked[5] - '0') * 10 + (checked[6] - '0');  // a constant of the table, YYYY-MM-DD
  j["citation"] = text::fill_in(citation, "{mo}", std::to_string(month));
  return j;
}

}  // namespace

Json certify(const Json& input) {
  Reader in(input);
  Field root = in.root();
  auto platform = in.choice(in.at(root, "platform"), {"crowdworks", "lancers"});
  auto set_id = in.choice(in.at(root, "criteria_set"), {"current", "classic"}, false);
  Field stats = in.at(root, "stats");
  in.object(stats);
  std::optional<date::Date> as_of;
  Field as_of_field = in.at(root, "as_of");
  if (auto text = in.text(as_of_field, false, limits::max_date_chars)) {
    as_of = date::parse(*text);
    if (!as_of) in.fail("invalid_field", as_of_field.path, "as_of は YYYY-MM-DD の実在する日付で指定してください。");
  }
  Field pace = in.at(root, "pace");
  in.object(pace, false);
  Field leaving = in.at(root, "leaving");
  in.object(leaving, false);
  if (in.failed()) return error_json(in.error());
  const CriteriaSet& set = *cert::find_set(*platform, set_id.value_or(cert::default_criteria_set));

  Context x{in, stats, as_of};
  bool asks_division = false;
  for (const char* id : set.order)
    if (id && cert::find_criterion(set, id)->by_division) asks_division = true;
  if (asks_division) {
    Field division = in.at(stats, "division");
    if (auto d = in.choice(division, {"designer", "engineer", "writer", "business"}, false))
      for (const auto& row : cert::crowdworks_divisions)
        if (*d == row.id) x.division = &row;
  }
  // An earlier snapshot, for trends.
  Field earlier = in.at(root, "earlier");
  std::optional<date::Date> since;
  if (in.object(earlier, false)) {
    Field date_field = in.at(earlier, "date");
    if (auto text = in.text(date_field, true, limits::max_date_chars)) {
      since = date::parse(*text);
      std::int64_t days = since && as_of ? date::to_days(*as_of) - date::to_days(*since) : 0;
      if (!since || !as_of || days <= 0 || days > cert::max_trend_days)
        in.fail("invalid_field", date_field.path,
                date_field.path + " は as_of より前（" + std::to_string(cert::max_trend_days) +
                    "日以内）の実在する日付で指定し、as_of も指定してください。");
    }
    in.object(in.at(earlier, "stats"));
  }
  if (in.failed()) return error_json(in.error());
  bool has_leaving = leaving.present();
  std::optional<Schedule> schedule;
  if (set.judged && as_of) {
    schedule = read_schedule(in, root, set, *as_of);
    if (!schedule) return error_json(in.error());
  }

  Json criteria = Json::object();
  Json order = Json::array();
  Json skipped = Json::array();
  bool any_not_met = false, any_unknown = false;
  std::optional<Candidate> weakest;
  for (const char* id : set.order) {
    if (!id) continue;
    const Criterion& c = *cert::find_criterion(set, id);
    Evaluation e = evaluate(x, c);
    if (in.failed()) return error_json(in.error());
    if (e.skipped) {
      skipped.push_back(
          {{"id", c.id}, {"name", c.name}, {"message", word(c.wording.no_record, with_t(threshold_text(c)))}});
      continue;
    }
    e.result["name"] = c.name;
    if (c.measure == Measure::ratio || c.measure == Measure::average)
      e.result["threshold"] = cert::to_string(cert::reduced(c.threshold));
    if (e.shortfall && c.pace_input) {
      auto per_month = in.count(in.at(pace, c.pace_input), false);
      if (per_month && *per_month > 0) e.result["projection"] = projection(*e.shortfall, *per_month, as_of);
    }
    bool not_met = e.result["status"] == "not_met";
    std::optional<std::int64_t> trend_days;
    if (since && e.figures.counted) {
      Context before{in, in.at(earlier, "stats"), as_of};
      Evaluation b = evaluate(before, c);
      if (in.failed()) return error_json(in.error());
      if (b.figures.counted && not_met) {
        e.result["trend"] = trend_json(c, e.figures, b.figures, *as_of, *since);
        trend_days = e.result["trend"].contains("days") ? e.result["trend"]["days"].get<std::int64_t>() : INT64_MAX;
      }
    }
    if (has_leaving && schedule && c.rolling && e.figures.counted && e.figures.scale == 1) {
      auto then = after_leaving(in, leaving, c, e.figures);
      if (in.failed()) return error_json(in.error());
      if (then) {
        Json r = c.measure == Measure::ratio ? ratio_json(c, then->num, then->den) : count_json(c, then->num);
        Fill f;
        f.d = date::format(schedule->next);
        f.v = r.contains("display")    ? r["value"].get<std::string>() + "（" + r["display"].get<std::string>() + "）"
              : r["value"].is_number() ? std::to_string(r["value"].get<std::int64_t>()) + "件"
                                       : r["value"].get<std::string>();
        r["message"] = word(cert::leaving_message, f) + r["message"].get<std::string>();
        e.result["at_next_judgment"] = r;
      }
    }
    if (not_met) {
      Candidate cand{&c, 3, 0, {}};
      if (trend_days)
        cand = {&c, 0, *trend_days, {}};
      else if (c.measure == Measure::rank_at_most || c.measure == Measure::top_percent)
        cand.tier = 1;
      else if (auto g = gap_of(c, e.result, e.figures))
        cand = {&c, 2, 0, *g};
      if (!weakest || weaker(cand, *weakest)) weakest = cand;
    }
    any_not_met |= not_met;
    any_unknown |= e.result["status"] == "unknown";
    criteria[c.id] = std::move(e.result);
    order.push_back(c.id);
  }

  Json out{{"platform", *platform},
           {"verdict", any_not_met   ? "not_eligible"
                       : any_unknown ? "incomplete"
                                     : "eligible"},
           {"criteria", criteria},
           {"order", order},
           {"criteria_set", citation_json(set)}};
  if (!skipped.empty()) out["skipped"] = skipped;
  if (schedule) out["next_judgment"] = judgment_json(set, *schedule, *as_of, criteria);
  if (weakest)
    out["focus"] = {{"id", weakest->row->id},
                    {"name", weakest->row->name},
                    {"message", word(weakest->row->this_week, with_t(threshold_text(*weakest->row)))}};
  out["notes"] = set.note ? Json::array({set.note}) : Json::array();
  return out;
}

}  // namespace gigcheck::api

namespace gigcheck::cert {

namespace {

const char* measure_name(Measure m) {
  switch (m) {
    case Measure::ratio:
      return "ratio";
    case Measure::average:
      return "average";
    case Measure::at_least:
      return "at_least";
    case Measure::rank_at_most:
      return "rank_at_most";
    case Measure::top_percent:
      return "top_percent";
    case Measure::verifications:
      return "verifications";
    case Measure::flag:
      return "flag";
    case Measure::recent_date:
      return "recent_date";
  }
  return "";
}

Json criterion_meta(const Criterion& c) {
  std::string t = api::threshold_text(c);
  Json j{{"id", c.id},
         {"name", c.name},
         {"measure", measure_name(c.measure)},
         {"threshold", to_string(c.threshold)},
         {"threshold_text", t},
         {"window", api::word(c.window, api::with_t(t))},
         {"rolling", c.rolling},
         {"explain", api::word(c.explain, api::with_t(t))},
         {"this_week", api::word(c.this_week, api::with_t(t))},
         {"input", c.input}};
  if (c.total_input) j["total_input"] = c.total_input;
  if (c.pace_input) j["pace_input"] = c.pace_input;
  if (c.skip_without_total) j["skipped_without_total"] = true;
  if (c.by_division) j["by_division"] = true;
  return j;
}

}  // namespace

Json meta() {
  Json platforms = Json::array();
  const std::pair<const char*, const char*> names[] = {{"クラウドワークス", "プロクラウドワーカー"},
                                                       {"ランサーズ", "認定ランサー"}};
  const char* ids[] = {"crowdworks", "lancers"};
  for (int p = 0; p < 2; ++p) {
    Json sets = Json::array();
    Json default_criteria;
    for (const CriteriaSet& s : criteria_sets) {
      if (std::string_view(s.platform) != ids[p]) continue;
      Json list = Json::array();
      for (const char* id : s.order)
        if (id) list.push_back(criterion_meta(*find_criterion(s, id)));
      Json entry = api::citation_json(s);
      entry["cadence"] = s.cadence;
      entry["cycle_months"] = s.cycle_months;
      entry["judged"] = s.judged;
      entry["criteria"] = list;
      if (std::string_view(s.id) == default_criteria_set) default_criteria = list;
      sets.push_back(entry);
    }
    Json platform{{"id", ids[p]},
                  {"name", names[p].first},
                  {"badge", names[p].second},
                  {"default_set", default_criteria_set},
                  {"criteria", default_criteria},
                  {"sets", sets}};
    if (p == 0) {
      Json divisions = Json::array();
      for (const auto& d : crowdworks_divisions) {
        const Criterion* rank = find_criterion(criteria_sets[0], "earnings_rank");
        divisions.push_back(
            {{"id", d.id}, {"name", d.name}, {"rank_limit", d.rank_limit ? d.rank_limit : rank->threshold.num}});
      }
      platform["divisions"] = divisions;
    } else {
      Json checks = Json::array();
      for (const auto& v : lancers_verifications) checks.push_back({{"id", v.key}, {"name", v.name}});
      platform["verifications"] = checks;
    }
    platforms.push_back(platform);
  }
  return {{"platforms", platforms}};
}

}  // namespace gigcheck::cert
