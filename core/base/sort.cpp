#include "core/base/sort.h"

#include <algorithm>

namespace gigcheck {

void stable_sort_positions(std::vector<std::uint32_t>& positions, const void* context, PositionLess less) {
  std::stable_sort(positions.begin(), positions.end(),
                   [context, less](std::uint32_t a, std::uint32_t b) { return less(context, a, b); });
}

}  // namespace gigcheck
