// Holidays by the rules of 国民の祝日に関する法律: the first and last year of
// every rule, 振替休日 under both rules, 国民の休日, the one-off days and the
// equinoxes, checked against the Cabinet Office's list (docs/calendar.md).
#include <doctest/doctest.h>

#include <string>

#include "core/calendar/calendar.h"

using gigcheck::calendar::holiday_on;
using gigcheck::calendar::holidays_of_year;
using gigcheck::date::Date;

namespace {

// The holiday's name on that day, or "" when it is not a holiday.
std::string name_on(int y, int m, int d) {
  auto h = holiday_on(Date{y, m, d});
  return h ? std::string(h->name) : std::string();
}

}  // namespace

TEST_CASE("成人の日: 1/15 until 1999, second Monday of January from 2000") {
  CHECK(name_on(1955, 1, 15) == "成人の日");
  CHECK(name_on(1999, 1, 15) == "成人の日");
  CHECK(name_on(2000, 1, 15) == "");  // a Saturday, no longer the day
  CHECK(name_on(2000, 1, 10) == "成人の日");
  CHECK(name_on(2026, 1, 12) == "成人の日");
}

TEST_CASE("建国記念の日 from 1967") {
  CHECK(name_on(1966, 2, 11) == "");
  CHECK(name_on(1967, 2, 11) == "建国記念の日");
}

TEST_CASE("4/29: 天皇誕生日 until 1988, みどりの日 1989-2006, 昭和の日 from 2007") {
  CHECK(name_on(1988, 4, 29) == "天皇誕生日");
  CHECK(name_on(1989, 4, 29) == "みどりの日");
  CHECK(name_on(2006, 4, 29) == "みどりの日");
  CHECK(name_on(2007, 4, 29) == "昭和の日");
}

TEST_CASE("天皇誕生日: 12/23 1989-2018, none in 2019, 2/23 from 2020") {
  CHECK(name_on(1988, 12, 23) == "");
  CHECK(name_on(1989, 12, 23) == "天皇誕生日");
  CHECK(name_on(2018, 12, 23) == "天皇誕生日");
  CHECK(name_on(2019, 12, 23) == "");
  CHECK(name_on(2019, 2, 23) == "");
  CHECK(name_on(2020, 2, 23) == "天皇誕生日");
  CHECK(name_on(2020, 2, 24) == "振替休日");  // 2/23 was a Sunday
}

TEST_CASE("みどりの日 moves to 5/4 in 2007; before that 5/4 was a 国民の休日") {
  CHECK(name_on(2006, 5, 4) == "国民の休日");
  CHECK(name_on(2007, 5, 4) == "みどりの日");
}

TEST_CASE("海の日: 7/20 1996-2002, third Monday from 2003, Olympic moves 2020 and 2021") {
  CHECK(name_on(1995, 7, 20) == "");
  CHECK(name_on(1996, 7, 20) == "海の日");
  CHECK(name_on(2002, 7, 20) == "海の日");
  CHECK(name_on(2003, 7, 20) == "");
  CHECK(name_on(2003, 7, 21) == "海の日");
  CHECK(name_on(2019, 7, 15) == "海の日");
  CHECK(name_on(2020, 7, 20) == "");
  CHECK(name_on(2020, 7, 23) == "海の日");
  CHECK(name_on(2021, 7, 19) == "");
  CHECK(name_on(2021, 7, 22) == "海の日");
  CHECK(name_on(2022, 7, 18) == "海の日");
}

TEST_CASE("体育の日 10/10 1966-1999, second Monday 2000-2019; スポーツの日 from 2020") {
  CHECK(name_on(1965, 10, 10) == "");
  CHECK(name_on(1966, 10, 10) == "体育の日");
  CHECK(name_on(1999, 10, 10) == "体育の日");
  CHECK(name_on(2000, 10, 10) == "");
  CHECK(name_on(2000, 10, 9) == "体育の日");
  CHECK(name_on(2019, 10, 14) == "体育の日");
  CHECK(name_on(2020, 10, 12) == "");
  CHECK(name_on(2020, 7, 24) == "スポーツの日");
  CHECK(name_on(2021, 10, 11) == "");
  CHECK(name_on(2021, 7, 23) == "スポーツの日");
  CHECK(name_on(2022, 10, 10) == "スポーツの日");
  CHECK(name_on(2026, 10, 12) == "スポーツの日");
}

