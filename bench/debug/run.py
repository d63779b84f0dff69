#!/usr/bin/env python3
"""What the debug mode costs: the runtime benchmarks with the release runtime and with the debug
runtime (both optimised), next to Python asyncio without and with its debug mode (-X dev), on the
same workloads, as slowdown ratios (debug time / release time).

usage: bench/debug/run.py --release build/release/bench/runtime/bench_runtime \\
                          --debug build/release/bench/debug/bench_runtime_debug

Targets (issue 5): spawn-heavy work at most 3x, the TCP echo at most 1.15x, and every workload
a smaller slowdown than asyncio's debug mode.
"""
import argparse
import json
import os
import subprocess
import sys

WORKLOADS = {
    "a_spawn_join": "spawn + join 100k tasks",
    "b_queue_ping_pong": "queue ping-pong, 100k round trips",
    "c_gather_fan_out": "gather of 1000 tasks",
    "d_skynet": "skynet (1M tasks, depth 6)",
    "f_tcp_echo": "TCP echo over loopback",
}
TARGETS = {"a_spawn_join": 3.0, "d_skynet": 3.0, "f_tcp_echo": 1.15}


def coroguard_rates(binary):
    # A report of the debug runtime does not stop the measurement (exitcode=0); it is shown.
    env = dict(os.environ, COROGUARD_OPTIONS="exitcode=0")
    out = subprocess.run([binary, "--benchmark_format=json", "--benchmark_filter=^[a-df]_.*/coroguard"],
                         capture_output=True, text=True, check=True, env=env)
    for line in out.stderr.splitlines():
        if "warning:" in line:
            print(f"run.py: {os.path.basename(binary)} reported: {line}", file=sys.stderr)
    return {b["name"].split("/")[0]: b["items_per_second"] for b in json.loads(out.stdout)["benchmarks"]}


def asyncio_rates(dev_mode):
    peer = os.path.join(os.path.dirname(__file__), "..", "runtime", "asyncio_peer.py")
    cmd = [sys.executable] + (["-X", "dev"] if dev_mode else []) + [peer, "--no-uvloop"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return {k.split("/")[0]: v["items_per_second"] for k, v in json.loads(out.stdout).items()
            if "items_per_second" in v}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--release", required=True, help="bench_runtime (release runtime)")
    ap.add_argument("--debug", required=True, help="bench_runtime_debug (debug runtime)")
    ap.add_argument("--no-python", action="store_true", help="skip the asyncio comparison")
    args = ap.parse_args()
    env_note = os.environ.get("COROGUARD_OPTIONS", "")
    release, debug = coroguard_rates(args.release), coroguard_rates(args.debug)
    py, py_dev = ({}, {}) if args.no_python else (asyncio_rates(False), asyncio_rates(True))
    print(f"debug-mode slowdown (time with the debug mode / time without){'; ' + env_note if env_note else ''}")
    print(f"  {'workload':38} {'coroguard':>10} {'asyncio -X dev':>15}")
    missed = 0
    for key, title in WORKLOADS.items():
        if key not in release or key not in debug:
            continue
        ours = release[key] / debug[key]
        theirs = py[key] / py_dev[key] if key in py and key in py_dev else None
        verdict = []
        if key in TARGETS:
            ok = ours <= TARGETS[key]
            verdict.append(f"target <= {TARGETS[key]}x: {'met' if ok else 'MISSED'}")
            missed += not ok
        if theirs is not None:
            ok = ours < theirs
            verdict.append("below asyncio's" if ok else "NOT below asyncio's")
            missed += not ok
        col = f"{theirs:14.2f}x" if theirs is not None else f"{'-':>15}"
        print(f"  {title:38} {ours:9.2f}x {col}   {', '.join(verdict)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
