#include "core/proposal/lint.h"

#include <algorithm>
#include <array>

#include "core/base/sort.h"
#include "core/proposal/asks.h"
#include "core/text/chars.h"
#include "core/text/matcher.h"
#include "core/text/sentences.h"
#include "core/proposal/style.h"
#include "core/text/contacts.h"
#include "core/text/fill_in.h"

namespace gigcheck::proposal {

using namespace gigcheck::text;  // character classes

namespace {

// clang-format off
// Self-labels that only hurt an application (domain §4). Longer forms first.
constexpr std::u32string_view negative_labels[] = {
  U"初心者ではありますが", U"初心者ですが", U"初心者です", U"初心者なので", U"初心者のため", U"初心者の私", U"初心者で",
  U"未経験ですが", U"未経験です", U"未経験なので", U"未経験のため", U"未経験の私", U"未経験で",
  U"経験が浅い", U"経験は浅い", U"経験が浅く", U"経験は浅く",
  U"自信はありません", U"自信がありません", U"自信はない", U"自信がない", U"自信がなく", U"自信はなく",
  U"不慣れ", U"勉強中の身", U"勉強中ですが", U"未熟者", U"未熟ですが", U"未熟です",
  U"素人ですが", U"素人です", U"素人なので", U"至らない点", U"至らぬ点",
  U"できるかわかりません", U"できるか分かりません", U"迷惑をおかけするかもしれません",
};
// Words after a label that show it is about someone else or quoted from the
// post: 初心者でも, 初心者歓迎, 未経験可, 不慣れな方.
constexpr std::u32string_view label_exemptions[] = {
  U"も", U"歓迎", U"可", U"OK", U"ＯＫ", U"ok", U"向け", U"方", U"な方", U"な人", U"の方", U"者向け",
};

// Characters that, repeated, stand for a name or date not yet filled in.
constexpr std::u32string_view placeholder_chars = U"〇○◯●×✕▲△□＿_";
constexpr std::u32string_view placeholder_x = U"XxＸｘ";
// Bracket pairs that can hold a slot such as 【名前】.
constexpr std::u32string_view slot_open = U"【［[（({｛";
constexpr std::u32string_view slot_close = U"】］]）)}｝";
// Inside brackets: an instruction to the writer.
constexpr std::u32string_view slot_instructions[] = {
  U"記入", U"入力", U"ここに", U"を入れ", U"挿入", U"要修正", U"未定",
};
// Inside 【】［］[]: a slot name, a placeholder when used inline (【名前】と申します).
constexpr std::u32string_view slot_names[] = {
  U"名前", U"お名前", U"氏名", U"会社名", U"社名", U"クライアント名", U"担当者名", U"担当者", U"日付", U"日時",
  U"年月日", U"金額", U"URL", U"ＵＲＬ", U"サイト名", U"サービス名", U"商品名", U"案件名", U"あなたの名前",
};
// Characters after 】 that show a slot is used as a word, not as a label.
constexpr std::u32string_view inline_followers = U"様さとでのをがにはへ、。";

// A contact detail always has Latin letters, an @, a long run of digits, or a
// service name written in kana next to an ID (ライン：12345678).
constexpr std::size_t phone_min_digits = 10;
constexpr std::u32string_view contact_kana_anchors[] = {
  U"ライン", U"らいん", U"ﾗｲﾝ", U"スカイプ", U"チャットワーク", U"インスタ", U"テレグラム", U"ディスコード",
  U"ワッツアップ", U"アットマーク", U"あっとまーく",
};

// Greetings expected near the start (domain §4: greeting and name first).
constexpr std::u32string_view greetings[] = {
  U"はじめまして", U"初めまして", U"お世話になります", U"お世話になっております", U"お世話様です",
  U"こんにちは", U"こんばんは", U"突然のご連絡", U"突然のメッセージ", U"ご担当者様", U"ご連絡いただき",
  U"ご返信ありがとうございます", U"ご連絡ありがとうございます", U"失礼いたします",
};
constexpr std::size_t greeting_window = 150;  // code points from the start
// Closings expected near the end (domain §4: ご検討のほど… and sign-off).
constexpr std::u32string_view closings[] = {
  U"よろしくお願い", U"宜しくお願い", U"よろしく御願い", U"ご検討のほど", U"ご検討よろしく", U"ご検討いただけ",
  U"お待ちしております", U"お待ち申し上げております", U"何卒", U"失礼いたします", U"ご確認のほど",
};
constexpr std::size_t closing_window = 200;  // code points before the end
// clang-format on

bool contains(std::u32string_view list, char32_t c) { return list.find(c) != std::u32string_view::npos; }

// What a line holds that a contact detail needs; see Linter::contact_info.
struct ContactClues {
  bool latin_or_at = false;  // a Latin letter (full-width too) or an @
  std::size_t digits = 0;
};

bool is_contact_letter(char32_t c) {
  return is_ascii_letter(c) || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ') || c == U'@' || c == U'＠';
}

bool could_hold_contact(std::u32string_view line, const ContactClues& clues) {
  if (clues.latin_or_at || clues.digits >= phone_min_digits) return true;
  if (clues.digits == 0) return false;
  for (auto anchor : contact_kana_anchors)
    if (line.find(anchor) != std::u32string_view::npos) return true;
  return false;
}

class Linter {
 public:
  Linter(const text::Decoded& decoded, std::u32string_view job, const LintOptions& options)
      : decoded_(decoded), text_(decoded.chars), job_(job), options_(options), split_(split_sentences(text_)),
        symbols_(split_.non_kana) {}

