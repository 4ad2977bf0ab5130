# nested blocks at several depths, with dedents of more than one level at once
def classify(n):
    if n > 0:
        if n > 10:
            if n > 100:
                return "huge"
            return "big"
        else:
            return "small"
    elif n == 0:
        return "zero"
    return "negative"

for value in [500, 50, 5, 0, -5]:
    print(value, classify(value))

total = 0
for i in range(3):
    for j in range(3):
        if (i + j) % 2 == 0:
            total += i * j
print("total", total)
if True:
        print("eight spaces is fine")
        if True:
          print("then two more")
print("back at top level")
