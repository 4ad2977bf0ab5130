# format specs in f-strings, including nested replacement fields inside the spec
x = 3.14159
w = 10
p = 2
s = "hi"
print(f"[{x:.2f}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{s:>{w}}]")
print(f"[{s!r:>10}]")
print(f"[{s:<6}] [{s:^6}] [{s:*>6}]")
print(f"[{42:05d}] [{42:x}] [{255:X}] [{5:b}] [{8:o}]")
print(f"[{1234567:,}] [{1234567:_}]")
print(f"[{0.5:%}] [{0.25:.0%}]")
print(f"[{12345.678:e}] [{-7:+d}] [{7:+d}]")
fill = "."
print(f"[{s:{fill}^{w}}]")
print(f"[{'abc':.{p}}]")
