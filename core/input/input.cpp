#include "core/input/input.h"

#include <cmath>
#include <limits>
#include <vector>

namespace gigcheck {

Json error_json(const InputError& error) {
  Json body = Json::object();
  body["code"] = error.code;
  body["field"] = error.field;
  body["message"] = error.message;
  return Json{{"error", body}};
}

namespace {

std::string child_path(const std::string& parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return parent + "." + std::string(key);
}

std::string label(const Field& f) { return f.path.empty() ? std::string("入力") : f.path; }

std::size_t count_code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Parses "-12.345", "4.8", "1e-05" into an exact decimal. Returns false when
// the text is not a plain decimal or needs more than `max_places` decimals.
bool parse_decimal(std::string_view s, int max_places, Decimal& out) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  std::string digits;
  int places = 0;
  bool seen_dot = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      if (seen_dot) ++places;
    } else if (c == '.' && !seen_dot) {
      seen_dot = true;
    } else {
      break;
    }
  }
  if (digits.empty()) return false;
  int exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) exp_negative = s[i++] == '-';
    if (i == s.size()) return false;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9' || exponent > 400) return false;
      exponent = exponent * 10 + (s[i] - '0');
    }
    if (exp_negative) exponent = -exponent;
  }
  if (i != s.size()) return false;
  places -= exponent;
  // Drop trailing zeros of the fraction so that "4.80" counts as one place.
  while (places > 0 && digits.size() > 1 && digits.back() == '0') {
    digits.pop_back();
    --places;
  }
  while (places < 0) {
    digits.push_back('0');
    ++places;
    if (digits.size() > 18) return false;
  }
  if (places > max_places) return false;
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos)
    digits = "0";
  else
    digits = digits.substr(first);
  if (digits.size() > 15) return false;  // beyond any value the API needs
  std::int64_t units = 0;
  for (char c : digits) units = units * 10 + (c - '0');
  std::int64_t scale = 1;
  for (int p = 0; p < places; ++p) scale *= 10;
  out.units = negative ? -units : units;
  out.scale = scale;
  return true;
}

// A JSON number as text: an integer as written, a double as its shortest
// round-trip digits (nlohmann's own writer), which are the literal's digits
// because parse_input refuses literals of more than 15 significant digits.
std::string number_text(const Json& v) { return v.dump(); }

