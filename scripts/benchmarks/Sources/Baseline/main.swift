// The benchmark's reference program: the least a Swift ncurses program must do before its first frame.
//
// It is built like the tutor (SwiftPM, release, dynamically linked runtime), imports full Foundation
// as the tutor's executable does (so the same shared libraries are loaded and initialised at start),
// and starts curses with the same calls in the same order as `NcursesTerminal.init`. Then it draws one
// line, the menu's footer text on the bottom row, so `scripts/bench_pty.py` detects its first frame
// exactly as it detects the tutor's, waits for one key and exits. Anything the tutor spends beyond
// this is its own cost: loading content and progress, laying out and drawing a full screen.

import CBaselineCurses
import Foundation

/// The tutor's menu footer (`KeyHelp.menuFooter`): the text the benchmark waits for.
let footer = "↑↓/jk move  1-9 jump  Enter open  ? help  q quit"

guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
    FileHandle.standardError.write(Data("Baseline: stdin and stdout must be a terminal\n".utf8))
    exit(2)
}
// Read through Foundation, as the tutor reads its environment, so ProcessInfo is initialised here too.
guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else {
    FileHandle.standardError.write(Data("Baseline: TERM is not set\n".utf8))
    exit(2)
}
_ = bench_setlocale_all()          // before newterm, or UTF-8 output is garbled
use_tioctl(true)                   // size from the tty, not from exported LINES/COLUMNS
guard let screen = term.withCString({ bench_newterm($0) }) else {
    FileHandle.standardError.write(Data("Baseline: unknown TERM '\(term)'\n".utf8))
    exit(2)
}
set_term(screen)
guard let window = bench_stdscr() else { exit(2) }
raw()
noecho()
nonl()
keypad(window, true)
meta(window, true)
set_escdelay(25)
curs_set(0)
leaveok(window, true)
if has_colors() {
    start_color()
    use_default_colors()
}

// One line, written the way the tutor writes a run of cells: a wide-character string at a position.
let text = footer.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
let bottom = getmaxy(window) - 1
_ = text.withUnsafeBufferPointer { buffer in
    mvwaddnwstr(window, bottom, 0, buffer.baseAddress, Int32(buffer.count))
}
wnoutrefresh(window)
doupdate()

// Wait for one key, blocking (no timeout), then restore the terminal.
var key: wint_t = 0
_ = wget_wch(window, &key)
endwin()
delscreen(screen)
