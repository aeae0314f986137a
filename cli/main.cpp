// Native command line door: `gigcheck <function> < input.json > output.json`.
// Prints exactly what the WebAssembly module returns; exits 2 on an error object.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "core/api/api.h"
#include "core/proposal/textlint_format.h"

namespace {

int usage() {
  std::cerr << "usage: gigcheck certify|risk|lint|draft|timeline|holidays|meta < input.json\n"
               "       gigcheck lint --format textlint < input.json\n";
  return 64;
}

}  // namespace

int main(int argc, char** argv) {
  // `lint --format textlint` prints textlint's JSON result format (docs/proposal.md).
  bool textlint = argc == 4 && std::string(argv[1]) == "lint" && std::string(argv[2]) == "--format" &&
                  std::string(argv[3]) == "textlint";
  if ((argc != 2 && !textlint) || !gigcheck::api::has_function(argv[1])) return usage();
  std::string input{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::string output = textlint ? gigcheck::proposal::lint_textlint_json(input) : gigcheck::api::call(argv[1], input);
  std::cout << output << '\n';
  return output.rfind("{\"error\":", 0) == 0 ? 2 : 0;
}
