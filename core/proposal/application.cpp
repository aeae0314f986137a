// The application (応募文) draft (domain §4): greeting and name, every ask of
// the post answered once in the order asked under a heading in the worker's
// voice, the reason for applying, a short self-introduction, the closing.
//
// Which field answers which ask: lint's own answer check (asks.h) read on each
// line the user typed. First every ask takes the lines that answer it (a list
// field gives each item on its own: 「スマホで料理写真撮影」 answers 写真撮影
// while 和食 answers 得意な料理), then an ask still empty takes the unused
// field its concept names (achievements for 実績). No line is used twice. An
// ask nothing answers gets the marker 【要記入：…】 and an entry in `missing`.
// What the user typed becomes sentences (a polite ending and 「。」), bullets
// stay bullets, and a negative self-label is taken out, with the change listed.
#include <algorithm>

#include "core/proposal/asks.h"
#include "core/proposal/draft.h"
#include "core/proposal/lint.h"
#include "core/text/chars.h"
#include "core/text/fill_in.h"
#include "core/text/utf8.h"

namespace gigcheck::proposal {

namespace {

using namespace gigcheck::text;

// clang-format off
struct Wording {
  std::string_view opening, reason_motivation, reason_subject, reason_plain, answers_lead, closing, marker;
};
// The reason for applying: the user's motivation when no ask took it, else the
// post's subject the user's own record shares ({subject}: a word of the title
// found in what the user typed), else the title alone.
constexpr Wording japanese = {
  "はじめまして。{name}と申します。",
  "「{title}」の募集を拝見し、応募いたしました。",
  "「{title}」の募集を拝見し、{subject}に関わってきた経験を活かせると考え、応募いたしました。",
  "「{title}」の募集を拝見し、ぜひ携わりたいと考え、応募いたしました。",
  "募集文に記載の項目について、順にお答えいたします。",
  "ご検討のほど、よろしくお願いいたします。",
  "【要記入：{ask}】",
};
// For a post written in English (most of its letters Latin).
constexpr Wording english = {
  "Hello,\n\nMy name is {name}.",
  "I am applying for \"{title}\".",
  "I am applying for \"{title}\".",  // a subject word is Japanese-only: English keeps the title
  "I am applying for \"{title}\".",
  "Here are my answers to your questions.",
  "Thank you for your consideration.\nBest regards,",
  "【要記入：{ask}】",
};
// Words of a title too general to be the subject of the reason (企業 of 企業紹介動画).
constexpr std::u32string_view not_subjects[] = {
  U"企業", U"会社", U"業務", U"案件", U"作成", U"代行", U"募集", U"執筆", U"ライター", U"記事", U"動画", U"急募",
};
// The post's first line is its title unless it is a sentence or a header.
constexpr std::size_t max_title = 40;
constexpr std::u32string_view not_title_words = U"。|ください|下さい|ます|■|・|応募";
constexpr std::u32string_view recruit_word = U"募集";
constexpr std::string_view reason_no_title = "このたびの募集を拝見し、応募いたしました。";
constexpr std::string_view reason_no_title_english = "I am applying for this position.";

// Sections after the answers, for fields no ask used (domain §4: hours and
// achievements always, then the reason and the self-introduction).
struct Extra {
  std::string ApplicationFields::*field;
  std::string_view key;         // the field's API name, for `changes`
  std::string_view heading, english_heading;
};
constexpr Extra extras[] = {
  {&ApplicationFields::available_hours, "available_hours", "稼働可能時間", "Availability"},
  {&ApplicationFields::achievements, "achievements", "過去の実績", "Experience"},
  {&ApplicationFields::portfolio, "portfolio", "ポートフォリオ", "Portfolio"},
  {&ApplicationFields::skills, "skills", "スキル", "Skills"},
  {&ApplicationFields::start_date, "start_date", "開始可能日", "Start date"},
  {&ApplicationFields::rate, "rate", "希望単価", "Rate"},
  {&ApplicationFields::motivation, "motivation", "応募の理由", "Why I am applying"},
  {&ApplicationFields::self_intro, "self_intro", "自己紹介", "About me"},
  {&ApplicationFields::limits, "limits", "事前にお伝えしたいこと", "Please note"},
  {&ApplicationFields::questions, "questions", "ご質問", "Questions"},
};

// The field an ask's concept names. `own`: the field was written for asks of
// this concept (achievements for 実績, self_intro for 自己紹介), so its lines go
// there even when they do not name the concept (「美容ブログ 30本」 for
// これまでの執筆実績); the others only lend lines that answer the ask outright.
struct ConceptField {
  AskConcept concept_id;
  std::size_t extra;  // index into extras
  std::string_view heading;  // the worker's heading for a question of this concept
  bool own;
};
constexpr ConceptField concept_fields[] = {
  {AskConcept::hours, 0, "稼働可能時間", true},         {AskConcept::achievements, 1, "これまでの実績", true},
  {AskConcept::portfolio, 2, "ポートフォリオ", true},   {AskConcept::skills, 3, "使用ツール・スキル", false},
  {AskConcept::start_date, 4, "開始可能日", true},      {AskConcept::rate, 5, "希望単価", true},
  {AskConcept::motivation, 6, "応募の理由", true},      {AskConcept::self_intro, 7, "自己紹介", true},
  {AskConcept::delivery, 8, "納期", false},             {AskConcept::questions, 9, "質問", true},
  {AskConcept::specialty, 3, "得意分野", false},        {AskConcept::contact, 0, "連絡のつきやすい時間帯", false},
  {AskConcept::qualifications, 3, "保有資格", false},   {AskConcept::years, 1, "経験年数", true},
  {AskConcept::pace, 0, "対応可能な量", false},         {AskConcept::amount, 0, "対応可能な数", false},
};
// An item asking whether (「WordPressの使用経験の有無」): the answer a field
// gives starts with the yes, unless the field says no.
constexpr std::u32string_view yes_no_tails[] = {U"の有無", U"はありますか", U"がありますか", U"はございますか", U"ありますか？"};
constexpr std::u32string_view yes_answer = U"あります。";
constexpr std::u32string_view negative_answers[] = {U"ありません", U"ございません", U"ない", U"未経験"};
// A question by 何 and a counter is named by what it counts, in the post's
// words (月に何本執筆可能か → 月に執筆可能な本数).
constexpr std::pair<std::u32string_view, std::u32string_view> counted_nouns[] = {
  {U"何本", U"本数"}, {U"何件", U"件数"}, {U"何枚", U"枚数"}, {U"何記事", U"記事数"}, {U"何時間", U"時間数"},
  {U"何日", U"日数"},
};
constexpr std::u32string_view counted_able = U"可能な";
// Fields placed in the opening when no ask took them: the self-introduction
// after the name, the motivation as the reason for applying.
constexpr std::string_view opening_self_intro = "self_intro";
constexpr std::string_view opening_motivation = "motivation";
// A field left out of the closing paragraph when the post fixes what it says
// (報酬：月額40,000円 makes 「月4万円でOK」 noise): the post has a line with
// one of `post_words` and a digit.
struct FixedTerm {
  std::string_view key;
  std::u32string_view post_words;  // '|'-separated
};
constexpr FixedTerm fixed_terms[] = {
  {"rate", U"報酬|月額|固定|単価|料金|予算"},
};
// What leads into a field's sentence in the closing paragraph.
constexpr std::pair<std::string_view, std::u32string_view> closing_leads[] = {
  {"questions", U"なお、"},
};

// The client's wording turned into the worker's: honorifics of the client's
// side and お尋ね-style phrasing out.
constexpr std::pair<std::u32string_view, std::u32string_view> voice_rewrites[] = {
  {U"ご自身の", U""}, {U"ご自身が", U""}, {U"ご経験", U"経験"}, {U"ご希望", U"希望"}, {U"ご質問", U"質問"},
  {U"お見積り", U"見積もり"}, {U"お見積もり", U"見積もり"}, {U"お使いの", U"使用している"}, {U"お住まい", U"居住地"},
  {U"ご協力いただける", U"協力できる"}, {U"いただける", U"できる"}, {U"いただけ", U"でき"}, {U"ご提案", U"提案"},
  {U"ご対応", U"対応"}, {U"お持ち", U"所有"}, {U"ご記入", U""}, {U"ご記載", U""}, {U"お尋ねの", U""},
  {U"お子さん", U"子ども"}, {U"差し支えなければ", U""},
};
// Endings of an ask worded as a question or a yes/no item: cut, and the topic
// becomes the heading (「SNS運用の経験はありますか」 → SNS運用の経験).
constexpr std::u32string_view question_tails[] = {
  U"はありますか", U"は何ですか", U"はできますか", U"は可能ですか", U"は可能でしょうか", U"は使えますか",
  U"をお持ちかどうか", U"を所有かどうか", U"ができるかどうか", U"できるかどうか", U"が可能かどうか", U"かどうか",
  U"ができるか", U"できるか", U"が可能か", U"可能か", U"があるか", U"ですか", U"ますか", U"でしょうか", U"の有無",
  U"の可否", U"可否",
};
constexpr std::size_t max_heading = 20;  // code points
constexpr std::u32string_view condition_cuts[] = {U"があれば", U"がある場合", U"をお持ちの場合"};
// A question by one of these is named by its concept (いつから作業を開始できるか → 開始可能日).
constexpr std::u32string_view interrogatives[] = {U"いつ", U"どのくらい", U"どれくらい", U"どの程度", U"何", U"どんな"};
// Quotation marks around an ask's words (「長尺動画の編集経験」) are the post's, not the heading's.
constexpr std::u32string_view quote_marks = U"「」『』\"";

// Plain endings of what the user typed, made polite (first match wins; the
// rest of the line is kept). A line already ending politely or with 。 stays.
constexpr std::pair<std::u32string_view, std::u32string_view> polite_endings[] = {
  {U"ている", U"ています"}, {U"てる", U"ています"}, {U"できる", U"できます"}, {U"している", U"しています"},
  {U"する", U"します"}, {U"ある", U"あります"}, {U"いる", U"います"}, {U"できない", U"できません"},
  {U"ない", U"ありません"}, {U"たい", U"たいと考えています"}, {U"だった", U"でした"}, {U"だ", U"です"},
  {U"ので", U"ためです"}, {U"から", U"からです"},
  {U"OK", U"対応可能です"}, {U"ok", U"対応可能です"}, {U"ＯＫ", U"対応可能です"}, {U"〜", U"から対応可能です"},
  {U"～", U"から対応可能です"}, {U"すぐ", U"すぐに対応可能です"}, {U"可", U"可能です"},
  {U"大丈夫", U"対応可能です"},
};
constexpr std::u32string_view polite_already[] = {
  U"です", U"ます", U"ました", U"でした", U"ません", U"ください", U"ございます", U"おります", U"でしょうか",
};
// Shorthand written out in every line the user typed (not in a link):
// `after_digit` rows only right after a digit and before no letter (週15h).
struct Shorthand {
  std::u32string_view from, to;
  bool after_digit;
};
constexpr Shorthand shorthands[] = {
  {U"h", U"時間", true}, {U"H", U"時間", true}, {U"ｈ", U"時間", true}, {U"hrs", U"時間", true},
  {U"くらい", U"程度", false}, {U"ぐらい", U"程度", false}, {U" / ", U"、", false}, {U"／", U"、", false},
  {U"得意ジャンル", U"得意なジャンル", false}, {U"ですか？", U"でしょうか。", false}, {U"ですか?", U"でしょうか。", false},
  {U"ますか？", U"ますでしょうか。", false},
};
// 「A→B」: between numbers a change the user brought about (2,000→9,500 →
// 2,000から9,500に伸ばしました), otherwise a route (フォーム→Slack).
constexpr std::u32string_view arrows = U"→⇒➡";
constexpr std::u32string_view arrow_route = U"から";
constexpr std::u32string_view arrow_rise = U"を{from}から{to}に伸ばしました";
constexpr std::u32string_view arrow_fall = U"を{from}から{to}に減らしました";
// 「/」 between two Latin names (Slack/Chatwork) reads 「や」; elsewhere 「、」.
constexpr std::u32string_view slash_latin = U"や";
constexpr std::u32string_view slash_other = U"、";
// A time word then a blank (「平日 1日3時間」) is the topic: 平日は1日3時間.
constexpr std::u32string_view topic_words[] = {U"平日", U"土日", U"週末", U"土日祝", U"毎日", U"日中", U"夜間"};
constexpr std::u32string_view topic_particle = U"は";
// A test score typed as a bare number gets its unit (TOEIC 990 → TOEIC 990点).
constexpr std::u32string_view scored_tests[] = {U"TOEIC", U"TOEFL", U"IELTS"};
constexpr std::u32string_view score_unit = U"点";

// The sentence grammar of each field: how a fragment (a noun phrase, no
// polite ending) of that field becomes a sentence. `noun`: after a noun
// phrase; `verbal`: after a verbal noun (執筆, 運用, 納品); `count`: after an
// amount (月10本程度); `blank_number`: what a blank before a number becomes
// (美容ブログ 30本 → 美容ブログを30本; 「で」 when the clause already has を).
struct Grammar {
  std::string_view key;
  std::u32string_view noun, verbal, count, blank_number, currency;
};
constexpr Grammar grammars[] = {
  {"achievements", U"を担当しました", U"しました", U"を担当しました", U"を", U""},
  {"available_hours", U"作業できます", U"できます", U"対応できます", U"", U""},
  {"skills", U"に対応できます", U"に対応できます", U"に対応できます", U"", U""},
  {"rate", U"を希望いたします", U"を希望いたします", U"を希望いたします", U"", U"円"},
  {"start_date", U"から開始できます", U"から開始できます", U"から開始できます", U"", U""},
  {"limits", U"です", U"いたします", U"です", U"", U""},
};
// An item's concept that gives the fragments answering it their ending: a
// skill answering 得意な料理 is a strength (和食が得意です), not a service.
struct ItemGrammar {
  AskConcept concept_id;
  Grammar grammar;
};
constexpr ItemGrammar item_grammars[] = {
  {AskConcept::specialty, {"skills", U"が得意です", U"が得意です", U"が得意です", U"", U""}},
};
constexpr Grammar default_grammar = {"", U"です", U"しています", U"です", U"", U""};
constexpr std::u32string_view blank_number_after_wo = U"で";
constexpr std::u32string_view verbal_nouns[] = {
  U"執筆", U"運用", U"納品", U"担当", U"制作", U"編集", U"開発", U"翻訳", U"英訳", U"和訳", U"入稿", U"作成",
  U"対応", U"管理", U"撮影", U"運営", U"作業", U"入力", U"校正", U"デザイン",
};
constexpr std::u32string_view durations[] = {U"年", U"年間", U"年目", U"年半", U"ヶ月", U"か月", U"カ月"};
constexpr std::u32string_view counters_of_amount[] = {U"本", U"件", U"記事", U"枚", U"字", U"文字", U"点"};
constexpr std::u32string_view amount_tails[] = {U"程度", U"以上", U"まで", U"前後", U"ほど"};
// What a line says, whatever field it was typed in: a qualification
// (コスメ検定2級, TOEIC 990点) is held, a bare tool name (Premiere Pro) used.
constexpr std::u32string_view qualification_words[] = {U"TOEIC", U"TOEFL", U"IELTS", U"英検", U"検定", U"資格", U"免許"};
constexpr std::u32string_view qualification_ending = U"を取得しています";
constexpr std::u32string_view tool_ending = U"を使用しています";
// A link typed alone is introduced in words, the link on its own line.
constexpr std::u32string_view link_lead = U"以下からご確認いただけます。";
// After a self-label is taken out, what leads into it goes too (まだ初心者ですが).
constexpr std::u32string_view label_lead_ins[] = {U"まだまだ", U"まだ", U"全くの", U"完全に"};
constexpr std::u32string_view label_joints = U"、,が";
// clang-format on

std::u32string u32(std::string_view s) { return text::decode(s).chars; }

bool starts_with(std::u32string_view s, std::u32string_view p) { return s.substr(0, p.size()) == p; }

std::u32string_view trim32(std::u32string_view s) {
  while (!s.empty() && (is_blank(s.front()) || is_line_break(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || is_line_break(s.back()))) s.remove_suffix(1);
  return s;
}

bool mostly_latin(std::u32string_view s) {
  std::size_t latin = 0, japanese_chars = 0;
  for (char32_t c : s) {
    latin += is_ascii_letter(c);
    japanese_chars += is_kana_or_kanji(c);
  }
  return latin > 3 * japanese_chars && latin > 0;
}

bool any_of_words(std::u32string_view s, std::u32string_view words) {
  for (std::size_t b = 0; b <= words.size();) {
    std::size_t e = words.find(U'|', b);
    if (e == std::u32string_view::npos) e = words.size();
    if (e > b && s.find(words.substr(b, e - b)) != std::u32string_view::npos) return true;
    b = e + 1;
  }
  return false;
}

std::u32string replace_all(std::u32string s, std::u32string_view from, std::u32string_view to) {
  for (std::size_t at = s.find(from); at != std::u32string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// A number at `at` (digits and 「,」): its end.
std::size_t number_end(std::u32string_view s, std::size_t at) {
  while (at < s.size() && (is_digit(s[at]) || s[at] == U',')) ++at;
  return at;
}
long long number_value(std::u32string_view s) {
  long long v = 0;
  for (char32_t c : s)
    if (is_digit(c) && c < 0x80 && v < 1000000000000LL) v = v * 10 + (c - U'0');
  return v;
}

// Shorthand written out (table `shorthands`, arrows, slashes, a topic word
// before a blank, a bare test score, an amount of yen without its 「,」).
std::u32string normalized(std::u32string_view line) {
  std::u32string out(line);
  if (out.find(U"http") != std::u32string::npos) return out;
  for (const Shorthand& sh : shorthands) {
    for (std::size_t at = out.find(sh.from); at != std::u32string::npos; at = out.find(sh.from, at + 1)) {
      if (sh.after_digit) {
        std::size_t after = at + sh.from.size();
        if (at == 0 || !is_digit(out[at - 1]) || (after < out.size() && is_ascii_letter(out[after]))) continue;
      }
      out.replace(at, sh.from.size(), sh.to);
    }
  }
  for (std::size_t at = 0; at < out.size(); ++at) {
    if (arrows.find(out[at]) == std::u32string_view::npos) continue;
    std::size_t from_begin = at;
    while (from_begin > 0 && (is_digit(out[from_begin - 1]) || out[from_begin - 1] == U',')) --from_begin;
    std::size_t to_end = number_end(out, at + 1);
    if (from_begin < at && to_end > at + 1 && (to_end == out.size() || !is_kana_or_kanji(out[to_end]) || out[to_end] == U'人')) {
      std::size_t word_end = from_begin;
      while (word_end > 0 && is_blank(out[word_end - 1])) --word_end;
      std::u32string from = out.substr(from_begin, at - from_begin), to = out.substr(at + 1, to_end - at - 1);
      std::u32string change(number_value(to) >= number_value(from) ? arrow_rise : arrow_fall);
      change = replace_all(replace_all(change, U"{from}", from), U"{to}", to);
      if (word_end == 0) change.erase(0, 1);  // no word before the numbers: no を
      out.replace(word_end, to_end - word_end, change);
      at = word_end + change.size() - 1;
    } else {
      out.replace(at, 1, arrow_route);
    }
  }
  for (std::size_t at = out.find(U'/'); at != std::u32string::npos; at = out.find(U'/', at + 1)) {
    bool latin = at > 0 && at + 1 < out.size() && is_ascii_letter(out[at - 1]) && is_ascii_letter(out[at + 1]);
    std::u32string_view to = latin ? slash_latin : slash_other;
    out.replace(at, 1, to);
  }
  for (auto word : topic_words)
    if (starts_with(out, word) && out.size() > word.size() + 1 && is_blank(out[word.size()])) {
      out.replace(word.size(), 1, topic_particle);
      break;
    }
  for (auto test : scored_tests)
    for (std::size_t at = out.find(test); at != std::u32string::npos; at = out.find(test, at + 1)) {
      std::size_t d = at + test.size();
      while (d < out.size() && is_blank(out[d])) ++d;
      std::size_t e = number_end(out, d);
      if (e > d && (e == out.size() || out.substr(e, score_unit.size()) != score_unit)) out.insert(e, score_unit);
    }
  for (std::size_t at = out.find(U'円'); at != std::u32string::npos; at = out.find(U'円', at + 1)) {
    std::size_t b = at;
    while (b > 0 && is_digit(out[b - 1]) && out[b - 1] < 0x80) --b;
    if (at - b < 4 || (b > 0 && out[b - 1] == U',')) continue;
    for (std::size_t k = at; k > b + 3; k -= 3) out.insert(k - 3, U",");
    at = out.find(U'円', b);
  }
  return out;
}

const Grammar& grammar_of(std::string_view key) {
  for (const Grammar& g : grammars)
    if (g.key == key) return g;
  return default_grammar;
}

bool is_latin_name(std::u32string_view s) {
  if (s.empty()) return false;
  for (char32_t c : s)
    if (!is_ascii_letter(c) && !is_digit(c) && !is_blank(c) && c != U'.' && c != U'-' && c != U'+' && c != U'#' &&
        c != U'、' && c != U',')
      return false;
  return true;
}

// The last clause (after the last 「、」) of a fragment.
std::u32string_view last_clause(std::u32string_view s) {
  std::size_t comma = s.find_last_of(U"、,");
  return comma == std::u32string_view::npos ? s : s.substr(comma + 1);
}

// A fragment of a field as a sentence by the field's grammar.
std::u32string fragment_sentence(std::u32string out, const Grammar& g) {
  if (out.empty()) return out;
  // An aside last (運営（月間1万PV）): the words before it decide, the ending follows it.
  if (!out.empty() && (out.back() == U'）' || out.back() == U')')) {
    std::size_t open = out.find_last_of(out.back() == U'）' ? U'（' : U'(');
    if (open != std::u32string::npos && open > 0) {
      std::u32string core(trim32(std::u32string_view(out).substr(0, open)));
      std::u32string aside = out.substr(open);
      std::u32string said = fragment_sentence(core, g);
      if (said.compare(0, core.size(), core) == 0) {
        std::u32string ending = said.substr(core.size());
        if (ending == U"です。" || ending.empty() || ending.front() != U'を') return core + aside + ending;
        return core + aside + ending.substr(1);
      }
      return said;  // the words were rewritten: the aside is dropped with them
    }
  }
  // A blank before a number (美容ブログ 30本, 企業YouTube 月4本を1年).
  for (std::size_t i = 1; i + 1 < out.size(); ++i) {
    if (!is_blank(out[i]) || is_blank(out[i - 1])) continue;
    char32_t next = out[i + 1];
    bool number = is_digit(next) || ((next == U'月' || next == U'週' || next == U'約') && i + 2 < out.size() && is_digit(out[i + 2]));
    if (!number) continue;
    if (!is_kana_or_kanji(out[i - 1]) && !is_ascii_letter(out[i - 1]) && out[i - 1] != U'ー') continue;
    if (is_ascii_letter(out[i - 1]) && g.blank_number.empty()) continue;  // TOEIC 990点
    std::size_t clause_end = out.find_first_of(U"、,", i);
    std::u32string_view rest = std::u32string_view(out).substr(i + 1, clause_end == std::u32string::npos ? std::u32string::npos : clause_end - i - 1);
    std::u32string_view joint = g.blank_number;
    if (!joint.empty() && rest.find(U'を') != std::u32string_view::npos) joint = blank_number_after_wo;
    out.replace(i, 1, joint);
  }
  for (auto word : qualification_words)
    if (out.find(word) != std::u32string::npos &&
        (is_digit(out.back()) || out.back() == U'級' || out.back() == U'点' || ends_with(out, word)))
      return out + std::u32string(qualification_ending) + U"。";
  bool count = false;
  {
    std::u32string_view v = out;
    for (auto tail : amount_tails)
      if (ends_with(v, tail)) {
        v.remove_suffix(tail.size());
        break;
      }
    for (auto c : counters_of_amount)
      if (ends_with(v, c) && v.size() > c.size() && is_digit(v[v.size() - c.size() - 1])) count = true;
  }
  for (auto vn : verbal_nouns)
    if (ends_with(out, vn)) {
      std::size_t at = out.size() - vn.size();
      for (auto c : counters_of_amount)
        if (at >= c.size() && std::u32string_view(out).substr(at - c.size(), c.size()) == c && g.blank_number == U"を" &&
            last_clause(out).find(U'を') == std::u32string_view::npos) {
          out.insert(at, U"を");
          break;
        }
      return out + std::u32string(g.verbal) + U"。";
    }
  if (count && g.blank_number == U"を" && last_clause(out).find(U'を') == std::u32string_view::npos) {
    // 旅行記50本程度 → 旅行記を50本程度 (担当しました)
    std::size_t at = out.size();
    while (at > 0 && !is_digit(out[at - 1])) --at;
    while (at > 0 && (is_digit(out[at - 1]) || out[at - 1] == U',')) --at;
    if (at > 0 && out[at - 1] != U'で' && out[at - 1] != U'を' && !is_blank(out[at - 1])) out.insert(at, U"を");
  }
  // A duration last (営業事務6年, ライター歴1年) states the record: です.
  {
    std::u32string_view v = out;
    if (!v.empty() && (v.back() == U'）' || v.back() == U')'))
      v = trim32(v.substr(0, std::min(v.rfind(U'（'), v.rfind(U'('))));
    for (auto d : durations)
      if (ends_with(v, d) && v.size() > d.size() && is_digit(v[v.size() - d.size() - 1]) &&
          last_clause(v).find(U'を') == std::u32string_view::npos && g.blank_number == U"を")
        return out + U"です。";
  }
  std::u32string_view ending = count ? g.count : g.noun;
  if (!ending.empty() && ending.front() == U'を' && last_clause(out).find(U'を') != std::u32string_view::npos)
    ending.remove_prefix(1);  // 「ゲーム実況を30本」担当しました, not を…を
  if (!g.currency.empty() && (is_digit(out.back()) || out.back() == U'万')) out += g.currency;
  return out + std::u32string(ending) + U"。";
}

// One line of what the user typed as a sentence: a URL stays as it is (a bare
// one is introduced in words), English gets a full stop, Japanese a polite
// ending and 「。」 by the grammar of the field it was typed in.
std::u32string as_sentence(std::u32string_view line, bool english_draft, const Grammar& g = default_grammar) {
  std::u32string out(trim32(line));
  if (out.empty()) return out;
  // A bullet typed by the user (or an item of a list field) becomes a sentence.
  if (out.front() == U'・' || out.front() == U'•') out = std::u32string(trim32(std::u32string_view(out).substr(1)));
  if (out.empty() || starts_list_item(out, 0)) return out;
  if (!english_draft) out = normalized(out);
  // Sentences inside the line (「…得意なジャンル。コスメ検定2級」): each on its own
  // (a loop, not recursion: a line may hold thousands of them).
  if (std::size_t stop = out.find(U'。'); stop != std::u32string::npos && stop + 1 < out.size()) {
    std::u32string joined;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= out.size(); ++i) {
      if (i < out.size() && out[i] != U'。') continue;
      std::u32string_view piece = std::u32string_view(out).substr(begin, i - begin);
      if (piece.find(U"http") != std::u32string_view::npos || piece.find(U'「') != std::u32string_view::npos) {
        joined.append(piece);  // a link or a quotation keeps its stops
        if (i < out.size()) joined += U'。';
      } else {
        std::u32string said = as_sentence(piece, english_draft, g);
        // The user's own stop stays where the grammar added none (a Latin name, a bullet).
        if (i < out.size() && (said.empty() || !is_full_stop(said.back()))) said += U'。';
        joined += said;
      }
      begin = i + 1;
    }
    return joined;
  }
  // Fragments typed with a blank between them (「経理を38年 昨年定年退職」) become one sentence.
  for (std::size_t i = 1; i + 1 < out.size(); ++i)
    if (is_blank(out[i]) && is_kana_or_kanji(out[i - 1]) && is_kana_or_kanji(out[i + 1]) &&
        !((out[i + 1] == U'月' || out[i + 1] == U'週' || out[i + 1] == U'約') && i + 2 < out.size() && is_digit(out[i + 2])))
      out[i] = U'、';
  char32_t last = out.back();
  if (is_full_stop(last) || last == U'」' || last == U'.') return out;
  if (last == U'）' || last == U')') {  // an aside last: the words before it decide (〜6年（受注入力）です。)
    std::size_t open = out.find_last_of(last == U'）' ? U'（' : U'(');
    std::u32string_view before = open == std::u32string::npos ? std::u32string_view() : trim32(std::u32string_view(out).substr(0, open));
    if (before.empty() || is_full_stop(before.back())) return out;
    for (auto polite : polite_already)
      if (ends_with(before, polite)) return out + U"。";
    if (english_draft) return out;
    if (mostly_latin(out)) return g.key == "skills" ? out + std::u32string(tool_ending) + U"。" : out;
    if (g.key == "available_hours" || g.key == "achievements" || g.key == "skills") return fragment_sentence(out, g);
    return out + U"です。";
  }
  std::size_t url = out.rfind(U"http");
  if (url != std::u32string::npos && out.find(U' ', url) == std::u32string::npos &&
      out.find(U'　', url) == std::u32string::npos) {
    // A link last: the words before it become a sentence, the link its own line
    // (a full stop after it would become part of it).
    std::u32string words(trim32(std::u32string_view(out).substr(0, url)));
    while (!words.empty() && (words.back() == U'：' || words.back() == U':')) words.pop_back();
    if (words.empty()) return english_draft ? out : std::u32string(link_lead) + U"\n" + out;
    return as_sentence(words, english_draft, g) + U"\n" + out.substr(url);
  }
  if (mostly_latin(out)) {
    if (!english_draft) return is_latin_name(out) && g.key == "skills" ? out + std::u32string(tool_ending) + U"。" : out;
    if (is_ascii_lower(out[0])) out[0] = static_cast<char32_t>(out[0] - 32);
    return out + U".";
  }
  for (auto polite : polite_already)
    if (ends_with(out, polite)) return out + U"。";
  for (auto [plain, polite] : polite_endings)
    if (ends_with(out, plain)) return out.substr(0, out.size() - plain.size()) + std::u32string(polite) + U"。";
  return fragment_sentence(out, g);
}

// A field's lines as sentences, joined by line breaks.
std::u32string as_sentences(std::u32string_view field, bool english_draft, const Grammar& g = default_grammar) {
  std::u32string out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= field.size(); ++i) {
    if (i < field.size() && !is_line_break(field[i])) continue;
    std::u32string line = as_sentence(field.substr(begin, i - begin), english_draft, g);
    if (!line.empty()) {
      if (!out.empty()) out += U'\n';
      out += line;
    }
    begin = i + 1;
  }
  return out;
}

// The field with its negative self-labels taken out (lint's rule finds them):
// 「まだ初心者ですが旅行が大好きです」 → 「旅行が大好きです」.
std::u32string without_self_labels(std::u32string_view field, std::string_view key, std::vector<FieldChange>& changes) {
  text::Decoded decoded = text::decode(text::to_utf8(field));
  LintOptions only;
  only.enabled.fill(false);
  only.enabled[static_cast<std::size_t>(Rule::negative_self_label)] = true;
  LintResult found = lint_text(decoded, {}, only);
  if (found.issues.empty()) return std::u32string(field);
  std::u32string out;
  std::size_t at = 0;
  for (const Issue& issue : found.issues) {
    std::size_t b = issue.begin, e = issue.end;
    for (auto lead : label_lead_ins)
      if (b >= lead.size() && decoded.chars.compare(b - lead.size(), lead.size(), lead) == 0) {
        b -= lead.size();
        break;
      }
    // The label's clause ends at its joint (初心者ですが / 未経験で、): one joint and its 「、」 go with it.
    if (label_joints.find(decoded.chars[e - 1]) == std::u32string::npos && e < decoded.chars.size() &&
        label_joints.find(decoded.chars[e]) != std::u32string::npos)
      ++e;
    while (e < decoded.chars.size() && (decoded.chars[e] == U'、' || decoded.chars[e] == U',')) ++e;
    if (b < at) continue;
    out.append(decoded.chars, at, b - at);
    changes.push_back({std::string(key), text::to_utf8(std::u32string_view(decoded.chars).substr(b, e - b)), ""});
    at = e;
  }
  out.append(decoded.chars, at, std::u32string::npos);
  return out;
}

// A unit an answer is made of: one line of a field (each item of a list).
struct Unit {
  std::size_t extra;  // the field, as an index into extras
  std::u32string text;
  bool used = false;
};

std::vector<Unit> units_of(const ApplicationFields& f, bool as_typed, std::vector<FieldChange>& changes) {
  std::vector<Unit> units;
  for (std::size_t k = 0; k < std::size(extras); ++k) {
    std::u32string value = u32(trim(f.*(extras[k].field)));
    if (!as_typed) value = without_self_labels(value, extras[k].key, changes);
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= value.size(); ++i) {
      if (i < value.size() && !is_line_break(value[i])) continue;
      std::u32string_view line = trim32(std::u32string_view(value).substr(begin, i - begin));
      if (!line.empty()) units.push_back({k, std::u32string(line)});
      begin = i + 1;
    }
  }
  return units;
}

// The ask's heading in the worker's voice: no asides, no client honorifics,
// a question cut to its topic (or named by its concept), at most ~20 characters.
std::u32string heading_of(const Ask& ask) {
  std::u32string label;
  for (char32_t c : without_asides(ask.label))
    if (quote_marks.find(c) == std::u32string_view::npos) label.push_back(c);
  for (auto [from, to] : voice_rewrites)
    for (std::size_t at = label.find(from); at != std::u32string::npos; at = label.find(from, at + to.size()))
      label.replace(at, from.size(), to);
  std::u32string_view view = trim32(label);
  // 「ポートフォリオがあれば、URL」: the thing, not the condition.
  for (auto cut : condition_cuts)
    if (std::size_t at = view.find(cut); at != std::u32string_view::npos && at >= 2) view = view.substr(0, at);
  while (!view.empty() && (is_full_stop(view.back()) || view.back() == U'、')) view.remove_suffix(1);
  bool question = false;
  for (auto tail : question_tails)
    if (ends_with(view, tail) && view.size() > tail.size() + 1) {
      view.remove_suffix(tail.size());
      question = true;
      break;
    }
  // 「納期は1週間を想定していますが可能でしょうか」: the topic before は.
  std::size_t wa = view.find(U'は');
  if (question && wa != std::u32string_view::npos && wa >= 2) view = view.substr(0, wa);
  if (!view.empty() && (view.back() == U'を' || view.back() == U'が' || view.back() == U'の')) view.remove_suffix(1);
  std::u32string heading(trim32(view));
  bool english = mostly_latin(heading);
  for (auto [word, noun] : counted_nouns)
    if (std::size_t at = heading.find(word); at != std::u32string::npos && !english) {
      std::u32string rest = heading.substr(at + word.size());
      if (!rest.empty() && std::u32string_view(U"でにをのは").find(rest.front()) != std::u32string_view::npos) break;
      std::u32string named = heading.substr(0, at) + rest + (rest.empty() ? U"" : std::u32string(counted_able)) + std::u32string(noun);
      if (named.size() <= max_heading) return named;
    }
  bool interrogative = false;
  for (auto word : interrogatives) interrogative = interrogative || heading.find(word) != std::u32string::npos;
  if (interrogative && !english)
    for (const ConceptField& c : concept_fields)
      if (has_concept(ask, c.concept_id)) return u32(c.heading);
  if (english) {
    for (auto lead : {std::u32string_view(U"your "), std::u32string_view(U"Your "), std::u32string_view(U"the "),
                      std::u32string_view(U"an "), std::u32string_view(U"An "), std::u32string_view(U"a ")})
      if (starts_with(heading, lead)) heading.erase(0, lead.size());
    if (!heading.empty() && is_ascii_lower(heading[0])) heading[0] = static_cast<char32_t>(heading[0] - 32);
    return heading;
  }
  if (heading.size() > max_heading || heading.size() < 2) {
    for (const ConceptField& c : concept_fields)
      if (has_concept(ask, c.concept_id)) return u32(c.heading);
    heading = heading.substr(0, max_heading);
  }
  if (question && heading.size() + 4 <= max_heading && ask.concepts == 0) heading += U"について";
  return heading;
}

bool field_of_concept(const Ask& ask, std::size_t extra) {
  for (const ConceptField& c : concept_fields)
    if (c.extra == extra && has_concept(ask, c.concept_id)) return true;
  return false;
}

void append_section(std::u32string& out, std::u32string_view heading, std::u32string_view body) {
  out += U"【";
  out += heading;
  out += U"】\n";
  out += body;
  out += U"\n\n";
}

std::u32string without_bullet(std::u32string_view s) {
  s = trim32(s);
  if (!s.empty() && (s.front() == U'・' || s.front() == U'•')) s = trim32(s.substr(1));
  return std::u32string(s);
}

// A short noun the user typed as one item of a list (和食, Premiere Pro): joined
// with the items after it into one sentence (和食、作り置きが得意です。).
bool is_bare_item(std::u32string_view s) {
  if (s.empty() || s.size() > 12 || is_latin_name(s)) return is_latin_name(s);
  for (char32_t c : s)
    if (is_digit(c) || is_full_stop(c) || c == U'、' || c == U'（' || c == U'(') return false;
  for (auto polite : polite_already)
    if (ends_with(s, polite)) return false;
  return true;
}

// `item`: the ask the lines answer, whose concept may give the sentence its
// ending (item_grammars).
std::u32string body_of(const std::vector<const Unit*>& parts, bool english_draft, const Ask* item = nullptr) {
  std::u32string body;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const Unit* u = parts[k];
    const Grammar* g = &grammar_of(extras[u->extra].key);
    if (item)
      for (const ItemGrammar& ig : item_grammars)
        if (ig.grammar.key == g->key && has_concept(*item, ig.concept_id)) g = &ig.grammar;
    std::u32string line = without_bullet(u->text);
    // Bare items of one field in a row are one sentence: Premiere Pro、After Effectsを使用しています。
    if (!english_draft && g->key == "skills" && is_bare_item(line)) {
      while (k + 1 < parts.size() && parts[k + 1]->extra == u->extra) {
        std::u32string next = without_bullet(parts[k + 1]->text);
        if (!is_bare_item(next) || is_latin_name(next) != is_latin_name(line.substr(line.rfind(U'、') + 1))) break;
        line += U"、" + next;
        ++k;
      }
    }
    if (!body.empty()) body += U'\n';
    body += as_sentences(line, english_draft, *g);
  }
  return body;
}

// Content words of the title found in what the user typed: the subject the
// reason for applying names (美容 of 美容系ブログ記事 in 「美容ブログ 30本」).
std::u32string shared_subject(std::u32string_view title, const std::vector<Unit>& units) {
  std::u32string plain = without_asides(title);
  for (auto word : content_words(plain)) {
    if (word.size() < 2 || std::find(std::begin(not_subjects), std::end(not_subjects), word) != std::end(not_subjects))
      continue;
    for (const Unit& u : units) {
      std::string_view key = extras[u.extra].key;
      if ((key == "achievements" || key == "self_intro" || key == "skills") && u.text.find(word) != std::u32string::npos)
        return std::u32string(word);
    }
  }
  return {};
}

// The job title the draft quotes: the user's when every content word of it
// occurs in the post (a faithful short name), else the post's own title line
// (its first line without 【tags】 and asides), else the user's.
std::u32string title_of(std::u32string_view user_title, std::u32string_view job) {
  std::u32string_view first = trim32(job.substr(0, job.find_first_of(U"\r\n")));
  std::u32string tag;
  while (!first.empty() && first.front() == U'【') {
    std::size_t close = first.find(U'】');
    if (close == std::u32string_view::npos) break;
    tag = std::u32string(first.substr(1, close - 1));
    first = trim32(first.substr(close + 1));
  }
  // A title is a short line with no sentence in it, after a 【tag】 or alone.
  std::u32string post_title(first.substr(0, std::min(first.find(U'（'), first.find(U'('))));
  while (!post_title.empty() && is_blank(post_title.back())) post_title.pop_back();
  bool sentence = post_title.size() > max_title || any_of_words(post_title, not_title_words);
  if (sentence || (tag.empty() && first.size() == job.size())) post_title.clear();
  // 「【Webライター募集】月10本以上書ける方」 names the applicant: the tag names the work.
  if (ends_with(post_title, U"方")) {
    post_title.clear();
    if (ends_with(tag, recruit_word)) post_title = tag.substr(0, tag.size() - recruit_word.size());
  }
  if (user_title.empty()) return post_title;
  bool consistent = true;
  std::u32string plain = without_asides(user_title);
  for (auto word : content_words(plain))
    consistent = consistent && job.find(word) != std::u32string_view::npos;
  return consistent || post_title.size() < 2 ? std::u32string(user_title) : post_title;
}

}  // namespace

