// unbounded-spawn over template code whose expressions have no type yet (a dependent
// ParenListExpr in a range-for: the shape that once crashed clang-tidy), with real Asio around.
// RUN: %check_tidy %s coroguard-unbounded-spawn %t -- -std=c++20
#include <boost/asio.hpp>
#include <new>
#include <vector>

namespace net = boost::asio;

template <class Range, class T> void construct_all(const Range &r, T *p) {
  for (auto &&v : r)
    new (p++) T(v);
}
template <class Range, class T> net::awaitable<void> construct_all_async(const Range &r, T *p) {
  for (auto &&v : r)
    new (p++) T(v, 1);
  co_return;
}

net::awaitable<void> serve(std::vector<int> ids) {
  int out[4];
  construct_all(ids, out);
  co_return;
}
