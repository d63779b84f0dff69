"""Running coroguard-tidy over translation units, in parallel, and reading its diagnostics."""
import concurrent.futures
import os
import re
import subprocess
import sys

from . import cache as tu_cache

# The checks `lint` and `demo` run unless told otherwise: every coroguard check but the opt-in
# ones, whose findings are advice rather than bugs.
DEFAULT_CHECKS = "-*,coroguard-*,-coroguard-sequential-await,-coroguard-unbounded-spawn"

DIAGNOSTIC = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                        r"(?P<severity>warning|error): (?P<message>.*?)(?: \[(?P<check>[\w.,-]+)\])?$")


class ToolError(Exception):
    """The tool cannot run at all (not built, no check enabled): exit status 2."""


def enabled_checks(tidy, checks):
    """The checks a glob enables; ToolError when coroguard-tidy is missing or enables none."""
    if not tidy or not os.access(tidy, os.X_OK):
        raise ToolError("coroguard-tidy is not built (configure with COROGUARD_BUILD_CHECKS=ON)")
    proc = subprocess.run([tidy, f"-checks={checks}", "--list-checks"], capture_output=True, text=True)
    names = [line.strip() for line in proc.stdout.splitlines()[1:] if line.strip()]
    if not names:
        raise ToolError(f"no check matches --checks='{checks}' (see `coroguard-tidy --list-checks -checks='*'`)")
    return names


def analyse(tidy, path, checks, build_dir=None, compiler_args=None):
    """Runs the checks over one file: (findings, error text or None)."""
    cmd = [tidy, path, f"-checks={checks}", "--quiet"]
    if compiler_args is not None:
        cmd += ["--"] + compiler_args
    elif build_dir:
        cmd += ["-p", build_dir]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    found = [m.groupdict() for m in map(DIAGNOSTIC.match, proc.stdout.splitlines()) if m]
    for d in found:
        d["line"], d["col"] = int(d["line"]), int(d["col"])
    # clang-tidy exits non-zero on compiler errors; findings alone keep it at 0.
    if proc.returncode != 0 or any(d["severity"] == "error" for d in found):
        return [d for d in found if d["severity"] == "warning"], proc.stderr.strip() or proc.stdout.strip()
    return found, None


class Progress:
    """A bar on a terminal; plain lines otherwise (CI logs)."""

    def __init__(self, total, stream=sys.stderr):
        self.total, self.done, self.stream = total, 0, stream
        self.tty = stream.isatty()

    def step(self, path):
        self.done += 1
        if self.tty:
            width = 30
            filled = width * self.done // self.total
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                              f"{os.path.basename(path)[:40]:40}")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"coroguard: [{self.done}/{self.total}] {path}\n")
        self.stream.flush()


def analyse_all(tidy, files, checks, jobs, build_dir=None, compiler_args=None, progress=True, cache=None):
    """Runs the checks over every file with `jobs` processes: (findings, {file: error}).
    With a cache (cache.Cache), an unchanged TU's stored result is used instead."""
    def one(path):
        k = tu_cache.key(tidy, checks, path, build_dir, compiler_args) if cache else None
        stored = cache.get(k) if cache else None
        if stored is not None:
            return stored
        found, err = analyse(tidy, path, checks, build_dir, compiler_args)
        if cache:
            cache.put(k, found, err)
        return found, err

    findings, errors = [], {}
    bar = Progress(len(files)) if progress else None
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(one, f): f for f in files}
        for future in concurrent.futures.as_completed(futures):
            path = futures[future]
            found, err = future.result()
            findings += found
            if err is not None:
                errors[path] = err
            if bar:
                bar.step(path)
    findings.sort(key=lambda d: (d["file"], d["line"], d["col"], d["check"] or ""))
    return findings, errors
