// Where a function's code ends (function_extent.cpp).
#pragma once

namespace coroguard::sanitizer {

// Is `pc` in the code of the function that starts at `function`? True when the symbol table
// does not say (a stripped module): the caller then treats the call as not inlined.
bool inside_function(const void* function, const void* pc) noexcept;

}  // namespace coroguard::sanitizer
