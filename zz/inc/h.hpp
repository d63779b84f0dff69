#include <coroguard/task.hpp>
coroguard::task<int> save(int);
inline coroguard::task<> flush() { save(0); co_return; }
