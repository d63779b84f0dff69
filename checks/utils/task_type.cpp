#include "task_type.h"

#include "coroutine.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::coroguard::utils {

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

// The class template a record was instantiated from, or the record itself.
const Decl *templateOf(const CXXRecordDecl &Record) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Record))
    return Spec->getSpecializedTemplate()->getCanonicalDecl();
  return Record.getCanonicalDecl();
}

// Whether a specialization of std::coroutine_traits has `Record` (or its template) as the
// return type: that is how Asio and others attach a promise without a member promise_type.
bool hasTraitsPromise(const CXXRecordDecl &Record) {
  ASTContext &Ctx = Record.getASTContext();
  const NamespaceDecl *Std = nullptr;
  for (const NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get("std")))
    if ((Std = dyn_cast<NamespaceDecl>(D)))
      break;
  if (!Std)
    return false;
  const ClassTemplateDecl *Traits = nullptr;
  for (const NamedDecl *D : Std->lookup(&Ctx.Idents.get("coroutine_traits")))
    if ((Traits = dyn_cast<ClassTemplateDecl>(D)))
      break;
  if (!Traits)
    return false;
  const Decl *Target = templateOf(Record);
  auto FirstArgIsTarget = [&](const TemplateArgumentList &Args) {
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return false;
    QualType First = Args[0].getAsType();
    if (const auto *TST = First->getAs<TemplateSpecializationType>())
      if (const auto *TD = TST->getTemplateName().getAsTemplateDecl())
        return TD->getCanonicalDecl() == Target;
    if (const auto *R = First->getAsCXXRecordDecl())
      return templateOf(*R) == Target;
    return false;
  };
  llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 8> Partials;
  const_cast<ClassTemplateDecl *>(Traits)->getPartialSpecializations(Partials);
  for (const auto *P : Partials)
    if (FirstArgIsTarget(P->getTemplateArgs()))
      return true;
  for (const auto *S : Traits->specializations())
    if (S->getSpecializationKind() == TSK_ExplicitSpecialization && FirstArgIsTarget(S->getTemplateArgs()))
      return true;
  return false;
}

bool isAwaitableRecord(const CXXRecordDecl &Record) {
  auto Op = Record.getASTContext().DeclarationNames.getCXXOperatorName(OO_Coawait);
  if (!Record.lookup(Op).empty())
    return true;
  if (hasMember(Record, "await_ready") && hasMember(Record, "await_suspend") && hasMember(Record, "await_resume"))
    return true;
  // A free operator co_await found by argument-dependent lookup takes the task as a parameter.
  for (const DeclContext *C = Record.getDeclContext(); C; C = C->getParent()) {
    if (!C->isNamespace() && !C->isTranslationUnit())
      continue;
    for (const NamedDecl *D : C->lookup(Op)) {
      const auto *F = dyn_cast<FunctionDecl>(D->getUnderlyingDecl());
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D->getUnderlyingDecl()))
        F = FT->getTemplatedDecl();
      if (!F || F->getNumParams() != 1)
        continue;
      QualType P = F->getParamDecl(0)->getType().getNonReferenceType();
      if (const auto *PR = P->getAsCXXRecordDecl(); PR && templateOf(*PR) == templateOf(Record))
        return true;
      if (const auto *TST = P->getAs<TemplateSpecializationType>())
        if (const auto *TD = TST->getTemplateName().getAsTemplateDecl();
            TD && TD->getCanonicalDecl() == templateOf(Record))
          return true;
    }
    break; // only the innermost enclosing namespace
  }
  return false;
}

} // namespace

bool TaskTypeRecognizer::isAwaiter(QualType T) const {
  const CXXRecordDecl *Record = T.isNull() ? nullptr : T.getCanonicalType()->getAsCXXRecordDecl();
  const CXXRecordDecl *Def = Record ? Record->getDefinition() : nullptr;
  return Def && !isTask(T) && hasMember(*Def, "await_ready") && hasMember(*Def, "await_suspend") &&
         hasMember(*Def, "await_resume");
}

bool TaskTypeRecognizer::isAwaitable(QualType T) const {
  if (isTask(T))
    return true;
  const CXXRecordDecl *Record = T.isNull() ? nullptr : T.getCanonicalType()->getAsCXXRecordDecl();
  const CXXRecordDecl *Def = Record ? Record->getDefinition() : nullptr;
  return Def && isAwaitableRecord(*Def);
}

namespace {

// True when `Promise` or one of its bases declares an initial_suspend() returning suspend_never.
// A promise not instantiated yet (the task of a function only declared) is read from its template.
bool initiallyRuns(const CXXRecordDecl *Promise, unsigned Depth = 0) {
  if (!Promise || Depth > 8)
    return false;
  if (!Promise->hasDefinition())
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Promise))
      Promise = Spec->getSpecializedTemplate()->getTemplatedDecl();
  if (!(Promise = Promise->getDefinition()))
    return false;
  for (const NamedDecl *M : Promise->lookup(&Promise->getASTContext().Idents.get("initial_suspend"))) {
    const NamedDecl *U = M->getUnderlyingDecl();
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(U))
      U = FT->getTemplatedDecl();
    if (const auto *F = dyn_cast<FunctionDecl>(U)) {
      const CXXRecordDecl *R = F->getReturnType()->getAsCXXRecordDecl();
      return R && R->getDeclName().isIdentifier() && R->getName() == "suspend_never";
    }
  }
  for (const CXXBaseSpecifier &Base : Promise->bases())
    if (initiallyRuns(Base.getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

} // namespace

bool TaskTypeRecognizer::startsEagerly(QualType T) const {
  const CXXRecordDecl *Record = T.isNull() ? nullptr : T.getCanonicalType()->getAsCXXRecordDecl();
  const CXXRecordDecl *Def = Record ? Record->getDefinition() : nullptr;
  if (!Def)
    return false;
  for (const NamedDecl *D : Def->lookup(&Def->getASTContext().Idents.get("promise_type"))) {
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(D))
      return initiallyRuns(Alias->getUnderlyingType()->getAsCXXRecordDecl());
    if (const auto *Promise = dyn_cast<CXXRecordDecl>(D))
      return initiallyRuns(Promise);
  }
  return false;
}

bool TaskTypeRecognizer::isTaskRecord(const CXXRecordDecl &Record) const {
  if (Names.matches(Record))
    return true;
  const CXXRecordDecl *Def = Record.getDefinition();
  if (!Def)
    return false;
  return (hasMember(*Def, "promise_type") || hasTraitsPromise(*Def)) && isAwaitableRecord(*Def);
}

} // namespace clang::tidy::coroguard::utils
