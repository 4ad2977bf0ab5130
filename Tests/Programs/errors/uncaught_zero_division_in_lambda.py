# frames for lambdas are named <lambda>
ratios = list(map(lambda x: 10 / x, [5, 2, 0]))
