// The signal table and its detectors. Each detector reads sentences, not
// single words: a channel name counts only next to a request to use it, a
// test only when it is unpaid or before the contract, and a sentence that
// denies or warns about something ("LINEでのやり取りは一切行いません",
// "LINEへの誘導にご注意ください") is not a signal.
#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "core/base/sort.h"
#include "core/risk/pay.h"
#include "core/risk/risk.h"

namespace gigcheck::risk {

namespace {

// Windows, in normalized characters, within which words count as related.
constexpr std::uint32_t pair_window = 25;      // a channel and the request to use it
constexpr std::uint32_t negation_window = 30;  // a denial after the word it denies
constexpr std::uint32_t subject_window = 12;   // "LINE" and "スタンプ"/"運用": LINE is the work's subject
constexpr std::uint32_t review_negation_window = 15;
constexpr std::int64_t mass_hiring_threshold = 50;              // domain.md: 50 to 100+ people at once
constexpr std::int64_t too_good_monthly_centi = 300'000 * 100;  // 月収30万円以上
constexpr std::int64_t too_good_per_task_centi = 20'000 * 100;  // 日給・1件2万円以上 for trivial work
constexpr std::int64_t too_good_hourly_centi = 5'000 * 100;     // 時給5,000円以上 for trivial work
constexpr std::int64_t too_good_crime_task_centi =
    5'000 * 100;                                 // 1件5,000円以上 to receive a parcel or lend an account
constexpr std::int64_t low_rating_centi = 400;   // below 4.0: medium
constexpr std::int64_t mild_rating_centi = 450;  // 4.0 to below 4.5: low
constexpr std::int64_t min_rating_count = 3;     // fewer reviews say little
constexpr std::int64_t reply_hours_ok = 24;      // domain.md: good clients answer within 24 hours
constexpr std::size_t max_evidence = 12;

unsigned stage_bit(Stage s) { return 1u << static_cast<unsigned>(s); }
constexpr unsigned before = 1u << 0, during = 1u << 1, after = 1u << 2, any_stage = before | during | after;

bool has_tag(const TermHit& h, std::initializer_list<Tag> tags) {
  for (Tag t : tags)
    if (h.tag == t) return true;
  return false;
}

struct Sentence {
  std::uint32_t begin, end;
};

Sentence sentence_at(const Doc& d, std::uint32_t pos) {
  auto it = std::upper_bound(d.sentence_ends.begin(), d.sentence_ends.end(), pos);
  std::uint32_t end = it == d.sentence_ends.end() ? static_cast<std::uint32_t>(d.norm.chars.size()) : *it;
  std::uint32_t begin = it == d.sentence_ends.begin() ? 0 : *(it - 1);
  return {begin, end};
}

// Hits of the given tags inside [begin, end), in text order.
template <typename Fn>
void for_hits(const Doc& d, std::uint32_t begin, std::uint32_t end, std::initializer_list<Tag> tags, Fn fn) {
  auto it = std::lower_bound(d.hits.begin(), d.hits.end(), begin,
                             [](const TermHit& h, std::uint32_t b) { return h.begin < b; });
  for (; it != d.hits.end() && it->begin < end; ++it)
    if (has_tag(*it, tags)) fn(*it);
}

// Every hit of the given tags in the whole doc, tag by tag (evidence is sorted afterwards).
template <typename Fn>
void for_all(const Doc& d, std::initializer_list<Tag> tags, Fn fn) {
  for (Tag tag : tags) {
    auto t = static_cast<std::size_t>(tag);
    for (std::uint32_t k = d.tag_begin[t]; k < d.tag_begin[t + 1]; ++k) fn(d.hits[d.hits_by_tag[k]]);
  }
}

// Whether the doc has any hit of `tag`.
bool has_any(const Doc& d, Tag tag) {
  auto t = static_cast<std::size_t>(tag);
  return d.tag_begin[t + 1] > d.tag_begin[t];
}

// A finding holding max_evidence spans takes no more (add_span), so the
// detectors whose only effect is evidence stop looking then.
bool full(const Finding& f) { return f.evidence.size() >= max_evidence; }

// for_all for such detectors: stops once `f` is full.
template <typename Fn>
void for_all_until_full(const Doc& d, Finding& f, std::initializer_list<Tag> tags, Fn fn) {
  for (Tag tag : tags) {
    auto t = static_cast<std::size_t>(tag);
    for (std::uint32_t k = d.tag_begin[t]; k < d.tag_begin[t + 1] && !full(f); ++k) fn(d.hits[d.hits_by_tag[k]]);
  }
}

const TermHit* first_hit(const Doc& d, std::uint32_t begin, std::uint32_t end, std::initializer_list<Tag> tags) {
  auto it = std::lower_bound(d.hits.begin(), d.hits.end(), begin,
                             [](const TermHit& h, std::uint32_t b) { return h.begin < b; });
  for (; it != d.hits.end() && it->begin < end; ++it)
    if (has_tag(*it, tags)) return &*it;
  return nullptr;
}

bool any_hit(const Doc& d, std::uint32_t begin, std::uint32_t end, std::initializer_list<Tag> tags) {
  return first_hit(d, begin, end, tags) != nullptr;
}

// A hit of `tags` within `window` characters of `h` in its sentence, either side.
const TermHit* near(const Doc& d, const TermHit& h, std::uint32_t window, std::initializer_list<Tag> tags) {
  Sentence s = sentence_at(d, h.begin);
  std::uint32_t from = std::max(s.begin, h.begin > window ? h.begin - window : 0);
  std::uint32_t to = std::min(s.end, h.end + window);
  const TermHit* best = nullptr;
  for_hits(d, from, to, tags, [&](const TermHit& other) {
    if (&other != &h && !best) best = &other;
  });
  return best;
}

bool negated(const Doc& d, const TermHit& h, std::initializer_list<Tag> denials = {Tag::negation},
             std::uint32_t window = negation_window);

// Request forms that close a clause: a denial after them belongs to the next predicate.
constexpr std::u32string_view closing_requests[] = {U"ください", U"下さい"};
constexpr std::uint32_t own_denial_window = 3;  // "在宅不可", "remote不可": the denial right after the word

bool closes_clause(const Doc& d, const TermHit& w, std::initializer_list<Tag> denials) {
  if (w.tag == Tag::remote)
    return !has_tag(w, denials) || negated(d, w, {Tag::negation}, own_denial_window);
  if (w.tag != Tag::ask) return false;
  for (std::u32string_view r : closing_requests)
    if (std::u32string_view(d.norm.chars).substr(w.begin, w.end - w.begin) == r) return true;
  return false;
}

// A denial after `h` in its sentence ("LINEでのやり取りは一切行いません"),
// unless a condition comes first ("LINE登録しないと作業できません" is a threat).
bool negated(const Doc& d, const TermHit& h, std::initializer_list<Tag> denials, std::uint32_t window) {
  Sentence s = sentence_at(d, h.begin);
  std::uint32_t to = std::min(s.end, h.end + window);
  bool denied = false, conditional = false;
  auto it = std::lower_bound(d.hits.begin(), d.hits.end(), h.end,
                             [](const TermHit& x, std::uint32_t b) { return x.begin < b; });
  for (; it != d.hits.end() && it->begin < to && !denied && !conditional; ++it) {
    // A denial closes the nearest word before it: past a remote word ("出社が必要です（在宅不可）") or a
    // request that closes its clause ("ご負担ください（相殺はできません）"), it denies that, not `h`.
    if (closes_clause(d, *it, denials)) break;
    if (it->tag == Tag::conditional)
      conditional = true;
    else if (has_tag(*it, denials))
      denied = true;
  }
  // "一切" before the word denies it too ("一切LINEは使いません").
  if (!denied && !conditional)
    for_hits(d, s.begin, h.begin, {Tag::negation}, [&](const TermHit& n) {
      if (d.norm.chars.compare(n.begin, 2, U"一切") == 0) denied = true;
    });
  return denied;
}

// The sentence warns about the thing instead of asking for it.
bool warned(const Doc& d, const TermHit& h) {
  Sentence s = sentence_at(d, h.begin);
  return any_hit(d, s.begin, s.end, {Tag::warning});
}

bool denied_or_warned(const Doc& d, const TermHit& h) { return negated(d, h) || warned(d, h); }

bool text_is(const Doc& d, const TermHit& h, std::u32string_view word) {
  return std::u32string_view(d.norm.chars).substr(h.begin, h.end - h.begin) == word;
}

void add_span(Finding& f, const Doc& d, std::uint32_t begin, std::uint32_t end) {
  if (f.evidence.size() >= max_evidence) return;
  text::Utf16Span span = text::original_span(d.decoded, d.norm, begin, end);
  for (const Evidence& e : f.evidence)
    if (e.has_span && e.start == span.start && e.end == span.end && e.order == d.order && e.source == d.source) return;
  if (f.evidence.empty()) f.evidence.reserve(max_evidence + 1);  // Evidence is large: no regrowth (+1: a field)
  Evidence e;
  e.source = d.source;
  e.order = d.order;
  e.has_span = true;
  e.start = span.start;
  e.end = span.end;
  e.text = text::original_text(d.decoded, d.norm, begin, end);
  f.evidence.push_back(std::move(e));
}
void add_hit(Finding& f, const Doc& d, const TermHit& h) { add_span(f, d, h.begin, h.end); }

void add_field(Finding& f, std::string source, std::string field, std::string description) {
  Evidence e;
  e.source = std::move(source);
  e.field = std::move(field);
  e.text = std::move(description);
  f.evidence.push_back(std::move(e));
}

bool reads_posts(const Doc& d) { return d.kind != DocKind::review; }

// Evidence for a field read from pasted page text: its span in that text.
void add_fact(Finding& f, const Context& c, const std::optional<PageFact>& fact) {
  if (!fact) return;
  for (const Doc& d : c.docs)
    if (d.order == fact->doc) add_span(f, d, fact->begin, fact->end);
}

// ---- the clause grammar (docs/risk.md, "Clause grammar") --------------------
// A clause is a sentence of the one splitter (core/text/sentences). For a word
// that names something asked for, the grammar asks: is it requested of the
// worker (Tag::ask and the older request words), denied before or after it,
// warned about, the topic of the deliverable, and when (契約前/契約後)?

constexpr std::uint32_t topic_after_window = 10;  // "マイナンバーについて", "住所欄"
constexpr std::uint32_t topic_before_window = 24;
constexpr std::uint32_t quoted_topic_extra = 8;    // "an article explaining … passport"
constexpr std::uint32_t pre_negation_window = 40;  // "we will never ask you to move to LINE or e-mail"
constexpr std::uint32_t ask_window = 40;           // the request and the thing asked for

// The request in the clause of `h` nearest to it (ask, request, contact verbs), or null.
const TermHit* request_near(const Doc& d, const TermHit& h, std::uint32_t window = ask_window) {
  return near(d, h, window, {Tag::ask, Tag::request, Tag::contact_action});
}

bool is_ascii_word_topic(const Doc& d, const TermHit& t);

// A line of a list asks what its lead-in line asks: "以下をお送りください。\n・本名\n・生年月日".
const TermHit* list_request(const Doc& d, const TermHit& h) {
  auto it = std::upper_bound(d.sentence_ends.begin(), d.sentence_ends.end(), h.begin);
  auto k = static_cast<std::size_t>(it - d.sentence_ends.begin());
  if (k >= d.sentence_in_list.size() || !d.sentence_in_list[k]) return nullptr;
  constexpr std::size_t max_list_lines = 12;
  for (std::size_t back = 0; k > 0 && back < max_list_lines; ++back) {
    --k;
    if (d.sentence_in_list[k]) continue;
    std::uint32_t begin = k == 0 ? 0 : d.sentence_ends[k - 1];
    return first_hit(d, begin, d.sentence_ends[k], {Tag::ask, Tag::request});
  }
  return nullptr;
}

// "never", "no", "not", "without" before the word in its clause.
bool pre_negated(const Doc& d, const TermHit& h) {
  Sentence s = sentence_at(d, h.begin);
  std::uint32_t from = std::max(s.begin, h.begin > pre_negation_window ? h.begin - pre_negation_window : 0);
  return any_hit(d, from, h.begin, {Tag::pre_negation});
}

// The word is what the deliverable is about: "マイナンバーについての記事", "住所欄のあるフォーム",
// "an article explaining how to renew a passport".
// Reported speech: a word inside quotes that close into a quoting particle
// (「LINEで詳細を」「直接契約なら報酬アップ」と持ちかける, 「…」などのご連絡) is an example
// being talked about, not a request made.
constexpr std::u32string_view quoting_particles[] = {U"と", U"など", U"って", U"という", U"といった", U"等"};

// Where the bracket around `h` in its sentence closes (the position of the closing mark), or 0 when
// `h` is not inside one. `opening` and `closing` name the bracket's marks.
template <typename Open, typename Close>
std::uint32_t enclosing_close(const Doc& d, const TermHit& h, Open opening, Close closing) {
  const std::u32string_view t = d.norm.chars;
  Sentence s = sentence_at(d, h.begin);
  bool open = false;
  for (std::uint32_t k = h.begin; k > s.begin && !open; --k) {
    if (closing(t[k - 1])) return 0;
    open = opening(t[k - 1]);
  }
  if (!open) return 0;
  std::uint32_t k = h.end;
  while (k < s.end && !closing(t[k])) ++k;
  return k < s.end ? k : 0;
}

bool quoted_example(const Doc& d, const TermHit& h) {
  const std::u32string_view t = d.norm.chars;
  auto opening = [](char32_t ch) { return ch == U'「' || ch == U'『' || ch == U'“'; };
  auto closing = [](char32_t ch) { return ch == U'」' || ch == U'』' || ch == U'”'; };
  std::uint32_t k = enclosing_close(d, h, opening, closing);
  if (k == 0) return false;
  // A chain of quotes ends where the last one closes.
  Sentence s = sentence_at(d, h.begin);
  while (k + 1 < s.end && opening(t[k + 1])) {
    k += 2;
    while (k < s.end && !closing(t[k])) ++k;
  }
  if (k >= s.end) return false;
  for (std::u32string_view w : quoting_particles)
    if (text::matches_at(t, k + 1, w)) return true;
  return false;
}

// A list of examples in brackets that ends in など (怪しい勧誘（LINE誘導、登録料の請求など）) is talked about,
// not asked for: the same reported speech.
constexpr std::u32string_view example_list_ends[] = {U"など", U"等", U"etc.", U"etc"};
bool bracketed_examples(const Doc& d, const TermHit& h) {
  const std::u32string_view t = d.norm.chars;
  std::uint32_t k = enclosing_close(d, h, [](char32_t ch) { return ch == U'（' || ch == U'('; },
                                    [](char32_t ch) { return ch == U'）' || ch == U')'; });
  if (k == 0) return false;
  for (std::u32string_view w : example_list_ends)
    if (k >= w.size() && t.substr(k - w.size(), w.size()) == w) return true;
  return false;
}

bool is_topic(const Doc& d, const TermHit& h) {
  if (quoted_example(d, h) || bracketed_examples(d, h)) return true;
  Sentence s = sentence_at(d, h.begin);
  // A word quoted as a phrase (「荷物の受け取り」を楽にするコツをまとめる) reaches a little further.
  const std::u32string_view t = d.norm.chars;
  bool quoted = h.begin > 0 && h.end < t.size() && (t[h.begin - 1] == U'「' || t[h.begin - 1] == U'『') &&
                (t[h.end] == U'」' || t[h.end] == U'』');
  std::uint32_t after = std::min(s.end, h.end + topic_after_window + (quoted ? quoted_topic_extra : 0));
  if (any_hit(d, h.end, after, {Tag::topic})) return true;
  // "LINEスタンプの制作", "公式LINEの運用": a tool is what the work is about.
  if (const TermHit* subject = near(d, h, subject_window, {Tag::work_subject, Tag::review_object, Tag::disclosed}))
    if (subject->begin >= h.end || subject->end <= h.begin) return true;
  std::uint32_t from = std::max(s.begin, h.begin > topic_before_window ? h.begin - topic_before_window : 0);
  for (const TermHit* t = first_hit(d, from, h.begin, {Tag::topic}); t; t = first_hit(d, t->end, h.begin, {Tag::topic}))
    if (is_ascii_word_topic(d, *t)) return true;
  return false;
}

bool is_ascii_word_topic(const Doc& d, const TermHit& t) { return text::is_ascii_lower(d.norm.chars[t.begin]); }

bool says_after_contract(const Doc& d, const TermHit& h) {
  Sentence s = sentence_at(d, h.begin);
  return any_hit(d, s.begin, s.end, {Tag::after_contract});
}

// Adds the request: one span from the thing asked for to the request words
// when they are close, else the word itself.
void add_request(Finding& f, const Doc& d, const TermHit& object, const TermHit* ask) {
  if (ask && ask->begin < object.begin + ask_window && object.begin < ask->end + ask_window) {
    std::uint32_t end = std::max(object.end, ask->end);
    // "写真を送" + "ってください": the request form that closes the verb belongs to the request.
    if (const TermHit* closing = first_hit(d, end, end + 4, {Tag::ask})) end = closing->end;
    add_span(f, d, std::min(object.begin, ask->begin), end);
  } else {
    add_hit(f, d, object);
  }
}

// How a row of the grammar table decides on a word of its tag.
enum class Need : std::uint8_t {
  stated,  // the word is the request or the condition itself (友だち追加, 常駐, 受け子)
  asked,   // only with a request in its clause (LINE + 追加してください, passport + please send)
};

// One row: a word of `object` counts for `signal` when the clause meets the row.
struct ClauseRule {
  std::string_view signal;
  Tag object;
  Need need;
  bool before_contract_only;    // the clause must not say 契約後, and the stage must be before the contract
  bool topic_blocks;            // the deliverable's topic ("an article about …") is not a request
  bool negation_blocks = true;  // a denial rules it out (not for cues that are denials themselves: "PR表記は不要")
  bool work_only = false;       // what is sent or done first must be work, not personal data or a purchase
};

// The grammar table (docs/risk.md lists it row by row).
constexpr ClauseRule clause_rules[] = {
    {"off_platform_contact", Tag::channel_direct, Need::stated, true, true},
    {"off_platform_contact", Tag::messenger, Need::asked, true, true},
    {"off_platform_contact", Tag::work_tool, Need::asked, true, true},
    {"off_platform_contact", Tag::pay_outside, Need::stated, false, true},
    {"personal_info_request", Tag::personal_item, Need::asked, false, true},
    {"upfront_fee", Tag::fee, Need::stated, false, true},
    {"onsite_work", Tag::onsite, Need::stated, false, true},
    {"pre_contract_interview", Tag::interview, Need::stated, true, true},
    {"work_before_escrow", Tag::work_first, Need::stated, false, true, true, true},
    {"illegal_recruitment", Tag::crime_strong, Need::stated, false, true},
    {"stealth_marketing", Tag::stealth_cue, Need::stated, false, false, false},
    {"info_product_lure", Tag::lure_product, Need::stated, false, true},
};

// A job post that describes content to produce (an article's theme, a form's fields, a
// translation, an awareness campaign): its risky words are the content, so in it
// only a clause that itself asks the worker (Tag::ask) and names no frame counts.
bool framed(const Context& c) {
  for (const Doc& d : c.docs)
    if (d.kind == DocKind::job && has_any(d, Tag::topic_frame)) return true;
  return false;
}
bool frame_blocks(const Context& c, const Doc& d, const TermHit& h) {
  if (d.kind != DocKind::job || !framed(c)) return false;
  Sentence s = sentence_at(d, h.begin);
  return !any_hit(d, s.begin, s.end, {Tag::ask}) || any_hit(d, s.begin, s.end, {Tag::topic_frame});
}

// The escrow is funded ("仮払いが完了しました"): starting work is what should happen.
bool context_done(const Context& c) {
  for (const Doc& d : c.docs)
    if (reads_posts(d) && has_any(d, Tag::escrow_done)) return true;
  return false;
}

// A denial of the request verb denies everything it asks for ("LINEの友だち追加、身分証の写真、口座情報
// などをお願いすることは絶対にありません"); and a request asks for the object nearest before it: when the
// work's subject stands between the word and the request that follows ("Discordサーバーに、以下の機能を持つ
// Botを開発していただきたい"), the request is for the work.
bool ask_denied_or_for_the_work(const Doc& d, const TermHit& h, const TermHit& ask, bool topic_blocks) {
  if (ask.begin < h.end) return false;
  if (negated(d, ask)) return true;
  return topic_blocks && any_hit(d, h.end, ask.begin, {Tag::work_subject});
}

bool asks_data_not_work(const Doc& d, const TermHit& h);

// Whether a word passes its row: asked if needed, not denied, warned, a topic or after the contract.
bool clause_allows(const Context& c, const Doc& d, const TermHit& h, const ClauseRule& rule, const TermHit** ask) {
  // Personal data is asked for only by a request form; "住所は後ほど送ります" is the client sending.
  *ask = rule.object == Tag::personal_item ? near(d, h, ask_window, {Tag::ask, Tag::request}) : request_near(d, h);
  if (!*ask && rule.object == Tag::personal_item) *ask = list_request(d, h);
  if (rule.need == Need::asked && !*ask) {
    // "今後はLINEで。IDはabcです、追加してください": the request follows in the next sentence.
    Sentence s = sentence_at(d, h.begin);
    if (s.end > h.end + 3) return false;
    auto size = static_cast<std::uint32_t>(d.norm.chars.size());
    *ask = first_hit(d, s.end, std::min(size, s.end + pair_window), {Tag::ask});
    if (!*ask) *ask = first_hit(d, s.end, std::min(size, s.end + pair_window), {Tag::contact_action});
    if (!*ask) return false;
  }
  if (rule.before_contract_only && (c.stage != Stage::before_contract || says_after_contract(d, h))) return false;
  if (rule.topic_blocks && (is_topic(d, h) || frame_blocks(c, d, h))) return false;
  if (*ask && ask_denied_or_for_the_work(d, h, **ask, rule.topic_blocks)) return false;
  if (rule.object == Tag::work_first && context_done(c)) return false;
  if (rule.work_only && asks_data_not_work(d, h)) return false;
  if (!rule.negation_blocks) return !warned(d, h) && !frame_blocks(c, d, h);
  return !denied_or_warned(d, h) && !pre_negated(d, h);
}

// Applies every row of `signal` to every post and message.
void apply_clause_rules(const Context& c, Finding& f, std::string_view signal) {
  for (const ClauseRule& rule : clause_rules) {
    if (rule.signal != signal) continue;
    for (const Doc& d : c.docs) {
      if (!reads_posts(d)) continue;
      for_all_until_full(d, f, {rule.object}, [&](const TermHit& h) {
        const TermHit* ask = nullptr;
        if (clause_allows(c, d, h, rule, &ask)) add_request(f, d, h, rule.need == Need::asked ? ask : nullptr);
      });
    }
  }
}

// ---- detectors -------------------------------------------------------------

void detect_off_platform_contact(const Context& c, Finding& f) {
  if (c.stage == Stage::before_contract)
    for (const Doc& d : c.docs) {
      if (!reads_posts(d)) continue;
      for (const text::ContactHit& contact : d.contacts) {
        if (contact.kind == text::ContactKind::url) continue;  // a portfolio link is not a channel
        TermHit as_hit{Tag::messenger, static_cast<std::uint32_t>(contact.norm_begin),
                       static_cast<std::uint32_t>(contact.norm_end)};
        if (!warned(d, as_hit) && !is_topic(d, as_hit) && !says_after_contract(d, as_hit) &&
            !frame_blocks(c, d, as_hit))
          add_span(f, d, as_hit.begin, as_hit.end);
      }
    }
  apply_clause_rules(c, f, "off_platform_contact");
  // A call on an outside tool before the contract: "契約前にGoogle Meetで顔合わせ", "Zoomで面接させてください".
  if (c.stage != Stage::before_contract) return;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for_all_until_full(d, f, {Tag::call_tool, Tag::work_tool}, [&](const TermHit& h) {
      if (!near(d, h, pair_window, {Tag::interview, Tag::meeting, Tag::before_contract})) return;
      if (says_after_contract(d, h) || denied_or_warned(d, h) || pre_negated(d, h) || is_topic(d, h) ||
          frame_blocks(c, d, h))
        return;
      if (text_is(d, h, U"電話") || text_is(d, h, U"通話")) return;  // a phone call is no platform
      add_hit(f, d, h);
    });
  }
}

void detect_work_before_escrow(const Context& c, Finding& f) {
  apply_clause_rules(c, f, "work_before_escrow");
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    // An unpaid test or unpaid work: "テストライティング（無報酬）".
    for_all_until_full(d, f, {Tag::unpaid}, [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      const TermHit* work = near(d, h, 40, {Tag::test_work, Tag::deliverable});
      // "まずはテストとして1本…送っていただけますか？無償になりますが": the test is in the sentence before.
      if (!work && s.begin > 0) {
        Sentence before = sentence_at(d, s.begin - 1);
        work = first_hit(d, before.begin, before.end, {Tag::test_work});
      }
      if (!work || any_hit(d, s.begin, s.end, {Tag::paid}) || warned(d, h) || negated(d, h) || pre_negated(d, h))
        return;
      add_hit(f, d, *work);
      add_hit(f, d, h);
    });
    // Work asked for before the contract: "契約前にテスト記事を1本".
    for_all_until_full(d, f, {Tag::before_contract}, [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      if (pre_negated(d, h)) return;  // "You do not need to join our server before the contract"
      const TermHit* work =
          first_hit(d, h.end, std::min(s.end, h.end + pair_window), {Tag::test_work, Tag::deliverable});
      if (!work || any_hit(d, s.begin, s.end, {Tag::paid}) || denied_or_warned(d, *work) || pre_negated(d, *work))
        return;
      // "選考から納品まで…" is the span of the process, not an order of work.
      if (text::matches_at(d.norm.chars, h.end, U"から")) return;
      if (!request_near(d, *work)) return;
      add_hit(f, d, h);
      add_hit(f, d, *work);
    });
    // Escrow only after delivery: "納品後に仮払いします", "記事の提出後に契約".
    for_all_until_full(d, f, {Tag::after_delivery}, [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      const TermHit* escrow = first_hit(d, h.end, std::min(s.end, h.end + 12), {Tag::escrow});
      if (!escrow || denied_or_warned(d, *escrow) || asks_data_not_work(d, h)) return;
      add_span(f, d, h.begin, escrow->end);
    });
  }
}

