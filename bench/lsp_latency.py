#!/usr/bin/env python3
"""Edit-to-diagnostics latency of `tactful lsp`, measured as a client sees it.

A scripted client starts the server, opens a draft, then sends N
`textDocument/didChange` notifications one at a time (a one-character
incremental edit, alternately typed and deleted) and times each from the
moment the notification is written until the `textDocument/publishDiagnostics`
for that version arrives. Drafts: about 3 KB and about 200 KB, built from the
corpus's outreach messages (their text, repeated) so the real rule pack has
real work to do.

    bench/lsp_latency.py BUILD/tactful [--rules DIR] [--runs N] [--json]

Prints median, p90, p99, min and max in milliseconds per draft size.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Client:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            m = self.receive()
            if m.get("id") == rid and "method" not in m:
                return m

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_publish(self, uri, version):
        while True:
            m = self.receive()
            if m.get("method") == "textDocument/publishDiagnostics":
                p = m["params"]
                if p["uri"] == uri and p.get("version") == version:
                    return p

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.proc.wait(timeout=10)


def draft(size):
    """Greeting, then corpus outreach paragraphs until `size` bytes, then a sign-off."""
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "outreach", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        for block in text.split("\n\n")[1:-1]:  # skip greeting and sign-off
            if len(block) > 80:
                paragraphs.append(block.strip())
    body = []
    total = 0
    i = 0
    while total < size - 40:
        p = paragraphs[i % len(paragraphs)]
        body.append(p)
        total += len(p.encode()) + 2
        i += 1
    return "Dear Ms. Oyelaran,\n\n" + "\n\n".join(body) + "\n\nThank you,\nZoë\n"


def measure(client, uri, text, runs):
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    client.wait_publish(uri, 1)
    line = 2  # inside the first paragraph
    times = []
    findings = 0
    for i in range(runs):
        version = i + 2
        if i % 2 == 0:
            change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": "x"}
        else:
            change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 1}}, "text": ""}
        start = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        published = client.wait_publish(uri, version)
        times.append((time.perf_counter() - start) * 1000.0)
        findings = len(published["diagnostics"])
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    times.sort()

    def pct(p):
        return times[min(len(times) - 1, int(round(p / 100.0 * (len(times) - 1))))]

    return {"bytes": len(text.encode()), "runs": runs, "findings": findings, "median_ms": statistics.median(times),
            "p90_ms": pct(90), "p99_ms": pct(99), "min_ms": times[0], "max_ms": times[-1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tactful")
    parser.add_argument("--rules", help="rule folder (default: the binary's installed pack)")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    command = [os.path.abspath(args.tactful), "lsp"] + (["--rules", args.rules] if args.rules else [])
    client = Client(command)
    client.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
    client.notify("initialized", {})
    results = {}
    for name, size, runs in (("3 KB", 3 * 1024, args.runs), ("200 KB", 200 * 1024, max(20, args.runs // 4))):
        results[name] = measure(client, "file:///tmp/tactful-bench/draft-%d.txt" % size, draft(size), runs)
    status = client.close()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("draft     bytes  runs  findings  median ms  p90 ms  p99 ms  min ms  max ms")
        for name, r in results.items():
            print("%-7s %7d %5d %9d %10.2f %7.2f %7.2f %7.2f %7.2f" % (
                name, r["bytes"], r["runs"], r["findings"], r["median_ms"], r["p90_ms"], r["p99_ms"], r["min_ms"], r["max_ms"]))
    if status != 0:
        print("the server exited with status %d" % status, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
