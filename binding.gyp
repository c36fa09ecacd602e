{
  "targets": [
    {
      "target_name": "tree_export",
      "sources": [
        "native/tree-export.c",
        "native/tree-walk.c",
        "native/parse-arena.c",
        "native/tree-sitter-lib.c"
      ],
      "include_dirs": [
        "<(tree_sitter)/vendor/tree-sitter/lib/include",
        "<(tree_sitter)/vendor/tree-sitter/lib/src"
      ],
      "cflags": ["-std=c11", "-fvisibility=hidden"],
      # Node's common.gypi keeps frame pointers (for perf's stacks through JS); tree-sitter's parse runs ~5%
      # faster without them (C harness, newest revision), and only native stacks through the addon lose them.
      "configurations": {
        "Release": {
          "cflags!": ["-fno-omit-frame-pointer"],
          "cflags": ["-fomit-frame-pointer"]
        }
      },
      "defines": ["_POSIX_C_SOURCE=200112L", "_DEFAULT_SOURCE", "NAPI_VERSION=8"]
    }
  ],
  "variables": {
    "tree_sitter": "<!(node -p \"require('path').dirname(require.resolve('tree-sitter/package.json'))\")"
  }
}
