# Checks startswith and endswith, including tuple prefixes and bounds
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"))
print(s.endswith((".zip", ".gz")), s.startswith(("x", "y")))
print(s.startswith("name", 4), s.endswith("tar", 0, 12))
print(s.startswith(""), "".endswith(""))
print(s.startswith(("fil", "file")))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
