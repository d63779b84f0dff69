// RUN: %check_tidy %s coroguard-co-await-aggregate-temporary %t -- -std=c++20 -I %S/Inputs
// RUN: %check_tidy --suffix=OPT %s coroguard-co-await-aggregate-temporary %t --config="{CheckOptions: {coroguard-co-await-aggregate-temporary.IncludeAggregates: false}}" -- -std=c++20 -I %S/Inputs
// A bad IncludeAggregates is a configuration error; the default (true) applies.
// RUN: %check_tidy --suffix=,BADOPT %s coroguard-co-await-aggregate-temporary %t --config="{CheckOptions: {coroguard-co-await-aggregate-temporary.IncludeAggregates: sometimes}}" -- -std=c++20 -I %S/Inputs
// CHECK-MESSAGES-BADOPT: warning: invalid value 'sometimes' for option 'IncludeAggregates': true or false [clang-tidy-config]
// Each positive form double-frees when built with g++-12 -fsanitize=address (checked by hand);
// each negative form runs clean.
#include "coro_libs.h"
#include <array>
#include <string>
#include <utility>

using cppcoro::task;

// An awaitable that runs a callable it takes by value, as to_thread or co_spawn do.
template <class F> struct call_awaiter {
  F f;
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  auto await_resume() { return f(); }
};
template <class F> call_awaiter<F> run_later(F f) { return {std::move(f)}; }
template <class F> call_awaiter<std::decay_t<F>> run_later_ref(F &&f) { return {std::forward<F>(f)}; }

struct job { std::string name; std::size_t operator()() const { return name.size(); } };
struct with_ctor { explicit with_ctor(std::string n) : name(std::move(n)) {} std::string name; std::size_t operator()() const { return name.size(); } };
struct counted { int n; std::size_t operator()() const { return 1; } };
struct message { std::string from, text; };
task<> send(message m);
task<std::string> read_line();
std::size_t measure(job j) { return j(); }
std::size_t sizes(std::array<std::string, 2> both) { return both[0].size(); }

