"""What the debugger front ends share: the task model and how a task list is printed.

The front ends (gdb/, lldb/) read the debug runtime's registry into `Task` values; everything
about presenting them lives here, once.
"""
import dataclasses
from dataclasses import dataclass
import os
import re

# coroguard::debug::task_state, in declaration order.
STATES = ("created", "running", "suspended", "done")


@dataclass
class Task:
    id: int
    function: str          # source_location::function_name() of the coroutine
    state: str
    created_at: str        # "file:line in function", or "?"
    suspended_at: str      # "file:line", or "" when not suspended
    awaited_by: int        # id of the task awaiting this one, 0 for none
    job: int = 0           # address of the job this frame starts (its first frame), 0 for none
    waits_for_job: int = 0  # address of the job this frame joins, 0 for none
    frame: int = 0         # address of the coroutine frame
    record: int = 0        # address of its debug record
    waiting_on: str = ""   # what a suspended task waits for ("sleep", "task #3 (join)", ...)
    # Where its time went (task_times), in ns; `since` is when its current state began.
    busy: int = 0
    idle: int = 0
    scheduled: int = 0
    steps: int = 0
    longest_step: int = 0
    since: int = 0
    self_wakes: int = 0
    step_durations: list = dataclasses.field(default_factory=list)  # the runtime's duration buckets
    wake_latencies: list = dataclasses.field(default_factory=list)


def times_until(t, now):
    """(busy, idle, scheduled, longest step) with the state a task is in counted up to `now`
    (ns of the steady clock), as the debug runtime's current_times does."""
    so_far = max(0, now - t.since) if t.since else 0
    busy, idle, scheduled, longest = t.busy, t.idle, t.scheduled, t.longest_step
    if t.state == "running":
        busy, longest = busy + so_far, max(longest, so_far)
    elif t.state == "suspended":
        idle += so_far
    elif t.state == "created":
        scheduled += so_far
    return busy, idle, scheduled, longest


def format_duration(ns):
    """As the debug runtime's format_duration writes it: "0s", "850ns", "12.5us", "3.40ms"."""
    if ns <= 0:
        return "0s"
    for scale, unit in ((1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "us")):
        if ns >= scale:
            v = ns / scale
            return (f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}") + unit
    return f"{ns}ns"


# tokio-console's self-wake rule, as the debug runtime's time_warnings has it: more than half
# of a task's wakes are its own, and at least this many.
MIN_SELF_WAKES = 10


def time_warning(t, now, slow_ns):
    """tokio-console's warnings: a task that does not yield (its step has run, or once ran,
    longer than the slow-step threshold without suspending) and one that keeps rescheduling
    itself."""
    _, _, _, longest = times_until(t, now)
    warnings = []
    if t.state == "running" and now - t.since > slow_ns:
        warnings.append(f"running {format_duration(now - t.since)} without yielding")
    elif longest > slow_ns:
        warnings.append(f"a step ran {format_duration(longest)} without yielding")
    wakes = max(0, t.steps - 1)
    if t.self_wakes >= MIN_SELF_WAKES and t.self_wakes * 2 > wakes:
        warnings.append(f"keeps rescheduling itself: woke itself in {t.self_wakes} of {wakes} wakes")
    return "; ".join(warnings)


def _round_duration(ns):
    for scale, unit in ((1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "us"), (1, "ns")):
        if ns >= scale and ns % scale == 0:
            return f"{ns // scale}{unit}"
    return f"{ns}ns"


def bucket_names(ends):
    """The histogram buckets named as the debug runtime's bucket_name does: "<1us", "1-10us",
    "100us-1ms", ">=1s"."""
    names = ["<" + _round_duration(ends[0])]
    for low, high in zip(ends, ends[1:]):
        a, b = _round_duration(low), _round_duration(high)
        unit_a, unit_b = a.lstrip("0123456789"), b.lstrip("0123456789")
        names.append((a[:-len(unit_a)] if unit_a == unit_b else a) + "-" + b)
    return names + [">=" + _round_duration(ends[-1])]


