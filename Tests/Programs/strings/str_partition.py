# Checks partition and rpartition with found and missing separators
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a::b".partition("::"))
print("=start".partition("="))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
