#include "core/proposal/draft.h"

#include <string_view>

#include "core/proposal/asks.h"
#include "core/text/fill_in.h"
#include "core/text/utf8.h"

namespace gigcheck::proposal {

namespace {

// clang-format off
// Wording of every draft, in one place (domain §4 order: greeting and name,
// answers to every ask, reason, self-introduction, closing and sign-off).
constexpr std::string_view default_addressee = "ご担当者";
constexpr std::string_view honorific = "様";
// Suffixes dropped from client_name so that 「山田様」 does not become 「山田様様」.
constexpr std::string_view honorifics_to_strip[] = {"様", "さま", "さん", "殿"};

constexpr std::string_view application_opening = "はじめまして。{name}と申します。";
constexpr std::string_view application_reason_with_title = "「{title}」の募集を拝見し、ぜひお力になりたいと思い応募いたしました。";
constexpr std::string_view application_reason = "このたびの募集を拝見し、ぜひお力になりたいと思い応募いたしました。";
constexpr std::string_view application_answers_lead = "募集文でお尋ねの点について、順にお答えいたします。";
constexpr std::u32string_view conditional_marker = U"があれば";
constexpr std::string_view unanswered_slot = "（ここにご回答を記入してください）";
constexpr std::string_view application_closing = "ご検討のほど、よろしくお願いいたします。";

// Sections added after the answers when the post did not ask for them
// (domain §4: include available hours and past achievements even when not asked).
constexpr std::string_view heading_hours = "稼働可能時間";
constexpr std::string_view heading_achievements = "過去の実績";
constexpr std::string_view heading_portfolio = "ポートフォリオ";
constexpr std::string_view heading_skills = "スキル";
constexpr std::string_view heading_start = "開始可能日";
constexpr std::string_view heading_rate = "希望単価";
constexpr std::string_view heading_motivation = "応募の理由";
constexpr std::string_view heading_self_intro = "自己紹介";
constexpr std::string_view heading_limits = "事前にお伝えしたいこと";
constexpr std::string_view heading_questions = "ご質問";

constexpr std::string_view profile_opening = "はじめまして。{name}と申します。プロフィールをご覧いただき、ありがとうございます。";
constexpr std::string_view profile_closing = "お仕事のご相談は、メッセージからお気軽にお送りください。どうぞよろしくお願いいたします。";
constexpr std::string_view heading_specialties = "得意分野";
constexpr std::string_view heading_remote_record = "在宅ワーク実績";
constexpr std::string_view heading_background = "略歴";
constexpr std::string_view heading_principles = "在宅ワークで大切にしていること";

constexpr std::string_view business_opening = "お世話になっております。{name}です。";
constexpr std::string_view nudge_about = "{date}にお送りした「{subject}」の件でご連絡いたしました。";
constexpr std::string_view nudge_about_job = "「{title}」に関して、{date}にお送りした「{subject}」の件でご連絡いたしました。";
constexpr std::string_view nudge_stage[] = {
  "ご返信をいただけましたら、すぐに準備を進められるようにしております。",    // before_contract
  "作業を進めるにあたり、ご確認をいただきたくお待ちしております。",          // after_contract
  "納品物の検収をお待ちしております。修正点がございましたら、お気軽にお申し付けください。",  // after_delivery
};
constexpr std::string_view nudge_status = "お忙しいところ恐れ入りますが、その後の状況はいかがでしょうか。";
constexpr std::string_view nudge_desired = "勝手ながら、{date}までにご返信をいただけますと幸いです。";
constexpr std::string_view nudge_closing = "ご多用のところお手数をおかけして申し訳ございませんが、ご確認のほどよろしくお願いいたします。";

constexpr std::string_view withdrawal_facts = "{date}以降、{n}回ご連絡を差し上げましたが、ご返信をいただけない状況が続いております。";
constexpr std::string_view withdrawal_facts_job = "「{title}」の件で、{date}以降、{n}回ご連絡を差し上げましたが、ご返信をいただけない状況が続いております。";
constexpr std::string_view withdrawal_decision[] = {
  "誠に残念ではございますが、今回の応募は辞退させていただきます。",  // before_contract
  "誠に残念ではございますが、このままでは作業を進めることが難しいため、本契約を辞退させていただきたく存じます。",  // after_contract
  "誠に残念ではございますが、このままでは検収を進めていただくことが難しいため、本契約を辞退させていただきたく存じます。",  // after_delivery
};
constexpr std::string_view withdrawal_procedure = "契約の終了につきましては、サービス上の手続き（契約途中終了リクエスト）にてお送りいたします。";
constexpr std::string_view withdrawal_thanks = "このたびはご縁をいただき、ありがとうございました。";
constexpr std::string_view withdrawal_closing = "何卒よろしくお願いいたします。";

// clang-format on

std::string trim(const std::string& s) {
  constexpr std::string_view blanks = " \t\r\n";
  constexpr std::string_view ideographic_space = "\u3000";
  size_t b = 0, e = s.size();
  for (;;) {
    if (b < e && blanks.find(s[b]) != std::string_view::npos) ++b;
    else if (e - b >= 3 && s.compare(b, 3, ideographic_space) == 0) b += 3;
    else break;
  }
  for (;;) {
    if (e > b && blanks.find(s[e - 1]) != std::string_view::npos) --e;
    else if (e - b >= 3 && s.compare(e - 3, 3, ideographic_space) == 0) e -= 3;
    else break;
  }
  return s.substr(b, e - b);
}

std::string addressee(const std::string& client_name) {
  std::string name = trim(client_name);
  for (auto suffix : honorifics_to_strip)
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      name = trim(name.substr(0, name.size() - suffix.size()));
      break;
    }
  if (name.empty()) name = default_addressee;
  return name + std::string(honorific);
}

void add_section(std::string& out, std::string_view heading, const std::string& body) {
  std::string value = trim(body);
  if (value.empty()) return;
  out += "【";
  out += heading;
  out += "】\n";
  out += value;
  out += "\n\n";
}


// Which field answers an ask of each concept; `slot` indexes `used` so that
// a field given as an answer is not repeated as an extra section.
struct Source {
  AskConcept concept_id;
  const std::string ApplicationFields::*value;
  int slot;
  bool fallback_only;  // 連絡 or 得意ジャンル alone says little: used only if nothing else answers
};
constexpr Source answer_sources[] = {
    {AskConcept::hours, &ApplicationFields::available_hours, 0, false},
    {AskConcept::achievements, &ApplicationFields::achievements, 1, false},
    {AskConcept::portfolio, &ApplicationFields::portfolio, 2, false},
    {AskConcept::skills, &ApplicationFields::skills, 3, false},
    {AskConcept::start_date, &ApplicationFields::start_date, 4, false},
    {AskConcept::rate, &ApplicationFields::rate, 5, false},
    {AskConcept::motivation, &ApplicationFields::motivation, 6, false},
    {AskConcept::self_intro, &ApplicationFields::self_intro, 7, false},
    {AskConcept::questions, &ApplicationFields::questions, 9, false},
    {AskConcept::contact, &ApplicationFields::available_hours, 0, true},
    {AskConcept::specialty, &ApplicationFields::skills, 3, true},
};
constexpr int used_slots = 10;

bool mentions_any(const std::string& value, const std::vector<std::u32string_view>& words) {
  for (auto word : words)
    if (value.find(text::to_utf8(word)) != std::string::npos) return true;
  return false;
}

// The answer to one ask: fields of its concepts not used yet; else fields
// that mention the ask's words (「WordPressへの入稿経験」 → skills); else fields of its
// concepts even if already used.
std::string answer_from_fields(const Ask& ask, const ApplicationFields& f, bool used[]) {
  std::string answer;
  bool taken[used_slots] = {};
  auto take = [&](const Source& s) {
    const std::string value = trim(f.*(s.value));
    if (value.empty() || taken[s.slot]) return;
    if (!answer.empty()) answer += "\n";
    answer += value;
    taken[s.slot] = used[s.slot] = true;
  };
  for (const Source& s : answer_sources)
    if (has_concept(ask, s.concept_id) && !used[s.slot] && !s.fallback_only) take(s);
  if (!answer.empty()) return answer;
  std::vector<std::u32string_view> words = content_words(ask.label);
  for (const Source& s : answer_sources)
    if (mentions_any(f.*(s.value), words)) take(s);
  if (!answer.empty()) return answer;
  for (const Source& s : answer_sources)
    if (has_concept(ask, s.concept_id)) take(s);
  return answer;
}

// The heading for an ask: its label, without a condition such as
// 「ポートフォリオがあれば、URL」 → 「ポートフォリオ」.
std::string section_heading(const std::u32string& label) {
  size_t condition = label.find(conditional_marker);
  if (condition != std::u32string::npos && condition > 0) return text::to_utf8(label.substr(0, condition));
  return text::to_utf8(label);
}

}  // namespace

