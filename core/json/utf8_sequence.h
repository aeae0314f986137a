// The UTF-8 well-formedness test shared by the JSON reader and writer.
#pragma once

#include <cstddef>

namespace gigcheck::json_detail {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence starting at p (lead byte >= 0x80),
// or 0: no overlong forms, no surrogates, nothing above U+10FFFF.
// Always inlined: it runs once per character of every string read or
// written, and left as a call it was ~4% of a risk call in WebAssembly.
[[gnu::always_inline]] inline std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
  unsigned char lead = p[0];
  std::size_t left = static_cast<std::size_t>(end - p);
  // Most Japanese text: kana and kanji, whose lead byte allows any continuation.
  if (((lead >= 0xE1 && lead <= 0xEC) || lead >= 0xEE) && lead <= 0xEF)
    return left >= 3 && is_continuation(p[1]) && is_continuation(p[2]) ? 3 : 0;
  if (lead >= 0xC2 && lead <= 0xDF) return left >= 2 && is_continuation(p[1]) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left < 3 || !is_continuation(p[1]) || !is_continuation(p[2])) return 0;
    if (lead == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (lead == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (left < 4 || !is_continuation(p[1]) || !is_continuation(p[2]) || !is_continuation(p[3])) return 0;
    if (lead == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (lead == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace gigcheck::json_detail
