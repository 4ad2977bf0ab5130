# Checks splitlines with and without keepends, and expandtabs
text = "line1\nline2\r\nline3\rline4\n\nend"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "trailing\n".splitlines())
print("a\x0bb\x0cc\x1cd".splitlines())
print(repr("a\tb\tc".expandtabs()))
print(repr("a\tb\tc".expandtabs(4)))
print(repr("abcde\tx".expandtabs(4)))
print(repr("\t".expandtabs(0)))
print(repr("ab\n\tc".expandtabs(3)))
