// Shared by the bad-input tests: where the hardening data lives and how a
// case of tests/fuzz/bad_input_cases.json becomes the bytes of one call.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "core/text/utf8.h"

namespace bad_input {

using nlohmann::json;

// tests/fuzz/, found from this file's path (CMake compiles with absolute paths).
inline std::filesystem::path fuzz_dir() { return std::filesystem::path(__FILE__).parent_path().parent_path() / "fuzz"; }

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Parses without exceptions; a discarded value when the text is not JSON.
inline json parse(const std::string& text) { return json::parse(text, nullptr, /*allow_exceptions=*/false); }

inline std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A realistic Japanese line (30 characters) repeated up to `chars` characters.
inline std::string japanese_text(std::size_t chars) {
  const std::u32string line = U"はじめまして、佐藤と申します。記事作成の経験が5年あります。\n";
  std::u32string out;
  while (out.size() < chars) out += line;
  out.resize(chars);
  return gigcheck::text::to_utf8(out);
}

inline int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The case's input: "text" as is, "json" serialized compactly, or "parts"
// concatenated ([string, times] repeats a string, {"hex": "ff"} adds bytes).
inline std::string input_of(const json& c) {
  if (c.contains("text") && c["text"].is_string()) return c["text"].get<std::string>();
  if (c.contains("json")) return c["json"].dump();
  std::string out;
  if (!c.contains("parts") || !c["parts"].is_array()) return out;
  for (const json& part : c["parts"]) {
    if (part.is_array() && part.size() == 2 && part[0].is_string() && part[1].is_number_unsigned()) {
      const auto& s = part[0].get_ref<const std::string&>();
      for (std::uint64_t i = 0, n = part[1].get<std::uint64_t>(); i < n; ++i) out += s;
    } else if (part.is_object() && part.contains("hex") && part["hex"].is_string()) {
      const auto& hex = part["hex"].get_ref<const std::string&>();
      for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<char>(hex_digit(hex[i]) * 16 + hex_digit(hex[i + 1])));
    }
  }
  return out;
}

}  // namespace bad_input
