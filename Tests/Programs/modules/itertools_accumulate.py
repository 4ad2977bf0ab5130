# itertools.accumulate: running sums, other binary functions, initial values and errors
from itertools import accumulate

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], min)))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial="start")))
print(list(accumulate([])))
print(list(accumulate([1.5, 2.25, 3], func=None)))

# A bank balance over deposits and withdrawals.
transactions = [100, -20, -35, 50, -80]
for amount, balance in zip(transactions, accumulate(transactions, initial=10)):
    print(f"{amount:+5} -> {balance}")

# Amortization: each step applies interest then a payment.
balance = accumulate(range(5), lambda bal, _: round(bal * 1.05 - 100, 2), initial=1000)
print(list(balance))

it = accumulate([1, "x", 3])
print(next(it))
try:
    next(it)
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: accumulate(), lambda: accumulate(5), lambda: accumulate([1], None, 2), lambda: accumulate([1], start=0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
