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
    {0x3000, U' '},   {0x00A0, U' '},  {U'\t', U' '},                    // spaces
    {0x2010, U'-'},   {0x2011, U'-'},  {0x2012, U'-'},  {0x2013, U'-'},  // hyphen, dashes
    {0x2014, U'-'},   {0x2015, U'-'},  {0x2212, U'-'},  {0x2500, U'-'},  // em dash, bar, minus, box line
    {0xFE63, U'-'},   {0x2043, U'-'},                                    // small hyphen, bullet
    {0x301C, U'~'},   {0xFF5E, U'~'},  {0x223C, U'~'},                   // wave dashes
    {0xFFE5, 0x00A5}, {0xFF65, U'・'}, {0xFF70, U'ー'},                  // ￥, half-width ・ and ｰ
    {0x2024, U'.'},   {0xFF61, U'。'},
};

// Characters dropped entirely: zero-width spaces and joiners, BOM.
constexpr char32_t dropped_chars[] = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD};

// Separators that may sit between spaced-out letters (after folding).
constexpr char32_t spacing_separators[] = {U' ', U'.', U'-', U'_', U'・', U'･'};
constexpr std::size_t max_separator_run = 2;  // "L  I  N  E" still joins
constexpr std::size_t min_spaced_letters = 3;

// fold_char() folds by the tables above; its answers for the two blocks that
// hold every folded character are computed once into FoldTable.
char32_t fold_by_tables(char32_t c) {
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

constexpr char32_t fold_table_low_end = 0x3100;     // ASCII to the CJK symbols and kana
constexpr char32_t fold_table_high_begin = 0xFE00;  // small forms, full-width and half-width forms
constexpr bool in_fold_table(char32_t c) {
  return c < fold_table_low_end || (c >= fold_table_high_begin && c <= 0xFFFF);
}

constexpr bool fold_rows_in_table() {
  for (char32_t d : dropped_chars)
    if (!in_fold_table(d)) return false;
  for (const CharFold& f : char_folds)
    if (!in_fold_table(f.from) || f.to > 0xFFFF) return false;
  return in_fold_table(0xFF01) && in_fold_table(0xFF9F);  // full-width ASCII, half-width kana
}
static_assert(fold_rows_in_table(), "a folded character lies outside FoldTable's blocks");

// fold_all() copies characters outside FoldTable's blocks as they are: every
// separator and every kana that takes a mark must lie inside them.
constexpr bool context_rules_in_table() {
  for (char32_t c : spacing_separators)
    if (!in_fold_table(c)) return false;
  return in_fold_table(U'ー') && in_fold_table(U'ヴ') && in_fold_table(U'ほ') && in_fold_table(U'ホ');
}
static_assert(context_rules_in_table(), "fold_all's fast path would skip a context rule");

struct FoldTable {
  char16_t low[fold_table_low_end];
  char16_t high[0x10000 - fold_table_high_begin];
  FoldTable() {
    for (char32_t c = 0; c < fold_table_low_end; ++c) low[c] = static_cast<char16_t>(fold_by_tables(c));
    for (char32_t c = fold_table_high_begin; c <= 0xFFFF; ++c)
      high[c - fold_table_high_begin] = static_cast<char16_t>(fold_by_tables(c));
  }
  char32_t at(char32_t c) const { return c < fold_table_low_end ? low[c] : high[c - fold_table_high_begin]; }
  char32_t fold(char32_t c) const { return in_fold_table(c) ? at(c) : c; }
};

const FoldTable& fold_table() {
  static const FoldTable table;
  return table;
}

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
  return (c >= U'ハ' && c <= U'ホ' && (c - U'ハ') % 3 == 0) || (c >= U'は' && c <= U'ほ' && (c - U'は') % 3 == 0);
}
bool is_dakuten(char32_t c) { return c == 0xFF9E || c == 0x3099 || c == U'゛'; }
bool is_handakuten(char32_t c) { return c == 0xFF9F || c == 0x309A || c == U'゜'; }
// Either mark: U+3099..U+309C or half-width ﾞ/ﾟ (a quick test before combine_mark).
bool is_sound_mark(char32_t c) { return (c >= 0x3099 && c <= 0x309C) || c == 0xFF9E || c == 0xFF9F; }

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

