#!/usr/bin/env python3
"""Checks a SARIF log has the fields SARIF 2.1.0 requires (and GitHub code scanning reads),
then prints one line per result: uri:line:column ruleId level."""
import json
import sys

log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0", "version"
assert "sarif-2.1.0" in log["$schema"], "$schema"
assert isinstance(log["runs"], list) and len(log["runs"]) == 1, "runs"
run = log["runs"][0]
driver = run["tool"]["driver"]
assert isinstance(driver["name"], str) and driver["name"], "tool.driver.name"
rule_ids = {r["id"] for r in driver["rules"]}
for rule in driver["rules"]:
    assert rule["id"] and rule["shortDescription"]["text"], "rule"
rows = []
for r in run["results"]:
    assert r["message"]["text"], "result.message.text"
    assert r["ruleId"] in rule_ids, f"ruleId {r['ruleId']} has no rule"
    assert r["level"] in ("none", "note", "warning", "error"), "level"
    loc = r["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    assert not uri.startswith("/") and loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%", "relative uri"
    region = loc["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1, "region"
    rows.append(f"{uri}:{region['startLine']}:{region['startColumn']} {r['ruleId']} {r['level']}")
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://"), "originalUriBaseIds"
print(f"sarif {log['version']}: {len(run['results'])} results, {len(rule_ids)} rules, all required fields present")
for row in sorted(rows, key=lambda r: "forgotten_await" not in r):
    print(row)
