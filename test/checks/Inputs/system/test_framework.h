// Shaped like a test framework's assertion macros (gtest's EXPECT_THROW): a try with handlers
// that record a failure and carry on. System header, as an installed framework is.
#pragma once
void record_failure(const char *);
#define EXPECT_THROWS_SHAPE(statement)                                                             \
  try {                                                                                            \
    statement;                                                                                     \
    record_failure("did not throw");                                                               \
  } catch (...) {                                                                                  \
  }
