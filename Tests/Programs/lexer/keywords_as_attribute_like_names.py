# soft keywords and builtin names can be used as ordinary identifiers
match = 1
case = 2
_ = 3
type_ = "t"
print(match, case, _, type_)
def list_(x):
    return [x]
print(list_(5))
class Obj:
    pass
o = Obj()
o.match = "m"
o.case = "c"
print(o.match, o.case)
print(match + case)
