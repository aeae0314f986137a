// Stable sorting with one compiled sort for every element type.
// Each std::stable_sort instantiation adds about 5 KB to the WebAssembly
// module, and the core sorts six kinds of things (issues, signals, evidence,
// contacts, holidays, timeline steps), all short lists. Here the sort itself
// is compiled once, over positions, and only a small comparison thunk is
// generated per type.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace gigcheck {

using PositionLess = bool (*)(const void* context, std::uint32_t a, std::uint32_t b);

// Reorders positions stably so that less(context, a, b) holds for a before b.
void stable_sort_positions(std::vector<std::uint32_t>& positions, const void* context, PositionLess less);

// std::stable_sort(items.begin(), items.end(), less), for short vectors.
template <typename T, typename Less>
void stable_sort_items(std::vector<T>& items, Less less) {
  struct Context {
    const std::vector<T>& items;
    Less& less;
  } context{items, less};
  std::vector<std::uint32_t> order(items.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  stable_sort_positions(order, &context, [](const void* c, std::uint32_t a, std::uint32_t b) {
    const Context& ctx = *static_cast<const Context*>(c);
    return ctx.less(ctx.items[a], ctx.items[b]);
  });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace gigcheck
