"""coroguard: lint coroutine code and run the debug-mode demo.

  coroguard lint [-p BUILD_DIR] [options] PATH... [-- COMPILER_ARGS...]
      Runs the coroguard checks over each file, and over every translation unit of
      BUILD_DIR/compile_commands.json under each directory, in parallel.
      Exit status: 0 clean, 1 findings, 2 usage or tool error.
      --fix applies the fix-its of what it reports (--dry-run: prints the diff);
      --baseline FILE reports only findings not in an earlier run's report (matched by file,
      check, function and the flagged line's text), --diff REF only those on changed lines.
  coroguard lint --merge REPORT.json...
      Joins the JSON reports of shards into one report (any --format).
  coroguard list-checks
      Every check, whether it is on by default or opt-in, and what it finds.
  coroguard explain CHECK
      The check's doc page: the pitfall, bad and good code, its options.
  coroguard ps [--json] [--times] PID
      The live tasks of a running program built with the debug runtime or coroguard-clang++,
      read from outside without stopping it: id, state, coroutine, created at, suspended at,
      waiting on, awaited by; --times adds busy, idle and scheduled time, steps, the longest
      step and a warning for a task that does not yield. Needs gdb (it reads the executable's
      debug info).
  coroguard pstree [--json] PID
      The same tasks as a tree, each under the task waiting for it; a cycle printed once.
  coroguard demo
      The main job on the bundled examples: lints examples/pitfalls, runs each pitfall
      program with the debug runtime, and says what each tool found and where.
"""
import argparse
import os

from . import demo, explain, lint, ps, tidy


def parse(argv, default_checks):
    parser = argparse.ArgumentParser(prog="coroguard", description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("lint", help="run the coroguard checks over files or a build")
    p.add_argument("-p", metavar="BUILD_DIR", help="directory holding compile_commands.json")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel analyses (default: cores)")
    p.add_argument("--checks", default=default_checks, help=f"check globs (default: {default_checks})")
    p.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    p.add_argument("--output", metavar="FILE", help="write the report there instead of stdout")
    p.add_argument("--source-root", metavar="DIR", default=os.getcwd(),
                   help="SARIF paths are relative to it (%%SRCROOT%%; default: the current directory)")
    p.add_argument("--fail-on", choices=("findings", "errors", "never"), default="findings",
                   help="findings: exit 1 on findings, 2 on errors; errors: only errors fail; never")
    p.add_argument("--shard", metavar="I/N", help="analyse only shard I of N (1-based, stable split)")
    p.add_argument("--merge", action="store_true", help="join JSON reports given as PATHs")
    p.add_argument("--cache-dir", metavar="DIR", help="reuse results of unchanged TUs stored there")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress")
    p.add_argument("--baseline", metavar="FILE",
                   help="report and fail only on findings not in FILE (a JSON report, see --write-baseline)")
    p.add_argument("--write-baseline", metavar="FILE", help="also write every finding to FILE as a baseline")
    p.add_argument("--fix", action="store_true",
                   help="apply the fix-its of the reported findings to files under --source-root "
                        "(conflicting ones are skipped)")
    p.add_argument("--dry-run", action="store_true", help="with --fix: print the diff, change nothing")
    p.add_argument("--diff", metavar="REF", help="report only findings on lines changed since git REF")
    p.add_argument("--changed-lines", metavar="PATCH",
                   help="report only findings on lines a unified diff adds (paths relative to --source-root)")
    p.add_argument("files", nargs="*", metavar="PATH")
    sub.add_parser("list-checks", help="every check, on by default or opt-in, and what it finds")
    p = sub.add_parser("explain", help="print a check's doc page")
    p.add_argument("check", metavar="CHECK", help="a check name, with or without 'coroguard-'")
    sub.add_parser("demo", help="lint the bundled pitfalls and run them with the debug runtime")
    for name, what in (("ps", "the live tasks of a running program"), ("pstree", "its tasks as an await tree")):
        p = sub.add_parser(name, help=what + ", read without stopping it")
        p.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "ps":
            p.add_argument("--times", action="store_true",
                           help="where each task's time went: busy, idle, scheduled, steps, longest step")
            p.add_argument("--slow-ms", type=int, default=100, metavar="MS",
                           help="warn of a task whose step ran longer than this without yielding (default: 100)")
        p.add_argument("pid", type=int, metavar="PID")
    compiler_args = None
    if "--" in argv:
        i = argv.index("--")
        argv, compiler_args = argv[:i], argv[i + 1:]
    args = parser.parse_args(argv)
    args.compiler_args = compiler_args
    return args


def main(argv, tidy_path, source_dir, build_dir, default_checks):
    checks = tidy.default_checks(default_checks)
    args = parse(argv, checks)
    if args.command == "lint":
        args.default_checks = args.checks == checks
    if args.command == "lint":
        return lint.run(args, tidy_path)
    if args.command in ("ps", "pstree"):
        return ps.run(args, source_dir)
    if args.command in ("list-checks", "explain"):
        try:
            if args.command == "list-checks":
                return explain.list_checks(tidy_path, source_dir, checks)
            return explain.explain(args.check, source_dir)
        except tidy.ToolError as e:
            return lint.error(str(e))
    return demo.run(tidy_path, source_dir, build_dir, checks)
