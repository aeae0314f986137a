// Japanese national holidays computed from the rules of 国民の祝日に関する法律
// as amended over time (see docs/calendar.md), and business-day arithmetic
// on top of them. Supported years: 1955-2099.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date/date.h"
#include "core/input/input.h"

namespace gigcheck::calendar {

// The years whose holidays are computed. 1955 is the first year of the
// Cabinet Office's published list; 2099 is the end of the range in which the
// equinox approximation is valid.
constexpr int first_year = 1955;
constexpr int last_year = 2099;

bool supported(const date::Date& d);
bool supported_year(int year);

enum class HolidayKind {
  national,    // a 国民の祝日 by a yearly rule
  one_off,     // a day made a holiday by its own law (1959, 1989, 1990, 1993, 2019)
  substitute,  // 振替休日
  citizens,    // 国民の休日 (a day between two 国民の祝日)
};

struct Holiday {
  date::Date date;
  std::string_view name;  // Japanese, e.g. "敬老の日", "振替休日", "国民の休日"
  HolidayKind kind;
};

std::string_view kind_id(HolidayKind kind);  // "national", "one_off", ...

// Every holiday of `year` in date order; empty for an unsupported year.
std::vector<Holiday> holidays_of_year(int year);
// The holidays from `from` to `to`, both included (clipped to the range).
std::vector<Holiday> holidays_between(const date::Date& from, const date::Date& to);
// The holiday on `d`, if any.
std::optional<Holiday> holiday_on(const date::Date& d);

// The days of 春分の日 / 秋分の日 in March / September (valid 1900-2099).
int vernal_equinox_day(int year);
int autumnal_equinox_day(int year);

// Extra days off besides weekends and holidays; none by default.
enum class ClosedDays {
  none,
  year_end,  // 12/29-1/3, the usual 年末年始 closing of offices
};

// Why `d` is not a business day ("土曜日", "日曜日", the holiday's name or
// "年末年始休業"); empty when it is a business day.
std::string closed_reason(const date::Date& d, ClosedDays closed = ClosedDays::none);
bool is_business_day(const date::Date& d, ClosedDays closed = ClosedDays::none);

// The `count`-th business day after `from` (count >= 1; `from` itself never
// counts). nullopt when the answer would leave the supported range.
std::optional<date::Date> add_business_days(const date::Date& from, int count, ClosedDays closed = ClosedDays::none);
// `d` when it is a business day, otherwise the next one.
std::optional<date::Date> business_day_on_or_after(const date::Date& d, ClosedDays closed = ClosedDays::none);

// Reads an optional or required "YYYY-MM-DD" field that must exist and lie in
// the supported range; records an error naming the field otherwise.
std::optional<date::Date> read_date(Reader& reader, const Field& field, bool required);

}  // namespace gigcheck::calendar
