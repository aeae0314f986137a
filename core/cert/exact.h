// Exact threshold arithmetic for certification criteria. Every comparison is
// done on integers by cross-multiplying; no floating point is involved.
// Inputs are bounded by limits::max_count (10^12), which keeps every product
// below 2^63 (worst case: 24 * 100 * 5*10^12 = 1.2*10^16).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gigcheck::cert {

struct Fraction {
  std::int64_t num = 0;
  std::int64_t den = 1;
};

std::int64_t gcd(std::int64_t a, std::int64_t b);
Fraction reduced(Fraction f);
std::string to_string(Fraction f);  // "9/10"

// ok/total against `threshold` (a ratio criterion such as a completion rate).
struct RatioStanding {
  bool met = false;
  std::int64_t needed = 0;               // least k with (ok+k)/(total+k) >= threshold; 1 when total == 0
  std::optional<std::int64_t> headroom;  // most m with ok/(total+m) >= threshold; none when not met
};
RatioStanding ratio_standing(std::int64_t ok, std::int64_t total, Fraction threshold);

// An average of star ratings: weighted_sum / (count * scale). From star counts
// weighted_sum = sum of stars and scale = 1; from a displayed average a/scale
// over n reviews, weighted_sum = a * n.
struct Average {
  std::int64_t weighted_sum = 0;
  std::int64_t count = 0;
  std::int64_t scale = 1;
};

struct AverageStanding {
  bool met = false;
  std::int64_t needed = 0;               // least number of further 5-star reviews to reach the threshold
  std::optional<std::int64_t> headroom;  // most further 4-star reviews that keep it; none when not met
};
// `threshold` must lie strictly between 4 and 5 stars.
AverageStanding average_standing(const Average& average, Fraction threshold);

// A figure num/den moving on at the pace it moved over the `days` days since
// it was num_before/den_before (ratios: successes/total; averages: stars/reviews
// on one scale; counts: count/1). The least whole number of days t >= 0 with
//   q*(num*days + (num - num_before)*t) >= p*(den*days + (den - den_before)*t),
// i.e. when the figure reaches p/q if the pace holds; nullopt when it never
// does at this pace. Products are formed in 128 bits.
std::optional<std::int64_t> days_to_reach(std::int64_t num, std::int64_t den, std::int64_t num_before,
                                          std::int64_t den_before, std::int64_t days, Fraction threshold);

// floor(num * 10^digits / den) written with `digits` decimals: 8996/10000 -> "89.96".
std::string floor_decimal(std::int64_t num, std::int64_t den, int digits);

}  // namespace gigcheck::cert
