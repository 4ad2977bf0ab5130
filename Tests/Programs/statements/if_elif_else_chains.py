# if/elif/else picks the first true branch; pass is a no-op body
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 72, 10]:
    print(s, grade(s))
if 0:
    print("not printed")
elif "":
    print("not printed")
elif []:
    print("not printed")
else:
    pass
print("after else")
if None:
    pass
if 1:
    pass
else:
    print("no")
print("end")
