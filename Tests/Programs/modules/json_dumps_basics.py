# json.dumps: every JSON type, key conversions, float reprs, escapes, ensure_ascii and errors
import json

record = {"name": "Ada", "age": 36, "height": 1.65, "admin": True, "manager": None,
          "langs": ["en", "fr"], "coords": (51.5, -0.12), "scores": {"math": 100}}
print(json.dumps(record))
print(json.dumps([1, -2, 3.0, 1e100, 1e-7, 0.1 + 0.2, -0.0, 10**30, 2**63, True, False, None]))
print(json.dumps({1: "one", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps("quote \" backslash \\ newline \n tab \t bell \x07 del \x7f"))
print(json.dumps("café ☕ 😀 \u2028"))
print(json.dumps("café ☕ 😀", ensure_ascii=False))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps("x"), json.dumps(0))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
print(json.dumps({"data": {1, 2, 3}}, default=sorted))
print(json.dumps([1, [2, [3, [4]]]]))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object),
            lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({"b": 1, 2: 2}, sort_keys=True),
            lambda: json.dumps([1], 2), lambda: json.dumps(b"bytes")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared]))
