// Tests call the API as the CLI and the WebAssembly module do: the input
// crosses as JSON text through parse_input and the answer as text through
// to_text, so every test call also exercises the door's limits and writer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/input/input.h"

namespace json_door {

using json = nlohmann::json;
using ApiFunction = json (*)(const json&);

// The answer text of `function` for input text, as api::call gives it.
inline std::string call_text(ApiFunction function, std::string_view input) {
  std::optional<gigcheck::InputError> error;
  std::optional<json> parsed = gigcheck::parse_input(input, error);
  return gigcheck::to_text(parsed ? function(*parsed) : gigcheck::error_json(*error));
}

// The answer of `function` for `input`, read back from its text.
inline json call(ApiFunction function, const json& input) {
  return json::parse(call_text(function, gigcheck::to_text(input)), nullptr, /*allow_exceptions=*/false);
}

}  // namespace json_door
