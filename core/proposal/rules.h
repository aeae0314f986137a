// The lint rules of api.md, as textlint has them: one file per rule in
// core/proposal/rules/<rule>.cpp with its words, defaults, message and check,
// and a registry (rules/registry.cpp) that the linter loops over. This header
// holds what every rule shares: the ids, the row a rule is described by, the
// options and the context a check reads the text from and reports into.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/sentences.h"
#include "core/text/utf8.h"

namespace gigcheck::proposal {

// In the order issues at one position are sorted (api.md lists them so).
enum class Rule {
  negative_self_label,
  contact_info,
  placeholder,
  unanswered_question,
  mixed_style,
  missing_greeting,
  missing_closing,
  sentence_length,
  too_many_commas,
  duplicate_paragraph,
};
constexpr std::size_t rule_count = 10;

enum class Severity { error, warning, info };
std::string_view severity_name(Severity severity);

// Japanese names of the severities, most serious first, as the page shows them.
struct SeverityName {
  Severity severity;
  std::string_view name;
};
constexpr SeverityName severity_names[] = {
    {Severity::error, "要修正"}, {Severity::warning, "注意"}, {Severity::info, "参考"}};

struct LintOptions;

// A numeric option of a rule: one row, read by LintOptions' defaults, the
// input check, the rule's message and meta.
struct OptionInfo {
  std::string_view id;
  std::string_view name;  // Japanese, as the page labels the field
  std::size_t default_value;
  std::size_t min;
  std::size_t max;
};

struct LintOptions {
  LintOptions();  // every option at its row's default (lint.cpp), every rule on
  // UTF-16 code units, like textlint's sentence-length (rules/sentence_length.cpp)
  std::size_t max_sentence_length = 0;
  // 「、」 per sentence, like textlint's max-ten (rules/too_many_commas.cpp)
  std::size_t max_commas = 0;
  std::array<bool, rule_count> enabled{};
  // Issues kept at most; past it lint_text stops keeping them and sets
  // LintResult::overflow (lint_to_json derives it from the answer's budget).
  std::size_t max_issues = static_cast<std::size_t>(-1);
  bool is_enabled(Rule rule) const { return enabled[static_cast<std::size_t>(rule)]; }
};

struct Issue {
  Rule rule;
  std::size_t begin = 0;  // code point span in the text
  std::size_t end = 0;
  std::string message;
  std::string suggestion;
  // unanswered_question only: the ask and its span in the job post.
  std::u32string ask;
  std::size_t ask_begin = 0, ask_end = 0;
};

struct LintStats {
  std::size_t sentences = 0;
  std::size_t asks = 0;  // asks found in the job post
  std::size_t asks_answered = 0;
  std::size_t desumasu = 0;  // sentences in です・ます調
  std::size_t dearu = 0;     // sentences in だ・である調
};

// What a rule's check reads (the text, split once for all rules, the job post,
// the options) and where it reports.
class LintContext;
using RuleCheck = void (*)(LintContext&);

// One rule's row: id, Japanese name, default severity, message and
// suggestion ({found}, {n}, {max}, {ask} filled in when reporting; numbers come
// from the option row below), the option it reads, and its check.
struct RuleDef {
  Rule rule;
  std::string_view id;
  std::string_view name;  // Japanese display name (meta)
  Severity severity;
  std::string_view message;
  std::string_view suggestion;
  const OptionInfo* option;  // the rule's numeric option, or nullptr
  std::size_t LintOptions::*option_field;
  RuleCheck check;
  bool always_runs = false;  // runs when off too, for stats (mixed_style counts the styles)
};

// The registry, in Rule order (rules/registry.cpp).
const std::array<const RuleDef*, rule_count>& rule_registry();
inline const RuleDef& rule_info(Rule rule) { return *rule_registry()[static_cast<std::size_t>(rule)]; }

class LintContext {
 public:
  LintContext(const text::Decoded& decoded, std::u32string_view job, const LintOptions& options);

  const text::Decoded& decoded;
  std::u32string_view text;
  std::u32string_view job;
  const LintOptions& options;
  text::SplitText split;
  // Kana and kanji are most of an application and none of them is a line
  // break, bracket, mark, digit or Latin letter: rules that look only at
  // those walk the positions of the other characters (SplitText::non_kana).
  const std::vector<std::size_t>& symbols;
  LintStats stats;
  std::vector<Issue> issues;
  // More than options.max_issues were found; overflow_rule found the first one left out.
  bool overflow = false;
  Rule overflow_rule = Rule::sentence_length;
  Issue discarded{};  // what report() hands out past options.max_issues, filled in by the caller and dropped

  bool on(Rule rule) const { return options.is_enabled(rule); }
  std::string slice(std::size_t begin, std::size_t end) const;
  std::size_t utf16_length(std::size_t begin, std::size_t end) const {
    return decoded.utf16_at[end] - decoded.utf16_at[begin];
  }
  // Reports with the rule's message; {found} is `found`, {n} is `n` and {max}
  // the rule's option value.
  Issue& report(Rule rule, std::size_t begin, std::size_t end, const std::string& found = {}, std::size_t n = 0);
};

}  // namespace gigcheck::proposal
