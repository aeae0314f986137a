// missing_greeting: no greeting near the start (domain §4: greeting and name
// first): はじめまして, お世話になっております, ご担当者様, 〇〇様 on the first
// line, and English openings (Hello, Dear …, Hi).
#include "core/proposal/rules.h"
#include "core/text/chars.h"
#include "core/text/matcher.h"

namespace gigcheck::proposal::rules {

namespace {

using namespace gigcheck::text;

// clang-format off
constexpr std::u32string_view greetings[] = {
  U"はじめまして", U"初めまして", U"お世話になります", U"お世話になっております", U"お世話様です",
  U"こんにちは", U"こんばんは", U"突然のご連絡", U"突然のメッセージ", U"ご担当者様", U"ご連絡いただき",
  U"ご返信ありがとうございます", U"ご連絡ありがとうございます", U"失礼いたします", U"ご覧いただき",
  U"Hello", U"hello", U"Hi ", U"Hi,", U"Hi!", U"Dear ", U"Good morning", U"Good afternoon", U"Greetings",
  U"To whom it may concern", U"Nice to meet you",
};
constexpr std::size_t window = 150;  // code points from the start
// clang-format on

std::size_t line_end(std::u32string_view text, std::size_t i) {
  while (i < text.size() && !is_line_break(text[i])) ++i;
  return i;
}

void check(LintContext& c) {
  std::size_t start = 0;
  while (start < c.text.size() && (is_blank(c.text[start]) || is_line_break(c.text[start]))) ++start;
  static const PhraseMatcher index(greetings);
  if (index.occurs_in(c.text.substr(start, window))) return;
  // 「山田様」 on the first line addresses the client: that is the opening.
  std::size_t first_end = line_end(c.text, start);
  if (c.text.substr(start, first_end - start).find(U'様') != std::u32string_view::npos) return;
  std::size_t end = c.split.sentences.empty() ? start : std::min(first_end, c.split.sentences.front().end);
  c.report(Rule::missing_greeting, start, end);
}

}  // namespace

extern const RuleDef missing_greeting{
    Rule::missing_greeting,
    "missing_greeting",
    "冒頭のあいさつ",
    Severity::warning,
    "冒頭にあいさつがありません。",
    "「はじめまして。〇〇と申します。」や「お世話になります。」で書き出し、名前を名乗りましょう。",
    nullptr,
    nullptr,
    check};

}  // namespace gigcheck::proposal::rules