task<> lambda_in_co_await(std::string s) {
  auto n = co_await run_later([s] { return s.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: GCC 12 destroys this lambda twice: it is built in an expression with co_await, and its captures have destructors (a double free); name it in a statement before [coroguard-co-await-aggregate-temporary]
  // CHECK-FIXES: {{^}}  auto callable = [s] { return s.size(); };{{$}}
  // CHECK-FIXES-NEXT: {{^}}  auto n = co_await run_later(std::move(callable));{{$}}
  // CHECK-MESSAGES-OPT: :[[@LINE-4]]:31: warning: GCC 12 destroys this lambda twice
  (void)n;
}

task<> forwarded_lambda(std::string s) {
  co_await run_later_ref([s] { return s.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: GCC 12 destroys this lambda twice
  // CHECK-FIXES: {{^}}  auto callable = [s] { return s.size(); };{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await run_later_ref(std::move(callable));{{$}}
  // CHECK-MESSAGES-OPT: :[[@LINE-4]]:26: warning: GCC 12 destroys this lambda twice
}

task<> aggregate_argument(std::string s) {
  co_await run_later(job{s});
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: GCC 12 destroys this aggregate of type 'job' twice: it is built in an expression with co_await, and its members have destructors (a double free); name it in a statement before [coroguard-co-await-aggregate-temporary]
  // CHECK-FIXES: {{^}}  auto value = job{s};{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await run_later(std::move(value));{{$}}
}

task<> braced_message(std::string from, std::string text) {
  co_await send({from, text});
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: GCC 12 destroys this aggregate of type 'message' twice
  // CHECK-FIXES: {{^}}  auto value = message{from, text};{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await send(std::move(value));{{$}}
}

task<> braced_array(std::string s) {
  auto n = measure(job{s}) + sizes({s, s}) + (co_await read_line()).size();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: GCC 12 destroys this aggregate of type 'job' twice
  // CHECK-MESSAGES: :[[@LINE-2]]:36: warning: GCC 12 destroys this aggregate of type 'std::array<std::string, 2>'
  (void)n;
}

// The aggregate is built from awaited values: await into variables first (no fix-it).
task<> built_from_awaited() {
  message m{co_await read_line(), co_await read_line()};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: GCC 12 destroys this aggregate of type 'message' twice: it is built in an expression with co_await, and its members have destructors (a double free); await into variables first, then build it from them
  co_await send(m);
}

// The outermost aggregate is the one to name.
struct envelope { message inner; std::string stamp; };
task<> deliver(envelope e);
task<> nested(std::string s) {
  co_await deliver(envelope{message{s, s}, s});
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: GCC 12 destroys this aggregate of type 'envelope' twice
  // CHECK-MESSAGES-NOT: :[[@LINE-2]]:29: warning
}

mylib::generator numbers(std::string s) {
  co_yield static_cast<int>(measure(job{s}));
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: GCC 12 destroys this aggregate of type 'job' twice: it is built in an expression with co_yield
}

// Two suspension points: naming the lambda first would build it before the first one
// finishes, so no fix-it is offered.
task<> two_awaits(std::string s) {
  auto line = co_await read_line();
  auto n = (co_await read_line()).size() + co_await run_later([s] { return s.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: GCC 12 destroys this lambda twice
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:63: warning: GCC 12 destroys this lambda twice
  // CHECK-FIXES: {{^}}  auto n = (co_await read_line()).size() + co_await run_later([s] { return s.size(); });{{$}}
  (void)line, (void)n;
}

// The fix-it's name does not clash with one the function uses.
task<> name_taken(std::string s) {
  int callable = 0;
  co_await run_later([s] { return s.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: GCC 12 destroys this lambda twice
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:22: warning: GCC 12 destroys this lambda twice
  // CHECK-FIXES: {{^}}  auto callable2 = [s] { return s.size(); };{{$}}
  (void)callable;
}
task<> parameter_named_callable(std::string s, int callable) {
  co_await run_later([s] { return s.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: GCC 12 destroys this lambda twice
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:22: warning: GCC 12 destroys this lambda twice
  // CHECK-FIXES: {{^}}  auto callable2 = [s] { return s.size(); };{{$}}
}

// Negative cases: the same work, correct with GCC 12 too.
task<> named_first(std::string s) {
  auto work = [s] { return s.size(); };
  co_await run_later(std::move(work));
  job j{s};
  co_await run_later(j);
  message m{s, s};
  co_await send(std::move(m));
}

task<> nothing_to_destroy_twice(std::string s) {
  co_await run_later([&s] { return s.size(); });        // captures by reference
  co_await run_later([n = s.size()] { return n; });     // a trivially destroyed capture
  co_await run_later([] { return 0; });                 // no capture
  co_await run_later(counted{1});                       // an aggregate without a destructor
  co_await run_later(with_ctor(s));                     // not an aggregate: a constructor builds it
  co_await run_later(with_ctor{s});
  co_await send(message(std::move(s), std::string()));  // C++20 paren-init of an aggregate...
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: GCC 12 destroys this aggregate of type 'message' twice
}

// ...but a statement with no co_await builds them safely, and so does a function that is not
// a coroutine.
task<> no_suspension_in_the_statement(std::string s) {
  auto n = measure(job{s});
  auto l = [s] { return s.size(); };
  co_await read_line();
  (void)n, (void)l;
}
std::size_t not_a_coroutine(std::string s) { return run_later([s] { return s.size(); }).await_resume(); }

// Lambdas inside a lambda's body run elsewhere: only the outer one is built here.
task<> inner_lambda(std::string s) {
  co_await run_later([&s] { auto inner = [s] { return s.size(); }; return inner(); });
}

// A template: reported where the types are known.
template <class T> task<> generic(T value) {
  co_await run_later([value] { return value.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: GCC 12 destroys this lambda twice
  // CHECK-MESSAGES-OPT: :[[@LINE-2]]:22: warning: GCC 12 destroys this lambda twice
}
template task<> generic(std::string);
template task<> generic(std::array<int, 2>);
