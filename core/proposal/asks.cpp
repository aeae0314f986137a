#include "core/proposal/asks.h"

#include <algorithm>
#include <cstdint>

#include "core/text/chars.h"
#include "core/text/sentences.h"

namespace gigcheck::proposal {

using namespace gigcheck::text;  // character classes

namespace {

// What an ask can be about. `triggers`: words in the ask that show the
// concept; `evidence`: words whose presence in the application counts as an
// answer. Both are '|'-separated. Order matches enum AskConcept.
struct Concept {
  AskConcept id;
  std::u32string_view triggers;
  std::u32string_view evidence;
};

// clang-format off
constexpr Concept ask_concepts[] = {
  {AskConcept::hours, U"稼働|作業時間|作業可能時間|対応可能時間|作業できる時間|時間帯|作業日|週に何時間|1日何時間|一日何時間",
   U"稼働|平日|土日|毎日|曜日|時間程度|時間ほど|時間/日|時間／日|時間/週|時間以上|週に|1日|１日|一日|時〜|時～|時から|時まで|:00|：00"},
  {AskConcept::achievements, U"実績|経験|経歴|職歴|これまでのお仕事",
   U"実績|経験|経歴|担当|執筆|制作|運営|従事|勤務|納品"},
  {AskConcept::portfolio, U"ポートフォリオ|サンプル|作品|制作物|過去記事|執筆記事|URL|ＵＲＬ",
   U"ポートフォリオ|サンプル|作品|制作物|記事|URL|ＵＲＬ|http"},
  {AskConcept::start_date, U"開始|着手|いつから|スタート",
   U"開始|着手|即日|すぐ|日から|日より|以降|いつでも"},
  {AskConcept::rate, U"単価|報酬|料金|見積|金額|費用|希望額",
   U"円|単価|報酬|料金|見積|金額"},
  {AskConcept::delivery, U"納期|ペース|本数|記事数|月に何|週に何|対応可能な数|対応できる数",
   U"納期|本まで|本程度|本ほど|本以上|件まで|件程度|件ほど|ペース|以内に|月に|週に|本/月|本／月|本対応|件対応"},
  {AskConcept::contact, U"連絡|返信|レスポンス",
   U"連絡|返信|返答|レスポンス|以内"},
  {AskConcept::motivation, U"志望|動機|応募理由|応募した理由|理由",
   U"理由|志望|動機|惹かれ|魅力|興味|ため|応募しました|応募いたしました|応募させて"},
  {AskConcept::self_intro, U"自己紹介|自己PR|自己ＰＲ|人柄",
   U"申します|自己紹介|私は|経歴|強み"},
  {AskConcept::skills, U"スキル|ツール|ソフト|使用可能|使える|作業環境|パソコン|PC環境",
   U"スキル|ツール|ソフト|使用|使え|利用|環境|Word|Excel|WordPress|Canva|Photoshop|Illustrator|Googleドキュメント|パソコン|PC|Windows|Mac"},
  {AskConcept::qualifications, U"資格|免許|検定",
   U"資格|免許|検定|取得|合格"},
  {AskConcept::specialty, U"得意|ジャンル|分野",
   U"得意|ジャンル|分野"},
  {AskConcept::profile_data, U"年齢|性別|生年月日|年代",
   U"歳|代|年齢|性別|男性|女性|生まれ|年生"},
  {AskConcept::residence, U"居住|お住まい|在住|地域",
   U"在住|住ま|住ん|県|都|府|道|市"},
  {AskConcept::questions, U"ご質問|質問",
   U"質問|お伺い|お聞き|でしょうか|ございません|特にありません"},
};

// Request phrases that turn a sentence of the post into an ask.
constexpr std::u32string_view request_phrases[] = {
  U"を教えてください", U"を教えて下さい", U"をお教えください", U"をご記載ください", U"を記載してください",
  U"をご記載下さい", U"をご記入ください", U"を記入してください", U"をお書きください", U"を書いてください",
  U"をお知らせください", U"をご明記ください", U"を明記してください", U"をご提示ください", U"を提示してください",
  U"をお送りください", U"をご提出ください", U"を添えて", U"をお聞かせください", U"をご教示ください",
  U"も教えてください", U"もご記載ください", U"もお書きください", U"もご記入ください", U"もお知らせください",
  U"を必ずご記載ください", U"を必ず記載してください", U"についてご記載ください", U"について教えてください",
  U"についてお書きください",
};

// Words in a line that make it the header of a block of asks.
constexpr std::u32string_view block_header_words[] = {
  U"応募時", U"応募の際", U"ご応募の際", U"応募する際", U"応募される際", U"応募いただく際", U"提案時",
  U"提案の際", U"ご提案の際", U"応募方法", U"応募時に", U"記載事項", U"記載してほしい", U"ご記載いただきたい",
  U"記載いただきたい", U"明記してください", U"ご記載ください", U"記載してください", U"教えてください",
  U"お書きください", U"ご記入ください", U"お知らせください",
};

// A job post asks a handful of things; past this many, the rest are ignored so
// that a hostile 200,000-character "post" cannot make lint slow.
constexpr size_t max_asks = 100;

// Words of a lead-in before 「、」 that is not part of the ask itself.
constexpr std::u32string_view lead_in_words[] = {
  U"また", U"なお", U"あわせて", U"併せて", U"際", U"時に", U"時は", U"必ず", U"恐れ入りますが", U"お手数ですが",
};

// Words that carry no meaning of their own when matching an unknown ask.
constexpr std::u32string_view generic_words[] = {
  U"応募", U"記載", U"記入", U"明記", U"以下", U"下記", U"内容", U"必須", U"必ず", U"場合", U"項目",
  U"情報", U"簡単", U"教え", U"提示", U"提出", U"可能", U"希望", U"有無", U"お知らせ", U"ご記載",
};
// clang-format on

template <typename Fn>
void for_each_alternative(std::u32string_view list, Fn fn) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t bar = list.find(U'|', start);
    if (bar == std::u32string_view::npos) bar = list.size();
    if (bar > start) fn(list.substr(start, bar - start));
    start = bar + 1;
  }
}

