# raw strings keep backslashes literally
print(r"C:\new\table")
print(R'\n is two characters')
print(len(r"\n"), len("\n"))
print(r"\x41" == "\\x41")
print(repr(r"a\b\c"))
print(r"quote \" stays escaped")
print(r'\'')
print(r"""raw
triple \t""")
print(rf"{1 + 1}\n", fr'{"x"}\t')
print(repr(r"\\"))
