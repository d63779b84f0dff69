#include "coroguard/detail/loop_group.hpp"

#include <boost/asio/executor_work_guard.hpp>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

namespace coroguard::detail {

// One loop of the group on its own thread. The work guard keeps an idle loop waiting for work
// (rather than calling itself deadlocked) until stop() lets it end.
struct loop_group::shard {
  std::thread thread;
  event_loop* loop = nullptr;
  bool stop = false;  // loop thread only
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> keep_waiting;
};

loop_group::loop_group(event_loop& first, run_options options) : loops_(options.loops < 1 ? 1 : options.loops) {
  loops_[0] = &first;
  first.group_ = this;
  std::mutex m;
  std::condition_variable started;
  std::size_t running = 1;
  options.loops = 1;
  for (std::size_t i = 1; i < loops_.size(); ++i) {
    auto s = std::make_unique<shard>();
    shard* self = s.get();
    s->thread = std::thread([this, self, i, options, &m, &started, &running] {
      event_loop loop(options);
      loop.group_ = this;
      loop.index_ = i;
      self->keep_waiting.emplace(boost::asio::make_work_guard(loop.context()));
      self->loop = &loop;
      {
        // Notified under the lock: the constructor (and its condition variable) cannot be gone
        // before the notification is done.
        std::lock_guard lock(m);
        loops_[i] = &loop;
        ++running;
        started.notify_all();
      }
      loop.run_until([self] { return self->stop; });
    });
    shards_.push_back(std::move(s));
  }
  std::unique_lock lock(m);
  started.wait(lock, [&] { return running == loops_.size(); });
}

loop_group::~loop_group() {
  for (auto& s : shards_) {
    shard* self = s.get();
    self->loop->post_from_any_thread([self] {
      self->stop = true;
      self->keep_waiting.reset();
    });
  }
  for (auto& s : shards_) s->thread.join();
  loops_[0]->group_ = nullptr;
}

event_loop& loop_group::at(std::size_t i) const {
  if (i >= loops_.size())
    throw std::out_of_range("coroguard: loop " + std::to_string(i) + " of a run with " + std::to_string(loops_.size()) +
                            " loop(s)");
  return *loops_[i];
}

}  // namespace coroguard::detail
