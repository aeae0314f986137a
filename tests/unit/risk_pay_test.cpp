#include <doctest/doctest.h>

#include "core/risk/pay.h"
#include "core/text/normalize.h"

using namespace gigcheck;
using namespace gigcheck::risk;

namespace {

std::u32string norm(std::string_view utf8) { return text::normalize(text::decode(utf8)).chars; }

PayMention only_pay(std::string_view utf8) {
  auto found = read_numbers(norm(utf8)).pay;
  REQUIRE(found.size() == 1);
  return found[0];
}

// `seconds`: the time one unit takes when the caller knows it (job.estimated_hours × 3,600).
std::int64_t hourly(std::string_view utf8, std::optional<std::int64_t> seconds = std::nullopt,
                    std::int64_t yen_per_usd = 150, std::int64_t chars_per_hour = work_rate::characters_per_hour) {
  NumberFacts facts = read_numbers(norm(utf8));
  REQUIRE(facts.pay.size() == 1);
  auto e = estimate_hourly(in_yen(facts.pay[0], yen_per_usd), seconds ? seconds : facts.stated_seconds,
                           facts.article_chars, chars_per_hour);
  REQUIRE(e.has_value());
  return e->yen_per_hour;
}

}  // namespace

TEST_CASE("pay units from cues before and after the amount") {
  CHECK(only_pay("時給1,200円").unit == PayUnit::hour);
  CHECK(only_pay("時給1,200円").high == 120000);
  CHECK(only_pay("日給8,000円").unit == PayUnit::day);
  CHECK(only_pay("文字単価0.8円").unit == PayUnit::character);
  CHECK(only_pay("文字単価0.8円").high == 80);
  CHECK(only_pay("1文字0.25円").high == 25);
  CHECK(only_pay("1記事1,500円").unit == PayUnit::article);
  CHECK(only_pay("1,500円/記事").unit == PayUnit::article);
  CHECK(only_pay("1件30円").unit == PayUnit::item);
  CHECK(only_pay("1ワード5円").unit == PayUnit::word);
  CHECK(only_pay("¥1,500/h").unit == PayUnit::hour);
  CHECK(only_pay("月収30万円").unit == PayUnit::month);
  CHECK(only_pay("報酬5,000円（税込）").unit == PayUnit::fixed);
}

TEST_CASE("amounts: 万円, full-width digits, ranges") {
  CHECK(only_pay("報酬1.5万円").high == 15'000 * 100);
  CHECK(only_pay("１記事５００円").high == 500 * 100);
  PayMention range = only_pay("1記事3,000〜5,000円");
  CHECK(range.low == 3'000 * 100);
  CHECK(range.high == 5'000 * 100);
  PayMention man = only_pay("月3~5万円");
  CHECK(man.low == 30'000 * 100);
  CHECK(man.high == 50'000 * 100);
  CHECK(only_pay("時給1,000円～1,300円").high == 1'300 * 100);
  CHECK(read_numbers(norm("3,000文字の記事")).pay.empty());
  CHECK(read_numbers(norm("2025年1月")).pay.empty());
}

TEST_CASE("hourly estimates use the documented work rates") {
  CHECK(hourly("時給900円") == 900);
  CHECK(hourly("日給8,000円") == 1000);                       // ÷ 8 hours
  CHECK(hourly("文字単価0.5円") == 750);                      // × 1,500 characters/hour
  CHECK(hourly("1ワード2円") == 1000);                        // × 500 words/hour
  CHECK(hourly("音声1分あたり60円") == 1200);                 // ÷ 3 minutes of work per audio minute
  CHECK(hourly("1記事1,500円（3,000文字）") == 750);          // 3,000 characters take 2 hours
  CHECK(hourly("1記事1,500円（2,000〜3,000文字）") == 1125);  // the shorter figure: generous
  CHECK(hourly("報酬3,000円", 5400) == 2000);                 // estimated_hours 1.5
  CHECK(hourly("1件100円、所要時間は1件5分") == 1200);        // 5 minutes of work a unit
  CHECK(hourly("1件300円、所要2時間") == 150);
  CHECK(read_numbers(norm("所要30秒")).stated_seconds == 30);
}

TEST_CASE("time per item as posts state it") {
  CHECK(hourly("1枚10円・1枚5分") == 120);  // issue 17: about 120 yen an hour
  CHECK(hourly("1件1円（1件30秒ほど）") == 120);
  CHECK(hourly("報酬：1枚 3円（1時間で100枚程度が目安です）") == 300);              // 36 seconds a leaflet
  CHECK(hourly("Pay: ¥50 per image (one image takes about 1-2 minutes)") == 1500);  // the upper end: generous
  CHECK(hourly("1件40円（1件1分）") == 2400);
  // A schedule is not a time per unit: "1日3時間" says how long a day is.
  CHECK_FALSE(read_numbers(norm("1日3時間、週5日")).stated_seconds.has_value());
  CHECK_FALSE(read_numbers(norm("週15時間〜")).stated_seconds.has_value());
  // A monthly fee for stated weekly hours.
  CHECK(read_numbers(norm("週20時間")).monthly_seconds == 20 * 3600 * 52 / 12);
}

TEST_CASE("US dollars at the editable rate, words, and the writing speed") {
  PayMention usd = only_pay("$3 per article");
  CHECK(usd.usd);
  CHECK(usd.unit == PayUnit::article);
  CHECK(in_yen(usd, 150).high == 450 * 100);
  CHECK(in_yen(usd, 100).high == 300 * 100);
  // 1,500 English words draft like 4,500 characters: 3 hours at 1,500 characters an hour.
  CHECK(hourly("1,500-word articles, $3 per article") == 150);
  CHECK(hourly("1,500-word articles, $3 per article", std::nullopt, 200) == 200);
  CHECK(hourly("¥1,300/hour") == 1300);  // the cue right after the amount is its own
  CHECK(hourly("文字単価0.5円") == 750);
  CHECK(hourly("文字単価0.5円", std::nullopt, 150, 3000) == 1500);  // options.chars_per_hour
}

TEST_CASE("no estimate without a rate or a time") {
  std::u32string s = norm("1件30円");
  auto pays = read_numbers(s).pay;
  REQUIRE(pays.size() == 1);
  CHECK_FALSE(estimate_hourly(pays[0], std::nullopt, 0).has_value());
  CHECK_FALSE(estimate_hourly(only_pay("月収30万円"), 100, 0).has_value());
}

TEST_CASE("article length and head counts") {
  CHECK(read_numbers(norm("3,000文字以上")).article_chars == 3000);
  CHECK(read_numbers(norm("タイトル32文字、本文2,000字")).article_chars == 2000);
  CHECK(read_numbers(norm("文字数の指定なし")).article_chars == 0);
  auto heads = read_numbers(norm("ライター100名募集、50人採用予定、3名のチーム")).head_counts;
  REQUIRE(heads.size() == 2);
  CHECK(heads[0].count == 100);
  CHECK(heads[1].count == 50);
}

TEST_CASE("formatting") {
  CHECK(format_yen(112100) == "1,121");
  CHECK(format_yen(50) == "0.5");
  CHECK(format_yen(25) == "0.25");
  CHECK(format_int(1234567) == "1,234,567");
}
