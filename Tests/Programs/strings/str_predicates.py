# Checks isdigit, isalpha, isalnum, isspace, isupper, islower, isidentifier, isdecimal, isnumeric, istitle
tests = ["abc", "ABC", "Abc", "123", "abc123", "", " \t\n", "a b", "_x1", "1x", "héllo", "Hello World", "²", "½", "x-y"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.isidentifier(), t.isdecimal(), t.isnumeric(), t.istitle())
print("ABC1".isupper(), "abc!".islower(), "123".isupper())
print("class".isidentifier(), "ascii".isascii(), "é".isascii())
