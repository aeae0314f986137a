#include "core/proposal/asks.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include "core/text/chars.h"
#include "core/text/matcher.h"
#include "core/text/sentences.h"

namespace gigcheck::proposal {

using namespace gigcheck::text;  // character classes, PhraseMatcher

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
  {AskConcept::hours, U"稼働|平日|日中|土日|作業時間|所要時間|かかる時間|作業可能時間|対応可能時間|作業できる時間|時間帯|作業日|作業できる日数|週に何時間|1日何時間|一日何時間|週あたりの作業|曜日|availability|available|hours",
   U"稼働|平日|土日|毎日|曜日|時間|週に|週あたり|1日|１日|一日|時〜|時～|時から|時まで|:00|：00|日中|午前|午後|夜|朝|週末|作業でき|作業可能|稼働可能|hours|hour|Monday|weekday|weekdays|a day|per week|/week|available"},
  {AskConcept::achievements, U"実績|経験|経歴|職歴|これまでのお仕事|experience|projects you have|similar projects",
   U"実績|経験|経歴|歴|担当|執筆|制作|運営|従事|勤務|納品しました|納品してきました|納品してまいりました|件納品|本納品|使って|使用して|使ったこと|行って|してきました|してまいりました|ていました|ておりました|年間|運用|開発|翻訳|編集|手がけ|書い|やって|続けて|携わ|活動|ことがあります|ことがございます|years|experience|built|worked|projects|developed|translated|have done|I have"},
  {AskConcept::portfolio, U"ポートフォリオ|サンプル|作品|制作物|作ったもの|制作例|作例|の例|過去記事|執筆記事|URL|ＵＲＬ|コードサンプル|GitHub|links to your|sample|samples|past work",
   U"ポートフォリオ|サンプル|作品|制作物|記事|URL|ＵＲＬ|http|github.com|添付|sample|samples|portfolio"},
  {AskConcept::start_date, U"開始|着手|いつから|スタート|start",
   U"開始|着手|即日|すぐに開始|すぐに着手|すぐ始め|すぐにでも|日から|日より|以降|いつでも|から対応|から作業|来週|今週|明日|月曜|start|immediately|from"},
  {AskConcept::rate, U"単価|報酬|料金|見積|金額|費用|希望額|時給|月額|rate|price|budget|fee|quote",
   U"円|単価|報酬|料金|見積|金額|時給|月額|yen|$|USD|¥|per hour|per word|per article|/hour|an hour|hourly"},
  {AskConcept::delivery, U"納期|納品までの日数|かかる日数|納品までに|スケジュール|期間|何日|timeline|deadline|turnaround",
   U"納期|以内|日数|週間|ヶ月|か月|カ月|営業日|スケジュール|days|weeks|week|day|日あれば|日で|日後|日ほど|日程度|日前後|日くらい|日につき|日までに|日に納品|日目|翌日|当日|翌営業日|お届け"},
  {AskConcept::pace, U"ペース|月に|週に|月あたり|週あたり|1日あたり|1週間あたり|1日に|一日に|月間|per month|per week",
   U"ペース|月に|月間|毎月|/月|／月|1ヶ月|1か月|週に|毎週|/週|／週|1週間|1日|１日|一日|あたり|につき|per month|per week|a month|a week|each week|every week|weekly|each month|every month|monthly"},
  {AskConcept::amount, U"本数|記事数|件数|枚数|ワード数|文字数|何本|何枚|何件|処理可能|how many",
   U"何本"},
  {AskConcept::contact, U"連絡|返信|レスポンス",
   U"連絡|返信|返答|返事|レスポンス|メッセージ|つきやすい|つながりやすい|やり取り|reply|respond|message"},
  {AskConcept::motivation, U"志望|動機|応募理由|応募した理由",
   U"理由|志望|動機|惹かれ|魅力|興味|ため|応募しました|応募いたしました|応募させて"},
  {AskConcept::reason, U"理由|なぜ|why",
   U"からです|ためです|理由は|理由として|のが理由|からで|ので、|because|since|as it|as its"},
  {AskConcept::self_intro, U"自己紹介|自己PR|自己ＰＲ|人柄",
   U"申します|自己紹介|私は|経歴|強み|です"},
  {AskConcept::skills, U"スキル|ツール|ソフト|使用可能|使える|作業環境|録音環境|撮影環境|パソコン|PC環境|スペック|OS",
   U"スキル|ツール|ソフト|使用|使え|使って|利用|環境|宅録|防音|ブース|マイク|Word|Excel|WordPress|Canva|Photoshop|Illustrator|Premiere|Figma|Googleドキュメント|パソコン|PC|Windows|Mac|CPU|メモリ|GPU"},
  {AskConcept::qualifications, U"資格|免許|検定",
   U"資格|免許|検定|取得|合格|級|TOEIC|TOEFL|IELTS|英検|簿記|スコア"},
  {AskConcept::specialty, U"得意|ジャンル|分野|知識",
   U"得意|ジャンル|分野|好き|中心|主に|専門|詳し|知識|系の|系と|系を|系で"},
  {AskConcept::profile_data, U"年齢|性別|生年月日|年代",
   U"歳|代|年齢|性別|男性|女性|生まれ|年生"},
  {AskConcept::residence, U"居住|お住まい|在住|地域",
   U"在住|住ま|住ん|県|都|府|道|市"},
  {AskConcept::questions, U"ご質問|質問",
   U"質問|お伺い|お聞き|でしょうか|ございません|特にありません|ございますか"},
  {AskConcept::years, U"年数|何年|使用歴|経験年数|歴",
   U"年|歴|ヶ月|か月|カ月|years|year"},
  {AskConcept::meeting, U"打ち合わせ|打合せ|打ち合せ|ミーティング|面談|通話|MTG|meeting|call",
   U"打ち合わせ|打合せ|打ち合せ|ミーティング|面談|通話|Zoom|Meet|Teams|オンライン会議|meeting|call"},
};

// Numbers that answer an ask of a concept: a digit followed by one of `units`
// (5分ほど, 2日, 850点) or preceded by one of `periods` (週4日). One row per concept.
struct NumericEvidence {
  AskConcept id;
  std::u32string_view units;    // '|'-separated, after a digit
  std::u32string_view periods;  // '|'-separated, before a digit
};
constexpr NumericEvidence numeric_evidence[] = {
  {AskConcept::hours, U"時間|分|時", U"週|月"},
  {AskConcept::delivery, U"日|週間|営業日|ヶ月|か月", U""},
  {AskConcept::rate, U"円|万円|ドル|yen", U"¥|$|￥"},
  {AskConcept::qualifications, U"点|級", U""},
  {AskConcept::years, U"年", U""},
  {AskConcept::achievements, U"年|年間|件|社", U""},
};

