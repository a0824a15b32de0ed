#!/usr/bin/env python3
"""Output safety of the real `timeline build` binary on hostile article text (issue 8).

output_safety_test.py html     TIMELINE_BIN OUT_DIR   the HTML report in headless Chromium: no
                                                      script, event handler or javascript: URL from
                                                      an article runs (exit 77 without chromium)
output_safety_test.py escaping TIMELINE_BIN OUT_DIR   CSV cells never start a formula; JSON keeps
                                                      hostile strings exactly; Markdown rows stay
                                                      rows; text output carries no escape bytes
output_safety_test.py output   TIMELINE_BIN OUT_DIR   -o writes the named file and nothing else
output_safety_test.py no-shell TIMELINE_BIN SRC_DIR   the binary imports no system/popen/exec*/
                                                      fork/posix_spawn and src/ calls none"""
import base64
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys

SKIP = 77
PWN_TITLE = "pwned"

# Invented articles whose sentences carry markup that would act if the report let it through.
# Each payload, if executed, sets document.title or adds a <pwned-*> element.
PAYLOADS = [
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    "<svg onload=\"document.body.appendChild(document.createElement('pwned-svg'))\"></svg>",
    "<a href=\"javascript:document.title='pwned'\" id=\"pwned-link\">click</a>",
    "\"><script>document.body.appendChild(document.createElement('pwned-attr'))</script>",
    "</code></blockquote><iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>",
    "<!--",
    "<style>body{display:none}</style>",
]


def hostile_folder(root):
    if os.path.lexists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    for k, p in enumerate(PAYLOADS):
        with open(os.path.join(root, f"{k:02d}-article.txt"), "w", encoding="utf-8") as f:
            f.write(f"Acme Widgets Corp. said on March {10 + k}, 2021 that intruders {p} broke into its payroll "
                    f"servers on March 3, 2021.\n")
    # Metadata fields (outlet, title, url) from a JSON export, and a file name, carry markup too.
    with open(os.path.join(root, "export.json"), "w", encoding="utf-8") as f:
        json.dump({"title": "<script>document.title='pwned'</script>",
                   "url": "javascript:document.title='pwned'",
                   "source": {"name": "<img src=x onerror=\"document.title='pwned'\">"},
                   "publishedAt": "2021-03-20",
                   "content": "Acme Widgets Corp. said on March 20, 2021 that intruders broke into its payroll "
                              "servers on March 3, 2021."}, f)
    with open(os.path.join(root, "<img src=x onerror=document.title=1>.txt"), "w", encoding="utf-8") as f:
        f.write("Acme Widgets Corp. said on March 21, 2021 that intruders broke into its payroll servers on "
                "March 3, 2021.\n")


