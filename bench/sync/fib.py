# fib: deep recursion and plain function calls with small-int arithmetic
# (naive recursive Fibonacci for n = 27..30, plus a mutual-recursion pair).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def main():
    total = 0
    for rnd in range(3):
        for n in range(27, 31):
            v = fib(n)
            if rnd == 0:
                print("fib", n, v)
            total += v
    evens = 0
    i = 0
    while i < 3000:
        if is_even(i % 400):
            evens += 1
        i += 1
    print("evens", evens)
    print("checksum", total + evens)


main()
