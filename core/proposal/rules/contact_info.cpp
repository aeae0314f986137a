// contact_info: outside contact details before a contract (CrowdWorks and
// Lancers forbid exchanging them). Two passes:
//  1. the shared detector (core/text/contacts: e-mail, phone, LINE and
//     messenger IDs, written full-width, spaced or with (at) too), on lines
//     that can hold a contact detail; portfolio URLs are welcome and skipped,
//     and so are links to a single post (instagram.com/p/…), which show work;
//  2. a line about a channel: a line that names a channel (LINE, インスタ, X,
//     Chatwork, メール, フォーム …) and invites contact (連絡, DM, 返信, 追加,
//     お問い合わせ …) makes any @handle or ID-like word on it (or, if it has
//     none, on the next line) a contact detail, however far from the channel's
//     name: 「Xのほうが連絡つきやすいので、DMいただけると嬉しいです（@takagi_illust）」.
//     A URL to a contact form (…/contact, …/inquiry) is one too.
// Not contact details: naming a tool one can use (「Chatworkでのやり取りにも対応
// できます」: no ID), someone else's @handle given as an example (no invitation).
#include <algorithm>

#include "core/proposal/rules.h"
#include "core/text/chars.h"
#include "core/text/contacts.h"
#include "core/text/matcher.h"
#include "core/text/normalize.h"

namespace gigcheck::proposal::rules {

namespace {

using namespace gigcheck::text;

// clang-format off
// A contact detail always has Latin letters, an @, a long run of digits, or a
// service name written in kana next to an ID (ライン：12345678).
constexpr std::size_t phone_min_digits = 10;
constexpr std::u32string_view contact_kana_anchors[] = {
  U"ライン", U"らいん", U"ﾗｲﾝ", U"スカイプ", U"チャットワーク", U"インスタ", U"テレグラム", U"ディスコード",
  U"ワッツアップ", U"アットマーク", U"あっとまーく",
};
// Links to one post or video show work, like a portfolio (matched after folding).
constexpr std::u32string_view post_link_paths[] = {U"instagram.com/p/", U"instagram.com/reel/", U"x.com/i/", U"/status/"};
// Channels a line can be about (folded: lower case, half-width).
constexpr std::u32string_view channels[] = {
  U"line", U"ライン", U"らいん", U"インスタ", U"instagram", U"x", U"twitter", U"ツイッター", U"chatwork",
  U"チャットワーク", U"skype", U"スカイプ", U"discord", U"ディスコード", U"telegram", U"テレグラム", U"メール",
  U"mail", U"e-mail", U"フォーム", U"form", U"dm",
};
// Words that invite the client to use the channel.
constexpr std::u32string_view invitations[] = {
  U"連絡", U"dm", U"返信", U"返せ", U"返事", U"メッセージ", U"追加", U"申請", U"問い合わせ", U"ご請求", U"お送りください",
  U"お気軽に", U"contact", U"reach", U"message me", U"add me", U"までお願い", U"こちらに", U"こちらまで",
  U"id:", U"id：", U"id ",
};
// A URL path that leads to a form for contacting its owner.
constexpr std::u32string_view form_paths[] = {U"/contact", U"/inquiry", U"/toiawase", U"/otoiawase", U"/form"};
// clang-format on

constexpr std::size_t min_id_length = 4;

bool is_contact_letter(char32_t c) {
  return is_ascii_letter(c) || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ') || c == U'@' || c == U'＠';
}

struct ContactClues {
  bool latin_or_at = false;  // a Latin letter (full-width too) or an @
  std::size_t digits = 0;
};

bool could_hold_contact(std::u32string_view line, const ContactClues& clues) {
  if (clues.latin_or_at || clues.digits >= phone_min_digits) return true;
  if (clues.digits == 0) return false;
  for (auto anchor : contact_kana_anchors)
    if (line.find(anchor) != std::u32string_view::npos) return true;
  return false;
}

std::string kind_label(ContactKind kind) {
  switch (kind) {
    case ContactKind::email:
      return "メールアドレス";
    case ContactKind::phone:
      return "電話番号";
    case ContactKind::line_id:
      return "LINE";
    case ContactKind::handle:
      return "SNS・チャットのID";
    case ContactKind::url:
      return "URL";
  }
  return "連絡先";
}

struct Span {
  std::size_t begin, end;
};

class ContactPass {
 public:
  explicit ContactPass(LintContext& c) : c_(c) {}

  void run() {
    std::size_t begin = 0;
    ContactClues clues;
    const auto& symbols = c_.symbols;
    std::vector<Span> lines;
    std::vector<Span> candidates;  // the lines that could hold a contact detail
    std::vector<bool> latin;  // per line: a Latin letter or an @, which every ID and URL has
    for (std::size_t k = 0; k <= symbols.size(); ++k) {
      std::size_t i = k < symbols.size() ? symbols[k] : c_.text.size();
      char32_t ch = i < c_.text.size() ? c_.text[i] : U'\n';
      if (!is_line_break(ch)) {
        clues.latin_or_at = clues.latin_or_at || is_contact_letter(ch);
        clues.digits += is_digit(ch);
        continue;
      }
      if (i > begin) {
        lines.push_back({begin, i});
        latin.push_back(clues.latin_or_at);
        if (could_hold_contact(c_.text.substr(begin, i - begin), clues)) candidates.push_back({begin, i});
      }
      begin = i + 1;
      clues = {};
    }
    if (!candidates.empty()) find_details(candidates);
    for (std::size_t k = 0; k < lines.size(); ++k)
      if (latin[k] || (k + 1 < lines.size() && latin[k + 1])) channel_line(lines, k);
    std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.span.begin < b.span.begin; });
    for (const Found& f : found_) c_.report(Rule::contact_info, f.span.begin, f.span.end, f.label);
  }