void detect_pre_contract_interview(const Context& c, Finding& f) {
  apply_clause_rules(c, f, "pre_contract_interview");
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    // A seminar, a study session or a visit asked for before the contract ("ご契約の前に無料勉強会へご参加ください").
    for_all_until_full(d, f, {Tag::lure_event, Tag::onsite}, [&](const TermHit& h) {
      const TermHit* when = near(d, h, ask_window, {Tag::before_contract});
      if (!when || !request_near(d, h) || denied_or_warned(d, h) || is_topic(d, h) || frame_blocks(c, d, h)) return;
      add_hit(f, d, *when);
      add_hit(f, d, h);
    });
    for_all_until_full(d, f, {Tag::meeting, Tag::call_tool, Tag::work_tool}, [&](const TermHit& h) {
      if (h.tag == Tag::work_tool && !text_is(d, h, U"skype") && !text_is(d, h, U"スカイプ"))
        return;  // chat tools are no call
      if (says_after_contract(d, h) || denied_or_warned(d, h) || pre_negated(d, h) || is_topic(d, h)) return;
      if (h.tag == Tag::meeting) {
        if (near(d, h, pair_window, {Tag::call_tool, Tag::before_contract}) && request_near(d, h)) add_hit(f, d, h);
        return;
      }
      // A call tool counts next to an interview word or 契約前.
      if (const TermHit* talk = near(d, h, pair_window, {Tag::interview, Tag::meeting, Tag::before_contract})) {
        if (!request_near(d, h)) return;
        add_hit(f, d, h);
        if (talk->tag != Tag::before_contract) add_hit(f, d, *talk);
      } else if (h.tag == Tag::call_tool && text_is(d, h, U"通話") && request_near(d, h)) {
        add_hit(f, d, h);
      }
    });
  }
}

