// gather: run tasks concurrently and wait for all of them (asyncio.gather).
//   co_await gather(a, b, c)          -> std::tuple of their values (std::monostate for void)
//   co_await gather(std::move(vec))   -> std::vector<T> in the order of the input (void: nothing)
// The first failure cancels the others, waits for them, and is rethrown; later failures of
// the others are reported as never retrieved rather than dropped. (asyncio.gather lets the others
// run on; this follows TaskGroup, so no task outlives the gather.)
//   co_await gather_settled(...)      -> every outcome as settled<T>, nothing cancelled
//                                        (return_exceptions=True)
//   co_await when_any(std::move(vec)) -> {index, value} of the first to finish; the others are
//                                        cancelled and awaited (asyncio.wait FIRST_COMPLETED)
//   as_completed(std::move(vec))      -> async_generator of the values in the order the tasks
//                                        finish; a failure is thrown from next() in its turn
// Cancelling the gathering task cancels every child and waits for them.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "coroguard/detail/child_set.hpp"
#include "coroguard/detail/root_task.hpp"
#include "coroguard/generator.hpp"
#include "coroguard/task.hpp"

namespace coroguard {

// A value, or void's stand-in in a tuple or vector.
template <class T>
using value_or_monostate = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

// One task's outcome in gather_settled: its value or its exception.
template <class T>
class settled {
 public:
  explicit settled(std::exception_ptr e) noexcept : error_(std::move(e)) {}
  template <class... V>
  explicit settled(std::in_place_t, V&&... v) : value_(std::in_place, std::forward<V>(v)...) {}

  bool ok() const noexcept { return !error_; }
  const std::exception_ptr& error() const noexcept { return error_; }
  // The value, or the exception rethrown.
  value_or_monostate<T>& value() {
    if (error_) std::rethrow_exception(error_);
    return *value_;
  }

 private:
  std::optional<value_or_monostate<T>> value_;
  std::exception_ptr error_;
};

namespace detail {

template <class T>
value_or_monostate<T> take_value(job_state<T>& s) {
  if constexpr (std::is_void_v<T>) {
    s.take();
    return {};
  } else {
    return s.take();
  }
}

template <class T>
settled<T> take_settled(job_state<T>& s) {
  if (s.outcome.has_error()) {
    s.mark_retrieved();
    return settled<T>(s.outcome.error());
  }
  return settled<T>(std::in_place, take_value(s));
}

// Rethrows the first failure; the later ones must not vanish with it.
inline void rethrow_first(const std::vector<std::exception_ptr>& failures) {
  for (std::size_t i = 1; i < failures.size(); ++i) detail::report_unretrieved_exception(failures[i]);
  std::rethrow_exception(failures.front());
}

// Starts each task as a job watched by `set`, in order; returns their states.
template <class T>
std::vector<std::shared_ptr<job_state<T>>> start_all(std::vector<task<T>> tasks, child_set& set) {
  std::vector<std::shared_ptr<job_state<T>>> states;
  states.reserve(tasks.size());
  for (auto& t : tasks) {
    states.push_back(start_job(std::move(t)));
    set.add(states.back());
  }
  return states;
}

template <class States>
void watch_all(child_set& set, States& states) {
  std::apply([&](auto&... s) { (set.add(s), ...); }, states);
}

}  // namespace detail

template <class... T>
task<std::tuple<value_or_monostate<T>...>> gather(task<T>... tasks) {
  // Braces: the tasks start (are scheduled) in argument order.
  std::tuple<std::shared_ptr<detail::job_state<T>>...> states{detail::start_job(std::move(tasks))...};
  detail::child_set set(/*fail_fast=*/true);
  detail::watch_all(set, states);
  co_await set.wait();
  if (!set.failures().empty()) detail::rethrow_first(set.failures());
  co_return std::apply([](auto&... s) { return std::tuple{detail::take_value(*s)...}; }, states);
}

template <class T>
auto gather(std::vector<task<T>> tasks) -> task<std::conditional_t<std::is_void_v<T>, void, std::vector<T>>> {
  detail::child_set set(/*fail_fast=*/true);
  auto states = detail::start_all(std::move(tasks), set);
  co_await set.wait();
  if (!set.failures().empty()) detail::rethrow_first(set.failures());
  if constexpr (!std::is_void_v<T>) {
    std::vector<T> values;
    values.reserve(states.size());
    for (auto& s : states) values.push_back(s->take());
    co_return values;
  }
}

template <class... T>
task<std::tuple<settled<T>...>> gather_settled(task<T>... tasks) {
  // Braces: the tasks start (are scheduled) in argument order.
  std::tuple<std::shared_ptr<detail::job_state<T>>...> states{detail::start_job(std::move(tasks))...};
  detail::child_set set(/*fail_fast=*/false);
  detail::watch_all(set, states);
  co_await set.wait();
  co_return std::apply([](auto&... s) { return std::tuple{detail::take_settled(*s)...}; }, states);
}

template <class T>
task<std::vector<settled<T>>> gather_settled(std::vector<task<T>> tasks) {
  detail::child_set set(/*fail_fast=*/false);
  auto states = detail::start_all(std::move(tasks), set);
  co_await set.wait();
  std::vector<settled<T>> outcomes;
  for (auto& s : states) outcomes.push_back(detail::take_settled(*s));
  co_return outcomes;
}

template <class T>
struct first_result {
  std::size_t index;
  value_or_monostate<T> value;
};

// The first task to finish wins: its value, or its exception rethrown.
template <class T>
task<first_result<T>> when_any(std::vector<task<T>> tasks) {
  if (tasks.empty()) throw std::invalid_argument("coroguard::when_any: no tasks");
  detail::child_set set(/*fail_fast=*/false, /*record_order=*/true);
  auto states = detail::start_all(std::move(tasks), set);
  co_await set.wait_done(1);
  std::size_t winner = set.done_order().front();
  // The others are cancelled and awaited; their failures (other than the cancellation) are
  // reported, not dropped.
  set.cancel_all();
  co_await set.wait();
  for (const auto& e : set.failures())
    if (e != states[winner]->failure()) detail::report_unretrieved_exception(e);
  co_return first_result<T>{winner, detail::take_value(*states[winner])};
}

// Destroying the generator early cancels the tasks still running; a failure nobody was shown
// is reported as never retrieved.
template <class T>
async_generator<value_or_monostate<T>> as_completed(std::vector<task<T>> tasks) {
  detail::child_set set(/*fail_fast=*/false, /*record_order=*/true);
  auto states = detail::start_all(std::move(tasks), set);
  struct unseen_failures {
    detail::child_set& set;
    std::vector<std::shared_ptr<detail::job_state<T>>>& states;
    std::size_t shown = 0;
    ~unseen_failures() {
      for (std::size_t k = shown; k < set.done_order().size(); ++k)
        if (const auto& e = states[set.done_order()[k]]->failure()) detail::report_unretrieved_exception(e);
    }
  } guard{set, states};
  for (std::size_t k = 0; k < states.size(); ++k) {
    co_await set.wait_done(k + 1);
    auto& s = *states[set.done_order()[k]];
    guard.shown = k + 1;
    co_yield detail::take_value(s);
  }
}

}  // namespace coroguard
