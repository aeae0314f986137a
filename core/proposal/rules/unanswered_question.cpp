// unanswered_question (only with a job post): each ask of the post
// (core/proposal/asks.cpp finds them, one per item however they are joined)
// that the application does not answer. An answer counts when it gives what
// the item asks for, in any words (稼働時間 answered by 平日は1日4時間): see
// asks.h. The issue is empty, at the end of the text, and carries the ask and
// its span in the post. Headings and unfilled slots (【要記入：…】, a draft's
// marker, is the placeholder rule's error) answer nothing.
#include "core/proposal/asks.h"
#include "core/proposal/rules.h"
#include "core/text/chars.h"
#include "core/text/fill_in.h"

namespace gigcheck::proposal::rules {

namespace {

// What counts as an answer: the text without unfilled slots (【ここに実績】,
// ＜単価＞) and the sentences they are in, which the placeholder rule, run
// before this one, has reported, and
// without a heading (【制作実績】) with nothing after it on its line or the
// next: a heading names the item, only what follows it answers.
std::u32string answer_text(const LintContext& c) {
  std::u32string out(c.text);
  auto blank = [&](std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e && i < out.size(); ++i) out[i] = U' ';
  };
  // A sentence with a slot in it (②希望単価は＜単価＞円です。) is the answer not yet written.
  for (const Issue& issue : c.issues) {
    if (issue.rule != Rule::placeholder) continue;
    blank(issue.begin, issue.end);
    for (const text::Sentence& s : c.split.sentences)
      if (s.begin <= issue.begin && issue.end <= s.end && !s.heading) blank(s.begin, s.end);
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != U'【') continue;
    std::size_t close = out.find(U'】', i);
    if (close == std::u32string::npos) break;
    // What it heads: the rest of its line, or else the line under it.
    std::size_t j = close + 1;
    bool content = false;
    for (; j < out.size() && !text::is_line_break(out[j]); ++j) content = content || !text::is_blank(out[j]);
    if (!content && j < out.size()) {
      if (out[j] == U'\r' && j + 1 < out.size() && out[j + 1] == U'\n') ++j;
      for (++j; j < out.size() && !text::is_line_break(out[j]) && out[j] != U'【'; ++j)
        content = content || !text::is_blank(out[j]);
    }
    if (!content) blank(i, close + 1);
    i = close;
  }
  return out;
}

void check(LintContext& c) {
  if (c.job.empty()) return;
  std::vector<Ask> asks = extract_asks(c.job);
  c.stats.asks = asks.size();
  std::vector<bool> answered = which_answered(asks, answer_text(c));
  const RuleDef& info = rule_info(Rule::unanswered_question);
  for (std::size_t i = 0; i < asks.size(); ++i) {
    if (answered[i]) {
      ++c.stats.asks_answered;
      continue;
    }
    std::string label = text::to_utf8(asks[i].label);
    Issue& issue = c.report(Rule::unanswered_question, c.text.size(), c.text.size());
    issue.message = text::fill_in(info.message, "{ask}", label);
    issue.suggestion = text::fill_in(info.suggestion, "{ask}", label);
    issue.ask = asks[i].label;
    issue.ask_begin = asks[i].begin;
    issue.ask_end = asks[i].end;
  }
}

}  // namespace

extern const RuleDef unanswered_question{
    Rule::unanswered_question,
    "unanswered_question",
    "答えていない質問",
    Severity::error,
    "募集文の「{ask}」に答えていないようです。質問への回答漏れは、募集文を読んでいない印象を与えます。",
    "「{ask}」について、項目を立てて答えてください。",
    nullptr,
    nullptr,
    check};

}  // namespace gigcheck::proposal::rules
