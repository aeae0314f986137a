// The lint engine behind api::lint: runs the rules of rules.h over decoded
// text and reports issues as code point spans (lint_api.cpp turns them into
// UTF-16 offsets, lines and columns).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/proposal/rules.h"
#include "core/text/utf8.h"

namespace gigcheck::proposal {

struct LintOptions {
  // UTF-16 code units, like textlint's sentence-length
  std::size_t max_sentence_length = max_sentence_length_option.default_value;
  // 「、」 per sentence, like textlint's max-ten
  std::size_t max_commas = max_commas_option.default_value;
  std::array<bool, rule_count> enabled{true, true, true, true, true, true, true, true, true};
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
  std::size_t asks = 0;           // asks found in the job post
  std::size_t asks_answered = 0;
  std::size_t desumasu = 0;       // sentences in です・ます調
  std::size_t dearu = 0;          // sentences in だ・である調
};

struct LintResult {
  std::vector<Issue> issues;  // sorted by position, then by rule order
  LintStats stats;
  // More than options.max_issues issues were found; `overflow_rule` found the first one left out.
  bool overflow = false;
  Rule overflow_rule = Rule::sentence_length;
};

// `text` is the decoded application (offsets come from it); `job_text` the decoded job post, may be empty.
LintResult lint_text(const text::Decoded& text, std::u32string_view job_text, const LintOptions& options);

}  // namespace gigcheck::proposal
