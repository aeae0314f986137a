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
  std::string_view opening, reason_with_title, reason, answers_lead, closing, marker;
};
constexpr Wording japanese = {
  "はじめまして。{name}と申します。",
  "「{title}」の募集を拝見し、ぜひお力になりたいと思い応募いたしました。",
  "このたびの募集を拝見し、ぜひお力になりたいと思い応募いたしました。",
  "募集文に記載の項目について、順にお答えいたします。",
  "ご検討のほど、よろしくお願いいたします。",
  "【要記入：{ask}】",
};
// For a post written in English (most of its letters Latin).
constexpr Wording english = {
  "Hello,\n\nMy name is {name}.",
  "I am applying for \"{title}\".",
  "I am applying for this position.",
  "Here are my answers to your questions.",
  "Thank you for your consideration.\nBest regards,",
  "【要記入：{ask}】",
};

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

// The field an ask's concept names, when no line answers it outright.
struct ConceptField {
  AskConcept concept_id;
  std::size_t extra;  // index into extras
  std::string_view heading;  // the worker's heading for a question of this concept
};
constexpr ConceptField concept_fields[] = {
  {AskConcept::hours, 0, "稼働可能時間"},     {AskConcept::achievements, 1, "これまでの実績"},
  {AskConcept::portfolio, 2, "ポートフォリオ"}, {AskConcept::skills, 3, "使用ツール・スキル"},
  {AskConcept::start_date, 4, "開始可能日"},   {AskConcept::rate, 5, "希望単価"},
  {AskConcept::motivation, 6, "応募の理由"},   {AskConcept::self_intro, 7, "自己紹介"},
  {AskConcept::delivery, 8, "納期"},           {AskConcept::questions, 9, "質問"},
  {AskConcept::specialty, 3, "得意分野"},      {AskConcept::contact, 0, "連絡のつきやすい時間帯"},
  {AskConcept::qualifications, 3, "保有資格"}, {AskConcept::years, 1, "経験年数"},
  {AskConcept::pace, 0, "対応可能な量"},       {AskConcept::amount, 0, "対応可能な数"},
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
  {U"ので", U"ためです"}, {U"から", U"からです"}, {U"納品", U"納品できます"}, {U"作業", U"作業しています"},
  {U"OK", U"対応可能です"}, {U"ok", U"対応可能です"}, {U"ＯＫ", U"対応可能です"}, {U"〜", U"から対応可能です"},
  {U"～", U"から対応可能です"}, {U"すぐ", U"すぐに対応可能です"}, {U"可", U"可能です"},
  {U"大丈夫", U"対応可能です"},
};
constexpr std::u32string_view polite_already[] = {
  U"です", U"ます", U"ました", U"でした", U"ません", U"ください", U"ございます", U"おります",
};
// A field typed as a bare noun phrase ends as that field says it (月3万 →
// 月3万円を希望いたします); a bare amount gets its currency. Other fields: です.
struct FieldEnding {
  std::string_view key;
  std::u32string_view ending;    // after a noun phrase
  std::u32string_view currency;  // added after a trailing digit or 万
};
constexpr FieldEnding field_endings[] = {
  {"rate", U"を希望いたします", U"円"},
  {"start_date", U"から開始できます", U""},
};
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

// One line of what the user typed as a sentence: bullets stay bullets, a URL
// stays as it is, English gets a full stop, Japanese a polite ending and 「。」.
std::u32string as_sentence(std::u32string_view line, bool english_draft, const FieldEnding* ending = nullptr) {
  std::u32string out(trim32(line));
  if (out.empty()) return out;
  if (starts_list_item(out, 0)) return out;
  // Fragments typed with a blank between them (「経理を38年 昨年定年退職」) become one sentence.
  for (std::size_t i = 1; i + 1 < out.size(); ++i)
    if (is_blank(out[i]) && is_kana_or_kanji(out[i - 1]) && is_kana_or_kanji(out[i + 1]) ) out[i] = U'、';
  char32_t last = out.back();
  if (is_full_stop(last) || last == U'」' || last == U'.') return out;
  if (last == U'）' || last == U')') {  // an aside last: the words before it decide (〜6年（受注入力）です。)
    std::size_t open = out.find_last_of(last == U'）' ? U'（' : U'(');
    std::u32string_view before = open == std::u32string::npos ? std::u32string_view() : trim32(std::u32string_view(out).substr(0, open));
    if (before.empty() || is_full_stop(before.back())) return out;
    for (auto polite : polite_already)
      if (ends_with(before, polite)) return out + U"。";
    return english_draft || mostly_latin(out) ? out : out + U"です。";
  }
  std::size_t url = out.rfind(U"http");
  if (url != std::u32string::npos && out.find(U' ', url) == std::u32string::npos &&
      out.find(U'　', url) == std::u32string::npos) {
    // A link last: the words before it become a sentence, the link its own line
    // (a full stop after it would become part of it).
    std::u32string words(trim32(std::u32string_view(out).substr(0, url)));
    while (!words.empty() && (words.back() == U'：' || words.back() == U':')) words.pop_back();
    if (words.empty()) return out;
    return as_sentence(words, english_draft) + U"\n" + out.substr(url);
  }
  if (mostly_latin(out)) {
    if (!english_draft) return out;  // Photoshop / Illustrator
    if (is_ascii_lower(out[0])) out[0] = static_cast<char32_t>(out[0] - 32);
    return out + U".";
  }
  for (auto polite : polite_already)
    if (ends_with(out, polite)) return out + U"。";
  for (auto [plain, polite] : polite_endings)
    if (ends_with(out, plain)) return out.substr(0, out.size() - plain.size()) + std::u32string(polite) + U"。";
  if (ending) {
    if (!ending->currency.empty() && (is_digit(out.back()) || out.back() == U'万')) out += ending->currency;
    return out + std::u32string(ending->ending) + U"。";
  }
  return out + U"です。";
}

