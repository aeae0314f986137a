// Reading one text into a Doc: decoded, normalized, its terms, contacts,
// numbers and sentence ends. This is the part of risk that walks every
// character of a long post, so the WebAssembly build keeps it at -O3 while the
// detectors (signals.cpp), which only look at what is found here, are built
// for size (wasm/wasm.cmake).
#include <array>

#include "core/risk/pay.h"
#include "core/risk/risk.h"
#include "core/text/sentences.h"

namespace gigcheck::risk {

Doc make_doc(std::string source, DocKind kind, std::string_view utf8) {
  Doc d;
  d.source = std::move(source);
  d.kind = kind;
  d.decoded = text::decode(utf8);
  d.norm = text::normalize(d.decoded);
  d.hits = scan_terms(d.norm.chars);
  d.contacts = text::find_contacts(d.decoded, d.norm);
  // Group the hits by tag (a counting sort keeps text order within a tag).
  for (const TermHit& h : d.hits) ++d.tag_begin[static_cast<std::size_t>(h.tag) + 1];
  for (std::size_t t = 1; t < d.tag_begin.size(); ++t) d.tag_begin[t] += d.tag_begin[t - 1];
  d.hits_by_tag.resize(d.hits.size());
  std::array<std::uint32_t, static_cast<std::size_t>(Tag::count_)> next{};
  for (std::size_t i = 0; i < d.hits.size(); ++i) {
    auto t = static_cast<std::size_t>(d.hits[i].tag);
    d.hits_by_tag[d.tag_begin[t] + next[t]++] = static_cast<std::uint32_t>(i);
  }
  NumberFacts numbers = read_numbers(d.norm.chars);
  d.pay = std::move(numbers.pay);
  d.article_chars = numbers.article_chars;
  d.stated_seconds = numbers.stated_seconds;
  d.monthly_seconds = numbers.monthly_seconds;
  d.head_counts = std::move(numbers.head_counts);
  for (const text::Sentence& s : text::split_sentences(d.norm.chars).sentences) {
    d.sentence_ends.push_back(static_cast<std::uint32_t>(s.end));
    d.sentence_in_list.push_back(s.list_item);
  }
  return d;
}

}  // namespace gigcheck::risk