  LintResult run() {
    result_.stats.sentences = split_.sentences.size();
    if (on(Rule::negative_self_label)) negative_self_labels();
    if (on(Rule::contact_info)) contact_info();
    if (on(Rule::placeholder)) placeholders();
    if (on(Rule::unanswered_question)) unanswered_questions();
    mixed_style();  // also fills the style counts in stats
    if (on(Rule::missing_greeting)) missing_greeting();
    if (on(Rule::missing_closing)) missing_closing();
    if (on(Rule::sentence_length)) sentence_lengths();
    if (on(Rule::too_many_commas)) too_many_commas();
    stable_sort_items(result_.issues, [](const Issue& a, const Issue& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.rule < b.rule;
    });
    return std::move(result_);
  }

 private:
  bool on(Rule rule) const { return options_.is_enabled(rule); }

  std::string slice(size_t begin, size_t end) const { return text::to_utf8(text_.substr(begin, end - begin)); }

  Issue& report(Rule rule, size_t begin, size_t end, const std::string& found = {}) {
    if (result_.issues.size() >= options_.max_issues) {
      if (!result_.overflow) result_.overflow_rule = rule;
      result_.overflow = true;
      discarded_ = Issue{rule, begin, end, {}, {}, {}, 0, 0};
      return discarded_;  // filled in by the caller and dropped
    }
    const RuleInfo& info = rule_info(rule);
    Issue issue{rule, begin, end, text::fill_in(info.message, "{found}", found), std::string(info.suggestion), {}, 0, 0};
    result_.issues.push_back(std::move(issue));
    return result_.issues.back();
  }

  void negative_self_labels() {
    static const PhraseMatcher labels(negative_labels);
    for (size_t i = 0; i < text_.size(); ++i) {
      std::uint32_t id = labels.longest_at(text_, i);
      if (id == PhraseMatcher::none) continue;
      std::u32string_view label = negative_labels[id];
      size_t end = i + label.size();
      bool exempt = inside_quote(split_.quotes, i);
      for (auto after : label_exemptions) exempt = exempt || matches_at(text_, end, after);
      if (!exempt) report(Rule::negative_self_label, i, end, slice(i, end));
      i = end - 1;
    }
  }

  static std::string contact_kind_label(text::ContactKind kind) {
    switch (kind) {
      case text::ContactKind::email: return "メールアドレス";
      case text::ContactKind::phone: return "電話番号";
      case text::ContactKind::line_id: return "LINE";
      case text::ContactKind::handle: return "SNS・チャットのID";
      case text::ContactKind::url: return "URL";
    }
    return "連絡先";
  }

