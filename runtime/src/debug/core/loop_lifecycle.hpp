// The loops running now, one loop_watch per loop thread (loop_lifecycle.cpp): the lifecycle
// hooks (loop_started/idle/step/stopped in coroguard/debug/hooks.hpp) keep it, slow-step's
// watchdog reads it, leaked-frame runs when a loop stops, dump_signal runs on every loop.
#pragma once

#include <pthread.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <source_location>
#include <vector>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

// One frame of the running task's async backtrace, copied by slow-step's signal handler.
struct captured_frame {
  std::uint64_t id;
  const char* function;
  std::source_location at;
  bool suspended;
};

struct loop_watch {
  const void* loop = nullptr;  // null: a thread running steps outside any loop of ours

  loop_watch* previous = nullptr;  // a loop nested on the same thread
  pthread_t thread{};
  long tid = 0;
  clockid_t cpu_clock{};
  std::atomic<std::uint64_t> step{0};  // bumped by every step, so a stall is a step count that stays
  std::atomic<bool> idle{false};
  // A task parked on a queue, event, lock or join since deadlock's last check (loop thread only).
  bool parked = false;

  // slow-step: filled by its signal handler on the loop thread, read by the watchdog after
  // `capture` reaches 2 (0 nothing asked, 1 asked, 2 done).
  std::atomic<int> capture{0};
  void* pcs[64] = {};
  int pc_count = 0;
  captured_frame chain[16] = {};
  int chain_length = 0;
  std::source_location defined_at{};
  void* created_by[frame_record::creation_depth] = {};

  // slow-step's watchdog's own bookkeeping.
  std::uint64_t seen_step = 0;
  std::chrono::steady_clock::time_point seen_since{};
  timespec cpu_since{};
  long next_report_ms = 0;
};

// The loops' lock and list: a loop unregisters (in its destructor) under the lock, so a
// loop_watch read under it stays alive.
std::mutex& loops_mutex() noexcept;
const std::vector<loop_watch*>& running_loops() noexcept;  // under loops_mutex()

// The loop thread starts running `running` (or stops running a task, when null).
void watch_running(loop_watch& watch, frame_record* running) noexcept;
// Runs `f` on the thread of every running loop (or here and now when no loop runs).
void run_on_loops(const std::function<void()>& f);
// Whether some thread is running an event loop now.
bool loop_running() noexcept;
bool loop_running_locked() noexcept;  // the same, under loops_mutex()

// The steps of frames the sanitizer sees, on a thread that runs no loop of ours (an Asio or a
// Qt thread): the thread is watched like a loop from its first step until it exits, idle
// between steps, so slow-step serves any library. Nested steps (a resume inside a step) count
// once.
void foreign_step_started() noexcept;
void foreign_step_ended() noexcept;

}  // namespace coroguard::debug
