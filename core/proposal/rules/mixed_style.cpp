// mixed_style: です・ます調 sentences mixed with だ・である調 ones (endings:
// core/proposal/style.cpp). Each ending of the minority style is reported; on a
// tie the だ・である ones (an application is written in です・ます). Not counted:
// list items, headings, lines without a full stop, a sentence that is all
// quotation 「…」, and set phrases (よろしくお願いいたします。), which are
// polite whatever style the rest is in. Always runs: it fills stats.style.
#include "core/proposal/rules.h"
#include "core/proposal/style.h"
#include "core/text/chars.h"

namespace gigcheck::proposal::rules {

namespace {

using namespace gigcheck::text;

// clang-format off
constexpr std::u32string_view set_phrases[] = {
  U"お願いします", U"お願いいたします", U"お願い致します", U"お願い申し上げます", U"ありがとうございます",
  U"ありがとうございました", U"はじめまして", U"初めまして", U"お世話になっております", U"お世話になります",
};
// clang-format on

bool counts_for_style(const LintContext& c, const Sentence& s) {
  if (!s.ends_with_stop || s.list_item || s.heading) return false;
  std::u32string_view body = c.text.substr(s.begin, s.end - s.begin);
  while (!body.empty() && (is_full_stop(body.back()) || is_close_bracket(body.back()) || is_blank(body.back())))
    body.remove_suffix(1);
  for (auto phrase : set_phrases)
    if (ends_with(body, phrase)) return false;
  // A sentence that is all quotation is someone else's words.
  return !(c.text[s.begin] == U'「' || c.text[s.begin] == U'『') || !inside_quote(c.split.quotes, s.end - 2);
}

void check(LintContext& c) {
  struct Found {
    Style style;
    std::size_t begin, end;
  };
  std::vector<Found> endings;
  for (const Sentence& s : c.split.sentences) {
    if (!counts_for_style(c, s)) continue;
    Ending e = classify_ending(c.text.substr(s.begin, s.end - s.begin));
    if (e.style == Style::none) continue;
    endings.push_back({e.style, s.begin + e.begin, s.begin + e.end});
    ++(e.style == Style::desumasu ? c.stats.desumasu : c.stats.dearu);
  }
  if (!c.on(Rule::mixed_style) || c.stats.desumasu == 0 || c.stats.dearu == 0) return;
  Style odd = c.stats.desumasu >= c.stats.dearu ? Style::dearu : Style::desumasu;
  for (const Found& f : endings)
    if (f.style == odd) c.report(Rule::mixed_style, f.begin, f.end, c.slice(f.begin, f.end));
}

}  // namespace

extern const RuleDef mixed_style{
    Rule::mixed_style,
    "mixed_style",
    "文体の混在",
    Severity::warning,
    "「です・ます調」と「だ・である調」が混在しています（この文末は「{found}」）。",
    "応募文は「です・ます調」にそろえてください（例: 「担当していた。」→「担当していました。」）。",
    nullptr,
    nullptr,
    check,
    true};

}  // namespace gigcheck::proposal::rules
