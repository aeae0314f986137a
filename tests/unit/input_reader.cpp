// Reader and parse_input: the first line of defence against bad input.
#include <doctest/doctest.h>

#include "core/input/input.h"

using namespace gigcheck;

namespace {

// A document the tests know to be valid.
Json parse(std::string_view text) {
  std::optional<InputError> error;
  std::optional<Json> parsed = parse_input(text, error);
  REQUIRE_MESSAGE(parsed, text);
  return *parsed;
}

std::optional<Decimal> read_decimal(const char* text, int places) {
  Json doc = parse(std::string("{\"v\": ") + text + "}");
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
  CHECK(read_decimal("4.795", 3)->units == 4795);
}

TEST_CASE("a decimal reads the same however the number is spelled") {
  for (const char* spelling : {"4.8", "4.80", "48e-1", "0.48e1", "4.800000000000", "\"4.8\""}) {
    auto d = read_decimal(spelling, 2);
    REQUIRE_MESSAGE(d, spelling);
    CHECK_MESSAGE(d->units == 48, spelling);
    CHECK_MESSAGE(d->scale == 10, spelling);
  }
  auto one = read_decimal("1e0", 2);
  REQUIRE(one);
  CHECK(one->units == 1);
  CHECK(one->scale == 1);
  auto small = read_decimal("1e-2", 2);
  REQUIRE(small);
  CHECK(small->units == 1);
  CHECK(small->scale == 100);
  // 15 significant digits are exact in a double: the decimal is the one written.
  auto fifteen = read_decimal("4.79999999999999", 14);
  REQUIRE(fifteen);
  CHECK(fifteen->units == 479999999999999);
}

TEST_CASE("a number of more than 15 significant digits is refused with its field") {
  std::optional<InputError> error;
  CHECK_FALSE(parse_input(R"({"stats": {"rating": {"average": 4.7999999999999999}}})", error));
  REQUIRE(error);
  CHECK(error->code == "invalid_field");
  CHECK(error->field == "stats.rating.average");
  CHECK(error->message.find("15") != std::string::npos);
  error.reset();
  CHECK_FALSE(parse_input(R"({"a": [1, 2, 0.1234567890123456]})", error));
  CHECK(error->field == "a[2]");
  // Integers are exact however long; trailing zeros are not significant.
  CHECK(parse_input(R"({"a": 12345678901234567890, "b": 1.000000000000000000000})", error));
  CHECK_FALSE(read_decimal("\"4,79\"", 2));
  CHECK_FALSE(read_decimal("\"\"", 2));
  CHECK_FALSE(read_decimal("true", 2));
}

TEST_CASE("counts reject negatives, fractions, strings and values past the limit") {
  Json doc = parse(
      R"({"ok": 3, "float_whole": 3.0, "neg": -1, "frac": 0.5, "str": "3", "big": 1000000000001, "huge": 18446744073709551615})");
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
  Json doc = parse(R"({"stats": {"rating": {"stars": [1, "x", -1]}}})");
  Reader in(doc);
  Field stars = in.at(in.at(in.at(in.root(), "stats"), "rating"), "stars");
  in.count(in.item(stars, 1));
  in.count(in.item(stars, 2));
  CHECK(in.error().field == "stats.rating.stars[1]");
  CHECK(in.error().code == "invalid_field");
}

TEST_CASE("absent optional fields are not errors; absent required ones are") {
  Json doc = parse(R"({"a": null})");
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
  CHECK(parse_error("{\"a\": \"\xff\xfe\"}") == "invalid_json");  // invalid UTF-8
  CHECK(parse_error("{\"a\": \"\\ud800\"}") == "invalid_json");   // lone surrogate escape
  CHECK(parse_error("{\"a\": 1.8e308}") == "invalid_json");       // beyond a double
  CHECK(parse_error("{\"a\": -1e309}") == "invalid_json");
  CHECK(parse_error("{\"a\": 01}") == "invalid_json");  // strict RFC 8259
  CHECK(parse_error("{\"a\": 1,}") == "invalid_json");
  CHECK(parse_error("{\"a\": 1} // comment") == "invalid_json");
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
