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

// Every code point starts at a byte that is not a continuation byte
// (10xxxxxx), so counting those sizes the tables exactly for valid input.
// Invalid input can only need more (a stray continuation byte becomes a
// U+FFFD of its own); the tables then grow.
std::size_t count_sequence_starts(std::string_view utf8) {
  std::size_t n = 0;
  for (char b : utf8) n += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
  return n;
}

}  // namespace

Decoded decode(std::string_view utf8) {
  Decoded d;
  // The tables are sized once and written through plain pointers: one
  // push_back per code point into three containers was most of decode's time.
  std::size_t capacity = count_sequence_starts(utf8);
  d.chars.resize(capacity);
  d.utf16_at.resize(capacity + 1);
  d.byte_at.resize(capacity + 1);
  char32_t* chars = d.chars.data();
  std::uint32_t* utf16_at = d.utf16_at.data();
  std::uint32_t* byte_at = d.byte_at.data();
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t size = utf8.size();
  std::size_t n = 0;  // code points written
  std::uint32_t utf16 = 0;
  for (std::size_t i = 0; i < size;) {
    char32_t c = 0;
    int len = 0;
    unsigned char lead = bytes[i];
    if (lead < 0x80) {
      c = lead;
      len = 1;
    } else if ((lead & 0xF0) == 0xE0 && i + 2 < size && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
      // Three bytes: kana, kanji and Japanese punctuation, the bulk of the text.
      c = (char32_t(lead & 0x0F) << 12) | (char32_t(bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
      len = c >= 0x800 && (c < 0xD800 || c > 0xDFFF) ? 3 : 0;
    } else {
      len = decode_one(utf8, i, c);
    }
    if (len == 0) {
      c = replacement_char;
      len = 1;
      d.had_invalid_bytes = true;
    }
    if (n == capacity) {  // only after invalid bytes
      capacity = n + (size - i);
      d.chars.resize(capacity);
      d.utf16_at.resize(capacity + 1);
      d.byte_at.resize(capacity + 1);
      chars = d.chars.data();
      utf16_at = d.utf16_at.data();
      byte_at = d.byte_at.data();
    }
    chars[n] = c;
    utf16_at[n] = utf16;
    byte_at[n] = static_cast<std::uint32_t>(i);
    ++n;
    utf16 += c > 0xFFFF ? 2 : 1;
    i += len;
  }
  d.chars.resize(n);
  d.utf16_at.resize(n + 1);
  d.byte_at.resize(n + 1);
  d.utf16_at[n] = utf16;
  d.byte_at[n] = static_cast<std::uint32_t>(size);
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
