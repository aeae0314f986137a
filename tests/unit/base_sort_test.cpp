#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/base/sort.h"

namespace {

struct Mention {
  int position;
  std::string words;
};

bool by_position(const Mention& a, const Mention& b) { return a.position < b.position; }

}  // namespace

TEST_CASE("stable_sort_items keeps the text order of items with equal keys") {
  std::vector<Mention> mentions{{30, "LINE"}, {10, "仮払い前"}, {30, "ID：abc"}, {10, "テスト記事"}, {20, "無報酬"}};
  gigcheck::stable_sort_items(mentions, by_position);
  std::vector<std::string> words;
  for (const Mention& m : mentions) words.push_back(m.words);
  CHECK(words == std::vector<std::string>{"仮払い前", "テスト記事", "無報酬", "LINE", "ID：abc"});
}

TEST_CASE("stable_sort_items on empty and one-item lists") {
  std::vector<Mention> none;
  gigcheck::stable_sort_items(none, by_position);
  CHECK(none.empty());
  std::vector<Mention> one{{5, "納期"}};
  gigcheck::stable_sort_items(one, by_position);
  REQUIRE(one.size() == 1);
  CHECK(one[0].words == "納期");
}

TEST_CASE("stable_sort_items agrees with std::stable_sort on a long list with many ties") {
  std::vector<Mention> mine;
  unsigned seed = 12345;
  for (int i = 0; i < 2000; ++i) {
    seed = seed * 1103515245u + 12345u;
    mine.push_back({static_cast<int>((seed >> 16) % 50), std::to_string(i)});
  }
  std::vector<Mention> reference = mine;
  std::stable_sort(reference.begin(), reference.end(), by_position);
  gigcheck::stable_sort_items(mine, [](const Mention& a, const Mention& b) { return a.position < b.position; });
  REQUIRE(mine.size() == reference.size());
  for (std::size_t i = 0; i < mine.size(); ++i) CHECK(mine[i].words == reference[i].words);
}