// The '|'-separated lists of ask_concepts split into words once, not on every call.
struct ConceptWords {
  std::vector<std::u32string_view> triggers, evidence;
};

const std::vector<ConceptWords>& concept_words() {
  static const std::vector<ConceptWords> table = [] {
    std::vector<ConceptWords> out;
    for (const Concept& c : ask_concepts) {
      ConceptWords words;
      for_each_alternative(c.triggers, [&](std::u32string_view w) { words.triggers.push_back(w); });
      for_each_alternative(c.evidence, [&](std::u32string_view w) { words.evidence.push_back(w); });
      out.push_back(std::move(words));
    }
    return out;
  }();
  return table;
}

// Which of a set of words occur in a text, found in one pass over the text
// instead of one search per word. Words are chained by their first character
// folded to 10 bits, so most positions cost one table load, and only words
// that may start there are compared.
class WordFinder {
 public:
  size_t size() const { return words_.size(); }
  void reserve(size_t words) {
    words_.reserve(words);
    next_.reserve(words);
  }

  // Returns the word's index for found(). Words must not be empty.
  size_t add(std::u32string_view word) {
    std::uint32_t& head = heads_[slot(word.front())];
    words_.push_back(word);
    next_.push_back(head);
    head = static_cast<std::uint32_t>(words_.size());  // 1-based; 0 ends a chain
    return words_.size() - 1;
  }

  void search(std::u32string_view text) {
    found_.assign(words_.size(), false);
    for (size_t i = 0; i < text.size(); ++i)
      for (size_t k = heads_[slot(text[i])]; k != 0; k = next_[k - 1])
        if (!found_[k - 1] && matches_at(text, i, words_[k - 1])) found_[k - 1] = true;
  }

  bool found(size_t index) const { return found_[index]; }

 private:
  static size_t slot(char32_t c) { return c & 0x3FF; }

  std::uint32_t heads_[1024] = {};  // per slot: 1 + the last word added there, or 0
  std::vector<std::u32string_view> words_;
  std::vector<std::uint32_t> next_;  // per word: 1 + the previous word of its slot, or 0
  std::vector<bool> found_;
};

unsigned concepts_of(std::u32string_view label) {
  CharMask mask(label);
  unsigned bits = 0;
  for (size_t i = 0; i < std::size(ask_concepts); ++i) {
    for (auto word : concept_words()[i].triggers) {
      if (mask.may_occur(word) && label.find(word) != std::u32string_view::npos) {
        bits |= 1u << i;
        break;
      }
    }
  }
  return bits;
}

size_t find_request(std::u32string_view sentence) {
  CharMask mask(sentence);
  size_t best = std::u32string_view::npos;
  for (auto phrase : request_phrases) {
    if (!mask.may_occur(phrase)) continue;
    size_t at = sentence.find(phrase);
    if (at < best) best = at;
  }
  return best;
}

bool is_block_header(std::u32string_view line) {
  CharMask mask(line);
  for (auto word : block_header_words)
    if (mask.may_occur(word) && line.find(word) != std::u32string_view::npos) return true;
  return false;
}

// A line that points at the list below it rather than asking anything itself.
bool refers_to_list(std::u32string_view line) {
  return line.find(U"以下") != std::u32string_view::npos || line.find(U"下記") != std::u32string_view::npos ||
         line.find(U"次の") != std::u32string_view::npos;
}

