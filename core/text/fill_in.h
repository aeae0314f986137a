// Filling {placeholders} in the Japanese message templates of every feature.
#pragma once

#include <string>
#include <string_view>

namespace gigcheck::text {

// `pattern` with every occurrence of `key` (e.g. "{k}") replaced by `value`.
std::string fill_in(std::string_view pattern, std::string_view key, std::string_view value);

}  // namespace gigcheck::text
