#!/usr/bin/env python3
"""Runs every coroguard check over each .cpp/.hpp/.h under the given folders and fails if the
tool crashes (a signal, an assertion, LLVM's stack dump) on any of them. Compiler errors in the
input are expected and fine. Usage: no_crash.py TIDY INCLUDE_DIR... -- FOLDER..."""
import concurrent.futures
import os
import subprocess
import sys

CRASH_MARKERS = ("Stack dump:", "PLEASE submit a bug report", "Assertion", "LLVM ERROR")


def sources(folders):
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                if name.endswith((".cpp", ".hpp", ".h")):
                    yield os.path.join(root, name)


def run(tidy, includes, path):
    cmd = [tidy, path, "-checks=-*,coroguard-*", "--quiet", "--", "-std=c++20", "-x", "c++",
           *[f"-I{i}" for i in includes]]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return path, "timed out after 300 s"
    output = proc.stdout + proc.stderr
    if proc.returncode < 0 or proc.returncode > 1 or any(m in output for m in CRASH_MARKERS):
        return path, f"exit status {proc.returncode}\n{output[-4000:]}"
    return path, None


def main(argv):
    split = argv.index("--")
    tidy, includes, folders = argv[0], argv[1:split], argv[split + 1:]
    files = sorted(set(sources(folders)))
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, problem in pool.map(lambda p: run(tidy, includes, p), files):
            if problem:
                failures.append((path, problem))
    for path, problem in failures:
        print(f"CRASH on {path}: {problem}")
    print(f"no_crash: {len(files)} file(s), {len(failures)} crash(es)")
    return 1 if failures or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
