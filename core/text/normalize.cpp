#include "core/text/normalize.h"

namespace gigcheck::text {

namespace {

// Half-width katakana U+FF61..U+FF9F to their full-width forms, in order.
constexpr char32_t halfwidth_kana[] = {
    U'。', U'「', U'」', U'、', U'・', U'ヲ', U'ァ', U'ィ', U'ゥ', U'ェ', U'ォ', U'ャ', U'ュ', U'ョ', U'ッ', U'ー',
    U'ア', U'イ', U'ウ', U'エ', U'オ', U'カ', U'キ', U'ク', U'ケ', U'コ', U'サ', U'シ', U'ス', U'セ', U'ソ', U'タ',
    U'チ', U'ツ', U'テ', U'ト', U'ナ', U'ニ', U'ヌ', U'ネ', U'ノ', U'ハ', U'ヒ', U'フ', U'ヘ', U'ホ', U'マ', U'ミ',
    U'ム', U'メ', U'モ', U'ヤ', U'ユ', U'ヨ', U'ラ', U'リ', U'ル', U'レ', U'ロ', U'ワ', U'ン', U'゛', U'゜',
};
static_assert(sizeof(halfwidth_kana) / sizeof(char32_t) == 0xFF9F - 0xFF61 + 1);

// Single characters folded to one ASCII (or other) character.
struct CharFold {
  char32_t from;
  char32_t to;
};
constexpr CharFold char_folds[] = {
    {0x3000, U' '}, {0x00A0, U' '}, {U'\t', U' '},                        // spaces
    {0x2010, U'-'}, {0x2011, U'-'}, {0x2012, U'-'}, {0x2013, U'-'},       // hyphen, dashes
    {0x2014, U'-'}, {0x2015, U'-'}, {0x2212, U'-'}, {0x2500, U'-'},       // em dash, bar, minus, box line
    {0xFE63, U'-'}, {0x2043, U'-'},                                       // small hyphen, bullet
    {0x301C, U'~'}, {0xFF5E, U'~'}, {0x223C, U'~'},                       // wave dashes
    {0xFFE5, 0x00A5}, {0xFF65, U'・'}, {0xFF70, U'ー'},                   // ￥, half-width ・ and ｰ
    {0x2024, U'.'}, {0xFF61, U'。'},
};

// Characters dropped entirely: zero-width spaces and joiners, BOM.
constexpr char32_t dropped_chars[] = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD};

// Separators that may sit between spaced-out letters (after folding).
constexpr char32_t spacing_separators[] = {U' ', U'.', U'-', U'_', U'・', U'･'};
constexpr std::size_t max_separator_run = 2;  // "L  I  N  E" still joins
constexpr std::size_t min_spaced_letters = 3;

// Kana that take a dakuten by adding 1 (カ..ト, ハ..ホ) and a handakuten by adding 2 (ハ..ホ).
bool takes_dakuten(char32_t c) {
  if (c >= U'カ' && c <= U'チ') return (c - U'カ') % 2 == 0;
  if (c == U'ツ' || c == U'テ' || c == U'ト' || c == U'つ' || c == U'て' || c == U'と') return true;
  if (c >= U'ハ' && c <= U'ホ') return (c - U'ハ') % 3 == 0;
  if (c >= U'か' && c <= U'ち') return (c - U'か') % 2 == 0;
  if (c >= U'は' && c <= U'ほ') return (c - U'は') % 3 == 0;
  return c == U'ウ';
}
bool takes_handakuten(char32_t c) {
  return (c >= U'ハ' && c <= U'ホ' && (c - U'ハ') % 3 == 0) ||
         (c >= U'は' && c <= U'ほ' && (c - U'は') % 3 == 0);
}
bool is_dakuten(char32_t c) { return c == 0xFF9E || c == 0x3099 || c == U'゛'; }
bool is_handakuten(char32_t c) { return c == 0xFF9F || c == 0x309A || c == U'゜'; }

// ﾃﾞ after ﾃ etc.: the combined character, or 0 when `mark` does not combine with `base`.
char32_t combine_mark(char32_t base, char32_t mark) {
  if (is_dakuten(mark) && takes_dakuten(base)) return base == U'ウ' ? U'ヴ' : base + 1;
  if (is_handakuten(mark) && takes_handakuten(base)) return base + 2;
  return 0;
}

bool is_spacing_separator(char32_t c) {
  for (char32_t s : spacing_separators)
    if (c == s) return true;
  return false;
}

struct Builder {
  Normalized out;
  void push(char32_t c, std::uint32_t begin, std::uint32_t end) {
    out.chars.push_back(c);
    out.origin.push_back(begin);
    out.origin_end.push_back(end);
  }
};

// Pass 1: per-character folding with the two context rules (marks, ー between digits).
Normalized fold_all(const std::u32string& in) {
  Builder b;
  b.out.chars.reserve(in.size());
  b.out.origin.reserve(in.size());
  b.out.origin_end.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    char32_t c = fold_char(in[i]);
    if (c == 0) continue;
    auto index = static_cast<std::uint32_t>(i);
    if (i + 1 < in.size()) {
      if (char32_t combined = combine_mark(c, in[i + 1])) {
        b.push(combined, index, index + 2);
        ++i;
        continue;
      }
    }
    if (c == U'ー' && !b.out.chars.empty() && is_ascii_digit(b.out.chars.back()) && i + 1 < in.size() &&
        is_ascii_digit(fold_char(in[i + 1])))
      c = U'-';
    b.push(c, index, index + 1);
  }
  return b.out;
}

