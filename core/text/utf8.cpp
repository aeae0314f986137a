#include "core/text/utf8.h"

#include <cstring>

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
// U+FFFD of its own); the tables then grow. Eight bytes are counted at a time.
std::size_t count_sequence_starts(std::string_view utf8) {
  constexpr std::uint64_t high_bits = 0x8080808080808080ull;
  std::size_t continuation = 0, i = 0;
  for (; i + 8 <= utf8.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, utf8.data() + i, 8);
    // A byte's high bit survives when it is 1 and the bit below it is 0.
    std::uint64_t marks = (word & ~(word << 1)) & high_bits;
    continuation += static_cast<std::size_t>(((marks >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < utf8.size(); ++i) continuation += (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80;
  return utf8.size() - continuation;
}

}  // namespace

Decoded decode(std::string_view utf8) {
  Decoded d;
  // The tables are sized once and written through plain pointers: one
  // push_back per code point into three containers was most of decode's time.
  // Valid sequences cannot outnumber the sequence starts; at the first invalid
  // byte the tables grow so that every byte left could be a code point.
  char32_t* chars = nullptr;
  std::uint32_t* utf16_at = nullptr;
  std::uint32_t* byte_at = nullptr;
  auto size_tables = [&](std::size_t capacity) {
    d.chars.resize(capacity);
    d.utf16_at.resize(capacity + 1);
    d.byte_at.resize(capacity + 1);
    chars = d.chars.data();
    utf16_at = d.utf16_at.data();
    byte_at = d.byte_at.data();
  };
  size_tables(count_sequence_starts(utf8));
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t size = utf8.size();
  std::size_t n = 0;  // code points written
  std::size_t i = 0;  // byte offset
  std::uint32_t utf16 = 0;
  auto put = [&](char32_t c, std::size_t at) {
    chars[n] = c;
    utf16_at[n] = utf16;
    byte_at[n] = static_cast<std::uint32_t>(at);
    utf16 += c > 0xFFFF ? 2 : 1;
    ++n;
  };
  while (i < size) {
    // ASCII and three-byte sequences (kana, kanji, Japanese punctuation) are
    // the bulk of the text: a tight loop with no call keeps them in registers.
    while (i + 2 < size) {
      unsigned lead = bytes[i];
      if (lead < 0x80) {
        put(lead, i);
        i += 1;
        continue;
      }
      if ((lead & 0xF0) != 0xE0) break;
      unsigned b1 = bytes[i + 1], b2 = bytes[i + 2];
      char32_t c = (char32_t(lead & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F);
      bool valid = ((b1 & 0xC0) == 0x80) & ((b2 & 0xC0) == 0x80) & (c >= 0x800) & (c - 0xD800 > 0x7FF);
      if (!valid) break;
      put(c, i);
      i += 3;
    }
    if (i >= size) break;
    // Two- and four-byte sequences, the last two bytes, or an invalid byte,
    // which becomes a U+FFFD of its own.
    char32_t c = 0;
    int len = decode_one(utf8, i, c);
    if (len == 0) {
      if (!d.had_invalid_bytes) size_tables(n + (size - i));
      d.had_invalid_bytes = true;
      c = replacement_char;
      len = 1;
    }
    put(c, i);
    i += len;
  }
  size_tables(n);
  utf16_at[n] = utf16;
  byte_at[n] = static_cast<std::uint32_t>(size);
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
  // One append of up to 4 bytes: each push_back re-checks libc++'s short-string
  // flag, which is slow in WebAssembly.
  char bytes[4];
  std::size_t n;
  if (c < 0x80) {
    bytes[0] = static_cast<char>(c);
    n = 1;
  } else if (c < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (c >> 6));
    bytes[1] = static_cast<char>(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (c >> 12));
    bytes[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | (c & 0x3F));
    n = 3;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (c >> 18));
    bytes[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[3] = static_cast<char>(0x80 | (c & 0x3F));
    n = 4;
  }
  out.append(bytes, n);
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