// An ask's concept that only describes the thing asked for: 「運用経験のある
// アカウントのジャンル」 asks for a genre; the experience is a modifier. When
// what follows the phrase has a concept of its own, the phrase's is dropped.
struct ModifierPhrase {
  std::u32string_view phrase;
  AskConcept dropped;
};
constexpr ModifierPhrase modifier_phrases[] = {
  {U"経験のある", AskConcept::achievements}, {U"経験がある", AskConcept::achievements},
  {U"実績のある", AskConcept::achievements}, {U"実績がある", AskConcept::achievements},
  {U"経験した", AskConcept::achievements},   {U"運用した", AskConcept::achievements},
};

// Amounts that answer a pace or count ask (月8本まで, 1日50枚ほど, 30〜40枚): each
// counter with each approximation and after each digit, added to the amount evidence.
constexpr std::u32string_view counters[] = {U"本", U"件", U"枚", U"記事", U"ワード", U"文字", U"字", U"点", U"回"};
constexpr std::u32string_view approximations[] = {
  U"まで", U"程度", U"ほど", U"くらい", U"ぐらい", U"以上", U"前後", U"/月", U"／月", U"/週", U"対応", U"可能",
};

// Katakana nouns of everyday work that name no particular tool: they need not
// appear in an answer the way WordPress or マクロ must.
constexpr std::u32string_view common_katakana[] = {
  U"リスト", U"データ", U"ファイル", U"メール", U"ジャンル", U"アカウント", U"ブログ", U"サイト", U"ページ",
  U"コンテンツ", U"タスク", U"スケジュール", U"ツール", U"ソフト", U"サービス", U"ビジネス", U"チーム",
  U"テスト", U"サンプル", U"ペース", U"スキル", U"レベル", U"イメージ",
};

// Names an answer may give in other words: SNS answered by Instagram.
struct NameAliases {
  std::u32string_view name;
  std::u32string_view aliases;  // '|'-separated
};
constexpr NameAliases name_aliases[] = {
  {U"SNS", U"Instagram|インスタ|TikTok|Twitter|YouTube|Facebook|Threads|X運用|Xの"},
  {U"サムネイル", U"サムネ|thumbnail"},
  {U"ローカライズ", U"localization|localize|localisation|ローカライゼーション"},
  {U"苦手", U"得意ではな|得意ではご|不得意|避け|控え"},
  {U"得意", U"強み"},
  {U"PC", U"パソコン|Windows|Mac|ノート"},
  {U"LP", U"ランディングページ|lp"},
  {U"OS", U"Windows|Mac|macOS|Linux"},
};

// Request phrases that turn a sentence of the post into an ask.
constexpr std::u32string_view request_phrases[] = {
  U"を教えてください", U"を教えて下さい", U"をお教えください", U"をご記載ください", U"を記載してください",
  U"をご記載下さい", U"をご記入ください", U"を記入してください", U"をお書きください", U"を書いてください",
  U"をお知らせください", U"をご明記ください", U"を明記してください", U"をご提示ください", U"を提示してください",
  U"をお送りください", U"をご提出ください", U"を添えて", U"をお聞かせください", U"をご教示ください",
  U"も教えてください", U"もご記載ください", U"もお書きください", U"もご記入ください", U"もお知らせください",
  U"を必ずご記載ください", U"を必ず記載してください", U"についてご記載ください", U"について教えてください",
  U"についてお書きください", U"をご記入のうえ", U"をご記載のうえ", U"を記載のうえ", U"を記入のうえ", U"を明記のうえ",
  U"も知りたいです", U"を知りたいです", U"を1冊書いてください",
  U"があればお書きください", U"があればご記載ください", U"があれば教えてください", U"があればお知らせください",
  U"があればご記入ください",
  U"か教えてください", U"かを教えてください", U"かお知らせください", U"かをお知らせください", U"かご記載ください",
  U"かをご記載ください",
};
// English requests: the ask follows the phrase ("Please tell us your rate").
constexpr std::u32string_view english_requests[] = {
  U"please tell us", U"Please tell us", U"please share", U"Please share", U"please include", U"Please include",
  U"let us know", U"Let us know", U"please send", U"Please send", U"please provide", U"Please provide",
  U"please let us know", U"Please let us know", U"tell us", U"Tell us",
};

// Words in a line that make it the header of a block of asks.
constexpr std::u32string_view block_header_words[] = {
  U"応募時", U"応募の際", U"ご応募の際", U"応募する際", U"応募される際", U"応募いただく際", U"提案時",
  U"提案の際", U"ご提案の際", U"応募方法", U"応募時に", U"記載事項", U"記載してほしい", U"ご記載いただきたい",
  U"記載いただきたい", U"明記してください", U"ご記載ください", U"記載してください", U"教えてください",
  U"お書きください", U"ご記入ください", U"お知らせください", U"教えていただきたい", U"お送りください",
  U"Please include", U"please include", U"please tell us", U"Please tell us", U"When you apply", U"In your proposal",
  U"in your proposal", U"please answer", U"Please answer",
};

// A job post asks a handful of things; past this many, the rest are ignored so
// that a hostile 200,000-character "post" cannot make lint slow.
constexpr size_t max_asks = 100;

size_t shared_head(std::u32string_view left, std::u32string_view right);

// Words of a lead-in segment before 「、」 that is not part of the ask itself.
constexpr std::u32string_view lead_in_words[] = {
  U"また", U"なお", U"あわせて", U"併せて", U"際", U"時に", U"時は", U"必ず", U"恐れ入りますが", U"お手数ですが",
  U"ときに", U"ときは", U"応募文に", U"最後に", U"応募時", U"あと",
};

// Lead-ins without a comma (「応募文の最後に「好きな本」を…」).
constexpr std::u32string_view lead_in_prefixes[] = {
  U"応募文の最後に", U"応募文の冒頭に", U"応募文に", U"応募時に", U"応募の際に", U"ご応募の際に", U"提案時に",
  U"ご応募の際は", U"応募の際は", U"応募時は",
};

