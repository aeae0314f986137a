// The one JSON API of gigcheck (../shared/api.md). Each feature folder defines
// its function; the CLI and the WebAssembly module reach them through call().
#pragma once

#include <string>
#include <string_view>

#include "core/json/json.h"

namespace gigcheck::api {

Json certify(const Json& input);
Json risk(const Json& input);
Json lint(const Json& input);
Json draft(const Json& input);
Json timeline(const Json& input);
Json holidays(const Json& input);

// True when `name` is one of the functions above.
bool has_function(std::string_view name);

// Parses `input`, calls the function named `name` and returns its JSON text.
// Never throws or aborts: bad input of any kind gives {"error": {...}}.
std::string call(std::string_view name, std::string_view input);

}  // namespace gigcheck::api
