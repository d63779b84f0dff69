"""Reads the runtime's structures out of a stopped program's memory, for any debugger.

A front end (gdb/, lldb/) supplies a `Debuggee`: raw memory reads, where a global lives, field
offsets from the debug info, and what source line and function a code address is in. Everything
else, the layout-dependent walking, lives here once. Reading whole records as bytes, rather
than field by field through the debugger's value API, is what keeps 10,000 tasks fast, and it
needs no call into the program, so core files work the same as live processes.
"""
import re
import struct
import time

from coroguard_tasks import STATES, Task, format_location, plain_function

REGISTRY = "coroguard::debug::task_registry"
RECORD = "coroguard::debug::frame_record"
SOURCE_LOCATION_IMPL = "std::source_location::__impl"


class DebuggeeError(Exception):
    """What the program lacks for a command (no debug runtime, no debug info); shown as is."""


class NoRegistry(DebuggeeError):
    """The program runs the release runtime: only what the loop keeps can be read."""


class Debuggee:
    """What a front end implements. Addresses are ints; None means unknown."""

    def read(self, address, size):  # -> bytes
        raise NotImplementedError

    def global_address(self, name):  # -> int or None
        raise NotImplementedError

    def global_array(self, name):  # -> [int] of a global array (in memory or a constant), or None
        return None

    def type_of(self, type_name):  # -> the debugger's type, KeyError when absent
        raise NotImplementedError

    def members(self, t):  # -> [(name, offset in bytes, base class type or None)] of a type
        raise NotImplementedError

    def field_offset(self, type_name, field):
        """The offset of `field` in the type or in one of its base classes (list_node's links)."""
        def search(t):
            members = self.members(t)
            for name, offset, base in members:
                if base is None and name == field:
                    return offset
            for _, offset, base in members:
                inner = search(base) if base is not None else None
                if inner is not None:
                    return offset + inner
            return None
        offset = search(self.type_of(type_name))
        if offset is None:
            raise KeyError(f"{type_name}::{field}")
        return offset

    def type_size(self, type_name):  # -> int, KeyError when absent
        raise NotImplementedError

    def line_at(self, pc):  # -> (file, line) or None
        raise NotImplementedError

    def function_at(self, pc):  # -> the function's name as the debugger prints it, or None
        raise NotImplementedError

    def demangle(self, symbol):  # -> str or None
        raise NotImplementedError

    def symbol_at(self, address):  # -> the name of the symbol holding a data address, or None
        raise NotImplementedError

    def event_loops(self):  # -> addresses of the loops running on the program's threads
        raise NotImplementedError

    def selected_coroutine_frame(self):  # -> the innermost coroutine frame on the selected stack
        raise NotImplementedError


class Memory:
    """Typed reads over a Debuggee, with the small caches every listing needs."""

    def __init__(self, debuggee):
        self.d = debuggee
        self._strings = {}
        self._locations = {}
        self._created = {}
        self._layouts = {}

    def u64(self, address):
        return struct.unpack("<Q", self.d.read(address, 8))[0]

    def cstring(self, address, limit=4096):
        if address == 0:
            return ""
        if address not in self._strings:
            data = b""
            while b"\0" not in data and len(data) < limit:
                data += self.d.read(address + len(data), 64)
            self._strings[address] = data.split(b"\0", 1)[0].decode("utf-8", "replace")
        return self._strings[address]

    def layout(self, type_name, fields):
        """{field: offset} of `type_name`, looked up once."""
        key = (type_name, tuple(fields))
        if key not in self._layouts:
            try:
                self._layouts[key] = {f: self.d.field_offset(type_name, f) for f in fields}
            except KeyError as e:
                raise DebuggeeError(f"coroguard: no debug info for {type_name} ({e}); "
                                    "build the program with -g") from None
        return self._layouts[key]

    def source_location(self, impl_address):
        """(file, line) of a std::source_location's __impl (libstdc++); None when empty."""
        if impl_address == 0:
            return None
        if impl_address not in self._locations:
            impl = self.layout(SOURCE_LOCATION_IMPL, ("_M_file_name", "_M_line"))
            file = self.cstring(self.u64(impl_address + impl["_M_file_name"]))
            line = struct.unpack("<I", self.d.read(impl_address + impl["_M_line"], 4))[0]
            self._locations[impl_address] = (file, line)
        return self._locations[impl_address]

    def created_at(self, pc):
        """'file:line in function' of a return address (the call that created a frame)."""
        if pc == 0:
            return "?"
        if pc not in self._created:
            function = self.d.function_at(pc - 1)
            if function:
                function = plain_function(function, self.d.demangle)
            line = self.d.line_at(pc - 1)
            if line is None:
                text = f"0x{pc:x}" + (f" in {function}" if function else "")
            else:
                text = format_location(*line, function)
            self._created[pc] = text
        return self._created[pc]


