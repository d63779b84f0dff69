// timer_queue: the loop's timers, a binary heap of intrusive nodes (no allocation per timer,
// O(log n) insert and cancel). Timers due at the same instant fire in the order they were set.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace coroguard::detail {

using clock = std::chrono::steady_clock;

class timer_node {
 public:
  // Called by the loop when the deadline has passed; the node is already out of the queue.
  virtual void fire() noexcept = 0;
  bool armed() const noexcept { return index_ != npos; }

 protected:
  ~timer_node() = default;

 private:
  friend class timer_queue;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  clock::time_point deadline_{};
  std::uint64_t seq_ = 0;
  std::size_t index_ = npos;
};

class timer_queue {
 public:
  void add(timer_node* n, clock::time_point deadline) {
    n->deadline_ = deadline;
    n->seq_ = next_seq_++;
    n->index_ = heap_.size();
    heap_.push_back(n);
    up(n->index_);
  }

  void remove(timer_node* n) noexcept {
    if (!n->armed()) return;
    std::size_t i = n->index_;
    std::size_t last = heap_.size() - 1;
    if (i != last) {
      place(i, heap_[last]);
      heap_.pop_back();
      down(i);
      up(i);
    } else {
      heap_.pop_back();
    }
    n->index_ = timer_node::npos;
  }

  std::optional<clock::time_point> next_deadline() const noexcept {
    if (heap_.empty()) return std::nullopt;
    return heap_.front()->deadline_;
  }

  // The earliest timer due at `now`, out of the queue; nullptr when none is due.
  timer_node* pop_due(clock::time_point now) noexcept {
    if (heap_.empty() || heap_.front()->deadline_ > now) return nullptr;
    timer_node* n = heap_.front();
    remove(n);
    return n;
  }

  std::size_t size() const noexcept { return heap_.size(); }
  // The armed timers, in no order (the debug mode: a frame holding one is woken by it).
  template <class F>
  void for_each(F&& f) const {
    for (const timer_node* n : heap_) f(n);
  }

 private:
  static bool before(const timer_node* a, const timer_node* b) noexcept {
    return a->deadline_ != b->deadline_ ? a->deadline_ < b->deadline_ : a->seq_ < b->seq_;
  }
  void place(std::size_t i, timer_node* n) noexcept {
    heap_[i] = n;
    n->index_ = i;
  }
  void up(std::size_t i) noexcept {
    timer_node* n = heap_[i];
    while (i > 0) {
      std::size_t parent = (i - 1) / 2;
      if (!before(n, heap_[parent])) break;
      place(i, heap_[parent]);
      i = parent;
    }
    place(i, n);
  }
  void down(std::size_t i) noexcept {
    timer_node* n = heap_[i];
    for (;;) {
      std::size_t child = 2 * i + 1;
      if (child >= heap_.size()) break;
      if (child + 1 < heap_.size() && before(heap_[child + 1], heap_[child])) ++child;
      if (!before(heap_[child], n)) break;
      place(i, heap_[child]);
      i = child;
    }
    place(i, n);
  }

  std::vector<timer_node*> heap_;
  std::uint64_t next_seq_ = 0;
};

}  // namespace coroguard::detail
