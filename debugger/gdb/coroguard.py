"""gdb commands for coroguard programs built with the debug runtime.

  coroguard tasks    every live task: id, state, coroutine, created at, suspended at, awaited by
  coroguard bt       the async backtrace of a task (coroguard bt [ID|all])
and pretty-printers for coroguard::task, join_handle and queue.

Load with `source debugger/gdb/coroguard.py` (or gdb -x).
"""
import os
import sys

import gdb

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import coroguard_tasks  # noqa: E402

REGISTRY = "coroguard::debug::task_registry"


def _source_location(value):
    """(file, line) of a std::source_location (libstdc++ layout); None when empty."""
    impl = value["_M_impl"]
    if int(impl) == 0:
        return None
    return impl["_M_file_name"].string(), int(impl["_M_line"])


def _demangle(symbol):
    try:
        return gdb.execute(f"demangle {symbol}", to_string=True).strip()
    except gdb.error:
        return None


def _created_at(record):
    pc = int(record["created_by_"][0])
    if pc == 0:
        return "?"
    sal = gdb.find_pc_line(pc - 1)
    block = gdb.block_for_pc(pc - 1)
    while block is not None and block.function is None:
        block = block.superblock
    function = None
    if block is not None:
        function = coroguard_tasks.plain_function(block.function.print_name, _demangle)
    if sal.symtab is None:
        return f"0x{pc:x}" + (f" in {function}" if function else "")
    return coroguard_tasks.format_location(sal.symtab.filename, sal.line, function)


def read_tasks():
    try:
        registry = gdb.parse_and_eval(REGISTRY)
    except gdb.error:
        raise gdb.GdbError("coroguard: no task registry in this program "
                           "(link coroguard::runtime_debug, built with COROGUARD_DEBUG, and debug info)")
    tasks = []
    node = registry["head"]
    while int(node) != 0:
        r = node.dereference()
        suspended = ""
        state = coroguard_tasks.STATES[int(r["state_"])]
        if state == "suspended":
            loc = _source_location(r["suspended_at_"])
            if loc:
                suspended = coroguard_tasks.format_location(*loc)
        awaiter = r["awaiter_"]
        tasks.append(coroguard_tasks.Task(
            id=int(r["id_"]),
            function=r["function_"].string(),
            state=state,
            created_at=_created_at(r),
            suspended_at=suspended,
            awaited_by=int(awaiter.dereference()["id_"]) if int(awaiter) != 0 else 0,
            job=int(r["job_"]),
            waits_for_job=int(r["wait_"]["job"]),
        ))
        node = r["next_"]
    return tasks


class CoroguardPrefix(gdb.Command):
    """coroguard: commands for coroutine tasks (coroguard tasks)."""

    def __init__(self):
        super().__init__("coroguard", gdb.COMMAND_STACK, gdb.COMPLETE_COMMAND, prefix=True)


