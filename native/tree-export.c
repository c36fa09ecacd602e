/*
 * The optional native tree export: parse Python source with tree-sitter and hand the whole tree to
 * JavaScript in one call, as flat 32-bit records in preorder.
 *
 * Why: through the tree-sitter Node binding every fact of every node (type, extent, field, each cursor
 * move) is one N-API call of ~90 ns, about six per node: the copy into plain nodes cost more than the
 * parse itself. Here the walk runs in C and JavaScript reads one typed array.
 *
 * The runtime is the pinned tree-sitter package's own vendored C library (compiled in, see binding.gyp);
 * the grammar is tree-sitter-python's `language` pointer, so both parsers read the same tables.
 * tree-walk.c writes the records (layout in tree-walk.h), parse-arena.c is tree-sitter's allocator during
 * a parse. src/parse/native-export.ts reads the records; test/parse-plain-tree.test.ts checks the two paths agree.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <node_api.h>
#include <tree_sitter/api.h>
#include "parse-arena.h"
#include "tree-walk.h"

/* The record layout (tree-walk.h); src/parse/native-export.ts refuses an addon built with another. */
#define LAYOUT 2

/* The environment's cleanup: the arena blocks this thread kept (parse-arena.c); set on the first parse. */
static void release_arena(napi_env env, void *data, void *hint) {
  (void)env;
  (void)data;
  (void)hint;
  arena_release();
}

static int watch_environment(napi_env env) {
  void *data = NULL;
  if (napi_get_instance_data(env, &data) == napi_ok && data) return 1;
  // Any non-NULL marker: the instance data only carries the finalizer.
  static char marker;
  return napi_set_instance_data(env, &marker, release_arena, NULL) == napi_ok;
}

static napi_value fail(napi_env env, const char *message) {
  napi_throw_error(env, NULL, message);
  return NULL;
}

/* The type tag tree-sitter-python's binding puts on its `language` External (bindings/node/binding.cc). */
static const napi_type_tag LANGUAGE_TYPE_TAG = {0x8AF2E5212AD58ABF, 0xD5006CAD83ABBA16};

static const TSLanguage *read_language(napi_env env, napi_value value) {
  void *language = NULL;
  bool tagged = false;
  if (napi_check_object_type_tag(env, value, &LANGUAGE_TYPE_TAG, &tagged) != napi_ok || !tagged) return NULL;
  if (napi_get_value_external(env, value, &language) != napi_ok) return NULL;
  return (const TSLanguage *)language;
}

/*
 * A parse's time budget. tree-sitter's error recovery is superlinear on some broken input (`def f(a,`
 * repeated: 64 KB in 0.9 s, 256 KB in 15 s, 1 MB in minutes); past the budget the parse is cancelled and
 * the caller reports the file as unparseable instead of hanging. tree-sitter asks every 100 operations.
 */
typedef struct {
  struct timespec deadline;
  int cancelled;
} Budget;

static int past(const struct timespec *deadline) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > deadline->tv_sec || (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}

static bool over_budget(TSParseState *state) {
  Budget *budget = state->payload;
  if (!budget->cancelled && past(&budget->deadline)) budget->cancelled = 1;
  return budget->cancelled;
}

typedef struct {
  const char16_t *text;
  uint32_t bytes;
} Utf16Source;

static const char *read_utf16(void *payload, uint32_t byte, TSPoint position, uint32_t *read) {
  (void)position;
  const Utf16Source *source = payload;
  if (byte >= source->bytes) {
    *read = 0;
    return "";
  }
  *read = source->bytes - byte;
  return (const char *)source->text + byte;
}

/* The parse, cancelled once `budget_ms` (0: none) has passed; NULL when cancelled or refused. */
static TSTree *parse_within(TSParser *parser, const char16_t *text, size_t length, double budget_ms, Budget *budget) {
  Utf16Source source = {text, (uint32_t)(length * 2)};
  TSInput input = {&source, read_utf16, TSInputEncodingUTF16LE, NULL};
  if (budget_ms <= 0) return ts_parser_parse(parser, NULL, input);
  clock_gettime(CLOCK_MONOTONIC, &budget->deadline);
  long long ns = budget->deadline.tv_nsec + (long long)(budget_ms * 1e6);
  budget->deadline.tv_sec += (time_t)(ns / 1000000000LL);
  budget->deadline.tv_nsec = (long)(ns % 1000000000LL);
  TSParseOptions options = {budget, over_budget};
  return ts_parser_parse_with_options(parser, NULL, input, options);
}

