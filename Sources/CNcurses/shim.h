#ifndef MLTUTOR_CNCURSES_SHIM_H
#define MLTUTOR_CNCURSES_SHIM_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides the wide-character API
   (get_wch, cchar_t, mvwaddnwstr); asking for it explicitly brings it back. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects C mutable globals and cannot import function-like macros, so every such
   value is wrapped in a static inline accessor. Bit values are never hard-coded in Swift. */

static inline WINDOW *mlt_stdscr(void) { return stdscr; }
static inline int mlt_lines(void) { return LINES; }
static inline int mlt_cols(void) { return COLS; }
static inline int mlt_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int mlt_getmaxx(WINDOW *w) { return getmaxx(w); }

/* newterm wants the C stdio streams, which are mutable globals as far as Swift is concerned. */
static inline SCREEN *mlt_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline int mlt_setlocale_all(void) { return setlocale(LC_ALL, "") != NULL; }

static inline attr_t mlt_a_normal(void) { return A_NORMAL; }
static inline attr_t mlt_a_bold(void) { return A_BOLD; }
static inline attr_t mlt_a_reverse(void) { return A_REVERSE; }
static inline attr_t mlt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mlt_a_dim(void) { return A_DIM; }
static inline attr_t mlt_a_italic(void) { return A_ITALIC; }
static inline int mlt_key_f(int n) { return KEY_F(n); }

/* Sets the attributes and colour pair for the next writes to a window. */
static inline int mlt_wattr_set(WINDOW *w, attr_t attrs, short pair) {
    return wattr_set(w, attrs, pair, NULL);
}

#endif
