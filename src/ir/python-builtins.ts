/**
 * Every name CPython 3.11 binds in `builtins`. A name of this list that the
 * runtime does not model is `unsupported` (Python would run it: `eval`, `print`),
 * not a NameError; a name bound nowhere is a NameError, as in Python.
 */

/** `dir(builtins)` of CPython 3.11, public names and `__import__`. */
export const PYTHON_BUILTINS: ReadonlySet<string> = new Set(
  (
    "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError " +
    "BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError " +
    "DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError " +
    "FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError " +
    "IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError " +
    "NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning " +
    "PermissionError ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning " +
    "StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError " +
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning " +
    "ValueError Warning ZeroDivisionError __build_class__ __import__ abs aiter all anext any ascii bin bool breakpoint " +
    "bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec " +
    "exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len " +
    "license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round " +
    "set setattr slice sorted staticmethod str sum super tuple type vars zip"
  ).split(" "),
);
