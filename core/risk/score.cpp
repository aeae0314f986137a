// Scoring (docs/risk.md, "Scoring"). Each signal found removes a share of the
// remaining "safety": score = 100 × (1 − Π(1 − w_i)), with w = 60% for a high,
// 30% for a medium and 10% for a low signal. Adding a signal or raising a
// severity can only raise the score; one high signal alone reaches "high".
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
    {Severity::low, 10},
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
  for (Severity s : severities) safety = safety * (100 - weight(s)) / 100;
  return static_cast<int>(100 - (safety + 5'000) / 10'000);
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
