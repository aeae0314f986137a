#include "core/text/matcher.h"

namespace gigcheck::text {

namespace {

std::size_t slot_of(std::uint32_t node, char32_t c, unsigned shift) {
  return static_cast<std::uint32_t>((node * 0x9E3779B1u) ^ (c * 0x85EBCA77u)) * 0x9E3779B1u >> shift;
}

}  // namespace

void PhraseMatcher::size_edges(std::size_t total_chars) {
  std::size_t slots = 2;
  unsigned bits = 1;
  while (slots < 2 * total_chars) slots *= 2, ++bits;
  edges_.assign(slots, Edge{});
  hash_shift_ = 32 - bits;
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, char32_t c) const {
  for (std::size_t h = slot_of(node, c, hash_shift_);; h = (h + 1) & (edges_.size() - 1)) {
    const Edge& e = edges_[h];
    if (e.child == 0 || (e.node == node && e.c == c)) return e.child;
  }
}

std::uint32_t PhraseMatcher::add_child(std::uint32_t node, char32_t c) {
  std::size_t h = slot_of(node, c, hash_shift_);
  for (; edges_[h].child != 0; h = (h + 1) & (edges_.size() - 1))
    if (edges_[h].node == node && edges_[h].c == c) return edges_[h].child;
  auto next = static_cast<std::uint32_t>(phrase_at_.size());
  phrase_at_.push_back(none);
  edges_[h] = {node, c, next};
  return next;
}

}  // namespace gigcheck::text