// Pass 1: per-character folding with the two context rules (marks, ー between digits).
// Also notes where the folded text has spacing separators, for pass 2.
Normalized fold_all(std::u32string_view in, std::vector<std::uint32_t>& separators) {
  Normalized out;
  // Sized once and trimmed at the end: folding never lengthens the text.
  // Written through plain pointers: the loop runs for every character.
  const std::size_t n = in.size();
  out.chars.resize(n);
  out.origin.resize(n);
  out.origin_end.resize(n);
  char32_t* chars = out.chars.data();
  std::uint32_t* origin = out.origin.data();
  std::uint32_t* origin_end = out.origin_end.data();
  const FoldTable& table = fold_table();
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    auto index = static_cast<std::uint32_t>(i);
    if (!in_fold_table(in[i])) {
      // Kanji and the like: never folded, never take a mark, never a separator.
      chars[k] = in[i];
      origin[k] = index;
      origin_end[k] = index + 1;
      ++k;
      continue;
    }
    char32_t c = table.at(in[i]);
    if (c == 0) continue;
    std::uint32_t end = index + 1;
    if (i + 1 < n) {
      char32_t combined = is_sound_mark(in[i + 1]) ? combine_mark(c, in[i + 1]) : 0;
      if (combined) {
        c = combined;
        ++end;
        ++i;
      } else if (c == U'ー' && k > 0 && is_ascii_digit(chars[k - 1]) && is_ascii_digit(table.fold(in[i + 1]))) {
        c = U'-';
      }
    }
    if (is_spacing_separator(c)) separators.push_back(static_cast<std::uint32_t>(k));
    chars[k] = c;
    origin[k] = index;
    origin_end[k] = end;
    ++k;
  }
  out.chars.resize(k);
  out.origin.resize(k);
  out.origin_end.resize(k);
  return out;
}

// A word character standing alone: no word character right before or after it.
bool is_single_letter(std::u32string_view s, std::size_t i) {
  if (!is_word_char(s[i]) || s[i] == U'ー') return false;
  if (i > 0 && is_word_char(s[i - 1])) return false;
  return i + 1 >= s.size() || !is_word_char(s[i + 1]);
}

// Where the next single letter of a spaced run starts after the letter at
// `i`, or 0 when the run stops here.
std::size_t next_spaced_letter(std::u32string_view s, std::size_t i) {
  std::size_t j = i + 1;
  while (j < s.size() && j - i - 1 < max_separator_run && is_spacing_separator(s[j])) ++j;
  if (j == i + 1 || j >= s.size() || is_spacing_separator(s[j])) return 0;
  return is_single_letter(s, j) ? j : 0;
}

// Pass 2: join letters spaced out to dodge filters (ラ イ ン, l.i.n.e).
// A run starts with a single letter followed by a separator, so only the
// positions before separators (from pass 1) are looked at.
Normalized join_spaced_letters(Normalized in, const std::vector<std::uint32_t>& separators) {
  const std::u32string_view s = in.chars;
  std::vector<bool> drop;      // separators to remove; allocated at the first spaced run
  std::size_t next_start = 0;  // runs do not overlap: the next one starts after the last letter of the previous
  for (std::uint32_t separator : separators) {
    if (separator == 0) continue;
    std::size_t i = separator - 1;
    if (i < next_start || !is_single_letter(s, i)) continue;
    std::size_t letters = 1, last = i;
    for (std::size_t next; (next = next_spaced_letter(s, last)) != 0; last = next) ++letters;
    if (letters >= min_spaced_letters) {
      if (drop.empty()) drop.assign(s.size(), false);
      for (std::size_t k = i; k < last; ++k)
        if (is_spacing_separator(s[k])) drop[k] = true;
    }
    next_start = last + 1;
  }
  if (drop.empty()) return in;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < in.chars.size(); ++i) {
    if (drop[i]) continue;
    in.chars[kept] = in.chars[i];
    in.origin[kept] = in.origin[i];
    in.origin_end[kept] = in.origin_end[i];
    ++kept;
  }
  in.chars.resize(kept);
  in.origin.resize(kept);
  in.origin_end.resize(kept);
  return in;
}

}  // namespace

char32_t fold_char(char32_t c) {
  // The per-character fold is the hot path of the text layer: read it from a table.
  return fold_table().fold(c);
}

std::u16string hiragana_spelling(std::u16string_view katakana) {
  constexpr char16_t katakana_to_hiragana = 0x60;  // ァ (U+30A1) - ぁ (U+3041)
  std::u16string out;
  bool kana = false;
  for (char16_t c : katakana) {
    if (c >= u'ァ' && c <= u'ヶ') {
      out.push_back(static_cast<char16_t>(c - katakana_to_hiragana));
      kana = true;
    } else if (c == u'ー') {
      out.push_back(c);
    } else {
      return {};
    }
  }
  return kana ? out : std::u16string();
}

Normalized normalize(const Decoded& decoded) {
  std::vector<std::uint32_t> separators;
  Normalized folded = fold_all(decoded.chars, separators);
  return join_spaced_letters(std::move(folded), separators);
}

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
