#!/usr/bin/env python3
"""What the coroutine sanitizer costs on Boost.Asio code: bench/sanitizer/asio_workloads.cpp built
with clang++ -O2 and with coroguard-clang++ -O2, run alternately in one session, as slowdown
ratios (time instrumented / time plain). The plain build links nothing of coroguard's: code built
without the sanitizer is unchanged.

usage: bench/sanitizer/run.py --wrapper build/release/bin/coroguard-clang++ [--rounds 3]

Targets (issue 20): the spawn-heavy workload at most 2x, the TCP echo at most 1.15x. Exits 1
when one is missed.
"""
import argparse
import os
import subprocess
import sys
import tempfile

TITLES = {"spawn": "co_spawn 100k coroutines, each awaiting one", "echo": "TCP echo over loopback, 4 x 5000"}
TARGETS = {"spawn": 2.0, "echo": 1.15}


def compiler_of(wrapper):
    """The clang the wrapper runs (its `exec` line), so both builds use one compiler."""
    with open(wrapper) as f:
        for line in f:
            if line.startswith("exec "):
                return line.split()[1]
    sys.exit(f"run.py: {wrapper} is not a coroguard-clang++ wrapper")


def run(binary, repeat):
    env = dict(os.environ, COROGUARD_OPTIONS="exitcode=0")
    out = subprocess.run([binary, "--repeat", str(repeat)], capture_output=True, text=True, check=True, env=env)
    for line in out.stderr.splitlines():
        if "warning:" in line:
            print(f"run.py: {os.path.basename(binary)} reported: {line}", file=sys.stderr)
    return {name: float(seconds) for name, seconds, _ in (line.split() for line in out.stdout.splitlines())}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wrapper", required=True, help="coroguard-clang++ of a release build")
    ap.add_argument("--rounds", type=int, default=3, help="alternating runs of each build")
    ap.add_argument("--repeat", type=int, default=5, help="repetitions per run (the best counts)")
    args = ap.parse_args()
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "asio_workloads.cpp")
    with tempfile.TemporaryDirectory() as tmp:
        plain, instrumented = os.path.join(tmp, "plain"), os.path.join(tmp, "instrumented")
        flags = ["-std=c++20", "-O2", source]
        subprocess.run([compiler_of(args.wrapper), *flags, "-pthread", "-o", plain], check=True)
        subprocess.run([args.wrapper, *flags, "-o", instrumented], check=True)
        best = {"plain": {}, "instrumented": {}}
        for _ in range(args.rounds):
            for kind, binary in (("plain", plain), ("instrumented", instrumented)):
                for name, seconds in run(binary, args.repeat).items():
                    best[kind][name] = min(seconds, best[kind].get(name, seconds))
    print("sanitizer slowdown (time with coroguard-clang++ / time with clang++, both -O2)")
    print(f"  {'workload':44} {'plain ms':>9} {'instr. ms':>9} {'ratio':>6}  target")
    missed = 0
    for name, title in TITLES.items():
        p, i = best["plain"][name], best["instrumented"][name]
        ratio = i / p
        ok = ratio <= TARGETS[name]
        missed += not ok
        verdict = "met" if ok else "MISSED"
        print(f"  {title:44} {p * 1e3:9.1f} {i * 1e3:9.1f} {ratio:5.2f}x  <= {TARGETS[name]}x {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
