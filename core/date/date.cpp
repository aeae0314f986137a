#include "core/date/date.h"

namespace gigcheck::date {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return lengths[month - 1];
}

bool is_valid(int year, int month, int day) {
  return year >= first_year && year <= last_year && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

// Day counting by eras of 400 years (146097 days), after the well-known
// civil-calendar algorithm: shift the year to start in March so that the
// leap day is the last day of the counted year.
std::int64_t to_days(const Date& d) {
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t year_of_era = y - era * 400;
  std::int64_t month_from_march = (d.month + 9) % 12;
  std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;
  std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date from_days(std::int64_t days) {
  days += 719468;
  std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  std::int64_t day_of_era = days - era * 146097;
  std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

Weekday weekday(const Date& d) {
  std::int64_t days = to_days(d);  // 1970-01-01 was a Thursday
  return static_cast<Weekday>(((days % 7) + 7 + thursday) % 7);
}

const char* japanese_weekday(Weekday w) {
  static constexpr const char* names[] = {"日", "月", "火", "水", "木", "金", "土"};
  return names[w];
}

Date add_days(const Date& d, std::int64_t days) { return from_days(to_days(d) + days); }

Date add_months(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  int year = index / 12;
  int month = index % 12 + 1;
  int day = d.day < days_in_month(year, month) ? d.day : days_in_month(year, month);
  return Date{year, month, day};
}

std::optional<Date> parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t from, std::size_t length) {
    int value = 0;
    for (std::size_t i = from; i < from + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (year < 0 || month < 0 || day < 0 || !is_valid(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

namespace {

// `value` zero-padded to at least `width` digits, as %0*d would.
void append_padded(std::string& out, int value, std::size_t width) {
  std::string digits = std::to_string(value < 0 ? -static_cast<long long>(value) : value);
  if (value < 0) out.push_back('-');
  if (digits.size() < width) out.append(width - digits.size(), '0');
  out += digits;
}

}  // namespace

// Written by hand rather than with snprintf, which alone brought ~6 KB of
// printf machinery into the WebAssembly module.
std::string format(const Date& d) {
  std::string out;
  append_padded(out, d.year, 4);
  out.push_back('-');
  append_padded(out, d.month, 2);
  out.push_back('-');
  append_padded(out, d.day, 2);
  return out;
}

std::string japanese(const Date& d, bool with_year) {
  std::string out = with_year ? std::to_string(d.year) + "年" : std::string();
  return out + std::to_string(d.month) + "月" + std::to_string(d.day) + "日（" + japanese_weekday(weekday(d)) + "）";
}

}  // namespace gigcheck::date
