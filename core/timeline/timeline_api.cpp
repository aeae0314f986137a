// api::timeline: the silent-client timeline (../shared/api.md, docs/calendar.md).
#include "core/api/api.h"
#include "core/calendar/calendar.h"
#include "core/input/input.h"
#include "core/timeline/timeline.h"

namespace gigcheck::api {

namespace {

using date::Date;
using timeline::Situation;

// What the nudge says the unanswered message was about, when the user does
// not say (docs/proposal.md: the draft writes 「…にお送りした「<subject>」の件」).
constexpr const char* default_subject_after_contract = "業務についてのご連絡";
constexpr const char* default_subject_after_delivery = "納品のご連絡";
// Messages that went unanswered by the time of 契約途中終了リクエスト: the
// first one and the worker's own nudge (連絡催促申請 is sent by the desk).
constexpr std::int64_t default_messages_sent = 2;
// The nudge asks for an answer within this many business days; the next step
// (連絡催促申請) comes one business day after that.
constexpr int nudge_reply_business_days = 2;
constexpr std::size_t max_name_chars = 200;

struct MessageFields {
  std::optional<std::string> name, client_name, subject, job_title;
  std::int64_t messages_sent = default_messages_sent;
};

struct Request {
  Situation situation = Situation::after_application;
  std::string situation_id;
  timeline::Platform platform = timeline::Platform::crowdworks;
  std::string platform_id = "crowdworks";
  Date event;
  std::optional<Date> deadline, today;
  calendar::ClosedDays closed = calendar::ClosedDays::none;
  std::string closed_id = "none";
  MessageFields message;
};

Situation situation_from(const std::string& id) {
  for (const timeline::SituationInfo& s : timeline::situation_table)
    if (s.id == id) return s.situation;
  return Situation::after_application;
}

std::optional<Request> read_request(Reader& reader) {
  Field root = reader.root();
  Request request;
  auto situation =
      reader.choice(reader.at(root, "situation"), {"after_application", "after_contract", "after_delivery"});
  auto event = calendar::read_date(reader, reader.at(root, "date"), true);
  request.deadline = calendar::read_date(reader, reader.at(root, "deadline"), false);
  request.today = calendar::read_date(reader, reader.at(root, "today"), false);
  auto closed = reader.choice(reader.at(root, "closed_days"), {"none", "year_end"}, false);
  auto platform = reader.choice(reader.at(root, "platform"), {"crowdworks", "lancers"}, false);
  request.message.name = reader.text(reader.at(root, "name"), false, max_name_chars);
  request.message.client_name = reader.text(reader.at(root, "client_name"), false, max_name_chars);
  request.message.subject = reader.text(reader.at(root, "subject"), false, max_name_chars);
  request.message.job_title = reader.text(reader.at(root, "job_title"), false, max_name_chars);
  auto sent = reader.count(reader.at(root, "messages_sent"), false, 1, 100);
  if (reader.failed()) return std::nullopt;
  if (request.deadline && date::to_days(*request.deadline) < date::to_days(*event)) {
    reader.fail("invalid_field", "deadline",
                "deadline（募集期限）は date（応募日）と同じか、それより後の日付で入力してください。");
    return std::nullopt;
  }
  request.situation_id = *situation;
  request.situation = situation_from(*situation);
  request.event = *event;
  if (closed) request.closed_id = *closed;
  for (const timeline::PlatformInfo& p : timeline::platform_table)
    if (platform && p.id == *platform) request.platform = p.platform, request.platform_id = *platform;
  if (request.closed_id == "year_end") request.closed = calendar::ClosedDays::year_end;
  if (sent) request.message.messages_sent = *sent;
  return request;
}

void put_if(Json& fields, const char* key, const std::optional<std::string>& value) {
  if (value && !value->empty()) fields[key] = *value;
}

// Where the worker's name goes when it is not known yet: the message is shown
// at once, with a mark the lint reports until it is filled in.
constexpr const char* unknown_name = "〇〇";

std::string_view stage_of(Situation s) { return s == Situation::after_delivery ? "after_delivery" : "after_contract"; }

Json template_input(const Request& r, const timeline::PlannedStep& step) {
  Json fields = Json::object();
  fields["name"] = r.message.name && !r.message.name->empty() ? *r.message.name : unknown_name;
  put_if(fields, "client_name", r.message.client_name);
  put_if(fields, "job_title", r.message.job_title);
  fields["stage"] = std::string(stage_of(r.situation));
  if (step.message == timeline::Template::nudge) {
    fields["message_date"] = date::format(r.event);
    bool has_subject = r.message.subject && !r.message.subject->empty();
    fields["subject"] = has_subject                                ? *r.message.subject
                        : r.situation == Situation::after_delivery ? default_subject_after_delivery
                                                                   : default_subject_after_contract;
    if (auto reply_by = calendar::add_business_days(step.date, nudge_reply_business_days, r.closed))
      fields["desired_reply_date"] = date::format(*reply_by);
    return Json{{"kind", "nudge"}, {"fields", fields}};
  }
  fields["unanswered_since"] = date::format(r.event);
  fields["messages_sent"] = r.message.messages_sent;
  return Json{{"kind", "withdrawal"}, {"fields", fields}};
}

// Adds "template" from the draft feature, or "template_error" with draft's
// error (e.g. the worker's name is missing) so the page can say what to add.
// Never fails the timeline.
void attach_template(Json& out, const Request& r, const timeline::PlannedStep& step) {
  if (step.message == timeline::Template::none) return;
  Json drafted = draft(template_input(r, step));
  if (auto text = drafted.find("text"); text != drafted.end() && text->is_string()) {
    out["template"] = std::move(*text);
    return;
  }
  if (auto error = drafted.find("error"); error != drafted.end() && error->is_object())
    out["template_error"] = std::move(*error);
}

std::string status_of(const Date& d, const Date& today) {
  auto a = date::to_days(d), b = date::to_days(today);
  return a < b ? "past" : a == b ? "today" : "upcoming";
}

Json step_json(const Request& r, const timeline::PlannedStep& step) {
  Json out = Json::object();
  out["id"] = std::string(step.id);
  out["kind"] = std::string(step.kind);
  out["title"] = std::string(step.title);
  out["action"] = std::string(step.action);
  out["date"] = date::format(step.date);
  out["date_text"] = date::japanese(step.date, true);
  out["weekday"] = date::japanese_weekday(date::weekday(step.date));
  if (!step.headline.empty()) out["headline"] = std::string(step.headline);
  out["business_day"] = calendar::is_business_day(step.date, r.closed);
  out["from"] = std::string(step.from);
  out[step.unit == timeline::Unit::business_days ? "business_days" : "calendar_days"] = step.amount;
  out["days_since_event"] = date::to_days(step.date) - date::to_days(r.event);
  if (r.today) out["status"] = status_of(step.date, *r.today);
  attach_template(out, r, step);
  return out;
}

Json non_business_days(const Date& from, const Date& to, calendar::ClosedDays closed) {
  Json days = Json::array();
  for (auto d = date::to_days(from); d <= date::to_days(to); ++d) {
    Date day = date::from_days(d);
    std::string reason = calendar::closed_reason(day, closed);
    if (reason.empty()) continue;
    days.push_back(
        {{"date", date::format(day)}, {"weekday", date::japanese_weekday(date::weekday(day))}, {"reason", reason}});
  }
  return days;
}

}  // namespace

Json timeline(const Json& input) {
  Reader reader(input);
  auto request = read_request(reader);
  if (!request) return error_json(reader.error());

  auto steps =
      timeline::plan(request->situation, request->platform, request->event, request->deadline, request->closed);
  if (!steps) {
    return error_json(InputError{"invalid_field", "date",
                                 "date から計算した日付が " + std::to_string(calendar::last_year) +
                                     "-12-31 を超えます。祝日を計算できる範囲の日付で入力してください。"});
  }

  Json out = Json::object();
  out["situation"] = request->situation_id;
  out["platform"] = request->platform_id;
  out["date"] = date::format(request->event);
  out["closed_days"] = request->closed_id;
  if (request->deadline) out["deadline"] = date::format(*request->deadline);
  if (request->today) out["today"] = date::format(*request->today);
  Json list = Json::array();
  for (const timeline::PlannedStep& step : *steps) list.push_back(step_json(*request, step));
  if (request->today) {
    // The first step still to come (or due today), the event itself aside,
    // and the first of them that the user acts on: the headline.
    bool next_found = false;
    for (const timeline::PlannedStep& step : *steps) {
      if (step.kind == "event" || date::to_days(step.date) < date::to_days(*request->today)) continue;
      if (!next_found) out["next_step"] = std::string(step.id), next_found = true;
      if (step.headline.empty()) continue;
      out["next_action"] = {{"step", std::string(step.id)},
                            {"date", date::format(step.date)},
                            {"text", date::japanese(step.date) + "に" + std::string(step.headline)}};
      break;
    }
  }
  out["steps"] = std::move(list);
  Date first = steps->front().date, last = steps->back().date;
  if (date::to_days(request->event) < date::to_days(first)) first = request->event;
  out["non_business_days"] = non_business_days(first, last, request->closed);
  return out;
}

}  // namespace gigcheck::api

namespace gigcheck::timeline {

Json meta() {
  Json situations = Json::array();
  for (const SituationInfo& s : situation_table)
    situations.push_back({{"id", s.id}, {"name", s.name}, {"date_label", s.date_label}, {"event", s.event}});
  Json platforms = Json::array();
  for (const PlatformInfo& p : platform_table) platforms.push_back({{"id", p.id}, {"name", p.name}});
  return {{"situations", std::move(situations)}, {"platforms", std::move(platforms)}};
}

}  // namespace gigcheck::timeline
