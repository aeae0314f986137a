// libFuzzer target: the UTF-8 layer (core/text/utf8.*) on arbitrary bytes.
// Checks the contract every feature relies on for UTF-16 offsets.
#include <cstdint>
#include <string>

#include "core/text/utf8.h"
#include "tests/fuzz/fuzz_api.h"

using gigcheck_fuzz::fail;
namespace text = gigcheck::text;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  text::Decoded d = text::decode(input);
  const std::string bytes(input);
  if (d.utf16_at.size() != d.chars.size() + 1 || d.byte_at.size() != d.chars.size() + 1)
    fail("offset tables have the wrong length", bytes);
  if (d.byte_at.front() != 0 || d.byte_at.back() != size) fail("byte_at does not span the input", bytes);
  if (d.utf16_at.front() != 0 || d.utf16_at.back() != text::utf16_length(d.chars))
    fail("utf16_at does not span the text", bytes);
  for (std::size_t i = 0; i < d.chars.size(); ++i) {
    char32_t c = d.chars[i];
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) fail("decoded a non-scalar value", bytes);
    if (d.utf16_at[i + 1] - d.utf16_at[i] != (c > 0xFFFF ? 2u : 1u)) fail("utf16 step is wrong", bytes);
    std::uint32_t width = d.byte_at[i + 1] - d.byte_at[i];
    if (width < 1 || width > 4) fail("byte step out of 1..4", bytes);
    // A well-formed character re-encodes to exactly its bytes.
    std::string again;
    text::append_utf8(again, c);
    bool replaced = c == text::replacement_char && width == 1;
    if (!replaced && again != input.substr(d.byte_at[i], width)) fail("character does not round-trip", bytes);
  }
  bool valid = text::is_valid_utf8(input);
  if (valid == d.had_invalid_bytes) fail("is_valid_utf8 disagrees with decode", bytes);
  std::string encoded = text::to_utf8(d.chars);
  if (!text::is_valid_utf8(encoded)) fail("to_utf8 produced invalid UTF-8", bytes);
  if (valid && encoded != input) fail("valid input does not round-trip", bytes);
  if (text::decode(encoded).chars != d.chars) fail("decode(to_utf8(chars)) != chars", bytes);
  return 0;
}