void detect_personal_info_request(const Context& c, Finding& f) {
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    const ClauseRule rule{"personal_info_request", Tag::personal_item, Need::asked, false, true};
    for_all_until_full(d, f, {Tag::personal_item}, [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      const TermHit* ask = nullptr;
      if (!clause_allows(c, d, h, rule, &ask)) return;
      if (any_hit(d, s.begin, s.end, {Tag::data_subject})) return;  // other people's records are the work
      add_request(f, d, h, ask);
    });
  }
}

// purchase_verb words in which the worker is the one who pays (not お支払い or 買い取ります, the client paying).
constexpr std::u32string_view worker_buys_verbs[] = {
    U"購入",   U"ご購入", U"ご購入いただ", U"ご購入ください", U"購入していただ", U"購入して",
    U"買って", U"ご負担", U"自己負担",     U"お支払いいただ", U"お支払い頂",     U"purchase",
    U"buy",    U"unlock", U"join the",     U"pay for",  U"受講していただ", U"ご受講", U"ご加入", U"加入が必要",
    U"ご入会", U"入会が必要", U"買い切り", U"sign up for",
};
// What the clause asks for first is personal data or a purchase, not work: "身分証の写真を先に送って
// ください", "購入確認後に契約", "住所をお送りください。確認後に契約いたします" (the sentence before).
bool asks_data_not_work(const Doc& d, const TermHit& h) {
  // A purchase counts only when the worker pays ("ご購入", not "納品後に直接お振込み", the client paying).
  auto not_work = [&](std::uint32_t b, std::uint32_t e) {
    bool found = any_hit(d, b, e, {Tag::personal_item, Tag::fee});
    for_hits(d, b, e, {Tag::purchase_verb}, [&](const TermHit& p) {
      for (std::u32string_view w : worker_buys_verbs) found = found || text_is(d, p, w);
    });
    return found;
  };
  Sentence s = sentence_at(d, h.begin);
  if (not_work(s.begin, s.end)) return true;
  if (s.begin == 0 || any_hit(d, s.begin, s.end, {Tag::test_work, Tag::deliverable})) return false;
  Sentence before = sentence_at(d, s.begin - 1);
  return not_work(before.begin, before.end) &&
         !any_hit(d, before.begin, before.end, {Tag::test_work, Tag::deliverable});
}

