#!/usr/bin/env python3
"""Turn a `tmux capture-pane -p -e` dump into a PNG that looks like the terminal.

rich parses the ANSI attributes and colours and writes an SVG; cairosvg rasterises it
(ImageMagick's SVG renderer mangles rich's output, so it is not used).
Usage: ansi_to_png.py CAPTURE.ansi OUT.png COLUMNS TITLE
"""
import sys

import cairosvg
from rich.console import Console
from rich.text import Text


def main() -> int:
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    source, target, columns, title = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().rstrip("\n").split("\n")
    console = Console(record=True, width=columns, force_terminal=True, color_system="256", file=open("/dev/null", "w"))
    for line in lines:
        console.print(Text.from_ansi(line), no_wrap=True, crop=True, overflow="crop")
    svg = console.export_svg(title=title, font_aspect_ratio=0.6)
    # rich asks for Fira Code from the web; cairosvg cannot fetch it and falls back to a proportional
    # font, which breaks the cell grid. DejaVu Sans Mono is installed with Debian's fonts.
    svg = svg.replace("Fira Code, monospace", "DejaVu Sans Mono, Noto Sans Mono CJK SC, monospace")
    cairosvg.svg2png(bytestring=svg.encode("utf-8"), write_to=target, scale=1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
