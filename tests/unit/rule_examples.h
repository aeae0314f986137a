// textlint-style examples for one lint rule: texts it must leave alone
// (valid) and texts it must report, with the words the issue must cover
// (invalid). Each core/proposal/rules/<rule>_test.cpp holds its rule's lists.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "proposal_helpers.h"

namespace proposal_test {

struct Example {
  std::string text;
  std::string covers;  // words an issue of the rule must cover; "" for any issue
  std::string job = "";
  json options = json::object();
};

inline void check_examples(const std::string& rule, const std::vector<Example>& valid,
                           const std::vector<Example>& invalid) {
  for (const Example& e : valid) {
    auto found = issues_of(lint(e.text, e.job, e.options), rule);
    CHECK_MESSAGE(found.empty(), rule << " should not report: " << e.text);
  }
  for (const Example& e : invalid) {
    auto found = issues_of(lint(e.text, e.job, e.options), rule);
    bool covered = false;
    for (const json& issue : found) {
      if (e.covers.empty())
        covered = true;
      else if (rule == "unanswered_question")
        covered = covered || issue["ask"] == e.covers;
      else
        covered = covered || span_text(e.text, issue).find(e.covers) != std::string::npos;
    }
    CHECK_MESSAGE(covered, rule << " should report 「" << e.covers << "」 in: " << e.text);
  }
}

}  // namespace proposal_test
