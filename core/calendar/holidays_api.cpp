// api::holidays: the Japanese holidays between two dates (../shared/api.md).
#include "core/api/api.h"
#include "core/calendar/calendar.h"
#include "core/input/input.h"

namespace gigcheck::api {

Json holidays(const Json& input) {
  Reader reader(input);
  Field root = reader.root();
  auto from = calendar::read_date(reader, reader.at(root, "from"), true);
  auto to = calendar::read_date(reader, reader.at(root, "to"), true);
  if (!reader.failed() && date::to_days(*to) < date::to_days(*from))
    reader.fail("invalid_field", "to", "to は from と同じか、それより後の日付で入力してください。");
  if (reader.failed()) return error_json(reader.error());

  Json list = Json::array();
  for (const calendar::Holiday& h : calendar::holidays_between(*from, *to)) {
    Json item = Json::object();
    item["date"] = date::format(h.date);
    item["name"] = std::string(h.name);
    item["kind"] = std::string(calendar::kind_id(h.kind));
    item["weekday"] = date::japanese_weekday(date::weekday(h.date));
    list.push_back(std::move(item));
  }
  Json out = Json::object();
  out["holidays"] = std::move(list);
  out["supported_range"] = {{"from", std::to_string(calendar::first_year) + "-01-01"},
                            {"to", std::to_string(calendar::last_year) + "-12-31"}};
  return out;
}

}  // namespace gigcheck::api
