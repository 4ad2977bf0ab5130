# json.dumps(obj=...) and json.loads(s=...) take their first argument by keyword too; deque's
# rotate takes none.
import collections
import json

print(json.dumps(obj={"a": [1, 2]}, sort_keys=True), json.loads(s='{"b": null}'))
try:
    json.dumps(indent=2)
except TypeError as e:
    print("TypeError:", e)
d = collections.deque([1, 2, 3])
d.rotate(1)
print(d)
try:
    d.rotate(n=1)
except TypeError as e:
    print("TypeError:", e)
