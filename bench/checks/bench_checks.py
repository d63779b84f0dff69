#!/usr/bin/env python3
"""What the coroguard checks cost, as ratios against peers measured in the same run.

For each translation unit, measures the CPU time (user + system, best of --runs: steadier
than wall time on a shared machine) of four runs of the same tool on the same input:
  parse      coroguard-tidy with one trivial stock check (parse, Sema, matcher set-up: the floor)
  coroguard  coroguard-tidy -checks=-*,coroguard-*         (the whole module)
  stock      coroguard-tidy with stock clang-tidy's four coroutine checks
  syntax     clang++ -fsyntax-only                          (the compiler alone, for reference)
and prints each as a ratio to `parse`. The module's budget: coroguard/parse <= 1.10.

Usage: bench/checks/bench_checks.py --tidy build/dev/bin/coroguard-tidy [--runs N]
"""
import argparse
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FLAGS = ["-std=c++20", "-I", os.path.join(ROOT, "runtime", "include")]

# Large, realistic TUs: Boost.Asio coroutine programs (boost/asio.hpp) and runtime tests (gtest).
INPUTS = [
    os.path.join(ROOT, "test", "checks", "realistic", "asio_echo_server.cpp"),
    os.path.join(ROOT, "test", "checks", "realistic", "asio_client_timeout.cpp"),
    os.path.join(ROOT, "test", "runtime", "spawn_test.cpp"),
    os.path.join(ROOT, "bench", "checks", "many_coroutines.cpp"),
]

STOCK = ("-*,cppcoreguidelines-avoid-reference-coroutine-parameters,"
         "cppcoreguidelines-avoid-capturing-lambda-coroutines,"
         "cppcoreguidelines-no-suspend-with-lock,misc-coroutine-hostile-raii")


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_time(cmd, runs):
    best = float("inf")
    for _ in range(runs):
        start = cpu_of_children()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = cpu_of_children() - start
        if proc.returncode not in (0, 1):
            sys.exit(f"bench_checks: {' '.join(cmd)} failed:\n{proc.stderr}")
        best = min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--clang", default="clang++-19")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    def tidy(path, checks):
        return [args.tidy, path, f"-checks={checks}", "--quiet", "--", *FLAGS]

    print(f"{'translation unit':28} {'parse cpu s':>8} {'coroguard':>10} {'stock':>8} {'syntax':>8}")
    worst = 0.0
    for path in INPUTS:
        parse = best_time(tidy(path, "-*,llvm-twine-local"), args.runs)
        ours = best_time(tidy(path, "-*,coroguard-*"), args.runs)
        stock = best_time(tidy(path, STOCK), args.runs)
        syntax = best_time([args.clang, "-fsyntax-only", *FLAGS, path], args.runs)
        worst = max(worst, ours / parse)
        print(f"{os.path.basename(path):28} {parse:8.2f} {ours / parse:9.3f}x {stock / parse:7.3f}x "
              f"{syntax / parse:7.3f}x")
    print(f"worst coroguard/parse ratio: {worst:.3f} (budget 1.10)")
    return 0 if worst <= 1.10 else 1


if __name__ == "__main__":
    sys.exit(main())
