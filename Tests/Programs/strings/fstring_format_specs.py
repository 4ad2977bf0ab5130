# Checks f-string format specifiers: alignment, width, precision, grouping, bases, sign
x = 3.14159
n = 1234567
s = "hello"
print(f"[{n:>10}] [{n:<10}] [{n:^10}]")
print(f"[{x:^10.3f}] [{x:10.2f}] [{x:<8.1f}]")
print(f"{n:,} {n:_} {x * 1000:,.2f}")
print(f"{255:_b} {255:b} {255:o} {255:x} {255:X}")
print(f"{255:#x} {255:#o} {255:#b} {255:#X}")
print(f"{x:08.2f} {-x:08.2f} {42:05d} {-42:05d}")
print(f"{x:e} {n:e} {0.000123:E} {x:.2e}")
print(f"{0.25:%} {0.5:.1%} {1:.0%}")
print(f"{x:g} {n:g} {0.00001:g} {1e20:g} {123.456:.2g}")
print(f"[{s:.3}] [{s:>8.2}] [{s:*^11}] [{s:-<7}]")
print(f"{42:+d} {-42:+d} {42: d} {42:-d}")
print(f"{n:=+12,}")
print(f"{1e6:.1f} {2.5:.0f} {3.5:.0f} {-0.0:.1f}")
print(f"{True:d} {'x':>3} {12:x<4}")
width, prec = 10, 2
print(f"[{x:{width}.{prec}f}]")
print(f"{x!r:>10} {s!r} {s!s}")
print(f"{n:#_x} {10**20:,}")
print(f"{x=}", f"{n = :,}")
print(f"{{literal}} {n}")
