#include "core/risk/pay.h"

#include <bitset>
#include <string_view>

#include "core/text/normalize.h"

namespace gigcheck::risk {

namespace {

using text::is_ascii_digit;

struct PayCue {
  std::u32string_view text;
  PayUnit unit;
};

// Words that say what an amount pays for, before it ("時給1,200円") or
// after it ("1,500円/記事", "500円（1記事あたり）"). Longer cues first where they overlap.
constexpr PayCue pay_cues[] = {
    {U"時給換算", PayUnit::hour},
    {U"時給", PayUnit::hour},
    {U"時間単価", PayUnit::hour},
    {U"1時間あたり", PayUnit::hour},
    {U"1時間", PayUnit::hour},
    {U"/時間", PayUnit::hour},
    {U"/時", PayUnit::hour},
    {U"/h", PayUnit::hour},
    {U"per hour", PayUnit::hour},
    {U"日給", PayUnit::day},
    {U"日当", PayUnit::day},
    {U"1日あたり", PayUnit::day},
    {U"/日", PayUnit::day},
    {U"文字単価", PayUnit::character},
    {U"1文字あたり", PayUnit::character},
    {U"1文字", PayUnit::character},
    {U"1字", PayUnit::character},
    {U"/文字", PayUnit::character},
    {U"/字", PayUnit::character},
    {U"ワード単価", PayUnit::word},
    {U"1ワード", PayUnit::word},
    {U"1word", PayUnit::word},
    {U"1単語", PayUnit::word},
    {U"per word", PayUnit::word},
    {U"/word", PayUnit::word},
    {U"/ワード", PayUnit::word},
    {U"音声1分", PayUnit::audio_minute},
    {U"1分あたり", PayUnit::audio_minute},
    {U"記事単価", PayUnit::article},
    {U"1記事あたり", PayUnit::article},
    {U"1記事", PayUnit::article},
    {U"/記事", PayUnit::article},
    {U"1本あたり", PayUnit::item},
    {U"1本", PayUnit::item},
    {U"1件あたり", PayUnit::item},
    {U"1件", PayUnit::item},
    {U"1枚", PayUnit::item},
    {U"1投稿", PayUnit::item},
    {U"1問", PayUnit::item},
    {U"1回答", PayUnit::item},
    {U"1タスク", PayUnit::item},
    {U"1点", PayUnit::item},
    {U"/本", PayUnit::item},
    {U"/件", PayUnit::item},
    {U"/枚", PayUnit::item},
    {U"月給", PayUnit::month},
    {U"月収", PayUnit::month},
    {U"月額", PayUnit::month},
    {U"月平均", PayUnit::month},
    {U"1ヶ月", PayUnit::month},
    {U"1か月", PayUnit::month},
    {U"ひと月", PayUnit::month},
    {U"/月", PayUnit::month},
    {U"月に", PayUnit::month},
    {U"毎月", PayUnit::month},
    {U"固定報酬", PayUnit::fixed},
    {U"報酬", PayUnit::fixed},
    {U"予算", PayUnit::fixed},
    {U"契約金額", PayUnit::fixed},
    {U"総額", PayUnit::fixed},
    {U"1口座", PayUnit::item},
    {U"1件につき", PayUnit::item},
    {U"1台につき", PayUnit::item},
    {U"1通", PayUnit::item},
    {U"1台", PayUnit::item},
    {U"1個", PayUnit::item},
    {U"1回", PayUnit::item},
    {U"1セット", PayUnit::item},
    {U"1レビュー", PayUnit::item},
    {U"1口コミ", PayUnit::item},
    {U"/通", PayUnit::item},
    {U"/回", PayUnit::item},
    {U"1日", PayUnit::day},
    {U"週給", PayUnit::week},
    {U"1週間", PayUnit::week},
    {U"per article", PayUnit::article},
    {U"/article", PayUnit::article},
    {U"an article", PayUnit::article},
    {U"per post", PayUnit::article},
    {U"/post", PayUnit::article},
    {U"for the article", PayUnit::article},
    {U"per image", PayUnit::item},
    {U"per item", PayUnit::item},
    {U"per task", PayUnit::item},
    {U"per video", PayUnit::item},
    {U"/video", PayUnit::item},
    {U"per review", PayUnit::item},
    {U"per page", PayUnit::item},
    {U"per survey", PayUnit::item},
    {U"per recording", PayUnit::item},
    {U"per description", PayUnit::item},
    {U"per lesson", PayUnit::item},
    {U"per response", PayUnit::item},
    {U"per answer", PayUnit::item},
    {U"per photo", PayUnit::item},
    {U"per listing", PayUnit::item},
    {U"per entry", PayUnit::item},
    {U"per call", PayUnit::item},
    {U"per account", PayUnit::item},
    {U"each", PayUnit::item},
    {U"/hour", PayUnit::hour},
    {U"an hour", PayUnit::hour},
    {U"/hr", PayUnit::hour},
    {U"/ hour", PayUnit::hour},
    {U"/ hr", PayUnit::hour},
    {U"/ h", PayUnit::hour},
    {U"/ day", PayUnit::day},
    {U"/ month", PayUnit::month},
    {U"/ week", PayUnit::week},
    {U"/ article", PayUnit::article},
    {U"/ word", PayUnit::word},
    {U"a day", PayUnit::day},
    {U"per day", PayUnit::day},
    {U"/day", PayUnit::day},
    {U"a week", PayUnit::week},
    {U"per week", PayUnit::week},
    {U"/week", PayUnit::week},
    {U"a month", PayUnit::month},
    {U"per month", PayUnit::month},
    {U"/month", PayUnit::month},
    {U"per character", PayUnit::character},
    {U"/character", PayUnit::character},
    {U"budget", PayUnit::fixed},
    {U"fixed", PayUnit::fixed},
    {U"reward", PayUnit::fixed},
    {U"pay:", PayUnit::fixed},
};
constexpr std::size_t cue_look_back = 16;   // characters before the amount
constexpr std::size_t cue_look_ahead = 10;  // characters after it

struct Number {
  std::int64_t centi = 0;  // value in 1/100
  std::size_t begin = 0, end = 0;
  bool man = false;  // followed by 万
};

// Digits with thousands commas and up to two decimals at `i`, then an optional 万.
std::optional<Number> read_number(std::u32string_view s, std::size_t i) {
  if (i >= s.size() || !is_ascii_digit(s[i])) return std::nullopt;
  if (i > 0 && (is_ascii_digit(s[i - 1]) || s[i - 1] == U'.' || s[i - 1] == U',')) return std::nullopt;
  Number n;
  n.begin = i;
  std::int64_t whole = 0, fraction = 0;
  int places = 0;
  for (; i < s.size(); ++i) {
    if (is_ascii_digit(s[i])) {
      if (whole > 1'000'000'000'000) return std::nullopt;
      whole = whole * 10 + (s[i] - U'0');
    } else if (s[i] == U',' && i + 1 < s.size() && is_ascii_digit(s[i + 1])) {
      continue;
    } else {
      break;
    }
  }
  if (i + 1 < s.size() && s[i] == U'.' && is_ascii_digit(s[i + 1])) {
    for (++i; i < s.size() && is_ascii_digit(s[i]); ++i)
      if (places < 2) fraction = fraction * 10 + (s[i] - U'0'), ++places;
  }
  while (places < 2) fraction *= 10, ++places;
  n.centi = whole * 100 + fraction;
  if (i < s.size() && s[i] == U'万') {
    n.centi *= 10000;
    n.man = true;
    ++i;
  }
  n.end = i;
  return n;
}

bool is_range_mark(char32_t c) { return c == U'~' || c == U'-' || c == U'〜'; }

// An amount of yen at `i`: "1,500円", "¥1,500", "3万円", "月収30万", "3,000~5,000円", "3~5万円".
std::optional<PayMention> read_amount(std::u32string_view s, std::size_t i) {
  std::size_t start = i;
  bool yen_sign = false, usd = false;
  if (s[i] == 0x00A5 || s[i] == U'\\') {
    yen_sign = true;
    ++i;
  } else if (s[i] == U'$') {
    usd = true;
    ++i;
  }
  auto first = read_number(s, i);
  if (!first) return std::nullopt;
  std::size_t at = first->end;
  std::optional<Number> second;
  if (at + 1 < s.size() && (is_range_mark(s[at]) || s.compare(at, 2, U"から") == 0)) {
    std::size_t next = at + (s[at] == U'か' ? 2 : 1);
    if (next < s.size() && (s[next] == 0x00A5 || s[next] == U'\\' || s[next] == U'$')) ++next;
    second = read_number(s, next);
  } else if (at + 1 < s.size() && s[at] == U'円' && (is_range_mark(s[at + 1]) || s.compare(at + 1, 2, U"から") == 0)) {
    std::size_t next = at + 1 + (s[at + 1] == U'か' ? 2 : 1);
    if (next < s.size() && (s[next] == 0x00A5 || s[next] == U'\\')) ++next;
    second = read_number(s, next);
  }
  const Number& last = second ? *second : *first;
  std::size_t end = last.end;
  bool yen = yen_sign || last.man;
  if (end < s.size() && s[end] == U'円') {
    yen = true;
    ++end;
  } else if (!yen && s.compare(end, 2, U"ドル") == 0) {
    usd = true;
    end += 2;
  } else if (!yen && (s.compare(end, 4, U" usd") == 0 || s.compare(end, 3, U"usd") == 0)) {
    usd = true;
    end += s[end] == U' ' ? 4 : 3;
  }
  if (!yen && !usd) return std::nullopt;
  if (usd && last.man) return std::nullopt;
  PayMention m;
  m.usd = usd && !yen;
  m.low = first->centi;
  m.high = last.centi;
  if (second && second->man && !first->man) m.low *= 10000;  // "3~5万円"
  if (m.low > m.high) m.low = m.high;
  m.begin = start;
  m.end = end;
  return m;
}

// The first characters of the cues: find_cue looks at 26 positions around every
// amount, and most of them start no cue.
struct CueStarts {
  std::bitset<0x10000> first;
  CueStarts() {
    for (const PayCue& cue : pay_cues) first.set(cue.text[0]);
  }
  bool may_start(char32_t c) const { return c <= 0xFFFF && first[c]; }
};
constexpr bool cues_start_in_bmp() {
  for (const PayCue& cue : pay_cues)
    if (cue.text.empty() || cue.text[0] > 0xFFFF) return false;
  return true;
}
static_assert(cues_start_in_bmp());

// The nearest cue before [begin, end) in the same sentence, else the first after it.
std::optional<PayCue> find_cue(std::u32string_view s, std::size_t begin, std::size_t end, std::size_t& cue_begin,
                               std::size_t& cue_end) {
  static const CueStarts starts;
  // A cue right before the amount ("時給1,300円／月30時間") is its own; then one right after it. A generic
  // cue before ("Pay: $25/hour", "報酬：1,500円/記事") names no unit: the one right after the amount wins.
  std::optional<PayCue> generic;
  std::size_t generic_begin = 0, generic_end = 0;
  std::size_t near_from = begin > cue_look_back ? begin - cue_look_back : 0;
  for (std::size_t k = begin; k-- > near_from && !generic;) {
    if (!starts.may_start(s[k])) continue;
    for (const PayCue& cue : pay_cues) {
      if (cue.text[0] != s[k] || k + cue.text.size() > begin || s.substr(k, cue.text.size()) != cue.text) continue;
      std::size_t gap = begin - (k + cue.text.size());
      if (gap > 1 || (gap == 1 && s[begin - 1] != U' ' && s[begin - 1] != U':')) continue;
      cue_begin = k;
      cue_end = k + cue.text.size();
      if (cue.unit != PayUnit::fixed) return cue;
      generic = cue;
      generic_begin = cue_begin;
      generic_end = cue_end;
      break;
    }
  }
  // A cue right after the amount ("¥1,300/hour", "3円/文字", "$3 per article") is its own.
  for (std::size_t k = end; k < std::min(s.size(), end + 2); ++k) {
    if (!starts.may_start(s[k])) continue;
    for (const PayCue& cue : pay_cues) {
      if (cue.text[0] != s[k] || s.substr(k, cue.text.size()) != cue.text) continue;
      if (cue.text[0] != U'/' && !(cue.text[0] >= U'a' && cue.text[0] <= U'z')) continue;
      cue_begin = k;
      cue_end = k + cue.text.size();
      return cue;
    }
    if (s[k] != U' ') break;
  }
  if (generic) {
    cue_begin = generic_begin;
    cue_end = generic_end;
    return generic;
  }
  std::size_t from = begin > cue_look_back ? begin - cue_look_back : 0;
  for (std::size_t k = begin; k > from; --k)
    if (text::is_sentence_end_at(s, k - 1)) {
      from = k;
      break;
    }
  for (std::size_t k = begin; k-- > from;) {
    if (!starts.may_start(s[k])) continue;
    for (const PayCue& cue : pay_cues) {
      if (cue.text[0] != s[k] || k + cue.text.size() > begin || s.substr(k, cue.text.size()) != cue.text) continue;
      cue_begin = k;
      cue_end = k + cue.text.size();
      return cue;
    }
  }
  std::size_t to = std::min(s.size(), end + cue_look_ahead);
  for (std::size_t k = end; k < to && !text::is_sentence_end_at(s, k); ++k) {
    if (!starts.may_start(s[k])) continue;
    for (const PayCue& cue : pay_cues) {
      if (cue.text[0] != s[k] || s.substr(k, cue.text.size()) != cue.text) continue;
      cue_begin = k;
      cue_end = k + cue.text.size();
      return cue;
    }
  }
  return std::nullopt;
}

std::string unit_label(const PayMention& pay) {
  switch (pay.unit) {
    case PayUnit::hour:
      return "時給";
    case PayUnit::day:
      return "日給";
    case PayUnit::month:
      return "月額";
    case PayUnit::week:
      return "週";
    case PayUnit::character:
      return "文字単価";
    case PayUnit::word:
      return "1ワード";
    case PayUnit::audio_minute:
      return "音声1分あたり";
    case PayUnit::article:
      return "1記事";
    case PayUnit::item:
      return "1件";
    case PayUnit::fixed:
      return "報酬";
  }
  return "";
}

}  // namespace

std::string format_int(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return n < 0 ? "-" + out : out;
}

std::string format_yen(std::int64_t centi) {
  std::string out = format_int(centi / 100);
  std::int64_t fraction = centi % 100;
  if (fraction != 0) {
    out += "." + std::to_string(fraction / 10);
    if (fraction % 10) out += std::to_string(fraction % 10);
  }
  return out;
}

namespace {

// The four readers of numbers below each scan the text as if alone: at a
// position they may act on, they read what is there and return the next
// position they look at. read_numbers() runs them side by side in one pass.

// An amount of pay at `i` (a digit, ¥ or a backslash), with its unit cue.
std::size_t read_pay_at(std::u32string_view s, std::size_t i, std::vector<PayMention>& found) {
  auto amount = read_amount(s, i);
  if (!amount) {
    while (i + 1 < s.size() && is_ascii_digit(s[i + 1])) ++i;  // skip the rest of this number
    return i + 1;
  }
  std::size_t cue_begin = 0, cue_end = 0;
  if (auto cue = find_cue(s, amount->begin, amount->end, cue_begin, cue_end)) {
    amount->unit = cue->unit;
    if (cue_begin < amount->begin)
      amount->begin = cue_begin;
    else
      amount->end = cue_end;
  } else {
    amount->unit = PayUnit::fixed;
    amount->cued = false;
  }
  found.push_back(*amount);
  return amount->end;
}

// An article length at digit `i` ("3,000文字", "2000~3000字"): keeps the smallest of at least min_article_chars.
std::size_t read_article_chars_at(std::u32string_view s, std::size_t i, std::int64_t& best) {
  auto n = read_number(s, i);
  if (!n) return i + 1;
  std::size_t at = n->end;
  std::int64_t low = n->centi / 100;
  if (at + 1 < s.size() && is_range_mark(s[at])) {  // "2000~3000字": the lower figure
    if (auto upper = read_number(s, at + 1)) at = upper->end;
  }
  bool chars = s.compare(at, 2, U"文字") == 0 || (at < s.size() && s[at] == U'字');
  // "1,500-word articles": English words, counted as chars_per_word characters of drafting.
  if (!chars && (s.compare(at, 5, U"-word") == 0 || s.compare(at, 5, U" word") == 0)) {
    low *= work_rate::chars_per_word;
    chars = true;
  }
  if (chars && low >= work_rate::min_article_chars && (best == 0 || low < best)) best = low;
  return at + 1;
}

// A head count at digit `i` ("100名募集", "50人採用").
std::size_t read_head_count_at(std::u32string_view s, std::size_t i, std::vector<HeadCount>& found) {
  // "以上"/"まで"/"程度" count only before 募集/採用 ("50名以上募集", not "フォロワー1,000人以上").
  constexpr std::u32string_view after_count[] = {U"募集",       U"採用",       U"以上募集", U"以上採用",
                                                 U"まで募集",   U"程度募集",   U"様募集",   U"大募集",
                                                 U"以上の募集", U"程度の募集", U"体制"};
  auto n = read_number(s, i);
  if (!n || n->man) return i + 1;
  std::size_t at = n->end;
  if (at >= s.size() || (s[at] != U'名' && s[at] != U'人')) return at + 1;
  std::size_t word = at + 1;
  while (word < s.size() && s[word] == U' ') ++word;
  for (auto w : after_count) {
    if (s.compare(word, w.size(), w) != 0) continue;
    found.push_back({n->centi / 100, n->begin, word + w.size()});
    break;
  }
  return at + 1;
}

// Words before a duration that make it the time one unit takes ("1件5分", "所要30分",
// "1件あたり約3分", "takes about 2 minutes", "作業時間は3時間程度").
constexpr std::u32string_view per_unit_before[] = {
    U"所要",     U"作業時間",  U"目安",     U"1件",        U"1枚",   U"1通",       U"1本",    U"1問",    U"1記事",
    U"1回",      U"1台",       U"1個",      U"1点",        U"1投稿", U"1レビュー", U"takes",  U"take",   U"each",
    U"per item", U"per image", U"per task", U"per review", U"約",    U"about",     U"approx", U"around",
};
// Words right before the number that make it a schedule, not a time per unit ("1日3時間", "週15時間").
constexpr std::u32string_view schedule_before[] = {U"日", U"週", U"月", U"day", U"week", U"month", U"毎日", U"平日"};
constexpr std::size_t per_unit_look_back = 14;

struct DurationUnit {
  std::u32string_view text;
  std::int64_t seconds;
};
constexpr DurationUnit duration_units[] = {
    {U"秒", 1},        {U"分", 60},      {U"時間", 3600},  {U" seconds", 1}, {U" second", 1},   {U" sec", 1},
    {U" minutes", 60}, {U" minute", 60}, {U" mins", 60},   {U" min", 60},    {U" hours", 3600}, {U" hour", 3600},
    {U"-hour", 3600},  {U"-minute", 60}, {U"minutes", 60}, {U"min", 60},     {U"hours", 3600},
};

// "週20時間" (× 52 ÷ 12 weeks a month) or "月30時間" at `i`, as seconds a month.
std::optional<std::int64_t> read_hours_per_period(std::u32string_view s, std::size_t i) {
  std::size_t at = i + 1;
  if (at < s.size() && s[at] == U'に') ++at;
  auto n = read_number(s, at);
  if (!n || n->man || n->centi <= 0 || s.compare(n->end, 2, U"時間") != 0) return std::nullopt;
  std::int64_t seconds = n->centi * 36;
  return s[i] == U'週' ? seconds * 52 / 12 : seconds;
}

// A duration at digit `i` that a per-unit word stands before, in seconds (a range counts at its
// upper end, generously to the client); also "1時間で100枚" / "100 per hour" as 36 seconds each.
std::optional<std::int64_t> read_time_per_unit(std::u32string_view s, std::size_t i) {
  if (i > 0 && (is_ascii_digit(s[i - 1]) || s[i - 1] == U'.' || s[i - 1] == U',')) return std::nullopt;
  auto n = read_number(s, i);
  if (!n || n->man || n->centi <= 0) return std::nullopt;
  std::size_t at = n->end;
  if (at + 1 < s.size() && is_range_mark(s[at])) {
    if (auto upper = read_number(s, at + 1)) {
      n = upper;
      at = upper->end;
    }
  }
  for (const DurationUnit& u : duration_units) {
    if (s.compare(at, u.text.size(), u.text) != 0) continue;
    std::size_t from = i > per_unit_look_back ? i - per_unit_look_back : 0;
    std::u32string_view before = s.substr(from, i - from);
    for (std::size_t k = before.size(); k > 0; --k)
      if (text::is_sentence_end_at(before, k - 1)) {
        before = before.substr(k);
        break;
      }
    for (auto w : schedule_before)
      if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w) return std::nullopt;
    for (auto w : schedule_before)
      if (before.size() >= w.size() + 1 && before.substr(before.size() - w.size() - 1, w.size()) == w &&
          before.back() == U' ')
        return std::nullopt;
    // "1時間で100枚": items per hour.
    std::size_t after = at + u.text.size();
    if (u.seconds == 3600 && n->centi == 100 && (s.compare(after, 1, U"で") == 0 || s.compare(after, 1, U"に") == 0)) {
      if (auto count = read_number(s, after + 1); count && count->centi >= 100) {
        std::size_t unit_at = count->end;
        if (s.compare(unit_at, 1, U"枚") == 0 || s.compare(unit_at, 1, U"件") == 0 ||
            s.compare(unit_at, 1, U"本") == 0 || s.compare(unit_at, 1, U"個") == 0 || s.compare(unit_at, 1, U"通") == 0)
          return 3600 * 100 / count->centi;
      }
    }
    bool per_unit = false;
    for (auto w : per_unit_before) per_unit = per_unit || before.find(w) != std::u32string_view::npos;
    if (!per_unit) return std::nullopt;
    return n->centi * u.seconds / 100;
  }
  return std::nullopt;
}

}  // namespace

