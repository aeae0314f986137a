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

// Nouns used as adverbs, and endings of a clause of time (担当した後、 卒業後、):
// a 「、」 after them is a pause in the sentence, not a list of nouns, and counts.
constexpr std::u32string_view adverbial_nouns[] = {
  U"現在", U"今回", U"以前", U"今後", U"最近", U"先日", U"当時", U"将来", U"実際", U"一方", U"通常", U"普段",
  U"結果", U"特に", U"毎日", U"昨年", U"今年", U"去年", U"本日", U"今日", U"現状",
};
constexpr std::u32string_view clause_endings = U"後際";

bool between_nouns(std::u32string_view text, std::size_t comma) {
  auto noun_like = [](char32_t c) {
    return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || is_digit(c) || (c >= U'Ａ' && c <= U'ｚ');
  };
  if (!(comma > 0 && comma + 1 < text.size() && noun_like(text[comma - 1]) && noun_like(text[comma + 1])))
    return false;
  if (clause_endings.find(text[comma - 1]) != std::u32string_view::npos) return false;
  std::size_t start = comma;
  while (start > 0 && noun_like(text[start - 1])) --start;
  std::u32string_view word = text.substr(start, comma - start);
  for (auto adverb : adverbial_nouns)
    if (word == adverb) return false;
  return true;
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
