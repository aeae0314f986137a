// The lint engine behind api::lint: runs every rule of the registry
// (rules.h, rules/registry.cpp) over decoded text and reports issues as code
// point spans (lint_api.cpp turns them into UTF-16 offsets, lines and columns).
#pragma once

#include <string_view>
#include <vector>

#include "core/proposal/rules.h"
#include "core/text/utf8.h"

namespace gigcheck::proposal {

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
