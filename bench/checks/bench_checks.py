#!/usr/bin/env python3
"""What the coroguard checks cost, as ratios against peers measured in the same run.

For each translation unit, measures the CPU time (user + system, best of --runs: steadier
than wall time on a shared machine) of four runs of the same tool on the same input:
  parse      coroguard-tidy with one trivial stock check (parse, Sema, matcher set-up: the floor)
  coroguard  coroguard-tidy -checks=-*,coroguard-*         (the whole module)
  stock      coroguard-tidy with stock clang-tidy's four coroutine checks
  syntax     clang++ -fsyntax-only                          (the compiler alone, for reference)
and prints each as a ratio to `parse`, the runs of a TU taking turns. `profiled` is
1 + (the checks' CPU time in clang-tidy's --enable-check-profile) / parse: what the checks add,
measured inside one process, steady where the end-to-end ratio moves with a shared machine's
load. The module's budget: coroguard/parse <= 1.10, judged on the profiled figure.

Usage: bench/checks/bench_checks.py --tidy build/dev/bin/coroguard-tidy [--runs N]
"""
import argparse
import os
import re
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
]
# And a generated one: 150 pairs of coroutines (many_coroutines.cpp.in, written to --out).
GENERATED = os.path.join(HERE, "many_coroutines.cpp.in")
GENERATED_COPIES = 150

STOCK = ("-*,cppcoreguidelines-avoid-reference-coroutine-parameters,"
         "cppcoreguidelines-avoid-capturing-lambda-coroutines,"
         "cppcoreguidelines-no-suspend-with-lock,misc-coroutine-hostile-raii")


def generate(template, copies, out_dir):
    """Writes the template with its repeated block expanded `copies` times; returns the path."""
    text = open(template).read()
    head, rest = text.split("// @BEGIN REPEATED@\n")
    block, tail = rest.split("// @END REPEATED@\n")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, os.path.basename(template).removesuffix(".in"))
    with open(path, "w") as f:
        f.write(head + "".join(block.replace("@N@", str(i)) for i in range(copies)) + tail)
    return path


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_time(cmd):
    start = cpu_of_children()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = cpu_of_children() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"bench_checks: {' '.join(cmd)} failed:\n{proc.stderr}")
    return elapsed, proc.stderr


def best_times(cmds, runs):
    """The best CPU time of each command; the commands take turns, so that a change of the
    machine's load during the run reaches all of them alike."""
    best = [float("inf")] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            best[i] = min(best[i], cpu_time(cmd)[0])
    return best


# clang-tidy --enable-check-profile's last line: user, system, user+system, wall, "Total".
PROFILE_TOTAL = re.compile(r"^\s*[\d.]+ \(100\.0%\)\s+[\d.]+ \(100\.0%\)\s+([\d.]+) \(100\.0%\).*Total$", re.M)


def profiled_check_time(cmd):
    """The CPU time the checks' matchers and callbacks take inside one run (clang-tidy's own
    per-check profile): unlike the difference of two runs, it does not move with the load."""
    _, stderr = cpu_time(cmd[:cmd.index("--")] + ["--enable-check-profile"] + cmd[cmd.index("--"):])
    m = PROFILE_TOTAL.search(stderr)
    return float(m.group(1)) if m else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--clang", default="clang++-19")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "bench-checks"),
                        help="where the generated input is written (default: build/bench-checks)")
    args = parser.parse_args()

    def tidy(path, checks):
        return [args.tidy, path, f"-checks={checks}", "--quiet", "--", *FLAGS]

    print(f"{'translation unit':28} {'parse cpu s':>8} {'coroguard':>10} {'stock':>8} {'syntax':>8} "
          f"{'profiled':>9}")
    worst, worst_profiled = 0.0, 0.0
    for path in INPUTS + [generate(GENERATED, GENERATED_COPIES, args.out)]:
        parse, ours, stock, syntax = best_times([tidy(path, "-*,llvm-twine-local"), tidy(path, "-*,coroguard-*"),
                                                 tidy(path, STOCK), [args.clang, "-fsyntax-only", *FLAGS, path]],
                                                args.runs)
        profiled = 1 + profiled_check_time(tidy(path, "-*,coroguard-*")) / parse
        worst, worst_profiled = max(worst, ours / parse), max(worst_profiled, profiled)
        print(f"{os.path.basename(path):28} {parse:8.2f} {ours / parse:9.3f}x {stock / parse:7.3f}x "
              f"{syntax / parse:7.3f}x {profiled:8.3f}x")
    print(f"worst coroguard/parse ratio: {worst:.3f} measured end to end, {worst_profiled:.3f} from the "
          f"checks' own profile (budget 1.10)")
    return 0 if worst_profiled <= 1.10 else 1


if __name__ == "__main__":
    sys.exit(main())
