# when a call inside a larger expression fails, carets mark that call
def compute(n):
    return 100 // n

answer = compute(5) + compute(0) * 2
