# imaginary literals with the j suffix
print(1j, 2.5j, 1e2j)
print(1 + 2j)
print((1 + 2j) * (3 - 1j))
print(type(1j).__name__)
print((3 + 4j).real, (3 + 4j).imag)
print(1J == 1j)
