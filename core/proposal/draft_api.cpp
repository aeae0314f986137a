// api::draft (../shared/api.md): reads the kind and its fields
// (docs/proposal.md), writes the draft and lints it with the same job post.
#include "core/api/api.h"
#include "core/proposal/draft.h"
#include "core/proposal/lint_json.h"

namespace gigcheck::proposal {

namespace {

// Lists (several achievements, skills…) may come as an array of strings;
// each item becomes a 「・」 line.
constexpr std::size_t max_list_items = 100;

class FieldsReader {
 public:
  FieldsReader(Reader& reader, Field fields) : reader_(reader), fields_(std::move(fields)) {}

  std::string text(std::string_view key, bool required = false) {
    auto value = reader_.text(reader_.at(fields_, key), required);
    if (value && required && value->find_first_not_of(" \t\r\n") == std::string::npos)
      reader_.fail("missing_field", reader_.at(fields_, key).path,
                   reader_.at(fields_, key).path + " を入力してください。");
    return value ? *value : std::string();
  }

  std::string text_or_list(std::string_view key) {
    Field f = reader_.at(fields_, key);
    if (!f.present() || !f.value->is_array()) return text(key);
    if (f.value->size() > max_list_items) {
      reader_.fail("too_large", f.path,
                   f.path + " の項目が多すぎます（" + std::to_string(max_list_items) + " 個まで）。");
      return {};
    }
    std::string out;
    for (std::size_t i = 0; i < f.value->size(); ++i) {
      auto item = reader_.text(reader_.item(f, i));
      if (!item) return {};
      if (!out.empty()) out += "\n";
      out += "・" + *item;
    }
    return out;
  }

  std::vector<std::string> list(std::string_view key) {
    std::vector<std::string> out;
    Field f = reader_.at(fields_, key);
    if (!reader_.array(f, false)) return out;
    if (f.value->size() > max_list_items) {
      reader_.fail("too_large", f.path,
                   f.path + " の項目が多すぎます（" + std::to_string(max_list_items) + " 個まで）。");
      return out;
    }
    for (std::size_t i = 0; i < f.value->size(); ++i) {
      Field item = reader_.item(f, i);
      if (!item.present()) {
        out.emplace_back();
        continue;
      }
      auto value = reader_.text(item);
      out.push_back(value ? *value : std::string());
    }
    return out;
  }

  CivilDate date(std::string_view key, bool required, bool* present = nullptr) {
    CivilDate out;
    Field f = reader_.at(fields_, key);
    auto value = reader_.text(f, required, limits::max_date_chars);
    if (present) *present = value.has_value();
    if (value && !parse_civil_date(*value, out))
      reader_.fail("invalid_field", f.path,
                   f.path + " は実在する日付を YYYY-MM-DD の形で入力してください（例: 2026-12-25）。");
    return out;
  }

  bool failed() const { return reader_.failed(); }

  Stage stage(Stage fallback) {
    auto value =
        reader_.choice(reader_.at(fields_, "stage"), {"before_contract", "after_contract", "after_delivery"}, false);
    if (!value) return fallback;
    if (*value == "before_contract") return Stage::before_contract;
    if (*value == "after_delivery") return Stage::after_delivery;
    return Stage::after_contract;
  }

  long long count(std::string_view key) {
    auto n = reader_.count(reader_.at(fields_, key), true, 1, 1000);
    return n ? *n : 1;
  }

