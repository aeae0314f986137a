// Asks found in job posts, and whether an application answers them.
#include <doctest/doctest.h>

#include "core/proposal/asks.h"
#include "core/text/utf8.h"
#include "proposal_helpers.h"

using namespace proposal_test;
using gigcheck::proposal::extract_asks;

namespace {

std::vector<std::string> labels(const std::string& job) {
  std::vector<std::string> out;
  for (const auto& ask : extract_asks(gigcheck::text::decode(job).chars))
    out.push_back(gigcheck::text::to_utf8(ask.label));
  return out;
}

const std::string writing_post =
    "【仕事内容】\n美容・健康ジャンルのSEO記事（1記事3,000文字程度）の執筆をお願いします。\n"
    "1. キーワードに沿った構成作成\n2. 執筆と画像選定\n\n"
    "【応募時に以下をご記載ください】\n・稼働可能時間\n・過去の執筆実績（URLがあれば添付）\n・月に対応可能な記事数\n\n"
    "また、WordPressでの入稿経験の有無を教えてください。\nご質問があればお気軽にどうぞ。";

}  // namespace

TEST_CASE("asks: list under an application header and request sentences, in order; task lists are not asks") {
  CHECK(labels(writing_post) == std::vector<std::string>{"稼働可能時間", "過去の執筆実績（URLがあれば添付）",
                                                         "月に対応可能な記事数", "WordPressでの入稿経験の有無"});
}

TEST_CASE("asks: a 【応募時…】 block with plain lines, and 「〜をお書きください」") {
  std::string job =
      "【応募の際にご記載いただきたいこと】\n簡単な自己紹介\n作業可能な時間帯\n\n得意なジャンルをお書きください。";
  CHECK(labels(job) == std::vector<std::string>{"簡単な自己紹介", "作業可能な時間帯", "得意なジャンル"});
}

TEST_CASE("asks: numbered asks with circled numbers and a colon header") {
  std::string job = "ご応募の際は、下記をご記載ください：\n① お名前\n② 使用可能なツール\n③ 開始可能日";
  CHECK(labels(job) == std::vector<std::string>{"お名前", "使用可能なツール", "開始可能日"});
}

TEST_CASE("asks: positions point into the job post") {
  auto job = gigcheck::text::decode(writing_post).chars;
  auto asks = extract_asks(job);
  REQUIRE_FALSE(asks.empty());
  CHECK(std::u32string(job.substr(asks[0].begin, asks[0].end - asks[0].begin)) == U"稼働可能時間");
}

TEST_CASE("unanswered_question: each missing ask is reported, matched by key terms") {
  std::string text =
      application("平日は10時から16時まで作業できます。\n美容ブログを2年運営し、記事を30本納品した実績があります。");
  json out = lint(text, writing_post);
  auto found = issues_of(out, "unanswered_question");
  REQUIRE(found.size() == 2);
  CHECK(found[0]["ask"] == "月に対応可能な記事数");
  CHECK(found[1]["ask"] == "WordPressでの入稿経験の有無");
  CHECK(found[0]["severity"] == "error");
  CHECK(found[0]["message"].get<std::string>().find("月に対応可能な記事数") != std::string::npos);
  // The ask's span is in the job post, as JavaScript would slice it.
  CHECK(slice16(writing_post, found[0]["ask_start"], found[0]["ask_end"]) == "月に対応可能な記事数");
  CHECK(out["stats"]["asks"] == 4);
  CHECK(out["stats"]["asks_answered"] == 2);
}

TEST_CASE("unanswered_question: paraphrased answers count") {
  std::string text = application(
      "稼働は平日に1日5時間ほどです。これまでに美容記事を30本執筆しました（https://example.com/works）。\n"
      "月8本のペースで納品できます。WordPressでの入稿も日常的に行っています。");
  json out = lint(text, writing_post);
  CHECK(count_of(out, "unanswered_question") == 0);
  CHECK(out["stats"]["asks_answered"] == 4);
}

TEST_CASE("unanswered_question: no job post, no asks") {
  json out = lint(application("よろしくお願いします。"));
  CHECK(count_of(out, "unanswered_question") == 0);
  CHECK(out["stats"]["asks"] == 0);
}

