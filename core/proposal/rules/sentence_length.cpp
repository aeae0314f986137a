// sentence_length: a sentence longer than max_sentence_length UTF-16 code
// units (what textlint's sentence-length counts by default; its default 100).
#include "core/proposal/rules.h"

namespace gigcheck::proposal::rules {

namespace {

// A limit of 0 would flag every sentence.
constexpr OptionInfo option = {"max_sentence_length", "一文の長さの目安", 100, 1, 100'000};

void check(LintContext& c) {
  for (const text::Sentence& s : c.split.sentences) {
    std::size_t length = c.utf16_length(s.begin, s.end);
    if (length > c.options.max_sentence_length) c.report(Rule::sentence_length, s.begin, s.end, {}, length);
  }
}

}  // namespace

extern const RuleDef sentence_length{Rule::sentence_length,
                                     "sentence_length",
                                     "長すぎる文",
                                     Severity::warning,
                                     "一文が長すぎます（{n}文字。目安は{max}文字以内）。",
                                     "二つ以上の文に分けると読みやすくなります。",
                                     &option,
                                     &LintOptions::max_sentence_length,
                                     check};

}  // namespace gigcheck::proposal::rules
