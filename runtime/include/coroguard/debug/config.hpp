// Which runtime this translation unit builds against. coroguard::runtime_debug defines
// COROGUARD_DEBUG=1; this is the one place the macro is tested. The debug headers pick their
// debug or release twin by COROGUARD_DEBUG_MODE; the primitives (task, job, loop) call the twins
// the same way in either build and never test it.
#pragma once

#if defined(COROGUARD_DEBUG) && COROGUARD_DEBUG
#define COROGUARD_DEBUG_MODE 1
#else
#define COROGUARD_DEBUG_MODE 0
#endif
