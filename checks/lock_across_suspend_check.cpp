#include "lock_across_suspend_check.h"

#include "utils/body.h"
#include "utils/cfg_paths.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/matchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

LockAcrossSuspendCheck::LockAcrossSuspendCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), LockGuardTypes(listOption("LockGuardTypes", utils::defaults::LockGuardTypes)),
      MutexTypes(listOption("MutexTypes", utils::defaults::MutexTypes)) {}

void LockAcrossSuspendCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Coroutines); }

namespace {

// `Obj.Method()` as a whole statement, for one of `Methods`; null otherwise.
const CXXMemberCallExpr *memberCallStatement(const Stmt &S, llvm::ArrayRef<llvm::StringRef> Methods) {
  const auto *E = dyn_cast<Expr>(&S);
  const auto *Call = E ? dyn_cast<CXXMemberCallExpr>(utils::stripImplicitAndParens(E)) : nullptr;
  if (!Call || !Call->getMethodDecl() || !Call->getMethodDecl()->getDeclName().isIdentifier() ||
      !llvm::is_contained(Methods, Call->getMethodDecl()->getName()))
    return nullptr;
  return Call;
}

// The variable or member a member call is made on, if it names one.
const ValueDecl *lockedObject(const CXXMemberCallExpr &Call) {
  return utils::namedObject(Call.getImplicitObjectArgument());
}

// `Obj.Method()` as a whole statement, where Obj names `Target`.
bool isMemberCallStatement(const Stmt &S, const ValueDecl *Target, llvm::ArrayRef<llvm::StringRef> Methods) {
  const CXXMemberCallExpr *Call = memberCallStatement(S, Methods);
  return Call && lockedObject(*Call) == Target;
}

// A guard constructed with std::defer_lock owns no lock yet.
bool isDeferred(const VarDecl &Guard) {
  const auto *Construct =
      dyn_cast_or_null<CXXConstructExpr>(Guard.getInit() ? Guard.getInit()->IgnoreImplicit() : nullptr);
  if (!Construct)
    return false;
  for (const Expr *Arg : Construct->arguments())
    if (const auto *R = utils::recordOf(Arg->getType());
        R && R->getDeclName().isIdentifier() && R->getName() == "defer_lock_t")
      return true;
  return false;
}

const llvm::StringRef GuardRelease[] = {"unlock", "release"};
const llvm::StringRef GuardAcquire[] = {"lock"};
const llvm::StringRef MutexAcquire[] = {"lock", "lock_shared"};
const llvm::StringRef MutexRelease[] = {"unlock", "unlock_shared"};
// Taken only if they return true: `if (m.try_lock_for(10ms)) { … }` holds it in the branch.
const llvm::StringRef TryAcquire[] = {"try_lock",        "try_lock_for",        "try_lock_until",
                                      "try_lock_shared", "try_lock_shared_for", "try_lock_shared_until"};

// The `try_lock*()` call an if-statement's condition is, or null.
const CXXMemberCallExpr *tryLockCondition(const Stmt &S) {
  const auto *If = dyn_cast<IfStmt>(&S);
  return If && If->getCond() ? memberCallStatement(*If->getCond(), TryAcquire) : nullptr;
}

// True when `E` names `D` (a variable or a member), or moves it: `lk`, `std::move(lk)`, `this->m`.
bool mentions(const Stmt &E, const ValueDecl *D) {
  if (!D)
    return false;
  bool Found = false;
  utils::forEachStmtInBody(&E, [&](const Stmt &S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S); Ref && Ref->getDecl() == D)
      Found = true;
    else if (const auto *Member = dyn_cast<MemberExpr>(&S); Member && Member->getMemberDecl() == D)
      Found = true;
  });
  return Found;
}

// True when `Await`'s operand is handed the lock or its mutex: an awaiter that releases it while
// suspended (`co_await cv.wait(lock, pred)`, `co_await unlock_and_wait(std::move(lock))`).
bool handsOverLock(const Stmt &Suspension, const ValueDecl *Lock, const ValueDecl *Mutex) {
  const Expr *Operand = nullptr;
  if (const auto *Await = dyn_cast<CoawaitExpr>(&Suspension))
    Operand = Await->getOperand();
  else if (const auto *Dependent = dyn_cast<DependentCoawaitExpr>(&Suspension))
    Operand = Dependent->getOperand();
  return Operand && (mentions(*Operand, Lock) || mentions(*Operand, Mutex));
}

