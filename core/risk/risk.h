// Client risk scoring (../shared/domain.md §2, ../shared/api.md `risk`).
// risk_api.cpp reads the JSON input into a Context; assess() runs every
// detector of the signal table (signals.cpp) and combines the findings into a
// score and level (score.cpp). See docs/risk.md.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/input/input.h"
#include "core/risk/lexicon.h"
#include "core/risk/pay.h"
#include "core/text/contacts.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace gigcheck::risk {

enum class Stage { before_contract, after_contract, after_delivery };
enum class Severity { low, medium, high };

std::string_view severity_name(Severity s);

enum class DocKind { job, message, review };

// One text field of the input, decoded, normalized and scanned once.
struct Doc {
  std::string source;  // "job.description", "messages[0]", "client.reviews[1]"
  DocKind kind = DocKind::job;
  std::uint32_t order = 0;  // position among the context's docs, for evidence order
  text::Decoded decoded;
  text::Normalized norm;
  std::vector<TermHit> hits;                 // in text order
  std::vector<text::ContactHit> contacts;    // in text order
  std::vector<std::uint32_t> sentence_ends;  // normalized index one past each sentence, ascending
  std::vector<bool> sentence_in_list;        // per sentence: a line of a bulleted or numbered list
  // Indices into hits grouped by Tag (text order within a tag): the hits of tag t
  // are hits_by_tag[tag_begin[t] .. tag_begin[t + 1]).
  std::vector<std::uint32_t> hits_by_tag;
  std::array<std::uint32_t, static_cast<std::size_t>(Tag::count_) + 1> tag_begin{};
  std::vector<PayMention> pay;                  // read_numbers(norm.chars), read once
  std::vector<HeadCount> head_counts;           // read_numbers(norm.chars)
  std::int64_t article_chars = 0;               // read_numbers(norm.chars)
  std::optional<std::int64_t> stated_seconds;   // "所要30分", "1枚5分": the time per unit, in seconds
  std::optional<std::int64_t> monthly_seconds;  // "週20時間": the time a monthly fee pays for
};

Doc make_doc(std::string source, DocKind kind, std::string_view utf8);

struct Evidence {
  std::string source;       // a text field ("job.description") or "client" / "job" for structured fields
  std::uint32_t order = 0;  // the doc's order (text evidence)
  bool has_span = false;    // text evidence: start/end are UTF-16 offsets into the original field
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string text;   // the original text of [start, end), or a description of the field value
  std::string field;  // structured evidence only: "identity_verified", "hires_planned", …
};

struct Finding {
  std::vector<Evidence> evidence;
  std::string detail;                // appended to the table's message (figures, arithmetic)
  std::optional<Severity> severity;  // a detector may lower the table's severity for a mild case
};

// A field read from text pasted from a job page ("本人確認 未提出"): where it stands.
struct PageFact {
  std::uint32_t doc = 0;             // the doc's order
  std::uint32_t begin = 0, end = 0;  // normalized span, label through value
};

struct Context {
  Stage stage = Stage::before_contract;
  std::vector<Doc> docs;
  std::optional<std::int64_t> hires_planned;
  std::optional<std::int64_t> estimated_hours_centi;  // 1/100 hours
  std::optional<bool> identity_verified;
  std::optional<std::int64_t> rating_centi;  // 4.9 -> 490
  std::optional<std::int64_t> rating_count;
  std::optional<std::int64_t> reply_hours;
  std::int64_t minimum_wage = 0;    // yen per hour
  std::int64_t usd_rate = 0;        // yen per US dollar (options.usd_rate)
  std::int64_t chars_per_hour = 0;  // writing speed (options.chars_per_hour)
  // Set when the field came from pasted page text rather than the input (read_page_fields).
  std::optional<PageFact> hires_fact, identity_fact, rating_fact;
};

// Fills hires_planned, identity_verified, rating and rating_count from text pasted
// from a job page ("募集人数 50名", "本人確認 未提出", "評価 3.2（12件）") when the input left them out.
void read_page_fields(Context& c);

// The default minimum wage: Japan's national weighted average for fiscal
// 2025 (令和7年度), 1,121 yen/hour, as published by the Ministry of Health,
// Labour and Welfare (docs/risk.md). Callers may pass options.minimum_wage.
constexpr std::int64_t default_minimum_wage = 1121;
constexpr std::string_view minimum_wage_label = "最低賃金の全国加重平均（2025年度）";
// The lowest regional minimum wage of fiscal 2025: 1,023 yen (高知・宮崎・沖縄),
// in force from 2025-11-16 (宮崎) and 2025-12-01 (高知・沖縄); named in low_pay's message.
constexpr std::int64_t lowest_minimum_wage = 1023;
constexpr std::string_view lowest_minimum_wage_label = "最も低い県（高知・宮崎・沖縄、2025年12月1日までに発効）";
// Yen per US dollar for "$3 per article" (options.usd_rate; docs/risk.md, "Pay").
constexpr std::int64_t default_usd_rate = 150;

using Detector = void (*)(const Context&, Finding&);

struct SignalDef {
  std::string_view id;
  std::string_view name;  // Japanese display name (meta)
  Severity severity;
  unsigned stages;  // bit mask of Stage values in which the signal counts
  Detector detect;
  std::string_view message;  // Japanese
  std::string_view advice;   // Japanese
};

struct Signal {
  const SignalDef* def;
  Severity severity;
  Finding finding;
};

struct Assessment {
  int score = 0;
  std::string_view level;
  std::vector<Signal> signals;  // high severity first, then table order
};

Assessment assess(const Context& context);

// The signal table (signals.cpp), strongest first.
extern const SignalDef signal_table[];
extern const std::size_t signal_count;

// Score 0-100 from the severities of the signals found; monotone: adding a
// signal or raising a severity never lowers it (docs/risk.md, "Scoring").
int combine_score(const std::vector<Severity>& severities);
std::string_view level_for_score(int score);

// One row per level, highest first: the score from which it applies and its
// Japanese name (meta; the page's meter reads them).
struct LevelThreshold {
  int min_score;
  std::string_view level;
  std::string_view name;
};
extern const LevelThreshold level_table[];
extern const std::size_t level_count;

// The editable figures of risk (options.*): id, Japanese label, default, range (meta).
struct RiskOption {
  std::int64_t Context::*field;  // where read_context puts it
  std::string_view id;
  std::string_view name;
  std::int64_t default_value;
  std::int64_t min;
  std::int64_t max;
};
extern const RiskOption risk_options[];
extern const std::size_t risk_option_count;

// The risk part of api::meta: signals, levels, severities.
Json meta();

}  // namespace gigcheck::risk