// Purchase verbs whose subject is the worker in their own words: a request without a price.
constexpr std::u32string_view self_purchase_verbs[] = {U"ご自身で購入", U"自分で購入", U"自費で購入",
                                                       U"buy it yourself", U"purchase it yourself"};
// A price given right after the thing to buy ("リサーチツール（買い切り 19,800円）").
constexpr std::uint32_t attached_price_window = 8;

void detect_upfront_fee(const Context& c, Finding& f) {
  const std::initializer_list<Tag> rules_out = {Tag::negation, Tag::free, Tag::unpaid, Tag::client_pays};
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    auto paid_by_client = [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      return negated(d, h, rules_out) || warned(d, h) || pre_negated(d, h) || is_topic(d, h) || frame_blocks(c, d, h) ||
             any_hit(d, s.begin, s.end, {Tag::client_pays});
    };
    for_all_until_full(d, f, {Tag::fee}, [&](const TermHit& h) {
      if (!paid_by_client(h)) add_hit(f, d, h);
    });
    // A purchase with its price in the clause: "材料キット（12,000円）をご購入いただき", "Purchase the $497 program".
    // The purchase is what the clause is about ("購入していただく専用の編集ソフト"): only a frame or a
    // denial rules it out, not a topic word.
    auto not_the_workers = [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      return negated(d, h, rules_out) || warned(d, h) || pre_negated(d, h) || frame_blocks(c, d, h) ||
             any_hit(d, s.begin, s.end, {Tag::client_pays}) || quoted_example(d, h);
    };
    for_all_until_full(d, f, {Tag::purchase_verb}, [&](const TermHit& h) {
      bool worker_buys = false, self = false;
      for (std::u32string_view w : worker_buys_verbs) worker_buys = worker_buys || text_is(d, h, w);
      for (std::u32string_view w : self_purchase_verbs) self = self || text_is(d, h, w);
      if ((!worker_buys && !self) || not_the_workers(h)) return;
      if (self) {
        add_hit(f, d, h);
        return;
      }
      Sentence s = sentence_at(d, h.begin);
      for (const PayMention& p : d.pay)
        if (p.begin >= s.begin && p.end <= s.end) {
          add_span(f, d, std::min<std::uint32_t>(h.begin, static_cast<std::uint32_t>(p.begin)),
                   std::max<std::uint32_t>(h.end, static_cast<std::uint32_t>(p.end)));
          return;
        }
    });
    for_all_until_full(d, f, {Tag::purchase_object}, [&](const TermHit& h) {
      // A thing to buy with its price attached, which the worker is told to use: "当社指定のリサーチツール
      // （買い切り 19,800円）を使っていただきます".
      for (const PayMention& p : d.pay)
        if (p.begin >= h.end && p.begin <= h.end + attached_price_window && !p.cued && !not_the_workers(h) &&
            near(d, h, ask_window, {Tag::ask})) {
          add_span(f, d, h.begin, static_cast<std::uint32_t>(p.end));
          return;
        }
      const TermHit* buy = near(d, h, subject_window, {Tag::purchase_verb});
      if (!buy || paid_by_client(*buy)) return;
      // "購入していただきます" is itself the request; "購入" needs one nearby.
      bool asking_verb = text_is(d, *buy, U"購入していただ") || text_is(d, *buy, U"ご購入いただ") ||
                         text_is(d, *buy, U"ご購入ください") || text_is(d, *buy, U"お支払いいただ");
      if (!asking_verb && !request_near(d, *buy)) return;
      add_span(f, d, std::min(h.begin, buy->begin), std::max(h.end, buy->end));
    });
  }
}

// A word inside a contact detail ("office" in suzuki.design.office@gmail.com) is part of the address.
bool inside_contact(const Doc& d, const TermHit& h) {
  for (const text::ContactHit& contact : d.contacts)
    if (h.begin >= contact.norm_begin && h.end <= contact.norm_end) return true;
  return false;
}

constexpr std::uint32_t onsite_denial_window = 3;
// The posts say the work is remote: a remote word not denied ("fully remote", "完全在宅"), or an
// on-site word denied ("no office visits", "出社不要").
bool posts_say_remote(const Context& c) {
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    bool remote = false;
    for_all(d, {Tag::remote}, [&](const TermHit& h) { remote = remote || !negated(d, h); });
    // Only a denial that closes the word itself ("出社不要", "no office visits"): "交通費：支給なし" and
    // "出社（remote不可）" say nothing of remote work.
    for_all(d, {Tag::onsite}, [&](const TermHit& h) {
      remote = remote || negated(d, h, {Tag::negation}, onsite_denial_window) || pre_negated(d, h);
    });
    if (remote) return true;
  }
  return false;
}

// How far after a place its work may follow ("倉庫内での検品", "booth staff", "店舗にて接客").
constexpr std::uint32_t place_work_window = 10;
constexpr std::u32string_view place_work_words[] = {U"検品", U"梱包", U"接客", U"受付", U"販売", U"勤務",
                                                    U"staff", U"work", U"shift", U"品出し", U"ピッキング", U"設営",
                                                    U"作業", U"清掃", U"案内係", U"レジ", U"陳列", U"棚"};

void detect_onsite_work(const Context& c, Finding& f) {
  // Where the posts say the work is remote, a place the client names ("an office in Shibuya") is where
  // the client is; only a clause that asks the worker to be there counts.
  const bool remote = posts_say_remote(c);
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for_all_until_full(d, f, {Tag::onsite}, [&](const TermHit& h) {
      if (inside_contact(d, h)) return;
      if (negated(d, h, {Tag::negation, Tag::remote}, 8) || negated(d, h) || warned(d, h) || pre_negated(d, h) ||
          is_topic(d, h) || frame_blocks(c, d, h))
        return;
      if (remote && !near(d, h, ask_window, {Tag::ask, Tag::request})) return;
      add_hit(f, d, h);
    });
    // A place with the work done there: "倉庫内での検品・梱包作業", "booth staff for a trade show".
    for_all_until_full(d, f, {Tag::place}, [&](const TermHit& h) {
      std::uint32_t to = std::min(sentence_at(d, h.begin).end, h.end + place_work_window);
      const TermHit* work = first_hit(d, h.end, to, {Tag::onsite});
      bool works_there = work != nullptr;
      const std::u32string_view t = std::u32string_view(d.norm.chars).substr(h.end, to - h.end);
      for (std::u32string_view w : place_work_words) works_there = works_there || t.find(w) != t.npos;
      if (!works_there || remote || inside_contact(d, h) || negated(d, h) || warned(d, h) || pre_negated(d, h) ||
          is_topic(d, h) || frame_blocks(c, d, h))
        return;
      add_span(f, d, h.begin, work ? work->end : h.end);
    });
  }
}

// Whether any post or message has a hit of one of `tags` (not denied or warned).
const TermHit* context_has(const Context& c, std::initializer_list<Tag> tags, const Doc** where = nullptr) {
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for (Tag tag : tags) {
      auto t = static_cast<std::size_t>(tag);
      for (std::uint32_t k = d.tag_begin[t]; k < d.tag_begin[t + 1]; ++k) {
        const TermHit& h = d.hits[d.hits_by_tag[k]];
        if (denied_or_warned(d, h) || pre_negated(d, h) || frame_blocks(c, d, h) || quoted_example(d, h) ||
            bracketed_examples(d, h))
          continue;
        if (where) *where = &d;
        return &h;
      }
    }
  }
  return nullptr;
}

// Personal-data words that are a bank account or its keys (handing them over is a crime).
constexpr std::u32string_view banking_items[] = {
    U"銀行口座",         U"口座番号",     U"口座情報",     U"キャッシュカード", U"暗証番号",       U"通帳",
    U"ネットバンキング", U"ログイン情報", U"bank account", U"bank login",       U"online banking", U"account number"};
constexpr std::int64_t crime_item_pay_centi = 10'000 * 100;  // 1回・1件1万円以上 for a parcel or an envelope
constexpr std::int64_t crime_day_pay_centi = 30'000 * 100;  // 日給3万円以上: the police's "日給5万円から" and below

// The bank account, card, phone or login a handover verb gives to the client, in its clause, or null.
const TermHit* handed_over(const Doc& d, const TermHit& h) {
  const TermHit* object = near(d, h, pair_window, {Tag::bank_object});
  // Bank details of the personal-data table count as the thing handed over too.
  if (!object) {
    Sentence s = sentence_at(d, h.begin);
    for_hits(d, s.begin, s.end, {Tag::personal_item}, [&](const TermHit& p) {
      for (std::u32string_view w : banking_items)
        if (!object && text_is(d, p, w)) object = &p;
    });
  }
  return object;
}

