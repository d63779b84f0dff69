// get_awaiter: what `co_await a` would use as the awaiter of `a` (member or free operator
// co_await, else `a` itself). Needed wherever the runtime wraps another library's awaitable.
#pragma once

#include <coroutine>
#include <utility>

namespace coroguard::detail {

template <class A>
concept has_member_co_await = requires(A&& a) { std::forward<A>(a).operator co_await(); };

template <class A>
concept has_free_co_await = requires(A&& a) { operator co_await(std::forward<A>(a)); };

template <class A>
decltype(auto) get_awaiter(A&& a) {
  if constexpr (has_member_co_await<A>) return std::forward<A>(a).operator co_await();
  else if constexpr (has_free_co_await<A>) return operator co_await(std::forward<A>(a));
  else return std::forward<A>(a);
}

}  // namespace coroguard::detail
