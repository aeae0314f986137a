// The one multi-string matcher: a set of phrases as a trie, built once, so a
// scan reads each position once for all phrases instead of comparing each
// phrase in turn. Used by the risk lexicon and the lint phrase tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text/chars.h"

namespace gigcheck::text {

class PhraseMatcher {
 public:
  static constexpr std::uint32_t none = UINT32_MAX;

  // Phrase i of `phrases` gets id i; a repeated phrase keeps its first id.
  // Phrases may be UTF-32 or, for tables that are all in the BMP, UTF-16.
  template <typename Phrases>
  explicit PhraseMatcher(const Phrases& phrases) {
    std::size_t total = 0;
    for (const auto& p : phrases) total += p.size();
    size_edges(total);
    std::uint32_t id = 0;
    for (const auto& p : phrases) add(p, id++);
  }

  // Calls found(id, length) for every phrase that starts at `pos`, shortest first.
  template <typename Found>
  void each_at(std::u32string_view text, std::size_t pos, Found found) const {
    if (pos >= text.size() || !first_chars_.may_contain(text[pos])) return;
    std::uint32_t node = 0;
    for (std::size_t k = pos; k < text.size() && (node = child(node, text[k])) != 0; ++k)
      if (phrase_at_[node] != none) found(phrase_at_[node], k + 1 - pos);
  }

  // The id of the longest phrase that starts at `pos`, or `none`.
  std::uint32_t longest_at(std::u32string_view text, std::size_t pos) const {
    std::uint32_t longest = none;
    each_at(text, pos, [&](std::uint32_t id, std::size_t) { longest = id; });
    return longest;
  }

  // True when any phrase occurs in `text`.
  bool occurs_in(std::u32string_view text) const {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (longest_at(text, i) != none) return true;
    return false;
  }

 private:
  struct Edge {
    std::uint32_t node = 0;
    char32_t c = 0;
    std::uint32_t child = 0;  // 0: empty slot (the root is nobody's child)
  };
  std::vector<std::uint32_t> phrase_at_{none};  // per node: the phrase that ends there
  std::vector<Edge> edges_;                     // open addressing, a power of two in size, at most half full
  unsigned hash_shift_ = 0;
  CharFilter first_chars_;  // most positions start no phrase: one load says so

  void size_edges(std::size_t total_chars);
  std::uint32_t child(std::uint32_t node, char32_t c) const;
  std::uint32_t add_child(std::uint32_t node, char32_t c);

  template <typename Phrase>
  void add(const Phrase& phrase, std::uint32_t id) {
    if (phrase.empty()) return;
    first_chars_.add(static_cast<char32_t>(phrase.front()));
    std::uint32_t node = 0;
    for (auto c : phrase) node = add_child(node, static_cast<char32_t>(c));
    if (phrase_at_[node] == none) phrase_at_[node] = id;
  }
};

}  // namespace gigcheck::text
