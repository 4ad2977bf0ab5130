# triple-quoted strings keep newlines and indentation; backslash-newline joins lines
text = """first line
    indented second
last"""
print(text)
print(len(text.split("\n")))
s = '''\
starts without a leading newline
ends with one
'''
print(repr(s))
t = """joined \
here"""
print(t)
u = """contains "" two quotes and a \"\"\" escaped triple"""
print(u)
def f():
    """A docstring
    on two lines."""
    return 1
print(repr(f.__doc__))
