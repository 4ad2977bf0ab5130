# the reprs of ContextVar, Token and Context (addresses cut), and Token.MISSING
import contextvars

def cut(text):
    out = []
    for word in text.split(" "):
        if word.startswith("0x"):
            word = "ADDR" + word.lstrip("0x0123456789abcdef")
        out.append(word)
    return " ".join(out)

plain = contextvars.ContextVar("plain")
with_default = contextvars.ContextVar("with_default", default=[1, 2])
print(cut(repr(plain)))
print(cut(repr(with_default)))
token = with_default.set("x")
print(cut(repr(token)))
with_default.reset(token)
print(cut(repr(token)))
print(repr(contextvars.Token.MISSING), token.old_value is contextvars.Token.MISSING)
print(repr(contextvars.copy_context()).split(" object at ")[0])
print(plain.name, type(plain).__name__, type(token).__name__)
