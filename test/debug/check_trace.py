#!/usr/bin/env python3
"""Validates a Chrome trace-event file (JSON object format) written by trace=FILE.

  check_trace.py FILE [--task NAME]... [--stall]

Checks every event against the trace-event format (ph, name, pid, tid, ts; dur for complete
events; id and cat for async begin/end; async begin/end balanced per id; a task's end with its
times, consistent with one another); --task: the coroutine
has a lifetime slice and at least one step; --stall: a slow-step instant event is present.
"""
import argparse
import json
import sys

PHASES = {"X", "b", "e", "i", "M"}


def fail(message):
    print(f"check_trace: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--task", action="append", default=[])
    p.add_argument("--stall", action="store_true")
    a = p.parse_args()
    with open(a.file) as f:
        trace = json.load(f)
    events = trace.get("traceEvents")
    if not isinstance(events, list) or not events:
        fail("no traceEvents array")
    open_slices = {}
    steps, lifetimes, stalls = set(), set(), 0
    for e in events:
        for field in ("ph", "name", "pid", "tid"):
            if field not in e:
                fail(f"event without '{field}': {e}")
        if e["ph"] not in PHASES:
            fail(f"unknown phase {e['ph']}")
        if e["ph"] == "M":
            continue
        if not isinstance(e.get("ts"), (int, float)) or e["ts"] < 0:
            fail(f"bad ts: {e}")
        if e["ph"] == "X":
            if not isinstance(e.get("dur"), (int, float)) or e["dur"] < 0:
                fail(f"complete event without a duration: {e}")
            steps.add(e["name"])
        elif e["ph"] in "be":
            if "id" not in e or "cat" not in e:
                fail(f"async event without id/cat: {e}")
            key = (e["cat"], e["id"])
            if e["ph"] == "b":
                if key in open_slices:
                    fail(f"async slice {key} begun twice")
                open_slices[key] = e
                lifetimes.add(e["name"])
            else:
                begin = open_slices.pop(key, None)
                if begin is None:
                    fail(f"async slice {key} ended without a begin")
                if e["ts"] < begin["ts"]:
                    fail(f"async slice {key} ends before it begins")
                times = e.get("args", {})
                for field in ("busy_us", "idle_us", "scheduled_us", "steps", "longest_step_us", "self_wakes"):
                    if not isinstance(times.get(field), (int, float)) or times[field] < 0:
                        fail(f"a task's end without its times ({field}): {e}")
                if sum(times["step_durations"].values()) > times["steps"]:
                    fail(f"more step durations than steps: {e}")
                if times["longest_step_us"] > times["busy_us"] + 1e-6:
                    fail(f"a step longer than the busy time: {e}")
        elif e["ph"] == "i":
            stalls += 1
    for name in a.task:
        if name not in lifetimes:
            fail(f"no lifetime slice for task {name}: {sorted(lifetimes)}")
        if name not in steps:
            fail(f"no step of task {name}: {sorted(steps)}")
    if a.stall and not stalls:
        fail("no slow-step event")
    print(f"check_trace: {len(events)} events, {len(lifetimes)} task(s), {stalls} stall(s)")


if __name__ == "__main__":
    main()
