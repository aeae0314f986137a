// negative_self_label: the worker labels themself in a way that only hurts
// (domain §4: 「初心者です」 only hurts). A label is a stem (初心者, 未経験,
// 経験が浅い, 自信がない, 至らない点 …) in one of its forms (です/ですが/なので/
// で/のため …, and English "I'm still a beginner"). Not a label: the same words
// about someone else or from the post (初心者歓迎, 未経験可, 初心者でも, 不慣れな方,
// inside 「」), and a story of growth (「事務職から未経験でデザインの世界に入り、
// 今年で4年目」: 未経験 followed in its sentence by where it led).
#include "core/proposal/rules.h"
#include "core/text/chars.h"
#include "core/text/matcher.h"

namespace gigcheck::proposal::rules {

namespace {

using text::PhraseMatcher;

// clang-format off
// Labels as they are written: longest form wins at a position.
constexpr std::u32string_view labels[] = {
  U"初心者ではありますが", U"初心者ですが", U"初心者です", U"初心者なので", U"初心者のため", U"初心者の私", U"初心者で",
  U"初心者ながら", U"初心者ゆえ",
  U"未経験ですが", U"未経験です", U"未経験なので", U"未経験のため", U"未経験の私", U"未経験で", U"未経験ながら",
  U"経験が浅い", U"経験は浅い", U"経験が浅く", U"経験は浅く", U"経験も浅く", U"経験も浅い", U"経験が少なく", U"経験が少ない",
  U"自信はありません", U"自信がありません", U"自信はない", U"自信がない", U"自信がなく", U"自信はなく", U"自信もありません",
  U"不慣れ", U"勉強中の身", U"勉強中ですが", U"未熟者", U"未熟ですが", U"未熟です", U"未熟な",
  U"素人ですが", U"素人です", U"素人なので", U"素人の", U"ど素人",
  U"至らない点", U"至らぬ点", U"拙い", U"つたない",
  U"できるかわかりません", U"できるか分かりません", U"できるか不安", U"お役に立てるかわかりません", U"お役に立てるか分かりません",
  U"I'm still a beginner", U"I’m still a beginner", U"I am still a beginner", U"I'm a beginner", U"I’m a beginner",
  U"I am a beginner", U"I'm new to", U"I’m new to", U"I am new to", U"I'm not confident", U"I’m not confident",
  U"I have little experience", U"I don't have much experience", U"I don’t have much experience",
  U"I have no experience", U"I'm not very confident", U"I’m not very confident", U"I am not very confident",
  U"I am not confident",
  // Polite forms of the same stems (まだまだ勉強中ではございますが, 実務経験はございませんが).
  U"勉強中ではございますが", U"勉強中ではありますが", U"勉強中でございますが", U"初心者ではございますが",
  U"初心者でございますが", U"未熟ではございますが", U"経験はございませんが", U"経験がございませんが",
  U"経験はありませんが", U"経験がありませんが", U"実績はございませんが", U"実績はありませんが",
};
// Words right after a label that show it is about someone else or quoted
// from the post: 初心者歓迎, 未経験可, 不慣れな方, 初心者向け. 初心者でも is read
// as the label 初心者で followed by も.
constexpr std::u32string_view audience_words[] = {
  U"歓迎", U"可", U"OK", U"ＯＫ", U"ok", U"向け", U"な方", U"な人", U"の方", U"者向け", U"者の方", U"の人",
  U"も",
};
// The bare noun forms: 初心者でも / 未経験でも are about the readers, and
// 未経験で…に入り starts a story; 至らない点も多い stays a label.
constexpr std::u32string_view bare_forms[] = {U"初心者で", U"未経験で"};
// In the rest of the sentence after 未経験で/から: where it led, so the label is
// the start of a story of growth, not a weakness.
constexpr std::u32string_view growth_markers[] = {
  U"年目", U"に入り", U"の世界に", U"転職し", U"転身し", U"に転職", U"始め", U"スタートし", U"経験を積", U"年間",
  U"になりました", U"歴",
};
// clang-format on

bool is_bare(std::u32string_view label) { return label == bare_forms[0] || label == bare_forms[1]; }

bool is_audience_after(std::u32string_view text, std::size_t end, std::u32string_view label) {
  for (auto word : audience_words)
    if (text::matches_at(text, end, word) && (word != U"も" || is_bare(label))) return true;
  return false;
}

bool starts_growth_story(const LintContext& c, std::u32string_view label, std::size_t end) {
  if (label != bare_forms[1] && !(label.substr(0, 3) == U"未経験" && text::matches_at(c.text, end, U"から")))
    return false;
  static const PhraseMatcher markers(growth_markers);
  for (std::size_t i = end; i < c.text.size() && !text::is_sentence_end_at(c.text, i); ++i)
    if (markers.longest_at(c.text, i) != PhraseMatcher::none) return true;
  return false;
}

void check(LintContext& c) {
  static const PhraseMatcher matcher(labels);
  for (std::size_t i = 0; i < c.text.size(); ++i) {
    std::uint32_t id = matcher.longest_at(c.text, i);
    if (id == PhraseMatcher::none) continue;
    std::u32string_view label = labels[id];
    std::size_t end = i + label.size();
    bool exempt = text::inside_quote(c.split.quotes, i) || is_audience_after(c.text, end, label) ||
                  starts_growth_story(c, label, end);
    if (!exempt) c.report(Rule::negative_self_label, i, end, c.slice(i, end));
    i = end - 1;
  }
}

}  // namespace

extern const RuleDef negative_self_label{Rule::negative_self_label,
                                         "negative_self_label",
                                         "自分を低く見せる表現",
                                         Severity::warning,
                                         "「{found}」のように自分を低く見せる言葉は、応募では不利になります。",
                                         "できること・経験したことを具体的に書きましょう（例: "
                                         "「初心者です」→「個人ブログで月1万PVの記事を書いています」）。",
                                         nullptr,
                                         nullptr,
                                         check};

}  // namespace gigcheck::proposal::rules
