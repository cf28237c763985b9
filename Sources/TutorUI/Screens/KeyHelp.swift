/// The keys of each screen, shown in the help overlay and (abridged) in the footer.
public enum KeyHelp {
    public static let menu = [
        KeyBinding("↑ ↓  k j", "move the selection"),
        KeyBinding("PgUp PgDn", "move a page"),
        KeyBinding("Home End  g G", "first / last section"),
        KeyBinding("1–9", "jump to that section"),
        KeyBinding("c  r  v  z", "jump to Continue, Resume quiz, Review, Quizzes"),
        KeyBinding("d  s  b", "jump to the dashboard, skills checklist, stats lab"),
        KeyBinding("/", "search every section"),
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
        KeyBinding("/", "search; then n / N for the next / previous hit"),
        KeyBinding("Esc  ←  Backspace  q", "back to the menu"),
        KeyBinding("?", "show or hide this help"),
        KeyBinding("Ctrl-C", "quit from anywhere, after saving"),
    ]

    public static let quizList = [
        KeyBinding("↑ ↓  k j  1–9", "choose a quiz"),
        KeyBinding("Enter", "start: then p practice, e exam"),
        KeyBinding("Esc  q", "back to the menu"),
    ]

    public static let quiz = [
        KeyBinding("1–9", "answer with that choice (one-answer questions)"),
        KeyBinding("↑ ↓  Enter", "move between choices, submit"),
        KeyBinding("Space  1–9", "toggle a choice (several-answer questions)"),
        KeyBinding("t  f", "answer true or false"),
        KeyBinding("type, ← →, Backspace", "edit a number: 0.25, 3/4, 1e-3, 12%"),
        KeyBinding("Tab  Shift-Tab  arrows", "move between matrix cells"),
        KeyBinding("Enter", "submit; after feedback, next question"),
        KeyBinding("g", "after feedback: open the section that teaches it"),
        KeyBinding("Ctrl-T", "the question's hint, when it has one (a right answer then counts as harder for review)"),
        KeyBinding("Esc", "leave (asks first; the attempt is saved)"),
        KeyBinding("Ctrl-Z", "suspend: the quiz clock stops while suspended"),
        KeyBinding("?", "this help (the clock keeps running)"),
    ]

    public static let results = [
        KeyBinding("↑ ↓  k j", "choose a question"),
        KeyBinding("Enter", "review it: your answer, the right one, why"),
        KeyBinding("n  p", "next / previous question while reviewing"),
        KeyBinding("g", "open the section that teaches it"),
        KeyBinding("Esc", "back"),
    ]

    public static let search = [
        KeyBinding("type", "search every section (case and accents ignored)"),
        KeyBinding("↑ ↓", "choose a hit"),
        KeyBinding("Enter", "open the section at the hit, highlighted"),
        KeyBinding("n  N", "in the reader: next / previous hit"),
        KeyBinding("Esc", "back"),
    ]

    public static let lab = [
        KeyBinding("↑ ↓  1–9  Enter", "choose a test, then edit its data"),
        KeyBinding("type, Enter, ← → ↑ ↓", "edit the data (a blank line separates groups)"),
        KeyBinding("Tab  Shift-Tab", "move between tests, data and parameters"),
        KeyBinding("Ctrl-R  F5", "run the test: the worked computation appears"),
        KeyBinding("PgUp PgDn", "scroll the result"),
        KeyBinding("Esc", "back to the tests; from the tests, back to the menu"),
    ]

    public static let readerSearchFooter = "n/N next/prev hit  p previous section  / search again  Esc back  ? help"
    public static let searchFooter = "type to search  ↑↓ choose  Enter open  Esc back"
    public static let labFooter = "Tab next field  Ctrl-R/F5 run  Esc back  ? help (from the test list)"

    public static let quizListFooter = "↑↓/jk move  Enter start  Esc back  ? help"
    public static let resultsFooter = "↑↓ choose  Enter review  Esc back  ? help"
    public static let reviewFooter = "n/p next/prev question  g open the section  Esc back to the list"

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
