#include "task_type.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang-tidy/utils/OptionsUtils.h"

namespace clang::tidy::coroguard::utils {

TaskTypeRecognizer::TaskTypeRecognizer(llvm::StringRef TaskTypes) {
  for (llvm::StringRef Name : tidy::utils::options::parseStringList(TaskTypes)) {
    Name = Name.trim();
    if (Name.empty())
      continue;
    // "::ns::name" means exactly that class (or template); anything else is a regex.
    std::string Pattern = Name.starts_with("::")
                              ? "^" + llvm::Regex::escape(Name.drop_front(2)) + "$"
                              : Name.str();
    Names.emplace_back(Pattern);
  }
}

bool TaskTypeRecognizer::isTask(QualType T) const {
  if (T.isNull())
    return false;
  const auto *Record = T.getCanonicalType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  auto [It, Inserted] = Cache.try_emplace(Record, false);
  if (Inserted)
    It->second = isTaskRecord(*Record);
  return It->second;
}

namespace {

bool hasMember(const CXXRecordDecl &Record, llvm::StringRef Name) {
  auto &Ident = Record.getASTContext().Idents.get(Name);
  return !Record.lookup(&Ident).empty();
}

bool isAwaitable(const CXXRecordDecl &Record) {
  auto Op = Record.getASTContext().DeclarationNames.getCXXOperatorName(OO_Coawait);
  if (!Record.lookup(Op).empty())
    return true;
  return hasMember(Record, "await_ready") && hasMember(Record, "await_suspend") &&
         hasMember(Record, "await_resume");
}

} // namespace

bool TaskTypeRecognizer::isTaskRecord(const CXXRecordDecl &Record) const {
  std::string Qualified = Record.getQualifiedNameAsString();
  for (const auto &Name : Names)
    if (Name.match(Qualified))
      return true;
  const CXXRecordDecl *Def = Record.getDefinition();
  if (!Def)
    return false;
  return hasMember(*Def, "promise_type") && isAwaitable(*Def);
}

} // namespace clang::tidy::coroguard::utils
