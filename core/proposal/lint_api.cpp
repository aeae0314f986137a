// api::lint (../shared/api.md): reads the input, runs the rules, writes
// positions as UTF-16 offsets plus 1-based line and column.
#include <algorithm>

#include "core/api/api.h"
#include "core/proposal/lint_json.h"

namespace gigcheck::proposal {

namespace {

// Code point index where each line starts; \r\n, \n and \r end a line.
std::vector<std::size_t> line_starts(std::u32string_view chars) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (chars[i] == U'\r' && i + 1 < chars.size() && chars[i + 1] == U'\n') ++i;
    if (chars[i] == U'\n' || chars[i] == U'\r') starts.push_back(i + 1);
  }
  return starts;
}

struct Position {
  std::size_t line, column;  // 1-based; column in UTF-16 code units
};

Position position_of(const text::Decoded& decoded, const std::vector<std::size_t>& starts, std::size_t index) {
  auto it = std::upper_bound(starts.begin(), starts.end(), index);
  std::size_t line = static_cast<std::size_t>(it - starts.begin());  // >= 1 since starts[0] == 0
  std::size_t column = decoded.utf16_at[index] - decoded.utf16_at[starts[line - 1]] + 1;
  return {line, column};
}

std::uint32_t utf16_offset_in(std::u32string_view chars, std::size_t index) {
  return static_cast<std::uint32_t>(text::utf16_length(chars.substr(0, index)));
}

const char* style_name(const LintStats& stats) {
  if (stats.desumasu > 0 && stats.dearu > 0) return "mixed";
  if (stats.desumasu > 0) return "desumasu";
  if (stats.dearu > 0) return "dearu";
  return "none";
}

}  // namespace

bool read_lint_options(Reader& reader, const Field& options_field, LintOptions& options) {
  if (!reader.object(options_field, false)) return !reader.failed();
  for (const RuleDef* rule : rule_registry()) {
    const OptionInfo* option = rule->option;
    if (!option) continue;
    if (auto n = reader.count(reader.at(options_field, option->id), false, static_cast<std::int64_t>(option->min),
                              static_cast<std::int64_t>(option->max)))
      options.*(rule->option_field) = static_cast<std::size_t>(*n);
  }
  Field rules = reader.at(options_field, "rules");
  if (reader.object(rules, false)) {
    for (const RuleDef* info : rule_registry())
      if (auto on = reader.boolean(reader.at(rules, info->id), false))
        options.enabled[static_cast<std::size_t>(info->rule)] = *on;
  }
  return !reader.failed();
}

std::optional<LintInput> read_lint_input(Reader& reader) {
  LintInput input;
  Field root = reader.root();
  auto text = reader.text(reader.at(root, "text"));
  auto job = reader.text(reader.at(root, "job_text"), false);
  read_lint_options(reader, reader.at(root, "options"), input.options);
  if (reader.failed()) return std::nullopt;
  input.text = std::move(*text);
  if (job) input.job_text = std::move(*job);
  return input;
}

// The fewest bytes one issue takes in the answer (its keys and shortest
// values): an answer within `budget` holds at most budget / this issues.
constexpr std::size_t min_issue_bytes = 100;
// The most bytes one issue takes beyond its strings: its keys, severity and
// numbers (ten positions of at most 20 digits), quotes and commas.
constexpr std::size_t max_issue_overhead_bytes = 400;
// JSON writes a string byte as at most 6 bytes (\u001f), so 6 bytes per byte
// of an issue's strings plus the overhead bound its text without writing it.
constexpr std::size_t max_escaped_bytes_per_byte = 6;

std::size_t issue_bytes_bound(const Issue& issue) {
  std::size_t strings = issue.message.size() + issue.suggestion.size() + 4 * issue.ask.size();  // UTF-8 ≤ 4 per char
  return strings * max_escaped_bytes_per_byte + max_issue_overhead_bytes;
}
// What the "stats" object and the braces around the answer take at most.
constexpr std::size_t stats_bytes = 512;

Json too_many_issues(const std::string& field, std::size_t budget) {
  return error_json({"too_large", field,
                     field + " から見つかった指摘が多すぎて、結果が上限（" + std::to_string(budget) +
                         " バイト）を超えます。文章を分けてチェックしてください。"});
}

