// The silent-client timeline (../shared/domain.md §3): from the day of an
// event (application, unanswered message, delivery), the dates on which to
// nudge, escalate or give up. The rules are a table in timeline.cpp;
// docs/calendar.md explains the chosen defaults.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/calendar/calendar.h"
#include "core/date/date.h"
#include "core/input/input.h"

namespace gigcheck::timeline {

enum class Situation { after_application, after_contract, after_delivery };

// The platform decides the desk's steps and their names (docs/calendar.md).
enum class Platform { crowdworks, lancers };
struct PlatformInfo {
  Platform platform;
  std::string_view id;
  std::string_view name;
};
inline constexpr PlatformInfo platform_table[] = {
    {Platform::crowdworks, "crowdworks", "クラウドワークス"},
    {Platform::lancers, "lancers", "ランサーズ"},
};

// One row per situation: its id in the API and how the page words it.
struct SituationInfo {
  Situation situation;
  std::string_view id;
  std::string_view name;        // the situation, as the user would say it
  std::string_view date_label;  // the date the timeline counts from
  std::string_view event;       // that date's event, for the calendar
};
inline constexpr SituationInfo situation_table[] = {
    {Situation::after_delivery, "after_delivery", "納品したのに検収されない", "納品した日", "納品"},
    {Situation::after_contract, "after_contract", "契約後、メッセージに返事がない", "返事のないメッセージを送った日",
     "メッセージ送信"},
    {Situation::after_application, "after_application", "応募したのに返事がない", "応募した日", "応募"},
};

enum class Unit { calendar_days, business_days };

// Which message draft (docs/proposal.md) fits a step.
enum class Template { none, nudge, withdrawal };

struct PlannedStep {
  std::string_view id;      // unique within the situation, e.g. "nudge"
  std::string_view kind;    // event | deadline | platform_reminder | nudge | acceptance_deadline |
                            // support_request | inquiry | early_termination | give_up
  std::string_view title;   // short Japanese label, e.g. "自分で催促"
  std::string_view action;  // what to do, in Japanese
  date::Date date;
  std::string_view from;  // "date", "deadline" or the id of an earlier step
  Unit unit;
  int amount;  // business or calendar days after `from`
  Template message;
  std::string_view headline;  // what the user does that day ("催促メッセージを送る"), or empty
};

// The steps in date order (ties keep table order). `deadline` is used by
// after_application only. nullopt when a step would fall after the supported
// range of the calendar.
std::optional<std::vector<PlannedStep>> plan(Situation situation, Platform platform, const date::Date& event,
                                             std::optional<date::Date> deadline, calendar::ClosedDays closed);

// The timeline part of api::meta: the situations and platforms.
Json meta();

}  // namespace gigcheck::timeline