def format_histogram(counts, names):
    """The non-empty buckets: "<1us 30, 1-10us 10" ("none" when empty)."""
    text = ", ".join(f"{name} {c}" for name, c in zip(names, counts) if c)
    return text or "none"


def format_histograms(tasks, bucket_ends):
    """`coroguard ps --times`'s second part: each task's step durations and wake latencies."""
    names = bucket_names(bucket_ends) if bucket_ends else [f"bucket {i}" for i in range(8)]
    lines = ["Step durations | wake latency (from being woken to running):"]
    for t in sorted(tasks, key=lambda t: t.id):
        lines.append(f"  #{t.id} {short_function(t.function)}: {format_histogram(t.step_durations, names)}"
                     f" | {format_histogram(t.wake_latencies, names)}")
    return "\n".join(lines)


def short_function(signature):
    """'coroguard::task<int> ns::fetch(int)' -> 'ns::fetch(int)': the return type is noise here.
    Clang writes 'queue<int> &' where GCC writes 'queue<int>&': both print as GCC does."""
    signature = signature.replace(" &", "&").replace(" *", "*")
    depth, cut = 0, 0
    for i, c in enumerate(signature):
        if c in "(<":
            if c == "(" and depth == 0:
                break
            depth += 1
        elif c in ")>" and depth > 0:
            depth -= 1
        elif c == " " and depth == 0:
            cut = i + 1
    return signature[cut:]


# GCC names a coroutine body "f(_Z1fv.Frame *)" (the actor); clang "f() (.resume)", or
# "f() [clone .resume]" where the demangler is newer (LLVM 22's binaries under gdb).
_GCC_ACTOR = re.compile(r"^.*\((_Z\w+)\.Frame ?\*\)(?: \(\.actor\))?$")
_CLANG_PART = re.compile(r" (?:\(|\[clone )\.(resume|destroy|cleanup)[)\]]$")


def plain_function(name, demangle):
    """The name users wrote for a coroutine body function; `demangle` maps a mangled name."""
    m = _GCC_ACTOR.match(name)
    if m:
        return demangle(m.group(1)) or name
    return _CLANG_PART.sub("", name)


def short_path(path):
    return os.path.basename(path) if path else "?"


def format_location(path, line, function=None):
    text = f"{short_path(path)}:{line}"
    return f"{text} in {function}" if function else text


def backtrace_index(tasks):
    """What async_backtrace looks tasks up by: build it once for many backtraces."""
    return {t.id: t for t in tasks}, {t.waits_for_job: t for t in tasks if t.waits_for_job}


def async_backtrace(tasks, task_id, index=None):
    """The chain from a task to the root: each frame, then the frame awaiting it; where a chain
    reaches the first frame of a spawned job, it goes on at the frame joining that job."""
    by_id, joiners = index or backtrace_index(tasks)
    chain, seen = [], set()
    t = by_id.get(task_id)
    via = None
    while t is not None and t.id not in seen:
        seen.add(t.id)
        chain.append((t, via))
        if t.awaited_by:
            t, via = by_id.get(t.awaited_by), None
        elif t.job and t.job in joiners:
            t, via = joiners[t.job], "joins"
        else:
            t = None
    return chain


def format_backtrace(tasks, task_id, index=None):
    """`coroguard bt ID`: one line a frame, innermost first, with the line each waits at."""
    chain = async_backtrace(tasks, task_id, index)
    if not chain:
        return f"No live coroguard task #{task_id}."
    lines = [f"Async backtrace of task #{task_id}:"]
    for depth, (t, via) in enumerate(chain):
        where = f"at {t.suspended_at}" if t.suspended_at else f"({t.state})"
        joined = f" [joins task #{chain[depth - 1][0].id}]" if via else ""
        lines.append(f"#{depth:<3} task #{t.id} {short_function(t.function)} {where}{joined}")
    return "\n".join(lines)


def _columns(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]


