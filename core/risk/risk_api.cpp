// The `risk` door of the API (../shared/api.md): reads the untrusted input
// with Reader, runs the assessment and writes the answer.
#include "core/api/api.h"
#include "core/input/input.h"
#include "core/risk/risk.h"

namespace gigcheck::api {

namespace {

using namespace gigcheck::risk;

// Limits beyond the per-text limit of Reader (docs/risk.md, "Input").
constexpr std::size_t max_messages = 200;
constexpr std::size_t max_reviews = 200;
constexpr std::int64_t max_hires = 1'000'000;
constexpr std::int64_t max_reply_hours = 24 * 365;
constexpr std::int64_t max_estimated_hours_centi = 10'000 * 100;

struct StageName {
  const char* name;
  Stage stage;
};
constexpr StageName stage_names[] = {
    {"before_contract", Stage::before_contract},
    {"after_contract", Stage::after_contract},
    {"after_delivery", Stage::after_delivery},
};

// Reads an array of strings into docs; false after recording an error.
bool read_texts(Reader& r, const Field& list, std::size_t max_items, DocKind kind, std::vector<Doc>& docs) {
  if (!r.array(list, false)) return !r.failed();
  if (list.value->size() > max_items) {
    r.fail("too_large", list.path, list.path + " は " + std::to_string(max_items) + " 件までです。");
    return false;
  }
  for (std::size_t i = 0; i < list.value->size(); ++i) {
    Field item = r.item(list, i);
    if (!item.present()) continue;
    auto text = r.text(item);
    if (!text) return false;
    docs.push_back(make_doc(item.path, kind, *text));
  }
  return true;
}

std::optional<Context> read_context(Reader& r) {
  Context c;
  Field root = r.root();
  r.choice(r.at(root, "platform"), {"crowdworks", "lancers"}, false);
  if (auto stage = r.choice(r.at(root, "stage"), {"before_contract", "after_contract", "after_delivery"}, false))
    for (const StageName& s : stage_names)
      if (*stage == s.name) c.stage = s.stage;

  Field job = r.at(root, "job");
  if (!r.object(job)) return std::nullopt;
  if (auto title = r.text(r.at(job, "title"), false)) c.docs.push_back(make_doc("job.title", DocKind::job, *title));
  auto description = r.text(r.at(job, "description"));
  if (!description) return std::nullopt;
  c.docs.push_back(make_doc("job.description", DocKind::job, *description));
  c.hires_planned = r.count(r.at(job, "hires_planned"), false, 0, max_hires);
  Field hours = r.at(job, "estimated_hours");
  if (auto h = r.decimal(hours, 2, false)) {
    std::int64_t centi = h->units * (100 / h->scale);
    if (centi <= 0 || centi > max_estimated_hours_centi) {
      r.fail("invalid_field", hours.path, hours.path + " は 0 より大きく 10000 以下の時間で入力してください。");
      return std::nullopt;
    }
    c.estimated_hours_centi = centi;
  }

  Field client = r.at(root, "client");
  if (r.object(client, false)) {
    c.identity_verified = r.boolean(r.at(client, "identity_verified"), false);
    Field rating = r.at(client, "rating");
    if (auto d = r.decimal(rating, 2, false)) {
      std::int64_t centi = d->units * (100 / d->scale);
      if (centi < 0 || centi > 500) {
        r.fail("invalid_field", rating.path, rating.path + " は 0 以上 5 以下で入力してください。");
        return std::nullopt;
      }
      c.rating_centi = centi;
    }
    c.rating_count = r.count(r.at(client, "rating_count"), false);
    c.reply_hours = r.count(r.at(client, "reply_hours"), false, 0, max_reply_hours);
    read_texts(r, r.at(client, "reviews"), max_reviews, DocKind::review, c.docs);
  }
  read_texts(r, r.at(root, "messages"), max_messages, DocKind::message, c.docs);

  // Every editable figure is one row of risk_options (default and range).
  for (std::size_t i = 0; i < risk_option_count; ++i) c.*risk_options[i].field = risk_options[i].default_value;
  Field options = r.at(root, "options");
  if (r.object(options, false))
    for (std::size_t i = 0; i < risk_option_count; ++i) {
      const RiskOption& o = risk_options[i];
      if (auto value = r.count(r.at(options, std::string(o.id)), false, o.min, o.max)) c.*o.field = *value;
    }
  if (r.failed()) return std::nullopt;
  for (std::size_t i = 0; i < c.docs.size(); ++i) c.docs[i].order = static_cast<std::uint32_t>(i);
  read_page_fields(c);
  return c;
}

Json evidence_json(const Evidence& e) {
  Json out = Json::object();
  out["source"] = e.source;
  if (e.has_span) {
    out["start"] = e.start;
    out["end"] = e.end;
  } else {
    out["field"] = e.field;
  }
  out["text"] = e.text;
  return out;
}

std::string_view stage_name(Stage stage) {
  for (const StageName& s : stage_names)
    if (s.stage == stage) return s.name;
  return "before_contract";
}

}  // namespace

Json risk(const Json& input) {
  Reader reader(input);
  std::optional<Context> context = read_context(reader);
  if (!context) return error_json(reader.error());
  Assessment a = assess(*context);
  Json signals = Json::array();
  for (const Signal& s : a.signals) {
    Json evidence = Json::array();
    for (const Evidence& e : s.finding.evidence) evidence.push_back(evidence_json(e));
    std::string message(s.def->message);
    if (!s.finding.detail.empty()) message += s.finding.detail;
    // Member by member: a braced list would copy every evidence span again.
    Json signal = Json::object();
    signal["id"] = s.def->id;
    signal["severity"] = severity_name(s.severity);
    signal["evidence"] = std::move(evidence);
    signal["message"] = std::move(message);
    signal["advice"] = s.def->advice;
    signals.push_back(std::move(signal));
  }
  Json out = Json::object();
  out["level"] = a.level;
  out["score"] = a.score;
  out["signals"] = std::move(signals);
  out["stage"] = stage_name(context->stage);
  out["minimum_wage"] = Json{{"yen_per_hour", context->minimum_wage}, {"label", minimum_wage_label}};
  out["usd_rate"] = context->usd_rate;
  out["chars_per_hour"] = context->chars_per_hour;
  return out;
}

}  // namespace gigcheck::api

