# nested tuple/list targets unpack nested structures
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
[x, [y, z]] = [1, [2, 3]]
print(x, y, z)
name, (lat, lon), *tags = ["home", (52.5, 13.4), "a", "b"]
print(name, lat, lon, tags)
for i, (letter, number) in [(0, ("a", 1)), (1, ("b", 2))]:
    print(i, letter, number)
((deep,),) = [[7]]
print(deep)
try:
    (p, q), r = [1, 2], 3, 4
except ValueError as err:
    print("ValueError:", err)