  size_t index_of_utf16(std::uint32_t offset) const {
    auto it = std::lower_bound(decoded_.utf16_at.begin(), decoded_.utf16_at.end(), offset);
    return static_cast<size_t>(it - decoded_.utf16_at.begin());
  }

  // The shared detector (core/text/contacts) normalizes whatever it is given,
  // which costs more than all other rules together; it runs only on lines
  // that can hold a contact detail (see could_hold_contact).
  void contact_info() {
    size_t begin = 0;
    ContactClues clues;
    for (size_t k = 0; k <= symbols_.size(); ++k) {
      size_t i = k < symbols_.size() ? symbols_[k] : text_.size();
      char32_t c = i < text_.size() ? text_[i] : U'\n';
      if (!is_line_break(c)) {
        clues.latin_or_at = clues.latin_or_at || is_contact_letter(c);
        clues.digits += is_digit(c);
        continue;
      }
      if (i > begin && could_hold_contact(text_.substr(begin, i - begin), clues)) contacts_in_line(begin, i);
      begin = i + 1;
      clues = {};
    }
  }

  // The line as text::decode would read it back from UTF-8, built from the
  // decoded text instead of encoding and decoding it again: the same code
  // points (decode never yields a surrogate), UTF-16 and UTF-8 offsets from 0.
  // One buffer serves every line, so its tables are allocated once.
  const text::Decoded& decoded_line(size_t begin, size_t end) {
    text::Decoded& line = line_buffer_;
    line.chars.assign(text_.substr(begin, end - begin));
    line.utf16_at.resize(end - begin + 1);
    line.byte_at.resize(end - begin + 1);
    std::uint32_t bytes = 0;
    for (size_t k = 0; k < line.chars.size(); ++k) {
      char32_t c = line.chars[k];
      line.utf16_at[k] = decoded_.utf16_at[begin + k] - decoded_.utf16_at[begin];
      line.byte_at[k] = bytes;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    line.utf16_at.back() = decoded_.utf16_at[end] - decoded_.utf16_at[begin];
    line.byte_at.back() = bytes;
    return line;
  }

  void contacts_in_line(size_t begin, size_t end) {
    const text::Decoded& decoded = decoded_line(begin, end);
    text::Normalized normalized = text::normalize(decoded);
    std::uint32_t base = decoded_.utf16_at[begin];
    for (const text::ContactHit& hit : text::find_contacts(decoded, normalized)) {
      // Portfolio links are welcome in an application; only links to
      // messaging apps (classified as line_id / handle) are outside contact.
      if (hit.kind == text::ContactKind::url) continue;
      report(Rule::contact_info, index_of_utf16(base + hit.start), index_of_utf16(base + hit.end),
             contact_kind_label(hit.kind));
    }
  }

  // Length of a run of `c` starting at i.
  size_t run_length(size_t i, char32_t c) const {
    size_t j = i;
    while (j < text_.size() && text_[j] == c) ++j;
    return j - i;
  }

  bool slot_at(size_t open, size_t close) const {
    std::u32string_view inside = text_.substr(open + 1, close - open - 1);
    bool blank = std::all_of(inside.begin(), inside.end(), is_blank);
    char32_t kind = text_[open];
    bool square = kind == U'【' || kind == U'［' || kind == U'[';
    if (blank) return square;
    for (auto word : slot_instructions)
      if (inside.find(word) != std::u32string_view::npos) return true;
    if (kind == U'{' || kind == U'｛')
      return std::all_of(inside.begin(), inside.end(), [](char32_t c) {
        return is_ascii_letter(c) || is_digit(c) || c == U'_' || c == U'{' || c == U'}' || c == U'.';
      });
    if (!square) return false;
    bool named = false;
    for (auto word : slot_names) named = named || inside == word;
    return named && close + 1 < text_.size() && contains(inline_followers, text_[close + 1]);
  }

  // Every placeholder starts with a mark, a Latin X or a bracket (〇 included,
  // it is not a kanji), so only the positions in symbols_ are looked at.
  void placeholders() {
    static const CharFilter may_start = [] {
      CharFilter filter;
      for (auto chars : {placeholder_chars, placeholder_x, slot_open})
        for (char32_t c : chars) filter.add(c);
      return filter;
    }();
    size_t resume = 0;  // positions before this are inside something already read
    for (size_t i : symbols_) {
      if (i < resume || !may_start.may_contain(text_[i])) continue;
      char32_t c = text_[i];
      if (contains(placeholder_chars, c)) {
        size_t n = run_length(i, c);
        if (n >= 2) report(Rule::placeholder, i, i + n, slice(i, i + n));
        resume = i + n;
      } else if (contains(placeholder_x, c)) {
        size_t j = i;
        while (j < text_.size() && contains(placeholder_x, text_[j])) ++j;
        bool letter_before = i > 0 && (is_ascii_letter(text_[i - 1]));
        bool letter_after = j < text_.size() && (is_ascii_letter(text_[j]));
        if (j - i >= 2 && !letter_before && !letter_after) report(Rule::placeholder, i, j, slice(i, j));
        resume = j;
      } else if (size_t kind = slot_open.find(c); kind != std::u32string_view::npos) {
        constexpr size_t max_slot = 24;
        for (size_t j = i + 1; j < text_.size() && j <= i + max_slot && !is_line_break(text_[j]); ++j) {
          if (text_[j] == slot_close[kind]) {
            if (slot_at(i, j)) {
              report(Rule::placeholder, i, j + 1, slice(i, j + 1));
              resume = j + 1;
            }
            break;
          }
        }
      }
    }
  }

  void unanswered_questions() {
    if (job_.empty()) return;
    std::vector<Ask> asks = extract_asks(job_);
    result_.stats.asks = asks.size();
    std::vector<bool> answered = which_answered(asks, text_);
    for (size_t i = 0; i < asks.size(); ++i) {
      const Ask& ask = asks[i];
      if (answered[i]) {
        ++result_.stats.asks_answered;
        continue;
      }
      std::string label = text::to_utf8(ask.label);
      Issue& issue = report(Rule::unanswered_question, text_.size(), text_.size());
      const RuleInfo& info = rule_info(Rule::unanswered_question);
      issue.message = text::fill_in(info.message, "{ask}", label);
      issue.suggestion = text::fill_in(info.suggestion, "{ask}", label);
      issue.ask = ask.label;
      issue.ask_begin = ask.begin;
      issue.ask_end = ask.end;
    }
  }

  bool counts_for_style(const Sentence& s) const {
    if (!s.ends_with_stop || s.list_item || s.heading) return false;
    // A sentence that is all quotation is someone else's words.
    return !(text_[s.begin] == U'「' || text_[s.begin] == U'『') || !inside_quote(split_.quotes, s.end - 2);
  }

  void mixed_style() {
    struct Found {
      Style style;
      size_t begin, end;
    };
    std::vector<Found> endings;
    for (const Sentence& s : split_.sentences) {
      if (!counts_for_style(s)) continue;
      Ending e = classify_ending(text_.substr(s.begin, s.end - s.begin));
      if (e.style == Style::none) continue;
      endings.push_back({e.style, s.begin + e.begin, s.begin + e.end});
      ++(e.style == Style::desumasu ? result_.stats.desumasu : result_.stats.dearu);
    }
    if (!on(Rule::mixed_style) || result_.stats.desumasu == 0 || result_.stats.dearu == 0) return;
    // The minority style is the odd one out; on a tie, です・ます wins (an application's style).
    Style odd = result_.stats.desumasu >= result_.stats.dearu ? Style::dearu : Style::desumasu;
    for (const Found& f : endings)
      if (f.style == odd) report(Rule::mixed_style, f.begin, f.end, slice(f.begin, f.end));
  }

  size_t first_content() const {
    size_t i = 0;
    while (i < text_.size() && (is_blank(text_[i]) || is_line_break(text_[i]))) ++i;
    return i;
  }

  size_t line_end(size_t i) const {
    while (i < text_.size() && !is_line_break(text_[i])) ++i;
    return i;
  }

  void missing_greeting() {
    size_t start = first_content();
    std::u32string_view head = text_.substr(start, greeting_window);
    static const PhraseMatcher greeting_index(greetings);
    if (greeting_index.occurs_in(head)) return;
    // 「山田様」 on the first line addresses the client: that is the opening.
    std::u32string_view first_line = text_.substr(start, line_end(start) - start);
    if (first_line.find(U'様') != std::u32string_view::npos) return;
    report(Rule::missing_greeting, start, std::min(line_end(start), split_.sentences.empty() ? start : split_.sentences.front().end));
  }

  void missing_closing() {
    size_t from = text_.size() > closing_window ? text_.size() - closing_window : 0;
    std::u32string_view tail = text_.substr(from);
    static const PhraseMatcher closing_index(closings);
    if (closing_index.occurs_in(tail)) return;
    if (split_.sentences.empty()) {
      report(Rule::missing_closing, text_.size(), text_.size());
      return;
    }
    const Sentence& last = split_.sentences.back();
    report(Rule::missing_closing, last.begin, last.end);
  }

  size_t utf16_length(size_t begin, size_t end) const { return decoded_.utf16_at[end] - decoded_.utf16_at[begin]; }

  void sentence_lengths() {
    const RuleInfo& info = rule_info(Rule::sentence_length);
    for (const Sentence& s : split_.sentences) {
      size_t length = utf16_length(s.begin, s.end);
      if (length <= options_.max_sentence_length) continue;
      Issue& issue = report(Rule::sentence_length, s.begin, s.end);
      issue.message = text::fill_in(text::fill_in(info.message, "{n}", std::to_string(length)), "{max}",
                           std::to_string(options_.max_sentence_length));
    }
  }

  // A 「、」 in a list of nouns (美容、健康、旅行) does not make a sentence hard
  // to read; like textlint's max-ten, it is not counted. Without a dictionary,
  // "noun" is read as kanji, katakana, Latin letters or digits on both sides.
  bool between_nouns(size_t comma) const {
    auto noun_like = [](char32_t c) {
      return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || is_digit(c) ||
             (c >= U'Ａ' && c <= U'ｚ');
    };
    return comma > 0 && comma + 1 < text_.size() && noun_like(text_[comma - 1]) && noun_like(text_[comma + 1]);
  }

  // 「、」 is not kana or kanji: each sentence's commas are among symbols_.
  void too_many_commas() {
    const RuleInfo& info = rule_info(Rule::too_many_commas);
    size_t k = 0;  // into symbols_; sentences come in text order
    for (const Sentence& s : split_.sentences) {
      while (k < symbols_.size() && symbols_[k] < s.begin) ++k;
      size_t count = 0, over_at = 0;
      for (; k < symbols_.size() && symbols_[k] < s.end; ++k) {
        size_t i = symbols_[k];
        if (text_[i] != U'、' || between_nouns(i)) continue;
        if (++count == options_.max_commas + 1) over_at = i;
      }
      if (count <= options_.max_commas) continue;
      Issue& issue = report(Rule::too_many_commas, over_at, over_at + 1);
      issue.message = text::fill_in(text::fill_in(info.message, "{n}", std::to_string(count)), "{max}", std::to_string(options_.max_commas));
    }
  }

  const text::Decoded& decoded_;
  std::u32string_view text_;
  std::u32string_view job_;
  const LintOptions& options_;
  SplitText split_;
  // Kana and kanji are most of an application and none of them is a line
  // break, bracket, mark, digit or Latin letter: rules that look only at
  // those walk the positions of the other characters (SplitText::non_kana).
  const std::vector<size_t>& symbols_;
  text::Decoded line_buffer_;  // see decoded_line
  LintResult result_;
  Issue discarded_{};  // what report() hands out past options_.max_issues
};

}  // namespace

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "info";
}

LintResult lint_text(const text::Decoded& text, std::u32string_view job_text, const LintOptions& options) {
  return Linter(text, job_text, options).run();
}

}  // namespace gigcheck::proposal
