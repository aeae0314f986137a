#include "core/json/json.h"

#include <algorithm>

namespace gigcheck {

namespace {

bool is_key_value_pair(const Json& item) {
  return item.is_array() && item.size() == 2 && item[0].is_string();
}

template <typename Members>  // const or not
auto member_position(Members& members, std::string_view key) {
  return std::lower_bound(members.begin(), members.end(), key,
                          [](const Json::Member& m, std::string_view k) { return m.key < k; });
}

}  // namespace

Json::Json() noexcept = default;
Json::Json(std::nullptr_t) noexcept {}
Json::Json(bool value) noexcept : type_(Type::boolean), boolean_(value) {}
Json::Json(const char* value) : type_(Type::string), text_(value) {}
Json::Json(std::string value) : type_(Type::string), text_(std::move(value)) {}
Json::Json(std::string_view value) : type_(Type::string), text_(value) {}
Json::Json(Type type) noexcept : type_(type) {}
Json::Json(std::string text, Type type) noexcept : type_(type), text_(std::move(text)) {}
Json::Json(const Json& other) = default;
Json::Json(Json&& other) noexcept = default;
Json& Json::operator=(const Json& other) = default;
Json& Json::operator=(Json&& other) noexcept = default;
Json::~Json() = default;

Json::Json(std::initializer_list<Json> items) {
  bool all_pairs = items.size() > 0 && std::all_of(items.begin(), items.end(), is_key_value_pair);
  if (!all_pairs) {
    type_ = Type::array;
    items_.assign(items.begin(), items.end());
    return;
  }
  type_ = Type::object;
  for (const Json& pair : items) (*this)[pair.items_[0].text_] = pair.items_[1];
}

Json Json::array(std::initializer_list<Json> items) {
  Json a(Type::array);
  a.items_.assign(items.begin(), items.end());
  return a;
}

Json Json::number_literal(std::string_view literal) {
  Json n(Type::number);
  n.text_ = literal;
  return n;
}

std::size_t Json::size() const {
  if (type_ == Type::array) return items_.size();
  if (type_ == Type::object) return members_.size();
  return 0;
}

const Json* Json::find(std::string_view key) const {
  if (type_ != Type::object) return nullptr;
  auto it = member_position(members_, key);
  return it != members_.end() && it->key == key ? &it->value : nullptr;
}

const Json& Json::operator[](std::string_view key) const {
  static const Json null_value;
  const Json* found = find(key);
  return found ? *found : null_value;
}

Json& Json::operator[](std::string_view key) {
  if (type_ == Type::null) type_ = Type::object;
  auto it = member_position(members_, key);
  if (it == members_.end() || it->key != key) it = members_.insert(it, Member{std::string(key), Json()});
  return it->value;
}

void Json::push_back(Json value) {
  if (type_ == Type::null) type_ = Type::array;
  items_.push_back(std::move(value));
}

std::string Json::dump() const {
  std::string out;
  write_json(*this, out);
  return out;
}

}  // namespace gigcheck
