# mixing a for loop with send(): values sent from the loop body consume items the loop would have seen
def gen():
    for i in range(6):
        got = yield i
        if got is not None:
            print("received", got, "at", i)

g = gen()
for v in g:
    print("loop sees", v)
    if v % 2 == 0:
        ret = g.send("skip")
        print("send returned", ret)
print("end")
