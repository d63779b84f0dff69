// libFuzzer harness: the input is the text of a C++ translation unit (usually broken: that is the
// point), run through every coroguard check, opt-in ones included, the way clang-tidy runs them.
// Compiler errors are expected; a crash, an assertion or a sanitizer report is a finding.
// The include paths are the checks' lit tests' (test/checks/Inputs: the coroutine libraries'
// shapes), so inputs that mutate the lit tests still find their headers.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace clang::tidy {
extern volatile int CoroguardModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED CoroguardModuleAnchorDestination = CoroguardModuleAnchorSource;
}  // namespace clang::tidy

namespace {

constexpr const char* input_path = "/coroguard-fuzz/input.cpp";

const clang::tooling::FixedCompilationDatabase& compile_commands() {
  static const clang::tooling::FixedCompilationDatabase db(
      "/", std::vector<std::string>{"-std=c++20", "-fsyntax-only", "-ferror-limit=50", "-I" COROGUARD_CHECKS_INPUTS,
                                    "-isystem" COROGUARD_CHECKS_INPUTS "/system"});
  return db;
}

clang::tidy::ClangTidyOptions every_coroguard_check() {
  clang::tidy::ClangTidyOptions options = clang::tidy::ClangTidyOptions::getDefaults();
  options.Checks = "-*,coroguard-*";
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto files = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  files->addFile(input_path, 0,
                 llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(reinterpret_cast<const char*>(data), size)));
  auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::getRealFileSystem());
  overlay->pushOverlay(files);

  clang::tidy::ClangTidyContext context(std::make_unique<clang::tidy::DefaultOptionsProvider>(
      clang::tidy::ClangTidyGlobalOptions(), every_coroguard_check()));
  std::vector<clang::tidy::ClangTidyError> findings =
      clang::tidy::runClangTidy(context, compile_commands(), {input_path}, overlay, /*ApplyAnyFix=*/false);
  (void)findings;
  return 0;
}