 private:
  struct Found {
    Span span;
    std::string label;
  };

  bool overlaps_found(Span s) const {
    for (const Found& f : found_)
      if (f.span.begin < s.end && s.begin < f.span.end) return true;
    return false;
  }

  std::size_t index_of_utf16(std::uint32_t offset) const {
    const auto& at = c_.decoded.utf16_at;
    return static_cast<std::size_t>(std::lower_bound(at.begin(), at.end(), offset) - at.begin());
  }

  static bool folded_has(const std::u32string& folded, std::u32string_view word) {
    return folded.find(word) != std::u32string::npos;
  }

  // The details text::find_contacts reads in the whole text, normalized once,
  // that lie inside one of `lines` (a detail never runs across lines).
  void find_details(const std::vector<Span>& lines) {
    Normalized normalized = normalize(c_.decoded);
    for (const ContactHit& hit : find_contacts(c_.decoded, normalized)) {
      std::u32string_view norm =
          std::u32string_view(normalized.chars).substr(hit.norm_begin, hit.norm_end - hit.norm_begin);
      if (hit.kind == ContactKind::url) continue;  // portfolio links are welcome
      bool post = false;
      for (auto path : post_link_paths) post = post || norm.find(path) != std::u32string_view::npos;
      if (post) continue;
      Span s{index_of_utf16(hit.start), index_of_utf16(hit.end)};
      auto line = std::upper_bound(lines.begin(), lines.end(), s.begin,
                                   [](std::size_t at, const Span& l) { return at < l.begin; });
      if (line == lines.begin() || s.end > std::prev(line)->end) continue;
      if (!overlaps_found(s)) found_.push_back({s, kind_label(hit.kind)});
    }
  }

  // The line folded (full-width to ASCII, lower case) for the channel words.
  std::u32string fold(Span line) const {
    std::u32string out;
    out.reserve(line.end - line.begin);
    for (std::size_t i = line.begin; i < line.end; ++i) out.push_back(fold_char(c_.text[i]));
    return out;
  }

  static bool has_word(const std::u32string& folded, std::u32string_view word) {
    // Latin channel names stand alone (x, line, form), not inside another word.
    for (std::size_t at = folded.find(word); at != std::u32string::npos; at = folded.find(word, at + 1)) {
      bool latin = is_ascii_letter(word.front());
      bool before = at > 0 && is_ascii_letter(folded[at - 1]);
      bool after = at + word.size() < folded.size() && is_ascii_letter(folded[at + word.size()]);
      if (!latin || (!before && !after)) return true;
    }
    return false;
  }

  static bool id_char(char32_t c) { return is_ascii_alnum(c) || c == U'_' || c == U'.' || c == U'-'; }

  // @handles, ID words and contact-form URLs on a line, as spans of the text.
  std::vector<Span> ids_on(Span line, const std::u32string& folded) const {
    std::vector<Span> out;
    for (std::size_t i = 0; i < folded.size(); ++i) {
      if (folded.compare(i, 4, U"http") == 0) {  // a URL: a contact form only
        std::size_t j = i;
        while (j < folded.size() && !is_blank(folded[j]) && !is_close_bracket(folded[j]) && folded[j] < 0x3000) ++j;
        std::u32string_view url = std::u32string_view(folded).substr(i, j - i);
        for (auto path : form_paths)
          if (url.find(path) != std::u32string_view::npos) {
            out.push_back({line.begin + i, line.begin + j});
            break;
          }
        i = j;
        continue;
      }
      bool at_sign = folded[i] == U'@';
      if (!at_sign && !(id_char(folded[i]) && (i == 0 || !id_char(folded[i - 1])))) continue;
      std::size_t j = i + (at_sign ? 1 : 0);
      bool digit_or_mark = false;
      while (j < folded.size() && id_char(folded[j])) {
        digit_or_mark = digit_or_mark || is_ascii_digit(folded[j]) || folded[j] == U'_';
        ++j;
      }
      std::size_t length = j - i - (at_sign ? 1 : 0);
      // An @ before a word joined to it (a@b is an e-mail: the detector's);
      // otherwise an ID mixes letters with digits or _ (saki_0712), unlike a word (LINE, DM).
      bool id = at_sign ? length >= 2 && (i == 0 || !id_char(folded[i - 1]))
                        : length >= min_id_length && digit_or_mark && is_ascii_letter(folded[i]);
      if (id) out.push_back({line.begin + i, line.begin + j});
      i = std::max(i, j);
    }
    return out;
  }

  void channel_line(const std::vector<Span>& lines, std::size_t k) {
    Span line = lines[k];
    std::u32string folded = fold(line);
    bool channel = false, invited = false;
    for (auto w : channels) channel = channel || has_word(folded, w);
    if (!channel) return;
    for (auto w : invitations) invited = invited || has_word(folded, w);
    if (!invited) return;
    std::vector<Span> ids = ids_on(line, folded);
    if (ids.empty() && k + 1 < lines.size()) ids = ids_on(lines[k + 1], fold(lines[k + 1]));
    for (Span s : ids)
      if (!overlaps_found(s)) found_.push_back({s, "SNS・チャットのID"});
  }

  LintContext& c_;
  std::vector<Found> found_;
};

void check(LintContext& c) { ContactPass(c).run(); }

}  // namespace

extern const RuleDef contact_info{
    Rule::contact_info,
    "contact_info",
    "外部の連絡先",
    Severity::error,
    "契約前に外部の連絡先（{found}）を書くことは、クラウドワークス・ランサーズの規約で禁止されています。",
    "連絡先は削除し、やり取りはサービスのメッセージ機能で行ってください。",
    nullptr,
    nullptr,
    check};

}  // namespace gigcheck::proposal::rules