NumberFacts read_numbers(const std::u32string& text) {
  const std::u32string_view s = text;  // a view: no per-access checks in the loop
  NumberFacts facts;
  // Each reader's next position; one loop over the text serves all four.
  std::size_t next_pay = 0, next_article = 0, next_head = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (is_ascii_digit(c)) {
      if (i >= next_article) next_article = read_article_chars_at(s, i, facts.article_chars);
      if (i >= next_head) next_head = read_head_count_at(s, i, facts.head_counts);
    }
    if (i >= next_pay && (is_ascii_digit(c) || c == 0x00A5 || c == U'\\' || c == U'$'))
      next_pay = read_pay_at(s, i, facts.pay);
    // The first time per unit stated decides; "週20時間" / "月30時間" give the hours a monthly fee pays for.
    if (is_ascii_digit(c) && !facts.stated_seconds) facts.stated_seconds = read_time_per_unit(s, i);
    if ((c == U'週' || c == U'月') && !facts.monthly_seconds) facts.monthly_seconds = read_hours_per_period(s, i);
  }
  return facts;
}

namespace {

// 1記事 is read by the stated article length only when no time per unit is known.
bool article_by_length(std::optional<std::int64_t> seconds, std::int64_t article_chars) {
  return !seconds && article_chars > 0;
}

// "3分", "1.5時間", "30秒": a time per unit for the arithmetic.
std::string format_duration(std::int64_t seconds) {
  if (seconds < 60) return format_int(seconds) + "秒";
  if (seconds < 3600) return format_yen(seconds * 100 / 60) + "分";
  return format_yen(seconds * 100 / 3600) + "時間";
}

}  // namespace

