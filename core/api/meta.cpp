// api::meta: each feature's table as the page needs it, assembled from the
// features' own meta() so that every id, name and number has one home.
#include "core/api/api.h"
#include "core/cert/criteria.h"
#include "core/proposal/lint_json.h"
#include "core/risk/risk.h"
#include "core/timeline/timeline.h"

namespace gigcheck::api {

Json meta(const Json&) {
  Json out = Json::object();
  out["certify"] = cert::meta();
  out["risk"] = risk::meta();
  out["lint"] = proposal::lint_meta();
  out["timeline"] = timeline::meta();
  return out;
}

}  // namespace gigcheck::api