def format_task_table(tasks, waiting_on=False, times_at=None, slow_ns=100_000_000):
    """The `coroguard tasks` listing, one row a task, oldest first, like `info threads`;
    `coroguard ps` adds what each task waits on, and with `times_at` (now, in ns of the steady
    clock) where each task's time went and a warning for a task that does not yield."""
    if not tasks:
        return "No live coroguard tasks."
    head = ("Id", "State", "Coroutine", "Created at", "Suspended at") + (("Waiting on",) if waiting_on else ())
    head += ("Awaited by",)
    if times_at is not None:
        head += ("Busy", "Idle", "Scheduled", "Steps", "Longest step", "Warning")
    rows = [head]
    for t in sorted(tasks, key=lambda t: t.id):
        row = (str(t.id), t.state, short_function(t.function), t.created_at, t.suspended_at or "-")
        row += ((t.waiting_on or "-"),) if waiting_on else ()
        row += (str(t.awaited_by) if t.awaited_by else "-",)
        if times_at is not None:
            busy, idle, scheduled, longest = times_until(t, times_at)
            row += tuple(format_duration(v) for v in (busy, idle, scheduled)) + (str(t.steps),)
            row += (format_duration(longest), time_warning(t, times_at, slow_ns) or "-")
        rows.append(row)
    return "\n".join(_columns(rows) + [f"{len(tasks)} live task(s)"])


def awaiting_task(tasks, index=None):
    """{task id: id of the task waiting for it}: the frame awaiting it, or for the first frame
    of a spawned job, the task joining that job (the edges async_backtrace follows)."""
    by_id, joiners = index or backtrace_index(tasks)
    parent = {}
    for t in tasks:
        if t.awaited_by in by_id:
            parent[t.id] = t.awaited_by
        elif t.job and t.job in joiners:
            parent[t.id] = joiners[t.job].id
    return parent


def await_tree(tasks):
    """(roots, cycles, children): the tasks nothing waits for, each cycle of tasks waiting for
    one another as [id, ...] in waiting order, and {id: [ids of the tasks it waits for]}."""
    parent = awaiting_task(tasks)
    children = {t.id: [] for t in tasks}
    for child, p in sorted(parent.items()):
        children[p].append(child)
    roots = sorted(t.id for t in tasks if t.id not in parent)
    reached = set()

    def reach(i):
        stack = [i]
        while stack:
            n = stack.pop()
            if n not in reached:
                reached.add(n)
                stack.extend(children[n])

    for r in roots:
        reach(r)
    cycles = []
    for t in sorted(tasks, key=lambda t: t.id):
        if t.id in reached:
            continue
        path, n = [], t.id  # every task off the trees leads up into a cycle
        while n not in path:
            path.append(n)
            n = parent[n]
        cycle = list(reversed(path[path.index(n):]))  # waiting order: each waits for the next
        start = cycle.index(min(cycle))
        cycles.append(cycle[start:] + cycle[:start])
        for n in cycle:
            reach(n)
    return roots, cycles, children


def _tree_label(t):
    where = f"at {t.suspended_at}" if t.suspended_at else f"({t.state})"
    return f"task #{t.id} {short_function(t.function)} {where}"


def format_await_tree(tasks):
    """`coroguard pstree`: each task under the task waiting for it, roots first; a cycle is
    printed once, as `cycle: task #2 → #3 → #2`, with what waits on it below."""
    if not tasks:
        return "No live coroguard tasks."
    by_id = {t.id: t for t in tasks}
    roots, cycles, children = await_tree(tasks)
    lines = []

    def below(i, prefix, skip=()):
        kids = [c for c in children[i] if c not in skip]
        for n, c in enumerate(kids):
            last = n == len(kids) - 1
            lines.append(prefix + ("└── " if last else "├── ") + _tree_label(by_id[c]))
            below(c, prefix + ("    " if last else "│   "))

    for r in roots:
        lines.append(_tree_label(by_id[r]))
        below(r, "")
    for cycle in cycles:
        lines.append("cycle: " + " → ".join(f"task #{i}" if n == 0 else f"#{i}"
                                            for n, i in enumerate(cycle + cycle[:1])))
        for i in cycle:
            lines.append("    " + _tree_label(by_id[i]))
            below(i, "    ", skip=set(cycle))
    return "\n".join(lines)
