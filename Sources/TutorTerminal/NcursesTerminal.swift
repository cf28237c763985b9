#if canImport(Glibc)
import Glibc
#endif
import CNcurses
import TutorUI

/// The ncurses backend: the one place that talks to the terminal.
///
/// A class because it owns an external resource (the curses screen) that must be released exactly once.
public final class NcursesTerminal: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colorsEnabled: Bool
    private var pairs: [ColorRole: Int16] = [:]
    private var closed = false

    /// Starts curses mode on the controlling terminal.
    ///
    /// - Parameter environment: the process environment (TERM and NO_COLOR are read from it).
    public init(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerminalType }
        // Without the locale, ncurses treats UTF-8 bytes as Latin-1 and χ² becomes garbage.
        _ = mlt_setlocale_all()
        // Ask the tty for its size rather than trusting exported LINES/COLUMNS, which would pin it.
        use_tioctl(true)
        guard let screen = term.withCString({ mlt_newterm($0) }) else {
            // newterm (unlike initscr) returns NULL instead of exiting, so we can explain.
            throw .unknownTerminalType(term)
        }
        self.screen = screen
        set_term(screen)
        guard let window = mlt_stdscr() else {
            endwin()
            delscreen(screen)
            throw .unknownTerminalType(term)
        }
        self.window = window
        SignalGuard.install()
        raw()                     // Ctrl-C arrives as a key, so quitting goes through the save path
        noecho()
        nonl()                    // Enter arrives as CR and the cursor moves are not translated
        keypad(window, true)      // arrows and PgUp/PgDn decoded into KEY_* codes
        meta(window, true)
        set_escdelay(25)          // the default 1000 ms makes Esc feel broken
        curs_set(0)
        leaveok(window, true)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor && has_colors() {
            start_color()
            use_default_colors()  // keep the user's background; -1 means "terminal default"
            colorsEnabled = true
        } else {
            colorsEnabled = false
        }
    }

    deinit {
        close()
    }

    /// Leaves curses mode and gives the terminal back as it was. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        delscreen(screen)
        SignalGuard.uninstall()
    }

    /// The signal that asked the program to stop, if one did; the shell convention is to exit 128 + it.
    public var terminationSignal: Int32? {
        SignalGuard.terminationRequested == 0 ? nil : Int32(SignalGuard.terminationRequested)
    }

    public var size: Size {
        Size(width: Int(mlt_getmaxx(window)), height: Int(mlt_getmaxy(window)))
    }

    public func draw(_ frame: Frame) {
        werase(window)
        for row in 0..<frame.height {
            var column = 0
            while column < frame.width {
                let style = frame[row, column].style
                var run: [wchar_t] = []
                let start = column
                // Batch cells of one style into a single write; continuation cells belong to the wide
                // character before them and are skipped.
                while column < frame.width, frame[row, column].style == style {
                    let cell = frame[row, column]
                    if !cell.isContinuation {
                        for scalar in cell.character.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                    }
                    column += 1
                }
                apply(style)
                _ = run.withUnsafeBufferPointer { buffer in
                    mvwaddnwstr(window, Int32(row), Int32(start), buffer.baseAddress, Int32(buffer.count))
                }
            }
        }
        _ = mlt_wattr_set(window, mlt_a_normal(), 0)
        wnoutrefresh(window)
        doupdate()
    }

    public func nextEvent(timeout: Duration?) -> Event? {
        let milliseconds: Int32
        if let timeout {
            let (seconds, attoseconds) = timeout.components
            milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        } else {
            milliseconds = 250  // wake up regularly so a pending signal is noticed
        }
        while true {
            if SignalGuard.terminationRequested != 0 { return .terminate }
            wtimeout(window, milliseconds)
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if SignalGuard.terminationRequested != 0 { return .terminate }
            switch status {
            case KEY_CODE_YES:
                let code = Int32(bitPattern: value)
                if code == KEY_RESIZE { return .resize(size) }
                return .key(KeyDecoder.decode(.keyCode(code)))
            case OK:
                if value == 26 {  // Ctrl-Z: raw mode delivers it as a key, so suspend by hand
                    let clock = ContinuousClock()
                    let start = clock.now
                    suspend()
                    return .resumed(pausedFor: clock.now - start)
                }
                return .key(KeyDecoder.decode(.character(UInt32(value))))
            default:
                if timeout != nil { return nil }
            }
        }
    }

    /// Leaves curses mode, stops the process as the shell expects, and redraws when continued.
    private func suspend() {
        endwin()
        signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)
        // Execution resumes here after `fg`.
        wrefresh(window)
    }

    private func apply(_ style: Style) {
        var attrs = mlt_a_normal()
        if style.bold { attrs |= mlt_a_bold() }
        if style.italic { attrs |= mlt_a_italic() }
        if style.underline { attrs |= mlt_a_underline() }
        if style.reverse { attrs |= mlt_a_reverse() }
        if style.dim { attrs |= mlt_a_dim() }
        var pair: Int16 = 0
        if colorsEnabled, let role = style.color, !style.reverse {
            pair = colorPair(for: role)
        }
        _ = mlt_wattr_set(window, attrs, pair)
    }

    /// Allocates colour pairs on first use; the background stays the terminal's own (-1).
    private func colorPair(for role: ColorRole) -> Int16 {
        if let pair = pairs[role] { return pair }
        let foreground: Int16
        switch role {
        case .accent, .heading: foreground = Int16(COLOR_CYAN)
        case .code, .success: foreground = Int16(COLOR_GREEN)
        case .warning: foreground = Int16(COLOR_YELLOW)
        case .danger: foreground = Int16(COLOR_RED)
        case .link: foreground = Int16(COLOR_BLUE)
        case .muted: foreground = -1
        }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, foreground, -1)
        pairs[role] = pair
        return pair
    }
}
