// The one sentence splitter, for lint, drafts and the risk detectors. A
// sentence ends at a full stop (。．！？!?, or an English "." after a letter
// and before a space) that is not inside 「」『』（）, or at a line break, so
// that each line of a list is a sentence of its own.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace gigcheck::text {

struct Sentence {
  std::size_t begin = 0;        // code point index of the first non-blank character
  std::size_t end = 0;          // one past the last character, full stops included
  bool ends_with_stop = false;  // closed by 。．！？!? (not just by a line break)
  bool list_item = false;       // on a line that starts with a bullet or a number
  bool heading = false;         // a line like 【実績】, ■経歴, # 見出し or 「稼働時間：」
};

// A 「…」 or 『…』 quotation, brackets included; used to skip quoted words.
struct Quote {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct SplitText {
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
  // Positions of the characters that are not kana or kanji (line breaks,
  // punctuation, brackets, marks, digits, Latin letters), in text order:
  // rules that look only at those walk this list instead of the whole text.
  std::vector<std::size_t> non_kana;
};

SplitText split_sentences(std::u32string_view text);

// True when a line starting at `line_begin` (blanks skipped) starts with a
// bullet (・ • ● ○ ■ ◆ - * …) or a number (1. 1) ① (1) …). Returns the
// index just past the marker in `marker_end`.
bool starts_list_item(std::u32string_view text, std::size_t line_begin, std::size_t* marker_end = nullptr);

bool inside_quote(const std::vector<Quote>& quotes, std::size_t pos);

}  // namespace gigcheck::text
