# += on a list extends it in place (aliases see it); on tuples and ints it rebinds
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
s = "x"
s_alias = s
s += "y"
print(s, s_alias)
lst = [1]
lst += "ab"
print(lst)
lst *= 2
print(lst)
