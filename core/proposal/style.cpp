#include "core/proposal/style.h"

#include "core/text/chars.h"

namespace gigcheck::proposal {

using namespace gigcheck::text;  // character classes

namespace {

// clang-format off
// Endings of です・ます調. Checked first, so ました/でした never count as plain past.
constexpr std::u32string_view desumasu_endings[] = {
  U"ませんでした", U"ました", U"でした", U"ません", U"ましょう", U"でしょう", U"です", U"ます",
  U"ください", U"下さい", U"くださいませ", U"ませ",
};
// Endings of だ・である調, plain past and plain present included
// (domain: 「〜ていた。」 is だ・である調 in an application).
constexpr std::u32string_view dearu_endings[] = {
  U"であった", U"であろう", U"である", U"ではない", U"ではなかった", U"じゃない", U"でない",
  U"だった", U"だろう", U"なかった", U"ない", U"だ", U"た",
  U"する", U"いる", U"ある", U"できる", U"なる", U"思う", U"考える", U"おる", U"行う",
  // any other plain verb: 書ける, 守る, 使ってる, 話す, 持つ, 読む, 学ぶ, 稼ぐ
  U"る", U"う", U"す", U"つ", U"む", U"ぶ", U"ぐ",
};
// Sentence-final particles stripped before reading the ending: ですね → です.
constexpr std::u32string_view final_particles = U"かねよわ";
// clang-format on

bool is_word_char(char32_t c) {
  return is_hiragana(c) || is_katakana(c) || is_kanji(c) || is_ascii_letter(c) || is_digit(c);
}

}  // namespace

Ending classify_ending(std::u32string_view sentence) {
  size_t end = sentence.size();
  while (end > 0 && !is_word_char(sentence[end - 1])) --end;  // 。」！♪ and the like
  for (int k = 0; k < 2 && end > 1 && final_particles.find(sentence[end - 1]) != std::u32string_view::npos; ++k) --end;
  std::u32string_view body = sentence.substr(0, end);
  for (auto e : desumasu_endings)
    if (ends_with(body, e)) return {Style::desumasu, end - e.size(), end};
  for (auto e : dearu_endings)
    if (ends_with(body, e)) {
      // A kana-only word before た/だ/ない that is a noun (あなた, まだ) is rare
      // at the end of an application sentence; accept the small risk.
      return {Style::dearu, end - e.size(), end};
    }
  return {};
}

}  // namespace gigcheck::proposal
