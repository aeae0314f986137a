// The certification criteria of each platform, as dated criteria sets
// (docs/cert.md says where each row comes from). One table, `criteria`, holds
// every criterion of every set: what it measures, its threshold, which input
// fields feed it, the window it is counted over, a plain explanation, what to
// do this week, and the Japanese wording of its guidance. A message takes its
// numbers from its row: {t} is the threshold as the platform words it (90%,
// 4.8, 5, 200), {k} how many more, {m} how many more failures it absorbs,
// {v} the value entered, {d} a date.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/cert/exact.h"
#include "core/input/input.h"

namespace gigcheck::cert {

enum class Measure {
  ratio,          // successes / total >= threshold (completion, reply and task approval rates)
  average,        // average star rating >= threshold
  at_least,       // a count >= threshold (scouts)
  rank_at_most,   // a ranking position <= threshold (monthly earnings rank)
  top_percent,    // within the top threshold % (earnings in one's category)
  verifications,  // identity, phone and NDA checks all done
  flag,           // a yes/no the worker answers (profile filled in)
  recent_date,    // a date no more than threshold months before as_of (last login)
};

struct Wording {
  const char* needed;         // not met; {k} = how many more
  const char* no_record;      // not met because there is no record yet
  const char* headroom;       // met; {m} = how many more failures it absorbs
  const char* headroom_zero;  // met exactly at the threshold
  const char* unknown;        // the inputs are missing
};

// Which sets a row belongs to.
enum SetMask : unsigned { classic = 1, current = 2, both = classic | current };

struct Criterion {
  const char* platform;  // "crowdworks" | "lancers"
  unsigned sets;         // SetMask
  const char* id;        // output key, fixed by api.md
  const char* name;      // Japanese label
  Measure measure;
  Fraction threshold;       // ratios and averages as fractions; counts, ranks and months over 1
  const char* input;        // stats field: successes, rating object, count, rank, flag or date
  const char* total_input;  // stats field of the total, for ratios
  const char* pace_input;   // field of "pace" (per month) that moves it, or nullptr
  const char* window;       // what the platform counts it over
  bool rolling;             // counted over the past 12 months, so old records leave the window
  bool by_division;         // the rank limit depends on the 職種部門 (divisions below)
  bool skip_without_total;  // not a criterion while the total is 0 or absent (task approval; no_record says so)
  const char* explain;      // one plain sentence for a beginner
  const char* this_week;    // what the worker can do this week to move it
  Wording wording;
};

// The tables below are laid out by hand, one row per line group.
// clang-format off
inline constexpr Wording completion_wording = {
    "あと{k}件、キャンセルなしで完了すると基準（{t}）に届きます。",
    "まだ完了した仕事がありません。1件完了すると基準を満たします。",
    "あと{m}件キャンセルになっても基準内です。",
    "基準ちょうどです。次に1件でもキャンセルになると下回ります。",
    "受注した件数と完了した件数を入力すると判定します。"};

inline constexpr Wording rating_wording = {
    "あと★5の評価が{k}件で{t}に届きます。",
    "まだ評価がありません。★5の評価が1件つくと{t}以上になります。",
    "★4の評価があと{m}件ついても{t}以上を保てます。",
    "基準ちょうどです。★4の評価が1件つくと{t}を下回ります。",
    "評価の件数（★ごと）か、平均と件数を入力すると判定します。"};

inline constexpr Wording reply_wording = {
    "あと{k}件のメッセージに24時間以内に返信すると基準（{t}）に届きます。",
    "まだメッセージがありません。1件に24時間以内に返信すると基準を満たします。",
    "24時間を過ぎた返信があと{m}件あっても基準内です。",
    "基準ちょうどです。次の返信が24時間を過ぎると下回ります。",
    "受け取ったメッセージ数と24時間以内に返信した数を入力すると判定します。"};

inline constexpr Wording lancers_earnings_wording = {
    "カテゴリ内の上位{v}%です。基準は上位{t}%以内です（金額は公開されていません。約15万円で認定された例があります）。",
    "", "カテゴリ内の上位{v}%で、基準（上位{t}%以内）を満たしています。",
    "カテゴリ内の上位{v}%で、基準（上位{t}%以内）を満たしています。",
    "自分のカテゴリで獲得報酬が上位何%かを入力すると判定します。金額は公開されていませんが、約15万円で認定された例があります。"};

inline constexpr Wording verifications_wording = {
    "未完了の確認があります: {v}。マイページの設定から手続きしてください。", "",
    "{t}つの確認がすべて完了しています。", "{t}つの確認がすべて完了しています。",
    "本人確認・電話番号確認・機密保持確認が済んでいるかを選ぶと判定します。"};

inline constexpr const char* completion_explain =
    "引き受けた仕事のうち、途中でやめずに最後まで納品できた割合です。";
inline constexpr const char* completion_this_week =
    "今週は、納期に無理のない小さめの仕事を1件引き受けて、確実に納品まで終えましょう。キャンセルしそうな仕事は早めにクライアントと相談を。";
inline constexpr const char* rating_explain =
    "仕事を終えたときにクライアントがつける★1〜★5の評価の平均です。";
inline constexpr const char* rating_this_week =
    "今週は、進行中の仕事で途中経過をこまめに報告し、納品時に評価をお願いする一言を添えましょう。";

// Every criterion of every set. Within a platform the rows of a set come in
// the order its source lists them.
inline constexpr Criterion criteria[] = {
    // --- CrowdWorks プロクラウドワーカー ---
    {"crowdworks", both, "completion_rate", "納品完了率", Measure::ratio, {9, 10}, "jobs_completed", "jobs_total",
     "jobs_per_month", "過去1年間（固定報酬制。マイルストーン払いも納品と数えます）", true, false, false,
     completion_explain, completion_this_week, completion_wording},
    {"crowdworks", both, "rating", "総合評価", Measure::average, {24, 5}, "rating", nullptr,
     "five_star_reviews_per_month", "過去累計", false, false, false, rating_explain, rating_this_week, rating_wording},
    {"crowdworks", classic, "earnings_rank", "獲得報酬額（月間ランキング）", Measure::rank_at_most, {200, 1},
     "monthly_earnings_rank", nullptr, nullptr, "過去1年間で1回以上", false, false, false,
     "ひと月に受け取った報酬額が、全体で何位だったかです。",
     "今週は、今の単価より少し高い案件や継続案件に3件ほど提案してみましょう。1か月の報酬額を一度大きくできれば届きます。",
     {"月間ランキング{v}位です。基準は{t}位以内です（金額は公開されていません。月10万円前後で届いた例があります）。",
      "", "月間ランキング{v}位で、基準（{t}位以内）を満たしています。",
      "月間ランキング{v}位で、基準（{t}位以内）を満たしています。",
      "月間の獲得報酬ランキングの順位を入力すると判定します。金額は公開されていませんが、月10万円前後で届いた例があります。"}},
    {"crowdworks", current, "earnings_rank", "獲得報酬額（職種部門の月間ランキング）", Measure::rank_at_most, {200, 1},
     "monthly_earnings_rank", nullptr, nullptr, "過去1年間で1回以上", false, true, false,
     "自分の職種部門（デザイナー・エンジニア・ライター・ビジネス）で、ひと月の報酬額が何位だったかです。過去1年間に1回でも届けば満たします。",
     "今週は、今の単価より少し高い案件や継続案件に3件ほど提案してみましょう。1か月の報酬額を一度大きくできれば届きます。",
     {"{n}の月間ランキング{v}位です。基準は{t}位以内です（金額は公開されていません。月10万円前後で届いた例があります）。",
      "", "{n}の月間ランキング{v}位で、基準（{t}位以内）を満たしています。",
      "{n}の月間ランキング{v}位で、基準（{t}位以内）を満たしています。",
      "過去1年間で最も良かった月の順位と職種部門を入力すると判定します。金額は公開されていませんが、月10万円前後で届いた例があります。"}},
    {"crowdworks", both, "scouts", "スカウト数", Measure::at_least, {5, 1}, "scouts", nullptr, "scouts_per_month",
     "過去1年間", true, false, false, "クライアントから「この仕事をお願いできませんか」と直接声をかけられた回数です。",
     "今週は、プロフィールに実績の例とできる作業を具体的に書き足し、スカウトを受け付ける設定になっているか確かめましょう。",
     {"あと{k}件のスカウトで基準（{t}件）に届きます。", "",
      "基準（{t}件）を満たしています。", "基準（{t}件）を満たしています。",
      "受け取ったスカウトの件数を入力すると判定します。"}},
    {"crowdworks", both, "communication_rating", "コミュニケーション評価", Measure::average, {24, 5},
     "communication_rating", nullptr, "five_star_reviews_per_month", "過去累計", false, false, false,
     "やり取りの速さや丁寧さについて、クライアントがつける★の平均です。",
     "今週は、メッセージにその日のうちに返事をし、作業の区切りごとに進み具合を伝えましょう。", rating_wording},
    {"crowdworks", current, "profile", "プロフィール＆自己PR", Measure::flag, {1, 1}, "profile_complete", nullptr,
     nullptr, "過去1年間", false, false, false, "プロフィールと自己PRの欄が埋まっているかどうかです。",
     "今週は、プロフィールと自己PRを書き終えましょう。得意な作業・実績・稼働できる時間の3つがあれば十分です。",
     {"プロフィールか自己PRに未入力の欄があります。入力すると基準を満たします。", "",
      "プロフィールと自己PRは入力済みです。", "プロフィールと自己PRは入力済みです。",
      "プロフィールと自己PRを入力済みかを選ぶと判定します。"}},

    // --- Lancers 認定ランサー ---
    {"lancers", both, "reply_rate_24h", "24時間以内のメッセージ返信率", Measure::ratio, {4, 5}, "replied_within_24h",
     "messages_received", "prompt_replies_per_month", "過去1年間", true, false, false,
     "受け取ったメッセージのうち、24時間以内に返事をした割合です。",
     "今週は、メッセージの通知をスマートフォンで受け取る設定にし、すぐ答えられないときも「確認して明日お返事します」と一言返しましょう。",
     reply_wording},
    {"lancers", classic, "completion_rate", "仕事の完了率", Measure::ratio, {9, 10}, "jobs_completed", "jobs_total",
     "jobs_per_month", "過去1年間", true, false, false, completion_explain, completion_this_week, completion_wording},
    {"lancers", both, "earnings_percentile", "獲得報酬（カテゴリ内の上位）", Measure::top_percent, {20, 1},
     "earnings_top_percent", nullptr, nullptr, "過去1年間", false, false, false,
     "同じカテゴリで仕事をしている人の中で、受け取った報酬額が上位何%に入るかです。",
     "今週は、同じカテゴリで少し単価の高い案件や継続案件に3件ほど提案してみましょう。",
     lancers_earnings_wording},
    {"lancers", both, "rating", "クライアントからの評価", Measure::average, {24, 5}, "rating", nullptr,
     "five_star_reviews_per_month", "過去1年間", false, false, false, rating_explain, rating_this_week, rating_wording},
    {"lancers", both, "verifications", "本人確認・電話番号確認・機密保持確認", Measure::verifications, {3, 1},
     "verifications", nullptr, nullptr, "審査の時点", false, false, false,
     "ランサーズが本人・電話番号・秘密を守る約束を確かめ終えているかどうかです。",
     "今週は、マイページの「各種認証」から残っている確認を申請しましょう。どれも数分で終わります。",
     verifications_wording},

    // The FAQ's seven criteria (current) add these; its seventh is verifications and profile.
    {"lancers", current, "completion_rate", "プロジェクト完了率", Measure::ratio, {9, 10}, "jobs_completed", "jobs_total",
     "jobs_per_month", "過去1年間（プロジェクト方式）", true, false, false, completion_explain, completion_this_week,
     completion_wording},
    {"lancers", current, "task_approval_rate", "タスク承認率", Measure::ratio, {9, 10}, "tasks_approved",
     "tasks_total", "task_approvals_per_month", "過去1年間（タスク方式の仕事をした人だけ）", true, false, true,
     "タスク方式の仕事で、出した作業のうちクライアントに承認された割合です。",
     "今週は、タスクの説明を最後まで読んでから作業し、条件を満たすものだけを丁寧に出しましょう。",
     {"あと{k}件、承認される作業を出すと基準（{t}）に届きます。",
      "タスク方式の仕事がまだないので、タスク承認率は今回の判定に入りません。",
      "承認されない作業があと{m}件あっても基準内です。",
      "基準ちょうどです。次に1件でも承認されないと下回ります。",
      "タスク方式で出した作業の数と、そのうち承認された数を入力すると判定します。"}},
    {"lancers", current, "last_login", "ランサーズへのログイン", Measure::recent_date, {1, 1}, "last_login", nullptr,
     nullptr, "最終ログインが{t}か月以内", false, false, false,
     "最後にランサーズにログインした日から、{t}か月たっていないかどうかです。",
     "今週のうちに一度ログインして、届いたメッセージを確かめましょう。",
     {"最終ログイン（{v}）から{t}か月以上たっています。ログインすると基準を満たします。", "",
      "最終ログインは{v}です。{d}になる前にもう一度ログインすれば基準内です。",
      "最終ログインは{v}です。{d}になる前にもう一度ログインすれば基準内です。",
      "最後にログインした日を入力すると判定します。"}},
    {"lancers", current, "profile", "プロフィールの登録", Measure::flag, {1, 1}, "profile_complete", nullptr, nullptr,
     "審査の時点", false, false, false, "プロフィールの項目が登録済みかどうかです。",
     "今週は、プロフィールの空いている項目を埋めましょう。得意な作業・実績・稼働できる時間があれば十分です。",
     {"プロフィールに未登録の項目があります。登録すると基準を満たします。", "",
      "プロフィールは登録済みです。", "プロフィールは登録済みです。",
      "プロフィールを登録済みかを選ぶと判定します。"}},
};

// A dated criteria set: where its rows come from and how often it is judged.
struct CriteriaSet {
  const char* platform;
  const char* id;            // "current" | "classic"
  SetMask mask;
  const char* effective;     // the date the criteria took effect (as far as known)
  const char* source_title;  // the page the criteria are taken from
  const char* source_url;
  const char* checked;       // the date that page was read
  const char* citation;      // 「基準: …」 as the page shows it; {y}年{mo}月 = checked
  const char* cadence;       // "quarterly" | "monthly"
  int cycle_months;
  const char* anchor;        // one judgment date of the assumed schedule
  const char* schedule_note; // how the judgment date is assumed, shown with it
  bool judged;               // whether next_judgment is given (classic Lancers never had one)
  const char* order[8];      // the ids of its criteria, in the source's order
  const char* note;          // a note every answer carries
};

inline constexpr const char* crowdworks_profile_note =
    "公式の認定基準には、プロフィールと自己PRを入力済みであることも含まれます。";

inline constexpr const char* lancers_task_note =
    "ランサーズタスク（タスク形式）の仕事は実績としての評価が低く、認定を得てもスカウトにつながりにくいと言われています。プロジェクト形式の実績を中心に積みましょう。";

inline constexpr CriteriaSet criteria_sets[] = {
    {"crowdworks", "current", current, "2018-01-01", "プロクラウドワーカー｜クラウドワークス",
     "https://crowdworks.jp/lp/procrowdworker", "2026-12-01",
     "基準: クラウドワークス「プロクラウドワーカー」（{y}年{mo}月時点の公式ページ）", "quarterly", 3, "2026-01-01",
     "（{c}か月ごとと仮定した目安）", true,
     {"completion_rate", "rating", "earnings_rank", "scouts", "communication_rating", "profile"}, nullptr},
    {"crowdworks", "classic", classic, "2018-01-01", "実践者の記事（2019〜2020年ごろ）", "", "2020-01-01",
     "基準: 実践者の記事が挙げる5項目（2019〜2020年ごろ）", "quarterly", 3, "2026-01-01", "（{c}か月ごとと仮定した目安）",
     true, {"completion_rate", "rating", "earnings_rank", "scouts", "communication_rating"}, crowdworks_profile_note},
    {"lancers", "current", current, "2026-12-01", "認定ランサーの基準を知りたい｜ランサーズ ヘルプ",
     "https://www.lancers.jp/faq/l1005/328", "2026-12-01",
     "基準: ランサーズ「認定ランサーの基準を知りたい」（{y}年{mo}月時点の公式ページ）", "monthly", 1, "2026-01-01",
     "（毎月1日と仮定した目安）", true,
     {"earnings_percentile", "rating", "completion_rate", "task_approval_rate", "reply_rate_24h", "last_login",
      "verifications", "profile"},
     lancers_task_note},
    {"lancers", "classic", classic, "2015-03-01", "実践者の記事（2019〜2020年ごろ）", "", "2020-01-01",
     "基準: 実践者の記事が挙げる5項目（2019〜2020年ごろ）", "quarterly", 3, "2026-01-01", "", false,
     {"reply_rate_24h", "completion_rate", "earnings_percentile", "rating", "verifications"}, lancers_task_note},
};

// clang-format on

inline constexpr const char* default_criteria_set = "current";

// The row of `id` in `set`, or nullptr.
inline constexpr const Criterion* find_criterion(const CriteriaSet& set, std::string_view id) {
  for (const Criterion& c : criteria)
    if (std::string_view(c.platform) == set.platform && (c.sets & set.mask) && std::string_view(c.id) == id) return &c;
  return nullptr;
}

inline constexpr const CriteriaSet* find_set(std::string_view platform, std::string_view id) {
  for (const CriteriaSet& s : criteria_sets)
    if (std::string_view(s.platform) == platform && std::string_view(s.id) == id) return &s;
  return nullptr;
}

// CrowdWorks' 職種部門 and the monthly rank each must reach (current set).
// A limit of 0 is the earnings_rank row's own threshold.
struct Division {
  const char* id;    // stats.division
  const char* name;  // Japanese
  std::int64_t rank_limit;
};
// clang-format off
inline constexpr Division crowdworks_divisions[] = {
    {"designer", "デザイナー部門", 0}, {"engineer", "エンジニア部門", 100},
    {"writer", "ライター部門", 0}, {"business", "ビジネス部門", 0}};
// A rank between the limits while the division is not given; {v} rank, {n} the
// division with the lower limit {l}, {t} the others' limit.
inline constexpr const char* division_unknown_message =
    "月間ランキング{v}位は、{n}なら基準（{l}位以内）に届かず、ほかの部門なら基準（{t}位以内）を満たします。職種部門を選ぶと判定します。";

// Trends from an earlier snapshot ("earlier"): {s} its date, {d} the date reached.
inline constexpr const char* trend_reached_message = "{s}からのペースが続けば、{d}ごろに基準に届きます。";
inline constexpr const char* trend_never_message = "{s}からのペースのままでは、基準に届きません。";
// What leaving the 12-month window does by the next judgment: {d} its date, {v} the value then.
inline constexpr const char* leaving_message = "判定日（{d}）には古い実績が集計から外れて{v}になります。";

// clang-format on

// The verifications Lancers requires, in display order.
struct Verification {
  const char* key;   // field of stats.verifications
  const char* name;  // Japanese
};
inline constexpr Verification lancers_verifications[] = {
    {"identity", "本人確認"}, {"phone", "電話番号確認"}, {"nda", "機密保持確認"}};

// Records leave a rolling window this many months after they were made.
inline constexpr int rolling_window_months = 12;
// The most days an earlier snapshot may lie before as_of, for trends.
inline constexpr std::int64_t max_trend_days = 3660;

// The certify part of api::meta: each platform's badge, criteria sets and criteria.
Json meta();

}  // namespace gigcheck::cert
