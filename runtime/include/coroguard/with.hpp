// with(resource, body): use an async resource and close it on every path (async with).
//   co_await coroguard::with(co_await connect(), [](connection& c) -> task<int> { ... });
// `resource.close()` is awaited after the body returns, throws or is cancelled; the body's
// outcome then stands. If close() fails too, the body's error wins and close's is reported as
// never retrieved; if only close() fails, its error is thrown.
#pragma once

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "coroguard/detail/job.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

template <class Resource, class Body>
auto with(Resource resource, Body body) -> decltype(body(resource)) {
  using R = typename decltype(body(resource))::value_type;
  std::exception_ptr error;
  std::optional<std::conditional_t<std::is_void_v<R>, bool, R>> value;
  try {
    if constexpr (std::is_void_v<R>) {
      co_await body(resource);
      value.emplace(true);
    } else {
      value.emplace(co_await body(resource));
    }
  } catch (...) {
    error = std::current_exception();
  }
  try {
    co_await resource.close();
  } catch (...) {
    if (!error) throw;
    detail::report_unretrieved_exception(std::current_exception());
  }
  if (error) std::rethrow_exception(error);
  if constexpr (!std::is_void_v<R>) co_return std::move(*value);
}

}  // namespace coroguard
