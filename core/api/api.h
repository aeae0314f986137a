// The one JSON API of gigcheck (../shared/api.md). Each feature folder defines
// its function; the CLI and the WebAssembly module reach them through call().
#pragma once

#include <string>
#include <string_view>

#include "core/input/input.h"

namespace gigcheck::api {

nlohmann::json certify(const nlohmann::json& input);
nlohmann::json risk(const nlohmann::json& input);
nlohmann::json lint(const nlohmann::json& input);
nlohmann::json draft(const nlohmann::json& input);
nlohmann::json timeline(const nlohmann::json& input);
nlohmann::json holidays(const nlohmann::json& input);
// What the page must not retype: ids, names, severities, defaults and level
// cut-offs of every signal, lint rule, criterion and situation (docs/architecture.md).
nlohmann::json meta(const nlohmann::json& input);

// True when `name` is one of the functions above.
bool has_function(std::string_view name);

// Parses `input`, calls the function named `name` and returns its JSON text.
// Never throws or aborts: bad input of any kind gives {"error": {...}}.
std::string call(std::string_view name, std::string_view input);

// The same call with one long top-level text field sent beside the JSON, not
// inside it: the answer is call(name, input with "field": text), byte for
// byte, without reading the text through the JSON parser (the page's lint on
// every keystroke, docs/architecture.md). The limits count both parts.
std::string call_with_text(std::string_view name, std::string_view input, std::string_view field,
                           std::string_view text);

}  // namespace gigcheck::api
