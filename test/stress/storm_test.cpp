// Cancellation storms and faults everywhere: one workload that uses most of the runtime (task
// group, bounded queue, semaphore, timeout, gather, sleeps) is run once to count its steps, then
// once per step with a cancellation landing there, then once per step with an exception thrown
// there. Each run is checked against the run without either: what was done before is the same,
// every resource is released, the cancellation or the exception reaches the caller, and nothing
// is reported lost (the debug runtime's reports fail the test binary).
#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "stress_support.hpp"

namespace {

using coroguard::task;
using namespace coroguard_test;
using namespace std::chrono_literals;

struct injected_fault : std::runtime_error {
  explicit injected_fault(int step) : std::runtime_error("fault at step " + std::to_string(step)), step(step) {}
  int step;
};

// What one run did, and the step at which it is to be disturbed.
struct run_log {
  enum class disturbance { none, cancel, fault };
  disturbance what = disturbance::none;
  int at_step = 0;
  int steps = 0;
  coroguard::event reached;    // the cancel step was reached: the canceller may go
  std::vector<int> consumed;   // items in the order the consumers took them
  int opened = 0, closed = 0;  // a resource per consumed item, RAII-closed
};

// A suspension point of the workload, counted; the disturbance happens at its step.
task<> step(run_log& log) {
  int n = ++log.steps;
  if (n == log.at_step && log.what == run_log::disturbance::fault) throw injected_fault(n);
  if (n == log.at_step && log.what == run_log::disturbance::cancel) log.reached.set();
  co_await coroguard::sleep(0ms);
}

struct resource {
  explicit resource(run_log& log) : log(log) { ++log.opened; }
  ~resource() { ++log.closed; }
  run_log& log;
};

task<int> square(run_log& log, int item) {
  co_await step(log);
  co_await coroguard::sleep(1ms);
  co_return item* item;
}

task<> producer(run_log& log, coroguard::queue<int>& q, int items) {
  for (int i = 1; i <= items; ++i) {
    co_await step(log);
    co_await q.put(i);
  }
  q.close();
}

task<> consumer(run_log& log, coroguard::queue<int>& q, coroguard::semaphore& limit, int& total) {
  for (;;) {
    int item;
    try {
      item = co_await q.get();
    } catch (const coroguard::queue_closed&) {
      co_return;
    }
    auto permit = co_await limit.acquire();
    resource r(log);
    co_await step(log);
    auto [a, b] = co_await coroguard::gather(square(log, item), square(log, item + 1));
    total += co_await coroguard::with_timeout(1s, square(log, a + b));
    log.consumed.push_back(item);
    q.task_done();
  }
}

task<int> workload(run_log& log, coroguard::semaphore& limit) {
  coroguard::queue<int> q(2);
  int total = 0;
  co_await coroguard::with_task_group([&](coroguard::task_group& g) -> task<> {
    g.spawn(producer(log, q, 8));
    g.spawn(consumer(log, q, limit, total));
    g.spawn(consumer(log, q, limit, total));
    co_return;
  });
  co_await step(log);
  co_return total;
}

struct outcome {
  std::optional<int> result;
  bool cancelled = false;
  std::exception_ptr error;
};

outcome run_disturbed(run_log& log, coroguard::semaphore& limit) {
  outcome out;
  coroguard::run(
      [&]() -> task<> {
        auto work = coroguard::spawn(workload(log, limit));
        auto cancel_when_reached = [&]() -> task<> {
          co_await log.reached.wait();
          work.cancel();
        };
        auto canceller = coroguard::spawn(cancel_when_reached());
        try {
          out.result = co_await work;
        } catch (const coroguard::cancelled_error&) {
          out.cancelled = true;
        } catch (...) {
          out.error = std::current_exception();
        }
        canceller.cancel();
        try {
          co_await canceller;
        } catch (const coroguard::cancelled_error&) {}
      }(),
      {.virtual_clock = true});
  return out;
}

// The injected faults in `e`, through task groups' error lists.
void collect_faults(const std::exception_ptr& e, std::vector<int>& steps, int& others) {
  try {
    std::rethrow_exception(e);
  } catch (const coroguard::task_group_error& g) {
    for (const auto& inner : g.errors()) collect_faults(inner, steps, others);
  } catch (const injected_fault& f) {
    steps.push_back(f.step);
  } catch (...) {
    ++others;
  }
}

struct reference_run {
  int result = 0;
  int steps = 0;
  std::vector<int> consumed;
};

reference_run undisturbed() {
  run_log log;
  coroguard::semaphore limit(1);
  outcome out = run_disturbed(log, limit);
  EXPECT_TRUE(out.result.has_value());
  EXPECT_EQ(log.opened, log.closed);
  return {out.result.value_or(-1), log.steps, log.consumed};
}

// What every disturbed run must keep: resources closed, the permit back, and the items
// consumed before the disturbance are the undisturbed run's first ones (none twice).
void expect_consistent(const run_log& log, const coroguard::semaphore& limit, const reference_run& ref) {
  EXPECT_EQ(log.opened, log.closed) << "a resource was not closed";
  EXPECT_EQ(limit.available(), 1u) << "the permit was not released";
  ASSERT_LE(log.consumed.size(), ref.consumed.size());
  EXPECT_TRUE(std::equal(log.consumed.begin(), log.consumed.end(), ref.consumed.begin()));
}

TEST(Storm, TheWorkloadIsDeterministicAndHasManySteps) {
  reference_run a = undisturbed(), b = undisturbed();
  EXPECT_GT(a.steps, 30);
  EXPECT_EQ(a.steps, b.steps);
  EXPECT_EQ(a.result, b.result);
  EXPECT_EQ(a.consumed, b.consumed);
  EXPECT_EQ(a.consumed.size(), 8u);
}

// Runs the workload once per step of `ref`, disturbed there, and hands each outcome to `check`
// after the checks every disturbed run must pass.
template <class Check>
void disturb_every_step(const reference_run& ref, run_log::disturbance what, const char* figure, Check check) {
  figure_timer timer;
  for (int at = 1; at <= ref.steps; ++at) {
    SCOPED_TRACE(std::string(figure) + " at step " + std::to_string(at));
    run_log log;
    log.what = what;
    log.at_step = at;
    coroguard::semaphore limit(1);
    outcome out = run_disturbed(log, limit);
    check(at, log, out);
    expect_consistent(log, limit, ref);
  }
  timer.report(figure, ref.steps);
}

TEST(Storm, ACancellationAtEveryStepReachesTheCallerAndReleasesEverything) {
  reference_run ref = undisturbed();
  int cancelled = 0;
  disturb_every_step(ref, run_log::disturbance::cancel, "cancelled runs",
                     [&](int, const run_log& log, const outcome& out) {
                       EXPECT_FALSE(out.error) << "a cancellation turned into an error";
                       if (out.cancelled) {
                         ++cancelled;
                         EXPECT_LE(log.steps, ref.steps);
                       } else {
                         // Only when the workload had already finished when the canceller ran.
                         EXPECT_EQ(out.result, ref.result);
                         EXPECT_EQ(log.consumed, ref.consumed);
                       }
                     });
  EXPECT_GE(cancelled, ref.steps - 1) << "the cancellation did not land";
}

TEST(Storm, AnExceptionAtEveryStepReachesTheCallerOnceAndReleasesEverything) {
  reference_run ref = undisturbed();
  disturb_every_step(ref, run_log::disturbance::fault, "faulted runs", [&](int at, const run_log&, const outcome& out) {
    EXPECT_FALSE(out.cancelled);
    EXPECT_FALSE(out.result.has_value());
    ASSERT_TRUE(out.error) << "the fault was lost";
    std::vector<int> faults;
    int others = 0;
    collect_faults(out.error, faults, others);
    EXPECT_EQ(faults, std::vector<int>{at});
    EXPECT_EQ(others, 0);
  });
}

}  // namespace
