// Text pasted straight from a job page carries the page's own fields:
// "募集人数 50名", "本人確認 未提出", "評価 3.2（12件）". They are read here and
// fill the optional input fields the user left empty (docs/risk.md, "Pasted
// pages"). Each label is one row; its value follows after blanks, ':' or '|'.
#include "core/risk/risk.h"

namespace gigcheck::risk {

namespace {

using text::is_ascii_digit;

enum class PageField { hires, identity, rating };

struct PageLabel {
  std::u32string_view text;  // normalized form (core/text/normalize.h)
  PageField field;
};

constexpr PageLabel page_labels[] = {
    {U"募集人数", PageField::hires},
    {U"採用予定人数", PageField::hires},
    {U"採用人数", PageField::hires},
    {U"hires wanted", PageField::hires},
    {U"number of hires", PageField::hires},
    {U"本人確認", PageField::identity},
    {U"identity verification", PageField::identity},
    {U"identity verified", PageField::identity},
    {U"id verified", PageField::identity},
    {U"総合評価", PageField::rating},
    {U"クライアント評価", PageField::rating},
    {U"評価", PageField::rating},
    {U"rating", PageField::rating},
};

// What an identity field says: not done / done.
struct IdentityValue {
  std::u32string_view text;
  bool verified;
};
constexpr IdentityValue identity_values[] = {
    {U"未提出", false},       {U"未確認", false},     {U"未認証", false},  {U"未完了", false}, {U"なし", false},
    {U"not verified", false}, {U"unverified", false}, {U"no", false},      {U"済", true},      {U"提出済", true},
    {U"確認済", true},        {U"認証済", true},      {U"verified", true}, {U"yes", true},
};

constexpr std::size_t max_gap = 4;  // blanks and separators between a label and its value

bool is_gap(char32_t c) { return c == U' ' || c == U':' || c == U'|' || c == U'/' || c == U'='; }

// A label counts at the start of a line (after a bullet or 【…】) and when a value follows it.
bool at_line_start(std::u32string_view s, std::size_t at) {
  std::size_t k = at;
  while (k > 0 && (s[k - 1] == U' ' || s[k - 1] == U'・' || s[k - 1] == U'■' || s[k - 1] == U'●' || s[k - 1] == U'-' ||
                   s[k - 1] == U'*' || s[k - 1] == U'【' || s[k - 1] == U'[' || s[k - 1] == U'/'))
    --k;
  return k == 0 || s[k - 1] == U'\n' || s[k - 1] == U'|' || s[k - 1] == U'/' || s[k - 1] == U'】';
}

std::size_t skip_gap(std::u32string_view s, std::size_t i) {
  std::size_t start = i;
  if (i < s.size() && s[i] == U'】') ++i;
  while (i < s.size() && i - start < max_gap && is_gap(s[i])) ++i;
  return i;
}

// Digits with an optional decimal part, in 1/100.
std::optional<std::int64_t> read_centi(std::u32string_view s, std::size_t& i) {
  if (i >= s.size() || !is_ascii_digit(s[i])) return std::nullopt;
  std::int64_t whole = 0;
  for (; i < s.size() && (is_ascii_digit(s[i]) || (s[i] == U',' && i + 1 < s.size() && is_ascii_digit(s[i + 1]))); ++i)
    if (s[i] != U',' && whole < 1'000'000'000) whole = whole * 10 + (s[i] - U'0');
  std::int64_t fraction = 0;
  int places = 0;
  if (i + 1 < s.size() && s[i] == U'.' && is_ascii_digit(s[i + 1]))
    for (++i; i < s.size() && is_ascii_digit(s[i]); ++i)
      if (places < 2) fraction = fraction * 10 + (s[i] - U'0'), ++places;
  while (places < 2) fraction *= 10, ++places;
  return whole * 100 + fraction;
}

void read_value(Context& c, const Doc& d, std::size_t label_begin, std::size_t at, PageField field) {
  std::u32string_view s = d.norm.chars;
  auto fact = [&](std::size_t end) {
    return PageFact{d.order, static_cast<std::uint32_t>(label_begin), static_cast<std::uint32_t>(end)};
  };
  switch (field) {
    case PageField::hires: {
      std::size_t i = at;
      auto n = read_centi(s, i);
      if (!n || *n % 100 != 0 || i >= s.size() || (s[i] != U'名' && s[i] != U'人')) return;
      if (!c.hires_planned) {
        c.hires_planned = *n / 100;
        c.hires_fact = fact(i + 1);
      }
      return;
    }
    case PageField::identity:
      for (const IdentityValue& v : identity_values) {
        if (!text::matches_at(s, at, v.text)) continue;
        if (!c.identity_verified) {
          c.identity_verified = v.verified;
          c.identity_fact = fact(at + v.text.size());
        }
        return;
      }
      return;
    case PageField::rating: {
      std::size_t i = at;
      auto r = read_centi(s, i);
      if (!r || *r > 500 || *r < 100) return;
      std::size_t end = i;
      std::optional<std::int64_t> count;
      // "3.2（12件）", "4.1 (8 reviews)"
      std::size_t k = i;
      while (k < s.size() && k - i < 3 && (s[k] == U' ' || s[k] == U'(' || s[k] == U'/')) ++k;
      if (auto n = read_centi(s, k); n && *n % 100 == 0) {
        std::size_t after = k;
        while (after < s.size() && s[after] == U' ') ++after;
        if (text::matches_at(s, after, U"件") || text::matches_at(s, after, U"review") ||
            text::matches_at(s, after, U"rating")) {
          count = *n / 100;
          end = after + 1;
          while (end < s.size() && s[end] != U')' && s[end] != U'\n' && end - after < 10) ++end;
          if (end < s.size() && s[end] == U')') ++end;
        }
      }
      if (!c.rating_centi) {
        c.rating_centi = *r;
        c.rating_fact = fact(end);
        if (!c.rating_count && count) c.rating_count = count;
      }
      return;
    }
  }
}

}  // namespace

void read_page_fields(Context& c) {
  for (const Doc& d : c.docs) {
    if (d.kind != DocKind::job) continue;
    std::u32string_view s = d.norm.chars;
    for (std::size_t i = 0; i < s.size(); ++i) {
      for (const PageLabel& label : page_labels) {
        if (s[i] != label.text[0] || !text::matches_at(s, i, label.text) || !at_line_start(s, i)) continue;
        std::size_t at = skip_gap(s, i + label.text.size());
        if (at == i + label.text.size() && label.field != PageField::rating)
          break;  // "本人確認済み" is a word, not a field
        read_value(c, d, i, at, label.field);
        break;
      }
    }
  }
}

}  // namespace gigcheck::risk
