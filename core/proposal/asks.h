// Finding what a job post asks applicants to write, and whether an
// application addresses each ask. Matching is by key terms (concepts with
// synonyms, then content words), never by exact strings.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gigcheck::proposal {

struct Ask {
  std::size_t begin = 0;  // code point span in the job post
  std::size_t end = 0;
  std::u32string label;   // what is asked, e.g. 稼働可能時間 or 過去の実績とポートフォリオ
  unsigned concepts = 0;  // bit i set: the ask is about ask_concepts[i]
};

// Asks in order of appearance: list items under a header such as
// 【応募時に以下をご記載ください】, lines of a 【応募時…】 block, and sentences
// like 「〜を教えてください」「〜をご記載ください」「〜をお書きください」.
std::vector<Ask> extract_asks(std::u32string_view job_text);

// True when `text` addresses the ask: every concept of the ask has evidence in
// the text, or (for asks of no known concept) one of its content words occurs.
bool is_answered(const Ask& ask, std::u32string_view text);
// Stricter, for a draft picking which field answers an ask: an ask of no known
// concept needs every content word (好きな旅行先 is not answered by 旅行が好き).
bool field_answers(const Ask& ask, std::u32string_view field);
// The content words of the ask that name what it is about rather than its
// concept (アカウント, 不動産 of 「不動産分野の知識」; not 経験, 分野): a field line
// holding one of them was written for this ask.
std::vector<std::u32string> specific_words(const Ask& ask);
// The ask's words without bracketed asides (英語力（TOEICなど） → 英語力).
std::u32string without_asides(std::u32string_view label);
// The concepts of a label, its bracketed asides included (「過去の執筆実績（URLが
// あれば添付）」: achievements and portfolio); an Ask's own bits leave asides out.
unsigned concepts_with_asides(std::u32string_view label);
// is_answered for each ask, indexing the text once.
std::vector<bool> which_answered(const std::vector<Ask>& asks, std::u32string_view text);

// Content words of an ask label (runs of kanji, katakana or Latin letters,
// generic words such as 記載 or 応募 left out).
std::vector<std::u32string_view> content_words(std::u32string_view label);

// Index of the first concept of an ask, or -1; used by draft to fill answers.
enum class AskConcept {
  hours,
  achievements,
  portfolio,
  start_date,
  rate,
  delivery,
  pace,
  amount,
  contact,
  motivation,
  reason,
  self_intro,
  skills,
  qualifications,
  specialty,
  profile_data,
  residence,
  questions,
  years,
  meeting,
};
bool has_concept(const Ask& ask, AskConcept concept_id);

}  // namespace gigcheck::proposal
