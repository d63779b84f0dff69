// A plugin built for one LLVM refuses a clang-tidy of another with a message naming both,
// instead of crashing it (their C++ ABIs differ).
// REQUIRES: foreign-clang-tidy
// RUN: not %foreign_clang_tidy -load %tidy_plugin -checks='-*,coroguard-*' %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s < %t.out --implicit-check-not="Stack dump" --implicit-check-not="PLEASE submit"
// CHECK: coroguard: error: this coroguard plugin was built for LLVM {{19|22}} but is loaded by an LLVM {{19|22}}.{{[0-9]+}}.{{[0-9]+}} clang-tidy; use clang-tidy-{{19|22}}, or build coroguard with -DCOROGUARD_LLVM_VERSION={{19|22}}
int main() { return 0; }
