# closures: higher-order functions, closures over local and nonlocal
# state, lambdas, map/filter/sorted/min/max with key, function composition,
# functions stored in dicts and lists, default-argument capture.


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def repeat(f, times):
    def run(x):
        for i in range(times):
            x = f(x)
        return x
    return run


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = f(n)
        cache[n] = v
        return v
    return wrapper


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_len(n // 2)
    return 1 + collatz_len(3 * n + 1)


def fold(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc


def main():
    c = make_counter(10)
    for i in range(1600000):
        c()
    c(5)
    print("counter", c(0))

    adders = [make_adder(i) for i in range(10)]
    total = 0
    for i in range(650000):
        total = adders[i % 10](total) % 1000003
    print("adders", total)

    inc_then_double = compose(lambda x: x * 2, make_adder(1))
    f = repeat(inc_then_double, 20)
    acc = 0
    for i in range(40000):
        acc = (acc + f(i)) % 1000000007
    print("compose", acc)

    nums = list(range(1, 80000))
    sq = list(map(lambda x: x * x % 9973, nums))
    odd = list(filter(lambda x: x % 2 == 1, sq))
    by_key = sorted(nums[:20000], key=lambda x: (x * 7919) % 10007)
    print("mapfilter", len(sq), len(odd), sum(odd), by_key[:4])
    print("minmax", min(nums, key=lambda x: (x * 31) % 1009), max(sq, key=lambda x: -x))

    ops = {
        "add": lambda a, b: a + b,
        "mul": lambda a, b: a * b % 1000003,
        "max": lambda a, b: a if a > b else b,
        "xor": lambda a, b: a ^ b,
    }
    results = []
    for name in sorted(ops):
        results.append(name + "=" + str(fold(ops[name], nums, 1)))
    print("fold", " ".join(results))

    # default-argument capture vs. late binding
    late = [lambda: i for i in range(5)]
    early = [lambda i=i: i for i in range(5)]
    print("binding", [g() for g in late], [g() for g in early])

    best = 0
    best_n = 0
    for n in range(1, 80000):
        L = collatz_len(n)
        if L > best:
            best = L
            best_n = n
    print("collatz", best_n, best)

    pipeline = [make_adder(3), lambda x: x * 3, lambda x: x - 7, lambda x: x // 2]
    pv = 0
    for i in range(650000):
        x = i
        for g in pipeline:
            x = g(x)
        pv += x
    print("pipeline", pv)
    print("checksum", (c(0) + total + acc + sum(odd) + best_n + best + pv) % 1000000007)


main()
