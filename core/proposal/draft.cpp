#include "core/proposal/draft.h"

#include <string_view>

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


// Sections of the profile (the application's are in application.cpp).
constexpr std::string_view heading_hours = "稼働可能時間";
constexpr std::string_view heading_skills = "スキル";

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

}  // namespace

std::string trim(const std::string& s) {
  constexpr std::string_view blanks = " \t\r\n";
  constexpr std::string_view ideographic_space = "\u3000";
  size_t b = 0, e = s.size();
  for (;;) {
    if (b < e && blanks.find(s[b]) != std::string_view::npos)
      ++b;
    else if (e - b >= 3 && s.compare(b, 3, ideographic_space) == 0)
      b += 3;
    else
      break;
  }
  for (;;) {
    if (e > b && blanks.find(s[e - 1]) != std::string_view::npos)
      --e;
    else if (e - b >= 3 && s.compare(e - 3, 3, ideographic_space) == 0)
      e -= 3;
    else
      break;
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

namespace {

void add_section(std::string& out, std::string_view heading, const std::string& body) {
  std::string value = trim(body);
  if (value.empty()) return;
  out += "【";
  out += heading;
  out += "】\n";
  out += value;
  out += "\n\n";
}

}  // namespace

bool parse_civil_date(const std::string& text, CivilDate& out) {
  auto parsed = date::parse(text);
  if (parsed) out = *parsed;
  return parsed.has_value();
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
  std::string about = trim(f.job_title).empty() ? std::string(nudge_about)
                                                : text::fill_in(nudge_about_job, "{title}", trim(f.job_title));
  out += text::fill_in(text::fill_in(about, "{date}", date), "{subject}", trim(f.subject)) + "\n";
  out += std::string(nudge_stage[static_cast<int>(f.stage)]) + "\n";
  out += std::string(nudge_status) + "\n";
  if (f.has_desired_reply_date)
    out += text::fill_in(nudge_desired, "{date}", date::japanese(f.desired_reply_date)) + "\n";
  out += "\n" + std::string(nudge_closing) + "\n\n" + trim(f.name);
  return out;
}

std::string draft_withdrawal(const WithdrawalFields& f) {
  std::string out = addressee(f.client_name) + "\n\n";
  out += text::fill_in(business_opening, "{name}", trim(f.name)) + "\n";
  std::string facts = trim(f.job_title).empty() ? std::string(withdrawal_facts)
                                                : text::fill_in(withdrawal_facts_job, "{title}", trim(f.job_title));
  out += text::fill_in(text::fill_in(facts, "{date}", date::japanese(f.unanswered_since)), "{n}",
                       std::to_string(f.messages_sent)) +
         "\n";
  out += std::string(withdrawal_decision[static_cast<int>(f.stage)]) + "\n";
  if (f.stage != Stage::before_contract) out += std::string(withdrawal_procedure) + "\n";
  out += std::string(withdrawal_thanks) + "\n\n";
  out += std::string(withdrawal_closing) + "\n\n" + trim(f.name);
  return out;
}

}  // namespace gigcheck::proposal
