// Reading untrusted JSON input without exceptions: every accessor checks the
// type and range, and the first problem found becomes the error object that
// api.md promises ({"error": {"code", "field", "message"}}).
//
// nlohmann/json is the JSON layer (../shared/api.md). The core is built
// without exceptions, where nlohmann's throwing paths abort, so the core only
// uses what cannot throw: parse_input (a SAX builder, never json::parse with
// exceptions), find/contains before reading, get<> after a type check, and
// to_text for writing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gigcheck {

using Json = nlohmann::json;

namespace limits {
// Counts above this are rejected; it keeps every product in the exact math
// far inside 64 bits (see docs/limits.md).
constexpr std::int64_t max_count = 1'000'000'000'000;  // 10^12
// Characters (code points) accepted in one text field.
constexpr std::size_t max_text_chars = 200'000;
// Bytes of JSON accepted by one call.
constexpr std::size_t max_input_bytes = 4 * 1024 * 1024;
// Nesting depth of arrays/objects accepted by one call.
constexpr int max_depth = 32;
// JSON values of any kind, containers included, accepted by one call: far
// above any real input, it bounds the parsed tree's memory.
constexpr std::size_t max_values = 100'000;
// Characters read as a date ("2026-11-22"): longer text is a malformed date
// (invalid_field), not a text too long.
constexpr std::size_t max_date_chars = 64;
// Every answer is bounded by the text it reads: at most
// answer_bytes_per_text_byte bytes of JSON per byte of the input's texts, plus
// answer_base_bytes, and never more than max_answer_bytes. A result that would
// be larger is answered with too_large naming the field that made it grow
// (docs/limits.md); only lint issues (and so drafts) can grow that far.
constexpr std::size_t answer_bytes_per_text_byte = 8;
constexpr std::size_t answer_base_bytes = 256 * 1024;
constexpr std::size_t max_answer_bytes = 16 * 1024 * 1024;
constexpr std::size_t answer_budget(std::size_t text_bytes) {
  return text_bytes > (max_answer_bytes - answer_base_bytes) / answer_bytes_per_text_byte
             ? max_answer_bytes
             : text_bytes * answer_bytes_per_text_byte + answer_base_bytes;
}
}  // namespace limits

struct InputError {
  std::string code;     // invalid_json, invalid_field, missing_field, too_large, ...
  std::string field;    // dotted path, e.g. "stats.jobs_total"; empty for the whole input
  std::string message;  // Japanese, for the user
};

Json error_json(const InputError& error);

// A decimal number exactly as written: 4.79 is {479, 100}.
struct Decimal {
  std::int64_t units = 0;  // value * scale
  std::int64_t scale = 1;  // a power of ten
};

// A value inside the input together with its path, for error messages.
struct Field {
  const Json* value = nullptr;  // nullptr when absent
  std::string path;
  bool present() const { return value != nullptr && !value->is_null(); }
};

class Reader {
 public:
  explicit Reader(const Json& root);

  Field root() const;
  // The member `key` of an object field; absent when the parent is absent.
  Field at(const Field& parent, std::string_view key) const;
  Field item(const Field& parent, std::size_t index) const;

  // Each accessor returns nullopt and records an error when the value is
  // present but invalid, or absent while required.
  bool object(const Field& f, bool required = true);
  bool array(const Field& f, bool required = true);
  std::optional<std::int64_t> count(const Field& f, bool required = true, std::int64_t min = 0,
                                    std::int64_t max = limits::max_count);
  std::optional<bool> boolean(const Field& f, bool required = true);
  std::optional<std::string> text(const Field& f, bool required = true, std::size_t max_chars = limits::max_text_chars);
  // A string that must be one of `choices`.
  std::optional<std::string> choice(const Field& f, std::initializer_list<const char*> choices, bool required = true);
  // A number (or numeric string) with at most `max_places` decimals.
  std::optional<Decimal> decimal(const Field& f, int max_places, bool required = true);

  void fail(std::string code, std::string field, std::string message);
  bool failed() const { return error_.has_value(); }
  const InputError& error() const { return *error_; }

 private:
  bool missing(const Field& f, bool required);
  const Json& root_;
  std::optional<InputError> error_;
};

// Parse a whole call's input: size limit, nesting and value limits, UTF-8,
// syntax, and numbers that a double cannot hold exactly (more than 15
// significant digits, or beyond its range). Limits are checked while reading,
// so a deep or sprawling input stops early. Never throws; on failure `error`
// is set.
std::optional<Json> parse_input(std::string_view text, std::optional<InputError>& error);
// The errors parse_input answers for an input over limits::max_input_bytes and
// for one that is not JSON or not UTF-8.
InputError input_too_large();
InputError unreadable_json();

// Compact JSON text of an answer; any invalid UTF-8 in a string is written as
// U+FFFD, so an answer is always valid UTF-8 (and writing cannot fail).
std::string to_text(const Json& value);

}  // namespace gigcheck
