#include "core/text/sentences.h"

#include <algorithm>

#include "core/text/chars.h"

namespace gigcheck::text {

namespace {

// Bullets that start a list line in applications and job posts.
constexpr std::u32string_view bullet_chars = U"・･•●○◯■□◆◇▶▷▪▫★☆✓✔◎-*+※→";
// Circled numbers ①..⑳.
constexpr char32_t circled_first = U'①', circled_last = U'⑳';
// Marks that make a line a heading.
constexpr std::u32string_view heading_marks = U"■□◆◇#＃▼▽●";

size_t skip_blanks(std::u32string_view text, size_t i) {
  while (i < text.size() && is_blank(text[i])) ++i;
  return i;
}

// A heading line: 【…】 alone on its line, a line starting with a heading mark
// and no full stop, or a short line ending with a colon.
bool is_heading_line(std::u32string_view line) {
  if (line.empty()) return false;
  bool marked = line.front() == U'【' || heading_marks.find(line.front()) != std::u32string_view::npos ||
                line.back() == U'：' || line.back() == U':';
  if (!marked) return false;
  bool has_stop = std::any_of(line.begin(), line.end(), is_full_stop);
  if (line.front() == U'【') {
    size_t close = line.find(U'】');
    return close != std::u32string_view::npos && (close + 1 == line.size() || !has_stop);
  }
  if (heading_marks.find(line.front()) != std::u32string_view::npos && !has_stop) return true;
  return !has_stop && (line.back() == U'：' || line.back() == U':');
}

}  // namespace

bool starts_list_item(std::u32string_view text, size_t line_begin, size_t* marker_end) {
  size_t i = skip_blanks(text, line_begin);
  if (i >= text.size()) return false;
  char32_t c = text[i];
  if (is_kana_or_kanji(c) && c != U'・') return false;  // the one bullet among kana and kanji
  size_t end = 0;
  if (bullet_chars.find(c) != std::u32string_view::npos) {
    end = i + 1;
  } else if (c >= circled_first && c <= circled_last) {
    end = i + 1;
  } else if (c == U'(' || c == U'（') {
    size_t j = i + 1;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j == i + 1 || j >= text.size() || (text[j] != U')' && text[j] != U'）')) return false;
    end = j + 1;
  } else if (is_digit(c)) {
    size_t j = i;
    while (j < text.size() && is_digit(text[j]) && j - i < 3) ++j;
    if (j >= text.size()) return false;
    char32_t after = text[j];
    if (after != U'.' && after != U'．' && after != U')' && after != U'）' && after != U'、' && after != U'：' &&
        after != U':')
      return false;
    // "1.5時間" is a number, not a list marker.
    if ((after == U'.' || after == U'．') && j + 1 < text.size() && is_digit(text[j + 1])) return false;
    end = j + 1;
  } else {
    return false;
  }
  if (marker_end) *marker_end = skip_blanks(text, end);
  return true;
}

bool inside_quote(const std::vector<Quote>& quotes, size_t pos) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), pos, [](size_t p, const Quote& q) { return p < q.begin; });
  if (it == quotes.begin()) return false;
  --it;
  return pos >= it->begin && pos < it->end;
}

SplitText split_sentences(std::u32string_view text) {
  SplitText out;
  out.sentences.reserve(text.size() / 24 + 4);  // about one sentence per 24 characters in applications
  out.non_kana.reserve(text.size() / 4 + 16);   // about one character in six in applications
  size_t line_begin = 0;
  size_t line_first_sentence = 0;  // index in out.sentences of the line's first sentence
  bool line_is_list = false;
  size_t sentence_begin = 0;
  int depth = 0;  // open brackets; reset at each line break so an unclosed 「 cannot swallow the text
  size_t quote_begin = 0;
  int quote_depth = 0;

  auto start_line = [&](size_t at) {
    line_begin = at;
    line_first_sentence = out.sentences.size();
    line_is_list = starts_list_item(text, at);
    sentence_begin = at;
    depth = 0;
    quote_depth = 0;
  };
  auto close_sentence = [&](size_t end, bool by_stop) {
    size_t begin = skip_blanks(text, sentence_begin);
    size_t trimmed_end = end;
    while (trimmed_end > begin && is_blank(text[trimmed_end - 1])) --trimmed_end;
    if (trimmed_end > begin) out.sentences.push_back({begin, trimmed_end, by_stop, line_is_list, false});
    sentence_begin = end;
  };
  // Whether a line is a heading needs its end, known only here; its
  // sentences are marked now rather than scanning ahead for the end.
  auto end_line = [&](size_t line_end) {
    if (line_is_list || line_first_sentence == out.sentences.size()) return;
    size_t first = skip_blanks(text, line_begin);
    if (!is_heading_line(text.substr(first, line_end - first))) return;
    for (size_t k = line_first_sentence; k < out.sentences.size(); ++k) out.sentences[k].heading = true;
  };

  start_line(0);
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (is_kana_or_kanji(c)) continue;  // no stop, bracket or break among them
    out.non_kana.push_back(i);
    if (is_line_break(c)) {
      close_sentence(i, false);
      end_line(i);
      if (c == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n') out.non_kana.push_back(++i);
      start_line(i + 1);
      continue;
    }
    if (c == U'「' || c == U'『') {
      if (quote_depth++ == 0) quote_begin = i;
    } else if ((c == U'」' || c == U'』') && quote_depth > 0) {
      if (--quote_depth == 0) out.quotes.push_back({quote_begin, i + 1});
    }
    if (is_open_bracket(c)) {
      ++depth;
    } else if (is_close_bracket(c)) {
      if (depth > 0) --depth;
    } else if (depth == 0 && (is_full_stop(c) || is_english_stop_at(text, i))) {
      size_t end = i + 1;
      while (end < text.size() && (is_full_stop(text[end]) || is_close_bracket(text[end])))
        out.non_kana.push_back(end++);
      close_sentence(end, true);
      i = end - 1;
    }
  }
  close_sentence(text.size(), false);
  end_line(text.size());
  return out;
}

}  // namespace gigcheck::text
