// A project's own assertion macros, shaped like doctest's CHECK and Catch2's REQUIRE_THROWS_AS
// (a try whose handlers record the failure): a project header, not a system one.
#pragma once
void record_failure(const char *);
#define CHECK(expr)                                                                                \
  do {                                                                                             \
    try {                                                                                          \
      if (!(expr))                                                                                 \
        record_failure(#expr);                                                                     \
    } catch (...) {                                                                                \
      record_failure("threw: " #expr);                                                             \
    }                                                                                              \
  } while (false)
#define REQUIRE_THROWS_AS(expr, type)                                                              \
  try {                                                                                            \
    (void)(expr);                                                                                  \
    record_failure("did not throw");                                                               \
  } catch (const type &) {                                                                         \
  } catch (...) {                                                                                  \
    record_failure("threw another type");                                                          \
  }
// Not an assertion: a project macro that drops every exception.
#define IGNORE_ERRORS(statement)                                                                   \
  try {                                                                                            \
    statement;                                                                                     \
  } catch (...) {                                                                                  \
  }
