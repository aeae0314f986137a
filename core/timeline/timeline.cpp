#include "core/timeline/timeline.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/base/sort.h"

namespace gigcheck::timeline {

namespace {

using date::Date;

enum class When { always, with_deadline, without_deadline };

struct StepRule {
  Situation situation;
  When when;
  std::string_view id;
  std::string_view kind;
  std::string_view title;
  std::string_view action;
  std::string_view from;        // "date", "deadline" or an earlier row's id
  Unit unit;
  int amount;
  std::string_view not_before;  // if set: at least 1 business day after that step
  Template message;
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
     "応募しました。返事がないまま終わることはよくあり、多くの場合は不採用の合図です。", "date", cal, 0,
     "", Template::none},
    {application, When::with_deadline, "deadline", "deadline", "募集期限",
     "募集期限です。選考の結果はこの後に届くこともあります。", "deadline", cal, 0, "", Template::none},
    {application, When::with_deadline, "give_up", "give_up", "不採用とみなして次へ",
     "募集期限から1週間たっても返事がなければ、不採用とみなして次の案件に応募しましょう。", "deadline",
     cal, 7, "", Template::none},
    {application, When::without_deadline, "give_up", "give_up", "不採用とみなして次へ",
     "募集期限が分からないため、応募日から2週間を目安にしています。返事がなければ不採用とみなして次の案件"
     "へ。募集期限を入力すると、期限の1週間後で計算します。",
     "date", cal, 14, "", Template::none},

    // After the contract, no answer to a message.
    {contract, When::always, "sent", "event", "メッセージ送信（返信なし）",
     "契約後に送ったメッセージに返事がありません。まずは3営業日待ちます（土日祝は数えません）。", "date",
     cal, 0, "", Template::none},
    {contract, When::always, "nudge", "nudge", "自分で催促",
     "クライアントに丁寧な催促メッセージを送ります。送った日付と用件を書き、状況を尋ねます。", "date", biz,
     3, "", Template::nudge},
    {contract, When::always, "support_request", "support_request", "連絡催促申請",
     "催促にも返事がなければ、クラウドワークスの連絡催促申請を使います。事務局があなたに代わってクライア"
     "ントに連絡します。",
     "nudge", biz, 3, "", Template::none},
    {contract, When::always, "early_termination", "early_termination", "契約途中終了リクエスト",
     "連絡催促申請から10日たっても返事がなければ、契約途中終了リクエストで契約を終えます。仮払い済みの報酬"
     "はクライアントに返金されます。",
     "support_request", cal, 10, "", Template::withdrawal},

    // After delivery, no acceptance (検収).
    {delivery, When::always, "delivered", "event", "納品",
     "納品しました。クライアントの検収を待ちます。土日祝が休みのクライアントも多いので、3営業日は待ちまし"
     "ょう。",
     "date", cal, 0, "", Template::none},
    {delivery, When::always, "platform_reminder", "platform_reminder", "クラウドワークスの自動リマインド",
     "検収されないまま3日たつと、クラウドワークスからクライアントに検収を促す連絡が届きます。あなたの操作は"
     "不要です。",
     "date", cal, 3, "", Template::none},
    {delivery, When::always, "acceptance_deadline", "acceptance_deadline", "検収期間（1週間）の目安",
     "標準的な検収期間の1週間がこの日で終わります。過ぎても検収されなければ事務局に相談できます。", "date",
     cal, 7, "", Template::none},
    {delivery, When::always, "nudge", "nudge", "自分で催促",
     "検収をお願いする丁寧な催促メッセージを送ります。納品した日付と内容を書き、状況を尋ねます。", "date",
     biz, 3, "", Template::nudge},
    {delivery, When::always, "support_request", "support_request", "連絡催促申請",
     "検収期間を過ぎ、催促にも返事がなければ連絡催促申請を使います。事務局がクライアントに連絡し、場合によ"
     "っては検収を代わりに完了します。",
     "nudge", biz, 3, "acceptance_deadline", Template::none},
    {delivery, When::always, "inquiry", "inquiry", "お問い合わせ",
     "連絡催促申請の代わりに、お問い合わせフォームから事務局に相談することもできます（受付は平日のみ）。",
     "support_request", cal, 0, "", Template::none},
};

bool applies(const StepRule& rule, Situation situation, bool has_deadline) {
  if (rule.situation != situation) return false;
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

std::optional<std::vector<PlannedStep>> plan(Situation situation, const date::Date& event,
                                             std::optional<date::Date> deadline,
                                             calendar::ClosedDays closed) {
  std::vector<std::pair<std::string_view, Date>> known = {{"date", event}};
  if (deadline) known.push_back({"deadline", *deadline});
  auto date_of = [&](std::string_view id) -> std::optional<Date> {
    for (const auto& [name, d] : known)
      if (name == id) return d;
    return std::nullopt;
  };

  std::vector<PlannedStep> steps;
  for (const StepRule& rule : step_rules) {
    if (!applies(rule, situation, deadline.has_value())) continue;
    auto base = date_of(rule.from);
    if (!base) continue;  // cannot happen with a consistent table
    auto d = count_from(*base, rule.unit, rule.amount, closed);
    if (!d) return std::nullopt;
    PlannedStep step{rule.id, rule.kind, rule.title, rule.action, *d, rule.from, rule.unit, rule.amount, rule.message};
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
  stable_sort_items(steps, [](const PlannedStep& a, const PlannedStep& b) {
    return date::to_days(a.date) < date::to_days(b.date);
  });
  return steps;
}

}  // namespace gigcheck::timeline
