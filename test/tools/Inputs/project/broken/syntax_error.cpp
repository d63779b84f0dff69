#include <coroguard/coroguard.hpp>

coroguard::task<int> unfinished( {
