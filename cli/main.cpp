// Native command line door: `gigcheck <function> < input.json > output.json`.
// Prints exactly what the WebAssembly module returns; exits 2 on an error object.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "core/api/api.h"

namespace {

int usage() {
  std::cerr << "usage: gigcheck certify|risk|lint|draft|timeline|holidays < input.json\n";
  return 64;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 || !gigcheck::api::has_function(argv[1])) return usage();
  std::string input{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::string output = gigcheck::api::call(argv[1], input);
  std::cout << output << '\n';
  return output.rfind("{\"error\":", 0) == 0 ? 2 : 0;
}
