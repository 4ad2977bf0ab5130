# recursive functions: factorial, fibonacci, nested list flattening, mutual recursion
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(0), factorial(5), factorial(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out
print(flatten([1, [2, [3, [4, []]], 5]]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