// 闇バイト: a crime task on its own (受け子, ホワイト案件), or a task the police name
// (parcels, cash, bank accounts) together with high pay, an anonymous app or an ID demand.
void detect_illegal_recruitment(const Context& c, Finding& f) {
  apply_clause_rules(c, f, "illegal_recruitment");
  // Handing over (a crime on its own, 警察庁) a bank account, card, phone or login: "口座を貸していただけませんか",
  // "hand us the login".
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for_all_until_full(d, f, {Tag::handover_verb}, [&](const TermHit& h) {
      const TermHit* object = handed_over(d, h);
      if (!object || denied_or_warned(d, h) || pre_negated(d, h) || frame_blocks(c, d, h)) return;
      add_span(f, d, std::min(object->begin, h.begin), std::max(object->end, h.end));
    });
  }
  bool high_pay = context_has(c, {Tag::high_pay_claim, Tag::easy_promise}) != nullptr;
  for (const Doc& d : c.docs)
    for (const PayMention& p : d.pay)
      if ((p.unit == PayUnit::day && p.high >= crime_day_pay_centi) ||
          (p.unit == PayUnit::hour && p.high >= 5'000 * 100) ||
          (p.unit == PayUnit::item && p.high >= crime_item_pay_centi))
        high_pay = true;
  bool anon = context_has(c, {Tag::anon_app}) != nullptr;
  bool id_demand = context_has(c, {Tag::personal_item}) != nullptr;
  if (!high_pay && !anon && !id_demand && f.evidence.empty()) return;
  int support = high_pay + anon + id_demand;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for_all_until_full(d, f, {Tag::crime_task}, [&](const TermHit& h) {
      if (denied_or_warned(d, h) || pre_negated(d, h) || is_topic(d, h) || frame_blocks(c, d, h)) return;
      if (support >= 1) add_hit(f, d, h);
    });
  }
  if (f.evidence.empty()) return;
  // The anonymous app is part of the evidence.
  for (const Doc& d : c.docs)
    if (reads_posts(d))
      for_all_until_full(d, f, {Tag::anon_app}, [&](const TermHit& h) {
        if (!denied_or_warned(d, h)) add_hit(f, d, h);
      });
}

// ステマ: a cue of hiding that a review is paid (or faking who writes it), in a text about reviews or posts.
// Cues of posing as someone else (a サクラ on a dating or chat site) are stealth marketing without reviews.
constexpr std::u32string_view posing_cues[] = {U"サクラ", U"さくら", U"なりきって", U"なりきり", U"正体を明かさない",
                                               U"を装って", U"会員として", U"会員」として"};

// A disclosure the posts state ("記事冒頭に【PR】表記必須", "「PR」表記を入れます") and no post or message
// denies or takes back ("【PR】表記を削除してください").
bool disclosure_stated(const Context& c) {
  bool stated = false, denied = false;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for_all(d, {Tag::disclosed}, [&](const TermHit& h) {
      if (warned(d, h) || quoted_example(d, h)) return;
      (negated(d, h) || pre_negated(d, h) ? denied : stated) = true;
    });
  }
  return stated && !denied;
}

void detect_stealth_marketing(const Context& c, Finding& f) {
  // Where the posts state the disclosure, the worker writes as the client's paid reviewer in the open.
  if (disclosure_stated(c)) return;
  if (!context_has(c, {Tag::review_object, Tag::work_subject})) {
    for (const Doc& d : c.docs) {
      if (!reads_posts(d)) continue;
      for_all_until_full(d, f, {Tag::stealth_cue}, [&](const TermHit& h) {
        bool posing = false;
        for (std::u32string_view w : posing_cues) posing = posing || text_is(d, h, w);
        if (posing && !warned(d, h) && !frame_blocks(c, d, h) && !quoted_example(d, h)) add_hit(f, d, h);
      });
    }
    return;
  }
  apply_clause_rules(c, f, "stealth_marketing");
  // The disclosure left out: "PRとは書かないでください", "PR表記は不要", "don't use #ad".
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    for_all_until_full(d, f, {Tag::disclosed}, [&](const TermHit& h) {
      if (warned(d, h) || frame_blocks(c, d, h)) return;
      if (negated(d, h) || pre_negated(d, h)) add_request(f, d, h, request_near(d, h));
    });
  }
}

// 情報商材 / MLM: named outright, or a seminar/course/consultation reached from a cheap task, a group or an earnings
// pitch. The route: a group, an upsell or earnings pitch, a fee, or a move to LINE (a friend-add, a LINE link,
// 公式LINE).
bool lure_route(const Context& c) {
  if (context_has(c, {Tag::lure_route, Tag::channel_direct, Tag::fee})) return true;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    // A course or seminar with its price in its clause ("弊社のライティング講座（29,800円）を受講").
    bool priced = false;
    for_all(d, {Tag::lure_event}, [&](const TermHit& h) {
      Sentence s = sentence_at(d, h.begin);
      for (const PayMention& p : d.pay) priced = priced || (p.begin >= s.begin && p.end <= s.end && !p.cued);
    });
    if (priced) return true;
    for (const text::ContactHit& contact : d.contacts)
      if (contact.kind == text::ContactKind::line_id || contact.service == "discord") return true;
    bool official = false;
    for_all(d, {Tag::messenger}, [&](const TermHit& h) { official = official || text_is(d, h, U"公式line"); });
    if (official) return true;
  }
  return false;
}

void detect_info_product_lure(const Context& c, Finding& f) {
  apply_clause_rules(c, f, "info_product_lure");
  if (!lure_route(c)) return;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    // A seminar, course or consultation; a 説明会; or the cheap survey that opens the funnel.
    for_all_until_full(d, f, {Tag::lure_event, Tag::interview, Tag::task_word}, [&](const TermHit& h) {
      if (h.tag == Tag::interview && !text_is(d, h, U"説明会")) return;
      if (h.tag == Tag::task_word && !text_is(d, h, U"アンケート") && !text_is(d, h, U"survey")) return;
      if (h.tag != Tag::lure_event && !context_has(c, {Tag::lure_route, Tag::easy_promise})) return;
      // An upsell in the event's own clause ("「在宅ビジネス講座」についてもご案内") is the pitch, not a topic.
      Sentence s = sentence_at(d, h.begin);
      bool pitched = any_hit(d, s.begin, s.end, {Tag::lure_route});
      if (!denied_or_warned(d, h) && !pre_negated(d, h) && (pitched || !is_topic(d, h)) && !frame_blocks(c, d, h))
        add_hit(f, d, h);
    });
  }
}

void detect_mass_hiring(const Context& c, Finding& f) {
  if (c.hires_planned && *c.hires_planned >= mass_hiring_threshold) {
    if (c.hires_fact)
      add_fact(f, c, c.hires_fact);
    else
      add_field(f, "job", "hires_planned", "募集人数: " + format_int(*c.hires_planned) + "人");
    f.detail = "募集人数が" + format_int(*c.hires_planned) + "人です。";
  }
  for (const Doc& d : c.docs) {
    if (d.kind != DocKind::job) continue;
    for_all_until_full(d, f, {Tag::mass_hiring}, [&](const TermHit& h) {
      if (!denied_or_warned(d, h)) add_hit(f, d, h);
    });
    for (const HeadCount& n : d.head_counts)
      if (n.count >= mass_hiring_threshold)
        add_span(f, d, static_cast<std::uint32_t>(n.begin), static_cast<std::uint32_t>(n.end));
  }
}

// Vague: the details are deferred ("詳細は契約後", "詳しくは公式LINEで"), or the post
// names no concrete task (only "簡単な作業", "お手伝い" or nothing) and lacks at least
// vague_missing_needed of pay, deadline and delivery format. A concrete task is
// never vague on its own account, however short the post.
constexpr int vague_missing_needed = 2;
constexpr std::u32string_view defer_to_channel[] = {U"でお伝え", U"でご説明",   U"で説明",     U"でご案内",
                                                    U"でご連絡", U"にてお伝え", U"にてご案内", U"でお送り",
                                                    U"で詳細",   U"にて詳細",   U"で話し"};
// Words that say the details come later ("詳細はLINEで", "くわしいはLINEで"), and how far the channel may follow.
constexpr std::u32string_view details_words[] = {U"詳細", U"詳しく", U"くわしく", U"くわしい"};
constexpr std::uint32_t details_channel_window = 12;  // "詳細は秘密厳守のためテレグラムで"
constexpr std::u32string_view task_headings[] = {U"作業内容", U"業務内容", U"依頼内容", U"仕事内容"};
constexpr std::u32string_view application_words[] = {U"応募", U"apply", U"参加", U"join", U"登録", U"相談"};
constexpr std::uint32_t vague_task_clause_chars = 8;  // what a request clause must say before its request form

// A counted deliverable names the task ("20 products", "2,000 stock photos", "5カット", "3 concepts"):
// a figure outside the pay, followed by a counter word (Japanese) or by a noun that is no unit of time,
// money or people (English).
constexpr std::u32string_view counters_ja[] = {U"本", U"枚", U"点", U"個", U"字", U"文字", U"記事", U"商品",
                                               U"カット", U"ページ", U"ワード", U"問", U"項目", U"種類", U"パターン"};
constexpr std::u32string_view not_counted_en[] = {
    U"day",   U"hour",   U"week",  U"month", U"year",  U"minute", U"min",  U"yen",  U"usd",    U"dollar", U"people",
    U"person", U"member", U"hire", U"applicant", U"worker", U"time", U"am", U"pm", U"x", U"k", U"percent"};
