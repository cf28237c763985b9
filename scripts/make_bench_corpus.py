#!/usr/bin/env python3
"""Builds a larger content folder for the benchmark: Content/ with every section and quiz repeated.

Usage: make_bench_corpus.py SOURCE_DIR TARGET_DIR [FACTOR]

TARGET_DIR receives the original files plus FACTOR - 1 copies of every guide section and quiz
(FACTOR defaults to 10), so the corpus is FACTOR times the shipped one. Copies get fresh ids (the
original id plus `-xN`), because ids must be unique across all content; a copied section keeps its
order, and its title gains ` (N)` so the menu rows differ. `section:` references in copied quizzes
still name the original sections, which exist, so the result passes `mltutor validate`.
skills.yaml and README.md are copied unchanged.

Only the two id forms the content format uses are rewritten: a section's front matter `id:` line, and
in a quiz the top-level `id:` and each question's `- id:` line. Anything else that looks like an id
is left alone, so a format change that adds another kind of id shows up as a validation failure.
"""

import os
import re
import shutil
import sys

SECTION_ID = re.compile(r"^id:\s*(\S+)\s*$")
SECTION_TITLE = re.compile(r"^title:\s*(.+?)\s*$")
QUIZ_ID = re.compile(r"^id:\s*(\S+)\s*$")
QUESTION_ID = re.compile(r"^(\s*-\s+id:\s*)(\S+)\s*$")


def copy_section(text: str, copy: int) -> tuple[str, str]:
    """Returns (new id, new text) for copy number `copy` of one guide section."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ValueError("section does not start with front matter")
    new_id = None
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() == "---":
            break
        if match := SECTION_ID.match(line):
            new_id = f"{match.group(1)}-x{copy}"
            lines[index] = f"id: {new_id}"
        elif match := SECTION_TITLE.match(line):
            title = match.group(1)
            # Keep a quoted title quoted: add the suffix inside the quotes.
            if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
                lines[index] = f"title: {title[:-1]} ({copy}){title[-1]}"
            else:
                lines[index] = f"title: {title} ({copy})"
    if new_id is None:
        raise ValueError("section front matter has no id")
    return new_id, "\n".join(lines)


def copy_quiz(text: str, copy: int) -> tuple[str, str]:
    """Returns (new id, new text) for copy number `copy` of one quiz."""
    lines = text.split("\n")
    new_id = None
    for index, line in enumerate(lines):
        if match := QUIZ_ID.match(line):
            new_id = f"{match.group(1)}-x{copy}"
            lines[index] = f"id: {new_id}"
        elif match := QUESTION_ID.match(line):
            lines[index] = f"{match.group(1)}{match.group(2)}-x{copy}"
    if new_id is None:
        raise ValueError("quiz has no top-level id")
    return new_id, "\n".join(lines)


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 64
    source, target = sys.argv[1], sys.argv[2]
    factor = int(sys.argv[3]) if len(sys.argv) == 4 else 10
    if factor < 1:
        print("FACTOR must be at least 1", file=sys.stderr)
        return 64
    if os.path.exists(target):
        shutil.rmtree(target)
    shutil.copytree(source, target)
    counts = {"guide": 0, "quizzes": 0}
    for folder, suffixes, rewrite in (("guide", (".md",), copy_section),
                                      ("quizzes", (".yaml", ".yml"), copy_quiz)):
        directory = os.path.join(source, folder)
        if not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            if not name.endswith(suffixes):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            extension = os.path.splitext(name)[1]
            counts[folder] += 1
            for copy in range(1, factor):
                try:
                    new_id, new_text = rewrite(text, copy)
                except ValueError as error:
                    print(f"{path}: {error}", file=sys.stderr)
                    return 1
                with open(os.path.join(target, folder, new_id + extension), "w", encoding="utf-8") as handle:
                    handle.write(new_text)
    print(f"{target}: {counts['guide'] * factor} sections, {counts['quizzes'] * factor} quizzes "
          f"({factor}x {source})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
