// Libraries nobody configured: run and spawn functions, fire-and-forget APIs and cancellation
// types recognised by their shape (Inputs/inhouse_task.h, named by no option). InferShapes=false
// turns the run/spawn inference off (the fire-and-forget API and ignored outcomes are listed
// rules and stay); CancellationNames='' the cancellation one.
// RUN: %check_tidy --suffix=LOOP %s coroguard-nested-event-loop %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=DETACH %s coroguard-detached-task %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=CANCEL %s coroguard-swallowed-cancellation %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=BLOCK %s coroguard-blocking-call %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=DANGLE %s coroguard-dangling-argument %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OFF %s coroguard-nested-event-loop,coroguard-detached-task,coroguard-swallowed-cancellation,coroguard-dangling-argument %t --config="{CheckOptions: {InferShapes: false, coroguard-swallowed-cancellation.CancellationNames: ''}}" -- -std=c++20 -I %S/Inputs
// An InferShapes that is not a boolean is a configuration error, and inference stays on.
// RUN: %check_tidy --suffix=BADOPT,LOOP %s coroguard-nested-event-loop %t --config="{CheckOptions: {InferShapes: maybe}}" -- -std=c++20 -I %S/Inputs
// CHECK-MESSAGES-BADOPT: warning: invalid value 'maybe' for option 'InferShapes': true or false [clang-tidy-config]
#include "inhouse_task.h"
#include <string>
#include <unistd.h>

// A run function by shape: it returns what the task produces, so it ran it to completion.
acme::task<int> total() {
  int n = acme::sync_wait(acme::fetch(1));
  // CHECK-MESSAGES-LOOP: :[[@LINE-1]]:11: warning: 'sync_wait' runs an event loop inside coroutine 'total': the loop running 'total' stalls until it returns, or deadlocks [coroguard-nested-event-loop]
  acme::block_on(acme::sleep_ms(10));
  // CHECK-MESSAGES-LOOP: :[[@LINE-1]]:3: warning: 'block_on' runs an event loop inside coroutine 'total'
  // Lazy combinators and spawns return something else: not run functions.
  co_await acme::when_all(acme::fetch(2), acme::fetch(3));
  auto h = acme::spawn(acme::fetch(4));
  co_return n + co_await std::move(h);
}

// A spawn function by shape: it takes a task and returns a handle to it.
acme::task<> fire_and_forget() {
  acme::spawn(acme::fetch(5));
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:3: warning: handle returned by 'spawn' is discarded: the task runs detached and its exception can never be seen [coroguard-detached-task]
  acme::spawn_detached(acme::sleep_ms(1));
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:3: warning: 'spawn_detached' detaches the task: nobody can await its outcome, and its exception is dropped or ends the program [coroguard-detached-task]
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:3: warning: 'spawn_detached' detaches the task: nobody can await its outcome, and its exception is dropped or ends the program [coroguard-detached-task]
  acme::fetch(6).detach();
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:3: warning: 'task::detach' detaches the task
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:3: warning: 'task::detach' detaches the task
  acme::fetch(7).start([](acme::Try<int> outcome) {});
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:27: warning: the callback of 'task::start' ignores the task's outcome it is given: a failure of the task is never seen [coroguard-detached-task]
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:27: warning: the callback of 'task::start' ignores the task's outcome
  acme::fetch(8).start([](auto &&) {});
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:27: warning: the callback of 'task::start' ignores the task's outcome
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:27: warning: the callback of 'task::start' ignores the task's outcome
  // Looking at the outcome, keeping the handle, awaiting: nothing is lost.
  acme::fetch(9).start([](acme::Try<int> outcome) {
    if (outcome.has_error())
      std::rethrow_exception(outcome.error);
  });
  auto kept = acme::spawn(acme::fetch(10));
  (void)acme::when_all(acme::fetch(11), acme::fetch(12)); // lazy: unawaited-task's business
  co_await std::move(kept);
  co_await acme::spawn(acme::fetch(13));
  kept.join();
}

// The coroutine of a library that throws its own cancellation type.
acme::task<> poll_forever(bool &stop) {
  for (;;) {
    try {
      co_await acme::sleep_ms(100);
      acme::throw_if_cancelled(stop);
    } catch (const std::exception &e) {
      // CHECK-MESSAGES-CANCEL: :[[@LINE-1]]:7: warning: 'catch (const std::exception &)' in coroutine 'poll_forever' swallows the cancellation thrown at the suspension point in its try block and carries on: the task can no longer be cancelled [coroguard-swallowed-cancellation]
      // CHECK-MESSAGES-CANCEL: :[[@LINE-4]]:7: note: cancellation is thrown here
    }
  }
}

acme::task<> poll_until_cancelled(bool &stop) {
  for (;;) {
    try {
      co_await acme::sleep_ms(100);
    } catch (const acme::cancelled &) {
      co_return; // the cancellation itself, handled deliberately
    } catch (const std::exception &e) {
    }
  }
}

// A driver: run to completion by a run function (by shape) from main, it has the thread to
// itself until it first suspends. A coroutine awaited by another task does not.
acme::task<int> driver() {
  ::sleep(1);
  co_return co_await acme::fetch(1);
}

acme::task<> worker() {
  ::sleep(1);
  // CHECK-MESSAGES-BLOCK: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread running coroutine 'worker'
  co_await acme::sleep_ms(1);
}

acme::task<> run_worker() { co_await worker(); }

// A task spawned by shape outlives the temporary its reference parameter is bound to.
acme::task<> greet(const std::string &name);
acme::task<> greet_later() {
  auto h = acme::spawn(greet(std::string("ann")));
  // CHECK-MESSAGES-DANGLE: :[[@LINE-1]]:30: warning: temporary bound to parameter 'name' of coroutine 'greet' dies at the end of the statement, but the task is spawned by 'spawn'
  co_await std::move(h);
  co_await greet(std::string("bob")); // awaited on the spot: the temporary lives long enough
}
void greet_now() { acme::sync_wait(greet(std::string("cy"))); } // run to completion on the spot

int main() {
  bool stop = false;
  acme::sync_wait(driver());
  acme::block_on(poll_forever(stop));
}
