#!/usr/bin/env python3
"""Checks the JSON-lines form of the debug reports (report=json) a program wrote to stderr.

  check_report_json.py STDERR KIND [--where FILE:LINE] [--task NAME] [--suspended FILE:LINE]
                       [--created FILE:LINE] [--backtrace NAME,NAME,...] [--count N]

Every line starting with '{' must be one complete report with the documented fields; the report
of KIND (the first, unless --count) must point at --where, name a task whose coroutine contains
--task, suspended at / created at the given lines, with the async backtrace's coroutines in order.
"""
import argparse
import json
import sys

REQUIRED = {"kind": str, "message": str, "location": dict, "tasks": list, "notes": list}
LOCATION = {"file": str, "line": int, "column": int, "function": str}
TASK = {"id": int, "coroutine": str, "state": str, "defined_at": str, "frame_bytes": int,
        "created_at": list, "suspended_at": str, "waiting_for": str, "async_backtrace": list}


def fail(message):
    print(f"check_report_json: {message}", file=sys.stderr)
    sys.exit(1)


def check_fields(obj, fields, what):
    for name, kind in fields.items():
        if name not in obj:
            fail(f"{what} lacks '{name}': {obj}")
        if not isinstance(obj[name], kind):
            fail(f"{what}.{name} is {type(obj[name]).__name__}, not {kind.__name__}")


def at(point):
    file, line = point.rsplit(":", 1)
    return file, int(line)


def matches(text, point):
    """'dir/x.cpp:12:5' (or 'x.cpp:12') against FILE:LINE."""
    file, line = at(point)
    parts = text.split(":")
    return len(parts) >= 2 and parts[0].endswith(file) and parts[1] == str(line)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("stderr")
    p.add_argument("kind")
    p.add_argument("--where")
    p.add_argument("--task")
    p.add_argument("--suspended")
    p.add_argument("--created")
    p.add_argument("--backtrace")
    p.add_argument("--count", type=int)
    a = p.parse_args()

    reports = []
    with open(a.stderr) as f:
        for n, line in enumerate(f, 1):
            if not line.startswith("{"):
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                fail(f"line {n} is not one JSON object: {e}")
            check_fields(r, REQUIRED, f"report on line {n}")
            check_fields(r["location"], LOCATION, "location")
            for t in r["tasks"]:
                check_fields(t, TASK, "task")
            reports.append(r)
    mine = [r for r in reports if r["kind"] == a.kind]
    if a.count is not None and len(mine) != a.count:
        fail(f"{len(mine)} report(s) of kind {a.kind}, expected {a.count}")
    if not mine:
        fail(f"no report of kind {a.kind} among {[r['kind'] for r in reports]}")
    r = mine[0]
    if a.where:
        file, line = at(a.where)
        if not (r["location"]["file"].endswith(file) and r["location"]["line"] == line):
            fail(f"location is {r['location']}, expected {a.where}")
    task = None
    if a.task:
        found = [t for t in r["tasks"] if a.task in t["coroutine"]]
        if not found:
            fail(f"no task '{a.task}' in {[t['coroutine'] for t in r['tasks']]}")
        task = found[0]
    if a.suspended:
        if not task or not matches(task["suspended_at"], a.suspended):
            fail(f"suspended_at is {task and task['suspended_at']}, expected {a.suspended}")
    if a.created:
        created = task["created_at"] if task else []
        if not created or not created[0]["file"].endswith(at(a.created)[0]) or created[0]["line"] != at(a.created)[1]:
            fail(f"created_at is {created[:1]}, expected {a.created}")
    if a.backtrace:
        names = [f["coroutine"] for f in task["async_backtrace"]] if task else []
        if names != a.backtrace.split(","):
            fail(f"async backtrace is {names}, expected {a.backtrace}")
    print(f"check_report_json: {len(reports)} report(s), {a.kind} as expected")


if __name__ == "__main__":
    main()
