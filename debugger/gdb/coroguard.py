"""gdb commands for coroguard programs built with the debug runtime.

  coroguard tasks    every live task: id, state, coroutine, created at, suspended at, awaited by

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


CoroguardPrefix()
CoroguardTasks()
