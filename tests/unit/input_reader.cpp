// Reader and parse_input: the first line of defence against bad input.
#include <doctest/doctest.h>

#include "core/input/input.h"

using namespace gigcheck;

namespace {

std::optional<Decimal> read_decimal(const char* text, int places) {
  Json doc = *parse_json(std::string("{\"v\": ") + text + "}");
  Reader in(doc);
  return in.decimal(in.at(in.root(), "v"), places);
}

std::string parse_error(std::string_view text) {
  std::optional<InputError> error;
  auto parsed = parse_input(text, error);
  CHECK_FALSE(parsed.has_value());
  return error ? error->code : "";
}

}  // namespace

TEST_CASE("decimals are read exactly as written") {
  auto d = read_decimal("4.79", 2);
  REQUIRE(d);
  CHECK(d->units == 479);
  CHECK(d->scale == 100);
  d = read_decimal("4.80", 2);
  REQUIRE(d);
  CHECK(d->units == 48);  // trailing zeros do not count as places
  CHECK(d->scale == 10);
  d = read_decimal("\"12.5\"", 4);
  REQUIRE(d);
  CHECK(d->units == 125);
  d = read_decimal("5", 2);
  REQUIRE(d);
  CHECK(d->units == 5);
  CHECK(d->scale == 1);
  CHECK_FALSE(read_decimal("4.795", 2));
  CHECK_FALSE(read_decimal("\"4,79\"", 2));
  CHECK_FALSE(read_decimal("\"\"", 2));
  CHECK_FALSE(read_decimal("true", 2));
}

TEST_CASE("counts reject negatives, fractions, strings and values past the limit") {
  Json doc = *parse_json(R"({"ok": 3, "float_whole": 3.0, "neg": -1, "frac": 0.5, "str": "3", "big": 1000000000001, "huge": 18446744073709551615})");
  Reader in(doc);
  auto at = [&](const char* key) { return in.at(in.root(), key); };
  CHECK(in.count(at("ok")) == 3);
  CHECK(in.count(at("float_whole")) == 3);
  CHECK_FALSE(in.failed());
  for (const char* key : {"neg", "frac", "str", "big", "huge"}) {
    Reader fresh(doc);
    CHECK_FALSE(fresh.count(fresh.at(fresh.root(), key)));
    CHECK(fresh.error().field == key);
  }
}

TEST_CASE("the first error wins and names a nested path") {
  Json doc = *parse_json(R"({"stats": {"rating": {"stars": [1, "x", -1]}}})");
  Reader in(doc);
  Field stars = in.at(in.at(in.at(in.root(), "stats"), "rating"), "stars");
  in.count(in.item(stars, 1));
  in.count(in.item(stars, 2));
  CHECK(in.error().field == "stats.rating.stars[1]");
  CHECK(in.error().code == "invalid_field");
}

TEST_CASE("absent optional fields are not errors; absent required ones are") {
  Json doc = *parse_json(R"({"a": null})");
  Reader in(doc);
  CHECK_FALSE(in.count(in.at(in.root(), "a"), false));
  CHECK_FALSE(in.text(in.at(in.root(), "b"), false));
  CHECK_FALSE(in.failed());
  CHECK_FALSE(in.text(in.at(in.root(), "b")));
  CHECK(in.error().code == "missing_field");
}

TEST_CASE("text longer than the limit is too_large, counted in characters not bytes") {
  std::string japanese;
  for (int i = 0; i < 1000; ++i) japanese += "あ";  // 3000 bytes, 1000 characters
  Json doc = {{"t", japanese}};
  Reader in(doc);
  CHECK(in.text(in.at(in.root(), "t"), true, 1000));
  CHECK_FALSE(in.text(in.at(in.root(), "t"), true, 999));
  CHECK(in.error().code == "too_large");
}

TEST_CASE("parse_input refuses what is not a JSON object") {
  CHECK(parse_error("") == "invalid_json");
  CHECK(parse_error("not json") == "invalid_json");
  CHECK(parse_error("{\"a\": 1} trailing") == "invalid_json");
  CHECK(parse_error("[1, 2]") == "invalid_json");
  CHECK(parse_error("\"text\"") == "invalid_json");
  CHECK(parse_error("{\"a\": \"\xff\xfe\"}") == "invalid_json");        // invalid UTF-8
  CHECK(parse_error("{\"a\": \"\\ud800\"}") == "invalid_json");         // lone surrogate escape
  CHECK(parse_error(std::string(40, '[') + std::string(40, ']')) == "too_deep");
  CHECK(parse_error(std::string(limits::max_input_bytes + 1, ' ')) == "too_large");
  std::optional<InputError> error;
  CHECK(parse_input("{\"brackets in a string\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}", error));
}

TEST_CASE("parse_input refuses more values than max_values, however shallow") {
  std::string many = "{\"a\": [";
  for (std::size_t i = 0; i < limits::max_values; ++i) many += "0,";
  many += "0]}";
  CHECK(parse_error(many) == "too_large");
  std::optional<InputError> error;
  CHECK(parse_input("{\"a\": [0, 0, 0], \"text\": \"a, b, c, d\"}", error));  // commas in strings do not count
}
