/*
 * The tree-sitter runtime, compiled from the pinned `tree-sitter` package's vendored C library (its
 * single-file build, lib.c): the exact runtime the tree-sitter Node binding runs, by source, not by copy.
 */
#include "lib.c"