PayMention in_yen(PayMention pay, std::int64_t yen_per_usd) {
  if (!pay.usd) return pay;
  pay.low *= yen_per_usd;
  pay.high *= yen_per_usd;
  pay.usd = false;
  return pay;
}

std::optional<std::int64_t> hourly_yen(const PayMention& pay, std::optional<std::int64_t> seconds,
                                       std::int64_t article_chars, std::int64_t characters_per_hour) {
  using namespace work_rate;
  switch (pay.unit) {
    case PayUnit::hour:
      return pay.high / 100;
    case PayUnit::day:
      return pay.high / 100 / hours_per_day;
    case PayUnit::character:
      return pay.high * characters_per_hour / 100;
    case PayUnit::word:
      return pay.high * words_per_hour / 100;
    case PayUnit::audio_minute:
      return pay.high * (60 / work_minutes_per_audio_minute) / 100;
    case PayUnit::week:
    case PayUnit::month:
      return std::nullopt;
    case PayUnit::article:
    case PayUnit::item:
      if (article_by_length(seconds, article_chars)) return pay.high * characters_per_hour / article_chars / 100;
      [[fallthrough]];
    case PayUnit::fixed:
      if (!seconds || *seconds <= 0) return std::nullopt;
      return pay.high * 36 / *seconds;  // (centi-yen / 100) × 3,600 s
  }
  return std::nullopt;
}

