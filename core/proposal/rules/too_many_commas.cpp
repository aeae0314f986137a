// too_many_commas: a sentence with more than max_commas 「、」 (textlint's
// max-ten, default 3). A 「、」 in a list of nouns (美容、健康、旅行) does not make
// a sentence hard to read and, as in max-ten, is not counted; without a
// dictionary, "noun" is read as kanji, katakana, Latin letters or digits on
// both sides. The issue points at the first comma over the limit.
#include "core/proposal/rules.h"
#include "core/text/chars.h"

namespace gigcheck::proposal::rules {

namespace {

using namespace gigcheck::text;

constexpr OptionInfo option = {"max_commas", "読点の数の目安", 3, 0, 1'000};

bool between_nouns(std::u32string_view text, std::size_t comma) {
  auto noun_like = [](char32_t c) {
    return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || is_digit(c) || (c >= U'Ａ' && c <= U'ｚ');
  };
  return comma > 0 && comma + 1 < text.size() && noun_like(text[comma - 1]) && noun_like(text[comma + 1]);
}

// 「、」 is not kana or kanji: each sentence's commas are among symbols.
void check(LintContext& c) {
  std::size_t k = 0;  // into symbols; sentences come in text order
  for (const Sentence& s : c.split.sentences) {
    while (k < c.symbols.size() && c.symbols[k] < s.begin) ++k;
    std::size_t count = 0, over_at = 0;
    for (; k < c.symbols.size() && c.symbols[k] < s.end; ++k) {
      std::size_t i = c.symbols[k];
      if (c.text[i] != U'、' || between_nouns(c.text, i)) continue;
      if (++count == c.options.max_commas + 1) over_at = i;
    }
    if (count > c.options.max_commas) c.report(Rule::too_many_commas, over_at, over_at + 1, {}, count);
  }
}

}  // namespace

extern const RuleDef too_many_commas{Rule::too_many_commas,
                                     "too_many_commas",
                                     "読点の多い文",
                                     Severity::info,
                                     "一文に読点「、」が{n}個あります（目安は{max}個以内）。",
                                     "文を分けるか、箇条書きにすると読みやすくなります。",
                                     &option,
                                     &LintOptions::max_commas,
                                     check};

}  // namespace gigcheck::proposal::rules
