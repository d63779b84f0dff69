// RUN: %check_tidy %s coroguard-detached-task %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-detached-task %t --config="{CheckOptions: {coroguard-detached-task.SpawnFunctions: '::fire', coroguard-detached-task.InferShapes: false, coroguard-detached-task.DetachedTokens: '::ignore_result'}}" -- -std=c++20 -I %S/Inputs
#include "loop_shapes.h"

cppcoro::task<int> fetch(int id);
boost::asio::awaitable<void> session();
struct token_t {};
token_t ignore_result;
void fire(cppcoro::task<int>);

cppcoro::task<> handler(boost::asio::io_context &io) {
  coroguard::spawn(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: handle returned by 'spawn' is discarded: the task runs detached and its exception can never be seen [coroguard-detached-task]
  (void)coroguard::spawn(fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: handle returned by 'spawn' is discarded
  boost::asio::co_spawn(io.get_executor(), session(), boost::asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: 'co_spawn' with 'detached' drops the task's exception: a failure is never seen [coroguard-detached-task]
  boost::asio::co_spawn(io.get_executor(), session(), [](std::exception_ptr) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: completion handler of 'co_spawn' ignores the exception_ptr: a failure of the task is never seen
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:58: warning: completion handler of 'co_spawn' ignores the exception_ptr
  boost::asio::co_spawn(io.get_executor(), session(), [](std::exception_ptr unused) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: completion handler of 'co_spawn' ignores the exception_ptr
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:58: warning: completion handler of 'co_spawn' ignores the exception_ptr
  fire(fetch(3));
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:3: warning: handle returned by 'fire' is discarded
  boost::asio::co_spawn(io.get_executor(), session(), ignore_result);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:55: warning: 'co_spawn' with 'ignore_result' drops the task's exception
  co_return;
}

// Not flagged: the handle is kept and awaited, detach() is explicit, the handler looks.
cppcoro::task<int> correct(boost::asio::io_context &io) {
  auto h = coroguard::spawn(fetch(1));
  coroguard::spawn(fetch(2)).detach();
  boost::asio::co_spawn(io.get_executor(), session(), [](std::exception_ptr e) {
    if (e)
      std::rethrow_exception(e);
  });
  co_return co_await h;
}
