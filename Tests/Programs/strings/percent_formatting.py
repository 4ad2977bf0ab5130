# Checks printf-style % formatting with tuples, dicts and flags
print("%d %5.2f %s %r %x %-5s|" % (42, 3.14159, "str", "str", 255, "ab"))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 7})
print("100%% sure, %d%%" % 50)
print("%s" % "single", "%s" % (1,), "%s" % [1, 2])
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.3s|%10.4f|%-10.1e|%g" % ("abcdef", 2.5, 12345.678, 0.0001))
print("%o %X %#x %#o %c %c" % (8, 255, 255, 8, 65, "z"))
print("%i %u" % (3, 4), "%d" % 3.99, "%s %s" % (None, True))
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.2f%%" % 99.5)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
