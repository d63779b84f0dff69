// The guides' JSON service on Boost.Beast: GET /data/{item_id} answers
// {"item_id": N, "value": "item N"} after a simulated database lookup; anything else is a 404.
// `--self-test` starts the server on a free port, queries it and stops (the example's test);
// otherwise it serves on 127.0.0.1:8080 (`--port N`; 0 picks a free one) until SIGINT or SIGTERM.
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include <coroguard/http.hpp>

#include "example.hpp"

using namespace std::chrono_literals;
namespace http = coroguard::http;
namespace beast_http = boost::beast::http;

http::response json_response(const http::request& req, beast_http::status status, const nlohmann::json& body) {
  http::response res{status, req.version()};
  res.set(beast_http::field::content_type, "application/json");
  res.body() = body.dump();
  res.prepare_payload();
  return res;
}

coroguard::task<http::response> handle(const http::request& req) {
  std::string target(req.target());
  const std::string prefix = "/data/";
  if (req.method() != beast_http::verb::get || target.rfind(prefix, 0) != 0)
    co_return json_response(req, beast_http::status::not_found, {{"error", "not found"}});
  int item_id = 0;
  try {
    item_id = std::stoi(target.substr(prefix.size()));
  } catch (const std::exception&) {
    co_return json_response(req, beast_http::status::bad_request, {{"error", "item_id must be a number"}});
  }
  co_await coroguard::sleep(100ms);  // the database lookup
  co_return json_response(req, beast_http::status::ok,
                          {{"item_id", item_id}, {"value", "item " + std::to_string(item_id)}});
}

coroguard::task<> self_test() {
  auto listener = coroguard::net::tcp::listener::bind("127.0.0.1", 0);
  auto server = coroguard::spawn(http::serve(listener, handle));
  std::string base = "http://127.0.0.1:" + std::to_string(listener.port());
  for (const char* path : {"/data/42", "/data/abc", "/nothing"}) {
    http::response res = co_await http::get(base + path);
    std::printf("GET %s -> %d %s\n", path, res.result_int(), res.body().c_str());
  }
  server.cancel();
  try {
    co_await server;
  } catch (const coroguard::cancelled_error&) {}
}

coroguard::task<> serve_until_signal(unsigned short port) {
  auto listener = coroguard::net::tcp::listener::bind("127.0.0.1", port);
  auto server = coroguard::spawn(http::serve(listener, handle));
  std::printf("serving on http://127.0.0.1:%u/data/1 (Ctrl-C stops)\n", listener.port());
  std::fflush(stdout);
  std::vector<int> stop_signals{SIGINT, SIGTERM};  // GCC 12 rejects a braced list in co_await
  co_await coroguard::wait_for_signal(stop_signals);
  server.cancel();
  try {
    co_await server;
  } catch (const coroguard::cancelled_error&) {}
}

int main(int argc, char** argv) {
  bool test = argc > 1 && std::strcmp(argv[1], "--self-test") == 0;
  unsigned short port = 8080;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--port") == 0) port = static_cast<unsigned short>(std::atoi(argv[i + 1]));
  coroguard::run(test ? self_test() : serve_until_signal(port), example::options(argc, argv));
}
