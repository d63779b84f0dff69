// What a "task" is, decided once for every check: a class with a promise type (a member
// `promise_type`, or one given by a specialization of std::coroutine_traits) that can be awaited
// (member or free `operator co_await`, or await_ready/await_suspend/await_resume), or a class
// matched by the TaskTypes option (for tasks awaitable only through their promise's
// await_transform, like boost::asio::awaitable).
#pragma once

#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "names.h"

namespace clang::tidy::coroguard::utils {

class TaskTypeRecognizer {
public:
  explicit TaskTypeRecognizer(NameList TaskTypes) : Names(std::move(TaskTypes)) {}

  bool isTask(QualType T) const;

private:
  bool isTaskRecord(const CXXRecordDecl &Record) const;

  NameList Names;
  mutable llvm::DenseMap<const CXXRecordDecl *, bool> Cache;
};

} // namespace clang::tidy::coroguard::utils
