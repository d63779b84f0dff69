"""`coroguard list-checks` and `coroguard explain CHECK`: the checks and their doc pages
(docs/checks/*.md: the asyncio pitfall, bad and good code, options), in the terminal."""
import difflib
import os
import re
import sys

from . import tidy

# A row of the table in docs/checks/README.md: | [coroguard-x](x.md) (opt-in) | finds | analogue |
ROW = re.compile(r"^\|\s*\[(?P<name>coroguard-[\w-]+)\]\((?P<page>[\w-]+\.md)\)(?P<opt_in> \(opt-in\))?\s*"
                 r"\|\s*(?P<finds>[^|]*?)\s*\|")
# What the terminal does not need: the snippet checker's markers, link targets.
MARKER = re.compile(r"^<!-- compile: \w+ -->\n", re.M)


def docs_dir(source_dir):
    return os.path.join(source_dir, "docs", "checks")


def index(source_dir):
    """{check: (page path, one-line summary)} from the table of docs/checks/README.md."""
    path = os.path.join(docs_dir(source_dir), "README.md")
    try:
        with open(path, encoding="utf-8") as f:
            rows = [ROW.match(line) for line in f]
    except OSError as e:
        raise tidy.ToolError(f"cannot read the checks' docs ({e})")
    return {m["name"]: (os.path.join(docs_dir(source_dir), m["page"]), m["finds"].replace("`", ""))
            for m in rows if m}


def list_checks(tidy_path, source_dir, default_checks):
    """One line per check the tool has: name, on by default or opt-in, what it finds."""
    have = tidy.enabled_checks(tidy_path, "-*,coroguard-*")
    on = set(tidy.enabled_checks(tidy_path, default_checks))
    pages = index(source_dir)
    width = max(map(len, have))
    for name in have:
        summary = pages.get(name, (None, "(no doc page)"))[1]
        print(f"{name:{width}}  {'default' if name in on else 'opt-in '}  {summary}")
    return 0


def explain(check, source_dir):
    name = check if check.startswith("coroguard-") else "coroguard-" + check
    pages = index(source_dir)
    if name not in pages:
        close = difflib.get_close_matches(name, pages, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `coroguard list-checks`)"
        raise tidy.ToolError(f"no check named '{check}'{hint}")
    with open(pages[name][0], encoding="utf-8") as f:
        sys.stdout.write(MARKER.sub("", f.read()))
    return 0
