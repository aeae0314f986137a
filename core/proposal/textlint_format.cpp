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

int severity_level(const Json& name) {
  for (const SeverityLevel& s : severity_levels)
    if (name == s.name) return s.level;
  return 1;
}

// Lint's own output holds only plain integers here; the literal is copied as is.
Json integer(const Json& object, const char* key) {
  auto value = object.find(key);
  return value != object.end() && value->is_number() ? *value : Json(0);
}

std::string string_of(const Json& object, const char* key) {
  auto value = object.find(key);
  return value != object.end() && value->is_string() ? value->get<std::string>() : std::string();
}

}  // namespace

Json to_textlint_result(const Json& lint_output, const std::string& file_path) {
  Json messages = Json::array();
  auto issues = lint_output.find("issues");
  if (issues != lint_output.end() && issues->is_array()) {
    for (const Json& issue : *issues) {
      if (!issue.is_object()) continue;
      Json start = integer(issue, "start"), end = integer(issue, "end");
      Json line = integer(issue, "line"), column = integer(issue, "column");
      Json m = Json::object();
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
      m["severity"] = severity_level(issue["severity"]);
      messages.push_back(std::move(m));
    }
  }
  return {{"filePath", file_path}, {"messages", std::move(messages)}};
}

std::string lint_textlint_json(std::string_view input_json) {
  std::optional<InputError> error;
  Json result;
  if (auto parsed = parse_input(input_json, error)) {
    Json output = api::lint(*parsed);
    if (output.contains("error"))
      result = std::move(output);
    else
      result = Json::array({to_textlint_result(output, std::string(stdin_file_path))});
  } else {
    result = error_json(*error);
  }
  return to_text(result);
}

}  // namespace gigcheck::proposal
