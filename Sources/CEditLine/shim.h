// libedit's readline interface for the coil REPL. Swift 6 rejects C globals such as `stdin`
// and the `rl_*` variables, so they are read and set through these inline functions.

#ifndef COIL_EDITLINE_SHIM_H
#define COIL_EDITLINE_SHIM_H

#include <stdio.h>
#include <editline/readline.h>

static inline FILE *coil_stdin(void) { return stdin; }
static inline FILE *coil_stdout(void) { return stdout; }

static inline const char *coil_rl_line_buffer(void) { return rl_line_buffer; }
static inline int coil_rl_point(void) { return rl_point; }
static inline int coil_rl_end(void) { return rl_end; }

static inline void coil_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void coil_rl_set_streams(FILE *in, FILE *out) {
  rl_instream = in;
  rl_outstream = out;
}
static inline void coil_rl_set_catch_signals(int value) { rl_catch_signals = value; }

typedef char **(*coil_completion_function)(const char *, int, int);

static inline void coil_rl_set_completion(coil_completion_function function, const char *breaks) {
  rl_attempted_completion_function = (rl_completion_func_t *)function;
  rl_basic_word_break_characters = breaks;
  rl_completer_word_break_characters = (char *)breaks;
}
static inline void coil_rl_set_completion_over(int value) { rl_attempted_completion_over = value; }
static inline void coil_rl_set_completion_append_character(int c) {
  rl_completion_append_character = c;
}

#endif
