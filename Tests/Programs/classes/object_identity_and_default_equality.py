# without __eq__, instances compare by identity and are hashable
class Thing:
    pass
t1, t2 = Thing(), Thing()
print(t1 == t1, t1 == t2, t1 != t2, t1 is t1)
print(len({t1, t2, t1}))
print([t1, t2].index(t2), t2 in [t1], t1 in [t1])
d = {t1: "one"}
print(d.get(t1), d.get(t2))
print(hash(t1) == hash(t1))
