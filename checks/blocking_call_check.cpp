#include "blocking_call_check.h"

#include "utils/body.h"
#include "utils/coroutine.h"
#include "utils/defaults.h"
#include "utils/matchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang::ast_matchers;

namespace clang::tidy::coroguard {

BlockingCallCheck::BlockingCallCheck(StringRef Name, ClangTidyContext *Context)
    : CoroguardCheck(Name, Context),
      BlockingFunctions(listOption("BlockingFunctions", utils::defaults::BlockingFunctions)),
      ExecutorSwitches(listOption("ExecutorSwitches", utils::defaults::ExecutorSwitches)),
      TeardownFunctions(listOption("TeardownFunctions", utils::defaults::TeardownFunctions)), Fates(fateListsOption()),
      CallDepth(unsignedOption("CallDepth", 2)) {}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) { matchFunctionBodies(Finder, Bodies::Coroutines); }

namespace {

// Records where the program's own code names the non-blocking mode of a descriptor.
class NonBlockingMentions : public PPCallbacks {
public:
  NonBlockingMentions(const SourceManager &SM, bool &Mode, std::vector<SourceLocation> &Checks)
      : SM(SM), Mode(Mode), Checks(Checks) {}
  void MacroExpands(const Token &Name, const MacroDefinition &, SourceRange Range, const MacroArgs *) override {
    const IdentifierInfo *Id = Name.getIdentifierInfo();
    if (!Id || SM.isInSystemHeader(SM.getExpansionLoc(Range.getBegin())))
      return;
    switch (llvm::StringSwitch<int>(Id->getName())
                .Cases("O_NONBLOCK", "SOCK_NONBLOCK", "FIONBIO", 1)
                .Cases("EAGAIN", "EWOULDBLOCK", "EINPROGRESS", "MSG_DONTWAIT", 2)
                .Default(0)) {
    case 1:
      Mode = true;
      break;
    case 2:
      Checks.push_back(SM.getExpansionLoc(Range.getBegin()));
      break;
    }
  }

private:
  const SourceManager &SM;
  bool &Mode;
  std::vector<SourceLocation> &Checks;
};

const FunctionDecl *calleeOf(const Stmt &S) {
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    return Call->getDirectCallee();
  // Constructing a file stream with a name opens the file; moving one does not.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&S);
      Construct && Construct->getNumArgs() > 0 && !Construct->getConstructor()->isCopyOrMoveConstructor())
    return Construct->getConstructor();
  return nullptr;
}

SourceLocation locationOf(const Stmt &S) {
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    return utils::callBeginLoc(*Call);
  return S.getBeginLoc();
}

// True for `std::cin` and `std::wcin`.
bool isStandardInput(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(utils::stripImplicitAndParens(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->getDeclName().isIdentifier() && (Var->getName() == "cin" || Var->getName() == "wcin") &&
         Var->getDeclContext()->getRedeclContext()->isStdNamespace();
}

// True for a read of the terminal: `std::getline(std::cin, line)`, `std::cin >> x`,
// `std::cin.get()`: it waits for a person to type.
bool readsStandardInput(const Stmt &S) {
  const auto *Call = dyn_cast<CallExpr>(&S);
  if (!Call)
    return false;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return isStandardInput(Member->getImplicitObjectArgument());
  return Call->getNumArgs() > 0 && isStandardInput(Call->getArg(0)) &&
         (isa<CXXOperatorCallExpr>(Call) || calleeOf(S)->getDeclName().isIdentifier());
}

// The C library's calls on a descriptor: they block only when it is in blocking mode.
bool isDescriptorCall(const FunctionDecl &F) {
  static const utils::NameList Calls("::read;::write;::readv;::writev;::recv;::recvfrom;::recvmsg;"
                                     "::send;::sendto;::sendmsg;::accept;::accept4;::connect");
  return Calls.matches(F);
}

// The first `co_await` in `Body` of an executor switch (`co_await pool.schedule()`).
const Stmt *firstExecutorSwitch(const Stmt *Body, const utils::NameList &Switches) {
  const Stmt *Found = nullptr;
  utils::forEachStmtInBody(Body, [&](const Stmt &S) {
    const auto *Await = dyn_cast<CoawaitExpr>(&S);
    if (Found || !Await)
      return;
    const auto *Call = dyn_cast_or_null<CallExpr>(utils::stripImplicitAndParens(Await->getOperand()));
    if (Call && Call->getDirectCallee() && Switches.matches(*Call->getDirectCallee()))
      Found = Await;
  });
  return Found;
}

// Finds how the translation unit uses the coroutines of `Pending`: `Driven` gets those run to
// completion by a run function in a function that is not a coroutine; `Other` those used any
// other way (called elsewhere, referenced, stored).
class DriverUses : public RecursiveASTVisitor<DriverUses> {
public:
  DriverUses(const llvm::DenseSet<const FunctionDecl *> &Pending, const utils::FateLists &Fates,
             const utils::TaskTypeRecognizer &Tasks)
      : Pending(Pending), Fates(Fates), Tasks(Tasks) {}
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseFunctionDecl(FunctionDecl *F) {
    return inFunction(F, [&] { return Base::TraverseFunctionDecl(F); });
  }
  bool TraverseCXXMethodDecl(CXXMethodDecl *F) {
    return inFunction(F, [&] { return Base::TraverseCXXMethodDecl(F); });
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = pendingCallee(Call->getDirectCallee());
    if (Callee)
      (Handed.contains(Call) ? Driven : Other).insert(Callee);
    if (Callee || Call->getDirectCallee())
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreImpCasts()))
        Callees.insert(Ref);
    if (Fates.runs(*Call, Tasks) && !(Current && utils::isCoroutine(*Current)))
      for (const Expr *Arg : Call->arguments())
        if (const auto *Inner = dyn_cast_or_null<CallExpr>(utils::stripImplicitAndParens(Arg)))
          Handed.insert(Inner);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const FunctionDecl *F = pendingCallee(dyn_cast<FunctionDecl>(Ref->getDecl())); F && !Callees.contains(Ref))
      Other.insert(F);
    return true;
  }

  llvm::DenseSet<const FunctionDecl *> Driven, Other;

