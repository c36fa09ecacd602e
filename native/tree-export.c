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
 * src/parse/native-export.ts reads the records; test/parse-plain-tree.test.ts checks the two paths agree.
 */
#include <stdlib.h>
#include <string.h>
#include <node_api.h>
#include <tree_sitter/api.h>
#include "tree-walk.h"

/* The record layout below; src/parse/native-export.ts refuses an addon built with another. */
#define LAYOUT 2

/* One parser per Node environment (the main thread, each worker): instance data, never shared between threads. */
typedef struct {
  TSParser *parser;
  const TSLanguage *language;
} Instance;

static void delete_instance(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  Instance *instance = data;
  if (instance->parser) ts_parser_delete(instance->parser);
  free(instance);
}

static Instance *get_instance(napi_env env) {
  void *data = NULL;
  if (napi_get_instance_data(env, &data) == napi_ok && data) return data;
  Instance *instance = calloc(1, sizeof(Instance));
  if (!instance) return NULL;
  if (napi_set_instance_data(env, instance, delete_instance, NULL) != napi_ok) {
    free(instance);
    return NULL;
  }
  return instance;
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

/* parse(language, text) → Uint32Array of records, preorder, the root first. */
static napi_value parse(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2) return fail(env, "parse(language, text)");
  const TSLanguage *language = read_language(env, argv[0]);
  if (!language) return fail(env, "parse: the first argument is not a tree-sitter language");
  size_t length = 0;
  if (napi_get_value_string_utf16(env, argv[1], NULL, 0, &length) != napi_ok) return fail(env, "parse: text must be a string");
  char16_t *text = malloc((length + 1) * sizeof(char16_t));
  if (!text) return fail(env, "parse: out of memory");
  napi_get_value_string_utf16(env, argv[1], text, length + 1, &length);
  Instance *instance = get_instance(env);
  if (instance && !instance->parser) instance->parser = ts_parser_new();
  if (!instance || !instance->parser) { free(text); return fail(env, "parse: out of memory"); }
  if (instance->language != language) {
    if (!ts_parser_set_language(instance->parser, language)) { free(text); return fail(env, "parse: incompatible grammar version"); }
    instance->language = language;
  }
  TSTree *tree = ts_parser_parse_string_encoding(instance->parser, NULL, (const char *)text, (uint32_t)(length * 2),
                                                 TSInputEncodingUTF16LE);
  free(text);
  if (!tree) return fail(env, "parse: tree-sitter returned no tree");
  Records r = {NULL, 0, 0};
  // UTF-16 input: byte offsets are twice the code-unit indices JavaScript strings use.
  int ok = walk_tree(tree, 2, &r);
  ts_tree_delete(tree);
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
