// Scoring (docs/risk.md, "Scoring and levels"). Each signal found removes a
// share of the remaining "safety": score = 100 × (1 − Π(1 − w_i)), with w = 60%
// for a high, 30% for a medium and 15% for a low signal; without a high signal
// the score stops at the top of the medium band. So one high signal alone is
// 高, one medium or two lows are 中, and weaker signals never add up to 高.
// Adding a signal or raising a severity can only raise the score.
#include <iterator>

#include "core/risk/risk.h"

namespace gigcheck::risk {

namespace {

struct SeverityWeight {
  Severity severity;
  int percent;
};
constexpr SeverityWeight severity_weights[] = {
    {Severity::high, 60},
    {Severity::medium, 30},
    {Severity::low, 15},
};

int weight(Severity s) {
  for (const SeverityWeight& w : severity_weights)
    if (w.severity == s) return w.percent;
  return 0;
}

}  // namespace

int combine_score(const std::vector<Severity>& severities) {
  // Remaining safety in millionths, so that the product stays exact in integers.
  std::int64_t safety = 1'000'000;
  bool any_high = false;
  for (Severity s : severities) {
    safety = safety * (100 - weight(s)) / 100;
    any_high = any_high || s == Severity::high;
  }
  int score = static_cast<int>(100 - (safety + 5'000) / 10'000);
  // Harm decides 高, not a pile of weak signs: level_table's medium band ends below high's floor.
  if (!any_high && score >= level_table[0].min_score) score = level_table[0].min_score - 1;
  return score;
}

// Checked from the top; the first threshold the score reaches gives the level.
const LevelThreshold level_table[] = {
    {60, "high", "高"},
    {25, "medium", "中"},
    {0, "low", "低"},
};
const std::size_t level_count = std::size(level_table);

std::string_view level_for_score(int score) {
  for (const LevelThreshold& t : level_table)
    if (score >= t.min_score) return t.level;
  return "low";
}

}  // namespace gigcheck::risk
