// libFuzzer target: normalization and the contact finder (core/text) on
// arbitrary bytes. Every folded character must map back to a valid range of
// the original, and every contact hit to a valid UTF-16 span of it.
#include <cstdint>
#include <string>

#include "core/text/contacts.h"
#include "core/text/normalize.h"
#include "tests/fuzz/fuzz_api.h"

using gigcheck_fuzz::fail;
namespace text = gigcheck::text;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string bytes(input);
  text::Decoded d = text::decode(input);
  text::Normalized n = text::normalize(d);
  if (n.origin.size() != n.chars.size() || n.origin_end.size() != n.chars.size())
    fail("origin tables have the wrong length", bytes);
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < n.chars.size(); ++i) {
    if (n.origin[i] >= n.origin_end[i] || n.origin_end[i] > d.chars.size()) fail("origin range out of bounds", bytes);
    if (n.origin[i] < previous) fail("origins go backwards", bytes);
    previous = n.origin[i];
    if (n.chars[i] == 0) fail("normalized text holds U+0000 from nowhere", bytes);
  }
  for (char32_t c : d.chars) (void)text::fold_char(c);

  const std::uint32_t length16 = d.utf16_at.back();
  // A few spans, including past-the-end and reversed ones.
  std::size_t m = n.chars.size();
  for (std::size_t begin : {std::size_t{0}, m / 3, m / 2, m, m + 1})
    for (std::size_t end : {std::size_t{0}, m / 2, m, m + 5}) {
      text::Utf16Span span = text::original_span(d, n, begin, end);
      if (span.start > span.end || span.end > length16) fail("original_span out of bounds", bytes);
      std::string t = text::original_text(d, n, begin, end);
      if (!text::is_valid_utf8(t)) fail("original_text is not valid UTF-8", bytes);
    }

  std::uint32_t last_end = 0;
  for (const text::ContactHit& hit : text::find_contacts(d, n)) {
    if (hit.start > hit.end || hit.end > length16) fail("contact span out of bounds", bytes);
    if (hit.start < last_end) fail("contact hits overlap or are out of order", bytes);
    last_end = hit.end;
    if (hit.norm_begin > hit.norm_end || hit.norm_end > n.chars.size())
      fail("contact normalized span out of bounds", bytes);
    if (!text::is_valid_utf8(hit.text)) fail("contact text is not valid UTF-8", bytes);
    if (text::kind_name(hit.kind).empty()) fail("contact kind has no name", bytes);
  }
  return 0;
}
