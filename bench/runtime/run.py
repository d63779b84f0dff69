#!/usr/bin/env python3
"""Runs bench_runtime and the Python peers in one go and prints, per workload, each peer's
throughput as a ratio to coroguard's (>1: coroguard is faster), and memory per sleeping task.

usage: bench/runtime/run.py --bench build/release/bench/runtime/bench_runtime
"""
import argparse
import json
import os
import shutil
import subprocess
import sys


HERE = os.path.dirname(os.path.abspath(__file__))


def tokio_results():
    """Tokio's current-thread and multi-thread runtimes on the same workloads (tokio_peer/),
    built offline against Debian's crates; {} with a message when cargo or the crates are missing."""
    # Debian's cargo, which matches Debian's crates (a rustup cargo writes lock files it cannot read).
    cargo = "/usr/bin/cargo" if os.access("/usr/bin/cargo", os.X_OK) else shutil.which("cargo")
    if not cargo:
        print("run.py: cargo not found (apt-get install cargo librust-tokio-dev): no Tokio peers", file=sys.stderr)
        return {}
    source = os.path.join(HERE, "tokio_peer")
    target = os.path.join(os.path.dirname(os.path.dirname(HERE)), "build", "tokio-peer")
    build = subprocess.run([cargo, "build", "--release", "--offline", "-q", "--target-dir", target], cwd=source,
                           capture_output=True, text=True)
    if build.returncode != 0:
        print("run.py: the Tokio peer does not build (is librust-tokio-dev installed?): no Tokio peers\n"
              + build.stderr.strip(), file=sys.stderr)
        return {}
    peer = os.path.join(target, "release", "tokio_peer")
    results = json.loads(subprocess.run([peer], capture_output=True, text=True, check=True).stdout)
    # The memory workload in a fresh process per runtime, as coroguard's.
    for flavor in ("tokio-current-thread", "tokio-multi-thread"):
        out = subprocess.run([peer, "memory", flavor], capture_output=True, text=True, check=True)
        results.update(json.loads(out.stdout))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", required=True, help="the bench_runtime binary (release build)")
    ap.add_argument("--no-python", action="store_true", help="skip the Python peers")
    ap.add_argument("--no-go", action="store_true", help="skip the Go peer (needs golang-go)")
    ap.add_argument("--no-tokio", action="store_true",
                    help="skip the Tokio peers (need cargo and librust-tokio-dev: built offline)")
    args = ap.parse_args()
    results = {}
    # The memory workload runs in a fresh process: the others leave recycled frames behind.
    for selection in ("--benchmark_filter=^[a-df]_", "--benchmark_filter=^e_.*coroguard",
                      "--benchmark_filter=^e_.*asio"):
        out = subprocess.run([args.bench, "--benchmark_format=json", selection], capture_output=True, text=True,
                             check=True)
        for b in json.loads(out.stdout)["benchmarks"]:
            name = b["name"].split("/")
            results["/".join(name[:2])] = b
    if not args.no_python:
        peer = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "asyncio_peer.py")],
                              capture_output=True, text=True, check=True)
        results.update(json.loads(peer.stdout))
    if not args.no_go:
        if shutil.which("go"):
            go = subprocess.run(["go", "run", "."], cwd=os.path.join(os.path.dirname(__file__), "go_peer"),
                                capture_output=True, text=True, check=True)
            results.update(json.loads(go.stdout))
        else:
            print("run.py: go not found (apt-get install golang-go): no Go peer", file=sys.stderr)
    if not args.no_tokio:
        results.update(tokio_results())
    breakdown = os.path.join(os.path.dirname(os.path.abspath(args.bench)), "memory_breakdown")
    if os.access(breakdown, os.X_OK):
        parts = json.loads(subprocess.run([breakdown], capture_output=True, text=True, check=True).stdout)
        print("e_sleeping_task_memory: where coroguard's bytes go (per task)")
        for name, size in parts.items():
            print(f"  {name:40} {size:6} B")
    else:
        print(f"run.py: {breakdown} not built (--target memory_breakdown): no memory breakdown", file=sys.stderr)
    workloads = sorted({k.split("/")[0] for k in results})
    for w in workloads:
        ours = results.get(f"{w}/coroguard", {})
        print(w)
        for key in sorted(k for k in results if k.startswith(w + "/")):
            r = results[key]
            peer = key.split("/", 1)[1]
            if "bytes_per_task" in r:
                print(f"  {peer:24} {r['bytes_per_task']:10.0f} bytes/task")
            elif "items_per_second" in r and "items_per_second" in ours:
                ratio = ours["items_per_second"] / r["items_per_second"]
                print(f"  {peer:24} {r['items_per_second']:14.0f} items/s   coroguard x{ratio:.2f}")
        # coroguard on several loops (run(main, {.loops = N})) against each peer.
        for variant in sorted(k for k in results if k.startswith(f"{w}/coroguard_")):
            mine = results[variant].get("items_per_second")
            others = [k for k in results if k.startswith(w + "/") and "/coroguard" not in k]
            if mine:
                print(f"  {variant.split('/', 1)[1]} against: " + ", ".join(
                    f"{k.split('/', 1)[1]} x{mine / results[k]['items_per_second']:.2f}" for k in sorted(others)
                    if "items_per_second" in results[k]))


if __name__ == "__main__":
    main()
