# collections.ChainMap: lookups through layered mappings, writes to the first, new_child and parents
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["user"], config["color"], config["debug"], config.get("missing", "-"))
print(len(config), sorted(config), "color" in config, "size" in config)
print(config)
config["color"] = "blue"
print(cli, defaults["color"])
del config["color"]
try:
    del config["user"]
except KeyError as e:
    print("KeyError:", e)
try:
    config["nothing"]
except KeyError as e:
    print("KeyError:", e)

# Nested scopes, as an interpreter keeps variables.
globals_ = ChainMap({"x": 1, "y": 2})
local = globals_.new_child({"x": 10})
print(local["x"], local["y"], local, local.parents, local.maps[0])
print(ChainMap(), bool(ChainMap({})), bool(ChainMap({}, {"a": 1})))
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3})), dict(ChainMap({"a": 1}, {"b": 2, "a": 3})))