class CoroguardTasks(gdb.Command):
    """List every live coroguard task, like `info threads` for threads."""

    def __init__(self):
        super().__init__("coroguard tasks", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        gdb.write(coroguard_tasks.format_task_table(read_tasks()) + "\n")


class CoroguardBacktrace(gdb.Command):
    """Async backtrace of a task: coroguard bt [ID|all] (default: the running task, else the newest)."""

    def __init__(self):
        super().__init__("coroguard bt", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        tasks = read_tasks()
        arg = arg.strip()
        if arg == "all":
            # One backtrace per innermost task: one that awaits no task and joins no live job.
            jobs = {t.job for t in tasks if t.job}
            ids = sorted(t.id for t in tasks
                         if not any(o.awaited_by == t.id for o in tasks) and t.waits_for_job not in jobs)
        elif arg:
            try:
                ids = [int(arg.lstrip("#"))]
            except ValueError:
                raise gdb.GdbError(f"coroguard bt: '{arg}' is not a task id (or 'all')")
        else:
            running = [t.id for t in tasks if t.state == "running"]
            ids = [max(running)] if running else ([max(t.id for t in tasks)] if tasks else [])
        if not ids:
            gdb.write("No live coroguard tasks.\n")
        for i in ids:
            gdb.write(coroguard_tasks.format_backtrace(tasks, i) + "\n")


def _frame_record(handle_value, promise_type):
    """The debug record in the promise of a coroutine_handle's frame (None without one)."""
    frame = int(handle_value["_M_fr_ptr"])
    if frame == 0:
        return None
    # Both compilers put the promise after the resume and destroy pointers.
    align = max(promise_type.alignof, 8)
    promise = gdb.Value((frame + 16 + align - 1) // align * align).cast(promise_type.pointer()).dereference()
    try:
        return promise["record_"]
    except gdb.error:
        return None


def _describe_record(r):
    if r is None or r.type.sizeof <= 1:  # release build: an empty record
        return None
    state = coroguard_tasks.STATES[int(r["state_"])]
    text = f"task #{int(r['id_'])} {coroguard_tasks.short_function(r['function_'].string())} ({state}"
    if state == "suspended":
        loc = _source_location(r["suspended_at_"])
        if loc:
            text += f" at {coroguard_tasks.format_location(*loc)}"
    return text + ")"


class TaskPrinter:
    """coroguard::task<T>: the task's number, coroutine and state (debug builds), else its frame."""

    def __init__(self, value):
        self.value = value

    def to_string(self):
        handle = self.value["h_"]
        if int(handle["_M_fr_ptr"]) == 0:
            return "coroguard::task (empty)"
        promise_type = gdb.lookup_type(f"{self.value.type.strip_typedefs().name}::promise_type")
        described = _describe_record(_frame_record(handle, promise_type))
        return f"coroguard::{described}" if described else f"coroguard::task (frame 0x{int(handle['_M_fr_ptr']):x})"


class JoinHandlePrinter:
    """coroguard::join_handle<T>: the spawned task's number and coroutine, done or not."""

    def __init__(self, value):
        self.value = value

    def to_string(self):
        state = self.value["state_"]["_M_ptr"]
        if int(state) == 0:
            return "coroguard::join_handle (empty or detached)"
        job = state.dereference()
        done = "done" if bool(job["done_"]) else "not done"
        try:
            who = job["debug_identity"]
            if int(who["id"]) == 0:
                return "coroguard::join_handle (spawned, not started yet)"
            name = coroguard_tasks.short_function(who["function"].string()) if int(who["function"]) else "?"
            return f"coroguard::join_handle of task #{int(who['id'])} {name} ({done})"
        except gdb.error:
            return f"coroguard::join_handle ({done})"


class QueuePrinter:
    """coroguard::queue<T>: items, capacity, closed."""

    def __init__(self, value):
        self.value = value

    def to_string(self):
        closed = ", closed" if bool(self.value["closed_"]) else ""
        return f"coroguard::queue ({_deque_size(self.value['items_'])} of {int(self.value['max_size_'])} item(s){closed})"


def _deque_size(deque):
    """std::deque's size from libstdc++'s iterators (no call into the inferior: works on cores)."""
    impl = deque["_M_impl"]
    start, finish = impl["_M_start"], impl["_M_finish"]
    element = deque.type.strip_typedefs().template_argument(0).sizeof
    per_node = 512 // element if element < 512 else 1
    nodes = int(finish["_M_node"]) - int(start["_M_node"])
    nodes //= gdb.lookup_type("void").pointer().sizeof
    return (per_node * (nodes - 1) + int(finish["_M_cur"] - finish["_M_first"])
            + int(start["_M_last"] - start["_M_cur"]))


def _lookup_printer(value):
    name = value.type.strip_typedefs().unqualified().name or ""
    if name.startswith("coroguard::task<"):
        return TaskPrinter(value)
    if name.startswith("coroguard::join_handle<"):
        return JoinHandlePrinter(value)
    if name.startswith("coroguard::queue<"):
        return QueuePrinter(value)
    return None


CoroguardPrefix()
CoroguardTasks()
CoroguardBacktrace()
gdb.pretty_printers.append(_lookup_printer)
