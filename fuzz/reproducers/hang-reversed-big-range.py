next(reversed(range(2**70)))