bool counts_deliverables(const Doc& d) {
  const std::u32string_view t = d.norm.chars;
  auto in_pay = [&](std::size_t k) {
    for (const PayMention& p : d.pay)
      if (k >= p.begin && k < p.end) return true;
    for (const HeadCount& n : d.head_counts)
      if (k >= n.begin && k < n.end) return true;
    return false;
  };
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (!text::is_ascii_digit(t[k]) || (k > 0 && (text::is_ascii_digit(t[k - 1]) || t[k - 1] == U','))) continue;
    std::size_t e = k;
    while (e < t.size() && (text::is_ascii_digit(t[e]) || (t[e] == U',' && e + 1 < t.size() &&
                                                              text::is_ascii_digit(t[e + 1]))))
      ++e;
    if (in_pay(k) || (k > 0 && (t[k - 1] == U'$' || t[k - 1] == U'¥'))) continue;
    for (std::u32string_view w : counters_ja)
      if (text::matches_at(t, e, w)) return true;
    if (e + 1 < t.size() && t[e] == U' ' && text::is_ascii_lower(t[e + 1])) {
      std::size_t w = e + 1;
      while (w < t.size() && text::is_ascii_lower(t[w])) ++w;
      std::u32string_view word = t.substr(e + 1, w - e - 1);
      bool unit = false;
      for (std::u32string_view u : not_counted_en) unit = unit || word.substr(0, u.size()) == u;
      if (!unit && word.size() >= 3) return true;
    }
  }
  return false;
}

void detect_vague_description(const Context& c, Finding& f) {
  bool has_pay = false, has_deadline = false, has_format = false, has_task = false;
  const Doc* description = nullptr;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    const auto size = static_cast<std::uint32_t>(d.norm.chars.size());
    for_all_until_full(d, f, {Tag::vague_defer}, [&](const TermHit& h) {
      if (!denied_or_warned(d, h)) add_hit(f, d, h);
    });
    if (d.kind != DocKind::job) continue;  // a message may move details elsewhere; the post itself is judged
    // "詳細はLINEで" / "詳しくは面談にて"
    for_all_until_full(d, f, {Tag::contact_action}, [&](const TermHit& h) {
      bool details = false;
      for (std::u32string_view w : details_words) details = details || text_is(d, h, w);
      if (!details) return;
      const TermHit* where = first_hit(
          d, h.end, std::min(size, h.end + details_channel_window),
          {Tag::messenger, Tag::call_tool, Tag::interview, Tag::after_contract, Tag::anon_app, Tag::channel_direct});
      if (where && !denied_or_warned(d, *where) && !quoted_example(d, h)) add_span(f, d, h.begin, where->end);
    });
    // "作業内容はラインでお伝えします", "担当者からLINEでご連絡します": the details move to another channel.
    for_all_until_full(d, f, {Tag::messenger, Tag::anon_app, Tag::channel_direct}, [&](const TermHit& h) {
      std::uint32_t at = h.end;
      while (at < d.norm.chars.size() && d.norm.chars[at] == U' ') ++at;
      std::u32string_view after = std::u32string_view(d.norm.chars).substr(at, 6);
      for (std::u32string_view w : defer_to_channel)
        if (after.substr(0, w.size()) == w && !denied_or_warned(d, h) && !quoted_example(d, h)) {
          add_span(f, d, h.begin, at + static_cast<std::uint32_t>(w.size()));
          return;
        }
    });
    if (d.source == "job.description") description = &d;
    has_pay = has_pay || !d.pay.empty();
    has_deadline = has_deadline || has_any(d, Tag::deadline_word);
    has_format = has_format || has_any(d, Tag::format_word);
    // Headings ("仕事内容") name no task; a task said in the words of a lure still names one.
    for_all(d, {Tag::task_word}, [&](const TermHit& h) {
      bool heading = false;
      for (std::u32string_view w : task_headings) heading = heading || text_is(d, h, w);
      has_task = has_task || !heading;
    });
    for (Tag t : {Tag::review_object, Tag::data_subject}) has_task = has_task || has_any(d, t);
    // Handing over an account, a card or a phone names the work; a parcel task said in a lure's words
    // ("荷物を受け取るだけ", "郵送し直すだけ") does not, nor do ホワイト案件 or 受け子.
    has_task = has_task || has_any(d, Tag::handover_verb) ||
               (has_any(d, Tag::bank_object) && (has_any(d, Tag::crime_task) || has_any(d, Tag::crime_strong)));
    for_all(d, {Tag::crime_task}, [&](const TermHit& h) {
      has_task = has_task || !any_hit(d, h.end, sentence_at(d, h.begin).end, {Tag::only_cue});
    });
    if (d.kind == DocKind::job && !has_task) has_task = counts_deliverables(d);
    // A concrete deliverable ("画像作成", "記事") names the task too; "作業" alone does not.
    if (!has_task)
      for_all(d, {Tag::deliverable}, [&](const TermHit& h) { has_task = has_task || !text_is(d, h, U"作業"); });
    // A clause that asks for something other than a nameless task ("受注メールの対応をお願いします").
    if (!has_task)
      for_all(d, {Tag::ask}, [&](const TermHit& h) {
        Sentence s = sentence_at(d, h.begin);
        if (h.begin - s.begin < vague_task_clause_chars ||
            any_hit(d, s.begin, s.end, {Tag::vague_task, Tag::vague_defer}))
          return;
        // "お気軽にご応募ください" asks for an application, not for work.
        std::u32string_view clause = std::u32string_view(d.norm.chars).substr(s.begin, s.end - s.begin);
        for (std::u32string_view w : application_words)
          if (clause.find(w) != std::u32string_view::npos) return;
        has_task = true;
      });
  }
  if (!description) return;
  std::string missing;
  for (auto [present, label] :
       {std::pair{has_task, "作業内容"}, {has_pay, "報酬"}, {has_deadline, "納期"}, {has_format, "納品形式"}}) {
    if (present) continue;
    missing += missing.empty() ? "" : "・";
    missing += label;
  }
  int missing_terms = !has_pay + !has_deadline + !has_format;
  if (!has_task && missing_terms >= vague_missing_needed) {
    f.detail = "募集文に「" + missing + "」の具体的な記載が見当たりません。";
    const auto size = static_cast<std::uint32_t>(description->norm.chars.size());
    const TermHit* generic = first_hit(*description, 0, size, {Tag::vague_task});
    if (size == 0)
      add_field(f, "job", "description", "募集文が空です");
    else if (generic)
      add_hit(f, *description, *generic);
    else
      add_span(f, *description, 0, std::min(size, sentence_at(*description, 0).end));
  } else if (!f.evidence.empty() && !missing.empty()) {
    f.detail = "募集文に「" + missing + "」の具体的な記載が見当たりません。";
  }
}

void detect_identity_unverified(const Context& c, Finding& f) {
  if (!c.identity_verified || *c.identity_verified) return;
  if (c.identity_fact)
    add_fact(f, c, c.identity_fact);
  else
    add_field(f, "client", "identity_verified", "本人確認: 未確認");
}

void detect_low_rating(const Context& c, Finding& f) {
  if (!c.rating_centi || *c.rating_centi >= mild_rating_centi) return;
  if (c.rating_count && *c.rating_count < min_rating_count) return;
  std::string rating = format_yen(*c.rating_centi);
  if (c.rating_fact)
    add_fact(f, c, c.rating_fact);
  else
    add_field(f, "client", "rating", "評価: " + rating);
  f.detail = "評価の平均は " + rating + " です（目安: 4.5 未満は低め、4.0 未満は要注意）。";
  if (*c.rating_centi >= low_rating_centi) f.severity = Severity::low;
}

// A complaint a review itself denies: "返事が遅いこともなく", "支払いが遅れることはありませんでした".
// Other negations after a complaint are part of it ("追加報酬もありませんでした").
constexpr std::u32string_view review_denials[] = {U"ことはなく", U"こともなく", U"ことなく", U"ことはありません"};
bool review_denied(const Doc& d, const TermHit& h) {
  Sentence s = sentence_at(d, h.begin);
  std::uint32_t to = std::min(s.end, h.end + review_negation_window);
  bool denied = false;
  for_hits(d, h.end, to, {Tag::negation}, [&](const TermHit& n) {
    for (std::u32string_view w : review_denials) denied = denied || text_is(d, n, w);
  });
  if (denied && text_is(d, h, U"追加報酬もありません")) return false;
  return denied && !any_hit(d, h.end, to, {Tag::review_negative});
}

void detect_negative_reviews(const Context& c, Finding& f) {
  int reviews = 0, negative = 0;
  for (const Doc& d : c.docs) {
    if (d.kind != DocKind::review) continue;
    ++reviews;
    std::vector<const TermHit*> bad;
    int good = 0;
    for_all(d, {Tag::review_negative, Tag::review_positive}, [&](const TermHit& h) {
      if (review_denied(d, h)) return;  // "返事が遅いこともなく"
      if (h.tag == Tag::review_negative)
        bad.push_back(&h);
      else
        ++good;
    });
    if (bad.empty() || static_cast<int>(bad.size()) < good) continue;
    ++negative;
    for (const TermHit* h : bad) add_hit(f, d, *h);
  }
  if (negative == 0) return;
  f.detail = std::to_string(reviews) + "件中" + std::to_string(negative) + "件の評価コメントに不安な内容があります。";
}

