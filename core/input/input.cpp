#include "core/input/input.h"

#include <limits>

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
  if (first == std::string::npos) digits = "0";
  else digits = digits.substr(first);
  if (digits.size() > 15) return false;  // beyond any value the API needs
  std::int64_t units = 0;
  for (char c : digits) units = units * 10 + (c - '0');
  std::int64_t scale = 1;
  for (int p = 0; p < places; ++p) scale *= 10;
  out.units = negative ? -units : units;
  out.scale = scale;
  return true;
}

// The integer a JSON number literal stands for: "12", "-3", and also "3.0" or
// "1e3" (which some senders write), but not "1.5". Integers above `max` come
// back as max + 1, so the caller reports the range; nullopt when not an integer.
std::optional<std::int64_t> integer_value(std::string_view literal, std::int64_t max) {
  bool plain = literal.find_first_of(".eE") == std::string_view::npos;
  if (plain && literal.size() > 15)  // beyond any count; say so as a range
    return literal[0] == '-' ? std::numeric_limits<std::int64_t>::min() : max + 1;
  Decimal d;
  if (!parse_decimal(literal, 0, d)) return std::nullopt;
  return d.units;
}

}  // namespace

Reader::Reader(const Json& root) : root_(root) {}

Field Reader::root() const { return Field{&root_, ""}; }

Field Reader::at(const Field& parent, std::string_view key) const {
  Field f{nullptr, child_path(parent.path, key)};
  if (parent.value) f.value = parent.value->find(key);
  return f;
}

Field Reader::item(const Field& parent, std::size_t index) const {
  Field f{nullptr, parent.path + "[" + std::to_string(index) + "]"};
  if (parent.value && parent.value->is_array() && index < parent.value->size())
    f.value = &parent.value->items()[index];
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

std::optional<std::int64_t> Reader::count(const Field& f, bool required, std::int64_t min,
                                          std::int64_t max) {
  if (missing(f, required)) return std::nullopt;
  std::optional<std::int64_t> n = f.value->is_number() ? integer_value(f.value->text(), max) : std::nullopt;
  if (!n) {
    fail("invalid_field", f.path, label(f) + " は整数で入力してください。");
    return std::nullopt;
  }
  if (*n < min || *n > max) {
    fail("invalid_field", f.path,
         label(f) + " は " + std::to_string(min) + " 以上 " + std::to_string(max) +
             " 以下の整数で入力してください。");
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
  return f.value->boolean();
}

std::optional<std::string> Reader::text(const Field& f, bool required, std::size_t max_chars) {
  if (missing(f, required)) return std::nullopt;
  if (!f.value->is_string()) {
    fail("invalid_field", f.path, label(f) + " は文字列で指定してください。");
    return std::nullopt;
  }
  const std::string& s = f.value->text();
  if (s.size() > max_chars && count_code_points(s) > max_chars) {
    fail("too_large", f.path,
         label(f) + " が長すぎます（" + std::to_string(max_chars) + " 文字まで）。");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> Reader::choice(const Field& f, std::initializer_list<const char*> choices,
                                          bool required) {
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
  bool ok = (v.is_number() || (v.is_string() && v.text().size() <= 32)) &&
            parse_decimal(v.text(), max_places, d);
  if (!ok) {
    fail("invalid_field", f.path,
         label(f) + " は小数点以下 " + std::to_string(max_places) + " 桁までの数値で入力してください。");
    return std::nullopt;
  }
  return d;
}

std::optional<Json> parse_input(std::string_view text, std::optional<InputError>& error) {
  if (text.size() > limits::max_input_bytes) {
    error = InputError{"too_large", "",
                       "入力が大きすぎます（" + std::to_string(limits::max_input_bytes / (1024 * 1024)) +
                           " MB まで）。"};
    return std::nullopt;
  }
  JsonError why = JsonError::none;
  std::optional<Json> parsed = parse_json(text, {limits::max_depth, limits::max_values}, &why);
  if (why == JsonError::too_deep) {
    error = InputError{"too_deep", "", "入力の入れ子が深すぎます。"};
    return std::nullopt;
  }
  if (why == JsonError::too_many_values) {
    error = InputError{"too_large", "",
                       "入力の項目が多すぎます（" + std::to_string(limits::max_values) + " 個まで）。"};
    return std::nullopt;
  }
  if (!parsed) {
    error = InputError{"invalid_json", "",
                       "入力を JSON として読めませんでした（書式の誤りか、不正な UTF-8 が含まれています）。"};
    return std::nullopt;
  }
  if (!parsed->is_object()) {
    error = InputError{"invalid_json", "", "入力は JSON オブジェクト（{…}）で指定してください。"};
    return std::nullopt;
  }
  return parsed;
}

}  // namespace gigcheck
