'abc'.center(2**62)
