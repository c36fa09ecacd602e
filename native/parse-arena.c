/*
 * A bump allocator for tree-sitter while one parse runs (parse-arena.h).
 *
 * Why: a parse mallocs and frees every subtree and stack node one by one, and deleting the tree walks
 * and frees them all again; with glibc that was ~15% of the addon's time on the largest revision
 * (perf: malloc, _int_free, malloc_consolidate, ts_subtree_release). Inside a parse every allocation
 * comes from large blocks, `free` puts memory on a free list of its size class, and the tree is never
 * freed node by node: when the records are written, the blocks are recycled whole. Outside a parse (and
 * on other threads) the hooks are plain malloc and free.
 */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>
#include "parse-arena.h"

/*
 * Each allocation is preceded by a header: its capacity (what realloc may grow into in place) and its size
 * class. Freed memory goes on its class's free list and is handed out again within the same parse: error
 * recovery frees and reallocates constantly, and an arena whose `free` did nothing grew with the square of
 * the input on broken code (`def f(a,` repeated: 1.7 GB for 64 KB). Classes: multiples of 16 bytes up to
 * SMALL_LIMIT, then powers of two (a growing array is copied O(log n) times, not once per element).
 */
#define HEADER 16
#define BLOCK_SIZE ((size_t)1 << 20)
#define SMALL_LIMIT 1024
#define SMALL_CLASSES (SMALL_LIMIT / 16)
#define FIRST_LARGE_SHIFT 11
#define CLASSES (SMALL_CLASSES + 64 - FIRST_LARGE_SHIFT)
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

typedef struct {
  size_t capacity;
  size_t size_class;
} Header;

typedef struct FreeCell {
  struct FreeCell *next;
} FreeCell;

/* Per thread (the main thread, each worker): a parse never spans threads. */
static _Thread_local Block *blocks = NULL;
static _Thread_local Block *spare = NULL;
static _Thread_local int active = 0;
static _Thread_local FreeCell *free_lists[CLASSES];

static void *abort_out_of_memory(size_t size) {
  // tree-sitter's own default allocator aborts too: it never checks for NULL.
  fprintf(stderr, "tree-export: failed to allocate %zu bytes\n", size);
  abort();
}

/* The size class of a request, and the capacity an allocation of that class has. */
static size_t class_of(size_t size, size_t *capacity) {
  if (size <= SMALL_LIMIT) {
    size_t c = size ? (size + 15) & ~(size_t)15 : 16;
    *capacity = c;
    return c / 16 - 1;
  }
  unsigned shift = FIRST_LARGE_SHIFT;
  while (shift < 63 && ((size_t)1 << shift) < size) shift++;
  if (((size_t)1 << shift) < size) return (size_t)abort_out_of_memory(size);
  *capacity = (size_t)1 << shift;
  return SMALL_CLASSES + (shift - FIRST_LARGE_SHIFT);
}

/* Fresh memory for `need` bytes (header included) from the current block, a spare one, or a new one. */
static char *bump(size_t need) {
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
  return p;
}

static void *arena_malloc(size_t size) {
  if (!active) {
    void *p = malloc(size);
    return p || !size ? p : abort_out_of_memory(size);
  }
  size_t capacity = 0;
  size_t c = class_of(size, &capacity);
  FreeCell *cell = free_lists[c];
  if (cell) {
    free_lists[c] = cell->next;
    return cell;
  }
  Header *h = (Header *)bump(HEADER + capacity);
  h->capacity = capacity;
  h->size_class = c;
  return (char *)h + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
  if (!active) {
    void *p = calloc(count, size);
    return p || !count || !size ? p : abort_out_of_memory(count * size);
  }
  if (size && count > SIZE_MAX / size) return abort_out_of_memory(SIZE_MAX);
  void *p = arena_malloc(count * size);
  memset(p, 0, count * size);
  return p;
}

static Header *header_of(void *p) {
  return (Header *)((char *)p - HEADER);
}

static void arena_free(void *p) {
  if (!active) {
    free(p);
    return;
  }
  if (!p) return;
  FreeCell *cell = p;
  size_t c = header_of(p)->size_class;
  cell->next = free_lists[c];
  free_lists[c] = cell;
}

static void *arena_realloc(void *old, size_t size) {
  if (!active) {
    void *p = realloc(old, size);
    return p || !size ? p : abort_out_of_memory(size);
  }
  if (!old) return arena_malloc(size);
  size_t old_capacity = header_of(old)->capacity;
  if (size <= old_capacity) return old;
  void *p = arena_malloc(size);
  memcpy(p, old, old_capacity);
  arena_free(old);
  return p;
}

void arena_install(void) {
  ts_set_allocator(arena_malloc, arena_calloc, arena_realloc, arena_free);
}

void arena_begin(void) {
  active = 1;
}

void arena_end(void) {
  active = 0;
  memset(free_lists, 0, sizeof free_lists);
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
