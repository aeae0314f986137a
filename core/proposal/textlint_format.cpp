#include "core/proposal/textlint_format.h"

#include "core/api/api.h"
#include "core/input/input.h"

namespace gigcheck::proposal {

namespace {

// textlint's TextlintRuleSeverityLevel: none 0, warning 1, error 2, info 3.
struct SeverityLevel {
  std::string_view name;
  int level;
};
constexpr SeverityLevel severity_levels[] = {{"error", 2}, {"warning", 1}, {"info", 3}};
// Rule ids carry a prefix, as textlint does for rules from a preset.
constexpr std::string_view rule_prefix = "gigcheck/";
// The file name textlint reports for text given on stdin.
constexpr std::string_view stdin_file_path = "<text>";

int severity_level(const nlohmann::json& name) {
  for (const SeverityLevel& s : severity_levels)
    if (name.is_string() && name.get_ref<const std::string&>() == s.name) return s.level;
  return 1;
}

std::int64_t integer(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

std::string string_of(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

nlohmann::json to_textlint_result(const nlohmann::json& lint_output, const std::string& file_path) {
  nlohmann::json messages = nlohmann::json::array();
  auto issues = lint_output.find("issues");
  if (issues != lint_output.end() && issues->is_array()) {
    for (const nlohmann::json& issue : *issues) {
      if (!issue.is_object()) continue;
      std::int64_t start = integer(issue, "start"), end = integer(issue, "end");
      std::int64_t line = integer(issue, "line"), column = integer(issue, "column");
      nlohmann::json m = nlohmann::json::object();
      m["type"] = "lint";
      m["ruleId"] = std::string(rule_prefix) + string_of(issue, "rule");
      std::string suggestion = string_of(issue, "suggestion");
      m["message"] = string_of(issue, "message") + (suggestion.empty() ? "" : "\n" + suggestion);
      m["index"] = start;
      m["line"] = line;
      m["column"] = column;
      m["range"] = {start, end};
      m["loc"] = {{"start", {{"line", line}, {"column", column}}},
                  {"end", {{"line", integer(issue, "end_line")}, {"column", integer(issue, "end_column")}}}};
      m["severity"] = severity_level(issue.contains("severity") ? issue["severity"] : nlohmann::json());
      messages.push_back(std::move(m));
    }
  }
  return {{"filePath", file_path}, {"messages", std::move(messages)}};
}

std::string lint_textlint_json(std::string_view input_json) {
  std::optional<InputError> error;
  nlohmann::json result;
  if (auto parsed = parse_input(input_json, error)) {
    nlohmann::json output = api::lint(*parsed);
    if (output.contains("error")) result = std::move(output);
    else result = nlohmann::json::array({to_textlint_result(output, std::string(stdin_file_path))});
  } else {
    result = error_json(*error);
  }
  return result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace gigcheck::proposal
