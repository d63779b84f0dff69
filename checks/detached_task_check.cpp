#include "detached_task_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/discarded.h"
#include "utils/names.h"
#include "utils/task_shape.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

DetachedTaskCheck::DetachedTaskCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context), Fates(fateListsOption()),
      DetachedTokens(listOption("DetachedTokens", utils::defaults::DetachedTokens)),
      FireAndForgetFunctions(listOption("FireAndForgetFunctions", utils::defaults::FireAndForgetFunctions)) {}

void DetachedTaskCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Any); }

namespace {

// The class `T` names (through a reference) when its own name is `Name`, else null.
const CXXRecordDecl *recordNamed(QualType T, llvm::StringRef Name) {
  const CXXRecordDecl *R = utils::recordOf(T.getNonReferenceType());
  return R && R->getDeclName().isIdentifier() && R->getName() == Name ? R : nullptr;
}

// std::exception_ptr, wherever the standard library nests it (std::__exception_ptr in libstdc++).
bool isExceptionPtr(QualType T) {
  const CXXRecordDecl *R = recordNamed(T, "exception_ptr");
  return R && llvm::StringRef(utils::qualifiedName(*R)).starts_with("std::");
}

// What a completion callback is given the outcome of a task in: std::exception_ptr, a Try
// (folly, async_simple), an expected or a result (outcome libraries).
bool isOutcome(QualType T) {
  if (isExceptionPtr(T))
    return true;
  const CXXRecordDecl *R = utils::recordOf(T.getNonReferenceType());
  if (!R || !R->getDeclName().isIdentifier())
    return false;
  static constexpr llvm::StringLiteral Outcomes[] = {"Try", "expected", "result", "outcome", "Expected", "Result"};
  return llvm::is_contained(Outcomes, R->getName());
}

// The token as written: a token passed by value is copied into the parameter.
const Expr *tokenArgument(const Expr *E) {
  E = utils::stripImplicitAndParens(E);
  if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
      Copy && Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor())
    E = utils::stripImplicitAndParens(Copy->getArg(0));
  return E;
}

// The last argument written, as written, or null. Asio's co_spawn takes a defaulted constraint
// parameter after its completion token, so the last argument is often not the token.
const Expr *lastWrittenArgument(const CallExpr &Call, unsigned First = 0) {
  for (unsigned I = Call.getNumArgs(); I-- > First;)
    if (!isa<CXXDefaultArgExpr>(Call.getArg(I)))
      return tokenArgument(Call.getArg(I));
  return nullptr;
}

// The completion token of co_spawn: the last argument written after the first.
const Expr *writtenTokenArgument(const CallExpr &Spawn) { return lastWrittenArgument(Spawn, 1); }

bool catchesEverything(const CXXCatchStmt &Handler) {
  QualType Caught = Handler.getCaughtType();
  if (Caught.isNull())
    return true; // catch (...)
  const CXXRecordDecl *R = recordNamed(Caught, "exception");
  return R && utils::qualifiedName(*R) == "std::exception";
}

bool isErrorCode(QualType T) { return recordNamed(T, "error_code"); }

// An awaited result that carries the operation's error as a value: an error_code, or a tuple or
// pair that starts with one (Asio's as_tuple, redirect_error and the like).
bool isErrorValue(QualType T) {
  if (isErrorCode(T))
    return true;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(utils::recordOf(T.getNonReferenceType()));
  if (!Spec || !Spec->getDeclName().isIdentifier() || (Spec->getName() != "tuple" && Spec->getName() != "pair"))
    return false;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() == 0)
    return false;
  const TemplateArgument &First =
      Args[0].getKind() == TemplateArgument::Pack && Args[0].pack_size() > 0 ? Args[0].pack_begin()[0] : Args[0];
  return First.getKind() == TemplateArgument::Type && isErrorCode(First.getAsType());
}

