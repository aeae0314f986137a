#include "core/api/api.h"

#include "core/input/input.h"

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

}  // namespace

bool has_function(std::string_view name) { return find_function(name) != nullptr; }

std::string call(std::string_view name, std::string_view input) {
  Json result;
  std::optional<InputError> error;
  if (const Entry* entry = find_function(name)) {
    if (auto parsed = parse_input(input, error)) result = entry->function(*parsed);
  } else {
    error = InputError{"unknown_function", "", "不明な機能名です: " + std::string(name.substr(0, 40))};
  }
  if (error) result = error_json(*error);
  return to_text(result);
}

}  // namespace gigcheck::api
