# Checks writing a text file then reading it with read, readline, readlines and iteration
path = "/tmp/coil_golden_open_write_then_read.txt"
f = open(path, "w")
n = f.write("first line\nsecond line\n")
print(n)
f.write("third")
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for line in f:
        print("line:", line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)))
print(f.closed)
