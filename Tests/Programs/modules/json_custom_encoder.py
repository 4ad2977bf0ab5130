# json: serializing other types with default= and a JSONEncoder subclass, and decoding them back
import json
from collections import OrderedDict, namedtuple, Counter, defaultdict

class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

def encode_money(obj):
    if isinstance(obj, Money):
        return {"__money__": True, "amount": obj.amount, "currency": obj.currency}
    raise TypeError(f"cannot encode {type(obj).__name__}")

order = {"item": "book", "price": Money(12.5, "EUR"), "tags": {"new", "sale"} - {"sale"}}
print(json.dumps(order, default=lambda o: encode_money(o) if isinstance(o, Money) else sorted(o)))
try:
    json.dumps(object(), default=encode_money)
except TypeError as e:
    print("TypeError:", e)

class AppEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, Money):
            return f"{obj.amount:.2f} {obj.currency}"
        if isinstance(obj, set):
            return sorted(obj)
        return super().default(obj)

print(json.dumps({"total": Money(3, "USD"), "ids": {3, 1, 2}}, cls=AppEncoder))
print(json.dumps([Money(1, "GBP")], cls=AppEncoder, indent=2))
print(AppEncoder(sort_keys=True).encode({"b": Money(2, "JPY"), "a": 1}))
try:
    json.dumps({"bad": object()}, cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)

Point = namedtuple("Point", "x y")
print(json.dumps({"point": Point(1, 2), "od": OrderedDict(b=1, a=2), "counts": Counter("aab"),
                  "groups": defaultdict(list, {"x": [1]})}))

def decode_money(d):
    if d.get("__money__"):
        return Money(d["amount"], d["currency"])
    return d
restored = json.loads(json.dumps({"price": Money(9.99, "EUR")}, default=encode_money), object_hook=decode_money)
print(type(restored["price"]).__name__, restored["price"].amount, restored["price"].currency)
print(json.JSONEncoder().encode([1, "two"]), json.JSONEncoder(indent=1).encode({"k": [1]}))