void detect_too_good_to_be_true(const Context& c, Finding& f) {
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    const auto size = static_cast<std::uint32_t>(d.norm.chars.size());
    // A promise quoted as an example or framed as an article's content (「スマホだけで月30万」といった広告) is a topic.
    // A few minutes a day ("1日10分") is a promise only beside the pay it earns ("1日10分で日給1万円"); on its
    // own it is the time a task takes ("所要時間：1日10分程度").
    for_all_until_full(d, f, {Tag::easy_promise}, [&](const TermHit& h) {
      if (denied_or_warned(d, h) || quoted_example(d, h) || frame_blocks(c, d, h)) return;
      if (text::matches_at(d.norm.chars, h.begin, U"1日")) {
        Sentence s = sentence_at(d, h.begin);
        bool paid = false;
        for (const PayMention& p : d.pay) paid = paid || (p.begin >= s.begin && p.end <= s.end);
        if (!paid) return;
      }
      add_hit(f, d, h);
    });
    const TermHit* beginner = first_hit(d, 0, size, {Tag::beginner});
    if (!beginner) continue;
    for_all_until_full(d, f, {Tag::high_pay_claim}, [&](const TermHit& h) {
      if (!denied_or_warned(d, h)) add_hit(f, d, h);
    });
    for (const PayMention& p : d.pay)
      if (p.unit == PayUnit::month && p.high >= too_good_monthly_centi)
        add_span(f, d, static_cast<std::uint32_t>(p.begin), static_cast<std::uint32_t>(p.end));
    if (!f.evidence.empty()) add_hit(f, d, *beginner);
  }
  // High pay for work said to be trivial: "荷物を受け取って運ぶだけ 日給5万円", "just lend your account $500".
  const Doc* easy_doc = nullptr;
  const TermHit* easy = context_has(c, {Tag::crime_strong, Tag::crime_task}, &easy_doc);
  if (easy && text_is(*easy_doc, *easy, U"受け取り")) easy = nullptr;  // "報酬の受け取り" is no task
  if (easy && is_topic(*easy_doc, *easy)) easy = nullptr;             // 「荷物の受け取り」を楽にするコツ
  for (const Doc& d : c.docs)
    if (!easy && reads_posts(d))
      for_all(d, {Tag::handover_verb}, [&](const TermHit& h) {
        if (!easy && handed_over(d, h) && !denied_or_warned(d, h)) easy = &h, easy_doc = &d;
      });
  if (!easy) easy = context_has(c, {Tag::only_cue, Tag::easy_promise, Tag::vague_task}, &easy_doc);
  if (!easy) return;
  // Handing over an account or carrying a parcel is worth little: 5,000 yen for it is already high pay.
  bool crime = easy->tag != Tag::only_cue && easy->tag != Tag::easy_promise && easy->tag != Tag::vague_task;
  const std::int64_t per_task = crime ? too_good_crime_task_centi : too_good_per_task_centi;
  bool high = false;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d) || (d.kind == DocKind::job && framed(c))) continue;
    for (const PayMention& raw : d.pay) {
      PayMention p = in_yen(raw, c.usd_rate);
      std::int64_t floor = p.unit == PayUnit::hour                               ? too_good_hourly_centi
                           : p.unit == PayUnit::month                            ? too_good_monthly_centi
                           : p.unit == PayUnit::week                             ? too_good_monthly_centi / 4
                           : (p.unit == PayUnit::day || p.unit == PayUnit::item) ? per_task
                           : (p.unit == PayUnit::fixed && crime)                 ? per_task
                                                                                 : -1;
      if (floor < 0 || p.high < floor) continue;
      high = true;
      add_span(f, d, static_cast<std::uint32_t>(p.begin), static_cast<std::uint32_t>(p.end));
    }
  }
  if (high) add_hit(f, *easy_doc, *easy);
}

// The best hourly equivalent on offer against the minimum wage (docs/risk.md, "Pay").
void detect_low_pay(const Context& c, Finding& f) {
  struct Candidate {
    const Doc* doc;
    PayMention pay;  // in yen
    bool was_usd;
    std::optional<std::int64_t> seconds;
    std::int64_t yen_per_hour;
  };
  std::vector<Candidate> estimates;
  for (const Doc& d : c.docs) {
    if (!reads_posts(d)) continue;
    // job.estimated_hours is the time the whole job takes: it divides a fixed fee; a rate per
    // item or article is read against the time per unit the post states (docs/risk.md, "Pay").
    std::optional<std::int64_t> job_seconds;
    if (c.estimated_hours_centi) job_seconds = *c.estimated_hours_centi * 36;
    bool any_cued = false;
    for (const PayMention& raw : d.pay) any_cued = any_cued || raw.cued;
    for (const PayMention& raw : d.pay) {
      if (any_cued && !raw.cued) continue;  // a kit price or bonus next to the stated rate
      PayMention p = in_yen(raw, c.usd_rate);
      // A monthly fee for stated weekly or monthly hours is read as a fixed fee for those hours.
      std::optional<std::int64_t> unit_seconds = d.stated_seconds;
      if (p.unit == PayUnit::fixed && job_seconds) unit_seconds = job_seconds;
      if (p.unit == PayUnit::month && d.monthly_seconds) {
        p.unit = PayUnit::fixed;
        unit_seconds = d.monthly_seconds;
      }
      if (auto yen = hourly_yen(p, unit_seconds, d.article_chars, c.chars_per_hour))
        estimates.push_back({&d, p, raw.usd, unit_seconds, *yen});
    }
  }
  if (estimates.empty()) return;
  // The best pay on offer decides: an unknown must not count against the client.
  auto best = std::max_element(estimates.begin(), estimates.end(),
                               [](const Candidate& a, const Candidate& b) { return a.yen_per_hour < b.yen_per_hour; });
  // Below the lowest regional minimum wage is below it everywhere in Japan (docs/risk.md, "Pay");
  // a figure passed in options.minimum_wage is used as given.
  std::int64_t threshold = c.minimum_wage == default_minimum_wage ? lowest_minimum_wage : c.minimum_wage;
  if (best->yen_per_hour >= threshold) return;
  for (const Candidate& e : estimates)
    add_span(f, *e.doc, static_cast<std::uint32_t>(e.pay.begin), static_cast<std::uint32_t>(e.pay.end));
  // Only the deciding estimate is written out.
  HourlyEstimate estimate = *estimate_hourly(best->pay, best->seconds, best->doc->article_chars, c.chars_per_hour);
  f.detail = estimate.arithmetic + (best->was_usd ? "（1ドル" + format_int(c.usd_rate) + "円で換算）" : std::string()) +
             "。" + std::string(minimum_wage_label) + "の" + format_int(c.minimum_wage) + "円を下回ります";
  if (c.minimum_wage == default_minimum_wage)
    f.detail +=
        "（" + std::string(lowest_minimum_wage_label) + "の" + format_int(lowest_minimum_wage) + "円も下回ります）";
  f.detail += "。";
}

