/*
 * The walk of a parsed tree into flat records, over tree-sitter's own subtrees (its internal headers,
 * from the same vendored library tree-export.node compiles in).
 *
 * Why not a TSTreeCursor: per node the cursor rebuilds a TSNode (`ts_tree_cursor_current_node`), re-reads
 * the parent's alias sequence and walks its stack again for the field (`ts_tree_cursor_current_field_id`);
 * on the largest corpus revision that was ~1.6 ms of a 5.1 ms parse. Here each parent's alias sequence and
 * field map are read once, and every fact below is decided exactly as tree_cursor.c and node.c decide it:
 * - visible: the subtree is visible, or (not extra) its parent's production aliases it;
 * - a hidden child with visible descendants is walked through: its children are its parent's;
 * - symbol: the alias, else the subtree's, mapped by ts_language_public_symbol; named from the same;
 * - field: 0 for an extra node, else the parent's non-inherited field map entry for its structural index,
 *   else (the parent hidden) the parent's own field (`current_field_id` walks up through hidden wrappers);
 * - start: the cursor's position (padding excluded), end: start plus the subtree's size.
 * test/parse-plain-tree.test.ts compares the result with the binding's cursor on the corpus and fixtures.
 */
#include <stdlib.h>
#include "tree-walk.h"
#include "language.h"
#include "subtree.h"
#include "tree.h"

/* A node whose children are being walked: a visible node, or a hidden one walked through. */
typedef struct {
  const Subtree *children;
  uint32_t child_count;
  uint32_t child_index;
  uint32_t structural_index;
  uint32_t position;
  const TSSymbol *aliases;
  const TSFieldMapEntry *fields;
  const TSFieldMapEntry *fields_end;
  uint32_t record;
  TSFieldId inherited;
} Frame;

typedef struct {
  Frame *data;
  uint32_t depth;
  uint32_t capacity;
} Frames;

static Frame *push_frame(Frames *s, const TSLanguage *language, Subtree node, uint32_t position, uint32_t record,
                         TSFieldId inherited) {
  if (s->depth == s->capacity) {
    uint32_t capacity = s->capacity ? s->capacity * 2 : 64;
    Frame *data = realloc(s->data, (size_t)capacity * sizeof(Frame));
    if (!data) return NULL;
    s->data = data;
    s->capacity = capacity;
  }
  Frame *f = &s->data[s->depth++];
  f->children = ts_subtree_children(node);
  f->child_count = node.ptr->child_count;
  f->child_index = 0;
  f->structural_index = 0;
  f->position = position;
  f->aliases = ts_language_alias_sequence(language, node.ptr->production_id);
  ts_language_field_map(language, node.ptr->production_id, &f->fields, &f->fields_end);
  f->record = record;
  f->inherited = inherited;
  return f;
}

static uint32_t *push_record(Records *r) {
  if (r->count == r->capacity) {
    uint32_t capacity = r->capacity ? r->capacity * 2 : 4096;
    uint32_t *data = realloc(r->data, (size_t)capacity * RECORD * sizeof(uint32_t));
    if (!data) return NULL;
    r->data = data;
    r->capacity = capacity;
  }
  return r->data + (size_t)r->count++ * RECORD;
}

/* The record of one visible node; `alias` 0 where it is not aliased. */
static int write_record(Records *r, const TSLanguage *language, Subtree node, TSSymbol alias, TSFieldId field,
                        uint32_t start, uint32_t unit) {
  uint32_t *p = push_record(r);
  if (!p) return 0;
  TSSymbol symbol = ts_language_public_symbol(language, alias ? alias : ts_subtree_symbol(node));
  bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(node);
  uint32_t flags = (named ? FLAG_NAMED : 0) | (ts_subtree_missing(node) ? FLAG_MISSING : 0) |
                   (ts_subtree_error_cost(node) > 0 ? FLAG_HAS_ERROR : 0);
  uint32_t dense = symbol == ts_builtin_sym_error ? ts_language_symbol_count(language) : symbol;
  p[0] = dense | (uint32_t)field << 16 | flags << 24;
  p[1] = start / unit;
  p[2] = (start + ts_subtree_size(node).bytes) / unit;
  p[3] = 0;
  return 1;
}

/* The field of the child at structural index `index`, as ts_tree_cursor_current_field_id finds it. */
static TSFieldId find_field(const Frame *f, uint32_t index) {
  for (const TSFieldMapEntry *m = f->fields; m < f->fields_end; m++) {
    if (!m->inherited && m->child_index == index) return m->field_id;
  }
  return f->inherited;
}

/* One step: the next child of the innermost frame. Returns 0 when out of memory. */
static int visit_next_child(Frames *s, Records *r, const TSLanguage *language, uint32_t unit) {
  Frame *f = &s->data[s->depth - 1];
  Subtree child = f->children[f->child_index];
  uint32_t start = f->position;
  bool extra = ts_subtree_extra(child);
  TSSymbol alias = 0;
  TSFieldId field = 0;
  if (!extra) {
    if (f->aliases) alias = f->aliases[f->structural_index];
    field = find_field(f, f->structural_index);
    f->structural_index++;
  }
  f->position += ts_subtree_size(child).bytes;
  if (++f->child_index < f->child_count) f->position += ts_subtree_padding(f->children[f->child_index]).bytes;
  uint32_t parent = f->record;
  if (ts_subtree_visible(child) || alias) {
    r->data[(size_t)parent * RECORD + 3]++;
    uint32_t record = r->count;
    if (!write_record(r, language, child, alias, field, start, unit)) return 0;
    return ts_subtree_child_count(child) == 0 || push_frame(s, language, child, start, record, 0) != NULL;
  }
  // A hidden node (`_simple_statements`…): its visible descendants are its parent's children.
  if (ts_subtree_visible_child_count(child) == 0) return 1;
  return push_frame(s, language, child, start, parent, field) != NULL;
}

int walk_tree(const TSTree *tree, uint32_t unit, Records *r) {
  const TSLanguage *language = tree->language;
  // The packed record has 16 bits for the symbol and 8 for the field id.
  if (ts_language_symbol_count(language) >= 0xFFFF || ts_language_field_count(language) > 0xFF) return 0;
  Subtree root = tree->root;
  uint32_t start = ts_subtree_padding(root).bytes;
  if (!write_record(r, language, root, 0, 0, start, unit)) return 0;
  if (ts_subtree_child_count(root) == 0) return 1;
  Frames s = {NULL, 0, 0};
  int ok = push_frame(&s, language, root, start, 0, 0) != NULL;
  while (ok && s.depth > 0) {
    Frame *f = &s.data[s.depth - 1];
    if (f->child_index == f->child_count) s.depth--;
    else ok = visit_next_child(&s, r, language, unit);
  }
  free(s.data);
  return ok;
}
