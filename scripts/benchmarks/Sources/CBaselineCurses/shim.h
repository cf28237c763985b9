#ifndef MLTUTOR_BENCH_BASELINE_CURSES_H
#define MLTUTOR_BENCH_BASELINE_CURSES_H

/* The same workarounds as the tutor's own shim, so the baseline sees ncurses the same way:
   SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so ask for the wide-character API by name. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects C mutable globals (stdscr, stdout, stdin), so they are reached through accessors. */
static inline WINDOW *bench_stdscr(void) { return stdscr; }
static inline SCREEN *bench_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline int bench_setlocale_all(void) { return setlocale(LC_ALL, "") != NULL; }
static inline int bench_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline attr_t bench_a_normal(void) { return A_NORMAL; }

#endif
