# loops: nested while/for loops with integer and float arithmetic
# (Mandelbrot escape counts on a float grid, midpoint-rule integration,
# and an integer sieve / digit-sum loop).


def mandelbrot(width, height, max_iter):
    total = 0
    rows = []
    y = 0
    while y < height:
        ci = -1.2 + 2.4 * y / height
        row_count = 0
        for x in range(width):
            cr = -2.1 + 3.0 * x / width
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            row_count += n
        rows.append(row_count)
        total += row_count
        y += 1
    return total, rows


def integrate(a, b, steps):
    h = (b - a) / steps
    acc = 0.0
    for i in range(steps):
        x = a + (i + 0.5) * h
        acc += x * x * x - 2.0 * x + 1.0 / (1.0 + x * x)
    return acc * h


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    count = 0
    digit_sum = 0
    for i in range(limit + 1):
        if flags[i]:
            count += 1
            k = i
            while k > 0:
                digit_sum += k % 10
                k //= 10
    return count, digit_sum


def main():
    total, rows = mandelbrot(280, 200, 300)
    print("mandel total", total)
    print("mandel rows", rows[0], rows[50], rows[100], rows[150], rows[199])
    area = integrate(0.0, 3.0, 1000000)
    print("integral", f"{area:.6f}")
    count, dsum = sieve(800000)
    print("primes", count, "digitsum", dsum)
    print("checksum", total + count + dsum + int(area * 1000))


main()