_RECORD_FIELDS = ("next_", "id_", "function_", "suspended_at_", "created_by_", "awaiter_",
                  "wait_", "awaiter_type_", "frame_", "job_", "state_", "times_")
_TIMES_FIELDS = ("busy", "idle", "scheduled", "longest_step", "steps", "since", "self_wakes")
_HISTOGRAM_FIELDS = ("step_durations", "wake_latencies")
BUCKET_ENDS = "coroguard::debug::duration_bucket_ends"
_WAIT_FIELDS = ("what", "object", "job", "task", "children")


class RegistryChanging(DebuggeeError):
    """A running program kept changing its frame list during every walk (coroguard ps)."""


def awaiter_type_name(signature):
    """The awaiter type in `type_signature<T>()`'s __PRETTY_FUNCTION__ ('... [with T = X]' from
    GCC, '... [T = X]' from clang), as the debug runtime's reports name it."""
    m = re.search(r"\[(?:with )?T = (.*)\]$", signature)
    return m.group(1) if m else signature


class Registry:
    """The debug runtime's registry of live frames: one Task per frame record."""

    def __init__(self, memory):
        self.m = memory
        self.address = memory.d.global_address(REGISTRY)
        if self.address is None:
            raise NoRegistry("coroguard: no task registry in this program (link "
                             "coroguard::runtime_debug, built with COROGUARD_DEBUG, and debug info)")
        self.head_offset = memory.layout("coroguard::debug::registry_state", ("frames",))["frames"]
        self.generation_offset = memory.layout("coroguard::debug::registry_state", ("generation",))["generation"]
        self.f = memory.layout(RECORD, _RECORD_FIELDS)
        self.wait = memory.layout("coroguard::debug::wait_info", _WAIT_FIELDS)
        self.wait_job = self.wait["job"]
        self.times = memory.layout("coroguard::debug::task_times", _TIMES_FIELDS)
        self.histograms = memory.layout("coroguard::debug::task_times", _HISTOGRAM_FIELDS)
        self.buckets = memory.d.type_size("coroguard::debug::duration_histogram") // 4
        self.size = memory.d.type_size(RECORD)

    def bucket_ends(self):
        """The histograms' bucket edges in ns (the runtime's duration_bucket_ends), or None when
        the program has no copy of them."""
        address = self.m.d.global_address(BUCKET_ENDS)
        if address is None:
            return self.m.d.global_array(BUCKET_ENDS)
        raw = self.m.d.read(address, 8 * (self.buckets - 1))
        return list(struct.unpack_from(f"<{self.buckets - 1}q", raw))

    def records(self, limit=10_000_000):
        """(address, bytes) of every live record, newest first: one read each."""
        node, seen = self.m.u64(self.address + self.head_offset), 0
        while node and seen < limit:
            raw = self.m.d.read(node, self.size)
            yield node, raw
            node = struct.unpack_from("<Q", raw, self.f["next_"])[0]
            seen += 1

    def task_at(self, address, raw=None, ids=None):
        """The Task of the record at `address`; `raw` is its bytes and `ids` maps record
        addresses to task ids where the caller has read them already."""
        raw = raw if raw is not None else self.m.d.read(address, self.size)
        f = self.f

        def word(offset):
            return struct.unpack_from("<Q", raw, offset)[0]

        state_index = struct.unpack_from("<B", raw, f["state_"])[0]
        state = STATES[state_index] if state_index < len(STATES) else "?"
        suspended = ""
        if state == "suspended":
            where = self.m.source_location(word(f["suspended_at_"]))
            if where:
                suspended = format_location(*where)
        awaiter = word(f["awaiter_"])
        if awaiter:
            awaited_by = ids[awaiter] if ids and awaiter in ids else self.m.u64(awaiter + f["id_"])
        else:
            awaited_by = 0
        times = {name: struct.unpack_from("<q", raw, f["times_"] + offset)[0] for name, offset in self.times.items()}
        for name, offset in self.histograms.items():
            times[name] = list(struct.unpack_from(f"<{self.buckets}I", raw, f["times_"] + offset))
        return Task(
            **times,
            waiting_on=self._waiting_on(word, ids) if state == "suspended" else "",
            id=word(f["id_"]),
            function=self.m.cstring(word(f["function_"])),
            state=state,
            created_at=self.m.created_at(word(f["created_by_"])),
            suspended_at=suspended,
            awaited_by=awaited_by,
            job=word(f["job_"]),
            waits_for_job=word(f["wait_"] + self.wait_job),
            frame=word(f["frame_"]),
            record=address,
        )

    def _waiting_on(self, word, ids):
        """What a suspended frame waits for, named as the debug runtime's describe_wait does."""
        base, w = self.f["wait_"], self.wait
        what = self.m.cstring(word(base + w["what"]))
        suffix = f" ({what})" if what else ""
        job = word(base + w["job"])
        if job:
            task_id, _ = job_identity(self.m, job)
            return (f"task #{task_id}" if task_id else "a spawned task not started yet") + suffix
        task = word(base + w["task"])
        if task:
            task_id = ids[task] if ids and task in ids else self.m.u64(task + self.f["id_"])
            return f"task #{task_id}{suffix}"
        if word(base + w["children"]):
            return "child tasks"
        if what:
            target = word(base + w["object"])
            return f"{what} 0x{target:x}" if target else what
        awaiter = word(self.f["awaiter_type_"])
        return awaiter_type_name(self.m.cstring(awaiter)) if awaiter else ""

    def tasks(self):
        """Every live task of a stopped program (a debugger's view: the list holds still)."""
        records = list(self.records())
        ids = {a: struct.unpack_from("<Q", raw, self.f["id_"])[0] for a, raw in records}
        return [self.task_at(a, raw, ids) for a, raw in records]

    def generation(self):
        return self.m.u64(self.address + self.generation_offset)

    def snapshot(self, attempts=200):
        """Every live task of a program that keeps running: a walk counts only if the registry's
        generation was even (no change under way) and the same before and after it, so no
        record is torn or freed half-read; a read that fails during a change is retried."""
        for _ in range(attempts):
            before = self.generation()
            if before % 2 == 0:
                try:
                    tasks = self.tasks()
                except DebuggeeError:
                    if self.generation() == before:
                        raise
                else:
                    if self.generation() == before:
                        return tasks
            time.sleep(0.001)
        raise RegistryChanging(f"coroguard: the program changed its task list during each of {attempts} "
                               "reads; try again")