// Words that carry no meaning of their own when matching an unknown ask.
constexpr std::u32string_view generic_words[] = {
  U"応募", U"記載", U"記入", U"明記", U"以下", U"下記", U"内容", U"必須", U"必ず", U"場合", U"項目",
  U"情報", U"簡単", U"教え", U"提示", U"提出", U"可能", U"希望", U"有無", U"お知らせ", U"ご記載", U"対応", U"ご自身",
  U"自身", U"どうか", U"可否", U"過去", U"以前", U"今まで",
  U"you", U"your", U"can", U"do", U"the", U"and", U"or", U"of", U"to", U"for", U"with", U"us", U"we", U"our",
  U"whether", U"what", U"when", U"how", U"please", U"tell", U"share", U"include", U"any", U"have", U"has", U"one",
  U"like", U"is", U"are", U"be", U"that", U"this", U"which", U"who", U"whose", U"would", U"will", U"if", U"in",
  U"on", U"at", U"by", U"from", U"it", U"its", U"my", U"me", U"an", U"a", U"Your", U"When", U"Whether", U"short",
  U"about", U"know", U"let",
};

// Questions of these endings are invitations, not asks (一緒に働きませんか？).
constexpr std::u32string_view invitation_endings[] = {U"ませんか", U"しませんか", U"ないですか", U"ませんでしょうか"};
// Endings that make a sentence a question to the applicant.
constexpr std::u32string_view question_endings[] = {U"ますか", U"ですか", U"でしょうか", U"ますでしょうか", U"可能か"};

// Joints between two items of one ask: 「AとB」「AやB」「A及びB」「A、B」, English "A and B".
constexpr std::u32string_view item_joints[] = {U"及び", U"および", U"ならびに", U"並びに", U", and ", U" and ", U", "};
// After と, words that make it part of the phrase, not a joint (との, として, と思う).
constexpr std::u32string_view to_continuations[] = {
  U"の", U"して", U"は", U"いう", U"なる", U"一緒", U"共に", U"思", U"考え", U"いった", U"か",
};
// Endings of a condition, after which 「、」 does not start a new item (ポートフォリオがあれば、URL).
// A clause ending in が/ので/て (「想定していますが、対応可能でしょうか」) goes on to the same ask.
constexpr std::u32string_view condition_endings[] = {
  U"ば", U"たら", U"なら", U"場合は", U"場合", U"際は", U"が", U"ので", U"けど", U"けれど", U"て", U"で",
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
      if (c.id == AskConcept::pace) {  // 月4本, 週3本
        static std::vector<std::u32string> periods;
        for (auto period : {U"月", U"週"})
          for (char32_t digit = U'0'; digit <= U'9'; ++digit) periods.push_back(std::u32string(period) + digit);
        for (const auto& p : periods) words.evidence.push_back(p);
      }
      if (c.id == AskConcept::amount) {
        static std::vector<std::u32string> amounts;  // kept for the views below
        amounts.reserve(std::size(counters) * (std::size(approximations) + 10));
        for (auto counter : counters) {
          for (auto approx : approximations) amounts.push_back(std::u32string(counter) + std::u32string(approx));
          for (char32_t digit = U'0'; digit <= U'9'; ++digit)
            amounts.push_back(std::u32string(1, digit) + std::u32string(counter));
        }
        for (const auto& a : amounts) words.evidence.push_back(a);
      }
      for (const NumericEvidence& n : numeric_evidence) {
        if (n.id != c.id) continue;
        static std::deque<std::u32string> numbers;  // kept for the views below
        for_each_alternative(n.units, [&](std::u32string_view unit) {
          for (char32_t digit : std::u32string_view(U"0123456789０１２３４５６７８９"))
            words.evidence.push_back(numbers.emplace_back(std::u32string(1, digit) + std::u32string(unit)));
        });
        for_each_alternative(n.periods, [&](std::u32string_view period) {
          for (char32_t digit : std::u32string_view(U"0123456789０１２３４５６７８９"))
            words.evidence.push_back(numbers.emplace_back(std::u32string(period) + std::u32string(1, digit)));
        });
      }
      out.push_back(std::move(words));
    }
    return out;
  }();
  return table;
}

// The label without its asides in brackets: 「英語力（TOEICや留学経験など）」 → 英語力.
// Examples in an aside are not what must be answered.
std::u32string strip_asides(std::u32string_view label) {
  std::u32string out;
  int depth = 0;
  for (char32_t c : label) {
    if (c == U'（' || c == U'(')
      ++depth;
    else if ((c == U'）' || c == U')') && depth > 0)
      --depth;
    else if (depth == 0)
      out.push_back(c);
  }
  return out;
}

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
  // A period (月に, 週あたり) asks for a pace only with an amount (記事数): 週あたりの稼働時間 is hours.
  if (!(bits & (1u << static_cast<unsigned>(AskConcept::amount))) && label.find(U"ペース") == std::u32string_view::npos)
    bits &= ~(1u << static_cast<unsigned>(AskConcept::pace));
  // 応募理由 is the motivation, answered by why one applies; a bare 理由 asks for a reason.
  if (bits & (1u << static_cast<unsigned>(AskConcept::motivation)))
    bits &= ~(1u << static_cast<unsigned>(AskConcept::reason));
  // A count of hours (how many hours, 何時間) is answered by hours.
  if (bits & (1u << static_cast<unsigned>(AskConcept::hours)))
    bits &= ~(1u << static_cast<unsigned>(AskConcept::amount));
  // A concept in a modifier (運用経験のあるアカウントのジャンル) describes what is asked for.
  for (const ModifierPhrase& m : modifier_phrases) {
    size_t at = label.find(m.phrase);
    if (at == std::u32string_view::npos) continue;
    unsigned head = concepts_of(label.substr(at + m.phrase.size()));
    unsigned dropped = 1u << static_cast<unsigned>(m.dropped);
    if (head != 0 && !(head & dropped)) bits = (bits & ~dropped) | head;
  }
  return bits;
}

// The first position where any phrase of `matcher` starts in `s`, or npos; its length in `length`.
size_t first_of(const PhraseMatcher& matcher, std::u32string_view s, size_t* length = nullptr) {
  for (size_t i = 0; i < s.size(); ++i) {
    size_t found = 0;
    matcher.each_at(s, i, [&](std::uint32_t, size_t n) { found = n; });
    if (found) {
      if (length) *length = found;
      return i;
    }
  }
  return std::u32string_view::npos;
}

size_t find_request(std::u32string_view sentence) {
  static const PhraseMatcher requests(request_phrases);
  return first_of(requests, sentence);
}

