// NameList: an option value listing names, `;`-separated. An entry starting with `::` is an
// exact qualified name; any other entry is a regular expression over the qualified name.
// Qualified names leave out template arguments and inline namespaces (`std::__1`), so
// `::boost::asio::basic_waitable_timer::wait` names the member of every specialization.
#pragma once

#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <string>

namespace clang::tidy::coroguard::utils {

// "ns::Class::member" for `D`, without template arguments or inline namespaces.
std::string qualifiedName(const NamedDecl &D);

class NameList {
public:
  explicit NameList(llvm::StringRef Option);

  bool matches(const NamedDecl &D) const;
  bool matchesName(llvm::StringRef QualifiedName) const;
  bool empty() const { return Exact.empty() && Patterns.empty(); }

private:
  llvm::SmallVector<std::string, 16> Exact;
  llvm::StringSet<> ExactLeaves; // last components of Exact: most declarations fail here, cheaply
  llvm::SmallVector<llvm::Regex, 4> Patterns;
};

} // namespace clang::tidy::coroguard::utils
