// Exact threshold arithmetic: boundaries from domain.md and properties that
// `needed` is minimal and `headroom` maximal, checked against brute force.
#include <doctest/doctest.h>

#include "core/cert/exact.h"

using namespace gigcheck::cert;

namespace {

constexpr Fraction ninety_percent{9, 10};
constexpr Fraction four_point_eight{24, 5};

// Does ok/total reach p/q? Written independently of exact.cpp, in 128 bits.
bool ratio_reaches(__int128 ok, __int128 total, Fraction t) { return total > 0 && ok * t.den >= t.num * total; }

bool average_reaches(__int128 sum_times_scale_free, __int128 count_times_scale, Fraction t) {
  return count_times_scale > 0 && sum_times_scale_free * t.den >= t.num * count_times_scale;
}

}  // namespace

TEST_CASE("36 of 40 jobs is exactly 90%: met with no headroom") {
  auto s = ratio_standing(36, 40, ninety_percent);
  CHECK(s.met);
  CHECK(s.needed == 0);
  CHECK(s.headroom == 0);
}

TEST_CASE("35 of 40 jobs needs 10 more completions (45/50), not 9 (44/49)") {
  auto s = ratio_standing(35, 40, ninety_percent);
  CHECK_FALSE(s.met);
  CHECK(s.needed == 10);
  CHECK_FALSE(s.headroom.has_value());
}

TEST_CASE("40 of 40 jobs absorbs 4 cancellations (40/44 >= 90%, 40/45 < 90%)") {
  auto s = ratio_standing(40, 40, ninety_percent);
  CHECK(s.headroom == 4);
}

TEST_CASE("no jobs yet: one completion is needed") {
  auto s = ratio_standing(0, 0, ninety_percent);
  CHECK_FALSE(s.met);
  CHECK(s.needed == 1);
  CHECK_FALSE(s.headroom.has_value());
}

TEST_CASE("Lancers reply rate: 40 of 50 is exactly 80%, 39 of 50 needs 5 more prompt replies") {
  CHECK(ratio_standing(40, 50, {4, 5}).met);
  CHECK(ratio_standing(40, 50, {4, 5}).headroom == 0);
  CHECK(ratio_standing(39, 50, {4, 5}).needed == 5);  // 44/55 = 80%
}

TEST_CASE("counts near 2^31 are computed exactly") {
  const std::int64_t total = 2147483648;  // 2^31; 90% of it is 1932735283.2
  CHECK(ratio_standing(1932735284, total, ninety_percent).met);
  CHECK(ratio_standing(1932735284, total, ninety_percent).headroom == 0);
  auto below = ratio_standing(1932735283, total, ninety_percent);
  CHECK_FALSE(below.met);
  CHECK(below.needed == 2);  // 1932735285/2147483650 is exactly 90%
}

TEST_CASE("4.8 exactly from star counts is met with no headroom") {
  // one 4-star and four 5-star reviews: 24/5 = 4.8
  auto s = average_standing({24, 5, 1}, four_point_eight);
  CHECK(s.met);
  CHECK(s.headroom == 0);
}

TEST_CASE("an average of 4.79 over 100 reviews needs 5 more 5-star reviews") {
  auto s = average_standing({479 * 100, 100, 100}, four_point_eight);
  CHECK_FALSE(s.met);
  CHECK(s.needed == 5);  // (479 + 25)/105 = 4.8 exactly; 4 would give 4.7980...
}

TEST_CASE("an average of 5.0 over 10 reviews absorbs 2 four-star reviews") {
  // (50 + 8)/12 = 4.833..., (50 + 12)/13 = 4.769...
  CHECK(average_standing({50, 10, 1}, four_point_eight).headroom == 2);
}

TEST_CASE("no reviews yet: one 5-star review is needed") {
  auto s = average_standing({0, 0, 1}, four_point_eight);
  CHECK_FALSE(s.met);
  CHECK(s.needed == 1);
}

TEST_CASE("the largest accepted counts do not overflow") {
  const std::int64_t n = 1'000'000'000'000;      // limits::max_count, for every star
  Average a{n * (1 + 2 + 3 + 4 + 5), 5 * n, 1};  // average 3.0
  auto s = average_standing(a, four_point_eight);
  CHECK_FALSE(s.met);
  // (15n + 5k)/(5n + k) >= 4.8  <=>  0.2k >= 9n
  CHECK(s.needed == 45 * n);
  auto r = ratio_standing(0, n, ninety_percent);
  CHECK(r.needed == 9 * n);
}

TEST_CASE("property: ratio needed is minimal and headroom maximal") {
  for (Fraction t : {ninety_percent, Fraction{4, 5}}) {
    for (std::int64_t total = 1; total <= 60; ++total) {
      for (std::int64_t ok = 0; ok <= total; ++ok) {
        auto s = ratio_standing(ok, total, t);
        CHECK(s.met == ratio_reaches(ok, total, t));
        if (!s.met) {
          CHECK(ratio_reaches(ok + s.needed, total + s.needed, t));
          CHECK_FALSE(ratio_reaches(ok + s.needed - 1, total + s.needed - 1, t));
        } else {
          CHECK(ratio_reaches(ok, total + *s.headroom, t));
          CHECK_FALSE(ratio_reaches(ok, total + *s.headroom + 1, t));
        }
      }
    }
  }
}

