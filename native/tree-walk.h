/*
 * The preorder walk of a parsed tree into flat records (tree-walk.c); tree-export.c hands them to JavaScript.
 */
#ifndef TREE_WALK_H
#define TREE_WALK_H

#include <stdint.h>
#include <tree_sitter/api.h>

/*
 * One record per visible node: [symbol | field id << 16 | flags << 24, start, end, child count]. The symbol is
 * public (aliases resolved); tree-sitter's error symbol 0xFFFF is written as ts_language_symbol_count (a dense
 * index for the names table).
 */
#define RECORD 4
#define FLAG_NAMED 1u
#define FLAG_MISSING 2u
#define FLAG_HAS_ERROR 4u

/* Growable records; `count` records of RECORD words each. */
typedef struct {
  uint32_t *data;
  uint32_t count;
  uint32_t capacity;
} Records;

/*
 * Append the records of every node of `tree` (the nodes a TSTreeCursor visits, with the same facts), preorder.
 * Offsets are byte offsets divided by `unit` (2 for UTF-16 input). Returns 0 when out of memory.
 */
int walk_tree(const TSTree *tree, uint32_t unit, Records *records);

#endif
