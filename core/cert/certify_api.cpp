#include "core/api/api.h"
#include "core/input/input.h"
namespace gigcheck::api {
json certify(const json&) { return error_json(InputError{"not_implemented", "", "準備中"}); }
}
