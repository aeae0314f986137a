// Business-day arithmetic: weekends, holidays and the optional 年末年始.
#include <doctest/doctest.h>

#include "core/calendar/calendar.h"

using gigcheck::calendar::add_business_days;
using gigcheck::calendar::business_day_on_or_after;
using gigcheck::calendar::closed_reason;
using gigcheck::calendar::ClosedDays;
using gigcheck::calendar::is_business_day;
using gigcheck::date::Date;

TEST_CASE("3 business days after Friday 2026-09-18 skip the weekend and three holidays") {
  auto d = add_business_days(Date{2026, 9, 18}, 3);
  REQUIRE(d);
  CHECK(*d == Date{2026, 9, 28});
  CHECK(*add_business_days(Date{2026, 9, 18}, 1) == Date{2026, 9, 24});
  CHECK(*add_business_days(Date{2026, 9, 18}, 2) == Date{2026, 9, 25});
}

TEST_CASE("an ordinary week: Monday + 3 business days is Thursday") {
  CHECK(*add_business_days(Date{2026, 6, 1}, 3) == Date{2026, 6, 4});
  CHECK(*add_business_days(Date{2026, 6, 5}, 1) == Date{2026, 6, 8});  // Friday -> Monday
}

TEST_CASE("Golden Week 2026: after Friday 5/1 the next business day is 5/7") {
  CHECK(*add_business_days(Date{2026, 5, 1}, 1) == Date{2026, 5, 7});
}

TEST_CASE("the starting day never counts, even when it is a business day") {
  CHECK(*add_business_days(Date{2026, 6, 3}, 1) == Date{2026, 6, 4});
  CHECK(*add_business_days(Date{2026, 6, 6}, 1) == Date{2026, 6, 8});  // from a Saturday
}

TEST_CASE("year-end closing (12/29-1/3) is off by default and optional") {
  // Monday 2026-12-28 + 1: Tuesday 12/29 by default.
  CHECK(*add_business_days(Date{2026, 12, 28}, 1) == Date{2026, 12, 29});
  CHECK(*add_business_days(Date{2026, 12, 28}, 1, ClosedDays::year_end) == Date{2027, 1, 4});
  CHECK(is_business_day(Date{2027, 1, 4}, ClosedDays::year_end));
  CHECK(!is_business_day(Date{2027, 1, 3}, ClosedDays::year_end));
  CHECK(!is_business_day(Date{2026, 12, 29}, ClosedDays::year_end));
  CHECK(is_business_day(Date{2026, 12, 28}, ClosedDays::year_end));
  CHECK(closed_reason(Date{2026, 12, 30}, ClosedDays::year_end) == "年末年始休業");
  CHECK(closed_reason(Date{2027, 1, 1}, ClosedDays::year_end) == "元日");
}

TEST_CASE("why a day is closed") {
  CHECK(closed_reason(Date{2026, 9, 19}) == "土曜日");
  CHECK(closed_reason(Date{2026, 9, 20}) == "日曜日");
  CHECK(closed_reason(Date{2026, 9, 21}) == "敬老の日");
  CHECK(closed_reason(Date{2026, 9, 22}) == "国民の休日");
  CHECK(closed_reason(Date{2026, 9, 24}) == "");
}

TEST_CASE("business_day_on_or_after") {
  CHECK(*business_day_on_or_after(Date{2026, 9, 24}) == Date{2026, 9, 24});
  CHECK(*business_day_on_or_after(Date{2026, 9, 19}) == Date{2026, 9, 24});
}

TEST_CASE("arithmetic that would leave 2099 gives no answer instead of a wrong one") {
  CHECK(!add_business_days(Date{2099, 12, 31}, 1));
  CHECK(*business_day_on_or_after(Date{2099, 12, 26}) == Date{2099, 12, 28});  // Saturday
  CHECK(!add_business_days(Date{2099, 12, 30}, 2));
  CHECK(*add_business_days(Date{2099, 12, 28}, 1) == Date{2099, 12, 29});
}

TEST_CASE("2026 has 244 business days: 365 - 104 weekend days - 17 holidays on weekdays") {
  // Of 2026's 18 holidays only 5/3 (憲法記念日) falls on a weekend.
  int business = 0;
  for (auto d = gigcheck::date::to_days(Date{2026, 1, 1}); d <= gigcheck::date::to_days(Date{2026, 12, 31}); ++d)
    business += is_business_day(gigcheck::date::from_days(d)) ? 1 : 0;
  CHECK(business == 244);
  CHECK(*add_business_days(Date{2025, 12, 31}, 244) == Date{2026, 12, 31});
  CHECK(*add_business_days(Date{2025, 12, 31}, 243) == Date{2026, 12, 30});
}
