// Drafting polite business Japanese from fields (domain §4): applications,
// profiles, nudges (催促) and withdrawals (辞退). Field meanings are listed in
// docs/proposal.md; absent optional fields are empty strings.
#pragma once

#include <string>
#include <vector>

#include "core/date/date.h"

namespace gigcheck::proposal {

using CivilDate = date::Date;

// "YYYY-MM-DD" naming a day that exists; false otherwise.
bool parse_civil_date(const std::string& text, CivilDate& out);

struct ApplicationFields {
  std::string name, client_name, job_title;
  std::string available_hours, achievements, portfolio, motivation, self_intro, skills;
  std::string start_date, rate, limits, questions;
  std::vector<std::string> answers;  // answers[i] answers the i-th ask found in the job post
};

struct ProfileFields {
  std::string name, specialties, remote_record, skills, background, available_hours, principles;
};

enum class Stage { before_contract, after_contract, after_delivery };

struct NudgeFields {
  std::string name, client_name, subject, job_title;
  CivilDate message_date;
  bool has_desired_reply_date = false;
  CivilDate desired_reply_date;
  Stage stage = Stage::after_contract;
};

struct WithdrawalFields {
  std::string name, client_name, job_title;
  CivilDate unanswered_since;
  long long messages_sent = 1;
  Stage stage = Stage::after_contract;
};

std::string draft_application(const ApplicationFields& fields, const std::string& job_text);
std::string draft_profile(const ProfileFields& fields);
std::string draft_nudge(const NudgeFields& fields);
std::string draft_withdrawal(const WithdrawalFields& fields);

}  // namespace gigcheck::proposal