 private:
  Reader& reader_;
  Field fields_;
};

std::string write_draft(const std::string& kind, FieldsReader& in, const std::string& job_text, bool as_typed,
                        ApplicationDraft& application) {
  if (kind == "application") {
    ApplicationFields f;
    f.name = in.text("name", true);
    f.client_name = in.text("client_name");
    f.job_title = in.text("job_title");
    f.available_hours = in.text_or_list("available_hours");
    f.achievements = in.text_or_list("achievements");
    f.portfolio = in.text_or_list("portfolio");
    f.motivation = in.text("motivation");
    f.self_intro = in.text("self_intro");
    f.skills = in.text_or_list("skills");
    f.start_date = in.text("start_date");
    f.rate = in.text("rate");
    f.limits = in.text_or_list("limits");
    f.questions = in.text_or_list("questions");
    f.answers = in.list("answers");
    if (in.failed()) return {};
    application = draft_application(f, job_text, as_typed);
    return application.text;
  }
  if (kind == "profile") {
    ProfileFields f;
    f.name = in.text("name", true);
    f.specialties = in.text_or_list("specialties");
    f.remote_record = in.text_or_list("remote_record");
    f.skills = in.text_or_list("skills");
    f.background = in.text_or_list("background");
    f.available_hours = in.text_or_list("available_hours");
    f.principles = in.text_or_list("principles");
    return draft_profile(f);
  }
  if (kind == "nudge") {
    NudgeFields f;
    f.name = in.text("name", true);
    f.client_name = in.text("client_name");
    f.message_date = in.date("message_date", true);
    f.subject = in.text("subject", true);
    f.desired_reply_date = in.date("desired_reply_date", false, &f.has_desired_reply_date);
    f.stage = in.stage(Stage::after_contract);
    f.job_title = in.text("job_title");
    if (in.failed()) return {};  // the caller answers with the error
    return draft_nudge(f);
  }
  WithdrawalFields f;
  f.name = in.text("name", true);
  f.client_name = in.text("client_name");
  f.unanswered_since = in.date("unanswered_since", true);
  f.messages_sent = in.count("messages_sent");
  f.stage = in.stage(Stage::after_contract);
  f.job_title = in.text("job_title");
  if (in.failed()) return {};
  return draft_withdrawal(f);
}

// The bytes of text the fields hold (strings and the strings of lists), and
// the field holding the most: what an answer too large to give is blamed on.
struct FieldTexts {
  std::size_t bytes = 0;
  std::string largest = "fields";
  std::size_t largest_bytes = 0;
};

FieldTexts field_texts(const Field& fields) {
  FieldTexts out;
  for (auto it = fields.value->begin(); it != fields.value->end(); ++it) {
    std::size_t n = 0;
    if (it->is_string()) n = it->get_ref<const std::string&>().size();
    if (it->is_array())
      for (const Json& item : *it)
        if (item.is_string()) n += item.get_ref<const std::string&>().size();
    out.bytes += n;
    if (n > out.largest_bytes) out.largest_bytes = n, out.largest = fields.path + "." + it.key();
  }
  return out;
}

}  // namespace

}  // namespace gigcheck::proposal

namespace gigcheck::api {

Json draft(const Json& input) {
  using namespace proposal;
  Reader reader(input);
  Field root = reader.root();
  auto kind = reader.choice(reader.at(root, "kind"), {"application", "profile", "nudge", "withdrawal"});
  auto job = reader.text(reader.at(root, "job_text"), false);
  Field fields = reader.at(root, "fields");
  reader.object(fields);
  LintOptions options;
  read_lint_options(reader, reader.at(root, "options"), options);
  // true: keep what the user typed word for word (undoes `changes`).
  auto as_typed = reader.boolean(reader.at(root, "fields_as_typed"), false);
  if (reader.failed()) return error_json(reader.error());
  std::string job_text = job && *kind == "application" ? *job : std::string();
  FieldsReader in(reader, fields);
  ApplicationDraft application;
  std::string text = write_draft(*kind, in, job_text, as_typed.value_or(false), application);
  if (reader.failed()) return error_json(reader.error());
  Json missing = Json::array();
  for (const MissingAnswer& m : application.missing) missing.push_back({{"ask", m.ask}, {"marker", m.marker}});
  Json changes = Json::array();
  for (const FieldChange& c : application.changes)
    changes.push_back({{"field", c.field}, {"from", c.from}, {"to", c.to}});
  // The answer is bounded by the text sent (limits::answer_budget): the
  // draft's own text, its missing asks and changes first, then what its lint may add.
  FieldTexts texts = field_texts(fields);
  std::size_t budget = limits::answer_budget(texts.bytes + job_text.size());
  std::size_t text_bytes = to_text(Json(text)).size() + to_text(missing).size() + to_text(changes).size() +
                           96;  // and the answer's keys and braces
  if (text_bytes > budget)
    return error_json(
        {"too_large", texts.largest,
         texts.largest + " などから作った下書きが上限（" + std::to_string(budget) + " バイト）を超えます。"});
  Json lint = lint_to_json(text, job_text, options, budget, {texts.largest, "job_text"}, text_bytes);
  if (lint.contains("error")) return lint;
  Json out = Json::object();  // not a braced list, which would copy the lint
  out["text"] = std::move(text);
  out["lint"] = std::move(lint);
  out["missing"] = std::move(missing);
  out["changes"] = std::move(changes);
  return out;
}

}  // namespace gigcheck::api
