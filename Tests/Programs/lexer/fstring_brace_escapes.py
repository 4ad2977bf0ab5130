# doubled braces {{ and }} in f-strings produce literal braces
x = 5
print(f"{{}}")
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{{{")
print(f"set: {{{x}, {x + 1}}}")
print(f"{ {x: 1} }")
print(f"{ {x} }")
print("plain {{ stays }}")
