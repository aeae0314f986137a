// Runs every case of tests/corpus/risk/*.json through the risk API and prints
// per-signal precision and recall. Fails when a signal falls below its floor.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/api/api.h"
#include "json_door.h"

using json_door::json;

namespace {

// Floors set from the corpus as written (docs/risk.md, "Corpus"); raise them
// when the detectors improve, never lower them to make a change pass.
constexpr double min_precision = 0.85;
constexpr double min_recall = 0.85;
constexpr const char* corpus_files[] = {"lures.json", "benign.json", "holdout.json"};

std::string corpus_dir() {
  std::string here = __FILE__;
  return here.substr(0, here.rfind("/unit/")) + "/corpus/risk/";
}

json load(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return json::parse(buffer.str(), nullptr, false);
}

struct Tally {
  int true_positive = 0, false_positive = 0, false_negative = 0;
};

}  // namespace

TEST_CASE("risk corpus: per-signal precision and recall") {
  std::map<std::string, Tally> tally;
  int cases = 0, benign = 0, benign_clean = 0;
  for (const char* file : corpus_files) {
    json list = load(corpus_dir() + file);
    REQUIRE_MESSAGE(list.is_array(), "cannot read " << file);
    for (const json& item : list) {
      ++cases;
      std::set<std::string> expected, found;
      for (const json& id : item["expected"]) expected.insert(id.get<std::string>());
      json out = json_door::call(gigcheck::api::risk, item["input"]);
      REQUIRE_MESSAGE(out.contains("signals"), item["id"].get<std::string>() << ": " << out.dump());
      for (const json& s : out["signals"]) found.insert(s["id"].get<std::string>());
      for (const auto& id : found) {
        if (expected.count(id))
          ++tally[id].true_positive;
        else {
          ++tally[id].false_positive;
          MESSAGE("false positive " << id << " in " << item["id"].get<std::string>());
        }
      }
      for (const auto& id : expected)
        if (!found.count(id)) {
          ++tally[id].false_negative;
          MESSAGE("missed " << id << " in " << item["id"].get<std::string>());
        }
      if (expected.empty()) {
        ++benign;
        benign_clean += found.empty();
      }
    }
  }
  std::printf("\nrisk corpus: %d cases (%d benign look-alikes, %d of them with no signal)\n", cases, benign,
              benign_clean);
  std::printf("%-24s %4s %4s %4s %9s %7s\n", "signal", "TP", "FP", "FN", "precision", "recall");
  for (const auto& [id, t] : tally) {
    double precision =
        t.true_positive + t.false_positive == 0 ? 1.0 : double(t.true_positive) / (t.true_positive + t.false_positive);
    double recall =
        t.true_positive + t.false_negative == 0 ? 1.0 : double(t.true_positive) / (t.true_positive + t.false_negative);
    std::printf("%-24s %4d %4d %4d %9.2f %7.2f\n", id.c_str(), t.true_positive, t.false_positive, t.false_negative,
                precision, recall);
    CHECK_MESSAGE(precision >= min_precision, id << " precision " << precision);
    CHECK_MESSAGE(recall >= min_recall, id << " recall " << recall);
  }
  CHECK(cases >= 80);
  CHECK(benign >= 40);
}
