// gigcheck's own JSON value, reader and writer: the door every API call goes
// through. It replaces a general-purpose library in the core because a call's
// cost and the WebAssembly module's size were both mostly that library's
// (docs/architecture.md, "JSON"). It does only what the API needs:
// - parse: strict RFC 8259, UTF-8 checked in bulk, never throws;
// - numbers kept as the literal text the caller wrote, so 4.79 can be read
//   back exactly as 479/100 (see Reader::decimal);
// - objects keep their keys sorted, so answers come out in one stable order;
// - dump: compact, non-ASCII as UTF-8, any invalid UTF-8 replaced by U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace gigcheck {

class Json {
 public:
  enum class Type : std::uint8_t { null, boolean, number, string, array, object };
  struct Member;

  // Copying, moving and building are out of line on purpose: inlined at each
  // of the API's many call sites they tripled the WebAssembly code size.
  Json() noexcept;
  Json(std::nullptr_t) noexcept;
  Json(bool value) noexcept;
  template <typename Integer,
            typename = std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>>>
  Json(Integer value) : Json(std::to_string(value), Type::number) {}
  Json(const char* value);
  Json(std::string value);
  Json(std::string_view value);
  Json(const Json& other);
  Json(Json&& other) noexcept;
  Json& operator=(const Json& other);
  Json& operator=(Json&& other) noexcept;
  ~Json();
  // {{"key", value}, ...} makes an object, any other list an array; the same
  // convention as nlohmann/json, which the API code was first written with.
  // The items are copied (an initializer_list is const): use it for small
  // values, and operator[] with std::move for large ones.
  Json(std::initializer_list<Json> items);

  static Json object() { return Json(Type::object); }
  static Json array() { return Json(Type::array); }
  static Json array(std::initializer_list<Json> items);
  // A number from its JSON literal, e.g. "-4.79" (the parser's use).
  static Json number_literal(std::string_view literal);

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::null; }
  bool is_boolean() const { return type_ == Type::boolean; }
  bool is_number() const { return type_ == Type::number; }
  bool is_string() const { return type_ == Type::string; }
  bool is_array() const { return type_ == Type::array; }
  bool is_object() const { return type_ == Type::object; }

  bool boolean() const { return boolean_; }
  // The string's value, or a number's literal text.
  const std::string& text() const { return text_; }

  // Array items or object members; 0 for other types.
  std::size_t size() const;
  bool empty() const { return size() == 0; }
  const std::vector<Json>& items() const { return items_; }
  const std::vector<Member>& members() const { return members_; }

  // The member `key`, or nullptr when absent or when this is not an object.
  const Json* find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // Reading: the member, or a null value when absent.
  const Json& operator[](std::string_view key) const;
  // Writing: turns null into an object and adds the member when absent.
  Json& operator[](std::string_view key);
  const Json& operator[](std::size_t index) const { return items_[index]; }
  // Turns null into an array.
  void push_back(Json value);

  // True when this is the string `s`.
  bool operator==(std::string_view s) const { return type_ == Type::string && text_ == s; }
  bool operator!=(std::string_view s) const { return !(*this == s); }
  bool operator==(const char* s) const { return *this == std::string_view(s); }
  bool operator!=(const char* s) const { return !(*this == std::string_view(s)); }

  // Compact JSON text.
  std::string dump() const;

 private:
  explicit Json(Type type) noexcept;
  Json(std::string text, Type type) noexcept;

  Type type_ = Type::null;
  bool boolean_ = false;
  std::string text_;
  std::vector<Json> items_;
  std::vector<Member> members_;  // sorted by key
};

struct Json::Member {
  std::string key;
  Json value;
};

// Why a text was refused.
enum class JsonError { none, syntax, too_deep, too_many_values };

struct JsonLimits {
  int max_depth = 64;                   // arrays and objects inside each other
  std::size_t max_values = SIZE_MAX;    // values of any kind, containers included
};

// Parses one JSON text; nullopt when it is not valid JSON (syntax, invalid
// UTF-8, lone surrogate escapes) or exceeds a limit, with the reason in
// `error` when given. Limits are checked as the text is read, so deep or
// sprawling input is refused before it is built.
std::optional<Json> parse_json(std::string_view text, JsonLimits limits = {}, JsonError* error = nullptr);

// Appends the compact JSON text of `value` to `out`.
void write_json(const Json& value, std::string& out);

}  // namespace gigcheck