// A word character standing alone: no word character right before or after it.
bool is_single_letter(const std::u32string& s, std::size_t i) {
  if (!is_word_char(s[i]) || s[i] == U'ー') return false;
  if (i > 0 && is_word_char(s[i - 1])) return false;
  return i + 1 >= s.size() || !is_word_char(s[i + 1]);
}

// Where the next single letter of a spaced run starts after the letter at
// `i`, or 0 when the run stops here.
std::size_t next_spaced_letter(const std::u32string& s, std::size_t i) {
  std::size_t j = i + 1;
  while (j < s.size() && j - i - 1 < max_separator_run && is_spacing_separator(s[j])) ++j;
  if (j == i + 1 || j >= s.size() || is_spacing_separator(s[j])) return 0;
  return is_single_letter(s, j) ? j : 0;
}

// Pass 2: join letters spaced out to dodge filters (ラ イ ン, l.i.n.e).
Normalized join_spaced_letters(Normalized in) {
  const std::u32string& s = in.chars;
  std::vector<bool> keep(s.size(), true);
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_single_letter(s, i)) {
      ++i;
      continue;
    }
    std::size_t letters = 1, last = i;
    for (std::size_t next; (next = next_spaced_letter(s, last)) != 0; last = next) ++letters;
    if (letters >= min_spaced_letters) {
      for (std::size_t k = i; k < last; ++k)
        if (is_spacing_separator(s[k])) keep[k] = false;
      any = true;
    }
    i = last + 1;
  }
  if (!any) return in;
  Builder b;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (keep[i]) b.push(s[i], in.origin[i], in.origin_end[i]);
  return b.out;
}

}  // namespace

char32_t fold_char(char32_t c) {
  // Fast path: kana and kanji, most of any Japanese text, are never folded.
  if ((c >= 0x3041 && c <= 0x3098) || (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x4E00 && c <= 0x9FFF)) return c;
  if (c >= 0xFF01 && c <= 0xFF5D) c -= 0xFEE0;  // full-width ASCII (～ is folded below)
  if (c >= U'A' && c <= U'Z') return c + (U'a' - U'A');
  if (c < 0x80) return c;
  for (char32_t d : dropped_chars)
    if (c == d) return 0;
  for (const CharFold& f : char_folds)
    if (c == f.from) return f.to;
  if (c >= 0xFF61 && c <= 0xFF9F) return halfwidth_kana[c - 0xFF61];
  return c;
}

Normalized normalize(const Decoded& decoded) { return join_spaced_letters(fold_all(decoded.chars)); }

Utf16Span original_span(const Decoded& decoded, const Normalized& n, std::size_t begin, std::size_t end) {
  if (begin >= n.chars.size()) {
    auto at = decoded.utf16_at.back();
    return {at, at};
  }
  if (end > n.chars.size()) end = n.chars.size();
  std::uint32_t start = decoded.utf16_at[n.origin[begin]];
  if (end <= begin) return {start, start};
  return {start, decoded.utf16_at[n.origin_end[end - 1]]};
}

std::string original_text(const Decoded& decoded, const Normalized& n, std::size_t begin, std::size_t end) {
  if (begin >= n.chars.size() || end <= begin) return {};
  if (end > n.chars.size()) end = n.chars.size();
  std::uint32_t first = n.origin[begin], last = n.origin_end[end - 1];
  return to_utf8(std::u32string_view(decoded.chars).substr(first, last - first));
}

}  // namespace gigcheck::text
