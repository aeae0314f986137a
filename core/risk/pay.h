// Reading pay from Japanese job posts (時給, 日給, 文字単価, 1記事 X円, 万円,
// ranges, full-width digits after normalization) and estimating an hourly
// equivalent to compare with the minimum wage. All arithmetic is in integers:
// amounts are kept in 1/100 yen so that 文字単価0.3円 is exact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gigcheck::risk {

enum class PayUnit { hour, day, week, month, character, word, audio_minute, article, item, fixed };

struct PayMention {
  PayUnit unit = PayUnit::fixed;
  std::int64_t low = 0;   // 1/100 yen; equal to high unless a range was given
  std::int64_t high = 0;  // 1/100 yen
  std::size_t begin = 0;  // normalized span: the cue (時給, 1記事…) through 円
  std::size_t end = 0;
  bool usd = false;  // "$3 per article": low/high are in US cents until converted (in_yen)
  bool cued = true;  // a unit word was found; an uncued amount (a kit price, a bonus) decides only alone
};

// The mention with US amounts turned into yen at `yen_per_usd` (options.usd_rate).
PayMention in_yen(PayMention pay, std::int64_t yen_per_usd);

// Documented work-rate defaults (docs/risk.md, "Pay"): generous to the client,
// because an unknown must never count against them.
namespace work_rate {
constexpr std::int64_t characters_per_hour = 1500;         // drafting incl. research and proofreading
constexpr std::int64_t words_per_hour = 500;               // translation, English words
constexpr std::int64_t work_minutes_per_audio_minute = 3;  // transcription
constexpr std::int64_t hours_per_day = 8;                  // 日給
constexpr std::int64_t min_article_chars = 300;            // smaller figures are titles or headings
constexpr std::int64_t chars_per_word = 3;                 // a 1,500-word English article drafts like 4,500 characters
}  // namespace work_rate

// Head counts ("100名募集", "50人採用"): the figure and its span.
struct HeadCount {
  std::int64_t count = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// What the numbers of a text say, read in one pass (make_doc reads every text once).
struct NumberFacts {
  std::vector<PayMention> pay;
  // The article length stated ("3,000文字", "2000〜3000字程度"): the smallest
  // such figure of at least min_article_chars, or 0 when none.
  std::int64_t article_chars = 0;
  // The time per unit stated ("所要時間は1件5分", "1枚5分", "1件30秒ほど", "1時間で100枚",
  // "one image takes about 1-2 minutes", "作業時間は3時間程度"), in seconds.
  std::optional<std::int64_t> stated_seconds;
  // The hours a monthly fee pays for ("週20時間", "月30時間"), in seconds a month.
  std::optional<std::int64_t> monthly_seconds;
  std::vector<HeadCount> head_counts;
};
NumberFacts read_numbers(const std::u32string& normalized);

struct HourlyEstimate {
  std::int64_t yen_per_hour = 0;
  std::string arithmetic;  // Japanese, e.g. "文字単価0.5円 × 1時間あたり1,500文字 = 時給換算 約750円"
};

// seconds_per_unit: the time one unit of pay takes (job.estimated_hours × 3,600, or the
// stated time per item). hourly_yen is estimate_hourly's figure alone, without the arithmetic.
// chars_per_hour: the writing speed (options.chars_per_hour; work_rate::characters_per_hour by default).
std::optional<std::int64_t> hourly_yen(const PayMention& pay, std::optional<std::int64_t> seconds_per_unit,
                                       std::int64_t article_chars,
                                       std::int64_t chars_per_hour = work_rate::characters_per_hour);
std::optional<HourlyEstimate> estimate_hourly(const PayMention& pay, std::optional<std::int64_t> seconds_per_unit,
                                              std::int64_t article_chars,
                                              std::int64_t chars_per_hour = work_rate::characters_per_hour);

// "1,121" / "0.5": an amount in 1/100 yen written the Japanese way.
std::string format_yen(std::int64_t centi_yen);
std::string format_int(std::int64_t n);

}  // namespace gigcheck::risk
