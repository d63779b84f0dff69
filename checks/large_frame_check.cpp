#include "large_frame_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/matchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <algorithm>
#include <vector>

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

LargeFrameCheck::LargeFrameCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), MaxFrameBytes(unsignedOption("MaxFrameBytes", 16384)) {}

void LargeFrameCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Coroutines); }

namespace {

struct FrameVariable {
  const VarDecl *Var;
  uint64_t Bytes;
};

std::optional<uint64_t> sizeOf(const VarDecl &V, ASTContext &Ctx) {
  QualType T = V.getType();
  // Code being typed has invalid declarations and undeduced types: they have no size.
  if (V.isInvalidDecl() || T.isNull() || T->containsErrors() || T->isUndeducedType() || T->isReferenceType() ||
      T->isDependentType() || T->isIncompleteType() || !T->isConstantSizeType())
    return std::nullopt;
  return Ctx.getTypeSizeInChars(T).getQuantity();
}

} // namespace

void LargeFrameCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (Coroutine->isDependentContext())
    return;
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = Ctx.getSourceManager();

  std::vector<const Stmt *> Suspensions;
  utils::forEachStmtInBody(Body->getBody(), [&](const Stmt &S) {
    if (utils::isSuspensionPoint(S))
      Suspensions.push_back(&S);
  });
  if (Suspensions.empty())
    return;

  // Parameters are copied into the frame; a local is in it when a suspension point lies
  // after its declaration and inside its scope.
  std::vector<FrameVariable> Vars;
  for (const ParmVarDecl *P : Coroutine->parameters())
    if (auto Bytes = sizeOf(*P, Ctx))
      Vars.push_back({P, *Bytes});
  utils::forEachStmtInBody(Body->getBody(), [&](const Stmt &S) {
    const auto *Block = dyn_cast<CompoundStmt>(&S);
    if (!Block)
      return;
    for (const Stmt *Child : Block->body()) {
      const auto *Decls = dyn_cast<DeclStmt>(Child);
      if (!Decls)
        continue;
      for (const Decl *D : Decls->decls()) {
        const auto *V = dyn_cast<VarDecl>(D);
        if (!V || !V->hasLocalStorage())
          continue;
        const bool Alive = llvm::any_of(Suspensions, [&](const Stmt *Susp) {
          return SM.isBeforeInTranslationUnit(V->getLocation(), Susp->getBeginLoc()) &&
                 SM.isBeforeInTranslationUnit(Susp->getBeginLoc(), Block->getRBracLoc());
        });
        if (auto Bytes = sizeOf(*V, Ctx); Bytes && Alive)
          Vars.push_back({V, *Bytes});
      }
    }
  });

  uint64_t Total = 0;
  for (const auto &V : Vars)
    Total += V.Bytes;
  if (Total <= MaxFrameBytes)
    return;
  diag(Coroutine->getLocation(), "coroutine '%0' keeps %1 bytes of parameters and locals alive "
                                 "across suspension points (MaxFrameBytes is %2): every call "
                                 "allocates them in its frame")
      << utils::functionName(*Coroutine) << static_cast<unsigned>(Total) << MaxFrameBytes;
  std::sort(Vars.begin(), Vars.end(), [](const auto &A, const auto &B) { return A.Bytes > B.Bytes; });
  for (size_t I = 0; I < Vars.size() && I < 3; ++I)
    diag(Vars[I].Var->getLocation(), "'%0' takes %1 bytes", DiagnosticIDs::Note)
        << Vars[I].Var->getName() << static_cast<unsigned>(Vars[I].Bytes);
}

} // namespace clang::tidy::coroguard