def build(binary, args, **kw):
    r = subprocess.run([binary, "build"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kw)
    if r.returncode != 0:
        raise SystemExit(f"FAILED: timeline build {' '.join(args)}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r.stdout


class Checker:
    def __init__(self):
        self.problems = 0

    def check(self, ok, message):
        print(("ok: " if ok else "FAILED: ") + message)
        self.problems += not ok


def html_test(binary, out_dir):
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if browser is None:
        print("skipped: no chromium (scripts/install-deps.sh installs Debian's chromium)")
        return SKIP
    c = Checker()
    root = os.path.join(out_dir, "articles")
    hostile_folder(root)
    page = os.path.join(out_dir, "report.html")
    build(binary, [root, "-f", "html", "--quiet", "-o", page])
    with open(page, encoding="utf-8") as f:
        source = f.read()
    # The payloads are in the page, as text: otherwise this test proves nothing.
    c.check("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in source,
            "the <script> payload is in the page, escaped as text")
    c.check("onerror=&quot;document.title" in source or "onerror=document.title" in source.replace("&#39;", "'"),
            "the onerror payload is in the page, escaped as text")
    c.check(len(re.findall(r"<script\b", source)) == 1, "the page has exactly one <script> element (its own)")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', source)
    c.check(csp is not None and "'unsafe-inline'" not in csp.group(1).split("script-src")[-1].split(";")[0],
            "the Content-Security-Policy allows only the page's own script (by hash), no inline script or handler")
    own = re.search(r"<script>(.*?)</script>", source, re.S)
    digest = "sha256-" + base64.b64encode(hashlib.sha256(own.group(1).encode()).digest()).decode() if own else ""
    c.check(csp is not None and f"'{digest}'" in csp.group(1),
            f"the policy's script hash is the page's own script's ({digest}), so printing still opens the evidence")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
           "--virtual-time-budget=5000", "--dump-dom", "file://" + os.path.abspath(page)]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    c.check(r.returncode == 0, f"chromium rendered the page (exit {r.returncode})")
    dom = r.stdout.decode("utf-8", errors="replace")
    with open(os.path.join(out_dir, "report.dom.html"), "w", encoding="utf-8") as f:
        f.write(dom)
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    c.check(title is not None and PWN_TITLE not in title.group(1) and title.group(1).strip() != "1",
            f"document.title is the report's own ({title.group(1) if title else None!r})")
    c.check(re.search(r"<pwned", dom) is None, "no element added by an article's script or handler")
    c.check(re.search(r"<(img|svg|iframe|a|style)\b[^>]*(onerror|onload|srcdoc|javascript:)", dom, re.I) is None,
            "no live element carrying an article's handler, srcdoc or javascript: URL")
    c.check(re.search(r'<[a-z]+\b[^<>]*\b(href|src|action)\s*=\s*"?\s*javascript:', dom, re.I) is None,
            "no element with a javascript: URL (the payload is shown as text only)")
    c.check(len(re.findall(r'<details class="event', dom)) >= 1, "the events are rendered (the page still works)")
    return 1 if c.problems else 0


def escaping_test(binary, out_dir):
    c = Checker()
    root = os.path.join(out_dir, "articles")
    if os.path.lexists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    # File names (the document column) and sentences start with what a spreadsheet runs.
    starts = ["=HYPERLINK(\"http://example.invalid\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]
    for k, s in enumerate(starts):
        name = s.replace("/", "_") + f"-{k}.txt"
        with open(os.path.join(os.fsencode(root), os.fsencode(name)), "w", encoding="utf-8") as f:
            f.write(f"{s} Acme Widgets Corp. said on March {10 + k}, 2021 that intruders broke into its payroll "
                    f"servers on March 3, 2021.\n")
    hostile = ("Acme Widgets Corp. said on March 20, 2021 that intruders | with `rm -rf` and [a link](javascript:x) "
               "and ![img](http://x) and **bold** <b>tag</b> and \x1b[31mred\x1b[0m \x07bell\x08 \\ # ~ $ broke into "
               "its payroll servers on March 3, 2021.\n")
    with open(os.path.join(root, "markup.txt"), "w", encoding="utf-8") as f:
        f.write(hostile)
    with open(os.path.join(root, "export.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "=cmd|' /C calc'!A0", "title": "line\nbreak | pipe",
                   "content": "Acme Widgets Corp. said on March 22, 2021 that intruders broke into its payroll "
                              "servers on March 3, 2021."}, f)

    # CSV, both shapes: no cell starts a formula.
    for extra in ([], ["--csv-claims"]):
        rows = list(csv.reader(io.StringIO(build(binary, [root, "-f", "csv", "--quiet"] + extra).decode("utf-8"),
                                           newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        bad = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
        c.check(not bad, f"csv {' '.join(extra) or 'events'}: no cell starts with = + - @ tab or CR ({bad[:3]})")
        c.check(all(len(r) == len(rows[0]) for r in rows), f"csv {' '.join(extra) or 'events'}: every row has "
                f"{len(rows[0])} cells")
        if extra:
            docs = [r[rows[0].index("document")] for r in rows[1:]]
            c.check(any(d.startswith("'=HYPERLINK") for d in docs) and any(d.startswith("'@SUM") for d in docs),
                    "csv: the formula-like file names are there, defused with a leading apostrophe")
            c.check(any(o.startswith("'=cmd") for o in (r[rows[0].index("outlet")] for r in rows[1:])),
                    "csv: the formula-like outlet is there, defused")

    # JSON: valid, and the hostile sentence comes back byte for byte apart from what the loader documents.
    tl = json.loads(build(binary, [root, "-f", "json", "--quiet"]).decode("utf-8"))
    texts = [cl["text"] for cl in tl.get("claims", [])]
    for ev in tl["events"] + tl.get("undated", []) + tl.get("related", []):
        for cl in ev.get("claims", []):
            if isinstance(cl, dict) and "text" in cl:
                texts.append(cl["text"])
    raw = json.dumps(tl)
    c.check("intruders | with `rm -rf` and [a link](javascript:x)" in raw,
            "json: pipes, backticks and brackets kept as text in a valid document")

    # Markdown: each table row has the header's number of cells; no raw markup or control byte.
    md = build(binary, [root, "-f", "markdown", "--quiet"]).decode("utf-8")
    with open(os.path.join(out_dir, "timeline.md"), "w", encoding="utf-8") as f:
        f.write(md)
    table = [line for line in md.splitlines() if line.startswith("|")]
    def cells(line):
        return len(re.findall(r"(?<!\\)\|", line)) - 1
    c.check(table and all(cells(line) == cells(table[0]) for line in table),
            "markdown: every table row has the header's number of cells (pipes and newlines escaped)")
    c.check("[a link](javascript:x)" not in md and "![img](" not in md, "markdown: no live link or image from an article")
    c.check("`rm -rf`" not in md, "markdown: article backticks cannot open code spans")
    c.check("<b>tag</b>" not in md, "markdown: article HTML is escaped")
    c.check(not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", md), "markdown: no control bytes")
    c.check("\\|" in md and "\\`" in md, "markdown: the hostile sentence is there, escaped")

    # Text, even with colour forced: the only escape sequences are the tool's own colours.
    for colour in ("never", "always"):
        text = build(binary, [root, "-f", "text", "--quiet", "--color", colour, "--explain"]).decode("utf-8")
        foreign = re.sub(r"\x1b\[[0-9;]*m", "", text) if colour == "always" else text
        c.check(not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", foreign.replace("\r\n", "\n")),
                f"text --color {colour}: no control byte from an article or a file name")
        c.check("\x1b[31mred" not in text and " [31mred" in text,
                f"text --color {colour}: the article's escape sequence is shown inert (its ESC blanked), not dropped")
    return 1 if c.problems else 0


def listing(path):
    out = {}
    for dirpath, dirnames, filenames in os.walk(path):
        for n in dirnames + filenames:
            p = os.path.join(dirpath, n)
            st = os.lstat(p)
            out[os.path.relpath(p, path)] = (st.st_size, st.st_mtime_ns)
    return out


def output_test(binary, out_dir):
    c = Checker()
    root = os.path.join(out_dir, "articles")
    hostile_folder(root)
    cwd = os.path.join(out_dir, "cwd")
    shutil.rmtree(cwd, ignore_errors=True)
    os.makedirs(os.path.join(cwd, "reports"))
    inputs_before, cwd_before = listing(root), listing(cwd)
    for fmt, name in (("html", "reports/t.html"), ("json", "reports/t.json"), ("csv", "reports/t.csv"),
                      ("markdown", "reports/t.md"), ("text", "reports/t.txt"), ("timelinejs", "reports/tjs.json")):
        r = subprocess.run([binary, "build", root, "-f", fmt, "-o", name], cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=300)
        c.check(r.returncode == 0 and r.stdout == b"", f"-f {fmt} -o {name}: exit 0 and nothing on stdout")
    after = listing(cwd)
    created = sorted(set(after) - set(cwd_before))
    want = sorted(["reports/t.html", "reports/t.json", "reports/t.csv", "reports/t.md", "reports/t.txt",
                   "reports/tjs.json"])
    c.check(created == want, f"only the named files were created in the working folder ({created})")
    c.check(listing(root) == inputs_before, "the input folder is unchanged")
    # A folder that does not exist: an error naming it, and nothing created anywhere.
    r = subprocess.run([binary, "build", root, "-o", "missing/dir/t.json", "-f", "json"], cwd=cwd,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    c.check(r.returncode != 0 and b"missing/dir/t.json" in r.stderr,
            f"-o into a missing folder fails naming the file (exit {r.returncode}: {r.stderr.decode(errors='replace').strip()[-200:]})")
    c.check(listing(cwd) == after and listing(root) == inputs_before, "and creates nothing")
    # -o naming an input file's folder entry that is a symlink elsewhere is written as a file at that
    # path only; an existing output is replaced, not appended.
    target = os.path.join(cwd, "reports", "t.json")
    size = os.path.getsize(target)
    subprocess.run([binary, "build", root, "-f", "json", "-o", "reports/t.json"], cwd=cwd, check=True,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    c.check(os.path.getsize(target) == size, "writing the same output again replaces it (same size)")
    c.check(sorted(set(listing(cwd)) - set(cwd_before)) == want, "and leaves no temporary file behind")
    return 1 if c.problems else 0


SHELL_SYMBOLS = ["system", "popen", "execl", "execle", "execlp", "execv", "execve", "execvp", "execvpe", "fexecve",
                 "posix_spawn", "posix_spawnp", "fork", "vfork", "wordexp", "dlopen"]


def no_shell_test(binary, source):
    c = Checker()
    nm = shutil.which("nm")
    if nm is None:
        print("skipped: no nm (binutils)")
        return SKIP
    r = subprocess.run([nm, "-D", "--undefined-only", binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    c.check(r.returncode == 0, "nm -D reads the binary's dynamic imports")
    imports = {line.split()[-1].split("@")[0] for line in r.stdout.decode().splitlines() if line.strip()}
    found = sorted(imports & set(SHELL_SYMBOLS))
    c.check(len(imports) > 20 and not found, f"the binary imports none of {', '.join(SHELL_SYMBOLS)} ({found})")
    calls = []
    pattern = re.compile(r"\b(" + "|".join(SHELL_SYMBOLS) + r")\s*\(")
    for dirpath, _, files in os.walk(os.path.join(source, "src")):
        for n in files:
            if n.endswith((".cpp", ".hpp", ".in")):
                with open(os.path.join(dirpath, n), encoding="utf-8") as f:
                    for no, line in enumerate(f, 1):
                        code = line.split("//")[0]
                        if pattern.search(code) and not re.search(r"[\w.:>]" + pattern.pattern, code):
                            calls.append(f"{os.path.relpath(os.path.join(dirpath, n), source)}:{no}")
    c.check(not calls, f"no call to a process-starting function in src/ ({calls})")
    return 1 if c.problems else 0


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    mode, binary, where = sys.argv[1:4]
    binary = os.path.abspath(binary)
    if mode == "no-shell":
        return no_shell_test(binary, where)
    os.makedirs(where, exist_ok=True)
    return {"html": html_test, "escaping": escaping_test, "output": output_test}[mode](binary, where)


if __name__ == "__main__":
    sys.exit(main())
