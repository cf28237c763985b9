#!/usr/bin/env python3
"""Times mltutor in a pseudo-terminal against the Baseline program, and prints the benchmark table.

Run by scripts/bench.sh, which builds the binaries and the 10x corpus first. Standard library only:
pty and terminal set-up come from os, termios (window size) and select; no terminal emulator is used.

What is measured, each the median of --runs runs (default 9), tutor and baseline in the same run:

- First frame. The clock starts just before fork() (fork + exec are the same cost for both programs)
  and stops when the pty output contains the marker b"q quit", the end of the menu footer
  ("... ? help  q quit", KeyHelp.menuFooter). The footer is the bottom row, and ncurses' doupdate
  writes changed rows top to bottom, so the marker is the last text of the first frame; after it come
  only attribute resets and the cursor parking. To check that, each first-frame run keeps reading for
  --settle ms after the marker and fails if any printable text arrives before the next key (escape
  sequences are stripped for this check). The Baseline draws the same footer text on its bottom row,
  so the same marker ends its (one-line) frame.
- Peak RSS: ru_maxrss of the child from os.wait4 after it quits on "q".
- Input drain, two ways, each after the first frame has settled (no output for --settle ms):
  * 500 Down keys (kcud1 of xterm-256color, ESC O B, since ncurses turns on keypad transmit mode) and
    "q", written with one os.write, timed from that write until the pty reports end-of-file (the child
    closed it by exiting; its progress save and terminal restore are included). The bytes written in
    that time are compared with a run that sends only "q": the run loop drains the whole burst before
    drawing, meets the quit and exits, so equal counts mean no frame was drawn for the 500 keys. The
    Baseline's figure is its own write-to-exit time for the same bytes (it quits on the first key).
  * 500 Down keys alone, timed from the write to the last byte of output before the pty falls quiet,
    i.e. to the end of the frame they lead to. Compared with "G" (End), one key that leads to the same
    screen because the menu has fewer than 500 rows: equal byte counts mean the burst cost one frame.
- With --progress-file (ProgressBench --write-fixture: a 100,000-entry review log; the review log file
  the progress file references is copied beside it too), a start with that
  file, then "1" Enter to open the first section (waiting for the reader's footer, "Esc back  ? help"),
  then one Down key timed to the end of the frame it causes; against the same session with no file.
- With --extra-content LABEL=DIR (repeatable), also the first frame with other content folders, such as
  one section alone (the start-up cost that does not depend on content) or the sections without quizzes.

Usage: bench_pty.py --tutor BIN --baseline BIN --content DIR --content10 DIR [--extra-content LABEL=DIR]...
                    [--progress-file FILE] [--runs N] [--progress-rows FILE] [--settle MS] [--dump]
"""

import argparse
import json
import os
import re
import select
import shutil
import statistics
import sys
import tempfile
import termios
import time

ROWS, COLUMNS = 30, 100
MARKER = "q quit".encode("utf-8")
READER_MARKER = "Esc back  ? help".encode("utf-8")  # the end of the reader's footer
DOWN = b"\x1bOB"          # xterm-256color kcud1 (keypad transmit mode, which ncurses enables)
ESCAPE_SEQUENCE = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>78]|O.)")


class BenchFailure(Exception):
    """A run did not behave as the benchmark assumes (no marker, bad exit); the figures would be wrong."""


