#!/usr/bin/env python3
"""Hostile input for the real `timeline build` binary (issue 8). Every input is generated at test
time under OUT_DIR; nothing large is committed.

hostile_test.py folder     TIMELINE_BIN OUT_DIR [--sanitized]
hostile_test.py many-files TIMELINE_BIN OUT_DIR [--sanitized]

folder: binary files, invalid and overlong UTF-8, a 0-byte file, a 50 MB single-line file, HTML
and JSON nested 100,000 deep, "10^400 files", "February 30, 2020", years 0 and 99999, an
unreadable file (chmod 000), a FIFO, a dangling symlink, a symlink loop, a folder reached twice,
file names with a newline, invalid UTF-8 and a terminal escape. Checks: exit 0, no crash, within
the time and memory limits, every bad file in `skipped` with its reason and named on stderr,
every good file in `documents`.
many-files: a folder of 100,000 tiny articles: all of them in `documents`, in bounded time and
memory.
--sanitized: the binary is built with ASan (which reserves terabytes of address space), so the
address-space limit is not set; the peak RSS is still measured and bounded."""
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time

GIB = 1 << 30


def article(subject, day):
    # Invented text: a company, an intrusion and its disclosure.
    return (f"{subject} said on March {day + 8}, 2021 that intruders broke into its payroll servers on "
            f"March {day}, 2021. The company disclosed the intrusion to customers on March {day + 8}, 2021.\n")


def run(binary, args, timeout, sanitized, memory_limit):
    """Runs the binary with an address-space limit (unless sanitized), returns (rc, stdout, stderr,
    seconds, peak RSS in bytes of this child)."""
    def limits():
        if not sanitized:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    start = time.monotonic()
    proc = subprocess.Popen([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limits)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise SystemExit(f"FAILED: timeline {' '.join(args)} still running after {timeout} s (a hang)")
    seconds = time.monotonic() - start
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far, in KiB on Linux.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return proc.returncode, out, err, seconds, peak


def unescape(display):
    """The tool prints control bytes and invalid UTF-8 of a path as \\xNN: back to raw bytes."""
    raw = display.encode("utf-8")
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)


class Checker:
    def __init__(self):
        self.problems = []

    def check(self, ok, message):
        print(("ok: " if ok else "FAILED: ") + message)
        if not ok:
            self.problems.append(message)


