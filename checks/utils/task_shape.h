// Run and spawn functions of libraries nobody configured, recognised by what they do with a
// task (most companies have a task type of their own, and its sync_wait and spawn):
// - a run function takes a task and returns what the task produces: it must have run it to
//   completion (`T sync_wait(task<T>)`); for a task of void, its name also says it waits;
// - a spawn function takes a task, returns a handle to it (an awaitable that is not a task, or
//   a class with join/get/wait), and its name says it starts it (spawn, start, launch, …): a
//   lazy combinator (`when_all(a, b)`) has the same shape and starts nothing.
// The listed functions (RunFunctions, SpawnFunctions, …) are always what they are listed as;
// the option InferShapes (default true) turns the inference off.
#pragma once

#include "clang/AST/Expr.h"

namespace clang::tidy::coroguard::utils {

class TaskTypeRecognizer;

// The type `co_await` of the task `Task` produces, read from its first template argument
// (`task<T>`, `awaitable<T, Executor>`, `QCoro::Task<T>`): void for `task<>` and classes that
// are not templates; null when it cannot be told (a dependent argument).
QualType valueTypeOf(QualType Task);

// The argument of `Call` that hands it a task by value (a task prvalue or xvalue), or null.
const Expr *taskArgument(const CallExpr &Call, const TaskTypeRecognizer &Tasks);

bool looksLikeRunFunction(const CallExpr &Call, const TaskTypeRecognizer &Tasks);
bool looksLikeSpawnFunction(const CallExpr &Call, const TaskTypeRecognizer &Tasks);

} // namespace clang::tidy::coroguard::utils
