"""Which findings are new: against a baseline (a JSON report of an earlier run) and against the
lines a diff touches (a pull request's review mode).

A finding's fingerprint survives unrelated edits: the file (relative to the source root), the
check, the function it is in, and the text of the flagged line; not the line number."""
import json
import os
import re
import subprocess
from collections import Counter

from . import formats, tidy

# A line that starts a function definition at column 0: `task<> handler(int id) {`,
# `auto Session::run() -> task<>`. Preprocessor lines, braces, comments and blocks are not.
DEFINITION = re.compile(r"^(?!(?:namespace|class|struct|enum|union|template|using|typedef|return)\b)"
                        r"[A-Za-z_][^;=]*?(?P<name>[A-Za-z_~][\w:~]*)\s*\(")


def _lines(path, cache):
    if path not in cache:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                cache[path] = f.read().splitlines()
        except OSError:
            cache[path] = []
    return cache[path]


def fingerprint(d, root, cache):
    lines = _lines(d["file"], cache)
    index = d["line"] - 1
    text = lines[index].strip() if 0 <= index < len(lines) else ""
    function = ""
    for line in reversed(lines[:index + 1]):
        m = DEFINITION.match(line)
        if m:
            function = m["name"]
            break
    rel = os.path.relpath(d["file"], root) if os.path.isabs(d["file"]) else d["file"]
    return "|".join([rel.replace(os.sep, "/"), d.get("check") or "", function, " ".join(text.split())])


def add_fingerprints(findings, root):
    cache = {}
    for d in findings:
        d["fingerprint"] = fingerprint(d, root, cache)


def read(path):
    """The fingerprints of a baseline report, with their counts."""
    try:
        with open(path, encoding="utf-8") as f:
            _, findings, _ = formats.from_json(json.load(f))
        return Counter(d["fingerprint"] for d in findings)
    except OSError as e:
        raise tidy.ToolError(f"cannot read the baseline {path}: {e.strerror}")
    except (ValueError, KeyError, TypeError) as e:
        raise tidy.ToolError(f"{path} is not a coroguard JSON report with fingerprints "
                             f"(write one with --write-baseline): {e}")


def new_findings(findings, known):
    """The findings the baseline does not account for (each baselined one accounts for one)."""
    left, new = Counter(known), []
    for d in findings:
        if left[d["fingerprint"]] > 0:
            left[d["fingerprint"]] -= 1
        else:
            new.append(d)
    return new


HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@")


def changed_lines(patch, root):
    """{absolute path: set of line numbers} that a unified diff adds or changes (new side)."""
    changed, path = {}, None
    for line in patch.splitlines():
        if line.startswith("+++ "):
            name = line[4:].split("\t")[0].strip()
            path = None if name == "/dev/null" else os.path.normpath(
                os.path.join(root, name[2:] if name.startswith("b/") else name))
        elif path and (m := HUNK.match(line)):
            start, count = int(m["start"]), int(m["count"] if m["count"] is not None else 1)
            changed.setdefault(path, set()).update(range(start, start + count))
    return changed


def git_diff(ref, cwd):
    """The diff of the work tree against `ref`, and the repository's top directory."""
    def git(*args):
        return subprocess.run(["git", "-C", cwd, *args], capture_output=True, text=True)
    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise tidy.ToolError(f"--diff needs a git work tree: {top.stderr.strip()}")
    if git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise tidy.ToolError(f"--diff {ref}: git knows no such commit")
    diff = git("diff", "-U0", "--no-color", "--no-ext-diff", ref, "--")
    if diff.returncode != 0:
        raise tidy.ToolError(f"git diff {ref} failed: {diff.stderr.strip()}")
    return diff.stdout, top.stdout.strip()


def on_changed_lines(findings, changed):
    return [d for d in findings if d["line"] in changed.get(os.path.abspath(d["file"]), ())]
