#include <coroguard/coroguard.hpp>

coroguard::task<int> fetch(int id) { co_return id; }
coroguard::task<int> handler() { co_return co_await fetch(1); }