private:
  using Base = RecursiveASTVisitor<DriverUses>;
  template <class F> bool inFunction(FunctionDecl *D, F Traverse) {
    FunctionDecl *Saved = Current;
    Current = D;
    bool Result = Traverse();
    Current = Saved;
    return Result;
  }
  const FunctionDecl *pendingCallee(const FunctionDecl *F) const {
    if (!F)
      return nullptr;
    if (Pending.contains(F->getCanonicalDecl()))
      return F->getCanonicalDecl();
    if (const FunctionDecl *Pattern = F->getTemplateInstantiationPattern();
        Pattern && Pending.contains(Pattern->getCanonicalDecl()))
      return Pattern->getCanonicalDecl();
    return nullptr;
  }

  const llvm::DenseSet<const FunctionDecl *> &Pending;
  const utils::FateLists &Fates;
  const utils::TaskTypeRecognizer &Tasks;
  FunctionDecl *Current = nullptr;
  llvm::DenseSet<const CallExpr *> Handed;
  llvm::DenseSet<const DeclRefExpr *> Callees;
};

} // namespace

void BlockingCallCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP, Preprocessor *) {
  Sources = &SM;
  PP->addPPCallbacks(std::make_unique<NonBlockingMentions>(SM, MentionsNonBlockingMode, NonBlockingResultChecks));
}

bool BlockingCallCheck::onNonBlockingDescriptor(const FunctionDecl &Callee, const FunctionDecl &Function) const {
  if (!Sources || !isDescriptorCall(Callee))
    return false;
  if (MentionsNonBlockingMode)
    return true;
  SourceRange Range(Sources->getExpansionLoc(Function.getBeginLoc()), Sources->getExpansionLoc(Function.getEndLoc()));
  for (SourceLocation Check : NonBlockingResultChecks)
    if (Sources->isPointWithin(Check, Range.getBegin(), Range.getEnd()))
      return true;
  return false;
}

const FunctionDecl *BlockingCallCheck::blockingCallee(const Stmt &S) const {
  const FunctionDecl *F = calleeOf(S);
  if (!F)
    return nullptr;
  if (readsStandardInput(S) && BlockingFunctions.matchesName("std::cin"))
    return F;
  if (!BlockingFunctions.matches(*F))
    return nullptr;
  // The default list's global names (`read`, `sleep`) are the C library's: a C++ function of
  // the program that shares the name is not.
  static const utils::NameList Defaults(utils::defaults::BlockingFunctions);
  if (F->getDeclContext()->getRedeclContext()->isTranslationUnit() && !F->isExternC() && !utils::isInSystemHeader(*F) &&
      Defaults.matches(*F))
    return nullptr;
  return F;
}

