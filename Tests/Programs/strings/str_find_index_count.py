# Checks find, rfind, index, rindex and count with and without bounds
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.find("o", -5))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("hello"), s.count("l", 5), s.count(""))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1))
print(s.find(""), s.rfind(""), s.find("", 100))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print("world" in s, "World" in s, "" in s)
