// queue<T>: a FIFO between tasks (asyncio.Queue).
//   queue<int> q(10);              // bounded: put waits while 10 items wait (0: unbounded)
//   co_await q.put(v);  T v = co_await q.get();
//   q.task_done();  co_await q.join();   // join: until every item put has been task_done()
//   q.close();                            // asyncio's shutdown(): see below
// Items go straight to a waiting getter, and a freed slot straight to the first waiting putter,
// so waiters are served in order. After close(), put throws queue_closed, get returns the items
// still queued and then throws queue_closed; every waiter is woken. A cancelled getter either
// got its item (and returns it; the cancel hits its next suspension) or got nothing: no item is
// ever lost to a cancellation.
#pragma once

#include <coroutine>
#include <cstddef>
#include <deque>
#include <optional>
#include <stdexcept>
#include <utility>

#include "coroguard/detail/wait_list.hpp"
#include "coroguard/errors.hpp"

namespace coroguard {

template <class T>
class queue {
 public:
  explicit queue(std::size_t max_size = 0) noexcept : max_size_(max_size) {}
  queue(const queue&) = delete;
  queue& operator=(const queue&) = delete;

  std::size_t size() const noexcept { return items_.size(); }
  bool empty() const noexcept { return items_.empty(); }
  bool full() const noexcept { return max_size_ != 0 && items_.size() >= max_size_; }
  bool closed() const noexcept { return closed_; }

  // co_await: once the item is in the queue (or handed to a getter).
  class [[nodiscard("co_await the put")]] put_awaiter : detail::list_waiter {
   public:
    put_awaiter(queue& q, T v) : q_(q), item_(std::move(v)) {}
    bool await_ready() {
      if (q_.closed_) return true;
      if (q_.full() && q_.getters_.empty()) return false;
      q_.deliver(std::move(*item_));
      item_.reset();
      return true;
    }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) {
      return enqueue(q_.putters_, h);
    }
    debug::wait_info debug_wait() const noexcept { return {"queue put", &q_}; }
    void await_resume() {
      throw_if_cancelled();
      if (item_) throw queue_closed();  // still ours: the queue closed before it went in
    }

   private:
    friend class queue;
    queue& q_;
    std::optional<T> item_;
  };
  put_awaiter put(T value) { return put_awaiter(*this, std::move(value)); }

  // co_await: the next item.
  class [[nodiscard("co_await the get")]] get_awaiter : detail::list_waiter {
   public:
    explicit get_awaiter(queue& q) noexcept : q_(q) {}
    bool await_ready() {
      if (!q_.items_.empty()) {
        item_.emplace(q_.pop());
        return true;
      }
      return q_.closed_;
    }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) {
      return enqueue(q_.getters_, h);
    }
    debug::wait_info debug_wait() const noexcept { return {"queue get", &q_}; }
    T await_resume() {
      if (item_) return std::move(*item_);
      throw_if_cancelled();
      throw queue_closed();
    }

   private:
    friend class queue;
    queue& q_;
    std::optional<T> item_;
  };
  get_awaiter get() noexcept { return get_awaiter(*this); }

  // Without waiting: false (and the value dropped) when full or closed.
  bool try_put(T value) {
    if (closed_ || (full() && getters_.empty())) return false;
    deliver(std::move(value));
    return true;
  }
  std::optional<T> try_get() {
    if (items_.empty()) return std::nullopt;
    return pop();
  }

  // One item taken by get() has been processed.
  void task_done() {
    if (unfinished_ == 0) throw std::logic_error("coroguard::queue::task_done called more times than items were put");
    if (--unfinished_ == 0) joiners_.wake_all();
  }

  // co_await: until every item put so far has been task_done().
  class [[nodiscard("co_await the join")]] join_awaiter : detail::list_waiter {
   public:
    explicit join_awaiter(queue& q) noexcept : q_(q) {}
    bool await_ready() const noexcept { return q_.unfinished_ == 0; }
    template <class Promise>
    bool await_suspend(std::coroutine_handle<Promise> h) {
      return enqueue(q_.joiners_, h);
    }
    debug::wait_info debug_wait() const noexcept { return {"queue join", &q_}; }
    void await_resume() const { throw_if_cancelled(); }

   private:
    queue& q_;
  };
  join_awaiter join() noexcept { return join_awaiter(*this); }

  // No more puts; every waiting getter and putter is woken (see above).
  void close() noexcept {
    closed_ = true;
    getters_.wake_all();
    putters_.wake_all();
  }

 private:
  // A getter waits only while the queue is empty: hand it the item directly.
  void deliver(T value) {
    ++unfinished_;
    if (detail::list_waiter* w = getters_.front()) {
      static_cast<get_awaiter*>(w)->item_.emplace(std::move(value));
      getters_.wake_one();
      return;
    }
    items_.push_back(std::move(value));
  }

  T pop() {
    T value = std::move(items_.front());
    items_.pop_front();
    // A slot is free: the first waiting putter's item goes in, in order.
    if (detail::list_waiter* w = putters_.front()) {
      auto* putter = static_cast<put_awaiter*>(w);
      ++unfinished_;
      items_.push_back(std::move(*putter->item_));
      putter->item_.reset();
      putters_.wake_one();
    }
    return value;
  }

  std::deque<T> items_;
  std::size_t max_size_;
  std::size_t unfinished_ = 0;
  bool closed_ = false;
  detail::wait_list getters_;
  detail::wait_list putters_;
  detail::wait_list joiners_;
};

}  // namespace coroguard