bool is_block_header(std::u32string_view line) {
  static const PhraseMatcher headers(block_header_words);
  return first_of(headers, line) != std::u32string_view::npos;
}

// A line that points at the list below it rather than asking anything itself.
bool refers_to_list(std::u32string_view line) {
  return line.find(U"以下") != std::u32string_view::npos || line.find(U"下記") != std::u32string_view::npos ||
         line.find(U"次の") != std::u32string_view::npos;
}

// An object that is only a pointer at a list: it starts with 以下/下記/次の.
bool points_at_list(std::u32string_view object) {
  for (auto word : {std::u32string_view(U"以下"), std::u32string_view(U"下記"), std::u32string_view(U"次の")}) {
    if (object.substr(0, word.size()) == word) return true;
    // 「必須事項は以下」「詳細は下記の通り」: the pointer is what it ends with.
    std::size_t at = object.rfind(word);
    if (at != std::u32string_view::npos && object.size() - at <= word.size() + 4) return true;
  }
  return false;
}

bool is_section_start(std::u32string_view line) {
  return !line.empty() && (line.front() == U'【' || line.front() == U'■' || line.front() == U'◆' ||
                           line.front() == U'#' || line.front() == U'＃' || line.front() == U'▼');
}

std::u32string_view trim(std::u32string_view s) {
  while (!s.empty() && (is_blank(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || is_full_stop(s.back()) || s.back() == U'、' || s.back() == U',' ||
                        s.back() == U':' || s.back() == U'：'))
    s.remove_suffix(1);
  return s;
}

bool is_lead_in(std::u32string_view segment) {
  for (auto word : lead_in_words)
    if (segment.find(word) != std::u32string_view::npos) return true;
  return false;
}

// The object of a request sentence: 「過去の実績を教えてください。」 → 過去の実績.
std::u32string_view ask_object(std::u32string_view sentence, size_t request_at) {
  std::u32string_view object = sentence.substr(0, request_at);
  // Drop a lead-in segment such as 「ご応募の際は、」 or 「また、」 at the start;
  // keep a condition such as 「ポートフォリオがあれば、」, which is part of the ask.
  for (;;) {
    size_t comma = object.find(U'、');
    if (comma == std::u32string_view::npos || !is_lead_in(object.substr(0, comma))) break;
    object.remove_prefix(comma + 1);
  }
  for (auto lead : lead_in_prefixes)
    if (object.substr(0, lead.size()) == lead && object.size() > lead.size() + 1) object.remove_prefix(lead.size());
  return trim(object);
}

// The object of an English request: what follows "Please tell us" up to the sentence end.
std::u32string_view english_object(std::u32string_view sentence, size_t* at) {
  static const PhraseMatcher requests(english_requests);
  size_t length = 0;
  size_t start = first_of(requests, sentence, &length);
  if (start == std::u32string_view::npos) return {};
  std::u32string_view rest = sentence.substr(start + length);
  // "Please include in your proposal:" introduces a list, "Please tell us your rate" is the ask.
  for (auto lead : {std::u32string_view(U" in your proposal"), std::u32string_view(U" in your application")})
    if (rest.substr(0, lead.size()) == lead) rest.remove_prefix(lead.size());
  while (!rest.empty() && (is_blank(rest.front()) || rest.front() == U':')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == U'.' || is_blank(rest.back()) || is_full_stop(rest.back())))
    rest.remove_suffix(1);
  *at = rest.data() - sentence.data();
  return rest;
}