ApplicationDraft draft_application(const ApplicationFields& f, const std::string& job_text, bool as_typed) {
  ApplicationDraft draft;
  std::u32string job = text::decode(job_text).chars;
  const Wording& w = mostly_latin(job) ? english : japanese;
  const bool english_draft = &w == &english;
  std::vector<Ask> asks = extract_asks(job);
  std::vector<Unit> units = units_of(f, as_typed, draft.changes);

  std::vector<std::vector<const Unit*>> answer(asks.size());
  std::vector<std::u32string> given(asks.size());
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (i < f.answers.size()) given[i] = u32(trim(f.answers[i]));
  // A field is reserved for the asks of its own concept (achievements for
  // 実績): another ask does not take its lines for a word they share.
  // The asks with the concepts of their asides too (「過去の執筆実績（URLがあれば
  // 添付）」 owns the portfolio field as well as the achievements).
  std::vector<Ask> wide(asks);
  for (Ask& ask : wide) ask.concepts |= concepts_with_asides(ask.label);
  auto own_field_of = [&](const Ask& ask, std::size_t extra) {
    for (const ConceptField& c : concept_fields)
      if (c.own && c.extra == extra && has_concept(ask, c.concept_id)) return true;
    return false;
  };
  auto reserved_for_other = [&](std::size_t i, std::size_t extra) {
    for (std::size_t j = 0; j < asks.size(); ++j)
      if (j != i && given[j].empty() && own_field_of(wide[j], extra)) return true;
    return false;
  };
  std::vector<std::vector<std::u32string>> specific(asks.size());
  for (std::size_t i = 0; i < asks.size(); ++i) specific[i] = specific_words(asks[i]);
  auto names_it = [&](std::size_t i, const Unit& u) {
    for (const auto& word : specific[i])
      if (u.text.find(word) != std::u32string::npos) return true;
    return false;
  };
  auto take = [&](std::size_t i, auto&& accepts) {
    std::size_t field = SIZE_MAX;
    for (Unit& u : units) {
      if (u.used || (field != SIZE_MAX && u.extra != field) || !accepts(u)) continue;
      u.used = true;
      field = u.extra;
      answer[i].push_back(&u);
    }
  };
  auto open_ask = [&](std::size_t i) { return given[i].empty() && answer[i].empty(); };
  auto hits = [&](std::size_t i, const Unit& u) {
    std::size_t n = 0;
    for (const auto& word : specific[i]) n += u.text.find(word) != std::u32string::npos;
    return n;
  };
  // 1. a line naming what the ask is about that answers it, from a field no
  // other ask owns, unless it names another open ask's words more
  // (「スマホで料理写真撮影」 is for 写真撮影, not 得意な料理);
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (open_ask(i))
      take(i, [&](const Unit& u) {
        if (!names_it(i, u) || !(own_field_of(wide[i], u.extra) || !reserved_for_other(i, u.extra)) ||
            !field_answers(asks[i], u.text))
          return false;
        for (std::size_t j = 0; j < asks.size(); ++j)
          if (j != i && open_ask(j) && hits(j, u) > hits(i, u) && field_answers(asks[j], u.text)) return false;
        return true;
      });
  // 2. lines of the concept's field that answer it; 3. the ask's own field as a whole;
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (open_ask(i))
      take(i, [&](const Unit& u) { return field_of_concept(asks[i], u.extra) && field_answers(asks[i], u.text); });
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (open_ask(i)) take(i, [&](const Unit& u) { return own_field_of(wide[i], u.extra); });
  // 4. a line of another field that answers it outright; 5. the field its concept lends.
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (open_ask(i))
      take(i, [&](const Unit& u) { return !reserved_for_other(i, u.extra) && field_answers(asks[i], u.text); });
  for (std::size_t i = 0; i < asks.size(); ++i) {
    if (!open_ask(i)) continue;
    for (const ConceptField& c : concept_fields) {
      if (!has_concept(asks[i], c.concept_id) || reserved_for_other(i, c.extra)) continue;
      take(i, [&](const Unit& u) { return u.extra == c.extra; });
      if (!answer[i].empty()) break;
    }
  }
  // The rest of a field joins the one ask that owns it or already holds some
  // of it: a field is said in one place.
  for (Unit& u : units) {
    if (u.used) continue;
    std::size_t home = SIZE_MAX, homes = 0;
    for (std::size_t i = 0; i < asks.size(); ++i) {
      bool holds = false;
      for (const Unit* v : answer[i]) holds = holds || v->extra == u.extra;
      // The item's aside asks for it (「（URLがあれば添付）」), or the item names
      // nothing in particular, or the line names what the item names.
      bool by_aside = own_field_of(wide[i], u.extra) && !own_field_of(asks[i], u.extra);
      if (given[i].empty() && (holds || (own_field_of(wide[i], u.extra) && !answer[i].empty() &&
                                         (by_aside || specific[i].empty() || names_it(i, u))))) {
        home = i;
        ++homes;
      }
    }
    if (homes == 1) {
      u.used = true;
      answer[home].push_back(&u);
    }
  }

  // An item no line answers joins the item before it in one section: right
  // after an item of the same ask whose lines answer it too (「事務経験の有無と
  // 年数」 by 「営業事務6年」), or when it points back at it (「好きな旅行先とその理由」).
  std::vector<std::size_t> joined_to(asks.size(), SIZE_MAX);
  for (std::size_t i = 1; i < asks.size(); ++i) {
    std::size_t prev = joined_to[i - 1] == SIZE_MAX ? i - 1 : joined_to[i - 1];
    if (!given[i].empty() || !answer[i].empty()) continue;
    if (asks[i].begin < asks[i - 1].end || asks[i].begin - asks[i - 1].end > 3) continue;
    bool points_back = starts_with(asks[i].label, U"その") || starts_with(asks[i].label, U"それ");
    if (points_back && answer[prev].empty() && given[prev].empty()) {
      joined_to[i] = prev;
      continue;
    }
    if (answer[prev].empty()) continue;
    bool answers = true;
    for (const Unit* u : answer[prev]) answers = answers && field_answers(asks[i], u->text);
    if (answers) joined_to[i] = prev;
  }
  std::vector<Ask> sections(asks);
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (joined_to[i] != SIZE_MAX) {
      Ask& head = sections[joined_to[i]];
      head.label = std::u32string(std::u32string_view(job).substr(head.begin, asks[i].end - head.begin));
      head.end = asks[i].end;
      head.concepts |= asks[i].concepts;
    }
  std::size_t section_count = 0;
  for (std::size_t i = 0; i < asks.size(); ++i) section_count += joined_to[i] == SIZE_MAX;

  // Fields no ask used: with a post, the self-introduction and the motivation
  // open the letter and the rest is one closing paragraph; without one, each is
  // a section of its own (domain §4 order).
  auto rest_of = [&](std::string_view key) {
    std::vector<const Unit*> rest;
    for (const Unit& u : units)
      if (!u.used && extras[u.extra].key == key) rest.push_back(&u);
    return rest;
  };
  auto flat = [](std::u32string s) { return replace_all(std::move(s), U"\n", U""); };

  std::u32string out = english_draft ? U"" : u32(addressee(f.client_name)) + U"\n\n";
  out += u32(text::fill_in(w.opening, "{name}", trim(f.name)));
  if (!asks.empty()) {
    std::vector<const Unit*> intro = rest_of(opening_self_intro);
    if (!intro.empty()) {
      out += english_draft ? U" " : U"";
      out += flat(body_of(intro, english_draft));
      for (const Unit* u : intro) const_cast<Unit*>(u)->used = true;
    }
  }
  out += U"\n";
  std::u32string title = title_of(u32(trim(f.job_title)), job);
  std::vector<const Unit*> motivation = rest_of(opening_motivation);
  if (!motivation.empty() && !asks.empty()) {
    out += title.empty() ? u32(english_draft ? reason_no_title_english : reason_no_title)
                         : u32(text::fill_in(w.reason_motivation, "{title}", text::to_utf8(title)));
    if (english_draft) out += U" ";
    out += flat(body_of(motivation, english_draft));
    for (const Unit* u : motivation) const_cast<Unit*>(u)->used = true;
  } else if (title.empty()) {
    out += u32(english_draft ? reason_no_title_english : reason_no_title);
  } else if (std::u32string subject = shared_subject(title, units); !subject.empty()) {
    out += u32(text::fill_in(text::fill_in(w.reason_subject, "{title}", text::to_utf8(title)), "{subject}",
                             text::to_utf8(subject)));
  } else {
    out += u32(text::fill_in(w.reason_plain, "{title}", text::to_utf8(title)));
  }
  out += U"\n\n";
  if (section_count >= 2) out += u32(w.answers_lead) + U"\n\n";
  for (std::size_t i = 0; i < asks.size(); ++i) {
    if (joined_to[i] != SIZE_MAX) continue;
    std::u32string heading = heading_of(sections[i]);
    std::u32string body =
        !given[i].empty() ? as_sentences(given[i], english_draft) : body_of(answer[i], english_draft, &wide[i]);
    if (!body.empty() && given[i].empty() && !english_draft) {
      bool yes_no = false, negative = false;
      for (auto tail : yes_no_tails) yes_no = yes_no || ends_with(without_asides(sections[i].label), tail);
      for (auto word : negative_answers) negative = negative || body.find(word) != std::u32string::npos;
      if (yes_no && !negative && !starts_with(body, yes_answer)) body = std::u32string(yes_answer) + body;
    }
    if (body.empty()) {
      std::string marker = text::fill_in(w.marker, "{ask}", text::to_utf8(heading));
      draft.missing.push_back({text::to_utf8(sections[i].label), marker});
      body = u32(marker);
    }
    append_section(out, heading, body);
  }
  if (asks.empty()) {
    for (std::size_t k = 0; k < std::size(extras); ++k) {
      std::vector<const Unit*> rest = rest_of(extras[k].key);
      if (rest.empty()) continue;
      append_section(out, u32(english_draft ? extras[k].english_heading : extras[k].heading),
                     body_of(rest, english_draft));
    }
  } else {
    std::u32string closing;
    for (std::size_t k = 0; k < std::size(extras); ++k) {
      std::vector<const Unit*> rest = rest_of(extras[k].key);
      if (rest.empty()) continue;
      bool fixed = false;
      for (const FixedTerm& t : fixed_terms)
        if (t.key == extras[k].key)
          for (std::size_t b = 0; b < job.size();) {
            std::size_t e = job.find_first_of(U"\r\n", b);
            if (e == std::u32string::npos) e = job.size();
            std::u32string_view line = std::u32string_view(job).substr(b, e - b);
            bool digit = std::any_of(line.begin(), line.end(), [](char32_t c) { return is_digit(c); });
            fixed = fixed || (digit && any_of_words(line, t.post_words));
            b = e + 1;
          }
      if (fixed) continue;
      std::u32string part = body_of(rest, english_draft);
      for (auto [key, lead] : closing_leads)
        if (key == extras[k].key && !english_draft) part = std::u32string(lead) + part;
      if (!closing.empty()) closing += english_draft || closing.back() == U'\n' || part.find(U"http") == 0 ? U" " : U"";
      closing += english_draft ? replace_all(part, U"\n", U" ") : part;
    }
    if (!closing.empty()) out += closing + U"\n\n";
  }
  out += u32(w.closing) + U"\n" + u32(trim(f.name));
  draft.text = text::to_utf8(out);
  return draft;
}

}  // namespace gigcheck::proposal
