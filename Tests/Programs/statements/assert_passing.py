# assert statements whose condition holds do nothing; failing asserts raise AssertionError
assert True
assert 1 + 1 == 2, "math works"
assert [1], "non-empty list is true"
x = 5
assert x > 0 and x < 10
print("all passed")
try:
    assert x < 0, f"x was {x}"
except AssertionError as err:
    print("AssertionError:", err, err.args)
try:
    assert False
except AssertionError as err:
    print("no message:", repr(err), err.args)