const Stmt *BlockingCallCheck::blockingCallInside(const FunctionDecl &F, unsigned Depth) {
  const FunctionDecl *Def = F.getDefinition();
  if (!Depth || !Def || !Def->hasBody() || utils::isCoroutine(*Def) || utils::isInSystemHeader(*Def) ||
      TeardownFunctions.matches(*Def))
    return nullptr;
  auto Key = std::make_pair(Def, Depth);
  if (auto It = Inside.find(Key); It != Inside.end())
    return It->second;
  Inside[Key] = nullptr; // recursion ends here
  const Stmt *Found = nullptr;
  utils::forEachStmtInBody(Def->getBody(), [&](const Stmt &S) {
    if (Found)
      return;
    if (const FunctionDecl *Blocking = blockingCallee(S)) {
      if (!onNonBlockingDescriptor(*Blocking, *Def))
        Found = &S;
    } else if (const FunctionDecl *Callee = calleeOf(S)) {
      Found = blockingCallInside(*Callee, Depth - 1);
    }
  });
  Inside[Key] = Found;
  return Found;
}

void BlockingCallCheck::emit(SourceLocation Loc, StringRef Message, SourceLocation NoteLoc, StringRef Note) {
  // The messages are built with names in them: a '%' would be read as a format directive.
  diag(Loc, "%0") << Message;
  if (NoteLoc.isValid())
    diag(NoteLoc, "%0", DiagnosticIDs::Note) << Note;
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("function");
  Context = Result.Context;
  const SourceManager &SM = *Result.SourceManager;
  const std::string CoroutineName = utils::functionName(*Coroutine);
  // After `co_await pool.schedule()` the coroutine runs on the pool: blocking there is the point.
  const Stmt *Switch = firstExecutorSwitch(Body, ExecutorSwitches);
  const Stmt *FirstSuspension = utils::firstSuspensionPoint(Body->getBody());
  auto Report = [&](const Stmt &S, std::string Message, SourceLocation NoteLoc = {}, std::string Note = {}) {
    SourceLocation Loc = locationOf(S);
    if (Switch && SM.isBeforeInTranslationUnit(Switch->getBeginLoc(), Loc))
      return;
    if (!FirstSuspension || SM.isBeforeInTranslationUnit(Loc, FirstSuspension->getBeginLoc())) {
      BeforeFirstSuspension.push_back(
          {Coroutine->getCanonicalDecl(), Loc, std::move(Message), NoteLoc, std::move(Note)});
      return;
    }
    emit(Loc, Message, NoteLoc, Note);
  };
  utils::forEachStmtInBody(Body, [&](const Stmt &S) {
    if (const FunctionDecl *F = blockingCallee(S)) {
      if (!onNonBlockingDescriptor(*F, *Coroutine))
        Report(S, "'" + utils::functionName(*F) + "' blocks the thread running coroutine '" + CoroutineName +
                      "': every task on its event loop stalls until it returns");
      return;
    }
    const FunctionDecl *Callee = calleeOf(S);
    if (!Callee || TeardownFunctions.matches(*Callee))
      return;
    if (const Stmt *Inner = blockingCallInside(*Callee, CallDepth)) {
      const std::string Blocking = utils::functionName(*blockingCallee(*Inner));
      Report(S,
             "'" + utils::functionName(*Callee) + "' blocks the thread running coroutine '" + CoroutineName +
                 "': it calls '" + Blocking + "'",
             locationOf(*Inner), "'" + Blocking + "' blocks here");
    }
  });
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  if (!BeforeFirstSuspension.empty() && Context) {
    llvm::DenseSet<const FunctionDecl *> Coroutines;
    for (const Pending &P : BeforeFirstSuspension)
      Coroutines.insert(P.Coroutine);
    // The program's own declarations only: a library header does not run the program's drivers.
    DriverUses Uses(Coroutines, Fates, tasks());
    const SourceManager &SM = Context->getSourceManager();
    for (Decl *D : Context->getTranslationUnitDecl()->decls())
      if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
        Uses.TraverseDecl(D);
    for (const Pending &P : BeforeFirstSuspension) {
      // A driver (`sync_wait(main_task())` in main or a test) has the thread to itself until it
      // first suspends: nothing else runs there yet.
      if (Uses.Driven.contains(P.Coroutine) && !Uses.Other.contains(P.Coroutine))
        continue;
      emit(P.Loc, P.Message, P.NoteLoc, P.Note);
    }
  }
  BeforeFirstSuspension.clear();
  Inside.clear();
  NonBlockingResultChecks.clear();
  MentionsNonBlockingMode = false;
  Context = nullptr;
}

} // namespace clang::tidy::coroguard
