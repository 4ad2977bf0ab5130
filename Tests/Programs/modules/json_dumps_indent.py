# json.dumps with indent: nesting, empty containers, string indents, separators and sort_keys
import json

config = {
    "server": {"host": "localhost", "ports": [80, 443], "tls": {"enabled": True, "cert": None}},
    "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}],
    "empty": {},
    "version": 1.5,
}
print(json.dumps(config, indent=2))
print(json.dumps(config, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3], {"a": []}], indent="\t"))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2, separators=(",", " = ")))
print(json.dumps("scalar", indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"x": {"y": {"z": [{}]}}}, indent=1))
print(json.dumps({"k": "v"}, indent=-3))