// A duration of at least slow_reply_days days at `i` ("10日", "2〜3週間", "5 days", "3 weeks",
// "5 business days"), not a limit ("3日以内", "within 3 days"). Returns its end, or 0.
constexpr std::int64_t slow_reply_days = 3;  // domain.md: 3 business days is the outer limit
struct DayUnit {
  std::u32string_view text;
  std::int64_t days;
};
constexpr DayUnit day_units[] = {
    {U"日", 1},   {U"営業日", 1},         {U"週間", 7},   {U"ヶ月", 30}, {U"か月", 30},    {U"カ月", 30}, {U" days", 1},
    {U" day", 1}, {U" business days", 1}, {U" weeks", 7}, {U" week", 7}, {U" months", 30}, {U"-day", 1},  {U"-week", 7},
};
std::uint32_t long_duration_at(std::u32string_view s, std::uint32_t i) {
  if (i > 0 && text::is_ascii_digit(s[i - 1])) return 0;
  std::uint32_t k = i;
  std::int64_t n = 0;
  for (; k < s.size() && text::is_ascii_digit(s[k]) && n < 10'000; ++k) n = n * 10 + (s[k] - U'0');
  if (k == i) return 0;
  if (k + 1 < s.size() && (s[k] == U'~' || s[k] == U'-' || s[k] == U'〜') && text::is_ascii_digit(s[k + 1])) {
    n = 0;
    for (++k; k < s.size() && text::is_ascii_digit(s[k]) && n < 10'000; ++k) n = n * 10 + (s[k] - U'0');
  }
  for (const DayUnit& u : day_units) {
    if (!text::matches_at(s, k, u.text)) continue;
    std::uint32_t end = k + static_cast<std::uint32_t>(u.text.size());
    if (n * u.days < slow_reply_days || text::matches_at(s, end, U"以内") || text::matches_at(s, end, U"後に納品"))
      return 0;
    if (i >= 7 && s.substr(i - 7, 7) == U"within ") return 0;
    return end;
  }
  return 0;
}

constexpr std::u32string_view reply_complaint_words[] = {U"返信",  U"返事",   U"連絡",   U"レス",
                                                         U"reply", U"respon", U"来ない", U"took"};

// Reply words with a wait of days or weeks, or a rhythm slower than 3 business days, in the
// clause: "1週間ほど確認できていませんでした", "連絡は週に1回程度", "I only check Lancers once a
// week", reviews such as "返信が1週間以上来ない". "3日以内に返信します" is a promise, not a delay.
void detect_slow_replies(const Context& c, Finding& f) {
  if (c.reply_hours && *c.reply_hours > reply_hours_ok) {
    add_field(f, "client", "reply_hours", "返信までの時間: 約" + format_int(*c.reply_hours) + "時間");
    f.detail = "返信まで約" + format_int(*c.reply_hours) + "時間かかっています（目安: 24時間以内、長くても3営業日）。";
  }
  for (const Doc& d : c.docs) {
    const std::u32string_view s = d.norm.chars;
    for_all_until_full(d, f, {Tag::slow_reply}, [&](const TermHit& h) {
      if (!negated(d, h)) add_hit(f, d, h);
    });
    for_all_until_full(d, f, {Tag::reply_word, Tag::contact_action, Tag::review_negative}, [&](const TermHit& h) {
      if (h.tag == Tag::contact_action && !text_is(d, h, U"連絡") && !text_is(d, h, U"返信") &&
          !text_is(d, h, U"ご連絡"))
        return;
      // A complaint counts here only when it is about replies ("返信が遅い", not "検収が遅い").
      if (h.tag == Tag::review_negative) {
        std::u32string_view word = std::u32string_view(d.norm.chars).substr(h.begin, h.end - h.begin);
        bool about_replies = false;
        for (std::u32string_view w : reply_complaint_words)
          about_replies = about_replies || word.find(w) != std::u32string_view::npos;
        if (!about_replies) return;
      }
      Sentence clause = sentence_at(d, h.begin);
      std::uint32_t from = std::max(clause.begin, h.begin > pair_window ? h.begin - pair_window : 0);
      std::uint32_t to = std::min(clause.end, h.end + pair_window);
      std::uint32_t wait_begin = 0, wait_end = 0;
      for_hits(d, from, to, {Tag::long_wait}, [&](const TermHit& w) {
        if (wait_end == 0 && !pre_negated(d, w)) wait_begin = w.begin, wait_end = w.end;
      });
      for (std::uint32_t k = from; k < to && wait_end == 0; ++k)
        if (text::is_ascii_digit(s[k]))
          if (std::uint32_t end = long_duration_at(s, k)) wait_begin = k, wait_end = end;
      if (wait_end == 0) return;
      // A deadline in the clause ("納期2週間") is about the work, unless a reply word is there too.
      if (h.tag == Tag::contact_action && any_hit(d, clause.begin, clause.end, {Tag::deadline_word})) return;
      add_span(f, d, std::min(wait_begin, h.begin), std::max(wait_end, h.end));
    });
  }
}

}  // namespace

// The signal table: one row per signal id of api.md, strongest first (domain.md §2).
const SignalDef signal_table[] = {
    {"work_before_escrow", "仮払い前の作業・無償テスト", Severity::high, before | during, detect_work_before_escrow,
     "契約や仮払い（エスクロー）の前に、作業・納品・無償のテストを求めています。仮払い前の作業は報酬が支払われないまま"
     "連絡が途絶える典型です。",
     "契約と仮払いを確認するまで作業を始めないでください。テストが必要なら、有償で契約を結んでから行うよう依頼しましょ"
     "う。"},
    {"off_platform_contact", "サービス外での連絡・支払い", Severity::high, any_stage, detect_off_platform_contact,
     "契約前にLINE・メール・電話などサービス外での連絡を求めているか、サービス外での支払いを持ちかけています。契約前の"
     "直接連絡や直接取引は規約違反で、勧誘や情報商材の販売目的のことがあります。",
     "連絡先は交換せず、やり取りはサービスのメッセージ機能で続けてください。しつこく誘導される場合は運営に通報しましょ"
     "う。"},
    {"upfront_fee", "働く側が払うお金", Severity::high, any_stage, detect_upfront_fee,
     "教材費・登録料・初期費用など、働く側がお金を払う話が出ています。仕事を受ける側が費用を払う案件は情報商材や詐欺の"
     "典型です。",
     "お金を払う必要のある案件には応募しないでください。すでに求められた場合は支払わず、運営に通報しましょう。"},
    {"illegal_recruitment", "闇バイトの疑い", Severity::high, any_stage, detect_illegal_recruitment,
     "荷物や現金の受け取り・運搬、口座や携帯電話の開設・譲渡、「ホワイト案件」、匿名性の高いアプリでの連絡、高額報酬な"
     "ど、犯罪の実行者を集める「闇バイト」の特徴があります。警察は、身分証などの個人情報を送らせて脅し、抜けられなくす"
     "る手口に注意を呼びかけています。",
     "応募せず、身分証の写真や住所などの個人情報は絶対に送らないでください。すでにやり取りしている場合は連絡をやめ、警"
     "察相談専用電話「#9110」か最寄りの警察署に相談してください（緊急時は110番）。運営にも通報しましょう。"},
    {"personal_info_request", "個人情報の要求", Severity::high, any_stage, detect_personal_info_request,
     "契約前に、仕事に必要のない個人情報（住所・生年月日・身分証・口座など）を求めています。",
     "契約前に個人情報を渡さないでください。本人確認はサービスの本人確認機能で足ります。必要な理由を尋ね、納得できなけ"
     "れば辞退しましょう。"},
    {"pre_contract_interview", "契約前の通話・面談", Severity::medium, before, detect_pre_contract_interview,
     "契約前にZoom・電話などでの面談や説明会を求めています。サービス外の通話は記録が残らず、勧誘に使われることがありま"
     "す。",
     "質問はサービスのメッセージで答えると伝えましょう。面談が必要な場合も、契約後にサービス内のツールで行うのが安全で"
     "す。"},
    {"onsite_work", "常駐・出社", Severity::high, before | during, detect_onsite_work,
     "常駐・出社など、決まった場所や時間で働く条件があります。クラウドワークスの契約は業務委託で、常駐や出社を伴う仕事"
     "は認められていません。",
     "在宅で完結する仕事か確認してください。出社や固定の勤務時間が前提なら、雇用契約の求人として別途検討しましょう。"},
    {"low_pay", "最低賃金を下回る単価", Severity::medium, any_stage, detect_low_pay,
     "報酬を時給に換算すると最低賃金を下回ります。",
     "作業時間を見積もり、時給に換算して納得できる単価か確かめましょう。単価の交渉や、より条件の良い案件を探すことも検"
     "討してください。"},
    {"too_good_to_be_true", "うますぎる条件", Severity::medium, before | during, detect_too_good_to_be_true,
     "「誰でも簡単」「スマホだけで高収入」など、うますぎる条件が書かれています。無料の作業や有料の教材に誘う入口によく"
     "使われます。",
     "具体的な作業内容・報酬の根拠・納品物を質問し、答えがあいまいなら応募を見送りましょう。"},
    {"stealth_marketing", "ステマ（やらせ投稿）の依頼", Severity::medium, any_stage, detect_stealth_marketing,
     "報酬や無償提供を受けたことを隠して、一般の利用者を装った口コミ・レビュー・評価・投稿を求めています（サクラ、複数"
     "アカウントでの投稿を含む）。広告であることを隠す表示（ステルスマーケティング）は、2023年10月1日から景品表示法の不"
     "当表示として規制されています。",
     "広告であること（#PR "
     "など）を明示できない口コミや、使っていない商品・行っていない店の評価の依頼は受けないでください。口コミサイトやス"
     "トアの規約違反でもあり、アカウント停止の対象になります。運営に通報しましょう。"},
    {"info_product_lure", "情報商材・勧誘への誘導", Severity::medium, any_stage, detect_info_product_lure,
     "安い作業やアンケートを入口に、LINEグループ・セミナー・無料相談へ誘い、スクール・情報商材・MLM（マルチ商法）を売り"
     "込む流れの特徴があります。クラウドワークスも2025年2月にこの手口を注意喚起しています。",
     "サービス外のグループや説明会には参加せず、講座や商材の購入を勧められたら断ってください。契約後でも、勧誘が目的と"
     "分かった時点で運営に通報しましょう。"},
    {"negative_reviews", "不安な評価コメント", Severity::medium, any_stage, detect_negative_reviews,
     "過去の評価コメントに「連絡が取れない」「支払いが遅い」などの不安な内容があります。",
     "評価コメントを読み、同じ問題が起きたときの対応（納期・検収・連絡頻度）を契約前に確認しましょう。"},
    {"low_rating", "低い評価", Severity::medium, any_stage, detect_low_rating, "クライアントの評価が低めです。",
     "低い評価の理由をコメントで確かめ、条件を文章で確認してから契約しましょう。"},
    {"mass_hiring", "大量募集", Severity::low, any_stage, detect_mass_hiring,
     "一度に大人数を募集しています。辞める人が出る前提で単価を低く抑えた募集のことがあります。",
     "1人あたりの作業量と報酬、継続の条件を確認しましょう。"},
    {"vague_description", "あいまいな募集内容", Severity::low, before, detect_vague_description,
     "仕事内容・報酬・納期・納品形式がはっきりしません。あいまいな募集は、契約後に別の仕事へすり替えられることがありま"
     "す。",
     "具体的な作業内容・報酬・納期・納品形式を質問し、文章で回答をもらってから契約しましょう。"},
    {"slow_replies", "返信の遅さ", Severity::low, any_stage, detect_slow_replies,
     "返信が遅い、または遅くなると伝えられています。",
     "良いクライアントは24時間以内に返信することが多く、3営業日が目安の上限です。返信の遅さが続く場合は、契約前なら見送"
     "りも検討しましょう。"},
    {"identity_unverified", "本人確認が未完了", Severity::low, any_stage, detect_identity_unverified,
     "クライアントの本人確認が済んでいません。悪意の証拠ではありませんが、問題のあるクライアントは本人確認をしていない"
     "ことが多いです。",
     "本人確認済みのクライアントを優先し、未確認の場合は他の兆候と合わせて慎重に判断しましょう。"},
};

const std::size_t signal_count = std::size(signal_table);

namespace {

// Text evidence in source order; a span inside another span of the same field is dropped
// ("LINE" inside "LINE ID：abc").
void drop_nested_evidence(std::vector<Evidence>& evidence) {
  stable_sort_items(evidence, [](const Evidence& a, const Evidence& b) {
    if (a.has_span != b.has_span) return !a.has_span;
    if (a.order != b.order) return a.order < b.order;
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Evidence> kept;
  kept.reserve(evidence.size());
  for (Evidence& e : evidence) {
    if (e.has_span && !kept.empty() && kept.back().has_span && kept.back().source == e.source &&
        e.end <= kept.back().end)
      continue;
    kept.push_back(std::move(e));
  }
  evidence = std::move(kept);
}

}  // namespace

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::low:
      return "low";
    case Severity::medium:
      return "medium";
    case Severity::high:
      return "high";
  }
  return "low";
}

Assessment assess(const Context& context) {
  Assessment result;
  std::vector<Severity> severities;
  for (const SignalDef& def : signal_table) {
    if ((def.stages & stage_bit(context.stage)) == 0) continue;
    Finding finding;
    def.detect(context, finding);
    if (finding.evidence.empty()) continue;
    drop_nested_evidence(finding.evidence);
    Severity severity = finding.severity.value_or(def.severity);
    severities.push_back(severity);
    result.signals.push_back({&def, severity, std::move(finding)});
  }
  stable_sort_items(result.signals, [](const Signal& a, const Signal& b) { return a.severity > b.severity; });
  result.score = combine_score(severities);
  result.level = level_for_score(result.score);
  return result;
}

}  // namespace gigcheck::risk
