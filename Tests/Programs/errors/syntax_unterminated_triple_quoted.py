# a triple-quoted string that is never closed is reported at its start
x = 1
doc = """this string
never ends
