# Checks strip, lstrip and rstrip with default whitespace and explicit char sets
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"))
print("xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."))
print(repr("   ".strip()), repr("".strip()))
print("abcba".strip("ab"), "abc".strip(""))
print("--==text==--".strip("-="))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