bool parse_civil_date(const std::string& text, CivilDate& out) {
  auto parsed = date::parse(text);
  if (parsed) out = *parsed;
  return parsed.has_value();
}


std::string draft_application(const ApplicationFields& f, const std::string& job_text) {
  std::string out = addressee(f.client_name) + "\n\n";
  out += text::fill_in(application_opening, "{name}", trim(f.name)) + "\n";
  out += trim(f.job_title).empty() ? std::string(application_reason)
                                   : text::fill_in(application_reason_with_title, "{title}", trim(f.job_title));
  out += "\n\n";

  bool used[used_slots] = {};
  std::vector<Ask> asks = extract_asks(text::decode(job_text).chars);
  if (!asks.empty()) out += std::string(application_answers_lead) + "\n\n";
  for (size_t i = 0; i < asks.size(); ++i) {
    std::string answer = i < f.answers.size() ? trim(f.answers[i]) : std::string();
    if (answer.empty()) answer = answer_from_fields(asks[i], f, used);
    if (answer.empty()) answer = unanswered_slot;
    add_section(out, section_heading(asks[i].label), answer);
  }
  // What the post did not ask but every application should say.
  const std::pair<std::string_view, const std::string*> extras[] = {
      {heading_hours, &f.available_hours}, {heading_achievements, &f.achievements},
      {heading_portfolio, &f.portfolio},   {heading_skills, &f.skills},
      {heading_start, &f.start_date},      {heading_rate, &f.rate},
      {heading_motivation, &f.motivation}, {heading_self_intro, &f.self_intro},
      {heading_limits, &f.limits},         {heading_questions, &f.questions},
  };
  constexpr int used_slot[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  for (size_t i = 0; i < std::size(extras); ++i)
    if (!used[used_slot[i]]) add_section(out, extras[i].first, *extras[i].second);

  out += std::string(application_closing) + "\n" + trim(f.name);
  return out;
}

std::string draft_profile(const ProfileFields& f) {
  std::string out = text::fill_in(profile_opening, "{name}", trim(f.name)) + "\n\n";
  add_section(out, heading_specialties, f.specialties);
  add_section(out, heading_remote_record, f.remote_record);
  add_section(out, heading_skills, f.skills);
  add_section(out, heading_background, f.background);
  add_section(out, heading_hours, f.available_hours);
  add_section(out, heading_principles, f.principles);
  out += profile_closing;
  return out;
}

std::string draft_nudge(const NudgeFields& f) {
  std::string date = date::japanese(f.message_date);
  std::string out = addressee(f.client_name) + "\n\n";
  out += text::fill_in(business_opening, "{name}", trim(f.name)) + "\n";
  std::string about = trim(f.job_title).empty() ? std::string(nudge_about) : text::fill_in(nudge_about_job, "{title}", trim(f.job_title));
  out += text::fill_in(text::fill_in(about, "{date}", date), "{subject}", trim(f.subject)) + "\n";
  out += std::string(nudge_stage[static_cast<int>(f.stage)]) + "\n";
  out += std::string(nudge_status) + "\n";
  if (f.has_desired_reply_date) out += text::fill_in(nudge_desired, "{date}", date::japanese(f.desired_reply_date)) + "\n";
  out += "\n" + std::string(nudge_closing) + "\n\n" + trim(f.name);
  return out;
}

std::string draft_withdrawal(const WithdrawalFields& f) {
  std::string out = addressee(f.client_name) + "\n\n";
  out += text::fill_in(business_opening, "{name}", trim(f.name)) + "\n";
  std::string facts = trim(f.job_title).empty() ? std::string(withdrawal_facts)
                                                : text::fill_in(withdrawal_facts_job, "{title}", trim(f.job_title));
  out += text::fill_in(text::fill_in(facts, "{date}", date::japanese(f.unanswered_since)), "{n}", std::to_string(f.messages_sent)) + "\n";
  out += std::string(withdrawal_decision[static_cast<int>(f.stage)]) + "\n";
  if (f.stage != Stage::before_contract) out += std::string(withdrawal_procedure) + "\n";
  out += std::string(withdrawal_thanks) + "\n\n";
  out += std::string(withdrawal_closing) + "\n\n" + trim(f.name);
  return out;
}

}  // namespace gigcheck::proposal
