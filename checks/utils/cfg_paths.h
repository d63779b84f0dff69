// Path questions over a function body's control-flow graph (clang's CFG): "is there a path from
// here that reaches X without passing Y?". task-never-awaited asks it of a local task (a path to
// the exit that never uses it), lock-across-suspend of a held lock (a path to a suspension point
// that never releases it).
#pragma once

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>
#include <optional>

namespace clang::tidy::coroguard::utils {

// The graph of `Body` (of `Function`; for a coroutine, the body the user wrote): every
// expression an element, and with ScopeEnds the destructors of automatic objects where their
// scope ends. Null when clang cannot build one.
std::unique_ptr<CFG> buildBodyCFG(const FunctionDecl &Function, const Stmt &Body, ASTContext &Context, bool ScopeEnds);

// A position in the graph: before element `Index` of `Block`.
struct CFGPoint {
  const CFGBlock *Block;
  unsigned Index;
};

// Right after the element that evaluates `S`, if the graph has one.
std::optional<CFGPoint> pointAfter(const CFG &G, const Stmt &S);
// Right after the declaration of `V` (the graph splits `T a, b;` into one declaration each).
std::optional<CFGPoint> pointAfterDeclaration(const CFG &G, const VarDecl &V);

enum class PathStep {
  Continue, // the path goes on
  Stop,     // this path ends here (the task is used, the lock released)
  Found,    // the search ends: a path to what was looked for
};

struct PathEnd {
  bool Found = false;
  std::optional<CFGElement> At; // the element classified Found; none when the exit was reached
};

// Follows every path from `From`, depth first, classifying each element with `Visit`; reaching
// the exit counts as Found when ExitFound. A for-loop whose first iteration is certain
// (`for (int i = 0; i < 3; ++i)`) is entered only into its body: its zero-iteration path does not
// exist (the exit is still reached through the back edge).
PathEnd findPath(const CFG &G, CFGPoint From, llvm::function_ref<PathStep(const CFGElement &)> Visit, bool ExitFound,
                 const ASTContext &Context);

} // namespace clang::tidy::coroguard::utils