TEST_CASE("山の日 from 2016 with the 2020 and 2021 moves") {
  CHECK(name_on(2015, 8, 11) == "");
  CHECK(name_on(2016, 8, 11) == "山の日");
  CHECK(name_on(2019, 8, 11) == "山の日");
  CHECK(name_on(2019, 8, 12) == "振替休日");
  CHECK(name_on(2020, 8, 11) == "");
  CHECK(name_on(2020, 8, 10) == "山の日");
  CHECK(name_on(2021, 8, 11) == "");
  CHECK(name_on(2021, 8, 8) == "山の日");
  CHECK(name_on(2021, 8, 9) == "振替休日");
  CHECK(name_on(2022, 8, 11) == "山の日");
}

TEST_CASE("敬老の日: 9/15 1966-2002, third Monday of September from 2003") {
  CHECK(name_on(1965, 9, 15) == "");
  CHECK(name_on(1966, 9, 15) == "敬老の日");
  CHECK(name_on(2002, 9, 15) == "敬老の日");
  CHECK(name_on(2003, 9, 15) == "敬老の日");  // also the third Monday that year
  CHECK(name_on(2004, 9, 15) == "");
  CHECK(name_on(2004, 9, 20) == "敬老の日");
  CHECK(name_on(2026, 9, 21) == "敬老の日");
}

TEST_CASE("the holidays that never changed, in the first and last supported year") {
  for (int year : {1955, 2099}) {
    CAPTURE(year);
    CHECK(name_on(year, 1, 1) == "元日");
    CHECK(name_on(year, 5, 3) == "憲法記念日");
    CHECK(name_on(year, 5, 5) == "こどもの日");
    CHECK(name_on(year, 11, 3) == "文化の日");
    CHECK(name_on(year, 11, 23) == "勤労感謝の日");
  }
}

TEST_CASE("振替休日 under the 1973 rule: from 1973-04-12, the Monday after a Sunday holiday") {
  CHECK(name_on(1973, 2, 11) == "建国記念の日");  // a Sunday before the rule
  CHECK(name_on(1973, 2, 12) == "");
  CHECK(name_on(1973, 4, 29) == "天皇誕生日");  // the first Sunday holiday under the rule
  CHECK(name_on(1973, 4, 30) == "振替休日");
  CHECK(name_on(1973, 9, 24) == "振替休日");
  // 1998-05-03 was a Sunday: the Monday is a 振替休日, not a 国民の休日.
  CHECK(name_on(1998, 5, 4) == "振替休日");
  // Last year of the rule: 2006-01-01 was a Sunday.
  CHECK(name_on(2006, 1, 2) == "振替休日");
}

TEST_CASE("振替休日 under the 2007 rule: the next day that is not a 国民の祝日") {
  CHECK(name_on(2007, 4, 30) == "振替休日");  // 昭和の日 on a Sunday
  // 2008-05-04 (みどりの日) was a Sunday and 5/5 a holiday: the day off moves to 5/6.
  CHECK(name_on(2008, 5, 6) == "振替休日");
  // 2026-05-03 (憲法記念日) was a Sunday: 5/4 and 5/5 are holidays, so 5/6.
  CHECK(name_on(2026, 5, 3) == "憲法記念日");
  CHECK(name_on(2026, 5, 6) == "振替休日");
  CHECK(name_on(2026, 5, 7) == "");
  // 2019-05-05 was a Sunday after the 10-day Golden Week.
  CHECK(name_on(2019, 5, 6) == "振替休日");
}

TEST_CASE("国民の休日: from 1985-12-27, a day between two 国民の祝日") {
  CHECK(name_on(1985, 5, 4) == "");             // before the rule (a Saturday)
  CHECK(name_on(1987, 5, 4) == "振替休日");     // 5/3 was a Sunday: 振替休日 wins
  CHECK(name_on(1988, 5, 4) == "国民の休日");   // the first one
  CHECK(name_on(1997, 5, 4) == "");             // a Sunday, excluded until 2006
  CHECK(name_on(2009, 9, 22) == "国民の休日");  // between 敬老の日 and 秋分の日
  CHECK(name_on(2026, 9, 22) == "国民の休日");
  CHECK(name_on(2019, 4, 30) == "国民の休日");  // next to the one-off 5/1
  CHECK(name_on(2019, 5, 2) == "国民の休日");
  CHECK(name_on(2020, 9, 22) == "秋分の日");  // no gap that year
}

