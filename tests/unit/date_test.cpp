// Tests for core/date (the lead's civil-date layer), as the calendar relies on it.
#include <doctest/doctest.h>

#include "core/date/date.h"

using namespace gigcheck::date;

TEST_CASE("leap years follow the Gregorian rule") {
  CHECK(is_leap_year(2024));
  CHECK(!is_leap_year(2026));
  CHECK(!is_leap_year(1900));
  CHECK(is_leap_year(2000));
  CHECK(!is_leap_year(2100));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2026, 2) == 28);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 12) == 31);
}

TEST_CASE("day numbers: the epoch and known dates") {
  CHECK(to_days(Date{1970, 1, 1}) == 0);
  CHECK(to_days(Date{1970, 1, 2}) == 1);
  CHECK(to_days(Date{1969, 12, 31}) == -1);
  CHECK(to_days(Date{2000, 3, 1}) - to_days(Date{2000, 2, 28}) == 2);  // 2000 is leap
  CHECK(to_days(Date{2100, 3, 1}) - to_days(Date{2100, 2, 28}) == 1);  // 2100 is not
  CHECK(to_days(Date{2026, 9, 18}) == 20714);
}

TEST_CASE("from_days inverts to_days for every day 1955-2099") {
  std::int64_t first = to_days(Date{1955, 1, 1}), last = to_days(Date{2099, 12, 31});
  Date expected{1955, 1, 1};
  int mismatches = 0;
  for (std::int64_t n = first; n <= last; ++n) {
    Date d = from_days(n);
    if (d != expected || to_days(d) != n) ++mismatches;
    // step the expected date by hand
    if (expected.day < days_in_month(expected.year, expected.month))
      ++expected.day;
    else if (expected.month < 12) {
      ++expected.month;
      expected.day = 1;
    } else {
      ++expected.year;
      expected.month = 1;
      expected.day = 1;
    }
  }
  CHECK(mismatches == 0);
  CHECK(last - first + 1 == 52961);  // 145 years, 36 of them leap (1956-2096)
}

TEST_CASE("weekdays") {
  CHECK(weekday(Date{1970, 1, 1}) == thursday);
  CHECK(weekday(Date{1969, 12, 28}) == sunday);  // before the epoch
  CHECK(weekday(Date{1955, 1, 1}) == saturday);
  CHECK(weekday(Date{2026, 9, 18}) == friday);
  CHECK(weekday(Date{2026, 5, 3}) == sunday);
  CHECK(weekday(Date{2099, 12, 31}) == thursday);
}

TEST_CASE("add_days across month, year and leap day") {
  CHECK(add_days(Date{2026, 9, 18}, 3) == Date{2026, 9, 21});
  CHECK(add_days(Date{2026, 12, 31}, 1) == Date{2027, 1, 1});
  CHECK(add_days(Date{2024, 2, 28}, 1) == Date{2024, 2, 29});
  CHECK(add_days(Date{2024, 3, 1}, -1) == Date{2024, 2, 29});
  CHECK(add_days(Date{1970, 1, 1}, -1) == Date{1969, 12, 31});
}

TEST_CASE("add_months clamps the day to the month's length") {
  CHECK(add_months(Date{2026, 1, 31}, 1) == Date{2026, 2, 28});
  CHECK(add_months(Date{2024, 1, 31}, 1) == Date{2024, 2, 29});
  CHECK(add_months(Date{2026, 11, 22}, 3) == Date{2027, 2, 22});
  CHECK(add_months(Date{2026, 1, 15}, -1) == Date{2025, 12, 15});
  CHECK(add_months(Date{2026, 3, 31}, -1) == Date{2026, 2, 28});
  CHECK(add_months(Date{2026, 5, 10}, 12) == Date{2027, 5, 10});
}

TEST_CASE("parse accepts only YYYY-MM-DD dates that exist") {
  REQUIRE(parse("2026-09-18"));
  CHECK(*parse("2026-09-18") == Date{2026, 9, 18});
  CHECK(*parse("2024-02-29") == Date{2024, 2, 29});
  CHECK(!parse("2026-02-29"));
  CHECK(!parse("2026-02-30"));
  CHECK(!parse("2026-04-31"));
  CHECK(!parse("2026-13-01"));
  CHECK(!parse("2026-00-10"));
  CHECK(!parse("2026-01-00"));
  CHECK(!parse("0000-01-01"));
  CHECK(!parse("2026/09/18"));
  CHECK(!parse("2026-9-18"));
  CHECK(!parse("2026-09-18T00:00"));
  CHECK(!parse(" 2026-09-18"));
  CHECK(!parse("2026-0a-18"));
  CHECK(!parse("+026-09-18"));
  CHECK(!parse("２０２６-09-18"));  // full-width digits
  CHECK(!parse(""));
}

TEST_CASE("format pads to YYYY-MM-DD") {
  CHECK(format(Date{2026, 9, 8}) == "2026-09-08");
  CHECK(format(Date{1955, 1, 1}) == "1955-01-01");
  CHECK(format(*parse("2099-12-31")) == "2099-12-31");
  CHECK(format(Date{5, 1, 2}) == "0005-01-02");
  CHECK(format(Date{12026, 10, 31}) == "12026-10-31");  // never cut, as %04d
}
