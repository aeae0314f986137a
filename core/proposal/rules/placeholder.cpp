// placeholder: a template slot left unfilled. Repeated marks (〇〇様, ××),
// XX/ＸＸ not inside a word, empty 【】［］[] and angle brackets, brackets that
// hold an instruction (（ここに記入）, 【要記入：…】), {name}-style template
// variables, angle brackets holding a slot (＜会社名＞, 〈担当者名〉, <name>, 〈 〉),
// and slot names used inline (【名前】と申します, 【会社名】様). Not a slot: a
// heading such as 【実績】 or 【氏名】佐藤花子 followed by its content, single
// marks (○ 平日可, 3×4), XXL, an HTML tag (<br>).
#include <algorithm>

#include "core/proposal/rules.h"
#include "core/text/chars.h"

namespace gigcheck::proposal::rules {

namespace {

using namespace gigcheck::text;

// clang-format off
// Characters that, repeated, stand for a name or date not yet filled in.
constexpr std::u32string_view marks = U"〇○◯●×✕▲△□■＿_＊";
constexpr std::u32string_view latin_x = U"XxＸｘ";
// Bracket pairs that can hold a slot; the angle ones (from 〈) hold nothing else in an application.
constexpr std::u32string_view slot_open = U"【［[（({｛〈＜<《";
constexpr std::u32string_view slot_close = U"】］]）)}｝〉＞>》";
constexpr std::size_t first_angle = 7;  // index of 〈 in slot_open
// Inside brackets: an instruction to the writer.
constexpr std::u32string_view instructions[] = {
  U"記入", U"入力", U"ここに", U"を入れ", U"挿入", U"要修正", U"未定",
};
// Inside 【】［］[]: a slot name, a placeholder when used inline (【名前】と申します).
constexpr std::u32string_view slot_names[] = {
  U"名前", U"お名前", U"氏名", U"会社名", U"社名", U"クライアント名", U"担当者名", U"担当者", U"日付", U"日時",
  U"年月日", U"金額", U"URL", U"ＵＲＬ", U"サイト名", U"サービス名", U"商品名", U"案件名", U"あなたの名前",
  U"Client Name", U"Your Name", U"Company Name", U"Name", U"Company", U"Date", U"Project Name",
};
// Characters after 】 that show a slot is used as a word, not as a label.
constexpr std::u32string_view inline_followers = U"様さとでのをがにはへ、。ご御,，";
// Angle brackets around these are HTML, which an engineer may write.
constexpr std::u32string_view html_tags[] = {
  U"br", U"p", U"div", U"span", U"a", U"li", U"ul", U"ol", U"img", U"h1", U"h2", U"h3", U"table", U"tr", U"td",
  U"head", U"body", U"html", U"script", U"style", U"input", U"form", U"button",
};
// The longest slot read between brackets.
constexpr std::size_t max_slot = 24;
constexpr std::size_t max_angle_slot = 12;
// clang-format on

bool contains(std::u32string_view list, char32_t c) { return list.find(c) != std::u32string_view::npos; }

bool angle_slot(std::u32string_view inside) {
  if (inside.size() > max_angle_slot) return false;
  for (char32_t c : inside)
    if (is_full_stop(c) || c == U'=' || c == U'/' || c == U'、') return false;
  std::u32string_view word = inside;
  while (!word.empty() && is_blank(word.front())) word.remove_prefix(1);
  for (auto tag : html_tags)
    if (word.substr(0, tag.size()) == tag && (word.size() == tag.size() || is_blank(word[tag.size()]))) return false;
  return true;
}

bool slot_at(const LintContext& c, std::size_t open, std::size_t close, std::size_t kind) {
  std::u32string_view inside = c.text.substr(open + 1, close - open - 1);
  if (kind >= first_angle) return angle_slot(inside);
  bool blank = std::all_of(inside.begin(), inside.end(), is_blank);
  char32_t bracket = c.text[open];
  bool square = bracket == U'【' || bracket == U'［' || bracket == U'[';
  if (blank) return square;
  for (auto word : instructions)
    if (inside.find(word) != std::u32string_view::npos) return true;
  if (bracket == U'{' || bracket == U'｛')
    return std::all_of(inside.begin(), inside.end(), [](char32_t ch) {
      return is_ascii_letter(ch) || is_digit(ch) || ch == U'_' || ch == U'{' || ch == U'}' || ch == U'.';
    });
  if (!square) return false;
  bool named = false;
  for (auto word : slot_names) named = named || inside == word;
  return named && close + 1 < c.text.size() && contains(inline_followers, c.text[close + 1]);
}

// Every placeholder starts with a mark, a Latin X or a bracket (〇 included,
// it is not a kanji), so only the positions in symbols are looked at.
void check(LintContext& c) {
  static const CharFilter may_start = [] {
    CharFilter filter;
    for (auto chars : {marks, latin_x, slot_open})
      for (char32_t ch : chars) filter.add(ch);
    return filter;
  }();
  const std::u32string_view text = c.text;
  std::size_t resume = 0;  // positions before this are inside something already read
  for (std::size_t i : c.symbols) {
    if (i < resume || !may_start.may_contain(text[i])) continue;
    char32_t ch = text[i];
    if (contains(marks, ch)) {
      std::size_t j = i;
      while (j < text.size() && text[j] == ch) ++j;
      if (j - i >= 2) c.report(Rule::placeholder, i, j, c.slice(i, j));
      resume = j;
    } else if (contains(latin_x, ch)) {
      std::size_t j = i;
      while (j < text.size() && contains(latin_x, text[j])) ++j;
      bool letter_before = i > 0 && is_ascii_letter(text[i - 1]);
      bool letter_after = j < text.size() && is_ascii_letter(text[j]);
      if (j - i >= 2 && !letter_before && !letter_after) c.report(Rule::placeholder, i, j, c.slice(i, j));
      resume = j;
    } else if (std::size_t kind = slot_open.find(ch); kind != std::u32string_view::npos) {
      for (std::size_t j = i + 1; j < text.size() && j <= i + max_slot && !is_line_break(text[j]); ++j) {
        if (text[j] != slot_close[kind]) continue;
        if (slot_at(c, i, j, kind)) {
          c.report(Rule::placeholder, i, j + 1, c.slice(i, j + 1));
          resume = j + 1;
        }
        break;
      }
    }
  }
}

}  // namespace

extern const RuleDef placeholder{Rule::placeholder,
                                 "placeholder",
                                 "埋めていない記入欄",
                                 Severity::error,
                                 "「{found}」が埋められていません（伏せ字・記入欄のまま送ってしまう誤りです）。",
                                 "実際の名前・日付・内容に書き換えてください。",
                                 nullptr,
                                 nullptr,
                                 check};

}  // namespace gigcheck::proposal::rules