// The integer a JSON number stands for: 12, -3, and also 3.0 or 1e3 (which
// some senders write), but not 1.5. Integers above `max` come back as
// max + 1 and below -max as the lowest int64, so the caller reports the
// range; nullopt when not an integer.
std::optional<std::int64_t> integer_value(const Json& v, std::int64_t max) {
  constexpr std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
  if (v.is_number_unsigned()) {
    std::uint64_t u = v.get<std::uint64_t>();
    return u > static_cast<std::uint64_t>(max) ? max + 1 : static_cast<std::int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<std::int64_t>();
  double d = v.get<double>();
  if (d != std::floor(d)) return std::nullopt;
  if (d > static_cast<double>(max)) return max + 1;
  if (d < -static_cast<double>(max)) return lowest;
  return static_cast<std::int64_t>(d);
}

// Significant digits of a number literal's mantissa: 4.80 has 2, 0.0012 has 2.
std::size_t significant_digits(std::string_view literal) {
  std::string_view mantissa = literal.substr(0, literal.find_first_of("eE"));
  std::string digits;
  for (char c : mantissa)
    if (c >= '0' && c <= '9') digits.push_back(c);
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return 0;
  return digits.find_last_not_of('0') - first + 1;
}

enum class ParseFailure { none, syntax, too_deep, too_many_values, too_precise };

// Builds the document from nlohmann's SAX events, checking the limits as it
// goes, so a deep or sprawling input stops at the first value over a limit.
class LimitedBuilder : public nlohmann::json_sax<Json> {
 public:
  Json root;
  ParseFailure failure = ParseFailure::none;
  std::string failure_path;  // where a too-precise number stands

  bool null() override { return add(nullptr); }
  bool boolean(bool value) override { return add(value); }
  bool number_integer(number_integer_t value) override { return add(value); }
  bool number_unsigned(number_unsigned_t value) override { return add(value); }
  bool number_float(number_float_t value, const string_t& literal) override {
    // A double holds every decimal of up to 15 significant digits exactly
    // as written; past that the value read may not be the one sent.
    if (significant_digits(literal) > 15) {
      failure_path = path();
      return fail(ParseFailure::too_precise);
    }
    return add(value);
  }
  bool string(string_t& value) override { return add(std::move(value)); }
  bool binary(binary_t&) override { return fail(ParseFailure::syntax); }
  bool start_object(std::size_t) override { return open(Json::object()); }
  bool key(string_t& key) override {
    keys_.back() = key;
    member_ = &(*stack_.back())[key];
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(Json::array()); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return fail(ParseFailure::syntax);
  }

 private:
  std::vector<Json*> stack_;
  std::vector<std::string> keys_;  // the current key of each open object ("" for arrays)
  Json* member_ = nullptr;         // the slot key() made for the next value
  std::size_t values_ = 0;

  bool fail(ParseFailure why) {
    if (failure == ParseFailure::none) failure = why;
    return false;
  }

  // Places `value` where the document expects it; returns where it went.
  Json* place(Json&& value) {
    if (stack_.empty()) {
      root = std::move(value);
      return &root;
    }
    Json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    *member_ = std::move(value);
    return member_;
  }

  bool add(Json&& value) {
    if (++values_ > limits::max_values) return fail(ParseFailure::too_many_values);
    place(std::move(value));
    return true;
  }

  bool open(Json&& container) {
    if (++values_ > limits::max_values) return fail(ParseFailure::too_many_values);
    if (stack_.size() == static_cast<std::size_t>(limits::max_depth)) return fail(ParseFailure::too_deep);
    stack_.push_back(place(std::move(container)));
    keys_.emplace_back();
    return true;
  }

  bool close() {
    stack_.pop_back();
    keys_.pop_back();
    return true;
  }

  // The dotted path of the value about to be placed, as Reader names fields.
  std::string path() const {
    std::string out;
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i]->is_array()) {
        out += "[" + std::to_string(stack_[i]->size()) + "]";
      } else {
        if (!out.empty()) out += ".";
        out += keys_[i];
      }
    }
    return out;
  }
};

}  // namespace

Reader::Reader(const Json& root) : root_(root) {}

Field Reader::root() const { return Field{&root_, ""}; }

Field Reader::at(const Field& parent, std::string_view key) const {
  Field f{nullptr, child_path(parent.path, key)};
  if (parent.value && parent.value->is_object()) {
    auto it = parent.value->find(std::string(key));
    if (it != parent.value->end()) f.value = &*it;
  }
  return f;
}

Field Reader::item(const Field& parent, std::size_t index) const {
  Field f{nullptr, parent.path + "[" + std::to_string(index) + "]"};
  if (parent.value && parent.value->is_array() && index < parent.value->size()) f.value = &(*parent.value)[index];
  return f;
}

void Reader::fail(std::string code, std::string field, std::string message) {
  if (!error_) error_ = InputError{std::move(code), std::move(field), std::move(message)};
}

bool Reader::missing(const Field& f, bool required) {
  if (f.present()) return false;
  if (required) fail("missing_field", f.path, label(f) + " を入力してください。");
  return true;
}

bool Reader::object(const Field& f, bool required) {
  if (missing(f, required)) return false;
  if (!f.value->is_object()) {
    fail("invalid_field", f.path, label(f) + " はオブジェクト（{…}）で指定してください。");
    return false;
  }
  return true;
}

bool Reader::array(const Field& f, bool required) {
  if (missing(f, required)) return false;
  if (!f.value->is_array()) {
    fail("invalid_field", f.path, label(f) + " は配列（[…]）で指定してください。");
    return false;
  }
  return true;
}

std::optional<std::int64_t> Reader::count(const Field& f, bool required, std::int64_t min, std::int64_t max) {
  if (missing(f, required)) return std::nullopt;
  std::optional<std::int64_t> n = f.value->is_number() ? integer_value(*f.value, max) : std::nullopt;
  if (!n) {
    fail("invalid_field", f.path, label(f) + " は整数で入力してください。");
    return std::nullopt;
  }
  if (*n < min || *n > max) {
    fail("invalid_field", f.path,
         label(f) + " は " + std::to_string(min) + " 以上 " + std::to_string(max) + " 以下の整数で入力してください。");
    return std::nullopt;
  }
  return n;
}

