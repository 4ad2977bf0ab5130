list(enumerate('ab', 2**63 - 1))
