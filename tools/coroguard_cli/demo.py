"""`coroguard demo`: the main job on the bundled examples. Lints each program of
examples/pitfalls, runs those whose bug the debug runtime reports, and says what each tool found
and where; exit status 1 when a tool missed a pitfall its header names."""
import concurrent.futures
import os
import re
import subprocess

from . import tidy
from .lint import error

# The tags a pitfall program carries in its header comment:
#   // check: coroguard-unawaited-task      what the lint must report
#   // debug: unawaited-task                what the debug runtime must report
TAG = re.compile(r"^//\s*(check|debug):\s*(\S+)")
# A debug-mode report: "file:line:col: warning: …", or "coroguard: warning: …" when it has no
# source line.
REPORT = re.compile(r"^(?:(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+)|coroguard): warning: "
                    r"(?P<message>.*) \[coroguard-(?P<kind>[\w-]+)\]$")


def pitfall_tags(path):
    tags = {"check": [], "debug": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = TAG.match(line.strip())
            if m:
                tags[m.group(1)].append(m.group(2))
    return tags


def run(tidy_path, source_dir, build_dir, checks):
    pitfalls_dir = os.path.join(source_dir, "examples", "pitfalls")
    programs_dir = os.path.join(build_dir, "examples", "pitfalls")
    sources = sorted(f for f in os.listdir(pitfalls_dir) if f.endswith(".cpp"))
    if not sources:
        return error(f"no pitfall programs in {pitfalls_dir}")
    try:
        tidy.enabled_checks(tidy_path, checks)
    except tidy.ToolError as e:
        return error(str(e))
    print(f"coroguard demo: {len(sources)} pitfall program(s) in {os.path.relpath(pitfalls_dir)}\n")
    # The lint of every program at once, one per core; the programs then run one at a time (their
    # reports of blocking and slow steps need the machine to themselves).
    paths = [os.path.join(pitfalls_dir, src) for src in sources]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        lints = list(pool.map(lambda path: tidy.analyse(tidy_path, path, checks, build_dir=build_dir), paths))
    missed = 0
    for src, path, (diagnostics, failure) in zip(sources, paths, lints):
        name = src[:-len(".cpp")]
        tags = pitfall_tags(path)
        print(f"== {name}")
        if failure:
            print(f"   lint: could not analyse {path}: {failure}")
        found_checks = set()
        for d in diagnostics:
            found_checks.add(d["check"])
            print(f"   lint:  {os.path.relpath(d['file'])}:{d['line']}:{d['col']}: {d['message']} [{d['check']}]")
        # Only programs whose bug the debug runtime reports are run: the others (dangling
        # references, destroyed captures) would only show undefined behaviour.
        exe = os.path.join(programs_dir, f"pitfall_{name}")
        found_kinds = set()
        if tags["debug"] and os.access(exe, os.X_OK):
            proc = subprocess.run([exe], capture_output=True, text=True, timeout=60)
            # A stall is reported again as it goes on: one line per kind and source line, with a
            # count (the column of a computing step's frame moves between its samples).
            shown = {}
            for line in proc.stderr.splitlines():
                m = REPORT.match(line)
                if m:
                    found_kinds.add(m.group("kind"))
                    where = (f"{os.path.relpath(m.group('file'))}:{m.group('line')}:{m.group('col')}: "
                             if m.group("file") else "")
                    key = (m.group("kind"), m.group("file"), m.group("line"))
                    if key in shown:
                        shown[key][1] += 1
                    else:
                        shown[key] = [f"   debug: {where}{m.group('message')} [coroguard-{m.group('kind')}]", 0]
            for text, more in shown.values():
                print(text + (f" (and {more} later report(s) of it)" if more else ""))
        elif tags["debug"]:
            print(f"   debug: program not built: {exe}")
        for c in tags["check"]:
            if c not in found_checks:
                missed += 1
                print(f"   MISSED by the checks: {c}")
        for k in tags["debug"]:
            if k not in found_kinds:
                missed += 1
                print(f"   MISSED by the debug runtime: {k}")
        print()
    total = sum(len(pitfall_tags(os.path.join(pitfalls_dir, s))[k]) for s in sources for k in ("check", "debug"))
    print(f"coroguard demo: {total - missed} of {total} expected findings caught"
          + (f", {missed} missed" if missed else ""))
    return 1 if missed else 0