Json lint_to_json(std::string_view text_utf8, std::string_view job_utf8, const LintOptions& options, std::size_t budget,
                  const LintFields& fields, std::size_t used) {
  text::Decoded decoded = text::decode(text_utf8);
  text::Decoded job = text::decode(job_utf8);
  LintOptions bounded = options;
  std::size_t room = budget > used ? budget - used : 0;
  bounded.max_issues = room / min_issue_bytes + 1;
  LintResult result = lint_text(decoded, job.chars, bounded);
  auto overflow = [&](Rule rule) {
    return too_many_issues(rule == Rule::unanswered_question ? fields.job_text : fields.text, budget);
  };
  if (result.overflow) return overflow(result.overflow_rule);
  std::vector<std::size_t> starts = line_starts(decoded.chars);

  Json issues = Json::array();
  std::size_t counts[3] = {0, 0, 0};
  std::size_t bytes = used + stats_bytes;
  // Writing each issue to count its bytes exactly costs as much as the answer
  // itself: do it only when the bound says the budget might be reached.
  std::size_t bound = bytes;
  for (const Issue& issue : result.issues) bound += issue_bytes_bound(issue);
  bool count_exactly = bound > budget;
  for (Issue& issue : result.issues) {
    const RuleDef& info = rule_info(issue.rule);
    ++counts[static_cast<int>(info.severity)];
    Position from = position_of(decoded, starts, issue.begin);
    Position to = position_of(decoded, starts, issue.end);
    Json item = Json::object();
    item["rule"] = info.id;
    item["severity"] = severity_name(info.severity);
    item["message"] = std::move(issue.message);
    item["start"] = decoded.utf16_at[issue.begin];
    item["end"] = decoded.utf16_at[issue.end];
    item["line"] = from.line;
    item["column"] = from.column;
    item["end_line"] = to.line;
    item["end_column"] = to.column;
    item["suggestion"] = std::move(issue.suggestion);
    if (issue.rule == Rule::unanswered_question) {
      item["ask"] = text::to_utf8(issue.ask);
      item["ask_start"] = utf16_offset_in(job.chars, issue.ask_begin);
      item["ask_end"] = utf16_offset_in(job.chars, issue.ask_end);
    }
    if (count_exactly) {
      bytes += to_text(item).size() + 1;  // and a comma
      if (bytes > budget) return overflow(issue.rule);
    }
    issues.push_back(std::move(item));
  }
  Json stats = Json::object();
  stats["characters"] = decoded.utf16_at.back();
  stats["lines"] = starts.size();
  stats["sentences"] = result.stats.sentences;
  stats["errors"] = counts[0];
  stats["warnings"] = counts[1];
  stats["infos"] = counts[2];
  stats["style"] = style_name(result.stats);
  stats["asks"] = result.stats.asks;
  stats["asks_answered"] = result.stats.asks_answered;
  Json out = Json::object();  // not a braced list, which would copy every issue
  out["issues"] = std::move(issues);
  out["stats"] = std::move(stats);
  return out;
}

Json lint_meta() {
  Json rules = Json::array();
  Json options = Json::array();
  for (const RuleDef* info : rule_registry()) {
    rules.push_back({{"id", info->id}, {"name", info->name}, {"severity", severity_name(info->severity)}});
    if (const OptionInfo* option = info->option)
      options.push_back({{"id", option->id},
                         {"name", option->name},
                         {"default", option->default_value},
                         {"min", option->min},
                         {"max", option->max},
                         {"rule", info->id}});
  }
  Json severities = Json::array();
  for (const SeverityName& s : severity_names)
    severities.push_back({{"id", severity_name(s.severity)}, {"name", s.name}});
  return {{"rules", std::move(rules)}, {"options", std::move(options)}, {"severities", std::move(severities)}};
}

}  // namespace gigcheck::proposal

namespace gigcheck::api {

Json lint(const Json& input) {
  Reader reader(input);
  auto parsed = proposal::read_lint_input(reader);
  if (!parsed) return error_json(reader.error());
  std::size_t budget = limits::answer_budget(parsed->text.size() + parsed->job_text.size());
  return proposal::lint_to_json(parsed->text, parsed->job_text, parsed->options, budget, {"text", "job_text"});
}

}  // namespace gigcheck::api