// A field's lines as sentences, joined by line breaks.
std::u32string as_sentences(std::u32string_view field, bool english_draft, const FieldEnding* ending = nullptr) {
  std::u32string out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= field.size(); ++i) {
    if (i < field.size() && !is_line_break(field[i])) continue;
    std::u32string line = as_sentence(field.substr(begin, i - begin), english_draft, ending);
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

std::u32string body_of(const std::vector<const Unit*>& parts, bool english_draft) {
  std::u32string body;
  for (const Unit* u : parts) {
    if (!body.empty()) body += U'\n';
    const FieldEnding* ending = nullptr;
    for (const FieldEnding& e : field_endings)
      if (e.key == extras[u->extra].key) ending = &e;
    body += as_sentences(u->text, english_draft, ending);
  }
  return body;
}

}  // namespace

ApplicationDraft draft_application(const ApplicationFields& f, const std::string& job_text, bool as_typed) {
  ApplicationDraft draft;
  std::u32string job = text::decode(job_text).chars;
  const Wording& w = mostly_latin(job) ? english : japanese;
  std::vector<Ask> asks = extract_asks(job);
  std::vector<Unit> units = units_of(f, as_typed, draft.changes);

  // Pass 1: lines that answer an ask outright; pass 2: the field of its concept.
  std::vector<std::vector<const Unit*>> answer(asks.size());
  std::vector<std::u32string> given(asks.size());
  for (std::size_t i = 0; i < asks.size(); ++i)
    if (i < f.answers.size()) given[i] = u32(trim(f.answers[i]));
  // Lines that name what the ask is about (アカウント, 不動産) and answer it first,
  // then the concept's own field (for every ask), then any other field that answers it.
  std::vector<std::vector<std::u32string>> specific(asks.size());
  for (std::size_t i = 0; i < asks.size(); ++i) specific[i] = specific_words(asks[i]);
  auto names_it = [&](std::size_t i, const Unit& u) {
    for (const auto& word : specific[i])
      if (u.text.find(word) != std::u32string::npos) return true;
    return false;
  };
  for (int pass = 2; pass >= 0; --pass)
    for (std::size_t i = 0; i < asks.size(); ++i) {
      if (!given[i].empty() || !answer[i].empty()) continue;
      std::size_t field = SIZE_MAX;
      for (Unit& u : units) {
        if (u.used || (field != SIZE_MAX && u.extra != field)) continue;
        if (pass == 2 ? !names_it(i, u) : field_of_concept(asks[i], u.extra) != (pass == 1)) continue;
        if (!field_answers(asks[i], u.text)) continue;
        u.used = true;
        field = u.extra;
        answer[i].push_back(&u);
      }
    }
  for (std::size_t i = 0; i < asks.size(); ++i) {
    if (!given[i].empty() || !answer[i].empty()) continue;
    for (const ConceptField& c : concept_fields) {
      if (!has_concept(asks[i], c.concept_id)) continue;
      for (Unit& u : units)
        if (!u.used && u.extra == c.extra) {
          u.used = true;
          answer[i].push_back(&u);
        }
      if (!answer[i].empty()) break;
    }
  }

  // An item no line answers, right after an item of the same ask whose lines
  // answer it too (「事務経験の有無と年数」 by 「営業事務6年」), shares that section:
  // one heading for both, as the post words them, and nothing to fill in.
  std::vector<std::size_t> joined_to(asks.size(), SIZE_MAX);
  for (std::size_t i = 1; i < asks.size(); ++i) {
    std::size_t prev = joined_to[i - 1] == SIZE_MAX ? i - 1 : joined_to[i - 1];
    if (!given[i].empty() || !answer[i].empty() || answer[prev].empty()) continue;
    if (asks[i].begin < asks[i - 1].end || asks[i].begin - asks[i - 1].end > 3) continue;
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

  std::u32string out = u32(addressee(f.client_name)) + U"\n\n";
  if (&w == &english) out = U"";
  out += u32(text::fill_in(w.opening, "{name}", trim(f.name))) + U"\n";
  out += u32(trim(f.job_title).empty() ? std::string(w.reason)
                                       : text::fill_in(w.reason_with_title, "{title}", trim(f.job_title)));
  out += U"\n\n";
  if (!asks.empty()) out += u32(w.answers_lead) + U"\n\n";
  for (std::size_t i = 0; i < asks.size(); ++i) {
    if (joined_to[i] != SIZE_MAX) continue;
    std::u32string heading = heading_of(sections[i]);
    std::u32string body =
        !given[i].empty() ? as_sentences(given[i], &w == &english) : body_of(answer[i], &w == &english);
    if (body.empty()) {
      std::string marker = text::fill_in(w.marker, "{ask}", text::to_utf8(heading));
      draft.missing.push_back({text::to_utf8(asks[i].label), marker});
      body = u32(marker);
    }
    append_section(out, heading, body);
  }
  // Fields no ask used, in the order of domain §4.
  for (std::size_t k = 0; k < std::size(extras); ++k) {
    std::vector<const Unit*> rest;
    for (const Unit& u : units)
      if (u.extra == k && !u.used) rest.push_back(&u);
    if (rest.empty()) continue;
    append_section(out, u32(&w == &english ? extras[k].english_heading : extras[k].heading),
                   body_of(rest, &w == &english));
  }
  out += u32(w.closing) + U"\n" + u32(trim(f.name));
  draft.text = text::to_utf8(out);
  return draft;
}

}  // namespace gigcheck::proposal
