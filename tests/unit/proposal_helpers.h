// Helpers for the proposal tests: call lint/draft through the C++ door and
// pick issues of one rule; slice by UTF-16 offsets as JavaScript would.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/api/api.h"
#include "json_door.h"
#include "core/text/utf8.h"

namespace proposal_test {

using nlohmann::json;

inline json lint(const std::string& text, const std::string& job = "", json options = json::object()) {
  json input = {{"text", text}, {"options", options}};
  if (!job.empty()) input["job_text"] = job;
  return json_door::call(gigcheck::api::lint, input);
}

inline std::vector<json> issues_of(const json& output, const std::string& rule) {
  std::vector<json> out;
  if (!output.contains("issues")) return out;
  for (const json& issue : output["issues"])
    if (issue["rule"] == rule) out.push_back(issue);
  return out;
}

inline std::size_t count_of(const json& output, const std::string& rule) { return issues_of(output, rule).size(); }

// String.prototype.slice(start, end) on the UTF-16 form of `text`.
inline std::string slice16(const std::string& text, std::uint32_t start, std::uint32_t end) {
  gigcheck::text::Decoded d = gigcheck::text::decode(text);
  std::u32string out;
  for (std::size_t i = 0; i < d.chars.size(); ++i)
    if (d.utf16_at[i] >= start && d.utf16_at[i] < end) out.push_back(d.chars[i]);
  return gigcheck::text::to_utf8(out);
}

inline std::string span_text(const std::string& text, const json& issue) {
  return slice16(text, issue["start"].get<std::uint32_t>(), issue["end"].get<std::uint32_t>());
}

// A polite application with greeting and closing, with `body` in the middle.
inline std::string application(const std::string& body) {
  return "はじめまして。佐藤花子と申します。\n" + body + "\nご検討のほど、よろしくお願いいたします。";
}

}  // namespace proposal_test
