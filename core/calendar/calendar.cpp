#include "core/calendar/calendar.h"

#include <algorithm>

#include "core/base/sort.h"

namespace gigcheck::calendar {

namespace {

using date::Date;

// ---------------------------------------------------------------------------
// The rules, one row per period in which a holiday held on a given rule.
// Sources: 国民の祝日に関する法律 (1948, amended 1966, 1973, 1985, 1989, 1995,
// 1998, 2001, 2005, 2014, 2017/2018 for 2019-2021) and the Cabinet Office's
// list; see docs/calendar.md.
// ---------------------------------------------------------------------------
enum class Rule {
  fixed,             // month/day
  nth_monday,        // the n-th Monday of the month (Happy Monday, 2000-)
  vernal_equinox,    // 春分日 by the astronomical approximation
  autumnal_equinox,  // 秋分日 likewise
};

struct HolidayRule {
  std::string_view name;
  Rule rule;
  int month;
  int day_or_n;  // the day for fixed, n for nth_monday, unused for equinoxes
  int first;     // first year the row holds
  int last;      // last year the row holds
};

constexpr int open = 9999;  // "still in force"

constexpr HolidayRule holiday_rules[] = {
    {"元日", Rule::fixed, 1, 1, 1949, open},
    {"成人の日", Rule::fixed, 1, 15, 1949, 1999},
    {"成人の日", Rule::nth_monday, 1, 2, 2000, open},
    {"建国記念の日", Rule::fixed, 2, 11, 1967, open},
    {"天皇誕生日", Rule::fixed, 2, 23, 2020, open},
    {"春分の日", Rule::vernal_equinox, 3, 0, 1949, open},
    {"天皇誕生日", Rule::fixed, 4, 29, 1949, 1988},
    {"みどりの日", Rule::fixed, 4, 29, 1989, 2006},
    {"昭和の日", Rule::fixed, 4, 29, 2007, open},
    {"憲法記念日", Rule::fixed, 5, 3, 1949, open},
    {"みどりの日", Rule::fixed, 5, 4, 2007, open},
    {"こどもの日", Rule::fixed, 5, 5, 1949, open},
    {"海の日", Rule::fixed, 7, 20, 1996, 2002},
    {"海の日", Rule::nth_monday, 7, 3, 2003, 2019},
    {"海の日", Rule::fixed, 7, 23, 2020, 2020},  // Tokyo Olympics move
    {"海の日", Rule::fixed, 7, 22, 2021, 2021},  // Tokyo Olympics move
    {"海の日", Rule::nth_monday, 7, 3, 2022, open},
    {"スポーツの日", Rule::fixed, 7, 24, 2020, 2020},  // Olympics move
    {"スポーツの日", Rule::fixed, 7, 23, 2021, 2021},  // Olympics move
    {"山の日", Rule::fixed, 8, 11, 2016, 2019},
    {"山の日", Rule::fixed, 8, 10, 2020, 2020},  // Olympics move
    {"山の日", Rule::fixed, 8, 8, 2021, 2021},   // Olympics move
    {"山の日", Rule::fixed, 8, 11, 2022, open},
    {"敬老の日", Rule::fixed, 9, 15, 1966, 2002},
    {"敬老の日", Rule::nth_monday, 9, 3, 2003, open},
    {"秋分の日", Rule::autumnal_equinox, 9, 0, 1948, open},
    {"体育の日", Rule::fixed, 10, 10, 1966, 1999},
    {"体育の日", Rule::nth_monday, 10, 2, 2000, 2019},
    {"スポーツの日", Rule::nth_monday, 10, 2, 2022, open},
    {"文化の日", Rule::fixed, 11, 3, 1948, open},
    {"勤労感謝の日", Rule::fixed, 11, 23, 1948, open},
    {"天皇誕生日", Rule::fixed, 12, 23, 1989, 2018},
};

// Days made holidays once by their own laws. The 2019 law made its days count
// as 国民の祝日 for 振替休日 and 国民の休日 (hence 2019-04-30 and 05-02); the
// older ones fell on weekdays with no holiday next to them, so the question
// never arose for them.
struct OneOffHoliday {
  std::string_view name;
  int year, month, day;
};

constexpr OneOffHoliday one_off_holidays[] = {
    {"皇太子明仁親王の結婚の儀", 1959, 4, 10}, {"昭和天皇の大喪の礼", 1989, 2, 24}, {"即位礼正殿の儀", 1990, 11, 12},
    {"皇太子徳仁親王の結婚の儀", 1993, 6, 9},  {"天皇の即位の日", 2019, 5, 1},      {"即位礼正殿の儀", 2019, 10, 22},
};

// 振替休日: from 1973-04-12 a 国民の祝日 on a Sunday makes the next day a
// holiday; from 2007 the holiday goes to the next day that is not a 国民の祝日.
constexpr Date substitute_1973_start{1973, 4, 12};
constexpr Date substitute_2007_start{2007, 1, 1};
// 国民の休日: from 1985-12-27 a day between two 国民の祝日 is a holiday; until
// 2006 Sundays and 振替休日 were excluded.
constexpr Date citizens_start{1985, 12, 27};
constexpr Date citizens_2007_start{2007, 1, 1};

// The equinox approximation (fractional days scaled by 10^6 so that it is
// exact integer arithmetic): day = floor(base + 0.242194 * (Y - 1980)) - leap
// correction, with the base and correction that hold for 1900-1979 and
// 1980-2099.
struct EquinoxConstants {
  int first_year, last_year;
  long long vernal_base_micro, autumnal_base_micro;
  int correction_year;  // leap correction: (Y - correction_year) / 4, truncated
};

constexpr EquinoxConstants equinox_constants[] = {
    {1900, 1979, 20'835'700, 23'258'800, 1983},
    {1980, 2099, 20'843'100, 23'248'800, 1980},
};
constexpr long long equinox_drift_micro = 242'194;  // days per year, x10^6

constexpr std::string_view substitute_name = "振替休日";
constexpr std::string_view citizens_name = "国民の休日";

constexpr Date year_end_first{0, 12, 29};  // 12/29 .. 1/3
constexpr Date year_end_last{0, 1, 3};

bool before(const Date& a, const Date& b) { return date::to_days(a) < date::to_days(b); }

int equinox_day(int year, bool vernal) {
  for (const EquinoxConstants& c : equinox_constants) {
    if (year < c.first_year || year > c.last_year) continue;
    long long base = vernal ? c.vernal_base_micro : c.autumnal_base_micro;
    long long scaled = base + equinox_drift_micro * (year - 1980);  // positive from 1900
    return static_cast<int>(scaled / 1'000'000) - (year - c.correction_year) / 4;
  }
  return 0;
}

int nth_monday(int year, int month, int n) {
  int first = date::weekday(Date{year, month, 1});
  int first_monday = 1 + (date::monday - first + 7) % 7;
  return first_monday + 7 * (n - 1);
}

int rule_day(const HolidayRule& r, int year) {
  switch (r.rule) {
    case Rule::fixed:
      return r.day_or_n;
    case Rule::nth_monday:
      return nth_monday(year, r.month, r.day_or_n);
    case Rule::vernal_equinox:
      return equinox_day(year, true);
    case Rule::autumnal_equinox:
      return equinox_day(year, false);
  }
  return 0;
}

bool by_date(const Holiday& a, const Holiday& b) { return before(a.date, b.date); }

// The 国民の祝日 of the year (yearly rules and one-offs), in date order.
std::vector<Holiday> national_holidays(int year) {
  std::vector<Holiday> days;
  for (const HolidayRule& r : holiday_rules)
    if (year >= r.first && year <= r.last)
      days.push_back({Date{year, r.month, rule_day(r, year)}, r.name, HolidayKind::national});
  for (const OneOffHoliday& o : one_off_holidays)
    if (o.year == year) days.push_back({Date{o.year, o.month, o.day}, o.name, HolidayKind::one_off});
  stable_sort_items(days, by_date);
  return days;
}

bool contains(const std::vector<Holiday>& days, const Date& d) {
  return std::any_of(days.begin(), days.end(), [&](const Holiday& h) { return h.date == d; });
}

std::optional<Date> substitute_for(const Holiday& h, const std::vector<Holiday>& national) {
  if (date::weekday(h.date) != date::sunday || before(h.date, substitute_1973_start)) return std::nullopt;
  Date next = date::add_days(h.date, 1);
  if (before(h.date, substitute_2007_start)) return contains(national, next) ? std::nullopt : std::optional<Date>(next);
  while (contains(national, next)) next = date::add_days(next, 1);
  return next;
}

bool is_citizens_holiday(const Date& d, const std::vector<Holiday>& national, const std::vector<Holiday>& substitutes) {
  if (before(d, citizens_start) || contains(national, d) || contains(substitutes, d)) return false;
  if (!contains(national, date::add_days(d, -1)) || !contains(national, date::add_days(d, 1))) return false;
  return !before(d, citizens_2007_start) || date::weekday(d) != date::sunday;
}

}  // namespace

bool supported_year(int year) { return year >= first_year && year <= last_year; }
bool supported(const date::Date& d) { return supported_year(d.year); }

std::string_view kind_id(HolidayKind kind) {
  switch (kind) {
    case HolidayKind::national:
      return "national";
    case HolidayKind::one_off:
      return "one_off";
    case HolidayKind::substitute:
      return "substitute";
    case HolidayKind::citizens:
      return "citizens";
  }
  return "national";
}

int vernal_equinox_day(int year) { return equinox_day(year, true); }
int autumnal_equinox_day(int year) { return equinox_day(year, false); }

std::vector<Holiday> holidays_of_year(int year) {
  if (!supported_year(year)) return {};
  std::vector<Holiday> national = national_holidays(year);
  std::vector<Holiday> substitutes;
  for (const Holiday& h : national)
    if (auto d = substitute_for(h, national)) substitutes.push_back({*d, substitute_name, HolidayKind::substitute});
  std::vector<Holiday> all = national;
  all.insert(all.end(), substitutes.begin(), substitutes.end());
  // Only a gap of exactly one day between two 国民の祝日 can hold a 国民の休日.
  for (std::size_t i = 0; i + 1 < national.size(); ++i) {
    Date between = date::add_days(national[i].date, 1);
    if (date::add_days(between, 1) == national[i + 1].date && is_citizens_holiday(between, national, substitutes))
      all.push_back({between, citizens_name, HolidayKind::citizens});
  }
  stable_sort_items(all, by_date);
  return all;
}

std::vector<Holiday> holidays_between(const date::Date& from, const date::Date& to) {
  std::vector<Holiday> result;
  for (int year = std::max(from.year, first_year); year <= std::min(to.year, last_year); ++year)
    for (const Holiday& h : holidays_of_year(year))
      if (!before(h.date, from) && !before(to, h.date)) result.push_back(h);
  return result;
}

std::optional<Holiday> holiday_on(const date::Date& d) {
  for (const Holiday& h : holidays_of_year(d.year))
    if (h.date == d) return h;
  return std::nullopt;
}

namespace {
bool in_year_end(const Date& d) {
  return (d.month == year_end_first.month && d.day >= year_end_first.day) ||
         (d.month == year_end_last.month && d.day <= year_end_last.day);
}
}  // namespace

std::string closed_reason(const date::Date& d, ClosedDays closed) {
  if (auto h = holiday_on(d)) return std::string(h->name);
  if (closed == ClosedDays::year_end && in_year_end(d)) return "年末年始休業";
  date::Weekday w = date::weekday(d);
  if (w == date::saturday) return "土曜日";
  if (w == date::sunday) return "日曜日";
  return "";
}

bool is_business_day(const date::Date& d, ClosedDays closed) { return closed_reason(d, closed).empty(); }

std::optional<date::Date> business_day_on_or_after(const date::Date& d, ClosedDays closed) {
  Date day = d;
  while (supported(day)) {
    if (is_business_day(day, closed)) return day;
    day = date::add_days(day, 1);
  }
  return std::nullopt;
}

std::optional<date::Date> add_business_days(const date::Date& from, int count, ClosedDays closed) {
  Date day = from;
  for (int i = 0; i < count; ++i) {
    auto next = business_day_on_or_after(date::add_days(day, 1), closed);
    if (!next) return std::nullopt;
    day = *next;
  }
  return day;
}

std::optional<date::Date> read_date(Reader& reader, const Field& field, bool required) {
  auto text = reader.text(field, required, limits::max_date_chars);
  if (!text) return std::nullopt;
  auto d = date::parse(*text);
  if (!d) {
    reader.fail("invalid_field", field.path,
                field.path + " は 2026-09-18 のような YYYY-MM-DD 形式の、実在する日付で入力してください。");
    return std::nullopt;
  }
  if (!supported(*d)) {
    reader.fail("invalid_field", field.path,
                field.path + " は " + std::to_string(first_year) + "-01-01 から " + std::to_string(last_year) +
                    "-12-31 までの日付で入力してください（祝日を計算できる範囲です）。");
    return std::nullopt;
  }
  return d;
}

}  // namespace gigcheck::calendar
