#include "core/text/contacts.h"

#include <algorithm>

#include "core/base/sort.h"
#include "core/text/matcher.h"

namespace gigcheck::text {

namespace {

// How the detail is read around a trigger found in the normalized text.
enum class DetailReader {
  email_at,      // trigger stands for '@': local part before it, domain after it
  phone_digits,  // trigger starts a phone number
  url_rest,      // trigger starts a URL: read URL characters after it
  id_after,      // trigger names a service: an ID must follow (or an @id later in the sentence for LINE)
};

struct ContactPattern {
  ContactKind kind;
  std::string_view service;
  std::u32string_view trigger;  // in normalized form (lower case, half-width ASCII)
  DetailReader reader;
};

// Every pattern in one place. Triggers are matched on normalized text.
constexpr ContactPattern patterns[] = {
    {ContactKind::email, "", U"@", DetailReader::email_at},
    {ContactKind::email, "", U"(at)", DetailReader::email_at},
    {ContactKind::email, "", U"[at]", DetailReader::email_at},
    {ContactKind::email, "", U"(アット)", DetailReader::email_at},
    {ContactKind::email, "", U"アットマーク", DetailReader::email_at},
    {ContactKind::email, "", U"★", DetailReader::email_at},
    {ContactKind::phone, "", U"0", DetailReader::phone_digits},
    {ContactKind::phone, "", U"+81", DetailReader::phone_digits},
    {ContactKind::url, "", U"http://", DetailReader::url_rest},
    {ContactKind::url, "", U"https://", DetailReader::url_rest},
    {ContactKind::url, "", U"www.", DetailReader::url_rest},
    {ContactKind::url, "", U"bit.ly/", DetailReader::url_rest},
    {ContactKind::line_id, "line", U"lin.ee/", DetailReader::url_rest},
    {ContactKind::line_id, "line", U"line.me/", DetailReader::url_rest},
    {ContactKind::handle, "telegram", U"t.me/", DetailReader::url_rest},
    {ContactKind::handle, "whatsapp", U"wa.me/", DetailReader::url_rest},
    {ContactKind::handle, "discord", U"discord.gg/", DetailReader::url_rest},
    {ContactKind::handle, "instagram", U"instagram.com/", DetailReader::url_rest},
    {ContactKind::line_id, "line", U"line", DetailReader::id_after},
    {ContactKind::line_id, "line", U"ライン", DetailReader::id_after},
    {ContactKind::handle, "skype", U"skype", DetailReader::id_after},
    {ContactKind::handle, "skype", U"スカイプ", DetailReader::id_after},
    {ContactKind::handle, "telegram", U"telegram", DetailReader::id_after},
    {ContactKind::handle, "telegram", U"テレグラム", DetailReader::id_after},
    {ContactKind::handle, "whatsapp", U"whatsapp", DetailReader::id_after},
    {ContactKind::handle, "discord", U"discord", DetailReader::id_after},
    {ContactKind::handle, "discord", U"ディスコード", DetailReader::id_after},
    {ContactKind::handle, "chatwork", U"chatwork", DetailReader::id_after},
    {ContactKind::handle, "chatwork", U"チャットワーク", DetailReader::id_after},
    {ContactKind::handle, "instagram", U"instagram", DetailReader::id_after},
    {ContactKind::handle, "instagram", U"インスタグラム", DetailReader::id_after},
    {ContactKind::handle, "instagram", U"インスタ", DetailReader::id_after},
};

// Words that may sit between a service name and its ID ("LINE ID：", "スカイプ名は").
// `explicit` ones make any following token an ID; otherwise the ID must look like one.
struct IdMarker {
  std::u32string_view text;
  bool is_explicit;
};
constexpr IdMarker id_markers[] = {
    {U" ", false},       {U"(", false}, {U")", false}, {U"「", false},   {U"公式", false},      {U"のid", true},
    {U"id", true},       {U":", true},  {U"=", true},  {U"→", true},     {U"アカウント", true}, {U"ユーザー名", true},
    {U"ユーザ名", true}, {U"名", true}, {U"は", true}, {U"のdm", false}, {U"dm", false},        {U"へ", false},
};
constexpr std::size_t max_marker_chars = 16;
constexpr std::size_t min_id_chars = 3;
constexpr std::size_t max_id_chars = 40;
// How far after "LINE" an @id may stand in the same sentence ("LINEで@abc123を追加").
constexpr std::size_t line_at_id_window = 30;

// Email obfuscations for the dot in the domain.
constexpr std::u32string_view dot_spellings[] = {U".",       U"(dot)",   U"[dot]", U"(ドット)",
                                                 U" (dot) ", U" [dot] ", U"ドット"};

bool starts_with(std::u32string_view s, std::size_t at, std::u32string_view word) {
  return at <= s.size() && s.size() - at >= word.size() && s.substr(at, word.size()) == word;
}

bool is_email_local_char(char32_t c) {
  return is_ascii_alnum(c) || c == U'.' || c == U'_' || c == U'%' || c == U'+' || c == U'-';
}
bool is_domain_char(char32_t c) { return is_ascii_alnum(c) || c == U'-'; }
bool is_id_char(char32_t c) {
  return is_ascii_alnum(c) || c == U'.' || c == U'_' || c == U'-' || c == U'@' || c == U'#' || c == U':';
}
bool is_url_char(char32_t c) {
  if (is_ascii_alnum(c)) return true;
  constexpr std::u32string_view extra = U"-._~:/?#[]@!$&'*+,;=%";
  return extra.find(c) != std::u32string_view::npos;
}

// Script class, for word boundaries: a trigger must not sit inside a longer word
// ("online", "ガイドライン", "ラインナップ").
int script(char32_t c) {
  if (is_ascii_alnum(c)) return 1;
  if (is_katakana(c)) return 2;
  return 0;
}

struct Span {
  std::size_t begin = 0, end = 0;
};

// Domain after an @ (or its spelling): labels joined by dots, the last of 2+ letters.
std::size_t read_domain(std::u32string_view s, std::size_t at) {
  std::size_t i = at, end = 0;
  int labels = 0;
  while (true) {
    std::size_t label_start = i;
    while (i < s.size() && is_domain_char(s[i])) ++i;
    if (i == label_start) break;
    ++labels;
    bool last_all_letters = true;
    for (std::size_t k = label_start; k < i; ++k) last_all_letters = last_all_letters && is_ascii_lower(s[k]);
    if (labels >= 2 && last_all_letters && i - label_start >= 2) end = i;
    std::size_t dot = 0;
    for (auto spelling : dot_spellings)
      if (starts_with(s, i, spelling)) dot = spelling.size();
    if (dot == 0) break;
    i += dot;
  }
  return end;
}

bool read_email(std::u32string_view s, std::size_t at, std::size_t trigger_len, Span& out) {
  bool spelled = trigger_len > 1 || s[at] != U'@';
  std::size_t left = at, right = at + trigger_len;
  if (spelled && left > 0 && s[left - 1] == U' ') --left;
  if (spelled && right < s.size() && s[right] == U' ') ++right;
  std::size_t begin = left;
  while (begin > 0 && is_email_local_char(s[begin - 1])) --begin;
  while (begin < left && !is_ascii_alnum(s[begin])) ++begin;
  if (begin == left) return false;
  std::size_t end = read_domain(s, right);
  if (end == 0) return false;
  out = {begin, end};
  return true;
}

bool read_phone(std::u32string_view s, std::size_t at, Span& out) {
  if (at > 0 && (is_ascii_alnum(s[at - 1]) || s[at - 1] == U',' || s[at - 1] == U'.' || s[at - 1] == U'-'))
    return false;
  std::size_t i = at;
  std::string digits;
  if (s[i] == U'+') {
    i += 3;  // "+81": the number continues without its leading 0
    digits = "0";
    while (i < s.size() && (s[i] == U' ' || s[i] == U'-')) ++i;
    if (i < s.size() && s[i] == U'(') ++i;
    if (i < s.size() && s[i] == U'0') ++i;
    if (i < s.size() && s[i] == U')') ++i;
  }
  std::size_t end = i;
  while (i < s.size() && digits.size() <= 11) {
    if (is_ascii_digit(s[i])) {
      digits.push_back(static_cast<char>(s[i]));
      end = ++i;
    } else if ((s[i] == U'-' || s[i] == U' ' || s[i] == U'(' || s[i] == U')') && i + 1 < s.size() &&
               (is_ascii_digit(s[i + 1]) || (s[i] == U')' && s[i + 1] == U' '))) {
      ++i;
    } else {
      break;
    }
  }
  if (end < s.size() && (is_ascii_digit(s[end]) || s[end] == U',' || s[end] == U'円' || s[end] == U'万')) return false;
  if (digits.size() == 11) {
    static constexpr std::string_view eleven_digit_prefixes[] = {"050", "060", "070", "080", "090", "0800"};
    bool known = false;
    for (auto p : eleven_digit_prefixes) known = known || digits.compare(0, p.size(), p) == 0;
    if (!known) return false;
  } else if (digits.size() != 10 || digits[1] == '0') {
    return false;
  }
  out = {at, end};
  return true;
}

bool read_url(std::u32string_view s, std::size_t at, std::size_t trigger_len, Span& out) {
  if (at > 0 && (is_ascii_alnum(s[at - 1]) || s[at - 1] == U'.' || s[at - 1] == U'/')) return false;
  std::size_t end = at + trigger_len;
  while (end < s.size() && is_url_char(s[end])) ++end;
  while (end > at + trigger_len && (s[end - 1] == U'.' || s[end - 1] == U',' || s[end - 1] == U':')) --end;
  if (end == at + trigger_len) return false;  // "https://" alone
  out = {at, end};
  return true;
}

// An ID token at `i`: returns its end, or `i` when none.
std::size_t read_id(std::u32string_view s, std::size_t i) {
  std::size_t end = i;
  while (end < s.size() && end - i < max_id_chars && is_id_char(s[end])) ++end;
  while (end > i && (s[end - 1] == U'.' || s[end - 1] == U'-' || s[end - 1] == U':')) --end;
  return end;
}

bool looks_like_id(std::u32string_view s, std::size_t begin, std::size_t end, bool after_explicit_marker) {
  std::size_t core = begin < end && s[begin] == U'@' ? begin + 1 : begin;
  if (end - core < min_id_chars) return false;
  if (after_explicit_marker || s[begin] == U'@') return true;
  bool letter = false, digit = false;
  for (std::size_t k = core; k < end; ++k) {
    letter = letter || is_ascii_lower(s[k]);
    digit = digit || is_ascii_digit(s[k]);
  }
  return letter && digit;  // "line stamp" is not an ID, "line abc123" is
}

bool read_service_id(std::u32string_view s, std::size_t at, const ContactPattern& p, Span& out) {
  std::size_t after = at + p.trigger.size();
  int kind = script(p.trigger[0]);
  if (at > 0 && script(s[at - 1]) == kind) return false;
  if (after < s.size() && script(s[after]) == kind && !starts_with(s, after, U"id")) return false;
  std::size_t i = after;
  bool explicit_marker = false;
  for (bool moved = true; moved && i - after < max_marker_chars;) {
    moved = false;
    for (const IdMarker& m : id_markers) {
      if (!starts_with(s, i, m.text)) continue;
      if (m.text == U"id" && i + 2 < s.size() && is_ascii_lower(s[i + 2])) continue;  // "idea"
      i += m.text.size();
      explicit_marker = explicit_marker || m.is_explicit;
      moved = true;
      break;
    }
  }
  std::size_t end = read_id(s, i);
  if (end > i && looks_like_id(s, i, end, explicit_marker)) {
    out = {at, end};
    return true;
  }
  if (p.service != "line") return false;
  // "LINEで@abc123を追加してください"
  for (std::size_t k = after; k < s.size() && k - after < line_at_id_window && !is_sentence_end_at(s, k); ++k) {
    if (s[k] != U'@' || (k > 0 && is_email_local_char(s[k - 1]))) continue;
    std::size_t id_end = read_id(s, k);
    if (looks_like_id(s, k, id_end, true)) {
      out = {at, id_end};
      return true;
    }
  }
  return false;
}

bool read_pattern(std::u32string_view s, std::size_t at, const ContactPattern& p, Span& out) {
  switch (p.reader) {
    case DetailReader::email_at:
      return read_email(s, at, p.trigger.size(), out);
    case DetailReader::phone_digits:
      return read_phone(s, at, out);
    case DetailReader::url_rest:
      return read_url(s, at, p.trigger.size(), out);
    case DetailReader::id_after:
      return read_service_id(s, at, p, out);
  }
  return false;
}

// A URL's own service, when the generic http(s) pattern found a known link.
void refine_url_service(std::u32string_view s, ContactHit& hit) {
  if (hit.kind != ContactKind::url) return;
  std::u32string_view url = s.substr(hit.norm_begin, hit.norm_end - hit.norm_begin);
  for (const ContactPattern& p : patterns) {
    if (p.reader != DetailReader::url_rest || p.service.empty()) continue;
    std::size_t found = url.find(p.trigger);
    if (found != std::u32string_view::npos && (found == 0 || url[found - 1] == U'/' || url[found - 1] == U'.')) {
      hit.kind = p.kind;
      hit.service = p.service;
      return;
    }
  }
}

}  // namespace

std::string_view kind_name(ContactKind kind) {
  switch (kind) {
    case ContactKind::email:
      return "email";
    case ContactKind::phone:
      return "phone";
    case ContactKind::url:
      return "url";
    case ContactKind::line_id:
      return "line_id";
    case ContactKind::handle:
      return "handle";
  }
  return "";
}

namespace {

// Every pattern's trigger, in table order: phrase i is patterns[i]'s.
const PhraseMatcher& trigger_matcher() {
  static const PhraseMatcher matcher = [] {
    std::vector<std::u32string_view> triggers;
    for (const ContactPattern& p : patterns) triggers.push_back(p.trigger);
    return PhraseMatcher(triggers);
  }();
  return matcher;
}

}  // namespace

std::vector<ContactHit> find_contacts(const Decoded& decoded, const Normalized& normalized) {
  const PhraseMatcher& triggers = trigger_matcher();
  const std::u32string_view s = normalized.chars;  // a view: no per-access checks in the loops
  std::vector<ContactHit> found;
  std::vector<std::uint32_t> at_here;  // the patterns whose trigger starts here, in table order
  for (std::size_t at = 0; at < s.size(); ++at) {
    at_here.clear();
    triggers.each_at(s, at, [&](std::uint32_t id, std::size_t) { at_here.push_back(id); });
    std::sort(at_here.begin(), at_here.end());
    for (std::uint32_t id : at_here) {
      const ContactPattern& p = patterns[id];
      Span span;
      if (!read_pattern(s, at, p, span)) continue;
      ContactHit hit;
      hit.kind = p.kind;
      hit.service = p.service;
      hit.norm_begin = span.begin;
      hit.norm_end = span.end;
      found.push_back(hit);
    }
  }
  // Text order; at the same start the longer hit first; then drop overlaps.
  stable_sort_items(found, [](const ContactHit& a, const ContactHit& b) {
    if (a.norm_begin != b.norm_begin) return a.norm_begin < b.norm_begin;
    return a.norm_end > b.norm_end;
  });
  std::vector<ContactHit> hits;
  for (ContactHit& hit : found) {
    if (!hits.empty() && hit.norm_begin < hits.back().norm_end) {
      if (hit.norm_end - hit.norm_begin <= hits.back().norm_end - hits.back().norm_begin) continue;
      hits.pop_back();  // a later, longer hit (an e-mail whose local part held a phone-like number)
    }
    hits.push_back(std::move(hit));
  }
  for (ContactHit& hit : hits) {
    refine_url_service(s, hit);
    Utf16Span span = original_span(decoded, normalized, hit.norm_begin, hit.norm_end);
    hit.start = span.start;
    hit.end = span.end;
    hit.text = original_text(decoded, normalized, hit.norm_begin, hit.norm_end);
  }
  return hits;
}

std::vector<ContactHit> find_contacts(std::string_view utf8) {
  Decoded decoded = decode(utf8);
  return find_contacts(decoded, normalize(decoded));
}

}  // namespace gigcheck::text
