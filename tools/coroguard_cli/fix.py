"""`coroguard lint --fix`: applies the fix-its clang-tidy exported for the reported findings.

Each TU's analysis exports its replacements (clang-tidy --export-fixes). A header included by
several TUs gets the same replacement from each: it is applied once. Replacements of different
findings that overlap (or insert different text at one offset) conflict: those findings are
reported and none of their replacements is applied, so no fix is ever half-applied. A file is
rewritten atomically (a temporary file renamed over it), and not at all when it changed after
the analysis started; a file that cannot be written stops everything before anything is written."""
import difflib
import glob
import os
import sys
import tempfile

import yaml

from . import tidy


def _offset(lines, line, col):
    """The byte offset of 1-based (line, col) in a file read as lines of bytes (ends kept)."""
    return sum(len(lines[i]) for i in range(min(line - 1, len(lines)))) + col - 1


def exported(fixes_dir):
    """The diagnostics of every export file in `fixes_dir`, as (check, path, offset, replacements)
    with the replacements a tuple of (path, offset, length, text); each distinct one once."""
    seen = []
    for path in sorted(glob.glob(os.path.join(fixes_dir, "*.yaml"))):
        try:
            with open(path, encoding="utf-8") as f:
                document = yaml.safe_load(f) or {}
        except (OSError, yaml.YAMLError) as e:
            raise tidy.ToolError(f"cannot read the fix-its clang-tidy exported ({path}): {e}")
        for d in document.get("Diagnostics") or []:
            message = d.get("DiagnosticMessage") or {}
            replacements = tuple((os.path.abspath(r["FilePath"]), int(r["Offset"]), int(r["Length"]),
                                  r.get("ReplacementText") or "") for r in message.get("Replacements") or [])
            if not replacements:
                continue
            key = (d.get("DiagnosticName", ""), os.path.abspath(message.get("FilePath", "")),
                   int(message.get("FileOffset", -1)), replacements)
            if key not in seen:
                seen.append(key)
    return seen


def for_findings(diagnostics, findings):
    """The exported diagnostics that are among the reported findings."""
    cache = {}
    wanted = {key(d, cache) for d in findings}
    return [diag for diag in diagnostics if diag[:3] in wanted]


def _conflict(a, b):
    """Two replacements (path, offset, length, text) that cannot both be applied."""
    if a[0] != b[0] or a == b:
        return False
    if a[2] == 0 and b[2] == 0:
        return a[1] == b[1]  # two insertions at one offset: their order is undefined
    return a[1] < b[1] + max(b[2], 1) and b[1] < a[1] + max(a[2], 1)


def conflicting(diagnostics):
    """The diagnostics one of whose replacements conflicts with another diagnostic's."""
    bad = set()
    for i, a in enumerate(diagnostics):
        for b in diagnostics[i + 1:]:
            if any(_conflict(x, y) for x in a[3] for y in b[3]):
                bad.update((a, b))
    return [d for d in diagnostics if d in bad]


def apply(diagnostics, started, dry_run, root):
    """Applies the replacements of `diagnostics` file by file: (the (check, path, offset) of the
    findings fixed, messages about those skipped). Files outside `root` (a library's headers a
    header filter let through) are never touched."""
    skipped = []
    inside = os.path.abspath(root).rstrip(os.sep) + os.sep
    outside = [d for d in diagnostics if any(not r[0].startswith(inside) for r in d[3])]
    for d in outside:
        skipped.append(f"{d[1]}: {d[0]}: its fix changes a file outside the source root {root}; not applied")
    diagnostics = [d for d in diagnostics if d not in outside]
    bad = conflicting(diagnostics)
    for d in bad:
        skipped.append(f"{d[1]}: {d[0]}: its fix conflicts with another fix at the same place; not applied")
    diagnostics = [d for d in diagnostics if d not in bad]
    by_file = {}
    for d in diagnostics:
        for r in d[3]:
            by_file.setdefault(r[0], set()).add(r)
    for path in sorted(by_file):
        # Read-only by its mode, even for root (whom os.access lets write anything).
        if not dry_run and (not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222):
            raise tidy.ToolError(f"--fix: cannot write {path}; nothing was changed")
    unchanged = set()
    for path, replacements in sorted(by_file.items()):
        if os.stat(path).st_mtime_ns > started:
            skipped.append(f"{path}: changed since its analysis; not fixed")
            continue
        unchanged.add(path)
        with open(path, "rb") as f:
            before = f.read()
        after = before
        for _, offset, length, text in sorted(replacements, key=lambda r: (r[1], r[2]), reverse=True):
            after = after[:offset] + text.encode("utf-8") + after[offset + length:]
        if dry_run:
            sys.stdout.writelines(difflib.unified_diff(
                before.decode("utf-8", "replace").splitlines(keepends=True),
                after.decode("utf-8", "replace").splitlines(keepends=True), path, path))
        else:
            handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".coroguard-fix-")
            try:
                with os.fdopen(handle, "wb") as f:
                    f.write(after)
                os.chmod(temporary, os.stat(path).st_mode & 0o7777)
                os.replace(temporary, path)
            except OSError as e:
                os.unlink(temporary)
                raise tidy.ToolError(f"--fix: cannot write {path}: {e.strerror}")
    fixed = {d[:3] for d in diagnostics if all(r[0] in unchanged for r in d[3])}
    return fixed, skipped


def key(finding, cache):
    """The (check, path, offset) of a reported finding, as the exported diagnostics name it."""
    path = os.path.abspath(finding["file"])
    if path not in cache:
        try:
            with open(path, "rb") as f:
                cache[path] = f.read().splitlines(keepends=True)
        except OSError:
            cache[path] = []
    return finding.get("check") or "", path, _offset(cache[path], finding["line"], finding["col"])