TEST_CASE("one-off holidays") {
  CHECK(name_on(1959, 4, 10) == "皇太子明仁親王の結婚の儀");
  CHECK(name_on(1989, 2, 24) == "昭和天皇の大喪の礼");
  CHECK(name_on(1990, 11, 12) == "即位礼正殿の儀");
  CHECK(name_on(1993, 6, 9) == "皇太子徳仁親王の結婚の儀");
  CHECK(name_on(2019, 5, 1) == "天皇の即位の日");
  CHECK(name_on(2019, 10, 22) == "即位礼正殿の儀");
  CHECK(name_on(1960, 4, 10) == "");
  CHECK(holiday_on(Date{2019, 5, 1})->kind == gigcheck::calendar::HolidayKind::one_off);
}

TEST_CASE("equinox days 1955-1969 agree with the Cabinet Office list") {
  // {year, 春分の日 in March, 秋分の日 in September}, from syukujitsu.csv.
  struct Row {
    int year, vernal, autumnal;
  };
  constexpr Row cabinet_office[] = {
      {1955, 21, 24}, {1956, 21, 23}, {1957, 21, 23}, {1958, 21, 23}, {1959, 21, 24},
      {1960, 20, 23}, {1961, 21, 23}, {1962, 21, 23}, {1963, 21, 24}, {1964, 20, 23},
      {1965, 21, 23}, {1966, 21, 23}, {1967, 21, 24}, {1968, 20, 23}, {1969, 21, 23},
  };
  for (const Row& row : cabinet_office) {
    CAPTURE(row.year);
    CHECK(gigcheck::calendar::vernal_equinox_day(row.year) == row.vernal);
    CHECK(gigcheck::calendar::autumnal_equinox_day(row.year) == row.autumnal);
    CHECK(name_on(row.year, 3, row.vernal) == "春分の日");
    CHECK(name_on(row.year, 9, row.autumnal) == "秋分の日");
  }
}

TEST_CASE("equinox days across the formula's switch at 1980 and in recent years") {
  CHECK(gigcheck::calendar::vernal_equinox_day(1979) == 21);
  CHECK(gigcheck::calendar::autumnal_equinox_day(1979) == 24);
  CHECK(gigcheck::calendar::vernal_equinox_day(1980) == 20);
  CHECK(gigcheck::calendar::autumnal_equinox_day(1980) == 23);
  CHECK(gigcheck::calendar::vernal_equinox_day(2026) == 20);
  CHECK(gigcheck::calendar::autumnal_equinox_day(2026) == 23);
  CHECK(gigcheck::calendar::autumnal_equinox_day(2012) == 22);
}

TEST_CASE("number of holidays per year before any substitute rule (Cabinet Office list)") {
  for (int year = 1955; year <= 1969; ++year) {
    CAPTURE(year);
    std::size_t expected = year == 1959 ? 10 : year < 1966 ? 9 : year == 1966 ? 11 : 12;
    CHECK(holidays_of_year(year).size() == expected);
  }
  CHECK(holidays_of_year(2026).size() == 18);
}

TEST_CASE("holidays come in date order with names and kinds") {
  auto days = holidays_of_year(2026);
  for (std::size_t i = 1; i < days.size(); ++i)
    CHECK(gigcheck::date::to_days(days[i - 1].date) < gigcheck::date::to_days(days[i].date));
  CHECK(days.front().name == "元日");
  CHECK(days.back().name == "勤労感謝の日");
}

TEST_CASE("years outside 1955-2099 have no computed holidays") {
  CHECK(holidays_of_year(1954).empty());
  CHECK(holidays_of_year(2100).empty());
  CHECK(holidays_of_year(1955).size() == 9);
  CHECK(holidays_of_year(2099).size() >= 16);
}
