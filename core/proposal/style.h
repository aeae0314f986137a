// Sentence-ending style: です・ます調 (desumasu) or だ・である調 (dearu),
// read from the last words of a sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace gigcheck::proposal {

enum class Style { none, desumasu, dearu };

struct Ending {
  Style style = Style::none;
  std::size_t begin = 0;  // span of the ending word inside the sentence text
  std::size_t end = 0;
};

Ending classify_ending(std::u32string_view sentence);

}  // namespace gigcheck::proposal
