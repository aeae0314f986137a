#include "core/text/utf8.h"

namespace gigcheck::text {

namespace {

// Length of the sequence starting with `lead`, or 0 when it cannot start one.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Decodes one code point at `i`; returns its byte length, or 0 when invalid
// (overlong forms, surrogates and values past U+10FFFF are invalid).
int decode_one(std::string_view s, std::size_t i, char32_t& out) {
  auto lead = static_cast<unsigned char>(s[i]);
  int len = sequence_length(lead);
  if (len == 0 || i + len > s.size()) return 0;
  if (len == 1) {
    out = lead;
    return 1;
  }
  char32_t c = lead & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  static constexpr char32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min_for_length[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  out = c;
  return len;
}

}  // namespace

Decoded decode(std::string_view utf8) {
  Decoded d;
  d.chars.reserve(utf8.size());
  d.utf16_at.reserve(utf8.size() + 1);
  d.byte_at.reserve(utf8.size() + 1);
  std::uint32_t utf16 = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    int len = decode_one(utf8, i, c);
    if (len == 0) {
      c = replacement_char;
      len = 1;
      d.had_invalid_bytes = true;
    }
    d.chars.push_back(c);
    d.utf16_at.push_back(utf16);
    d.byte_at.push_back(static_cast<std::uint32_t>(i));
    utf16 += c > 0xFFFF ? 2 : 1;
    i += len;
  }
  d.utf16_at.push_back(utf16);
  d.byte_at.push_back(static_cast<std::uint32_t>(utf8.size()));
  return d;
}

bool is_valid_utf8(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    int len = decode_one(utf8, i, c);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string to_utf8(std::u32string_view chars) {
  std::string out;
  out.reserve(chars.size() * 3);
  for (char32_t c : chars) append_utf8(out, c);
  return out;
}

std::size_t utf16_length(std::u32string_view chars) {
  std::size_t n = 0;
  for (char32_t c : chars) n += c > 0xFFFF ? 2 : 1;
  return n;
}

}  // namespace gigcheck::text
