list(range(2**40))
