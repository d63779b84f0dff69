// The runtime's one linked list: the elements carry their own links (list_node), so linking
// allocates nothing and unlinking an element from anywhere in the list is O(1). A task's
// waiters, a wait_list's parked tasks, a loop's root tasks and the debug registry's frames use it.
#pragma once

#include <type_traits>

namespace coroguard::detail {

template <class T, bool Tail>
class intrusive_list;

// The links of an element of one intrusive_list. The debugger scripts read prev_/next_.
template <class T>
class list_node {
 public:
  const T* next_in_list() const noexcept { return next_; }

 private:
  list_node() = default;  // only T is one
  friend T;
  template <class, bool>
  friend class intrusive_list;
  T* prev_ = nullptr;
  T* next_ = nullptr;
};

// A doubly linked list of T (derived from list_node<T>). With Tail it keeps its last element
// too, for push_back (FIFO order); without, it is one pointer.
template <class T, bool Tail = false>
class intrusive_list {
 public:
  bool empty() const noexcept { return head_ == nullptr; }
  T* front() const noexcept { return head_; }
  // Whether `n` is in this list (an element is in at most one list of its kind).
  bool contains(const T* n) const noexcept { return node(n).prev_ != nullptr || head_ == n; }

  void push_front(T* n) noexcept {
    node(n).prev_ = nullptr;
    node(n).next_ = head_;
    if (head_) node(head_).prev_ = n;
    else if constexpr (Tail) tail_ = n;
    head_ = n;
  }

  void push_back(T* n) noexcept
    requires Tail
  {
    node(n).prev_ = tail_;
    node(n).next_ = nullptr;
    if (tail_) node(tail_).next_ = n;
    else head_ = n;
    tail_ = n;
  }

  void remove(T* n) noexcept {
    list_node<T>& links = node(n);
    if (links.prev_) node(links.prev_).next_ = links.next_;
    else head_ = links.next_;
    if (links.next_) node(links.next_).prev_ = links.prev_;
    else if constexpr (Tail) tail_ = links.prev_;
    links.prev_ = links.next_ = nullptr;
  }

  T* pop_front() noexcept {
    T* n = head_;
    if (n) remove(n);
    return n;
  }

 private:
  static list_node<T>& node(T* n) noexcept { return *n; }
  static const list_node<T>& node(const T* n) noexcept { return *n; }

  struct no_tail {};
  T* head_ = nullptr;
  [[no_unique_address]] std::conditional_t<Tail, T*, no_tail> tail_{};
};

}  // namespace coroguard::detail
