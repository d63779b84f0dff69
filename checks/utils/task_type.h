// What a "task" is, decided once for every check: a class with a promise type (a member
// `promise_type`, or one given by a specialization of std::coroutine_traits) that can be awaited
// (member or free `operator co_await`, or await_ready/await_suspend/await_resume), or a class
// matched by the TaskTypes option (for tasks awaitable only through their promise's
// await_transform, like boost::asio::awaitable).
#pragma once

#include "names.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::coroguard::utils {

class TaskTypeRecognizer {
public:
  explicit TaskTypeRecognizer(NameList TaskTypes) : Names(std::move(TaskTypes)) {}

  bool isTask(QualType T) const;
  // An awaiter that is not a task: await_ready/await_suspend/await_resume members, no promise
  // (what `resume_on(pool)` or `pool.schedule()` return). A class awaitable only through
  // operator co_await is often a handle to work already running (a spawned task's join handle).
  bool isAwaiter(QualType T) const;
  // Anything `co_await` takes without a promise's help: a task, an awaiter, a class with an
  // operator co_await (member or free).
  bool isAwaitable(QualType T) const;
  // A task whose promise's initial_suspend() returns std::suspend_never: it runs when called.
  bool startsEagerly(QualType T) const;

private:
  bool isTaskRecord(const CXXRecordDecl &Record) const;

  NameList Names;
  mutable llvm::DenseMap<const CXXRecordDecl *, bool> Cache;
};

} // namespace clang::tidy::coroguard::utils