class Child:
    """A program started on a fresh pty of ROWS x COLUMNS, with the parent holding the master side."""

    def __init__(self, argv, env):
        master, slave = os.openpty()
        termios.tcsetwinsize(slave, (ROWS, COLUMNS))
        self.started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.login_tty(slave)  # new session, controlling tty, fds 0-2
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.fd = pid, master
        self.output = bytearray()
        self.closed = False

    def read_some(self, timeout):
        """Reads what is available within `timeout` seconds; returns the bytes (b"" on timeout or EOF)."""
        if self.closed:
            return b""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: every slave descriptor is closed, i.e. the child has exited
            data = b""
        if not data:
            self.closed = True
        self.output += data
        return data

    def wait_for(self, marker, timeout=20.0, since=0):
        """Reads until `marker` appears at or after offset `since`; returns the perf_counter time it was seen."""
        deadline = time.perf_counter() + timeout
        while self.output.find(marker, since) < 0:
            if self.closed or time.perf_counter() > deadline:
                tail = bytes(self.output[-300:])
                raise BenchFailure(f"marker {marker!r} not seen; output ended with {tail!r}")
            self.read_some(deadline - time.perf_counter())
        return time.perf_counter()

    def settle(self, quiet, first_timeout=0.0):
        """Reads until nothing arrives for `quiet` seconds; returns (what was read, when its last byte came).

        With `first_timeout`, first waits up to that long for output to begin, so a program that is busy
        (saving, say) before it draws is not mistaken for one that has nothing to draw.
        """
        start, last = len(self.output), None
        if first_timeout and self.read_some(first_timeout):
            last = time.perf_counter()
        while self.read_some(quiet):
            last = time.perf_counter()
        return bytes(self.output[start:]), last

    def send(self, data):
        written = os.write(self.fd, data)
        if written != len(data):
            raise BenchFailure(f"short write to the pty: {written} of {len(data)} bytes")

    def finish(self, timeout=20.0):
        """Reads until end-of-file, then reaps the child; returns (eof time, exit status, rusage)."""
        deadline = time.perf_counter() + timeout
        while not self.closed:
            if time.perf_counter() > deadline:
                os.kill(self.pid, 9)
                raise BenchFailure("the program did not exit")
            self.read_some(deadline - time.perf_counter())
        ended = time.perf_counter()
        _, status, usage = os.wait4(self.pid, 0)
        os.close(self.fd)
        return ended, os.waitstatus_to_exitcode(status), usage


def printable_text(data):
    """`data` without escape sequences and control characters: what a viewer would see as new text."""
    text = ESCAPE_SEQUENCE.sub(b"", data)
    return bytes(b for b in text if b >= 0x20 and b != 0x7F).decode("utf-8", "replace").strip()


def copy_review_log(progress_file, folder):
    """Copies the review log a progress file references (schema 2) into folder, under the name it records."""
    with open(progress_file, encoding="utf-8") as handle:
        reference = json.load(handle).get("reviewLog")
    if isinstance(reference, dict) and isinstance(reference.get("file"), str):
        name = reference["file"]
        shutil.copyfile(os.path.join(os.path.dirname(os.path.abspath(progress_file)), name), os.path.join(folder, name))