bool is_section_start(std::u32string_view line) {
  return !line.empty() && (line.front() == U'【' || line.front() == U'■' || line.front() == U'◆' ||
                           line.front() == U'#' || line.front() == U'＃' || line.front() == U'▼');
}

std::u32string_view trim(std::u32string_view s) {
  while (!s.empty() && (is_blank(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || is_full_stop(s.back()))) s.remove_suffix(1);
  return s;
}

// The object of a request sentence: 「過去の実績を教えてください。」 → 過去の実績.
std::u32string_view ask_object(std::u32string_view sentence, size_t request_at) {
  std::u32string_view object = sentence.substr(0, request_at);
  // Drop a lead-in such as 「ご応募の際は、」 or 「また、」; keep a condition
  // such as 「ポートフォリオがあれば、」, which is part of the ask.
  size_t comma = object.rfind(U'、');
  if (comma != std::u32string_view::npos) {
    std::u32string_view lead = object.substr(0, comma);
    for (auto word : lead_in_words)
      if (lead.find(word) != std::u32string_view::npos) {
        object.remove_prefix(comma + 1);
        break;
      }
  }
  return trim(object);
}

struct Line {
  size_t begin, end;
};

std::vector<Line> split_lines(std::u32string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || is_line_break(text[i])) {
      lines.push_back({begin, i});
      if (i < text.size() && text[i] == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n') ++i;
      begin = i + 1;
    }
  }
  return lines;
}

void add_ask(std::vector<Ask>& asks, std::u32string_view text, size_t begin, size_t end) {
  if (asks.size() >= max_asks) return;
  std::u32string_view label = trim(text.substr(begin, end - begin));
  if (label.size() < 2) return;
  size_t offset = label.data() - text.data();
  asks.push_back({offset, offset + label.size(), std::u32string(label), concepts_of(label)});
}

}  // namespace

std::vector<std::u32string_view> content_words(std::u32string_view label) {
  std::vector<std::u32string_view> words;
  auto kind = [](char32_t c) {
    if (is_kanji(c)) return 1;
    if (is_katakana(c)) return 2;
    if (is_ascii_letter(c)) return 3;
    return 0;
  };
  for (size_t i = 0; i < label.size();) {
    int k = kind(label[i]);
    size_t j = i + 1;
    while (j < label.size() && k != 0 && kind(label[j]) == k) ++j;
    std::u32string_view word = label.substr(i, j - i);
    bool generic = false;
    for (auto g : generic_words) generic = generic || word == g;
    if (k != 0 && word.size() >= 2 && !generic) {
      // Long kanji compounds are matched by their two-character pieces:
      // 執筆実績 → 執筆, 筆実, 実績 (a common trick for Japanese search).
      if (k == 1 && word.size() >= 3) {
        for (size_t b = 0; b + 2 <= word.size(); ++b) {
          std::u32string_view piece = word.substr(b, 2);
          bool piece_generic = false;
          for (auto g : generic_words) piece_generic = piece_generic || piece == g;
          if (!piece_generic) words.push_back(piece);
        }
      } else {
        words.push_back(word);
      }
    }
    i = j;
  }
  return words;
}

bool has_concept(const Ask& ask, AskConcept concept_id) {
  return (ask.concepts >> static_cast<unsigned>(concept_id)) & 1u;
}

std::vector<Ask> extract_asks(std::u32string_view job) {
  std::vector<Ask> asks;
  std::vector<Line> lines = split_lines(job);
  for (size_t li = 0; li < lines.size(); ++li) {
    std::u32string_view line = trim(job.substr(lines[li].begin, lines[li].end - lines[li].begin));
    if (line.empty()) continue;
    bool header = is_block_header(line) &&
                  (line.find(U"以下") != std::u32string_view::npos || line.find(U"下記") != std::u32string_view::npos ||
                   line.back() == U'】' || line.back() == U'：' || line.back() == U':' ||
                   line.find(U"応募時") != std::u32string_view::npos || line.find(U"際") != std::u32string_view::npos);
    if (header) {
      // Lines under the header, until a blank line after items or the next section.
      size_t taken = 0;
      bool block_is_list = false;
      size_t next = li + 1;
      for (; next < lines.size(); ++next) {
        size_t b = lines[next].begin, e = lines[next].end;
        std::u32string_view item = trim(job.substr(b, e - b));
        if (item.empty()) {
          if (taken > 0) break;
          continue;
        }
        if (is_section_start(item) && !starts_list_item(job, b)) break;
        if (refers_to_list(item)) continue;  // 「下記をご記載のうえご応募ください。」 introduces the items
        size_t marker_end = b;
        bool listed = starts_list_item(job, b, &marker_end);
        if (taken == 0) block_is_list = listed;
        // A list ends at its first plain line; a plain block needs a 【…】 or 「…：」 header.
        if (!listed && (block_is_list || (line.front() != U'【' && line.back() != U'：' && line.back() != U':'))) break;
        size_t begin = listed ? marker_end : b;
        std::u32string_view entry = job.substr(begin, e - begin);
        size_t request = find_request(entry);
        if (request != std::u32string_view::npos && request > 0) {
          std::u32string_view object = ask_object(entry, request);
          begin = object.data() - job.data();
          e = begin + object.size();
        }
        add_ask(asks, job, begin, e);
        ++taken;
      }
      if (taken > 0) {
        li = next - 1;
        continue;
      }
    }
    // Request sentences anywhere else in the post.
    SplitText split = split_sentences(line);
    size_t line_offset = line.data() - job.data();
    for (const Sentence& s : split.sentences) {
      std::u32string_view sentence = line.substr(s.begin, s.end - s.begin);
      size_t request = find_request(sentence);
      if (request == std::u32string_view::npos) continue;
      std::u32string_view object = ask_object(sentence, request);
      if (refers_to_list(object)) continue;  // a header whose items follow
      size_t begin = line_offset + s.begin + (object.data() - sentence.data());
      add_ask(asks, job, begin, begin + object.size());
    }
  }
  return asks;
}

