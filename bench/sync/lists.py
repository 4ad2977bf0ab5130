# lists: list comprehensions (nested, filtered), sort and sorted with key
# and reverse, slicing (with steps, negative indices, slice assignment),
# append/pop/insert/extend, index/count, reversed, list of lists.


def lcg_list(n, seed):
    out = []
    for i in range(n):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        out.append(seed % 100000)
    return out


def main():
    data = lcg_list(300000, 42)
    squares = [x * x % 1000 for x in data]
    evens = [x for x in data if x % 2 == 0]
    pairs = [[i, data[i] % 97] for i in range(0, len(data), 7)]
    print("sizes", len(squares), len(evens), len(pairs))

    s1 = sorted(data)
    s2 = sorted(data, key=lambda x: (x % 1000, -x))
    pairs.sort(key=lambda p: (p[1], p[0]), reverse=True)
    print("sorted", s1[0], s1[-1], s1[len(s1) // 2], s2[0], s2[1], s2[-1])
    print("pairs", pairs[0], pairs[-1])

    # slicing
    acc = 0
    for k in range(1, 200):
        chunk = data[k * 100:k * 100 + 50]
        acc += sum(chunk[::3]) - sum(chunk[-5:])
        acc += len(data[-k::k * 37])
    rev = data[::-1]
    print("slices", acc, rev[0] == data[-1], rev[:3])

    # stack / queue-ish work with append and pop
    stack = []
    popped = 0
    for x in data:
        if x % 3 == 0 and stack:
            popped += stack.pop()
        else:
            stack.append(x)
    front = []
    for i in range(2000):
        front.insert(0, i)
        if i % 4 == 0:
            front.pop(0)
    print("stack", len(stack), popped, len(front), front[:3])

    # matrix as a list of lists
    n = 70
    a = [[(i * j + 1) % 10 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 7 for j in range(n)] for i in range(n)]
    bt = [[b[j][i] for j in range(n)] for i in range(n)]
    c = [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]
    trace = 0
    for i in range(n):
        trace += c[i][i]
    print("matrix", trace, c[3][5], c[n - 1][0])

    # slice assignment, extend, count, index, reversed, del
    work = list(range(1000))
    for r in range(300):
        work[10:20] = [r] * 9
        work.extend([r, r + 1])
        del work[0:3]
    cnt = work.count(299)
    idx = work.index(299)
    back = list(reversed(work[:10]))
    print("work", len(work), cnt, idx, back)

    flat = [x for row in c[:20] for x in row if x % 2 == 1]
    chk = (sum(s1[::1000]) + sum(squares) + sum(evens[:100]) + acc + popped
           + trace + len(flat) + sum(work))
    print("checksum", chk)


main()
