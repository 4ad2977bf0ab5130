# 3.11 marks the failing binary operation with ~ under the operands and ^ under the operator
def total(a, b):
    return a + b

print(total(1, 2))
x = total(3, "4") + 10
