// Where a task value goes within its full-expression: awaited on the spot, run to completion
// by a run/sync_wait call, spawned, stored, returned — what decides whether the temporaries of
// that full-expression outlive it.
#pragma once

#include "body.h"
#include "names.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::coroguard::utils {

class TaskTypeRecognizer;

struct TaskFate {
  enum Kind {
    Awaited,   // co_await'ed in the same full-expression
    Completed, // handed to a run function, which finishes it before returning
    Spawned,   // handed to a spawn function: it runs after this statement
    Stored,    // kept in a variable or a container
    Returned,  // returned from the function
    Assigned,  // assigned to an existing object
    Unknown,   // passed to some other function, or discarded
  };
  Kind K = Unknown;
  const NamedDecl *Where = nullptr;     // the variable, or the run/spawn function
  const ValueDecl *Container = nullptr; // Stored by an insertion: the container, when named
};

// The functions that decide a task's fate (options RunFunctions, SpawnFunctions,
// CompletionSpawnFunctions, ScopeSpawnFunctions and InferShapes, read by
// CoroguardCheck::fateListsOption).
struct FateLists {
  NameList Run;             // finish the task before returning
  NameList Spawn;           // start it; it runs after the statement
  NameList CompletionSpawn; // start it and report to a completion token
  NameList ScopeSpawn;      // start it in a scope (task group) that awaits it later
  bool InferShapes = true;  // also run and spawn functions recognised by shape (task_shape.h)

  bool spawns(const FunctionDecl &F) const {
    return Spawn.matches(F) || CompletionSpawn.matches(F) || ScopeSpawn.matches(F);
  }
  // `Call` runs a task to completion: a listed run function, or one by shape.
  bool runs(const CallExpr &Call, const TaskTypeRecognizer &Tasks) const;
  // `Call` starts a task that runs after it: a listed spawn function, or one by shape.
  bool starts(const CallExpr &Call, const TaskTypeRecognizer &Tasks) const;
};

// Follows the value of `E` (enclosed by `Parents`) up its full-expression. A task passed to a
// function that returns a task (gather, with_timeout, …) is followed through that call's result.
TaskFate fateOf(const Expr &E, Ancestors Parents, const FateLists &Lists, const TaskTypeRecognizer &Tasks);

// Lower-case words for a fate: "is spawned", "is stored in 't'", "is returned".
std::string describeEscape(const TaskFate &F);

// True when the task outlives its full-expression.
inline bool escapes(const TaskFate &F) {
  return F.K == TaskFate::Spawned || F.K == TaskFate::Stored || F.K == TaskFate::Returned || F.K == TaskFate::Assigned;
}

} // namespace clang::tidy::coroguard::utils
