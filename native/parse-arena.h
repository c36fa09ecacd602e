/*
 * tree-sitter's allocator while one parse runs: a per-thread bump arena (parse-arena.c).
 * Between arena_begin and arena_end every tree-sitter allocation of this thread is arena memory (freed memory
 * is reused within the parse), so
 * nothing allocated there may outlive arena_end (the parser and the tree are made and dropped inside).
 */
#ifndef PARSE_ARENA_H
#define PARSE_ARENA_H

/* Make the arena tree-sitter's allocator (once, when the addon loads); idle, it is malloc and free. */
void arena_install(void);

/* From here on this thread's tree-sitter allocations come from the arena and frees are no-ops. */
void arena_begin(void);

/* Drop everything allocated since arena_begin at once (free lists too); keep some blocks for the next parse. */
void arena_end(void);

/* Free the blocks kept for the next parse (the Node environment of this thread is going away). */
void arena_release(void);

#endif
