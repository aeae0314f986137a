// duplicate_paragraph: the same paragraph or list appears twice (a block
// pasted again while editing). A paragraph is a block between blank lines; a
// list is a run of list lines (・, 1., ① …) inside one. Blocks are compared
// as they stand, trimmed at both ends; short ones (a closing line, a one-word
// item) are not compared, since repeating 「よろしくお願いいたします。」 is not
// a pasted block; a long line said again inside paragraphs that differ counts
// too. The second and later copies are reported, in text order; copies that
// follow one another with only blank lines between them (a whole section
// pasted again) are one issue over the run, not one per paragraph.
#include <algorithm>
#include <unordered_map>

#include "core/proposal/rules.h"
#include "core/text/chars.h"

namespace gigcheck::proposal::rules {

namespace {

using namespace gigcheck::text;

// clang-format off
constexpr std::size_t min_paragraph_chars = 20;  // code points, blanks aside
constexpr std::size_t min_list_items = 2;
constexpr std::size_t quoted_chars = 20;  // of the copy, in the message
// clang-format on

struct Block {
  std::size_t begin, end;  // span in the text, trimmed
  std::size_t lines = 0;
};

// Paragraphs and, inside them, runs of list lines.
std::vector<Block> blocks_of(std::u32string_view text) {
  std::vector<Block> out;
  Block paragraph{0, 0, 0}, list{0, 0, 0};
  auto flush = [&](Block& b) {
    if (b.lines > 0) out.push_back(b);
    b = Block{0, 0, 0};
  };
  auto add_line = [&](Block& b, std::size_t begin, std::size_t end) {
    if (b.lines == 0) b.begin = begin;
    b.end = end;
    ++b.lines;
  };
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t e = i;
    while (e < text.size() && !is_line_break(text[e])) ++e;
    std::size_t b = i, t = e;
    while (b < t && is_blank(text[b])) ++b;
    while (t > b && is_blank(text[t - 1])) --t;
    if (b == t) {
      flush(list);
      flush(paragraph);
    } else {
      add_line(paragraph, b, t);
      if (starts_list_item(text, i))
        add_line(list, b, t);
      else if (list.lines > 0) {
        // A heading line (【スキル】) before the items belongs to the paragraph only.
        flush(list);
      }
    }
    if (e >= text.size()) break;
    i = e + 1;
    if (text[e] == U'\r' && i < text.size() && text[i] == U'\n') ++i;
  }
  flush(list);
  flush(paragraph);
  return out;
}

bool long_enough(std::u32string_view key, const Block& b, bool is_list) {
  if (is_list) return b.lines >= min_list_items;
  std::size_t n = 0;
  for (char32_t c : key) n += !is_blank(c) && !is_line_break(c);
  return n >= min_paragraph_chars || b.lines >= min_list_items;
}

// Reports the copies found, joining those with only blanks between them.
void report_runs(LintContext& c, std::vector<std::pair<std::size_t, std::size_t>> copies) {
  std::sort(copies.begin(), copies.end());
  auto only_blanks = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
      if (!is_blank(c.text[i]) && !is_line_break(c.text[i])) return false;
    return true;
  };
  for (std::size_t k = 0; k < copies.size();) {
    auto [begin, end] = copies[k];
    for (++k; k < copies.size() && copies[k].first >= end && only_blanks(end, copies[k].first); ++k)
      end = copies[k].second;
    c.report(Rule::duplicate_paragraph, begin, end, c.slice(begin, std::min(end, begin + quoted_chars)));
  }
}

void check(LintContext& c) {
  std::vector<Block> blocks = blocks_of(c.text);
  // Blocks and lines are compared as they stand in the text (trimmed at both ends).
  std::unordered_map<std::u32string_view, std::size_t> seen;  // key -> first block
  std::vector<std::pair<std::size_t, std::size_t>> reported;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    bool is_list = b.lines > 0 && starts_list_item(c.text, b.begin);
    std::u32string_view key = c.text.substr(b.begin, b.end - b.begin);
    if (!long_enough(key, b, is_list)) continue;
    auto [it, fresh] = seen.emplace(key, k);
    const Block& first = blocks[it->second];
    if (fresh || (first.begin == b.begin && first.end == b.end)) continue;  // a paragraph that is all list
    bool inside = false;  // a list inside a paragraph already reported
    for (auto [rb, re] : reported) inside = inside || (rb <= b.begin && b.end <= re);
    if (inside) continue;
    reported.push_back({b.begin, b.end});
  }
  // A long line said again elsewhere, inside paragraphs that differ.
  std::unordered_map<std::u32string_view, std::size_t> lines;
  for (std::size_t i = 0; i < c.text.size();) {
    std::size_t e = i;
    while (e < c.text.size() && !is_line_break(c.text[e])) ++e;
    std::size_t lb = i, le = e;
    while (lb < le && is_blank(c.text[lb])) ++lb;
    while (le > lb && is_blank(c.text[le - 1])) --le;
    if (le - lb >= min_paragraph_chars) {
      auto [it, fresh] = lines.emplace(c.text.substr(lb, le - lb), lb);
      bool inside = false;
      for (auto [rb, re] : reported) inside = inside || (rb <= lb && le <= re);
      if (!fresh && !inside) reported.push_back({lb, le});
    }
    i = e + 1;
  }
  report_runs(c, reported);
}

}  // namespace

extern const RuleDef duplicate_paragraph{Rule::duplicate_paragraph,
                                         "duplicate_paragraph",
                                         "同じ段落の重複",
                                         Severity::warning,
                                         "同じ段落（「{found}…」）がもう一度出てきます。",
                                         "重複している部分を1つにまとめてください。",
                                         nullptr,
                                         nullptr,
                                         check};

}  // namespace gigcheck::proposal::rules
