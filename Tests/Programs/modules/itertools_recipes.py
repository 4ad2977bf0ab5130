# itertools recipes from the Python documentation built from the module's tools
from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice,
                       repeat, starmap, tee, zip_longest, filterfalse, pairwise, product)
from collections import deque

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, count(start))

def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(lambda g: g[1], groupby(iterable, key)))

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(lambda a, b: a * b, vec1, vec2))

print(take(5, tabulate(lambda n: n * n)))
it = iter(range(10))
consume(it, 3)
print(next(it))
consume(it)
print(next(it, "empty"))
print(nth(range(100), 42), nth("abc", 7, "-"))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window("ABCDEFG", 4)))
evens, odds = partition(lambda n: n % 2, range(10))
print(list(evens), list(odds))
print(list(flatten([[1, 2], [3], [4, 5]])), list(ncycles("ab", 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(list(starmap(lambda a, b: a * b, product([1, 2], [10, 100]))))
print(list(accumulate(pairwise([1, 4, 9, 16]), lambda acc, p: acc + p[1] - p[0], initial=0)))
