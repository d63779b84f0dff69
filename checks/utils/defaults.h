// The default lists of the options: what the common coroutine libraries call these things.
// coroguard, Boost.Asio (standalone too), cppcoro, folly::coro, libcoro, Boost.Cobalt, libunifex.
#pragma once

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::coroguard::utils::defaults {

// Classes that are tasks even when their shape does not say so (Asio's awaitable is awaitable
// only through its promise's await_transform).
inline constexpr llvm::StringLiteral TaskTypes =
    "::coroguard::task;::boost::asio::awaitable;::asio::awaitable;::boost::cobalt::task;"
    "::boost::cobalt::promise;::cppcoro::task;::cppcoro::shared_task;::folly::coro::Task;"
    "::coro::task;::unifex::task";

// Functions that start a task and return the only handle to its outcome.
inline constexpr llvm::StringLiteral SpawnFunctions = "::coroguard::spawn;::folly::coro::TaskWithExecutor::start;"
                                                      "::folly::coro::TaskWithExecutor::startInlineUnsafe";

// Functions that start a task and report its outcome to their last argument, a completion token.
inline constexpr llvm::StringLiteral CompletionSpawnFunctions =
    "::boost::asio::co_spawn;::asio::co_spawn;::boost::cobalt::spawn";

// Functions that start a task owned by a scope object (a task group, an async scope) that
// awaits it later: it runs after the statement, and the handle they return may be dropped.
inline constexpr llvm::StringLiteral ScopeSpawnFunctions =
    "::coroguard::task_group::spawn;::cppcoro::async_scope::spawn;::folly::coro::AsyncScope::add;"
    "::coro::task_container::start";

// Functions that detach a task they are called on or given: nobody can await its outcome.
inline constexpr llvm::StringLiteral FireAndForgetFunctions =
    "(^|::)(detach|start_detached|spawn_detached|fire_and_forget)$";

// Functions that call a callable they are given and destroy it before the task it returns ends
// (seastar's continuations and with_* helpers, Asio's post/defer/dispatch, Qt's one-shot slots).
inline constexpr llvm::StringLiteral DeferringFunctions =
    "::seastar::future::then;::seastar::future::then_wrapped;::seastar::future::finally;"
    "::seastar::with_gate;::seastar::with_semaphore;::seastar::with_lock;"
    "::seastar::with_scheduling_group;::seastar::do_with;"
    "::boost::asio::post;::boost::asio::defer;::boost::asio::dispatch;"
    "::asio::post;::asio::defer;::asio::dispatch;::QTimer::singleShot;::QMetaObject::invokeMethod";

// Completion tokens that throw the outcome away.
inline constexpr llvm::StringLiteral DetachedTokens = "::boost::asio::detached;::asio::detached";

// Functions that run an event loop (or wait for one) on the calling thread.
inline constexpr llvm::StringLiteral RunFunctions =
    "::coroguard::run;::cppcoro::sync_wait;::folly::coro::blockingWait;::coro::sync_wait;"
    "::boost::cobalt::run;::unifex::sync_wait;"
    "::boost::asio::io_context::run;::boost::asio::io_context::run_one;"
    "::boost::asio::io_context::run_for;::boost::asio::io_context::run_until;"
    "::boost::asio::io_context::run_one_for;::boost::asio::io_context::run_one_until;"
    "::asio::io_context::run;::asio::io_context::run_one;::asio::io_context::run_for;"
    "::asio::io_context::run_until;::boost::asio::thread_pool::join;::boost::asio::thread_pool::wait;"
    "::asio::thread_pool::join;::asio::thread_pool::wait;::QCoro::waitFor;::QEventLoop::exec;"
    "::cppcoro::io_service::process_events;::cppcoro::io_service::process_one_event;"
    "::async_simple::coro::syncAwait";

// Calls that block the calling thread (ASYNC2xx of flake8-async, for C++).
inline constexpr llvm::StringLiteral BlockingFunctions =
    // sleeping
    "::sleep;::usleep;::nanosleep;::clock_nanosleep;::std::this_thread::sleep_for;"
    "::std::this_thread::sleep_until;"
    // files and stdio
    "::fopen;::freopen;::fread;::fwrite;::fgets;::fgetc;::getc;::fscanf;::getline;::getdelim;"
    "::open;::openat;::creat;::read;::write;::pread;::pwrite;::readv;::writev;::fsync;::fdatasync;"
    "::std::cin;" // reading the terminal: std::getline(std::cin, …), std::cin >> x, std::cin.get()
    "::flock;::lockf;::std::basic_fstream::open;::std::basic_ifstream::open;::std::basic_fstream::basic_fstream;"
    "::std::basic_ifstream::basic_ifstream;::std::basic_ofstream::basic_ofstream;"
    "::std::basic_ofstream::open;::std::filesystem::copy;::std::filesystem::copy_file;"
    "::std::filesystem::remove_all;"
    // sockets and name resolution
    "::recv;::recvfrom;::recvmsg;::send;::sendto;::sendmsg;::accept;::accept4;::connect;::select;"
    "::pselect;::poll;::ppoll;::epoll_wait;::getaddrinfo;::gethostbyname;::gethostbyaddr;"
    // processes
    "::system;::popen;::pclose;::waitpid;::wait;::waitid;"
    // threads
    "::std::future::get;::std::future::wait;::std::future::wait_for;::std::future::wait_until;"
    "::std::shared_future::get;::std::shared_future::wait;::std::shared_future::wait_for;"
    "::std::shared_future::wait_until;::std::thread::join;::std::jthread::join;"
    "::std::condition_variable::wait;::std::condition_variable::wait_for;"
    "::std::condition_variable::wait_until;::std::condition_variable_any::wait;"
    "::std::condition_variable_any::wait_for;::std::condition_variable_any::wait_until;"
    "::std::counting_semaphore::acquire;::std::latch::wait;::std::barrier::arrive_and_wait;"
    "::pthread_join;::pthread_cond_wait;::pthread_cond_timedwait;"
    // the futures and threads of other libraries
    "::boost::future::get;::boost::future::wait;::boost::unique_future::get;::boost::unique_future::wait;"
    "::boost::shared_future::get;::boost::shared_future::wait;::boost::thread::join;"
    "::folly::Future::get;::folly::Future::wait;::folly::SemiFuture::get;::folly::SemiFuture::wait;"
    "::folly::futures::detail::FutureBase::wait;"
    "::QFuture::result;::QFuture::results;::QFuture::waitForFinished;::QThread::wait;::QThread::sleep;"
    "::QThread::msleep;::QThread::usleep;::QProcess::waitForStarted;::QProcess::waitForFinished;"
    "::QIODevice::waitForReadyRead;::QIODevice::waitForBytesWritten;"
    "::QAbstractSocket::waitForConnected;::QAbstractSocket::waitForDisconnected;"
    // Asio's synchronous operations
    "::boost::asio::read;::boost::asio::write;::boost::asio::read_until;::boost::asio::read_at;"
    "::boost::asio::write_at;::boost::asio::connect;"
    "::boost::asio::basic_stream_socket::read_some;::boost::asio::basic_stream_socket::write_some;"
    "::boost::asio::basic_stream_socket::receive;::boost::asio::basic_stream_socket::send;"
    "::boost::asio::basic_datagram_socket::receive;::boost::asio::basic_datagram_socket::receive_from;"
    "::boost::asio::basic_datagram_socket::send;::boost::asio::basic_datagram_socket::send_to;"
    "::boost::asio::basic_socket::connect;::boost::asio::basic_socket_acceptor::accept;"
    "::boost::asio::ip::basic_resolver::resolve;::boost::asio::basic_waitable_timer::wait;"
    "::boost::asio::basic_deadline_timer::wait;"
    "::asio::read;::asio::write;::asio::read_until;::asio::connect;"
    "::asio::basic_stream_socket::read_some;::asio::basic_stream_socket::write_some;"
    "::asio::basic_socket::connect;::asio::basic_socket_acceptor::accept;"
    "::asio::ip::basic_resolver::resolve;::asio::basic_waitable_timer::wait;"
    // blocking C client libraries
    "::PQexec;::PQexecParams;::PQexecPrepared;::PQprepare;::PQconnectdb;::PQconnectdbParams;"
    "::PQsetdbLogin;::PQping;::PQpingParams;::PQreset;"
    "::sqlite3_step;::sqlite3_exec;::sqlite3_open;::sqlite3_open_v2;"
    "::curl_easy_perform;::mysql_query;::mysql_real_query;::mysql_real_connect;::mysql_store_result;"
    "::redisCommand;::redisConnect;::redisGetReply";

// Awaited, these move the rest of the coroutine to another thread (a pool meant for blocking
// work): a blocking call after them does not stall the loop the coroutine started on.
inline constexpr llvm::StringLiteral ExecutorSwitches =
    "::cppcoro::resume_on;::cppcoro::static_thread_pool::schedule;::coro::thread_pool::schedule;"
    "(^|::)(resume_on|resume_background|switch_to|switch_to_thread_pool)$";

// Teardown, where waiting for threads to finish is the point: not looked into through CallDepth.
inline constexpr llvm::StringLiteral TeardownFunctions = "(^|::)(stop|shutdown|request_stop)$";

// Exceptions that carry cancellation.
inline constexpr llvm::StringLiteral CancellationTypes =
    "::coroguard::cancelled_error;::cppcoro::operation_cancelled;::folly::OperationCancelled;"
    "::boost::system::system_error;::asio::system_error;::unifex::operation_cancelled";

// Classes named like a cancellation (the last component of the name): thrown somewhere in the
// translation unit, they are taken as the cancellation type of their own library.
inline constexpr llvm::StringLiteral CancellationNames = "[Cc]ancel[^:]*$";

// Test frameworks' assertion macros (doctest, Catch2, GoogleTest, Boost.Test, QtTest, and
// projects' own copies): the try/catch they write records the failure.
inline constexpr llvm::StringLiteral AssertionMacros =
    "^(DOCTEST_|CATCH_|INTERNAL_CATCH_|GTEST_|BOOST_(CHECK|REQUIRE|WARN|TEST)|QVERIFY|QCOMPARE)|"
    "^(CHECK|REQUIRE|ASSERT|EXPECT|VERIFY|WARN)(_|$)";

// Lock guards (RAII) and lockable types of threads: holding one across a suspension point
// blocks other threads, or deadlocks this one when another task on it takes the lock.
inline constexpr llvm::StringLiteral LockGuardTypes =
    "::std::lock_guard;::std::unique_lock;::std::scoped_lock;::std::shared_lock;"
    "::boost::lock_guard;::boost::unique_lock;::boost::shared_lock;::boost::mutex::scoped_lock";
inline constexpr llvm::StringLiteral MutexTypes =
    "::std::mutex;::std::recursive_mutex;::std::timed_mutex;::std::recursive_timed_mutex;"
    "::std::shared_mutex;::std::shared_timed_mutex;::boost::mutex;::boost::recursive_mutex;"
    "::boost::shared_mutex";

} // namespace clang::tidy::coroguard::utils::defaults
