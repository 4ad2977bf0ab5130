# Checks split, rsplit, strip and splitlines with Unicode whitespace and line boundaries
s = "\u3000a\u00a0b\u2003c\x1fd\x85e\u200bf  "
print(ascii(s.split()), ascii(s.rsplit(None, 2)), ascii(s.split(maxsplit=2)))
print(ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()), ascii("\u200b x \u200b".strip()))
print(ascii("ΣabΣ".strip("Σ")), ascii("😀x😀y😀".strip("😀")), ascii("xyzzyx".rstrip("xy")))
t = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\r\n\r\n"
print(ascii(t.splitlines()))
print(ascii(t.splitlines(keepends=True)))
print(ascii("\r\r\n\n".splitlines(True)), ascii("x\u2029".splitlines()), ascii("\n".splitlines()))
print(ascii("😀\t😀\tx".expandtabs(4)), ascii("ab\rc\td".expandtabs(4)), ascii("a\x85\tb".expandtabs(4)))
print(ascii("a\tb".expandtabs(-1)), ascii("\t\t".expandtabs(tabsize=1)))
print("a😀b😀c".split("😀"), "a😀b😀c".rsplit("😀", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print(" a b ".split(" "), " a b ".rsplit(" ", 1), "".rsplit(), "".split("x"))
