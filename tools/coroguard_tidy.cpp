// coroguard-tidy: stock clang-tidy (same command line) with the coroguard module built in.
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Support/Compiler.h"

namespace clang::tidy {
extern volatile int CoroguardModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED CoroguardModuleAnchorDestination = CoroguardModuleAnchorSource;
}  // namespace clang::tidy

int main(int argc, const char** argv) { return clang::tidy::clangTidyMain(argc, argv); }