def record_in_promise(memory, frame, promise_align, record_offset):
    """Where a task's frame record is: both compilers put the promise after the resume and
    destroy pointers, aligned to the promise type."""
    align = max(promise_align, 8)
    promise = (frame + 16 + align - 1) // align * align
    return promise + record_offset


def job_identity(memory, job_address):
    """(task id, coroutine) a spawned job ran or runs, (0, None) before it started."""
    job = (memory.layout("coroguard::detail::job", ("debug",))["debug"] +
           memory.layout("coroguard::debug::job_state", ("identity",))["identity"])
    who = memory.layout("coroguard::debug::task_identity", ("id", "function"))
    task_id = memory.u64(job_address + job + who["id"])
    function = memory.u64(job_address + job + who["function"])
    return task_id, (memory.cstring(function) if function else None)


def deque_size(memory, deque_address, element_size):
    """std::deque's size from libstdc++'s iterators (no call into the program)."""
    # libstdc++'s layout (its ABI is stable): _M_map, _M_map_size, then the start and finish
    # iterators, each (cur, first, last, node).
    words = struct.unpack("<10Q", memory.d.read(deque_address, 80))
    s_cur, _s_first, s_last, s_node, f_cur, f_first, _f_last, f_node = words[2:10]
    per_node = 512 // element_size if element_size < 512 else 1
    nodes = (f_node - s_node) // 8
    return per_node * (nodes - 1) + (f_cur - f_first) // element_size + (s_last - s_cur) // element_size


def vector_size(memory, vector_address, element_size):
    start, finish = struct.unpack("<2Q", memory.d.read(vector_address, 16))
    return (finish - start) // element_size


