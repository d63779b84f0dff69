// What the docs' code snippets refer to without declaring: the functions and objects of their
// made-up programs. test/docs/check_snippets.py compiles each snippet after this header.
#pragma once

#include <boost/asio.hpp>
#include <coroguard/coroguard.hpp>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
namespace asio = boost::asio;

namespace snippet_context {
coroguard::task<> save_order(int id);
coroguard::task<> send_email(std::string user);
coroguard::task<int> fetch(int id);
coroguard::task<int> fetch(const std::string& url);
coroguard::task<> download(std::string url);
coroguard::task<int> load();
coroguard::task<int> lookup(int key);
coroguard::task<> read_message();
asio::awaitable<void> session();
std::string read_config();
void log(const char* what);
inline std::string user;
inline std::vector<std::string> urls;
inline asio::io_context io;
inline std::mutex cache_mutex;
inline int cache;
}  // namespace snippet_context
using namespace snippet_context;
