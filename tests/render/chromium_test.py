#!/usr/bin/env python3
"""Renders the samples' HTML and TimelineJS outputs in headless Chromium (Debian's `chromium`).

chromium_test.py html|timelinejs TIMELINE_BIN SOURCE_DIR OUT_DIR [TIMELINEJS_DIST]

html: `timeline build -f html` of each sample is dumped as a DOM (one <details class="event">
per event and related event, one SVG bar per dated event) and as a PNG that must not be blank.
timelinejs: `timeline build -f timelinejs` is loaded into Knight Lab's TimelineJS3 (the npm
package @knight-lab/timelinejs, fetched by scripts/install-deps.sh into build/npm) and must
give one slide per event plus the title slide, with no error message.
Exit 77 (skipped) when chromium or the TimelineJS files are missing."""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

SKIP = 77


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, args, url):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--disable-extensions", "--virtual-time-budget=5000"] + args + [url]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f"chromium failed ({r.returncode}): {r.stderr.decode(errors='replace')[-2000:]}")
    return r.stdout.decode("utf-8", errors="replace")


def png_pixels(path):
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB or RGBA PNG, as Chromium writes them."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {colour})")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        ftype, cur = line[0], bytearray(line[1:])
        for i in range(stride):
            a = cur[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                cur[i] = (cur[i] + a) & 255
            elif ftype == 2:
                cur[i] = (cur[i] + b) & 255
            elif ftype == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(cur)
        prev = cur
    return width, height, bpp, rows


def not_blank(png):
    """Distinct colours and the share of pixels unlike the background, on a grid of samples."""
    width, height, bpp, rows = png_pixels(png)
    samples = [tuple(rows[y][x * bpp:x * bpp + 3]) for y in range(0, height, 7) for x in range(0, width, 7)]
    background = max(set(samples), key=samples.count)
    inked = sum(1 for p in samples if sum(abs(a - b) for a, b in zip(p, background)) > 30) / len(samples)
    return len(set(samples)), inked


def build(binary, sample, fmt, out):
    subprocess.run([binary, "build", sample, "-f", fmt, "--quiet", "-o", out], check=True)


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    mode, binary, source, out_dir = sys.argv[1:5]
    browser = chromium()
    if browser is None:
        print("skipped: no chromium (scripts/install-deps.sh installs Debian's chromium)")
        return SKIP
    dist = sys.argv[5] if len(sys.argv) > 5 else ""
    if mode == "timelinejs" and not os.path.isfile(os.path.join(dist, "js", "timeline.js")):
        print(f"skipped: TimelineJS not found in {dist!r} (scripts/install-deps.sh fetches @knight-lab/timelinejs)")
        return SKIP
    os.makedirs(out_dir, exist_ok=True)
    samples_dir = os.path.join(source, "data", "samples")
    failures = 0
    for name in sorted(os.listdir(samples_dir)):
        sample = os.path.join(samples_dir, name)
        if not os.path.isdir(sample):
            continue
        timeline_json = os.path.join(out_dir, f"{name}.json")
        build(binary, sample, "json", timeline_json)
        with open(timeline_json, encoding="utf-8") as f:
            tl = json.load(f)
        if mode == "html":
            page = os.path.join(out_dir, f"{name}.html")
            build(binary, sample, "html", page)
            want_entries = len(tl["events"]) + len(tl["related"])
            want_bars = sum(1 for e in tl["events"] if e["date"]["value"])
        else:
            data = os.path.join(out_dir, f"{name}.timelinejs.json")
            build(binary, sample, "timelinejs", data)
            with open(data, encoding="utf-8") as f:
                slides = json.load(f)
            want_entries = len(slides["events"]) + 1  # the title slide
            page = os.path.join(out_dir, f"{name}.timelinejs.html")
            with open(page, "w", encoding="utf-8") as f:
                f.write('<!DOCTYPE html><html><head><meta charset="utf-8">'
                        f'<link rel="stylesheet" href="file://{dist}/css/timeline.css">'
                        f'<script src="file://{dist}/js/timeline.js"></script></head><body>'
                        '<div id="tl" style="width:1000px;height:650px"></div><script>'
                        f'var data = {json.dumps(slides)};'
                        "window.timeline = new TL.Timeline('tl', data, {});"
                        '</script></body></html>')
        url = "file://" + os.path.abspath(page)
        dom = run_chromium(browser, ["--dump-dom"], url)
        if mode == "html":
            got_entries = len(re.findall(r'<details class="event', dom))
            got_bars = len(re.findall(r'<rect class="bar', dom))
            problems = []
            if got_entries != want_entries:
                problems.append(f"{got_entries} entries rendered, want {want_entries}")
            if got_bars != want_bars:
                problems.append(f"{got_bars} bars on the axis, want {want_bars}")
        else:
            got_entries = len(re.findall(r'class="tl-slide(?: [^"]*)?"', dom))
            problems = []
            if got_entries != want_entries:
                problems.append(f"{got_entries} TimelineJS slides, want {want_entries}")
            if re.search(r'class="tl-message[^"]*"[^>]*>\s*<[^>]*>[^<]*(error|invalid)', dom, re.I):
                problems.append("TimelineJS shows an error message")
        png = os.path.join(out_dir, f"{name}.{mode}.png")
        run_chromium(browser, [f"--screenshot={png}", "--window-size=1200,1400"], url)
        colours, inked = not_blank(png)
        if colours < 8 or inked < 0.01:
            problems.append(f"the screenshot looks blank ({colours} colours, {inked:.1%} inked)")
        status = "ok" if not problems else "FAILED: " + "; ".join(problems)
        print(f"{name}: {mode}: {got_entries} entries, screenshot {png}: {status}")
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
