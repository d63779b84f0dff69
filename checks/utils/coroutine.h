// Where a statement sits: its enclosing function, and whether that function is a coroutine.
#pragma once

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::coroguard::utils {

// True when `F`'s body uses co_await, co_yield or co_return.
bool isCoroutine(const FunctionDecl &F);

// The class a type names, or null: also for null and dependent types, which expressions in
// templates have (a dependent ParenListExpr has no type at all).
const CXXRecordDecl *recordOf(QualType T);

// `E` without the implicit nodes and parentheses around it (cleanups, temporaries, casts).
const Expr *stripImplicitAndParens(const Expr *E);

// The variable or member `E` names, parentheses and implicit casts skipped (`lk`, `this->m_`,
// `pending`), or null.
const ValueDecl *namedObject(const Expr *E);

// True when `Record` itself declares a member named `Name` (bases are not looked into).
bool hasMember(const CXXRecordDecl &Record, llvm::StringRef Name);

// Where the call's text starts. For `obj(args)` calls to an operator(), LLVM 22 starts the
// CXXOperatorCallExpr at the '(': diagnostics and fix-its belong before `obj`.
SourceLocation callBeginLoc(const CallExpr &Call);

// The name a message should use for the function `Call` calls: "fetch", "Client::get",
// "lambda"; "expression" when it calls through a pointer.
std::string calleeName(const CallExpr &Call);

// The name a message should use for a function: "handler", "Session::run", "lambda".
std::string functionName(const FunctionDecl &F);

// True for a declaration in a system header (the standard library, /usr/include).
bool isInSystemHeader(const Decl &D);

} // namespace clang::tidy::coroguard::utils
