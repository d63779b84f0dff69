#include <coroguard/task.hpp>

coroguard::task<int> unfinished( {
