// text::decode: code points, UTF-16 and byte offsets, and U+FFFD for every
// invalid byte, on the fast path (ASCII, three-byte) and off it (two- and
// four-byte sequences, invalid bytes, the last bytes of the input).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/text/utf8.h"

using gigcheck::text::decode;
using gigcheck::text::Decoded;

namespace {

// A plain reading of the UTF-8 rules, one byte at a time, to compare with.
struct Reference {
  std::u32string chars;
  std::vector<std::uint32_t> utf16_at, byte_at;
  bool invalid = false;
};

Reference reference_decode(const std::string& s) {
  Reference r;
  std::uint32_t utf16 = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char lead = byte(i);
    std::size_t len = lead < 0x80                    ? 1
                      : lead >= 0xC2 && lead <= 0xDF ? 2
                      : lead >= 0xE0 && lead <= 0xEF ? 3
                      : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                     : 0;
    char32_t c = 0xFFFD;
    bool ok = len > 0 && i + len <= s.size();
    if (ok) {
      c = len == 1 ? lead : lead & (0xFF >> (len + 1));
      for (std::size_t k = 1; k < len && ok; ++k) {
        ok = (byte(i + k) & 0xC0) == 0x80;
        c = (c << 6) | (byte(i + k) & 0x3F);
      }
      const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
      ok = ok && c >= smallest[len] && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
    }
    if (!ok) {
      c = 0xFFFD;
      len = 1;
      r.invalid = true;
    }
    r.chars.push_back(c);
    r.utf16_at.push_back(utf16);
    r.byte_at.push_back(static_cast<std::uint32_t>(i));
    utf16 += c > 0xFFFF ? 2 : 1;
    i += len;
  }
  r.utf16_at.push_back(utf16);
  r.byte_at.push_back(static_cast<std::uint32_t>(s.size()));
  return r;
}

void check_same(const std::string& bytes) {
  Decoded d = decode(bytes);
  Reference r = reference_decode(bytes);
  CHECK(d.chars == r.chars);
  CHECK(d.utf16_at == r.utf16_at);
  CHECK(d.byte_at == r.byte_at);
  CHECK(d.had_invalid_bytes == r.invalid);
}

}  // namespace

TEST_CASE("decode: Japanese text with ASCII, offsets in UTF-16 units and bytes") {
  Decoded d = decode("はじめまして。\nI'm 佐藤。");
  REQUIRE(d.chars == U"はじめまして。\nI'm 佐藤。");
  CHECK(d.utf16_at == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
  CHECK(d.byte_at == std::vector<std::uint32_t>{0, 3, 6, 9, 12, 15, 18, 21, 22, 23, 24, 25, 26, 29, 32, 35});
  CHECK_FALSE(d.had_invalid_bytes);
}

TEST_CASE("decode: two- and four-byte characters between three-byte ones") {
  Decoded d = decode("×あ😀い𠮷");  // U+00D7 (2 bytes), U+1F600 and U+20BB7 (4 bytes, two UTF-16 units)
  REQUIRE(d.chars == U"×あ😀い𠮷");
  CHECK(d.utf16_at == std::vector<std::uint32_t>{0, 1, 2, 4, 5, 7});
  CHECK(d.byte_at == std::vector<std::uint32_t>{0, 2, 5, 9, 12, 16});
}

TEST_CASE("decode: a three-byte character as the last bytes, and alone") {
  CHECK(decode("あ").chars == U"あ");
  CHECK(decode("aい").chars == U"aい");
  CHECK(decode("ab").chars == U"ab");
  Decoded empty = decode("");
  CHECK(empty.chars.empty());
  CHECK(empty.utf16_at == std::vector<std::uint32_t>{0});
  CHECK(empty.byte_at == std::vector<std::uint32_t>{0});
}

TEST_CASE("decode: each invalid byte becomes one U+FFFD, and decoding goes on") {
  // stray continuation, overlong three-byte, surrogate, truncated at the end
  Decoded d = decode("あ\x80い\xE0\x80\x80う\xED\xA0\x80え\xE3\x81");
  CHECK(d.chars == U"あ\uFFFDい\uFFFD\uFFFD\uFFFDう\uFFFD\uFFFD\uFFFDえ\uFFFD\uFFFD");
  CHECK(d.had_invalid_bytes);
  CHECK(d.byte_at.back() == 21);
  CHECK(d.utf16_at.back() == d.chars.size());
  // More code points than sequence starts: the tables grow past their first size.
  Decoded stray = decode("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80 ok");
  CHECK(stray.chars == U"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD ok");
  CHECK(stray.byte_at.size() == stray.chars.size() + 1);
}

TEST_CASE("decode: bad lead bytes, overlong and out-of-range forms") {
  for (const char* bytes : {"\xC0\xAF", "\xC1\xBF", "\xF5\x80\x80\x80", "\xFF", "\xF4\x90\x80\x80", "\xF0\x8F\xBF\xBF",
                            "\xE3\x81\x41", "\xE3\x41\x81", "\xC2", "\xF0\x9F\x98"}) {
    CAPTURE(bytes);
    check_same(bytes);
    CHECK(decode(bytes).had_invalid_bytes);
  }
}

TEST_CASE("decode agrees with a byte-by-byte reading on every one- and two-byte input") {
  for (unsigned v = 0; v < 0x10000; ++v) {
    std::string bytes{static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
    Decoded d = decode(bytes);
    Reference r = reference_decode(bytes);
    if (d.chars != r.chars || d.utf16_at != r.utf16_at || d.byte_at != r.byte_at || d.had_invalid_bytes != r.invalid) {
      FAIL_CHECK("disagrees on bytes " << (v & 0xFF) << " " << (v >> 8));
      break;
    }
  }
  check_same(std::string(1, '\0'));
}

TEST_CASE("decode agrees with a byte-by-byte reading on mixed Japanese text with damage") {
  const std::string text = "はじめまして、佐藤です。\r\nWordPress歴2年😀（3,000文字）×2本";
  unsigned seed = 12345;
  auto next = [&](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string bytes = text;
    for (unsigned k = next(4); k > 0; --k) {
      std::size_t at = next(static_cast<unsigned>(bytes.size()));
      if (next(2))
        bytes[at] = static_cast<char>(next(256));
      else
        bytes.insert(bytes.begin() + at, static_cast<char>(0x80 | next(64)));
    }
    bytes.resize(bytes.size() - next(4));
    CAPTURE(round);
    check_same(bytes);
  }
}