namespace gigcheck::risk {

// The editable figures of the risk check (docs/risk.md, "Pay").
const RiskOption risk_options[] = {
    {&Context::minimum_wage, "minimum_wage", "比べる最低賃金（円/時）", default_minimum_wage, 1, 100'000},
    {&Context::usd_rate, "usd_rate", "1ドルの円換算（円）", default_usd_rate, 1, 10'000},
    {&Context::chars_per_hour, "chars_per_hour", "1時間に書ける文字数", work_rate::characters_per_hour, 100, 100'000},
};
const std::size_t risk_option_count = std::size(risk_options);

Json meta() {
  Json signals = Json::array();
  for (std::size_t i = 0; i < signal_count; ++i) {
    const SignalDef& def = signal_table[i];
    Json stages = Json::array();
    for (const auto& s : api::stage_names)
      if (def.stages & (1u << static_cast<unsigned>(s.stage))) stages.push_back(s.name);
    signals.push_back(
        {{"id", def.id}, {"name", def.name}, {"severity", severity_name(def.severity)}, {"stages", stages}});
  }
  Json levels = Json::array();
  for (std::size_t i = 0; i < level_count; ++i)
    levels.push_back(
        {{"id", level_table[i].level}, {"name", level_table[i].name}, {"min_score", level_table[i].min_score}});
  Json options = Json::array();
  for (const RiskOption& o : risk_options)
    options.push_back({{"id", o.id}, {"name", o.name}, {"default", o.default_value}, {"min", o.min}, {"max", o.max}});
  return {{"signals", std::move(signals)}, {"levels", std::move(levels)}, {"options", std::move(options)}};
}

}  // namespace gigcheck::risk
