#include "names.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::coroguard::utils {

std::string qualifiedName(const NamedDecl &D) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  // A constructor is named after its class: "std::basic_ifstream::basic_ifstream".
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&D))
    Parts.push_back(Ctor->getParent()->getName());
  else
    Parts.push_back(D.getName());
  for (const DeclContext *C = D.getDeclContext(); C; C = C->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getName());
    } else if (const auto *R = dyn_cast<RecordDecl>(C)) {
      Parts.push_back(R->getName());
    }
  }
  std::string Name;
  for (llvm::StringRef Part : llvm::reverse(Parts)) {
    if (!Name.empty())
      Name += "::";
    Name += Part;
  }
  return Name;
}

NameList::NameList(llvm::StringRef Option) {
  for (llvm::StringRef Entry : tidy::utils::options::parseStringList(Option)) {
    Entry = Entry.trim();
    if (Entry.empty())
      continue;
    if (Entry.starts_with("::")) {
      Exact.push_back(Entry.drop_front(2).str());
      ExactLeaves.insert(Entry.rsplit("::").second);
    } else
      Patterns.emplace_back(Entry);
  }
}

bool NameList::matchesName(llvm::StringRef QualifiedName) const {
  if (llvm::is_contained(Exact, QualifiedName))
    return true;
  return llvm::any_of(Patterns, [&](const llvm::Regex &R) { return R.match(QualifiedName); });
}

bool NameList::matches(const NamedDecl &D) const {
  llvm::StringRef Leaf;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&D))
    Leaf = Ctor->getParent()->getName();
  else if (D.getDeclName().isIdentifier())
    Leaf = D.getName();
  else
    return false;
  if (Patterns.empty() && !ExactLeaves.contains(Leaf))
    return false;
  return matchesName(qualifiedName(D));
}

} // namespace clang::tidy::coroguard::utils
