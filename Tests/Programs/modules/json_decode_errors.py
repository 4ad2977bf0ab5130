# json.JSONDecodeError: CPython's messages, positions, line and column numbers, and its attributes
import json

bad_documents = [
    "", " ", "[", "[1,", "[1 2]", "[1,]", "{", '{"a"', '{"a" 1}', '{"a":', '{"a":1,}', "{1: 2}",
    '{"a": 1', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"tab\there"', "tru", "nul", "01", "1 2",
    "[1] [2]", "-", "1.", ".5", "+1", "[\n  1,\n  2,\n  oops\n]", "\ufeff[]",
]
for text in bad_documents:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e)

try:
    json.loads('{"key": [1, 2,\n "x" "y"]}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError))
    print(e.msg, "|", e.pos, e.lineno, e.colno, repr(e.doc[:8]))
    print(e.args)
print(json.JSONDecodeError.__mro__)
err = json.JSONDecodeError("Custom problem", "ab\ncd", 4)
print(err, err.lineno, err.colno)
print(json.loads('"ok"', strict=False), repr(json.loads('"a\tb"', strict=False)))
