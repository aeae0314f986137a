// Normalization for detectors (risk, lint). Detectors match on a folded copy
// of the text, and every folded character remembers which original code
// points it came from, so a match maps back to exact UTF-16 offsets into the
// string the user typed.
//
// What normalize() folds (see docs/risk.md, "Text layer"):
//   - full-width ASCII, digits and symbols to ASCII (ＬＩＮＥ -> line, ０９０ -> 090, ＠ -> @)
//   - ASCII upper case to lower case
//   - half-width katakana to full-width, combining ﾞ/ﾟ (ﾗｲﾝ -> ライン, ﾊﾞｲﾄ -> バイト),
//     and combining U+3099/U+309A after full-width kana (NFD input)
//   - ideographic space, NBSP and tab to ' '; zero-width characters are dropped
//   - dash variants (‐ ‑ ‒ – — ― − ─) to '-', and ー/ｰ to '-' between two digits only
//     (so ライター keeps its ー while ０９０ー１２３４ becomes 090-1234)
//   - wave dashes (〜 ～) to '~', ￥ to ¥
//   - letters spaced out to dodge filters: 3 or more single characters separated
//     by spaces, dots, hyphens, underscores or ・ are joined (ラ イ ン -> ライン,
//     L I N E / l.i.n.e / L-I-N-E -> line). Newlines never join.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/chars.h"

#include "core/text/utf8.h"

namespace gigcheck::text {

struct Normalized {
  std::u32string chars;
  // origin[i]: index into Decoded::chars of the first original code point of
  // chars[i]; origin_end[i]: one past the last (a ﾊﾞ pair folds to one char).
  std::vector<std::uint32_t> origin;
  std::vector<std::uint32_t> origin_end;
};

// A half-open range of UTF-16 code units in the original string.
struct Utf16Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

Normalized normalize(const Decoded& decoded);

// The original UTF-16 span covered by the normalized span [begin, end).
// An empty span maps to the position of `begin`.
Utf16Span original_span(const Decoded& decoded, const Normalized& normalized, std::size_t begin, std::size_t end);

// The original text (UTF-8) covered by the normalized span [begin, end).
std::string original_text(const Decoded& decoded, const Normalized& normalized, std::size_t begin, std::size_t end);

// Folds one code point the way normalize() does, without the context rules
// (no dakuten combining, no ー between digits, no spaced-letter joining).
// Returns 0 for characters normalize() drops (zero-width).
char32_t fold_char(char32_t c);

// The hiragana spelling of a katakana word (ー kept): ライン -> らいん, テレグラム ->
// てれぐらむ. Empty when the word has anything but katakana and ー. Lexicons add
// it for channel names, which people spell in the other kana to get past filters.
std::u16string hiragana_spelling(std::u16string_view katakana);

}  // namespace gigcheck::text