TEST_CASE("property: average needed is minimal and headroom maximal, from stars and displayed averages") {
  int checked = 0;
  for (int n1 = 0; n1 <= 3; ++n1)
    for (int n3 = 0; n3 <= 3; ++n3)
      for (int n4 = 0; n4 <= 6; ++n4)
        for (int n5 = 0; n5 <= 40; ++n5) {
          std::int64_t count = n1 + n3 + n4 + n5;
          if (count == 0) continue;
          Average a{n1 + 3 * n3 + 4 * n4 + 5 * n5, count, 1};
          auto s = average_standing(a, four_point_eight);
          CHECK(s.met == average_reaches(a.weighted_sum, count, four_point_eight));
          if (!s.met) {
            CHECK(average_reaches(a.weighted_sum + 5 * s.needed, count + s.needed, four_point_eight));
            CHECK_FALSE(average_reaches(a.weighted_sum + 5 * (s.needed - 1), count + s.needed - 1, four_point_eight));
          } else {
            std::int64_t m = *s.headroom;
            CHECK(average_reaches(a.weighted_sum + 4 * m, count + m, four_point_eight));
            CHECK_FALSE(average_reaches(a.weighted_sum + 4 * (m + 1), count + m + 1, four_point_eight));
          }
          ++checked;
        }
  for (std::int64_t hundredths = 100; hundredths <= 500; hundredths += 7)
    for (std::int64_t count : {1, 3, 99, 100, 1001}) {
      Average a{hundredths * count, count, 100};
      auto s = average_standing(a, four_point_eight);
      // in hundredths: (h*n + 500k)/(100(n+k)) >= 4.8
      auto reaches = [&](std::int64_t sum, std::int64_t reviews) {
        return average_reaches(sum, reviews * 100, four_point_eight);
      };
      if (!s.met) {
        CHECK(reaches(a.weighted_sum + 500 * s.needed, count + s.needed));
        CHECK_FALSE(reaches(a.weighted_sum + 500 * (s.needed - 1), count + s.needed - 1));
      } else {
        CHECK(reaches(a.weighted_sum + 400 * *s.headroom, count + *s.headroom));
        CHECK_FALSE(reaches(a.weighted_sum + 400 * (*s.headroom + 1), count + *s.headroom + 1));
      }
      ++checked;
    }
  CHECK(checked > 2000);
}

TEST_CASE("floor_decimal never rounds up across a threshold") {
  CHECK(floor_decimal(8999, 10000, 1) == "0.8");
  CHECK(floor_decimal(35 * 100, 39, 1) == "89.7");
  CHECK(floor_decimal(479, 100, 2) == "4.79");
  CHECK(floor_decimal(4799, 1000, 2) == "4.79");
  CHECK(floor_decimal(5, 1, 1) == "5.0");
}

TEST_CASE("days_to_reach: 35/40 moving from 30/35 over 91 days reaches 90% on day 182") {
  CHECK(days_to_reach(35, 40, 30, 35, 91, ninety_percent) == 182);
  CHECK(days_to_reach(36, 40, 30, 35, 91, ninety_percent) == 0);               // already there
  CHECK_FALSE(days_to_reach(35, 40, 31, 32, 91, ninety_percent).has_value());  // falling
  CHECK_FALSE(days_to_reach(35, 40, 35, 40, 91, ninety_percent).has_value());  // standing still
  CHECK(days_to_reach(3, 1, 1, 1, 30, Fraction{5, 1}) == 30);                  // scouts 1 -> 3 in 30 days, 5 in 60
}

TEST_CASE("property: days_to_reach is the least day the projected figure reaches the threshold (brute force)") {
  int checked = 0, never = 0;
  for (Fraction t : {ninety_percent, Fraction{4, 5}, four_point_eight})
    for (std::int64_t den = 1; den <= 12; ++den)
      for (std::int64_t num = 0; num <= 5 * den; num += 2)
        for (std::int64_t dd : {0, 1, 3, 7})
          for (std::int64_t dn = -2; dn <= 5 * dd; ++dn)
            for (std::int64_t days : {1, 7, 30}) {
              if (den - dd < 1 || num - dn < 0) continue;
              // Written independently: the figure on day d, compared in 128 bits.
              auto reaches = [&](__int128 d) {
                return __int128(t.den) * (num * days + dn * d) >= __int128(t.num) * (den * days + dd * d);
              };
              auto got = days_to_reach(num, den, num - dn, den - dd, days, t);
              std::int64_t least = -1;
              for (std::int64_t d = 0; d <= 20000; ++d)
                if (reaches(d)) {
                  least = d;
                  break;
                }
              if (least < 0) {
                // Never within 20000 days: then never at all, as the pace does not gain on the threshold.
                CHECK_FALSE(got.has_value());
                ++never;
              } else {
                REQUIRE(got.has_value());
                CHECK(*got == least);
              }
              ++checked;
            }
  CHECK(checked > 5000);
  CHECK(never > 100);
}
