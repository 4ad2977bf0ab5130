# functions return None without return, and tuples for comma-separated values
def nothing():
    pass
def bare():
    return
def several():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    print("not returned early")
    return "non-negative"
print(nothing(), bare())
print(several())
a, b, c = several()
print(a, b, c)
print(early(-1))
print(early(1))
def single():
    return (1)
def trailing():
    return 1,
print(single(), trailing())
