"""The result cache of `coroguard lint --cache-dir`: a TU whose preprocessed text, compile
flags, check configuration and tool are unchanged is not analysed again.

The key hashes: the tool (coroguard-tidy's size and modification time), the check globs, the
effective clang-tidy configuration for the file (`--dump-config`: .clang-tidy files and
options), the compile command, and the preprocessor's output with its line markers (so a
change to any included header, or to where lines fall, misses)."""
import functools
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess

OBJECT_OUTPUT = re.compile(r"^-o.+\.o(bj)?$")


@functools.lru_cache(maxsize=4)
def database(build_dir):
    """{absolute source path: (arguments, directory)} of BUILD_DIR/compile_commands.json, read once."""
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    commands = {}
    for entry in entries:
        directory = entry.get("directory", "")
        args = entry.get("arguments") or shlex.split(entry["command"])
        commands.setdefault(os.path.normpath(os.path.join(directory, entry["file"])), (args, directory))
    return commands


def compile_command(path, build_dir, compiler_args):
    """(arguments, directory) that compile `path`: from the database, else the given flags."""
    if build_dir:
        found = database(build_dir).get(os.path.abspath(path))
        if found:
            return found
    return [default_compiler(), *(compiler_args or []), path], os.getcwd()


@functools.lru_cache(maxsize=1)
def default_compiler():
    """What preprocesses a file that has no compile command, for its key: any compiler will do if
    it is the same every run. A fresh Debian has no `c++`, only the versioned ones."""
    for name in ("c++", "clang++", "clang++-19", "clang++-22", "g++", "g++-12"):
        if shutil.which(name):
            return name
    return "c++"


def preprocess_command(args):
    """The compile command turned into `-E` to stdout: without -o and -c."""
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c" or OBJECT_OUTPUT.match(a):
            continue
        out.append(a)
    return out + ["-E"]


def key(tidy_path, checks, path, build_dir, compiler_args):
    """The cache key of one TU, or None when it cannot be computed (then it is analysed)."""
    try:
        args, directory = compile_command(path, build_dir, compiler_args)
        pre = subprocess.run(preprocess_command(args), cwd=directory or None, capture_output=True)
        if pre.returncode != 0:
            return None  # does not preprocess: let the analysis report the error, every time
        config = subprocess.run([tidy_path, f"-checks={checks}", "--dump-config", path],
                                capture_output=True, text=True).stdout
        stat = os.stat(tidy_path)
    except (OSError, ValueError, KeyError):
        return None
    h = hashlib.sha256()
    for part in (f"{stat.st_size}:{stat.st_mtime_ns}", checks, config, json.dumps(args), os.path.abspath(path)):
        h.update(part.encode())
        h.update(b"\0")
    h.update(pre.stdout)
    return h.hexdigest()


class Cache:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        self.hits = self.misses = 0

    def _path(self, k):
        return os.path.join(self.directory, k[:2], k + ".json")

    def get(self, k):
        if k is None:
            self.misses += 1
            return None
        try:
            with open(self._path(k), encoding="utf-8") as f:
                value = json.load(f)
            self.hits += 1
            return value["findings"], value["error"]
        except (OSError, ValueError, KeyError):
            self.misses += 1
            return None

    def put(self, k, findings, error):
        if k is None or error is not None:
            return  # failures are not cached: the next run says why again
        os.makedirs(os.path.dirname(self._path(k)), exist_ok=True)
        tmp = self._path(k) + f".{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"findings": findings, "error": error}, f)
        os.replace(tmp, self._path(k))