_GCC_FRAME = re.compile(r"(_Z\w*\.Frame)\b")
_CLANG_PART = re.compile(r"^(_Z\w+)\.(?:resume|destroy|cleanup)$")


def frame_type_names(names):
    """The debug-info type of a coroutine frame, from the names of its resume function:
    GCC calls it '<mangled coroutine>.Frame', clang '<mangled coroutine>.coro_frame_ty'."""
    found = []
    for name in names:
        if not name:
            continue
        m = _GCC_FRAME.search(name)
        if m:
            found.append(m.group(1))
            continue
        m = _CLANG_PART.match(name)
        if m:
            found.append(m.group(1) + ".coro_frame_ty")
        elif re.fullmatch(r"_Z\w+", name):
            found.append(name + ".coro_frame_ty")
    return list(dict.fromkeys(found))


# Release builds have no registry. What the loop itself keeps still leads to every suspended
# frame: the loop lists its root frames (one per job), each job points at the awaiter it is
# parked in, that awaiter holds the innermost frame, and each task's promise holds the frame
# awaiting it, up to the job's root.

def frame_function(memory, frame):
    """The coroutine a frame belongs to, from its resume function (the frame's first word)."""
    function = memory.d.function_at(memory.u64(frame))
    return plain_function(function, memory.d.demangle) if function else "?"


def is_root(function):
    """The root frame of a job (GCC's demangled name of a template starts with its return type)."""
    return "coroguard::detail::drive<" in function


def frame_chain(memory, frame, limit=1000):
    """[(frame, function)] from `frame` through the frames awaiting it, to the job's root."""
    continuation = memory.layout("coroguard::detail::promise_base", ("continuation_",))["continuation_"]
    chain = []
    while frame and len(chain) < limit and frame not in (f for f, _ in chain):
        function = frame_function(memory, frame)
        chain.append((frame, function))
        if is_root(function):
            break
        # A task's promise (promise_base first) follows the resume and destroy pointers.
        frame = memory.u64(frame + 16 + continuation)
    return chain


def loop_jobs(memory, loop):
    """[(job, what it is parked in or None, chain of frames)] for every job a loop runs."""
    roots = memory.layout("coroguard::event_loop", ("roots_",))["roots_"]
    root = memory.layout("coroguard::detail::root_promise", ("job_", "next_"))
    job_wait = memory.layout("coroguard::detail::job", ("wait_",))["wait_"]
    waiter = memory.layout("coroguard::detail::parked_wait", ("waiter_",))["waiter_"]
    jobs, node = [], memory.u64(loop + roots)
    while node and len(jobs) < 10_000_000:
        job = memory.u64(node + root["job_"])
        wait = memory.u64(job + job_wait) if job else 0
        if wait:
            parked_in = wait_kind(memory, wait)
            chain = frame_chain(memory, memory.u64(wait + waiter))
        else:  # ready to run, or running: only its root is known
            parked_in = None
            chain = [(node - 16, frame_function(memory, node - 16))]
        jobs.append((job, parked_in, chain))
        node = memory.u64(node + root["next_"])
    return list(reversed(jobs))  # oldest first


# The runtime's parked waits, by class, as the debug runtime's describe_wait names them.
_WAIT_KINDS = {"sleep_awaiter": "sleep", "list_waiter": "queue, event, lock or condition",
               "done_awaiter": "join", "join_awaiter": "join", "child_set": "child tasks",
               "asio_op_awaiter": "I/O", "offload_awaiter": "thread pool"}


def wait_kind(memory, wait):
    """What a job is parked in ('sleep', 'join', ...), from the wait's vtable."""
    symbol = memory.d.symbol_at(memory.u64(wait)) or ""
    name = symbol.split("vtable for ", 1)[-1].split(" + ")[0].strip()
    while "<" in name:  # drop template arguments, innermost first
        name = re.sub(r"<[^<>]*>", "", name)
    parts = name.split("::")
    if parts[-1] in _WAIT_KINDS:
        return _WAIT_KINDS[parts[-1]]
    # An awaiter nested in the primitive it waits on: queue<T>::get_awaiter is a queue wait.
    if len(parts) >= 2 and parts[-2] not in ("coroguard", "detail"):
        return parts[-2]
    return parts[-1] or "?"
