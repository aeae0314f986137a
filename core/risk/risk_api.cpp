#include "core/api/api.h"
#include "core/input/input.h"

namespace gigcheck::api {

json risk(const json&) {
  return error_json(InputError{"not_implemented", "", "この機能はまだ準備中です。"});
}

}  // namespace gigcheck::api
