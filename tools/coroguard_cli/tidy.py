"""Running coroguard-tidy over translation units, in parallel, and reading its diagnostics."""
import concurrent.futures
import functools
import os
import re
import signal
import subprocess
import sys

from . import cache as tu_cache


def default_checks(coroguard_defaults):
    """The globs `lint` and `demo` run unless told otherwise (CMake's COROGUARD_DEFAULT_CHECKS)."""
    return "-*," + coroguard_defaults


class ConfigError(Exception):
    """A .clang-tidy file that clang-tidy cannot parse (it would silently ignore it)."""


CHECKS_LINE = re.compile(r"^Checks:\s+(['\"]?)(?P<globs>.*)\1\s*$", re.M)


def _dumped_checks(tidy, *args):
    proc = subprocess.run([tidy, "--dump-config", *args], capture_output=True, text=True)
    bad = re.search(r"^Error parsing (.*?): (.*)$", proc.stderr, re.M)
    if bad:
        detail = proc.stderr.strip().splitlines()[0]
        raise ConfigError(f"cannot read {bad.group(1)}: {detail}")
    m = CHECKS_LINE.search(proc.stdout)
    return m.group("globs") if m else ""


@functools.lru_cache(maxsize=None)
def _builtin_checks(tidy):
    """clang-tidy's own default Checks (they differ between LLVM versions), which --dump-config
    puts before those of the .clang-tidy files."""
    return _dumped_checks(tidy, "--config={}", os.path.join(os.sep, "coroguard-config-probe.cpp"))


@functools.lru_cache(maxsize=None)
def _project_checks(tidy, directory):
    globs = _dumped_checks(tidy, os.path.join(directory, "coroguard-config-probe.cpp"))
    builtin = _builtin_checks(tidy)
    return globs[len(builtin):].lstrip(",") if globs.startswith(builtin) else globs


def project_checks(tidy, path):
    """The Checks globs the project's .clang-tidy files give `path` ('' when none)."""
    return _project_checks(tidy, os.path.dirname(os.path.abspath(path)))


def with_coroguard_checks(project, defaults):
    """The project's Checks globs, then coroguard's defaults, then the project's own coroguard
    globs again, which win: the rule of tools/check_selection.h, tested against the same table
    (test/tools/check-selection.test)."""
    globs = [project] if project else []
    globs.append(defaults)
    globs += [g.strip() for g in project.split(",") if "coroguard" in g]
    return ",".join(globs)


def checks_for(tidy, path, checks, is_default):
    """The -checks for one TU. The project's .clang-tidy adds its stock checks; with the default
    selection, with_coroguard_checks. An explicit --checks wins over the project's globs."""
    project = project_checks(tidy, path)
    if not project:
        return checks
    if is_default:
        return "-*," + with_coroguard_checks(project, checks.removeprefix("-*,"))
    return ",".join(["-*", project, checks.removeprefix("-*,")])


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


MATCHER_AT_CRASH = re.compile(r"ASTMatcher: Processing '([^']+)'")


def crash_report(proc):
    """What a crashed clang-tidy says: the signal, the check whose matcher was running (from
    LLVM's 'Stack dump'), and the dump itself. Its findings so far are not the TU's findings."""
    how = (f"signal {signal.Signals(-proc.returncode).name}" if proc.returncode < 0
           else f"exit status {proc.returncode}")
    check = MATCHER_AT_CRASH.search(proc.stderr)
    dump = proc.stderr[proc.stderr.find("Stack dump:"):].strip().splitlines()[:20]
    return "\n".join([f"coroguard-tidy crashed ({how})" + (f" in check '{check.group(1)}'" if check else "")
                      + ": please report it with this stack", *dump])


def analyse(tidy, path, checks, build_dir=None, compiler_args=None, export_fixes=None):
    """Runs the checks over one file: (findings, error text or None). With `export_fixes`, the
    fix-its of its diagnostics are written there (clang-tidy's YAML)."""
    # With a compile database the flags do not depend on the working directory; run in the TU's
    # own directory, because clang-tidy takes HeaderFilterRegex from the .clang-tidy files of the
    # working directory, not of the TU (run elsewhere, a project's header filter is ignored).
    cwd = os.path.dirname(os.path.abspath(path)) if build_dir and compiler_args is None else None
    cmd = [tidy, os.path.abspath(path) if cwd else path, f"-checks={checks}", "--quiet"]
    if export_fixes:
        cmd.append(f"--export-fixes={export_fixes}")
    if compiler_args is not None:
        cmd += ["--"] + compiler_args
    elif build_dir:
        cmd += ["-p", os.path.abspath(build_dir)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    found = [m.groupdict() for m in map(DIAGNOSTIC.match, proc.stdout.splitlines()) if m]
    for d in found:
        d["line"], d["col"] = int(d["line"]), int(d["col"])
    if proc.returncode < 0 or "Stack dump:" in proc.stderr:
        return [d for d in found if d["severity"] == "warning"], crash_report(proc)
    # clang-tidy exits non-zero on compiler errors; findings alone keep it at 0.
    if proc.returncode != 0 or any(d["severity"] == "error" for d in found):
        compiler_errors = [f"{d['file']}:{d['line']}:{d['col']}: error: {d['message']}"
                           for d in found if d["severity"] == "error"]
        why = "\n".join(compiler_errors) or proc.stderr.strip() or proc.stdout.strip()
        return [d for d in found if d["severity"] == "warning"], why
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


def analyse_all(tidy, files, checks, jobs, build_dir=None, compiler_args=None, progress=True, cache=None,
                is_default=True, fixes_dir=None):
    """Runs the checks over every file with `jobs` processes: (findings, {file: error}).
    With a cache (cache.Cache), an unchanged TU's stored result is used instead. With
    `fixes_dir`, each TU's fix-its are exported there (and the cache is not used)."""
    numbers = {f: i for i, f in enumerate(files)}

    def one(path):
        if fixes_dir:
            return analyse(tidy, path, checks_for(tidy, path, checks, is_default), build_dir, compiler_args,
                           os.path.join(fixes_dir, f"{numbers[path]}.yaml"))
        try:
            tu_checks = checks_for(tidy, path, checks, is_default)
        except ConfigError as e:
            return [], str(e)
        k = tu_cache.key(tidy, tu_checks, path, build_dir, compiler_args) if cache else None
        stored = cache.get(k) if cache else None
        if stored is not None:
            return stored
        found, err = analyse(tidy, path, tu_checks, build_dir, compiler_args)
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
    # A header's finding comes from every TU that includes it: report it once.
    unique = {(d["file"], d["line"], d["col"], d["check"] or "", d["message"]): d for d in findings}
    findings = sorted(unique.values(), key=lambda d: (d["file"], d["line"], d["col"], d["check"] or ""))
    return findings, errors
