#!/usr/bin/env python3
"""Runs a real example server as its users do: starts it, talks to it over TCP, stops it with
SIGINT (the examples' signal_set stops their io_context), and prints what a test checks.

  serve_and_stop.py [--port N] [--clients N] [--broadcast] -- SERVER [ARGS...]

Each client connects (retrying while the server starts), the first sends a line, and the line
must come back: to the sender only (an echo server) or to every client (--broadcast, a chat).
Prints "answered N/M" and, after the stop, "exit CODE", then the server's stderr.
"""
import argparse
import signal
import socket
import subprocess
import sys
import time


def connect(port, deadline):
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=55555)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--broadcast", action="store_true")
    parser.add_argument("server", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.server[1:] if args.server[:1] == ["--"] else args.server
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    answered = 0
    try:
        deadline = time.monotonic() + 30
        clients = [connect(args.port, deadline) for _ in range(args.clients)]
        time.sleep(0.2)  # every session started before the first line
        line = b"hello from the test\n"
        clients[0].sendall(line)
        for c in clients if args.broadcast else clients[:1]:
            got = b""
            while not got.endswith(b"\n"):
                chunk = c.recv(4096)
                if not chunk:
                    break
                got += chunk
            answered += got == line
        print(f"answered {answered}/{len(clients) if args.broadcast else 1}")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            _, err = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            _, err = server.communicate()
            print("the server did not stop on SIGINT")
    print(f"exit {server.returncode}")
    sys.stdout.write(err)


if __name__ == "__main__":
    main()
