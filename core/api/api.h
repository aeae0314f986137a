// The one JSON API of gigcheck (../shared/api.md). Each feature folder defines
// its function; the CLI and the WebAssembly module reach them through call().
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gigcheck::api {

using json = nlohmann::json;

json certify(const json& input);
json risk(const json& input);
json lint(const json& input);
json draft(const json& input);
json timeline(const json& input);
json holidays(const json& input);

// True when `name` is one of the functions above.
bool has_function(std::string_view name);

// Parses `input`, calls the function named `name` and returns its JSON text.
// Never throws or aborts: bad input of any kind gives {"error": {...}}.
std::string call(std::string_view name, std::string_view input);

}  // namespace gigcheck::api
