// missing_closing: no closing courtesy near the end (domain §4: ご検討のほど…
// and the sign-off): よろしくお願い…, ご検討のほど, 何卒 …, and English
// closings (Thank you for …, I look forward to …, Best regards). A closing only
// at the top does not count.
#include "core/proposal/rules.h"
#include "core/text/matcher.h"

namespace gigcheck::proposal::rules {

namespace {

using text::PhraseMatcher;

// clang-format off
constexpr std::u32string_view closings[] = {
  U"よろしくお願い", U"宜しくお願い", U"よろしく御願い", U"ご検討のほど", U"ご検討よろしく", U"ご検討いただけ",
  U"お待ちしております", U"お待ち申し上げております", U"ご検討ください", U"ご検討くださいます", U"お待ちしています", U"何卒", U"失礼いたします", U"ご確認のほど",
  U"Thank you", U"thank you", U"Thanks", U"thanks", U"look forward", U"Looking forward", U"Best regards",
  U"Kind regards", U"Sincerely", U"Regards", U"Best,", U"Cheers",
};
constexpr std::size_t window = 200;  // code points before the end
// clang-format on

void check(LintContext& c) {
  std::size_t from = c.text.size() > window ? c.text.size() - window : 0;
  static const PhraseMatcher index(closings);
  if (index.occurs_in(c.text.substr(from))) return;
  if (c.split.sentences.empty()) {
    c.report(Rule::missing_closing, c.text.size(), c.text.size());
    return;
  }
  const text::Sentence& last = c.split.sentences.back();
  c.report(Rule::missing_closing, last.begin, last.end);
}

}  // namespace

extern const RuleDef missing_closing{Rule::missing_closing,
                                     "missing_closing",
                                     "結びのあいさつ",
                                     Severity::warning,
                                     "結びのあいさつがありません。",
                                     "最後に「ご検討のほど、よろしくお願いいたします。」などの結びを入れましょう。",
                                     nullptr,
                                     nullptr,
                                     check};

}  // namespace gigcheck::proposal::rules
