# Checks open() on missing files, writes with print(file=...), and w mode truncation
path = "/tmp/coil_golden_open_errors_and_modes.txt"
try:
    open("/tmp/coil_golden_definitely_missing_dir/nope.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(isinstance(e, OSError))
with open(path, "w") as f:
    print("via print", 42, file=f)
    print("second", end="", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.readlines())
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
