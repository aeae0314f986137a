#include "core/text/fill_in.h"

namespace gigcheck::text {

std::string fill_in(std::string_view pattern, std::string_view key, std::string_view value) {
  std::string out(pattern);
  for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
    out.replace(at, key.size(), value);
  return out;
}

}  // namespace gigcheck::text
