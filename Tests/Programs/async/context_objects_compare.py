# Context objects compare by the variables they set and their values, and cannot be hashed;
# a ContextVar's name cannot be changed.
import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
c1 = contextvars.copy_context()
c2 = contextvars.copy_context()
print(c1 == c2, c1 != c2)
c1.run(v.set, 5)
print(c1 == c2, v in c1, v in c2)
c2.run(v.set, 5)
print(c1 == c2)
c2.run(w.set, "x")
print(c1 == c2, c1 == "not a context")
try:
    hash(c1)
except TypeError:
    print("unhashable")
try:
    v.name = "z"
except AttributeError as e:
    print("AttributeError:", e)