def make_folder(root):
    """Writes the hostile folder; returns (good: {relative bytes path}, bad: {relative bytes path:
    reason pattern}, notes)."""
    if os.path.lexists(root):
        subprocess.run(["chmod", "-R", "u+rwx", root], check=False)
        shutil.rmtree(root)
    os.makedirs(root)
    broot = os.fsencode(root)
    good, bad, notes = set(), {}, []

    def write(name, data):
        path = os.path.join(broot, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return name

    good.add(write(b"good-article.txt", article("Acme Widgets Corp.", 3).encode()))
    good.add(write(b"sub/dir/another-good.md", b"# Acme breach\n\n" + article("Acme Widgets Corp.", 4).encode()))

    rng = random.Random(8)
    bad[write(b"binary.txt", bytes(rng.randrange(256) for _ in range(4096)) + b"\0")] = r"binary file"
    bad[write(b"image.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(rng.randrange(256) for _ in range(2048)))] = \
        r"binary file"
    bad[write(b"empty.txt", b"")] = r"empty file"
    bad[write(b"only-spaces.txt", b" \n\n\t \n")] = r"no article text"
    # Invalid UTF-8 (lone continuation bytes, a cut sequence, surrogates) and overlong forms
    # ("/" as C0 AF and E0 80 AF, NUL as C0 80): still an article, its bytes replaced.
    good.add(write(b"invalid-utf8.txt", b"Acme \x80\xbf Widgets \xe2\x82 said \xed\xa0\x80 on March 12, 2021 that "
                   b"intruders \xc0\xaf\xe0\x80\xaf\xc0\x80 broke into its payroll servers on March 4, 2021.\n"))
    # 50 MB on one line: above the default --max-bytes (32 MiB), so skipped with its size.
    with open(os.path.join(broot, b"huge-single-line.txt"), "wb") as f:
        chunk = (b"Acme said the intruders copied records and more records " * 1000)
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    bad[b"huge-single-line.txt"] = r"larger than the limit of \d+ bytes"
    # A single line of 1 MB under the limit is read, in bounded time.
    good.add(write(b"long-line.txt", article("Acme Widgets Corp.", 5).encode().rstrip(b"\n") + b" " +
                   b"and the attackers kept going " * 36000 + b"\n"))
    # HTML nested 100,000 deep after the article's first paragraph: the paragraph is kept.
    good.add(write(b"deep.html", b"<html><head><title>Acme breach</title></head><body><p>" +
                   article("Acme Widgets Corp.", 6).encode() + b"</p>" + b"<div>" * 100000 + b"deep" +
                   b"</div>" * 100000 + b"</body></html>"))
    bad[write(b"only-deep.html", b"<div>" * 100000 + b"</div>" * 100000)] = r"no article text"
    bad[write(b"deep.json", b"[" * 100000 + b"]" * 100000)] = r"JSON nested deeper than \d+ levels"
    bad[write(b"deep-object.json", b'{"a":' * 100000 + b"1" + b"}" * 100000)] = r"JSON nested deeper than \d+ levels"
    # JSONL: line 1 nested 100,000 deep, line 2 a good article, line 3 not JSON.
    write(b"feed.jsonl", b"[" * 100000 + b"]" * 100000 + b"\n" +
          json.dumps({"title": "Acme breach", "publishedAt": "2021-03-15",
                      "content": article("Acme Widgets Corp.", 7)}).encode() + b"\n{not json\n")
    good.add(b"feed.jsonl#2")
    bad[b"feed.jsonl#1"] = r"JSON nested deeper than \d+ levels"
    bad[b"feed.jsonl#3"] = r"invalid JSON"
    bad[write(b"no-body.json", b'{"title": "headline only", "content": ""}')] = r"no article text"
    # Figures and dates no calendar or double holds: still articles.
    good.add(write(b"huge-figure.txt", b"Acme Widgets Corp. said on March 13, 2021 that hackers stole 10^400 files "
                   b"and 1" + b"0" * 400 + b" records, about $" + b"9" * 500 + b" billion, on March 5, 2021.\n"))
    good.add(write(b"february-30.txt", b"February 30, 2020\n\nAcme Widgets Corp. said on February 30, 2020 that "
                   b"intruders broke into its servers on February 31, 2020 and on March 1, 2020.\n"))
    good.add(write(b"years-0-99999.txt", b"January 1, 99999\n\nAcme said in the year 0 and on January 1, 0 and on "
                   b"December 31, 99999 and in 99999 that intruders broke into its servers on March 2, 2020.\n"))
    # An unreadable file: root reads it anyway (reported below as a note, not a failure).
    name = write(b"unreadable.txt", article("Acme Widgets Corp.", 8).encode())
    os.chmod(os.path.join(broot, name), 0)
    if os.geteuid() == 0:
        good.add(name)
        notes.append("running as root: the chmod 000 file is readable, so it is expected in documents "
                     "(the unreadable cases below are the FIFO, the dangling symlink and the loops)")
    else:
        bad[name] = r"[Pp]ermission denied"
    os.mkfifo(os.path.join(broot, b"fifo.txt"))
    bad[b"fifo.txt"] = r"not a regular file"
    os.symlink(b"does-not-exist.txt", os.path.join(broot, b"dangling.txt"))
    bad[b"dangling.txt"] = r"broken symbolic link"
    os.symlink(b"self-loop.txt", os.path.join(broot, b"self-loop.txt"))
    bad[b"self-loop.txt"] = r"symbolic link loop"
    os.symlink(b"..", os.path.join(broot, b"sub", b"loop"))
    bad[b"sub/loop"] = r"symbolic link loop"
    os.mkdir(os.path.join(broot, b"folder-named.txt"))
    good.add(write(b"folder-named.txt/inside.txt", article("Acme Widgets Corp.", 9).encode()))
    # Names: a newline, invalid UTF-8, a terminal escape sequence, HTML and shell metacharacters.
    good.add(write(b"new\nline.txt", article("Acme Widgets Corp.", 10).encode()))
    good.add(write(b"odd-\xff\xfe-bytes.txt", article("Acme Widgets Corp.", 11).encode()))
    good.add(write(b"esc-\x1b[31mred\x1b[0m.txt", article("Acme Widgets Corp.", 12).encode()))
    good.add(write(b"<b>$(touch pwned)`id`;|&.txt", article("Acme Widgets Corp.", 13).encode()))
    bad[write(b"binary-\n\xff.txt", b"\0\1\2\3" * 100)] = r"binary file"
    return good, bad, notes


def folder_test(binary, out_dir, sanitized):
    c = Checker()
    root = os.path.join(out_dir, "articles")
    good, bad, notes = make_folder(root)
    for n in notes:
        print("note: " + n)
    before = sorted(os.listdir(out_dir))
    rc, out, err, seconds, peak = run(binary, ["build", root, "-f", "json"], 600, sanitized, 4 * GIB)
    stderr = err.decode("utf-8", errors="replace")
    print(f"timeline build: exit {rc}, {seconds:.1f} s, peak RSS {peak / (1 << 20):.0f} MB")
    c.check(rc == 0, f"exit status 0 (got {rc}; a negative status is a signal){'' if rc == 0 else ': ' + stderr[-3000:]}")
    c.check(seconds < (300 if sanitized else 120), f"finished in bounded time ({seconds:.1f} s)")
    c.check(peak < 3 * GIB, f"peak memory below 3 GiB ({peak / (1 << 20):.0f} MB)")
    c.check(sorted(os.listdir(out_dir)) == before, "nothing written beside the input")
    try:
        tl = json.loads(out.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        c.check(False, f"stdout is one valid UTF-8 JSON document ({e})")
        return c.problems
    documents = {unescape(d["id"]) for d in tl["documents"]}
    skipped = {unescape(s["path"]): s["reason"] for s in tl["skipped"]}
    for name in sorted(good):
        c.check(name in documents, f"good file {name!r} is in documents")
    for name, pattern in sorted(bad.items()):
        reason = skipped.get(name)
        c.check(reason is not None and re.search(pattern, reason) is not None,
                f"bad file {name!r} is in skipped with a reason matching /{pattern}/ (got {reason!r})")
        printed = [s["path"] for s in tl["skipped"] if unescape(s["path"]) == name]
        c.check(bool(printed) and printed[0] in stderr, f"bad file {name!r} is named on stderr")
    c.check(not (documents - good), f"no document that is not a good file ({sorted(documents - good)})")
    c.check(not (set(skipped) - set(bad)), f"no skipped entry that is not a bad file ({sorted(set(skipped) - set(bad))})")
    c.check("\x1b" not in stderr and all("\x1b" not in d["id"] for d in tl["documents"]),
            "no raw escape byte from a file name reaches the terminal or the JSON")
    text = out.decode("utf-8")
    c.check("2020-02-30" not in text and "2020-02-31" not in text, "no February 30 or 31 in the timeline")
    if not c.problems:
        os.remove(os.path.join(root, "huge-single-line.txt"))  # 50 MB; the folder is kept to look into a failure
    for doc in tl["documents"]:
        if unescape(doc["id"]) == b"deep.html":
            c.check(any("nested" in w for w in doc.get("warnings", [])) or "deep.html" in stderr,
                    "the 100,000-deep HTML file is loaded with a warning that its deep part was not read")
    return c.problems


def many_files_test(binary, out_dir, sanitized):
    c = Checker()
    root = os.path.join(out_dir, "many")
    count = 100000
    shutil.rmtree(root, ignore_errors=True)
    for k in range(count):
        sub = os.path.join(root, f"{k // 1000:03d}")
        if k % 1000 == 0:
            os.makedirs(sub)
        with open(os.path.join(sub, f"{k:06d}.txt"), "w") as f:
            f.write(f"Note {k}.\n")
    rc, out, err, seconds, peak = run(binary, ["build", root, "-f", "json", "--quiet"], 1200, sanitized, 8 * GIB)
    print(f"timeline build of {count} files: exit {rc}, {seconds:.1f} s, peak RSS {peak / (1 << 20):.0f} MB")
    c.check(rc == 0, f"exit status 0 (got {rc}){'' if rc == 0 else ': ' + err.decode(errors='replace')[-3000:]}")
    c.check(seconds < (900 if sanitized else 300), f"finished in bounded time ({seconds:.1f} s)")
    c.check(peak < 6 * GIB, f"peak memory below 6 GiB ({peak / (1 << 20):.0f} MB)")
    tl = json.loads(out)
    c.check(len(tl["documents"]) == count, f"all {count} files are documents (got {len(tl['documents'])})")
    c.check(not tl["skipped"], f"none skipped (got {len(tl['skipped'])})")
    if not c.problems:
        shutil.rmtree(root)  # 100,000 inodes; kept only to look into a failure
    return c.problems


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    mode, binary, out_dir = sys.argv[1:4]
    sanitized = "--sanitized" in sys.argv[4:]
    os.makedirs(out_dir, exist_ok=True)
    problems = {"folder": folder_test, "many-files": many_files_test}[mode](os.path.abspath(binary), out_dir, sanitized)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
