# json.loads: objects, arrays, strings with escapes and surrogate pairs, numbers, constants and hooks
import json

doc = '{"name": "Ada", "age": 36, "height": 1.65, "admin": true, "manager": null, "langs": ["en", "fr"], "nested": {"a": {"b": [1, {"c": []}]}}}'
data = json.loads(doc)
print(data)
print(data["nested"]["a"]["b"][1], type(data["age"]).__name__, type(data["height"]).__name__)
print(json.loads('"tab\\t newline\\n quote\\" slash\\/ backslash\\\\ unicode\\u00e9 emoji\\ud83d\\ude00"'))
print(json.loads("[1, -2, 0, -0, 3.0, 1e3, 1E-2, -1.5e+2, 123456789012345678901234567890]"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("  \n\t [ ]  "), json.loads("{}"), json.loads('""'), json.loads("true"), json.loads("null"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'{"bytes": [1]}'))
print(json.loads('"caf\u00e9 \u2603"'))
print(json.loads("1.5", parse_float=str), json.loads("[7]", parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN]', parse_constant=lambda name: "const:" + name))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))

original = {"list": [1, 2.5, "three", None, True], "nested": {"k": [{}]}, "unicode": "ü😀"}
text = json.dumps(original)
print(json.loads(text) == original, json.loads(json.dumps(original, indent=2)) == original)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
