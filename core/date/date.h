// Proleptic Gregorian calendar dates, counted as days since 1970-01-01 so that
// adding days and finding weekdays is plain integer arithmetic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gigcheck::date {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
};

enum Weekday { sunday = 0, monday, tuesday, wednesday, thursday, friday, saturday };

// Years of dates read and written: four digits, so "YYYY-MM-DD" always fits.
constexpr int first_year = 1;
constexpr int last_year = 9999;

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid(int year, int month, int day);

std::int64_t to_days(const Date& d);  // days since 1970-01-01
Date from_days(std::int64_t days);
Weekday weekday(const Date& d);
const char* japanese_weekday(Weekday w);  // "日", "月", …
// How every answer words a date for people: "12月25日（金）", or with the
// year "2027年1月1日（金）".
std::string japanese(const Date& d, bool with_year = false);
Date add_days(const Date& d, std::int64_t days);
// Same day `months` later; the day is clamped to the month's length (1/31 + 1 month = 2/28).
Date add_months(const Date& d, int months);

// "YYYY-MM-DD" with a date that exists; nullopt otherwise.
std::optional<Date> parse(std::string_view text);
std::string format(const Date& d);  // "YYYY-MM-DD"

}  // namespace gigcheck::date
