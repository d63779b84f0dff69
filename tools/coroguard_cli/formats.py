"""The outputs of `coroguard lint`: text (compiler style), JSON (also the shard format that
--merge reads) and SARIF 2.1.0 (GitHub code scanning)."""
import json
import os

VERSION = "0.1.0"


def to_json(files, findings, errors):
    return {"tool": "coroguard", "version": VERSION, "files": sorted(files),
            "findings": findings, "errors": [{"file": f, "message": m} for f, m in sorted(errors.items())]}


def from_json(document):
    """(files, findings, errors) of a JSON report; ValueError when it is not one."""
    if not isinstance(document, dict) or document.get("tool") != "coroguard":
        raise ValueError("not a coroguard JSON report")
    return (document["files"], document["findings"],
            {e["file"]: e["message"] for e in document.get("errors", [])})


def to_text(findings):
    lines = []
    for d in findings:
        tag = f" [{d['check']}]" if d.get("check") else ""
        lines.append(f"{d['file']}:{d['line']}:{d['col']}: {d['severity']}: {d['message']}{tag}")
    return "\n".join(lines) + ("\n" if lines else "")


def to_sarif(findings, errors, root):
    """A SARIF 2.1.0 log with one run; locations relative to `root` (%SRCROOT%)."""
    def uri(path):
        rel = os.path.relpath(path, root) if os.path.isabs(path) else path
        return rel.replace(os.sep, "/")

    rule_ids = sorted({d["check"] for d in findings if d.get("check")})
    rules = [{"id": r, "name": r, "shortDescription": {"text": r},
              "help": {"text": f"see docs/checks/{r.removeprefix('coroguard-')}.md"}} for r in rule_ids]
    results = [{
        "ruleId": d.get("check") or "clang-diagnostic",
        "level": "error" if d["severity"] == "error" else "warning",
        "message": {"text": d["message"]},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri(d["file"]), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": d["line"], "startColumn": d["col"]}}}],
        # GitHub code scanning matches results across runs by these, as --baseline does.
        **({"partialFingerprints": {"coroguard/v1": d["fingerprint"]}} if d.get("fingerprint") else {}),
    } for d in findings]
    notifications = [{"level": "error", "message": {"text": f"could not analyse {uri(f)}: {m[:2000]}"}}
                     for f, m in sorted(errors.items())]
    run = {
        "tool": {"driver": {"name": "coroguard", "version": VERSION, "rules": rules}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + os.path.abspath(root).rstrip("/") + "/"}},
        "results": results,
        "invocations": [{"executionSuccessful": not errors, "toolExecutionNotifications": notifications}],
    }
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}


def render(fmt, files, findings, errors, root):
    if fmt == "json":
        return json.dumps(to_json(files, findings, errors), indent=2) + "\n"
    if fmt == "sarif":
        return json.dumps(to_sarif(findings, errors, root), indent=2) + "\n"
    return to_text(findings)
