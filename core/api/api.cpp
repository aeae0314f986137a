#include "core/api/api.h"

#include "core/input/input.h"
#include "core/text/utf8.h"

namespace gigcheck::api {

namespace {

struct Entry {
  std::string_view name;
  Json (*function)(const Json&);
};

constexpr Entry functions[] = {
    {"certify", certify},   {"risk", risk},         {"lint", lint}, {"draft", draft},
    {"timeline", timeline}, {"holidays", holidays}, {"meta", meta},
};

const Entry* find_function(std::string_view name) {
  for (const Entry& entry : functions)
    if (entry.name == name) return &entry;
  return nullptr;
}

InputError unknown_function(std::string_view name) {
  return {"unknown_function", "", "不明な機能名です: " + std::string(name.substr(0, 40))};
}

// The answer of `name` to the input read, or to the error met reading it.
std::string answer(std::string_view name, const std::optional<Json>& input, std::optional<InputError> error) {
  const Entry* entry = find_function(name);
  if (!entry) error = unknown_function(name);
  return to_text(error ? error_json(*error) : entry->function(*input));
}

}  // namespace

bool has_function(std::string_view name) { return find_function(name) != nullptr; }

std::string call(std::string_view name, std::string_view input) {
  std::optional<InputError> error;
  std::optional<Json> parsed;
  if (has_function(name)) parsed = parse_input(input, error);
  return answer(name, parsed, error);
}

std::string call_with_text(std::string_view name, std::string_view input, std::string_view field,
                           std::string_view text) {
  std::optional<InputError> error;
  std::optional<Json> parsed;
  if (has_function(name)) {
    if (input.size() + text.size() > limits::max_input_bytes)
      error = input_too_large();
    else if (!text::is_valid_utf8(text))
      error = unreadable_json();  // as the parser answers invalid UTF-8 inside the JSON
    else if ((parsed = parse_input(input, error)))
      (*parsed)[std::string(field)] = std::string(text);
  }
  return answer(name, parsed, error);
}

}  // namespace gigcheck::api