std::optional<bool> Reader::boolean(const Field& f, bool required) {
  if (missing(f, required)) return std::nullopt;
  if (!f.value->is_boolean()) {
    fail("invalid_field", f.path, label(f) + " は true か false で指定してください。");
    return std::nullopt;
  }
  return f.value->get<bool>();
}

std::optional<std::string> Reader::text(const Field& f, bool required, std::size_t max_chars) {
  if (missing(f, required)) return std::nullopt;
  if (!f.value->is_string()) {
    fail("invalid_field", f.path, label(f) + " は文字列で指定してください。");
    return std::nullopt;
  }
  const std::string& s = f.value->get_ref<const std::string&>();
  if (s.size() > max_chars && count_code_points(s) > max_chars) {
    fail("too_large", f.path, label(f) + " が長すぎます（" + std::to_string(max_chars) + " 文字まで）。");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> Reader::choice(const Field& f, std::initializer_list<const char*> choices, bool required) {
  auto s = text(f, required, 64);
  if (!s) return std::nullopt;
  std::string list;
  for (const char* c : choices) {
    if (*s == c) return s;
    list += list.empty() ? "" : " / ";
    list += c;
  }
  fail("invalid_field", f.path, label(f) + " は " + list + " のいずれかで指定してください。");
  return std::nullopt;
}

std::optional<Decimal> Reader::decimal(const Field& f, int max_places, bool required) {
  if (missing(f, required)) return std::nullopt;
  const Json& v = *f.value;
  Decimal d;
  // A number is read from its literal exactly as written (4.79 is 479/100);
  // a numeric string too, as forms send them.
  bool ok = v.is_number() ? parse_decimal(number_text(v), max_places, d)
                          : v.is_string() && v.get_ref<const std::string&>().size() <= 32 &&
                                parse_decimal(v.get_ref<const std::string&>(), max_places, d);
  if (!ok) {
    fail("invalid_field", f.path,
         label(f) + " は小数点以下 " + std::to_string(max_places) + " 桁までの数値で入力してください。");
    return std::nullopt;
  }
  return d;
}

InputError input_too_large() {
  return {"too_large", "", "入力が大きすぎます（" + std::to_string(limits::max_input_bytes / (1024 * 1024)) + " MB まで）。"};
}

InputError unreadable_json() {
  return {"invalid_json", "", "入力を JSON として読めませんでした（書式の誤りか、不正な UTF-8 が含まれています）。"};
}

std::optional<Json> parse_input(std::string_view text, std::optional<InputError>& error) {
  if (text.size() > limits::max_input_bytes) {
    error = input_too_large();
    return std::nullopt;
  }
  LimitedBuilder builder;
  bool ok = Json::sax_parse(text, &builder, nlohmann::json::input_format_t::json, /*strict=*/true,
                            /*ignore_comments=*/false);
  switch (ok ? ParseFailure::none : builder.failure) {
    case ParseFailure::none:
      break;
    case ParseFailure::too_deep:
      error =
          InputError{"too_deep", "", "入力の入れ子が深すぎます（" + std::to_string(limits::max_depth) + " 段まで）。"};
      return std::nullopt;
    case ParseFailure::too_many_values:
      error =
          InputError{"too_large", "", "入力の項目が多すぎます（" + std::to_string(limits::max_values) + " 個まで）。"};
      return std::nullopt;
    case ParseFailure::too_precise:
      error = InputError{"invalid_field", builder.failure_path,
                         (builder.failure_path.empty() ? std::string("入力") : builder.failure_path) +
                             " の数値は有効数字 15 桁までで入力してください。"};
      return std::nullopt;
    case ParseFailure::syntax:
      error = unreadable_json();
      return std::nullopt;
  }
  std::optional<Json> parsed(std::move(builder.root));
  if (!parsed->is_object()) {
    error = InputError{"invalid_json", "", "入力は JSON オブジェクト（{…}）で指定してください。"};
    return std::nullopt;
  }
  return parsed;
}

std::string to_text(const Json& value) {
  return value.dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

}  // namespace gigcheck