std::optional<HourlyEstimate> estimate_hourly(const PayMention& pay, std::optional<std::int64_t> seconds,
                                              std::int64_t article_chars, std::int64_t characters_per_hour) {
  using namespace work_rate;
  std::optional<std::int64_t> yen = hourly_yen(pay, seconds, article_chars, characters_per_hour);
  if (!yen) return std::nullopt;
  HourlyEstimate e;
  e.yen_per_hour = *yen;
  std::string amount = unit_label(pay) + format_yen(pay.high) + "円";
  std::string result = " = 時給換算 約" + format_int(e.yen_per_hour) + "円";
  switch (pay.unit) {
    case PayUnit::hour:
      e.arithmetic = amount;
      break;
    case PayUnit::week:
    case PayUnit::month:
      return std::nullopt;  // hourly_yen gives none
    case PayUnit::day:
      e.arithmetic = amount + " ÷ " + std::to_string(hours_per_day) + "時間" + result;
      break;
    case PayUnit::character:
      e.arithmetic = amount + " × 1時間に書ける目安" + format_int(characters_per_hour) + "文字" + result;
      break;
    case PayUnit::word:
      e.arithmetic = amount + " × 1時間に訳せる目安" + format_int(words_per_hour) + "ワード" + result;
      break;
    case PayUnit::audio_minute:
      e.arithmetic = amount + "（音声1分の作業に約" + std::to_string(work_minutes_per_audio_minute) + "分として）× " +
                     std::to_string(60 / work_minutes_per_audio_minute) + result;
      break;
    case PayUnit::article:
    case PayUnit::item:
      if (article_by_length(seconds, article_chars)) {
        e.arithmetic = amount + "（" + format_int(article_chars) + "文字）÷ " + format_int(article_chars) +
                       "文字を1時間" + format_int(characters_per_hour) + "文字で書く時間" + result;
        break;
      }
      [[fallthrough]];
    case PayUnit::fixed:
      e.arithmetic = amount + " ÷ 所要時間" + format_duration(*seconds) + result;
      break;
  }
  return e;
}

}  // namespace gigcheck::risk
