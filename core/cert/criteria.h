// The certification criteria of each platform, as in ../shared/domain.md §1.
// One row per criterion: what it measures, its threshold, which input fields
// feed it, and the Japanese wording of its guidance ({k}, {m}, {v} are filled in).
#pragma once

#include <cstdint>

#include "core/cert/exact.h"
#include "core/input/input.h"

namespace gigcheck::cert {

enum class Measure {
  ratio,            // successes / total >= threshold (completion, reply rate)
  average,          // average star rating >= threshold
  at_least,         // a count >= threshold (scouts)
  rank_at_most,     // a ranking position <= threshold (monthly earnings rank)
  top_percent,      // within the top threshold % (earnings in one's category)
  verifications,    // identity, phone and NDA checks all done
};

struct Wording {
  const char* needed;         // not met; {k} = how many more
  const char* no_record;      // not met because there is no record yet
  const char* headroom;       // met; {m} = how many more failures it absorbs
  const char* headroom_zero;  // met exactly at the threshold
  const char* unknown;        // the inputs are missing
};

struct Criterion {
  const char* id;           // output key, fixed by api.md
  const char* name;         // Japanese label
  Measure measure;
  Fraction threshold;       // ratios and averages as fractions; counts and ranks over 1
  const char* input;        // stats field: successes, rating object, count or rank
  const char* total_input;  // stats field of the total, for ratios
  const char* pace_input;   // field of "pace" (per month) that moves it, or nullptr
  Wording wording;
};

inline constexpr Wording completion_wording = {
    "あと{k}件、キャンセルなしで完了すると基準（{t}）に届きます。",
    "まだ完了した仕事がありません。1件完了すると基準を満たします。",
    "あと{m}件キャンセルになっても基準内です。",
    "基準ちょうどです。次に1件でもキャンセルになると下回ります。",
    "受注した件数と完了した件数を入力すると判定します。"};

inline constexpr Wording rating_wording = {
    "あと★5の評価が{k}件で4.8に届きます。",
    "まだ評価がありません。★5の評価が1件つくと4.8以上になります。",
    "★4の評価があと{m}件ついても4.8以上を保てます。",
    "基準ちょうどです。★4の評価が1件つくと4.8を下回ります。",
    "評価の件数（★ごと）か、平均と件数を入力すると判定します。"};

inline constexpr Criterion crowdworks_criteria[] = {
    {"completion_rate", "納品完了率", Measure::ratio, {9, 10}, "jobs_completed", "jobs_total",
     "jobs_per_month", completion_wording},
    {"rating", "総合評価", Measure::average, {24, 5}, "rating", nullptr, "five_star_reviews_per_month",
     rating_wording},
    {"earnings_rank", "獲得報酬額（月間ランキング）", Measure::rank_at_most, {200, 1},
     "monthly_earnings_rank", nullptr, nullptr,
     {"月間ランキング{v}位です。基準は200位以内です（金額は公開されていません。月10万円前後で届いた例があります）。",
      "", "月間ランキング{v}位で、基準（200位以内）を満たしています。",
      "月間ランキング{v}位で、基準（200位以内）を満たしています。",
      "月間の獲得報酬ランキングの順位を入力すると判定します。金額は公開されていませんが、月10万円前後で届いた例があります。"}},
    {"scouts", "スカウト数", Measure::at_least, {5, 1}, "scouts", nullptr, "scouts_per_month",
     {"あと{k}件のスカウトで基準（5件）に届きます。", "",
      "基準（5件）を満たしています。", "基準（5件）を満たしています。",
      "受け取ったスカウトの件数を入力すると判定します。"}},
    {"communication_rating", "コミュニケーション評価", Measure::average, {24, 5},
     "communication_rating", nullptr, "five_star_reviews_per_month", rating_wording},
};

inline constexpr Criterion lancers_criteria[] = {
    {"reply_rate_24h", "24時間以内のメッセージ返信率", Measure::ratio, {4, 5}, "replied_within_24h",
     "messages_received", "prompt_replies_per_month",
     {"あと{k}件のメッセージに24時間以内に返信すると基準（{t}）に届きます。",
      "まだメッセージがありません。1件に24時間以内に返信すると基準を満たします。",
      "24時間を過ぎた返信があと{m}件あっても基準内です。",
      "基準ちょうどです。次の返信が24時間を過ぎると下回ります。",
      "受け取ったメッセージ数と24時間以内に返信した数を入力すると判定します。"}},
    {"completion_rate", "仕事の完了率", Measure::ratio, {9, 10}, "jobs_completed", "jobs_total",
     "jobs_per_month", completion_wording},
    {"earnings_percentile", "獲得報酬（カテゴリ内の上位）", Measure::top_percent, {20, 1},
     "earnings_top_percent", nullptr, nullptr,
     {"カテゴリ内の上位{v}%です。基準は上位20%以内です（金額は公開されていません。約15万円で認定された例があります）。",
      "", "カテゴリ内の上位{v}%で、基準（上位20%以内）を満たしています。",
      "カテゴリ内の上位{v}%で、基準（上位20%以内）を満たしています。",
      "自分のカテゴリで獲得報酬が上位何%かを入力すると判定します。金額は公開されていませんが、約15万円で認定された例があります。"}},
    {"rating", "クライアントからの評価", Measure::average, {24, 5}, "rating", nullptr,
     "five_star_reviews_per_month", rating_wording},
    {"verifications", "本人確認・電話番号確認・機密保持確認", Measure::verifications, {3, 1},
     "verifications", nullptr, nullptr,
     {"未完了の確認があります: {v}。マイページの設定から手続きしてください。", "",
      "3つの確認がすべて完了しています。", "3つの確認がすべて完了しています。",
      "本人確認・電話番号確認・機密保持確認が済んでいるかを選ぶと判定します。"}},
};

// The verifications Lancers requires, in display order.
struct Verification {
  const char* key;   // field of stats.verifications
  const char* name;  // Japanese
};
inline constexpr Verification lancers_verifications[] = {
    {"identity", "本人確認"}, {"phone", "電話番号確認"}, {"nda", "機密保持確認"}};

// CrowdWorks re-judges Pro CrowdWorkers every 3 months. The platform does not
// publish the months, so the default schedule is an assumption (docs/cert.md).
inline constexpr int default_judgment_cycle_months = 3;
inline constexpr const char* default_judgment_anchor = "2026-01-01";

inline constexpr const char* crowdworks_profile_note =
    "公式の認定基準には、プロフィールと自己PRを入力済みであることも含まれます。";

inline constexpr const char* lancers_task_note =
    "ランサーズタスク（タスク形式）の仕事は実績としての評価が低く、認定を得てもスカウトにつながりにくいと言われています。プロジェクト形式の実績を中心に積みましょう。";

// The certify part of api::meta: each platform's badge and criteria.
Json meta();

}  // namespace gigcheck::cert