class Bench:
    def __init__(self, args):
        self.args = args
        self.scratch = tempfile.mkdtemp(prefix="mltutor-bench-")

    def environment(self, content, progress_file=None):
        env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "LINES", "COLUMNS")}
        env.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        if content is not None:
            # A fresh folder for every run's progress file: a first start, unless a file is copied in.
            folder = tempfile.mkdtemp(dir=self.scratch)
            env["MLTUTOR_PROGRESS"] = os.path.join(folder, "progress.json")
            if progress_file:
                shutil.copyfile(progress_file, env["MLTUTOR_PROGRESS"])
                copy_review_log(progress_file, folder)
            env["MLTUTOR_CONTENT"] = content
        return env

    def command(self, program, content):
        if program == "tutor":
            return [self.args.tutor, "--content", content]
        return [self.args.baseline]

    def first_frame(self, program, content=None):
        """One start: (ms to the first frame, ms to the complete menu, peak RSS in KiB).

        The tutor draws its first frame before it has parsed the quizzes and skills: their menu rows
        read "loading…" and a second frame fills them in ("… questions", "… skills"; the skills row is
        the lower one, so its tag is the last text of that frame). For such a start the complete menu is
        timed to that text; otherwise the two times are the same. Either way nothing printable may
        follow the last frame before the next key."""
        child = Child(self.command(program, content), self.environment(content))
        seen = child.wait_for(MARKER)
        end_of_first = child.output.index(MARKER) + len(MARKER)
        first_text = printable_text(bytes(child.output[:end_of_first]))
        complete, end_of_last = seen, end_of_first
        if program == "tutor" and "loading…" in first_text:
            filled = "skills" if "Skills checklist" in first_text else "questions"
            complete = child.wait_for(filled.encode("utf-8"), since=end_of_first)
            end_of_last = child.output.index(filled.encode("utf-8"), end_of_first) + len(filled)
        after = bytes(child.output[end_of_last:]) + child.settle(self.args.settle / 1000)[0]
        if self.args.dump:
            print(f"--- {program}: {len(child.output)} bytes to the settled start; after its last frame: {after!r}")
        if printable_text(after):
            child.send(b"q")
            child.finish()
            raise BenchFailure(f"{program} wrote text after the marker, so it was not the end of the frame: "
                               f"{printable_text(after)[:80]!r}")
        child.send(b"q")
        _, code, usage = child.finish()
        if code != 0:
            raise BenchFailure(f"{program} exited with {code}")
        return (seen - child.started) * 1000, (complete - child.started) * 1000, usage.ru_maxrss

    def reading_session(self, content, progress_file=None):
        """A start, then open the first section and scroll one line: (ms to first frame, ms from the
        Down key to the end of the frame it causes, peak RSS in KiB). The scroll is timed to the frame
        because the run loop saves progress (the reader's position) before drawing it."""
        child = Child(self.command("tutor", content), self.environment(content, progress_file))
        seen = child.wait_for(MARKER, timeout=120.0)
        child.settle(self.args.settle / 1000)
        opened_from = len(child.output)
        child.send(b"1\r")  # 1 selects the first section, Enter opens it
        child.wait_for(READER_MARKER, timeout=120.0, since=opened_from)
        child.settle(self.args.settle / 1000)
        sent = time.perf_counter()
        child.send(DOWN)
        drawn, last = child.settle(self.args.settle / 1000, first_timeout=120.0)
        if not drawn:
            raise BenchFailure("the reader drew nothing after a Down key")
        child.send(b"qq")  # back to the menu, then quit
        _, code, usage = child.finish(timeout=120.0)
        if code != 0:
            raise BenchFailure(f"tutor exited with {code} after reading")
        return (seen - child.started) * 1000, (last - sent) * 1000, usage.ru_maxrss

    def after_keys(self, program, keys, content=None, quit_after=False):
        """After the first frame settles, writes `keys` in one write.

        Returns (ms, bytes written by the program meanwhile). With `quit_after` the keys must make the
        program exit and ms runs from the write to end-of-file; otherwise ms runs from the write to the
        last byte before the output falls quiet for --settle ms (0 if nothing was drawn), and "q" is
        sent afterwards, untimed.
        """
        child = Child(self.command(program, content), self.environment(content))
        child.wait_for(MARKER)
        child.settle(self.args.settle / 1000)
        before = len(child.output)
        sent = time.perf_counter()
        child.send(keys)
        if quit_after:
            ended, code, _ = child.finish()
            elapsed, count = (ended - sent) * 1000, len(child.output) - before
        else:
            drawn, last = child.settle(self.args.settle / 1000, first_timeout=20.0)
            elapsed, count = ((last - sent) * 1000 if last else 0.0), len(drawn)
            child.send(b"q")
            _, code, _ = child.finish()
        if code != 0:
            raise BenchFailure(f"{program} exited with {code} after the keys")
        return elapsed, count

    def median(self, measure):
        samples = [measure() for _ in range(self.args.runs)]
        return statistics.median(samples), samples

    def run(self):
        args, rows = self.args, []
        burst = DOWN * 500 + b"q"

        # Interleave tutor and baseline runs so drifts in machine load hit both alike.
        starts = [("baseline", "baseline", None), ("tutor", "tutor", args.content),
                  ("tutor10", "tutor", args.content10)]
        extras = [entry.split("=", 1) for entry in args.extra_content]
        starts += [("extra:" + label, "tutor", folder) for label, folder in extras]
        frames = {name: [] for name, _, _ in starts}
        menus = {name: [] for name, _, _ in starts}
        rss = {name: [] for name, _, _ in starts}
        for _ in range(args.runs):
            for name, program, content in starts:
                ms, complete, kib = self.first_frame(program, content)
                frames[name].append(ms)
                menus[name].append(complete)
                rss[name].append(kib)
        ff = {name: statistics.median(values) for name, values in frames.items()}
        full = {name: statistics.median(values) for name, values in menus.items()}
        peak = {name: statistics.median(values) / 1024 for name, values in rss.items()}
        rows.append(row("first frame, shipped content", ff["tutor"], ff["baseline"], "ms", "Baseline",
                        ratio_limit=1.5))
        rows.append(row("first frame, 10x content", ff["tutor10"], ff["tutor"], "ms", "tutor, shipped content",
                        ratio_limit=2.0))
        rows.append(row("first frame, 10x content vs Baseline", ff["tutor10"], ff["baseline"], "ms", "Baseline"))
        # Not a target: when the quiz and skill rows stop saying "loading…" (keys typed before then wait).
        rows.append(row("  menu complete (quizzes parsed), shipped", full["tutor"], ff["baseline"], "ms", "Baseline"))
        rows.append(row("  menu complete (quizzes parsed), 10x", full["tutor10"], full["tutor"], "ms",
                        "tutor, shipped content"))
        for label, _ in extras:
            # Cut-down folders show which part of the content the start-up time goes to.
            rows.append(row(f"first frame, {label}", ff["extra:" + label], ff["baseline"], "ms", "Baseline"))
        rows.append(row("peak RSS, shipped content", peak["tutor"], peak["baseline"], "MiB", "Baseline",
                        ratio_limit=1.5))
        rows.append(row("peak RSS, 10x content", peak["tutor10"], peak["baseline"], "MiB", "Baseline"))

        # Drain, as the issue words it: the burst ends in "q", so it is timed to the exit.
        timed = {"exit": [], "exit10": [], "baseline": [], "frame": [], "frame10": [], "end": [], "end10": []}
        counted = {"exit": [], "frame": [], "frame10": []}
        for _ in range(args.runs):
            ms, count = self.after_keys("tutor", burst, args.content, quit_after=True)
            timed["exit"].append(ms)
            counted["exit"].append(count)
            timed["exit10"].append(self.after_keys("tutor", burst, args.content10, quit_after=True)[0])
            timed["baseline"].append(self.after_keys("baseline", burst, quit_after=True)[0])
            # Without the "q" the burst must end in a frame: time it to that frame's last byte, and
            # compare with End, one key that leads to the same screen (the menu is shorter than 500 rows).
            for name, content in (("", args.content), ("10", args.content10)):
                ms, count = self.after_keys("tutor", DOWN * 500, content)
                timed["frame" + name].append(ms)
                counted["frame" + name].append(count)
                timed["end" + name].append(self.after_keys("tutor", b"G", content)[0])
        _, quit_bytes = self.after_keys("tutor", b"q", args.content, quit_after=True)
        _, end_bytes = self.after_keys("tutor", b"G", args.content)
        _, end10_bytes = self.after_keys("tutor", b"G", args.content10)
        mid = {name: statistics.median(values) for name, values in timed.items()}
        same = "Baseline, same bytes (it exits on the 1st key)"
        rows.append(row("500 Downs + q: write to exit", mid["exit"], mid["baseline"], "ms", same,
                        absolute_limit=50.0))
        rows.append(row("500 Downs + q: write to exit, 10x", mid["exit10"], mid["baseline"], "ms", same,
                        absolute_limit=50.0))
        rows.append(row("500 Downs + q: bytes written", statistics.median(counted["exit"]), quit_bytes, "bytes",
                        "q alone (no frame, only the exit)", ratio_limit=1.1))
        rows.append(row("500 Downs: write to frame drawn", mid["frame"], mid["end"], "ms",
                        "End key: write to frame drawn", absolute_limit=50.0))
        rows.append(row("500 Downs: write to frame drawn, 10x", mid["frame10"], mid["end10"], "ms",
                        "End key: write to frame drawn", absolute_limit=50.0))
        rows.append(row("500 Downs: bytes drawn", statistics.median(counted["frame"]), end_bytes, "bytes",
                        "End key (one frame, same screen)", ratio_limit=1.1))
        rows.append(row("500 Downs: bytes drawn, 10x", statistics.median(counted["frame10"]), end10_bytes,
                        "bytes", "End key (one frame, same screen)", ratio_limit=1.1))

        if args.progress_file:
            # A heavy learner: the tutor starts by loading the progress file, and saves it on every
            # batch of effects, including each scroll in the reader.
            sessions = {"fresh": [], "heavy": []}
            for _ in range(args.runs):
                sessions["fresh"].append(self.reading_session(args.content))
                sessions["heavy"].append(self.reading_session(args.content, args.progress_file))
            fresh = [statistics.median(column) for column in zip(*sessions["fresh"])]
            heavy = [statistics.median(column) for column in zip(*sessions["heavy"])]
            rows.append(row("first frame, 100k-entry progress file", heavy[0], fresh[0], "ms",
                            "tutor, no progress file"))
            rows.append(row("reader: one Down key to its frame, 100k-entry progress", heavy[1], fresh[1], "ms",
                            "tutor, no progress file"))
            rows.append(row("peak RSS, 100k-entry progress file", heavy[2] / 1024, fresh[2] / 1024, "MiB",
                            "tutor, no progress file"))

        if args.progress_rows:
            with open(args.progress_rows, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        data = json.loads(line)
                        rows.append(row(data["measure"], data["tutor"], data["baseline"], data["unit"],
                                        data["baseline_name"], absolute_limit=data["limit"]))
        print_table(rows)
        return 1 if any(r["verdict"] == "MISS" for r in rows) else 0


def row(measure, tutor, baseline, unit, baseline_name, ratio_limit=None, absolute_limit=None):
    ratio = tutor / baseline if baseline else float("nan")
    if ratio_limit is not None:
        target, verdict = f"≤ {ratio_limit:g}×", "PASS" if ratio <= ratio_limit else "MISS"
    elif absolute_limit is not None:
        target, verdict = f"≤ {absolute_limit:g} {unit}", "PASS" if tutor <= absolute_limit else "MISS"
    else:
        target, verdict = "—", ""
    return dict(measure=measure, tutor=tutor, baseline=baseline, unit=unit, baseline_name=baseline_name,
                ratio=ratio, target=target, verdict=verdict)


def number(value, unit):
    if unit == "bytes":
        return f"{value:,.0f} B"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def print_table(rows):
    print("| measure | tutor | baseline | ratio | target | |")
    print("|---|---:|---:|---:|---|---|")
    for r in rows:
        baseline = f"{number(r['baseline'], r['unit'])} ({r['baseline_name']})"
        print(f"| {r['measure']} | {number(r['tutor'], r['unit'])} | {baseline} | {r['ratio']:.2f}× "
              f"| {r['target']} | {r['verdict']} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tutor", required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--content10", required=True)
    parser.add_argument("--extra-content", action="append", default=[], metavar="LABEL=DIR",
                        help="another content folder to time the first frame with (repeatable)")
    parser.add_argument("--progress-file", help="a heavy progress file to start the tutor with (copied per run)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--settle", type=float, default=150, help="quiet ms that end a frame (default 150)")
    parser.add_argument("--progress-rows", help="ProgressBench --json output to add to the table")
    parser.add_argument("--dump", action="store_true", help="print what follows the marker in each run")
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs must be at least 7")
    bench = Bench(args)
    try:
        return bench.run()
    except BenchFailure as failure:
        print(f"bench_pty.py: {failure}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(bench.scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
