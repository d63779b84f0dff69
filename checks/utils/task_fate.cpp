#include "task_fate.h"

#include "coroutine.h"

#include "task_shape.h"
#include "task_type.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::coroguard::utils {

namespace {

bool isStdMoveOrForward(const CallExpr &Call) {
  const FunctionDecl *F = Call.getDirectCallee();
  return F && F->isInStdNamespace() && F->getDeclName().isIdentifier() &&
         (F->getName() == "move" || F->getName() == "forward");
}

bool isContainerInsertion(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *M = Call.getMethodDecl();
  if (!M || !M->getDeclName().isIdentifier())
    return false;
  static constexpr llvm::StringLiteral Insertions[] = {"push_back", "emplace_back", "push_front", "emplace_front",
                                                       "push",      "emplace",      "insert",     "append"};
  return llvm::is_contained(Insertions, M->getName());
}

} // namespace

bool FateLists::runs(const CallExpr &Call, const TaskTypeRecognizer &Tasks) const {
  const FunctionDecl *F = Call.getDirectCallee();
  return F && (Run.matches(*F) || (InferShapes && !spawns(*F) && looksLikeRunFunction(Call, Tasks)));
}

bool FateLists::starts(const CallExpr &Call, const TaskTypeRecognizer &Tasks) const {
  const FunctionDecl *F = Call.getDirectCallee();
  return F && (spawns(*F) || (InferShapes && !Run.matches(*F) && looksLikeSpawnFunction(Call, Tasks)));
}

TaskFate fateOf(const Expr &E, Ancestors Parents, const FateLists &Lists, const TaskTypeRecognizer &Tasks) {
  for (; !Parents.empty(); Parents = Parents.drop_back()) {
    const DynTypedNode &P = Parents.back();
    if (const auto *V = P.get<VarDecl>())
      return {TaskFate::Stored, V};
    if (P.get<ReturnStmt>() || P.get<CoreturnStmt>())
      return {TaskFate::Returned};
    const auto *PE = P.get<Expr>();
    if (!PE)
      return {};
    if (isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(PE))
      return {TaskFate::Awaited};
    if (isa<ExprWithCleanups, MaterializeTemporaryExpr, CXXBindTemporaryExpr, ImplicitCastExpr, ParenExpr,
            CXXFunctionalCastExpr>(PE))
      continue;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(PE)) {
      // Moving the task into a parameter or a variable: follow the new object.
      if (Construct->getNumArgs() == 1 && Construct->getConstructor()->isCopyOrMoveConstructor()) {
        continue;
      }
      return {};
    }
    if (const auto *Assign = dyn_cast<BinaryOperator>(PE))
      return Assign->isAssignmentOp() ? TaskFate{TaskFate::Assigned} : TaskFate{};
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(PE); Op && Op->getOperator() == OO_Equal)
      return {TaskFate::Assigned};
    if (const auto *Call = dyn_cast<CallExpr>(PE)) {
      if (isStdMoveOrForward(*Call)) {
        continue;
      }
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call); Member && isContainerInsertion(*Member)) {
        return {TaskFate::Stored, nullptr, namedObject(Member->getImplicitObjectArgument())};
      }
      if (Lists.runs(*Call, Tasks))
        return {TaskFate::Completed, Call->getDirectCallee()};
      if (Lists.starts(*Call, Tasks))
        return {TaskFate::Spawned, Call->getDirectCallee()};
      // gather(t), with_timeout(d, t): the result carries the task on.
      if (Tasks.isTask(Call->getType())) {
        continue;
      }
      return {};
    }
    return {};
  }
  return {};
}

std::string describeEscape(const TaskFate &F) {
  switch (F.K) {
  case TaskFate::Spawned:
    return "is spawned" + (F.Where ? " by '" + F.Where->getNameAsString() + "'" : std::string());
  case TaskFate::Stored:
    return F.Where ? "is stored in '" + F.Where->getNameAsString() + "'" : "is stored in a container";
  case TaskFate::Returned:
    return "is returned";
  case TaskFate::Assigned:
    return "is assigned to an object that outlives the statement";
  default:
    return "outlives the statement";
  }
}

} // namespace clang::tidy::coroguard::utils