TEST_CASE("unanswered_question: an ask of no known concept is matched by its words") {
  std::string job = "応募時に、お使いのカメラの機種を教えてください。";
  CHECK(count_of(lint(application("ミラーレス一眼で撮影しています。"), job), "unanswered_question") == 1);
  CHECK(count_of(lint(application("カメラはSONYのα7IVを使っています。"), job), "unanswered_question") == 0);
}

TEST_CASE("asks: an 【応募方法】 block whose first line points at the list; a conditional request") {
  std::string job =
      "【作業内容】\n・カット編集、テロップ入れ\n・BGM、効果音の挿入\n\n【応募方法】\n下記をご記載のうえご応募ください"
      "。\n"
      "① 動画編集の経験年数と実績\n② 使用している編集ソフト\n③ 1本あたりの納品までの日数\n④ 稼働可能な時間帯\n\n"
      "ポートフォリオがあれば、URLを添えてご応募ください。\nご不明点があればご質問ください。";
  // 「AとB」 is two asks, each answered on its own.
  CHECK(labels(job) == std::vector<std::string>{"動画編集の経験年数", "実績", "使用している編集ソフト",
                                                "1本あたりの納品までの日数", "稼働可能な時間帯",
                                                "ポートフォリオがあれば、URL"});
}

TEST_CASE("asks: at most 100 are read from one post") {
  std::string job = "【応募時に以下をご記載ください】\n";
  for (int i = 0; i < 150; ++i) job += "・カメラの機種" + std::to_string(i) + "\n";
  CHECK(labels(job).size() == 100);
}

TEST_CASE("asks: every item however it is joined (と・や・及び・、, lists with no header, questions, English)") {
  CHECK(labels("応募時に、好きな旅行先とその理由を教えてください。") ==
        std::vector<std::string>{"好きな旅行先", "その理由"});
  CHECK(labels("応募の際は、お見積り・納期をお知らせください。") == std::vector<std::string>{"お見積り", "納期"});
  // 美容・健康 is one genre, not two asks.
  CHECK(labels("美容・健康ジャンルでの執筆実績を教えてください。") ==
        std::vector<std::string>{"美容・健康ジャンルでの執筆実績"});
  // A bare noun before と/や shares the head of the next item (の経験, 分野の知識).
  CHECK(labels("ピボットテーブルやマクロの経験はありますか？") ==
        std::vector<std::string>{"ピボットテーブルの経験はありますか", "マクロの経験はありますか"});
  CHECK(labels("Excel及びWordの使用経験をご記載ください。") ==
        std::vector<std::string>{"Excelの使用経験", "Wordの使用経験"});
  CHECK(labels("応募時に、不動産や投資分野の知識があるか教えてください。") ==
        std::vector<std::string>{"不動産分野の知識がある", "投資分野の知識がある"});
  CHECK(labels("氏名と年齢を教えてください。") == std::vector<std::string>{"氏名", "年齢"});
  // A list taken up by 「を応募時にお知らせください」; a ■ section pointing at its list.
  CHECK(labels("①翻訳実績\n②納品までの日数\nを応募時にお知らせください。") ==
        std::vector<std::string>{"翻訳実績", "納品までの日数"});
  CHECK(labels("■応募方法\n以下をご記入のうえご応募ください。\n・サンプル音声\n・1本あたりの単価") ==
        std::vector<std::string>{"サンプル音声", "1本あたりの単価"});
  CHECK(labels("・使用ソフト\n・納品形式\nを教えてください。") == std::vector<std::string>{"使用ソフト", "納品形式"});
  CHECK(labels("Please tell us your availability and rate, and share 2-3 sample videos.") ==
        std::vector<std::string>{"your availability", "rate", "share 2-3 sample videos"});
  CHECK(labels("Please include:\n- Links to your past work\n- When you can start") ==
        std::vector<std::string>{"Links to your past work", "When you can start"});
  // A condition or a clause ending in が does not start a new item; a note under a list is not an ask.
  CHECK(labels("納期は3日を想定していますが、対応可能でしょうか？") ==
        std::vector<std::string>{"納期は3日を想定していますが、対応可能でしょうか"});
  CHECK(labels("【応募時に以下をご記載ください】\n1. 稼働時間\n※テストをお願いする場合があります。") ==
        std::vector<std::string>{"稼働時間"});
}

