# chained comparisons evaluate each middle operand once and short-circuit
def val(v):
    print("eval", v)
    return v
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
x = 5
print(0 <= x < 10, 0 <= x <= 4)
print(1 == 1.0 == True, 1 != 2 != 1)
print(1 < 2 > 0, "a" < "b" < "c")
print(x in [5] in [[5]])
one = 1
print(one is not None is not False)
a = [1]
print(a == [1] is not a)
