// Tests build inputs and read answers with nlohmann/json, a library that
// shares no code with the core's own JSON reader and writer, so every test
// call also checks those: the input crosses as text, as in the CLI and the
// WebAssembly module.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/input/input.h"

namespace json_door {

using json = nlohmann::json;
using ApiFunction = gigcheck::Json (*)(const gigcheck::Json&);

// The answer text of `function` for input text, as api::call gives it.
inline std::string call_text(ApiFunction function, std::string_view input) {
  std::optional<gigcheck::InputError> error;
  std::optional<gigcheck::Json> parsed = gigcheck::parse_input(input, error);
  return (parsed ? function(*parsed) : gigcheck::error_json(*error)).dump();
}

// The answer of `function` for `input`, read back with nlohmann/json.
inline json call(ApiFunction function, const json& input) {
  return json::parse(call_text(function, input.dump()), nullptr, /*allow_exceptions=*/false);
}

}  // namespace json_door
