// What a "task" is, decided once for every check: a class with a `promise_type` that can be
// awaited (member operator co_await, or await_ready/await_suspend/await_resume), or a class
// whose qualified name matches the TaskTypes option (for libraries whose tasks are awaitable
// only through their promise's await_transform, like boost::asio::awaitable).
#pragma once

#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <string>

namespace clang::tidy::coroguard::utils {

// The default TaskTypes: the task types of the common coroutine libraries.
inline constexpr llvm::StringLiteral DefaultTaskTypes =
    "::coroguard::task;::boost::asio::awaitable;::asio::awaitable;::boost::cobalt::task;"
    "::boost::cobalt::promise;::cppcoro::task;::cppcoro::shared_task;::folly::coro::Task;"
    "::coro::task;::unifex::task";

class TaskTypeRecognizer {
public:
  // `TaskTypes` is the option text: `;`-separated qualified names or regular expressions.
  explicit TaskTypeRecognizer(llvm::StringRef TaskTypes);

  bool isTask(QualType T) const;

private:
  bool isTaskRecord(const CXXRecordDecl &Record) const;

  llvm::SmallVector<llvm::Regex, 8> Names;
  mutable llvm::DenseMap<const CXXRecordDecl *, bool> Cache;
};

} // namespace clang::tidy::coroguard::utils
