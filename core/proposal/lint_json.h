// JSON side of lint, shared by api::lint, api::draft and the textlint format:
// reading the input and writing issues with UTF-16 offsets, lines and columns.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/input/input.h"
#include "core/proposal/lint.h"

namespace gigcheck::proposal {

struct LintInput {
  std::string text;
  std::string job_text;
  LintOptions options;
};

// Reads {"text", "job_text", "options": {"max_sentence_length", "max_commas",
// "rules": {"<rule id>": false}}}; nullopt with reader.error() on bad input.
std::optional<LintInput> read_lint_input(Reader& reader);

// Reads only the "options" member of `options_field` into `options`.
bool read_lint_options(Reader& reader, const Field& options_field, LintOptions& options);

// The input fields an answer that outgrows its budget names: issues are in
// `text`, unanswered asks come from `job_text`.
struct LintFields {
  std::string text;
  std::string job_text;
};

// {"issues": [...], "stats": {...}} for `text` (UTF-8; invalid bytes are
// read as U+FFFD and counted as one UTF-16 unit each), in an answer of at most
// `budget` bytes of which `used` are taken by the rest of it; a too_large
// error naming one of `fields` when the issues would not fit (and no more are
// kept than could fit, so memory stays bounded too).
Json lint_to_json(std::string_view text, std::string_view job_text, const LintOptions& options, std::size_t budget,
                  const LintFields& fields, std::size_t used = 0);

// The lint part of api::meta: rules, options with defaults and bounds, severities.
Json lint_meta();

}  // namespace gigcheck::proposal
