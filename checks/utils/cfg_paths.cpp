#include "utils/cfg_paths.h"

#include "utils/coroutine.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang::tidy::coroguard::utils {

std::unique_ptr<CFG> buildBodyCFG(const FunctionDecl &Function, const Stmt &Body, ASTContext &Context, bool ScopeEnds) {
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  Options.AddImplicitDtors = ScopeEnds;
  return CFG::buildCFG(&Function, const_cast<Stmt *>(&Body), &Context, Options);
}

std::optional<CFGPoint> pointAfter(const CFG &G, const Stmt &S) {
  for (const CFGBlock *Block : G)
    for (unsigned I = 0; I < Block->size(); ++I)
      if (std::optional<CFGStmt> Element = (*Block)[I].getAs<CFGStmt>(); Element && Element->getStmt() == &S)
        return CFGPoint{Block, I + 1};
  return std::nullopt;
}

std::optional<CFGPoint> pointAfterDeclaration(const CFG &G, const VarDecl &V) {
  for (const CFGBlock *Block : G)
    for (unsigned I = 0; I < Block->size(); ++I)
      if (std::optional<CFGStmt> Element = (*Block)[I].getAs<CFGStmt>()) {
        const auto *Decls = dyn_cast<DeclStmt>(Element->getStmt());
        if (Decls && Decls->isSingleDecl() && Decls->getSingleDecl() == &V)
          return CFGPoint{Block, I + 1};
      }
  return std::nullopt;
}

namespace {

// A for-loop whose first iteration is certain: `for (int i = 0; i < 10; ++i)`, an integer set
// to a constant and compared with a constant it satisfies. Its zero-iteration path does not exist.
bool runsAtLeastOnce(const Stmt *S, const ASTContext &Context) {
  const auto *For = dyn_cast_or_null<ForStmt>(S);
  const auto *Init = For ? dyn_cast_or_null<DeclStmt>(For->getInit()) : nullptr;
  const auto *Var = Init && Init->isSingleDecl() ? dyn_cast<VarDecl>(Init->getSingleDecl()) : nullptr;
  const auto *Cond = For ? dyn_cast_or_null<BinaryOperator>(utils::stripImplicitAndParens(For->getCond())) : nullptr;
  if (!Var || !Var->getInit() || !Cond || !Cond->isComparisonOp() || Var->getType()->isDependentType())
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(utils::stripImplicitAndParens(Cond->getLHS()));
  Expr::EvalResult First, Bound;
  if (!Ref || Ref->getDecl() != Var || Cond->getRHS()->isValueDependent() || Var->getInit()->isValueDependent() ||
      !Var->getInit()->EvaluateAsInt(First, Context) || !Cond->getRHS()->EvaluateAsInt(Bound, Context))
    return false;
  llvm::APSInt A = First.Val.getInt(), B = Bound.Val.getInt();
  if (A.getBitWidth() != B.getBitWidth() || A.isSigned() != B.isSigned()) {
    A = A.extend(128);
    B = B.extend(128);
    A.setIsSigned(true);
    B.setIsSigned(true);
  }
  switch (Cond->getOpcode()) {
  case BO_LT:
    return A < B;
  case BO_LE:
    return A <= B;
  case BO_GT:
    return A > B;
  case BO_GE:
    return A >= B;
  case BO_NE:
    return A != B;
  default:
    return false;
  }
}

} // namespace

PathEnd findPath(const CFG &G, CFGPoint From, llvm::function_ref<PathStep(const CFGElement &)> Visit, bool ExitFound,
                 const ASTContext &Context) {
  struct Item {
    const CFGBlock *Block;
    unsigned From;
    const CFGBlock *Prev;
  };
  llvm::DenseSet<std::pair<const CFGBlock *, unsigned>> Seen; // (block, entered only into a body)
  std::vector<Item> Work{{From.Block, From.Index, nullptr}};
  while (!Work.empty()) {
    auto [Block, First, Prev] = Work.back();
    Work.pop_back();
    bool Stopped = false;
    for (unsigned I = First; I < Block->size() && !Stopped; ++I) {
      switch (Visit((*Block)[I])) {
      case PathStep::Continue:
        break;
      case PathStep::Stop:
        Stopped = true;
        break;
      case PathStep::Found:
        return {true, (*Block)[I]};
      }
    }
    if (Stopped)
      continue;
    if (Block == &G.getExit()) {
      if (ExitFound)
        return {true, std::nullopt};
      continue;
    }
    const Stmt *Loop = Block->getTerminatorStmt();
    bool Entering = runsAtLeastOnce(Loop, Context) && !(Prev && Prev->getLoopTarget() == Loop);
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Next : Block->succs()) {
      bool Body = Index++ == 0;
      if (Entering && !Body)
        continue;
      if (const CFGBlock *B = Next.getReachableBlock(); B && Seen.insert({B, Entering}).second)
        Work.push_back({B, 0, Block});
    }
  }
  return {};
}

} // namespace clang::tidy::coroguard::utils
