#include "core/proposal/lint.h"

#include "core/base/sort.h"
#include "core/text/fill_in.h"

namespace gigcheck::proposal {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "info";
}

LintOptions::LintOptions() {
  enabled.fill(true);
  for (const RuleDef* rule : rule_registry())
    if (rule->option) this->*(rule->option_field) = rule->option->default_value;
}

LintContext::LintContext(const text::Decoded& d, std::u32string_view j, const LintOptions& o)
    : decoded(d), text(d.chars), job(j), options(o), split(text::split_sentences(text)), symbols(split.non_kana) {
  stats.sentences = split.sentences.size();
}

std::string LintContext::slice(std::size_t begin, std::size_t end) const {
  return text::to_utf8(text.substr(begin, end - begin));
}

Issue& LintContext::report(Rule rule, std::size_t begin, std::size_t end, const std::string& found, std::size_t n) {
  if (issues.size() >= options.max_issues) {
    if (!overflow) overflow_rule = rule;
    overflow = true;
    discarded = Issue{rule, begin, end, {}, {}, {}, 0, 0};
    return discarded;
  }
  const RuleDef& info = rule_info(rule);
  std::string message = text::fill_in(info.message, "{found}", found);
  if (info.option) {
    message = text::fill_in(message, "{n}", std::to_string(n));
    message = text::fill_in(message, "{max}", std::to_string(options.*(info.option_field)));
  }
  issues.push_back(Issue{rule, begin, end, std::move(message), std::string(info.suggestion), {}, 0, 0});
  return issues.back();
}

LintResult lint_text(const text::Decoded& text, std::u32string_view job_text, const LintOptions& options) {
  LintContext context(text, job_text, options);
  for (const RuleDef* rule : rule_registry())
    if (context.on(rule->rule) || rule->always_runs) rule->check(context);
  stable_sort_items(context.issues, [](const Issue& a, const Issue& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
  return {std::move(context.issues), context.stats, context.overflow, context.overflow_rule};
}

}  // namespace gigcheck::proposal