TEST_CASE("unanswered_question: an answer must give what the item asks for") {
  std::string job = "応募時に、好きな旅行先とその理由を教えてください。";
  // A place but no reason: the stock 応募いたしました line is not a reason.
  auto place_only = issues_of(lint(application("好きな旅行先は石垣島です。"), job), "unanswered_question");
  REQUIRE(place_only.size() == 1);
  CHECK(place_only[0]["ask"] == "その理由");
  CHECK(count_of(lint(application("好きな旅行先は石垣島です。海がきれいだからです。"), job), "unanswered_question") ==
        0);
  // 稼働時間 answered in other words; a past count is not a monthly capacity.
  std::string hours = "稼働時間と、月に対応できる記事数を教えてください。";
  auto out = issues_of(lint(application("平日は1日4時間作業できます。これまでに記事を15本ほど執筆しました。"), hours),
                       "unanswered_question");
  REQUIRE(out.size() == 1);
  CHECK(out[0]["ask"] == "月に対応できる記事数");
  CHECK(count_of(lint(application("平日は1日4時間作業できます。月8本まで対応できます。"), hours),
                 "unanswered_question") == 0);
  // A heading whose section is a slot answers nothing.
  std::string works = "制作実績を教えてください。";
  CHECK(count_of(lint(application("【制作実績】\n【ここに実績】"), works), "unanswered_question") == 1);
  CHECK(count_of(lint(application("【制作実績】\n塾のチラシを10件制作しました。"), works), "unanswered_question") == 0);
}

TEST_CASE("unanswered_question: answers by meaning (numbers with units, words as words, modifiers, aliases)") {
  auto unanswered = [](const std::string& text, const std::string& job) {
    return count_of(lint(application(text), job), "unanswered_question");
  };
  // A number with its unit answers (5〜8分ほど, 2日, 850点, 週4日).
  CHECK(unanswered("1枚あたり5〜8分ほどが目安です。", "応募時に、1枚あたりの作業時間の目安を教えてください。") == 0);
  CHECK(unanswered("納品までは2日いただければ十分です。", "応募時に納期を教えてください。") == 0);
  CHECK(unanswered("TOEICは850点です。", "応募時に英語の資格を教えてください。") == 0);
  CHECK(unanswered("作業は週4日可能です。", "応募時に、週に作業できる日数を教えてください。") == 0);
  // "per" inside "experience" is no rate; a count of 回再生 is no fee.
  CHECK(unanswered("I don't have much experience yet.", "Please tell us your rate.") == 1);
  CHECK(unanswered("1本あたり平均5万回再生を出しております。", "応募時に月額のご希望を教えてください。") == 1);
  // Work hours do not say when one can be reached or meet.
  CHECK(unanswered("週10時間くらい作業できます。", "応募時に、連絡がつきやすい時間帯を教えてください。") == 1);
  CHECK(unanswered("週に20時間ほど稼働可能です。", "応募時に、打ち合わせ可能な時間帯を教えてください。") == 1);
  CHECK(unanswered("平日の日中はすぐにお返事できます。", "平日の日中に連絡が取れますか？") == 0);
  // The experience in 「運用経験のあるアカウントのジャンル」 only describes the genre asked for.
  CHECK(unanswered("ジャンルは美容とグルメです。", "応募時に、運用経験のあるアカウントのジャンルを教えてください。") == 0);
  // A word used as a verb describes what is asked (在籍している大学 asks for the university).
  CHECK(unanswered("東都大学文学部3年の今井です。", "応募時に、在籍している大学（学部）を教えてください。") == 0);
  // An aside's concept answers (URL by a link); words said otherwise (苦手 by 得意ではない, サムネ, localization).
  CHECK(unanswered("・https://youtu.be/abc", "応募時に、過去に編集した動画（URL）を教えてください。") == 0);
  CHECK(unanswered("電話対応はあまり得意ではございません。", "応募時に苦手な業務を教えてください。") == 0);
  CHECK(unanswered("作ったサムネの例→ https://kota.example.com", "これまでに作ったサムネイルの例を教えてください。") == 0);
  CHECK(unanswered("I have five years of app localization experience.", "応募時に、これまでのローカライズ経験を教えてください。") == 0);
}
