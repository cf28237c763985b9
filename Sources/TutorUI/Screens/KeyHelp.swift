/// The keys of each screen, shown in the help overlay and (abridged) in the footer.
public enum KeyHelp {
    public static let menu = [
        KeyBinding("↑ ↓  k j", "move the selection"),
        KeyBinding("PgUp PgDn", "move a page"),
        KeyBinding("Home End  g G", "first / last section"),
        KeyBinding("1–9", "jump to that section"),
        KeyBinding("c", "jump to \"Continue\" (the last section read)"),
        KeyBinding("Enter  →  l", "open the section"),
        KeyBinding("?", "show or hide this help"),
        KeyBinding("q", "quit (progress is saved)"),
        KeyBinding("Ctrl-C", "quit from anywhere, after saving"),
    ]

    public static let reader = [
        KeyBinding("↑ ↓  k j", "scroll a line"),
        KeyBinding("PgUp PgDn  b Space", "scroll a page"),
        KeyBinding("Home End  g G", "top / bottom"),
        KeyBinding("n  p", "next / previous section"),
        KeyBinding("Esc  ←  Backspace  q", "back to the menu"),
        KeyBinding("?", "show or hide this help"),
        KeyBinding("Ctrl-C", "quit from anywhere, after saving"),
    ]

    public static let dashboard = [
        KeyBinding("↑ ↓  k j", "scroll a line"),
        KeyBinding("PgUp PgDn  b Space", "scroll a page"),
        KeyBinding("Home End  g G", "top / bottom"),
        KeyBinding("Esc  ←  Backspace  q", "back to the menu"),
        KeyBinding("?", "show or hide this help"),
        KeyBinding("Ctrl-C", "quit from anywhere, after saving"),
    ]

    public static let skills = [
        KeyBinding("↑ ↓  k j", "move the selection"),
        KeyBinding("PgUp PgDn  Home End", "move a page / first / last"),
        KeyBinding("Space  l →", "next level: not yet → learning → have"),
        KeyBinding("h ←", "previous level"),
        KeyBinding("1  2  3", "have / learning / not yet"),
        KeyBinding("0  Delete", "clear the mark (counts as not yet)"),
        KeyBinding("Enter", "read the section that teaches the skill"),
        KeyBinding("Esc  Backspace  q", "back to the menu"),
        KeyBinding("?", "show or hide this help"),
        KeyBinding("Ctrl-C", "quit from anywhere, after saving"),
    ]

    public static let dashboardFooter = "↑↓ scroll  PgUp/PgDn page  Esc back  ? help"
    public static let skillsFooter = "↑↓ move  Space/h/l cycle  1/2/3 set  Enter read  Esc back  ? help"

    public static let menuFooter = "↑↓/jk move  1-9 jump  Enter open  ? help  q quit"
    public static let readerFooter = "↑↓ scroll  PgUp/PgDn page  n/p next/prev  Esc back  ? help"
}
