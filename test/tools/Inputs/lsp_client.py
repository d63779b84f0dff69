"""Drives a clangd over LSP as an editor does: initialize, didOpen FILE, wait for its
publishDiagnostics, ask for the code actions at each diagnostic, shut down. Prints one line per
diagnostic (LINE:COL [source code] message) and one per fix-it edit, for FileCheck.

usage: lsp_client.py CLANGD FILE [CLANGD_ARGS...]
"""
import json
import os
import subprocess
import sys
import threading


class Server:
    def __init__(self, argv):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        # Drain clangd's log so a full pipe never blocks it; printed if the session fails.
        self.log = []
        threading.Thread(target=lambda: self.log.extend(self.proc.stderr), daemon=True).start()
        self.next_id = 0

    def send(self, method, params, request=True):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return message.get("id")

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("clangd closed its output:\n" + b"".join(self.log[-30:]).decode(errors="replace"))
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, accept):
        while True:
            message = self.receive()
            if accept(message):
                return message

    def request(self, method, params):
        id_ = self.send(method, params)
        reply = self.wait_for(lambda m: m.get("id") == id_ and "method" not in m)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]


def position(p):
    return f"{p['line'] + 1}:{p['character'] + 1}"


def main():
    clangd, path = sys.argv[1], os.path.abspath(sys.argv[2])
    uri = "file://" + path
    server = Server([clangd, *sys.argv[3:]])
    try:
        server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
                                      "capabilities": {"textDocument": {"codeAction": {"codeActionLiteralSupport": {
                                          "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
        server.send("initialized", {}, request=False)
        with open(path) as f:
            server.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "cpp", "version": 1,
                                                                  "text": f.read()}}, request=False)
        published = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                    and m["params"]["uri"] == uri)
        diagnostics = published["params"]["diagnostics"]
        print(f"{len(diagnostics)} diagnostic(s)")
        for d in diagnostics:
            print(f"{position(d['range']['start'])} [{d.get('source', '')} {d.get('code', '')}] "
                  f"{d['message'].splitlines()[0]}")
            actions = server.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"],
                                                                 "context": {"diagnostics": [d]}})
            for action in actions or []:
                for edit in action.get("edit", {}).get("changes", {}).get(uri, []):
                    r = edit["range"]
                    print(f"  fix '{action['title']}': {position(r['start'])}-{position(r['end'])} "
                          f"-> {json.dumps(edit['newText'])}")
        server.request("shutdown", None)
        server.send("exit", None, request=False)
        return server.proc.wait(timeout=30)
    finally:
        if server.proc.poll() is None:
            server.proc.kill()


if __name__ == "__main__":
    sys.exit(main())
