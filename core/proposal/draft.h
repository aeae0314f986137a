// Drafting polite business Japanese from fields (domain §4): applications,
// profiles, nudges (催促) and withdrawals (辞退). Field meanings are listed in
// docs/proposal.md; absent optional fields are empty strings.
#pragma once

#include <string>
#include <vector>

#include "core/date/date.h"

namespace gigcheck::proposal {

using CivilDate = date::Date;

// Blanks (ASCII and ideographic) trimmed from both ends.
std::string trim(const std::string& s);
// 「山田様」 from 山田, 山田様 or 山田さん; 「ご担当者様」 when empty.
std::string addressee(const std::string& client_name);

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

// An ask of the post that no field answers: the draft holds `marker` where
// the answer goes (api.md: draft's `missing`).
struct MissingAnswer {
  std::string ask;     // the ask as the post words it
  std::string marker;  // 【要記入：…】
};
// A change the draft made to what the user typed (a negative self-label
// rewritten), shown so that it can be undone (fields_as_typed).
struct FieldChange {
  std::string field, from, to;
};
struct ApplicationDraft {
  std::string text;
  std::vector<MissingAnswer> missing;
  std::vector<FieldChange> changes;
};

// `as_typed`: keep the user's self-labels word for word (undoes `changes`).
ApplicationDraft draft_application(const ApplicationFields& fields, const std::string& job_text, bool as_typed = false);
std::string draft_profile(const ProfileFields& fields);
std::string draft_nudge(const NudgeFields& fields);
std::string draft_withdrawal(const WithdrawalFields& fields);

}  // namespace gigcheck::proposal
