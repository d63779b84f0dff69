#include "task_shape.h"

#include "coroutine.h"
#include "task_type.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::coroguard::utils {

QualType valueTypeOf(QualType Task) {
  const CXXRecordDecl *Record = recordOf(Task.getNonReferenceType());
  if (!Record)
    return {};
  const ASTContext &Context = Record->getASTContext();
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (!Spec)
    return Context.VoidTy;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return {};
  QualType Value = Args[0].getAsType();
  return Value->isDependentType() ? QualType() : Value;
}

namespace {

// A function a shape can be read from: declared by a library or the project (not the standard
// library: std::move hands a task through), called by name, not a coroutine, not an operator.
const FunctionDecl *shapedCallee(const CallExpr &Call) {
  if (isa<CXXOperatorCallExpr>(Call))
    return nullptr;
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F || F->isInStdNamespace() || !F->getDeclName().isIdentifier() || isCoroutine(*F))
    return nullptr;
  return F;
}

bool nameMatches(const FunctionDecl &F, const llvm::Regex &Words) { return Words.match(F.getName()); }

const llvm::Regex &waitingWords() {
  static const llvm::Regex Words("wait|block|sync|run", llvm::Regex::IgnoreCase);
  return Words;
}

const llvm::Regex &startingWords() {
  static const llvm::Regex Words("spawn|start|launch|schedule|submit|post|detach|fire|async", llvm::Regex::IgnoreCase);
  return Words;
}

bool hasMemberNamed(const CXXRecordDecl &Record, llvm::ArrayRef<llvm::StringLiteral> Names) {
  return llvm::any_of(Names, [&](llvm::StringRef Name) { return hasMember(Record, Name); });
}

} // namespace

const Expr *taskArgument(const CallExpr &Call, const TaskTypeRecognizer &Tasks) {
  for (const Expr *Arg : Call.arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    const Expr *Written = Arg->IgnoreParenImpCasts();
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(Written);
        Copy && Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor())
      Written = Copy->getArg(0)->IgnoreParenImpCasts();
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Written))
      Written = Temp->getSubExpr()->IgnoreParenImpCasts();
    if (!Written->isLValue() && Tasks.isTask(Written->getType()))
      return Written;
  }
  return nullptr;
}

bool looksLikeRunFunction(const CallExpr &Call, const TaskTypeRecognizer &Tasks) {
  const FunctionDecl *F = shapedCallee(Call);
  const Expr *Task = F ? taskArgument(Call, Tasks) : nullptr;
  if (!Task)
    return false;
  QualType Value = valueTypeOf(Task->getType());
  QualType Result = Call.getType();
  if (Value.isNull() || Result.isNull() || Result->isDependentType())
    return false;
  if (Value->isVoidType())
    return Result->isVoidType() && nameMatches(*F, waitingWords()) && !nameMatches(*F, startingWords());
  const ASTContext &Context = F->getASTContext();
  return Context.hasSameUnqualifiedType(Value.getNonReferenceType(), Result.getNonReferenceType()) &&
         !Tasks.isAwaitable(Result);
}

bool looksLikeSpawnFunction(const CallExpr &Call, const TaskTypeRecognizer &Tasks) {
  const FunctionDecl *F = shapedCallee(Call);
  if (!F || !nameMatches(*F, startingWords()) || !taskArgument(Call, Tasks))
    return false;
  // A member of a scope that awaits what it starts (a nursery, a task container) keeps the
  // outcome: what it returns is not the only handle.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F);
      Method && !Method->isStatic() &&
      hasMemberNamed(*Method->getParent(), {"join", "wait", "close", "join_all", "wait_all", "on_empty", "drain"}))
    return false;
  if (!Call.isPRValue() || Tasks.isTask(Call.getType()))
    return false;
  const CXXRecordDecl *Handle = recordOf(Call.getType());
  const CXXRecordDecl *Def = Handle ? Handle->getDefinition() : nullptr;
  return Def && (Tasks.isAwaitable(Call.getType()) || hasMemberNamed(*Def, {"join", "get", "wait", "result"}));
}

} // namespace clang::tidy::coroguard::utils
