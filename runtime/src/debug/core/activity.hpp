// What the current thread is doing, as the detectors need to know it: which task it is running
// (blocking-call, slow-step, trace), and whether a report or an allow-list scope is active.
#pragma once

#include <csignal>
#include <mutex>

#include "coroguard/debug/frame_record.hpp"

namespace coroguard::debug {

struct loop_watch;  // core/loop_lifecycle.hpp: one loop thread

struct thread_activity {
  frame_record* running = nullptr;     // the task whose step runs now, or null
  frame_record* suspending = nullptr;  // the frame that suspended last (its await_suspend runs)
  loop_watch* watch = nullptr;         // set while this thread runs a loop
  int allow_blocking = 0;              // allow_blocking scopes (and reports) open on this thread
  int reporting = 0;                   // report scopes open on this thread
  // Set by slow-step's signal handler: a sleep it cut short is resumed, not ended early.
  volatile int interrupted = 0;
};

extern thread_local thread_activity this_thread;

// Holds one of the debug mode's own mutexes. Waiting for it is the runtime's wait, never the
// user's blocking call (blocking-call's lock interposer is told so).
class own_lock {
 public:
  explicit own_lock(std::mutex& m) : m_(m) {
    ++this_thread.allow_blocking;
    m_.lock();
    --this_thread.allow_blocking;
  }
  ~own_lock() { m_.unlock(); }
  own_lock(const own_lock&) = delete;
  own_lock& operator=(const own_lock&) = delete;

 private:
  std::mutex& m_;
};

}  // namespace coroguard::debug
