// The runtime fuzzer's programs: how bytes decode into one, and the reference model of what it
// must do (a plain event simulation, no coroutines).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace coroguard_fuzz {

enum class op_kind { value, fail, put, get };

// One task: at `at` ms it returns `value` (through `depth` nested awaits), throws op_failed(value),
// puts `value` into the queue, or gets from it; optionally under a timeout ending at `timeout_at`.
struct op {
  op_kind kind = op_kind::value;
  int at = 0;
  int value = 0;
  int depth = 0;
  int timeout_at = -1;

  std::string describe() const {
    static const char* names[] = {"return", "throw", "put", "get"};
    std::string s = std::string(names[static_cast<int>(kind)]) + " " + std::to_string(value) + " at " +
                    std::to_string(at) + " depth " + std::to_string(depth);
    if (timeout_at >= 0) s += " timeout at " + std::to_string(timeout_at);
    return s;
  }
};

struct cancel {
  std::size_t target = 0;
  int at = 0;
};

struct program {
  std::size_t capacity = 0;  // 0: unbounded
  std::vector<op> ops;
  std::vector<cancel> cancels;
  int close_at = 0;
};

struct op_failed : std::runtime_error {
  explicit op_failed(int v) : std::runtime_error("op failed"), value(v) {}
  int value;
};

constexpr int put_done = -1;  // what a completed put returns

enum class outcome_kind { value, failed, timed_out, closed, cancelled };

struct outcome {
  outcome_kind kind = outcome_kind::value;
  int value = 0;

  bool operator==(const outcome&) const = default;
  std::string describe() const {
    static const char* names[] = {"value", "failed", "timed out", "queue closed", "cancelled"};
    std::string s = names[static_cast<int>(kind)];
    if (kind == outcome_kind::value || kind == outcome_kind::failed) s += " " + std::to_string(value);
    return s;
  }
};

// Four bytes per operation after a capacity byte. Times keep their classes apart: operations at
// 10k ms, cancellations at 10k+3, timeouts at 10k+7, the close after everything.
inline program decode(const std::uint8_t* data, std::size_t size) {
  program p;
  constexpr std::size_t max_ops = 24, max_cancels = 16;
  if (size > 0) p.capacity = data[0] % 5;
  for (std::size_t i = 1; i + 4 <= size; i += 4) {
    std::uint8_t b0 = data[i], b1 = data[i + 1], b2 = data[i + 2], b3 = data[i + 3];
    if ((b0 & 7) == 7) {
      if (!p.ops.empty() && p.cancels.size() < max_cancels)
        p.cancels.push_back({b1 % p.ops.size(), 10 * (b2 % 16) + 3});
      continue;
    }
    if (p.ops.size() == max_ops) continue;
    static const op_kind kinds[] = {op_kind::value, op_kind::value, op_kind::fail, op_kind::put,
                                    op_kind::put,   op_kind::get,   op_kind::get};
    op o;
    o.kind = kinds[b0 & 7];
    o.depth = (b0 >> 3) % 3;
    o.at = 10 * (b1 % 16);
    o.value = b2;
    if (b0 & 0x80) o.timeout_at = 10 * (b3 % 16) + 7;
    p.ops.push_back(o);
  }
  p.close_at = 10 * 16 + 9;
  return p;
}

struct model_result {
  std::vector<outcome> outcomes;
  std::vector<int> left_in_queue;
};

// Replays the program as events in time order; ties in the order the runtime set the timers.
inline model_result simulate(const program& p) {
  enum class state { not_started, waiting_put, waiting_get, done };
  const std::size_t n = p.ops.size();
  std::vector<state> st(n, state::not_started);
  std::vector<outcome> out(n);
  std::deque<int> items;
  std::deque<std::size_t> putters, getters;

  auto finish = [&](std::size_t i, outcome o) {
    st[i] = state::done;
    out[i] = o;
  };
  auto stop_waiting = [&](std::size_t i) {
    putters.erase(std::remove(putters.begin(), putters.end(), i), putters.end());
    getters.erase(std::remove(getters.begin(), getters.end(), i), getters.end());
  };
  auto full = [&] { return p.capacity != 0 && items.size() >= p.capacity; };

  // (time, order, kind, index): kind 0 operation, 1 cancellation, 2 timeout.
  std::vector<std::tuple<int, std::size_t, int, std::size_t>> events;
  for (std::size_t i = 0; i < n; ++i) {
    // A task under a timeout starts its operation one loop round later (with_timeout starts
    // it as a job of its own), so its timer is set after those of the tasks without one.
    events.emplace_back(p.ops[i].at, (p.ops[i].timeout_at >= 0 ? n : 0) + i, 0, i);
    if (p.ops[i].timeout_at >= 0) events.emplace_back(p.ops[i].timeout_at, i, 2, i);
  }
  for (std::size_t c = 0; c < p.cancels.size(); ++c) events.emplace_back(p.cancels[c].at, c, 1, p.cancels[c].target);
  std::sort(events.begin(), events.end());

  for (const auto& [time, order, kind, i] : events) {
    if (st[i] == state::done) continue;
    if (kind == 1 || kind == 2) {
      stop_waiting(i);
      finish(i, {kind == 1 ? outcome_kind::cancelled : outcome_kind::timed_out, 0});
      continue;
    }
    const op& o = p.ops[i];
    switch (o.kind) {
      case op_kind::value: finish(i, {outcome_kind::value, o.value}); break;
      case op_kind::fail: finish(i, {outcome_kind::failed, o.value}); break;
      case op_kind::put:
        if (!getters.empty()) {
          finish(getters.front(), {outcome_kind::value, o.value});
          getters.pop_front();
          finish(i, {outcome_kind::value, put_done});
        } else if (!full()) {
          items.push_back(o.value);
          finish(i, {outcome_kind::value, put_done});
        } else {
          st[i] = state::waiting_put;
          putters.push_back(i);
        }
        break;
      case op_kind::get:
        if (!items.empty()) {
          finish(i, {outcome_kind::value, items.front()});
          items.pop_front();
          if (!putters.empty()) {
            std::size_t putter = putters.front();
            putters.pop_front();
            items.push_back(p.ops[putter].value);
            finish(putter, {outcome_kind::value, put_done});
          }
        } else {
          st[i] = state::waiting_get;
          getters.push_back(i);
        }
        break;
    }
  }
  // The close wakes every waiter with queue_closed.
  for (std::size_t i = 0; i < n; ++i)
    if (st[i] != state::done) finish(i, {outcome_kind::closed, 0});
  return {out, {items.begin(), items.end()}};
}

}  // namespace coroguard_fuzz
