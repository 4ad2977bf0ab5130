# semicolons separate simple statements on one line; comments run to end of line
a = 1; b = 2; c = a + b
print(a, b, c)
x = 0; x += 5; print(x);
if c == 3: print("one-line if"); print("second statement")
for i in range(2): print("loop", i); print("again", i)
while x > 3: x -= 1; print("while", x)
def f(): return "inline def"  # a comment
print(f())
# print("commented out")
s = "# not a comment"; print(s)
class C: value = 9; other = 10
print(C.value, C.other)