// True when a guard's mutex is a coroutine mutex: locked by co_await, so holding it across a
// suspension is what it is for (`std::unique_lock lock = co_await m.co_scoped_lock();`,
// `co_await m.lock_async(); std::lock_guard g(m, std::adopt_lock);`).
bool isAsyncMutex(const CXXRecordDecl *Mutex) {
  if (!Mutex || !Mutex->hasDefinition())
    return false;
  static const llvm::Regex AsyncLockName("^(co_.*lock.*|.*lock.*_async|async_.*lock.*)$");
  for (const CXXMethodDecl *Method : Mutex->methods())
    if (Method->getDeclName().isIdentifier() && AsyncLockName.match(Method->getName()))
      return true;
  return false;
}

// The mutex a guard variable is constructed over (its first constructor argument), or null.
const ValueDecl *guardedMutex(const VarDecl &Guard) {
  const Expr *Init = Guard.getInit() ? utils::stripImplicitAndParens(Guard.getInit()) : nullptr;
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init);
  return Construct && Construct->getNumArgs() > 0 ? utils::namedObject(Construct->getArg(0)) : nullptr;
}

// True for a guard over a coroutine mutex, or one initialised by co_await (a coroutine lock).
bool guardsAsyncLock(const VarDecl &Guard, const CXXRecordDecl &GuardType) {
  if (Guard.getInit() && utils::firstSuspensionPoint(Guard.getInit()))
    return true;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&GuardType);
  if (!Spec)
    return false;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
    if (Arg.getKind() == TemplateArgument::Type && isAsyncMutex(utils::recordOf(Arg.getAsType())))
      return true;
  return false;
}

} // namespace

void LockAcrossSuspendCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const std::string CoroutineName = utils::functionName(*Coroutine);

  auto Report = [&](const Stmt &Suspension, SourceLocation Acquired, StringRef What) {
    diag(Suspension.getBeginLoc(), "%0 is held across this suspension point of coroutine '%1': "
                                   "other threads block on it while the task is suspended, and a "
                                   "task on this thread that takes it deadlocks")
        << What << CoroutineName;
    diag(Acquired, "acquired here", DiagnosticIDs::Note);
  };

  struct Lock {
    const ValueDecl *Object;
    llvm::ArrayRef<llvm::StringRef> Release;
    SourceLocation Acquired;
    std::string What;
    const ValueDecl *Mutex = nullptr; // what a guard was constructed over
  };
  // The paths from where the lock is taken: one that reaches a suspension point before the lock
  // is released (unlock(), the guard's scope end, a move into an awaiter that then owns it) is
  // reported. An awaiter handed the lock or its mutex releases it while suspended.
  std::unique_ptr<CFG> G;
  bool Built = false;
  llvm::DenseSet<std::pair<const ValueDecl *, const Stmt *>> Reported;
  auto FollowFrom = [&](std::optional<utils::CFGPoint> From, const Lock &L) {
    if (!From)
      return;
    auto Step = [&](const CFGElement &E) {
      if (std::optional<CFGAutomaticObjDtor> Dtor = E.getAs<CFGAutomaticObjDtor>())
        return Dtor->getVarDecl() == L.Object ? utils::PathStep::Stop : utils::PathStep::Continue;
      std::optional<CFGStmt> Element = E.getAs<CFGStmt>();
      if (!Element)
        return utils::PathStep::Continue;
      const Stmt &S = *Element->getStmt();
      if (isMemberCallStatement(S, L.Object, L.Release))
        return utils::PathStep::Stop;
      if (!utils::isSuspensionPoint(S))
        return utils::PathStep::Continue;
      if (!handsOverLock(S, L.Object, L.Mutex))
        return utils::PathStep::Found;
      // Moved into the awaiter: it owns the lock from now on.
      bool Moved = false;
      utils::forEachStmtInBody(&S, [&](const Stmt &Inner) {
        if (const auto *Call = dyn_cast<CallExpr>(&Inner);
            Call && Call->isCallToStdMove() && Call->getNumArgs() == 1 && mentions(*Call->getArg(0), L.Object))
          Moved = true;
      });
      return Moved ? utils::PathStep::Stop : utils::PathStep::Continue;
    };
    utils::PathEnd Held = utils::findPath(*G, *From, Step, /*ExitFound=*/false, *Result.Context);
    // Taken in several places (a guard's declaration and its lock() later): each suspension
    // point is reported once per lock.
    if (Held.Found && Reported.insert({L.Object, Held.At->castAs<CFGStmt>().getStmt()}).second)
      Report(*Held.At->castAs<CFGStmt>().getStmt(), L.Acquired, L.What);
  };
  // Where a statement's lock is held from: right after it, or (`if (m.try_lock())`) at the
  // start of the branch taken when it succeeded.
  auto Graph = [&]() -> const CFG * {
    if (!Built) {
      G = utils::buildBodyCFG(*Coroutine, *Body->getBody(), *Result.Context, /*ScopeEnds=*/true);
      Built = true;
    }
    return G.get();
  };
  auto After = [&](const Stmt &S, bool TryLock) -> std::optional<utils::CFGPoint> {
    if (!Graph())
      return std::nullopt;
    if (!TryLock)
      return utils::pointAfter(*G, S);
    for (const CFGBlock *Block : *G)
      if (Block->getTerminatorStmt() == &S && Block->succ_size() > 0 && Block->succ_begin()->getReachableBlock())
        return utils::CFGPoint{Block->succ_begin()->getReachableBlock(), 0};
    return std::nullopt;
  };

  utils::forEachStmtInBody(Body->getBody(), [&](const Stmt &S) {
    const auto *Block = dyn_cast<CompoundStmt>(&S);
    if (!Block)
      return;
    for (unsigned I = 0; I < Block->size(); ++I) {
      const Stmt &Child = *Block->body_begin()[I];
      // A lock guard: held until the end of the block, or an unconditional unlock().
      if (const auto *Decls = dyn_cast<DeclStmt>(&Child)) {
        for (const Decl *D : Decls->decls()) {
          const auto *Guard = dyn_cast<VarDecl>(D);
          const auto *Type = Guard ? utils::recordOf(Guard->getType()) : nullptr;
          if (!Type || Guard->getType()->isReferenceType() || !LockGuardTypes.matches(*Type) ||
              guardsAsyncLock(*Guard, *Type))
            continue;
          Lock L{Guard, GuardRelease, Guard->getLocation(), ("'" + Guard->getName() + "'").str(), guardedMutex(*Guard)};
          if (!isDeferred(*Guard) && Graph())
            FollowFrom(utils::pointAfterDeclaration(*G, *Guard), L);
          // Taken again later: `lock.unlock(); …; lock.lock();`, `if (lock.try_lock())`.
          utils::forEachStmtInBody(Block, [&](const Stmt &Later) {
            const CXXMemberCallExpr *Try = tryLockCondition(Later);
            const CXXMemberCallExpr *Call = Try ? Try : memberCallStatement(Later, GuardAcquire);
            if (Call && lockedObject(*Call) == Guard) {
              L.Acquired = Call->getBeginLoc();
              FollowFrom(After(Try ? Later : *Call, Try != nullptr), L);
            }
          });
        }
        continue;
      }
      // A manual lock() on a mutex: held until the matching unlock(). A try_lock*() in an
      // if-statement's condition: held in its then-branch.
      const CXXMemberCallExpr *Try = tryLockCondition(Child);
      if (const CXXMemberCallExpr *Call = Try ? Try : memberCallStatement(Child, MutexAcquire)) {
        const Expr *Object = Call->getImplicitObjectArgument();
        const auto *Type = Object ? utils::recordOf(Object->getType()) : nullptr;
        const ValueDecl *Mutex = lockedObject(*Call);
        if (Type && Mutex && MutexTypes.matches(*Type))
          FollowFrom(After(Try ? Child : *Call, Try != nullptr),
                     {Mutex, MutexRelease, Call->getBeginLoc(), ("mutex '" + Mutex->getName() + "'").str()});
      }
      // A temporary guard lives to the end of its full-expression, which suspends.
      if (const Stmt *Suspension = utils::firstSuspensionPoint(&Child)) {
        utils::forEachStmtInBody(&Child, [&](const Stmt &Inner) {
          const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(&Inner);
          const auto *Type = Temp ? utils::recordOf(Temp->getType()) : nullptr;
          if (Type && LockGuardTypes.matches(*Type))
            Report(*Suspension, Temp->getBeginLoc(), "a temporary lock guard");
        });
      }
    }
  });
}

} // namespace clang::tidy::coroguard
