bytes(2**62)
