// Download five files concurrently from a local HTTP server the example starts, with progress as
// each completes: the server sends each file after a delay that grows with its size, so the
// downloads finish in size order and the total is the longest one, not the sum.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <coroguard/http.hpp>

#include "example.hpp"

using namespace std::chrono_literals;
namespace http = coroguard::http;

coroguard::task<http::response> file_server(const http::request& req) {
  std::size_t kib = std::stoul(std::string(req.target()).substr(1));  // GET /<KiB>
  co_await coroguard::sleep(std::chrono::milliseconds(kib * 10));     // 100 KiB/s
  http::response res{boost::beast::http::status::ok, req.version()};
  res.body() = std::string(kib * 1024, 'x');
  res.prepare_payload();
  co_return res;
}

coroguard::task<std::size_t> download(std::uint16_t port, std::string name, std::size_t kib,
                                      coroguard::event_loop::clock::time_point start) {
  http::response res = co_await http::get("http://127.0.0.1:" + std::to_string(port) + "/" + std::to_string(kib));
  std::printf("%4.1f s  %-10s %6zu bytes\n", example::seconds_since(start), name.c_str(), res.body().size());
  co_return res.body().size();
}

coroguard::task<> amain() {
  auto listener = coroguard::net::tcp::listener::bind("127.0.0.1", 0);
  auto server = coroguard::spawn(http::serve(listener, file_server));
  auto start = coroguard::now();
  std::vector<coroguard::task<std::size_t>> downloads;
  const std::vector<std::pair<std::string, std::size_t>> files{
      {"report.pdf", 300}, {"photo.jpg", 150}, {"data.csv", 50}, {"video.mp4", 400}, {"notes.txt", 10}};
  for (const auto& [name, kib] : files) downloads.push_back(download(listener.port(), name, kib, start));
  std::size_t total = 0;
  for (std::size_t bytes : co_await coroguard::gather(std::move(downloads))) total += bytes;
  std::printf("%zu bytes in %.1f s (the largest file's time, not the sum of 9.1 s)\n", total,
              example::seconds_since(start));
  server.cancel();
  try {
    co_await server;
  } catch (const coroguard::cancelled_error&) {}
}

int main(int argc, char** argv) { coroguard::run(amain(), example::options(argc, argv)); }
