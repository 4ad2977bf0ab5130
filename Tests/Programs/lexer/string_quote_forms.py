# single, double and triple quoted strings, with the other quote inside
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
print(a, b, c, d)
print("it's")
print('say "hi"')
print('''both ' and " inside''')
print("""a "quoted" word and 'another'""")
print(''.join(['', "", '''''', """"""]) == "")
print(len(''), len(""), len(''''''))
print(repr('x'), repr("x"))
print(repr("it's"), repr('say "hi"'), repr('''both ' and "'''))
print(a == 'single', b == 'double')