/*
 * parse(language, text, budgetMs?) → Uint32Array of records, preorder, the root first; `null` when the
 * parse ran past its time budget (milliseconds; 0 or absent: none).
 */
static napi_value parse(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2) return fail(env, "parse(language, text)");
  const TSLanguage *language = read_language(env, argv[0]);
  if (!language) return fail(env, "parse: the first argument is not a tree-sitter language");
  double budget_ms = 0;
  if (argc >= 3 && napi_get_value_double(env, argv[2], &budget_ms) != napi_ok) return fail(env, "parse: budgetMs must be a number");
  size_t length = 0;
  if (napi_get_value_string_utf16(env, argv[1], NULL, 0, &length) != napi_ok) return fail(env, "parse: text must be a string");
  char16_t *text = malloc((length + 1) * sizeof(char16_t));
  if (!text) return fail(env, "parse: out of memory");
  napi_get_value_string_utf16(env, argv[1], text, length + 1, &length);
  if (!watch_environment(env)) { free(text); return fail(env, "parse: cannot set the environment's cleanup"); }
  // A parser per parse, inside the arena: the parser and the tree are dropped with it, never freed node by node.
  arena_begin();
  TSParser *parser = ts_parser_new();
  TSTree *tree = NULL;
  Records r = {NULL, 0, 0};
  int ok = 0;
  Budget budget = {{0, 0}, 0};
  if (ts_parser_set_language(parser, language)) {
    tree = parse_within(parser, text, length, budget_ms, &budget);
    // UTF-16 input: byte offsets are twice the code-unit indices JavaScript strings use.
    if (tree) ok = walk_tree(tree, 2, &r);
  }
  // Deleting the parser frees the grammar's external scanner state, which the grammar allocated itself.
  ts_parser_delete(parser);
  arena_end();
  free(text);
  if (budget.cancelled) {
    napi_value none;
    napi_get_null(env, &none);
    return none;
  }
  if (!tree) { free(r.data); return fail(env, "parse: incompatible grammar version, or tree-sitter returned no tree"); }
  if (!ok) { free(r.data); return fail(env, "parse: out of memory (or a grammar too large for the records)"); }
  napi_value buffer, array;
  void *bytes = NULL;
  size_t size = (size_t)r.count * RECORD * sizeof(uint32_t);
  if (napi_create_arraybuffer(env, size, &bytes, &buffer) != napi_ok) { free(r.data); return fail(env, "parse: out of memory"); }
  memcpy(bytes, r.data, size);
  free(r.data);
  if (napi_create_typedarray(env, napi_uint32_array, (size_t)r.count * RECORD, buffer, 0, &array) != napi_ok) {
    return fail(env, "parse: cannot make the result array");
  }
  return array;
}

static napi_value string_array(napi_env env, uint32_t count, const char *(*name)(const TSLanguage *, uint32_t),
                               const TSLanguage *language) {
  napi_value array, value;
  napi_create_array_with_length(env, count, &array);
  for (uint32_t i = 0; i < count; i++) {
    const char *s = name(language, i);
    if (s) napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &value);
    else napi_get_null(env, &value);
    napi_set_element(env, array, i, value);
  }
  return array;
}

static const char *symbol_name(const TSLanguage *l, uint32_t i) { return ts_language_symbol_name(l, (TSSymbol)i); }
static const char *field_name(const TSLanguage *l, uint32_t i) { return i ? ts_language_field_name_for_id(l, (TSFieldId)i) : NULL; }

/* names(language) → { types: (string|null)[], fields: (string|null)[] } indexed by symbol and field id. */
static napi_value names(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1) return fail(env, "names(language)");
  const TSLanguage *language = read_language(env, argv[0]);
  if (!language) return fail(env, "names: the argument is not a tree-sitter language");
  napi_create_object(env, &result);
  napi_set_named_property(env, result, "types", string_array(env, ts_language_symbol_count(language), symbol_name, language));
  napi_set_named_property(env, result, "fields", string_array(env, ts_language_field_count(language) + 1, field_name, language));
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  arena_install();
  napi_value layout;
  napi_create_uint32(env, LAYOUT, &layout);
  napi_property_descriptor props[] = {
    {"parse", NULL, parse, NULL, NULL, NULL, napi_default, NULL},
    {"names", NULL, names, NULL, NULL, NULL, napi_default, NULL},
    {"layout", NULL, NULL, NULL, NULL, layout, napi_enumerable, NULL},
  };
  napi_define_properties(env, exports, 3, props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
