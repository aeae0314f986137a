// Structure-aware inputs for fuzzing the API up to its limits (issue 22):
// a few bytes describe a large input, so that libFuzzer's mutations of short
// descriptions reach wide objects, long repeated fields, many messages, many
// asks, deep nesting and many values, at and just past every limit of
// docs/limits.md, which byte-level mutation of JSON text never gets near.
//
// A description is: function (1 byte), shape (1 byte), three sizes (2 bytes
// each, scaled to the shape's limit), an option byte, then the snippet: any
// bytes, repeated to fill the texts. Used by fuzz_shapes.cpp and replayed
// from tests/fuzz/regressions/shapes/ by tests/unit/api_bad_input_regressions.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/input/input.h"

namespace gigcheck_fuzz {

struct Shaped {
  std::string function;
  std::string input;
};

namespace shapes_detail {

using nlohmann::json;

constexpr const char* functions[] = {"certify", "risk", "lint", "draft", "timeline", "holidays", "meta"};

// A small valid input per function, the frame every shape fills.
inline json base(std::string_view function) {
  if (function == "certify")
    return {{"platform", "crowdworks"},
            {"stats", {{"jobs_completed", 36}, {"jobs_total", 40}, {"rating", {{"stars", {0, 0, 1, 10, 89}}}}}},
            {"as_of", "2026-11-22"}};
  if (function == "risk") return {{"job", {{"title", "記事作成"}, {"description", "詳しくは公式LINEで。"}}}};
  if (function == "lint") return {{"text", "はじめまして。"}, {"job_text", "経験はありますか？"}};
  if (function == "draft")
    return {{"kind", "application"}, {"fields", {{"name", "佐藤"}}}, {"job_text", "納期はいつですか？"}};
  if (function == "timeline") return {{"situation", "after_delivery"}, {"date", "2026-12-25"}};
  if (function == "holidays") return {{"from", "2026-01-01"}, {"to", "2026-12-31"}};
  return json::object();
}

// The text fields of each function, as JSON pointers.
inline std::vector<std::string> text_fields(std::string_view function) {
  if (function == "risk") return {"/job/description", "/job/title", "/messages/0", "/client/reviews/0", "/messages/1"};
  if (function == "lint") return {"/text", "/job_text"};
  if (function == "draft")
    return {"/fields/self_intro", "/fields/motivation", "/fields/achievements",
            "/fields/skills",     "/fields/portfolio",  "/fields/client_name",
            "/fields/job_title",  "/fields/rate",       "/fields/limits",
            "/fields/questions",  "/job_text"};
  if (function == "timeline") return {"/name", "/client_name", "/subject", "/job_title"};
  return {"/padding"};
}

class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  // 0 … max, from two bytes; the top values land just past `limit` so both sides are reached.
  std::size_t size_up_to(std::size_t limit) {
    std::size_t raw = byte() * 256u + byte();
    if (raw >= 65530) return limit + (raw - 65530);  // limit … limit + 5
    return raw * limit / 65530;
  }
  std::string rest() { return std::string(reinterpret_cast<const char*>(data_ + pos_), size_ - std::min(pos_, size_)); }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// Compact JSON of `value`; invalid UTF-8 in the snippet becomes U+FFFD (dump never throws then).
inline std::string text_of(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// `snippet` repeated to `bytes` bytes (never cutting the last copy's bytes short of a whole copy's worth beyond).
inline std::string repeated(const std::string& snippet, std::size_t bytes) {
  std::string unit = snippet.empty() ? std::string("あ。") : snippet;
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

// `object_text` (an object's JSON) with `members` (already JSON) after its own.
inline std::string with_members(const std::string& object_text, const std::string& members) {
  if (members.empty()) return object_text;
  return object_text.substr(0, object_text.size() - 1) + (object_text == "{}" ? "" : ",") + members + "}";
}

}  // namespace shapes_detail

inline Shaped shape(const std::uint8_t* data, std::size_t size) {
  using namespace shapes_detail;
  namespace limits = gigcheck::limits;
  Bytes in(data, size);
  Shaped out;
  out.function = functions[in.byte() % 7];
  int kind = in.byte() % 7;
  std::size_t a = in.size_up_to(limits::max_values), b = in.size_up_to(limits::max_text_chars), c = in.size_up_to(200);
  std::uint8_t option = in.byte();
  std::string snippet = in.rest();
  json input = base(out.function);
  if (option & 1) input["options"] = {{"max_sentence_length", 1 + option / 2}, {"max_commas", option % 4}};
  std::string members;  // written as text after the object's own, to keep their order
  switch (kind) {
    case 0: {  // a wide object at the top level, keys ascending, descending or interleaved
      std::vector<std::size_t> order(a);
      for (std::size_t i = 0; i < a; ++i) order[i] = option % 3 == 0 ? i : option % 3 == 1 ? a - 1 - i : (i * 7919) % a;
      for (std::size_t i : order)
        members += (members.empty() ? "" : ",") + text_of("k" + std::to_string(i) + snippet.substr(0, 8)) + ":0";
      break;
    }
    case 1:    // one text field, long (the snippet repeated; b characters' worth of bytes, up to 4 per character)
    case 4: {  // every text field long at once
      std::vector<std::string> fields = text_fields(out.function);
      std::size_t n = kind == 1 ? 1 : fields.size();
      std::size_t bytes = b * (1 + option % 4);
      for (std::size_t i = 0; i < n; ++i) {
        std::size_t field = kind == 1 ? option % fields.size() : i;
        input[json::json_pointer(fields[field])] = repeated(snippet, bytes);
      }
      break;
    }
    case 2: {  // many messages and reviews (risk), many list items (draft), many ask lines (others)
      json items = json::array();
      for (std::size_t i = 0; i < c; ++i) items.push_back(repeated(snippet, 1 + (b / 200) % 20000));
      if (out.function == "risk")
        input["messages"] = items, input["client"]["reviews"] = items;
      else if (out.function == "draft")
        input["fields"]["achievements"] = items, input["fields"]["answers"] = items;
      else
        input["padding"] = items;
      break;
    }
    case 3: {  // many asks in the job post, answered or not by the text
      std::string asks;
      std::string ask = (snippet.empty() ? std::string("経験") : snippet.substr(0, 64)) + "はありますか？\n";
      while (asks.size() < b * 3) asks += ask;
      input["job_text"] = asks;
      if (out.function == "draft") input["fields"]["answers"] = json::array({snippet});
      if (out.function == "lint") input["text"] = repeated(snippet, b / 4);
      break;
    }
    case 5: {  // nesting around the limit, arrays and objects as the option bits say
      std::size_t depth = (a % 48) + 1;
      std::string open, close;
      for (std::size_t i = 0; i < depth; ++i) {
        bool object = (option >> (i % 8)) & 1;
        open += object ? "{\"x\":" : "[";
        close.insert(0, object ? "}" : "]");
      }
      members = "\"padding\":" + open + "0" + close;
      break;
    }
    default: {  // many values of mixed kinds in an ignored array
      std::string values;
      const char* kinds[] = {"0", "true", "null", "\"\"", "[]", "{}", "1.5", "-1"};
      for (std::size_t i = 0; i < a; ++i) values += (i ? "," : "") + std::string(kinds[(i + option) % 8]);
      members = "\"padding\":[" + values + "]";
      break;
    }
  }
  out.input = with_members(text_of(input), members);
  if (out.input.size() > limits::max_input_bytes + 16)
    out.input.resize(limits::max_input_bytes + 16);  // past the limit, refused first
  return out;
}

}  // namespace gigcheck_fuzz
