// The plugin's guard against the wrong clang-tidy: a module built against one LLVM major
// version crashes a clang-tidy of another (their C++ ABIs differ), so it must not register there.
#pragma once

namespace clang::tidy::coroguard {

/// Stops the process with a message naming both versions when the LLVM that hosts this code
/// (the clang-tidy executable that loaded the plugin) is not the one it was built against.
void refuseForeignLLVMHost();

} // namespace clang::tidy::coroguard
