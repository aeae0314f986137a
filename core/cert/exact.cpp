#include "core/cert/exact.h"

namespace gigcheck::cert {

namespace {

// Division rounding up, for a >= 0 and b > 0.
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

}  // namespace

std::int64_t gcd(std::int64_t a, std::int64_t b) {
  while (b != 0) {
    std::int64_t t = a % b;
    a = b;
    b = t;
  }
  return a < 0 ? -a : a;
}

Fraction reduced(Fraction f) {
  std::int64_t g = gcd(f.num, f.den);
  if (g > 1) {
    f.num /= g;
    f.den /= g;
  }
  return f;
}

std::string to_string(Fraction f) { return std::to_string(f.num) + "/" + std::to_string(f.den); }

RatioStanding ratio_standing(std::int64_t ok, std::int64_t total, Fraction t) {
  RatioStanding s;
  if (total == 0) {  // no record yet: one success makes 1/1
    s.needed = 1;
    return s;
  }
  // ok/total >= p/q  <=>  q*ok >= p*total
  std::int64_t surplus = t.den * ok - t.num * total;
  if (surplus >= 0) {
    s.met = true;
    // q*ok >= p*(total+m)  <=>  m <= (q*ok - p*total) / p
    s.headroom = surplus / t.num;
  } else {
    // q*(ok+k) >= p*(total+k)  <=>  k*(q-p) >= p*total - q*ok
    s.needed = ceil_div(-surplus, t.den - t.num);
  }
  return s;
}

AverageStanding average_standing(const Average& a, Fraction t) {
  AverageStanding s;
  if (a.count == 0) {  // no reviews: one 5-star review gives 5.0
    s.needed = 1;
    return s;
  }
  // S/(n*c) >= p/q  <=>  q*S >= p*c*n
  std::int64_t surplus = t.den * a.weighted_sum - t.num * a.scale * a.count;
  if (surplus >= 0) {
    s.met = true;
    // q*(S + 4*c*m) >= p*c*(n+m)  <=>  m*c*(p - 4q) <= surplus
    s.headroom = surplus / (a.scale * (t.num - 4 * t.den));
  } else {
    // q*(S + 5*c*k) >= p*c*(n+k)  <=>  k*c*(5q - p) >= -surplus
    s.needed = ceil_div(-surplus, a.scale * (5 * t.den - t.num));
  }
  return s;
}

std::optional<std::int64_t> days_to_reach(std::int64_t num, std::int64_t den, std::int64_t num_before,
                                          std::int64_t den_before, std::int64_t days, Fraction t) {
  using Wide = __int128;
  // q*num*D + q*dn*t >= p*den*D + p*dd*t  <=>  t*(q*dn - p*dd) >= D*(p*den - q*num)
  Wide shortfall = Wide(days) * (Wide(t.num) * den - Wide(t.den) * num);
  if (shortfall <= 0) return 0;
  Wide gain = Wide(t.den) * (num - num_before) - Wide(t.num) * (den - den_before);
  if (gain <= 0) return std::nullopt;
  Wide need = (shortfall + gain - 1) / gain;
  if (need > Wide(INT64_MAX)) return std::nullopt;
  return static_cast<std::int64_t>(need);
}

std::string floor_decimal(std::int64_t num, std::int64_t den, int digits) {
  std::int64_t scale = 1;
  for (int i = 0; i < digits; ++i) scale *= 10;
  // Split first so that num * scale cannot overflow.
  std::int64_t whole = num / den;
  std::int64_t fraction = (num % den) * scale / den;
  std::string out = std::to_string(whole);
  if (digits > 0) {
    std::string f = std::to_string(fraction);
    out += "." + std::string(digits - f.size(), '0') + f;
  }
  return out;
}

}  // namespace gigcheck::cert
