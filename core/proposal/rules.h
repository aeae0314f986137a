// The nine lint rules of api.md in one table: id, default severity, Japanese
// message and suggestion. Messages may hold {n}, {max} and {ask}, filled in by
// the rule that reports.
#pragma once

#include <cstddef>
#include <string_view>

namespace gigcheck::proposal {

enum class Rule {
  negative_self_label,
  contact_info,
  placeholder,
  unanswered_question,
  mixed_style,
  missing_greeting,
  missing_closing,
  sentence_length,
  too_many_commas,
};
constexpr std::size_t rule_count = 9;

enum class Severity { error, warning, info };

struct RuleInfo {
  Rule rule;
  std::string_view id;
  std::string_view name;  // Japanese display name (meta)
  Severity severity;
  std::string_view message;
  std::string_view suggestion;
};

// clang-format off
constexpr RuleInfo rule_table[rule_count] = {
  {Rule::negative_self_label, "negative_self_label", "自分を低く見せる表現", Severity::warning,
   "「{found}」のように自分を低く見せる言葉は、応募では不利になります。",
   "できること・経験したことを具体的に書きましょう（例: 「初心者です」→「個人ブログで月1万PVの記事を書いています」）。"},
  {Rule::contact_info, "contact_info", "外部の連絡先", Severity::error,
   "契約前に外部の連絡先（{found}）を書くことは、クラウドワークス・ランサーズの規約で禁止されています。",
   "連絡先は削除し、やり取りはサービスのメッセージ機能で行ってください。"},
  {Rule::placeholder, "placeholder", "埋めていない記入欄", Severity::error,
   "「{found}」が埋められていません（伏せ字・記入欄のまま送ってしまう誤りです）。",
   "実際の名前・日付・内容に書き換えてください。"},
  {Rule::unanswered_question, "unanswered_question", "答えていない質問", Severity::error,
   "募集文の「{ask}」に答えていないようです。質問への回答漏れは、募集文を読んでいない印象を与えます。",
   "「{ask}」について、項目を立てて答えてください。"},
  {Rule::mixed_style, "mixed_style", "文体の混在", Severity::warning,
   "「です・ます調」と「だ・である調」が混在しています（この文末は「{found}」）。",
   "応募文は「です・ます調」にそろえてください（例: 「担当していた。」→「担当していました。」）。"},
  {Rule::missing_greeting, "missing_greeting", "冒頭のあいさつ", Severity::warning,
   "冒頭にあいさつがありません。",
   "「はじめまして。〇〇と申します。」や「お世話になります。」で書き出し、名前を名乗りましょう。"},
  {Rule::missing_closing, "missing_closing", "結びのあいさつ", Severity::warning,
   "結びのあいさつがありません。",
   "最後に「ご検討のほど、よろしくお願いいたします。」などの結びを入れましょう。"},
  {Rule::sentence_length, "sentence_length", "長すぎる文", Severity::warning,
   "一文が長すぎます（{n}文字。目安は{max}文字以内）。",
   "二つ以上の文に分けると読みやすくなります。"},
  {Rule::too_many_commas, "too_many_commas", "読点の多い文", Severity::info,
   "一文に読点「、」が{n}個あります（目安は{max}個以内）。",
   "文を分けるか、箇条書きにすると読みやすくなります。"},
};
// clang-format on

constexpr const RuleInfo& rule_info(Rule rule) { return rule_table[static_cast<std::size_t>(rule)]; }

std::string_view severity_name(Severity severity);

// Japanese names of the severities, most serious first, as the page shows them.
struct SeverityName {
  Severity severity;
  std::string_view name;
};
constexpr SeverityName severity_names[] = {
    {Severity::error, "要修正"}, {Severity::warning, "注意"}, {Severity::info, "参考"}};

// Lint's numeric options: one row each, read by LintOptions' defaults, the
// input check and meta.
struct OptionInfo {
  std::string_view id;
  std::string_view name;  // Japanese, as the page labels the field
  std::size_t default_value;
  std::size_t min;
  std::size_t max;
};
// A sentence limit of 0 would flag every sentence.
constexpr OptionInfo max_sentence_length_option = {"max_sentence_length", "一文の長さの目安", 100, 1, 100'000};
constexpr OptionInfo max_commas_option = {"max_commas", "読点の数の目安", 3, 0, 1'000};

}  // namespace gigcheck::proposal
