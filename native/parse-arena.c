/*
 * A bump allocator for tree-sitter while one parse runs (parse-arena.h).
 *
 * Why: a parse mallocs and frees every subtree and stack node one by one, and deleting the tree walks
 * and frees them all again; with glibc that was ~15% of the addon's time on the largest revision
 * (perf: malloc, _int_free, malloc_consolidate, ts_subtree_release). Inside a parse every allocation
 * comes from large blocks and `free` does nothing; when the records are written, the blocks are
 * recycled whole. Outside a parse (and on other threads) the hooks are plain malloc and free.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>
#include "parse-arena.h"

/* Each allocation is preceded by its size (realloc copies that much); 16 keeps the alignment malloc gives. */
#define HEADER 16
#define BLOCK_SIZE ((size_t)1 << 20)
/* Blocks kept for the next parse: enough for the largest corpus revision (~2.4 MB) several times over. */
#ifndef MAX_SPARE_BLOCKS
#define MAX_SPARE_BLOCKS 16
#endif

typedef struct Block {
  struct Block *next;
  size_t used;
  size_t size;
  _Alignas(16) char data[];
} Block;

/* Per thread (the main thread, each worker): a parse never spans threads. */
static _Thread_local Block *blocks = NULL;
static _Thread_local Block *spare = NULL;
static _Thread_local int active = 0;

static void *abort_out_of_memory(size_t size) {
  // tree-sitter's own default allocator aborts too: it never checks for NULL.
  fprintf(stderr, "tree-export: failed to allocate %zu bytes\n", size);
  abort();
}

static void *arena_malloc(size_t size) {
  if (!active) {
    void *p = malloc(size);
    return p || !size ? p : abort_out_of_memory(size);
  }
  size_t need = HEADER + ((size + 15) & ~(size_t)15);
  if (!blocks || blocks->used + need > blocks->size) {
    size_t capacity = need > BLOCK_SIZE ? need : BLOCK_SIZE;
    Block *b;
    if (spare && capacity == BLOCK_SIZE) {
      b = spare;
      spare = spare->next;
    } else {
      b = malloc(sizeof(Block) + capacity);
      if (!b) return abort_out_of_memory(capacity);
      b->size = capacity;
    }
    b->used = 0;
    b->next = blocks;
    blocks = b;
  }
  char *p = blocks->data + blocks->used;
  blocks->used += need;
  *(size_t *)p = size;
  return p + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
  if (!active) {
    void *p = calloc(count, size);
    return p || !count || !size ? p : abort_out_of_memory(count * size);
  }
  void *p = arena_malloc(count * size);
  memset(p, 0, count * size);
  return p;
}

static void *arena_realloc(void *old, size_t size) {
  if (!active) {
    void *p = realloc(old, size);
    return p || !size ? p : abort_out_of_memory(size);
  }
  if (!old) return arena_malloc(size);
  size_t old_size = *(size_t *)((char *)old - HEADER);
  if (size <= old_size) return old;
  void *p = arena_malloc(size);
  memcpy(p, old, old_size);
  return p;
}

static void arena_free(void *p) {
  if (!active) free(p);
}

void arena_install(void) {
  ts_set_allocator(arena_malloc, arena_calloc, arena_realloc, arena_free);
}

void arena_begin(void) {
  active = 1;
}

void arena_end(void) {
  active = 0;
  unsigned kept = 0;
  for (Block *s = spare; s; s = s->next) kept++;
  while (blocks) {
    Block *next = blocks->next;
    if (blocks->size == BLOCK_SIZE && kept < MAX_SPARE_BLOCKS) {
      blocks->next = spare;
      spare = blocks;
      kept++;
    } else {
      free(blocks);
    }
    blocks = next;
  }
}

void arena_release(void) {
  while (spare) {
    Block *next = spare->next;
    free(spare);
    spare = next;
  }
}
