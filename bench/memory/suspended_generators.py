# N generators all suspended at once, a quarter each stopped in a plain loop, inside
# try/finally, inside a with block and inside an except clause: memory per suspended generator.
import sys


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def plain(n):
    for i in range(n):
        yield i


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass


def managed(n):
    with Resource():
        for i in range(n):
            yield i


def handling(n):
    try:
        raise ValueError(n)
    except ValueError as e:
        for i in range(n):
            yield i


def main(n):
    kinds = [plain, guarded, managed, handling]
    suspended = []
    for i in range(n):
        g = kinds[i % 4](10)
        next(g)
        suspended.append(g)
    print("suspended:", len(suspended), "next items:", sum(next(g) for g in suspended))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
