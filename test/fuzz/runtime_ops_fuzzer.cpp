// libFuzzer harness: bytes become a small concurrent program on the runtime (tasks that sleep and
// return or throw, put to and get from a bounded queue, under timeouts, cancelled at given times)
// run with the virtual clock; every task's outcome and the queue's final contents must be what a
// reference model of the same program says.
//
// The program is built so that its outcome does not depend on how ties are broken beyond what the
// runtime documents: task operations happen at multiples of 10 ms (same-instant operations in
// the order their timers were set: timers due together fire in that order), cancellations at
// 10k+3 ms, timeouts at 10k+7 ms, and the queue is closed at the end.
#include <coroguard/coroguard.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "runtime_program.hpp"

namespace {

using namespace coroguard_fuzz;
using coroguard::task;
using std::chrono::milliseconds;

task<int> after(int depth, int value, bool fail) {
  if (depth > 0) co_return co_await after(depth - 1, value, fail);
  if (fail) throw op_failed(value);
  co_return value;
}

task<int> perform(const op& o, coroguard::queue<int>& q) {
  co_await coroguard::sleep(milliseconds(o.at));
  switch (o.kind) {
    case op_kind::value: co_return co_await after(o.depth, o.value, false);
    case op_kind::fail: co_return co_await after(o.depth, o.value, true);
    case op_kind::put: co_await q.put(o.value); co_return put_done;
    case op_kind::get: co_return co_await q.get();
  }
  std::abort();
}

task<int> with_optional_timeout(const op& o, coroguard::queue<int>& q) {
  if (o.timeout_at < 0) co_return co_await perform(o, q);
  co_return co_await coroguard::with_timeout(milliseconds(o.timeout_at), perform(o, q));
}

task<outcome> settle_handle(coroguard::join_handle<int>& h) {
  try {
    co_return outcome{outcome_kind::value, co_await h};
  } catch (const op_failed& e) {
    co_return outcome{outcome_kind::failed, e.value};
  } catch (const coroguard::timeout_error&) {
    co_return outcome{outcome_kind::timed_out, 0};
  } catch (const coroguard::queue_closed&) {
    co_return outcome{outcome_kind::closed, 0};
  } catch (const coroguard::cancelled_error&) {
    co_return outcome{outcome_kind::cancelled, 0};
  }
}

struct run_result {
  std::vector<outcome> outcomes;
  std::vector<int> left_in_queue;
};

run_result run_on_runtime(const program& p) {
  run_result r;
  coroguard::run(
      [&]() -> task<> {
        coroguard::queue<int> q(p.capacity);
        std::vector<coroguard::join_handle<int>> handles;
        for (const op& o : p.ops) handles.push_back(coroguard::spawn(with_optional_timeout(o, q)));
        std::vector<coroguard::join_handle<void>> cancellers;
        for (const cancel& c : p.cancels)
          cancellers.push_back(coroguard::spawn([](coroguard::join_handle<int>& target, int at) -> task<> {
            co_await coroguard::sleep(milliseconds(at));
            target.cancel();
          }(handles[c.target], c.at)));
        co_await coroguard::sleep(milliseconds(p.close_at));
        q.close();
        for (auto& c : cancellers) co_await c;
        for (auto& h : handles) r.outcomes.push_back(co_await settle_handle(h));
        while (auto item = q.try_get()) r.left_in_queue.push_back(*item);
      }(),
      {.virtual_clock = true});
  return r;
}

std::string describe(const program& p) {
  std::string s = "capacity " + std::to_string(p.capacity) + "\n";
  for (std::size_t i = 0; i < p.ops.size(); ++i) s += "  task " + std::to_string(i) + ": " + p.ops[i].describe() + "\n";
  for (const cancel& c : p.cancels)
    s += "  cancel task " + std::to_string(c.target) + " at " + std::to_string(c.at) + "\n";
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  program p = decode(data, size);
  run_result actual = run_on_runtime(p);
  model_result expected = simulate(p);
  bool same = actual.left_in_queue == expected.left_in_queue && actual.outcomes.size() == expected.outcomes.size();
  for (std::size_t i = 0; same && i < actual.outcomes.size(); ++i) same = actual.outcomes[i] == expected.outcomes[i];
  if (!same) {
    std::fprintf(stderr, "runtime and model disagree on this program:\n%s", describe(p).c_str());
    for (std::size_t i = 0; i < actual.outcomes.size(); ++i)
      std::fprintf(stderr, "  task %zu: runtime %s, model %s\n", i, actual.outcomes[i].describe().c_str(),
                   i < expected.outcomes.size() ? expected.outcomes[i].describe().c_str() : "-");
    std::abort();
  }
  return 0;
}
