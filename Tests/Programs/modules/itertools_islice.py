# itertools.islice: stop, start/stop/step and None bounds, stopping early on endless input, and its errors
from itertools import islice, count

letters = "ABCDEFG"
print(list(islice(letters, 2)))
print(list(islice(letters, 2, 4)))
print(list(islice(letters, 2, None)))
print(list(islice(letters, 0, None, 2)))
print(list(islice(letters, None)))
print(list(islice(letters, 1, 100, 3)))
print(list(islice(letters, 5, 2)))

# islice never reads past the last item it needs.
def numbers():
    for n in count():
        print("  produce", n)
        yield n

taken = islice(numbers(), 1, 6, 2)
print(next(taken))
print(list(taken))

# Pagination over an iterator.
it = iter(range(11))
page = 1
while True:
    chunk = list(islice(it, 4))
    if not chunk:
        break
    print("page", page, chunk)
    page += 1

print(list(islice(count(), 5, 5)), list(islice(count(), 3, 4)))
for args in [(10**20,), ("x",), (-1,), (1, -1), (-2, 4), (0, 5, 0), (0, 5, -1), (1.5,), (0, 5, "2")]:
    try:
        islice(letters, *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: islice(letters), lambda: islice(letters, 1, 2, 3, 4), lambda: islice(letters, stop=3), lambda: islice(7, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
