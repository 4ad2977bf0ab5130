# None as a sentinel default, and a private object() sentinel to detect omitted args
def greet(name=None):
    if name is None:
        name = "stranger"
    return "hello " + name
print(greet(), greet("ann"))
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        return "no default given"
    return default
print(get({"a": 1}, "a"), get({}, "a"), get({}, "a", None), get({}, "a", 0))
def connect(host="localhost", port=None, options=None):
    port = 80 if port is None else port
    options = options or {}
    return host, port, options
print(connect(), connect(port=8080), connect("h", options={"x": 1}))
