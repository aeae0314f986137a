#include "core/timeline/timeline.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/base/sort.h"

namespace gigcheck::timeline {

namespace {

using date::Date;

enum class When { always, with_deadline, without_deadline };

// Which platforms a row is for.
constexpr unsigned crowdworks = 1u << static_cast<unsigned>(Platform::crowdworks);
constexpr unsigned lancers = 1u << static_cast<unsigned>(Platform::lancers);
constexpr unsigned both = crowdworks | lancers;

struct StepRule {
  Situation situation;
  When when;
  std::string_view id;
  std::string_view kind;
  std::string_view title;
  std::string_view action;
  std::string_view from;  // "date", "deadline" or an earlier row's id
  Unit unit;
  int amount;
  std::string_view not_before;  // if set: at least 1 business day after that step
  Template message;
  unsigned platforms;
  std::string_view headline;  // the user's action on that day, "催促メッセージを送る"; empty when the user only waits
};

constexpr Unit cal = Unit::calendar_days;
constexpr Unit biz = Unit::business_days;
constexpr Situation application = Situation::after_application;
constexpr Situation contract = Situation::after_contract;
constexpr Situation delivery = Situation::after_delivery;

// ---------------------------------------------------------------------------
// The steps per situation (../shared/domain.md §3). Rows of one situation are
// in dependency order: `from` names the input date or an earlier row.
// Day counts that domain.md gives only as rules of thumb are our defaults,
// explained in docs/calendar.md:
//   - 3 business days before nudging (domain §3 after delivery; §2 calls
//     3 business days the outer limit of an acceptable reply time);
//   - 3 more business days for an answer to the nudge before escalating;
//   - 10 days after 連絡催促申請 before 契約途中終了リクエスト (one worker's wait);
//   - applications: 1 week after the deadline, or 2 weeks after applying
//     when the deadline is not known.
// ---------------------------------------------------------------------------
constexpr StepRule step_rules[] = {
    // After applying, no answer.
    {application, When::always, "applied", "event", "応募",
     "応募しました。返事がないまま終わることはよくあり、多くの場合は不採用の合図です。", "date", cal, 0, "",
     Template::none, both, ""},
    {application, When::with_deadline, "deadline", "deadline", "募集期限",
     "募集期限です。選考の結果はこの後に届くこともあります。", "deadline", cal, 0, "", Template::none, both, ""},
    {application, When::with_deadline, "give_up", "give_up", "不採用とみなして次へ",
     "募集期限から1週間たっても返事がなければ、不採用とみなして次の案件に応募しましょう。", "deadline", cal, 7, "",
     Template::none, both, "不採用とみなして次の案件へ進む"},
    {application, When::without_deadline, "give_up", "give_up", "不採用とみなして次へ",
     "募集期限が分からないため、応募日から2週間を目安にしています。返事がなければ不採用とみなして次の案件"
     "へ。募集期限を入力すると、期限の1週間後で計算します。",
     "date", cal, 14, "", Template::none, both, "不採用とみなして次の案件へ進む"},

    // After the contract, no answer to a message.
    {contract, When::always, "sent", "event", "メッセージ送信（返信なし）",
     "契約後に送ったメッセージに返事がありません。まずは3営業日待ちます（土日祝は数えません）。", "date", cal, 0, "",
     Template::none, both, ""},
    {contract, When::always, "nudge", "nudge", "自分で催促",
     "クライアントに丁寧な催促メッセージを送ります。送った日付と用件を書き、状況を尋ねます。", "date", biz, 3, "",
     Template::nudge, both, "催促メッセージを送る"},
    {contract, When::always, "support_request", "support_request", "連絡催促申請",
     "催促にも返事がなければ、クラウドワークスの連絡催促申請を使います。事務局があなたに代わってクライア"
     "ントに連絡します。",
     "nudge", biz, 3, "", Template::none, crowdworks, "連絡催促申請をする"},
    {contract, When::always, "early_termination", "early_termination", "契約途中終了リクエスト",
     "連絡催促申請から10日たっても返事がなければ、契約途中終了リクエストで契約を終えます。仮払い済みの報酬"
     "はクライアントに返金されます。",
     "support_request", cal, 10, "", Template::withdrawal, crowdworks, "契約途中終了をリクエストする"},

    // Lancers (help: 「プロジェクトでクライアントから連絡がない」「連絡催促申請の概要を教えてください」).
    {contract, When::always, "support_request", "support_request", "連絡催促申請（ランサーズ）",
     "ランサーズは、3回ほどメッセージを送っても返事がないときに連絡催促申請を勧めています。メッセージで7日以上"
     "連絡がなければ申請でき、ランサーズが申請日から7日後を期限にクライアントへ連絡を促します。",
     "date", cal, 7, "nudge", Template::none, lancers, "連絡催促申請をする"},
    {contract, When::always, "platform_deadline", "platform_deadline", "連絡期限（ランサーズが対応）",
     "期限までにクライアントから連絡がなければ、ランサーズが個別に対応します。完了報告済みの計画は支払いが確定"
     "し、完了報告前の計画は仮払いがキャンセルされ、クライアントにはマイナス評価が付きます。",
     "support_request", cal, 7, "", Template::none, lancers, ""},

    // After delivery, no acceptance (検収).
    {delivery, When::always, "delivered", "event", "納品",
     "納品しました。クライアントの検収を待ちます。土日祝が休みのクライアントも多いので、3営業日は待ちまし"
     "ょう。",
     "date", cal, 0, "", Template::none, crowdworks, ""},
    {delivery, When::always, "platform_reminder", "platform_reminder", "クラウドワークスの自動リマインド",
     "検収されないまま3日たつと、クラウドワークスからクライアントに検収を促す連絡が届きます。あなたの操作は"
     "不要です。",
     "date", cal, 3, "", Template::none, crowdworks, ""},
    {delivery, When::always, "acceptance_deadline", "acceptance_deadline", "検収期間（1週間）の目安",
     "標準的な検収期間の1週間がこの日で終わります。過ぎても検収されなければ事務局に相談できます。", "date", cal, 7, "",
     Template::none, crowdworks, ""},
    {delivery, When::always, "nudge", "nudge", "自分で催促",
     "検収をお願いする丁寧な催促メッセージを送ります。納品した日付と内容を書き、状況を尋ねます。", "date", biz, 3, "",
     Template::nudge, both, "検収の催促メッセージを送る"},
    {delivery, When::always, "support_request", "support_request", "連絡催促申請",
     "検収期間を過ぎ、催促にも返事がなければ連絡催促申請を使います。事務局がクライアントに連絡し、場合によ"
     "っては検収を代わりに完了します。",
     "nudge", biz, 3, "acceptance_deadline", Template::none, crowdworks, "連絡催促申請をする"},
    {delivery, When::always, "inquiry", "inquiry", "お問い合わせ",
     "連絡催促申請の代わりに、お問い合わせフォームから事務局に相談することもできます（受付は平日のみ）。",
     "support_request", cal, 0, "", Template::none, crowdworks, ""},
    // Lancers: delivery is the 完了報告; the client's approval confirms the payment.
    {delivery, When::always, "delivered", "event", "完了報告（納品）",
     "完了報告をしました。クライアントが確認して承認すると支払いが確定します。土日祝が休みのクライアントも多いので、"
     "3営業日は待ちましょう。",
     "date", cal, 0, "", Template::none, lancers, ""},
    {delivery, When::always, "support_request", "support_request", "連絡催促申請（ランサーズ）",
     "催促にも返事がなく、メッセージで7日以上連絡がなければ連絡催促申請ができます。ランサーズが申請日から7日後を"
     "期限にクライアントへ連絡を促します。",
     "date", cal, 7, "nudge", Template::none, lancers, "連絡催促申請をする"},
    {delivery, When::always, "platform_deadline", "platform_deadline", "連絡期限（ランサーズが対応）",
     "期限までにクライアントから連絡がなければ、ランサーズが個別に対応し、完了報告済みの計画は支払いが確定します。"
     "クライアントにはマイナス評価が付きます。",
     "support_request", cal, 7, "", Template::none, lancers, ""},
};

bool applies(const StepRule& rule, Situation situation, Platform platform, bool has_deadline) {
  if (rule.situation != situation || (rule.platforms & (1u << static_cast<unsigned>(platform))) == 0) return false;
  if (rule.when == When::with_deadline) return has_deadline;
  if (rule.when == When::without_deadline) return !has_deadline;
  return true;
}

std::optional<Date> count_from(const Date& base, Unit unit, int amount, calendar::ClosedDays closed) {
  if (unit == Unit::business_days && amount > 0) return calendar::add_business_days(base, amount, closed);
  Date d = date::add_days(base, amount);
  return calendar::supported(d) ? std::optional<Date>(d) : std::nullopt;
}

}  // namespace

std::optional<std::vector<PlannedStep>> plan(Situation situation, Platform platform, const date::Date& event,
                                             std::optional<date::Date> deadline, calendar::ClosedDays closed) {
  std::vector<std::pair<std::string_view, Date>> known = {{"date", event}};
  if (deadline) known.push_back({"deadline", *deadline});
  auto date_of = [&](std::string_view id) -> std::optional<Date> {
    for (const auto& [name, d] : known)
      if (name == id) return d;
    return std::nullopt;
  };

  std::vector<PlannedStep> steps;
  for (const StepRule& rule : step_rules) {
    if (!applies(rule, situation, platform, deadline.has_value())) continue;
    auto base = date_of(rule.from);
    if (!base) continue;  // cannot happen with a consistent table
    auto d = count_from(*base, rule.unit, rule.amount, closed);
    if (!d) return std::nullopt;
    PlannedStep step{rule.id,   rule.kind, rule.title,  rule.action,  *d,
                     rule.from, rule.unit, rule.amount, rule.message, rule.headline};
    if (!rule.not_before.empty()) {
      auto floor_base = date_of(rule.not_before);
      auto floor = floor_base ? calendar::add_business_days(*floor_base, 1, closed) : std::nullopt;
      if (!floor) return std::nullopt;
      if (date::to_days(*floor) > date::to_days(step.date)) {
        step.date = *floor;
        step.from = rule.not_before;
        step.unit = Unit::business_days;
        step.amount = 1;
      }
    }
    known.push_back({rule.id, step.date});
    steps.push_back(step);
  }
  stable_sort_items(
      steps, [](const PlannedStep& a, const PlannedStep& b) { return date::to_days(a.date) < date::to_days(b.date); });
  return steps;
}

}  // namespace gigcheck::timeline