// An await that cannot fail except by being cancelled: Asio's `this_coro::executor` (and the
// other this_coro queries), a timer's wait. Cancellation is asked for by someone who knows it:
// dropping it loses nothing.
bool failsOnlyWhenCancelled(const CoawaitExpr &Await) {
  const Expr *Operand = utils::stripImplicitAndParens(Await.getOperand());
  if (const auto *R = Operand ? utils::recordOf(Operand->getType()) : nullptr;
      R && llvm::StringRef(utils::qualifiedName(*R)).contains("this_coro::"))
    return true;
  static const utils::NameList TimerWaits(
      "::boost::asio::basic_waitable_timer::async_wait;::boost::asio::basic_deadline_timer::async_wait;"
      "::asio::basic_waitable_timer::async_wait");
  const auto *Call = dyn_cast_or_null<CallExpr>(Operand);
  return Call && Call->getDirectCallee() && TimerWaits.matches(*Call->getDirectCallee());
}

// True for Asio's synchronous set-up that throws system_error on failure: a constructor given an
// endpoint (an acceptor binds, a socket connects), or open/bind/listen/connect/close/… called
// without the error_code overload's last argument.
bool throwsAsioError(const Stmt &S) {
  auto InAsio = [](const Decl &D) {
    const std::string Name = utils::qualifiedName(*cast<NamedDecl>(&D));
    return llvm::StringRef(Name).starts_with("boost::asio::") || llvm::StringRef(Name).starts_with("asio::");
  };
  auto IsErrorCode = [](const Expr *E) { return isErrorCode(E->getType()); };
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S)) {
    if (Construct->getConstructor()->isCopyOrMoveConstructor() || !InAsio(*Construct->getConstructor()->getParent()))
      return false;
    bool Endpoint = false;
    for (const Expr *Arg : Construct->arguments()) {
      if (IsErrorCode(Arg))
        return false;
      if (const auto *R = utils::recordOf(Arg->getType()); R && R->getName().contains("endpoint"))
        Endpoint = true;
    }
    return Endpoint;
  }
  const auto *Call = dyn_cast<CXXMemberCallExpr>(&S);
  const CXXMethodDecl *M = Call ? Call->getMethodDecl() : nullptr;
  if (!M || !M->getDeclName().isIdentifier() || !InAsio(*M->getParent()))
    return false;
  static constexpr llvm::StringLiteral SetUp[] = {"open",       "bind",     "listen",  "connect", "close",
                                                  "set_option", "shutdown", "resolve", "assign"};
  if (!llvm::is_contained(SetUp, M->getName()))
    return false;
  return llvm::none_of(Call->arguments(), IsErrorCode);
}

// A body that throws nothing itself and gets every failure of what it awaits as a value.
bool failsOnlyByValue(const Stmt &Body) {
  bool ByValue = true;
  utils::forEachStmtInBody(&Body, [&](const Stmt &S) {
    if (isa<CXXThrowExpr>(S) || throwsAsioError(S))
      ByValue = false;
    else if (const auto *Await = dyn_cast<CoawaitExpr>(&S);
             Await && !Await->isImplicit() && !isErrorValue(Await->getType()) && !failsOnlyWhenCancelled(*Await))
      ByValue = false;
  });
  return ByValue;
}

// A coroutine whose whole body is one try block that catches everything (or every
// std::exception), or that gets its failures as values, deals with them itself: detaching it
// loses nothing.
bool handlesItsOwnFailures(const Expr *Task) {
  Task = utils::stripImplicitAndParens(Task);
  // co_spawn(ex, [self] { return self->reader(); }, detached): the task the lambda returns.
  if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Task)) {
    const auto *Body = dyn_cast_or_null<CompoundStmt>(Lambda->getBody());
    const auto *Return = Body && Body->size() == 1 ? dyn_cast<ReturnStmt>(Body->body_front()) : nullptr;
    Task = Return ? utils::stripImplicitAndParens(Return->getRetValue()) : nullptr;
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(Task);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  const FunctionDecl *Def = nullptr;
  if (!F || !F->hasBody(Def))
    return false;
  const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(Def->getBody());
  const auto *Body = Coro ? dyn_cast_or_null<CompoundStmt>(Coro->getBody()) : nullptr;
  if (!Body)
    return false;
  if (failsOnlyByValue(*Body))
    return true;
  const auto *Try = Body->size() == 1 ? dyn_cast<CXXTryStmt>(Body->body_front()) : nullptr;
  if (!Try)
    return false;
  for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
    if (catchesEverything(*Try->getHandler(I)))
      return true;
  return false;
}

} // namespace

void DetachedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  utils::forEachStmtWithAncestors(Result.Nodes.getNodeAs<Stmt>("body"), [&](const Stmt &S, utils::Ancestors Parents) {
    for (const utils::DiscardedCall &Discarded : utils::discardedCalls(S, Parents))
      if (discardsHandle(*Discarded.Call)) {
        diag(utils::callBeginLoc(*Discarded.Call), "handle returned by '%0' is discarded: the task runs "
                                                   "detached and its exception can never be seen")
            << utils::calleeName(*Discarded.Call) << Discarded.Call->getSourceRange();
        return;
      }
    const auto *Spawn = dyn_cast<CallExpr>(&S);
    const FunctionDecl *F = Spawn ? Spawn->getDirectCallee() : nullptr;
    if (F && Spawn->getNumArgs() > 0 && Fates.CompletionSpawn.matches(*F))
      checkCompletion(*Spawn);
    else if (F)
      checkFireAndForget(*Spawn);
  });
}

bool DetachedTaskCheck::discardsHandle(const CallExpr &Call) const {
  const FunctionDecl *F = Call.getDirectCallee();
  if (!F)
    return false;
  if (Fates.Spawn.matches(*F))
    return true;
  // A spawn function nobody listed, by its shape (utils/task_shape.h).
  return Fates.InferShapes && !Fates.spawns(*F) && !Fates.Run.matches(*F) && !FireAndForgetFunctions.matches(*F) &&
         utils::looksLikeSpawnFunction(Call, tasks());
}

void DetachedTaskCheck::checkFireAndForget(const CallExpr &Call) {
  const FunctionDecl *F = Call.getDirectCallee();
  // The task: the object of `task.detach()` / `task.start(cb)`, or an argument given by value.
  const Expr *Task = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
      Member && tasks().isTask(Member->getImplicitObjectArgument()->getType()))
    Task = Member->getImplicitObjectArgument();
  if (!Task)
    Task = utils::taskArgument(Call, tasks());
  if (!Task)
    return;
  if (FireAndForgetFunctions.matches(*F)) {
    if (!handlesItsOwnFailures(Task))
      diag(utils::callBeginLoc(Call), "'%0' detaches the task: nobody can await its outcome, and its "
                                      "exception is dropped or ends the program")
          << utils::calleeName(Call) << Call.getSourceRange();
    return;
  }
  // `task.start([](Try<T>) {})`: a callback given the outcome that never looks at it.
  const auto *Lambda = dyn_cast_or_null<LambdaExpr>(lastWrittenArgument(Call));
  if (!Lambda || Lambda->getCallOperator()->getNumParams() == 0)
    return;
  const ParmVarDecl *Outcome = Lambda->getCallOperator()->getParamDecl(0);
  const bool Generic = Outcome->getType()->isDependentType() || Outcome->getType()->getContainedAutoType();
  if (!(isOutcome(Outcome->getType()) || (Generic && F->getDeclName().isIdentifier() && F->getName() == "start")))
    return;
  if (!Outcome->isReferenced() && !handlesItsOwnFailures(Task))
    diag(Outcome->getBeginLoc(), "the callback of '%0' ignores the task's outcome it is given: a failure "
                                 "of the task is never seen")
        << utils::calleeName(Call);
}

void DetachedTaskCheck::checkCompletion(const CallExpr &Spawn) {
  const Expr *Token = writtenTokenArgument(Spawn);
  if (!Token)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Token)) {
    if (DetachedTokens.matches(*Ref->getDecl()) && !handlesItsOwnFailures(Spawn.getArg(1)))
      diag(Token->getBeginLoc(), "'%0' with '%1' drops the task's exception: a failure is never seen")
          << utils::calleeName(Spawn) << Ref->getDecl()->getName() << Token->getSourceRange();
    return;
  }
  // A completion handler that takes the exception_ptr but never looks at it.
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Token)) {
    const CXXMethodDecl *Op = Lambda->getCallOperator();
    if (Op->getNumParams() == 0 || !isExceptionPtr(Op->getParamDecl(0)->getType()))
      return;
    const ParmVarDecl *Error = Op->getParamDecl(0);
    if (!Error->isReferenced())
      diag(Error->getBeginLoc(), "completion handler of '%0' ignores the exception_ptr: a failure "
                                 "of the task is never seen")
          << utils::calleeName(Spawn);
  }
}

} // namespace clang::tidy::coroguard