bool is_question(std::u32string_view sentence) {
  std::u32string_view body = sentence;
  while (!body.empty() && (is_full_stop(body.back()) || is_blank(body.back()))) body.remove_suffix(1);
  for (auto e : invitation_endings)
    if (ends_with(body, e)) return false;
  if (!sentence.empty() && (sentence.back() == U'？' || sentence.back() == U'?')) return true;
  for (auto e : question_endings)
    if (ends_with(body, e)) return true;
  return false;
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

bool is_item_start_char(char32_t c) { return c != U'の' && c != U'を' && c != U'に'; }

// Where a と or や joins two items: after a noun (kanji, katakana, Latin, a
// closing bracket, か of 〜かどうか) and not continuing the phrase (との, として).
bool joins_at(std::u32string_view label, size_t i) {
  char32_t c = label[i];
  if (c != U'と' && c != U'や') return false;
  if (i == 0 || i + 1 >= label.size()) return false;
  char32_t before = label[i - 1];
  bool noun_before = is_kanji(before) || is_katakana(before) || is_ascii_alnum(before) || is_close_bracket(before) ||
                     before == U'」' || before == U'か' || before == U'数' || (before >= U'Ａ' && before <= U'ｚ');
  if (!noun_before) return false;
  std::u32string_view after = label.substr(i + 1);
  if (c == U'と') {
    for (auto w : to_continuations)
      if (after.substr(0, w.size()) == w) return false;
  } else if (after.front() == U'り' || after.front() == U'す' || after.front() == U'っ') {
    return false;
  }
  return is_item_start_char(after.front());
}

// 「ピボットテーブルやマクロの経験」「不動産や投資分野の知識」: a bare noun of no
// concept before と/や shares the head of the item after it (の経験, 分野の知識):
// the position in `right` where that head starts, or npos. 「氏名と年齢」 shares none.
size_t shared_head(std::u32string_view left, std::u32string_view right) {
  if (left.empty()) return std::u32string_view::npos;
  for (char32_t c : left)
    if (is_hiragana(c) || is_blank(c)) return std::u32string_view::npos;
  if (concepts_of(left) != 0) return std::u32string_view::npos;
  size_t k = 0;
  while (k < right.size() && !is_hiragana(right[k]) && right[k] != U'、' && right[k] != U'・') ++k;
  if (k == 0 || k >= right.size() || right[k] != U'の') return std::u32string_view::npos;
  // The noun's own end of a compound (投資分野 → 分野) belongs to the head too.
  size_t head = k;
  for (auto word : content_words(right.substr(0, k)))
    if (concepts_of(word) != 0) head = std::min(head, static_cast<size_t>(word.data() - right.data()));
  return head;
}

// Splits one ask into its items: 「好きな旅行先とその理由」 → 好きな旅行先 / その理由.
// A joint counts outside brackets only; 「A・B」 splits only when A and B are of
// different concepts (お見積り・納期), since 美容・健康ジャンル is one thing.
std::vector<std::pair<size_t, size_t>> split_items(std::u32string_view label) {
  std::vector<std::pair<size_t, size_t>> cuts;  // [begin, end) of each item
  int depth = 0;
  size_t begin = 0;
  auto close = [&](size_t end, size_t next) {
    std::u32string_view left = label.substr(begin, end - begin);
    std::u32string_view t = trim(left);
    if (t.size() >= 2) {
      cuts.push_back(
          {static_cast<size_t>(t.data() - label.data()), static_cast<size_t>(t.data() - label.data()) + t.size()});
      begin = next;
      return true;
    }
    return false;
  };
  for (size_t i = 0; i < label.size(); ++i) {
    char32_t c = label[i];
    if (is_open_bracket(c) || c == U'【' || c == U'［' || c == U'[')
      ++depth;
    else if ((is_close_bracket(c) || c == U'】' || c == U'］' || c == U']') && depth > 0)
      --depth;
    if (depth > 0) continue;
    std::u32string_view rest = label.substr(i);
    size_t joint = 0;
    if (c == U'、') {
      std::u32string_view left = trim(label.substr(begin, i - begin));
      bool condition = false;
      for (auto e : condition_endings) condition = condition || ends_with(left, e);
      if (!condition) joint = 1;
    } else if (joins_at(label, i)) {
      joint = 1;
      if (i + 1 < label.size() && label[i + 1] == U'、') joint = 2;
    } else if (c == U'・') {
      size_t next = label.find_first_of(U"・、と", i + 1);
      std::u32string_view left = label.substr(begin, i - begin);
      std::u32string_view right =
          label.substr(i + 1, next == std::u32string_view::npos ? std::u32string_view::npos : next - i - 1);
      unsigned l = concepts_of(left), r = concepts_of(right);
      if (l && r && (l & r) == 0) joint = 1;
    } else {
      for (auto j : item_joints)
        if (rest.substr(0, j.size()) == j) {
          joint = j.size();
          break;
        }
    }
    if (joint == 0) continue;
    if (close(i, i + joint)) i += joint - 1;
  }
  close(label.size(), label.size());
  // An English "and" inside the last item ("and why") leaves no empty item; a
  // split that left one side too short was not made (close() refused it).
  return cuts;
}

// Leading words of an English item that say nothing ("your", "an").
std::u32string_view english_core(std::u32string_view item) {
  for (auto lead : {std::u32string_view(U"and "), std::u32string_view(U"also ")})
    if (item.substr(0, lead.size()) == lead) item.remove_prefix(lead.size());
  return item;
}

void add_ask(std::vector<Ask>& asks, std::u32string_view text, size_t begin, size_t end) {
  std::u32string_view label = trim(text.substr(begin, end - begin));
  if (label.size() < 2) return;
  auto items = split_items(label);
  for (size_t k = 0; k < items.size(); ++k) {
    if (asks.size() >= max_asks) return;
    auto [b, e] = items[k];
    std::u32string_view item = english_core(label.substr(b, e - b));
    if (item.size() < 2) continue;
    size_t offset = item.data() - text.data();
    std::u32string words(item);
    if (k + 1 < items.size()) {  // ピボットテーブル(や)マクロの経験 → ピボットテーブルの経験
      std::u32string_view next = label.substr(items[k + 1].first, items[k + 1].second - items[k + 1].first);
      size_t head = shared_head(item, next);
      if (head != std::u32string_view::npos) words += next.substr(head);
    }
    asks.push_back({offset, offset + item.size(), words, concepts_of(strip_asides(words))});
  }
}

// A note under a list (※テストをお願いする場合があります) tells, it does not ask.
bool is_note(std::u32string_view item) { return !item.empty() && (item.front() == U'※' || item.front() == U'＊'); }

// A list item without its marker; Q1. / Q2: count as markers too.
size_t item_start(std::u32string_view job, size_t b, bool* listed) {
  size_t marker_end = b;
  *listed = starts_list_item(job, b, &marker_end);
  if (*listed) return marker_end;
  size_t i = b;
  while (i < job.size() && is_blank(job[i])) ++i;
  if (i + 1 < job.size() && (job[i] == U'Q' || job[i] == U'Ｑ') && is_digit(job[i + 1])) {
    size_t j = i + 1;
    while (j < job.size() && is_digit(job[j])) ++j;
    if (j < job.size() && (job[j] == U'.' || job[j] == U'．' || job[j] == U':' || job[j] == U'：' || job[j] == U')'))
      ++j;
    while (j < job.size() && is_blank(job[j])) ++j;
    *listed = true;
    return j;
  }
  return b;
}

// The ask of one line or sentence: the object of its request, the question,
// or (in a block of asks) the whole entry.
void add_entry(std::vector<Ask>& asks, std::u32string_view job, size_t begin, size_t end, bool whole) {
  std::u32string_view entry = job.substr(begin, end - begin);
  size_t request = find_request(entry);
  if (request != std::u32string_view::npos && request > 0) {
    std::u32string_view object = ask_object(entry, request);
    // 「いつから開始できるかを教えてください」: the request's か belongs to the question.
    bool interrogative = false;
    for (auto word : {U"いつ", U"何", U"どの", U"どう", U"どれ", U"どんな"})
      interrogative = interrogative || object.find(word) != std::u32string_view::npos;
    if (object.size() >= 2 && is_hiragana(object.back()) && interrogative &&
        object.data() + object.size() < entry.data() + entry.size() && object.data()[object.size()] == U'か')
      object = std::u32string_view(object.data(), object.size() + 1);
    // A header whose items follow (「下記をご記載ください」, 「以下3点を…」); 「翻訳実績と、
    // 下記の文の試訳」 asks for the things it names.
    if (points_at_list(object) && !whole) return;
    add_ask(asks, job, object.data() - job.data(), object.data() - job.data() + object.size());
    return;
  }
  size_t at = 0;
  std::u32string_view english = english_object(entry, &at);
  if (!english.empty()) {
    add_ask(asks, job, begin + at, begin + at + english.size());
    return;
  }
  if (whole || is_question(entry)) add_ask(asks, job, begin, end);
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
  auto generic = [](std::u32string_view w) {
    for (auto g : generic_words)
      if (w == g) return true;
    return false;
  };
  for (size_t i = 0; i < label.size();) {
    int k = kind(label[i]);
    size_t j = i + 1;
    while (j < label.size() && k != 0 && kind(label[j]) == k) ++j;
    std::u32string_view word = label.substr(i, j - i);
    if (k != 0 && word.size() >= 2 && !generic(word)) {
      // Long kanji compounds are matched by their two-character pieces:
      // 執筆実績 → 執筆, 筆実, 実績 (a common trick for Japanese search).
      if (k == 1 && word.size() >= 3) {
        // Generic words inside the compound (対応可能な → 対応, 可能) are cut out
        // first, so no piece straddles them (応可).
        size_t b = 0;
        while (b + 2 <= word.size()) {
          if (generic(word.substr(b, 2))) {
            b += 2;
            continue;
          }
          size_t e = b + 2;
          while (e + 2 <= word.size() + 1 && e < word.size() &&
                 !generic(word.substr(e, std::min<size_t>(2, word.size() - e))))
            ++e;
          std::u32string_view part = word.substr(b, e - b);
          if (part.size() == 2)
            words.push_back(part);
          else
            for (size_t p = 0; p + 2 <= part.size(); ++p) words.push_back(part.substr(p, 2));
          b = e;
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
  std::vector<bool> taken_line(lines.size(), false);
  for (size_t li = 0; li < lines.size(); ++li) {
    std::u32string_view line = trim(job.substr(lines[li].begin, lines[li].end - lines[li].begin));
    if (line.empty()) continue;
    std::u32string_view raw = job.substr(lines[li].begin, lines[li].end - lines[li].begin);
    while (!raw.empty() && is_blank(raw.back())) raw.remove_suffix(1);
    bool header =
        (refers_to_list(line) && find_request(line) != std::u32string_view::npos) ||
        (is_section_start(line) && is_block_header(line)) ||
        (is_block_header(line) &&
        (refers_to_list(line) || raw.back() == U'】' || raw.back() == U'：' || raw.back() == U':' ||
         raw.back() == U'、' || line.find(U"応募時") != std::u32string_view::npos ||
         line.find(U"際") != std::u32string_view::npos || line.find(U"提案時") != std::u32string_view::npos ||
         line.back() == U'す' || (ends_with(line, U"ください") && find_request(line) == std::u32string_view::npos)));
    if (header && find_request(line) != std::u32string_view::npos && !refers_to_list(line) && raw.back() != U'】' &&
        raw.back() != U'：' && raw.back() != U':' && raw.back() != U'、') {
      // 「応募の際は、実績を教えてください。」 asks itself.
      std::u32string_view object = ask_object(line, find_request(line));
      if (object.size() >= 2 && !is_lead_in(object)) header = false;
    }
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
        if (is_note(item) && find_request(item) == std::u32string_view::npos) continue;  // a note, unless it asks
        if (refers_to_list(item) && taken == 0)
          continue;  // 「下記をご記載のうえご応募ください。」 introduces the items
        bool listed = false;
        size_t begin = item_start(job, b, &listed);
        if (is_note(item)) {  // ※応募文の最後に「好きな本」を1冊書いてください。
          add_entry(asks, job, b + 1, e, false);
          continue;
        }
        if (taken == 0) block_is_list = listed;
        // A list ends at its first plain line; a plain block needs a 【…】 or 「…：」 header.
        if (!listed && (block_is_list || (line.front() != U'【' && raw.back() != U'：' && raw.back() != U':'))) break;
        add_entry(asks, job, begin, e, true);
        taken_line[next] = true;
        ++taken;
      }
      if (taken > 0) {
        li = next - 1;
        continue;
      }
    }
    // A list with no header whose items include a question (「①同様の開発実績\n②お見積り\n
    // ③納期\n④納品後の修正対応は可能ですか？」): the list is what the post asks.
    auto numbered = [&](size_t k) {
      std::u32string_view l = trim(job.substr(lines[k].begin, lines[k].end - lines[k].begin));
      return starts_list_item(job, lines[k].begin) && !l.empty() && (is_digit(l.front()) || (l.front() >= U'①' && l.front() <= U'⑳'));
    };
    if (!taken_line[li] && numbered(li)) {
      size_t last = li;
      bool asks_something = false;
      while (last < lines.size() && numbered(last) && !taken_line[last]) {
        std::u32string_view item = trim(job.substr(lines[last].begin, lines[last].end - lines[last].begin));
        std::u32string_view raw_item = job.substr(lines[last].begin, lines[last].end - lines[last].begin);
        asks_something = asks_something || is_question(raw_item) || find_request(item) != std::u32string_view::npos;
        ++last;
      }
      if (asks_something && last - li >= 2) {
        for (size_t k = li; k < last; ++k) {
          bool listed = false;
          size_t begin = item_start(job, lines[k].begin, &listed);
          add_entry(asks, job, begin, lines[k].end, true);
          taken_line[k] = true;
        }
        li = last - 1;
        continue;
      }
    }
    // A list with no header, taken up by the line after it: 「・使用ソフト\n・納期\nを教えてください。」
    if ((line.front() == U'を' || line.front() == U'に' || line.substr(0, 4) == U"について") &&
        (find_request(line) != std::u32string_view::npos || ends_with(line, U"ください") ||
         ends_with(line, U"下さい"))) {
      size_t first = li;
      while (first > 0 && !taken_line[first - 1] && starts_list_item(job, lines[first - 1].begin)) --first;
      for (size_t k = first; k < li; ++k) {
        bool listed = false;
        size_t begin = item_start(job, lines[k].begin, &listed);
        add_entry(asks, job, begin, lines[k].end, true);
        taken_line[k] = true;
      }
      if (first < li) continue;
    }
    // Request sentences and questions anywhere else in the post.
    bool listed = false;
    size_t line_begin = item_start(job, line.data() - job.data(), &listed);
    std::u32string_view body = job.substr(line_begin, line.data() + line.size() - job.data() - line_begin);
    SplitText split = split_sentences(body);
    for (const Sentence& s : split.sentences) add_entry(asks, job, line_begin + s.begin, line_begin + s.end, false);
  }
  return asks;
}

namespace {

// A Latin or katakana word (WordPress, カメラ) names a specific thing; such a
// word in the ask that is not one of its concept's triggers must appear in
// the answer too: 「WordPressでの入稿経験」 is not answered by other experience.
// Katakana of three or more (マクロ, ネイティブチェック) unless an everyday word
// (リスト, データ); Latin with a capital inside or all capitals (WordPress,
// SNS, LP), or any Latin word in a Japanese ask (Excel, ai); never an English
// sentence's own words ("Links to your past work").
bool is_named_thing(std::u32string_view word, bool japanese_label) {
  if (word.empty() || is_kanji(word.front())) return false;
  if (is_katakana(word.front())) {
    for (auto common : common_katakana)
      if (word == common) return false;
    return word.size() >= 3;
  }
  bool inner_capital = false, all_capitals = true;
  for (size_t i = 0; i < word.size(); ++i) {
    bool upper = word[i] >= U'A' && word[i] <= U'Z';
    all_capitals = all_capitals && upper;
    inner_capital = inner_capital || (i > 0 && upper);
  }
  return inner_capital || all_capitals || japanese_label;
}

bool is_japanese(std::u32string_view s) {
  for (char32_t c : s)
    if (is_kana_or_kanji(c)) return true;
  return false;
}

bool is_trigger_of(const Ask& ask, std::u32string_view word) {
  for (size_t i = 0; i < std::size(ask_concepts); ++i)
    if ((ask.concepts >> i) & 1u)
      for (auto t : concept_words()[i].triggers)
        if (t.find(word) != std::u32string_view::npos || word.find(t) != std::u32string_view::npos) return true;
  return false;
}

// The words that decide one ask, as phrase ids of one PhraseMatcher.
struct AskWords {
  std::vector<std::vector<std::uint32_t>> evidence;  // per concept of the ask: one word must occur
  std::vector<std::uint32_t> names;                  // named things: one must occur, if there are any
  std::vector<std::uint32_t> content;                // asks of no concept: one content word must occur
};

// Every concept's evidence in one matcher, built once: ids [range.first,
// range.second) per concept; first[id] is the id of the first copy of a word
// that two concepts share (the matcher reports that one).
struct Evidence {
  std::vector<std::u32string_view> words;
  std::vector<std::uint32_t> first;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> range;
};

const Evidence& evidence_table() {
  static const Evidence table = [] {
    Evidence e;
    std::unordered_map<std::u32string_view, std::uint32_t> seen;
    for (const ConceptWords& c : concept_words()) {
      auto begin = static_cast<std::uint32_t>(e.words.size());
      for (auto word : c.evidence) {
        auto id = static_cast<std::uint32_t>(e.words.size());
        e.first.push_back(seen.emplace(word, id).first->second);
        e.words.push_back(word);
      }
      e.range.push_back({begin, static_cast<std::uint32_t>(e.words.size())});
    }
    return e;
  }();
  return table;
}

const PhraseMatcher& evidence_matcher() {
  static const PhraseMatcher matcher(evidence_table().words);
  return matcher;
}

// Forms of する after a noun that make it a verb: 在籍している, 編集した.
constexpr std::u32string_view verb_forms[] = {U"している", U"した", U"する", U"できる", U"されている", U"された", U"しております"};
// Endings a Latin word may take and stay the same word (samples, worked).
constexpr std::u32string_view latin_endings[] = {U"s", U"es", U"ed", U"ing", U"ly", U"d"};

// A Latin word is found only as a word ("per" is not in "experience"); other
// scripts have no spaces to look at.
bool latin_word_at(std::u32string_view text, size_t at, size_t n) {
  if (n == 0 || !is_ascii_letter(text[at]) || !is_ascii_letter(text[at + n - 1])) return true;
  if (at > 0 && is_ascii_letter(text[at - 1])) return false;
  size_t end = at + n;
  if (end >= text.size() || !is_ascii_letter(text[end]) || (text[end] >= U'A' && text[end] <= U'Z')) return true;
  for (auto e : latin_endings)
    if (text.substr(end, e.size()) == e && (end + e.size() >= text.size() || !is_ascii_letter(text[end + e.size()])))
      return true;
  return false;
}

class AnswerIndex {
 public:
  AnswerIndex() : base_(static_cast<std::uint32_t>(evidence_table().words.size())) {}

  AskWords words_of(const Ask& ask) {
    AskWords out;
    labels_.push_back(strip_asides(ask.label));
    const std::u32string& label = labels_.back();
    std::vector<std::u32string_view> words = content_words(label);
    if (ask.concepts == 0) {
      // The first content word is the most specific (苦手 of 苦手な業務, カメラ of
      // カメラの機種): it, or one of its pieces, must occur. A word used as a verb
      // (在籍している大学, 編集した動画) describes the thing asked, which follows.
      size_t head = 0;
      while (head + 1 < words.size() && is_verb_use(label, words[head])) ++head;
      std::u32string_view first = words.empty() ? std::u32string_view() : words[head];
      if (!words.empty()) add_with_aliases(out.content, first);
      for (size_t k = head + 1; k < words.size() && words[k].data() == first.data() + (k - head); ++k)
        add_with_aliases(out.content, words[k]);
      // An aside of a known concept (過去に編集した動画（URL）) is answered by its evidence.
      unsigned aside = concepts_of(ask.label) & ~concepts_of(label);
      for (size_t i = 0; i < std::size(ask_concepts); ++i)
        if ((aside >> i) & 1u)
          for (std::uint32_t id = evidence_table().range[i].first; id < evidence_table().range[i].second; ++id)
            out.content.push_back(id);
      // A Latin name anywhere in the ask (Illustratorのaiデータ) and examples in
      // an aside (英語力（TOEICや留学経験など）) answer it too.
      for (auto word : content_words(ask.label))
        if (is_ascii_letter(word.front()) || (!is_kanji(word.front()) && label.find(word) == std::u32string::npos))
          out.content.push_back(add(word));
      return out;
    }
    for (size_t i = 0; i < std::size(ask_concepts); ++i) {
      if (!((ask.concepts >> i) & 1u)) continue;
      std::vector<std::uint32_t> ids;
      auto [begin, end] = evidence_table().range[i];
      for (std::uint32_t id = begin; id < end; ++id) ids.push_back(id);
      // A field named in the ask (不動産や投資分野の知識) is answered by naming it.
      if (ask_concepts[i].id == AskConcept::specialty)
        for (auto word : words) ids.push_back(add(word));
      out.evidence.push_back(std::move(ids));
    }
    bool japanese = is_japanese(label);
    for (auto word : words)
      if (is_named_thing(word, japanese) && !is_trigger_of(ask, word)) {
        out.names.push_back(add(word));
        lowered_.emplace_back(word);  // LP answered by …/lp01
        for (char32_t& c : lowered_.back()) c = is_ascii_letter(c) ? (c | 0x20) : c;
        out.names.push_back(add(lowered_.back()));
        add_with_aliases(out.names, word);
      }
    return out;
  }

  // The word, and the words that say it otherwise (table name_aliases).
  void add_with_aliases(std::vector<std::uint32_t>& ids, std::u32string_view word) {
    ids.push_back(add(word));
    for (const NameAliases& a : name_aliases)
      if (a.name == word) for_each_alternative(a.aliases, [&](std::u32string_view alias) { ids.push_back(add(alias)); });
  }

  // 在籍している, 編集した: a content word followed by a form of する.
  static bool is_verb_use(std::u32string_view label, std::u32string_view word) {
    size_t after = word.data() + word.size() - label.data();
    for (auto form : verb_forms)
      if (label.substr(after, form.size()) == form) return true;
    return false;
  }

  // Which words occur in `text`, in one pass of one matcher.
  // Which words occur in `text`, and in which sentences, in one pass of one matcher.
  // Ids below base_ are the concepts' evidence (one static matcher), the
  // rest the asks' own words (a small matcher per call).
  void search(std::u32string_view text) {
    PhraseMatcher matcher(words_);
    const PhraseMatcher& evidence = evidence_matcher();
    const Evidence& table = evidence_table();
    std::size_t total = base_ + words_.size();
    found_.assign(total, false);
    hits_.clear();
    std::uint32_t line = 0;
    heading_before_.assign(1, false);
    auto hit = [&](std::uint32_t id, size_t at, size_t n) {
      if (!latin_word_at(text, at, n)) return;
      found_[id] = true;
      hits_.push_back({id, line});
    };
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == U'\n' || is_full_stop(text[i])) {  // a sentence, as the splitter reads it
        heading_before_.push_back(i > 0 && text[i - 1] == U'】');
        ++line;
      }
      evidence.each_at(text, i, [&](std::uint32_t id, size_t n) { hit(id, i, n); });
      matcher.each_at(text, i, [&](std::uint32_t id, size_t n) { hit(base_ + id, i, n); });
    }
    // A repeated word keeps its first id in its matcher: give every copy its answer.
    for (std::uint32_t k = 0; k < base_; ++k) found_[k] = found_[table.first[k]];
    for (size_t k = 0; k < words_.size(); ++k) found_[base_ + k] = found_[base_ + first_[k]];
  }

  std::uint32_t first_of(std::uint32_t id) const {
    return id < base_ ? evidence_table().first[id] : base_ + first_[id - base_];
  }

  bool answered(const AskWords& w) const {
    auto any = [&](const std::vector<std::uint32_t>& ids) {
      for (auto id : ids)
        if (found_[id]) return true;
      return false;
    };
    for (const auto& ids : w.evidence)
      if (!any(ids)) return false;
    if (w.evidence.size() >= 2 && !together(w.evidence)) return false;
    if (!w.names.empty() && !any(w.names)) return false;
    // Asks of no concept: nothing to look for means nothing to accuse.
    return w.content.empty() || any(w.content);
  }

 private:
  // An ask of several concepts (月に対応できる記事数: a period and an amount)
  // is answered in one place: evidence of every concept in one sentence (or a
  // heading and the sentence after it), not scattered over the text.
  bool together(const std::vector<std::vector<std::uint32_t>>& evidence) const {
    // The sentences where each concept has evidence: mark each group's words, then read the hits once.
    std::vector<std::uint32_t> group_of(found_.size(), 0);  // 1 + the group, 0 for none
    std::vector<std::vector<std::uint32_t>> at(evidence.size());
    for (size_t g = 0; g < evidence.size(); ++g) {
      for (auto e : evidence[g]) group_of[first_of(e)] = static_cast<std::uint32_t>(g + 1);
      for (auto [id, line] : hits_)
        if (group_of[id] == g + 1) at[g].push_back(line);
    }
    for (std::uint32_t line : at.front()) {
      bool all = true;
      for (size_t g = 1; g < at.size() && all; ++g) {
        bool near = false;
        for (std::uint32_t l : at[g])
          near = near || l == line || (l == line + 1 && heading_before_[l]) || (l + 1 == line && heading_before_[line]);
        all = near;
      }
      if (all) return true;
    }
    return false;
  }

  std::uint32_t add(std::u32string_view word) {
    auto id = static_cast<std::uint32_t>(words_.size());
    auto [it, fresh] = ids_.emplace(word, id);
    words_.push_back(word);
    first_.push_back(it->second);
    return base_ + id;
  }

  std::uint32_t base_;

  std::deque<std::u32string> labels_, lowered_;  // what words_ views into; a deque keeps them in place
  std::vector<std::u32string_view> words_;
  std::vector<std::uint32_t> first_;  // per word: the id of its first copy
  std::unordered_map<std::u32string_view, std::uint32_t> ids_;
  std::vector<bool> found_;
  struct Hit {
    std::uint32_t id, line;  // a word (its first copy) and the sentence it occurs in
  };
  std::vector<Hit> hits_;
  std::vector<bool> heading_before_;  // per sentence: the one before it is a 【heading】
};

}  // namespace

bool is_answered(const Ask& ask, std::u32string_view text) { return which_answered({ask}, text)[0]; }

std::u32string without_asides(std::u32string_view label) { return strip_asides(label); }

std::vector<std::u32string> specific_words(const Ask& ask) {
  std::u32string label = strip_asides(ask.label);
  std::vector<std::u32string> out;
  for (auto word : content_words(label)) {
    bool concept_word = false;
    for (const ConceptWords& c : concept_words())
      for (auto t : c.triggers) concept_word = concept_word || t.find(word) != std::u32string_view::npos;
    if (!concept_word) out.emplace_back(word);
  }
  return out;
}

bool field_answers(const Ask& ask, std::u32string_view field) {
  // A field naming what the ask names (マクロ of マクロの経験, Trados of its
  // aside) answers it: the user wrote it for that.
  bool japanese = is_japanese(ask.label);
  for (auto word : content_words(ask.label))
    if (is_named_thing(word, japanese) && !is_trigger_of(ask, word) && field.find(word) != std::u32string_view::npos)
      return true;
  if (ask.concepts != 0) return is_answered(ask, field);
  std::u32string label = strip_asides(ask.label);
  std::vector<std::u32string_view> words = content_words(label);
  if (words.empty()) return false;
  for (auto word : words)
    if (field.find(word) == std::u32string_view::npos) return false;
  return true;
}

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

unsigned concepts_with_asides(std::u32string_view label) { return concepts_of(label); }

}  // namespace gigcheck::proposal
