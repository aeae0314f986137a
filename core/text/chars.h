// The one set of character classes and small matching helpers every feature
// uses on decoded (and, for the detectors, normalized) code points.
#pragma once

#include <cstddef>
#include <string_view>

namespace gigcheck::text {

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_lower(char32_t c) { return c >= U'a' && c <= U'z'; }
inline bool is_ascii_letter(char32_t c) { return is_ascii_lower(c) || (c >= U'A' && c <= U'Z'); }
inline bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_letter(c); }
// A digit as people type it: ASCII or full-width.
inline bool is_digit(char32_t c) { return is_ascii_digit(c) || (c >= U'０' && c <= U'９'); }
inline bool is_hiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }
// Katakana, ー included, ・ (U+30FB) excluded.
inline bool is_katakana(char32_t c) { return c >= 0x30A1 && c <= 0x30FF && c != 0x30FB; }
inline bool is_kanji(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3005; }
// Hiragana, katakana and kanji (a quick range): the bulk of Japanese text,
// and none of them is a bracket, a placeholder mark or part of a contact detail.
inline bool is_kana_or_kanji(char32_t c) { return c >= 0x3040 && c < 0xA000; }
// A character that can be part of a word (letters, digits, kana, kanji).
inline bool is_word_char(char32_t c) {
  return is_ascii_alnum(c) || is_hiragana(c) || is_katakana(c) || is_kanji(c) || (c >= 0xC0 && c < 0x2000);
}

inline bool is_line_break(char32_t c) { return c == U'\n' || c == U'\r'; }
// Spaces that may surround a sentence: ASCII space, tab, ideographic space, no-break space.
inline bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0; }
// Full stops that end a Japanese sentence: 。．！？ and the ASCII !? (an ASCII
// "." does not: it sits inside URLs, decimals and addresses).
inline bool is_full_stop(char32_t c) {
  return c == U'。' || c == U'．' || c == U'！' || c == U'？' || c == U'!' || c == U'?';
}
// An English full stop: a "." after a letter, before a space or the end
// ("Thanks. I" ends a sentence; "gmail.com", "1.5" and "1. " do not).
inline bool is_english_stop_at(std::u32string_view s, std::size_t i) {
  return s[i] == U'.' && i > 0 && is_ascii_letter(s[i - 1]) && (i + 1 == s.size() || is_blank(s[i + 1]));
}
// Where a sentence ends for every reader of text, without regard to brackets:
// a full stop, an English full stop or a line break.
inline bool is_sentence_end_at(std::u32string_view s, std::size_t i) {
  return is_full_stop(s[i]) || is_line_break(s[i]) || is_english_stop_at(s, i);
}
// Brackets the sentence splitter does not split inside: 「」『』（）().
inline bool is_open_bracket(char32_t c) { return c == U'「' || c == U'『' || c == U'（' || c == U'('; }
inline bool is_close_bracket(char32_t c) { return c == U'」' || c == U'』' || c == U'）' || c == U')'; }

// True when `phrase` occurs in `text` at `pos`.
inline bool matches_at(std::u32string_view text, std::size_t pos, std::u32string_view phrase) {
  return pos <= text.size() && text.size() - pos >= phrase.size() && text.compare(pos, phrase.size(), phrase) == 0;
}

inline bool ends_with(std::u32string_view text, std::u32string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The characters of a short string folded to 256 bits: a phrase whose first
// two characters are not both in the mask cannot occur in the string (quick
// reject before a search).
class CharMask {
 public:
  explicit CharMask(std::u32string_view s) {
    for (char32_t c : s) bits_[(c >> 6) & 3] |= 1ull << (c & 63);
  }
  bool may_occur(std::u32string_view phrase) const {
    return !phrase.empty() && has(phrase[0]) && (phrase.size() == 1 || has(phrase[1]));
  }

 private:
  bool has(char32_t c) const { return (bits_[(c >> 6) & 3] >> (c & 63)) & 1u; }
  unsigned long long bits_[4] = {};
};

// A set of characters folded to 12 bits: "may be in the set" with one load,
// for scanners that test every character of a text.
class CharFilter {
 public:
  CharFilter() = default;
  explicit CharFilter(std::u32string_view chars) {
    for (char32_t c : chars) add(c);
  }
  void add(char32_t c) { slots_[c & 0xFFF] = true; }
  bool may_contain(char32_t c) const { return slots_[c & 0xFFF]; }

 private:
  bool slots_[4096] = {};
};

}  // namespace gigcheck::text
