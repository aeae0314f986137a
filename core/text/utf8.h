// UTF-8 decoding shared by every feature that reads Japanese text. Positions
// reported to users are UTF-16 code-unit offsets into the original string,
// because that is what JavaScript's String.prototype.slice counts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gigcheck::text {

struct Decoded {
  std::u32string chars;                 // code points; invalid bytes become U+FFFD
  std::vector<std::uint32_t> utf16_at;  // utf16_at[i]: UTF-16 offset of chars[i]; one extra entry for the end
  std::vector<std::uint32_t> byte_at;   // byte_at[i]: byte offset of chars[i] in the UTF-8 input; one extra entry
  bool had_invalid_bytes = false;
};

constexpr char32_t replacement_char = 0xFFFD;

Decoded decode(std::string_view utf8);
bool is_valid_utf8(std::string_view utf8);
void append_utf8(std::string& out, char32_t c);
std::string to_utf8(std::u32string_view chars);
std::size_t utf16_length(std::u32string_view chars);

}  // namespace gigcheck::text
