"""`coroguard lint`: the checks over files or a build, for CI.

Exit status: 0 clean, 1 findings, 2 usage or tool error (--fail-on changes what fails)."""
import json
import os
import sys
import tempfile
import time
from collections import Counter

from . import baseline, cache, fix, formats, tidy


def error(message):
    print(f"coroguard: error: {message}", file=sys.stderr)
    return 2


def find_compile_db(start):
    """The directory holding compile_commands.json for `start`, as clang-tidy looks for it."""
    d = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start))
    while True:
        if os.path.isfile(os.path.join(d, "compile_commands.json")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def database_files(build_dir):
    """The source files of BUILD_DIR/compile_commands.json, as absolute paths (read once per run,
    shared with the cache's lookup of compile commands)."""
    try:
        return sorted(cache.database(build_dir))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise tidy.ToolError(f"cannot read {os.path.join(build_dir, 'compile_commands.json')}: {e}")


def expand(paths, build_dir):
    """Files to analyse: each file as given, each directory as the database's files under it."""
    files = []
    for p in paths:
        if os.path.isdir(p):
            if not build_dir:
                raise tidy.ToolError(f"'{p}' is a directory: give -p BUILD_DIR to lint the files it compiles")
            prefix = os.path.abspath(p).rstrip(os.sep) + os.sep
            files += [f for f in database_files(build_dir) if f.startswith(prefix)]
        elif os.path.isfile(p):
            files.append(p)
        else:
            raise tidy.ToolError(f"no such file: {p}")
    if not files:
        raise tidy.ToolError("no translation units under the given paths")
    return sorted(set(files))


def shard(files, spec):
    """Shard I of N ("I/N", 1-based): every N-th file of the sorted list, so the shards are
    disjoint and together cover every file, on every machine with the same inputs."""
    try:
        index, count = (int(x) for x in spec.split("/"))
    except ValueError:
        raise tidy.ToolError(f"--shard wants I/N, e.g. 1/4, not '{spec}'")
    if count < 1 or not 1 <= index <= count:
        raise tidy.ToolError(f"--shard {spec}: I must be between 1 and N")
    return [f for i, f in enumerate(sorted(files)) if i % count == index - 1]


def summary(files, findings, errors, hidden=()):
    by_check = Counter(d.get("check") or "(compiler)" for d in findings)
    lines = [f"coroguard lint: {len(files)} file(s), {len(findings)} finding(s)"
             + (f", {len(errors)} failed to parse" if errors else "")
             + (f" (not shown: {', '.join(hidden)})" if hidden else "")]
    lines += [f"  {n:5}  {check}" for check, n in sorted(by_check.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(lines)


def exit_status(findings, errors, fail_on):
    if errors and fail_on != "never":
        return 2
    if findings and fail_on == "findings":
        return 1
    return 0


def write(text, output):
    if output:
        try:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise tidy.ToolError(f"cannot write {output}: {e}")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()  # findings first, then the summary, when both go to one file


def review_filters(args):
    """What --baseline and --diff/--changed-lines keep, read before any analysis so that bad
    input fails at once: (baseline fingerprints or None, changed lines or None)."""
    known = baseline.read(args.baseline) if args.baseline else None
    changed = None
    if args.dry_run and not args.fix:
        raise tidy.ToolError("--dry-run goes with --fix")
    if args.fix and args.merge:
        raise tidy.ToolError("--fix needs the analysis itself, not merged reports")
    if args.diff and args.changed_lines:
        raise tidy.ToolError("give --diff or --changed-lines, not both")
    if args.diff:
        patch, top = baseline.git_diff(args.diff, args.source_root)
        changed = baseline.changed_lines(patch, top)
    elif args.changed_lines:
        try:
            with open(args.changed_lines, encoding="utf-8") as f:
                changed = baseline.changed_lines(f.read(), args.source_root)
        except OSError as e:
            raise tidy.ToolError(f"cannot read {args.changed_lines}: {e.strerror}")
    return known, changed


def run(args, tidy_path):
    results = None
    hidden = []
    try:
        known, changed = review_filters(args)
        if args.merge:
            files, findings, errors = [], [], {}
            for report in args.files:
                try:
                    with open(report, encoding="utf-8") as f:
                        f_files, f_findings, f_errors = formats.from_json(json.load(f))
                except (OSError, ValueError, KeyError) as e:
                    raise tidy.ToolError(f"cannot merge {report}: {e}")
                files += f_files
                findings += f_findings
                errors.update(f_errors)
            if len(files) != len(set(files)):
                raise tidy.ToolError("the reports overlap: a file was analysed by two shards")
        else:
            build_dir, compiler_args = args.p, args.compiler_args
            if not args.files and not build_dir:
                return error("lint needs files or directories, or -p BUILD_DIR to lint every file it compiles")
            if build_dir and not os.path.isfile(os.path.join(build_dir, "compile_commands.json")):
                raise tidy.ToolError(f"no compile_commands.json in '{build_dir}' "
                                     "(configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON)")
            # No path: every translation unit of the database, as run-clang-tidy does.
            files = expand(args.files, build_dir) if args.files else database_files(build_dir)
            if not files:
                raise tidy.ToolError(f"{os.path.join(build_dir, 'compile_commands.json')} lists no files")
            if args.shard:
                files = shard(files, args.shard)
            if compiler_args is None and not build_dir and not find_compile_db(files[0]):
                print("coroguard: note: no compile_commands.json found; using '-std=c++20' "
                      "(give -p BUILD_DIR or '-- FLAGS')", file=sys.stderr)
                compiler_args = ["-std=c++20"]
            tidy.enabled_checks(tidy_path, args.checks)
            results = cache.Cache(args.cache_dir) if args.cache_dir and not args.fix else None
            fixes = tempfile.TemporaryDirectory(prefix="coroguard-fixes-") if args.fix else None
            started = time.time_ns()
            findings, errors = tidy.analyse_all(tidy_path, files, args.checks, args.jobs, build_dir,
                                                compiler_args, progress=not args.quiet, cache=results,
                                                is_default=args.default_checks,
                                                fixes_dir=fixes.name if fixes else None)
        baseline.add_fingerprints(findings, args.source_root)
        if args.write_baseline:
            write(json.dumps(formats.to_json(files, findings, errors), indent=2) + "\n", args.write_baseline)
        if known is not None:
            shown = baseline.new_findings(findings, known)
            hidden.append(f"{len(findings) - len(shown)} in the baseline")
            findings = shown
        if changed is not None:
            shown = baseline.on_changed_lines(findings, changed)
            hidden.append(f"{len(findings) - len(shown)} on unchanged lines")
            findings = shown
        if args.fix:
            lines = {}
            keyed = [(fix.key(d, lines), d) for d in findings]  # before the files change
            with fixes:
                fixed, skipped = fix.apply(fix.for_findings(fix.exported(fixes.name), findings), started,
                                           args.dry_run, args.source_root)
            for message in skipped:
                print(f"coroguard: --fix: {message}", file=sys.stderr)
            if not args.dry_run:
                remaining = [d for k, d in keyed if k not in fixed]
                hidden.append(f"{len(findings) - len(remaining)} fixed")
                findings = remaining
        if args.dry_run:
            findings = []  # the diff was the output
        write(formats.render(args.format, files, findings, errors, args.source_root), args.output)
    except tidy.ToolError as e:
        return error(str(e))
    for f, why in sorted(errors.items()):
        print(f"coroguard: error: could not analyse {f}:\n{why}", file=sys.stderr)
    if results:
        print(f"coroguard: cache: {results.hits} hit(s), {results.misses} miss(es)", file=sys.stderr)
    print(summary(files, findings, errors, hidden), file=sys.stderr)
    return exit_status(findings, errors, args.fail_on)