namespace {

// A Latin or katakana word (WordPress, カメラ) names a specific thing; such a
// word in the ask that is not one of its concept's triggers must appear in
// the answer too: 「WordPressでの入稿経験」 is not answered by other experience.
bool is_named_thing(std::u32string_view word) { return !word.empty() && !is_kanji(word.front()); }

bool is_trigger_of(const Ask& ask, std::u32string_view word) {
  for (size_t i = 0; i < std::size(ask_concepts); ++i)
    if ((ask.concepts >> i) & 1u)
      for (auto t : concept_words()[i].triggers)
        if (t.find(word) != std::u32string_view::npos) return true;
  return false;
}

}  // namespace

namespace {

// The words that decide one ask, as indices into a WordFinder.
struct AskWords {
  std::vector<std::pair<size_t, size_t>> evidence;  // per concept of the ask: a range of words, one must occur
  std::vector<size_t> names;                        // named things: one must occur, if there are any
  std::vector<size_t> content;                      // asks of no concept: one content word must occur
};

// The finder holds each concept's evidence once, however many asks share it.
class AnswerIndex {
 public:
  AnswerIndex() { finder_.reserve(64); }  // a handful of concepts' words and names

  AskWords words_of(const Ask& ask) {
    AskWords out;
    std::vector<std::u32string_view> words = content_words(ask.label);
    if (ask.concepts == 0) {
      for (auto word : words) out.content.push_back(finder_.add(word));
      return out;
    }
    for (size_t i = 0; i < std::size(ask_concepts); ++i)
      if ((ask.concepts >> i) & 1u) out.evidence.push_back(evidence_of(i));
    for (auto word : words)
      if (is_named_thing(word) && !is_trigger_of(ask, word)) out.names.push_back(finder_.add(word));
    return out;
  }

  void search(std::u32string_view text) { finder_.search(text); }

  bool answered(const AskWords& w) const {
    auto any = [&](auto begin, auto end) {
      for (auto k = begin; k != end; ++k)
        if (finder_.found(*k)) return true;
      return false;
    };
    for (auto [begin, end] : w.evidence) {
      bool found = false;
      for (size_t k = begin; k < end && !found; ++k) found = finder_.found(k);
      if (!found) return false;
    }
    if (!w.names.empty() && !any(w.names.begin(), w.names.end())) return false;
    // Asks of no concept: nothing to look for means nothing to accuse.
    return w.content.empty() || any(w.content.begin(), w.content.end());
  }

 private:
  std::pair<size_t, size_t> evidence_of(size_t concept_index) {
    auto& range = evidence_[concept_index];
    if (range.second == 0) {
      range.first = finder_.size();
      for (auto word : concept_words()[concept_index].evidence) finder_.add(word);
      range.second = finder_.size();
    }
    return range;
  }

  WordFinder finder_;
  std::pair<size_t, size_t> evidence_[std::size(ask_concepts)] = {};
};

}  // namespace

bool is_answered(const Ask& ask, std::u32string_view text) { return which_answered({ask}, text)[0]; }

std::vector<bool> which_answered(const std::vector<Ask>& asks, std::u32string_view text) {
  AnswerIndex index;
  std::vector<AskWords> words;
  words.reserve(asks.size());
  for (const Ask& ask : asks) words.push_back(index.words_of(ask));
  index.search(text);
  std::vector<bool> out;
  for (const AskWords& w : words) out.push_back(index.answered(w));
  return out;
}

}  // namespace gigcheck::proposal
